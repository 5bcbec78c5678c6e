// report.html behaviour: filters over the finding cards, sortable tables, and claim links that
// open the document's source view at the claim. Everything works from file:// with no network.
(function () {
  'use strict';

  var cards = Array.prototype.slice.call(document.querySelectorAll('article.discrepancy'));
  // Card text does not change, so it is lowered once; the squeezed form forgives line breaks.
  var cardText = cards.map(function (card) {
    var raw = card.textContent.toLowerCase();
    return { raw: raw, squeezed: raw.replace(/\s+/g, ' ') };
  });

  function valueOf(id) {
    var el = document.getElementById(id);
    return el ? el.value : '';
  }

  function applyFilters() {
    var severity = valueOf('filter-severity');
    var kind = valueOf('filter-kind');
    var attribute = valueOf('filter-attribute');
    var source = valueOf('filter-source');
    var review = valueOf('filter-review');
    var query = valueOf('filter-text').trim().toLowerCase();
    var squeezedQuery = query.replace(/\s+/g, ' ');
    var shown = 0;
    cards.forEach(function (card, i) {
      var d = card.dataset;
      // data-sources holds one id per line (ids may hold spaces): match an id whole.
      var match = (!severity || d.severity === severity) &&
          (!kind || d.kind === kind) &&
          (!attribute || d.attribute === attribute) &&
          (!source || ('\n' + (d.sources || '') + '\n').indexOf('\n' + source + '\n') >= 0) &&
          (!review || d.review === review) &&
          (!query || cardText[i].raw.indexOf(query) >= 0 ||
           cardText[i].squeezed.indexOf(squeezedQuery) >= 0);
      card.hidden = !match;
      if (match) shown++;
    });
    var count = document.getElementById('shown-count');
    if (count) count.textContent = shown + ' of ' + cards.length + ' shown';
    var none = document.getElementById('no-match');
    if (none) none.hidden = shown !== 0 || cards.length === 0;
  }

  ['filter-severity', 'filter-kind', 'filter-attribute', 'filter-source', 'filter-review']
      .forEach(function (id) {
        var el = document.getElementById(id);
        if (el) el.addEventListener('change', applyFilters);
      });
  var text = document.getElementById('filter-text');
  if (text) text.addEventListener('input', applyFilters);
  var reset = document.getElementById('filter-reset');
  if (reset) {
    reset.addEventListener('click', function () {
      ['filter-severity', 'filter-kind', 'filter-attribute', 'filter-source', 'filter-review',
       'filter-text'].forEach(function (id) {
        var el = document.getElementById(id);
        if (el) el.value = '';
      });
      applyFilters();
    });
  }

  // Summary counts set a filter and bring the cards into view.
  function setFilter(button) {
    var select = document.getElementById(button.dataset.filter);
    if (!select) return;
    select.value = button.dataset.value;
    applyFilters();
    var findings = document.getElementById('findings');
    if (findings) findings.scrollIntoView({ block: 'start' });
  }

  // Sorting: click a header; again to reverse. Numeric columns sort by data-key as numbers,
  // empty values last either way; ties keep the current order.
  var collator = typeof Intl !== 'undefined' ?
      new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }) : null;
  function compareText(a, b) {
    if (collator) return collator.compare(a, b);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  function sortBy(th) {
    var table = th.closest('table');
    if (!table || !table.tBodies.length) return;
    var body = table.tBodies[0];
    var column = th.cellIndex;
    var numeric = th.dataset.type === 'number';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.querySelectorAll('th[data-sort]'), function (h) {
      h.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.map.call(body.rows, function (row, i) {
      var cell = row.cells[column];
      var key = cell ? (cell.hasAttribute('data-key') ? cell.getAttribute('data-key')
                                                      : cell.textContent.trim()) : '';
      if (numeric) {
        var n = parseFloat(key);
        key = isNaN(n) ? null : n;
      } else if (key === '') {
        key = null;
      }
      return { row: row, key: key, i: i };
    });
    var sign = ascending ? 1 : -1;
    rows.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        if (a.key === b.key) return a.i - b.i;
        return a.key === null ? 1 : -1;
      }
      var c = numeric ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : compareText(a.key, b.key);
      return c !== 0 ? sign * c : a.i - b.i;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (r) { fragment.appendChild(r.row); });
    body.appendChild(fragment);
  }
  Array.prototype.forEach.call(document.querySelectorAll('th[data-sort]'), function (th) {
    th.addEventListener('click', function () { sortBy(th); });
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        sortBy(th);
      }
    });
  });

  // Claims table search.
  var claimsText = document.getElementById('claims-text');
  var claimsTable = document.getElementById('claims');
  var claimsCount = document.getElementById('claims-count');
  var claimsTimer = 0;
  function filterClaims() {
    if (!claimsTable || !claimsTable.tBodies.length) return;
    var q = claimsText.value.trim().toLowerCase();
    var rows = claimsTable.tBodies[0].rows;
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var match = !q || rows[i].textContent.toLowerCase().indexOf(q) >= 0;
      rows[i].hidden = !match;
      if (match) shown++;
    }
    if (claimsCount) claimsCount.textContent = q ? shown + ' of ' + rows.length + ' claims' : '';
  }
  if (claimsText) {
    claimsText.addEventListener('input', function () {
      clearTimeout(claimsTimer);
      claimsTimer = setTimeout(filterClaims, 120);
    });
  }

  // Claim links: open the <details> around the mark, centre it, and make it the current one.
  function openAround(el) {
    var d = el.parentElement ? el.parentElement.closest('details') : null;
    while (d) {
      d.open = true;
      d = d.parentElement ? d.parentElement.closest('details') : null;
    }
  }
  function showMark(id) {
    var mark = document.getElementById(id);
    if (!mark || mark.tagName.toLowerCase() !== 'mark') return false;
    openAround(mark);
    Array.prototype.forEach.call(document.querySelectorAll('mark.current'), function (m) {
      m.classList.remove('current');
    });
    mark.classList.add('current');
    // A mark split over lines continues in pieces that name it.
    Array.prototype.forEach.call(document.querySelectorAll('mark[data-of]'), function (m) {
      if (m.getAttribute('data-of') === id) m.classList.add('current');
    });
    mark.scrollIntoView({ block: 'center' });
    return true;
  }
  function fragmentOf(href) {
    if (!href || href.charAt(0) !== '#') return null;
    try {
      return decodeURIComponent(href.slice(1));
    } catch (e) {
      return href.slice(1);
    }
  }
  function remember(id) {
    try {
      history.pushState(null, '', '#' + encodeURIComponent(id));
    } catch (e) {
      // Some file:// contexts refuse history changes; the jump itself already happened.
    }
  }

  document.addEventListener('click', function (e) {
    var target = e.target;
    if (!(target instanceof Element)) return;
    var button = target.closest('button.set-filter');
    if (button) {
      setFilter(button);
      return;
    }
    var link = target.closest('a.claim-link, a.mention-link');
    if (!link) return;
    var id = fragmentOf(link.getAttribute('href') || link.getAttribute('xlink:href'));
    if (id === null) return;
    if (showMark(id)) {
      e.preventDefault();
      remember(id);
      return;
    }
    // No source view for this document (not UTF-8, or not available): show its note instead.
    var source = link.getAttribute('data-source');
    var view = source ? document.getElementById('view-' + source) : null;
    if (view) {
      e.preventDefault();
      var note = view.querySelector('details');
      if (note) note.open = true;
      view.scrollIntoView({ block: 'start' });
    }
  });

  function showHash() {
    var id = fragmentOf(location.hash);
    if (id && (id.indexOf('span-') === 0 || id.indexOf('m-') === 0)) showMark(id);
  }
  window.addEventListener('hashchange', showHash);
  window.addEventListener('load', function () { setTimeout(showHash, 0); });

  applyFilters();
  showHash();
})();

#!/usr/bin/env python3
"""Opens the HTML report in a real (headless) Chromium and checks its DOM contract and safety.

    report_browser_test.py CLAIMTRACE CORPUS_DIR OUT_DIR

Runs `CLAIMTRACE verify CORPUS_DIR --out OUT_DIR` (exit 0 or 1), then loads
file://OUT_DIR/report.html through chromedriver (W3C WebDriver, tests/browser/webdriver.py) and
checks, against OUT_DIR/report.xml:

- structure: one <script>, a CSP meta with default-src 'none', #summary before the cards, one
  card per discrepancy (id, data-severity/kind/attribute as in report.xml), one claims-table row
  and one <mark class="claim-span"> per claim, one sources-table row per source with its status,
  a closed <details> per source view, filters whose first option is "" (all);
- safety: the hostile corpus (tests/data/browser-corpus: script tags, event-handler attributes,
  javascript: links, a file named o'brien & <co>.txt) shows up as text; window.__pwned stays
  undefined after load, after interacting and with the CSP bypassed; no element carries an on*
  attribute or a javascript: URL; no console message at level SEVERE;
- behaviour: every option of the four filter selects shows exactly the matching cards (hidden
  attribute and displayed state) and updates "N of M shown"; typing into #filter-text shows only
  the cards whose text contains it (case-insensitive); resetting shows all again; clicking a
  claim link opens its source view, marks #span-{id} `current` and scrolls it into the viewport;
  clicking a th[data-sort] reorders the claims table.

Saves OUT_DIR/report.png (after load) and OUT_DIR/after-click.png (after a claim link click).
Exit 0 when every check passes, 1 otherwise (every failed check is printed), 2 on usage errors.
"""

import os
import re
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from webdriver import BACKSPACE, Chromedriver, WebDriverError, find_browser  # noqa: E402

INSTALL_HINT = "run `tools/install-deps --test` (installs chromium, chromium-driver, libxml2-utils)"

# Literal text from the hostile corpus that must reach the page as text, not markup.
HOSTILE_TEXT = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    '"><svg onload="window.__pwned=3">',
    '<a href="javascript:window.__pwned=7">this link</a>',  # in the source view of the .txt
    "<script>window.__pwned=4</script>",  # decoded from &lt;script&gt; in beijing-page.html
    "o'brien & <co>.txt",
]
# Markup that must never appear unescaped in the report file.
# Markup that must never appear unescaped in the report file (its one inline script left out).
RAW_FORBIDDEN = [r"<script>\s*window\.__pwned", r"<img\s+src=x", r"<svg\s+onload",
                 r"""<a\s[^<>]*href\s*=\s*["']?\s*javascript:""",
                 r"<[a-z][^<>]*\son[a-z]+\s*="]


class Checks:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def __call__(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print("ok    %s" % what, flush=True)
        else:
            self.failures.append(what + (": " + detail if detail else ""))
            print("FAIL  %s%s" % (what, ": " + detail if detail else ""), flush=True)
        return ok


def expected_from_xml(path):
    root = ET.parse(path).getroot()
    sources = {s.get("id"): s.get("status") for s in root.findall("sources/source")}
    claims = [c.get("id") for c in root.findall("claims/claim")]
    cards = {}
    for d in root.findall("discrepancies/discrepancy"):
        cards[d.get("id")] = {
            "severity": d.get("severity"), "kind": d.get("kind"),
            "attribute": d.get("attribute") or "",
            # <value sources> is space-separated and ids may hold spaces: use the evidence.
            "sources": sorted({e.get("source") for e in d.findall("evidence") if e.get("source")}),
        }
    return sources, claims, cards


JS_CARDS = """
return Array.from(document.querySelectorAll('article.discrepancy')).map(c => ({
  id: c.id, hidden: c.hidden, shown: c.getClientRects().length > 0,
  severity: c.dataset.severity, kind: c.dataset.kind, attribute: c.dataset.attribute,
  sources: c.dataset.sources, review: c.dataset.review,
  text: c.textContent.toLowerCase(),
  graphs: c.querySelectorAll('svg.dispute-graph').length}));
"""

JS_STRUCTURE = """
const q = s => document.querySelectorAll(s);
const summary = document.getElementById('summary');
const firstCard = document.querySelector('article.discrepancy');
const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
const selects = {};
for (const k of ['severity', 'kind', 'attribute', 'source', 'review']) {
  const s = document.getElementById('filter-' + k);
  selects[k] = s && s.tagName === 'SELECT' ? Array.from(s.options).map(o => o.value) : null;
}
const text = document.getElementById('filter-text');
const marks = {};
for (const m of q('mark.claim-span')) {
  const d = m.closest('details'), v = m.closest('section.source-view');
  marks[m.id] = {inDetails: !!d, view: v ? v.id : null};
}
return {
  scripts: q('script').length,
  csp: csp ? csp.getAttribute('content') : null,
  summary: !!summary && summary.tagName === 'SECTION',
  summaryFirst: !!summary && (!firstCard ||
      !!(summary.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING)),
  selects: selects,
  textInput: !!text && text.tagName === 'INPUT' && text.type === 'search',
  shownCount: (document.getElementById('shown-count') || {}).textContent || null,
  claimRows: Array.from(q('table#claims tbody tr, table#claims > tr')).map(r => r.id),
  sortHeaders: Array.from(q('table#claims th[data-sort]')).map(t => t.dataset.sort),
  sourceRows: Array.from(q('table#sources tr[id^="source-"]')).map(
      r => [r.id.slice('source-'.length), r.dataset.status]),
  views: Array.from(q('section.source-view')).map(v => {
      const d = v.querySelector('details');
      return {id: v.id, details: !!d, open: d ? d.open : null}; }),
  marks: marks,
  links: Array.from(q('a.claim-link')).map(a => [a.getAttribute('href'), a.dataset.claim]),
  charts: Array.from(q('figure.chart')).map(f => !!f.querySelector('svg')),
};
"""

JS_SAFETY = """
const bad = [];
for (const el of document.querySelectorAll('*')) {
  for (const a of el.attributes) {
    const v = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
    if (a.name.toLowerCase().startsWith('on')) bad.push(el.tagName + '[' + a.name + ']');
    else if (/^(javascript|vbscript|data:text\\/html)/.test(v) &&
             ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(a.name.toLowerCase()))
      bad.push(el.tagName + '[' + a.name + '=' + a.value.slice(0, 40) + ']');
  }
  const t = el.tagName.toLowerCase();
  if (['iframe', 'object', 'embed', 'base', 'form', 'frame'].includes(t)) bad.push(t);
  if (t === 'img' && !(el.getAttribute('src') || '').startsWith('data:')) bad.push('img');
  if (t === 'svg' && !el.closest('figure.chart') && !el.closest('svg.dispute-graph') &&
      !el.classList.contains('dispute-graph')) bad.push('svg outside a chart or dispute graph');
}
return {pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
        bad: bad, text: document.documentElement.textContent};
"""


def shown_count(browser):
    return browser.execute(
        "const e = document.getElementById('shown-count'); return e ? e.textContent : null;")


def parse_count(text):
    m = re.search(r"(\d+)\s+of\s+(\d+)\s+shown", text or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def check_shown(check, browser, expected_ids, total, what):
    """The cards shown are exactly expected_ids (hidden attribute and layout) and the count says so."""
    cards = browser.execute(JS_CARDS)
    shown = sorted(c["id"] for c in cards if not c["hidden"])
    laid_out = sorted(c["id"] for c in cards if c["shown"])
    ok = check(shown == sorted(expected_ids) and laid_out == shown,
               "%s: shows exactly %d of %d cards" % (what, len(expected_ids), total),
               "not hidden %s, displayed %s, expected %s" % (shown, laid_out, sorted(expected_ids)))
    count = shown_count(browser)
    check(parse_count(count) == (len(expected_ids), total),
          "%s: #shown-count says %d of %d" % (what, len(expected_ids), total), repr(count))
    return ok


def select_option(browser, select_id, value):
    """Chooses the option with this value the way a user does: a click on the option."""
    options = browser.find_all("#%s option" % select_id)
    values = browser.execute("return Array.from(arguments[0]).map(o => o.value);", options)
    browser.click(browser.find("#" + select_id))
    browser.click(options[values.index(value)])


def severe_messages(browser, seen):
    entries = browser.browser_log()
    seen.extend(entries)
    return [e.get("message") for e in entries if e.get("level") == "SEVERE"]


def wait_for(browser, script, arg, seconds=3.0):
    """Polls script(arg) until it returns a truthy value or time runs out; returns the last value."""
    deadline = time.monotonic() + seconds
    while True:
        value = browser.execute(script, arg)
        if value and value.get("ok") or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


JS_TARGET = """
const m = document.getElementById('span-' + arguments[0]);
if (!m) return {ok: false, missing: true};
const r = m.getBoundingClientRect(), d = m.closest('details');
const current = m.classList.contains('current');
const inView = r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight &&
               r.left >= 0 && r.right <= window.innerWidth;
return {ok: current && inView && !!d && d.open, current: current, inView: inView,
        open: d ? d.open : null, top: r.top, bottom: r.bottom, height: window.innerHeight,
        allCurrent: Array.from(document.querySelectorAll('.current')).map(e => e.id)};
"""


def browse(check, browser, out, html_path, sources, claims, cards, console):
    """Every check made in the browser."""
    browser.get(html_path.as_uri())
    browser.screenshot(str(Path(out, "report.png")))

    # --- structure ------------------------------------------------------------------
    s = browser.execute(JS_STRUCTURE)
    check(s["scripts"] == 1, "exactly one <script>", "%d" % s["scripts"])
    check(bool(s["csp"]) and "default-src 'none'" in s["csp"],
          "CSP meta with default-src 'none'", repr(s["csp"]))
    check(s["summary"] and s["summaryFirst"], "section#summary before the cards")
    card_list = browser.execute(JS_CARDS)
    check(sorted(c["id"] for c in card_list) == sorted(cards),
          "one card per discrepancy of report.xml",
          "cards %s, xml %s" % (sorted(c["id"] for c in card_list), sorted(cards)))
    for c in card_list:
        want = cards.get(c["id"])
        if want:
            got = {k: c[k] or "" for k in ("severity", "kind", "attribute")}
            check(got == {k: want[k] for k in got}, "card %s data-* match report.xml" % c["id"],
                  "%s vs %s" % (got, want))
            want["review"] = c["review"]  # not in report.xml: the review filter checks this
        check(c["review"] in ("open", "confirmed", "false-positive", "resolved"),
              "card %s data-review is valid" % c["id"], repr(c["review"]))
        check(c["graphs"] == 1, "card %s has one svg.dispute-graph" % c["id"],
              "%d" % c["graphs"])
    for k, values in s["selects"].items():
        if k == "review" and values is None:
            continue  # not in the contract; tested when the report has it
        if check(values is not None and values[:1] == [""],
                 "select#filter-%s whose first option is \"\" (all)" % k, repr(values)):
            key = "sources" if k == "source" else k
            on_cards = set()
            for c in cards.values():
                on_cards.update(c[key] if k == "source" else [c[key]] if c.get(key) else [])
            known = set(sources) if k == "source" else on_cards
            check(on_cards <= set(values[1:]) <= known,
                  "filter-%s offers the cards' values" % k,
                  "options %s, card values %s" % (values[1:], sorted(on_cards)))
    check(s["textInput"], "input#filter-text of type search")
    check(parse_count(s["shownCount"]) == (len(cards), len(cards)),
          "#shown-count says %d of %d shown at load" % (len(cards), len(cards)),
          repr(s["shownCount"]))
    check(s["claimRows"] == ["claim-" + c for c in claims] or
          sorted(s["claimRows"]) == sorted("claim-" + c for c in claims),
          "one claims-table row per claim", "%s" % s["claimRows"])
    check(bool(s["sortHeaders"]), "claims table has th[data-sort]", repr(s["sortHeaders"]))
    check(sorted(map(tuple, s["sourceRows"])) == sorted(sources.items()),
          "one sources-table row per source, data-status as in report.xml",
          "%s vs %s" % (s["sourceRows"], sorted(sources.items())))
    ok_sources = sorted(k for k, v in sources.items() if v == "ok")
    check(sorted(v["id"] for v in s["views"]) == sorted("view-" + k for k in ok_sources),
          "one section.source-view per source read", repr(s["views"]))
    check(all(v["details"] and v["open"] is False for v in s["views"]),
          "every source view has a <details>, closed at load", repr(s["views"]))
    missing = [c for c in claims if "span-" + c not in s["marks"]]
    check(not missing, "a mark.claim-span#span-{id} for every claim", "missing %s" % missing)
    check(all(m["inDetails"] and m["view"] for m in s["marks"].values()),
          "every claim span is inside a source view's <details>")
    bad_links = [h for h, c in s["links"] if h != "#span-" + (c or "")]
    check(s["links"] and not bad_links, "claim links are href=\"#span-{data-claim}\"",
          repr(bad_links[:5]))
    check(all(s["charts"]), "every figure.chart holds an <svg>", repr(s["charts"]))

    # --- safety at load ---------------------------------------------------------------
    safety = browser.execute(JS_SAFETY)
    check(safety["pwned"] is None, "window.__pwned undefined after load", safety["pwned"])
    check(not safety["bad"], "no on* attributes, javascript: URLs, images or frames",
          repr(safety["bad"][:10]))
    for text in HOSTILE_TEXT:
        check(text in safety["text"], "hostile input shown as text: %s" % text)
    severe = severe_messages(browser, console)
    check(not severe, "no SEVERE console messages at load", " | ".join(severe))

    # --- filters ------------------------------------------------------------------------
    total = len(cards)
    all_ids = list(cards)
    for k in ("severity", "kind", "attribute", "source", "review"):
        values = s["selects"].get(k) or []
        for v in values[1:]:
            select_option(browser, "filter-" + k, v)
            if k == "source":
                want = [i for i, c in cards.items() if v in c["sources"]]
            else:
                want = [i for i, c in cards.items() if c.get(k) == v]
            check_shown(check, browser, want, total, "filter-%s=%r" % (k, v))
        if len(values) > 1:
            select_option(browser, "filter-" + k, "")
            check_shown(check, browser, all_ids, total, "filter-%s reset to all" % k)

    text_input = browser.find("#filter-text")
    card_text = {c["id"]: c["text"] for c in browser.execute(JS_CARDS)}
    needle = "LukaSHENKA"
    want = [i for i, t in card_text.items() if needle.lower() in t]
    check(0 < len(want) < total, "text needle %r matches some but not all cards" % needle,
          "matches %s" % want)
    browser.click(text_input)
    browser.send_keys(text_input, needle)
    check_shown(check, browser, want, total, "filter-text=%r" % needle)
    browser.send_keys(text_input, BACKSPACE * len(needle))
    check_shown(check, browser, all_ids, total, "filter-text cleared")
    hostile = "<script>"
    want = [i for i, t in card_text.items() if hostile in t]
    browser.send_keys(text_input, hostile)
    check_shown(check, browser, want, total, "filter-text=%r" % hostile)
    browser.send_keys(text_input, BACKSPACE * len(hostile))
    check_shown(check, browser, all_ids, total, "filter-text cleared again")
    # A reset button is not in the contract; when there is one it must show all again.
    if browser.find_all("#filter-reset"):
        select_option(browser, "filter-severity", next(iter(cards.values()))["severity"])
        browser.send_keys(text_input, "zzz-no-such-text")
        browser.click(browser.find("#filter-reset"))
        check_shown(check, browser, all_ids, total, "#filter-reset")

    # --- claim links ----------------------------------------------------------------------
    # One card link into each of two source views; every view's <details> is closed at load, so
    # the first mark starts out of sight, the second sits in another view.
    links = browser.execute("""
        return Array.from(document.querySelectorAll('article.discrepancy a.claim-link')).map(a => {
          const m = document.getElementById('span-' + a.dataset.claim);
          const v = m && m.closest('section.source-view');
          return [a.dataset.claim, v ? v.id : null]; });""")
    picked, views_done = [], set()
    for claim, view in links:
        if view and view not in views_done:
            picked.append(claim)
            views_done.add(view)
    if check(len(picked) >= 2, "cards link claims in two source views", repr(links)):
        for n, claim in enumerate(picked[:2]):
            link = browser.find('article.discrepancy a.claim-link[data-claim="%s"]' % claim)
            browser.click(link)
            r = wait_for(browser, JS_TARGET, claim)
            check(r.get("ok"), "click on claim link %s: <details> open, #span-%s current "
                  "and in the viewport" % (claim, claim), repr(r))
            if n == 0:
                browser.screenshot(str(Path(out, "after-click.png")))
            elif r.get("allCurrent") and r["allCurrent"] != ["span-" + claim]:
                print("note  after a second link click, elements with class current: %s"
                      % r["allCurrent"])

    # --- sorting ----------------------------------------------------------------------------
    order = lambda: browser.execute(  # noqa: E731
        "return Array.from(document.querySelectorAll('table#claims tr[id]')).map(r => r.id);")
    before = order()
    changed = []
    for column in s["sortHeaders"]:
        th = browser.find('table#claims th[data-sort="%s"]' % column)
        prev = order()
        browser.click(th)
        now = order()
        check(sorted(now) == sorted(prev), "sorting by %s keeps every row" % column)
        if now != prev:
            changed.append(column)
    check(bool(changed), "clicking th[data-sort] reorders the claims table",
          "no column changed the order %s" % before)
    print("      columns that reordered rows: %s of %s" % (changed, s["sortHeaders"]))

    # --- safety after interacting ----------------------------------------------------------
    safety = browser.execute(JS_SAFETY)
    check(safety["pwned"] is None, "window.__pwned undefined after interacting",
          safety["pwned"])
    check(not safety["bad"], "no on* attributes or javascript: URLs after interacting",
          repr(safety["bad"][:10]))
    severe = severe_messages(browser, console)
    check(not severe, "no SEVERE console messages after interacting",
          " | ".join(severe))

    # --- escaping alone, without the CSP's protection ----------------------------------------
    browser.cdp("Page.setBypassCSP", {"enabled": True})
    browser.get(html_path.as_uri())
    browser.execute("document.querySelectorAll('details').forEach(d => d.open = true);")
    for claim in picked[:1]:
        browser.click(browser.find('a.claim-link[data-claim="%s"]' % claim))
    time.sleep(0.3)
    safety = browser.execute(JS_SAFETY)
    check(safety["pwned"] is None, "window.__pwned undefined with the CSP bypassed",
          safety["pwned"])
    severe = severe_messages(browser, console)
    check(not severe, "no SEVERE console messages with the CSP bypassed",
          " | ".join(severe))


def browse_apart(check, browser, claimtrace, corpus, out):
    """With --html-inline 0 each source view is a page in sources/: a claim link opens that page
    at the claim, its <details> open and the mark current, with no console error (CSP)."""
    cmd = [claimtrace, "verify", corpus, "--out", out, "--html-inline", "0", "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    if not check(proc.returncode in (0, 1), "verify --html-inline 0 exits 0 or 1",
                 "exit %d: %s" % (proc.returncode, proc.stderr)):
        return
    html = Path(out, "report.html")
    check("class=\"source-view\"" not in html.read_text(encoding="utf-8"),
          "with --html-inline 0 report.html holds no source view", "")
    browser.get(html.as_uri())
    link = browser.find('a.claim-link[href^="sources/"]')
    href = browser.execute("return arguments[0].getAttribute('href');", link)
    browser.click(link)
    time.sleep(1.0)
    r = browser.execute("""
const m = document.querySelector('mark.current');
const d = m && m.closest('details');
return {url: location.href, current: m ? m.id : null, open: d ? d.open : null};""")
    claim = href.split("#", 1)[1]
    check(r["url"].endswith(href) and r["current"] == claim and r["open"],
          "a claim link opens its source page at the claim, <details> open, mark current",
          repr(r))
    severe = [e for e in browser.browser_log() if e.get("level") == "SEVERE"]
    check(not severe, "no SEVERE console messages on the source page", repr(severe))


def run(argv):
    if len(argv) != 4:
        print("usage: " + __doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    claimtrace, corpus, out = argv[1], os.path.abspath(argv[2]), os.path.abspath(argv[3])
    check = Checks()

    driver_path, browser_path = find_browser()
    if not driver_path or not browser_path:
        print("FAIL  chromium/chromedriver not found (chromedriver: %s, chromium: %s); %s"
              % (driver_path, browser_path, INSTALL_HINT))
        return 1

    os.makedirs(out, exist_ok=True)
    for name in ("report.html", "report.xml", "report.png", "after-click.png"):
        Path(out, name).unlink(missing_ok=True)
    cmd = [claimtrace, "verify", corpus, "--out", out]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    print("$ %s\n%s%s(exit %d)" % (" ".join(cmd), proc.stdout, proc.stderr, proc.returncode))
    if not check(proc.returncode in (0, 1), "claimtrace verify exits 0 or 1",
                 "exit %d" % proc.returncode):
        return 1
    html_path, xml_path = Path(out, "report.html"), Path(out, "report.xml")
    if not check(html_path.is_file(), "verify wrote report.html", "missing: %s" % html_path):
        return 1
    sources, claims, cards = expected_from_xml(xml_path)
    check(len(cards) >= 3 and len({c["severity"] for c in cards.values()}) >= 2,
          "the hostile corpus yields cards of several severities",
          "%d cards: %s" % (len(cards), cards))

    raw = html_path.read_text(encoding="utf-8", errors="replace")
    raw = re.sub(r"(<script\b[^>]*>).*?(</script>)", r"\1\2", raw, count=1, flags=re.S | re.I)
    for pattern in RAW_FORBIDDEN:
        hits = [m.group(0) for m in re.finditer(pattern, raw, re.I)]
        check(not hits, "report.html holds no unescaped %s" % pattern, repr(hits[:3]))

    console = []
    try:
        with Chromedriver(driver_path, browser_path) as driver:
            try:
                session = driver.session()
            except WebDriverError as e:
                raise WebDriverError("cannot start headless chromium (%s): %s" % (INSTALL_HINT, e))
            with session as browser:
                browse(check, browser, out, html_path, sources, claims, cards, console)
                browse_apart(check, browser, claimtrace, corpus, out + "-apart")
    except WebDriverError as e:
        check(False, "WebDriver: the checks after this point did not run", str(e))

    for e in console:
        print("console %s: %s" % (e.get("level"), e.get("message")))
    print("screenshots:\n  %s\n  %s" % (Path(out, "report.png"), Path(out, "after-click.png")))
    if check.failures:
        print("\nFAILED %d of %d checks:" % (len(check.failures),
                                             len(check.failures) + check.passed))
        for f in check.failures:
            print("  - " + f)
        return 1
    print("\nPASSED all %d checks" % check.passed)
    return 0


def main():
    # CTest's timeout sends SIGTERM/SIGKILL: turn SIGTERM into an exception so that the session is
    # quit and chromedriver stopped (chromedriver also gets SIGTERM when this process dies).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        return run(sys.argv)
    except subprocess.TimeoutExpired as e:
        print("FAIL  timed out: %s" % e)
        return 1


if __name__ == "__main__":
    sys.exit(main())

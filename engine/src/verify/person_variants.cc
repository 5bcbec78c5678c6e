// People not in the entity list, written several ways ("Mirziyoyev", "Mirziyoev", "Мирзиёев"):
// spellings of one name, joined unless the offices they hold say they are different people.
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <string_view>

#include "verify/checks.h"
#include "verify/names.h"
#include "verify/person_index.h"
#include "verify/wording.h"

namespace claimtrace {

namespace {

bool latin(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

struct Form {
  std::vector<std::string> words;    // folded across scripts, for matching
  std::vector<std::string> lemma;    // words cut before their case endings, folded
  std::vector<std::string> glued;    // hyphenated words as one ("wenchuan"), or none
  NameReading read;                  // a name in Cyrillic read by a syllabic transcription
  std::vector<std::string> written;  // lower case as written, for telling spellings apart
  std::string shown;                 // as first written
  int count = 0;
  std::set<std::string> sources, offices, linked;  // linked: the full name a surname stands for
  std::string entity;  // the entity list's person this spelling is an alias of, or ""
  std::vector<std::pair<size_t, const Mention*>> mentions;
};

std::string joined_words(const std::vector<std::string>& words, char by) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : std::string(1, by)) + w;
  return out;
}

// The state an office is of: "envoy of TM" and "ambassador of TM to BY" are of "TM".
std::string_view office_state(std::string_view key) {
  const size_t of = key.find(" of ");
  if (of == std::string_view::npos) return {};
  const std::string_view rest = key.substr(of + 4);
  return rest.substr(0, rest.find(' '));
}

// Spellings whose holders' offices allow one person: a shared office, or offices of one state,
// as one person holds several ("deputy prime minister and foreign minister") and one post has
// several titles ("envoy", "ambassador"). Offices of two states are two people.
bool offices_allow(const Form& a, const Form& b) {
  if (a.offices.empty() || b.offices.empty()) return true;
  for (const std::string& o : a.offices) {
    if (b.offices.count(o)) return true;
  }
  for (const std::string& o : a.offices) {
    const std::string_view state = office_state(o);
    for (const std::string& p : b.offices) {
      if (!state.empty() && state == office_state(p)) return true;
    }
  }
  return false;
}

// Whether the two spellings may name one person, a name in Cyrillic also by its syllabic reading.
bool same_name(const Form& a, const Form& b) {
  const bool glued = !a.glued.empty() || !b.glued.empty();
  return same_person_in_any_case(a.words, a.lemma, b.words, b.lemma) ||
         (glued &&
          same_person(a.glued.empty() ? a.words : a.glued, b.glued.empty() ? b.words : b.glued)) ||
         same_person(a.lemma, b.words) || same_person(a.words, b.lemma) ||
         same_person(a.lemma, b.lemma) ||
         (!a.read.empty() && (same_person_read(a.read, b.words) ||
                              (!b.glued.empty() && same_person_read(a.read, b.glued)))) ||
         (!b.read.empty() && (same_person_read(b.read, a.words) ||
                              (!a.glued.empty() && same_person_read(b.read, a.glued))));
}

// A form with only its last word (the surname), for asking whether two surnames are alike.
Form surname_of(const Form& f) {
  Form out;
  out.words = {f.words.back()};
  if (!f.lemma.empty()) out.lemma = {f.lemma.back()};
  if (!f.read.empty()) out.read = {f.read.back()};
  return out;
}

// Whether two spellings name two people: offices of two states, or one surname with given
// names that differ ("Gurbanguly" / "Serdar Berdimuhamedov"). Two spellings that are merely
// too far apart to compare ("Dubrovny" / "Дубровтый") say nothing against one person: the
// spellings between them may join them.
bool two_people(const Form& a, const Form& b) {
  if (!offices_allow(a, b)) return true;
  return !same_name(a, b) && same_name(surname_of(a), surname_of(b));
}

class Clusters {
 public:
  explicit Clusters(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t i) { return parent_[i] == i ? i : parent_[i] = find(parent_[i]); }
  void join(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

// Words of a within words of b, as a set: "Mirziyoyev" within "Shavkat Mirziyoyev".
bool part_of(const Form& a, const Form& b) {
  std::vector<std::string> x = a.written, y = b.written;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  return x.size() < y.size() && std::includes(y.begin(), y.end(), x.begin(), x.end());
}

// Whether a name gives a given name in full: "A. Lukashenko", like "Lukashenko", may name any
// Lukashenko whose given name begins so, and joins only when it names one.
bool given_in_full(const Form& f) {
  for (size_t i = 0; i + 1 < f.words.size(); ++i) {
    if (f.words[i].size() > 1) return true;
  }
  return false;
}

// The form a group is named by: a given name in full, the most words, then as written in
// Latin letters.
bool fuller(const Form& a, const Form& b) {
  if (given_in_full(a) != given_in_full(b)) return given_in_full(a);
  if (a.words.size() != b.words.size()) return a.words.size() > b.words.size();
  return latin(a.shown) && !latin(b.shown);
}

}  // namespace

void person_variants(const std::vector<Document>& docs, const std::vector<Extraction>& extractions,
                     const std::string& office_attribute, const Transcriptions& transcriptions,
                     std::vector<Discrepancy>& out) {
  std::map<std::string, Form> by_key;          // by the name as written, lower case
  std::map<std::string, std::string> spelled;  // folded across scripts -> first written key
  for (size_t d = 0; d < extractions.size(); ++d) {
    std::map<std::string, std::set<std::string>> offices;  // person's canonical -> offices
    for (const Claim& c : extractions[d].claims) {
      if (c.attribute == office_attribute && !c.object.empty())
        offices[holder_of(c.text)].insert(c.object);
    }
    for (const Mention& m : extractions[d].mentions) {
      // Listed people take part so a new spelling can join them; their own aliases are
      // reported by the entity check.
      if (m.type != EntityType::kPerson) continue;
      // Cases of one name are one form, compared as written and by their lemma.
      const std::string lemma = person_lemma(m.surface);
      std::vector<std::string> words = spelling_words(m.surface);
      if (words.empty()) continue;
      Form& f = by_key[lemma];
      if (f.words.empty()) {
        f.entity = m.entity;
        f.words = words;
        f.lemma = spelling_words(lemma);
        f.glued = glued_words(m.surface);
        f.read = syllabic_reading(transcriptions, m.surface);
        f.written = name_words(lemma);
        f.shown = m.surface;
      }
      ++f.count;
      f.sources.insert(docs[d].source.id);
      f.mentions.push_back({d, &m});
      auto o = offices.find(m.canonical);
      if (o != offices.end()) f.offices.insert(o->second.begin(), o->second.end());
      std::vector<std::string> full = spelling_words(m.canonical);
      if (full.size() > words.size()) f.linked.insert(joined_words(full, ' '));
      spelled.emplace(joined_words(words, ' '), lemma);
    }
  }
  std::vector<Form*> forms;
  std::map<std::string, size_t> index;
  for (auto& [key, f] : by_key) {
    index[key] = forms.size();
    forms.push_back(&f);
  }
  // Names are compared within a bucket: the first letter of the surname (vowels differ across
  // transliterations: "Golovchenko" / "Galouchanka"), and of a two-word name's first word too,
  // as some write the surname first ("Zandanshatar Gombojav").
  std::map<std::string, std::vector<size_t>> buckets;
  auto put = [&](const std::string& word, size_t i) {
    std::vector<size_t>& b = buckets[word.substr(0, 1)];
    if (b.empty() || b.back() != i) b.push_back(i);
  };
  for (size_t i = 0; i < forms.size(); ++i) {
    put(forms[i]->words.back(), i);
    if (forms[i]->words.size() == 2) put(forms[i]->words.front(), i);
    if (!forms[i]->read.empty()) {
      for (const std::string& w : forms[i]->read.back()) put(w, i);
      if (forms[i]->read.size() == 2)
        for (const std::string& w : forms[i]->read.front()) put(w, i);
    }
  }
  // Candidate pairs share a key (person_index.h), so same_name is asked of key-mates only.
  PersonIndex by_keys;
  std::vector<PersonKeys> keys(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    const Form& f = *forms[i];
    const std::vector<std::vector<std::string>> sides = reading_sides(f.read);
    std::vector<const std::vector<std::string>*> all = {&f.words, &f.lemma};
    for (const std::vector<std::string>& side : sides) all.push_back(&side);
    // A name of initials is keyed as its surname alone, which meets every given name.
    const std::vector<std::string> surname = {f.words.back()};
    if (!given_in_full(f)) all.push_back(&surname);
    if (!f.glued.empty()) all.push_back(&f.glued);
    keys[i] = PersonKeys::of(all);
    by_keys.add(keys[i]);
  }
  by_keys.seal();
  // Key-mates of form i within one bucket (its forms in increasing order).
  auto key_mates = [&](size_t i, const std::vector<size_t>& bucket) {
    std::vector<size_t> out = by_keys.candidates(keys[i]);
    std::erase_if(out,
                  [&](size_t j) { return !std::binary_search(bucket.begin(), bucket.end(), j); });
    return out;
  };
  Clusters clusters(forms.size());
  std::map<size_t, std::vector<size_t>> members;  // root -> forms, for the check before a join
  for (size_t i = 0; i < forms.size(); ++i) members[i] = {i};
  // No spelling of one group names another person than a spelling of the other, and some pair
  // are spellings of one name: spellings a letter apart in each script ("Dubrovny" /
  // "Dubrovty", "Дубровный" / "Дубровтый") join across scripts by the pairs alike. A listed
  // person's aliases need not be spellings of each other ("Nikolai Snopkov", "Mikalai
  // Snapkou"): one of them suffices.
  auto may_join = [&](size_t a, size_t b) {
    std::map<std::string, bool> listed;  // entity -> some alias of it matched
    bool alike = false;
    for (size_t x : members[clusters.find(a)]) {
      for (size_t y : members[clusters.find(b)]) {
        const Form &fx = *forms[x], &fy = *forms[y];
        if (!fx.entity.empty() && !fy.entity.empty() && fx.entity != fy.entity) return false;
        const bool same = same_name(fx, fy) && offices_allow(fx, fy);
        const std::string& entity = fx.entity.empty() ? fy.entity : fx.entity;
        if (entity.empty() && !same && two_people(fx, fy)) return false;
        alike = alike || same;
        if (!entity.empty()) listed[entity] = listed[entity] || same;
      }
    }
    for (const auto& [entity, matched] : listed) {
      if (!matched) return false;
    }
    return alike;
  };
  auto join = [&](size_t a, size_t b) {
    const size_t ra = clusters.find(a), rb = clusters.find(b);
    if (ra == rb) return;
    clusters.join(ra, rb);  // rb stays the root
    members[rb].insert(members[rb].end(), members[ra].begin(), members[ra].end());
    members[ra].clear();
  };
  // Aliases of one listed person are one group from the start.
  std::map<std::string, size_t> first_alias;
  for (size_t i = 0; i < forms.size(); ++i) {
    if (forms[i]->entity.empty()) continue;
    auto [at, fresh] = first_alias.emplace(forms[i]->entity, i);
    if (!fresh) join(i, at->second);
  }
  // Full names first; a surname alone then joins the one person it may name, or none.
  for (bool full : {true, false}) {
    for (const auto& [prefix, list] : buckets) {
      for (size_t i : list) {
        if (given_in_full(*forms[i]) != full) continue;
        std::set<size_t> candidates;
        // Groups do not change until i's candidates are all found, and may_join weighs whole
        // groups: once per group, not once per member of a large one.
        std::set<size_t> weighed;
        for (size_t j : key_mates(i, list)) {
          if (j == i || clusters.find(i) == clusters.find(j)) continue;
          if (!full && !given_in_full(*forms[j]) && j > i) continue;
          const size_t group = clusters.find(j);
          if (weighed.count(group) || !same_name(*forms[i], *forms[j])) continue;
          weighed.insert(group);
          if (may_join(i, j)) candidates.insert(group);
        }
        for (const std::string& l : forms[i]->linked) {
          auto written = spelled.find(l);
          auto at = written == spelled.end() ? index.end() : index.find(written->second);
          if (at != index.end()) candidates = {clusters.find(at->second)};
        }
        if (full) {
          for (size_t c : candidates) {
            if (may_join(i, c)) join(i, c);
          }
        } else if (candidates.size() == 1) {
          join(i, *candidates.begin());
        }
      }
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < forms.size(); ++i) groups[clusters.find(i)].push_back(i);
  for (const auto& [root, group] : groups) {
    std::vector<size_t> spellings;
    for (size_t i : group) {
      bool part = false;
      for (size_t j : group) part = part || part_of(*forms[i], *forms[j]);
      if (!part) spellings.push_back(i);
    }
    bool unlisted = false;
    for (size_t i : group) unlisted = unlisted || forms[i]->entity.empty();
    if (spellings.size() < 2 || !unlisted) continue;
    size_t fullest = group.front();
    std::set<std::string> shared = forms[group.front()]->offices;
    for (size_t i : group) {
      if (fuller(*forms[i], *forms[fullest])) fullest = i;
      if (forms[i]->offices.empty()) continue;
      std::set<std::string> both;
      for (const std::string& o : forms[i]->offices) {
        if (shared.empty() || shared.count(o)) both.insert(o);
      }
      shared = both;
    }
    Discrepancy d;
    d.kind = DiscrepancyKind::kNameVariant;
    d.severity = Severity::kInfo;
    d.subject = joined_words(forms[fullest]->words, '_');
    for (size_t i : group) {
      if (!forms[i]->entity.empty()) d.subject = forms[i]->entity;
    }
    std::vector<NameForm> listed;
    for (size_t i : spellings)
      listed.push_back({forms[i]->shown, forms[i]->count, forms[i]->sources});
    for (size_t i : group) {
      for (const auto& [doc, m] : forms[i]->mentions) {
        d.evidence.push_back(mention_evidence(docs[doc], *m));
      }
    }
    d.explanation = name_variant_words(forms[fullest]->shown, listed);
    if (!shared.empty()) {
      std::string roles;
      for (const std::string& o : shared) roles += (roles.empty() ? "" : ", ") + o;
      d.explanation += " Same office: " + roles + ".";
    }
    out.push_back(std::move(d));
  }
}

}  // namespace claimtrace

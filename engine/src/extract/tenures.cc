// Tenures: "took up his post in March 2024", "has headed the embassy since 2019", "ended his
// mission in 2019", "завершил дипломатическую миссию": the date a holder of a known office
// started or left it. The date claim becomes an office.start or office.end event whose object
// is the holder and the office, so two dates of one tenure compare as one event's.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "date_finder.h"
#include "extract/person_names.h"
#include "extract/recognizer.h"

namespace claimtrace {

namespace {

// This sentence's mentions: the tail of the document's list (sentences are read in order).
size_t first_mention(const SentenceContext& s) {
  size_t m = s.out.mentions.size();
  while (m > 0 && s.out.mentions[m - 1].text_begin >= s.sentence.begin) --m;
  return m;
}

// Whether claim x names `holder` as the holder of an office.
bool holds(const SentenceContext& s, const Claim& x, const std::string& holder) {
  return x.attribute == s.policy.office_attribute && !x.object.empty() &&
         x.text.size() > holder.size() && x.text.compare(0, holder.size() + 2, holder + ", ") == 0;
}

// The office claim that names `holder` for the tenure phrase starting at token `at`: the most
// recent one before the phrase, else this sentence's first after it; its index, or SIZE_MAX.
// Claims of earlier sentences no longer change, so each is indexed once, under every holder its
// value may begin with: a document of many tenures is read once, not once per phrase.
size_t office_of_holder(SentenceContext& s, const std::string& holder, size_t at) {
  const std::vector<Claim>& claims = s.out.claims;
  for (size_t c = claims.size(); c-- > s.first_claim;) {
    if (s.claim_tokens[c - s.first_claim].first < at && holds(s, claims[c], holder)) return c;
  }
  for (; s.holders_read < s.first_claim; ++s.holders_read) {
    const Claim& x = claims[s.holders_read];
    if (x.attribute != s.policy.office_attribute || x.object.empty()) continue;
    for (size_t p = x.text.find(", "); p != std::string::npos; p = x.text.find(", ", p + 1))
      s.holders_offices[x.text.substr(0, p)] = s.holders_read;
  }
  const auto earlier = s.holders_offices.find(holder);
  if (earlier != s.holders_offices.end()) return earlier->second;
  for (size_t c = s.first_claim; c < claims.size(); ++c)
    if (holds(s, claims[c], holder)) return c;
  return SIZE_MAX;
}

// The holder a tenure phrase speaks of: the person named nearest before it in the sentence,
// else the first after it; null when none, or when another person named on that side also
// holds an office in the document, so which one the phrase means is a guess.
const Mention* holder_of_phrase(SentenceContext& s, const PhraseHit& h) {
  const std::vector<Token>& t = s.tokens();
  const uint64_t at = t[h.first].begin, after = t[h.last - 1].end, end = s.sentence.end;
  std::vector<const Mention*> before, next;
  for (size_t i = first_mention(s); i < s.out.mentions.size(); ++i) {
    const Mention& m = s.out.mentions[i];
    if (m.type != EntityType::kPerson || m.text_end > end) continue;
    if (m.text_end <= at) before.push_back(&m);
    if (m.text_begin >= after) next.push_back(&m);
  }
  const std::vector<const Mention*>& side = before.empty() ? next : before;
  if (side.empty()) return nullptr;
  const Mention* holder = side.front();
  for (const Mention* m : side) {
    if (before.empty() ? m->text_begin < holder->text_begin : m->text_end > holder->text_end)
      holder = m;
  }
  for (const Mention* m : side) {
    if (m->canonical != holder->canonical &&
        office_of_holder(s, m->canonical, h.first) != SIZE_MAX &&
        office_of_holder(s, holder->canonical, h.first) != SIZE_MAX)
      return nullptr;
  }
  return holder;
}

// Whether a date and a tenure phrase with no punctuation between them are in one clause; a
// date that opens the sentence, set off by its comma, dates the main clause too.
bool one_clause(const SentenceContext& s, const DateMatch& m, const PhraseHit& h) {
  const std::vector<Token>& t = s.tokens();
  size_t from = m.last, to = h.first;
  if (m.first >= h.last) {
    from = h.last;
    to = m.first;
  } else if (m.first == 0 && from < to && t[from].kind == TokenKind::kPunct &&
             t[from].text == ",") {
    ++from;
  }
  for (size_t k = from; k < to; ++k)
    if (t[k].kind == TokenKind::kPunct) return false;
  return true;
}

// The date a phrase governs: the nearest of its clause (after it, else before it, within the
// event window); SIZE_MAX when there is none.
size_t governed_date(const SentenceContext& s, const PhraseHit& h) {
  size_t best = SIZE_MAX, best_distance = SIZE_MAX;
  for (size_t d = 0; d < s.dates.size(); ++d) {
    const DateMatch& m = s.dates[d];
    if (m.period.empty() || m.period.unresolved || m.refers_back || m.baseline) continue;
    size_t distance = SIZE_MAX;
    if (m.first >= h.last) {
      distance = m.first - h.last;
    } else if (m.last <= h.first) {
      distance = h.first - m.last + 1;  // a date after the phrase wins a tie
    }
    if (distance <= s.policy.event && distance < best_distance && one_clause(s, m, h)) {
      best = d;
      best_distance = distance;
    }
  }
  return best;
}

// The date the tenure phrase governs. A start takes a point date, or a "since" date (only that
// when the phrase says the holder holds the office now); an end takes a point date. SIZE_MAX
// when the nearest date is none of these: it stays a plain date.
size_t tenure_date(const SentenceContext& s, const PhraseHit& h) {
  const size_t best = governed_date(s, h);
  if (best == SIZE_MAX) return best;
  const Period& p = s.dates[best].period;
  const bool since = p.begin_year != 0 && p.end_year == 0;
  const bool point = p.begin_year != 0 && p.begin_year == p.end_year &&
                     p.begin_month == p.end_month && p.begin_day == p.end_day;
  // A tenure held once ("served until 2021", "руководил с 2022 по 2024 год") ends at the end
  // of an "until" date or of a span; a point says only that it was held then.
  if (s.rules.tenure_until[h.use.row]) return p.end_year != 0 && !point ? best : SIZE_MAX;
  if (s.rules.tenure_ends[h.use.row]) return point ? best : SIZE_MAX;
  if (s.rules.tenure_since[h.use.row]) return since ? best : SIZE_MAX;
  return point || since ? best : SIZE_MAX;
}

// The date or event claim of this sentence over date d's tokens; else a new event claim there
// (a figure took the date as its period, but a tenure is an event of its own); SIZE_MAX when
// another claim holds its tokens.
size_t claim_of_date(SentenceContext& s, size_t d) {
  const DateMatch& m = s.dates[d];
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    const Claim& x = s.out.claims[c];
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    if ((x.kind == ClaimKind::kDate || x.kind == ClaimKind::kEvent) && at.first < m.last &&
        m.first < at.last)
      return c;
  }
  if (!s.free(m.first, m.last)) return SIZE_MAX;
  Claim& c = s.add(ClaimKind::kEvent, m.first, m.last);
  c.numeric = false;
  c.period = m.period;
  c.period_basis = PeriodBasis::kStated;
  return s.out.claims.size() - 1;
}

// The office of a holder named as someone's predecessor ("his predecessor X", "He followed X"):
// in the sentences right before, back to the start of their line, the office of the nearest
// holder opening a sentence, else of the holder named first (a sentence between may name the
// holder by a pronoun and another office-holder as its object); the claim's index, or SIZE_MAX
// when no predecessor phrase stands right before the name, those sentences name no holder, or
// holders of two offices open them.
size_t predecessor_office(const SentenceContext& s, const Mention& holder) {
  const std::vector<Token>& t = s.tokens();
  const auto named = std::find_if(s.hits.begin(), s.hits.end(), [&](const PhraseHit& h) {
    return h.use.table == kPredecessor && h.last < t.size() && t[h.last].begin == holder.text_begin;
  });
  if (named == s.hits.end()) return SIZE_MAX;
  const std::vector<Claim>& claims = s.out.claims;
  // A holder named before the phrase in its own sentence is the one succeeded ("X replaced Y"),
  // unless holders of two offices stand there.
  size_t own = SIZE_MAX;
  for (size_t c = s.first_claim; c < claims.size(); ++c) {
    const Claim& x = claims[c];
    if (x.attribute != s.policy.office_attribute || x.object.empty() ||
        s.claim_tokens[c - s.first_claim].last > named->first)
      continue;
    if (own != SIZE_MAX && claims[own].object != x.object) return SIZE_MAX;
    own = c;
  }
  if (own != SIZE_MAX) return own;
  const std::string_view text = s.doc.text.str();
  // Nothing but spaces between two sentences; a line break only right before this one.
  auto adjacent = [&](uint64_t from, uint64_t to, bool line_break) {
    for (uint64_t k = from; k < to; ++k) {
      const char ch = text[k];
      if (ch == '\n' && !line_break) return false;
      if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') return false;
    }
    return true;
  };
  // A holder that opens its sentence (or follows a phrase set off by a comma) is its subject; one
  // named further on may be an object ("He met President X"), so it counts only where no
  // subject is named.
  auto opens = [&](const Claim& x) {
    uint64_t k = x.text_begin;
    while (k > x.sentence.range().begin && (text[k - 1] == ' ' || text[k - 1] == '\n')) --k;
    return k == x.sentence.range().begin || text[k - 1] == ',';
  };
  uint64_t begin = s.sentence.begin;
  size_t subject = SIZE_MAX, first = SIZE_MAX;
  for (size_t c = s.first_claim; c-- > 0;) {
    const TextRange r = claims[c].sentence.range();
    if (r.begin < begin) {
      if (r.end > begin || !adjacent(r.end, begin, begin == s.sentence.begin)) break;
      begin = r.begin;
    }
    const Claim& x = claims[c];
    if (x.attribute != s.policy.office_attribute || x.object.empty()) continue;
    if (first == SIZE_MAX || x.text_begin < claims[first].text_begin) first = c;
    if (!opens(x)) continue;
    // Subjects holding two offices before it: whose predecessor it is stays unknown.
    if (subject != SIZE_MAX && claims[subject].object != x.object) return SIZE_MAX;
    if (subject == SIZE_MAX) subject = c;
  }
  return subject != SIZE_MAX ? subject : first;
}

// This sentence's end of a former holder's tenure by the document's date ("former ambassador
// X", extract/people.cc): its index, or SIZE_MAX.
size_t former_office(const SentenceContext& s, const std::string& holder) {
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    const Claim& x = s.out.claims[c];
    if (x.attribute == s.policy.office_end_attribute &&
        x.period_basis == PeriodBasis::kDocumentDate && x.period.begin_year == 0 &&
        x.object.size() > holder.size() + 2 &&
        x.object.compare(0, holder.size() + 2, holder + ", ") == 0)
      return c;
  }
  return SIZE_MAX;
}

// The title of a tenure phrase that names the office it speaks of ("held the post of
// president", "served as ambassador", "займала пасаду пасла"): the title right after the
// phrase, or after one link word, with no state named beside it; or null.
const PhraseHit* title_of_phrase(const SentenceContext& s, const PhraseHit& h) {
  const std::vector<Token>& t = s.tokens();
  size_t k = h.last;
  if (k < t.size() &&
      (s.rules.title_links.count(t[k].lower) || s.rules.role_links.count(t[k].lower)))
    ++k;
  const PhraseHit* title = k < t.size() ? s.longest(k, kTitle) : nullptr;
  if (!title) return nullptr;
  // A state named with the title ("president of Kazakhstan", "Turkmen president") makes
  // another office than the document's: left to the office recognizer.
  const size_t after = title->last;
  if (after < t.size() && (s.rules.title_links.count(t[after].lower) || mention_over(s, after)))
    return nullptr;
  if (s.ending_at(title->first, kOfficeState) ||
      (title->first > 0 && mention_over(s, title->first - 1)))
    return nullptr;
  return title;
}

// The office a title names where its states go unsaid: the one office of that title the
// document names up to this sentence (its last claim's index); SIZE_MAX when it names none, or
// two ("president of BY" and "president of TM"), which leaves the holder's state a guess.
size_t office_of_title(SentenceContext& s, const PhraseHit& title) {
  std::string base = s.rules.posted_titles[title.use.row];
  if (base.empty()) base = s.rules.title_names[title.use.row];
  if (base.empty()) base = s.lower_label(title.first, title.last);
  const std::vector<Claim>& claims = s.out.claims;
  auto title_of = [](const Claim& x) {
    const size_t of = x.object.find(" of ");
    return of == std::string::npos ? std::string() : x.object.substr(0, of);
  };
  auto note = [&](std::unordered_map<std::string, size_t>& seen, size_t c) {
    auto [it, fresh] = seen.try_emplace(title_of(claims[c]), c);
    if (!fresh && it->second != SIZE_MAX)
      it->second = claims[it->second].object == claims[c].object ? c : SIZE_MAX;
  };
  for (; s.titles_read < s.first_claim; ++s.titles_read) {
    const Claim& x = claims[s.titles_read];
    if (x.attribute == s.policy.office_attribute && !x.object.empty())
      note(s.title_offices, s.titles_read);
  }
  std::unordered_map<std::string, size_t> seen;
  if (const auto earlier = s.title_offices.find(base); earlier != s.title_offices.end())
    seen.insert(*earlier);
  for (size_t c = s.first_claim; c < claims.size(); ++c) {
    const Claim& x = claims[c];
    if (x.attribute == s.policy.office_attribute && !x.object.empty() && title_of(x) == base)
      note(seen, c);
  }
  const auto found = seen.find(base);
  return found == seen.end() ? SIZE_MAX : found->second;
}

// Whether a reporting verb stands between tokens [from, to): what follows it is what was said.
bool reported_between(const SentenceContext& s, size_t from, size_t to) {
  return std::any_of(s.hits.begin(), s.hits.end(), [&](const PhraseHit& h) {
    return h.use.table == kReportingVerb && h.first >= from && h.last <= to;
  });
}

// Whether a period is of a time to come: it begins after the document's date, or has no
// beginning and ends after it. A holder named for that time ("is due in Astana in
// October", "посетит Астану в октябре", "a plan up to 2035") is named by the title held
// as the document writes.
bool after_document(const SentenceContext& s, const Period& p) {
  const PartialDate& d = s.date_context.document_date;
  if (d.precision == DatePrecision::kUnknown) return false;
  const int month = d.precision == DatePrecision::kYear ? 12 : d.month;
  const int day = d.precision == DatePrecision::kDay ? d.day : 31;
  if (p.begin_year == 0) {
    return p.end_year != 0 && std::tuple(p.end_year, p.end_month == 0 ? 12 : p.end_month,
                                         std::max(p.end_day, 1)) > std::tuple(d.year, month, day);
  }
  return std::tuple(p.begin_year, std::max(p.begin_month, 1), std::max(p.begin_day, 1)) >
         std::tuple(d.year, month, day);
}

// An office holder's claim dated by a date a figure of the sentence took ("trade reached $36
// billion in January-October, Ambassador X said"), by one in what the holder is reported to
// have said ("X said that in 2019 ..."), or by an appointment's ("appointed in 2024"), is not
// dated by it: the holder holds as the document writes, at its date.
void undate_holders(SentenceContext& s) {
  // Dates an appointment governs ("X, appointed in December 2024"): a decree's date.
  std::vector<bool> appointed(s.dates.size(), false);
  for (const PhraseHit& h : s.hits) {
    if (h.use.table != kAppointment) continue;
    if (const size_t d = governed_date(s, h); d != SIZE_MAX) appointed[d] = true;
  }
  for (size_t c = s.first_claim; c < s.out.claims.size(); ++c) {
    Claim& x = s.out.claims[c];
    if (x.attribute != s.policy.office_attribute || x.period_basis != PeriodBasis::kStated)
      continue;
    if (after_document(s, x.period)) {
      x.period = Period();
      x.period_basis = PeriodBasis::kNone;
      continue;
    }
    const ClaimTokens& at = s.claim_tokens[c - s.first_claim];
    for (size_t d = 0; d < s.dates.size(); ++d) {
      const DateMatch& m = s.dates[d];
      const bool said = m.first >= at.last && reported_between(s, at.last, m.first);
      if ((s.period_used[d] || said || appointed[d]) && m.period == x.period) {
        x.period = Period();
        x.period_basis = PeriodBasis::kNone;
        break;
      }
    }
  }
}

// Whether a tenure held once is told as a span with both ends ("from 2015 to 2019", "с 2019
// по 2024 год"): its begin is the tenure's start as surely as its end is the end.
bool told_as_span(const SentenceContext& s, const PhraseHit& h, const Period& p) {
  return s.rules.tenure_until[h.use.row] && p.begin_year != 0 && p.end_year != 0;
}

// The days strictly between a span's first and last periods, each end at its own precision
// ("from 2015 to 2019": 2016 to 2018; "с сентября 2019 по декабрь 2024": 2019-10 to 2024-11):
// the time the holder surely held the office, away from the handovers at either end. Empty
// when nothing lies between.
Period inside_span(const Period& p) {
  const Period first{p.begin_year, p.begin_month, p.begin_day,
                     p.begin_year, p.begin_month, p.begin_day};
  const Period last{p.end_year, p.end_month, p.end_day, p.end_year, p.end_month, p.end_day};
  const long from = first.days().last + 1, to = last.days().first - 1;
  Period in;
  if (from > to) return in;
  int y = 0, m = 0, d = 0;
  date_finder::civil_from_days(from, y, m, d);
  in.begin_year = y;
  in.begin_month = p.begin_month != 0 ? m : 0;
  in.begin_day = p.begin_day != 0 ? d : 0;
  date_finder::civil_from_days(to, y, m, d);
  in.end_year = y;
  in.end_month = p.end_month != 0 ? m : 0;
  in.end_day = p.end_day != 0 ? d : 0;
  return in;
}

}  // namespace

void Tenures::recognize(SentenceContext& s) const {
  const std::vector<Token>& t = s.tokens();
  undate_holders(s);
  for (size_t k = 0; k < s.hits.size(); ++k) {
    const PhraseHit h = s.hits[k];
    if (h.use.table != kTenure) continue;
    const size_t date = tenure_date(s, h);
    if (date == SIZE_MAX) continue;
    const Mention* person = holder_of_phrase(s, h);
    if (!person) continue;
    const std::string holder = person->canonical;
    size_t o = office_of_holder(s, holder, h.first);
    if (o == SIZE_MAX) o = predecessor_office(s, *person);
    if (const PhraseHit* title = o == SIZE_MAX ? title_of_phrase(s, h) : nullptr)
      o = office_of_title(s, *title);
    // A former holder's title names the office too ("the former ambassador X, who ended his
    // mission in 2019").
    const size_t former = o == SIZE_MAX ? former_office(s, holder) : SIZE_MAX;
    // A tenure of an office the document never names for this holder stays a date: unknown.
    if (o == SIZE_MAX && former == SIZE_MAX) continue;
    const size_t d = claim_of_date(s, date);
    if (d == SIZE_MAX) continue;
    const std::string office = o != SIZE_MAX
                                   ? s.out.claims[o].object.str()
                                   : s.out.claims[former].object.substr(holder.size() + 2);
    const Subject states = s.out.claims[o != SIZE_MAX ? o : former].subject;
    Claim& c = s.out.claims[d];
    const Period said = c.period;
    const bool ends = s.rules.tenure_ends[h.use.row];
    c.kind = ClaimKind::kEvent;
    c.attribute = ends ? s.policy.office_end_attribute : s.policy.office_start_attribute;
    c.object = holder + ", " + office;
    c.subject = states;
    // "Until 2021", "from 2018 to 2023" on a tenure held once: it ended at the end.
    if (ends && c.period.end_year != 0) {
      c.period.begin_year = c.period.end_year;
      c.period.begin_month = c.period.end_month;
      c.period.begin_day = c.period.end_day;
    }
    // "Since 2019": the tenure began in 2019, a point, not the span up to now.
    if (c.period.end_year == 0) {
      c.period.end_year = c.period.begin_year;
      c.period.end_month = c.period.begin_month;
      c.period.end_day = c.period.begin_day;
    }
    c.text = c.period.iso();
    c.anchor = static_cast<int64_t>(t[h.first].begin);
    // The holder named in the sentence that dates a start holds the office as the document
    // writes, at its date, not only on the day the tenure began; named in the sentence that
    // dates the end, they held it until then.
    // The date is this tenure's: another holder named before this one, outside the tenure's
    // clause, holds at the document's date ("X replaced Y, who ended his mission in 2024"); one
    // named in it took part ("Y presented his credentials to President X in 2024").
    for (size_t x = s.first_claim; x < s.out.claims.size(); ++x) {
      Claim& other = s.out.claims[x];
      const ClaimTokens& at = s.claim_tokens[x - s.first_claim];
      if (other.attribute != s.policy.office_attribute ||
          other.period_basis != PeriodBasis::kStated || !(other.period == said) ||
          holds(s, other, holder) || t[at.last - 1].end > person->text_begin)
        continue;
      other.period = Period();
      other.period_basis = PeriodBasis::kNone;
    }
    const Period told = s.dates[date].period;
    const bool span = told_as_span(s, h, told);
    const Period inside = span ? inside_span(told) : Period();
    if (o != SIZE_MAX && o >= s.first_claim && holds(s, s.out.claims[o], holder)) {
      Claim& named = s.out.claims[o];
      if (ends) {
        // Named with a span, the holder held the office between its ends, not at the handover.
        named.period = inside.empty() ? c.period : inside;
        named.period_basis = PeriodBasis::kStated;
      } else if (named.period == said) {
        named.period = Period();
        named.period_basis = PeriodBasis::kNone;
      }
    }
    if (!span) continue;
    // The span's begin is the start of the same tenure: an office.start event over its date,
    // once, though the stemmer reads the phrase's forms as two hits.
    const ClaimTokens at = s.claim_tokens[d - s.first_claim];
    bool started = false;
    for (size_t x = s.first_claim; x < s.out.claims.size() && !started; ++x) {
      const ClaimTokens& xt = s.claim_tokens[x - s.first_claim];
      started = s.out.claims[x].attribute == s.policy.office_start_attribute &&
                xt.first == at.first && xt.last == at.last;
    }
    if (started) continue;
    Claim start = s.out.claims[d];
    start.attribute = s.policy.office_start_attribute;
    start.period = Period{told.begin_year, told.begin_month, told.begin_day,
                          told.begin_year, told.begin_month, told.begin_day};
    start.text = start.period.iso();
    s.add(ClaimKind::kEvent, at.first, at.last) = std::move(start);
  }
}

}  // namespace claimtrace

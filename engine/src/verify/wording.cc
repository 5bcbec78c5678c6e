// The sentences of verify's findings.
#include "verify/wording.h"

#include <cmath>
#include <cstdio>

#include "claim_key_rules.h"
#include "claimtrace/discrepancy.h"

namespace claimtrace {

std::string readable(double v) {
  if (std::fabs(v) < 1e6 && v == std::floor(v)) {
    std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return v < 0 ? "-" + out : out;
  }
  struct Scale {
    double factor;
    const char* word;
  };
  static const Scale scales[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const Scale& s : scales) {
    if (std::fabs(v) >= s.factor) return number_text(v / s.factor) + s.word;
  }
  return number_text(v);
}

std::string value_words(const Claim& c) {
  if (c.kind == ClaimKind::kRank) {
    const std::string place = c.qualifier == Qualifier::kAtMost
                                  ? "among the first " + number_text(c.value)
                                  : "rank " + number_text(c.value);
    return place + (c.scope.empty() ? "" : " (" + c.scope + ")");
  }
  if (!c.numeric) {
    if (c.kind == ClaimKind::kEvent) {
      std::string when = c.text.empty() ? c.period.iso() : c.text.str();
      if (!when.empty() && when.back() == '/') when.pop_back();  // "from 2016": 2016
      return when;
    }
    return "\"" + c.text + "\"";
  }
  std::string unit = c.unit == "percent" ? "%" : c.unit == "x" ? " times" : " " + c.unit;
  return qualifier_words(c.qualifier) + readable(c.value) + unit;
}

std::string when_words(const Item& it) {
  const Claim& c = *it.c;
  if (it.implicit) return "no period stated (document of " + period_words(c.period.iso()) + ")";
  if (c.period_basis == PeriodBasis::kDocumentDate)
    return "as of " + period_words(c.period.iso()) + " (document date)";
  if (c.period_basis == PeriodBasis::kContext)
    return period_words(c.period.iso()) + " (from the sentence before)";
  return period_words(c.period.iso());
}

std::string readable_attribute(const std::string& attribute) {
  std::string out;
  for (char c : attribute) out += c == '.' || c == '_' ? ' ' : c;
  return out;
}

std::string joined(const std::set<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::string part_larger_words(const Claim& part, const Claim& whole) {
  return "the figure for " + period_words(part.period.iso()) +
         " is larger than the one for the whole of " + period_words(whole.period.iso()) +
         ", which contains it";
}

std::string competing_value_words(DiscrepancyKind kind, const Item& lead) {
  return kind == DiscrepancyKind::kLabelConflict && lead.shape() == KeyShape::kEvent
             ? "\"" + lead.c->object + "\""
             : value_words(*lead.c);
}

std::string dispute_words(DiscrepancyKind kind, const Claim& first,
                          const std::vector<SideWords>& sides, const std::set<std::string>& notes,
                          bool any_implicit) {
  const bool began = kind == DiscrepancyKind::kLabelConflict && !first.object.empty() &&
                     first.kind == ClaimKind::kEvent;
  // A label with an object names who holds that office.
  const bool office = kind == DiscrepancyKind::kLabelConflict && !first.object.empty() && !began;
  const std::string what = began ? std::string("status")
                                 : readable_attribute(first.attribute) +
                                       (first.object.empty() || first.kind == ClaimKind::kRank
                                            ? ""
                                            : " (" + first.object + ")");
  const std::string subject = subject_words(first.subject.text());
  std::string text;
  switch (kind) {
    case DiscrepancyKind::kRankConflict:
      text = "Sources rank " + subject + " differently for " + what + ": ";
      break;
    case DiscrepancyKind::kDateConflict:
      text = "Sources date the same event differently — " + what + ": ";
      break;
    case DiscrepancyKind::kLabelConflict:
      text = office ? "Different people hold one office (" + first.object + ") at the same time: "
             : began
                 ? "One upgrade of the " + subject +
                       " status, at the same time, is named with incompatible labels: "
                 : "The " + what + " of " + subject + " is worded incompatibly at the same time: ";
      break;
    default:
      text = "Conflicting figures for " + subject + " " + what + ": ";
      break;
  }
  for (size_t rank = 0; rank < sides.size(); ++rank) {
    const SideWords& side = sides[rank];
    std::string places;
    for (const SideWords::Place& p : side.places) {
      places += (places.empty() ? "" : "; ") + p.source + ", " + p.when + ": \"" + p.quote + "\"";
    }
    for (const auto& [source, n] : side.stated) {
      if (n > 1) places += "; " + source + " says so " + std::to_string(n) + " times";
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", side.support);
    text += (rank > 0 ? " vs " : "") + side.value + " (" + places + "; support " + buf + ")";
  }
  text += ".";
  for (const std::string& n : notes) text += " Note: " + n + ".";
  if (any_implicit) {
    text +=
        " One figure states no period; it may cover a different span than the other, "
        "so verify what it counts before calling either wrong.";
  }
  if (sides.size() > 1 && sides[0].support == sides[1].support) {
    text += " Support is even: the corpus alone cannot say which is right.";
  }
  return text;
}

std::string graded_variant_words(const Claim& first,
                                 const std::map<std::string, std::set<std::string>>& forms) {
  std::string list_text;
  size_t longest = 0;
  std::string full;
  for (const auto& [form, sources] : forms) {
    list_text += (list_text.empty() ? "" : "; ") + ("\"" + form + "\" (" + joined(sources) + ")");
    size_t n = label_words(form).size();
    if (n > longest) longest = n, full = form;
  }
  return "The " + readable_attribute(first.attribute) + " of " +
         subject_words(first.subject.text()) + " is worded in " + std::to_string(forms.size()) +
         " forms: " + list_text + ". The shorter ones read as shortened forms of \"" + full +
         "\", used after it existed; not a conflict, but a publication should use one form.";
}

std::string record_words(const Claim& record, const Claim& larger) {
  return record.source + " calls " + value_words(record) + " for " +
         period_words(record.period.iso()) + " a record (\"" + record.sentence.text() +
         "\"), but " + larger.source + " gives " + value_words(larger) + " for the earlier " +
         period_words(larger.period.iso()) + " (\"" + larger.quote +
         "\"): a larger earlier value contradicts the record.";
}

namespace {

// Three significant digits: enough to show a computed bound, not the float's noise.
double three_digits(double v) {
  if (!(std::fabs(v) > 0) || !std::isfinite(v)) return v;
  const double unit = std::pow(10.0, std::floor(std::log10(std::fabs(v))) - 2);
  return std::round(v / unit) * unit;
}

}  // namespace

std::string derived_words(const Claim& level, const Claim& change, const Claim& prior, double lo,
                          double hi) {
  lo = three_digits(lo);
  hi = three_digits(hi);
  return level.source + " gives " + value_words(level) + " for " +
         period_words(level.period.iso()) + " after a change of " + value_words(change) +
         ": the year before was then " + value_words(level) + " / (1 + " +
         number_text(change.value) + "%) = " + readable(lo) + " to " + readable(hi) +
         " (allowing for rounding), but " + prior.source + " gives " + value_words(prior) +
         " for " + period_words(prior.period.iso()) + " (\"" + prior.quote +
         "\"). A derived figure, so low: check the rate, the level and the base.";
}

std::string share_of_whole_words(const Claim& whole, const Claim& share, const Claim& stated,
                                 double lo, double hi) {
  lo = three_digits(lo);
  hi = three_digits(hi);
  return share.source + " gives a share of " + value_words(share) + " of " + value_words(whole) +
         " for " + period_words(whole.period.iso()) + ": the part was then " + readable(lo) +
         " to " + readable(hi) + " (allowing for rounding), but " + stated.source + " gives " +
         value_words(stated) + " for " + subject_words(stated.subject.text()) + " " +
         readable_attribute(stated.attribute) + " (\"" + stated.quote +
         "\"). A derived figure, so low: check the share, the whole and the part.";
}

std::string undated_figure_words(const Claim& undated, const std::vector<const Claim*>& dated) {
  std::string others;
  for (const Claim* d : dated) {
    others += (others.empty() ? "" : "; ") + value_words(*d) + " (" + d->source + ", " +
              period_words(d->period.iso()) + ")";
  }
  return undated.source + " gives " + value_words(undated) + " for " +
         subject_words(undated.subject.text()) + " " + readable_attribute(undated.attribute) +
         " with no period (\"" + undated.quote +
         "\"); other sources give, for periods up to its date: " + others +
         ". Not compared: it may be cumulative or cover another span. Check what it counts.";
}

std::string double_date_words(const Claim& early, const Claim& late) {
  return "In " + early.source + " one sentence ties a single event to two dates, " +
         period_words(early.period.iso()) + " (\"" + early.quote + "\") and " +
         period_words(late.period.iso()) + " (\"" + late.quote +
         "\"): it may be merging two events. Check which date belongs to "
         "what.";
}

std::string holder_outside_tenure_words(const Claim& tenure, const Claim& holder,
                                        const std::string& name, TenureSide side) {
  // A former holder's end has no begin: they had left by the end's date.
  const Period& p = tenure.period;
  const std::string left_by = p.begin_year == 0
                                  ? " by " + period_words(Period{p.end_year, p.end_month, p.end_day,
                                                                 p.end_year, p.end_month, p.end_day}
                                                              .iso())
                                  : " in " + period_words(p.iso());
  const bool after = side == TenureSide::kAfterEnd;
  const size_t comma = holder.text.find(", ");
  const std::string office =
      comma == std::string::npos ? holder.object.str() : holder.text.substr(comma + 2);
  return tenure.source + " says " + name +
         (after ? " left the office of " : " took up the office of ") + office + left_by + " (\"" +
         tenure.quote + "\"), but " + holder.source + " names " + name + " as its holder in " +
         period_words(holder.period.iso()) + " (\"" + holder.quote + "\"), " +
         (after ? "after" : "before") + " that. Check the dates, or whether " + name +
         " held the office again.";
}

std::string rival_inside_tenure_words(const Claim& start, const Claim& end, const Claim& rival,
                                      const std::string& name, const std::string& other) {
  const std::string office = end.object.substr(end.object.find(", ") + 2);
  return end.source + " says " + name + " held the office of " + office + " from " +
         period_words(start.period.iso()) + " to " + period_words(end.period.iso()) + " (\"" +
         end.quote + "\"), but " + rival.source + " names " + other + " as its holder in " +
         period_words(rival.period.iso()) + " (\"" + rival.quote +
         "\"), inside that tenure. Check who held the office then.";
}

std::string tenure_dates_words(const Claim& a, const Claim& b, const std::string& name) {
  const bool start = a.attribute.ends_with("start");
  const std::string office = a.object.substr(a.object.find(", ") + 2);
  return a.source + " and " + b.source + " date the " + (start ? "start" : "end") + " of " + name +
         "'s tenure as " + office + " differently: " + period_words(a.period.iso()) + " (\"" +
         a.quote + "\") and " + period_words(b.period.iso()) + " (\"" + b.quote +
         "\"). Check which date is right.";
}

std::string missed_target_words(const Claim& t, const Claim& actual) {
  return t.source + " sets a target of " + value_words(t) + " for the " +
         readable_attribute(t.attribute) + " of " + subject_words(t.subject.text()) + " in " +
         period_words(t.period.iso()) + "; " + actual.source + " reports " + value_words(actual) +
         " for that period. Not a contradiction: the target was missed.";
}

std::string arithmetic_words(const Claim& total, const std::string& cue, double low, double high,
                             const std::string& sum, bool over) {
  const std::string parts_sum =
      low == high ? readable(low) : readable(low) + " to " + readable(high);
  return total.source + " gives " + value_words(total) + " (\"" + total.quote +
         "\") and then, after \"" + cue + "\", parts that add up to " + parts_sum + " (" + sum +
         "): " + (over ? "more than the total." : "less than the total they list.");
}

std::string sum_words(const Claim& total, double low, double high, const std::string& sum) {
  const std::string parts_sum =
      low == high ? readable(low) : readable(low) + " to " + readable(high);
  return total.source + " gives " + value_words(total) + " (\"" + total.quote + "\") for the " +
         readable_attribute(total.attribute) + " of " + subject_words(total.subject.text()) + " (" +
         period_words(total.period.iso()) + "), but the parts it is the sum of add up to " +
         parts_sum + " (" + sum + "): more than the total.";
}

std::string part_above_total_words(const Claim& total, const Claim& part) {
  return total.source + " gives " + value_words(total) + " (\"" + total.quote + "\") for the " +
         readable_attribute(total.attribute) + " of " + subject_words(total.subject.text()) + " (" +
         period_words(total.period.iso()) + "), but " + part.source + " gives " +
         value_words(part) + " (\"" + part.quote + "\") for the " +
         readable_attribute(part.attribute) + ", a part of it: more than the total.";
}

std::string parts_above_total_words(const Claim& total, const std::vector<const Claim*>& largest,
                                    size_t count) {
  std::string listed;
  for (const Claim* p : largest) {
    listed += (listed.empty() ? "" : "; ") + p->source + " gives " + value_words(*p) + " (\"" +
              p->quote + "\") for the " + readable_attribute(p->attribute);
  }
  const size_t more = count - largest.size();
  return total.source + " gives " + value_words(total) + " (\"" + total.quote + "\") for the " +
         readable_attribute(total.attribute) + " of " + subject_words(total.subject.text()) + " (" +
         period_words(total.period.iso()) + "), but " + std::to_string(count) +
         " of its parts are each more than the total: " + listed +
         (more ? "; and " + std::to_string(more) + " more" : "") + ".";
}

std::string plausibility_words(const Claim& c, size_t others, double lo, double hi, double factor) {
  return c.source + " gives " + value_words(c) + " for the " + readable_attribute(c.attribute) +
         " of " + subject_words(c.subject.text()) + " (" + period_words(c.period.iso()) +
         "), while " + std::to_string(others) +
         " other figures on the same measure and period lie between " + readable(lo) + " and " +
         readable(hi) + ": at least " + number_text(factor) + " times apart. A unit or scale slip?";
}

std::string name_variant_words(const std::string& name, const std::vector<NameForm>& forms) {
  std::string list_text;
  for (const NameForm& f : forms) {
    list_text +=
        (list_text.empty() ? "" : "; ") +
        ("\"" + f.shown + "\" x" + std::to_string(f.count) + " (" + joined(f.sources) + ")");
  }
  return name + " is written " + std::to_string(forms.size()) + " ways: " + list_text +
         ". One entity; a publication should use one spelling.";
}

std::string framing_variant_words(const std::string& name, const std::vector<NameForm>& forms) {
  std::string list_text;
  for (const NameForm& f : forms) {
    list_text +=
        (list_text.empty() ? "" : "; ") +
        ("\"" + f.shown + "\" x" + std::to_string(f.count) + " (" + joined(f.sources) + ")");
  }
  return name + " is designated " + std::to_string(forms.size()) + " ways: " + list_text +
         ". One event in different framings, not variants of one name: a publication should say "
         "whose designation it uses.";
}

std::string similar_bodies_words(
    const std::vector<std::pair<std::string, std::set<std::string>>>& names,
    const std::vector<std::string>& heads) {
  std::string listed, head_text;
  for (const auto& [surface, sources] : names) {
    listed += (listed.empty() ? "\"" : " and \"") + surface + "\" (" + joined(sources) + ")";
  }
  for (const std::string& h : heads) head_text += (head_text.empty() ? "" : " / ") + h;
  return listed + " differ only in the kind of body (" + head_text +
         "): one body named wrongly, or different bodies? Check which is meant.";
}

std::string no_basis_words() {
  return "Nothing to check it against: the claim has no known subject or period.";
}

std::string nothing_on_words(const Claim& claim) {
  Discrepancy about;
  about.subject = claim.subject.text();
  about.attribute = claim.attribute;
  return "Nothing in the corpus on " + about.measure_words() +
         (claim.period.empty() ? "" : " for " + period_words(claim.period.iso())) +
         ". Unsupported is not contradicted: look for a source.";
}

std::string contradicted_words(const Discrepancy& d, bool corpus_with_draft) {
  return (corpus_with_draft ? "The corpus itself disagrees here. " : "") + d.explanation;
}

std::string disputed_words(const Discrepancy& d) {
  return "The corpus itself disagrees on this. " + d.explanation;
}

std::string agrees_words(const std::vector<std::pair<std::string, const Claim*>>& quotes,
                         const std::vector<std::string>& sources) {
  std::string out = "Agrees with ";
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Claim* c = quotes[i].second;
    const std::string where =
        c ? c->source + (c->period.empty() ? "" : ", " + period_words(c->period.iso()))
          : sources[i];
    out += (i ? "; " : "") + std::string("\"") + quotes[i].first + "\" (" + where + ")";
  }
  return out + ".";
}

}  // namespace claimtrace

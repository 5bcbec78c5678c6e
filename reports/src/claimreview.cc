// schema.org ClaimReview JSON-LD (claimreview.jsonld) for the contradicted claims of a draft,
// with the fields Google's fact-check markup asks for.
#include <map>
#include <string>
#include <vector>

#include "claimtrace/report_exports.h"
#include "json_parts.h"

namespace claimtrace {

namespace {

// The review's own page: one anchor per claim when the page is given without one.
std::string review_url(const ClaimReviewOptions& options, const Claim& c) {
  const std::string& page =
      options.review_url.empty() ? options.organisation_url : options.review_url;
  if (page.empty()) return "";
  return page.find('#') == std::string::npos ? page + "#claim-" + c.id : page;
}

}  // namespace

std::string claim_review_jsonld(const std::string& draft_path, const Document& draft,
                                const DraftCheck& check, const std::vector<Document>& corpus,
                                const ClaimReviewOptions& options) {
  const Source& s = draft.source;
  const bool dated = s.published.precision != DatePrecision::kUnknown;
  std::map<std::string, const Source*> sources;
  for (const Document& d : corpus) sources[d.source.id] = &d.source;
  std::vector<std::string> reviews;
  for (const DraftFinding& f : check.findings) {
    if (f.verdict != Verdict::kContradicted) continue;
    JsonObject appearance;
    appearance.add("@type", "\"CreativeWork\"")
        .add("url", json_string(options.draft_url.empty() ? document_iri("", draft_path)
                                                          : options.draft_url));
    if (s.title.known()) appearance.add("headline", json_string(s.title.value));
    if (dated) appearance.add("datePublished", json_string(s.published.iso()));
    JsonObject item;
    item.add("@type", "\"Claim\"").add("appearance", json_array({appearance.str()}));
    if (dated) item.add("datePublished", json_string(s.published.iso()));
    if (s.author.known()) {
      item.add(
          "author",
          JsonObject().add("@type", "\"Person\"").add("name", json_string(s.author.value)).str());
    } else if (s.publisher.known()) {
      item.add("author", JsonObject()
                             .add("@type", "\"Organization\"")
                             .add("name", json_string(s.publisher.value))
                             .str());
    }
    std::string rating = JsonObject()
                             .add("@type", "\"Rating\"")
                             .add("ratingValue", "1")
                             .add("bestRating", "5")
                             .add("worstRating", "1")
                             .add("alternateName", "\"Contradicted by corpus\"")
                             .add("ratingExplanation", json_string(f.explanation))
                             .str();
    std::vector<std::string> citations;
    for (const Evidence& e : f.evidence) {
      if (e.role != EvidenceRole::kConflicts) continue;
      auto found = sources.find(e.source);
      const Source* cited = found == sources.end() ? nullptr : found->second;
      JsonObject citation;
      citation.add("@type", "\"CreativeWork\"")
          .add("url", json_string(document_iri(cited ? cited->url : "", e.path)));
      if (cited && !cited->archived_url.empty()) {
        citation.add("archivedAt", json_string(cited->archived_url));
      }
      citations.push_back(
          citation.add("identifier", json_string(e.claim)).add("text", json_string(e.quote)).str());
    }
    const Claim& c = f.claim;
    JsonObject review;
    review.add("@context", "\"https://schema.org\"")
        .add("@type", "\"ClaimReview\"")
        .add("identifier", json_string(c.id));
    if (const std::string url = review_url(options, c); !url.empty()) {
      review.add("url", json_string(url));
    }
    if (!options.organisation_name.empty()) {
      JsonObject author;
      author.add("@type", "\"Organization\"").add("name", json_string(options.organisation_name));
      if (!options.organisation_url.empty()) {
        author.add("url", json_string(options.organisation_url));
      }
      review.add("author", author.str());
    }
    if (dated) review.add("datePublished", json_string(s.published.iso()));
    review
        .add("claimReviewed",
             json_string(c.sentence.empty_text() ? c.quote.str() : c.sentence.text()))
        .add("itemReviewed", item.str())
        .add("reviewRating", rating)
        .add("reviewBody", json_string(f.explanation))
        .add("citation", json_array(citations));
    reviews.push_back(review.str());
  }
  return json_array(reviews, "  ") + "\n";
}

}  // namespace claimtrace

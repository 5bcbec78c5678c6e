// reviews.xml: <claimtrace-reviews version="1"><review discrepancy kind subject attribute
// content decision date reviewer>note</review>...</claimtrace-reviews>.
#include "claimtrace/reviews.h"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "claimtrace/source.h"
#include "sha256.h"

namespace claimtrace {
namespace {

Status parse_failure(const std::string& path, const std::string& xml, const pugi::xml_node& n,
                     const std::string& message) {
  ptrdiff_t at = n.offset_debug();
  if (at > 0 && xml[static_cast<size_t>(at) - 1] == '<') --at;
  return Status::error(StatusCode::kParseError, message, Location::in(path, xml, at));
}

std::string topic(const std::string& kind, const std::string& subject,
                  const std::string& attribute) {
  return kind + "|" + subject + "|" + attribute;
}

// Parses xml into doc; malformed XML is an error at its line and column.
Status load(pugi::xml_document& doc, const std::string& path, const std::string& xml,
            const char* what) {
  pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (parsed) return Status::ok();
  return Status::error(StatusCode::kParseError,
                       std::string("malformed ") + what + ": " + parsed.description(),
                       Location::in(path, xml, parsed.offset));
}

std::string hex(std::string_view bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  const std::array<uint8_t, 32> digest = sha256(bytes);
  return hex(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

}  // namespace

ContentHashes::ContentHashes(const Env& env, std::map<std::string, std::string> paths)
    : env_(env), paths_(std::move(paths)) {}

ContentHashes::ContentHashes(const Env& env, const std::vector<Document>& documents) : env_(env) {
  for (const Document& d : documents) {
    if (d.status == InputStatus::kOk) paths_[d.source.id] = d.source.path;
  }
}

const std::string& ContentHashes::of(const std::string& source) const {
  static const std::string kUnknown;
  auto known = hashes_.find(source);
  if (known != hashes_.end()) return known->second;
  auto path = paths_.find(source);
  std::string& hash = hashes_[source];
  if (path == paths_.end()) return hash;
  Result<std::string> bytes = env_.read_file(path->second, 1ull << 34);
  if (bytes.is_ok()) hash = sha256_hex(bytes.value());
  return hash;
}

std::string content_key(const Discrepancy& finding, const ContentHashes& hashes) {
  std::string basis = to_string(finding.kind);
  for (const Evidence& e : finding.evidence) {
    const std::string& hash = hashes.of(e.source);
    if (hash.empty()) return "";
    basis += "\n" + hash + ":" + std::to_string(e.span.begin) + "-" + std::to_string(e.span.end);
  }
  return "sha256:" + sha256_hex(basis).substr(0, 32);
}

Result<ReviewBook> parse_reviews(const std::string& path, const std::string& xml) {
  pugi::xml_document doc;
  if (Status loaded = load(doc, path, xml, "reviews file"); !loaded.is_ok()) return loaded;
  pugi::xml_node root = doc.document_element();
  if (std::string(root.name()) != "claimtrace-reviews") {
    return parse_failure(
        path, xml, root,
        "reviews root must be <claimtrace-reviews>, not <" + std::string(root.name()) + ">");
  }
  ReviewBook book;
  std::set<std::string> seen;
  for (pugi::xml_node n : root.children()) {
    if (n.type() != pugi::node_element) continue;
    if (std::string(n.name()) != "review") {
      return parse_failure(path, xml, n, "unknown element <" + std::string(n.name()) + ">");
    }
    ReviewRecord r;
    r.discrepancy = n.attribute("discrepancy").value();
    if (r.discrepancy.empty()) {
      return parse_failure(path, xml, n, "<review> needs discrepancy=\"ID\"");
    }
    if (!seen.insert(r.discrepancy).second) {
      return parse_failure(path, xml, n, "a second review of " + r.discrepancy);
    }
    std::optional<ReviewDecision> d = parse_review_decision(n.attribute("decision").value());
    if (!d || *d == ReviewDecision::kOpen) {
      return parse_failure(path, xml, n,
                           "decision must be confirmed, false-positive or resolved, not \"" +
                               std::string(n.attribute("decision").value()) + "\"");
    }
    r.kind = n.attribute("kind").value();
    r.subject = n.attribute("subject").value();
    r.attribute = n.attribute("attribute").value();
    r.content = n.attribute("content").value();
    r.review.reviewer = n.attribute("reviewer").value();
    r.review.decision = *d;
    r.review.date = n.attribute("date").value();
    // A decision is dated so a later reader knows when it was taken; the writer always dates it.
    if (PartialDate::parse(r.review.date).precision != DatePrecision::kDay) {
      return parse_failure(path, xml, n,
                           r.review.date.empty() ? "<review> needs date=\"YYYY-MM-DD\""
                                                 : "date must be a day like 2026-11-22, not \"" +
                                                       r.review.date + "\"");
    }
    r.review.note = n.text().get();
    book.records.push_back(std::move(r));
  }
  std::sort(
      book.records.begin(), book.records.end(),
      [](const ReviewRecord& a, const ReviewRecord& b) { return a.discrepancy < b.discrepancy; });
  return book;
}

Result<ReviewBook> read_reviews(const Env& env, const std::string& path, bool missing_is_empty) {
  if (missing_is_empty && !env.stat(path).is_ok()) return ReviewBook{};
  Result<std::string> text = env.read_file(path, 64u << 20);
  if (!text.is_ok()) return text.status();
  return parse_reviews(path, text.value());
}

std::string reviews_xml(const ReviewBook& book) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  doc.append_child(pugi::node_comment)
      .set_value(
          " Review decisions for claimtrace verify --reviews. decision: confirmed, "
          "false-positive or resolved; the text is the reviewer's note. ");
  pugi::xml_node root = doc.append_child("claimtrace-reviews");
  root.append_attribute("version") = "1";
  for (const ReviewRecord& r : book.records) {
    pugi::xml_node n = root.append_child("review");
    n.append_attribute("discrepancy") = r.discrepancy.c_str();
    n.append_attribute("kind") = r.kind.c_str();
    n.append_attribute("subject") = r.subject.c_str();
    n.append_attribute("attribute") = r.attribute.c_str();
    if (!r.content.empty()) n.append_attribute("content") = r.content.c_str();
    n.append_attribute("decision") = to_string(r.review.decision);
    if (!r.review.date.empty()) n.append_attribute("date") = r.review.date.c_str();
    if (!r.review.reviewer.empty()) n.append_attribute("reviewer") = r.review.reviewer.c_str();
    if (!r.review.note.empty()) n.text().set(r.review.note.c_str());  // checked by the caller
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

void record_review(ReviewBook& book, const Discrepancy& finding, const Review& review,
                   const std::string& content) {
  ReviewRecord r{finding.id, to_string(finding.kind), finding.subject, finding.attribute, content,
                 review};
  r.review.reopened = false;
  auto at = std::lower_bound(
      book.records.begin(), book.records.end(), r.discrepancy,
      [](const ReviewRecord& x, const std::string& id) { return x.discrepancy < id; });
  if (at != book.records.end() && at->discrepancy == r.discrepancy) {
    *at = std::move(r);
  } else {
    book.records.insert(at, std::move(r));
  }
}

void forget_review(ReviewBook& book, const std::string& discrepancy) {
  std::erase_if(book.records, [&](const ReviewRecord& r) { return r.discrepancy == discrepancy; });
}

int apply_reviews(const ReviewBook& book, std::vector<Discrepancy>& findings,
                  const ContentHashes* hashes) {
  std::map<std::string, const ReviewRecord*> by_id;
  for (const ReviewRecord& r : book.records) by_id[r.discrepancy] = &r;
  int applied = 0;
  std::set<std::string> present;
  for (Discrepancy& d : findings) present.insert(d.id);
  // Decisions whose finding is gone by id, by what their evidence said.
  std::map<std::string, const ReviewRecord*> by_content;
  for (const ReviewRecord& r : book.records) {
    if (!present.count(r.discrepancy) && !r.content.empty()) by_content.emplace(r.content, &r);
  }
  std::set<const ReviewRecord*> used;
  for (Discrepancy& d : findings) {
    auto found = by_id.find(d.id);
    const ReviewRecord* r = found == by_id.end() ? nullptr : found->second;
    if (!r && hashes && !by_content.empty()) {
      auto same = by_content.find(content_key(d, *hashes));
      if (same != by_content.end()) r = same->second;
    }
    if (!r) continue;
    used.insert(r);
    d.review = r->review;
    d.review.reopened = false;
    ++applied;
  }
  // A reviewed finding that is gone, and an unreviewed one on the same topic: the same finding
  // with different evidence. Its old decision is shown, not applied.
  std::map<std::string, const ReviewRecord*> gone;
  for (const ReviewRecord& r : book.records) {
    if (!present.count(r.discrepancy) && !used.count(&r)) {
      gone.emplace(topic(r.kind, r.subject, r.attribute), &r);
    }
  }
  for (Discrepancy& d : findings) {
    if (d.review.decision != ReviewDecision::kOpen) continue;
    auto found = gone.find(topic(to_string(d.kind), d.subject, d.attribute));
    if (found == gone.end()) continue;
    d.review = found->second->review;
    d.review.reopened = true;
  }
  return applied;
}

Result<Discrepancy> finding_in_report(const std::string& path, const std::string& xml,
                                      const std::string& id) {
  pugi::xml_document doc;
  if (Status loaded = load(doc, path, xml, "report"); !loaded.is_ok()) return loaded;
  pugi::xml_node found = doc.child("claimtrace-report")
                             .child("discrepancies")
                             .find_child_by_attribute("discrepancy", "id", id.c_str());
  if (!found) {
    return Status::error(StatusCode::kNotFound, "no discrepancy with id " + id,
                         Location{.file = path});
  }
  Discrepancy d;
  d.id = id;
  std::optional<DiscrepancyKind> kind = parse_discrepancy_kind(found.attribute("kind").value());
  if (!kind) {
    return Status::error(
        StatusCode::kParseError,
        "discrepancy " + id + " has an unknown kind \"" + found.attribute("kind").value() + "\"",
        Location{.file = path});
  }
  d.kind = *kind;
  d.subject = found.attribute("subject").value();
  d.attribute = found.attribute("attribute").value();
  d.explanation = found.child("explanation").text().get();
  for (pugi::xml_node e : found.children("evidence")) {
    Evidence ev;
    ev.claim = e.attribute("claim").value();
    ev.source = e.attribute("source").value();
    ev.path = e.attribute("path").value();
    ev.span = {e.attribute("start").as_ullong(), e.attribute("end").as_ullong()};
    d.evidence.push_back(std::move(ev));
  }
  return d;
}

std::map<std::string, std::string> sources_in_report(const std::string& xml) {
  std::map<std::string, std::string> out;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return out;
  for (pugi::xml_node s : doc.child("claimtrace-report").child("sources").children("source")) {
    out.emplace(s.attribute("id").value(), s.attribute("path").value());
  }
  return out;
}

}  // namespace claimtrace

// Extraction, the driver: profile the document, then for each sentence build its context, run
// the recognizers in order (extract/recognizers.cc) and bind their claims (extract/binding.cc).
#include "claimtrace/extract.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <span>
#include <thread>

#include "claim_ids.h"
#include "extract/binding.h"
#include "extract/dateline.h"
#include "extract/document_profile.h"
#include "extract/parsed_noun.h"
#include "extract/recognizer.h"
#include "extract/sentence_context.h"
#include "language.h"
#include "rule_data.h"
#include "stemmer.h"
#include "token.h"

namespace claimtrace {

namespace {

// The most tokens read as one sentence: recognizers look a few tokens around a figure, and no
// sentence a person writes comes near this.
constexpr size_t kReadingWindow = 400;

// The most tokens a thread keeps buffers for between documents (about 90 MB): a few megabytes
// of text, more than most documents hold.
constexpr size_t kKeptTokens = size_t{1} << 20;

// A dateline stands in the first sentences and bytes of a document, under a headline at most.
constexpr size_t kDatelineSentences = 3;
constexpr uint64_t kDatelineReach = 400;

// A document no manifest or metadata dates takes its dateline's day, if one of its first lines
// opens with one, and says so: its relative dates and present-tense figures are read against it.
void date_by_dateline(SentenceContext& context, const TokenizedDocument& tokens, Extraction& out) {
  const std::vector<TextRange>& sentences = context.doc.text.sentences();
  for (size_t k = 0; k < sentences.size() && k < kDatelineSentences; ++k) {
    if (sentences[k].begin >= kDatelineReach) break;
    const std::span<const Token> words = tokens.sentence(k);
    if (words.size() > kReadingWindow) break;
    context.start(sentences[k], words);
    const std::optional<PartialDate> day = dateline_date(context);
    if (!day) continue;
    context.date_context.document_date = *day;
    context.date_context.last_year = 0;
    const Token& at = context.tokens()[context.dates.front().first];
    const TextRange range{at.begin, at.end};
    const Position where = context.doc.text.position(range);
    out.diagnostics.push_back(Diagnostic{
        DiagnosticLevel::kInfo,
        Location{.file = context.doc.source.path,
                 .offset = static_cast<int64_t>(context.doc.text.original_span(range).begin),
                 .line = where.line,
                 .column = where.column},
        "no publication date was given: the dateline's " + day->iso() +
            " is taken as the document's date"});
    return;
  }
}

}  // namespace

Extraction extract(const Document& document, const RuleSet& rules) {
  Extraction out;
  if (document.status != InputStatus::kOk) return out;
  const auto began = std::chrono::steady_clock::now();  // the parser's share, for --stats
  // The rules of the document's language, and its words stemmed as those rules' words were.
  const std::string language = document_language(document);
  const RuleData& r = rules.profile(language);
  if (!language.empty() && language != r.language) {
    // Never a silent guess: words, months and decimal separators are read as another language's.
    Diagnostic d;
    d.where.file = document.source.path;
    d.message = "the rules have no profile for language \"" + language + "\": read with the \"" +
                r.language + "\" rules, so its figures may be misread or missed";
    out.diagnostics.push_back(std::move(d));
  }
  std::unique_ptr<Stemmer> stemmer = Stemmer::for_language(r.language);
  StemmingScope stemming(stemmer.get());
  DateContext dates;
  dates.document_date = document.source.published;
  // Tokenized once: the profile and the reading see the same tokens. The buffers are the
  // thread's, kept from document to document, so their pages are not faulted in afresh each time.
  thread_local TokenizedDocument tokens;
  tokenize(document.text.str(), document.text.sentences(), tokens);
  r.words.identify(tokens.all.tokens);
  const DocumentProfile p = profile(document, r, tokens);
  Discourse discourse;
  SentenceContext context(
      {document, r, p.subject, p.proper_words, p.lone_names, dates, out, &discourse, p.home});
  const std::vector<const Recognizer*>& order = recognizers();
  const std::vector<TextRange>& sentences = document.text.sentences();
  const std::vector<TextRange>& paragraphs = document.text.paragraphs();
  if (dates.document_date.precision == DatePrecision::kUnknown)
    date_by_dateline(context, tokens, out);
  size_t paragraph = 0;
  auto read = [&](TextRange range, std::span<const Token> words, bool window) {
    context.start(range, words);
    context.in_window = window;
    // A quiet sentence starts no claim, but under a table head it may be a column's header.
    if (!context.quiet || discourse.table.active()) {
      for (const Recognizer* recognizer : order) recognizer->recognize(context);
    }
    bind(context);
  };
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::span<const Token> words = tokens.sentence(k);
    // A new paragraph names its pair afresh.
    bool new_paragraph = false;
    while (paragraph < paragraphs.size() && paragraphs[paragraph].end <= sentences[k].begin) {
      ++paragraph;
      new_paragraph = true;
    }
    if (new_paragraph) discourse.start_paragraph();
    if (words.size() <= kReadingWindow) {
      read(sentences[k], words, false);
      continue;
    }
    // A run of text with no full stop (a table flattened, a hostile file) is read in windows,
    // each ended after a punctuation mark in its last quarter where there is one, so work per
    // token stays bounded whatever pairs of a sentence's claims and dates a recognizer weighs.
    for (size_t from = 0; from < words.size();) {
      size_t to = std::min(words.size(), from + kReadingWindow);
      for (size_t j = to; to < words.size() && j > from + kReadingWindow * 3 / 4; --j) {
        if (words[j - 1].kind == TokenKind::kPunct) {
          to = j;
          break;
        }
      }
      read(TextRange{words[from].begin, words[to - 1].end}, words.subspan(from, to - from), true);
      from = to;
    }
  }
  // Body names are found after a sentence's known names; keep mentions in document order. The
  // order is sorted by index, so each mention is moved once, not once per merge.
  auto before = [](const Mention& a, const Mention& b) { return a.text_begin < b.text_begin; };
  if (!std::is_sorted(out.mentions.begin(), out.mentions.end(), before)) {
    std::vector<size_t> by_place(out.mentions.size());
    for (size_t i = 0; i < by_place.size(); ++i) by_place[i] = i;
    std::stable_sort(by_place.begin(), by_place.end(),
                     [&](size_t a, size_t b) { return before(out.mentions[a], out.mentions[b]); });
    std::vector<Mention> sorted;
    sorted.reserve(by_place.size());
    for (size_t i : by_place) sorted.push_back(std::move(out.mentions[i]));
    out.mentions = std::move(sorted);
  }
  // A very long document's buffers are not kept for the rest of the run.
  if (tokens.all.tokens.capacity() > kKeptTokens) tokens = TokenizedDocument();
  note_extraction_time(
      std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count());
  return out;
}

std::vector<Extraction> extract_corpus(std::vector<Document>& documents, const RuleSet& rules,
                                       unsigned threads, const ExtractProgress& progress) {
  std::vector<Extraction> results(documents.size());
  std::vector<char> out_of_memory(documents.size(), 0);
  std::atomic<size_t> next{0};
  std::mutex reporting;
  size_t done = 0;
  uint64_t bytes = 0;
  std::vector<std::thread> pool;
  if (threads > 1) prepare_parser();
  for (unsigned t = 0; t < std::min<size_t>(std::max(1u, threads), documents.size()); ++t) {
    pool.emplace_back([&] {
      const KeptLocale kept;
      for (size_t i = next++; i < results.size(); i = next++) {
        try {
          results[i] = extract(documents[i], rules);
        } catch (const std::bad_alloc&) {
          results[i] = Extraction{};
          out_of_memory[i] = 1;
        }
        if (progress) {
          std::lock_guard<std::mutex> lock(reporting);
          bytes += documents[i].bytes;
          progress(++done, documents.size(), bytes);
        }
      }
    });
  }
  for (std::thread& t : pool) t.join();
  for (size_t i = 0; i < documents.size(); ++i) {
    if (!out_of_memory[i]) continue;
    documents[i].status = InputStatus::kSkipped;
    documents[i].reason =
        Status::error(StatusCode::kUnsupported, "out of memory while extracting claims",
                      Location{.file = documents[i].source.path});
  }
  make_claim_ids_unique(results);
  return results;
}

}  // namespace claimtrace

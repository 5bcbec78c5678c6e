// The counted noun by link-grammar: the fallback for counts the chunker finds no head for.
#include "extract/parsed_noun.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "claimtrace/parser_stats.h"

#ifdef CLAIMTRACE_PARSER
#include <link-grammar/link-includes.h>
#include <locale.h>

#include <clocale>
#include <mutex>
#endif

namespace claimtrace {

namespace {

// Totals for --stats (here and below); relaxed atomics, since no output depends on them.
std::atomic<uint64_t> g_extract_ns{0};

}  // namespace

std::string ParserStats::line() const {
  if (!built) return "parser: not built";
  if (!available) return "parser: no English dictionary (link-grammar-dictionaries-en)";
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "parser: %llu sentences, %llu counted nouns, %.2f s, %.1f%% of extraction time",
                static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(heads),
                parse_seconds, extract_seconds > 0 ? 100 * parse_seconds / extract_seconds : 0.0);
  return buf;
}

void note_extraction_time(double seconds) {
  g_extract_ns.fetch_add(static_cast<uint64_t>(seconds * 1e9), std::memory_order_relaxed);
}

// Debian's link-grammar-dictionaries-en.
std::string parser_dictionary() { return "/usr/share/link-grammar/en"; }

#ifndef CLAIMTRACE_PARSER

ParserStats parser_stats() {
  ParserStats out;
  out.extract_seconds = static_cast<double>(g_extract_ns.load()) / 1e9;
  return out;
}

std::optional<CountedNoun> parsed_counted_noun(const SentenceContext&, size_t, double) {
  return std::nullopt;
}

void prepare_parser() {}

KeptLocale::KeptLocale() {}

KeptLocale::~KeptLocale() {}

Status find_parser_dictionary(const Env&, const std::string&) { return Status(); }

#else

namespace {

std::atomic<uint64_t> g_sentences{0}, g_heads{0}, g_parse_ns{0};
std::atomic<bool> g_no_dictionary{false};  // loading the dictionary failed

// Link-grammar parses tens of sentences a second where the chunker reads thousands, so it reads
// only short sentences, a bounded number per document, and each sentence once.
constexpr size_t kMostWords = 40;         // words (not punctuation) in a sentence it reads
constexpr unsigned kMostSentences = 40;   // sentences it reads in one document
constexpr int kLinkages = 100;            // linkages it counts before sampling (seeded)
constexpr size_t kMostTokensToHead = 10;  // tokens from the number to its noun

void quiet(lg_errinfo*, void*) {}  // its notes (locale, unknown words) are not ours to print

// The copy of the process's locale that prepare_parser() takes for a run's threads, or null.
std::once_flag g_kept_once;
locale_t g_kept = static_cast<locale_t>(nullptr);

// The English dictionary, loaded once, by the first thread whose sentence needs it, and shared by
// every thread (link-grammar allows that; options and sentences are per thread). Loading sets the
// process's LC_CTYPE, which is put back; the other threads keep their copy (KeptLocale).
Dictionary english() {
  static std::once_flag once;
  static Dictionary dict = nullptr;
  std::call_once(once, [] {
    lg_error_set_handler(quiet, nullptr);
    // Loaded under the process's locale, which link-grammar sets and reads, as one thread would.
    const locale_t thread = uselocale(LC_GLOBAL_LOCALE);
    const char* now = std::setlocale(LC_ALL, nullptr);
    const std::string saved = now ? now : "C";
    // A path, not the language's name: link-grammar reads from there and nowhere else.
    dict = dictionary_create_lang(parser_dictionary().c_str());
    std::setlocale(LC_ALL, saved.c_str());
    uselocale(thread);
    if (!dict) g_no_dictionary = true;
  });
  return dict;
}

}  // namespace

void prepare_parser() {
  std::call_once(g_kept_once, [] { g_kept = duplocale(LC_GLOBAL_LOCALE); });
}

KeptLocale::KeptLocale() {
  if (g_kept) previous_ = uselocale(g_kept);
}

KeptLocale::~KeptLocale() {
  if (previous_) uselocale(static_cast<locale_t>(previous_));
}

Status find_parser_dictionary(const Env& env, const std::string& dictionary) {
  const std::string file = join_path(dictionary, "4.0.dict");
  Result<FileInfo> info = env.stat(file);
  if (info.is_ok() && info.value().kind == FileKind::kRegular) return Status();
  return Status::error(StatusCode::kNotFound,
                       "link-grammar's English dictionary is missing (Debian package "
                       "link-grammar-dictionaries-en): counted nouns are read without the parser",
                       Location{.file = file});
}

namespace {

// Whether the dictionary's word is a common noun ("agreements.n", "aircraft.p"), not a unit
// ("minute.u"), a time ("am.ti", "noon.n-u") or a word it has no entry for.
bool countable(std::string_view word) {
  const size_t dot = word.rfind('.');
  return dot != std::string_view::npos && (word.substr(dot) == ".n" || word.substr(dot) == ".p");
}

// One thread's options, its UTF-8 character locale and the last sentence it parsed.
struct Parser {
  Parse_Options options = nullptr;
  locale_t utf8 = nullptr;
  std::string text;                                 // the last sentence parsed
  std::vector<std::pair<size_t, size_t> > counted;  // its links, number byte -> noun byte
  Parser() {
    lg_error_set_handler(quiet, nullptr);
    options = parse_options_create();
    parse_options_set_verbosity(options, 0);
    parse_options_set_linkage_limit(options, kLinkages);
    parse_options_set_repeatable_rand(options, true);
    parse_options_set_max_parse_time(options, -1);  // never a clock: output must not vary
    parse_options_set_max_null_count(options, 0);
    parse_options_set_islands_ok(options, false);
    parse_options_set_spell_guess(options, 0);
    utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  }
  ~Parser() {
    parse_options_delete(options);
    if (utf8) freelocale(utf8);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // The links of a number as the determiner of a plural countable noun ("27 ... agreements":
  // Dmcn) in the best linkage, by the byte each word starts at in the sentence. A number before
  // a unit or a time of day ("25 years", "10 am": ND) counts nothing.
  const std::vector<std::pair<size_t, size_t> >& links(Dictionary dict, const std::string& s) {
    if (s == text) return counted;
    text = s;
    counted.clear();
    const auto began = std::chrono::steady_clock::now();
    locale_t before = utf8 ? uselocale(utf8) : static_cast<locale_t>(nullptr);
    Sentence sentence = sentence_create(text.c_str(), dict);
    if (sentence && sentence_parse(sentence, options) > 0) {
      Linkage linkage = linkage_create(0, sentence, options);
      for (size_t i = 0; linkage && i < linkage_get_num_links(linkage); ++i) {
        const size_t l = linkage_get_link_lword(linkage, i), r = linkage_get_link_rword(linkage, i);
        if (!std::string_view(linkage_get_link_label(linkage, i)).starts_with("Dmc") ||
            !countable(linkage_get_word(linkage, r))) {
          continue;
        }
        counted.emplace_back(linkage_get_word_byte_start(linkage, l),
                             linkage_get_word_byte_start(linkage, r));
      }
      if (linkage) linkage_delete(linkage);
    }
    if (sentence) sentence_delete(sentence);
    if (before) uselocale(before);
    g_sentences.fetch_add(1, std::memory_order_relaxed);
    g_parse_ns.fetch_add(static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                   std::chrono::steady_clock::now() - began)
                                                   .count()),
                         std::memory_order_relaxed);
    return counted;
  }
};

Parser& parser() {
  thread_local Parser p;
  return p;
}

// The token whose text starts at `byte` of the sentence as given to the parser, or SIZE_MAX.
size_t token_at(const std::vector<size_t>& starts, size_t byte) {
  for (size_t k = 0; k < starts.size(); ++k) {
    if (starts[k] == byte) return k;
  }
  return SIZE_MAX;
}

}  // namespace

ParserStats parser_stats() {
  ParserStats out;
  out.built = true;
  out.available = !g_no_dictionary.load();  // not loaded just to say so: only when a count asked
  out.sentences = g_sentences.load();
  out.heads = g_heads.load();
  out.parse_seconds = static_cast<double>(g_parse_ns.load()) / 1e9;
  out.extract_seconds = static_cast<double>(g_extract_ns.load()) / 1e9;
  return out;
}

std::optional<CountedNoun> parsed_counted_noun(const SentenceContext& s, size_t j, double value) {
  const std::vector<Token>& t = s.tokens();
  const RuleData& r = s.rules;
  // The dictionary is English; a word must follow the number for a noun phrase to start there.
  // As the chunker's: a count is whole and more than one, not hyphenated to the next word, and
  // rules without function words read no counted noun.
  if (r.language != "en" || r.function_words.empty() || value < 2 || !std::isfinite(value) ||
      std::trunc(value) != value || j == 0 || j >= t.size() || t[j].joiner ||
      t[j].kind != TokenKind::kWord || r.function_words.count(t[j].lower) || s.in_window) {
    return std::nullopt;
  }
  size_t words = 0;
  for (const Token& w : t) words += w.kind != TokenKind::kPunct;
  if (words > kMostWords) return std::nullopt;
  // The budget counts sentences, not parses, so a cached parse spends it alike on every thread.
  if (s.parsed_sentence != s.sentence.begin) {
    if (s.parsed_sentences >= kMostSentences) return std::nullopt;
    ++s.parsed_sentences;
    s.parsed_sentence = s.sentence.begin;
  }
  Dictionary dict = english();
  if (!dict) return std::nullopt;
  // The sentence as written, one token after another, so each word's byte names its token.
  std::string text;
  std::vector<size_t> starts;
  starts.reserve(t.size());
  for (const Token& w : t) {
    if (!text.empty() && w.space_before) text += ' ';
    starts.push_back(text.size());
    text += w.text;
  }
  const size_t number = j - 1;
  size_t head = SIZE_MAX;
  for (const auto& [from, to] : parser().links(dict, text)) {
    if (from != starts[number]) continue;
    const size_t k = token_at(starts, to);
    if (k >= j && k < j + kMostTokensToHead) head = k;
  }
  if (head == SIZE_MAX) return std::nullopt;
  const Token& h = t[head];
  if (h.kind != TokenKind::kWord || h.capitalized || r.function_words.count(h.lower) ||
      r.noun_coordinators.count(h.lower) || claimed_by_a_phrase(s, head)) {
    return std::nullopt;
  }
  // What stands between is the noun's modifiers: no claim's or date's token, no clause's end.
  CountedNoun out;
  for (size_t k = j; k < head; ++k) {
    const Token& w = t[k];
    if (s.used(k) || s.in_date[k] >= 0) return std::nullopt;
    if (w.joiner) {  // "Belarusian-Chinese" stays one word
      out.modifiers += '-';
      continue;
    }
    // A comma or a coordinator joins modifiers, as in the chunker; any other mark ends the phrase.
    if ((w.kind == TokenKind::kPunct && w.text == ",") || r.noun_coordinators.count(w.lower)) {
      continue;
    }
    if (w.kind == TokenKind::kPunct || claimed_by_a_phrase(s, k)) return std::nullopt;
    if (!out.modifiers.empty() && !t[k - 1].joiner) out.modifiers += ' ';
    out.modifiers += w.folded;
  }
  if (s.used(head) || s.in_date[head] >= 0) return std::nullopt;
  out.last = head + 1;
  out.head = std::string(h.lower);
  g_heads.fetch_add(1, std::memory_order_relaxed);
  return out;
}

#endif

}  // namespace claimtrace

// Loading currencies.xml: the currencies the rules name, then every ISO 4217 currency ICU knows
// (code, symbol, display and plural names) for the phrases the rules left free.
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "token.h"
#include "xml_rules.h"

namespace claimtrace {

namespace {

// Space-separated words of an attribute.
std::vector<std::string> words_of(std::string_view list) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find(' ', start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) out.emplace_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string to_utf8(const UChar* s, int32_t len) {
  std::string out;
  if (!s || len <= 0) return out;
  UErrorCode st = U_ZERO_ERROR;
  int32_t need = 0;
  u_strToUTF8(nullptr, 0, &need, s, len, &st);
  out.resize(static_cast<size_t>(need));
  st = U_ZERO_ERROR;
  u_strToUTF8(out.data(), need, nullptr, s, len, &st);
  if (U_FAILURE(st)) out.clear();
  return out;
}

bool is_code(const std::string& code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c));
         });
}

// A symbol made of ASCII letters only ("Fr", "Br") reads as a word; only symbols with a sign in
// them ("$", "CA$", "₹") are taken.
bool has_sign(const std::string& symbol) {
  return std::any_of(symbol.begin(), symbol.end(), [](char c) {
    return !std::isalpha(static_cast<unsigned char>(c)) && c != ' ' && c != '.';
  });
}

class CurrencyTable {
 public:
  explicit CurrencyTable(RuleData& d) : d_(d) {
    for (const auto& [key, row] : taken_phrases()) taken_.insert(key);
  }

  // Adds a phrase unless another currency has it already; false when it has no words.
  bool add(const std::string& phrase, CurrencyRule rule) {
    std::string key = currency_phrase_key(phrase);
    if (key.empty()) return false;
    if (!taken_.insert(key).second) return true;
    d_.currencies.push_back(std::move(rule));
    d_.currency_phrases.emplace_back(key, d_.currencies.size() - 1);
    return d_.phrases.add(phrase,
                          PhraseUse{kCurrency, static_cast<uint32_t>(d_.currencies.size() - 1)});
  }
  void block(const std::string& phrase) { taken_.insert(currency_phrase_key(phrase)); }

 private:
  const std::vector<std::pair<std::string, size_t>>& taken_phrases() const {
    return d_.currency_phrases;
  }
  RuleData& d_;
  std::set<std::string> taken_;
};

// Every name ICU gives a currency in `locale`: symbol, display name, plural forms.
void add_icu_currency(CurrencyTable& table, const char* code, const char* locale) {
  UChar ucode[4];
  u_charsToUChars(code, ucode, 3);
  ucode[3] = 0;
  const std::string iso(code);
  table.add(iso, CurrencyRule{iso, false, true});
  UBool choice = false;
  int32_t len = 0;
  UErrorCode st = U_ZERO_ERROR;
  const UChar* symbol = ucurr_getName(ucode, locale, UCURR_SYMBOL_NAME, &choice, &len, &st);
  std::string sym = U_SUCCESS(st) ? to_utf8(symbol, len) : "";
  if (!sym.empty() && sym != iso && has_sign(sym)) table.add(sym, CurrencyRule{iso, true, false});
  std::vector<std::string> names;
  st = U_ZERO_ERROR;
  const UChar* name = ucurr_getName(ucode, locale, UCURR_LONG_NAME, &choice, &len, &st);
  if (U_SUCCESS(st) && st != U_USING_DEFAULT_WARNING) names.push_back(to_utf8(name, len));
  for (const char* count : {"one", "other"}) {
    st = U_ZERO_ERROR;
    const UChar* plural = ucurr_getPluralName(ucode, locale, &choice, count, &len, &st);
    if (U_SUCCESS(st) && st != U_USING_DEFAULT_WARNING) names.push_back(to_utf8(plural, len));
  }
  for (const std::string& n : names) {
    // "Zambian kwacha (1968–2012)": a historical name qualified by its years is never written.
    if (n.empty() || n == iso || n.find('(') != std::string::npos) continue;
    table.add(n, CurrencyRule{iso, false, false});
  }
}

// The narrow symbol ("₡", "₾"), after every currency's own symbol, so a sign shared by many
// ("$", "¥") keeps the currency whose symbol it is.
void add_icu_narrow_symbol(CurrencyTable& table, const char* code, const char* locale) {
  UChar ucode[4];
  u_charsToUChars(code, ucode, 3);
  ucode[3] = 0;
  UBool choice = false;
  int32_t len = 0;
  UErrorCode st = U_ZERO_ERROR;
  const UChar* symbol = ucurr_getName(ucode, locale, UCURR_NARROW_SYMBOL_NAME, &choice, &len, &st);
  std::string sym = U_SUCCESS(st) ? to_utf8(symbol, len) : "";
  if (!sym.empty() && sym != code && has_sign(sym)) table.add(sym, CurrencyRule{code, true, false});
}

}  // namespace

// The phrase's tokens, lower-cased and joined: phrases that match alike have one key.
std::string currency_phrase_key(const std::string& phrase) {
  TokenizedSentence ts;
  tokenize(phrase, 0, phrase.size(), ts);
  std::string key;
  for (const Token& t : ts.tokens) {
    if (t.joiner) continue;
    if (!key.empty()) key += ' ';
    key += t.lower;
  }
  return key;
}

Status load_currencies(XmlRules& x) {
  Status s = x.load("currencies", {{"currency", {"code"}, {"symbol", "phrase", "scaled"}},
                                   {"minor-unit", {"name", "phrases"}, {}},
                                   {"ambiguous", {"phrase"}, {}},
                                   {"icu", {"locale"}, {"exclude"}}});
  if (!s.is_ok()) return s;
  RuleData& d = x.data();
  CurrencyTable table(d);
  s = x.each("ambiguous", [&](pugi::xml_node n) {
    table.block(n.attribute("phrase").value());
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("currency", [&](pugi::xml_node n) -> Status {
    std::string code = n.attribute("code").value();
    const bool symbol = !n.attribute("symbol").empty();
    if (symbol == !n.attribute("phrase").empty()) {
      return x.fail(n, "<currency> needs exactly one of symbol=\"...\" or phrase=\"...\"");
    }
    if (!is_code(code)) return x.fail(n, "code=\"" + code + "\" is not an ISO 4217 code");
    std::string scaled = n.attribute("scaled").value();
    if (!scaled.empty() && scaled != "true" && scaled != "false") {
      return x.fail(n, "scaled must be true or false");
    }
    const std::string phrase = n.attribute(symbol ? "symbol" : "phrase").value();
    CurrencyRule rule{code, symbol, false};
    rule.scaled_only = scaled == "true";
    if (!table.add(phrase, rule)) return x.fail(n, "the phrase has no words");
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  s = x.each("minor-unit", [&](pugi::xml_node n) -> Status {
    for (const std::string& p : words_of(n.attribute("phrases").value())) {
      if (!table.add(p, CurrencyRule{n.attribute("name").value(), false, false})) {
        return x.fail(n, "a phrase has no words");
      }
    }
    return Status::ok();
  });
  if (!s.is_ok()) return s;
  return x.each("icu", [&](pugi::xml_node n) -> Status {
    const std::vector<std::string> skip = words_of(n.attribute("exclude").value());
    const std::string locale = n.attribute("locale").value();
    // Current currencies first, so a name shared with a withdrawn one goes to the current one.
    std::vector<std::string> current;
    for (uint32_t kind : {uint32_t(UCURR_NON_DEPRECATED), uint32_t(UCURR_DEPRECATED)}) {
      UErrorCode st = U_ZERO_ERROR;
      UEnumeration* all = ucurr_openISOCurrencies(kind, &st);
      if (U_FAILURE(st)) return x.fail(n, "ICU lists no currencies");
      std::vector<std::string> codes;
      int32_t len = 0;
      while (const char* code = uenum_next(all, &len, &st)) codes.emplace_back(code, len);
      uenum_close(all);
      std::sort(codes.begin(), codes.end());  // same rules, same rows, whatever ICU's order
      for (const std::string& code : codes) {
        if (!is_code(code) || std::find(skip.begin(), skip.end(), code) != skip.end()) continue;
        add_icu_currency(table, code.c_str(), locale.c_str());
      }
      if (kind == uint32_t(UCURR_NON_DEPRECATED)) current = std::move(codes);
    }
    for (const std::string& code : current) {
      if (!is_code(code) || std::find(skip.begin(), skip.end(), code) != skip.end()) continue;
      add_icu_narrow_symbol(table, code.c_str(), locale.c_str());
    }
    return Status::ok();
  });
}

}  // namespace claimtrace

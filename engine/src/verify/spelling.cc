// Spellings of one name: transliterated, folded and compared by their consonants.
#include <unicode/unistr.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rule_data.h"
#include "verify/names.h"

namespace claimtrace {

namespace {

bool latin(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Case endings of a person's name in the singular, Russian and Belarusian, longest first:
// "Шавкатом Мирзиёевым", "Мирзиёева", "Мирзиёеву" are cases of "Шавкат Мирзиёев".
// Belarusian adds "Лукашэнкі", "Аляксандрам", "Качанавай", "Наталляй"; Russian "Натальи".
constexpr std::string_view kPersonEndings[] = {"ым", "ім", "им", "ом", "ем", "ам", "ой", "ей", "ай",
                                               "яй", "а",  "я",  "у",  "ю",  "е",  "і",  "ы",  "и"};

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The consonants in order, a doubled one once: "mirziyoyev" -> "mrzv".
std::string consonants(const std::string& w) {
  std::string out;
  for (char c : w) {
    if (!vowel(c) && (out.empty() || out.back() != c)) out += c;
  }
  return out;
}

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// A Russian or Belarusian patronymic, folded: "-vich", "-vna", "-ichna", "-auna" ("grigorevic",
// "rygorauna", "ilinicna").
bool patronymic(std::string_view w) {
  return w.size() >= 6 && (w.ends_with("vic") || w.ends_with("vna") || w.ends_with("icna") ||
                           w.ends_with("auna") || w.ends_with("euna"));
}

}  // namespace

std::vector<std::string> spelling_words(const std::string& name) {
  // fold_name gives ASCII lower case and reads "zh", "sh", "ch", "kh" as one letter.
  const std::string folded = fold_name(name);
  std::vector<std::string> out;
  std::string w;
  for (char c : folded + " ") {
    if (c == ' ' || c == '-' || c == '.') {  // "А.Г." is two initials
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else if (c == 'j') {
      // A first "j" is "zh" ("Japarov" / "Жапаров"); inside a word it is Cyrillic "й" ("y").
      w += w.empty() ? 'z' : 'y';
    } else if (c == 'x') {
      w += "ks";
    } else if (c == 'w') {
      w += 'v';
    } else if (c >= 'a' && c <= 'z') {
      w += c;
    }
    // An initial "ye" is Cyrillic "е", which ICU writes "e" ("Yevgeny" / "Евгений").
    if (w == "ye") w = "e";
  }
  // Initials after the surname ("Lukashenko A. G.") stand before it.
  if (out.size() >= 2 && out.front().size() > 1 &&
      std::all_of(out.begin() + 1, out.end(), [](const std::string& x) { return x.size() == 1; }))
    std::rotate(out.begin(), out.begin() + 1, out.end());
  // A patronymic last is the official order, surname first ("Лукашенко Александр
  // Григорьевич"): read as the given name, the patronymic, then the surname. A patronymic in
  // the middle is the usual order, whose surname may end alike ("Myasnikovich").
  if (out.size() == 3 && patronymic(out.back()) && !patronymic(out[1]))
    std::rotate(out.begin(), out.begin() + 1, out.end());
  for (std::string& word : out) {
    // "ts" is Cyrillic "ц" (ICU "c": "Tsogt" / "Цогт"); Belarusian "дз" is Russian "д"
    // ("Дзмітрый" / "Dmitry"), and "дж" often a Latin "j" or "c" ("Реджеп" / "Recep").
    std::string merged;
    for (size_t i = 0; i < word.size(); ++i) {
      if (i + 1 < word.size() && word[i] == 't' && word[i + 1] == 's') {
        merged += 'c';
        ++i;
      } else if (i + 1 < word.size() && word[i] == 'd' && word[i + 1] == 'z') {
        merged += 'd';
        ++i;
      } else {
        merged += word[i];
      }
    }
    // A final "d" is voiceless in Russian and Turkic speech and written "t" by some systems
    // ("Davut" / "Давуд"): one letter "t".
    if (merged.size() >= 4 && merged.back() == 'd') merged.back() = 't';
    // Cyrillic "ю", "я" first are "iu", "ia" in passports ("Iurii"); a final "-ий", "-ый" is
    // "-i", "-y", "-iy", "-ii" or "-yy" by system ("Yuri", "Yury", "Yuriy", "Iurii", "Юрий").
    if (merged.size() >= 4 && merged[0] == 'i' && (merged[1] == 'u' || merged[1] == 'a'))
      merged[0] = 'y';
    if (merged.size() >= 4 &&
        (merged.ends_with("iy") || merged.ends_with("ii") || merged.ends_with("yy")))
      merged.pop_back();
    if (merged.size() >= 4 && merged.back() == 'y' && !vowel(merged[merged.size() - 2]))
      merged.back() = 'i';
    word = merged;
    for (size_t i = 0; i < word.size(); ++i) {
      // "h" is Cyrillic "г" in Belarusian and Ukrainian Latin ("Halouchanka") and "х" after
      // the fold ("kh"): one letter "g" either way ("Mher" / "Мгер").
      if (word[i] == 'h') word[i] = 'g';
      // Belarusian "ў" (ICU "u") after a vowel is Russian "в" ("Галоўчанка" / "Golovchenko").
      const bool before_vowel = i + 1 < word.size() && vowel(word[i + 1]);
      if (word[i] == 'u' && i > 0 &&
          std::string_view("aeio").find(word[i - 1]) != std::string_view::npos && !before_vowel)
        word[i] = 'v';
    }
  }
  return out;
}

std::vector<std::string> glued_words(const std::string& name) {
  if (name.find('-') == std::string::npos) return {};
  std::string joined = name;
  std::erase(joined, '-');
  return spelling_words(joined);
}

// A name lower case, each Cyrillic word cut before a case ending (at least three letters kept);
// Latin names as written, lower case.
std::string person_lemma(const std::string& surface) {
  if (latin(surface)) return fold_surface(surface);
  std::string lower;
  icu::UnicodeString::fromUTF8(surface).toLower().toUTF8String(lower);
  std::string out, word;
  auto flush = [&](char sep) {
    for (std::string_view e : kPersonEndings) {
      if (word.size() >= e.size() + 6 && std::string_view(word).ends_with(e)) {
        word.resize(word.size() - e.size());
        break;
      }
    }
    out += word;
    if (sep) out += sep;
    word.clear();
  };
  for (char c : lower) {
    if (c == ' ' || c == '-') {
      flush(c);
    } else {
      word += c;
    }
  }
  flush(0);
  return out;
}

std::string holder_of(const std::string& office_text) {
  return office_text.substr(0, office_text.find(", "));
}

namespace {

// A word with each run of one letter written once: "oyuun" -> "oyun", "kassym" -> "kasym".
std::string squeezed(const std::string& w) {
  std::string out;
  for (char c : w) {
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

// A word without the glide "y" before a vowel at its start or after a vowel, as ICU writes
// Cyrillic "ю", "я", "ё" there ("Оюун" is "ouun", "Oyuun" in English), doubled letters once.
std::string plain(const std::string& w) {
  auto pure = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool glide =
        w[i] == 'y' && i + 1 < w.size() && pure(w[i + 1]) && (i == 0 || pure(w[i - 1]));
    if (!glide) out += w[i];
  }
  return squeezed(out);
}

}  // namespace

bool same_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  // Doubled letters and glides are transliteration habits ("Oyuun" / "Oyun" / "Оюун"), in a
  // word of four letters at least.
  if (std::min(a.size(), b.size()) >= 3 && std::max(a.size(), b.size()) >= 4 &&
      plain(a) == plain(b))
    return true;
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  // A feminine form ("Ivanov"/"Ivanova", "Mirziyoyev"/"Mirziyoyeva") names another person.
  if (l.size() == s.size() + 1 && l.back() == 'a' && l.compare(0, s.size(), s) == 0) return false;
  const size_t d = edit_distance(a, b);
  if (s.size() >= 5 && d <= 1) return true;
  // One letter apart once glides and doubled letters are set aside ("Ціханоўская", ICU
  // "cihanouskaa", and "Tikhanovskaya").
  const std::string pa = plain(a), pb = plain(b);
  if (std::min(pa.size(), pb.size()) >= 5 && edit_distance(pa, pb) <= 1) return true;
  // Same consonants, vowels transliterated differently; short words ("Xi"/"Xu", "Kim"/"Kam")
  // have too few letters to tell a spelling from another name.
  const std::string ca = consonants(a);
  return s.size() >= 4 && ca.size() >= 2 && ca == consonants(b) && a[0] == b[0] &&
         d <= std::max<size_t>(2, l.size() / 3);
}

namespace {

// A name word and its genitive as a patronymic before a given name ("Gombojav" /
// "Gombojavyn", "Ukhnaa" / "Ukhnaagiin"), or two spellings of one word.
bool same_stem(const std::string& a, const std::string& b) {
  if (same_word(a, b)) return true;
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  if (s.size() < 5 || l.compare(0, s.size(), s) != 0) return false;
  const std::string_view rest = std::string_view(l).substr(s.size());
  return rest == "yn" || rest == "in" || rest == "iin" || rest == "giin" || rest == "gin";
}

}  // namespace

bool initial_of(const std::string& a, const std::string& b) {
  // One letter, the full stop dropped by spelling_words: "A." for "Aleksandr", "А." too; a
  // Cyrillic "Ю." or "Я." is "u" or "a" after ICU, a glide "y" before it in English ("Yuri").
  const std::string& s = a.size() <= b.size() ? a : b;
  const std::string& l = a.size() <= b.size() ? b : a;
  if (s.size() != 1 || l.size() < 2) return false;
  return l[0] == s[0] || (l.size() >= 3 && l[0] == 'y' && l[1] == s[0] && vowel(s[0]));
}

namespace {

// same_person over names of na and nb words, word i of one spelling word j of the other as
// alike(i, j) says (same_word), or as stem(i, j) says (same_stem); a given name also as
// given(i, j) says (an initial of it).
template <typename Alike, typename Stem, typename Given>
bool same_person_by(size_t na, size_t nb, Alike alike, Stem stem, Given given) {
  const bool a_shorter = na <= nb;
  const size_t ns = a_shorter ? na : nb, nl = a_shorter ? nb : na;
  // Word i of the shorter name against word j of the longer.
  auto word = [&](size_t i, size_t j) { return a_shorter ? alike(i, j) : alike(j, i); };
  auto stems = [&](size_t i, size_t j) { return a_shorter ? stem(i, j) : stem(j, i); };
  // An initial stands for the word in its own place only: "V. A. Lukashenko" is no
  // "Alexander Lukashenko", whose patronymic may begin with "A".
  auto first = [&](size_t i, size_t j) {
    return word(i, j) || (i == j && (a_shorter ? given(i, j) : given(j, i)));
  };
  // Two names in either order, the patronymic first in one ("Gombojavyn Zandanshatar" /
  // "Zandanshatar Gombojav").
  if (ns == 2 && nl == 2 && stems(0, 1) && stems(1, 0) && !word(1, 1)) return true;
  if (ns == 0 || !word(ns - 1, nl - 1)) return false;
  size_t j = 0;
  for (size_t i = 0; i + 1 < ns; ++i) {
    while (j + 1 < nl && !first(i, j)) ++j;
    if (j + 1 >= nl) return false;
    ++j;
  }
  return true;
}

}  // namespace

namespace {

// same_person_by where words i and j match when `any` finds readings of them that same_word
// (then same_stem) accepts.
template <class Any>
bool same_person_by_readings(size_t na, size_t nb, const Any& any) {
  auto word = [](const std::string& x, const std::string& y) { return same_word(x, y); };
  auto stem = [](const std::string& x, const std::string& y) { return same_stem(x, y); };
  return same_person_by(
      na, nb, [&](size_t i, size_t j) { return any(word, i, j); },
      [&](size_t i, size_t j) { return any(stem, i, j); },
      [&](size_t i, size_t j) { return any(initial_of, i, j); });
}

}  // namespace

bool same_person(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return same_person_by(
      a.size(), b.size(), [&](size_t i, size_t j) { return same_word(a[i], b[j]); },
      [&](size_t i, size_t j) { return same_stem(a[i], b[j]); },
      [&](size_t i, size_t j) { return initial_of(a[i], b[j]); });
}

bool same_person_read(const NameReading& a, const std::vector<std::string>& b) {
  auto any = [&](auto same, size_t i, size_t j) {
    return std::any_of(a[i].begin(), a[i].end(),
                       [&](const std::string& r) { return same(r, b[j]); });
  };
  return same_person_by_readings(a.size(), b.size(), any);
}

bool same_person_in_any_case(const std::vector<std::string>& a,
                             const std::vector<std::string>& a_cut,
                             const std::vector<std::string>& b,
                             const std::vector<std::string>& b_cut) {
  // A lemma that lost or gained a word is no reading of the name word by word.
  const std::vector<std::string>& ac = a_cut.size() == a.size() ? a_cut : a;
  const std::vector<std::string>& bc = b_cut.size() == b.size() ? b_cut : b;
  auto any = [&](auto same, size_t i, size_t j) {
    return same(a[i], b[j]) || same(ac[i], b[j]) || same(a[i], bc[j]) || same(ac[i], bc[j]);
  };
  return same_person_by_readings(a.size(), b.size(), any);
}

std::vector<std::string> stem_keys(const std::string& w) {
  // One key per way same_stem can hold: one plain form, one letter apart (a word and its
  // one-letter deletions), the first letter and consonants, a patronymic's stem. Built by
  // appending: GCC 12 -O3 warns falsely on "p" + string (-Wrestrict, PR 105329).
  std::vector<std::string> keys;
  auto key = [&keys](char kind, std::string_view a, std::string_view b = {}) {
    std::string k(1, kind);
    k.append(a).append(b);
    keys.push_back(std::move(k));
  };
  key('p', plain(w));
  if (w.size() >= 4) key('c', std::string_view(w).substr(0, 1), consonants(w));
  // The one-letter-apart keys of the word and of its plain form, as same_word compares both.
  const std::string p = plain(w);
  if (p.size() >= 5 && p != w) {
    key('d', p);
    for (size_t i = 0; i < p.size(); ++i)
      key('d', std::string_view(p).substr(0, i), std::string_view(p).substr(i + 1));
  }
  if (w.size() >= 5) {
    const std::string_view v = w;
    key('d', v);
    for (size_t i = 0; i < v.size(); ++i) key('d', v.substr(0, i), v.substr(i + 1));
    key('s', v);
    for (std::string_view rest : {"yn", "in", "iin", "giin", "gin"}) {
      if (v.size() >= rest.size() + 5 && v.ends_with(rest))
        key('s', v.substr(0, v.size() - rest.size()));
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace claimtrace

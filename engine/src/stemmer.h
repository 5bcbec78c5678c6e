// Stemmer: a language's inflected words reduced to one stem (Snowball), so rules list a word
// once and match its cases ("Казахстаном", "Китая"); StemmingScope makes tokenize() use one.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "vocabulary.h"

struct sb_stemmer;

namespace claimtrace {

class Stemmer {
 public:
  // The stemmer of a language (BCP 47 primary tag, "ru", "be"); null when it has none.
  static std::unique_ptr<Stemmer> for_language(std::string_view language);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  // The stem of a lower-cased word; words in no Cyrillic letter come back unchanged. Never
  // longer than the word. Cached: a document repeats its words.
  std::string_view stem(std::string_view lower);

 private:
  Stemmer(sb_stemmer* snowball, bool belarusian);
  sb_stemmer* snowball_;
  bool belarusian_;
  WordMap<std::string> cache_;
};

// While one is alive on a thread, tokenize() on that thread stems words with `stemmer` (null:
// none). Scopes nest.
class StemmingScope {
 public:
  explicit StemmingScope(Stemmer* stemmer);
  ~StemmingScope();
  StemmingScope(const StemmingScope&) = delete;
  StemmingScope& operator=(const StemmingScope&) = delete;

 private:
  Stemmer* previous_;
};

// The stemmer tokenize() uses on this thread, or null.
Stemmer* active_stemmer();

// Names of states and places in Russian or Belarusian by the words of `phrase` lower-cased and
// cut before a case ending ("казахстаном", "казахстан" -> "казахстан"; "китая", "китай" ->
// "кит"), joined by spaces. Snowball cuts nominative and oblique forms of names differently.
// With one_letter, only one-letter endings are cut ("китая" -> "кита", as "китай"): a name is
// looked up by both keys, as "-ая" is an ending or a stem's "а" and an ending.
std::string name_key(std::string_view phrase, bool one_letter = false);

}  // namespace claimtrace

// Owners of a flow nobody knows: an unknown name or a common noun beside a flow's trade word
// ("KazMunayGas exports", "экспорт Газпрома", "the company's exports"), for extract/relations.cc.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/relation_places.h"

namespace claimtrace {

class RelationOwners : protected RelationPlaces {
 public:
  explicit RelationOwners(const SentenceContext& s);

 protected:
  // Whether the unknown name x owns the flow whose trade word stands right before or after it.
  bool owning_name(const Place& x) const;
  // The unknown name that ends at token k and owns the trade word there, if any.
  std::optional<Place> name_before(size_t k) const;
  // A lower-case noun with a possessive ending right before a flow's trade word, if any.
  std::optional<Place> common_owner(size_t i) const;
  // Whether a trade word states a flow ("exports", "экспорт").
  bool flow_word(const PhraseHit* trade) const;

  bool headline_ = false;  // a headline's words, all capitalized

 private:
  static bool inner_capital(std::string_view word);
};

}  // namespace claimtrace

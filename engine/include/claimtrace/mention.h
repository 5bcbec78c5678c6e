// Mention: a name of a state, person, body or thing as it appears in a document.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "claimtrace/interned_text.h"
#include "claimtrace/span.h"

namespace claimtrace {

// What a named entity is; rules/entities.xml gives each entity one of these.
enum class EntityType {
  kUnknown,
  kCountry,
  kPerson,
  kOrganization,
  kInitiative,
  kEvent,
  kPlace,
  kBody,   // a body named by its head word ("the Ministry of ..."), not from the rules' list
  kGroup,  // states that act together or are spoken of as one ("the EU", "Central Asia")
};
const char* to_string(EntityType type);  // "", country, person, organization, ..., group
std::optional<EntityType> parse_entity_type(const std::string& text);

// A name as it appears, and the entity it was resolved to.
struct Mention {
  InternedText entity;     // canonical id from rules/entities.xml, or "" when not in the list
  InternedText canonical;  // canonical spelling
  InternedText surface;    // as written
  EntityType type = EntityType::kUnknown;
  Span span;
  Position position;
  uint64_t text_begin = 0, text_end = 0;  // range in the normalized text

  bool operator==(const Mention&) const = default;
};

}  // namespace claimtrace

// Names of entity types as rules/entities.xml and every output spell them.
#include "claimtrace/mention.h"

namespace claimtrace {

const char* to_string(EntityType type) {
  switch (type) {
    case EntityType::kUnknown:
      return "";
    case EntityType::kCountry:
      return "country";
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kInitiative:
      return "initiative";
    case EntityType::kEvent:
      return "event";
    case EntityType::kPlace:
      return "place";
    case EntityType::kBody:
      return "body";
    case EntityType::kGroup:
      return "group";
  }
  return "?";
}

std::optional<EntityType> parse_entity_type(const std::string& text) {
  for (EntityType t : {EntityType::kCountry, EntityType::kPerson, EntityType::kOrganization,
                       EntityType::kInitiative, EntityType::kEvent, EntityType::kPlace,
                       EntityType::kBody, EntityType::kGroup}) {
    if (text == to_string(t)) return t;
  }
  return std::nullopt;
}

}  // namespace claimtrace

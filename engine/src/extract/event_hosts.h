// Hosted events: a mission told apart by where it stands ("the embassy in Minsk"), its object the
// kind and the host state.
#pragma once

#include <string>

#include "dates.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// What a hosted event dated at m is and where: the object and the attribute its word triggers.
struct HostedEvent {
  std::string object;     // "embassy AZ"; empty when none
  std::string attribute;  // the event the facet lists that the date is of ("event.opened")
};

// "The consulate in Freedonia opened in May 2001", "посольство открылось в столице Руритании",
// "адкрылі ў Руританіі гандлёвы дом": the hosted facet (rules: facet hosted="yes") nearest the
// date, with no other date nearer to it, and the state (or its capital) a destination link leads
// to beside it, when the event nearest the date is one the facet lists (events=: its opening).
// Nothing when no host is named, or for any other event (talks the mission held).
HostedEvent hosted_event(const SentenceContext& s, const DateMatch& m);

}  // namespace claimtrace

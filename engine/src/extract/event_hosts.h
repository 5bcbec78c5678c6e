// Hosted events: a kind of event told apart by where it happens ("a visit to China", "the
// embassy in Minsk"), its object the kind and the host state.
#pragma once

#include <string>

#include "dates.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// What a hosted event dated at m is and where: the object and the attribute its word triggers.
struct HostedEvent {
  std::string object;     // "visit AZ 2024", "embassy AZ"; empty when none
  std::string attribute;  // the event attribute the facet's own word triggers, or empty
};

// "Lukashenko's state visit to Baku in April 2024", "визит Рахмона в Минск состоялся в июне
// 2019 года", "прыехаў у Таджыкістан з афіцыйным візітам": the hosted facet (rules: facet
// hosted="yes") nearest the date, with no other date nearer to it, and the state (or its
// capital) a destination link leads to beside it. A facet that recurs between the same parties
// (a visit) is one event per host and year; one that does not (an embassy) one per host.
// Nothing when no host is named: the visitor alone does not tell one visit from another.
HostedEvent hosted_event(const SentenceContext& s, const DateMatch& m);

}  // namespace claimtrace

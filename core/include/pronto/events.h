// Copyright 2026 The Pronto Authors.
//
// Conversation events: what happened in a thread and when, never what was
// said. Every timer, metric and badge is computed from these.
//
//   std::vector<pronto::Event> events;
//   pronto::Status s = pronto::ParseEventsJson(R"({"schema":1,"events":[
//       {"channel":"facebook","thread":"t1","kind":"customer","at":1774771200000},
//       {"channel":"facebook","thread":"t1","kind":"brand","at":1774772100000,"agent":"giulia"}]})",
//       &events);
//   if (!s.ok()) std::cerr << s.message() << "\n";  // names the event and field
//
// JSON form of one event (schema 1):
//   {"channel":"facebook", "thread":"<hashed id>", "kind":"customer"|"brand",
//    "at":<UTC ms>, "agent":"<who replied>"?, "automated":true|false?,
//    "brand":"<page or account>"?, "priority":"low"|"normal"|"high"|"urgent"?}
// `at` may also be an ISO 8601 string with an offset. `priority` is the tone
// engine's reading of a customer message, used to order waiting threads.
#ifndef PRONTO_EVENTS_H_
#define PRONTO_EVENTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/status.h"

namespace pronto {

// Who wrote the message.
enum class EventKind : uint8_t {
  kCustomer,  // a customer wrote to the brand
  kBrand,     // the brand (an agent, or an automation) wrote
};

// How urgent a customer message reads; kUnknown when no tone reading exists.
enum class Priority : uint8_t { kUnknown, kLow, kNormal, kHigh, kUrgent };

// One message in a conversation thread.
struct Event {
  std::string channel;  // "facebook", "instagram", "x", …
  std::string thread;   // the thread's (hashed) id, unique within its channel
  EventKind kind = EventKind::kCustomer;
  int64_t at_ms = 0;                       // when the message was sent, UTC milliseconds
  std::string agent;                       // brand messages: who sent it; empty when unknown
  bool automated = false;                  // brand messages: auto-responder or away message
  std::string brand;                       // the page or account answering; empty when unknown
  Priority priority = Priority::kUnknown;  // customer messages: tone engine reading
};

// Returns "customer" or "brand".
const char* EventKindName(EventKind kind);

// Parses "customer" or "brand" (also "inbound"/"outbound", any case); false otherwise.
bool ParseEventKind(std::string_view text, EventKind* kind);

// Returns "unknown", "low", "normal", "high" or "urgent".
const char* PriorityName(Priority priority);

// Parses a priority name (any case; "" is kUnknown); false otherwise.
bool ParsePriority(std::string_view text, Priority* priority);

// Parses {"schema":1,"events":[…]} or a bare array of events into `*events`
// (replaced). On error `*events` is left empty and the message names the event
// index and field, e.g. "events[12].kind must be \"customer\" or \"brand\"".
Status ParseEventsJson(std::string_view json, std::vector<Event>* events);

// Serialises events as {"schema":1,"events":[…]}, omitting empty optional fields.
std::string EventsToJson(const std::vector<Event>& events);

}  // namespace pronto

#endif  // PRONTO_EVENTS_H_

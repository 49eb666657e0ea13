// Copyright 2026 The Pronto Authors.
//
// Small builders for events in the ledger, timers and metrics tests.
#ifndef PRONTO_TESTS_CORE_LEDGER_HELPERS_H_
#define PRONTO_TESTS_CORE_LEDGER_HELPERS_H_

#include <string>

#include "pronto/civil_time.h"
#include "pronto/events.h"

namespace pronto {
namespace testing_events {

// 2026-03-02T00:00:00Z, a Monday, the origin of the tests' times.
inline constexpr int64_t kT0 = 1772409600000;

inline int64_t Min(int64_t minutes) { return kT0 + minutes * kMsPerMinute; }

inline Event Customer(const std::string& thread, int64_t at, const std::string& channel = "facebook",
                      Priority priority = Priority::kUnknown) {
  Event e;
  e.channel = channel;
  e.thread = thread;
  e.kind = EventKind::kCustomer;
  e.at_ms = at;
  e.priority = priority;
  return e;
}

inline Event Brand(const std::string& thread, int64_t at, const std::string& agent = "",
                   const std::string& channel = "facebook", bool automated = false) {
  Event e;
  e.channel = channel;
  e.thread = thread;
  e.kind = EventKind::kBrand;
  e.at_ms = at;
  e.agent = agent;
  e.automated = automated;
  return e;
}

}  // namespace testing_events
}  // namespace pronto

#endif  // PRONTO_TESTS_CORE_LEDGER_HELPERS_H_

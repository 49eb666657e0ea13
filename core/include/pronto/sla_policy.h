// Copyright 2026 The Pronto Authors.
//
// The service-level policy a team works to: how fast a first and a next reply
// are due, when a timer turns to "warning", and when the team is open.
//
//   pronto::SlaPolicy policy;
//   pronto::Status s = pronto::ParsePolicyJson(R"({"schema":1,
//       "timeZone":"Europe/Rome",
//       "firstResponseMinutes":60, "nextResponseMinutes":120, "warningFraction":0.75,
//       "hours":{"mon":[["09:00","13:00"],["14:00","18:00"]], "tue":[["09:00","18:00"]],
//                "sat":[["10:00","12:30"]]},
//       "holidays":["2026-12-25","2026-12-26"],
//       "away":[{"from":"2026-08-10T00:00:00+02:00","until":"2026-08-17T00:00:00+02:00"}]})", &policy);
//
// Days missing from "hours" are closed; a policy without "hours" is open
// around the clock (holidays and away periods still close it). A shift whose
// end is not after its start runs past midnight ("22:00"–"02:00"). Holidays
// are whole local days in `timeZone`; away periods are absolute instants.
// Other top-level keys (such as "badge", read by ParseBadgeConfigJson) are
// left to their own readers.
#ifndef PRONTO_SLA_POLICY_H_
#define PRONTO_SLA_POLICY_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/civil_time.h"
#include "pronto/status.h"

namespace pronto {

// One opening of a day, in local minutes after midnight: [open, close). When
// close <= open the shift ends on the next day.
struct Shift {
  int open_minute = 0;
  int close_minute = 0;
};

// A stretch of time during which the team is away, [from_ms, until_ms) UTC.
struct AwayPeriod {
  int64_t from_ms = 0;
  int64_t until_ms = 0;
};

// A team's service-level policy.
struct SlaPolicy {
  // How much business time a first reply (the first human reply of a
  // conversation) and a next reply (any later one) may take.
  int64_t first_response_ms = 60 * kMsPerMinute;
  int64_t next_response_ms = 60 * kMsPerMinute;
  // A timer turns to "warning" once this fraction of its threshold has passed.
  double warning_fraction = 0.75;
  // The IANA zone that business hours and holidays are read in.
  std::string time_zone = "UTC";
  // True when no business hours are set: open all day, every day.
  bool always_open = true;
  // Opening shifts per weekday, indexed 0 = Sunday … 6 = Saturday.
  std::array<std::vector<Shift>, 7> hours;
  // Closed local days, as days since 1970-01-01, sorted.
  std::vector<int64_t> holidays;
  // Closed stretches, sorted by start.
  std::vector<AwayPeriod> away;
};

// Parses the policy JSON shown at the top of this file into `*policy`. Every
// field is optional; errors name the field ("hours.mon[1]") and what to write
// instead, and leave `*policy` untouched.
Status ParsePolicyJson(std::string_view json, SlaPolicy* policy);

// Serialises `policy` in the same JSON form, with "schema":1.
std::string PolicyToJson(const SlaPolicy& policy);

}  // namespace pronto

#endif  // PRONTO_SLA_POLICY_H_

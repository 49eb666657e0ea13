// Copyright 2026 The Pronto Authors.
//
// Transition tables written by hand for the tests, as the browser would
// supply them: 2026 for Europe/Rome and America/New_York.
#ifndef PRONTO_TESTS_CORE_ZONE_FIXTURES_H_
#define PRONTO_TESTS_CORE_ZONE_FIXTURES_H_

#include "pronto/zone_offsets.h"

namespace pronto {
namespace testing_zones {

// Rome: CET +1 h; CEST +2 h from 2026-03-29 01:00 UTC to 2026-10-25 01:00 UTC.
inline constexpr int64_t kRomeSpring = 1774746000000;  // 2026-03-29T01:00:00Z
inline constexpr int64_t kRomeAutumn = 1792890000000;  // 2026-10-25T01:00:00Z
// New York: EST −5 h; EDT −4 h from 2026-03-08 07:00 UTC to 2026-11-01 06:00 UTC.
inline constexpr int64_t kNewYorkSpring = 1772953200000;  // 2026-03-08T07:00:00Z
inline constexpr int64_t kNewYorkAutumn = 1793512800000;  // 2026-11-01T06:00:00Z

inline ZoneOffsets Rome() {
  ZoneOffsets z;
  (void)ZoneOffsets::FromTransitions("Europe/Rome", 3600, {{kRomeSpring, 7200}, {kRomeAutumn, 3600}}, &z);
  return z;
}

inline ZoneOffsets NewYork() {
  ZoneOffsets z;
  (void)ZoneOffsets::FromTransitions("America/New_York", -18000,
                                     {{kNewYorkSpring, -14400}, {kNewYorkAutumn, -18000}}, &z);
  return z;
}

}  // namespace testing_zones
}  // namespace pronto

#endif  // PRONTO_TESTS_CORE_ZONE_FIXTURES_H_

// Copyright 2026 The Pronto Authors.
//
// The time-zone boundary. The core has no time-zone database (the wasm build
// has none), so whoever calls it supplies the zone as a table of UTC-offset
// transitions covering the instants it cares about:
//   - natively, the CLI reads the system's TZif files (core/cli/zoneinfo.cc);
//   - in the browser, the JS facade probes Intl.DateTimeFormat(…, {timeZone,
//     timeZoneName: 'longOffset'}) and bisects to each change, exactly as
//     BuildZoneOffsetsByProbing() below does, then passes the JSON table.
//
//   // Europe/Rome in 2026: CET (+1 h), CEST (+2 h) from 29 March 01:00 UTC,
//   // CET again from 25 October 01:00 UTC.
//   pronto::ZoneOffsets rome;
//   pronto::Status s = pronto::ParseZoneOffsetsJson(R"({"schema":1,"zone":"Europe/Rome",
//       "initialOffsetSeconds":3600,"transitions":[
//       {"at":1774746000000,"offsetSeconds":7200},{"at":1792890000000,"offsetSeconds":3600}]})", &rome);
//   rome.OffsetSecondsAt(1774746000000);       // 7200
//   rome.LocalToUtc(/* 2026-03-29 09:00 local as if UTC */ …);  // 07:00 UTC
//
// The JSON form, versioned like every document the core speaks:
//   {"schema":1, "zone":"Europe/Rome", "initialOffsetSeconds":3600,
//    "transitions":[{"at":<UTC ms>, "offsetSeconds":<seconds east of UTC>}, …]}
// `initialOffsetSeconds` holds before the first transition; each transition's
// offset holds from `at` (inclusive) until the next one. After the last
// transition its offset holds forever, so a table should cover the data being
// timed plus the horizon of any deadline (the CLI covers the events' span with
// a year on either side).
#ifndef PRONTO_ZONE_OFFSETS_H_
#define PRONTO_ZONE_OFFSETS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/status.h"

namespace pronto {

// From `at_ms` (UTC, inclusive) the zone's offset is `offset_seconds` east of UTC.
struct OffsetTransition {
  int64_t at_ms = 0;
  int32_t offset_seconds = 0;
};

// A time zone as a table of UTC-offset transitions. Cheap to copy for small
// tables; lookups are binary searches.
class ZoneOffsets {
 public:
  // A zone named "UTC" with offset zero.
  ZoneOffsets() = default;

  // Returns a zone whose offset never changes, e.g. Fixed("UTC", 0).
  static ZoneOffsets Fixed(std::string name, int32_t offset_seconds);

  // Builds a zone from `transitions`, which must be strictly increasing in
  // at_ms with offsets within ±18 hours. Returns an error naming the first bad
  // transition; `*out` is left untouched then.
  static Status FromTransitions(std::string name, int32_t initial_offset_seconds,
                                std::vector<OffsetTransition> transitions, ZoneOffsets* out);

  // Returns the IANA name the table was built for, e.g. "Europe/Rome".
  const std::string& name() const { return name_; }
  // Returns the offset before the first transition.
  int32_t initial_offset_seconds() const { return initial_offset_seconds_; }
  // Returns the transitions, increasing in time.
  const std::vector<OffsetTransition>& transitions() const { return transitions_; }

  // Returns the offset, in seconds east of UTC, in force at `utc_ms`.
  int32_t OffsetSecondsAt(int64_t utc_ms) const;

  // Returns the local wall-clock time at `utc_ms`, as milliseconds since
  // 1970-01-01T00:00 local ("local ms"): utc_ms + offset.
  int64_t UtcToLocal(int64_t utc_ms) const { return utc_ms + OffsetSecondsAt(utc_ms) * int64_t{1000}; }

  // Returns the UTC instant of the local wall-clock time `local_ms`. A local
  // time skipped by a spring-forward gap is moved forward by the gap's length
  // (02:30 on the day Rome jumps from 02:00 to 03:00 becomes 03:30 CEST); a
  // local time that occurs twice in an autumn overlap resolves to the earlier
  // instant. This is JavaScript Temporal's "compatible" disambiguation.
  int64_t LocalToUtc(int64_t local_ms) const;

 private:
  std::string name_ = "UTC";
  int32_t initial_offset_seconds_ = 0;
  std::vector<OffsetTransition> transitions_;
};

// Parses the JSON table described at the top of this file. Errors name the
// field (e.g. "transitions[3].at") and say what to fix.
Status ParseZoneOffsetsJson(std::string_view json, ZoneOffsets* zone);

// Serialises `zone` as the JSON table described at the top of this file.
std::string ZoneOffsetsToJson(const ZoneOffsets& zone);

// Builds a table for [from_ms, until_ms) from a function that returns the
// offset in seconds at any UTC instant (an Intl.DateTimeFormat probe in the
// browser, localtime_r in a test). Probes every 6 hours and bisects each
// change to the second, so transitions closer than 6 hours apart may be
// missed (none exist in practice).
Status BuildZoneOffsetsByProbing(std::string name, int64_t from_ms, int64_t until_ms,
                                 const std::function<int32_t(int64_t utc_ms)>& offset_seconds_at,
                                 ZoneOffsets* zone);

}  // namespace pronto

#endif  // PRONTO_ZONE_OFFSETS_H_

// Copyright 2026 The Pronto Authors.
//
// The time-zone boundary: tables written here as the browser would supply
// them, DST gaps and overlaps for Europe/Rome and America/New_York.
#include "pronto/zone_offsets.h"

#include <gtest/gtest.h>

#include "pronto/civil_time.h"
#include "zone_fixtures.h"

namespace pronto {
namespace {

using namespace testing_zones;

int64_t Local(int y, int mo, int d, int h, int mi) {
  return DaysFromCivil({y, mo, d}) * kMsPerDay + h * kMsPerHour + mi * kMsPerMinute;
}
int64_t Utc(const char* iso) {
  int64_t ms = 0;
  EXPECT_TRUE(ParseTimestamp(iso, &ms).ok()) << iso;
  return ms;
}

TEST(ZoneOffsets, OffsetsSwitchExactlyAtTheTransitions) {
  const ZoneOffsets rome = Rome();
  EXPECT_EQ(rome.OffsetSecondsAt(kRomeSpring - 1), 3600);
  EXPECT_EQ(rome.OffsetSecondsAt(kRomeSpring), 7200);
  EXPECT_EQ(rome.OffsetSecondsAt(kRomeAutumn - 1), 7200);
  EXPECT_EQ(rome.OffsetSecondsAt(kRomeAutumn), 3600);
  const ZoneOffsets ny = NewYork();
  EXPECT_EQ(ny.OffsetSecondsAt(kNewYorkSpring - 1), -18000);
  EXPECT_EQ(ny.OffsetSecondsAt(kNewYorkSpring), -14400);
  EXPECT_EQ(ny.OffsetSecondsAt(kNewYorkAutumn - 1), -14400);
  EXPECT_EQ(ny.OffsetSecondsAt(kNewYorkAutumn), -18000);
  EXPECT_EQ(ny.UtcToLocal(kNewYorkSpring), Local(2026, 3, 8, 3, 0));
  EXPECT_EQ(ny.UtcToLocal(kNewYorkSpring - kMsPerMinute), Local(2026, 3, 8, 1, 59));
}

TEST(ZoneOffsets, LocalToUtcOnOrdinaryDays) {
  EXPECT_EQ(Rome().LocalToUtc(Local(2026, 3, 27, 9, 0)), Utc("2026-03-27T08:00:00Z"));
  EXPECT_EQ(Rome().LocalToUtc(Local(2026, 3, 30, 9, 0)), Utc("2026-03-30T07:00:00Z"));
  EXPECT_EQ(NewYork().LocalToUtc(Local(2026, 3, 6, 9, 0)), Utc("2026-03-06T14:00:00Z"));
  EXPECT_EQ(NewYork().LocalToUtc(Local(2026, 3, 9, 9, 0)), Utc("2026-03-09T13:00:00Z"));
  EXPECT_EQ(NewYork().LocalToUtc(Local(2026, 11, 2, 9, 0)), Utc("2026-11-02T14:00:00Z"));
}

TEST(ZoneOffsets, SpringGapMovesForward) {
  // 02:30 does not exist in Rome on 29 March: it becomes 03:30 CEST = 01:30 UTC.
  EXPECT_EQ(Rome().LocalToUtc(Local(2026, 3, 29, 2, 30)), Utc("2026-03-29T01:30:00Z"));
  EXPECT_EQ(Rome().LocalToUtc(Local(2026, 3, 29, 3, 0)), kRomeSpring);
  EXPECT_EQ(Rome().LocalToUtc(Local(2026, 3, 29, 1, 59)), Utc("2026-03-29T00:59:00Z"));
  // 02:30 does not exist in New York on 8 March: 03:30 EDT = 07:30 UTC.
  EXPECT_EQ(NewYork().LocalToUtc(Local(2026, 3, 8, 2, 30)), Utc("2026-03-08T07:30:00Z"));
}

TEST(ZoneOffsets, AutumnOverlapTakesTheEarlierInstant) {
  // 02:30 happens twice in Rome on 25 October: first in CEST (00:30 UTC).
  EXPECT_EQ(Rome().LocalToUtc(Local(2026, 10, 25, 2, 30)), Utc("2026-10-25T00:30:00Z"));
  EXPECT_EQ(Rome().LocalToUtc(Local(2026, 10, 25, 3, 0)), Utc("2026-10-25T02:00:00Z"));
  // 01:30 happens twice in New York on 1 November: first in EDT (05:30 UTC).
  EXPECT_EQ(NewYork().LocalToUtc(Local(2026, 11, 1, 1, 30)), Utc("2026-11-01T05:30:00Z"));
  EXPECT_EQ(NewYork().LocalToUtc(Local(2026, 11, 1, 2, 0)), Utc("2026-11-01T07:00:00Z"));
}

TEST(ZoneOffsets, JsonRoundTripAndErrors) {
  const std::string json = ZoneOffsetsToJson(Rome());
  ZoneOffsets parsed;
  ASSERT_TRUE(ParseZoneOffsetsJson(json, &parsed).ok()) << json;
  EXPECT_EQ(parsed.name(), "Europe/Rome");
  ASSERT_EQ(parsed.transitions().size(), 2u);
  EXPECT_EQ(parsed.transitions()[0].at_ms, kRomeSpring);
  EXPECT_EQ(parsed.transitions()[0].offset_seconds, 7200);

  Status s = ParseZoneOffsetsJson(R"({"schema":1,"zone":"X","transitions":[{"at":5,"offsetSeconds":0},
      {"at":5,"offsetSeconds":3600}]})",
                                  &parsed);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("transitions[1].at"), std::string::npos) << s.message();
  s = ParseZoneOffsetsJson(R"({"schema":1,"zone":"X","transitions":[{"at":5,"offsetSeconds":"+1"}]})",
                           &parsed);
  EXPECT_NE(s.message().find("transitions[0].offsetSeconds"), std::string::npos) << s.message();
  s = ParseZoneOffsetsJson(R"({"schema":2,"zone":"X"})", &parsed);
  EXPECT_NE(s.message().find("schema"), std::string::npos);
  s = ParseZoneOffsetsJson("{\"schema\":1,\n \"zone\" \"X\"}", &parsed);
  EXPECT_EQ(s.code(), "invalid_zone");
  EXPECT_NE(s.message().find("the zone table is not valid JSON at line 2, column"), std::string::npos)
      << s.message();
  s = ParseZoneOffsetsJson("[1]", &parsed);
  EXPECT_NE(s.message().find("the zone table is not a JSON object"), std::string::npos) << s.message();
  EXPECT_EQ(parsed.name(), "Europe/Rome");  // untouched by the failures
}

// The European Union rule, as an Intl probe would report it.
int32_t EuropeRomeProbe(int64_t utc_ms) {
  const int year = CivilFromDays(FloorDiv(utc_ms, kMsPerDay)).year;
  auto last_sunday = [&](int month) {
    int64_t d = DaysFromCivil({year, month + 1, 1}) - 1;
    while (WeekdayFromDays(d) != 0) --d;
    return d * kMsPerDay + kMsPerHour;  // 01:00 UTC
  };
  return utc_ms >= last_sunday(3) && utc_ms < last_sunday(10) ? 7200 : 3600;
}

TEST(ZoneOffsets, ProbingFindsEveryTransitionToTheSecond) {
  ZoneOffsets z;
  ASSERT_TRUE(BuildZoneOffsetsByProbing("Europe/Rome", Utc("2025-01-01T00:00:00Z"),
                                        Utc("2028-01-01T00:00:00Z"), EuropeRomeProbe, &z)
                  .ok());
  EXPECT_EQ(z.initial_offset_seconds(), 3600);
  ASSERT_EQ(z.transitions().size(), 6u);
  EXPECT_EQ(z.transitions()[0].at_ms, Utc("2025-03-30T01:00:00Z"));
  EXPECT_EQ(z.transitions()[2].at_ms, kRomeSpring);
  EXPECT_EQ(z.transitions()[3].at_ms, kRomeAutumn);
  EXPECT_EQ(z.transitions()[3].offset_seconds, 3600);
  EXPECT_EQ(z.transitions()[5].at_ms, Utc("2027-10-31T01:00:00Z"));
  EXPECT_FALSE(BuildZoneOffsetsByProbing("X", 10, 10, EuropeRomeProbe, &z).ok());
}

TEST(ZoneOffsets, FixedZones) {
  const ZoneOffsets utc;
  EXPECT_EQ(utc.name(), "UTC");
  EXPECT_EQ(utc.LocalToUtc(12345), 12345);
  const ZoneOffsets kolkata = ZoneOffsets::Fixed("Asia/Kolkata", 19800);
  EXPECT_EQ(kolkata.UtcToLocal(0), 19800 * 1000);
  ZoneOffsets bad;
  EXPECT_FALSE(ZoneOffsets::FromTransitions("X", 100000, {}, &bad).ok());
}

}  // namespace
}  // namespace pronto

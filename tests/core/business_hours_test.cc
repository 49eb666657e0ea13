// Copyright 2026 The Pronto Authors.
#include "pronto/business_hours.h"

#include <gtest/gtest.h>

#include "pronto/civil_time.h"
#include "zone_fixtures.h"

namespace pronto {
namespace {

using namespace testing_zones;

int64_t Utc(const char* iso) {
  int64_t ms = 0;
  EXPECT_TRUE(ParseTimestamp(iso, &ms).ok()) << iso;
  return ms;
}

SlaPolicy Policy(const char* json) {
  SlaPolicy p;
  const Status s = ParsePolicyJson(json, &p);
  EXPECT_TRUE(s.ok()) << s.message();
  return p;
}

BusinessCalendar Calendar(const SlaPolicy& p, const ZoneOffsets& zone) {
  BusinessCalendar c;
  const Status s =
      BusinessCalendar::Build(p, zone, Utc("2026-01-01T00:00:00Z"), Utc("2027-01-01T00:00:00Z"), &c);
  EXPECT_TRUE(s.ok()) << s.message();
  return c;
}

constexpr const char* kRomeOffice = R"({"schema":1,"timeZone":"Europe/Rome",
  "hours":{"mon":[["09:00","13:00"],["14:00","18:00"]],"tue":[["09:00","13:00"],["14:00","18:00"]],
           "wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]}})";

TEST(BusinessHours, SplitShiftsAcrossTheSpringWeekendInRome) {
  const BusinessCalendar c = Calendar(Policy(kRomeOffice), Rome());
  // Friday 27 March 17:30 CET → Monday 30 March 09:30 CEST: 30 + 30 minutes.
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-27T16:30:00Z"), Utc("2026-03-30T07:30:00Z")), 60 * kMsPerMinute);
  EXPECT_EQ(c.NextOpening(Utc("2026-03-28T10:00:00Z")), Utc("2026-03-30T07:00:00Z"));  // 09:00 CEST
  EXPECT_EQ(c.AddBusinessMs(Utc("2026-03-27T16:30:00Z"), 60 * kMsPerMinute), Utc("2026-03-30T07:30:00Z"));
  // The lunch break pauses the clock.
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-30T10:30:00Z"), Utc("2026-03-30T12:30:00Z")), 60 * kMsPerMinute);
  EXPECT_FALSE(c.IsOpen(Utc("2026-03-30T11:30:00Z")));  // 13:30 CEST
  EXPECT_TRUE(c.IsOpen(Utc("2026-03-30T12:00:00Z")));   // 14:00 CEST
  EXPECT_EQ(c.NextOpening(Utc("2026-03-30T11:30:00Z")), Utc("2026-03-30T12:00:00Z"));
  // A deadline reached exactly at closing time is closing time, not the next opening.
  EXPECT_EQ(c.AddBusinessMs(Utc("2026-03-30T10:00:00Z"), 60 * kMsPerMinute), Utc("2026-03-30T11:00:00Z"));
  // Before the change, 09:00 CET is 08:00 UTC.
  EXPECT_EQ(c.NextOpening(Utc("2026-03-27T06:00:00Z")), Utc("2026-03-27T08:00:00Z"));
}

TEST(BusinessHours, AutumnChangeInRome) {
  const BusinessCalendar c = Calendar(Policy(kRomeOffice), Rome());
  // Friday 23 October 09:00 CEST = 07:00 UTC; Monday 26 October 09:00 CET = 08:00 UTC.
  EXPECT_EQ(c.NextOpening(Utc("2026-10-23T06:00:00Z")), Utc("2026-10-23T07:00:00Z"));
  EXPECT_EQ(c.NextOpening(Utc("2026-10-24T06:00:00Z")), Utc("2026-10-26T08:00:00Z"));
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-10-23T15:00:00Z"), Utc("2026-10-26T09:00:00Z")), 2 * kMsPerHour);
}

TEST(BusinessHours, HolidaysAndAwayPeriodsClose) {
  const BusinessCalendar c = Calendar(Policy(R"({"schema":1,"timeZone":"Europe/Rome",
      "hours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]]},
      "holidays":["2026-03-30"],
      "away":[{"from":"2026-03-31T09:00:00+02:00","until":"2026-03-31T11:00:00+02:00"}]})"),
                                      Rome());
  // Monday is a holiday and Tuesday starts two hours late.
  EXPECT_EQ(c.NextOpening(Utc("2026-03-30T08:00:00Z")), Utc("2026-03-31T09:00:00Z"));
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-29T00:00:00Z"), Utc("2026-04-01T00:00:00Z")), 7 * kMsPerHour);
}

TEST(BusinessHours, HolidaysLastAsLongAsTheLocalDay) {
  // Open around the clock except on the two DST Sundays: 23 h and 25 h closed.
  const BusinessCalendar c = Calendar(Policy(R"({"schema":1,"timeZone":"Europe/Rome",
      "holidays":["2026-03-29","2026-10-25"]})"),
                                      Rome());
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-28T12:00:00Z"), Utc("2026-03-30T12:00:00Z")), 25 * kMsPerHour);
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-10-24T12:00:00Z"), Utc("2026-10-26T12:00:00Z")), 23 * kMsPerHour);
  EXPECT_EQ(c.NextOpening(Utc("2026-03-29T10:00:00Z")), Utc("2026-03-29T22:00:00Z"));  // Monday 00:00 CEST
}

TEST(BusinessHours, NewYorkSundaysAcrossBothChanges) {
  const BusinessCalendar c = Calendar(Policy(R"({"schema":1,"timeZone":"America/New_York",
      "hours":{"sun":[["00:00","24:00"]]}})"),
                                      NewYork());
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-07T00:00:00Z"), Utc("2026-03-10T00:00:00Z")), 23 * kMsPerHour);
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-10-31T00:00:00Z"), Utc("2026-11-03T00:00:00Z")), 25 * kMsPerHour);
  EXPECT_EQ(c.NextOpening(Utc("2026-03-10T00:00:00Z")), Utc("2026-03-15T04:00:00Z"));  // 00:00 EDT
  EXPECT_EQ(c.NextOpening(Utc("2026-11-02T06:00:00Z")), Utc("2026-11-08T05:00:00Z"));  // 00:00 EST
}

TEST(BusinessHours, ShiftsPastMidnightAcrossTheSpringChange) {
  // Saturday 22:00 CET → Sunday 06:00 CEST is seven hours long.
  const BusinessCalendar c = Calendar(Policy(R"({"schema":1,"timeZone":"Europe/Rome",
      "hours":{"sat":[["22:00","06:00"]]}})"),
                                      Rome());
  EXPECT_EQ(c.NextOpening(Utc("2026-03-28T12:00:00Z")), Utc("2026-03-28T21:00:00Z"));
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-28T00:00:00Z"), Utc("2026-03-30T00:00:00Z")), 7 * kMsPerHour);
  EXPECT_TRUE(c.IsOpen(Utc("2026-03-29T03:59:00Z")));
  EXPECT_FALSE(c.IsOpen(Utc("2026-03-29T04:00:00Z")));
}

TEST(BusinessHours, RangeAndZoneErrors) {
  BusinessCalendar c;
  const SlaPolicy p = Policy(kRomeOffice);
  Status s = BusinessCalendar::Build(p, NewYork(), 0, kMsPerDay, &c);
  EXPECT_EQ(s.code(), "zone_mismatch");
  EXPECT_NE(s.message().find("Europe/Rome"), std::string::npos);
  EXPECT_FALSE(BusinessCalendar::Build(p, Rome(), 10, 10, &c).ok());
  // Outside its range a calendar is closed, and deadlines past it never come.
  ASSERT_TRUE(
      BusinessCalendar::Build(p, Rome(), Utc("2026-03-30T00:00:00Z"), Utc("2026-03-31T00:00:00Z"), &c).ok());
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-29T00:00:00Z"), Utc("2026-04-02T00:00:00Z")), 8 * kMsPerHour);
  EXPECT_EQ(c.AddBusinessMs(Utc("2026-03-30T07:00:00Z"), 9 * kMsPerHour), kNever);
  EXPECT_EQ(c.NextOpening(Utc("2026-03-30T17:00:00Z")), kNever);
}

TEST(BusinessHours, AlwaysOpenIsCalendarTime) {
  BusinessCalendar c;
  ASSERT_TRUE(BuildCalendarCovering(Policy(R"({"schema":1})"), ZoneOffsets(), Utc("2026-03-01T00:00:00Z"),
                                    Utc("2026-03-02T00:00:00Z"), &c)
                  .ok());
  EXPECT_EQ(c.BusinessMsBetween(Utc("2026-03-01T05:00:00Z"), Utc("2026-03-03T05:00:00Z")), 48 * kMsPerHour);
  EXPECT_EQ(c.intervals().size(), 1u);
  EXPECT_EQ(c.AddBusinessMs(Utc("2026-03-01T05:00:00Z"), kMsPerHour), Utc("2026-03-01T06:00:00Z"));
}

}  // namespace
}  // namespace pronto

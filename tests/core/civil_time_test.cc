// Copyright 2026 The Pronto Authors.
#include "pronto/civil_time.h"

#include <gtest/gtest.h>

namespace pronto {
namespace {

TEST(CivilTime, DaysRoundTripAndWeekdays) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2026, 3, 29}), 20541);
  EXPECT_EQ(WeekdayFromDays(0), 4);                              // Thursday
  EXPECT_EQ(WeekdayFromDays(DaysFromCivil({2026, 3, 29})), 0);   // Sunday
  EXPECT_EQ(WeekdayFromDays(DaysFromCivil({1969, 12, 31})), 3);  // Wednesday
  for (int64_t d = -800000; d < 800000; d += 997) {
    const CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c), d);
  }
  EXPECT_EQ(FloorDiv(-1, 7), -1);
  EXPECT_EQ(FloorDiv(7, 7), 1);
}

TEST(CivilTime, ParsesIsoWithOffsets) {
  int64_t ms = 0;
  ASSERT_TRUE(ParseTimestamp("2026-03-29T03:30:00+02:00", &ms).ok());
  EXPECT_EQ(ms, 1774747800000);
  ASSERT_TRUE(ParseTimestamp("2026-03-29 01:30Z", &ms).ok());
  EXPECT_EQ(ms, 1774747800000);
  ASSERT_TRUE(ParseTimestamp("2026-03-29T01:30:00.250Z", &ms).ok());
  EXPECT_EQ(ms, 1774747800250);
  ASSERT_TRUE(ParseTimestamp("2026-03-28T20:30:00-0500", &ms).ok());
  EXPECT_EQ(ms, 1774747800000);
  ASSERT_TRUE(ParseTimestamp(" 2026-03-29T01:30:00Z\r", &ms).ok());
}

TEST(CivilTime, ParsesEpochAndTwitter) {
  int64_t ms = 0;
  ASSERT_TRUE(ParseTimestamp("1774747800", &ms).ok());
  EXPECT_EQ(ms, 1774747800000);
  ASSERT_TRUE(ParseTimestamp("1774747800000", &ms).ok());
  EXPECT_EQ(ms, 1774747800000);
  ASSERT_TRUE(ParseTimestamp("1774747800.5", &ms).ok());
  EXPECT_EQ(ms, 1774747800500);
  ASSERT_TRUE(ParseTimestamp("Wed Oct 11 06:55:44 +0000 2017", &ms).ok());
  EXPECT_EQ(FormatUtc(ms), "2017-10-11T06:55:44Z");
  ASSERT_TRUE(ParseTimestamp("Wed Oct 11 08:55:44 +0200 2017", &ms).ok());
  EXPECT_EQ(FormatUtc(ms), "2017-10-11T06:55:44Z");
}

TEST(CivilTime, RejectsAmbiguousAndBrokenTimestamps) {
  int64_t ms = 0;
  Status s = ParseTimestamp("2026-03-29T01:30:00", &ms);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("add Z"), std::string::npos) << s.message();
  EXPECT_FALSE(ParseTimestamp("2026-02-30T01:30:00Z", &ms).ok());
  EXPECT_FALSE(ParseTimestamp("yesterday", &ms).ok());
  EXPECT_FALSE(ParseTimestamp("", &ms).ok());
  EXPECT_FALSE(ParseTimestamp("12ab", &ms).ok());
  EXPECT_FALSE(ParseTimestamp("Wed Foo 11 06:55:44 +0000 2017", &ms).ok());
}

TEST(CivilTime, FormatsAndParsesDatesAndDurations) {
  EXPECT_EQ(FormatUtc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatUtc(-1), "1969-12-31T23:59:59.999Z");
  int64_t days = 0;
  ASSERT_TRUE(ParseDate("2026-12-25", &days));
  EXPECT_EQ(FormatDate(days), "2026-12-25");
  EXPECT_FALSE(ParseDate("2026-13-01", &days));
  int64_t ms = 0;
  ASSERT_TRUE(ParseDuration("30d", &ms));
  EXPECT_EQ(ms, 30 * kMsPerDay);
  ASSERT_TRUE(ParseDuration("12h", &ms));
  EXPECT_EQ(ms, 12 * kMsPerHour);
  ASSERT_TRUE(ParseDuration("7", &ms));
  EXPECT_EQ(ms, 7 * kMsPerDay);
  EXPECT_FALSE(ParseDuration("0d", &ms));
  EXPECT_FALSE(ParseDuration("3x", &ms));
}

}  // namespace
}  // namespace pronto

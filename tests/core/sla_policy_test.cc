// Copyright 2026 The Pronto Authors.
#include "pronto/sla_policy.h"

#include <gtest/gtest.h>

namespace pronto {
namespace {

constexpr const char* kPolicy = R"({"schema":1,
  "timeZone":"Europe/Rome",
  "firstResponseMinutes":60, "nextResponseMinutes":120, "warningFraction":0.8,
  "hours":{"mon":[["09:00","13:00"],["14:00","18:00"]], "tue":[["09:00","18:00"]], "sat":[["22:00","02:00"]]},
  "holidays":["2026-12-26","2026-12-25"],
  "away":[{"from":"2026-08-10T00:00:00+02:00","until":"2026-08-17T00:00:00+02:00"}],
  "badge":{"minSample":10}})";

TEST(SlaPolicy, ParsesEveryField) {
  SlaPolicy p;
  ASSERT_TRUE(ParsePolicyJson(kPolicy, &p).ok());
  EXPECT_EQ(p.time_zone, "Europe/Rome");
  EXPECT_EQ(p.first_response_ms, 60 * kMsPerMinute);
  EXPECT_EQ(p.next_response_ms, 120 * kMsPerMinute);
  EXPECT_DOUBLE_EQ(p.warning_fraction, 0.8);
  EXPECT_FALSE(p.always_open);
  ASSERT_EQ(p.hours[1].size(), 2u);  // Monday
  EXPECT_EQ(p.hours[1][1].open_minute, 14 * 60);
  EXPECT_EQ(p.hours[1][1].close_minute, 18 * 60);
  EXPECT_TRUE(p.hours[0].empty());                // Sunday closed
  EXPECT_EQ(p.hours[6][0].close_minute, 2 * 60);  // past midnight
  ASSERT_EQ(p.holidays.size(), 2u);
  EXPECT_LT(p.holidays[0], p.holidays[1]);
  ASSERT_EQ(p.away.size(), 1u);
  EXPECT_EQ(p.away[0].until_ms - p.away[0].from_ms, 7 * kMsPerDay);
}

TEST(SlaPolicy, DefaultsAreOpenAroundTheClock) {
  SlaPolicy p;
  ASSERT_TRUE(ParsePolicyJson(R"({"schema":1})", &p).ok());
  EXPECT_TRUE(p.always_open);
  EXPECT_EQ(p.time_zone, "UTC");
  EXPECT_EQ(p.first_response_ms, kMsPerHour);
}

TEST(SlaPolicy, ErrorsNameTheFieldAndLeaveThePolicyAlone) {
  SlaPolicy p;
  p.time_zone = "Keep/Me";
  struct Case {
    const char* json;
    const char* field;
  } cases[] = {
      {R"({"schema":1,"hours":{"mon":[["9:00","13:00"]]}})", "hours.mon[0]"},
      {R"({"schema":1,"hours":{"monday":[]}})", "monday"},
      {R"({"schema":1,"hours":{"fri":[["10:00","10:00"]]}})", "hours.fri[0]"},
      {R"({"schema":1,"holidays":["25/12/2026"]})", "holidays[0]"},
      {R"({"schema":1,"away":[{"from":"2026-08-10T00:00:00Z"}]})", "away[0].until"},
      {R"({"schema":1,"away":[{"from":"2026-08-10T00:00:00Z","until":"2026-08-01T00:00:00Z"}]})",
       "away[0].until"},
      {R"({"schema":1,"firstResponseMinutes":-5})", "firstResponseMinutes"},
      {R"({"schema":1,"warningFraction":1.5})", "warningFraction"},
      {R"({"schema":1,"timeZone":3})", "timeZone"},
      {R"({"timeZone":"UTC"})", "schema"},
      // A syntax error names the start of the token that cannot be there: the
      // second string, a number, a string with an escaped quote inside.
      {"{\"schema\":1,\n\"hours\":{\"mon\":[[\"9:00\" \"17:00\"]]}}", "not valid JSON at line 2, column 25"},
      {"{\"schema\":1,\n\"firstResponseMinutes\" 30}", "not valid JSON at line 2, column 24"},
      {R"({"timeZone":"Europe/Rome" "x\"y"})", "not valid JSON at line 1, column 27"},
  };
  for (const Case& c : cases) {
    const Status s = ParsePolicyJson(c.json, &p);
    EXPECT_FALSE(s.ok()) << c.json;
    EXPECT_NE(s.message().find(c.field), std::string::npos) << c.json << " → " << s.message();
  }
  EXPECT_EQ(p.time_zone, "Keep/Me");
}

TEST(SlaPolicy, JsonRoundTrip) {
  SlaPolicy p, back;
  ASSERT_TRUE(ParsePolicyJson(kPolicy, &p).ok());
  const std::string json = PolicyToJson(p);
  ASSERT_TRUE(ParsePolicyJson(json, &back).ok()) << json;
  EXPECT_EQ(back.time_zone, p.time_zone);
  EXPECT_EQ(back.next_response_ms, p.next_response_ms);
  EXPECT_EQ(back.hours[1].size(), 2u);
  EXPECT_EQ(back.holidays, p.holidays);
  EXPECT_EQ(back.away[0].from_ms, p.away[0].from_ms);
}

}  // namespace
}  // namespace pronto

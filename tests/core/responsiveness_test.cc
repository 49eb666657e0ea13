// Copyright 2026 The Pronto Authors.
#include "pronto/responsiveness.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

namespace pronto {
namespace {

using nlohmann::json;

constexpr int64_t kMon9 = 1772442000000;  // 2026-03-02T09:00:00Z, a Monday (10:00 in Rome)

std::string Events(const std::string& list) { return R"({"schema":1,"events":[)" + list + "]}"; }

TEST(ResponsivenessTracker, TimersMetricsAndBadgeFromJson) {
  ResponsivenessTracker tracker;
  ASSERT_TRUE(
      tracker.SetPolicyJson(testing_util::Slurp(std::string(PRONTO_TESTDATA_DIR) + "/policy_rome.json"))
          .ok());
  ASSERT_TRUE(
      tracker.SetZoneJson(testing_util::Slurp(std::string(PRONTO_TESTDATA_DIR) + "/zone_rome_2026.json"))
          .ok());
  size_t added = 0;
  ASSERT_TRUE(tracker
                  .AddEventsJson(Events(R"({"channel":"x","thread":"a","kind":"customer","at":1772442000000},
                                           {"channel":"x","thread":"a","kind":"brand","at":1772442600000,"agent":"giulia"},
                                           {"channel":"x","thread":"b","kind":"customer","at":1772445600000})"),
                                 &added)
                  .ok());
  EXPECT_EQ(added, 3u);
  // The same events again are duplicates.
  ASSERT_TRUE(tracker
                  .AddEventsJson(
                      Events(R"({"channel":"x","thread":"a","kind":"customer","at":1772442000000})"), &added)
                  .ok());
  EXPECT_EQ(added, 0u);

  const json timers = json::parse(tracker.TimersJson(kMon9 + 2 * 3600000));  // 11:00 UTC, 12:00 in Rome
  ASSERT_EQ(timers["timers"].size(), 1u);
  EXPECT_EQ(timers["timers"][0]["thread"], "b");
  EXPECT_EQ(timers["timers"][0]["state"], "breached");  // 60 min waited against 30

  const json metrics =
      json::parse(tracker.MetricsJson(R"({"now":1772460000000,"window":"7d","groupBy":"agent"})"));
  ASSERT_FALSE(metrics.contains("error")) << metrics.dump();
  EXPECT_EQ(metrics["overall"]["conversations"], 2);
  EXPECT_EQ(metrics["overall"]["firstResponse"]["medianMs"], 600000);

  const json badge = json::parse(tracker.BadgeJson(R"({"now":1772460000000,"lang":"it"})"));
  ASSERT_TRUE(badge.contains("svg")) << badge.dump();
  EXPECT_NE(badge["svg"].get<std::string>().find("role=\"img\""), std::string::npos);
}

TEST(ResponsivenessTracker, BadInputChangesNothing) {
  ResponsivenessTracker tracker;
  ASSERT_TRUE(tracker.SetPolicyJson(R"({"schema":1,"firstResponseMinutes":45})").ok());
  size_t added = 0;
  ASSERT_TRUE(tracker
                  .AddEventsJson(
                      Events(R"({"channel":"x","thread":"a","kind":"customer","at":1772442000000})"), &added)
                  .ok());
  EXPECT_FALSE(tracker.SetPolicyJson(R"({"schema":1,"firstResponseMinutes":"soon"})").ok());
  EXPECT_EQ(tracker.policy().first_response_ms, 45 * 60000);
  const Status s = tracker.AddEventsJson(
      Events(
          R"({"channel":"x","thread":"b","kind":"customer","at":1},{"channel":"x","thread":"c","kind":"??","at":2})"),
      &added);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("events[1].kind"), std::string::npos) << s.message();
  EXPECT_EQ(tracker.ledger().event_count(), 1u);
  EXPECT_FALSE(tracker.SetZoneJson(R"({"schema":1,"zone":"X","initialOffsetSeconds":99999999})").ok());
  EXPECT_NE(tracker.MetricsJson(R"({"window":"7d"})").find("'now'"), std::string::npos);
  EXPECT_NE(tracker.MetricsJson(R"({"now":5,"window":"forever"})").find("'window'"), std::string::npos);
  EXPECT_NE(tracker.MetricsJson(R"({"now":5 "window":"7d"})")
                .find("the options are not valid JSON at line 1, column"),
            std::string::npos);
  EXPECT_NE(tracker.MetricsJson("[5]").find("options must be a JSON object"), std::string::npos);
}

}  // namespace
}  // namespace pronto

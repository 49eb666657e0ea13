// Copyright 2026 The Pronto Authors.
#include "pronto/metrics.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ledger_helpers.h"

namespace pronto {
namespace {

using namespace testing_events;

// Twelve conversations in the week from kT0 with hand-computed figures.
std::vector<Event> Week() {
  std::vector<Event> e = {
      Customer("t1", Min(0)),           Brand("t1", Min(5), "anna"),
      Customer("t2", Min(100)),         Brand("t2", Min(110), "anna"),
      Customer("t3", Min(200)),         Brand("t3", Min(230), "bruno"),
      Customer("t4", Min(300)),         Brand("t4", Min(420), "bruno"),
      Customer("t5", Min(400)),         Brand("t5", Min(400 + 25 * 60), "anna"),  // answered late
      Customer("t6", Min(500)),                                                   // unanswered
      Customer("t7", Min(600), "x"),    Brand("t7", Min(620), "carla", "x"),
      Customer("t7", Min(700), "x"),    Brand("t7", Min(760), "carla", "x"),             // a next response
      Customer("t9", Min(800)),         Brand("t9", Min(800), "bot", "facebook", true),  // only automated
      Customer("t8", Min(8 * 24 * 60)), Brand("t8", Min(8 * 24 * 60 + 1), "anna"),       // after the window
  };
  for (int i = 1; i <= 4; ++i) {
    const std::string id = "q" + std::to_string(i);
    e.push_back(Customer(id, Min(1000 + i * 10)));
    e.push_back(Brand(id, Min(1000 + i * 10 + i), "dario"));
  }
  return e;
}

struct Fixture {
  ConversationLedger ledger;
  SlaPolicy policy;
  BusinessCalendar calendar;
  Metrics metrics;

  Status Run(GroupBy by, int64_t from, int64_t until, int64_t now = kNoTime,
             const char* policy_json = R"({"schema":1})") {
    EXPECT_TRUE(ParsePolicyJson(policy_json, &policy).ok());
    EXPECT_TRUE(BuildCalendarCovering(policy, ZoneOffsets(), std::min(from, ledger.earliest_ms()),
                                      std::max(until, ledger.latest_ms()), &calendar)
                    .ok());
    MetricsOptions options;
    options.from_ms = from;
    options.until_ms = until;
    options.now_ms = now;
    options.group_by = by;
    return ComputeMetrics(ledger, policy, calendar, options, &metrics);
  }
  const MetricsGroup* Group(const std::string& key) const {
    for (const MetricsGroup& g : metrics.groups) {
      if (g.key == key) return &g;
    }
    return nullptr;
  }
};

TEST(Metrics, OverallFiguresMatchTheDefinitions) {
  Fixture f;
  ASSERT_TRUE(f.ledger.AddAll(Week()).ok());
  ASSERT_TRUE(f.Run(GroupBy::kNone, kT0, kT0 + 7 * kMsPerDay, kT0 + 10 * kMsPerDay).ok());
  const MetricsGroup& o = f.metrics.overall;
  EXPECT_EQ(o.conversations, 12u);
  EXPECT_EQ(o.answered_within_24h, 9u);
  EXPECT_EQ(o.answered_late, 1u);
  EXPECT_EQ(o.unanswered, 2u);
  EXPECT_EQ(o.pending, 0u);
  EXPECT_DOUBLE_EQ(o.response_rate, 0.75);
  // First responses, minutes: 1 2 3 4 5 10 20 30 120 1500.
  EXPECT_EQ(o.first_response.count, 10u);
  EXPECT_EQ(o.first_response.median_ms, 5 * kMsPerMinute);
  EXPECT_EQ(o.first_response.p90_ms, 120 * kMsPerMinute);
  EXPECT_EQ(o.first_response.mean_ms, 1695 * kMsPerMinute / 10);
  EXPECT_EQ(o.first_response.fastest90_mean_ms, 195 * kMsPerMinute / 9);
  EXPECT_EQ(o.first_response.max_ms, 1500 * kMsPerMinute);
  EXPECT_EQ(o.within_sla, 8u);
  EXPECT_DOUBLE_EQ(o.within_sla_share, 8.0 / 12.0);
  EXPECT_EQ(o.histogram, (std::vector<uint64_t>{5, 1, 2, 1, 0, 1}));
  EXPECT_EQ(o.next_response.count, 1u);
  EXPECT_EQ(o.next_response.median_ms, 60 * kMsPerMinute);
  EXPECT_EQ(o.next_within_sla, 1u);
  EXPECT_TRUE(f.metrics.groups.empty());
}

TEST(Metrics, PerAgentAndPerChannel) {
  Fixture f;
  ASSERT_TRUE(f.ledger.AddAll(Week()).ok());
  ASSERT_TRUE(f.Run(GroupBy::kAgent, kT0, kT0 + 7 * kMsPerDay, kT0 + 10 * kMsPerDay).ok());
  ASSERT_NE(f.Group("anna"), nullptr);
  EXPECT_EQ(f.Group("anna")->conversations, 3u);
  EXPECT_EQ(f.Group("anna")->answered_late, 1u);
  EXPECT_EQ(f.Group("dario")->conversations, 4u);
  EXPECT_EQ(f.Group("dario")->first_response.median_ms, 2 * kMsPerMinute);
  EXPECT_EQ(f.Group("(unanswered)")->conversations, 2u);
  EXPECT_EQ(f.Group("carla")->next_response.count, 1u);
  EXPECT_EQ(f.Group("bot"), nullptr);           // automated replies are never credited
  EXPECT_EQ(f.metrics.groups[0].key, "dario");  // most conversations first
  ASSERT_TRUE(f.Run(GroupBy::kChannel, kT0, kT0 + 7 * kMsPerDay, kT0 + 10 * kMsPerDay).ok());
  EXPECT_EQ(f.Group("facebook")->conversations, 11u);
  EXPECT_EQ(f.Group("x")->conversations, 1u);
  EXPECT_DOUBLE_EQ(f.Group("x")->response_rate, 1.0);
}

TEST(Metrics, PerBrand) {
  Fixture f;
  Event a = Customer("t1", Min(0));
  a.brand = "acme";
  ASSERT_TRUE(f.ledger.AddAll({a, Brand("t1", Min(3), "z"), Customer("t2", Min(0))}).ok());
  ASSERT_TRUE(f.Run(GroupBy::kBrand, kT0, kT0 + kMsPerDay, kT0 + 3 * kMsPerDay).ok());
  EXPECT_EQ(f.Group("acme")->answered_within_24h, 1u);
  EXPECT_EQ(f.Group("(unknown)")->unanswered, 1u);
}

TEST(Metrics, PendingConversationsStayOutOfTheRate) {
  Fixture f;
  ASSERT_TRUE(
      f.ledger.AddAll({Customer("a", Min(0)), Brand("a", Min(10)), Customer("b", Min(60 * 20))}).ok());
  ASSERT_TRUE(f.Run(GroupBy::kNone, kT0, kT0 + kMsPerDay).ok());  // now = until: b is 4 h old
  EXPECT_EQ(f.metrics.overall.pending, 1u);
  EXPECT_EQ(f.metrics.overall.rate_sample(), 1u);
  EXPECT_DOUBLE_EQ(f.metrics.overall.response_rate, 1.0);
  ASSERT_TRUE(f.Run(GroupBy::kNone, kT0, kT0 + kMsPerDay, kT0 + 2 * kMsPerDay).ok());
  EXPECT_EQ(f.metrics.overall.unanswered, 1u);
  EXPECT_DOUBLE_EQ(f.metrics.overall.response_rate, 0.5);
}

TEST(Metrics, RepliesAfterNowAreNotSeen) {
  Fixture f;
  ASSERT_TRUE(f.ledger.AddAll({Customer("a", Min(0)), Brand("a", Min(120))}).ok());
  ASSERT_TRUE(f.Run(GroupBy::kNone, kT0, kT0 + kMsPerDay, Min(60)).ok());
  EXPECT_EQ(f.metrics.overall.pending, 1u);
  EXPECT_EQ(f.metrics.overall.first_response.count, 0u);
}

TEST(Metrics, BusinessTimeBesideCalendarTime) {
  Fixture f;
  // Friday 6 March 17:30 UTC → Monday 9 March 09:30 UTC, office hours 09–18.
  ASSERT_TRUE(f.ledger
                  .AddAll({Customer("a", Min(4 * 24 * 60 + 17 * 60 + 30)),
                           Brand("a", Min(7 * 24 * 60 + 9 * 60 + 30), "anna")})
                  .ok());
  ASSERT_TRUE(f.Run(GroupBy::kNone, kT0, kT0 + 7 * kMsPerDay, kT0 + 14 * kMsPerDay,
                    R"({"schema":1,"firstResponseMinutes":60,"hours":{"mon":[["09:00","18:00"]],
                       "fri":[["09:00","18:00"]]}})")
                  .ok());
  const MetricsGroup& o = f.metrics.overall;
  EXPECT_EQ(o.first_response.median_ms, 60 * kMsPerMinute);
  EXPECT_EQ(o.first_response_calendar.median_ms, 64 * kMsPerHour);
  EXPECT_EQ(o.within_sla, 1u);     // within the SLA in business time
  EXPECT_EQ(o.answered_late, 1u);  // but not within Meta's 24 calendar hours
}

TEST(Metrics, ErrorsAndJson) {
  Fixture f;
  ASSERT_TRUE(f.ledger.AddAll(Week()).ok());
  EXPECT_FALSE(f.Run(GroupBy::kNone, kT0, kT0).ok());
  ASSERT_TRUE(f.Run(GroupBy::kAgent, kT0, kT0 + 7 * kMsPerDay, kT0 + 10 * kMsPerDay).ok());
  const nlohmann::json doc = nlohmann::json::parse(MetricsToJson(f.metrics), nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_EQ(doc["schema"], 1);
  EXPECT_EQ(doc["groupBy"], "agent");
  EXPECT_EQ(doc["window"]["from"], kT0);
  EXPECT_EQ(doc["overall"]["conversations"], 12);
  EXPECT_EQ(doc["overall"]["firstResponse"]["fastest90MeanMs"], 195 * kMsPerMinute / 9);
  EXPECT_EQ(doc["overall"]["histogram"].size(), 6u);
  EXPECT_EQ(doc["groups"][0]["key"], "dario");
  GroupBy g;
  EXPECT_TRUE(ParseGroupBy("brand", &g));
  EXPECT_FALSE(ParseGroupBy("team", &g));
}

}  // namespace
}  // namespace pronto

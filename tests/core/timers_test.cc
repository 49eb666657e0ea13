// Copyright 2026 The Pronto Authors.
#include "pronto/timers.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ledger_helpers.h"
#include "zone_fixtures.h"

namespace pronto {
namespace {

using namespace testing_events;

constexpr const char* kOffice = R"({"schema":1,"firstResponseMinutes":60,"nextResponseMinutes":120,
  "warningFraction":0.75,"hours":{"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],"wed":[["09:00","18:00"]],
  "thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]}})";

struct Fixture {
  SlaPolicy policy;
  ZoneOffsets zone;
  ConversationLedger ledger;
  BusinessCalendar calendar;

  explicit Fixture(const char* policy_json, ZoneOffsets z = ZoneOffsets()) : zone(std::move(z)) {
    EXPECT_TRUE(ParsePolicyJson(policy_json, &policy).ok());
  }
  std::vector<ThreadTimer> At(int64_t now) {
    EXPECT_TRUE(BuildCalendarCovering(policy, zone, ledger.earliest_ms(), now, &calendar).ok());
    std::vector<ThreadTimer> timers;
    ComputeTimers(ledger, policy, calendar, now, &timers);
    return timers;
  }
  std::string Id(const ThreadTimer& t) const { return ledger.threads()[t.thread].id; }
};

TEST(Timers, StatesTimeLeftAndUrgencyOrder) {
  Fixture f(kOffice);  // UTC; kT0 is Monday 00:00
  ASSERT_TRUE(f.ledger
                  .AddAll({
                      Customer("a", Min(9 * 60)),
                      Customer("b", Min(8 * 60)),  // before opening: the clock starts at 09:00
                      Customer("c", Min(8 * 60 + 30)), Brand("c", Min(9 * 60 + 5), "x"),
                      Customer("c", Min(9 * 60 + 10)), Customer("d", Min(-14 * 60)),  // Sunday 10:00
                      Customer("e", Min(9 * 60 + 35), "facebook", Priority::kUrgent),
                      Customer("f", Min(9 * 60 + 30), "facebook", Priority::kLow),
                      Customer("later", Min(11 * 60)),  // after now: not yet waiting
                  })
                  .ok());
  const std::vector<ThreadTimer> timers = f.At(Min(9 * 60 + 50));
  ASSERT_EQ(timers.size(), 6u);
  const char* order[] = {"d", "b", "a", "e", "c", "f"};
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(f.Id(timers[i]), order[i]) << i;

  const ThreadTimer& b = timers[1];
  EXPECT_EQ(b.state, TimerState::kWarning);
  EXPECT_EQ(b.clock_start_ms, Min(9 * 60));
  EXPECT_EQ(b.waited_ms, 110 * kMsPerMinute);
  EXPECT_EQ(b.waited_business_ms, 50 * kMsPerMinute);
  EXPECT_EQ(b.time_left_ms, 10 * kMsPerMinute);
  EXPECT_EQ(b.deadline_ms, Min(10 * 60));
  EXPECT_TRUE(b.first_response);

  const ThreadTimer& c = timers[4];
  EXPECT_FALSE(c.first_response);
  EXPECT_EQ(c.threshold_ms, 120 * kMsPerMinute);
  EXPECT_EQ(c.state, TimerState::kOk);
  EXPECT_EQ(c.waiting_since_ms, Min(9 * 60 + 10));

  EXPECT_EQ(timers[3].priority, Priority::kUrgent);
  EXPECT_DOUBLE_EQ(timers[3].urgency, 15.0 / 60.0 * 2.0);
  EXPECT_EQ(timers[5].state, TimerState::kOk);
}

TEST(Timers, BreachedStaysBreachedAndOthersPauseWhenClosed) {
  Fixture f(kOffice);
  ASSERT_TRUE(f.ledger.AddAll({Customer("old", Min(9 * 60)), Customer("new", Min(17 * 60 + 50))}).ok());
  const std::vector<ThreadTimer> timers = f.At(Min(19 * 60));  // Monday 19:00, closed
  ASSERT_EQ(timers.size(), 2u);
  EXPECT_EQ(f.Id(timers[0]), "old");
  EXPECT_EQ(timers[0].state, TimerState::kBreached);
  EXPECT_EQ(timers[0].time_left_ms, -8 * kMsPerHour);
  EXPECT_EQ(f.Id(timers[1]), "new");
  EXPECT_EQ(timers[1].state, TimerState::kPaused);
  EXPECT_EQ(timers[1].waited_business_ms, 10 * kMsPerMinute);
  EXPECT_EQ(timers[1].deadline_ms, Min(24 * 60 + 9 * 60 + 50));  // Tuesday 09:50
}

TEST(Timers, DeadlinesAcrossTheNewYorkSpringChange) {
  Fixture f(R"({"schema":1,"timeZone":"America/New_York","firstResponseMinutes":60,
      "hours":{"mon":[["09:00","17:00"]],"fri":[["09:00","17:00"]]}})",
            testing_zones::NewYork());
  int64_t friday = 0, saturday = 0, monday_deadline = 0;
  ASSERT_TRUE(ParseTimestamp("2026-03-06T16:30:00-05:00", &friday).ok());
  ASSERT_TRUE(ParseTimestamp("2026-03-07T12:00:00-05:00", &saturday).ok());
  ASSERT_TRUE(ParseTimestamp("2026-03-09T09:30:00-04:00", &monday_deadline).ok());
  ASSERT_TRUE(f.ledger.Add(Customer("t", friday)).ok());
  const std::vector<ThreadTimer> timers = f.At(saturday);
  ASSERT_EQ(timers.size(), 1u);
  EXPECT_EQ(timers[0].state, TimerState::kPaused);
  EXPECT_EQ(timers[0].time_left_ms, 30 * kMsPerMinute);
  EXPECT_EQ(timers[0].deadline_ms, monday_deadline);
  const std::vector<ThreadTimer> monday = f.At(monday_deadline);
  EXPECT_EQ(monday[0].state, TimerState::kBreached);
  EXPECT_EQ(monday[0].time_left_ms, 0);
}

TEST(Timers, ExactTiesGoToTheLowerThreadIndex) {
  Fixture f(kOffice);
  ASSERT_TRUE(
      f.ledger.AddAll({Customer("z", Min(9 * 60)), Customer("y", Min(9 * 60)), Customer("x", Min(8 * 60))})
          .ok());
  const std::vector<ThreadTimer> timers = f.At(Min(9 * 60 + 30));
  ASSERT_EQ(timers.size(), 3u);
  EXPECT_EQ(f.Id(timers[0]), "x");  // same business time, waiting longer
  EXPECT_EQ(f.Id(timers[1]), "z");  // thread index 0
  EXPECT_EQ(f.Id(timers[2]), "y");
}

TEST(Timers, Json) {
  Fixture f(kOffice);
  ASSERT_TRUE(f.ledger.Add(Customer("a", Min(9 * 60), "instagram", Priority::kHigh)).ok());
  const std::vector<ThreadTimer> timers = f.At(Min(9 * 60 + 10));
  const nlohmann::json doc =
      nlohmann::json::parse(TimersToJson(f.ledger, timers, Min(9 * 60 + 10)), nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_EQ(doc["schema"], 1);
  ASSERT_EQ(doc["timers"].size(), 1u);
  EXPECT_EQ(doc["timers"][0]["channel"], "instagram");
  EXPECT_EQ(doc["timers"][0]["thread"], "a");
  EXPECT_EQ(doc["timers"][0]["state"], "ok");
  EXPECT_EQ(doc["timers"][0]["priority"], "high");
  EXPECT_EQ(doc["timers"][0]["timeLeftMs"], 50 * kMsPerMinute);
  EXPECT_EQ(doc["timers"][0]["deadline"], Min(10 * 60));
}

}  // namespace
}  // namespace pronto

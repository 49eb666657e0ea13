// Copyright 2026 The Pronto Authors.
#include "pronto/events.h"

#include <gtest/gtest.h>

namespace pronto {
namespace {

TEST(Events, ParsesTheVersionedDocument) {
  std::vector<Event> events;
  ASSERT_TRUE(ParseEventsJson(R"({"schema":1,"events":[
      {"channel":"facebook","thread":"t1","kind":"customer","at":1774771200000,"priority":"high"},
      {"channel":"facebook","thread":"t1","kind":"brand","at":"2026-03-29T10:15:00+02:00","agent":"giulia"},
      {"channel":"x","thread":42,"kind":"brand","at":1,"automated":true,"brand":"acme"}]})",
                              &events)
                  .ok());
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].priority, Priority::kHigh);
  EXPECT_EQ(events[1].kind, EventKind::kBrand);
  EXPECT_EQ(events[1].at_ms, 1774772100000);
  EXPECT_EQ(events[1].agent, "giulia");
  EXPECT_EQ(events[2].thread, "42");
  EXPECT_TRUE(events[2].automated);
  EXPECT_EQ(events[2].brand, "acme");
}

TEST(Events, ErrorsNameTheEventAndField) {
  std::vector<Event> events;
  Status s = ParseEventsJson(
      R"([{"thread":"a","kind":"customer","at":1},{"thread":"b","kind":"agent","at":1}])", &events);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("events[1].kind"), std::string::npos) << s.message();
  EXPECT_TRUE(events.empty());
  s = ParseEventsJson(R"([{"thread":"a","kind":"customer","at":"tomorrow"}])", &events);
  EXPECT_NE(s.message().find("events[0].at"), std::string::npos) << s.message();
  s = ParseEventsJson(R"([{"kind":"customer","at":1}])", &events);
  EXPECT_NE(s.message().find("events[0].thread"), std::string::npos) << s.message();
  s = ParseEventsJson(R"([{"thread":"a","kind":"brand","at":1,"automated":"yes"}])", &events);
  EXPECT_NE(s.message().find("automated"), std::string::npos) << s.message();
  s = ParseEventsJson("[{\"thread\":\"a\",\n\"kind\":customer}]", &events);
  EXPECT_NE(s.message().find("not valid JSON at line 2, column 8"), std::string::npos) << s.message();
  s = ParseEventsJson(R"({"schema":7,"events":[]})", &events);
  EXPECT_NE(s.message().find("schema"), std::string::npos) << s.message();
  EXPECT_FALSE(ParseEventsJson("{", &events).ok());
}

TEST(Events, JsonRoundTrip) {
  std::vector<Event> events(2);
  events[0] = {"facebook", "t1", EventKind::kCustomer, 10, "", false, "", Priority::kUrgent};
  events[1] = {"facebook", "t1", EventKind::kBrand, 20, "marco", true, "acme", Priority::kUnknown};
  std::vector<Event> back;
  const std::string json = EventsToJson(events);
  EXPECT_NE(json.find("\"schema\":1"), std::string::npos);
  ASSERT_TRUE(ParseEventsJson(json, &back).ok()) << json;
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[0].priority, Priority::kUrgent);
  EXPECT_EQ(back[1].agent, "marco");
  EXPECT_TRUE(back[1].automated);
  EXPECT_EQ(back[1].brand, "acme");
}

TEST(Events, NamesParseBothWays) {
  EventKind k;
  EXPECT_TRUE(ParseEventKind("Inbound", &k));
  EXPECT_EQ(k, EventKind::kCustomer);
  EXPECT_TRUE(ParseEventKind("OUTBOUND", &k));
  EXPECT_EQ(k, EventKind::kBrand);
  EXPECT_FALSE(ParseEventKind("agent", &k));
  Priority p;
  EXPECT_TRUE(ParsePriority("Urgent", &p));
  EXPECT_EQ(p, Priority::kUrgent);
  EXPECT_FALSE(ParsePriority("meh", &p));
}

}  // namespace
}  // namespace pronto

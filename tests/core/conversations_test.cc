// Copyright 2026 The Pronto Authors.
//
// The clock semantics of conversations.h, one rule per test.
#include "pronto/conversations.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "ledger_helpers.h"

namespace pronto {
namespace {

using namespace testing_events;

const ThreadRecord& Only(const ConversationLedger& l) {
  EXPECT_EQ(l.threads().size(), 1u);
  return l.threads()[0];
}

TEST(Conversations, WaitStartsAtTheFirstUnansweredMessage) {
  ConversationLedger l;
  ASSERT_TRUE(l.Add(Customer("t", Min(0))).ok());
  ASSERT_TRUE(l.Add(Customer("t", Min(10))).ok());  // does not restart the clock
  const ThreadRecord& t = Only(l);
  EXPECT_EQ(t.waiting_since_ms, Min(0));
  EXPECT_TRUE(t.waiting_for_first);
  EXPECT_EQ(l.open_threads().size(), 1u);
  ASSERT_TRUE(l.Add(Brand("t", Min(25), "giulia")).ok());
  EXPECT_EQ(t.waiting_since_ms, kNoTime);
  EXPECT_TRUE(l.open_threads().empty());
  ASSERT_EQ(t.responses.size(), 1u);
  EXPECT_EQ(t.responses[0].waiting_since_ms, Min(0));
  EXPECT_EQ(t.responses[0].replied_ms, Min(25));
  EXPECT_EQ(l.agent_name(t.responses[0].agent), "giulia");
  EXPECT_TRUE(t.responses[0].first);
  ASSERT_EQ(t.conversations.size(), 1u);
  EXPECT_EQ(t.conversations[0].first_reply_ms, Min(25));
  EXPECT_EQ(l.agent_name(t.conversations[0].first_reply_agent), "giulia");
}

TEST(Conversations, AutomatedRepliesNeverCloseAWait) {
  ConversationLedger l;
  ASSERT_TRUE(l.Add(Customer("t", Min(0))).ok());
  ASSERT_TRUE(l.Add(Brand("t", Min(0), "bot", "facebook", /*automated=*/true)).ok());
  const ThreadRecord& t = Only(l);
  EXPECT_EQ(t.waiting_since_ms, Min(0));
  EXPECT_EQ(t.automated_replies, 1u);
  EXPECT_EQ(t.conversations[0].first_reply_ms, kNoTime);
  ASSERT_TRUE(l.Add(Brand("t", Min(40), "marco")).ok());
  EXPECT_EQ(t.conversations[0].first_reply_ms, Min(40));
  EXPECT_EQ(l.agent_name(t.conversations[0].first_reply_agent), "marco");
}

TEST(Conversations, NextResponsesAndNewConversationsAfter24HoursOfSilence) {
  ConversationLedger l;
  ASSERT_TRUE(l.Add(Customer("t", Min(0))).ok());
  ASSERT_TRUE(l.Add(Brand("t", Min(30), "a")).ok());
  ASSERT_TRUE(l.Add(Customer("t", Min(60))).ok());  // same conversation: a next response is due
  const ThreadRecord& t = Only(l);
  EXPECT_FALSE(t.waiting_for_first);
  ASSERT_TRUE(l.Add(Brand("t", Min(90), "b")).ok());
  ASSERT_EQ(t.responses.size(), 2u);
  EXPECT_FALSE(t.responses[1].first);
  EXPECT_EQ(t.conversations.size(), 1u);
  // 23 h 59 min of silence: still the same conversation.
  ASSERT_TRUE(l.Add(Customer("t", Min(90 + 24 * 60 - 1))).ok());
  EXPECT_EQ(t.conversations.size(), 1u);
  ASSERT_TRUE(l.Add(Brand("t", Min(90 + 24 * 60), "a")).ok());
  // Exactly 24 h of silence on both sides: a new conversation, a first response due.
  ASSERT_TRUE(l.Add(Customer("t", Min(90 + 48 * 60))).ok());
  EXPECT_EQ(t.conversations.size(), 2u);
  EXPECT_TRUE(t.waiting_for_first);
}

TEST(Conversations, AWaitSpanningConversationsKeepsItsStart) {
  ConversationLedger l;
  ASSERT_TRUE(l.Add(Customer("t", Min(0))).ok());
  ASSERT_TRUE(l.Add(Customer("t", Min(3 * 24 * 60))).ok());  // opens a new conversation
  ASSERT_TRUE(l.Add(Brand("t", Min(3 * 24 * 60 + 5), "a")).ok());
  const ThreadRecord& t = Only(l);
  ASSERT_EQ(t.conversations.size(), 2u);
  EXPECT_EQ(t.conversations[0].first_reply_ms, kNoTime);  // the first one was never answered
  EXPECT_EQ(t.conversations[1].first_reply_ms, Min(3 * 24 * 60 + 5));
  ASSERT_EQ(t.responses.size(), 1u);
  EXPECT_EQ(t.responses[0].waiting_since_ms, Min(0));
}

TEST(Conversations, DuplicatesAreIdempotent) {
  ConversationLedger l;
  ASSERT_TRUE(l.Add(Customer("t", Min(0))).ok());
  ASSERT_TRUE(l.Add(Brand("t", Min(5), "a")).ok());
  ASSERT_TRUE(l.Add(Customer("t", Min(0))).ok());
  ASSERT_TRUE(l.Add(Brand("t", Min(5), "other")).ok());
  EXPECT_EQ(l.event_count(), 2u);
  EXPECT_EQ(l.duplicate_count(), 2u);
  EXPECT_EQ(l.agent_name(Only(l).conversations[0].first_reply_agent), "a");
  ASSERT_TRUE(l.AddAll({Customer("t", Min(0)), Customer("t", Min(0))}).ok());
  EXPECT_EQ(l.event_count(), 2u);
  EXPECT_EQ(l.duplicate_count(), 4u);
}

TEST(Conversations, SameThreadIdOnTwoChannelsIsTwoThreads) {
  ConversationLedger l;
  ASSERT_TRUE(l.Add(Customer("t", Min(0), "facebook")).ok());
  ASSERT_TRUE(l.Add(Customer("t", Min(0), "x")).ok());
  EXPECT_EQ(l.threads().size(), 2u);
  EXPECT_EQ(l.open_threads().size(), 2u);
}

// Folds the ledger into comparable text.
std::string Summary(const ConversationLedger& l) {
  std::vector<std::string> lines;
  for (const ThreadRecord& t : l.threads()) {
    std::string s = l.channel_name(t.channel) + "/" + t.id + " wait=" + std::to_string(t.waiting_since_ms);
    for (const Conversation& c : t.conversations) {
      s += " c" + std::to_string(c.started_ms) + ">" + std::to_string(c.first_reply_ms) + ":" +
           l.agent_name(c.first_reply_agent);
    }
    for (const Response& r : t.responses) {
      s += " r" + std::to_string(r.waiting_since_ms) + ">" + std::to_string(r.replied_ms) +
           (r.first ? "f" : "n");
    }
    lines.push_back(s);
  }
  std::sort(lines.begin(), lines.end());
  std::string all;
  for (const std::string& s : lines) all += s + "\n";
  return all;
}

TEST(Conversations, OrderOfArrivalDoesNotMatter) {
  std::mt19937 rng(7);
  std::vector<Event> events;
  for (int thread = 0; thread < 30; ++thread) {
    int64_t at = Min(rng() % 600);
    for (int i = 0; i < 12; ++i) {
      at += static_cast<int64_t>(rng() % 2000) * kMsPerMinute;
      const std::string id = "t" + std::to_string(thread);
      const int kind = rng() % 4;
      if (kind < 2) {
        events.push_back(Customer(id, at));
      } else {
        events.push_back(
            Brand(id, at, "agent" + std::to_string(rng() % 3), "facebook", kind == 3 && rng() % 2));
      }
    }
  }
  ConversationLedger in_order;
  for (const Event& e : events) ASSERT_TRUE(in_order.Add(e).ok());
  const std::string expected = Summary(in_order);
  for (int round = 0; round < 5; ++round) {
    std::vector<Event> shuffled = events;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    shuffled.push_back(shuffled[3]);  // and a duplicate
    ConversationLedger one_by_one, bulk;
    for (const Event& e : shuffled) ASSERT_TRUE(one_by_one.Add(e).ok());
    ASSERT_TRUE(bulk.AddAll(shuffled).ok());
    EXPECT_EQ(Summary(one_by_one), expected);
    EXPECT_EQ(Summary(bulk), expected);
    EXPECT_EQ(bulk.open_threads().size(), in_order.open_threads().size());
    EXPECT_EQ(bulk.event_count(), in_order.event_count());
  }
}

TEST(Conversations, BadEventsChangeNothing) {
  ConversationLedger l;
  Event e = Customer("", Min(0));
  Status s = l.Add(e);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("thread"), std::string::npos);
  s = l.AddAll({Customer("a", Min(0)), Customer("", Min(1))});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("events[1]"), std::string::npos) << s.message();
  EXPECT_TRUE(l.threads().empty());
  EXPECT_EQ(l.event_count(), 0u);
}

TEST(Conversations, AnEarlyEventRefoldsOnlyItsThread) {
  ConversationLedger l;
  ASSERT_TRUE(l.Add(Brand("t", Min(30), "a")).ok());
  ASSERT_TRUE(l.Add(Customer("u", Min(0))).ok());
  EXPECT_TRUE(l.threads()[0].responses.empty());
  ASSERT_TRUE(l.Add(Customer("t", Min(0))).ok());  // arrives late
  ASSERT_EQ(l.threads()[0].responses.size(), 1u);
  EXPECT_EQ(l.threads()[0].responses[0].replied_ms, Min(30));
  EXPECT_EQ(l.open_threads().size(), 1u);
  EXPECT_EQ(l.open_threads()[0].thread, 1u);
  EXPECT_EQ(l.open_threads()[0].waiting_since_ms, Min(0));
  EXPECT_EQ(l.earliest_ms(), Min(0));
  EXPECT_EQ(l.latest_ms(), Min(30));
}

TEST(Conversations, AddAllKeepsTheTimeRangeOfEveryBatch) {
  ConversationLedger l;
  ASSERT_TRUE(l.AddAll({Customer("t", Min(20)), Brand("t", Min(25), "a"), Customer("u", Min(5))}).ok());
  EXPECT_EQ(l.earliest_ms(), Min(5));
  EXPECT_EQ(l.latest_ms(), Min(25));
  ASSERT_TRUE(l.AddAll({Customer("v", Min(40)), Customer("w", Min(1))}).ok());
  EXPECT_EQ(l.earliest_ms(), Min(1));
  EXPECT_EQ(l.latest_ms(), Min(40));
  // A batch with a bad event changes nothing, its range included.
  Event bad = Customer("", Min(-100));
  EXPECT_FALSE(l.AddAll({Customer("x", Min(90)), bad}).ok());
  EXPECT_EQ(l.earliest_ms(), Min(1));
  EXPECT_EQ(l.latest_ms(), Min(40));
  ASSERT_TRUE(l.AddAll({}).ok());
  EXPECT_EQ(l.latest_ms(), Min(40));
}

}  // namespace
}  // namespace pronto

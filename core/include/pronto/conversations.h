// Copyright 2026 The Pronto Authors.
//
// The conversation ledger: events folded, thread by thread, into waits,
// replies and conversations. It is the one place where Pronto's clock
// semantics live, so the extension's timers, its popup stats, the badge and
// the CLI all agree.
//
//   pronto::ConversationLedger ledger;
//   pronto::Status s = ledger.AddAll(events);     // bulk import
//   s = ledger.Add(one_more_event);                // live: O(1) when in order
//   for (uint32_t t : ledger.open_threads()) { /* threads waiting for a reply */ }
//
// Clock semantics (they follow Meta's published rules where Meta has one):
//  - A thread is *waiting* from its first unanswered customer message; later
//    customer messages do not restart the clock.
//  - A human brand reply closes the wait and is credited to the agent who
//    sent it. Automated brand messages (auto-responders, away messages,
//    instant replies) never close a wait and do not count as activity.
//  - A *new conversation* starts with the first customer message after 24 h
//    of silence on both sides (human messages only), or with the thread's
//    first customer message. Its first response is the first human brand
//    reply after it; response rate and first-response time are measured per
//    conversation.
//  - A wait that began before its conversation had any human reply is timed
//    against the first-response threshold, any later wait against the
//    next-response threshold.
//  - Duplicate events (same thread, kind and instant) are idempotent; events
//    may arrive in any order: an out-of-order event refolds only its thread.
//  - Messages at the same millisecond are ordered customer before brand.
#ifndef PRONTO_CONVERSATIONS_H_
#define PRONTO_CONVERSATIONS_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pronto/civil_time.h"
#include "pronto/events.h"
#include "pronto/status.h"

namespace pronto {

// Silence, on both sides, after which a customer message opens a new conversation.
inline constexpr int64_t kNewConversationSilenceMs = 24 * kMsPerHour;
// Marks an instant that has not happened (no reply yet).
inline constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();
// Marks a missing name (no agent, no brand).
inline constexpr uint32_t kNoName = std::numeric_limits<uint32_t>::max();

// An event as the ledger stores it: 16 bytes, names interned.
struct StoredEvent {
  int64_t at_ms = 0;
  uint32_t agent = kNoName;
  EventKind kind = EventKind::kCustomer;
  bool automated = false;
  Priority priority = Priority::kUnknown;
};

// A conversation in Meta's sense: opened by a customer message after 24 h of
// silence, answered by its first human brand reply.
struct Conversation {
  int64_t started_ms = 0;
  int64_t first_reply_ms = kNoTime;  // kNoTime while unanswered
  uint32_t first_reply_agent = kNoName;
};

// A wait closed by a human brand reply.
struct Response {
  int64_t waiting_since_ms = 0;  // the first unanswered customer message
  int64_t replied_ms = 0;
  uint32_t agent = kNoName;
  bool first = false;  // a first response (else a next response)
};

// One thread: its events in time order and what they fold into.
struct ThreadRecord {
  std::string id;
  uint32_t channel = 0;      // index for ConversationLedger::channel_name()
  uint32_t brand = kNoName;  // index for ConversationLedger::brand_name()
  std::vector<StoredEvent> events;
  std::vector<Conversation> conversations;
  std::vector<Response> responses;
  int64_t waiting_since_ms = kNoTime;              // the wait in progress, or kNoTime
  bool waiting_for_first = false;                  // the wait is for a first response
  Priority waiting_priority = Priority::kUnknown;  // highest priority among waiting messages
  int64_t last_activity_ms = kNoTime;              // the last human message, either side
  uint32_t automated_replies = 0;
  uint32_t open_slot = kNoName;  // position in open_threads(), internal
  uint32_t batch_count = 0;      // events added by the running AddAll, internal
};

// A thread waiting for a reply, as timers need it: kept in one compact list
// so that timing thousands of open threads never touches the rest.
struct OpenWait {
  uint32_t thread = 0;  // index into ConversationLedger::threads()
  int64_t waiting_since_ms = 0;
  bool first_response = false;
  Priority priority = Priority::kUnknown;
};

// All conversations, incrementally maintained.
class ConversationLedger {
 public:
  ConversationLedger() = default;

  // Adds one event. In time order per thread this costs O(1); an earlier event
  // refolds that one thread. Returns an error, and changes nothing, when the
  // event has no thread or its time is outside ±275,000 years.
  Status Add(const Event& event);

  // Adds many events at once (order does not matter). All are validated
  // first: on error nothing is added and the message names the event index.
  Status AddAll(const std::vector<Event>& events);

  // Returns every thread; indices are stable.
  const std::vector<ThreadRecord>& threads() const { return threads_; }
  // Returns the threads waiting for a reply, in no order.
  const std::vector<OpenWait>& open_threads() const { return open_; }
  // Returns the name behind an index; "" for kNoName.
  const std::string& channel_name(uint32_t i) const { return i < channels_.size() ? channels_[i] : empty_; }
  const std::string& agent_name(uint32_t i) const { return i < agents_.size() ? agents_[i] : empty_; }
  const std::string& brand_name(uint32_t i) const { return i < brands_.size() ? brands_[i] : empty_; }
  size_t channel_count() const { return channels_.size(); }
  size_t agent_count() const { return agents_.size(); }
  size_t brand_count() const { return brands_.size(); }

  // Returns how many distinct events are stored, and how many were dropped as duplicates.
  uint64_t event_count() const { return event_count_; }
  uint64_t duplicate_count() const { return duplicate_count_; }
  // Returns the earliest and latest event instants, kNoTime when empty.
  int64_t earliest_ms() const { return earliest_ms_; }
  int64_t latest_ms() const { return latest_ms_; }

 private:
  uint32_t InternThread(const Event& e);
  uint32_t InternChannel(const std::string& channel);
  void GrowThreadIndex();
  static uint32_t Intern(const std::string& name, std::vector<std::string>* names,
                         std::unordered_map<std::string, uint32_t>* index);
  StoredEvent Store(const Event& e);
  void Step(ThreadRecord* t, const StoredEvent& e);
  void Refold(uint32_t thread);
  void UpdateOpen(uint32_t thread);
  void NoteTime(int64_t at);

  std::vector<ThreadRecord> threads_;
  // Open addressing over threads_: thread index + 1, 0 when empty. Keys are
  // (channel, id) read from threads_ itself, so ids are stored once.
  std::vector<uint32_t> thread_slots_;
  std::vector<std::string> channels_, agents_, brands_;
  std::unordered_map<std::string, uint32_t> channel_index_, agent_index_, brand_index_;
  std::vector<OpenWait> open_;
  uint64_t event_count_ = 0;
  uint64_t duplicate_count_ = 0;
  int64_t earliest_ms_ = kNoTime;
  int64_t latest_ms_ = kNoTime;
  std::string empty_;
};

}  // namespace pronto

#endif  // PRONTO_CONVERSATIONS_H_

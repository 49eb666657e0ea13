// Copyright 2026 The Pronto Authors.
#include "pronto/conversations.h"

#include <algorithm>
#include <utility>

namespace pronto {
namespace {

// ±275,000 years, the range of a JavaScript Date.
constexpr int64_t kMaxAbsTime = 8640000000000000LL;

// Order of events within a thread: by time, customer before brand.
bool Before(const StoredEvent& a, const StoredEvent& b) {
  return a.at_ms != b.at_ms ? a.at_ms < b.at_ms : a.kind < b.kind;
}
bool SameKey(const StoredEvent& a, const StoredEvent& b) { return a.at_ms == b.at_ms && a.kind == b.kind; }

// FNV-1a over the id, mixed with the channel.
size_t ThreadHash(uint32_t channel, std::string_view id) {
  uint64_t h = 1469598103934665603ULL ^ (channel * 0x9E3779B97F4A7C15ULL);
  for (unsigned char c : id) h = (h ^ c) * 1099511628211ULL;
  return static_cast<size_t>(h ^ (h >> 29));
}

// The checks Validate explains, without building a Status: AddAll runs them
// on every event of a batch.
bool IsValid(const Event& e) {
  return !e.thread.empty() && e.at_ms <= kMaxAbsTime && e.at_ms >= -kMaxAbsTime;
}

Status Validate(const Event& e, const std::string& where) {
  if (e.thread.empty())
    return Status::Error("invalid_event", where + "thread is empty; every event needs its thread id");
  if (e.at_ms > kMaxAbsTime || e.at_ms < -kMaxAbsTime) {
    return Status::Error("invalid_event", where + "at is out of range; give UTC milliseconds");
  }
  return Status::Ok();
}

}  // namespace

uint32_t ConversationLedger::Intern(const std::string& name, std::vector<std::string>* names,
                                    std::unordered_map<std::string, uint32_t>* index) {
  auto [it, inserted] = index->try_emplace(name, static_cast<uint32_t>(names->size()));
  if (inserted) names->push_back(name);
  return it->second;
}

uint32_t ConversationLedger::InternChannel(const std::string& channel) {
  if (!channels_.empty() && channels_.back() == channel) return static_cast<uint32_t>(channels_.size() - 1);
  return Intern(channel, &channels_, &channel_index_);
}

void ConversationLedger::GrowThreadIndex() {
  std::vector<uint32_t> slots(std::max<size_t>(64, thread_slots_.size() * 2), 0);
  const size_t mask = slots.size() - 1;
  for (uint32_t i = 0; i < threads_.size(); ++i) {
    size_t slot = ThreadHash(threads_[i].channel, threads_[i].id) & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  thread_slots_ = std::move(slots);
}

uint32_t ConversationLedger::InternThread(const Event& e) {
  const uint32_t channel = InternChannel(e.channel);
  if ((threads_.size() + 1) * 2 > thread_slots_.size()) GrowThreadIndex();
  const size_t mask = thread_slots_.size() - 1;
  size_t slot = ThreadHash(channel, e.thread) & mask;
  uint32_t index;
  for (;;) {
    const uint32_t entry = thread_slots_[slot];
    if (entry == 0) {
      index = static_cast<uint32_t>(threads_.size());
      thread_slots_[slot] = index + 1;
      threads_.emplace_back();
      threads_.back().id = e.thread;
      threads_.back().channel = channel;
      break;
    }
    const ThreadRecord& t = threads_[entry - 1];
    if (t.channel == channel && t.id == e.thread) {
      index = entry - 1;
      break;
    }
    slot = (slot + 1) & mask;
  }
  ThreadRecord& t = threads_[index];
  if (t.brand == kNoName && !e.brand.empty()) t.brand = Intern(e.brand, &brands_, &brand_index_);
  return index;
}

StoredEvent ConversationLedger::Store(const Event& e) {
  StoredEvent s;
  s.at_ms = e.at_ms;
  s.kind = e.kind;
  s.automated = e.kind == EventKind::kBrand && e.automated;
  s.priority = e.kind == EventKind::kCustomer ? e.priority : Priority::kUnknown;
  s.agent =
      e.kind == EventKind::kBrand && !e.agent.empty() ? Intern(e.agent, &agents_, &agent_index_) : kNoName;
  return s;
}

void ConversationLedger::NoteTime(int64_t at) {
  if (earliest_ms_ == kNoTime || at < earliest_ms_) earliest_ms_ = at;
  if (latest_ms_ == kNoTime || at > latest_ms_) latest_ms_ = at;
}

void ConversationLedger::Step(ThreadRecord* t, const StoredEvent& e) {
  if (e.kind == EventKind::kCustomer) {
    if (t->conversations.empty() || t->last_activity_ms == kNoTime ||
        e.at_ms - t->last_activity_ms >= kNewConversationSilenceMs) {
      t->conversations.push_back({e.at_ms, kNoTime, kNoName});
    }
    if (t->waiting_since_ms == kNoTime) {
      t->waiting_since_ms = e.at_ms;
      t->waiting_for_first = t->conversations.back().first_reply_ms == kNoTime;
      t->waiting_priority = e.priority;
    } else {
      t->waiting_priority = std::max(t->waiting_priority, e.priority);
    }
    t->last_activity_ms = e.at_ms;
    return;
  }
  if (e.automated) {
    ++t->automated_replies;
    return;
  }
  if (t->waiting_since_ms != kNoTime) {
    t->responses.push_back({t->waiting_since_ms, e.at_ms, e.agent, t->waiting_for_first});
    t->waiting_since_ms = kNoTime;
    t->waiting_priority = Priority::kUnknown;
  }
  if (!t->conversations.empty() && t->conversations.back().first_reply_ms == kNoTime) {
    t->conversations.back().first_reply_ms = e.at_ms;
    t->conversations.back().first_reply_agent = e.agent;
  }
  t->last_activity_ms = e.at_ms;
}

void ConversationLedger::Refold(uint32_t index) {
  ThreadRecord& t = threads_[index];
  t.conversations.clear();
  t.responses.clear();
  t.waiting_since_ms = kNoTime;
  t.waiting_for_first = false;
  t.waiting_priority = Priority::kUnknown;
  t.last_activity_ms = kNoTime;
  t.automated_replies = 0;
  for (const StoredEvent& e : t.events) Step(&t, e);
  UpdateOpen(index);
}

void ConversationLedger::UpdateOpen(uint32_t index) {
  ThreadRecord& t = threads_[index];
  const bool waiting = t.waiting_since_ms != kNoTime;
  if (waiting) {
    if (t.open_slot == kNoName) {
      t.open_slot = static_cast<uint32_t>(open_.size());
      open_.emplace_back();
    }
    open_[t.open_slot] = {index, t.waiting_since_ms, t.waiting_for_first, t.waiting_priority};
  } else if (t.open_slot != kNoName) {
    const OpenWait moved = open_.back();
    open_[t.open_slot] = moved;
    threads_[moved.thread].open_slot = t.open_slot;
    open_.pop_back();
    t.open_slot = kNoName;
  }
}

Status ConversationLedger::Add(const Event& event) {
  Status s = Validate(event, "");
  if (!s.ok()) return s;
  const uint32_t index = InternThread(event);
  const StoredEvent e = Store(event);
  ThreadRecord& t = threads_[index];
  if (t.events.empty() || Before(t.events.back(), e)) {
    t.events.push_back(e);
    Step(&t, e);
    UpdateOpen(index);
  } else {
    auto it = std::lower_bound(t.events.begin(), t.events.end(), e, Before);
    if (it != t.events.end() && SameKey(*it, e)) {
      ++duplicate_count_;
      return Status::Ok();
    }
    t.events.insert(it, e);
    Refold(index);
  }
  ++event_count_;
  NoteTime(e.at_ms);
  return Status::Ok();
}

Status ConversationLedger::AddAll(const std::vector<Event>& events) {
  // One pass reads every event: validity, and the time range.
  int64_t earliest = kNoTime, latest = kNoTime;
  for (size_t i = 0; i < events.size(); ++i) {
    if (!IsValid(events[i])) return Validate(events[i], "events[" + std::to_string(i) + "].");
    const int64_t at = events[i].at_ms;
    if (earliest == kNoTime || at < earliest) earliest = at;
    if (latest == kNoTime || at > latest) latest = at;
  }
  // Two passes: find every event's thread and count, then reserve and append.
  std::vector<uint32_t> touched;
  std::vector<uint32_t> thread_of(events.size());
  size_t size_before = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    const uint32_t index = InternThread(events[i]);
    thread_of[i] = index;
    ThreadRecord& t = threads_[index];
    if (t.batch_count++ == 0) {
      touched.push_back(index);
      size_before += t.events.size();
    }
  }
  for (uint32_t index : touched) {
    ThreadRecord& t = threads_[index];
    t.events.reserve(t.events.size() + t.batch_count);
  }
  for (size_t i = 0; i < events.size(); ++i) threads_[thread_of[i]].events.push_back(Store(events[i]));
  size_t size_after = 0;
  for (uint32_t index : touched) {
    ThreadRecord& t = threads_[index];
    t.batch_count = 0;
    if (!std::is_sorted(t.events.begin(), t.events.end(), Before)) {
      // Stable: an event already stored wins over a later duplicate.
      std::stable_sort(t.events.begin(), t.events.end(), Before);
    }
    t.events.erase(std::unique(t.events.begin(), t.events.end(), SameKey), t.events.end());
    size_after += t.events.size();
    Refold(index);
  }
  event_count_ += size_after - size_before;
  duplicate_count_ += events.size() - (size_after - size_before);
  if (!events.empty()) {
    NoteTime(earliest);
    NoteTime(latest);
  }
  return Status::Ok();
}

}  // namespace pronto

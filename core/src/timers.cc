// Copyright 2026 The Pronto Authors.
#include "pronto/timers.h"
#include "json_dump.h"

#include <algorithm>
#include <cstring>

#include <nlohmann/json.hpp>

namespace pronto {
namespace {

// Stably reorders `order` by key(i) ascending: LSD radix sort on 11-bit
// digits, skipping digits that are equal for every element. For thousands of
// timers this is several times faster than a comparison sort.
template <typename KeyFn>
void RadixSortBy(std::vector<uint32_t>* order, std::vector<uint32_t>* scratch, KeyFn key) {
  constexpr int kBits = 11;
  constexpr uint64_t kMask = (uint64_t{1} << kBits) - 1;
  uint64_t any = 0, all = ~uint64_t{0};
  for (uint32_t i : *order) {
    const uint64_t k = key(i);
    any |= k;
    all &= k;
  }
  const uint64_t varying = any ^ all;
  std::vector<uint32_t> counts;
  for (int shift = 0; shift < 64; shift += kBits) {
    if (((varying >> shift) & kMask) == 0) continue;
    counts.assign(kMask + 1, 0);
    for (uint32_t i : *order) ++counts[(key(i) >> shift) & kMask];
    uint32_t total = 0;
    for (uint32_t& c : counts) {
      const uint32_t n = c;
      c = total;
      total += n;
    }
    scratch->resize(order->size());
    for (uint32_t i : *order) (*scratch)[counts[(key(i) >> shift) & kMask]++] = i;
    order->swap(*scratch);
  }
}

// Maps a non-negative double to an integer with the same order.
uint64_t OrderedBits(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof(bits));
  return bits;
}

}  // namespace

const char* TimerStateName(TimerState state) {
  switch (state) {
    case TimerState::kOk:
      return "ok";
    case TimerState::kWarning:
      return "warning";
    case TimerState::kBreached:
      return "breached";
    case TimerState::kPaused:
      return "paused";
  }
  return "ok";
}

double PriorityWeight(Priority priority) {
  switch (priority) {
    case Priority::kLow:
      return 0.75;
    case Priority::kHigh:
      return 1.5;
    case Priority::kUrgent:
      return 2.0;
    case Priority::kNormal:
    case Priority::kUnknown:
      break;
  }
  return 1.0;
}

void ComputeTimers(const ConversationLedger& ledger, const SlaPolicy& policy,
                   const BusinessCalendar& calendar, int64_t now_ms, std::vector<ThreadTimer>* timers) {
  const std::vector<OpenWait>& open = ledger.open_threads();
  std::vector<ThreadTimer> unsorted;
  unsorted.reserve(open.size());
  int64_t earliest = now_ms;
  const CalendarPoint now = calendar.Locate(now_ms);
  const bool open_now = now.open;
  const int64_t open_before_now = now.open_ms_before;
  for (const OpenWait& w : open) {
    if (w.waiting_since_ms > now_ms) continue;
    ThreadTimer timer;
    timer.thread = w.thread;
    timer.waiting_since_ms = w.waiting_since_ms;
    timer.first_response = w.first_response;
    timer.priority = w.priority;
    timer.threshold_ms = w.first_response ? policy.first_response_ms : policy.next_response_ms;
    const CalendarPoint start = calendar.Locate(w.waiting_since_ms);
    const int64_t open_before_start = start.open_ms_before;
    timer.clock_start_ms = start.next_opening_ms;
    timer.deadline_ms = calendar.InstantAtOpenMs(open_before_start + timer.threshold_ms);
    timer.waited_ms = now_ms - w.waiting_since_ms;
    timer.waited_business_ms = open_before_now - open_before_start;
    timer.time_left_ms = timer.threshold_ms - timer.waited_business_ms;
    if (timer.time_left_ms <= 0) {
      timer.state = TimerState::kBreached;
    } else if (!open_now) {
      timer.state = TimerState::kPaused;
    } else if (timer.waited_business_ms >= policy.warning_fraction * timer.threshold_ms) {
      timer.state = TimerState::kWarning;
    } else {
      timer.state = TimerState::kOk;
    }
    timer.urgency = static_cast<double>(timer.waited_business_ms) / static_cast<double>(timer.threshold_ms) *
                    PriorityWeight(timer.priority);
    earliest = std::min(earliest, timer.waiting_since_ms);
    unsorted.push_back(timer);
  }
  // Most urgent first; ties go to the longest wait, then to the thread index.
  // Three stable passes, least significant key first.
  std::vector<uint32_t> order(unsorted.size()), scratch;
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  RadixSortBy(&order, &scratch, [&](uint32_t i) { return uint64_t{unsorted[i].thread}; });
  RadixSortBy(&order, &scratch,
              [&](uint32_t i) { return static_cast<uint64_t>(unsorted[i].waiting_since_ms - earliest); });
  RadixSortBy(&order, &scratch, [&](uint32_t i) { return ~OrderedBits(unsorted[i].urgency); });
  timers->clear();
  timers->reserve(order.size());
  for (uint32_t i : order) timers->push_back(unsorted[i]);
}

std::string TimersToJson(const ConversationLedger& ledger, const std::vector<ThreadTimer>& timers,
                         int64_t now_ms) {
  nlohmann::json list = nlohmann::json::array();
  for (const ThreadTimer& t : timers) {
    const ThreadRecord& thread = ledger.threads()[t.thread];
    nlohmann::json o = {{"channel", ledger.channel_name(thread.channel)},
                        {"thread", thread.id},
                        {"state", TimerStateName(t.state)},
                        {"waitingSince", t.waiting_since_ms},
                        {"waitedMs", t.waited_ms},
                        {"waitedBusinessMs", t.waited_business_ms},
                        {"thresholdMs", t.threshold_ms},
                        {"timeLeftMs", t.time_left_ms},
                        {"firstResponse", t.first_response},
                        {"priority", PriorityName(t.priority)},
                        {"urgency", t.urgency}};
    o["clockStart"] = t.clock_start_ms == kNever ? nlohmann::json() : nlohmann::json(t.clock_start_ms);
    o["deadline"] = t.deadline_ms == kNever ? nlohmann::json() : nlohmann::json(t.deadline_ms);
    if (thread.brand != kNoName) o["brand"] = ledger.brand_name(thread.brand);
    list.push_back(std::move(o));
  }
  return DumpJson(nlohmann::json{{"schema", 1}, {"now", now_ms}, {"timers", std::move(list)}});
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// Reply timers: for every waiting thread, how long it has waited (calendar and
// business time), how much of its SLA is left, its state, and the order in
// which an agent should answer.
//
//   pronto::BusinessCalendar calendar;
//   pronto::BuildCalendarCovering(policy, zone, ledger.earliest_ms(), now_ms, &calendar);
//   std::vector<pronto::ThreadTimer> timers;
//   pronto::ComputeTimers(ledger, policy, calendar, now_ms, &timers);   // most urgent first
//   std::string json = pronto::TimersToJson(ledger, timers, now_ms);
//
// State rules, in this order:
//   breached  the business time waited has reached the threshold (first- or
//             next-response); it stays breached while the team is closed;
//   paused    the team is closed now (outside hours, holiday, away);
//   warning   warning_fraction of the threshold has passed;
//   ok        otherwise.
// Urgency is the fraction of the threshold used, weighted by the tone
// engine's priority of the waiting messages (low 0.75, normal or unknown 1,
// high 1.5, urgent 2): a high-priority message at 60% of its SLA ranks with a
// normal one at 90%. Ties go to the longest wait, then to the thread index.
#ifndef PRONTO_TIMERS_H_
#define PRONTO_TIMERS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "pronto/business_hours.h"
#include "pronto/conversations.h"
#include "pronto/sla_policy.h"

namespace pronto {

// The state of a reply timer.
enum class TimerState : uint8_t { kOk, kWarning, kBreached, kPaused };

// Returns "ok", "warning", "breached" or "paused".
const char* TimerStateName(TimerState state);

// The timer of one waiting thread at one instant.
struct ThreadTimer {
  uint32_t thread = 0;             // index into ledger.threads()
  int64_t waiting_since_ms = 0;    // the first unanswered customer message
  int64_t clock_start_ms = 0;      // the first open instant at or after it (kNever if none)
  int64_t deadline_ms = kNever;    // when the threshold is reached, in UTC (kNever beyond the calendar)
  int64_t waited_ms = 0;           // calendar time waited
  int64_t waited_business_ms = 0;  // business time waited
  int64_t threshold_ms = 0;        // first- or next-response threshold
  int64_t time_left_ms = 0;        // threshold minus business time waited; negative when overdue
  bool first_response = false;     // timed against the first-response threshold
  Priority priority = Priority::kUnknown;
  TimerState state = TimerState::kOk;
  double urgency = 0;  // higher is more urgent
};

// Returns the weight the urgency ordering gives `priority`.
double PriorityWeight(Priority priority);

// Computes the timers of all threads waiting at `now_ms` (waits that began
// after `now_ms` are left out) into `*timers`, most urgent first. `calendar`
// must cover the waits and the deadlines (see BuildCalendarCovering). Costs
// O(w log w) for w waiting threads, independent of the ledger's size.
void ComputeTimers(const ConversationLedger& ledger, const SlaPolicy& policy,
                   const BusinessCalendar& calendar, int64_t now_ms, std::vector<ThreadTimer>* timers);

// Serialises timers as {"schema":1,"now":…,"timers":[{"channel","thread",
// "state","waitingSince","clockStart","deadline"(null when none),"waitedMs",
// "waitedBusinessMs","thresholdMs","timeLeftMs","firstResponse","priority",
// "urgency"},…]}.
std::string TimersToJson(const ConversationLedger& ledger, const std::vector<ThreadTimer>& timers,
                         int64_t now_ms);

}  // namespace pronto

#endif  // PRONTO_TIMERS_H_

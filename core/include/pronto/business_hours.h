// Copyright 2026 The Pronto Authors.
//
// Business time: when a team is open, according to its SlaPolicy, its time
// zone (a caller-supplied ZoneOffsets table, see zone_offsets.h), holidays and
// away periods. A message received while closed starts its clock at the next
// opening, and a clock pauses while the team is closed.
//
//   pronto::BusinessCalendar calendar;
//   pronto::Status s = pronto::BusinessCalendar::Build(policy, rome, from_ms, until_ms, &calendar);
//   calendar.IsOpen(now_ms);                       // inside a shift?
//   calendar.NextOpening(received_ms);             // when its clock starts
//   calendar.BusinessMsBetween(received_ms, now_ms);   // open time waited
//   calendar.AddBusinessMs(received_ms, policy.first_response_ms);  // the deadline
//
// The calendar is a sorted list of open UTC intervals over [from, until) with
// running totals, so every query is one binary search. Build it to cover the
// instants it will be asked about (ForEvents() picks a safe range); outside
// that range the team counts as closed.
#ifndef PRONTO_BUSINESS_HOURS_H_
#define PRONTO_BUSINESS_HOURS_H_

#include <cstdint>
#include <limits>
#include <vector>

#include "pronto/sla_policy.h"
#include "pronto/status.h"
#include "pronto/zone_offsets.h"

namespace pronto {

// An instant that never comes: a deadline beyond the calendar's range.
inline constexpr int64_t kNever = std::numeric_limits<int64_t>::max();

// One stretch of open time, [start_ms, end_ms) UTC.
struct OpenInterval {
  int64_t start_ms = 0;
  int64_t end_ms = 0;
};

// Where an instant falls in a calendar (see BusinessCalendar::Locate).
struct CalendarPoint {
  bool open = false;                 // inside an open interval
  int64_t open_ms_before = 0;        // OpenMsBefore(t)
  int64_t next_opening_ms = kNever;  // NextOpening(t)
};

// The open intervals of a policy over a range of instants.
class BusinessCalendar {
 public:
  // An empty calendar: closed everywhere.
  BusinessCalendar() = default;

  // Builds the calendar of `policy` read in `zone` over [from_ms, until_ms).
  // Returns an error when the zone's name differs from policy.time_zone (the
  // caller built the wrong table) or the range is empty or longer than 50 years.
  static Status Build(const SlaPolicy& policy, const ZoneOffsets& zone, int64_t from_ms, int64_t until_ms,
                      BusinessCalendar* out);

  // Returns the range the calendar was built for.
  int64_t from_ms() const { return from_ms_; }
  int64_t until_ms() const { return until_ms_; }
  // Returns the open intervals, sorted and disjoint.
  const std::vector<OpenInterval>& intervals() const { return intervals_; }

  // True when `t` lies inside an open interval.
  bool IsOpen(int64_t t) const { return Locate(t).open; }

  // Returns `t` when open, else the start of the next open interval, or kNever.
  int64_t NextOpening(int64_t t) const { return Locate(t).next_opening_ms; }

  // Returns the open time, in ms, within [a, b); 0 when b <= a.
  int64_t BusinessMsBetween(int64_t a, int64_t b) const {
    return b <= a ? 0 : OpenMsBefore(b) - OpenMsBefore(a);
  }

  // Returns the instant at which `ms` of open time has passed since `start`
  // (for ms == 0, the next opening), or kNever beyond the calendar's range.
  int64_t AddBusinessMs(int64_t start, int64_t ms) const;

  // Returns the open time, in ms, between from_ms() and `t`.
  int64_t OpenMsBefore(int64_t t) const { return Locate(t).open_ms_before; }

  // Answers IsOpen, OpenMsBefore and NextOpening for `t` with one search.
  CalendarPoint Locate(int64_t t) const;

  // Returns the instant at which the open time counted from from_ms() reaches
  // `open_ms` (> 0), or kNever beyond the range: AddBusinessMs(start, ms) is
  // InstantAtOpenMs(OpenMsBefore(start) + ms).
  int64_t InstantAtOpenMs(int64_t open_ms) const;

 private:
  int64_t from_ms_ = 0;
  int64_t until_ms_ = 0;
  std::vector<OpenInterval> intervals_;
  std::vector<int64_t> open_before_;  // open ms before intervals_[i].start_ms
};

// Builds the calendar of `policy` covering [earliest_ms, latest_ms] with a
// margin: two days before, and 60 days after so that deadlines of waits still
// open at `latest_ms` fall inside it. Callers pass their data's span, e.g.
// ledger.earliest_ms() and max(ledger.latest_ms(), now).
Status BuildCalendarCovering(const SlaPolicy& policy, const ZoneOffsets& zone, int64_t earliest_ms,
                             int64_t latest_ms, BusinessCalendar* out);

}  // namespace pronto

#endif  // PRONTO_BUSINESS_HOURS_H_

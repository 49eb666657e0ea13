// Copyright 2026 The Pronto Authors.
#include "pronto/business_hours.h"

#include <algorithm>
#include <utility>

#include "pronto/civil_time.h"

namespace pronto {
namespace {

constexpr int64_t kMaxRangeMs = 50 * 366 * kMsPerDay;

// Sorts and merges touching or overlapping intervals.
void Normalize(std::vector<OpenInterval>* v) {
  std::sort(v->begin(), v->end(),
            [](const OpenInterval& a, const OpenInterval& b) { return a.start_ms < b.start_ms; });
  size_t w = 0;
  for (const OpenInterval& iv : *v) {
    if (iv.end_ms <= iv.start_ms) continue;
    if (w > 0 && iv.start_ms <= (*v)[w - 1].end_ms) {
      (*v)[w - 1].end_ms = std::max((*v)[w - 1].end_ms, iv.end_ms);
    } else {
      (*v)[w++] = iv;
    }
  }
  v->resize(w);
}

}  // namespace

Status BusinessCalendar::Build(const SlaPolicy& policy, const ZoneOffsets& zone, int64_t from_ms,
                               int64_t until_ms, BusinessCalendar* out) {
  if (zone.name() != policy.time_zone) {
    return Status::Error("zone_mismatch", "the policy's timeZone is '" + policy.time_zone +
                                              "' but the offsets table is for '" + zone.name() +
                                              "'; build the table for the policy's zone");
  }
  if (until_ms <= from_ms || until_ms - from_ms > kMaxRangeMs) {
    return Status::Error("invalid_range", "the calendar range must be non-empty and at most 50 years long");
  }
  std::vector<OpenInterval> open;
  // Local days that can touch the range, with a day of margin for zone offsets
  // and shifts running past midnight.
  const int64_t first_day = FloorDiv(from_ms, kMsPerDay) - 2;
  const int64_t last_day = FloorDiv(until_ms, kMsPerDay) + 2;
  size_t holiday =
      std::lower_bound(policy.holidays.begin(), policy.holidays.end(), first_day) - policy.holidays.begin();
  for (int64_t day = first_day; day <= last_day; ++day) {
    while (holiday < policy.holidays.size() && policy.holidays[holiday] < day) ++holiday;
    if (holiday < policy.holidays.size() && policy.holidays[holiday] == day) continue;
    const int64_t local_midnight = day * kMsPerDay;
    if (policy.always_open) {
      open.push_back({zone.LocalToUtc(local_midnight), zone.LocalToUtc(local_midnight + kMsPerDay)});
      continue;
    }
    for (const Shift& s : policy.hours[WeekdayFromDays(day)]) {
      const int64_t start = local_midnight + s.open_minute * kMsPerMinute;
      const int64_t end =
          local_midnight + (s.close_minute <= s.open_minute ? kMsPerDay : 0) + s.close_minute * kMsPerMinute;
      open.push_back({zone.LocalToUtc(start), zone.LocalToUtc(end)});
    }
  }
  Normalize(&open);
  // Clip to the range and cut out the away periods (sorted by start).
  std::vector<OpenInterval> clipped;
  clipped.reserve(open.size());
  size_t a = 0;
  for (OpenInterval iv : open) {
    iv.start_ms = std::max(iv.start_ms, from_ms);
    iv.end_ms = std::min(iv.end_ms, until_ms);
    if (iv.end_ms <= iv.start_ms) continue;
    while (a < policy.away.size() && policy.away[a].until_ms <= iv.start_ms) ++a;
    int64_t cursor = iv.start_ms;
    for (size_t k = a; k < policy.away.size() && policy.away[k].from_ms < iv.end_ms; ++k) {
      const AwayPeriod& away = policy.away[k];
      if (away.until_ms <= cursor) continue;
      if (away.from_ms > cursor) clipped.push_back({cursor, away.from_ms});
      cursor = std::max(cursor, away.until_ms);
      if (cursor >= iv.end_ms) break;
    }
    if (cursor < iv.end_ms) clipped.push_back({cursor, iv.end_ms});
  }
  BusinessCalendar c;
  c.from_ms_ = from_ms;
  c.until_ms_ = until_ms;
  c.intervals_ = std::move(clipped);
  c.open_before_.resize(c.intervals_.size());
  int64_t total = 0;
  for (size_t i = 0; i < c.intervals_.size(); ++i) {
    c.open_before_[i] = total;
    total += c.intervals_[i].end_ms - c.intervals_[i].start_ms;
  }
  *out = std::move(c);
  return Status::Ok();
}

CalendarPoint BusinessCalendar::Locate(int64_t t) const {
  // Branch-free search for the number of intervals starting at or before t.
  const OpenInterval* base = intervals_.data();
  size_t n = intervals_.size();
  size_t count = 0;
  while (n > 0) {
    const size_t half = n / 2;
    const bool right = base[count + half].start_ms <= t;
    count = right ? count + half + 1 : count;
    n = right ? n - half - 1 : half;
  }
  CalendarPoint p;
  if (count > 0) {
    const OpenInterval& iv = intervals_[count - 1];
    p.open = t < iv.end_ms;
    p.open_ms_before = open_before_[count - 1] + std::min(t, iv.end_ms) - iv.start_ms;
  }
  p.next_opening_ms = p.open ? t : (count < intervals_.size() ? intervals_[count].start_ms : kNever);
  return p;
}

int64_t BusinessCalendar::AddBusinessMs(int64_t start, int64_t ms) const {
  if (ms <= 0) return NextOpening(start);
  return InstantAtOpenMs(OpenMsBefore(start) + ms);
}

int64_t BusinessCalendar::InstantAtOpenMs(int64_t target) const {
  // The last interval with less open time before it than `target`: the
  // instant falls inside it or at its end (never at the next opening).
  auto it = std::lower_bound(open_before_.begin(), open_before_.end(), target);
  if (it == open_before_.begin()) return kNever;
  const size_t i = static_cast<size_t>(it - open_before_.begin()) - 1;
  const int64_t end = intervals_[i].start_ms + (target - open_before_[i]);
  if (end > intervals_[i].end_ms) return kNever;
  return end;
}

Status BuildCalendarCovering(const SlaPolicy& policy, const ZoneOffsets& zone, int64_t earliest_ms,
                             int64_t latest_ms, BusinessCalendar* out) {
  if (latest_ms < earliest_ms) std::swap(earliest_ms, latest_ms);
  return BusinessCalendar::Build(policy, zone, earliest_ms - 2 * kMsPerDay, latest_ms + 60 * kMsPerDay, out);
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// Responsiveness metrics over a window, overall and per channel, agent or
// brand: response rate, first-response time (median, p90, mean and Meta's
// "average of the fastest 90%"), share within SLA, unanswered conversations
// and a histogram of response times.
//
//   pronto::MetricsOptions options;
//   options.until_ms = now_ms;
//   options.from_ms = now_ms - 30 * pronto::kMsPerDay;
//   options.group_by = pronto::GroupBy::kChannel;
//   pronto::Metrics metrics;
//   pronto::ComputeMetrics(ledger, policy, calendar, options, &metrics);
//   std::string json = pronto::MetricsToJson(metrics);
//
// Definitions (all computed from the ConversationLedger, see conversations.h):
//  - The window holds the conversations that *started* in [from, until).
//    Replies are seen up to `now` (default: until), even past the window's end.
//  - answered within 24 h: first human reply at most 24 h (calendar) after the
//    conversation started. Answered late: after more than 24 h. Unanswered: no
//    reply yet and 24 h have passed. Pending: no reply yet, under 24 h old;
//    pending conversations are left out of the response rate and SLA share.
//  - response rate = answered within 24 h / (conversations − pending).
//  - first-response time of a conversation = time from its first customer
//    message to its first human reply, in business time (the clock starts at
//    the next opening and stops while closed, as Meta times messages received
//    while away); calendar time is reported beside it.
//  - percentiles use the nearest-rank method: the p-th percentile of n sorted
//    values is value number ceil(p·n); "fastest 90% mean" averages the
//    ceil(0.9·n) fastest.
//  - within SLA: first responses within the first-response threshold, as a
//    share of conversations − pending (unanswered ones count as missed).
//  - next responses (later replies in a conversation) are reported apart,
//    grouped by the window in which their wait began.
//  - per agent: a conversation belongs to the agent of its first reply;
//    unanswered ones go to "(unanswered)", replies without an agent to
//    "(unknown)". Per brand: threads without a brand go to "(unknown)".
// Computing metrics walks the ledger's conversations (not its events); adding
// an event to the ledger never recomputes other threads.
#ifndef PRONTO_METRICS_H_
#define PRONTO_METRICS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/business_hours.h"
#include "pronto/conversations.h"
#include "pronto/sla_policy.h"

namespace pronto {

// How the figures are broken down beside the overall ones.
enum class GroupBy : uint8_t { kNone, kChannel, kAgent, kBrand };

// Returns "none", "channel", "agent" or "brand".
const char* GroupByName(GroupBy group_by);

// Parses a GroupBy name; false when unknown.
bool ParseGroupBy(std::string_view text, GroupBy* group_by);

// What to compute.
struct MetricsOptions {
  int64_t from_ms = 0;       // window start (inclusive)
  int64_t until_ms = 0;      // window end (exclusive)
  int64_t now_ms = kNoTime;  // the instant replies are seen up to; kNoTime means until_ms
  GroupBy group_by = GroupBy::kNone;
  // Upper bounds of the histogram buckets, increasing; a last bucket holds
  // everything above the last bound. Default: 5 min, 15 min, 1 h, 4 h, 24 h.
  std::vector<int64_t> histogram_bounds_ms = {5 * kMsPerMinute, 15 * kMsPerMinute, kMsPerHour, 4 * kMsPerHour,
                                              24 * kMsPerHour};
};

// Summary statistics of a set of durations; all zero when count is 0.
struct DurationStats {
  uint64_t count = 0;
  int64_t median_ms = 0;
  int64_t p90_ms = 0;
  int64_t mean_ms = 0;
  int64_t fastest90_mean_ms = 0;  // Meta's response time: mean of the fastest 90%
  int64_t max_ms = 0;
};

// The figures of one group (or of everything).
struct MetricsGroup {
  std::string key;  // "" overall; the channel, agent or brand otherwise
  uint64_t conversations = 0;
  uint64_t answered_within_24h = 0;
  uint64_t answered_late = 0;
  uint64_t unanswered = 0;
  uint64_t pending = 0;
  double response_rate = 0;  // see the definitions above; 0 when nothing is counted
  uint64_t within_sla = 0;   // first responses within the threshold
  double within_sla_share = 0;
  DurationStats first_response;  // business time
  DurationStats first_response_calendar;
  DurationStats next_response;  // business time
  uint64_t next_within_sla = 0;
  std::vector<uint64_t> histogram;  // first responses (business time) per bucket

  // Returns conversations − pending: the sample behind the rate and the badge.
  uint64_t rate_sample() const { return conversations - pending; }
};

// Metrics over one window.
struct Metrics {
  int64_t from_ms = 0;
  int64_t until_ms = 0;
  int64_t now_ms = 0;
  GroupBy group_by = GroupBy::kNone;
  std::vector<int64_t> histogram_bounds_ms;
  MetricsGroup overall;
  std::vector<MetricsGroup> groups;  // most conversations first, then by key
};

// Computes `*metrics`. `calendar` must cover the window and the replies (see
// BuildCalendarCovering). Returns an error when the window is empty or the
// histogram bounds are not increasing.
Status ComputeMetrics(const ConversationLedger& ledger, const SlaPolicy& policy,
                      const BusinessCalendar& calendar, const MetricsOptions& options, Metrics* metrics);

// Serialises metrics as {"schema":1,"window":{"from","until","now"},"groupBy",
// "histogramBoundsMs","overall":{…},"groups":[{…}]} with camelCase fields.
std::string MetricsToJson(const Metrics& metrics);

}  // namespace pronto

#endif  // PRONTO_METRICS_H_

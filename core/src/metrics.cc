// Copyright 2026 The Pronto Authors.
#include "pronto/metrics.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "json_dump.h"
#include "pronto/civil_time.h"

namespace pronto {
namespace {

// Values gathered for one group before they are summarised.
struct Accumulator {
  MetricsGroup group;
  std::vector<int64_t> first_business;
  std::vector<int64_t> first_calendar;
  std::vector<int64_t> next_business;
  bool used = false;
};

// Index of an element with nearest rank ceil(p * n), 0-based.
size_t NearestRank(size_t n, uint64_t percent) { return static_cast<size_t>((percent * n + 99) / 100) - 1; }

// Linear-time summary: selection instead of a full sort.
DurationStats Summarize(std::vector<int64_t>* values) {
  DurationStats s;
  if (values->empty()) return s;
  std::vector<int64_t>& v = *values;
  const size_t n = v.size();
  s.count = n;
  s.max_ms = *std::max_element(v.begin(), v.end());
  long double total = 0;
  for (int64_t x : v) total += x;
  s.mean_ms = static_cast<int64_t>(total / n + 0.5L);
  // After selecting rank p90, the first p90 + 1 values are the fastest 90%.
  const size_t p90 = NearestRank(n, 90);
  std::nth_element(v.begin(), v.begin() + p90, v.end());
  s.p90_ms = v[p90];
  long double fastest = 0;
  for (size_t i = 0; i <= p90; ++i) fastest += v[i];
  s.fastest90_mean_ms = static_cast<int64_t>(fastest / (p90 + 1) + 0.5L);
  const size_t median = NearestRank(n, 50);
  std::nth_element(v.begin(), v.begin() + median, v.begin() + p90 + 1);
  s.median_ms = v[median];
  return s;
}

size_t Bucket(const std::vector<int64_t>& bounds, int64_t value) {
  return static_cast<size_t>(std::lower_bound(bounds.begin(), bounds.end(), value) - bounds.begin());
}

void Finish(Accumulator* a, const std::vector<int64_t>& bounds) {
  MetricsGroup& g = a->group;
  const uint64_t sample = g.rate_sample();
  g.response_rate = sample ? static_cast<double>(g.answered_within_24h) / sample : 0;
  g.within_sla_share = sample ? static_cast<double>(g.within_sla) / sample : 0;
  g.histogram.assign(bounds.size() + 1, 0);
  for (int64_t v : a->first_business) ++g.histogram[Bucket(bounds, v)];
  g.first_response = Summarize(&a->first_business);
  g.first_response_calendar = Summarize(&a->first_calendar);
  g.next_response = Summarize(&a->next_business);
}

nlohmann::json StatsJson(const DurationStats& s) {
  return {{"count", s.count},
          {"medianMs", s.median_ms},
          {"p90Ms", s.p90_ms},
          {"meanMs", s.mean_ms},
          {"fastest90MeanMs", s.fastest90_mean_ms},
          {"maxMs", s.max_ms}};
}

nlohmann::json GroupJson(const MetricsGroup& g) {
  nlohmann::json o = {{"conversations", g.conversations},
                      {"answeredWithin24h", g.answered_within_24h},
                      {"answeredLate", g.answered_late},
                      {"unanswered", g.unanswered},
                      {"pending", g.pending},
                      {"rateSample", g.rate_sample()},
                      {"responseRate", g.response_rate},
                      {"withinSla", g.within_sla},
                      {"withinSlaShare", g.within_sla_share},
                      {"firstResponse", StatsJson(g.first_response)},
                      {"firstResponseCalendar", StatsJson(g.first_response_calendar)},
                      {"nextResponse", StatsJson(g.next_response)},
                      {"nextWithinSla", g.next_within_sla},
                      {"histogram", g.histogram}};
  if (!g.key.empty()) o["key"] = g.key;
  return o;
}

}  // namespace

const char* GroupByName(GroupBy group_by) {
  switch (group_by) {
    case GroupBy::kChannel:
      return "channel";
    case GroupBy::kAgent:
      return "agent";
    case GroupBy::kBrand:
      return "brand";
    case GroupBy::kNone:
      break;
  }
  return "none";
}

bool ParseGroupBy(std::string_view text, GroupBy* group_by) {
  for (GroupBy g : {GroupBy::kNone, GroupBy::kChannel, GroupBy::kAgent, GroupBy::kBrand}) {
    if (text == GroupByName(g)) {
      *group_by = g;
      return true;
    }
  }
  return false;
}

Status ComputeMetrics(const ConversationLedger& ledger, const SlaPolicy& policy,
                      const BusinessCalendar& calendar, const MetricsOptions& options, Metrics* metrics) {
  if (options.until_ms <= options.from_ms) {
    return Status::Error("invalid_window", "the metrics window is empty; 'until' must be after 'from'");
  }
  for (size_t i = 0; i < options.histogram_bounds_ms.size(); ++i) {
    if (options.histogram_bounds_ms[i] <= 0 ||
        (i > 0 && options.histogram_bounds_ms[i] <= options.histogram_bounds_ms[i - 1])) {
      return Status::Error("invalid_histogram", "histogram bounds must be positive and increasing");
    }
  }
  const int64_t now = options.now_ms == kNoTime ? options.until_ms : options.now_ms;
  const GroupBy by = options.group_by;

  // Group slots: one per channel/agent/brand name, then "(unanswered)" and "(unknown)".
  size_t names = 0;
  if (by == GroupBy::kChannel) names = ledger.channel_count();
  if (by == GroupBy::kAgent) names = ledger.agent_count();
  if (by == GroupBy::kBrand) names = ledger.brand_count();
  const size_t unanswered_slot = names, unknown_slot = names + 1;
  Accumulator overall;
  std::vector<Accumulator> groups(by == GroupBy::kNone ? 0 : names + 2);
  auto slot_of = [&](const ThreadRecord& t, uint32_t agent, bool replied) -> Accumulator* {
    if (by == GroupBy::kNone) return nullptr;
    size_t slot = unknown_slot;
    if (by == GroupBy::kChannel) slot = t.channel;
    if (by == GroupBy::kBrand && t.brand != kNoName) slot = t.brand;
    if (by == GroupBy::kAgent) slot = !replied ? unanswered_slot : (agent != kNoName ? agent : unknown_slot);
    groups[slot].used = true;
    return &groups[slot];
  };

  for (const ThreadRecord& t : ledger.threads()) {
    for (const Conversation& c : t.conversations) {
      if (c.started_ms < options.from_ms || c.started_ms >= options.until_ms) continue;
      const bool replied = c.first_reply_ms != kNoTime && c.first_reply_ms <= now;
      Accumulator* group = slot_of(t, c.first_reply_agent, replied);
      for (Accumulator* a : {&overall, group}) {
        if (a == nullptr) continue;
        MetricsGroup& g = a->group;
        ++g.conversations;
        if (!replied) {
          if (now - c.started_ms < kNewConversationSilenceMs) {
            ++g.pending;
          } else {
            ++g.unanswered;
          }
          continue;
        }
        const int64_t calendar_ms = c.first_reply_ms - c.started_ms;
        const int64_t business_ms = calendar.BusinessMsBetween(c.started_ms, c.first_reply_ms);
        if (calendar_ms <= kNewConversationSilenceMs) {
          ++g.answered_within_24h;
        } else {
          ++g.answered_late;
        }
        if (business_ms <= policy.first_response_ms) ++g.within_sla;
        a->first_business.push_back(business_ms);
        a->first_calendar.push_back(calendar_ms);
      }
    }
    for (const Response& r : t.responses) {
      if (r.first || r.waiting_since_ms < options.from_ms || r.waiting_since_ms >= options.until_ms ||
          r.replied_ms > now) {
        continue;
      }
      const int64_t business_ms = calendar.BusinessMsBetween(r.waiting_since_ms, r.replied_ms);
      for (Accumulator* a : {&overall, slot_of(t, r.agent, true)}) {
        if (a == nullptr) continue;
        a->next_business.push_back(business_ms);
        if (business_ms <= policy.next_response_ms) ++a->group.next_within_sla;
      }
    }
  }

  Metrics m;
  m.from_ms = options.from_ms;
  m.until_ms = options.until_ms;
  m.now_ms = now;
  m.group_by = by;
  m.histogram_bounds_ms = options.histogram_bounds_ms;
  Finish(&overall, options.histogram_bounds_ms);
  m.overall = std::move(overall.group);
  for (size_t slot = 0; slot < groups.size(); ++slot) {
    Accumulator& a = groups[slot];
    if (!a.used) continue;
    Finish(&a, options.histogram_bounds_ms);
    if (slot == unanswered_slot) {
      a.group.key = "(unanswered)";
    } else if (slot == unknown_slot) {
      a.group.key = "(unknown)";
    } else if (by == GroupBy::kChannel) {
      a.group.key = ledger.channel_name(static_cast<uint32_t>(slot));
      if (a.group.key.empty()) a.group.key = "(none)";
    } else if (by == GroupBy::kAgent) {
      a.group.key = ledger.agent_name(static_cast<uint32_t>(slot));
    } else {
      a.group.key = ledger.brand_name(static_cast<uint32_t>(slot));
    }
    m.groups.push_back(std::move(a.group));
  }
  std::sort(m.groups.begin(), m.groups.end(), [](const MetricsGroup& a, const MetricsGroup& b) {
    return a.conversations != b.conversations ? a.conversations > b.conversations : a.key < b.key;
  });
  *metrics = std::move(m);
  return Status::Ok();
}

std::string MetricsToJson(const Metrics& m) {
  nlohmann::json groups = nlohmann::json::array();
  for (const MetricsGroup& g : m.groups) groups.push_back(GroupJson(g));
  nlohmann::json doc = {{"schema", 1},
                        {"window",
                         {{"from", m.from_ms},
                          {"until", m.until_ms},
                          {"now", m.now_ms},
                          {"fromIso", FormatUtc(m.from_ms)},
                          {"untilIso", FormatUtc(m.until_ms)}}},
                        {"groupBy", GroupByName(m.group_by)},
                        {"histogramBoundsMs", m.histogram_bounds_ms},
                        {"overall", GroupJson(m.overall)},
                        {"groups", std::move(groups)}};
  return DumpJson(doc);
}

}  // namespace pronto

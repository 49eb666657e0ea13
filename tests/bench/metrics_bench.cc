// Copyright 2026 The Pronto Authors.
//
// Benchmarks of the responsiveness core (not a test): prints one JSON line per
// measurement, e.g. {"name":"metrics_1m_events_native","unit":"s","ours":0.21}.
// Budgets (DESIGN.md): metrics over 1,000,000 events <= 0.3 s native, memory
// linear in events; timer state for 10,000 open threads <= 1 ms.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "pronto/business_hours.h"
#include "pronto/conversations.h"
#include "pronto/metrics.h"
#include "pronto/sla_policy.h"
#include "pronto/timers.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

void Print(const char* name, const char* unit, double value) {
  std::printf("{\"name\":\"%s\",\"unit\":\"%s\",\"ours\":%.6g}\n", name, unit, value);
}

// Resident memory of this process in MB (Linux), 0 elsewhere.
double ResidentMb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

constexpr int64_t kStart = 1767225600000;  // 2026-01-01T00:00:00Z

// `n` events over 90 days: threads of 2–8 messages, 3 channels, 25 agents,
// 5% automated replies, 8% of threads left waiting; roughly time-ordered with
// some out-of-order arrivals.
std::vector<pronto::Event> Synthetic(size_t n, uint32_t seed) {
  std::mt19937_64 rng(seed);
  const char* channels[] = {"facebook", "instagram", "x"};
  std::vector<pronto::Event> events;
  events.reserve(n);
  uint64_t thread = 0;
  while (events.size() < n) {
    const std::string id = "t" + std::to_string(thread++);
    const std::string channel = channels[rng() % 3];
    int64_t at = kStart + static_cast<int64_t>(rng() % (90 * pronto::kMsPerDay));
    const int messages = 2 + static_cast<int>(rng() % 7);
    const bool left_waiting = rng() % 100 < 8;
    for (int m = 0; m < messages && events.size() < n; ++m) {
      pronto::Event e;
      e.channel = channel;
      e.thread = id;
      const bool customer = m % 2 == 0 || (left_waiting && m == messages - 1);
      e.kind = customer ? pronto::EventKind::kCustomer : pronto::EventKind::kBrand;
      e.at_ms = at;
      if (!customer) {
        e.agent = "agent" + std::to_string(rng() % 25);
        e.automated = rng() % 100 < 5;
      }
      events.push_back(std::move(e));
      at += static_cast<int64_t>(rng() % (6 * pronto::kMsPerHour)) + pronto::kMsPerMinute;
    }
  }
  // A few out-of-order arrivals.
  for (size_t i = 0; i + 1 < events.size(); i += 97) std::swap(events[i], events[i + 1]);
  return events;
}

}  // namespace

int main() {
  pronto::SlaPolicy policy;
  (void)pronto::ParsePolicyJson(R"({"schema":1,"firstResponseMinutes":60,"nextResponseMinutes":120,
      "hours":{"mon":[["09:00","13:00"],["14:00","18:00"]],"tue":[["09:00","18:00"]],"wed":[["09:00","18:00"]],
      "thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]],"sat":[["10:00","14:00"]]},
      "holidays":["2026-01-01","2026-01-06"]})",
                                &policy);
  const pronto::ZoneOffsets utc;

  // 1,000,000 events → full metrics (ingest + calendar + metrics overall and by channel).
  const double rss_before = ResidentMb();
  const std::vector<pronto::Event> events = Synthetic(1000000, 1);
  const double rss_events = ResidentMb();
  double best_full = 1e9, best_metrics = 1e9, rss_ledger = 0;
  for (int round = 0; round < 5; ++round) {
    const auto t0 = Clock::now();
    pronto::ConversationLedger ledger;
    if (!ledger.AddAll(events).ok()) return 1;
    pronto::BusinessCalendar calendar;
    if (!pronto::BuildCalendarCovering(policy, utc, ledger.earliest_ms(), ledger.latest_ms(), &calendar).ok())
      return 1;
    const auto t1 = Clock::now();
    pronto::MetricsOptions options;
    options.until_ms = kStart + 90 * pronto::kMsPerDay;
    options.from_ms = options.until_ms - 90 * pronto::kMsPerDay;
    options.group_by = pronto::GroupBy::kChannel;
    pronto::Metrics metrics;
    if (!pronto::ComputeMetrics(ledger, policy, calendar, options, &metrics).ok()) return 1;
    const auto t2 = Clock::now();
    best_full = std::min(best_full, Seconds(t0, t2));
    best_metrics = std::min(best_metrics, Seconds(t1, t2));
    if (round == 0) {
      rss_ledger = ResidentMb() - rss_events;
      std::fprintf(stderr, "conversations=%llu rate=%.3f median_ms=%lld threads=%zu open=%zu\n",
                   static_cast<unsigned long long>(metrics.overall.conversations),
                   metrics.overall.response_rate,
                   static_cast<long long>(metrics.overall.first_response.median_ms), ledger.threads().size(),
                   ledger.open_threads().size());
    }
  }
  Print("metrics_1m_events_native", "s", best_full);
  Print("metrics_1m_events_query_only_native", "s", best_metrics);
  Print("metrics_1m_events_input_rss", "MB", rss_events - rss_before);
  Print("metrics_1m_events_ledger_rss", "MB", rss_ledger);

  // Incremental: one event at a time, in order.
  {
    pronto::ConversationLedger ledger;
    std::vector<pronto::Event> sorted = events;
    std::sort(sorted.begin(), sorted.end(),
              [](const pronto::Event& a, const pronto::Event& b) { return a.at_ms < b.at_ms; });
    const auto t0 = Clock::now();
    for (const pronto::Event& e : sorted) (void)ledger.Add(e);
    const auto t1 = Clock::now();
    Print("ledger_add_one_event_native", "ns", Seconds(t0, t1) / sorted.size() * 1e9);
  }

  // Timer state for 10,000 open threads (in a ledger that also holds answered ones).
  {
    std::mt19937_64 rng(2);
    std::vector<pronto::Event> open_events;
    const int64_t now = kStart + 30 * pronto::kMsPerDay + 11 * pronto::kMsPerHour;  // a Saturday, open
    for (int i = 0; i < 10000; ++i) {
      pronto::Event e;
      e.channel = i % 2 ? "facebook" : "x";
      e.thread = "open" + std::to_string(i);
      e.at_ms = now - static_cast<int64_t>(rng() % (3 * pronto::kMsPerDay));
      e.priority = static_cast<pronto::Priority>(rng() % 5);
      open_events.push_back(e);
    }
    // 200,000 background events whose waits are all answered, then the 10,000 open threads.
    pronto::ConversationLedger ledger;
    (void)ledger.AddAll(Synthetic(200000, 3));
    std::vector<pronto::Event> replies;
    for (const pronto::OpenWait& w : ledger.open_threads()) {
      const pronto::ThreadRecord& t = ledger.threads()[w.thread];
      pronto::Event e;
      e.channel = ledger.channel_name(t.channel);
      e.thread = t.id;
      e.kind = pronto::EventKind::kBrand;
      e.at_ms = ledger.latest_ms() + 1;
      e.agent = "closer";
      replies.push_back(e);
    }
    (void)ledger.AddAll(replies);
    (void)ledger.AddAll(open_events);
    std::vector<double> with_calendar, timers_only;
    std::vector<pronto::ThreadTimer> timers;
    for (int round = 0; round < 200; ++round) {
      const auto t0 = Clock::now();
      pronto::BusinessCalendar calendar;
      (void)pronto::BuildCalendarCovering(policy, utc, now - 4 * pronto::kMsPerDay, now, &calendar);
      const auto t1 = Clock::now();
      pronto::ComputeTimers(ledger, policy, calendar, now, &timers);
      const auto t2 = Clock::now();
      with_calendar.push_back(Seconds(t0, t2) * 1e3);
      timers_only.push_back(Seconds(t1, t2) * 1e3);
    }
    std::sort(with_calendar.begin(), with_calendar.end());
    std::sort(timers_only.begin(), timers_only.end());
    std::fprintf(stderr, "timers=%zu (open threads in the ledger: %zu)\n", timers.size(),
                 ledger.open_threads().size());
    Print("timers_10k_open_threads_native", "ms", timers_only[timers_only.size() / 2]);
    Print("timers_10k_open_threads_best_native", "ms", timers_only.front());
    Print("timers_10k_open_threads_with_calendar_native", "ms", with_calendar[with_calendar.size() / 2]);
  }
  return 0;
}

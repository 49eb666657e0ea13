// Copyright 2026 The Pronto Authors.
#include <iostream>

#include "commands.h"
#include "pronto/badge.h"
#include "pronto/timers.h"
#include "responsiveness_cli.h"

namespace pronto {
namespace cli {
namespace {

std::string Pad(const std::string& s, size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

int RunTimers(const std::vector<std::string>& args, std::istream&, std::ostream& out, std::ostream& err) {
  ResponsivenessArgs a;
  const int usage = ParseResponsivenessArgs(
      args,
      {"--events", "--format", "--map", "--channel", "--policy", "--zone", "--now", "--limit", "--json"},
      "timers", kTimersCommand.usage, err, &a);
  if (usage != 0) return usage;
  LoadedInput in;
  if (int rc = LoadInput(a, "timers", kMsPerDay, err, &in); rc != 0) return rc;
  const int64_t now = a.now.empty() ? in.ledger.latest_ms() : in.now_ms;
  std::vector<ThreadTimer> timers;
  ComputeTimers(in.ledger, in.policy, in.calendar, now, &timers);
  if (timers.size() > a.limit) timers.resize(a.limit);
  if (a.json) {
    out << TimersToJson(in.ledger, timers, now) << "\n";
    return 0;
  }
  out << in.ledger.open_threads().size() << " threads waiting at " << FormatUtc(now) << " ("
      << in.policy.time_zone << "), most urgent first\n";
  out << Pad("state", 10) << Pad("channel", 10) << Pad("thread", 20) << Pad("waited", 11)
      << Pad("business", 11) << Pad("left", 13) << "priority\n";
  for (const ThreadTimer& t : timers) {
    const ThreadRecord& thread = in.ledger.threads()[t.thread];
    const std::string left = t.time_left_ms >= 0 ? FormatDuration(t.time_left_ms, "en")
                                                 : FormatDuration(-t.time_left_ms, "en") + " over";
    out << Pad(TimerStateName(t.state), 10) << Pad(in.ledger.channel_name(thread.channel), 10)
        << Pad(thread.id, 20) << Pad(FormatDuration(t.waited_ms, "en"), 11)
        << Pad(FormatDuration(t.waited_business_ms, "en"), 11) << Pad(left, 13) << PriorityName(t.priority)
        << "\n";
  }
  return 0;
}

}  // namespace

const Command kTimersCommand = {
    "timers",
    "reply timers of the threads still waiting, most urgent first",
    "usage: pronto timers --events FILE [--policy FILE] [--now T] [--limit N] [--json] [--format …] [--zone "
    "FILE]\n"
    "  For each thread waiting for a reply at --now (default: the latest event): state (ok, warning,\n"
    "  breached, paused outside business hours), calendar and business time waited, time left or\n"
    "  overdue, ordered by urgency (share of the SLA used, weighted by message priority).\n",
    RunTimers,
};

}  // namespace cli
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "../src/json_dump.h"
#include "commands.h"
#include "pronto/badge.h"
#include "pronto/metrics.h"
#include "responsiveness_cli.h"

namespace pronto {
namespace cli {
namespace {

std::string Pct(double share) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.1f%%", share * 100);
  return buf;
}

std::string Dur(const DurationStats& s, int64_t DurationStats::*field) {
  return s.count ? FormatDuration(s.*field, "en") : "–";
}

std::string Pad(const std::string& s, size_t width) {
  size_t points = 0;
  for (unsigned char c : s) points += (c & 0xC0) != 0x80;
  return points >= width ? s + " " : s + std::string(width - points, ' ');
}

void PrintRow(std::ostream& out, const std::string& name, const MetricsGroup& g) {
  out << Pad(name, 22) << Pad(std::to_string(g.conversations), 7)
      << Pad(g.rate_sample() ? Pct(g.response_rate) : "–", 8)
      << Pad(g.rate_sample() ? Pct(g.within_sla_share) : "–", 8)
      << Pad(Dur(g.first_response, &DurationStats::median_ms), 11)
      << Pad(Dur(g.first_response, &DurationStats::p90_ms), 11)
      << Pad(Dur(g.first_response, &DurationStats::mean_ms), 11)
      << Pad(Dur(g.first_response, &DurationStats::fastest90_mean_ms), 11)
      << Pad(std::to_string(g.unanswered), 7) << g.pending << "\n";
}

std::string BoundLabel(const std::vector<int64_t>& bounds, size_t i) {
  if (i < bounds.size()) return "<= " + FormatDuration(bounds[i], "en");
  return "> " + FormatDuration(bounds.back(), "en");
}

int RunStats(const std::vector<std::string>& args, std::istream&, std::ostream& out, std::ostream& err) {
  ResponsivenessArgs a;
  const int usage =
      ParseResponsivenessArgs(args,
                              {"--events", "--format", "--map", "--channel", "--policy", "--zone", "--window",
                               "--from", "--to", "--now", "--by", "--json"},
                              "stats", kStatsCommand.usage, err, &a);
  if (usage != 0) return usage;
  LoadedInput in;
  if (int rc = LoadInput(a, "stats", 30 * kMsPerDay, err, &in); rc != 0) return rc;
  MetricsOptions options;
  options.from_ms = in.from_ms;
  options.until_ms = in.until_ms;
  options.now_ms = in.now_ms;
  options.group_by = a.group_by;
  Metrics metrics;
  if (Status s = ComputeMetrics(in.ledger, in.policy, in.calendar, options, &metrics); !s.ok()) {
    err << "pronto stats: " << s.message() << "\n";
    return 1;
  }
  if (a.json) {
    nlohmann::json doc = nlohmann::json::parse(MetricsToJson(metrics), nullptr, false);
    doc["import"] = nlohmann::json::parse(ImportSummaryJson(a, in), nullptr, false);
    doc["timeZone"] = in.policy.time_zone;
    out << DumpJson(doc) << "\n";
    return 0;
  }
  const int64_t days = (in.until_ms - in.from_ms) / kMsPerDay;
  out << "Responsiveness " << FormatUtc(in.from_ms) << " → " << FormatUtc(in.until_ms) << " (" << days
      << " days), business hours in " << in.policy.time_zone << "\n";
  out << "events: " << in.ledger.event_count() << " from " << a.events_path << " ("
      << ImportFormatName(in.import.format) << "), " << in.import.rows << " rows, " << in.import.skipped
      << " skipped, " << in.ledger.duplicate_count() << " duplicates\n";
  out << "first-response SLA " << FormatDuration(in.policy.first_response_ms, "en") << ", next-response SLA "
      << FormatDuration(in.policy.next_response_ms, "en")
      << "; times below are first responses in business time\n\n";
  out << Pad("", 22) << Pad("conv", 7) << Pad("rate", 8) << Pad("in SLA", 8) << Pad("median", 11)
      << Pad("p90", 11) << Pad("mean", 11) << Pad("fast 90%", 11) << Pad("unansw", 7) << "pending\n";
  PrintRow(out, "overall", metrics.overall);
  for (const MetricsGroup& g : metrics.groups) PrintRow(out, g.key, g);
  const MetricsGroup& o = metrics.overall;
  if (o.next_response.count) {
    out << "\nnext responses: " << o.next_response.count << ", median "
        << FormatDuration(o.next_response.median_ms, "en") << ", p90 "
        << FormatDuration(o.next_response.p90_ms, "en") << ", within SLA " << o.next_within_sla << "\n";
  }
  out << "\nfirst-response time histogram (overall, business time):\n";
  uint64_t peak = 1;
  for (uint64_t c : o.histogram) peak = std::max(peak, c);
  for (size_t i = 0; i < o.histogram.size(); ++i) {
    out << "  " << Pad(BoundLabel(metrics.histogram_bounds_ms, i), 12)
        << std::string(static_cast<size_t>(30 * o.histogram[i] / peak), '#') << " " << o.histogram[i] << "\n";
  }
  return 0;
}

}  // namespace

const Command kStatsCommand = {
    "stats",
    "responsiveness metrics (response rate, response times, SLA) from an events file",
    "usage: pronto stats --events FILE [--format jsonl|json|csv|twcs] [--map field=column,…]\n"
    "                    [--policy FILE] [--zone FILE] [--window 30d | --from T --to T] [--now T]\n"
    "                    [--by channel|agent|brand] [--json]\n"
    "  Reads conversation events and prints, over the window, overall and per group: conversations,\n"
    "  response rate (answered within 24 h), share within the first-response SLA, first-response time\n"
    "  (median, p90, mean, mean of the fastest 90%), unanswered and pending conversations, a histogram.\n"
    "  --format   default: guessed (JSON, JSON Lines, the TWCS header, else CSV)\n"
    "  --map      CSV columns for event fields, e.g. thread=conversation_id,at=sent_at,kind=direction\n"
    "  --channel  channel for CSV rows without a channel column\n"
    "  --policy   SLA policy JSON (business hours, holidays, timeZone, away periods, badge levels)\n"
    "  --zone     a zone table JSON {schema,zone,initialOffsetSeconds,transitions} instead of the system tz "
    "database\n"
    "  --window   default 30d, ending at --now, else at the end of the UTC day of the latest event\n"
    "  Bad rows are reported with line and column and skipped; an empty or all-bad file exits 1.\n",
    RunStats,
};

}  // namespace cli
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "responsiveness_cli.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "../src/json_dump.h"
#include "commands.h"
#include "zoneinfo.h"

namespace pronto {
namespace cli {
namespace {

constexpr size_t kIssuesShown = 20;

bool TakesValue(const std::string& option) { return option != "--json"; }

}  // namespace

int ParseResponsivenessArgs(const std::vector<std::string>& args, const std::vector<std::string>& allowed,
                            const char* command, const char* usage, std::ostream& err,
                            ResponsivenessArgs* out) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (std::find(allowed.begin(), allowed.end(), a) == allowed.end()) {
      err << "pronto " << command << ": unknown option '" << a << "'\n" << usage;
      return 2;
    }
    if (!TakesValue(a)) {
      out->json = true;
      continue;
    }
    if (i + 1 >= args.size()) {
      err << "pronto " << command << ": option " << a << " needs a value\n" << usage;
      return 2;
    }
    const std::string& v = args[++i];
    if (a == "--events") {
      out->events_path = v;
    } else if (a == "--format") {
      if (!ParseImportFormat(v, &out->import.format)) {
        err << "pronto " << command << ": --format must be jsonl, json, csv or twcs, not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--map") {
      if (Status s = ParseColumnMap(v, &out->import.column_map); !s.ok()) {
        err << "pronto " << command << ": --map: " << s.message() << "\n";
        return 2;
      }
    } else if (a == "--channel") {
      out->import.default_channel = v;
    } else if (a == "--policy") {
      out->policy_path = v;
    } else if (a == "--zone") {
      out->zone_path = v;
    } else if (a == "--window") {
      out->window = v;
    } else if (a == "--from") {
      out->from = v;
    } else if (a == "--to") {
      out->to = v;
    } else if (a == "--now") {
      out->now = v;
    } else if (a == "--by") {
      if (!ParseGroupBy(v, &out->group_by) || out->group_by == GroupBy::kNone) {
        err << "pronto " << command << ": --by must be channel, agent or brand, not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--brand") {
      out->brand = v;
    } else if (a == "--svg") {
      out->svg_path = v;
    } else if (a == "--lang") {
      if (v != "it" && v != "en") {
        err << "pronto " << command << ": --lang must be it or en, not '" << v << "'\n";
        return 2;
      }
      out->lang = v;
    } else if (a == "--limit") {
      if (!ParseWholeNumber(v, SIZE_MAX, &out->limit)) {
        err << "pronto " << command << ": --limit takes a whole number (how many timers to list), not '" << v
            << "'\n";
        return 2;
      }
    }
  }
  if (out->events_path.empty()) {
    err << "pronto " << command << ": --events FILE is required\n" << usage;
    return 2;
  }
  return 0;
}

int LoadInput(const ResponsivenessArgs& args, const char* command, int64_t default_window_ms,
              std::ostream& err, LoadedInput* in) {
  const std::string prefix = std::string("pronto ") + command + ": ";
  std::string text;
  if (!ReadFileText(args.events_path, &text)) {
    err << prefix << "cannot read " << args.events_path << "\n";
    return 1;
  }
  const Status imported = ImportEvents(text, args.import, &in->import);
  const ImportResult& r = in->import;
  for (size_t i = 0; i < r.issues.size() && i < kIssuesShown; ++i) {
    err << prefix << args.events_path << " " << FormatImportIssue(r.issues[i]) << " (row skipped)\n";
  }
  if (r.issues.size() > kIssuesShown)
    err << prefix << "… and " << r.issues.size() - kIssuesShown << " more\n";
  if (!imported.ok()) {
    err << prefix << args.events_path << ": " << imported.message() << "\n";
    return 1;
  }
  if (r.skipped > 0) {
    err << prefix << "read " << r.rows - r.skipped << " of " << r.rows << " rows from " << args.events_path
        << "; skipped " << r.skipped << " bad rows (listed above)\n";
  }
  if (Status s = in->ledger.AddAll(r.events); !s.ok()) {
    err << prefix << s.message() << "\n";
    return 1;
  }

  std::string policy_text = "{\"schema\":1}";
  if (!args.policy_path.empty() && !ReadFileText(args.policy_path, &policy_text)) {
    err << prefix << "cannot read the policy " << args.policy_path << "\n";
    return 1;
  }
  for (Status s :
       {ParsePolicyJson(policy_text, &in->policy), ParseBadgeConfigJson(policy_text, &in->badge)}) {
    if (!s.ok()) {
      err << prefix << (args.policy_path.empty() ? "policy" : args.policy_path) << ": " << s.message()
          << "\n";
      return 1;
    }
  }

  // The window: explicit --from/--to, else --window (default) ending at --now,
  // else at the end of the UTC day of the latest event.
  auto parse_time = [&](const std::string& v, const char* option, int64_t* ms) {
    const Status s = ParseTimestamp(v, ms);
    if (!s.ok()) err << prefix << option << ": " << s.message() << "\n";
    return s.ok();
  };
  int64_t window_ms = default_window_ms;
  if (!args.window.empty() && !ParseDuration(args.window, &window_ms)) {
    err << prefix << "--window must be a duration such as 7d, 30d, 90d or 12h, not '" << args.window << "'\n";
    return 1;
  }
  const int64_t latest = in->ledger.latest_ms();
  in->until_ms = FloorDiv(latest, kMsPerDay) * kMsPerDay + kMsPerDay;
  if (!args.now.empty() && !parse_time(args.now, "--now", &in->now_ms)) return 1;
  if (!args.now.empty()) in->until_ms = in->now_ms;
  if (!args.to.empty() && !parse_time(args.to, "--to", &in->until_ms)) return 1;
  if (args.now.empty()) in->now_ms = std::max(in->until_ms, latest);
  in->from_ms = in->until_ms - window_ms;
  if (!args.from.empty() && !parse_time(args.from, "--from", &in->from_ms)) return 1;
  if (in->until_ms <= in->from_ms) {
    err << prefix << "the window is empty: --to must be after --from\n";
    return 1;
  }

  const int64_t earliest = std::min(in->from_ms, in->ledger.earliest_ms());
  const int64_t last = std::max({in->until_ms, in->now_ms, latest});
  if (!args.zone_path.empty()) {
    std::string zone_text;
    if (!ReadFileText(args.zone_path, &zone_text)) {
      err << prefix << "cannot read the zone table " << args.zone_path << "\n";
      return 1;
    }
    if (Status s = ParseZoneOffsetsJson(zone_text, &in->zone); !s.ok()) {
      err << prefix << args.zone_path << ": " << s.message() << "\n";
      return 1;
    }
  } else if (Status s = LoadSystemZone(in->policy.time_zone, earliest - 400 * kMsPerDay,
                                       last + 400 * kMsPerDay, &in->zone);
             !s.ok()) {
    err << prefix << "policy timeZone: " << s.message() << "\n";
    return 1;
  }
  if (Status s = BuildCalendarCovering(in->policy, in->zone, earliest, last, &in->calendar); !s.ok()) {
    err << prefix << s.message() << "\n";
    return 1;
  }
  return 0;
}

std::string ImportSummaryJson(const ResponsivenessArgs& args, const LoadedInput& in) {
  nlohmann::json issues = nlohmann::json::array();
  for (size_t i = 0; i < in.import.issues.size() && i < 100; ++i) {
    const ImportIssue& issue = in.import.issues[i];
    issues.push_back(
        {{"line", issue.line}, {"column", issue.column}, {"field", issue.field}, {"message", issue.message}});
  }
  return DumpJson(nlohmann::json{{"file", args.events_path},
                                 {"format", ImportFormatName(in.import.format)},
                                 {"rows", in.import.rows},
                                 {"skipped", in.import.skipped},
                                 {"events", in.ledger.event_count()},
                                 {"duplicates", in.ledger.duplicate_count()},
                                 {"issues", std::move(issues)}});
}

}  // namespace cli
}  // namespace pronto

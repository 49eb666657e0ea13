// Copyright 2026 The Pronto Authors.
//
// What the responsiveness commands (stats, badge, timers) share: their
// options, reading the events file with per-row error reports, the policy and
// the zone table, and the window.
#ifndef PRONTO_CLI_RESPONSIVENESS_CLI_H_
#define PRONTO_CLI_RESPONSIVENESS_CLI_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "pronto/badge.h"
#include "pronto/business_hours.h"
#include "pronto/conversations.h"
#include "pronto/event_import.h"
#include "pronto/metrics.h"
#include "pronto/sla_policy.h"
#include "pronto/zone_offsets.h"

namespace pronto {
namespace cli {

// The options of the responsiveness commands, as given on the command line.
struct ResponsivenessArgs {
  std::string events_path;
  ImportOptions import;
  std::string policy_path;
  std::string zone_path;      // a JSON zone table instead of the system tz database
  std::string window = "";    // "30d"; empty means the command's default
  std::string from, to, now;  // ISO 8601 or epoch
  GroupBy group_by = GroupBy::kNone;
  bool json = false;
  std::string svg_path;
  std::string brand;  // `pronto badge --brand`: the name a pronto-badge.json export shows
  std::string lang = "en";
  size_t limit = 50;
};

// Everything loaded from the files named in the args.
struct LoadedInput {
  ImportResult import;
  ConversationLedger ledger;
  SlaPolicy policy;
  BadgeConfig badge;
  ZoneOffsets zone;
  BusinessCalendar calendar;
  int64_t from_ms = 0, until_ms = 0, now_ms = 0;  // the window and the instant of reading
};

// Parses `args` into `*out`. `allowed` lists the option names the command
// takes (e.g. "--svg"). Returns 0, or 2 after printing a usage error to `err`.
int ParseResponsivenessArgs(const std::vector<std::string>& args, const std::vector<std::string>& allowed,
                            const char* command, const char* usage, std::ostream& err,
                            ResponsivenessArgs* out);

// Reads the events (reporting skipped rows on `err`), the policy and its zone,
// and works out the window (default length `default_window_ms`). Returns 0,
// or 1 after printing what was wrong.
int LoadInput(const ResponsivenessArgs& args, const char* command, int64_t default_window_ms,
              std::ostream& err, LoadedInput* input);

// Returns {"file","format","rows","skipped","duplicates","issues":[…]} for JSON output.
std::string ImportSummaryJson(const ResponsivenessArgs& args, const LoadedInput& input);

}  // namespace cli
}  // namespace pronto

#endif  // PRONTO_CLI_RESPONSIVENESS_CLI_H_

// Copyright 2026 The Pronto Authors.
//
// One object that every surface uses for timers, metrics and the badge: the
// extension's worker (live timers, popup stats), the badge widget and the
// wasm facade. It keeps the events ledger, the SLA policy (with the badge
// levels) and the team's zone table, and answers in the JSON the CLI prints.
//
//   pronto::ResponsivenessTracker tracker;
//   tracker.SetPolicyJson(policy_json);            // SLA thresholds, hours, zone name, badge levels
//   tracker.SetZoneJson(zone_json);                // offsets from Intl (browser) or tzfiles (CLI)
//   tracker.AddEventsJson(events_json, &added);    // incremental: only the touched threads refold
//   std::string timers = tracker.TimersJson(now_ms);
//   std::string stats = tracker.MetricsJson(R"({"now":1774771200000,"window":"30d","groupBy":"channel"})");
//   std::string badge = tracker.BadgeJson(R"({"now":1774771200000,"lang":"it"})");
//
// Every setter is all or nothing: on error nothing already stored changes.
// Results that can fail are JSON with {"error":{code,message}} instead.
#ifndef PRONTO_RESPONSIVENESS_H_
#define PRONTO_RESPONSIVENESS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "pronto/badge.h"
#include "pronto/conversations.h"
#include "pronto/events.h"
#include "pronto/metrics.h"
#include "pronto/sla_policy.h"
#include "pronto/status.h"
#include "pronto/zone_offsets.h"

namespace pronto {

// Timers, metrics and badge over a growing set of events.
class ResponsivenessTracker {
 public:
  ResponsivenessTracker();

  // Sets the SLA policy and badge levels from a policy document (see
  // sla_policy.h; "{\"schema\":1}" gives the defaults).
  Status SetPolicyJson(std::string_view policy_json);

  // Sets the zone table for the policy's time zone (see zone_offsets.h).
  // Until one is set, times are read in UTC.
  Status SetZoneJson(std::string_view zone_json);

  // Adds events ({"schema":1,"events":[…]} or an array); duplicates are
  // ignored. `*added` counts the new distinct ones.
  Status AddEventsJson(std::string_view events_json, size_t* added);

  // The waiting threads at `now_ms`, most urgent first (TimersToJson).
  std::string TimersJson(int64_t now_ms) const;

  // Metrics over a window. `options_json`: {"now": ms, "window": "7d"|"30d"|
  // "90d"|…, or "from"/"until": ms, "groupBy": "none"|"channel"|"agent"|"brand"}.
  // The window ends at "until", else at "now". Returns MetricsToJson or an error.
  std::string MetricsJson(std::string_view options_json) const;

  // The badge over the policy's badge window ending at "now":
  // {"badge":BadgeToJson,"text":…,"headline":…,"svg":…} in "lang" (it|en).
  std::string BadgeJson(std::string_view options_json) const;

  // The pronto-badge.json document the <pronto-badge> widget reads, for
  // `brand`, over the badge window ending at "now" in `options_json`
  // (BadgeExportToJson: anonymised events, policy, zone, summary).
  std::string BadgeExportJson(std::string_view brand, std::string_view options_json) const;

  // The UTC span the zone table should cover for the stored events and `now_ms`.
  void ZoneSpanNeeded(int64_t now_ms, int64_t* from_ms, int64_t* until_ms) const;

  // The ledger behind every figure.
  const ConversationLedger& ledger() const { return ledger_; }

  // The policy in force.
  const SlaPolicy& policy() const { return policy_; }

 private:
  // Metrics over `options`' window, with a calendar covering it and the data.
  Status ComputeWindow(const MetricsOptions& options, Metrics* metrics) const;

  ConversationLedger ledger_;
  SlaPolicy policy_;
  BadgeConfig badge_;
  ZoneOffsets zone_;
};

}  // namespace pronto

#endif  // PRONTO_RESPONSIVENESS_H_

// Copyright 2026 The Pronto Authors.
#include "pronto/responsiveness.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "json_dump.h"
#include "json_error.h"
#include "pronto/business_hours.h"
#include "pronto/civil_time.h"
#include "pronto/metrics.h"
#include "pronto/timers.h"

namespace pronto {
namespace {

using nlohmann::json;

std::string ErrorJson(const Status& s) {
  return DumpJson(json{{"error", {{"code", s.code()}, {"message", s.message()}}}});
}

// Reads "now", the window and "groupBy" from `options_json`.
Status ParseWindow(std::string_view options_json, int64_t default_window_ms, MetricsOptions* options,
                   std::string* lang) {
  json j;
  if (Status s = internal::ParseJson(options_json, "bad_options", "the options are",
                                     "expected an object such as {\"now\":…,\"window\":\"30d\"}", &j);
      !s.ok()) {
    return s;
  }
  if (!j.is_object()) {
    return Status::Error("bad_options",
                         "options must be a JSON object such as {\"now\":…,\"window\":\"30d\"}");
  }
  const auto ms_field = [&](const char* name, int64_t* out) -> Status {
    if (!j.contains(name)) return Status::Ok();
    if (!j[name].is_number())
      return Status::Error("bad_options", std::string("'") + name + "' must be UTC ms");
    *out = j[name].get<int64_t>();
    return Status::Ok();
  };
  int64_t now = kNoTime;
  if (Status s = ms_field("now", &now); !s.ok()) return s;
  if (now == kNoTime) return Status::Error("bad_options", "'now' (UTC ms) is required");
  int64_t window_ms = default_window_ms;
  if (j.contains("window")) {
    if (!j["window"].is_string() || !ParseDuration(j["window"].get<std::string>(), &window_ms) ||
        window_ms <= 0) {
      return Status::Error("bad_options", "'window' must be a duration such as \"7d\", \"30d\" or \"90d\"");
    }
  }
  options->now_ms = now;
  options->until_ms = now;
  if (Status s = ms_field("until", &options->until_ms); !s.ok()) return s;
  options->from_ms = options->until_ms - window_ms;
  if (Status s = ms_field("from", &options->from_ms); !s.ok()) return s;
  if (options->until_ms <= options->from_ms) return Status::Error("bad_options", "the window is empty");
  if (j.contains("groupBy")) {
    if (!j["groupBy"].is_string() || !ParseGroupBy(j["groupBy"].get<std::string>(), &options->group_by)) {
      return Status::Error("bad_options", "'groupBy' must be none, channel, agent or brand");
    }
  }
  if (lang) {
    *lang = j.contains("lang") && j["lang"].is_string() ? j["lang"].get<std::string>() : "en";
    if (*lang != "it" && *lang != "en") return Status::Error("bad_options", "'lang' must be it or en");
  }
  return Status::Ok();
}

}  // namespace

ResponsivenessTracker::ResponsivenessTracker() { zone_ = ZoneOffsets::Fixed("UTC", 0); }

Status ResponsivenessTracker::SetPolicyJson(std::string_view policy_json) {
  SlaPolicy policy;
  BadgeConfig badge;
  if (Status s = ParsePolicyJson(policy_json, &policy); !s.ok()) return s;
  if (Status s = ParseBadgeConfigJson(policy_json, &badge); !s.ok()) return s;
  policy_ = std::move(policy);
  badge_ = std::move(badge);
  return Status::Ok();
}

Status ResponsivenessTracker::SetZoneJson(std::string_view zone_json) {
  ZoneOffsets zone;
  if (Status s = ParseZoneOffsetsJson(zone_json, &zone); !s.ok()) return s;
  zone_ = std::move(zone);
  return Status::Ok();
}

Status ResponsivenessTracker::AddEventsJson(std::string_view events_json, size_t* added) {
  std::vector<Event> events;
  if (Status s = ParseEventsJson(events_json, &events); !s.ok()) return s;
  const uint64_t before = ledger_.event_count();
  if (Status s = ledger_.AddAll(events); !s.ok()) return s;
  *added = static_cast<size_t>(ledger_.event_count() - before);
  return Status::Ok();
}

void ResponsivenessTracker::ZoneSpanNeeded(int64_t now_ms, int64_t* from_ms, int64_t* until_ms) const {
  const int64_t earliest =
      ledger_.earliest_ms() == kNoTime ? now_ms : std::min(ledger_.earliest_ms(), now_ms);
  const int64_t latest = ledger_.latest_ms() == kNoTime ? now_ms : std::max(ledger_.latest_ms(), now_ms);
  // Room for a 90-day window before and deadlines (a week of holidays) after.
  *from_ms = earliest - 100 * kMsPerDay;
  *until_ms = latest + 40 * kMsPerDay;
}

std::string ResponsivenessTracker::TimersJson(int64_t now_ms) const {
  BusinessCalendar calendar;
  const int64_t earliest =
      ledger_.earliest_ms() == kNoTime ? now_ms : std::min(ledger_.earliest_ms(), now_ms);
  if (Status s =
          BuildCalendarCovering(policy_, zone_, earliest, std::max(now_ms, ledger_.latest_ms()), &calendar);
      !s.ok()) {
    return ErrorJson(s);
  }
  std::vector<ThreadTimer> timers;
  ComputeTimers(ledger_, policy_, calendar, now_ms, &timers);
  return pronto::TimersToJson(ledger_, timers, now_ms);
}

Status ResponsivenessTracker::ComputeWindow(const MetricsOptions& options, Metrics* metrics) const {
  const int64_t earliest =
      ledger_.earliest_ms() == kNoTime ? options.from_ms : std::min(options.from_ms, ledger_.earliest_ms());
  const int64_t latest = std::max({options.until_ms, options.now_ms, ledger_.latest_ms()});
  BusinessCalendar calendar;
  if (Status s = BuildCalendarCovering(policy_, zone_, earliest, latest, &calendar); !s.ok()) return s;
  return ComputeMetrics(ledger_, policy_, calendar, options, metrics);
}

std::string ResponsivenessTracker::MetricsJson(std::string_view options_json) const {
  MetricsOptions options;
  Metrics metrics;
  if (Status s = ParseWindow(options_json, 30 * kMsPerDay, &options, nullptr); !s.ok()) return ErrorJson(s);
  if (Status s = ComputeWindow(options, &metrics); !s.ok()) return ErrorJson(s);
  json doc = json::parse(MetricsToJson(metrics), nullptr, false);
  doc["timeZone"] = policy_.time_zone;  // as `pronto stats --json` prints
  return DumpJson(doc);
}

std::string ResponsivenessTracker::BadgeJson(std::string_view options_json) const {
  MetricsOptions options;
  Metrics metrics;
  std::string lang;
  if (Status s = ParseWindow(options_json, badge_.window_ms, &options, &lang); !s.ok()) return ErrorJson(s);
  if (Status s = ComputeWindow(options, &metrics); !s.ok()) return ErrorJson(s);
  const Badge badge = ComputeBadge(metrics, badge_);
  json out = json::parse(pronto::BadgeToJson(badge), nullptr, false);
  return DumpJson(json{{"badge", std::move(out)},
                       {"text", BadgeText(badge, lang)},
                       {"headline", BadgeHeadline(badge, lang)},
                       {"svg", RenderBadgeSvg(badge, lang)}});
}

std::string ResponsivenessTracker::BadgeExportJson(std::string_view brand,
                                                   std::string_view options_json) const {
  MetricsOptions options;
  Metrics metrics;
  if (Status s = ParseWindow(options_json, badge_.window_ms, &options, nullptr); !s.ok()) return ErrorJson(s);
  if (Status s = ComputeWindow(options, &metrics); !s.ok()) return ErrorJson(s);
  if (brand.empty())
    return ErrorJson(Status::Error("bad_options", "the badge export needs the brand's name"));
  return BadgeExportToJson(brand, ledger_, policy_, badge_, zone_, metrics, ComputeBadge(metrics, badge_));
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// The responsiveness badge: a level computed from the overall metrics of a
// window, as JSON for the <pronto-badge> widget and as an accessible static
// SVG, in Italian and English.
//
//   pronto::BadgeConfig config;                          // Meta's rule + Pronto's levels
//   pronto::ParseBadgeConfigJson(policy_json, &config);  // optional "badge" section
//   pronto::Badge badge = pronto::ComputeBadge(metrics, config);
//   std::string svg = pronto::RenderBadgeSvg(badge, "it");
//   // badge.level == "very_responsive" when rate >= 90% and typical time <= 15 min
//
// The typical response time is Meta's: the mean of the fastest 90% of first
// responses, in business time. Levels are tried in order, best first; the
// first whose minimum rate and maximum typical time both hold wins, else the
// level is "none". With fewer conversations than `min_sample` the level is
// "insufficient_data" and the badge says how many more are needed, never a
// level computed from too little.
//
// Policy JSON section (every field optional; these are the defaults):
//   "badge": {"windowDays":7, "minSample":20, "levels":[
//     {"id":"very_responsive",    "minRate":0.9, "maxTypicalMinutes":15},
//     {"id":"within_an_hour",     "minRate":0.5, "maxTypicalMinutes":60},
//     {"id":"within_a_few_hours", "minRate":0.5, "maxTypicalMinutes":240},
//     {"id":"within_a_day",       "minRate":0.5, "maxTypicalMinutes":1440}]}
#ifndef PRONTO_BADGE_H_
#define PRONTO_BADGE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/metrics.h"
#include "pronto/status.h"

namespace pronto {

// One badge level: earned when the rate and the typical time both qualify.
struct BadgeLevelRule {
  std::string id;              // e.g. "within_an_hour"; known ids have it/en labels
  double min_rate = 0;         // response rate, 0..1
  int64_t max_typical_ms = 0;  // typical (fastest-90% mean) first-response time
};

// How the badge is computed.
struct BadgeConfig {
  int64_t window_ms = 7 * kMsPerDay;  // Meta's badge window
  uint64_t min_sample = 20;           // fewest conversations to show a level
  std::vector<BadgeLevelRule> levels = {
      {"very_responsive", 0.9, 15 * kMsPerMinute},
      {"within_an_hour", 0.5, 60 * kMsPerMinute},
      {"within_a_few_hours", 0.5, 4 * 60 * kMsPerMinute},
      {"within_a_day", 0.5, 24 * 60 * kMsPerMinute},
  };
};

// A computed badge.
struct Badge {
  std::string level;         // a rule id, "none" or "insufficient_data"
  double response_rate = 0;  // 0..1
  int64_t typical_ms = 0;    // fastest-90% mean of first responses, business time
  uint64_t sample = 0;       // conversations behind the rate (pending ones excluded)
  uint64_t min_sample = 0;
  uint64_t answered = 0;  // conversations with a first response
  int64_t from_ms = 0;    // the window
  int64_t until_ms = 0;
};

// Reads the optional "badge" section of a policy document into `*config`
// (defaults for what is missing). Errors name the field, e.g.
// "badge.levels[1].minRate must be a number between 0 and 1".
Status ParseBadgeConfigJson(std::string_view policy_json, BadgeConfig* config);

// Computes the badge from the overall group of `metrics`.
Badge ComputeBadge(const Metrics& metrics, const BadgeConfig& config);

// The badge's wording in one language, piece by piece: the static SVG, the
// one-line text and the <pronto-badge> widget all show these same strings.
struct BadgeWords {
  std::string headline;  // the level, e.g. "Very responsive"
  std::string rate;      // "96% answered"; empty below the minimum sample
  std::string typical;   // "usually within 15 minutes"; empty when no level can be shown or none answered
  std::string window;    // "last 7 days (to 2026-03-21)"
  std::string sample;    // "152 conversations", or "19 of the 20 needed" below the minimum
};

// Returns the wording of `badge` in `lang` ("it" or "en"; anything else is English).
BadgeWords BadgeWording(const Badge& badge, std::string_view lang);

// Returns the badge's one-line text in `lang`, the non-empty words joined by
// " · ", e.g. "Very responsive · 96% answered · usually within 8 minutes ·
// last 7 days (to 2026-03-21) · 152 conversations".
std::string BadgeText(const Badge& badge, std::string_view lang);

// Returns the headline only, e.g. "Di solito risponde entro un'ora".
std::string BadgeHeadline(const Badge& badge, std::string_view lang);

// Says a typical response time in words, rounded up to a figure people use:
// "usually within 15 minutes", "di solito entro un'ora", "usually within 3 hours".
std::string TypicalTimeWords(int64_t ms, std::string_view lang);

// Formats a duration for people: "< 1 min", "8 min", "2 h 15 min", "3 d" ("3 g" in Italian).
std::string FormatDuration(int64_t ms, std::string_view lang);

// Renders a self-contained SVG badge with role="img", an aria-label and a
// <title> holding BadgeText(), showing the level, rate, typical time, window
// and sample size.
std::string RenderBadgeSvg(const Badge& badge, std::string_view lang);

// Serialises the badge as {"schema":1,"level",…,"text":{"it":…,"en":…},
// "words":{"it":{headline,rate,typical,window,sample},"en":{…}}}.
std::string BadgeToJson(const Badge& badge);

// Writes the pronto-badge.json document the <pronto-badge> widget reads (see
// widget/README.md): {"schema":1,"brand","channels","window":{days,from,until},
// "computedAt","policy" (with its "badge" section),"zone","events":[[at,
// "customer"|"brand",thread],…],"summary"}. Events are anonymised: no text,
// agent, brand or id leaves, threads are renumbered 0, 1, … in order of first
// message, and automated messages (which never count) are dropped. Every
// thread with a message at most 24 h before the window's start is exported
// whole, so the widget's live figures for any later "now" equal the CLI's.
// `summary` is BadgeToJson(badge) plus "computedAt" (= metrics.now_ms) and the
// "histogram" {boundsMs, counts} of first-response times.
std::string BadgeExportToJson(std::string_view brand, const ConversationLedger& ledger,
                              const SlaPolicy& policy, const BadgeConfig& config, const ZoneOffsets& zone,
                              const Metrics& metrics, const Badge& badge);

}  // namespace pronto

#endif  // PRONTO_BADGE_H_

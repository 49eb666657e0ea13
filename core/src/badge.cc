// Copyright 2026 The Pronto Authors.
#include "pronto/badge.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "json_dump.h"
#include "json_error.h"
#include "pronto/civil_time.h"

namespace pronto {
namespace {

bool IsItalian(std::string_view lang) { return lang.size() >= 2 && lang.substr(0, 2) == "it"; }

Status BadgeError(const std::string& what) { return Status::Error("invalid_policy", what); }

// Counts UTF-8 code points (for the SVG width estimate).
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string Percent(double rate) {
  return std::to_string(static_cast<int>(std::floor(rate * 100 + 1e-9))) + "%";
}

std::string WindowText(const Badge& b, bool it) {
  const int64_t span = b.until_ms - b.from_ms;
  const std::string to = FormatDate(FloorDiv(b.until_ms - 1, kMsPerDay));
  if (span > 0 && span % kMsPerDay == 0) {
    const int64_t days = span / kMsPerDay;
    if (it)
      return (days == 1 ? "ultimo giorno" : "ultimi " + std::to_string(days) + " giorni") + " (al " + to +
             ")";
    return (days == 1 ? "last day" : "last " + std::to_string(days) + " days") + " (to " + to + ")";
  }
  const std::string from = FormatDate(FloorDiv(b.from_ms, kMsPerDay));
  return it ? "dal " + from + " al " + to : from + " to " + to;
}

std::string Conversations(uint64_t n, bool it) {
  if (it) return std::to_string(n) + (n == 1 ? " conversazione" : " conversazioni");
  return std::to_string(n) + (n == 1 ? " conversation" : " conversations");
}

const char* LevelColor(const std::string& level) {
  if (level == "very_responsive") return "#1a7f37";
  if (level == "within_an_hour") return "#0969da";
  if (level == "within_a_few_hours") return "#9a6700";
  if (level == "within_a_day") return "#bc4c00";
  if (level == "insufficient_data") return "#59636e";
  return "#57606a";
}

// "19 of the 20 needed": how far the sample is from the minimum.
std::string NeededText(const Badge& b, bool it) {
  return it ? std::to_string(b.sample) + " delle " + std::to_string(b.min_sample) + " necessarie"
            : std::to_string(b.sample) + " of the " + std::to_string(b.min_sample) + " needed";
}

// "15 minuti", "un'ora", "3 giorni": `n` units in Italian or English.
std::string Count(int64_t n, bool it, const char* one_it, const char* many_it, const char* one_en,
                  const char* many_en) {
  if (n == 1) return it ? one_it : one_en;
  return std::to_string(n) + " " + (it ? many_it : many_en);
}

}  // namespace

Status ParseBadgeConfigJson(std::string_view policy_json, BadgeConfig* out) {
  nlohmann::json doc;
  if (Status s = internal::ParseJson(policy_json, "invalid_policy", "the policy is",
                                     "expected {\"badge\":{…}, …}", &doc);
      !s.ok()) {
    return s;
  }
  if (!doc.is_object()) return BadgeError("the policy is not a JSON object");
  BadgeConfig config;
  auto section = doc.find("badge");
  if (section == doc.end()) {
    *out = config;
    return Status::Ok();
  }
  if (!section->is_object())
    return BadgeError("field 'badge' must be an object {windowDays, minSample, levels}");
  if (auto it = section->find("windowDays"); it != section->end()) {
    if (!it->is_number() || !(it->get<double>() > 0) || it->get<double>() > 3660) {
      return BadgeError("badge.windowDays must be a positive number of days, e.g. 7");
    }
    config.window_ms = static_cast<int64_t>(std::llround(it->get<double>() * kMsPerDay));
  }
  if (auto it = section->find("minSample"); it != section->end()) {
    if (!it->is_number_unsigned() || it->get<uint64_t>() == 0) {
      return BadgeError("badge.minSample must be a positive whole number of conversations, e.g. 20");
    }
    config.min_sample = it->get<uint64_t>();
  }
  if (auto it = section->find("levels"); it != section->end()) {
    if (!it->is_array() || it->empty())
      return BadgeError("badge.levels must be a non-empty list, best level first");
    config.levels.clear();
    for (size_t i = 0; i < it->size(); ++i) {
      const nlohmann::json& l = (*it)[i];
      const std::string where = "badge.levels[" + std::to_string(i) + "]";
      if (!l.is_object()) return BadgeError(where + " must be an object {id, minRate, maxTypicalMinutes}");
      BadgeLevelRule rule;
      auto id = l.find("id");
      if (id == l.end() || !id->is_string() || id->get<std::string>().empty()) {
        return BadgeError(where + ".id must be a name such as \"within_an_hour\"");
      }
      rule.id = id->get<std::string>();
      auto rate = l.find("minRate");
      if (rate != l.end()) {
        if (!rate->is_number() || rate->get<double>() < 0 || rate->get<double>() > 1) {
          return BadgeError(where + ".minRate must be a number between 0 and 1");
        }
        rule.min_rate = rate->get<double>();
      }
      auto minutes = l.find("maxTypicalMinutes");
      if (minutes == l.end() || !minutes->is_number() || !(minutes->get<double>() > 0)) {
        return BadgeError(where + ".maxTypicalMinutes must be a positive number of minutes");
      }
      rule.max_typical_ms = static_cast<int64_t>(std::llround(minutes->get<double>() * kMsPerMinute));
      config.levels.push_back(rule);
    }
  }
  *out = std::move(config);
  return Status::Ok();
}

Badge ComputeBadge(const Metrics& metrics, const BadgeConfig& config) {
  Badge b;
  const MetricsGroup& g = metrics.overall;
  b.response_rate = g.response_rate;
  b.typical_ms = g.first_response.fastest90_mean_ms;
  b.sample = g.rate_sample();
  b.min_sample = config.min_sample;
  b.answered = g.first_response.count;
  b.from_ms = metrics.from_ms;
  b.until_ms = metrics.until_ms;
  if (b.sample < config.min_sample) {
    b.level = "insufficient_data";
    return b;
  }
  b.level = "none";
  if (b.answered == 0) return b;
  for (const BadgeLevelRule& rule : config.levels) {
    if (b.response_rate + 1e-12 >= rule.min_rate && b.typical_ms <= rule.max_typical_ms) {
      b.level = rule.id;
      break;
    }
  }
  return b;
}

std::string FormatDuration(int64_t ms, std::string_view lang) {
  const bool it = IsItalian(lang);
  if (ms < kMsPerMinute) return "< 1 min";
  const int64_t minutes = (ms + kMsPerMinute / 2) / kMsPerMinute;
  if (minutes < 60) return std::to_string(minutes) + " min";
  if (minutes < 24 * 60) {
    const int64_t h = minutes / 60, m = minutes % 60;
    return std::to_string(h) + " h" + (m ? " " + std::to_string(m) + " min" : "");
  }
  const int64_t days = (minutes + 12 * 60) / (24 * 60);
  return std::to_string(days) + (it ? " g" : " d");
}

std::string BadgeHeadline(const Badge& b, std::string_view lang) {
  const bool it = IsItalian(lang);
  if (b.level == "very_responsive") return it ? "Risponde molto rapidamente" : "Very responsive";
  if (b.level == "within_an_hour")
    return it ? "Di solito risponde entro un'ora" : "Typically replies within an hour";
  if (b.level == "within_a_few_hours") {
    return it ? "Di solito risponde entro qualche ora" : "Typically replies within a few hours";
  }
  if (b.level == "within_a_day")
    return it ? "Di solito risponde entro un giorno" : "Typically replies within a day";
  if (b.level == "insufficient_data") {
    return it ? "Conversazioni ancora insufficienti per un livello"
              : "Not enough conversations yet for a level";
  }
  if (b.level == "none") {
    return it ? "Risponde al " + Percent(b.response_rate) + " delle conversazioni"
              : "Replies to " + Percent(b.response_rate) + " of conversations";
  }
  std::string custom = b.level;  // a level id from the policy, shown as words
  std::replace(custom.begin(), custom.end(), '_', ' ');
  if (!custom.empty() && custom[0] >= 'a' && custom[0] <= 'z') custom[0] = static_cast<char>(custom[0] - 32);
  return custom;
}

std::string TypicalTimeWords(int64_t ms, std::string_view lang) {
  const bool it = IsItalian(lang);
  const std::string usually = it ? "di solito entro " : "usually within ";
  const int64_t minutes = std::max<int64_t>(1, (ms + kMsPerMinute - 1) / kMsPerMinute);
  if (minutes < 60) {
    // Up to 10 minutes to the minute, then in steps of 5: "within 15 minutes".
    const int64_t shown = minutes <= 10 ? minutes : (minutes + 4) / 5 * 5;
    if (shown < 60) return usually + Count(shown, it, "un minuto", "minuti", "a minute", "minutes");
  }
  const int64_t hours = (ms + kMsPerHour - 1) / kMsPerHour;
  if (hours < 24) return usually + Count(hours, it, "un'ora", "ore", "an hour", "hours");
  const int64_t days = (ms + kMsPerDay - 1) / kMsPerDay;
  return usually + Count(days, it, "un giorno", "giorni", "a day", "days");
}

BadgeWords BadgeWording(const Badge& b, std::string_view lang) {
  const bool it = IsItalian(lang);
  BadgeWords w;
  w.headline = BadgeHeadline(b, lang);
  w.window = WindowText(b, it);
  if (b.level == "insufficient_data") {
    w.sample = NeededText(b, it);
    return w;
  }
  w.rate = Percent(b.response_rate) + (it ? " con risposta" : " answered");
  if (b.answered > 0) w.typical = TypicalTimeWords(b.typical_ms, lang);
  w.sample = Conversations(b.sample, it);
  return w;
}

std::string BadgeText(const Badge& b, std::string_view lang) {
  const BadgeWords w = BadgeWording(b, lang);
  std::string text = w.headline;
  // Below the minimum sample the count of conversations needed comes first.
  const bool needed = b.level == "insufficient_data";
  for (const std::string* part :
       needed ? std::vector<const std::string*>{&w.sample, &w.window}
              : std::vector<const std::string*>{&w.rate, &w.typical, &w.window, &w.sample}) {
    if (!part->empty()) text += " · " + *part;
  }
  return text;
}

std::string RenderBadgeSvg(const Badge& b, std::string_view lang) {
  const std::string headline = BadgeHeadline(b, lang);
  const std::string text = BadgeText(b, lang);
  const std::string detail = text.substr(std::min(text.size(), headline.size() + std::string(" · ").size()));
  const std::string label = XmlEscape(text);
  const size_t width =
      24 + static_cast<size_t>(std::max(CodePoints(headline) * 8.0, CodePoints(detail) * 6.4));
  const std::string w = std::to_string(width);
  const char* color = LevelColor(b.level);
  std::string svg;
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"52\" viewBox=\"0 0 " + w +
         " 52\" role=\"img\" aria-label=\"" + label + "\" lang=\"" + (IsItalian(lang) ? "it" : "en") +
         "\">\n";
  svg += "  <title>" + label + "</title>\n";
  svg += "  <rect x=\"0.5\" y=\"0.5\" width=\"" + std::to_string(width - 1) +
         "\" height=\"51\" rx=\"6\" fill=\"#ffffff\" stroke=\"#d0d7de\"/>\n";
  svg += "  <rect x=\"0.5\" y=\"0.5\" width=\"8\" height=\"51\" rx=\"3\" fill=\"" + std::string(color) +
         "\"/>\n";
  svg += "  <g font-family=\"Verdana,DejaVu Sans,Geneva,sans-serif\" aria-hidden=\"true\">\n";
  svg += "    <text x=\"16\" y=\"22\" font-size=\"13\" font-weight=\"bold\" fill=\"" + std::string(color) +
         "\">" + XmlEscape(headline) + "</text>\n";
  svg += "    <text x=\"16\" y=\"41\" font-size=\"11\" fill=\"#24292f\">" + XmlEscape(detail) + "</text>\n";
  svg += "  </g>\n</svg>\n";
  return svg;
}

namespace {

nlohmann::json WordsJson(const Badge& b, std::string_view lang) {
  const BadgeWords w = BadgeWording(b, lang);
  return {{"headline", w.headline},
          {"rate", w.rate},
          {"typical", w.typical},
          {"window", w.window},
          {"sample", w.sample}};
}

nlohmann::json BadgeJsonValue(const Badge& b) {
  return {{"schema", 1},
          {"level", b.level},
          {"responseRate", b.response_rate},
          {"typicalMs", b.typical_ms},
          {"sample", b.sample},
          {"minSample", b.min_sample},
          {"answered", b.answered},
          {"window", {{"from", b.from_ms}, {"until", b.until_ms}}},
          {"text", {{"en", BadgeText(b, "en")}, {"it", BadgeText(b, "it")}}},
          {"words", {{"en", WordsJson(b, "en")}, {"it", WordsJson(b, "it")}}}};
}

// The policy document with its "badge" section, as ParsePolicyJson and
// ParseBadgeConfigJson read it back.
nlohmann::json PolicyWithBadgeJson(const SlaPolicy& policy, const BadgeConfig& config) {
  nlohmann::json doc = nlohmann::json::parse(PolicyToJson(policy));
  nlohmann::json levels = nlohmann::json::array();
  for (const BadgeLevelRule& l : config.levels) {
    levels.push_back({{"id", l.id},
                      {"minRate", l.min_rate},
                      {"maxTypicalMinutes", static_cast<double>(l.max_typical_ms) / kMsPerMinute}});
  }
  doc["badge"] = {{"windowDays", static_cast<double>(config.window_ms) / kMsPerDay},
                  {"minSample", config.min_sample},
                  {"levels", std::move(levels)}};
  return doc;
}

}  // namespace

std::string BadgeToJson(const Badge& b) { return DumpJson(BadgeJsonValue(b)); }

std::string BadgeExportToJson(std::string_view brand, const ConversationLedger& ledger,
                              const SlaPolicy& policy, const BadgeConfig& config, const ZoneOffsets& zone,
                              const Metrics& metrics, const Badge& badge) {
  // Threads with a human message at most 24 h before the window: a
  // conversation in this or any later window can only start in one of them.
  struct Exported {
    int64_t at_ms;
    EventKind kind;
    uint32_t thread;  // index into ledger.threads() until renumbered
  };
  std::vector<Exported> events;
  std::vector<bool> channel_used(ledger.channel_count(), false);
  const int64_t since = metrics.from_ms - kNewConversationSilenceMs;
  const std::vector<ThreadRecord>& threads = ledger.threads();
  for (uint32_t t = 0; t < threads.size(); ++t) {
    const std::vector<StoredEvent>& stored = threads[t].events;
    const bool recent = std::any_of(stored.begin(), stored.end(),
                                    [&](const StoredEvent& e) { return !e.automated && e.at_ms >= since; });
    if (!recent) continue;
    if (threads[t].channel < channel_used.size()) channel_used[threads[t].channel] = true;
    for (const StoredEvent& e : stored) {
      if (!e.automated) events.push_back({e.at_ms, e.kind, t});
    }
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Exported& a, const Exported& b) { return a.at_ms < b.at_ms; });
  std::vector<uint32_t> renumbered(threads.size(), kNoName);
  uint32_t next = 0;
  nlohmann::json rows = nlohmann::json::array();
  for (const Exported& e : events) {
    if (renumbered[e.thread] == kNoName) renumbered[e.thread] = next++;
    rows.push_back({e.at_ms, EventKindName(e.kind), renumbered[e.thread]});
  }
  nlohmann::json channels = nlohmann::json::array();
  for (size_t c = 0; c < channel_used.size(); ++c) {
    if (channel_used[c] || events.empty()) channels.push_back(ledger.channel_name(static_cast<uint32_t>(c)));
  }
  nlohmann::json summary = BadgeJsonValue(badge);
  summary["computedAt"] = metrics.now_ms;
  summary["histogram"] = {{"boundsMs", metrics.histogram_bounds_ms}, {"counts", metrics.overall.histogram}};
  const int64_t span = metrics.until_ms - metrics.from_ms;
  return DumpJson(nlohmann::json{{"schema", 1},
                                 {"brand", std::string(brand)},
                                 {"channels", std::move(channels)},
                                 {"window",
                                  {{"days", static_cast<double>(span) / kMsPerDay},
                                   {"from", metrics.from_ms},
                                   {"until", metrics.until_ms}}},
                                 {"computedAt", metrics.now_ms},
                                 {"policy", PolicyWithBadgeJson(policy, config)},
                                 {"zone", nlohmann::json::parse(ZoneOffsetsToJson(zone))},
                                 {"events", std::move(rows)},
                                 {"summary", std::move(summary)}});
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "pronto/sla_policy.h"
#include "json_dump.h"
#include "json_error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace pronto {
namespace {

// JSON keys of the weekdays, indexed like SlaPolicy::hours (0 = Sunday).
constexpr const char* kDayKeys[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

Status PolicyError(const std::string& what) { return Status::Error("invalid_policy", what); }

// Parses "HH:MM" (00:00–24:00) into minutes after midnight.
bool ParseClock(std::string_view s, int* minutes) {
  if (s.size() != 5 || s[2] != ':') return false;
  for (size_t i : {0, 1, 3, 4}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int hh = (s[0] - '0') * 10 + (s[1] - '0');
  const int mm = (s[3] - '0') * 10 + (s[4] - '0');
  if (mm > 59 || hh > 24 || (hh == 24 && mm != 0)) return false;
  *minutes = hh * 60 + mm;
  return true;
}

std::string FormatClock(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%02d:%02d", minutes / 60, minutes % 60);
  return buf;
}

Status ReadMinutes(const nlohmann::json& doc, const char* key, int64_t* ms) {
  auto it = doc.find(key);
  if (it == doc.end()) return Status::Ok();
  if (!it->is_number() || !(it->get<double>() > 0) || it->get<double>() > 525600) {
    return PolicyError(std::string("field '") + key +
                       "' must be a positive number of minutes (at most a year)");
  }
  *ms = static_cast<int64_t>(std::llround(it->get<double>() * kMsPerMinute));
  return Status::Ok();
}

}  // namespace

Status ParsePolicyJson(std::string_view json, SlaPolicy* out) {
  nlohmann::json doc;
  if (Status s = internal::ParseJson(json, "invalid_policy", "the policy is",
                                     "expected {\"schema\":1, \"timeZone\":…, \"hours\":{…}, …}", &doc);
      !s.ok()) {
    return s;
  }
  if (!doc.is_object()) {
    return PolicyError(
        "the policy is not a JSON object; expected {\"schema\":1, \"timeZone\":…, \"hours\":{…}, …}");
  }
  auto schema = doc.find("schema");
  if (schema == doc.end() || !schema->is_number_integer() || schema->get<int64_t>() != 1) {
    return PolicyError("field 'schema' must be 1 (this core reads policies of schema 1)");
  }
  SlaPolicy p;
  Status s = ReadMinutes(doc, "firstResponseMinutes", &p.first_response_ms);
  if (!s.ok()) return s;
  s = ReadMinutes(doc, "nextResponseMinutes", &p.next_response_ms);
  if (!s.ok()) return s;
  if (auto it = doc.find("warningFraction"); it != doc.end()) {
    if (!it->is_number() || !(it->get<double>() > 0) || it->get<double>() >= 1) {
      return PolicyError("field 'warningFraction' must be a number between 0 and 1, e.g. 0.75");
    }
    p.warning_fraction = it->get<double>();
  }
  if (auto it = doc.find("timeZone"); it != doc.end()) {
    if (!it->is_string() || it->get<std::string>().empty()) {
      return PolicyError("field 'timeZone' must be an IANA zone name such as \"Europe/Rome\"");
    }
    p.time_zone = it->get<std::string>();
  }
  if (auto it = doc.find("hours"); it != doc.end()) {
    if (!it->is_object()) {
      return PolicyError("field 'hours' must be an object such as {\"mon\":[[\"09:00\",\"18:00\"]]}");
    }
    for (auto day = it->begin(); day != it->end(); ++day) {
      const int index = static_cast<int>(std::find(std::begin(kDayKeys), std::end(kDayKeys), day.key()) -
                                         std::begin(kDayKeys));
      if (index == 7) {
        return PolicyError("hours." + day.key() + ": unknown day; use mon, tue, wed, thu, fri, sat or sun");
      }
      if (!day.value().is_array()) {
        return PolicyError("hours." + day.key() + " must be a list of shifts, e.g. [[\"09:00\",\"13:00\"]]");
      }
      for (size_t i = 0; i < day.value().size(); ++i) {
        const nlohmann::json& shift = day.value()[i];
        const std::string where = "hours." + day.key() + "[" + std::to_string(i) + "]";
        Shift sh;
        if (!shift.is_array() || shift.size() != 2 || !shift[0].is_string() || !shift[1].is_string() ||
            !ParseClock(shift[0].get<std::string>(), &sh.open_minute) ||
            !ParseClock(shift[1].get<std::string>(), &sh.close_minute)) {
          return PolicyError(
              where + " must be a pair of local times [\"HH:MM\",\"HH:MM\"], e.g. [\"09:00\",\"13:00\"]");
        }
        if (sh.open_minute == sh.close_minute) {
          return PolicyError(where + " opens and closes at the same time; remove it or fix the times");
        }
        if (sh.open_minute == 24 * 60)
          return PolicyError(where + " cannot open at 24:00; use 00:00 of the next day");
        p.hours[index].push_back(sh);
      }
    }
    p.always_open = false;
  }
  if (auto it = doc.find("holidays"); it != doc.end()) {
    if (!it->is_array()) return PolicyError("field 'holidays' must be a list of dates [\"2026-12-25\", …]");
    for (size_t i = 0; i < it->size(); ++i) {
      int64_t days = 0;
      const nlohmann::json& h = (*it)[i];
      if (!h.is_string() || !ParseDate(h.get<std::string>(), &days)) {
        return PolicyError("holidays[" + std::to_string(i) + "] must be a date \"YYYY-MM-DD\"");
      }
      p.holidays.push_back(days);
    }
    std::sort(p.holidays.begin(), p.holidays.end());
    p.holidays.erase(std::unique(p.holidays.begin(), p.holidays.end()), p.holidays.end());
  }
  if (auto it = doc.find("away"); it != doc.end()) {
    if (!it->is_array()) return PolicyError("field 'away' must be a list of {\"from\":…, \"until\":…}");
    for (size_t i = 0; i < it->size(); ++i) {
      const nlohmann::json& a = (*it)[i];
      const std::string where = "away[" + std::to_string(i) + "]";
      AwayPeriod period;
      for (const char* key : {"from", "until"}) {
        if (!a.is_object() || !a.contains(key)) {
          return PolicyError(where + "." + key + " is required (ISO 8601 with an offset, or UTC ms)");
        }
        const nlohmann::json& v = a[key];
        int64_t* target = key[0] == 'f' ? &period.from_ms : &period.until_ms;
        if (v.is_number()) {
          *target = static_cast<int64_t>(v.get<double>());
        } else if (!v.is_string()) {
          return PolicyError(where + "." + key + " must be ISO 8601 with an offset or UTC ms");
        } else if (Status ts = ParseTimestamp(v.get<std::string>(), target); !ts.ok()) {
          return PolicyError(where + "." + key + ": " + ts.message());
        }
      }
      if (period.until_ms <= period.from_ms)
        return PolicyError(where + ".until must be after " + where + ".from");
      p.away.push_back(period);
    }
    std::sort(p.away.begin(), p.away.end(),
              [](const AwayPeriod& a, const AwayPeriod& b) { return a.from_ms < b.from_ms; });
  }
  *out = std::move(p);
  return Status::Ok();
}

std::string PolicyToJson(const SlaPolicy& p) {
  nlohmann::json doc = {{"schema", 1},
                        {"timeZone", p.time_zone},
                        {"firstResponseMinutes", static_cast<double>(p.first_response_ms) / kMsPerMinute},
                        {"nextResponseMinutes", static_cast<double>(p.next_response_ms) / kMsPerMinute},
                        {"warningFraction", p.warning_fraction}};
  if (!p.always_open) {
    nlohmann::json hours = nlohmann::json::object();
    for (int d = 0; d < 7; ++d) {
      nlohmann::json shifts = nlohmann::json::array();
      for (const Shift& s : p.hours[d])
        shifts.push_back({FormatClock(s.open_minute), FormatClock(s.close_minute)});
      hours[kDayKeys[d]] = std::move(shifts);
    }
    doc["hours"] = std::move(hours);
  }
  nlohmann::json holidays = nlohmann::json::array();
  for (int64_t d : p.holidays) holidays.push_back(FormatDate(d));
  doc["holidays"] = std::move(holidays);
  nlohmann::json away = nlohmann::json::array();
  for (const AwayPeriod& a : p.away)
    away.push_back({{"from", FormatUtc(a.from_ms)}, {"until", FormatUtc(a.until_ms)}});
  doc["away"] = std::move(away);
  return DumpJson(doc);
}

}  // namespace pronto

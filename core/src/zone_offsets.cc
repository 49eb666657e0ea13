// Copyright 2026 The Pronto Authors.
#include "pronto/zone_offsets.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "json_dump.h"
#include "json_error.h"
#include "pronto/civil_time.h"

namespace pronto {
namespace {

constexpr int32_t kMaxOffsetSeconds = 18 * 3600;

}  // namespace

ZoneOffsets ZoneOffsets::Fixed(std::string name, int32_t offset_seconds) {
  ZoneOffsets z;
  z.name_ = std::move(name);
  z.initial_offset_seconds_ = offset_seconds;
  return z;
}

Status ZoneOffsets::FromTransitions(std::string name, int32_t initial_offset_seconds,
                                    std::vector<OffsetTransition> transitions, ZoneOffsets* out) {
  if (initial_offset_seconds < -kMaxOffsetSeconds || initial_offset_seconds > kMaxOffsetSeconds) {
    return Status::Error("invalid_zone", "initialOffsetSeconds must lie within ±18 hours (±64800)");
  }
  for (size_t i = 0; i < transitions.size(); ++i) {
    const OffsetTransition& t = transitions[i];
    if (t.offset_seconds < -kMaxOffsetSeconds || t.offset_seconds > kMaxOffsetSeconds) {
      return Status::Error("invalid_zone", "transitions[" + std::to_string(i) +
                                               "].offsetSeconds must lie within ±18 hours (±64800)");
    }
    if (i > 0 && t.at_ms <= transitions[i - 1].at_ms) {
      return Status::Error("invalid_zone",
                           "transitions[" + std::to_string(i) +
                               "].at must be later than the transition before it; sort the table");
    }
  }
  out->name_ = std::move(name);
  out->initial_offset_seconds_ = initial_offset_seconds;
  out->transitions_ = std::move(transitions);
  return Status::Ok();
}

int32_t ZoneOffsets::OffsetSecondsAt(int64_t utc_ms) const {
  auto it = std::upper_bound(transitions_.begin(), transitions_.end(), utc_ms,
                             [](int64_t t, const OffsetTransition& tr) { return t < tr.at_ms; });
  return it == transitions_.begin() ? initial_offset_seconds_ : std::prev(it)->offset_seconds;
}

int64_t ZoneOffsets::LocalToUtc(int64_t local_ms) const {
  // Offsets a day either side bracket any single transition near local_ms.
  const int64_t before = OffsetSecondsAt(local_ms - kMsPerDay) * int64_t{1000};
  const int64_t after = OffsetSecondsAt(local_ms + kMsPerDay) * int64_t{1000};
  if (before == after) return local_ms - before;
  const int64_t with_before = local_ms - before;
  const int64_t with_after = local_ms - after;
  const bool before_valid = OffsetSecondsAt(with_before) * int64_t{1000} == before;
  const bool after_valid = OffsetSecondsAt(with_after) * int64_t{1000} == after;
  if (before_valid && after_valid) return std::min(with_before, with_after);  // overlap: earlier
  if (before_valid) return with_before;
  if (after_valid) return with_after;
  return with_before;  // gap: shift forward by the gap's length
}

Status ParseZoneOffsetsJson(std::string_view json, ZoneOffsets* zone) {
  constexpr const char* kExpected =
      "expected {\"schema\":1,\"zone\":…,\"initialOffsetSeconds\":…,\"transitions\":[…]}";
  nlohmann::json doc;
  if (Status s = internal::ParseJson(json, "invalid_zone", "the zone table is", kExpected, &doc); !s.ok())
    return s;
  if (!doc.is_object()) {
    return Status::Error("invalid_zone", std::string("the zone table is not a JSON object; ") + kExpected);
  }
  auto schema = doc.find("schema");
  if (schema == doc.end() || !schema->is_number_integer() || schema->get<int64_t>() != 1) {
    return Status::Error("invalid_zone",
                         "field 'schema' must be 1 (this core reads zone tables of schema 1)");
  }
  auto name = doc.find("zone");
  if (name == doc.end() || !name->is_string() || name->get<std::string>().empty()) {
    return Status::Error("invalid_zone", "field 'zone' must be the IANA zone name, e.g. \"Europe/Rome\"");
  }
  int32_t initial = 0;
  auto init = doc.find("initialOffsetSeconds");
  if (init != doc.end()) {
    if (!init->is_number_integer()) {
      return Status::Error("invalid_zone",
                           "field 'initialOffsetSeconds' must be an integer (seconds east of UTC)");
    }
    initial = static_cast<int32_t>(init->get<int64_t>());
  }
  std::vector<OffsetTransition> transitions;
  auto list = doc.find("transitions");
  if (list != doc.end()) {
    if (!list->is_array()) return Status::Error("invalid_zone", "field 'transitions' must be an array");
    for (size_t i = 0; i < list->size(); ++i) {
      const nlohmann::json& t = (*list)[i];
      const std::string where = "transitions[" + std::to_string(i) + "]";
      if (!t.is_object())
        return Status::Error("invalid_zone", where + " must be an object {at, offsetSeconds}");
      auto at = t.find("at");
      auto off = t.find("offsetSeconds");
      if (at == t.end() || !at->is_number()) {
        return Status::Error("invalid_zone", where + ".at must be a number (UTC milliseconds)");
      }
      if (off == t.end() || !off->is_number_integer()) {
        return Status::Error("invalid_zone",
                             where + ".offsetSeconds must be an integer (seconds east of UTC)");
      }
      transitions.push_back(
          {static_cast<int64_t>(at->get<double>()), static_cast<int32_t>(off->get<int64_t>())});
    }
  }
  return ZoneOffsets::FromTransitions(name->get<std::string>(), initial, std::move(transitions), zone);
}

std::string ZoneOffsetsToJson(const ZoneOffsets& zone) {
  nlohmann::json doc = {
      {"schema", 1}, {"zone", zone.name()}, {"initialOffsetSeconds", zone.initial_offset_seconds()}};
  nlohmann::json list = nlohmann::json::array();
  for (const OffsetTransition& t : zone.transitions()) {
    list.push_back({{"at", t.at_ms}, {"offsetSeconds", t.offset_seconds}});
  }
  doc["transitions"] = std::move(list);
  return DumpJson(doc);
}

Status BuildZoneOffsetsByProbing(std::string name, int64_t from_ms, int64_t until_ms,
                                 const std::function<int32_t(int64_t utc_ms)>& offset_seconds_at,
                                 ZoneOffsets* zone) {
  if (until_ms <= from_ms)
    return Status::Error("invalid_range", "the probing range is empty; until must be after from");
  constexpr int64_t kStep = 6 * kMsPerHour;
  const int32_t initial = offset_seconds_at(from_ms);
  std::vector<OffsetTransition> transitions;
  int64_t lo = from_ms;
  int32_t lo_offset = initial;
  while (lo < until_ms) {
    const int64_t hi = std::min(lo + kStep, until_ms);
    const int32_t hi_offset = offset_seconds_at(hi);
    if (hi_offset != lo_offset) {
      // Bisect to the first second with the new offset.
      int64_t a = lo, b = hi;
      while (b - a > kMsPerSecond) {
        const int64_t mid = a + (b - a) / 2 / kMsPerSecond * kMsPerSecond;
        if (mid == a) break;
        if (offset_seconds_at(mid) == lo_offset)
          a = mid;
        else
          b = mid;
      }
      transitions.push_back({b, hi_offset});
    }
    lo = hi;
    lo_offset = hi_offset;
  }
  return ZoneOffsets::FromTransitions(std::move(name), initial, std::move(transitions), zone);
}

}  // namespace pronto

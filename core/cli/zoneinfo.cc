// Copyright 2026 The Pronto Authors.
#include "zoneinfo.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include "pronto/civil_time.h"

namespace pronto {
namespace cli {
namespace {

int64_t ReadBig(std::string_view b, size_t pos, size_t width) {
  uint64_t v = 0;
  for (size_t i = 0; i < width; ++i) v = (v << 8) | static_cast<unsigned char>(b[pos + i]);
  if (width == 4) return static_cast<int32_t>(static_cast<uint32_t>(v));
  return static_cast<int64_t>(v);
}

// A POSIX TZ rule "Mm.w.d[/time]": the d-th weekday (0 Sunday) of week w
// (5 = last) of month m, at `time` seconds of local time.
struct PosixRule {
  int month = 0, week = 0, weekday = 0;
  int64_t time_seconds = 2 * 3600;
};

// The parts of a POSIX TZ string the footer needs.
struct PosixZone {
  int32_t std_offset = 0;  // seconds east of UTC
  int32_t dst_offset = 0;
  bool has_dst = false;
  PosixRule start, end;
};

class PosixParser {
 public:
  explicit PosixParser(std::string_view s) : s_(s) {}

  bool Parse(PosixZone* z) {
    if (!Name()) return false;
    int64_t off = 0;
    if (!Offset(&off)) return false;
    z->std_offset = static_cast<int32_t>(-off);
    if (pos_ == s_.size()) return true;
    if (!Name()) return false;
    z->has_dst = true;
    z->dst_offset = z->std_offset + 3600;
    if (pos_ < s_.size() && s_[pos_] != ',') {
      if (!Offset(&off)) return false;
      z->dst_offset = static_cast<int32_t>(-off);
    }
    if (pos_ >= s_.size() || s_[pos_++] != ',') return false;
    if (!Rule(&z->start)) return false;
    if (pos_ >= s_.size() || s_[pos_++] != ',') return false;
    return Rule(&z->end) && pos_ == s_.size();
  }

 private:
  bool Name() {
    if (pos_ < s_.size() && s_[pos_] == '<') {
      const size_t close = s_.find('>', pos_);
      if (close == std::string_view::npos) return false;
      pos_ = close + 1;
      return true;
    }
    const size_t start = pos_;
    while (pos_ < s_.size() && ((s_[pos_] >= 'A' && s_[pos_] <= 'Z') || (s_[pos_] >= 'a' && s_[pos_] <= 'z')))
      ++pos_;
    return pos_ - start >= 3;
  }
  bool Number(int64_t* v) {
    const size_t start = pos_;
    *v = 0;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') *v = *v * 10 + (s_[pos_++] - '0');
    return pos_ > start;
  }
  // [+-]hh[:mm[:ss]] in seconds.
  bool Offset(int64_t* seconds) {
    int sign = 1;
    if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) sign = s_[pos_++] == '-' ? -1 : 1;
    int64_t h = 0, m = 0, sec = 0;
    if (!Number(&h)) return false;
    if (pos_ < s_.size() && s_[pos_] == ':') {
      ++pos_;
      if (!Number(&m)) return false;
      if (pos_ < s_.size() && s_[pos_] == ':') {
        ++pos_;
        if (!Number(&sec)) return false;
      }
    }
    *seconds = sign * (h * 3600 + m * 60 + sec);
    return true;
  }
  bool Rule(PosixRule* r) {
    if (pos_ >= s_.size() || s_[pos_++] != 'M') return false;  // only the Mm.w.d form
    int64_t m = 0, w = 0, d = 0;
    if (!Number(&m) || pos_ >= s_.size() || s_[pos_++] != '.' || !Number(&w) || pos_ >= s_.size() ||
        s_[pos_++] != '.' || !Number(&d)) {
      return false;
    }
    if (m < 1 || m > 12 || w < 1 || w > 5 || d > 6) return false;
    r->month = static_cast<int>(m);
    r->week = static_cast<int>(w);
    r->weekday = static_cast<int>(d);
    if (pos_ < s_.size() && s_[pos_] == '/') {
      ++pos_;
      return Offset(&r->time_seconds);
    }
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

// Returns the UTC ms at which `rule` fires in `year`, for a zone whose offset
// before the change is `offset_before` seconds.
int64_t RuleInstant(const PosixRule& rule, int year, int32_t offset_before) {
  const int64_t first = DaysFromCivil({year, rule.month, 1});
  int64_t day = first + (rule.weekday - WeekdayFromDays(first) + 7) % 7 + (rule.week - 1) * 7;
  const int next_month_year = rule.month == 12 ? year + 1 : year;
  const int64_t month_end = DaysFromCivil({next_month_year, rule.month == 12 ? 1 : rule.month + 1, 1});
  while (day >= month_end) day -= 7;
  return day * kMsPerDay + (rule.time_seconds - offset_before) * kMsPerSecond;
}

}  // namespace

Status ParseTzif(std::string_view b, const std::string& name, int64_t from_ms, int64_t until_ms,
                 ZoneOffsets* zone) {
  auto bad = [&](const char* why) {
    return Status::Error("invalid_zone",
                         "the tz database file for '" + name + "' is not readable TZif: " + why);
  };
  if (b.size() < 44 || b.substr(0, 4) != "TZif") return bad("missing the TZif header");
  auto counts = [&](size_t at, int64_t c[6]) {
    for (int i = 0; i < 6; ++i) c[i] = ReadBig(b, at + 20 + 4 * i, 4);
  };
  int64_t c[6];  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  counts(0, c);
  size_t pos = 44;
  size_t time_width = 4;
  const char version = b[4];
  if (version >= '2') {
    pos += c[3] * 4 + c[3] + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
    if (pos + 44 > b.size() || b.substr(pos, 4) != "TZif") return bad("missing the second header");
    counts(pos, c);
    pos += 44;
    time_width = 8;
  }
  const int64_t timecnt = c[3], typecnt = c[4];
  const size_t need =
      pos + timecnt * time_width + timecnt + typecnt * 6 + c[5] + c[2] * (time_width + 4) + c[1] + c[0];
  if (typecnt <= 0 || need > b.size()) return bad("the data is truncated");
  std::vector<int32_t> type_offset(typecnt);
  const size_t types_at = pos + timecnt * time_width + timecnt;
  for (int64_t i = 0; i < typecnt; ++i)
    type_offset[i] = static_cast<int32_t>(ReadBig(b, types_at + 6 * i, 4));
  std::vector<OffsetTransition> all;
  for (int64_t i = 0; i < timecnt; ++i) {
    const int64_t at = ReadBig(b, pos + i * time_width, time_width);
    const unsigned type = static_cast<unsigned char>(b[pos + timecnt * time_width + i]);
    if (type >= type_offset.size()) return bad("a transition names a missing type");
    all.push_back({at * kMsPerSecond, type_offset[type]});
  }
  // The footer's rule continues the table past its last transition.
  if (version >= '2') {
    const size_t footer_start = b.find('\n', need);
    const size_t footer_end =
        footer_start == std::string_view::npos ? footer_start : b.find('\n', footer_start + 1);
    PosixZone rule;
    if (footer_end != std::string_view::npos &&
        PosixParser(b.substr(footer_start + 1, footer_end - footer_start - 1)).Parse(&rule) && rule.has_dst) {
      const int64_t last = all.empty() ? from_ms : all.back().at_ms;
      const int first_year = CivilFromDays(FloorDiv(std::max(last, from_ms), kMsPerDay)).year;
      const int last_year = CivilFromDays(FloorDiv(until_ms, kMsPerDay)).year;
      for (int y = first_year; y <= last_year; ++y) {
        OffsetTransition changes[2] = {{RuleInstant(rule.start, y, rule.std_offset), rule.dst_offset},
                                       {RuleInstant(rule.end, y, rule.dst_offset), rule.std_offset}};
        if (changes[1].at_ms < changes[0].at_ms) std::swap(changes[0], changes[1]);  // southern hemisphere
        for (const OffsetTransition& t : changes) {
          if (t.at_ms > last) all.push_back(t);
        }
      }
    }
  }
  // Restrict to the range, dropping changes that keep the offset.
  int32_t initial = type_offset[0];
  std::vector<OffsetTransition> kept;
  for (const OffsetTransition& t : all) {
    if (t.at_ms <= from_ms) {
      initial = t.offset_seconds;
      continue;
    }
    if (t.at_ms >= until_ms) break;
    const int32_t current = kept.empty() ? initial : kept.back().offset_seconds;
    if (t.offset_seconds != current) kept.push_back(t);
  }
  return ZoneOffsets::FromTransitions(name, initial, std::move(kept), zone);
}

Status LoadSystemZone(const std::string& name, int64_t from_ms, int64_t until_ms, ZoneOffsets* zone) {
  if (name == "UTC" || name == "Etc/UTC" || name == "GMT") {
    *zone = ZoneOffsets::Fixed(name, 0);
    return Status::Ok();
  }
  if (name.empty() || name[0] == '/' || name.find("..") != std::string::npos) {
    return Status::Error("unknown_zone", "'" + name + "' is not an IANA zone name such as \"Europe/Rome\"");
  }
  const char* dir = std::getenv("TZDIR");
  const std::string path = std::string(dir && *dir ? dir : "/usr/share/zoneinfo") + "/" + name;
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return Status::Error("unknown_zone",
                         "unknown time zone '" + name + "' (no " + path +
                             "); use an IANA name such as \"Europe/Rome\" or \"America/New_York\"");
  }
  std::ostringstream bytes;
  bytes << file.rdbuf();
  return ParseTzif(bytes.str(), name, from_ms, until_ms, zone);
}

}  // namespace cli
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "pronto/civil_time.h"

#include <cstdio>
#include <string>

namespace pronto {
namespace {

// Reads exactly `n` digits at `*pos`; advances and returns false on failure.
bool ReadDigits(std::string_view s, size_t* pos, size_t n, int* value) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    const char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ValidDate(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

// Parses "+HH:MM", "+HHMM", "+HH" or "Z" at `*pos` into seconds east of UTC.
bool ReadOffset(std::string_view s, size_t* pos, int* offset_seconds) {
  if (*pos >= s.size()) return false;
  const char sign = s[*pos];
  if (sign == 'Z' || sign == 'z') {
    ++*pos;
    *offset_seconds = 0;
    return true;
  }
  if (sign != '+' && sign != '-') return false;
  ++*pos;
  int hh = 0, mm = 0;
  if (!ReadDigits(s, pos, 2, &hh)) return false;
  if (*pos < s.size() && s[*pos] == ':') ++*pos;
  if (*pos < s.size()) {
    if (!ReadDigits(s, pos, 2, &mm)) return false;
  }
  if (hh > 18 || mm > 59) return false;
  *offset_seconds = (sign == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
  return true;
}

Status BadTimestamp(std::string_view text, const char* why) {
  return Status::Error("invalid_timestamp", "'" + std::string(text.substr(0, 64)) +
                                                "' is not a timestamp: " + why +
                                                "; use ISO 8601 with an offset (2026-03-29T03:30:00+02:00), "
                                                "epoch seconds or epoch milliseconds");
}

Status ParseEpoch(std::string_view s, int64_t* utc_ms) {
  size_t i = 0;
  bool negative = false;
  if (s[0] == '-') {
    negative = true;
    i = 1;
  }
  int64_t whole = 0;
  size_t digits = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits) {
    if (digits >= 16) return BadTimestamp(s, "too many digits");
    whole = whole * 10 + (s[i] - '0');
  }
  if (digits == 0) return BadTimestamp(s, "no digits");
  int64_t frac_ms = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    int64_t scale = 100;
    size_t frac_digits = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++frac_digits) {
      frac_ms += (s[i] - '0') * scale;
      scale /= 10;
    }
    if (frac_digits == 0) return BadTimestamp(s, "nothing after the decimal point");
  }
  if (i != s.size()) return BadTimestamp(s, "unexpected characters after the number");
  int64_t ms = whole >= 100000000000LL ? whole : whole * 1000 + frac_ms;
  *utc_ms = negative ? -ms : ms;
  return Status::Ok();
}

Status ParseTwitter(std::string_view s, int64_t* utc_ms) {
  // "Wed Oct 11 06:55:44 +0000 2017"
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (s.size() != 30 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ' || s[19] != ' ' || s[25] != ' ') {
    return BadTimestamp(s, "not in the form 'Wed Oct 11 06:55:44 +0000 2017'");
  }
  int month = 0;
  for (int m = 0; m < 12; ++m) {
    if (s.substr(4, 3) == kMonths[m]) month = m + 1;
  }
  size_t pos = 8;
  int day = 0, hh = 0, mi = 0, ss = 0, year = 0, offset = 0;
  bool ok = month != 0 && ReadDigits(s, &pos, 2, &day) && ++pos && ReadDigits(s, &pos, 2, &hh) &&
            s[pos++] == ':' && ReadDigits(s, &pos, 2, &mi) && s[pos++] == ':' && ReadDigits(s, &pos, 2, &ss);
  pos = 20;
  ok = ok && ReadOffset(s, &pos, &offset);
  pos = 26;
  ok = ok && ReadDigits(s, &pos, 4, &year);
  if (!ok || !ValidDate(year, month, day) || hh > 23 || mi > 59 || ss > 60) {
    return BadTimestamp(s, "not in the form 'Wed Oct 11 06:55:44 +0000 2017'");
  }
  const int64_t days = DaysFromCivil({year, month, day});
  *utc_ms = days * kMsPerDay + (hh * 3600LL + mi * 60LL + ss - offset) * kMsPerSecond;
  return Status::Ok();
}

}  // namespace

int64_t DaysFromCivil(const CivilDate& date) {
  // Howard Hinnant's days_from_civil.
  const int64_t y = static_cast<int64_t>(date.year) - (date.month <= 2);
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int WeekdayFromDays(int64_t days) { return static_cast<int>(((days % 7) + 11) % 7); }

bool ParseDate(std::string_view s, int64_t* days) {
  size_t pos = 0;
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || !ReadDigits(s, &pos, 4, &y) || s[pos++] != '-' || !ReadDigits(s, &pos, 2, &m) ||
      s[pos++] != '-' || !ReadDigits(s, &pos, 2, &d) || !ValidDate(y, m, d)) {
    return false;
  }
  *days = DaysFromCivil({y, m, d});
  return true;
}

Status ParseTimestamp(std::string_view s, int64_t* utc_ms) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty())
    return Status::Error("invalid_timestamp", "the timestamp is empty; give ISO 8601 or epoch time");
  if ((s[0] >= '0' && s[0] <= '9') || s[0] == '-') {
    if (s.size() < 5 || s[4] != '-') return ParseEpoch(s, utc_ms);
  } else {
    return ParseTwitter(s, utc_ms);
  }
  size_t pos = 0;
  int y = 0, mo = 0, d = 0, hh = 0, mi = 0, ss = 0;
  if (!ReadDigits(s, &pos, 4, &y) || s[pos++] != '-' || !ReadDigits(s, &pos, 2, &mo) || pos >= s.size() ||
      s[pos++] != '-' || !ReadDigits(s, &pos, 2, &d) || !ValidDate(y, mo, d)) {
    return BadTimestamp(s, "the date is not YYYY-MM-DD");
  }
  if (pos >= s.size()) return BadTimestamp(s, "a time and a UTC offset are missing");
  if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return BadTimestamp(s, "expected 'T' after the date");
  ++pos;
  if (!ReadDigits(s, &pos, 2, &hh) || pos >= s.size() || s[pos++] != ':' || !ReadDigits(s, &pos, 2, &mi) ||
      hh > 24 || mi > 59) {
    return BadTimestamp(s, "the time is not HH:MM");
  }
  int64_t frac_ms = 0;
  if (pos < s.size() && s[pos] == ':') {
    ++pos;
    if (!ReadDigits(s, &pos, 2, &ss) || ss > 60) return BadTimestamp(s, "the seconds are not two digits");
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      int64_t scale = 100;
      const size_t start = pos;
      for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos) {
        frac_ms += (s[pos] - '0') * scale;
        scale /= 10;
      }
      if (pos == start) return BadTimestamp(s, "nothing after the decimal point");
    }
  }
  if (pos >= s.size()) return BadTimestamp(s, "no UTC offset; add Z or an offset such as +01:00");
  int offset = 0;
  if (!ReadOffset(s, &pos, &offset) || pos != s.size())
    return BadTimestamp(s, "the UTC offset is not Z or +HH:MM");
  *utc_ms = DaysFromCivil({y, mo, d}) * kMsPerDay + (hh * 3600LL + mi * 60LL + ss - offset) * kMsPerSecond +
            frac_ms;
  return Status::Ok();
}

std::string FormatUtc(int64_t utc_ms) {
  const int64_t days = FloorDiv(utc_ms, kMsPerDay);
  const int64_t rest = utc_ms - days * kMsPerDay;
  const CivilDate c = CivilFromDays(days);
  char buf[48];
  const int ms = static_cast<int>(rest % 1000);
  const int sec = static_cast<int>(rest / 1000);
  if (ms != 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year, c.month, c.day, sec / 3600,
                  sec / 60 % 60, sec % 60, ms);
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, sec / 3600,
                  sec / 60 % 60, sec % 60);
  }
  return buf;
}

std::string FormatDate(int64_t days) {
  const CivilDate c = CivilFromDays(days);
  char buf[24];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

bool ParseDuration(std::string_view s, int64_t* ms) {
  if (s.empty()) return false;
  int64_t unit = kMsPerDay;
  const char last = s.back();
  if (last < '0' || last > '9') {
    switch (last) {
      case 'd':
        unit = kMsPerDay;
        break;
      case 'h':
        unit = kMsPerHour;
        break;
      case 'm':
        unit = kMsPerMinute;
        break;
      case 's':
        unit = kMsPerSecond;
        break;
      case 'w':
        unit = 7 * kMsPerDay;
        break;
      default:
        return false;
    }
    s.remove_suffix(1);
  }
  if (s.empty() || s.size() > 9) return false;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v <= 0) return false;
  *ms = v * unit;
  return true;
}

}  // namespace pronto

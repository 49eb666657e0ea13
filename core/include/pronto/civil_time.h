// Copyright 2026 The Pronto Authors.
//
// Civil dates and timestamps without a time-zone database: plain arithmetic on
// the proleptic Gregorian calendar, so that it behaves the same natively and in
// WebAssembly. Instants are UTC milliseconds since 1970-01-01T00:00:00Z.
//
//   int64_t at = 0;
//   pronto::Status s = pronto::ParseTimestamp("2026-03-29T03:30:00+02:00", &at);
//   // at == 1774747800000; also "1774747800", "1774747800000" (epoch s / ms)
//   // and the Twitter form "Sun Mar 29 01:30:00 +0000 2026".
//   std::string iso = pronto::FormatUtc(at);  // "2026-03-29T01:30:00Z"
//   int weekday = pronto::WeekdayFromDays(pronto::FloorDiv(at, pronto::kMsPerDay));  // 0 = Sunday
#ifndef PRONTO_CIVIL_TIME_H_
#define PRONTO_CIVIL_TIME_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "pronto/status.h"

namespace pronto {

inline constexpr int64_t kMsPerSecond = 1000;
inline constexpr int64_t kMsPerMinute = 60 * kMsPerSecond;
inline constexpr int64_t kMsPerHour = 60 * kMsPerMinute;
inline constexpr int64_t kMsPerDay = 24 * kMsPerHour;

// A date on the proleptic Gregorian calendar; month and day count from 1.
struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;
};

// Returns a / b rounded towards negative infinity (b > 0).
inline int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Returns the number of days from 1970-01-01 to `date` (negative before it).
int64_t DaysFromCivil(const CivilDate& date);

// Returns the date that lies `days` days after 1970-01-01.
CivilDate CivilFromDays(int64_t days);

// Returns the weekday of the day `days` after 1970-01-01: 0 Sunday … 6 Saturday.
int WeekdayFromDays(int64_t days);

// Parses "YYYY-MM-DD" into days since 1970-01-01; false when it is not a valid date.
bool ParseDate(std::string_view text, int64_t* days);

// Parses a timestamp into UTC milliseconds. Accepted forms:
//   ISO 8601 with a UTC offset: "2026-03-29T03:30:00+02:00", "2026-03-29 01:30Z",
//     fractions of a second allowed ("…:00.250Z");
//   epoch seconds or milliseconds: "1774747800", "1774747800000", "1774747800.5"
//     (values of 100,000,000,000 and more are taken as milliseconds);
//   Twitter's created_at: "Wed Oct 11 06:55:44 +0000 2017".
// A timestamp without an offset is an error ("add Z or +01:00"), because the
// core never guesses a zone.
Status ParseTimestamp(std::string_view text, int64_t* utc_ms);

// Formats `utc_ms` as ISO 8601 UTC: "2026-03-29T01:30:00Z", with ".250" when
// the instant has milliseconds.
std::string FormatUtc(int64_t utc_ms);

// Formats a day count from 1970-01-01 as "YYYY-MM-DD".
std::string FormatDate(int64_t days);

// Parses a duration such as "30d", "12h", "90m", "45s" or "7" (days) into
// milliseconds; false when it is not a positive duration.
bool ParseDuration(std::string_view text, int64_t* ms);

}  // namespace pronto

#endif  // PRONTO_CIVIL_TIME_H_

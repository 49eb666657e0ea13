// Copyright 2026 The Pronto Authors.
//
// The native side of the time-zone boundary (see pronto/zone_offsets.h): reads
// the system's tz database (TZif files under $TZDIR or /usr/share/zoneinfo)
// into the transition table the core takes. Only the CLI does this; the core
// itself never touches the operating system's zone data.
//
//   pronto::ZoneOffsets rome;
//   pronto::Status s = pronto::cli::LoadSystemZone("Europe/Rome", from_ms, until_ms, &rome);
#ifndef PRONTO_CLI_ZONEINFO_H_
#define PRONTO_CLI_ZONEINFO_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "pronto/status.h"
#include "pronto/zone_offsets.h"

namespace pronto {
namespace cli {

// Builds the table of `name` ("UTC", "Europe/Rome", …) restricted to
// [from_ms, until_ms): the offset at from_ms and every change up to until_ms,
// including those past the file's last transition that its POSIX TZ footer
// rule describes ("CET-1CEST,M3.5.0,M10.5.0/3").
Status LoadSystemZone(const std::string& name, int64_t from_ms, int64_t until_ms, ZoneOffsets* zone);

// Parses the bytes of a TZif file (RFC 8536, versions 1–4) like LoadSystemZone.
Status ParseTzif(std::string_view bytes, const std::string& name, int64_t from_ms, int64_t until_ms,
                 ZoneOffsets* zone);

}  // namespace cli
}  // namespace pronto

#endif  // PRONTO_CLI_ZONEINFO_H_

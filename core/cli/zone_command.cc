// Copyright 2026 The Pronto Authors.
#include <ctime>
#include <iostream>

#include "commands.h"
#include "pronto/civil_time.h"
#include "pronto/zone_offsets.h"
#include "zoneinfo.h"

namespace pronto {
namespace cli {
namespace {

int RunZone(const std::vector<std::string>& args, std::istream&, std::ostream& out, std::ostream& err) {
  std::string name, from = "", to = "";
  for (size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "--from" || args[i] == "--to") && i + 1 < args.size()) {
      (args[i] == "--from" ? from : to) = args[i + 1];
      ++i;
    } else if (!args[i].empty() && args[i][0] != '-' && name.empty()) {
      name = args[i];
    } else {
      err << "pronto zone: unexpected argument '" << args[i] << "'\n" << kZoneCommand.usage;
      return 2;
    }
  }
  if (name.empty()) {
    err << "pronto zone: give a zone name, e.g. Europe/Rome\n" << kZoneCommand.usage;
    return 2;
  }
  const int this_year = CivilFromDays(FloorDiv(static_cast<int64_t>(std::time(nullptr)), 86400)).year;
  int64_t from_days = DaysFromCivil({this_year, 1, 1}), to_days = DaysFromCivil({this_year + 1, 1, 1});
  if ((!from.empty() && !ParseDate(from, &from_days)) || (!to.empty() && !ParseDate(to, &to_days)) ||
      to_days <= from_days) {
    err << "pronto zone: --from and --to must be dates YYYY-MM-DD, --to after --from\n";
    return 2;
  }
  ZoneOffsets zone;
  if (Status s = LoadSystemZone(name, from_days * kMsPerDay, to_days * kMsPerDay, &zone); !s.ok()) {
    err << "pronto zone: " << s.message() << "\n";
    return 1;
  }
  out << ZoneOffsetsToJson(zone) << "\n";
  return 0;
}

}  // namespace

const Command kZoneCommand = {
    "zone",
    "a time zone's UTC-offset table (the JSON the core takes) from the system tz database",
    "usage: pronto zone NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
    "  Prints "
    "{\"schema\":1,\"zone\":NAME,\"initialOffsetSeconds\":…,\"transitions\":[{\"at\":ms,\"offsetSeconds\":…}]"
    "}\n"
    "  for [from, to) (default: this calendar year), the same table the browser builds from Intl.\n",
    RunZone,
};

}  // namespace cli
}  // namespace pronto

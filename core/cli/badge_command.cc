// Copyright 2026 The Pronto Authors.
#include <fstream>
#include <iostream>

#include "commands.h"
#include "pronto/badge.h"
#include "pronto/metrics.h"
#include "responsiveness_cli.h"

namespace pronto {
namespace cli {
namespace {

int RunBadge(const std::vector<std::string>& args, std::istream&, std::ostream& out, std::ostream& err) {
  ResponsivenessArgs a;
  const int usage =
      ParseResponsivenessArgs(args,
                              {"--events", "--format", "--map", "--channel", "--policy", "--zone", "--window",
                               "--from", "--to", "--now", "--svg", "--lang", "--json", "--brand"},
                              "badge", kBadgeCommand.usage, err, &a);
  if (usage != 0) return usage;
  LoadedInput in;
  // The badge window comes from the policy's badge section unless --window is given.
  if (int rc = LoadInput(a, "badge", BadgeConfig().window_ms, err, &in); rc != 0) return rc;
  if (a.window.empty() && a.from.empty() && in.badge.window_ms != BadgeConfig().window_ms) {
    in.from_ms = in.until_ms - in.badge.window_ms;
  }
  MetricsOptions options;
  options.from_ms = in.from_ms;
  options.until_ms = in.until_ms;
  options.now_ms = in.now_ms;
  Metrics metrics;
  if (Status s = ComputeMetrics(in.ledger, in.policy, in.calendar, options, &metrics); !s.ok()) {
    err << "pronto badge: " << s.message() << "\n";
    return 1;
  }
  const Badge badge = ComputeBadge(metrics, in.badge);
  if (!a.svg_path.empty()) {
    std::ofstream svg(a.svg_path, std::ios::binary);
    svg << RenderBadgeSvg(badge, a.lang);
    if (!svg.flush()) {
      err << "pronto badge: cannot write " << a.svg_path << "\n";
      return 1;
    }
  }
  if (a.json && !a.brand.empty()) {
    out << BadgeExportToJson(a.brand, in.ledger, in.policy, in.badge, in.zone, metrics, badge) << "\n";
  } else if (a.json) {
    out << BadgeToJson(badge) << "\n";
  } else {
    out << BadgeText(badge, a.lang) << "\n";
    if (!a.svg_path.empty()) out << "wrote " << a.svg_path << "\n";
  }
  return 0;
}

}  // namespace

const Command kBadgeCommand = {
    "badge",
    "the responsiveness badge level, as text, JSON or an accessible SVG (it/en)",
    "usage: pronto badge --events FILE [--policy FILE] [--svg OUT.svg] [--lang it|en] [--json [--brand "
    "NAME]]\n"
    "                    [--format …] [--map …] [--zone FILE] [--window 7d | --from T --to T] [--now T]\n"
    "  Computes the badge over the policy's badge window (default 7 days, Meta's): \"very responsive\"\n"
    "  when the response rate is at least 90% and the typical time (mean of the fastest 90% of first\n"
    "  responses) at most 15 min, else Pronto's levels (within an hour / a few hours / a day). Below\n"
    "  the minimum sample (default 20 conversations) it shows no level and says so.\n"
    "  --svg   writes a badge with role=\"img\", aria-label and <title>, stating window and sample size\n"
    "  --json  prints the badge as JSON; with --brand NAME, the pronto-badge.json the <pronto-badge>\n"
    "          widget reads: brand, channels, window, policy, zone, anonymised events (times and kinds\n"
    "          only, threads renumbered) and the summary with computedAt (see widget/README.md)\n",
    RunBadge,
};

}  // namespace cli
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// `pronto stats`, `pronto badge`, `pronto timers` and `pronto zone` run as
// processes, on the fixtures in tests/core/testdata.
#include <gtest/gtest.h>

#include "cli_runner.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace {

using pronto::testing_util::CliRun;
using pronto::testing_util::Slurp;
using pronto::testing_util::TestTempPath;

CliRun RunPronto(const std::string& args) {
  return pronto::testing_util::RunCli(args, "", /*merge_stderr=*/false);
}

std::string Data(const std::string& name) {
  return std::string("'") + PRONTO_TESTDATA_DIR + "/" + name + "'";
}

std::string Write(const std::string& name, const std::string& text) {
  const std::string path = TestTempPath(name);
  std::ofstream(path, std::ios::binary) << text;
  return "'" + path + "'";
}

TEST(ResponsivenessCli, StatsByBrandOnTwcs) {
  const CliRun r = RunPronto("stats --events " + Data("twcs_mini.csv") + " --by brand --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << r.out;
  EXPECT_EQ(doc["schema"], 1);
  EXPECT_EQ(doc["groupBy"], "brand");
  EXPECT_EQ(doc["overall"]["conversations"], 3);
  EXPECT_EQ(doc["import"]["format"], "twcs");
  EXPECT_EQ(doc["import"]["skipped"], 1);
  EXPECT_EQ(doc["import"]["issues"][0]["line"], 10);
  EXPECT_EQ(doc["groups"][0]["key"], "(unknown)");  // no brand ever answered thread 7
  bool saw_acme = false;
  for (const auto& g : doc["groups"]) {
    if (g["key"] == "AcmeHelp") {
      saw_acme = true;
      EXPECT_EQ(g["firstResponse"]["medianMs"], 10 * 60000);
      EXPECT_EQ(g["nextResponse"]["medianMs"], 30 * 60000);
    }
  }
  EXPECT_TRUE(saw_acme) << r.out;
  // The skipped row is reported on stderr with its line and column, plus a summary.
  EXPECT_NE(r.err.find("line 10, column 4 (created_at)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 1 bad rows"), std::string::npos) << r.err;
}

TEST(ResponsivenessCli, StatsTextWithAMappedCsv) {
  const CliRun r =
      RunPronto("stats --events " + Data("events_map.csv") +
                " --map thread=conversation_id,kind=direction,at=sent_at,agent=who,channel=source"
                " --by channel --window 7d");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("overall"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("instagram"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("7 days"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("line 6, column 2 (direction)"), std::string::npos) << r.err;
}

TEST(ResponsivenessCli, EmptyOrAllBadFilesExitWithAnError) {
  CliRun r = RunPronto("stats --events " + Write("empty.csv", ""));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
  r = RunPronto("stats --events " + Write("bad.csv", "thread,kind,at\na,customer,never\n"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("none of the 1 rows"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  r = RunPronto("stats --events /nonexistent/file.csv");
  EXPECT_EQ(r.exit_code, 1);
  r = RunPronto("stats");
  EXPECT_EQ(r.exit_code, 2);
  r = RunPronto("stats --events x --by team");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--by"), std::string::npos);
}

TEST(ResponsivenessCli, PolicyErrorsNameTheField) {
  const CliRun r = RunPronto("stats --events " + Data("twcs_mini.csv") + " --policy " +
                             Write("bad_policy.json", R"({"schema":1,"hours":{"mon":[["9","18"]]}})"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("hours.mon[0]"), std::string::npos) << r.err;
}

TEST(ResponsivenessCli, BadgeWritesAnAccessibleSvg) {
  const std::string svg_path = TestTempPath("badge_it.svg");
  const CliRun r =
      RunPronto("badge --events " + Data("twcs_mini.csv") + " --svg '" + svg_path + "' --lang it");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ancora insufficienti"), std::string::npos) << r.out;
  const std::string svg = Slurp(svg_path);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos) << svg;
  EXPECT_NE(svg.find("aria-label="), std::string::npos);
  EXPECT_NE(svg.find("<title>"), std::string::npos);
  EXPECT_NE(svg.find("ultimi 7 giorni"), std::string::npos);
  // Thread 7 is under 24 h old at the end of the file's day: pending, not in the sample.
  EXPECT_NE(svg.find("2 delle 20 necessarie"), std::string::npos) << svg;
}

TEST(ResponsivenessCli, BadgeJsonUsesThePolicyAndTheRomeZoneTable) {
  const CliRun r = RunPronto("badge --events " + Data("twcs_mini.csv") + " --policy " +
                             Data("policy_rome.json") + " --zone " + Data("zone_rome_2026.json") + " --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << r.out;
  EXPECT_EQ(doc["minSample"], 2);
  EXPECT_EQ(doc["sample"], 2);  // thread 7 is still pending
  // Both answered; typical time: mean of 10 and 120 min (Rome business hours) = 65 min.
  EXPECT_EQ(doc["typicalMs"], 65 * 60000);
  EXPECT_EQ(doc["level"], "within_a_few_hours") << r.out;
  EXPECT_NE(doc["text"]["en"].get<std::string>().find("100% answered"), std::string::npos) << r.out;
}

TEST(ResponsivenessCli, BadgeJsonWithBrandIsTheWidgetsFile) {
  const CliRun r =
      RunPronto("badge --events " + Data("twcs_mini.csv") + " --policy " + Data("policy_rome.json") +
                " --zone " + Data("zone_rome_2026.json") + " --json --brand 'Caffè Aurora'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << r.out;
  EXPECT_EQ(doc["schema"], 1);
  EXPECT_EQ(doc["brand"], "Caffè Aurora");
  EXPECT_TRUE(doc["channels"].is_array());
  EXPECT_EQ(doc["policy"]["timeZone"], "Europe/Rome");
  EXPECT_EQ(doc["policy"]["badge"]["minSample"], 2);
  EXPECT_EQ(doc["zone"]["zone"], "Europe/Rome");
  // The summary is the badge `--json` prints, plus when and the histogram.
  const CliRun plain =
      RunPronto("badge --events " + Data("twcs_mini.csv") + " --policy " + Data("policy_rome.json") +
                " --zone " + Data("zone_rome_2026.json") + " --json");
  nlohmann::json summary = doc["summary"];
  EXPECT_EQ(summary["computedAt"], doc["computedAt"]);
  summary.erase("computedAt");
  summary.erase("histogram");
  EXPECT_EQ(summary, nlohmann::json::parse(plain.out));
  // Times and kinds only: no text, agents or thread ids.
  for (const auto& e : doc["events"]) {
    ASSERT_EQ(e.size(), 3u);
    EXPECT_TRUE(e[0].is_number_integer());
    EXPECT_TRUE(e[1] == "customer" || e[1] == "brand");
    EXPECT_TRUE(e[2].is_number_unsigned());
  }
}

TEST(ResponsivenessCli, SystemZoneMatchesTheHandWrittenTables) {
  CliRun r = RunPronto("zone Europe/Rome --from 2026-01-01 --to 2027-01-01");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out, nullptr, false);
  const nlohmann::json expected =
      nlohmann::json::parse(Slurp(std::string(PRONTO_TESTDATA_DIR) + "/zone_rome_2026.json"));
  EXPECT_EQ(doc, expected) << r.out;
  r = RunPronto("zone America/New_York --from 2026-01-01 --to 2027-01-01");
  doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_EQ(doc["transitions"].size(), 2u) << r.out;
  EXPECT_EQ(doc["initialOffsetSeconds"], -18000);
  EXPECT_EQ(doc["transitions"][0]["at"], 1772953200000);
  EXPECT_EQ(doc["transitions"][1]["at"], 1793512800000);
  // Past 2037 the file's own transitions end and its POSIX rule takes over.
  r = RunPronto("zone Europe/Rome --from 2040-01-01 --to 2041-01-01");
  doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_EQ(doc["transitions"].size(), 2u) << r.out;
  EXPECT_EQ(doc["transitions"][0]["at"], 2216250000000);  // 2040-03-25T01:00:00Z
  EXPECT_EQ(RunPronto("zone Mars/Olympus").exit_code, 1);
}

TEST(ResponsivenessCli, TimersListTheWaitingThreads) {
  CliRun r = RunPronto("timers --events " + Data("twcs_mini.csv") + " --now 2026-03-02T12:30:00Z --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << r.out;
  ASSERT_EQ(doc["timers"].size(), 1u) << r.out;
  EXPECT_EQ(doc["timers"][0]["thread"], "7");
  EXPECT_EQ(doc["timers"][0]["state"], "breached");
  EXPECT_EQ(doc["timers"][0]["timeLeftMs"], -30 * 60000);
  // In Rome 12:30 UTC is 13:30, the lunch break: the clock is paused after 60 of 120 minutes.
  const std::string policy =
      Write("rome_120.json", R"({"schema":1,"timeZone":"Europe/Rome","firstResponseMinutes":120,
      "hours":{"mon":[["09:00","13:00"],["14:00","18:00"]]}})");
  r = RunPronto("timers --events " + Data("twcs_mini.csv") + " --policy " + policy +
                " --now 2026-03-02T12:30:00Z --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_EQ(doc["timers"].size(), 1u) << r.out;
  EXPECT_EQ(doc["timers"][0]["state"], "paused");
  EXPECT_EQ(doc["timers"][0]["waitedBusinessMs"], 60 * 60000);
  EXPECT_EQ(doc["timers"][0]["deadline"], 1772460000000);  // 14:00 UTC = 15:00 in Rome
  r = RunPronto("timers --events " + Data("twcs_mini.csv") + " --now 2026-03-02T12:30:00Z");
  EXPECT_NE(r.out.find("breached"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("30 min over"), std::string::npos) << r.out;
  // --limit 0 lists none; a limit that is not a whole number is a usage error, not "0".
  r = RunPronto("timers --events " + Data("twcs_mini.csv") + " --now 2026-03-02T12:30:00Z --json --limit 0");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out, nullptr, false)["timers"].size(), 0u) << r.out;
  for (const char* bad : {"abc", "-1", "5x", "1.5"}) {
    r = RunPronto("timers --events " + Data("twcs_mini.csv") + " --limit " + bad);
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--limit takes a whole number"), std::string::npos) << r.err;
  }
}

}  // namespace

// Copyright 2026 The Pronto Authors.
#include "pronto/badge.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ledger_helpers.h"

namespace pronto {
namespace {

constexpr int64_t kUntil = 1774137600000;  // 2026-03-22T00:00:00Z

// Metrics whose overall group has `sample` conversations, a share `rate`
// answered within 24 h and a typical time of `typical_minutes`.
Metrics Make(uint64_t sample, double rate, double typical_minutes) {
  Metrics m;
  m.until_ms = kUntil;
  m.from_ms = kUntil - 7 * kMsPerDay;
  m.overall.conversations = sample;
  m.overall.answered_within_24h = static_cast<uint64_t>(rate * sample + 0.5);
  m.overall.response_rate = rate;
  m.overall.first_response.count = m.overall.answered_within_24h;
  m.overall.first_response.fastest90_mean_ms = static_cast<int64_t>(typical_minutes * kMsPerMinute);
  return m;
}

TEST(Badge, MetasVeryResponsiveRuleAtItsEdges) {
  const BadgeConfig config;
  EXPECT_EQ(ComputeBadge(Make(100, 0.90, 15), config).level, "very_responsive");
  EXPECT_EQ(ComputeBadge(Make(100, 0.89, 15), config).level, "within_an_hour");
  EXPECT_EQ(ComputeBadge(Make(100, 0.95, 15.5), config).level, "within_an_hour");
  EXPECT_EQ(ComputeBadge(Make(100, 0.95, 61), config).level, "within_a_few_hours");
  EXPECT_EQ(ComputeBadge(Make(100, 0.95, 241), config).level, "within_a_day");
  EXPECT_EQ(ComputeBadge(Make(100, 0.95, 1441), config).level, "none");
  EXPECT_EQ(ComputeBadge(Make(100, 0.40, 5), config).level, "none");
}

TEST(Badge, NeverALevelBelowTheMinimumSample) {
  const Badge b = ComputeBadge(Make(19, 1.0, 1), BadgeConfig());
  EXPECT_EQ(b.level, "insufficient_data");
  EXPECT_EQ(b.sample, 19u);
  EXPECT_NE(BadgeText(b, "en").find("19 of the 20 needed"), std::string::npos) << BadgeText(b, "en");
  EXPECT_NE(BadgeText(b, "it").find("19 delle 20 necessarie"), std::string::npos) << BadgeText(b, "it");
  EXPECT_EQ(ComputeBadge(Make(20, 1.0, 1), BadgeConfig()).level, "very_responsive");
}

TEST(Badge, ConfigFromThePolicy) {
  BadgeConfig config;
  ASSERT_TRUE(ParseBadgeConfigJson(R"({"schema":1,"badge":{"windowDays":30,"minSample":5,"levels":[
      {"id":"lightning","minRate":0.99,"maxTypicalMinutes":2},{"id":"within_an_hour","maxTypicalMinutes":60}]}})",
                                   &config)
                  .ok());
  EXPECT_EQ(config.window_ms, 30 * kMsPerDay);
  EXPECT_EQ(config.min_sample, 5u);
  EXPECT_EQ(ComputeBadge(Make(5, 1.0, 1), config).level, "lightning");
  EXPECT_EQ(BadgeHeadline(ComputeBadge(Make(5, 1.0, 1), config), "en"), "Lightning");
  EXPECT_EQ(ComputeBadge(Make(5, 0.1, 30), config).level, "within_an_hour");  // minRate defaults to 0
  ASSERT_TRUE(ParseBadgeConfigJson(R"({"schema":1})", &config).ok());
  EXPECT_EQ(config.levels.size(), 4u);
  Status s =
      ParseBadgeConfigJson(R"({"badge":{"levels":[{"id":"x","minRate":2,"maxTypicalMinutes":5}]}})", &config);
  EXPECT_NE(s.message().find("badge.levels[0].minRate"), std::string::npos) << s.message();
  s = ParseBadgeConfigJson(R"({"badge":{"minSample":-1}})", &config);
  EXPECT_NE(s.message().find("badge.minSample"), std::string::npos) << s.message();
  // A syntax error says where; a document of the wrong shape says what.
  s = ParseBadgeConfigJson("{\"badge\":{\"minSample\":5,}}", &config);
  EXPECT_EQ(s.code(), "invalid_policy");
  EXPECT_NE(s.message().find("the policy is not valid JSON at line 1, column 25"), std::string::npos)
      << s.message();
  s = ParseBadgeConfigJson("{\"badge\":{", &config);
  EXPECT_NE(s.message().find("ends too soon"), std::string::npos) << s.message();
  s = ParseBadgeConfigJson("[]", &config);
  EXPECT_NE(s.message().find("the policy is not a JSON object"), std::string::npos) << s.message();
}

TEST(Badge, TextsInBothLanguages) {
  const Badge b = ComputeBadge(Make(152, 0.968, 8), BadgeConfig());
  EXPECT_EQ(BadgeText(b, "en"),
            "Very responsive · 96% answered · usually within 8 minutes · last 7 days (to 2026-03-21) · "
            "152 conversations");
  EXPECT_EQ(BadgeText(b, "it"),
            "Risponde molto rapidamente · 96% con risposta · di solito entro 8 minuti · ultimi 7 giorni (al "
            "2026-03-21) · "
            "152 conversazioni");
  EXPECT_EQ(FormatDuration(30 * kMsPerSecond, "en"), "< 1 min");
  EXPECT_EQ(FormatDuration(135 * kMsPerMinute, "en"), "2 h 15 min");
  EXPECT_EQ(FormatDuration(3 * kMsPerDay, "it"), "3 g");
  EXPECT_EQ(FormatDuration(3 * kMsPerDay, "en"), "3 d");
}

TEST(Badge, SvgIsAccessibleAndStatesWindowAndSample) {
  const Badge b = ComputeBadge(Make(40, 0.8, 50), BadgeConfig());
  const std::string svg = RenderBadgeSvg(b, "it");
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("aria-label=\"Di solito risponde entro un&apos;ora"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<title>Di solito risponde entro un&apos;ora"), std::string::npos);
  EXPECT_NE(svg.find("ultimi 7 giorni"), std::string::npos);
  EXPECT_NE(svg.find("40 conversazioni"), std::string::npos);
  EXPECT_NE(svg.find("lang=\"it\""), std::string::npos);
  EXPECT_EQ(svg.find('\''), std::string::npos);  // the apostrophe is escaped everywhere
  const std::string en = RenderBadgeSvg(b, "en");
  EXPECT_NE(en.find("Typically replies within an hour"), std::string::npos);
  EXPECT_NE(en.find("last 7 days"), std::string::npos);
  EXPECT_NE(en.find("40 conversations"), std::string::npos);
}

TEST(Badge, Json) {
  const nlohmann::json doc =
      nlohmann::json::parse(BadgeToJson(ComputeBadge(Make(3, 1, 1), BadgeConfig())), nullptr, false);
  ASSERT_FALSE(doc.is_discarded());
  EXPECT_EQ(doc["schema"], 1);
  EXPECT_EQ(doc["level"], "insufficient_data");
  EXPECT_EQ(doc["sample"], 3);
  EXPECT_EQ(doc["minSample"], 20);
  EXPECT_TRUE(doc["text"]["it"].is_string());
}

TEST(Badge, TypicalTimeInWords) {
  EXPECT_EQ(TypicalTimeWords(20 * kMsPerSecond, "en"), "usually within a minute");
  EXPECT_EQ(TypicalTimeWords(7 * kMsPerMinute + 1, "en"), "usually within 8 minutes");
  EXPECT_EQ(TypicalTimeWords(12 * kMsPerMinute, "it"), "di solito entro 15 minuti");
  EXPECT_EQ(TypicalTimeWords(15 * kMsPerMinute, "en"), "usually within 15 minutes");
  EXPECT_EQ(TypicalTimeWords(56 * kMsPerMinute, "it"), "di solito entro un'ora");
  EXPECT_EQ(TypicalTimeWords(150 * kMsPerMinute, "en"), "usually within 3 hours");
  EXPECT_EQ(TypicalTimeWords(30 * kMsPerHour, "it"), "di solito entro 2 giorni");
  EXPECT_EQ(TypicalTimeWords(kMsPerDay, "en"), "usually within a day");
}

TEST(Badge, WordsAreThePiecesOfTheText) {
  const Badge b = ComputeBadge(Make(40, 0.8, 50), BadgeConfig());
  const BadgeWords w = BadgeWording(b, "en");
  EXPECT_EQ(w.headline, "Typically replies within an hour");
  EXPECT_EQ(w.rate, "80% answered");
  EXPECT_EQ(w.typical, "usually within 50 minutes");
  EXPECT_EQ(w.sample, "40 conversations");
  EXPECT_EQ(BadgeText(b, "en"),
            w.headline + " · " + w.rate + " · " + w.typical + " · " + w.window + " · " + w.sample);
  const BadgeWords few = BadgeWording(ComputeBadge(Make(3, 1, 1), BadgeConfig()), "it");
  EXPECT_EQ(few.rate, "");
  EXPECT_EQ(few.typical, "");
  EXPECT_EQ(few.sample, "3 delle 20 necessarie");
}

TEST(Badge, ExportIsAnonymisedAndComplete) {
  using namespace testing_events;
  ConversationLedger ledger;
  ASSERT_TRUE(
      ledger
          .AddAll({Customer("old-thread", Min(-20 * 24 * 60)), Brand("old-thread", Min(-20 * 24 * 60 + 5)),
                   Customer("secret-customer-id", Min(10)),
                   Brand("secret-customer-id", Min(11), "", "facebook", true),
                   Brand("secret-customer-id", Min(30), "giulia"), Customer("t2", Min(60), "x")})
          .ok());
  SlaPolicy policy;
  BadgeConfig config;
  BusinessCalendar calendar;
  ASSERT_TRUE(BuildCalendarCovering(policy, ZoneOffsets(), ledger.earliest_ms(), Min(3000), &calendar).ok());
  MetricsOptions options;
  options.now_ms = options.until_ms = Min(3000);
  options.from_ms = options.until_ms - config.window_ms;
  Metrics metrics;
  ASSERT_TRUE(ComputeMetrics(ledger, policy, calendar, options, &metrics).ok());
  const Badge badge = ComputeBadge(metrics, config);
  const std::string json =
      BadgeExportToJson("Caffè \"Aurora\"", ledger, policy, config, ZoneOffsets(), metrics, badge);
  EXPECT_EQ(json.find("secret"), std::string::npos) << json;
  EXPECT_EQ(json.find("giulia"), std::string::npos) << json;
  const nlohmann::json doc = nlohmann::json::parse(json);
  EXPECT_EQ(doc["schema"], 1);
  EXPECT_EQ(doc["brand"], "Caffè \"Aurora\"");
  EXPECT_EQ(doc["channels"], nlohmann::json({"facebook", "x"}));
  EXPECT_EQ(doc["window"]["days"], 7);
  EXPECT_EQ(doc["computedAt"], Min(3000));
  // The thread silent for 20 days stays out; the automated reply is dropped;
  // threads are renumbered in order of first message.
  EXPECT_EQ(doc["events"], nlohmann::json::parse("[[" + std::to_string(Min(10)) + ",\"customer\",0],[" +
                                                 std::to_string(Min(30)) + ",\"brand\",0],[" +
                                                 std::to_string(Min(60)) + ",\"customer\",1]]"));
  EXPECT_EQ(doc["summary"]["level"], "insufficient_data");
  EXPECT_EQ(doc["summary"]["computedAt"], Min(3000));
  EXPECT_EQ(doc["summary"]["histogram"]["counts"].size(), doc["summary"]["histogram"]["boundsMs"].size() + 1);
  EXPECT_EQ(doc["summary"]["words"]["it"]["sample"], "2 delle 20 necessarie");
  // The policy reads back, badge section included.
  BadgeConfig read;
  ASSERT_TRUE(ParseBadgeConfigJson(doc["policy"].dump(), &read).ok());
  EXPECT_EQ(read.levels.size(), config.levels.size());
  SlaPolicy read_policy;
  EXPECT_TRUE(ParsePolicyJson(doc["policy"].dump(), &read_policy).ok());
}

}  // namespace
}  // namespace pronto

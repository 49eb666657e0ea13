// Copyright 2026 The Pronto Authors.
#include "pronto/badge.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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
}

TEST(Badge, TextsInBothLanguages) {
  const Badge b = ComputeBadge(Make(152, 0.968, 8), BadgeConfig());
  EXPECT_EQ(BadgeText(b, "en"),
            "Very responsive to messages · 96% answered · typically 8 min · last 7 days (to 2026-03-21) · "
            "152 conversations");
  EXPECT_EQ(
      BadgeText(b, "it"),
      "Molto reattiva ai messaggi · 96% con risposta · di solito 8 min · ultimi 7 giorni (al 2026-03-21) · "
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

}  // namespace
}  // namespace pronto

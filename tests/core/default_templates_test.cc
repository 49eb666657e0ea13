// Copyright 2026 The Pronto Authors.
//
// The default template libraries (assets/templates) pass the engine's own
// reply checks: every body and variant, filled as an agent would fill it, on
// every channel and visibility it declares, has no warning and no stop.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pronto/placeholders.h"
#include "pronto/reply_checks.h"
#include "pronto/templates.h"

namespace pronto {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class DefaultTemplatesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(DefaultTemplatesTest, EveryTemplatePassesItsOwnChecks) {
  TemplateLibrary library;
  const Status loaded =
      TemplateLibrary::FromJson(Slurp(std::string(PRONTO_ASSETS_DIR) + "/templates/" + GetParam()), &library);
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  EXPECT_GE(library.templates().size(), 40u);
  Analyzer analyzer;
  ASSERT_TRUE(analyzer.LoadLexicon(Slurp(PRONTO_LEXICON_ASSET)).ok());
  const PlaceholderValues values = {
      {"first_name", "Anna"},    {"last_name", "Rossi"},  {"agent", "Giulia"},
      {"brand", "Pronto"},       {"order_id", "AB12345"}, {"ticket_id", "T-4821"},
      {"product", "Aria 2"},     {"date", "12/11"},       {"link", "https://example.com/a"},
      {"store", "Milano Centro"}};
  size_t checked = 0;
  for (const Template& t : library.templates()) {
    std::vector<std::string> texts = {t.body};
    texts.insert(texts.end(), t.variants.begin(), t.variants.end());
    for (const std::string& text : texts) {
      std::vector<BodyPart> parts;
      ASSERT_TRUE(ParseBody(text, &parts).ok());
      const std::string filled = FillBody(parts, values, t.language).text;
      for (const char* channel : {"x", "facebook"}) {
        if (!(t.channels & (std::string(channel) == "x" ? kChannelX : kChannelFacebook))) continue;
        for (Visibility visibility : {Visibility::kPublic, Visibility::kPrivate}) {
          if (!(t.visibility & (visibility == Visibility::kPublic ? kVisibilityPublic : kVisibilityPrivate)))
            continue;
          ReplyContext context;
          context.channel = channel;
          context.visibility = visibility;
          context.customer_name = "Anna";
          context.detect_language = false;
          context.language = t.language == "it" ? Language::kItalian : Language::kEnglish;
          ReplyCheck check;
          ASSERT_TRUE(CheckReply(&analyzer, ReplyRules(), filled, context, &check).ok());
          std::string problems;
          for (const Finding& f : check.findings) {
            if (f.severity != Severity::kInfo) problems += f.rule + " ";
          }
          EXPECT_TRUE(problems.empty()) << t.id << " (" << channel << "): " << problems << "\n  " << filled;
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 100u);
}

INSTANTIATE_TEST_SUITE_P(Libraries, DefaultTemplatesTest, ::testing::Values("it.json", "en.json"));

}  // namespace
}  // namespace pronto

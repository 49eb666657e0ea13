// Copyright 2026 The Pronto Authors.
#include "pronto/analyze.h"

#include <gtest/gtest.h>

#include "cli_runner.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tone_test_util.h"

namespace pronto {
namespace {

using nlohmann::json;

json Line(const std::string& line, Role role = Role::kCustomer) {
  AnalyzeOptions options;
  options.role = role;
  bool failed = true;
  const std::string out = testing_util::SharedAnalyzer().AnalyzeJsonLine(line, options, 7, &failed);
  json j = json::parse(out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << out;
  EXPECT_EQ(failed, j.contains("error")) << out;  // the flag and the line agree
  return j;
}

TEST(Analyze, JsonLineHasTheContractFields) {
  const json j = Line(R"({"id":"m1","text":"Ancora nessuna risposta, pacco smarrito 😡"})");
  EXPECT_EQ(j["id"], "m1");
  EXPECT_EQ(j["lang"], "it");
  EXPECT_EQ(j["sentiment"]["label"], "negative");
  EXPECT_LT(j["sentiment"]["score"].get<double>(), 0);
  ASSERT_TRUE(j["intents"].is_array());
  ASSERT_FALSE(j["intents"].empty());
  EXPECT_EQ(j["intents"][0]["name"], "complaint");
  EXPECT_TRUE(j["priority"].is_number_integer());
  EXPECT_FALSE(j.contains("politeness"));
  EXPECT_FALSE(j.contains("findings"));
}

TEST(Analyze, ReplyRoleAddsPolitenessAndFindings) {
  const json j = Line(R"({"id":2,"text":"Thank you for your patience, could you DM us your order number?"})",
                      Role::kReply);
  EXPECT_EQ(j["id"], 2);
  EXPECT_GT(j["politeness"].get<double>(), 0.3);
  EXPECT_TRUE(j["findings"].is_array());
  // A per-line role overrides the default.
  const json c = Line(R"({"id":3,"text":"ciao","role":"customer"})", Role::kReply);
  EXPECT_FALSE(c.contains("politeness"));
}

TEST(Analyze, PerLineLanguageAndVisibility) {
  const json j = Line(R"({"id":4,"text":"ok","lang":"it","visibility":"private"})");
  EXPECT_EQ(j["lang"], "it");
  EXPECT_EQ(j["lang_confidence"], 1);
}

TEST(Analyze, MalformedLinesBecomeErrorsNamingLineAndField) {
  json j = Line("{not json");
  EXPECT_EQ(j["error"]["code"], "bad_json");
  EXPECT_EQ(j["line"], 7);
  EXPECT_TRUE(j["id"].is_null());
  j = Line(R"({"id":9})");
  EXPECT_EQ(j["id"], 9);
  EXPECT_EQ(j["error"]["code"], "missing_field");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("\"text\""), std::string::npos);
  j = Line(R"({"id":10,"text":42})");
  EXPECT_EQ(j["error"]["code"], "bad_field");
  j = Line(R"({"id":11,"text":"x","lang":"fr"})");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("\"lang\""), std::string::npos);
  j = Line("[1,2]");
  EXPECT_EQ(j["error"]["code"], "bad_json");
  // Where in the line: the column of the first byte that cannot be right.
  j = Line(R"({"id":2, "text": x})");
  EXPECT_EQ(j["error"]["message"], "line 7: not valid JSON at column 18; expected {\"id\":…,\"text\":\"…\"}");
  j = Line(R"({"id":1,"text":"ciao")");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("ends too soon, at column 22"), std::string::npos);
  j = Line("{\"id\":9,\"text\":\"bad \xFF utf8\"}");
  EXPECT_EQ(j["error"]["code"], "invalid_utf8");
  EXPECT_EQ(j["error"]["message"], "line 7: not UTF-8 at column 21 (byte 0xFF); send the text as UTF-8");
  AnalyzeOptions options;
  EXPECT_EQ(testing_util::SharedAnalyzer().AnalyzeJsonLine("   ", options, 1), "");
}

TEST(Analyze, InvalidUtf8AndMissingLexiconAreErrors) {
  AnalyzeOptions options;
  Analysis a;
  Status s = testing_util::SharedAnalyzer().Analyze("ab\xC3(", options, &a);
  EXPECT_EQ(s.code(), "invalid_utf8");
  Analyzer empty;
  s = empty.Analyze("hello", options, &a);
  EXPECT_EQ(s.code(), "no_lexicon");
  const json j = json::parse(empty.AnalyzeToJson("hello", options));
  EXPECT_EQ(j["error"]["code"], "no_lexicon");
}

TEST(Analyze, AnalyzeToJsonWithoutId) {
  const json j = json::parse(testing_util::SharedAnalyzer().AnalyzeToJson("❤️", AnalyzeOptions()));
  EXPECT_FALSE(j.contains("id"));
  EXPECT_EQ(j["sentiment"]["label"], "positive");
  EXPECT_EQ(j["intents"][0]["name"], "reaction");
}

// The CLI contract: build/<dir>/pronto analyze as a process.
using testing_util::CliRun;
using testing_util::RunCli;

std::vector<json> Lines(const std::string& out) {
  std::vector<json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(json::parse(line, nullptr, false));
  return lines;
}

TEST(AnalyzeCli, OneLinePerInputAndErrorsDoNotStopTheStream) {
  const CliRun r = RunCli("analyze",
                          "{\"id\":1,\"text\":\"Still waiting for my refund!\"}\n"
                          "broken\n"
                          "\n"
                          "{\"id\":\"b\",\"text\":\"grazie mille ❤️\"}\n");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  const std::vector<json> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0]["id"], 1);
  EXPECT_EQ(lines[0]["lang"], "en");
  EXPECT_EQ(lines[0]["sentiment"]["label"], "negative");
  EXPECT_EQ(lines[1]["line"], 2);
  EXPECT_EQ(lines[1]["error"]["code"], "bad_json");
  EXPECT_EQ(lines[2]["id"], "b");
  EXPECT_EQ(lines[2]["lang"], "it");
  EXPECT_EQ(lines[2]["sentiment"]["label"], "positive");
}

TEST(AnalyzeCli, OptionsRoleLangAndLexicon) {
  CliRun r = RunCli("analyze --role reply --lang it", "{\"id\":1,\"text\":\"ok\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  json j = json::parse(r.out);
  EXPECT_EQ(j["lang"], "it");
  EXPECT_TRUE(j.contains("politeness"));
  ASSERT_EQ(j["findings"].size(), 1u);  // "ok" alone: no greeting
  EXPECT_EQ(j["findings"][0]["rule"], "missing_greeting");
  EXPECT_EQ(j["status"], "review");
  // A follow-up in a running conversation: no greeting owed; the field is a boolean.
  r = RunCli(
      "analyze --role reply --lang it",
      "{\"id\":2,\"text\":\"ok\",\"followUp\":true}\n{\"id\":3,\"text\":\"ok\",\"followUp\":\"yes\"}\n");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  const std::vector<json> follow = Lines(r.out);
  ASSERT_EQ(follow.size(), 2u) << r.out;
  EXPECT_EQ(follow[0]["findings"].size(), 0u) << r.out;
  EXPECT_EQ(follow[0]["status"], "ok");
  EXPECT_EQ(follow[1]["error"]["message"], "line 2: the field \"followUp\" must be true or false");
  EXPECT_EQ(RunCli("analyze --role boss", "").exit_code, 2);
  EXPECT_EQ(RunCli("analyze --lang fr", "").exit_code, 2);
  r = RunCli("analyze --lexicon /nonexistent/lexicon.txt", "");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("/nonexistent/lexicon.txt"), std::string::npos);
  r = RunCli(std::string("analyze --lexicon '") + PRONTO_LEXICON_ASSET + "'",
             "{\"id\":1,\"text\":\"good\"}\n");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  r = RunCli("analyze --help", "");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--role"), std::string::npos);
}

TEST(CheckCli, CaretHoldsBackTheUnfinishedWordAndBadOffsetsAreUsageErrors) {
  // "è" is one UTF-16 unit and two bytes: the caret counts UTF-16 units.
  const std::string draft = "Ciao Tom, è vero, we will ass";
  CliRun r = RunCli("check --json --name Tom --reply '" + draft + "'");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  json j = json::parse(r.out);
  EXPECT_EQ(j["status"], "stop");
  EXPECT_EQ(j["deferred"], 0);
  r = RunCli("check --json --name Tom --caret 29 --reply '" + draft + "'");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  j = json::parse(r.out);
  EXPECT_NE(j["status"], "stop") << r.out;
  EXPECT_EQ(j["deferred"], 1);
  // --follow-up: the brand has written in this conversation; "ok" owes no greeting.
  r = RunCli("check --json --reply ok");
  EXPECT_EQ(json::parse(r.out)["findings"][0]["rule"], "missing_greeting") << r.out;
  r = RunCli("check --json --follow-up --reply ok");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(json::parse(r.out)["status"], "ok") << r.out;
  for (const char* bad : {"30", "-1", "x", "12345678901"}) {
    r = RunCli(std::string("check --caret ") + bad + " --reply '" + draft + "'");
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.out.find("--caret must be a UTF-16 offset from 0 to the draft's length (29)"),
              std::string::npos)
        << r.out;
  }
}

}  // namespace
}  // namespace pronto

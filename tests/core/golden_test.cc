// Copyright 2026 The Pronto Authors.
//
// Runs the golden cases in tests/golden/tokens.json through the native core.
// tests/wasm/tokens.test.mjs runs the same file through the wasm build.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "pronto/text.h"

namespace pronto {
namespace {

nlohmann::json LoadGolden(const std::string& name) {
  const std::string path = std::string(PRONTO_GOLDEN_DIR) + "/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json doc = nlohmann::json::parse(buffer.str(), nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(doc.is_discarded()) << path << " is not valid JSON";
  return doc;
}

std::string CaseInput(const nlohmann::json& c) {
  if (c.contains("text")) return c["text"].get<std::string>();
  const std::string hex = c["hex"].get<std::string>();
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

TEST(Golden, TokensMatchTheSharedCases) {
  const nlohmann::json doc = LoadGolden("tokens.json");
  ASSERT_EQ(doc["schema"], 1);
  ASSERT_GE(doc["cases"].size(), 20u);
  for (const nlohmann::json& c : doc["cases"]) {
    SCOPED_TRACE(c["name"].get<std::string>());
    const std::string input = CaseInput(c);  // the tokens are views into it
    std::vector<Token> tokens;
    const Status s = Tokenize(input, &tokens);
    if (c.contains("error")) {
      EXPECT_FALSE(s.ok());
      EXPECT_EQ(s.code(), c["error"]["code"].get<std::string>());
      EXPECT_EQ(s.offset(), c["error"]["offset"].get<size_t>());
      continue;
    }
    ASSERT_TRUE(s.ok()) << s.message();
    nlohmann::json actual = nlohmann::json::array();
    for (const Token& t : tokens) {
      actual.push_back({TokenKindName(t.kind), t.text, t.utf16_begin, t.utf16_end, t.byte_begin, t.byte_end});
    }
    EXPECT_EQ(actual, c["tokens"]) << "actual: " << actual.dump();
  }
}

}  // namespace
}  // namespace pronto

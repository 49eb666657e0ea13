// Copyright 2026 The Pronto Authors.
//
// The CLI contract: build/native/pronto run as a process.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

namespace {

using pronto::testing_util::CliRun;
using pronto::testing_util::RunCli;

TEST(Cli, VersionAndHelp) {
  CliRun v = RunCli("--version", "");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out, "pronto 0.1.0\n");
  CliRun h = RunCli("--help", "");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("tokens"), std::string::npos);
  CliRun none = RunCli("", "");
  EXPECT_EQ(none.exit_code, 2);
  CliRun th = RunCli("tokens --help", "");
  EXPECT_EQ(th.exit_code, 0);
  EXPECT_NE(th.out.find("UTF-16"), std::string::npos);
}

TEST(Cli, TokensPrintsJson) {
  CliRun r = RunCli("tokens", "Ciao @anna 😍");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  const nlohmann::json doc = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << r.out;
  ASSERT_EQ(doc["tokens"].size(), 3u);
  EXPECT_EQ(doc["tokens"][1]["kind"], "mention");
  EXPECT_EQ(doc["tokens"][2]["kind"], "emoji");
  EXPECT_EQ(doc["tokens"][2]["start"], 11);
  EXPECT_EQ(doc["tokens"][2]["end"], 13);
  EXPECT_EQ(doc["tokens"][2]["byteEnd"], 15);
}

TEST(Cli, InvalidUtf8IsAnErrorWithTheOffset) {
  CliRun r = RunCli("tokens", "abc\xC3(");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("byte offset 3"), std::string::npos) << r.out;
}

TEST(Cli, UnknownCommandAndOptionAreUsageErrors) {
  EXPECT_EQ(RunCli("frobnicate", "").exit_code, 2);
  CliRun r = RunCli("tokens --bogus", "");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("--bogus"), std::string::npos);
}

}  // namespace

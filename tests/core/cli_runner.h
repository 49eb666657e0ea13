// Copyright 2026 The Pronto Authors.
//
// Runs the native CLI (PRONTO_CLI) as a process for the CLI contract tests.
// CTest runs tests in parallel, so every temporary file is named after the
// running test and the process id.
#ifndef PRONTO_TESTS_CORE_CLI_RUNNER_H_
#define PRONTO_TESTS_CORE_CLI_RUNNER_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace pronto {
namespace testing_util {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;  // empty when stderr was merged into out
};

// A path in the test temp dir unique to the running test and process.
inline std::string TestTempPath(const std::string& name) {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return ::testing::TempDir() + "/pronto_" +
         (info ? std::string(info->test_suite_name()) + "." + info->name() : "x") + "_" +
         std::to_string(getpid()) + "_" + name;
}

// Reads a whole file ("" when it cannot be read).
inline std::string Slurp(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

// Runs `pronto ARGS` with `input` on stdin. stderr goes into `out` when
// `merge_stderr`, else into `err`.
inline CliRun RunCli(const std::string& args, const std::string& input = "", bool merge_stderr = true) {
  const std::string in_path = TestTempPath("stdin");
  const std::string err_path = TestTempPath("stderr");
  std::ofstream(in_path, std::ios::binary) << input;
  const std::string cmd = std::string("'") + PRONTO_CLI + "' " + args + " < '" + in_path + "' " +
                          (merge_stderr ? std::string("2>&1") : "2>'" + err_path + "'");
  CliRun run;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return run;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) run.out.append(buf, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (!merge_stderr) run.err = Slurp(err_path);
  std::remove(in_path.c_str());
  std::remove(err_path.c_str());
  return run;
}

}  // namespace testing_util
}  // namespace pronto

#endif  // PRONTO_TESTS_CORE_CLI_RUNNER_H_

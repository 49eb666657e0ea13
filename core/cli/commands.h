// Copyright 2026 The Pronto Authors.
//
// The subcommands of the native `pronto` tool, one file each. A command gets
// its own arguments (after the subcommand name) and the standard streams, and
// returns the process exit code: 0 ok, 1 the input was bad, 2 usage error.
#ifndef PRONTO_CLI_COMMANDS_H_
#define PRONTO_CLI_COMMANDS_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace pronto {
namespace cli {

struct Command {
  const char* name;
  const char* summary;  // one line for `pronto --help`
  const char* usage;    // the full text for `pronto NAME --help`
  int (*run)(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);
};

// `pronto tokens`: text on stdin, tokens as JSON on stdout.
extern const Command kTokensCommand;

// Reads all of `in` into a string.
std::string ReadAll(std::istream& in);

}  // namespace cli
}  // namespace pronto

#endif  // PRONTO_CLI_COMMANDS_H_

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

class Analyzer;

namespace cli {

struct Command {
  const char* name;
  const char* summary;  // one line for `pronto --help`
  const char* usage;    // the full text for `pronto NAME --help`
  int (*run)(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);
};

// `pronto tokens`: text on stdin, tokens as JSON on stdout.
extern const Command kTokensCommand;

// `pronto analyze`: JSON Lines messages on stdin, one analysis a line on stdout.
extern const Command kAnalyzeCommand;

// `pronto stats`: responsiveness metrics from an events file.
extern const Command kStatsCommand;

// `pronto badge`: the responsiveness badge as text, JSON or SVG.
extern const Command kBadgeCommand;

// `pronto timers`: reply timers of the waiting threads.
extern const Command kTimersCommand;

// `pronto zone`: a zone's UTC-offset table from the system tz database.
extern const Command kZoneCommand;

// `pronto suggest`: ranked, filled template suggestions for a message.
extern const Command kSuggestCommand;

// `pronto check`: tone checks on a reply draft.
extern const Command kCheckCommand;

// `pronto templates validate|import|export`.
extern const Command kTemplatesCommand;

// The lexicon asset the build made (PRONTO_DEFAULT_LEXICON), for --lexicon's default.
const char* DefaultLexiconPath();

// Loads the lexicon file at `path` into `*analyzer`; on failure prints
// "pronto COMMAND: …" with what to do to `err` and returns false.
bool LoadLexiconFile(const std::string& path, const char* command, std::ostream& err, Analyzer* analyzer);

// Reads the whole file at `path` into `*text`; false when it cannot be read.
bool ReadFileText(const std::string& path, std::string* text);

// Reads all of `in` into a string.
std::string ReadAll(std::istream& in);

// Parses an option's whole number: decimal digits only, at most `max`.
// False for anything else ("", "-1", "1.5", "3x", past `max`).
bool ParseWholeNumber(const std::string& text, size_t max, size_t* out);

}  // namespace cli
}  // namespace pronto

#endif  // PRONTO_CLI_COMMANDS_H_

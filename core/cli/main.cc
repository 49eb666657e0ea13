// Copyright 2026 The Pronto Authors.
//
// The native `pronto` command-line tool: the same core as the extension and
// the badge, for scripts, evaluation and benchmarks.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "pronto/analyze.h"
#include "pronto/version.h"

namespace pronto {
namespace cli {

const char* DefaultLexiconPath() {
#ifdef PRONTO_DEFAULT_LEXICON
  return PRONTO_DEFAULT_LEXICON;
#else
  return "pronto-lexicon.txt";
#endif
}

bool ReadFileText(const std::string& path, std::string* text) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  *text = buffer.str();
  return true;
}

bool LoadLexiconFile(const std::string& path, const char* command, std::ostream& err, Analyzer* analyzer) {
  std::string data;
  if (!ReadFileText(path, &data)) {
    err << "pronto " << command << ": cannot read the lexicon '" << path
        << "'; build it with 'cmake --build' or pass --lexicon FILE\n";
    return false;
  }
  const Status status = analyzer->LoadLexicon(data);
  if (!status.ok()) {
    err << "pronto " << command << ": " << path << ": " << status.message() << "\n";
    return false;
  }
  return true;
}

std::string ReadAll(std::istream& in) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool ParseWholeNumber(const std::string& text, size_t max, size_t* out) {
  if (text.empty()) return false;
  size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    const size_t digit = static_cast<size_t>(c - '0');
    if (value > (max - digit) / 10) return false;  // value * 10 + digit > max
    value = value * 10 + digit;
  }
  *out = value;
  return true;
}

namespace {

const Command* const kCommands[] = {&kTokensCommand,  &kAnalyzeCommand,   &kStatsCommand,
                                    &kBadgeCommand,   &kTimersCommand,    &kZoneCommand,
                                    &kSuggestCommand, &kTemplatesCommand, &kCheckCommand};

void PrintHelp(std::ostream& out) {
  out << "pronto " << Version() << " — social customer-care copilot core\n\n"
      << "usage: pronto COMMAND [OPTIONS]\n       pronto --help | --version\n\ncommands:\n";
  for (const Command* c : kCommands)
    out << "  " << c->name << std::string(12 - std::string(c->name).size(), ' ') << c->summary << "\n";
  out << "\n'pronto COMMAND --help' describes one command.\n";
}

}  // namespace
}  // namespace cli
}  // namespace pronto

int main(int argc, char** argv) {
  using namespace pronto::cli;
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintHelp(std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "pronto " << pronto::Version() << "\n";
    return 0;
  }
  for (const Command* c : kCommands) {
    if (args[0] != c->name) continue;
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const std::string& a : rest) {
      if (a == "--help" || a == "-h") {
        std::cout << c->usage;
        return 0;
      }
    }
    return c->run(rest, std::cin, std::cout, std::cerr);
  }
  std::cerr << "pronto: unknown command '" << args[0] << "'; run 'pronto --help' for the list\n";
  return 2;
}

// Copyright 2026 The Pronto Authors.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "pronto/analyze.h"

namespace pronto {
namespace cli {
namespace {

int RunAnalyze(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  AnalyzeOptions options;
  std::string lexicon_path = DefaultLexiconPath();
  bool timing = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--role" && has_value) {
      const std::string& v = args[++i];
      if (v == "customer") {
        options.role = Role::kCustomer;
      } else if (v == "reply") {
        options.role = Role::kReply;
      } else {
        err << "pronto analyze: --role must be 'customer' or 'reply', not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--lang" && has_value) {
      const std::string& v = args[++i];
      if (v == "auto") {
        options.detect_language = true;
      } else if (v == "it" || v == "en") {
        options.detect_language = false;
        ParseLanguage(v, &options.language);
      } else {
        err << "pronto analyze: --lang must be 'auto', 'it' or 'en', not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--visibility" && has_value) {
      const std::string& v = args[++i];
      if (v == "public") {
        options.visibility = Visibility::kPublic;
      } else if (v == "private") {
        options.visibility = Visibility::kPrivate;
      } else {
        err << "pronto analyze: --visibility must be 'public' or 'private', not '" << v << "'\n";
        return 2;
      }
    } else if (a == "--lexicon" && has_value) {
      lexicon_path = args[++i];
    } else if (a == "--timing") {
      timing = true;
    } else {
      err << "pronto analyze: unknown option or missing value '" << a << "'\n" << kAnalyzeCommand.usage;
      return 2;
    }
  }
  Analyzer analyzer;
  if (!LoadLexiconFile(lexicon_path, "analyze", err, &analyzer)) return 2;
  std::string line;
  size_t line_number = 0;
  int exit_code = 0;
  std::vector<std::string> texts;  // kept for --timing only
  while (std::getline(in, line)) {
    ++line_number;
    if (timing) {
      const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string())
        texts.push_back(j["text"].get<std::string>());
    }
    bool failed = false;
    const std::string result = analyzer.AnalyzeJsonLine(line, options, line_number, &failed);
    if (result.empty()) continue;
    if (failed) exit_code = 1;
    out << result << '\n';
  }
  out.flush();
  if (timing && !texts.empty()) {
    // The analysis alone, without JSON parsing or printing: best of 5 rounds.
    double best = 1e30;
    Analysis analysis;
    for (int round = 0; round < 5; ++round) {
      const auto t0 = std::chrono::steady_clock::now();
      for (const std::string& text : texts) analyzer.Analyze(text, options, &analysis);
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (s < best) best = s;
    }
    err << "{\"timing\":{\"messages\":" << texts.size()
        << ",\"us_per_message\":" << best * 1e6 / static_cast<double>(texts.size()) << "}}\n";
  }
  return exit_code;
}

}  // namespace

const Command kAnalyzeCommand = {
    "analyze",
    "analyse JSON Lines messages: language, sentiment, intents, priority",
    "usage: pronto analyze [--role customer|reply] [--lang auto|it|en]\n"
    "                      [--visibility public|private] [--lexicon FILE] < messages.jsonl\n"
    "  Reads one JSON object a line, {\"id\":…,\"text\":\"…\"} (optional per-line \"role\",\n"
    "  \"lang\", \"visibility\" override the options), and writes one JSON line per input:\n"
    "  {\"id\",\"lang\",\"lang_confidence\",\"sentiment\":{\"label\",\"score\",\"positive\",\"negative\",\n"
    "  \"irony\"},\"intents\":[{\"name\",\"confidence\"}],\"toxicity\",\"urgency\",\"priority\"}; with\n"
    "  --role reply also \"politeness\" in [-1,1] and \"findings\".\n"
    "  A malformed line gets {\"id\",\"line\",\"error\":{\"code\",\"message\"}} and processing\n"
    "  continues; the exit code is then 1. Blank lines are skipped.\n"
    "  --lexicon FILE   the lexicon asset (default: the one built with this binary)\n"
    "  --timing         afterwards, time the analysis alone over the input (5 rounds)\n"
    "                   and print {\"timing\":{\"messages\",\"us_per_message\"}} on stderr\n",
    RunAnalyze,
};

}  // namespace cli
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "pronto/analyze.h"
#include "pronto/placeholders.h"
#include "pronto/suggest.h"
#include "template_files.h"

namespace pronto {
namespace cli {
namespace {

int RunSuggest(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string library_path, message, lang = "auto", name, usage_path, lexicon_path = DefaultLexiconPath();
  bool json = false;
  bool message_from_stdin = false;
  SuggestRequest request;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&](std::string* target) {
      if (i + 1 >= args.size()) return false;
      *target = args[++i];
      return true;
    };
    std::string v;
    bool ok = true;
    if (a == "--library") {
      ok = value(&library_path);
    } else if (a == "--message") {
      ok = value(&message);
    } else if (a == "--message-stdin") {
      message_from_stdin = true;
    } else if (a == "--k") {
      ok = value(&v);
      if (ok) {
        ok = ParseWholeNumber(v, 100, &request.k) && request.k >= 1;
        if (!ok) {
          err << "pronto suggest: --k takes a whole number from 1 to 100, got '" << v << "'\n";
          return 2;
        }
      }
    } else if (a == "--json") {
      json = true;
    } else if (a == "--lang") {
      ok = value(&lang) && (lang == "auto" || lang == "it" || lang == "en");
    } else if (a == "--channel") {
      ok = value(&v) && (v == "facebook" || v == "x");
      request.channel = v == "x" ? kChannelX : kChannelFacebook;
    } else if (a == "--visibility") {
      ok = value(&v) && (v == "public" || v == "private");
      request.visibility = v == "public" ? kVisibilityPublic : kVisibilityPrivate;
    } else if (a == "--intent") {
      ok = value(&v) && !v.empty();
      request.intents.emplace_back(v, 1.0);
    } else if (a == "--name") {
      ok = value(&name);
    } else if (a == "--agent" || a == "--brand" || a == "--seed") {
      ok = value(&v);
      if (a == "--seed") {
        request.variant_seed = v;
      } else {
        request.values[a.substr(2)] = v;
      }
    } else if (a == "--usage") {
      ok = value(&usage_path);
    } else if (a == "--lexicon") {
      ok = value(&lexicon_path);
    } else {
      err << "pronto suggest: unknown option '" << a << "'\n" << kSuggestCommand.usage;
      return 2;
    }
    if (!ok) {
      err << "pronto suggest: option '" << a << "' needs a valid value\n" << kSuggestCommand.usage;
      return 2;
    }
  }
  if (message_from_stdin) message = ReadAll(in);
  if (library_path.empty() || message.empty()) {
    err << "pronto suggest: --library and --message are required\n" << kSuggestCommand.usage;
    return 2;
  }
  TemplateLibrary library;
  Status s = ReadLibraryFile(library_path, &library);
  if (!s.ok()) {
    err << "pronto suggest: " << s.message() << "\n";
    return 1;
  }
  Suggester suggester(library);
  if (!usage_path.empty()) {
    std::string usage;
    const bool read = ReadFileText(usage_path, &usage);
    if (!read || !(s = suggester.UsageFromJson(usage)).ok()) {
      err << "pronto suggest: " << usage_path << ": " << (read ? s.message() : "cannot read the file")
          << "\n";
      return 1;
    }
  }
  // The tone engine reads the message's intents (and its language, with --lang auto).
  Analyzer analyzer;
  if (!LoadLexiconFile(lexicon_path, "suggest", err, &analyzer)) return 2;
  Analysis analysis;
  AnalyzeOptions analyze_options;
  analyze_options.visibility =
      request.visibility == kVisibilityPrivate ? Visibility::kPrivate : Visibility::kPublic;
  if (Status a = analyzer.Analyze(message, analyze_options, &analysis); !a.ok()) {
    err << "pronto suggest: --message: " << a.message() << "\n";
    return 1;
  }
  // At 3 decimals, as the analysis JSON gives them and the extension passes
  // them on: the CLI ranks exactly as the extension does.
  for (const IntentScore& i : analysis.intents.Ranked(kIntentReportThreshold))
    request.intents.emplace_back(IntentName(i.intent), RoundReported(i.confidence));
  request.message = message;
  request.language = lang != "auto"                          ? lang
                     : analysis.language == Language::kOther ? ""
                                                             : LanguageName(analysis.language);
  const std::string first_name = FirstNameFromDisplayName(name);
  if (!first_name.empty()) request.values["first_name"] = first_name;
  const std::vector<Suggestion> suggestions = suggester.Suggest(request);
  if (json) {
    out << SuggestionsToJson(suggestions) << "\n";
    return 0;
  }
  if (suggestions.empty()) {
    out << "no template fits this message; write the reply yourself\n";
    return 0;
  }
  for (size_t i = 0; i < suggestions.size(); ++i) {
    const Suggestion& sg = suggestions[i];
    out << i + 1 << ". " << sg.id << " — " << sg.title << " (score " << sg.score << ")\n";
    std::string why;
    for (const std::string& w : sg.reasons.words) why += (why.empty() ? "" : ", ") + w;
    for (const std::string& t : sg.reasons.triggers) why += (why.empty() ? "\"" : ", \"") + t + "\"";
    for (const std::string& t : sg.reasons.intents) why += (why.empty() ? "intent " : ", intent ") + t;
    if (sg.reasons.used_before) why += why.empty() ? "chosen before" : ", chosen before";
    if (!why.empty()) out << "   why: " << why << "\n";
    out << "   " << sg.filled.text << "\n";
    for (const UnfilledPlaceholder& u : sg.filled.unfilled) out << "   to fill: " << u.name << "\n";
  }
  return 0;
}

}  // namespace

const Command kSuggestCommand = {
    "suggest",
    "rank saved replies for a customer message and fill them",
    "usage: pronto suggest --library FILE (--message TEXT | --message-stdin) [--k 5] [--json]\n"
    "                      [--lang auto|it|en] [--channel facebook|x] [--visibility public|private]\n"
    "                      [--intent NAME]... [--name \"Display Name\"] [--agent NAME] [--brand NAME]\n"
    "                      [--seed THREAD_ID] [--usage USAGE.json] [--lexicon FILE]\n"
    "  FILE is a template library, JSON (schema 1) or CSV (assets/templates/README.md).\n"
    "  The tone engine reads the message's intents (complaint, praise, …) and, with --lang auto, its "
    "language.\n"
    "  Prints the top templates with why they matched and the text filled from --name/--agent/--brand\n"
    "  and from the message (e.g. an order number). --json prints an array of\n"
    "  {id,title,score,variant,text,unfilled,reasons,notes}.\n",
    RunSuggest,
};

}  // namespace cli
}  // namespace pronto

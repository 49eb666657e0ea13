// Copyright 2026 The Pronto Authors.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "pronto/reply_checks.h"
#include "pronto/text.h"

namespace pronto {
namespace cli {
namespace {

// The UTF-8 text of a UTF-16 span of `text`.
std::string Slice(const std::string& text, size_t begin16, size_t end16) {
  size_t units = 0, from = text.size(), to = text.size();
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (units == begin16 && from == text.size()) from = i;
    if (units == end16) {
      to = i;
      break;
    }
    if (i < text.size()) units += static_cast<unsigned char>(text[i]) >= 0xF0 ? 2 : 1;
  }
  return from <= to ? text.substr(from, to - from) : std::string();
}

int RunCheck(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string reply, lexicon_path = DefaultLexiconPath(), rules_path, ui = "en";
  std::string caret_text;
  bool json = false, reply_from_stdin = false;
  ReplyContext context;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--reply" && has_value) {
      reply = args[++i];
    } else if (a == "--reply-stdin") {
      reply_from_stdin = true;
    } else if (a == "--message" && has_value) {
      context.customer_message = args[++i];
    } else if (a == "--name" && has_value) {
      context.customer_name = args[++i];
    } else if (a == "--channel" && has_value && (args[i + 1] == "x" || args[i + 1] == "facebook")) {
      context.channel = args[++i];
    } else if (a == "--visibility" && has_value && (args[i + 1] == "public" || args[i + 1] == "private")) {
      context.visibility = args[++i] == "public" ? Visibility::kPublic : Visibility::kPrivate;
    } else if (a == "--lang" && has_value &&
               (args[i + 1] == "auto" || args[i + 1] == "it" || args[i + 1] == "en")) {
      const std::string lang = args[++i];
      context.detect_language = lang == "auto";
      context.language = lang == "it" ? Language::kItalian : Language::kEnglish;
    } else if (a == "--template" && has_value) {
      context.templates.push_back(args[++i]);
    } else if (a == "--recent" && has_value) {
      context.recent_replies.push_back(args[++i]);
    } else if (a == "--follow-up") {
      context.follow_up = true;
    } else if (a == "--rules" && has_value) {
      rules_path = args[++i];
    } else if (a == "--lexicon" && has_value) {
      lexicon_path = args[++i];
    } else if (a == "--ui" && has_value && (args[i + 1] == "it" || args[i + 1] == "en")) {
      ui = args[++i];
    } else if (a == "--caret" && has_value) {
      caret_text = args[++i];
    } else if (a == "--json") {
      json = true;
    } else {
      err << "pronto check: unknown option or missing value '" << a << "'\n" << kCheckCommand.usage;
      return 2;
    }
  }
  if (reply_from_stdin) reply = ReadAll(in);
  if (reply.empty()) {
    err << "pronto check: give the draft with --reply TEXT (or --reply-stdin)\n" << kCheckCommand.usage;
    return 2;
  }
  if (!caret_text.empty()) {
    // A UTF-16 offset, as editors count: 0 .. the draft's length.
    const size_t length = Utf16OffsetOf(reply, reply.size());
    size_t caret = 0;
    if (!ParseWholeNumber(caret_text, length, &caret)) {
      err << "pronto check: --caret must be a UTF-16 offset from 0 to the draft's length (" << length
          << "), got '" << caret_text << "'\n";
      return 2;
    }
    context.caret = caret;
  }
  Analyzer analyzer;
  if (!LoadLexiconFile(lexicon_path, "check", err, &analyzer)) return 2;
  ReplyRules rules;
  if (!rules_path.empty()) {
    std::string text;
    if (!ReadFileText(rules_path, &text)) {
      err << "pronto check: cannot read the rules '" << rules_path << "'\n";
      return 1;
    }
    if (Status s = ReplyRules::FromJson(text, &rules); !s.ok()) {
      err << "pronto check: " << rules_path << ": " << s.message() << "\n";
      return 1;
    }
  }
  ReplyCheck check;
  if (Status s = CheckReply(&analyzer, rules, reply, context, &check); !s.ok()) {
    err << "pronto check: " << s.message() << "\n";
    return 1;
  }
  if (json) {
    out << ReplyCheckToJson(check, context) << "\n";
    return 0;
  }
  const bool it = ui == "it";
  char politeness[16];
  std::snprintf(politeness, sizeof(politeness), "%.2f", check.analysis.politeness);
  out << (it ? "stato: " : "status: ") << check.status << "   (" << (it ? "cortesia " : "politeness ")
      << politeness << ", " << (it ? "leggibilità " : "readability ") << check.readability << ", "
      << check.weighted_length << "/" << (context.channel == "x" ? 280 : 1000) << ")\n";
  if (check.findings.empty()) out << (it ? "nessun rilievo\n" : "no findings\n");
  for (const Finding& f : check.findings) {
    out << "  " << SeverityName(f.severity) << "  " << f.rule << "  \""
        << Slice(reply, f.utf16_begin, f.utf16_end) << "\"\n    " << (it ? f.message_it : f.message_en);
    const std::string& fix = it ? f.suggestion_it : f.suggestion_en;
    if (!fix.empty()) out << " → " << fix;
    out << "\n";
  }
  return 0;
}

}  // namespace

const Command kCheckCommand = {
    "check",
    "tone checks on a reply draft, with reasons and fixes",
    "usage: pronto check --reply TEXT [--message TEXT] [--name NAME] [--channel x|facebook]\n"
    "                    [--visibility public|private] [--lang auto|it|en] [--template TEXT]...\n"
    "                    [--recent TEXT]... [--follow-up] [--rules RULES.json] [--caret N] [--ui en|it]\n"
    "                    [--json] [--lexicon FILE]\n"
    "  Prints the draft's status (ok, review, stop) and each finding: severity, rule, the words that\n"
    "  caused it, why, and a suggested fix (in --ui language). --message is the customer's message\n"
    "  (for apology/thanks checks); --name theirs, first or full (\"Anna\", \"Anna Rossi\"); --template\n"
    "  and --recent feed the personalisation check; --follow-up\n"
    "  says the brand has already written in this conversation (no new greeting, name or personal\n"
    "  detail is asked); --rules adds the team's own phrases and RE2 patterns. --caret N (UTF-16\n"
    "  offset) checks the draft as the agent types it: findings that start in the unfinished word at\n"
    "  the caret are held back and counted as deferred. --json prints {status, lang, politeness,\n"
    "  readability, weightedLength, limit, deferred, findings:[{rule, severity, message, suggestion,\n"
    "  start, end}]}.\n",
    RunCheck,
};

}  // namespace cli
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include <iostream>

#include "commands.h"
#include "pronto/text.h"

namespace pronto {
namespace cli {
namespace {

int RunTokens(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  bool pretty = false;
  for (const std::string& a : args) {
    if (a == "--pretty") {
      pretty = true;
    } else {
      err << "pronto tokens: unknown option '" << a << "'\n" << kTokensCommand.usage;
      return 2;
    }
  }
  const std::string text = ReadAll(in);
  std::vector<Token> tokens;
  const Status status = Tokenize(text, &tokens);
  if (!status.ok()) {
    err << "pronto tokens: " << status.message() << "\n";
    return 1;
  }
  if (!pretty) {
    out << TokensToJson(tokens) << "\n";
    return 0;
  }
  for (const Token& t : tokens) {
    out << TokenKindName(t.kind) << "\t" << t.utf16_begin << "-" << t.utf16_end << "\t" << t.text << "\n";
  }
  return 0;
}

}  // namespace

const Command kTokensCommand = {
    "tokens",
    "split text from stdin into tokens (JSON with UTF-16 and byte offsets)",
    "usage: pronto tokens [--pretty] < text.txt\n"
    "  Reads UTF-8 text on stdin and prints {\"tokens\":[{kind,text,start,end,byteStart,byteEnd}]}.\n"
    "  start/end count UTF-16 code units (as JavaScript does); byteStart/byteEnd count bytes.\n"
    "  --pretty   one token a line: kind, UTF-16 span, text\n"
    "  Invalid UTF-8 is an error naming its byte offset (exit 1).\n",
    RunTokens,
};

}  // namespace cli
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "json_error.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

#include "pronto/text.h"

namespace pronto {
namespace internal {
namespace {

// A SAX handler that only remembers where the text went wrong.
struct ErrorPosition {
  size_t position = 0;
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(int64_t) { return true; }
  bool number_unsigned(uint64_t) { return true; }
  bool number_float(double, const std::string&) { return true; }
  bool string(std::string&) { return true; }
  bool binary(std::vector<uint8_t>&) { return true; }
  bool start_object(size_t) { return true; }
  bool key(std::string&) { return true; }
  bool end_object() { return true; }
  bool start_array(size_t) { return true; }
  bool end_array() { return true; }
  template <typename Exception>
  bool parse_error(size_t pos, const std::string&, const Exception&) {
    position = pos;
    return false;
  }
};

bool LiteralChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '+';
}

// nlohmann reads a whole string, number or literal before the parser
// rejects it, and reports its last character: the start of that token
// ('"17:00"' in '"9:00" "17:00"', '2' in '"b" 2') is where the writer looks.
size_t TokenStart(std::string_view text, size_t last) {
  if (text[last] == '"') {
    for (size_t i = last; i > 0;) {
      --i;
      if (text[i] != '"') continue;
      size_t backslashes = 0;
      while (backslashes < i && text[i - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return last;
  }
  size_t start = last;
  if (LiteralChar(text[last])) {
    while (start > 0 && LiteralChar(text[start - 1])) --start;
  }
  return start;
}

}  // namespace

JsonError DiagnoseJson(std::string_view text, bool single_line) {
  JsonError e;
  const Status utf8 = CheckUtf8(text);
  e.invalid_utf8 = !utf8.ok();
  if (e.invalid_utf8) {
    e.byte = utf8.offset();
  } else {
    ErrorPosition where;
    nlohmann::json::sax_parse(text.begin(), text.end(), &where);
    // nlohmann counts the characters read, the bad one included.
    e.byte = where.position > 0 ? where.position - 1 : 0;
    if (e.byte < text.size()) e.byte = TokenStart(text, e.byte);
  }
  e.byte = std::min(e.byte, text.size());
  e.line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + e.byte, '\n'));
  const size_t line_start = e.byte == 0 ? std::string_view::npos : text.rfind('\n', e.byte - 1);
  e.column = 1 + (line_start == std::string_view::npos ? e.byte : e.byte - line_start - 1);

  const std::string at = (single_line ? std::string() : "line " + std::to_string(e.line) + ", ") + "column " +
                         std::to_string(e.column);
  if (e.invalid_utf8 && e.byte < text.size()) {
    char hex[8];
    std::snprintf(hex, sizeof(hex), "0x%02X", static_cast<unsigned char>(text[e.byte]));
    e.description = "not UTF-8 at " + at + " (byte " + hex + ")";
  } else if (e.byte >= text.size()) {
    e.description = "not valid JSON: it ends too soon, at " + at;
  } else {
    e.description = "not valid JSON at " + at;
  }
  return e;
}

Status ParseJson(std::string_view text, const char* code, std::string_view subject, std::string_view advice,
                 nlohmann::json* doc) {
  *doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!doc->is_discarded()) return Status::Ok();
  std::string message(subject);
  message += " " + DiagnoseJson(text).description + "; ";
  message += advice;
  return Status::Error(code, message);
}

}  // namespace internal
}  // namespace pronto

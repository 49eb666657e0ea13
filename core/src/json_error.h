// Copyright 2026 The Pronto Authors.
//
// Internal: where a JSON text that does not parse went wrong, so that every
// "not valid JSON" error says where to look ("line 3, column 14") and names
// invalid UTF-8 as such.
#ifndef PRONTO_SRC_JSON_ERROR_H_
#define PRONTO_SRC_JSON_ERROR_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pronto/status.h"

namespace pronto {
namespace internal {

struct JsonError {
  size_t byte = 0;            // the first byte that cannot be right, or the start of its token
  size_t line = 1;            // 1-based
  size_t column = 1;          // 1-based, in bytes from the line's start
  bool invalid_utf8 = false;  // that byte is not UTF-8 (else: not JSON there)
  // What is wrong and where, to follow "the library is ": "not valid JSON at
  // line 3, column 14", "not valid JSON: it ends too soon, at line 2, column
  // 1", "not UTF-8 at line 1, column 9 (byte 0xFF)". For one line of a larger
  // file (`single_line`), the column alone: "not valid JSON at column 14".
  std::string description;
};

// Where and why nlohmann::json::parse rejected `text`: the first invalid
// UTF-8 byte, else the parser's own position.
JsonError DiagnoseJson(std::string_view text, bool single_line = false);

// Parses `text` into `*doc`. When it is not JSON, returns the error `code`
// with "<subject> not valid JSON at line 3, column 14; <advice>" (a subject
// such as "the library is") and leaves `*doc` discarded: every JSON input of
// the core says where it went wrong.
Status ParseJson(std::string_view text, const char* code, std::string_view subject, std::string_view advice,
                 nlohmann::json* doc);

}  // namespace internal
}  // namespace pronto

#endif  // PRONTO_SRC_JSON_ERROR_H_

// Copyright 2026 The Pronto Authors.
//
// Internal: where a JSON text that does not parse went wrong, so that every
// "not valid JSON" error says where to look ("line 3, column 14") and names
// invalid UTF-8 as such.
#ifndef PRONTO_SRC_JSON_ERROR_PLACE_H_
#define PRONTO_SRC_JSON_ERROR_PLACE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace pronto {
namespace internal {

struct JsonErrorPlace {
  size_t byte = 0;    // offset of the first byte that cannot be right
  size_t line = 1;    // 1-based
  size_t column = 1;  // 1-based, in bytes from the line's start
};

// The place in `text` (which nlohmann::json::parse has rejected) where the
// parser stopped: the invalid byte of a text that is not UTF-8, else the
// parser's own position.
JsonErrorPlace JsonErrorPlaceOf(std::string_view text);

// What is wrong with `text` and where, to follow "the library is ": "not
// valid JSON at line 3, column 14", "not valid JSON: it ends too soon, at
// line 2, column 1", "not UTF-8 at line 1, column 9 (byte 0xFF)".
std::string DescribeJsonError(std::string_view text);

}  // namespace internal
}  // namespace pronto

#endif  // PRONTO_SRC_JSON_ERROR_PLACE_H_

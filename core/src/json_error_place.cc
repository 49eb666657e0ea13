// Copyright 2026 The Pronto Authors.
#include "json_error_place.h"

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

}  // namespace

JsonErrorPlace JsonErrorPlaceOf(std::string_view text) {
  JsonErrorPlace place;
  const Status utf8 = CheckUtf8(text);
  if (!utf8.ok()) {
    place.byte = utf8.offset();
  } else {
    ErrorPosition where;
    nlohmann::json::sax_parse(text.begin(), text.end(), &where);
    // nlohmann counts the characters read, the bad one included.
    place.byte = where.position > 0 ? where.position - 1 : 0;
  }
  place.byte = std::min(place.byte, text.size());
  place.line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + place.byte, '\n'));
  const size_t line_start = place.byte == 0 ? std::string_view::npos : text.rfind('\n', place.byte - 1);
  place.column = 1 + (line_start == std::string_view::npos ? place.byte : place.byte - line_start - 1);
  return place;
}

std::string DescribeJsonError(std::string_view text) {
  const JsonErrorPlace place = JsonErrorPlaceOf(text);
  const std::string at = "line " + std::to_string(place.line) + ", column " + std::to_string(place.column);
  if (place.byte < text.size() && !CheckUtf8(text).ok()) {
    char hex[8];
    std::snprintf(hex, sizeof(hex), "0x%02X", static_cast<unsigned char>(text[place.byte]));
    return "not UTF-8 at " + at + " (byte " + hex + ")";
  }
  if (place.byte >= text.size()) return "not valid JSON: it ends too soon, at " + at;
  return "not valid JSON at " + at;
}

}  // namespace internal
}  // namespace pronto

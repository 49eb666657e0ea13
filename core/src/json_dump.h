// Copyright 2026 The Pronto Authors.
//
// Internal: nlohmann's dump() for every document the core writes. User text
// (a message, a CSV import, a name) can hold invalid UTF-8; the default
// dump() throws on it, and in the wasm build, which does not catch
// exceptions, a throw aborts the module. Here invalid bytes become U+FFFD.
#ifndef PRONTO_SRC_JSON_DUMP_H_
#define PRONTO_SRC_JSON_DUMP_H_

#include <nlohmann/json.hpp>
#include <string>

namespace pronto {

// For nlohmann::json and nlohmann::ordered_json alike (no conversion, which
// would copy the document and reorder an ordered one's keys).
template <typename Json>
std::string DumpJson(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace pronto

#endif  // PRONTO_SRC_JSON_DUMP_H_

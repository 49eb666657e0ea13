// Copyright 2026 The Pronto Authors.
//
// Internal: reading one event from a parsed JSON object, shared by the JSON
// and JSON Lines readers.
#ifndef PRONTO_SRC_JSON_EVENT_H_
#define PRONTO_SRC_JSON_EVENT_H_

#include <string>

#include <nlohmann/json.hpp>

#include "pronto/events.h"
#include "pronto/status.h"

namespace pronto {
namespace internal {

// Reads `obj` into `*event`. `where` prefixes field names in errors
// ("events[3]" gives "events[3].at must be …"); on error `*field` names the
// offending field.
Status EventFromJson(const nlohmann::json& obj, const std::string& where, Event* event, std::string* field);

}  // namespace internal
}  // namespace pronto

#endif  // PRONTO_SRC_JSON_EVENT_H_

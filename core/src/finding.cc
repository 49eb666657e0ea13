// Copyright 2026 The Pronto Authors.
#include "pronto/finding.h"

#include <nlohmann/json.hpp>

namespace pronto {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kStop:
      return "stop";
  }
  return "info";
}

std::string FindingsToJson(const std::vector<Finding>& findings) {
  nlohmann::json list = nlohmann::json::array();
  for (const Finding& f : findings) {
    list.push_back({{"rule", f.rule},
                    {"severity", SeverityName(f.severity)},
                    {"message", {{"en", f.message_en}, {"it", f.message_it}}},
                    {"suggestion", {{"en", f.suggestion_en}, {"it", f.suggestion_it}}},
                    {"start", f.utf16_begin},
                    {"end", f.utf16_end}});
  }
  return list.dump();
}

const char* DraftStatus(const std::vector<Finding>& findings) {
  Severity worst = Severity::kInfo;
  for (const Finding& f : findings) worst = std::max(worst, f.severity);
  if (worst == Severity::kStop) return "stop";
  return worst == Severity::kWarning ? "review" : "ok";
}

}  // namespace pronto

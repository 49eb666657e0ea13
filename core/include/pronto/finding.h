// Copyright 2026 The Pronto Authors.
//
// A finding on a reply draft: which rule, how serious, why (in Italian and
// English), where (UTF-16 offsets into the draft, what the browser
// highlights) and what to do instead. Every check of the tone engine and of
// the personalisation check reports Findings.
#ifndef PRONTO_FINDING_H_
#define PRONTO_FINDING_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pronto {

// How serious a finding is; the draft's one-glance status is the worst one.
enum class Severity {
  kInfo,     // worth a look: "ok" status
  kWarning,  // fix before sending: "review" status
  kStop,     // never send as it is (card number in public, unfilled placeholder): "stop"
};

// Returns "info", "warning" or "stop".
const char* SeverityName(Severity severity);

// One finding.
struct Finding {
  std::string rule;  // stable id, e.g. "template_unchanged"
  Severity severity = Severity::kInfo;
  std::string message_en;
  std::string message_it;
  std::string suggestion_en;
  std::string suggestion_it;
  size_t utf16_begin = 0;  // the words that caused it
  size_t utf16_end = 0;
};

// Builds a finding: rule, severity, UTF-16 span, why (en, it) and the fix (en, it).
// (Views, copied once inside: the two dozen call sites in the reply checks
// pass literals, and std::string parameters built each one at the call.)
Finding MakeFinding(std::string_view rule, Severity severity, size_t begin, size_t end,
                    std::string_view message_en, std::string_view message_it, std::string_view suggestion_en,
                    std::string_view suggestion_it);

// Returns the findings as a JSON array of {rule, severity, message:{en,it},
// suggestion:{en,it}, start, end}.
std::string FindingsToJson(const std::vector<Finding>& findings);

// Returns "ok", "review" or "stop" for the worst of `findings`.
const char* DraftStatus(const std::vector<Finding>& findings);

}  // namespace pronto

#endif  // PRONTO_FINDING_H_

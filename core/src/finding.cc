// Copyright 2026 The Pronto Authors.
#include "pronto/finding.h"

#include <algorithm>

#include "json_writer.h"

namespace pronto {
namespace {

// Writes `key`: {"en": …, "it": …}.
void WriteBilingual(const char* key, const std::string& en, const std::string& it, JsonWriter* w) {
  w->Key(key);
  w->BeginObject();
  w->Key("en");
  w->String(en);
  w->Key("it");
  w->String(it);
  w->EndObject();
}

}  // namespace

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

Finding MakeFinding(std::string_view rule, Severity severity, size_t begin, size_t end,
                    std::string_view message_en, std::string_view message_it, std::string_view suggestion_en,
                    std::string_view suggestion_it) {
  Finding f;
  f.rule.assign(rule);
  f.severity = severity;
  f.utf16_begin = begin;
  f.utf16_end = end;
  f.message_en.assign(message_en);
  f.message_it.assign(message_it);
  f.suggestion_en.assign(suggestion_en);
  f.suggestion_it.assign(suggestion_it);
  return f;
}

std::string FindingsToJson(const std::vector<Finding>& findings) {
  JsonWriter w;
  w.BeginArray();
  for (const Finding& f : findings) {
    w.BeginObject();
    w.Key("rule");
    w.String(f.rule);
    w.Key("severity");
    w.String(SeverityName(f.severity));
    WriteBilingual("message", f.message_en, f.message_it, &w);
    WriteBilingual("suggestion", f.suggestion_en, f.suggestion_it, &w);
    w.Key("start");
    w.Int(static_cast<int64_t>(f.utf16_begin));
    w.Key("end");
    w.Int(static_cast<int64_t>(f.utf16_end));
    w.EndObject();
  }
  w.EndArray();
  return w.Take();
}

const char* DraftStatus(const std::vector<Finding>& findings) {
  Severity worst = Severity::kInfo;
  for (const Finding& f : findings) worst = std::max(worst, f.severity);
  if (worst == Severity::kStop) return "stop";
  return worst == Severity::kWarning ? "review" : "ok";
}

}  // namespace pronto

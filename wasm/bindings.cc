// Copyright 2026 The Pronto Authors.
//
// The only file that includes Emscripten. It exposes the core to the ES
// module facade (wasm/pronto.mjs). Errors travel as data
// ({"error":{code,message,offset}} JSON) and the facade throws them; bulk
// results travel as typed-array views into wasm memory, which the facade
// copies before its next call.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pronto/analyze.h"
#include "pronto/personalization.h"
#include "pronto/pii.h"
#include "pronto/reply_checks.h"
#include "pronto/responsiveness.h"
#include "pronto/suggest.h"
#include "pronto/templates.h"
#include "pronto/text.h"
#include "pronto/version.h"

namespace {

using emscripten::val;

// Tokenizes UTF-8 `bytes` (the facade passes a Uint8Array). On success returns
// a Uint32Array view of 5 numbers a token: kind, UTF-16 start and end, byte
// start and end; the kind indexes TokenKindNames(). On invalid input returns
// the error as a JSON string.
val TokenizePacked(const std::string& bytes) {
  static std::vector<pronto::Token> tokens;
  static std::vector<uint32_t> packed;
  const pronto::Status status = pronto::Tokenize(bytes, &tokens);
  if (!status.ok()) return val(pronto::TokenizeToJson(bytes));
  packed.clear();
  packed.reserve(tokens.size() * 5);
  for (const pronto::Token& t : tokens) {
    packed.push_back(static_cast<uint32_t>(t.kind));
    packed.push_back(static_cast<uint32_t>(t.utf16_begin));
    packed.push_back(static_cast<uint32_t>(t.utf16_end));
    packed.push_back(static_cast<uint32_t>(t.byte_begin));
    packed.push_back(static_cast<uint32_t>(t.byte_end));
  }
  return val(emscripten::typed_memory_view(packed.size(), packed.data()));
}

// The JSON names of TokenKind in enum order, joined by commas.
std::string TokenKindNames() {
  std::string names;
  for (int k = 0; k <= static_cast<int>(pronto::TokenKind::kSymbol); ++k) {
    if (k) names += ',';
    names += pronto::TokenKindName(static_cast<pronto::TokenKind>(k));
  }
  return names;
}

std::string TokenizeJson(const std::string& bytes) { return pronto::TokenizeToJson(bytes); }

// Sensitive data in `bytes` (UTF-8): [{kind, text, start, end, byteStart, byteEnd}] as JSON.
std::string FindPiiJson(const std::string& bytes) {
  static const pronto::PiiDetector detector;
  std::string json = "[";
  for (const pronto::PiiMatch& m : detector.Find(bytes)) {
    if (json.size() > 1) json += ',';
    json += "{\"kind\":\"" + std::string(pronto::PiiKindName(m.kind)) +
            "\",\"start\":" + std::to_string(m.utf16_begin) + ",\"end\":" + std::to_string(m.utf16_end) +
            ",\"byteStart\":" + std::to_string(m.byte_begin) + ",\"byteEnd\":" + std::to_string(m.byte_end) +
            "}";
  }
  return json + "]";
}

std::string ErrorJson(const pronto::Status& status) {
  nlohmann::json error = {{"code", status.code()}, {"message", status.message()}};
  if (status.has_offset()) error["offset"] = status.offset();
  return nlohmann::json{{"error", std::move(error)}}.dump();
}

// Reads a JSON string member, or "" when absent or not a string.
std::string StringField(const nlohmann::json& j, const char* name) {
  const auto it = j.find(name);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Validates a library (JSON text) and returns it normalised, or an error.
std::string LibraryFromJson(const std::string& text) {
  pronto::TemplateLibrary library;
  const pronto::Status s = pronto::TemplateLibrary::FromJson(text, &library);
  return s.ok() ? library.ToJson() : ErrorJson(s);
}

// Converts a CSV library to JSON, or returns an error naming line and column.
std::string LibraryFromCsv(const std::string& text) {
  pronto::TemplateLibrary library;
  const pronto::Status s = pronto::TemplateLibrary::FromCsv(text, &library);
  return s.ok() ? library.ToJson() : ErrorJson(s);
}

// A valid library (JSON) as CSV.
std::string LibraryToCsv(const std::string& text) {
  pronto::TemplateLibrary library;
  const pronto::Status s = pronto::TemplateLibrary::FromJson(text, &library);
  return s.ok() ? library.ToCsv() : ErrorJson(s);
}

// Merges `incoming` into `current` (both JSON libraries): {"library":…,
// "report":{added,updated,unchanged}}, or an error with nothing merged.
std::string MergeLibraries(const std::string& current_text, const std::string& incoming_text) {
  pronto::TemplateLibrary current, incoming;
  pronto::Status s = pronto::TemplateLibrary::FromJson(current_text, &current);
  if (!s.ok()) return ErrorJson(s);
  s = pronto::TemplateLibrary::FromJson(incoming_text, &incoming);
  if (!s.ok()) return ErrorJson(s);
  pronto::MergeReport report;
  current.Merge(incoming, &report);
  return nlohmann::json{
      {"library", nlohmann::json::parse(current.ToJson())},
      {"report", {{"added", report.added}, {"updated", report.updated}, {"unchanged", report.unchanged}}}}
      .dump();
}

// A Suggester owned by JavaScript: create it with load(), free it with delete().
class SuggesterBinding {
 public:
  // Indexes the library (JSON); returns "" or an error.
  std::string Load(const std::string& library_json) {
    pronto::TemplateLibrary library;
    const pronto::Status s = pronto::TemplateLibrary::FromJson(library_json, &library);
    if (!s.ok()) return ErrorJson(s);
    suggester_ = std::make_unique<pronto::Suggester>(library);
    return "";
  }

  // `request` is {message, language?, channel?, visibility?, intents?:{name:confidence},
  // values?:{placeholder:value}, variantSeed?, k?}.
  std::string Suggest(const std::string& request_json) const {
    if (!suggester_) return ErrorJson(pronto::Status::Error("not_loaded", "load a template library first"));
    const nlohmann::json j = nlohmann::json::parse(request_json, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("message") || !j["message"].is_string()) {
      return ErrorJson(pronto::Status::Error("bad_request", "suggest needs {message: string, …}"));
    }
    pronto::SuggestRequest r;
    r.message = j["message"].get<std::string>();
    r.language = StringField(j, "language");
    const std::string channel = StringField(j, "channel");
    r.channel = channel == "x" ? pronto::kChannelX : channel == "facebook" ? pronto::kChannelFacebook : 0;
    const std::string visibility = StringField(j, "visibility");
    r.visibility = visibility == "public"    ? pronto::kVisibilityPublic
                   : visibility == "private" ? pronto::kVisibilityPrivate
                                             : 0;
    if (j.contains("intents") && j["intents"].is_object()) {
      for (const auto& [name, confidence] : j["intents"].items()) {
        if (confidence.is_number()) r.intents.emplace_back(name, confidence.get<double>());
      }
    }
    if (j.contains("values") && j["values"].is_object()) {
      for (const auto& [name, value] : j["values"].items()) {
        if (value.is_string()) r.values[name] = value.get<std::string>();
      }
    }
    r.variant_seed = StringField(j, "variantSeed");
    if (j.contains("k") && j["k"].is_number_integer()) r.k = std::max(1, std::min(100, j["k"].get<int>()));
    return pronto::SuggestionsToJson(suggester_->Suggest(r));
  }

  void RecordChoice(const std::string& id, const std::string& message) {
    if (suggester_) suggester_->RecordChoice(id, message);
  }

  std::string UsageJson() const { return suggester_ ? suggester_->UsageToJson() : "{}"; }

  std::string LoadUsage(const std::string& json) {
    if (!suggester_) return ErrorJson(pronto::Status::Error("not_loaded", "load a template library first"));
    const pronto::Status s = suggester_->UsageFromJson(json);
    return s.ok() ? "" : ErrorJson(s);
  }

 private:
  std::unique_ptr<pronto::Suggester> suggester_;
};

// `input` is {draft, templates?:[…], recentReplies?:[…], customerMessage?,
// customerFirstName?, language?}; returns {status, findings}.
std::string CheckPersonalizationJson(const std::string& input_json) {
  const nlohmann::json j = nlohmann::json::parse(input_json, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("draft") || !j["draft"].is_string()) {
    return ErrorJson(pronto::Status::Error("bad_request", "checkPersonalization needs {draft: string, …}"));
  }
  pronto::PersonalizationInput in;
  in.draft = j["draft"].get<std::string>();
  for (const char* list : {"templates", "recentReplies"}) {
    if (!j.contains(list) || !j[list].is_array()) continue;
    for (const auto& item : j[list]) {
      if (item.is_string())
        (std::string(list) == "templates" ? in.templates : in.recent_replies).push_back(item);
    }
  }
  in.customer_message = StringField(j, "customerMessage");
  in.customer_first_name = StringField(j, "customerFirstName");
  if (StringField(j, "language") == "it") in.language = "it";
  const std::vector<pronto::Finding> findings = pronto::CheckPersonalization(in);
  return "{\"status\":\"" + std::string(pronto::DraftStatus(findings)) +
         "\",\"findings\":" + pronto::FindingsToJson(findings) + "}";
}

// The tone engine, owned by JavaScript: loadLexicon() once, then analyze().
class AnalyzerBinding {
 public:
  // Loads the lexicon asset's bytes; returns "" or an error naming the line.
  std::string LoadLexicon(const std::string& bytes) {
    const pronto::Status s = analyzer_.LoadLexicon(bytes);
    return s.ok() ? "" : ErrorJson(s);
  }

  // Analyses UTF-8 `bytes` with options given as names ("customer"|"reply",
  // "auto"|"it"|"en", "public"|"private"), which the facade has checked;
  // returns the CLI's analysis object without the id.
  std::string AnalyzeText(const std::string& bytes, const std::string& role, const std::string& lang,
                          const std::string& visibility) {
    pronto::AnalyzeOptions options;
    options.role = role == "reply" ? pronto::Role::kReply : pronto::Role::kCustomer;
    pronto::Language language;
    if (lang != "auto" && pronto::ParseLanguage(lang, &language)) {
      options.detect_language = false;
      options.language = language;
    }
    options.visibility = visibility == "private" ? pronto::Visibility::kPrivate : pronto::Visibility::kPublic;
    return analyzer_.AnalyzeToJson(bytes, options);
  }

  // Checks a reply draft. `context_json`: {message?, name?, channel?: "x"|"facebook",
  // visibility?: "public"|"private", lang?: "auto"|"it"|"en", templates?: [], recent?: []}.
  // Returns ReplyCheckToJson (what `pronto check --json` prints) or an error.
  std::string CheckReply(const std::string& draft, const std::string& context_json) {
    const nlohmann::json j = nlohmann::json::parse(context_json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      return ErrorJson(pronto::Status::Error("bad_request", "checkReply needs a context object"));
    }
    pronto::ReplyContext context;
    context.customer_message = StringField(j, "message");
    context.customer_name = StringField(j, "name");
    if (StringField(j, "channel") == "x") context.channel = "x";
    if (StringField(j, "visibility") == "private") context.visibility = pronto::Visibility::kPrivate;
    const std::string lang = StringField(j, "lang");
    if (lang == "it" || lang == "en") {
      context.detect_language = false;
      context.language = lang == "it" ? pronto::Language::kItalian : pronto::Language::kEnglish;
    }
    for (const char* list : {"templates", "recent"}) {
      if (!j.contains(list) || !j[list].is_array()) continue;
      for (const auto& item : j[list]) {
        if (item.is_string()) {
          (std::string(list) == "templates" ? context.templates : context.recent_replies).push_back(item);
        }
      }
    }
    pronto::ReplyCheck check;
    const pronto::Status s = pronto::CheckReply(&analyzer_, *rules_, draft, context, &check);
    return s.ok() ? pronto::ReplyCheckToJson(check, context) : ErrorJson(s);
  }

  // Replaces the team's rules; returns "" or an error naming the rule (old rules kept).
  std::string SetRules(const std::string& rules_json) {
    auto rules = std::make_shared<pronto::ReplyRules>();
    const pronto::Status s = pronto::ReplyRules::FromJson(rules_json, rules.get());
    if (!s.ok()) return ErrorJson(s);
    rules_ = rules;
    analyzer_.SetReplyRules(rules_);
    return "";
  }

  // One request of the `pronto analyze` protocol: {"id","text","role"?,"lang"?,"visibility"?};
  // returns the same line the CLI prints for it.
  std::string Analyze(const std::string& request_json) {
    return analyzer_.AnalyzeJsonLine(request_json, pronto::AnalyzeOptions(), 1);
  }

 private:
  pronto::Analyzer analyzer_;
  std::shared_ptr<const pronto::ReplyRules> rules_ = std::make_shared<pronto::ReplyRules>();
};

// Timers, metrics and badge, owned by JavaScript.
class TrackerBinding {
 public:
  std::string SetPolicy(const std::string& json) { return Result(tracker_.SetPolicyJson(json)); }
  std::string SetZone(const std::string& json) { return Result(tracker_.SetZoneJson(json)); }
  // Returns {"added":N} or an error; nothing is added on error.
  std::string AddEvents(const std::string& json) {
    size_t added = 0;
    const pronto::Status s = tracker_.AddEventsJson(json, &added);
    return s.ok() ? "{\"added\":" + std::to_string(added) + "}" : ErrorJson(s);
  }
  std::string Timers(double now_ms) const { return tracker_.TimersJson(static_cast<int64_t>(now_ms)); }
  std::string Metrics(const std::string& options) const { return tracker_.MetricsJson(options); }
  std::string Badge(const std::string& options) const { return tracker_.BadgeJson(options); }
  // {"from":ms,"until":ms}: the span the zone table should cover.
  std::string ZoneSpan(double now_ms) const {
    int64_t from = 0, until = 0;
    tracker_.ZoneSpanNeeded(static_cast<int64_t>(now_ms), &from, &until);
    return "{\"from\":" + std::to_string(from) + ",\"until\":" + std::to_string(until) + "}";
  }
  std::string TimeZone() const { return tracker_.policy().time_zone; }

 private:
  static std::string Result(const pronto::Status& s) { return s.ok() ? "" : ErrorJson(s); }
  pronto::ResponsivenessTracker tracker_;
};

std::string FirstNameFromDisplayName(const std::string& name) {
  return pronto::FirstNameFromDisplayName(name);
}

std::string CoreVersion() { return pronto::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(pronto) {
  // Both builds: the responsiveness tracker (timers, metrics, badge).
  emscripten::class_<TrackerBinding>("Tracker")
      .constructor<>()
      .function("setPolicy", &TrackerBinding::SetPolicy)
      .function("setZone", &TrackerBinding::SetZone)
      .function("addEvents", &TrackerBinding::AddEvents)
      .function("timers", &TrackerBinding::Timers)
      .function("metrics", &TrackerBinding::Metrics)
      .function("badge", &TrackerBinding::Badge)
      .function("zoneSpan", &TrackerBinding::ZoneSpan)
      .function("timeZone", &TrackerBinding::TimeZone);
  emscripten::function("version", &CoreVersion);
#ifndef PRONTO_BADGE_BUILD
  // The full core only: text, tone, templates (RE2 stays out of the badge).
  emscripten::function("tokenizePacked", &TokenizePacked);
  emscripten::function("tokenizeJson", &TokenizeJson);
  emscripten::function("tokenKindNames", &TokenKindNames);
  emscripten::function("findPiiJson", &FindPiiJson);
  emscripten::function("libraryFromJson", &LibraryFromJson);
  emscripten::function("libraryFromCsv", &LibraryFromCsv);
  emscripten::function("libraryToCsv", &LibraryToCsv);
  emscripten::function("mergeLibraries", &MergeLibraries);
  emscripten::function("checkPersonalizationJson", &CheckPersonalizationJson);
  emscripten::function("firstNameFromDisplayName", &FirstNameFromDisplayName);
  emscripten::class_<SuggesterBinding>("Suggester")
      .constructor<>()
      .function("load", &SuggesterBinding::Load)
      .function("suggest", &SuggesterBinding::Suggest)
      .function("recordChoice", &SuggesterBinding::RecordChoice)
      .function("usageJson", &SuggesterBinding::UsageJson)
      .function("loadUsage", &SuggesterBinding::LoadUsage);
  emscripten::class_<AnalyzerBinding>("Analyzer")
      .constructor<>()
      .function("loadLexicon", &AnalyzerBinding::LoadLexicon)
      .function("analyze", &AnalyzerBinding::Analyze)
      .function("analyzeText", &AnalyzerBinding::AnalyzeText)
      .function("checkReply", &AnalyzerBinding::CheckReply)
      .function("setRules", &AnalyzerBinding::SetRules);
#endif
}

// Copyright 2026 The Pronto Authors.
//
// The only file that includes Emscripten. It exposes the core to the ES
// module facade (wasm/pronto.mjs). Errors travel as data
// ({"error":{code,message,offset}} JSON) and the facade throws them; bulk
// results travel as typed-array views into wasm memory, which the facade
// copies before its next call.
//
// The slim badge build (PRONTO_BADGE_BUILD, target pronto_badge_wasm) is the
// exception: to stay inside the widget's 60 KB budget it links neither Embind
// nor a JSON parser, and exposes a plain C API over typed arrays instead (see
// the first half of this file and widget/pronto-badge.js).
#ifdef PRONTO_BADGE_BUILD
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pronto/badge.h"
#include "pronto/business_hours.h"
#include "pronto/conversations.h"
#include "pronto/metrics.h"
#include "pronto/sla_policy.h"
#include "pronto/zone_offsets.h"

// The badge's C API. The widget writes one Float64Array into the buffer that
// pronto_badge_input() returns, laid out as follows (counts before lists):
//   now_ms, window_ms, min_sample,
//   level_count, then per level: min_rate, max_typical_ms, id_length, id bytes (UTF-8)…,
//   always_open (1|0), shift_count, then per shift: weekday (0 = Sunday), open_minute, close_minute,
//   holiday_count, then days since 1970-01-01 (sorted),
//   away_count, then per period: from_ms, until_ms (sorted),
//   initial_offset_seconds, transition_count, then per transition: at_ms, offset_seconds,
//   event_count, then per event: at_ms, kind (0 customer, 1 brand), thread (0, 1, …).
// pronto_badge_compute() builds the SlaPolicy, ZoneOffsets, BadgeConfig and
// the events from it and runs the same ConversationLedger, ComputeMetrics and
// ComputeBadge as `pronto badge`. It returns 0 and fills the result:
//   level (index into the levels, -1 none, -2 insufficient data), response_rate,
//   typical_ms, sample, min_sample, answered, from_ms, until_ms, now_ms,
//   bound_count, bounds…, counts… (bound_count + 1 histogram buckets)
// or returns non-zero with pronto_badge_error() saying what was wrong.
// pronto_badge_words(italian) returns the core's wording of the last badge:
// headline, rate, typical, window and sample, separated by U+001F.
namespace {

std::vector<double> badge_input;
std::vector<double> badge_result;
std::string badge_error;
std::string badge_words[2];

// Reads the input buffer front to back; every read is bounds-checked.
class InputReader {
 public:
  explicit InputReader(const std::vector<double>& in) : in_(in) {}
  bool Number(double* v) {
    if (pos_ >= in_.size()) return false;
    *v = in_[pos_++];
    return true;
  }
  bool Int(int64_t min, int64_t max, int64_t* v) {
    double d;
    if (!Number(&d) || !(d >= static_cast<double>(min) && d <= static_cast<double>(max))) return false;
    *v = static_cast<int64_t>(d);
    return static_cast<double>(*v) == d;
  }
  bool done() const { return pos_ == in_.size(); }

 private:
  const std::vector<double>& in_;
  size_t pos_ = 0;
};

constexpr int64_t kMaxMs = int64_t{1} << 52;
constexpr int64_t kMaxCount = int64_t{1} << 26;

int Fail(const std::string& what) {
  badge_error = what;
  return 1;
}

int ComputeBadgeFromInput() {
  InputReader r(badge_input);
  int64_t now = 0, count = 0;
  pronto::BadgeConfig config;
  int64_t min_sample = 0;
  if (!r.Int(-kMaxMs, kMaxMs, &now) || !r.Int(1, kMaxMs, &config.window_ms) ||
      !r.Int(1, kMaxCount, &min_sample))
    return Fail("bad now, window or minimum sample");
  config.min_sample = static_cast<uint64_t>(min_sample);
  if (!r.Int(1, 64, &count)) return Fail("bad level count");
  config.levels.assign(static_cast<size_t>(count), pronto::BadgeLevelRule());
  for (pronto::BadgeLevelRule& level : config.levels) {
    int64_t length = 0, byte = 0;
    if (!r.Number(&level.min_rate) || !(level.min_rate >= 0 && level.min_rate <= 1) ||
        !r.Int(1, kMaxMs, &level.max_typical_ms) || !r.Int(1, 64, &length))
      return Fail("bad level");
    for (int64_t i = 0; i < length; ++i) {
      if (!r.Int(1, 255, &byte)) return Fail("bad level id");
      level.id += static_cast<char>(byte);
    }
  }
  pronto::SlaPolicy policy;
  policy.time_zone = "badge";
  int64_t flag = 0;
  if (!r.Int(0, 1, &flag) || !r.Int(0, 7 * 8, &count)) return Fail("bad hours");
  policy.always_open = flag == 1;
  for (int64_t i = 0; i < count; ++i) {
    int64_t day = 0, open = 0, close = 0;
    if (!r.Int(0, 6, &day) || !r.Int(0, 1440, &open) || !r.Int(0, 1440, &close)) return Fail("bad shift");
    policy.hours[static_cast<size_t>(day)].push_back({static_cast<int>(open), static_cast<int>(close)});
  }
  if (!r.Int(0, 100000, &count)) return Fail("bad holidays");
  for (int64_t i = 0; i < count; ++i) {
    int64_t day = 0;
    if (!r.Int(-kMaxCount, kMaxCount, &day) || (i > 0 && day <= policy.holidays.back()))
      return Fail("bad holiday");
    policy.holidays.push_back(day);
  }
  if (!r.Int(0, 100000, &count)) return Fail("bad away periods");
  for (int64_t i = 0; i < count; ++i) {
    pronto::AwayPeriod away;
    if (!r.Int(-kMaxMs, kMaxMs, &away.from_ms) || !r.Int(away.from_ms, kMaxMs, &away.until_ms) ||
        (i > 0 && away.from_ms < policy.away.back().from_ms))
      return Fail("bad away period");
    policy.away.push_back(away);
  }
  int64_t initial = 0;
  std::vector<pronto::OffsetTransition> transitions;
  if (!r.Int(-18 * 3600, 18 * 3600, &initial) || !r.Int(0, 100000, &count)) return Fail("bad zone");
  for (int64_t i = 0; i < count; ++i) {
    int64_t at = 0, offset = 0;
    if (!r.Int(-kMaxMs, kMaxMs, &at) || !r.Int(-18 * 3600, 18 * 3600, &offset))
      return Fail("bad zone transition");
    transitions.push_back({at, static_cast<int32_t>(offset)});
  }
  pronto::ZoneOffsets zone;
  if (pronto::Status s = pronto::ZoneOffsets::FromTransitions("badge", static_cast<int32_t>(initial),
                                                              std::move(transitions), &zone);
      !s.ok())
    return Fail(s.message());
  if (!r.Int(0, kMaxCount, &count)) return Fail("bad event count");
  std::vector<pronto::Event> events(static_cast<size_t>(count));
  for (pronto::Event& e : events) {
    int64_t kind = 0, thread = 0;
    if (!r.Int(-kMaxMs, kMaxMs, &e.at_ms) || !r.Int(0, 1, &kind) || !r.Int(0, kMaxCount, &thread))
      return Fail("bad event");
    e.kind = kind == 0 ? pronto::EventKind::kCustomer : pronto::EventKind::kBrand;
    e.channel = "badge";
    e.thread = std::to_string(thread);
  }
  if (!r.done()) return Fail("unexpected data after the events");

  pronto::ConversationLedger ledger;
  if (pronto::Status s = ledger.AddAll(events); !s.ok()) return Fail(s.message());
  pronto::MetricsOptions options;
  options.now_ms = now;
  options.until_ms = now;
  options.from_ms = now - config.window_ms;
  const int64_t earliest = ledger.earliest_ms() == pronto::kNoTime
                               ? options.from_ms
                               : std::min(options.from_ms, ledger.earliest_ms());
  const int64_t latest = std::max(now, ledger.latest_ms());
  pronto::BusinessCalendar calendar;
  if (pronto::Status s = pronto::BuildCalendarCovering(policy, zone, earliest, latest, &calendar); !s.ok())
    return Fail(s.message());
  pronto::Metrics metrics;
  if (pronto::Status s = pronto::ComputeMetrics(ledger, policy, calendar, options, &metrics); !s.ok())
    return Fail(s.message());
  const pronto::Badge badge = pronto::ComputeBadge(metrics, config);

  double level = badge.level == "insufficient_data" ? -2 : -1;
  for (size_t i = 0; i < config.levels.size(); ++i) {
    if (config.levels[i].id == badge.level) level = static_cast<double>(i);
  }
  badge_result = {level,
                  badge.response_rate,
                  static_cast<double>(badge.typical_ms),
                  static_cast<double>(badge.sample),
                  static_cast<double>(badge.min_sample),
                  static_cast<double>(badge.answered),
                  static_cast<double>(badge.from_ms),
                  static_cast<double>(badge.until_ms),
                  static_cast<double>(metrics.now_ms),
                  static_cast<double>(metrics.histogram_bounds_ms.size())};
  for (int64_t bound : metrics.histogram_bounds_ms) badge_result.push_back(static_cast<double>(bound));
  for (uint64_t n : metrics.overall.histogram) badge_result.push_back(static_cast<double>(n));
  for (int italian = 0; italian < 2; ++italian) {
    const pronto::BadgeWords w = pronto::BadgeWording(badge, italian ? "it" : "en");
    badge_words[italian] =
        w.headline + '\x1f' + w.rate + '\x1f' + w.typical + '\x1f' + w.window + '\x1f' + w.sample;
  }
  return 0;
}

}  // namespace

extern "C" {

// Returns room for `count` doubles of input (see the layout above).
EMSCRIPTEN_KEEPALIVE double* pronto_badge_input(uint32_t count) {
  badge_input.assign(count, 0);
  return badge_input.data();
}

// Computes the badge from the input; 0 on success.
EMSCRIPTEN_KEEPALIVE int pronto_badge_compute() {
  badge_error.clear();
  return ComputeBadgeFromInput();
}

// The result of the last successful pronto_badge_compute(), and its length.
EMSCRIPTEN_KEEPALIVE const double* pronto_badge_result() { return badge_result.data(); }
EMSCRIPTEN_KEEPALIVE uint32_t pronto_badge_result_length() {
  return static_cast<uint32_t>(badge_result.size());
}

// The wording of the last badge (UTF-8, NUL-terminated), Italian when `italian` is 1.
EMSCRIPTEN_KEEPALIVE const char* pronto_badge_words(int italian) {
  return badge_words[italian ? 1 : 0].c_str();
}

// What was wrong with the last failed pronto_badge_compute() (UTF-8, NUL-terminated).
EMSCRIPTEN_KEEPALIVE const char* pronto_badge_error() { return badge_error.c_str(); }

}  // extern "C"

#else  // the full core: Embind

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Calls made at most once per customer message (suggestions), import,
// settings change or panel view, never per keystroke: optimised for size, so
// the -O3 link does not inline the core's JSON code into each of them (the
// per-keystroke calls, AnalyzePacked and CheckPacked, stay at -O3).
#define PRONTO_COLD __attribute__((minsize))

#include "../core/src/json_dump.h"   // dump() that cannot throw on invalid UTF-8
#include "../core/src/json_error.h"  // ParseJson(): "not valid JSON at line L, column C"
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
PRONTO_COLD std::string TokenKindNames() {
  std::string names;
  for (int k = 0; k <= static_cast<int>(pronto::TokenKind::kSymbol); ++k) {
    if (k) names += ',';
    names += pronto::TokenKindName(static_cast<pronto::TokenKind>(k));
  }
  return names;
}

// The names behind the numbers AnalyzePacked writes, in enum order:
// "en,it,other|negative,neutral,positive|complaint,question,…".
PRONTO_COLD std::string AnalysisNames() {
  std::string names;
  for (int k = 0; k <= static_cast<int>(pronto::Language::kOther); ++k) {
    names += k ? "," : "";
    names += pronto::LanguageName(static_cast<pronto::Language>(k));
  }
  names += '|';
  for (int k = 0; k <= static_cast<int>(pronto::SentimentLabel::kPositive); ++k) {
    names += k ? "," : "";
    names += pronto::SentimentLabelName(static_cast<pronto::SentimentLabel>(k));
  }
  names += '|';
  for (size_t k = 0; k < pronto::kIntentCount; ++k) {
    names += k ? "," : "";
    names += pronto::IntentName(static_cast<pronto::Intent>(k));
  }
  return names;
}

std::string TokenizeJson(const std::string& bytes) { return pronto::TokenizeToJson(bytes); }

// Sensitive data in `bytes` (UTF-8): [{kind, text, start, end, byteStart, byteEnd}] as JSON.
PRONTO_COLD std::string FindPiiJson(const std::string& bytes) {
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
  return pronto::DumpJson(nlohmann::json{{"error", std::move(error)}});
}

// Reads a JSON string member, or "" when absent or not a string.
std::string StringField(const nlohmann::json& j, const char* name) {
  const auto it = j.find(name);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Validates a library (JSON text) and returns it normalised, or an error.
PRONTO_COLD std::string LibraryFromJson(const std::string& text) {
  pronto::TemplateLibrary library;
  const pronto::Status s = pronto::TemplateLibrary::FromJson(text, &library);
  return s.ok() ? library.ToJson() : ErrorJson(s);
}

// Converts a CSV library to JSON, or returns an error naming line and column.
PRONTO_COLD std::string LibraryFromCsv(const std::string& text) {
  pronto::TemplateLibrary library;
  const pronto::Status s = pronto::TemplateLibrary::FromCsv(text, &library);
  return s.ok() ? library.ToJson() : ErrorJson(s);
}

// A valid library (JSON) as CSV.
PRONTO_COLD std::string LibraryToCsv(const std::string& text) {
  pronto::TemplateLibrary library;
  const pronto::Status s = pronto::TemplateLibrary::FromJson(text, &library);
  return s.ok() ? library.ToCsv() : ErrorJson(s);
}

// Merges `incoming` into `current` (both JSON libraries): {"library":…,
// "report":{added,updated,unchanged}}, or an error with nothing merged.
PRONTO_COLD std::string MergeLibraries(const std::string& current_text, const std::string& incoming_text) {
  pronto::TemplateLibrary current, incoming;
  pronto::Status s = pronto::TemplateLibrary::FromJson(current_text, &current);
  if (!s.ok()) return ErrorJson(s);
  s = pronto::TemplateLibrary::FromJson(incoming_text, &incoming);
  if (!s.ok()) return ErrorJson(s);
  pronto::MergeReport report;
  current.Merge(incoming, &report);
  return pronto::DumpJson(nlohmann::json{
      {"library", nlohmann::json::parse(current.ToJson())},
      {"report", {{"added", report.added}, {"updated", report.updated}, {"unchanged", report.unchanged}}}});
}

// A Suggester owned by JavaScript: create it with load(), free it with delete().
class SuggesterBinding {
 public:
  // Indexes the library (JSON); returns "" or an error.
  PRONTO_COLD std::string Load(const std::string& library_json) {
    pronto::TemplateLibrary library;
    const pronto::Status s = pronto::TemplateLibrary::FromJson(library_json, &library);
    if (!s.ok()) return ErrorJson(s);
    suggester_ = std::make_unique<pronto::Suggester>(library);
    return "";
  }

  // `request` is {message, language?, channel?, visibility?, intents?:{name:confidence},
  // values?:{placeholder:value}, variantSeed?, k?}.
  PRONTO_COLD std::string Suggest(const std::string& request_json) const {
    if (!suggester_) return ErrorJson(pronto::Status::Error("not_loaded", "load a template library first"));
    nlohmann::json j;
    if (pronto::Status s = pronto::internal::ParseJson(request_json, "bad_request", "the suggest request is",
                                                       "send {message: string, …}", &j);
        !s.ok()) {
      return ErrorJson(s);
    }
    if (!j.is_object() || !j.contains("message") || !j["message"].is_string()) {
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

  PRONTO_COLD void RecordChoice(const std::string& id, const std::string& message) {
    if (suggester_) suggester_->RecordChoice(id, message);
  }

  std::string UsageJson() const { return suggester_ ? suggester_->UsageToJson() : "{}"; }

  PRONTO_COLD std::string LoadUsage(const std::string& json) {
    if (!suggester_) return ErrorJson(pronto::Status::Error("not_loaded", "load a template library first"));
    const pronto::Status s = suggester_->UsageFromJson(json);
    return s.ok() ? "" : ErrorJson(s);
  }

 private:
  std::unique_ptr<pronto::Suggester> suggester_;
};

// `input` is {draft, templates?:[…], recentReplies?:[…], customerMessage?,
// customerFirstName?, language?}; returns {status, findings}.
PRONTO_COLD std::string CheckPersonalizationJson(const std::string& input_json) {
  nlohmann::json j;
  if (pronto::Status s = pronto::internal::ParseJson(
          input_json, "bad_request", "the personalisation input is", "send {draft: string, …}", &j);
      !s.ok()) {
    return ErrorJson(s);
  }
  if (!j.is_object() || !j.contains("draft") || !j["draft"].is_string()) {
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
  PRONTO_COLD std::string LoadLexicon(const std::string& bytes) {
    has_message_analysis_ = false;  // it came from the old lexicon
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

  // The allocation-free path for customer analysis, which the overlay calls
  // for every visible message: JavaScript encodes the text straight into the
  // buffer InputBuffer() returns, AnalyzePacked() analyses it and writes the
  // numbers to Results() (layout: kPacked* below), so neither the text nor a
  // JSON document crosses the boundary. Returns "" or the error JSON.
  uintptr_t InputBuffer(size_t capacity) {
    if (input_.size() < capacity) input_.resize(capacity);
    return reinterpret_cast<uintptr_t>(input_.data());
  }
  uintptr_t Results() { return reinterpret_cast<uintptr_t>(results_.data()); }
  // `lang`: 0 auto, 1 it, 2 en; `visibility`: 0 public, 1 private.
  std::string AnalyzePacked(size_t length, int lang, int visibility) {
    pronto::AnalyzeOptions options;
    options.role = pronto::Role::kCustomer;
    if (lang != 0) {
      options.detect_language = false;
      options.language = lang == 1 ? pronto::Language::kItalian : pronto::Language::kEnglish;
    }
    options.visibility = visibility == 1 ? pronto::Visibility::kPrivate : pronto::Visibility::kPublic;
    pronto::Analysis a;
    const pronto::Status s =
        analyzer_.Analyze(std::string_view(input_.data(), std::min(length, input_.size())), options, &a);
    if (!s.ok()) return ErrorJson(s);
    // Rounded as the JSON the CLI prints.
    double* r = results_.data();
    r[0] = static_cast<double>(a.language);
    r[1] = pronto::RoundReported(a.language_confidence);
    r[2] = static_cast<double>(a.sentiment.label);
    r[3] = pronto::RoundReported(a.sentiment.score);
    r[4] = pronto::RoundReported(a.sentiment.positive);
    r[5] = pronto::RoundReported(a.sentiment.negative);
    r[6] = a.sentiment.irony ? 1 : 0;
    r[7] = pronto::RoundReported(a.intents.toxicity);
    r[8] = pronto::RoundReported(a.intents.urgency);
    r[9] = a.priority;
    // Intents at or above the report threshold, most confident first (as Ranked()).
    std::array<size_t, pronto::kIntentCount> ranked{};
    size_t n = 0;
    for (size_t i = 0; i < pronto::kIntentCount; ++i) {
      if (a.intents.confidence[i] < pronto::kIntentReportThreshold) continue;
      size_t at = n++;  // a stable insertion: equal confidences keep the enum order
      for (; at > 0 && a.intents.confidence[ranked[at - 1]] < a.intents.confidence[i]; --at) {
        ranked[at] = ranked[at - 1];
      }
      ranked[at] = i;
    }
    for (size_t k = 0; k < n; ++k) {
      r[11 + 2 * k] = static_cast<double>(ranked[k]);
      r[12 + 2 * k] = pronto::RoundReported(a.intents.confidence[ranked[k]]);
    }
    r[10] = static_cast<double>(n);
    return std::string();
  }

  // Checks a reply draft as `pronto check --json` does, with no JSON either
  // way. In: the facade encodes the draft and then the customer message into
  // InputBuffer(); `flags`: bit 0 channel "x", bit 1 private, bits 2-3 the
  // draft's language (0 auto, 1 it, 2 en), bit 4 a follow-up in a
  // conversation the brand has written in; `lists_json` is "" or
  // {"templates":[…],"recent":[…]}. Out: the numbers in CheckResults()
  // (kCheck* layout below; each finding as the id of its texts, start, end),
  // and a return value that is "", an error, or the finding texts not sent
  // before: {"reset":bool,"texts":[[id,rule,severity,en,it,suggestion en,it],…]}
  // — a finding's words cross the boundary once, not at every keystroke.
  std::string CheckPacked(size_t draft_length, size_t message_length, const std::string& name, int flags,
                          double caret, const std::string& lists_json) {
    if (draft_length + message_length > input_.size()) {
      return ErrorJson(pronto::Status::Error("bad_request", "checkPacked: lengths beyond the input buffer"));
    }
    pronto::ReplyContext context;
    context.customer_message.assign(input_.data() + draft_length, message_length);
    context.customer_name = name;
    if (flags & 1) context.channel = "x";
    if (flags & 2) context.visibility = pronto::Visibility::kPrivate;
    context.follow_up = (flags & 16) != 0;
    if (caret >= 0 && caret <= 4294967295.0) context.caret = static_cast<size_t>(caret);  // -1: no caret
    const int lang = (flags >> 2) & 3;
    if (lang != 0) {
      context.detect_language = false;
      context.language = lang == 1 ? pronto::Language::kItalian : pronto::Language::kEnglish;
    }
    if (!lists_json.empty()) {
      nlohmann::json j;
      if (pronto::Status s =
              pronto::internal::ParseJson(lists_json, "bad_request", "checkPacked: the lists are",
                                          "send {templates?: [string], recent?: [string]}", &j);
          !s.ok()) {
        return ErrorJson(s);
      }
      if (!j.is_object()) {
        return ErrorJson(
            pronto::Status::Error("bad_request", "checkPacked: the lists must be a JSON object"));
      }
      for (const char* list : {"templates", "recent"}) {
        if (!j.contains(list) || !j[list].is_array()) continue;
        for (const auto& item : j[list]) {
          if (item.is_string()) {
            (std::string(list) == "templates" ? context.templates : context.recent_replies).push_back(item);
          }
        }
      }
    }
    // The thread's message is analysed once, not at every keystroke. (When
    // it cannot be, CheckReply analyses it again and reports the error.)
    const std::string_view message(input_.data() + draft_length, message_length);
    if (!message.empty()) {
      if (!has_message_analysis_ || message != analysed_message_ ||
          context.visibility != analysed_visibility_) {
        pronto::AnalyzeOptions options;
        options.role = pronto::Role::kCustomer;
        options.visibility = context.visibility;
        has_message_analysis_ = analyzer_.Analyze(message, options, &message_analysis_).ok();
        analysed_message_.assign(message);
        analysed_visibility_ = context.visibility;
      }
      if (has_message_analysis_) context.message_analysis = &message_analysis_;
    }
    const pronto::Status s = pronto::CheckReply(
        &analyzer_, *rules_, std::string_view(input_.data(), draft_length), context, &check_);
    if (!s.ok()) return ErrorJson(s);
    return PackCheck(context);
  }

  uintptr_t CheckResults() { return reinterpret_cast<uintptr_t>(check_results_.data()); }

  // Replaces the team's rules; returns "" or an error naming the rule (old rules kept).
  PRONTO_COLD std::string SetRules(const std::string& rules_json) {
    auto rules = std::make_shared<pronto::ReplyRules>();
    const pronto::Status s = pronto::ReplyRules::FromJson(rules_json, rules.get());
    if (!s.ok()) return ErrorJson(s);
    rules_ = rules;
    analyzer_.SetReplyRules(rules_);
    return "";
  }

 private:
  // CheckResults() layout: status (0 ok, 1 review, 2 stop), language,
  // politeness, readability, weighted length, limit, finding count, findings
  // deferred at the caret, then per finding its text id, start and end.
  static constexpr size_t kCheckHeader = 8;
  static constexpr size_t kFindingTextsCap = 1024;  // then the ids start over ("reset")

  std::string PackCheck(const pronto::ReplyContext& context) {
    const std::string_view status = check_.status;
    check_results_.assign(kCheckHeader + 3 * check_.findings.size(), 0.0);
    double* r = check_results_.data();
    r[0] = status == "stop" ? 2 : status == "review" ? 1 : 0;
    r[1] = static_cast<double>(check_.analysis.language);
    r[2] = pronto::RoundReported(check_.analysis.politeness);  // as the JSON rounds it
    r[3] = check_.readability;
    r[4] = check_.weighted_length;
    r[5] = context.channel == "x" ? 280 : 1000;
    r[6] = static_cast<double>(check_.findings.size());
    r[7] = static_cast<double>(check_.deferred);
    nlohmann::json fresh = nlohmann::json::array();
    bool reset = false;
    if (finding_texts_.size() + check_.findings.size() > kFindingTextsCap) {
      finding_texts_.clear();
      reset = true;
    }
    for (size_t k = 0; k < check_.findings.size(); ++k) {
      const pronto::Finding& f = check_.findings[k];
      const char* severity = pronto::SeverityName(f.severity);
      key_.clear();
      for (const std::string_view part :
           {std::string_view(f.rule), std::string_view(severity), std::string_view(f.message_en),
            std::string_view(f.message_it), std::string_view(f.suggestion_en),
            std::string_view(f.suggestion_it)}) {
        key_.append(part);
        key_ += '\0';
      }
      auto [at, added] = finding_texts_.try_emplace(key_, static_cast<int>(finding_texts_.size()));
      if (added) {
        fresh.push_back(
            {at->second, f.rule, severity, f.message_en, f.message_it, f.suggestion_en, f.suggestion_it});
      }
      r[kCheckHeader + 3 * k] = at->second;
      r[kCheckHeader + 3 * k + 1] = static_cast<double>(f.utf16_begin);
      r[kCheckHeader + 3 * k + 2] = static_cast<double>(f.utf16_end);
    }
    if (fresh.empty() && !reset) return std::string();
    return pronto::DumpJson(nlohmann::json{{"reset", reset}, {"texts", std::move(fresh)}});
  }

  pronto::Analyzer analyzer_;
  pronto::ReplyCheck check_;  // the last check, packed by PackCheck
  // The last customer message checkPacked analysed, and for which visibility.
  bool has_message_analysis_ = false;
  std::string analysed_message_;
  pronto::Visibility analysed_visibility_ = pronto::Visibility::kPublic;
  pronto::Analysis message_analysis_;
  std::vector<double> check_results_;
  std::unordered_map<std::string, int> finding_texts_;  // the texts' key -> id known to the facade
  std::string key_;
  std::vector<char> input_ = std::vector<char>(1024);
  std::array<double, 11 + 2 * pronto::kIntentCount> results_{};
  std::shared_ptr<const pronto::ReplyRules> rules_ = std::make_shared<pronto::ReplyRules>();
};

// Timers, metrics and badge, owned by JavaScript.
class TrackerBinding {
 public:
  PRONTO_COLD std::string SetPolicy(const std::string& json) { return Result(tracker_.SetPolicyJson(json)); }
  PRONTO_COLD std::string SetZone(const std::string& json) { return Result(tracker_.SetZoneJson(json)); }
  // Returns {"added":N} or an error; nothing is added on error.
  PRONTO_COLD std::string AddEvents(const std::string& json) {
    size_t added = 0;
    const pronto::Status s = tracker_.AddEventsJson(json, &added);
    return s.ok() ? "{\"added\":" + std::to_string(added) + "}" : ErrorJson(s);
  }
  PRONTO_COLD std::string Timers(double now_ms) const {
    return tracker_.TimersJson(static_cast<int64_t>(now_ms));
  }
  PRONTO_COLD std::string Metrics(const std::string& options) const { return tracker_.MetricsJson(options); }
  PRONTO_COLD std::string Badge(const std::string& options) const { return tracker_.BadgeJson(options); }
  PRONTO_COLD std::string ExportBadge(const std::string& brand, const std::string& options) const {
    return tracker_.BadgeExportJson(brand, options);
  }
  // {"from":ms,"until":ms}: the span the zone table should cover.
  PRONTO_COLD std::string ZoneSpan(double now_ms) const {
    int64_t from = 0, until = 0;
    tracker_.ZoneSpanNeeded(static_cast<int64_t>(now_ms), &from, &until);
    return "{\"from\":" + std::to_string(from) + ",\"until\":" + std::to_string(until) + "}";
  }
  std::string TimeZone() const { return tracker_.policy().time_zone; }

 private:
  static std::string Result(const pronto::Status& s) { return s.ok() ? "" : ErrorJson(s); }
  pronto::ResponsivenessTracker tracker_;
};

PRONTO_COLD std::string FirstNameFromDisplayName(const std::string& name) {
  return pronto::FirstNameFromDisplayName(name);
}

std::string CoreVersion() { return pronto::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(pronto) {
  // The responsiveness tracker (timers, metrics, badge).
  emscripten::class_<TrackerBinding>("Tracker")
      .constructor<>()
      .function("setPolicy", &TrackerBinding::SetPolicy)
      .function("setZone", &TrackerBinding::SetZone)
      .function("addEvents", &TrackerBinding::AddEvents)
      .function("timers", &TrackerBinding::Timers)
      .function("metrics", &TrackerBinding::Metrics)
      .function("badge", &TrackerBinding::Badge)
      .function("exportBadge", &TrackerBinding::ExportBadge)
      .function("zoneSpan", &TrackerBinding::ZoneSpan)
      .function("timeZone", &TrackerBinding::TimeZone);
  emscripten::function("version", &CoreVersion);
  // Text, tone, templates.
  emscripten::function("tokenizePacked", &TokenizePacked);
  emscripten::function("tokenizeJson", &TokenizeJson);
  emscripten::function("tokenKindNames", &TokenKindNames);
  emscripten::function("analysisNames", &AnalysisNames);
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
      .function("analyzeText", &AnalyzerBinding::AnalyzeText)
      .function("inputBuffer", &AnalyzerBinding::InputBuffer)
      .function("results", &AnalyzerBinding::Results)
      .function("analyzePacked", &AnalyzerBinding::AnalyzePacked)
      .function("checkPacked", &AnalyzerBinding::CheckPacked)
      .function("checkResults", &AnalyzerBinding::CheckResults)
      .function("setRules", &AnalyzerBinding::SetRules);
}

#endif  // PRONTO_BADGE_BUILD

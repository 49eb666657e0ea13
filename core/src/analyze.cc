// Copyright 2026 The Pronto Authors.
#include "pronto/analyze.h"

#include <nlohmann/json.hpp>

#include "json_dump.h"
#include "json_error.h"
#include "json_writer.h"
#include "pronto/finding.h"
#include "pronto/politeness.h"
#include "pronto/reply_checks.h"

namespace pronto {
namespace {

using json = nlohmann::ordered_json;

// Writes the analysis fields (no braces) in the order of the CLI contract.
void WriteAnalysis(const Analysis& a, const AnalyzeOptions& options, const ReplyCheck* reply, JsonWriter* w) {
  w->Key("lang");
  w->String(LanguageName(a.language));
  w->Key("lang_confidence");
  w->Double3(RoundReported(a.language_confidence));
  w->Key("sentiment");
  w->BeginObject();
  w->Key("label");
  w->String(SentimentLabelName(a.sentiment.label));
  w->Key("score");
  w->Double3(RoundReported(a.sentiment.score));
  w->Key("positive");
  w->Double3(RoundReported(a.sentiment.positive));
  w->Key("negative");
  w->Double3(RoundReported(a.sentiment.negative));
  w->Key("irony");
  w->Bool(a.sentiment.irony);
  w->EndObject();
  w->Key("intents");
  w->BeginArray();
  for (const IntentScore& i : a.intents.Ranked(kIntentReportThreshold)) {
    w->BeginObject();
    w->Key("name");
    w->String(IntentName(i.intent));
    w->Key("confidence");
    w->Double3(RoundReported(i.confidence));
    w->EndObject();
  }
  w->EndArray();
  w->Key("toxicity");
  w->Double3(RoundReported(a.intents.toxicity));
  w->Key("urgency");
  w->Double3(RoundReported(a.intents.urgency));
  w->Key("priority");
  w->Int(a.priority);
  if (options.role == Role::kReply && reply != nullptr) {
    w->Key("politeness");
    w->Double3(RoundReported(a.politeness));
    w->Key("findings");
    w->Raw(FindingsToJson(reply->findings));
    w->Key("status");
    w->String(reply->status);
    w->Key("readability");
    w->Double3(reply->readability);
    w->Key("weightedLength");
    w->Int(reply->weighted_length);
  }
}

json ErrorObject(const std::string& code, const std::string& message) {
  return {{"code", code}, {"message", message}};
}

}  // namespace

Status Analyzer::Analyze(std::string_view text, const AnalyzeOptions& options, Analysis* analysis) {
  if (lexicon_.empty()) {
    return Status::Error("no_lexicon", "no lexicon is loaded; call LoadLexicon with the lexicon asset first");
  }
  Status status = Tokenize(text, &tokens_);
  if (!status.ok()) return status;
  features_.Prepare(tokens_, lexicon_, /*texting=*/options.role == Role::kCustomer);
  Analysis a;
  if (options.detect_language) {
    const LanguageGuess guess = DetectLanguage(features_);
    a.language = guess.language;
    a.language_confidence = guess.confidence;
  } else {
    a.language = options.language;
    a.language_confidence = 1;
  }
  features_.Match(a.language, lexicon_);
  a.sentiment = AnalyzeSentiment(features_, a.language);
  if (options.role == Role::kCustomer) {
    MarkSarcasticPraise(features_, DefaultSentimentThresholds(a.language), &a.sentiment);
  }
  a.intents = DetectIntents(features_, a.sentiment);
  if (options.role == Role::kCustomer) {
    SetAsideSpam(a.intents, &a.sentiment);
    MarkPlainQuestion(features_, a.intents, &a.sentiment);
    MarkAcknowledgement(features_, &a.intents, &a.sentiment);
    MarkPlainComplaint(&a.intents, &a.sentiment);
  }
  a.priority = ComputePriority(a.sentiment, a.intents, options.visibility);
  if (options.role == Role::kReply) a.politeness = ScorePoliteness(features_, a.sentiment, a.intents);
  *analysis = a;
  return Status::Ok();
}

std::string Analyzer::AnalyzeToJson(std::string_view text, const AnalyzeOptions& options) {
  ReplyContext context;
  context.visibility = options.visibility;
  context.detect_language = options.detect_language;
  context.language = options.language;
  return AnalyzeReplyToJson(text, options, context);
}

std::string Analyzer::AnalyzeReplyToJson(std::string_view text, const AnalyzeOptions& options,
                                         const ReplyContext& context) {
  Analysis a;
  ReplyCheck reply;
  Status status;
  if (options.role == Role::kReply) {
    static const ReplyRules* const kNoRules = new ReplyRules();
    status = CheckReply(this, reply_rules_ ? *reply_rules_ : *kNoRules, text, context, &reply);
    a = reply.analysis;
  } else {
    status = Analyze(text, options, &a);
  }
  if (!status.ok()) {
    json e = ErrorObject(status.code(), status.message());
    if (status.has_offset()) e["offset"] = status.offset();
    return DumpJson(json{{"error", e}});
  }
  JsonWriter w;
  w.BeginObject();
  WriteAnalysis(a, options, &reply, &w);
  w.EndObject();
  return w.Take();
}

std::string Analyzer::AnalyzeJsonLine(std::string_view line, const AnalyzeOptions& defaults,
                                      size_t line_number, bool* failed) {
  if (failed != nullptr) *failed = false;
  size_t first = 0;
  while (first < line.size() && (line[first] == ' ' || line[first] == '\t' || line[first] == '\r')) ++first;
  if (first == line.size()) return std::string();
  const std::string where = "line " + std::to_string(line_number) + ": ";
  json out = json::object();
  auto fail = [&](const std::string& code, const std::string& message) {
    if (failed != nullptr) *failed = true;
    if (!out.contains("id")) out["id"] = nullptr;
    out["line"] = line_number;
    out["error"] = ErrorObject(code, where + message);
    return DumpJson(out);
  };
  const json in = json::parse(line.begin(), line.end(), nullptr, false);
  if (in.is_discarded()) {
    // The place within this line: "line 3: not valid JSON at column 14".
    const internal::JsonError e = internal::DiagnoseJson(line, /*single_line=*/true);
    if (e.invalid_utf8) return fail("invalid_utf8", e.description + "; send the text as UTF-8");
    return fail("bad_json", e.description + "; expected {\"id\":…,\"text\":\"…\"}");
  }
  if (!in.is_object()) return fail("bad_json", "expected a JSON object {\"id\":…,\"text\":\"…\"}");
  out["id"] = in.contains("id") ? in["id"] : json(nullptr);
  if (!in.contains("text")) return fail("missing_field", "the field \"text\" is missing");
  if (!in["text"].is_string()) return fail("bad_field", "the field \"text\" must be a string");
  AnalyzeOptions options = defaults;
  if (in.contains("role")) {
    const json& r = in["role"];
    if (r == "customer") {
      options.role = Role::kCustomer;
    } else if (r == "reply") {
      options.role = Role::kReply;
    } else {
      return fail("bad_field", "the field \"role\" must be \"customer\" or \"reply\"");
    }
  }
  if (in.contains("lang")) {
    const json& l = in["lang"];
    Language language;
    if (l == "auto") {
      options.detect_language = true;
    } else if (l.is_string() && l != "other" && ParseLanguage(l.get<std::string>(), &language)) {
      options.detect_language = false;
      options.language = language;
    } else {
      return fail("bad_field", "the field \"lang\" must be \"auto\", \"it\" or \"en\"");
    }
  }
  if (in.contains("visibility")) {
    const json& v = in["visibility"];
    if (v == "public") {
      options.visibility = Visibility::kPublic;
    } else if (v == "private") {
      options.visibility = Visibility::kPrivate;
    } else {
      return fail("bad_field", "the field \"visibility\" must be \"public\" or \"private\"");
    }
  }
  const std::string& text = in["text"].get_ref<const std::string&>();
  // A reply can carry what it answers: "message" (the customer's), "name",
  // "channel" ("x"|"facebook"), "templates" and "recent" (arrays of texts),
  // "followUp" (true when the brand has already written in the conversation).
  ReplyContext context;
  context.visibility = options.visibility;
  context.detect_language = options.detect_language;
  context.language = options.language;
  for (const char* field : {"message", "name", "channel"}) {
    if (!in.contains(field)) continue;
    if (!in[field].is_string())
      return fail("bad_field", std::string("the field \"") + field + "\" must be a string");
    const std::string value = in[field].get<std::string>();
    if (std::string(field) == "message") context.customer_message = value;
    if (std::string(field) == "name") context.customer_name = value;
    if (std::string(field) == "channel") {
      if (value != "x" && value != "facebook")
        return fail("bad_field", "the field \"channel\" must be \"x\" or \"facebook\"");
      context.channel = value;
    }
  }
  if (in.contains("followUp")) {
    if (!in["followUp"].is_boolean())
      return fail("bad_field", "the field \"followUp\" must be true or false");
    context.follow_up = in["followUp"].get<bool>();
  }
  for (const char* field : {"templates", "recent"}) {
    if (!in.contains(field)) continue;
    if (!in[field].is_array())
      return fail("bad_field", std::string("the field \"") + field + "\" must be an array of strings");
    for (const json& item : in[field]) {
      if (!item.is_string())
        return fail("bad_field", std::string("the field \"") + field + "\" must be an array of strings");
      (std::string(field) == "templates" ? context.templates : context.recent_replies)
          .push_back(item.get<std::string>());
    }
  }
  const std::string analysis = AnalyzeReplyToJson(text, options, context);
  if (analysis.compare(0, 9, "{\"error\":") == 0) {
    const json e = json::parse(analysis, nullptr, false);
    return fail(e["error"]["code"].get<std::string>(), e["error"]["message"].get<std::string>());
  }
  // Splice the id in front of the analysis object.
  return "{\"id\":" + DumpJson(out["id"]) + "," + analysis.substr(1);
}

}  // namespace pronto

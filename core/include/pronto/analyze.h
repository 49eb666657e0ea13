// Copyright 2026 The Pronto Authors.
//
// The tone engine's facade: one call analyses a message (language, sentiment,
// intents, toxicity, priority; for a reply draft also politeness) and one
// call speaks the JSON Lines protocol of `pronto analyze`, so the CLI and the
// wasm binding share every byte of behaviour.
//
//   pronto::Analyzer analyzer;
//   pronto::Status s = analyzer.LoadLexicon(asset_bytes);  // the built lexicon asset
//   pronto::Analysis a;
//   s = analyzer.Analyze("Ancora nessuna risposta!!", pronto::AnalyzeOptions(), &a);
//   // a.language == kItalian, a.sentiment.label == kNegative, a.priority == 7x
//   std::string line = analyzer.AnalyzeJsonLine(R"({"id":1,"text":"grazie ❤️"})", options, 1);
//
// An Analyzer keeps its scratch buffers between calls, so analysing a stream
// of messages allocates almost nothing after the first few. It is not
// thread-safe: use one per thread.
#ifndef PRONTO_ANALYZE_H_
#define PRONTO_ANALYZE_H_

#include <cmath>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/features.h"
#include "pronto/intents.h"
#include "pronto/language.h"
#include "pronto/lexicon.h"
#include "pronto/priority.h"
#include "pronto/sentiment.h"
#include "pronto/status.h"
#include "pronto/text.h"

namespace pronto {

class ReplyRules;
struct ReplyContext;

// Who wrote the text.
enum class Role : uint8_t {
  kCustomer,  // an incoming message: priority matters
  kReply,     // the brand's draft: politeness (and, later, findings) matter
};

// How to analyse.
struct AnalyzeOptions {
  Role role = Role::kCustomer;
  bool detect_language = true;             // false: use `language`
  Language language = Language::kEnglish;  // used when detect_language is false
  Visibility visibility = Visibility::kPublic;
};

// Everything the engine says about one message.
struct Analysis {
  Language language = Language::kOther;
  float language_confidence = 0;  // 1 when the language was given
  Sentiment sentiment;
  Intents intents;
  int priority = 0;
  float politeness = 0;  // computed for Role::kReply only
};

// A figure of an Analysis as every report gives it (the JSON, the wasm
// facade's packed results, the ranking inputs of `pronto suggest`): rounded
// to 3 decimals, k/1000 being the double that parsing "0.k" gives, and never
// -0.
inline double RoundReported(float x) { return std::round(static_cast<double>(x) * 1000.0) / 1000.0 + 0.0; }

// Analyses messages with one loaded lexicon.
class Analyzer {
 public:
  // Loads the lexicon asset (see lexicon.h). Until it succeeds, Analyze fails.
  Status LoadLexicon(std::string_view data) { return lexicon_.Load(data); }

  // The loaded lexicon.
  const Lexicon& lexicon() const { return lexicon_; }

  // Analyses `text` (UTF-8). Fails on invalid UTF-8 (naming the byte offset)
  // or when no lexicon is loaded.
  Status Analyze(std::string_view text, const AnalyzeOptions& options, Analysis* analysis);

  // The tokens of the last message analysed (views into its text: valid
  // while that text is).
  const std::vector<Token>& tokens() const { return tokens_; }

  // The features of the last message analysed (tokens matched against the
  // lexicon), for callers that add their own checks.
  const TextFeatures& features() const { return features_; }

  // Analyses `text` and returns the analysis as a JSON object without an id:
  // {"lang":"it","lang_confidence":…,"sentiment":{"label","score","positive",
  // "negative","irony"},"intents":[{"name","confidence"}…],"toxicity":…,
  // "urgency":…,"priority":…} plus, for a reply, "politeness" and "findings".
  // On failure returns {"error":{"code":…,"message":…}}.
  std::string AnalyzeToJson(std::string_view text, const AnalyzeOptions& options);

  // Like AnalyzeToJson, for a reply draft checked against `context` (what it
  // answers, the channel, templates and recent replies): adds "findings",
  // "status", "readability" and "weightedLength" (see reply_checks.h).
  std::string AnalyzeReplyToJson(std::string_view text, const AnalyzeOptions& options,
                                 const ReplyContext& context);

  // One step of the `pronto analyze` JSON Lines protocol: `line` is an object
  // {"id":…,"text":…} with optional "role" ("customer"|"reply"), "lang"
  // ("auto"|"it"|"en") and "visibility" ("public"|"private") overriding
  // `defaults`. Returns the output line (no newline): the analysis with "id"
  // first, or {"id":…,"line":N,"error":{"code","message"}} naming the line
  // and field. A blank line returns an empty string. `*failed` (when given)
  // tells which of the two it is.
  std::string AnalyzeJsonLine(std::string_view line, const AnalyzeOptions& defaults, size_t line_number,
                              bool* failed = nullptr);

  // Sets the team's own reply rules (see reply_checks.h), used by every
  // reply analysed from now on; nullptr for none.
  void SetReplyRules(std::shared_ptr<const ReplyRules> rules) { reply_rules_ = std::move(rules); }

 private:
  Lexicon lexicon_;
  std::vector<Token> tokens_;
  TextFeatures features_;
  std::shared_ptr<const ReplyRules> reply_rules_;
};

}  // namespace pronto

#endif  // PRONTO_ANALYZE_H_

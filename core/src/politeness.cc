// Copyright 2026 The Pronto Authors.
#include "pronto/politeness.h"

#include <cmath>
#include <string_view>

namespace pronto {
namespace {

// Team constants, set by hand.
constexpr float kInitialPlease = 0.4f;       // "Please do X" is an order with a softener
constexpr float kDirectStart = -0.3f;        // "So…", "And…", "Quindi…"
constexpr float kSecondPersonStart = -0.3f;  // "You…", "Tu…"
constexpr float kSentiment = 0.3f;
constexpr float kToxicity = -1.2f;
constexpr float kShouting = -0.3f;       // two or more ALL CAPS words
constexpr float kExclamations = -0.2f;   // two or more '!'
constexpr float kBareQuestion = -0.15f;  // a question with no softener at all
constexpr float kScale = 0.9f;

bool IsOneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

}  // namespace

float ScorePoliteness(const TextFeatures& features, const Sentiment& sentiment, const Intents& intents) {
  float sum = 0;
  bool softened = false;
  bool first = true;
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t i = 0; i < tokens.size();) {
    const FeatureToken& t = tokens[i];
    if (!t.lexical()) {
      ++i;
      continue;
    }
    const std::string_view w = features.norm(t);
    if (t.sentence_start && t.kind == TokenKind::kWord) {
      if (first && IsOneOf(w, {"so", "then", "and", "but", "quindi", "allora", "e", "ma", "dunque"}))
        sum += kDirectStart;
      if (IsOneOf(w, {"you", "u", "your", "tu", "voi"})) sum += kSecondPersonStart;
    }
    first = false;
    const bool whole_phrase = t.phrase != nullptr && t.phrase->Has(LexiconEntry::kPolite);
    const LexiconEntry* e = whole_phrase ? t.phrase : t.entry;
    if (e && e->Has(LexiconEntry::kPolite)) {
      float p = e->politeness;
      if (t.sentence_start && !whole_phrase && (w == "please" || w == "pls" || w == "plz"))
        p *= kInitialPlease;
      if (p > 0) softened = true;
      sum += p;
    }
    i += whole_phrase ? t.phrase_tokens : 1;
  }
  sum += kSentiment * sentiment.score;
  sum += kToxicity * intents.toxicity;
  if (features.caps_words() >= 2) sum += kShouting;
  if (features.exclamations() >= 2) sum += kExclamations;
  if (features.questions() > 0 && !softened) sum += kBareQuestion;
  return std::tanh(kScale * sum);
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// Language identification for short social messages: Italian, English or
// other. Evidence comes from function words (including social forms such as
// "cmq", "xké", "u", "im"), words only one language's lexicon knows, accented
// vowels, English contractions and non-Latin scripts; emoji, mentions,
// hashtags' '#' and URLs carry none.
//
//   pronto::TextFeatures features;
//   features.Prepare(tokens, lexicon);
//   pronto::LanguageGuess g = pronto::DetectLanguage(features);
//   // g.language == pronto::Language::kItalian, g.confidence in [0, 1]
#ifndef PRONTO_LANGUAGE_H_
#define PRONTO_LANGUAGE_H_

#include <string_view>

#include "pronto/features.h"
#include "pronto/lexicon.h"

namespace pronto {

// The outcome of language identification.
struct LanguageGuess {
  Language language = Language::kOther;
  // The share of the evidence that points to `language`, 0 when there was none.
  float confidence = 0;
};

// Guesses the language of a prepared message from the exact lexicon entries
// TextFeatures::Prepare found (Match is not needed). A message without words
// (an emoji-only reaction) is kOther with confidence 0.
LanguageGuess DetectLanguage(const TextFeatures& features);

// Parses "it", "en" or "other" into `*language`; false for anything else.
bool ParseLanguage(std::string_view name, Language* language);

}  // namespace pronto

#endif  // PRONTO_LANGUAGE_H_

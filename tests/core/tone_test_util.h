// Copyright 2026 The Pronto Authors.
//
// Helpers shared by the tone-engine tests: the built lexicon asset and a
// one-call analysis.
#ifndef PRONTO_TESTS_CORE_TONE_TEST_UTIL_H_
#define PRONTO_TESTS_CORE_TONE_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>

#include "pronto/analyze.h"

namespace pronto {
namespace testing_util {

// Returns the bytes of the lexicon asset the build generated.
inline std::string ReadLexiconAsset() {
  std::ifstream in(PRONTO_LEXICON_ASSET, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A process-wide analyzer with the built lexicon loaded.
inline Analyzer& SharedAnalyzer() {
  static Analyzer* analyzer = [] {
    auto* a = new Analyzer();
    const Status s = a->LoadLexicon(ReadLexiconAsset());
    if (!s.ok()) std::abort();
    return a;
  }();
  return *analyzer;
}

// Analyses `text` with automatic language detection (or `lang` when given).
inline Analysis Analyze(const std::string& text, Role role = Role::kCustomer, const char* lang = nullptr) {
  AnalyzeOptions options;
  options.role = role;
  if (lang) {
    options.detect_language = false;
    ParseLanguage(lang, &options.language);
  }
  Analysis a;
  const Status s = SharedAnalyzer().Analyze(text, options, &a);
  if (!s.ok()) std::abort();
  return a;
}

}  // namespace testing_util
}  // namespace pronto

#endif  // PRONTO_TESTS_CORE_TONE_TEST_UTIL_H_

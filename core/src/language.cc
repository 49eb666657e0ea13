// Copyright 2026 The Pronto Authors.
#include "pronto/language.h"

namespace pronto {
namespace {

// Evidence weights, set by hand.
constexpr float kStopwordWeight = 1.0f;     // a function word, split among the languages listing it
constexpr float kLexiconWeight = 0.5f;      // a content word only one language's lexicon has
constexpr float kAccentWeight = 0.6f;       // à è é ì ò ù at the end of a word: "perché", "città"
constexpr float kContractionWeight = 0.8f;  // "don't", "it's", "i'm"
constexpr float kEndingWeight = 0.15f;      // a word ending in a vowel (it) or a consonant (en)
constexpr float kMinimumEvidence = 0.15f;   // below this the message is kOther: one short word is enough

bool EndsWithAccentedVowel(std::string_view w) {
  if (w.size() < 2) return false;
  const unsigned char a = static_cast<unsigned char>(w[w.size() - 2]);
  const unsigned char b = static_cast<unsigned char>(w[w.size() - 1]);
  // à è é ì ò ó ù: C3 A0, A8, A9, AC, B2, B3, B9.
  return a == 0xC3 &&
         (b == 0xA0 || b == 0xA8 || b == 0xA9 || b == 0xAC || b == 0xB2 || b == 0xB3 || b == 0xB9);
}

bool IsEnglishContraction(std::string_view w) {
  const size_t apostrophe = w.find('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0) return false;
  const std::string_view tail = w.substr(apostrophe + 1);
  return tail == "t" || tail == "s" || tail == "m" || tail == "re" || tail == "ve" || tail == "ll" ||
         tail == "d";
}

bool HasContent(const LexiconEntry* e) {
  return e != nullptr &&
         (e->flags & (LexiconEntry::kValence | LexiconEntry::kCue | LexiconEntry::kToxic |
                      LexiconEntry::kPolite | LexiconEntry::kNegator | LexiconEntry::kBooster)) != 0;
}

}  // namespace

LanguageGuess DetectLanguage(const TextFeatures& features) {
  float it = 0, en = 0, other = 0;
  for (const FeatureToken& t : features.tokens()) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kHashtag) continue;
    std::string_view w = features.norm(t);
    if (t.kind == TokenKind::kHashtag) w.remove_prefix(1);
    if (t.non_latin) {
      other += kStopwordWeight;
      continue;
    }
    const LexiconEntry* e_it = t.exact[static_cast<size_t>(Lexicon::Table::kItalian)];
    const LexiconEntry* e_en = t.exact[static_cast<size_t>(Lexicon::Table::kEnglish)];
    const LexiconEntry* e_sh = t.exact[static_cast<size_t>(Lexicon::Table::kShared)];
    const bool s_it = e_it && e_it->Has(LexiconEntry::kStopword);
    const bool s_en = e_en && e_en->Has(LexiconEntry::kStopword);
    const bool s_other = e_sh && e_sh->Has(LexiconEntry::kForeignStopword);
    const int listed = s_it + s_en + s_other;
    if (t.kind == TokenKind::kWord && listed > 0) {
      const float share = kStopwordWeight / static_cast<float>(listed);
      it += s_it ? share : 0;
      en += s_en ? share : 0;
      other += s_other ? share : 0;
      continue;
    }
    if (IsEnglishContraction(w)) {
      en += kContractionWeight;
      continue;
    }
    if (EndsWithAccentedVowel(w)) {
      it += kAccentWeight;
      continue;
    }
    const bool c_it = HasContent(e_it);
    const bool c_en = HasContent(e_en);
    if (c_it != c_en) {
      (c_it ? it : en) += kLexiconWeight;
      continue;
    }
    if (w.size() >= 3 && !c_it) {
      const char last = w.back();
      const bool vowel = last == 'a' || last == 'e' || last == 'i' || last == 'o';
      (vowel ? it : en) += kEndingWeight;
    }
  }
  LanguageGuess guess;
  const float total = it + en + other;
  if (total < kMinimumEvidence) return guess;
  if (it > en && it >= other) {
    guess.language = Language::kItalian;
    guess.confidence = it / total;
  } else if (en >= it && en >= other) {
    guess.language = Language::kEnglish;
    guess.confidence = en / total;
  } else {
    guess.language = Language::kOther;
    guess.confidence = other / total;
  }
  return guess;
}

bool ParseLanguage(std::string_view name, Language* language) {
  if (name == "it") {
    *language = Language::kItalian;
  } else if (name == "en") {
    *language = Language::kEnglish;
  } else if (name == "other") {
    *language = Language::kOther;
  } else {
    return false;
  }
  return true;
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// Text as search terms: case and accents folded ("Perché" → "perche"), stop
// words dropped, words lightly stemmed per language ("rimborsato", "rimborso"
// → "rimbors"; "refunded", "refunds" → "refund"). Template ranking and the
// personalisation check compare texts through these terms.
//
//   std::vector<pronto::SearchTerm> terms;
//   pronto::SearchTerms("Il mio ordine è in ritardo!", pronto::SearchLanguage::kItalian, &terms);
//   // terms: {"ordin", …}, {"ritard", …} with their UTF-16 spans
#ifndef PRONTO_SEARCH_TEXT_H_
#define PRONTO_SEARCH_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pronto/text.h"

namespace pronto {

// Which stemmer and stop-word list to use.
enum class SearchLanguage { kEnglish, kItalian };

// Appends `utf8` lower-cased with Latin accents removed (à→a, ß→s, œ→o,
// combining marks dropped, ’→') to `*out`. Other characters are copied.
void AppendFolded(std::string_view utf8, std::string* out);

// Writes `utf8` folded as AppendFolded does to `out`, which has room for
// utf8.size() bytes (folding never lengthens a text); returns the length.
size_t FoldTo(std::string_view utf8, char* out);

// Returns `utf8` folded as AppendFolded does.
std::string Fold(std::string_view utf8);

// The words of a tokenized text, each folded once (as Fold) into one arena,
// with their UTF-16 spans and tokens. Not copyable: the views point into the
// arena, which may be inline.
struct FoldedWords {
  FoldedWords() = default;
  FoldedWords(const FoldedWords&) = delete;
  FoldedWords& operator=(const FoldedWords&) = delete;

  std::vector<std::string_view> folded;  // into `arena`
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<const Token*> tokens;
  std::string arena;
};

// Fills an empty `*out` with the tokens for which `text_of(token)` (a
// std::optional<std::string_view> of the token's own text) has a value: that
// text folded, the token's span, the token.
template <typename TextOf>
void FoldWords(const std::vector<Token>& tokens, TextOf text_of, FoldedWords* out) {
  size_t bytes = 0;
  for (const Token& t : tokens) {
    if (const std::optional<std::string_view> text = text_of(t)) bytes += text->size();
  }
  out->arena.resize(bytes);  // once: folding never lengthens a text, so the views stay valid
  size_t used = 0;
  for (const Token& t : tokens) {
    const std::optional<std::string_view> text = text_of(t);
    if (!text) continue;
    const size_t length = FoldTo(*text, out->arena.data() + used);
    out->folded.emplace_back(out->arena.data() + used, length);
    used += length;
    out->spans.emplace_back(t.utf16_begin, t.utf16_end);
    out->tokens.push_back(&t);
  }
}

// Returns the light stem of a folded word.
std::string Stem(std::string_view folded_word, SearchLanguage language);

// True when the folded word is a stop word of `language` (articles,
// prepositions, pronouns, auxiliaries: words that say nothing about the topic).
bool IsStopWord(std::string_view folded_word, SearchLanguage language);

// The search term SearchTerms makes of one folded word: its stem, or "" for
// a stop word (an elided form's final apostrophe is dropped: "dell'").
std::string TermOf(std::string_view folded_word, SearchLanguage language);

// One search term of a text.
struct SearchTerm {
  std::string term;        // folded and stemmed
  size_t utf16_begin = 0;  // the source word's span in the text
  size_t utf16_end = 0;
  size_t position = 0;  // index among the text's words, stop words included
};

// Splits `utf8` into search terms: words, hashtags (without '#') and numbers;
// stop words are dropped but still counted in `position`, so phrases can be
// matched. Invalid UTF-8 yields no terms.
void SearchTerms(std::string_view utf8, SearchLanguage language, std::vector<SearchTerm>* terms);

// The same from a text's tokens (pronto::Tokenize), for callers that have them.
void SearchTerms(const std::vector<Token>& tokens, SearchLanguage language, std::vector<SearchTerm>* terms);

}  // namespace pronto

#endif  // PRONTO_SEARCH_TEXT_H_

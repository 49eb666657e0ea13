// Copyright 2026 The Pronto Authors.
//
// Internal: the byte-string tests of the hot paths, inline (in wasm the
// library memcmp is a call and a byte loop).
#ifndef PRONTO_SRC_BYTES_H_
#define PRONTO_SRC_BYTES_H_

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

#include "pronto/lexicon.h"  // SameBytes

namespace pronto {
namespace internal {

// Compared from the last letter back: the inflection fallbacks and the
// stemmers try a dozen short endings on a word, and most differ at the end.
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 1; i <= suffix.size(); ++i) {
    if (s[s.size() - i] != suffix[suffix.size() - i]) return false;
  }
  return true;
}

inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && SameBytes(s.substr(0, prefix.size()), prefix);
}

// ASCII letters compared without case ("Customer", "PHISHING").
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x += 32;
    if (y >= 'A' && y <= 'Z') y += 32;
    if (x != y) return false;
  }
  return true;
}

// Whether `word` is one of `list` (a team-written list of a few words).
template <size_t N>
inline bool IsOneOf(std::string_view word, const std::string_view (&list)[N]) {
  // Size and first byte before the bytes: most entries of a list differ
  // there, and a full comparison is a call to memcmp.
  for (std::string_view w : list) {
    if (w.size() == word.size() && (w.empty() || w[0] == word[0]) && w == word) return true;
  }
  return false;
}

// Whether a word list is in ascending order, as IsInSorted needs (for a
// static_assert beside the list).
template <size_t N>
constexpr bool IsSortedList(const std::string_view (&list)[N]) {
  for (size_t i = 1; i < N; ++i) {
    if (!(list[i - 1] < list[i])) return false;
  }
  return true;
}

// Whether `word` is one of `list`, sorted (IsSortedList): a binary search,
// for the longer lists asked of every word of a message, which most words
// are not in.
template <size_t N>
inline bool IsInSorted(std::string_view word, const std::string_view (&list)[N]) {
  // The order of std::string_view's operator<, with the first bytes compared
  // before a call to memcmp (as IsOneOf does).
  return std::binary_search(std::begin(list), std::end(list), word,
                            [](std::string_view a, std::string_view b) {
                              if (!a.empty() && !b.empty() && a[0] != b[0])
                                return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
                              return a < b;
                            });
}

}  // namespace internal
}  // namespace pronto

#endif  // PRONTO_SRC_BYTES_H_

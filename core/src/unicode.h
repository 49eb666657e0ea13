// Copyright 2026 The Pronto Authors.
//
// Internal: UTF-8 decoding and the character classes the tokenizer needs,
// from the table generated out of Debian's unicode-data at build time.
#ifndef PRONTO_SRC_UNICODE_H_
#define PRONTO_SRC_UNICODE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace pronto {
namespace unicode {

enum class CharClass : uint8_t {
  kOther,              // controls, format characters, unassigned
  kLetter,             // general category L*, No, Nl
  kMark,               // M*: combining accents
  kDigit,              // Nd
  kSpace,              // White_Space
  kPunct,              // P*
  kSymbol,             // S* that is not pictographic
  kPictographic,       // Extended_Pictographic (emoji and their reserved ranges)
  kEmojiModifier,      // skin tones U+1F3FB..U+1F3FF
  kRegionalIndicator,  // U+1F1E6..U+1F1FF, the halves of a flag
};

// The classes of U+0000..U+007F, for the ASCII fast path.
extern const CharClass kAsciiClasses[128];  // defined constexpr in unicode.cc

// Returns the class of code point `cp` (kOther past U+10FFFF).
CharClass ClassOf(char32_t cp);

// Returns the class of an ASCII code point (`cp` < 0x80).
inline CharClass AsciiClassOf(char32_t cp) { return kAsciiClasses[cp]; }

// Decodes the code point starting at `s[i]` into `*cp` and returns its length
// in bytes (1 to 4), or 0 when the bytes there are not valid UTF-8: a stray
// continuation byte, a truncated sequence, an overlong form, a surrogate or a
// value past U+10FFFF.
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// The number of UTF-16 code units `cp` takes.
inline size_t Utf16Length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

}  // namespace unicode
}  // namespace pronto

#endif  // PRONTO_SRC_UNICODE_H_

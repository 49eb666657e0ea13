// Copyright 2026 The Pronto Authors.
//
// Text segmentation for short social messages in Italian and English.
//
//   std::vector<pronto::Token> tokens;
//   pronto::Status status = pronto::Tokenize("Ciao @anna 😍 :-) https://x.it", &tokens);
//   if (!status.ok()) {
//     std::cerr << status.message() << "\n";   // names the byte offset
//   }
//   for (const pronto::Token& t : tokens) {
//     // t.kind, t.text, t.utf16_begin/utf16_end (what the browser needs),
//     // t.byte_begin/byte_end (what the C++ side needs)
//   }
//
// Every token carries offsets in two units: UTF-16 code units, which is what a
// JavaScript string, a DOM Range and the CSS Custom Highlight API count in, and
// bytes of the UTF-8 input. White space is never part of a token.
#ifndef PRONTO_TEXT_H_
#define PRONTO_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/status.h"

namespace pronto {

// What a token is. The order is part of the JSON contract only through
// TokenKindName(), never through the numeric values.
enum class TokenKind : uint8_t {
  kWord,         // letters, with digits, inner apostrophes and hyphens: "don't", "e-mail", "A123"
  kNumber,       // digits with inner separators: "3", "1.000,50", "12:30"
  kEmoji,        // one emoji sequence: ZWJ families, skin tones, flags, keycaps
  kEmoticon,     // ASCII emoticons: ":-)", ";)", ":D", "<3", "xD", "^_^"
  kMention,      // "@handle"
  kHashtag,      // "#tag" (at least one letter)
  kUrl,          // "https://…", "www.…", "shop.example.com/path"
  kEmail,        // "name@example.com"
  kPunctuation,  // a run: "!!!", "?!", "...", "«"
  kSymbol,       // currency, maths and other symbols: "€", "%", "+"
};

// Returns the lower-case JSON name of `kind`, e.g. "emoticon".
const char* TokenKindName(TokenKind kind);

// One token of the input.
struct Token {
  TokenKind kind;
  std::string_view text;  // the token's bytes, exactly as in the input (a view into it)
  size_t byte_begin = 0;  // [byte_begin, byte_end) in the UTF-8 input
  size_t byte_end = 0;
  size_t utf16_begin = 0;  // [utf16_begin, utf16_end) in UTF-16 code units
  size_t utf16_end = 0;
};

// Returns OK when `utf8` is valid UTF-8, or the error Tokenize gives for it
// (naming the byte offset of the first invalid sequence).
Status CheckUtf8(std::string_view utf8);

// Splits `utf8` into tokens, appending them to `*tokens` (which is cleared
// first). The tokens' text views point into `utf8`: keep it alive while they
// are used. Returns an error naming the byte offset of the first invalid UTF-8
// sequence (overlong forms, surrogates and values past U+10FFFF are invalid);
// on error `*tokens` is left empty.
Status Tokenize(std::string_view utf8, std::vector<Token>* tokens);

// Returns the tokens as the JSON document the CLI and the wasm facade print:
// {"tokens":[{"kind":"word","text":"ciao","start":0,"end":4,"byteStart":0,"byteEnd":4},…]}
// where start/end are UTF-16 offsets.
std::string TokensToJson(const std::vector<Token>& tokens);

// Returns the UTF-16 offset of byte offset `byte` in the UTF-8 text `utf8`:
// the code units of the code points before it (a 4-byte sequence counts 2).
size_t Utf16OffsetOf(std::string_view utf8, size_t byte);

// Tokenizes and serialises in one go; on invalid input returns
// {"error":{"code":"invalid_utf8","message":…,"offset":N}}.
std::string TokenizeToJson(std::string_view utf8);

}  // namespace pronto

#endif  // PRONTO_TEXT_H_

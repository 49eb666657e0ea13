// Copyright 2026 The Pronto Authors.
#include "unicode.h"

#include <algorithm>
#include <iterator>

namespace pronto {
namespace unicode {
namespace {

#include "unicode_tables.inc"  // kRunStart, kRunClass (generated)

static_assert(std::size(kRunStart) == std::size(kRunClass), "generated tables disagree");

}  // namespace

CharClass ClassOf(char32_t cp) {
  if (cp < 0x80) {
    // The ASCII fast path: most social text is ASCII.
    static const CharClass* const ascii = [] {
      static CharClass table[0x80];
      for (char32_t c = 0; c < 0x80; ++c) {
        const uint32_t* run = std::upper_bound(std::begin(kRunStart), std::end(kRunStart), c) - 1;
        table[c] = static_cast<CharClass>(kRunClass[run - kRunStart]);
      }
      return table;
    }();
    return ascii[cp];
  }
  if (cp > 0x10FFFF) return CharClass::kOther;
  const uint32_t* run =
      std::upper_bound(std::begin(kRunStart), std::end(kRunStart), static_cast<uint32_t>(cp)) - 1;
  return static_cast<CharClass>(kRunClass[run - kRunStart]);
}

int DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  int len;
  char32_t value;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, value = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, value = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, value = b0 & 0x07, min = 0x10000;
  } else {
    return 0;  // a continuation byte or 0xF8..0xFF where a sequence should start
  }
  if (i + len > s.size()) return 0;
  for (int k = 1; k < len; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return len;
}

}  // namespace unicode
}  // namespace pronto

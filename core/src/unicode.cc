// Copyright 2026 The Pronto Authors.
#include "unicode.h"

#include <algorithm>
#include <iterator>

namespace pronto {
namespace unicode {
namespace {

#include "unicode_tables.inc"  // kRunStart, kRunClass (generated)

static_assert(std::size(kRunStart) == std::size(kRunClass), "generated tables disagree");

// The class of the run holding `cp`: a binary search, usable at compile time.
constexpr CharClass LookUp(char32_t cp) {
  size_t lo = 0, hi = std::size(kRunStart);  // kRunStart[lo] <= cp < kRunStart[hi]
  while (hi - lo > 1) {
    const size_t mid = lo + (hi - lo) / 2;
    if (kRunStart[mid] <= cp) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return static_cast<CharClass>(kRunClass[lo]);
}

}  // namespace

// Computed at compile time, so it is ready before any static initializer runs.
constexpr CharClass kAsciiClasses[128] = {
#define PRONTO_ASCII_ROW(base)                                                                       \
  LookUp(base + 0), LookUp(base + 1), LookUp(base + 2), LookUp(base + 3), LookUp(base + 4),          \
      LookUp(base + 5), LookUp(base + 6), LookUp(base + 7), LookUp(base + 8), LookUp(base + 9),      \
      LookUp(base + 10), LookUp(base + 11), LookUp(base + 12), LookUp(base + 13), LookUp(base + 14), \
      LookUp(base + 15)
    PRONTO_ASCII_ROW(0x00), PRONTO_ASCII_ROW(0x10), PRONTO_ASCII_ROW(0x20), PRONTO_ASCII_ROW(0x30),
    PRONTO_ASCII_ROW(0x40), PRONTO_ASCII_ROW(0x50), PRONTO_ASCII_ROW(0x60), PRONTO_ASCII_ROW(0x70),
#undef PRONTO_ASCII_ROW
};

CharClass ClassOf(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses[cp];
  if (cp > 0x10FFFF) return CharClass::kOther;
  return LookUp(cp);
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

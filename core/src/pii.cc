// Copyright 2026 The Pronto Authors.
#include "pronto/pii.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "pronto/text.h"

namespace pronto {

struct PiiDetector::Patterns {
  // Each pattern has one capturing group: the candidate.
  RE2 email{R"(([A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}))"};
  RE2 card{R"(\b((?:\d[ -]?){12,18}\d)\b)"};
  RE2 iban{R"(\b([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30})\b)"};
  RE2 codice_fiscale{
      R"(\b([A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z])\b)"};
  // "+39 333 123 4567", "0039 02 1234567", "333-1234567", "02 12345678", "02 1234 5678",
  // "+1 (212) 555-0100", "(212) 555-0100", "212-555-0100" (US), "07700 900123" (UK: a
  // 5-digit code, 6 digits);
  // not after '/' or '#', where digits are a reference ("pratica 2026/00123456", "#0212345678");
  // and whole: the number ends where its digits do (no "07700 9001" out of "07700 900123").
  RE2 phone{
      R"((?:^|[^\w+/#])((?:\+|00)\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,4}|3\d{2}[ .-]?\d{3}[ .-]?\d{3,4}|0\d{4}[ .-]\d{5,6}|\(\d{3}\) ?\d{3}[ .-]\d{4}|[2-9]\d{2}[.-]\d{3}[.-]\d{4}|0\d{1,3}[ .-]?\d{3,4} \d{3,4}|0\d{1,3}[ .-]?\d{4,8})\b)"};
};

PiiDetector::PiiDetector() : patterns_(std::make_unique<Patterns>()) {}
PiiDetector::~PiiDetector() = default;

const char* PiiKindName(PiiKind kind) {
  switch (kind) {
    case PiiKind::kEmail:
      return "email";
    case PiiKind::kPhone:
      return "phone";
    case PiiKind::kPaymentCard:
      return "payment_card";
    case PiiKind::kIban:
      return "iban";
    case PiiKind::kCodiceFiscale:
      return "codice_fiscale";
  }
  return "unknown";
}

bool PassesLuhn(std::string_view number) {
  int sum = 0;
  int digits = 0;
  for (auto it = number.rbegin(); it != number.rend(); ++it) {
    if (*it == ' ' || *it == '-') continue;
    if (*it < '0' || *it > '9') return false;
    int d = *it - '0';
    if (digits % 2 == 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    ++digits;
  }
  return digits >= 13 && digits <= 19 && sum % 10 == 0;
}

bool PassesCardCheck(std::string_view number) {
  // No payment card number starts with 0 (ISO/IEC 7812: 0 is no issuer's).
  return !number.empty() && number.front() != '0' && PassesLuhn(number);
}

bool PassesIbanCheck(std::string_view iban) {
  std::string compact;
  for (char c : iban) {
    if (c == ' ') continue;
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (compact.size() < 15 || compact.size() > 34) return false;
  if (!std::isalpha(static_cast<unsigned char>(compact[0])) ||
      !std::isalpha(static_cast<unsigned char>(compact[1])))
    return false;
  std::rotate(compact.begin(), compact.begin() + 4, compact.end());
  int remainder = 0;
  for (char c : compact) {
    const int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder == 1;
}

bool PassesCodiceFiscaleCheck(std::string_view code) {
  if (code.size() != 16) return false;
  // Values of characters in odd positions (1st, 3rd, …), from the Ministry's table.
  static constexpr int kOdd[36] = {1,  0,  5, 7, 9,  13, 15, 17, 19, 21, 1,  0,  5,  7,  9,  13, 15, 17,
                                   19, 21, 2, 4, 18, 20, 11, 3,  6,  8,  12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(code[i])));
    int index;  // digits 0-9 → 0-9, letters A-Z → 10-35
    if (c >= '0' && c <= '9') {
      index = c - '0';
    } else if (c >= 'A' && c <= 'Z') {
      index = c - 'A' + 10;
    } else {
      return false;
    }
    // Even positions (2nd, 4th, …): digits count their value, letters A=0 … Z=25.
    sum += (i % 2 == 0) ? kOdd[index] : (index < 10 ? index : index - 10);
  }
  return std::toupper(static_cast<unsigned char>(code[15])) == 'A' + sum % 26;
}

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether the phone candidate utf8[begin, end) is a piece of a longer grouped
// number: with the digit groups right before and after it (one space, '.' or
// '-' apart) it has more digits than any phone number (E.164: 15). Groups
// inside `claimed` ranges (a card or an IBAN already found) are not counted.
template <typename Claimed>
bool PieceOfALongerNumber(std::string_view utf8, size_t begin, size_t end, const Claimed& claimed) {
  if (utf8[begin] == '+') return false;
  const auto is_separator = [](char c) { return c == ' ' || c == '.' || c == '-'; };
  size_t digits = static_cast<size_t>(std::count_if(utf8.begin() + begin, utf8.begin() + end, IsDigit));
  // Each walk stops once the count is over 15: a long run of digit groups
  // costs no more per candidate than a short one.
  constexpr size_t kMaxPhoneDigits = 15;
  for (size_t i = begin; digits <= kMaxPhoneDigits && i >= 2 && is_separator(utf8[i - 1]) &&
                         IsDigit(utf8[i - 2]) && !claimed(i - 2);) {
    for (i -= 1; i > 0 && IsDigit(utf8[i - 1]); --i) ++digits;
  }
  for (size_t i = end; digits <= kMaxPhoneDigits && i + 1 < utf8.size() && is_separator(utf8[i]) &&
                       IsDigit(utf8[i + 1]) && !claimed(i + 1);) {
    for (i += 1; i < utf8.size() && IsDigit(utf8[i]); ++i) ++digits;
  }
  return digits > kMaxPhoneDigits;
}

}  // namespace

std::vector<PiiMatch> PiiDetector::Find(std::string_view utf8) const {
  std::vector<PiiMatch> found;
  const auto overlaps = [&](size_t begin, size_t end) {
    for (const PiiMatch& m : found) {
      if (begin < m.byte_end && m.byte_begin < end) return true;
    }
    return false;
  };
  const auto scan = [&](const RE2& re, PiiKind kind, bool (*valid)(std::string_view)) {
    re2::StringPiece input(utf8.data(), utf8.size());
    re2::StringPiece candidate;
    while (RE2::FindAndConsume(&input, re, &candidate)) {
      const size_t begin = static_cast<size_t>(candidate.data() - utf8.data());
      // A phone is a whole number: not the digits of a longer one
      // ("tracking 9400 1000 0000 0000 0000 00").
      if (kind == PiiKind::kPhone && PieceOfALongerNumber(utf8, begin, begin + candidate.size(),
                                                          [&](size_t at) { return overlaps(at, at + 1); })) {
        continue;
      }
      std::string_view text(candidate.data(), candidate.size());
      // The patterns are greedy ("IT60X… grazie" reaches into the next word):
      // when the whole candidate fails its check, try it cut at each space.
      while (valid != nullptr && !valid(text)) {
        const size_t space = text.rfind(' ');
        if (space == std::string_view::npos) break;
        text = text.substr(0, space);
      }
      if (valid != nullptr && !valid(text)) {
        // It may also start in the number before ("ordine 12345 4111 1111…"):
        // look again from its second group.
        const size_t space = std::string_view(candidate.data(), candidate.size()).find(' ');
        if (space != std::string_view::npos) {
          const char* from = candidate.data() + space + 1;
          input = re2::StringPiece(from, static_cast<size_t>(utf8.data() + utf8.size() - from));
        }
        continue;
      }
      const size_t end = begin + text.size();
      if (overlaps(begin, end)) continue;
      PiiMatch m;
      m.kind = kind;
      m.text.assign(text);
      m.byte_begin = begin;
      m.byte_end = end;
      found.push_back(std::move(m));
    }
  };
  // One pass over the bytes for what each pattern cannot match without, so
  // that most replies (no '@', few digits) skip most regular expressions.
  enum : uint8_t { kOther, kLetter, kDigit, kAt };
  static constexpr std::array<uint8_t, 256> kClass = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter;
    for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
    t['@'] = kAt;
    return t;
  }();
  size_t digits = 0, alnum_run = 0, longest_alnum_run = 0;
  size_t letter_run = 0, digit_run = 0, letters_before_digits = 0;
  bool at_sign = false;
  bool letters_then_digits = false;  // "IT60": two letters, then two digits (an IBAN's start)
  for (const char c : utf8) {
    switch (kClass[static_cast<unsigned char>(c)]) {
      case kLetter:
        if (digit_run > 0) letter_run = digit_run = 0;
        ++letter_run;
        ++alnum_run;
        break;
      case kDigit:
        if (digit_run == 0) letters_before_digits = letter_run;
        letter_run = 0;
        ++digit_run;
        ++digits;
        ++alnum_run;
        letters_then_digits = letters_then_digits || (digit_run >= 2 && letters_before_digits >= 2);
        break;
      case kAt:
        at_sign = true;
        [[fallthrough]];
      default:
        longest_alnum_run = std::max(longest_alnum_run, alnum_run);
        alnum_run = letter_run = digit_run = 0;
        break;
    }
  }
  longest_alnum_run = std::max(longest_alnum_run, alnum_run);
  // Most specific first: a valid card or IBAN is never re-reported as a phone.
  if (at_sign) scan(patterns_->email, PiiKind::kEmail, nullptr);
  if (letters_then_digits) scan(patterns_->iban, PiiKind::kIban, &PassesIbanCheck);
  if (digits >= 13) scan(patterns_->card, PiiKind::kPaymentCard, &PassesCardCheck);
  if (longest_alnum_run >= 16) {
    scan(patterns_->codice_fiscale, PiiKind::kCodiceFiscale, &PassesCodiceFiscaleCheck);
  }
  if (digits >= 8) {
    scan(patterns_->phone, PiiKind::kPhone, [](std::string_view s) {
      const auto n = std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
      return n >= 8 && n <= 15;
    });
  }
  std::sort(found.begin(), found.end(),
            [](const PiiMatch& a, const PiiMatch& b) { return a.byte_begin < b.byte_begin; });
  for (PiiMatch& m : found) {
    m.utf16_begin = Utf16OffsetOf(utf8, m.byte_begin);
    m.utf16_end =
        m.utf16_begin + Utf16OffsetOf(std::string_view(utf8).substr(m.byte_begin), m.byte_end - m.byte_begin);
  }
  return found;
}

}  // namespace pronto

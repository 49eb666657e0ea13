// Copyright 2026 The Pronto Authors.
#include "pronto/text.h"

#include <array>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "json_dump.h"
#include "json_writer.h"
#include "unicode.h"

namespace pronto {
namespace {

using unicode::CharClass;

// One decoded code point with where it starts in both units.
struct CodePoint {
  char32_t cp;
  uint32_t byte;   // offset of its first byte
  uint32_t utf16;  // offset of its first UTF-16 code unit
  CharClass cls;
};

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kVs16 = 0xFE0F;
constexpr char32_t kKeycap = 0x20E3;

// ASCII emoticons the team lists. Longest first is not needed: the matcher
// keeps the longest entry that fits.
constexpr std::array<std::string_view, 76> kEmoticons = {
    ":-)", ":)",  ":-(", ":(",  ":-D",  ":D",  ";-)",  ";)",  ":-P", ":P",   ":-p", ":p",  ";-P",
    ";P",  ";p",  ";D",  ":'(", ":'-(", ":')", ":'-)", ":-/", ":/",  ":-\\", ":\\", ":-|", ":|",
    ":-O", ":O",  ":-o", ":o",  ":-*",  ":*",  ":-$",  ":$",  ":-S", ":S",   ":-x", ":x",  ":-X",
    ":X",  ":-@", ":@",  ":]",  ":[",   ":-]", ":-[",  ":3",  ":-3", "=)",   "=(",  "=D",  "=P",
    "=]",  "=/",  "xD",  "XD",  "x)",   "X)",  "B-)",  "8-)", "<3",  "</3",  "^^",  "^_^", "^-^",
    "-_-", "T_T", "T.T", ";_;", "o_O",  "O_o", "o.O",  "O.o", ">:(", ">:-(", ">:)",
};

// Endings of English contractions: "don't", "it's", "we're", "you'll".
constexpr std::array<std::string_view, 7> kContractionSuffixes = {"s", "t", "m", "re", "ve", "ll", "d"};

// Top-level domains accepted for URLs written without a scheme ("amazon.it/ordini").
constexpr std::array<std::string_view, 24> kBareTlds = {
    "com", "it", "net",  "org", "eu",  "io",  "co",   "uk",    "de", "fr", "es", "ch",
    "ly",  "me", "info", "biz", "app", "dev", "shop", "store", "tv", "us", "gl", "be",
};

bool IsAsciiAlnum(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char32_t AsciiLower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

class Scanner {
 public:
  Scanner(std::string_view text, const std::vector<CodePoint>& cps, std::vector<Token>* out)
      : text_(text), cps_(cps), n_(cps.size() - 1), out_(out) {}

  void Run() {
    size_t i = 0;
    while (i < n_) {
      const CharClass c = cps_[i].cls;
      if (c == CharClass::kSpace || (c == CharClass::kOther && cp(i) != '#')) {
        ++i;
        continue;
      }
      if (i >= run_end_) ScanRun(i);
      size_t end;
      TokenKind kind;
      const char32_t first = cp(i);
      // Cheap guards first: most positions start a plain word.
      if ((first == 'h' || first == 'H' || first == 'w' || first == 'W') && (end = MatchUrl(i)) > i) {
        kind = TokenKind::kUrl;
      } else if (last_at_ > i && (end = MatchEmail(i)) > i) {
        kind = TokenKind::kEmail;
      } else if (c != CharClass::kLetter && (end = MatchEmoji(i)) > i) {
        kind = TokenKind::kEmoji;
      } else if ((end = MatchTagged(i, '@', 0xFF20, /*need_letter=*/false)) > i) {
        kind = TokenKind::kMention;
      } else if ((end = MatchTagged(i, '#', 0xFF03, /*need_letter=*/true)) > i) {
        kind = TokenKind::kHashtag;
      } else if (MayStartEmoticon(first) && (end = MatchEmoticon(i)) > i) {
        kind = TokenKind::kEmoticon;
      } else if (last_dot_ > i && (end = MatchBareDomain(i)) > i) {
        kind = TokenKind::kUrl;
      } else if (IsWordStart(i)) {
        end = MatchWordOrNumber(i, &kind);
      } else {
        end = MatchPunctuation(i, &kind);
      }
      Emit(kind, i, end);
      i = end;
    }
  }

 private:
  // Notes where the run of non-space characters starting at `i` ends and the
  // last '@' and '.' in it, so that e-mail and bare-domain matching is only
  // tried where it can succeed.
  void ScanRun(size_t i) {
    last_at_ = 0;
    last_dot_ = 0;
    size_t k = i;
    for (; k < n_ && cps_[k].cls != CharClass::kSpace; ++k) {
      if (cps_[k].cp == '@') last_at_ = k;
      if (cps_[k].cp == '.') last_dot_ = k;
    }
    run_end_ = k;
  }

  static bool MayStartEmoticon(char32_t c) {
    switch (c) {
      case ':':
      case ';':
      case '=':
      case 'x':
      case 'X':
      case 'B':
      case '8':
      case '<':
      case '^':
      case '-':
      case 'T':
      case 'o':
      case 'O':
      case '>':
      case 0xAF:
        return true;
      default:
        return false;
    }
  }

  char32_t cp(size_t i) const { return i < n_ ? cps_[i].cp : 0; }
  CharClass cls(size_t i) const { return i < n_ ? cps_[i].cls : CharClass::kSpace; }
  bool IsLetter(size_t i) const { return cls(i) == CharClass::kLetter || cls(i) == CharClass::kMark; }
  bool IsDigit(size_t i) const { return cls(i) == CharClass::kDigit; }
  bool IsWordChar(size_t i) const { return IsLetter(i) || IsDigit(i); }
  bool IsWordStart(size_t i) const { return cls(i) == CharClass::kLetter || IsDigit(i); }
  bool IsApostrophe(size_t i) const { return cp(i) == '\'' || cp(i) == 0x2019; }
  // True when position i starts a new word, i.e. what precedes it is not part of one.
  bool AtBoundary(size_t i) const { return i == 0 || !(IsWordChar(i - 1) || cp(i - 1) == '_'); }

  bool StartsWithIgnoreCase(size_t i, std::string_view s) const {
    for (size_t k = 0; k < s.size(); ++k) {
      if (AsciiLower(cp(i + k)) != static_cast<unsigned char>(s[k])) return false;
    }
    return true;
  }

  void Emit(TokenKind kind, size_t begin, size_t end) {
    Token t;
    t.kind = kind;
    t.byte_begin = cps_[begin].byte;
    t.byte_end = cps_[end].byte;
    t.utf16_begin = cps_[begin].utf16;
    t.utf16_end = cps_[end].utf16;
    t.text = text_.substr(t.byte_begin, t.byte_end - t.byte_begin);
    out_->push_back(std::move(t));
  }

  // Characters that may appear inside a URL once it has started.
  bool IsUrlChar(size_t i) const {
    if (i >= n_) return false;
    const char32_t c = cp(i);
    if (c < 0x80) {
      if (c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' || c == '|' ||
          c == '\\' || c == '^') {
        return false;
      }
      return true;
    }
    // Non-ASCII letters and digits (IDN hosts, accented paths) but no emoji,
    // punctuation or spaces: "guarda https://x.it/a😍" ends before the emoji.
    return IsWordChar(i);
  }

  // Extends a URL that starts at `begin` and whose fixed prefix ends at `i`,
  // then gives back trailing punctuation that belongs to the sentence.
  size_t ExtendUrl(size_t begin, size_t i) const {
    while (IsUrlChar(i)) ++i;
    int open_parens = 0;
    for (size_t k = begin; k < i; ++k) {
      if (cp(k) == '(') ++open_parens;
      if (cp(k) == ')') --open_parens;
    }
    while (i > begin) {
      const char32_t last = cp(i - 1);
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
          last == '\'' || last == '*') {
        --i;
      } else if (last == ')' && open_parens < 0) {
        ++open_parens;
        --i;
      } else {
        break;
      }
    }
    return i;
  }

  size_t MatchUrl(size_t i) const {
    if (!AtBoundary(i)) return i;
    size_t prefix = 0;
    if (StartsWithIgnoreCase(i, "https://")) {
      prefix = 8;
    } else if (StartsWithIgnoreCase(i, "http://")) {
      prefix = 7;
    } else if (StartsWithIgnoreCase(i, "www.") && IsWordChar(i + 4)) {
      prefix = 4;
    } else {
      return i;
    }
    if (!IsWordChar(i + prefix)) return i;  // "http://" alone is not a URL
    return ExtendUrl(i, i + prefix);
  }

  // A host name of ASCII labels starting at i: returns its end (past the last
  // label) and the start of the last label, or i when there is no dot in it.
  size_t MatchHost(size_t i, size_t* last_label) const {
    size_t k = i;
    size_t label_start = i;
    bool dotted = false;
    for (;;) {
      const size_t start = k;
      while (k < n_ && (IsAsciiAlnum(cp(k)) || cp(k) == '-')) ++k;
      if (k == start || cp(start) == '-' || cp(k - 1) == '-') return dotted ? label_start - 1 : i;
      label_start = start;
      if (cp(k) == '.' && IsAsciiAlnum(cp(k + 1))) {
        dotted = true;
        ++k;
        continue;
      }
      break;
    }
    if (!dotted) return i;
    *last_label = label_start;
    return k;
  }

  bool IsAlphaLabel(size_t begin, size_t end) const {
    if (end - begin < 2) return false;
    for (size_t k = begin; k < end; ++k) {
      const char32_t c = AsciiLower(cp(k));
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }

  size_t MatchEmail(size_t i) const {
    if (!AtBoundary(i) || !IsAsciiAlnum(cp(i))) return i;
    size_t k = i;
    while (k < n_ && (IsAsciiAlnum(cp(k)) || cp(k) == '.' || cp(k) == '_' || cp(k) == '%' || cp(k) == '+' ||
                      cp(k) == '-')) {
      ++k;
    }
    if (cp(k) != '@' || cp(k - 1) == '.') return i;
    size_t last_label = 0;
    const size_t end = MatchHost(k + 1, &last_label);
    if (end == k + 1 || !IsAlphaLabel(last_label, end)) return i;
    if (IsWordChar(end)) return i;
    return end;
  }

  // "amazon.it", "shop.example.com/ordini?id=3": a host whose last label is a
  // listed top-level domain, at a word boundary.
  size_t MatchBareDomain(size_t i) const {
    if (!AtBoundary(i) || !IsAsciiAlnum(cp(i))) return i;
    size_t last_label = 0;
    const size_t end = MatchHost(i, &last_label);
    if (end == i || IsWordChar(end) || cp(end) == '@') return i;
    std::string tld;
    for (size_t k = last_label; k < end; ++k) tld.push_back(static_cast<char>(AsciiLower(cp(k))));
    bool known = false;
    for (std::string_view t : kBareTlds) known = known || t == tld;
    if (!known) return i;
    if (cp(end) == '/' || cp(end) == ':') return ExtendUrl(i, end);
    return end;
  }

  // A text-default pictograph below U+2190 (©, ®, ‼, ™, ℹ) is an emoji only
  // when followed by VS16; the rest of Extended_Pictographic always is.
  bool IsEmojiBase(size_t i) const {
    const CharClass c = cls(i);
    if (c == CharClass::kEmojiModifier) return true;
    if (c != CharClass::kPictographic) return false;
    return cp(i) >= 0x2190 || cp(i + 1) == kVs16;
  }

  // One emoji sequence: keycaps, flags, tag sequences, modifiers, VS16 and ZWJ chains.
  size_t MatchEmoji(size_t i) const {
    const char32_t c = cp(i);
    if ((c == '#' || c == '*' || (c >= '0' && c <= '9'))) {
      size_t k = i + 1;
      if (cp(k) == kVs16) ++k;
      return cp(k) == kKeycap ? k + 1 : i;
    }
    if (cls(i) == CharClass::kRegionalIndicator) {
      return cls(i + 1) == CharClass::kRegionalIndicator ? i + 2 : i + 1;
    }
    if (!IsEmojiBase(i)) return i;
    size_t k = i + 1;
    for (;;) {
      while (cp(k) == kVs16 || cls(k) == CharClass::kEmojiModifier) ++k;
      while (cp(k) >= 0xE0020 && cp(k) <= 0xE007F) ++k;  // subdivision flags
      if (cp(k) == kZwj && IsEmojiBase(k + 1)) {
        k += 2;
        continue;
      }
      return k;
    }
  }

  // "@anna" or "#buongiorno" (ASCII or full-width sign) at a word boundary.
  size_t MatchTagged(size_t i, char32_t sign, char32_t wide_sign, bool need_letter) const {
    if (cp(i) != sign && cp(i) != wide_sign) return i;
    if (!AtBoundary(i)) return i;
    size_t k = i + 1;
    bool letter = false;
    while (k < n_ && (IsWordChar(k) || cp(k) == '_')) {
      letter = letter || IsLetter(k);
      ++k;
    }
    if (k == i + 1 || (need_letter && !letter)) return i;
    return k;
  }

  size_t MatchEmoticon(size_t i) const {
    if (cp(i) >= 0x80) {
      // The shrug is the one non-ASCII emoticon worth its bytes.
      static constexpr char kShrug[] = "\xC2\xAF\\_(\xE3\x83\x84)_/\xC2\xAF";
      const size_t len = sizeof(kShrug) - 1;
      if (text_.compare(cps_[i].byte, len, kShrug) == 0) {
        size_t k = i;
        while (k < n_ && cps_[k].byte < cps_[i].byte + len) ++k;
        return k;
      }
      return i;
    }
    // Letter-led emoticons are "xD", "XD", "x)", "X)", "B-)", "T_T", "T.T", "o_O", "o.O",
    // "O_o", "O.o": a letter followed by another letter can only be "xD".
    if (IsLetter(i) && IsLetter(i + 1) && !((cp(i) == 'x' || cp(i) == 'X') && cp(i + 1) == 'D')) return i;
    size_t best = 0;
    for (std::string_view e : kEmoticons) {
      if (e.size() <= best) continue;
      bool match = true;
      for (size_t k = 0; k < e.size() && match; ++k) match = cp(i + k) == static_cast<unsigned char>(e[k]);
      if (match) best = e.size();
    }
    if (best == 0) return i;
    const char32_t first = cp(i);
    // ":)" may follow a word ("grazie:)") but not a digit ("10:30"); "xD" and
    // "B-)" must stand alone.
    if (i > 0 && (IsAsciiAlnum(first) ? !AtBoundary(i) : IsDigit(i - 1))) return i;
    size_t end = i + best;
    const char32_t last = cp(end - 1);
    if (last == ')' || last == '(' || last == 'D' || last == '3' || last == 'P') {
      while (cp(end) == last) ++end;  // ":)))", "<333"
    }
    if (IsWordChar(end)) return i;  // ":Paolo", "<30"
    return end;
  }

  // True when the apostrophe at `apos` joins the word around it into one
  // token: English contractions ("don't") and names ("O'Brien"). Italian
  // elisions ("l'ordine", "dell'assistenza", "c'è") split after the apostrophe.
  bool ApostropheJoins(size_t word_begin, size_t apos) const {
    size_t k = apos + 1;
    std::string suffix;
    while (IsLetter(k) && suffix.size() < 3) suffix.push_back(static_cast<char>(AsciiLower(cp(k++))));
    if (!IsLetter(k)) {
      for (std::string_view s : kContractionSuffixes) {
        if (s == suffix) return true;
      }
    }
    const char32_t next = AsciiLower(cp(apos + 1));
    const bool vowel_or_h = next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'u' ||
                            next == 'h' || (next >= 0xE0 && next <= 0xFC) || (next >= 0xC0 && next <= 0xDC);
    return !(vowel_or_h && apos - word_begin <= 6);
  }

  size_t MatchWordOrNumber(size_t i, TokenKind* kind) const {
    size_t k = i;
    bool has_letter = false;
    for (;;) {
      while (IsWordChar(k)) {
        has_letter = has_letter || IsLetter(k);
        ++k;
      }
      const char32_t c = cp(k);
      if (!has_letter && (c == '.' || c == ',' || c == ':' || c == '/') && IsDigit(k + 1) && IsDigit(k - 1)) {
        k += 1;  // 1.000,50  12:30  24/12
        continue;
      }
      if (has_letter && IsApostrophe(k) && IsLetter(k + 1) && ApostropheJoins(i, k)) {
        k += 1;
        continue;
      }
      if (has_letter && IsApostrophe(k) && IsLetter(k + 1)) {
        ++k;  // the elided article keeps its apostrophe: "l'"
        break;
      }
      if ((c == '-' || c == '_') && IsWordChar(k + 1) && (has_letter || IsLetter(k + 1))) {
        k += 1;  // "e-mail", "check-in", "covid-19"
        continue;
      }
      break;
    }
    *kind = has_letter ? TokenKind::kWord : TokenKind::kNumber;
    return k;
  }

  size_t MatchPunctuation(size_t i, TokenKind* kind) const {
    const char32_t c = cp(i);
    const auto is_terminal = [](char32_t x) {
      return x == '!' || x == '?' || x == '.' || x == 0x2026 || x == 0x203D || x == 0xA1 || x == 0xBF;
    };
    *kind = cls(i) == CharClass::kSymbol || cls(i) == CharClass::kPictographic ? TokenKind::kSymbol
                                                                               : TokenKind::kPunctuation;
    size_t k = i + 1;
    if (is_terminal(c)) {
      while (is_terminal(cp(k))) ++k;  // "?!", "...", "!!!"
      *kind = TokenKind::kPunctuation;
    } else {
      while (k < n_ && cp(k) == c) ++k;  // "---", "**"
    }
    // Joiners and variation selectors that trail a symbol belong to it.
    while (k < n_ && cls(k) == CharClass::kOther && cp(k) != '#') ++k;
    return k;
  }

  std::string_view text_;
  const std::vector<CodePoint>& cps_;
  const size_t n_;  // code points, without the sentinel
  std::vector<Token>* out_;
  size_t run_end_ = 0;   // see ScanRun()
  size_t last_at_ = 0;   // last '@' in the current run (0: none after its start)
  size_t last_dot_ = 0;  // last '.' in the current run
};

}  // namespace

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kEmoji:
      return "emoji";
    case TokenKind::kEmoticon:
      return "emoticon";
    case TokenKind::kMention:
      return "mention";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kPunctuation:
      return "punctuation";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "unknown";
}

namespace {

Status InvalidUtf8At(std::string_view utf8, size_t i) {
  char hex[8];
  std::snprintf(hex, sizeof(hex), "0x%02X", static_cast<unsigned char>(utf8[i]));
  return Status::Error(
      "invalid_utf8",
      "invalid UTF-8 at byte offset " + std::to_string(i) + " (byte " + hex + "); send text as UTF-8", i);
}

}  // namespace

Status CheckUtf8(std::string_view utf8) {
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t c;
    const int len = unicode::DecodeUtf8(utf8, i, &c);
    if (len == 0) return InvalidUtf8At(utf8, i);
    i += len;
  }
  return Status::Ok();
}

Status Tokenize(std::string_view utf8, std::vector<Token>* tokens) {
  tokens->clear();
  if (utf8.size() > UINT32_MAX / 2) {
    return Status::Error("too_long", "text is longer than 2 GiB; split it before tokenizing", 0);
  }
  thread_local std::vector<CodePoint> cps;  // reused: no allocation per call
  cps.resize(utf8.size() + 1);              // written by index: push_back was not inlined
  size_t n = 0;
  uint32_t utf16 = 0;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {  // ASCII: most of social text
      cps[n++] = {byte, static_cast<uint32_t>(i), utf16, unicode::AsciiClassOf(byte)};
      ++utf16;
      ++i;
      continue;
    }
    char32_t c;
    const int len = unicode::DecodeUtf8(utf8, i, &c);
    if (len == 0) return InvalidUtf8At(utf8, i);
    cps[n++] = {c, static_cast<uint32_t>(i), utf16, unicode::ClassOf(c)};
    utf16 += static_cast<uint32_t>(unicode::Utf16Length(c));
    i += len;
  }
  cps[n++] = {0, static_cast<uint32_t>(utf8.size()), utf16, CharClass::kSpace};  // sentinel
  cps.resize(n);
  Scanner(utf8, cps, tokens).Run();
  return Status::Ok();
}

size_t Utf16OffsetOf(std::string_view utf8, size_t byte) {
  // Branch-free so that the compiler vectorises it: a lead byte counts one
  // unit, a four-byte sequence's lead two (a surrogate pair).
  const size_t n = byte < utf8.size() ? byte : utf8.size();
  size_t units = 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    units += static_cast<size_t>((b & 0xC0) != 0x80) + static_cast<size_t>(b >= 0xF0);
  }
  return units;
}

std::string TokensToJson(const std::vector<Token>& tokens) {
  // Keys in nlohmann's (alphabetical) order, as this document always had.
  JsonWriter w;
  w.BeginObject();
  w.Key("tokens");
  w.BeginArray();
  for (const Token& t : tokens) {
    w.BeginObject();
    w.Key("byteEnd");
    w.Int(static_cast<int64_t>(t.byte_end));
    w.Key("byteStart");
    w.Int(static_cast<int64_t>(t.byte_begin));
    w.Key("end");
    w.Int(static_cast<int64_t>(t.utf16_end));
    w.Key("kind");
    w.String(TokenKindName(t.kind));
    w.Key("start");
    w.Int(static_cast<int64_t>(t.utf16_begin));
    w.Key("text");
    w.String(t.text);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

std::string TokenizeToJson(std::string_view utf8) {
  std::vector<Token> tokens;
  const Status status = Tokenize(utf8, &tokens);
  if (!status.ok()) {
    nlohmann::json error = {{"code", status.code()}, {"message", status.message()}};
    if (status.has_offset()) error["offset"] = status.offset();
    return DumpJson(nlohmann::json{{"error", std::move(error)}});
  }
  return TokensToJson(tokens);
}

}  // namespace pronto

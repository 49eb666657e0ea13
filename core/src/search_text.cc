// Copyright 2026 The Pronto Authors.
#include "pronto/search_text.h"

#include <algorithm>
#include <array>

#include "bytes.h"
#include "pronto/lexicon.h"
#include "pronto/text.h"
#include "unicode.h"

namespace pronto {
namespace {

// Base letters of U+00C0..U+00FF; '*' marks a character that is not a letter
// (× and ÷), copied unchanged.
constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
// Base letters of U+0100..U+017F (Latin Extended-A).
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrsssssss"
    "sttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1.size() == 64, "one letter per code point");
static_assert(kLatinExtA.size() == 128, "one letter per code point");

using internal::EndsWith;

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Function words, looked up in a hash set (StopSet).
constexpr std::array<std::string_view, 92> kEnglishStop = {
    "a",    "about", "after",  "all",  "also",  "am",    "an",    "and",  "any",  "are",  "as",    "at",
    "be",   "been",  "being",  "but",  "by",    "can",   "could", "did",  "do",   "does", "for",   "from",
    "had",  "has",   "have",   "he",   "her",   "here",  "him",   "his",  "how",  "i",    "i'm",   "if",
    "in",   "into",  "is",     "it",   "it's",  "its",   "just",  "let",  "me",   "more", "my",    "now",
    "of",   "on",    "or",     "our",  "out",   "so",    "some",  "than", "that", "the",  "their", "them",
    "then", "there", "these",  "they", "this",  "those", "to",    "too",  "up",   "us",   "very",  "was",
    "we",   "were",  "what",   "when", "where", "which", "while", "who",  "why",  "will", "with",  "would",
    "yet",  "you",   "you're", "your", "yours", "hi",    "hello", "hey"};
constexpr std::array<std::string_view, 105> kItalianStop = {
    "a",      "ad",    "agli", "ai",    "al",    "alla",      "alle",  "allo",   "anche",  "avere",  "c'",
    "che",    "chi",   "ci",   "ciao",  "col",   "come",      "con",   "cui",    "d'",     "da",     "dal",
    "dalla",  "dalle", "dei",  "del",   "dell'", "della",     "delle", "dello",  "di",     "e",      "ed",
    "gli",    "ha",    "hai",  "hanno", "ho",    "i",         "il",    "in",     "io",     "l'",     "la",
    "le",     "lei",   "li",   "lo",    "loro",  "lui",       "ma",    "me",     "mi",     "mia",    "mie",
    "miei",   "mio",   "ne",   "negli", "nei",   "nel",       "nella", "noi",    "nostro", "o",      "per",
    "perche", "piu",   "poi",  "qua",   "quale", "quando",    "quel",  "quella", "quello", "questa", "questo",
    "qui",    "se",    "sei",  "si",    "sia",   "siamo",     "siete", "sono",   "su",     "sua",    "sue",
    "sugli",  "sui",   "sul",  "sulla", "suo",   "ti",        "tra",   "tu",     "tua",    "tuo",    "un",
    "un'",    "una",   "uno",  "vi",    "voi",   "buongiorno"};

// One hash and at most a compare or two a word: a binary search over a
// hundred words was eight string compares, each a library call in wasm.
template <size_t N>
TermMap<uint8_t> StopSet(const std::array<std::string_view, N>& words) {
  TermMap<uint8_t> set;
  for (std::string_view w : words) *set.FindOrInsert(w) = 1;
  return set;
}

std::string StemItalian(std::string word) {
  // Elided articles and prepositions were split off by the tokenizer.
  static constexpr std::string_view kSuffixes[] = {
      "amente", "mente", "azione", "azioni", "zione", "zioni",  "mento",  "menti",  "ando",  "endo",
      "arono",  "irono", "avano",  "evano",  "ivano", "ato",    "ata",    "ati",    "ate",   "ito",
      "ita",    "iti",   "ite",    "uto",    "uta",   "uti",    "ute",    "are",    "ere",   "ire",
      "ava",    "eva",   "iva",    "ano",    "ono",   "issimo", "issima", "issimi", "issime"};
  // Longest suffix first, keeping a stem of at least 4 letters.
  size_t best = 0;
  for (std::string_view s : kSuffixes) {
    if (s.size() > best && word.size() >= s.size() + 4 && EndsWith(word, s)) best = s.size();
  }
  word.resize(word.size() - best);
  // Then one final vowel: ordine/ordini, pacco/pacchi (after "ch"/"gh" too).
  if (word.size() > 4 && IsVowel(word.back())) word.pop_back();
  if (word.size() > 4 && (EndsWith(word, "ch") || EndsWith(word, "gh"))) word.pop_back();
  return word;
}

std::string StemEnglish(std::string word) {
  if (word.size() > 4 && EndsWith(word, "'s")) word.resize(word.size() - 2);
  if (word.size() > 5 && EndsWith(word, "ies")) {
    word.replace(word.size() - 3, 3, "y");
  } else if (word.size() > 5 && EndsWith(word, "ied")) {
    word.replace(word.size() - 3, 3, "y");
  } else if (word.size() > 5 && EndsWith(word, "sses")) {
    word.resize(word.size() - 2);
  } else if (word.size() > 5 && EndsWith(word, "ing")) {
    word.resize(word.size() - 3);
  } else if (word.size() > 4 && EndsWith(word, "ed") && !EndsWith(word, "eed")) {
    word.resize(word.size() - 2);
  } else if (word.size() > 5 && EndsWith(word, "ly")) {
    word.resize(word.size() - 2);
  } else if (word.size() > 3 && word.back() == 's' && !EndsWith(word, "ss") && !EndsWith(word, "us")) {
    word.pop_back();
  }
  // "delivery"/"deliver", "reply"/"repl(ied)": drop a final y after a consonant.
  if (word.size() > 4 && word.back() == 'y' && !IsVowel(word[word.size() - 2])) word.pop_back();
  // "shipped" → "shipp" → "ship"; "charged" → "charg" ~ "charge" → "charg".
  if (word.size() > 4 && word.back() == word[word.size() - 2] && !IsVowel(word.back()) &&
      word.back() != 'l' && word.back() != 's') {
    word.pop_back();
  }
  if (word.size() > 4 && word.back() == 'e') word.pop_back();
  return word;
}

}  // namespace

size_t FoldTo(std::string_view utf8, char* out) {
  char* o = out;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {  // ASCII: most of the text
      *o++ = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      ++i;
      continue;
    }
    char32_t c;
    const int len = unicode::DecodeUtf8(utf8, i, &c);
    if (len == 0) {
      ++i;  // invalid bytes are dropped
      continue;
    }
    if (c >= 0xC0 && c <= 0xFF && kLatin1[c - 0xC0] != '*') {
      *o++ = kLatin1[c - 0xC0];
    } else if (c >= 0x100 && c <= 0x17F) {
      *o++ = kLatinExtA[c - 0x100];
    } else if (c >= 0x300 && c <= 0x36F) {
      // combining accents are dropped
    } else if (c == 0x2019 || c == 0x02BC) {
      *o++ = '\'';
    } else {
      o = std::copy_n(utf8.data() + i, len, o);  // valid UTF-8: the same bytes
    }
    i += len;
  }
  return static_cast<size_t>(o - out);
}

void AppendFolded(std::string_view utf8, std::string* out) {
  // Written in place through a pointer, then trimmed: in wasm each
  // std::string member is a call into the prebuilt libc++.
  const size_t start = out->size();
  out->resize(start + utf8.size());
  out->resize(start + FoldTo(utf8, out->data() + start));
}

std::string Fold(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  AppendFolded(utf8, &out);
  return out;
}

std::string Stem(std::string_view folded_word, SearchLanguage language) {
  std::string word(folded_word);
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80 || (c >= '0' && c <= '9')) return word;  // not Latin letters
  }
  return language == SearchLanguage::kItalian ? StemItalian(std::move(word)) : StemEnglish(std::move(word));
}

bool IsStopWord(std::string_view folded_word, SearchLanguage language) {
  static const TermMap<uint8_t> english = StopSet(kEnglishStop);
  static const TermMap<uint8_t> italian = StopSet(kItalianStop);
  return (language == SearchLanguage::kItalian ? italian : english).Find(folded_word) != nullptr;
}

std::string TermOf(std::string_view folded_word, SearchLanguage language) {
  if (IsStopWord(folded_word, language)) return std::string();
  // Elided forms keep their apostrophe in the tokenizer ("dell'"): drop it.
  if (!folded_word.empty() && folded_word.back() == '\'') folded_word.remove_suffix(1);
  if (folded_word.empty()) return std::string();
  return Stem(folded_word, language);
}

void SearchTerms(std::string_view utf8, SearchLanguage language, std::vector<SearchTerm>* terms) {
  terms->clear();
  std::vector<Token> tokens;
  if (!Tokenize(utf8, &tokens).ok()) return;
  SearchTerms(tokens, language, terms);
}

void SearchTerms(const std::vector<Token>& tokens, SearchLanguage language, std::vector<SearchTerm>* terms) {
  terms->clear();
  size_t position = 0;
  std::string folded;
  for (const Token& t : tokens) {
    std::string_view text = t.text;
    if (t.kind == TokenKind::kHashtag) {
      text.remove_prefix(1);
    } else if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) {
      continue;
    }
    folded.clear();
    AppendFolded(text, &folded);
    const size_t here = position++;
    std::string term = TermOf(folded, language);
    if (term.empty()) continue;
    terms->push_back({std::move(term), t.utf16_begin, t.utf16_end, here});
  }
}

}  // namespace pronto

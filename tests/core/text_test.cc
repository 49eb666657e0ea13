// Copyright 2026 The Pronto Authors.
#include "pronto/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pronto {
namespace {

struct Expected {
  TokenKind kind;
  std::string text;
};

std::vector<Token> MustTokenize(std::string_view text) {
  std::vector<Token> tokens;
  const Status s = Tokenize(text, &tokens);
  EXPECT_TRUE(s.ok()) << s.message();
  return tokens;
}

void ExpectTokens(std::string_view text, const std::vector<Expected>& expected) {
  const std::vector<Token> tokens = MustTokenize(text);
  ASSERT_EQ(tokens.size(), expected.size()) << "input: " << text << "\n" << TokensToJson(tokens);
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(TokenKindName(tokens[i].kind), std::string(TokenKindName(expected[i].kind)))
        << "token " << i << " of: " << text;
    EXPECT_EQ(tokens[i].text, expected[i].text) << "token " << i << " of: " << text;
  }
}

TEST(Tokenize, EmptyAndSpaceOnlyGiveNoTokens) {
  EXPECT_TRUE(MustTokenize("").empty());
  EXPECT_TRUE(MustTokenize(" \t\n\u00A0\u2003").empty());
}

TEST(Tokenize, WordsNumbersPunctuation) {
  ExpectTokens("Ciao, il mio ordine n. 12345 è in ritardo!!!", {{TokenKind::kWord, "Ciao"},
                                                                {TokenKind::kPunctuation, ","},
                                                                {TokenKind::kWord, "il"},
                                                                {TokenKind::kWord, "mio"},
                                                                {TokenKind::kWord, "ordine"},
                                                                {TokenKind::kWord, "n"},
                                                                {TokenKind::kPunctuation, "."},
                                                                {TokenKind::kNumber, "12345"},
                                                                {TokenKind::kWord, "è"},
                                                                {TokenKind::kWord, "in"},
                                                                {TokenKind::kWord, "ritardo"},
                                                                {TokenKind::kPunctuation, "!!!"}});
}

TEST(Tokenize, NumbersKeepInnerSeparators) {
  ExpectTokens("1.000,50 € alle 12:30 del 24/12", {{TokenKind::kNumber, "1.000,50"},
                                                   {TokenKind::kSymbol, "€"},
                                                   {TokenKind::kWord, "alle"},
                                                   {TokenKind::kNumber, "12:30"},
                                                   {TokenKind::kWord, "del"},
                                                   {TokenKind::kNumber, "24/12"}});
}

TEST(Tokenize, ContractionsStayWholeItalianElisionsSplit) {
  ExpectTokens("I don't know, it's l'ordine dell'assistenza c'è O'Brien", {{TokenKind::kWord, "I"},
                                                                           {TokenKind::kWord, "don't"},
                                                                           {TokenKind::kWord, "know"},
                                                                           {TokenKind::kPunctuation, ","},
                                                                           {TokenKind::kWord, "it's"},
                                                                           {TokenKind::kWord, "l'"},
                                                                           {TokenKind::kWord, "ordine"},
                                                                           {TokenKind::kWord, "dell'"},
                                                                           {TokenKind::kWord, "assistenza"},
                                                                           {TokenKind::kWord, "c'"},
                                                                           {TokenKind::kWord, "è"},
                                                                           {TokenKind::kWord, "O'Brien"}});
}

TEST(Tokenize, MentionsHashtagsAndEmails) {
  ExpectTokens("@Brand_IT #fail #1 mario.rossi+x@posta.it x@y",
               {{TokenKind::kMention, "@Brand_IT"},
                {TokenKind::kHashtag, "#fail"},
                {TokenKind::kPunctuation, "#"},
                {TokenKind::kNumber, "1"},
                {TokenKind::kEmail, "mario.rossi+x@posta.it"},
                {TokenKind::kWord, "x"},
                {TokenKind::kPunctuation, "@"},
                {TokenKind::kWord, "y"}});
}

TEST(Tokenize, UrlsGiveBackSentencePunctuation) {
  ExpectTokens("Vedi https://help.example.com/a_b?x=1&y=(2). Oppure www.example.it, o amazon.it/ordini!",
               {{TokenKind::kWord, "Vedi"},
                {TokenKind::kUrl, "https://help.example.com/a_b?x=1&y=(2)"},
                {TokenKind::kPunctuation, "."},
                {TokenKind::kWord, "Oppure"},
                {TokenKind::kUrl, "www.example.it"},
                {TokenKind::kPunctuation, ","},
                {TokenKind::kWord, "o"},
                {TokenKind::kUrl, "amazon.it/ordini"},
                {TokenKind::kPunctuation, "!"}});
  // A dotted pair of words is not a domain unless its last label is a known TLD.
  ExpectTokens("ciao.come",
               {{TokenKind::kWord, "ciao"}, {TokenKind::kPunctuation, "."}, {TokenKind::kWord, "come"}});
}

TEST(Tokenize, EmojiSequencesAreOneToken) {
  ExpectTokens("👍🏽 👨‍👩‍👧 ❤️ 🇮🇹 1️⃣ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 😍😍",
               {{TokenKind::kEmoji, "👍🏽"},
                {TokenKind::kEmoji, "👨‍👩‍👧"},
                {TokenKind::kEmoji, "❤️"},
                {TokenKind::kEmoji, "🇮🇹"},
                {TokenKind::kEmoji, "1️⃣"},
                {TokenKind::kEmoji, "🏴󠁧󠁢󠁳󠁣󠁴󠁿"},
                {TokenKind::kEmoji, "😍"},
                {TokenKind::kEmoji, "😍"}});
}

TEST(Tokenize, TextDefaultPictographsNeedVariationSelector) {
  ExpectTokens("© ©️ ™",
               {{TokenKind::kSymbol, "©"}, {TokenKind::kEmoji, "©️"}, {TokenKind::kSymbol, "™"}});
}

TEST(Tokenize, Emoticons) {
  ExpectTokens("grazie:) :-( <3 <333 xD :)))", {{TokenKind::kWord, "grazie"},
                                                {TokenKind::kEmoticon, ":)"},
                                                {TokenKind::kEmoticon, ":-("},
                                                {TokenKind::kEmoticon, "<3"},
                                                {TokenKind::kEmoticon, "<333"},
                                                {TokenKind::kEmoticon, "xD"},
                                                {TokenKind::kEmoticon, ":)))"}});
  // Times and words that merely contain emoticon characters are not emoticons.
  ExpectTokens("10:30 <30 :Paolo", {{TokenKind::kNumber, "10:30"},
                                    {TokenKind::kSymbol, "<"},
                                    {TokenKind::kNumber, "30"},
                                    {TokenKind::kPunctuation, ":"},
                                    {TokenKind::kWord, "Paolo"}});
}

TEST(Tokenize, Utf16OffsetsCountSurrogatePairs) {
  // "😍" is one code point, 4 bytes, 2 UTF-16 code units; "è" is 2 bytes, 1 unit.
  const std::vector<Token> tokens = MustTokenize("😍 è ok");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].utf16_begin, 0u);
  EXPECT_EQ(tokens[0].utf16_end, 2u);
  EXPECT_EQ(tokens[0].byte_end, 4u);
  EXPECT_EQ(tokens[1].utf16_begin, 3u);
  EXPECT_EQ(tokens[1].utf16_end, 4u);
  EXPECT_EQ(tokens[1].byte_begin, 5u);
  EXPECT_EQ(tokens[1].byte_end, 7u);
  EXPECT_EQ(tokens[2].utf16_begin, 5u);
  EXPECT_EQ(tokens[2].byte_begin, 8u);
}

TEST(Tokenize, InvalidUtf8NamesTheByteOffset) {
  struct Case {
    std::string bytes;
    size_t offset;
  };
  const Case cases[] = {
      {std::string("ok \xFF"), 3},            // never valid
      {std::string("ab\x80"), 2},             // stray continuation byte
      {std::string("\xC3"), 0},               // truncated
      {std::string("x\xC0\xAF"), 1},          // overlong "/"
      {std::string("ciao \xED\xA0\x80"), 5},  // UTF-16 surrogate
      {std::string("\xF4\x90\x80\x80"), 0},   // past U+10FFFF
      {std::string("\xE2\x82"), 0},           // truncated euro sign
  };
  for (const Case& c : cases) {
    std::vector<Token> tokens = {Token{}};
    const Status s = Tokenize(c.bytes, &tokens);
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.code(), "invalid_utf8");
    EXPECT_EQ(s.offset(), c.offset);
    EXPECT_NE(s.message().find("byte offset " + std::to_string(c.offset)), std::string::npos) << s.message();
    EXPECT_TRUE(tokens.empty());
  }
}

TEST(Tokenize, JsonCarriesBothOffsetUnits) {
  EXPECT_EQ(TokenizeToJson("è!"),
            R"({"tokens":[{"byteEnd":2,"byteStart":0,"end":1,"kind":"word","start":0,"text":"è"},)"
            R"({"byteEnd":3,"byteStart":2,"end":2,"kind":"punctuation","start":1,"text":"!"}]})");
  EXPECT_EQ(
      TokenizeToJson("\xFF"),
      R"({"error":{"code":"invalid_utf8","message":"invalid UTF-8 at byte offset 0 (byte 0xFF); send text as UTF-8","offset":0}})");
}

TEST(Tokenize, EveryByteSequenceIsHandled) {
  // A randomized sweep: any bytes either tokenize with spans that tile inside
  // the input in order, or fail with an offset inside the input.
  uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  const std::string alphabet[] = {"a",
                                  "Z",
                                  "9",
                                  " ",
                                  ".",
                                  ":",
                                  ")",
                                  "(",
                                  "<",
                                  "3",
                                  "@",
                                  "#",
                                  "/",
                                  "'",
                                  "-",
                                  "è",
                                  "😍",
                                  "\xE2\x80\x8D",
                                  "\xEF\xB8\x8F",
                                  "🏽",
                                  "🇮",
                                  "http://",
                                  "www.",
                                  "\xFF",
                                  "\x80",
                                  "\xC3",
                                  ".it",
                                  "_",
                                  "€",
                                  "\xE2\x83\xA3"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int len = next() % 24;
    for (int k = 0; k < len; ++k) text += alphabet[next() % std::size(alphabet)];
    std::vector<Token> tokens;
    const Status s = Tokenize(text, &tokens);
    if (!s.ok()) {
      ASSERT_LT(s.offset(), text.size());
      continue;
    }
    size_t byte = 0, utf16 = 0;
    for (const Token& t : tokens) {
      ASSERT_GE(t.byte_begin, byte) << text;
      ASSERT_GE(t.utf16_begin, utf16) << text;
      ASSERT_LT(t.byte_begin, t.byte_end) << text;
      ASSERT_LE(t.byte_end, text.size()) << text;
      ASSERT_EQ(t.text, text.substr(t.byte_begin, t.byte_end - t.byte_begin));
      byte = t.byte_end;
      utf16 = t.utf16_end;
    }
  }
}

}  // namespace
}  // namespace pronto

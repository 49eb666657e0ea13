// Copyright 2026 The Pronto Authors.
#include "pronto/features.h"

#include <gtest/gtest.h>

#include "tone_test_util.h"

namespace pronto {
namespace {

TextFeatures Prepared(const std::string& text, Language lang) {
  std::vector<Token> tokens;
  EXPECT_TRUE(Tokenize(text, &tokens).ok());
  TextFeatures f;
  f.Prepare(tokens, testing_util::SharedAnalyzer().lexicon());
  f.Match(lang, testing_util::SharedAnalyzer().lexicon());
  return f;
}

TEST(Features, NormalizesCaseApostrophesAndEmojiVariants) {
  std::string out;
  AppendNormalized("PERCHÉ L\xE2\x80\x99ORDINE", &out);
  EXPECT_EQ(out, "perché l'ordine");
  out.clear();
  AppendNormalized("\xE2\x9D\xA4\xEF\xB8\x8F\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", &out);  // ❤️👍🏽
  EXPECT_EQ(out, "\xE2\x9D\xA4\xF0\x9F\x91\x8D");
}

TEST(Features, CountsAndFlags) {
  const TextFeatures f = Prepared("WHY is it sooo late?? @acme #fail https://x.it 😡", Language::kEnglish);
  EXPECT_EQ(f.words(), 5u);
  EXPECT_EQ(f.caps_words(), 1u);
  EXPECT_EQ(f.questions(), 2u);
  EXPECT_EQ(f.mentions(), 1u);
  EXPECT_EQ(f.hashtags(), 1u);
  EXPECT_EQ(f.urls(), 1u);
  EXPECT_EQ(f.emoji(), 1u);
  EXPECT_TRUE(f.tokens()[0].all_caps);
  EXPECT_TRUE(f.tokens()[0].sentence_start);
  EXPECT_TRUE(f.tokens()[3].elongated);
  ASSERT_NE(f.tokens()[3].entry, nullptr);  // "sooo" -> "so", a booster
  EXPECT_TRUE(f.tokens()[3].entry->Has(LexiconEntry::kBooster));
}

TEST(Features, MatchesTheLongestPhrase) {
  const TextFeatures f = Prepared("Ancora nessuna risposta dal servizio clienti", Language::kItalian);
  ASSERT_NE(f.tokens()[0].phrase, nullptr);
  EXPECT_EQ(f.tokens()[0].phrase_tokens, 3);
  EXPECT_LT(f.tokens()[0].phrase->valence, -2);
}

TEST(Features, ANumberBetweenTheWordsOfATermIsSkipped) {
  // "only took 3 weeks" is the term "only took weeks", over all four tokens.
  TextFeatures f = Prepared("Finally here, only took 3 weeks!", Language::kEnglish);
  size_t only = 0;
  while (only < f.tokens().size() && f.norm(f.tokens()[only]) != "only") ++only;
  ASSERT_LT(only, f.tokens().size());
  ASSERT_NE(f.tokens()[only].phrase, nullptr);
  EXPECT_EQ(f.tokens()[only].phrase_tokens, 4);
  EXPECT_LT(f.tokens()[only].phrase->valence, -1);
  f = Prepared("Ci sono volute solo 3 settimane", Language::kItalian);
  ASSERT_NE(f.tokens()[0].phrase, nullptr);
  EXPECT_EQ(f.tokens()[0].phrase_tokens, 6);
  // A number at the end is not skipped into nothing, nor two numbers in a row.
  f = Prepared("only took 3", Language::kEnglish);
  EXPECT_EQ(f.tokens()[0].phrase, nullptr);
  f = Prepared("only took 3 4 weeks", Language::kEnglish);
  EXPECT_EQ(f.tokens()[0].phrase, nullptr);
}

TEST(Features, ItalianInflectionAndSuperlatives) {
  const TextFeatures f = Prepared("pessime bellissimo", Language::kItalian);
  ASSERT_NE(f.tokens()[0].entry, nullptr);
  EXPECT_LT(f.tokens()[0].entry->valence, -2);
  ASSERT_NE(f.tokens()[1].entry, nullptr);
  EXPECT_GT(f.tokens()[1].entry->valence, 1);
  // A capitalised word inside a sentence is a name, not an inflected word:
  // "Bari" is not "baro" (a cheat). At the start of a sentence it inflects.
  const TextFeatures city = Prepared("il negozio di Bari. Pessime", Language::kItalian);
  EXPECT_EQ(city.tokens()[3].entry, nullptr);
  ASSERT_NE(city.tokens()[5].entry, nullptr);
  EXPECT_LT(city.tokens()[5].entry->valence, -2);
  EXPECT_EQ(testing_util::Analyze("Quando riaprite il punto vendita di Bari?").sentiment.label,
            SentimentLabel::kNeutral);
}

TEST(Features, ItalianVerbFormsFallBackToTheInfinitive) {
  // "odiano" -> "odiare", "deludono" -> "deludere", "tradisce" -> "tradire",
  // "rovinando" -> "rovinare": the lexicon lists the infinitive.
  const TextFeatures f = Prepared("odiano deludono tradisce rovinando", Language::kItalian);
  for (size_t i = 0; i < 4; ++i) {
    ASSERT_NE(f.tokens()[i].entry, nullptr) << i;
    EXPECT_LT(f.tokens()[i].entry->valence, 0) << i;
  }
  // A listed form stops the fallbacks from reaching another word: "amare" (to
  // love) is not "amaro" (bitter), "folla" (a crowd) not "folle" (mad).
  EXPECT_GT(Prepared("amare", Language::kItalian).tokens()[0].entry->valence, 0);
  const TextFeatures crowd = Prepared("folla battuta salute", Language::kItalian);
  for (size_t i = 0; i < 3; ++i) {
    const LexiconEntry* e = crowd.tokens()[i].entry;
    EXPECT_TRUE(e == nullptr || e->valence == 0) << i;
  }
  // A word whose "infinitive" nobody rates stays unknown.
  EXPECT_EQ(Prepared("giornate", Language::kItalian).tokens()[0].entry, nullptr);
  EXPECT_EQ(testing_util::Analyze("quei due mi odiano").sentiment.label, SentimentLabel::kNegative);
}

TEST(Features, HashtagsAndElongationFallBackToTheWord) {
  const TextFeatures f = Prepared("#love goooood", Language::kEnglish);
  ASSERT_NE(f.tokens()[0].entry, nullptr);
  EXPECT_GT(f.tokens()[0].entry->valence, 2);
  ASSERT_NE(f.tokens()[1].entry, nullptr);
  EXPECT_GT(f.tokens()[1].entry->valence, 1);
}

TEST(Features, EnglishVerbFormsFallBackToTheLemma) {
  // "crash" and "glitch" are listed; their verb forms reach them.
  const TextFeatures f = Prepared("crashes crashed crashing glitching", Language::kEnglish);
  for (size_t i = 0; i < 4; ++i) {
    ASSERT_NE(f.tokens()[i].entry, nullptr) << i;
    EXPECT_LT(f.tokens()[i].entry->valence, -1) << i;
  }
  // A politeness word is not a verb's lemma: "pleased" is not "please".
  const TextFeatures g = Prepared("pleasing", Language::kEnglish);
  EXPECT_TRUE(g.tokens()[0].entry == nullptr || !g.tokens()[0].entry->Has(LexiconEntry::kPolite));
}

TEST(Features, TextingSpellingsReadAsTheirWords) {
  const TextFeatures f = Prepared("nn funziona xk\xC3\xA9 u X x", Language::kItalian);
  ASSERT_EQ(f.tokens().size(), 6u);
  EXPECT_EQ(f.norm(f.tokens()[0]), "non");
  EXPECT_EQ(f.norm(f.tokens()[2]), "perch\xC3\xA9");
  EXPECT_EQ(f.norm(f.tokens()[3]), "you");
  EXPECT_EQ(f.norm(f.tokens()[4]), "x");  // the network keeps its name
  EXPECT_EQ(f.norm(f.tokens()[5]), "per");
  // The span stays the one of what was typed.
  EXPECT_EQ(f.tokens()[0].utf16_begin, 0u);
  EXPECT_EQ(f.tokens()[0].utf16_end, 2u);
  // So the phrase and the language are found: "nn funziona" is "non funziona".
  const Analysis a = testing_util::Analyze("nn funziona + niente da ieri xk\xC3\xA9???");
  EXPECT_EQ(a.language, Language::kItalian);
  EXPECT_EQ(a.sentiment.label, SentimentLabel::kNegative);
  EXPECT_GE(a.intents.of(Intent::kComplaint), 0.5f);
  // "gg" is "giorni", "sn" is "sono": "da 3 gg aspetto" is a wait.
  const TextFeatures days = Prepared("sn 3 gg", Language::kItalian);
  EXPECT_EQ(days.norm(days.tokens()[0]), "sono");
  EXPECT_EQ(days.norm(days.tokens()[2]), "giorni");
  EXPECT_GE(testing_util::Analyze("ma ki vi risponde mai?? da 3 gg aspetto").intents.of(Intent::kComplaint),
            0.5f);
  // "tnx" is "thanks", "sux" is "sucks".
  EXPECT_EQ(testing_util::Analyze("tnx a lot").sentiment.label, SentimentLabel::kPositive);
  EXPECT_GE(testing_util::Analyze("ur app sux").intents.of(Intent::kComplaint), 0.5f);
  // Contractions without their apostrophe read as the contraction.
  const TextFeatures cant = Prepared("cant pay with my card, im stuck", Language::kEnglish);
  EXPECT_EQ(cant.norm(cant.tokens()[0]), "can't");
  EXPECT_EQ(cant.norm(cant.tokens()[6]), "i'm");
  EXPECT_GE(testing_util::Analyze("cant pay with my card smh").intents.of(Intent::kComplaint), 0.5f);
  // "-in" for "-ing": "killin it" is the idiom "killing it", "nothin" negates.
  EXPECT_EQ(testing_util::Analyze("you guys are killin it").sentiment.label, SentimentLabel::kPositive);
  EXPECT_EQ(testing_util::Analyze("lovin the new app").sentiment.label, SentimentLabel::kPositive);
  EXPECT_EQ(testing_util::Analyze("nothin good about this update").sentiment.label,
            SentimentLabel::kNegative);
  // Brand replies are read as written.
  std::vector<Token> tokens;
  ASSERT_TRUE(Tokenize("nn", &tokens).ok());
  TextFeatures reply;
  reply.Prepare(tokens, testing_util::SharedAnalyzer().lexicon(), /*texting=*/false);
  EXPECT_EQ(reply.norm(reply.tokens()[0]), "nn");
}

TEST(Features, AWordCutOffBeforeALinkIsNotRead) {
  // "ass…" is the start of "assist", cut by the network before the link.
  const TextFeatures cut =
      Prepared("Thanks for waiting as we ass\xE2\x80\xA6 https://t.co/x1", Language::kEnglish);
  const FeatureToken& ass = cut.tokens()[5];
  ASSERT_EQ(cut.norm(ass), "ass");
  EXPECT_TRUE(ass.truncated);
  EXPECT_EQ(ass.entry, nullptr);
  const TextFeatures dots = Prepared("Il pacco non \xC3\xA8 mai arriv... http://t.co/x1", Language::kItalian);
  EXPECT_TRUE(dots.tokens()[5].truncated);
  // An ellipsis with no link after it, or a space before it, is the writer's.
  for (const char* text : {"you are an ass\xE2\x80\xA6", "you are an ass \xE2\x80\xA6 https://t.co/x1",
                           "you are an ass\xE2\x80\xA6 really"}) {
    const TextFeatures whole = Prepared(text, Language::kEnglish);
    EXPECT_FALSE(whole.tokens()[3].truncated) << text;
    EXPECT_NE(whole.tokens()[3].entry, nullptr) << text;
  }
}

TEST(Features, QuotationsAndNewsThatAProblemIsOver) {
  TextFeatures f = Prepared("the \"fresh\" salmon smelled off", Language::kEnglish);
  EXPECT_EQ(f.tokens()[2].quote_words, 1u);
  EXPECT_EQ(f.tokens()[4].quote_words, 0u);
  EXPECT_TRUE(HasScareQuote(f));
  // A title, what the writer's mum said, and an unclosed quote are no scare quotes.
  for (const char* text : {"watched \"Fresh Start\" last night", "my mum called it \"perfect\"",
                           "the \"fresh salmon smelled off"}) {
    EXPECT_FALSE(HasScareQuote(Prepared(text, Language::kEnglish))) << text;
  }
  EXPECT_TRUE(SaysProblemIsOver(Prepared("my lost parcel has been found, thanks", Language::kEnglish)));
  // A quoted "resolved" is a claim in doubt; news of an end that is itself
  // the problem is no good news.
  for (const char* text : {"my complaint was \"resolved\" by closing the ticket", "my parcel arrived damaged",
                           "Ordine arrivato con 10 giorni di ritardo"}) {
    EXPECT_FALSE(SaysProblemIsOver(Prepared(text, Language::kEnglish))) << text;
  }
}

TEST(Features, ReuseClearsThePreviousMessage) {
  std::vector<Token> tokens;
  TextFeatures f;
  ASSERT_TRUE(Tokenize("one two three four", &tokens).ok());
  f.Prepare(tokens, testing_util::SharedAnalyzer().lexicon());
  ASSERT_TRUE(Tokenize("ciao", &tokens).ok());
  f.Prepare(tokens, testing_util::SharedAnalyzer().lexicon());
  EXPECT_EQ(f.tokens().size(), 1u);
  EXPECT_EQ(f.norm(f.tokens()[0]), "ciao");
  EXPECT_EQ(f.words(), 1u);
}

// Capitals with digits spell a code, a postcode or a seat: no lexicon word.
// The same letters in lower case are texting ("2qt", too cute).
TEST(Features, CapitalsWithDigitsAreACode) {
  const TextFeatures f = Prepared("my postcode is LS6 2QT", Language::kEnglish);
  EXPECT_TRUE(f.tokens()[4].code);
  EXPECT_EQ(f.tokens()[4].entry, nullptr);
  EXPECT_FALSE(Prepared("so 2qt", Language::kEnglish).tokens()[1].code);
  EXPECT_FALSE(Prepared("NEVER again", Language::kEnglish).tokens()[0].code);
  EXPECT_EQ(testing_util::Analyze("my postcode is LS6 2QT").sentiment.label, SentimentLabel::kNeutral);
  EXPECT_EQ(testing_util::Analyze("so 2qt").sentiment.label, SentimentLabel::kPositive);
}

// Greetings, thanks and a letter's formulas are courtesy; a wish for a good
// day, and "dear" inside a sentence, are not.
TEST(Features, WordsOfCourtesy) {
  const TextFeatures letter = Prepared("Good afternoon, dear team. Kind regards", Language::kEnglish);
  EXPECT_TRUE(IsCourtesy(letter, 0));   // good (afternoon)
  EXPECT_FALSE(IsCourtesy(letter, 1));  // afternoon
  EXPECT_FALSE(IsCourtesy(letter, 3));  // dear, not opening its sentence
  EXPECT_TRUE(IsCourtesy(letter, 7));   // regards
  const TextFeatures wish = Prepared("Have a good day", Language::kEnglish);
  EXPECT_FALSE(IsCourtesy(wish, 2));
  const TextFeatures it = Prepared("Gentilissimi, grazie. Buona serata", Language::kItalian);
  EXPECT_TRUE(IsCourtesy(it, 0));
  EXPECT_TRUE(IsCourtesy(it, 2));
  EXPECT_TRUE(IsCourtesy(it, 4));
}

// A capitalised word beside a product's kind names the product ("the Gold
// package", "il pacchetto Smart"): no praise in it. The same word alone, or
// opening the sentence, is read.
TEST(Features, APlansNameIsNoPraise) {
  const TextFeatures gold = Prepared("is sport in the Gold package?", Language::kEnglish);
  EXPECT_EQ(gold.tokens()[4].entry, nullptr);
  const TextFeatures smart = Prepared("il pacchetto Smart conviene?", Language::kItalian);
  EXPECT_EQ(smart.tokens()[2].entry, nullptr);
  EXPECT_NE(Prepared("is it gold?", Language::kEnglish).tokens()[2].entry, nullptr);
  EXPECT_EQ(
      testing_util::Analyze("Kindly confirm whether sport is included in the Gold package").sentiment.label,
      SentimentLabel::kNeutral);
}

}  // namespace
}  // namespace pronto

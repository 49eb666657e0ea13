// Copyright 2026 The Pronto Authors.
#include "pronto/language.h"

#include <gtest/gtest.h>

#include "tone_test_util.h"

namespace pronto {
namespace {

Language Detect(const std::string& text) { return testing_util::Analyze(text).language; }

TEST(Language, ItalianSocialTexts) {
  EXPECT_EQ(Detect("Ancora nessuna risposta dal servizio clienti 😡 #vergogna"), Language::kItalian);
  EXPECT_EQ(Detect("@TimItalia cmq nn funziona niente da 3 giorni"), Language::kItalian);
  EXPECT_EQ(Detect("grazie mille!!! ❤️"), Language::kItalian);
  EXPECT_EQ(Detect("perché il pacco è in ritardo?"), Language::kItalian);
  EXPECT_EQ(Detect("Bellissimo"), Language::kItalian);
  // "ok" and "oh" are said in both languages.
  EXPECT_EQ(Detect("ok grazie"), Language::kItalian);
  EXPECT_EQ(Detect("ok perfetto"), Language::kItalian);
  EXPECT_EQ(Detect("ok perfect"), Language::kEnglish);
  EXPECT_EQ(Detect("oh no, ancora niente"), Language::kItalian);
}

TEST(Language, EnglishSocialTexts) {
  EXPECT_EQ(Detect("@AcmeHelp still waiting for my refund smh"), Language::kEnglish);
  EXPECT_EQ(Detect("omg u guys are the best 😍😍"), Language::kEnglish);
  EXPECT_EQ(Detect("Why hasn't my parcel arrived yet?"), Language::kEnglish);
  EXPECT_EQ(Detect("thanks!"), Language::kEnglish);
  EXPECT_EQ(Detect("I can't log in"), Language::kEnglish);
  // Care words that end in a vowel, alone or in pairs, are English words.
  EXPECT_EQ(Detect("price?"), Language::kEnglish);
  EXPECT_EQ(Detect("phone service"), Language::kEnglish);
  EXPECT_EQ(Detect("website down"), Language::kEnglish);
  EXPECT_EQ(Detect("prezzo?"), Language::kItalian);
}

TEST(Language, OtherLanguagesAndNoWords) {
  EXPECT_EQ(Detect("Hola, ¿dónde está mi pedido? Gracias"), Language::kOther);
  EXPECT_EQ(Detect("Je ne suis pas content, c'est nul"), Language::kOther);
  EXPECT_EQ(Detect("Wo ist meine Bestellung? Danke"), Language::kOther);
  // Care messages whose function words are Italian too ("mi", "no", "ha").
  EXPECT_EQ(Detect("Hola, mi pedido no ha llegado"), Language::kOther);
  EXPECT_EQ(Detect("Bonjour, ma commande n'est pas arrivée"), Language::kOther);
  EXPECT_EQ(Detect("Olá, meu pedido não chegou"), Language::kOther);
  EXPECT_EQ(Detect("Где мой заказ"), Language::kOther);
  const Analysis heart = testing_util::Analyze("❤️❤️");
  EXPECT_EQ(heart.language, Language::kOther);
  EXPECT_EQ(heart.language_confidence, 0);
}

TEST(Language, ConfidenceIsAShare) {
  const Analysis a = testing_util::Analyze("il pacco non è ancora arrivato e nessuno risponde");
  EXPECT_EQ(a.language, Language::kItalian);
  EXPECT_GT(a.language_confidence, 0.8f);
  EXPECT_LE(a.language_confidence, 1.0f);
}

TEST(Language, ParseLanguage) {
  Language l = Language::kOther;
  EXPECT_TRUE(ParseLanguage("it", &l));
  EXPECT_EQ(l, Language::kItalian);
  EXPECT_TRUE(ParseLanguage("en", &l));
  EXPECT_EQ(l, Language::kEnglish);
  EXPECT_FALSE(ParseLanguage("fr", &l));
  EXPECT_STREQ(LanguageName(Language::kOther), "other");
}

}  // namespace
}  // namespace pronto

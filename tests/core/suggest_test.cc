// Copyright 2026 The Pronto Authors.
#include "pronto/suggest.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace pronto {
namespace {

TemplateLibrary Small() {
  std::ifstream in(std::string(PRONTO_TESTDATA_DIR) + "/templates_small.json");
  std::stringstream buffer;
  buffer << in.rdbuf();
  TemplateLibrary library;
  const Status s = TemplateLibrary::FromJson(buffer.str(), &library);
  EXPECT_TRUE(s.ok()) << s.message();
  return library;
}

std::vector<std::string> Ids(const std::vector<Suggestion>& suggestions) {
  std::vector<std::string> ids;
  for (const Suggestion& s : suggestions) ids.push_back(s.id);
  return ids;
}

TEST(Suggester, RanksByWordsWithStemsAndAccentsFolded) {
  Suggester suggester(Small());
  SuggestRequest r;
  r.message = "Il PACCHI non sono ancora arrivati, che RITARDO!!";
  r.language = "it";
  const auto s = suggester.Suggest(r);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].id, "delivery-delay");
  EXPECT_NE(std::find(s[0].reasons.words.begin(), s[0].reasons.words.end(), "RITARDO"),
            s[0].reasons.words.end());
  r.message = "voglio essere rimborsato subito";
  EXPECT_EQ(suggester.Suggest(r)[0].id, "refund-request");
}

TEST(Suggester, PhraseTriggersAndPatternsFillPlaceholders) {
  Suggester suggester(Small());
  SuggestRequest r;
  r.message = "ordine n. AB1234X: il tracking è fermo da giorni";
  r.language = "it";
  r.values = {{"first_name", "Anna"}, {"agent", "Luca"}};
  const auto s = suggester.Suggest(r);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].id, "delivery-delay");
  EXPECT_EQ(s[0].reasons.triggers, std::vector<std::string>{"tracking fermo"});
  ASSERT_EQ(s[0].reasons.extracted.size(), 1u);
  EXPECT_EQ(s[0].reasons.extracted[0].second, "AB1234X");
  EXPECT_EQ(
      s[0].filled.text,
      "Ciao Anna, ci dispiace per il ritardo dell'ordine AB1234X. Controlliamo subito con il corriere. Luca");
  EXPECT_TRUE(s[0].filled.unfilled.empty());
}

TEST(Suggester, IntentsChannelVisibilityAndLanguage) {
  Suggester suggester(Small());
  SuggestRequest r;
  r.message = "siete i migliori";
  r.intents = {{"praise", 0.9}};
  EXPECT_EQ(suggester.Suggest(r)[0].id, "thanks-praise");
  EXPECT_EQ(suggester.Suggest(r)[0].reasons.intents, std::vector<std::string>{"praise"});

  // An emoji-only reaction needs no tone engine to be recognised.
  r = SuggestRequest();
  r.message = "❤️❤️";
  EXPECT_EQ(Ids(suggester.Suggest(r)), std::vector<std::string>{"emoji-reaction"});
  r.channel = kChannelX;  // the emoji template is Facebook-only
  EXPECT_TRUE(suggester.Suggest(r).empty());

  r = SuggestRequest();
  r.message = "numero ordine e dati";
  r.visibility = kVisibilityPublic;
  for (const Suggestion& s : suggester.Suggest(r)) EXPECT_NE(s.id, "dm-private-only");
  r.visibility = kVisibilityPrivate;
  EXPECT_EQ(suggester.Suggest(r)[0].id, "dm-private-only");

  // English message: the English template first; with the language known the
  // Italian ones are ranked down.
  r = SuggestRequest();
  r.message = "my parcel is late, where is my order?";
  r.language = "en";
  const auto s = suggester.Suggest(r);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].id, "delivery-delay-en");
  EXPECT_EQ(s[0].filled.text, "Hi there, sorry your parcel is late. We're checking with the courier now.");
}

TEST(Suggester, ChoicesMakeATemplateRiseAndSurviveARestart) {
  Suggester suggester(Small());
  SuggestRequest r;
  r.message = "il reso del pacco";  // both delivery-delay and refund-request fit
  r.language = "it";
  const auto before = suggester.Suggest(r);
  ASSERT_GE(before.size(), 2u);
  const std::string second = before[1].id;
  for (int i = 0; i < 3; ++i) suggester.RecordChoice(second, "il reso di un pacco arrivato rotto");
  const auto after = suggester.Suggest(r);
  EXPECT_EQ(after[0].id, second);
  EXPECT_TRUE(after[0].reasons.used_before);

  Suggester restarted(Small());
  ASSERT_TRUE(restarted.UsageFromJson(suggester.UsageToJson()).ok());
  EXPECT_EQ(restarted.Suggest(r)[0].id, second);
  EXPECT_FALSE(restarted.UsageFromJson(R"({"usage":{"x":{"choices":"many"}}})").ok());
  const Status syntax = restarted.UsageFromJson("{\"schema\":1,\n\"usage\":{\"x\" 1}}");
  EXPECT_EQ(syntax.code(), "invalid_usage");
  EXPECT_NE(syntax.message().find("usage data is not valid JSON at line 2, column"), std::string::npos)
      << syntax.message();
  EXPECT_EQ(restarted.Suggest(r)[0].id, second);  // a bad import changed nothing
}

TEST(Suggester, VariantsDependOnTheSeedAndTopKIsRespected) {
  Suggester suggester(Small());
  SuggestRequest r;
  r.message = "ritardo spedizione pacco";
  r.language = "it";
  r.k = 1;
  std::set<size_t> variants;
  for (const char* seed : {"t1", "t2", "t3", "t4", "t5", "t6"}) {
    r.variant_seed = seed;
    const auto s = suggester.Suggest(r);
    ASSERT_EQ(s.size(), 1u);
    variants.insert(s[0].variant);
  }
  EXPECT_EQ(variants.size(), 2u);  // body and its one variant both come up
}

TEST(Suggester, JsonCarriesReasonsAndUnfilledSpans) {
  Suggester suggester(Small());
  SuggestRequest r;
  r.message = "ritardo";
  r.language = "it";
  r.k = 1;
  const std::string json = SuggestionsToJson(suggester.Suggest(r));
  EXPECT_NE(json.find(R"("id":"delivery-delay")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("unfilled":[{"end":)"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("words":["ritardo"])"), std::string::npos) << json;
}

}  // namespace
}  // namespace pronto

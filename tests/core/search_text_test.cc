// Copyright 2026 The Pronto Authors.
#include "pronto/search_text.h"

#include <gtest/gtest.h>

namespace pronto {
namespace {

std::vector<std::string> Terms(std::string_view text, SearchLanguage lang) {
  std::vector<SearchTerm> terms;
  SearchTerms(text, lang, &terms);
  std::vector<std::string> out;
  for (const SearchTerm& t : terms) out.push_back(t.term);
  return out;
}

TEST(Fold, LowersAndStripsAccents) {
  EXPECT_EQ(Fold("Perché CITTÀ Über naïve Œuvre Łódź"), "perche citta uber naive ouvre lodz");
  EXPECT_EQ(Fold("e\xCC\x81"), "e");  // e + combining acute
  EXPECT_EQ(Fold("l’ordine ×2 😍"), "l'ordine ×2 😍");
}

TEST(Stem, ItalianInflectionsMeet) {
  const auto it = SearchLanguage::kItalian;
  EXPECT_EQ(Stem("rimborso", it), Stem("rimborsi", it));
  EXPECT_EQ(Stem("rimborso", it), Stem("rimborsato", it));
  EXPECT_EQ(Stem("rimborso", it), Stem("rimborsare", it));
  EXPECT_EQ(Stem("ordine", it), Stem("ordini", it));
  EXPECT_EQ(Stem("consegna", it), Stem("consegnato", it));
  EXPECT_EQ(Stem("pacco", it), Stem("pacchi", it));
  EXPECT_NE(Stem("pacco", it), Stem("pace", it));
}

TEST(Stem, EnglishInflectionsMeet) {
  const auto en = SearchLanguage::kEnglish;
  EXPECT_EQ(Stem("refund", en), Stem("refunded", en));
  EXPECT_EQ(Stem("refund", en), Stem("refunds", en));
  EXPECT_EQ(Stem("deliver", en), Stem("delivery", en));
  EXPECT_EQ(Stem("charge", en), Stem("charged", en));
  EXPECT_EQ(Stem("ship", en), Stem("shipped", en));
  EXPECT_EQ(Stem("reply", en), Stem("replied", en));
  EXPECT_EQ(Stem("parcel", en), Stem("parcels", en));
}

TEST(SearchTerms, DropsStopWordsKeepsPositions) {
  EXPECT_EQ(Terms("Il mio ordine è in ritardo!", SearchLanguage::kItalian),
            (std::vector<std::string>{"ordin", "ritard"}));  // "è" folds to the stop word "e"
  std::vector<SearchTerm> terms;
  SearchTerms("where is my order #late", SearchLanguage::kEnglish, &terms);
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].term, "order");
  EXPECT_EQ(terms[0].position, 3u);
  EXPECT_EQ(terms[1].term, "late");  // hashtag without '#'
  EXPECT_EQ(terms[1].utf16_begin, 18u);
}

TEST(SearchTerms, ElisionsAndInvalidInput) {
  EXPECT_EQ(Terms("dell'assistenza", SearchLanguage::kItalian), std::vector<std::string>{"assistenz"});
  EXPECT_TRUE(Terms("\xFF", SearchLanguage::kItalian).empty());
}

}  // namespace
}  // namespace pronto

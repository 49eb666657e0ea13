// Copyright 2026 The Pronto Authors.
#include "pronto/personalization.h"

#include <gtest/gtest.h>

#include "pronto/search_text.h"

namespace pronto {
namespace {

std::vector<std::string> Rules(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& f : findings) rules.push_back(f.rule);
  return rules;
}

const char* kTemplate =
    "Ciao Anna, ci dispiace per il ritardo. Controlliamo subito con il corriere e ti aggiorniamo.";

TEST(Personalization, UnchangedTemplateIsFlaggedWithTheSpanToChange) {
  PersonalizationInput in;
  in.draft = kTemplate;
  in.templates = {kTemplate};
  in.customer_first_name = "Anna";
  in.customer_message = "il mio ordine è in ritardo";
  in.language = "it";
  const auto findings = CheckPersonalization(in);
  ASSERT_EQ(Rules(findings), std::vector<std::string>{"template_unchanged"});
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[0].utf16_begin, 0u);
  EXPECT_EQ(findings[0].utf16_end, std::string(kTemplate).size() - 1);  // up to the last word, before "."
  EXPECT_EQ(std::string(DraftStatus(findings)), "review");
}

TEST(Personalization, AnAdaptedDraftPasses) {
  PersonalizationInput in;
  in.draft =
      "Ciao Anna, ci dispiace che il pacco con le scarpe sia fermo a Bologna: ho scritto ora al corriere, "
      "entro stasera ti dico quando arriva.";
  in.templates = {kTemplate};
  in.customer_first_name = "Anna";
  in.customer_message = "il pacco con le scarpe è fermo a Bologna";
  in.language = "it";
  EXPECT_TRUE(CheckPersonalization(in).empty());
  EXPECT_LT(TextSimilarity(in.draft, kTemplate), kNearIdentical);
}

TEST(Personalization, RepeatedReplyAndNothingPersonal) {
  PersonalizationInput in;
  in.draft = "Thanks for reaching out, we are looking into it.";
  in.recent_replies = {"Thanks for reaching out! We are looking into it."};
  in.customer_first_name = "Jo";
  in.customer_message = "my invoice shows a double charge";
  const auto findings = CheckPersonalization(in);
  EXPECT_EQ(Rules(findings), (std::vector<std::string>{"repeated_reply", "no_personal_element"}));
}

TEST(Personalization, UnfilledPlaceholderStops) {
  PersonalizationInput in;
  in.draft = "Ciao 😊 Anna, l'ordine ‹numero d'ordine› è partito.";
  in.customer_first_name = "Anna";
  const auto findings = CheckPersonalization(in);
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].rule, "unfilled_placeholder");
  EXPECT_EQ(findings[0].severity, Severity::kStop);
  EXPECT_EQ(findings[0].utf16_begin, 23u);  // the emoji counts two UTF-16 units
  EXPECT_EQ(findings[0].utf16_end, 23u + 17u);
  EXPECT_EQ(std::string(DraftStatus(findings)), "stop");
  in.draft = "Ciao {{first_name}}";
  EXPECT_EQ(CheckPersonalization(in)[0].rule, "unfilled_placeholder");
}

TEST(Personalization, AWordOfTheMessageCountsInAnotherFormOrCase) {
  // No name given: only the message's content words can make it personal.
  PersonalizationInput in;
  in.language = "it";
  in.customer_message = "Non mi avete ancora rimborsato l'ABBONAMENTO!";
  for (const char* draft : {"Ciao, il rimborso dell'abbonamento parte oggi.",  // another form, same stem
                            "Ciao, abbonamenti: ti scrivo in privato.",        // plural, other case
                            "#Rimborsi in corso, ti aggiorno."}) {             // a hashtag, capitalised
    in.draft = draft;
    EXPECT_TRUE(CheckPersonalization(in).empty()) << draft;
  }
  in.draft = "Ciao, ti scriviamo in privato.";  // "scriviamo" starts like nothing they wrote
  EXPECT_EQ(Rules(CheckPersonalization(in)), std::vector<std::string>{"no_personal_element"});
  in.language = "en";
  in.customer_message = "The replies never arrive";
  in.draft = "Sorry, the reply got stuck: it is on its way.";  // "replies" -> "reply"
  EXPECT_TRUE(CheckPersonalization(in).empty());
}

TEST(Personalization, AnotherMessageOrLanguageIsNotAnsweredFromTheLastOne) {
  // The terms of the last message are reused while it stays the same: a new
  // message, or the same one in another language, must be read again.
  PersonalizationInput in;
  in.language = "en";
  in.draft = "Sorry about the refund, it left today.";
  in.customer_message = "Where is my refund?";
  EXPECT_TRUE(CheckPersonalization(in).empty());
  EXPECT_TRUE(CheckPersonalization(in).empty());  // the same message again
  in.customer_message = "Where is my parcel?";
  EXPECT_EQ(Rules(CheckPersonalization(in)), std::vector<std::string>{"no_personal_element"});
  in.customer_message = "Where is my refund?";
  EXPECT_TRUE(CheckPersonalization(in).empty());
  // Stems depend on the language: "rimborsi" and "rimborso" share one in Italian.
  in.language = "it";
  in.customer_message = "Dove sono i rimborsi?";
  in.draft = "Ciao, il rimborso parte oggi.";
  EXPECT_TRUE(CheckPersonalization(in).empty());
}

TEST(Personalization, NamesCustomerByNameHandleOrTitle) {
  const auto names = [](const std::string& draft, const std::string& first_name) {
    std::vector<Token> tokens;
    EXPECT_TRUE(Tokenize(draft, &tokens).ok());
    return NamesCustomer(tokens, Fold(first_name));
  };
  EXPECT_TRUE(names("Ciao ANNA, eccoci.", "Anna"));
  EXPECT_TRUE(names("Ciao Nicolò, eccoci.", "Nicolo"));
  EXPECT_TRUE(names("Ciao @anna_r, eccoci.", "Anna"));
  EXPECT_TRUE(names("Gentile Sig.ra Bianchi, eccoci.", "Anna"));
  // Italian writes the title in lower case after "Gentile"; the name has the capital.
  EXPECT_TRUE(names("Gentile signora Rossi, eccoci.", "Anna"));
  EXPECT_FALSE(names("Gentile signora, eccoci.", "Anna"));
  EXPECT_FALSE(names("Ciao, la signora delle pulizie arriva alle 9.", "Anna"));
  EXPECT_FALSE(names("Ciao Annalisa, eccoci.", "Anna"));
  EXPECT_FALSE(names("Ciao, #Anna è la nostra borsa.", "Anna"));
  EXPECT_FALSE(names("Ciao Anna, eccoci.", ""));
  // A full name, as a page shows it: any of its words names the customer,
  // the handle goes with the first.
  EXPECT_TRUE(names("Buongiorno Mario, eccoci.", "Mario Rossi"));
  EXPECT_TRUE(names("Buongiorno Rossi, eccoci.", "Mario Rossi"));
  EXPECT_TRUE(names("Ciao @mario_r, eccoci.", "Mario Rossi"));
  EXPECT_TRUE(names("Hi Anna, here we are.", "Anna 🌻 Rossi"));
  EXPECT_FALSE(names("Ciao Marco, eccoci.", "Mario Rossi"));
  EXPECT_FALSE(names("Ciao, eccoci.", "Mario Rossi"));
  // The check without tokens asks the same.
  PersonalizationInput in;
  in.draft = "Ciao, #Anna è la nostra borsa.";
  in.customer_first_name = "Anna";
  in.customer_message = "il mio ordine è in ritardo";
  EXPECT_EQ(Rules(CheckPersonalization(in)), std::vector<std::string>{"no_personal_element"});
  in.draft = "Gentile Sig.ra Bianchi, eccoci.";
  EXPECT_TRUE(CheckPersonalization(in).empty());
}

}  // namespace
}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "pronto/politeness.h"

#include <gtest/gtest.h>

#include "tone_test_util.h"

namespace pronto {
namespace {

float Pol(const std::string& text) { return testing_util::Analyze(text, Role::kReply).politeness; }

TEST(Politeness, PoliteRepliesScorePositive) {
  EXPECT_GT(Pol("Hi Anna, thank you for your patience. Could you please send us your order number in DM?"),
            0.5f);
  EXPECT_GT(Pol("Ciao Anna, ci scusiamo per il ritardo. Potresti gentilmente scriverci in privato il numero "
                "d'ordine?"),
            0.5f);
  // Owning a mistake is polite, not negative: "bad" in "my bad" is no insult.
  EXPECT_GT(Pol("Hey Anna, my bad, I'll chase the courier now."), 0.2f);
  EXPECT_GT(Pol("Buonasera Anna, siamo mortificati per l'accaduto: il rimborso è già partito."), 0.6f);
}

TEST(Politeness, TheTwoLanguagesScoreTheSameStrategiesAlike) {
  // Apologies, answering thanks: the Italian reply scores within 0.15 of its
  // English twin, and both read as polite.
  const std::pair<const char*, const char*> twins[] = {
      {"Ciao Marco, siamo davvero spiacenti. Scrivici in privato con una foto.",
       "Hi Marco, we are really sorry. Send us a DM with a photo."},
      {"Figurati Elena, è stato un piacere!", "You're welcome Elena, it was a pleasure!"},
      {"Ciao Luca, grazie per la pazienza, restiamo a disposizione. Buona giornata!",
       "Hi Luca, thanks for your patience, we're here to help. Have a great day!"},
  };
  for (const auto& [it, en] : twins) {
    EXPECT_GT(Pol(it), 0.5f) << it;
    EXPECT_GT(Pol(en), 0.5f) << en;
    EXPECT_NEAR(Pol(it), Pol(en), 0.15f) << it;
  }
}

TEST(Politeness, RudeRepliesScoreNegative) {
  EXPECT_LT(Pol("Why didn't you read the FAQ? It's obviously your fault."), -0.3f);
  EXPECT_LT(Pol("Come ho già detto, non è un nostro problema. Devi leggere le istruzioni."), -0.3f);
  EXPECT_LT(Pol("Stop complaining, idiot"), -0.5f);
}

TEST(Politeness, OrderingAndRange) {
  const float polite = Pol("Would you mind sending us a photo? Thanks!");
  const float blunt = Pol("Send a photo.");
  const float rude = Pol("Send a photo NOW!! What is your problem?");
  EXPECT_GT(polite, blunt);
  EXPECT_GT(blunt, rude);
  EXPECT_LE(polite, 1.0f);
  EXPECT_GE(rude, -1.0f);
}

TEST(Politeness, SentenceInitialPleaseIsWeaker) {
  EXPECT_GT(Pol("Could you send it please"), Pol("Please send it"));
}

}  // namespace
}  // namespace pronto

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

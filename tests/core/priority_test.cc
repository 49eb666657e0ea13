// Copyright 2026 The Pronto Authors.
#include "pronto/priority.h"

#include <gtest/gtest.h>

#include "tone_test_util.h"

namespace pronto {
namespace {

int P(const std::string& text) { return testing_util::Analyze(text).priority; }

TEST(Priority, AngryComplaintsComeFirst) {
  const int angry = P("Ancora nessuna risposta!! Pacco smarrito da 2 settimane, vergogna");
  const int question = P("A che ora aprite domani?");
  const int thanks = P("Grazie, tutto ok");
  EXPECT_GE(angry, 70);
  EXPECT_GT(angry, question);
  EXPECT_GT(question, thanks);
  EXPECT_LE(thanks, 30);
}

TEST(Priority, UrgencyRaisesIt) {
  EXPECT_GT(P("need help with my account asap, urgent"), P("need help with my account"));
}

TEST(Priority, PublicComplaintsOutrankPrivateOnes) {
  Sentiment s;
  s.score = -0.7f;
  s.label = SentimentLabel::kNegative;
  Intents i;
  i.confidence[static_cast<size_t>(Intent::kComplaint)] = 0.8f;
  EXPECT_GT(ComputePriority(s, i, Visibility::kPublic), ComputePriority(s, i, Visibility::kPrivate));
}

TEST(Priority, SpamSinksReactionsKeepAFloor) {
  EXPECT_LT(P("free followers click here https://spam.example.com"), 10);
  EXPECT_GE(P("❤️"), 15);
}

TEST(Priority, StaysInRange) {
  Sentiment s;
  s.score = -1;
  Intents i;
  i.confidence.fill(1);
  i.confidence[static_cast<size_t>(Intent::kSpam)] = 0;
  i.urgency = 1;
  i.toxicity = 1;
  EXPECT_EQ(ComputePriority(s, i, Visibility::kPublic), 100 > ComputePriority(s, i, Visibility::kPublic)
                                                            ? ComputePriority(s, i, Visibility::kPublic)
                                                            : 100);
  EXPECT_LE(ComputePriority(s, i, Visibility::kPublic), 100);
  EXPECT_GE(ComputePriority(Sentiment(), Intents(), Visibility::kPrivate), 0);
}

}  // namespace
}  // namespace pronto

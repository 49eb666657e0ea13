// Copyright 2026 The Pronto Authors.
#include "pronto/priority.h"

#include <cmath>

namespace pronto {
namespace {

// Team constants, set by hand: each signal's share of the urgency, combined
// as a noisy-or so that no single signal saturates the scale.
constexpr float kNegativity = 0.55f;
constexpr float kComplaint = 0.5f;
constexpr float kUrgency = 0.45f;
constexpr float kQuestion = 0.25f;
constexpr float kContact = 0.25f;
constexpr float kToxicity = 0.3f;
constexpr float kPublicBoost = 0.15f;  // of the remaining headroom, scaled by how bad it is
constexpr float kBaseline = 0.1f;      // any message needs an answer
constexpr float kReactionFloor = 0.15f;

}  // namespace

int ComputePriority(const Sentiment& sentiment, const Intents& intents, Visibility visibility) {
  const float negativity = sentiment.score < 0 ? -sentiment.score : 0;
  float keep = 1 - kBaseline;
  keep *= 1 - kNegativity * negativity;
  keep *= 1 - kComplaint * intents.of(Intent::kComplaint);
  keep *= 1 - kUrgency * intents.urgency;
  keep *= 1 - kQuestion * intents.of(Intent::kQuestion);
  keep *= 1 - kContact * intents.of(Intent::kContactRequest);
  keep *= 1 - kToxicity * intents.toxicity;
  float p = 1 - keep;
  if (visibility == Visibility::kPublic) {
    const float badness =
        negativity > intents.of(Intent::kComplaint) ? negativity : intents.of(Intent::kComplaint);
    p += (1 - p) * kPublicBoost * badness;
  }
  p *= 1 - intents.of(Intent::kSpam);
  if (intents.of(Intent::kReaction) > 0 && p < kReactionFloor) p = kReactionFloor;
  const int score = static_cast<int>(std::lround(p * 100));
  return score < 0 ? 0 : (score > 100 ? 100 : score);
}

}  // namespace pronto

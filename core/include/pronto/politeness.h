// Copyright 2026 The Pronto Authors.
//
// How polite a reply draft reads, in [-1, 1], from politeness strategies in
// the manner of Danescu-Niculescu-Mizil et al. (ACL 2013): gratitude,
// apology, greetings, hedges and counterfactual modals ("could you", "potrebbe")
// raise it; direct "why" questions, factuality ("actually", "ovviamente"),
// orders ("you need to", "devi"), blame, a sentence-initial "please", a
// direct start ("So…", "Quindi…"), shouting and insults lower it. Cue weights
// live in the lexicon's "polite" sections and were set by hand.
//
//   float p = pronto::ScorePoliteness(features, sentiment, intents);  // > 0: polite
#ifndef PRONTO_POLITENESS_H_
#define PRONTO_POLITENESS_H_

#include "pronto/features.h"
#include "pronto/intents.h"
#include "pronto/sentiment.h"

namespace pronto {

// Returns the politeness of a matched message (TextFeatures::Match) in [-1, 1].
float ScorePoliteness(const TextFeatures& features, const Sentiment& sentiment, const Intents& intents);

}  // namespace pronto

#endif  // PRONTO_POLITENESS_H_

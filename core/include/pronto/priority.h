// Copyright 2026 The Pronto Authors.
//
// How soon a customer message should be answered, 0 (whenever) to 100 (now),
// for ordering the reply-timer list. It combines negativity, complaint,
// urgency cues, questions and contact requests, public visibility (an
// unanswered public complaint is read by everyone) and toxicity (it needs a
// calm answer or moderation); spam sinks, and an emoji reaction still gets a
// floor because every message deserves an answer.
//
//   int p = pronto::ComputePriority(sentiment, intents, pronto::Visibility::kPublic);
#ifndef PRONTO_PRIORITY_H_
#define PRONTO_PRIORITY_H_

#include "pronto/intents.h"
#include "pronto/sentiment.h"

namespace pronto {

// Where the message was written.
enum class Visibility : uint8_t {
  kPublic,   // a comment, a mention: the community sees it
  kPrivate,  // a direct message
};

// Returns the urgency of a customer message in [0, 100].
int ComputePriority(const Sentiment& sentiment, const Intents& intents, Visibility visibility);

}  // namespace pronto

#endif  // PRONTO_PRIORITY_H_

// Copyright 2026 The Pronto Authors.
//
// Lexicon-based sentiment for short social messages in Italian and English,
// in the manner of VADER (Hutto & Gilbert 2014) with additions for customer
// care: valences of words, multi-word terms, emoji and emoticons; negation
// ("non", "mai", "not", "never"… within three tokens of the same sentence);
// intensifiers and diminishers; contrast ("ma"/"but": the clause after weighs
// more); elongation ("sooo"); ALL CAPS words and '!' emphasis; Italian
// superlatives; cheap irony markers ("#sarcasmo", "yeah right", 🙄) that turn
// praise into a complaint.
//
//   pronto::Sentiment s = pronto::AnalyzeSentiment(features, lang);  // after Match
//   // s.label == pronto::SentimentLabel::kNegative, s.score in [-1, 1]
#ifndef PRONTO_SENTIMENT_H_
#define PRONTO_SENTIMENT_H_

#include "pronto/features.h"
#include "pronto/lexicon.h"

namespace pronto {

// The three-way sentiment label.
enum class SentimentLabel : uint8_t { kNegative, kNeutral, kPositive };

// Returns "negative", "neutral" or "positive".
const char* SentimentLabelName(SentimentLabel label);

// The sentiment of one message.
struct Sentiment {
  SentimentLabel label = SentimentLabel::kNeutral;
  float score = 0;     // the compound score in [-1, 1]
  float positive = 0;  // the strength of the positive evidence alone, [0, 1]
  float negative = 0;  // the strength of the negative evidence alone, [0, 1]
  bool irony = false;  // an irony marker was seen
};

// The thresholds on the compound score that separate the labels. They were
// set on the development part of the evaluation data (see
// tests/eval/sentiment.eval.mjs); every other constant was set by hand.
struct SentimentThresholds {
  float positive = 0.05f;  // score >= positive is kPositive
  float negative = 0.05f;  // score <= -negative is kNegative
  // In a message with a question mark, score >= the larger of
  // this and `positive` is kPositive: mild warmth in a question is manners
  // ("accettate i buoni pasto?", "can the loyalty card be used in all
  // stores?").
  float positive_asking = 0.0f;
};

// Returns the shipped thresholds for `language`.
SentimentThresholds DefaultSentimentThresholds(Language language);

// Scores a message whose features were matched (TextFeatures::Match) for
// `language`, labelling it with DefaultSentimentThresholds(language).
Sentiment AnalyzeSentiment(const TextFeatures& features, Language language);

// As above with explicit thresholds.
Sentiment AnalyzeSentiment(const TextFeatures& features, const SentimentThresholds& thresholds);

// For a customer's message: praise around a problem stated plainly ("Awesome,
// my parcel is lost. Great job"), with no "but"/"though", no thanks and no
// word saying the problem is over ("found", "risolto"), is sarcasm: marks
// `*s` ironic and turns its praise negative as an irony marker would. Not for
// the brand's replies ("great news: your lost parcel was found and ships").
void MarkSarcasticPraise(const TextFeatures& features, const SentimentThresholds& thresholds, Sentiment* s);

}  // namespace pronto

#endif  // PRONTO_SENTIMENT_H_

// Copyright 2026 The Pronto Authors.
//
// A message's tokens normalised once (lower case, straight apostrophes, emoji
// without variation selectors or skin tones, elongation noted) and matched
// once against the lexicon, longest multi-word term first. Language
// identification, sentiment, intents and politeness all read the same
// TextFeatures, so a message is tokenized and looked up a single time.
//
//   pronto::TextFeatures features;        // reuse it: its buffers stay allocated
//   features.Prepare(tokens, lexicon);    // after pronto::Tokenize
//   pronto::Language lang = pronto::DetectLanguage(features).language;
//   features.Match(lang, lexicon);
//   for (const pronto::FeatureToken& t : features.tokens()) {
//     if (t.entry && t.entry->Has(pronto::LexiconEntry::kValence)) ...
//   }
#ifndef PRONTO_FEATURES_H_
#define PRONTO_FEATURES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/lexicon.h"
#include "pronto/text.h"

namespace pronto {

// One token of a message, prepared for the lexicon.
struct FeatureToken {
  TokenKind kind = TokenKind::kWord;
  uint32_t norm_offset = 0;  // the normalised text, in TextFeatures' arena
  uint32_t norm_length = 0;
  uint32_t utf16_begin = 0;  // the token's span in the message, UTF-16 units
  uint32_t utf16_end = 0;
  bool all_caps = false;        // "NEVER": two or more capitals and no lower case
  bool code = false;            // "2QT", "B12": capitals and digits, no lower case; no lexicon entry
  bool elongated = false;       // a letter repeated three times or more: "sooo"
  bool sentence_start = false;  // the first lexical token of a sentence
  bool non_latin = false;       // letters outside the Latin and Greek-free range
  bool capitalized = false;     // "Bari": an ASCII capital, then lower case
  bool truncated = false;       // cut off by the network: "ass… https://t.co/x" (see Prepare)
  // Inside a question's hypothetical clause ("can I freeze my membership if
  // I'm injured?", "la polizza copre i danni da grandine?"): a lexical token
  // after "if", "se", "unless", "qualora" or a word of cover ("cover",
  // "copre"), to the end of its clause, in a message with a '?'. Its problem
  // words name a case, not what happened (see Prepare).
  bool hypothetical = false;
  // A misfortune nobody at the brand caused, told in a message that asks
  // what to do about it and complains of nothing else ("my wallet was stolen,
  // can you block the card?", "volo cancellato per il maltempo, posso
  // riprenotare?"): it names the case the question is about, and is no
  // complaint; it stays urgent (see Match()).
  bool misfortune = false;
  // Inside a clause of concession, after "nonostante", "malgrado",
  // "despite" or "in spite of", or of circumstance, after "during",
  // "durante" or "because", to the end of its clause: the trouble that the
  // rest of the message overcame or was about ("rider gentilissimo
  // nonostante la pioggia", "clear updates during the outage", "walked up 4
  // floors because the lift was broken"; see Prepare).
  bool conceded = false;
  // Between a pair of quotation marks (" “ ” « »): how many words, hashtags,
  // emoji and emoticons the quotation holds, 0 outside one (see Prepare).
  // Someone else's words ("the \"express\" delivery", "dice
  // \"consegnato\""), not the writer's; unless a person near the writer said
  // them ("my mum called it \"perfect\""): those the writer reports as theirs,
  // and they are not marked.
  uint8_t quote_words = 0;
  uint8_t exclamations = 0;  // '!' in a punctuation token
  uint8_t questions = 0;     // '?' in a punctuation token
  // A number that rates, out of 10: "0/10" 0, "7/10" 7, "4/5" 8, "5 stars"
  // 10, "1 stella" 2; -1 for any other token (see Prepare).
  int8_t rating = -1;
  // Set by Prepare(): the exact normalised form (a hashtag without its '#')
  // looked up in each table, indexed by Lexicon::Table.
  std::array<const LexiconEntry*, 3> exact{};
  // Set by Match(): the entry of the token alone (after elongation, elision,
  // hashtag and inflection fallbacks), the longest multi-word term starting
  // here and how many tokens it spans (0 when none).
  const LexiconEntry* entry = nullptr;
  const LexiconEntry* phrase = nullptr;
  uint8_t phrase_tokens = 0;
  float morph_booster = 0;  // an Italian superlative ("bellissimo") intensifies

  // True for a capitalised word inside a sentence ("di Bari", "il negozio di
  // Troia"): most likely a name or a place. The lexicon's exact form only is
  // looked up, and as an insult it counts half.
  bool maybe_name() const { return capitalized && !sentence_start; }

  // True for tokens that can carry meaning in the lexicon: words, hashtags,
  // emoji and emoticons.
  bool lexical() const {
    return kind == TokenKind::kWord || kind == TokenKind::kHashtag || kind == TokenKind::kEmoji ||
           kind == TokenKind::kEmoticon;
  }
};

// The prepared tokens of one message plus message-wide counts.
class TextFeatures {
 public:
  // Normalises `tokens` (from pronto::Tokenize), replacing any previous
  // message, and looks each exact form up in every table of `lexicon`. With
  // `texting`, texting spellings read as their words ("nn" as "non", "u" as
  // "you"): customers write them, brand replies do not. Marks ratings: a
  // score out of 10 or 5 ("0/10", "4.5/5") not after a word that makes it a
  // date ("on 10/10", "entro il 5/10"), and a number of stars.
  void Prepare(const std::vector<Token>& tokens, const Lexicon& lexicon, bool texting = true);

  // Looks every token up in `lexicon` for `language`, filling entry, phrase,
  // phrase_tokens and morph_booster.
  void Match(Language language, const Lexicon& lexicon);

  // The prepared tokens, in message order.
  const std::vector<FeatureToken>& tokens() const { return tokens_; }

  // True when a negator stands among the kNegationReach lexical tokens before
  // token `i`, in the same clause ("nessun pacco perso", "nothing was
  // broken", "non si è rotto"), and the `span` tokens from `i` (a word, or a
  // term's words) hold no negator of their own ("non è mai arrivato" is
  // negative concord: "mai arrivato" stays a problem). Call after Match().
  bool NegatedBefore(size_t i, size_t span) const;

  // The normalised text of `t`.
  std::string_view norm(const FeatureToken& t) const {
    return std::string_view(arena_).substr(t.norm_offset, t.norm_length);
  }

  // The token where the message first says its problem is over (see
  // ProblemOverAt), or tokens().size(). Read on the first call after
  // Match(), which it needs, and kept: the sentiment and intent rules ask it
  // several times, and a reply draft's checks may never ask.
  size_t problem_over_at() const {
    if (problem_over_at_ == kNotRead) problem_over_at_ = ScanProblemOver();
    return problem_over_at_;
  }

  // Message-wide counts.
  size_t words() const { return words_; }
  size_t caps_words() const { return caps_words_; }
  size_t emoji() const { return emoji_; }  // emoji and emoticons
  size_t mentions() const { return mentions_; }
  size_t hashtags() const { return hashtags_; }
  size_t urls() const { return urls_; }  // URLs and e-mail addresses
  size_t exclamations() const { return exclamations_; }
  size_t questions() const { return questions_; }
  // A question mark, or an ask in words (a term or word that is a question
  // cue of 0.5 or more: "vorrei sapere", "how do I"). Set by Match().
  bool asks() const { return asks_; }
  size_t non_latin_words() const { return non_latin_words_; }

 private:
  void MarkRatings();
  void MarkHypotheticalClauses();
  void MarkConcessions();
  // Sets `flag` on the lexical tokens after one of the `count` `openers`, to
  // the end of its clause.
  void MarkClausesAfter(const std::string_view* openers, size_t count, bool FeatureToken::*flag);
  void MarkQuotes();
  void MarkMisfortuneCases();
  const LexiconEntry* LookupWord(Language language, const Lexicon& lexicon, std::string_view norm,
                                 const LexiconEntry* exact, bool elongated, float* morph_booster);
  const LexiconEntry* LookupInflected(Language language, const Lexicon& lexicon, std::string_view w,
                                      float* morph_booster);

  size_t ScanProblemOver() const;

  std::vector<FeatureToken> tokens_;
  std::string arena_;
  std::string scratch_;  // candidate forms and phrase keys, reused
  size_t words_ = 0;
  size_t caps_words_ = 0;
  size_t emoji_ = 0;
  size_t mentions_ = 0;
  size_t hashtags_ = 0;
  size_t urls_ = 0;
  size_t exclamations_ = 0;
  size_t questions_ = 0;
  size_t non_latin_words_ = 0;
  bool asks_ = false;
  static constexpr size_t kNotRead = static_cast<size_t>(-1);
  mutable size_t problem_over_at_ = kNotRead;
};

// Appends the lower-case form of `utf8` to `*out`: ASCII and Latin-1 letters
// (À..Þ) are lowered, U+2019 and U+02BC become "'", variation selector 16 and
// skin-tone modifiers are dropped. Other characters are copied unchanged.
void AppendNormalized(std::string_view utf8, std::string* out);

// True for a normalised word that thanks ("thanks", "thx", "grazie",
// "ringraziamo", "appreciate", "cheers"). Gratitude next to a problem is
// usually genuine ("thanks for the quick fix, it was crashing all day");
// praise next to one often is not ("great job, my parcel is lost").
bool IsThanksWord(std::string_view word);

// True when token `i` is a word of courtesy: thanks, a greeting ("hi",
// "buongiorno", "good morning", "buona giornata"), a letter's formula
// ("kindly", "kind regards", "cordiali saluti") or a word of kindness that
// opens a sentence as its salutation ("Gentilissimi, …", "Dear Sir"). In a
// message that asks, these are manners, not praise ("Buongiorno, sarete
// aperti il 15 agosto? Grazie").
bool IsCourtesy(const TextFeatures& features, size_t i);

// Calls `fn(i)` for each word of the message that thanks (IsThanksWord; token
// i of features.tokens()) until a call returns true; true if one did.
template <typename Fn>
bool AnyThanks(const TextFeatures& features, Fn fn) {
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kWord && IsThanksWord(features.norm(tokens[i])) && fn(i)) return true;
  }
  return false;
}

// Whether `t` ends a sentence: a punctuation mark with '!', '?' or '.'.
bool EndsSentence(const TextFeatures& features, const FeatureToken& t);

// True when a word of the message thanks (IsThanksWord).
bool SaysThanks(const TextFeatures& features);

// True for laughter: a word ("lol", "lmao", "haha", "ahahah", "jajaja", "xd")
// or an emoji (😂, 🤣, 😆), `norm` being the token's normal form.
bool IsLaughterToken(std::string_view norm);

// True when `norm` looks like a past participle: a regular Italian one
// ("consegnato", "arrivata", "ricevuto", "finite") or an English "-ed", or one
// of a short list of irregular ones ("fatto", "risposto", "sent", "paid").
bool LooksLikeParticiple(std::string_view norm);

// The first of `connectors` within four tokens after the thanks word at
// `thanks` and in its clause ("thanks Hermine for", "thank you so much for"),
// or the number of tokens.
template <size_t N>
size_t ConnectorAfter(const TextFeatures& features, size_t thanks, const std::string_view (&connectors)[N]) {
  constexpr size_t kReach = 4;
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t k = thanks + 1; k < tokens.size() && k <= thanks + kReach; ++k) {
    if (tokens[k].kind == TokenKind::kPunctuation) break;
    const std::string_view w = features.norm(tokens[k]);
    for (std::string_view c : connectors) {
      if (w == c) return k;
    }
  }
  return tokens.size();
}

// True when the message thanks for something ("thanks for the update",
// "grazie della risposta", "appreciate the help"): a sincere thank-you. A bare
// "thanks a lot" or "grazie mille" beside a problem is what sarcasm sounds
// like; beside a question, it is courtesy.
bool ThanksForSomething(const TextFeatures& features);

// True when a matched message says its problem is over: a word such as
// "found", "fixed", "sorted", "refunded", "arrived", "credited", "risolto",
// "ritrovato", "arrivato", "gestito", "accreditato", "sbloccato", "reversed",
// "stornato", "ripristinato" outside a matched term ("never arrived" is a
// problem), outside quotes ("\"delivered\" to the wrong house" doubts it)
// and outside a sentence that asks ("when will it be restored?").
bool SaysProblemIsOver(const TextFeatures& features);

// True when a problem is told, then a "but" / "ma" and what the brand did
// about it, with no problem after it: "Box arrived crushed but you sent a
// new one within 2 days", "il pacco era arrivato rotto, ma in 48 ore mi
// avete mandato il sostituto". A remedy word (a team-written list: "sent",
// "replacement", "came", "mandato", "sostituto", "cambiata"…) after the
// contrast, no question and no complaint cue after it.
bool RemediedAfterAContrast(const TextFeatures& features);
// The token where it says so first, or tokens().size() when it does not.
size_t ProblemOverAt(const TextFeatures& features);

// A quotation of at most this many words is a scare quote or the brand's
// words: its praise is not the writer's.
constexpr size_t kScareQuoteWords = 3;

// True when the message quotes what a seller claims, doubting it: a quotation
// of at most kScareQuoteWords words holding a word of praise, a seller's
// promise ("free", "express", "unlimited", "gratuita", "garantita") or a
// participle ("delivered", "consegnato", "ready", "risolto"): "the \"fresh\"
// salmon", "pacco \"consegnato\"", "my \"next day delivery\"". With
// `praise_counts` false, only a promise or a participle counts: what a seller
// claims, not a word of praise someone else used ("his \"best yet\"").
bool HasScareQuote(const TextFeatures& features, bool praise_counts = true);

// The complaint cue of `e`, the entry of token `i` or the term starting
// there, or 0 when it has none or a negator before it denies the problem
// ("nessun pacco perso", "nothing was broken"; see NegatedBefore).
inline float ProblemCueAt(const TextFeatures& features, size_t i, const LexiconEntry* e) {
  if (e == nullptr || !e->Has(LexiconEntry::kCue) || e->cue(Cue::kComplaint) <= 0) return 0;
  const FeatureToken& t = features.tokens()[i];
  return features.NegatedBefore(i, e == t.phrase ? t.phrase_tokens : 1) ? 0 : e->cue(Cue::kComplaint);
}

// True for a quotation mark: " “ ” « ».
bool IsQuotationMark(std::string_view norm);

// True when token `t` starts a multi-word term rated neutral as a whole
// (valence 0, no cue: "the best way to", "gluten free", "mi ha
// sconsigliato"): its words are no praise and no problem.
inline bool StartsANeutralTerm(const FeatureToken& t) {
  return t.phrase != nullptr && t.phrase->Has(LexiconEntry::kValence) && t.phrase->valence == 0 &&
         !t.phrase->Has(LexiconEntry::kCue);
}

// True when the writer owns the mistake: "my fault", "my bad", "false alarm",
// "errore mio", "colpa mia", "ho sbagliato io", "falso allarme". Not regret
// for choosing the brand ("my fault for trusting you"), nor a mistake owned
// before a complaint ("my bad. But a $150 fee is outrageous").
bool BlamesThemselves(const TextFeatures& features);

// How many lexical tokens after a negator it still negates.
constexpr size_t kNegationReach = 3;

// A complaint cue this strong states a problem plainly ("never arrived",
// "è la terza volta che"): praise around it is sarcasm (sentiment), and
// thanks beside it does not make it less of a complaint (intents).
constexpr float kPlainProblemCue = 0.8f;

}  // namespace pronto

#endif  // PRONTO_FEATURES_H_

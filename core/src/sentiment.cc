// Copyright 2026 The Pronto Authors.
#include "pronto/sentiment.h"

#include <algorithm>
#include <cmath>

#include "bytes.h"

namespace pronto {
namespace {

// VADER's published constants (Hutto & Gilbert 2014).
constexpr float kNegationScalar = -0.74f;  // a negated valence flips and shrinks
constexpr float kCapsIncrement = 0.733f;   // an ALL CAPS word among lower-case ones
constexpr float kExclamationIncrement = 0.292f;
constexpr int kMaxExclamations = 4;
constexpr float kQuestionIncrement = 0.18f;
constexpr float kMaxQuestionEmphasis = 0.96f;
constexpr float kNormalizationAlpha = 15.0f;
constexpr float kBoosterDecay[3] = {1.0f, 0.95f, 0.9f};
// Team constants, set by hand.
constexpr float kElongationIncrement = 0.293f;  // "sooo good", "noooo"
constexpr float kBeforeContrast = 0.5f;         // "nice app but it keeps crashing"
constexpr float kAfterContrast = 1.5f;
constexpr float kIronyFloor = 0.25f;  // praise with an irony marker becomes at least this negative
constexpr float kIronyScale = 0.6f;
constexpr float kRatingValence = 2.5f;  // of 10/10 ("excellent" is 2.7), and -2.5 of 0/10
// A problem word in a question's hypothetical clause names a case ("can I
// freeze my membership if I'm injured?"): it weighs this much.
constexpr float kHypotheticalScale = 0.3f;
// The bad words of a story told before news that the problem is over weigh
// this much when good words follow the news (see AnalyzeSentiment). Chosen
// on the care probes' dev file from 1.0/0.6/0.4/0.2 (0.4-0.2 a plateau;
// public dev unchanged); it then moved a seventh writer's round, scored
// unread, from 0.684/0.650 to 0.692/0.658 (Italian/English macro-F1).
constexpr float kStoryScale = 0.4f;

// 😭 beside good words is overwhelmed joy, not grief: "la nuova serie è
// stupendaaa, finita in una notte 😭", "Finally one that matches me 😭✨".
// Eight of the nine care probes of the dev file that have it are positive.
// Alone or where bad words weigh as much as the good ones it keeps its
// valence: "new logo lowkey looks like a sad potato 😭😭".
constexpr std::string_view kLoudlyCrying = "\xF0\x9F\x98\xAD";

// Praise words in a question weigh this much (see AnalyzeSentiment).
constexpr float kAskedScale = 0.7f;
// In a message that asks something ('?' or an ask in words, "vorrei
// sapere"), words of courtesy (IsCourtesy: thanks, greetings, a letter's
// formulas) weigh this much:
// "Buongiorno, sarete aperti il 15 agosto? Grazie", "vorrei sapere se il
// bonifico arriva lunedì, grazie"); not thanks for something ("will look
// into it. Thanks for the feedback", "thanks for the refund! Can I…?").
// Thirty-two of the thirty-four questions of the care dev file that thank
// and do not complain are labelled neutral.
constexpr float kCourtesyScale = 0.3f;

// "Thanks for ruining my week", "grazie per avermi rovinato le vacanze":
// thanks for harm done is sarcasm. The harm is the word right after "for" /
// "per" (Italian "aver", "avermi"… skipped): a team-written list of verbs,
// not any negative word ("thanks for the update on the delay" is sincere).
bool ThanksForHarm(const TextFeatures& features) {
  static constexpr std::string_view kFor[] = {"for", "per"};
  static constexpr std::string_view kHarm[] = {
      "ruining",      "losing",   "wasting",    "ignoring", "destroying",  "breaking",    "blocking",
      "overcharging", "scamming", "misleading", "lying",    "ghosting",    "stranding",   "forgetting",
      "ditching",     "screwing", "rovinato",   "rovinata", "rovinati",    "rovinare",    "perso",
      "persa",        "sprecato", "ignorato",   "ignorata", "ignorati",    "distrutto",   "distrutta",
      "bloccato",     "bloccata", "truffato",   "truffata", "dimenticato", "dimenticata", "abbandonato",
      "abbandonata",  "fregato",  "fregata",    "fregati",
  };
  // What the brand made the writer do: "grazie per avermi fatto aspettare",
  // "thanks for making me wait", "thanks for having us pay twice".
  static constexpr std::string_view kMade[] = {"fatto", "making", "made", "having", "keeping", "letting"};
  static constexpr std::string_view kMe[] = {"me", "us"};
  static constexpr std::string_view kMadeTo[] = {"aspettare", "attendere", "pagare", "perdere", "wait",
                                                 "waiting",   "pay",       "paying", "hanging", "queue"};
  // "Thanks for the 45 minute hold music", "grazie per le 2 ore di attesa":
  // a length of time, then a wait.
  static constexpr std::string_view kTimeUnits[] = {
      "min", "mins", "minute", "minutes", "minuti", "hour", "hours", "hr",       "hrs",
      "ora", "ore",  "day",    "days",    "giorni", "week", "weeks", "settimane"};
  static constexpr std::string_view kWaits[] = {"wait",   "hold",    "delay", "queue",
                                                "attesa", "ritardo", "coda"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  return AnyThanks(features, [&](size_t i) {
    size_t j = ConnectorAfter(features, i, kFor) + 1;
    while (j < tokens.size() && tokens[j].lexical() && internal::StartsWith(features.norm(tokens[j]), "aver"))
      ++j;
    if (j >= tokens.size() || !tokens[j].lexical()) return false;
    const std::string_view harm = features.norm(tokens[j]);
    if (internal::IsOneOf(harm, kHarm)) return true;
    if (internal::IsOneOf(harm, kMade)) {
      size_t k = j + 1;
      if (k < tokens.size() && internal::IsOneOf(features.norm(tokens[k]), kMe)) ++k;
      return k < tokens.size() && internal::IsOneOf(features.norm(tokens[k]), kMadeTo);
    }
    // "Thanks for another delay", "grazie per l'ennesimo ritardo", "grazie
    // per il solito ritardo": thanks for one more of something, or the usual
    // one, unless that is good ("another great year", "il solito ottimo servizio").
    static constexpr std::string_view kArticles[] = {"the", "l'",  "il", "lo",  "la",
                                                     "un",  "una", "i",  "gli", "le"};
    static constexpr std::string_view kOneMore[] = {"another", "ennesimo", "ennesima", "ennesimi", "ennesime",
                                                    "usual",   "solito",   "solita",   "soliti",   "solite"};
    while (j < tokens.size() && tokens[j].lexical() && internal::IsOneOf(features.norm(tokens[j]), kArticles))
      ++j;
    if (j + 2 < tokens.size() && tokens[j].kind == TokenKind::kNumber &&
        internal::IsOneOf(features.norm(tokens[j + 1]), kTimeUnits)) {
      size_t k = j + 2;
      if (k + 1 < tokens.size() && features.norm(tokens[k]) == "di") ++k;
      return internal::IsOneOf(features.norm(tokens[k]), kWaits);
    }
    if (j + 1 >= tokens.size() || !internal::IsOneOf(features.norm(tokens[j]), kOneMore)) return false;
    // "Grazie per l'ennesima volta" is thanks once more.
    static constexpr std::string_view kTime[] = {"volta", "time"};
    if (internal::IsOneOf(features.norm(tokens[j + 1]), kTime)) return false;
    const LexiconEntry* next = tokens[j + 1].entry;
    return !(next != nullptr && next->Has(LexiconEntry::kValence) && next->valence > 0);
  });
}

// Beside praise that trails off in an ellipsis, a complaint cue this strong
// is enough for sarcasm.
constexpr float kEllipsisProblemCue = 0.6f;

// "…Complimenti davvero...", "…wow thanks so much...": praise trailing off
// in an ellipsis at the message's end (emoji after it apart).
bool EndsInPraiseAndEllipsis(const TextFeatures& features) {
  const std::vector<FeatureToken>& tokens = features.tokens();
  size_t i = tokens.size();
  while (i > 0 && (tokens[i - 1].kind == TokenKind::kEmoji || tokens[i - 1].kind == TokenKind::kEmoticon))
    --i;
  if (i < 2 || tokens[i - 1].kind != TokenKind::kPunctuation) return false;
  const std::string_view dots = features.norm(tokens[i - 1]);
  if (dots.find("...") == std::string_view::npos && dots.find("\xE2\x80\xA6") == std::string_view::npos)
    return false;
  for (size_t k = i - 1; k-- > 0;) {
    const FeatureToken& t = tokens[k];
    if (!t.lexical()) return false;
    const LexiconEntry* e = t.phrase != nullptr && t.phrase->Has(LexiconEntry::kValence) ? t.phrase : t.entry;
    if (e != nullptr && e->Has(LexiconEntry::kValence) && e->valence > 0) return true;
    if (k + 3 < i) return false;  // within the last three words
  }
  return false;
}

// "The screens say nothing. Brilliant.", "App crashed again. Great work,
// really.": a sentence of its own made of one to three words of praise
// (boosters beside them, emoji apart) is a verdict; after a problem it is
// mock praise like a frame of the irony.frame lists. True when such a
// sentence starts after token `after`.
bool PraiseAsAVerdict(const TextFeatures& features, size_t after) {
  static constexpr std::string_view kPersonPraise[] = {"legend", "legends", "hero",   "heroes",
                                                       "star",   "angel",   "gent",   "champ",
                                                       "mito",   "eroe",    "angelo", "grandi"};
  // Who the verdict is said to: "well done guys", "bravi ragazzi".
  static constexpr std::string_view kAddressees[] = {"guys",    "folks", "people", "team",
                                                     "ragazzi", "raga",  "gente"};
  constexpr size_t kMaxVerdictWords = 3;
  const std::vector<FeatureToken>& tokens = features.tokens();
  size_t words = 0;
  size_t start = 0;      // where the sentence starts
  bool praise = true;    // every word so far praises or boosts
  bool praised = false;  // some word praises
  for (size_t i = 0; i <= tokens.size();) {
    const bool end = i == tokens.size() || EndsSentence(features, tokens[i]);
    if (end) {
      if (words > 0 && words <= kMaxVerdictWords && praise && praised && start > after) return true;
      words = 0;
      start = i + 1;
      praise = true;
      praised = false;
      ++i;
      continue;
    }
    const FeatureToken& t = tokens[i];
    // Emoji, emoticons and laughter are no words of a verdict (":)", "haha"),
    // nor are the people it is said to.
    if (t.kind != TokenKind::kWord || IsLaughterToken(features.norm(t)) ||
        (words > 0 && internal::IsOneOf(features.norm(t), kAddressees))) {
      ++i;
      continue;
    }
    const bool whole = t.phrase != nullptr && t.phrase->Has(LexiconEntry::kValence);
    const LexiconEntry* e = whole ? t.phrase : t.entry;
    const bool positive = e != nullptr && e->Has(LexiconEntry::kValence) && e->valence > 0;
    const bool booster = e != nullptr && e->Has(LexiconEntry::kBooster);
    praised = praised || positive;
    // Praise of a person ("Legend.", "Eroe.") thanks someone who helped
    // despite the problem: "the lift was broken and he carried it up. Legend."
    praise = praise && (positive || booster) && !internal::IsOneOf(features.norm(t), kPersonPraise);
    ++words;
    i += whole ? t.phrase_tokens : 1;
  }
  return false;
}

// Beside a frame of mock praise ("love how", "che bello", "perfect timing"),
// a complaint cue this strong is enough for sarcasm.
constexpr float kFramedProblemCue = 0.5f;

// Praise around a problem stated plainly (a strong complaint cue; a plain one
// when the praise trails off in an ellipsis or comes in a frame of the
// team's `irony.frame` lists: "love how the app goes down every payday",
// "che bello pagare 50 euro per una linea che va a singhiozzo"), with no
// "but" or "though" to mark a real mix, no thanks for something and no word
// saying the problem is over. A "ma" opening the message contrasts with
// nothing: "Ma che bello pagare per un servizio che non funziona".
bool PraiseAroundAProblem(const TextFeatures& features) {
  if (ThanksForSomething(features) || SaysProblemIsOver(features)) return false;
  float problem = 0;
  bool first = true;
  bool framed = false;
  const std::vector<FeatureToken>& tokens = features.tokens();
  size_t problem_at = tokens.size();  // the first problem that a frame or a verdict turns into sarcasm
  // The words of a term rated neutral as a whole are no problem: "mi ha
  // sconsigliato il prodotto più caro" advised, it did not review.
  size_t neutral_term_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const FeatureToken& t = tokens[i];
    if (!t.lexical()) continue;
    const bool opening = first;
    first = false;
    if (StartsANeutralTerm(t)) neutral_term_end = std::max(neutral_term_end, i + t.phrase_tokens);
    if (i < neutral_term_end) continue;
    for (const LexiconEntry* e : {t.entry, t.phrase}) {
      if (e == nullptr) continue;
      // Praise of how a conceded trouble was handled is sincere: "well done
      // on the updates during the outage".
      if (t.conceded && e->Has(LexiconEntry::kCue) && e->cue(Cue::kComplaint) > 0) continue;
      if (e->Has(LexiconEntry::kContrast) && !opening) return false;
      if (e->Has(LexiconEntry::kIronyFrame) &&
          !features.NegatedBefore(i, e == t.phrase ? t.phrase_tokens : 1))
        framed = true;
      // A problem denied is none: "Bravi, nessun pacco perso in 5 anni".
      if (const float cue = ProblemCueAt(features, i, e); cue > problem) {
        problem = cue;
        if (problem >= kFramedProblemCue && problem_at == tokens.size()) problem_at = i;
      }
    }
  }
  if (framed || PraiseAsAVerdict(features, problem_at)) return problem >= kFramedProblemCue;
  return problem >= (EndsInPraiseAndEllipsis(features) ? kEllipsisProblemCue : kPlainProblemCue);
}

// "😂😂😂 your customer service", "ahahah il vostro servizio clienti 😂",
// "\"we value your feedback\" 😂": laughter aimed at the brand's service or at
// words quoted from it, with no word of praise beside it (valence 1.7 or more
// outside the quotes: "ok sure" is not praise, "love it" is), is mockery.
// - The service: a second-person possessive followed within three words by
//   one of a team-written list of nouns. It is the target when the message
//   says nothing else of its own ("😂 your customer service") or something
//   negative ("lmao your support is a joke"), not in "lol your team is fast".
// - Quoted words: the target when a complaint cue stands outside the quotes
//   ("the \"express\" delivery took 9 days, lol"), or when the quotes hold a
//   seller's promise (a team-written list: "free", "delivery", "feedback"…)
//   and at most three words of the writer's own stand outside them ("\"free
//   shipping\" they said 😂"), none of them about the writer: "my \"diet\"
//   lol", "me \"working\" from home", "\"one more episode\" lol" laugh at
//   oneself.
// News that the problem is over ("your app update finally fixed my bug lol")
// is no mockery.
bool LaughsAtTheBrand(const TextFeatures& features) {
  constexpr float kPraiseWord = 1.7f;
  constexpr float kQuotedComplaint = 0.5f;
  static constexpr std::string_view kYour[] = {"your", "ur", "vostro", "vostra", "vostri", "vostre"};
  static constexpr std::string_view kService[] = {
      "service",  "customer", "support",   "care",       "helpline", "call",        "chatbot",  "bot",
      "app",      "website",  "site",      "team",       "staff",    "policy",      "servizio", "assistenza",
      "supporto", "sito",     "personale", "centralino", "numero",   "call-center", "clienti",  "cliente"};
  static constexpr std::string_view kPromises[] = {
      "free",       "delivery", "shipping", "express",    "fast",       "24h",      "guaranteed", "guarantee",
      "feedback",   "value",    "customer", "service",    "priority",   "premium",  "unlimited",  "support",
      "gratis",     "gratuita", "gratuito", "consegna",   "spedizione", "veloce",   "garantito",  "garantita",
      "assistenza", "servizio", "clienti",  "illimitato", "illimitata", "priorità", "offerta"};
  static constexpr std::string_view kMe[] = {"i",   "i'm", "im",   "me",  "my", "myself", "io",
                                             "mio", "mia", "miei", "mie", "mi", "sono"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  bool laughs = false;
  bool quoted = false;        // words in quotes
  bool aimed = false;         // at a seller's promise in quotes
  bool about_me = false;      // a word of the writer's about themselves, outside quotes
  bool at_service = false;    // at "your customer service"
  bool says_more = false;     // a content word besides laughter and the service
  size_t unquoted_words = 0;  // words outside quotes, laughter apart
  bool negative = false;
  bool complains = false;
  bool quoting = false;  // inside quotation marks: someone else's words, not the writer's
  size_t unit_end = 0;   // the end of the multi-word term being read
  size_t your_at = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const FeatureToken& t = tokens[i];
    const std::string_view w = features.norm(t);
    if (t.kind == TokenKind::kPunctuation && IsQuotationMark(w)) {
      quoting = !quoting;
      continue;
    }
    if (!t.lexical()) continue;
    if (IsLaughterToken(w)) {
      laughs = true;
      continue;
    }
    if (quoting) {
      quoted = true;
      aimed = aimed || internal::IsOneOf(w, kPromises);
    } else {
      ++unquoted_words;
      about_me = about_me || internal::IsOneOf(w, kMe);
    }
    // Praise by the writer: a word, or a multi-word term read as one.
    if (!quoting && i >= unit_end) {
      const bool whole = t.phrase != nullptr && t.phrase->Has(LexiconEntry::kValence);
      const LexiconEntry* e = whole ? t.phrase : t.entry;
      if (whole) unit_end = i + t.phrase_tokens;
      if (e != nullptr && e->Has(LexiconEntry::kValence) && e->valence >= kPraiseWord) return false;
      if (e != nullptr && e->Has(LexiconEntry::kValence) && e->valence < 0) negative = true;
      if (e != nullptr && e->Has(LexiconEntry::kCue) && e->cue(Cue::kComplaint) >= kQuotedComplaint)
        complains = true;
    }
    if (internal::IsOneOf(w, kYour)) {
      your_at = i;
    } else if (your_at < i && i <= your_at + 3 && internal::IsOneOf(w, kService)) {
      at_service = true;
    } else if (!quoting && !(t.entry != nullptr && t.entry->Has(LexiconEntry::kStopword))) {
      says_more = true;
    }
  }
  if (!laughs || SaysProblemIsOver(features)) return false;
  return (quoted && complains) || (aimed && unquoted_words <= 3 && !about_me) ||
         (at_service && (!says_more || negative));
}

// Irony turns praise into a complaint; then the thresholds give the label.
void FlipIronyAndLabel(const SentimentThresholds& thresholds, Sentiment* s) {
  if (s->irony && s->score > 0) {
    const float flipped = kIronyScale * s->score;
    s->score = -(flipped > kIronyFloor ? flipped : kIronyFloor);
  }
  s->label = SentimentLabel::kNeutral;
  if (s->score >= thresholds.positive) {
    s->label = SentimentLabel::kPositive;
  } else if (s->score <= -thresholds.negative) {
    s->label = SentimentLabel::kNegative;
  }
}

struct Unit {
  const LexiconEntry* entry;
  bool all_caps;
  bool clause_closed;  // a comma, semicolon or colon since: no longer negates
  bool conditional;    // a negator after "se" / "if": it reaches two units, not three
};

// How many content units after it a negator reaches (as VADER's window);
// "se non mi rimborsate vi faccio causa", "if you don't refund me I'll sue":
// the negation of a condition stays in the condition.
constexpr size_t kConditionalReach = 2;
bool IsConditional(std::string_view word) { return word == "se" || word == "if" || word == "unless"; }

// True when the multi-word term starting at `t` matters to sentiment: it has
// a valence or works as a booster, negator or contrast word ("un po'").
bool SentimentPhrase(const FeatureToken& t) {
  return t.phrase != nullptr && (t.phrase->flags & (LexiconEntry::kValence | LexiconEntry::kBooster |
                                                    LexiconEntry::kNegator | LexiconEntry::kContrast)) != 0;
}

// True when the next lexical token from `i` has a (non-zero) valence of its own.
bool NextHasValence(const std::vector<FeatureToken>& tokens, size_t i) {
  for (; i < tokens.size(); ++i) {
    const FeatureToken& t = tokens[i];
    if (!t.lexical()) {
      if (t.kind == TokenKind::kPunctuation) return false;
      continue;
    }
    const LexiconEntry* e = SentimentPhrase(t) ? t.phrase : t.entry;
    // A word listed as neutral ("help", "support": 0) is not one: "no help"
    // keeps the negativity of "no".
    return e != nullptr && e->Has(LexiconEntry::kValence) && e->valence != 0 &&
           !e->Has(LexiconEntry::kNegator);
  }
  return false;
}

// A verb of state ("è", "fa", "resta", "is", "seems"): after a negated
// participle it starts a new predicate (see AnalyzeSentiment).
bool IsVerbOfState(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "è",       "e'",     "sono",      "era",     "erano",   "sarà",  "fa",    "fanno", "resta",
      "resti",   "rimane", "rimangono", "sembra",  "diventa", "is",    "was",   "are",   "were",
      "remains", "stays",  "seems",     "becomes", "makes",   "feels", "sucks", "stinks"};
  return internal::IsOneOf(w, kVerbs);
}

float Sign(float x) { return x > 0 ? 1.0f : (x < 0 ? -1.0f : 0.0f); }

float Normalize(float x) { return x / std::sqrt(x * x + kNormalizationAlpha); }

}  // namespace

const char* SentimentLabelName(SentimentLabel label) {
  switch (label) {
    case SentimentLabel::kNegative:
      return "negative";
    case SentimentLabel::kPositive:
      return "positive";
    case SentimentLabel::kNeutral:
      break;
  }
  return "neutral";
}

SentimentThresholds DefaultSentimentThresholds(Language language) {
  // Set on the "dev" 70% of en_sentiment_vader_tweets (English, 3-class
  // macro-F1) and it_sentiment_sentipolc_train (Italian, SENTIPOLC F) by a
  // grid search; the held-out 30% was not used. Asymmetric on purpose: a
  // little negativity is worth a look, mild praise is often just politeness.
  // Re-run after the lists of 2026-11-23 moved the scores; the new positive
  // thresholds are kept because they are no worse on either half of dev
  // (English 0.40 -> 0.41: +0.008 and +0.003 macro-F1; Italian 0.40 -> 0.35:
  // +0.000 and +0.003 F). English negative 0.08 scored 0.002 more but
  // would let "ok :(" through as neutral: 0.05 stays.
  // The thresholds for a message with a question mark were set on the same
  // halves and on the care dev file (fifteenth session): English 0.45 moved
  // public dev +0.0002 (0.50: -0.0009) and care dev +0.003; Italian 0.50
  // moved public dev +0.0011 and care dev +0.002. (Any ask, in words too,
  // scored a little more but made "grazie delle informazioni" neutral.)
  SentimentThresholds t;
  if (language == Language::kItalian) {
    t.positive = 0.35f;
    t.negative = 0.01f;
    t.positive_asking = 0.5f;
  } else {
    t.positive = 0.41f;
    t.negative = 0.05f;
    t.positive_asking = 0.45f;
  }
  return t;
}

Sentiment AnalyzeSentiment(const TextFeatures& features, Language language) {
  return AnalyzeSentiment(features, DefaultSentimentThresholds(language));
}

namespace {

// True when the message's words are one word repeated, an irony marker by
// its repetition: applause alone ("Bravi bravi bravi!!! 👏👏👏") has nothing
// to mock; beside a story it mocks it ("mi avete portato 2 pomodori. bravi
// bravi 👏"). Other markers alone still mock: "Grazie per niente."
bool OnlyRepeatedApplause(const TextFeatures& features) {
  std::string_view word;
  size_t words = 0;
  for (const FeatureToken& t : features.tokens()) {
    if (t.kind != TokenKind::kWord) continue;
    const std::string_view w = features.norm(t);
    if (words++ > 0 && w != word) return false;
    word = w;
  }
  return words >= 2;
}

}  // namespace

Sentiment AnalyzeSentiment(const TextFeatures& features, const SentimentThresholds& thresholds) {
  const std::vector<FeatureToken>& tokens = features.tokens();
  const size_t n = tokens.size();
  const bool caps_differential = features.caps_words() > 0 && features.caps_words() < features.words();

  // The last contrast word that opens a clause ("but", "tho" followed by
  // words of its sentence; not "nice though.") splits the message into a
  // weaker and a stronger part.
  const auto opens_clause = [&](size_t i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (tokens[j].lexical()) return true;
      if (EndsSentence(features, tokens[j])) return false;
    }
    return false;
  };
  size_t contrast_at = n;
  for (size_t i = 0; i < n; ++i) {
    const FeatureToken& t = tokens[i];
    if (t.lexical() && t.phrase == nullptr && t.entry && t.entry->Has(LexiconEntry::kContrast) && i > 0 &&
        opens_clause(i)) {
      contrast_at = i;
    }
  }

  Sentiment s;
  Unit window[3] = {};  // the previous lexical units of the sentence, most recent first
  size_t window_size = 0;
  float positive = 0, negative = 0;
  // A story of a problem that is over ("card blocked by mistake last night,
  // unblocked this morning. Thanks!"): its bad words before the news weigh
  // kStoryScale when good words follow it.
  const size_t over_at = ProblemOverAt(features);
  const bool courtesy = features.asks() && !ThanksForSomething(features);
  float story = 0, after_positive = 0;
  float sobs = 0;                                 // the valence of 😭, counted when nothing good is said
  size_t content_since_negator = kNegationReach;  // kNegationReach: no negator in reach
  size_t negation_reach = kNegationReach;         // kConditionalReach for a conditional's negator
  std::string_view previous_word;                 // the previous lexical token's normal form
  bool participle_after_negator = false;          // "non consegnato", "never delivered"
  // Praise in a question is asked about, not given ("is the serum safe in
  // pregnancy?", "le crocchette sono adatte a un cane anziano?"): `asked`
  // while reading a sentence that ends with '?'; `sentence_end` is where the
  // sentence being read ends.
  bool asked = false;
  size_t sentence_end = 0;
  // So is praise in a question asked in words: after "whether", or after
  // "se"/"if" that follows a verb of knowing or asking ("vorrei sapere se è
  // disponibile", "I'd like to know if the plan is good for kids"), to the
  // end of the sentence.
  static constexpr std::string_view kKnowing[] = {"sapere",  "chiedere", "chiedo", "chiedevo",  "domandare",
                                                  "know",    "ask",      "asking", "wondering", "wonder",
                                                  "enquire", "inquire",  "check",  "confirm",   "verificare"};
  bool marker_irony = false;  // an irony marker was read (OnlyRepeatedApplause)
  bool asked_in_words = false;
  bool asks_in_words = false;  // anywhere in the message
  for (size_t i = 0; i < n;) {
    const FeatureToken& t = tokens[i];
    if (i >= sentence_end && features.questions() > 0) {
      size_t j = i;
      while (j < n && !EndsSentence(features, tokens[j])) ++j;
      asked = j < n && tokens[j].questions > 0;
      sentence_end = j + 1;
    }
    // A rating says it outright: 10/10 as "excellent", 0/10 as "terrible",
    // "tre stelle" as so-so.
    if (t.rating >= 0) {
      const float v = kRatingValence * static_cast<float>(t.rating - 5) / 5.0f;
      if (v > 0) positive += v;
      if (v < 0) negative += v;
    }
    if (t.kind == TokenKind::kWord) {
      const std::string_view w = features.norm(t);
      if (w == "whether" || ((w == "se" || w == "if") && internal::IsOneOf(previous_word, kKnowing)))
        asked_in_words = asks_in_words = true;
    }
    if (!t.lexical()) {
      if (EndsSentence(features, t)) {
        asked_in_words = false;
        window_size = 0;
        content_since_negator = kNegationReach;
      } else if (t.kind == TokenKind::kPunctuation &&
                 features.norm(t).find_first_of(",;:()[]") != std::string_view::npos) {
        // A negation ends with its clause ("mai ricevuto, vergognatevi") and
        // does not reach into or out of an aside ("senza cipolla
        // (ALLERGICA)"); intensifiers still reach across ("very, very good").
        for (size_t d = 0; d < window_size; ++d) window[d].clause_closed = true;
        content_since_negator = kNegationReach;
      }
      ++i;
      continue;
    }
    // A participle right after a negator, followed by a verb of state, is the
    // subject's ("il pacco non consegnato | è un disastro", "an order never
    // delivered | is a disgrace"): the negation ends before the predicate,
    // which is what the writer says.
    if (participle_after_negator && IsVerbOfState(features.norm(t))) {
      content_since_negator = kNegationReach;
      for (size_t d = 0; d < window_size; ++d) window[d].clause_closed = true;
    }
    participle_after_negator = window_size > 0 && window[0].entry != nullptr &&
                               window[0].entry->Has(LexiconEntry::kNegator) &&
                               LooksLikeParticiple(features.norm(t));
    // A multi-word term counts as one unit only when it matters to sentiment:
    // "thank you" is a politeness cue, its "thank" still carries the valence.
    const bool whole_phrase = SentimentPhrase(t);
    const LexiconEntry* e = whole_phrase ? t.phrase : t.entry;
    const size_t span = whole_phrase ? t.phrase_tokens : 1;
    if ((e && e->Has(LexiconEntry::kIrony)) || (t.phrase && t.phrase->Has(LexiconEntry::kIrony)))
      marker_irony = true;
    const bool is_negator = e && e->Has(LexiconEntry::kNegator);
    const bool conditional_negator = is_negator && IsConditional(previous_word);
    // A term that holds its own negation ("mai arrivato", "nessuna risposta",
    // "no reply") is not flipped by an earlier one: "non è mai arrivato" is
    // negative concord, not a double negative.
    bool holds_negation = false;
    for (size_t k = 0; whole_phrase && k < span && i + k < n; ++k) {
      const LexiconEntry* word = tokens[i + k].entry;
      holds_negation = holds_negation || (word != nullptr && word->Has(LexiconEntry::kNegator));
    }
    const bool is_booster = e && e->Has(LexiconEntry::kBooster);
    if ((is_negator || is_booster) && NextHasValence(tokens, i + span)) {
      // "no problem", "no good": the negator works on the next word and has no
      // valence of its own (VADER's rule for "no"). So does an intensifier
      // that is also rated: "super slow", "fucking great", "truly awful".
    } else if (e && e->Has(LexiconEntry::kValence) && e->valence != 0) {
      float v = e->valence;
      const float sign = Sign(v);
      if (t.all_caps && caps_differential) v += sign * kCapsIncrement;
      if (t.elongated) v += sign * kElongationIncrement;
      v += sign * t.morph_booster;
      bool negated = false;
      for (size_t d = 0; d < window_size; ++d) {
        const LexiconEntry* p = window[d].entry;
        if (p == nullptr) continue;
        if (p->Has(LexiconEntry::kBooster)) {
          float scalar = p->booster * kBoosterDecay[d];
          if (window[d].all_caps && caps_differential) scalar += Sign(p->booster) * kCapsIncrement;
          v += sign * scalar;
        }
        if (p->Has(LexiconEntry::kNegator) && !is_negator && !holds_negation && !window[d].clause_closed &&
            !(window[d].conditional && d >= kConditionalReach)) {
          negated = true;  // "no no no" stays negative
        }
      }
      // Articles and "to be" ("è stata una", "was a") do not push a negation
      // out of reach: "non è stata una bella esperienza" negates "bella".
      if (!negated && !is_negator && !holds_negation && content_since_negator < negation_reach)
        negated = true;
      // An emoji or emoticon says how the writer feels; a negation before it
      // does not turn it round ("di nulla :)", "non è arrivato 😡").
      const bool face = t.kind == TokenKind::kEmoji || t.kind == TokenKind::kEmoticon;
      if (negated && !face) v *= kNegationScalar;
      if (contrast_at < n) {
        if (i < contrast_at) v *= kBeforeContrast;
        if (i > contrast_at) v *= kAfterContrast;
      }
      if (t.hypothetical || t.misfortune || (t.conceded && v < 0)) v *= kHypotheticalScale;
      if (v > 0 && (asked || asked_in_words)) v *= kAskedScale;
      if (v > 0 && courtesy && IsCourtesy(features, i)) v *= kCourtesyScale;
      // Praise in a short quotation is someone else's, and is in doubt: "the
      // \"express\" delivery", "una camera \"vista mare\"". A longer one is
      // often what the writer likes: "as she said, \"I love you too\"".
      if (v > 0 && t.quote_words > 0 && t.quote_words <= kScareQuoteWords) v = 0;
      if (v > 0) positive += v;
      if (v < 0 && face && features.norm(t) == kLoudlyCrying) {
        sobs += v;
      } else if (v < 0 && i < over_at) {
        story += v;
      } else if (v < 0) {
        negative += v;
      }
      if (i > over_at && v > 0) after_positive += v;
    }
    // Count the words since the last negator, articles and "to be" apart.
    const bool function_word = span == 1 && e != nullptr && e->Has(LexiconEntry::kTransparent);
    if (is_negator) {
      content_since_negator = 0;
      negation_reach = conditional_negator ? kConditionalReach : kNegationReach;
    } else if (!function_word && content_since_negator < kNegationReach) {
      ++content_since_negator;
    }
    // Shift the window.
    window[2] = window[1];
    window[1] = window[0];
    window[0] = Unit{e, t.all_caps, false, conditional_negator};
    if (window_size < 3) ++window_size;
    previous_word = features.norm(tokens[i + span - 1]);
    i += span;
  }

  negative += after_positive > 0 ? story * kStoryScale : story;
  if (positive <= -negative) negative += sobs;
  float sum = positive + negative;
  if (sum != 0) {
    float emphasis = kExclamationIncrement * static_cast<float>(features.exclamations() < kMaxExclamations
                                                                    ? features.exclamations()
                                                                    : kMaxExclamations);
    if (features.questions() > 1) {
      const float q = kQuestionIncrement * static_cast<float>(features.questions());
      emphasis += q < kMaxQuestionEmphasis ? q : kMaxQuestionEmphasis;
    }
    sum += Sign(sum) * emphasis;
  }
  s.score = Normalize(sum);
  s.positive = Normalize(positive);
  s.negative = -Normalize(negative);
  s.irony = marker_irony && !OnlyRepeatedApplause(features);
  SentimentThresholds own = thresholds;
  // (Not with thanks for something: "Thank you for the help with my visa
  // letter! Can you also send one by post?" is grateful.)
  // (Asked last, and only of a score the higher bar would change.)
  if ((features.questions() > 0 || asks_in_words) && own.positive_asking > own.positive &&
      s.score >= own.positive && s.score < own.positive_asking && !ThanksForSomething(features))
    own.positive = own.positive_asking;
  FlipIronyAndLabel(own, &s);
  return s;
}

void MarkSarcasticPraise(const TextFeatures& features, const SentimentThresholds& thresholds, Sentiment* s) {
  // Praise that wins, or that only about cancels the problem out
  // ("Complimenti, siete riusciti a perdere il mio pacco" scores 0; "Flight
  // cancelled and no email, great job" a little under it, still neutral).
  if (s->irony || s->score <= -thresholds.negative || s->positive <= 0 ||
      !(PraiseAroundAProblem(features) || ThanksForHarm(features) || LaughsAtTheBrand(features) ||
        HasScareQuote(features, /*praise_counts=*/false))) {
    return;
  }
  s->irony = true;
  if (s->score <= 0) s->score = s->positive;  // what the irony turns round
  FlipIronyAndLabel(thresholds, s);
}

}  // namespace pronto

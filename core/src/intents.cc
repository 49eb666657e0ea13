// Copyright 2026 The Pronto Authors.
#include "pronto/intents.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "bytes.h"

namespace pronto {
namespace {

// Team constants, set by hand.
constexpr float kQuestionMark = 0.85f;  // a '?' makes a question
constexpr float kShortAsk = 0.6f;       // a short comment that asks without one (AsksInAShortComment)
constexpr float kImperativeAsk = 0.6f;  // "please fix", "richiamatemi" (AsksInTheImperative)
constexpr float kQuestionWordMidSentence = 0.4f;  // "how" inside a sentence counts less than at its start
constexpr float kExplicitQuestion =
    0.7f;  // a multi-word cue this strong asks wherever it stands ("vorrei sapere")
// A message to a brand that reads clearly negative (score <= -0.56) is a
// complaint even in words no list has ("the service was terrible").
constexpr float kNegativityToComplaint = 0.9f;
constexpr float kIronyToComplaint = 0.5f;
// A scare quote in a message that does not read positive doubts what the
// seller claimed: "my parcel was \"delivered\" to a house that doesn't
// exist", "pacco \"consegnato\" ma non c'è".
constexpr float kScareQuoteToComplaint = 0.5f;
constexpr float kThankYouCue = 0.8f;            // a praise cue this strong: "thanks", "grazie mille"
constexpr float kComplaintWhenThanking = 0.5f;  // complaint cues in a positive thank-you
// A customer who owns the mistake ("my fault, I typed the wrong address")
// reports no problem with the brand.
constexpr float kComplaintWhenSelfBlamed = 0.3f;
// Likewise clearly positive (score >= 0.72) is praise ("not bad, actually
// pretty good").
constexpr float kPositivityToPraise = 0.7f;
// A positive message to the brand ("you", "il vostro", a mention) or about
// its people ("the lady at the pharmacy counter spent 20 minutes helping my
// dad", "il ragazzo alla cassa gentilissimo") with no question and no
// complaint is praise, even with no word of praise: "Il vostro panettone è il
// più buono di sempre", "@Tasklio changed how I work". ("Sunny day at the
// beach with my kids" is not.)
constexpr float kPositiveToTheBrand = 0.55f;
constexpr float kPraiseWhenNegative = 0.3f;
constexpr float kPraiseWhenIronic = 0.2f;
// "Ok thanks, when will it arrive?", "Grazie, ma quando arriva?": a bare
// thank-you beside a question is courtesy, not praise to thank back for.
constexpr float kCourtesyThanks = 0.4f;
// A rating of 3/10 or less is a complaint, 8/10 or more praise.
constexpr int kLowRating = 3;
constexpr int kHighRating = 8;
constexpr float kRatingCue = 0.7f;
constexpr float kSpamLink = 0.25f;
constexpr float kSpamTags = 0.2f;    // five or more hashtags and mentions
constexpr float kBaitInSpam = 0.3f;  // a spammer's "DM me" and flattery are bait
constexpr float kToxicAtYou = 0.2f;  // an insult aimed at the reader
constexpr float kToxicShouting = 0.1f;
constexpr float kToxicAsName = 0.5f;      // a capitalised word inside a sentence: maybe a name or a place
constexpr float kShoutingUrgency = 0.2f;  // three or more '!'
constexpr float kHelpPlea = 0.6f;         // "Help!", "AIUTO", "SOS!"
// A greeting that opens a message ("hi do you have tickets left", "Buongiorno,
// avete ancora biglietti"): the ask after it opens the sentence all the same.
constexpr std::string_view kOpeningGreetings[] = {
    "buonasera", "buondì", "buongiorno", "ciao", "ehi",     "evening", "hello",   "hey",
    "heya",      "hi",     "hiya",       "hola", "morning", "salve",   "scusate", "scusi"};

// True when token `i` opens its sentence, or follows only a greeting that
// does (and its comma).
bool OpensSentence(const TextFeatures& features, size_t i) {
  const std::vector<FeatureToken>& tokens = features.tokens();
  if (tokens[i].sentence_start) return true;
  size_t j = i;
  while (j > 0 && tokens[j - 1].kind == TokenKind::kPunctuation && features.norm(tokens[j - 1]) == ",") --j;
  if (j == 0) return false;
  const FeatureToken& before = tokens[j - 1];
  return before.sentence_start && before.kind == TokenKind::kWord &&
         internal::IsOneOf(features.norm(before), kOpeningGreetings);
}

// True when every sentence that ends in a question mark is an outcry with at
// most two words besides it, not an ask: "are you kidding me??", "Ma siete
// seri?", "seriously???", "ora chi glielo spiega??"; not "seriously, where
// is my parcel?" (nor "is this a joke?": often asked).
bool OnlyOutcriesAsked(const TextFeatures& features) {
  static constexpr std::string_view kOutcries[][4] = {{"are", "you", "kidding"},
                                                      {"are", "you", "serious"},
                                                      {"are", "you", "for", "real"},
                                                      {"seriously"},
                                                      {"siete", "seri"},
                                                      {"state", "scherzando"},
                                                      {"vi", "rendete", "conto"},
                                                      {"gonna", "explain"},
                                                      {"glielo", "spiega"},
                                                      {"not", "read"},
                                                      {"sapete", "leggere"},
                                                      {"vi", "vergognate"}};
  constexpr size_t kMaxOtherWords = 2;
  const std::vector<FeatureToken>& tokens = features.tokens();
  bool any = false;
  size_t begin = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!EndsSentence(features, tokens[i])) continue;
    if (tokens[i].questions > 0) {
      // No outcry is longer than four words, with two besides it.
      std::array<std::string_view, 4 + kMaxOtherWords> words;
      size_t count = 0;
      for (size_t k = begin; k < i; ++k) {
        if (tokens[k].kind != TokenKind::kWord) continue;
        if (count == words.size()) return false;
        words[count++] = features.norm(tokens[k]);
      }
      bool outcry = false;
      for (const auto& phrase : kOutcries) {
        size_t n = 0;
        while (n < 4 && !phrase[n].empty()) ++n;
        for (size_t k = 0; k + n <= count && !outcry; ++k) {
          outcry = count <= n + kMaxOtherWords && std::equal(phrase, phrase + n, words.begin() + k);
        }
      }
      if (!outcry) return false;
      any = true;
    }
    begin = i + 1;
  }
  return any;
}

// True when the sentence of token `i` ends in a question mark.
bool InAQuestion(const TextFeatures& features, size_t i) {
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t j = i + 1; j < tokens.size(); ++j) {
    if (EndsSentence(features, tokens[j])) return tokens[j].questions > 0;
  }
  return false;
}

// "Waited 40 minutes for my food", "Aspetto il tecnico da tre ore", "45
// minutes in the login queue": a wait told with its length is a complaint.
// A word of waiting that has happened or goes on (not "wait": "do I need to
// wait 24 hours?"; "aspetto" only with "da": "aspetto 10 minuti e riprovo"),
// or of what it took ("took 3 weeks", "ci vogliono 4 mesi"), and a length of
// time in the same sentence, not in a condition; or a length counted from
// something ("4 weeks since…", "sono 2 settimane che…").
constexpr float kLongWaitCue = 0.6f;
// Whether "for us" / "for me" / "per noi" / "per me" follows the wait word
// `i` within four words of its sentence.
bool WaitedForTheWriter(const TextFeatures& features, size_t i) {
  static constexpr std::string_view kFor[] = {"for", "per"};
  static constexpr std::string_view kWriter[] = {"us", "me", "noi"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t j = i + 1; j + 1 < tokens.size() && j <= i + 4; ++j) {
    if (EndsSentence(features, tokens[j])) return false;
    if (internal::IsOneOf(features.norm(tokens[j]), kFor) &&
        internal::IsOneOf(features.norm(tokens[j + 1]), kWriter))
      return true;
  }
  return false;
}
bool ToldALongWait(const TextFeatures& features) {
  static constexpr std::string_view kWaited[] = {
      "waited", "waiting", "hold", "queue", "queued", "queuing", "queueing", "sat", "stuck", "aspettato",
      "aspettata", "aspettando", "aspettiamo", "attesa", "coda", "fila",
      // What it took: "took 3 weeks", "ci vogliono 4 mesi", "ci hanno messo un mese".
      "took", "vogliono", "vogliano", "voluti", "volute", "messo"};
  static constexpr std::string_view kWaitingSince[] = {"aspetto", "aspettiamo", "attendo", "attendiamo"};
  static constexpr std::string_view kUnits[] = {
      "min", "mins", "minute", "minutes", "minuti", "hour",      "hours", "hr",     "hrs",  "ora", "ore",
      "day", "days", "giorni", "week",    "weeks",  "settimane", "month", "months", "mese", "mesi"};
  static constexpr std::string_view kCounts[] = {
      "an", "a",   "one", "two", "three",   "four",   "five", "six",   "ten",   "twenty",  "forty",
      "un", "una", "due", "tre", "quattro", "cinque", "sei",  "dieci", "venti", "quaranta"};
  // Every unit starts with one of these letters: most words are ruled out
  // before the list (this runs on every message).
  const auto unit = [](std::string_view w) {
    if (w.size() < 2) return false;
    switch (w[0]) {
      case 'd':
      case 'g':
      case 'h':
      case 'm':
      case 'o':
      case 's':
      case 'w':
        return internal::IsOneOf(w, kUnits);
      default:
        return false;
    }
  };
  const std::vector<FeatureToken>& tokens = features.tokens();
  size_t sentence = 0;  // the first token of the current sentence
  for (size_t i = 0; i < tokens.size(); ++i) {
    const FeatureToken& t = tokens[i];
    if (t.kind != TokenKind::kWord) {
      if (EndsSentence(features, t)) sentence = i + 1;
      continue;
    }
    if (t.hypothetical) continue;
    const std::string_view w = features.norm(t);
    // A length: "40 minutes", "tre ore", "40min", "2h".
    size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    const bool glued = digits > 0 && digits < w.size() && (w.substr(digits) == "h" || unit(w.substr(digits)));
    const bool counted = !glued && i > sentence && unit(w) &&
                         (tokens[i - 1].kind == TokenKind::kNumber ||
                          (tokens[i - 1].kind == TokenKind::kWord &&
                           internal::IsOneOf(features.norm(tokens[i - 1]), kCounts)));
    if (!glued && !counted) continue;
    // "4 weeks since our recycling was collected", "sono 2 settimane che
    // il lampione è spento": the length, then what it is counted from.
    if (i + 1 < tokens.size() &&
        (features.norm(tokens[i + 1]) == "since" || features.norm(tokens[i + 1]) == "che")) {
      return true;
    }
    const size_t count = glued ? i : i - 1;
    const bool since = count > sentence && features.norm(tokens[count - 1]) == "da";
    // A word of waiting in the length's sentence.
    size_t end = i + 1;
    while (end < tokens.size() && !EndsSentence(features, tokens[end])) ++end;
    for (size_t k = sentence; k < end; ++k) {
      if (tokens[k].kind != TokenKind::kWord || tokens[k].hypothetical) continue;
      const std::string_view v = features.norm(tokens[k]);
      // "the driver waited 10 mins for us": someone else's wait, for the writer.
      if (internal::IsOneOf(v, kWaited) && !WaitedForTheWriter(features, k)) return true;
      if (since && internal::IsOneOf(v, kWaitingSince)) return true;
    }
  }
  return false;
}

// "the dining table arrived with no legs", "mi è stato consegnato il tavolo
// senza le gambe": goods that came without a part of them are a complaint.
// A word of arrival, then within a few words "without" / "with no" /
// "senza", unless what they lack is a fault ("arrived without a scratch",
// "consegnato senza problemi": its words are bad or a complaint cue) or the
// customer asks ("can it be delivered without a signature?").
constexpr float kIncompleteCue = 0.6f;
constexpr size_t kIncompleteReach = 5;
bool ArrivedIncomplete(const TextFeatures& features) {
  static constexpr std::string_view kArrived[] = {
      "arrived",  "came",     "delivered",  "received",   "got",        "arrivato",   "arrivata",
      "arrivati", "arrivate", "consegnato", "consegnata", "consegnati", "consegnate", "ricevuto",
      "ricevuta", "ricevuti", "ricevute",   "arriva",     "arrivano"};
  static constexpr std::string_view kWithout[] = {"without", "senza"};
  static constexpr std::string_view kNoFault[] = {"scratch", "hitch",    "problem", "problems",
                                                  "issue",   "issues",   "fuss",    "damage",
                                                  "graffio", "problemi", "intoppi", "danni"};
  static constexpr std::string_view kArticles[] = {"a", "an",  "the", "any", "il", "lo",  "la",
                                                   "i", "gli", "le",  "l'",  "un", "una", "uno"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  // "without" / "senza" / "with no" first (rare), then the word of arrival
  // at most kIncompleteReach tokens before it, in its sentence.
  for (size_t j = 1; j < tokens.size(); ++j) {
    if (tokens[j].kind != TokenKind::kWord) continue;
    const std::string_view w = features.norm(tokens[j]);
    const bool with_no = w == "with" && j + 1 < tokens.size() && features.norm(tokens[j + 1]) == "no";
    if (!with_no && !internal::IsOneOf(w, kWithout)) continue;
    bool arrived = false;
    for (size_t i = j; i-- > 0 && j - i <= kIncompleteReach;) {
      if (EndsSentence(features, tokens[i])) break;
      if (tokens[i].kind == TokenKind::kWord && !tokens[i].hypothetical &&
          internal::IsOneOf(features.norm(tokens[i]), kArrived)) {
        arrived = true;
        break;
      }
    }
    if (!arrived) continue;
    size_t k = j + (with_no ? 2 : 1);
    while (k < tokens.size() && internal::IsOneOf(features.norm(tokens[k]), kArticles)) ++k;
    if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord ||
        internal::IsOneOf(features.norm(tokens[k]), kNoFault) || InAQuestion(features, k)) {
      return false;
    }
    for (const LexiconEntry* e : {tokens[k].entry, tokens[k].phrase}) {
      if (e == nullptr) continue;
      if (e->Has(LexiconEntry::kValence) && e->valence < 0) return false;
      if (e->Has(LexiconEntry::kCue) && e->cue(Cue::kComplaint) > 0) return false;
    }
    return true;
  }
  return false;
}
constexpr float kExcessCue = 0.6f;  // "too loud", "troppo lento"
// Whether the excess at token `i` ("too", "troppo") is the writer's own:
// "I'm too old", "sono troppo vecchio" (an adjective in the singular after
// "sono": "sono troppo cari" is the prices). A worry, not a complaint.
bool AboutTheWriter(const TextFeatures& features, size_t i) {
  static constexpr std::string_view kIAm[] = {"i'm", "im", "am"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  if (i == 0) return false;
  const std::string_view before = features.norm(tokens[i - 1]);
  if (internal::IsOneOf(before, kIAm)) return true;
  if (before != "sono" || i + 1 >= tokens.size()) return false;
  const std::string_view next = features.norm(tokens[i + 1]);
  return !next.empty() && (next.back() == 'o' || next.back() == 'a');
}
bool IsExcess(std::string_view w) {
  static constexpr std::string_view kExcess[] = {"too", "troppo", "troppa", "troppi", "troppe"};
  return internal::IsOneOf(w, kExcess);
}
// Urgency below this comes from time words ("still", "ancora", "today"): it
// counts beside a complaint or a negative message, not in "è ancora
// disponibile?".
constexpr float kWeakUrgency = 0.5f;

void NoisyOr(float* acc, float w) {
  if (w <= 0) return;
  if (w > 1) w = 1;
  *acc = 1 - (1 - *acc) * (1 - w);
}

// The brand's people, named in the third person: praise of them is praise
// of the brand.
bool MentionsStaff(const TextFeatures& features) {
  // Sorted (binary search: most words are none of these).
  static constexpr std::string_view kStaff[] = {
      "addetta",    "addetto",    "agent",        "assistant",  "autista",    "barista",     "cameriera",
      "cameriere",  "capotreno",  "cashier",      "cassiera",   "cassiere",   "chef",        "commessa",
      "commesso",   "conductor",  "corriere",     "courier",    "direttore",  "direttrice",  "doctor",
      "dottore",    "dottoressa", "driver",       "engineer",   "farmacista", "girl",        "guard",
      "guy",        "infermiera", "infermiere",   "instructor", "istruttore", "istruttrice", "lady",
      "manager",    "nurse",      "operator",     "operatore",  "operatrice", "personale",   "pharmacist",
      "ragazza",    "ragazzo",    "receptionist", "rider",      "signora",    "staff",       "team",
      "technician", "tecnico",    "trainer",      "waiter",     "waitress"};
  static_assert(internal::IsSortedList(kStaff), "kStaff is searched: keep it sorted");
  for (const FeatureToken& t : features.tokens()) {
    if (t.kind == TokenKind::kWord && internal::IsInSorted(features.norm(t), kStaff)) return true;
  }
  return false;
}

// Second-person words: an insult next to one is aimed at someone.
bool IsSecondPerson(std::string_view w) {
  static constexpr std::string_view kWords[] = {"you",   "u",  "your", "ur",     "you're",
                                                "youre", "tu", "sei",  "siete",  "voi",
                                                "vi",    "ti", "te",   "vostro", "vostra"};
  // Every one starts with 'y', 'u', 't', 's' or 'v' and has at most six
  // letters: most words are ruled out before the list.
  if (w.empty() || w.size() > 6) return false;
  const char c = w[0];
  if (c != 'y' && c != 'u' && c != 't' && c != 's' && c != 'v') return false;
  for (std::string_view x : kWords) {
    if (w == x) return true;
  }
  return false;
}

// Which of a word's cues count.
enum class CueScope {
  kAll,
  kNoComplaint,   // inside a praise idiom ("can't complain")
  kToxicityOnly,  // inside a term rated neutral as a whole ("the best way to", "gluten free"):
                  // toxicity and the question words ("can I get a refund")
};

// `phrase`: `e` is a multi-word term's entry.
void AddCues(const LexiconEntry* e, bool phrase, bool sentence_start, CueScope scope,
             std::array<float, kCueCount>* cues, float* toxicity) {
  if (e == nullptr) return;
  const bool complaint = scope == CueScope::kAll;
  if (e->Has(LexiconEntry::kCue)) {
    for (size_t c = 0; c < kCueCount; ++c) {
      if (c == static_cast<size_t>(Cue::kComplaint) && !complaint) continue;
      if (scope == CueScope::kToxicityOnly && c != static_cast<size_t>(Cue::kQuestion)) continue;
      float w = e->cues[c];
      if (c == static_cast<size_t>(Cue::kQuestion) && !sentence_start &&
          !(phrase && w >= kExplicitQuestion)) {
        w *= kQuestionWordMidSentence;
      }
      NoisyOr(&(*cues)[c], w);
    }
  }
  if (e->Has(LexiconEntry::kToxic) && e->toxicity > *toxicity) *toxicity = e->toxicity;
}

// True when the word at `i` follows a participle of something that already
// happened ("avete risposto | subito", "you replied | right away"): an
// auxiliary ("ho", "avete", "è") or a subject ("you", "they") before it. Its
// urgency words tell how fast it went, not what is needed now ("I need it
// fixed asap" stays urgent).
bool AfterAPastEvent(const TextFeatures& features, size_t i) {
  static constexpr std::string_view kBefore[] = {
      "ho",    "hai",   "ha",    "abbiamo", "avete", "hanno", "e",    "sono", "sei",
      "siamo", "siete", "stato", "stata",   "stati", "state", "you",  "they", "he",
      "she",   "we",    "i",     "was",     "were",  "has",   "have", "had"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  if (i < 2 || !tokens[i - 1].lexical() || !tokens[i - 2].lexical()) return false;
  // Not the auxiliary's own participle: "sono stata | molestata" is urgent.
  static constexpr std::string_view kAuxiliaryParticiples[] = {"stato", "stata", "stati", "state"};
  const std::string_view participle = features.norm(tokens[i - 1]);
  return LooksLikeParticiple(participle) && !internal::IsOneOf(participle, kAuxiliaryParticiples) &&
         internal::IsOneOf(features.norm(tokens[i - 2]), kBefore);
}

}  // namespace

const char* IntentName(Intent intent) {
  switch (intent) {
    case Intent::kComplaint:
      return "complaint";
    case Intent::kQuestion:
      return "question";
    case Intent::kContactRequest:
      return "contact_request";
    case Intent::kPraise:
      return "praise";
    case Intent::kReaction:
      return "reaction";
    case Intent::kSpam:
      return "spam";
    case Intent::kToxic:
      break;
  }
  return "toxic";
}

std::vector<IntentScore> Intents::Ranked(float min_confidence) const {
  std::vector<IntentScore> out;
  for (size_t i = 0; i < kIntentCount; ++i) {
    if (confidence[i] >= min_confidence) out.push_back(IntentScore{static_cast<Intent>(i), confidence[i]});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const IntentScore& a, const IntentScore& b) { return a.confidence > b.confidence; });
  return out;
}

// "Please", as texted too.
constexpr std::string_view kPlease[] = {"please", "pls", "plz"};

// A request made in the imperative asks something of the brand: "please
// stop the payments", "pls sort this out", "Toglietemi dalle vostre liste",
// "ridateci quella vecchia". In English "please" opens its clause before a
// verb of service; in Italian a plural imperative ends in "me" or "us"
// ("-atemi", "-eteci"). Not "seguitemi", a spammer's.
bool AsksInTheImperative(const TextFeatures& features) {
  static constexpr std::string_view kJoiners[] = {"and", "but", "so", "just"};
  static constexpr std::string_view kServiceVerbs[] = {
      "add",    "address", "bring",   "call",    "cancel", "change",    "check",  "contact",
      "deal",   "delete",  "dm",      "email",   "fix",    "get",       "give",   "help",
      "let",    "look",    "make",    "message", "put",    "reconnect", "refund", "reinstate",
      "remove", "reply",   "respond", "restore", "review", "ring",      "send",   "sort",
      "stop",   "take",    "tell",    "unblock", "update"};
  static constexpr std::string_view kToMeOrUs[] = {"atemi", "etemi", "itemi", "ateci", "eteci", "iteci"};
  static constexpr std::string_view kNotAsks[] = {"seguitemi", "seguiteci"};
  constexpr size_t kMinImperative = 7;
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    const std::string_view w = features.norm(tokens[i]);
    if (w.size() >= kMinImperative && !internal::IsOneOf(w, kNotAsks)) {
      for (std::string_view ending : kToMeOrUs) {
        if (w.substr(w.size() - ending.size()) == ending) return true;
      }
    }
    // (Not quoted: "the only update is 'please check the screens'".)
    if (!internal::IsOneOf(w, kPlease) || tokens[i].quote_words > 0 || i + 1 >= tokens.size() ||
        tokens[i + 1].kind != TokenKind::kWord ||
        !internal::IsOneOf(features.norm(tokens[i + 1]), kServiceVerbs)) {
      continue;
    }
    const bool opens = tokens[i].sentence_start || (i > 0 && tokens[i - 1].kind == TokenKind::kPunctuation) ||
                       (i > 0 && tokens[i - 1].kind == TokenKind::kWord &&
                        internal::IsOneOf(features.norm(tokens[i - 1]), kJoiners));
    if (opens) return true;
  }
  return false;
}

// A short comment typed without punctuation that opens with a question word
// or an auxiliary ("dove vi trovo a Milano", "is breakfast included",
// "quanto dura la promo"), or ends in "pls" ("link pls", "info in dm
// pls"), asks: 17 of the 19 such messages of the care dev file do. Not an
// exclamation ("what a night", "who even buys this", "how dare you", "come
// al solito").
bool AsksInAShortComment(const TextFeatures& features) {
  static constexpr std::string_view kOpeners[] = {
      "what",   "whats",  "what's", "when",   "where",  "where's", "how",    "why",   "which",  "who",
      "do",     "does",   "is",     "are",    "can",    "could",   "will",   "did",   "should", "dove",
      "dov'è",  "come",   "quando", "quanto", "quanti", "quante",  "quale",  "quali", "chi",    "cosa",
      "perché", "perchè", "xké",    "posso",  "potete", "avete",   "spedite"};
  static constexpr std::string_view kExclaiming[] = {"a", "an", "even", "dare", "al", "sempre", "mai"};
  if (features.words() == 0 || features.words() > kShortCommentWords) return false;
  const std::vector<FeatureToken>& tokens = features.tokens();
  size_t first = tokens.size(), last = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const FeatureToken& t = tokens[i];
    if (t.kind == TokenKind::kPunctuation &&
        (t.exclamations || t.questions || features.norm(t).find('.') != std::string_view::npos)) {
      return false;
    }
    if (t.kind != TokenKind::kWord) continue;
    if (first == tokens.size()) first = i;
    last = i;
  }
  if (first == tokens.size()) return false;
  if (internal::IsOneOf(features.norm(tokens[last]), kPlease) && last != first) return true;
  // "hi do you deliver to Rome": the ask follows the greeting.
  if (first != last && internal::IsOneOf(features.norm(tokens[first]), kOpeningGreetings)) {
    do ++first;
    while (tokens[first].kind != TokenKind::kWord);
  }
  if (!internal::IsOneOf(features.norm(tokens[first]), kOpeners)) return false;
  return first == last || !internal::IsOneOf(features.norm(tokens[first + 1]), kExclaiming);
}

Intents DetectIntents(const TextFeatures& features, const Sentiment& sentiment) {
  std::array<float, kCueCount> cues{};
  float toxicity = 0;
  bool second_person = false;
  const std::vector<FeatureToken>& tokens = features.tokens();
  // "can't complain", "mai avuto problemi": their words are no complaint cues.
  // "What's the best way to reach you?", "gluten free": the words of a term
  // rated neutral as a whole (and no cue itself) are no praise or other cues.
  size_t praise_idiom_end = 0;
  size_t neutral_term_end = 0;
  // "pussy willow", "la mia cagna": a term listed with toxicity 0 is ordinary,
  // and so are its words.
  size_t ordinary_term_end = 0;
  // Praise in a word or term that does not thank ("love", "great job"), for
  // telling courtesy from praise.
  bool praise_beyond_thanks = false;
  // A word of good feeling other than laughter: "Prima o poi vi chiudono
  // 😂😂" laughs, and laughter alone is no praise to thank for.
  bool good_beyond_laughter = false;
  const auto praises = [](const LexiconEntry* e) {
    return e != nullptr && e->Has(LexiconEntry::kCue) && e->cue(Cue::kPraise) > 0;
  };
  const auto thanks_at = [&](size_t k) {
    return tokens[k].kind == TokenKind::kWord && IsThanksWord(features.norm(tokens[k]));
  };
  // "rider gentilissimo nonostante la pioggia", "aggiornamenti chiari
  // durante il guasto": a problem conceded in a clause of its own
  // (FeatureToken::conceded) is what the praise overcame or was about. Its
  // complaint cues count only when the message does not read as sincere
  // praise (kept apart in `conceded`).
  float conceded = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const FeatureToken& t = tokens[i];
    const bool in_case = t.hypothetical || t.conceded;
    if (t.conceded) {
      for (const LexiconEntry* e : {t.entry, t.phrase}) {
        if (e != nullptr && e->Has(LexiconEntry::kCue)) NoisyOr(&conceded, e->cue(Cue::kComplaint));
      }
    }
    // "Customer service 0/10", "5 stars": a rating is a verdict.
    if (t.rating >= 0 && t.rating <= kLowRating)
      NoisyOr(&cues[static_cast<size_t>(Cue::kComplaint)], kRatingCue);
    if (t.rating >= kHighRating) NoisyOr(&cues[static_cast<size_t>(Cue::kPraise)], kRatingCue);
    if (!t.lexical()) continue;
    if (t.phrase != nullptr && t.phrase->Has(LexiconEntry::kValence) && t.phrase->valence > 0)
      praise_idiom_end = std::max(praise_idiom_end, i + t.phrase_tokens);
    if (StartsANeutralTerm(t)) neutral_term_end = std::max(neutral_term_end, i + t.phrase_tokens);
    if (t.phrase != nullptr && t.phrase->Has(LexiconEntry::kToxic) && t.phrase->toxicity == 0)
      ordinary_term_end = std::max(ordinary_term_end, i + t.phrase_tokens);
    // "Nessun ritardo", "nothing was broken", "nessun pacco perso": a problem
    // denied is its absence ("nessuna risposta" holds its own negation).
    // Asked only of problem words: the look back is not free.
    const auto denied = [&](const LexiconEntry* e, size_t span) {
      return e != nullptr && e->Has(LexiconEntry::kCue) && e->cue(Cue::kComplaint) > 0 &&
             features.NegatedBefore(i, span);
    };
    float word_toxicity = 0;
    const float urgent_before = cues[static_cast<size_t>(Cue::kUrgent)];
    const CueScope scope = i < neutral_term_end ? CueScope::kToxicityOnly
                           : i < praise_idiom_end || in_case || t.misfortune || denied(t.entry, 1)
                               ? CueScope::kNoComplaint
                               : CueScope::kAll;
    // (Asked only of a token with a term: the look back is not free.)
    const bool opens = (t.entry != nullptr || t.phrase != nullptr) && OpensSentence(features, i);
    AddCues(t.entry, /*phrase=*/false, opens, scope, &cues, &word_toxicity);
    if (scope != CueScope::kToxicityOnly && praises(t.entry) && !IsCourtesy(features, i))
      praise_beyond_thanks = true;
    if (praises(t.phrase) && !praise_beyond_thanks) {
      bool thanks = false;
      for (size_t k = i; k < i + t.phrase_tokens && k < tokens.size(); ++k) thanks = thanks || thanks_at(k);
      praise_beyond_thanks = !thanks;
    }
    // "il negozio di Troia": a capitalised word inside a sentence is most
    // likely a name or a place, as the sentiment reads it.
    if (t.maybe_name()) word_toxicity *= kToxicAsName;
    if (i < ordinary_term_end) word_toxicity = 0;
    toxicity = std::max(toxicity, word_toxicity);
    // A term that starts inside a neutral one is one of its words: "wrong
    // address" in "I entered the wrong address".
    AddCues(t.phrase, /*phrase=*/true, opens,
            i < neutral_term_end                                           ? CueScope::kToxicityOnly
            : in_case || t.misfortune || denied(t.phrase, t.phrase_tokens) ? CueScope::kNoComplaint
                                                                           : CueScope::kAll,
            &cues, &toxicity);
    if (cues[static_cast<size_t>(Cue::kUrgent)] != urgent_before && (in_case || AfterAPastEvent(features, i)))
      cues[static_cast<size_t>(Cue::kUrgent)] = urgent_before;
    if (!IsLaughterToken(features.norm(t))) {
      for (const LexiconEntry* e : {t.entry, t.phrase}) {
        if (e != nullptr && e->Has(LexiconEntry::kValence) && e->valence > 0) good_beyond_laughter = true;
      }
    }
    if (t.kind != TokenKind::kWord) continue;
    const std::string_view w = features.norm(t);
    if (IsSecondPerson(w)) second_person = true;
    // "way too loud", "troppo salato", "a 40 min wait is too much": more of
    // something than the customer wanted is a complaint; not when what comes
    // next is good ("too good to miss", "troppo buono") or a function word
    // ("me too and"), when the excess is denied ("not too bad") or asked
    // about ("is it too late to change my order?").
    if (IsExcess(w) && i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord &&
        !features.NegatedBefore(i, 1) && !in_case && !InAQuestion(features, i)) {
      const FeatureToken& next = tokens[i + 1];
      const std::string_view nw = features.norm(next);
      bool good_or_function = !(nw == "much" || nw == "many") && next.entry != nullptr &&
                              next.entry->Has(LexiconEntry::kStopword);
      for (const LexiconEntry* e : {next.entry, next.phrase}) {
        if (e != nullptr && e->Has(LexiconEntry::kValence) && e->valence > 0) good_or_function = true;
      }
      if (!good_or_function && !AboutTheWriter(features, i)) {
        NoisyOr(&cues[static_cast<size_t>(Cue::kComplaint)], kExcessCue);
      }
    }
    // A cry for help ("Help!", "HELP", "Aiuto!!", "SOS") means something is wrong.
    if ((w == "help" || w == "aiuto" || w == "sos" || w == "aiutatemi") &&
        (t.all_caps || (i + 1 < tokens.size() && tokens[i + 1].exclamations > 0))) {
      NoisyOr(&cues[static_cast<size_t>(Cue::kComplaint)], kHelpPlea);
    }
  }
  // (Not in praise: "average waiting time 2 minutes, brilliant service!")
  if (sentiment.label != SentimentLabel::kPositive || sentiment.irony) {
    if (ToldALongWait(features)) NoisyOr(&cues[static_cast<size_t>(Cue::kComplaint)], kLongWaitCue);
    if (ArrivedIncomplete(features)) NoisyOr(&cues[static_cast<size_t>(Cue::kComplaint)], kIncompleteCue);
  }
  const auto cue = [&cues](Cue c) { return cues[static_cast<size_t>(c)]; };

  Intents out;
  float& complaint = out.confidence[static_cast<size_t>(Intent::kComplaint)];
  complaint = cue(Cue::kComplaint);
  if (sentiment.label != SentimentLabel::kPositive || sentiment.irony) NoisyOr(&complaint, conceded);
  if (sentiment.label == SentimentLabel::kNegative)
    NoisyOr(&complaint, -sentiment.score * kNegativityToComplaint);
  if (sentiment.irony) NoisyOr(&complaint, kIronyToComplaint);
  const bool doubts = sentiment.label != SentimentLabel::kPositive && HasScareQuote(features);
  if (doubts) NoisyOr(&complaint, kScareQuoteToComplaint);

  float& question = out.confidence[static_cast<size_t>(Intent::kQuestion)];
  question = cue(Cue::kQuestion);
  if (features.questions() > 0 && !OnlyOutcriesAsked(features)) NoisyOr(&question, kQuestionMark);
  if (AsksInAShortComment(features)) NoisyOr(&question, kShortAsk);
  if (AsksInTheImperative(features)) NoisyOr(&question, kImperativeAsk);

  out.confidence[static_cast<size_t>(Intent::kContactRequest)] = cue(Cue::kContact);

  float& praise = out.confidence[static_cast<size_t>(Intent::kPraise)];
  praise = cue(Cue::kPraise);
  if (sentiment.label == SentimentLabel::kPositive && good_beyond_laughter)
    NoisyOr(&praise, sentiment.score * kPositivityToPraise);
  if (sentiment.label == SentimentLabel::kPositive && good_beyond_laughter && !sentiment.irony &&
      question < kIntentReportThreshold && complaint < kIntentReportThreshold &&
      (second_person || features.mentions() > 0 || MentionsStaff(features))) {
    NoisyOr(&praise, kPositiveToTheBrand);
  }
  if (sentiment.label == SentimentLabel::kNegative) praise *= kPraiseWhenNegative;
  if (sentiment.irony || doubts) praise *= kPraiseWhenIronic;  // "the \"amazing\" new menu"
  if (question >= kIntentReportThreshold && !praise_beyond_thanks && SaysThanks(features) &&
      !ThanksForSomething(features)) {
    praise *= kCourtesyThanks;
  }
  // A thank-you that names what was fixed ("thanks for sorting my refund"),
  // or news that the problem is over ("my lost parcel has been found"), is
  // not a complaint: its complaint words weigh less when it reads positive.
  // Praise alone does not ("love the app, keeps crashing on my iPad though"
  // is a complaint too), nor does thanks beside a problem stated plainly and
  // not said to be over ("Thanks a lot, another week without internet").
  if (sentiment.score > 0 && !sentiment.irony &&
      ((cue(Cue::kPraise) >= kThankYouCue && SaysThanks(features) &&
        cue(Cue::kComplaint) < kPlainProblemCue) ||
       SaysProblemIsOver(features) || RemediedAfterAContrast(features))) {
    complaint *= kComplaintWhenThanking;
  }

  if (complaint > 0 && BlamesThemselves(features)) complaint *= kComplaintWhenSelfBlamed;

  if (features.words() == 0 && features.emoji() > 0 && features.urls() == 0) {
    out.confidence[static_cast<size_t>(Intent::kReaction)] = 1.0f;
    // A heart or a thumbs-up is praise to thank for; a laugh alone is not.
    if (sentiment.label == SentimentLabel::kPositive && good_beyond_laughter)
      NoisyOr(&praise, kPositiveToTheBrand);
  }

  float& spam = out.confidence[static_cast<size_t>(Intent::kSpam)];
  spam = cue(Cue::kSpam);
  if (features.urls() > 0) NoisyOr(&spam, kSpamLink);
  if (features.hashtags() + features.mentions() >= 5) NoisyOr(&spam, kSpamTags);
  // "Complimenti per la pagina! Visita il mio shop", "300% returns, DM me
  // now": no customer is praising or asking to be contacted.
  // Nor is a spammer asking or complaining ("Vuoi più follower? Visita il
  // mio profilo").
  if (spam >= kIntentReportThreshold) {
    out.confidence[static_cast<size_t>(Intent::kContactRequest)] *= kBaitInSpam;
    praise *= kBaitInSpam;
    question *= kBaitInSpam;
    complaint *= kBaitInSpam;
  }

  if (toxicity > 0) {
    if (second_person) toxicity += kToxicAtYou;
    if (features.caps_words() > 0) toxicity += kToxicShouting;
    if (toxicity > 1) toxicity = 1;
  }
  out.toxicity = toxicity;
  out.confidence[static_cast<size_t>(Intent::kToxic)] = toxicity;

  out.urgency = cue(Cue::kUrgent);
  if (features.exclamations() >= 3) NoisyOr(&out.urgency, kShoutingUrgency);
  if (out.urgency < kWeakUrgency && complaint < kIntentReportThreshold &&
      sentiment.label != SentimentLabel::kNegative) {
    out.urgency = 0;
  }
  return out;
}

void SetAsideSpam(const Intents& intents, Sentiment* sentiment) {
  if (intents.of(Intent::kSpam) < kIntentReportThreshold) return;
  sentiment->score = 0;
  sentiment->label = SentimentLabel::kNeutral;
  sentiment->irony = false;
}

void MarkAcknowledgement(const TextFeatures& features, Intents* intents, Sentiment* sentiment) {
  static constexpr std::string_view kAcks[] = {"ok",    "okay",     "k",          "kk",
                                               "visto", "ricevuto", "ricevuta",   "received",
                                               "noted", "capito",   "understood", "got"};
  constexpr size_t kMaxWords = 10;
  if (sentiment->label != SentimentLabel::kPositive || sentiment->irony || features.words() > kMaxWords ||
      features.exclamations() > 0 || features.emoji() > 0) {
    return;
  }
  const std::vector<FeatureToken>& tokens = features.tokens();
  bool first = true, thanks = false;
  for (const FeatureToken& t : tokens) {
    if (!t.lexical()) continue;
    const std::string_view w = features.norm(t);
    if (first && !internal::IsOneOf(w, kAcks)) return;
    first = false;
    if (IsThanksWord(w)) {
      thanks = true;
      continue;
    }
    // Only the acknowledgement and the thanks are good words, unstressed:
    // "ok grazie mille", "ok risolto, grazie" are glad.
    for (const LexiconEntry* e : {t.entry, t.phrase}) {
      if (e == nullptr || internal::IsOneOf(w, kAcks)) continue;
      if ((e->Has(LexiconEntry::kValence) && e->valence > 0) || e->Has(LexiconEntry::kBooster)) return;
    }
  }
  if (!thanks) return;
  sentiment->score = 0;
  sentiment->label = SentimentLabel::kNeutral;
  intents->confidence[static_cast<size_t>(Intent::kPraise)] *= kCourtesyThanks;
}

void MarkPlainQuestion(const TextFeatures& features, const Intents& intents, Sentiment* sentiment) {
  // Weaker than this, a question's bad words are its topic.
  constexpr float kPlainQuestionFloor = -0.4f;
  if (sentiment->label != SentimentLabel::kNegative || sentiment->irony ||
      sentiment->score <= kPlainQuestionFloor || intents.of(Intent::kQuestion) < kIntentReportThreshold ||
      intents.of(Intent::kComplaint) >= kIntentReportThreshold || intents.toxicity > 0) {
    return;
  }
  // Asked in words ("can I", "come faccio", "what's the number"), not only
  // with a '?': a bare question mark is as often a rhetorical complaint.
  bool asks_in_words = false;
  for (const FeatureToken& t : features.tokens()) {
    for (const LexiconEntry* e : {t.entry, t.phrase}) {
      if (e != nullptr && e->Has(LexiconEntry::kCue) && e->cue(Cue::kQuestion) >= kIntentReportThreshold)
        asks_in_words = true;
    }
  }
  if (!asks_in_words) return;
  sentiment->score = 0;
  sentiment->label = SentimentLabel::kNeutral;
}

void MarkPlainComplaint(Intents* intents, Sentiment* sentiment) {
  // As negative as praise turned round by irony at least is (kIronyFloor).
  constexpr float kPlainComplaintScore = -0.25f;
  // With words of both kinds, a more confident complaint.
  constexpr float kMixedComplaint = 0.7f;
  const float complaint = intents->of(Intent::kComplaint);
  if (sentiment->label != SentimentLabel::kNeutral || complaint < kIntentReportThreshold ||
      (sentiment->positive > 0 && complaint < kMixedComplaint)) {
    return;
  }
  sentiment->score = std::min(sentiment->score, kPlainComplaintScore);
  sentiment->label = SentimentLabel::kNegative;
  // Praise in a complaint is courtesy ("I would appreciate a refund"), as
  // in any negative message.
  intents->confidence[static_cast<size_t>(Intent::kPraise)] *= kPraiseWhenNegative;
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "pronto/features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <utility>

#include "bytes.h"

namespace pronto {
namespace {

// True when `e` says something beyond being a phrase's first word or a
// function word: the forms tried after the exact one must mean something.
bool Meaningful(const LexiconEntry* e) {
  constexpr uint16_t kContent = LexiconEntry::kValence | LexiconEntry::kNegator | LexiconEntry::kBooster |
                                LexiconEntry::kContrast | LexiconEntry::kIrony | LexiconEntry::kToxic |
                                LexiconEntry::kPolite | LexiconEntry::kCue | LexiconEntry::kIronyFrame;
  return e != nullptr && (e->flags & kContent) != 0;
}

using internal::EndsWith;

bool IsAsciiVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Collapses runs of three or more equal bytes to `keep` (1 or 2) bytes.
void CollapseRuns(std::string_view in, size_t keep, std::string* out) {
  out->clear();
  for (size_t i = 0; i < in.size();) {
    size_t j = i;
    while (j < in.size() && in[j] == in[i]) ++j;
    const size_t run = j - i;
    out->append(run >= 3 ? keep : run, in[i]);
    i = j;
  }
}

// Texting spellings and their words (team-written): "nn funziona" is "non
// funziona", "xké" is "perché", "u" is "you", so the terms and cues written
// with the full word match. Only spellings that mean nothing else in Italian
// or English; those the lexicon rates apart from their word ("pls" is milder
// than "please") or that it already reads as their word ("tho", "gr8", "xò")
// stay as typed.
// clang-format off
constexpr std::pair<std::string_view, std::string_view> kTextingSpellings[] = {
    {"2day", "today"}, {"2moro", "tomorrow"}, {"2morrow", "tomorrow"}, {"abt", "about"}, {"acct", "account"},
    {"anke", "anche"}, {"b4", "before"}, {"bc", "because"}, {"bcoz", "because"}, {"bcuz", "because"},
    {"cmq", "comunque"}, {"coz", "because"}, {"cuz", "because"}, {"dnt", "don't"}, {"gg", "giorni"},
    {"grz", "grazie"}, {"h8", "hate"}, {"ke", "che"}, {"ki", "chi"}, {"l8", "late"}, {"l8r", "later"},
    {"luv", "love"}, {"nn", "non"}, {"nnt", "niente"}, {"nvr", "never"}, {"perke", "perch\xC3\xA9"},
    {"perk\xC3\xA8", "perch\xC3\xA9"}, {"perk\xC3\xA9", "perch\xC3\xA9"}, {"pkg", "package"},
    {"ppl", "people"}, {"qcs", "qualcosa"}, {"qlc", "qualcuno"}, {"qlcn", "qualcuno"}, {"qlcs", "qualcosa"},
    {"qnd", "quando"}, {"qndo", "quando"}, {"qualke", "qualche"}, {"rly", "really"}, {"sn", "sono"},
    {"srsly", "seriously"}, {"sry", "sorry"}, {"sux", "sucks"}, {"thru", "through"}, {"tmr", "tomorrow"},
    {"tmrw", "tomorrow"}, {"tnx", "thanks"}, {"u", "you"}, {"ur", "your"}, {"wat", "what"}, {"wut", "what"},
    {"x", "per"}, {"xche", "perch\xC3\xA9"}, {"xch\xC3\xA8", "perch\xC3\xA9"},
    {"xch\xC3\xA9", "perch\xC3\xA9"}, {"xke", "perch\xC3\xA9"}, {"xk\xC3\xA8", "perch\xC3\xA9"},
    {"xk\xC3\xA9", "perch\xC3\xA9"},
    // English contractions typed without the apostrophe.
    {"arent", "aren't"}, {"cant", "can't"}, {"couldnt", "couldn't"}, {"didnt", "didn't"},
    {"doesnt", "doesn't"}, {"dont", "don't"}, {"hasnt", "hasn't"}, {"havent", "haven't"}, {"im", "i'm"},
    {"isnt", "isn't"}, {"ive", "i've"}, {"thats", "that's"}, {"wasnt", "wasn't"}, {"whats", "what's"},
    {"wont", "won't"}, {"wouldnt", "wouldn't"}, {"youre", "you're"},
    // English "-in'" for "-ing", typed without the apostrophe: "lovin it", "killin it".
    {"amazin", "amazing"}, {"chillin", "chilling"}, {"doin", "doing"}, {"feelin", "feeling"},
    {"freakin", "freaking"}, {"goin", "going"}, {"kiddin", "kidding"}, {"killin", "killing"},
    {"lookin", "looking"}, {"lovin", "loving"}, {"nothin", "nothing"}, {"rockin", "rocking"},
    {"sayin", "saying"}, {"talkin", "talking"}, {"tryin", "trying"}, {"waitin", "waiting"},
    {"workin", "working"},
};
// clang-format on
constexpr size_t kLongestTextingSpelling = 7;

// A word of up to 7 bytes packed into one integer (its length in the top
// byte): the lookup below compares integers, not strings.
constexpr uint64_t PackShortWord(std::string_view w) {
  uint64_t v = static_cast<uint64_t>(w.size()) << 56;
  for (size_t i = 0; i < w.size(); ++i)
    v |= static_cast<uint64_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}

// An open-addressing table of the packed spellings, built at compile time:
// most words are rejected by one multiply, one load and one compare.
struct TextingTable {
  static constexpr int kBits = 9;
  static constexpr size_t kSlots = size_t{1} << kBits;  // under a quarter full
  std::array<uint64_t, kSlots> keys{};
  std::array<uint8_t, kSlots> index{};  // into kTextingSpellings
  static constexpr size_t SlotOf(uint64_t packed) {
    return static_cast<size_t>((packed * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
};
constexpr TextingTable MakeTextingTable() {
  TextingTable t;
  for (size_t i = 0; i < std::size(kTextingSpellings); ++i) {
    const uint64_t packed = PackShortWord(kTextingSpellings[i].first);
    size_t slot = TextingTable::SlotOf(packed);
    while (t.keys[slot] != 0) slot = (slot + 1) & (TextingTable::kSlots - 1);
    t.keys[slot] = packed;
    t.index[slot] = static_cast<uint8_t>(i);
  }
  return t;
}
constexpr TextingTable kTextingTable = MakeTextingTable();
static_assert(std::size(kTextingSpellings) * 4 <= TextingTable::kSlots, "kTextingSpellings: grow kSlots");
constexpr bool TextingSpellingsFit() {
  for (const auto& entry : kTextingSpellings) {
    if (entry.first.empty() || entry.first.size() > kLongestTextingSpelling) return false;
  }
  return true;
}
static_assert(TextingSpellingsFit(), "kTextingSpellings: keys of 1 to 7 bytes");

// The word a texting spelling stands for, or an empty view.
std::string_view TextingWord(std::string_view w) {
  if (w.empty() || w.size() > kLongestTextingSpelling) return {};
  const uint64_t packed = PackShortWord(w);
  for (size_t slot = TextingTable::SlotOf(packed);; slot = (slot + 1) & (TextingTable::kSlots - 1)) {
    if (kTextingTable.keys[slot] == packed) return kTextingSpellings[kTextingTable.index[slot]].second;
    if (kTextingTable.keys[slot] == 0) return {};
  }
}

// "ahahah", "hahahaha", "ahah": laughter of at least four letters.
bool IsLaughter(std::string_view w) {
  if (w.size() < 4) return false;
  bool a = false, h = false;
  for (char c : w) {
    if (c == 'a') {
      a = true;
    } else if (c == 'h') {
      h = true;
    } else {
      return false;
    }
  }
  return a && h;
}

}  // namespace

// True when `word` starts with one of `stems` (the first letter is compared
// first: most words are rejected there).
template <size_t N>
bool StartsWithAny(std::string_view word, const std::string_view (&stems)[N]) {
  if (word.empty()) return false;
  for (std::string_view stem : stems) {
    if (word[0] == stem[0] && internal::StartsWith(word, stem)) return true;
  }
  return false;
}

bool IsThanksWord(std::string_view word) {
  static constexpr std::string_view kStems[] = {"thank", "thx", "grazie", "ringrazi", "appreciat", "cheers"};
  return StartsWithAny(word, kStems);
}

bool IsCourtesy(const TextFeatures& features, size_t i) {
  static constexpr std::string_view kGreetings[] = {"hi",        "hello",  "hey",      "buongiorno",
                                                    "buonasera", "salve",  "ciao",     "kindly",
                                                    "regards",   "saluti", "cordiali", "cordialmente"};
  // Words of kindness that open a letter: "Gentilissimi, …", "Dear Sir".
  static constexpr std::string_view kSalutations[] = {
      "dear", "gentile", "gentili", "gentilissimi", "gentilissima", "gentilissimo", "egregi", "egregio"};
  static constexpr std::string_view kGood[] = {"good", "buona", "buon"};
  // Not "have a good day!", a wish.
  static constexpr std::string_view kTimes[] = {"morning",  "afternoon", "evening",
                                                "giornata", "serata",    "lavoro"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  const std::string_view w = features.norm(tokens[i]);
  // Folded hands in a message that asks are "please": "quando esce la
  // stagione 3? 🙏".
  static constexpr std::string_view kFoldedHands = "\xF0\x9F\x99\x8F";
  if (tokens[i].kind == TokenKind::kEmoji) return w.substr(0, kFoldedHands.size()) == kFoldedHands;
  if (IsThanksWord(w) || internal::IsOneOf(w, kGreetings)) return true;
  if (tokens[i].sentence_start && internal::IsOneOf(w, kSalutations)) return true;
  return internal::IsOneOf(w, kGood) && i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kWord &&
         internal::IsOneOf(features.norm(tokens[i + 1]), kTimes);
}

bool LooksLikeParticiple(std::string_view w) {
  static constexpr std::string_view kEndings[] = {"ato", "ata", "ati", "ate", "ito", "ita", "iti",
                                                  "ite", "uto", "uta", "uti", "ute", "ed"};
  static constexpr std::string_view kIrregular[] = {
      "fatto",   "fatta",   "detto",     "scritto",   "visto",    "vista", "messo", "messa", "preso", "presa",
      "chiesto", "chiesta", "richiesto", "richiesta", "risposto", "letto", "letta", "sent",  "paid",  "done",
      "seen",    "given",   "shown",     "made",      "sold",     "kept",  "taken", "fixed"};
  if (w.size() < 4) return false;
  for (std::string_view e : kEndings)
    if (internal::EndsWith(w, e)) return true;
  return internal::IsOneOf(w, kIrregular);
}

bool IsLaughterToken(std::string_view norm) {
  static constexpr std::string_view kLaughs[] = {"lol",
                                                 "lmao",
                                                 "lmfao",
                                                 "rofl",
                                                 "xd",
                                                 "haha",
                                                 "ahah",
                                                 "\xF0\x9F\x98\x82",
                                                 "\xF0\x9F\xA4\xA3",
                                                 "\xF0\x9F\x98\x86"};  // 😂 🤣 😆
  return IsLaughter(norm) || internal::StartsWith(norm, "jaja") ||     // Spanish
         internal::IsOneOf(norm, kLaughs);
}

bool SaysThanks(const TextFeatures& features) {
  return AnyThanks(features, [](size_t) { return true; });
}

bool ThanksForSomething(const TextFeatures& features) {
  static constexpr std::string_view kFor[] = {"for",   "per", "di",    "del",  "della",
                                              "dell'", "dei", "delle", "degli"};
  return AnyThanks(features, [&](size_t i) {
    return internal::StartsWith(features.norm(features.tokens()[i]), "appreciat") ||  // always for something
           ConnectorAfter(features, i, kFor) < features.tokens().size();
  });
}

bool TextFeatures::NegatedBefore(size_t i, size_t span) const {
  const auto negator = [this](size_t k) {
    return tokens_[k].entry != nullptr && tokens_[k].entry->Has(LexiconEntry::kNegator);
  };
  for (size_t k = i; k < i + span && k < tokens_.size(); ++k) {
    if (negator(k)) return false;
  }
  size_t seen = 0;
  for (size_t k = i; k > 0 && seen < kNegationReach;) {
    --k;
    const FeatureToken& t = tokens_[k];
    if (t.kind == TokenKind::kPunctuation) {
      if (norm(t).find_first_of(".!?,;:") != std::string_view::npos) return false;  // another clause
      continue;
    }
    if (!t.lexical()) continue;
    if (negator(k)) return true;
    ++seen;
  }
  return false;
}

bool EndsSentence(const TextFeatures& features, const FeatureToken& t) {
  return t.kind == TokenKind::kPunctuation &&
         (t.exclamations || t.questions || features.norm(t).find('.') != std::string_view::npos);
}

namespace {

// Whether `t` ends a clause: a punctuation mark with '!', '?', '.', ',', ';'
// or ':'.
bool EndsClause(const TextFeatures& features, const FeatureToken& t) {
  return t.kind == TokenKind::kPunctuation &&
         (t.exclamations || t.questions || features.norm(t).find_first_of(",;:.") != std::string_view::npos);
}

}  // namespace

size_t TextFeatures::ScanProblemOver() const {
  static constexpr std::string_view kStems[] = {
      "found", "fixed", "sorted", "resolved", "solved", "replaced", "refunded", "arrived", "credited",
      "unblocked", "ritrovat", "risolt", "sistemat", "rimborsat", "arrivat", "sostituit", "gestit",
      "accreditat", "sbloccat", "reversed", "stornat", "restored", "ripristinat", "reimbursed", "reactivated",
      "riattivat", "landed",
      // A repair in progress or done for the customer: "thanks for fixing my
      // leaking tap", "grazie per avermi riparato la lavatrice".
      "fixing", "repaired", "repairing", "riparat", "aggiustat"};
  const std::vector<FeatureToken>& tokens = tokens_;
  // "arrivato con 10 giorni di ritardo", "arrived damaged", "refunded the
  // wrong amount": news of an end that is itself the problem.
  static constexpr std::string_view kSpoilers[] = {
      "late",        "ritardo",  "damaged",    "broken",    "wrong",     "missing",
      "smashed",     "crushed",  "rotto",      "rotta",     "rotti",     "danneggiato",
      "danneggiata", "sfondato", "sfondata",   "sbagliato", "sbagliata", "sbagliati",
      "mancante",    "mancanti", "incompleto", "incompleta"};
  constexpr size_t kSpoilerReach = 5;
  const auto spoiled_news = [&](size_t at) {
    for (size_t k = at + 1; k < tokens.size() && k <= at + kSpoilerReach; ++k) {
      if (tokens[k].kind == TokenKind::kPunctuation) return false;
      if (internal::IsOneOf(norm(tokens[k]), kSpoilers)) return true;
    }
    return false;
  };
  // The words of a matched term belong to the term ("never arrived"),
  // unless the term itself is good news ("refund arrived", "rimborso
  // arrivato": a term of positive valence).
  size_t phrase_end = 0;
  bool good_phrase = false;
  size_t found = tokens.size();  // in the sentence being read
  for (size_t i = 0; i < tokens.size(); ++i) {
    const FeatureToken& t = tokens[i];
    // A sentence that asks says nothing is over: "when will it be restored?".
    if (EndsSentence(*this, t)) {
      if (found < tokens.size() && t.questions == 0) return found;
      found = tokens.size();
      continue;
    }
    if (t.phrase != nullptr && i + t.phrase_tokens > phrase_end) {
      phrase_end = i + t.phrase_tokens;
      good_phrase = t.phrase->Has(LexiconEntry::kValence) && t.phrase->valence > 0;
    }
    // A quoted "delivered" is a claim in doubt.
    if (t.kind != TokenKind::kWord || (i < phrase_end && !good_phrase) || t.quote_words > 0) continue;
    // Not denied: "still not fixing my roof", "non l'hanno riparato".
    // A repair's object is what was broken: "replaced my broken compact",
    // "riparato lo schermo rotto" are no spoiled news.
    static constexpr std::string_view kRepairs[] = {"fixed",     "fixing",  "replaced",  "repaired",
                                                    "repairing", "riparat", "sostituit", "aggiustat"};
    if (found == tokens.size() && StartsWithAny(norm(t), kStems) &&
        (StartsWithAny(norm(t), kRepairs) || !spoiled_news(i)) && !NegatedBefore(i, 1))
      found = i;
  }
  return found;
}

size_t ProblemOverAt(const TextFeatures& features) { return features.problem_over_at(); }

bool SaysProblemIsOver(const TextFeatures& features) {
  return ProblemOverAt(features) < features.tokens().size();
}

bool RemediedAfterAContrast(const TextFeatures& features) {
  // Sorted: searched for every word after the contrast.
  static constexpr std::string_view kRemedies[] = {
      "cambiata", "cambiate",   "cambiati",   "cambiato",  "came",         "changed",   "exchanged",
      "mandata",  "mandate",    "mandati",    "mandato",   "replacement",  "rimandato", "rispedito",
      "sent",     "sostituita", "sostituito", "sostituto", "sostituzione", "swapped",   "venuto"};
  static_assert(internal::IsSortedList(kRemedies), "kRemedies is searched: keep it sorted");
  const std::vector<FeatureToken>& tokens = features.tokens();
  const auto complaint_at = [&](size_t i) {
    return ProblemCueAt(features, i, tokens[i].entry) >= 0.5f ||
           ProblemCueAt(features, i, tokens[i].phrase) >= 0.5f;
  };
  bool problem = false;
  bool first = true;
  size_t i = 0;
  for (; i < tokens.size(); ++i) {
    if (!tokens[i].lexical()) continue;
    const LexiconEntry* e = tokens[i].entry;
    if (!first && e != nullptr && e->Has(LexiconEntry::kContrast)) break;
    first = false;
    problem = problem || complaint_at(i);
  }
  if (!problem || i == tokens.size()) return false;
  bool remedy = false;
  for (++i; i < tokens.size(); ++i) {
    if (tokens[i].questions > 0 || (tokens[i].lexical() && complaint_at(i))) return false;
    remedy = remedy || (tokens[i].kind == TokenKind::kWord &&
                        internal::IsInSorted(features.norm(tokens[i]), kRemedies));
  }
  return remedy;
}

bool HasScareQuote(const TextFeatures& features, bool praise_counts) {
  static constexpr std::string_view kPromises[] = {
      "free",       "delivery",   "shipping",  "express",   "fast",       "24h",
      "guaranteed", "guarantee",  "priority",  "premium",   "unlimited",  "instant",
      "same-day",   "next-day",   "stock",     "gratis",    "gratuita",   "gratuito",
      "consegna",   "spedizione", "veloce",    "garantito", "garantita",  "illimitato",
      "illimitata", "priorità",   "immediato", "immediata", "disponibile"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t i = 0; i < tokens.size();) {
    if (tokens[i].quote_words == 0) {
      ++i;
      continue;
    }
    size_t end = i;  // the quotation is tokens [i, end)
    while (end < tokens.size() && tokens[end].quote_words > 0) ++end;
    bool named = false;  // a capital names something: "\"True Blood\"", the "\"Premium\" plan"
    bool doubted = false;
    const bool short_quote = tokens[i].quote_words <= kScareQuoteWords;
    for (size_t k = i; short_quote && k < end; ++k) {
      const FeatureToken& t = tokens[k];
      if (!t.lexical()) continue;
      named = named || t.capitalized || t.all_caps;
      const std::string_view w = features.norm(t);
      doubted = doubted ||
                (praise_counts && t.entry != nullptr && t.entry->Has(LexiconEntry::kValence) &&
                 t.entry->valence > 0) ||
                internal::IsOneOf(w, kPromises) || LooksLikeParticiple(w);
    }
    if (doubted && !named) return true;
    i = end;
  }
  return false;
}

bool BlamesThemselves(const TextFeatures& features) {
  static constexpr std::pair<std::string_view, std::string_view> kOwning[] = {
      {"my", "fault"},     {"my", "bad"},       {"my", "mistake"},  {"false", "alarm"},   {"errore", "mio"},
      {"mio", "errore"},   {"colpa", "mia"},    {"sbaglio", "mio"}, {"falso", "allarme"}, {"sbagliato", "io"},
      {"sbagliata", "io"}, {"ho", "sbagliato"}, {"ho", "sbagliata"}};
  static constexpr std::string_view kRegretFor[] = {"for", "per", "to"};
  // "ordered to my old address by mistake", "ho pagato due volte per
  // sbaglio": an accident the writer did, with no "you" in the sentence
  // ("you charged me twice by mistake" is the brand's).
  static constexpr std::pair<std::string_view, std::string_view> kAccident[] = {
      {"by", "mistake"}, {"per", "sbaglio"}, {"by", "accident"}};
  static constexpr std::string_view kMyDoing[] = {"i",  "i've", "ive", "ho", "avevo",
                                                  "io", "my",   "mio", "mia"};
  static constexpr std::string_view kYourDoing[] = {"you", "your", "avete", "vostro", "vostra", "vostri",
                                                    "vi",  "they", "hanno", "he",     "she"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::kWord || tokens[i + 1].kind != TokenKind::kWord) continue;
    const std::string_view a = features.norm(tokens[i]);
    const std::string_view b = features.norm(tokens[i + 1]);
    for (const auto& [first, second] : kAccident) {
      if (a != first || b != second) continue;
      bool mine = false;
      bool yours = false;
      for (size_t k = i; k > 0 && !EndsSentence(features, tokens[k - 1]); --k) {
        const std::string_view w = features.norm(tokens[k - 1]);
        mine = mine || internal::IsOneOf(w, kMyDoing);
        yours = yours || internal::IsOneOf(w, kYourDoing);
      }
      if (yours) continue;
      if (mine) return true;
    }
    for (const auto& [first, second] : kOwning) {
      if (a != first || b != second) continue;
      const bool regret = i + 2 < tokens.size() && tokens[i + 2].kind == TokenKind::kWord &&
                          internal::IsOneOf(features.norm(tokens[i + 2]), kRegretFor);
      if (regret) continue;
      // "Ho sbagliato qualcosa io?", "è colpa mia?": asking whether it is
      // their fault owns nothing (a '?' within two words; "my fault, I
      // booked the wrong date, can I change it?" owns it).
      size_t end = i + 2;
      while (end < tokens.size() && end < i + 4 && tokens[end].kind == TokenKind::kWord) ++end;
      if (end < tokens.size() && tokens[end].questions > 0) continue;
      // "My bad. But a $150 fee is outrageous": owned, then complained of.
      for (size_t k = i + 2; k < tokens.size(); ++k) {
        const LexiconEntry* e = tokens[k].entry;
        if (e != nullptr && e->Has(LexiconEntry::kContrast)) return false;
      }
      return true;
    }
  }
  return false;
}

void AppendNormalized(std::string_view s, std::string* out) {
  // The normal form is never longer than the input: write in place, then trim.
  const size_t start = out->size();
  out->resize(start + s.size());
  char* o = &(*out)[start];
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      *o++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (c == 0xC3 && i + 1 < s.size()) {
      const unsigned char d = static_cast<unsigned char>(s[i + 1]);
      *o++ = static_cast<char>(c);
      *o++ = static_cast<char>(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d);
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0x99) {
      *o++ = '\'';  // U+2019
      i += 2;
    } else if (c == 0xCA && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
      *o++ = '\'';  // U+02BC
      i += 1;
    } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xB8 &&
               static_cast<unsigned char>(s[i + 2]) == 0x8F) {
      i += 2;  // U+FE0F
    } else if (c == 0xF0 && i + 3 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x9F &&
               static_cast<unsigned char>(s[i + 2]) == 0x8F && static_cast<unsigned char>(s[i + 3]) >= 0xBB &&
               static_cast<unsigned char>(s[i + 3]) <= 0xBF) {
      i += 3;  // skin tones U+1F3FB..U+1F3FF
    } else {
      *o++ = static_cast<char>(c);
    }
  }
  out->resize(static_cast<size_t>(o - out->data()));
}

void TextFeatures::Prepare(const std::vector<Token>& tokens, const Lexicon& lexicon, bool texting) {
  tokens_.clear();
  arena_.clear();
  words_ = caps_words_ = emoji_ = mentions_ = hashtags_ = urls_ = 0;
  exclamations_ = questions_ = non_latin_words_ = 0;
  bool sentence_start = true;
  for (const Token& t : tokens) {
    FeatureToken f;
    f.kind = t.kind;
    f.utf16_begin = static_cast<uint32_t>(t.utf16_begin);
    f.utf16_end = static_cast<uint32_t>(t.utf16_end);
    f.norm_offset = static_cast<uint32_t>(arena_.size());
    AppendNormalized(t.text, &arena_);
    if (texting && t.kind == TokenKind::kWord && t.text != "X") {  // "X" is the network, "x" is "per"
      const std::string_view spelled(arena_.data() + f.norm_offset, arena_.size() - f.norm_offset);
      if (const std::string_view word = TextingWord(spelled); !word.empty()) {
        arena_.resize(f.norm_offset);
        arena_.append(word);
      }
    }
    f.norm_length = static_cast<uint32_t>(arena_.size() - f.norm_offset);
    switch (t.kind) {
      case TokenKind::kWord: {
        ++words_;
        size_t upper = 0, lower = 0, run = 1;
        for (size_t i = 0; i < t.text.size(); ++i) {
          const unsigned char c = static_cast<unsigned char>(t.text[i]);
          if (c >= 'A' && c <= 'Z') ++upper;
          if (c >= 'a' && c <= 'z') ++lower;
          if (c >= 0xCD && c < 0xF0 && !(c == 0xE2)) f.non_latin = true;  // Greek, Cyrillic, CJK, …
          if (i > 0 && t.text[i] == t.text[i - 1] && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            if (++run >= 3) f.elongated = true;
          } else {
            run = 1;
          }
        }
        f.all_caps = upper >= 2 && lower == 0;
        // "LS6 2QT", "B12": three or more capitals and digits spell a code (a
        // postcode, a seat), not a texting word ("2qt" is "too cute" in lower
        // case only; "X3" is a face).
        f.code = upper > 0 && lower == 0 && t.text.size() >= 3 &&
                 t.text.find_first_of("0123456789") != std::string_view::npos;
        f.capitalized = upper == 1 && lower > 0 && t.text[0] >= 'A' && t.text[0] <= 'Z';
        caps_words_ += f.all_caps;
        non_latin_words_ += f.non_latin;
        break;
      }
      case TokenKind::kHashtag:
        ++hashtags_;
        break;
      case TokenKind::kMention:
        ++mentions_;
        break;
      case TokenKind::kUrl:
      case TokenKind::kEmail:
        ++urls_;
        break;
      case TokenKind::kEmoji:
      case TokenKind::kEmoticon:
        ++emoji_;
        break;
      case TokenKind::kPunctuation:
        for (char c : t.text) {
          f.exclamations += c == '!';
          f.questions += c == '?';
        }
        exclamations_ += f.exclamations;
        questions_ += f.questions;
        break;
      default:
        break;
    }
    if (f.lexical()) {
      f.sentence_start = sentence_start;
      sentence_start = false;
    }
    if (t.kind == TokenKind::kPunctuation &&
        (t.text.find_first_of(".!?") != std::string::npos || t.text == "\xE2\x80\xA6")) {
      sentence_start = true;
    }
    if (f.lexical()) {
      std::string_view w = norm(f);
      if (t.kind == TokenKind::kHashtag) w.remove_prefix(1);
      if (const TableEntries* all = f.code ? nullptr : lexicon.FindAll(w)) f.exact = *all;
    }
    // A word glued to an ellipsis that runs into a link was cut off by the
    // network or by a share button ("as we ass… https://t.co/x"): its letters
    // are the start of some word, not a word, so the lexicon does not read it.
    if (t.kind == TokenKind::kUrl && tokens_.size() >= 2) {
      const FeatureToken& dots = tokens_.back();
      FeatureToken& cut = tokens_[tokens_.size() - 2];
      const std::string_view d = norm(dots);
      if (dots.kind == TokenKind::kPunctuation && (d == "\xE2\x80\xA6" || d == "...") &&
          cut.kind == TokenKind::kWord && cut.utf16_end == dots.utf16_begin) {
        cut.truncated = true;
      }
    }
    tokens_.push_back(f);
  }
  MarkRatings();
  MarkHypotheticalClauses();
  MarkConcessions();
  MarkQuotes();
  problem_over_at_ = kNotRead;
}

namespace {

// "7/10" -> 7, "4.5/5" -> 9, else -1: a score over 10 or 5, at most the scale.
int RatingOf(std::string_view number) {
  const size_t slash = number.find('/');
  if (slash == std::string_view::npos || slash == 0) return -1;
  const std::string_view scale = number.substr(slash + 1);
  const int over = scale == "10" ? 10 : scale == "5" ? 5 : 0;
  if (over == 0) return -1;
  float score = 0;
  bool digits = false;
  float decimal = 0;  // the place value of the next decimal digit, 0 before the point
  for (char c : number.substr(0, slash)) {
    if (c >= '0' && c <= '9') {
      digits = true;
      if (decimal > 0) {
        score += decimal * static_cast<float>(c - '0');
        decimal /= 10;
      } else {
        score = score * 10 + static_cast<float>(c - '0');
      }
    } else if ((c == '.' || c == ',') && decimal == 0) {
      decimal = 0.1f;
    } else {
      return -1;
    }
  }
  if (!digits || score > static_cast<float>(over)) return -1;
  return static_cast<int>(std::lround(score * 10 / static_cast<float>(over)));
}

}  // namespace

bool IsQuotationMark(std::string_view norm) {
  static constexpr std::string_view kQuotes[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB",
                                                 "\xC2\xBB"};  // " “ ” « »
  return internal::IsOneOf(norm, kQuotes);
}

void TextFeatures::MarkQuotes() {
  // Longer "quotes" are more often stray marks than a quotation.
  constexpr size_t kMaxQuotedTokens = 40;
  // Words of a person near the writer: what they said, the writer reports
  // as their own ("my mum called the cake \"perfect\"", "mia figlia dice
  // che è \"la pizza più buona\"").
  constexpr size_t kSpeakerReach = 6;
  static constexpr std::string_view kPeople[] = {
      "mum",        "mom",      "mother",    "dad",        "father", "husband", "wife",      "partner",
      "son",        "daughter", "kids",      "children",   "nan",    "gran",    "grandma",   "grandad",
      "friend",     "friends",  "boyfriend", "girlfriend", "fiancé", "fiance",  "boss",      "colleague",
      "colleagues", "guests",   "mamma",     "papà",       "marito", "moglie",  "figlio",    "figlia",
      "figli",      "nonna",    "nonno",     "amica",      "amico",  "amici",   "fidanzato", "fidanzata",
      "compagno",   "compagna", "collega",   "colleghi",   "ospiti", "suocera", "suocero"};
  const auto reported = [&](size_t open) {
    for (size_t k = open; k > 0 && open - k < kSpeakerReach; --k) {
      const FeatureToken& t = tokens_[k - 1];
      if (EndsSentence(*this, t)) return false;
      if (t.kind == TokenKind::kWord && internal::IsOneOf(norm(t), kPeople)) return true;
    }
    return false;
  };
  size_t open = tokens_.size();
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].kind != TokenKind::kPunctuation || !IsQuotationMark(norm(tokens_[i]))) continue;
    if (open == tokens_.size()) {
      open = i;
      continue;
    }
    if (i - open - 1 <= kMaxQuotedTokens && !reported(open)) {
      const auto words =
          static_cast<uint8_t>(std::count_if(tokens_.begin() + open + 1, tokens_.begin() + i,
                                             [](const FeatureToken& t) { return t.lexical(); }));
      for (size_t k = open + 1; k < i; ++k) tokens_[k].quote_words = words;
    }
    open = tokens_.size();
  }
  // Single quotes, which are also apostrophes ("un po'", "kids' room"): a
  // short quotation only, opened before a word it touches and closed after
  // one, each mark apart from the words outside ("la 'consegna in 24h'",
  // "my 'next day delivery'").
  constexpr size_t kMaxSingleQuoted = 8;
  const auto single = [&](size_t i, bool opening) {
    if (tokens_[i].kind != TokenKind::kPunctuation) return false;
    const std::string_view p = norm(tokens_[i]);
    if (p.empty()) return false;
    const auto is_mark = [](std::string_view m) {
      return m == "'" || m == "\xE2\x80\x98" || m == "\xE2\x80\x99";
    };
    const size_t last =
        p.size() - (p.size() >= 3 && static_cast<unsigned char>(p[p.size() - 3]) == 0xE2 ? 3 : 1);
    const size_t first_len = static_cast<unsigned char>(p[0]) == 0xE2 ? 3 : 1;
    return opening ? is_mark(p.substr(last)) : is_mark(p.substr(0, first_len));
  };
  const auto touches = [&](size_t a, size_t b) { return tokens_[a].utf16_end == tokens_[b].utf16_begin; };
  for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
    if (!single(i, true) || !tokens_[i + 1].lexical() || !touches(i, i + 1) ||
        (i > 0 && tokens_[i - 1].lexical() && touches(i - 1, i)) || tokens_[i + 1].quote_words > 0) {
      continue;
    }
    for (size_t j = i + 2; j < tokens_.size() && j <= i + 1 + kMaxSingleQuoted; ++j) {
      if (EndsSentence(*this, tokens_[j]) && !single(j, false)) break;
      if (!single(j, false) || !tokens_[j - 1].lexical() || !touches(j - 1, j) ||
          (j + 1 < tokens_.size() && tokens_[j + 1].lexical() && touches(j, j + 1))) {
        continue;
      }
      if (!reported(i)) {
        const auto words = static_cast<uint8_t>(std::count_if(
            tokens_.begin() + i + 1, tokens_.begin() + j, [](const FeatureToken& t) { return t.lexical(); }));
        for (size_t k = i + 1; k < j; ++k) tokens_[k].quote_words = words;
      }
      i = j;
      break;
    }
  }
}

void TextFeatures::MarkHypotheticalClauses() {
  if (questions_ == 0) return;
  static constexpr std::string_view kOpeners[] = {"if",      "se",     "unless",  "qualora",
                                                  "cover",   "covers", "covered", "copre",
                                                  "coprono", "copra",  "coperto", "coperti"};
  MarkClausesAfter(kOpeners, std::size(kOpeners), &FeatureToken::hypothetical);
}

void TextFeatures::MarkConcessions() {
  static constexpr std::string_view kOpeners[] = {"nonostante", "malgrado", "despite", "spite",
                                                  "during",     "durante",  "because"};
  MarkClausesAfter(kOpeners, std::size(kOpeners), &FeatureToken::conceded);
}

void TextFeatures::MarkClausesAfter(const std::string_view* openers, size_t count, bool FeatureToken::*flag) {
  bool active = false;
  for (FeatureToken& t : tokens_) {
    if (t.kind == TokenKind::kPunctuation) {
      if (EndsClause(*this, t)) active = false;
    } else if (t.kind == TokenKind::kWord &&
               std::find(openers, openers + count, norm(t)) != openers + count) {
      active = true;
    } else {
      t.*flag = active && t.lexical();
    }
  }
}

void TextFeatures::MarkRatings() {
  // Words after which "10/10" is a date: "on 10/10", "entro il 5/10".
  static constexpr std::string_view kBeforeDates[] = {"on",     "by",    "until", "till",  "from", "since",
                                                      "before", "after", "il",    "entro", "dal",  "al",
                                                      "del",    "fino",  "dopo",  "prima"};
  static constexpr std::string_view kStars[] = {"star", "stars", "stella", "stelle"};
  // "Quattro stelle", "five stars": a number in words.
  static constexpr std::string_view kNumberWords[][2] = {{"zero", "zero"},    {"one", "una"},
                                                         {"two", "due"},      {"three", "tre"},
                                                         {"four", "quattro"}, {"five", "cinque"}};
  for (size_t i = 0; i < tokens_.size(); ++i) {
    FeatureToken& t = tokens_[i];
    if (t.kind == TokenKind::kWord && i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::kWord &&
        internal::IsOneOf(norm(tokens_[i + 1]), kStars)) {
      const std::string_view w = norm(t);
      for (int stars = 0; stars <= 5; ++stars) {
        if (w == kNumberWords[stars][0] || w == kNumberWords[stars][1])
          t.rating = static_cast<int8_t>(2 * stars);
      }
    }
    if (t.kind != TokenKind::kNumber) continue;
    const std::string_view n = norm(t);
    int rating = RatingOf(n);
    if (rating >= 0) {
      size_t k = i;
      while (k > 0 && !tokens_[k - 1].lexical() && tokens_[k - 1].kind != TokenKind::kPunctuation) --k;
      if (k > 0 && tokens_[k - 1].kind == TokenKind::kWord &&
          internal::IsOneOf(norm(tokens_[k - 1]), kBeforeDates))
        rating = -1;
    } else if (n.size() == 1 && n[0] >= '0' && n[0] <= '5' && i + 1 < tokens_.size() &&
               tokens_[i + 1].kind == TokenKind::kWord && internal::IsOneOf(norm(tokens_[i + 1]), kStars)) {
      rating = 2 * (n[0] - '0');
    }
    t.rating = static_cast<int8_t>(rating);
  }
}

const LexiconEntry* TextFeatures::LookupInflected(Language language, const Lexicon& lexicon,
                                                  std::string_view w, float* morph_booster) {
  std::string& s = scratch_;
  if (language == Language::kItalian) {
    if (w.size() < 4 || !IsAsciiVowel(w.back())) return nullptr;
    // Superlatives: "bellissimo" -> "bello", "velocissimi" -> "veloce".
    if (w.size() > 8 && w.substr(w.size() - 6, 5) == "issim") {
      for (char v : {'o', 'a', 'e', 'i'}) {
        s.assign(w.substr(0, w.size() - 6));
        s.push_back(v);
        const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kItalian, s);
        if (Meaningful(e)) {
          *morph_booster = 0.293f;
          return e;
        }
      }
    }
    // Adverbs: "tristemente" -> "triste", "lentamente" -> "lenta", "lento".
    if (w.size() > 7 && EndsWith(w, "mente")) {
      const std::string_view base = w.substr(0, w.size() - 5);
      const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kItalian, base);
      if (Meaningful(e)) return e;
      if (base.back() == 'a') {
        s.assign(base);
        s.back() = 'o';
        e = lexicon.FindIn(Lexicon::Table::kItalian, s);
        if (Meaningful(e)) return e;
      }
    }
    // Gender and number: "pessime" -> "pessimo", "deluse" -> "deluso".
    for (char v : {'o', 'a', 'e', 'i'}) {
      if (w.back() == v) continue;
      s.assign(w);
      s.back() = v;
      const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kItalian, s);
      if (Meaningful(e)) return e;
    }
    // Plurals in -chi/-ghi, -che/-ghe: "stanchi" -> "stanco".
    if (w.size() > 4 && w[w.size() - 2] == 'h' && (w.back() == 'i' || w.back() == 'e')) {
      s.assign(w.substr(0, w.size() - 2));
      s.push_back(w.back() == 'i' ? 'o' : 'a');
      const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kItalian, s);
      if (Meaningful(e)) return e;
    }
    // Verb forms the lexicon lists by their infinitive: "odiano" -> "odiare",
    // "deludono" -> "deludere", "tradisce" -> "tradire", "rovinando" ->
    // "rovinare". Longest ending first; the infinitive must be rated. The
    // same table is in assets/tools/build-lexicons.mjs (lemmaCandidates).
    if (w.size() >= 6) {
      static constexpr std::pair<std::string_view, std::string_view> kVerbEndings[] = {
          {"iscono", "ire"}, {"avano", "are"}, {"evano", "ere"}, {"ivano", "ire"}, {"isce", "ire"},
          {"ando", "are"},   {"endo", "ere"},  {"endo", "ire"},  {"ano", "are"},   {"ono", "ere"},
          {"ono", "ire"},    {"ava", "are"},   {"eva", "ere"},   {"iva", "ire"},   {"ate", "are"},
          {"ete", "ere"},    {"ite", "ire"},   {"uto", "ere"},   {"uta", "ere"},   {"uti", "ere"},
          {"ito", "ire"},    {"ita", "ire"},   {"iti", "ire"},   {"ato", "are"},   {"ata", "are"},
          {"ati", "are"},
      };
      for (const auto& [ending, infinitive] : kVerbEndings) {
        if (!EndsWith(w, ending) || w.size() < ending.size() + 3) continue;
        s.assign(w.substr(0, w.size() - ending.size()));
        s.append(infinitive);
        const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kItalian, s);
        if (Meaningful(e) && e->Has(LexiconEntry::kValence)) return e;
      }
    }
    return nullptr;
  }
  // English: possessives and plurals.
  if (EndsWith(w, "'s") && w.size() > 3) {
    const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kEnglish, w.substr(0, w.size() - 2));
    if (Meaningful(e)) return e;
  }
  if (w.size() > 4 && EndsWith(w, "ies")) {
    s.assign(w.substr(0, w.size() - 3));
    s.push_back('y');
    const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kEnglish, s);
    if (Meaningful(e)) return e;
  }
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') {
    const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kEnglish, w.substr(0, w.size() - 1));
    if (Meaningful(e)) return e;
  }
  // The English entry of `stem` + `suffix`, when `kinds` of it are set.
  const auto english_form = [&](std::string_view stem, std::string_view suffix,
                                uint16_t kinds) -> const LexiconEntry* {
    s.assign(stem);
    s.append(suffix);
    const LexiconEntry* e = lexicon.FindIn(Lexicon::Table::kEnglish, s);
    return e != nullptr && (e->flags & kinds) != 0 ? e : nullptr;
  };
  // Superlatives of a rated adjective, which they intensify: "coolest" ->
  // "cool", "nicest" -> "nice", "happiest" -> "happy", "saddest" -> "sad".
  // The form with "e" first: "cutest" is "cute", not "cut".
  if (w.size() > 5 && EndsWith(w, "est")) {
    const std::string_view stem = w.substr(0, w.size() - 3);
    const auto rated = [&](std::string_view base, std::string_view suffix) -> const LexiconEntry* {
      const LexiconEntry* e = english_form(base, suffix, LexiconEntry::kValence);
      return e != nullptr && e->valence != 0 ? e : nullptr;
    };
    const LexiconEntry* e = rated(stem, "e");
    if (e == nullptr) e = rated(stem, "");
    if (e == nullptr && stem.back() == 'i') e = rated(stem.substr(0, stem.size() - 1), "y");
    if (e == nullptr && stem[stem.size() - 1] == stem[stem.size() - 2])
      e = rated(stem.substr(0, stem.size() - 1), "");
    if (e != nullptr) {
      *morph_booster = 0.293f;
      return e;
    }
  }
  // Verb forms of a word with a valence, a cue or an insult: "crashes",
  // "crashed", "crashing" -> "crash"; "freezing" -> "freeze"; "stopped" ->
  // "stop". Only these kinds: "pleased" is not the politeness word "please".
  const auto verb_lemma = [&](std::string_view stem, std::string_view suffix) {
    return english_form(stem, suffix, LexiconEntry::kValence | LexiconEntry::kCue | LexiconEntry::kToxic);
  };
  for (std::string_view ending : {"es", "ed", "ing"}) {
    if (w.size() < ending.size() + 3 || !EndsWith(w, ending)) continue;
    const std::string_view stem = w.substr(0, w.size() - ending.size());
    const LexiconEntry* e = verb_lemma(stem, "");
    if (e == nullptr && ending != "es") e = verb_lemma(stem, "e");  // "freezing", "hated"
    if (e == nullptr && ending != "es" && stem[stem.size() - 1] == stem[stem.size() - 2]) {
      e = verb_lemma(stem.substr(0, stem.size() - 1), "");  // "stopped", "stopping"
    }
    if (e == nullptr && ending == "ed" && stem.back() == 'i') {
      e = verb_lemma(stem.substr(0, stem.size() - 1), "y");  // "annoyed" is listed; "bullied"
    }
    if (e != nullptr) return e;
  }
  return nullptr;
}

const LexiconEntry* TextFeatures::LookupWord(Language language, const Lexicon& lexicon, std::string_view w,
                                             const LexiconEntry* exact, bool elongated,
                                             float* morph_booster) {
  // A form the lexicon lists (even only as a function word) needs no fallback.
  if (exact != nullptr && (exact->flags & ~LexiconEntry::kPhrasePrefix) != 0) return exact;
  if (IsLaughter(w)) {
    const LexiconEntry* e = lexicon.Find(language, "haha");
    if (Meaningful(e)) return e;
  }
  if (elongated) {
    std::string collapsed;  // rare: elongated words only
    for (size_t keep : {size_t{2}, size_t{1}}) {
      CollapseRuns(w, keep, &collapsed);
      const LexiconEntry* e = lexicon.Find(language, collapsed);
      if (Meaningful(e)) return e;
      e = LookupInflected(language, lexicon, collapsed, morph_booster);
      if (e) return e;
    }
  }
  // Elisions the tokenizer keeps whole: "dell'assistenza" is split already,
  // but "quell'ordine" may not be; try the part after the apostrophe.
  const size_t apostrophe = w.rfind('\'');
  if (apostrophe != std::string_view::npos && apostrophe + 1 < w.size() && language == Language::kItalian) {
    const LexiconEntry* e = lexicon.Find(language, w.substr(apostrophe + 1));
    if (Meaningful(e)) return e;
  }
  const LexiconEntry* inflected = LookupInflected(language, lexicon, w, morph_booster);
  return inflected ? inflected : exact;
}

namespace {

// True when the capitalised token `i` names a product beside its kind: "the
// Gold package", "Premium plan", "il pacchetto Smart", "l'offerta Super".
bool NamesAProduct(const TextFeatures& features, size_t i) {
  static constexpr std::string_view kKinds[] = {"abbonamento",  "account",    "bundle",  "card",    "carta",
                                                "collection",   "collezione", "conto",   "edition", "formula",
                                                "menu",         "offer",      "offerta", "opzione", "option",
                                                "pacchetto",    "package",    "pass",    "piano",   "plan",
                                                "subscription", "tariff",     "tariffa", "tessera", "tier"};
  const std::vector<FeatureToken>& tokens = features.tokens();
  const auto kind_at = [&](size_t k) {
    return k < tokens.size() && tokens[k].kind == TokenKind::kWord &&
           internal::IsOneOf(features.norm(tokens[k]), kKinds);
  };
  return kind_at(i + 1) || (i > 0 && kind_at(i - 1));
}

}  // namespace

void TextFeatures::Match(Language language, const Lexicon& lexicon) {
  const size_t max_words = lexicon.MaxPhraseWords(language);
  const size_t n = tokens_.size();
  for (size_t i = 0; i < n; ++i) {
    FeatureToken& t = tokens_[i];
    t.entry = nullptr;
    t.misfortune = false;
    t.phrase = nullptr;
    t.phrase_tokens = 0;
    t.morph_booster = 0;
    const std::string_view w = norm(t);
    const size_t own = static_cast<size_t>(language == Language::kItalian ? Lexicon::Table::kItalian
                                                                          : Lexicon::Table::kEnglish);
    const LexiconEntry* exact =
        t.exact[own] ? t.exact[own] : t.exact[static_cast<size_t>(Lexicon::Table::kShared)];
    switch (t.kind) {
      case TokenKind::kWord:
        if (t.truncated) break;
        // A capitalised word inside a sentence that the lexicon does not list
        // as written is most likely a name: "Bari" is not "baro" (a cheat),
        // "Amati" not "amato".
        if (t.maybe_name()) {
          t.entry = NamesAProduct(*this, i) ? nullptr : exact;
        } else {
          t.entry = LookupWord(language, lexicon, w, exact, t.elongated, &t.morph_booster);
        }
        break;
      case TokenKind::kHashtag: {
        t.entry = lexicon.Find(language, w);  // "#sarcasmo" is listed with its '#'
        if (!Meaningful(t.entry)) {
          std::string_view bare = w.substr(1);
          bool elongated = false;
          for (size_t k = 2; k < bare.size(); ++k)
            elongated |= bare[k] == bare[k - 1] && bare[k] == bare[k - 2];
          t.entry = LookupWord(language, lexicon, bare, exact, elongated, &t.morph_booster);
        }
        break;
      }
      case TokenKind::kEmoji: {
        t.entry = exact;
        if (!t.entry && !w.empty()) {
          // The first code point of a ZWJ sequence: "❤️‍🔥" -> "❤".
          size_t len = 1;
          const unsigned char c = static_cast<unsigned char>(w[0]);
          if (c >= 0xF0) {
            len = 4;
          } else if (c >= 0xE0) {
            len = 3;
          } else if (c >= 0xC0) {
            len = 2;
          }
          if (len < w.size()) t.entry = lexicon.Find(language, w.substr(0, len));
        }
        break;
      }
      case TokenKind::kEmoticon:
        t.entry = exact;
        break;
      default:
        break;
    }
    // The longest multi-word term starting here, over consecutive lexical
    // tokens. A number between two of its words is not one of them: "only
    // took 3 weeks" and "sono 4 giorni che" are the terms "only took weeks"
    // and "sono giorni che", and the term spans the number's token too.
    const LexiconEntry* head = t.kind == TokenKind::kHashtag ? lexicon.Find(language, w) : exact;
    if (!t.lexical() || head == nullptr || !head->Has(LexiconEntry::kPhrasePrefix)) continue;
    constexpr size_t kMaxSpan = 16;
    size_t head_words = head->phrase_words < max_words ? head->phrase_words : max_words;
    if (head_words > kMaxSpan) head_words = kMaxSpan;
    size_t at[kMaxSpan] = {i};  // the token of each word of the candidate
    size_t span = 1;            // its words
    for (size_t j = i + 1; span < head_words && j < n; ++j) {
      if (tokens_[j].lexical()) {
        at[span++] = j;
      } else if (!(tokens_[j].kind == TokenKind::kNumber && j + 1 < n && tokens_[j + 1].lexical())) {
        break;
      }
    }
    if (span < 2) continue;
    // One lookup rules out most heads: no term starts with these two words.
    scratch_.assign(w);
    scratch_.push_back(' ');
    scratch_.append(norm(tokens_[at[1]]));
    const size_t pair_words = lexicon.PhraseWordsAfter(scratch_);
    if (pair_words < span) span = pair_words;
    // The longest candidate once; shorter ones are its prefixes.
    size_t ends[kMaxSpan + 1] = {0, w.size(), scratch_.size()};
    for (size_t k = 2; k < span; ++k) {
      scratch_.push_back(' ');
      scratch_.append(norm(tokens_[at[k]]));
      ends[k + 1] = scratch_.size();
    }
    for (; span >= 2; --span) {
      const LexiconEntry* e = lexicon.Find(language, std::string_view(scratch_).substr(0, ends[span]));
      if (Meaningful(e)) {
        t.phrase = e;
        t.phrase_tokens = static_cast<uint8_t>(at[span - 1] - i + 1);
        break;
      }
    }
  }
  problem_over_at_ = kNotRead;  // the terms changed
  // A question, or an ask in words: "how do I freeze it", "come faccio".
  asks_ = questions_ > 0;
  for (size_t i = 0; i < tokens_.size() && !asks_; ++i) {
    for (const LexiconEntry* e : {tokens_[i].entry, tokens_[i].phrase}) {
      asks_ = asks_ || (e != nullptr && e->Has(LexiconEntry::kCue) && e->cue(Cue::kQuestion) >= 0.5f);
    }
  }
  MarkMisfortuneCases();
}

void TextFeatures::MarkMisfortuneCases() {
  // What befalls a customer with no one at the brand to blame: theft, fraud
  // by others, illness and accidents, weather, strikes, bereavement. ("Lost"
  // alone is not here: "you lost my bag" is the brand's doing.) Sorted: it
  // is asked of every word of a message that asks.
  static constexpr std::string_view kMisfortunes[] = {
      "accident",      "accidental", "allagata",   "allagato",   "alluvione",  "ankle",       "bereavement",
      "braccio",       "burglary",   "burgled",    "caduta",     "caduto",     "carabinieri", "caviglia",
      "clonata",       "clonato",    "cloned",     "deceduta",   "deceduto",   "denuncia",    "fake",
      "falsa",         "falso",      "febbre",     "fever",      "flood",      "flooded",     "fog",
      "fraudster",     "funeral",    "furto",      "gamba",      "ginocchio",  "grandine",    "hospital",
      "impersonating", "incidente",  "injured",    "injury",     "intervento", "knee",        "lutto",
      "maltempo",      "nebbia",     "neve",       "ospedale",   "passed",     "phishing",    "police",
      "polizia",       "polso",      "rear-ended", "ricoverata", "ricoverato", "rubata",      "rubate",
      "rubati",        "rubato",     "scam",       "sciopero",   "smarrita",   "smarrito",    "snow",
      "stolen",        "storm",      "strike",     "surgery",    "tamponata",  "tamponato",   "theft",
      "truffa",        "wrist"};
  static_assert(internal::IsSortedList(kMisfortunes), "kMisfortunes is searched: keep it sorted");
  if (!asks_) return;
  // A complaint word in another clause ("the helpline rings out", "nessuno
  // risponde") makes it a complaint; one in the misfortune's clause belongs
  // to it: "cancelled because of the storm", "mi sono rotto il polso"
  // ("and", "e", "but" start a clause: "mi hanno clonato la carta e il
  // numero verde squilla a vuoto" is a complaint).
  static constexpr std::string_view kJoiners[] = {"e", "and", "ma", "but", "poi", "then"};
  const auto clause_end = [&](const FeatureToken& t) {
    return t.kind == TokenKind::kWord ? internal::IsOneOf(norm(t), kJoiners) : EndsClause(*this, t);
  };
  // Calls `fn(begin, end, told)` for each clause [begin, end), `told` when it
  // names a misfortune, until `fn` returns false; false if one did.
  const auto each_clause = [&](const auto& fn) {
    for (size_t begin = 0; begin < tokens_.size();) {
      size_t end = begin;
      while (end < tokens_.size() && !clause_end(tokens_[end])) ++end;
      bool told = false;
      for (size_t k = begin; k < end; ++k) {
        told = told || (tokens_[k].lexical() && internal::IsInSorted(norm(tokens_[k]), kMisfortunes));
      }
      if (!fn(begin, end, told)) return false;
      begin = end + 1;
    }
    return true;
  };
  bool misfortune = false;
  const bool nothing_else = each_clause([&](size_t begin, size_t end, bool told) {
    misfortune = misfortune || told;
    for (size_t k = begin; k < end && !told; ++k) {
      const FeatureToken& t = tokens_[k];
      if (!t.lexical()) continue;
      for (const LexiconEntry* e : {t.entry, t.phrase}) {
        if (e != nullptr && e->Has(LexiconEntry::kCue) && e->cue(Cue::kComplaint) >= 0.5f && !t.hypothetical)
          return false;
      }
    }
    return true;
  });
  if (!nothing_else || !misfortune) return;
  // The brand's own part ("your call centre", "il vostro numero verde") or a
  // wait that goes on ("pavement still flooded") is a complaint.
  static constexpr std::string_view kBrandsPartOrWaiting[] = {"your",   "ur",     "vostro", "vostra",
                                                              "vostri", "vostre", "still",  "ancora"};
  for (const FeatureToken& t : tokens_) {
    if (t.kind == TokenKind::kWord && internal::IsOneOf(norm(t), kBrandsPartOrWaiting)) return;
  }
  each_clause([&](size_t begin, size_t end, bool told) {
    for (size_t k = begin; k < end && told; ++k) tokens_[k].misfortune = tokens_[k].lexical();
    return true;
  });
}

}  // namespace pronto

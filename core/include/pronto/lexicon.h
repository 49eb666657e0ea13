// Copyright 2026 The Pronto Authors.
//
// The word lists behind the tone engine: valences, negators, intensifiers,
// contrast words, irony markers, intent cues, toxicity and politeness cues and
// function words, for English, Italian and both ("shared": emoji, emoticons).
// The data is an asset built from npm packages and team lists by
// assets/tools/build-lexicons.mjs; the core only parses it, so the wasm build
// fetches the same file and hands over its bytes.
//
//   pronto::Lexicon lexicon;
//   pronto::Status s = lexicon.Load(asset_bytes);
//   if (!s.ok()) std::cerr << s.message() << "\n";  // names the line
//   const pronto::LexiconEntry* e = lexicon.Find(pronto::Language::kItalian, "ritardo");
//   if (e && e->Has(pronto::LexiconEntry::kValence)) use(e->valence);
//
// Asset format (version 1): first line "pronto-lexicon 1"; "#" comment lines;
// "@KIND LANG" section lines (LANG is en, it, * or other); then one
// "term<TAB>value" a line, value 1 when omitted. A term starting with @, # or
// a backslash is written with a leading backslash. Multi-word terms are
// lower-case tokens joined by single spaces.
#ifndef PRONTO_LEXICON_H_
#define PRONTO_LEXICON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/status.h"

namespace pronto {

// A message language as the tone engine sees it.
enum class Language : uint8_t {
  kEnglish,
  kItalian,
  kOther,  // neither, or no words to tell (an emoji-only reaction)
};

// Returns "en", "it" or "other".
const char* LanguageName(Language language);

// The intent cues a lexicon entry can carry, in the order of LexiconEntry::cues.
enum class Cue : uint8_t { kComplaint, kQuestion, kContact, kPraise, kSpam, kUrgent };

// The number of Cue values.
constexpr size_t kCueCount = 6;

// What the lexicon knows about one term in one table. Values are meaningful
// only when the matching flag is set.
struct LexiconEntry {
  // Flags: which roles the term has.
  enum Flag : uint16_t {
    kValence = 1 << 0,          // `valence` holds a sentiment valence (-4..+4)
    kNegator = 1 << 1,          // flips the valence of what follows: "not", "mai"
    kBooster = 1 << 2,          // `booster` intensifies (>0) or softens (<0)
    kContrast = 1 << 3,         // "but", "ma": the clause after it weighs more
    kIrony = 1 << 4,            // marks irony: "#sarcasmo", "yeah right", 🙄
    kToxic = 1 << 5,            // `toxicity` in (0, 1]
    kPolite = 1 << 6,           // `politeness` in [-1, 1]
    kStopword = 1 << 7,         // a function word of the table's language
    kForeignStopword = 1 << 8,  // a function word of another language (es, fr, de, pt)
    kCue = 1 << 9,              // some `cues` entry is non-zero
    kPhrasePrefix = 1 << 10,    // some multi-word term of the table starts with this word
  };

  float valence = 0;
  float booster = 0;
  float toxicity = 0;
  float politeness = 0;
  std::array<float, kCueCount> cues{};
  uint16_t flags = 0;

  // True when flag `f` is set.
  bool Has(Flag f) const { return (flags & f) != 0; }
  // The weight of cue `c`, 0 when absent.
  float cue(Cue c) const { return cues[static_cast<size_t>(c)]; }
};

// A hash table from terms to entries: open addressing over one key arena, so a
// lookup by string_view allocates nothing.
class TermTable {
 public:
  // Returns the entry for `term`, or nullptr.
  const LexiconEntry* Find(std::string_view term) const;
  // Returns the entry for `term`, inserting an empty one when absent.
  LexiconEntry* FindOrInsert(std::string_view term);
  // The number of terms.
  size_t size() const { return entries_.size(); }
  // The most words any term of the table has (1 when there are no phrases).
  size_t max_phrase_words() const { return max_phrase_words_; }
  // Marks the first word of every multi-word term with kPhrasePrefix.
  void IndexPhrases();
  // Removes every term.
  void Clear();

 private:
  struct Key {
    uint32_t offset;
    uint32_t length;
  };
  void Rehash(size_t slots);
  size_t SlotFor(std::string_view term, uint32_t hash) const;

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<LexiconEntry> entries_;
  struct Slot {
    uint32_t hash;
    uint32_t entry;  // entry index + 1; 0 = empty
  };
  std::vector<Slot> slots_;  // the hash is compared before the key bytes
  size_t max_phrase_words_ = 1;
};

// The loaded word lists.
class Lexicon {
 public:
  // The tables: one per language plus the shared one (emoji, emoticons,
  // irony markers and function words of other languages).
  enum class Table : uint8_t { kEnglish, kItalian, kShared };

  // Parses an asset (see the file comment), replacing what was loaded before.
  // On error the lexicon is left empty and the Status names the line.
  Status Load(std::string_view data);

  // Returns the entry for the normalised `term` in `language`'s table, else in
  // the shared table, else nullptr. kOther uses the English table.
  const LexiconEntry* Find(Language language, std::string_view term) const;

  // Returns the entry for `term` in one table only, or nullptr.
  const LexiconEntry* FindIn(Table table, std::string_view term) const {
    return tables_[static_cast<size_t>(table)].Find(term);
  }

  // The most words a multi-word term of `language` (or of the shared table) has.
  size_t MaxPhraseWords(Language language) const;

  // The number of terms over all tables.
  size_t size() const;

  // True when nothing is loaded.
  bool empty() const { return size() == 0; }

 private:
  std::array<TermTable, 3> tables_;
};

}  // namespace pronto

#endif  // PRONTO_LEXICON_H_

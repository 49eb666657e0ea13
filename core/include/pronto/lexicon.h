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
#include <cstring>
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
    kTransparent = 1 << 11,     // an article or a form of "to be": a negation reaches across it
    kIronyFrame = 1 << 12,      // frames a problem as mock praise: "love how", "che bello"
  };

  float valence = 0;
  float booster = 0;
  float toxicity = 0;
  float politeness = 0;
  std::array<float, kCueCount> cues{};
  uint16_t flags = 0;
  // For a kPhrasePrefix word: the most words a multi-word term starting with
  // it has, in its own table or (for an en/it word) in the shared table.
  uint8_t phrase_words = 0;

  // True when flag `f` is set.
  bool Has(Flag f) const { return (flags & f) != 0; }
  // The weight of cue `c`, 0 when absent.
  float cue(Cue c) const { return cues[static_cast<size_t>(c)]; }
};

// `a == b`, compared inline eight bytes at a time: in wasm the library
// memcmp is a call and a byte loop, and the core compares short words all
// the time (every TermMap hit, every phrase word of the reply checks).
inline bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  size_t n = a.size();
  for (; n >= 8; n -= 8, x += 8, y += 8) {
    uint64_t u, v;
    std::memcpy(&u, x, 8);
    std::memcpy(&v, y, 8);
    if (u != v) return false;
  }
  for (; n > 0; --n) {
    if (*x++ != *y++) return false;
  }
  return true;
}

// A hash table from terms to values: open addressing over one key arena, so a
// lookup by string_view allocates nothing. Values live in insertion order.
template <typename Value>
class TermMap {
 public:
  // Returns the value for `term`, or nullptr.
  const Value* Find(std::string_view term) const {
    if (slots_.empty()) return nullptr;
    const uint32_t hash = Hash(term);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entry == 0) return nullptr;
      if (slot.hash == hash && SameBytes(KeyOf(slot.entry - 1), term)) return &values_[slot.entry - 1];
    }
  }
  Value* Find(std::string_view term) {
    return const_cast<Value*>(static_cast<const TermMap*>(this)->Find(term));
  }
  // Returns the value for `term`, inserting a default one when absent.
  Value* FindOrInsert(std::string_view term) {
    if ((values_.size() + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 64 : slots_.size() * 2);
    const uint32_t hash = Hash(term);
    const size_t i = SlotFor(term, hash);
    if (slots_[i].entry != 0) return &values_[slots_[i].entry - 1];
    keys_.push_back(Key{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(term.size())});
    arena_.append(term);
    values_.emplace_back();
    slots_[i] = Slot{hash, static_cast<uint32_t>(values_.size())};
    size_t words = 1;
    for (char c : term) words += c == ' ';
    if (words > max_phrase_words_) max_phrase_words_ = words;
    return &values_.back();
  }
  // The number of terms.
  size_t size() const { return values_.size(); }
  // The `i`-th term inserted and its value.
  std::string_view KeyOf(size_t i) const {
    return std::string_view(arena_).substr(keys_[i].offset, keys_[i].length);
  }
  const Value& ValueOf(size_t i) const { return values_[i]; }
  Value& ValueOf(size_t i) { return values_[i]; }
  // The most words any term has (1 when there are no phrases).
  size_t max_phrase_words() const { return max_phrase_words_; }
  // Removes every term.
  void Clear() {
    arena_.clear();
    keys_.clear();
    values_.clear();
    slots_.clear();
    max_phrase_words_ = 1;
  }

 private:
  struct Key {
    uint32_t offset;
    uint32_t length;
  };
  struct Slot {
    uint32_t hash;
    uint32_t entry;  // value index + 1; 0 = empty
  };
  static uint32_t Hash(std::string_view s) {
    uint32_t h = 2166136261u;  // FNV-1a
    for (unsigned char c : s) {
      h ^= c;
      h *= 16777619u;
    }
    return h;
  }
  size_t SlotFor(std::string_view term, uint32_t hash) const {
    const size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].entry != 0 && !(slots_[i].hash == hash && SameBytes(KeyOf(slots_[i].entry - 1), term))) {
      i = (i + 1) & mask;
    }
    return i;
  }
  void Rehash(size_t slots) {
    slots_.assign(slots, Slot{0, 0});
    for (size_t e = 0; e < keys_.size(); ++e) {
      const std::string_view term = KeyOf(e);
      const uint32_t hash = Hash(term);
      slots_[SlotFor(term, hash)] = Slot{hash, static_cast<uint32_t>(e + 1)};
    }
  }

  std::string arena_;
  std::vector<Key> keys_;
  std::vector<Value> values_;
  std::vector<Slot> slots_;  // the hash is compared before the key bytes
  size_t max_phrase_words_ = 1;
};

// One table's terms.
using TermTable = TermMap<LexiconEntry>;

// A word form's entries in every table at once (indexed by Lexicon::Table),
// so the tone engine looks each token up once.
using TableEntries = std::array<const LexiconEntry*, 3>;

// The loaded word lists.
class Lexicon {
 public:
  // The tables: one per language plus the shared one (emoji, emoticons,
  // irony markers and function words of other languages).
  enum class Table : uint8_t { kEnglish, kItalian, kShared };

  Lexicon() = default;
  // Movable, not copyable: FindAll's index points into the tables.
  Lexicon(Lexicon&&) = default;
  Lexicon& operator=(Lexicon&&) = default;
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

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

  // Returns `term`'s entry in every table (one lookup), or nullptr when no
  // table lists it.
  const TableEntries* FindAll(std::string_view term) const { return all_.Find(term); }

  // The most words a multi-word term of `language` (or of the shared table) has.
  size_t MaxPhraseWords(Language language) const;

  // For the first two words of a multi-word term ("non riesco"), the most
  // words a term of any table starting with them has; 0 when no term starts
  // with them. Lets the tone engine give up on a phrase head after one lookup.
  size_t PhraseWordsAfter(std::string_view two_words) const {
    const uint8_t* words = pairs_.Find(two_words);
    return words ? *words : 0;
  }

  // The number of terms over all tables.
  size_t size() const;

  // True when nothing is loaded.
  bool empty() const { return size() == 0; }

 private:
  std::array<TermTable, 3> tables_;
  TermMap<TableEntries> all_;  // every term of every table, built by Load()
  TermMap<uint8_t> pairs_;     // the first two words of every multi-word term
};

}  // namespace pronto

#endif  // PRONTO_LEXICON_H_

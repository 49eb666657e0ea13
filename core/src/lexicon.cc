// Copyright 2026 The Pronto Authors.
#include "pronto/lexicon.h"

#include <cmath>
#include <cstdlib>

namespace pronto {
namespace {

uint32_t HashTerm(std::string_view s) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

size_t CountWords(std::string_view term) {
  size_t words = 1;
  for (char c : term) words += c == ' ';
  return words;
}

// Parses a decimal number; false when `text` is not entirely one.
bool ParseNumber(std::string_view text, float* value) {
  if (text.empty() || text.size() > 31) return false;
  char buf[32];
  text.copy(buf, text.size());
  buf[text.size()] = '\0';
  char* end = nullptr;
  const double v = std::strtod(buf, &end);
  if (end != buf + text.size() || !std::isfinite(v)) return false;
  *value = static_cast<float>(v);
  return true;
}

std::string LineError(size_t line, const std::string& what) {
  return "lexicon line " + std::to_string(line) + ": " + what;
}

}  // namespace

const char* LanguageName(Language language) {
  switch (language) {
    case Language::kEnglish:
      return "en";
    case Language::kItalian:
      return "it";
    case Language::kOther:
      break;
  }
  return "other";
}

const LexiconEntry* TermTable::Find(std::string_view term) const {
  if (slots_.empty()) return nullptr;
  const uint32_t hash = HashTerm(term);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.entry == 0) return nullptr;
    if (slot.hash != hash) continue;
    const Key& k = keys_[slot.entry - 1];
    if (k.length == term.size() && std::string_view(arena_).substr(k.offset, k.length) == term) {
      return &entries_[slot.entry - 1];
    }
  }
}

size_t TermTable::SlotFor(std::string_view term, uint32_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].entry != 0) {
    const Key& k = keys_[slots_[i].entry - 1];
    if (slots_[i].hash == hash && k.length == term.size() &&
        std::string_view(arena_).substr(k.offset, k.length) == term) {
      break;
    }
    i = (i + 1) & mask;
  }
  return i;
}

void TermTable::Rehash(size_t slots) {
  slots_.assign(slots, Slot{0, 0});
  for (size_t e = 0; e < keys_.size(); ++e) {
    const std::string_view term = std::string_view(arena_).substr(keys_[e].offset, keys_[e].length);
    const uint32_t hash = HashTerm(term);
    slots_[SlotFor(term, hash)] = Slot{hash, static_cast<uint32_t>(e + 1)};
  }
}

LexiconEntry* TermTable::FindOrInsert(std::string_view term) {
  if ((entries_.size() + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 64 : slots_.size() * 2);
  const uint32_t hash = HashTerm(term);
  const size_t i = SlotFor(term, hash);
  if (slots_[i].entry != 0) return &entries_[slots_[i].entry - 1];
  keys_.push_back(Key{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(term.size())});
  arena_.append(term);
  entries_.emplace_back();
  slots_[i] = Slot{hash, static_cast<uint32_t>(entries_.size())};
  const size_t words = CountWords(term);
  if (words > max_phrase_words_) max_phrase_words_ = words;
  return &entries_.back();
}

void TermTable::IndexPhrases() {
  const size_t n = keys_.size();  // phrases' first words may be appended below
  for (size_t e = 0; e < n; ++e) {
    const std::string_view term = std::string_view(arena_).substr(keys_[e].offset, keys_[e].length);
    const size_t space = term.find(' ');
    if (space == std::string_view::npos) continue;
    const std::string first(term.substr(0, space));  // the arena may grow
    FindOrInsert(first)->flags |= LexiconEntry::kPhrasePrefix;
  }
}

void TermTable::Clear() {
  arena_.clear();
  keys_.clear();
  entries_.clear();
  slots_.clear();
  max_phrase_words_ = 1;
}

Status Lexicon::Load(std::string_view data) {
  for (TermTable& t : tables_) t.Clear();
  enum class Kind { kNone, kValence, kNegator, kBooster, kContrast, kIrony, kToxic, kPolite, kStop, kCue };
  Kind kind = Kind::kNone;
  size_t cue = 0;
  TermTable* table = nullptr;
  bool foreign = false;
  size_t line_no = 0;
  size_t pos = 0;
  auto fail = [&](const std::string& message) {
    for (TermTable& t : tables_) t.Clear();
    return Status::Error("bad_lexicon", LineError(line_no, message), pos);
  };
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    if (line_no == 1) {
      if (line != "pronto-lexicon 1") {
        return fail("expected the header 'pronto-lexicon 1'; is this a Pronto lexicon asset?");
      }
    } else if (line.empty() || line[0] == '#') {
      // Comment or blank.
    } else if (line[0] == '@') {
      const size_t space = line.find(' ');
      if (space == std::string_view::npos)
        return fail("a section needs a kind and a language: '@valence en'");
      const std::string_view k = line.substr(1, space - 1);
      const std::string_view lang = line.substr(space + 1);
      foreign = false;
      if (lang == "en") {
        table = &tables_[static_cast<size_t>(Table::kEnglish)];
      } else if (lang == "it") {
        table = &tables_[static_cast<size_t>(Table::kItalian)];
      } else if (lang == "*") {
        table = &tables_[static_cast<size_t>(Table::kShared)];
      } else if (lang == "other" && k == "stop") {
        table = &tables_[static_cast<size_t>(Table::kShared)];
        foreign = true;
      } else {
        return fail("unknown language '" + std::string(lang) + "' (expected en, it or *)");
      }
      static constexpr std::string_view kCueNames[kCueCount] = {
          "cue.complaint", "cue.question", "cue.contact", "cue.praise", "cue.spam", "cue.urgent"};
      kind = Kind::kNone;
      for (size_t c = 0; c < kCueCount; ++c) {
        if (k == kCueNames[c]) {
          kind = Kind::kCue;
          cue = c;
        }
      }
      if (k == "valence") kind = Kind::kValence;
      if (k == "negator") kind = Kind::kNegator;
      if (k == "booster") kind = Kind::kBooster;
      if (k == "contrast") kind = Kind::kContrast;
      if (k == "irony") kind = Kind::kIrony;
      if (k == "toxic") kind = Kind::kToxic;
      if (k == "polite") kind = Kind::kPolite;
      if (k == "stop") kind = Kind::kStop;
      if (kind == Kind::kNone) return fail("unknown section kind '" + std::string(k) + "'");
    } else {
      if (kind == Kind::kNone) return fail("an entry before any '@KIND LANG' section");
      const size_t tab = line.find('\t');
      std::string_view term = line.substr(0, tab);
      float value = 1;
      if (tab != std::string_view::npos && !ParseNumber(line.substr(tab + 1), &value)) {
        return fail("the value '" + std::string(line.substr(tab + 1)) + "' is not a number");
      }
      if (term[0] == '\\') term.remove_prefix(1);
      if (term.empty()) return fail("an empty term");
      LexiconEntry* e = table->FindOrInsert(term);
      switch (kind) {
        case Kind::kValence:
          e->valence = value;
          e->flags |= LexiconEntry::kValence;
          break;
        case Kind::kNegator:
          e->flags |= LexiconEntry::kNegator;
          break;
        case Kind::kBooster:
          e->booster = value;
          e->flags |= LexiconEntry::kBooster;
          break;
        case Kind::kContrast:
          e->flags |= LexiconEntry::kContrast;
          break;
        case Kind::kIrony:
          e->flags |= LexiconEntry::kIrony;
          break;
        case Kind::kToxic:
          e->toxicity = value;
          e->flags |= LexiconEntry::kToxic;
          break;
        case Kind::kPolite:
          e->politeness = value;
          e->flags |= LexiconEntry::kPolite;
          break;
        case Kind::kStop:
          e->flags |= foreign ? LexiconEntry::kForeignStopword : LexiconEntry::kStopword;
          break;
        case Kind::kCue:
          e->cues[cue] = value;
          e->flags |= LexiconEntry::kCue;
          break;
        case Kind::kNone:
          break;
      }
    }
    pos = end + 1;
  }
  if (line_no == 0) return fail("the lexicon is empty");
  for (TermTable& t : tables_) t.IndexPhrases();
  return Status::Ok();
}

const LexiconEntry* Lexicon::Find(Language language, std::string_view term) const {
  const Table own = language == Language::kItalian ? Table::kItalian : Table::kEnglish;
  const LexiconEntry* e = FindIn(own, term);
  return e ? e : FindIn(Table::kShared, term);
}

size_t Lexicon::MaxPhraseWords(Language language) const {
  const Table own = language == Language::kItalian ? Table::kItalian : Table::kEnglish;
  const size_t a = tables_[static_cast<size_t>(own)].max_phrase_words();
  const size_t b = tables_[static_cast<size_t>(Table::kShared)].max_phrase_words();
  return a > b ? a : b;
}

size_t Lexicon::size() const {
  size_t n = 0;
  for (const TermTable& t : tables_) n += t.size();
  return n;
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "pronto/lexicon.h"

#include <cmath>
#include <cstdlib>

namespace pronto {
namespace {

// Marks the first word of every multi-word term of `phrases` in `heads` with
// kPhrasePrefix and the term's word count. When `add` is false only words that
// already lead phrases of `heads` are updated: Match() looks a phrase up in the
// word's table, then in the shared one.
void IndexPhrases(const TermTable& phrases, TermTable* heads, bool add) {
  const size_t n = phrases.size();  // phrases' first words may be appended below
  for (size_t e = 0; e < n; ++e) {
    const std::string_view term = phrases.KeyOf(e);
    const size_t space = term.find(' ');
    if (space == std::string_view::npos) continue;
    size_t words = 1;
    for (char c : term) words += c == ' ';
    const std::string first(term.substr(0, space));  // the arena may grow
    LexiconEntry* head = add ? heads->FindOrInsert(first) : heads->Find(first);
    if (head == nullptr || (!add && !head->Has(LexiconEntry::kPhrasePrefix))) continue;
    head->flags |= LexiconEntry::kPhrasePrefix;
    if (words > head->phrase_words) head->phrase_words = static_cast<uint8_t>(words > 255 ? 255 : words);
  }
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

Status Lexicon::Load(std::string_view data) {
  const auto clear = [this] {
    for (TermTable& t : tables_) t.Clear();
    all_.Clear();
    pairs_.Clear();
  };
  clear();
  enum class Kind {
    kNone,
    kValence,
    kNegator,
    kBooster,
    kContrast,
    kIrony,
    kToxic,
    kPolite,
    kStop,
    kTransparent,
    kIronyFrame,
    kCue
  };
  Kind kind = Kind::kNone;
  size_t cue = 0;
  TermTable* table = nullptr;
  bool foreign = false;
  size_t line_no = 0;
  size_t pos = 0;
  auto fail = [&](const std::string& message) {
    clear();
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
      if (k == "irony.frame") kind = Kind::kIronyFrame;
      if (k == "toxic") kind = Kind::kToxic;
      if (k == "polite") kind = Kind::kPolite;
      if (k == "stop") kind = Kind::kStop;
      if (k == "transparent") kind = Kind::kTransparent;
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
        case Kind::kTransparent:
          e->flags |= LexiconEntry::kTransparent;
          break;
        case Kind::kIronyFrame:
          e->flags |= LexiconEntry::kIronyFrame;
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
  for (TermTable& t : tables_) IndexPhrases(t, &t, /*add=*/true);
  // A word of a language table hides the shared table's entry for it: it must
  // also lead to the shared phrases that start with it.
  for (Table own : {Table::kEnglish, Table::kItalian}) {
    IndexPhrases(tables_[static_cast<size_t>(Table::kShared)], &tables_[static_cast<size_t>(own)],
                 /*add=*/false);
  }
  for (size_t table = 0; table < tables_.size(); ++table) {
    for (size_t e = 0; e < tables_[table].size(); ++e) {
      const std::string_view term = tables_[table].KeyOf(e);
      (*all_.FindOrInsert(term))[table] = &tables_[table].ValueOf(e);
      const size_t first = term.find(' ');
      if (first == std::string_view::npos) continue;
      size_t words = 1;
      for (char c : term) words += c == ' ';
      const size_t second = term.find(' ', first + 1);
      uint8_t* max_words = pairs_.FindOrInsert(term.substr(0, second));
      if (words > *max_words) *max_words = static_cast<uint8_t>(words > 255 ? 255 : words);
    }
  }
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

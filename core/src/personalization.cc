// Copyright 2026 The Pronto Authors.
#include "pronto/personalization.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "pronto/search_text.h"
#include "pronto/text.h"

namespace pronto {
namespace {

// A text's words (every token but punctuation and symbols), folded once.
using Words = FoldedWords;

bool IsWord(const Token& t) { return t.kind != TokenKind::kPunctuation && t.kind != TokenKind::kSymbol; }

// Folds one word into reused storage (folding never lengthens a text): no
// allocation per word once `scratch` is as long as the longest.
std::string_view FoldInto(std::string_view text, std::string* scratch) {
  scratch->resize(text.size());
  return std::string_view(scratch->data(), FoldTo(text, scratch->data()));
}

void WordsOf(const std::vector<Token>& tokens, Words* w) {
  FoldWords(
      tokens,
      [](const Token& t) { return IsWord(t) ? std::optional<std::string_view>(t.text) : std::nullopt; }, w);
}

void WordsOf(const std::string& text, Words* w) {
  std::vector<Token> tokens;
  if (Tokenize(text, &tokens).ok()) WordsOf(tokens, w);
}

size_t Lcs(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::vector<size_t> row(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = 0;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = up;
    }
  }
  return row[b.size()];
}

// The longest run of consecutive draft words that also stands, in order, in
// `other`: [first, last) word indexes in the draft.
std::pair<size_t, size_t> LongestSharedRun(const Words& draft, const Words& other) {
  size_t best_len = 0, best_end = 0;
  std::vector<size_t> row(other.folded.size() + 1, 0);
  for (size_t i = 1; i <= draft.folded.size(); ++i) {
    size_t diagonal = 0;
    for (size_t j = 1; j <= other.folded.size(); ++j) {
      const size_t up = row[j];
      row[j] = draft.folded[i - 1] == other.folded[j - 1] ? diagonal + 1 : 0;
      if (row[j] > best_len) {
        best_len = row[j];
        best_end = i;
      }
      diagonal = up;
    }
  }
  return {best_end - best_len, best_end};
}

}  // namespace

bool MentionNames(const Token& token, std::string_view folded_name) {
  if (token.kind != TokenKind::kMention || folded_name.empty()) return false;
  // Without the sign: '@' or the full-width '＠' (3 bytes).
  const std::string_view handle = token.text.substr(token.text.front() == '@' ? 1 : 3);
  if (handle.size() < folded_name.size()) return false;
  if (Fold(handle.substr(0, folded_name.size())) != folded_name) return false;
  if (handle.size() == folded_name.size()) return true;
  const char next = handle[folded_name.size()];
  return !(next >= 'a' && next <= 'z');
}

bool AddressedByTitle(const std::vector<Token>& draft_tokens) {
  static constexpr std::string_view kTitles[] = {
      "sig", "signor", "signora", "signorina", "dott", "dottor", "dottoressa", "avv",
      "ing", "prof",   "mr",      "mrs",       "ms",   "miss",   "dr",         "mx"};
  static constexpr std::string_view kTitleEndings[] = {"ra", "na", "ssa"};  // "Sig.ra", "Sig.na", "Dott.ssa"
  // Titles are ASCII: compared without folding (no allocation per word).
  const auto in = [](const auto& list, std::string_view word) {
    return std::any_of(std::begin(list), std::end(list), [word](std::string_view title) {
      if (title.size() != word.size()) return false;
      for (size_t k = 0; k < word.size(); ++k) {
        const char c = word[k] >= 'A' && word[k] <= 'Z' ? static_cast<char>(word[k] + 32) : word[k];
        if (c != title[k]) return false;
      }
      return true;
    });
  };
  // The next word token after `i` ('.' and the like in between), or the end.
  const auto next_word = [&draft_tokens](size_t i) {
    while (++i < draft_tokens.size() && draft_tokens[i].kind != TokenKind::kWord) {
      if (draft_tokens[i].kind != TokenKind::kPunctuation) return draft_tokens.size();
    }
    return i;
  };
  for (size_t i = 0; i < draft_tokens.size(); ++i) {
    const Token& t = draft_tokens[i];
    // Most words are rejected on their first letter. Italian writes the
    // title in lower case after "Gentile" ("Gentile signora Rossi"); the name
    // after it has the capital.
    if (t.kind != TokenKind::kWord || t.text.size() < 2 || t.text.size() > 10) continue;
    const char first = static_cast<char>(t.text[0] | 0x20);
    if ((first != 's' && first != 'd' && first != 'm' && first != 'a' && first != 'i' && first != 'p') ||
        !in(kTitles, t.text)) {
      continue;
    }
    size_t name = next_word(i);
    if (name < draft_tokens.size() && in(kTitleEndings, draft_tokens[name].text)) name = next_word(name);
    if (name < draft_tokens.size() && draft_tokens[name].text[0] >= 'A' &&
        draft_tokens[name].text[0] <= 'Z') {
      return true;
    }
  }
  return false;
}

double TextSimilarity(const std::string& a, const std::string& b) {
  Words wa, wb;
  WordsOf(a, &wa);
  WordsOf(b, &wb);
  if (wa.folded.empty() && wb.folded.empty()) return 1;
  return 2.0 * Lcs(wa.folded, wb.folded) / (wa.folded.size() + wb.folded.size());
}

bool NamesCustomer(const std::vector<Token>& draft_tokens, std::string_view folded_name) {
  if (folded_name.empty()) return false;
  // A full name ("Anna Rossi", as a page shows it): any of its words is the
  // name ("Ciao Anna", "Buongiorno Rossi"), its first word the handle's.
  const std::string_view first = folded_name.substr(0, folded_name.find(' '));
  std::string scratch;
  // Folding never lengthens a text: shorter words cannot be the name.
  const auto written = [&](const Token& t, std::string_view word) {
    return t.kind == TokenKind::kWord && t.text.size() >= word.size() && FoldInto(t.text, &scratch) == word;
  };
  for (const Token& t : draft_tokens) {
    if (MentionNames(t, first) || written(t, first)) return true;
  }
  for (size_t begin = first.size(); begin < folded_name.size();) {
    const size_t end = std::min(folded_name.find(' ', begin + 1), folded_name.size());
    const std::string_view part = folded_name.substr(begin + 1, end - begin - 1);
    begin = end;
    if (part.size() < 2) continue;
    for (const Token& t : draft_tokens) {
      if (written(t, part)) return true;
    }
  }
  return AddressedByTitle(draft_tokens);
}

std::vector<Finding> CheckPersonalization(const PersonalizationInput& input) {
  std::vector<Token> tokens;
  if (!Tokenize(input.draft, &tokens).ok()) return {};
  return CheckPersonalization(input, tokens, NamesCustomer(tokens, Fold(input.customer_first_name)));
}

std::vector<Finding> CheckPersonalization(const PersonalizationInput& input,
                                          const std::vector<Token>& draft_tokens, bool customer_named) {
  std::vector<Finding> findings;
  // The draft's words: tokens that are not punctuation or symbols.
  const Token* first_word = nullptr;
  const Token* last_word = nullptr;
  for (const Token& t : draft_tokens) {
    if (!IsWord(t)) continue;
    if (first_word == nullptr) first_word = &t;
    last_word = &t;
  }
  if (first_word == nullptr) return findings;

  // Unfilled placeholders: the marker FillBody writes, or raw braces.
  for (const char* marker : {"\xE2\x80\xB9", "{{"}) {
    const size_t at = input.draft.find(marker);
    if (at == std::string::npos) continue;
    const size_t close = input.draft.find(std::string(marker) == "{{" ? "}}" : "\xE2\x80\xBA", at);
    const size_t end_byte =
        close == std::string::npos ? input.draft.size() : close + (std::string(marker) == "{{" ? 2 : 3);
    const size_t begin = Utf16OffsetOf(input.draft, at);
    const size_t end = Utf16OffsetOf(input.draft, end_byte);
    findings.push_back(
        MakeFinding("unfilled_placeholder", Severity::kStop, begin, end, "A placeholder is still unfilled.",
                    "C'è un segnaposto ancora da compilare.", "Replace it with the real value, or remove it.",
                    "Sostituiscilo con il valore vero, o toglilo."));
    break;
  }

  // Folded all at once only when there are templates or replies to compare.
  Words draft;
  if (!input.templates.empty() || !input.recent_replies.empty()) WordsOf(draft_tokens, &draft);
  const auto near_copy = [&](const std::vector<std::string>& others, const char* rule, const char* en,
                             const char* it) {
    for (const std::string& other : others) {
      Words wo;
      WordsOf(other, &wo);
      if (wo.folded.empty()) continue;
      const double similarity = 2.0 * Lcs(draft.folded, wo.folded) / (draft.folded.size() + wo.folded.size());
      if (similarity < kNearIdentical) continue;
      const auto [first, last] = LongestSharedRun(draft, wo);
      findings.push_back(
          MakeFinding(rule, Severity::kWarning, draft.spans[first].first, draft.spans[last - 1].second, en,
                      it, "Rewrite this part for this customer: their words, their case.",
                      "Riscrivi questa parte per questo cliente: le sue parole, il suo caso."));
      return;
    }
  };
  near_copy(input.templates, "template_unchanged", "This reply is still the template, word for word.",
            "Questa risposta è ancora il modello, parola per parola.");
  near_copy(input.recent_replies, "repeated_reply", "This reply repeats one already sent to someone else.",
            "Questa risposta ripete una già inviata a qualcun altro.");

  // Something personal: the customer's name, or a content word or number of
  // their message. The draft's words are folded one at a time (as WordsOf
  // does) into reused storage.
  std::string scratch;
  bool personal = customer_named || input.follow_up ||
                  (input.comment_without_a_case && input.customer_first_name.empty());
  if (!personal && !input.customer_message.empty()) {
    const SearchLanguage lang = input.language == "it" ? SearchLanguage::kItalian : SearchLanguage::kEnglish;
    // At keystrokes the draft changes and the message does not: the terms of
    // the last message are kept (per thread) and reused while it stays the same.
    struct MessageTerms {
      std::string message;
      SearchLanguage lang = SearchLanguage::kEnglish;
      std::vector<SearchTerm> terms;
    };
    thread_local MessageTerms last;
    if (last.message != input.customer_message || last.lang != lang || last.terms.empty()) {
      last.message = input.customer_message;
      last.lang = lang;
      SearchTerms(input.customer_message, lang, &last.terms);
    }
    const std::vector<SearchTerm>& message_terms = last.terms;
    // Stem() only cuts endings and leaves three letters or more, so a draft
    // word can share a stem of 3+ letters only if it starts with that stem's
    // first two: only those words are stemmed and compared.
    std::vector<std::string_view> starts;
    for (const SearchTerm& m : message_terms) {
      if (m.term.size() >= 3) starts.push_back(std::string_view(m.term).substr(0, 2));
    }
    for (const Token& t : draft_tokens) {
      if (starts.empty() || personal) break;
      std::string_view text = t.text;
      if (t.kind == TokenKind::kHashtag) {
        text.remove_prefix(1);  // '#'
      } else if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) {
        continue;
      }
      if (text.size() < 3) continue;
      const std::string_view folded = FoldInto(text, &scratch);
      if (folded.size() < 3) continue;
      if (std::find(starts.begin(), starts.end(), folded.substr(0, 2)) == starts.end()) continue;
      const std::string term = TermOf(folded, lang);
      if (term.size() < 3) continue;
      for (const SearchTerm& m : message_terms) personal = personal || term == m.term;
    }
  }
  if (!personal) {
    findings.push_back(
        MakeFinding("no_personal_element", Severity::kWarning, first_word->utf16_begin, last_word->utf16_end,
                    "Nothing in this reply is about this customer.",
                    "In questa risposta non c'è niente che riguardi questo cliente.",
                    "Greet them by name and mention their case (the order, the product, what they wrote).",
                    "Salutalo per nome e cita il suo caso (l'ordine, il prodotto, quello che ha scritto)."));
  }
  return findings;
}

}  // namespace pronto

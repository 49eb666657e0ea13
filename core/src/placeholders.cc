// Copyright 2026 The Pronto Authors.
#include "pronto/placeholders.h"

#include <algorithm>

#include "bytes.h"
#include "pronto/search_text.h"
#include "pronto/text.h"

namespace pronto {
namespace {

size_t Utf16Length(std::string_view utf8) { return Utf16OffsetOf(utf8, utf8.size()); }

bool IsNameChar(char c) { return (c >= 'a' && c <= 'z') || c == '_' || (c >= '0' && c <= '9'); }

}  // namespace

const std::vector<std::string>& KnownPlaceholders() {
  static const std::vector<std::string> names = {"first_name", "last_name", "agent", "brand", "order_id",
                                                 "ticket_id",  "product",   "date",  "link",  "store"};
  return names;
}

bool IsKnownPlaceholder(std::string_view name) {
  const auto& names = KnownPlaceholders();
  return std::find(names.begin(), names.end(), name) != names.end();
}

Status ParseBody(std::string_view body, std::vector<BodyPart>* parts) {
  parts->clear();
  size_t literal_start = 0;
  size_t i = 0;
  const auto flush_literal = [&](size_t end) {
    if (end > literal_start) {
      BodyPart p;
      p.text.assign(body.substr(literal_start, end - literal_start));
      p.byte_offset = literal_start;
      parts->push_back(std::move(p));
    }
  };
  while (i < body.size()) {
    if (body.compare(i, 2, "}}") == 0) {
      parts->clear();
      return Status::Error("unbalanced_braces",
                           "'}}' at position " + std::to_string(i) + " closes no placeholder; write {{name}}",
                           i);
    }
    if (body.compare(i, 2, "{{") != 0) {
      ++i;
      continue;
    }
    const size_t close = body.find("}}", i + 2);
    const size_t nested = body.find("{{", i + 2);
    if (close == std::string_view::npos) {
      parts->clear();
      return Status::Error("unbalanced_braces",
                           "'{{' at position " + std::to_string(i) + " is never closed with '}}'", i);
    }
    if (nested != std::string_view::npos && nested < close) {
      parts->clear();
      return Status::Error("unbalanced_braces",
                           "'{{' at position " + std::to_string(nested) + " opens inside another placeholder",
                           nested);
    }
    std::string_view inside = body.substr(i + 2, close - i - 2);
    BodyPart p;
    p.is_placeholder = true;
    p.byte_offset = i;
    const size_t bar = inside.find('|');
    std::string_view name = inside.substr(0, bar);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (bar != std::string_view::npos) {
      p.has_default = true;
      p.default_value.assign(inside.substr(bar + 1));
    }
    if (name.empty() || !std::all_of(name.begin(), name.end(), IsNameChar)) {
      parts->clear();
      return Status::Error("bad_placeholder",
                           "placeholder at position " + std::to_string(i) + " has no valid name ('" +
                               std::string(name) + "'); names are lower case, e.g. {{first_name}}",
                           i);
    }
    if (!IsKnownPlaceholder(name)) {
      std::string known;
      for (const std::string& k : KnownPlaceholders()) known += (known.empty() ? "" : ", ") + k;
      parts->clear();
      return Status::Error("unknown_placeholder",
                           "unknown placeholder {{" + std::string(name) + "}} at position " +
                               std::to_string(i) + "; known: " + known,
                           i);
    }
    flush_literal(i);
    p.text.assign(name);
    parts->push_back(std::move(p));
    i = close + 2;
    literal_start = i;
  }
  flush_literal(body.size());
  return Status::Ok();
}

std::string UnfilledMarker(std::string_view name, std::string_view language) {
  struct Label {
    const char* name;
    const char* en;
    const char* it;
  };
  static constexpr Label kLabels[] = {
      {"first_name", "first name", "nome"},
      {"last_name", "last name", "cognome"},
      {"agent", "your name", "il tuo nome"},
      {"brand", "brand", "brand"},
      {"order_id", "order number", "numero d'ordine"},
      {"ticket_id", "ticket number", "numero di pratica"},
      {"product", "product", "prodotto"},
      {"date", "date", "data"},
      {"link", "link", "link"},
      {"store", "store", "negozio"},
  };
  for (const Label& l : kLabels) {
    if (name == l.name)
      return std::string("\xE2\x80\xB9") + (language == "it" ? l.it : l.en) + "\xE2\x80\xBA";
  }
  return "\xE2\x80\xB9" + std::string(name) + "\xE2\x80\xBA";
}

FilledText FillBody(const std::vector<BodyPart>& parts, const PlaceholderValues& values,
                    std::string_view language) {
  FilledText out;
  for (const BodyPart& p : parts) {
    if (!p.is_placeholder) {
      out.text += p.text;
      continue;
    }
    const auto it = values.find(p.text);
    if (it != values.end() && !it->second.empty()) {
      out.text += it->second;
    } else if (p.has_default) {
      out.text += p.default_value;
    } else {
      UnfilledPlaceholder u;
      u.name = p.text;
      u.utf16_begin = Utf16Length(out.text);
      out.text += UnfilledMarker(p.text, language);
      u.utf16_end = Utf16Length(out.text);
      out.unfilled.push_back(std::move(u));
    }
  }
  // An empty default can leave "Ciao , grazie" or a double space: tidy both.
  std::string tidy;
  tidy.reserve(out.text.size());
  for (size_t i = 0; i < out.text.size(); ++i) {
    const char c = out.text[i];
    if (c == ' ' && (i + 1 == out.text.size() || out.text[i + 1] == ' ' || out.text[i + 1] == ',' ||
                     out.text[i + 1] == '!' || out.text[i + 1] == '.')) {
      continue;
    }
    tidy.push_back(c);
  }
  if (tidy.size() != out.text.size()) {
    // Spans moved: recompute them from the markers, which tidying never touches.
    size_t search_from = 0;
    for (UnfilledPlaceholder& u : out.unfilled) {
      const std::string marker = UnfilledMarker(u.name, language);
      const size_t at = tidy.find(marker, search_from);
      u.utf16_begin = Utf16Length(std::string_view(tidy).substr(0, at));
      u.utf16_end = u.utf16_begin + Utf16Length(marker);
      search_from = at + marker.size();
    }
    out.text = std::move(tidy);
  }
  return out;
}

std::string FirstNameFromDisplayName(std::string_view display_name) {
  static constexpr std::string_view kTitles[] = {
      "dott", "dottssa", "dottoressa", "dr",      "sig", "sigra", "signor", "signora", "mr",  "mrs",
      "ms",   "miss",    "prof",       "profssa", "ing", "avv",   "arch",   "sir",     "dear"};
  std::vector<Token> tokens;
  if (!Tokenize(display_name, &tokens).ok()) return "";
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kMention) return "";  // a handle is not a name
    if (t.kind != TokenKind::kWord) continue;
    std::string folded = Fold(t.text);
    folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
    if (internal::IsOneOf(folded, kTitles)) continue;
    // "sig.ra": the tokenizer gives "sig", ".", "ra".
    if (folded == "ra" || folded == "ssa") continue;
    bool has_digit = false;
    for (char c : t.text) has_digit = has_digit || (c >= '0' && c <= '9');
    if (has_digit || t.text.find('_') != std::string::npos) return "";
    // Title case: first letter upper, the rest as written unless all caps.
    std::string name(t.text);
    bool all_caps = true;
    for (char c : name) all_caps = all_caps && !(c >= 'a' && c <= 'z');
    for (size_t k = 1; all_caps && k < name.size(); ++k) {
      if (name[k] >= 'A' && name[k] <= 'Z') name[k] = static_cast<char>(name[k] + 32);
    }
    if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 32);
    return name;
  }
  return "";
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// Placeholders in template bodies: "{{first_name|there}}" is the value of
// first_name, or "there" when the page gives none.
//
//   std::vector<pronto::BodyPart> parts;
//   pronto::Status s = pronto::ParseBody("Ciao {{first_name|}}, ordine {{order_id}}", &parts);
//   pronto::PlaceholderValues values = {{"first_name", "Anna"}};
//   pronto::FilledText filled = pronto::FillBody(parts, values, "it");
//   // filled.text == "Ciao Anna, ordine ‹numero d'ordine›"; filled.unfilled names order_id
//   // with its UTF-16 span, so the editor can highlight it.
#ifndef PRONTO_PLACEHOLDERS_H_
#define PRONTO_PLACEHOLDERS_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/status.h"

namespace pronto {

// The placeholder names templates may use.
const std::vector<std::string>& KnownPlaceholders();

// True when `name` is one of KnownPlaceholders().
bool IsKnownPlaceholder(std::string_view name);

// A piece of a parsed body: literal text, or a placeholder.
struct BodyPart {
  bool is_placeholder = false;
  std::string text;           // the literal text, or the placeholder's name
  std::string default_value;  // after '|'
  bool has_default = false;
  size_t byte_offset = 0;  // where the part starts in the body
};

// Parses `body`. Errors name the byte position: unbalanced "{{" or "}}", an
// empty or unknown name, a placeholder inside a placeholder.
Status ParseBody(std::string_view body, std::vector<BodyPart>* parts);

// Values for placeholders, by name.
using PlaceholderValues = std::map<std::string, std::string>;

// A placeholder that had no value and no default.
struct UnfilledPlaceholder {
  std::string name;
  size_t utf16_begin = 0;  // the span of its marker in FilledText::text
  size_t utf16_end = 0;
};

// A body with its placeholders filled.
struct FilledText {
  std::string text;
  std::vector<UnfilledPlaceholder> unfilled;
};

// Fills `parts` from `values`; a missing value takes the default, and without
// a default a visible marker such as "‹order number›" (in `language`, "it" or
// "en") is written and listed in `unfilled`: never raw "{{…}}".
FilledText FillBody(const std::vector<BodyPart>& parts, const PlaceholderValues& values,
                    std::string_view language);

// The marker FillBody writes for an unfilled placeholder.
std::string UnfilledMarker(std::string_view name, std::string_view language);

// Returns the first name to greet from a display name: "Mario Rossi 🇮🇹" →
// "Mario", "dott.ssa ANNA Bianchi" → "Anna", "@mario_r" or "" → "".
std::string FirstNameFromDisplayName(std::string_view display_name);

}  // namespace pronto

#endif  // PRONTO_PLACEHOLDERS_H_

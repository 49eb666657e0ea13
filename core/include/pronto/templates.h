// Copyright 2026 The Pronto Authors.
//
// The template library: saved replies a team shares, as JSON (schema 1) or as
// a CSV from a spreadsheet. See assets/templates/README.md for the format.
//
//   pronto::TemplateLibrary library;
//   pronto::Status s = pronto::TemplateLibrary::FromJson(json_text, &library);
//   if (!s.ok()) std::cerr << s.message();   // "template 'x' (#3), field 'body', position 12: …"
//
//   pronto::MergeReport report;
//   s = current.Merge(imported, &report);    // all or nothing: on error `current` is untouched
#ifndef PRONTO_TEMPLATES_H_
#define PRONTO_TEMPLATES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/status.h"

namespace pronto {

// Where a reply is written; a bit set.
enum ChannelFlag : uint8_t { kChannelFacebook = 1, kChannelX = 2 };
// Who sees the reply; a bit set.
enum VisibilityFlag : uint8_t { kVisibilityPublic = 1, kVisibilityPrivate = 2 };

// The intents a template may declare; the tone engine detects the same ones.
const std::vector<std::string>& KnownIntents();

// One saved reply.
struct Template {
  std::string id;
  std::string title;
  std::string language;    // "it" or "en"
  uint8_t channels = 0;    // ChannelFlag bits
  uint8_t visibility = 0;  // VisibilityFlag bits
  std::vector<std::string> intents;
  std::vector<std::string> tags;
  std::vector<std::string> triggers;
  std::vector<std::string> patterns;  // RE2; named groups fill placeholders
  std::string body;
  std::vector<std::string> variants;
  std::string notes;
};

// Checks one template: required fields, id syntax, known values, placeholders
// in the body and every variant, RE2 patterns (compiled) and their group
// names. `where` prefixes the message, e.g. "template 'x' (#3)".
Status ValidateTemplate(const Template& t, const std::string& where);

// What Merge() changed, by template id.
struct MergeReport {
  std::vector<std::string> added;
  std::vector<std::string> updated;    // same id, different content
  std::vector<std::string> unchanged;  // same id, same content
};

// A validated set of templates with unique ids.
class TemplateLibrary {
 public:
  // Parses and validates a JSON library. All or nothing: on error `*out` is
  // not touched and the message names the template, field and position.
  static Status FromJson(std::string_view json, TemplateLibrary* out);

  // Parses and validates a CSV library (header row; see the README); errors
  // name the line and column. All or nothing, like FromJson.
  static Status FromCsv(std::string_view csv, TemplateLibrary* out);

  // The library as JSON (schema 1), pretty-printed.
  std::string ToJson() const;

  // The library as CSV with every column, RFC 4180 quoting.
  std::string ToCsv() const;

  // Adds the templates of `incoming` to this library, replacing those with the
  // same id, and says what changed. Both are already valid, so this cannot
  // fail half-way.
  void Merge(const TemplateLibrary& incoming, MergeReport* report);

  // The templates, in file order.
  const std::vector<Template>& templates() const { return templates_; }

  // The template with `id`, or nullptr.
  const Template* Find(std::string_view id) const;

 private:
  static Status Build(std::vector<Template> templates, TemplateLibrary* out);

  std::vector<Template> templates_;
};

}  // namespace pronto

#endif  // PRONTO_TEMPLATES_H_

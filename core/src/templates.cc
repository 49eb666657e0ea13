// Copyright 2026 The Pronto Authors.
#include "pronto/templates.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "json_dump.h"
#include "json_error.h"
#include "pronto/placeholders.h"

namespace pronto {
namespace {

using nlohmann::json;

constexpr size_t kMaxTemplates = 20000;
constexpr size_t kMaxFieldBytes = 8000;

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::vector<std::string> ChannelNames(uint8_t channels) {
  std::vector<std::string> out;
  if (channels & kChannelFacebook) out.push_back("facebook");
  if (channels & kChannelX) out.push_back("x");
  return out;
}

std::vector<std::string> VisibilityNames(uint8_t visibility) {
  std::vector<std::string> out;
  if (visibility & kVisibilityPublic) out.push_back("public");
  if (visibility & kVisibilityPrivate) out.push_back("private");
  return out;
}

Status FieldError(const std::string& where, const char* field, const std::string& what) {
  return Status::Error("invalid_template", where + ", field '" + field + "': " + what);
}

// Parses a list of channel or visibility names into bits.
Status ParseFlags(const std::vector<std::string>& names, const std::string& where, const char* field,
                  uint8_t* flags) {
  *flags = 0;
  for (const std::string& n : names) {
    if (std::string(field) == "channels" && n == "facebook") {
      *flags |= kChannelFacebook;
    } else if (std::string(field) == "channels" && (n == "x" || n == "twitter")) {
      *flags |= kChannelX;
    } else if (std::string(field) == "channels" && n == "both") {
      *flags |= kChannelFacebook | kChannelX;
    } else if (std::string(field) == "visibility" && n == "public") {
      *flags |= kVisibilityPublic;
    } else if (std::string(field) == "visibility" && n == "private") {
      *flags |= kVisibilityPrivate;
    } else {
      return FieldError(where, field,
                        "unknown value '" + n + "'; use " +
                            (std::string(field) == "channels" ? "facebook, x" : "public, private"));
    }
  }
  return Status::Ok();
}

bool ValidId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// Reads an optional string field of `obj`.
Status ReadString(const json& obj, const char* field, const std::string& where, bool required,
                  std::string* out) {
  const auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) {
    return required ? FieldError(where, field, "missing; it is required") : Status::Ok();
  }
  if (!it->is_string()) return FieldError(where, field, "must be a string");
  *out = it->get<std::string>();
  if (out->size() > kMaxFieldBytes) {
    return FieldError(where, field, "longer than " + std::to_string(kMaxFieldBytes) + " bytes");
  }
  return Status::Ok();
}

// Reads an optional list of strings (a JSON array, or one string).
Status ReadList(const json& obj, const char* field, const std::string& where, std::vector<std::string>* out) {
  out->clear();
  const auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    out->push_back(it->get<std::string>());
    return Status::Ok();
  }
  if (!it->is_array()) return FieldError(where, field, "must be an array of strings");
  for (size_t i = 0; i < it->size(); ++i) {
    const json& item = (*it)[i];
    if (!item.is_string()) {
      return FieldError(where, field, "item " + std::to_string(i) + " must be a string");
    }
    out->push_back(item.get<std::string>());
  }
  return Status::Ok();
}

std::string Where(const Template& t, size_t index) {
  return "template '" + (t.id.empty() ? std::string("?") : t.id) + "' (#" + std::to_string(index + 1) + ")";
}

// Splits a CSV cell list on `sep`, trimming spaces and dropping empty items.
std::vector<std::string> SplitCell(std::string_view cell, std::string_view sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find(sep, start);
    if (end == std::string_view::npos) end = cell.size();
    std::string_view item = cell.substr(start, end - start);
    while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    start = end + sep.size();
  }
  return out;
}

std::string CsvQuote(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// One parsed CSV row with the line it starts on.
struct CsvRow {
  size_t line;
  std::vector<std::string> cells;
};

Status ParseCsvRows(std::string_view csv, std::vector<CsvRow>* rows) {
  if (csv.size() >= 3 && csv.compare(0, 3, "\xEF\xBB\xBF") == 0) csv.remove_prefix(3);  // Excel's BOM
  size_t line = 1;
  size_t i = 0;
  while (i < csv.size()) {
    CsvRow row{line, {}};
    std::string cell;
    bool row_done = false;
    while (!row_done) {
      cell.clear();
      if (i < csv.size() && csv[i] == '"') {
        const size_t quote_line = line;
        ++i;
        for (;;) {
          if (i >= csv.size()) {
            return Status::Error("invalid_csv", "line " + std::to_string(quote_line) +
                                                    ": a quoted field is never closed; close it with '\"'");
          }
          if (csv[i] == '"') {
            if (i + 1 < csv.size() && csv[i + 1] == '"') {
              cell += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (csv[i] == '\n') ++line;
          cell += csv[i++];
        }
        if (i < csv.size() && csv[i] != ',' && csv[i] != '\n' && csv[i] != '\r') {
          return Status::Error("invalid_csv",
                               "line " + std::to_string(line) + ", column " +
                                   std::to_string(row.cells.size() + 1) +
                                   ": text after a closing quote; double quotes inside quotes");
        }
      } else {
        while (i < csv.size() && csv[i] != ',' && csv[i] != '\n' && csv[i] != '\r') cell += csv[i++];
      }
      row.cells.push_back(cell);
      if (i < csv.size() && csv[i] == ',') {
        ++i;
        continue;
      }
      if (i < csv.size() && csv[i] == '\r') ++i;
      if (i < csv.size() && csv[i] == '\n') ++i;
      ++line;
      row_done = true;
    }
    const bool blank = row.cells.size() == 1 && row.cells[0].empty();
    if (!blank) rows->push_back(std::move(row));
  }
  return Status::Ok();
}

json TemplateToJson(const Template& t) {
  json j = {{"id", t.id},
            {"title", t.title},
            {"language", t.language},
            {"channels", ChannelNames(t.channels)},
            {"visibility", VisibilityNames(t.visibility)}};
  if (!t.intents.empty()) j["intents"] = t.intents;
  if (!t.tags.empty()) j["tags"] = t.tags;
  if (!t.triggers.empty()) j["triggers"] = t.triggers;
  if (!t.patterns.empty()) j["patterns"] = t.patterns;
  j["body"] = t.body;
  if (!t.variants.empty()) j["variants"] = t.variants;
  if (!t.notes.empty()) j["notes"] = t.notes;
  return j;
}

bool SameContent(const Template& a, const Template& b) { return TemplateToJson(a) == TemplateToJson(b); }

}  // namespace

const std::vector<std::string>& KnownIntents() {
  // The tone engine's intent names (pronto::IntentName).
  static const std::vector<std::string> intents = {
      "complaint", "question", "contact_request", "praise", "reaction", "spam", "toxic"};
  return intents;
}

Status ValidateTemplate(const Template& t, const std::string& where) {
  if (!ValidId(t.id)) {
    return FieldError(where, "id",
                      "'" + t.id + "' is not a valid id; use 1-64 characters a-z, 0-9, '-' or '_'");
  }
  if (t.title.empty()) return FieldError(where, "title", "missing; give the template a title");
  if (t.language != "it" && t.language != "en") {
    return FieldError(where, "language", "'" + t.language + "' is not supported; use it or en");
  }
  if (t.channels == 0) return FieldError(where, "channels", "empty; list facebook and/or x");
  if (t.visibility == 0) return FieldError(where, "visibility", "empty; list public and/or private");
  for (const std::string& intent : t.intents) {
    const auto& known = KnownIntents();
    if (std::find(known.begin(), known.end(), intent) == known.end()) {
      return FieldError(where, "intents", "unknown intent '" + intent + "'; use " + Join(known, ", "));
    }
  }
  if (t.body.empty()) return FieldError(where, "body", "missing; write the reply text");
  std::vector<BodyPart> parts;
  Status s = ParseBody(t.body, &parts);
  if (!s.ok()) return FieldError(where, "body", s.message());
  for (size_t i = 0; i < t.variants.size(); ++i) {
    s = ParseBody(t.variants[i], &parts);
    if (!s.ok())
      return FieldError(where, "variants", "variant " + std::to_string(i + 1) + ": " + s.message());
  }
  for (size_t i = 0; i < t.patterns.size(); ++i) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(1 << 20);
    const RE2 re(t.patterns[i], options);
    if (!re.ok()) {
      return FieldError(where, "patterns",
                        "pattern " + std::to_string(i + 1) + " is not valid RE2 syntax: " + re.error());
    }
    for (const auto& [name, index] : re.NamedCapturingGroups()) {
      if (!IsKnownPlaceholder(name)) {
        return FieldError(where, "patterns",
                          "pattern " + std::to_string(i + 1) + " names group '" + name +
                              "', which is no placeholder; use e.g. (?P<order_id>…)");
      }
    }
  }
  return Status::Ok();
}

Status TemplateLibrary::Build(std::vector<Template> templates, TemplateLibrary* out) {
  if (templates.empty()) return Status::Error("empty_library", "the library has no templates");
  if (templates.size() > kMaxTemplates) {
    return Status::Error("too_many_templates", "the library has " + std::to_string(templates.size()) +
                                                   " templates; at most " + std::to_string(kMaxTemplates));
  }
  std::map<std::string, size_t> seen;
  for (size_t i = 0; i < templates.size(); ++i) {
    const std::string where = Where(templates[i], i);
    Status s = ValidateTemplate(templates[i], where);
    if (!s.ok()) return s;
    const auto [it, inserted] = seen.emplace(templates[i].id, i);
    if (!inserted) {
      return FieldError(where, "id",
                        "duplicates template #" + std::to_string(it->second + 1) + "; ids must be unique");
    }
  }
  out->templates_ = std::move(templates);
  return Status::Ok();
}

Status TemplateLibrary::FromJson(std::string_view text, TemplateLibrary* out) {
  json doc;
  if (Status s =
          internal::ParseJson(text, "invalid_json", "the library is", "check it with a JSON validator", &doc);
      !s.ok()) {
    return s;
  }
  if (!doc.is_object() || !doc.contains("templates")) {
    return Status::Error("invalid_library", "expected {\"schema\": 1, \"templates\": [...]}");
  }
  if (!doc.contains("schema") || !doc["schema"].is_number_integer() || doc["schema"].get<int>() != 1) {
    return Status::Error("unsupported_schema", "field 'schema' must be 1 (this version reads schema 1)");
  }
  const json& list = doc["templates"];
  if (!list.is_array()) return Status::Error("invalid_library", "field 'templates' must be an array");
  std::vector<Template> templates;
  templates.reserve(list.size());
  for (size_t i = 0; i < list.size(); ++i) {
    const json& item = list[i];
    Template t;
    if (item.is_object() && item.contains("id") && item["id"].is_string())
      t.id = item["id"].get<std::string>();
    const std::string where = Where(t, i);
    if (!item.is_object()) return Status::Error("invalid_template", where + " must be an object");
    std::vector<std::string> channels, visibility;
    Status s;
    if (!(s = ReadString(item, "id", where, true, &t.id)).ok() ||
        !(s = ReadString(item, "title", where, true, &t.title)).ok() ||
        !(s = ReadString(item, "language", where, true, &t.language)).ok() ||
        !(s = ReadList(item, "channels", where, &channels)).ok() ||
        !(s = ReadList(item, "visibility", where, &visibility)).ok() ||
        !(s = ReadList(item, "intents", where, &t.intents)).ok() ||
        !(s = ReadList(item, "tags", where, &t.tags)).ok() ||
        !(s = ReadList(item, "triggers", where, &t.triggers)).ok() ||
        !(s = ReadList(item, "patterns", where, &t.patterns)).ok() ||
        !(s = ReadString(item, "body", where, true, &t.body)).ok() ||
        !(s = ReadList(item, "variants", where, &t.variants)).ok() ||
        !(s = ReadString(item, "notes", where, false, &t.notes)).ok() ||
        !(s = ParseFlags(channels, where, "channels", &t.channels)).ok() ||
        !(s = ParseFlags(visibility, where, "visibility", &t.visibility)).ok()) {
      return s;
    }
    templates.push_back(std::move(t));
  }
  return Build(std::move(templates), out);
}

Status TemplateLibrary::FromCsv(std::string_view csv, TemplateLibrary* out) {
  std::vector<CsvRow> rows;
  Status s = ParseCsvRows(csv, &rows);
  if (!s.ok()) return s;
  if (rows.empty())
    return Status::Error("empty_library", "the CSV is empty; it needs a header row and templates");
  static const char* const kColumns[] = {"id",   "title",    "language", "channels", "visibility", "intents",
                                         "tags", "triggers", "patterns", "body",     "variants",   "notes"};
  std::map<std::string, size_t> column;
  for (size_t c = 0; c < rows[0].cells.size(); ++c) {
    std::string name = rows[0].cells[c];
    std::transform(name.begin(), name.end(), name.begin(),
                   [](char ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; });
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (std::find(std::begin(kColumns), std::end(kColumns), name) == std::end(kColumns)) {
      return Status::Error("invalid_csv",
                           "line 1, column " + std::to_string(c + 1) + ": unknown column '" + name +
                               "'; columns are id, title, language, channels, visibility, intents, "
                               "tags, triggers, patterns, body, variants, notes");
    }
    column[name] = c;
  }
  for (const char* required : {"id", "title", "language", "channels", "visibility", "body"}) {
    if (!column.count(required)) {
      return Status::Error("invalid_csv",
                           std::string("line 1: the required column '") + required + "' is missing");
    }
  }
  std::vector<Template> templates;
  for (size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    const auto cell = [&](const char* name) -> std::string {
      const auto it = column.find(name);
      return it != column.end() && it->second < row.cells.size() ? row.cells[it->second] : std::string();
    };
    if (row.cells.size() > rows[0].cells.size()) {
      return Status::Error("invalid_csv",
                           "line " + std::to_string(row.line) + ": " + std::to_string(row.cells.size()) +
                               " cells but the header has " + std::to_string(rows[0].cells.size()) +
                               "; quote cells that contain commas");
    }
    Template t;
    t.id = cell("id");
    t.title = cell("title");
    t.language = cell("language");
    t.intents = SplitCell(cell("intents"), ";");
    t.tags = SplitCell(cell("tags"), ";");
    t.triggers = SplitCell(cell("triggers"), ";");
    t.patterns = SplitCell(cell("patterns"), " || ");
    t.body = cell("body");
    t.variants = SplitCell(cell("variants"), " || ");
    t.notes = cell("notes");
    const std::string where = "line " + std::to_string(row.line) + " (template '" + t.id + "')";
    if (!(s = ParseFlags(SplitCell(cell("channels"), ";"), where, "channels", &t.channels)).ok() ||
        !(s = ParseFlags(SplitCell(cell("visibility"), ";"), where, "visibility", &t.visibility)).ok() ||
        !(s = ValidateTemplate(t, where)).ok()) {
      return s;
    }
    templates.push_back(std::move(t));
  }
  return Build(std::move(templates), out);
}

std::string TemplateLibrary::ToJson() const {
  json list = json::array();
  for (const Template& t : templates_) list.push_back(TemplateToJson(t));
  return DumpJson(json{{"schema", 1}, {"templates", std::move(list)}}, 2) + "\n";
}

std::string TemplateLibrary::ToCsv() const {
  std::string out =
      "id,title,language,channels,visibility,intents,tags,triggers,patterns,body,variants,notes\r\n";
  for (const Template& t : templates_) {
    const std::string cells[] = {t.id,
                                 t.title,
                                 t.language,
                                 Join(ChannelNames(t.channels), ";"),
                                 Join(VisibilityNames(t.visibility), ";"),
                                 Join(t.intents, ";"),
                                 Join(t.tags, ";"),
                                 Join(t.triggers, ";"),
                                 Join(t.patterns, " || "),
                                 t.body,
                                 Join(t.variants, " || "),
                                 t.notes};
    for (size_t c = 0; c < std::size(cells); ++c) {
      if (c) out += ',';
      out += CsvQuote(cells[c]);
    }
    out += "\r\n";
  }
  return out;
}

void TemplateLibrary::Merge(const TemplateLibrary& incoming, MergeReport* report) {
  *report = MergeReport();
  for (const Template& t : incoming.templates_) {
    auto it =
        std::find_if(templates_.begin(), templates_.end(), [&](const Template& x) { return x.id == t.id; });
    if (it == templates_.end()) {
      templates_.push_back(t);
      report->added.push_back(t.id);
    } else if (SameContent(*it, t)) {
      report->unchanged.push_back(t.id);
    } else {
      *it = t;
      report->updated.push_back(t.id);
    }
  }
}

const Template* TemplateLibrary::Find(std::string_view id) const {
  for (const Template& t : templates_) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
#include "pronto/event_import.h"

#include <algorithm>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "json_error.h"
#include "json_event.h"
#include "pronto/civil_time.h"

namespace pronto {
namespace {

constexpr const char* kFields[] = {"channel", "thread",    "kind",  "at",
                                   "agent",   "automated", "brand", "priority"};
enum FieldIndex { kChannel, kThread, kKind, kAt, kAgent, kAutomated, kBrand, kPriority, kFieldCount };

constexpr uint32_t kNoRoot = 0xFFFFFFFF;
constexpr uint32_t kInProgress = 0xFFFFFFFE;

constexpr const char* kTwcsHeader =
    "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id";

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool ParseBool(std::string_view s, bool* value) {
  const std::string v = Lower(Trim(s));
  if (v.empty() || v == "false" || v == "no" || v == "0") {
    *value = false;
    return true;
  }
  if (v == "true" || v == "yes" || v == "1") {
    *value = true;
    return true;
  }
  return false;
}

// Reads RFC 4180 records, remembering the line each one starts on.
class CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);  // UTF-8 byte-order mark
  }

  // Reads the next record into `*fields`; false at the end. Sets `*unterminated`
  // when a quoted field runs to the end of the text.
  bool Next(std::vector<std::string>* fields, size_t* line, bool* unterminated) {
    *unterminated = false;
    // Skip blank lines.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
      if (text_[pos_] == '\n') ++line_;
      ++pos_;
    }
    if (pos_ >= text_.size()) return false;
    *line = line_;
    fields->clear();
    std::string field;
    bool quoted = false;
    bool field_started_quoted = false;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (quoted) {
        if (c == '"') {
          if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
            field += '"';
            pos_ += 2;
            continue;
          }
          quoted = false;
          ++pos_;
          continue;
        }
        if (c == '\n') ++line_;
        field += c;
        ++pos_;
        continue;
      }
      if (c == '"' && (field.empty() && !field_started_quoted)) {
        quoted = true;
        field_started_quoted = true;
        ++pos_;
        continue;
      }
      if (c == delimiter_) {
        fields->push_back(std::move(field));
        field.clear();
        field_started_quoted = false;
        ++pos_;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
        break;
      }
      field += c;
      ++pos_;
    }
    if (quoted) *unterminated = true;
    fields->push_back(std::move(field));
    return true;
  }

 private:
  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  size_t line_ = 1;
};

char GuessDelimiter(std::string_view text) {
  const std::string_view first = text.substr(0, text.find('\n'));
  const size_t commas = std::count(first.begin(), first.end(), ',');
  const size_t semicolons = std::count(first.begin(), first.end(), ';');
  return commas == 0 && semicolons > 0 ? ';' : ',';
}

ImportIssue Issue(size_t line, size_t column, std::string field, std::string message) {
  return {line, column, std::move(field), std::move(message)};
}

// Whether a CSV row can be read: its quotes closed and as many columns as
// the header; if not, the issue is recorded and the row skipped.
bool WholeRow(const std::vector<std::string>& row, size_t columns, size_t line, bool unterminated,
              ImportResult* r) {
  if (unterminated) {
    r->issues.push_back(Issue(line, row.size(), "", "a quoted field never ends; close the quote (\")"));
    return false;
  }
  if (row.size() != columns) {
    r->issues.push_back(Issue(
        line, 0, "",
        "the row has " + std::to_string(row.size()) + " columns, the header " + std::to_string(columns)));
    return false;
  }
  return true;
}

Status NothingRead(const ImportResult& r, const char* what) {
  if (r.rows == 0) {
    return Status::Error("no_events", std::string("the file holds no ") + what +
                                          "; check that it is the right file and format (--format)");
  }
  return Status::Error("no_events",
                       "none of the " + std::to_string(r.rows) +
                           " rows could be read; first problem: " + FormatImportIssue(r.issues.front()));
}

Status ImportJsonl(std::string_view text, ImportResult* r) {
  size_t line = 0;
  size_t start = 0;
  std::string field;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    ++line;
    const std::string_view row = Trim(raw);
    if (row.empty()) continue;
    ++r->rows;
    const nlohmann::json obj = nlohmann::json::parse(row.begin(), row.end(), nullptr, false);
    if (obj.is_discarded()) {
      const size_t leading = static_cast<size_t>(row.data() - raw.data());
      r->issues.push_back(Issue(line, leading + internal::DiagnoseJson(row).column, "",
                                "not valid JSON near here; each line must be one event object"));
      continue;
    }
    Event e;
    const Status s = internal::EventFromJson(obj, "event", &e, &field);
    if (!s.ok()) {
      r->issues.push_back(Issue(line, 0, field, s.message().substr(s.message().find(' ') + 1)));
      continue;
    }
    r->events.push_back(std::move(e));
  }
  r->skipped = r->issues.size();
  if (r->events.empty()) return NothingRead(*r, "events (no non-blank lines)");
  return Status::Ok();
}

Status ImportJson(std::string_view text, ImportResult* r) {
  nlohmann::json doc;
  if (Status s = internal::ParseJson(text, "invalid_json", "the file is",
                                     "for one event per line use --format jsonl", &doc);
      !s.ok()) {
    return s;
  }
  const nlohmann::json* list = &doc;
  if (doc.is_object()) {
    auto schema = doc.find("schema");
    if (schema == doc.end() || !schema->is_number_integer() || schema->get<int64_t>() != 1) {
      return Status::Error("invalid_events", "field 'schema' must be 1 (this core reads events of schema 1)");
    }
    auto it = doc.find("events");
    if (it == doc.end() || !it->is_array())
      return Status::Error("invalid_events", "field 'events' must be an array");
    list = &*it;
  } else if (!doc.is_array()) {
    return Status::Error("invalid_events", "expected {\"schema\":1,\"events\":[…]} or an array of events");
  }
  std::string field;
  for (size_t i = 0; i < list->size(); ++i) {
    ++r->rows;
    Event e;
    const std::string where = "events[" + std::to_string(i) + "]";
    const Status s = internal::EventFromJson((*list)[i], where, &e, &field);
    if (!s.ok()) {
      r->issues.push_back(Issue(0, 0, where + (field.empty() ? "" : "." + field), s.message()));
      continue;
    }
    r->events.push_back(std::move(e));
  }
  r->skipped = r->issues.size();
  if (r->events.empty()) return NothingRead(*r, "events (the list is empty)");
  return Status::Ok();
}

Status ImportCsv(std::string_view text, const ImportOptions& options, ImportResult* r) {
  CsvReader reader(text, GuessDelimiter(text));
  std::vector<std::string> header, row;
  size_t line = 0;
  bool unterminated = false;
  if (!reader.Next(&header, &line, &unterminated)) {
    return Status::Error("no_events",
                         "the file is empty; a CSV file needs a header row and at least one event");
  }
  for (std::string& h : header) h = std::string(Trim(h));
  // Column of each event field: the mapped header, else the field's own name.
  int column[kFieldCount];
  std::fill(std::begin(column), std::end(column), -1);
  auto find_header = [&](std::string_view name) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (Lower(header[i]) == Lower(name)) return static_cast<int>(i);
    }
    return -1;
  };
  std::string columns_list;
  for (const std::string& h : header) columns_list += (columns_list.empty() ? "" : ", ") + h;
  for (int f = 0; f < kFieldCount; ++f) column[f] = find_header(kFields[f]);
  for (const auto& [field, name] : options.column_map) {
    const int f =
        static_cast<int>(std::find(std::begin(kFields), std::end(kFields), field) - std::begin(kFields));
    if (f == kFieldCount) continue;  // ParseColumnMap rejects these
    column[f] = find_header(name);
    if (column[f] < 0) {
      return Status::Error("missing_column", "--map " + field + "=" + name + ": there is no column '" + name +
                                                 "' in the header (columns: " + columns_list + ")");
    }
  }
  for (int f : {kThread, kKind, kAt}) {
    if (column[f] < 0) {
      return Status::Error("missing_column", std::string("no '") + kFields[f] +
                                                 "' column in the header (columns: " + columns_list +
                                                 "); rename it or map it with --map " + kFields[f] +
                                                 "=<column>");
    }
  }
  while (reader.Next(&row, &line, &unterminated)) {
    ++r->rows;
    if (!WholeRow(row, header.size(), line, unterminated, r)) continue;
    Event e;
    auto cell = [&](int f) -> std::string_view {
      return column[f] < 0 ? std::string_view() : Trim(row[column[f]]);
    };
    auto bad = [&](int f, std::string message) {
      r->issues.push_back(Issue(line, column[f] + 1, header[column[f]], std::move(message)));
    };
    e.channel = column[kChannel] < 0 ? options.default_channel : std::string(cell(kChannel));
    e.thread = std::string(cell(kThread));
    if (e.thread.empty()) {
      bad(kThread, "the thread id is empty");
      continue;
    }
    if (!ParseEventKind(cell(kKind), &e.kind)) {
      bad(kKind, "'" + std::string(cell(kKind)) + "' is not customer or brand");
      continue;
    }
    if (Status s = ParseTimestamp(cell(kAt), &e.at_ms); !s.ok()) {
      bad(kAt, s.message());
      continue;
    }
    e.agent = std::string(cell(kAgent));
    e.brand = std::string(cell(kBrand));
    if (!ParseBool(cell(kAutomated), &e.automated)) {
      bad(kAutomated, "'" + std::string(cell(kAutomated)) + "' is not true/false, yes/no or 1/0");
      continue;
    }
    if (!ParsePriority(cell(kPriority), &e.priority)) {
      bad(kPriority, "'" + std::string(cell(kPriority)) + "' is not low, normal, high or urgent");
      continue;
    }
    r->events.push_back(std::move(e));
  }
  r->skipped = r->issues.size();
  if (r->events.empty()) return NothingRead(*r, "rows after the header");
  return Status::Ok();
}

Status ImportTwcs(std::string_view text, ImportResult* r) {
  CsvReader reader(text, ',');
  std::vector<std::string> header, row;
  size_t line = 0;
  bool unterminated = false;
  if (!reader.Next(&header, &line, &unterminated)) return Status::Error("no_events", "the file is empty");
  static constexpr const char* kNeeded[] = {"tweet_id", "author_id", "inbound", "created_at",
                                            "in_response_to_tweet_id"};
  int col[5];
  for (int i = 0; i < 5; ++i) {
    col[i] = -1;
    for (size_t h = 0; h < header.size(); ++h) {
      if (Trim(header[h]) == kNeeded[i]) col[i] = static_cast<int>(h);
    }
    if (col[i] < 0) {
      return Status::Error("missing_column", std::string("no '") + kNeeded[i] +
                                                 "' column: a TWCS file starts with " + kTwcsHeader);
    }
  }
  struct Tweet {
    std::string id, author, parent;
    bool inbound;
    int64_t at;
    uint32_t root;
  };
  std::vector<Tweet> tweets;
  std::unordered_map<std::string, uint32_t> by_id;
  while (reader.Next(&row, &line, &unterminated)) {
    ++r->rows;
    if (!WholeRow(row, header.size(), line, unterminated, r)) continue;
    auto bad = [&](int i, std::string message) {
      r->issues.push_back(Issue(line, col[i] + 1, kNeeded[i], std::move(message)));
    };
    Tweet t;
    t.id = std::string(Trim(row[col[0]]));
    t.author = std::string(Trim(row[col[1]]));
    t.parent = std::string(Trim(row[col[4]]));
    if (t.id.empty()) {
      bad(0, "the tweet id is empty");
      continue;
    }
    if (by_id.count(t.id)) {
      bad(0, "tweet " + t.id + " appears twice; the later row is skipped");
      continue;
    }
    const std::string inbound = Lower(Trim(row[col[2]]));
    if (inbound != "true" && inbound != "false") {
      bad(2, "'" + std::string(row[col[2]]) + "' is not True or False");
      continue;
    }
    t.inbound = inbound == "true";
    if (Status s = ParseTimestamp(row[col[3]], &t.at); !s.ok()) {
      bad(3, s.message());
      continue;
    }
    if (!t.inbound && t.author.empty()) {
      bad(1, "a brand tweet needs its author (the brand)");
      continue;
    }
    t.root = kNoRoot;
    by_id.emplace(t.id, static_cast<uint32_t>(tweets.size()));
    tweets.push_back(std::move(t));
  }
  r->skipped = r->issues.size();
  if (tweets.empty()) return NothingRead(*r, "tweets after the header");
  // Follow each tweet up its chain; path compression keeps this linear. A
  // cycle (malformed data) is cut where it closes.
  std::vector<uint32_t> path;
  for (uint32_t i = 0; i < tweets.size(); ++i) {
    uint32_t cur = i;
    uint32_t root = kNoRoot;
    path.clear();
    while (root == kNoRoot) {
      if (tweets[cur].root != kNoRoot && tweets[cur].root != kInProgress) {
        root = tweets[cur].root;
        break;
      }
      tweets[cur].root = kInProgress;
      path.push_back(cur);
      auto parent = tweets[cur].parent.empty() ? by_id.end() : by_id.find(tweets[cur].parent);
      if (parent == by_id.end() || tweets[parent->second].root == kInProgress) {
        root = cur;
        break;
      }
      cur = parent->second;
    }
    for (uint32_t p : path) tweets[p].root = root;
  }
  // The brand of a thread: the author of its earliest brand tweet.
  std::unordered_map<uint32_t, uint32_t> brand_of;  // root → tweet
  for (uint32_t i = 0; i < tweets.size(); ++i) {
    if (tweets[i].inbound) continue;
    auto [it, inserted] = brand_of.try_emplace(tweets[i].root, i);
    if (!inserted && tweets[i].at < tweets[it->second].at) it->second = i;
  }
  r->events.reserve(tweets.size());
  for (const Tweet& t : tweets) {
    const Tweet& root = tweets[t.root];
    Event e;
    e.channel = "twitter";
    e.thread = root.parent.empty() ? root.id : root.parent;
    e.kind = t.inbound ? EventKind::kCustomer : EventKind::kBrand;
    e.at_ms = t.at;
    auto brand = brand_of.find(t.root);
    if (brand != brand_of.end()) e.brand = tweets[brand->second].author;
    r->events.push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace

const char* ImportFormatName(ImportFormat format) {
  switch (format) {
    case ImportFormat::kJson:
      return "json";
    case ImportFormat::kJsonl:
      return "jsonl";
    case ImportFormat::kCsv:
      return "csv";
    case ImportFormat::kTwcs:
      return "twcs";
    case ImportFormat::kAuto:
      break;
  }
  return "auto";
}

bool ParseImportFormat(std::string_view text, ImportFormat* format) {
  const std::string t = Lower(text);
  if (t == "ndjson") {
    *format = ImportFormat::kJsonl;
    return true;
  }
  for (ImportFormat f : {ImportFormat::kAuto, ImportFormat::kJson, ImportFormat::kJsonl, ImportFormat::kCsv,
                         ImportFormat::kTwcs}) {
    if (t == ImportFormatName(f)) {
      *format = f;
      return true;
    }
  }
  return false;
}

Status ParseColumnMap(std::string_view spec, ColumnMap* map) {
  ColumnMap out;
  size_t start = 0;
  while (start <= spec.size()) {
    size_t end = spec.find(',', start);
    if (end == std::string_view::npos) end = spec.size();
    const std::string_view pair = Trim(spec.substr(start, end - start));
    start = end + 1;
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq + 1 == pair.size()) {
      return Status::Error("invalid_map",
                           "'" + std::string(pair) + "' is not field=column, e.g. thread=conversation_id");
    }
    const std::string field(Trim(pair.substr(0, eq)));
    if (std::find(std::begin(kFields), std::end(kFields), field) == std::end(kFields)) {
      return Status::Error("invalid_map",
                           "unknown field '" + field +
                               "' in the column map; use channel, thread, kind, at, agent, automated, "
                               "brand or priority");
    }
    out.emplace_back(field, std::string(Trim(pair.substr(eq + 1))));
  }
  *map = std::move(out);
  return Status::Ok();
}

std::string FormatImportIssue(const ImportIssue& issue) {
  std::string out;
  if (issue.line > 0) out = "line " + std::to_string(issue.line);
  if (issue.column > 0)
    out += (out.empty() ? "" : ", ") + std::string("column ") + std::to_string(issue.column);
  if (!issue.field.empty()) out += (out.empty() ? "" : " ") + std::string("(") + issue.field + ")";
  return out + (out.empty() ? "" : ": ") + issue.message;
}

Status ImportEvents(std::string_view text, const ImportOptions& options, ImportResult* result) {
  *result = ImportResult();
  ImportFormat format = options.format;
  if (format == ImportFormat::kAuto) {
    const std::string_view head = Trim(text.substr(0, std::min<size_t>(text.size(), 4096)));
    const std::string_view body = text.substr(text.find_first_not_of(" \t\r\n") == std::string_view::npos
                                                  ? text.size()
                                                  : text.find_first_not_of(" \t\r\n"));
    if (!head.empty() && head[0] == '[') {
      format = ImportFormat::kJson;
    } else if (!head.empty() && head[0] == '{') {
      // One object over the whole file is JSON; one a line is JSON Lines.
      const std::string_view first_line = Trim(body.substr(0, body.find('\n')));
      const nlohmann::json probe =
          nlohmann::json::parse(first_line.begin(), first_line.end(), nullptr, false);
      format = !probe.is_discarded() && probe.is_object() && !probe.contains("events") ? ImportFormat::kJsonl
                                                                                       : ImportFormat::kJson;
    } else if (Trim(body.substr(0, body.find('\n'))).substr(0, std::string_view(kTwcsHeader).size()) ==
               std::string_view(kTwcsHeader)) {
      format = ImportFormat::kTwcs;
    } else {
      format = ImportFormat::kCsv;
    }
  }
  result->format = format;
  switch (format) {
    case ImportFormat::kJson:
      return ImportJson(text, result);
    case ImportFormat::kJsonl:
      return ImportJsonl(text, result);
    case ImportFormat::kTwcs:
      return ImportTwcs(text, result);
    case ImportFormat::kCsv:
    case ImportFormat::kAuto:
      break;
  }
  return ImportCsv(text, options, result);
}

}  // namespace pronto

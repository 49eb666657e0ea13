// Copyright 2026 The Pronto Authors.
//
// Reading conversation events from files people already have: JSON, JSON
// Lines, CSV with a column mapping, and the Customer Support on Twitter
// (TWCS) layout. A bad row is reported with its line and column and skipped;
// the rest is still read. An empty file, or one where no row could be read,
// is an error, never a silent zero.
//
//   pronto::ImportOptions options;
//   options.format = pronto::ImportFormat::kCsv;
//   pronto::ParseColumnMap("thread=conversation_id,at=sent_at,kind=direction", &options.column_map);
//   pronto::ImportResult result;
//   pronto::Status s = pronto::ImportEvents(file_text, options, &result);
//   for (const pronto::ImportIssue& issue : result.issues) {
//     std::cerr << pronto::FormatImportIssue(issue) << "\n";  // "line 7, column 3 (at): …"
//   }
//
// CSV: the first row is the header. Columns are found by the event field names
// (channel, thread, kind, at, agent, automated, brand, priority) or through
// the column map, which names, for a field, the header of the column holding
// it. thread, kind and at are required. kind is customer|brand (or
// inbound|outbound); at is ISO 8601 with an offset or epoch seconds/ms;
// automated is true|false|yes|no|1|0. The delimiter is ',' or, when the
// header holds ';' and no ',', ';'. Quoted fields may hold newlines; a row's
// line is the line it starts on.
//
// TWCS (tweet_id, author_id, inbound, created_at, text, response_tweet_id,
// in_response_to_tweet_id): threads are reply chains (a tweet belongs to the
// thread of the tweet it answers, up to the first tweet whose parent is
// absent: the thread is named after that parent, or after the tweet itself);
// inbound tweets are customer messages, the others brand messages whose
// author is the thread's brand. channel is "twitter"; text is never read.
#ifndef PRONTO_EVENT_IMPORT_H_
#define PRONTO_EVENT_IMPORT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pronto/events.h"
#include "pronto/status.h"

namespace pronto {

// The layout of an events file.
enum class ImportFormat : uint8_t {
  kAuto,   // guess: '{' or '[' → JSON or JSON Lines; the TWCS header → TWCS; else CSV
  kJson,   // {"schema":1,"events":[…]} or an array of events
  kJsonl,  // one event object a line
  kCsv,
  kTwcs,
};

// Returns "auto", "json", "jsonl", "csv" or "twcs".
const char* ImportFormatName(ImportFormat format);

// Parses a format name ("ndjson" is JSON Lines); false when unknown.
bool ParseImportFormat(std::string_view text, ImportFormat* format);

// Pairs of (event field, CSV header), e.g. {"thread","conversation_id"}.
using ColumnMap = std::vector<std::pair<std::string, std::string>>;

// Parses "thread=conversation_id,at=sent_at" into `*map`. Errors name the
// unknown field or the malformed pair.
Status ParseColumnMap(std::string_view spec, ColumnMap* map);

// How to read a file.
struct ImportOptions {
  ImportFormat format = ImportFormat::kAuto;
  ColumnMap column_map;         // CSV only
  std::string default_channel;  // CSV rows without a channel column
};

// One row that could not be read.
struct ImportIssue {
  size_t line = 0;      // 1-based line where the row starts; 0 when unknown
  size_t column = 0;    // 1-based column (CSV) or character (JSON); 0 when the whole row
  std::string field;    // the event field or CSV header concerned, if any
  std::string message;  // what was wrong and what to do
};

// Returns "line 7, column 3 (at): <message>" (parts that are unknown are left out).
std::string FormatImportIssue(const ImportIssue& issue);

// What was read.
struct ImportResult {
  ImportFormat format = ImportFormat::kAuto;  // the format actually read
  std::vector<Event> events;
  std::vector<ImportIssue> issues;  // one per skipped row
  size_t rows = 0;                  // data rows seen (header and blank lines excluded)
  size_t skipped = 0;               // rows skipped because of an issue
};

// Reads `text` into `*result` (replaced). Returns an error when the layout is
// unusable (e.g. a required CSV column is missing), when the file holds no
// rows, or when every row was bad; `result->issues` still lists the rows.
Status ImportEvents(std::string_view text, const ImportOptions& options, ImportResult* result);

}  // namespace pronto

#endif  // PRONTO_EVENT_IMPORT_H_

// Copyright 2026 The Pronto Authors.
#include "pronto/event_import.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "pronto/civil_time.h"

namespace pronto {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream file(std::string(PRONTO_TESTDATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  EXPECT_FALSE(text.str().empty()) << name;
  return text.str();
}

TEST(EventImport, JsonLinesReportsLineAndColumnAndKeepsGoing) {
  ImportResult r;
  ASSERT_TRUE(ImportEvents(Fixture("events.jsonl"), ImportOptions(), &r).ok());
  EXPECT_EQ(r.format, ImportFormat::kJsonl);
  EXPECT_EQ(r.rows, 5u);
  EXPECT_EQ(r.skipped, 2u);
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[1].agent, "giulia");
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].line, 5u);
  EXPECT_GT(r.issues[0].column, 40u);  // the missing comma, not the start of the line
  EXPECT_EQ(r.issues[1].line, 6u);
  EXPECT_EQ(r.issues[1].field, "kind");
  EXPECT_NE(FormatImportIssue(r.issues[1]).find("line 6 (kind): "), std::string::npos)
      << FormatImportIssue(r.issues[1]);
}

TEST(EventImport, CsvWithAColumnMapSemicolonsAndEpochTimes) {
  ImportOptions options;
  options.format = ImportFormat::kCsv;
  ASSERT_TRUE(ParseColumnMap("thread=conversation_id, kind=direction,at=sent_at,agent=who,channel=source",
                             &options.column_map)
                  .ok());
  ImportResult r;
  ASSERT_TRUE(ImportEvents(Fixture("events_map.csv"), options, &r).ok());
  EXPECT_EQ(r.rows, 6u);
  ASSERT_EQ(r.events.size(), 4u);
  EXPECT_EQ(r.events[0].thread, "c1");
  EXPECT_EQ(r.events[1].kind, EventKind::kBrand);
  EXPECT_EQ(r.events[1].at_ms, 1772442300000);  // epoch seconds
  EXPECT_EQ(r.events[1].agent, "giulia");
  EXPECT_EQ(r.events[2].channel, "instagram");
  EXPECT_EQ(FormatUtc(r.events[2].at_ms), "2026-03-02T09:00:00Z");
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].line, 6u);
  EXPECT_EQ(r.issues[0].column, 2u);
  EXPECT_EQ(r.issues[0].field, "direction");
  EXPECT_EQ(r.issues[1].line, 7u);
  EXPECT_EQ(r.issues[1].column, 3u);
  EXPECT_NE(r.issues[1].message.find("offset"), std::string::npos) << r.issues[1].message;
}

TEST(EventImport, CsvLayoutErrorsSayWhatToDo) {
  ImportResult r;
  ImportOptions options;
  Status s = ImportEvents("conversation,kind,at\nc1,customer,2026-03-02T09:00:00Z\n", options, &r);
  EXPECT_EQ(s.code(), "missing_column");
  EXPECT_NE(s.message().find("--map thread="), std::string::npos) << s.message();
  ASSERT_TRUE(ParseColumnMap("thread=conv", &options.column_map).ok());
  s = ImportEvents("conversation,kind,at\nc1,customer,2026-03-02T09:00:00Z\n", options, &r);
  EXPECT_NE(s.message().find("no column 'conv'"), std::string::npos) << s.message();
  ColumnMap map;
  EXPECT_FALSE(ParseColumnMap("colour=red", &map).ok());
  EXPECT_FALSE(ParseColumnMap("thread", &map).ok());
}

TEST(EventImport, EmptyAndAllBadFilesAreErrors) {
  ImportResult r;
  EXPECT_EQ(ImportEvents("", ImportOptions(), &r).code(), "no_events");
  EXPECT_EQ(ImportEvents("thread,kind,at\n", ImportOptions(), &r).code(), "no_events");
  const Status s = ImportEvents("thread,kind,at\na,customer,nope\nb,customer,\n", ImportOptions(), &r);
  EXPECT_EQ(s.code(), "no_events");
  EXPECT_NE(s.message().find("none of the 2 rows"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("line 2, column 3 (at)"), std::string::npos) << s.message();
  EXPECT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(ImportEvents("[]", ImportOptions(), &r).code(), "no_events");
  const Status quote = ImportEvents("thread,kind,at\n\"a,customer,1\n", ImportOptions(), &r);
  EXPECT_FALSE(quote.ok());
  EXPECT_NE(quote.message().find("quote"), std::string::npos) << quote.message();
}

TEST(EventImport, JsonArrayReportsTheEventIndex) {
  ImportResult r;
  ASSERT_TRUE(ImportEvents(R"({"schema":1,"events":[{"thread":"a","kind":"customer","at":1},
      {"thread":"b","kind":"customer","at":"x"}]})",
                           ImportOptions(), &r)
                  .ok());
  EXPECT_EQ(r.format, ImportFormat::kJson);
  EXPECT_EQ(r.events.size(), 1u);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].field, "events[1].at");
  const Status s = ImportEvents("[{\"thread\":\"a\",\n\"kind\" \"customer\"}]", ImportOptions(), &r);
  EXPECT_NE(s.message().find("line 2"), std::string::npos) << s.message();
}

TEST(EventImport, TwcsThreadsAreReplyChains) {
  ImportResult r;
  ASSERT_TRUE(ImportEvents(Fixture("twcs_mini.csv"), ImportOptions(), &r).ok());
  EXPECT_EQ(r.format, ImportFormat::kTwcs);
  EXPECT_EQ(r.rows, 8u);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].line, 10u);  // tweet 3 spans two lines
  EXPECT_EQ(r.issues[0].column, 4u);
  EXPECT_EQ(r.issues[0].field, "created_at");
  ASSERT_EQ(r.events.size(), 7u);
  // Tweets 1–4 form one thread answered by AcmeHelp.
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(r.events[i].thread, "1") << i;
    EXPECT_EQ(r.events[i].brand, "AcmeHelp") << i;
    EXPECT_EQ(r.events[i].channel, "twitter");
  }
  EXPECT_EQ(r.events[1].kind, EventKind::kBrand);
  // Tweet 5 answers tweet 9, which is not in the file: the thread is named after 9.
  EXPECT_EQ(r.events[4].thread, "9");
  EXPECT_EQ(r.events[4].brand, "OtherCo");
  EXPECT_EQ(r.events[5].thread, "9");
  EXPECT_EQ(r.events[6].thread, "7");
  EXPECT_EQ(r.events[6].brand, "");
}

TEST(EventImport, FormatNames) {
  ImportFormat f;
  EXPECT_TRUE(ParseImportFormat("ndjson", &f));
  EXPECT_EQ(f, ImportFormat::kJsonl);
  EXPECT_TRUE(ParseImportFormat("TWCS", &f));
  EXPECT_EQ(f, ImportFormat::kTwcs);
  EXPECT_FALSE(ParseImportFormat("xlsx", &f));
}

}  // namespace
}  // namespace pronto

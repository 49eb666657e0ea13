// Copyright 2026 The Pronto Authors.
#include "pronto/templates.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace pronto {
namespace {

std::string ReadTestdata(const std::string& name) {
  std::ifstream in(std::string(PRONTO_TESTDATA_DIR) + "/" + name);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TemplateLibrary Small() {
  TemplateLibrary library;
  const Status s = TemplateLibrary::FromJson(ReadTestdata("templates_small.json"), &library);
  EXPECT_TRUE(s.ok()) << s.message();
  return library;
}

std::string WithTemplate(const std::string& fields) {
  return R"({"schema":1,"templates":[{"id":"a","title":"A","language":"it","channels":["x"],"visibility":["public"],)" +
         fields + "}]}";
}

Status Parse(const std::string& json) {
  TemplateLibrary library;
  return TemplateLibrary::FromJson(json, &library);
}

TEST(TemplateLibrary, ParsesAValidLibrary) {
  const TemplateLibrary library = Small();
  ASSERT_EQ(library.templates().size(), 6u);
  const Template* t = library.Find("delivery-delay");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->channels, kChannelFacebook | kChannelX);
  EXPECT_EQ(t->visibility, kVisibilityPublic | kVisibilityPrivate);
  EXPECT_EQ(t->variants.size(), 1u);
  EXPECT_EQ(library.Find("nope"), nullptr);
}

TEST(TemplateLibrary, ErrorsNameTemplateFieldAndPosition) {
  Status s = Parse(WithTemplate(R"("body":"Ciao {{nome}}")"));
  EXPECT_EQ(s.code(), "invalid_template");
  EXPECT_NE(s.message().find("template 'a' (#1), field 'body'"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("unknown placeholder {{nome}} at position 5"), std::string::npos) << s.message();

  s = Parse(WithTemplate(R"("body":"Ciao {{first_name")"));
  EXPECT_NE(s.message().find("never closed"), std::string::npos) << s.message();
  s = Parse(WithTemplate(R"("body":"Ciao first_name}}")"));
  EXPECT_NE(s.message().find("'}}' at position 15"), std::string::npos) << s.message();
  s = Parse(WithTemplate(R"("body":"ok","patterns":["(?P<order_id>[0-9]+"])"));
  EXPECT_NE(s.message().find("field 'patterns': pattern 1 is not valid RE2 syntax"), std::string::npos)
      << s.message();
  s = Parse(WithTemplate(R"j("body":"ok","patterns":["(?P<ordine>[0-9]+)"])j"));
  EXPECT_NE(s.message().find("names group 'ordine'"), std::string::npos) << s.message();
  s = Parse(WithTemplate(R"("body":"ok","intents":["angry"])"));
  EXPECT_NE(s.message().find("unknown intent 'angry'"), std::string::npos) << s.message();
  s = Parse(WithTemplate(R"("body":"ok","variants":["Ciao {{x}}"])"));
  EXPECT_NE(s.message().find("variant 1"), std::string::npos) << s.message();
  s = Parse(
      R"({"schema":1,"templates":[{"id":"Bad Id","title":"t","language":"it","channels":["x"],"visibility":["public"],"body":"b"}]})");
  EXPECT_NE(s.message().find("field 'id'"), std::string::npos) << s.message();
  s = Parse(R"({"schema":2,"templates":[]})");
  EXPECT_EQ(s.code(), "unsupported_schema");
  s = Parse("{not json");
  EXPECT_EQ(s.code(), "invalid_json");
  s = Parse("{\"schema\":1,\n\"templates\":[\n{\"id\": }]}");
  EXPECT_NE(s.message().find("not valid JSON at line 3, column 8"), std::string::npos) << s.message();
  s = Parse(WithTemplate(R"("body":"ok","channels":["instagram"])"));
  EXPECT_NE(s.message().find("unknown value 'instagram'"), std::string::npos) << s.message();
}

TEST(TemplateLibrary, DuplicateIdsAreAnError) {
  const Status s = Parse(R"({"schema":1,"templates":[
    {"id":"a","title":"A","language":"it","channels":["x"],"visibility":["public"],"body":"b"},
    {"id":"a","title":"B","language":"it","channels":["x"],"visibility":["public"],"body":"c"}]})");
  EXPECT_NE(s.message().find("duplicates template #1"), std::string::npos) << s.message();
}

TEST(TemplateLibrary, FailedParseLeavesTheTargetUntouched) {
  TemplateLibrary library = Small();
  const Status s = TemplateLibrary::FromJson(WithTemplate(R"("body":"{{bad}}")"), &library);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(library.templates().size(), 6u);
}

TEST(TemplateLibrary, JsonAndCsvRoundTrip) {
  const TemplateLibrary library = Small();
  TemplateLibrary from_json, from_csv;
  ASSERT_TRUE(TemplateLibrary::FromJson(library.ToJson(), &from_json).ok());
  const Status s = TemplateLibrary::FromCsv(library.ToCsv(), &from_csv);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(from_json.ToJson(), library.ToJson());
  EXPECT_EQ(from_csv.ToJson(), library.ToJson());
}

TEST(TemplateLibrary, CsvFromASpreadsheet) {
  // Columns in another order, a BOM, quoted cells with commas, quotes and a newline.
  const std::string csv =
      "\xEF\xBB\xBFTitle,id,language,channels,visibility,body,triggers\r\n"
      "\"Reso, rimborso\",reso,it,facebook;x,public,\"Ciao {{first_name|}}, per il \"\"reso\"\"\nscrivici.\","
      "reso;rimborso\r\n";
  TemplateLibrary library;
  const Status s = TemplateLibrary::FromCsv(csv, &library);
  ASSERT_TRUE(s.ok()) << s.message();
  const Template& t = library.templates()[0];
  EXPECT_EQ(t.title, "Reso, rimborso");
  EXPECT_EQ(t.body, "Ciao {{first_name|}}, per il \"reso\"\nscrivici.");
  EXPECT_EQ(t.triggers, (std::vector<std::string>{"reso", "rimborso"}));
}

TEST(TemplateLibrary, CsvErrorsNameLineAndColumn) {
  TemplateLibrary library;
  Status s = TemplateLibrary::FromCsv(
      "id,title,language,channels,visibility,body\n"
      "a,A,it,x,public,ok\n"
      "b,B,de,x,public,ok\n",
      &library);
  EXPECT_NE(s.message().find("line 3 (template 'b'), field 'language'"), std::string::npos) << s.message();
  s = TemplateLibrary::FromCsv("id,title,colour\n", &library);
  EXPECT_NE(s.message().find("line 1, column 3: unknown column 'colour'"), std::string::npos) << s.message();
  s = TemplateLibrary::FromCsv("id,title,language,channels,visibility,body\na,A,it,x,public,\"open\n",
                               &library);
  EXPECT_NE(s.message().find("line 2: a quoted field is never closed"), std::string::npos) << s.message();
  s = TemplateLibrary::FromCsv("id,title,language,channels,visibility\n", &library);
  EXPECT_NE(s.message().find("'body' is missing"), std::string::npos) << s.message();
}

TEST(TemplateLibrary, MergeReportsWhatChanged) {
  TemplateLibrary current = Small();
  TemplateLibrary incoming;
  ASSERT_TRUE(TemplateLibrary::FromJson(R"({"schema":1,"templates":[
    {"id":"thanks-praise","title":"Grazie!","language":"it","channels":["x"],"visibility":["public"],"body":"Grazie {{first_name|}}"},
    {"id":"refund-request","title":"Richiesta di rimborso","language":"it","channels":["facebook","x"],"visibility":["public","private"],
     "intents":["complaint","question"],"triggers":["rimborso","rimborsare","soldi indietro","reso"],
     "body":"Ciao {{first_name|}}, ci dispiace. Scrivici in privato e avviamo il rimborso insieme."},
    {"id":"new-one","title":"Nuovo","language":"en","channels":["x"],"visibility":["public"],"body":"Hi"}]})",
                                        &incoming)
                  .ok());
  MergeReport report;
  current.Merge(incoming, &report);
  EXPECT_EQ(report.added, std::vector<std::string>{"new-one"});
  EXPECT_EQ(report.updated, std::vector<std::string>{"thanks-praise"});
  EXPECT_EQ(report.unchanged, std::vector<std::string>{"refund-request"});
  EXPECT_EQ(current.templates().size(), 7u);
  EXPECT_EQ(current.Find("thanks-praise")->title, "Grazie!");
}

}  // namespace
}  // namespace pronto

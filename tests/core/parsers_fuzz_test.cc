// Copyright 2026 The Pronto Authors.
//
// Randomised robustness test of every parser that takes user input: template
// libraries (JSON and CSV), template bodies, team reply rules (RE2 patterns
// included), policies, events, zone tables and the analysis protocol. Any byte
// sequence must be handled: a Status or a result, never a crash or a hang.
// Inputs are mutations of valid documents, so the parsers get deep before
// they fail. Run under the native-debug preset (ASan + UBSan) to catch memory
// errors too.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "mutator.h"
#include "pronto/analyze.h"
#include "pronto/event_import.h"
#include "pronto/events.h"
#include "pronto/placeholders.h"
#include "pronto/reply_checks.h"
#include "pronto/responsiveness.h"
#include "pronto/sla_policy.h"
#include "pronto/suggest.h"
#include "pronto/templates.h"
#include "pronto/text.h"
#include "pronto/zone_offsets.h"

namespace pronto {
namespace {

using testing_util::Mutator;

// Tokens that matter to the parsers: JSON and CSV syntax, placeholders, RE2
// syntax, broken UTF-8.
const std::vector<std::string> kParserTokens = {
    "{",    "}",    "[",     "]",    "\"",           ",",      ":",
    "{{",   "}}",   "|",     "\\",   "(?P<",         "(",      ")",
    "*",    "+",    "\xFF",  "\xC3", "\xE2\x80\x8D", "😍",      "\n",
    "\r\n", "null", "1e999", "-1",   "\"schema\":2", "(a+)+$", "",
    "%"};

const char kLibrary[] = R"j({"schema":1,"templates":[{"id":"a","title":"T","language":"it","channels":["x"],
  "visibility":["public"],"intents":["complaint"],"triggers":["ritardo","pacco fermo"],
  "patterns":["(?i)ordine\\s*(?P<order_id>[A-Z0-9-]{5,})"],"body":"Ciao {{first_name|}}, ordine {{order_id}}.",
  "variants":["Ciao {{first_name|tu}}"]
}]
})j";
const char kCsv[] =
    "id,title,language,channels,visibility,body,patterns\r\na,T,it,x;facebook,public,\"Ciao {{first_name|}}, "
    "\"\"ok\"\"\",(?i)n\\.?\\s*(?P<order_id>\\d+)\r\n";
const char kRules[] = R"j({"schema":1,"rules":[{"id":"r","phrases":["acme corp"],"severity":"stop",
  "message":{"en":"x","it":"y"}},{"id":"p","pattern":"(?i)ticket\\s*#?\\d+"}]})j";
const char kPolicy[] =
    R"j({"schema":1,"timeZone":"Europe/Rome","firstResponseMinutes":30,"hours":{"mon":[["09:00",
  "13:00"],["14:00","18:00"]]},"holidays":["2026-12-25"],"away":[{"from":"2026-08-10T00:00:00+02:00",
  "until":"2026-08-17T00:00:00+02:00"}]})j";
const char kEvents[] =
    R"j({"schema":1,"events":[{"channel":"x","thread":"t","kind":"customer","at":1772442000000},
  {"channel":"x","thread":"t","kind":"brand","at":"2026-03-02T09:04:00Z","agent":"g","automated":false}]})j";
const char kZone[] = R"j({"schema":1,"zone":"Europe/Rome","initialOffsetSeconds":3600,"transitions":[
  {"at":1774746000000,"offsetSeconds":7200}]})j";

TEST(ParsersFuzz, EveryMutationIsHandled) {
  Mutator m(20261122, kParserTokens);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  int rounds = 0;
  for (; rounds < 40000 && std::chrono::steady_clock::now() < deadline; ++rounds) {
    TemplateLibrary library;
    (void)TemplateLibrary::FromJson(m.Mutate(kLibrary), &library);
    (void)TemplateLibrary::FromCsv(m.Mutate(kCsv), &library);
    std::vector<BodyPart> parts;
    if (ParseBody(m.Mutate("Ciao {{first_name|tu}}, ordine {{order_id}}"), &parts).ok()) {
      (void)FillBody(parts, {{"first_name", "Anna"}}, "it");
    }
    ReplyRules rules;
    (void)ReplyRules::FromJson(m.Mutate(kRules), &rules);
    SlaPolicy policy;
    (void)ParsePolicyJson(m.Mutate(kPolicy), &policy);
    std::vector<Event> events;
    (void)ParseEventsJson(m.Mutate(kEvents), &events);
    ZoneOffsets zone;
    (void)ParseZoneOffsetsJson(m.Mutate(kZone), &zone);
    std::vector<Token> tokens;
    (void)Tokenize(m.Mutate("Ciao @anna 😍 https://x.it :-) #fail mario@x.it"), &tokens);
  }
  EXPECT_GE(rounds, 500) << "too slow to fuzz meaningfully";
}

TEST(ParsersFuzz, SuggestionsForAnyMessageAreValidJson) {
  // The default libraries, whose patterns extract values from the message:
  // whatever the message bytes, the suggestions must be JSON that parses.
  for (const char* file : {"it.json", "en.json"}) {
    std::ifstream in(std::string(PRONTO_ASSETS_DIR) + "/templates/" + file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    TemplateLibrary library;
    ASSERT_TRUE(TemplateLibrary::FromJson(bytes.str(), &library).ok()) << file;
    Suggester suggester(library);
    Mutator m(11, kParserTokens);
    for (int i = 0; i < 2000; ++i) {
      SuggestRequest request;
      request.message =
          m.Mutate("Ciao, il mio ordine n. 12345 è in ritardo, rimborso? order #A1B2C3 late refund");
      request.values["first_name"] = m.Mutate("Anna");
      request.language = i % 2 ? "it" : "en";
      const std::string json = SuggestionsToJson(suggester.Suggest(request));
      ASSERT_FALSE(nlohmann::json::parse(json, nullptr, false).is_discarded()) << json;
      if (i % 50 == 0) suggester.RecordChoice("delivery-delay", request.message);
    }
    // The saved choices come back from storage: any mutation of them is
    // loaded whole or refused whole, and what is saved stays valid JSON.
    const std::string usage = suggester.UsageToJson();
    ASSERT_FALSE(nlohmann::json::parse(usage, nullptr, false).is_discarded()) << usage;
    Suggester restored(library);
    for (int i = 0; i < 2000; ++i) {
      (void)restored.UsageFromJson(m.Mutate(usage));  // all or nothing: either way, still consistent
      const std::string again = restored.UsageToJson();
      ASSERT_FALSE(nlohmann::json::parse(again, nullptr, false).is_discarded()) << again;
    }
  }
}

TEST(ParsersFuzz, ImportedEventsOfAnyBytesGiveValidJson) {
  // Exports from the platforms (CSV, the TWCS layout, JSON Lines) with any
  // bytes in their ids and names: what is imported must still come out of
  // the tracker as JSON that parses.
  const char* const kFiles[] = {"twcs_mini.csv", "events_map.csv", "events.jsonl"};
  Mutator m(5, kParserTokens);
  int tracked = 0;
  for (int i = 0; i < 3000; ++i) {
    std::ifstream in(std::string(PRONTO_TESTDATA_DIR) + "/" + kFiles[i % std::size(kFiles)],
                     std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    ImportOptions options;
    options.default_channel = "x";
    if (i % 3 == 1) {
      options.format = ImportFormat::kCsv;
      ASSERT_TRUE(ParseColumnMap("thread=conversation_id,kind=direction,at=sent_at,agent=who,channel=source",
                                 &options.column_map)
                      .ok());
    }
    ImportResult result;
    if (!ImportEvents(m.Mutate(bytes.str()), options, &result).ok()) continue;
    const std::string events = EventsToJson(result.events);
    ASSERT_FALSE(nlohmann::json::parse(events, nullptr, false).is_discarded()) << events;
    ResponsivenessTracker tracker;
    size_t added = 0;
    if (!tracker.AddEventsJson(events, &added).ok()) continue;
    ++tracked;
    for (const std::string& json : {tracker.TimersJson(1772500000000), tracker.MetricsJson("{}"),
                                    tracker.BadgeJson(R"({"lang":"it"})")}) {
      ASSERT_FALSE(nlohmann::json::parse(json, nullptr, false).is_discarded()) << json;
    }
  }
  EXPECT_GE(tracked, 1000) << "mutations should leave most files importable";
}

TEST(ParsersFuzz, AnalyzeProtocolLinesNeverCrash) {
  // No lexicon: every line must still get an answer line (an error).
  Analyzer analyzer;
  Mutator m(7, kParserTokens);
  for (int i = 0; i < 3000; ++i) {
    const std::string line = m.Mutate(
        R"j({"id":1,"text":"Ciao!! 😍","role":"reply","message":"x","templates":["a"],"channel":"x"})j");
    const std::string out = analyzer.AnalyzeJsonLine(line, AnalyzeOptions(), i + 1);
    if (!out.empty()) {
      ASSERT_EQ(out.front(), '{') << line;
    }
  }
}

}  // namespace
}  // namespace pronto

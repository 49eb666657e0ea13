// Copyright 2026 The Pronto Authors.
//
// Randomised robustness test of the tone engine with the real lexicon loaded:
// customer analysis, draft analysis and the full reply check (team rules with
// phrases and RE2 patterns, templates, recent replies, a name) on mutations of
// realistic messages and drafts, invalid UTF-8 included. Every input must get
// a Status or a result that keeps its invariants: spans inside the draft,
// scores in range, JSON that parses. Run under the native-debug preset (ASan +
// UBSan) to catch memory errors too.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "mutator.h"
#include "pronto/analyze.h"
#include "pronto/reply_checks.h"
#include "pronto/text.h"
#include "tone_test_util.h"

namespace pronto {
namespace {

// Tokens the tone engine treats specially, and broken UTF-8.
const std::vector<std::string> kTextTokens = {"!!!",
                                              "???",
                                              "...",
                                              " non ",
                                              " not ",
                                              " ma ",
                                              " but ",
                                              "sooo",
                                              "GRAZIE",
                                              "😍",
                                              "🙄",
                                              "❤️",
                                              "👍🏽",
                                              "\xE2\x80\x8D",
                                              "’",
                                              ":-)",
                                              "<3",
                                              "@anna",
                                              "#fail",
                                              "http://x.it/a",
                                              "https://x.it",
                                              "4111 1111 1111 1111",
                                              "IT60X0542811101000000123456",
                                              "RSSMRA85T10A562S",
                                              "+39 347 123 4567",
                                              "mario@example.com",
                                              "\xFF",
                                              "\xC3",
                                              "\xED\xA0\x80",
                                              "\n",
                                              "\t",
                                              "{{",
                                              "}}",
                                              "‹",
                                              "›",
                                              "come già detto",
                                              "che palle",
                                              "%",
                                              ""};

const char* const kMessages[] = {
    "Ciao @BrandIT_help, il mio ordine n. 12345 è in ritardo da 3 settimane!!!",
    "Hi, where's my parcel?? It's been 2 weeks... #fail",
    "Grazie mille ragazzi, servizio top 👏👏 #grazie",
    "Love the new app 😍😍 but the login keeps failing on iOS 17.2",
    "❤️",
};
const char* const kDrafts[] = {
    "Ciao Marta, ci dispiace davvero per il ritardo del tuo ordine. Ti scrivo in privato il nuovo tracking. "
    "Grazie per la pazienza, Giulia",
    "Hi Tom, thanks for flagging this and sorry for the trouble with the login. A fix ships this week. Luca",
    "Gentile cliente, come già detto avresti dovuto leggere le FAQ!!! Carta 4111 1111 1111 1111",
    "YOU ARE WRONG, read http://example.com/faq 🙄",
};
const char kRules[] = R"j({"schema":1,"rules":[{"id":"competitor","phrases":["acme corp","acme*"],
  "severity":"stop","message":{"en":"x","it":"y"}},{"id":"ticket","pattern":"(?i)ticket\\s*#?\\d+"},
  {"id":"empty-match","pattern":"a*"}]})j";

// The draft's length in UTF-16 code units, or -1 when it is not valid UTF-8.
long Utf16Length(const std::string& text) {
  std::vector<Token> tokens;
  if (!Tokenize(text, &tokens).ok()) return -1;
  return static_cast<long>(Utf16OffsetOf(text, text.size()));
}

TEST(ToneFuzz, EveryTextGetsAResultOrAnError) {
  Analyzer& analyzer = testing_util::SharedAnalyzer();
  ReplyRules rules;
  ASSERT_TRUE(ReplyRules::FromJson(kRules, &rules).ok());
  testing_util::Mutator m(20261122, kTextTokens);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  int rounds = 0, checked = 0;
  for (; rounds < 20000 && std::chrono::steady_clock::now() < deadline; ++rounds) {
    const std::string message = m.Mutate(kMessages[m.Next() % std::size(kMessages)]);
    const std::string draft = m.Mutate(kDrafts[m.Next() % std::size(kDrafts)]);

    AnalyzeOptions options;
    Analysis analysis;
    if (analyzer.Analyze(message, options, &analysis).ok()) {
      ASSERT_TRUE(std::isfinite(analysis.sentiment.score)) << message;
      ASSERT_LE(std::fabs(analysis.sentiment.score), 1.0f) << message;
      ASSERT_GE(analysis.priority, 0) << message;
      ASSERT_LE(analysis.priority, 100) << message;
    }

    ReplyContext context;
    context.customer_message = message;
    context.customer_name = m.Mutate(m.Next() % 2 ? "Marta" : "Marta  De Luca ");
    context.channel = m.Next() % 2 ? "x" : "facebook";
    context.visibility = m.Next() % 2 ? Visibility::kPublic : Visibility::kPrivate;
    if (m.Next() % 4 == 0) context.templates = {m.Mutate(kDrafts[0])};
    if (m.Next() % 4 == 0) context.recent_replies = {draft};
    if (m.Next() % 3 == 0 && analysis.language != Language::kOther) context.message_analysis = &analysis;
    ReplyCheck check;
    const Status s = CheckReply(&analyzer, rules, draft, context, &check);
    const long length = Utf16Length(draft);
    if (!s.ok()) {
      // Only bytes that are not UTF-8 are refused: in the draft, the message or the name.
      ASSERT_TRUE(length < 0 || Utf16Length(message) < 0 || !CheckUtf8(context.customer_name).ok())
          << s.message() << "\n"
          << draft;
      continue;
    }
    ++checked;
    ASSERT_GE(length, 0) << draft;
    for (const Finding& f : check.findings) {
      ASSERT_LE(f.utf16_begin, f.utf16_end) << f.rule << "\n" << draft;
      ASSERT_LE(f.utf16_end, static_cast<size_t>(length)) << f.rule << "\n" << draft;
    }
    ASSERT_TRUE(check.status == "ok" || check.status == "review" || check.status == "stop") << check.status;
    ASSERT_TRUE(std::isfinite(check.analysis.politeness));
    ASSERT_LE(std::fabs(check.analysis.politeness), 1.0f) << draft;
    const std::string json = ReplyCheckToJson(check, context);
    ASSERT_FALSE(nlohmann::json::parse(json, nullptr, false).is_discarded()) << json;
  }
  EXPECT_GE(rounds, 1000) << "too slow to fuzz meaningfully";
  EXPECT_GE(checked, rounds / 4) << "mutations should leave most texts valid";
}

}  // namespace
}  // namespace pronto

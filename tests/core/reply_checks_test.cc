// Copyright 2026 The Pronto Authors.
#include "pronto/reply_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

namespace pronto {
namespace {

class ReplyChecksTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::ifstream in(PRONTO_LEXICON_ASSET, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    analyzer_ = new Analyzer();
    ASSERT_TRUE(analyzer_->LoadLexicon(buffer.str()).ok());
  }
  static void TearDownTestSuite() { delete analyzer_; }

  ReplyCheck Check(const std::string& draft, const ReplyContext& context = ReplyContext(),
                   const ReplyRules& rules = ReplyRules()) {
    ReplyCheck check;
    const Status s = CheckReply(analyzer_, rules, draft, context, &check);
    EXPECT_TRUE(s.ok()) << s.message();
    return check;
  }

  // "rule@start-end" for each finding.
  static std::vector<std::string> Rules(const ReplyCheck& check) {
    std::vector<std::string> out;
    for (const Finding& f : check.findings) out.push_back(f.rule);
    return out;
  }
  static bool Has(const ReplyCheck& check, const std::string& rule) {
    for (const Finding& f : check.findings) {
      if (f.rule == rule) return true;
    }
    return false;
  }
  // Whether any of `rules` is among the findings.
  static bool HasAny(const ReplyCheck& check, std::initializer_list<const char*> rules) {
    return std::any_of(rules.begin(), rules.end(), [&](const char* rule) { return Has(check, rule); });
  }
  // The context of a reply to `message` from the customer `name`.
  static ReplyContext To(const char* name, const char* message) {
    ReplyContext context;
    context.customer_name = name;
    context.customer_message = message;
    return context;
  }
  // A draft, checked with no context, and the rule it must raise.
  struct Named {
    const char* draft;
    const char* rule;
  };
  void ExpectNamed(std::initializer_list<Named> cases) {
    for (const Named& c : cases) EXPECT_TRUE(Has(Check(c.draft), c.rule)) << c.draft;
  }
  static std::string SpanText(const std::string& draft, const Finding& f) {
    // Drafts in these tests are ASCII or BMP-only, so UTF-16 offsets map to code points.
    std::u16string u16;
    for (size_t i = 0; i < draft.size();) {
      const unsigned char b = draft[i];
      char32_t c = b;
      size_t n = 1;
      if (b >= 0xE0) {
        c = ((b & 0x0F) << 12) | ((draft[i + 1] & 0x3F) << 6) | (draft[i + 2] & 0x3F), n = 3;
      } else if (b >= 0xC0) {
        c = ((b & 0x1F) << 6) | (draft[i + 1] & 0x3F), n = 2;
      }
      u16.push_back(static_cast<char16_t>(c));
      i += n;
    }
    std::string out;
    for (char16_t c : u16.substr(f.utf16_begin, f.utf16_end - f.utf16_begin)) {
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      } else {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
    }
    return out;
  }

  // The words of each `rule` finding of `check` (of `draft`), in draft order.
  static std::vector<std::string> Spans(const std::string& draft, const ReplyCheck& check,
                                        const std::string& rule) {
    std::vector<std::string> out;
    for (const Finding& f : check.findings) {
      if (f.rule == rule) out.push_back(SpanText(draft, f));
    }
    return out;
  }

  static Analyzer* analyzer_;
};
Analyzer* ReplyChecksTest::analyzer_ = nullptr;

TEST_F(ReplyChecksTest, AGoodReplyPasses) {
  ReplyContext context;
  context.customer_message = "Il mio ordine 12345 è in ritardo di una settimana, nessuno risponde!";
  context.customer_name = "Anna";
  const ReplyCheck check = Check(
      "Ciao Anna, ci dispiace per il ritardo dell'ordine 12345. Ho sentito ora il corriere: arriva domani. "
      "Ti scrivo in privato il tracking.",
      context);
  EXPECT_TRUE(check.findings.empty()) << FindingsToJson(check.findings);
  EXPECT_EQ(check.status, "ok");
}

// A follow-up in a conversation the brand has already written in owes no
// new greeting, name or personal detail; every other check still applies.
TEST_F(ReplyChecksTest, AFollowUpOwesNoNewGreetingNameOrPersonalDetail) {
  ReplyContext context;
  context.customer_message = "ok, and when will it get here? still annoyed tbh";
  context.customer_name = "Luca";
  const std::string draft = "Sure thing: tomorrow before noon.";
  const std::vector<std::string> first_reply = Rules(Check(draft, context));
  for (const char* rule : {"missing_greeting", "missing_name", "no_personal_element"}) {
    EXPECT_NE(std::find(first_reply.begin(), first_reply.end(), rule), first_reply.end()) << rule;
  }
  context.follow_up = true;
  EXPECT_TRUE(Check(draft, context).findings.empty()) << FindingsToJson(Check(draft, context).findings);

  // Still a copy of a reply sent to someone else, still an apology owed to a
  // complaint, still no insults.
  context.recent_replies = {"Sure thing: tomorrow before noon."};
  EXPECT_EQ(Rules(Check(draft, context)), std::vector<std::string>{"repeated_reply"});
  context.recent_replies.clear();
  context.customer_message = "It's still broken, this is a disgrace!";
  EXPECT_EQ(Rules(Check("Send us a photo and we'll swap it, idiot.", context)),
            (std::vector<std::string>{"missing_apology", "answering_in_kind"}));
}

TEST_F(ReplyChecksTest, GreetingNameApologyAndThanks) {
  ReplyContext complaint;
  complaint.customer_message = "Il pacco è arrivato rotto, vergogna!";
  complaint.customer_name = "Luca";
  ReplyCheck check = Check("Mandaci una foto del pacco e lo sostituiamo.", complaint);
  EXPECT_TRUE(Has(check, "missing_greeting"));
  EXPECT_TRUE(Has(check, "missing_name"));
  EXPECT_TRUE(Has(check, "missing_apology"));
  EXPECT_EQ(check.status, "review");
  // The greeting to write is in the reply's language, with the customer's name.
  for (const Finding& f : check.findings) {
    if (f.rule == "missing_greeting") {
      EXPECT_EQ(f.suggestion_en, "Open with a greeting: \"Ciao Luca,\".");
      EXPECT_EQ(f.suggestion_it, "Apri con un saluto: \"Ciao Luca,\".");
    }
    if (f.rule == "missing_name") {
      EXPECT_EQ(f.suggestion_en, "Use their name: \"Ciao Luca,\".");
    }
  }
  // A full name counts by its first name, and is greeted by it.
  ReplyContext full_name;
  full_name.customer_message = "my refund is late";
  full_name.customer_name = "Mario Rossi";
  EXPECT_FALSE(Has(Check("Hi Mario, so sorry! The refund left today.", full_name), "missing_name"));
  for (const Finding& f : Check("So sorry! The refund left today.", full_name).findings) {
    if (f.rule == "missing_name") {
      EXPECT_EQ(f.suggestion_en, "Use their name: \"Hi Mario,\".");
    }
  }
  EXPECT_TRUE(Has(Check("So sorry! The refund left today.", full_name), "missing_name"));
  for (const Finding& f : Check("Sure, the refund left today.").findings) {
    if (f.rule == "missing_greeting") {
      EXPECT_EQ(f.suggestion_it, "Apri con un saluto: \"Hi Anna,\".");
    }
  }

  // The usual Italian brand apology and a bare "Morning" count.
  check = Check("Ciao Luca, ci scusiamo per il pacco rotto: mandaci una foto e lo sostituiamo.", complaint);
  EXPECT_FALSE(Has(check, "missing_apology"));
  EXPECT_FALSE(Has(Check("Ciao Luca, ci spiace tanto! Mandaci una foto e lo sostituiamo.", complaint),
                   "missing_apology"));
  EXPECT_FALSE(Has(Check("Morning George, the refund left today."), "missing_greeting"));
  // Seasonal openings greet too.
  EXPECT_FALSE(Has(Check("Happy Thanksgiving George, the refund left today."), "missing_greeting"));
  EXPECT_FALSE(Has(Check("Buone feste Luca! Il rimborso è partito oggi."), "missing_greeting"));

  ReplyContext praise;
  praise.customer_message = "Great service, thank you so much for the quick help!";
  check = Check("Hi there, glad it worked out for you.", praise);
  EXPECT_TRUE(Has(check, "missing_thanks"));
  EXPECT_FALSE(Has(check, "missing_greeting"));
  check = Check("Hi there, thanks a lot for the kind words!", praise);
  EXPECT_FALSE(Has(check, "missing_thanks"));
  // Words that merely start like "thank" are not thanks.
  EXPECT_TRUE(Has(Check("Hi there, thankfully it worked out.", praise), "missing_thanks"));
  EXPECT_FALSE(Has(Check("Hi there, we are so thankful for your words!", praise), "missing_thanks"));
  // Answering thanks opens and thanks: "You're welcome", "Prego".
  check = Check("You're welcome Emma, glad we could help!", praise);
  EXPECT_FALSE(Has(check, "missing_thanks"));
  EXPECT_FALSE(Has(check, "missing_greeting"));
  EXPECT_FALSE(Has(Check("You're very welcome Ben! Happy to help anytime", praise), "missing_greeting"));
  EXPECT_FALSE(Has(Check("Non c'è di che Marta, alla prossima!"), "missing_greeting"));
  for (const char* draft :
       {"Anytime, Emma! 😊", "No worries Emma, have a great day!", "Ci mancherebbe Emma!"}) {
    check = Check(draft, praise);
    EXPECT_FALSE(Has(check, "missing_thanks")) << draft;
    EXPECT_FALSE(Has(check, "missing_greeting")) << draft;
  }
  // A warm interjection opens too.
  EXPECT_FALSE(Has(Check("Aww, you made our day Emma! Thank you 💙", praise), "missing_greeting"));
  // Thanks without the customer's name, when it is known, open nothing; a
  // greeting without it is a missing name only.
  praise.customer_name = "Emma";
  EXPECT_TRUE(Has(Check("Thank you so much, we're thrilled you love the coat!", praise), "missing_greeting"));
  EXPECT_FALSE(
      Has(Check("Thank you so much Emma, we're thrilled you love the coat!", praise), "missing_greeting"));
  EXPECT_FALSE(Has(Check("Hi there, thank you so much!", praise), "missing_greeting"));
  // "Pop in any time" thanks no one.
  EXPECT_TRUE(Has(Check("Hi Emma, great news! Pop in any time.", praise), "missing_thanks"));
  EXPECT_FALSE(Has(Check("Hi Emma! Anytime 😊", praise), "missing_thanks"));
  praise.customer_name.clear();
  ReplyContext grazie;
  grazie.customer_message = "Grazie mille per il rimborso velocissimo, gentilissimi!";
  check = Check("Prego Marta, è stato un piacere!", grazie);
  EXPECT_FALSE(Has(check, "missing_thanks"));
  EXPECT_FALSE(Has(check, "missing_apology"));
  EXPECT_FALSE(Has(check, "missing_greeting"));
}

TEST_F(ReplyChecksTest, AGivenMessageAnalysisIsUsedAndGivesTheSameCheck) {
  ReplyContext context;
  context.customer_message = "Il pacco è arrivato rotto, vergogna!";
  context.customer_name = "Luca";
  const std::string draft = "Ciao Luca, mandaci una foto del pacco e lo sostituiamo.";
  const ReplyCheck fresh = Check(draft, context);
  AnalyzeOptions options;
  options.role = Role::kCustomer;
  Analysis analysis;
  ASSERT_TRUE(analyzer_->Analyze(context.customer_message, options, &analysis).ok());
  context.message_analysis = &analysis;
  const ReplyCheck reused = Check(draft, context);
  EXPECT_EQ(FindingsToJson(reused.findings), FindingsToJson(fresh.findings));
  EXPECT_TRUE(Has(reused, "missing_apology"));

  // It is taken as given, not recomputed: a praise's analysis asks for thanks.
  ASSERT_TRUE(analyzer_->Analyze("Grazie mille, servizio fantastico!", options, &analysis).ok());
  const ReplyCheck given = Check(draft, context);
  EXPECT_FALSE(Has(given, "missing_apology"));
  EXPECT_TRUE(Has(given, "missing_thanks"));
}

TEST_F(ReplyChecksTest, BlamingAndLecturingWithSpans) {
  const std::string draft = "Ciao Marco, come già detto avresti dovuto leggere le FAQ.";
  EXPECT_EQ(Spans(draft, Check(draft), "blaming"),
            (std::vector<std::string>{"come già detto", "avresti dovuto"}));
  EXPECT_TRUE(Has(Check("Hi Jo, as I said, you should have read the FAQ."), "blaming"));
  // A listed term inside a longer one is not a second finding.
  const std::string nested = "Ciao Tom, come ti ho già detto arriva lunedì.";
  EXPECT_EQ(Spans(nested, Check(nested), "blaming"), std::vector<std::string>{"come ti ho già detto"});
  const std::string policy = "Hi Tom, as per our policy, refunds take 5 days.";
  EXPECT_EQ(Spans(policy, Check(policy), "robotic"), std::vector<std::string>{"as per our policy"});
  // Lecturing, deflecting, contradicting and talking down count too.
  for (const char* draft :
       {"Ciao Anna, leggi le FAQ prima di scrivere.", "Hi Tom, calm down, it is not our fault.",
        "Ciao Anna, non è colpa nostra, è colpa del corriere.", "Ciao Anna, calmati.",
        "Hi Tom, that is not true, it shipped on time.", "Hi Tom, stop whining."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  EXPECT_FALSE(Has(Check("Hi Tom, it's our fault and we are fixing it today."), "blaming"));
  // The mistake is the customer's; "ho sbagliato" is the agent owning one,
  // and a wrong size is no blame.
  for (const char* draft :
       {"Ciao Fabio, hai sbagliato tu a scriverlo, riprova.",
        "Ciao Fabio, hai sbagliato a inserire il codice.", "Hi Fabio, you typed it wrong, try again.",
        "Hi Fabio, that's user error, not a bug."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  EXPECT_FALSE(Has(Check("Ciao Fabio, ho sbagliato io, scusa: il codice è SCONTO10."), "blaming"));
  EXPECT_FALSE(Has(Check("Ciao Fabio, se hai sbagliato taglia il cambio è gratuito."), "blaming"));
  EXPECT_FALSE(Has(Check("Ciao Anna, ti rispondo prima di scrivere al corriere."), "blaming"));

  // "We told you so", deflecting, talking down and showing the door, each with
  // the words that caused it.
  const std::pair<const char*, const char*> told[] = {
      {"As mentioned in our previous reply, delivery takes 3 weeks.", "As mentioned in our previous"},
      {"Hi Sam, did you even check the tracking link?", "did you even"},
      {"Hi Sam, there is nothing we can do, contact the courier.", "nothing we can do"},
      {"Hi Kim, maybe if you were more polite we could help you.", "if you were more polite"},
      {"Hi Kim, it's your problem, not ours.", "it's your problem"},
      {"Go shop somewhere else then.", "shop somewhere else"},
      {"Come specificato nelle condizioni, la consegna richiede 3 settimane.", "Come specificato"},
      {"Ciao Sara, c'è scritto chiaramente che è in consegna.", "è scritto chiaramente"},
      {"Ciao Sara, purtroppo non possiamo fare nulla.", "non possiamo fare nulla"},
      {"Ciao Sara, abbia pazienza, non è l'unica cliente.", "abbia pazienza"},
      {"Ciao Sara, abbia pazienza, non è l'unica cliente.", "non è l'unica cliente"},
      {"Ciao Roberto, se fossi più educato ti risponderemmo prima.", "se fossi più educato"},
      {"Se non ti va bene puoi comprare altrove.", "comprare altrove"},
      {"Ciao Marco, il danno non dipende da noi.", "non dipende da noi"},
      {"Ciao Roberto, è un problema tuo, non nostro.", "problema tuo, non nostro"},
      {"Hi Jess, delays happen. Next time, please check before travelling.", "delays happen"},
      {"Hi Jess, delays happen. Next time, please check before travelling.", "Next time, please"},
      {"Ciao Luca, sono cose che capitano.", "sono cose che capitano"},
      {"Ciao Luca, la prossima volta controlla l'indirizzo.", "la prossima volta controlla"},
      {"Sam, please read our returns policy on the website.", "please read our"},
      {"Hi Sam, damages are the courier's responsibility. You need to contact them.",
       "courier's responsibility"},
      {"Hi Sam, damages are the courier's responsibility. You need to contact them.",
       "You need to contact them"},
      {"Hi Sam, our staff are always polite. Are you sure?", "Are you sure"},
      {"Ciao Sara, deve contattare il corriere.", "deve contattare il corriere"},
      {"Ciao Marco, hai controllato bene? A noi risulta consegnato.", "hai controllato bene"},
      {"Ciao Marco, dai, non è la fine del mondo.", "non è la fine del mondo"},
      {"Hi Marco, we've told you three times already.", "we've told you"},
      {"Ciao Marco, ti abbiamo già detto che arriva domani.", "ti abbiamo già detto"},
      {"Hi Jo, as we already explained, this is a pre-authorisation.", "as we already explained"},
      {"Hi Jo, like I told you, it ships on Monday.", "like I told you"},
      {"Hi Jo, for the last time: it ships on Monday.", "for the last time"},
      {"Ciao Jo, come ti ho già scritto, è una preautorizzazione.", "come ti ho già scritto"},
      {"Ciao Jo, come abbiamo già spiegato, arriva lunedì.", "come abbiamo già spiegato"},
      {"Ciao Jo, te lo ripeto: arriva lunedì.", "te lo ripeto"},
      {"Marco, risulta consegnato. Controlla meglio, magari l'ha ritirato un vicino.", "Controlla meglio"},
      {"Ciao Marco, modera i toni o saremo costretti a bloccarti.", "saremo costretti a bloccarti"},
      {"Hi Jo, keep it civil or we will block you.", "we will block you"},
      {"Hi Sam, once a package is marked delivered we are not liable.", "we are not liable"},
      // Eighteenth round: out of our control, asking to be understood.
      {"Hi Maria, cancellations are due to weather and out of our control.", "out of our control"},
      {"Ciao Maria, lo sciopero è fuori dal nostro controllo.", "fuori dal nostro controllo"},
      {"Hi Dan, Friday nights are busy, please be understanding.", "be understanding"},
      {"Ciao Dan, il venerdì sera è pieno, cerca di capire.", "cerca di capire"},
      {"Gentile signora Bianchi, Le chiediamo di leggere il manuale d'uso prima di contattarci.",
       "leggere il manuale"},
      {"Gentile signora Bianchi, Le chiediamo di leggere il manuale d'uso prima di contattarci.",
       "prima di contattarci"},
      {"Hi Ann, please read the manual before contacting us.", "read the manual"},
      {"Ciao Davide, sicuro che non sia caduta la linea?", "sicuro che non"},
  };
  for (const auto& [text, words] : told) {
    const std::string draft(text);
    const std::vector<std::string> found = Spans(draft, Check(draft), "blaming");
    EXPECT_NE(std::find(found.begin(), found.end(), words), found.end()) << draft;
  }
  // Their words in a kind reply are not blame.
  for (const char* kind :
       {"Hi Tom, we have solved your problem: the refund left today.", "Hi Tom, thanks for being patient!",
        "Ciao Anna, non è l'unica opzione: puoi anche ritirarlo in negozio.",
        "Ciao Anna, il tuo problema è risolto, grazie per la pazienza.",
        "Ciao Anna, non è un problema tuo: c'è un guasto da parte nostra.",
        "Hi Jess, sorry! We will make sure it goes better next time.", "Ciao Luca, alla prossima volta!",
        "Hi Sam, we have contacted the courier and will update you today.",
        "Hi Sam, sorry! If it happens again, let us know.",
        "Hi Sam, if you need to contact us, we're here 24/7.",
        "Ciao Marco, ci scusiamo! Stai tranquillo: il rimborso è già partito.",
        "Hi Marco, so sorry! We've told the courier to prioritise it.",
        "Ciao Jo, ci scusiamo per l'ennesima volta per il ritardo.",
        "Ciao Jo, l'abbiamo tracciato per l'ultima volta ieri sera: è a Milano."}) {
    EXPECT_FALSE(Has(Check(kind), "blaming")) << kind;
  }
}

TEST_F(ReplyChecksTest, AnsweringInKindStops) {
  const ReplyCheck check = Check("Hi, you are an idiot.");
  ASSERT_TRUE(Has(check, "answering_in_kind"));
  EXPECT_EQ(check.status, "stop");
  EXPECT_EQ(Check("Ciao, sei proprio un coglione.").status, "stop");
  // A multi-word term is one finding over its words; its words alone are not.
  const std::string draft = "Ciao Anna, che palle, ancora con questa storia?";
  EXPECT_EQ(Spans(draft, Check(draft), "answering_in_kind"), std::vector<std::string>{"che palle"});
  EXPECT_FALSE(Has(Check("Ciao Anna, le palle di Natale rosse sono in offerta."), "answering_in_kind"));
}

TEST_F(ReplyChecksTest, MoreGreetingsAndTheNameInAMention) {
  ReplyContext anna;
  anna.customer_name = "Anna";
  anna.customer_message = "il mio ordine è in ritardo";
  for (const char* draft :
       {"Carissima Anna, ci dispiace per il ritardo.", "Ehi Anna, ci dispiace per il ritardo!",
        "Hiya Anna, sorry about the delay!", "Howdy Anna, sorry about the delay!",
        "Bentornata Anna! Ci dispiace per il ritardo.", "Welcome back Anna, sorry about the delay!"}) {
    EXPECT_FALSE(Has(Check(draft, anna), "missing_greeting")) << draft;
  }
  // On X the reply often greets the handle: it names her when it starts with
  // her name. A formal reply names her by title and surname.
  for (const char* draft :
       {"Ciao @anna_r, ci dispiace per il ritardo.", "Hi @AnnaRossi, sorry about the delay.",
        "Ciao @anna88, ci dispiace per il ritardo.", "Gentile Sig.ra Bianchi, ci scusiamo per il ritardo.",
        "Gentile Dott.ssa Bianchi, ci scusiamo.", "Dear Mrs. Bianchi, sorry about the delay."}) {
    const ReplyCheck check = Check(draft, anna);
    EXPECT_FALSE(Has(check, "missing_name")) << draft;
    EXPECT_FALSE(Has(check, "no_personal_element")) << draft;
  }
  for (const char* draft : {"Ciao @annamaria, ci dispiace per il ritardo.", "Ciao @marco_anna, ci dispiace.",
                            "Dear Sir or Madam, sorry about the delay.", "Gentile signora, ci scusiamo."}) {
    EXPECT_TRUE(Has(Check(draft, anna), "missing_name")) << draft;
  }
  // A hashtag is a topic: both name checks read it so.
  const ReplyCheck hashtag = Check("Ciao, #Anna è il nome della nostra nuova borsa.", anna);
  EXPECT_TRUE(Has(hashtag, "missing_name"));
  EXPECT_TRUE(Has(hashtag, "no_personal_element"));
}

TEST_F(ReplyChecksTest, ACapitalisedWordInASentenceMayBeAPlace) {
  // "Troia" is a town in Apulia: a warning the agent can leave, not a stop.
  const std::string draft = "Ciao Anna, il nostro negozio di Troia è aperto fino alle 20.";
  const ReplyCheck place = Check(draft);
  EXPECT_NE(place.status, "stop");
  EXPECT_EQ(Spans(draft, place, "answering_in_kind"), std::vector<std::string>{"Troia"});
  // In lower case or in capitals it is the insult.
  EXPECT_EQ(Check("Ciao Anna, sei una troia.").status, "stop");
  EXPECT_EQ(Check("Ciao Anna, sei una TROIA.").status, "stop");
}

TEST_F(ReplyChecksTest, AWordCutOffBeforeALinkIsNotAnInsult) {
  // A shared post cut by the network: "ass…" was "assist".
  EXPECT_FALSE(
      Has(Check("Hi Anna, sorry for the wait as we ass\xE2\x80\xA6 https://t.co/x1"), "answering_in_kind"));
  EXPECT_EQ(Check("Hi Anna, you are an ass\xE2\x80\xA6").status, "stop");
}

TEST_F(ReplyChecksTest, OrdinaryWordsWithACrudeSecondSenseAreNoInsult) {
  // Shops, pharmacies and sign-offs (eighteenth round): each was a stop.
  for (const char* draft :
       {"Ciao Anna, il pesce fresco arriva il venerdì.",
        "Ciao Anna, per montare il mobile servono due persone.",
        "Ciao Anna, le cozze e le fave sono in offerta.", "Ciao Anna, i piselli surgelati sono al reparto 4.",
        "Ciao Anna, il nuovo gusto al fico è disponibile.", "Ciao Anna, il pecorino stagionato è tornato.",
        "Ciao Anna, il tecnico controlla il tetto domani.", "Ciao Anna, il casco è in taglia M.",
        "Ciao Anna, se la batteria muore dopo un'ora, la sostituiamo.",
        "Ciao Anna, trovi gli zoccoli da giardino nella sezione calzature.",
        "Hi Anna, thanks so much for your lovely message! Sarah xx",
        "Hi Anna, our team is a bit tied up today, but I'll chase this tomorrow.",
        "Hi Anna, the spare nipples for the baby bottle are in the feeding range.",
        "Hi Anna, please speak to your pharmacist about viagra.",
        // Terms the team lists with toxicity 0: a florist, a garden centre, a breeder.
        "Hi Anna, our pussy willow branches are back in stock this week.",
        "Hi Anna, blue tits love our seed feeder.",
        "Ciao Anna, la nostra cagna ha appena avuto sei cuccioli!"}) {
    EXPECT_FALSE(Has(Check(draft), "answering_in_kind")) << draft;
  }
  // The insults of the same lists still are.
  for (const char* draft : {"Ciao Anna, sei una zoccola.", "Hi Anna, you are a bitch.",
                            "Ciao Anna, sei una cagna.", "Hi Anna, don't be a pussy."}) {
    EXPECT_TRUE(Has(Check(draft), "answering_in_kind")) << draft;
  }
}

TEST_F(ReplyChecksTest, TheCustomersNameIsNotAnInsult) {
  ReplyContext dick;
  dick.customer_name = "Dick";
  const ReplyCheck greeted = Check("Hi Dick, sorry for the delay: your order ships today.", dick);
  EXPECT_FALSE(Has(greeted, "answering_in_kind"));
  EXPECT_FALSE(Has(greeted, "missing_name"));
  EXPECT_NE(greeted.status, "stop");
  // Only the name, written as a name: the word in lower case is still one.
  const std::string draft = "Dick, you are a dick.";
  EXPECT_EQ(Spans(draft, Check(draft, dick), "answering_in_kind"), std::vector<std::string>{"dick"});
  // Without that customer, the same greeting is answered in kind.
  ReplyContext tom;
  tom.customer_name = "Tom";
  EXPECT_TRUE(Has(Check("Hi Dick, sorry for the delay: your order ships today.", tom), "answering_in_kind"));
  // A full name: each of its words, whole.
  ReplyContext full;
  full.customer_name = "Dick Smith";
  EXPECT_FALSE(
      Has(Check("Hi Dick, sorry for the delay: your order ships today.", full), "answering_in_kind"));
  full.customer_name = "Dickson Smith";
  EXPECT_TRUE(Has(Check("Hi Dick, sorry for the delay: your order ships today.", full), "answering_in_kind"));
}

TEST_F(ReplyChecksTest, TheWordAtTheCaretIsNotCheckedUntilItIsFinished) {
  ReplyContext context;
  context.customer_name = "Tom";
  // "assist", "title", "cumulative" pass through words the lists flag.
  for (const std::string draft : {"Hi Tom, sorry about that, we will ass", "Hi Tom, the tit",
                                  "Hi Tom, our cum", "Ciao Tom, ti mando una fica"}) {
    ASSERT_EQ(Check(draft, context).status, "stop") << draft;  // a finished draft: it stops
    ReplyContext typing = context;
    typing.caret = draft.size();  // ASCII drafts: bytes are UTF-16 units
    const ReplyCheck check = Check(draft, typing);
    EXPECT_FALSE(Has(check, "answering_in_kind")) << draft;
    EXPECT_NE(check.status, "stop") << draft;
    EXPECT_EQ(check.deferred, 1u) << draft;
  }
  // The caret inside the word holds it too; once the agent moves on, it counts.
  const std::string draft = "Hi Tom, you ass, we fixed it.";
  ReplyContext typing = context;
  typing.caret = draft.find("ass") + 2;
  EXPECT_FALSE(Has(Check(draft, typing), "answering_in_kind"));
  for (const size_t caret : {draft.find("ass") + 4, draft.size(), size_t{0}, draft.find("ass")}) {
    typing.caret = caret;
    EXPECT_TRUE(Has(Check(draft, typing), "answering_in_kind")) << caret;
  }
  // Findings that only start in an earlier word are not held back: the
  // missing greeting while the third word is typed, the card before its last group.
  typing.caret = std::string("Thanks for rea").size();
  const ReplyCheck third = Check("Thanks for rea", typing);
  EXPECT_TRUE(Has(third, "missing_name"));
  EXPECT_EQ(third.deferred, 0u);
  const std::string card = "Hi Tom, pay with 4111 1111 1111 1111";
  typing.caret = card.size();
  const ReplyCheck paying = Check(card, typing);
  EXPECT_EQ(paying.status, "stop");
  EXPECT_EQ(paying.deferred, 0u);
  // The first word alone: nothing to say yet ("Hell" on the way to "Hello").
  typing.caret = 4;
  const ReplyCheck first = Check("Hell", typing);
  EXPECT_TRUE(first.findings.empty()) << Rules(first).front();
  EXPECT_GT(first.deferred, 0u);
}

TEST_F(ReplyChecksTest, CrudeWordsAreAWarningAndEmpathyIsNone) {
  const ReplyCheck crude = Check("Hi Tom, oh no, that sucks! Sorry, we'll fix it today.");
  ASSERT_TRUE(Has(crude, "answering_in_kind"));
  EXPECT_EQ(crude.status, "review");
  for (const char* kind :
       {"Hi Tom, we hate to hear that! Sorry, we'll fix it today.", "Ciao Anna, ci piace da morire, grazie!",
        "Ciao Anna, mannaggia, che sfortuna! Ti mandiamo subito un nuovo pacco."}) {
    EXPECT_FALSE(Has(Check(kind), "answering_in_kind")) << kind;
  }
}

TEST_F(ReplyChecksTest, SarcasmOnlyOnClearMarkers) {
  EXPECT_TRUE(Has(Check("Ciao Anna, certo come no, arriverà 🙄"), "sarcasm"));
  EXPECT_TRUE(Has(Check("Hi Jo, yeah right."), "sarcasm"));
  EXPECT_TRUE(Has(Check("Wow, what a genius. Have a nice day!"), "sarcasm"));
  EXPECT_TRUE(Has(Check("Ciao Dan, che genio."), "sarcasm"));
  EXPECT_FALSE(Has(Check("Ciao Anna, che bello leggerti, grazie."), "sarcasm"));
  for (const char* draft :
       {"Hi Tom, wow, what a surprise, another complaint from you.",
        "Hi Tom, oh sure, because everything is our fault, right?", "Hi Tom, sure, whatever you say.",
        "Ciao Anna, eh già, tutta colpa nostra, vero?", "Ciao Anna, sì certo, e io sono Babbo Natale."}) {
    EXPECT_TRUE(Has(Check(draft), "sarcasm")) << draft;
  }
  EXPECT_FALSE(Has(Check("Hi Tom, sorry, this one is our fault: the refund left today."), "sarcasm"));
  EXPECT_FALSE(Has(Check("Ciao Anna, sì certo, ti mandiamo subito il reso!"), "sarcasm"));
}

TEST_F(ReplyChecksTest, ShoutingAndExclamations) {
  std::string draft = "Ciao Anna, NON È POSSIBILE!!!";
  ReplyCheck check = Check(draft);
  EXPECT_TRUE(Has(check, "exclamations"));
  // A shouted run is one finding, across the words and marks between.
  EXPECT_EQ(Spans(draft, check, "shouting"), std::vector<std::string>{"NON È POSSIBILE"});
  draft = "CIAO, COME GIÀ DETTO LEGGI LE FAQ";
  EXPECT_EQ(Spans(draft, Check(draft), "shouting"), std::vector<std::string>{"CIAO, COME GIÀ DETTO LEGGI"});
  draft = "Hi Tom, we will NOT refund it, NOT now.";
  EXPECT_EQ(Spans(draft, Check(draft), "shouting"), (std::vector<std::string>{"NOT", "NOT"}));
  draft = "Ciao Anna, NON è POSSIBILE";
  EXPECT_EQ(Spans(draft, Check(draft), "shouting"), (std::vector<std::string>{"NON", "POSSIBILE"}));
  // Acronyms are not shouting.
  check = Check("Ciao Anna, scrivici in DM con il tuo IBAN oscurato, trovi tutto nelle FAQ.");
  EXPECT_FALSE(Has(check, "shouting"));
  // Nor are short names no word list knows; short words are.
  EXPECT_FALSE(Has(Check("Hi Tom, UPS has a service that delivers to a UPS Store near you."), "shouting"));
  EXPECT_FALSE(Has(Check("Hi Tom, your KLM flight is on time; HMRC letters come by post."), "shouting"));
  EXPECT_TRUE(Has(Check("Ciao Anna, NON si può, MAI."), "shouting"));
  // One shouted word is enough, accented capitals and "NO" included; other
  // two-letter capitals are abbreviations.
  draft = "Ciao Anna, il rimborso è GIÀ partito ieri.";
  EXPECT_EQ(Spans(draft, Check(draft), "shouting"), std::vector<std::string>{"GIÀ"});
  EXPECT_TRUE(Has(Check("Hi Tom, children MUST be with an adult at all times."), "shouting"));
  EXPECT_TRUE(Has(Check("Hi Tom, there is NO service on Sunday."), "shouting"));
  EXPECT_FALSE(Has(Check("Hi Tom, the match is on UK TV tonight, EU roaming applies."), "shouting"));
  // Nor are codes, which are written in capitals.
  EXPECT_FALSE(Has(Check("Hi Tom, your parcel left today, tracking 1Z999AA10123456784."), "shouting"));
  EXPECT_FALSE(Has(Check("Ciao Anna, il codice sconto è WELCOME2026, vale fino a domenica."), "shouting"));
  // A product code of short parts; a hyphenated word shouted is still shouting.
  EXPECT_FALSE(Has(Check("Hi Tom, the SKU you ordered (JKT-BLU-M) ships today."), "shouting"));
  EXPECT_TRUE(Has(Check("Hi Tom, this is a NON-NEGOTIABLE policy."), "shouting"));
}

TEST_F(ReplyChecksTest, TooLongForXMarksTheOverflow) {
  ReplyContext x;
  x.channel = "x";
  std::string draft = "Hi Jo, ";
  while (draft.size() < 300) draft += "we are looking into it. ";
  const ReplyCheck check = Check(draft, x);
  ASSERT_TRUE(Has(check, "too_long"));
  for (const Finding& f : check.findings) {
    if (f.rule == "too_long") {
      EXPECT_EQ(f.utf16_begin, 280u);
      EXPECT_EQ(f.utf16_end, draft.size());
    }
  }
  EXPECT_GT(check.weighted_length, 280);
  // A URL counts 23 whatever its length; an emoji counts 2.
  const ReplyCheck short_one =
      Check("Hi Jo 😊 https://help.example.com/a/very/long/path/that/goes/on/and/on/and/on/forever", x);
  EXPECT_EQ(short_one.weighted_length, 6 + 2 + 1 + 23);
}

TEST_F(ReplyChecksTest, AskingForPrivateDataInPublic) {
  // The customer's answer would be public too.
  const std::string en =
      "Hi Kev, sorry for the wait. Please send us your full name, address and date of birth.";
  EXPECT_EQ(Spans(en, Check(en), "asks_for_private_data"),
            std::vector<std::string>{"send us your full name"});
  for (const char* draft : {"Ciao Kev, qual è il tuo indirizzo email?", "Hi Kev, what's your email address?",
                            "Hi Kev, can you confirm your date of birth?",
                            "Ciao Kev, ci mandi il tuo numero di telefono così ti richiamiamo?"}) {
    EXPECT_TRUE(Has(Check(draft), "asks_for_private_data")) << draft;
  }
  // Two asks reaching the same data are one finding.
  const std::string it = "Ciao Paolo, ci scrivi qui sotto la tua data di nascita?";
  EXPECT_EQ(Spans(it, Check(it), "asks_for_private_data").size(), 1u);
  // Not when the reply moves to a private channel, not a warning, not an
  // address of ours, and not in a private message.
  for (const char* draft :
       {"Hi Kev, please send us your phone number in a DM.",
        "Ciao Kev, mandaci in privato il tuo numero di telefono.",
        "Hi Kev, never share your password with anyone.", "Ciao Kev, non condividere mai il codice fiscale.",
        "Hi Kev, send us an email at help@example.com.",
        "Hi Kev, tell us your order number and we'll check."}) {
    EXPECT_FALSE(Has(Check(draft), "asks_for_private_data")) << draft;
  }
  ReplyContext in_private;
  in_private.visibility = Visibility::kPrivate;
  EXPECT_FALSE(Has(Check("Hi Kev, what's your email address?", in_private), "asks_for_private_data"));
}

// Sorry for how it seemed or felt is a non-apology, in any wording: an
// apology, then a word of perception in the same clause. Sorry, then a
// separate clause about the situation, is an apology.
// Rude back without a swear word is answering in kind; a wink at a
// complaining customer is irony; a labelled tax code is data even mistyped.
// An ask reaches data in its own sentence only.
// A stock apology in a reply about the case is a tip; beside other stock
// phrases it is robotic. Advice and schedules are not promises; what the
// customer should have had is no lesson.
TEST_F(ReplyChecksTest, StockApologiesSchedulesAndWhatTheCustomerShouldHaveHad) {
  const auto robotic_severity = [&](const char* draft) {
    for (const Finding& f : Check(draft).findings) {
      if (f.rule == "robotic") return f.severity;
    }
    return Severity::kInfo;
  };
  EXPECT_TRUE(
      Has(Check("Ciao Teresa, ci scusiamo per il disagio: i tecnici sono già sulla rete."), "robotic"));
  EXPECT_EQ(robotic_severity("Ciao Teresa, ci scusiamo per il disagio: i tecnici sono già sulla rete."),
            Severity::kInfo);
  EXPECT_EQ(robotic_severity(
                "Gentile cliente, ci scusiamo per il disagio. La tua soddisfazione è la nostra priorità."),
            Severity::kWarning);
  EXPECT_EQ(Check("Hi Tom, sorry for the inconvenience: the engineer comes at 9 tomorrow.").status, "ok");

  EXPECT_FALSE(Has(Check("Ciao Pietro, rispondiamo sempre, anche sabato e domenica, dalle 9 alle 21."),
                   "unverifiable_promise"));
  EXPECT_FALSE(Has(Check("Hi Nathan, it's always worth doing it early."), "unverifiable_promise"));
  EXPECT_TRUE(Has(Check("Ciao Pietro, rispondiamo sempre. Dalle 9 alle 21 anche il telefono."),
                  "unverifiable_promise"));

  EXPECT_FALSE(Has(Check("Hi Victor, I'm sorry, that's what you should have had. DM us."), "blaming"));
  EXPECT_FALSE(Has(Check("Ciao Vittoria, scusaci: avresti dovuto riceverlo ieri."), "blaming"));
  EXPECT_TRUE(Has(Check("Hi Victor, you should have read the booking terms."), "blaming"));
}

// The customer's bank details stop a public reply; the brand's, given for a
// transfer, do not.
TEST_F(ReplyChecksTest, BankDetailsAreTheCustomersUnlessTheBrandGivesThem) {
  EXPECT_TRUE(
      Has(Check("Hi Kelly, the refund went to your account ending 5521, sort code 20-44-91, on Tuesday."),
          "sensitive_data_public"));
  EXPECT_FALSE(Has(Check("Hi Kelly, you can pay by transfer to our bank details: sort code 20-44-91."),
                   "sensitive_data_public"));
}

// The number a reply tells the customer to call or book on is the brand's;
// the number the brand will call is the customer's.
TEST_F(ReplyChecksTest, NumbersToCallAreTheBrandsNumbersToBeCalledAreNot) {
  for (const char* draft :
       {"Ciao Massimo, scusaci! Chiama il numero di emergenza 02 8845 1120, attivo 24 ore su 24.",
        "Salve Ornella, può prenotarlo chiamando il centro di corso Vittorio allo 055 276 4410.",
        "Hi Bill, our hearing tests are free. You can book on 020 7946 0314 or just drop in."}) {
    EXPECT_FALSE(Has(Check(draft), "sensitive_data_public")) << draft;
  }
  for (const char* draft : {"Ciao Massimo, il tecnico ti chiama al 347 123 4567 domani.",
                            "Hi Bill, we'll call you on 07700 900123 this afternoon.",
                            "Hi Bill, call your number 07700 900123 from another phone to test it."}) {
    EXPECT_TRUE(Has(Check(draft), "sensitive_data_public")) << draft;
  }
}

// "Always" after a copula or a modal describes or advises; an emoji-only
// complaint is asked about before it is apologised for.
TEST_F(ReplyChecksTest, DescriptiveAlwaysAndEmojiOnlyComplaints) {
  for (const char* draft : {"Hi Sophie, dogs are always welcome at ceremonies.",
                            "Buongiorno Annamaria, suo marito è stato caparbio e sempre puntuale.",
                            "Hi Karen, that's something we should always do."}) {
    EXPECT_FALSE(Has(Check(draft), "unverifiable_promise")) << draft;
  }
  EXPECT_TRUE(Has(Check("Ciao Anna, il corriere consegna sempre in 24 ore."), "unverifiable_promise"));
  // A capitalised word inside a sentence is a name, as the sentiment reads
  // names; a shouted one is not.
  EXPECT_FALSE(
      Has(Check("Hi Margaret, our panels qualify for the Smart Export Guarantee."), "unverifiable_promise"));
  EXPECT_TRUE(Has(Check("Hi Margaret, this is GUARANTEED to work."), "unverifiable_promise"));
  ReplyContext emoji;
  emoji.customer_message = "😡😡😡";
  EXPECT_FALSE(Has(Check("Ciao Tommaso, qualcosa non è andato? Raccontaci in DM cos'è successo.", emoji),
                   "missing_apology"));
}

TEST_F(ReplyChecksTest, AnAskEndsWithItsSentence) {
  EXPECT_FALSE(Has(Check("Ciao Simona, il tavolo è confermato. La tua email di conferma arriva tra poco."),
                   "asks_for_private_data"));
  EXPECT_TRUE(
      Has(Check("Ciao Simona, confermaci qui la tua email e il tavolo è tuo."), "asks_for_private_data"));
}

TEST_F(ReplyChecksTest, PutDownsWinksAndMistypedTaxCodes) {
  ReplyContext angry;
  angry.customer_message = "Fate schifo, la vostra pizza è immangiabile";
  for (const char* draft : {"Ciao Jacopo, nessuno ti obbliga a ordinarla.", "Hi Gaz, grow up.",
                            "Hi Gaz, take your custom elsewhere if you're that unhappy."}) {
    EXPECT_TRUE(Has(Check(draft, angry), "answering_in_kind")) << draft;
  }
  EXPECT_TRUE(
      Has(Check("Ciao Jacopo, la pizza perfetta non esiste 😉 Scrivici in privato.", angry), "sarcasm"));
  ReplyContext praise;
  praise.customer_message = "Pizza buonissima, grazie!";
  EXPECT_FALSE(Has(Check("Ciao Jacopo, grazie a te! Alla prossima 😉", praise), "sarcasm"));
  const ReplyCheck check = Check("Ciao Alice, dal codice fiscale RSSMRA80A01H501X risultano altre rate.");
  EXPECT_TRUE(Has(check, "sensitive_data_public"));
  // Data typed into the app is not posted in public.
  EXPECT_FALSE(
      Has(Check("Hey Zoe, pop your postcode in the app to see who delivers late."), "asks_for_private_data"));
  EXPECT_TRUE(
      Has(Check("Hey Zoe, pop your postcode in a reply below and we'll check."), "asks_for_private_data"));
}

// A card's last digits tie a public reply to one customer's account; in a
// private message they are how a card is named safely.
TEST_F(ReplyChecksTest, CardLastDigitsStayPrivate) {
  ReplyContext charged;
  charged.customer_message = "Mi avete addebitato due volte l'abbonamento!!";
  const ReplyCheck check = Check(
      "Ciao Anna, ci dispiace: vediamo il doppio addebito sulla carta che termina con 4821 e l'abbiamo "
      "già rimborsato.",
      charged);
  ASSERT_TRUE(Has(check, "sensitive_data_public"));
  const auto digits = std::find_if(check.findings.begin(), check.findings.end(),
                                   [](const Finding& f) { return f.rule == "sensitive_data_public"; });
  EXPECT_EQ(digits->message_en, "Sensitive data in a public reply: a card's last digits.");
  EXPECT_EQ(digits->utf16_end - digits->utf16_begin, 4u);
  ReplyContext in_private = charged;
  in_private.visibility = Visibility::kPrivate;
  const ReplyCheck private_check =
      Check("Ciao Anna, il rimborso è sulla carta che termina con 4821.", in_private);
  EXPECT_FALSE(Has(private_check, "sensitive_data_private"));
  EXPECT_FALSE(Has(private_check, "sensitive_data_public"));
}

// Health details are special-category data: a public reply does not say
// that someone has a prescription, a diagnosis or a treatment. A pharmacy's
// "la ricetta" alone, or a sentence that moves to a private channel, is fine.
TEST_F(ReplyChecksTest, HealthDetailsStayPrivate) {
  ReplyContext waiting;
  waiting.customer_name = "Anna";
  waiting.customer_message = "Aspetto la ricetta da 3 giorni, nessuno risponde";
  for (const char* draft :
       {"Ciao Anna, ci scusiamo per l'attesa: la tua ricetta è pronta, passa pure in farmacia.",
        "Hi Anna, sorry for the wait. Your insulin prescription is ready at our Via Roma branch.",
        "Buongiorno Anna, ci scusi: i suoi esami del sangue sono arrivati in laboratorio."}) {
    EXPECT_TRUE(Has(Check(draft, waiting), "sensitive_data_public")) << draft;
  }
  for (const char* draft :
       {"Ciao Anna, ci scusiamo: la ricetta elettronica a volte arriva in ritardo. Scrivici in privato.",
        "Ciao Anna, ci dispiace! Mandaci in privato il codice della tua ricetta e controlliamo."}) {
    EXPECT_FALSE(Has(Check(draft, waiting), "sensitive_data_public")) << draft;
  }
  // How the customer was treated in a shop is no medical treatment.
  EXPECT_FALSE(Has(Check("Hi Sam, we're so sorry about your treatment at our Leeds store. Please DM us."),
                   "sensitive_data_public"));
  ReplyContext in_private = waiting;
  in_private.visibility = Visibility::kPrivate;
  EXPECT_FALSE(
      Has(Check("Ciao Anna, ci scusiamo: la tua ricetta è pronta.", in_private), "sensitive_data_public"));
}

TEST_F(ReplyChecksTest, ApologiesForAPerceptionAreNonApologies) {
  ReplyContext angry;
  angry.customer_message = "Bolletta raddoppiata senza avviso, vergogna";
  for (const char* draft : {
           "Buongiorno Franco, siamo spiacenti che l'importo Le sia sembrato alto. Le scriviamo in privato.",
           "Ciao Franco, ci dispiace se hai avuto l'impressione di non essere ascoltato.",
           "Hi Owen, we're sorry the new tariff has upset you. DM us and we'll go through it.",
           "Hi Owen, sorry the room didn't meet your expectations.",
       }) {
    const ReplyCheck check = Check(draft, angry);
    EXPECT_TRUE(Has(check, "non_apology")) << draft;
    EXPECT_TRUE(Has(check, "missing_apology")) << draft;
  }
  for (const char* draft : {
           "Hi Owen, we're so sorry, that's really upsetting after a price rise. DM us the account number.",
           "Ciao Franco, ci scusiamo: l'aumento non ti è stato comunicato. Ti sembra giusto un rimborso?",
       }) {
    const ReplyCheck check = Check(draft, angry);
    EXPECT_FALSE(Has(check, "non_apology")) << draft;
    EXPECT_FALSE(Has(check, "missing_apology")) << draft;
  }
}

// Praise that comes with a problem, or ironic praise, is answered with an
// apology: thanks are then not asked for.
TEST_F(ReplyChecksTest, AnApologyAnswersPraiseMixedWithAProblem) {
  ReplyContext mixed;
  mixed.customer_message = "Servizio fantastico, grazie! Peccato solo per il ritardo del rider";
  EXPECT_FALSE(Has(Check("Ciao Roberto, ci scusiamo per il ritardo: ecco come chiedere il rimborso.", mixed),
                   "missing_thanks"));
  EXPECT_TRUE(Has(Check("Ciao Roberto, ecco come chiedere il rimborso.", mixed), "missing_thanks"));
  // A non-apology is no apology here either.
  EXPECT_TRUE(
      Has(Check("Ciao Roberto, ci dispiace che il ritardo ti sia sembrato lungo.", mixed), "missing_thanks"));
  // Ironic thanks are no praise at all.
  ReplyContext ironic;
  ironic.customer_message = "Grazie per il solito ritardo di 40 minuti, ormai è una tradizione";
  EXPECT_FALSE(
      Has(Check("Ciao Roberto, ecco come chiedere l'indennizzo per il ritardo.", ironic), "missing_thanks"));
}

TEST_F(ReplyChecksTest, PutDownsConditionalSorriesBlamePromisesAndAsksInTheComments) {
  // Put-downs dressed as answers, and a skull at the customer.
  for (const char* draft : {"Hi Tyler, says the person who never reads the manual.",
                            "Ciao Sofia, di sicuro non tu. Prova la camomilla, eh.", "Hi Beth, nice try 💀"}) {
    EXPECT_TRUE(Has(Check(draft), "sarcasm")) << draft;
  }
  ReplyContext angry;
  angry.customer_message = "la commessa mi ha trattata malissimo";
  for (const char* draft : {"Ciao Giada, ci dispiace che tu ti sia sentita così.",
                            "Gentile Monica, ci dispiace che Lei abbia percepito l'attesa come eccessiva.",
                            "Hi Naomi, sorry if you're disappointed, but most players love it."}) {
    EXPECT_TRUE(Has(Check(draft, angry), "non_apology")) << draft;
  }
  for (const char* draft : {"Ciao Massimo, la colpa è del corriere. Dovresti rivolgerti a loro.",
                            "Buongiorno Ettore, se avesse letto la conferma lo saprebbe."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  for (const char* draft : {"Buongiorno Franco, da domani non avrà più alcun problema, glielo assicuriamo.",
                            "Hello Pat, from tomorrow it will be perfect, we assure you."}) {
    EXPECT_TRUE(Has(Check(draft), "unverifiable_promise")) << draft;
  }
  EXPECT_FALSE(
      Has(Check("Gentile Laura, grazie! Fa sempre piacere leggere parole così."), "unverifiable_promise"));
  // Regrets about the customer's feelings, lessons about their own mistake,
  // jokes at their expense.
  EXPECT_TRUE(Has(Check("Hi Amy, we regret that you weren't satisfied with it.", angry), "non_apology"));
  EXPECT_TRUE(
      Has(Check("Hi Jade, double charges are almost always caused by tapping pay twice."), "blaming"));
  EXPECT_TRUE(Has(Check("Hi Nat, fees are shown at checkout, so it's worth double-checking."), "blaming"));
  EXPECT_TRUE(Has(Check("Ciao Claudio, il lato positivo è che ora puoi sederti 😉"), "sarcasm"));
  EXPECT_TRUE(Has(Check("Hi Wayne, pretty rich coming from you."), "sarcasm"));
  EXPECT_TRUE(
      Has(Check("Hi Owen, leave your mobile number and date of birth below."), "asks_for_private_data"));
  // Asking for data in the comments is asking in public.
  for (const char* draft : {"Hi Stan, could you reply below with your email address?",
                            "Hi Molly, please comment your full home address.",
                            "Ciao Eleonora, rispondi qui sotto con il tuo nome utente."}) {
    EXPECT_TRUE(Has(Check(draft), "asks_for_private_data")) << draft;
  }
}

// Wordings of the tenth round of probes, in drafts of the team's own.
TEST_F(ReplyChecksTest, ReadItYourselfConditionalSorriesGrinsAndCertainties) {
  ReplyContext angry;
  angry.customer_message = "Mi avete addebitato la penale per il cambio volo, assurdo";
  // Pointing at what the customer should have read.
  for (const char* draft :
       {"Ciao Ugo, ci dispiace. La penale è tra le condizioni che hai accettato e te lo avevamo scritto.",
        "Ciao Ugo, mi spiace. Come scritto nella mail di conferma, il cambio costa 30 euro.",
        "Ciao Ugo, la penale era comunque riportata nel riepilogo, bastava darci un'occhiata.",
        "Hi Ugo, sorry. The fare rules do say changes cost £30, so that's one to keep an eye on.",
        "Hi Ugo, sorry. It's printed right there on the booking, worth giving it a read."}) {
    EXPECT_TRUE(Has(Check(draft, angry), "blaming")) << draft;
  }
  // Conditional sorries and sorries for what others made of it.
  for (const char* draft : {"Ciao Ugo, ci spiace se la penale ti ha sorpreso.",
                            "Hi Ugo, apologies if the fee wasn't what you were hoping for.",
                            "Ciao Ugo, siamo dispiaciuti che qualcuno abbia frainteso le condizioni."}) {
    EXPECT_TRUE(Has(Check(draft, angry), "non_apology")) << draft;
  }
  // Put-downs with no swear word.
  for (const char* draft : {"Ciao Ugo, gli insulti puoi risparmiarteli. Scrivici in privato.",
                            "Ciao Ugo, se ti trovi meglio altrove, la porta è quella.",
                            "Hi Ugo, with comments like that, no wonder your bookings go wrong."}) {
    EXPECT_TRUE(Has(Check(draft, angry), "answering_in_kind")) << draft;
  }
  // A grin at a complaint is irony; at praise it is warmth.
  EXPECT_TRUE(
      Has(Check("Ciao Ugo, succede 😄 Scrivici in privato il numero di prenotazione.", angry), "sarcasm"));
  ReplyContext praise;
  praise.customer_message = "Volo puntualissimo e personale gentile, bravi!";
  EXPECT_FALSE(Has(Check("Ciao Ugo, grazie mille 😄 Lo diciamo all'equipaggio!", praise), "sarcasm"));
  // Certainty about what nobody here controls; "not always" is no promise.
  for (const char* draft : {"Ciao Ugo, ci scusiamo. Il rimborso sarà sicuramente sul conto domani.",
                            "Hi Ugo, sorry. We can assure you it's now impossible for this to happen.",
                            "Hi Ugo, sorry. The app will be fixed for every customer within the hour."}) {
    EXPECT_TRUE(Has(Check(draft, angry), "unverifiable_promise")) << draft;
  }
  EXPECT_FALSE(Has(
      Check("Ciao Ugo, ci scusiamo: non sempre le regole sono chiare, te le spieghiamo in privato.", angry),
      "unverifiable_promise"));
  // Stock phrases and asks in the comments.
  EXPECT_TRUE(Has(Check("Gentile utente, la ringraziamo per il suo feedback. Abbiamo preso nota della "
                        "segnalazione.",
                        angry),
                  "robotic"));
  EXPECT_TRUE(
      Has(Check("Ciao Ugo, ci dispiace. Rispondi pure a questo commento con il codice fiscale.", angry),
          "asks_for_private_data"));
}

// Wordings of the eleventh round of probes, in drafts of the team's own.
TEST_F(ReplyChecksTest, NegatedPromisesBrandContactsAndTalkingDown) {
  ReplyContext angry;
  angry.customer_message = "Bolletta da 500 euro per un monolocale, siete dei ladri";
  // A promise negated is none; negative concord ("non … mai più") stays one.
  EXPECT_FALSE(Has(Check("Hi Ella, thanks for asking. We can't guarantee the bakery is nut-free."),
                   "unverifiable_promise"));
  EXPECT_FALSE(Has(Check("Ciao Ella, grazie. Non possiamo garantire che il forno sia senza frutta secca."),
                   "unverifiable_promise"));
  EXPECT_TRUE(Has(Check("Ciao Ella, ci scusiamo. Non succederà mai più.", angry), "unverifiable_promise"));
  EXPECT_TRUE(
      Has(Check("Ciao Ella, ci scusiamo: il rimborso arriva venerdì, sicuro al cento per cento.", angry),
          "unverifiable_promise"));
  // The brand's numbers, mailboxes and ticket offices are not the customer's data.
  EXPECT_FALSE(
      Has(Check("Hello Maureen, book online or by ringing 01632 960 481."), "sensitive_data_public"));
  EXPECT_FALSE(
      Has(Check("Hi Jack, sorry. If it still fails, email exams@ashdown.ac.uk."), "sensitive_data_public"));
  EXPECT_FALSE(Has(Check("Ciao Matteo, la tessera si fa in biglietteria allo stadio, in viale dei Tigli 4."),
                   "sensitive_data_public"));
  // A date of birth in public is the customer's.
  EXPECT_TRUE(
      Has(Check("Hi Poppy, sorry. We checked your record, date of birth 14/03/2004, and it's matched."),
          "sensitive_data_public"));
  // Talking down, regretting the feelings, asking in the comments.
  for (const char* draft : {"Ciao Ella, con questo tono puoi anche rivolgerti a un altro operatore.",
                            "Hi Ella, if that's how you talk to people, have a look in the mirror.",
                            "Ciao Ella, certo, genio: il contatore lo leggiamo noi.",
                            "Hi Ella, calling us thieves won't fix it, so pack it in."}) {
    EXPECT_TRUE(Has(Check(draft, angry), "answering_in_kind")) << draft;
  }
  EXPECT_TRUE(Has(Check("Hi Ella, we regret any upset the bill has caused. DM us.", angry), "non_apology"));
  EXPECT_TRUE(
      Has(Check("Ciao Ella, ci scusiamo. Scrivici qui nei commenti il numero del conto corrente.", angry),
          "asks_for_private_data"));
}

// The message replied to is to the brand: praise naming the brand in the
// third person is praise all the same.
TEST_F(ReplyChecksTest, PraiseNamingTheBrandInTheThirdPersonWantsThanks) {
  ReplyContext praise;
  praise.customer_message = "Ferrylink sorted my booking change in two minutes, painless";
  EXPECT_TRUE(Has(Check("Hi Ana, great to hear it went smoothly! Safe travels.", praise), "missing_thanks"));
  EXPECT_FALSE(Has(Check("Hi Ana, thank you! Great to hear it went smoothly.", praise), "missing_thanks"));
  ReplyContext question;
  question.customer_message = "Do you take dogs on the morning crossing? Thanks!";
  EXPECT_FALSE(Has(Check("Hi Ana, yes: dogs travel free in the pet lounge.", question), "missing_thanks"));
}

// The brand's own contacts, which a reply tells the customer to use, are
// no sensitive data (the fourteenth round: good drafts with contacts).
TEST_F(ReplyChecksTest, ContactsTheReplyTellsTheCustomerToUseAreTheBrands) {
  ReplyContext context;
  context.customer_name = "Davide";
  for (const char* draft : {
           "Ciao Davide, non aprire il link e inoltralo a sicurezza@bancatirreno.it, grazie!",
           "Hi Davide, you can email your FOI request to foi@millbrook.gov.uk.",
           "Hi Davide, you can pay Harbourstone Bank plc, sort code 40-12-76, account number 31926819.",
           "Ciao Davide, puoi disdire con raccomandata a TeleVela S.p.A., Casella Postale 150, 20123 Milano.",
           "Hi Davide, mention it when you book on 0113 496 0274 and the chef will sort it.",
           "Ciao Davide, puoi chiamare direttamente la farmacia di Via Roma 22, 50123 Firenze, allo 055 234 "
           "5678.",
       }) {
    EXPECT_FALSE(Has(Check(draft, context), "sensitive_data_public")) << draft;
  }
  // Personal mailboxes, the customer's own data and the brand acting on it stay.
  for (const char* draft : {
           "Hi Davide, email us from davide.conti@gmail.com and we'll check.",
           "Hi Davide, please send the signed form to davide@conti-studio.it.",
           "Hi Davide, please email the form to m.rossi@acme-legal.it.",
           "Hi Davide, we'll call you on 07700 900123 tomorrow.",
           "Ciao Davide, il tuo numero di telefono è 347 123 4567.",
           "Ciao Davide, il bonifico di 89 euro è partito sull'IBAN IT60 X054 2811 1010 0000 0123 456.",
       }) {
    EXPECT_TRUE(Has(Check(draft, context), "sensitive_data_public")) << draft;
  }
  // What the brand never asks for is a warning, not an ask; a limit is no
  // promise; a name in capitals is no shouting.
  EXPECT_FALSE(Has(Check("Hi Davide, we will never ask you to move money or to share your PIN by phone."),
                   "asks_for_private_data"));
  EXPECT_FALSE(
      Has(Check("Hi Davide, we can only guarantee tickets bought in our app."), "unverifiable_promise"));
  EXPECT_FALSE(Has(Check("Hi Davide, the plan with VoltHub CARE covers accidental damage."), "shouting"));
  // A name after an abbreviation's dot is inside its sentence; one that
  // starts a sentence is no name, and its capitals are shouted.
  EXPECT_FALSE(
      Has(Check("Ciao Davide, da oggi con Acme S.p.A. Carta ORO hai il 2% di cashback."), "shouting"));
  EXPECT_TRUE(Has(Check("Ciao Davide, mi spiace. Carta ORO NON copre i prelievi."), "shouting"));
  EXPECT_TRUE(
      Has(Check("Hi Davide, the delay happened because you entered an incomplete postcode."), "blaming"));
}

TEST_F(ReplyChecksTest, AskingForACardNumberCvvPinOrPasswordStopsEvenInPrivate) {
  ReplyContext in_private;
  in_private.visibility = Visibility::kPrivate;
  for (const std::string draft : {"Ciao Anna, ci mandi il numero della carta completo così verifichiamo?",
                                  "Hi Anna, can you confirm your full card number and CVV so we can check?",
                                  "Hi Anna, please send us your password so we can log in.",
                                  "Ciao Anna, ci scrivi il pin della carta?"}) {
    const ReplyCheck check = Check(draft, in_private);
    ASSERT_TRUE(Has(check, "asks_for_private_data")) << draft;
    EXPECT_EQ(check.status, "stop") << draft;
  }
  // In public too, as one finding: the stop, not also the public-data warning.
  const std::string en = "Hi Anna, send us your card number please.";
  const ReplyCheck check = Check(en);
  EXPECT_EQ(Spans(en, check, "asks_for_private_data"), std::vector<std::string>{"send us your card number"});
  EXPECT_EQ(check.status, "stop");
  // The last 4 digits, a reset link, a warning never to share them: fine.
  for (const char* draft : {"Ciao Anna, mandaci le ultime 4 cifre della carta in privato.",
                            "Hi Anna, please DM us the last 4 digits of your card number.",
                            "Hi Anna, please never share your password or PIN with anyone, including us.",
                            "Hi Anna, reset your password here: https://example.com/reset",
                            "Hi Anna, can you share a pin of your exact location with the driver?"}) {
    EXPECT_FALSE(Has(Check(draft, in_private), "asks_for_private_data")) << draft;
  }
}

TEST_F(ReplyChecksTest, RoboticPromisesAndInsecureLinks) {
  ReplyCheck check = Check("Gentile cliente, ci scusiamo per il disagio. Non succederà mai più.");
  EXPECT_TRUE(Has(check, "robotic"));
  EXPECT_TRUE(Has(check, "unverifiable_promise"));
  const std::string never = "Hi Paula, sorry! We will never let this happen again.";
  EXPECT_EQ(Spans(never, Check(never), "unverifiable_promise"),
            std::vector<std::string>{"never let this happen"});
  check = Check("Hi Jo, see http://example.com/help for the steps.");
  EXPECT_TRUE(Has(check, "insecure_link"));
  EXPECT_FALSE(Has(Check("Hi Jo, see https://example.com/help for the steps."), "insecure_link"));
}

TEST_F(ReplyChecksTest, OneHundredPercentIsAPromiseAHundredEurosIsNot) {
  const std::string draft = "Hi Marco, it arrives tomorrow 100%.";
  EXPECT_EQ(Spans(draft, Check(draft), "unverifiable_promise"), std::vector<std::string>{"100%"});
  EXPECT_FALSE(Has(Check("Hi Marco, sorry! We refunded 100 euros today."), "unverifiable_promise"));
  EXPECT_FALSE(Has(Check("Ciao Marco, ti abbiamo rimborsato 100 € oggi."), "unverifiable_promise"));
}

TEST_F(ReplyChecksTest, ADeliveryPromisedForSureAndMissionStatements) {
  for (const char* draft : {"Hi Marco, sorry about that! It'll definitely be there by tomorrow.",
                            "Ciao Marco, scusaci! Arriverà sicuramente domani.",
                            "Ciao Marco, scusaci! Il pacco sicuramente arriva domani."}) {
    EXPECT_TRUE(Has(Check(draft), "unverifiable_promise")) << draft;
  }
  // The agent's own next step, promised with a time, is what a reply should say.
  for (const char* draft : {"Hi Marco, sorry! We will definitely look into it and update you by 5pm.",
                            "Ciao Marco, ci dispiace! Ti scriviamo sicuramente entro stasera."}) {
    EXPECT_FALSE(Has(Check(draft), "unverifiable_promise")) << draft;
  }
  for (const char* draft : {"Hi Marco, sorry! Your satisfaction is our top priority.",
                            "Ciao Marco, ci dispiace. La tua soddisfazione è la nostra priorità."}) {
    EXPECT_TRUE(Has(Check(draft), "robotic")) << draft;
  }
}

TEST_F(ReplyChecksTest, AvailabilityIsNotAPromise) {
  EXPECT_FALSE(
      Has(Check("Ciao Anna, grazie a te! Siamo sempre qui se ti serve qualcosa."), "unverifiable_promise"));
  EXPECT_FALSE(Has(Check("Hi Tom, thank you! We are always happy to help."), "unverifiable_promise"));
  EXPECT_FALSE(Has(Check("Ciao Anna, come sempre grazie per il messaggio."), "unverifiable_promise"));
  EXPECT_TRUE(Has(Check("Ciao Anna, il corriere consegna sempre in 24 ore."), "unverifiable_promise"));
  EXPECT_TRUE(
      Has(Check("Hi Tom, we are always on time, it will never happen again."), "unverifiable_promise"));
  // An option the customer has is not a promise either.
  EXPECT_FALSE(Has(Check("Hi Tom, sorry! You can always return it in store."), "unverifiable_promise"));
  EXPECT_FALSE(Has(Check("Ciao Anna, scusaci! Puoi sempre cambiarlo in negozio."), "unverifiable_promise"));
}

TEST_F(ReplyChecksTest, StockApologiesAreRoboticInBothLanguages) {
  // The English twins of "ci scusiamo per il disagio", and feedback boilerplate.
  for (const char* draft :
       {"Hi Tom, sorry for the inconvenience caused, the parcel arrives tomorrow.",
        "Hi Tom, we apologise for the inconvenience.", "Hi Tom, your feedback is important to us.",
        "Ciao Anna, il tuo feedback è importante per noi.", "Hi Tom, your business is important to us.",
        "Hi Tom, we are sorry to hear about your experience.",
        "Ciao Anna, ci dispiace per il disagio arrecato.", "Ciao Anna, ci scusiamo per il disservizio.",
        "Gentile Sig.ra Bianchi, con la presente le comunichiamo che il rimborso è partito.",
        "Hi Tom, we hereby confirm that the refund was issued.",
        "Ciao Sam, la tua segnalazione è importante per noi.",
        "Hi Sam, your satisfaction is our top priority.",
        "Ciao Paolo, ci scusiamo per l'eventuale disagio arrecato.",
        "Hi Jake, we are experiencing high volumes. Your patience is appreciated.",
        "Ciao Anna, ci scusiamo per gli inconvenienti.", "Ciao Anna, ci scusiamo per i disagi."}) {
    EXPECT_TRUE(Has(Check(draft), "robotic")) << draft;
  }
  EXPECT_FALSE(Has(Check("Hi Tom, sorry the parcel is late: it arrives tomorrow."), "robotic"));
  EXPECT_FALSE(Has(Check("Ciao Anna, ci dispiace per il disagio: il pacco arriva domani."), "robotic"));
}

TEST_F(ReplyChecksTest, PolicyTalkIsRobotic) {
  EXPECT_TRUE(Has(Check("Hi Tom, as per our policy, please refer to our terms and conditions."), "robotic"));
  EXPECT_TRUE(Has(Check("Ciao Anna, come da policy non possiamo rimborsare."), "robotic"));
  EXPECT_TRUE(Has(Check("Hi Tom, orders ship in 5-7 working days as per our terms."), "robotic"));
  EXPECT_TRUE(Has(Check("Hi Sam, per our policy we cannot refund stolen packages."), "robotic"));
  EXPECT_TRUE(Has(Check("Ciao Sam, secondo la nostra policy non rimborsiamo i pacchi rubati."), "robotic"));
  EXPECT_TRUE(Has(Check("Anna, le ricordiamo che i tempi di consegna sono indicati sul sito."), "robotic"));
  EXPECT_TRUE(
      Has(Check("Ciao Giulia, la sua segnalazione è stata inoltrata all'ufficio competente."), "robotic"));
  EXPECT_TRUE(Has(Check("Hi Tom, your complaint has been passed to the relevant department."), "robotic"));
}

TEST_F(ReplyChecksTest, WorksForUsIsBlame) {
  // Deflecting onto the customer's device, or onto someone else.
  for (const char* draft : {"Hi Sam, works fine on our end. Must be your phone.",
                            "Ciao Sara, da noi funziona, sarà il tuo telefono.",
                            "Ciao Anna, il corriere è lento, prenditela con loro.",
                            "Salve Marco, il ritardo è dovuto al corriere. Arriverà presto.",
                            "Hi Sam, that's the courier's fault, not ours."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  EXPECT_FALSE(Has(Check("Hi Sam, could you check the app version on your phone?"), "blaming"));
  EXPECT_FALSE(Has(Check("Ciao Marco, ho sentito il corriere: consegna domani entro le 13."), "blaming"));
  // Shrugging it off, nothing left to try, the others who did not complain.
  for (const char* draft :
       {"Hi Jake, packages sometimes get lost, it happens.",
        "Hi Jake, our records show it was delivered. There's nothing more we can do.",
        "Hi Ben, with all due respect, other passengers were fine.",
        "Hi Ben, nobody else has complained about this flight.",
        "Ciao Paolo, capita raramente, sei stato sfortunato.", "Ciao Paolo, non possiamo fare altro."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  EXPECT_FALSE(Has(Check("Hi Jo, if it happens again, DM us and we'll refund the shipping."), "blaming"));
  EXPECT_FALSE(Has(Check("Ciao Jo, se dovesse capitare di nuovo scrivici."), "blaming"));
  // A non-apology is sorry for the customer's feelings: a finding of its own,
  // and no apology.
  ReplyContext angry;
  angry.customer_message = "you guys are useless, my order never came";
  for (const char* draft :
       {"Hi Mark, I'm sorry you feel that way.", "Hi Mark, sorry if you were upset by this.",
        "Ciao Franco, ci dispiace che tu la pensi così.",
        "Ciao Franco, ci scusiamo se ti sei sentito offeso."}) {
    const ReplyCheck check = Check(draft, angry);
    EXPECT_TRUE(Has(check, "non_apology")) << draft;
    EXPECT_FALSE(Has(check, "blaming")) << draft;
    EXPECT_TRUE(Has(check, "missing_apology")) << draft;
  }
  EXPECT_FALSE(Has(Check("Hi Mark, I'm so sorry your order never came.", angry), "blaming"));
  // Pointing to the manual instead of answering.
  for (const char* draft : {"Hi Priya, you need to reset your password first, as explained in the FAQ.",
                            "Hi Sam, as per our FAQ, refunds take 5 days.",
                            "Ciao Sara, come spiegato nelle FAQ, il reso si fa dal sito.",
                            "Ciao Sara, come indicato sul sito, spediamo in 48 ore."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  // Showing the door, and the customer's manners made the problem.
  for (const char* draft :
       {"Ciao Pietro, nessuno ti obbliga a restare con noi.", "Hi Sam, nobody is forcing you to shop here.",
        "Hi Sam, your attitude is the joke here."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  // "Not up to us", "you're the only one", "it's all on the site", the
  // customer's old phone, and a lesson in manners.
  for (const char* draft :
       {"Ciao Giovanni, purtroppo i danni da trasporto non dipendono da noi.",
        "Ciao Giovanni, strano, a nessun altro è successo.", "Hi Jo, you're the only one with this problem.",
        "Ciao Jo, sei l'unica a lamentarti.", "Ciao Francesca, leggi il nostro sito, c'è scritto tutto.",
        "Hi Sam, your phone is probably too old.", "Hi Sam, no need to be rude.",
        "Ciao Sam, modera i toni per favore.", "Ciao Sam, non c'è bisogno di essere maleducati."}) {
    EXPECT_TRUE(Has(Check(draft), "blaming")) << draft;
  }
  for (const char* draft :
       {"Hi Jo, you're the only one who can pick it up: bring your ID.",
        "Ciao Jo, sei l'unico a poterlo ritirare: porta un documento.",
        "Ciao Jo, tranquillo, il telefono nuovo arriva domani.", "Ciao Jo, è tutto pronto per il ritiro."}) {
    EXPECT_FALSE(Has(Check(draft), "blaming")) << draft;
  }
}

TEST_F(ReplyChecksTest, OwningTheMistakeIsAnApologyDenyingItIsNot) {
  ReplyContext complaint;
  complaint.customer_message = "il mio pacco non arriva";
  complaint.customer_name = "Anna";
  for (const char* draft :
       {"Ciao Anna, hai ragione, abbiamo sbagliato noi: arriva domani.",
        "Ciao Anna, è colpa nostra: il pacco arriva domani.", "Hi Anna, that's on us: it arrives tomorrow.",
        "Hi Anna, our mistake: it arrives tomorrow.",
        "Ciao Anna, hai ragione, avremmo dovuto avvisarti per tempo. Ti scriviamo in privato.",
        "Hi Anna, you're right, we should have told you sooner. We've sent you a DM.",
        "Buonasera Anna, siamo mortificati per l'accaduto: il rimborso è già partito.",
        "Hey Anna, my bad, I'll chase the courier now.",
        "Hi Anna, we're gutted this happened. I'll chase the courier now.",
        "Ciao Anna, siamo davvero desolati. Sollecito subito il corriere."}) {
    EXPECT_FALSE(Has(Check(draft, complaint), "missing_apology")) << draft;
  }
  // Understanding is no apology, in either language.
  for (const char* draft :
       {"Hi Anna, that's really frustrating, I completely understand. I'll chase it now.",
        "Ciao Anna, che peccato, capiamo la frustrazione. Sollecito subito il corriere."}) {
    EXPECT_TRUE(Has(Check(draft, complaint), "missing_apology")) << draft;
  }
  // "Il mio pacco è perso" is a complaint: the apology is owed.
  ReplyContext lost;
  lost.customer_message = "Il mio pacco è perso";
  lost.customer_name = "Anna";
  EXPECT_TRUE(Has(Check("Ciao Anna, sollecito subito il corriere.", lost), "missing_apology"));
  // "We should have" alone expects: it owns nothing.
  EXPECT_TRUE(Has(Check("Hi Anna, we should have it in stock on Monday.", complaint), "missing_apology"));
  for (const char* draft : {"Ciao Anna, non è colpa nostra, il corriere è in ritardo.",
                            "Hi Anna, it's not our fault, the courier is late."}) {
    const ReplyCheck check = Check(draft, complaint);
    EXPECT_TRUE(Has(check, "missing_apology")) << draft;
    EXPECT_TRUE(Has(check, "blaming")) << draft;
  }
}

TEST_F(ReplyChecksTest, AQuestionAboutTheCaseWantsItsAnswer) {
  // "Any update on my refund?" chases a case: the answer is what it wants.
  ReplyContext status;
  status.customer_name = "Marco";
  for (const auto& [message, draft] : std::vector<std::pair<std::string, std::string>>{
           {"any update on my refund?",
            "Hi Marco, yes: your refund went out yesterday and should reach your account within 3 working "
            "days."},
           {"ci sono novità sul rimborso?",
            "Ciao Marco, sì: il rimborso è partito ieri e lo vedrai sul conto entro 3 giorni lavorativi."}}) {
    status.customer_message = message;
    EXPECT_FALSE(Has(Check(draft, status), "missing_apology")) << message;
  }
  // A question in a plainly negative message, or one the complaint leads, still owes one.
  for (const char* message : {"Perché non posso accedere al mio account da stamattina?",
                              "Bolletta di 400 euro per un bilocale?? Ma state scherzando?",
                              "Il mio bagaglio non è arrivato a Palermo, a chi mi rivolgo?"}) {
    status.customer_message = message;
    EXPECT_TRUE(Has(Check("Ciao Marco, ti scriviamo in privato.", status), "missing_apology")) << message;
  }
}

TEST_F(ReplyChecksTest, ThanksForAScamReportOwesNoApology) {
  // "Is this a scam?" reports someone else's fraud: thanking the customer for
  // it is the right answer (eighteenth round of reply probes).
  ReplyContext report;
  report.customer_name = "Sam";
  const std::vector<std::pair<std::string, std::string>> reports = {
      {"Is this a scam? I got a text asking for my PIN",
       "Hi Sam, thanks for flagging this. We never ask for your PIN by text: please delete it."},
      {"È una truffa? Mi è arrivato un sms che chiede il PIN",
       "Ciao Sam, grazie per la segnalazione! Non chiediamo mai il PIN via sms: cancellalo."},
      {"Mi è arrivata una mail a vostro nome: è PHISHING? È una truffa?",
       "Ciao Sam, grazie per averci avvisato: sì, cancellala."}};
  for (const auto& [message, draft] : reports) {
    report.customer_message = message;
    EXPECT_FALSE(Has(Check(draft, report), "missing_apology")) << message;
  }
  // Asking whether a text is a scam complains of nothing (every probe writer
  // labels it so): no apology is owed even without the thanks. With the
  // brand's part in it, it is a complaint, and wants the thanks or an apology.
  report.customer_message = "Is this a scam? I got a text asking for my PIN";
  EXPECT_FALSE(Has(Check("Hi Sam, we are looking into it.", report), "missing_apology"));
  report.customer_message = "Is this a scam? Your app keeps sending me texts asking for my PIN";
  EXPECT_TRUE(Has(Check("Hi Sam, we are looking into it.", report), "missing_apology"));
  // Scampi and truffles are no scams.
  report.customer_message = "The scampi were rotten and the truffle pasta arrived cold, is this normal?";
  EXPECT_TRUE(Has(Check("Hi Sam, thanks for your feedback.", report), "missing_apology"));
  // Being scammed, or calling the brand a scam, is no report to thank for.
  for (const char* message :
       {"I think I've been scammed, someone used my card", "Your company is a scam, you stole my money!"}) {
    report.customer_message = message;
    EXPECT_TRUE(Has(Check("Hi Sam, thanks for letting us know, we'll check your account.", report),
                    "missing_apology"))
        << message;
  }
}

TEST_F(ReplyChecksTest, ShruggingAtAComplaintIsIndifference) {
  ReplyContext complaint;
  complaint.customer_message = "il mio pacco non arriva";
  complaint.customer_name = "Anna";
  const std::string draft = "Ciao Anna, eh, capita \xF0\x9F\xA4\xB7\xE2\x80\x8D\xE2\x99\x80\xEF\xB8\x8F";
  EXPECT_EQ(Spans(draft, Check(draft, complaint), "blaming").size(), 1u);
  // After praise, a shrug is modesty.
  ReplyContext praise;
  praise.customer_message = "Grazie mille, siete fantastici!";
  praise.customer_name = "Anna";
  EXPECT_FALSE(Has(Check("Ciao Anna, grazie a te! Facciamo solo il nostro lavoro \xF0\x9F\xA4\xB7", praise),
                   "blaming"));
}

TEST_F(ReplyChecksTest, LaughingAtAComplaintIsMockery) {
  ReplyContext complaint;
  complaint.customer_message = "The app keeps crashing, I lost all my notes";
  for (const char* draft :
       {"Hi Sam, have you tried turning it off and on again? Lol", "Hi Sam, hahaha that happens, try again 😂",
        "Hi Sam, jajaja that happens", "Hi Sam, LMAO that happens"}) {
    EXPECT_TRUE(Has(Check(draft, complaint), "sarcasm")) << draft;
  }
  // Each laugh is its own finding, with its UTF-16 span (🤣 is two units).
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Finding& f : Check("Hi Sam, lol 🤣 try again", complaint).findings) {
    if (f.rule == "sarcasm") spans.emplace_back(f.utf16_begin, f.utf16_end);
  }
  EXPECT_EQ(spans, (std::vector<std::pair<size_t, size_t>>{{8, 11}, {12, 14}}));
  // After praise a laugh is friendly; and "grazie tante" is sincere thanks.
  ReplyContext praise;
  praise.customer_message = "Love the new app, so funny";
  EXPECT_FALSE(Has(Check("Haha thanks Jo, glad you love it! 😂", praise), "sarcasm"));
  EXPECT_FALSE(Has(Check("Ciao Anna, grazie tante per la pazienza! Il pacco parte oggi."), "sarcasm"));
}

// The brand's own numbers are no customer's data: a toll-free number
// anywhere, and a number the reply asks the customer to call, even after
// "our team" or "customer service".
TEST_F(ReplyChecksTest, FreephoneAndTeamNumbersAreTheBrands) {
  for (const char* draft :
       {"Hi Ann, sorry! Call our team on 0300 123 4567 and quote ref 88812.",
        "Hi Ann, sorry! Our customer service is on 020 7946 0018, open until 8.",
        "Hi Ann, sorry! The refund desk is 0800 123 4567.", "Hi Ann, sorry! Any questions: 1-800-555-0199.",
        "Ciao Ann, scusa! Il servizio clienti al 02 1234 5678 ti aiuta subito.",
        "Ciao Ann, scusa! Il numero 800 123 456 è gratuito.",
        "Ciao Ann, siamo aperti dal lunedì al sabato 9:00-19:30, tel. negozio 02 1234 5678.",
        "Hi Ann, sorry! The store phone is 020 7946 0018."}) {
    EXPECT_FALSE(Has(Check(draft), "sensitive_data_public")) << draft;
  }
  for (const char* draft : {"Hi Ann, I called you on 07700 900123 but got no answer.",
                            "Ciao Ann, ti ho chiamato al 333 123 4567 senza risposta."}) {
    EXPECT_TRUE(Has(Check(draft), "sensitive_data_public")) << draft;
  }
}

// A customer's street address is personal data in public; the brand's own
// shop, office or pickup point is not, unless the place is the customer's.
TEST_F(ReplyChecksTest, StreetAddressesAreTheCustomersUnlessAPlaceOfTheBrands) {
  for (const char* draft : {
           "Ciao Anna, il corriere passa domani in Via dei Tigli 14, 20135 Milano.",
           "Ciao Anna, il rider è sotto casa in via garibaldi 8, scendi?",
           "Ciao Anna, consegneremo al tuo ufficio in Corso Como 10.",
           "Hi Tom, your parcel is on its way to 45 King's Road, London SW3 4ND.",
           "Hi Tom, our courier left it at the door of 12 Elm Street.",
       }) {
    const ReplyCheck check = Check(draft);
    EXPECT_TRUE(Has(check, "sensitive_data_public")) << draft;
    for (const Finding& f : check.findings) {
      if (f.rule == "sensitive_data_public") {
        EXPECT_EQ(f.message_en, "Sensitive data in a public reply: a street address.") << draft;
        EXPECT_EQ(f.message_it, "Dati personali in una risposta pubblica: un indirizzo.") << draft;
      }
    }
  }
  for (const char* draft : {
           "Ciao Anna, ti aspettiamo nel nostro negozio in Via Roma 12, aperto fino alle 20.",
           "Ciao Anna, il punto vendita di Corso Buenos Aires 5 ha la tua taglia.",
           "Ciao Anna, il nostro indirizzo è Via Roma 12, 20121 Milano.",
           "Hi Tom, our flagship store at 30 Regent Street has it in stock.",
           "Hi Tom, send it back to our warehouse: Unit 4, 8 Mill Lane, Leeds LS6 1AA.",
           "Hi Tom, we answered via email 2 days ago; check your spam folder.",
       }) {
    EXPECT_FALSE(Has(Check(draft), "sensitive_data_public")) << draft;
  }
}

TEST_F(ReplyChecksTest, SensitiveDataInPublicStops) {
  ReplyContext context;
  context.visibility = Visibility::kPublic;
  const std::string draft = "Ciao Anna, la carta 4111 1111 1111 1111 risulta bloccata.";
  ReplyCheck check = Check(draft, context);
  ASSERT_TRUE(Has(check, "sensitive_data_public"));
  EXPECT_EQ(check.status, "stop");
  for (const Finding& f : check.findings) {
    if (f.rule == "sensitive_data_public") {
      EXPECT_EQ(SpanText(draft, f), "4111 1111 1111 1111");
    }
  }
  context.visibility = Visibility::kPrivate;
  check = Check("Ciao Anna, ti ho scritto a anna@example.com.", context);
  EXPECT_FALSE(Has(check, "sensitive_data_public"));

  // The brand's own contact details may be public; the customer's may not.
  context.visibility = Visibility::kPublic;
  for (const char* brand :
       {"Ciao Anna, scrivici a assistenza@brand.it e ti rispondiamo entro un giorno.",
        "Hi Tom, email customer.care@brand.com with the photos.", "Hi Tom, call us on +1 415 555 0100.",
        "Hi Tom, open 9am-6pm. Call +1 415 555 0100 if needed.",
        "Ciao Anna, chiamaci al numero 02 1234 5678.", "Ciao Anna, telefonaci allo 02 1234 5678.",
        "Hi Tom, LiveChat is open now, or contact 0333 103 1031 for a call back.",
        "Hi Tom, give us a call on 0800 123 4567.", "Hi Tom, please contact our helpline on 0800 123 4567.",
        "Ciao Luca, scrivici a rimborsi@brand.it o chiama il 02 1234 5678.",
        "Hi Tom, email us at tom.team@brand.com with the order number.",
        "Gentile Luca, ci scriva all'indirizzo m.rossi@brand.it oppure chiami il 02 1234 5678.",
        "Ciao Anna, il nostro numero WhatsApp è +39 347 123 4567.", "Hi Tom, our number is 0800 123 4567.",
        "Ciao Anna, puoi pagare con un bonifico al nostro IBAN IT60X0542811101000000123456.",
        "Hi Tom, our IBAN is GB82WEST12345698765432.",
        "Hi Amy, call our store on +44 20 7946 0958 if you'd like us to hold one.",
        "Ciao Amy, chiama il negozio al 02 1234 5678 e te la teniamo da parte.",
        // Order, ticket and tracking numbers shaped like a phone number.
        "Ciao Dan, l'ordine n. 3456789012 è partito oggi.", "Ciao Dan, il numero d'ordine è 3456789012.",
        "Hi Dan, your order number is 0212345678.", "Ciao Dan, pratica 3456789012 aperta.",
        "Hi Dan, ticket no. 0612345678 is with the courier.",
        // A Luhn-valid order number, the brand's VAT number, a device's IMEI.
        "Hi Dan, order no. 4111 1111 1111 1111 has shipped.", "Ciao Dan, la nostra P.IVA è 01234567890.",
        "Ciao Dan, l'IMEI 356938035643809 risulta sbloccato."}) {
    EXPECT_FALSE(Has(Check(brand, context), "sensitive_data_public")) << brand;
  }
  for (const char* customer :
       {"Ciao Anna, ti abbiamo scritto a anna.rossi@gmail.com.",
        "Hi Tom, we will call you on +1 415 555 0100.", "Hi Tom, your number 347 123 4567 is on file.",
        "Ciao Anna, ti chiamiamo al 347 123 4567.",
        "Ciao Anna, il tuo numero 02 1234 5678 è quello registrato.",
        "Hi Tom, your contact number 347 123 4567 is the one on file.",
        "Hi Tom, your phone 347 123 4567 is on the order.",
        "Hi Tom, we will write to you at tom.smith@gmail.com.",
        "Ciao Anna, il tecnico ti chiama al 347 123 4567.",
        "Ciao Anna, il tuo IBAN IT60X0542811101000000123456 è errato.",
        "Ciao Anna, le tue coordinate bancarie IT60X0542811101000000123456 non risultano.",
        "Hi Tom, your number is 347 123 4567.", "Hi Tom, we refunded GB82WEST12345698765432.",
        "Ciao Dan, per l'ordine il corriere ti chiama al 3456789012.",
        "Ciao Dan, ordine ok, il tuo numero di telefono è 3456789012.",
        "Hi Dan, order 1234 was refunded to card 4111 1111 1111 1111.",
        "Hi Dan, we called you on (212) 555-0100."}) {
    EXPECT_TRUE(Has(Check(customer, context), "sensitive_data_public")) << customer;
  }
}

// The eleventh session's reply rules: each draft is otherwise a good reply.
TEST_F(ReplyChecksTest, EleventhRoundPhrasings) {
  ReplyContext complaint;
  complaint.customer_name = "Rita";
  complaint.customer_message = "The lift in our building has been broken for a week and nobody came";
  const auto expect = [&](const std::string& draft, const std::string& rule, const ReplyContext& context) {
    const ReplyCheck check = Check(draft, context);
    EXPECT_TRUE(Has(check, rule)) << draft << "\n" << FindingsToJson(check.findings);
  };
  expect("Hi Rita, sorry about the lift. You'd have known about the works if you had read the notice. DM us.",
         "blaming", complaint);
  expect("Hi Rita, sorry about the lift. Tenants can't be expected to be told twice. DM us your flat number.",
         "blaming", complaint);
  expect("Ciao Rita, ci scusiamo qualora il guasto ti abbia creato disagio. Scrivici in privato.",
         "non_apology", complaint);
  expect("Hi Rita, sorry about the lift. Honestly, it's really not that hard to take the stairs. DM us.",
         "answering_in_kind", complaint);
  expect("Hi Rita, sorry about the lift. Think of it as a free workout! DM us your flat number.", "sarcasm",
         complaint);
  expect("Hi Rita, sorry about the lift. You'll get a FULL refund of the service charge for this month.",
         "shouting", complaint);
  expect(
      "Hi Rita, sorry about the lift. Your query is important to us. Please contact us through the usual "
      "channels.",
      "robotic", complaint);
  expect("Hi Rita, sorry about the lift. Rest assured no one will ever be stuck on the stairs again. DM us.",
         "unverifiable_promise", complaint);
  // The brand's number after its booking link is the brand's: the dots of
  // the link end no sentence.
  ReplyContext question;
  question.customer_name = "Ethan";
  question.customer_message = "Do you take bookings for Christmas Day?";
  const ReplyCheck booking = Check(
      "Hi Ethan, thanks for asking! You can book at https://www.example.co.uk/christmas or on 020 7946 0321.",
      question);
  EXPECT_FALSE(Has(booking, "sensitive_data_public")) << FindingsToJson(booking.findings);
  // A message whose only failure is told in the past is still a complaint.
  ReplyContext past;
  past.customer_name = "Leanne";
  past.customer_message = "The wifi in our room didn't work for the whole stay";
  expect("Dear Leanne, our IT team has replaced the router on your floor. DM us your booking reference.",
         "missing_apology", past);
}

TEST_F(ReplyChecksTest, TeamRulesAndTheirErrors) {
  ReplyRules rules;
  ASSERT_TRUE(ReplyRules::FromJson(R"({"schema":1,"rules":[
      {"id":"competitor","phrases":["acme corp"],"severity":"stop","message":{"en":"Never name competitors.","it":"Mai nominare i concorrenti."}},
      {"id":"ticket","pattern":"(?i)ticket\\s*#?\\d+","severity":"info","message":"Link the ticket in the CRM."}]})",
                                   &rules)
                  .ok());
  const std::string draft = "Hi Jo, unlike ACME Corp we reply fast. Ticket #123 is open.";
  const ReplyCheck check = Check(draft, ReplyContext(), rules);
  std::vector<std::string> custom;
  for (const Finding& f : check.findings) {
    if (f.rule.rfind("custom:", 0) == 0) custom.push_back(f.rule + "=" + SpanText(draft, f));
  }
  EXPECT_EQ(custom, (std::vector<std::string>{"custom:competitor=ACME Corp", "custom:ticket=Ticket #123"}));
  EXPECT_EQ(check.status, "stop");

  ReplyRules kept = std::move(rules);
  Status s = ReplyRules::FromJson(R"({"schema":1,"rules":[{"id":"bad","pattern":"(unclosed"}]})", &kept);
  EXPECT_NE(s.message().find("rule #1 ('bad'): \"pattern\" is not valid RE2 syntax"), std::string::npos)
      << s.message();
  EXPECT_EQ(kept.size(), 2u);  // a failed load keeps the rules in force
  s = ReplyRules::FromJson(R"({"schema":1,"rules":[{"id":"x","severity":"fatal","phrases":["a"]}]})", &kept);
  EXPECT_NE(s.message().find("\"severity\" must be info, warning or stop"), std::string::npos);
  s = ReplyRules::FromJson(R"({"schema":1,"rules":[{"id":"x"}]})", &kept);
  EXPECT_NE(s.message().find("needs \"phrases\" or a \"pattern\""), std::string::npos);
  s = ReplyRules::FromJson("{\"schema\":1,\"rules\":[{\"id\":\"x\",}]}", &kept);
  EXPECT_NE(s.message().find("not valid JSON at line 1, column 32"), std::string::npos) << s.message();
  EXPECT_EQ(kept.size(), 2u);
}

// The twelfth session's reply round.
TEST_F(ReplyChecksTest, HedgedHarmPointingAwayAndWhatNotToSend) {
  ReplyContext complaint;
  complaint.customer_message =
      "lavatrice comprata da voi a gennaio, già rotta e il tecnico non si è presentato";
  complaint.customer_name = "Gino";
  EXPECT_TRUE(Has(Check("Ciao Gino, ci scusiamo per qualsiasi eventuale disagio che questa situazione possa "
                        "averti causato.",
                        complaint),
                  "non_apology"));
  EXPECT_TRUE(Has(
      Check("Ciao Gino, ci dispiace. Le misure sono sul sito, quindi bastava controllarle prima.", complaint),
      "blaming"));
  EXPECT_TRUE(
      Has(Check("Good morning Gino, thank you for your message. The requested information is available "
                "on our website."),
          "robotic"));
  // Asking, and saying what not to send; what is kept at hand or made of is no
  // promise; a product's name is no shouting.
  struct Case {
    const char* draft;
    const char* rule;
    bool found;
  };
  for (const Case& c : {
           Case{"Ciao Gino, scrivici qui sotto il numero completo della carta e la data di scadenza.",
                "asks_for_private_data", true},
           Case{"Ciao Gino, se il problema continua scrivici in DM, senza indicare dati della carta.",
                "asks_for_private_data", false},
           Case{"Hi Gino, dogs are welcome and we always have a water bowl ready.", "unverifiable_promise",
                false},
           Case{"Ciao Gino, abbiamo sempre una ciotola d'acqua pronta.", "unverifiable_promise", false},
           Case{"Hi Gino, your parcels will always arrive on time from now on.", "unverifiable_promise",
                true},
           // What something is made of; a product's name in capitals.
           Case{"Hi Gino, we switched to 100% paper packaging last year.", "unverifiable_promise", false},
           Case{"Ciao Gino, segui gli aggiornamenti sulla mappa guasti dell'app ENERLUCE.", "shouting",
                false},
           Case{"Hi Gino, the app NEVER loses your data.", "shouting", true},
       }) {
    EXPECT_EQ(Has(Check(c.draft), c.rule), c.found) << c.draft;
  }
  // The customer's own accident owes no apology; the brand's does.
  ReplyContext accident;
  accident.customer_name = "Rosa";
  accident.customer_message = "ordered to my old address by mistake 🤦‍♀️ can I change it?";
  const std::string answer = "Hi Rosa, no problem, it happens! We've sent you a DM to change it.";
  EXPECT_FALSE(Has(Check(answer, accident), "missing_apology"));
  accident.customer_message = "you charged me twice by mistake, can I have it back?";
  EXPECT_TRUE(Has(Check(answer, accident), "missing_apology"));
  // A mention before the words is no first person.
  accident.customer_message = "@Brand charged twice by mistake, I want it back";
  EXPECT_TRUE(Has(Check(answer, accident), "missing_apology"));
}

// The twelfth session's second reply round: comments under posts.
TEST_F(ReplyChecksTest, ContestsWishesAndLectures) {
  ReplyContext entry;
  entry.customer_name = "Emma";
  entry.customer_message = "Entering! My fave bake is lemon drizzle 🍋";
  ReplyCheck check = Check("Good luck, Emma! 🍀 We'll announce the winner here on Friday.", entry);
  EXPECT_FALSE(Has(check, "missing_greeting"));  // a wish opens
  EXPECT_FALSE(Has(check, "missing_thanks"));    // an entry is no praise
  ReplyContext thumbs;
  thumbs.customer_name = "Alfie";
  thumbs.customer_message = "Brilliant jazz night yesterday, the sax player was a legend";
  EXPECT_FALSE(Has(Check("Hi Alfie, cheers for the kind words 😄", thumbs), "missing_thanks"));
  EXPECT_FALSE(
      Has(Check("Hi Alfie, we always love hearing that the sax was a hit.", thumbs), "unverifiable_promise"));
  ExpectNamed({
      Named{"Ciao Debora, scusaci. Succede spesso a chi non controlla la cartella spam, basterebbe dare "
            "un'occhiata lì.",
            "blaming"},
      Named{"Hi Paula, sorry. That said, the manual is very clear that the filter needs cleaning weekly.",
            "blaming"},
      Named{"Hi Alan, apologies, but the closure was on our page, so it pays to keep a closer eye on it.",
            "blaming"},
      Named{"Hi Rob, if you've got nothing useful to say, don't clog up our page with idiotic comments.",
            "answering_in_kind"},
      Named{"Hi Tanya, sorry. Two thumbs down, what a detailed review 😅", "sarcasm"},
      Named{"Ciao Susanna, scrivici qui sotto la mail di registrazione, così verifichiamo.",
            "asks_for_private_data"},
  });
}

// The thirteenth session's reply round: the brand's own opening hours and
// address, data typed at checkout and courtesy "sempre" are fine; lectures,
// put-downs and mockery in a polite wrapper are not.
TEST_F(ReplyChecksTest, OpeningHoursCheckoutsAndPoliteWrappers) {
  ReplyContext shop;
  shop.customer_name = "Roberto";
  shop.customer_message = "Aperto oggi il negozio a Bologna?";
  EXPECT_FALSE(Has(Check("Ciao Roberto! Sì, oggi siamo aperti dalle 9:30 alle 19:30 in Via Indipendenza 45, "
                         "Bologna. Ti aspettiamo sempre con piacere!",
                         shop),
                   "sensitive_data_public"));
  EXPECT_FALSE(Has(Check("Ciao Roberto, dal 5 luglio ci trovi in Piazza Castello 3, a due passi.", shop),
                   "sensitive_data_public"));
  EXPECT_FALSE(Has(Check("Ciao Roberto, ti aspettiamo sempre con piacere!", shop), "unverifiable_promise"));
  EXPECT_FALSE(
      Has(Check("Hi Alice! Yes, we deliver on Sundays. Pop your postcode in at checkout to see the slots."),
          "asks_for_private_data"));
  ExpectNamed({
      Named{"Ciao Diego, ci dispiace. Ti avevamo mandato una mail, sarebbe bastato controllare la posta.",
            "blaming"},
      Named{"Hi Ellie, sorry about that. It was typed as 'Elie' at checkout, so please double-check next "
            "time.",
            "blaming"},
      Named{"Hi Kai, sorry to hear that. Maybe don't use them then, nobody's forcing you.",
            "answering_in_kind"},
      Named{"Ciao Mirko, sul rider non accettiamo lezioni di educazione da chi scrive così.",
            "answering_in_kind"},
      Named{"Hi Leon, good catch, Sherlock 🕵️ Online and in-store prices can differ.", "sarcasm"},
      Named{"Ciao Riccardo, ci dispiace che tu l'abbia presa così. Verifichiamo subito il pagamento.",
            "non_apology"},
      Named{"Hi Jasper, sorry for the error! Please reply below with your account email and billing "
            "address.",
            "asks_for_private_data"},
  });
}

// Replies to trolls and mockery (the thirteenth session's second reply
// round): a short comment with no case and no name known needs nothing
// personal, and laughter alone is no praise to thank for; lectures in a
// helpful tip, barbs and mockery in a polite reply are named.
TEST_F(ReplyChecksTest, TrollsMockeryAndPoliteBarbs) {
  ReplyContext troll;
  troll.customer_message = "Azienda di incompetenti, fallite presto 🤡";
  EXPECT_FALSE(Has(
      Check("Ciao, ci dispiace leggerlo. Se vuoi raccontarci cosa è successo, scrivici in privato.", troll),
      "no_personal_element"));
  ReplyContext case_told;
  case_told.customer_message = "Non mi avete ancora rimborsato l'abbonamento!";
  EXPECT_TRUE(Has(Check("Ciao, ci scusiamo. Ti scriviamo in privato.", case_told), "no_personal_element"));
  ReplyContext laugh;
  laugh.customer_message = "Prima o poi vi chiudono 😂😂";
  EXPECT_LT(Check("Ciao, speriamo di no 🙂 Se hai avuto un problema, scrivici in privato.", laugh)
                .message_analysis.intents.of(Intent::kPraise),
            0.5f);
  ExpectNamed({
      Named{"Ciao Emanuele, ci scusiamo. Per il futuro ti consigliamo di controllare gli avvisi prima di "
            "partire.",
            "blaming"},
      Named{"Hi Ethan, sorry for the disruption. In future it's worth checking the Travel Alerts page "
            "first.",
            "blaming"},
      Named{"Ciao Mirko, i nostri commessi sono professionisti, a differenza di chi insulta la gente sui "
            "social.",
            "answering_in_kind"},
      Named{"Hi Orla, fifth time lucky, eh? 🙂 Sorry for the wait, DM us your job reference.", "sarcasm"},
      Named{"Hi, thanks for such a detailed review 😉 It's all on each product page.", "sarcasm"},
      Named{"Hi Phil, apologies for the delay. Drop your full address in the comments below and we'll "
            "chase it.",
            "asks_for_private_data"},
  });
}

// False alarms hunted in the thirteenth session's third reply round: the
// customer's words quoted back, a keyword texted to a number, an apology
// followed by a condition, praise of help despite trouble, and courtesy.
TEST_F(ReplyChecksTest, QuotedWordsKeywordsAndCourtesyAreNoAlarm) {
  const ReplyContext always = To("Lily", "You are ALWAYS late with deliveries. ALWAYS.");
  EXPECT_FALSE(
      HasAny(Check("Hi Lily, we understand why you wrote \"ALWAYS\": if delays keep happening you've "
                   "every right to be annoyed, and we're sorry. Please DM us your order number.",
                   always),
             {"shouting", "unverifiable_promise"}));
  // Unquoted, they are the brand's own.
  EXPECT_TRUE(Has(Check("Hi Lily, sorry! We ALWAYS deliver on time from now on.", always), "shouting"));
  const ReplyContext roaming = To("Alice", "Hi, how do I turn on roaming for the US?");
  EXPECT_FALSE(Has(
      Check("Hi Alice! Add the World Pass in the app, or text WORLD to 2020. Have a great trip!", roaming),
      "shouting"));
  const ReplyContext thief =
      To("Lorenzo", "voi di StreamItalia siete dei ladri, mi avete rinnovato l'abbonamento senza chiedere");
  EXPECT_FALSE(
      HasAny(Check("Ciao Lorenzo, capiamo la tua rabbia e ci dispiace. Se il rinnovo è di meno di 14 "
                   "giorni fa, possiamo rimborsarti: scrivici in privato.",
                   thief),
             {"non_apology", "missing_apology"}));
  const ReplyContext lift = To(
      "Simone",
      "Il fattorino è stato gentilissimo, è salito fino al quarto piano con la pizza nonostante l'ascensore "
      "rotto");
  EXPECT_FALSE(
      Has(Check("Ciao Simone, grazie per averci raccontato questa storia! La giriamo subito a Karim.", lift),
          "missing_apology"));
  const ReplyContext doubt =
      To("Sara", "Scusate il disturbo, ho un dubbio sulla polizza casa: copre anche i danni da acqua?");
  EXPECT_FALSE(
      Has(Check("Ciao Sara, nessun disturbo! Dipende dalla garanzia: la Casa Plus copre anche i danni da "
                "acqua. Scrivici in DM e controlliamo la tua polizza.",
                doubt),
          "missing_apology"));
}

// Long replies whose one problem hides in the middle or the last line (the
// thirteenth session's fourth reply round).
TEST_F(ReplyChecksTest, AProblemHiddenInALongReply) {
  ExpectNamed({
      Named{
          "Hi Amy, sorry for the worry about such a big bill. Estimated bills happen when we get no reading, "
          "so "
          "you really should have submitted one last month. Send a reading in the app and we'll recalculate.",
          "blaming"},
      Named{"Hi Tara, we're sorry about the fee. As stated in your account terms, it's your responsibility "
            "to keep "
            "track of your balance. DM us and we'll see whether it can be refunded.",
            "blaming"},
      Named{"Ciao Serena, ci scusiamo. Abbiamo bloccato i servizi a sovrapprezzo; in futuro ti conviene fare "
            "più "
            "attenzione ai banner. Scrivici in privato per il rimborso.",
            "blaming"},
      Named{"Hi Luke, we're wide awake, unlike your manners apparently. Send us a DM.", "answering_in_kind"},
      Named{"Ciao Camilla, grazie per averci scritto. Per qualsiasi informazione ti invitiamo a consultare "
            "il nostro "
            "sito. Buona giornata!",
            "robotic"},
  });
  // Advice against a purchase is praise of honesty, not a complaint.
  const ReplyContext honest =
      To("Carla",
         "Volevo fare i complimenti a Luigi del negozio di Padova: mi ha sconsigliato il "
         "prodotto più caro perché non mi serviva. Onestà rara!");
  EXPECT_FALSE(
      Has(Check("Ciao Carla, grazie di cuore! Lo diremo subito a Luigi.", honest), "missing_apology"));
}

// Replies in a crisis (the thirteenth session's fifth reply round): no
// certainty about what nobody controls, no stock text, no barbs.
TEST_F(ReplyChecksTest, RepliesInACrisis) {
  ExpectNamed({
      Named{"Ciao Tiziana, ci dispiace moltissimo. Non preoccuparti: domani mattina sarai sicuramente sul "
            "primo "
            "volo per Roma.",
            "unverifiable_promise"},
      Named{"Hi there, we're so sorry. Next year's festival will definitely go ahead, rain or shine.",
            "unverifiable_promise"},
      Named{"Ciao, ci scusiamo per l'inconveniente. Per informazioni ti invitiamo a consultare la sezione "
            "dedicata "
            "del nostro sito.",
            "robotic"},
      Named{"Ciao Massimo, ci scusiamo, ma gli insulti se li può risparmiare: i tecnici lavorano da 20 ore.",
            "answering_in_kind"},
      Named{"Hi there, we're very sorry. That said, if you'd done that straight away this wouldn't have "
            "happened.",
            "blaming"},
  });
}

// Replies to reactions and short comments (the thirteenth session's sixth
// reply round): a heart is thanked, a laugh need not be; barbs are named.
TEST_F(ReplyChecksTest, ReactionsAndShortComments) {
  // A playful brand winks back at a tease or at praise, not at a complaint
  // (the thirteenth session's seventh reply round).
  const char* const cheeky = "Hey Evie, thank you 🤤 Legally addictive. Consider yourself warned 🍟😏";
  EXPECT_FALSE(Has(Check(cheeky, To("Evie", "Your truffle fries should be illegal 🤤")), "sarcasm"));
  EXPECT_TRUE(
      Has(Check("Ciao Serena, sicura sicura di essere stata in casa tutto il giorno? 😏",
                To("Serena", "Il corriere dice che non ero in casa ma sono stata in casa tutto il giorno")),
          "sarcasm"));
  EXPECT_FALSE(Has(Check("Happy birthday again, Olivia! 🎉 Hope the drink was as sweet as your day",
                         To("Olivia", "Thanks for the free drink on my birthday, you guys rock 🎉")),
                   "missing_greeting"));
  const char* const reply = "Ciao Andrea, felici di averti strappato un sorriso 😄";
  EXPECT_TRUE(Has(Check(reply, To("Andrea", "❤️")), "missing_thanks"));
  EXPECT_FALSE(Has(Check(reply, To("Andrea", "😆")), "missing_thanks"));
  ExpectNamed({
      Named{"Ciao Marco, lo schifo vallo a dire a qualcun altro. Qui lavoriamo da trent'anni.",
            "answering_in_kind"},
      Named{"Hi Daniel, people who can afford it, which clearly isn't you.", "answering_in_kind"},
      Named{"Hi Hannah, we're sorry you see it like that. Every cake is handmade.", "non_apology"},
  });
}

// Fourteenth session: saying the rules were plain to see is blame.
TEST_F(ReplyChecksTest, PlainToSeeBlames) {
  const ReplyContext renewal = To("Holly", "My subscription auto-renewed and nobody answers me");
  for (const char* draft :
       {"Hi Holly, sorry for the wait. Auto-renewal was clearly shown when you signed up.",
        "Hi Holly, sorry for the wait. Exclusions are stated clearly in the policy you signed.",
        "Ciao Holly, ci scusiamo per l'attesa. Il rinnovo era indicato chiaramente al momento "
        "dell'iscrizione."}) {
    EXPECT_TRUE(Has(Check(draft, renewal), "blaming")) << draft;
  }
  for (const char* draft :
       {"Hi Holly, sorry for the wait. The Free From breads are made apart, clearly labelled on the front.",
        "Ciao Holly, ci scusiamo: il rinnovo non era indicato chiaramente, lo correggiamo.",
        "Hi Holly, sorry, we should have shown the renewal date clearly. DM us and we'll refund it."}) {
    EXPECT_FALSE(Has(Check(draft, renewal), "blaming")) << draft;
  }
}

// The customer's own hard word turned back on them answers in kind; the
// same word in an apology, describing a thing, or denied does not.
TEST_F(ReplyChecksTest, TheCustomersInsultTurnedBackAnswersInKind) {
  EXPECT_TRUE(Has(Check("Ciao Gianni, ridicolo è il tuo commento. Scrivici in privato.",
                        To("Gianni", "Servizio clienti ridicolo")),
                  "answering_in_kind"));
  EXPECT_TRUE(
      Has(Check("Hi Marcus, sorry about your experience. Though clueless is someone who can't pass level 3.",
                To("Marcus", "Devs are clueless, garbage game")),
          "answering_in_kind"));
  EXPECT_FALSE(
      Has(Check("Ciao Gianni, ci dispiace che il servizio ti sia sembrato ridicolo: scrivici in privato.",
                To("Gianni", "Servizio clienti ridicolo")),
          "answering_in_kind"));
  EXPECT_FALSE(Has(Check("Dear Scarlett, we apologise. A broken lift for your whole stay is not good enough.",
                         To("Scarlett", "The lift was broken for our whole stay")),
                   "answering_in_kind"));
  EXPECT_FALSE(Has(Check("Hi Ethan, if you defer before 1 August, you won't lose it.",
                         To("Ethan", "If I defer do I lose my room? I'd hate to lose it")),
                   "answering_in_kind"));
  EXPECT_TRUE(Has(
      Check("Hi Kyle, good riddance then.", To("Kyle", "worst airline ever, never flying with you again")),
      "answering_in_kind"));
}

// The bright side of the customer's trouble is sarcasm; "at least" with a
// quantity is not. The services a strike must leave running are no promise.
TEST_F(ReplyChecksTest, BrightSideIsSarcasmStrikeServicesAreNoPromise) {
  const ReplyContext rug = To("Amy", "Ordered a 'large' rug. It's the size of a bath mat.");
  EXPECT_TRUE(Has(
      Check("Hi Amy, well, at least it'll be quick to hoover. Sorry: DM us and we'll sort a return.", rug),
      "sarcasm"));
  EXPECT_TRUE(
      Has(Check("Ciao Amy, beh, almeno adesso hai un ingresso accogliente. Scusaci: scrivici in privato.",
                To("Amy", "Ho ordinato un tappeto 2x3 e mi arriva uno zerbino.")),
          "sarcasm"));
  EXPECT_FALSE(
      Has(Check("Hi Amy, sorry about that. Returns need to be booked at least 48 hours ahead: DM us.", rug),
          "sarcasm"));
  const ReplyContext strike = To("Antonio", "lo sciopero dei traghetti ci blocca in Sardegna?");
  EXPECT_FALSE(
      Has(Check("Ciao Antonio, capiamo la preoccupazione. Venerdì è garantita la corsa delle 22:00 e sono "
                "garantite le fasce 6-9 e 18-21.",
                strike),
          "unverifiable_promise"));
  EXPECT_TRUE(
      Has(Check("Ciao Antonio, la consegna è garantita entro domani.", strike), "unverifiable_promise"));
}

// Asks for data in public that reach further along a list ("reply here with
// the first six digits of the card and your billing postcode"), more kinds
// of data, not what the customer must not send ("niente dati della carta");
// more stock phrases.
TEST_F(ReplyChecksTest, AsksAlongAListAndMoreStockPhrases) {
  const ReplyContext charged = To("Luca", "Mi avete addebitato due volte la bolletta");
  for (const char* draft : {"Ciao Luca, ci dispiace. Per verificare subito scrivici qui sotto il tuo codice "
                            "cliente e l'IBAN su cui "
                            "vuoi il rimborso.",
                            "Hi Luca, sorry. Could you reply here with the date of the charges and your "
                            "billing postcode?",
                            "Hi Luca, sorry for the worry. Could you reply to this tweet with your sort code "
                            "and account number?"}) {
    EXPECT_TRUE(Has(Check(draft, charged), "asks_for_private_data")) << draft;
  }
  EXPECT_FALSE(
      Has(Check("Ciao Luca, ci scusiamo. Mandaci in privato il codice della prenotazione (niente dati "
                "della carta) e verifichiamo.",
                charged),
          "asks_for_private_data"));
  EXPECT_TRUE(
      Has(Check("Hi Luca, thank you for your message. We strive to provide excellent service to all our "
                "customers.",
                charged),
          "robotic"));
}

// A draft in reply to a message, and whether `rule` must be among its
// findings.
struct Case {
  const char* draft;
  const char* name;
  const char* message;
  const char* rule;
  bool expected;
};

// A message that tags a friend, answered with a greeting to both, owes no
// thanks; a tag the reply does not greet, and praise, still do.
// The fifteenth session's rounds: put-downs with no swear word, mock
// helpfulness, lectures, data asked for "here", stock letters; thanks for
// patience are no stock phrase.
TEST_F(ReplyChecksTest, FriendsTagsPutDownsLecturesAndStockLetters) {
  constexpr const char* kCrooks = "you are a bunch of crooks. No internet for 3 weeks";
  const Case cases[] = {
      {"Hi Phoebe and Luke! We'd love to have you, the rooftop is open every weekend.", "Phoebe",
       "@Luke we HAVE to go here \xF0\x9F\x98\x8D", "missing_thanks", false},
      {"Ciao Beatrice, ciao Sofia! Il lunedì è dura per tutti.", "Beatrice",
       "@Sofia siamo noi ogni lunedì \xF0\x9F\x98\x82", "missing_thanks", false},
      {"Hi Phoebe! The rooftop is open every weekend.", "Phoebe",
       "@Luke we HAVE to go here, best rooftop ever \xF0\x9F\x98\x8D", "missing_thanks", true},
      {"Hi Phoebe! The rooftop is open every weekend.", "Phoebe",
       "Best rooftop in town, we loved it \xF0\x9F\x98\x8D", "missing_thanks", true},
      {"Hi Craig, sorry about the outage. That said, nobody here is impressed by the name-calling.", "Craig",
       kCrooks, "answering_in_kind", true},
      {"Hi Craig, if you don't know what you're talking about, maybe don't comment. Do your homework.",
       "Craig", kCrooks, "answering_in_kind", true},
      {"Ciao Craig, fatti una vita e informati prima di sparare a caso.", "Craig", kCrooks,
       "answering_in_kind", true},
      {"Hi Luke, sorry the app is down. We know meter reading day is the highlight of everyone's calendar, "
       "but "
       "you can submit it online.",
       "Luke", "your app has been down since this morning", "sarcasm", true},
      {"Hi Chloe, sorry about that! As stated in the instructions, the lid must be screwed on all the way, "
       "please read them before use.",
       "Chloe", "My water bottle leaks from the lid", "blaming", true},
      {"Hi Matt, sorry! Reply here with the email you signed up with and we'll check.", "Matt",
       "Discount code isn't working", "asks_for_private_data", true},
      {"Gentile Rebecca, grazie per il suo commento. Restiamo a disposizione per qualsiasi informazione. "
       "Cordiali saluti.",
       "Rebecca", "Bellissimo il nuovo negozio di Parma", "robotic", true},
      {"Hi Jordan, sorry, cold showers are no fun. A plumber is booked for Monday. Thanks for your patience.",
       "Jordan", "The showers have been cold for two weeks.", "robotic", false},
      {"Hi Tyler, losing points for something that wasn't your fault is frustrating, and we're sorry.",
       "Tyler", "servers down AGAIN during ranked, lost 50 points", "blaming", false},
      {"Dear user, thank you for your message. For any information, please consult the support section of "
       "our "
       "website.",
       "Tyler", "My headset broke after two months", "robotic", true},
      {"Ciao Kevin, se vuoi porzioni enormi vai alla mensa. Nessuno ti trattiene.", "Kevin",
       "Più caro di un ristorante stellato e porzioni minuscole", "answering_in_kind", true},
      {"Hi Kyle, wow, you cracked our secret recipe. Must be tough being this clever.", "Kyle",
       "Why does Zapp cost $3.50 a can? Sugar water", "sarcasm", true},
      {"Hi Wayne, pretty rich coming from someone who's rebooted his router six times today.", "Wayne",
       "your internet is useless", "answering_in_kind", true},
      {"Hi Dan, if our gym is such a joke, feel free to cancel.", "Dan", "this gym is a joke",
       "answering_in_kind", true},
      {"Hi Florence, sorry to hear that. Please read the care label next time, it says hand wash only.",
       "Florence", "my jumper shrank in the wash", "blaming", true},
      {"Ciao Marta, ci dispiace. Se l'avessi usato con la custodia consigliata non sarebbe successo.",
       "Marta", "lo schermo del tablet si è rotto", "blaming", true},
      {"Hi Pat, sorry to hear that. Mind you, your comment isn't exactly a model of good manners either.",
       "Pat", "Staff are rude and lazy", "answering_in_kind", true},
      {"Hi Dylan, sorry if this caused you any annoyance. DM us your order number.", "Dylan",
       "Got a 'ready for collection' text and the order wasn't there", "non_apology", true},
      {"Ciao Rosa, ci dispiace. La prossima volta ti consigliamo di controllare la scadenza sul retro.",
       "Rosa", "il buono sconto non è stato accettato alla cassa", "blaming", true},
      {"Hi Becky, we're sorry. Please don't worry: your power will never be cut off, whatever happens.",
       "Becky", "Pregnant, no job, and my electricity bill is overdue", "unverifiable_promise", true},
      {"Hi Ivy, sorry for the confusion. The text was about the HIV medication you ordered.", "Ivy",
       "Got a text from you about a prescription that isn't mine", "sensitive_data_public", true},
      {"Hi Martin, sorry to hear this. As we keep saying, card details should never be shared.", "Martin",
       "My mum's card got cloned. She's 86", "blaming", true},
      {"Hi Nathan, fair question. You'll always see the breakdown before you confirm; DM us for places near "
       "you.",
       "Nathan", "Is it normal the app charges £3.49 delivery for 1km?", "unverifiable_promise", false},
      {"Hi Ryan, sorry about the wait. Then again, a proper burger doesn't cook itself by magic, does it?",
       "Ryan", "45 minutes for a burger. Great job, super speedy.", "sarcasm", true},
      {"Hi Tasha, we're sorry if it looked like your order had been opened. DM us your order number.",
       "Tasha", "Rider turned up with the bag open and half my fries eaten.", "non_apology", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Has(Check(c.draft, To(c.name, c.message)), c.rule), c.expected) << c.draft;
  }
}

TEST_F(ReplyChecksTest, PathologicalPatternsStayLinear) {
  ReplyRules rules;
  ASSERT_TRUE(
      ReplyRules::FromJson(R"({"schema":1,"rules":[{"id":"evil","pattern":"(a+)+$"}]})", &rules).ok());
  const std::string draft = "Hi " + std::string(20000, 'a') + "!";
  const auto t0 = std::chrono::steady_clock::now();
  Check(draft, ReplyContext(), rules);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 2.0);
}

TEST_F(ReplyChecksTest, ReadabilityAndJson) {
  const ReplyCheck check = Check("Ciao Anna, ti scrivo subito. Grazie.");
  EXPECT_GT(check.readability, 60);
  ReplyContext x;
  x.channel = "x";
  const std::string json = ReplyCheckToJson(check, x);
  EXPECT_NE(json.find("\"status\":\"ok\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"limit\":280"), std::string::npos) << json;
}

TEST_F(ReplyChecksTest, InvalidUtf8IsAnError) {
  ReplyCheck check;
  const Status s = CheckReply(analyzer_, ReplyRules(), "ok \xFF", ReplyContext(), &check);
  EXPECT_EQ(s.code(), "invalid_utf8");
  EXPECT_EQ(s.offset(), 3u);
  // The name is quoted in a suggestion, so it must be text too (found by tone_fuzz_test).
  ReplyContext context;
  context.customer_name = "M\x80rta";
  const Status name = CheckReply(analyzer_, ReplyRules(), "Ciao, eccoci.", context, &check);
  EXPECT_EQ(name.code(), "invalid_utf8");
  EXPECT_EQ(name.offset(), 1u);
  EXPECT_NE(name.message().find("customer name"), std::string::npos) << name.message();
}

}  // namespace
}  // namespace pronto

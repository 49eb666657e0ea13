// Copyright 2026 The Pronto Authors.
#include "pronto/reply_checks.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "bytes.h"
#include "json_error.h"
#include "json_writer.h"
#include "pronto/lexicon.h"
#include "pronto/personalization.h"
#include "pronto/pii.h"
#include "pronto/placeholders.h"
#include "pronto/search_text.h"
#include "pronto/text.h"

namespace pronto {

struct ReplyRules::Rule {
  std::string id;
  std::vector<std::vector<std::string>> phrases;  // folded words
  std::unique_ptr<RE2> pattern;
  Severity severity = Severity::kWarning;
  std::string message_en, message_it, suggestion_en, suggestion_it;
};

namespace {

// ---------------------------------------------------------------------------
// Word lists the team writes. Phrases are matched on folded words (case and
// accents ignored); "*" at the end of a word matches any ending.

// A reply opens with a greeting or with thanks (kThanks): "Grazie Marco!",
// "You're welcome Emma".
// clang-format off
constexpr std::string_view kGreetings[] = {
    "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "morning", "evening",
    "afternoon", "greetings", "ciao", "salve", "buongiorno", "buon giorno", "buonasera", "buona sera",
    "buondi", "buon pomeriggio", "gentile", "gentilissim*", "caro", "cara", "carissim*", "ehi", "ehila",
    "hiya", "heya", "howdy", "hola", "welcome back", "bentornat*", "benvenut*",
    // Seasonal openings.
    "happy holidays", "happy new year", "happy easter", "happy thanksgiving", "merry christmas",
    "season's greetings", "seasons greetings", "buone feste", "buon natale", "buon anno", "buona pasqua",
    "buon ferragosto",
    // A warm interjection opens as well ("Aww, you made our day").
    "aww*", "yay",
    // Wishes open as well: "Good luck, Emma!", "In bocca al lupo Giulia!" (twelfth session).
    "good luck",
    "best of luck",
    "in bocca al lupo",
    "buona fortuna",
    "congratulations",
    "congrats",
    "congratulazioni",
    "tanti auguri",
    "auguri",
    "happy birthday",
    "buon compleanno",
};

// Thanking, or answering the customer's thanks.
constexpr std::string_view kThanks[] = {
    "thank", "thanks", "thankyou", "thanking", "thanked", "thankful", "thx", "grateful", "appreciat*",
    "grazie", "ringrazi*", "you're welcome", "youre welcome", "you are welcome", "you're very welcome",
    "youre very welcome", "you are very welcome", "you're most welcome", "youre most welcome",
    "you are most welcome", "you're so welcome", "youre so welcome", "my pleasure", "happy to help",
    "glad to help", "glad we could help", "prego", "figurati", "di niente", "di nulla", "un piacere",
    "non c'è di che", "anytime", "any time", "no worries", "no problem", "not a problem", "nessun problema",
    "ci mancherebbe",
    "cheers",
};
// clang-format on

// Apologies, and owning the mistake ("abbiamo sbagliato noi", "that's on us").
constexpr std::string_view kApologies[] = {
    "sorry",
    "apolog*",
    "regret*",
    "scus*",
    "dispiac*",
    "spiacent*",
    "rammaric*",
    "perdona*",
    "spiace",
    "our bad",
    "my bad",
    "mortificat*",
    "desolat*",
    "we're gutted",
    "we are gutted",
    "i'm gutted",
    "i am gutted",
    "rincresc*",
    "chiediamo venia",
    "our mistake",
    "my mistake",
    "our fault",
    "my fault",
    "that's on us",
    "that is on us",
    "abbiamo sbagliato",
    "ho sbagliato",
    "colpa nostra",
    "colpa mia",
    "errore nostro",
    "errore mio",
    "nostro errore",
    "mio errore",
    // What we should have done ("we should have" alone is "we expect to
    // have": "we should have it in stock on Monday").
    "we should have told",
    "we should have let you know",
    "we should have informed",
    "we should have warned",
    "we should have been clearer",
    "we should have called",
    "we should've told",
    "we dropped the ball",
    "we messed up",
    "we got it wrong",
    "we made a mistake",
    "avremmo dovuto avvis*",
    "avremmo dovuto dirt*",
    "avremmo dovuto informart*",
    "avremmo dovuto chiamart*",
    "avremmo dovuto essere piu chiari",
    "dovevamo avvisart*",
    "ci siamo sbagliati",
    "abbiamo fatto un errore",
    "abbiamo commesso un errore",
};

// Non-apologies: sorry for the customer's feelings, not for what went wrong.
// They count as no apology, and have a finding of their own.
constexpr std::string_view kNonApologies[] = {
    "sorry you feel that way",
    "sorry you feel like that",
    "sorry if you feel",
    "sorry if you felt",
    "sorry if you were upset",
    "sorry if you were offended",
    "apologies if you feel",
    "apologies if you were",
    "ci dispiace che tu la pensi cosi",
    "ci dispiace che la pensi cosi",
    "mi dispiace che tu la pensi cosi",
    "mi dispiace che la pensi cosi",
    "ci scusiamo se ti sei sentito",
    "ci scusiamo se ti sei sentita",
    "scusaci se ti sei sentito",
    "scusaci se ti sei sentita",
    "ci dispiace che tu ti sia sentit*",
    "ci dispiace che ti sia sentit*",
    "ci dispiace che si sia sentit*",
    "ci dispiace che lei si sia sentit*",
    "ci dispiace che tu abbia percepito",
    "ci dispiace che lei abbia percepito",
    "ci dispiace che abbia percepito",
    "sorry if you're",
    "sorry if you are",
    "apologies if you're",
    "we regret that you",
    "sorry if our",
    "came across as",
    "was upsetting for you",
    "ci rammarica che",
    // Conditional apologies and apologies for how others took it (tenth round of probes).
    "ci spiace se",
    "mi spiace se",
    "ci dispiace se",
    "mi dispiace se",
    "apologies if",
    "our apologies if",
    "sorry if anyone",
    "sorry if anybody",
    "ci dispiace se qualcuno",
    "siamo dispiaciuti che qualcuno",
    "siamo spiacenti se",
    // Regret for the customer's feelings (eleventh round).
    "ci rammarica sapere che",
    "it's a shame to hear",
    "its a shame to hear",
    "left you disappointed",
    "we regret any",
    "che tu la veda cosi",
    "che la veda cosi",
    "you see it that way",
    // Conditional sorries (eleventh round).
    "ci scusiamo qualora",
    "ci scusiamo nel caso",
    "ci dispiace qualora",
    "scusiamo qualora",
    "we apologise if",
    "we apologize if",
    "apologies should",
    // Hedged harm: "any inconvenience this may have caused" (twelfth round).
    "may have caused",
    "might have caused",
    "possa averti causato",
    "possa aver causato",
    "possa averle causato",
    "qualsiasi eventuale disagio",
    "per eventuali disagi",
    "ci dispiace che tu l'abbia presa cosi",
    "ci dispiace che l'abbia presa cosi",
    "sorry you took it that way",
    "sorry you took it like that",
    "sorry you see it like that",
    "sorry you see it that way",
    "ci dispiace che tu la veda cosi",
    // Retail chains' round (fifteenth session).
    "sorry if this caused",
    "sorry if it caused",
    "ci scusiamo se questo ha causato",
    "ci dispiace se questo ha causato",
    // Delivery and restaurants' round (fifteenth session).
    "sorry if it looked like",
    "sorry if it seemed",
    "ci dispiace se sembrava",
    "ci scusiamo se sembrava",
};
// An apology for how something seemed or felt to the customer, not for what
// happened, is a non-apology too: an apology phrase, then within
// kPerceptionReach words of the same clause one of these ("sorry the
// pricing has upset you", "ci dispiace se hai avuto l'impressione che…",
// "siamo spiacenti che l'importo le sia sembrato eccessivo").
// clang-format off
constexpr std::string_view kPerceptionWords[] = {
    "impression", "seemed", "seems", "felt", "upset", "upsets", "upsetting", "bothered", "perceived",
    "perception", "expectations", "embarrassing", "offended",
    "impressione", "sembrato", "sembrata", "sembrati", "sembrate", "parso", "parsa", "percepito", "percepita",
    "aspettative", "vissuto", "vissuta", "infastidito", "infastidita", "offeso", "offesa", "disturbato",
    "disturbata",
    "feel",
    "feels",
    "found",
    "pesato",
    "pesata",
    "sembra",
    "sembrano",
    "hoping",
    "hoped",
    "interpretare",
    "interpretato",
    "interpretata",
    "interpreted",
    "misunderstood",
    "frainteso",
    "fraintesa",
    "disappointed",
    "deluso",
    "delusa",
    "aspettavi",
    "expecting",
    "scomodo",
    "scomoda",
};
// clang-format on
constexpr size_t kPerceptionReach = 12;

constexpr std::string_view kBlame[] = {
    "you should have",
    "you should've",
    "you shouldve",
    "as i said",
    "as i already said",
    "as already said",
    "as already mentioned",
    "as previously stated",
    "as we told you",
    "like i said",
    "it's your fault",
    "your fault",
    "you didn't read",
    "you did not read",
    "read the faq",
    "learn to read",
    "you need to read",
    "if you had read",
    "avresti dovuto",
    "avreste dovuto",
    "dovevi",
    "dovevate",
    "come gia detto",
    "come ho gia detto",
    "come ti ho gia detto",
    "come gia scritto",
    "come gia spiegato",
    "te l'avevamo detto",
    "te l'avevo detto",
    "e colpa tua",
    "colpa tua",
    "non hai letto",
    "bastava leggere",
    "leggi bene",
    "leggete bene",
    "sei tu che",
    "se avessi letto",
    // Lecturing, deflecting, contradicting, talking down.
    "leggi le faq",
    "leggete le faq",
    "prima di lamentarti",
    "before complaining",
    "not our fault",
    "non e colpa nostra",
    "that's not true",
    "that is not true",
    "thats not true",
    "non e vero",
    "calm down",
    "stop whining",
    "calmati",
    "si calmi",
    "stai calmo",
    "stia calmo",
    "smettila",
    // "We told you so", in other words.
    "as mentioned before",
    "as mentioned earlier",
    "as mentioned previously",
    "as mentioned in our previous",
    "as we mentioned",
    "as we already mentioned",
    "as we said",
    "as we already said",
    "as we explained",
    "as explained before",
    "as stated in our",
    "as stated on our",
    "as explained in",
    "as explained on",
    "as per the faq",
    "as per our faq",
    "come spiegato nelle",
    "come spiegato nella",
    "come spiegato sul",
    "come indicato nelle",
    "come indicato nella",
    "come indicato sul",
    "come scritto nelle",
    "come scritto sul",
    "as clearly stated",
    "it clearly says",
    "it clearly states",
    "did you even",
    "did you not read",
    "didn't you read",
    "didnt you read",
    "if you had checked",
    "everyone knows",
    "come specificato",
    "come gia specificato",
    "come gia indicato",
    "come gia comunicato",
    "come ti abbiamo gia",
    "come vi abbiamo gia",
    "e scritto chiaramente",
    "hai almeno controllato",
    "hai almeno letto",
    "avete almeno controllato",
    "avete almeno letto",
    "lo sanno tutti",
    // Deflecting: "not our problem", "nothing we can do".
    "it's your problem",
    "its your problem",
    "that's your problem",
    "thats your problem",
    "not our problem",
    "nothing we can do",
    "not our responsibility",
    "we are not responsible",
    "we're not responsible",
    "problema tuo non nostro",
    "problema vostro non nostro",
    "affari tuoi",
    "affari vostri",
    "non e un problema nostro",
    "non e un nostro problema",
    "non possiamo fare nulla",
    "non possiamo fare niente",
    "non possiamo farci nulla",
    "non possiamo farci niente",
    "non dipende da noi",
    "non dipendono da noi",
    "out of our control",
    "beyond our control",
    "outside our control",
    "outside of our control",
    "not in our control",
    "not up to us",
    "fuori dal nostro controllo",
    "non e sotto il nostro controllo",
    "non dipende dalla nostra volonta",
    "non siamo responsabili",
    "non e nostra responsabilita",
    "we are not liable",
    "we're not liable",
    // "Works for us": the fault must be the customer's.
    "works fine on our end",
    "working fine on our end",
    "works fine for us",
    "must be your phone",
    "must be your device",
    "must be your connection",
    "must be your internet",
    "the problem is on your side",
    "da noi funziona",
    "sara il tuo telefono",
    "sara la tua connessione",
    "il problema e il tuo",
    "take it up with",
    "prenditela con",
    "prendetevela con",
    // Passing the blame to a partner: the customer bought from the brand.
    "colpa del corriere",
    "colpa e del corriere",
    "dovresti rivolgerti",
    "devi rivolgerti",
    "deve rivolgersi",
    "se avesse letto",
    // Explaining the customer's own mistake to them.
    "worth double-checking",
    "worth double checking",
    "do keep an eye on",
    "best to raise",
    "raise it with them",
    "almost always caused by",
    "usually happen when",
    "usually happens when",
    "as our terms explain",
    "as our terms say",
    "forse il problema e che",
    "se aveste letto",
    "dipende dal corriere",
    "dovuto al corriere",
    "the courier's fault",
    "the couriers fault",
    "blame the courier",
    "that's on the courier",
    "up to the courier",
    // Talking down and showing the door.
    "be patient",
    "be understanding",
    "please understand",
    "you have to understand",
    "you must understand",
    "sii comprensivo",
    "sii comprensiva",
    "sia comprensivo",
    "sia comprensiva",
    "siate comprensivi",
    "devi capire",
    "deve capire",
    "cerca di capire",
    "cerchi di capire",
    "abbia pazienza",
    "abbi pazienza",
    "abbiate pazienza",
    "you're not the only customer",
    "you are not the only customer",
    "non sei l'unico cliente",
    "non sei l'unica cliente",
    "non e l'unico cliente",
    "non e l'unica cliente",
    "non siete gli unici clienti",
    "if you were more polite",
    "if you were nicer",
    "se fossi piu educato",
    "se fossi piu educata",
    "se fosse piu educato",
    "se fosse piu educata",
    "se foste piu educati",
    "shop somewhere else",
    "shop elsewhere",
    "take your business elsewhere",
    "go somewhere else",
    "comprare altrove",
    "compra altrove",
    "comprate altrove",
    "rivolgiti altrove",
    "rivolgetevi altrove",
    // The mistake is the customer's ("ho sbagliato" is the agent owning one).
    "hai sbagliato tu",
    "hai sbagliato a",
    "avete sbagliato voi",
    "ha sbagliato lei",
    "e un tuo errore",
    "errore tuo",
    "you made a mistake",
    "you got it wrong",
    "your mistake",
    "user error",
    "you typed it wrong",
    "you entered it wrong",
    "nobody is forcing you",
    "no one is forcing you",
    "nessuno ti obbliga",
    "nessuno vi obbliga",
    "nessuno la obbliga",
    "nessuno ti costringe",
    "your attitude",
    // Shrugging it off, and lessons for next time.
    "delays happen",
    "these things happen",
    "sono cose che capitano",
    "sono cose che succedono",
    "capita a tutti",
    "succede a tutti",
    "it happens sometimes",
    "sometimes get lost",
    "you were unlucky",
    "bad luck",
    "capita raramente",
    "puo capitare",
    "sei stato sfortunato",
    "sei stata sfortunata",
    // Nothing left to try, and the others who did not complain.
    "nothing more we can do",
    "non possiamo fare altro",
    "non possiamo fare di piu",
    "with all due respect",
    "con tutto il rispetto",
    "nobody else has complained",
    "no one else has complained",
    "nessun altro si e lamentato",
    "nessun altro si e mai lamentato",
    "a nessun altro e successo",
    "a nessun altro e mai successo",
    "nobody else has had",
    "no one else has had",
    "you're the only one with",
    "you are the only one with",
    "you're the only one complaining",
    "you are the only one complaining",
    "sei l'unico ad avere",
    "sei l'unica ad avere",
    "sei l'unico a lamentar*",
    "sei l'unica a lamentar*",
    "sei l'unico con questo",
    "sei l'unica con questo",
    // Telling the customer off for their tone, or to relax.
    "no need to be rude",
    "don't be rude",
    "watch your tone",
    "mind your tone",
    "mind your language",
    "just relax",
    "chill out",
    "non c'e bisogno di essere maleducat*",
    "non essere maleducat*",
    "modera i toni",
    "moderi i toni",
    "moderate i toni",
    "abbassa i toni",
    "abbassi i toni",
    "rilassati",
    "si rilassi",
    // The customer's own phone did it.
    "your phone is too old",
    "your phone is probably too old",
    "your device is too old",
    "your device is probably too old",
    "il tuo telefono e troppo vecchio",
    "il tuo telefono e vecchio",
    "il tuo smartphone e troppo vecchio",
    "i ritardi capitano",
    "next time please",
    "next time you",
    "in future please",
    "in the future please",
    "please check before",
    "la prossima volta controlla",
    "la prossima volta controllate",
    "la prossima volta verifica",
    "la prossima volta leggi",
    "la prossima volta ricordati",
    "la prossima volta ricordatevi",
    "la prossima volta prima",
    // Sending the customer to read the rules, to someone else, or doubting them.
    "please read our",
    "it's all on our website",
    "it's all in the faq",
    "it's all explained",
    "c'e scritto tutto",
    "e tutto scritto",
    "e tutto spiegato",
    "read our policy",
    "read our terms",
    "leggi le nostre",
    "legga le nostre",
    "read the manual",
    "read the instructions",
    "leggere il manuale",
    "leggi il manuale",
    "legga il manuale",
    "leggere le istruzioni",
    "before contacting us",
    "before you contact us",
    "prima di contattarci",
    "prima di scriverci",
    "courier's responsibility",
    "couriers responsibility",
    "responsibility of the courier",
    "responsabilita del corriere",
    "you need to contact the courier",
    "you need to contact them",
    "you'll need to contact the courier",
    "you'll need to contact them",
    "you will need to contact the courier",
    "you will need to contact them",
    "you have to contact the courier",
    "you have to contact them",
    "devi contattare il corriere",
    "deve contattare il corriere",
    "devi rivolgerti al corriere",
    "deve rivolgersi al corriere",
    "are you sure",
    "sei sicuro",
    "sei sicura",
    "sicuro che non",
    "sicura che non",
    "ne e sicuro",
    "ne e sicura",
    "hai controllato bene",
    "ha controllato bene",
    "avete controllato bene",
    "did you check properly",
    // Making light of it ("stai tranquillo" is left out: it mostly reassures,
    // "stai tranquillo: il rimborso è partito"), and "we told you".
    "non e la fine del mondo",
    "it's not the end of the world",
    "its not the end of the world",
    "not the end of the world",
    "we've told you",
    "we have told you",
    "we already told you",
    "i've told you",
    "i already told you",
    "te l'abbiamo gia detto",
    "ti abbiamo gia detto",
    "te l'ho gia detto",
    "ti ho gia detto",
    // More ways of saying "as we already told you".
    "as we already explained",
    "as we've already explained",
    "as we have already explained",
    "as i explained",
    "as i already explained",
    "as i've already explained",
    "as i mentioned",
    "as i already mentioned",
    "as previously mentioned",
    "as previously explained",
    "as i've said",
    "as ive said",
    "as i have said",
    "as we've said",
    "as i told you",
    "like i told you",
    "like we said",
    "for the last time",
    "come ti ho gia scritto",
    "come ti ho gia spiegato",
    "come ti avevo detto",
    "come ti avevamo detto",
    "come vi ho gia detto",
    "come vi avevamo detto",
    "come ho gia scritto",
    "come ho gia spiegato",
    "come abbiamo gia detto",
    "come abbiamo gia scritto",
    "come abbiamo gia spiegato",
    "te lo ripeto",
    // "Look harder", and threats.
    "controlla meglio",
    "controlli meglio",
    "controllate meglio",
    "guarda meglio",
    "check more carefully",
    "look more carefully",
    "saremo costretti a bloccarti",
    "saremo costretti a bloccarvi",
    "ti bloccheremo",
    "we will block you",
    "we'll block you",
    "we will have to block you",
    "we'll have to block you",
    "spetta a te",
    "spetta a lei",
    "spetta a voi",
    "e tua responsabilita",
    "e sua responsabilita",
    "e una tua responsabilita",
    "responsabilita del cliente",
    "come scritto chiaramente",
    "come indicato chiaramente",
    "if you'd had a look",
    "if you had looked",
    "if you'd read",
    "on your side",
    "down to you",
    "can't be held responsible",
    "cannot be held responsible",
    "we do warn customers",
    "we warn customers",
    "most people manage",
    "most customers manage",
    "most customers do",
    "which we explained",
    "as explained at",
    "come ti abbiamo spiegato",
    "come le abbiamo spiegato",
    "come le e stato spiegato",
    "come ti e stato spiegato",
    "is the owner's job",
    "is your job",
    "e compito tuo",
    "e compito suo",
    "e compito del cliente",
    "evidentemente non",
    // Pointing at what the customer should have read (tenth round).
    "condizioni che hai accettato",
    "termini che hai accettato",
    "che hai accettato all'iscrizione",
    "you agreed to",
    "you accepted the",
    "te lo avevamo",
    "ve lo avevamo",
    "glielo avevamo",
    "come scritto nella",
    "come scritto nel",
    "come indicato nel",
    "come spiegato nel",
    "conviene sempre leggere",
    "conviene leggere",
    "lo spiegava gia",
    "lo spiega gia",
    "lo indicava gia",
    "lo diceva gia",
    "era comunque riportat*",
    "era comunque indicat*",
    "era comunque scritt*",
    "che hai confermato al momento",
    "bastava darci",
    "bastava dare",
    "made quite clear",
    "does say",
    "does state",
    "one to keep an eye on",
    "keep an eye on next time",
    "printed right there",
    "right there on the",
    "worth giving it a read",
    "worth a read",
    // Passing the blame, pointing at the booking (eleventh round).
    "va detto pero",
    "va detto che",
    "to be fair to our",
    "in mano al gestore",
    "dipendiamo da loro",
    "start with them",
    "se ricontrolli",
    "is listed on your",
    "e indicato nella tua",
    "e indicata nella tua",
    "listed on your booking",
    "shown on your booking",
    "magari leggi",
    "magari leggete",
    "magari legga",
    "maybe read",
    "maybe try reading",
    // The customer's own slip, explained to them (fourteenth round).
    "because you entered",
    "because you didn't",
    "because you did not",
    "perche non hai",
    "dovuto al fatto che non hai",
    "non hai indicato",
    "you entered an incomplete",
    "worth reading those",
    "before booking next time",
    "listed on our website",
    "in your booking confirmation",
    // What the customer should have known (eleventh round).
    "you'd have known",
    "you would have known",
    "would have known if",
    "avresti saputo",
    "avrebbe saputo",
    "can't be expected to",
    "cannot be expected to",
    "is expected to read",
    "are expected to read",
    "expected to read",
    "era stata comunicata",
    "era stato comunicato",
    "erano stati comunicati",
    "era stata annunciata",
    "era stato annunciato",
    "had been announced",
    "was announced in advance",
    // What the customer only had to check (twelfth round).
    "bastava controllare",
    "bastava controllarle",
    "bastava controllarlo",
    "bastava controllarla",
    "bastava verificare",
    "worth checking them before",
    "worth checking it before",
    "worth checking before you",
    // Twelfth session, second round.
    "bastava seguirci",
    "basterebbe",
    "conviene controllare",
    "la prossima volta conviene",
    "it pays to keep",
    "keep a closer eye",
    "con un po' piu di attenzione",
    "a chi non controlla",
    "succede spesso a chi non",
    "happens to people who don't",
    "usually happens to people who",
    "is very clear that",
    "worth looking there",
    "clearly hasn't happened",
    "clearly wasn't done",
    "hai selezionato tu",
    // Reply round 11.
    "leggi sempre",
    "leggere sempre le istruzioni",
    "read the conditions",
    "please read the terms",
    "sarebbe bastato",
    "double-check next time",
    "double check next time",
    "check next time",
    "as stated in your terms",
    "come indicato nelle condizioni",
    // Reply round 12 (thirteenth session): lectures in a helpful tip.
    "leggi le condizioni",
    "per il futuro ti consigliamo",
    "per il futuro le consigliamo",
    "in future it's worth",
    "in future, it's worth",
    "in future you",
    "per il futuro controlla",
    // Reply round 14 (thirteenth session).
    "you really should have",
    "it's your responsibility",
    "it is your responsibility",
    "ti conviene fare piu attenzione",
    "fare piu attenzione",
    // Reply round 15.
    "if you'd done",
    "if you had done",
    "se l'avessi fatto",
    "se lo avessi fatto",
    // Fifteenth session's reply rounds: lecturing.
    "for future reference",
    "as stated in the instructions",
    "come indicato nelle istruzioni",
    "read them before",
    "read it before",
    "leggi le istruzioni",
    "double-check your order though",
    "you probably picked",
    "you didn't say anything",
    "non hai detto niente",
    "when people don't",
    "when people skip",
    "most problems like this",
    "la maggior parte dei problemi",
    // Reply dev's remaining lectures (fifteenth session).
    "ti consigliamo di rivolgerti",
    "non e fatta a regola d'arte",
    "e responsabilita del",
    "passenger's responsibility",
    "customer's responsibility",
    "capita a chi",
    "worth slowing down",
    "as already stated",
    "as we've already posted",
    "as we already say",
    "andavano lette prima",
    "you should always check",
    "read the care label",
    "se avessi fatto",
    "se l'avessi usato",
    "if you'd used",
    "clearly state",
    "clearly explains",
    "which is stated at",
    "andrebbero controllate",
    "should really be checked",
    "worth reading the terms",
    // Retail chains' round (fifteenth session).
    "la prossima volta ti consigliamo",
    "next time we'd recommend",
    "next time we recommend",
    "andava prima",
    "you need to apply",
    "as it says on the",
    "come indicato sull'etichetta",
    "come indicato sulla confezione",
    "it's normal for it to be",
    "e normale che sia",
    // Vulnerable customers' round (fifteenth session).
    "needed to be more careful",
    "need to be more careful",
    "as we keep saying",
    "come ripetiamo sempre",
    "doveva stare piu attent*",
};

// The stock apology for "the inconvenience": robotic beside other stock
// phrases, a tip (info) in a reply that goes on about the case in its own
// words ("ci scusiamo per il disagio: da stamattina c'è un rallentamento…").
constexpr std::string_view kStockApologies[] = {
    "sorry for the inconvenience",        "we apologize for the inconvenience",
    "we apologise for the inconvenience", "apologies for the inconvenience",
    "ci scusiamo per il disservizio",     "ci scusiamo per i disagi",
    "ci scusiamo per il disagio",         "ci scusiamo per l'inconveniente",
    "ci scusiamo per gli inconvenienti",  "scusandoci per il disagio",
    "scusandoci per l'inconveniente",
};
constexpr std::string_view kRobotic[] = {
    "we apologize for any inconvenience",
    "we apologise for any inconvenience",
    "sorry for any inconvenience",
    "apologies for any inconvenience",
    "your feedback is important to us",
    "we value your feedback",
    "il tuo feedback e importante per noi",
    "la tua opinione e importante per noi",
    "la tua segnalazione e importante per noi",
    "la sua segnalazione e importante per noi",
    "il suo feedback e importante per noi",
    "la sua opinione e importante per noi",
    "your message is important to us",
    "your opinion is important to us",
    "your satisfaction is our priority",
    "your satisfaction is our top priority",
    "la tua soddisfazione e la nostra priorita",
    "la sua soddisfazione e la nostra priorita",
    "your call is important",
    "your business is important",
    "we value your business",
    "we value your custom",
    "sorry to hear about your experience",
    "sorry to hear of your experience",
    "il disagio arrecato",
    "your request has been received",
    "dear customer",
    "valued customer",
    "we have received your message",
    "please be advised",
    "kindly note",
    "l'eventuale disagio",
    "eventuali disagi",
    "experiencing high volumes",
    "experiencing a high volume",
    "your patience is appreciated",
    "elevato numero di richieste",
    "elevato volume di richieste",
    "gentile cliente",
    "caro cliente",
    "la sua richiesta e stata presa in carico",
    "la tua richiesta e stata presa in carico",
    "abbiamo ricevuto la sua segnalazione",
    "la informiamo che",
    // Letter-office formulas.
    "con la presente",
    "in data odierna",
    "in riferimento alla sua",
    "pursuant to",
    "we hereby",
    "si prega di",
    "as per our policy",
    "per our policy",
    "according to our policy",
    "secondo la nostra policy",
    "secondo le nostre policy",
    "da policy aziendale",
    "as per our terms",
    "in accordance with our",
    "we would like to remind you",
    "we remind you that",
    "le ricordiamo che",
    "come da condizioni",
    "come previsto dalle condizioni",
    "please refer to our",
    "come da policy",
    "secondo le nostre politiche",
    // Passing it on to nobody in particular.
    "ufficio competente",
    "reparto competente",
    "ufficio preposto",
    "the relevant department",
    "the appropriate department",
    "the relevant team",
    // Mission statements instead of an answer.
    "your satisfaction is our",
    "customer satisfaction is our",
    "la tua soddisfazione e la nostra",
    "la sua soddisfazione e la nostra",
    "la soddisfazione dei nostri clienti",
    "la soddisfazione del cliente e",
    "la soddisfazione dei clienti e la nostra priorita",
    "la soddisfazione dei nostri clienti e la nostra priorita",
    "customer satisfaction is our priority",
    "customer satisfaction is our top priority",
    "ci scusiamo per qualsiasi disagio",
    "secondo le tempistiche previste",
    "we value all customer feedback",
    "your comments have been noted",
    "your feedback has been noted",
    "il tuo feedback e molto importante",
    "il suo feedback e molto importante",
    "e per noi molto importante",
    "e molto importante per noi",
    "ci impegniamo costantemente",
    "il miglior servizio possibile",
    "ti invitiamo a contattare",
    "la invitiamo a contattare",
    "vi invitiamo a contattare",
    "attraverso i canali ufficiali",
    "tramite i canali ufficiali",
    "migliorare costantemente",
    "we are constantly striving",
    "we constantly strive",
    "the best possible service",
    "we invite you to contact",
    "through our official channels",
    "your feedback is very important",
    // Stock phrases (tenth round).
    "preso nota della segnalazione",
    "preso nota della sua segnalazione",
    "ci dispiace per quanto accaduto",
    "ti ringraziamo per averci contattato",
    "la ringraziamo per averci contattato",
    "gentile utente",
    "per noi molto preziosa",
    "per noi molto prezioso",
    "la ringraziamo per il suo feedback",
    "ti ringraziamo per il tuo feedback",
    "all feedback is shared",
    "the relevant teams",
    "we appreciate you taking the time",
    "thank you for taking the time to contact us",
    "thank you for contacting us",
    "uffici competenti",
    "tutte le informazioni sono disponibili",
    "per ulteriori richieste puoi",
    "all the information is available",
    // Stock phrases (eleventh round).
    "your query is important to us",
    "through the usual channels",
    "we value all comments",
    "help us improve our services",
    "il tuo parere e importante per noi",
    "ci aiuta a migliorare i nostri servizi",
    "continua a seguirci",
    // Pointing to the website or the FAQ instead of answering (twelfth round).
    "le informazioni richieste sono disponibili",
    "the requested information is available",
    "we remain at your disposal",
    "restiamo a disposizione per qualsiasi necessita",
    "please refer to the faq",
    "ti invitiamo a consultare la sezione faq",
    "for all information, please refer",
    "love hearing from our customers",
    "keep following us for",
    "continua a seguirci per",
    // Reply round 12.
    "ti invitiamo a scriverci in privato per ricevere assistenza",
    "per ricevere assistenza",
    // Reply round 14.
    "ti invitiamo a consultare il nostro sito",
    "il nostro team sta lavorando per risolvere",
    "consultare la sezione domande frequenti",
    // Reply round 15.
    "ti invitiamo a consultare la sezione",
    "consultare la sezione dedicata",
    "please visit the relevant section",
    "siamo consapevoli del disservizio",
    "stiamo lavorando per risolvere il problema il prima possibile",
    // Fourteenth session's reply rounds.
    "we value all our customers",
    "your satisfaction is important to us",
    "we strive to provide",
    "we look forward to serving you",
    "happy to hear from our customers",
    "in due course",
    "please visit our website for more information",
    "apprezziamo il tuo feedback",
    "apprezziamo il suo feedback",
    "team competente",
    "siamo lieti di averti avuto",
    "continually working to improve",
    "continuously working to improve",
    "lavora ogni giorno per offrire",
    // Fifteenth session's reply rounds.
    "please contact our customer service team",
    "contact our customer service team for assistance",
    "restiamo a disposizione per qualsiasi informazione",
    "grazie per il suo commento",
    "ogni feedback e prezioso",
    "la qualita dei nostri servizi",
    "speriamo di rivederla presto",
    "per migliorare la qualita",
    // Fifteenth session's reply rounds (2).
    "abbiamo preso nota del tuo feedback",
    "preso nota del tuo feedback",
    "per maggiori informazioni visita il nostro sito",
    "dear user",
    "please consult the support section",
    "consult the support section of our website",
    "for any information, please consult",
    // Retail chains' round (fifteenth session).
    "abbiamo preso nota della tua segnalazione",
    "per qualsiasi informazione puoi contattarci",
    "ci impegniamo ogni giorno per offrire",
    "la massima qualita",
    "ti invitiamo a rivolgerti",
    // Vulnerable customers' round (fifteenth session).
    "consulti la sezione faq",
    "consult the faq section",
    "consult our faq section",
};

constexpr std::string_view kPromises[] = {
    "never again",
    "won't happen again",
    "will never happen",
    "never let this happen",
    "never let it happen",
    "always",
    "guarantee*",
    "forever",
    "100%",
    // A delivery nobody here controls, promised for sure ("we will definitely
    // update you by 5pm" is the agent's own word, and stays).
    "definitely be there",
    "definitely arrive*",
    "arrivera sicuramente",
    "sicuramente arriv*",
    "sempre",
    "mai piu",
    "non succedera piu",
    "garanti*",
    "per sempre",
    "non avrai piu",
    "non avra piu",
    "never have another problem",
    "never have any problem",
    "te lo assicuriamo",
    "glielo assicuriamo",
    "we assure you",
    "will be perfect",
    "tornera perfett*",
    "ti assicuriamo che",
    "le assicuriamo che",
    "vi assicuriamo che",
    "you have our word",
    "di sicuro entro",
    "arrivera di sicuro",
    "ever happen again",
    "succedera di nuovo",
    "potra succedere di nuovo",
    "non accadra piu",
    "non ricapitera",
    "that's a promise",
    "we promise",
    "ti promettiamo",
    "le promettiamo",
    "vi promettiamo",
    "zero risk",
    "rischio zero",
    "definitely find",
    "never pay",
    "absolutely fine",
    // Certainty about what others do or what cannot be checked (tenth round).
    "funzionera perfettamente",
    "will be fixed for every",
    "fixed for everyone",
    "fixed for every customer",
    "now impossible",
    "it's impossible for",
    "won't have any more",
    "you won't have any",
    "sara sicuramente",
    "sicuramente a casa",
    "can assure you",
    "possiamo assicurarti",
    "possiamo assicurarle",
    // Certainty (eleventh round).
    "al cento per cento",
    "cento per cento",
    "la nostra parola",
    "una volta per tutte",
    "once and for all",
    "outages for good",
    "fixed for good",
    "sorted for good",
    "i can promise",
    "we can promise",
    "posso prometterti",
    "te lo prometto",
    "te lo posso promettere",
    // Certainty (eleventh round).
    "nobody will ever",
    "no one will ever",
    "will ever get ill",
    "nessuno avra mai piu",
    "non capitera mai piu",
    // Certainty about what nobody controls (reply round 15, thirteenth session).
    "you'll definitely be",
    "you will definitely be",
    "will definitely go ahead",
    "sarai sicuramente",
    "sarete sicuramente",
    "si fara di sicuro",
    "si fara sicuramente",
    "ci sara sicuramente",
    // Retail chains' round (fifteenth session).
    "te lo faremo trovare sempre",
    "sempre disponibile",
    "always in stock",
    // Vulnerable customers' round (fifteenth session).
    "whatever happens",
    "in nessun caso",
    "qualunque cosa accada",
    "never be cut off",
    "ever be scammed again",
};

// Availability, habit and options, not promises: "siamo sempre qui", "always happy to help".
constexpr std::string_view kNotPromises[] = {
    // The services a strike must leave running, by law: "sono garantite le
    // fasce 6-9 e 18-21", "è garantita la corsa delle 22:00".
    "fasce garantite",
    "fascia garantita",
    "garantite le fasce",
    "garantita la fascia",
    "corse garantite",
    "corsa garantita",
    "garantita la corsa",
    "garantite le corse",
    "treni garantiti",
    "garantiti i treni",
    "servizi minimi garantiti",
    "guaranteed services",
    "guaranteed service",
    "guaranteed trains",
    "always here",
    "always happy",
    "always glad",
    "always available",
    "as always",
    "sempre qui",
    "sempre a disposizione",
    "sempre disponibil*",
    "sempre felici",
    "come sempre",
    "fa sempre piacere",
    "e sempre un piacere",
    "always nice",
    "always a pleasure",
    // An option, not a promise: "you can always return it", "puoi sempre scriverci".
    "can always",
    "could always",
    "puoi sempre",
    "puo sempre",
    "potete sempre",
    "potrai sempre",
    "potra sempre",
    "potrete sempre",
    // Advice, not a promise: "it's always worth checking", "è sempre meglio".
    "always worth",
    "always best",
    "always a good idea",
    "sempre meglio",
    "sempre consigliabile",
    "conviene sempre",
    "prudenza sempre",
    "sempre prudenza",
    "always recommend",
    "always advise",
    "consigliamo sempre",
    "raccomandiamo sempre",
    "only guarantee",
    "can only guarantee",
    "garantire solo",
    "garantiamo solo",
    "possiamo garantire solo",
    // What something is made of: "100% paper packaging" (twelfth session).
    "100% paper",
    "100% recycled",
    "100% recyclable",
    "100% cotton",
    "100% wool",
    "100% organic",
    "100% natural",
    "100% vegan",
    "100% plastic-free",
    "100% electric",
    "100% renewable",
    "100% cotone",
    "100% lana",
    "100% carta",
    "100% riciclat*",
    "100% riciclabil*",
    "100% natural*",
    "100% biologic*",
    "100% vegan*",
    "100% rinnovabil*",
    "100% elettric*",
    "100% italian*",
    "100% made",
    "always love hearing",
    "always love to hear",
    "always great to hear",
    "always lovely to hear",
    "sempre bello sapere",
    "sempre bello leggere",
    // Courtesy and praise of the customer (reply round 11).
    "sempre con piacere",
    "sempre col sorriso",
    "sempre con il sorriso",
};
// What the customer should have had is the brand's failure, not a lesson:
// "that's what you should have had", "avresti dovuto riceverlo ieri".
constexpr std::string_view kNotBlame[] = {
    "you should have had",
    "you should have received",
    "you should have got",
    "you should have gotten",
    "you should've had",
    "you should've received",
    "you should have been sent",
    "you should have been given",
    "avresti dovuto ricever*",
    "avresti dovuto aver*",
    "avrebbe dovuto ricever*",
    "avrebbe dovuto aver*",
    "avresti dovuto trovar*",
    "avrebbe dovuto trovar*",
    "you should have heard",
    "should have heard from us",
    "you should have been told",
    "you should have been contacted",
    "avresti dovuto essere avvisat*",
    "avrebbe dovuto essere avvisat*",
    "avresti dovuto essere contattat*",
    "avrebbe dovuto essere contattat*",
    // Blame denied (fifteenth session).
    "wasn't your fault",
    "not your fault",
    "isn't your fault",
    "was not your fault",
    "non e colpa tua",
    "non e stata colpa tua",
    "non e colpa vostra",
};
// Words after "always" or "sempre" that make it a schedule anyone can check:
// "rispondiamo sempre, anche sabato, dalle 9 alle 21".
constexpr std::string_view kScheduleWords[] = {"dalle", "fino", "until", "till", "between"};
constexpr size_t kScheduleReach = 8;
// "Always" and "sempre" alone after a copula or a modal describe or advise,
// they do not promise: "dogs are always welcome", "le regolazioni sono sempre
// gratuite", "caparbio e sempre puntuale", "something we should always do".
// ("Il corriere consegna sempre in 24 ore", "rispondiamo sempre" promise.)
constexpr std::string_view kBarePromises[] = {"sempre", "always"};
// A promise negated is none: "non sempre è andata così", "it isn't always
// easy", "we can't guarantee", "non possiamo garantire" (one or two words
// before it).
constexpr std::string_view kNotBefore[] = {"non",   "not",     "isn't", "aren't", "wasn't", "weren't",
                                           "don't", "doesn't", "can't", "cannot", "cant"};
constexpr std::string_view kCopulasAndModals[] = {
    "is",     "are",    "was",   "were",  "be",       "been",     "it's",       "they're", "we're",
    "you're", "should", "must",  "e",     "sono",     "era",      "erano",      "sei",     "siete",
    "stato",  "stata",  "stati", "state", "dovremmo", "dovrebbe", "dovrebbero", "deve",    "devono",
};

// The lexicon's toxicity weight from which a word is an insult or profanity
// (the npm lists give 0.5 and 0.6, the team's crude words 0.4).
constexpr float kInsultToxicity = 0.5f;

// Words the lexicon rates mildly toxic (for customer messages) that are
// empathy or emphasis in a reply: "we hate to hear that", "ci piace da morire".
constexpr std::string_view kNotCrude[] = {"hate to hear", "hate hearing", "hate to see", "hate that",
                                          "da morire"};

// Sarcasm a reply should never carry. Only unambiguous markers: "che bello"
// or "thanks a lot" are sarcastic in a complaint but warm in a reply.
constexpr std::string_view kSarcasm[] = {
    "yeah right",
    // Put-downs dressed as answers (the ninth round of probes: a helper's drafts).
    "says the person who",
    "says the guy who",
    "says the girl who",
    "bold words from",
    "better taste than you",
    "maybe try actually",
    "di sicuro non tu",
    "prova la camomilla",
    "prenditi una camomilla",
    "pretty rich coming from",
    "jokes aside",
    "scherzi a parte",
    "the bright side",
    "il lato positivo",
    "faccia pure",
    "counting the minutes",
    "good luck with that",
    "well done genius",
    "slow clap",
    "sarcasm",
    "certo come no",
    "grazie tante eh",
    "complimenti vivissimi",
    "bravo furbo",
    "sarcasmo",
    "come no",
    // Mock surprise, mock agreement, and blame turned into a tag question.
    "what a surprise",
    "oh sure",
    "sure sure",
    "whatever you say",
    "our fault right",
    "always our fault",
    "che sorpresa",
    "e io sono babbo natale",
    "colpa nostra vero",
    "sempre colpa nostra",
    // Mock admiration.
    "what a genius",
    "aren't you clever",
    "che genio",
    "complimenti genio",
    "bravo genio",
    "oh of course",
    "of course our",
    "you must know",
    "by heart by now",
    "a bit of excitement",
    "non e stata costruita in un giorno",
    "wasn't built in a day",
    "che costanza",
    "what dedication",
    "what a shock",
    "obviously within our control",
    "leaving us already",
    "che shock",
    "che sorpresona",
    "virtu dei forti",
    "impressed by the dedication",
    "impressed by your dedication",
    "che dedizione",
    "incredibilmente si",
    "shockingly",
    "the rest of us",
    "udite udite",
    "pensa un po'",
    // Mock consolation (eleventh round).
    "esercizio di pazienza",
    "think of it as a complimentary",
    "think of it as a free",
    "that's what we call value",
    "at least you won't",
    "feeling very generous",
    "look on the bright side",
    "guarda il lato positivo",
    "vedila come un",
    "consideralo un regalo",
    // Echoing "are you serious?" (twelfth round).
    "siamo serissimi",
    "we're very serious",
    "we are very serious",
    "what a detailed review",
    "che recensione dettagliata",
    "impressive memory",
    "bella memoria",
    // Reply round 11.
    "sherlock",
    "enjoying the hold music",
    "goditi la musica d'attesa",
    // Reply round 12.
    "such a detailed review",
    "recensione cosi dettagliata",
    "time lucky",
    "quella buona",
    "at least you'd have",
    "worked up a proper appetite",
    "worked up an appetite",
    "appetito in piu",
    // Reply round 13.
    "almeno hai scoperto",
    "at least you discovered",
    "at least you got to try",
    // Reply round 14.
    "know them better than we do",
    "you probably know them better",
    // Reply round 15.
    "thanks for the review of our",
    "grazie per la recensione del nostro",
    // The bright side of the customer's trouble (fourteenth session's reply
    // rounds): "well, at least you're early for next Christmas", "beh,
    // almeno hai un ingresso accogliente". Not "at least 48 hours before".
    "well at least",
    "beh almeno",
    "be almeno",
    "eh almeno",
    "almeno hai",
    "almeno adesso",
    "almeno cosi",
    "at least you",
    "at least you're",
    "at least it'll",
    "at least nobody",
    // Fifteenth session's reply rounds.
    "highlight of everyone's",
    "revolutionary thing called",
    "cosa rivoluzionaria chiamata",
    "rivoluzionaria chiamata",
    "magically",
    "teletrasporto",
    "proprio una tortura",
    "palato cosi raffinato",
    "dovresti proprio aprire",
    "knock down the building",
    "just for you, shall we",
    "shall we?",
    // Fifteenth session's reply rounds (2).
    "must be tough being",
    "must be hard being",
    "dev'essere dura essere",
    "deve essere dura essere",
    // Vulnerable customers' round (fifteenth session).
    "practically a record",
    "even the grandparents",
    "anche i nonni fossero",
    "certo che siamo seri",
    // Delivery and restaurants' round (fifteenth session).
    "by magic, does it",
    "bacchetta magica",
    "doesn't cook itself",
};

// Put-downs: rude back to the customer without a swear word ("grow up",
// "nessuno ti obbliga", "non ci mancherai"). Answering in kind, a warning.
constexpr std::string_view kPutDowns[] = {
    "grow up",
    "keyboard warrior*",
    "take your custom elsewhere",
    "take your business elsewhere",
    "don't expect us to",
    "nobody is forcing you",
    "no one is forcing you",
    "nobody forces you",
    "we won't miss you",
    "if you don't like it",
    "nessuno ti obbliga",
    "nessuno la obbliga",
    "nessuno vi obbliga",
    "nessuno ti costringe",
    "cambia pure",
    "vai pure altrove",
    "non ci mancherai",
    "non ci manchera",
    "datti una calmata",
    "si dia una calmata",
    "se non ti sta bene",
    "take your money elsewhere",
    "keep that sort of language",
    "keep that language",
    "won't miss it",
    "tienitelo",
    "tienila per te",
    "risparmiati",
    "cafonata",
    "con quella boccaccia",
    // Rude back with no swear word (tenth round).
    "risparmiarteli",
    "risparmiartelo",
    "risparmiartela",
    "puoi anche risparmiart*",
    "nessuno e pagato per",
    "la porta e quella",
    "se ti trovi meglio altrove",
    "a toddler would",
    "no wonder your",
    "with comments like that",
    "con commenti del genere",
    "con commenti cosi",
    // Rude back with no swear word (eleventh round).
    "a casa tua si parla",
    "con questo tono",
    "with language like that",
    "with that tone",
    "that's how you talk",
    "isn't the right place for you",
    "non e il posto giusto per te",
    "look in the mirror",
    "guardati allo specchio",
    "you're lucky anyone",
    "sei fortunato che",
    "rivolgerti a un altro operatore",
    "rivolgerti altrove",
    "genio",
    "pack it in",
    "il maleducato e chi",
    "la maleducata e chi",
    "neanche tu sei stato",
    "nemmeno tu sei stato",
    "neanche tu sei stata",
    "you seemed happy enough",
    "isn't exactly helpful either",
    // Put-downs (eleventh round).
    "ne capisci poco",
    "ne capisce poco",
    "ne capite poco",
    "da maleducati",
    "attitude like that",
    "throwing a tantrum",
    "tantrum",
    "really not that hard",
    "not that hard",
    "unlike some of the people",
    "unlike some people",
    // Twelfth round.
    "get a grip",
    "te lo puoi risparmiare",
    "puoi risparmiartelo",
    "keep it to yourself",
    "keep that to yourself",
    "keep your comments to yourself",
    "nessuno ha bisogno delle tue",
    "needs cooking lessons from you",
    "lessons from you",
    "lezioni da te",
    "idiotic",
    "can't even be civil",
    "cant even be civil",
    "won't be spoken to like that",
    "nothing useful to say",
    "clog up our page",
    "non sai nemmeno essere educat*",
    // Reply round 11.
    "nobody's forcing you",
    "no one's forcing you",
    "maybe don't use them then",
    "the only joke here",
    "l'unico schifo",
    "fatti una domanda",
    "non accettiamo lezioni",
    "like everyone else",
    "come tutti gli altri",
    // Reply round 12.
    "a differenza di chi",
    "whether you like it or not",
    "che ti piaccia o no",
    "che le piaccia o no",
    // Reply round 13.
    "sara chi scrive",
    "chi scrive insulti",
    // Reply round 14.
    "unlike your manners",
    "a differenza delle tue maniere",
    // Reply round 15.
    "se li puo risparmiare",
    "come qualcuno",
    "dillo a qualcun altro",
    // Reply round 16 (thirteenth session).
    "vallo a dire a qualcun altro",
    "tu evidentemente no",
    "which clearly isn't you",
    "clearly isn't you",
    "the only rubbish here",
    // Fourteenth session's reply rounds.
    "good riddance",
    "don't let the door hit you",
    "stop whining",
    "quit whining",
    "stop moaning",
    "some manners",
    "in manners",
    "says the person who",
    "says the guy who",
    "coming from someone who",
    "coming from a guy who",
    "bold words from",
    "better taste than you",
    "non rompere",
    "smettila di lamentarti",
    "come un maleducato",
    "come una maleducata",
    "di buone maniere",
    "detto da uno che",
    "detto da una che",
    "lo dici a qualcun altro",
    "di sicuro non tu",
    // Fifteenth session's reply rounds.
    "nobody here is impressed",
    "nobody's impressed",
    "makes you look daft",
    "look daft",
    "some of us actually work",
    "work for a living",
    "write your rubbish",
    "your rubbish",
    "don't bother coming back",
    "arrogant prat",
    "prat",
    "moaning from",
    "written by a toddler",
    "stick to instant",
    "even your mum",
    "do your homework",
    "get a life",
    "what's a joke is",
    "maybe don't comment",
    "don't know what you're talking about",
    "commenting without knowing",
    "tienilo per te",
    "tienili per te",
    "qui si lavora seriamente",
    "sputa sentenze",
    "non capisci niente",
    "nessuno ti rimpiangera",
    "scrivere cavolate",
    "cavolate",
    "scrivere sciocchezze",
    "prima di sparare",
    "sparare a caso",
    "fatti una vita",
    "commentare senza sapere",
    "la diamo noi a te",
    "non hai tempo da perdere",
    "non abbiamo tempo da perdere con",
    // Fifteenth session's reply rounds (2).
    "nessuno ti trattiene",
    "nessuno la trattiene",
    "nobody's stopping you",
    "nobody is stopping you",
    "no one is stopping you",
    // Reply dev's remaining put-downs (fifteenth session).
    "meglio di te",
    "pretty rich coming from",
    "rich coming from",
    "go for it, love",
    "there's a chippy",
    "sparare sentenze",
    "shop somewhere else",
    "maybe stick to",
    "a quanto pare non ti riguarda",
    "incompetente sara",
    "nobody's laughing at your",
    "wasn't the only rude one",
    "si commentano da soli",
    "risparmiaci",
    "stupidaggini",
    "farti controllare il palato",
    "get your taste buds checked",
    "say more about you",
    "do us all a favour",
    "feel free to cancel",
    "seem to manage just fine",
    "roba da quattro soldi",
    "noi facciamo un altro mestiere",
    "the least you deserved",
    "mind your own business",
    "instead of sulking",
    "instead of just ranting",
    "di inutili qui",
    "try actually turning up",
    "if you actually want",
    // Retail chains' round (fifteenth session).
    "neanche il tuo commento",
    "nemmeno il tuo commento",
    "your comment isn't exactly",
    "not exactly a model of",
    // Vulnerable customers' round (fifteenth session).
    "keep your insults",
    "nobody here is a thief",
    "lo dica a qualcun altro",
    "moderi i termini",
    // Delivery and restaurants' round (fifteenth session).
    "sara il tuo palato",
    "the only cheap rubbish here",
    "non l'hai mai assaggiato",
    "is your taste buds",
};

// A wink (😉) or a grin (😄 😁) in the answer to a complaint reads as irony.
constexpr std::string_view kWinkEmoji[] = {"\xF0\x9F\x98\x89", "\xF0\x9F\x98\x84", "\xF0\x9F\x98\x81"};

// A shrug (🤷, any skin tone or gender) in the answer to a complaint.
constexpr std::string_view kShrugEmoji[] = {"\xF0\x9F\xA4\xB7"};

// Emoji that read as eye-rolling in a brand's reply, whatever it answers: 🙄 🙃 😒.
constexpr std::string_view kSarcasmEmoji[] = {"\xF0\x9F\x99\x84", "\xF0\x9F\x99\x83", "\xF0\x9F\x98\x92"};
// A smirk or a skull (😏 💀) reads as mockery, except in the answer to a
// message that reads positive: to a tease or to praise it is a playful
// brand's wink back ("Cheeky 😏").
constexpr std::string_view kSmirkEmoji[] = {"\xF0\x9F\x98\x8F", "\xF0\x9F\x92\x80"};

// The brand's own contact details are not the customer's data. A number or an
// address the reply invites the customer to use: one of these, then at most
// two of kCallUsJoiners, then the number or address ("call us on", "chiamaci
// al numero verde", "chiama il 02…", "email us at", "scrivici a").
// Not "contact" or "phone" alone: "your contact number 347…" is the
// customer's, and not "chiama" alone: "il tecnico ti chiama al 347…" is too.
// clang-format off
constexpr std::string_view kCallUs[] = {
    "call us", "call", "ring us", "phone us", "text us", "whatsapp us", "dial", "contact us", "or contact",
    "please contact", "reach us", "give us a call", "give us a ring", "freephone", "our number",
    "our phone number", "our helpline", "helpline", "hotline", "chiamaci", "chiamateci", "telefonaci",
    "telefonateci", "contattaci", "contattateci", "numero verde", "il nostro numero", "al nostro numero",
    "chiama il", "chiama lo", "chiamate il", "chiamare il", "chiamando il", "chiami il", "ci chiami",
    "contatta il", "contattare il", "ci contatti", "ci telefoni",
    "email us", "e-mail us", "mail us", "write to us", "write to", "drop us a line", "our email",
    "scrivici", "scriveteci", "ci scriva", "scrivi a", "scrivete a", "scrivere a", "inviaci", "la nostra mail",
    "la nostra email", "il nostro indirizzo",
    "call our store", "call the store", "call our shop", "call the shop", "call our office", "call your local store",
    "chiama il negozio", "chiamate il negozio", "chiamare il negozio", "il nostro negozio", "il negozio",
    "our iban", "our bank details", "il nostro iban", "nostro iban", "nostre coordinate bancarie",
    "call our team", "our team", "customer service", "customer services", "servizio clienti", "assistenza clienti",
    "tel negozio", "tel del negozio", "telefono negozio", "telefono del negozio", "numero del negozio",
    "store phone", "store number", "the store's number", "shop phone",
    "ring",
    "ringing",
    "by ringing",
    "calling",
    "by calling",
    "phoning",
    "chiamando",
};
constexpr std::string_view kCallUsJoiners[] = {
    "at", "on", "the", "number", "free", "us", "our", "team", "line", "by", "phone",
    "al", "allo", "numero", "verde", "nostro", "il", "lo", "servizio", "clienti", "telefono",
    "a", "email", "mail", "e-mail", "all'", "indirizzo",
    "is", "are", "e", "sono", "whatsapp", "iban", "tel", "sort", "code", "account",  // folded: "è" is "e"
};
// Asking in public for what must not be posted in public: one of kAskFor,
// then within kAskReach words one of kPrivateData ("please send us your date
// of birth"), in a public reply that does not move to a private channel
// (kPrivately). Not after a negator: "never share your password".
constexpr std::string_view kAskFor[] = {
    "send us", "send me", "send over", "tell us", "share", "provide", "reply with", "post", "give us",
    "reply here with", "reply below with", "comment your", "comment with", "comment below with",
    "pop your", "leave your", "we need your", "we'll need your", "ci servono", "ci serve",
    "rispondi qui sotto con", "rispondi qui con", "rispondi con", "scrivi qui sotto", "scrivi nei commenti",
    "let us know", "what is your", "what's your", "whats your", "confirm", "type",
    "mandaci", "mandami", "inviaci", "inviami", "scrivici", "scrivimi", "scrivi qui", "dicci", "dimmi",
    "indicaci", "indicami", "comunicaci", "forniscici", "fornisci", "ci mandi", "ci invii", "ci scriva",
    "ci scrivi", "ci dica", "ci dici", "ci indichi", "ci indica", "ci comunichi", "ci fornisca", "conferma*",
    "ci confermi", "qual e il tuo", "qual e la tua", "qual e il suo", "qual e la sua", "lasciaci", "ci lasci",
    "mandarci", "inviarci", "scriverci", "dirci", "indicarci", "comunicarci", "fornirci",
    "rispondi a questo commento con",
    "risponda a questo commento con",
    "reply to this comment with",
    "in a reply below",
    "rispondi pure a questo commento con",
    "rispondi pure qui",
    "scrivi pure qui",
    "scrivici qui sotto",
    "qui nei commenti",
    "nei commenti",
    "in the comments",
    "in risposta a questo commento",
    "scrivicele",
    "scrivicelo",
    "pop them in",
    "drop your",
    "drop us your",
    "lascia qui",
    // Fourteenth session's reply rounds.
    "reply to this tweet with",
    "reply to this post with",
    "rispondici qui sotto con",
    "rispondici qui con",
    "rispondi qui sotto",
    "pubblica qui",
    // Fifteenth session's reply rounds.
    "scrivere qui sotto",
    "puoi scrivere qui",
    "write here",
    "write below",
};
constexpr std::string_view kPrivateData[] = {
    "card number", "card details", "date of birth", "dob", "password", "pin", "security code", "cvv", "cvc",
    "iban", "bank details", "account number", "sort code", "home address", "your address", "full address",
    "phone number", "mobile number", "your number", "email address", "your email", "passport number",
    "numero di carta", "numero della carta", "dati della carta", "data di nascita", "codice di sicurezza",
    "coordinate bancarie", "tuo indirizzo", "suo indirizzo", "indirizzo di casa", "indirizzo completo",
    "numero di telefono", "numero di cellulare", "tuo numero", "suo numero", "tua email", "tua mail",
    "sua email", "sua mail", "indirizzo email", "indirizzo e-mail", "codice fiscale", "carta d'identita",
    "documento d'identita", "username", "user name", "nome utente", "codice utente", "postal address",
    "numero di conto",
    "numero del conto",
    "la tua email",
    "postcode",
    "post code",
    "your postcode",
    "zip code",
    "email on your account",
    "the email on your account",
    "email dell'account",
    "email del tuo account",
    "nome e cognome",
    "name and address",
    "l'email con cui",
    "email con cui hai",
    "the email you used",
    "email you ordered with",
    "email you used",
    "conto corrente",
    "numero del suo conto",
    "numero del tuo conto",
    "ultime otto cifre",
    "last eight digits",
    "numero completo della carta",
    "numero completo della tua carta",
    "data di scadenza",
    "expiry date",
    "expiration date",
    "mail di registrazione",
    "email di registrazione",
    "registration email",
    "the email you registered with",
    // Reply round 11.
    "billing address",
    "delivery address",
    "shipping address",
    "account email",
    "indirizzo di fatturazione",
    "indirizzo di consegna",
    "indirizzo di spedizione",
    // Reply round 15.
    "the long number",
    "il numero lungo",
    // Fourteenth session's reply rounds.
    "codice cliente",
    "numero cliente",
    "customer number",
    "numero di polizza",
    "policy number",
    "full name",
    "nome completo",
    "email addresses",
    "bank statement",
    "estratto conto",
    "numero della tua carta",
    "numero della tessera",
    "numero della tua tessera",
    // Fifteenth session's reply rounds.
    "email you signed up with",
    "email you signed up",
    "cifre della carta",
    "vat number",
    "partita iva",
    "registered address",
    "sede legale",
    "digits of your card",
    "codice destinatario",
};
// What no brand asks for, in public or in private: what phishers ask for.
// "The last 4 digits of your card number" is fine (kLastDigits).
// Health details of the customer's (special-category data under the GDPR):
// a public reply must not say that someone has a prescription, a diagnosis
// or a treatment. With the customer's possessive: "la ricetta" alone is a
// pharmacy's word, "your prescription is ready" is one person's health.
constexpr std::string_view kHealthData[] = {
    "your prescription*", "your test results", "your blood test*", "your scan results", "your diagnosis",
    "your medication*", "your medicine*", "your therapy", "your insulin", "your pregnancy",
    "your surgery", "your x-ray", "your mri", "your allergy", "your allergies", "your condition",
    "la tua ricetta", "la sua ricetta", "le tue ricette", "le sue ricette", "il tuo referto", "il suo referto",
    "i tuoi referti", "i suoi referti", "i tuoi esami", "i suoi esami", "la tua diagnosi", "la sua diagnosi",
    "la tua terapia", "la sua terapia", "i tuoi farmaci", "i suoi farmaci", "il tuo farmaco", "il suo farmaco",
    "la tua insulina", "la sua insulina", "la tua gravidanza", "la sua gravidanza", "la tua patologia",
    "la sua patologia", "la tua allergia", "la sua allergia",
    // Vulnerable customers' round (fifteenth session).
    "hiv",
    "your dialysis",
    "la tua dialisi",
    "la sua dialisi",
    "diabete di tuo",
    "diabete di sua",
    "your dementia",
    "la sua demenza",
};
constexpr std::string_view kSecrets[] = {
    "card number", "full card number", "card details", "long card number", "your pin", "pin number", "card pin", "password",
    "security code", "cvv", "cvc", "cvv2", "numero di carta", "numero della carta", "dati della carta",
    "codice di sicurezza", "codice segreto", "codice pin", "pin della carta", "il pin", "il tuo pin", "cvv della carta",
    "numero completo della carta",
    "numero completo della tua carta",
};
constexpr std::string_view kLastDigits[] = {"last", "ultime", "ultimi"};
constexpr std::string_view kPrivately[] = {
    "dm", "dms", "direct message", "direct messages", "private message", "privately", "in private", "inbox",
    "pm", "messaggio privato", "messaggi privati", "in privato", "in direct", "in chat privata", "by email",
    "via email", "per email", "via mail", "per mail", "by phone", "al telefono", "secure form",
    "modulo sicuro",
    "in the app",
    "in our app",
    "nell'app",
    "nella app",
    "sull'app",
    "in app",
    // Typed where the customer shops, not posted (reply round 11).
    "at checkout",
    "al checkout",
    "on our website",
    "on our site",
    "sul nostro sito",
    "sul sito",
};
constexpr size_t kAskReach = 10;  // words between the ask and the data
// A complaint this confident owes an apology even when the message is a
// question; below it, a question wants its answer unless the message reads
// this negative (sentiment score).
constexpr float kComplaintLeads = 0.8f;
constexpr float kNegativeQuestion = 0.3f;
constexpr std::string_view kAskNegators[] = {"never", "not", "don't", "dont",    "non",     "mai",    "nor",
                                             "ne",    "senza", "without", "niente", "nessun", "nessuna", "nothing"};
// What the brand never asks for is a warning, not an ask: "Harbourstone will
// never ask you to move money or to share your PIN", "non ti chiederemo mai
// di comunicare il PIN". A verb of asking earlier in the ask's sentence,
// with a negator within two words before it or "mai" right after it.
constexpr std::string_view kAskingVerbs[] = {"ask",      "asks",      "request",  "requests",  "chiede",
                                             "chiediamo", "chiederemo", "chiedera", "chiederà", "richiede",
                                             "richiediamo", "chiedono", "chiederanno"};
constexpr size_t kNeverAsksReach = 16;

// "Is this a scam? I got a text asking for my PIN": a customer asking whether
// something is a scam reports a third party's fraud, and a reply that thanks
// them for it owes no apology. Whole words, matched case-insensitively ("scampi"
// and "truffle" are not scams).
constexpr std::string_view kScamWords[] = {
    "scam",   "scams",  "scammed",  "scammer",  "scammers", "phishing", "smishing",  "fraud",      "frauds",
    "truffa", "truffe", "truffato", "truffata", "truffati", "truffate", "truffatori", "frode", "frodi",
};

// Whether `f` holds for one of the words of `message`: runs of ASCII
// letters and of any byte of a multi-byte character.
template <typename F>
bool AnyMessageWord(std::string_view message, const F& f) {
  const auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  };
  for (size_t i = 0; i < message.size();) {
    if (!letter(message[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < message.size() && letter(message[end])) ++end;
    if (f(message.substr(i, end - i))) return true;
    i = end;
  }
  return false;
}

// Whether a word of `message` is one of `words`, case ignored.
template <size_t N>
bool MessageHasWord(std::string_view message, const std::string_view (&words)[N]) {
  return AnyMessageWord(message, [&](std::string_view word) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](std::string_view w) { return internal::EqualsIgnoreCase(word, w); });
  });
}

// "Servizio clienti ridicolo" → "ridicolo è il tuo commento"; "Devs are
// clueless" → "clueless is someone who can't get past level 3": the
// customer's own hard word turned back on them answers in kind. Whether
// `folded` (a draft's word, folded) is one of the message's words, or shares
// all but its last letter with one of five letters or more ("incapaci" /
// "incapace").
bool MessageEchoes(std::string_view message, std::string_view folded) {
  return AnyMessageWord(message, [&](std::string_view raw) {
    const std::string word = Fold(raw);
    return word == folded || (word.size() >= 5 && word.size() == folded.size() &&
                              word.compare(0, word.size() - 1, folded, 0, folded.size() - 1) == 0);
  });
}
// A word of the draft this bad, found in a hostile message, is an echo (see
// MessageEchoes): "schifo", "ridicolo", "worst", "clueless"; not "problem"
// or "late".
constexpr float kEchoValence = -1.5f;
constexpr size_t kEchoReach = 3;

bool AsksAboutAScam(std::string_view message, const Intents& intents) {
  return intents.of(Intent::kQuestion) >= kIntentReportThreshold && MessageHasWord(message, kScamWords);
}

// An entry to a contest under a brand's post ("Partecipo! 🤞 @anna",
// "Entering! My fave bake is lemon drizzle"): good luck answers it; it is no
// praise that wants thanks.
constexpr std::string_view kContestEntries[] = {"partecipo", "partecipooo", "partecipoooo", "entering",
                                                "entered"};
bool EntersAContest(std::string_view message) { return MessageHasWord(message, kContestEntries); }

// A message that opens by tagging someone ("@Sofia siamo noi ogni lunedì 😂",
// "@Luke we HAVE to go here 😍") speaks to a friend when the reply greets
// the tagged person too ("Hi Phoebe and Luke!"): its warmth is no praise
// owed thanks. The tagged name is the handle's first run of letters
// ("@luca_rossi96": "luca"), looked for in the reply's first sentence.
bool TagsAFriend(std::string_view message, std::string_view draft) {
  const size_t at = message.find_first_not_of(" \t\n");
  if (at == std::string_view::npos || message[at] != '@') return false;
  size_t end = at + 1;
  while (end < message.size() && ((message[end] >= 'a' && message[end] <= 'z') ||
                                  (message[end] >= 'A' && message[end] <= 'Z')))
    ++end;
  const std::string_view name = message.substr(at + 1, end - at - 1);
  if (name.size() < 2) return false;
  const std::string_view opening = draft.substr(0, draft.find_first_of(".!?\n"));
  return AnyMessageWord(opening, [&](std::string_view word) { return internal::EqualsIgnoreCase(word, name); });
}

// An order, ticket or tracking number can look like a phone number
// ("ordine n. 3456789012" is an Italian mobile's shape): one of these labels,
// then at most two kReferenceJoiners, then the digits. Not "numero" or
// "number" alone: "il tuo numero 347…" is the customer's phone.
constexpr std::string_view kReferenceLabels[] = {
    "order", "ordine", "ticket", "case", "pratica", "tracking", "spedizione", "shipment", "parcel",
    "pacco", "invoice", "fattura", "reference", "ref", "riferimento", "rif", "reso", "return", "rma",
    "iva", "vat", "imei", "serial", "seriale", "matricola",  // the brand's VAT number, a device's
};
constexpr std::string_view kReferenceJoiners[] = {
    "n", "nr", "no", "num", "number", "numero", "id", "code", "codice", "is", "e", "di", "d'", "del", "dell'",
    "della", "your", "il", "la", "tuo", "tua", "vostro", "vostra",  // folded: "è" is "e"
};
// clang-format on
// Role mailboxes, with '.', '-' and '_' removed: "assistenza@…", "customer.care@…".
constexpr std::string_view kRoleMailboxes[] = {
    "support",
    "help",
    "helpdesk",
    "info",
    "care",
    "customercare",
    "customerservice",
    "customersupport",
    "service",
    "hello",
    "contact",
    "contacts",
    "contactus",
    "assistenza",
    "assistenzaclienti",
    "supporto",
    "aiuto",
    "servizioclienti",
    "clienti",
    "customer",
    "customers",
    "ordini",
    "orders",
    "order",
    "billing",
    "fatturazione",
    "rimborsi",
    "refunds",
    "amministrazione",
    "reclami",
    "complaints",
    "privacy",
    "dpo",
    "noreply",
    "shop",
    "store",
    "negozio",
    "sales",
    "vendite",
    "press",
    "stampa",
    "returns",
    "resi",
    "social",
    "booking",
    "prenotazioni",
    "reservations",
    "exams",
    "admissions",
    "bookings",
    "segreteria",
    "students",
    "studenti",
    "enquiries",
    "inquiries",
    "feedback",
};

// Upper-case words that are names of things, not shouting.
constexpr std::string_view kAcronyms[] = {"dm", "faq", "iban", "pin",  "ok", "sms", "pdf",  "usa",    "eu",
                                          "ue", "iva", "cap",  "gdpr", "cf", "id",  "url",  "iphone", "ios",
                                          "tv", "pc",  "spid", "pec",  "nb", "ps",  "asap", "usb",    "wifi"};

// Short words no word list of the lexicon has, shouted all the same: "a FULL
// refund", "HALF the price".
constexpr std::string_view kPlainShortWords[] = {"full", "half", "own", "mine", "yours", "ours"};
// Words that introduce a product's name, which may be written in capitals.
constexpr std::string_view kProductNouns[] = {"app",      "sito",        "carta",     "piano",     "offerta",
                                              "tariffa",  "abbonamento", "programma", "servizio",  "linea",
                                              "prodotto", "modello",     "conto",     "plan",      "card",
                                              "offer",    "tariff",      "scheme",    "programme", "program",
                                              "service",  "product",     "model",     "account",   "website"};

// ---------------------------------------------------------------------------

// The draft as words (folded once) with their UTF-16 spans: words, numbers,
// hashtags (without '#') and "%".
using DraftWords = FoldedWords;

std::optional<std::string_view> DraftWordText(const Token& t) {
  if (t.kind == TokenKind::kHashtag) return std::string_view(t.text).substr(1);
  if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || t.text == "%")
    return std::string_view(t.text);
  return std::nullopt;
}

// Holds back the findings that start inside the word the caret is in or at
// the end of: a word still being typed ("ass" on the way to "assist"). Words,
// numbers, hashtags, mentions, links and e-mail addresses can grow; emoji and
// punctuation cannot.
void DeferUnfinishedWord(const std::vector<Token>& tokens, size_t caret, ReplyCheck* check) {
  for (const Token& t : tokens) {
    if (t.utf16_begin >= caret) break;
    if (caret > t.utf16_end) continue;
    if (t.kind == TokenKind::kPunctuation || t.kind == TokenKind::kSymbol || t.kind == TokenKind::kEmoji ||
        t.kind == TokenKind::kEmoticon) {
      continue;
    }
    std::vector<Finding>& findings = check->findings;
    const auto starts_inside = [&t](const Finding& f) {
      return f.utf16_begin >= t.utf16_begin && f.utf16_begin < t.utf16_end;
    };
    const size_t before = findings.size();
    findings.erase(std::remove_if(findings.begin(), findings.end(), starts_inside), findings.end());
    check->deferred = before - findings.size();
    return;
  }
}

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<Token> tokens;
  std::vector<std::string> words;
  if (!Tokenize(phrase, &tokens).ok()) return words;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kPunctuation && t.text == "*" && !words.empty()) {
      words.back() += '*';
    } else if (t.text == "%" && !words.empty()) {  // the tokenizer's punctuation: "100%" is two words
      words.push_back("%");
    } else if (t.kind != TokenKind::kPunctuation) {
      words.push_back(Fold(t.text));
    }
  }
  return words;
}

bool WordMatches(std::string_view pattern, std::string_view word) {
  if (!pattern.empty() && pattern.back() == '*') {
    return internal::StartsWith(word, pattern.substr(0, pattern.size() - 1));
  }
  return SameBytes(pattern, word);
}

// The built-in word lists, tokenized and folded once into one index by first
// word, so that a draft is scanned once, one lookup a word, whatever the
// number of lists and phrases.
enum class List : uint8_t {
  kGreetings,
  kThanks,
  kApologies,
  kBlame,
  kNonApologies,
  kSarcasm,
  kRobotic,
  kPromises,
  kNotPromises,
  kNotCrude,
  kCallUs,
  kAskFor,
  kPrivateData,
  kSecrets,
  kPrivately,
  kPutDowns,
  kStockApologies,
  kNotBlame,
  kHealthData
};
constexpr size_t kListCount = 19;

class PhraseIndex {
 public:
  // Where each list's phrases occur in a draft: (first word, word count), in
  // word order.
  using Matches = std::array<std::vector<std::pair<size_t, size_t>>, kListCount>;

  PhraseIndex() {
    Add(List::kGreetings, kGreetings);
    Add(List::kThanks, kThanks);
    Add(List::kApologies, kApologies);
    Add(List::kBlame, kBlame);
    Add(List::kNonApologies, kNonApologies);
    Add(List::kSarcasm, kSarcasm);
    Add(List::kRobotic, kRobotic);
    Add(List::kPromises, kPromises);
    Add(List::kNotPromises, kNotPromises);
    Add(List::kNotCrude, kNotCrude);
    Add(List::kCallUs, kCallUs);
    Add(List::kAskFor, kAskFor);
    Add(List::kPrivateData, kPrivateData);
    Add(List::kSecrets, kSecrets);
    Add(List::kPrivately, kPrivately);
    Add(List::kPutDowns, kPutDowns);
    Add(List::kStockApologies, kStockApologies);
    Add(List::kNotBlame, kNotBlame);
    Add(List::kHealthData, kHealthData);
  }

  void Scan(const DraftWords& w, Matches* out) const {
    for (auto& m : *out) m.clear();
    for (size_t i = 0; i < w.folded.size(); ++i) {
      if (const std::vector<size_t>* starting = by_first_word_.Find(w.folded[i])) {
        for (size_t p : *starting) Try(p, w, i, out);
      }
      if (w.folded[i].size() >= 3) {
        if (const std::vector<size_t>* starting =
                by_prefix_.Find(std::string_view(w.folded[i]).substr(0, 3))) {
          for (size_t p : *starting) Try(p, w, i, out);
        }
      }
      for (size_t p : by_short_prefix_) Try(p, w, i, out);
    }
  }

  static bool MatchesAt(const std::vector<std::string>& words, const DraftWords& w, size_t i) {
    return MatchesAt(
        words.size(), [&](size_t k) { return std::string_view(words[k]); }, w, i);
  }

  // Whether the `count` words that `word(k)` gives match the draft from word `i`.
  template <typename WordAt>
  static bool MatchesAt(size_t count, const WordAt& word, const DraftWords& w, size_t i) {
    if (i + count > w.folded.size()) return false;
    for (size_t k = 0; k < count; ++k) {
      if (!WordMatches(word(k), w.folded[i + k])) return false;
    }
    return true;
  }

  // The UTF-16 spans of `matches`, in order.
  static std::vector<std::pair<size_t, size_t>> Spans(const std::vector<std::pair<size_t, size_t>>& matches,
                                                      const DraftWords& w) {
    std::vector<std::pair<size_t, size_t>> spans;
    for (const auto& [i, length] : matches)
      spans.emplace_back(w.spans[i].first, w.spans[i + length - 1].second);
    // In order; a term inside a longer one of the same list ("ti ho già
    // detto" in "come ti ho già detto") is not a second finding.
    std::sort(spans.begin(), spans.end());  // by start, then end
    size_t kept = 0, reach = 0;
    for (const auto& span : spans) {
      if (kept > 0 && spans[kept - 1].first == span.first) {  // the same start: the longer one
        spans[kept - 1] = span;
        reach = std::max(reach, span.second);
        continue;
      }
      if (kept > 0 && span.second <= reach) continue;
      reach = span.second;
      spans[kept++] = span;
    }
    spans.resize(kept);
    return spans;
  }

 private:
  template <size_t N>
  void Add(List list, const std::string_view (&phrases)[N]) {
    Add(list, phrases, N);
  }
  // One body for every list (a template body per list size was 18 copies).
  void Add(List list, const std::string_view* phrases, size_t count) {
    for (size_t i = 0; i < count; ++i) {
      const std::string_view p = phrases[i];
      std::vector<std::string> words = PhraseWords(p);
      if (words.empty()) continue;
      const std::string& first = words.front();
      if (!first.empty() && first.back() == '*' && first.size() >= 4) {
        by_prefix_.FindOrInsert(std::string_view(first).substr(0, 3))->push_back(phrases_.size());
      } else if (!first.empty() && first.back() == '*') {
        by_short_prefix_.push_back(phrases_.size());
      } else {
        by_first_word_.FindOrInsert(first)->push_back(phrases_.size());
      }
      const char second = words.size() > 1 && !words[1].empty() ? words[1][0] : '\0';
      phrases_.push_back(
          Phrase{static_cast<uint32_t>(words_.size()), static_cast<uint16_t>(words.size()), list, second});
      for (const std::string& word : words) {
        words_.emplace_back(static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(word.size()));
        arena_ += word;
      }
    }
  }

  // A built-in phrase: its words are words_[first, first + count), their
  // letters in arena_, all in one place so that a scan stays in cache.
  struct Phrase {
    uint32_t first;
    uint16_t count;
    List list;
    char second;  // the first letter of its second word ('\0' for one word)
  };

  void Try(size_t p, const DraftWords& w, size_t i, Matches* out) const {
    const Phrase& phrase = phrases_[p];
    // Most candidates fail on the second word's first letter: "as", "come",
    // "we" start dozens of phrases.
    if (phrase.count > 1 && (i + phrase.count > w.folded.size() || w.folded[i + 1].empty() ||
                             w.folded[i + 1][0] != phrase.second)) {
      return;
    }
    const auto word = [&](size_t k) {
      const std::pair<uint32_t, uint32_t>& at = words_[phrase.first + k];
      return std::string_view(arena_).substr(at.first, at.second);
    };
    if (MatchesAt(phrase.count, word, w, i))
      (*out)[static_cast<size_t>(phrase.list)].emplace_back(i, phrase.count);
  }

  std::vector<Phrase> phrases_;
  std::vector<std::pair<uint32_t, uint32_t>> words_;  // (offset, length) in arena_
  std::string arena_;
  TermMap<std::vector<size_t>> by_first_word_;  // FNV over one arena: cheaper than std::hash
  // Phrases whose first word ends in '*': by its first three letters, and
  // (tried at every word) those with a shorter prefix.
  TermMap<std::vector<size_t>> by_prefix_;
  std::vector<size_t> by_short_prefix_;
};

// X counts most characters once and some twice; a URL is always 23, an
// emoji (with its modifiers and joiners) 2.
int WeightedLength(const std::vector<Token>& tokens, std::string_view text, size_t* cut_utf16, int limit) {
  int weight = 0;
  size_t utf16 = 0;
  *cut_utf16 = std::string_view::npos;
  // `units` UTF-16 units weighing `w` each, from `utf16` on.
  const auto add = [&](int w, size_t count, size_t units) {
    const int total = w * static_cast<int>(count);
    if (*cut_utf16 == std::string_view::npos && weight + total > limit) {
      const int fit = limit > weight ? (limit - weight) / w : 0;  // how many still fit
      *cut_utf16 = utf16 + static_cast<size_t>(fit) * units;
    }
    weight += total;
    utf16 += count * units;
  };
  // The bytes [from, to) outside links and emoji, a run of ASCII at a time.
  const auto plain = [&](size_t from, size_t to) {
    for (size_t i = from; i < to;) {
      const unsigned char b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        size_t j = i + 1;
        while (j < to && static_cast<unsigned char>(text[j]) < 0x80) ++j;
        add(1, j - i, 1);
        i = j;
        continue;
      }
      const size_t bytes = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      char32_t c = 0x10000;
      if (bytes == 2) c = ((b & 0x1F) << 6) | (text[i + 1] & 0x3F);
      if (bytes == 3) c = ((b & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
      const bool light =
          c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247);
      add(light ? 1 : 2, 1, bytes == 4 ? 2 : 1);
      i += bytes;
    }
  };
  size_t at = 0;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kUrl && t.kind != TokenKind::kEmoji) continue;
    plain(at, t.byte_begin);
    // Counted as one character: the cut falls before it or after it.
    add(t.kind == TokenKind::kUrl ? 23 : 2, 1, t.utf16_end - t.utf16_begin);
    at = t.byte_end;
  }
  plain(at, text.size());
  return weight;
}

int CountSyllablesEn(std::string_view word) {
  int count = 0;
  bool previous_vowel = false;
  for (char c : word) {
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    if (vowel && !previous_vowel) ++count;
    previous_vowel = vowel;
  }
  if (word.size() > 2 && word.back() == 'e' && count > 1) --count;
  return std::max(1, count);
}

// Gulpease for Italian, Flesch reading ease for English; clamped to 0..100.
double Readability(const std::vector<Token>& tokens, const DraftWords& w, Language language) {
  size_t sentences = 0;
  size_t letters = 0;
  size_t syllables = 0;
  const size_t words = w.folded.size();
  if (words == 0) return 100;
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kPunctuation && (t.text.find_first_of(".!?") != std::string::npos ||
                                              t.text.find("\xE2\x80\xA6") != std::string::npos)) {
      ++sentences;
    }
  }
  if (sentences == 0 || (!tokens.empty() && tokens.back().kind != TokenKind::kPunctuation)) ++sentences;
  for (const std::string_view word : w.folded) {
    letters += word.size();
    syllables += CountSyllablesEn(word);
  }
  double score;
  if (language == Language::kItalian) {
    score = 89.0 + (300.0 * sentences - 10.0 * letters) / words;
  } else {
    score = 206.835 - 1.015 * (static_cast<double>(words) / sentences) -
            84.6 * (static_cast<double>(syllables) / words);
  }
  return std::round(std::clamp(score, 0.0, 100.0) * 10) / 10;
}

// Whether [begin, end) lies inside one of `spans`: a word list's match inside
// an exemption ("sempre" in "siamo sempre qui", "hate" in "hate to hear").
bool Inside(const std::vector<std::pair<size_t, size_t>>& spans, size_t begin, size_t end) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const std::pair<size_t, size_t>& s) { return s.first <= begin && end <= s.second; });
}

// Appends the UTF-16 span of every emoji token that starts with one of `emoji`.
template <size_t N>
void AddEmojiSpans(const std::vector<Token>& tokens, const std::string_view (&emoji)[N],
                   std::vector<std::pair<size_t, size_t>>* spans) {
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kEmoji) continue;
    for (std::string_view e : emoji) {
      if (t.text.compare(0, e.size(), e) == 0) spans->emplace_back(t.utf16_begin, t.utf16_end);
    }
  }
}

// The index in `w` of the first word that starts at or after UTF-16 offset
// `utf16` (w.folded.size() when none does).
size_t WordIndexAt(const DraftWords& w, size_t utf16) {
  size_t at = 0;
  while (at < w.spans.size() && w.spans[at].first < utf16) ++at;
  return at;
}

// Whether `found(at)` holds at the first word of `m` (`at` is its index in
// `w`) or, going back, after skipping at most two words of `joiners`: "chiama
// il 02…", "ordine n. 347…".
template <size_t N, typename Found>
bool AfterAtMostTwoJoiners(const PiiMatch& m, const DraftWords& w, const std::string_view (&joiners)[N],
                           const Found& found) {
  size_t at = WordIndexAt(w, m.utf16_begin);
  for (size_t skipped = 0;; ++skipped) {
    if (found(at)) return true;
    if (skipped == 2 || at == 0 || !internal::IsOneOf(w.folded[at - 1], joiners)) {
      return false;
    }
    --at;
  }
}

// Whether the phone number `text` is toll-free: a business's, never a
// customer's. 0800 and 0808 (UK), 800 and 803 (Italy's numero verde), and
// North America's 800, 888, 877, 866, 855, 844 and 833, with or without the
// country code.
bool Freephone(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  if (internal::StartsWith(digits, "00")) digits.erase(0, 2);  // "0044 800…"
  if (internal::StartsWith(digits, "44")) digits.replace(0, 2, "0");
  if (internal::StartsWith(digits, "39")) digits.erase(0, 2);
  if (internal::StartsWith(digits, "0800") || internal::StartsWith(digits, "0808")) return true;
  if (digits.size() == 9 && (internal::StartsWith(digits, "800") || internal::StartsWith(digits, "803")))
    return true;
  if (digits.size() == 11 && digits[0] == '1') digits.erase(0, 1);
  static constexpr std::string_view kTollFree[] = {"800", "888", "877", "866", "855", "844", "833"};
  return digits.size() == 10 && internal::IsOneOf(std::string_view(digits).substr(0, 3), kTollFree);
}

// The draft's text between word `at` - 1 and word `at` (0 < at < words):
// spaces, punctuation, emoji.
std::string_view GapBefore(const DraftWords& w, std::string_view draft, size_t at) {
  return draft.substr(w.tokens[at - 1]->byte_end, w.tokens[at]->byte_begin - w.tokens[at - 1]->byte_end);
}

// Whether one of the `n` words before word `k` is in `list`.
template <size_t N>
bool AnyWordBefore(const DraftWords& w, size_t k, size_t n, const std::string_view (&list)[N]) {
  for (size_t j = k > n ? k - n : 0; j < k; ++j) {
    if (internal::IsOneOf(w.folded[j], list)) return true;
  }
  return false;
}

// "Auto-renewal was clearly shown when you signed up", "le esclusioni sono
// riportate chiaramente nelle condizioni": saying the rules were there to be
// seen is blame. A verb of being, then "clearly" and a participle of showing
// in either order; not denied ("non era indicato chiaramente" owns the
// fault), not without the verb ("clearly labelled on the front" describes).
// The spans from the verb to the last of the two words.
std::vector<std::pair<size_t, size_t>> PlainToSee(const DraftWords& w) {
  static constexpr std::string_view kBeing[] = {"is",    "was",   "are",   "were",  "it's",   "its",
                                                "been",  "e",     "era",   "sono",  "erano",  "stato",
                                                "stata", "stati", "state", "viene", "vengono"};
  static constexpr std::string_view kShown[] = {
      "stated",    "listed",     "shown",    "explained", "labelled",    "labeled",
      "displayed", "written",    "marked",   "indicated", "specified",   "mentioned",
      "indicat*",  "riportat*",  "scritt*",  "spiegat*",  "specificat*", "evidenziat*",
      "descritt*", "illustrat*", "mostrat*", "segnalat*"};
  const auto shown = [&](size_t k) {
    return k < w.folded.size() && std::any_of(std::begin(kShown), std::end(kShown), [&](std::string_view p) {
             return WordMatches(p, w.folded[k]);
           });
  };
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t i = 1; i < w.folded.size(); ++i) {
    if (w.folded[i] != "clearly" && w.folded[i] != "chiaramente") continue;
    size_t being = 0, last = 0;
    if (shown(i + 1) && internal::IsOneOf(w.folded[i - 1], kBeing)) {
      being = i - 1, last = i + 1;
    } else if (i >= 2 && shown(i - 1) && internal::IsOneOf(w.folded[i - 2], kBeing)) {
      being = i - 2, last = i;
    } else {
      continue;
    }
    if (AnyWordBefore(w, being, 1, kAskNegators)) continue;
    spans.emplace_back(w.spans[being].first, w.spans[last].second);
  }
  return spans;
}

// Whether a gap between words holds a dot that ends something: one followed
// by a space, a closing mark or nothing. A dot inside a link or a number
// ("theoakroom.co.uk/christmas", "3.5") does not.
bool EndsWithADot(std::string_view gap) {
  for (size_t i = gap.find('.'); i != std::string_view::npos; i = gap.find('.', i + 1)) {
    // 0xC2 starts "»" and a no-break space.
    if (i + 1 == gap.size() ||
        std::string_view(" \t\r\n)\"'\xC2").find(gap[i + 1]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// Whether a sentence ends between words `from` and `to` (from <= to).
// (A dot after a single letter ends an abbreviation, "S.p.A.", "U.K.", not a
// sentence.)
bool SentenceEndsBetween(const DraftWords& w, std::string_view draft, size_t from, size_t to) {
  for (size_t at = from + 1; at <= to && at < w.tokens.size(); ++at) {
    const std::string_view gap = GapBefore(w, draft, at);
    if (gap.find_first_of("!?\n") != std::string_view::npos) return true;
    if (EndsWithADot(gap) && w.tokens[at - 1]->text.size() > 1) return true;
  }
  return false;
}

// Whether word `k` starts a sentence: the draft's first word, or one after a
// sentence's end (SentenceEndsBetween: not a dot in a link, a number or an
// abbreviation).
bool SentenceStartsAt(const DraftWords& w, std::string_view draft, size_t k) {
  return k == 0 || SentenceEndsBetween(w, draft, k - 1, k);
}

// The index of the first word of `list` among the `reach` words from word
// `from` on, before a gap holding one of `breaks` (a clause's or a
// sentence's end); npos when there is none.
template <size_t N>
size_t WordAhead(const DraftWords& w, std::string_view draft, size_t from, size_t reach,
                 std::string_view breaks, const std::string_view (&list)[N]) {
  for (size_t at = from; at < w.folded.size() && at < from + reach; ++at) {
    if (at > 0 && GapBefore(w, draft, at).find_first_of(breaks) != std::string_view::npos) break;
    if (internal::IsOneOf(w.folded[at], list)) return at;
  }
  return std::string_view::npos;
}

// Going back from word `at` (not included) over at most `reach` words of its
// sentence, the index of the first word `stop(index)` holds for; npos when
// there is none.
template <typename Stop>
size_t WordBehind(const DraftWords& w, std::string_view draft, size_t at, size_t reach, const Stop& stop) {
  for (size_t k = at; k > 0 && at - k < reach; --k) {
    if (k < w.tokens.size() && SentenceEndsBetween(w, draft, k - 1, k)) break;
    if (stop(k - 1)) return k - 1;
  }
  return std::string_view::npos;
}

// The customer's own: "your", "tuo", "suo"…
constexpr std::string_view kCustomerPossessives[] = {
    "your", "yours", "his", "her", "their", "tuo", "tua", "tuoi", "tue", "suo", "sua", "vostro", "vostra",
};

// A number, mailbox, postal address or account the reply tells the customer
// to use is the brand's: one of kContactVerbs among the kContactReach words
// before it in its sentence ("può prenotare anche telefonando al 0523…",
// "chiama il numero di emergenza 02…", "you can book on 020…", "inoltralo a
// sicurezza@…", "email your request to foi@…", "pay Acme Ltd, sort code…",
// "raccomandata A/R a Acme S.p.A., Casella Postale 150", "il WhatsApp
// +39 331…"). Not when the brand acts on the customer ("ti chiamiamo al
// 347…", "we'll call you on 07…", "we've sent it to…"), nor when the
// customer's own number, address or account stands in between ("on your
// mobile 07…").
// clang-format off
constexpr std::string_view kContactVerbs[] = {
    "call", "ring", "book", "dial", "text", "calling", "booking", "ringing", "phone", "telephone", "tel",
    "whatsapp", "email", "e-mail", "emailing", "write", "forward", "send", "post", "contact", "pay",
    "paying", "payable", "transfer",
    "chiama", "chiamate", "chiami", "chiamando", "chiamare", "chiamarci", "chiamaci", "chiamateci",
    "telefona", "telefonate", "telefoni", "telefonando", "telefonare", "telefonarci", "telefono",
    "prenota", "prenotate", "prenoti", "prenotando", "prenotare", "prenotarlo", "prenotarla",
    "inoltra", "inoltralo", "inoltrala", "inoltrarlo", "inoltrarla", "inoltrare", "invia", "inviare", "inviarlo",
    "inviarla", "inviarci", "invialo", "inviala", "scrivi", "scrivere", "scriverci", "manda", "mandare",
    "mandalo", "mandala", "contatta", "contattare", "paga", "pagare", "raccomandata", "spedisci", "spedire",
};
// Right before the verb, the brand as its subject ("we'll post it to…"; also
// written without the apostrophe, "well", "weve"): the brand acts on the
// customer's data. Right before or after it, the customer as its object
// ("il tecnico ti chiama al…", "call you on…").
constexpr std::string_view kBrandActs[] = {"we", "we'll", "we've", "we'd", "weve", "well"};
constexpr std::string_view kCalledPronouns[] = {"ti", "la", "vi", "le", "lo", "you", "te"};
// The customer's own data named before it: "your mobile 07…", "il tuo numero".
constexpr std::string_view kDataNouns[] = {
    "number", "phone", "mobile", "email", "address", "account", "numero", "telefono", "cellulare",
    "indirizzo", "mail", "conto",
};
// clang-format on
constexpr size_t kContactReach = 12;

bool ContactVerbBefore(const PiiMatch& m, const DraftWords& w, std::string_view draft) {
  const auto customers_data = [&w](size_t k) {
    return internal::IsOneOf(w.folded[k], kCustomerPossessives) && k + 1 < w.folded.size() &&
           internal::IsOneOf(w.folded[k + 1], kDataNouns);
  };
  const auto stop = [&](size_t k) {
    return customers_data(k) || internal::IsOneOf(w.folded[k], kContactVerbs);
  };
  // An e-mail address is no word of the draft: the word before it is looked
  // at first, as the gap up to the next word holds the address's dots.
  const size_t at = WordIndexAt(w, m.utf16_begin);
  if (at == 0) return false;
  const size_t k = stop(at - 1) ? at - 1 : WordBehind(w, draft, at - 1, kContactReach - 1, stop);
  if (k == std::string_view::npos || customers_data(k)) return false;
  // "your phone 347…", "il tuo numero di telefono è 347…": the customer's.
  if (AnyWordBefore(w, k, 3, kCustomerPossessives)) return false;
  // "We'll call you", "il tecnico ti chiama", "call you on": the customer is called.
  if (k >= 1 && (internal::IsOneOf(w.folded[k - 1], kBrandActs) ||
                 (w.folded[k - 1] != "you" && internal::IsOneOf(w.folded[k - 1], kCalledPronouns)))) {
    return false;
  }
  return k + 1 >= w.folded.size() || !internal::IsOneOf(w.folded[k + 1], kCalledPronouns);
}

// An e-mail address is the customer's when it looks personal: at a
// consumer provider, or naming the customer ("anna.rossi@…"), or a person's
// "first.last" shape. Other mailboxes at an organisation's domain, which a
// contact verb introduces, are the brand's (ContactVerbBefore).
constexpr std::string_view kConsumerMailDomains[] = {
    "gmail",      "googlemail", "hotmail",  "outlook",     "live",     "msn",      "yahoo",   "ymail",
    "icloud",     "me",         "mac",      "aol",         "libero",   "virgilio", "alice",   "tim",
    "tiscali",    "fastwebnet", "email",    "inwind",      "katamail", "gmx",      "proton",  "protonmail",
    "btinternet", "sky",        "talktalk", "virginmedia", "ntlworld", "orange",   "comcast", "verizon",
    "att",        "mail",       "yandex",   "zoho",
};
bool PersonalMailbox(const PiiMatch& m, std::string_view customer_name) {
  const std::string_view text = m.text;
  const size_t at = text.find('@');
  if (at == std::string_view::npos) return true;
  const std::string local = Fold(text.substr(0, at));
  const std::string domain = Fold(text.substr(at + 1));
  const std::string_view provider = std::string_view(domain).substr(0, domain.find('.'));
  if (internal::IsOneOf(provider, kConsumerMailDomains)) return true;
  const std::string first = Fold(customer_name.substr(0, customer_name.find(' ')));
  if (first.size() >= 3 && local.find(first) != std::string::npos) return true;
  // "mario.rossi", "m_rossi": two parts with letters.
  const size_t sep = local.find_first_of("._-");
  return sep != std::string::npos && sep > 0 && sep + 1 < local.size() &&
         std::any_of(local.begin() + static_cast<std::ptrdiff_t>(sep) + 1, local.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether `m` is the brand's own contact: a role mailbox, a toll-free number,
// a number, an organisation's mailbox, an address or an account the reply
// tells the customer to use (ContactVerbBefore; not a personal mailbox of
// the customer `customer_name`), or a phone number, address, IBAN or bank
// details right after a kCallUs phrase (`call_us`: where they occur, as
// PhraseIndex::Scan found them).
bool BrandContact(const PiiMatch& m, const DraftWords& w, std::string_view draft,
                  const std::vector<std::pair<size_t, size_t>>& call_us, std::string_view customer_name) {
  // A kCallUs phrase ends right before the number (or address) or its joiners.
  const auto after_call_us = [&] {
    return AfterAtMostTwoJoiners(m, w, kCallUsJoiners, [&call_us](size_t at) {
      return std::any_of(call_us.begin(), call_us.end(),
                         [at](const std::pair<size_t, size_t>& p) { return p.first + p.second == at; });
    });
  };
  if (m.kind == PiiKind::kEmail) {
    std::string local = Fold(std::string_view(m.text).substr(0, m.text.find('@')));
    local.erase(
        std::remove_if(local.begin(), local.end(), [](char c) { return c == '.' || c == '-' || c == '_'; }),
        local.end());
    if (internal::IsOneOf(local, kRoleMailboxes) || after_call_us()) return true;
    // A personal mailbox is the customer's, whatever verb comes before it.
    if (PersonalMailbox(m, customer_name)) return false;
    if (ContactVerbBefore(m, w, draft)) return true;
  } else if (m.kind == PiiKind::kPhone && (Freephone(m.text) || ContactVerbBefore(m, w, draft))) {
    return true;
  } else if ((m.kind == PiiKind::kIban || m.kind == PiiKind::kBankAccount ||
              m.kind == PiiKind::kStreetAddress) &&
             ContactVerbBefore(m, w, draft)) {
    return true;
  } else if (m.kind != PiiKind::kPhone && m.kind != PiiKind::kIban && m.kind != PiiKind::kBankAccount) {
    return false;
  }
  return after_call_us();
}

// What a finding's message calls each kind of sensitive data, in English and Italian.
std::pair<const char*, const char*> PiiKindWords(PiiKind kind) {
  switch (kind) {
    case PiiKind::kEmail:
      return {"an e-mail address", "un indirizzo e-mail"};
    case PiiKind::kPhone:
      return {"a phone number", "un numero di telefono"};
    case PiiKind::kPaymentCard:
      return {"a card number", "un numero di carta"};
    case PiiKind::kIban:
      return {"an IBAN", "un IBAN"};
    case PiiKind::kCodiceFiscale:
      return {"a codice fiscale (tax code)", "un codice fiscale"};
    case PiiKind::kStreetAddress:
      return {"a street address", "un indirizzo"};
    case PiiKind::kBankAccount:
      return {"bank details", "coordinate bancarie"};
    case PiiKind::kNationalInsurance:
      return {"a National Insurance number", "un numero di National Insurance"};
    case PiiKind::kDateOfBirth:
      return {"a date of birth", "una data di nascita"};
    case PiiKind::kCardLastDigits:
      return {"a card's last digits", "le ultime cifre di una carta"};
  }
  return {"personal data", "dati personali"};
}

// A street address the reply gives as the brand's own: one of kBrandPlaces
// ("our store at", "il punto vendita di", "find us at") among the
// kBrandPlaceReach words before it in the same sentence, with no customer's
// possessive in between ("the store will collect from your flat at…" is the
// customer's).
// clang-format off
constexpr std::string_view kBrandPlaces[] = {
    "store", "stores", "shop", "shops", "boutique", "showroom", "outlet", "flagship", "branch", "office",
    "offices", "warehouse", "depot", "hub", "hq", "headquarters", "restaurant", "cafe", "hotel", "gym",
    "clinic", "centre", "center", "reception", "point", "locker",
    "negozio", "negozi", "punto", "vendita", "filiale", "sede", "sedi", "ufficio", "uffici", "magazzino",
    "deposito", "laboratorio", "stabilimento", "agenzia", "sportello", "centro", "ristorante", "pizzeria",
    "palestra", "ambulatorio", "trovarci", "aspettiamo", "agriturismo", "museo",
    "teatro", "cinema", "farmacia", "salone", "atelier", "bottega", "enoteca", "cantina", "pasticceria",
    "libreria", "venue", "museum", "theatre", "theater", "pharmacy", "salon", "studio", "bakery", "factory",
    "campus",
    "biglietteria",
    "stadio",
    "stadium",
    // "oggi siamo aperti dalle 9:30 in Via …", "ci trovi in Piazza …", "we've moved to …"
    "aperti", "aperto", "open", "trovi", "trasferiti", "trasferito", "moved",
};
constexpr std::string_view kBrandPossessives[] = {"our", "nostro", "nostra", "nostri", "nostre"};
// clang-format on
constexpr size_t kBrandPlaceReach = 8;

bool BrandPlace(const PiiMatch& m, const DraftWords& w, std::string_view draft) {
  if (m.kind != PiiKind::kStreetAddress) return false;
  // "our address", "il nostro indirizzo"
  const auto our_address = [&w](size_t k) {
    return (w.folded[k] == "address" || w.folded[k] == "indirizzo") && k >= 1 &&
           internal::IsOneOf(w.folded[k - 1], kBrandPossessives);
  };
  const size_t k = WordBehind(w, draft, WordIndexAt(w, m.utf16_begin), kBrandPlaceReach, [&](size_t k) {
    return internal::IsOneOf(w.folded[k], kCustomerPossessives) ||
           internal::IsOneOf(w.folded[k], kBrandPlaces) || our_address(k);
  });
  if (k == std::string_view::npos || internal::IsOneOf(w.folded[k], kCustomerPossessives)) return false;
  // The place is the brand's unless it is the customer's ("il tuo ufficio").
  return our_address(k) || k == 0 || !internal::IsOneOf(w.folded[k - 1], kCustomerPossessives);
}

// Whether the phone- or card-shaped `m` is a reference number: a
// kReferenceLabels word, then at most two kReferenceJoiners, right before it.
// (One 16-digit order number in ten passes the Luhn check; every IMEI does.)
bool ReferenceNumber(const PiiMatch& m, const DraftWords& w) {
  if (m.kind != PiiKind::kPhone && m.kind != PiiKind::kPaymentCard) return false;
  return AfterAtMostTwoJoiners(m, w, kReferenceJoiners, [&w](size_t at) {
    return at > 0 && internal::IsOneOf(w.folded[at - 1], kReferenceLabels);
  });
}

bool NeverAsks(const DraftWords& w, std::string_view draft, size_t ask) {
  const size_t verb = WordBehind(w, draft, ask, kNeverAsksReach,
                                 [&w](size_t k) { return internal::IsOneOf(w.folded[k], kAskingVerbs); });
  if (verb == std::string_view::npos) return false;
  return (verb + 1 < w.folded.size() && w.folded[verb + 1] == "mai") ||
         AnyWordBefore(w, verb, 2, kAskNegators);
}

}  // namespace

ReplyRules::ReplyRules() : rules_(std::make_unique<std::vector<Rule>>()) {}
ReplyRules::~ReplyRules() = default;
ReplyRules::ReplyRules(ReplyRules&&) noexcept = default;
ReplyRules& ReplyRules::operator=(ReplyRules&&) noexcept = default;
size_t ReplyRules::size() const { return rules_->size(); }
const std::vector<ReplyRules::Rule>& ReplyRules::rules() const { return *rules_; }

Status ReplyRules::FromJson(std::string_view text, ReplyRules* out) {
  nlohmann::json doc;
  if (Status s = internal::ParseJson(text, "invalid_rules", "custom rules are",
                                     "expected {\"schema\":1,\"rules\":[…]}", &doc);
      !s.ok()) {
    return s;
  }
  if (!doc.is_object() || !doc.contains("rules") || !doc["rules"].is_array()) {
    return Status::Error("invalid_rules", "custom rules must be {\"schema\":1,\"rules\":[…]}");
  }
  auto rules = std::make_unique<std::vector<Rule>>();
  for (size_t i = 0; i < doc["rules"].size(); ++i) {
    const nlohmann::json& r = doc["rules"][i];
    const std::string where =
        "rule #" + std::to_string(i + 1) +
        (r.is_object() && r.contains("id") && r["id"].is_string() ? " ('" + r["id"].get<std::string>() + "')"
                                                                  : std::string());
    const auto fail = [&](const std::string& what) {
      return Status::Error("invalid_rule", where + ": " + what);
    };
    if (!r.is_object()) return fail("must be an object");
    Rule rule;
    if (!r.contains("id") || !r["id"].is_string() || r["id"].get<std::string>().empty()) {
      return fail("needs an \"id\"");
    }
    rule.id = r["id"].get<std::string>();
    const std::string severity =
        r.contains("severity") && r["severity"].is_string() ? r["severity"].get<std::string>() : "warning";
    if (severity == "info") {
      rule.severity = Severity::kInfo;
    } else if (severity == "warning") {
      rule.severity = Severity::kWarning;
    } else if (severity == "stop") {
      rule.severity = Severity::kStop;
    } else {
      return fail("\"severity\" must be info, warning or stop");
    }
    if (r.contains("phrases")) {
      if (!r["phrases"].is_array()) return fail("\"phrases\" must be an array of strings");
      for (const auto& p : r["phrases"]) {
        if (!p.is_string()) return fail("\"phrases\" must be an array of strings");
        std::vector<std::string> words = PhraseWords(p.get<std::string>());
        if (!words.empty()) rule.phrases.push_back(std::move(words));
      }
    }
    if (r.contains("pattern")) {
      if (!r["pattern"].is_string()) return fail("\"pattern\" must be a string (RE2 syntax)");
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(1 << 20);
      rule.pattern = std::make_unique<RE2>(r["pattern"].get<std::string>(), options);
      if (!rule.pattern->ok()) return fail("\"pattern\" is not valid RE2 syntax: " + rule.pattern->error());
    }
    if (rule.phrases.empty() && !rule.pattern) return fail("needs \"phrases\" or a \"pattern\"");
    const auto text_pair = [&](const char* field, std::string* en, std::string* it) -> Status {
      if (!r.contains(field)) return Status::Ok();
      const nlohmann::json& m = r[field];
      if (m.is_string()) {
        *en = *it = m.get<std::string>();
      } else if (m.is_object()) {
        if (m.contains("en") && m["en"].is_string()) *en = m["en"].get<std::string>();
        if (m.contains("it") && m["it"].is_string()) *it = m["it"].get<std::string>();
      } else {
        return fail(std::string("\"") + field + "\" must be a string or {\"en\":…,\"it\":…}");
      }
      return Status::Ok();
    };
    if (Status s = text_pair("message", &rule.message_en, &rule.message_it); !s.ok()) return s;
    if (Status s = text_pair("suggestion", &rule.suggestion_en, &rule.suggestion_it); !s.ok()) return s;
    if (rule.message_en.empty()) rule.message_en = "Team rule '" + rule.id + "'.";
    if (rule.message_it.empty()) rule.message_it = "Regola del team '" + rule.id + "'.";
    rules->push_back(std::move(rule));
  }
  out->rules_ = std::move(rules);
  return Status::Ok();
}

Status CheckReply(Analyzer* analyzer, const ReplyRules& rules, std::string_view draft,
                  const ReplyContext& context, ReplyCheck* check) {
  *check = ReplyCheck();
  // The name is quoted in a suggestion: it must be text.
  if (Status s = CheckUtf8(context.customer_name); !s.ok()) {
    return Status::Error(s.code(), "customer name: " + s.message(), s.offset());
  }
  AnalyzeOptions options;
  options.visibility = context.visibility;
  if (!context.customer_message.empty()) {
    options.role = Role::kCustomer;
    if (context.message_analysis != nullptr) {
      check->message_analysis = *context.message_analysis;
    } else if (Status s = analyzer->Analyze(context.customer_message, options, &check->message_analysis);
               !s.ok()) {
      return Status::Error(s.code(), "customer message: " + s.message(), s.offset());
    }
    check->has_message = true;
  }
  options.role = Role::kReply;
  options.detect_language = context.detect_language;
  options.language = context.language;
  if (Status s = analyzer->Analyze(draft, options, &check->analysis); !s.ok()) return s;
  const Language language = check->analysis.language == Language::kOther && check->has_message
                                ? check->message_analysis.language
                                : check->analysis.language;

  const std::vector<Token>& tokens = analyzer->tokens();  // the draft's, from Analyze
  DraftWords w;
  FoldWords(tokens, DraftWordText, &w);
  std::vector<Finding>& out = check->findings;
  if (w.folded.empty() && tokens.empty()) {
    check->status = "ok";
    return Status::Ok();
  }

  // Greeting and name: the first words after any @mentions.
  size_t first_word = 0;
  while (first_word < tokens.size() && tokens[first_word].kind == TokenKind::kMention) ++first_word;
  const size_t opening_begin = first_word < tokens.size() ? tokens[first_word].utf16_begin : 0;
  size_t opening_end = opening_begin;
  for (size_t k = first_word; k < tokens.size() && k < first_word + 3; ++k) opening_end = tokens[k].utf16_end;
  static const PhraseIndex* const phrases = new PhraseIndex();
  PhraseIndex::Matches found;
  phrases->Scan(w, &found);
  // "Anytime!" answers thanks; "pop in any time" does not.
  auto& thanks = found[static_cast<size_t>(List::kThanks)];
  thanks.erase(std::remove_if(thanks.begin(), thanks.end(),
                              [&](const auto& m) {
                                const std::string_view word = w.folded[m.first];
                                return (word == "anytime" || word == "any") &&
                                       !SentenceStartsAt(w, draft, m.first);
                              }),
               thanks.end());
  const auto opens = [](const PhraseIndex::Matches::value_type& matches) {
    return std::any_of(matches.begin(), matches.end(), [](const auto& m) { return m.first < 2; });
  };
  // Asked once: the personalisation check below asks the same.
  const std::string name = Fold(context.customer_name);  // "" when unknown
  const bool named = NamesCustomer(tokens, name);
  // Thanks open a reply that names the customer ("Grazie Marco!"); when
  // their name is known and missing, "Thank you so much, we're thrilled"
  // reads as a form letter (every writer of the reply probes labels it so).
  const bool greeted = opens(found[static_cast<size_t>(List::kGreetings)]) ||
                       (opens(found[static_cast<size_t>(List::kThanks)]) && (named || name.empty()));
  // The greeting a finding suggests: in the reply's language, with the
  // customer's name when known (built only when a finding needs it).
  const auto example = [&] {
    // A full name is greeted by its first name: "Mario Rossi" → "Hi Mario,".
    std::string name = context.customer_name;
    if (name.find(' ') != std::string::npos) {
      if (std::string first = FirstNameFromDisplayName(name); !first.empty()) name = std::move(first);
    }
    return std::string(language == Language::kItalian ? "Ciao " : "Hi ") + (name.empty() ? "Anna" : name) +
           ",";
  };
  if (!greeted && !context.follow_up) {
    Finding f =
        MakeFinding("missing_greeting", Severity::kWarning, opening_begin, opening_end,
                    "The reply starts without a greeting.", "La risposta comincia senza un saluto.", "", "");
    const std::string greeting = example();
    f.suggestion_en = "Open with a greeting: \"" + greeting + "\".";
    f.suggestion_it = "Apri con un saluto: \"" + greeting + "\".";
    out.push_back(std::move(f));
  }
  if (!name.empty() && !named && !context.follow_up) {
    Finding f = MakeFinding("missing_name", Severity::kInfo, opening_begin, opening_end,
                            "The customer's name is missing.", "Manca il nome del cliente.", "", "");
    const std::string greeting = example();
    f.suggestion_en = "Use their name: \"" + greeting + "\".";
    f.suggestion_it = "Usa il suo nome: \"" + greeting + "\".";
    out.push_back(std::move(f));
  }

  std::vector<std::pair<size_t, size_t>> blame =
      PhraseIndex::Spans(found[static_cast<size_t>(List::kBlame)], w);
  for (const auto& span : PlainToSee(w)) {
    if (!Inside(blame, span.first, span.second)) blame.push_back(span);
  }
  std::sort(blame.begin(), blame.end());
  const auto not_blame = PhraseIndex::Spans(found[static_cast<size_t>(List::kNotBlame)], w);
  blame.erase(std::remove_if(
                  blame.begin(), blame.end(),
                  [&](const std::pair<size_t, size_t>& b) { return Inside(not_blame, b.first, b.second); }),
              blame.end());
  // A non-apology is one sentence: "ci dispiace. Se il rinnovo…" is an
  // apology, then a condition.
  auto& non_apology_terms = found[static_cast<size_t>(List::kNonApologies)];
  non_apology_terms.erase(std::remove_if(non_apology_terms.begin(), non_apology_terms.end(),
                                         [&](const std::pair<size_t, size_t>& m) {
                                           return SentenceEndsBetween(w, draft, m.first,
                                                                      m.first + m.second - 1);
                                         }),
                          non_apology_terms.end());
  std::vector<std::pair<size_t, size_t>> non_apologies = PhraseIndex::Spans(non_apology_terms, w);
  for (const auto& [first, count] : found[static_cast<size_t>(List::kApologies)]) {
    const size_t at = WordAhead(w, draft, first + count, kPerceptionReach, ",;:.!?\n", kPerceptionWords);
    if (at != std::string_view::npos && !Inside(non_apologies, w.spans[first].first, w.spans[first].second)) {
      non_apologies.emplace_back(w.spans[first].first, w.spans[at].second);
    }
  }
  std::sort(non_apologies.begin(), non_apologies.end());
  // The customer's complaint, asked once for the apology and the laughter checks.
  const float complaint_level =
      check->has_message ? check->message_analysis.intents.of(Intent::kComplaint) : 0;
  const bool complaint = complaint_level >= kIntentReportThreshold;
  // Thanks for praise, an apology for a complaint.
  if (check->has_message) {
    const Intents& intents = check->message_analysis.intents;
    // The message replied to is to the brand: a positive one with no question
    // and no complaint is praise even when it names the brand in the third
    // person ("Bramblegate sorted my claim in 3 days"), which the intents,
    // reading any text, do not take for praise.
    const Sentiment& feeling = check->message_analysis.sentiment;
    // (The message's words are read last, and only for praise: they are
    // the same at every keystroke.)
    // An emoji-only reaction is praise when the intents read it so (a heart),
    // not when it only laughs (😆).
    const bool praise = (intents.of(Intent::kPraise) >= kIntentReportThreshold ||
                         (feeling.label == SentimentLabel::kPositive && !feeling.irony &&
                          intents.of(Intent::kQuestion) < kIntentReportThreshold && !complaint &&
                          intents.of(Intent::kReaction) < kIntentReportThreshold)) &&
                        !EntersAContest(context.customer_message) &&
                        !TagsAFriend(context.customer_message, draft);
    // An apology inside blame is none: "non è colpa nostra", "not our fault";
    // nor is one for the customer's feelings: "sorry you feel that way".
    const auto apologised = [&] {
      const auto apologies = PhraseIndex::Spans(found[static_cast<size_t>(List::kApologies)], w);
      return std::any_of(apologies.begin(), apologies.end(), [&](const auto& a) {
        return !Inside(blame, a.first, a.second) && !Inside(non_apologies, a.first, a.second);
      });
    };
    // A reply that apologises has read the message as a complaint: the
    // praise was mixed with a problem, or ironic ("grazie per il solito
    // ritardo"); thanks are not what it owes.
    if (praise && found[static_cast<size_t>(List::kThanks)].empty() && !apologised()) {
      out.push_back(MakeFinding("missing_thanks", Severity::kWarning, opening_begin, opening_end,
                                "The customer praised you and the reply does not thank them.",
                                "Il cliente vi ha fatto i complimenti e la risposta non lo ringrazia.",
                                "Say thank you, and say what for.", "Ringrazia, e di' per che cosa."));
    }
    // A question about the case ("any update on my refund?") wants its answer
    // first; an apology is owed when the complaint leads: strong, stronger
    // than the question, or in a clearly negative message.
    const bool complaint_leads = complaint_level >= kComplaintLeads ||
                                 complaint_level >= intents.of(Intent::kQuestion) ||
                                 check->message_analysis.sentiment.score <= -kNegativeQuestion;
    const auto thanks_for_scam_report = [&] {
      return !found[static_cast<size_t>(List::kThanks)].empty() &&
             AsksAboutAScam(context.customer_message, intents);
    };
    // An emoji-only message ("😡😡😡") says something is wrong, not what: the
    // reply asks what happened before it can apologise for it.
    const bool only_emoji = intents.of(Intent::kReaction) >= kIntentReportThreshold;
    if (complaint && complaint_leads && !only_emoji && !apologised() && !thanks_for_scam_report()) {
      out.push_back(MakeFinding("missing_apology", Severity::kWarning, opening_begin, opening_end,
                                "The customer is complaining and the reply does not apologise.",
                                "Il cliente si lamenta e la risposta non si scusa.",
                                "Apologise for what went wrong before explaining.",
                                "Scusati per quello che è andato storto, prima di spiegare."));
    }
  }

  for (const auto& [begin, end] : non_apologies) {
    out.push_back(
        MakeFinding("non_apology", Severity::kWarning, begin, end,
                    "Sorry for how the customer feels is no apology: it puts the problem on them.",
                    "Scusarsi per come si sente il cliente non è scusarsi: scarica il problema su di lui.",
                    "Apologise for what went wrong: \"I'm sorry your order is late.\"",
                    "Scusati per quello che è andato storto: \"Ci dispiace che l'ordine sia in ritardo.\""));
  }
  for (const auto& [begin, end] : blame) {
    out.push_back(MakeFinding("blaming", Severity::kWarning, begin, end,
                              "This blames or lectures the customer.",
                              "Questo dà la colpa al cliente o gli fa la lezione.",
                              "Say what you will do, not what they should have done.",
                              "Di' cosa farai tu, non cosa avrebbe dovuto fare lui."));
  }

  // Answering in kind: insults and profanity stop the reply; crude words the
  // lexicon rates mildly toxic ("sucks", "crap") are a warning; sarcasm is a
  // warning. A toxic multi-word term ("che palle") is one finding over its words.
  // The customer's own name, written as a name, is not an insult: "Hi Dick,"
  // to Dick ("Dick, you are a dick" keeps the second).
  const auto written_as_name = [&name](const Token& t) {
    if (name.empty() || t.text.empty() || (t.text.front() >= 'a' && t.text.front() <= 'z')) return false;
    // One of the words of a full name ("Dick Smith").
    const std::string word = Fold(t.text);
    for (size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
    }
    return false;
  };
  const std::vector<FeatureToken>& feature_tokens = analyzer->features().tokens();  // one per token
  const auto not_crude = PhraseIndex::Spans(found[static_cast<size_t>(List::kNotCrude)], w);
  // An echo is answering in kind only to a hostile message, and not inside
  // a sentence that apologises ("ci dispiace che il servizio ti sia sembrato
  // ridicolo").
  const bool hostile_message =
      check->has_message && (check->message_analysis.intents.toxicity > 0 ||
                             check->message_analysis.sentiment.label == SentimentLabel::kNegative);
  // The tokens [first, last] of the sentence holding token `i` (the last is
  // its closing mark, if any).
  const auto sentence_of = [&](size_t i) {
    size_t first = i, last = i;
    while (first > 0 && !EndsSentence(analyzer->features(), feature_tokens[first - 1])) --first;
    while (last + 1 < feature_tokens.size() && !EndsSentence(analyzer->features(), feature_tokens[last]))
      ++last;
    return std::make_pair(first, last);
  };
  // Turned on the person: "you", "your", "chi", "someone" within
  // kEchoReach words, in the sentence ("fa schifo a te", "ridicolo è il tuo
  // commento", "incapace è chi…", "clueless is someone who…").
  const auto AtThePerson = [&](size_t i) {
    // Not a thing described ("a broken lift for your whole stay") nor a
    // word denied ("so you won't lose it").
    static constexpr std::string_view kArticles[] = {"a", "an", "the", "un", "una", "uno", "il", "lo", "la"};
    if ((i > 0 && internal::IsOneOf(analyzer->features().norm(feature_tokens[i - 1]), kArticles)) ||
        analyzer->features().NegatedBefore(i, 1)) {
      return false;
    }
    static constexpr std::string_view kPerson[] = {"you",     "your",     "yours",   "te",  "tu",
                                                   "tuo",     "tua",      "tuoi",    "tue", "chi",
                                                   "someone", "somebody", "qualcuno"};
    const auto [first, last] = sentence_of(i);
    for (size_t k = std::max(first, i > kEchoReach ? i - kEchoReach : 0); k <= last && k <= i + kEchoReach;
         ++k) {
      if (k != i && internal::IsOneOf(analyzer->features().norm(feature_tokens[k]), kPerson)) return true;
    }
    return false;
  };
  // Asked only of an echo, not at every keystroke.
  const auto ApologyInSentence = [&](size_t i) {
    const auto [first, last] = sentence_of(i);
    const size_t begin = feature_tokens[first].utf16_begin, end = feature_tokens[last].utf16_end;
    const auto apology_spans = PhraseIndex::Spans(found[static_cast<size_t>(List::kApologies)], w);
    return std::any_of(apology_spans.begin(), apology_spans.end(),
                       [&](const auto& a) { return a.first < end && a.second > begin; });
  };
  for (size_t i = 0; i < feature_tokens.size();) {
    const FeatureToken& t = feature_tokens[i];
    const bool toxic_phrase = t.phrase && t.phrase->Has(LexiconEntry::kToxic);
    const size_t span = toxic_phrase ? t.phrase_tokens : 1;
    const LexiconEntry* toxic = toxic_phrase ? t.phrase : t.entry;
    // A term listed with toxicity 0 is ordinary: "pussy willow", "blue tits".
    if (toxic && toxic->Has(LexiconEntry::kToxic) && toxic->toxicity > 0 &&
        !(!toxic_phrase && written_as_name(tokens[i]))) {
      const size_t begin = t.utf16_begin;
      const size_t end = feature_tokens[i + span - 1].utf16_end;
      if (!toxic_phrase && t.maybe_name()) {
        // Capitalised inside a sentence, as the sentiment reads it: most
        // likely a name or a place ("il negozio di Troia"). The agent decides.
        out.push_back(MakeFinding("answering_in_kind", Severity::kWarning, begin, end,
                                  "An insult, unless it is a name or a place.",
                                  "Un insulto, a meno che non sia un nome o un luogo.",
                                  "If it is a name or a place, leave it; otherwise remove it.",
                                  "Se è un nome o un luogo, lascialo; altrimenti toglilo."));
      } else if (toxic->toxicity >= kInsultToxicity) {
        out.push_back(MakeFinding("answering_in_kind", Severity::kStop, begin, end,
                                  "Insults or profanity: never answer in kind.",
                                  "Insulti o volgarità: mai rispondere a tono.",
                                  "Remove it; stay calm and factual, even with a troll.",
                                  "Toglilo; resta calmo e sui fatti, anche con un troll."));
      } else if (!Inside(not_crude, begin, end)) {
        out.push_back(MakeFinding(
            "answering_in_kind", Severity::kWarning, begin, end, "Crude words: a brand does not write them.",
            "Parole volgari: un brand non le scrive.", "Say it plainly.", "Dillo in modo semplice."));
      }
    } else if (hostile_message && t.kind == TokenKind::kWord && t.entry != nullptr &&
               t.entry->Has(LexiconEntry::kValence) && t.entry->valence <= kEchoValence && AtThePerson(i) &&
               !ApologyInSentence(i) &&
               MessageEchoes(context.customer_message, analyzer->features().norm(t))) {
      out.push_back(MakeFinding("answering_in_kind", Severity::kWarning, t.utf16_begin, t.utf16_end,
                                "The customer's own hard word, turned back on them.",
                                "La parola dura del cliente, rigirata contro di lui.",
                                "Leave it out; answer the problem, calmly.",
                                "Toglila; rispondi al problema, con calma."));
    }
    i += span;
  }
  for (const auto& [begin, end] : PhraseIndex::Spans(found[static_cast<size_t>(List::kPutDowns)], w)) {
    out.push_back(MakeFinding("answering_in_kind", Severity::kWarning, begin, end,
                              "A put-down: this answers rudeness with rudeness.",
                              "Una frecciata: risponde alla maleducazione con maleducazione.",
                              "Leave it out; answer the problem, calmly.",
                              "Toglila; rispondi al problema, con calma."));
  }
  std::vector<std::pair<size_t, size_t>> sarcastic =
      PhraseIndex::Spans(found[static_cast<size_t>(List::kSarcasm)], w);
  if (complaint) AddEmojiSpans(tokens, kWinkEmoji, &sarcastic);
  const bool teased_or_praised = check->has_message &&
                                 check->message_analysis.sentiment.label == SentimentLabel::kPositive &&
                                 !check->message_analysis.sentiment.irony && !complaint;
  if (!teased_or_praised) AddEmojiSpans(tokens, kSmirkEmoji, &sarcastic);
  AddEmojiSpans(tokens, kSarcasmEmoji, &sarcastic);
  for (const auto& [begin, end] : sarcastic) {
    out.push_back(MakeFinding("sarcasm", Severity::kWarning, begin, end, "This reads as sarcastic.",
                              "Questo suona sarcastico.",
                              "Say it plainly; sarcasm reads as contempt in writing.",
                              "Dillo in modo semplice; per iscritto il sarcasmo sembra disprezzo."));
  }
  // Laughing in the answer to a complaint (friendly after praise): the
  // laughter the sentiment reads, "lol", "hahaha", 😂.
  if (complaint) {
    std::vector<std::pair<size_t, size_t>> laughs;
    for (const FeatureToken& t : feature_tokens) {
      if (IsLaughterToken(analyzer->features().norm(t))) laughs.emplace_back(t.utf16_begin, t.utf16_end);
    }
    for (const auto& [begin, end] : laughs) {
      out.push_back(MakeFinding("sarcasm", Severity::kWarning, begin, end,
                                "Laughing in the answer to a complaint reads as mockery.",
                                "Ridere rispondendo a una lamentela sembra una presa in giro.",
                                "Leave the laugh out: the customer has a problem.",
                                "Togli la risata: il cliente ha un problema."));
    }
    std::vector<std::pair<size_t, size_t>> shrugs;
    AddEmojiSpans(tokens, kShrugEmoji, &shrugs);
    for (const auto& [begin, end] : shrugs) {
      out.push_back(MakeFinding("blaming", Severity::kWarning, begin, end,
                                "A shrug in the answer to a complaint reads as indifference.",
                                "Un'alzata di spalle rispondendo a una lamentela sembra indifferenza.",
                                "Say what you will do about it.", "Di' cosa farai per risolvere."));
    }
  }

  // Shouting: upper-case words and runs of exclamation marks. Words inside a
  // quotation (TextFeatures::MarkQuotes) are the customer's, quoted back: "hai
  // ragione a scrivere \"VERGOGNA\"", "if it still says \"UNPAID\"". None
  // when the draft's quotation marks do not pair up.
  const bool marks_pair = std::count_if(feature_tokens.begin(), feature_tokens.end(),
                                        [&](const FeatureToken& t) {
                                          return t.kind == TokenKind::kPunctuation &&
                                                 IsQuotationMark(analyzer->features().norm(t));
                                        }) %
                              2 ==
                          0;
  const auto quoted = [&](size_t word) {
    return marks_pair && feature_tokens[static_cast<size_t>(w.tokens[word] - tokens.data())].quote_words > 0;
  };
  std::vector<size_t> caps;
  for (size_t i = 0; i < w.tokens.size(); ++i) {
    if (quoted(i)) continue;
    const std::string_view text = w.tokens[i]->text;
    size_t upper = 0, lower = 0, digits = 0, part = 0, longest_part = 0;
    for (size_t k = 0; k < text.size(); ++k) {
      const auto c = static_cast<unsigned char>(text[k]);
      upper += c >= 'A' && c <= 'Z';
      lower += c >= 'a' && c <= 'z';
      digits += c >= '0' && c <= '9';
      // Latin-1 letters, two bytes: U+00C0-U+00DE capitals ("GIÀ", "PERCHÉ"),
      // U+00DF-U+00FF small ("già"); × and ÷ are neither.
      if (c == 0xC3 && k + 1 < text.size()) {
        const auto d = static_cast<unsigned char>(text[k + 1]);
        upper += d >= 0x80 && d <= 0x9E && d != 0x97;
        lower += d >= 0x9F && d != 0xB7;
      }
      part = c == '-' ? 0 : part + 1;
      longest_part = std::max(longest_part, part);
    }
    // Codes ("WELCOME2026", a tracking number, a product code "JKT-BLU-M")
    // are written in capitals.
    if (upper < 2 || lower > 0 || digits > 0) continue;
    if (longest_part <= 3 && longest_part < text.size()) continue;
    if (internal::IsOneOf(w.folded[i], kAcronyms)) continue;
    // Two capitals are an abbreviation ("UK", "TV"), unless they say "no".
    if (upper < 3 && w.folded[i] != "no") continue;
    // Right after a capitalised name, part of it: "VoltHub CARE", "Carta ORO".
    if (i > 0 && GapBefore(w, draft, i).find_first_not_of(' ') == std::string_view::npos) {
      const std::string_view before = w.tokens[i - 1]->text;
      if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z' &&
          std::any_of(before.begin(), before.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
          !SentenceStartsAt(w, draft, i - 1)) {
        continue;
      }
    }
    // A short upper-case word no word list knows is a name ("UPS", "KLM",
    // "HMRC"); "NOT", "MAI", "NOW" are words, shouted. So is a longer one
    // right after a word that introduces a product: "l'app ENERLUCE", "the
    // plan GIGAFIBRA".
    const TableEntries& known = feature_tokens[static_cast<size_t>(w.tokens[i] - tokens.data())].exact;
    const bool unknown = !known[0] && !known[1] && !known[2];
    if (upper <= 4 && unknown && !internal::IsOneOf(w.folded[i], kPlainShortWords)) continue;
    if (unknown && i > 0 && internal::IsOneOf(w.folded[i - 1], kProductNouns) &&
        GapBefore(w, draft, i).find_first_not_of(' ') == std::string_view::npos) {
      continue;
    }
    // A keyword texted to a number: "text WORLD to 2020", "invia MONDO al 40400".
    static constexpr std::string_view kTextedTo[] = {"to", "al", "allo"};
    if (i + 2 < w.tokens.size() && internal::IsOneOf(w.folded[i + 1], kTextedTo) &&
        w.tokens[i + 2]->kind == TokenKind::kNumber) {
      continue;
    }
    caps.push_back(i);
  }
  // One shouted word is enough: "il rimborso è GIÀ partito", "they MUST be
  // supervised" read as raised voice (probe writers of every round agree).
  if (!caps.empty()) {
    // One finding per shouted run: "COME GIÀ DETTO", "CIAO, LEGGI" — the
    // words between two shouted ones have no lower-case letter (a short word,
    // an acronym, "GIÀ", whose capitals are not ASCII).
    const auto has_lower = [](std::string_view text) {
      for (size_t k = 0; k < text.size(); ++k) {
        const auto c = static_cast<unsigned char>(text[k]);
        if (c >= 'a' && c <= 'z') return true;
        // U+00E0–U+00FF (à, è, é, ì, ò, ù…): 0xC3 then 0xA0–0xBF.
        if (c == 0xC3 && k + 1 < text.size() && static_cast<unsigned char>(text[k + 1]) >= 0xA0) return true;
      }
      return false;
    };
    for (size_t k = 0; k < caps.size();) {
      size_t last = k;
      while (last + 1 < caps.size()) {
        bool joined = true;
        for (size_t i = caps[last] + 1; i < caps[last + 1] && joined; ++i)
          joined = !has_lower(w.tokens[i]->text);
        if (!joined) break;
        ++last;
      }
      out.push_back(MakeFinding("shouting", Severity::kWarning, w.spans[caps[k]].first,
                                w.spans[caps[last]].second, "Upper case reads as shouting.",
                                "Il maiuscolo sembra un urlo.", "Write it in lower case.",
                                "Scrivilo in minuscolo."));
      k = last + 1;
    }
  }
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kPunctuation && std::count(t.text.begin(), t.text.end(), '!') >= 2) {
      out.push_back(MakeFinding("exclamations", Severity::kWarning, t.utf16_begin, t.utf16_end,
                                "Several exclamation marks read as agitated.",
                                "Più punti esclamativi sembrano agitazione.", "One at most.",
                                "Al massimo uno."));
    }
  }

  // Length and readability.
  const int limit = context.channel == "x" ? 280 : 1000;
  size_t cut = std::string_view::npos;
  check->weighted_length = WeightedLength(tokens, draft, &cut, limit);
  const size_t total_utf16 = tokens.empty() ? 0 : Utf16OffsetOf(draft, draft.size());
  if (cut != std::string_view::npos) {
    if (context.channel == "x") {
      out.push_back(MakeFinding("too_long", Severity::kWarning, cut, total_utf16,
                                "Longer than X's 280 characters.", "Più lungo dei 280 caratteri di X.",
                                "Cut it down, or move the details to a private message.",
                                "Accorcia, o sposta i dettagli in un messaggio privato."));
    } else {
      out.push_back(MakeFinding("too_long", Severity::kInfo, cut, total_utf16,
                                "A long reply for a social comment.",
                                "Una risposta lunga per un commento social.",
                                "Keep public replies brief; details go in a private message.",
                                "Tieni brevi le risposte pubbliche; i dettagli vanno in privato."));
    }
  }
  check->readability = Readability(tokens, w, language);
  const bool hard = language == Language::kItalian ? check->readability < 40 : check->readability < 30;
  if (hard && w.folded.size() >= 12) {
    out.push_back(MakeFinding(
        "hard_to_read", Severity::kInfo, 0, total_utf16, "Long sentences and long words: hard to read.",
        "Frasi lunghe e parole lunghe: difficile da leggere.", "Use shorter sentences and everyday words.",
        "Usa frasi più corte e parole di tutti i giorni."));
  }

  const auto robotic = PhraseIndex::Spans(found[static_cast<size_t>(List::kRobotic)], w);
  for (const auto& [begin, end] : robotic) {
    out.push_back(MakeFinding("robotic", Severity::kWarning, begin, end,
                              "A stock phrase: this sounds automatic.",
                              "Una frase fatta: sembra una risposta automatica.",
                              "Say it in your own words, about this customer's case.",
                              "Dillo con parole tue, sul caso di questo cliente."));
  }
  for (const auto& [begin, end] : PhraseIndex::Spans(found[static_cast<size_t>(List::kStockApologies)], w)) {
    if (Inside(robotic, begin, end)) continue;
    out.push_back(
        MakeFinding("robotic", robotic.empty() ? Severity::kInfo : Severity::kWarning, begin, end,
                    "A stock apology: it sounds automatic.", "Una scusa di rito: sembra automatica.",
                    "Apologise for what went wrong: \"Sorry your parcel is late.\"",
                    "Scusati per quello che è andato storto: \"Ci dispiace per il ritardo del pacco.\""));
  }
  const auto not_promises = PhraseIndex::Spans(found[static_cast<size_t>(List::kNotPromises)], w);
  const auto schedule_follows = [&](const std::pair<size_t, size_t>& promise) {
    return WordAhead(w, draft, promise.first + promise.second, kScheduleReach, ".!?\n", kScheduleWords) !=
           std::string_view::npos;
  };
  const auto not_a_promise = [&](const std::pair<size_t, size_t>& promise) {
    if (schedule_follows(promise)) return true;
    // "Smart Export Guarantee": a name, capitalised inside its sentence (as
    // the sentiment reads names).
    if (feature_tokens[static_cast<size_t>(w.tokens[promise.first] - tokens.data())].maybe_name())
      return true;
    // ("Non succederà mai più" is negative concord: the promise stands.)
    static constexpr std::string_view kConcord[] = {"mai", "never", "ever"};
    if (!internal::IsOneOf(w.folded[promise.first], kConcord) &&
        AnyWordBefore(w, promise.first, 2, kNotBefore))
      return true;
    if (promise.second != 1 || !internal::IsOneOf(w.folded[promise.first], kBarePromises)) return false;
    if (promise.first > 0 && internal::IsOneOf(w.folded[promise.first - 1], kCopulasAndModals)) return true;
    // What is kept at hand describes, not promises: "abbiamo sempre una
    // ciotola d'acqua pronta", "we always have spare chargers"; nor does what
    // the customer is shown: "you'll always see the breakdown before you
    // confirm", "prima di confermare trovi sempre il dettaglio".
    static constexpr std::string_view kHaveBefore[] = {"abbiamo", "hanno", "ha", "trovi", "vedi", "vedrai"};
    static constexpr std::string_view kHaveAfter[] = {"have", "has", "keep", "keeps", "see", "find"};
    return (promise.first > 0 && internal::IsOneOf(w.folded[promise.first - 1], kHaveBefore)) ||
           (promise.first + 1 < w.folded.size() &&
            internal::IsOneOf(w.folded[promise.first + 1], kHaveAfter));
  };
  std::vector<std::pair<size_t, size_t>> promises = found[static_cast<size_t>(List::kPromises)];
  promises.erase(std::remove_if(promises.begin(), promises.end(), not_a_promise), promises.end());
  // A promise quoted back is the customer's word: "capiamo perché scrivi \"SEMPRE\"".
  promises.erase(std::remove_if(promises.begin(), promises.end(),
                                [&](const std::pair<size_t, size_t>& p) { return quoted(p.first); }),
                 promises.end());
  for (const auto& [begin, end] : PhraseIndex::Spans(promises, w)) {
    if (Inside(not_promises, begin, end)) continue;  // "siamo sempre qui"
    out.push_back(MakeFinding("unverifiable_promise", Severity::kWarning, begin, end,
                              "A promise nobody can check or keep.",
                              "Una promessa che nessuno può verificare o mantenere.",
                              "Promise what you will do and when.", "Prometti cosa farai e quando."));
  }

  // Sensitive data: in public it must never be written; move to a private message.
  static const PiiDetector* const detector = new PiiDetector();
  for (const PiiMatch& m : detector->Find(draft)) {
    if (BrandContact(m, w, draft, found[static_cast<size_t>(List::kCallUs)], context.customer_name) ||
        ReferenceNumber(m, w) || BrandPlace(m, w, draft)) {
      continue;
    }
    if (context.visibility == Visibility::kPublic) {
      Finding f = MakeFinding("sensitive_data_public", Severity::kStop, m.utf16_begin, m.utf16_end, "", "",
                              "Remove it and continue in a private message.",
                              "Toglilo e continua in un messaggio privato.");
      const auto [what_en, what_it] = PiiKindWords(m.kind);
      f.message_en = std::string("Sensitive data in a public reply: ") + what_en + ".";
      f.message_it = std::string("Dati personali in una risposta pubblica: ") + what_it + ".";
      out.push_back(std::move(f));
    } else if (m.kind == PiiKind::kPaymentCard) {
      out.push_back(MakeFinding("sensitive_data_private", Severity::kWarning, m.utf16_begin, m.utf16_end,
                                "A full card number, even in a private message.",
                                "Un numero di carta completo, anche in privato.",
                                "Never write card numbers; use the last 4 digits.",
                                "Non scrivere mai il numero di carta; usa le ultime 4 cifre."));
    }
  }
  // Health details named in public, outside a sentence that moves to a
  // private channel ("send your prescription number by DM" asks, in private).
  if (context.visibility == Visibility::kPublic) {
    const auto& privately = found[static_cast<size_t>(List::kPrivately)];
    for (const auto& health : found[static_cast<size_t>(List::kHealthData)]) {
      const size_t first = health.first;
      const size_t words = health.second;
      const bool moves_private = std::any_of(privately.begin(), privately.end(), [&](const auto& p) {
        const size_t a = std::min(first, p.first);
        const size_t b = std::max(first, p.first);
        return !SentenceEndsBetween(w, draft, a, b);
      });
      if (moves_private) continue;
      out.push_back(MakeFinding(
          "sensitive_data_public", Severity::kStop, w.spans[first].first, w.spans[first + words - 1].second,
          "Sensitive data in a public reply: health details.",
          "Dati personali in una risposta pubblica: dati sulla salute.",
          "Remove it and continue in a private message.", "Toglilo e continua in un messaggio privato."));
    }
  }
  // The data each ask reaches, in ask order: the ask not negated ("never
  // share your password"), the data within kAskReach words after it. Each
  // caller reports a data term once, however many asks reach it.
  struct Asked {
    size_t ask, after;               // the ask's first word, the word after it
    std::pair<size_t, size_t> data;  // (first word, word count)
  };
  const auto asks_for = [&](const PhraseIndex::Matches::value_type& data) {
    std::vector<Asked> asked;
    for (const auto& [ask, ask_words] : found[static_cast<size_t>(List::kAskFor)]) {
      if (ask > 0 && internal::IsOneOf(w.folded[ask - 1], kAskNegators)) continue;
      if (NeverAsks(w, draft, ask)) continue;
      const size_t after = ask + ask_words;
      const auto reached = std::find_if(data.begin(), data.end(), [&](const std::pair<size_t, size_t>& d) {
        // In the ask's sentence: "…è confermato. Scusa per la mail…" asks nothing.
        if (d.first < after || d.first - after > kAskReach ||
            SentenceEndsBetween(w, draft, after - 1, d.first))
          return false;
        // "scrivici in DM, senza indicare dati della carta": what not to send.
        for (size_t k = after; k < d.first; ++k) {
          if (internal::IsOneOf(w.folded[k], kAskNegators)) return false;
        }
        return true;
      });
      if (reached != data.end()) asked.push_back({ask, after, *reached});
    }
    return asked;
  };
  // Asking for a card number, a CVV, a PIN or a password, anywhere: no brand
  // does, phishers do ("send us the last 4 digits of your card" is fine).
  std::vector<size_t> secrets_asked;  // the asks reported here
  {
    std::pair<size_t, size_t> reported{SIZE_MAX, 0};
    for (const Asked& a : asks_for(found[static_cast<size_t>(List::kSecrets)])) {
      if (a.data == reported) continue;
      bool last_digits = false;
      for (size_t k = a.after; k < a.data.first; ++k)
        last_digits = last_digits || internal::IsOneOf(w.folded[k], kLastDigits);
      if (last_digits) continue;
      reported = a.data;
      secrets_asked.push_back(a.ask);
      out.push_back(MakeFinding(
          "asks_for_private_data", Severity::kStop, w.spans[a.ask].first,
          w.spans[a.data.first + a.data.second - 1].second,
          "Never ask for a card number, CVV, PIN or password, not even in private: scammers do.",
          "Non chiedere mai numero di carta, CVV, PIN o password, nemmeno in privato: lo fanno i truffatori.",
          "Ask for the last 4 digits, or send the secure payment or reset link.",
          "Chiedi le ultime 4 cifre, o manda il link sicuro di pagamento o di reset."));
    }
  }
  // Asking for it in public: the customer's answer would be public.
  if (context.visibility == Visibility::kPublic && found[static_cast<size_t>(List::kPrivately)].empty()) {
    std::pair<size_t, size_t> reported{SIZE_MAX, 0};
    for (const Asked& a : asks_for(found[static_cast<size_t>(List::kPrivateData)])) {
      if (a.data == reported) continue;
      if (std::find(secrets_asked.begin(), secrets_asked.end(), a.ask) != secrets_asked.end()) continue;
      reported = a.data;
      out.push_back(
          MakeFinding("asks_for_private_data", Severity::kWarning, w.spans[a.ask].first,
                      w.spans[a.data.first + a.data.second - 1].second,
                      "This asks for personal data in public: the customer's answer would be public too.",
                      "Chiede dati personali in pubblico: anche la risposta del cliente sarebbe pubblica.",
                      "Ask for it in a private message.", "Chiedilo in un messaggio privato."));
    }
  }
  for (const Token& t : tokens) {
    if (t.kind == TokenKind::kUrl && t.text.size() >= 7 && Fold(t.text.substr(0, 7)) == "http://") {
      out.push_back(MakeFinding("insecure_link", Severity::kWarning, t.utf16_begin, t.utf16_end,
                                "This link is not https.", "Questo link non è https.",
                                "Link the https address.", "Usa l'indirizzo https."));
    }
  }

  // Personalisation, when there is something to compare with.
  if (!context.templates.empty() || !context.recent_replies.empty() || !context.customer_name.empty() ||
      check->has_message) {
    PersonalizationInput p;
    p.draft.assign(draft);
    p.templates = context.templates;
    p.recent_replies = context.recent_replies;
    p.customer_message = context.customer_message;
    p.customer_first_name = context.customer_name;
    p.language = language == Language::kItalian ? "it" : "en";
    p.follow_up = context.follow_up;
    if (check->has_message) {
      const Intents& m = check->message_analysis.intents;
      const size_t words = static_cast<size_t>(std::count(context.customer_message.begin(),
                                                          context.customer_message.end(), ' ')) +
                           1;
      p.comment_without_a_case =
          words <= kShortCommentWords &&
          (m.toxicity >= kIntentReportThreshold || (m.of(Intent::kComplaint) < kIntentReportThreshold &&
                                                    m.of(Intent::kQuestion) < kIntentReportThreshold));
    }
    for (Finding& f : CheckPersonalization(p, tokens, named)) {
      out.push_back(std::move(f));
    }
  }

  // The team's own rules.
  for (const ReplyRules::Rule& rule : rules.rules()) {
    std::vector<std::pair<size_t, size_t>> spans;
    for (const std::vector<std::string>& words : rule.phrases) {
      for (size_t i = 0; i + words.size() <= w.folded.size(); ++i) {
        if (PhraseIndex::MatchesAt(words, w, i))
          spans.emplace_back(w.spans[i].first, w.spans[i + words.size() - 1].second);
      }
    }
    if (rule.pattern) {
      re2::StringPiece input(draft.data(), draft.size());
      re2::StringPiece match;
      size_t pos = 0;
      while (pos <= draft.size() &&
             rule.pattern->Match(input, pos, draft.size(), RE2::UNANCHORED, &match, 1)) {
        const size_t begin = static_cast<size_t>(match.data() - draft.data());
        spans.emplace_back(Utf16OffsetOf(draft, begin), Utf16OffsetOf(draft, begin + match.size()));
        pos = begin + std::max<size_t>(match.size(), 1);
      }
    }
    for (const auto& [begin, end] : spans) {
      Finding f;
      f.rule = "custom:" + rule.id;
      f.severity = rule.severity;
      f.utf16_begin = begin;
      f.utf16_end = end;
      f.message_en = rule.message_en;
      f.message_it = rule.message_it;
      f.suggestion_en = rule.suggestion_en;
      f.suggestion_it = rule.suggestion_it;
      out.push_back(std::move(f));
    }
  }

  if (context.caret) DeferUnfinishedWord(tokens, *context.caret, check);
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& a, const Finding& b) { return a.utf16_begin < b.utf16_begin; });
  check->status = DraftStatus(out);
  return Status::Ok();
}

std::string ReplyCheckToJson(const ReplyCheck& check, const ReplyContext& context) {
  JsonWriter w;
  w.BeginObject();
  w.Key("status");
  w.String(check.status);
  w.Key("lang");
  w.String(LanguageName(check.analysis.language));
  w.Key("politeness");
  w.Double3(RoundReported(check.analysis.politeness));
  w.Key("readability");
  w.Double3(check.readability);
  w.Key("weightedLength");
  w.Int(check.weighted_length);
  w.Key("limit");
  w.Int(context.channel == "x" ? 280 : 1000);
  w.Key("deferred");
  w.Int(static_cast<int64_t>(check.deferred));
  w.Key("findings");
  w.Raw(FindingsToJson(check.findings));
  w.EndObject();
  return w.Take();
}

}  // namespace pronto

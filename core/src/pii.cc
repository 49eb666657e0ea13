// Copyright 2026 The Pronto Authors.
#include "pronto/pii.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "bytes.h"
#include "pronto/search_text.h"
#include "pronto/text.h"

namespace pronto {

struct PiiDetector::Patterns {
  // Each pattern has one capturing group: the candidate.
  RE2 email{R"(([A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}))"};
  RE2 card{R"(\b((?:\d[ -]?){12,18}\d)\b)"};
  RE2 iban{R"(\b([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30})\b)"};
  RE2 codice_fiscale{
      R"(\b([A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z])\b)"};
  // "+39 333 123 4567", "0039 02 1234567", "333-1234567", "02 12345678", "02 1234 5678",
  // "+1 (212) 555-0100", "(212) 555-0100", "212-555-0100" (US), "07700 900123" (UK: a
  // 5-digit code, 6 digits);
  // not after '/' or '#', where digits are a reference ("pratica 2026/00123456", "#0212345678");
  // and whole: the number ends where its digits do (no "07700 9001" out of "07700 900123").
  RE2 phone{
      R"((?:^|[^\w+/#])((?:\+|00)\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,4}|3\d{2}[ .-]?\d{3}[ .-]?\d{3,4}|0\d{4}[ .-]\d{5,6}|\(\d{3}\) ?\d{3}[ .-]\d{4}|[2-9]\d{2}[.-]\d{3}[.-]\d{4}|0\d{1,3}[ .-]?\d{3,4} \d{3,4}|0\d{1,3}[ .-]?\d{4,8})\b)"};
  // A UK National Insurance number: two prefix letters (not D, F, I, Q, U or
  // V; the second not O either: so not "QQ", the documentation example), six
  // digits, a suffix A to D ("AB 12 34 56 C").
  RE2 national_insurance{R"(\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b)"};
  // UK bank details after their label: "sort code 20-44-91", "account
  // number 12345678", "acc no. 12345678" (an IBAN has its own check).
  RE2 bank_account{
      R"((?i:sort\s+code|account\s+(?:number|no\.?|num\.?)|acc(?:ount)?\s+no\.?|a/c(?:\s+no\.?)?)\s*:?\s*)"
      R"((\d{2}[- ]\d{2}[- ]\d{2}\b|\d{8}\b))"};
  // A date after a label of birth: "date of birth 14/03/2004", "DOB:
  // 3.5.1950", "born on 2 May 1987", "data di nascita 14-03-2004", "nata
  // il 3 maggio 1950", "nato a Bari il 1/2/1960", "date of birth
  // (12/03/1979)". A date alone is not.
  RE2 date_of_birth{R"((?i:date\s+of\s+birth|d\.?o\.?b\.?|born\s+on|birth\s*date|data\s+di\s+nascita|)"
                    R"(nat[oa]\s+(?:a\s+[A-Za-z'’]+(?:\s+[A-Za-z'’]+)?\s+)?il)\s*[:(]?\s*)"
                    R"((\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\b))"};
  // A card's last four digits after their label: "card ending in 4821",
  // "the card ending 4821", "last 4 digits: 4821", "carta che termina con
  // 4821", "carta terminante in 4821", "ultime quattro cifre della carta
  // 4821", "carta **** 4821", "xxxx-4821". Harmless alone, they tie a public
  // reply to one customer's account; in a private message they are the
  // safe way to name a card.
  RE2 card_last_digits{
      R"((?i:\b(?:card|carta)\b[^.!?\n\d]{0,24}?\b(?:ending|ends|termina|terminante|finale|final[ei])\b\s*)"
      R"((?:in|with|con|per|:)?\s*|\blast\s+(?:4|four)\s+digits\b[^.!?\n\d]{0,20}?|)"
      R"(\bultime\s+(?:4|quattro)\s+cifre\b[^.!?\n\d]{0,24}?|\b(?:card|carta)\s*(?:\*{1,4}|x{4})[ -]?|)"
      R"(\*{4}[ -]?|x{4}[ -])(\d{4})\b)"};
  // Street addresses (validated in Find: see ItalianStreetAddress). Latin
  // letters only (LETTERS: any case, CAPITALS): Unicode's whole \p{L} makes the
  // programs too large for RE2's DFA.
#define LETTERS R"(A-Za-z\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{024F})"
#define CAPITALS R"(A-Z\x{00C0}-\x{00D6}\x{00D8}-\x{00DE})"
  // Italian: a street word, one to five name words, the house number,
  // optionally "int. 4" / "scala B" and a CAP with its town ("Via dei Tigli
  // 14/B, 20135 Milano (MI)"). Captures: the address, the street word, the
  // name words, the number, the CAP.
  RE2 street_it{
      R"((?:^|[^)" LETTERS
      R"(0-9_])((?i:(via|viale|v\.le|piazza|piazzale|p\.za|p\.zza|p\.le|corso|c\.so|largo|vicolo|vico|)"
      R"(strada|località|loc\.|contrada|c\.da|borgo|lungomare|lungotevere|lungarno|salita|calle|frazione|fraz\.|)"
      R"(circonvallazione|traversa))\s+((?:[)" LETTERS R"(][)" LETTERS R"('’.\-]*\s+){1,5}?))"
      R"((\d{1,4}(?:\s?/\s?[A-Za-z0-9]{1,2}|[A-Za-z]\b)?))"
      R"((?:,?\s*(?i:int\.?|interno|scala|piano)\s*[A-Za-z0-9]{1,3}\b)*)"
      R"((?:\s*[,\-]?\s*(\d{5})\s+[)" LETTERS R"(][)" LETTERS R"('’]*(?:\s+[)" CAPITALS R"(][)" LETTERS
      R"('’]*){0,2})"
      R"((?:\s*\(\s*[A-Z]{2}\s*\)|\s+[A-Z]{2}\b)?)?))"};
  // A town, a state or county code and a ZIP or postcode, after a street:
  // ", Washington, DC 20500", ", London SW3 4ND", " Bondi NSW 2026".
#define TOWN_AND_POSTCODE                                                                  \
  R"(,?\s+(?:[)" CAPITALS R"(][)" LETTERS R"(.'’\-]*\s?){1,3}(?:,?\s+[A-Z]{2,3})?,?\s+)" \
  R"((?:\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b)"
  // English, in one pattern (one pass over the draft): a unit ("Flat 3,",
  // "Apt 5B"), the house number ("221B", "3/27"), then either one to four
  // capitalised name words (or "5th"), the street type and a compass point,
  // optionally the unit, town and postcode ("1600 Pennsylvania Ave NW,
  // Washington, DC 20500", "Flat 3, 45 King's Road, London SW3 4ND"), or any
  // capitalised name with its town and postcode ("2 Meadow View, Harrogate
  // HG1 4DE"); or a post-office box ("PO Box 1234", "casella postale 12").
  // Captures: the address.
  RE2 street_en{
      R"((?:^|[^)" LETTERS
      R"(0-9_$£€#/.,:])((?:(?:(?i:flat|apt\.?|apartment|unit|suite)\s*[A-Za-z0-9]{1,4},?\s+)?)"
      R"(\d{1,5}[A-Za-z]?(?:[-/]\d{1,5})?\s+(?:)"
      R"((?:(?:[)" CAPITALS R"(][)" LETTERS R"('’.\-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4})"
      R"((?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|way|close|crescent|cres|place|)"
      R"(pl|terrace|square|sq|gardens|grove|parkway|pkwy|highway|hwy|row|mews|circle|cir|trail|walk|hill|view|rise|)"
      R"(vale|parade|quay|wharf|esplanade|promenade|embankment)(?:\.|\b))"
      R"((?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?)"
      R"((?:,?\s+(?i:apt\.?|apartment|flat|unit|suite|ste\.?)\s*#?[A-Za-z0-9]{1,4}\b)?)"
      R"((?:)" TOWN_AND_POSTCODE R"()?)"
      R"(|(?:[)" CAPITALS R"(][)" LETTERS R"('’.\-]*\s+){0,3}[)" CAPITALS R"(][)" LETTERS
      R"('’.\-]*)" TOWN_AND_POSTCODE R"())"
      R"(|(?i:p\.?\s?o\.?\s?box|post\s+office\s+box|casella\s+postale)\s*\d{1,6})))"};
#undef TOWN_AND_POSTCODE
#undef CAPITALS
#undef LETTERS
};

PiiDetector::PiiDetector() : patterns_(std::make_unique<Patterns>()) {}
PiiDetector::~PiiDetector() = default;

const char* PiiKindName(PiiKind kind) {
  switch (kind) {
    case PiiKind::kEmail:
      return "email";
    case PiiKind::kPhone:
      return "phone";
    case PiiKind::kPaymentCard:
      return "payment_card";
    case PiiKind::kIban:
      return "iban";
    case PiiKind::kCodiceFiscale:
      return "codice_fiscale";
    case PiiKind::kStreetAddress:
      return "street_address";
    case PiiKind::kBankAccount:
      return "bank_account";
    case PiiKind::kNationalInsurance:
      return "national_insurance";
    case PiiKind::kDateOfBirth:
      return "date_of_birth";
    case PiiKind::kCardLastDigits:
      return "card_last_digits";
  }
  return "unknown";
}

bool PassesLuhn(std::string_view number) {
  int sum = 0;
  int digits = 0;
  for (auto it = number.rbegin(); it != number.rend(); ++it) {
    if (*it == ' ' || *it == '-') continue;
    if (*it < '0' || *it > '9') return false;
    int d = *it - '0';
    if (digits % 2 == 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    ++digits;
  }
  return digits >= 13 && digits <= 19 && sum % 10 == 0;
}

bool PassesCardCheck(std::string_view number) {
  // No payment card number starts with 0 (ISO/IEC 7812: 0 is no issuer's).
  return !number.empty() && number.front() != '0' && PassesLuhn(number);
}

bool PassesIbanCheck(std::string_view iban) {
  std::string compact;
  for (char c : iban) {
    if (c == ' ') continue;
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (compact.size() < 15 || compact.size() > 34) return false;
  if (!std::isalpha(static_cast<unsigned char>(compact[0])) ||
      !std::isalpha(static_cast<unsigned char>(compact[1])))
    return false;
  std::rotate(compact.begin(), compact.begin() + 4, compact.end());
  int remainder = 0;
  for (char c : compact) {
    const int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : c - 'A' + 10;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder == 1;
}

bool PassesCodiceFiscaleCheck(std::string_view code) {
  if (code.size() != 16) return false;
  // Values of characters in odd positions (1st, 3rd, …), from the Ministry's table.
  static constexpr int kOdd[36] = {1,  0,  5, 7, 9,  13, 15, 17, 19, 21, 1,  0,  5,  7,  9,  13, 15, 17,
                                   19, 21, 2, 4, 18, 20, 11, 3,  6,  8,  12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(code[i])));
    int index;  // digits 0-9 → 0-9, letters A-Z → 10-35
    if (c >= '0' && c <= '9') {
      index = c - '0';
    } else if (c >= 'A' && c <= 'Z') {
      index = c - 'A' + 10;
    } else {
      return false;
    }
    // Even positions (2nd, 4th, …): digits count their value, letters A=0 … Z=25.
    sum += (i % 2 == 0) ? kOdd[index] : (index < 10 ? index : index - 10);
  }
  return std::toupper(static_cast<unsigned char>(code[15])) == 'A' + sum % 26;
}

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether the phone candidate utf8[begin, end) is a piece of a longer grouped
// number: with the digit groups right before and after it (one space, '.' or
// '-' apart) it has more digits than any phone number (E.164: 15). Groups
// inside `claimed` ranges (a card or an IBAN already found) are not counted.
template <typename Claimed>
bool PieceOfALongerNumber(std::string_view utf8, size_t begin, size_t end, const Claimed& claimed) {
  if (utf8[begin] == '+') return false;
  const auto is_separator = [](char c) { return c == ' ' || c == '.' || c == '-'; };
  size_t digits = static_cast<size_t>(std::count_if(utf8.begin() + begin, utf8.begin() + end, IsDigit));
  // Each walk stops once the count is over 15: a long run of digit groups
  // costs no more per candidate than a short one.
  constexpr size_t kMaxPhoneDigits = 15;
  for (size_t i = begin; digits <= kMaxPhoneDigits && i >= 2 && is_separator(utf8[i - 1]) &&
                         IsDigit(utf8[i - 2]) && !claimed(i - 2);) {
    for (i -= 1; i > 0 && IsDigit(utf8[i - 1]); --i) ++digits;
  }
  for (size_t i = end; digits <= kMaxPhoneDigits && i + 1 < utf8.size() && is_separator(utf8[i]) &&
                       IsDigit(utf8[i + 1]) && !claimed(i + 1);) {
    for (i += 1; i < utf8.size() && IsDigit(utf8[i]); ++i) ++digits;
  }
  return digits > kMaxPhoneDigits;
}

// Street addresses. Fold()ed words.
// clang-format off
// What follows a number that is a quantity or a date, not a house number:
// "via corriere 3 giorni fa", "spedito via posta il 12 marzo".
constexpr std::string_view kAfterAQuantity[] = {
    "giorni", "giorno", "gg", "ore", "ora", "h", "minuti", "min", "secondi", "settimane", "settimana", "mesi",
    "mese", "anni", "anno", "euro", "eur", "volte", "pezzi", "pz", "articoli", "prodotti", "ordini", "pacchi",
    "persone", "posti", "km", "kg", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
    "agosto", "settembre", "ottobre", "novembre", "dicembre", "days", "day", "hours", "hour", "minutes",
    "mins", "weeks", "months", "years", "times", "items", "orders", "euros", "pounds", "dollars",
    "di", "del", "della", "dei", "degli", "delle",  // "Corso Avanzato 2 di pasticceria"
};
// A name word after which the number is not the house number: "via libera a
// 2 nuovi…", "e così via per 10 minuti".
constexpr std::string_view kBeforeANumber[] = {
    "a", "in", "per", "da", "tra", "fra", "su", "con", "entro", "dopo", "circa", "ore", "alle", "dalle", "il",
};
// What follows "via" (or any street word) when it means "by": "via email",
// "via DM", "Via WhatsApp".
constexpr std::string_view kNotAStreetName[] = {
    "email", "e-mail", "mail", "dm", "messaggio", "messaggi", "chat", "corriere", "app", "sms", "whatsapp",
    "telefono", "posta", "pec", "web", "internet", "fax", "social", "twitter", "facebook", "instagram",
    "messenger", "telegram", "link", "sito", "form", "modulo", "ticket", "paypal", "bonifico", "raccomandata",
    "privato", "privata", "direct", "x", "con", "per", "che",
};
// Lower-case words inside a capitalised street name: "Via dei Tigli", "Corso
// Vittorio Emanuele", "Piazza della Repubblica".
constexpr std::string_view kStreetNameJoiners[] = {
    "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’", "da", "dal", "dalla",
    "al", "alla", "ai", "agli", "alle", "e", "ed", "in", "sul", "sulla", "san", "santa", "sant'", "sant’",
    "la", "le", "lo", "il", "i", "gli", "fra", "tra",
};
// Street words that also mean something else in lower case: "corso"
// (course), "strada" (road), "largo" (wide)…
constexpr std::string_view kAmbiguousStreetWords[] = {
    "corso", "strada", "largo", "borgo", "salita", "traversa", "calle", "vico",
};
// Words right before an address that make it someone's: "il tuo indirizzo
// via roma 12", "spedito in via roma 12".
constexpr std::string_view kAddressCues[] = {
    "indirizzo", "abiti", "abita", "abitate", "residente", "residenza", "domicilio", "consegna", "consegnato",
    "consegnata", "consegnare", "consegneremo", "spedito", "spedita", "spedire", "spediremo", "spediamo", "casa",
    "recapito", "address", "live", "lives", "deliver", "delivered", "delivering", "shipped", "ship", "home",
};
// clang-format on

bool StartsUpperCase(std::string_view word) {
  if (word.empty()) return false;
  const auto c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals, U+00C0 to U+00DE ("È", "Ò").
  return c == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

// The first word of `text` (spaces skipped), up to a space or punctuation.
std::string_view FirstWord(std::string_view text) {
  size_t at = 0;
  while (at < text.size() && text[at] == ' ') ++at;
  size_t end = at;
  while (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != '.' && text[end] != '!' &&
         text[end] != '?' && text[end] != ';' && text[end] != ')')
    ++end;
  return text.substr(at, end - at);
}

// Whether one of the `n` words before `at` in `text` is a kAddressCues word.
bool AfterAnAddressCue(std::string_view text, size_t at, int n) {
  for (int i = 0; i < n && at > 0; ++i) {
    while (at > 0 && !std::isalpha(static_cast<unsigned char>(text[at - 1])) &&
           static_cast<unsigned char>(text[at - 1]) < 0x80 && text[at - 1] != '\'')
      --at;
    size_t begin = at;
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != ',' && text[begin - 1] != '.' &&
           text[begin - 1] != ':' && text[begin - 1] != '(')
      --begin;
    if (internal::IsOneOf(Fold(text.substr(begin, at - begin)), kAddressCues)) return true;
    at = begin;
  }
  return false;
}

// Whether the Italian-shaped candidate is an address: "Via Roma 12" and "via
// roma 12, 20135 Milano" are; "via email 3 giorni fa", "Piazza Affari ha
// chiuso a 34.000" and "corso di formazione 2024" are not. `after_number` is
// the text from the end of the house number on.
bool ItalianStreetAddress(std::string_view text, size_t begin, std::string_view street,
                          std::string_view names, std::string_view number, std::string_view cap,
                          std::string_view after_number) {
  if (after_number.size() >= 2 &&
      (after_number[0] == '.' || after_number[0] == ',' || after_number[0] == ':') &&
      IsDigit(after_number[1]))
    return false;  // "34.000", "12,50", "10:30"
  if (cap.empty()) {
    if (!after_number.empty() && (after_number[0] == '%' || after_number[0] == '-')) return false;
    if (internal::IsOneOf(Fold(FirstWord(after_number)), kAfterAQuantity)) return false;
    // A year: "corso di formazione 2024".
    if (number.size() == 4 && (number.substr(0, 2) == "19" || number.substr(0, 2) == "20")) return false;
  }
  bool capitalised = false, proper = true;
  size_t count = 0;
  std::string last;
  for (size_t at = 0; at < names.size();) {
    while (at < names.size() && names[at] == ' ') ++at;
    size_t end = at;
    while (end < names.size() && names[end] != ' ' && names[end] != '\t' && names[end] != '\n') ++end;
    if (end == at) break;
    const std::string_view word = names.substr(at, end - at);
    const std::string folded = Fold(word);
    if (count == 0 && internal::IsOneOf(folded, kNotAStreetName)) return false;  // "via email"
    ++count;
    last = folded;
    if (StartsUpperCase(word)) {
      capitalised = true;
    } else if (!internal::IsOneOf(folded, kStreetNameJoiners)) {
      proper = false;  // "ha chiuso a": not a street's name
    }
    at = end;
  }
  if (internal::IsOneOf(last, kBeforeANumber)) return false;
  if (capitalised && proper) return true;
  // Typed in lower case ("via roma 12"): a short name, and for the street
  // words with other meanings ("corso di cucina 2") a CAP or an address cue.
  if (capitalised || count > 3) return false;
  return !internal::IsOneOf(Fold(street), kAmbiguousStreetWords) || !cap.empty() ||
         AfterAnAddressCue(text, begin, 3);
}

// Whether "codice fiscale", "cod. fiscale", "CF" or "C.F." (then ':' or
// spaces) ends right before `at`.
bool AfterACodiceFiscaleLabel(std::string_view text, size_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ':')) --at;
  const std::string before = Fold(text.substr(at >= 16 ? at - 16 : 0, at >= 16 ? 16 : at));
  for (std::string_view label : {"codice fiscale", "cod. fiscale", "c.f.", "cf"}) {
    if (internal::EndsWith(before, label) &&
        (before.size() == label.size() ||
         !std::isalnum(static_cast<unsigned char>(before[before.size() - label.size() - 1])))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<PiiMatch> PiiDetector::Find(std::string_view utf8) const {
  std::vector<PiiMatch> found;
  const auto overlaps = [&](size_t begin, size_t end) {
    for (const PiiMatch& m : found) {
      if (begin < m.byte_end && m.byte_begin < end) return true;
    }
    return false;
  };
  // Records utf8[begin, end) as a `kind` unless an earlier match claims it.
  const auto record = [&](PiiKind kind, size_t begin, size_t end) {
    if (overlaps(begin, end)) return;
    PiiMatch m;
    m.kind = kind;
    m.text.assign(utf8.substr(begin, end - begin));
    m.byte_begin = begin;
    m.byte_end = end;
    found.push_back(std::move(m));
  };
  const auto scan = [&](const RE2& re, PiiKind kind, bool (*valid)(std::string_view)) {
    re2::StringPiece input(utf8.data(), utf8.size());
    re2::StringPiece candidate;
    while (RE2::FindAndConsume(&input, re, &candidate)) {
      const size_t begin = static_cast<size_t>(candidate.data() - utf8.data());
      // A phone is a whole number: not the digits of a longer one
      // ("tracking 9400 1000 0000 0000 0000 00").
      if (kind == PiiKind::kPhone && PieceOfALongerNumber(utf8, begin, begin + candidate.size(),
                                                          [&](size_t at) { return overlaps(at, at + 1); })) {
        continue;
      }
      std::string_view text(candidate.data(), candidate.size());
      // The patterns are greedy ("IT60X… grazie" reaches into the next word):
      // when the whole candidate fails its check, try it cut at each space.
      while (valid != nullptr && !valid(text)) {
        const size_t space = text.rfind(' ');
        if (space == std::string_view::npos) break;
        text = text.substr(0, space);
      }
      // A codice fiscale written after its label ("codice fiscale", "CF") is
      // someone's even with a wrong check character: mistyped, or the
      // customer's as they gave it.
      const bool labelled_code =
          kind == PiiKind::kCodiceFiscale && text.size() == 16 && AfterACodiceFiscaleLabel(utf8, begin);
      if (valid != nullptr && !valid(text) && !labelled_code) {
        // It may also start in the number before ("ordine 12345 4111 1111…"):
        // look again from its second group.
        const size_t space = std::string_view(candidate.data(), candidate.size()).find(' ');
        if (space != std::string_view::npos) {
          const char* from = candidate.data() + space + 1;
          input = re2::StringPiece(from, static_cast<size_t>(utf8.data() + utf8.size() - from));
        }
        continue;
      }
      record(kind, begin, begin + text.size());
    }
  };
  // One pass over the bytes for what each pattern cannot match without, so
  // that most replies (no '@', few digits) skip most regular expressions.
  enum : uint8_t { kOther, kLetter, kDigit, kAt };
  static constexpr std::array<uint8_t, 256> kClass = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 'a'; c <= 'z'; ++c) t[c] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) t[c] = kLetter;
    for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
    t['@'] = kAt;
    return t;
  }();
  size_t digits = 0, alnum_run = 0, longest_alnum_run = 0;
  size_t letter_run = 0, digit_run = 0, letters_before_digits = 0;
  bool at_sign = false;
  bool letters_then_digits = false;  // "IT60": two letters, then two digits (an IBAN's start)
  for (const char c : utf8) {
    switch (kClass[static_cast<unsigned char>(c)]) {
      case kLetter:
        if (digit_run > 0) letter_run = digit_run = 0;
        ++letter_run;
        ++alnum_run;
        break;
      case kDigit:
        if (digit_run == 0) letters_before_digits = letter_run;
        letter_run = 0;
        ++digit_run;
        ++digits;
        ++alnum_run;
        letters_then_digits = letters_then_digits || (digit_run >= 2 && letters_before_digits >= 2);
        break;
      case kAt:
        at_sign = true;
        [[fallthrough]];
      default:
        longest_alnum_run = std::max(longest_alnum_run, alnum_run);
        alnum_run = letter_run = digit_run = 0;
        break;
    }
  }
  longest_alnum_run = std::max(longest_alnum_run, alnum_run);
  // Most specific first: a valid card or IBAN is never re-reported as a phone.
  if (at_sign) scan(patterns_->email, PiiKind::kEmail, nullptr);
  if (letters_then_digits) scan(patterns_->iban, PiiKind::kIban, &PassesIbanCheck);
  if (digits >= 13) scan(patterns_->card, PiiKind::kPaymentCard, &PassesCardCheck);
  if (longest_alnum_run >= 16) {
    scan(patterns_->codice_fiscale, PiiKind::kCodiceFiscale, &PassesCodiceFiscaleCheck);
  }
  if (digits >= 6) {
    scan(patterns_->bank_account, PiiKind::kBankAccount, nullptr);
    scan(patterns_->national_insurance, PiiKind::kNationalInsurance, nullptr);
  }
  if (digits >= 4) {
    scan(patterns_->date_of_birth, PiiKind::kDateOfBirth, nullptr);
    scan(patterns_->card_last_digits, PiiKind::kCardLastDigits, nullptr);
  }
  if (digits >= 8) {
    scan(patterns_->phone, PiiKind::kPhone, [](std::string_view s) {
      const auto n = std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
      return n >= 8 && n <= 15;
    });
  }
  if (digits > 0) {
    const auto add = [&](re2::StringPiece address) {
      const size_t begin = static_cast<size_t>(address.data() - utf8.data());
      record(PiiKind::kStreetAddress, begin, begin + address.size());
    };
    re2::StringPiece input(utf8.data(), utf8.size());
    re2::StringPiece address, street, names, number, cap;
    while (RE2::FindAndConsume(&input, patterns_->street_it, &address, &street, &names, &number, &cap)) {
      const size_t begin = static_cast<size_t>(address.data() - utf8.data());
      const size_t number_end = static_cast<size_t>(number.data() + number.size() - utf8.data());
      if (ItalianStreetAddress(utf8, begin, std::string_view(street.data(), street.size()),
                               std::string_view(names.data(), names.size()),
                               std::string_view(number.data(), number.size()),
                               std::string_view(cap.data(), cap.size()), utf8.substr(number_end))) {
        add(address);
      } else {
        // Look again from the name words: "via email a Via Roma 12".
        const char* from = names.data();
        input = re2::StringPiece(from, static_cast<size_t>(utf8.data() + utf8.size() - from));
      }
    }
    input = re2::StringPiece(utf8.data(), utf8.size());
    input = re2::StringPiece(utf8.data(), utf8.size());
    while (RE2::FindAndConsume(&input, patterns_->street_en, &address)) add(address);
  }
  std::sort(found.begin(), found.end(),
            [](const PiiMatch& a, const PiiMatch& b) { return a.byte_begin < b.byte_begin; });
  for (PiiMatch& m : found) {
    m.utf16_begin = Utf16OffsetOf(utf8, m.byte_begin);
    m.utf16_end =
        m.utf16_begin + Utf16OffsetOf(std::string_view(utf8).substr(m.byte_begin), m.byte_end - m.byte_begin);
  }
  return found;
}

}  // namespace pronto

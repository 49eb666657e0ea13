// Copyright 2026 The Pronto Authors.
//
// Sensitive data in a draft reply: what must never be written in a public
// comment or tweet, and should move to a private message instead.
//
//   pronto::PiiDetector detector;
//   for (const pronto::PiiMatch& m : detector.Find("Carta 4111 1111 1111 1111, IBAN
//   IT60X0542811101000000123456")) {
//     // m.kind == PiiKind::kPaymentCard, then kIban; m.utf16_begin/end for the browser
//   }
//
// Patterns are RE2 (linear time on any input); every candidate is then
// validated the way the issuer does: the Luhn checksum for payment cards,
// ISO 13616 mod-97 for IBANs, the check character for Italian codici fiscali,
// a plausible digit count for phone numbers. A number that fails its check is
// not reported, so order numbers and dates do not raise false alarms.
#ifndef PRONTO_PII_H_
#define PRONTO_PII_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pronto {

// The kinds of sensitive data the detector finds.
enum class PiiKind {
  kEmail,
  kPhone,              // Italian mobiles and landlines, +CC numbers, UK and US national formats
  kPaymentCard,        // 13 to 19 digits passing the Luhn check
  kIban,               // passing the ISO 13616 mod-97 check
  kCodiceFiscale,      // Italian tax code with a valid check character
  kStreetAddress,      // "Via dei Tigli 14, 20135 Milano", "Flat 3, 45 King's Road", "PO Box 77"
  kBankAccount,        // a UK sort code or account number after its label ("sort code 20-44-91")
  kNationalInsurance,  // a UK National Insurance number ("QQ 12 34 56 C")
  kDateOfBirth,        // a date after its label ("date of birth 14/03/2004", "nata il 3 maggio 1950")
  kCardLastDigits,     // a card's last four digits after their label ("card ending in 4821", "carta *4821")
};

// Returns the JSON name of `kind`, e.g. "payment_card".
const char* PiiKindName(PiiKind kind);

// One piece of sensitive data in the text.
struct PiiMatch {
  PiiKind kind;
  std::string text;  // exactly as in the input
  size_t byte_begin = 0;
  size_t byte_end = 0;
  size_t utf16_begin = 0;
  size_t utf16_end = 0;
};

// Finds sensitive data. Construct once and reuse: construction compiles the
// patterns. Find() is const and keeps no state between calls.
class PiiDetector {
 public:
  PiiDetector();
  ~PiiDetector();
  PiiDetector(const PiiDetector&) = delete;
  PiiDetector& operator=(const PiiDetector&) = delete;

  // Returns the matches in `utf8`, in order of position, never overlapping
  // (a card number is not also reported as a phone number).
  std::vector<PiiMatch> Find(std::string_view utf8) const;

 private:
  struct Patterns;
  std::unique_ptr<Patterns> patterns_;
};

// True when the digits in `number` (spaces and dashes ignored) pass the Luhn check.
bool PassesLuhn(std::string_view number);

// True when `number` can be a payment card's: it passes the Luhn check and
// does not start with 0, which no card issuer's number does.
bool PassesCardCheck(std::string_view number);

// True when `iban` (spaces ignored, any case) passes the ISO 13616 mod-97 check.
bool PassesIbanCheck(std::string_view iban);

// True when the 16-character Italian codice fiscale `code` has the right
// check character (omocodia substitutions accepted).
bool PassesCodiceFiscaleCheck(std::string_view code);

}  // namespace pronto

#endif  // PRONTO_PII_H_

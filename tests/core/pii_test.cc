// Copyright 2026 The Pronto Authors.
#include "pronto/pii.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pronto {
namespace {

std::vector<std::string> Found(const PiiDetector& d, std::string_view text) {
  std::vector<std::string> out;
  for (const PiiMatch& m : d.Find(text)) out.push_back(std::string(PiiKindName(m.kind)) + ":" + m.text);
  return out;
}

TEST(Checksums, Luhn) {
  EXPECT_TRUE(PassesLuhn("4111 1111 1111 1111"));
  EXPECT_TRUE(PassesLuhn("5555-5555-5555-4444"));
  EXPECT_TRUE(PassesLuhn("378282246310005"));  // 15-digit Amex test number
  EXPECT_FALSE(PassesLuhn("4111 1111 1111 1112"));
  EXPECT_FALSE(PassesLuhn("0000 0000 0000"));  // 12 digits: too short for a card
  EXPECT_TRUE(PassesLuhn("0000 0000 0000 00"));
  EXPECT_FALSE(PassesCardCheck("0000 0000 0000 00"));  // no card number starts with 0
  EXPECT_TRUE(PassesCardCheck("4111 1111 1111 1111"));
}

TEST(Checksums, Iban) {
  EXPECT_TRUE(PassesIbanCheck("IT60X0542811101000000123456"));
  EXPECT_TRUE(PassesIbanCheck("GB82 WEST 1234 5698 7654 32"));
  EXPECT_TRUE(PassesIbanCheck("de89370400440532013000"));
  EXPECT_FALSE(PassesIbanCheck("IT60X0542811101000000123457"));
  EXPECT_FALSE(PassesIbanCheck("IT60"));
}

TEST(Checksums, CodiceFiscale) {
  EXPECT_TRUE(PassesCodiceFiscaleCheck("RSSMRA80A01H501U"));
  EXPECT_TRUE(PassesCodiceFiscaleCheck("rssmra85t10a562s"));
  EXPECT_FALSE(PassesCodiceFiscaleCheck("RSSMRA80A01H501X"));
  EXPECT_FALSE(PassesCodiceFiscaleCheck("RSSMRA80A01H501"));
}

TEST(PiiDetector, FindsEachKindWithItsCheck) {
  PiiDetector d;
  EXPECT_EQ(Found(d, "Scrivi a mario.rossi@example.it per info"),
            std::vector<std::string>{"email:mario.rossi@example.it"});
  EXPECT_EQ(Found(d, "La mia carta è 4111 1111 1111 1111, scade 12/27"),
            std::vector<std::string>{"payment_card:4111 1111 1111 1111"});
  EXPECT_EQ(Found(d, "IBAN IT60X0542811101000000123456 grazie"),
            std::vector<std::string>{"iban:IT60X0542811101000000123456"});
  EXPECT_EQ(Found(d, "CF: RSSMRA80A01H501U."), std::vector<std::string>{"codice_fiscale:RSSMRA80A01H501U"});
  EXPECT_EQ(Found(d, "chiamami al +39 333 123 4567 o al 333-1234567"),
            (std::vector<std::string>{"phone:+39 333 123 4567", "phone:333-1234567"}));
  EXPECT_EQ(Found(d, "Call +1 (212) 555-0100 now"), std::vector<std::string>{"phone:+1 (212) 555-0100"});
  // The date is no phone number (it is a date of birth, after its label).
  EXPECT_EQ(
      Found(d, "fisso 02 1234 5678 o 06 123 4567, nato il 02.12.1980"),
      (std::vector<std::string>{"phone:02 1234 5678", "phone:06 123 4567", "date_of_birth:02.12.1980"}));
  // UK numbers, each found whole.
  EXPECT_EQ(Found(d, "I'm on 07700 900123 or 020 7946 0958"),
            (std::vector<std::string>{"phone:07700 900123", "phone:020 7946 0958"}));
  EXPECT_EQ(Found(d, "ring 01632 960001, or +44 7700 900123"),
            (std::vector<std::string>{"phone:01632 960001", "phone:+44 7700 900123"}));
  EXPECT_EQ(Found(d, "call me at (212) 555-0100 or 212-555-0199"),
            (std::vector<std::string>{"phone:(212) 555-0100", "phone:212-555-0199"}));
}

TEST(PiiDetector, NumbersThatFailTheirCheckAreNotReported) {
  PiiDetector d;
  EXPECT_TRUE(d.Find("ordine 4111 1111 1111 1112 spedito").empty());
  EXPECT_TRUE(d.Find("IBAN IT60X0542811101000000123457").empty());
  EXPECT_TRUE(d.Find("codice RSSMRA80A01H501X").empty());
  EXPECT_TRUE(d.Find("ordine n. 12345, consegna il 24/12/2026 alle 12:30").empty());
  // Digits after '/' or '#' are a reference, not a phone number.
  EXPECT_TRUE(d.Find("la pratica 2026/00123456 è in lavorazione").empty());
  EXPECT_TRUE(d.Find("order #0212345678 shipped").empty());
  // A longer run of digits is not a phone number cut short.
  EXPECT_TRUE(d.Find("codice 0212345678901 attivo").empty());
  // Nor is the tail of a longer grouped number.
  EXPECT_TRUE(d.Find("tracking number 9400 1000 0000 0000 0000 00 shows Friday").empty());
  EXPECT_TRUE(d.Find("spedizione 1234 0039 02 1234567 in arrivo").empty());
  // A card after another number is still found, whole.
  for (const char* text : {"ordine 12345 4111 1111 1111 1111", "€20 4111 1111 1111 1111"}) {
    const std::vector<PiiMatch> found = d.Find(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].text, "4111 1111 1111 1111") << text;
  }
  // A price or a country code before a phone is no part of a longer number.
  for (const char* text : {"€20 +39 333 1234567", "costa 20 333 1234567", "chiama+39 333 1234567"}) {
    EXPECT_EQ(d.Find(text).size(), 1u) << text;
  }
  ASSERT_EQ(d.Find("chiamami al +39 333 123 4567, grazie").size(), 1u);
  // Nor is North America's trunk prefix.
  for (const char* text : {"call me on 1 (212) 555-0100", "call me on 1-212-555-0100"}) {
    const std::vector<PiiMatch> found = d.Find(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].kind, PiiKind::kPhone) << text;
  }
}

// A wrong check character is a mistyped code, still someone's, when the
// label says what it is; unlabelled, a code-shaped word must pass its check.
TEST(PiiDetector, LabelledCodiceFiscaleWithAWrongCheckCharacter) {
  PiiDetector d;
  EXPECT_EQ(Found(d, "dal codice fiscale RSSMRA80A01H501X risulta"),
            std::vector<std::string>{"codice_fiscale:RSSMRA80A01H501X"});
  EXPECT_EQ(Found(d, "C.F.: RSSMRA80A01H501X"), std::vector<std::string>{"codice_fiscale:RSSMRA80A01H501X"});
  EXPECT_EQ(Found(d, "il codice RSSMRA80A01H501X"), std::vector<std::string>{});
  EXPECT_EQ(Found(d, "ABCF RSSMRA80A01H501X"), std::vector<std::string>{});
}

// UK bank details are found after their label only: eight digits or a
// sort code alone are anything.
TEST(PiiDetector, UkBankDetailsAfterTheirLabel) {
  PiiDetector d;
  EXPECT_EQ(Found(d, "refund to account number 12345678, sort code 20-44-91 on Tuesday"),
            (std::vector<std::string>{"bank_account:12345678", "bank_account:20-44-91"}));
  EXPECT_EQ(Found(d, "Sort code: 20 44 91"), std::vector<std::string>{"bank_account:20 44 91"});
  EXPECT_EQ(Found(d, "order 12345678 shipped 20-04-26"), std::vector<std::string>{});
  // A National Insurance number has its own letters: no "DQ" prefix (nor "QQ", the
  // documentation example), no "E" suffix.
  EXPECT_EQ(Found(d, "under NI number JM 12 34 56 C, approved"),
            std::vector<std::string>{"national_insurance:JM 12 34 56 C"});
  EXPECT_EQ(Found(d, "AB123456D"), std::vector<std::string>{"national_insurance:AB123456D"});
  EXPECT_EQ(Found(d, "DQ 12 34 56 C, QQ 12 34 56 C or AB 12 34 56 E"), std::vector<std::string>{});
}

// A date of birth is found after its label only: a date alone is an
// appointment, a delivery, a deadline.
TEST(PiiDetector, DatesOfBirthAfterTheirLabel) {
  PiiDetector d;
  using V = std::vector<std::string>;
  EXPECT_EQ(Found(d, "student number 2214587, date of birth 14/03/2004, matched"),
            V{"date_of_birth:14/03/2004"});
  EXPECT_EQ(Found(d, "DOB: 3.5.1950"), V{"date_of_birth:3.5.1950"});
  EXPECT_EQ(Found(d, "born on 2 May 1987 in Leeds"), V{"date_of_birth:2 May 1987"});
  EXPECT_EQ(Found(d, "data di nascita 14-03-2004"), V{"date_of_birth:14-03-2004"});
  EXPECT_EQ(Found(d, "la signora, nata il 3 maggio 1950, ha diritto"), V{"date_of_birth:3 maggio 1950"});
  EXPECT_EQ(Found(d, "nato a Reggio Emilia il 1/2/1960"), V{"date_of_birth:1/2/1960"});
  EXPECT_EQ(Found(d, "under your name and date of birth (12/03/1979), the refund"),
            V{"date_of_birth:12/03/1979"});
  EXPECT_EQ(Found(d, "il rimborso arriva il 14/03/2026, consegna il 3 maggio 2026"), V{});
}

// A card's last four digits are found after their label only: four digits
// alone are a year, a PIN-less code, a quantity.
TEST(PiiDetector, CardLastDigitsAfterTheirLabel) {
  PiiDetector d;
  const std::pair<const char*, const char*> labelled[] = {
      {"the refund went to your card ending in 4821 today", "4821"},
      {"Visa card ending 0042.", "0042"},
      {"last 4 digits: 7755", "7755"},
      {"sulla carta che termina con 4821", "4821"},
      {"carta Mastercard terminante in 9911", "9911"},
      {"ultime quattro cifre della carta 3300", "3300"},
      {"addebito sulla carta **** 1234", "1234"},
      {"xxxx-5678", "5678"},
      // The label reaches no further than the next number or sentence.
      {"card ending in 2026. The card arrived in 2026, ending 1234 orders", "2026"},
  };
  for (const auto& [text, digits] : labelled) {
    EXPECT_EQ(Found(d, text), std::vector<std::string>{std::string("card_last_digits:") + digits}) << text;
  }
  EXPECT_EQ(Found(d, "la carta è scaduta nel 2025, ordine 1234 terminato"), std::vector<std::string>{});
}

TEST(PiiDetector, FindsStreetAddresses) {
  PiiDetector d;
  using V = std::vector<std::string>;
  // Italian: street word, name, number; with the CAP and town when given.
  EXPECT_EQ(Found(d, "Lo spediamo a Via dei Tigli 14, 20135 Milano (MI) entro lunedì"),
            V{"street_address:Via dei Tigli 14, 20135 Milano (MI)"});
  EXPECT_EQ(Found(d, "confermi Corso Vittorio Emanuele II 112/B?"),
            V{"street_address:Corso Vittorio Emanuele II 112/B"});
  EXPECT_EQ(Found(d, "P.zza della Libertà 3 int. 4"), V{"street_address:P.zza della Libertà 3 int. 4"});
  // Typed in lower case: a short name after a street word ("corso", "strada"
  // and other words with a second meaning need a CAP or an address cue).
  EXPECT_EQ(Found(d, "via roma 12, 00184 Roma"), V{"street_address:via roma 12, 00184 Roma"});
  EXPECT_EQ(Found(d, "piazzale loreto 3"), V{"street_address:piazzale loreto 3"});
  EXPECT_EQ(Found(d, "il tuo indirizzo è via garibaldi 8"), V{"street_address:via garibaldi 8"});
  EXPECT_EQ(Found(d, "consegna in corso como 10"), V{"street_address:corso como 10"});
  EXPECT_EQ(Found(d, "il corso base 2 parte lunedì"), V{});
  // English: UK and US shapes, with the flat and the postcode.
  EXPECT_EQ(Found(d, "to Flat 3, 45 King's Road, London SW3 4ND today"),
            V{"street_address:Flat 3, 45 King's Road, London SW3 4ND"});
  EXPECT_EQ(Found(d, "sent to 1600 Pennsylvania Ave NW, Washington, DC 20500."),
            V{"street_address:1600 Pennsylvania Ave NW, Washington, DC 20500"});
  EXPECT_EQ(Found(d, "is it 221B Baker Street?"), V{"street_address:221B Baker Street"});
  EXPECT_EQ(Found(d, "742 Evergreen Terrace, Apt 5B"), V{"street_address:742 Evergreen Terrace, Apt 5B"});
  EXPECT_EQ(Found(d, "PO Box 1234 or casella postale 77"),
            (V{"street_address:PO Box 1234", "street_address:casella postale 77"}));
}

TEST(PiiDetector, StreetWordsThatAreNotAddresses) {
  PiiDetector d;
  for (const char* text : {
           "Ti abbiamo risposto via email 3 giorni fa",
           "Via DM 2 volte, nessuna risposta",
           "spedito via corriere il 12 marzo",
           "Piazza Affari ha chiuso a 34.000 punti",
           "Il corso 3 inizia lunedì",
           "il corso di formazione 2024 è pieno",
           "e così via per 10 minuti",
           "Street Fighter 6 is out",
           "We read the Wall Street Journal 2 times a day",
           "Via WhatsApp 24 ore su 24",
           "we'll ship to the address on your account within 2 days",
           "Sconto del 20% in Piazza Italia",
       }) {
    EXPECT_EQ(Found(d, text), std::vector<std::string>{}) << text;
  }
}

TEST(PiiDetector, MatchesDoNotOverlapAndCarryUtf16Offsets) {
  PiiDetector d;
  const std::string text = "😡 carta 5555-5555-5555-4444 e mail a@b.it";
  const std::vector<PiiMatch> m = d.Find(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].kind, PiiKind::kPaymentCard);
  EXPECT_EQ(m[0].utf16_begin, 9u);  // the emoji takes two UTF-16 units
  EXPECT_EQ(m[0].utf16_end, 9u + 19u);
  EXPECT_EQ(m[0].byte_begin, 11u);
  EXPECT_EQ(m[1].kind, PiiKind::kEmail);
  EXPECT_EQ(text.substr(m[1].byte_begin, m[1].byte_end - m[1].byte_begin), "a@b.it");
}

TEST(PiiDetector, PathologicalInputStaysLinear) {
  PiiDetector d;
  const std::string digits(200000, '1');  // one long run that every number pattern tries
  const std::string mixed = std::string(50000, '+') + std::string(50000, '@');
  EXPECT_TRUE(d.Find(mixed).empty());
  // 200,000 ones pass no checksum as a whole; the test is that it returns.
  (void)d.Find(digits);
}

}  // namespace
}  // namespace pronto

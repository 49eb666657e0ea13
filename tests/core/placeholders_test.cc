// Copyright 2026 The Pronto Authors.
#include "pronto/placeholders.h"

#include <gtest/gtest.h>

namespace pronto {
namespace {

FilledText Fill(std::string_view body, const PlaceholderValues& values, std::string_view lang = "it") {
  std::vector<BodyPart> parts;
  const Status s = ParseBody(body, &parts);
  EXPECT_TRUE(s.ok()) << s.message();
  return FillBody(parts, values, lang);
}

TEST(ParseBody, SplitsLiteralsAndPlaceholders) {
  std::vector<BodyPart> parts;
  ASSERT_TRUE(ParseBody("Ciao {{ first_name | tu }}, ordine {{order_id}}.", &parts).ok());
  ASSERT_EQ(parts.size(), 5u);
  EXPECT_TRUE(parts[1].is_placeholder);
  EXPECT_EQ(parts[1].text, "first_name");
  EXPECT_TRUE(parts[1].has_default);
  EXPECT_EQ(parts[1].default_value, " tu ");
  EXPECT_EQ(parts[1].byte_offset, 5u);
  EXPECT_FALSE(parts[3].has_default);
}

TEST(ParseBody, ErrorsNamePositions) {
  std::vector<BodyPart> parts;
  Status s = ParseBody("a {{first_name", &parts);
  EXPECT_EQ(s.code(), "unbalanced_braces");
  EXPECT_EQ(s.offset(), 2u);
  s = ParseBody("a {{first_name {{agent}} }}", &parts);
  EXPECT_EQ(s.offset(), 15u);
  s = ParseBody("a }} b", &parts);
  EXPECT_EQ(s.offset(), 2u);
  s = ParseBody("{{Nome}}", &parts);
  EXPECT_EQ(s.code(), "bad_placeholder");
  s = ParseBody("{{nome}}", &parts);
  EXPECT_EQ(s.code(), "unknown_placeholder");
  EXPECT_NE(s.message().find("known: first_name"), std::string::npos);
  EXPECT_TRUE(parts.empty());
}

TEST(FillBody, ValuesDefaultsAndMarkers) {
  FilledText f =
      Fill("Ciao {{first_name|}}, ordine {{order_id}}. {{agent|Il team}}", {{"first_name", "Anna"}});
  EXPECT_EQ(f.text, "Ciao Anna, ordine ‹numero d'ordine›. Il team");
  ASSERT_EQ(f.unfilled.size(), 1u);
  EXPECT_EQ(f.unfilled[0].name, "order_id");
  EXPECT_EQ(f.text.substr(0, 18), "Ciao Anna, ordine ");
  EXPECT_EQ(f.unfilled[0].utf16_begin, 18u);
  EXPECT_EQ(f.unfilled[0].utf16_end, 18u + 17u);
  EXPECT_EQ(f.text.find("{{"), std::string::npos);
}

TEST(FillBody, EmptyDefaultLeavesNoStraySpace) {
  FilledText f = Fill("Ciao {{first_name|}}, grazie {{first_name|}}! Ordine {{order_id}}", {});
  EXPECT_EQ(f.text, "Ciao, grazie! Ordine ‹numero d'ordine›");
  ASSERT_EQ(f.unfilled.size(), 1u);
  EXPECT_EQ(f.unfilled[0].utf16_begin, 21u);
  EXPECT_EQ(Fill("Hi {{first_name|there}}, order {{order_id}}", {}, "en").text,
            "Hi there, order ‹order number›");
}

TEST(FirstName, FromDisplayNames) {
  EXPECT_EQ(FirstNameFromDisplayName("Mario Rossi 🇮🇹"), "Mario");
  EXPECT_EQ(FirstNameFromDisplayName("dott.ssa ANNA Bianchi"), "Anna");
  EXPECT_EQ(FirstNameFromDisplayName("Dr. Jane Doe"), "Jane");
  EXPECT_EQ(FirstNameFromDisplayName("élodie"), "élodie");  // non-ASCII first letters stay as written
  EXPECT_EQ(FirstNameFromDisplayName("@mario_r"), "");
  EXPECT_EQ(FirstNameFromDisplayName("user12345"), "");
  EXPECT_EQ(FirstNameFromDisplayName(""), "");
  EXPECT_EQ(FirstNameFromDisplayName("😍✨"), "");
}

}  // namespace
}  // namespace pronto

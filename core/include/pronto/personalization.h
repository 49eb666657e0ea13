// Copyright 2026 The Pronto Authors.
//
// The personalisation check: a reply must not read as automatic. It flags a
// draft that is still (nearly) the template it came from or a reply already
// sent, one with a placeholder left unfilled, and one with nothing personal
// in it — each with the span the agent should change.
//
//   pronto::PersonalizationInput in;
//   in.draft = draft_text;
//   in.templates = {filled_template_text};    // what the draft started from
//   in.recent_replies = last_replies_sent;
//   in.customer_message = message;
//   in.customer_first_name = "Anna";
//   in.language = "it";
//   std::vector<pronto::Finding> findings = pronto::CheckPersonalization(in);
#ifndef PRONTO_PERSONALIZATION_H_
#define PRONTO_PERSONALIZATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "pronto/finding.h"
#include "pronto/text.h"

namespace pronto {

// What the check compares the draft with.
struct PersonalizationInput {
  std::string draft;
  std::vector<std::string> templates;       // template texts the draft may come from
  std::vector<std::string> recent_replies;  // replies the team sent lately
  std::string customer_message;
  std::string customer_first_name;
  std::string language = "en";  // the draft's language, for stems: "it" or "en"
  // The draft continues a conversation the brand has already written in:
  // no_personal_element is not asked (the earlier replies were personal).
  bool follow_up = false;
  // The message is a short comment with no case in it (an insult, a joke, a
  // cheer: "greenwashing clowns", "Prima o poi vi chiudono 😂"): with no
  // name known, no_personal_element is not asked, as there is nothing of
  // theirs to mention.
  bool comment_without_a_case = false;
};

// Two texts at or above this word-level similarity are "near-identical".
constexpr double kNearIdentical = 0.9;

// Returns the word-level similarity of two texts in [0, 1]: twice the longest
// common subsequence of their folded words over the total word count.
double TextSimilarity(const std::string& a, const std::string& b);

// Runs the check; rules: template_unchanged, repeated_reply (warning),
// unfilled_placeholder (stop), no_personal_element (warning).
std::vector<Finding> CheckPersonalization(const PersonalizationInput& input);

// The same for a caller that has already tokenized the draft and asked
// NamesCustomer (CheckReply, whose missing_name check asks the same):
// `draft_tokens` must be pronto::Tokenize(input.draft) and `customer_named`
// NamesCustomer(draft_tokens, Fold(input.customer_first_name)).
std::vector<Finding> CheckPersonalization(const PersonalizationInput& input,
                                          const std::vector<Token>& draft_tokens, bool customer_named);

// Whether the draft names the customer whose folded first name is
// `folded_name` ("" when unknown: false): a word that is the name ("Ciao
// Anna"), a mention of their handle (MentionNames) or a title and surname
// (AddressedByTitle). A hashtag ("#Anna") is a topic, not an address. A full
// name ("anna rossi") is named by any of its words, its handle by the first.
bool NamesCustomer(const std::vector<Token>& draft_tokens, std::string_view folded_name);

// Whether the mention `token` names the customer whose folded first name is
// `folded_name`: its handle starts with the name and the name ends there
// ("@anna_r", "@AnnaRossi", "@anna88" for Anna; not "@annamaria").
bool MentionNames(const Token& token, std::string_view folded_name);

// Whether the draft addresses someone by a capitalised title and surname
// ("Gentile Sig.ra Bianchi", "Dear Mr Smith"): a formal reply names the
// customer so, and only their first name is known.
bool AddressedByTitle(const std::vector<Token>& draft_tokens);

}  // namespace pronto

#endif  // PRONTO_PERSONALIZATION_H_

// Copyright 2026 The Pronto Authors.
//
// Tone checks on a reply draft: what a community manager should fix before
// sending, each finding with the words that caused it, why it matters (it/en)
// and a suggested fix. The rules follow the practices Pronto coaches: greet
// and use the customer's name, thank for praise and apologise for a
// complaint, never blame or lecture, never answer in kind, don't shout, keep
// it short and readable, sound like a person, promise only what can be kept,
// move sensitive data to a private message, link only over https.
//
//   pronto::Analyzer analyzer;                 // with its lexicon loaded
//   pronto::ReplyContext context;
//   context.customer_message = "Il mio ordine è in ritardo!!";
//   context.customer_name = "Anna";
//   context.channel = "x";
//   context.visibility = pronto::Visibility::kPublic;
//   pronto::ReplyCheck check;
//   pronto::Status s = pronto::CheckReply(&analyzer, pronto::ReplyRules(), "ok", context, &check);
//   // check.findings: missing_greeting, missing_apology, …; check.status: "review"
//
// Teams add their own rules (ReplyRules::FromJson): phrases or RE2 patterns
// with their own messages. RE2 runs in linear time, so no pattern can hang a
// check; an invalid pattern is an error naming the rule.
#ifndef PRONTO_REPLY_CHECKS_H_
#define PRONTO_REPLY_CHECKS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pronto/analyze.h"
#include "pronto/finding.h"
#include "pronto/status.h"

namespace pronto {

// What the draft answers and where it will be posted.
struct ReplyContext {
  std::string customer_message;      // "" when unknown: message-dependent rules are skipped
  std::string customer_name;         // "Anna" or "Anna Rossi" (greeted by its first word), "" when unknown
  std::string channel = "facebook";  // "x" or "facebook": length limits differ
  Visibility visibility = Visibility::kPublic;
  bool detect_language = true;  // false: use `language` for the draft
  Language language = Language::kEnglish;
  std::vector<std::string> templates;       // template texts the draft started from
  std::vector<std::string> recent_replies;  // replies the team sent lately
  // The brand has already written to this customer in this conversation:
  // the draft continues it ("Sure, done!"), so it owes no new greeting, name
  // or personal detail (missing_greeting, missing_name and
  // no_personal_element are not asked); every other check still applies.
  bool follow_up = false;
  // The customer message's analysis, when the caller already has it (it
  // re-checks the drafts of one thread at every keystroke): CheckReply then
  // uses it rather than analysing the message again. It must be what
  // Analyzer::Analyze gives for customer_message with Role::kCustomer and this
  // visibility; nullptr: analyse it.
  const Analysis* message_analysis = nullptr;
  // Where the agent's caret is, in UTF-16 units of the draft, while they
  // type; unset for a finished draft. The word at the caret is not finished
  // ("ass" on the way to "assist", "tit" to "title", "Hell" to "Hello"), so
  // findings that start inside it wait (ReplyCheck::deferred counts them)
  // until the agent moves on, or the caller checks again without a caret
  // once they pause.
  std::optional<size_t> caret;
};

// Rules a team adds. Parse with FromJson:
//   {"schema":1,"rules":[{"id":"no-competitor","phrases":["acme"]|"pattern":"(?i)acme\\s*corp",
//     "severity":"info"|"warning"|"stop","message":{"en":…,"it":…},"suggestion":{"en":…,"it":…}}]}
class ReplyRules {
 public:
  ReplyRules();
  ~ReplyRules();
  ReplyRules(ReplyRules&&) noexcept;
  ReplyRules& operator=(ReplyRules&&) noexcept;

  // Parses and compiles the rules. All or nothing: on error `*out` keeps its
  // rules and the message names the rule and field.
  static Status FromJson(std::string_view json, ReplyRules* out);

  // The number of rules.
  size_t size() const;

  struct Rule;
  const std::vector<Rule>& rules() const;

 private:
  std::unique_ptr<std::vector<Rule>> rules_;
};

// The result of checking one draft.
struct ReplyCheck {
  Analysis analysis;          // of the draft (politeness included)
  Analysis message_analysis;  // of the customer message, when given
  bool has_message = false;
  std::vector<Finding> findings;  // in draft order
  int weighted_length = 0;        // X's count: URLs 23, emoji and wide characters 2
  double readability = 0;         // Gulpease (it) or Flesch reading ease (en), 0..100
  std::string status;             // "ok", "review" or "stop"
  size_t deferred = 0;            // findings held back in the word at the caret
};

// Checks `draft` (UTF-8). Fails on invalid UTF-8 (naming the byte offset) or
// when the analyzer has no lexicon.
Status CheckReply(Analyzer* analyzer, const ReplyRules& rules, std::string_view draft,
                  const ReplyContext& context, ReplyCheck* check);

// The check as JSON: {"status","lang","politeness","readability","weightedLength",
// "limit","deferred","findings":[…]} (FindingsToJson for the findings).
std::string ReplyCheckToJson(const ReplyCheck& check, const ReplyContext& context);

}  // namespace pronto

#endif  // PRONTO_REPLY_CHECKS_H_

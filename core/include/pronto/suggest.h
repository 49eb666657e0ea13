// Copyright 2026 The Pronto Authors.
//
// Template suggestions: ranks a library's saved replies for an incoming
// customer message and fills the best ones from the page.
//
//   pronto::Suggester suggester(library);           // indexes once
//   pronto::SuggestRequest request;
//   request.message = "il mio ordine 12345 non è ancora arrivato 😡";
//   request.language = "it";
//   request.channel = pronto::kChannelX;
//   request.intents = {{"complaint", 0.9}};           // from the tone engine
//   request.values = {{"first_name", "Anna"}, {"agent", "Luca"}};
//   for (const pronto::Suggestion& s : suggester.Suggest(request)) {
//     // s.id, s.score, s.reasons (which words, which trigger, which intent),
//     // s.filled.text with {{order_id}} = "12345" taken from the message
//   }
//   suggester.RecordChoice("delivery-delay", request.message);  // it rises next time
//
// Scoring: BM25 over each template's triggers (weight 3), title and tags (2),
// body and variants (1), with accents folded and Italian/English stems; a
// bonus for multi-word triggers found as phrases and for patterns that match;
// the tone engine's intents; the team's past choices for similar messages.
// Templates for another channel or visibility are left out; another language
// is ranked down, not out (customers mix languages).
#ifndef PRONTO_SUGGEST_H_
#define PRONTO_SUGGEST_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pronto/placeholders.h"
#include "pronto/status.h"
#include "pronto/templates.h"

namespace pronto {

// What to rank templates for.
struct SuggestRequest {
  std::string message;                                  // the customer's message (UTF-8)
  std::string language;                                 // "it", "en", or "" when unknown
  uint8_t channel = 0;                                  // a ChannelFlag, or 0 for any
  uint8_t visibility = 0;                               // a VisibilityFlag, or 0 for any
  std::vector<std::pair<std::string, double>> intents;  // intent, confidence 0..1
  PlaceholderValues values;                             // from the page: first_name, agent, brand, …
  std::string variant_seed;                             // e.g. the thread id: picks which variant to fill
  size_t k = 5;
};

// Why a template was suggested.
struct SuggestReasons {
  std::vector<std::string> words;                              // message words that matched, as written
  std::vector<std::string> triggers;                           // trigger phrases found in the message
  std::vector<std::string> intents;                            // intents shared with the message
  std::vector<std::pair<std::string, std::string>> extracted;  // placeholder, value
  bool used_before = false;                                    // chosen before for similar messages
};

// One ranked template.
struct Suggestion {
  std::string id;
  std::string title;
  std::string notes;
  double score = 0;    // 0..1
  size_t variant = 0;  // 0 = body, i = variants[i - 1]
  SuggestReasons reasons;
  FilledText filled;
};

// Ranks templates. Construct it from a library (it keeps its own copy) and
// rebuild it when the library changes; Suggest() is const and fast (top-5 of
// 2,000 templates well under a millisecond).
class Suggester {
 public:
  explicit Suggester(const TemplateLibrary& library);
  ~Suggester();
  Suggester(const Suggester&) = delete;
  Suggester& operator=(const Suggester&) = delete;

  // The top request.k templates, best first. Empty when nothing fits.
  std::vector<Suggestion> Suggest(const SuggestRequest& request) const;

  // Notes that the team chose `template_id` for `message`, so that it ranks
  // higher for similar messages. Unknown ids are ignored.
  void RecordChoice(std::string_view template_id, std::string_view message);

  // The recorded choices as JSON, to store between sessions.
  std::string UsageToJson() const;

  // Restores choices saved by UsageToJson(). All or nothing.
  Status UsageFromJson(std::string_view json);

 private:
  struct Index;
  std::unique_ptr<Index> index_;
};

// Returns suggestions as JSON: [{"id","title","score","variant","text",
// "unfilled":[{name,start,end}],"reasons":{words,triggers,intents,extracted,usedBefore},"notes"}].
std::string SuggestionsToJson(const std::vector<Suggestion>& suggestions);

}  // namespace pronto

#endif  // PRONTO_SUGGEST_H_

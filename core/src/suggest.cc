// Copyright 2026 The Pronto Authors.
#include "pronto/suggest.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "json_dump.h"
#include "json_error.h"
#include "pronto/search_text.h"
#include "pronto/text.h"

namespace pronto {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kTriggerWeight = 3;
constexpr double kTitleWeight = 2;
constexpr double kBodyWeight = 1;
constexpr double kPhraseBonus = 2.0;   // in BM25 units, per multi-word trigger found
constexpr double kPatternBonus = 1.5;  // a template pattern matched the message
constexpr double kLexicalShare = 0.65;
constexpr double kIntentShare = 0.25;
constexpr double kUsageShare = 0.10;
constexpr double kOtherLanguageFactor = 0.5;

SearchLanguage ToSearchLanguage(const std::string& language) {
  return language == "it" ? SearchLanguage::kItalian : SearchLanguage::kEnglish;
}

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

}  // namespace

struct Suggester::Index {
  struct Phrase {
    std::vector<int> terms;
    std::string text;
  };
  struct Doc {
    Template tmpl;
    std::vector<std::unique_ptr<RE2>> patterns;
    std::vector<Phrase> phrases;
    std::vector<std::vector<BodyPart>> bodies;  // body, then variants
    double length = 0;                          // weighted term count
    int language = 0;                           // 0 en, 1 it
    // Usage feedback: stems of messages the team chose this template for.
    std::unordered_map<int, int> chosen_terms;
    int choices = 0;
  };
  struct Posting {
    uint32_t doc;
    float tf;
  };

  std::vector<Doc> docs;
  std::unordered_map<std::string, int> term_ids;
  std::vector<std::vector<Posting>> postings;  // by term id
  double avg_length[2] = {1, 1};
  double docs_per_language[2] = {0, 0};

  int TermId(const std::string& term, bool create) {
    const auto it = term_ids.find(term);
    if (it != term_ids.end()) return it->second;
    if (!create) return -1;
    const int id = static_cast<int>(postings.size());
    term_ids.emplace(term, id);
    postings.emplace_back();
    return id;
  }
  int TermId(const std::string& term) const {
    const auto it = term_ids.find(term);
    return it == term_ids.end() ? -1 : it->second;
  }
};

Suggester::Suggester(const TemplateLibrary& library) : index_(std::make_unique<Index>()) {
  Index& ix = *index_;
  std::vector<SearchTerm> terms;
  for (const Template& t : library.templates()) {
    Index::Doc doc;
    doc.tmpl = t;
    doc.language = t.language == "it" ? 1 : 0;
    const SearchLanguage lang = ToSearchLanguage(t.language);
    for (const std::string& p : t.patterns) {
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(1 << 20);
      auto re = std::make_unique<RE2>(p, options);
      if (re->ok()) doc.patterns.push_back(std::move(re));
    }
    std::vector<BodyPart> parts;
    ParseBody(t.body, &parts);
    doc.bodies.push_back(parts);
    for (const std::string& v : t.variants) {
      ParseBody(v, &parts);
      doc.bodies.push_back(parts);
    }
    std::unordered_map<int, double> tf;
    const auto add_text = [&](std::string_view text, double weight, bool phrase) {
      SearchTerms(text, lang, &terms);
      for (const SearchTerm& st : terms) {
        tf[ix.TermId(st.term, true)] += weight;
        doc.length += weight;
      }
      if (phrase && terms.size() > 1) {
        Index::Phrase ph;
        ph.text.assign(text);
        for (const SearchTerm& st : terms) ph.terms.push_back(ix.TermId(st.term, true));
        doc.phrases.push_back(std::move(ph));
      }
    };
    for (const std::string& trigger : t.triggers) add_text(trigger, kTriggerWeight, true);
    add_text(t.title, kTitleWeight, false);
    for (const std::string& tag : t.tags) add_text(tag, kTitleWeight, false);
    add_text(t.body, kBodyWeight, false);
    for (const std::string& v : t.variants)
      add_text(v, kBodyWeight / std::max<size_t>(1, t.variants.size()), false);
    const uint32_t doc_id = static_cast<uint32_t>(ix.docs.size());
    for (const auto& [term, weight] : tf) ix.postings[term].push_back({doc_id, static_cast<float>(weight)});
    ix.avg_length[doc.language] += doc.length;
    ix.docs_per_language[doc.language] += 1;
    ix.docs.push_back(std::move(doc));
  }
  for (int l = 0; l < 2; ++l) {
    if (ix.docs_per_language[l] > 0)
      ix.avg_length[l] = std::max(1.0, ix.avg_length[l] / ix.docs_per_language[l]);
  }
}

Suggester::~Suggester() = default;

std::vector<Suggestion> Suggester::Suggest(const SuggestRequest& request) const {
  const Index& ix = *index_;
  const size_t n = ix.docs.size();
  std::vector<Suggestion> out;
  if (n == 0 || request.k == 0) return out;

  // The message as terms, once per stemmer.
  std::vector<SearchTerm> terms[2];
  SearchTerms(request.message, SearchLanguage::kEnglish, &terms[0]);
  SearchTerms(request.message, SearchLanguage::kItalian, &terms[1]);
  std::vector<int> ids[2];
  for (int l = 0; l < 2; ++l) {
    for (const SearchTerm& st : terms[l]) ids[l].push_back(ix.TermId(st.term));
  }

  // An emoji-only reaction is an intent the suggester can see by itself.
  std::vector<std::pair<std::string, double>> intents = request.intents;
  std::vector<Token> tokens;
  if (Tokenize(request.message, &tokens).ok() && !tokens.empty()) {
    {
      bool only_emoji = true;
      for (const Token& t : tokens) {
        only_emoji = only_emoji && (t.kind == TokenKind::kEmoji || t.kind == TokenKind::kEmoticon ||
                                    t.kind == TokenKind::kPunctuation || t.kind == TokenKind::kMention);
      }
      bool has_emoji = false;
      for (const Token& t : tokens)
        has_emoji = has_emoji || t.kind == TokenKind::kEmoji || t.kind == TokenKind::kEmoticon;
      if (only_emoji && has_emoji) intents.emplace_back("reaction", 1.0);
    }
  }

  // BM25, per language: each template is scored with the terms stemmed its way.
  std::vector<double> lexical(n, 0);
  for (int l = 0; l < 2; ++l) {
    std::vector<int> seen;
    for (int term : ids[l]) {
      if (term < 0 || std::find(seen.begin(), seen.end(), term) != seen.end()) continue;
      seen.push_back(term);
      const auto& plist = ix.postings[term];
      double df = 0;
      for (const Index::Posting& p : plist) df += ix.docs[p.doc].language == l;
      if (df == 0) continue;
      const double idf = std::log(1 + (ix.docs_per_language[l] - df + 0.5) / (df + 0.5));
      for (const Index::Posting& p : plist) {
        const Index::Doc& d = ix.docs[p.doc];
        if (d.language != l) continue;
        const double norm = 1 - kB + kB * d.length / ix.avg_length[l];
        lexical[p.doc] += idf * p.tf * (kK1 + 1) / (p.tf + kK1 * norm);
      }
    }
  }

  const auto phrase_found = [&](const Index::Phrase& ph, int l) {
    const auto& ts = terms[l];
    for (size_t start = 0; start < ts.size(); ++start) {
      if (ids[l][start] != ph.terms[0]) continue;
      size_t matched = 1;
      size_t last_position = ts[start].position;
      for (size_t j = start + 1; j < ts.size() && matched < ph.terms.size(); ++j) {
        if (ts[j].position > last_position + 2) break;  // a stop word or two may sit between
        if (ids[l][j] != ph.terms[matched]) break;
        last_position = ts[j].position;
        ++matched;
      }
      if (matched == ph.terms.size()) return true;
    }
    return false;
  };

  struct Candidate {
    size_t doc;
    double score;
    double raw_lexical;
    double intent;
    double usage;
  };
  std::vector<Candidate> candidates;
  candidates.reserve(n);
  for (size_t d = 0; d < n; ++d) {
    const Index::Doc& doc = ix.docs[d];
    if (request.channel && !(doc.tmpl.channels & request.channel)) continue;
    if (request.visibility && !(doc.tmpl.visibility & request.visibility)) continue;
    double raw = lexical[d];
    if (raw > 0) {
      for (const Index::Phrase& ph : doc.phrases) raw += phrase_found(ph, doc.language) ? kPhraseBonus : 0;
    }
    double intent = 0;
    for (const std::string& ti : doc.tmpl.intents) {
      for (const auto& [name, confidence] : intents) {
        if (name == ti) intent = std::max(intent, confidence);
      }
    }
    double usage = 0;
    if (doc.choices > 0 && !ids[doc.language].empty()) {
      double overlap = 0;
      for (int term : ids[doc.language]) {
        const auto it = term < 0 ? doc.chosen_terms.end() : doc.chosen_terms.find(term);
        if (it != doc.chosen_terms.end())
          overlap += std::min(1.0, static_cast<double>(it->second) / doc.choices * 2);
      }
      usage = overlap / ids[doc.language].size() * std::min(1.0, doc.choices / 3.0);
    }
    if (raw == 0 && intent == 0 && usage == 0) continue;
    candidates.push_back({d, 0, raw, intent, usage});
  }

  const auto combine = [&](Candidate& c) {
    const Index::Doc& doc = ix.docs[c.doc];
    const double lexical_score = c.raw_lexical / (c.raw_lexical + 3.0);
    double score = kLexicalShare * lexical_score + kIntentShare * c.intent + kUsageShare * c.usage;
    if (!request.language.empty() && request.language != doc.tmpl.language) score *= kOtherLanguageFactor;
    c.score = score;
  };
  for (Candidate& c : candidates) combine(c);
  const auto by_score = [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  };

  // Patterns run only on the leading candidates: they are the costly part.
  const size_t shortlist = std::min(candidates.size(), std::max<size_t>(request.k * 4, 20));
  std::partial_sort(candidates.begin(), candidates.begin() + shortlist, candidates.end(), by_score);
  candidates.resize(shortlist);
  std::vector<std::vector<std::pair<std::string, std::string>>> extracted(shortlist);
  const re2::StringPiece message(request.message.data(), request.message.size());
  for (size_t i = 0; i < shortlist; ++i) {
    const Index::Doc& doc = ix.docs[candidates[i].doc];
    bool matched = false;
    for (const auto& re : doc.patterns) {
      const int groups = re->NumberOfCapturingGroups();
      std::vector<re2::StringPiece> captures(groups + 1);
      if (!re->Match(message, 0, message.size(), RE2::UNANCHORED, captures.data(), groups + 1)) continue;
      matched = true;
      for (const auto& [name, index] : re->NamedCapturingGroups()) {
        if (captures[index].data() != nullptr && !captures[index].empty()) {
          extracted[i].emplace_back(name, std::string(captures[index].data(), captures[index].size()));
        }
      }
    }
    if (matched) {
      candidates[i].raw_lexical += kPatternBonus;
      combine(candidates[i]);
    }
  }
  std::vector<size_t> order(shortlist);
  for (size_t i = 0; i < shortlist; ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return by_score(candidates[a], candidates[b]); });

  for (size_t rank = 0; rank < order.size() && out.size() < request.k; ++rank) {
    const Candidate& c = candidates[order[rank]];
    const Index::Doc& doc = ix.docs[c.doc];
    Suggestion s;
    s.id = doc.tmpl.id;
    s.title = doc.tmpl.title;
    s.notes = doc.tmpl.notes;
    s.score = std::round(c.score * 1000) / 1000;
    // Reasons: the words as the customer wrote them.
    const int l = doc.language;
    for (size_t i = 0; i < terms[l].size(); ++i) {
      const int term = ids[l][i];
      if (term < 0) continue;
      const auto& plist = ix.postings[term];
      const bool in_doc =
          std::any_of(plist.begin(), plist.end(), [&](const Index::Posting& p) { return p.doc == c.doc; });
      if (!in_doc) continue;
      // The word as written: the token that starts where the term does.
      std::string word;
      for (const Token& t : tokens) {
        if (t.utf16_begin == terms[l][i].utf16_begin) word = t.text;
      }
      if (!word.empty() &&
          std::find(s.reasons.words.begin(), s.reasons.words.end(), word) == s.reasons.words.end()) {
        s.reasons.words.push_back(word);
      }
    }
    for (const Index::Phrase& ph : doc.phrases) {
      if (phrase_found(ph, l)) s.reasons.triggers.push_back(ph.text);
    }
    for (const std::string& ti : doc.tmpl.intents) {
      for (const auto& [name, confidence] : intents) {
        if (name == ti && confidence >= 0.3) s.reasons.intents.push_back(name);
      }
    }
    s.reasons.extracted = extracted[order[rank]];
    s.reasons.used_before = c.usage > 0;
    // Fill: page values, then what the patterns extracted.
    PlaceholderValues values = request.values;
    for (const auto& [name, value] : s.reasons.extracted) values.emplace(name, value);
    s.variant = request.variant_seed.empty() ? 0 : Fnv1a(request.variant_seed) % doc.bodies.size();
    s.filled = FillBody(doc.bodies[s.variant], values, doc.tmpl.language);
    out.push_back(std::move(s));
  }
  return out;
}

void Suggester::RecordChoice(std::string_view template_id, std::string_view message) {
  Index& ix = *index_;
  for (Index::Doc& doc : ix.docs) {
    if (doc.tmpl.id != template_id) continue;
    std::vector<SearchTerm> terms;
    SearchTerms(message, ToSearchLanguage(doc.tmpl.language), &terms);
    std::vector<int> seen;
    for (const SearchTerm& st : terms) {
      const int id = ix.TermId(st.term, true);
      if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
      seen.push_back(id);
      ++doc.chosen_terms[id];
    }
    ++doc.choices;
    return;
  }
}

std::string Suggester::UsageToJson() const {
  const Index& ix = *index_;
  std::vector<std::string> names(ix.postings.size());
  for (const auto& [term, id] : ix.term_ids) names[id] = term;
  nlohmann::json usage = nlohmann::json::object();
  for (const Index::Doc& doc : ix.docs) {
    if (doc.choices == 0) continue;
    nlohmann::json terms = nlohmann::json::object();
    for (const auto& [id, count] : doc.chosen_terms) terms[names[id]] = count;
    usage[doc.tmpl.id] = {{"choices", doc.choices}, {"terms", std::move(terms)}};
  }
  return DumpJson(nlohmann::json{{"schema", 1}, {"usage", std::move(usage)}});
}

Status Suggester::UsageFromJson(std::string_view text) {
  nlohmann::json doc;
  if (Status s = internal::ParseJson(text, "invalid_usage", "usage data is",
                                     "expected {\"schema\":1,\"usage\":{id:{choices,terms}}}", &doc);
      !s.ok()) {
    return s;
  }
  if (!doc.is_object() || !doc.contains("usage") || !doc["usage"].is_object()) {
    return Status::Error("invalid_usage", "usage data must be {\"schema\":1,\"usage\":{id:{choices,terms}}}");
  }
  // Check everything before changing anything.
  for (const auto& [id, entry] : doc["usage"].items()) {
    if (!entry.is_object() || !entry.contains("choices") || !entry["choices"].is_number_integer() ||
        !entry.contains("terms") || !entry["terms"].is_object()) {
      return Status::Error("invalid_usage",
                           "usage of template '" + id + "' needs {choices: integer, terms: {}}");
    }
    for (const auto& [term, count] : entry["terms"].items()) {
      if (!count.is_number_integer() || count.get<int>() < 0) {
        return Status::Error("invalid_usage", "usage of template '" + id + "', term '" + term +
                                                  "': the count must be a whole number");
      }
    }
  }
  Index& ix = *index_;
  for (Index::Doc& d : ix.docs) {
    d.chosen_terms.clear();
    d.choices = 0;
    const auto it = doc["usage"].find(d.tmpl.id);
    if (it == doc["usage"].end()) continue;  // templates no longer in the library are dropped
    d.choices = (*it)["choices"].get<int>();
    for (const auto& [term, count] : (*it)["terms"].items())
      d.chosen_terms[ix.TermId(term, true)] = count.get<int>();
  }
  return Status::Ok();
}

std::string SuggestionsToJson(const std::vector<Suggestion>& suggestions) {
  nlohmann::json list = nlohmann::json::array();
  for (const Suggestion& s : suggestions) {
    nlohmann::json unfilled = nlohmann::json::array();
    for (const UnfilledPlaceholder& u : s.filled.unfilled) {
      unfilled.push_back({{"name", u.name}, {"start", u.utf16_begin}, {"end", u.utf16_end}});
    }
    nlohmann::json extracted = nlohmann::json::object();
    for (const auto& [name, value] : s.reasons.extracted) extracted[name] = value;
    list.push_back({{"id", s.id},
                    {"title", s.title},
                    {"score", s.score},
                    {"variant", s.variant},
                    {"text", s.filled.text},
                    {"unfilled", std::move(unfilled)},
                    {"reasons",
                     {{"words", s.reasons.words},
                      {"triggers", s.reasons.triggers},
                      {"intents", s.reasons.intents},
                      {"extracted", std::move(extracted)},
                      {"usedBefore", s.reasons.used_before}}},
                    {"notes", s.notes}});
  }
  return DumpJson(list);
}

}  // namespace pronto

// Copyright 2026 The Pronto Authors.
//
// The byte mutator of the randomised robustness tests (parsers_fuzz_test,
// tone_fuzz_test): a few random edits of a valid input — byte flips,
// insertions of tokens the code under test treats specially, deletions,
// duplications, truncation — so that inputs get deep before they fail.
// Deterministic for a seed.
#ifndef PRONTO_TESTS_CORE_MUTATOR_H_
#define PRONTO_TESTS_CORE_MUTATOR_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pronto {
namespace testing_util {

class Mutator {
 public:
  Mutator(uint32_t seed, std::vector<std::string> tokens) : state_(seed), tokens_(std::move(tokens)) {}

  uint32_t Next() { return state_ = state_ * 1664525u + 1013904223u; }

  // Returns `seed` with one to six random edits.
  std::string Mutate(const std::string& seed) {
    std::string s = seed;
    const int edits = 1 + Next() % 6;
    for (int e = 0; e < edits; ++e) {
      const size_t pos = s.empty() ? 0 : Next() % s.size();
      switch (Next() % 5) {
        case 0:
          if (!s.empty()) s[pos] = static_cast<char>(Next());
          break;
        case 1:
          s.insert(pos, tokens_[Next() % tokens_.size()]);
          break;
        case 2:
          if (!s.empty()) s.erase(pos, 1 + Next() % 8);
          break;
        case 3:
          if (!s.empty()) s.insert(pos, s.substr(pos, 1 + Next() % 16));
          break;
        default:
          s.resize(pos);
          break;
      }
    }
    return s;
  }

 private:
  uint32_t state_;
  std::vector<std::string> tokens_;
};

}  // namespace testing_util
}  // namespace pronto

#endif  // PRONTO_TESTS_CORE_MUTATOR_H_

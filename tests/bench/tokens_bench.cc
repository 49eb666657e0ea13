// Copyright 2026 The Pronto Authors.
//
// Native tokens per second on a text file (scripts/bench passes the shared
// 1 MB corpus). Prints one JSON object: {"tokens":N,"seconds":S,"tokens_per_second":R}.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "pronto/text.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bench_tokens FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "bench_tokens: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::vector<pronto::Token> tokens;
  double best = 1e9;
  for (int run = 0; run < 5; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    const pronto::Status s = pronto::Tokenize(text, &tokens);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!s.ok()) {
      std::cerr << "bench_tokens: " << s.message() << "\n";
      return 1;
    }
    best = std::min(best, seconds);
  }
  std::cout << "{\"tokens\":" << tokens.size() << ",\"seconds\":" << best
            << ",\"tokens_per_second\":" << static_cast<long long>(tokens.size() / best) << "}\n";
  return 0;
}

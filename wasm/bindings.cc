// Copyright 2026 The Pronto Authors.
//
// The only file that includes Emscripten. It exposes the core to the ES
// module facade (wasm/pronto.mjs). Errors travel as data
// ({"error":{code,message,offset}} JSON) and the facade throws them; bulk
// results travel as typed-array views into wasm memory, which the facade
// copies before its next call.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "pronto/pii.h"
#include "pronto/text.h"
#include "pronto/version.h"

namespace {

using emscripten::val;

// Tokenizes UTF-8 `bytes` (the facade passes a Uint8Array). On success returns
// a Uint32Array view of 5 numbers a token: kind, UTF-16 start and end, byte
// start and end; the kind indexes TokenKindNames(). On invalid input returns
// the error as a JSON string.
val TokenizePacked(const std::string& bytes) {
  static std::vector<pronto::Token> tokens;
  static std::vector<uint32_t> packed;
  const pronto::Status status = pronto::Tokenize(bytes, &tokens);
  if (!status.ok()) return val(pronto::TokenizeToJson(bytes));
  packed.clear();
  packed.reserve(tokens.size() * 5);
  for (const pronto::Token& t : tokens) {
    packed.push_back(static_cast<uint32_t>(t.kind));
    packed.push_back(static_cast<uint32_t>(t.utf16_begin));
    packed.push_back(static_cast<uint32_t>(t.utf16_end));
    packed.push_back(static_cast<uint32_t>(t.byte_begin));
    packed.push_back(static_cast<uint32_t>(t.byte_end));
  }
  return val(emscripten::typed_memory_view(packed.size(), packed.data()));
}

// The JSON names of TokenKind in enum order, joined by commas.
std::string TokenKindNames() {
  std::string names;
  for (int k = 0; k <= static_cast<int>(pronto::TokenKind::kSymbol); ++k) {
    if (k) names += ',';
    names += pronto::TokenKindName(static_cast<pronto::TokenKind>(k));
  }
  return names;
}

std::string TokenizeJson(const std::string& bytes) { return pronto::TokenizeToJson(bytes); }

// Sensitive data in `bytes` (UTF-8): [{kind, text, start, end, byteStart, byteEnd}] as JSON.
std::string FindPiiJson(const std::string& bytes) {
  static const pronto::PiiDetector detector;
  std::string json = "[";
  for (const pronto::PiiMatch& m : detector.Find(bytes)) {
    if (json.size() > 1) json += ',';
    json += "{\"kind\":\"" + std::string(pronto::PiiKindName(m.kind)) +
            "\",\"start\":" + std::to_string(m.utf16_begin) + ",\"end\":" + std::to_string(m.utf16_end) +
            ",\"byteStart\":" + std::to_string(m.byte_begin) + ",\"byteEnd\":" + std::to_string(m.byte_end) +
            "}";
  }
  return json + "]";
}

std::string CoreVersion() { return pronto::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(pronto) {
  emscripten::function("tokenizePacked", &TokenizePacked);
  emscripten::function("tokenizeJson", &TokenizeJson);
  emscripten::function("tokenKindNames", &TokenKindNames);
  emscripten::function("findPiiJson", &FindPiiJson);
  emscripten::function("version", &CoreVersion);
}

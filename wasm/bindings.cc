// Copyright 2026 The Pronto Authors.
//
// The only file that includes Emscripten. It exposes the core as plain
// functions that take and return strings; errors travel as data
// ({"error":{code,message,offset}}) and wasm/pronto.mjs turns them into
// thrown JavaScript errors.
#include <emscripten/bind.h>

#include <string>

#include "pronto/text.h"
#include "pronto/version.h"

namespace {

// `text` arrives as the UTF-8 bytes of a Uint8Array (the facade encodes).
std::string TokenizeJson(const std::string& text) { return pronto::TokenizeToJson(text); }

std::string CoreVersion() { return pronto::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(pronto) {
  emscripten::function("tokenizeJson", &TokenizeJson);
  emscripten::function("version", &CoreVersion);
}

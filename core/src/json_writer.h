// Copyright 2026 The Pronto Authors.
//
// Internal: a minimal JSON writer for the hot paths (the analysis of every
// message, tokens, findings), where building an nlohmann::json tree costs
// more than the analysis itself — in wasm ten times more. Output is compact
// and byte-identical to nlohmann's dump() for the values written here:
// strings escaped the same way, doubles that callers round to 3 decimals.
//
//   JsonWriter w;
//   w.BeginObject();
//   w.Key("lang"); w.String("it");
//   w.Key("score"); w.Double3(-0.523);
//   w.EndObject();
//   std::string json = w.Take();   // {"lang":"it","score":-0.523}
#ifndef PRONTO_SRC_JSON_WRITER_H_
#define PRONTO_SRC_JSON_WRITER_H_

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace pronto {

class JsonWriter {
 public:
  void BeginObject() {
    Separate();
    out_ += '{';
    first_ = true;
  }
  void EndObject() {
    out_ += '}';
    first_ = false;
  }
  void BeginArray() {
    Separate();
    out_ += '[';
    first_ = true;
  }
  void EndArray() {
    out_ += ']';
    first_ = false;
  }
  // Writes an object key; the next value follows it without a comma.
  void Key(std::string_view key) {
    Separate();
    AppendString(key);
    out_ += ':';
    first_ = true;
  }
  void String(std::string_view s) {
    Separate();
    AppendString(s);
  }
  void Bool(bool b) {
    Separate();
    out_ += b ? "true" : "false";
  }
  void Null() {
    Separate();
    out_ += "null";
  }
  void Int(int64_t v) {
    Separate();
    out_ += std::to_string(v);
  }
  // A double with at most 3 decimals, as nlohmann prints a value already
  // rounded to 3 decimals: "0.93", "-0.523", "1.0", "0.0".
  void Double3(double v) {
    Separate();
    if (!std::isfinite(v)) {
      out_ += "null";
      return;
    }
    // Fixed point with 3 decimals, trailing zeros trimmed (one kept): no
    // printf, which costs more than the rest of an analysis.
    const long long m = std::llround(v * 1000.0);
    if (m == 0) {
      out_ += "0.0";
      return;
    }
    if (m < 0) out_ += '-';
    const unsigned long long a = static_cast<unsigned long long>(m < 0 ? -m : m);
    out_ += std::to_string(a / 1000);
    out_ += '.';
    char frac[3] = {static_cast<char>('0' + a % 1000 / 100), static_cast<char>('0' + a % 100 / 10),
                    static_cast<char>('0' + a % 10)};
    int len = 3;
    while (len > 1 && frac[len - 1] == '0') --len;
    out_.append(frac, len);
  }

  // Appends already-serialised JSON as the next value.
  void Raw(std::string_view json) {
    Separate();
    out_ += json;
  }

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void Separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  static bool NeedsNoEscape(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }
  void AppendString(std::string_view s) {
    out_ += '"';
    for (size_t i = 0; i < s.size(); ++i) {
      // Runs that need no escaping (nearly all text) go in with one append.
      size_t run = i;
      while (run < s.size() && NeedsNoEscape(static_cast<unsigned char>(s[run]))) ++run;
      if (run > i) {
        out_.append(s.data() + i, run - i);
        i = run;
        if (i == s.size()) break;
      }
      const unsigned char c = static_cast<unsigned char>(s[i]);
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default: {  // the other control characters
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", c);
          out_ += buf;
        }
      }
    }
    out_ += '"';
  }

  std::string out_;
  bool first_ = true;
};

}  // namespace pronto

#endif  // PRONTO_SRC_JSON_WRITER_H_

// Copyright 2026 The Pronto Authors.
//
// Errors as data. The core never throws: a function that can fail returns a
// Status, and the wasm facade turns a failed Status into a JavaScript Error.
//
//   pronto::Status s = pronto::Tokenize(text, &tokens);
//   if (!s.ok()) std::cerr << s.code() << ": " << s.message() << "\n";
#ifndef PRONTO_STATUS_H_
#define PRONTO_STATUS_H_

#include <cstddef>
#include <string>
#include <utility>

namespace pronto {

// The outcome of an operation: ok, or an error with a stable machine-readable
// code, a human sentence (what was wrong, where, what to do) and, when the
// error sits at a place in the input, its byte offset.
class Status {
 public:
  // Returns a successful Status.
  static Status Ok() { return Status(); }

  // Returns an error. `code` is a stable identifier such as "invalid_utf8".
  static Status Error(std::string code, std::string message, size_t offset = kNoOffset) {
    Status s;
    s.code_ = std::move(code);
    s.message_ = std::move(message);
    s.offset_ = offset;
    return s;
  }

  // True when the operation succeeded.
  bool ok() const { return code_.empty(); }
  // The error's stable code; empty when ok().
  const std::string& code() const { return code_; }
  // A sentence for people; empty when ok().
  const std::string& message() const { return message_; }
  // The byte offset the error refers to, or kNoOffset.
  size_t offset() const { return offset_; }
  bool has_offset() const { return offset_ != kNoOffset; }

  static constexpr size_t kNoOffset = static_cast<size_t>(-1);

 private:
  std::string code_;
  std::string message_;
  size_t offset_ = kNoOffset;
};

}  // namespace pronto

#endif  // PRONTO_STATUS_H_

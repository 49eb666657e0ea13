// Copyright 2026 The Pronto Authors.
#ifndef PRONTO_VERSION_H_
#define PRONTO_VERSION_H_

namespace pronto {

// The version of the core, e.g. "0.1.0"; the CLI, the wasm facade and the
// extension all report this one string.
const char* Version();

}  // namespace pronto

#endif  // PRONTO_VERSION_H_

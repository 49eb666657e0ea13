// Copyright 2026 The Pronto Authors.
#include "pronto/version.h"

namespace pronto {

const char* Version() { return PRONTO_VERSION; }

}  // namespace pronto

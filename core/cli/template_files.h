// Copyright 2026 The Pronto Authors.
//
// Reading template libraries from files for the CLI: JSON or CSV by content.
#ifndef PRONTO_CLI_TEMPLATE_FILES_H_
#define PRONTO_CLI_TEMPLATE_FILES_H_

#include <string>

#include "pronto/status.h"
#include "pronto/templates.h"

namespace pronto {
namespace cli {

// Reads the library in `path` (JSON, or CSV when the file's first
// non-blank character is not '{'). Errors name the file.
Status ReadLibraryFile(const std::string& path, TemplateLibrary* library);

// Writes `text` to `path` through a temporary file and a rename, so a failed
// write never leaves a half-written library behind.
Status WriteFileAtomically(const std::string& path, const std::string& text);

}  // namespace cli
}  // namespace pronto

#endif  // PRONTO_CLI_TEMPLATE_FILES_H_

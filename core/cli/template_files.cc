// Copyright 2026 The Pronto Authors.
#include "template_files.h"

#include "commands.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace pronto {
namespace cli {

Status ReadLibraryFile(const std::string& path, TemplateLibrary* library) {
  std::string text;
  if (!ReadFileText(path, &text))
    return Status::Error("cannot_read", "cannot read '" + path + "'; check the path");
  const size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  const bool json = first != std::string::npos && text[first] == '{';
  const Status s = json ? TemplateLibrary::FromJson(text, library) : TemplateLibrary::FromCsv(text, library);
  if (!s.ok()) return Status::Error(s.code(), path + ": " + s.message(), s.offset());
  return s;
}

Status WriteFileAtomically(const std::string& path, const std::string& text) {
  const std::string temp = path + ".tmp-pronto";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      return Status::Error("cannot_write", "cannot write '" + temp + "'; nothing was changed");
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    return Status::Error("cannot_write", "cannot replace '" + path + "'; nothing was changed");
  }
  return Status::Ok();
}

}  // namespace cli
}  // namespace pronto

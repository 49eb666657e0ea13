// Copyright 2026 The Pronto Authors.
#include <iostream>

#include "commands.h"
#include "pronto/templates.h"
#include "template_files.h"

namespace pronto {
namespace cli {
namespace {

int Usage(std::ostream& err, const std::string& problem) {
  err << "pronto templates: " << problem << "\n" << kTemplatesCommand.usage;
  return 2;
}

int Validate(const std::vector<std::string>& files, std::ostream& out, std::ostream& err) {
  if (files.empty()) return Usage(err, "validate needs at least one FILE");
  int status = 0;
  for (const std::string& f : files) {
    TemplateLibrary library;
    const Status s = ReadLibraryFile(f, &library);
    if (!s.ok()) {
      err << "invalid: " << s.message() << "\n";
      status = 1;
      continue;
    }
    size_t it = 0, en = 0;
    for (const Template& t : library.templates()) (t.language == "it" ? it : en)++;
    out << "ok: " << f << ": " << library.templates().size() << " templates (it " << it << ", en " << en
        << ")\n";
  }
  return status;
}

int Import(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string into, from;
  bool dry_run = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--into" && i + 1 < args.size()) {
      into = args[++i];
    } else if (args[i] == "--dry-run") {
      dry_run = true;
    } else if (from.empty() && args[i][0] != '-') {
      from = args[i];
    } else {
      return Usage(err, "unexpected argument '" + args[i] + "'");
    }
  }
  if (into.empty() || from.empty())
    return Usage(err, "import needs --into LIBRARY.json and a FILE to import");
  TemplateLibrary current, incoming;
  Status s = ReadLibraryFile(into, &current);
  if (!s.ok()) {
    err << "pronto templates import: " << s.message() << "\nnothing was changed\n";
    return 1;
  }
  s = ReadLibraryFile(from, &incoming);
  if (!s.ok()) {
    err << "pronto templates import: " << s.message() << "\nnothing was imported; " << into
        << " is unchanged\n";
    return 1;
  }
  MergeReport report;
  current.Merge(incoming, &report);
  const auto list = [&](const char* what, const std::vector<std::string>& ids) {
    out << what << " " << ids.size();
    for (size_t i = 0; i < ids.size(); ++i) out << (i ? ", " : ": ") << ids[i];
    out << "\n";
  };
  list("added", report.added);
  list("updated", report.updated);
  list("unchanged", report.unchanged);
  if (dry_run) {
    out << "dry run: " << into << " not written\n";
    return 0;
  }
  s = WriteFileAtomically(into, current.ToJson());
  if (!s.ok()) {
    err << "pronto templates import: " << s.message() << "\n";
    return 1;
  }
  out << "wrote " << into << " (" << current.templates().size() << " templates)\n";
  return 0;
}

int Export(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string library_path, format = "json", out_path;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--library" && i + 1 < args.size()) {
      library_path = args[++i];
    } else if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
    } else if (args[i] == "--out" && i + 1 < args.size()) {
      out_path = args[++i];
    } else {
      return Usage(err, "unexpected argument '" + args[i] + "'");
    }
  }
  if (library_path.empty()) return Usage(err, "export needs --library FILE");
  if (format != "json" && format != "csv") return Usage(err, "--format is json or csv, got '" + format + "'");
  TemplateLibrary library;
  Status s = ReadLibraryFile(library_path, &library);
  if (!s.ok()) {
    err << "pronto templates export: " << s.message() << "\n";
    return 1;
  }
  const std::string text = format == "csv" ? library.ToCsv() : library.ToJson();
  if (out_path.empty()) {
    out << text;
    return 0;
  }
  s = WriteFileAtomically(out_path, text);
  if (!s.ok()) {
    err << "pronto templates export: " << s.message() << "\n";
    return 1;
  }
  return 0;
}

int RunTemplates(const std::vector<std::string>& args, std::istream&, std::ostream& out, std::ostream& err) {
  if (args.empty()) return Usage(err, "say validate, import or export");
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "validate") return Validate(rest, out, err);
  if (args[0] == "import") return Import(rest, out, err);
  if (args[0] == "export") return Export(rest, out, err);
  return Usage(err, "unknown action '" + args[0] + "'");
}

}  // namespace

const Command kTemplatesCommand = {
    "templates",
    "validate, import (merge) and export template libraries (JSON or CSV)",
    "usage: pronto templates validate FILE...\n"
    "       pronto templates import --into LIBRARY.json FILE [--dry-run]\n"
    "       pronto templates export --library FILE [--format json|csv] [--out FILE]\n"
    "  validate: checks every template; errors name the template, field and position (exit 1).\n"
    "  import:   merges FILE (JSON or CSV) into LIBRARY.json by id and reports what was added,\n"
    "            updated and unchanged. All or nothing: if FILE has any error, LIBRARY.json is untouched.\n"
    "  export:   writes the library as JSON (schema 1) or CSV (assets/templates/README.md).\n",
    RunTemplates,
};

}  // namespace cli
}  // namespace pronto

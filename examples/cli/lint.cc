// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `diplotier lint LEXICON`: parses the file, then compiles it into a
// classifier as `analyze --lexicon=LEXICON` would (merged with the default
// lexicon unless --no-default-lexicon), which checks the anchors and every
// RE2 pattern. Errors name file:line:column.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli.h"
#include "input.h"

namespace diplotier_cli {

int RunLint(const CliOptions& options, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    Complain("lint takes one lexicon file (diplotier lint LEXICON)");
    return kExitUsage;
  }
  const std::string& path = args[0];
  absl::StatusOr<diplotier::Lexicon> file = diplotier::Lexicon::Load(path);
  if (!file.ok()) {
    const std::string message(file.status().message().data(),
                              file.status().message().size());
    Complain(file.status().code() == absl::StatusCode::kInvalidArgument
                 ? "bad lexicon: " + message
                 : message);
    return kExitInput;
  }
  std::string text;
  if (std::string error = ReadWholeFile(path, &text); !error.empty()) {
    Complain(error);
    return kExitInput;
  }
  CliOptions with_file = options;
  with_file.lexicons = {path};
  // The default lexicon itself (lib/data/default.lexicon, or its installed
  // copy) is checked alone: merged with itself every entry is a duplicate.
  if (text == diplotier::Lexicon::DefaultText()) {
    with_file.default_lexicon = false;
  }
  int code = kExitOk;
  std::optional<diplotier::Lexicon> lexicon = BuildLexicon(with_file, &code);
  if (!lexicon) return code;
  if (!BuildClassifier(*lexicon, with_file, &code)) return code;

  // Count the directives as written (the file parsed, so each line that is
  // not blank or a comment is one).
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  std::istringstream in(text);
  constexpr const char* kDirectives[] = {
      "anchor", "abbreviation",   "define",   "tier",   "qualifier", "guard",
      "cue",    "representation", "relation", "ladder", "issuer"};
  std::map<std::string, int> counts;
  for (const char* kind : kDirectives) counts[kind] = 0;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string first;
    if (!(words >> first) || first[0] == '#') continue;
    ++counts[first];
  }
  std::string summary = path + ": ok:";
  bool first = true;
  for (const char* kind : kDirectives) {
    summary += std::string(first ? " " : ", ") + std::to_string(counts[kind]) +
               " " + kind;
    first = false;
  }
  std::printf("%s\n", summary.c_str());
  return kExitOk;
}

}  // namespace diplotier_cli

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// What the subcommands of the `diplotier` tool share: the parsed options,
// the exit codes and the set-up of a classifier from them. The flags
// themselves live in diplotier_main.cc; the commands see only CliOptions.

#ifndef DIPLOTIER_EXAMPLES_CLI_CLI_H_
#define DIPLOTIER_EXAMPLES_CLI_CLI_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diplotier/classifier.h"
#include "diplotier/lexicon.h"

namespace diplotier_cli {

// Exit codes of the tool.
enum ExitCode : int {
  kExitOk = 0,
  kExitInput = 1,  // an input could not be read or is invalid (bad lexicon),
                   // or the output could not be written
  kExitUsage = 2,  // unknown subcommand or flag, bad flag value
};

struct CliOptions {
  std::string format;                 // as given; "" = the command's default
  std::vector<std::string> lexicons;  // --lexicon files, in order
  bool default_lexicon = true;        // false with --no-default-lexicon
  std::string ladder = "auto";
  std::string date;  // --date, "" when not given
  bool lines = false;
  bool errors = false;
  std::string ids;  // eval: --ids, "" = every row
  std::size_t chunk_bytes = std::size_t{1} << 20;
  // analyze: inputs analysed at once (--threads; at least 1).
  int threads = 1;
  // analyze: the status line on stderr: 1 --progress, 0 --no-progress, -1
  // when stderr is a terminal.
  int progress = -1;
  // Ledger (only when the tool is built with diplotier/ledger.h).
  bool ledger = false;            // report the ledger, not the documents
  std::string history;            // history TSV to load first
  std::string export_dyad_years;  // where to write the dyad-year table
  bool uses_ledger() const {
    return ledger || !history.empty() || !export_dyad_years.empty();
  }
};

// Prints "diplotier: <message>" on stderr.
void Complain(const std::string& message);

// The lexicon of `options`: the default one (unless --no-default-lexicon)
// merged with every --lexicon file. On failure prints the error (with
// file:line:column) and returns nullopt; *exit_code is set to kExitUsage for
// misuse (no lexicon at all) and kExitInput for a bad or unreadable file.
std::optional<diplotier::Lexicon> BuildLexicon(const CliOptions& options,
                                               int* exit_code);

// The classifier for `lexicon` and --ladder. An unknown ladder is a usage
// error; a lexicon the classifier rejects is an input error.
std::optional<diplotier::Classifier> BuildClassifier(
    const diplotier::Lexicon& lexicon, const CliOptions& options,
    int* exit_code);

// True if `s` is a calendar date written YYYY-MM-DD: year 0001-9999, the
// day within its month (Gregorian leap years: 2024-02-29, not 2023-02-29).
bool IsIsoDate(const std::string& s);

// The subcommands; each returns the exit code.
int RunAnalyze(const CliOptions& options,
               const std::vector<std::string>& files);
int RunEval(const CliOptions& options, const std::vector<std::string>& args);
int RunLint(const CliOptions& options, const std::vector<std::string>& args);

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_CLI_H_

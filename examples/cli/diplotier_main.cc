// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// diplotier: partnership tiers and their changes, from diplomatic text.
//
//   diplotier analyze article.txt                 # text on a terminal
//   diplotier analyze --format=jsonl corpus/*.txt > tiers.jsonl
//   cat notes.txt | diplotier analyze --lines --format=tsv
//   diplotier eval tests/data/gold.tsv --errors
//   diplotier lint my.lexicon
//
// Flags are absl flags, parsed here (not with absl::ParseCommandLine, which
// exits with status 1 on a bad flag: this tool reserves 1 for input errors
// and exits with 2 on misuse). A flag may be written --name=value,
// --name value, or with '-' for '_' in its name (--no-default-lexicon).

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/reflection.h"
#include "cli.h"
#include "output.h"

ABSL_FLAG(std::string, format, "",
          "output format. analyze: jsonl, tsv, text or html (one "
          "self-contained page; default: text when stdout is a terminal, "
          "jsonl otherwise); eval: text or json (default text)");
ABSL_FLAG(std::vector<std::string>, lexicon, {},
          "lexicon file(s) to merge with the default lexicon, separated by "
          "commas or given with --lexicon again; errors are reported as "
          "file:line:column");
ABSL_FLAG(bool, no_default_lexicon, false,
          "use only the --lexicon files, not the built-in default lexicon");
ABSL_FLAG(std::string, ladder, "auto",
          "the ladder that ranks tiers: auto (from the parties, else china), "
          "a built-in ladder (china, china_fine, vietnam, india, asean, "
          "indonesia, australia, japan, russia, eu) or one a lexicon defines");
ABSL_FLAG(std::string, date, "",
          "the date of the documents, a calendar date YYYY-MM-DD (default: "
          "from a first line 'date YYYY-MM-DD' (any case, 'date:' too) or "
          "'YYYY-MM-DD', which is never analysed; such a line without a "
          "calendar date is an error)");
ABSL_FLAG(bool, lines, false,
          "analyze: one document per input line, named PATH:LINE");
ABSL_FLAG(bool, errors, false,
          "eval: also print every miss (id, field, gold, predicted, text)");
ABSL_FLAG(std::string, ids, "",
          "eval: score only these rows, by id: a range R001-R300 (both ends "
          "included, same prefix), single ids, or a comma-separated list");
ABSL_FLAG(std::int64_t, chunk_bytes, 1 << 20,
          "analyze: read inputs in chunks of this many bytes (memory use "
          "depends on this and on the longest sentence, not on file size)");
ABSL_FLAG(std::int64_t, threads, 0,
          "analyze: inputs analysed at once (0: one per core); the output is "
          "the same bytes for every value");
ABSL_FLAG(bool, progress, false,
          "analyze: a status line on stderr (documents, bytes, rate, time "
          "left); default: when stderr is a terminal; --no-progress: never");

ABSL_FLAG(bool, ledger, false,
          "analyze: gather the dated documents (and --history) into a ledger "
          "and print each dyad's tier changes instead of the documents");
ABSL_FLAG(std::string, history, "",
          "analyze: a history TSV (dyad, date, tier, ladder, source) loaded "
          "into the ledger before the documents; needs --ledger or "
          "--export-dyad-years");
ABSL_FLAG(std::string, export_dyad_years, "",
          "analyze: write the ledger's dyad-year table (dyad, year, tier, "
          "rank, first_seen, changes; tab-separated) to this file");

namespace diplotier_cli {
namespace {

// Every flag, in the order --help lists them.
const char* const kFlagNames[] = {
    "format", "lexicon", "no_default_lexicon", "ladder",  "date",     "lines",
    "errors", "ids",     "chunk_bytes",        "threads", "progress",
    "ledger", "history", "export_dyad_years",
};

bool IsOurFlag(const std::string& name) {
  for (const char* f : kFlagNames) {
    if (name == f) return true;
  }
  return false;
}

std::string Dashed(std::string name) {
  for (char& c : name) {
    if (c == '_') c = '-';
  }
  return name;
}

// `text` broken into lines of at most `width` bytes at spaces, each line
// starting with `indent`.
std::string Wrap(const std::string& text, const std::string& indent,
                 std::size_t width) {
  std::string out, line = indent;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(pos, end - pos);
    if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = indent;
    }
    if (line.size() > indent.size()) line += " ";
    line += word;
    pos = end + 1;
  }
  return out + line + "\n";
}

void PrintHelp(std::FILE* out) {
  std::string text =
      "diplotier: partnership tiers and their changes, from diplomatic "
      "text.\n"
      "\n"
      "Usage:\n"
      "  diplotier analyze [FLAGS] [FILE ...]  one record per document; no "
      "FILE or\n"
      "                                        '-' reads standard input\n"
      "  diplotier eval [FLAGS] FILE.tsv       score against a labelled TSV "
      "(columns\n"
      "                                        id, text, dyad, "
      "tier_mentioned, change,\n"
      "                                        from_tier, to_tier)\n"
      "  diplotier lint [FLAGS] LEXICON        check a lexicon file\n"
      "  diplotier help                        this text (also --help)\n"
      "\n"
      "Flags (--name=value or --name value; '-' and '_' are the same in "
      "names):\n";
  for (const char* name : kFlagNames) {
    const absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    if (flag == nullptr) continue;
    text += "  --" + Dashed(name);
    const std::string def = flag->DefaultValue();
    if (!flag->IsOfType<bool>()) text += "=VALUE";
    std::string help = flag->Help();
    if (!def.empty() && !flag->IsOfType<bool>()) {
      help += " [default: " + def + "]";
    }
    text += "\n" + Wrap(help, "      ", 78);
  }
  text +=
      "  --help\n      print this text and exit\n"
      "\n"
      "Output: jsonl records follow the schema in diplotier/json.h; tsv has\n"
      "the columns doc, kind (mention|change), tier (or change kind), from, "
      "to,\n"
      "status, dyad, begin, end, text; html is one page with each "
      "document's text\n"
      "highlighted and, with --ledger, each dyad's timeline.\n"
      "\n"
      "Exit status: 0 ok; 1 an input could not be read or a lexicon is bad "
      "(the\n"
      "other inputs are still processed), or the output could not be "
      "written (the\n"
      "tool stops there); 2 usage error (unknown subcommand or flag, bad "
      "value).\n";
  std::fputs(text.c_str(), out);
}

int Usage(const std::string& message) {
  Complain(message + " (see diplotier --help)");
  return kExitUsage;
}

}  // namespace
}  // namespace diplotier_cli

int main(int argc, char** argv) {
  using namespace diplotier_cli;
  std::vector<std::string> positional;
  std::vector<std::string> lexicons;
  bool help = false;
  int progress = -1;  // --progress (1), --no-progress (0), neither (-1)
  bool only_positional = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (only_positional || arg == "-" || arg.empty() || arg[0] != '-') {
      positional.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    std::string body = arg.substr(arg[1] == '-' ? 2 : 1);
    std::string name = body, value;
    const std::size_t eq = body.find('=');
    const bool has_value = eq != std::string::npos;
    if (has_value) {
      name = body.substr(0, eq);
      value = body.substr(eq + 1);
    }
    for (char& c : name) {
      if (c == '-') c = '_';
    }
    if (name == "help" || name == "h" || name == "helpfull") {
      help = true;
      continue;
    }
    absl::CommandLineFlag* flag =
        IsOurFlag(name) ? absl::FindCommandLineFlag(name) : nullptr;
    bool negated = false;
    // --noNAME and --no-NAME negate a bool flag.
    const std::size_t no = name.compare(0, 3, "no_") == 0 ? 3 : 2;
    if (flag == nullptr && name.compare(0, 2, "no") == 0 &&
        IsOurFlag(name.substr(no))) {
      flag = absl::FindCommandLineFlag(name.substr(no));
      negated = flag != nullptr && flag->IsOfType<bool>();
      if (!negated) flag = nullptr;
    }
    if (flag == nullptr) return Usage("unknown flag " + arg);
    if (flag->IsOfType<bool>()) {
      if (negated && has_value) return Usage("bad flag " + arg);
      if (negated) value = "false";
      if (!has_value && !negated) value = "true";
    } else if (!has_value) {
      if (i + 1 >= argc) return Usage("flag " + arg + " needs a value");
      value = argv[++i];
    }
    std::string error;
    if (!flag->ParseFrom(value, &error)) {
      return Usage("bad value for " + arg + ": " + error);
    }
    if (flag->Name() == "progress") {
      progress = absl::GetFlag(FLAGS_progress) ? 1 : 0;
    }
    if (name == "lexicon") {  // repeatable: each occurrence adds files
      const std::vector<std::string> files = absl::GetFlag(FLAGS_lexicon);
      if (files.empty()) return Usage(arg + ": a lexicon file name is needed");
      for (const std::string& file : files) {
        if (file.empty()) return Usage(arg + ": an empty lexicon file name");
        lexicons.push_back(file);
      }
    }
  }
  if (help || (!positional.empty() && positional[0] == "help")) {
    PrintHelp(stdout);
    return StandardOutput().Flush() ? kExitOk : kExitInput;
  }
  if (positional.empty()) {
    PrintHelp(stderr);
    return kExitUsage;
  }

  CliOptions options;
  options.format = absl::GetFlag(FLAGS_format);
  options.lexicons = lexicons;
  options.default_lexicon = !absl::GetFlag(FLAGS_no_default_lexicon);
  options.ladder = absl::GetFlag(FLAGS_ladder);
  options.date = absl::GetFlag(FLAGS_date);
  options.lines = absl::GetFlag(FLAGS_lines);
  options.errors = absl::GetFlag(FLAGS_errors);
  options.ids = absl::GetFlag(FLAGS_ids);
  const std::int64_t chunk = absl::GetFlag(FLAGS_chunk_bytes);
  if (chunk < 1 || chunk > (std::int64_t{1} << 30)) {
    return Usage("--chunk-bytes must be between 1 and 2^30");
  }
  options.chunk_bytes = static_cast<std::size_t>(chunk);
  const std::int64_t threads = absl::GetFlag(FLAGS_threads);
  if (threads < 0 || threads > 1024) {
    return Usage("--threads must be between 0 (one per core) and 1024");
  }
  options.threads =
      threads > 0
          ? static_cast<int>(threads)
          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  options.progress = progress;
  if (!options.date.empty() && !IsIsoDate(options.date)) {
    return Usage("--date=" + options.date +
                 ": expected a calendar date YYYY-MM-DD");
  }
  if (options.ladder.empty()) return Usage("--ladder needs a name");
  options.ledger = absl::GetFlag(FLAGS_ledger);
  options.history = absl::GetFlag(FLAGS_history);
  options.export_dyad_years = absl::GetFlag(FLAGS_export_dyad_years);
  if (!options.history.empty() && !options.ledger &&
      options.export_dyad_years.empty()) {
    return Usage("--history needs --ledger or --export-dyad-years");
  }

  const std::string command = positional[0];
  const std::vector<std::string> args(positional.begin() + 1, positional.end());
  int code;
  if (command == "analyze") {
    code = RunAnalyze(options, args);
  } else if (command == "eval") {
    code = RunEval(options, args);
  } else if (command == "lint") {
    code = RunLint(options, args);
  } else {
    return Usage("unknown subcommand '" + command + "'");
  }
  // Whatever a command printed must have reached its destination.
  if (!StandardOutput().Flush() && code == kExitOk) code = kExitInput;
  return code;
}

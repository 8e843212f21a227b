// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include <cstdio>
#include <string>

#include "cli.h"
#include "progress.h"

namespace diplotier_cli {

void Complain(const std::string& message) {
  PrintMessage("diplotier: " + message + "\n");
}

namespace {
std::string Message(const absl::Status& status) {
  return std::string(status.message().data(), status.message().size());
}
}  // namespace

std::optional<diplotier::Lexicon> BuildLexicon(const CliOptions& options,
                                               int* exit_code) {
  if (!options.default_lexicon && options.lexicons.empty()) {
    Complain("--no-default-lexicon needs at least one --lexicon=FILE");
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  diplotier::Lexicon lexicon = options.default_lexicon
                                   ? diplotier::Lexicon::Default()
                                   : diplotier::Lexicon();
  for (const std::string& path : options.lexicons) {
    absl::StatusOr<diplotier::Lexicon> file = diplotier::Lexicon::Load(path);
    if (!file.ok()) {
      Complain(file.status().code() == absl::StatusCode::kInvalidArgument
                   ? "bad lexicon: " + Message(file.status())
                   : Message(file.status()));
      *exit_code = kExitInput;
      return std::nullopt;
    }
    if (absl::Status s = lexicon.Merge(*file); !s.ok()) {
      Complain("bad lexicon: " + path + ": " + Message(s));
      *exit_code = kExitInput;
      return std::nullopt;
    }
  }
  return lexicon;
}

std::optional<diplotier::Classifier> BuildClassifier(
    const diplotier::Lexicon& lexicon, const CliOptions& options,
    int* exit_code) {
  if (options.ladder != "auto") {
    absl::StatusOr<diplotier::Ladder> ladder =
        lexicon.FindLadder(options.ladder);
    if (!ladder.ok()) {
      Complain("--ladder=" + options.ladder + ": " + Message(ladder.status()));
      *exit_code = kExitUsage;
      return std::nullopt;
    }
  }
  diplotier::ClassifierOptions classifier_options;
  classifier_options.ladder = options.ladder;
  absl::StatusOr<diplotier::Classifier> classifier =
      diplotier::Classifier::Create(lexicon, classifier_options);
  if (!classifier.ok()) {
    Complain("bad lexicon: " + Message(classifier.status()));
    *exit_code = kExitInput;
    return std::nullopt;
  }
  return *std::move(classifier);
}

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = std::stoi(s.substr(0, 4));
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (year == 0 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace diplotier_cli

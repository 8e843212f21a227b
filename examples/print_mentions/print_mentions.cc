// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Prints the tier mentions of a text file (or stdin) with the default
// lexicon, one per line: begin, end, tier, rank, matched text.
//
//   print_mentions article.txt

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "diplotier/diplotier.h"

int main(int argc, char** argv) {
  std::string text;
  if (argc > 2) {
    std::cerr << "usage: print_mentions [FILE]\n";
    return 2;
  }
  if (argc == 2 && std::string(argv[1]) != "-") {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::cerr << "print_mentions: cannot open " << argv[1] << "\n";
      return 1;
    }
    text.assign(std::istreambuf_iterator<char>(in), {});
  } else {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
  }
  absl::StatusOr<diplotier::Classifier> classifier =
      diplotier::Classifier::Create(diplotier::Lexicon::Default());
  if (!classifier.ok()) {
    std::cerr << "print_mentions: " << classifier.status() << "\n";
    return 1;
  }
  absl::StatusOr<std::vector<diplotier::Mention>> mentions =
      classifier->FindMentions(text);
  if (!mentions.ok()) {
    std::cerr << "print_mentions: " << mentions.status() << "\n";
    return 1;
  }
  for (const diplotier::Mention& m : *mentions) {
    std::cout << m.begin << "\t" << m.end << "\t" << diplotier::TierName(m.tier)
              << "\t" << m.rank << "\t" << m.text << "\n";
  }
  return 0;
}

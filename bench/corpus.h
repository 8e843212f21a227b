// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Benchmark inputs: English prose from the machine's license texts with
// generated partnership sentences mixed in, and a short news article.
//
//   absl::StatusOr<std::vector<std::string>> prose =
//       diplotier::bench::LoadProse("/usr/share/common-licenses");
//   diplotier::bench::CorpusOptions options;
//   options.size_bytes = 8 << 20;
//   options.one_in = 5;  // dense
//   diplotier::bench::CorpusStats stats;
//   std::string dense = diplotier::bench::MakeCorpus(*prose, options, &stats);
//
// Everything is deterministic for a given seed and prose directory: the
// random numbers come from a fixed generator (not <random>'s distributions,
// whose output differs between standard libraries). The prose is read at run
// time and never copied into the repository.

#ifndef DIPLOTIER_BENCH_CORPUS_H_
#define DIPLOTIER_BENCH_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace diplotier {
namespace bench {

// The paragraphs of every regular file in `dir` (symlinks to the same file
// read once), in file-name order. Paragraphs are separated by blank lines;
// invalid UTF-8 bytes become '?'. NotFound if the directory is missing or
// holds no prose.
absl::StatusOr<std::vector<std::string>> LoadProse(const std::string& dir);

struct CorpusOptions {
  // Stop after the paragraph that reaches this size (default 50 MB).
  std::size_t size_bytes = std::size_t{50} * 1000 * 1000;
  // One sentence slot in `one_in` holds a generated partnership sentence
  // (default 200: sparse; 5 is dense).
  int one_in = 200;
  std::uint64_t seed = 1;
};

struct CorpusStats {
  std::size_t sentences = 0;  // prose and generated
  std::size_t generated = 0;  // partnership sentences
  std::size_t paragraphs = 0;
};

// Paragraphs drawn at random from `prose`, each cut into sentences; before
// each sentence slot a partnership sentence (English or Chinese: tiers,
// upgrade/establish/downgrade cues, representation levels, distractors the
// lexicon guards against) is inserted with probability 1/one_in. Paragraphs
// are separated by "\n\n".
std::string MakeCorpus(const std::vector<std::string>& prose,
                       const CorpusOptions& options, CorpusStats* stats);

// A news-style article of about 2.5 KB with a dozen tier phrases, and the
// same article with every tier phrase and every other lexicon anchor replaced
// by neutral words, so that it has no anchor at all.
std::string Article();
std::string ArticleWithoutHits();

}  // namespace bench
}  // namespace diplotier

#endif  // DIPLOTIER_BENCH_CORPUS_H_

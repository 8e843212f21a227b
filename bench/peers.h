// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The engines diplotier is compared with, all built from the tier and guard
// patterns of the same lexicon, and the post-processing that turns their raw
// hits into the mentions the classifier reports:
//
//  - a hit counts only if it lies inside one sentence (the classifier's
//    SentenceSplitter, windows of at most max_sentence_bytes);
//  - in a sentence, a tier hit overlapping a guard hit is dropped;
//  - among overlapping tier hits the longest is kept (ties: earlier start,
//    then earlier lexicon line).
//
//   diplotier::bench::LexiconPatterns patterns(diplotier::Lexicon::Default());
//   diplotier::bench::Re2PerPattern re2(patterns);
//   std::vector<diplotier::bench::Found> found;
//   re2.Find(text, &found);
//
// Engines are immutable after construction except for the scratch space a
// Find call uses; use one engine per thread.

#ifndef DIPLOTIER_BENCH_PEERS_H_
#define DIPLOTIER_BENCH_PEERS_H_

#include <cstddef>
#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "diplotier/analysis.h"
#include "diplotier/lexicon.h"
#include "diplotier/tier.h"
#include "re2/re2.h"
#include "re2/set.h"
#include "text/sentences.h"

namespace diplotier {
namespace bench {

// A tier mention as the engines are compared: where and which tier.
struct Found {
  std::size_t begin = 0;
  std::size_t end = 0;
  Tier tier = Tier::kNone;
  friend bool operator==(const Found& a, const Found& b) {
    return a.begin == b.begin && a.end == b.end && a.tier == b.tier;
  }
  friend bool operator!=(const Found& a, const Found& b) { return !(a == b); }
};

// diplotier's mentions as Found, offsets shifted by `offset`.
void AppendFound(const std::vector<Mention>& mentions, std::size_t offset,
                 std::vector<Found>* out);

// One match of pattern `pattern` (an index into LexiconPatterns::all()).
struct RawHit {
  int pattern = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The tier and guard entries of a lexicon, in lexicon order.
class LexiconPatterns {
 public:
  struct Pattern {
    int entry = 0;  // index in Lexicon::entries(): the tie-breaker
    bool guard = false;
    Tier tier = Tier::kNone;
    std::string regex;  // LexiconEntry::expanded (RE2 syntax)
    bool case_sensitive = false;
  };

  explicit LexiconPatterns(const Lexicon& lexicon);

  const std::vector<Pattern>& all() const { return patterns_; }
  int tier_count() const { return tiers_; }
  int guard_count() const {
    return static_cast<int>(patterns_.size()) - tiers_;
  }
  const std::vector<std::string>& abbreviations() const {
    return abbreviations_;
  }

 private:
  std::vector<Pattern> patterns_;
  std::vector<std::string> abbreviations_;
  int tiers_ = 0;
};

// The classifier's post-processing of raw hits (see the top of this file).
class MentionResolver {
 public:
  MentionResolver(const LexiconPatterns& patterns,
                  std::size_t max_sentence_bytes = 4096);

  // Sorts `hits` and appends the resulting mentions of `text` to `out`, in
  // text order. `hits` is consumed.
  void Resolve(std::string_view text, std::vector<RawHit>* hits,
               std::vector<Found>* out) const;

  // The sentence window the classifier would match around `pos`.
  internal::Span SentenceAround(std::string_view text, std::size_t pos) const;

 private:
  const LexiconPatterns& patterns_;
  internal::SentenceSplitter splitter_;
  std::size_t max_sentence_bytes_;
};

// RE2 options as the classifier compiles a pattern.
RE2::Options PatternOptions(bool case_sensitive, std::int64_t max_mem);

// Appends every leftmost-first, non-overlapping match of `re` inside
// text[begin, end) (with the whole text as context), as the classifier does.
void MatchAll(const RE2& re, int pattern, std::string_view text,
              std::size_t begin, std::size_t end, std::vector<RawHit>* hits);

// One RE2 per pattern, each run over the whole text.
class Re2PerPattern {
 public:
  explicit Re2PerPattern(const LexiconPatterns& patterns);
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void Find(std::string_view text, std::vector<Found>* out);

 private:
  MentionResolver resolver_;
  std::vector<std::unique_ptr<RE2>> regexps_;
  std::vector<RawHit> hits_;
  std::string error_;
};

// An RE2::Set over all patterns; the per-pattern RE2 only for the patterns
// the set reports. Meant to be run on one document (~4 KB) at a time.
class Re2SetThenPatterns {
 public:
  explicit Re2SetThenPatterns(const LexiconPatterns& patterns);
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // False if the set ran out of memory.
  bool Find(std::string_view text, std::vector<Found>* out);

 private:
  MentionResolver resolver_;
  std::unique_ptr<RE2::Set> set_;
  std::vector<std::unique_ptr<RE2>> regexps_;
  std::vector<int> matched_;
  std::vector<RawHit> hits_;
  std::string error_;
};

// std::regex (ECMAScript, over bytes), one per pattern, each run over the
// whole text. Patterns are translated from RE2 syntax (std_regex_syntax.h).
class StdRegexPerPattern {
 public:
  explicit StdRegexPerPattern(const LexiconPatterns& patterns);
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void Find(std::string_view text, std::vector<Found>* out);

 private:
  MentionResolver resolver_;
  std::vector<std::regex> regexps_;
  std::vector<RawHit> hits_;
  std::string error_;
};

// "" if the lists are equal, else a description of the first difference
// with the text around it. `what` names the engine.
std::string Compare(std::string_view text, const std::vector<Found>& want,
                    const std::vector<Found>& got, std::string_view what);

}  // namespace bench
}  // namespace diplotier

#endif  // DIPLOTIER_BENCH_PEERS_H_

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Sentence segmentation. Tier phrases are matched inside sentences, and every
// mention carries the index of its sentence, so the engine needs sentence
// spans around arbitrary byte offsets and sentence indices that agree with a
// full left-to-right split.
//
//   diplotier::internal::SentenceSplitter splitter({"Mr", "U.S", "Sept"});
//   std::string_view text = "Mr. Li met U.S. envoys.
//   两国宣布建立伙伴关系。下一句"; for (diplotier::internal::Span s :
//   splitter.Split(text)) {
//     std::string_view sentence = text.substr(s.begin, s.end - s.begin);
//     // "Mr. Li met U.S. envoys.", "两国宣布建立伙伴关系。", "下一句"
//   }
//   diplotier::internal::Span around = splitter.Around(text, 30, 4096);
//   // the second sentence
//
// The rules. "Blank" means the ASCII bytes space, \t, \n, \v, \f and \r; a
// "line break" is \n, \r\n or a lone \r. Everything else, including NUL,
// invalid UTF-8 and other scripts, is an ordinary non-blank byte.
//
//  1. English terminators: '.', '!', '?', '…' (and "...", which is a '.'
//     after a '.'), optionally followed by closing quotes and brackets
//     (" ' ) ] » ” ’ 」 』 ）), then at least one blank. A new sentence starts
//     at the first byte after the blanks when that byte is an ASCII uppercase
//     letter, an ASCII digit, an opening quote or bracket (" ' ( [) or any
//     non-ASCII byte. End of text simply ends the sentence.
//     A '.' does not end a sentence
//       - after a word from the abbreviation list: the run of ASCII letters
//         and dots before the '.' ("U.S" in "U.S.", "Mr", "Sept", "No" in
//         "No. 5"), leading dots dropped, compared case-insensitively;
//       - after a single uppercase initial ("J. Smith", "J.R.R. Tolkien");
//       - inside a number ("3.5", "1,000.25"), or before a lowercase word:
//         both follow from the rule above (no blank, or a lowercase byte).
//     So a sentence that really ends in an abbreviation or an initial
//     ("... in the U.S. The ...", "... Plan B. The ...") is not split there.
//  2. Chinese and Japanese: 。！？； and, directly after a CJK character,
//     their ASCII forms . ! ? ; end a sentence immediately, optionally
//     followed by the closers above; the next sentence starts at the first
//     non-blank byte after them unless that byte is itself a terminator or a
//     closer ("？！" and "。。。" do not make one-character sentences).
//  3. A blank line (two line breaks with only blanks between) always ends a
//     sentence. A single line break does not: phrases wrap across lines.
//  4. Locality: whether a sentence starts at `pos` is decided only from the
//     bytes in [pos - kSentenceWindow, pos + kSentenceWindow), so every scan
//     direction and every starting point agrees. A consequence: a run of at
//     least kSentenceWindow blank bytes ends a sentence, because a blank line
//     or terminator before it could not be seen (such a run is also a layout
//     gap). Words are compared only when they lie inside the window.
//  5. Sentences are trimmed of blanks and never empty.
//
// Any input gives a defined result: all functions are linear in the bytes
// they look at, never recurse and never allocate per byte. Split and
// CountStarts scan for candidate terminator bytes with a byte table and apply
// the local rule only at candidates (over 1 GB/s on English prose).
//
// A SentenceSplitter is immutable after construction; all const methods are
// safe to call concurrently from many threads.

#ifndef DIPLOTIER_LIB_TEXT_SENTENCES_H_
#define DIPLOTIER_LIB_TEXT_SENTENCES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"

namespace diplotier {
namespace internal {

// Bytes on each side of a position that decide whether a sentence starts
// there (rule 4).
inline constexpr std::size_t kSentenceWindow = 64;

// A half-open byte range [begin, end) of a text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

inline bool operator==(const Span& a, const Span& b) {
  return a.begin == b.begin && a.end == b.end;
}
inline bool operator!=(const Span& a, const Span& b) { return !(a == b); }

class SentenceSplitter {
 public:
  // Words whose trailing '.' does not end a sentence ("Mr", "U.S", "Sept",
  // "No", "e.g"). Case-insensitive; surrounding blanks and trailing dots are
  // ignored ("Mr." == "mr"). Only entries made of ASCII letters and dots can
  // match (rule 1) and only those of fewer than 32 bytes are kept; others are
  // dropped. They come from the lexicon (directive `abbreviation WORD`); the
  // code holds no word list of its own. Cost: O(total size of the words).
  explicit SentenceSplitter(const std::vector<std::string>& abbreviations);

  // True if a sentence other than the first starts exactly at byte `pos`:
  // text[pos] is the first non-blank byte after a terminator (rules 1 and 2),
  // a blank line (rule 3) or a gap of kSentenceWindow blanks (rule 4), and
  // the blanks before it do not reach back to the start of the text.
  // Decided only from the bytes in [pos - kSentenceWindow,
  // pos + kSentenceWindow), so after a leading gap of kSentenceWindow or more
  // blanks it is true at the first sentence too (CountStarts and Split
  // discount that case). False when pos == 0 or pos >= text.size().
  // Cost: O(kSentenceWindow) plus one hash lookup.
  bool IsSentenceStart(std::string_view text, std::size_t pos) const;

  // All sentences in text order, each trimmed of blanks and never empty; a
  // text of only blanks (or an empty one) has none. Sentence 0 begins at the
  // first non-blank byte; sentence i > 0 begins at the i-th sentence start
  // (see CountStarts) and every sentence ends before the next one begins.
  // Cost: O(text.size()).
  std::vector<Span> Split(std::string_view text) const;

  // The sentence containing byte `pos`, trimmed, found by looking for
  // sentence starts at most `reach` bytes before and after `pos` (reading
  // kSentenceWindow bytes beyond that to judge them). Where no start is found
  // on a side within reach and the text goes on, that side is clipped to
  // pos - reach or pos + reach, moved inwards to a blank when one lies within
  // 32 bytes (not past pos) and otherwise to a UTF-8 character boundary (at
  // most 3 bytes), so the result spans at most 2 * reach bytes.
  // If pos falls in blanks between sentences (or before the first) the
  // following sentence is returned; in blanks after the last one (or
  // pos >= text.size()), the preceding one. If there is no non-blank byte
  // within reach, the empty span {pos, pos} (pos clamped to text.size()).
  // Guarantee: equals the Split() sentence that contains pos (or follows or
  // precedes it as above) whenever that sentence lies inside
  // [pos - reach, pos + reach]. Cost: O(the bytes from the start of that
  // sentence to the end of the next one + kSentenceWindow), at most
  // O(reach + kSentenceWindow).
  Span Around(std::string_view text, std::size_t pos, std::size_t reach) const;

  // Number of sentence starts s with from < s <= to (to is clamped to
  // text.size()). A sentence start is where every sentence but the first
  // begins: a position s with IsSentenceStart(text, s) and some non-blank
  // byte before s. Hence for any p inside a Split() sentence,
  // CountStarts(text, 0, p) is that sentence's index, and, for a and b
  // inside sentences, CountStarts(text, a, b) is the difference of their
  // sentences' indices, which lets a caller keep the index up to date as it
  // moves forward. Cost: O(to - from + kSentenceWindow)
  // (plus, once, the blank run before the first start when the text begins
  // with kSentenceWindow or more blanks).
  std::size_t CountStarts(std::string_view text, std::size_t from,
                          std::size_t to) const;

 private:
  // True if `token` (ASCII letters and dots, no leading or trailing dot) is
  // in the abbreviation list.
  bool IsAbbreviation(std::string_view token) const;

  absl::flat_hash_set<std::string> abbreviations_;  // lowercased, no dots at
                                                    // either end
  std::size_t longest_abbreviation_ = 0;
};

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_TEXT_SENTENCES_H_

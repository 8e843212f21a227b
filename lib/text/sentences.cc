// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// How the splitter stays linear and agrees with itself:
//
// IsSentenceStart is the only judge; everything else asks it. A start at p
// always has a "trigger" within kSentenceWindow bytes before it: the last
// byte of a terminator, a line break of the blank line, or (for a long blank
// gap) a sampled blank. ScanStarts walks the trigger bytes as bit masks of
// 64-byte blocks (SSE2 compares where available, a byte table elsewhere),
// and from each trigger skips the closers and blanks that follow to the one
// candidate position it can imply; it also samples every kSample-th byte so
// that a gap of kSentenceWindow blanks (which always holds a sample followed
// by kSample blanks) is noticed. The skipped bytes are closers and blanks,
// whose own triggers would imply the same candidate, so a scan that begins
// anywhere at or before p - kSentenceWindow finds exactly the starts a scan
// from the beginning of the text finds. That is what lets Around and
// CountStarts look at a bounded stretch and still agree with Split; the
// tests check it against IsSentenceStart applied at every byte.

#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/base/attributes.h"
#include "absl/numeric/bits.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "util/text.h"

namespace diplotier {
namespace internal {
namespace {

constexpr std::size_t kWindow = kSentenceWindow;
// Sampling stride for long blank gaps: any run of kWindow blanks ending at p
// holds a multiple of kSample in [p - kWindow, p - kSample).
constexpr std::size_t kSample = kWindow / 2;
// How far a clipped edge of Around may move inwards to reach a blank.
constexpr std::size_t kMaxClipShift = 32;
// Around looks for the start of the sentence backwards in chunks this long.
constexpr std::size_t kBackChunk = 256;
// Abbreviations are compared in a stack buffer of this size.
constexpr std::size_t kMaxAbbreviation = 32;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

using Bytes = const unsigned char*;

inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsLetter(unsigned char c) {
  return IsUpper(c) || (c >= 'a' && c <= 'z');
}
inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Multi-byte closers and terminators, all three bytes long except ».
constexpr std::string_view kMultiByteClosers[] = {
    "\xC2\xBB",      // »
    "\xE2\x80\x9D",  // ”
    "\xE2\x80\x99",  // ’
    "\xE3\x80\x8D",  // 」
    "\xE3\x80\x8F",  // 』
    "\xEF\xBC\x89",  // ）
};
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
constexpr std::string_view kFullWidthTerminators[] = {
    "\xE3\x80\x82",  // 。
    "\xEF\xBC\x81",  // ！
    "\xEF\xBC\x9F",  // ？
    "\xEF\xBC\x9B",  // ；
};

inline bool IsAsciiCloser(unsigned char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']';
}
inline bool IsAsciiTerminator(unsigned char c) {
  return c == '.' || c == '!' || c == '?' || c == ';';
}

// True if `seq` occupies s[end - seq.size(), end) and lies at or after lo.
inline bool EndsWith(Bytes s, std::size_t lo, std::size_t end,
                     std::string_view seq) {
  if (end - lo < seq.size()) return false;
  const std::size_t b = end - seq.size();
  for (std::size_t k = 0; k < seq.size(); ++k) {
    if (s[b + k] != static_cast<unsigned char>(seq[k])) return false;
  }
  return true;
}

// True if `seq` occupies s[pos, pos + seq.size()) and ends at or before n.
inline bool StartsWith(Bytes s, std::size_t n, std::size_t pos,
                       std::string_view seq) {
  if (n - pos < seq.size()) return false;
  for (std::size_t k = 0; k < seq.size(); ++k) {
    if (s[pos + k] != static_cast<unsigned char>(seq[k])) return false;
  }
  return true;
}

// Length of the closer ending at `end` (not reaching before lo), or 0.
std::size_t CloserEndingAt(Bytes s, std::size_t lo, std::size_t end) {
  if (end <= lo) return 0;
  const unsigned char last = s[end - 1];
  if (IsAsciiCloser(last)) return 1;
  if (last < 0x80) return 0;
  for (std::string_view c : kMultiByteClosers) {
    if (EndsWith(s, lo, end, c)) return c.size();
  }
  return 0;
}

// Length of the closer starting at `pos`, or 0.
std::size_t CloserAt(Bytes s, std::size_t n, std::size_t pos) {
  if (pos >= n) return 0;
  if (IsAsciiCloser(s[pos])) return 1;
  if (s[pos] < 0x80) return 0;
  for (std::string_view c : kMultiByteClosers) {
    if (StartsWith(s, n, pos, c)) return c.size();
  }
  return 0;
}

bool IsFullWidthTerminatorEndingAt(Bytes s, std::size_t lo, std::size_t end) {
  for (std::string_view t : kFullWidthTerminators) {
    if (EndsWith(s, lo, end, t)) return true;
  }
  return false;
}

// True if a terminator or a closer starts at `pos`.
bool TerminatorOrCloserAt(Bytes s, std::size_t n, std::size_t pos) {
  const unsigned char c = s[pos];
  if (IsAsciiTerminator(c) || IsAsciiCloser(c)) return true;
  if (c < 0x80) return false;
  if (StartsWith(s, n, pos, kEllipsis)) return true;
  for (std::string_view t : kFullWidthTerminators) {
    if (StartsWith(s, n, pos, t)) return true;
  }
  return CloserAt(s, n, pos) != 0;
}

// True if the character ending at `end` (and starting at or after lo) is a
// well-formed UTF-8 sequence for a CJK character: radicals, CJK punctuation,
// kana, ideographs, compatibility ideographs, vertical and full-width forms.
bool IsCjkEndingAt(Bytes s, std::size_t lo, std::size_t end) {
  if (end <= lo || s[end - 1] < 0x80) return false;
  std::size_t b = end - 1;
  while (b > lo && end - b < 4 && IsContinuation(s[b])) --b;
  const unsigned char lead = s[b];
  std::size_t len;
  std::uint32_t cp;
  if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    len = 4;
    cp = lead & 0x07;
  } else {
    return false;  // ASCII, 2-byte (no CJK there) or not a lead byte
  }
  if (end - b != len) return false;
  for (std::size_t k = b + 1; k < end; ++k) {
    if (!IsContinuation(s[k])) return false;
    cp = (cp << 6) | (s[k] & 0x3F);
  }
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         (cp >= 0x20000 && cp <= 0x3FFFF);
}

// True if some byte before `pos` is not blank.
bool HasNonBlankBefore(Bytes s, std::size_t pos) {
  while (pos > 0) {
    if (!IsBlank(s[--pos])) return true;
  }
  return false;
}

std::size_t SkipBlanks(Bytes s, std::size_t n, std::size_t pos) {
  while (pos < n && IsBlank(s[pos])) ++pos;
  return pos;
}

Span Trim(Bytes s, std::size_t begin, std::size_t end) {
  while (begin < end && IsBlank(s[begin])) ++begin;
  while (end > begin && IsBlank(s[end - 1])) --end;
  return Span{begin, end};
}

// Trigger bytes for ScanStarts.
enum Trigger : std::uint8_t {
  kNotTrigger = 0,
  kAsciiTerminator,  // . ! ? ;
  kLineBreak,        // \n \r
  kMultiByteTail,    // last byte of … 。 ！ ？ ；
};

constexpr std::array<std::uint8_t, 256> MakeTriggerTable() {
  std::array<std::uint8_t, 256> t{};
  t['.'] = t['!'] = t['?'] = t[';'] = kAsciiTerminator;
  t['\n'] = t['\r'] = kLineBreak;
  t[0xA6] = t[0x82] = t[0x81] = t[0x9F] = t[0x9B] = kMultiByteTail;
  return t;
}
constexpr std::array<std::uint8_t, 256> kTriggers = MakeTriggerTable();

// Blocks of kBlock bytes, aligned to kBlock in the text, are scanned as a
// bit mask of "events": trigger bytes and the kSample-aligned samples.
constexpr std::size_t kBlock = 64;
static_assert(kBlock % kSample == 0, "samples must sit at fixed bits");

// Bit k is set if s[base + k] is a trigger byte worth a look, for
// base + k < n. Where SSE2 is available, full blocks also drop the triggers
// ScanStarts would reject at once: an ASCII terminator followed by neither a
// blank nor a closer nor a non-ASCII byte and not preceded by a non-ASCII
// byte ("3.5", "U.S", "example.com"), and a single line break between a plain
// ASCII byte and a non-blank ("word\nword"). Dropping them changes nothing
// else: ScanStarts would have moved on by one byte.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline std::uint64_t TriggerMask(
    Bytes s, std::size_t n, std::size_t base) {
  std::uint64_t mask = 0;
#if defined(__SSE2__)
  if (n - base >= kBlock) {
    auto load = [&](std::size_t chunk) {
      return _mm_loadu_si128(
          reinterpret_cast<const __m128i*>(s + base + chunk));
    };
    auto eq = [](__m128i v, char c) {
      return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
    };
    auto bits = [](__m128i m, std::size_t chunk) {
      return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(m))}
             << chunk;
    };
    // Pass 1: is there any ASCII trigger; where are the non-ASCII bytes and
    // the multi-byte terminators.
    std::uint64_t any_ascii = 0, high = 0, tail = 0, middle = 0, lead = 0;
    for (std::size_t chunk = 0; chunk < kBlock; chunk += 16) {
      const __m128i v = load(chunk);
      any_ascii |=
          bits(_mm_or_si128(_mm_or_si128(_mm_or_si128(eq(v, '.'), eq(v, '!')),
                                         _mm_or_si128(eq(v, '?'), eq(v, ';'))),
                            _mm_or_si128(eq(v, '\n'), eq(v, '\r'))),
               chunk);
      const std::uint64_t chunk_high = bits(v, chunk);
      high |= chunk_high;
      if (chunk_high != 0) {
        // … 。 ！ ？ ； are E2 80 A6, E3 80 82, EF BC 81, EF BC 9F, EF BC 9B.
        tail |=
            bits(_mm_or_si128(
                     _mm_or_si128(_mm_or_si128(eq(v, '\xA6'), eq(v, '\x82')),
                                  _mm_or_si128(eq(v, '\x81'), eq(v, '\x9F'))),
                     eq(v, '\x9B')),
                 chunk);
        middle |= bits(_mm_or_si128(eq(v, '\x80'), eq(v, '\xBC')), chunk);
        lead |= bits(_mm_or_si128(_mm_or_si128(eq(v, '\xE2'), eq(v, '\xE3')),
                                  eq(v, '\xEF')),
                     chunk);
      }
    }
    // Bytes before the block are not looked at: keep those tails.
    tail &= ((middle << 1) | 1) & ((lead << 2) | 3);
    if (any_ascii == 0) return tail;
    // Pass 2, for blocks with ASCII triggers: the classes the filter needs.
    std::uint64_t terminator = 0, line_break = 0, blank = 0, closer = 0;
    for (std::size_t chunk = 0; chunk < kBlock; chunk += 16) {
      const __m128i v = load(chunk);
      terminator |= bits(_mm_or_si128(_mm_or_si128(eq(v, '.'), eq(v, '!')),
                                      _mm_or_si128(eq(v, '?'), eq(v, ';'))),
                         chunk);
      line_break |= bits(_mm_or_si128(eq(v, '\n'), eq(v, '\r')), chunk);
      // \t..\r by signed compares (bytes >= 0x80 are negative).
      blank |= bits(
          _mm_or_si128(eq(v, ' '),
                       _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(8)),
                                     _mm_cmpgt_epi8(_mm_set1_epi8(14), v))),
          chunk);
      closer |= bits(_mm_or_si128(_mm_or_si128(eq(v, '"'), eq(v, '\'')),
                                  _mm_or_si128(eq(v, ')'), eq(v, ']'))),
                     chunk);
    }
    // The neighbours across the block edges; outside the text they count
    // as plain ASCII bytes.
    const bool after_blank = base + kBlock < n && IsBlank(s[base + kBlock]);
    const bool after_closer_or_high =
        base + kBlock < n &&
        (IsAsciiCloser(s[base + kBlock]) || s[base + kBlock] >= 0x80);
    const unsigned char before = base > 0 ? s[base - 1] : 'a';
    const std::uint64_t top = std::uint64_t{1} << (kBlock - 1);
    const std::uint64_t next_blank = (blank >> 1) | (after_blank ? top : 0);
    const std::uint64_t next_closer_or_high =
        ((closer | high) >> 1) | (after_closer_or_high ? top : 0);
    const std::uint64_t plain = ~(high | blank | closer | terminator);
    const std::uint64_t previous_plain =
        (plain << 1) |
        (before < 0x80 && !IsBlank(before) && !IsAsciiCloser(before) &&
                 !IsAsciiTerminator(before)
             ? 1
             : 0);
    const std::uint64_t previous_high = (high << 1) | (before >= 0x80 ? 1 : 0);
    const std::uint64_t inner_terminator =
        terminator & ~next_blank & ~next_closer_or_high & ~previous_high;
    const std::uint64_t wrapped_line =
        line_break & previous_plain & ~next_blank;
    return (terminator & ~inner_terminator) | (line_break & ~wrapped_line) |
           tail;
  }
#endif
  const std::size_t count = std::min(kBlock, n - base);
  for (std::size_t k = 0; k < count; ++k) {
    mask |= std::uint64_t{kTriggers[s[base + k]] != kNotTrigger} << k;
  }
  return mask;
}

// Reports every position p that IsSentenceStart accepts and whose trigger
// lies in [from, limit), in increasing order, to on_start(p), which returns
// false to stop. Every start p with p >= from + kWindow and p <= limit is
// reported (see the comment at the top of the file); a few more may be.
template <typename OnStart>
void ScanStarts(const SentenceSplitter& splitter, std::string_view text,
                std::size_t from, std::size_t limit, OnStart&& on_start) {
  const Bytes s = reinterpret_cast<Bytes>(text.data());
  const std::size_t n = text.size();
  limit = std::min(limit, n);
  std::size_t i = from;  // everything before i has been dealt with
  while (i < limit) {
    const std::size_t base = i / kBlock * kBlock;
    const std::size_t count = std::min(kBlock, limit - base);
    std::uint64_t events = TriggerMask(s, n, base);
    // A sample matters only if the kSample bytes from it are blank; probing
    // three of them keeps ordinary spaces from becoming events.
    for (std::size_t k = 0; k < kBlock; k += kSample) {
      const std::size_t at = base + k;
      if (at + kSample <= n && IsBlank(s[at]) && IsBlank(s[at + kSample / 2]) &&
          IsBlank(s[at + kSample - 1])) {
        events |= std::uint64_t{1} << k;
      }
    }
    events &= ~std::uint64_t{0} << (i - base);
    if (count < kBlock) events &= (std::uint64_t{1} << count) - 1;
    i = base + kBlock;
    while (events != 0) {
      const std::size_t at = base + absl::countr_zero(events);
      const std::uint8_t kind = kTriggers[s[at]];
      std::size_t next = at + 1;
      bool worth_asking = false;
      if (kind == kNotTrigger) {
        // A sample: a long blank gap (rule 4) has one at least kSample
        // bytes before its end.
        if (IsBlank(s[at])) {
          const std::size_t e = SkipBlanks(s, n, at + 1);
          if (e - at >= kSample) {
            next = e;
            worth_asking = true;
          }
        }
      } else if (kind == kLineBreak) {
        next = SkipBlanks(s, n, at + 1);
        // Quick reject of a line wrapped after a word: neither a terminator
        // nor a blank line nor a long gap.
        std::size_t breaks = 0;
        if (at > 0 && (IsLetter(s[at - 1]) || IsDigit(s[at - 1])) &&
            next - at < kWindow) {
          for (std::size_t k = at; k < next; ++k) {
            breaks += s[k] == '\n' ||
                      (s[k] == '\r' && (k + 1 == n || s[k + 1] != '\n'));
          }
          worth_asking = breaks >= 2;
        } else {
          worth_asking = true;
        }
      } else if (kind == kAsciiTerminator ||
                 EndsWith(s, 0, at + 1, kEllipsis) ||
                 IsFullWidthTerminatorEndingAt(s, 0, at + 1)) {
        for (std::size_t c; (c = CloserAt(s, n, next)) != 0;) next += c;
        const std::size_t after_closers = next;
        next = SkipBlanks(s, n, next);
        // Quick reject of "3.5", "e.g.", "example.com": with no blank the
        // English rule cannot apply, and an ASCII byte before the terminator
        // rules out the CJK one.
        worth_asking = !(kind == kAsciiTerminator && next == after_closers &&
                         (at == 0 || s[at - 1] < 0x80));
      }  // else a continuation byte of some other character
      if (worth_asking && splitter.IsSentenceStart(text, next) &&
          !on_start(next)) {
        return;
      }
      if (next >= base + kBlock) {
        i = next;
        break;
      }
      events &= ~std::uint64_t{0} << (next - base);
    }
  }
}

}  // namespace

SentenceSplitter::SentenceSplitter(
    const std::vector<std::string>& abbreviations) {
  for (const std::string& word : abbreviations) {
    absl::string_view w = absl::StripAsciiWhitespace(word);
    while (!w.empty() && w.front() == '.') w.remove_prefix(1);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w.empty() || w.size() >= kMaxAbbreviation) continue;
    if (!std::all_of(w.begin(), w.end(), [](char c) {
          return IsLetter(static_cast<unsigned char>(c)) || c == '.';
        })) {
      continue;
    }
    std::string key = absl::AsciiStrToLower(w);
    longest_abbreviation_ = std::max(longest_abbreviation_, key.size());
    abbreviations_.insert(std::move(key));
  }
}

bool SentenceSplitter::IsAbbreviation(std::string_view token) const {
  if (token.size() > longest_abbreviation_) return false;
  char lower[kMaxAbbreviation];
  for (std::size_t k = 0; k < token.size(); ++k) {
    lower[k] = absl::ascii_tolower(static_cast<unsigned char>(token[k]));
  }
  return abbreviations_.contains(absl::string_view(lower, token.size()));
}

bool SentenceSplitter::IsSentenceStart(std::string_view text,
                                       std::size_t pos) const {
  const std::size_t n = text.size();
  if (pos == 0 || pos >= n) return false;
  const Bytes s = reinterpret_cast<Bytes>(text.data());
  const unsigned char first = s[pos];
  if (IsBlank(first)) return false;
  const std::size_t lo = pos > kWindow ? pos - kWindow : 0;

  // The blank run before pos, and the line breaks in it.
  std::size_t q = pos;
  int line_breaks = 0;
  while (q > lo && IsBlank(s[q - 1])) {
    --q;
    if (s[q] == '\n' || (s[q] == '\r' && s[q + 1] != '\n')) ++line_breaks;
  }
  if (q == 0) return false;             // only blanks before: first
  if (pos - q == kWindow) return true;  // rule 4: a long gap
  if (line_breaks >= 2) return true;    // rule 3: a blank line
  const bool blank_before = q < pos;

  // Closers, then the terminator.
  std::size_t r = q;
  for (std::size_t c; (c = CloserEndingAt(s, lo, r)) != 0;) r -= c;
  if (r <= lo) return false;
  const unsigned char last = s[r - 1];
  if (IsAsciiTerminator(last)) {
    if (IsCjkEndingAt(s, lo, r - 1)) {  // rule 2, ASCII form after CJK
      return !TerminatorOrCloserAt(s, n, pos);
    }
    if (last == ';') return false;
  } else if (IsFullWidthTerminatorEndingAt(s, lo, r)) {  // rule 2
    return !TerminatorOrCloserAt(s, n, pos);
  } else if (!EndsWith(s, lo, r, kEllipsis)) {
    return false;
  }

  // Rule 1: a blank, then a byte that can begin a sentence.
  if (!blank_before) return false;
  if (!(IsUpper(first) || IsDigit(first) || first >= 0x80 || first == '"' ||
        first == '\'' || first == '(' || first == '[')) {
    return false;
  }
  if (last != '.') return true;  // ! ? …
  const std::size_t dot = r - 1;
  if (dot > lo && s[dot - 1] == '.') return true;  // "..."
  std::size_t b = dot;
  while (b > lo && (IsLetter(s[b - 1]) || s[b - 1] == '.')) --b;
  if (b == lo && lo > 0) return true;  // the word runs out of the window
  while (b < dot && s[b] == '.') ++b;
  if (b == dot) return true;  // "5. The", "). The"
  // A single uppercase initial: "J.", "J.R.R.".
  std::size_t segment = dot;
  while (segment > b && s[segment - 1] != '.') --segment;
  if (dot - segment == 1 && IsUpper(s[segment])) return false;
  return !IsAbbreviation(std::string_view(text.data() + b, dot - b));
}

std::vector<Span> SentenceSplitter::Split(std::string_view text) const {
  const Bytes s = reinterpret_cast<Bytes>(text.data());
  std::vector<Span> out;
  std::size_t previous = 0;
  auto emit = [&](std::size_t begin, std::size_t end) {
    const Span t = Trim(s, begin, end);
    if (t.begin < t.end) out.push_back(t);
  };
  ScanStarts(*this, text, 0, text.size(), [&](std::size_t p) {
    emit(previous, p);
    previous = p;
    return true;
  });
  emit(previous, text.size());
  return out;
}

std::size_t SentenceSplitter::CountStarts(std::string_view text,
                                          std::size_t from,
                                          std::size_t to) const {
  const Bytes s = reinterpret_cast<Bytes>(text.data());
  to = std::min(to, text.size());
  if (from >= to) return 0;
  std::size_t count = 0;
  const std::size_t scan_from = from + 1 > kWindow ? from + 1 - kWindow : 0;
  ScanStarts(*this, text, scan_from, to, [&](std::size_t p) {
    if (p > to) return false;
    if (p <= from) return true;
    // Only the first start of a text can have nothing but blanks before it,
    // and only after a long gap (rule 4); later ones follow this one.
    if (count == 0 && !HasNonBlankBefore(s, p)) return true;
    ++count;
    return true;
  });
  return count;
}

Span SentenceSplitter::Around(std::string_view text, std::size_t pos,
                              std::size_t reach) const {
  const Bytes s = reinterpret_cast<Bytes>(text.data());
  const std::size_t n = text.size();
  pos = std::min(pos, n);
  const std::size_t lo = pos - std::min(pos, reach);
  const std::size_t hi = pos + std::min(n - pos, reach);

  // The last start in [lo, pos], looked for backwards in chunks of
  // kBackChunk bytes: a scan from a - kWindow reports every start from a on,
  // so each chunk is complete by itself, and a sentence start usually lies
  // in the first chunk (scanning all of [lo, pos] would cost `reach` bytes
  // per call).
  std::size_t previous_start = kNone;
  for (std::size_t b = pos + 1; previous_start == kNone && b > lo;) {
    const std::size_t a = b - std::min(b - lo, kBackChunk);
    ScanStarts(*this, text, a > kWindow ? a - kWindow : 0, b,
               [&](std::size_t p) {
                 if (p >= b) return false;
                 if (p >= a) previous_start = p;
                 return true;
               });
    b = a;
  }
  // The first two starts in (pos, hi].
  std::size_t next_start = kNone;
  std::size_t second_start = kNone;
  ScanStarts(*this, text, pos + 1 > kWindow ? pos + 1 - kWindow : 0, hi,
             [&](std::size_t p) {
               if (p > hi) return false;
               if (p <= pos) return true;
               if (next_start == kNone) {
                 next_start = p;
                 return true;
               }
               second_start = p;
               return false;
             });

  // Clipping: inwards to a blank within kMaxClipShift bytes (not past
  // `floor`/`ceiling`), else to a UTF-8 character boundary.
  auto clip_end = [&](std::size_t end, std::size_t floor) {
    if (end == 0 || IsBlank(s[end]) || IsBlank(s[end - 1])) return end;
    const std::size_t stop =
        std::max(floor + 1, end > kMaxClipShift ? end - kMaxClipShift : 0);
    for (std::size_t k = end - 1; k >= stop && k > 0; --k) {
      if (IsBlank(s[k])) return k;
    }
    for (int moves = 0; moves < 3 && end > floor && IsContinuation(s[end]);
         ++moves) {
      --end;
    }
    return end;
  };
  auto clip_begin = [&](std::size_t begin, std::size_t ceiling) {
    if (begin >= n || IsBlank(s[begin - 1]) || IsBlank(s[begin])) return begin;
    const std::size_t stop = std::min(ceiling, begin + kMaxClipShift);
    for (std::size_t k = begin; k < stop; ++k) {
      if (IsBlank(s[k])) return k;
    }
    for (int moves = 0;
         moves < 3 && begin < ceiling && IsContinuation(s[begin]); ++moves) {
      ++begin;
    }
    return begin;
  };

  const std::size_t begin = previous_start != kNone ? previous_start
                            : lo == 0               ? 0
                                                    : clip_begin(lo, pos);
  const std::size_t end = next_start != kNone ? next_start
                          : hi == n           ? n
                                              : clip_end(hi, pos);
  const Span here = Trim(s, begin, std::max(begin, end));
  if (here.begin < here.end && pos < here.end) return here;
  if (next_start != kNone) {
    const std::size_t next_end = second_start != kNone ? second_start
                                 : hi == n             ? n
                                           : clip_end(hi, next_start);
    const Span next = Trim(s, next_start, next_end);
    if (next.begin < next.end) return next;
  }
  if (here.begin < here.end) return here;
  return Span{pos, pos};
}

}  // namespace internal
}  // namespace diplotier

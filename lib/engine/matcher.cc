// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "engine/matcher.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "re2/filtered_re2.h"
#include "util/strings.h"

namespace diplotier {
namespace internal {
namespace {

RE2::Options PatternOptions(bool case_sensitive, std::int64_t max_mem) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(max_mem);
  return options;
}

std::string Where(const LexiconEntry& e) {
  return Cat(e.source, ":", e.line, ":", e.column);
}

bool NeedsAnchor(const LexiconEntry& e) {
  return e.kind == EntryKind::kTier || e.kind == EntryKind::kRepresentation;
}

// Verifies that every tier and representation pattern can only match text
// that contains an anchor: with RE2's prefilter atoms, a pattern that still
// passes the filter when only anchor-free atoms are present is reported.
// Each pattern gets its own FilteredRE2: in a shared one RE2 prunes atoms
// that many patterns share, which would hide the anchor they all contain.
bool RequiresAnchor(const LexiconEntry& e,
                    const std::vector<std::string>& anchors) {
  re2::FilteredRE2 filter;
  int id = -1;
  if (filter.Add(e.expanded, PatternOptions(e.case_sensitive, 8 << 20), &id) !=
      RE2::NoError) {
    return false;
  }
  std::vector<std::string> atoms;
  filter.Compile(&atoms);
  std::vector<int> anchor_free;
  for (size_t i = 0; i < atoms.size(); ++i) {
    const bool has_anchor = std::any_of(
        anchors.begin(), anchors.end(), [&](const std::string& anchor) {
          return atoms[i].find(anchor) != std::string::npos;
        });
    if (!has_anchor) anchor_free.push_back(static_cast<int>(i));
  }
  std::vector<int> passing;
  filter.AllPotentials(anchor_free, &passing);
  return passing.empty();
}

absl::Status CheckAnchors(const std::vector<LexiconEntry>& entries,
                          const std::vector<std::string>& anchors) {
  const LexiconEntry* first_bad = nullptr;
  int bad = 0;
  for (const LexiconEntry& e : entries) {
    if (!NeedsAnchor(e) || RequiresAnchor(e, anchors)) continue;
    if (first_bad == nullptr) first_bad = &e;
    ++bad;
  }
  if (first_bad == nullptr) return absl::OkStatus();
  return absl::InvalidArgumentError(Cat(
      Where(*first_bad), ": pattern can match without any anchor (",
      anchors.empty() ? std::string("the lexicon declares no anchor")
                      : Cat("anchors: ", absl::StrJoin(anchors, ", ")),
      "); every tier and representation pattern must contain one",
      bad > 1 ? Cat(" (", bad - 1, " more such patterns)") : std::string()));
}

// The status Create reports for a pattern RE2 rejects.
absl::Status Rejected(const LexiconEntry& e, const RE2& re) {
  std::string what = Cat(Where(e), ": pattern rejected by RE2: ", re.error());
  if (re.error_code() == RE2::ErrorPatternTooLarge) {
    return absl::ResourceExhaustedError(
        Cat(what, " (raise ClassifierOptions::max_memory or simplify it)"));
  }
  return absl::InvalidArgumentError(what);
}

// Whether `lexicon` has the patterns and anchors of the embedded default
// lexicon (a copy, or the default merged with nothing): then the checks the
// tests make of the default hold for it too.
bool SameAsDefault(const Lexicon& lexicon) {
  const Lexicon& d = Lexicon::Default();
  if (&lexicon == &d) return true;
  if (lexicon.anchors() != d.anchors() ||
      lexicon.entries().size() != d.entries().size()) {
    return false;
  }
  for (std::size_t i = 0; i < d.entries().size(); ++i) {
    const LexiconEntry& a = lexicon.entries()[i];
    const LexiconEntry& b = d.entries()[i];
    if (a.kind != b.kind || a.case_sensitive != b.case_sensitive ||
        a.expanded != b.expanded) {
      return false;
    }
  }
  return true;
}

}  // namespace

absl::Status CheckAnchors(const Lexicon& lexicon) {
  return CheckAnchors(lexicon.entries(), lexicon.anchors());
}

absl::StatusOr<std::unique_ptr<Matcher>> Matcher::Create(
    const Lexicon& lexicon, std::int64_t max_memory) {
  std::unique_ptr<Matcher> m(new Matcher);
  m->entries_ = lexicon.entries();
  if (m->entries_.empty()) {
    return absl::InvalidArgumentError("the lexicon has no entries");
  }
  if (lexicon.anchors().empty()) {
    return absl::InvalidArgumentError(
        "the lexicon declares no anchor (add 'anchor WORD' lines)");
  }
  // The default lexicon's patterns are known to pass the anchor check
  // (tests/matcher_test.cc), which builds a FilteredRE2 for each pattern:
  // a fifth of the time Create took.
  const bool same_as_default = SameAsDefault(lexicon);
  if (!same_as_default) {
    if (absl::Status s = CheckAnchors(m->entries_, lexicon.anchors());
        !s.ok()) {
      return s;
    }
  }

  // A third of the budget for the set, which only tells which patterns match
  // a window; the rest shared by the single patterns in proportion to their
  // length. RE2 spends a pattern's budget on its program and then on DFA
  // states (both grow with the pattern), and reverse-searches each match to
  // find its start with a third of it. An even split starves the long
  // patterns (an upgrade cue with many verb forms and a gap of up to five
  // words): their DFA runs out of memory and RE2 falls back to its NFA, tens
  // of times slower. Measured on the bench article: an even split with half
  // for the set costs 1.65M instructions per call, this 1.0M.
  //
  // RE2 needs a floor of 64 KiB for a pattern of any size. The budget stays
  // a total: the shortest patterns are raised to the floor one by one, and
  // what remains is shared by the others in proportion to their length (a
  // floor taken lowers the share of the rest, which is why the shortest go
  // first). A lexicon whose patterns cannot all have the floor is refused.
  const std::int64_t set_mem = max_memory / 3;
  const std::int64_t patterns_mem = max_memory - set_mem;
  constexpr std::int64_t kFloor = 64 << 10;
  const auto n = static_cast<std::int64_t>(m->entries_.size());
  if (n * kFloor > patterns_mem) {
    return absl::ResourceExhaustedError(
        Cat("the lexicon's ", n,
            " patterns need a ClassifierOptions::max_memory "
            "of at least ",
            (n * kFloor * 3 + 1) / 2,
            " bytes (64 KiB for each "
            "pattern, from the two thirds of the budget that single patterns "
            "share); it is ",
            max_memory));
  }
  std::vector<std::size_t> by_length(m->entries_.size());
  for (std::size_t i = 0; i < by_length.size(); ++i) by_length[i] = i;
  std::stable_sort(
      by_length.begin(), by_length.end(), [&](std::size_t a, std::size_t b) {
        return m->entries_[a].expanded.size() < m->entries_[b].expanded.size();
      });
  double remaining = static_cast<double>(patterns_mem);
  double remaining_length = 0;
  for (const LexiconEntry& e : m->entries_) {
    remaining_length += static_cast<double>(e.expanded.size() + 1);
  }
  std::vector<bool> floored(m->entries_.size(), false);
  for (std::size_t i : by_length) {
    const double length =
        static_cast<double>(m->entries_[i].expanded.size() + 1);
    if (remaining * length / remaining_length >= kFloor) break;
    floored[i] = true;
    remaining -= kFloor;
    remaining_length -= length;
  }
  auto budget_of = [&](std::size_t i) {
    if (floored[i]) return kFloor;
    return std::max<std::int64_t>(
        kFloor, static_cast<std::int64_t>(
                    remaining *
                    static_cast<double>(m->entries_[i].expanded.size() + 1) /
                    remaining_length));
  };

  // The single patterns are compiled here, or for the default lexicon with
  // at least kLazyMemory on first use: every one of them compiles within
  // its share then (tests/matcher_test.cc), and a classifier compiles only
  // those its texts need (their compilation was two fifths of Create).
  const bool compile_now = !same_as_default || max_memory < kLazyMemory;
  m->lazy_ = std::make_unique<LazyRegexp[]>(m->entries_.size());

  // One set per case mode is not needed: case-insensitive entries are
  // wrapped in (?i:...) so a single case-sensitive set holds all of them.
  m->set_ = std::make_unique<RE2::Set>(PatternOptions(true, set_mem),
                                       RE2::UNANCHORED);
  for (std::size_t i = 0; i < m->entries_.size(); ++i) {
    const LexiconEntry& e = m->entries_[i];
    m->lazy_[i].budget = budget_of(i);
    if (compile_now) {
      m->lazy_[i].re = std::make_unique<RE2>(
          e.expanded, PatternOptions(e.case_sensitive, m->lazy_[i].budget));
      const RE2& re = *m->lazy_[i].re;
      std::call_once(m->lazy_[i].once, [] {});
      if (!re.ok()) return Rejected(e, re);
    }
    std::string set_pattern =
        e.case_sensitive ? e.expanded : Cat("(?i:", e.expanded, ")");
    std::string error;
    if (m->set_->Add(set_pattern, &error) < 0) {
      return absl::InvalidArgumentError(
          Cat(Where(e), ": pattern rejected by RE2: ", error));
    }
  }
  if (!m->set_->Compile()) {
    return absl::ResourceExhaustedError(
        Cat("the lexicon's ", m->entries_.size(),
            " patterns exceed the memory budget of ", max_memory,
            " bytes (ClassifierOptions::max_memory)"));
  }
  m->prefilter_ = std::make_unique<Prefilter>(lexicon.anchors());
  return m;
}

const RE2* Matcher::Regexp(int id) const {
  LazyRegexp& l = lazy_[id];
  std::call_once(l.once, [&] {
    const LexiconEntry& e = entries_[id];
    l.re = std::make_unique<RE2>(e.expanded,
                                 PatternOptions(e.case_sensitive, l.budget));
  });
  return l.re->ok() ? l.re.get() : nullptr;
}

absl::Status Matcher::CompileAll() const {
  for (int id = 0; id < size(); ++id) {
    if (Regexp(id) == nullptr) return Rejected(entries_[id], *lazy_[id].re);
  }
  return absl::OkStatus();
}

absl::Status Matcher::MatchWindow(std::string_view text, std::size_t begin,
                                  std::size_t end, bool with_cues,
                                  std::vector<int>* matched,
                                  std::vector<Hit>* hits) const {
  const re2::StringPiece window(text.data() + begin, end - begin);
  matched->clear();
  RE2::Set::ErrorInfo info;
  if (!set_->Match(window, matched, &info)) {
    if (info.kind == RE2::Set::kNoError) return absl::OkStatus();
    if (info.kind == RE2::Set::kOutOfMemory) {
      return absl::ResourceExhaustedError(
          "RE2 ran out of memory while matching the lexicon "
          "(raise ClassifierOptions::max_memory)");
    }
    return absl::InternalError("RE2::Set failed while matching");
  }
  // Cues, guards and qualifiers only matter around a tier or a level of
  // representation: without one, the window yields nothing.
  const bool primary =
      std::any_of(matched->begin(), matched->end(), [&](int id) {
        const EntryKind k = entries_[id].kind;
        return k == EntryKind::kTier || k == EntryKind::kRepresentation;
      });
  if (!primary) return absl::OkStatus();
  const re2::StringPiece whole(text.data(), text.size());
  for (int id : *matched) {
    if (!with_cues && entries_[id].kind == EntryKind::kCue) continue;
    const RE2* compiled = Regexp(id);
    if (compiled == nullptr) return Rejected(entries_[id], *lazy_[id].re);
    const RE2& re = *compiled;
    std::size_t pos = begin;
    re2::StringPiece m;
    while (pos <= end && re.Match(whole, pos, end, RE2::UNANCHORED, &m, 1)) {
      const std::size_t b = static_cast<std::size_t>(m.data() - text.data());
      const std::size_t e = b + m.size();
      if (e > b) hits->push_back(Hit{id, b, e});
      // Continue after the match; an empty match advances one byte.
      pos = e > b ? e : b + 1;
    }
  }
  return absl::OkStatus();
}

}  // namespace internal
}  // namespace diplotier

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "peers.h"

#include <algorithm>
#include <sstream>
#include <utility>

#include "std_regex_syntax.h"

namespace diplotier {
namespace bench {
namespace {

bool Overlaps(const RawHit& a, const RawHit& b) {
  return a.begin < b.end && b.begin < a.end;
}

std::string Excerpt(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t from = begin > 60 ? begin - 60 : 0;
  const std::size_t to = std::min(text.size(), end + 60);
  std::string out(text.substr(from, begin - from));
  out += "[[";
  out += text.substr(begin, end - begin);
  out += "]]";
  out += text.substr(end, to - end);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

std::string Describe(std::string_view text, const Found& f) {
  std::ostringstream s;
  s << "[" << f.begin << ", " << f.end << ") " << TierName(f.tier) << ": \""
    << Excerpt(text, f.begin, f.end) << "\"";
  return s.str();
}

}  // namespace

void AppendFound(const std::vector<Mention>& mentions, std::size_t offset,
                 std::vector<Found>* out) {
  for (const Mention& m : mentions) {
    out->push_back(Found{m.begin + offset, m.end + offset, m.tier});
  }
}

LexiconPatterns::LexiconPatterns(const Lexicon& lexicon)
    : abbreviations_(lexicon.abbreviations()) {
  const std::vector<LexiconEntry>& entries = lexicon.entries();
  for (int pass = 0; pass < 2; ++pass) {
    const EntryKind kind = pass == 0 ? EntryKind::kTier : EntryKind::kGuard;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const LexiconEntry& e = entries[i];
      if (e.kind != kind) continue;
      Pattern p;
      p.entry = static_cast<int>(i);
      p.guard = kind == EntryKind::kGuard;
      p.tier = e.tier;
      p.regex = e.expanded;
      p.case_sensitive = e.case_sensitive;
      patterns_.push_back(std::move(p));
    }
    if (pass == 0) tiers_ = static_cast<int>(patterns_.size());
  }
}

MentionResolver::MentionResolver(const LexiconPatterns& patterns,
                                 std::size_t max_sentence_bytes)
    : patterns_(patterns),
      splitter_(patterns.abbreviations()),
      max_sentence_bytes_(max_sentence_bytes) {}

internal::Span MentionResolver::SentenceAround(std::string_view text,
                                               std::size_t pos) const {
  return splitter_.Around(text, pos, max_sentence_bytes_);
}

void MentionResolver::Resolve(std::string_view text, std::vector<RawHit>* hits,
                              std::vector<Found>* out) const {
  std::vector<RawHit>& v = *hits;
  std::sort(v.begin(), v.end(), [](const RawHit& a, const RawHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  thread_local std::vector<RawHit> tiers, guards;
  const auto& all = patterns_.all();
  std::size_t i = 0;
  while (i < v.size()) {
    const internal::Span s = SentenceAround(text, v[i].begin);
    tiers.clear();
    guards.clear();
    std::size_t j = i;
    while (j < v.size() && (j == i || v[j].begin < s.end)) {
      const RawHit& h = v[j++];
      if (h.begin < s.begin || h.end > s.end) continue;  // crosses a sentence
      (all[h.pattern].guard ? guards : tiers).push_back(h);
    }
    i = j;
    tiers.erase(
        std::remove_if(tiers.begin(), tiers.end(),
                       [&](const RawHit& t) {
                         return std::any_of(
                             guards.begin(), guards.end(),
                             [&](const RawHit& g) { return Overlaps(t, g); });
                       }),
        tiers.end());
    std::sort(tiers.begin(), tiers.end(),
              [&](const RawHit& a, const RawHit& b) {
                const std::size_t la = a.end - a.begin, lb = b.end - b.begin;
                if (la != lb) return la > lb;
                if (a.begin != b.begin) return a.begin < b.begin;
                return all[a.pattern].entry < all[b.pattern].entry;
              });
    std::size_t kept = 0;
    for (std::size_t k = 0; k < tiers.size(); ++k) {
      bool clash = false;
      for (std::size_t m = 0; m < kept && !clash; ++m) {
        clash = Overlaps(tiers[k], tiers[m]);
      }
      if (!clash) tiers[kept++] = tiers[k];
    }
    tiers.resize(kept);
    std::sort(tiers.begin(), tiers.end(), [](const RawHit& a, const RawHit& b) {
      return a.begin < b.begin;
    });
    for (const RawHit& t : tiers) {
      out->push_back(Found{t.begin, t.end, all[t.pattern].tier});
    }
  }
  v.clear();
}

RE2::Options PatternOptions(bool case_sensitive, std::int64_t max_mem) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(max_mem);
  return options;
}

void MatchAll(const RE2& re, int pattern, std::string_view text,
              std::size_t begin, std::size_t end, std::vector<RawHit>* hits) {
  const re2::StringPiece whole(text.data(), text.size());
  std::size_t pos = begin;
  re2::StringPiece m;
  while (pos <= end && re.Match(whole, pos, end, RE2::UNANCHORED, &m, 1)) {
    const std::size_t b = static_cast<std::size_t>(m.data() - text.data());
    const std::size_t e = b + m.size();
    if (e > b) hits->push_back(RawHit{pattern, b, e});
    pos = e > b ? e : b + 1;
  }
}

Re2PerPattern::Re2PerPattern(const LexiconPatterns& patterns)
    : resolver_(patterns) {
  for (const auto& p : patterns.all()) {
    regexps_.push_back(std::make_unique<RE2>(
        p.regex, PatternOptions(p.case_sensitive, std::int64_t{8} << 20)));
    if (!regexps_.back()->ok() && error_.empty()) {
      error_ = "RE2 rejects " + p.regex + ": " + regexps_.back()->error();
    }
  }
}

void Re2PerPattern::Find(std::string_view text, std::vector<Found>* out) {
  hits_.clear();
  for (std::size_t p = 0; p < regexps_.size(); ++p) {
    MatchAll(*regexps_[p], static_cast<int>(p), text, 0, text.size(), &hits_);
  }
  resolver_.Resolve(text, &hits_, out);
}

Re2SetThenPatterns::Re2SetThenPatterns(const LexiconPatterns& patterns)
    : resolver_(patterns) {
  set_ = std::make_unique<RE2::Set>(
      PatternOptions(true, std::int64_t{128} << 20), RE2::UNANCHORED);
  for (const auto& p : patterns.all()) {
    regexps_.push_back(std::make_unique<RE2>(
        p.regex, PatternOptions(p.case_sensitive, std::int64_t{8} << 20)));
    std::string error;
    const std::string in_set =
        p.case_sensitive ? p.regex : "(?i:" + p.regex + ")";
    if (set_->Add(in_set, &error) < 0 && error_.empty()) {
      error_ = "RE2::Set rejects " + p.regex + ": " + error;
    }
  }
  if (error_.empty() && !set_->Compile()) error_ = "RE2::Set::Compile failed";
}

bool Re2SetThenPatterns::Find(std::string_view text, std::vector<Found>* out) {
  matched_.clear();
  RE2::Set::ErrorInfo info;
  if (!set_->Match(re2::StringPiece(text.data(), text.size()), &matched_,
                   &info)) {
    return info.kind == RE2::Set::kNoError;
  }
  hits_.clear();
  for (int id : matched_) {
    MatchAll(*regexps_[id], id, text, 0, text.size(), &hits_);
  }
  resolver_.Resolve(text, &hits_, out);
  return true;
}

StdRegexPerPattern::StdRegexPerPattern(const LexiconPatterns& patterns)
    : resolver_(patterns) {
  for (const auto& p : patterns.all()) {
    std::string translated, error;
    if (!TranslateToStdRegex(p.regex, p.case_sensitive, &translated, &error)) {
      error_ = "cannot translate " + p.regex + ": " + error;
      return;
    }
    try {
      regexps_.emplace_back(translated, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      error_ = "std::regex rejects the translation of " + p.regex + " (" +
               e.what() + "): " + translated;
      return;
    }
  }
}

void StdRegexPerPattern::Find(std::string_view text, std::vector<Found>* out) {
  hits_.clear();
  const char* const first = text.data();
  const char* const last = first + text.size();
  std::cmatch m;
  for (std::size_t p = 0; p < regexps_.size(); ++p) {
    std::size_t pos = 0;
    while (pos <= text.size()) {
      const auto flags = pos > 0 ? std::regex_constants::match_prev_avail
                                 : std::regex_constants::match_default;
      if (!std::regex_search(first + pos, last, m, regexps_[p], flags)) break;
      const std::size_t b = static_cast<std::size_t>(m[0].first - first);
      const std::size_t e = static_cast<std::size_t>(m[0].second - first);
      if (e > b) hits_.push_back(RawHit{static_cast<int>(p), b, e});
      pos = e > b ? e : b + 1;
    }
  }
  resolver_.Resolve(text, &hits_, out);
}

std::string Compare(std::string_view text, const std::vector<Found>& want,
                    const std::vector<Found>& got, std::string_view what) {
  const std::size_t n = std::min(want.size(), got.size());
  std::size_t i = 0;
  while (i < n && want[i] == got[i]) ++i;
  if (i == n && want.size() == got.size()) return "";
  std::ostringstream s;
  s << what << ": " << got.size() << " mentions, diplotier " << want.size()
    << "; first difference at mention #" << i << ":\n";
  if (i < want.size()) {
    s << "  diplotier: " << Describe(text, want[i]) << "\n";
  } else {
    s << "  diplotier: (no more mentions)\n";
  }
  if (i < got.size()) {
    s << "  " << what << ": " << Describe(text, got[i]) << "\n";
  } else {
    s << "  " << what << ": (no more mentions)\n";
  }
  return s.str();
}

}  // namespace bench
}  // namespace diplotier

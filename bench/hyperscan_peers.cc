// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "hyperscan_peers.h"

#include <algorithm>

#include "hs/hs.h"

namespace diplotier {
namespace bench {
namespace {

int OnHyperscanMatch(unsigned id, unsigned long long from,
                     unsigned long long to, unsigned /*flags*/, void* context) {
  static_cast<HyperscanPeer*>(context)->OnMatch(id, from, to);
  return 0;  // continue scanning
}

unsigned BaseFlags(const LexiconPatterns::Pattern& p) {
  return HS_FLAG_UTF8 | (p.case_sensitive ? 0u : HS_FLAG_CASELESS);
}

}  // namespace

HyperscanPeer::HyperscanPeer(const LexiconPatterns& patterns, Mode mode)
    : patterns_(patterns), mode_(mode), resolver_(patterns) {
  const auto& all = patterns.all();
  std::vector<int> ids;
  std::vector<unsigned> flags;
  for (std::size_t i = 0; i < all.size(); ++i) {
    regexps_.push_back(std::make_unique<RE2>(
        all[i].regex,
        PatternOptions(all[i].case_sensitive, std::int64_t{8} << 20)));
    ids.push_back(static_cast<int>(i));
    flags.push_back(BaseFlags(all[i]) |
                    (mode == Mode::kStartOffsets ? HS_FLAG_SOM_LEFTMOST : 0u));
  }
  std::vector<int> no_som;
  if (!Compile(ids, flags, mode == Mode::kStartOffsets ? &no_som : nullptr,
               &main_db_, &main_scratch_)) {
    return;
  }
  som_fallback_count_ = static_cast<int>(no_som.size());
  std::vector<unsigned> no_som_flags;
  for (int id : no_som) no_som_flags.push_back(BaseFlags(all[id]));
  Compile(no_som, no_som_flags, nullptr, &fallback_db_, &fallback_scratch_);
}

bool HyperscanPeer::Compile(std::vector<int> ids, std::vector<unsigned> flags,
                            std::vector<int>* rejected, hs_database** db,
                            hs_scratch** scratch) {
  const auto& all = patterns_.all();
  for (;;) {
    if (ids.empty()) return true;
    std::vector<const char*> expressions;
    std::vector<unsigned> hs_ids;
    for (int id : ids) {
      expressions.push_back(all[id].regex.c_str());
      hs_ids.push_back(static_cast<unsigned>(id));
    }
    hs_compile_error_t* err = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), hs_ids.data(),
                         static_cast<unsigned>(ids.size()), HS_MODE_BLOCK,
                         nullptr, db, &err) == HS_SUCCESS) {
      if (hs_alloc_scratch(*db, scratch) != HS_SUCCESS) {
        error_ = "hs_alloc_scratch failed";
        return false;
      }
      return true;
    }
    const int bad = err != nullptr ? err->expression : -1;
    const std::string message = err != nullptr ? err->message : "?";
    hs_free_compile_error(err);
    if (bad < 0 || bad >= static_cast<int>(ids.size())) {
      error_ = "hs_compile_multi: " + message;
      return false;
    }
    if (rejected != nullptr) {
      rejected->push_back(ids[bad]);
      ids.erase(ids.begin() + bad);
      flags.erase(flags.begin() + bad);
    } else if ((flags[bad] & HS_FLAG_PREFILTER) == 0) {
      flags[bad] |= HS_FLAG_PREFILTER;
      ++prefilter_count_;
    } else {
      error_ = "Hyperscan rejects " + all[ids[bad]].regex + ": " + message;
      return false;
    }
  }
}

HyperscanPeer::~HyperscanPeer() {
  hs_free_scratch(main_scratch_);
  hs_free_scratch(fallback_scratch_);
  hs_free_database(main_db_);
  hs_free_database(fallback_db_);
}

void HyperscanPeer::OnMatch(unsigned id, unsigned long long from,
                            unsigned long long to) {
  if (ends_out_ != nullptr) {
    ends_out_->emplace_back(static_cast<int>(id), static_cast<std::size_t>(to));
  } else if (mode_ == Mode::kStartOffsets && !scanning_fallback_) {
    som_hits_.push_back(RawHit{static_cast<int>(id),
                               static_cast<std::size_t>(from),
                               static_cast<std::size_t>(to)});
  } else {
    ends_.emplace_back(static_cast<int>(id), static_cast<std::size_t>(to));
  }
}

void HyperscanPeer::Scan(hs_database* db, hs_scratch* scratch,
                         std::string_view text) {
  if (db == nullptr) return;
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
          OnHyperscanMatch, this);
}

void HyperscanPeer::ConfirmEnds(std::string_view text) {
  std::sort(ends_.begin(), ends_.end(),
            [](const std::pair<int, std::size_t>& a,
               const std::pair<int, std::size_t>& b) {
              return a.second != b.second ? a.second < b.second
                                          : a.first < b.first;
            });
  internal::Span sentence;
  bool have = false;
  thread_local std::vector<int> done;  // patterns matched in `sentence`
  for (const auto& [id, end] : ends_) {
    if (end == 0) continue;
    const std::size_t pos = end - 1;
    if (!have || pos < sentence.begin || pos >= sentence.end) {
      sentence = resolver_.SentenceAround(text, pos);
      have = true;
      done.clear();
    }
    if (std::find(done.begin(), done.end(), id) != done.end()) continue;
    done.push_back(id);
    MatchAll(*regexps_[id], id, text, sentence.begin, sentence.end, &hits_);
  }
}

void HyperscanPeer::Find(std::string_view text, std::vector<Found>* out) {
  hits_.clear();
  som_hits_.clear();
  ends_.clear();
  if (mode_ == Mode::kStartOffsets) {
    Scan(main_db_, main_scratch_, text);
    // RE2's iteration per pattern: leftmost start, longest end, then the
    // next start at or after that end.
    std::sort(som_hits_.begin(), som_hits_.end(),
              [](const RawHit& a, const RawHit& b) {
                if (a.pattern != b.pattern) return a.pattern < b.pattern;
                if (a.begin != b.begin) return a.begin < b.begin;
                return a.end > b.end;
              });
    int pattern = -1;
    std::size_t pos = 0;
    for (const RawHit& h : som_hits_) {
      if (h.pattern != pattern) {
        pattern = h.pattern;
        pos = 0;
      }
      if (h.begin < pos || h.end == h.begin) continue;
      hits_.push_back(h);
      pos = h.end;
    }
    scanning_fallback_ = true;
    Scan(fallback_db_, fallback_scratch_, text);
    scanning_fallback_ = false;
  } else {
    Scan(main_db_, main_scratch_, text);
  }
  ConfirmEnds(text);
  resolver_.Resolve(text, &hits_, out);
}

void HyperscanPeer::FindEnds(std::string_view text,
                             std::vector<std::pair<int, std::size_t>>* out) {
  out->clear();
  ends_out_ = out;
  Scan(main_db_, main_scratch_, text);
  ends_out_ = nullptr;
}

}  // namespace bench
}  // namespace diplotier

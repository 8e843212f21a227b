// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The stream is analysed piece by piece with Classifier::Analyze. A piece
// ends where a sentence starts, and the decision that a sentence starts at p
// reads only the bytes within kSentenceWindow of p (lib/text/sentences.h,
// rule 4), so once the buffer holds kMargin bytes past p that decision is
// final and analysing [0, p) alone gives what the whole text would give for
// those bytes. The parties step is the one part of the pipeline that carries
// state from sentence to sentence (the last dyad, and a look back for "the
// two countries"); each piece is therefore analysed with kContextBytes of the
// text before it (from a sentence start), whose results were already
// reported and are dropped.

#include "diplotier/stream.h"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <utility>

#include "detect/events.h"
#include "text/sentences.h"
#include "text/utf8.h"
#include "util/text.h"

namespace diplotier {
namespace {

// Below this many buffered bytes the analyzer only appends.
constexpr std::size_t kMinPiece = std::size_t{64} << 10;
// A chunk is copied into the buffer this many bytes at a time.
constexpr std::size_t kSlice = std::size_t{1} << 20;
// A sentence start is taken as a cut only this far before the buffer's end.
constexpr std::size_t kMargin = 2 * internal::kSentenceWindow;
// How far back from the end a forced cut looks for a blank.
constexpr std::size_t kForcedCutReach = 256;
// Text kept before a cut and analysed again (its results dropped) with the
// next piece, so that the parties of the next piece are resolved as in one
// pass: the classifier carries the last dyad from sentence to sentence and
// looks up to 4 KiB back for the pair "the two countries" means.
constexpr std::size_t kContextBytes = std::size_t{8} << 10;
constexpr std::size_t kNotFound = static_cast<std::size_t>(-1);
constexpr int kUnseen = -2;

using internal::IsBlank;

// True if a sentence can start right after byte c: a blank, a terminator or
// closer, or part of a non-ASCII character (。, 」).
inline bool MayPrecedeStart(unsigned char c) {
  return IsBlank(c) || c >= 0x80 || c == '.' || c == '!' || c == '?' ||
         c == ';' || c == '"' || c == '\'' || c == ')' || c == ']';
}

}  // namespace

class StreamAnalyzer::State {
 public:
  State(const Classifier& classifier,
        const std::vector<std::string>& abbreviations)
      : classifier_(&classifier),
        splitter_(abbreviations),
        tail_max_(2 * classifier.options().max_sentence_bytes + kMargin) {
    Analysis empty;
    if (classifier.Analyze(std::string_view(), &empty).ok()) {
      default_ladder_ = empty.ladder;
    }
    Reset();
  }

  void Reset() {
    evidence_.clear();
    ResetStream();
  }

  // Forgets the stream but keeps the evidence of the last call.
  void ResetStream() {
    buffer_.clear();
    buffer_.shrink_to_fit();
    base_ = 0;
    fed_ = 0;
    checked_ = 0;
    reported_ = 0;
    sentence_base_ = 0;
    mention_dyads_.clear();
    change_dyads_.clear();
    seen_dyads_.clear();
    seen_change_dyads_.clear();
    events_.clear();
    ladder_ = default_ladder_;
    ladder_set_ = false;
    ladder_from_mention_ = false;
    asserted_.clear();
    label_.clear();
    withdrawn_.clear();
    targets_.clear();
    raised_.clear();
  }

  absl::Status Feed(std::string_view chunk, Analysis* out) {
    out->Clear();
    evidence_.clear();
    fed_ += chunk.size();
    while (!chunk.empty()) {
      const std::size_t take = std::min(chunk.size(), kSlice);
      buffer_.append(chunk.data(), take);
      chunk.remove_prefix(take);
      if (buffer_.size() >= kMinPiece) {
        absl::Status s = Advance(out);
        if (!s.ok()) return s;
      }
    }
    return absl::OkStatus();
  }

  absl::Status Finish(Analysis* out) {
    out->Clear();
    evidence_.clear();
    if (!buffer_.empty()) {
      absl::Status s = Consume(buffer_.size(), out);
      if (!s.ok()) return s;
    }
    Summarize(out);
    ResetStream();
    return absl::OkStatus();
  }

  const std::vector<std::string>& evidence() const { return evidence_; }
  std::size_t retained() const { return buffer_.size(); }
  std::size_t consumed() const { return base_ + reported_; }
  std::size_t fed() const { return fed_; }

 private:
  // Cuts the buffer at its last final sentence start, or at a blank near the
  // end when the unfinished tail has grown past tail_max_.
  absl::Status Advance(Analysis* out) {
    const std::size_t n = buffer_.size();
    const std::size_t limit = n - kMargin;
    const std::size_t stop =
        std::max(checked_, n > tail_max_ ? n - tail_max_ : std::size_t{0});
    std::size_t cut = FindLastStart(stop, limit);
    checked_ = std::max(checked_, limit);
    if (cut == kNotFound) {
      if (n <= tail_max_) return absl::OkStatus();
      cut = ForcedCut(limit);
    }
    return Consume(cut, out);
  }

  // The last p in (stop, limit] where a sentence starts, or kNotFound.
  std::size_t FindLastStart(std::size_t stop, std::size_t limit) const {
    const auto* s = reinterpret_cast<const unsigned char*>(buffer_.data());
    for (std::size_t p = limit; p > stop; --p) {
      if (!IsBlank(s[p]) && MayPrecedeStart(s[p - 1]) &&
          splitter_.IsSentenceStart(buffer_, p)) {
        return p;
      }
    }
    return kNotFound;
  }

  // A word start shortly before `limit`, else the UTF-8 boundary at it.
  std::size_t ForcedCut(std::size_t limit) const {
    const auto* s = reinterpret_cast<const unsigned char*>(buffer_.data());
    const std::size_t stop =
        limit > kForcedCutReach ? limit - kForcedCutReach : std::size_t{0};
    for (std::size_t p = limit; p > stop; --p) {
      if (!IsBlank(s[p]) && IsBlank(s[p - 1])) return p;
    }
    const std::size_t p = internal::AlignBack(buffer_, limit);
    return p > 0 ? p : limit;
  }

  // Analyses buffer_[0, cut), reports what lies after reported_, and drops
  // the buffer up to the context the next piece needs.
  absl::Status Consume(std::size_t cut, Analysis* out) {
    const std::string_view all(buffer_);
    const std::string_view piece = all.substr(0, cut);
    absl::Status s = classifier_->Analyze(piece, &piece_);
    if (!s.ok()) return s;
    Report(piece, out);
    if (cut == all.size()) return absl::OkStatus();  // Finish
    const std::size_t keep = ContextStart(cut);
    // Sentence starts in (0, keep]: the index, relative to buffer_[0], of the
    // sentence the kept text begins with (or continues, after a forced cut).
    sentence_base_ += static_cast<int>(splitter_.CountStarts(all, 0, keep));
    base_ += keep;
    buffer_.erase(0, keep);
    reported_ = cut - keep;
    checked_ -= keep;  // checked_ >= cut >= keep
    return absl::OkStatus();
  }

  // Where the context for the piece after `cut` begins: the last sentence
  // start at least kContextBytes before it (0 when the buffer is shorter;
  // `cut` itself, no context, when no start lies within reach).
  std::size_t ContextStart(std::size_t cut) const {
    if (cut <= kContextBytes) return 0;
    const std::size_t limit = cut - kContextBytes;
    const std::size_t reach = tail_max_;
    const std::size_t p =
        FindLastStart(limit > reach ? limit - reach : 0, limit);
    return p == kNotFound ? cut : p;
  }

  // Moves the results of piece_ into `out`, in stream terms.
  void Report(std::string_view piece, Analysis* out) {
    Analysis& a = piece_;
    bool mention_dyad = false;
    for (const Mention& m : a.mentions) mention_dyad |= m.dyad.complete();
    // The stream's ladder is the one of its first dyad (mention dyads come
    // first, as in Analyze).
    if (!a.dyads.empty() &&
        (!ladder_set_ || (!ladder_from_mention_ && mention_dyad))) {
      ladder_ = a.ladder;
      ladder_set_ = true;
      ladder_from_mention_ = mention_dyad;
    }
    std::array<int, kTierCount>& observed = Observed(a.ladder);
    for (const Mention& m : a.mentions) {
      observed[static_cast<int>(m.tier)] = m.rank;
    }
    // Results in the context were reported with the piece before.
    for (Mention& m : a.mentions) {
      if (m.begin < reported_) continue;
      if (m.dyad.complete() && seen_dyads_.insert(m.dyad).second) {
        mention_dyads_.push_back(m.dyad);
      }
      if (m.tier == Tier::kNone) {
        // An off-ladder relationship: holds only where no ladder tier does.
        if (m.modality == Modality::kAsserted && label_.empty()) {
          label_ = m.label;
        }
      } else if (m.modality == Modality::kAsserted &&
                 std::find(asserted_.begin(), asserted_.end(), m.tier) ==
                     asserted_.end()) {
        asserted_.push_back(m.tier);
      }
      if (a.ladder != ladder_ && m.tier != Tier::kNone)
        m.rank = RankOn(ladder_, m.tier);
      m.begin += base_;
      m.end += base_;
      m.sentence += sentence_base_;
      out->mentions.push_back(std::move(m));
    }
    for (TierChange& c : a.changes) {
      if (c.begin < reported_) continue;
      if (c.dyad.complete() && seen_change_dyads_.insert(c.dyad).second) {
        change_dyads_.push_back(c.dyad);
      }
      evidence_.emplace_back(
          piece.substr(std::min(c.begin, piece.size()),
                       c.end > c.begin ? c.end - c.begin : std::size_t{0}));
      c.begin += base_;
      c.end += base_;
      c.sentence += sentence_base_;
      internal::AddToEvents(c, &events_);
      if ((c.kind == ChangeKind::kUpgrade ||
           c.kind == ChangeKind::kEstablish) &&
          c.status == Modality::kAsserted && c.to != Tier::kNone) {
        std::vector<Tier>& list =
            c.kind == ChangeKind::kUpgrade ? raised_ : targets_;
        if (std::find(list.begin(), list.end(), c.to) == list.end()) {
          list.push_back(c.to);
        }
      }
      if (c.kind == ChangeKind::kDowngrade && c.status == Modality::kAsserted &&
          c.from != Tier::kNone &&
          std::find(withdrawn_.begin(), withdrawn_.end(), c.from) ==
              withdrawn_.end()) {
        withdrawn_.push_back(c.from);
      }
      out->changes.push_back(std::move(c));
    }
  }

  // Ranks seen on ladder `name` so far (kUnseen where none was).
  std::array<int, kTierCount>& Observed(const std::string& name) {
    for (auto& [ladder, ranks] : observed_) {
      if (ladder == name) return ranks;
    }
    std::array<int, kTierCount> ranks;
    ranks.fill(kUnseen);
    observed_.emplace_back(name, ranks);
    return observed_.back().second;
  }

  // The rank of `tier` on ladder `name`: as seen in the stream, else from
  // the built-in ladder of that name, else -1 (not placed).
  int RankOn(const std::string& name, Tier tier) {
    if (tier == Tier::kNone) return 0;
    const int seen = Observed(name)[static_cast<int>(tier)];
    if (seen != kUnseen) return seen;
    if (!builtin_ || builtin_->name() != name) {
      absl::StatusOr<Ladder> l = Ladder::Builtin(name);
      if (!l.ok()) return -1;
      builtin_ = *std::move(l);
    }
    std::optional<int> r = builtin_->Rank(tier);
    return r ? *r : -1;
  }

  // The whole stream's tier, rank, ladder and dyads, as Analyze picks them.
  void Summarize(Analysis* out) {
    out->dyads = mention_dyads_;
    for (const Dyad& d : change_dyads_) {
      if (seen_dyads_.count(d) == 0) out->dyads.push_back(d);
    }
    out->ladder = ladder_;
    int best = -2;
    for (Tier t : asserted_) {  // first seen first: ties keep the earlier
      // A tier the stream suspends, ends or cuts no longer holds.
      if (std::find(withdrawn_.begin(), withdrawn_.end(), t) !=
          withdrawn_.end()) {
        continue;
      }
      const int r = RankOn(ladder_, t);
      auto target = [&](Tier x) {
        if (std::find(raised_.begin(), raised_.end(), x) != raised_.end()) {
          return 2;
        }
        return std::find(targets_.begin(), targets_.end(), x) != targets_.end()
                   ? 1
                   : 0;
      };
      // Of two tiers of equal rank, the new tier of an asserted upgrade
      // wins, then that of an asserted establishment (as in Analyze).
      if (r > best ||
          (r == best && t != out->tier && target(t) > target(out->tier))) {
        best = r;
        out->tier = t;
        out->rank = r;
      }
    }
    if (out->tier == Tier::kNone) {
      out->rank = 0;
      out->tier_label = label_;
    }
    // The events of the whole stream, as Analyze merges them.
    out->events = events_;
    internal::FinishEvents(&out->events);
    for (TierChange& e : out->events) {
      if (e.kind == ChangeKind::kReaffirm) continue;
      const int from = RankOn(ladder_, e.from), to = RankOn(ladder_, e.to);
      if (internal::NamesDeltaEnds(e) && from >= 0 && to >= 0) {
        e.delta = to - from;
      } else {
        e.delta.reset();
      }
    }
  }

  const Classifier* classifier_;
  internal::SentenceSplitter splitter_;
  std::size_t tail_max_;
  std::string default_ladder_ = "china";

  std::string buffer_;
  std::size_t base_ = 0;  // stream offset of buffer_[0]
  std::size_t fed_ = 0;
  std::size_t checked_ = 0;   // no sentence start in (0, checked_] of buffer_
  std::size_t reported_ = 0;  // buffer_[0, reported_) is context, reported
  int sentence_base_ = 0;     // stream index of the sentence at buffer_[0]
  Analysis piece_;
  std::vector<std::string> evidence_;

  std::vector<Dyad> mention_dyads_;
  std::vector<Dyad> change_dyads_;
  std::set<Dyad> seen_dyads_;
  std::set<Dyad> seen_change_dyads_;
  std::vector<TierChange> events_;  // one per dyad, merged as reported
  std::string ladder_;
  bool ladder_set_ = false;
  bool ladder_from_mention_ = false;
  std::vector<Tier> asserted_;   // asserted tiers, first seen first
  std::string label_;            // the first asserted off-ladder relationship
  std::vector<Tier> withdrawn_;  // `from` tiers of asserted downgrades
  std::vector<Tier> raised_;     // `to` tiers of asserted upgrades
  std::vector<Tier> targets_;    // `to` tiers of asserted establishments
  std::vector<std::pair<std::string, std::array<int, kTierCount>>> observed_;
  std::optional<Ladder> builtin_;
};

StreamAnalyzer::StreamAnalyzer(const Classifier& classifier)
    : StreamAnalyzer(classifier, Lexicon::Default()) {}

StreamAnalyzer::StreamAnalyzer(const Classifier& classifier,
                               const Lexicon& lexicon)
    : state_(std::make_unique<State>(classifier, lexicon.abbreviations())) {}

StreamAnalyzer::StreamAnalyzer(StreamAnalyzer&&) noexcept = default;
StreamAnalyzer& StreamAnalyzer::operator=(StreamAnalyzer&&) noexcept = default;
StreamAnalyzer::~StreamAnalyzer() = default;

absl::Status StreamAnalyzer::Feed(std::string_view chunk, Analysis* out) {
  return state_->Feed(chunk, out);
}

absl::Status StreamAnalyzer::Finish(Analysis* out) {
  return state_->Finish(out);
}

const std::vector<std::string>& StreamAnalyzer::evidence() const {
  return state_->evidence();
}

void StreamAnalyzer::Reset() { state_->Reset(); }

std::size_t StreamAnalyzer::retained_bytes() const {
  return state_->retained();
}
std::size_t StreamAnalyzer::consumed_bytes() const {
  return state_->consumed();
}
std::size_t StreamAnalyzer::fed_bytes() const { return state_->fed(); }

}  // namespace diplotier

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The C API over the C++ one. Each entry point catches everything: no C++
// exception may cross into C (std::bad_alloc becomes RESOURCE_EXHAUSTED).
// An analysis owns its strings and the plain structs that point into them,
// built once in diplotier_analyze, so readers are allocation-free.

#include "diplotier/diplotier_c.h"

#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diplotier/analysis.h"
#include "diplotier/classifier.h"
#include "diplotier/json.h"
#include "diplotier/lexicon.h"
#include "diplotier/tier.h"
#include "text/utf8.h"
#include "util/strings.h"

#ifndef DIPLOTIER_VERSION_STRING
#error "DIPLOTIER_VERSION_STRING must be defined by the build"
#endif

struct diplotier_classifier {
  diplotier::Classifier classifier;
  std::uint32_t flags = 0;
};

struct diplotier_analysis {
  diplotier::Analysis analysis;
  std::string text;  // a copy, for the evidence in the JSON record
  // Strings the structs below point into. A deque never moves its elements.
  std::deque<std::string> strings;
  std::vector<std::vector<const char*>> qualifier_arrays;
  std::vector<diplotier_mention> mentions;
  std::vector<diplotier_change> changes;
  std::vector<const char*> dyads;
  std::string tier_name;  // TierOrLabelName of the analysis

  const char* Keep(std::string s) {
    strings.push_back(std::move(s));
    return strings.back().c_str();
  }
};

namespace {

using diplotier::internal::Cat;

// Tier names are string_views into static storage that are not promised to
// be NUL-terminated, so the C side gets its own copies.
const std::vector<std::string>& TierNames() {
  static const auto* names = [] {
    auto* v = new std::vector<std::string>;
    for (diplotier::Tier t : diplotier::AllTiers()) {
      v->emplace_back(diplotier::TierName(t));
    }
    return v;
  }();
  return *names;
}

#define DIPLOTIER_CHECK_TIER(c_name, cc_name)                                 \
  static_assert(                                                              \
      static_cast<int>(c_name) == static_cast<int>(diplotier::Tier::cc_name), \
      #c_name " differs from diplotier::Tier::" #cc_name)
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_NONE, kNone);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_PARTNERSHIP, kPartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_COOPERATIVE_PARTNERSHIP,
                     kCooperativePartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_COMPREHENSIVE_PARTNERSHIP,
                     kComprehensivePartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_COMPREHENSIVE_COOPERATIVE_PARTNERSHIP,
                     kComprehensiveCooperativePartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_STRATEGIC_PARTNERSHIP,
                     kStrategicPartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_STRATEGIC_COOPERATIVE_PARTNERSHIP,
                     kStrategicCooperativePartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
                     kComprehensiveStrategicPartnership);
DIPLOTIER_CHECK_TIER(
    DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_COOPERATIVE_PARTNERSHIP,
    kComprehensiveStrategicCooperativePartnership);
DIPLOTIER_CHECK_TIER(
    DIPLOTIER_TIER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP_OF_COORDINATION,
    kComprehensiveStrategicPartnershipOfCoordination);
DIPLOTIER_CHECK_TIER(
    DIPLOTIER_TIER_PERMANENT_COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
    kPermanentComprehensiveStrategicPartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_PARTNERSHIP,
                     kAllWeatherStrategicPartnership);
DIPLOTIER_CHECK_TIER(
    DIPLOTIER_TIER_ALL_WEATHER_STRATEGIC_COOPERATIVE_PARTNERSHIP,
    kAllWeatherStrategicCooperativePartnership);
DIPLOTIER_CHECK_TIER(
    DIPLOTIER_TIER_ALL_WEATHER_COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
    kAllWeatherComprehensiveStrategicPartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_ENHANCED_STRATEGIC_PARTNERSHIP,
                     kEnhancedStrategicPartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_GLOBAL_STRATEGIC_PARTNERSHIP,
                     kGlobalStrategicPartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_COMPREHENSIVE_GLOBAL_STRATEGIC_PARTNERSHIP,
                     kComprehensiveGlobalStrategicPartnership);
DIPLOTIER_CHECK_TIER(DIPLOTIER_TIER_SPECIAL_STRATEGIC_PARTNERSHIP,
                     kSpecialStrategicPartnership);
static_assert(DIPLOTIER_TIER_COUNT == diplotier::kTierCount,
              "DIPLOTIER_TIER_COUNT differs from diplotier::kTierCount");
#undef DIPLOTIER_CHECK_TIER

static_assert(static_cast<int>(DIPLOTIER_HYPOTHETICAL) ==
                  static_cast<int>(diplotier::Modality::kHypothetical) &&
              static_cast<int>(DIPLOTIER_NEGATED) ==
                  static_cast<int>(diplotier::Modality::kNegated));
static_assert(static_cast<int>(DIPLOTIER_UPGRADE) ==
                  static_cast<int>(diplotier::ChangeKind::kUpgrade) &&
              static_cast<int>(DIPLOTIER_DOWNGRADE) ==
                  static_cast<int>(diplotier::ChangeKind::kDowngrade) &&
              static_cast<int>(DIPLOTIER_REAFFIRM) ==
                  static_cast<int>(diplotier::ChangeKind::kReaffirm));

void SetError(diplotier_error* err, diplotier_code code,
              std::string_view message) {
  if (err == nullptr) return;
  err->code = code;
  const std::size_t n = message.size() < DIPLOTIER_ERROR_MESSAGE_SIZE - 1
                            ? message.size()
                            : DIPLOTIER_ERROR_MESSAGE_SIZE - 1;
  // Cut on a UTF-8 boundary so the message stays valid text.
  const std::size_t cut =
      n == message.size() ? n : diplotier::internal::AlignBack(message, n);
  std::memcpy(err->message, message.data(), cut);
  err->message[cut] = '\0';
}

void ClearError(diplotier_error* err) { SetError(err, DIPLOTIER_OK, ""); }

diplotier_code CodeOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kOk:
      return DIPLOTIER_OK;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kFailedPrecondition:
      return DIPLOTIER_INVALID_ARGUMENT;
    case absl::StatusCode::kResourceExhausted:
      return DIPLOTIER_RESOURCE_EXHAUSTED;
    case absl::StatusCode::kNotFound:
      return DIPLOTIER_NOT_FOUND;
    case absl::StatusCode::kOutOfRange:
      return DIPLOTIER_OUT_OF_RANGE;
    default:
      return DIPLOTIER_INTERNAL;
  }
}

void SetError(diplotier_error* err, const absl::Status& status) {
  SetError(err, CodeOf(status), std::string(status.message()));
}

// Runs `body`, turning any escaping exception into an error and `fallback`.
template <typename T, typename F>
T Guarded(diplotier_error* err, T fallback, F body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    SetError(err, DIPLOTIER_RESOURCE_EXHAUSTED, "out of memory");
  } catch (const std::exception& e) {
    SetError(err, DIPLOTIER_INTERNAL, e.what());
  } catch (...) {
    SetError(err, DIPLOTIER_INTERNAL, "unknown C++ exception");
  }
  return fallback;
}

// Reads the options the caller's struct has, by its struct_size.
bool ReadOptions(const diplotier_options* in, diplotier_options* out,
                 diplotier_error* err) {
  diplotier_options_init(out);
  if (in == nullptr) return true;
  // A size is the end of one of the fields (an older caller's struct ends
  // at its last field) or the size of the whole struct: a size ending in
  // the middle of a field would copy half of it.
  constexpr std::size_t kFieldEnds[] = {
      offsetof(diplotier_options, ladder) + sizeof(in->ladder),
      offsetof(diplotier_options, max_memory) + sizeof(in->max_memory),
      offsetof(diplotier_options, max_input_bytes) +
          sizeof(in->max_input_bytes),
      offsetof(diplotier_options, flags) + sizeof(in->flags),
      sizeof(diplotier_options),
  };
  bool known_size = false;
  for (std::size_t end : kFieldEnds) known_size |= in->struct_size == end;
  if (!known_size) {
    SetError(err, DIPLOTIER_INVALID_ARGUMENT,
             Cat("diplotier_options.struct_size is ", in->struct_size,
                 "; fill the struct with diplotier_options_init first"));
    return false;
  }
  std::memcpy(out, in, in->struct_size);
  out->struct_size = sizeof(diplotier_options);
  if (out->max_memory <= 0) {
    SetError(err, DIPLOTIER_INVALID_ARGUMENT,
             "diplotier_options.max_memory must be positive");
    return false;
  }
  if (out->flags &
      ~(DIPLOTIER_NO_DEFAULT_LEXICON | DIPLOTIER_ALLOW_INVALID_UTF8)) {
    SetError(err, DIPLOTIER_INVALID_ARGUMENT,
             Cat("unknown bits in diplotier_options.flags: ", out->flags));
    return false;
  }
  return true;
}

diplotier_classifier* Build(const diplotier::Lexicon* user_lexicon,
                            const diplotier_options& options,
                            diplotier_error* err) {
  diplotier::Lexicon lexicon;
  if (user_lexicon == nullptr) {
    lexicon = diplotier::Lexicon::Default();
  } else if (options.flags & DIPLOTIER_NO_DEFAULT_LEXICON) {
    lexicon = *user_lexicon;
  } else {
    lexicon = diplotier::Lexicon::Default();
    if (absl::Status s = lexicon.Merge(*user_lexicon); !s.ok()) {
      SetError(err, s);
      return nullptr;
    }
  }
  diplotier::ClassifierOptions cc_options;
  cc_options.ladder = options.ladder == nullptr ? "auto" : options.ladder;
  cc_options.max_memory = options.max_memory;
  cc_options.max_input_bytes = options.max_input_bytes;
  absl::StatusOr<diplotier::Classifier> classifier =
      diplotier::Classifier::Create(lexicon, cc_options);
  if (!classifier.ok()) {
    SetError(err, classifier.status());
    return nullptr;
  }
  auto* handle =
      new diplotier_classifier{*std::move(classifier), options.flags};
  ClearError(err);
  return handle;
}

void FillViews(diplotier_analysis* out) {
  const diplotier::Analysis& a = out->analysis;
  out->tier_name = diplotier::TierOrLabelName(a.tier, a.tier_label);
  const std::vector<std::string>& names = TierNames();
  auto tier_name = [&](diplotier::Tier t) {
    return names[static_cast<std::size_t>(t)].c_str();
  };
  out->qualifier_arrays.reserve(a.mentions.size());
  out->mentions.reserve(a.mentions.size());
  for (const diplotier::Mention& m : a.mentions) {
    diplotier_mention cm{};
    cm.tier = static_cast<int>(m.tier);
    cm.tier_name = m.label.empty()
                       ? tier_name(m.tier)
                       : out->Keep(diplotier::TierOrLabelName(m.tier, m.label));
    cm.rank = m.rank;
    cm.begin = m.begin;
    cm.end = m.end;
    cm.sentence = m.sentence;
    cm.status = static_cast<int>(m.modality);
    cm.status_name =
        out->Keep(std::string(diplotier::ModalityName(m.modality)));
    cm.dyad_first = out->Keep(m.dyad.first);
    cm.dyad_second = out->Keep(m.dyad.second);
    std::vector<const char*>& quals = out->qualifier_arrays.emplace_back();
    for (const std::string& q : m.qualifiers) quals.push_back(out->Keep(q));
    cm.qualifiers = quals.empty() ? nullptr : quals.data();
    cm.qualifier_count = quals.size();
    out->mentions.push_back(cm);
  }
  out->changes.reserve(a.changes.size());
  for (const diplotier::TierChange& c : a.changes) {
    diplotier_change cc{};
    cc.kind = static_cast<int>(c.kind);
    cc.kind_name = out->Keep(std::string(diplotier::ChangeKindName(c.kind)));
    cc.status = static_cast<int>(c.status);
    cc.status_name = out->Keep(std::string(diplotier::ModalityName(c.status)));
    cc.from = static_cast<int>(c.from);
    cc.to = static_cast<int>(c.to);
    cc.from_name = out->Keep(diplotier::ChangeEndName(c.from, c.from_level));
    cc.to_name = out->Keep(diplotier::ChangeEndName(c.to, c.to_level));
    cc.has_delta = c.delta.has_value() ? 1 : 0;
    cc.delta = c.delta.value_or(0);
    cc.begin = c.begin;
    cc.end = c.end;
    cc.sentence = c.sentence;
    cc.dyad_first = out->Keep(c.dyad.first);
    cc.dyad_second = out->Keep(c.dyad.second);
    out->changes.push_back(cc);
  }
  for (const diplotier::Dyad& d : a.dyads) {
    out->dyads.push_back(out->Keep(d.ToString()));
  }
}

}  // namespace

extern "C" {

const char* diplotier_code_name(int code) {
  switch (code) {
    case DIPLOTIER_OK:
      return "ok";
    case DIPLOTIER_INVALID_ARGUMENT:
      return "invalid_argument";
    case DIPLOTIER_INVALID_UTF8:
      return "invalid_utf8";
    case DIPLOTIER_RESOURCE_EXHAUSTED:
      return "resource_exhausted";
    case DIPLOTIER_NOT_FOUND:
      return "not_found";
    case DIPLOTIER_OUT_OF_RANGE:
      return "out_of_range";
    case DIPLOTIER_INTERNAL:
      return "internal";
  }
  return "unknown";
}

const char* diplotier_version(void) { return DIPLOTIER_VERSION_STRING; }

const char* diplotier_tier_name(int tier) {
  if (tier < 0 || tier >= DIPLOTIER_TIER_COUNT) return nullptr;
  return TierNames()[static_cast<std::size_t>(tier)].c_str();
}

int diplotier_tier_from_name(const char* name) {
  if (name == nullptr) return -1;
  std::optional<diplotier::Tier> t = diplotier::TierFromName(name);
  return t.has_value() ? static_cast<int>(*t) : -1;
}

int diplotier_ladder_rank(const char* ladder, int tier, diplotier_error* err) {
  return Guarded(err, -1, [&]() -> int {
    if (ladder == nullptr) {
      SetError(err, DIPLOTIER_INVALID_ARGUMENT, "ladder is NULL");
      return -1;
    }
    if (tier < 0 || tier >= DIPLOTIER_TIER_COUNT) {
      SetError(err, DIPLOTIER_INVALID_ARGUMENT,
               Cat("no tier has the value ", tier));
      return -1;
    }
    absl::StatusOr<diplotier::Ladder> l = diplotier::Ladder::Builtin(ladder);
    if (!l.ok()) {
      SetError(err, l.status());
      return -1;
    }
    ClearError(err);
    std::optional<int> rank = l->Rank(static_cast<diplotier::Tier>(tier));
    return rank.value_or(-1);
  });
}

void diplotier_options_init(diplotier_options* options) {
  if (options == nullptr) return;
  const diplotier::ClassifierOptions defaults;
  std::memset(options, 0, sizeof *options);
  options->struct_size = sizeof *options;
  options->ladder = "auto";
  options->max_memory = defaults.max_memory;
  options->max_input_bytes = defaults.max_input_bytes;
  options->flags = 0;
}

diplotier_classifier* diplotier_classifier_new(const diplotier_options* options,
                                               diplotier_error* err) {
  return Guarded(err, static_cast<diplotier_classifier*>(nullptr),
                 [&]() -> diplotier_classifier* {
                   diplotier_options o;
                   if (!ReadOptions(options, &o, err)) return nullptr;
                   if (o.flags & DIPLOTIER_NO_DEFAULT_LEXICON) {
                     SetError(err, DIPLOTIER_INVALID_ARGUMENT,
                              "DIPLOTIER_NO_DEFAULT_LEXICON needs a lexicon: "
                              "use diplotier_classifier_new_from_lexicon");
                     return nullptr;
                   }
                   return Build(nullptr, o, err);
                 });
}

diplotier_classifier* diplotier_classifier_new_from_lexicon(
    const char* lexicon, size_t length, const char* source,
    const diplotier_options* options, diplotier_error* err) {
  return Guarded(
      err, static_cast<diplotier_classifier*>(nullptr),
      [&]() -> diplotier_classifier* {
        if (lexicon == nullptr && length != 0) {
          SetError(err, DIPLOTIER_INVALID_ARGUMENT,
                   "lexicon is NULL but length is not 0");
          return nullptr;
        }
        diplotier_options o;
        if (!ReadOptions(options, &o, err)) return nullptr;
        absl::StatusOr<diplotier::Lexicon> parsed = diplotier::Lexicon::Parse(
            std::string_view(lexicon == nullptr ? "" : lexicon, length),
            source == nullptr ? "<lexicon>" : source);
        if (!parsed.ok()) {
          SetError(err, parsed.status());
          return nullptr;
        }
        return Build(&*parsed, o, err);
      });
}

diplotier_classifier* diplotier_classifier_new_from_file(
    const char* path, const diplotier_options* options, diplotier_error* err) {
  return Guarded(err, static_cast<diplotier_classifier*>(nullptr),
                 [&]() -> diplotier_classifier* {
                   if (path == nullptr) {
                     SetError(err, DIPLOTIER_INVALID_ARGUMENT, "path is NULL");
                     return nullptr;
                   }
                   diplotier_options o;
                   if (!ReadOptions(options, &o, err)) return nullptr;
                   absl::StatusOr<diplotier::Lexicon> parsed =
                       diplotier::Lexicon::Load(path);
                   if (!parsed.ok()) {
                     SetError(err, parsed.status());
                     return nullptr;
                   }
                   return Build(&*parsed, o, err);
                 });
}

void diplotier_classifier_free(diplotier_classifier* c) { delete c; }

diplotier_analysis* diplotier_analyze(const diplotier_classifier* c,
                                      const char* text, size_t length,
                                      diplotier_error* err) {
  return Guarded(
      err, static_cast<diplotier_analysis*>(nullptr),
      [&]() -> diplotier_analysis* {
        if (c == nullptr) {
          SetError(err, DIPLOTIER_INVALID_ARGUMENT, "classifier is NULL");
          return nullptr;
        }
        if (text == nullptr && length != 0) {
          SetError(err, DIPLOTIER_INVALID_ARGUMENT,
                   "text is NULL but length is not 0");
          return nullptr;
        }
        const std::string_view view(text == nullptr ? "" : text, length);
        // Size first: a huge text is refused before it is scanned or copied.
        if (view.size() > c->classifier.options().max_input_bytes) {
          SetError(err, DIPLOTIER_RESOURCE_EXHAUSTED,
                   Cat("text is ", view.size(), " bytes; max_input_bytes is ",
                       c->classifier.options().max_input_bytes));
          return nullptr;
        }
        if (!(c->flags & DIPLOTIER_ALLOW_INVALID_UTF8)) {
          const std::size_t bad = diplotier::internal::FindInvalidUtf8(view);
          if (bad != std::string_view::npos) {
            SetError(err, DIPLOTIER_INVALID_UTF8,
                     Cat("text is not valid UTF-8 at byte offset ", bad));
            return nullptr;
          }
        }
        auto out = std::make_unique<diplotier_analysis>();
        if (absl::Status s = c->classifier.Analyze(view, &out->analysis);
            !s.ok()) {
          SetError(err, s);
          return nullptr;
        }
        out->text.assign(view.data(), view.size());
        FillViews(out.get());
        ClearError(err);
        return out.release();
      });
}

void diplotier_analysis_free(diplotier_analysis* a) { delete a; }

int diplotier_analysis_tier(const diplotier_analysis* a) {
  return a == nullptr ? DIPLOTIER_TIER_NONE
                      : static_cast<int>(a->analysis.tier);
}

int diplotier_analysis_rank(const diplotier_analysis* a) {
  return a == nullptr ? 0 : a->analysis.rank;
}

const char* diplotier_analysis_ladder(const diplotier_analysis* a) {
  return a == nullptr ? "" : a->analysis.ladder.c_str();
}

const char* diplotier_analysis_tier_name(const diplotier_analysis* a) {
  return a == nullptr ? "none" : a->tier_name.c_str();
}

const diplotier_mention* diplotier_analysis_mentions(
    const diplotier_analysis* a, size_t* count) {
  if (count == nullptr) return nullptr;
  *count = a == nullptr ? 0 : a->mentions.size();
  return *count == 0 ? nullptr : a->mentions.data();
}

const diplotier_change* diplotier_analysis_changes(const diplotier_analysis* a,
                                                   size_t* count) {
  if (count == nullptr) return nullptr;
  *count = a == nullptr ? 0 : a->changes.size();
  return *count == 0 ? nullptr : a->changes.data();
}

size_t diplotier_analysis_dyad_count(const diplotier_analysis* a) {
  return a == nullptr ? 0 : a->dyads.size();
}

const char* diplotier_analysis_dyad(const diplotier_analysis* a, size_t index) {
  if (a == nullptr || index >= a->dyads.size()) return nullptr;
  return a->dyads[index];
}

char* diplotier_analysis_json(const diplotier_analysis* a, const char* doc_id,
                              const char* date, size_t* length,
                              diplotier_error* err) {
  return Guarded(err, static_cast<char*>(nullptr), [&]() -> char* {
    if (a == nullptr) {
      SetError(err, DIPLOTIER_INVALID_ARGUMENT, "analysis is NULL");
      return nullptr;
    }
    const std::string json =
        diplotier::ToJson(a->analysis, doc_id == nullptr ? "" : doc_id,
                          date == nullptr ? "" : date, a->text);
    char* out = static_cast<char*>(std::malloc(json.size() + 1));
    if (out == nullptr) {
      SetError(err, DIPLOTIER_RESOURCE_EXHAUSTED, "out of memory");
      return nullptr;
    }
    std::memcpy(out, json.data(), json.size());
    out[json.size()] = '\0';
    if (length != nullptr) *length = json.size();
    ClearError(err);
    return out;
  });
}

void diplotier_string_free(char* s) { std::free(s); }

}  // extern "C"

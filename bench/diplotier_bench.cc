// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// diplotier_bench: diplotier and its peers on the same corpora, in one binary.
//
//   diplotier_bench [--corpus_dir=DIR | --size_mb=50] [--summary]
//                   [--log=FILE] [--smoke] [--check_only] [--slice_kb=256]
//                   [--memory_classifiers=16] [--diplotier_only]
//                   [--max_memory_mb=256]
//                   [--benchmark_...]
//
// Inputs: DIR/{sparse,dense,article,article_nohit}.txt as written by
// diplotier_corpus, or the same generated in memory (--size_mb, --seed,
// --prose_dir). Before any timing, every engine's mentions are checked equal
// to diplotier's on the corpora and the articles; a difference prints the
// first differing match and exits with status 1.
//
// --summary prints one table of medians (over --benchmark_repetitions) at
// the end; --log sends Google Benchmark's own output to a file. --smoke is
// the CI smoke test: a 1 MB corpus (unless --corpus_dir), every benchmark
// run for exactly one iteration. --diplotier_only builds no peer and checks
// nothing: for profiling diplotier alone (valgrind --tool=callgrind).
// --max_memory_mb sets ClassifierOptions::max_memory of the classifiers.

#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "benchmark/benchmark.h"
#include "corpus.h"
#include "diplotier/diplotier.h"
#include "engine/prefilter.h"
#include "peers.h"
#include "summary.h"
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
#include "hyperscan_peers.h"
#endif

namespace diplotier {
namespace bench {
namespace {

// ---------------------------------------------------------------------------
// Flags (the benchmark's own; --benchmark_* go to Google Benchmark).
// ---------------------------------------------------------------------------

struct Flags {
  std::string corpus_dir;
  double size_mb = 50;
  bool size_given = false;
  std::uint64_t seed = 1;
  std::string prose_dir = "/usr/share/common-licenses";
  std::size_t slice_kb = 256;
  bool slice_given = false;
  int memory_classifiers = 16;
  bool summary = false;
  std::string log;
  bool smoke = false;
  bool check_only = false;
  bool diplotier_only = false;
  std::int64_t max_memory = ClassifierOptions().max_memory;
};

// Removes the flags it knows from argv. False on a malformed value.
bool ParseFlags(int* argc, char** argv, Flags* f) {
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    std::string_view arg(argv[i]);
    auto value = [&](std::string_view name, std::string* out) {
      if (arg.size() > name.size() && arg.substr(0, name.size()) == name &&
          arg[name.size()] == '=') {
        *out = std::string(arg.substr(name.size() + 1));
        return true;
      }
      return false;
    };
    std::string v;
    if (value("--corpus_dir", &v)) {
      f->corpus_dir = v;
    } else if (value("--size_mb", &v)) {
      f->size_mb = std::atof(v.c_str());
      f->size_given = true;
      if (f->size_mb <= 0) return false;
    } else if (value("--seed", &v)) {
      f->seed = std::strtoull(v.c_str(), nullptr, 10);
    } else if (value("--prose_dir", &v)) {
      f->prose_dir = v;
    } else if (value("--slice_kb", &v)) {
      f->slice_kb = std::strtoul(v.c_str(), nullptr, 10);
      f->slice_given = true;
    } else if (value("--memory_classifiers", &v)) {
      f->memory_classifiers = std::max(1, std::atoi(v.c_str()));
    } else if (value("--max_memory_mb", &v)) {
      f->max_memory =
          static_cast<std::int64_t>(std::atof(v.c_str()) * (1 << 20));
    } else if (value("--log", &v)) {
      f->log = v;
    } else if (arg == "--summary") {
      f->summary = true;
    } else if (arg == "--smoke") {
      f->smoke = true;
    } else if (arg == "--check_only") {
      f->check_only = true;
    } else if (arg == "--diplotier_only") {
      f->diplotier_only = true;
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  if (f->smoke) {
    if (!f->size_given) f->size_mb = 1;
    if (!f->slice_given) f->slice_kb = 16;
    f->memory_classifiers = std::min(f->memory_classifiers, 2);
  }
  return true;
}

// ---------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------

struct Corpus {
  std::string name;  // "sparse", "dense"
  std::string text;
  std::vector<std::string_view> docs;  // ~4 KB, cut after a blank line
  std::string_view slice;              // the std::regex slice
  std::size_t mentions = 0;            // diplotier's, whole buffer
};

std::vector<std::string_view> SplitDocuments(std::string_view text,
                                             std::size_t target) {
  std::vector<std::string_view> docs;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t cut = text.find("\n\n", std::min(text.size(), start + target));
    cut = cut == std::string_view::npos ? text.size() : cut + 2;
    docs.push_back(text.substr(start, cut - start));
    start = cut;
  }
  return docs;
}

// A prefix of about `bytes`, ending after a blank line.
std::string_view Slice(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  std::size_t cut = text.rfind("\n\n", bytes);
  if (cut == std::string_view::npos || cut == 0) return text.substr(0, bytes);
  return text.substr(0, cut + 2);
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in),
              std::istreambuf_iterator<char>());
  return true;
}

struct World {
  Flags flags;
  Corpus sparse, dense;
  std::string article, article_nohit;
  std::unique_ptr<Classifier> classifier;
  std::unique_ptr<LexiconPatterns> patterns;
  std::unique_ptr<Re2PerPattern> re2_each;
  std::unique_ptr<Re2SetThenPatterns> re2_set;
  std::unique_ptr<StdRegexPerPattern> std_regex;
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
  std::unique_ptr<HyperscanPeer> hs_som,
      hs_ends;  // hs_ends: both ends variants
#endif
  unsigned char absent_byte = 0;
  std::size_t article_mentions = 0;
  double memory_after_create = 0;  // bytes per classifier
  double memory_after_warmup = 0;
  std::vector<std::string> notes;  // printed under the table
};

World* g_world = nullptr;

ClassifierOptions Options() {
  ClassifierOptions options;
  options.max_memory = g_world->flags.max_memory;
  return options;
}

// ---------------------------------------------------------------------------
// Resident memory of one classifier.
// ---------------------------------------------------------------------------

double ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return static_cast<double>(resident) *
         static_cast<double>(sysconf(_SC_PAGESIZE));
}

// RSS growth per classifier: after one classifier has been created and used
// (so that the default lexicon, thread-local scratch and shared tables are
// already resident), N more are created (after_create) and each analyses the
// two articles (after_warmup: RE2 builds its DFA states lazily).
absl::Status MeasureMemory(World* w) {
  absl::StatusOr<Classifier> first =
      Classifier::Create(Lexicon::Default(), Options());
  if (!first.ok()) return first.status();
  Analysis out;
  (void)first->Analyze(w->article, &out);
  (void)first->Analyze(w->article_nohit, &out);
  const double base = ResidentBytes();
  std::vector<Classifier> many;
  many.reserve(static_cast<std::size_t>(w->flags.memory_classifiers));
  for (int i = 0; i < w->flags.memory_classifiers; ++i) {
    absl::StatusOr<Classifier> c =
        Classifier::Create(Lexicon::Default(), Options());
    if (!c.ok()) return c.status();
    many.push_back(*std::move(c));
  }
  const double created = ResidentBytes();
  for (const Classifier& c : many) {
    (void)c.Analyze(w->article, &out);
    (void)c.Analyze(w->article_nohit, &out);
  }
  const double warmed = ResidentBytes();
  w->memory_after_create = (created - base) / many.size();
  w->memory_after_warmup = (warmed - base) / many.size();
  return absl::OkStatus();
}

// ---------------------------------------------------------------------------
// Equality checks, before any timing.
// ---------------------------------------------------------------------------

std::vector<Found> DiplotierMentions(const Classifier& c,
                                     std::string_view text) {
  std::vector<Found> out;
  absl::StatusOr<std::vector<Mention>> m = c.FindMentions(text);
  if (m.ok()) AppendFound(*m, 0, &out);
  return out;
}

// Runs `find` on each document and shifts the results to corpus offsets.
template <typename FindFn>
std::vector<Found> PerDocument(std::string_view text,
                               const std::vector<std::string_view>& docs,
                               FindFn find) {
  std::vector<Found> all, one;
  for (std::string_view d : docs) {
    one.clear();
    find(d, &one);
    const std::size_t offset = static_cast<std::size_t>(d.data() - text.data());
    for (Found f : one) {
      f.begin += offset;
      f.end += offset;
      all.push_back(f);
    }
  }
  return all;
}

bool Report(const std::string& diff) {
  if (diff.empty()) return true;
  std::cerr << "MISMATCH " << diff;
  return false;
}

bool CheckText(World& w, std::string_view label, std::string_view text,
               const std::vector<std::string_view>* docs,
               const std::vector<Found>& want) {
  const std::string tag = std::string(label);
  bool ok = true;
  std::vector<Found> got;
  w.re2_each->Find(text, &got);
  ok &= Report(Compare(text, want, got, "RE2 one per pattern (" + tag + ")"));
  std::vector<Found> set_got;
  if (docs != nullptr) {
    set_got = PerDocument(text, *docs,
                          [&](std::string_view d, std::vector<Found>* o) {
                            w.re2_set->Find(d, o);
                          });
  } else {
    w.re2_set->Find(text, &set_got);
  }
  ok &= Report(Compare(text, want, set_got, "RE2::Set then RE2 (" + tag + ")"));
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
  if (w.hs_som == nullptr) return ok;
  std::vector<Found> som;
  if (docs != nullptr) {
    som = PerDocument(text, *docs,
                      [&](std::string_view d, std::vector<Found>* o) {
                        w.hs_som->Find(d, o);
                      });
  } else {
    w.hs_som->Find(text, &som);
  }
  ok &=
      Report(Compare(text, want, som, "Hyperscan start offsets (" + tag + ")"));
  got.clear();
  w.hs_ends->Find(text, &got);
  ok &=
      Report(Compare(text, want, got, "Hyperscan ends then RE2 (" + tag + ")"));
  // Ends only: no positions to compare, but every mention's end must be
  // reported by a pattern of its tier.
  std::vector<std::pair<int, std::size_t>> ends;
  w.hs_ends->FindEnds(text, &ends);
  std::sort(ends.begin(), ends.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  for (const Found& f : want) {
    auto it = std::lower_bound(ends.begin(), ends.end(), f.end,
                               [](const std::pair<int, std::size_t>& e,
                                  std::size_t v) { return e.second < v; });
    bool covered = false;
    for (; it != ends.end() && it->second == f.end && !covered; ++it) {
      const auto& p = w.patterns->all()[it->first];
      covered = !p.guard && p.tier == f.tier;
    }
    if (!covered) {
      std::cerr << "MISMATCH Hyperscan ends only (" << tag
                << "): no end reported for mention [" << f.begin << ", "
                << f.end << ") " << TierName(f.tier) << "\n";
      ok = false;
      break;
    }
  }
#endif
  return ok;
}

bool RunChecks(World& w) {
  const Classifier& c = *w.classifier;
  bool ok = true;
  for (Corpus* corpus : {&w.sparse, &w.dense}) {
    const std::vector<Found> want = DiplotierMentions(c, corpus->text);
    corpus->mentions = want.size();
    // diplotier itself: per document (FindMentions and Analyze) = whole.
    std::vector<Found> docs = PerDocument(
        corpus->text, corpus->docs,
        [&](std::string_view d, std::vector<Found>* o) {
          absl::StatusOr<std::vector<Mention>> m = c.FindMentions(d);
          if (m.ok()) AppendFound(*m, 0, o);
        });
    ok &= Report(
        Compare(corpus->text, want, docs,
                "diplotier FindMentions per document (" + corpus->name + ")"));
    Analysis a;
    docs = PerDocument(corpus->text, corpus->docs,
                       [&](std::string_view d, std::vector<Found>* o) {
                         if (c.Analyze(d, &a).ok())
                           AppendFound(a.mentions, 0, o);
                       });
    ok &= Report(
        Compare(corpus->text, want, docs,
                "diplotier Analyze per document (" + corpus->name + ")"));
    ok &= CheckText(w, corpus->name, corpus->text, &corpus->docs, want);
    // std::regex on the slice only (it is slow).
    const std::vector<Found> want_slice = DiplotierMentions(c, corpus->slice);
    if (w.std_regex != nullptr) {
      std::vector<Found> got;
      w.std_regex->Find(corpus->slice, &got);
      ok &= Report(Compare(corpus->slice, want_slice, got,
                           "std::regex (" + corpus->name + " slice)"));
    }
    std::cerr << "checked " << corpus->name << ": " << want.size()
              << " mentions in " << corpus->text.size() << " bytes ("
              << want_slice.size() << " in the " << corpus->slice.size()
              << "-byte std::regex slice)\n";
  }
  for (const std::string* text : {&w.article, &w.article_nohit}) {
    const std::string label = text == &w.article ? "article" : "no-hit article";
    const std::vector<Found> want = DiplotierMentions(c, *text);
    ok &= CheckText(w, label, *text, nullptr, want);
    if (w.std_regex != nullptr) {
      std::vector<Found> got;
      w.std_regex->Find(*text, &got);
      ok &= Report(Compare(*text, want, got, "std::regex (" + label + ")"));
    }
    if (text == &w.article) w.article_mentions = want.size();
  }
  // The no-hit article must not even contain an anchor: it measures the
  // prefilter-only path.
  internal::Prefilter prefilter(Lexicon::Default().anchors());
  const std::size_t anchor = prefilter.Find(w.article_nohit, 0);
  if (anchor != std::string_view::npos) {
    const std::string note =
        "WARNING: the no-hit article contains a lexicon anchor at byte " +
        std::to_string(anchor) +
        " (the lexicon gained an anchor; change ArticleWithoutHits() in "
        "bench/corpus.cc): its timing is not the prefilter-only path.";
    std::cerr << note << "\n";
    w.notes.push_back(note);
  }
  std::cerr << "checked articles: " << w.article_mentions << " mentions in the "
            << w.article.size() << "-byte article, "
            << "none in the " << w.article_nohit.size() << "-byte one\n";
  return ok;
}

// ---------------------------------------------------------------------------
// Benchmarks.
// ---------------------------------------------------------------------------

void BM_ReadEveryByte(benchmark::State& state, std::string_view text) {
  for (auto _ : state) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    std::uint64_t sum = 0;
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    __m128i a0 = zero, a1 = zero, a2 = zero, a3 = zero;
    for (; i + 64 <= n; i += 64) {
      const auto* v = reinterpret_cast<const __m128i*>(p + i);
      a0 = _mm_add_epi64(a0, _mm_sad_epu8(_mm_loadu_si128(v), zero));
      a1 = _mm_add_epi64(a1, _mm_sad_epu8(_mm_loadu_si128(v + 1), zero));
      a2 = _mm_add_epi64(a2, _mm_sad_epu8(_mm_loadu_si128(v + 2), zero));
      a3 = _mm_add_epi64(a3, _mm_sad_epu8(_mm_loadu_si128(v + 3), zero));
    }
    const __m128i s =
        _mm_add_epi64(_mm_add_epi64(a0, a1), _mm_add_epi64(a2, a3));
    std::uint64_t lanes[2];
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lanes), s);
    sum = lanes[0] + lanes[1];
#endif
    for (; i < n; ++i) sum += p[i];
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_Memchr(benchmark::State& state, std::string_view text,
               unsigned char absent) {
  for (auto _ : state) {
    const void* p = std::memchr(text.data(), absent, text.size());
    benchmark::DoNotOptimize(p);
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * text.size()));
}

std::size_t TotalBytes(const std::vector<std::string_view>& docs) {
  std::size_t n = 0;
  for (std::string_view d : docs) n += d.size();
  return n;
}

// Full analysis (mentions, changes, parties), reusing one Analysis. With
// more than one thread every thread analyses all documents, starting at a
// different one, with the one shared classifier.
void BM_Analyze(benchmark::State& state,
                const std::vector<std::string_view>* docs) {
  const Classifier& c = *g_world->classifier;
  Analysis out;
  const std::size_t n = docs->size();
  const std::size_t first = n * static_cast<std::size_t>(state.thread_index()) /
                            static_cast<std::size_t>(state.threads());
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::size_t k = 0; k < n; ++k) {
      if (!c.Analyze((*docs)[(first + k) % n], &out).ok()) {
        state.SkipWithError("Analyze failed");
        break;
      }
      found += out.mentions.size();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * TotalBytes(*docs)));
}

// diplotier's literal prefilter alone (lib/engine/prefilter.h): every anchor
// occurrence of the text, as Pipeline::Run would ask for them if no window
// were matched. A component measure, for engine work on the prefilter.
void BM_Prefilter(benchmark::State& state, std::string_view text) {
  const internal::Prefilter prefilter(Lexicon::Default().anchors());
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::size_t pos = 0;
         (pos = prefilter.Find(text, pos)) != std::string_view::npos; ++pos) {
      ++found;
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_FindMentions(benchmark::State& state,
                     const std::vector<std::string_view>* docs) {
  const Classifier& c = *g_world->classifier;
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::string_view d : *docs) {
      absl::StatusOr<std::vector<Mention>> m = c.FindMentions(d);
      if (!m.ok()) {
        state.SkipWithError("FindMentions failed");
        break;
      }
      found += m->size();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * TotalBytes(*docs)));
}

// A peer's Find over each document of `docs`.
template <typename Engine>
void BM_Peer(benchmark::State& state, Engine* engine,
             const std::vector<std::string_view>* docs) {
  std::vector<Found> out;
  for (auto _ : state) {
    for (std::string_view d : *docs) {
      out.clear();
      engine->Find(d, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * TotalBytes(*docs)));
}

#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
void BM_HyperscanEndsOnly(benchmark::State& state, HyperscanPeer* hs,
                          const std::vector<std::string_view>* docs) {
  std::vector<std::pair<int, std::size_t>> ends;
  for (auto _ : state) {
    for (std::string_view d : *docs) {
      hs->FindEnds(d, &ends);
      benchmark::DoNotOptimize(ends.data());
    }
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * TotalBytes(*docs)));
}
#endif

void BM_CreateClassifier(benchmark::State& state) {
  const Lexicon& lexicon = Lexicon::Default();
  for (auto _ : state) {
    absl::StatusOr<Classifier> c = Classifier::Create(lexicon, Options());
    if (!c.ok()) {
      state.SkipWithError("Create failed");
      break;
    }
    benchmark::DoNotOptimize(c->pattern_count());
  }
  state.counters["patterns"] = g_world->classifier->pattern_count();
}

void BM_ParseDefaultLexicon(benchmark::State& state) {
  const std::string_view text = Lexicon::DefaultText();
  for (auto _ : state) {
    absl::StatusOr<Lexicon> l = Lexicon::Parse(text, "default.lexicon");
    if (!l.ok()) {
      state.SkipWithError("Parse failed");
      break;
    }
    benchmark::DoNotOptimize(l->entries().size());
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * text.size()));
}

// ---------------------------------------------------------------------------
// Registration.
// ---------------------------------------------------------------------------

// Storage for one-element document lists (whole buffers, articles).
std::vector<std::unique_ptr<std::vector<std::string_view>>> g_lists;

const std::vector<std::string_view>* One(std::string_view text) {
  g_lists.push_back(std::make_unique<std::vector<std::string_view>>(1, text));
  return g_lists.back().get();
}

template <typename Fn, typename... Args>
benchmark::internal::Benchmark* Register(const std::string& name, Fn fn,
                                         Args... args) {
  benchmark::internal::Benchmark* b =
      benchmark::RegisterBenchmark(name.c_str(), fn, args...);
  if (g_world->flags.smoke) b->Iterations(1)->Repetitions(1);
  return b;
}

// Names: BM_<what>/<input>/<how>/<bytes>; the summary looks them up.
std::string Name(std::string_view what, std::string_view input,
                 std::string_view how, std::size_t bytes) {
  std::ostringstream s;
  s << "BM_" << what << "/" << input << "/" << how << "/" << bytes;
  return s.str();
}

struct Names {
  // Per corpus (index 0 sparse, 1 dense).
  std::array<std::string, 2> read, memchr_, analyze_docs, analyze_whole,
      mentions_docs, prefilter, std_regex, re2_each, re2_set, hs_som, hs_ends,
      hs_ends_re2, threads;
  // Per article (0 hit, 1 no hit).
  std::array<std::string, 2> a_analyze, a_analyze_new, a_re2_each, a_re2_set,
      a_std_regex, a_hs_som, a_hs_ends, a_hs_ends_re2;
  std::string create, parse;
};

void RegisterAll(World& w, Names* n) {
  for (int i = 0; i < 2; ++i) {
    Corpus& c = i == 0 ? w.sparse : w.dense;
    const std::size_t bytes = c.text.size();
    const auto* whole = One(c.text);
    const auto* docs = &c.docs;
    n->read[i] = Name("ReadEveryByte", c.name, "whole", bytes);
    Register(n->read[i], BM_ReadEveryByte, std::string_view(c.text));
    n->memchr_[i] = Name("Memchr", c.name, "whole", bytes);
    Register(n->memchr_[i], BM_Memchr, std::string_view(c.text), w.absent_byte);
    n->analyze_docs[i] = Name("Analyze", c.name, "docs", bytes);
    Register(n->analyze_docs[i], BM_Analyze, docs);
    n->analyze_whole[i] = Name("Analyze", c.name, "whole", bytes);
    Register(n->analyze_whole[i], BM_Analyze, whole);
    n->prefilter[i] = Name("PrefilterOnly", c.name, "whole", bytes);
    Register(n->prefilter[i], BM_Prefilter, std::string_view(c.text));
    n->mentions_docs[i] = Name("FindMentions", c.name, "docs", bytes);
    Register(n->mentions_docs[i], BM_FindMentions, docs);
    n->threads[i] = Name("AnalyzeSharedClassifier", c.name, "docs", bytes);
    Register(n->threads[i], BM_Analyze, docs)
        ->Threads(1)
        ->Threads(2)
        ->UseRealTime()
        ->Unit(benchmark::kMillisecond);
    if (w.flags.diplotier_only) continue;
    if (w.std_regex != nullptr) {
      n->std_regex[i] =
          Name("StdRegexEachPattern", c.name, "slice", c.slice.size());
      Register(n->std_regex[i], BM_Peer<StdRegexPerPattern>, w.std_regex.get(),
               One(c.slice))
          ->Unit(benchmark::kMillisecond);
    }
    n->re2_each[i] = Name("Re2EachPattern", c.name, "whole", bytes);
    Register(n->re2_each[i], BM_Peer<Re2PerPattern>, w.re2_each.get(), whole)
        ->Unit(benchmark::kMillisecond);
    n->re2_set[i] = Name("Re2SetThenRe2", c.name, "docs", bytes);
    Register(n->re2_set[i], BM_Peer<Re2SetThenPatterns>, w.re2_set.get(), docs)
        ->Unit(benchmark::kMillisecond);
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
    if (w.hs_som == nullptr) continue;
    n->hs_som[i] = Name("HyperscanStartOffsets", c.name, "docs", bytes);
    Register(n->hs_som[i], BM_Peer<HyperscanPeer>, w.hs_som.get(), docs)
        ->Unit(benchmark::kMillisecond);
    n->hs_ends[i] = Name("HyperscanEndsOnly", c.name, "whole", bytes);
    Register(n->hs_ends[i], BM_HyperscanEndsOnly, w.hs_ends.get(), whole)
        ->Unit(benchmark::kMillisecond);
    n->hs_ends_re2[i] = Name("HyperscanEndsThenRe2", c.name, "whole", bytes);
    Register(n->hs_ends_re2[i], BM_Peer<HyperscanPeer>, w.hs_ends.get(), whole)
        ->Unit(benchmark::kMillisecond);
#endif
  }
  for (int i = 0; i < 2; ++i) {
    const std::string& text = i == 0 ? w.article : w.article_nohit;
    const std::string input = i == 0 ? "article" : "article_nohit";
    const auto* one = One(text);
    n->a_analyze[i] = Name("Analyze", input, "reused_result", text.size());
    Register(n->a_analyze[i], BM_Analyze, one);
    n->a_analyze_new[i] = Name("AnalyzeNewResult", input, "call", text.size());
    Register(
        n->a_analyze_new[i],
        [](benchmark::State& state, std::string_view t) {
          const Classifier& c = *g_world->classifier;
          for (auto _ : state) {
            absl::StatusOr<Analysis> a = c.Analyze(t);
            benchmark::DoNotOptimize(a->mentions.data());
          }
          state.SetBytesProcessed(
              static_cast<std::int64_t>(state.iterations() * t.size()));
        },
        std::string_view(text));
    if (w.flags.diplotier_only) continue;
    n->a_re2_each[i] = Name("Re2EachPattern", input, "call", text.size());
    Register(n->a_re2_each[i], BM_Peer<Re2PerPattern>, w.re2_each.get(), one);
    n->a_re2_set[i] = Name("Re2SetThenRe2", input, "call", text.size());
    Register(n->a_re2_set[i], BM_Peer<Re2SetThenPatterns>, w.re2_set.get(),
             one);
    if (w.std_regex != nullptr) {
      n->a_std_regex[i] =
          Name("StdRegexEachPattern", input, "call", text.size());
      Register(n->a_std_regex[i], BM_Peer<StdRegexPerPattern>,
               w.std_regex.get(), one)
          ->Unit(benchmark::kMillisecond);
    }
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
    if (w.hs_som == nullptr) continue;
    n->a_hs_som[i] = Name("HyperscanStartOffsets", input, "call", text.size());
    Register(n->a_hs_som[i], BM_Peer<HyperscanPeer>, w.hs_som.get(), one);
    n->a_hs_ends[i] = Name("HyperscanEndsOnly", input, "call", text.size());
    Register(n->a_hs_ends[i], BM_HyperscanEndsOnly, w.hs_ends.get(), one);
    n->a_hs_ends_re2[i] =
        Name("HyperscanEndsThenRe2", input, "call", text.size());
    Register(n->a_hs_ends_re2[i], BM_Peer<HyperscanPeer>, w.hs_ends.get(), one);
#endif
  }
  n->create = "BM_CreateClassifier/default_lexicon";
  Register(n->create, BM_CreateClassifier)->Unit(benchmark::kMillisecond);
  n->parse = Name("ParseDefaultLexicon", "default_lexicon", "parse",
                  Lexicon::DefaultText().size());
  Register(n->parse, BM_ParseDefaultLexicon)->Unit(benchmark::kMillisecond);
}

// ---------------------------------------------------------------------------
// The summary table.
// ---------------------------------------------------------------------------

std::string Ratio(double a, double b) {
  if (std::isnan(a) || std::isnan(b) || b == 0) return "–";
  char buf[32];
  const double r = a / b;
  if (r >= 100) {
    std::snprintf(buf, sizeof buf, "%.0f×", r);
  } else if (r >= 10) {
    std::snprintf(buf, sizeof buf, "%.1f×", r);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f×", r);
  }
  return buf;
}

const char* Verdict(bool met) { return met ? "met" : "**MISSED**"; }

void PrintSummary(const World& w, const Names& n, const SummaryReporter& r,
                  std::ostream& out) {
  auto mbs = [&](const std::string& name, int threads = 1) {
    return name.empty() ? std::nan("")
                        : r.MedianBytesPerSecond(name, threads) / 1e6;
  };
  auto ns = [&](const std::string& name) {
    return name.empty() ? std::nan("")
                        : r.MedianSecondsPerIteration(name) * 1e9;
  };
  const double d_sparse = mbs(n.analyze_docs[0]);
  const double d_dense = mbs(n.analyze_docs[1]);

  auto throughput_row = [&](const std::string& label,
                            const std::array<std::string, 2>& names,
                            const std::string& target) {
    const double s = mbs(names[0]), d = mbs(names[1]);
    out << "| " << label << " | " << FormatNumber(s) << " | " << FormatNumber(d)
        << " | " << Ratio(d_sparse, s) << " / " << Ratio(d_dense, d) << " | "
        << target << " |\n";
  };

  out << "| measurement | sparse | dense | diplotier Analyze ÷ this (sparse / "
         "dense) | target |\n";
  out << "|---|---:|---:|---:|---|\n";
  out << "| **throughput, MB/s** (MB = 10⁶ bytes) | | | | |\n";
  throughput_row("read every byte (memory floor)", n.read, "");
  const double memchr_sparse = mbs(n.memchr_[0]);
  throughput_row("memchr for an absent byte (floor)", n.memchr_,
                 std::string("sparse ≥ 0.45× floor: ") +
                     Verdict(d_sparse >= 0.45 * memchr_sparse));
  throughput_row("**diplotier Analyze (full), ~4 KB docs**", n.analyze_docs,
                 std::string("sparse ≥ 8,000: ") + Verdict(d_sparse >= 8000) +
                     "; dense ≥ 500: " + Verdict(d_dense >= 500));
  throughput_row("diplotier Analyze (full), whole buffer", n.analyze_whole, "");
  throughput_row("diplotier FindMentions, ~4 KB docs", n.mentions_docs, "");
  throughput_row("diplotier's prefilter alone (every anchor, no matching)",
                 n.prefilter, "");
  throughput_row("std::regex, each pattern (" +
                     FormatNumber(w.sparse.slice.size() / 1024.0) +
                     " KB slice)",
                 n.std_regex, "");
  throughput_row("RE2, one per pattern, whole text", n.re2_each, "");
  throughput_row("RE2::Set then per-pattern RE2, ~4 KB docs", n.re2_set, "");
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
  throughput_row("Hyperscan with start offsets, ~4 KB docs", n.hs_som, "");
  const double hs_ends_sparse = mbs(n.hs_ends[0]);
  throughput_row(
      "Hyperscan without start offsets (ends only), whole text", n.hs_ends,
      std::string("sparse ≥ 3×: ") + Verdict(d_sparse >= 3 * hs_ends_sparse));
  const double hs_re2_dense = mbs(n.hs_ends_re2[1]);
  throughput_row(
      "Hyperscan ends, then RE2 on the sentence, whole text", n.hs_ends_re2,
      std::string("dense ≥ 1.5×: ") + Verdict(d_dense >= 1.5 * hs_re2_dense));
#else
  out << "| Hyperscan | not built (libhyperscan-dev not found) | | | |\n";
#endif

  auto latency_row = [&](const std::string& label,
                         const std::array<std::string, 2>& names,
                         const std::string& target) {
    out << "| " << label << " | " << FormatNumber(ns(names[0])) << " | "
        << FormatNumber(ns(names[1])) << " | "
        << Ratio(ns(names[0]), ns(n.a_analyze[0])) << " / "
        << Ratio(ns(names[1]), ns(n.a_analyze[1])) << " | " << target << " |\n";
  };
  out << "| **per call, ns** | **" << w.article.size() << "-byte article, "
      << w.article_mentions << " mentions** | **" << w.article_nohit.size()
      << "-byte article, no anchor** | this ÷ diplotier (hit / no hit) | |\n";
  const double article_ns = ns(n.a_analyze[0]);
  latency_row("**diplotier Analyze (reused Analysis)**", n.a_analyze,
              std::string("hit ≤ 10,000 ns: ") + Verdict(article_ns <= 10000));
  latency_row("diplotier Analyze (returns a new Analysis)", n.a_analyze_new,
              "");
  latency_row("std::regex, each pattern", n.a_std_regex, "");
  latency_row("RE2, one per pattern", n.a_re2_each, "");
  latency_row("RE2::Set then per-pattern RE2", n.a_re2_set, "");
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
  latency_row("Hyperscan with start offsets", n.a_hs_som, "");
  latency_row("Hyperscan ends only", n.a_hs_ends, "");
  latency_row("Hyperscan ends, then RE2 on the sentence", n.a_hs_ends_re2, "");
#endif

  out << "| **other** | | | | |\n";
  const double create_ms = r.MedianSecondsPerIteration(n.create) * 1e3;
  out << "| Classifier::Create from the default lexicon ("
      << w.classifier->pattern_count() << " patterns), ms | "
      << FormatNumber(create_ms) << " | | | ≤ 5 ms: " << Verdict(create_ms <= 5)
      << " |\n";
  out << "| Lexicon::Parse of the default lexicon, ms | "
      << FormatNumber(r.MedianSecondsPerIteration(n.parse) * 1e3)
      << " | | | |\n";
  const double mem_mb = w.memory_after_warmup / 1e6;
  out << "| resident memory per classifier, MB (created / after analysing the "
         "articles; "
      << w.flags.memory_classifiers << " classifiers) | "
      << FormatNumber(w.memory_after_create / 1e6) << " | "
      << FormatNumber(mem_mb) << " | | ≤ 8 MB: "
      << Verdict(std::max(w.memory_after_create, w.memory_after_warmup) / 1e6 <=
                 8)
      << " |\n";
  auto cpu_scaling = [&](const std::string& name) {
    return 2 * r.MedianBytesPerCpuSecond(name, 2) /
           r.MedianBytesPerCpuSecond(name, 1);
  };
  const double c_sparse = cpu_scaling(n.threads[0]);
  const double c_dense = cpu_scaling(n.threads[1]);
  out << "| 2 threads ÷ 1 thread, one shared classifier, Analyze ~4 KB docs: "
         "from CPU time (2 × bytes per CPU-second with 2 threads ÷ with 1; "
         "what two idle cores give) | "
      << Ratio(c_sparse, 1) << " | " << Ratio(c_dense, 1)
      << " | | ≥ 1.8×: " << Verdict(c_sparse >= 1.8 && c_dense >= 1.8)
      << " by this estimate (blocking on locks does not show in CPU time) |\n";
  out << "| the same from wall-clock time (MB/s with 1 → 2 threads; needs "
         "an idle machine) | "
      << Ratio(mbs(n.threads[0], 2), mbs(n.threads[0], 1)) << " ("
      << FormatNumber(mbs(n.threads[0], 1)) << " → "
      << FormatNumber(mbs(n.threads[0], 2)) << ") | "
      << Ratio(mbs(n.threads[1], 2), mbs(n.threads[1], 1)) << " ("
      << FormatNumber(mbs(n.threads[1], 1)) << " → "
      << FormatNumber(mbs(n.threads[1], 2)) << ") | | |\n";
  out << "\n";
  for (const std::string& note : w.notes) out << note << "\n";
  for (const std::string& e : r.errors()) out << "ERROR " << e << "\n";
}

// ---------------------------------------------------------------------------
// Setup.
// ---------------------------------------------------------------------------

bool LoadInputs(World& w) {
  w.sparse.name = "sparse";
  w.dense.name = "dense";
  if (!w.flags.corpus_dir.empty()) {
    const std::string& d = w.flags.corpus_dir;
    if (!ReadFile(d + "/sparse.txt", &w.sparse.text) ||
        !ReadFile(d + "/dense.txt", &w.dense.text) ||
        !ReadFile(d + "/article.txt", &w.article) ||
        !ReadFile(d + "/article_nohit.txt", &w.article_nohit)) {
      std::cerr << "diplotier_bench: cannot read the corpus files in " << d
                << " (run diplotier_corpus --out_dir=" << d << ")\n";
      return false;
    }
  } else {
    absl::StatusOr<std::vector<std::string>> prose =
        LoadProse(w.flags.prose_dir);
    if (!prose.ok()) {
      std::cerr << "diplotier_bench: " << prose.status().message() << "\n";
      return false;
    }
    for (Corpus* c : {&w.sparse, &w.dense}) {
      CorpusOptions options;
      options.size_bytes = static_cast<std::size_t>(w.flags.size_mb * 1e6);
      options.one_in = c == &w.sparse ? 200 : 5;
      options.seed = w.flags.seed;
      c->text = MakeCorpus(*prose, options, nullptr);
    }
  }
  for (Corpus* c : {&w.sparse, &w.dense}) {
    c->docs = SplitDocuments(c->text, 4096);
    c->slice = Slice(c->text, w.flags.slice_kb * 1024);
  }
  // A byte value that occurs in neither corpus, for the memchr floor.
  std::array<bool, 256> seen{};
  for (const Corpus* c : {&w.sparse, &w.dense}) {
    for (unsigned char b : c->text) seen[b] = true;
  }
  w.absent_byte = 0;
  for (int b = 1; b < 256; ++b) {
    if (!seen[b]) {
      w.absent_byte = static_cast<unsigned char>(b);
      break;
    }
  }
  return true;
}

bool BuildEngines(World& w) {
  absl::StatusOr<Classifier> c =
      Classifier::Create(Lexicon::Default(), Options());
  if (!c.ok()) {
    std::cerr << "diplotier_bench: Classifier::Create: " << c.status() << "\n";
    return false;
  }
  w.classifier = std::make_unique<Classifier>(*std::move(c));
  if (w.flags.diplotier_only) return true;
  w.patterns = std::make_unique<LexiconPatterns>(Lexicon::Default());
  w.re2_each = std::make_unique<Re2PerPattern>(*w.patterns);
  w.re2_set = std::make_unique<Re2SetThenPatterns>(*w.patterns);
  w.std_regex = std::make_unique<StdRegexPerPattern>(*w.patterns);
  bool ok = true;
  auto check = [&](bool engine_ok, const std::string& what,
                   const std::string& error) {
    if (!engine_ok) {
      std::cerr << "diplotier_bench: " << what << ": " << error << "\n";
      ok = false;
    }
  };
  check(w.re2_each->ok(), "RE2 one per pattern", w.re2_each->error());
  check(w.re2_set->ok(), "RE2::Set", w.re2_set->error());
  if (!w.std_regex->ok()) {
    // An optional peer: a lexicon may use syntax the translation lacks.
    w.notes.push_back("std::regex peer skipped: " + w.std_regex->error());
    std::cerr << w.notes.back() << "\n";
    w.std_regex.reset();
  }
  std::ostringstream note;
  note << "Lexicon: " << w.patterns->tier_count() << " tier and "
       << w.patterns->guard_count() << " guard patterns used by the peers ("
       << w.classifier->pattern_count() << " patterns in the classifier, "
       << w.classifier->anchors().size() << " anchors). Corpora: sparse "
       << FormatNumber(w.sparse.text.size() / 1e6) << " MB in "
       << w.sparse.docs.size() << " docs, dense "
       << FormatNumber(w.dense.text.size() / 1e6) << " MB in "
       << w.dense.docs.size() << " docs.";
#if defined(DIPLOTIER_BENCH_HAVE_HYPERSCAN)
  using Mode = HyperscanPeer::Mode;
  w.hs_som = std::make_unique<HyperscanPeer>(*w.patterns, Mode::kStartOffsets);
  w.hs_ends = std::make_unique<HyperscanPeer>(*w.patterns, Mode::kEnds);
  if (!w.hs_som->ok() || !w.hs_ends->ok()) {
    w.notes.push_back("Hyperscan peers skipped: " + (w.hs_som->ok()
                                                         ? w.hs_ends->error()
                                                         : w.hs_som->error()));
    std::cerr << w.notes.back() << "\n";
    w.hs_som.reset();
    w.hs_ends.reset();
  } else {
    note << " Hyperscan: " << w.hs_som->som_fallback_count()
         << " patterns it cannot give start offsets for run as ends + RE2 in "
            "the start-offset variant; "
         << w.hs_som->prefilter_count() + w.hs_ends->prefilter_count()
         << " compiled with HS_FLAG_PREFILTER and confirmed by RE2.";
  }
#endif
  w.notes.push_back(note.str());
  std::cerr << note.str() << "\n";
  return ok;
}

}  // namespace
}  // namespace bench
}  // namespace diplotier

int main(int argc, char** argv) {
  using namespace diplotier::bench;
  World world;
  g_world = &world;
  if (!ParseFlags(&argc, argv, &world.flags)) {
    std::cerr << "diplotier_bench: bad flag value\n";
    return 2;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  // Memory first, while the heap is fresh (the articles are tiny).
  world.article = Article();
  world.article_nohit = ArticleWithoutHits();
  if (absl::Status s = MeasureMemory(&world); !s.ok()) {
    std::cerr << "diplotier_bench: Classifier::Create: " << s << "\n";
    return 1;
  }
  auto seconds_since = [](std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t)
        .count();
  };
  auto start = std::chrono::steady_clock::now();
  if (!LoadInputs(world)) return 1;
  std::cerr << "inputs ready (" << seconds_since(start) << " s)\n";
  start = std::chrono::steady_clock::now();
  if (!BuildEngines(world)) return 1;
  std::cerr << "engines compiled (" << seconds_since(start) << " s)\n";
  start = std::chrono::steady_clock::now();
  if (world.flags.diplotier_only) {
    std::cerr << "--diplotier_only: no peers, nothing checked\n";
  } else if (!RunChecks(world)) {
    std::cerr << "diplotier_bench: engines disagree; no timing done\n";
    return 1;
  } else {
    std::cerr << "all engines agree (" << seconds_since(start) << " s)\n";
  }
  if (world.flags.check_only) return 0;

  Names names;
  RegisterAll(world, &names);
  std::ofstream log_file;
  std::ostream* log = &std::cout;
  if (!world.flags.log.empty()) {
    log_file.open(world.flags.log);
    if (!log_file) {
      std::cerr << "diplotier_bench: cannot write " << world.flags.log << "\n";
      return 1;
    }
    log = &log_file;
  }
  SummaryReporter reporter(log);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  if (world.flags.summary) PrintSummary(world, names, reporter, std::cout);
  return reporter.errors().empty() ? 0 : 1;
}

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// diplotier._core: the C++ library for the Python package `diplotier`.
//
// This module is internal: it converts values and errors and releases the
// GIL; the documented API (dataclasses, enums, Classifier, Ledger, Ladder)
// is the pure-Python package around it, lib/python/diplotier/. Results
// cross as tuples (layouts in convert.h).
//
// Threads: a diplotier::Classifier is immutable and thread-safe, so analyze
// and analyze_many release the GIL while the C++ code runs and may be called
// from any number of Python threads. A diplotier::Ledger is not safe for
// concurrent writes; its methods here keep the GIL for their whole run, which
// serialises them.

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "convert.h"
#include "diplotier/analysis.h"
#include "diplotier/classifier.h"
#include "diplotier/json.h"
#include "diplotier/ledger.h"
#include "diplotier/lexicon.h"
#include "diplotier/tier.h"
#include "status_error.h"
#include "text_jobs.h"

namespace py = pybind11;

namespace diplotier_python {
namespace {

// Lexicon sources given by Python: (UTF-8 text, name for error messages).
using LexiconSources = std::vector<std::pair<std::string, std::string>>;

diplotier::Classifier MakeClassifier(const LexiconSources& lexicons,
                                     bool use_default,
                                     const std::string& ladder,
                                     std::size_t max_input_bytes,
                                     std::int64_t max_memory) {
  absl::Status error;
  std::string context;
  std::optional<diplotier::Classifier> classifier;
  {
    // Compiling the default lexicon takes tens of milliseconds: let other
    // Python threads run meanwhile.
    py::gil_scoped_release release;
    diplotier::Lexicon lexicon =
        use_default ? diplotier::Lexicon::Default() : diplotier::Lexicon();
    for (const auto& [text, source] : lexicons) {
      absl::StatusOr<diplotier::Lexicon> parsed =
          diplotier::Lexicon::Parse(text, source);
      if (!parsed.ok()) {
        error = parsed.status();  // already names source:line:column
        break;
      }
      error = lexicon.Merge(*parsed);
      if (!error.ok()) {
        context = source;
        break;
      }
    }
    if (error.ok()) {
      diplotier::ClassifierOptions options;
      options.ladder = ladder;
      options.max_input_bytes = max_input_bytes;
      options.max_memory = max_memory;
      absl::StatusOr<diplotier::Classifier> created =
          diplotier::Classifier::Create(lexicon, options);
      if (created.ok()) {
        classifier.emplace(*std::move(created));
      } else {
        error = created.status();
      }
    }
  }
  if (!error.ok()) ThrowStatus(error, context);
  return *std::move(classifier);
}

py::tuple Analyze(const diplotier::Classifier& classifier, py::handle text) {
  std::vector<TextJob> jobs;
  jobs.push_back(MakeTextJob(text, "text"));
  {
    py::gil_scoped_release release;
    RunTextJobs(classifier, &jobs, 1);
  }
  ThrowIfFailed(jobs[0], "");
  return AnalysisToTuple(jobs[0]);
}

py::list AnalyzeMany(const diplotier::Classifier& classifier,
                     const py::list& texts, int threads) {
  if (threads < 1) throw py::value_error("threads must be at least 1");
  // Every input is read (and type-checked) before the GIL is released; the
  // jobs hold references, so a caller mutating `texts` meanwhile is harmless.
  std::vector<TextJob> jobs;
  jobs.reserve(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    jobs.push_back(MakeTextJob(texts[i], "texts[" + std::to_string(i) + "]"));
  }
  {
    py::gil_scoped_release release;
    RunTextJobs(classifier, &jobs, threads);
  }
  py::list results;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    ThrowIfFailed(jobs[i], "texts[" + std::to_string(i) + "]");
    results.append(AnalysisToTuple(jobs[i]));
  }
  return results;
}

// The members of the C++ enumerations as (value, wire name) pairs, so that
// the Python enums are built from the library and cannot drift from it.
py::dict EnumMembers() {
  py::dict members;
  py::list tiers;
  for (diplotier::Tier t : diplotier::AllTiers()) {
    tiers.append(py::make_tuple(static_cast<int>(t),
                                std::string(diplotier::TierName(t))));
  }
  members["Tier"] = tiers;
  // These enumerations have no count constant: their last enumerator is
  // named here, so a new one shows up in a review of this file.
  auto range = [](auto last, auto name_of) {
    py::list list;
    for (int v = 0; v <= static_cast<int>(last); ++v) {
      list.append(py::make_tuple(
          v, std::string(name_of(static_cast<decltype(last)>(v)))));
    }
    return list;
  };
  members["Modality"] =
      range(diplotier::Modality::kNegated,
            [](diplotier::Modality m) { return diplotier::ModalityName(m); });
  members["ChangeKind"] = range(
      diplotier::ChangeKind::kReaffirm,
      [](diplotier::ChangeKind k) { return diplotier::ChangeKindName(k); });
  members["ChangeSource"] = range(
      diplotier::ChangeSource::kHistory,
      [](diplotier::ChangeSource s) { return diplotier::ChangeSourceName(s); });
  members["Representation"] = range(diplotier::Representation::kAmbassador,
                                    [](diplotier::Representation r) {
                                      return diplotier::RepresentationName(r);
                                    });
  return members;
}

template <typename T>
T ValueOrThrow(absl::StatusOr<T> value) {
  if (!value.ok()) ThrowStatus(value.status());
  return *std::move(value);
}

void OkOrThrow(const absl::Status& status) {
  if (!status.ok()) ThrowStatus(status);
}

std::unique_ptr<diplotier::Ledger> MakeLedger(
    const py::object& issuers, const std::string& default_ladder) {
  diplotier::LedgerOptions options;
  if (!issuers.is_none()) {
    options.issuers.clear();
    for (py::handle item : issuers) {
      const auto pair = py::cast<std::pair<std::string, std::string>>(item);
      options.issuers.push_back({pair.first, pair.second});
    }
  }
  options.default_ladder = default_ladder;
  return std::make_unique<diplotier::Ledger>(
      ValueOrThrow(diplotier::Ledger::Create(options)));
}

py::dict StatsToDict(const diplotier::LedgerStats& s) {
  py::dict d;
  d["documents"] = s.documents;
  d["history_rows"] = s.history_rows;
  d["observations"] = s.observations;
  d["explicit_changes"] = s.explicit_changes;
  d["mentions_without_dyad"] = s.mentions_without_dyad;
  d["changes_without_dyad"] = s.changes_without_dyad;
  d["mentions_not_asserted"] = s.mentions_not_asserted;
  d["mentions_merged"] = s.mentions_merged;
  return d;
}

}  // namespace

void DefineModule(py::module_& m) {
  m.doc() =
      "The diplotier C++ library (internal; use the `diplotier` package).";

  m.def("enum_members", &EnumMembers);
  m.def("change_end_name", [](int tier, int level) {
    if (level < 0 ||
        level > static_cast<int>(diplotier::Representation::kAmbassador)) {
      ThrowInvalidArgument("level value " + std::to_string(level) +
                           " is out of range");
    }
    return diplotier::ChangeEndName(
        TierFromInt(tier), static_cast<diplotier::Representation>(level));
  });
  m.def("normalize_date",
        [](const std::string& text) { return ParseDate(text).ToString(); });

  py::class_<diplotier::Ladder>(m, "Ladder")
      .def_static("parse",
                  [](const std::string& name, const std::string& spec) {
                    return ValueOrThrow(diplotier::Ladder::Parse(name, spec));
                  })
      .def_static("builtin",
                  [](const std::string& name) {
                    return ValueOrThrow(diplotier::Ladder::Builtin(name));
                  })
      .def_static("builtin_names", &diplotier::Ladder::BuiltinNames)
      .def_property_readonly("name", &diplotier::Ladder::name)
      .def_property_readonly("top_rank", &diplotier::Ladder::top_rank)
      .def("spec", &diplotier::Ladder::Spec)
      .def("rank", [](const diplotier::Ladder& ladder, int tier) {
        return ladder.Rank(TierFromInt(tier));
      });

  py::class_<diplotier::Classifier>(m, "Classifier")
      .def(py::init(&MakeClassifier), py::arg("lexicons"),
           py::arg("use_default"), py::arg("ladder"),
           py::arg("max_input_bytes"), py::arg("max_memory"))
      .def("analyze", &Analyze, py::arg("text"))
      .def("analyze_many", &AnalyzeMany, py::arg("texts"), py::arg("threads"))
      .def_property_readonly(
          "ladder",
          [](const diplotier::Classifier& c) { return c.options().ladder; })
      .def_property_readonly("max_input_bytes",
                             [](const diplotier::Classifier& c) {
                               return c.options().max_input_bytes;
                             })
      .def_property_readonly(
          "max_memory",
          [](const diplotier::Classifier& c) { return c.options().max_memory; })
      .def_property_readonly("pattern_count",
                             &diplotier::Classifier::pattern_count)
      .def_property_readonly("anchors", &diplotier::Classifier::anchors);

  py::class_<diplotier::Ledger>(m, "Ledger")
      .def(py::init(&MakeLedger), py::arg("issuers"), py::arg("default_ladder"))
      .def(
          "add_analysis",
          [](diplotier::Ledger& ledger, const std::string& doc_id,
             const std::string& date, py::handle analysis) {
            OkOrThrow(ledger.AddAnalysis(doc_id, ParseDate(date),
                                         AnalysisFromTuple(analysis)));
          },
          py::arg("doc_id"), py::arg("date"), py::arg("analysis"))
      .def(
          "add_observation",
          [](diplotier::Ledger& ledger, const std::string& dyad,
             const std::string& date, int tier, const std::string& ladder,
             const std::string& source) {
            OkOrThrow(ledger.AddObservation(ParseDyad(dyad), ParseDate(date),
                                            TierFromInt(tier), ladder, source));
          },
          py::arg("dyad"), py::arg("date"), py::arg("tier"), py::arg("ladder"),
          py::arg("source"))
      .def(
          "load_history",
          [](diplotier::Ledger& ledger, const py::bytes& text,
             const std::string& source_name) {
            OkOrThrow(ledger.LoadHistory(std::string(text), source_name));
          },
          py::arg("text"), py::arg("source_name"))
      .def("dyads",
           [](const diplotier::Ledger& ledger) {
             py::list dyads;
             for (const diplotier::Dyad& d : ledger.Dyads()) {
               dyads.append(Utf8ToStr(d.ToString()));
             }
             return dyads;
           })
      .def("timeline",
           [](const diplotier::Ledger& ledger, const std::string& dyad) {
             py::list out;
             for (const auto& o : ledger.Timeline(ParseDyad(dyad))) {
               out.append(ObservationToTuple(o));
             }
             return out;
           })
      .def("current_tier",
           [](const diplotier::Ledger& ledger, const std::string& dyad) {
             return static_cast<int>(ledger.CurrentTier(ParseDyad(dyad)));
           })
      .def("implied_changes",
           [](const diplotier::Ledger& ledger, const std::string& dyad) {
             py::list out;
             for (const auto& c : ledger.ImpliedChanges(ParseDyad(dyad))) {
               out.append(LedgerChangeToTuple(c));
             }
             return out;
           })
      .def("explicit_changes",
           [](const diplotier::Ledger& ledger, const std::string& dyad) {
             py::list out;
             for (const auto& c : ledger.ExplicitChanges(ParseDyad(dyad))) {
               out.append(LedgerChangeToTuple(c));
             }
             return out;
           })
      .def("conflicts",
           [](const diplotier::Ledger& ledger) {
             py::list out;
             for (const diplotier::LedgerConflict& k : ledger.Conflicts()) {
               out.append(py::make_tuple(
                   Utf8ToStr(k.dyad.ToString()), k.date.ToString(),
                   ObservationToTuple(k.first), ObservationToTuple(k.second)));
             }
             return out;
           })
      .def("ladder_for",
           [](const diplotier::Ledger& ledger, const std::string& dyad) {
             return ledger.LadderFor(ParseDyad(dyad));
           })
      .def(
          "export_dyad_years",
          [](const diplotier::Ledger& ledger, const std::string& separator,
             const py::int_& through_year) {
            if (separator.size() != 1) {
              throw py::value_error("separator must be one ASCII character");
            }
            int overflow = 0;
            const long long year =
                PyLong_AsLongLongAndOverflow(through_year.ptr(), &overflow);
            if (overflow != 0 || year < 0 || year > 9999) {
              ThrowInvalidArgument(
                  "through_year must be 0 or a year 1-9999, not " +
                  py::repr(through_year).cast<std::string>());
            }
            absl::StatusOr<std::string> table =
                ledger.ExportDyadYears(separator[0], static_cast<int>(year));
            if (!table.ok()) ThrowStatus(table.status());
            return Utf8ToStr(*table);
          },
          py::arg("separator"), py::arg("through_year"))
      .def("stats", [](const diplotier::Ledger& ledger) {
        return StatsToDict(ledger.Stats());
      });
}

}  // namespace diplotier_python

PYBIND11_MODULE(_core, m) { diplotier_python::DefineModule(m); }

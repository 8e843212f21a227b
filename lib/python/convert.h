// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Results as plain Python tuples, and back. The pure-Python layer
// (diplotier/model.py, diplotier/ledger.py) turns these tuples into its
// dataclasses, so this file needs no Python class and the tuple layouts below
// are the only contract between the two sides. Enumerations cross as their
// C++ integer values, dyads as "AAA|BBB" strings (None when empty), dates as
// "YYYY[-MM[-DD]]" strings.
//
//   mention:  (tier, rank, begin, end, text, qualifiers, sentence, status,
//              dyad, label)
//   change:   (kind, status, from_tier, to_tier, from_level, to_level, delta,
//              begin, end, sentence, dyad, source, evidence)
//   analysis: (tier, rank, ladder, dyads, mentions, changes, events,
//              tier_label)
//   observation: (date, tier, rank, source, source_id, begin, end, sentence,
//                 from_change)
//   ledger change: (change without evidence (12 fields), date, implied,
//                   evidence_doc, from_date or None, ladder)
//
// All functions need the GIL.

#ifndef DIPLOTIER_LIB_PYTHON_CONVERT_H_
#define DIPLOTIER_LIB_PYTHON_CONVERT_H_

#include <pybind11/pybind11.h>

#include <string_view>

#include "diplotier/analysis.h"
#include "diplotier/ledger.h"
#include "text_jobs.h"

namespace diplotier_python {

// `s` as a str; an ill-formed UTF-8 sequence becomes U+FFFD, as in the JSON
// output.
pybind11::str Utf8ToStr(std::string_view s);

// The analysis of a finished job, offsets as TextJob::Offset gives them and
// change evidence cut from the job's text.
pybind11::tuple AnalysisToTuple(const TextJob& job);

// The inverse of AnalysisToTuple, for Ledger.add; evidence is ignored.
// ValueError (InvalidArgumentError) for an enumeration value out of range or
// a malformed dyad, TypeError for a wrong layout.
diplotier::Analysis AnalysisFromTuple(pybind11::handle tuple);

// "AAA|BBB" into a Dyad: InvalidArgumentError unless there is exactly one
// '|'. Either side may be empty.
diplotier::Dyad ParseDyad(std::string_view text);

// A date string ("2023", "2023-09", "2023-09-13") into a Date:
// InvalidArgumentError naming the fault.
diplotier::Date ParseDate(std::string_view text);

pybind11::tuple ObservationToTuple(const diplotier::LedgerObservation& o);
pybind11::tuple LedgerChangeToTuple(const diplotier::LedgerChange& c);

// Enumeration values from Python ints, range-checked (InvalidArgumentError).
diplotier::Tier TierFromInt(int value);

}  // namespace diplotier_python

#endif  // DIPLOTIER_LIB_PYTHON_CONVERT_H_

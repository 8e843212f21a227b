// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The whole public API of diplotier in one include.
//
//   #include "diplotier/diplotier.h"
//
// See classifier.h for a first example, tier.h for tiers and ladders,
// lexicon.h for the lexicon format, analysis.h for the result types,
// parties.h, ledger.h, stream.h and json.h for the rest.

#ifndef DIPLOTIER_DIPLOTIER_H_
#define DIPLOTIER_DIPLOTIER_H_

#include "diplotier/analysis.h"    // IWYU pragma: export
#include "diplotier/classifier.h"  // IWYU pragma: export
#include "diplotier/json.h"        // IWYU pragma: export
#include "diplotier/ledger.h"      // IWYU pragma: export
#include "diplotier/lexicon.h"     // IWYU pragma: export
#include "diplotier/parties.h"     // IWYU pragma: export
#include "diplotier/stream.h"      // IWYU pragma: export
#include "diplotier/tier.h"        // IWYU pragma: export

#endif  // DIPLOTIER_DIPLOTIER_H_

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the ledger's history-file reader; for files that load, runs every
// query and the dyad-year export.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "diplotier/ledger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  diplotier::Ledger ledger;
  absl::Status s = ledger.LoadHistory(text, "fuzz.tsv");
  if (!s.ok()) {
    if (s.message().empty()) __builtin_trap();
    return 0;
  }
  for (const diplotier::Dyad& d : ledger.Dyads()) {
    (void)ledger.Timeline(d);
    (void)ledger.CurrentTier(d);
    (void)ledger.ImpliedChanges(d);
  }
  (void)ledger.Conflicts();
  (void)ledger.ExportDyadYears('\t');
  (void)ledger.ExportDyadYears(',');
  return 0;
}

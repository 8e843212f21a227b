// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the gazetteer and dyad resolver with the default gazetteer: party
// offsets must lie inside the text, in order; a dyad attached to any span is
// sorted.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "diplotier/parties.h"
#include "parties/dyads.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const diplotier::Gazetteer& g = diplotier::Gazetteer::Default();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<diplotier::PartyMention> parties = g.Find(text);
  size_t last_begin = 0;
  for (const diplotier::PartyMention& p : parties) {
    // In text order; a pair form (中委) gives two mentions with one span.
    if (p.begin >= p.end || p.end > size || p.begin < last_begin) {
      __builtin_trap();
    }
    last_begin = p.begin;
  }
  for (const diplotier::PairReference& r : g.FindPairReferences(text)) {
    if (r.end > size || r.begin > r.end) __builtin_trap();
  }
  diplotier::Dyad dyad = diplotier::internal::AttachDyad(
      text, parties, size / 3, size / 2 + 1 > size ? size : size / 2 + 1,
      diplotier::Dyad{"CHN", "VEN"}, g);
  if (dyad.complete() && !(dyad.first < dyad.second)) __builtin_trap();
  (void)g.Resolve(text);
  return 0;
}

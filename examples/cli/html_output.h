// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `diplotier analyze --format=html`: one self-contained page (inline CSS and
// SVG, no script, no font, nothing fetched) to look at the results.
//
// Each document is a section with a summary table (the tier that holds, its
// rank and ladder, the dyads, the document's events) and its text, escaped,
// in which every tier mention is a <mark class="tier ..."> coloured by rank
// (dotted and marked "?" when hypothetical, struck through and marked "¬"
// when negated) and every sentence that states a change is a <span
// class="chg ...">; their title attributes give tier, rank, ladder, dyad and
// status (hover to read them). Offsets are byte offsets, so multi-byte
// UTF-8 text is cut exactly; invalid UTF-8 is shown as U+FFFD.
//
// A document is held until it ends (its record is printed whole, as in the
// other formats), but its text only up to kMaxShownTextBytes: a bigger
// document is shown without its text, says so, and lists its mentions and
// changes instead (spooled, so memory stays bounded).

#ifndef DIPLOTIER_EXAMPLES_CLI_HTML_OUTPUT_H_
#define DIPLOTIER_EXAMPLES_CLI_HTML_OUTPUT_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "output.h"

namespace diplotier_cli {

inline constexpr std::size_t kMaxShownTextBytes = std::size_t{4} << 20;

std::unique_ptr<Writer> MakeHtmlWriter(Sink* out);

// The page before the first document and after the last.
std::string HtmlPageHead();
std::string HtmlPageTail();

// `s` escaped for HTML text and attribute values: & < > " ' escaped,
// control bytes but tab and newline shown as spaces, invalid UTF-8 as
// U+FFFD.
std::string HtmlEscape(std::string_view s);

// The CSS class of a rank: "r0" ... "r7" (higher ranks share r7), "rx" for
// a tier not placed (-1).
std::string RankClass(int rank);

// The colour of RankClass(rank), as CSS/SVG takes it.
std::string RankColour(int rank);

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_HTML_OUTPUT_H_

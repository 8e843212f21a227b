// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// One analysed document as one line of JSON (JSON Lines), the wire format of
// `diplotier analyze --format=jsonl`.
//
//   absl::StatusOr<diplotier::Analysis> a = classifier->Analyze(text);
//   if (!a.ok()) return a.status();
//   std::cout << diplotier::ToJson(*a, "article.txt", "2023-09-13", text)
//             << "\n";
//
// The record (keys always present, always in this order; no newline inside):
//
//   {"doc":     string, the document id as given,
//    "date":    string "YYYY-MM-DD" as given, or null when `date` is empty,
//    "tier":    TierName() of Analysis::tier ("none" when none),
//    "rank":    integer, Analysis::rank,
//    "ladder":  string, the ladder that ranked the document ("china"),
//    "dyads":   array of "AAA|BBB" strings, Analysis::dyads in order,
//    "mentions": [ {"tier":       TierName(),
//                   "rank":       integer, -1 when the ladder lacks it,
//                   "begin":      integer byte offset, "end": integer,
//                   "text":       the matched bytes,
//                   "status":     ModalityName() ("asserted", ...),
//                   "qualifiers": array of labels,
//                   "dyad":       "AAA|BBB" ("AAA|" when one party is known)
//                                 or null when none is,
//                   "sentence":   integer, 0-based sentence index} ... ],
//    "changes":  [ {"kind":     ChangeKindName() ("upgrade", ...),
//                   "status":   ModalityName(),
//                   "from":     TierName(), or "other:<RepresentationName()>"
//                               when the change names a level of diplomatic
//                               representation and no tier
//                               ("other:charge_d_affaires"); "none" when
//                               neither is named,
//                   "to":       the same for the new tier,
//                   "delta":    integer rank difference, or null,
//                   "dyad":     as for mentions,
//                   "begin":    integer, "end": integer (the sentence),
//                   "evidence": the sentence text, text[begin, end),
//                   "source":   ChangeSourceName() ("text", "history")} ... ],
//    "events":   [ one per dyad (Analysis::events): the fields of a change
//                  without "evidence" and "source" ... ]}
//
// Every string goes through JsonEscape, so the line is valid JSON (RFC 8259)
// whatever bytes the text holds. All functions are pure and thread-safe.

#ifndef DIPLOTIER_JSON_H_
#define DIPLOTIER_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "diplotier/analysis.h"
#include "diplotier/export.h"

namespace diplotier {

// `s` as the body of a JSON string (without the surrounding quotes):
//  - '"' and '\\' are backslash-escaped;
//  - \b \f \n \r \t use their short escapes, every other byte below 0x20 and
//    DEL (0x7F) becomes \u00XX (lowercase hex);
//  - U+2028 and U+2029 become \u2028 and \u2029 (valid JSON, but they end
//    lines in JavaScript);
//  - an invalid UTF-8 sequence becomes U+FFFD, one per maximal ill-formed
//    subpart (the Unicode "best practice", which is also what Python's
//    bytes.decode("utf-8", "replace") does): "\xE4\xB8" followed by "x" gives
//    one U+FFFD then "x"; a stray continuation byte gives one U+FFFD each.
// Valid UTF-8 is otherwise copied as is. Cost: O(s.size()), one allocation.
DIPLOTIER_EXPORT std::string JsonEscape(std::string_view s);

// Appends JsonEscape(s) to *out, reusing its storage.
DIPLOTIER_EXPORT void AppendJsonEscaped(std::string_view s, std::string* out);

// The record above for `analysis` of `text` (the exact bytes that were
// analysed: change evidence is cut from it; a change whose range lies outside
// `text` gets empty evidence). An empty `date` is written as null.
DIPLOTIER_EXPORT std::string ToJson(const Analysis& analysis,
                                    std::string_view doc_id,
                                    std::string_view date,
                                    std::string_view text);

// The same record when the text is no longer at hand (a stream): the evidence
// of analysis.changes[i] is evidence[i] (as StreamAnalyzer::evidence() gives
// it); a missing entry is written as "".
DIPLOTIER_EXPORT std::string ToJsonWithEvidence(
    const Analysis& analysis, std::string_view doc_id, std::string_view date,
    const std::vector<std::string>& evidence);

// The "from"/"to" value of a change end: TierName(tier) unless tier is kNone
// and level is known, then "other:" + RepresentationName(level).
DIPLOTIER_EXPORT std::string ChangeEndName(Tier tier, Representation level);

// The record in pieces, for a writer that streams a long document's mentions
// and changes out before it knows the document's tier (ToJson is built from
// these):
//   AppendRecordHead(summary, doc, date)  {"doc":...,"dyads":[...],"mentions":[
//   AppendMentionJson(m), ',' between     {"tier":...} ...
//   "],\"changes\":["
//   AppendChangeJson(c, evidence), ','    {"kind":...} ...
//   AppendEventsJson(summary)             ],"events":[{"kind":...},...
//   "]}"
// AppendRecordHead reads only summary.tier, rank, ladder and dyads;
// AppendEventsJson only summary.events. An event is written as a change
// without "evidence" and "source" (its span is that of the change it was
// taken from).
DIPLOTIER_EXPORT void AppendRecordHead(const Analysis& summary,
                                       std::string_view doc_id,
                                       std::string_view date, std::string* out);
DIPLOTIER_EXPORT void AppendMentionJson(const Mention& mention,
                                        std::string* out);
DIPLOTIER_EXPORT void AppendChangeJson(const TierChange& change,
                                       std::string_view evidence,
                                       std::string* out);
DIPLOTIER_EXPORT void AppendEventJson(const TierChange& event,
                                      std::string* out);
DIPLOTIER_EXPORT void AppendEventsJson(const Analysis& summary,
                                       std::string* out);

}  // namespace diplotier

#endif  // DIPLOTIER_JSON_H_

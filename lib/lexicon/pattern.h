// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Pattern text helpers for the lexicon parser: define names, {NAME}
// expansion and the case-sensitivity rule.

#ifndef DIPLOTIER_LIB_LEXICON_PATTERN_H_
#define DIPLOTIER_LIB_LEXICON_PATTERN_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace diplotier {
namespace internal {

// [A-Za-z_][A-Za-z0-9_]*
bool IsDefineName(std::string_view name);

// Replaces each {NAME} in `pattern` by (?:BODY) from `defines`. "{" not
// followed by a define-name and "}" is left alone (RE2 repetition "{2,3}");
// "\{" is a literal brace. On error returns false with the byte offset into
// `pattern` and a message (undefined name, result longer than `max_size`).
bool ExpandDefines(std::string_view pattern,
                   const absl::flat_hash_map<std::string, std::string>& defines,
                   std::size_t max_size, std::string* out,
                   std::size_t* error_offset, std::string* error);

// True if the pattern has an ASCII letter outside escapes (\s, \x{..},
// \p{..}) and outside group flags "(?i:": such patterns match
// case-insensitively, the others (Chinese) case-sensitively.
bool HasLiteralAsciiLetter(std::string_view pattern);

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_LEXICON_PATTERN_H_

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Translation of a lexicon pattern (RE2 syntax, UTF-8) into an ECMAScript
// std::regex over bytes that matches the same byte ranges, so that std::regex
// can be measured on the same lexicon.
//
//   std::string ecma, error;
//   if (TranslateToStdRegex("[伙夥]伴|strategic\\s+partner", false, &ecma,
//                           &error)) {
//     std::regex re(ecma, std::regex::ECMAScript);
//   }
//
// What it does: character classes, \s \w \d and '.' become byte-level
// alternatives of UTF-8 sequences (RE2's classes are sets of code points;
// std::regex<char> sees bytes); case-insensitive parts ("(?i:", or the whole
// pattern when case_sensitive is false) spell out both cases, including the
// Unicode folds RE2 applies to ASCII letters (s/ſ, k/K) and to Latin-1
// letters; "(?-i:" turns that off; captures become non-capturing groups.
// \b stays \b: both engines use ASCII word characters. Unsupported (an
// error): \p{..}, \Q..\E, backreferences, flags other than i.

#ifndef DIPLOTIER_BENCH_STD_REGEX_SYNTAX_H_
#define DIPLOTIER_BENCH_STD_REGEX_SYNTAX_H_

#include <string>
#include <string_view>

namespace diplotier {
namespace bench {

// False with a message in `error` for syntax it does not handle.
bool TranslateToStdRegex(std::string_view re2_pattern, bool case_sensitive,
                         std::string* out, std::string* error);

}  // namespace bench
}  // namespace diplotier

#endif  // DIPLOTIER_BENCH_STD_REGEX_SYNTAX_H_

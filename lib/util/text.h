// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Small byte-level text helpers shared by the library, the tool and the
// tests. Header-only and free of dependencies, so that the tool, which links
// only the public library (shared or static), can use them too.

#ifndef DIPLOTIER_LIB_UTIL_TEXT_H_
#define DIPLOTIER_LIB_UTIL_TEXT_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace diplotier {
namespace internal {

// ASCII white space: ' ', '\t', '\n', '\v', '\f', '\r' (isspace in the C
// locale, without the locale).
constexpr bool IsBlank(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The tab-separated fields of `line`, views into it, untrimmed: "a\tb\t"
// gives {"a", "b", ""}, "" gives {""}.
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t begin = 0;;) {
    const std::size_t tab = line.find('\t', begin);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(begin));
      return fields;
    }
    fields.push_back(line.substr(begin, tab - begin));
    begin = tab + 1;
  }
}

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_UTIL_TEXT_H_

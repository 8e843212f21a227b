// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Debian 12's Abseil has its own absl::string_view (not std::string_view)
// and RE2 its own re2::StringPiece: conversions at those boundaries.

#ifndef DIPLOTIER_LIB_UTIL_STRINGS_H_
#define DIPLOTIER_LIB_UTIL_STRINGS_H_

#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace diplotier {
namespace internal {

inline absl::string_view Av(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}
inline std::string_view Sv(absl::string_view s) {
  return std::string_view(s.data(), s.size());
}

// absl::StrCat that also takes std::string_view arguments.
template <typename T>
const T& AbslArg(const T& v) {
  return v;
}
inline absl::string_view AbslArg(std::string_view s) { return Av(s); }
template <typename... Args>
std::string Cat(const Args&... args) {
  return absl::StrCat(AbslArg(args)...);
}

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_UTIL_STRINGS_H_

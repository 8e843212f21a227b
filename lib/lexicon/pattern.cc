// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "lexicon/pattern.h"

#include "absl/strings/str_cat.h"

namespace diplotier {
namespace internal {
namespace {

bool IsNameStart(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9'); }
bool IsAsciiLetter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

bool IsDefineName(std::string_view name) {
  if (name.empty() || !IsNameStart(name[0])) return false;
  for (char c : name) {
    if (!IsNameChar(c)) return false;
  }
  return true;
}

bool ExpandDefines(std::string_view pattern,
                   const absl::flat_hash_map<std::string, std::string>& defines,
                   std::size_t max_size, std::string* out,
                   std::size_t* error_offset, std::string* error) {
  out->clear();
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      const char e = pattern[i + 1];
      size_t len = 2;
      // \x{...}, \p{...}, \P{...}: the braces belong to the escape.
      if ((e == 'x' || e == 'p' || e == 'P') && i + 2 < pattern.size() &&
          pattern[i + 2] == '{') {
        size_t close = pattern.find('}', i + 2);
        len = (close == pattern.npos ? pattern.size() : close + 1) - i;
      }
      out->append(pattern.substr(i, len));
      i += len - 1;
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && IsNameStart(pattern[i + 1])) {
      size_t j = i + 1;
      while (j < pattern.size() && IsNameChar(pattern[j])) ++j;
      if (j < pattern.size() && pattern[j] == '}') {
        std::string name(pattern.substr(i + 1, j - i - 1));
        auto it = defines.find(name);
        if (it == defines.end()) {
          *error_offset = i;
          *error = absl::StrCat(
              "undefined name {", name,
              "} (define it earlier in the same lexicon: a lexicon does not "
              "see the defines of another, not even the default lexicon's)");
          return false;
        }
        absl::StrAppend(out, "(?:", it->second, ")");
        if (out->size() > max_size) {
          *error_offset = i;
          *error = absl::StrCat("pattern longer than ", max_size,
                                " bytes after expanding defines");
          return false;
        }
        i = j;
        continue;
      }
    }
    out->push_back(c);
  }
  if (out->size() > max_size) {
    *error_offset = 0;
    *error = absl::StrCat("pattern longer than ", max_size, " bytes");
    return false;
  }
  return true;
}

bool HasLiteralAsciiLetter(std::string_view p) {
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      const char e = p[i + 1];
      ++i;
      // \x{...}, \p{...}, \P{...} carry letters that are not text.
      if ((e == 'x' || e == 'p' || e == 'P') && i + 1 < p.size() &&
          p[i + 1] == '{') {
        size_t close = p.find('}', i + 1);
        i = close == p.npos ? p.size() : close;
      } else if (e == 'x') {
        i += 2;  // \xHH
      } else if (e == 'p' || e == 'P') {
        i += 1;  // \pL
      }
      continue;
    }
    if (c == '(' && i + 1 < p.size() && p[i + 1] == '?') {
      // Group flags "(?i:" / "(?-s)" / "(?P<name>".
      size_t j = i + 2;
      if (j < p.size() && p[j] == 'P') {
        size_t close = p.find('>', j);
        i = close == p.npos ? p.size() : close;
        continue;
      }
      while (j < p.size() && (IsAsciiLetter(p[j]) || p[j] == '-')) ++j;
      i = j - 1;
      continue;
    }
    if (c == '[' && i + 2 < p.size() && p[i + 1] == '[' && p[i + 2] == ':') {
      size_t close = p.find(":]", i);
      i = close == p.npos ? p.size() : close + 1;
      continue;
    }
    if (IsAsciiLetter(c)) return true;
  }
  return false;
}

}  // namespace internal
}  // namespace diplotier

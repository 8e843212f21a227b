// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// UTF-8 validation and boundary helpers.

#ifndef DIPLOTIER_LIB_TEXT_UTF8_H_
#define DIPLOTIER_LIB_TEXT_UTF8_H_

#include <cstddef>
#include <string_view>

#include "util/utf8.h"  // ValidSequenceLength, the table of sequences

namespace diplotier {
namespace internal {

// Offset of the first byte that does not start a valid UTF-8 sequence
// (overlongs, surrogates and values above U+10FFFF are invalid), or npos.
std::size_t FindInvalidUtf8(std::string_view text);

// Why the sequence starting at text[pos] is ill-formed, in the terms of
// Python's UnicodeDecodeError: the ill-formed bytes are [pos, end), and
// `reason` is "invalid start byte", "invalid continuation byte" or
// "unexpected end of data" ("valid", with end == pos, if it is not).
struct Utf8Fault {
  std::size_t end = 0;
  const char* reason = "";
};
Utf8Fault DescribeInvalidUtf8(std::string_view text, std::size_t pos);

// Moves `pos` back to the nearest byte that is not a UTF-8 continuation
// byte, looking at most 3 bytes.
std::size_t AlignBack(std::string_view text, std::size_t pos);

}  // namespace internal
}  // namespace diplotier

#endif  // DIPLOTIER_LIB_TEXT_UTF8_H_

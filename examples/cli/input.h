// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Reading an input of any size in bounded chunks, with the optional date
// line at its top taken out of the text (blanked, so that byte offsets still
// count from the start of the file).

#ifndef DIPLOTIER_EXAMPLES_CLI_INPUT_H_
#define DIPLOTIER_EXAMPLES_CLI_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace diplotier_cli {

struct InputHeader {
  std::string date;        // "YYYY-MM-DD" from the date line, or ""
  bool date_line = false;  // the first line was a date line
  std::string error;       // a malformed date line, or ""
};

// Reads `path` ("-" is stdin) in chunks of at most `chunk_bytes` (the first
// chunk may hold up to 64 more bytes, to see the whole first line). A first
// line `date YYYY-MM-DD` or `YYYY-MM-DD` (the keyword in any case and
// optionally followed by ':', blanks around allowed, after an optional UTF-8
// byte order mark) is reported through on_header (called once, before the
// first chunk) and replaced by spaces in the text. A first line meant as a
// date line whose date is not a calendar date (`date 2023-13-01`,
// `Date: 2023-02-30`, a lone `2023-02-30`) is an error, and nothing is
// passed on. on_chunk returns false to stop reading. Returns "" or, when the
// input cannot be opened or read or has a bad date line, a message naming it;
// a read error is returned as soon as it happens, and the bytes of that read
// are not passed on.
std::string ReadInput(const std::string& path, std::size_t chunk_bytes,
                      const std::function<void(const InputHeader&)>& on_header,
                      const std::function<bool(std::string_view)>& on_chunk);

// The most bytes a whole-file input (a history table) may have, as for a
// lexicon (diplotier::Lexicon::Load).
inline constexpr std::size_t kMaxWholeFileBytes = std::size_t{256} << 20;

// Reads all of `path` into *text: "" or a message naming it ("cannot read
// PATH: Is a directory", "PATH is larger than 256 MiB"). Reading stops at
// the limit, so /dev/zero is refused rather than read forever.
std::string ReadWholeFile(const std::string& path, std::string* text,
                          std::size_t max_bytes = kMaxWholeFileBytes);

}  // namespace diplotier_cli

#endif  // DIPLOTIER_EXAMPLES_CLI_INPUT_H_

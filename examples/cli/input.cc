// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "cli.h"

namespace diplotier_cli {
namespace {

// Longest first line that can be a date line ("date" + blanks + date + \r).
constexpr std::size_t kHeaderBytes = 64;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Looks at the first line of `prefix` and blanks it if it is a date line.
InputHeader TakeHeader(std::string* prefix) {
  InputHeader header;
  std::size_t end = prefix->find('\n');
  if (end == std::string::npos) end = prefix->size();
  std::size_t b = 0;
  if (prefix->compare(0, 3, "\xEF\xBB\xBF") == 0) b = 3;
  std::size_t e = end;
  while (b < e && IsBlank((*prefix)[b])) ++b;
  while (e > b && IsBlank((*prefix)[e - 1])) --e;
  std::string line = prefix->substr(b, e - b);
  if (line.compare(0, 4, "date") == 0 && line.size() > 4 && IsBlank(line[4])) {
    std::size_t d = 4;
    while (d < line.size() && IsBlank(line[d])) ++d;
    line = line.substr(d);
  }
  if (!IsIsoDate(line)) return header;
  header.date = line;
  header.date_line = true;
  for (std::size_t i = 0; i < end; ++i) {
    if ((*prefix)[i] != '\r') (*prefix)[i] = ' ';
  }
  return header;
}

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};

}  // namespace

std::string ReadInput(const std::string& path, std::size_t chunk_bytes,
                      const std::function<void(const InputHeader&)>& on_header,
                      const std::function<bool(std::string_view)>& on_chunk) {
  const bool is_stdin = path == "-";
  std::unique_ptr<std::FILE, FileCloser> file(
      is_stdin ? stdin : std::fopen(path.c_str(), "rb"));
  if (file == nullptr) {
    return "cannot read " + path + ": " + std::strerror(errno);
  }
  std::vector<char> buffer(chunk_bytes + kHeaderBytes);
  auto fail = [&] {
    return "cannot read " + (is_stdin ? std::string("standard input") : path) +
           ": " + std::strerror(errno);
  };
  // The first line, or enough to know it is not a date line.
  std::string prefix;
  while (prefix.size() < kHeaderBytes &&
         prefix.find('\n') == std::string::npos) {
    errno = 0;
    const std::size_t n =
        std::fread(buffer.data(), 1, kHeaderBytes - prefix.size(), file.get());
    if (n == 0) {
      if (std::ferror(file.get())) return fail();
      break;
    }
    prefix.append(buffer.data(), n);
  }
  on_header(TakeHeader(&prefix));
  // The rest of the first chunk.
  if (prefix.size() == kHeaderBytes || prefix.find('\n') != std::string::npos) {
    errno = 0;
    const std::size_t n = std::fread(buffer.data(), 1, chunk_bytes, file.get());
    if (n == 0 && std::ferror(file.get())) return fail();
    prefix.append(buffer.data(), n);
  }
  if (!prefix.empty() && !on_chunk(prefix)) return "";
  for (;;) {
    errno = 0;
    const std::size_t n = std::fread(buffer.data(), 1, chunk_bytes, file.get());
    if (n == 0) {
      if (std::ferror(file.get())) return fail();
      return "";
    }
    if (!on_chunk(std::string_view(buffer.data(), n))) return "";
  }
}

}  // namespace diplotier_cli

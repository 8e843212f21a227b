// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "input.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "cli.h"

namespace diplotier_cli {
namespace {

// Longest first line that can be a date line ("date" + blanks + date + \r).
constexpr std::size_t kHeaderBytes = 64;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

bool IsDateChar(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '/' || c == '.';
}

// Looks at the first line of `prefix` and blanks it if it is a date line.
// A line that is meant as one but holds no real YYYY-MM-DD date sets
// `error` instead: the keyword `date` (any case, ':' allowed) followed by
// digits and date punctuation only, or a lone NNNN-NN-NN.
InputHeader TakeHeader(std::string* prefix) {
  InputHeader header;
  std::size_t end = prefix->find('\n');
  if (end == std::string::npos) end = prefix->size();
  std::size_t b = 0;
  if (prefix->compare(0, 3, "\xEF\xBB\xBF") == 0) b = 3;
  std::size_t e = end;
  while (b < e && IsBlank((*prefix)[b])) ++b;
  while (e > b && IsBlank((*prefix)[e - 1])) --e;
  const std::string line = prefix->substr(b, e - b);
  std::string rest = line;
  bool keyword = false;
  if (line.size() > 4 && (line[0] | 0x20) == 'd' && (line[1] | 0x20) == 'a' &&
      (line[2] | 0x20) == 't' && (line[3] | 0x20) == 'e') {
    std::size_t d = 4;
    if (line[d] == ':') ++d;
    const std::size_t blanks = d;
    while (d < line.size() && IsBlank(line[d])) ++d;
    if (d > blanks || line[4] == ':') {
      keyword = true;
      rest = line.substr(d);
    }
  }
  if (IsIsoDate(rest)) {
    header.date = rest;
    header.date_line = true;
    for (std::size_t i = 0; i < end; ++i) {
      if ((*prefix)[i] != '\r') (*prefix)[i] = ' ';
    }
    return header;
  }
  bool date_like = !rest.empty();
  for (char c : rest) date_like = date_like && IsDateChar(c);
  const bool iso_shape =
      rest.size() == 10 && rest[4] == '-' && rest[7] == '-' && date_like;
  if ((keyword && date_like) || iso_shape) {
    header.error = "bad date line '" + line +
                   "': expected 'date YYYY-MM-DD' or 'YYYY-MM-DD' with a "
                   "calendar date";
  }
  return header;
}

// Reads until `n` bytes or the end of the input; the count, or -1 with
// errno set on a read error (bytes read before it are dropped: a document
// with a read error is not analysed).
long ReadFull(int fd, char* buffer, std::size_t n) {
  std::size_t got = 0;
  while (got < n) {
    const ssize_t r = ::read(fd, buffer + got, n - got);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) return -1;
    if (r == 0) break;
    got += static_cast<std::size_t>(r);
  }
  return static_cast<long>(got);
}

}  // namespace

std::string ReadInput(const std::string& path, std::size_t chunk_bytes,
                      const std::function<void(const InputHeader&)>& on_header,
                      const std::function<bool(std::string_view)>& on_chunk) {
  const bool is_stdin = path == "-";
  const int fd =
      is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "cannot read " + path + ": " + std::strerror(errno);
  struct Closer {
    int fd;
    bool close;
    ~Closer() {
      if (close) ::close(fd);
    }
  } closer{fd, !is_stdin};
  std::vector<char> buffer(chunk_bytes + kHeaderBytes);
  auto fail = [&] {
    return "cannot read " + (is_stdin ? std::string("standard input") : path) +
           ": " + std::strerror(errno);
  };
  // The first line, or enough to know it is not a date line; then the rest
  // of the first chunk.
  long n = ReadFull(fd, buffer.data(), kHeaderBytes);
  if (n < 0) return fail();
  std::string prefix(buffer.data(), static_cast<std::size_t>(n));
  const bool more = prefix.size() == kHeaderBytes;
  const InputHeader header = TakeHeader(&prefix);
  if (!header.error.empty()) {
    return (is_stdin ? std::string("standard input") : path) +
           ":1: " + header.error;
  }
  on_header(header);
  if (more) {
    n = ReadFull(fd, buffer.data(), chunk_bytes);
    if (n < 0) return fail();
    prefix.append(buffer.data(), static_cast<std::size_t>(n));
  }
  if (!prefix.empty() && !on_chunk(prefix)) return "";
  if (!more) return "";
  for (;;) {
    n = ReadFull(fd, buffer.data(), chunk_bytes);
    if (n < 0) return fail();
    if (n == 0) return "";
    if (!on_chunk(
            std::string_view(buffer.data(), static_cast<std::size_t>(n)))) {
      return "";
    }
  }
}

std::string ReadWholeFile(const std::string& path, std::string* text,
                          std::size_t max_bytes) {
  text->clear();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "cannot read " + path + ": " + std::strerror(errno);
  std::vector<char> buffer(std::size_t{1} << 16);
  std::string error;
  for (;;) {
    const long n = ReadFull(fd, buffer.data(), buffer.size());
    if (n < 0) {
      error = "cannot read " + path + ": " + std::strerror(errno);
      break;
    }
    if (n == 0) break;
    if (text->size() + static_cast<std::size_t>(n) > max_bytes) {
      error =
          path + " is larger than " + std::to_string(max_bytes >> 20) + " MiB";
      break;
    }
    text->append(buffer.data(), static_cast<std::size_t>(n));
  }
  ::close(fd);
  if (!error.empty()) text->clear();
  return error;
}

}  // namespace diplotier_cli

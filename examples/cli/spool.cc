// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "spool.h"

#include <vector>

namespace diplotier_cli {

void Spool::Append(std::string_view s) {
  memory_.append(s.data(), s.size());
  size_ += s.size();
  if (memory_.size() <= budget_) return;
  if (file_ == nullptr) file_ = std::tmpfile();
  // Without a temporary file the spool simply stays in memory.
  if (file_ != nullptr &&
      std::fwrite(memory_.data(), 1, memory_.size(), file_) == memory_.size()) {
    memory_.clear();
  }
}

bool Spool::MoveTo(std::FILE* out) {
  bool ok = true;
  if (file_ != nullptr) {
    std::rewind(file_);
    std::vector<char> buffer(std::size_t{1} << 16);
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), file_)) > 0) {
      std::fwrite(buffer.data(), 1, n, out);
    }
    ok = !std::ferror(file_);
  }
  std::fwrite(memory_.data(), 1, memory_.size(), out);
  Clear();
  return ok;
}

void Spool::Clear() {
  if (file_ != nullptr) std::fclose(file_);
  file_ = nullptr;
  memory_.clear();
  memory_.shrink_to_fit();
  size_ = 0;
}

}  // namespace diplotier_cli

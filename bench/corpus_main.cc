// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// diplotier_corpus: writes the benchmark inputs into a directory.
//
//   diplotier_corpus --out_dir=DIR [--size_mb=50] [--seed=1]
//                    [--prose_dir=/usr/share/common-licenses]
//
// DIR/sparse.txt   prose with one partnership sentence in 200
// DIR/dense.txt    prose with one partnership sentence in 5
// DIR/article.txt  a 2.5 KB news article with a dozen tier phrases
// DIR/article_nohit.txt  the same article without any lexicon anchor

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "corpus.h"

namespace {

bool WriteFile(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  return static_cast<bool>(out);
}

int Usage() {
  std::fprintf(stderr,
               "usage: diplotier_corpus --out_dir=DIR [--size_mb=50] "
               "[--seed=1] [--prose_dir=/usr/share/common-licenses]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_dir;
  std::string prose_dir = "/usr/share/common-licenses";
  double size_mb = 50;
  unsigned long long seed = 1;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg(argv[i]);
    auto value = [&](std::string_view name) -> const char* {
      if (arg.substr(0, name.size()) == name && arg.size() > name.size() &&
          arg[name.size()] == '=') {
        return argv[i] + name.size() + 1;
      }
      return nullptr;
    };
    if (const char* v = value("--out_dir")) {
      out_dir = v;
    } else if (const char* v = value("--prose_dir")) {
      prose_dir = v;
    } else if (const char* v = value("--size_mb")) {
      size_mb = std::atof(v);
    } else if (const char* v = value("--seed")) {
      seed = std::strtoull(v, nullptr, 10);
    } else {
      return Usage();
    }
  }
  if (out_dir.empty() || size_mb <= 0) return Usage();

  absl::StatusOr<std::vector<std::string>> prose =
      diplotier::bench::LoadProse(prose_dir);
  if (!prose.ok()) {
    std::fprintf(stderr, "diplotier_corpus: %s\n",
                 std::string(prose.status().message()).c_str());
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);

  for (int one_in : {200, 5}) {
    diplotier::bench::CorpusOptions options;
    options.size_bytes = static_cast<std::size_t>(size_mb * 1e6);
    options.one_in = one_in;
    options.seed = seed;
    diplotier::bench::CorpusStats stats;
    const std::string corpus =
        diplotier::bench::MakeCorpus(*prose, options, &stats);
    const std::string path =
        out_dir + (one_in == 200 ? "/sparse.txt" : "/dense.txt");
    if (!WriteFile(path, corpus)) {
      std::fprintf(stderr, "diplotier_corpus: cannot write %s\n", path.c_str());
      return 1;
    }
    std::fprintf(
        stderr,
        "%s: %zu bytes, %zu paragraphs, %zu sentences, %zu "
        "partnership sentences (1 in %.1f)\n",
        path.c_str(), corpus.size(), stats.paragraphs, stats.sentences,
        stats.generated,
        stats.generated ? double(stats.sentences) / stats.generated : 0.0);
  }
  if (!WriteFile(out_dir + "/article.txt", diplotier::bench::Article()) ||
      !WriteFile(out_dir + "/article_nohit.txt",
                 diplotier::bench::ArticleWithoutHits())) {
    std::fprintf(stderr, "diplotier_corpus: cannot write the articles\n");
    return 1;
  }
  return 0;
}

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the JSON writer: any document text, analysed with the default
// lexicon, must give one line of valid JSON. A small strict validator
// checks it (RFC 8259 grammar, UTF-8 strings, no raw control characters).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "default_classifier.h"
#include "diplotier/classifier.h"
#include "diplotier/json.h"
#include "diplotier/lexicon.h"
#include "text/utf8.h"

namespace {

struct Validator {
  std::string_view s;
  size_t i = 0;
  int depth = 0;

  void Ws() {
    while (i < s.size() &&
           (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
      ++i;
    }
  }
  bool Lit(std::string_view w) {
    if (s.substr(i, w.size()) != w) return false;
    i += w.size();
    return true;
  }
  bool String() {
    if (i >= s.size() || s[i] != '"') return false;
    ++i;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '"') {
        ++i;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++i >= s.size()) return false;
        char e = s[i];
        if (e == 'u') {
          for (int k = 1; k <= 4; ++k) {
            if (i + k >= s.size() ||
                !isxdigit(static_cast<unsigned char>(s[i + k])))
              return false;
          }
          i += 5;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos)
          return false;
        ++i;
        continue;
      }
      size_t n = diplotier::internal::ValidSequenceLength(s, i);
      if (n == 0) return false;
      i += n;
    }
    return false;
  }
  bool Number() {
    size_t start = i;
    if (i < s.size() && s[i] == '-') ++i;
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i > start && s[i - 1] != '-';
  }
  bool Value() {
    if (++depth > 64) return false;
    Ws();
    bool ok = false;
    if (i >= s.size()) return false;
    if (s[i] == '{') {
      ++i;
      Ws();
      if (i < s.size() && s[i] == '}') {
        ++i;
        ok = true;
      } else {
        while (true) {
          Ws();
          if (!String()) return false;
          Ws();
          if (i >= s.size() || s[i++] != ':') return false;
          if (!Value()) return false;
          Ws();
          if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
          }
          if (i < s.size() && s[i] == '}') {
            ++i;
            ok = true;
          }
          break;
        }
      }
    } else if (s[i] == '[') {
      ++i;
      Ws();
      if (i < s.size() && s[i] == ']') {
        ++i;
        ok = true;
      } else {
        while (true) {
          if (!Value()) return false;
          Ws();
          if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
          }
          if (i < s.size() && s[i] == ']') {
            ++i;
            ok = true;
          }
          break;
        }
      }
    } else if (s[i] == '"') {
      ok = String();
    } else if (s[i] == 'n') {
      ok = Lit("null");
    } else if (s[i] == 't') {
      ok = Lit("true");
    } else if (s[i] == 'f') {
      ok = Lit("false");
    } else {
      ok = Number();
    }
    --depth;
    return ok;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<diplotier::Analysis> a = DefaultClassifier().Analyze(text);
  if (!a.ok()) __builtin_trap();
  std::string json = diplotier::ToJson(*a, text.substr(0, 16), "", text);
  if (json.find('\n') != std::string::npos) __builtin_trap();
  Validator v{json};
  if (!v.Value()) __builtin_trap();
  v.Ws();
  if (v.i != json.size()) __builtin_trap();
  // The escaper alone, on the raw bytes.
  std::string quoted = "\"" + diplotier::JsonEscape(text) + "\"";
  Validator q{quoted};
  if (!q.String() || q.i != quoted.size()) __builtin_trap();
  return 0;
}

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "std_regex_syntax.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace diplotier {
namespace bench {
namespace {

constexpr char32_t kMaxRune = 0x10FFFF;

// A set of code points as sorted, disjoint, non-adjacent closed ranges.
class RuneSet {
 public:
  void Add(char32_t lo, char32_t hi) { ranges_.emplace_back(lo, hi); }
  void Add(char32_t c) { Add(c, c); }
  void AddSet(const RuneSet& other) {
    ranges_.insert(ranges_.end(), other.ranges_.begin(), other.ranges_.end());
  }

  void Normalize() {
    std::sort(ranges_.begin(), ranges_.end());
    std::vector<std::pair<char32_t, char32_t>> merged;
    for (const auto& r : ranges_) {
      if (!merged.empty() && r.first <= merged.back().second + 1) {
        merged.back().second = std::max(merged.back().second, r.second);
      } else {
        merged.push_back(r);
      }
    }
    ranges_ = std::move(merged);
  }

  bool Contains(char32_t c) const {
    for (const auto& r : ranges_) {
      if (r.first <= c && c <= r.second) return true;
    }
    return false;
  }

  // The complement in [0, kMaxRune]. Requires Normalize().
  RuneSet Complement() const {
    RuneSet out;
    char32_t next = 0;
    for (const auto& r : ranges_) {
      if (r.first > next) out.Add(next, r.first - 1);
      next = r.second + 1;
    }
    if (next <= kMaxRune) out.Add(next, kMaxRune);
    return out;
  }

  // Adds the case variants RE2 matches under case folding (simple folding
  // orbits; ASCII, Latin-1 and the few non-Latin-1 members of their orbits).
  void AddFolds() {
    Normalize();
    RuneSet extra;
    auto both = [&](char32_t a, char32_t b) {
      if (Contains(a)) extra.Add(b);
      if (Contains(b)) extra.Add(a);
    };
    for (const auto& r : ranges_) {
      for (char32_t c = std::max<char32_t>(r.first, 'A');
           c <= std::min<char32_t>(r.second, 'Z'); ++c) {
        extra.Add(c + 32);
      }
      for (char32_t c = std::max<char32_t>(r.first, 'a');
           c <= std::min<char32_t>(r.second, 'z'); ++c) {
        extra.Add(c - 32);
      }
      for (char32_t c = std::max<char32_t>(r.first, 0xC0);
           c <= std::min<char32_t>(r.second, 0xDE); ++c) {
        if (c != 0xD7) extra.Add(c + 32);
      }
      for (char32_t c = std::max<char32_t>(r.first, 0xE0);
           c <= std::min<char32_t>(r.second, 0xFE); ++c) {
        if (c != 0xF7) extra.Add(c - 32);
      }
    }
    both('s', 0x17F);
    both('S', 0x17F);
    both('k', 0x212A);
    both('K', 0x212A);
    both(0xC5, 0x212B);
    both(0xE5, 0x212B);
    both(0xFF, 0x178);
    both(0xB5, 0x39C);
    both(0xB5, 0x3BC);
    both(0xDF, 0x1E9E);
    AddSet(extra);
    Normalize();
  }

  const std::vector<std::pair<char32_t, char32_t>>& ranges() const {
    return ranges_;
  }

 private:
  std::vector<std::pair<char32_t, char32_t>> ranges_;
};

std::string Hex(unsigned byte) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out = "\\x";
  out.push_back(kDigits[(byte >> 4) & 0xF]);
  out.push_back(kDigits[byte & 0xF]);
  return out;
}

// A byte inside a bracket expression.
std::string ClassByte(unsigned byte) {
  const bool alnum = (byte >= '0' && byte <= '9') ||
                     (byte >= 'a' && byte <= 'z') ||
                     (byte >= 'A' && byte <= 'Z');
  return alnum ? std::string(1, static_cast<char>(byte)) : Hex(byte);
}

// A byte outside a bracket expression.
std::string LiteralByte(unsigned byte) {
  const bool plain = (byte >= '0' && byte <= '9') ||
                     (byte >= 'a' && byte <= 'z') ||
                     (byte >= 'A' && byte <= 'Z') || byte == ' ' ||
                     byte == '_' || byte == ',' || byte == '\'' ||
                     byte == '&' || byte == '-' || byte == '/' || byte == ':' ||
                     byte == ';' || byte == '"' || byte == '<' || byte == '>';
  return plain ? std::string(1, static_cast<char>(byte)) : Hex(byte);
}

int Utf8Length(char32_t c) {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

void Encode(char32_t c, unsigned char* b) {
  switch (Utf8Length(c)) {
    case 1:
      b[0] = static_cast<unsigned char>(c);
      break;
    case 2:
      b[0] = static_cast<unsigned char>(0xC0 | (c >> 6));
      b[1] = static_cast<unsigned char>(0x80 | (c & 0x3F));
      break;
    case 3:
      b[0] = static_cast<unsigned char>(0xE0 | (c >> 12));
      b[1] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
      b[2] = static_cast<unsigned char>(0x80 | (c & 0x3F));
      break;
    default:
      b[0] = static_cast<unsigned char>(0xF0 | (c >> 18));
      b[1] = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
      b[2] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
      b[3] = static_cast<unsigned char>(0x80 | (c & 0x3F));
      break;
  }
}

// Byte-range sequences whose concatenations are exactly the UTF-8 encodings
// of the code points in [lo, hi]: the range is cut until, at every
// continuation level, either lo and hi agree above it or it spans all of it.
void Utf8Sequences(char32_t lo, char32_t hi, std::vector<std::string>* out) {
  for (char32_t limit : {char32_t{0x7F}, char32_t{0x7FF}, char32_t{0xFFFF}}) {
    if (lo <= limit && hi > limit) {
      Utf8Sequences(lo, limit, out);
      Utf8Sequences(limit + 1, hi, out);
      return;
    }
  }
  for (int level = 1; level < Utf8Length(lo); ++level) {
    const char32_t mask = (char32_t{1} << (6 * level)) - 1;
    if ((lo & ~mask) == (hi & ~mask)) continue;
    if ((lo & mask) != 0) {
      Utf8Sequences(lo, lo | mask, out);
      Utf8Sequences((lo | mask) + 1, hi, out);
      return;
    }
    if ((hi & mask) != mask) {
      Utf8Sequences(lo, (hi & ~mask) - 1, out);
      Utf8Sequences(hi & ~mask, hi, out);
      return;
    }
  }
  unsigned char a[4], b[4];
  Encode(lo, a);
  Encode(hi, b);
  std::string seq;
  for (int i = 0; i < Utf8Length(lo); ++i) {
    if (a[i] == b[i]) {
      seq += Hex(a[i]);
    } else {
      seq += "[" + Hex(a[i]) + "-" + Hex(b[i]) + "]";
    }
  }
  out->push_back(std::move(seq));
}

// One atom (safe to quantify) matching exactly the code points of `set`.
std::string EmitSet(RuneSet set) {
  set.Normalize();
  std::string ascii;
  std::size_t ascii_count = 0;
  unsigned single = 0;
  std::vector<std::string> sequences;
  for (const auto& r : set.ranges()) {
    if (r.first < 0x80) {
      const unsigned hi = std::min<unsigned>(r.second, 0x7F);
      ascii += ClassByte(r.first);
      if (hi > r.first) ascii += "-" + ClassByte(hi);
      ascii_count += hi - r.first + 1;
      single = r.first;
    }
    // Non-ASCII part, without the surrogates UTF-8 cannot encode.
    char32_t lo = std::max<char32_t>(r.first, 0x80);
    const char32_t hi = r.second;
    while (lo <= hi && hi >= 0x80) {
      if (lo >= 0xD800 && lo <= 0xDFFF) {
        lo = 0xE000;
        continue;
      }
      const char32_t end = (lo < 0xD800 && hi >= 0xD800) ? 0xD7FF : hi;
      Utf8Sequences(lo, end, &sequences);
      if (end == hi) break;
      lo = end + 1;
    }
  }
  std::string ascii_atom;
  if (ascii_count == 1) {
    ascii_atom = LiteralByte(single);
  } else if (ascii_count > 1) {
    ascii_atom = "[" + ascii + "]";
  }
  if (sequences.empty()) return ascii_atom.empty() ? "[^\\s\\S]" : ascii_atom;
  std::string out = "(?:";
  bool first = true;
  if (!ascii_atom.empty()) {
    out += ascii_atom;
    first = false;
  }
  for (const std::string& s : sequences) {
    if (!first) out += "|";
    out += s;
    first = false;
  }
  return out + ")";
}

RuneSet PerlClass(char c) {
  RuneSet s;
  switch (c) {
    case 'd':
    case 'D':
      s.Add('0', '9');
      break;
    case 's':
    case 'S':
      s.Add('\t', '\n');
      s.Add('\f', '\r');
      s.Add(' ');
      break;
    default:  // w, W
      s.Add('0', '9');
      s.Add('A', 'Z');
      s.Add('a', 'z');
      s.Add('_');
      break;
  }
  s.Normalize();
  return s;
}

class Translator {
 public:
  explicit Translator(std::string_view p) : p_(p) {}

  bool Run(bool icase, std::string* out, std::string* error) {
    std::string body;
    if (!Alternation(icase, &body)) {
      *error = error_;
      return false;
    }
    if (i_ != p_.size()) {
      *error = "unmatched ')' at byte " + std::to_string(i_);
      return false;
    }
    *out = std::move(body);
    return true;
  }

 private:
  bool Fail(std::string message) {
    error_ = message + " at byte " + std::to_string(i_);
    return false;
  }
  bool AtEnd() const { return i_ >= p_.size(); }
  char Peek() const { return p_[i_]; }

  bool Alternation(bool icase, std::string* out) {
    for (;;) {
      if (!Sequence(&icase, out)) return false;
      if (!AtEnd() && Peek() == '|') {
        out->push_back('|');
        ++i_;
        continue;
      }
      return true;
    }
  }

  bool Sequence(bool* icase, std::string* out) {
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      std::string atom;
      bool quantifiable = true;
      if (!Atom(icase, &atom, &quantifiable)) return false;
      out->append(atom);
      if (quantifiable && !Quantifier(out)) return false;
    }
    return true;
  }

  // {n}, {n,}, {n,m} at i_? Sets `len` to its length.
  bool RepeatAt(std::size_t at, std::size_t* len) const {
    if (at >= p_.size() || p_[at] != '{') return false;
    std::size_t j = at + 1;
    const std::size_t digits_start = j;
    while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') ++j;
    if (j == digits_start) return false;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      while (j < p_.size() && p_[j] >= '0' && p_[j] <= '9') ++j;
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    *len = j + 1 - at;
    return true;
  }

  bool Quantifier(std::string* out) {
    if (AtEnd()) return true;
    std::size_t len = 0;
    if (Peek() == '*' || Peek() == '+' || Peek() == '?') {
      len = 1;
    } else if (!RepeatAt(i_, &len)) {
      return true;
    }
    out->append(p_.substr(i_, len));
    i_ += len;
    if (!AtEnd() && Peek() == '?') {
      out->push_back('?');
      ++i_;
    }
    if (!AtEnd() && (Peek() == '*' || Peek() == '+' || Peek() == '?')) {
      return Fail("repeated repetition operator");
    }
    return true;
  }

  bool DecodeRune(char32_t* c) {
    const auto b = static_cast<unsigned char>(p_[i_]);
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i_ + len > p_.size()) return Fail("truncated UTF-8");
    char32_t v = len == 1   ? b
                 : len == 2 ? (b & 0x1F)
                 : len == 3 ? (b & 0x0F)
                            : (b & 0x07);
    for (int k = 1; k < len; ++k) {
      v = (v << 6) | (static_cast<unsigned char>(p_[i_ + k]) & 0x3F);
    }
    i_ += len;
    *c = v;
    return true;
  }

  // After a backslash: \x{...} or \xHH.
  bool Hex(char32_t* c) {
    std::size_t end;
    std::size_t start;
    if (!AtEnd() && Peek() == '{') {
      start = i_ + 1;
      end = p_.find('}', start);
      if (end == std::string_view::npos) return Fail("bad \\x{");
      i_ = end + 1;
    } else {
      start = i_;
      end = i_ + 2;
      if (end > p_.size()) return Fail("bad \\x");
      i_ = end;
    }
    char32_t v = 0;
    for (std::size_t k = start; k < end; ++k) {
      const char h = p_[k];
      const int d = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
      if (d < 0) return Fail("bad hex digit");
      v = v * 16 + static_cast<char32_t>(d);
    }
    if (v > kMaxRune) return Fail("code point out of range");
    *c = v;
    return true;
  }

  // An escape inside or outside a class that denotes code points (a single
  // one in `*single`, or a Perl class in `set`). i_ is after the backslash.
  bool RuneEscape(RuneSet* set, char32_t* single, bool* is_single) {
    if (AtEnd()) return Fail("trailing backslash");
    const char c = Peek();
    ++i_;
    *is_single = true;
    switch (c) {
      case 'd':
      case 's':
      case 'w':
        *is_single = false;
        set->AddSet(PerlClass(c));
        return true;
      case 'D':
      case 'S':
      case 'W':
        *is_single = false;
        set->AddSet(PerlClass(c).Complement());
        return true;
      case 'x':
        return Hex(single);
      case 'n':
        *single = '\n';
        return true;
      case 't':
        *single = '\t';
        return true;
      case 'r':
        *single = '\r';
        return true;
      case 'f':
        *single = '\f';
        return true;
      case 'v':
        *single = '\v';
        return true;
      case 'a':
        *single = 7;
        return true;
      default:
        break;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9')) {
      --i_;
      return Fail(std::string("unsupported escape \\") + c);
    }
    --i_;
    return DecodeRune(single);
  }

  bool Class(bool icase, std::string* out) {
    ++i_;  // '['
    bool negated = false;
    if (!AtEnd() && Peek() == '^') {
      negated = true;
      ++i_;
    }
    RuneSet set;
    bool first = true;
    while (!AtEnd() && (Peek() != ']' || first)) {
      first = false;
      if (p_.substr(i_, 2) == "[:") return Fail("POSIX classes unsupported");
      char32_t lo = 0;
      bool is_single = true;
      if (Peek() == '\\') {
        ++i_;
        if (!RuneEscape(&set, &lo, &is_single)) return false;
      } else if (!DecodeRune(&lo)) {
        return false;
      }
      if (!is_single) continue;
      if (i_ + 1 < p_.size() && Peek() == '-' && p_[i_ + 1] != ']') {
        ++i_;
        char32_t hi = 0;
        bool hi_single = true;
        if (Peek() == '\\') {
          ++i_;
          if (!RuneEscape(&set, &hi, &hi_single)) return false;
          if (!hi_single) return Fail("bad range");
        } else if (!DecodeRune(&hi)) {
          return false;
        }
        if (hi < lo) return Fail("bad range");
        set.Add(lo, hi);
      } else {
        set.Add(lo);
      }
    }
    if (AtEnd()) return Fail("missing ]");
    ++i_;  // ']'
    if (icase) set.AddFolds();
    set.Normalize();
    *out = EmitSet(negated ? set.Complement() : set);
    return true;
  }

  bool Group(bool* icase, std::string* out, bool* quantifiable) {
    ++i_;  // '('
    bool inner = *icase;
    if (p_.substr(i_, 1) == "?") {
      ++i_;
      if (p_.substr(i_, 2) == "P<") {
        const std::size_t close = p_.find('>', i_);
        if (close == std::string_view::npos) return Fail("bad group name");
        i_ = close + 1;
      } else {
        bool negate = false;
        bool flag_seen = false;
        while (!AtEnd() && Peek() != ':' && Peek() != ')') {
          const char f = Peek();
          if (f == '-') {
            if (negate) return Fail("bad flags");
            negate = true;
          } else if (f == 'i') {
            inner = !negate;
            flag_seen = true;
          } else {
            return Fail(std::string("unsupported flag ") + f);
          }
          ++i_;
        }
        if (AtEnd() || (!flag_seen && (negate || Peek() == ')'))) {
          return Fail("bad flags");
        }
        if (Peek() == ')') {  // (?i): the rest of the enclosing group
          ++i_;
          *icase = inner;
          *quantifiable = false;
          return true;
        }
        ++i_;  // ':'
      }
    }
    std::string body;
    if (!Alternation(inner, &body)) return false;
    if (AtEnd() || Peek() != ')') return Fail("missing )");
    ++i_;
    *out = "(?:" + body + ")";
    return true;
  }

  bool Atom(bool* icase, std::string* out, bool* quantifiable) {
    const char c = Peek();
    std::size_t len = 0;
    switch (c) {
      case '(':
        return Group(icase, out, quantifiable);
      case '[':
        return Class(*icase, out);
      case '.': {
        ++i_;
        RuneSet any;
        any.Add(0, '\n' - 1);
        any.Add('\n' + 1, kMaxRune);
        *out = EmitSet(any);
        return true;
      }
      case '^':
      case '$':
        ++i_;
        *out = std::string(1, c);
        *quantifiable = false;
        return true;
      case '*':
      case '+':
      case '?':
        return Fail("missing argument to repetition operator");
      case '{':
        if (RepeatAt(i_, &len)) {
          return Fail("missing argument to repetition operator");
        }
        break;
      case '\\': {
        if (i_ + 1 >= p_.size()) return Fail("trailing backslash");
        const char e = p_[i_ + 1];
        if (e == 'b' || e == 'B') {
          i_ += 2;
          *out = std::string("\\") + e;
          *quantifiable = false;
          return true;
        }
        if (e == 'A' || e == 'z') {
          i_ += 2;
          *out = e == 'A' ? "^" : "$";
          *quantifiable = false;
          return true;
        }
        ++i_;
        RuneSet set;
        char32_t single = 0;
        bool is_single = true;
        if (!RuneEscape(&set, &single, &is_single)) return false;
        if (is_single) set.Add(single);
        if (*icase) set.AddFolds();
        *out = EmitSet(set);
        return true;
      }
      default:
        break;
    }
    char32_t rune = 0;
    if (!DecodeRune(&rune)) return false;
    RuneSet set;
    set.Add(rune);
    if (*icase) set.AddFolds();
    *out = EmitSet(set);
    return true;
  }

  std::string_view p_;
  std::size_t i_ = 0;
  std::string error_;
};

}  // namespace

bool TranslateToStdRegex(std::string_view re2_pattern, bool case_sensitive,
                         std::string* out, std::string* error) {
  return Translator(re2_pattern).Run(!case_sensitive, out, error);
}

}  // namespace bench
}  // namespace diplotier

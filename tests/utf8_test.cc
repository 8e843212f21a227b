// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// UTF-8 validation against a decoder written from the definition (code
// point ranges), over every lead byte and every first continuation byte.

#include "text/utf8.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "gtest/gtest.h"

namespace diplotier {
namespace internal {
namespace {

// The length of the well-formed sequence at the start of `s`, or 0, by
// decoding: the shortest form of a scalar value up to U+10FFFF, no
// surrogates.
std::size_t ReferenceLength(std::string_view s) {
  const auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return 1;
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || c >= 0xF8 || s.size() < len) return 0;
  std::uint32_t cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (d & 0x3F);
  }
  const std::uint32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < shortest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

TEST(Utf8, SequenceLengthAgreesWithDecoding) {
  for (int lead = 0; lead < 256; ++lead) {
    for (int second = 0; second < 256; ++second) {
      for (const char tail : {'\x80', '\xBF', 'A'}) {
        std::string s = {static_cast<char>(lead), static_cast<char>(second),
                         tail, tail};
        ASSERT_EQ(ValidSequenceLength(s, 0), ReferenceLength(s))
            << lead << " " << second << " " << int{tail};
        for (std::size_t cut = 1; cut < 4; ++cut) {
          const std::string_view head(s.data(), cut);
          ASSERT_EQ(ValidSequenceLength(head, 0), ReferenceLength(head));
        }
      }
    }
  }
}

TEST(Utf8, FindsTheFirstIllFormedSequence) {
  EXPECT_EQ(FindInvalidUtf8(""), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII text, long enough for words"),
            std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("伙伴 partner"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("abcdefghij\xC0\x80"), 10u);
  EXPECT_EQ(FindInvalidUtf8("伙伴\xE4\xBC"), 6u);
}

// The extent and reason are those of Python's UnicodeDecodeError.
TEST(Utf8, DescribesTheFaultLikePython) {
  struct Case {
    std::string_view text;
    std::size_t end;
    std::string_view reason;
  };
  const Case cases[] = {
      {"\x80", 1, "invalid start byte"},
      {"\xC0\x80", 1, "invalid start byte"},
      {"\xF5\x80\x80\x80", 1, "invalid start byte"},
      {"\xE4\xBC", 2, "unexpected end of data"},
      {"\xF0\x9F\x98", 3, "unexpected end of data"},
      {"\xE4\x41", 1, "invalid continuation byte"},
      {"\xED\xA0\x80", 1, "invalid continuation byte"},  // a surrogate
      {"\xE0\x80\x80", 1, "invalid continuation byte"},  // overlong
      {"\xF4\x90\x80\x80", 1, "invalid continuation byte"},
      {"\xF0\x9F\x41\x80", 2, "invalid continuation byte"},
  };
  for (const Case& c : cases) {
    const Utf8Fault fault = DescribeInvalidUtf8(c.text, 0);
    EXPECT_EQ(fault.end, c.end) << c.text;
    EXPECT_EQ(std::string_view(fault.reason), c.reason) << c.text;
  }
  EXPECT_EQ(std::string_view(DescribeInvalidUtf8("伙", 0).reason), "valid");
}

}  // namespace
}  // namespace internal
}  // namespace diplotier

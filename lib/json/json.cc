// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "diplotier/json.h"

#include <cstddef>
#include <string>

#include "text/utf8.h"
#include "util/strings.h"

namespace diplotier {
namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void AppendQuoted(std::string_view s, std::string* out) {
  out->push_back('"');
  AppendJsonEscaped(s, out);
  out->push_back('"');
}

void AppendDyad(const Dyad& dyad, std::string* out) {
  if (dyad.empty()) {
    out->append("null");
  } else {
    AppendQuoted(dyad.ToString(), out);
  }
}

void AppendInt(long long v, std::string* out) {
  out->append(std::to_string(v));
}

// A change's fields from '{' through "end" (no closing brace): what a change
// and an event share.
void AppendChangeFields(const TierChange& c, std::string* out) {
  out->append("{\"kind\":");
  AppendQuoted(ChangeKindName(c.kind), out);
  out->append(",\"status\":");
  AppendQuoted(ModalityName(c.status), out);
  out->append(",\"from\":");
  AppendQuoted(ChangeEndName(c.from, c.from_level), out);
  out->append(",\"to\":");
  AppendQuoted(ChangeEndName(c.to, c.to_level), out);
  out->append(",\"delta\":");
  if (c.delta.has_value()) {
    AppendInt(*c.delta, out);
  } else {
    out->append("null");
  }
  out->append(",\"dyad\":");
  AppendDyad(c.dyad, out);
  out->append(",\"begin\":");
  AppendInt(static_cast<long long>(c.begin), out);
  out->append(",\"end\":");
  AppendInt(static_cast<long long>(c.end), out);
}

// The record; evidence(i) gives the evidence of change i.
template <typename Evidence>
std::string Record(const Analysis& a, std::string_view doc_id,
                   std::string_view date, Evidence evidence) {
  std::string out;
  out.reserve(256 + 160 * a.mentions.size() + 320 * a.changes.size());
  AppendRecordHead(a, doc_id, date, &out);
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendMentionJson(a.mentions[i], &out);
  }
  out.append("],\"changes\":[");
  for (std::size_t i = 0; i < a.changes.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendChangeJson(a.changes[i], evidence(i), &out);
  }
  AppendEventsJson(a, &out);
  out.append("]}");
  return out;
}

}  // namespace

void AppendJsonEscaped(std::string_view s, std::string* out) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Copy the longest run that needs no escaping in one append.
    std::size_t run = i;
    while (run < n) {
      const unsigned char c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) break;
      ++run;
    }
    out->append(s.data() + i, run - i);
    i = run;
    if (i == n) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out->append("\\\"");
          break;
        case '\\':
          out->append("\\\\");
          break;
        case '\b':
          out->append("\\b");
          break;
        case '\f':
          out->append("\\f");
          break;
        case '\n':
          out->append("\\n");
          break;
        case '\r':
          out->append("\\r");
          break;
        case '\t':
          out->append("\\t");
          break;
        default:  // other control bytes and DEL
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 0xF]);
          break;
      }
      ++i;
      continue;
    }
    const std::size_t len = internal::ValidSequenceLength(s, i);
    if (len == 0) {
      // One U+FFFD for the maximal ill-formed subpart at s[i]: the lead
      // byte and the continuation bytes that could still have completed it.
      out->append(kReplacement.data(), kReplacement.size());
      i = internal::DescribeInvalidUtf8(s, i).end;
    } else if (len == 3 && c == 0xE2 && s[i + 1] == '\x80' &&
               (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out->append(s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029");
      i += 3;
    } else {
      out->append(s.data() + i, len);
      i += len;
    }
  }
}

std::string JsonEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8 + 2);
  AppendJsonEscaped(s, &out);
  return out;
}

std::string ChangeEndName(Tier tier, Representation level) {
  if (tier == Tier::kNone && level != Representation::kUnknown) {
    return internal::Cat("other:", RepresentationName(level));
  }
  return std::string(TierName(tier));
}

void AppendRecordHead(const Analysis& a, std::string_view doc_id,
                      std::string_view date, std::string* out) {
  out->append("{\"doc\":");
  AppendQuoted(doc_id, out);
  out->append(",\"date\":");
  if (date.empty()) {
    out->append("null");
  } else {
    AppendQuoted(date, out);
  }
  out->append(",\"tier\":");
  AppendQuoted(TierOrLabelName(a.tier, a.tier_label), out);
  out->append(",\"rank\":");
  AppendInt(a.rank, out);
  out->append(",\"ladder\":");
  AppendQuoted(a.ladder, out);
  out->append(",\"dyads\":[");
  for (std::size_t i = 0; i < a.dyads.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendQuoted(a.dyads[i].ToString(), out);
  }
  out->append("],\"mentions\":[");
}

void AppendMentionJson(const Mention& m, std::string* out) {
  out->append("{\"tier\":");
  AppendQuoted(TierOrLabelName(m.tier, m.label), out);
  out->append(",\"rank\":");
  AppendInt(m.rank, out);
  out->append(",\"begin\":");
  AppendInt(static_cast<long long>(m.begin), out);
  out->append(",\"end\":");
  AppendInt(static_cast<long long>(m.end), out);
  out->append(",\"text\":");
  AppendQuoted(m.text, out);
  out->append(",\"status\":");
  AppendQuoted(ModalityName(m.modality), out);
  out->append(",\"qualifiers\":[");
  for (std::size_t q = 0; q < m.qualifiers.size(); ++q) {
    if (q > 0) out->push_back(',');
    AppendQuoted(m.qualifiers[q], out);
  }
  out->append("],\"dyad\":");
  AppendDyad(m.dyad, out);
  out->append(",\"sentence\":");
  AppendInt(m.sentence, out);
  out->push_back('}');
}

void AppendEventJson(const TierChange& c, std::string* out) {
  AppendChangeFields(c, out);
  out->push_back('}');
}

void AppendEventsJson(const Analysis& summary, std::string* out) {
  out->append("],\"events\":[");
  for (std::size_t i = 0; i < summary.events.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendEventJson(summary.events[i], out);
  }
}

void AppendChangeJson(const TierChange& c, std::string_view evidence,
                      std::string* out) {
  AppendChangeFields(c, out);
  out->append(",\"evidence\":");
  AppendQuoted(evidence, out);
  out->append(",\"source\":");
  AppendQuoted(ChangeSourceName(c.source), out);
  out->push_back('}');
}

std::string ToJson(const Analysis& analysis, std::string_view doc_id,
                   std::string_view date, std::string_view text) {
  return Record(analysis, doc_id, date, [&](std::size_t i) {
    const TierChange& c = analysis.changes[i];
    if (c.begin > c.end || c.end > text.size()) return std::string_view();
    return text.substr(c.begin, c.end - c.begin);
  });
}

std::string ToJsonWithEvidence(const Analysis& analysis,
                               std::string_view doc_id, std::string_view date,
                               const std::vector<std::string>& evidence) {
  return Record(analysis, doc_id, date, [&](std::size_t i) {
    return i < evidence.size() ? std::string_view(evidence[i])
                               : std::string_view();
  });
}

}  // namespace diplotier

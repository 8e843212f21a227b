// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "output.h"

#include <string>

#include "diplotier/json.h"
#include "diplotier/tier.h"
#include "spool.h"

namespace diplotier_cli {
namespace {

using diplotier::Analysis;
using diplotier::Mention;
using diplotier::TierChange;

std::string Str(std::string_view s) { return std::string(s); }

std::string DyadOrDash(const diplotier::Dyad& d) {
  return d.empty() ? std::string("-") : d.ToString();
}

void Put(std::FILE* out, const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), out);
}

const std::string& EvidenceAt(const std::vector<std::string>& evidence,
                              std::size_t i) {
  static const std::string* const kEmpty = new std::string();
  return i < evidence.size() ? evidence[i] : *kEmpty;
}

// A writer that holds a document's mentions and changes until End, when
// the summary that heads the record is known.
class SpooledWriter : public Writer {
 public:
  void Begin(const std::string& id, const std::string& date) override {
    id_ = id;
    date_ = date;
    mentions_.Clear();
    changes_.Clear();
  }
  void Abandon() override {
    mentions_.Clear();
    changes_.Clear();
  }

 protected:
  std::string id_, date_;
  Spool mentions_, changes_;
};

class JsonlWriter : public SpooledWriter {
 public:
  explicit JsonlWriter(std::FILE* out) : out_(out) {}
  void Add(const Analysis& part,
           const std::vector<std::string>& evidence) override {
    std::string s;
    for (const Mention& m : part.mentions) {
      if (!mentions_.empty() || !s.empty()) s.push_back(',');
      diplotier::AppendMentionJson(m, &s);
    }
    mentions_.Append(s);
    s.clear();
    for (std::size_t i = 0; i < part.changes.size(); ++i) {
      if (!changes_.empty() || !s.empty()) s.push_back(',');
      diplotier::AppendChangeJson(part.changes[i], EvidenceAt(evidence, i), &s);
    }
    changes_.Append(s);
  }
  void End(const Analysis& summary) override {
    std::string head;
    diplotier::AppendRecordHead(summary, id_, date_, &head);
    Put(out_, head);
    mentions_.MoveTo(out_);
    Put(out_, "],\"changes\":[");
    changes_.MoveTo(out_);
    Put(out_, "]}\n");
  }

 private:
  std::FILE* out_;
};

class TsvWriter : public Writer {
 public:
  explicit TsvWriter(std::FILE* out) : out_(out) {
    Put(out_, "doc\tkind\ttier\tfrom\tto\tstatus\tdyad\tbegin\tend\ttext\n");
  }
  void Begin(const std::string& id, const std::string&) override {
    id_ = TsvEscape(id);
  }
  void Add(const Analysis& part,
           const std::vector<std::string>& evidence) override {
    std::string rows;
    for (const Mention& m : part.mentions) {
      rows += id_ + "\tmention\t" + Str(diplotier::TierName(m.tier)) +
              "\t-\t-\t" + Str(diplotier::ModalityName(m.modality)) + "\t" +
              DyadOrDash(m.dyad) + "\t" + std::to_string(m.begin) + "\t" +
              std::to_string(m.end) + "\t" + TsvEscape(m.text) + "\n";
    }
    for (std::size_t i = 0; i < part.changes.size(); ++i) {
      const TierChange& c = part.changes[i];
      rows += id_ + "\tchange\t" + Str(diplotier::ChangeKindName(c.kind)) +
              "\t" + diplotier::ChangeEndName(c.from, c.from_level) + "\t" +
              diplotier::ChangeEndName(c.to, c.to_level) + "\t" +
              Str(diplotier::ModalityName(c.status)) + "\t" +
              DyadOrDash(c.dyad) + "\t" + std::to_string(c.begin) + "\t" +
              std::to_string(c.end) + "\t" +
              TsvEscape(EvidenceAt(evidence, i)) + "\n";
    }
    Put(out_, rows);
  }
  void End(const Analysis&) override {}
  void Abandon() override {}

 private:
  std::FILE* out_;
  std::string id_;
};

// Control bytes shown as spaces, so that one item stays on one line.
std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

class TextWriter : public SpooledWriter {
 public:
  explicit TextWriter(std::FILE* out) : out_(out) {}
  void Add(const Analysis& part,
           const std::vector<std::string>& evidence) override {
    std::string s;
    for (const Mention& m : part.mentions) {
      s += "  mention " + Str(diplotier::TierName(m.tier));
      if (m.rank >= 0) s += " (rank " + std::to_string(m.rank) + ")";
      s += " \"" + OneLine(m.text) + "\" at " + std::to_string(m.begin) + "-" +
           std::to_string(m.end) + ", sentence " + std::to_string(m.sentence);
      if (m.modality != diplotier::Modality::kAsserted) {
        s += ", " + Str(diplotier::ModalityName(m.modality));
      }
      if (!m.dyad.empty()) s += ", " + m.dyad.ToString();
      for (const std::string& q : m.qualifiers) s += ", +" + q;
      s += "\n";
    }
    mentions_.Append(s);
    s.clear();
    for (std::size_t i = 0; i < part.changes.size(); ++i) {
      const TierChange& c = part.changes[i];
      s += "  change " + Str(diplotier::ChangeKindName(c.kind));
      if (c.status != diplotier::Modality::kAsserted) {
        s += " (" + Str(diplotier::ModalityName(c.status)) + ")";
      }
      s += ": " + diplotier::ChangeEndName(c.from, c.from_level) + " -> " +
           diplotier::ChangeEndName(c.to, c.to_level);
      if (c.delta.has_value()) {
        s += ", delta " + std::string(*c.delta > 0 ? "+" : "") +
             std::to_string(*c.delta);
      }
      if (!c.dyad.empty()) s += ", " + c.dyad.ToString();
      s += ", at " + std::to_string(c.begin) + "-" + std::to_string(c.end);
      if (c.source != diplotier::ChangeSource::kText) {
        s += ", from " + Str(diplotier::ChangeSourceName(c.source));
      }
      s += "\n    \"" + OneLine(EvidenceAt(evidence, i)) + "\"\n";
    }
    changes_.Append(s);
  }
  void End(const Analysis& a) override {
    std::string s = OneLine(id_) + ": " + Str(diplotier::TierName(a.tier));
    if (a.tier != diplotier::Tier::kNone) {
      s += " (rank " + std::to_string(a.rank) + ", " + a.ladder + ")";
    }
    if (!date_.empty()) s += " [" + date_ + "]";
    for (std::size_t i = 0; i < a.dyads.size(); ++i) {
      s += (i == 0 ? " " : ", ") + a.dyads[i].ToString();
    }
    s += "\n";
    Put(out_, s);
    mentions_.MoveTo(out_);
    changes_.MoveTo(out_);
  }

 private:
  std::FILE* out_;
};

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "jsonl") return Format::kJsonl;
  if (name == "tsv") return Format::kTsv;
  if (name == "text") return Format::kText;
  return std::nullopt;
}

std::unique_ptr<Writer> MakeWriter(Format format, std::FILE* out) {
  switch (format) {
    case Format::kJsonl:
      return std::make_unique<JsonlWriter>(out);
    case Format::kTsv:
      return std::make_unique<TsvWriter>(out);
    case Format::kText:
      return std::make_unique<TextWriter>(out);
  }
  return nullptr;
}

std::string TsvEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace diplotier_cli

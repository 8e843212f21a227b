// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "output.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "cli.h"
#include "diplotier/json.h"
#include "diplotier/tier.h"
#include "html_output.h"
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

// Hands a spool to the sink.
absl::Status Drain(Spool& spool, Sink* out) {
  absl::Status s =
      spool.MoveTo([out](std::string_view bytes) { return out->Write(bytes); });
  // A stop by the sink is the sink's failure, reported by it.
  return absl::IsCancelled(s) ? absl::OkStatus() : s;
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
  explicit SpooledWriter(Sink* out) : out_(out) {}
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
  // Appends both parts; the first error wins.
  absl::Status Keep(std::string_view mentions, std::string_view changes) {
    absl::Status s = mentions_.Append(mentions);
    if (s.ok()) s = changes_.Append(changes);
    return s;
  }

  Sink* out_;
  std::string id_, date_;
  Spool mentions_, changes_;
};

class JsonlWriter : public SpooledWriter {
 public:
  using SpooledWriter::SpooledWriter;
  absl::Status Add(const Analysis& part,
                   const std::vector<std::string>& evidence) override {
    std::string s;
    for (const Mention& m : part.mentions) {
      if (!mentions_.empty() || !s.empty()) s.push_back(',');
      diplotier::AppendMentionJson(m, &s);
    }
    std::string c;
    for (std::size_t i = 0; i < part.changes.size(); ++i) {
      if (!changes_.empty() || !c.empty()) c.push_back(',');
      diplotier::AppendChangeJson(part.changes[i], EvidenceAt(evidence, i), &c);
    }
    return Keep(s, c);
  }
  absl::Status End(const Analysis& summary) override {
    std::string head;
    diplotier::AppendRecordHead(summary, id_, date_, &head);
    out_->Write(head);
    absl::Status s = Drain(mentions_, out_);
    if (!s.ok()) return s;
    out_->Write("],\"changes\":[");
    s = Drain(changes_, out_);
    if (!s.ok()) return s;
    std::string events;
    diplotier::AppendEventsJson(summary, &events);
    out_->Write(events);
    out_->Write("]}\n");
    return s;
  }
};

class TsvWriter : public SpooledWriter {
 public:
  using SpooledWriter::SpooledWriter;
  absl::Status Add(const Analysis& part,
                   const std::vector<std::string>& evidence) override {
    const std::string id = TsvEscape(id_);
    std::string mentions;
    for (const Mention& m : part.mentions) {
      mentions += id + "\tmention\t" +
                  diplotier::TierOrLabelName(m.tier, m.label) + "\t-\t-\t" +
                  Str(diplotier::ModalityName(m.modality)) + "\t" +
                  DyadOrDash(m.dyad) + "\t" + std::to_string(m.begin) + "\t" +
                  std::to_string(m.end) + "\t" + TsvEscape(m.text) + "\n";
    }
    std::string changes;
    for (std::size_t i = 0; i < part.changes.size(); ++i) {
      const TierChange& c = part.changes[i];
      changes += id + "\tchange\t" + Str(diplotier::ChangeKindName(c.kind)) +
                 "\t" + diplotier::ChangeEndName(c.from, c.from_level) + "\t" +
                 diplotier::ChangeEndName(c.to, c.to_level) + "\t" +
                 Str(diplotier::ModalityName(c.status)) + "\t" +
                 DyadOrDash(c.dyad) + "\t" + std::to_string(c.begin) + "\t" +
                 std::to_string(c.end) + "\t" +
                 TsvEscape(EvidenceAt(evidence, i)) + "\n";
    }
    return Keep(mentions, changes);
  }
  absl::Status End(const Analysis& summary) override {
    absl::Status s = Drain(mentions_, out_);
    if (s.ok()) s = Drain(changes_, out_);
    if (!s.ok()) return s;
    // The document's events, one row each, with no text.
    const std::string id = TsvEscape(id_);
    std::string events;
    for (const TierChange& e : summary.events) {
      events += id + "\tevent\t" + Str(diplotier::ChangeKindName(e.kind)) +
                "\t" + diplotier::ChangeEndName(e.from, e.from_level) + "\t" +
                diplotier::ChangeEndName(e.to, e.to_level) + "\t" +
                Str(diplotier::ModalityName(e.status)) + "\t" +
                DyadOrDash(e.dyad) + "\t" + std::to_string(e.begin) + "\t" +
                std::to_string(e.end) + "\t\n";
    }
    out_->Write(events);
    return s;
  }
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
  using SpooledWriter::SpooledWriter;
  absl::Status Add(const Analysis& part,
                   const std::vector<std::string>& evidence) override {
    std::string ms;
    for (const Mention& m : part.mentions) {
      ms += "  mention " + diplotier::TierOrLabelName(m.tier, m.label);
      if (m.rank >= 0) ms += " (rank " + std::to_string(m.rank) + ")";
      ms += " \"" + OneLine(m.text) + "\" at " + std::to_string(m.begin) + "-" +
            std::to_string(m.end) + ", sentence " + std::to_string(m.sentence);
      if (m.modality != diplotier::Modality::kAsserted) {
        ms += ", " + Str(diplotier::ModalityName(m.modality));
      }
      if (!m.dyad.empty()) ms += ", " + m.dyad.ToString();
      for (const std::string& q : m.qualifiers) ms += ", +" + q;
      ms += "\n";
    }
    std::string cs;
    for (std::size_t i = 0; i < part.changes.size(); ++i) {
      const TierChange& c = part.changes[i];
      cs += "  change " + Str(diplotier::ChangeKindName(c.kind));
      if (c.status != diplotier::Modality::kAsserted) {
        cs += " (" + Str(diplotier::ModalityName(c.status)) + ")";
      }
      cs += ": " + diplotier::ChangeEndName(c.from, c.from_level) + " -> " +
            diplotier::ChangeEndName(c.to, c.to_level);
      if (c.delta.has_value()) {
        cs += ", delta " + std::string(*c.delta > 0 ? "+" : "") +
              std::to_string(*c.delta);
      }
      if (!c.dyad.empty()) cs += ", " + c.dyad.ToString();
      cs += ", at " + std::to_string(c.begin) + "-" + std::to_string(c.end);
      if (c.source != diplotier::ChangeSource::kText) {
        cs += ", from " + Str(diplotier::ChangeSourceName(c.source));
      }
      cs += "\n    \"" + OneLine(EvidenceAt(evidence, i)) + "\"\n";
    }
    return Keep(ms, cs);
  }
  absl::Status End(const Analysis& a) override {
    std::string s =
        OneLine(id_) + ": " + diplotier::TierOrLabelName(a.tier, a.tier_label);
    if (a.tier != diplotier::Tier::kNone) {
      s += " (rank " + std::to_string(a.rank) + ", " + a.ladder + ")";
    }
    if (!date_.empty()) s += " [" + date_ + "]";
    for (std::size_t i = 0; i < a.dyads.size(); ++i) {
      s += (i == 0 ? " " : ", ") + a.dyads[i].ToString();
    }
    s += "\n";
    out_->Write(s);
    absl::Status status = Drain(mentions_, out_);
    if (status.ok()) status = Drain(changes_, out_);
    if (!status.ok()) return status;
    std::string events;
    for (const TierChange& e : a.events) {
      events += "  event " + Str(diplotier::ChangeKindName(e.kind));
      if (e.status != diplotier::Modality::kAsserted) {
        events += " (" + Str(diplotier::ModalityName(e.status)) + ")";
      }
      events += ": " + diplotier::ChangeEndName(e.from, e.from_level) + " -> " +
                diplotier::ChangeEndName(e.to, e.to_level);
      if (e.delta.has_value()) {
        events += ", delta " + std::string(*e.delta > 0 ? "+" : "") +
                  std::to_string(*e.delta);
      }
      if (!e.dyad.empty()) events += ", " + e.dyad.ToString();
      events += "\n";
    }
    out_->Write(events);
    return status;
  }
};

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "jsonl") return Format::kJsonl;
  if (name == "tsv") return Format::kTsv;
  if (name == "text") return Format::kText;
  if (name == "html") return Format::kHtml;
  return std::nullopt;
}

bool Sink::Write(std::string_view s) {
  if (failed()) return false;
  if (s.empty()) return true;
  if (spool_ != nullptr) {
    status_ = spool_->Append(s);
    if (!status_.ok()) error_ = EIO;
    return !failed();
  }
  errno = 0;
  if (std::fwrite(s.data(), 1, s.size(), file_) != s.size()) {
    Fail(errno);
  }
  return !failed();
}

bool Sink::Flush() {
  if (failed()) return false;
  if (spool_ != nullptr) return true;
  errno = 0;
  if (std::fflush(file_) != 0 || std::ferror(file_)) Fail(errno);
  return !failed();
}

void Sink::Fail(int error) {
  error_ = error != 0 ? error : EIO;
  Complain("cannot write " + name_ + ": " + std::strerror(error_));
}

Sink& StandardOutput() {
  static Sink* const sink = new Sink(stdout, "standard output");
  return *sink;
}

std::unique_ptr<Writer> MakeWriter(Format format, Sink* out) {
  switch (format) {
    case Format::kJsonl:
      return std::make_unique<JsonlWriter>(out);
    case Format::kTsv:
      return std::make_unique<TsvWriter>(out);
    case Format::kText:
      return std::make_unique<TextWriter>(out);
    case Format::kHtml:
      return MakeHtmlWriter(out);
  }
  return nullptr;
}

void WriteOutputHead(Format format, Sink* out) {
  if (format == Format::kTsv) {
    out->Write("doc\tkind\ttier\tfrom\tto\tstatus\tdyad\tbegin\tend\ttext\n");
  } else if (format == Format::kHtml) {
    out->Write(HtmlPageHead());
  }
}

void WriteOutputTail(Format format, Sink* out) {
  if (format == Format::kHtml) out->Write(HtmlPageTail());
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

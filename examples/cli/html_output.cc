// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "html_output.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "diplotier/json.h"
#include "diplotier/tier.h"
#include "spool.h"
#include "util/utf8.h"

namespace diplotier_cli {
namespace {

using diplotier::Analysis;
using diplotier::Mention;
using diplotier::TierChange;
using diplotier::internal::ValidSequenceLength;

std::string Str(std::string_view s) { return std::string(s); }

// Rank colours, lowest first; one home for the page's CSS and the timeline.
constexpr const char* kRankColours[] = {
    "#fff1a8", "#ffd97a", "#ffbd6b", "#ff9f6b",
    "#f88a8a", "#ee86b9", "#c98be6", "#9d9cf7",
};
constexpr const char* kUnplacedColour = "#d9dce1";
constexpr int kRankClasses = 8;

// A snake_case name, escaped, that may break after its underscores.
std::string NameHtml(std::string_view name) {
  std::string out;
  for (char c : HtmlEscape(name)) {
    out.push_back(c);
    if (c == '_') out += "<wbr>";
  }
  return out;
}

std::string DyadText(const diplotier::Dyad& d) {
  return d.empty() ? std::string("unknown") : d.ToString();
}

// The ladder a mention's rank is on: the document's, which is its first
// dyad's, unless the mention names another dyad.
std::string MentionLadder(const Mention& m, const Analysis& summary) {
  if (summary.ladder.empty()) return "the ladder of its dyad";
  if (m.dyad.empty() || summary.dyads.empty() || m.dyad == summary.dyads[0]) {
    return summary.ladder;
  }
  return "the ladder of " + m.dyad.ToString();
}

std::string MentionTitle(const Mention& m, const std::string& ladder) {
  std::string t = diplotier::TierOrLabelName(m.tier, m.label);
  t += m.rank >= 0 ? ", rank " + std::to_string(m.rank) + " on " + ladder
                   : ", not placed on " + ladder;
  t += "; dyad " + DyadText(m.dyad) + "; " +
       Str(diplotier::ModalityName(m.modality)) + "; sentence " +
       std::to_string(m.sentence) + "; bytes " + std::to_string(m.begin) + "-" +
       std::to_string(m.end);
  for (const std::string& q : m.qualifiers) t += "; +" + q;
  return t;
}

std::string ChangeText(const TierChange& c) {
  std::string t = Str(diplotier::ChangeKindName(c.kind)) + " (" +
                  Str(diplotier::ModalityName(c.status)) +
                  "): " + diplotier::ChangeEndName(c.from, c.from_level) +
                  " -> " + diplotier::ChangeEndName(c.to, c.to_level);
  if (c.delta.has_value()) {
    t += ", delta " + std::string(*c.delta > 0 ? "+" : "") +
         std::to_string(*c.delta);
  }
  t += "; dyad " + DyadText(c.dyad);
  return t;
}

std::string MarkOpen(const Mention& m, const std::string& ladder) {
  return "<mark class=\"tier " + RankClass(m.rank) + " " +
         Str(diplotier::ModalityName(m.modality)) + "\" title=\"" +
         HtmlEscape(MentionTitle(m, ladder)) + "\">";
}

// The changes stated by one sentence (one highlighted span).
struct ChangeSpan {
  std::size_t begin, end;
  std::vector<const TierChange*> changes;
};

std::string ChangeOpen(const ChangeSpan& g) {
  // The span's look follows its weightiest change: an asserted upgrade or
  // downgrade over anything else.
  const TierChange* lead = g.changes.front();
  for (const TierChange* c : g.changes) {
    if (c->status == diplotier::Modality::kAsserted &&
        (c->kind == diplotier::ChangeKind::kUpgrade ||
         c->kind == diplotier::ChangeKind::kDowngrade)) {
      lead = c;
      break;
    }
  }
  std::string title = "change";
  if (g.changes.size() > 1) title += "s";
  for (std::size_t i = 0; i < g.changes.size(); ++i) {
    title += (i == 0 ? ": " : " | ") + ChangeText(*g.changes[i]);
  }
  return "<span class=\"chg " + Str(diplotier::ChangeKindName(lead->kind)) +
         " " + Str(diplotier::ModalityName(lead->status)) + "\" title=\"" +
         HtmlEscape(title) + "\">";
}

class HtmlWriter : public Writer {
 public:
  explicit HtmlWriter(Sink* out) : out_(out) {}

  void Begin(const std::string& id, const std::string& date) override {
    id_ = id;
    date_ = date;
    Reset();
  }
  void Abandon() override { Reset(); }

  void Text(std::string_view chunk) override {
    size_ += chunk.size();
    if (big_) return;
    if (text_.size() + chunk.size() > kMaxShownTextBytes) {
      GoBig();
      return;
    }
    text_.append(chunk.data(), chunk.size());
  }

  absl::Status Add(const Analysis& part,
                   const std::vector<std::string>& evidence) override {
    if (!big_) {
      mentions_.insert(mentions_.end(), part.mentions.begin(),
                       part.mentions.end());
      changes_.insert(changes_.end(), part.changes.begin(), part.changes.end());
      return absl::OkStatus();
    }
    (void)evidence;
    if (!list_error_.ok()) return list_error_;
    return list_.Append(ListRows(part.mentions, part.changes));
  }

  absl::Status End(const Analysis& summary) override {
    std::string s = "<section class=\"doc\">\n<h2>" + HtmlEscape(id_) +
                    "</h2>\n<div class=\"body\">\n" + SummaryTable(summary);
    if (!big_) {
      s += "<pre class=\"text\">" + HighlightedText(summary) + "</pre>\n";
      s += "</div>\n</section>\n";
      out_->Write(s);
      Reset();
      return absl::OkStatus();
    }
    if (!list_error_.ok()) return list_error_;
    s += "<div class=\"left\"><p class=\"note\">Text not shown: the document "
         "has " +
         std::to_string(size_) + " bytes, more than the " +
         std::to_string(kMaxShownTextBytes >> 20) +
         " MiB a report holds (it was analysed streamed). Its mentions and "
         "changes:</p>\n<ul class=\"list\">\n";
    out_->Write(s);
    absl::Status status = list_.MoveTo(
        [this](std::string_view bytes) { return out_->Write(bytes); });
    Reset();
    out_->Write("</ul></div>\n</div>\n</section>\n");
    return absl::IsCancelled(status) ? absl::OkStatus() : status;
  }

 private:
  void Reset() {
    text_.clear();
    text_.shrink_to_fit();
    mentions_.clear();
    mentions_.shrink_to_fit();
    changes_.clear();
    changes_.shrink_to_fit();
    list_.Clear();
    big_ = false;
    size_ = 0;
    list_error_ = absl::OkStatus();
  }

  // From now on the document's results go to the list; what was kept so
  // far goes there first.
  void GoBig() {
    big_ = true;
    text_.clear();
    text_.shrink_to_fit();
    list_error_ = list_.Append(ListRows(mentions_, changes_));
    mentions_.clear();
    mentions_.shrink_to_fit();
    changes_.clear();
    changes_.shrink_to_fit();
  }

  static std::string ListRows(const std::vector<Mention>& mentions,
                              const std::vector<TierChange>& changes) {
    std::string s;
    for (const Mention& m : mentions) {
      s += "<li>" + MarkOpen(m, "the ladder of its dyad") + HtmlEscape(m.text) +
           "</mark> at bytes " + std::to_string(m.begin) + "-" +
           std::to_string(m.end) + "</li>\n";
    }
    // A sentence's changes are reported together, so neighbours group them.
    std::size_t i = 0;
    while (i < changes.size()) {
      ChangeSpan g{changes[i].begin, changes[i].end, {}};
      while (i < changes.size() && changes[i].begin == g.begin &&
             changes[i].end == g.end) {
        g.changes.push_back(&changes[i++]);
      }
      s += "<li>" + ChangeOpen(g) + "sentence at bytes " +
           std::to_string(g.begin) + "-" + std::to_string(g.end) +
           "</span></li>\n";
    }
    return s;
  }

  std::string SummaryTable(const Analysis& a) const {
    std::string s =
        "<table class=\"summary\">\n<tr title=\"the tier the document asserts "
        "as holding\"><th>tier</th><td>";
    if (a.tier == diplotier::Tier::kNone) {
      s += NameHtml(diplotier::TierOrLabelName(a.tier, a.tier_label));
    } else {
      s += "<span class=\"chip " + RankClass(a.rank) + "\"></span>" +
           NameHtml(diplotier::TierName(a.tier)) + ", rank " +
           std::to_string(a.rank) + " on " + HtmlEscape(a.ladder);
    }
    s += "</td></tr>\n<tr><th>date</th><td>" +
         (date_.empty() ? std::string("none") : HtmlEscape(date_)) +
         "</td></tr>\n<tr><th>dyads</th><td>";
    for (std::size_t i = 0; i < a.dyads.size(); ++i) {
      s += (i == 0 ? "" : ", ") + HtmlEscape(a.dyads[i].ToString());
    }
    if (a.dyads.empty()) s += "none";
    s += "</td></tr>\n";
    // One row per event: kind and status, then from -> to, delta, dyad.
    if (a.events.empty()) s += "<tr><th>events</th><td>none</td></tr>\n";
    for (std::size_t i = 0; i < a.events.size(); ++i) {
      const TierChange& e = a.events[i];
      s += "<tr class=\"event\"><th>" + std::string(i == 0 ? "events" : "") +
           "</th><td><b>" + HtmlEscape(diplotier::ChangeKindName(e.kind)) +
           "</b> " + HtmlEscape(diplotier::ModalityName(e.status)) + "<br>" +
           NameHtml(diplotier::ChangeEndName(e.from, e.from_level)) +
           " &rarr; " + NameHtml(diplotier::ChangeEndName(e.to, e.to_level)) +
           "<br>delta " +
           (e.delta.has_value() ? std::string(*e.delta > 0 ? "+" : "") +
                                      std::to_string(*e.delta)
                                : std::string("?")) +
           ", " + HtmlEscape(DyadText(e.dyad)) + "</td></tr>\n";
    }
    s += "</table>\n";
    return s;
  }

  // The text with its mentions and change sentences marked. Every mention
  // is one <mark>, every distinct change span one <span class="chg">, even
  // where they cross (a mention is then cut at the sentence's end).
  std::string HighlightedText(const Analysis& summary) const {
    std::vector<ChangeSpan> spans;
    {
      std::vector<const TierChange*> sorted;
      for (const TierChange& c : changes_) sorted.push_back(&c);
      std::stable_sort(sorted.begin(), sorted.end(),
                       [](const TierChange* a, const TierChange* b) {
                         return a->begin != b->begin ? a->begin < b->begin
                                                     : a->end < b->end;
                       });
      for (const TierChange* c : sorted) {
        if (!spans.empty() && spans.back().begin == c->begin &&
            spans.back().end == c->end) {
          spans.back().changes.push_back(c);
          continue;
        }
        ChangeSpan g{c->begin, std::min(c->end, text_.size()), {c}};
        // Spans do not nest: one that starts inside the last is cut.
        if (!spans.empty()) g.begin = std::max(g.begin, spans.back().end);
        g.end = std::max(g.end, g.begin);
        spans.push_back(std::move(g));
      }
    }
    std::string s;
    // Leading blank lines (a date line is blanked) are not shown.
    std::size_t pos = text_.find_first_not_of(" \t\r\n");
    if (pos == std::string::npos) pos = text_.size();
    if (!mentions_.empty()) pos = std::min(pos, mentions_.front().begin);
    if (!spans.empty()) pos = std::min(pos, spans.front().begin);
    std::size_t mi = 0;
    auto plain_to = [&](std::size_t limit) {
      limit = std::min(std::max(limit, pos), text_.size());
      s += HtmlEscape(std::string_view(text_).substr(pos, limit - pos));
      pos = std::max(pos, limit);
    };
    // Text up to `limit`, with the mentions that start before it.
    auto marked_to = [&](std::size_t limit) {
      while (mi < mentions_.size() && mentions_[mi].begin < limit) {
        const Mention& m = mentions_[mi++];
        plain_to(m.begin);
        s += MarkOpen(m, MentionLadder(m, summary));
        plain_to(std::min(m.end, limit));
        s += "</mark>";
      }
      plain_to(limit);
    };
    for (const ChangeSpan& g : spans) {
      marked_to(g.begin);
      s += ChangeOpen(g);
      marked_to(g.end);
      s += "</span>";
    }
    marked_to(text_.size());
    // Mentions past the end of the text (none, unless the text was cut).
    while (mi < mentions_.size()) {
      s += MarkOpen(mentions_[mi], MentionLadder(mentions_[mi], summary)) +
           "</mark>";
      ++mi;
    }
    return s;
  }

  Sink* out_;
  std::string id_, date_;
  std::string text_;
  std::size_t size_ = 0;
  bool big_ = false;
  std::vector<Mention> mentions_;
  std::vector<TierChange> changes_;
  Spool list_;
  absl::Status list_error_;
};

}  // namespace

std::unique_ptr<Writer> MakeHtmlWriter(Sink* out) {
  return std::make_unique<HtmlWriter>(out);
}

std::string RankClass(int rank) {
  if (rank < 0) return "rx";
  return "r" + std::to_string(std::min(rank, kRankClasses - 1));
}

std::string RankColour(int rank) {
  if (rank < 0) return kUnplacedColour;
  return kRankColours[std::min(rank, kRankClasses - 1)];
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    const std::size_t n = ValidSequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    if (n > 1) {
      out.append(s.data() + i, n);
      i += n;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
      case '\t':
        out.push_back(c);
        break;
      default:
        out.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' '
                                                                        : c);
    }
    ++i;
  }
  return out;
}

std::string HtmlPageHead() {
  std::string css;
  for (int r = 0; r < kRankClasses; ++r) {
    css += ".r" + std::to_string(r) + "{background:" + kRankColours[r] + "}";
  }
  css += ".rx{background:" + std::string(kUnplacedColour) + "}\n";
  std::string legend;
  for (int r = 0; r < kRankClasses; ++r) {
    legend += "<span class=\"chip r" + std::to_string(r) + "\"></span>" +
              std::to_string(r) + (r == kRankClasses - 1 ? "+" : "") + " ";
  }
  legend += "<span class=\"chip rx\"></span>not placed";
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
         "charset=\"utf-8\">\n<meta name=\"viewport\" "
         "content=\"width=device-width, initial-scale=1\">\n"
         "<title>diplotier report</title>\n<style>\n"
         "body{margin:0;background:#f4f5f8;color:#1c2230;"
         "font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\","
         "\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",sans-serif}\n"
         "header{background:#1f2b47;color:#fff;padding:12px 24px}\n"
         "header h1{font-size:20px;margin:0 0 4px}\n"
         ".legend{font-size:13px;color:#dfe5f2}\n"
         ".legend mark,.legend span.chg{color:#1c2230}\n"
         "main{padding:6px 24px 24px;max-width:1120px}\n"
         "section.doc,section.timeline{background:#fff;border:1px solid "
         "#dde1e8;border-radius:8px;margin:14px 0;padding:10px 18px}\n"
         "h2{font-size:16px;margin:2px 0 6px;font-family:ui-monospace,"
         "\"DejaVu Sans Mono\",monospace}\n"
         "table{border-collapse:collapse;font-size:13px}\n"
         "th,td{border:1px solid #e2e5eb;padding:2px 8px;text-align:left;"
         "vertical-align:top}\n"
         "th{background:#f3f5f9;font-weight:600}\n"
         "table.events th{background:#fafbfc;font-weight:500}\n"
         "div.body{display:grid;grid-template-columns:minmax(0,1fr) 350px;"
         "gap:6px 22px;align-items:start}\n"
         "div.body>table.summary{grid-column:2;grid-row:1;margin-top:8px;"
         "overflow-wrap:anywhere}\n"
         "div.body>pre,div.body>div.left{grid-column:1;grid-row:1}\n"
         "table.summary{font-size:12.5px}\n"
         "table.summary th{width:64px;font-weight:600}\n"
         "tr.event th{border-top-color:transparent}\n"
         "pre.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:10px 0 "
         "4px;font:14px/1.65 system-ui,\"DejaVu Sans\",\"Noto Sans CJK SC\","
         "\"WenQuanYi Micro Hei\",sans-serif}\n"
         ".chip{display:inline-block;width:11px;height:11px;border-radius:3px;"
         "margin:0 4px -1px 2px;border:1px solid #0002}\n"
         "mark.tier{color:#111;padding:1px 2px;border-radius:3px;"
         "cursor:help}\n"
         "mark.hypothetical{outline:1.5px dashed #5b6270}\n"
         "mark.hypothetical::after{content:\"?\";font-size:11px;"
         "font-weight:700;vertical-align:super;color:#3b4a6b}\n"
         "mark.negated{text-decoration:line-through 1.5px}\n"
         "mark.negated::after{content:\"\\00AC\";font-size:11px;"
         "font-weight:700;vertical-align:super;color:#a3281f}\n"
         "span.chg{background:#eef3fb;border-bottom:2.5px solid #4a74c4;"
         "cursor:help}\n"
         "span.chg.upgrade{border-bottom-color:#23934f;background:#eef8f1}\n"
         "span.chg.downgrade{border-bottom-color:#cc3b30;background:#fcf0ef}"
         "\n"
         "span.chg.reaffirm{border-bottom-color:#9aa1ad;background:#f6f7f9}\n"
         "span.chg.hypothetical{border-bottom-style:dashed}\n"
         "span.chg.negated{border-bottom-style:dotted}\n"
         "p.note{color:#7a4b00;background:#fff6e0;padding:4px 8px;"
         "border-radius:4px}\n"
         "svg text{font:12px system-ui,\"DejaVu Sans\",sans-serif;"
         "fill:#2a3142}\n" +
         css +
         "</style>\n</head>\n<body>\n<header><h1>diplotier report</h1>\n"
         "<div class=\"legend\">tier rank: " +
         legend +
         " &nbsp;·&nbsp; <mark class=\"tier r3 hypothetical\">hypothetical"
         "</mark> <mark class=\"tier r3 negated\">negated</mark> &nbsp;·&nbsp; "
         "change: <span class=\"chg upgrade\">upgrade</span> <span "
         "class=\"chg downgrade\">downgrade</span> <span class=\"chg "
         "establish\">establish</span> <span class=\"chg "
         "reaffirm\">reaffirm</span> &nbsp;·&nbsp; hover for details</div>"
         "</header>\n<main>\n";
}

std::string HtmlPageTail() { return "</main>\n</body>\n</html>\n"; }

}  // namespace diplotier_cli

// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "ledger_report.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "cli.h"
#include "diplotier/json.h"
#include "html_output.h"
#include "input.h"

namespace diplotier_cli {
namespace {

std::string Message(const absl::Status& s) {
  return std::string(s.message().data(), s.message().size());
}

std::string Quoted(std::string_view s) {
  return "\"" + diplotier::JsonEscape(s) + "\"";
}

}  // namespace

std::unique_ptr<LedgerReport> LedgerReport::Create(
    const std::string& history_path, const diplotier::Lexicon& lexicon,
    const std::string& ladder, int* exit_code) {
  diplotier::LedgerOptions options;
  options.ladders = lexicon.ladders();
  options.issuers.clear();
  if (ladder == "auto" || ladder.empty()) {
    // The lexicon's issuer lines, the earlier line winning, as the
    // classifier reads them.
    for (const auto& [party, name] : lexicon.issuers()) {
      bool listed = false;
      for (const diplotier::LedgerIssuer& i : options.issuers) {
        listed = listed || i.party == party;
      }
      if (!listed) options.issuers.push_back({party, name});
    }
  } else {
    options.default_ladder = ladder;
  }
  absl::StatusOr<diplotier::Ledger> ledger = diplotier::Ledger::Create(options);
  if (!ledger.ok()) {
    Complain("bad lexicon for the ledger: " + Message(ledger.status()));
    *exit_code = kExitInput;
    return nullptr;
  }
  std::unique_ptr<LedgerReport> report(new LedgerReport(*std::move(ledger)));
  if (history_path.empty()) return report;
  std::string text;
  if (std::string error = ReadWholeFile(history_path, &text); !error.empty()) {
    Complain(error);
    *exit_code = kExitInput;
    return nullptr;
  }
  if (absl::Status s = report->ledger_.LoadHistory(text, history_path);
      !s.ok()) {
    Complain("bad history: " + Message(s));
    *exit_code = kExitInput;
    return nullptr;
  }
  return report;
}

void LedgerReport::Add(const Document& doc) {
  if (doc.date.empty()) {
    Complain("warning: " + doc.id +
             " has no date (--date or a date line): not in the ledger");
    return;
  }
  absl::StatusOr<diplotier::Date> date = diplotier::Date::Parse(doc.date);
  absl::Status s = date.ok() ? ledger_.AddAnalysis(doc.id, *date, doc.analysis)
                             : date.status();
  if (!s.ok()) Complain("warning: " + doc.id + ": " + Message(s));
}

bool LedgerReport::WriteChanges(Format format, Sink* out) const {
  std::string s;
  if (format == Format::kTsv) {
    s += "dyad\tdate\tfrom_date\tkind\tstatus\tfrom\tto\tdelta\tladder\t"
         "implied\tevidence_doc\tsource\n";
  }
  for (const diplotier::Dyad& dyad : ledger_.Dyads()) {
    const std::vector<diplotier::LedgerChange> changes =
        ledger_.ImpliedChanges(dyad);
    if (changes.empty()) continue;
    if (format == Format::kText) s += dyad.ToString() + "\n";
    for (const diplotier::LedgerChange& c : changes) {
      const diplotier::TierChange& t = c.change;
      const std::string from_date =
          c.from_date.year == 0 ? std::string() : c.from_date.ToString();
      const std::string delta =
          t.delta.has_value() ? std::to_string(*t.delta) : std::string();
      const std::string kind(diplotier::ChangeKindName(t.kind));
      const std::string status(diplotier::ModalityName(t.status));
      const std::string source(diplotier::ChangeSourceName(t.source));
      const std::string from = diplotier::ChangeEndName(t.from, t.from_level);
      const std::string to = diplotier::ChangeEndName(t.to, t.to_level);
      switch (format) {
        case Format::kJsonl:
          s += "{\"dyad\":" + Quoted(dyad.ToString()) +
               ",\"date\":" + Quoted(c.date.ToString()) + ",\"from_date\":" +
               (from_date.empty() ? "null" : Quoted(from_date)) +
               ",\"kind\":" + Quoted(kind) + ",\"status\":" + Quoted(status) +
               ",\"from\":" + Quoted(from) + ",\"to\":" + Quoted(to) +
               ",\"delta\":" + (delta.empty() ? "null" : delta) +
               ",\"ladder\":" + Quoted(c.ladder) +
               ",\"implied\":" + (c.implied ? "true" : "false") +
               ",\"evidence_doc\":" + Quoted(c.evidence_doc) +
               ",\"source\":" + Quoted(source) + "}\n";
          break;
        case Format::kTsv:
          s += dyad.ToString() + "\t" + c.date.ToString() + "\t" +
               (from_date.empty() ? "-" : from_date) + "\t" + kind + "\t" +
               status + "\t" + from + "\t" + to + "\t" +
               (delta.empty() ? "-" : delta) + "\t" + c.ladder + "\t" +
               (c.implied ? "implied" : "explicit") + "\t" +
               TsvEscape(c.evidence_doc) + "\t" + source + "\n";
          break;
        case Format::kText:
        case Format::kHtml:  // the HTML page draws timelines instead
          s += "  " + c.ToString() + "\n";
          break;
      }
    }
  }
  if (!out->Write(s) || !out->Flush()) return false;
  ReportConflicts();
  return true;
}

void LedgerReport::ReportConflicts() const {
  for (const diplotier::LedgerConflict& k : ledger_.Conflicts()) {
    Complain("warning: conflict for " + k.dyad.ToString() + " on " +
             k.date.ToString() + ": " +
             std::string(diplotier::TierName(k.first.tier)) + " (" +
             k.first.source_id + ") vs " +
             std::string(diplotier::TierName(k.second.tier)) + " (" +
             k.second.source_id + ")");
  }
}

namespace {

// A date as a fraction of years, for the x axis.
double YearOf(const diplotier::Date& d) {
  const int month = d.month == 0 ? 1 : d.month;
  const int day = d.day == 0 ? 1 : d.day;
  return d.year + (month - 1) / 12.0 + (day - 1) / 365.0;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// One dyad's timeline as an SVG step chart.
std::string TimelineSvg(const std::vector<diplotier::LedgerObservation>& obs) {
  constexpr double kWidth = 1040, kLeft = 44, kRight = 190, kTop = 14,
                   kRow = 22;
  double first = YearOf(obs.front().date), last = YearOf(obs.back().date);
  int max_rank = 0;
  for (const auto& o : obs) max_rank = std::max(max_rank, o.rank);
  first = std::floor(first) - 1;
  last = std::floor(last) + 2;
  const double plot_w = kWidth - kLeft - kRight;
  const double height = kTop + kRow * (max_rank + 2) + 24;
  const double base = kTop + kRow * (max_rank + 1);
  auto x = [&](double year) {
    return kLeft + plot_w * (year - first) / (last - first);
  };
  auto y = [&](int rank) {
    // Not placed (-1) and none sit on the bottom line.
    return base - kRow * std::max(rank, 0);
  };
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                  Num(kWidth) + "\" height=\"" + Num(height) +
                  "\" viewBox=\"0 0 " + Num(kWidth) + " " + Num(height) +
                  "\" role=\"img\">\n";
  // Rank grid and labels.
  for (int r = 0; r <= max_rank; ++r) {
    s += "<line x1=\"" + Num(kLeft) + "\" x2=\"" + Num(kLeft + plot_w) +
         "\" y1=\"" + Num(y(r)) + "\" y2=\"" + Num(y(r)) +
         "\" stroke=\"#e6e9ef\"/><text x=\"" + Num(kLeft - 8) + "\" y=\"" +
         Num(y(r) + 4) + "\" text-anchor=\"end\">" + std::to_string(r) +
         "</text>\n";
  }
  // Year ticks, at most about a dozen.
  const int span = static_cast<int>(last - first);
  const int step = std::max(1, (span + 11) / 12);
  for (int year = static_cast<int>(first); year <= static_cast<int>(last);
       year += step) {
    s += "<line x1=\"" + Num(x(year)) + "\" x2=\"" + Num(x(year)) + "\" y1=\"" +
         Num(base) + "\" y2=\"" + Num(base + 4) +
         "\" stroke=\"#8a92a3\"/><text x=\"" + Num(x(year)) + "\" y=\"" +
         Num(base + 17) + "\" text-anchor=\"middle\">" + std::to_string(year) +
         "</text>\n";
  }
  // The step line: each tier holds until the next observation.
  std::string path;
  for (std::size_t i = 0; i < obs.size(); ++i) {
    const double px = x(YearOf(obs[i].date)), py = y(obs[i].rank);
    path += (i == 0 ? "M" : " H" + Num(px) + " V") +
            (i == 0 ? Num(px) + " " + Num(py) : Num(py));
  }
  path += " H" + Num(kLeft + plot_w);
  s += "<path d=\"" + path +
       "\" fill=\"none\" stroke=\"#44536f\" stroke-width=\"2\"/>\n";
  // Points, and the tier's name where it changes.
  diplotier::Tier shown = diplotier::Tier::kNone;
  bool any = false;
  for (const auto& o : obs) {
    const double px = x(YearOf(o.date)), py = y(o.rank);
    const bool text = o.source == diplotier::ChangeSource::kText;
    const std::string colour = RankColour(o.rank);
    s += "<circle cx=\"" + Num(px) + "\" cy=\"" + Num(py) +
         "\" r=\"6\" fill=\"" + (text ? colour : std::string("#fff")) +
         "\" stroke=\"" + (text ? std::string("#44536f") : colour) +
         "\" stroke-width=\"" + (text ? "1.5" : "3") + "\"><title>" +
         HtmlEscape(o.date.ToString() + ": " +
                    std::string(diplotier::TierName(o.tier)) +
                    (o.rank >= 0 ? ", rank " + std::to_string(o.rank)
                                 : std::string(", not placed")) +
                    " (" + (text ? "document " : "history ") + o.source_id +
                    ")") +
         "</title></circle>\n";
    if (!any || o.tier != shown) {
      // Right of the point, or left of it where the name would not fit.
      const std::string_view name = diplotier::TierName(o.tier);
      const bool fits = px + 8 + 6.8 * name.size() <= kWidth;
      s += "<text x=\"" + Num(fits ? px + 8 : px - 8) + "\" y=\"" +
           Num(py - 8) + "\"" + (fits ? "" : " text-anchor=\"end\"") + ">" +
           HtmlEscape(name) + "</text>\n";
      shown = o.tier;
      any = true;
    }
  }
  return s + "</svg>\n";
}

}  // namespace

bool LedgerReport::WriteHtmlTimeline(Sink* out) const {
  std::string s;
  for (const diplotier::Dyad& dyad : ledger_.Dyads()) {
    const std::vector<diplotier::LedgerObservation> obs =
        ledger_.Timeline(dyad);
    if (obs.empty()) continue;
    const std::vector<diplotier::LedgerChange> changes =
        ledger_.ImpliedChanges(dyad);
    s += "<section class=\"timeline\">\n<h2>timeline " +
         HtmlEscape(dyad.ToString()) +
         (changes.empty() ? std::string()
                          : " (ladder " + HtmlEscape(changes[0].ladder) + ")") +
         "</h2>\n" + TimelineSvg(obs);
    if (!changes.empty()) {
      s += "<table class=\"events\"><tr><th>date</th><th>kind</th>"
           "<th>from</th><th>to</th><th>delta</th><th></th>"
           "<th>evidence</th></tr>";
      for (const diplotier::LedgerChange& c : changes) {
        const diplotier::TierChange& t = c.change;
        s += "<tr><td>" + c.date.ToString() + "</td><td>" +
             HtmlEscape(diplotier::ChangeKindName(t.kind)) + "</td><td>" +
             HtmlEscape(diplotier::ChangeEndName(t.from, t.from_level)) +
             "</td><td>" +
             HtmlEscape(diplotier::ChangeEndName(t.to, t.to_level)) +
             "</td><td>" +
             (t.delta.has_value() ? std::string(*t.delta > 0 ? "+" : "") +
                                        std::to_string(*t.delta)
                                  : std::string("?")) +
             "</td><td>" + (c.implied ? "implied" : "explicit") + "</td><td>" +
             HtmlEscape(c.evidence_doc) + "</td></tr>";
      }
      s += "</table>\n";
    }
    s += "</section>\n";
    if (!out->Write(s)) return false;
    s.clear();
  }
  if (!out->Flush()) return false;
  ReportConflicts();
  return true;
}

bool LedgerReport::ExportDyadYears(const std::string& path) const {
  // A regular file (or a new one) is written beside `path` and renamed over
  // it once whole, so a failure leaves what was there; anything else (a
  // device, a pipe) is written in place.
  struct stat st;
  const bool in_place = ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  std::string temp = path + ".tmp-XXXXXX";
  const int fd = in_place ? ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC)
                          : ::mkstemp(temp.data());
  if (fd < 0) {
    Complain("cannot write " + path + ": " + std::strerror(errno));
    return false;
  }
  if (!in_place) {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  int error = 0;
  absl::Status s = ledger_.WriteDyadYears([&](std::string_view part) {
    while (!part.empty()) {
      const ssize_t n = ::write(fd, part.data(), part.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error = n < 0 ? errno : EIO;
        return false;
      }
      part.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  });
  if (::close(fd) != 0 && error == 0 && s.ok()) error = errno;
  if (s.ok() && error == 0 && !in_place &&
      ::rename(temp.c_str(), path.c_str()) != 0) {
    error = errno;
  }
  if (s.ok() && error == 0) return true;
  if (!in_place) ::unlink(temp.c_str());
  if (error != 0) {
    Complain("cannot write " + path + ": " + std::strerror(error));
  } else {
    Complain("cannot export the dyad-year table to " + path + ": " +
             Message(s));
  }
  return false;
}

}  // namespace diplotier_cli

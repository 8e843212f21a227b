// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "ledger_report.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "cli.h"
#include "diplotier/json.h"
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
          s += "  " + c.ToString() + "\n";
          break;
      }
    }
  }
  if (!out->Write(s) || !out->Flush()) return false;
  for (const diplotier::LedgerConflict& k : ledger_.Conflicts()) {
    Complain("warning: conflict for " + k.dyad.ToString() + " on " +
             k.date.ToString() + ": " +
             std::string(diplotier::TierName(k.first.tier)) + " (" +
             k.first.source_id + ") vs " +
             std::string(diplotier::TierName(k.second.tier)) + " (" +
             k.second.source_id + ")");
  }
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

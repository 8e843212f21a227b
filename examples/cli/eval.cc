// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `diplotier eval FILE.tsv`: scores the classifier against hand labels (the
// format of tests/data/gold.tsv, described in tests/data/README.md).
//
// Predictions, one per row, from Classifier::Analyze(text):
//   tier_mentioned  Analysis::tier, the highest tier the text asserts as
//                   holding; "none" if none.
//   change          the main event (Analysis::events; the weightiest, see
//                   Predict): its status when not asserted ("hypothetical",
//                   "negated"), else its kind; "none" without events.
//   from/to_tier    that event's ends (ChangeEndName), "none" without one
//                   and for a reaffirmation. A level written with or
//                   without "_level" ("other:charge_d_affaires_level") is
//                   the same level.
//   dyad            that event's dyad, else the held tier's mention's, else
//                   the first dyad of the text; completed, when it has one
//                   party or none, by the first parties the default
//                   gazetteer names in the text (CompleteFromParties); "-"
//                   when there is none.

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli.h"
#include "diplotier/json.h"
#include "diplotier/parties.h"
#include "diplotier/tier.h"
#include "util/text.h"

namespace diplotier_cli {
namespace {

using diplotier::internal::SplitTabs;

struct Row {
  int line = 0;
  std::string id, text, dyad, tier, change, from, to;
  // What the other annotator gave instead (columns alt_dyad,
  // alt_tier_mentioned, alt_change); a prediction equal to one is right.
  std::vector<std::string> alt_dyad, alt_tier, alt_change;
  bool has_alternatives() const {
    return !alt_dyad.empty() || !alt_tier.empty() || !alt_change.empty();
  }
};

constexpr const char* kChangeLabels[] = {
    "establish",    "upgrade", "downgrade", "reaffirm",
    "hypothetical", "negated", "none"};

bool IsChangeLabel(const std::string& s) {
  for (const char* label : kChangeLabels) {
    if (s == label) return true;
  }
  return false;
}

// "a,b" -> {"a", "b"}; "" -> {}. Blanks around each item are dropped.
std::vector<std::string> SplitAlternatives(const std::string& field) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin <= field.size()) {
    std::size_t comma = field.find(',', begin);
    if (comma == std::string::npos) comma = field.size();
    std::string item = field.substr(begin, comma - begin);
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (!item.empty()) out.push_back(item);
    begin = comma + 1;
  }
  return out;
}

// An id split into its text before the trailing digits and their value:
// "R042" -> {"R", 42}. Ids without trailing digits get number -1.
std::pair<std::string, long> IdKey(const std::string& id) {
  std::size_t digits = id.size();
  while (digits > 0 && id[digits - 1] >= '0' && id[digits - 1] <= '9') {
    --digits;
  }
  if (digits == id.size() || id.size() - digits > 9) return {id, -1};
  return {id.substr(0, digits), std::stol(id.substr(digits))};
}

// One item of --ids: "R001-R300" (both ends included, same prefix) or a
// single id.
struct IdRange {
  std::string prefix;
  long first = 0, last = 0;
  std::string exact;  // a single id without trailing digits
  bool Contains(const std::string& id) const {
    if (!exact.empty()) return id == exact;
    const auto key = IdKey(id);
    return key.second >= 0 && key.first == prefix && key.second >= first &&
           key.second <= last;
  }
};

// Parses --ids; false (with *error set) when an item is malformed.
bool ParseIdRanges(const std::string& spec, std::vector<IdRange>* out,
                   std::string* error) {
  for (const std::string& item : SplitAlternatives(spec)) {
    IdRange r;
    const std::size_t dash = item.find('-', 1);
    const std::string a = item.substr(0, dash);
    const std::string b = dash == std::string::npos ? a : item.substr(dash + 1);
    const auto ka = IdKey(a), kb = IdKey(b);
    if (ka.second < 0 || kb.second < 0) {
      if (dash != std::string::npos) {
        *error = "--ids: \"" + item +
                 "\": a range needs ids ending in digits (R001-R300)";
        return false;
      }
      r.exact = item;
    } else if (ka.first != kb.first || ka.second > kb.second) {
      *error = "--ids: \"" + item +
               "\": a range runs from a lower to a higher id with the same "
               "prefix";
      return false;
    } else {
      r.prefix = ka.first;
      r.first = ka.second;
      r.last = kb.second;
    }
    out->push_back(r);
  }
  if (out->empty()) {
    *error = "--ids: no id given";
    return false;
  }
  return true;
}

struct Prediction {
  std::string tier = "none", change = "none", dyad = "-", from = "none",
              to = "none";
};

struct Miss {
  std::string id, field, gold, predicted, text;
};

// numerator / denominator, with "no rows" kept apart from zero.
struct Ratio {
  int hits = 0;
  int total = 0;
  void Add(bool hit) {
    ++total;
    hits += hit ? 1 : 0;
  }
};

// A row's dyad when the analysis gives none or one party: the parties the
// default gazetteer names in the text, in text order, complete it (the first
// two distinct ones, or the first one other than the known party).
diplotier::Dyad CompleteFromParties(diplotier::Dyad dyad,
                                    std::string_view text) {
  const std::string known = dyad.first.empty() ? dyad.second : dyad.first;
  std::vector<std::string> codes;
  if (!known.empty()) codes.push_back(known);
  for (const diplotier::PartyMention& m :
       diplotier::Gazetteer::Default().Find(text)) {
    if (std::find(codes.begin(), codes.end(), m.code) == codes.end()) {
      codes.push_back(m.code);
    }
    if (codes.size() == 2) break;
  }
  if (codes.size() < 2) return dyad;
  if (codes[1] < codes[0]) std::swap(codes[0], codes[1]);
  return diplotier::Dyad{codes[0], codes[1]};
}

Prediction Predict(const diplotier::Analysis& a, std::string_view text) {
  Prediction p;
  p.tier = diplotier::TierOrLabelName(a.tier, a.tier_label);
  const diplotier::Mention* top = nullptr;
  for (const diplotier::Mention& m : a.mentions) {
    if (m.tier == a.tier &&
        (a.tier != diplotier::Tier::kNone ||
         (!a.tier_label.empty() && m.label == a.tier_label))) {
      top = &m;
      break;
    }
  }
  diplotier::Dyad dyad;
  // The document's main event: the weightiest of its events (an asserted
  // upgrade or downgrade, then an asserted establishment, then a
  // hypothetical or negated change, then a reaffirmation; the first of
  // equal weight).
  const diplotier::TierChange* main = nullptr;
  auto weight = [](const diplotier::TierChange& c) {
    if (c.kind == diplotier::ChangeKind::kReaffirm) return 1;
    if (c.status != diplotier::Modality::kAsserted) return 2;
    return c.kind == diplotier::ChangeKind::kEstablish ? 3 : 4;
  };
  for (const diplotier::TierChange& e : a.events) {
    if (main == nullptr || weight(e) > weight(*main)) main = &e;
  }
  if (main != nullptr) {
    const diplotier::TierChange& c = *main;
    p.change = std::string(c.status == diplotier::Modality::kAsserted
                               ? diplotier::ChangeKindName(c.kind)
                               : diplotier::ModalityName(c.status));
    // A reaffirmation changes nothing: it has no ends to score.
    if (c.kind != diplotier::ChangeKind::kReaffirm ||
        c.status != diplotier::Modality::kAsserted) {
      p.from = diplotier::ChangeEndName(c.from, c.from_level);
      p.to = diplotier::ChangeEndName(c.to, c.to_level);
    }
    dyad = c.dyad;
  }
  if (dyad.empty() && top != nullptr) dyad = top->dyad;
  if (dyad.empty() && !a.dyads.empty()) dyad = a.dyads.front();
  if (!dyad.complete()) dyad = CompleteFromParties(std::move(dyad), text);
  if (!dyad.empty()) p.dyad = dyad.ToString();
  return p;
}

// "other:charge_d_affaires_level" -> "other:charge_d_affaires": labels
// name a level with or without the suffix.
std::string LevelName(std::string end) {
  constexpr std::string_view kSuffix = "_level";
  if (end.rfind("other:", 0) == 0 && end.size() > kSuffix.size() + 6 &&
      end.compare(end.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
    end.resize(end.size() - kSuffix.size());
  }
  return end;
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

std::string RatioText(const Ratio& r) {
  if (r.total == 0) return "n/a (0 rows)";
  return Fixed(static_cast<double>(r.hits) / r.total) + " (" +
         std::to_string(r.hits) + "/" + std::to_string(r.total) + ")";
}

std::string RatioJson(const Ratio& r) {
  return "{\"count\":" + std::to_string(r.hits) +
         ",\"total\":" + std::to_string(r.total) + ",\"rate\":" +
         (r.total == 0 ? std::string("null")
                       : Fixed(static_cast<double>(r.hits) / r.total)) +
         "}";
}

std::string Quoted(const std::string& s) {
  return "\"" + diplotier::JsonEscape(s) + "\"";
}

struct ClassScore {
  std::string label;
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp == 0 ? 0 : double(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 0 : double(tp) / (tp + fn); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

}  // namespace

int RunEval(const CliOptions& options, const std::vector<std::string>& args) {
  if (args.size() != 1) {
    Complain("eval takes one labelled TSV file (diplotier eval FILE.tsv)");
    return kExitUsage;
  }
  const std::string format = options.format.empty() ? "text" : options.format;
  if (format != "text" && format != "json") {
    Complain("--format=" + options.format + ": eval writes text or json");
    return kExitUsage;
  }
  const std::string& path = args[0];
  int code = kExitOk;
  std::optional<diplotier::Lexicon> lexicon = BuildLexicon(options, &code);
  if (!lexicon) return code;
  std::optional<diplotier::Classifier> classifier =
      BuildClassifier(*lexicon, options, &code);
  if (!classifier) return code;

  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Complain("cannot read " + path + ": " + std::strerror(errno));
    return kExitInput;
  }
  std::vector<IdRange> ids;
  if (!options.ids.empty()) {
    std::string error;
    if (!ParseIdRanges(options.ids, &ids, &error)) {
      Complain(error);
      return kExitUsage;
    }
  }
  // The header names the columns; other columns are ignored.
  const char* kColumns[] = {"id",     "text",      "dyad",   "tier_mentioned",
                            "change", "from_tier", "to_tier"};
  const char* kAltColumns[] = {"alt_dyad", "alt_tier_mentioned", "alt_change"};
  std::string line;
  if (!std::getline(in, line)) {
    Complain(path + ": empty file, expected a header row");
    return kExitInput;
  }
  if (line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
  if (!line.empty() && line.back() == '\r') line.pop_back();
  const std::vector<std::string_view> header_fields = SplitTabs(line);
  const std::vector<std::string> header(header_fields.begin(),
                                        header_fields.end());
  std::size_t column[7];
  for (int k = 0; k < 7; ++k) {
    auto it = std::find(header.begin(), header.end(), kColumns[k]);
    if (it == header.end()) {
      Complain(path + ":1: no column named \"" + kColumns[k] + "\"");
      return kExitInput;
    }
    column[k] = static_cast<std::size_t>(it - header.begin());
  }
  std::optional<std::size_t> alt_column[3];
  for (int k = 0; k < 3; ++k) {
    auto it = std::find(header.begin(), header.end(), kAltColumns[k]);
    if (it != header.end()) {
      alt_column[k] = static_cast<std::size_t>(it - header.begin());
    }
  }
  std::vector<Row> rows;
  int with_alternatives = 0;
  for (int number = 2; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    const std::string where = path + ":" + std::to_string(number) + ": ";
    if (f.size() != header.size()) {
      Complain(where + std::to_string(f.size()) + " fields, the header has " +
               std::to_string(header.size()));
      return kExitInput;
    }
    Row r;
    r.line = number;
    r.id = f[column[0]];
    r.text = f[column[1]];
    r.dyad = f[column[2]];
    r.tier = f[column[3]];
    r.change = f[column[4]];
    r.from = f[column[5]];
    r.to = f[column[6]];
    if (alt_column[0]) r.alt_dyad = SplitAlternatives(std::string(f[*alt_column[0]]));
    if (alt_column[1]) r.alt_tier = SplitAlternatives(std::string(f[*alt_column[1]]));
    if (alt_column[2]) r.alt_change = SplitAlternatives(std::string(f[*alt_column[2]]));
    if (!IsChangeLabel(r.change)) {
      Complain(where + "unknown change label \"" + r.change +
               "\" (expected establish, upgrade, downgrade, reaffirm, "
               "hypothetical, negated or none)");
      return kExitInput;
    }
    for (const std::string& alt : r.alt_change) {
      if (!IsChangeLabel(alt)) {
        Complain(where + "unknown alt_change label \"" + alt + "\"");
        return kExitInput;
      }
    }
    if (!ids.empty() &&
        std::none_of(ids.begin(), ids.end(), [&](const IdRange& range) {
          return range.Contains(r.id);
        })) {
      continue;
    }
    if (r.has_alternatives()) ++with_alternatives;
    rows.push_back(std::move(r));
  }
  if (in.bad()) {
    Complain("cannot read " + path + ": " + std::strerror(errno));
    return kExitInput;
  }
  if (rows.empty()) {
    Complain(path + ": no rows to score" +
             (ids.empty() ? std::string() : " (--ids=" + options.ids + ")"));
    return kExitInput;
  }

  // Scoring.
  Ratio tier, change, dyad, from, to, false_fire;
  std::vector<ClassScore> classes;
  for (const char* label : {"establish", "upgrade", "downgrade", "reaffirm",
                            "hypothetical", "negated", "none"}) {
    classes.push_back(ClassScore{label});
  }
  auto class_of = [&](const std::string& label) -> ClassScore& {
    for (ClassScore& c : classes) {
      if (c.label == label) return c;
    }
    classes.push_back(ClassScore{label});
    return classes.back();
  };
  std::map<std::pair<std::string, std::string>, int> confusion;
  std::vector<Miss> misses;
  for (const Row& r : rows) {
    absl::StatusOr<diplotier::Analysis> a = classifier->Analyze(r.text);
    if (!a.ok()) {
      Complain(path + ":" + std::to_string(r.line) + ": " +
               std::string(a.status().message().data(),
                           a.status().message().size()));
      return kExitInput;
    }
    const Prediction p = Predict(*a, r.text);
    // A prediction equal to the label or to an alternative is right; it
    // then counts as the label it equals (for the class scores too).
    auto accepted = [](const std::string& gold,
                       const std::vector<std::string>& alternatives,
                       const std::string& predicted) {
      return gold == predicted ||
             std::find(alternatives.begin(), alternatives.end(), predicted) !=
                 alternatives.end();
    };
    auto score = [&](Ratio* ratio, const char* field, const std::string& gold,
                     const std::vector<std::string>& alternatives,
                     const std::string& predicted) {
      const bool hit = accepted(gold, alternatives, predicted);
      ratio->Add(hit);
      if (!hit) misses.push_back(Miss{r.id, field, gold, predicted, r.text});
    };
    score(&tier, "tier_mentioned", r.tier, r.alt_tier, p.tier);
    score(&change, "change", r.change, r.alt_change, p.change);
    const std::string gold_change =
        accepted(r.change, r.alt_change, p.change) ? p.change : r.change;
    class_of(gold_change);
    class_of(p.change);
    if (gold_change == p.change) {
      ++class_of(gold_change).tp;
    } else {
      ++class_of(gold_change).fn;
      ++class_of(p.change).fp;
    }
    ++confusion[{gold_change, p.change}];
    if (r.dyad != "-") {
      // A label naming several dyads ("A|B;A|C") accepts each of them.
      std::vector<std::string> dyads = r.alt_dyad;
      if (r.dyad.find(';') != std::string::npos) {
        std::size_t begin = 0;
        for (;;) {
          const std::size_t semi = r.dyad.find(';', begin);
          dyads.push_back(r.dyad.substr(begin, semi - begin));
          if (semi == std::string::npos) break;
          begin = semi + 1;
        }
      }
      score(&dyad, "dyad", r.dyad, dyads, p.dyad);
    }
    if (r.change != "none") {
      score(&from, "from_tier", LevelName(r.from), {}, LevelName(p.from));
      score(&to, "to_tier", LevelName(r.to), {}, LevelName(p.to));
    }
    if (r.tier == "none" && r.change == "none") {
      false_fire.Add(p.tier != "none");
    }
  }
  // Classes present in the gold labels or the predictions.
  std::vector<const ClassScore*> present;
  for (const ClassScore& c : classes) {
    if (c.tp + c.fn + c.fp > 0) present.push_back(&c);
  }
  double macro = 0;
  for (const ClassScore* c : present) macro += c->f1();
  if (!present.empty()) macro /= static_cast<double>(present.size());
  const int n = static_cast<int>(rows.size());

  std::string out;
  if (format == "json") {
    out += "{\"file\":" + Quoted(path) + ",\"rows\":" + std::to_string(n);
    out += ",\"ids\":" +
           (options.ids.empty() ? std::string("null") : Quoted(options.ids));
    out += ",\"rows_with_alternatives\":" + std::to_string(with_alternatives);
    out += ",\"tier_mentioned\":" + RatioJson(tier);
    out += ",\"change\":{\"accuracy\":" + RatioJson(change) +
           ",\"macro_f1\":" + (present.empty() ? "null" : Fixed(macro)) +
           ",\"classes\":[";
    for (std::size_t i = 0; i < present.size(); ++i) {
      const ClassScore& c = *present[i];
      out += std::string(i ? "," : "") + "{\"label\":" + Quoted(c.label) +
             ",\"tp\":" + std::to_string(c.tp) +
             ",\"fp\":" + std::to_string(c.fp) +
             ",\"fn\":" + std::to_string(c.fn) +
             ",\"precision\":" + Fixed(c.precision()) +
             ",\"recall\":" + Fixed(c.recall()) + ",\"f1\":" + Fixed(c.f1()) +
             "}";
    }
    out += "],\"confusion\":{\"labels\":[";
    for (std::size_t i = 0; i < present.size(); ++i) {
      out += std::string(i ? "," : "") + Quoted(present[i]->label);
    }
    out += "],\"gold_by_predicted\":[";
    for (std::size_t i = 0; i < present.size(); ++i) {
      out += i ? ",[" : "[";
      for (std::size_t j = 0; j < present.size(); ++j) {
        auto it = confusion.find({present[i]->label, present[j]->label});
        out += std::string(j ? "," : "") +
               std::to_string(it == confusion.end() ? 0 : it->second);
      }
      out += "]";
    }
    out += "]}}";
    out += ",\"dyad\":" + RatioJson(dyad);
    out += ",\"from_tier\":" + RatioJson(from);
    out += ",\"to_tier\":" + RatioJson(to);
    out += ",\"distractor_false_fire\":" + RatioJson(false_fire);
    if (options.errors) {
      out += ",\"errors\":[";
      for (std::size_t i = 0; i < misses.size(); ++i) {
        const Miss& m = misses[i];
        out += std::string(i ? "," : "") + "{\"id\":" + Quoted(m.id) +
               ",\"field\":" + Quoted(m.field) + ",\"gold\":" + Quoted(m.gold) +
               ",\"predicted\":" + Quoted(m.predicted) +
               ",\"text\":" + Quoted(m.text) + "}";
      }
      out += "]";
    }
    out += "}\n";
  } else {
    out += "file: " + path + "\n";
    out +=
        "rows: " + std::to_string(n) +
        (options.ids.empty() ? std::string() : " (--ids=" + options.ids + ")") +
        "\n";
    out += "rows with alternatives: " + std::to_string(with_alternatives) +
           (alt_column[0] || alt_column[1] || alt_column[2]
                ? std::string(" (alt_* columns of ") + path + ")"
                : std::string(" (no alt_* columns in ") + path + ")") +
           "\n";
    out += "tier_mentioned accuracy: " + RatioText(tier) + "\n";
    out += "change accuracy: " + RatioText(change) + "\n";
    out += "change macro-F1: " +
           (present.empty() ? std::string("n/a") : Fixed(macro)) + " (" +
           std::to_string(present.size()) + " classes)\n";
    char buf[160];
    std::snprintf(buf, sizeof buf, "  %-14s %9s %9s %9s %5s %5s %5s\n", "class",
                  "precision", "recall", "f1", "tp", "fp", "fn");
    out += buf;
    for (const ClassScore* c : present) {
      std::snprintf(buf, sizeof buf, "  %-14s %9.4f %9.4f %9.4f %5d %5d %5d\n",
                    c->label.c_str(), c->precision(), c->recall(), c->f1(),
                    c->tp, c->fp, c->fn);
      out += buf;
    }
    out += "change confusion (rows: gold, columns: predicted):\n";
    std::snprintf(buf, sizeof buf, "  %-14s", "");
    out += buf;
    for (const ClassScore* c : present) {
      std::snprintf(buf, sizeof buf, " %5.5s", c->label.c_str());
      out += buf;
    }
    out += "\n";
    for (const ClassScore* g : present) {
      std::snprintf(buf, sizeof buf, "  %-14s", g->label.c_str());
      out += buf;
      for (const ClassScore* p : present) {
        auto it = confusion.find({g->label, p->label});
        std::snprintf(buf, sizeof buf, " %5d",
                      it == confusion.end() ? 0 : it->second);
        out += buf;
      }
      out += "\n";
    }
    out += "dyad accuracy: " + RatioText(dyad) + "\n";
    out += "from_tier accuracy: " + RatioText(from) + "\n";
    out += "to_tier accuracy: " + RatioText(to) + "\n";
    out += "distractor false-fire rate: " + RatioText(false_fire) + "\n";
    if (options.errors) {
      out += "errors: " + std::to_string(misses.size()) + "\n";
      for (const Miss& m : misses) {
        out += m.id + "\t" + m.field + "\tgold=" + m.gold +
               "\tpredicted=" + m.predicted + "\t" + m.text + "\n";
      }
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace diplotier_cli

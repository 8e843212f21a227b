// Copyright 2026 The diplotier Authors.
// SPDX-License-Identifier: Apache-2.0

#include "convert.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "absl/status/statusor.h"
#include "status_error.h"

namespace py = pybind11;

namespace diplotier_python {
namespace {

py::object DyadOrNone(const diplotier::Dyad& dyad) {
  if (dyad.empty()) return py::none();
  return Utf8ToStr(dyad.ToString());
}

py::object DeltaOrNone(const std::optional<int>& delta) {
  if (!delta.has_value()) return py::none();
  return py::int_(*delta);
}

template <typename Enum>
Enum EnumFromInt(py::handle value, int count, const char* what) {
  const int v = py::cast<int>(value);
  if (v < 0 || v >= count) {
    ThrowInvalidArgument(std::string(what) + " value " + std::to_string(v) +
                         " is out of range 0.." + std::to_string(count - 1));
  }
  return static_cast<Enum>(v);
}

diplotier::Dyad DyadFromObject(py::handle value) {
  if (value.is_none()) return diplotier::Dyad();
  return ParseDyad(py::cast<std::string>(value));
}

py::sequence Fields(py::handle value, std::size_t count, const char* what) {
  if (!PyTuple_Check(value.ptr()) ||
      static_cast<std::size_t>(PyTuple_GET_SIZE(value.ptr())) != count) {
    throw py::type_error(std::string(what) + " must be a tuple of " +
                         std::to_string(count) + " fields");
  }
  return py::reinterpret_borrow<py::sequence>(value);
}

diplotier::Mention MentionFromTuple(py::handle value) {
  const py::sequence f = Fields(value, 10, "mention");
  diplotier::Mention m;
  m.tier = TierFromInt(py::cast<int>(f[0]));
  m.rank = py::cast<int>(f[1]);
  m.begin = py::cast<std::size_t>(f[2]);
  m.end = py::cast<std::size_t>(f[3]);
  m.text = py::cast<std::string>(f[4]);
  for (py::handle q : f[5]) m.qualifiers.push_back(py::cast<std::string>(q));
  m.sentence = py::cast<int>(f[6]);
  m.modality = EnumFromInt<diplotier::Modality>(f[7], 3, "status");
  m.dyad = DyadFromObject(f[8]);
  m.label = py::cast<std::string>(f[9]);
  return m;
}

diplotier::TierChange ChangeFromTuple(py::handle value) {
  const py::sequence f = Fields(value, 13, "change");
  diplotier::TierChange c;
  c.kind = EnumFromInt<diplotier::ChangeKind>(f[0], 4, "kind");
  c.status = EnumFromInt<diplotier::Modality>(f[1], 3, "status");
  c.from = TierFromInt(py::cast<int>(f[2]));
  c.to = TierFromInt(py::cast<int>(f[3]));
  c.from_level = EnumFromInt<diplotier::Representation>(f[4], 5, "level");
  c.to_level = EnumFromInt<diplotier::Representation>(f[5], 5, "level");
  if (!f[6].is_none()) c.delta = py::cast<int>(f[6]);
  c.begin = py::cast<std::size_t>(f[7]);
  c.end = py::cast<std::size_t>(f[8]);
  c.sentence = py::cast<int>(f[9]);
  c.dyad = DyadFromObject(f[10]);
  c.source = EnumFromInt<diplotier::ChangeSource>(f[11], 2, "source");
  return c;
}

// The fields a change and a ledger change share, in the tuple layout.
py::list ChangeFields(const diplotier::TierChange& c, std::size_t begin,
                      std::size_t end) {
  py::list f;
  f.append(static_cast<int>(c.kind));
  f.append(static_cast<int>(c.status));
  f.append(static_cast<int>(c.from));
  f.append(static_cast<int>(c.to));
  f.append(static_cast<int>(c.from_level));
  f.append(static_cast<int>(c.to_level));
  f.append(DeltaOrNone(c.delta));
  f.append(begin);
  f.append(end);
  f.append(c.sentence);
  f.append(DyadOrNone(c.dyad));
  f.append(static_cast<int>(c.source));
  return f;
}

}  // namespace

py::str Utf8ToStr(std::string_view s) {
  PyObject* raw = PyUnicode_DecodeUTF8(
      s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (raw == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(raw);
}

diplotier::Tier TierFromInt(int value) {
  if (value < 0 || value >= diplotier::kTierCount) {
    ThrowInvalidArgument("tier value " + std::to_string(value) +
                         " is out of range 0.." +
                         std::to_string(diplotier::kTierCount - 1));
  }
  return static_cast<diplotier::Tier>(value);
}

diplotier::Dyad ParseDyad(std::string_view text) {
  const std::size_t bar = text.find('|');
  if (bar == std::string_view::npos ||
      text.find('|', bar + 1) != std::string_view::npos) {
    ThrowInvalidArgument("dyad \"" + std::string(text) +
                         "\" is not of the form AAA|BBB");
  }
  diplotier::Dyad dyad;
  dyad.first = std::string(text.substr(0, bar));
  dyad.second = std::string(text.substr(bar + 1));
  return dyad;
}

diplotier::Date ParseDate(std::string_view text) {
  absl::StatusOr<diplotier::Date> date = diplotier::Date::Parse(text);
  if (!date.ok()) ThrowStatus(date.status());
  return *date;
}

py::tuple AnalysisToTuple(const TextJob& job) {
  const diplotier::Analysis& a = job.analysis;
  py::list mentions;
  for (const diplotier::Mention& m : a.mentions) {
    py::tuple qualifiers(m.qualifiers.size());
    for (std::size_t i = 0; i < m.qualifiers.size(); ++i) {
      qualifiers[i] = Utf8ToStr(m.qualifiers[i]);
    }
    mentions.append(py::make_tuple(
        static_cast<int>(m.tier), m.rank, job.Offset(m.begin),
        job.Offset(m.end), Utf8ToStr(m.text), std::move(qualifiers), m.sentence,
        static_cast<int>(m.modality), DyadOrNone(m.dyad), Utf8ToStr(m.label)));
  }
  py::list changes;
  for (const diplotier::TierChange& c : a.changes) {
    // As ToJson does: the evidence is the sentence, empty when its range
    // does not lie inside the text.
    std::string_view evidence;
    if (c.begin <= c.end && c.end <= job.bytes.size()) {
      evidence = job.bytes.substr(c.begin, c.end - c.begin);
    }
    py::list f = ChangeFields(c, job.Offset(c.begin), job.Offset(c.end));
    f.append(Utf8ToStr(evidence));
    changes.append(py::tuple(f));
  }
  py::list events;
  for (const diplotier::TierChange& e : a.events) {
    py::list f = ChangeFields(e, job.Offset(e.begin), job.Offset(e.end));
    f.append(Utf8ToStr(""));  // an event carries no evidence of its own
    events.append(py::tuple(f));
  }
  py::list dyads;
  for (const diplotier::Dyad& d : a.dyads)
    dyads.append(Utf8ToStr(d.ToString()));
  return py::make_tuple(static_cast<int>(a.tier), a.rank, Utf8ToStr(a.ladder),
                        std::move(dyads), std::move(mentions),
                        std::move(changes), std::move(events),
                        Utf8ToStr(a.tier_label));
}

diplotier::Analysis AnalysisFromTuple(py::handle tuple) {
  const py::sequence f = Fields(tuple, 8, "analysis");
  diplotier::Analysis a;
  a.tier = TierFromInt(py::cast<int>(f[0]));
  a.rank = py::cast<int>(f[1]);
  a.ladder = py::cast<std::string>(f[2]);
  for (py::handle d : f[3]) a.dyads.push_back(DyadFromObject(d));
  for (py::handle m : f[4]) a.mentions.push_back(MentionFromTuple(m));
  for (py::handle c : f[5]) a.changes.push_back(ChangeFromTuple(c));
  for (py::handle e : f[6]) a.events.push_back(ChangeFromTuple(e));
  a.tier_label = py::cast<std::string>(f[7]);
  return a;
}

py::tuple ObservationToTuple(const diplotier::LedgerObservation& o) {
  return py::make_tuple(o.date.ToString(), static_cast<int>(o.tier), o.rank,
                        static_cast<int>(o.source), Utf8ToStr(o.source_id),
                        o.begin, o.end, o.sentence, o.from_change);
}

py::tuple LedgerChangeToTuple(const diplotier::LedgerChange& c) {
  py::list f = ChangeFields(c.change, c.change.begin, c.change.end);
  f.append(c.date.ToString());
  f.append(c.implied);
  f.append(Utf8ToStr(c.evidence_doc));
  if (c.from_date.year == 0) {
    f.append(py::none());
  } else {
    f.append(c.from_date.ToString());
  }
  f.append(Utf8ToStr(c.ladder));
  return py::tuple(f);
}

}  // namespace diplotier_python

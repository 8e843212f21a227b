# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Wrong types, bytes that are not UTF-8, bad lexicons, inputs over the
limits: each raises a clear, catchable exception."""

from __future__ import annotations

import pickle

import pytest

import diplotier

SENTENCE = ("China and Venezuela upgraded their ties to an all-weather "
            "strategic partnership.")


@pytest.mark.parametrize("value", [None, 42, 4.5, ["text"], object()])
def test_analyze_needs_str_or_bytes(classifier, value):
    with pytest.raises(TypeError, match="text must be str or bytes, not"):
        classifier.analyze(value)


def test_analyze_many_argument_types(classifier):
    with pytest.raises(TypeError, match="iterable of texts"):
        classifier.analyze_many(SENTENCE)
    with pytest.raises(TypeError, match="iterable of texts"):
        classifier.analyze_many(SENTENCE.encode())
    with pytest.raises(TypeError):
        classifier.analyze_many(None)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str or bytes"):
        classifier.analyze_many([SENTENCE, None, SENTENCE])
    with pytest.raises(ValueError, match="threads must be positive"):
        classifier.analyze_many([SENTENCE], threads=0)
    with pytest.raises(TypeError):
        classifier.analyze_many([SENTENCE], threads="2")


# Ill-formed UTF-8: lone continuation, overlong, surrogate, beyond U+10FFFF,
# truncated at the end, truncated before ASCII.
BAD_BYTES = [
    b"abc\x80def",
    b"ab\xc0\xafcd",
    b"a\xed\xa0\x80b",
    b"\xf4\x90\x80\x80",
    b"partnership \xe5\x85",
    b"\xe5\x85x",
    b"ok \xff",
    SENTENCE.encode() + b"\xf0\x9f\x98",
]


@pytest.mark.parametrize("data", BAD_BYTES)
def test_invalid_utf8_names_the_offset(classifier, data):
    with pytest.raises(UnicodeDecodeError) as ours:
        classifier.analyze(data)
    with pytest.raises(UnicodeDecodeError) as python:
        data.decode("utf-8")
    # The same position, extent and reason as Python's own decoder.
    assert (ours.value.start, ours.value.end, ours.value.reason) == (
        python.value.start, python.value.end, python.value.reason)
    assert f"position {python.value.start}" in str(ours.value)
    assert isinstance(ours.value, ValueError)


def test_invalid_utf8_in_analyze_many_names_the_text(classifier):
    texts = [SENTENCE, SENTENCE.encode(), b"fine", b"bad \xfe here"]
    with pytest.raises(UnicodeDecodeError) as error:
        classifier.analyze_many(texts, threads=2)
    assert error.value.start == 4
    assert "in texts[3]" in getattr(error.value, "__notes__", [])


def test_lone_surrogate_in_str(classifier):
    with pytest.raises(UnicodeEncodeError):
        classifier.analyze("partnership \udc80")


def test_nul_and_control_bytes_are_text(classifier):
    assert classifier.analyze("\0" * 1000).mentions == ()
    text = "\x01\x02 " + SENTENCE + "\0\x7f"
    (m,) = classifier.analyze(text).mentions
    assert text[m.begin:m.end] == m.text


def test_invalid_lexicon_file_names_line_and_column(tmp_path):
    path = tmp_path / "broken.lexicon"
    path.write_text("# a comment\n"
                    "tier strategic_partnership firm\\s+partnership\n"
                    "tier strategic_partnership (unclosed\\s+partnership\n")
    with pytest.raises(diplotier.InvalidArgumentError) as error:
        diplotier.Classifier(lexicon_path=path)
    message = str(error.value)
    assert message.startswith(f"{path}:3:")
    assert "missing )" in message  # RE2's own error text
    assert error.value.code == "INVALID_ARGUMENT"
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize("lexicon, where, what", [
    ("tier bogus_tier partner\n", "<lexicon_text>:1:", "unknown tier"),
    ("anchor partner\nfrobnicate x\n", "<lexicon_text>:2:", ""),
    ("cue sideways partner\n", "<lexicon_text>:1:", ""),
    ("tier strategic_partnership {undefined}partner\n", "<lexicon_text>:1:",
     "undefined"),
])
def test_invalid_lexicon_text(lexicon, where, what):
    with pytest.raises(diplotier.InvalidArgumentError) as error:
        diplotier.Classifier(lexicon_text=lexicon)
    assert str(error.value).startswith(where)
    assert what in str(error.value)


def test_lexicon_pattern_without_anchor():
    with pytest.raises(diplotier.InvalidArgumentError, match="anchor"):
        diplotier.Classifier(
            lexicon_text="anchor partner\ntier strategic_partnership ally\n",
            use_default=False)


def test_lexicon_options():
    with pytest.raises(FileNotFoundError):
        diplotier.Classifier(lexicon_path="/nonexistent/x.lexicon")
    with pytest.raises(diplotier.InvalidArgumentError,
                       match="use_default=False needs"):
        diplotier.Classifier(use_default=False)
    with pytest.raises(TypeError):
        diplotier.Classifier(lexicon_text=42)
    with pytest.raises(TypeError):
        diplotier.Classifier(ladder=None)
    with pytest.raises(diplotier.Error):
        diplotier.Classifier(ladder="atlantis")


def test_input_over_max_input_bytes():
    small = diplotier.Classifier(max_input_bytes=100)
    assert small.max_input_bytes == 100
    assert small.analyze("x" * 100).mentions == ()
    with pytest.raises(diplotier.ResourceExhaustedError) as error:
        small.analyze("x" * 101)
    assert isinstance(error.value, MemoryError)
    assert error.value.code == "RESOURCE_EXHAUSTED"
    assert "101 bytes exceeds max_input_bytes (100)" in str(error.value)
    # The limit counts UTF-8 bytes: 50 "é" are 100 bytes, 51 are 102.
    assert small.analyze("é" * 50).mentions == ()
    with pytest.raises(diplotier.ResourceExhaustedError):
        small.analyze("é" * 51)
    with pytest.raises(diplotier.ResourceExhaustedError,
                       match=r"^texts\[1\]: text of 101 bytes"):
        small.analyze_many(["short", b"y" * 101], threads=2)


def test_limit_arguments():
    for bad in (0, -5):
        with pytest.raises(ValueError, match="max_input_bytes"):
            diplotier.Classifier(max_input_bytes=bad)
    with pytest.raises(TypeError):
        diplotier.Classifier(max_input_bytes="100")
    with pytest.raises(TypeError):
        diplotier.Classifier(max_memory=True)


def test_patterns_over_max_memory():
    # The default lexicon's patterns need more than 1 MiB; less is refused.
    with pytest.raises(diplotier.ResourceExhaustedError,
                       match="need a ClassifierOptions::max_memory of at "
                             "least .* it is 1048576"):
        diplotier.Classifier(max_memory=1 << 20)
    with pytest.raises(diplotier.InvalidArgumentError, match="at least"):
        diplotier.Classifier(max_memory=1024)


def test_errors_pickle_with_their_code():
    for error in (diplotier.InvalidArgumentError("x.lexicon:3:1: bad"),
                  diplotier.ResourceExhaustedError("too long"),
                  diplotier.NotFoundError("no such ladder"),
                  diplotier.Error("odd", "INTERNAL")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert (str(copy), copy.code) == (str(error), error.code)


def test_dyad_year_export_is_bounded():
    ledger = diplotier.Ledger()
    ledger.load_history("dyad\tdate\ttier\tladder\tsource\n"
                        "CHN|VEN\t2001-04-18\tstrategic_partnership\t\tseed\n")
    for year in (2**31 - 1, 2**64, -1, 10000):
        with pytest.raises(ValueError, match="through_year"):
            ledger.export_dyad_years(through_year=year)
    assert ledger.export_dyad_years(through_year=2002).count("\n") == 3
    # 500 dyads over years 1-9999 would be 5 million rows: refused, not built.
    rows = ["dyad\tdate\ttier\tladder\tsource"]
    for i in range(500):
        rows.append(f"A{i}|B\t0001\tpartnership\t\ts")
        rows.append(f"A{i}|B\t9999-12-31\tpartnership\t\ts")
    wide = diplotier.Ledger()
    wide.load_history("\n".join(rows) + "\n")
    with pytest.raises(diplotier.ResourceExhaustedError, match="rows"):
        wide.export_dyad_years()


def test_limit_arguments_out_of_range_are_value_errors():
    with pytest.raises(ValueError, match="max_input_bytes must be at most"):
        diplotier.Classifier(max_input_bytes=2**64)
    with pytest.raises(ValueError, match="max_memory must be at most"):
        diplotier.Classifier(max_memory=2**63)
    classifier = diplotier.Classifier()
    with pytest.raises(ValueError, match="threads must be at most"):
        classifier.analyze_many([SENTENCE], threads=2**31)


def test_over_max_input_bytes_gives_python_advice():
    small = diplotier.Classifier(max_input_bytes=10)
    with pytest.raises(diplotier.ResourceExhaustedError) as error:
        small.analyze("x" * 11)
    assert "StreamAnalyzer" not in str(error.value)
    assert "split the text or raise max_input_bytes" in str(error.value)


def test_empty_ladder_is_refused_as_in_the_tool():
    with pytest.raises(diplotier.InvalidArgumentError, match="ladder"):
        diplotier.Classifier(ladder="")


def test_lexicon_path_is_capped(tmp_path):
    with pytest.raises(diplotier.ResourceExhaustedError, match="256 MiB"):
        diplotier.Classifier(lexicon_path="/dev/zero")
    with pytest.raises(IsADirectoryError):
        diplotier.Classifier(lexicon_path=tmp_path)


def test_history_path_is_capped():
    with pytest.raises(diplotier.ResourceExhaustedError, match="256 MiB"):
        diplotier.Ledger().load_history("/dev/zero")

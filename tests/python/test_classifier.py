# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""Classifier: results, offsets, options, threads, and parity with the CLI."""

from __future__ import annotations

import concurrent.futures
import doctest
import pathlib
import pickle

import pytest

import diplotier
from conftest import SAMPLE_DOCUMENTS, SOURCE_DIR, run_cli_jsonl
from diplotier import ChangeKind, Modality, Tier

UPGRADE = ("China and Venezuela upgraded their ties to an all-weather "
           "strategic partnership.")

# Sentences written for these tests, in English and Chinese, covering
# assertions, hypotheses, denials, qualifiers and a distractor.
SENTENCES = [
    UPGRADE,
    "Vietnam and Japan are expected to upgrade their ties to a "
    "comprehensive strategic partnership next year.",
    "Officials in Madrid said Spain has not upgraded its strategic "
    "partnership with Morocco.",
    "India and Russia reaffirmed their special and privileged strategic "
    "partnership for a new era.",
    "Australia and Indonesia elevated their relationship to a "
    "comprehensive strategic partnership.",
    "The port authority approved a public-private partnership for the "
    "harbour.",
    "中国和巴基斯坦宣布将双边关系提升为全天候战略合作伙伴关系。",
    "Lithuania downgraded its diplomatic relations with China from "
    "ambassador to chargé d'affaires.",
    "",
    "Nothing here names a tier at all.",
]


def test_upgrade_sentence(classifier):
    a = classifier.analyze(UPGRADE)
    assert a.tier is Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP
    assert a.rank == 5
    assert a.ladder == "china"
    assert a.dyads == ("CHN|VEN",)
    (m,) = a.mentions
    assert m.tier is Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP
    assert m.text == "all-weather strategic partnership"
    assert (m.begin, m.end) == (46, 79)
    assert UPGRADE[m.begin:m.end] == m.text
    assert m.status is Modality.ASSERTED
    assert m.dyad == "CHN|VEN"
    assert m.sentence == 0
    (c,) = a.changes
    assert c.kind is ChangeKind.UPGRADE
    assert c.status is Modality.ASSERTED
    assert c.from_tier is Tier.NONE
    assert c.to_tier is Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP
    assert c.delta is None
    assert c.dyad == "CHN|VEN"
    assert c.evidence == UPGRADE
    assert (c.begin, c.end) == (0, len(UPGRADE))


def test_to_dict_of_upgrade(classifier):
    record = classifier.analyze(UPGRADE).to_dict("note.txt", "2023-09-13")
    assert list(record) == ["doc", "date", "tier", "rank", "ladder", "dyads",
                            "mentions", "changes", "events"]
    assert [e["kind"] for e in record["events"]] == ["upgrade"]
    assert "evidence" not in record["events"][0]
    assert record["doc"] == "note.txt"
    assert record["date"] == "2023-09-13"
    assert record["tier"] == "all_weather_strategic_partnership"
    assert record["dyads"] == ["CHN|VEN"]
    assert record["mentions"][0]["status"] == "asserted"
    change = record["changes"][0]
    assert list(change) == ["kind", "status", "from", "to", "delta", "dyad",
                            "begin", "end", "evidence", "source"]
    assert (change["kind"], change["from"], change["to"]) == (
        "upgrade", "none", "all_weather_strategic_partnership")
    assert change["delta"] is None
    assert change["source"] == "text"


def test_hypothetical_and_negated(classifier):
    hoped = classifier.analyze(SENTENCES[1])
    assert hoped.tier is Tier.NONE  # nothing asserted
    assert hoped.ladder == "vietnam"
    assert hoped.mentions[0].status is Modality.HYPOTHETICAL
    assert hoped.changes[0].status is Modality.HYPOTHETICAL
    assert hoped.changes[0].dyad == "JPN|VNM"
    denied = classifier.analyze(SENTENCES[2])
    # The upgrade is denied; the strategic partnership it starts from holds.
    assert denied.mentions[0].status is Modality.ASSERTED
    assert denied.tier is Tier.STRATEGIC_PARTNERSHIP
    assert denied.changes[0].status is Modality.NEGATED
    assert denied.dyads == ("ESP|MAR",)


def test_qualifiers_and_reaffirmation(classifier):
    a = classifier.analyze(SENTENCES[3])
    assert a.tier is Tier.SPECIAL_STRATEGIC_PARTNERSHIP
    assert a.ladder == "india"
    assert a.mentions[0].qualifiers == ("new_era",)
    assert a.changes[0].kind is ChangeKind.REAFFIRM
    assert a.changes[0].delta == 0


def test_representation_level_is_other(classifier):
    a = classifier.analyze(SENTENCES[7])
    (c,) = a.changes
    assert c.kind is ChangeKind.DOWNGRADE
    assert c.to_level is diplotier.Representation.CHARGE_D_AFFAIRES
    assert c.to_dict()["to"] == "other:charge_d_affaires"
    assert c.dyad == "CHN|LTU"


def test_off_ladder_relationship_is_an_other_label(classifier):
    a = classifier.analyze(
        "Tokyo and Canberra keep a special relationship, officials said.")
    assert a.tier is Tier.NONE
    assert a.tier_label == "special_relationship"
    (m,) = a.mentions
    assert m.label == "special_relationship"
    assert m.rank == -1
    assert a.to_dict()["tier"] == "other:special_relationship"
    assert m.to_dict()["tier"] == "other:special_relationship"
    # The label survives the trip through the worker tuple layout.
    assert diplotier.Analysis._from_raw(a._to_raw()) == a


def test_distractor_and_plain_text_give_nothing(classifier):
    for text in (SENTENCES[5], SENTENCES[9]):
        a = classifier.analyze(text)
        assert a.tier is Tier.NONE
        assert a.mentions == ()
        assert a.changes == ()


def test_empty_text(classifier):
    for text in ("", b""):
        a = classifier.analyze(text)
        assert a == diplotier.Analysis(tier=Tier.NONE, rank=0,
                                       ladder=a.ladder)
        assert a.to_dict()["mentions"] == []


def test_str_offsets_are_code_points(classifier):
    text = "Café talks in Bogotá ended. " + SENTENCES[6] + " " + UPGRADE
    a = classifier.analyze(text)
    assert len(a.mentions) == 2
    for m in a.mentions:
        assert text[m.begin:m.end] == m.text
    for c in a.changes:
        assert text[c.begin:c.end] == c.evidence
    assert a.mentions[0].text == "全天候战略合作伙伴关系"
    assert a.mentions[1].sentence == 2


def test_bytes_offsets_are_byte_offsets(classifier):
    text = "Café talks in Bogotá ended. " + SENTENCES[6] + " " + UPGRADE
    data = text.encode("utf-8")
    by_bytes = classifier.analyze(data)
    by_chars = classifier.analyze(text)
    for mb, mc in zip(by_bytes.mentions, by_chars.mentions, strict=True):
        assert data[mb.begin:mb.end].decode("utf-8") == mb.text == mc.text
        assert mb.begin == len(text[:mc.begin].encode("utf-8"))
        assert mb.end == len(text[:mc.end].encode("utf-8"))
    for cb, cc in zip(by_bytes.changes, by_chars.changes, strict=True):
        assert data[cb.begin:cb.end].decode("utf-8") == cb.evidence
        assert cb.evidence == cc.evidence
    # Apart from offsets, the two analyses agree.
    assert by_bytes.tier == by_chars.tier
    assert by_bytes.dyads == by_chars.dyads
    assert [m.tier for m in by_bytes.mentions] == [
        m.tier for m in by_chars.mentions]


def test_bytes_like_inputs_agree(classifier):
    data = UPGRADE.encode("utf-8")
    expected = classifier.analyze(data)
    assert classifier.analyze(bytearray(data)) == expected
    assert classifier.analyze(memoryview(data)) == expected


def test_analyze_many_equals_analyze(classifier):
    texts = SENTENCES + [s.encode("utf-8") for s in SENTENCES]
    expected = [classifier.analyze(t) for t in texts]
    for threads in (1, 2, 4, 64):
        assert classifier.analyze_many(texts, threads=threads) == expected
    assert classifier.analyze_many(iter(texts)) == expected
    assert classifier.analyze_many([]) == []


def test_many_python_threads_share_one_classifier(classifier):
    texts = [f"Statement {i}: " + SENTENCES[i % len(SENTENCES)]
             for i in range(300)]
    expected = [classifier.analyze(t) for t in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(classifier.analyze, texts))
        batches = list(pool.map(
            lambda i: classifier.analyze_many(texts[i:i + 50], threads=2),
            range(0, 300, 50)))
    assert got == expected
    assert [a for batch in batches for a in batch] == expected


def test_results_pickle(classifier):
    for text in SENTENCES:
        a = classifier.analyze(text)
        assert pickle.loads(pickle.dumps(a)) == a
    assert hash(classifier.analyze(UPGRADE)) == hash(
        classifier.analyze(UPGRADE))


def test_classifier_pickles_with_its_options():
    lexicon = "tier strategic_partnership privileged\\s+partnership\n"
    original = diplotier.Classifier(lexicon_text=lexicon, ladder="vietnam",
                                    max_input_bytes=4096)
    copy = pickle.loads(pickle.dumps(original))
    assert (copy.ladder, copy.max_input_bytes, copy.pattern_count) == (
        "vietnam", 4096, original.pattern_count)
    text = "France and Brazil agreed on a privileged partnership."
    assert copy.analyze(text) == original.analyze(text)
    assert copy.analyze(text).mentions[0].tier is Tier.STRATEGIC_PARTNERSHIP


def test_user_lexicon_is_merged_with_the_default(tmp_path, classifier):
    text = ("France and Brazil agreed on a privileged partnership. " +
            UPGRADE)
    assert [m.tier for m in classifier.analyze(text).mentions] == [
        Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP]
    path = tmp_path / "mine.lexicon"
    path.write_text("# a phrase the default lexicon lacks\n"
                    "tier strategic_partnership privileged\\s+partnership\n")
    merged = diplotier.Classifier(lexicon_path=path)
    assert merged.pattern_count == classifier.pattern_count + 1
    assert [m.tier for m in merged.analyze(text).mentions] == [
        Tier.STRATEGIC_PARTNERSHIP, Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP]
    # The same lexicon as text, and given as a list of paths.
    assert diplotier.Classifier(
        lexicon_text=path.read_text()).analyze(text) == merged.analyze(text)
    assert diplotier.Classifier(
        lexicon_path=[str(path)]).analyze(text) == merged.analyze(text)


def test_user_lexicon_alone(tmp_path):
    lexicon = ("anchor partner\n"
               "tier strategic_partnership privileged\\s+partnership\n")
    alone = diplotier.Classifier(lexicon_text=lexicon, use_default=False)
    assert alone.pattern_count == 1
    assert alone.anchors == ["partner"]
    text = ("France and Brazil agreed on a privileged partnership. " +
            UPGRADE)
    assert [m.text for m in alone.analyze(text).mentions] == [
        "privileged partnership"]


def test_ladder_option(classifier):
    text = SENTENCES[4]  # Australia and Indonesia: auto picks indonesia
    auto = classifier.analyze(text)
    assert (auto.ladder, auto.rank) == ("indonesia", 3)
    china = diplotier.Classifier(ladder="china").analyze(text)
    assert (china.ladder, china.rank) == ("china", 4)
    assert china.mentions[0].rank == 4


def test_to_dict_matches_cli_on_the_sample_documents(cli, classifier):
    records = run_cli_jsonl(cli, *SAMPLE_DOCUMENTS)
    assert len(records) == len(SAMPLE_DOCUMENTS)
    for path, record in zip(SAMPLE_DOCUMENTS, records):
        doc = diplotier.read_document(path)
        assert classifier.analyze(doc.data).to_dict(doc.doc_id,
                                                    doc.date) == record


def test_to_dict_matches_cli_on_new_sentences(cli, classifier, tmp_path):
    # One document per sentence, and one with all of them, undated.
    paths = []
    for i, sentence in enumerate(SENTENCES + ["\n".join(SENTENCES)]):
        path = tmp_path / f"doc{i:02d}.txt"
        path.write_text(f"date 2024-0{1 + i % 9}-1{i % 10}\n{sentence}\n"
                        if i % 2 else sentence, encoding="utf-8")
        paths.append(str(path))
    # A byte order mark and CRLF line ends around the date line.
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf date\t2023-11-30 \r\n" +
                     UPGRADE.encode() + b"\r\n")
    paths.append(str(path))
    records = run_cli_jsonl(cli, *paths)
    assert any(r["changes"] for r in records)
    assert records[-1]["date"] == "2023-11-30"
    for path, record in zip(paths, records, strict=True):
        doc = diplotier.read_document(path, date_from_name=False)
        assert classifier.analyze(doc.data).to_dict(doc.doc_id,
                                                    doc.date) == record


def test_read_document_blanks_the_date_line(tmp_path):
    path = tmp_path / "2020-05-06-note.txt"
    path.write_bytes(b"\xef\xbb\xbfdate 2021-02-03\r\nText.\n")
    doc = diplotier.read_document(path)
    assert doc.date == "2021-02-03"
    assert doc.data == b" " * 18 + b"\r\nText.\n"
    undated = tmp_path / "2020-05-06-other.txt"
    undated.write_bytes(b"Text only.\n")
    assert diplotier.read_document(undated).date == "2020-05-06"
    assert diplotier.read_document(undated, date_from_name=False).date is None
    for bad in (b"2022-13-01\nx", b"2023-02-30", b"date 2023-13-01\nx",
                b"Date: 2023-02-29", b"date 13/01/2023"):
        with pytest.raises(ValueError, match="bad date line"):
            diplotier.split_date_line(bad)
    for line in (b"Date 2023-09-13", b"date: 2023-09-13", b"DATE:2023-09-13"):
        assert diplotier.split_date_line(line + b"\nx")[0] == "2023-09-13"
    assert diplotier.split_date_line(b"2024-02-29")[0] == "2024-02-29"
    assert diplotier.split_date_line(b"Date of the summit\n") == (
        None, b"Date of the summit\n")
    assert diplotier.split_date_line(b"  2022-12-31  ") == ("2022-12-31",
                                                             b" " * 14)
    assert diplotier.date_from_filename(
        pathlib.Path("x/20201-01-01.txt")) is None


def test_docstring_examples(monkeypatch):
    # The examples in the package's docstrings are run, so they stay true.
    monkeypatch.chdir(SOURCE_DIR)
    attempted = 0
    for module in (diplotier, diplotier.classifier, diplotier.ladder,
                   diplotier.ledger, diplotier.documents):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__
        attempted += result.attempted
    assert attempted >= 15

"""The public Python API: load, extract, extract_many, records and tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import pipeline
from pipeline.api import parse_published
from pipeline.chunks import merge_chunks
from pipeline.errors import UsageError
from pipeline.read import split_for_nlp
from pipeline.write.schema import TABLES, columns

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "000_e7c281f085c722e3.txt"


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def _all_records(res):
    return [*res.organizations, *res.money, *res.dates, *res.terms]


def test_load_adds_the_itnews_components_in_order(nlp):
    names = [n for n in nlp.pipe_names if n.startswith("itnews_")]
    assert names == [
        "itnews_lemmatizer",
        "itnews_organizations",
        "itnews_money",
        "itnews_dates",
        "itnews_terms",
    ]


def test_load_is_cached():
    assert pipeline.load("blank") is pipeline.load("blank")


def test_unknown_model_is_a_usage_error():
    with pytest.raises(UsageError, match="E004"):
        pipeline.load("/no/such/model")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-01-21", date(2025, 1, 21)), (date(2024, 2, 29), date(2024, 2, 29)), (None, None), ("", None)],
)
def test_published_is_parsed(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["ieri", "21/01/2025", "2025-13-01"])
def test_bad_published_is_a_usage_error(value):
    with pytest.raises(UsageError, match="E001"):
        parse_published(value)


def test_extract_returns_typed_records(nlp):
    res = pipeline.extract(
        "La società Alfa Energia S.p.A. ha firmato ieri un accordo da 2,5 milioni di euro con Beta Srl.",
        published="2025-01-21",
        nlp=nlp,
        doc_id="x",
    )
    assert res.document.published == date(2025, 1, 21) and res.doc_id == "x"
    assert res.money and res.money[0].currency == "EUR"
    for record in _all_records(res):
        assert res.text[record.start : record.end] == record.text
        assert record.text in record.sentence


def test_tables_have_the_file_columns(nlp):
    res = pipeline.extract("Nessuna notizia.", nlp=nlp)
    tables = res.tables()
    assert list(tables) == list(TABLES)
    for name, frame in tables.items():
        assert list(frame.columns) == columns(name)


def test_extract_many_streams_in_order_with_metadata(nlp):
    items = [
        "Primo testo.",
        ("Secondo testo.", {"doc_id": "b", "published": "2024-05-01", "title": "T"}),
        "Terzo.",
    ]
    results = list(pipeline.extract_many(items, nlp=nlp, batch_size=2))
    assert [r.doc_id for r in results] == ["0", "b", "2"]
    assert results[1].document.published == date(2024, 5, 1) and results[1].document.title == "T"
    assert results[0].document.published is None


def test_extract_many_default_published(nlp):
    [res] = pipeline.extract_many(["Testo."], nlp=nlp, published="2023-03-03")
    assert res.document.published == date(2023, 3, 3)


def test_long_texts_are_chunked_with_offsets_into_the_whole_text(nlp, monkeypatch):
    monkeypatch.setattr("pipeline.api.MAX_CHUNK_CHARS", 200)
    paragraph = "La società Gamma Spa ha investito 3 milioni di euro nel 2024."
    text = "\n\n".join([paragraph] * 12)
    res = pipeline.extract(text, published="2025-01-21", nlp=nlp)
    assert len(res.money) == 12
    assert len({m.mention_id for m in res.money}) == 12
    for record in _all_records(res):
        assert text[record.start : record.end] == record.text


def test_split_for_nlp_rejoins_to_the_text():
    text = ("Una frase. " * 50 + "\n\n") * 20
    pieces = split_for_nlp(text, max_chars=300)
    assert "".join(chunk for _, chunk in pieces) == text
    assert all(len(chunk) <= 300 for _, chunk in pieces)
    assert [offset for offset, _ in pieces] == [
        sum(len(c) for _, c in pieces[:i]) for i in range(len(pieces))
    ]


def test_split_for_nlp_hard_cuts_a_text_without_spaces():
    pieces = split_for_nlp("x" * 1000, max_chars=300)
    assert [len(c) for _, c in pieces] == [300, 300, 300, 100]


def test_merge_chunks_renumbers_ids_and_references():
    first = {"money": [{"id": "M1", "start": 0, "end": 3, "text": "abc"}], "terms": []}
    second = {
        "money": [{"id": "M1", "start": 1, "end": 2, "text": "x"}],
        "terms": [{"id": "T1", "start": 0, "end": 1, "money_id": "M1", "mentions": [[0, 1]]}],
    }
    spans, merged = merge_chunks([(0, [(0, 5)], first), (5, [(0, 4)], second)], 9)
    assert spans == [(0, 5), (5, 9)]
    assert [m["id"] for m in merged["money"]] == ["M1", "M2"]
    assert merged["terms"][0]["money_id"] == "M2" and merged["terms"][0]["mentions"] == [[5, 6]]


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is absent (a user's clone has none)")
def test_seed_article_offsets_always_match(nlp):
    text = SEED.read_text(encoding="utf-8")
    res = pipeline.extract(text, published="2025-01-21", nlp=nlp)
    records = _all_records(res)
    assert records
    for record in records:
        assert text[record.start : record.end] == record.text


def test_the_lookup_lemmatizer_gives_italian_lemmas(nlp):
    doc = nlp("Gli accordi che la società manterrà.")
    assert [t.lemma_ for t in doc][:2] == ["il", "accordo"] and doc[5].lemma_ == "mantenere"


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_empty_texts_give_empty_results(nlp, text):
    res = pipeline.extract(text, nlp=nlp)
    assert res.text == text and not res.money and res.document.status == "empty"


def test_evidence_of_a_text_without_punctuation_is_a_window_around_the_span():
    from pipeline.records import MAX_EVIDENCE_CHARS, SentenceIndex

    text = "parola " * 1000 + "Alfa Spa " + "parola " * 1000
    start = text.index("Alfa")
    evidence = SentenceIndex(text, [(0, len(text))]).around(start, start + 8)
    assert "Alfa Spa" in evidence and len(evidence) <= MAX_EVIDENCE_CHARS
    assert evidence.startswith("parola") and evidence.endswith("parola")


def test_extract_many_with_two_processes_gives_the_same_records():
    nlp = pipeline.load("blank")
    texts = [f"La società Alfa{i} Spa ha incassato {i} milioni di euro ieri." for i in range(6)]
    one = [
        r.rows("money") + r.rows("dates")
        for r in pipeline.extract_many(texts, nlp=nlp, published="2025-01-21")
    ]
    two = pipeline.extract_many(texts, nlp=nlp, published="2025-01-21", n_process=2, batch_size=2)
    assert [r.rows("money") + r.rows("dates") for r in two] == one

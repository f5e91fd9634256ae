"""The team's own corpus: ``corpora/samples`` (articles) and ``corpora/gold/samples.jsonl`` (annotations).

Checks that every gold offset is exact, that the gold file is up to date with its hand-written source
(``corpora/gold/annotations``), that values follow the annotation conventions of ``corpora/README.md``,
and that the corpus covers what the scorers need (formats, dates, term types and statuses).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from pathlib import Path

import pytest
from babel.numbers import list_currencies

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = REPO_ROOT / "corpora" / "samples"
GOLD_FILE = REPO_ROOT / "corpora" / "gold" / "samples.jsonl"
SEED_FILE = REPO_ROOT / ".." / "shared" / "seed" / "000_e7c281f085c722e3.txt"

sys.path.insert(0, str(REPO_ROOT / "scripts" / "corpora"))
from build_gold import STATUSES, TERM_TYPES, build_all  # noqa: E402
from sample_texts import iter_samples  # noqa: E402
from timex import derive_bounds  # noqa: E402

GOLD = [json.loads(line) for line in GOLD_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
GOLD_BY_ID = {record["doc_id"]: record for record in GOLD}
DOC_IDS = sorted(GOLD_BY_ID)
SPAN_LAYERS = ("organizations", "money", "dates", "terms", "not_money", "not_dates")
ISO_CURRENCIES = set(list_currencies())


def _spans(layer: str) -> list[tuple[str, dict]]:
    return [(record["doc_id"], item) for record in GOLD for item in record[layer]]


# --- the gold file matches the samples and its annotation source -------------------------------------


def test_gold_has_one_line_per_sample_document() -> None:
    sample_ids = [sample.doc_id for sample in iter_samples(SAMPLES)]
    assert sorted(sample_ids) == DOC_IDS
    assert len(DOC_IDS) >= 28


def test_gold_file_is_up_to_date_with_the_annotations() -> None:
    """Rebuild with ``.venv/bin/python scripts/corpora/build_gold.py`` after editing an annotation."""
    assert build_all() == GOLD


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_gold_text_is_the_sample_body(doc_id: str) -> None:
    samples = {sample.doc_id: sample for sample in iter_samples(SAMPLES)}
    assert GOLD_BY_ID[doc_id]["text"] == samples[doc_id].text
    assert GOLD_BY_ID[doc_id]["published"] == samples[doc_id].published


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_gold_text_is_what_the_product_reader_yields(doc_id: str) -> None:
    read = pytest.importorskip("pipeline.read", reason="the readers are not available")
    articles = {article.doc_id: article for article in read.iter_articles([SAMPLES])}
    article = articles[doc_id]
    assert article.text == GOLD_BY_ID[doc_id]["text"]
    published = GOLD_BY_ID[doc_id]["published"]
    assert (article.published.isoformat() if article.published else None) == published


# --- offsets -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("layer", SPAN_LAYERS)
def test_every_span_matches_its_text(layer: str) -> None:
    for doc_id, item in _spans(layer):
        text = GOLD_BY_ID[doc_id]["text"]
        assert 0 <= item["start"] < item["end"] <= len(text), (doc_id, item)
        assert text[item["start"] : item["end"]] == item["text"], (doc_id, item)


@pytest.mark.parametrize("layer", SPAN_LAYERS)
def test_every_layer_is_sorted_by_start(layer: str) -> None:
    for record in GOLD:
        starts = [item["start"] for item in record[layer]]
        assert starts == sorted(starts), (record["doc_id"], layer)


@pytest.mark.parametrize("layer", ("organizations", "money", "dates"))
def test_mentions_of_one_layer_do_not_overlap(layer: str) -> None:
    for record in GOLD:
        items = record[layer]
        for left, right in pairwise(items):
            assert left["end"] <= right["start"], (record["doc_id"], left["text"], right["text"])


@pytest.mark.parametrize(("layer", "trap"), [("money", "not_money"), ("dates", "not_dates")])
def test_traps_never_overlap_annotations(layer: str, trap: str) -> None:
    for record in GOLD:
        for item in record[layer]:
            for decoy in record[trap]:
                overlap = item["start"] < decoy["end"] and decoy["start"] < item["end"]
                assert not overlap, (record["doc_id"], item["text"], decoy["text"])


# --- values follow the conventions ---------------------------------------------------------------------


def _is_decimal(value: str | None) -> bool:
    try:
        return value is not None and Decimal(value).is_finite() and Decimal(value) > 0
    except InvalidOperation:
        return False


def test_money_values() -> None:
    for doc_id, item in _spans("money"):
        assert _is_decimal(item["amount"]), (doc_id, item)
        assert item["amount_max"] is None or Decimal(item["amount_max"]) > Decimal(item["amount"]), item
        assert item["currency"] in ISO_CURRENCIES, (doc_id, item)
        assert item["qualifier"] in {"exact", "approx", "lower_bound", "upper_bound"}, item
        assert isinstance(item["currency_inferred"], bool)


def test_date_values() -> None:
    for doc_id, item in _spans("dates"):
        assert item["kind"] in {"date", "period", "duration", "set", "time"}, (doc_id, item)
        for key in ("start_date", "end_date"):
            if item[key] is not None:
                date.fromisoformat(item[key])
        if item["start_date"] and item["end_date"]:
            assert item["start_date"] <= item["end_date"], (doc_id, item)
        if item["kind"] == "date" and item["start_date"]:
            assert (item["start_date"], item["end_date"]) == derive_bounds(item["value"]), (doc_id, item)
        if item["kind"] == "duration":
            assert item["value"].startswith("P") and item["duration"] == item["value"], (doc_id, item)


def test_relative_dates_need_a_publication_date() -> None:
    for record in GOLD:
        if record["published"] is None:
            for item in record["dates"]:
                assert (
                    item["text"].lower() not in {"ieri", "oggi", "domani"} or item["value"] == "PRESENT_REF"
                )


def test_term_values() -> None:
    for doc_id, term in _spans("terms"):
        names = {org["name"] for org in GOLD_BY_ID[doc_id]["organizations"]}
        assert term["type"] in TERM_TYPES and term["status"] in STATUSES, (doc_id, term)
        assert set(term["parties"]) <= names, (doc_id, term["text"], set(term["parties"]) - names)
        assert term["amount"] is None or _is_decimal(term["amount"]), (doc_id, term)
        assert (term["amount"] is None) == (term["currency"] is None), (doc_id, term)
        if term["end_date"] is not None:
            date.fromisoformat(term["end_date"])


def test_organization_names_carry_no_legal_form() -> None:
    for doc_id, org in _spans("organizations"):
        assert not org["name"].lower().endswith((" s.p.a.", " spa", " srl", " ag", " inc.")), (doc_id, org)


# --- coverage ------------------------------------------------------------------------------------------


def test_terms_cover_every_type_and_status() -> None:
    terms = [term for _, term in _spans("terms")]
    assert len(terms) >= 70
    assert set(Counter(term["type"] for term in terms)) == TERM_TYPES
    assert set(Counter(term["status"] for term in terms)) == STATUSES


def test_dates_cover_every_kind() -> None:
    assert {item["kind"] for _, item in _spans("dates")} == {"date", "period", "duration", "set", "time"}


def test_money_covers_currencies_and_qualifiers() -> None:
    money = [item for _, item in _spans("money")]
    assert {"EUR", "USD", "GBP", "CHF"} <= {item["currency"] for item in money}
    assert {item["qualifier"] for item in money} == {"exact", "approx", "lower_bound", "upper_bound"}
    assert any(item["amount_max"] for item in money)
    assert any(item["currency_inferred"] for item in money)
    assert any(item["unit"] == "azione" for item in money)


def test_sample_formats_and_dates() -> None:
    suffixes = Counter(Path(doc_id.split("#")[0]).suffix for doc_id in DOC_IDS)
    assert (
        suffixes[".json"] >= 3 and suffixes[".jsonl"] >= 3 and suffixes[".html"] >= 2 and suffixes[".md"] >= 1
    )
    published = [record["published"] for record in GOLD]
    assert 1 <= published.count(None) <= 2
    assert {value[:4] for value in published if value} == {"2023", "2024", "2025", "2026"}


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_articles_are_200_to_450_words(doc_id: str) -> None:
    assert 200 <= len(GOLD_BY_ID[doc_id]["text"].split()) <= 450


# --- provenance ----------------------------------------------------------------------------------------


@pytest.mark.shared
def test_corpus_does_not_quote_the_seed_article() -> None:
    if not SEED_FILE.is_file():
        pytest.skip("../shared/seed article is absent")
    seed = " ".join(SEED_FILE.read_text(encoding="utf-8").split())
    windows = {seed[index : index + 40] for index in range(len(seed) - 39)}
    for path in sorted((REPO_ROOT / "corpora").rglob("*")):
        if path.is_file():
            text = " ".join(path.read_text(encoding="utf-8").split())
            quoted = next(
                (text[i : i + 40] for i in range(len(text) - 39) if text[i : i + 40] in windows), None
            )
            assert quoted is None, (path, quoted)


# --- the builder's helpers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2025-03-04", ("2025-03-04", "2025-03-04")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2025-Q2", ("2025-04-01", "2025-06-30")),
        ("2025-H2", ("2025-07-01", "2025-12-31")),
        ("2030", ("2030-01-01", "2030-12-31")),
        ("199X", ("1990-01-01", "1999-12-31")),
        ("2026-09-23TEV", (None, None)),
        ("XXXX-10-02", (None, None)),
        ("PRESENT_REF", (None, None)),
    ],
)
def test_timex_bounds(value: str, bounds: tuple[str | None, str | None]) -> None:
    assert derive_bounds(value) == bounds

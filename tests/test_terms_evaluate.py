"""The terms scorer on hand-made predictions (no pipeline run)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pipeline.evaluate.terms import same_end_date, same_names, score_documents
from pipeline.records import Term

TEXT = "Veltra e Datafy hanno firmato un accordo. Veltra resterà fornitore esclusivo fino al 2030."


def term(start, end, term_type, status, parties, amount=None, end_date=None, mentions=()):
    return Term(
        None,
        "T1",
        start,
        end,
        TEXT[start:end],
        term_type,
        status,
        "certain",
        tuple(parties),
        ("party",) * len(parties),
        (),
        amount,
        None,
        None,
        None,
        None,
        end_date,
        None,
        (),
        None,
        tuple(mentions),
        "",
    )


GOLD = {
    "doc_id": "a.txt",
    "text": TEXT,
    "terms": [
        {
            "type": "PARTNERSHIP",
            "status": "active",
            "parties": ["Veltra", "Datafy"],
            "start": 33,
            "end": 40,
            "text": "accordo",
            "amount": None,
            "currency": None,
            "end_date": None,
        },
        {
            "type": "EXCLUSIVITY",
            "status": "active",
            "parties": ["Veltra"],
            "start": 67,
            "end": 76,
            "text": "esclusivo",
            "amount": None,
            "currency": None,
            "end_date": "2030-12-31",
        },
    ],
}


def test_perfect_prediction_scores_one():
    predicted = [
        term(33, 40, "PARTNERSHIP", "active", ["Datafy", "Veltra"]),
        term(67, 76, "EXCLUSIVITY", "active", ["veltra"], end_date=date(2030, 12, 31)),
    ]
    report = score_documents([GOLD], [predicted])
    assert report["type_status_parties"]["f1"] == 1.0
    assert report["end_date_accuracy"]["accuracy"] == 1.0


def test_levels_separate_type_status_and_parties():
    predicted = [
        term(33, 40, "PARTNERSHIP", "ended", ["Veltra", "Datafy"]),
        term(67, 76, "EXCLUSIVITY", "active", ["Veltra", "Datafy"]),
    ]
    report = score_documents([GOLD], [predicted])
    assert (report["type"]["tp"], report["type_status"]["tp"], report["type_status_parties"]["tp"]) == (
        2,
        1,
        0,
    )


def test_a_merged_mention_or_the_same_sentence_matches():
    predicted = [
        term(0, 6, "PARTNERSHIP", "active", ["Veltra", "Datafy"], mentions=("33-40",)),
        term(42, 48, "EXCLUSIVITY", "active", ["Veltra"]),
    ]
    assert score_documents([GOLD], [predicted])["type"]["tp"] == 2


def test_value_helpers():
    assert same_names(["Veltra ", "datafy"], ["Datafy", "Veltra"])
    assert same_end_date(date(2030, 12, 31), "2030")
    assert not same_end_date(None, "2030")
    assert Decimal("14000000000") == Decimal("14e9")

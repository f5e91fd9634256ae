"""Small itnews output folders written with the real table schemas, for the review report tests.

The articles are made up for the tests (invented companies). One of them is hostile: its text and
values carry markup and script that the report must show as text and never run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.write.tables import TableWriter

#: The flag any script smuggled in by the hostile document would set.
PWNED_FLAG = "__itnews_pwned"

HOSTILE_TEXT = (
    "Accordo tra Nordlux e <b>Veltra</b> Cloud.\n"
    f"<script>window.{PWNED_FLAG} = 'script';</script> Il valore è di 5 milioni di euro.\n"
    f"<img src=x onerror=\"window.{PWNED_FLAG} = 'img'\"> Firmato il 3 marzo 2025.\n"
    f"<a href=\"javascript:window.{PWNED_FLAG} = 'link'\">clicca qui</a> </script><script>"
    f"window.{PWNED_FLAG} = 'close';</script> & fine \u2028 riga\u2029."
)

ARTICLES = {
    "finanza/veltra_adriatica.txt": (
        "Veltra Cloud e Banca Adriatica hanno firmato un accordo di fornitura da 2,3 milioni di euro.\n"
        "Il contratto durerà fino al 2030 e prevede un'esclusiva per Veltra Cloud.\n"
        "Banca Adriatica aveva già investito circa 14 miliardi di dollari nel 2024."
    ),
    "tech/nordlux_round.txt": (
        "Nordlux ha raccolto 40 milioni di euro in un round di serie B guidato da Banca Adriatica.\n"
        "Le azioni Nordlux valgono 8,40 euro per azione dal 21 gennaio 2025."
    ),
    "hostile/<script>.txt": HOSTILE_TEXT,
}


def find(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th ``needle`` in ``text`` (raises if absent)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


@dataclass
class SampleOutput:
    """Rows of every table, by table name, as written to the folder."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, table: str, **equal: Any) -> int:
        """Number of rows of ``table`` whose columns equal ``equal``."""
        return sum(all(row.get(k) == v for k, v in equal.items()) for row in self.rows[table])


def _org(doc_id: str, text: str, n: int, needle: str, name: str, occurrence: int = 0) -> dict[str, Any]:
    start, end = find(text, needle, occurrence)
    return {
        "doc_id": doc_id,
        "mention_id": f"O{n}",
        "start": start,
        "end": end,
        "text": needle,
        "name": name,
        "org_key": name.lower().replace(" ", "_"),
        "source": "model",
        "sentence": None,
    }


def _money(
    doc_id: str,
    text: str,
    n: int,
    needle: str,
    amount: str,
    currency: str | None,
    qualifier: str = "exact",
    unit: str | None = None,
) -> dict[str, Any]:
    start, end = find(text, needle)
    return {
        "doc_id": doc_id,
        "mention_id": f"M{n}",
        "start": start,
        "end": end,
        "text": needle,
        "amount": Decimal(amount),
        "amount_max": None,
        "currency": currency,
        "currency_inferred": False,
        "qualifier": qualifier,
        "unit": unit,
        "sentence": None,
    }


def _date(
    doc_id: str,
    text: str,
    n: int,
    needle: str,
    kind: str,
    value: str,
    start_date: str | None,
    end_date: str | None,
    modifier: str | None = None,
) -> dict[str, Any]:
    start, end = find(text, needle)
    return {
        "doc_id": doc_id,
        "mention_id": f"D{n}",
        "start": start,
        "end": end,
        "text": needle,
        "kind": kind,
        "value": value,
        "start_date": dt.date.fromisoformat(start_date) if start_date else None,
        "end_date": dt.date.fromisoformat(end_date) if end_date else None,
        "duration": None,
        "granularity": "year" if len(value) == 4 else "day",
        "relative": False,
        "modifier": modifier,
        "sentence": None,
    }


def _term(
    doc_id: str,
    text: str,
    n: int,
    needle: str,
    term_type: str,
    status: str,
    parties: list[str],
    amount: str | None = None,
    currency: str | None = None,
) -> dict[str, Any]:
    start, end = find(text, needle)
    return {
        "doc_id": doc_id,
        "term_id": f"T{n}",
        "start": start,
        "end": end,
        "text": needle,
        "type": term_type,
        "status": status,
        "certainty": "certain",
        "parties": parties,
        "party_roles": ["party"] * len(parties),
        "party_ids": [f"O{i + 1}" for i in range(len(parties))],
        "amount": Decimal(amount) if amount else None,
        "currency": currency,
        "money_id": None,
        "percentage": None,
        "start_date": None,
        "end_date": None,
        "duration": None,
        "date_ids": [],
        "agreement_id": None,
        "mentions": [],
        "sentence": None,
    }


def sample_rows() -> SampleOutput:
    """The sample tables: three articles with extractions, one empty and one failed document."""
    a, b, c = ARTICLES
    ta, tb, tc = ARTICLES[a], ARTICLES[b], ARTICLES[c]
    documents = [
        {
            "doc_id": doc_id,
            "source": doc_id,
            "title": text.split("\n")[0][:60],
            "published": dt.date(2025, 3, 4),
            "url": None,
            "n_chars": len(text),
            "n_tokens": len(text.split()),
            "status": "ok",
            "error": None,
            "encoding": "utf-8",
            "sha256": None,
        }
        for doc_id, text in ARTICLES.items()
    ]
    documents[0]["url"] = "https://example.com/finanza?id=1&x=<b>"
    documents[2]["url"] = f"javascript:window.{PWNED_FLAG}='url'"
    documents[2]["title"] = f"<img src=x onerror=\"window.{PWNED_FLAG}='title'\">"
    documents.append(
        {
            "doc_id": "vuoto.txt",
            "source": "vuoto.txt",
            "title": None,
            "published": None,
            "url": None,
            "n_chars": 0,
            "n_tokens": 0,
            "status": "empty",
            "error": None,
            "encoding": "utf-8",
            "sha256": None,
        }
    )
    documents.append(
        {
            "doc_id": "rotto.html",
            "source": "rotto.html",
            "title": None,
            "published": None,
            "url": None,
            "n_chars": 0,
            "n_tokens": 0,
            "status": "error",
            "error": f"UnicodeDecodeError: </script><script>window.{PWNED_FLAG}='error'</script>",
            "encoding": None,
            "sha256": None,
        }
    )
    organizations = [
        _org(a, ta, 1, "Veltra Cloud", "Veltra Cloud"),
        _org(a, ta, 2, "Banca Adriatica", "Banca Adriatica"),
        _org(a, ta, 3, "Veltra Cloud", "Veltra Cloud", occurrence=1),
        _org(a, ta, 4, "Banca Adriatica", "Banca Adriatica", occurrence=1),
        _org(b, tb, 1, "Nordlux", "Nordlux"),
        _org(b, tb, 2, "Banca Adriatica", "Banca Adriatica"),
        _org(b, tb, 3, "Nordlux", "Nordlux", occurrence=1),
        _org(c, tc, 1, "Nordlux", f"<img src=x onerror=\"window.{PWNED_FLAG}='name'\">"),
        _org(c, tc, 2, "<b>Veltra</b> Cloud", "Veltra Cloud"),
    ]
    money = [
        _money(a, ta, 1, "2,3 milioni di euro", "2300000", "EUR"),
        _money(a, ta, 2, "circa 14 miliardi di dollari", "14000000000", "USD", qualifier="approx"),
        _money(b, tb, 1, "40 milioni di euro", "40000000", "EUR"),
        _money(b, tb, 2, "8,40 euro per azione", "8.4", "EUR", unit="azione"),
        _money(c, tc, 1, "5 milioni di euro", "5000000", "EUR"),
    ]
    dates = [
        _date(a, ta, 1, "fino al 2030", "period", "2030", None, "2030-12-31", modifier="end_bound"),
        _date(a, ta, 2, "2024", "date", "2024", "2024-01-01", "2024-12-31"),
        _date(
            b, tb, 1, "dal 21 gennaio 2025", "date", "2025-01-21", "2025-01-21", None, modifier="start_bound"
        ),
        _date(c, tc, 1, "3 marzo 2025", "date", "2025-03-03", "2025-03-03", "2025-03-03"),
    ]
    terms = [
        _term(
            a,
            ta,
            1,
            "accordo di fornitura",
            "SUPPLY_SERVICE_CONTRACT",
            "active",
            ["Veltra Cloud", "Banca Adriatica"],
            "2300000",
            "EUR",
        ),
        _term(a, ta, 2, "esclusiva", "EXCLUSIVITY", "active", ["Veltra Cloud"]),
        _term(a, ta, 3, "investito", "INVESTMENT_STAKE", "ended", ["Banca Adriatica"], "14000000000", "USD"),
        _term(
            b,
            tb,
            1,
            "round di serie B",
            "FINANCING",
            "active",
            ["Nordlux", "Banca Adriatica"],
            "40000000",
            "EUR",
        ),
        _term(
            c,
            tc,
            1,
            "Accordo",
            "PARTNERSHIP",
            "planned",
            ["Nordlux", f"<script>window.{PWNED_FLAG}='party'</script>"],
        ),
    ]
    texts = [{"doc_id": doc_id, "text": text} for doc_id, text in ARTICLES.items()]
    texts.append({"doc_id": "vuoto.txt", "text": ""})
    return SampleOutput(
        {
            "documents": documents,
            "organizations": organizations,
            "money": money,
            "dates": dates,
            "terms": terms,
            "texts": texts,
        }
    )


def write_output(out_dir: Path, sample: SampleOutput, formats: tuple[str, ...] = ("parquet", "csv")) -> Path:
    """Write ``sample`` into ``out_dir`` with the pipeline's own table writer, as Parquet and/or CSV."""
    with TableWriter(out_dir, formats, tuple(sample.rows)) as writer:
        for table, rows in sample.rows.items():
            writer.write_rows(table, rows)
    return out_dir


def large_rows(n_docs: int = 2000, n_rows: int = 50000) -> SampleOutput:
    """A big output: ``n_docs`` articles and at least ``n_rows`` extracted rows over the four tables."""
    base = ARTICLES["finanza/veltra_adriatica.txt"]
    per_doc = max(1, -(-n_rows // (n_docs * 4)))  # ceiling: at least n_rows rows
    sample = SampleOutput(
        {name: [] for name in ("documents", "organizations", "money", "dates", "terms", "texts")}
    )
    for index in range(n_docs):
        doc_id = f"massa/articolo_{index:05d}.txt"
        text = "\n".join([base] * per_doc)
        sample.rows["documents"].append(
            {
                "doc_id": doc_id,
                "source": doc_id,
                "title": f"Articolo {index}",
                "published": dt.date(2025, 1, 1),
                "url": None,
                "n_chars": len(text),
                "n_tokens": len(text.split()),
                "status": "ok",
                "error": None,
                "encoding": "utf-8",
                "sha256": None,
            }
        )
        sample.rows["texts"].append({"doc_id": doc_id, "text": text})
        for copy in range(per_doc):
            n = copy + 1
            sample.rows["organizations"].append(
                _org(doc_id, text, n, "Veltra Cloud", "Veltra Cloud", 2 * copy)
            )
            sample.rows["money"].append(_money(doc_id, text, n, "2,3 milioni di euro", "2300000", "EUR"))
            sample.rows["dates"].append(
                _date(doc_id, text, n, "fino al 2030", "period", "2030", None, "2030-12-31")
            )
            sample.rows["terms"].append(
                _term(doc_id, text, n, "esclusiva", "EXCLUSIVITY", "active", ["Veltra Cloud"])
            )
            for table in ("money", "dates", "terms"):
                row = sample.rows[table][-1]
                row["start"], row["end"] = find(text, row["text"], copy)
    return sample

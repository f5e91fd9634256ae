"""The report's overview figures, computed once from the tables (pure functions, no HTML)."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from typing import Any

from pipeline.review.tables import Table
from pipeline.write.values import plain_decimal

#: Row tables counted in the overview, in display order.
ROW_TABLES = ("organizations", "money", "dates", "terms")

#: Document statuses that count as failures (their error message is listed).
FAILED_STATUSES = frozenset({"error", "failed"})

#: Label used for money rows whose currency could not be told.
UNKNOWN_CURRENCY = "unknown"


def document_counts(documents: Table) -> dict[str, Any]:
    """Documents total and per status, plus the failed ones with their error.

    ``processed`` counts every document row; ``failed`` lists ``{"doc_id", "status", "error"}`` for documents
    whose status is an error, and for any other non-ok document that carries an error message.
    """
    statuses = Counter(status or "unknown" for status in documents.column("status"))
    failed = [
        {"doc_id": row["doc_id"], "status": row.get("status"), "error": row.get("error")}
        for row in documents.records()
        if row.get("status") in FAILED_STATUSES or (row.get("status") != "ok" and row.get("error"))
    ]
    return {
        "processed": len(documents.rows),
        "ok": statuses.get("ok", 0),
        "empty": statuses.get("empty", 0),
        "failed": sum(statuses.get(status, 0) for status in FAILED_STATUSES),
        "skipped": statuses.get("skipped", 0),
        "by_status": dict(sorted(statuses.items())),
        "failures": failed,
    }


def top_organizations(organizations: Table, limit: int = 15) -> list[dict[str, Any]]:
    """Organizations ranked by mentions: ``{"name", "mentions", "documents"}``, most mentioned first."""
    mentions: Counter[str] = Counter()
    documents: defaultdict[str, set[str]] = defaultdict(set)
    for row in organizations.records():
        name = row.get("name") or row.get("text") or ""
        mentions[name] += 1
        documents[name].add(row.get("doc_id") or "")
    ranked = sorted(mentions.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return [{"name": name, "mentions": count, "documents": len(documents[name])} for name, count in ranked]


def money_totals(money: Table) -> list[dict[str, Any]]:
    """Sum of amounts per currency: ``{"currency", "total", "mentions", "documents", "per_unit"}``.

    Ranges count at their lower bound; per-unit amounts ("8,40 euro per azione") are not summed but counted
    in ``per_unit``. Currencies are ordered by number of mentions.
    """
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    mentions: Counter[str] = Counter()
    per_unit: Counter[str] = Counter()
    documents: defaultdict[str, set[str]] = defaultdict(set)
    for row in money.records():
        currency = row.get("currency") or UNKNOWN_CURRENCY
        mentions[currency] += 1
        documents[currency].add(row.get("doc_id") or "")
        if row.get("unit"):
            per_unit[currency] += 1
            continue
        try:
            totals[currency] += Decimal(row.get("amount") or 0)
        except InvalidOperation:
            continue
    return [
        {
            "currency": currency,
            "total": plain_decimal(totals[currency]),
            "mentions": count,
            "documents": len(documents[currency]),
            "per_unit": per_unit[currency],
        }
        for currency, count in sorted(mentions.items(), key=lambda item: (-item[1], item[0]))
    ]


def terms_by_type_and_status(terms: Table) -> dict[str, Any]:
    """Counts of terms per type (rows) and status (columns): ``{"types", "statuses", "counts"}``."""
    pairs = Counter((row.get("type") or "?", row.get("status") or "?") for row in terms.records())
    by_type = Counter()
    for (term_type, _), count in pairs.items():
        by_type[term_type] += count
    types = [term_type for term_type, _ in sorted(by_type.items(), key=lambda item: (-item[1], item[0]))]
    statuses = sorted({status for _, status in pairs})
    counts = [[pairs.get((term_type, status), 0) for status in statuses] for term_type in types]
    return {"types": types, "statuses": statuses, "counts": counts}


def build_overview(tables: dict[str, Table]) -> dict[str, Any]:
    """Every overview figure of the report, from the tables read by :func:`read_output`."""
    return {
        "documents": document_counts(tables["documents"]),
        "rows": {name: len(tables[name].rows) for name in ("documents", *ROW_TABLES)},
        "top_organizations": top_organizations(tables["organizations"]),
        "money_totals": money_totals(tables["money"]),
        "terms_matrix": terms_by_type_and_status(tables["terms"]),
    }

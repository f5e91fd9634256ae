"""One explicit pyarrow schema per output table: the single source of column names and types.

Money amounts are exact decimals (``decimal128(38, 6)``), dates are ``date32``, lists are list columns,
flags are booleans. CSV files carry the same columns in the same order.
"""

from __future__ import annotations

import pyarrow as pa

AMOUNT = pa.decimal128(38, 6)
LIST_OF_STR = pa.list_(pa.string())

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
        ("n_chars", pa.int64()),
        ("n_tokens", pa.int64()),
        ("status", pa.string()),  # ok / empty / error / skipped
        ("error", pa.string()),
        ("encoding", pa.string()),
        ("sha256", pa.string()),
    ]
)

ORGANIZATIONS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("mention_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("name", pa.string()),
        ("org_key", pa.string()),
        ("source", pa.string()),  # model / rule / consistency / acronym
        ("sentence", pa.string()),
    ]
)

MONEY = pa.schema(
    [
        ("doc_id", pa.string()),
        ("mention_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("amount", AMOUNT),
        ("amount_max", AMOUNT),
        ("currency", pa.string()),
        ("currency_inferred", pa.bool_()),
        ("qualifier", pa.string()),  # exact / approx / lower_bound / upper_bound
        ("unit", pa.string()),  # per-unit amounts: "azione" in "8,40 euro per azione"
        ("sentence", pa.string()),
    ]
)

DATES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("mention_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("kind", pa.string()),  # date / period / duration / set / time
        ("value", pa.string()),  # ISO 8601 / TIMEX3 value
        ("start_date", pa.date32()),
        ("end_date", pa.date32()),  # inclusive
        ("duration", pa.string()),
        ("granularity", pa.string()),
        ("relative", pa.bool_()),
        ("modifier", pa.string()),  # e.g. end_bound / start_bound / lower_bound / approx
        ("sentence", pa.string()),
    ]
)

TERMS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("term_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("type", pa.string()),
        ("status", pa.string()),
        ("certainty", pa.string()),
        ("parties", LIST_OF_STR),
        ("party_roles", LIST_OF_STR),
        ("party_ids", LIST_OF_STR),
        ("amount", AMOUNT),
        ("currency", pa.string()),
        ("money_id", pa.string()),
        ("percentage", pa.float64()),
        ("start_date", pa.date32()),
        ("end_date", pa.date32()),
        ("duration", pa.string()),
        ("date_ids", LIST_OF_STR),
        ("agreement_id", pa.string()),
        ("mentions", LIST_OF_STR),  # other mentions as "start-end"
        ("sentence", pa.string()),
    ]
)

#: Table name -> schema, in the order tables are written and reported.
SCHEMAS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "organizations": ORGANIZATIONS,
    "money": MONEY,
    "dates": DATES,
    "terms": TERMS,
}

TABLES = tuple(SCHEMAS)


def columns(table: str) -> list[str]:
    """Column names of ``table`` in file order."""
    return SCHEMAS[table].names

"""Writers and schema: explicit types, exact decimals, CSV injection, round trips."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.errors import UsageError
from pipeline.write.schema import SCHEMAS, TABLES, columns
from pipeline.write.tables import TableWriter, check_formats, read_tables
from pipeline.write.values import csv_cell, neutralize_formula, parse_csv_cell, plain_decimal

MONEY_ROW = {
    "doc_id": "a.txt",
    "mention_id": "M1",
    "start": 10,
    "end": 33,
    "text": "circa 14 miliardi di dollari",
    "amount": Decimal("14000000000"),
    "amount_max": None,
    "currency": "USD",
    "currency_inferred": False,
    "qualifier": "approx",
    "unit": None,
    "sentence": "Un investimento di circa 14 miliardi di dollari.",
}
TERM_ROW = {
    "doc_id": "a.txt",
    "term_id": "T1",
    "start": 0,
    "end": 7,
    "text": "accordo",
    "type": "PARTNERSHIP",
    "status": "active",
    "certainty": "certain",
    "parties": ["Alfa", "Beta"],
    "party_roles": ["partner", "partner"],
    "party_ids": ["O1", "O2"],
    "amount": Decimal("0.34"),
    "currency": "EUR",
    "money_id": "M1",
    "percentage": 12.5,
    "start_date": date(2025, 1, 1),
    "end_date": date(2030, 12, 31),
    "duration": "P5Y",
    "date_ids": ["D1"],
    "agreement_id": None,
    "mentions": ["40-47"],
    "sentence": "accordo tra Alfa e Beta.",
}


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_the_required_columns(table):
    required = {
        "documents": [
            "doc_id",
            "source",
            "title",
            "published",
            "n_chars",
            "n_tokens",
            "status",
            "error",
            "sha256",
        ],
        "organizations": ["doc_id", "mention_id", "start", "end", "text", "name", "org_key", "sentence"],
        "money": ["amount", "amount_max", "currency", "currency_inferred", "qualifier", "sentence"],
        "dates": [
            "kind",
            "value",
            "start_date",
            "end_date",
            "duration",
            "granularity",
            "relative",
            "sentence",
        ],
        "terms": [
            "term_id",
            "type",
            "status",
            "certainty",
            "parties",
            "party_roles",
            "amount",
            "currency",
            "percentage",
            "start_date",
            "end_date",
            "duration",
            "sentence",
        ],
    }[table]
    assert set(required) <= set(columns(table))


def test_schema_types_are_explicit():
    assert pa.types.is_decimal(SCHEMAS["money"].field("amount").type)
    assert pa.types.is_date(SCHEMAS["dates"].field("start_date").type)
    assert pa.types.is_list(SCHEMAS["terms"].field("parties").type)
    assert pa.types.is_boolean(SCHEMAS["money"].field("currency_inferred").type)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1.4E+10"), "14000000000"),
        (Decimal("0.340000"), "0.34"),
        (Decimal("2300000.50"), "2300000.5"),
        (Decimal("500000000000"), "500000000000"),
    ],
)
def test_decimals_are_written_exactly(value, text):
    assert plain_decimal(value) == text


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+39 02 1234", "'+39 02 1234"),
        ("-5", "'-5"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Enel", "Enel"),
        ("", ""),
    ],
)
def test_csv_injection_is_neutralized(cell, safe):
    assert neutralize_formula(cell) == safe


def test_csv_cells_round_trip_with_their_types():
    for value, field_type in [
        (Decimal("14000000000"), pa.decimal128(38, 6)),
        (date(2025, 1, 21), pa.date32()),
        (True, pa.bool_()),
        (["Alfa", "Beta"], pa.list_(pa.string())),
        ("=formula", pa.string()),
        (12.5, pa.float64()),
    ]:
        assert parse_csv_cell(csv_cell(value, field_type), field_type) == value


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError, match="E005"):
        check_formats(["xlsx"])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_round_trip_with_types(tmp_path, fmt):
    with TableWriter(tmp_path, (fmt,)) as writer:
        writer.write_rows("money", [MONEY_ROW])
        writer.write_rows("terms", [TERM_ROW])
    frames = read_tables(tmp_path)
    assert set(frames) == set(TABLES)
    money = frames["money"].iloc[0]
    assert money["amount"] == Decimal("14000000000") and money["currency"] == "USD"
    assert bool(money["currency_inferred"]) is False
    term = frames["terms"].iloc[0]
    assert term["parties"] == ["Alfa", "Beta"]
    assert term["end_date"] == date(2030, 12, 31)
    assert term["amount"] == Decimal("0.34")
    assert frames["documents"].empty and list(frames["documents"].columns) == columns("documents")


def test_parquet_files_carry_the_explicit_schema(tmp_path):
    with TableWriter(tmp_path, ("parquet",)) as writer:
        writer.write_rows("money", [MONEY_ROW])
    schema = pq.read_schema(tmp_path / "money.parquet")
    assert schema.field("amount").type == pa.decimal128(38, 6)
    assert schema.names == columns("money")


def test_a_failed_write_leaves_no_partial_file(tmp_path):
    with pytest.raises(RuntimeError), TableWriter(tmp_path, ("csv",)) as writer:
        writer.write_rows("money", [MONEY_ROW])
        raise RuntimeError("boom")
    assert not (tmp_path / "money.csv").exists()
    assert not list(tmp_path.glob(".*.tmp"))

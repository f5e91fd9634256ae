"""Unit tests of the review report builder: reading tables back, overview figures, safe embedding."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.review import build_report
from pipeline.review.cli import review_command
from pipeline.review.overview import build_overview
from pipeline.review.page import csp_hash, embed_json, fill_template
from pipeline.review.payload import build_payload
from pipeline.review.tables import read_output

try:
    from tests.browser.sample_output import ARTICLES, HOSTILE_TEXT, PWNED_FLAG, sample_rows, write_output
except ImportError:  # tests/ run as rootdir-relative modules
    from browser.sample_output import ARTICLES, HOSTILE_TEXT, PWNED_FLAG, sample_rows, write_output

DATA_BLOCK = re.compile(
    r"""<script\ type="application/json"\ id="itnews-data">(?P<data>.*?)</script>""", re.VERBOSE | re.DOTALL
)


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_output(tmp_path_factory.mktemp("out"), sample_rows())


@pytest.fixture(scope="module")
def report(out_dir: Path) -> str:
    return build_report(out_dir).read_text(encoding="utf-8")


def embedded_payload(page: str) -> dict:
    return json.loads(DATA_BLOCK.search(page)["data"])


# --- embedding: hostile strings never leave the JSON block as markup --------------------------------------

HOSTILE_STRINGS = [
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- <script> -->",
    "a & b &amp; c",
    "riga\u2028separata\u2029paragrafo",
    '"quoted" \\ backslash',
    "{{ data }}",
    HOSTILE_TEXT,
]


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_embed_json_escapes_markup_characters(text: str) -> None:
    embedded = embed_json({"text": text, "list": [text]})
    assert not set(embedded) & {"<", ">", "&", "\u2028", "\u2029"}


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_embed_json_round_trips(text: str) -> None:
    data = {"text": text, "rows": [[1, None, True, "2300000", [text]]]}
    assert json.loads(embed_json(data)) == data


def test_fill_template_inserts_values_once() -> None:
    assert fill_template("<p>{{ a }}</p>{{b}}", {"a": "{{ b }}", "b": "x"}) == "<p>{{ b }}</p>x"


def test_fill_template_rejects_missing_values() -> None:
    with pytest.raises(KeyError):
        fill_template("{{ a }}", {})


# --- the written page -----


def test_report_is_one_self_contained_file(report: str) -> None:
    assert report.count("<script") == 2  # the JSON data block and the report's own script
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", report), "no network resource"
    assert "<link" not in report


def test_report_embeds_data_once_and_round_trips(out_dir: Path, report: str) -> None:
    payload = embedded_payload(report)
    assert payload["texts"] == {**ARTICLES, "vuoto.txt": ""}
    assert len(DATA_BLOCK.findall(report)) == 1
    assert report.count("Il contratto durerà fino al 2030") == 1, "each text embedded once"
    tables = read_output(out_dir)
    for name in ("documents", "organizations", "money", "dates", "terms"):
        assert len(payload["tables"][name]["rows"]) == len(tables[name].rows)


def test_hostile_document_appears_only_escaped(report: str) -> None:
    assert PWNED_FLAG in report  # the hostile text is there...
    for raw in ("<img", 'onerror="window', '<a href="javascript', "<script>window", "</script><script>"):
        assert raw not in report  # ...but never as markup


def test_report_policy_allows_only_its_own_script_and_style(report: str) -> None:
    script = re.findall(r"<script>(.*?)</script>", report, re.DOTALL)[0]
    style = re.search(r"<style>(.*?)</style>", report, re.DOTALL)[1]
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', report)[1]
    policy = policy.replace("&#x27;", "'")
    assert "default-src 'none'" in policy
    assert f"script-src {csp_hash(script)}" in policy
    assert f"style-src {csp_hash(style)}" in policy


# --- reading tables back -----


def test_parquet_values_become_json_data(out_dir: Path) -> None:
    money = {row["mention_id"] + row["doc_id"]: row for row in read_output(out_dir)["money"].records()}
    row = money["M2finanza/veltra_adriatica.txt"]
    assert (row["amount"], row["currency"], row["qualifier"]) == ("14000000000", "USD", "approx")
    dates = read_output(out_dir)["dates"].records()
    assert dates[0]["end_date"] == "2030-12-31"
    terms = read_output(out_dir)["terms"].records()
    assert terms[0]["parties"] == ["Veltra Cloud", "Banca Adriatica"]


def test_csv_fallback_reads_the_same_values(tmp_path: Path) -> None:
    sample = sample_rows()
    from_parquet = read_output(write_output(tmp_path / "parquet", sample, formats=("parquet",)))
    from_csv = read_output(write_output(tmp_path / "csv", sample, formats=("csv",)))
    for name in ("documents", "organizations", "money", "dates", "terms"):
        assert from_csv[name].columns == from_parquet[name].columns
        assert from_csv[name].rows == from_parquet[name].rows, name


def test_missing_output_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        build_report(tmp_path)


# --- overview figures -----


def test_overview_counts_documents_by_status(out_dir: Path) -> None:
    documents = build_overview(read_output(out_dir))["documents"]
    assert (documents["processed"], documents["ok"], documents["empty"], documents["failed"]) == (5, 3, 1, 1)
    assert [failure["doc_id"] for failure in documents["failures"]] == ["rotto.html"]
    assert documents["failures"][0]["error"].startswith("UnicodeDecodeError")


def test_overview_money_totals_skip_per_unit_amounts(out_dir: Path) -> None:
    totals = {row["currency"]: row for row in build_overview(read_output(out_dir))["money_totals"]}
    assert totals["EUR"] == {
        "currency": "EUR",
        "total": "47300000",
        "mentions": 4,
        "documents": 3,
        "per_unit": 1,
    }
    assert totals["USD"]["total"] == "14000000000"


def test_overview_ranks_organizations_and_crosses_terms(out_dir: Path) -> None:
    overview = build_overview(read_output(out_dir))
    assert overview["top_organizations"][0] == {"name": "Banca Adriatica", "mentions": 3, "documents": 2}
    matrix = overview["terms_matrix"]
    assert matrix["statuses"] == ["active", "ended", "planned"]
    assert sum(map(sum, matrix["counts"])) == 5
    assert overview["rows"] == {"documents": 5, "organizations": 9, "money": 5, "dates": 4, "terms": 5}


def test_sentences_are_dropped_only_when_texts_are_embedded(out_dir: Path) -> None:
    tables = read_output(out_dir)
    assert "sentence" not in build_payload(tables, "t")["tables"]["money"]["columns"]
    without_texts = {**tables, "texts": type(tables["texts"])("texts", ["doc_id", "text"], [])}
    assert "sentence" in build_payload(without_texts, "t")["tables"]["money"]["columns"]


# --- entry points -----


def test_build_report_writes_where_asked(out_dir: Path, tmp_path: Path) -> None:
    target = build_report(out_dir, tmp_path / "nested" / "review.html")
    assert target == tmp_path / "nested" / "review.html"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(target.parent.glob("*.partial"))


def test_review_command_reports_the_file(
    out_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    review_command(out_dir, tmp_path / "r.html")
    assert "r.html" in capsys.readouterr().out

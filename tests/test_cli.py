"""The ``itnews`` command line, driven with typer's CliRunner and as a subprocess."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
COMMANDS = ["extract", "show", "review", "eval", "bench"]
ARTICLE = """---
title: Alfa compra Beta
published: 2025-01-21
---
La società Alfa Spa ha acquisito ieri Beta Srl per 12 milioni di euro.
"""


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "alfa.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "in"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_documents_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_extract_writes_all_tables_and_a_summary(folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--format", "csv,parquet"])
    assert result.exit_code == 0, result.output
    for table in ["documents", "organizations", "money", "dates", "terms"]:
        assert (out / f"{table}.csv").exists() and (out / f"{table}.parquet").exists()
    assert "documents" in result.output


def test_missing_folder_is_a_one_line_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_bad_published_is_a_usage_error(folder, tmp_path):
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o"), "--published", "ieri"])
    assert result.exit_code == 2 and "E001" in result.output


def test_show_prints_the_tables(folder):
    result = runner.invoke(app, ["show", str(folder / "alfa.txt")])
    assert result.exit_code == 0, result.output
    assert "money" in result.output and "12 milioni di euro" in result.output


def test_show_on_a_folder_says_which_command_fits(folder):
    result = runner.invoke(app, ["show", str(folder)])
    assert result.exit_code == 2 and "itnews extract" in result.output and "Traceback" not in result.output


def test_an_output_folder_inside_the_input_is_not_read_again(folder):
    for _ in range(2):  # the second run would read the first run's tables as articles
        result = runner.invoke(app, ["extract", str(folder), "-o", str(folder / "out"), "--force"])
        assert result.exit_code == 0, result.output
    documents = (folder / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(documents) == 2  # header + alfa.txt


def test_an_output_folder_given_as_input_is_a_usage_error(folder, tmp_path):
    assert runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "out")]).exit_code == 0
    result = runner.invoke(app, ["extract", str(tmp_path / "out"), "-o", str(tmp_path / "again")])
    assert result.exit_code == 2 and "E007" in result.output


def test_python_dash_m_runs_the_cli():
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "extract" in done.stdout


def test_strict_fails_when_a_document_failed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--strict", "--silent"]
    )
    assert result.exit_code == 1

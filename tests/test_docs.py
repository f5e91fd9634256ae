"""The README documents every table column and the two commands a new user needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.write.schema import TABLES, columns

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _section(table: str) -> str:
    match = re.search(rf"^### {table}\n(.*?)(?=^#|\Z)", README, flags=re.S | re.M)
    assert match, f"README has no '### {table}' section"
    return match.group(1)


@pytest.mark.parametrize("table", TABLES)
def test_readme_documents_every_column(table):
    section = _section(table)
    cells = " ".join(line.split("|")[1] for line in section.splitlines() if line.startswith("|"))
    documented = set(re.findall(r"[a-z_0-9]+", cells))
    missing = [c for c in columns(table) if c not in documented]
    assert not missing, f"undocumented columns of {table}: {missing}"


@pytest.mark.parametrize("command", ["make install", "make run", "make test"])
def test_readme_names_the_commands(command):
    assert command in README

"""List likely money and date expressions that the gold file neither annotates nor marks as a trap.

A proof-reading aid, not a test: the patterns are deliberately broad, so every hit is read by a person
and either annotated, added to ``not_money`` / ``not_dates``, or left alone.

    .venv/bin/python scripts/corpora/audit_gold.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

GOLD_FILE = Path(__file__).resolve().parents[2] / "corpora" / "gold" / "samples.jsonl"

NUMBER = r"\d[\d.,]*"
MONTHS = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
MONEY_LIKE = re.compile(
    rf"""
    (?: € | £ | \$ | \b(?:USD|EUR|CHF|GBP) ) \s? {NUMBER}                     # symbol or code first
    | \b{NUMBER} \s? (?: mila | milioni | miliardi | mln | mld ) \b          # scale word
    | \b{NUMBER} \s (?: euro | dollari | sterline | franchi | centesimi | pence | yen ) \b
    """,
    re.VERBOSE | re.IGNORECASE,
)
DATE_LIKE = re.compile(
    rf"""
    \b (?: 19 | 20 ) \d{{2}} \b                                  # a year
    | \b (?: {MONTHS} ) \b                                       # a month name
    | \b (?: ieri | oggi | domani | trimestre | semestre | anni | mesi | giorni | settimane ) \b
    | \b \d{{1,2}} / \d{{1,2}} / \d{{4}} \b                      # numeric date
    """,
    re.VERBOSE | re.IGNORECASE,
)


def uncovered(text: str, pattern: re.Pattern[str], spans: list[dict]) -> list[tuple[int, str]]:
    """Matches of ``pattern`` that overlap no span."""
    hits = []
    for match in pattern.finditer(text):
        if not any(match.start() < item["end"] and item["start"] < match.end() for item in spans):
            hits.append((match.start(), match.group()))
    return hits


def main() -> None:
    """Print the uncovered candidates of every document with some context."""
    for line in GOLD_FILE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        checks = (
            ("money?", MONEY_LIKE, record["money"] + record["not_money"]),
            ("date?", DATE_LIKE, record["dates"] + record["not_dates"]),
        )
        for label, pattern, spans in checks:
            for start, found in uncovered(text, pattern, spans):
                context = text[max(0, start - 40) : start + 40].replace("\n", " ")
                print(f"{record['doc_id']:45} {label:7} {found!r:22} …{context}…")


if __name__ == "__main__":
    main()

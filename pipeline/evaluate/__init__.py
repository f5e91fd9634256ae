"""``make eval``: score the pipeline on the team's gold sets and, when present, the peer suites.

Each kind has its scorer module (``money``, ``dates``, ``organizations``, ``terms``); this module runs them
with one shared pipeline, scores every gold file (``corpora/gold/<set>.jsonl``) as its own set — so the
held-out set written after the extractors is reported apart from the development set — prints one table
and writes everything, misses included, as JSON.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from pipeline.nlp import load
from pipeline.write.atomic import atomic_text

KIND_DEV = Path("data") / "ner" / "kind" / "WN_dev.tsv"


@contextmanager
def _single_gold_folder(path: Path) -> Iterator[Path]:
    """A temporary folder holding only the gold file ``path`` (scorers read folders)."""
    folder = Path(tempfile.mkdtemp(prefix="itnews-gold-"))
    try:
        shutil.copy(path, folder / path.name)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _score_gold_set(nlp: Any, folder: Path) -> dict[str, Any]:
    from pipeline.evaluate import dates, money, organizations, terms

    return {
        "money": money.evaluate(
            shared=Path("/nonexistent"), gold_folder=folder, predict=money.predictor(nlp)
        ).get("gold"),
        "dates": dates.evaluate(shared=Path("/nonexistent"), gold_folder=folder, nlp=nlp).get("gold"),
        "organizations": organizations.evaluate_gold_organizations(nlp, folder),
        "terms": terms.evaluate(gold_folder=folder, nlp=nlp),
    }


def _score_peer_suites(nlp: Any, shared: Path, skip_kind: bool) -> dict[str, Any]:
    from pipeline.evaluate import dates, money, organizations

    empty = Path(tempfile.mkdtemp(prefix="itnews-nogold-"))
    try:
        report: dict[str, Any] = {
            "money": money.evaluate(shared=shared, gold_folder=empty, predict=money.predictor(nlp)),
            "dates": dates.evaluate(shared=shared, gold_folder=empty, nlp=nlp),
        }
    finally:
        shutil.rmtree(empty, ignore_errors=True)
    if not skip_kind and (shared / KIND_DEV).exists():
        report["organizations"] = {"kind_wn_dev": organizations.evaluate_kind_dev(nlp, shared / KIND_DEV)}
    return report


def _figure(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _prf(figures: dict[str, Any]) -> str:
    return " / ".join(_figure(figures.get(key)) for key in ("p", "r", "f"))


def _summary_rows(report: dict[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    peer = report.get("peer", {})
    recognizers = (peer.get("money") or {}).get("recognizers") or {}
    if recognizers:
        all_f1, held_f1 = _figure(recognizers["all"]["f1"]), _figure(recognizers["held_out"]["f1"])
        yield "money", "Recognizers-Text currency (all / held-out fifth)", "F1", f"{all_f1} / {held_f1}"
    for suite, figures in (peer.get("dates") or {}).items():
        if isinstance(figures, dict) and "measure" in figures:
            value = f"{_figure(figures['all'])} / {_figure(figures['held_out'])}"
            yield "dates", f"{suite} (all / held-out fifth)", figures["measure"], value
        elif suite == "not_a_date_traps":
            yield "dates", "not-a-date traps", "dates found", str(figures.get("dates_found"))
    kind = (peer.get("organizations") or {}).get("kind_wn_dev") or {}
    for label in ("ORG", "PER", "LOC"):
        if label in kind:
            yield "organizations", f"KIND WN_dev {label}", "P / R / F1", _prf(kind[label])
    for name, kinds in (report.get("gold") or {}).items():
        money = kinds.get("money") or {}
        if money:
            value = f"{_figure(money.get('f1'))} ({money.get('not_money_hits')})"
            yield "money", f"gold {name}", "F1 (not-money hits)", value
        dates = kinds.get("dates") or {}
        if dates:
            value = f"{_figure(dates['span']['f1'])} / {_figure(dates['value']['recall'])}"
            yield "dates", f"gold {name}", "span F1 / value accuracy", value
            yield "dates", f"gold {name}", "not-date hits", str(dates.get("dates_in_not_date_traps"))
        orgs = kinds.get("organizations") or {}
        if orgs.get("exact"):
            yield "organizations", f"gold {name}", "exact P / R / F1", _prf(orgs["exact"])
        terms = kinds.get("terms") or {}
        for level in ("type", "type_status", "type_status_parties"):
            if isinstance(terms.get(level), dict):
                yield "terms", f"gold {name}", f"F1 {level}", _figure(terms[level].get("f1"))


def run_evaluation(
    gold: Path = Path("corpora/gold"),
    shared: Path = Path("../shared"),
    output: Path = Path("out/eval.json"),
    model: str = "auto",
    skip_kind: bool = False,
    console: Console | None = None,
) -> dict[str, Any]:
    """Score every gold set and every peer suite; print a table and write ``output`` (JSON)."""
    console = console or Console()
    started = time.perf_counter()
    nlp = load(model)
    report: dict[str, Any] = {"model": model, "pipeline": nlp.pipe_names, "gold": {}, "peer": {}}
    for path in sorted(Path(gold).glob("*.jsonl")):
        with _single_gold_folder(path) as folder:
            report["gold"][path.stem] = _score_gold_set(nlp, folder)
    if Path(shared).is_dir():
        report["peer"] = _score_peer_suites(nlp, Path(shared), skip_kind)
    else:
        console.print(f"[yellow]{shared} not found: peer suites skipped[/]")
    report["seconds"] = round(time.perf_counter() - started, 1)

    table = Table(title="itnews evaluation", title_justify="left")
    for column in ("kind", "suite", "measure", "value"):
        table.add_column(column)
    for row in _summary_rows(report):
        table.add_row(*row)
    console.print(table)
    output.parent.mkdir(parents=True, exist_ok=True)
    with atomic_text(output) as handle:
        json.dump(report, handle, indent=1, ensure_ascii=False, default=str)
    console.print(f"scores and misses written to {output}")
    return report

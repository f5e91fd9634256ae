"""The benchmark report as rich tables: the measures side by side, the scaling curve, the goals."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _last_line(message: str | None) -> str:
    return message.strip().splitlines()[-1][:120] if message and message.strip() else ""


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def print_report(report: dict[str, Any], console: Console) -> None:
    """Print the benchmark report as rich tables: the measures, the scaling curve, the goals."""
    measures = report["measures"]
    table = Table(
        title=f"itnews bench — {report['corpus']['words']:,} words, {report['machine']['date_utc']}"
    )
    for column in ("measure", "words", "seconds", "words/s", "peak RSS MB", "note"):
        table.add_column(column, justify="left" if column in ("measure", "note") else "right")
    labels = {
        "tokenizer": "(a) tokenizer",
        "ner": "(b) tokenizer + NER",
        "full": "(c) full extract_many",
        "folder_jobs1": "(d) process_folder jobs=1",
        "folder_jobs2": "(d) process_folder jobs=2",
    }
    for name, label in labels.items():
        m = measures.get(name, {})
        rss = m.get("worker_peak_rss_mb", m.get("peak_rss_mb"))
        note = _last_line(m.get("error")) or m.get("skipped") or ""
        if name == "full" and "shares" in m:
            note = ", ".join(f"{k} {v:.0%}" for k, v in m["shares"].items())
        table.add_row(
            label,
            _fmt(m.get("words")),
            _fmt(m.get("seconds"), 2),
            _fmt(m.get("words_per_second"), 0),
            _fmt(rss),
            note[:160],
        )
    dates = measures.get("dates", {})
    for key, label in (
        ("search_dates_sample", "(e) search_dates, sample"),
        ("project_sample", "(e) dates alone, same sample"),
        ("project_all", "(e) dates alone, all texts"),
        ("with_money", "(e) money + dates, same sample"),
    ):
        m = dates.get(key, {})
        m = m.get("sample", {}) if key == "with_money" else m
        words = dates.get("words") if key == "project_all" else dates.get("sample_words")
        note = (
            f"found {m['found']}"
            if "found" in m
            else _last_line(dates.get("error")) or dates.get("project_skipped") or ""
        )
        table.add_row(
            label,
            _fmt(words),
            _fmt(m.get("seconds"), 2),
            _fmt(m.get("words_per_second"), 0),
            _fmt(dates.get("peak_rss_mb")),
            note,
        )
    gold = dates.get("gold", {})
    if "gold" in gold:
        sides = (("search_dates", "(e) search_dates on the gold"), ("project", "(e) dates on the gold"))
        for side, label in sides:
            m = gold.get(side, {})
            table.add_row(
                label,
                "",
                "",
                "",
                "",
                f"found {m.get('found')} of {gold['gold']} gold mentions, {m.get('unmatched')} unmatched, "
                f"{m.get('trap_hits')} on traps",
            )
    load = measures.get("load", {})
    table.add_row(
        "load default pipeline",
        "",
        _fmt(load.get("seconds"), 2),
        "",
        _fmt(load.get("peak_rss_mb")),
        _last_line(load.get("error")) or "fresh interpreter: import + load()",
    )
    console.print(table)
    curve = report.get("scaling")
    if curve:
        title = f"scaling: process_folder on {curve['words']:,} words ({curve['files']} files)"
        scaling = Table(title=f"{title}, {curve.get('repeats', 1)} run(s) per point")
        for column in ("jobs", "seconds", "words/s", "speed-up", "worker RSS MB"):
            scaling.add_column(column, justify="right")
        for p in curve["points"]:
            scaling.add_row(
                str(p["jobs"]),
                _fmt(p.get("seconds"), 2),
                _fmt(p.get("words_per_second"), 0),
                _fmt(p.get("speedup_vs_first"), 2),
                _fmt(p.get("worker_peak_rss_mb")),
            )
        console.print(scaling)
    goals = Table(title="goals of issue 7")
    for column in ("goal", "target", "value", "met"):
        goals.add_column(column)
    for name, goal in report["goals"].items():
        met = {True: "[green]yes[/]", False: "[red]no[/]", None: "—"}[goal["met"]]
        goals.add_row(name, goal["target"], _fmt(goal["value"], 2), met)
    console.print(goals)

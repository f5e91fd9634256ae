"""Print the figures of ``out/bench.json`` as Markdown tables for the README.

Usage: ``python scripts/bench/bench_markdown.py [out/bench.json]``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

LABELS = {
    "tokenizer": '(a) `spacy.blank("it")` tokenizer alone',
    "ner": "(b) tokenizer + NER model",
    "full": "(c) full pipeline, `extract_many`",
    "folder_jobs1": "(d) `process_folder`, jobs=1, CSV + Parquet",
    "folder_jobs2": "(d) `process_folder`, jobs=2, CSV + Parquet",
}


def _num(value: Any, digits: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def markdown(report: dict[str, Any]) -> str:
    """The report's measures, dates comparison, scaling curve and goals as Markdown."""
    machine, corpus, measures = report["machine"], report["corpus"], report["measures"]
    lines = [
        f"Measured {machine['date_utc']} on {machine['cpus']} CPUs ({machine['processor']}, "
        f"{machine['memory_gb']} GB, load average at start {machine.get('load_average_at_start')}, "
        f"at end {machine.get('load_average_at_end')}); corpus: {corpus['files']:,} generated articles, "
        f"{corpus['words']:,} words; model `{report['settings']['model']}`; "
        f"median of {report['settings']['repeats']} runs.",
        "",
        "| measure | words/s | seconds | peak RSS (MB) |",
        "|---|---:|---:|---:|",
    ]
    for name, label in LABELS.items():
        m = measures.get(name, {})
        rss = m.get("worker_peak_rss_mb", m.get("peak_rss_mb"))
        note = " (skipped)" if "skipped" in m else " (failed)" if "error" in m else ""
        speed, seconds = _num(m.get("words_per_second")), _num(m.get("seconds"), 2)
        lines.append(f"| {label}{note} | {speed} | {seconds} | {_num(rss, 1)} |")
    dates = measures.get("dates", {})
    for key, label in (
        ("search_dates_sample", "(e) `search_dates(text, languages=['it'])`, sample"),
        ("project_sample", "(e) itnews date component alone (tokenizer + dates), same sample"),
        ("project_all", "(e) itnews date component alone, all texts"),
        ("with_money", "(e) itnews money + dates (as in the pipeline), same sample"),
    ):
        m = dates.get(key, {})
        m = m.get("sample", {}) if key == "with_money" else m
        lines.append(
            f"| {label} (found {_num(m.get('found'))}) | {_num(m.get('words_per_second'))} | "
            f"{_num(m.get('seconds'), 2)} | {_num(dates.get('peak_rss_mb'), 1)} |"
        )
    load = measures.get("load", {})
    lines.append(
        f"| load of the default pipeline (fresh process) | | {_num(load.get('seconds'), 2)} | "
        f"{_num(load.get('peak_rss_mb'), 1)} |"
    )
    gold = dates.get("gold", {})
    if "gold" in gold:
        project, peer = gold.get("project", {}), gold.get("search_dates", {})
        lines += [
            "",
            f"Dates against the team's gold ({gold['documents']} articles, {gold['gold']} temporal mentions, "
            f"{gold['gold_dates_periods']} of them dates or periods): itnews finds {project.get('found')} "
            f"({project.get('found_dates_periods')} dates/periods), {project.get('unmatched')} spans match "
            f"no gold mention, {project.get('trap_hits')} fall on a not-a-date trap; `search_dates` finds "
            f"{peer.get('found')} ({peer.get('found_dates_periods')}), {peer.get('unmatched')} unmatched, "
            f"{peer.get('trap_hits')} on traps.",
        ]
    shares = measures.get("full", {}).get("shares")
    if shares:
        lines += ["", "Share of (c)'s time: " + ", ".join(f"{k} {v:.0%}" for k, v in shares.items()) + "."]
    memory = report.get("memory", {})
    lines += [
        "",
        f"Memory: worker peak RSS {_num(memory.get('worker_peak_rss_mb'), 1)} MB on "
        f"{_num(memory.get('words'))} words, {_num(memory.get('worker_peak_rss_mb_10x'), 1)} MB on "
        f"{_num(memory.get('words_10x'))} words (x{_num(memory.get('growth_10x'), 2)}).",
    ]
    curve = report.get("scaling")
    if curve:
        lines += [
            "",
            f"Scaling, `process_folder` on {curve['words']:,} words ({curve['files']} files), "
            f"{curve.get('repeats', 1)} run(s) per point:",
            "",
            "| jobs | words/s | speed-up | worker RSS (MB) |",
            "|---:|---:|---:|---:|",
        ]
        for p in curve["points"]:
            lines.append(
                f"| {p['jobs']} | {_num(p.get('words_per_second'))} | "
                f"{_num(p.get('speedup_vs_first'), 2)} | {_num(p.get('worker_peak_rss_mb'), 1)} |"
            )
    lines += ["", "| goal | target | measured | met |", "|---|---|---:|---|"]
    for name, goal in report["goals"].items():
        met = {True: "yes", False: "no", None: "—"}[goal["met"]]
        lines.append(f"| {name} | {goal['target']} | {_num(goal['value'], 2)} | {met} |")
    return "\n".join(lines)


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "out/bench.json")
    print(markdown(json.loads(path.read_text(encoding="utf-8"))))

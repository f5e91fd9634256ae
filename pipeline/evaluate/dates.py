"""Scorers for dates: Recognizers-Text Italian datetime suites, dateparser's Italian cases, ``corpora/gold``.

Conventions (``../shared/data/peer/README.md``): extractor files give span F1, an expected span being
found when a predicted record overlaps it; parser files give value accuracy, a case being right when the
overlapping record's value equals the timex, or its start/end equal the future or the past resolution
(±1 day on period ends), durations compared in seconds (365-day year, 30-day month). Every suite is
also reported on a held-out fifth (``case_index % 5 == 4``) next to the other four fifths.

Run: ``python -m pipeline.evaluate.dates [--shared ../shared] [--gold corpora/gold] [--misses 30]``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline.evaluate.metrics import Score, overlaps
from pipeline.normalize.temporal_values import duration_seconds

DEFAULT_SHARED = Path(__file__).resolve().parents[3] / "shared"
EXTRACTOR_SUITES = ("DateExtractor", "DatePeriodExtractor", "DurationExtractor", "SetExtractor")
PARSER_SUITES = ("DateParser", "DatePeriodParser", "DurationParser", "SetParser")
GOALS = {
    "DateExtractor": 0.95,
    "DurationExtractor": 0.95,
    "DatePeriodExtractor": 0.90,
    "DateParser": 0.95,
    "DurationParser": 0.95,
    "DatePeriodParser": 0.85,
    "gold": 0.98,
}


def dates_nlp() -> Language:
    """The test pipeline: blank Italian, sentencizer, ``itnews_money`` (when present), ``itnews_dates``."""
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    try:
        import pipeline.components.money  # noqa: F401

        nlp.add_pipe("itnews_money")
    except (ImportError, SyntaxError) as error:  # a money component still being written: score without it
        print(f"warning: itnews_money unavailable ({error.__class__.__name__}); scoring dates alone")
    import pipeline.components.dates  # noqa: F401

    nlp.add_pipe("itnews_dates")
    return nlp


def predict(nlp: Language, text: str, published: str | None) -> list[dict]:
    """Date records of ``text`` with ``published`` as reference (time part dropped)."""
    doc = nlp.make_doc(text)
    doc._.itnews_published = published[:10] if published else None
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.itnews_dates


def read_cases(path: Path) -> list[dict[str, Any]]:
    """JSONL records of a peer suite."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def is_held_out(case: dict[str, Any]) -> bool:
    """Every fifth case is held out from development."""
    return case.get("case_index", 0) % 5 == 4


# --- extractor suites: span F1 -------------------------------------------------------------------------
def score_extractor(cases: Iterable[dict], nlp: Language) -> Score:
    """Span F1 by overlap over a Recognizers-Text extractor suite."""
    score = Score()
    for case in cases:
        records = predict(nlp, case["input"], case.get("reference_datetime"))
        expected = [(item["start"], item["end"], item["text"]) for item in case["expected"]]
        for start, end, text in expected:
            if any(overlaps(start, end, r["start"], r["end"]) for r in records):
                score.tp += 1
            else:
                score.fn += 1
                score.misses.append(
                    {"input": case["input"], "expected": text, "found": [r["text"] for r in records]}
                )
        for record in records:
            if not any(overlaps(start, end, record["start"], record["end"]) for start, end, _ in expected):
                score.fp += 1
                score.false_alarms.append({"input": case["input"], "found": record["text"]})
    return score


# --- parser suites: value accuracy ---------------------------------------------------------------------
def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _close(a: date | None, b: date | None, tolerance: int) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= tolerance


def value_matches(record: dict, item: dict) -> bool:
    """True when ``record`` gives the expected item's timex or one of its resolutions."""
    timex = item.get("timex")
    if timex and record["value"] == timex:
        return True
    if timex and record["value"] and record["value"].removeprefix("XXXX-") == timex:
        return True  # TIMEX writes a season without year as 'SU', we write 'XXXX-SU'
    for resolution in (item.get("future_resolution") or {}, item.get("past_resolution") or {}):
        if "date" in resolution and record["start_date"] and record["start_date"] == resolution["date"][:10]:
            return True
        if "startDate" in resolution:
            start_ok = _close(_day(record["start_date"]), _day(resolution["startDate"]), 1)
            end_ok = _close(_day(record["end_date"]), _day(resolution["endDate"]), 1)
            if start_ok and end_ok:
                return True
        if "duration" in resolution and record["duration"]:
            seconds = duration_seconds(record["duration"])
            if seconds is not None and seconds == Decimal(resolution["duration"]):
                return True
    return False


def score_parser(cases: Iterable[dict], nlp: Language) -> Score:
    """Value accuracy (``tp / (tp + fn)``) over a Recognizers-Text parser suite."""
    score = Score()
    for case in cases:
        records = predict(nlp, case["input"], case.get("reference_datetime"))
        for item in case["expected"]:
            touching = [r for r in records if overlaps(item["start"], item["end"], r["start"], r["end"])]
            if any(value_matches(record, item) for record in touching):
                score.tp += 1
            else:
                score.fn += 1
                score.misses.append(
                    {
                        "input": case["input"],
                        "expected": item["text"],
                        "timex": item.get("timex"),
                        "found": [(r["text"], r["value"], r["start_date"], r["end_date"]) for r in touching],
                    }
                )
    return score


# --- dateparser's Italian cases ------------------------------------------------------------------------
DATEPARSER_KINDS = ("parse", "date_tuple", "relative", "search", "search_span")


def score_dateparser(cases: Iterable[dict], nlp: Language) -> Score:
    """Date found over the whole input (or each searched span) with the expected day."""
    score = Score()
    for case in cases:
        if case["kind"] not in DATEPARSER_KINDS:
            continue
        expected = case["expected"]
        reference = case.get("reference_datetime") or (case.get("settings") or {}).get("RELATIVE_BASE")
        if case["kind"] == "relative":
            reference = "2014-09-01" if expected.get("datetime") else date.today().isoformat()
        records = predict(nlp, case["input"], reference)
        targets = expected.get("spans") or [
            {
                "start": 0,
                "end": len(case["input"]),
                "text": case["input"],
                "datetime": expected.get("datetime"),
            }
        ]
        for target in targets:
            wanted = _day(target.get("datetime"))
            if wanted is None and "days_ago" in expected:
                wanted = date.fromisoformat(reference) - timedelta(days=expected["days_ago"])
            touching = [r for r in records if overlaps(target["start"], target["end"], r["start"], r["end"])]
            if any(wanted is None or _day(r["start_date"]) == wanted for r in touching):
                score.tp += 1
            else:
                score.fn += 1
                score.misses.append(
                    {
                        "input": case["input"],
                        "kind": case["kind"],
                        "expected": str(wanted),
                        "found": [(r["text"], r["value"], r["start_date"]) for r in touching],
                    }
                )
    return score


# --- the team's gold -----------------------------------------------------------------------------------
def score_gold(documents: Iterable[dict], nlp: Language) -> tuple[Score, Score, int]:
    """Span F1 on gold dates, value accuracy on the found ones, and predictions inside ``not_dates`` traps."""
    spans, values, traps = Score(), Score(), 0
    for document in documents:
        records = predict(nlp, document["text"], document.get("published"))
        gold = document.get("dates") or []
        for item in gold:
            touching = [r for r in records if overlaps(item["start"], item["end"], r["start"], r["end"])]
            if not touching:
                spans.fn += 1
                spans.misses.append({"doc_id": document["doc_id"], "expected": item["text"]})
                continue
            spans.tp += 1
            if any(_gold_value_matches(record, item) for record in touching):
                values.tp += 1
            else:
                values.fn += 1
                values.misses.append(
                    {
                        "doc_id": document["doc_id"],
                        "expected": item,
                        "found": [
                            {
                                k: r[k]
                                for k in (
                                    "text",
                                    "kind",
                                    "value",
                                    "start_date",
                                    "end_date",
                                    "duration",
                                    "modifier",
                                )
                            }
                            for r in touching
                        ],
                    }
                )
        for record in records:
            if not any(overlaps(i["start"], i["end"], record["start"], record["end"]) for i in gold):
                spans.fp += 1
                spans.false_alarms.append({"doc_id": document["doc_id"], "found": record["text"]})
            for trap in document.get("not_dates") or []:
                if overlaps(trap["start"], trap["end"], record["start"], record["end"]):
                    traps += 1
    return spans, values, traps


def _gold_value_matches(record: dict, item: dict) -> bool:
    if item.get("value") and record["value"] == item["value"]:
        return True
    if item.get("duration") and record["duration"]:
        return duration_seconds(record["duration"]) == duration_seconds(item["duration"])
    start_ok = item.get("start_date") is None or _close(
        _day(record["start_date"]), _day(item["start_date"]), 1
    )
    end_ok = item.get("end_date") is None or _close(_day(record["end_date"]), _day(item["end_date"]), 1)
    return bool(item.get("start_date") or item.get("end_date")) and start_ok and end_ok


# --- report --------------------------------------------------------------------------------------------
def evaluate(
    shared: Path = DEFAULT_SHARED, gold_folder: Path | None = None, nlp: Language | None = None
) -> dict[str, Any]:
    """Every date suite, each with all / development / held-out figures and its misses.

    ``nlp`` defaults to :func:`dates_nlp`; any pipeline holding ``itnews_dates`` may be passed.
    """
    nlp = nlp or dates_nlp()
    report: dict[str, Any] = {}
    recognizers = Path(shared) / "data" / "peer" / "recognizers"
    for suite in EXTRACTOR_SUITES + PARSER_SUITES:
        path = recognizers / f"datetime_{suite}.jsonl"
        if not path.exists():
            continue
        cases = read_cases(path)
        scorer = score_extractor if suite in EXTRACTOR_SUITES else score_parser
        report[suite] = _split_report(
            cases, lambda chosen, s=scorer: s(chosen, nlp), "f1" if suite in EXTRACTOR_SUITES else "recall"
        )
    traps = (
        [case for case in read_cases(recognizers / "datetime_DateExtractor.jsonl") if not case["expected"]]
        if (recognizers / "datetime_DateExtractor.jsonl").exists()
        else []
    )
    report["not_a_date_traps"] = {
        "cases": len(traps),
        "dates_found": sum(len(predict(nlp, c["input"], None)) for c in traps),
    }
    dateparser = Path(shared) / "data" / "peer" / "dateparser" / "dateparser_it_cases.jsonl"
    if dateparser.exists():
        cases = [dict(c, case_index=i) for i, c in enumerate(read_cases(dateparser))]
        report["dateparser"] = _split_report(cases, lambda chosen: score_dateparser(chosen, nlp), "recall")
    if gold_folder is not None:
        from pipeline.evaluate.gold import load_gold

        documents = load_gold(gold_folder)
        spans, values, traps_hit = score_gold(documents, nlp)
        report["gold"] = {
            "documents": len(documents),
            "span": spans.as_dict(),
            "value": values.as_dict(),
            "dates_in_not_date_traps": traps_hit,
        }
    return report


def _split_report(cases: list[dict], scorer, measure: str) -> dict[str, Any]:
    everything = scorer(cases)
    development = scorer([c for c in cases if not is_held_out(c)])
    held_out = scorer([c for c in cases if is_held_out(c)])
    return {
        "measure": "span_f1" if measure == "f1" else "value_accuracy",
        "all": round(getattr(everything, measure), 4),
        "development": round(getattr(development, measure), 4),
        "held_out": round(getattr(held_out, measure), 4),
        "detail": everything.as_dict(limit=200),
    }


def main(argv: list[str] | None = None) -> None:
    """Print the date report (figures, then misses)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "corpora" / "gold")
    parser.add_argument("--misses", type=int, default=30)
    args = parser.parse_args(argv)
    report = evaluate(args.shared, args.gold)
    for suite, result in report.items():
        if "all" in result:
            goal = GOALS.get(suite)
            figures = " ".join(f"{key}={result[key]:.3f}" for key in ("all", "development", "held_out"))
            print(f"{suite:22s} {result['measure']:15s} {figures}" + (f"  goal>={goal}" if goal else ""))
        else:
            summary = {k: v for k, v in result.items() if k not in ("span", "value")}
            print(f"{suite:22s} {json.dumps(summary)}")
            if "span" in result:
                print(f"{'':22s} span f1={result['span']['f1']} value accuracy={result['value']['recall']}")
    for suite, result in report.items():
        detail = result.get("detail") or result.get("span")
        if not detail:
            continue
        for kind in ("misses", "false_alarms"):
            for miss in detail.get(kind, [])[: args.misses]:
                label = "miss" if kind == "misses" else "false alarm"
                print(f"  [{suite} {label}] {json.dumps(miss, ensure_ascii=False)}")


if __name__ == "__main__":
    main()

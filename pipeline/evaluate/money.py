"""Scorers for money: the Recognizers-Text Italian currency suite and the team's ``corpora/gold``.

Recognizers-Text (``../shared/data/peer/recognizers/currency_CurrencyModel.jsonl``): an expected item is
found when a predicted money record overlaps its span with the same amount in major units
(``amount_in_major_unit``) and, where the item names one, the same ISO currency. Items without an
amount (``50 centesimi``, a bare ``dollari``) only mark spans where predictions are not counted. A
prediction that finds no expected item (and touches no such span) is a false alarm. The suite is also
reported on a held-out fifth (``case_index % 5 == 4``) next to the other four fifths.

Gold (``corpora/gold/*.jsonl``): a gold money item is found when an overlapping prediction has the same
amount, ``amount_max`` and currency; predictions inside ``not_money`` traps are counted apart.

Run: ``python -m pipeline.evaluate.money [--shared ../shared] [--gold corpora/gold] [--misses 30]``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline.evaluate.gold import DEFAULT_GOLD, load_gold
from pipeline.evaluate.metrics import Score, overlaps

DEFAULT_SHARED = Path(__file__).resolve().parents[3] / "shared"
RECOGNIZERS_SUITE = Path("data") / "peer" / "recognizers" / "currency_CurrencyModel.jsonl"
GOALS = {"recognizers": 0.97, "gold": 0.98}

Predict = Callable[[str, "str | None"], list[dict]]


def money_nlp() -> Language:
    """The test pipeline: blank Italian, ``sentencizer``, ``itnews_money``."""
    import pipeline.components.money  # noqa: F401  (registers the factory)

    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("itnews_money")
    return nlp


def predictor(nlp: Language | None = None) -> Predict:
    """A function ``(text, published) -> doc._.itnews_money`` over ``nlp`` (default :func:`money_nlp`)."""
    nlp = nlp or money_nlp()

    def predict(text: str, published: str | None = None) -> list[dict]:
        doc = nlp.make_doc(text)
        doc._.itnews_published = published[:10] if published else None
        for _, component in nlp.pipeline:
            doc = component(doc)
        return doc._.itnews_money

    return predict


def read_cases(path: Path) -> list[dict[str, Any]]:
    """JSONL records of a peer suite."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def is_held_out(case: dict[str, Any]) -> bool:
    """Every fifth case is held out from development."""
    return case.get("case_index", 0) % 5 == 4


def same_amount(predicted: str | None, expected: float | str | None) -> bool:
    """Amounts equal to a millionth of their size (the suite stores floats).

    >>> same_amount("48200000", 48200000.0), same_amount("4.7", 4.7), same_amount("4.7", 47)
    (True, True, False)
    """
    if predicted is None or expected is None:
        return predicted is None and expected is None
    a, b = Decimal(predicted), Decimal(str(expected))
    return abs(a - b) <= abs(b) * Decimal("1e-6")


# --- Recognizers-Text ----------------------------------------------------------------------------------
def score_recognizers(cases: Iterable[dict], predict: Predict) -> Score:
    """Precision, recall and F1 of money records over the Recognizers-Text currency cases."""
    score = Score()
    for case in cases:
        records = predict(case["input"], None)
        items = [item for item in case["expected"] if item.get("amount_in_major_unit") is not None]
        ignored = [item for item in case["expected"] if item.get("amount_in_major_unit") is None]
        matched: set[int] = set()
        for item in items:
            hits = [i for i, r in enumerate(records) if _recognizers_match(r, item)]
            if hits:
                score.tp += 1
                matched.update(hits)
            else:
                score.fn += 1
                score.misses.append(
                    {
                        "input": case["input"],
                        "expected": item["text"],
                        "amount": item["amount_in_major_unit"],
                        "currency": item.get("currency_iso"),
                        "found": [(r["text"], r["amount"], r["currency"]) for r in records],
                    }
                )
        for index, record in enumerate(records):
            if index in matched or any(
                overlaps(i["start"], i["end"], record["start"], record["end"]) for i in ignored
            ):
                continue
            score.fp += 1
            score.false_alarms.append(
                {"input": case["input"], "found": (record["text"], record["amount"], record["currency"])}
            )
    return score


def _recognizers_match(record: dict, item: dict) -> bool:
    if not overlaps(item["start"], item["end"], record["start"], record["end"]):
        return False
    if not same_amount(record["amount"], item["amount_in_major_unit"]):
        return False
    return not item.get("currency_iso") or record["currency"] == item["currency_iso"]


# --- the team's gold -----------------------------------------------------------------------------------
def score_gold(documents: Iterable[dict], predict: Predict) -> tuple[Score, int]:
    """F1 on gold money records (span overlap + amount + amount_max + currency) and trap hits."""
    score, trap_hits = Score(), 0
    for document in documents:
        records = predict(document["text"], document.get("published"))
        gold = document.get("money") or []
        matched: set[int] = set()
        for item in gold:
            hits = [i for i, r in enumerate(records) if _gold_match(r, item)]
            if hits:
                score.tp += 1
                matched.update(hits)
            else:
                score.fn += 1
                touching = [r for r in records if overlaps(item["start"], item["end"], r["start"], r["end"])]
                score.misses.append(
                    {
                        "doc_id": document["doc_id"],
                        "expected": _brief(item),
                        "found": [_brief(r) for r in touching],
                    }
                )
        for index, record in enumerate(records):
            if index not in matched:
                score.fp += 1
                score.false_alarms.append({"doc_id": document["doc_id"], "found": _brief(record)})
            if any(
                overlaps(t["start"], t["end"], record["start"], record["end"])
                for t in document.get("not_money") or []
            ):
                trap_hits += 1
    return score, trap_hits


def _gold_match(record: dict, item: dict) -> bool:
    return (
        overlaps(item["start"], item["end"], record["start"], record["end"])
        and same_amount(record["amount"], item["amount"])
        and same_amount(record.get("amount_max"), item.get("amount_max"))
        and record["currency"] == item.get("currency")
    )


def _brief(record: dict) -> dict:
    keys = ("text", "amount", "amount_max", "currency", "currency_inferred", "qualifier", "unit")
    return {key: record.get(key) for key in keys}


# --- report --------------------------------------------------------------------------------------------
def evaluate(
    shared: Path = DEFAULT_SHARED, gold_folder: Path = DEFAULT_GOLD, predict: Predict | None = None
) -> dict[str, Any]:
    """Recognizers-Text (all / development / held-out) and gold figures, with misses."""
    predict = predict or predictor()
    report: dict[str, Any] = {}
    suite = Path(shared) / RECOGNIZERS_SUITE
    if suite.exists():
        cases = read_cases(suite)
        report["recognizers"] = {
            "all": score_recognizers(cases, predict).as_dict(),
            "development": score_recognizers([c for c in cases if not is_held_out(c)], predict).as_dict(),
            "held_out": score_recognizers([c for c in cases if is_held_out(c)], predict).as_dict(),
            "goal_f1": GOALS["recognizers"],
        }
    documents = load_gold(gold_folder) if Path(gold_folder).exists() else []
    if documents:
        score, traps = score_gold(documents, predict)
        report["gold"] = {
            **score.as_dict(),
            "documents": len(documents),
            "not_money_hits": traps,
            "goal_f1": GOALS["gold"],
        }
    return report


def main(argv: list[str] | None = None) -> None:
    """Print the money report as a table, then the first misses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--misses", type=int, default=30)
    args = parser.parse_args(argv)
    report = evaluate(args.shared, args.gold)
    print(f"{'money':<28}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}  goal")
    rows = [
        (f"recognizers {part}", figures, report["recognizers"]["goal_f1"])
        for part, figures in report.get("recognizers", {}).items()
        if isinstance(figures, dict)
    ]
    if "gold" in report:
        rows.append((f"gold ({report['gold']['documents']} docs)", report["gold"], GOALS["gold"]))
    for label, figures, goal in rows:
        print(
            f"{label:<28}{figures['precision']:>8.3f}{figures['recall']:>8.3f}{figures['f1']:>8.3f}"
            f"{figures['tp']:>6}{figures['fp']:>6}{figures['fn']:>6}  {goal}"
        )
    if "gold" in report:
        print(f"gold not_money trap hits: {report['gold']['not_money_hits']}")
    for label, figures, _ in rows:
        if label.endswith("development") or label.endswith("held_out"):
            continue
        for miss in figures["misses"][: args.misses]:
            print(f"MISS  {label}: {json.dumps(miss, ensure_ascii=False)}")
        for alarm in figures["false_alarms"][: args.misses]:
            print(f"FALSE {label}: {json.dumps(alarm, ensure_ascii=False)}")


if __name__ == "__main__":
    main()

"""Score contract terms on the team's gold (``corpora/gold/*.jsonl``).

A predicted term row matches a gold term when the types are equal and the gold trigger span overlaps
the row's trigger or one of its merged mentions, or lies in the same sentence as one of them (the
trigger word an annotator picks, "offerta non vincolante" or "rilevare", is a choice; the term and
its sentence are not). Matching is one-to-one, gold in order, overlapping rows first. Three levels:
(type), (type + status), (type + status + parties, compared as case-folded name sets). On the pairs
matched by type, the accuracy of the amount and of the end date is measured where the gold has one.

Run: ``python -m pipeline.evaluate.terms [--gold corpora/gold] [--misses 30]``
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.evaluate.gold import DEFAULT_GOLD, load_gold, predict_gold
from pipeline.evaluate.metrics import Score, overlaps
from pipeline.nlp import load
from pipeline.records import Term, doc_to_records

GOALS = {"type_status": 0.85, "type_status_parties": 0.75}
LEVELS = ("type", "type_status", "type_status_parties")

Match = Callable[[Term, dict[str, Any]], bool]
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def sentence_index(text: str) -> Callable[[int], int]:
    """A function from a character offset to the number of its sentence (a light splitter)."""
    starts = [m.start() for m in SENTENCE.finditer(text)]

    def number(offset: int) -> int:
        return sum(1 for start in starts if start <= offset) - 1

    return number


def term_spans(term: Term) -> list[tuple[int, int]]:
    """The trigger span of a row and the spans of the mentions merged into it."""
    spans = [(term.start, term.end)]
    for mention in term.mentions:
        start, _, end = str(mention).partition("-")
        spans.append((int(start), int(end)))
    return spans


def same_names(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Party sets equal, ignoring case and surrounding blanks."""
    return {p.strip().casefold() for p in predicted} == {g.strip().casefold() for g in gold}


def same_amount(predicted: Decimal | None, gold: str | float | None) -> bool:
    """Amounts equal as decimals (None equals None)."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    try:
        return Decimal(str(predicted)) == Decimal(str(gold))
    except InvalidOperation:
        return False


def same_end_date(predicted: Any, gold: str | None) -> bool:
    """End dates equal; a gold year or month ("2030", "2030-06") accepts any day inside it."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return str(predicted).startswith(str(gold))


def _overlapping(term: Term, gold: dict[str, Any]) -> bool:
    return term.type == gold["type"] and any(
        overlaps(s, e, gold["start"], gold["end"]) for s, e in term_spans(term)
    )


def _matches_type(term: Term, gold: dict[str, Any]) -> bool:
    if _overlapping(term, gold):
        return True
    sentence_of = gold.get("_sentence_of")
    if term.type != gold["type"] or sentence_of is None:
        return False
    return any(sentence_of(s) == sentence_of(gold["start"]) for s, _ in term_spans(term))


def _matches_status(term: Term, gold: dict[str, Any]) -> bool:
    return _matches_type(term, gold) and term.status == gold["status"]


def _matches_parties(term: Term, gold: dict[str, Any]) -> bool:
    return _matches_status(term, gold) and same_names(term.parties, gold.get("parties") or [])


MATCHERS: dict[str, Match] = {
    "type": _matches_type,
    "type_status": _matches_status,
    "type_status_parties": _matches_parties,
}


def pair_terms(
    predicted: Sequence[Term], gold: Sequence[dict[str, Any]], match: Match
) -> list[tuple[Term, dict]]:
    """One-to-one pairs (gold in order; among candidates the row with the most specific match first)."""
    used: set[int] = set()
    pairs = []
    for item in gold:
        candidates = [i for i, term in enumerate(predicted) if i not in used and match(term, item)]
        if not candidates:
            continue
        best = max(
            candidates,
            key=lambda i: (
                _overlapping(predicted[i], item),
                _matches_parties(predicted[i], item),
                _matches_status(predicted[i], item),
            ),
        )
        used.add(best)
        pairs.append((predicted[best], item))
    return pairs


def _brief_term(term: Term) -> dict[str, Any]:
    return {
        "text": term.text,
        "type": term.type,
        "status": term.status,
        "parties": list(term.parties),
        "amount": str(term.amount) if term.amount is not None else None,
        "end_date": str(term.end_date) if term.end_date else None,
    }


def _brief_gold(item: dict[str, Any]) -> dict[str, Any]:
    return {
        key: item.get(key) for key in ("text", "type", "status", "parties", "amount", "end_date", "start")
    }


def score_documents(
    documents: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Term]]
) -> dict[str, Any]:
    """Scores for the three levels and the value accuracies, from gold documents and predicted rows."""
    scores = {level: Score() for level in LEVELS}
    amount = [0, 0]
    end_date = [0, 0]
    for document, predicted in zip(documents, predictions, strict=True):
        sentence_of = sentence_index(document["text"])
        gold = [{**item, "_sentence_of": sentence_of} for item in document.get("terms") or []]
        for level, match in MATCHERS.items():
            pairs = pair_terms(predicted, gold, match)
            matched_gold = {id(g) for _, g in pairs}
            matched_pred = {id(t) for t, _ in pairs}
            score = scores[level]
            score.tp += len(pairs)
            score.fn += len(gold) - len(pairs)
            score.fp += len(predicted) - len(pairs)
            for item in gold:
                if id(item) not in matched_gold:
                    score.misses.append({"doc_id": document["doc_id"], "gold": _brief_gold(item)})
            for term in predicted:
                if id(term) not in matched_pred:
                    score.false_alarms.append({"doc_id": document["doc_id"], "found": _brief_term(term)})
            if level != "type":
                continue
            for term, item in pairs:
                if item.get("amount") is not None:
                    amount[1] += 1
                    amount[0] += same_amount(term.amount, item["amount"])
                if item.get("end_date") is not None:
                    end_date[1] += 1
                    end_date[0] += same_end_date(term.end_date, item["end_date"])
    report: dict[str, Any] = {level: scores[level].as_dict() for level in LEVELS}
    report["amount_accuracy"] = {
        "correct": amount[0],
        "of": amount[1],
        "accuracy": round(amount[0] / amount[1], 4) if amount[1] else None,
    }
    report["end_date_accuracy"] = {
        "correct": end_date[0],
        "of": end_date[1],
        "accuracy": round(end_date[0] / end_date[1], 4) if end_date[1] else None,
    }
    return report


ENTITY_KEYS = {
    "organizations": ("itnews_orgs", "O"),
    "money": ("itnews_money", "M"),
    "dates": ("itnews_dates", "D"),
}
ENTITY_COMPONENTS = ("itnews_organizations", "itnews_money", "itnews_dates")


def predict_with_gold_entities(nlp: Language, documents: Sequence[dict[str, Any]]) -> list[tuple[Term, ...]]:
    """Terms found when the organizations, money and dates layers are the gold ones: a measure of the
    terms component alone, apart from the errors of the layers it reads."""
    predictions = []
    for document in documents:
        doc = nlp.make_doc(document["text"])
        doc._.itnews_published = document.get("published")
        doc._.itnews_title = document.get("title")
        doc._.itnews_doc_id = document["doc_id"]
        for key, (extension, prefix) in ENTITY_KEYS.items():
            items = sorted(document.get(key) or [], key=lambda item: item["start"])
            values = [{"id": f"{prefix}{n}", **item} for n, item in enumerate(items, 1)]
            if key == "organizations":
                for value in values:
                    value.setdefault("name", value["text"])
            setattr(doc._, extension, values)
        for name, proc in nlp.pipeline:
            if name not in ENTITY_COMPONENTS:
                doc = proc(doc)
        predictions.append(doc_to_records(doc).terms)
    return predictions


def evaluate(
    gold_folder: Path = DEFAULT_GOLD, nlp: Language | None = None, gold_entities: bool = False
) -> dict:
    """Run the pipeline on every gold document and score its terms (with ``gold_entities``, the
    entity layers the terms component reads are the gold ones)."""
    documents = [d for d in load_gold(gold_folder) if "terms" in d] if Path(gold_folder).exists() else []
    if not documents:
        return {"documents": 0}
    nlp = nlp or load()
    if gold_entities:
        predictions = predict_with_gold_entities(nlp, documents)
    else:
        predictions = [r.terms for r in predict_gold(nlp, documents)]
    report = score_documents(documents, predictions)
    report["entities"] = "gold" if gold_entities else "pipeline"
    report["documents"] = len(documents)
    report["gold_terms"] = sum(len(d["terms"]) for d in documents)
    report["goals_f1"] = GOALS
    return report


def main(argv: list[str] | None = None) -> None:
    """Print the terms report as a table, then the first misses and false alarms per level."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--misses", type=int, default=30)
    parser.add_argument("--level", choices=LEVELS, default="type_status")
    parser.add_argument(
        "--gold-entities", action="store_true", help="read gold orgs/money/dates, not the pipeline's"
    )
    args = parser.parse_args(argv)
    report = evaluate(args.gold, gold_entities=args.gold_entities)
    if not report.get("documents"):
        print("terms: no gold documents with terms")
        return
    print(
        f"terms on {report['documents']} gold documents, {report['gold_terms']} gold terms, "
        f"{report['entities']} entities"
    )
    print(f"{'level':<24}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}  goal")
    for level in LEVELS:
        f = report[level]
        goal = GOALS.get(level, "")
        print(
            f"{level:<24}{f['precision']:>8.3f}{f['recall']:>8.3f}{f['f1']:>8.3f}{f['tp']:>6}{f['fp']:>6}"
            f"{f['fn']:>6}  {goal}"
        )
    for key in ("amount_accuracy", "end_date_accuracy"):
        value = report[key]
        print(f"{key:<24}{value['accuracy']}  ({value['correct']}/{value['of']})")
    for miss in report[args.level]["misses"][: args.misses]:
        print(f"MISS  {json.dumps(miss, ensure_ascii=False)}")
    for alarm in report[args.level]["false_alarms"][: args.misses]:
        print(f"FALSE {json.dumps(alarm, ensure_ascii=False)}")


if __name__ == "__main__":
    main()

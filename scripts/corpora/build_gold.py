"""Build ``corpora/gold/samples.jsonl`` from the hand-written annotations in ``corpora/gold/annotations``.

Each annotation file (YAML, one per document) names its ``doc_id`` and lists mentions by their text,
never by offset; this script finds the offsets so that ``text[start:end] == item["text"]`` always holds.
A mention is located by

* ``ctx``: a longer string that occurs exactly once in the document and contains ``text`` once, or
* ``n``: the 1-based occurrence of ``text`` in the document (required when ``text`` occurs more than once).

Occurrences are whole-word: "ieri" is not found inside "consiglieri".

Organizations are listed as ``surface: canonical name``; every whole-word occurrence of every surface
is a mention (longest surface first, no overlaps), except the occurrences listed in ``org_skip``.

Usage::

    .venv/bin/python scripts/corpora/build_gold.py            # write corpora/gold/samples.jsonl
    .venv/bin/python scripts/corpora/build_gold.py --show ID  # print one document's mentions in context
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from sample_texts import iter_samples  # noqa: E402
from timex import derive_bounds  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpora" / "samples"
ANNOTATIONS = ROOT / "corpora" / "gold" / "annotations"
OUTPUT = ROOT / "corpora" / "gold" / "samples.jsonl"

MONEY_DEFAULTS = {"amount_max": None, "currency_inferred": False, "qualifier": "exact", "unit": None}
DATE_FIELDS = ("kind", "value", "start_date", "end_date", "duration", "modifier")
TERM_FIELDS = ("type", "status", "parties", "amount", "currency", "end_date")
SPAN_KEYS = {"start", "end", "text"}
LOCATOR_KEYS = {"text", "n", "ctx"}
MONEY_KEYS = LOCATOR_KEYS | {"amount", "currency", *MONEY_DEFAULTS}
DATE_KEYS = LOCATOR_KEYS | set(DATE_FIELDS)
TERM_KEYS = LOCATOR_KEYS | set(TERM_FIELDS)
TERM_TYPES = {
    "PARTNERSHIP", "JOINT_VENTURE", "ACQUISITION", "MERGER", "INVESTMENT_STAKE", "FINANCING",
    "SUPPLY_SERVICE_CONTRACT", "LICENSE_IP", "EXCLUSIVITY", "RIGHT_OF_FIRST_REFUSAL", "REVENUE_SHARING",
    "MINIMUM_COMMITMENT", "TERM_DURATION", "RENEWAL_EXTENSION", "TERMINATION", "NON_COMPETE",
    "CHANGE_OF_CONTROL_TRANSFER", "PENALTY_BREAK_FEE",
}  # fmt: skip
STATUSES = {"active", "ended", "negated", "planned", "pending", "negotiating", "cancelled"}
DATE_KINDS = {"date", "period", "duration", "set", "time"}
QUALIFIERS = {"exact", "approx", "lower_bound", "upper_bound"}


class AnnotationError(ValueError):
    """An annotation that cannot be placed in its document, or carries an invalid value."""


def occurrences(haystack: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` in ``haystack`` as a whole word (not inside a longer word)."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack)]


def locate(text: str, item: dict | str, doc_id: str) -> tuple[int, int, str]:
    """Return (start, end, mention) of an annotation item in ``text``."""
    if isinstance(item, str):
        item = {"text": item}
    mention = item["text"]
    if "ctx" in item:
        context = item["ctx"]
        if text.count(context) != 1:
            raise AnnotationError(f"{doc_id}: ctx {context!r} occurs {text.count(context)} times")
        inside = occurrences(context, mention)
        if len(inside) != 1:
            raise AnnotationError(f"{doc_id}: {mention!r} occurs {len(inside)} times in ctx")
        start = text.index(context) + inside[0]
        return start, start + len(mention), mention
    starts = occurrences(text, mention)
    occurrence = item.get("n")
    if occurrence is None and len(starts) != 1:
        raise AnnotationError(f"{doc_id}: {mention!r} occurs {len(starts)} times; give n or ctx")
    occurrence = occurrence or 1
    if occurrence > len(starts):
        raise AnnotationError(f"{doc_id}: {mention!r} has no occurrence {occurrence} (found {len(starts)})")
    start = starts[occurrence - 1]
    return start, start + len(mention), mention


def _check_keys(item: dict, allowed: set[str], doc_id: str) -> None:
    unknown = set(item) - allowed
    if unknown:
        raise AnnotationError(f"{doc_id}: unknown keys {sorted(unknown)} in {item}")


def _span(start: int, end: int, mention: str) -> dict:
    return {"start": start, "end": end, "text": mention}


def build_organizations(text: str, annotation: dict, doc_id: str) -> list[dict]:
    """Every whole-word occurrence of every listed surface form, minus the skipped ones."""
    skipped = {locate(text, item, doc_id)[:2] for item in annotation.get("org_skip") or []}
    surfaces = sorted((annotation.get("organizations") or {}).items(), key=lambda pair: -len(pair[0]))
    taken: list[tuple[int, int]] = []
    found: list[dict] = []
    for surface, name in surfaces:
        hits = 0
        for start in occurrences(text, surface):
            span = (start, start + len(surface))
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            hits += 1
            taken.append(span)
            if span not in skipped:
                found.append({**_span(*span, surface), "name": name})
        if not hits:
            raise AnnotationError(f"{doc_id}: organization surface {surface!r} not found")
    return sorted(found, key=lambda item: item["start"])


def build_money(text: str, annotation: dict, doc_id: str) -> list[dict]:
    """Money mentions with the default fields filled in."""
    found = []
    for item in annotation.get("money") or []:
        _check_keys(item, MONEY_KEYS, doc_id)
        record = {**_span(*locate(text, item, doc_id)), "amount": str(item["amount"])}
        record["currency"] = item.get("currency")
        for key, default in MONEY_DEFAULTS.items():
            record[key] = item.get(key, default)
        if record["amount_max"] is not None:
            record["amount_max"] = str(record["amount_max"])
        if record["qualifier"] not in QUALIFIERS:
            raise AnnotationError(f"{doc_id}: bad qualifier in {item}")
        found.append(record)
    return sorted(found, key=lambda item: item["start"])


def build_dates(text: str, annotation: dict, doc_id: str) -> list[dict]:
    """Temporal mentions; start/end dates of plain dates are derived from their TIMEX value."""
    found = []
    for item in annotation.get("dates") or []:
        _check_keys(item, DATE_KEYS, doc_id)
        record = _span(*locate(text, item, doc_id))
        for key in DATE_FIELDS:
            record[key] = item.get(key)
        if record["kind"] not in DATE_KINDS:
            raise AnnotationError(f"{doc_id}: bad kind in {item}")
        record["value"] = str(record["value"])
        if record["kind"] == "date" and "start_date" not in item and "end_date" not in item:
            record["start_date"], record["end_date"] = derive_bounds(record["value"])
        if record["kind"] == "duration" and "duration" not in item:
            record["duration"] = record["value"]
        for key in ("start_date", "end_date"):
            if record[key] is not None:
                record[key] = date.fromisoformat(str(record[key])).isoformat()
        found.append(record)
    return sorted(found, key=lambda item: item["start"])


def build_terms(text: str, annotation: dict, doc_id: str) -> list[dict]:
    """Contract terms: type, status, parties and the trigger's span."""
    found = []
    for item in annotation.get("terms") or []:
        _check_keys(item, TERM_KEYS, doc_id)
        start, end, mention = locate(text, item, doc_id)
        if item["type"] not in TERM_TYPES or item["status"] not in STATUSES:
            raise AnnotationError(f"{doc_id}: bad type or status in {item}")
        record = {"type": item["type"], "status": item["status"], "parties": list(item.get("parties") or [])}
        record.update(_span(start, end, mention))
        record["amount"] = None if item.get("amount") is None else str(item["amount"])
        record["currency"] = item.get("currency")
        record["end_date"] = None if item.get("end_date") is None else str(item["end_date"])
        found.append(record)
    return sorted(found, key=lambda item: item["start"])


def build_traps(text: str, items: list | None, doc_id: str) -> list[dict]:
    """Spans that look like money or dates but are not."""
    return sorted((_span(*locate(text, item, doc_id)) for item in items or []), key=lambda s: s["start"])


def build_document(sample, annotation: dict) -> dict:
    """One gold line: the document's text, publication date, title and every annotation layer."""
    text, doc_id = sample.text, sample.doc_id
    return {
        "doc_id": doc_id,
        "published": sample.published,
        "title": sample.title,
        "text": text,
        "organizations": build_organizations(text, annotation, doc_id),
        "money": build_money(text, annotation, doc_id),
        "dates": build_dates(text, annotation, doc_id),
        "terms": build_terms(text, annotation, doc_id),
        "not_money": build_traps(text, annotation.get("not_money"), doc_id),
        "not_dates": build_traps(text, annotation.get("not_dates"), doc_id),
    }


#: The held-out sets (``corpora/<name>/``), each written blind, the next one once the one before was read.
HELDOUT_SETS = (
    "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
    "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
    "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
    "heldout25", "heldout26",
)  # fmt: skip
#: The gold sets: name -> (articles folder, annotations folder, gold file).
SETS = {
    "samples": (SAMPLES, ANNOTATIONS, OUTPUT),
    **{
        name: (
            ROOT / "corpora" / name / "samples",
            ROOT / "corpora" / name / "annotations",
            ROOT / "corpora" / "gold" / f"{name}.jsonl",
        )
        for name in HELDOUT_SETS
    },
}


def load_annotations(annotations_dir: Path = ANNOTATIONS) -> dict[str, dict]:
    """All annotation files, keyed by ``doc_id``."""
    annotations = {}
    for path in sorted(annotations_dir.rglob("*.yaml")):
        annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
        annotations[annotation["doc_id"]] = annotation
    return annotations


def build_all(gold_set: str = "samples") -> list[dict]:
    """Gold records for every document of ``gold_set`` that has an annotation file, in ``doc_id`` order."""
    samples_dir, annotations_dir, _ = SETS[gold_set]
    annotations = load_annotations(annotations_dir)
    samples = {sample.doc_id: sample for sample in iter_samples(samples_dir)}
    unknown = set(annotations) - set(samples)
    if unknown:
        raise AnnotationError(f"annotations for unknown documents: {sorted(unknown)}")
    return [build_document(samples[doc_id], annotations[doc_id]) for doc_id in sorted(annotations)]


def show(record: dict) -> None:
    """Print every mention of one gold record with some context, for proof-reading."""
    text = record["text"]
    print(record["doc_id"], record["published"])
    for layer in ("organizations", "money", "dates", "terms", "not_money", "not_dates"):
        print(f"== {layer}")
        for item in record[layer]:
            left = text[max(0, item["start"] - 30) : item["start"]].replace("\n", " ")
            right = text[item["end"] : item["end"] + 20].replace("\n", " ")
            extra = {k: v for k, v in item.items() if k not in SPAN_KEYS and v not in (None, False)}
            print(f"  …{left}[{item['text']}]{right}…  {extra}")


def main() -> None:
    """Write the gold file, or show one document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", metavar="DOC_ID", help="print this document's mentions in context")
    parser.add_argument(
        "--set", dest="gold_set", choices=sorted(SETS), default="samples", help="which gold set"
    )
    args = parser.parse_args()
    records = build_all(args.gold_set)
    output = SETS[args.gold_set][2]
    if args.show:
        for record in records:
            if args.show in record["doc_id"]:
                show(record)
        return
    with output.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    layers = ("organizations", "money", "dates", "terms")
    counts = {layer: sum(len(record[layer]) for record in records) for layer in layers}
    print(f"wrote {len(records)} documents to {output.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()

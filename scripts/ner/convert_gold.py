"""Convert the team's gold articles (``corpora/gold/*.jsonl``) into a spaCy DocBin for NER fine-tuning.

The gold marks every organization mention, but no persons or places. Each article becomes one Doc in
the NER model's own tokenization: the gold organizations are ORG; the persons and places the current
model finds where no gold organization is are kept as PER / LOC (silver labels, so that fine-tuning on
news does not teach the model that persons and places are nothing); every other token is outside.

Usage::

    python scripts/ner/convert_gold.py --gold corpora/gold --model models/itnews_ner_it \\
        --exclude heldout22 heldout23 heldout24 --repeat 3 --out models/corpus/gold.spacy
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span


def gold_articles(folder: Path, exclude: set[str]) -> list[dict]:
    """Every article of the gold files whose set (file stem) is not excluded."""
    articles = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.stem in exclude:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                articles.append(json.loads(line))
    return articles


def annotated_doc(nlp: spacy.Language, article: dict) -> Doc:
    """The article as a Doc: gold ORG spans, the model's PER / LOC elsewhere, the rest outside."""
    doc = nlp(article["text"])
    spans: list[Span] = []
    for org in article.get("organizations") or []:
        span = doc.char_span(org["start"], org["end"], label="ORG", alignment_mode="expand")
        if span is not None:
            spans.append(span)
    taken = {i for span in spans for i in range(span.start, span.end)}
    for entity in doc.ents:
        if entity.label_ in ("PER", "LOC") and not taken & set(range(entity.start, entity.end)):
            spans.append(Span(doc, entity.start, entity.end, label=entity.label_))
    spans = spacy.util.filter_spans(spans)
    doc.set_ents(spans, default="outside")
    return doc


def main(argv: list[str] | None = None) -> None:
    """Write the DocBin (each article ``--repeat`` times) and print what it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("corpora/gold"))
    parser.add_argument("--model", type=Path, default=Path("models/itnews_ner_it"))
    parser.add_argument("--exclude", nargs="*", default=[], help="gold sets (file stems) to leave out")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    nlp = spacy.load(args.model)
    docs = [annotated_doc(nlp, article) for article in gold_articles(args.gold, set(args.exclude))]
    bin_ = DocBin(attrs=["ENT_IOB", "ENT_TYPE"])
    for _ in range(args.repeat):
        for doc in docs:
            bin_.add(doc)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(args.out)
    labels: dict[str, int] = {}
    for doc in docs:
        for entity in doc.ents:
            labels[entity.label_] = labels.get(entity.label_, 0) + 1
    print(f"{len(docs)} articles x {args.repeat} -> {args.out}; entities {labels}")


if __name__ == "__main__":
    main()

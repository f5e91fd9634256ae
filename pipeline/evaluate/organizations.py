"""Scorers for organizations (and PER/LOC): KIND ``WN_dev`` and the project's ``corpora/gold``.

KIND files are ``token<TAB>tag`` BIO lines, a blank line between sentences. A document is built from
``group`` consecutive sentences, its text the tokens joined by single spaces; predicted entities are
compared with the gold ones by exact character span and label.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from pipeline.evaluate.gold import load_gold, predict_gold

LABELS = ("ORG", "PER", "LOC")

GoldSpan = tuple[int, int, str]


def read_kind_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield the (token, tag) sentences of a KIND BIO file."""
    sentence: list[tuple[str, str]] = []
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 2 or not columns[-2].strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append((columns[-2].strip(), columns[-1].strip()))
    if sentence:
        yield sentence


def kind_documents(path: Path, group: int = 10) -> list[tuple[str, set[GoldSpan]]]:
    """KIND sentences grouped ``group`` at a time into (text, gold entity spans) documents."""
    documents = []
    sentences = list(read_kind_sentences(path))
    for first in range(0, len(sentences), group):
        tokens = [pair for sentence in sentences[first : first + group] for pair in sentence]
        documents.append(bio_to_document(tokens))
    return documents


def bio_to_document(tokens: list[tuple[str, str]]) -> tuple[str, set[GoldSpan]]:
    """Join tokens with single spaces and turn their BIO tags into character spans.

    >>> bio_to_document([("la", "O"), ("Banca", "B-ORG"), ("d'", "I-ORG"), ("Italia", "I-ORG")])
    ("la Banca d' Italia", {(3, 18, 'ORG')})
    """
    text_parts, spans = [], set()
    offset, open_start, open_label, last_end = 0, None, None, 0
    for token, tag in tokens:
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == open_label
        if open_label is not None and not continues:
            spans.add((open_start, last_end, open_label))
            open_label = None
        if prefix in ("B", "I") and not continues:
            open_start, open_label = offset, label
        text_parts.append(token)
        last_end = offset + len(token)
        offset = last_end + 1
    if open_label is not None:
        spans.add((open_start, last_end, open_label))
    return " ".join(text_parts), spans


def prf(true_positives: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 when undefined) with the counts.

    >>> prf(8, 10, 16)["f"]
    0.6154
    """
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "p": round(precision, 4),
        "r": round(recall, 4),
        "f": round(f1, 4),
        "tp": true_positives,
        "predicted": predicted,
        "gold": gold,
    }


def score_spans(pairs: Iterable[tuple[set[GoldSpan], set[GoldSpan]]], labels=LABELS) -> dict[str, dict]:
    """Exact-match P/R/F1 per label over (predicted, gold) span sets."""
    counts = {label: [0, 0, 0] for label in labels}
    for predicted, gold in pairs:
        for label in labels:
            p = {s for s in predicted if s[2] == label}
            g = {s for s in gold if s[2] == label}
            counts[label][0] += len(p & g)
            counts[label][1] += len(p)
            counts[label][2] += len(g)
    return {label: prf(*values) for label, values in counts.items()}


def evaluate_kind_dev(nlp: Language, path: Path, group: int = 10, batch_size: int = 32) -> dict:
    """Span exact-match P/R/F1 for ORG, PER and LOC of ``nlp`` (its ``doc.ents``) on a KIND file.

    ``nlp`` is the full pipeline (model + ``itnews_organizations``) or any part of it.
    """
    documents = kind_documents(Path(path), group)
    texts = [text for text, _ in documents]
    pairs = []
    for doc, (_, gold) in zip(nlp.pipe(texts, batch_size=batch_size), documents, strict=True):
        predicted = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
        pairs.append((predicted, gold))
    scores = score_spans(pairs)
    scores["documents"] = len(documents)
    return scores


def evaluate_gold_organizations(nlp: Language, gold_dir: Path) -> dict:
    """P/R/F1 of ``doc._.itnews_orgs`` against ``corpora/gold/*.jsonl`` organizations.

    ``exact``: same character span; ``overlap``: a predicted and a gold mention share a character
    (each gold mention matched at most once).
    """
    exact_pairs, overlap_counts = [], [0, 0, 0]
    gold_documents = load_gold(gold_dir)
    for record, result in zip(gold_documents, predict_gold(nlp, gold_documents), strict=True):
        predicted = {(o.start, o.end, "ORG") for o in result.organizations}
        gold = {(o["start"], o["end"], "ORG") for o in record.get("organizations", [])}
        exact_pairs.append((predicted, gold))
        matched = _overlap_matches(predicted, gold)
        overlap_counts[0] += matched
        overlap_counts[1] += len(predicted)
        overlap_counts[2] += len(gold)
    return {
        "exact": score_spans(exact_pairs, labels=("ORG",))["ORG"],
        "overlap": prf(*overlap_counts),
        "documents": len(exact_pairs),
    }


def _overlap_matches(predicted: set[GoldSpan], gold: set[GoldSpan]) -> int:
    used: set[GoldSpan] = set()
    for start, end, _ in sorted(predicted):
        for candidate in sorted(gold - used):
            if candidate[0] < end and start < candidate[1]:
                used.add(candidate)
                break
    return len(used)

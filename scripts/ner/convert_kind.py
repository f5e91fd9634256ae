"""Convert the KIND (and optionally WikiNEuRal) BIO files into spaCy DocBin corpora for NER training.

KIND files are ``token<TAB>tag`` lines with a blank line between sentences; WikiNEuRal ``.conllu``
files carry an extra leading index column. Sentences are grouped into documents of ``--group``
sentences (context helps the NER) and each document's text is its tokens joined by single spaces.

Usage::

    python scripts/ner/convert_kind.py --corpus ../shared/data/ner --out models/corpus

Writes ``train.spacy`` (WN_train twice + ADG_train + FIC_train [+ WikiNEuRal silver, MISC mapped to O])
and ``dev.spacy`` (WN_dev). Only train splits go into ``train.spacy``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

KEPT_LABELS = ("PER", "LOC", "ORG")
KIND_TRAIN_SPLITS = ("WN_train", "ADG_train", "FIC_train")
KIND_DEV_SPLIT = "WN_dev"

Sentence = list[tuple[str, str]]


def read_bio(path: Path) -> Iterator[Sentence]:
    """Yield sentences as lists of (token, tag) from a BIO file (2 or 3 tab-separated columns)."""
    sentence: Sentence = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            columns = line.split("\t")
            token, tag = columns[-2], columns[-1]
            if not token.strip():
                continue
            sentence.append((token.strip(), normalize_tag(tag.strip())))
    if sentence:
        yield sentence


def normalize_tag(tag: str) -> str:
    """Keep B-/I- tags of PER, LOC and ORG; everything else (MISC, odd labels) becomes O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    if prefix not in ("B", "I") or label not in KEPT_LABELS:
        return "O"
    return f"{prefix}-{label}"


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue an entity of the same label into B-."""
    repaired = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        repaired.append(tag)
        previous = tag
    return repaired


def group(sentences: Iterable[Sentence], size: int) -> Iterator[list[Sentence]]:
    """Group consecutive sentences into chunks of ``size``."""
    chunk: list[Sentence] = []
    for sentence in sentences:
        chunk.append(sentence)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def to_doc(vocab, sentences: list[Sentence]) -> Doc:
    """Build a Doc (tokens joined by single spaces, sentence starts set) with its gold entities."""
    words = [token for sentence in sentences for token, _ in sentence]
    tags = repair_bio([tag for sentence in sentences for _, tag in sentence])
    sent_starts = [index == 0 for sentence in sentences for index, _ in enumerate(sentence)]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], sent_starts=sent_starts)
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
    return doc


def convert(paths: Iterable[Path], out_path: Path, group_size: int, repeat: dict[Path, int]) -> int:
    """Write the sentences of ``paths`` as a DocBin at ``out_path``; return the number of docs."""
    nlp = spacy.blank("it")
    doc_bin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"], store_user_data=False)
    count = 0
    for path in paths:
        for _ in range(repeat.get(path, 1)):
            for chunk in group(read_bio(path), group_size):
                doc_bin.add(to_doc(nlp.vocab, chunk))
                count += 1
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc_bin.to_disk(out_path)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=Path("../shared/data/ner"))
    parser.add_argument("--out", type=Path, default=Path("models/corpus"))
    parser.add_argument("--group", type=int, default=10, help="sentences per training document")
    parser.add_argument("--wn-repeat", type=int, default=2, help="times WN_train (news) is repeated")
    parser.add_argument("--wikineural", action="store_true", help="add WikiNEuRal silver data (MISC -> O)")
    args = parser.parse_args()

    kind = args.corpus / "kind"
    train_paths = [kind / f"{split}.tsv" for split in KIND_TRAIN_SPLITS]
    if args.wikineural:
        train_paths += sorted((args.corpus / "wikineural_it").glob("*.conllu"))
    repeat = {kind / "WN_train.tsv": args.wn_repeat}
    n_train = convert(train_paths, args.out / "train.spacy", args.group, repeat)
    n_dev = convert([kind / f"{KIND_DEV_SPLIT}.tsv"], args.out / "dev.spacy", args.group, {})
    print(f"train: {n_train} docs from {[p.name for p in train_paths]}; dev: {n_dev} docs")


if __name__ == "__main__":
    main()

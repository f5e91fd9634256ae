"""Score an NER pipeline on KIND WN_dev: the model alone, + rules, + rules and document consistency.

Usage::

    python scripts/ner/evaluate_model.py models/itnews_ner_it ../shared/data/ner/kind/WN_dev.tsv
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

import pipeline.components.organizations  # noqa: F401  (registers the factory)
from pipeline.evaluate.organizations import evaluate_kind_dev

SETUPS = {
    "model": None,
    "model+rules": {"consistency": False},
    "model+rules+consistency": {},
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("model", type=Path, nargs="?", default=Path("models/itnews_ner_it"))
    parser.add_argument("dev", type=Path, nargs="?", default=Path("../shared/data/ner/kind/WN_dev.tsv"))
    parser.add_argument("--group", type=int, default=10, help="sentences per evaluated document")
    args = parser.parse_args()
    for setup, config in SETUPS.items():
        nlp = spacy.load(args.model)
        if config is not None:
            nlp.add_pipe("itnews_organizations", config=config)
        scores = evaluate_kind_dev(nlp, args.dev, group=args.group)
        summary = {label: {k: scores[label][k] for k in ("p", "r", "f")} for label in ("ORG", "PER", "LOC")}
        print(setup, json.dumps(summary))


if __name__ == "__main__":
    main()

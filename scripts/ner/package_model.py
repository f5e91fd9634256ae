"""Copy a trained NER pipeline (``models/training/model-best``) to ``models/itnews_ner_it`` with its metadata.

Usage::

    python scripts/ner/package_model.py models/training/model-best models/itnews_ner_it

Checks that the result loads, holds only the tokenizer and ``ner``, and stays under the size limit.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import spacy

MAX_MEGABYTES = 20
META = {
    "name": "itnews_ner_it",
    "version": "0.1.0",
    "description": "Italian NER (PER, LOC, ORG) for itnews, trained by the project on the KIND train "
                   "splits (WN, ADG, FIC). See models/README.md.",
    "license": "CC BY-NC-SA 4.0 (inherited from the KIND training data; non-commercial use only)",
    "sources": [
        {"name": "KIND (Kessler Italian Named-entities Dataset)", "url": "https://github.com/dhfbk/KIND",
         "license": "CC BY-NC 4.0 (WN, FIC); CC BY-NC-SA 4.0 (ADG)"},
    ],
}


def package(source: Path, target: Path) -> dict:
    """Copy ``source`` to ``target``, write the metadata, and return size/load facts."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    megabytes = sum(p.stat().st_size for p in target.rglob("*") if p.is_file()) / 1e6
    started = time.perf_counter()
    nlp = spacy.load(target)
    load_seconds = time.perf_counter() - started
    if nlp.pipe_names != ["ner"] or nlp.lang != "it":
        raise SystemExit(f"unexpected pipeline {nlp.lang} {nlp.pipe_names}")
    if megabytes > MAX_MEGABYTES:
        raise SystemExit(f"model is {megabytes:.1f} MB, over {MAX_MEGABYTES} MB")
    return {"megabytes": round(megabytes, 1), "load_seconds": round(load_seconds, 2),
            "labels": sorted(nlp.get_pipe("ner").labels)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, nargs="?", default=Path("models/training/model-best"))
    parser.add_argument("target", type=Path, nargs="?", default=Path("models/itnews_ner_it"))
    args = parser.parse_args()
    print(package(args.source, args.target))


if __name__ == "__main__":
    main()

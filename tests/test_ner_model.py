"""The committed NER model (models/itnews_ner_it): loadable, small, fast, sourceable, sensible on news.

Training is never part of the tests; they skip when the model folder is absent (run ``make model``).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import spacy

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "itnews_ner_it"


@pytest.fixture(scope="module")
def model_dir() -> Path:
    if not (MODEL_DIR / "meta.json").is_file():
        pytest.skip("models/itnews_ner_it is absent (run `make model`)")
    return MODEL_DIR


def test_size_under_20_megabytes(model_dir: Path) -> None:
    size = sum(path.stat().st_size for path in model_dir.rglob("*") if path.is_file())
    assert size <= 20_000_000


def test_loads_fast_with_only_ner(model_dir: Path) -> None:
    started = time.perf_counter()
    nlp = spacy.load(model_dir)
    assert time.perf_counter() - started < 2.0
    assert nlp.lang == "it" and nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) == {"ORG", "PER", "LOC"}


def test_meta_states_the_non_commercial_licence(model_dir: Path) -> None:
    meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    assert "NC" in meta["license"] and meta["name"] == "itnews_ner_it"


def test_ner_can_be_sourced_into_another_pipeline(model_dir: Path) -> None:
    source = spacy.load(model_dir)
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ner", source=source)
    doc = nlp("Il presidente Sergio Mattarella ha incontrato a Roma i vertici di Fiat.")
    assert {ent.label_ for ent in doc.ents} <= {"ORG", "PER", "LOC"}


@pytest.mark.parametrize(
    ("sentence", "entity", "label"),
    [
        ("Il presidente Sergio Mattarella ha parlato ieri al Quirinale.", "Sergio Mattarella", "PER"),
        ("La manifestazione si è svolta a Milano davanti al Duomo.", "Milano", "LOC"),
        ("Google ha presentato i conti del trimestre.", "Google", "ORG"),
    ],
)
def test_clear_cases(model_dir: Path, sentence: str, entity: str, label: str) -> None:
    doc = spacy.load(model_dir)(sentence)
    assert (entity, label) in {(ent.text, ent.label_) for ent in doc.ents}

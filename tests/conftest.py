"""Fixtures shared by the test modules (kept small on purpose).

* ``repo_root``: the repository root.
* ``shared_dir``: the read-only ``../shared`` reference folder; the test is skipped when it is absent.
* ``seed_text``: the text of the seed article in ``../shared/seed`` (skipped when absent). Tests load
  it from there: its text must never be copied into the repository.
* ``samples_dir``: ``corpora/samples`` (skipped when it holds no article yet).
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT / ".." / "shared"
SEED_FILE = SHARED_DIR / "seed" / "000_e7c281f085c722e3.txt"
SAMPLES_DIR = REPO_ROOT / "corpora" / "samples"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared (reference data) is absent")
    return SHARED_DIR


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_FILE.is_file():
        pytest.skip("../shared/seed article is absent")
    return SEED_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES_DIR.is_dir() or not any(p.is_file() for p in SAMPLES_DIR.rglob("*")):
        pytest.skip("corpora/samples holds no article yet")
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def lemma_nlp():
    """``spacy.blank("it")`` with spaCy's lookup lemmatizer (spacy-lookups-data), for rule tests on lemmas."""
    import spacy

    nlp = spacy.blank("it")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    return nlp

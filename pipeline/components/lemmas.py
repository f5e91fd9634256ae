"""``itnews_lemmatizer``: spaCy's Italian lookup lemmas, loaded fast.

The table is spacy-lookups-data's ``it_lemma_lookup`` (333k forms), the same one spaCy's ``lemmatizer``
uses in ``lookup`` mode. spaCy builds a hashed ``Table`` from it at every load (seconds); this
component keeps it as a plain dict, cached as a pickle in the user's cache folder after the first load,
so that loading the pipeline stays well under two seconds. Tokens missing from the table are looked up
lower-cased (sentence-initial words), then keep their text.
"""

from __future__ import annotations

import os
import pickle
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import numpy
import srsly
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.write.atomic import atomic_path

TABLE = "it_lemma_lookup"


def cache_dir() -> Path:
    """The cache folder: ``ITNEWS_CACHE_DIR``, else ``$XDG_CACHE_HOME/itnews``, else ``~/.cache/itnews``."""
    if os.environ.get("ITNEWS_CACHE_DIR"):
        return Path(os.environ["ITNEWS_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "itnews"


@lru_cache(maxsize=1)
def load_lemma_table() -> dict[str, str]:
    """The Italian lookup table of spacy-lookups-data as a dict (cached on disk as a pickle)."""
    version = metadata.version("spacy-lookups-data")
    cached = cache_dir() / f"{TABLE}-{version}.pickle"
    try:
        with open(cached, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    source = resources.files("spacy_lookups_data") / "data" / f"{TABLE}.json.gz"
    with resources.as_file(source) as path:
        table = dict(srsly.read_gzip_json(path))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(cached) as tmp, open(tmp, "wb") as handle:
            pickle.dump(table, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:  # a read-only home: no cache, the next load reads the JSON again
        pass
    return table


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(load_lemma_table().values())


def italian_word(word: str) -> bool:
    """``word`` (lower-case) is an Italian word form or lemma of the lookup table ("mercati", "mercato")."""
    return word in load_lemma_table() or word in _lemmas()


class LookupLemmatizer:
    """Set ``token.lemma_`` from the Italian lookup table for tokens that have no lemma yet."""

    def __init__(self, name: str = "itnews_lemmatizer") -> None:
        self.name = name
        self.table = load_lemma_table()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = doc.to_array([ORTH, LEMMA])
        lemmas = columns[:, 1].copy()
        missing = numpy.flatnonzero(lemmas == 0)
        if not len(missing):
            return doc
        # each distinct form is looked up once: long texts repeat their words
        forms, where = numpy.unique(columns[missing, 0], return_inverse=True)
        table, strings = self.table, doc.vocab.strings
        found = []
        for form in forms.tolist():
            text = strings[form]
            found.append(strings.add(table.get(text) or table.get(text.lower()) or text))
        lemmas[missing] = numpy.asarray(found, dtype=numpy.uint64)[where]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("itnews_lemmatizer", assigns=["token.lemma"])
def make_lemmatizer(nlp: Language, name: str) -> LookupLemmatizer:
    """Lookup lemmas from spacy-lookups-data (see the module docstring)."""
    return LookupLemmatizer(name)

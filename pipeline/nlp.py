"""Build the spaCy ``Language`` that itnews runs: tokenizer, sentences, lemmas, NER, our components.

``model="auto"`` uses an installed ``it_core_news_lg/md/sm`` (its parser, lemmatizer and NER) when there is
one, and otherwise the project's own pipeline: ``spacy.blank("it")`` plus the NER model trained by the
project (``models/itnews_ner_it``), a sentencizer and the lookup lemmatizer (``itnews_lemmatizer``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline import extensions  # noqa: F401  (registers the Doc._ extensions)
from pipeline.errors import E004_BAD_MODEL, UsageError

#: The project's own NER pipeline, trained by ``make model``.
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "itnews_ner_it"
#: Installed Italian spaCy packages that ``model="auto"`` prefers, best first.
CORE_PACKAGES = ("it_core_news_lg", "it_core_news_md", "it_core_news_sm")
#: The itnews components in pipeline order.
COMPONENTS = ("itnews_organizations", "itnews_money", "itnews_dates", "itnews_terms")


def installed_core_package() -> str | None:
    """The best ``it_core_news_*`` package installed here, or None."""
    for name in CORE_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def default_model_dir() -> Path:
    """The project's NER model folder (``ITNEWS_MODEL_DIR`` overrides it)."""
    return Path(os.environ.get("ITNEWS_MODEL_DIR") or DEFAULT_MODEL_DIR)


def resolve_model(model: str | os.PathLike | None) -> str:
    """Say which base pipeline ``model`` stands for: a package name, a folder, or ``"blank"``."""
    if model is None or str(model) == "auto":
        core = installed_core_package()
        if core:
            return core
        if (default_model_dir() / "meta.json").exists():
            return str(default_model_dir())
        warnings.warn(
            f"W001: no NER model found at {default_model_dir()} (run `make model`); "
            "organizations come from rules only",
            stacklevel=3,
        )
        return "blank"
    if str(model) in ("default", "itnews"):
        return str(default_model_dir())
    return str(model)


def _base_pipeline(name: str) -> Language:
    if name == "blank":
        return spacy.blank("it")
    try:
        return spacy.load(name)
    except (OSError, ValueError, ImportError) as exc:
        raise UsageError(E004_BAD_MODEL.format(model=name, reason=exc)) from exc


def _add_lemmatizer(nlp: Language) -> None:
    if "lemmatizer" in nlp.pipe_names:
        return
    where = {"after": "sentencizer"} if nlp.has_pipe("sentencizer") else {"first": True}
    nlp.add_pipe("itnews_lemmatizer", **where)


def add_legal_form_exceptions(nlp: Language) -> None:
    """Keep dotted legal forms whole ("S.p.A.", "S.r.l.", "Inc."): spaCy's Italian tokenizer cuts
    "S.p.A." into "S.p", ".", "A.", and the NER model then reads "A." as a person."""
    from spacy.attrs import ORTH

    from pipeline.normalize.org_names import legal_forms

    for record in legal_forms():
        form = record["form"]
        if "." not in form.rstrip(".") and not form.endswith("."):
            continue
        cases = {form} if record["case_sensitive"] else {form, form.lower(), form.upper(), form.capitalize()}
        for text in cases:
            nlp.tokenizer.add_special_case(text, [{ORTH: text}])


def add_apocope_exceptions(nlp: Language) -> None:
    """Keep words cut short with an apostrophe whole ("Ca'" of "Fornace Ca' d'Oro"): spaCy's Italian
    tokenizer splits the apostrophe off, and the name then ends there (``lexicons/apocopes.json``)."""
    from spacy.attrs import ORTH

    from pipeline.normalize.org_names import apocopes

    for word in apocopes():
        for form in {word, word.capitalize()}:
            for text in {form, form.replace("'", "’")}:
                nlp.tokenizer.add_special_case(text, [{ORTH: text}])


def add_name_abbreviation_exceptions(nlp: Language) -> None:
    """Keep abbreviated words of companies' names whole ("Warner Bros. Discovery Italia"): the tokenizer
    would split the period off, and a sentence and the name would end there
    (``lexicons/name_abbreviations.json``)."""
    from spacy.attrs import ORTH

    path = Path(__file__).parent / "lexicons" / "name_abbreviations.json"
    for word in json.loads(path.read_text(encoding="utf-8"))["words"]:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def build(model: str | os.PathLike | None = "auto", *, components: tuple[str, ...] = COMPONENTS) -> Language:
    """A fresh Language for ``model`` with the itnews components added (see :func:`load`)."""
    from pipeline import components as _components  # noqa: F401  (registers the factories)

    nlp = _base_pipeline(resolve_model(model))
    add_legal_form_exceptions(nlp)
    add_apocope_exceptions(nlp)
    add_name_abbreviation_exceptions(nlp)
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe("sentencizer"):
        nlp.add_pipe("sentencizer", first=True)
    _add_lemmatizer(nlp)
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def _cached(model: str, components: tuple[str, ...]) -> Language:
    return build(model, components=components)


def load(model: str | os.PathLike | None = "auto", *, components: tuple[str, ...] = COMPONENTS) -> Language:
    """The spaCy ``Language`` with the project's components, cached per model.

    ``model``: ``"auto"`` (an installed it_core_news_* package, else the project's own NER model),
    ``"default"`` (the project's model), ``"blank"`` (rules only, no statistical NER), a package
    name or a pipeline folder.

    >>> nlp = load("blank")
    >>> "itnews_money" in nlp.pipe_names
    True
    """
    return _cached(str(model) if model is not None else "auto", tuple(components))

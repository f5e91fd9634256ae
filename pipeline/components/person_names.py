"""Names the NER model took for persons that are companies.

A person in a news article is named with a given name first ("Giulia Ferrari"), then by surname, or with
a title ("l'amministratore delegato Rossi"). The model also tags as persons many company names it has not
seen ("Inditex si è impegnata", "guidato da Sace", "Robotica Moncalieri"): a name whose first word is no
given name, that is no surname of a person named in the article and that no title or role precedes, is a
company's.

Given names come from Faker's person providers (the first names of each locale it holds); they are read
from the installed package.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pipeline.components.company_use import used_as_company
from pipeline.components.lemmas import italian_word
from pipeline.components.org_rules import company_suffixes
from pipeline.extensions import doc_text

LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "person_cues.json"
NAME_PARTS = re.compile(r"[-‐'’]")


@lru_cache(maxsize=8)
def given_names(locale: str | None = None) -> frozenset[str]:
    """Given names of one of Faker's person providers (``"it_IT"``), or of all of them, casefolded."""
    try:
        import faker.providers.person as providers
    except ImportError:  # pragma: no cover  (a declared dependency)
        return frozenset()
    names: set[str] = set()
    for module_info in pkgutil.iter_modules(providers.__path__):
        if locale is not None and module_info.name != locale:
            continue
        module = importlib.import_module(f"{providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names.update(_listed(getattr(provider, attribute, None)))
    return frozenset(name.casefold() for name in names)


def _listed(value: object) -> Iterable[str]:
    """A provider's names: a sequence, or the keys of a weighted mapping (a property is no list)."""
    if isinstance(value, dict):
        return value.keys()
    if isinstance(value, (list, tuple, set, frozenset)):
        return value
    return ()


@lru_cache(maxsize=1)
def _person_cue_before() -> re.Pattern[str]:
    """Titles, roles and kinship words right before a person's name ("il presidente", "dott.",
    "la famiglia")."""
    words = json.loads(LEXICON.read_text(encoding="utf-8"))["before"]
    alternatives = "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))
    return re.compile(rf"(?:^|[^\w])(?:{alternatives})[ \t]+$", re.IGNORECASE)


def _common_word_or_place_name(words: list[str], places: frozenset[str]) -> bool:
    """A name of several words that opens on a common word ("Robotica Moncalieri") or goes on with a place
    ("Ecoluce Bergamo"), as a person's name does not; a place's own name ("Montecchio Emilia") is none."""
    if " ".join(words).casefold() in places:
        return False
    return italian_word(words[0].casefold()) or any(word.casefold() in places for word in words[1:])


def reads_as_person(
    words: Sequence[str], is_word: Callable[[str], bool], is_place: Callable[[str], bool]
) -> bool:
    """Words that open on a given name and read as a person's name: a single word, an Italian given name
    ("Marco Bassi") or a place's own name; not where a company word ends them ("Hazel Trade"), nor where a
    foreign given name that is a word of the language (``is_word``) opens them or a place (``is_place``)
    goes on with it ("Ami Valtrompia", "Ante Marche")."""
    if not words or not opens_with_given_name(words[0]):
        return False
    if any(word in company_suffixes() for word in words[1:]):
        return False
    if len(words) < 2 or opens_with_given_name(words[0], "it_IT") or is_place(" ".join(words)):
        return True
    return not (is_word(words[0].lower()) or any(is_place(word) for word in words[1:]))


def opens_with_given_name(name: str, locale: str | None = None) -> bool:
    """The first word of ``name`` (any part of a hyphenated one) is a given name of ``locale`` (of any
    locale by default)."""
    first = name.split()[0]
    return any(part.casefold() in given_names(locale) for part in NAME_PARTS.split(first) if part)


def _surnames(text: str, persons: list) -> set[str]:
    """The words after the given name of the persons named in full ("Marisa Vitali": "vitali"), casefolded."""
    return {
        word.casefold()
        for m in persons
        if opens_with_given_name(text[m.start : m.end])
        for word in text[m.start : m.end].split()[1:]
    }


def companies_named_as_persons(
    doc: Doc, mentions: list, company_label: str, places: frozenset[str] = frozenset()
) -> None:
    """Relabel as companies, in place, the model's person mentions whose name opens with no given name,
    bears no surname of a person of the article and follows no title or role, and that either hold a
    common word or a place (``places``: "Robotica Moncalieri"), open or end on a one-word company of the
    article ("Vapor Dolomiti" beside "Vapor") or act as a company once ("Inditex si è impegnata", "guidato da
    Sace"), with every mention of the same name."""
    text = doc_text(doc)
    persons = [m for m in mentions if m.label == "PER" and m.source == "model"]
    surnames = _surnames(text, persons)
    titled: set[str] = set()
    candidates: set[str] = set()
    for mention in persons:
        own = text[mention.start : mention.end]
        if follows_person_cue(text, mention.start):
            titled.add(own)
        elif (
            own[:1].isupper()
            and not opens_with_given_name(own)
            and not any(w.casefold() in surnames for w in own.split())
        ):
            candidates.add(own)
    acting = {
        text[m.start : m.end] for m in persons if used_as_company(text, m.start, m.end, deal_slots=True)
    }
    worded = {n for n in candidates if len(n.split()) > 1 and _common_word_or_place_name(n.split(), places)}
    for mention in persons:
        if text[mention.start : mention.end] in (candidates - titled) & (acting | worded):
            mention.label = company_label
    # "Vapor Dolomiti" beside "Vapor", "Parfums Grasset" beside "Grasset": a name that opens or ends on the
    # one-word name of a company of the article (the model's, or one relabelled above) is its full name
    short = {own for m in mentions if m.label == company_label and " " not in (own := text[m.start : m.end])}
    full = {n for n in candidates - titled if len(n.split()) > 1 and {n.split()[0], n.split()[-1]} & short}
    for mention in persons:
        if mention.label == "PER" and text[mention.start : mention.end] in full:
            mention.label = company_label


#: A speech verb with its subject after it ("», sorride Lamanna", "precisa Corti"): a person speaks.
SPEAKER_BEFORE = re.compile(
    r"(?:[»\"”,]\s*|\b)(?:dice|sorride|precisa|spiega|racconta|ammette|aggiunge|commenta|conclude|osserva|"
    r"ricorda|sottolinea|assicura|scherza|ride|sospira|(?:ha\s+)?tagliat?[oa]?\s+corto)\s+$",
    re.IGNORECASE,
)
#: The source of a person's mention a title, a role or a kinship word made one.
PERSON_CUE = "person-cue"
#: A name coordinated with the one right after a person's cue ("i fratelli Ivo e Sauro Zavagli").
COORDINATED_NAME = re.compile(r"[A-ZÀ-Ú][\w'’-]*(?:[ \t]+[A-ZÀ-Ú][\w'’-]*)?[ \t]*(?:,|\be|\bed)[ \t]+$")


def persons_by_cue(doc: Doc, mentions: list, company_label: str, company_word: Callable[[str], bool]) -> None:
    """Relabel as persons, in place, the model's organizations of one to three capitalized words, none
    of them a company's (``company_word``), that follow a title, a role or a kinship word ("il fondatore
    Piero Rinaldi", "dai fratelli Ivo e Sauro Zavagli"), or a name that follows one and "e"; and so are
    the model's other organizations of the same name ("..., ammette Sauro Zavagli")."""
    text = doc_text(doc)
    candidates = [
        m
        for m in mentions
        if m.label == company_label
        and m.source == "model"
        and 1 <= len(words := text[m.start : m.end].split()) <= 3
        and all(w[:1].isupper() and w.replace("'", "").isalpha() for w in words)
        and not any(company_word(w) for w in words)
    ]
    persons = {text[m.start : m.end] for m in candidates if follows_person_cue(text, m.start)}
    for mention in candidates:
        if text[mention.start : mention.end] in persons:
            mention.label, mention.source = "PER", PERSON_CUE


def follows_person_cue(text: str, start: int) -> bool:
    """A title, a role or a kinship word comes right before ``start``, or before a name coordinated with
    the one at ``start`` ("i fratelli Ivo e Sauro Zavagli")."""
    before = max(0, start - 60)
    coordinated = COORDINATED_NAME.search(text, before, start)
    if coordinated is not None and _cue_ends_at(text, before, coordinated.start()):
        return True
    return _cue_ends_at(text, before, start)


#: Cues that are also common lowercase words: a bare lowercase "ad" is the preposition ("affidato ad
#: Aerostatica"); "AD" or "l'ad" is the title.
CAPITALIZED_CUES = frozenset({"ad"})


def _cue_ends_at(text: str, start: int, end: int) -> bool:
    found = _person_cue_before().search(text, start, end)
    if found is None:
        return False
    word = found.group().strip(" \t(").strip()
    return word.lower() not in CAPITALIZED_CUES or word.isupper()


def persons_named_by_surname(doc: Doc, mentions: list, company_label: str) -> None:
    """Relabel as persons, in place, one-word organizations that are the surname of a person the article
    names in full ("la titolare, Marisa Vitali ... Vitali ha firmato"), unless an organization's longer
    name holds the word too ("Ferrandi Holding") and no speech verb comes right before it ("sorride
    Ferrandi")."""
    text = doc_text(doc)
    surnames = _surnames(text, [m for m in mentions if m.label == "PER"])
    longer = {
        word
        for m in mentions
        if m.label == company_label and " " in text[m.start : m.end].strip()
        for word in text[m.start : m.end].split()
    }
    for mention in mentions:
        own = text[mention.start : mention.end]
        speaks = SPEAKER_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
        if mention.label == company_label and own.casefold() in surnames and (own not in longer or speaks):
            mention.label = "PER"  # "«...», precisa Corti", beside "Corti Partecipazioni" too

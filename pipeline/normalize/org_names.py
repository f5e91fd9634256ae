"""Canonical organization names, stable organization keys, and acronym ↔ long-form matching.

Pure functions; the word lists they use are data files under ``pipeline/lexicons/``
(``org_articles.json``: leading articles and prepositions, ``org_legal_forms.jsonl``: legal forms).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"

#: Typographic apostrophes that Italian text uses for elision, all read as ``'``.
APOSTROPHES = "’‘`´ʼ"

QUOTES = "\"«»“”„‟‹›'" + APOSTROPHES

_SPACES = re.compile(r"\s+")
#: A final vowel accented with an apostrophe, as capitals and place names write it ("Pra'", "CITTA'").
ACCENT_APOSTROPHE = re.compile(r"\w[aeiouAEIOU]['’]$")

_APOSTROPHE_TABLE = str.maketrans({char: "'" for char in APOSTROPHES})


@lru_cache(maxsize=1)
def leading_words() -> frozenset[str]:
    """Articles, prepositions and sentence-opening conjunctions stripped from the start of a mention (lower
    case, ``'`` apostrophe)."""
    data = json.loads((LEXICONS / "org_articles.json").read_text(encoding="utf-8"))
    return frozenset(data["words"]) | frozenset(data["conjunctions"])


@lru_cache(maxsize=1)
def legal_forms() -> tuple[dict, ...]:
    """The legal-form records of ``org_legal_forms.jsonl`` (``form``, ``case_sensitive``)."""
    lines = (LEXICONS / "org_legal_forms.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@lru_cache(maxsize=1)
def legal_form_words() -> frozenset[str]:
    """The legal forms of ``org_legal_forms.jsonl`` in any case and without dots ("sim", "spa", "srl")."""
    return frozenset(record["form"].replace(".", "").casefold() for record in legal_forms())


@lru_cache(maxsize=1)
def _legal_form_suffix() -> re.Pattern[str]:
    """A regex matching one trailing legal form, optionally after a comma or ``&``."""
    alternatives = []
    for record in sorted(legal_forms(), key=lambda r: -len(r["form"])):
        escaped = re.escape(record["form"].rstrip("."))
        alternatives.append(escaped + r"\.?" if record["case_sensitive"] else f"(?i:{escaped}\\.?)")
    return re.compile(
        rf"""
        (?:\s*,|\s*&|\s)\s*          # the separator before the legal form
        (?P<form>{"|".join(alternatives)})
        \s*$                         # at the very end of the mention
        """,
        re.VERBOSE,
    )


@lru_cache(maxsize=1)
def _kind_form_suffix() -> re.Pattern[str]:
    """A trailing legal form that names a kind of regulated company and stays in its canonical name
    (``Sgr``, the asset manager, apart from the group it belongs to)."""
    kinds = [re.escape(r["form"].rstrip(".")) for r in legal_forms() if r.get("kind_of_company")]
    pattern = "|".join(kinds) or "(?!)"
    return re.compile(rf"\s(?P<form>{pattern})\.?(?=[\s,]|$)", re.IGNORECASE)


def ends_with_sentence_period(text: str) -> bool:
    """The mention ends with a period that belongs to the sentence, after a legal form written without one
    ("Glashütte Emsland GmbH." at the end of a sentence; not "Kestrel Inc.").

    >>> ends_with_sentence_period("Glashütte Emsland GmbH."), ends_with_sentence_period("Kestrel Inc.")
    (True, False)
    """
    if not text.endswith(".") or len(text) < 2:
        return False
    words = text[:-1].split()
    last = words[-1] if words else ""
    dotted = f"{last}.".casefold()
    if any(form["form"].endswith(".") and form["form"].casefold() == dotted for form in legal_forms()):
        return False  # "Inc.", "Corp."
    return any(
        not form["form"].endswith(".")
        and (last == form["form"] if form["case_sensitive"] else last.casefold() == form["form"].casefold())
        for form in legal_forms()
    )


#: "Al" written with a capital before a name is the Arabic article of the name ("Al Sahra Investments").
ARABIC_ARTICLE = re.compile(r"Al\s+[A-Z]")


#: Prepositions that begin Italian surnames when capitalized ("Dal Col", "Della Valle", "De Agostini").
_SURNAME_PARTICLES = frozenset(
    {"de", "di", "da", "del", "della", "dello", "dei", "degli", "delle", "dal", "dalla"}
)


def strip_leading_words(text: str) -> str:
    """Remove leading articles and (articulated) prepositions, full or elided.

    >>> strip_leading_words("dell'OpenAI")
    'OpenAI'
    >>> strip_leading_words("l’Eni")
    'Eni'
    >>> strip_leading_words("la Banca d'Italia")
    "Banca d'Italia"
    >>> strip_leading_words("Al Sahra Investments")
    'Al Sahra Investments'
    >>> strip_leading_words("Dal Col Investimenti")
    'Dal Col Investimenti'
    """
    while True:
        normalized = text.translate(_APOSTROPHE_TABLE)
        match = re.match(r"(?P<word>\w+')|(?P<full>\w+)\s+", normalized)
        if not match:
            return text
        word = (match.group("word") or match.group("full")).lower()
        rest = text[match.end():].lstrip()
        if word not in leading_words() or not rest or ARABIC_ARTICLE.match(text):
            return text
        if match.group("full") and match.group("full")[:1].isupper() and word in _SURNAME_PARTICLES:
            return text  # "Dal Col", "Della Valle": a capitalized preposition begins a surname
        text = rest


def strip_quotes(text: str) -> str:
    """Remove quotes around a mention (and stray quote characters at its ends).

    >>> strip_quotes("«Eni»")
    'Eni'
    >>> strip_quotes('"Open Fiber"')
    'Open Fiber'
    >>> strip_quotes("PSA Genova Pra'")  # an apostrophe for the accent of a final vowel (Prà) stays
    "PSA Genova Pra'"
    """
    stripped = text.strip().strip(QUOTES).strip()
    if ACCENT_APOSTROPHE.search(text.strip()) and text.strip()[:1] not in QUOTES:
        stripped += "'"
    return stripped or text.strip()


def strip_legal_forms(text: str) -> str:
    """Remove trailing legal forms (S.p.A., Srl, Inc., Corp., GmbH, ...), repeatedly.

    >>> strip_legal_forms("Microsoft Corp.")
    'Microsoft'
    >>> strip_legal_forms("Intesa Sanpaolo S.p.A.")
    'Intesa Sanpaolo'
    >>> strip_legal_forms("Acme Holding S.r.l.")  # "Holding" is part of the name, no legal form
    'Acme Holding'
    >>> strip_legal_forms("Siemens AG")
    'Siemens'
    >>> strip_legal_forms("SpA")
    'SpA'
    """
    while True:
        match = _legal_form_suffix().search(text)
        if not match or match.start() == 0:
            return text
        text = text[: match.start()].rstrip(" ,&")


def fix_case(text: str) -> str:
    """Capitalise a lower-case first letter; turn a long ALL-CAPS single word into Title case.

    Short all-caps words are acronyms and stay as they are.

    >>> fix_case("microsoft")
    'Microsoft'
    >>> fix_case("MICROSOFT")
    'Microsoft'
    >>> fix_case("ENEL")
    'ENEL'
    >>> fix_case("OpenAI")
    'OpenAI'
    """
    if not text:
        return text
    if text.isupper() and " " not in text and text.isalpha() and len(text) >= 6:
        return text.capitalize()
    if text[0].islower():
        return text[0].upper() + text[1:]
    return text


#: A word and the blank after its apostrophe ("dell' OpenAI", "Ca' d'Oro").
_APOSTROPHE_BLANK = re.compile(r"(\w*)' +")


@lru_cache(maxsize=1)
def apocopes() -> frozenset[str]:
    """Words cut short with an apostrophe ("ca'", "po'": ``lexicons/apocopes.json``), lower case."""
    return frozenset(json.loads((LEXICONS / "apocopes.json").read_text(encoding="utf-8"))["words"])


def _join_elided(text: str) -> str:
    """No blank after an elided word's apostrophe ("dell' OpenAI"), one after a word cut short ("Ca'
    d'Oro")."""
    return _APOSTROPHE_BLANK.sub(
        lambda m: m.group() if f"{m.group(1).lower()}'" in apocopes() else f"{m.group(1)}'", text
    )


@lru_cache(maxsize=8192)
def canonical_name(mention: str) -> str:
    """The canonical name of an organization mention: no article, quotes or legal form; case fixed.

    >>> canonical_name("Microsoft Corp.")
    'Microsoft'
    >>> canonical_name("dell'OpenAI")
    'OpenAI'
    >>> canonical_name("la «Fastweb S.p.A.»")
    'Fastweb'
    >>> canonical_name("Banca d’Italia")
    "Banca d'Italia"
    >>> canonical_name("Anima Sgr S.p.A.")
    'Anima Sgr'
    """
    text = _SPACES.sub(" ", mention).strip()
    text = strip_quotes(strip_leading_words(strip_quotes(text)))
    text = strip_quotes(strip_legal_forms(text))
    kind = _kind_form_suffix().search(mention.strip())
    if kind is not None and not text.casefold().endswith(kind["form"].casefold()):  # not Anima Holding
        text = f"{text} {kind['form']}"
    text = _join_elided(text.translate(_APOSTROPHE_TABLE))
    text = text.strip(" ,;:")
    text = re.sub(r"(?<=\w\w)\.$", "", text)  # a sentence period, not the one of an initial ("& C.")
    return fix_case(text) or mention.strip()


def org_key(name: str) -> str:
    """A key stable across documents: the ASCII slug of a canonical name.

    >>> org_key("Banca d'Italia")
    'banca-d-italia'
    >>> org_key("Autorità garante della concorrenza e del mercato")
    'autorita-garante-della-concorrenza-e-del-mercato'
    """
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def looks_like_acronym(text: str) -> bool:
    """True for a short word with at least two capitals and no spaces (``Agcm``, ``BCE``, ``M5S``).

    >>> looks_like_acronym("Agcm"), looks_like_acronym("BCE"), looks_like_acronym("Roma")
    (False, True, False)
    """
    if " " in text or not 2 <= len(text) <= 10 or not text[0].isupper():
        return False
    return sum(char.isupper() for char in text) >= 2


def find_long_form(acronym: str, preceding: str) -> str | None:
    """The long form that ``acronym`` abbreviates at the end of ``preceding``, or None.

    The algorithm of Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
    definitions in biomedical text": walk the acronym's characters right to left, matching each in the
    words before the parenthesis, the first one at the start of a word; look at most
    ``min(len(acronym) + 5, 2 * len(acronym))`` words back.

    >>> find_long_form("Agcm", "la multa dell'Autorità garante della concorrenza e del mercato")
    'Autorità garante della concorrenza e del mercato'
    >>> find_long_form("BCE", "Lo ha detto la Banca centrale europea")
    'Banca centrale europea'
    >>> find_long_form("XYZ", "nessuna forma estesa qui") is None
    True
    """
    letters = [char.lower() for char in acronym if char.isalnum()]
    if len(letters) < 2 or not letters[0].isalpha():
        return None
    words = preceding.translate(_APOSTROPHE_TABLE).replace("'", "' ").split()
    window = min(len(letters) + 5, 2 * len(letters))
    candidate = " ".join(words[-window:])
    long_index = len(candidate) - 1
    short_index = len(letters) - 1
    while short_index >= 0:
        char = letters[short_index]
        while long_index >= 0 and (
            candidate[long_index].lower() != char
            or (short_index == 0 and long_index > 0 and candidate[long_index - 1].isalnum())
        ):
            long_index -= 1
        if long_index < 0:
            return None
        long_index -= 1
        short_index -= 1
    start = candidate.rfind(" ", 0, long_index + 1) + 1
    long_form = candidate[start:].strip()
    long_form = strip_leading_words(long_form) if " " in long_form else long_form
    original = _restore_apostrophes(long_form, preceding)
    if len(original.split()) < 2 and len(original) <= len(acronym):
        return None
    return original


def _restore_apostrophes(long_form: str, preceding: str) -> str:
    """Map a long form found in the apostrophe-normalised text back to the exact original substring."""
    pieces = []
    for char in long_form:
        if char == "'":
            pieces.append(r"['’‘`´ʼ]\s*")
        elif char == " ":
            pieces.append(r"\s*")
        else:
            pieces.append(re.escape(char))
    pattern = "".join(pieces).replace(r"\s*\s*", r"\s*")
    matches = list(re.finditer(pattern, preceding))
    return matches[-1].group(0) if matches else long_form


def country_words(words: str) -> bool:
    """Every word is a country's name, in Italian or English ("Italia", "Canada", "Iberia" is not)."""
    return bool(words) and all(word.casefold() in country_names() for word in words.split())


@lru_cache(maxsize=4)
def country_names(locales: tuple[str, ...] = ("it", "en")) -> frozenset[str]:
    """The world's countries and regions in ``locales`` (CLDR through Babel), casefolded."""
    from babel import Locale

    return frozenset(name.casefold() for locale in locales for name in Locale(locale).territories.values())


@lru_cache(maxsize=1)
def world_cities() -> frozenset[str]:
    """Cities of the world that name time zones, in Italian (CLDR's exemplar cities, through Babel) and
    in the zone database's own spelling (pytz: "Tokyo", "Chicago"), casefolded."""
    import pytz
    from babel import Locale

    localized = {zone["city"] for zone in Locale("it").time_zones.values() if "city" in zone}
    zoned = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in pytz.all_timezones if "/" in zone}
    return frozenset(name.casefold() for name in localized | zoned)


def with_full_names(
    orgs: Sequence[dict[str, Any]],
    holding_vehicle: re.Pattern[str] = re.compile(r"(?!)"),
    common_word: Callable[[str], bool] | None = None,
) -> list[dict[str, Any]]:
    """Short mentions under the full name used elsewhere in the article ("Crestline" is "Crestline
    Defense" when the article names both), so that one party is not counted twice. A short name found
    inside two full names stands for the one that is no ``holding_vehicle`` ("Moretti" of "Caffè
    Moretti Trieste", not of "Moretti Holding"), and a name one head word longer ends with it ("Vitiello"
    of "Corallificio Vitiello"), and so does one common word (``common_word``) found in a single name ("il
    Carnevale" of "Fondazione Carnevale di Castelmare"); a longer name that only adds a country names a
    national subsidiary ("TerraNav Italia" beside "TerraNav").

    >>> orgs = [{"name": name, "text": name} for name in ("Crestline Defense", "Crestline")]
    >>> [o["name"] for o in with_full_names(orgs)]
    ['Crestline Defense', 'Crestline Defense']
    """
    names = {o.get("name") or o["text"] for o in orgs}
    # a name written with its legal form is a company of its own ("Astrea Space S.p.A." beside its
    # subsidiary "Astrea Space Canada")
    registered = {
        o.get("name") or o["text"] for o in orgs if strip_legal_forms(o["text"]) != o["text"].strip()
    }
    full: dict[str, str] = {}
    for name in names - registered:
        # "TerraNav Italia" beside "TerraNav" is its national subsidiary, not its full name
        longer = [
            other
            for other in names
            if other.startswith(name + " ") and not country_words(other[len(name) + 1 :])
        ]
        containing = [other for other in names if other != name and f" {name} " in f" {other} "]
        if len(containing) >= 2:
            longer = [other for other in containing if not holding_vehicle.search(other)]
        elif not longer:  # "Vitiello" of "Corallificio Vitiello": a head word and the name
            longer = [
                other
                for other in containing
                if other.endswith(" " + name) and len(other.split()) == len(name.split()) + 1
            ]
            if not longer and " " not in name and common_word is not None and common_word(name):
                longer = containing  # "il Carnevale": the one name that holds the word
        if len(longer) == 1:
            full[name] = longer[0]
    return [
        {**o, "name": full[o.get("name") or o["text"]]} if (o.get("name") or o["text"]) in full else o
        for o in orgs
    ]

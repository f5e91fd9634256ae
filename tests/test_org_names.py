"""Canonical organization names, org keys and acronym long forms (pipeline.normalize.org_names)."""

from __future__ import annotations

import doctest

import pytest

from pipeline.normalize import org_names
from pipeline.normalize.org_names import canonical_name, find_long_form, looks_like_acronym, org_key


def test_doctests() -> None:
    assert doctest.testmod(org_names).failed == 0


# mention -> canonical name; grouped by what is removed or fixed
@pytest.mark.parametrize(
    ("mention", "name"),
    [
        # legal forms
        ("Microsoft Corp.", "Microsoft"),
        ("Microsoft", "Microsoft"),
        ("Intesa Sanpaolo S.p.A.", "Intesa Sanpaolo"),
        ("Enel SpA", "Enel"),
        ("Acme S.r.l.", "Acme"),
        ("Acme Srl", "Acme"),
        ("Rossi & C. S.a.s.", "Rossi & C."),
        ("Apple Inc.", "Apple"),
        ("Vodafone Group plc", "Vodafone Group"),
        ("Siemens AG", "Siemens"),
        ("Allianz SE", "Allianz"),
        ("Robert Bosch GmbH", "Robert Bosch"),
        ("Arm Ltd", "Arm"),
        ("Airbus SE", "Airbus"),
        # an asset manager's form names a company apart from its group: it stays
        ("Padana Investimenti Sgr", "Padana Investimenti Sgr"),
        ("Padana Investimenti Sgr S.p.A.", "Padana Investimenti Sgr"),
        # articles, elision, quotes
        ("dell'OpenAI", "OpenAI"),
        ("l’Eni", "Eni"),
        ("la Fiat", "Fiat"),
        ("«Open Fiber»", "Open Fiber"),
        ("“Poste Italiane”", "Poste Italiane"),
        # case
        ("MICROSOFT", "Microsoft"),
        ("ENEL", "ENEL"),
        ("governo", "Governo"),
        # names that must stay whole
        ("Banca d'Italia", "Banca d'Italia"),
        ("Banca d' Italia", "Banca d'Italia"),
        ("Fornace Ca' d'Oro", "Fornace Ca' d'Oro"),
        ("Cassa depositi e prestiti", "Cassa depositi e prestiti"),
        ("SpA", "SpA"),
    ],
)
def test_canonical_name(mention: str, name: str) -> None:
    assert canonical_name(mention) == name


@pytest.mark.parametrize(
    ("names", "same_key"),
    [
        (("Microsoft Corp.", "Microsoft", "MICROSOFT"), True),
        (("l'Eni", "Eni S.p.A."), True),
        (("Banca d'Italia", "Banca d’Italia"), True),
        (("Eni", "Enel"), False),
    ],
)
def test_org_key_is_stable_across_mentions(names: tuple[str, ...], same_key: bool) -> None:
    keys = {org_key(canonical_name(name)) for name in names}
    assert (len(keys) == 1) is same_key


@pytest.mark.parametrize(
    ("acronym", "preceding", "long_form"),
    [
        ("Agcm", "la sanzione dell'Autorità garante della concorrenza e del mercato",
         "Autorità garante della concorrenza e del mercato"),
        ("Bce", "secondo la Banca centrale europea", "Banca centrale europea"),
        ("Cdp", "il piano di Cassa depositi e prestiti", "Cassa depositi e prestiti"),
        ("FMI", "le stime del Fondo monetario internazionale", "Fondo monetario internazionale"),
        ("Ocse", "i dati raccolti da molte fonti diverse", None),
        ("Usa", "le elezioni", None),
    ],
)
def test_find_long_form(acronym: str, preceding: str, long_form: str | None) -> None:
    assert find_long_form(acronym, preceding) == long_form


@pytest.mark.parametrize(("text", "expected"), [("BCE", True), ("M5S", True), ("Roma", False), ("A", False)])
def test_looks_like_acronym(text: str, expected: bool) -> None:
    assert looks_like_acronym(text) is expected

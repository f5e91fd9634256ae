"""Organization rules from the lexicons: token patterns with macros and legal forms expanded, known
acronyms, and the product and prefix names that are never organizations (``pipeline/lexicons/org_*``)."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.it.stop_words import STOP_WORDS
from spacy.language import Language

from pipeline.normalize.org_names import legal_forms, org_key

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"


@dataclass(frozen=True)
class OrgRule:
    """One Matcher pattern with the indices of the pattern tokens it tags (``TARGET``)."""

    id: str
    priority: str
    pattern: tuple[dict, ...]
    targets: frozenset[int]
    trim: str | None = None  # "verb-after-name": drop a lower-case last word after a capitalised one
    not_after: frozenset[str] = frozenset()  # words that, right before the tagged tokens, cancel the match
    whole_name: bool = False  # a capitalized word right before the tagged tokens cancels the match too

    @classmethod
    def from_dict(cls, data: dict, macros: dict[str, list[list[dict]]]) -> list[OrgRule]:
        """Expand a rule record (macros, one pattern per LEGAL_FORM variant) into concrete rules."""
        unknown = set(data) - {"id", "priority", "pattern", "trim", "not_after", "whole_name"}
        if unknown:
            raise ValueError(f"unknown keys {sorted(unknown)} in organization rule {data.get('id')}")
        if data["priority"] not in ("override", "fill"):
            raise ValueError(f"rule {data['id']}: priority must be 'override' or 'fill'")
        choices = [_expand_token(token, macros) for token in data["pattern"]]
        rules = []
        for combination in itertools.product(*choices):
            tokens = [token for sequence in combination for token in sequence]
            targets = frozenset(i for i, token in enumerate(tokens) if token.get("TARGET"))
            pattern = tuple({k: v for k, v in token.items() if k != "TARGET"} for token in tokens)
            not_after = frozenset(data.get("not_after", ()))
            rules.append(
                cls(
                    data["id"],
                    data["priority"],
                    pattern,
                    targets,
                    data.get("trim"),
                    not_after,
                    bool(data.get("whole_name")),
                )
            )
        return rules


def _expand_token(token: dict, macros: dict[str, list[list[dict]]]) -> list[list[dict]]:
    """The token sequences a pattern token stands for: itself, or each variant of its macro."""
    if "MACRO" not in token:
        return [[token]]
    own = {k: v for k, v in token.items() if k != "MACRO"}
    variants = macros[token["MACRO"]]
    if len(variants) == 1 and len(variants[0]) == 1:
        return [[{**variants[0][0], **own}]]
    # multi-token variants (legal forms) carry only TARGET from the macro token
    return [[{**part, **({"TARGET": True} if own.get("TARGET") else {})} for part in v] for v in variants]


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def legal_form_variants(nlp: Language) -> list[list[dict]]:
    """Token patterns for every legal form, as the tokenizer splits it mid-sentence and at the end."""
    variants: dict[tuple, list[dict]] = {}
    for record in legal_forms():
        attr = "ORTH" if record["case_sensitive"] else "LOWER"
        for context in ("Acme {} e", "Acme {}", "Acme {}, e", "Acme {}. E"):
            words = [t.text for t in nlp.make_doc(context.format(record["form"]))][1:]
            while words and words[-1] in ("e", ",", "E"):
                words.pop()
            values = words if attr == "ORTH" else [w.lower() for w in words]
            variants[(attr, *values)] = [{attr: value} for value in values]
    return list(variants.values())


def load_rules(nlp: Language, lexicons: Path = LEXICONS) -> list[OrgRule]:
    """All organization rules: the patterns file plus one rule per known acronym form."""
    raw_macros = json.loads((lexicons / "org_pattern_macros.json").read_text(encoding="utf-8"))
    macros = {name: [[value]] for name, value in raw_macros.items() if not name.startswith("_")}
    macros["LEGAL_FORM"] = legal_form_variants(nlp)
    # a name token never is (the first token of) a legal form: "Siemens AG e Acme Srl" is two names
    form_starts = {variant[0].get("ORTH") or variant[0]["LOWER"] for variant in macros["LEGAL_FORM"]}
    form_starts |= {record["form"] for record in legal_forms()}
    form_starts |= {case(form) for form in form_starts for case in (str.upper, str.capitalize)}
    name = {**macros["NAME"][0][0], "ORTH": {"NOT_IN": sorted(form_starts)}}
    if name.pop("IS_STOP", None) is False:  # no stop word, but those that name companies too ("Lavoro")
        allowed = set(raw_macros.get("_name_stop_words", ()))
        refused = set(name.get("LOWER", {}).get("NOT_IN", ())) | (STOP_WORDS - allowed)
        name["LOWER"] = {**name.get("LOWER", {}), "NOT_IN": sorted(refused)}
    macros["NAME"] = [[name]]
    rules = [
        rule
        for record in _read_jsonl(lexicons / "org_patterns.jsonl")
        for rule in OrgRule.from_dict(record, macros)
    ]
    for record in _read_jsonl(lexicons / "org_acronyms.jsonl"):
        long_form = [{"LOWER": token.lower_, "TARGET": True} for token in nlp.make_doc(record["long_form"])]
        rules += OrgRule.from_dict(
            {"id": "acronym-long-form", "priority": "override", "pattern": long_form}, macros
        )
        for form in record["forms"]:
            pattern = [{"MACRO": "ANY_ARTICLE"}] if record.get("needs_article") else []
            pattern.append({"ORTH": form, "TARGET": True})
            rules += OrgRule.from_dict(
                {"id": "acronym-lexicon", "priority": "override", "pattern": pattern}, macros
            )
    return rules


@lru_cache(maxsize=4)
def known_acronyms(lexicons: Path = LEXICONS) -> dict[str, tuple[str, str]]:
    """Casefolded acronym forms and long forms -> (canonical name, org_key), from ``org_acronyms.jsonl``;
    the canonical name is the long form, or the record's ``name`` where the short one is the usual name
    ("Fiom", "Anas")."""
    table = {}
    for record in _read_jsonl(lexicons / "org_acronyms.jsonl"):
        entry = (record.get("name") or record["long_form"], org_key(record["acronym"]))
        for form in [*record["forms"], record["acronym"], record["long_form"]]:
            table[form.casefold()] = entry
    return table


@lru_cache(maxsize=4)
def product_names(lexicons: Path = LEXICONS) -> frozenset[str]:
    """Casefolded product and generic names that are never organizations."""
    records = _read_jsonl(lexicons / "org_products.jsonl")
    return frozenset(r["name"].casefold() for r in records if r["kind"] not in ("prefix", "area"))


@lru_cache(maxsize=4)
def area_names(lexicons: Path = LEXICONS) -> frozenset[str]:
    """Casefolded names of parts of Italy ("Centro Italia", "Nord-Est", "Mezzogiorno"): places, never
    organizations, though the model often takes them for one."""
    records = _read_jsonl(lexicons / "org_products.jsonl")
    return frozenset(r["name"].casefold() for r in records if r["kind"] == "area")


@lru_cache(maxsize=4)
def market_names(lexicons: Path = LEXICONS) -> re.Pattern[str]:
    """Markets and indexes ("Piazza Affari", "Euronext Growth Milan"), as a pattern: no word of theirs
    names an organization ("quotata su Euronext Growth Milan" is a place, not Euronext)."""
    records = _read_jsonl(lexicons / "org_products.jsonl")
    names = sorted((r["name"] for r in records if r["kind"] == "market"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b" if names else r"(?!)")


@lru_cache(maxsize=4)
def non_org_prefixes(lexicons: Path = LEXICONS) -> frozenset[str]:
    """Casefolded first words of names that are projects or plans, not organizations (``Progetto X``)."""
    records = _read_jsonl(lexicons / "org_products.jsonl")
    return frozenset(r["name"].casefold() for r in records if r["kind"] == "prefix")


@lru_cache(maxsize=4)
def _macros(lexicons: Path) -> dict[str, Any]:
    return json.loads((lexicons / "org_pattern_macros.json").read_text(encoding="utf-8"))


def _macro_words(name: str, lexicons: Path) -> frozenset[str]:
    spec = _macros(lexicons)[name]
    return frozenset((spec.get("ORTH") or spec["LOWER"])["IN"])


@lru_cache(maxsize=4)
def head_nouns(lexicons: Path = LEXICONS) -> frozenset[str]:
    """The capitalized words that begin a company's name ("Banca", "Tessitura", "Maison"; the COMPANY_HEAD
    macro); not those of institutions, often named after a person ("Fondazione Mansi")."""
    return _macro_words("COMPANY_HEAD", lexicons)


@lru_cache(maxsize=4)
def head_form(lexicons: Path = LEXICONS) -> re.Pattern[str]:
    """The form of the Italian words that begin a company's name by their ending ("Occhialeria",
    "Calzaturificio"; the COMPANY_HEAD_FORM macro)."""
    return re.compile(_macros(lexicons)["COMPANY_HEAD_FORM"]["TEXT"]["REGEX"])


@lru_cache(maxsize=4)
def company_suffixes(lexicons: Path = LEXICONS) -> frozenset[str]:
    """The words that end a company's name ("Energy", "Banca"; the COMPANY_SUFFIX macro), and "Italia",
    which has its own rule ("Medisoft Italia", not "Coppa Italia")."""
    italia = {
        record["pattern"][-1]["ORTH"]
        for record in _read_jsonl(lexicons / "org_patterns.jsonl")
        if record["id"] == "company-suffix-italia"
    }
    return _macro_words("COMPANY_SUFFIX", lexicons) | italia


@lru_cache(maxsize=4)
def of_company_nouns(lexicons: Path = LEXICONS) -> frozenset[str]:
    """The nouns of something a company has ("i soci di", "il consiglio di", "i conti di")."""
    return _macro_words("OF_COMPANY_NOUN", lexicons)


@lru_cache(maxsize=4)
def link_words(lexicons: Path = LEXICONS) -> frozenset[str]:
    """The prepositions that join the words of a long form ("Istituto nazionale per ...", "... sulle ...";
    the OF_LINK macro)."""
    return _macro_words("OF_LINK", lexicons)


@lru_cache(maxsize=4)
def company_nouns(lexicons: Path = LEXICONS) -> frozenset[str]:
    """The nouns the context rules read before a company's name ("la holding X", "il gruppo Y")."""
    return frozenset().union(
        *(_macro_words(head, lexicons) for head in ("FEMININE_HEAD", "MASCULINE_HEAD", "ELIDED_HEAD"))
    )

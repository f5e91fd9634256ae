"""Currency names, symbols and ISO codes resolved to ISO 4217, from CLDR (Babel) plus press variants.

CLDR's Italian locale gives each currency a name with a nationality adjective (``dollaro statunitense``,
plural ``dollari statunitensi``); symbols come from the Italian and English locales (``€``, ``£``,
``$``, ``HK$``). Italian news also writes the bare noun (``dollari``, ``sterline``, ``yen``): a bare noun
shared by several currencies resolves only through ``money_currency_heads.json``, otherwise it names a
currency without a code (``franchi``). Forms CLDR lacks are data in ``pipeline/lexicons/money_*``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.numbers import list_currencies

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"

#: Locales whose CLDR currency symbols are read, in order of precedence for shared symbols.
SYMBOL_LOCALES = (
    "it", "en", "en_CA", "en_AU", "en_NZ", "en_HK", "en_SG", "pt_BR", "es_MX", "zh_Hans_CN", "ja",
)

#: CLDR "currencies" starting with X that are metals, funds or test codes rather than money in news.
_REAL_X_CODES = {"XAF", "XOF", "XPF", "XCD", "XCG"}

#: First words of CLDR names that are not a currency noun of their own.
#: Letters that are Italian words: ``a $ 5`` is "at $5", not the ``A$`` of Australian dollars.
_WORD_LETTERS = {"a", "e", "i", "o"}

_NOT_HEADS = {
    "antico", "antichi", "codice", "codici", "diritti", "fondi", "nuovo", "nuovi", "nuova", "nuove", "unidad",
    "unidades", "unità", "valuta", "valute", "zimbabwe",
}


@dataclass(frozen=True)
class CurrencyName:
    """What a currency word names: an ISO code (``None`` when ambiguous) and the unit's fraction.

    ``fraction`` is 1 for a major unit and 0.01 for a minor unit (``centesimi``, ``pence``); ``code``
    of a minor unit without its own currency (``centesimi``) is ``None`` and comes from context.
    """

    code: str | None
    fraction: Decimal = Decimal(1)

    @property
    def is_minor(self) -> bool:
        """True for a minor unit such as ``centesimi`` or ``pence``."""
        return self.fraction != 1


def italian_plural(name: str) -> str:
    """Plural of an Italian currency name, for CLDR entries that lack one.

    Words after ``di`` are kept; foreign or accented nouns (``yen``, ``euro``, ``baht``) are invariable.

    >>> italian_plural("fiorino olandese"), italian_plural("marco tedesco"), italian_plural("peseta spagnola")
    ('fiorini olandesi', 'marchi tedeschi', 'pesete spagnole')
    >>> italian_plural("dollaro di Hong Kong"), italian_plural("euro")
    ('dollari di Hong Kong', 'euro')
    """
    words = name.split()
    out = []
    for index, word in enumerate(words):
        if word == "di":
            out.extend(words[index:])
            break
        out.append(_plural_word(word))
    return " ".join(out)


def _plural_word(word: str) -> str:
    if word in {"euro"}:
        return word
    endings = (("co", "chi"), ("go", "ghi"), ("ca", "che"), ("ga", "ghe"), ("o", "i"), ("a", "e"), ("e", "i"))
    for singular, plural in endings:
        if word.endswith(singular):
            return word[: -len(singular)] + plural
    return word


def _read_jsonl(name: str) -> list[dict]:
    lines = (LEXICONS / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


class CurrencyLexicon:
    """Lookups from currency words and symbols to :class:`CurrencyName`, and regexes that find them.

    Build once (see :func:`currency_lexicon`); lookups are case-insensitive dictionary reads.
    """

    def __init__(self) -> None:
        self.codes: frozenset[str] = frozenset(
            code for code in list_currencies() if not code.startswith("X") or code in _REAL_X_CODES
        )
        self.names: dict[str, CurrencyName] = {}
        self.symbols: dict[str, str] = {}
        self._adjectives: dict[str, dict[str, str]] = defaultdict(dict)  # corona -> {danese: DKK, ...}
        self._adjective_patterns: dict[str, re.Pattern] = {}
        self.lowercase_codes: frozenset[str] = frozenset(
            json.loads((LEXICONS / "money_lowercase_codes.json").read_text("utf-8"))["codes"]
        )
        self.homonyms: frozenset[str] = frozenset(
            json.loads((LEXICONS / "money_homonyms.json").read_text("utf-8"))["nouns"]
        )
        self._load_names()
        self._load_symbols()

    # -- building -------------------------------------------------------------------------------------
    def _load_names(self) -> None:
        italian = Locale("it")
        plurals = italian._data["currency_names_plural"]
        heads: dict[str, set[str]] = defaultdict(set)
        for code, name in italian.currencies.items():
            if code not in self.codes:
                continue
            forms = {name.lower()}
            plural = plurals.get(code)
            forms.update(form.lower() for form in (plural.values() if plural else [italian_plural(name)]))
            for form in forms:
                self.names[form] = CurrencyName(code)
                words = form.split()
                if len(words) > 1 and words[0] not in _NOT_HEADS:
                    heads[words[0]].add(code)
                    self._adjectives[words[0]][" ".join(words[1:])] = code
        defaults = {
            key: value
            for key, value in json.loads((LEXICONS / "money_currency_heads.json").read_text("utf-8")).items()
            if not key.startswith("_")
        }
        singular_of = {italian_plural(head): head for head in heads if italian_plural(head) != head}
        for plural, singular in singular_of.items():
            merged = {**self._adjectives[singular], **self._adjectives[plural]}
            self._adjectives[singular] = self._adjectives[plural] = merged
        for head, codes in heads.items():
            singular = singular_of.get(head, head)
            unique = next(iter(codes)) if len(codes) == 1 else None
            code = defaults.get(head) or defaults.get(singular) or unique
            self.names.setdefault(head, CurrencyName(code))
        for head, code in defaults.items():
            self.names.setdefault(head, CurrencyName(code))
            self.names.setdefault(italian_plural(head), CurrencyName(code))
        for entry in _read_jsonl("money_currency_variants.jsonl"):
            self.names[entry["text"].lower()] = CurrencyName(entry["code"])
        for entry in _read_jsonl("money_minor_units.jsonl"):
            minor = CurrencyName(entry["code"], Decimal(entry["fraction"]))
            self.names[entry["text"].lower()] = minor
            self.names[entry["plural"].lower()] = minor

    def _load_symbols(self) -> None:
        for locale_name in SYMBOL_LOCALES:
            for code, symbol in Locale.parse(locale_name).currency_symbols.items():
                if code in self.codes and symbol != code and not symbol.isalpha():
                    self.symbols.setdefault(_symbol_key(symbol), code)
        for entry in _read_jsonl("money_symbols.jsonl"):
            self.symbols.setdefault(_symbol_key(entry["text"]), entry["code"])

    # -- lookups --------------------------------------------------------------------------------------
    def name(self, text: str) -> CurrencyName | None:
        """Resolve a currency word or phrase (``"dollari Usa"``, ``"centesimi"``); ``None`` if unknown.

        >>> lexicon = currency_lexicon()
        >>> lexicon.name("Dollari  Usa"), lexicon.name("franchi"), lexicon.name("pence")
        (CurrencyName(code='USD', fraction=Decimal('1')), CurrencyName(code=None, fraction=Decimal('1')), \
CurrencyName(code='GBP', fraction=Decimal('0.01')))
        """
        return self.names.get(" ".join(text.lower().split()))

    def symbol(self, text: str) -> str | None:
        """ISO code of a currency symbol, tolerant of case and of a space before ``$``.

        A code glued to a dollar sign (``usd$``, ``NZD$``) names that code.

        >>> lexicon = currency_lexicon()
        >>> lexicon.symbol("$"), lexicon.symbol("hk $"), lexicon.symbol("c $"), lexicon.symbol("nzd$")
        ('USD', 'HKD', 'CAD', 'NZD')
        """
        key = _symbol_key(text)
        if key in self.symbols:
            return self.symbols[key]
        if key.endswith("$") and key[:-1].upper() in self.codes:
            return key[:-1].upper()
        return None

    def code_from_context(self, text: str, context: str) -> str | None:
        """Code of an ambiguous bare noun (``corone``) from the nationality the article names.

        The CLDR names sharing the noun give the candidates (``corona danese``, ``corona svedese``...);
        when ``context`` uses the adjective of exactly one of them, that currency is meant.

        >>> currency_lexicon().code_from_context("corone", "Il gruppo danese fattura 6 miliardi di corone")
        'DKK'
        >>> currency_lexicon().code_from_context("corone", "Tra Svezia e Danimarca") is None
        True
        """
        head = " ".join(text.lower().split())
        adjectives = self._adjectives.get(head)
        if not adjectives:
            return None
        pattern = self._adjective_patterns.get(head)
        if pattern is None:
            adjectives = self._adjectives[head] = _with_both_genders(adjectives)
            pattern = re.compile(rf"(?<!\w)(?:{phrase_trie_pattern(adjectives)})(?!\w)", re.IGNORECASE)
            self._adjective_patterns[head] = pattern
        codes = {adjectives[" ".join(m.group().lower().split())] for m in pattern.finditer(context)}
        return codes.pop() if len(codes) == 1 else None

    def nationality_adjectives(self) -> frozenset[str]:
        """The one-word nationality adjectives of CLDR's currency names, both genders, singular and plural
        ("danese", "svizzera", "giapponesi"): how the press introduces a foreign company ("la danese X").

        >>> {"danese", "svizzera", "giapponese", "tedesca"} <= currency_lexicon().nationality_adjectives()
        True
        """
        # the press's variants ("dollari americani", "sterline inglesi") name nationalities too
        variants = {
            words[1]: ""
            for name in self.names
            if len(words := name.split()) == 2 and words[0] in self._adjectives
        }
        singular = {
            adjective
            for adjectives in [*self._adjectives.values(), variants]
            for adjective in _with_both_genders(adjectives)
            if " " not in adjective and adjective.isalpha()
        }
        return frozenset(singular | {italian_plural(adjective) for adjective in singular})

    def code(self, text: str) -> str | None:
        """The ISO code of ``text`` written in capitals (``"EUR"``), or in lower case for the major
        currencies of ``money_lowercase_codes.json`` (``"usd"``); else ``None``."""
        if text in self.codes:
            return text
        return text.upper() if text in self.lowercase_codes else None

    # -- patterns -------------------------------------------------------------------------------------
    def name_pattern(self, minor_only: bool = False) -> str:
        """Regex (a character trie) matching every currency name, or only minor units."""
        return phrase_trie_pattern(name for name, value in self.names.items()
                                   if value.is_minor or not minor_only)

    def symbol_pattern(self) -> str:
        """Regex alternation of every symbol and of ``CODE$`` forms, a space allowed before ``$``."""
        parts = []
        for key in sorted(self.symbols, key=len, reverse=True):
            if len(key) > 1 and key.endswith("$") and key[:-1] not in _WORD_LETTERS:
                parts.append(re.escape(key[:-1]) + r"\s?\$")
            else:
                parts.append(re.escape(key))
        parts.append(phrase_trie_pattern(code.lower() + "$" for code in self.codes))
        return "|".join(parts)


def phrase_trie_pattern(phrases: Iterable[str]) -> str:
    """Compile phrases into one regex shaped as a character trie (fast to match; longest wins).

    Whitespace inside a phrase matches any run of whitespace. Use with ``re.VERBOSE | re.IGNORECASE``.

    >>> print(phrase_trie_pattern(["dollaro", "dollari", "dollari usa"]))
    dollar(?:i(?:\\s+usa)?|o)
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in " ".join(phrase.lower().split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_to_pattern(trie)


def _trie_to_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_to_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?" if len(branches) > 1 or len(branches[0]) > 1 else f"{body}?"
    return body


def _with_both_genders(adjectives: dict[str, str]) -> dict[str, str]:
    """Add the feminine/masculine form of each adjective: "la società svizzera" names the franco svizzero."""
    swap = {"o": "a", "a": "o", "i": "e", "e": "i"}
    variants = dict(adjectives)
    for adjective, code in adjectives.items():
        if adjective[-1:] in swap and " " not in adjective:
            variants.setdefault(adjective[:-1] + swap[adjective[-1]], code)
    return variants


def _symbol_key(symbol: str) -> str:
    return "".join(symbol.split()).lower()


@lru_cache(maxsize=1)
def currency_lexicon() -> CurrencyLexicon:
    """The process-wide :class:`CurrencyLexicon` (built on first use, about 50 ms)."""
    return CurrencyLexicon()

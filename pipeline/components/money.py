"""``itnews_money``: amounts of money in Italian news, normalized to exact Decimal + ISO 4217 currency.

The component finds a money expression around an *anchor* token (a currency symbol, name or code, a
scale word such as ``miliardi``, or a numeral glued to one), so documents without anchors cost one
array read. Near each anchor a single verbose regex (:class:`MoneyPatterns`) reads
``[currency] number [scale] [e mezzo] [di currency]``; the pieces are normalized by
:mod:`pipeline.normalize` and refined by the context: ranges (``tra 10 e 20 milioni``), qualifiers
(``circa``), minor units (``15 dollari e 15 centesimi``), per-unit prices (``8,40 euro per azione``)
and currencies elided after a stated one (``con 100 miliardi già assegnati``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

import pipeline.extensions  # noqa: F401  (registers the Doc._ extensions)
from pipeline.normalize.currencies import CurrencyLexicon, currency_lexicon, phrase_trie_pattern
from pipeline.normalize.money import (
    MoneyValue,
    add_minor_units,
    compose_amount,
    qualifier_of,
    period_nouns_after_amount,
    qualifier_phrases,
    unit_nouns,
)
from pipeline.normalize.numbers import (
    Notation,
    detect_notation,
    parse_number_word,
    parse_numeral,
    scale_value,
    scale_words,
)

#: Scale words after which an amount without currency may inherit the article's currency.
INHERITING_SCALES = frozenset(
    {"milione", "milioni", "mln", "miliardo", "miliardi", "mld", "mrd", "mdl", "bilione", "bilioni"}
)


@Language.factory(
    "itnews_money",
    default_config={"window_before": 48, "window_after": 72, "inherit_within": 1500},
    assigns=["doc._.itnews_money"],
)
def make_money(nlp: Language, name: str, window_before: int, window_after: int, inherit_within: int):
    """Build the :class:`MoneyExtractor` component (registered as ``itnews_money``)."""
    return MoneyExtractor(nlp.vocab, name, window_before=window_before, window_after=window_after,
                          inherit_within=inherit_within)


class MoneyExtractor:
    """Find money expressions and write them, normalized, to ``doc._.itnews_money``.

    Settings: ``window_before``/``window_after`` are the characters read around an anchor token;
    ``inherit_within`` is how far back (characters) a stated currency is inherited by an amount that
    omits it.
    """

    def __init__(self, vocab: Vocab, name: str = "itnews_money", *, window_before: int = 48,
                 window_after: int = 72, inherit_within: int = 1500) -> None:
        self.name = name
        self.window_before = window_before
        self.window_after = window_after
        self.inherit_within = inherit_within
        self.lexicon: CurrencyLexicon = currency_lexicon()
        self.patterns = MoneyPatterns(self.lexicon)
        self.anchor_flag = _anchor_flag(vocab, self.patterns)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc._.itnews_money`` (always a fresh list)."""
        error_handler = self.get_error_handler()
        try:
            values = self.match(doc)
            self.set_annotations(doc, values)
            return doc
        except Exception as error:  # noqa: BLE001  (spaCy's error-handler protocol)
            error_handler(self.name, self, [doc], error)
            return doc

    def get_error_handler(self):
        """spaCy's error-handler protocol (``nlp.set_error_handler``)."""
        return getattr(self, "_error_handler", _raise_error)

    def set_error_handler(self, error_handler) -> None:
        """Set the handler called when annotating a Doc fails."""
        self._error_handler = error_handler

    # -- matching -------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[MoneyValue]:
        """Money values of ``doc``, sorted by start offset."""
        anchors = numpy.flatnonzero(doc.to_array(self.anchor_flag))
        if not len(anchors):
            return []
        text = doc.text
        notation = detect_notation(text)
        found: list[MoneyValue] = []
        for start, end in self._windows(doc, anchors):
            position = start
            while match := self.patterns.money.search(text, position, end):
                value = self._read(text, match, notation)
                if value is None:  # e.g. a word that is no number: retry inside the match
                    position = match.start() + 1
                    continue
                self._add(found, value, text, notation)
                position = max(value.end, match.end())
        return self._resolve_elided(found)

    def _windows(self, doc: Doc, anchors: Iterable[int]) -> list[tuple[int, int]]:
        windows: list[tuple[int, int]] = []
        text_length = len(doc.text)
        for index in anchors:
            token = doc[int(index)]
            start = max(0, token.idx - self.window_before)
            end = min(text_length, token.idx + len(token) + self.window_after)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows

    def _read(self, text: str, match: re.Match, notation: Notation) -> MoneyValue | None:
        """Normalize one regex match, or ``None`` when the match is not money."""
        groups = match.groupdict()
        number = _number_value(groups["number"], groups["word_number"], notation)
        if number is None:
            return None
        currency, has_currency = self._currency(groups)
        if currency is False:
            return None
        scale = scale_value(groups["scale"]) if groups["scale"] else None
        name = self.lexicon.name(groups["post_name"]) if groups["post_name"] else None
        fraction = name.fraction if name else Decimal(1)
        if name and name.is_minor:
            if groups["post_of"]:
                currency = self.lexicon.name(groups["post_of"]).code
            elif self.patterns.of_something.match(text, match.end()):
                return None  # "centesimi di secondo"
            has_currency = currency is not None  # bare "centesimi" take the article's currency
        if has_currency and currency is None and groups["word_number"] and not scale:
            return None  # "una corona": an article before a noun with no code
        if groups["pre_name"] and not _plausible_name_prefix(groups["pre_name"], groups["number"], scale):
            return None
        amount = compose_amount(number, scale, bool(groups["half"]), fraction)
        end = match.end()
        if has_currency and not (name and name.is_minor):
            end, amount = self._minor_tail(text, end, amount)
        if not has_currency:
            if not (name and name.is_minor) and not self._inheritable(text, match):
                return None
            currency = None
        # An amount without currency is kept pending (currency_inferred) until _resolve_elided.
        return MoneyValue(start=match.start(), end=end, text=text[match.start():end], amount=amount,
                          currency=currency, currency_inferred=not has_currency)

    def _currency(self, groups: dict) -> tuple[str | None | bool, bool]:
        """(ISO code or None, whether a currency is stated); ``(False, _)`` rejects the match."""
        lexicon = self.lexicon
        if groups["pre_symbol"]:
            return lexicon.symbol(groups["pre_symbol"]) or lexicon.symbol("$"), True
        if groups["pre_code"]:
            code = lexicon.code(groups["pre_code"])
            return (code, True) if code else (False, False)
        if groups["pre_name"]:
            name = lexicon.name(groups["pre_name"])
            if name is None or name.code is None or name.is_minor:
                return False, False
            return name.code, True
        if groups["post_name"]:
            if groups["post_symbol"] is not None:
                return False, False
            name = lexicon.name(groups["post_name"])
            return name.code, True
        if groups["post_symbol"]:
            if groups["di"]:
                return False, False
            return lexicon.symbol(groups["post_symbol"]) or lexicon.symbol("$"), True
        if groups["post_code"]:
            code = lexicon.code(groups["post_code"])
            return (code, True) if code else (False, False)
        return None, False

    def _minor_tail(self, text: str, end: int, amount: Decimal) -> tuple[int, Decimal]:
        """Extend ``15 dollari`` with ``e 15 centesimi`` / ``e 15`` / ``50`` minor units."""
        tail = self.patterns.minor_tail.match(text, end)
        if not tail:
            return end, amount
        minor_text = tail.group("minor_number")
        minor_number = parse_numeral(minor_text) if minor_text[0].isdigit() else parse_number_word(minor_text)
        if minor_number is None or minor_number >= 100:
            return end, amount
        if not tail.group("minor_name") and not minor_text.isdigit():
            return end, amount
        return tail.end(), add_minor_units(amount, minor_number)

    def _inheritable(self, text: str, match: re.Match) -> bool:
        """A bare ``100 miliardi`` may be money in a currency context; counts (``di persone``) are not."""
        scale = match.group("scale")
        if not scale or scale.lower().rstrip(".") not in INHERITING_SCALES:
            return False
        return not self.patterns.count_follows.match(text, match.end())

    def _add(self, found: list[MoneyValue], value: MoneyValue, text: str, notation: Notation) -> None:
        """Append ``value`` after folding ranges, qualifiers and per-unit nouns into it."""
        value = self._with_range(found, value, text, notation)
        qualifier = self.patterns.qualifier_before.search(text, max(0, value.start - 40), value.start)
        if qualifier and (not found or found[-1].end <= qualifier.start()):
            value = replace(value, qualifier=qualifier_of(qualifier.group("qualifier")))
        unit = self.patterns.unit_after.match(text, value.end)
        if unit:
            value = replace(value, unit=unit.group("unit").lower())
        if found and found[-1].end > value.start:
            return
        found.append(value)

    def _with_range(self, found: list[MoneyValue], value: MoneyValue, text: str,
                    notation: Notation) -> MoneyValue:
        """Fold ``tra 10 e`` / ``da 5 a`` / ``10-`` before an amount into a range."""
        window_start = max(0, value.start - 60)
        left = self.patterns.range_before.search(text, window_start, value.start)
        if not left:
            return value
        lead, link = (left.group("lead") or "").lower(), left.group("link").lower()
        if (link == "e" and lead not in {"tra", "fra"}) or (link in {"a", "ad"} and not lead.startswith("da")):
            return value
        low = _number_value(left.group("number"), left.group("word_number"), notation)
        if low is None:
            return value
        low_scale = left.group("scale")
        scale = scale_value(low_scale) if low_scale else self._scale_of(value.text)
        low_amount = compose_amount(low, scale)
        if low_amount >= value.amount:
            return value
        while found and found[-1].end > left.start("number") - 2 and found[-1].start >= window_start:
            found.pop()
        start = left.start("pre") if left.group("pre") else left.start("number")
        return replace(value, start=start, text=text[start:value.end], amount=low_amount, amount_max=value.amount)

    def _scale_of(self, money_text: str) -> Decimal | None:
        scale = self.patterns.scale_in.search(money_text)
        return scale_value(scale.group("scale")) if scale else None

    def _resolve_elided(self, found: list[MoneyValue]) -> list[MoneyValue]:
        """Give amounts that omit their currency the nearest stated one before them, or drop them."""
        resolved: list[MoneyValue] = []
        last_stated: MoneyValue | None = None
        for value in found:
            if not value.currency_inferred:
                resolved.append(value)
                last_stated = value
                continue
            if last_stated is None or value.start - last_stated.end > self.inherit_within:
                if self.lexicon.name(value.text.split()[-1]) is not None:  # "50 centesimi": money, no code
                    resolved.append(replace(value, currency_inferred=False))
                continue
            resolved.append(replace(value, currency=last_stated.currency,
                                    currency_inferred=last_stated.currency is not None))
        return resolved

    def set_annotations(self, doc: Doc, values: list[MoneyValue]) -> None:
        """Write the values as plain dicts with ids ``M1``, ``M2``... in text order."""
        doc._.itnews_money = [value.as_extension(f"M{index}") for index, value in enumerate(values, 1)]


_SPACE = r"[ \t\u00a0\u202f]"
_WORD_END = r"(?![^\W\d_])"
_DIGITS = r"""
    (?: \d{1,3} (?: [.,'\u00a0\u202f\u2009] \d{3} )+ (?: [.,] \d+ )?   # 1.234.567,89  1,234.5
      | \d+ (?: [.,] \d+ )?                                            # 2,5  12345
    ) (?! [.,]? \d )
"""


class MoneyPatterns:
    """The compiled regexes of the component, built once from the lexicons (re.VERBOSE, named groups)."""

    def __init__(self, lexicon: CurrencyLexicon) -> None:
        names = lexicon.name_pattern()
        minor_names = lexicon.name_pattern(minor_only=True)
        symbols = lexicon.symbol_pattern()
        scales = "|".join(
            re.escape(word) + (r"\.?" if len(word) <= 4 else "")
            for word in sorted(scale_words(), key=len, reverse=True)
        )
        qualifiers = phrase_trie_pattern(qualifier_phrases())
        units = phrase_trie_pattern(unit_nouns())
        period_nouns = phrase_trie_pattern(period_nouns_after_amount())
        flags = re.VERBOSE | re.IGNORECASE
        word_number = rf"(?P<word_number> [^\W\d_]+ ) (?= {_SPACE}+ (?: {scales} | {names} ) {_WORD_END} )"
        number = rf"(?P<number> {_DIGITS} ) | {word_number}"
        self.money = re.compile(
            rf"""
            (?<! [^\W_] )                                          # starts a word or a numeral
            (?: (?P<pre_symbol> {symbols} ) {_SPACE}?               # $ 75   € 2.300.000   hk $ 10
              | (?P<pre_code> (?-i: [A-Z]{{3}} ) ) {_SPACE}?          # USD 15
              | (?P<pre_name> {names} ) {_SPACE}+                   # dollari 996
            )?
            (?: {number} )                                           # 14   1.234,5   quattordici
            (?: {_SPACE}? (?P<scale> {scales} ) {_WORD_END}          # miliardi  mld  mila
                (?P<half> {_SPACE}+ e {_SPACE}+ mezzo {_WORD_END} )? # un miliardo e mezzo
            )?
            (?: {_SPACE}* (?: (?P<di> di | d' ) {_SPACE}* )?        # di dollari
                (?: (?P<post_name> {names} ) {_WORD_END}             # euro  dollari Usa  centesimi
                    (?: {_SPACE}+ di {_SPACE}+ (?P<post_of> {names} ) {_WORD_END} )?  # centesimi di dollaro
                  | (?P<post_symbol> {symbols} )                     # 100 €
                  | (?P<post_code> (?-i: [A-Z]{{3}} ) ) {_WORD_END}   # 1,5 mld USD
                )
            )?
            (?(pre_symbol)|(?(pre_code)|(?(pre_name)|(?(scale)|(?(post_name)|(?(post_symbol)|(?(post_code)|(?!))))))))
            """,
            flags,
        )
        self.minor_tail = re.compile(
            rf"""
            (?: {_SPACE}+ e {_SPACE}+ | {_SPACE}+ )
            (?P<minor_number> \d{{1,2}} (?! [.,]?\d ) | [^\W\d_]+ )                  # 15   quarantacinque
            (?: {_SPACE}+ (?P<minor_name> {minor_names} ) {_WORD_END}                   # centesimi  cent
              | (?= {_SPACE}* (?: [.;:!?)\]] | $ ) )                                   # bare cents at a stop
            )
            """,
            flags,
        )
        self.of_something = re.compile(rf"{_SPACE}+ di {_SPACE}+ [^\W\d_]", flags)
        self.count_follows = re.compile(
            rf"""
            {_SPACE}* (?: di {_SPACE}+ | d' ) (?! (?: {period_nouns} ) {_WORD_END} ) [^\W\d_]  # di persone
            | {_SPACE}+ (?: i | gli | le | il | lo | la ) {_WORD_END}                          # ... i clienti
            | {_SPACE}* (?: % | per {_SPACE}* cento )                                         # percentages
            """,
            flags,
        )
        self.qualifier_before = re.compile(
            rf"""
            (?<! [^\W\d_] ) (?P<qualifier> {qualifiers} ) {_WORD_END}
            (?: {_SPACE}* l' | {_SPACE}+ (?: il | lo | la | i | gli | le | ai | agli | a | ad | di ) )?
            {_SPACE}* \Z
            """,
            flags,
        )
        self.range_before = re.compile(
            rf"""
            (?: (?<! [^\W\d_] ) (?P<lead> tra | fra | da | dai | dagli | dal ) {_SPACE}+
                (?: (?: i | gli | il | l' ) {_SPACE}* )? )?
            (?P<pre> {symbols} {_SPACE}? )?
            (?<! [^\W_] ) (?: (?P<number> {_DIGITS} ) | (?P<word_number> [^\W\d_]+ ) )
            (?: {_SPACE}? (?P<scale> {scales} ) {_WORD_END} )?
            (?: {_SPACE}+ (?: di {_SPACE}+ )? {names} {_WORD_END} | {_SPACE}? {symbols} )?
            {_SPACE}* (?P<link> - | – | e | a | ad ) {_SPACE}* (?: (?: i | gli | il | l' ) {_SPACE}* )?
            \Z
            """,
            flags,
        )
        self.scale_in = re.compile(rf"(?<! [^\W\d_] ) (?P<scale> {scales} ) {_WORD_END}", flags)
        self.unit_after = re.compile(
            rf"""
            {_SPACE}+ (?: per {_SPACE}+ ogni | per | a | al | alla | all' | ad | ogni ) {_SPACE}*
            (?P<unit> {units} ) {_WORD_END}
            """,
            flags,
        )
        self.anchor_words = frozenset(
            {word for name in lexicon.names for word in name.split()[:1]}
            | {word.rstrip(".") for word in scale_words()}
        )
        self.anchor_codes = lexicon.codes


def _number_value(digits: str | None, word: str | None, notation: Notation) -> Decimal | None:
    if word:
        return Decimal("0.5") if word.lower() == "mezzo" else parse_number_word(word)
    return parse_numeral(digits, notation) if digits else None


def _plausible_name_prefix(name: str, number: str, scale: Decimal | None) -> bool:
    """``dollari 996`` is money; ``Euro 2024`` or ``Euro 6`` (a capitalized name, a bare integer) is not."""
    return name.islower() or scale is not None or not number.isdigit()


def _anchor_flag(vocab: Vocab, patterns: MoneyPatterns) -> int:
    """Lexeme flag (computed once per vocabulary entry) marking tokens that can anchor money."""
    for flag_id, getter in vocab.lex_attr_getters.items():
        if isinstance(getter, AnchorGetter):
            return flag_id
    return vocab.add_flag(AnchorGetter(patterns.anchor_words, patterns.anchor_codes))


class AnchorGetter:
    """Picklable lexeme-flag getter: currency symbols, names, codes, scale words, glued numerals."""

    _SHAPE = re.compile(r"[$€£¥₹₩₪₱฿₫₧￥]|\d[.,]?[^\W\d_]")

    def __init__(self, words: frozenset[str], codes: frozenset[str]) -> None:
        self.words = words
        self.codes = codes

    def __call__(self, string: str) -> bool:
        return string in self.codes or string.lower() in self.words or bool(self._SHAPE.search(string))


def _raise_error(proc_name, proc, docs, error):
    raise error


__all__ = ["MoneyExtractor", "MoneyPatterns", "make_money"]

"""``itnews_money``: amounts of money in Italian news, normalized to exact Decimal + ISO 4217 currency.

The component finds a money expression around an *anchor* token (a currency symbol, name or code, a
scale word such as ``miliardi``, or a numeral glued to one), so documents without anchors cost one
array read. Near each anchor a single verbose regex (:class:`MoneyPatterns`) reads
``[currency] number [scale] [e mezzo] [di currency]``; the pieces are normalized by
:mod:`pipeline.normalize` and refined by the context: ranges (``tra 10 e 20 milioni``), qualifiers
(``circa``), minor units (``12 dollari e 30 centesimi``), per-unit prices (``8,40 euro per azione``)
and currencies elided after a stated one (``con 100 miliardi già assegnati``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.components.base import ErrorHandling, collector_paused
from pipeline.components.money_patterns import MoneyPatterns
from pipeline.extensions import doc_text
from pipeline.normalize.currencies import CurrencyLexicon, currency_lexicon
from pipeline.normalize.money import (
    MoneyValue,
    add_minor_units,
    compose_amount,
    counted_clitic_before,
    qualifier_of,
    qualifier_phrases,
    unit_adjectives,
)
from pipeline.normalize.numbers import (
    Notation,
    detect_notation,
    parse_number_word,
    parse_numeral,
    scale_value,
    scale_words,
)

#: Scale words after which an amount without currency may inherit the article's currency: millions and
#: more, written out or abbreviated in three letters or more (not "m", "bn": too easily something else).
INHERITING_SCALES = frozenset(
    word for word, value in scale_words().items() if value >= 10**6 and len(word) >= 3
)


#: Amounts from here up are not reported (decimal128(38, 6) holds 32 integer digits).
MAX_AMOUNT = Decimal(10) ** 32


@Language.factory(
    "itnews_money",
    default_config={"start_before": 2, "inherit_within": 1500, "home_currency": "EUR"},
    assigns=["doc._.itnews_money"],
)
def make_money(nlp: Language, name: str, start_before: int, inherit_within: int, home_currency: str):
    """Build the :class:`MoneyExtractor` component (registered as ``itnews_money``)."""
    return MoneyExtractor(
        nlp.vocab, name, start_before=start_before, inherit_within=inherit_within, home_currency=home_currency
    )


class MoneyExtractor(ErrorHandling):
    """Find money expressions and write them, normalized, to ``doc._.itnews_money``.

    Settings: ``start_before`` (tokens): how far before an anchor token (currency word, symbol, code
    or scale word) an expression may start (``14`` in ``14 miliardi di dollari``);
    ``inherit_within`` (characters): how far back a stated currency is inherited by an amount that
    omits it; ``home_currency``: the currency of the press the articles come from, which an amount
    without currency takes after a sentence that stated another ("70 milioni di dollari. ... 25
    milioni" is in euros) when the article states it too.
    """

    def __init__(
        self,
        vocab: Vocab,
        name: str = "itnews_money",
        *,
        start_before: int = 2,
        inherit_within: int = 1500,
        home_currency: str = "EUR",
    ) -> None:
        self.name = name
        self.start_before = start_before
        self.inherit_within = inherit_within
        self.home_currency = home_currency
        self.lexicon: CurrencyLexicon = currency_lexicon()
        self.patterns = MoneyPatterns(self.lexicon)
        self.anchor_flag = _lexeme_flag(vocab, AnchorGetter(self.patterns.anchor_words, self.lexicon.codes))
        self.number_flag = _lexeme_flag(vocab, NumberGetter())

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc._.itnews_money`` (always a fresh list)."""
        error_handler = self.get_error_handler()
        try:
            with collector_paused():
                values = self.match(doc)
                self.set_annotations(doc, values)
            return doc
        except Exception as error:  # noqa: BLE001  (spaCy's error-handler protocol)
            doc._.itnews_money = []
            error_handler(self.name, self, [doc], error)
            return doc

    # -- matching -------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[MoneyValue]:
        """Money values of ``doc``, sorted by start offset.

        An expression is tried only where it can start: at an anchor token, or at a numeral (digits or
        number word) up to ``start_before`` tokens before one. Docs without anchors cost one array read.
        """
        if not doc.to_array(self.anchor_flag).any():  # the common case for most sentences: one array
            return []
        columns = doc.to_array([IDX, self.anchor_flag, self.number_flag])
        anchor = self._anchors_near_numbers(doc, columns[:, 1].astype(bool), columns[:, 2].astype(bool))
        if not anchor.any():
            return []
        near = anchor.copy()
        for back in range(1, self.start_before + 1):
            near[:-back] |= anchor[back:]
        starts = columns[near & (anchor | columns[:, 2].astype(bool)), 0].tolist()
        text = doc_text(doc)
        found: list[MoneyValue] = []
        counts: list[int] = []  # starts of scaled counts ("78 milioni di linee")
        notation = _LazyNotation(doc, numpy.flatnonzero(columns[:, 2]))
        for position in starts:
            if position > 1 and (text[position - 1] in _THIN_SPACES or text[position - 2] in ".,"):
                # a numeral the tokenizer split: "1 000 000", "3 , 5" (spaced punctuation)
                group_start = self.patterns.digit_groups_before.search(text, max(0, position - 24), position)
                position = group_start.start() if group_start else position
            if found and position < found[-1].end:
                continue
            match = self.patterns.money.match(text, position)
            if match is None:
                continue
            value = self._read(text, match, notation)
            if value is _COUNT:
                counts.append(match.start())
            elif value is not None:
                self._add(found, value, text, notation)
        return self._resolve_context(found, counts, text)

    def _anchors_near_numbers(self, doc: Doc, anchor: numpy.ndarray, number: numpy.ndarray) -> numpy.ndarray:
        """Keep the anchors with a numeral within two tokens (``Marco``, ``Franco`` and ``peso`` in
        running text are no money), and the singular scale words an article can quantify (``il
        miliardo``)."""
        close = number.copy()
        for shift in (1, 2):
            close[shift:] |= number[:-shift]
            close[:-shift] |= number[shift:]
        kept = anchor & close
        for index in numpy.flatnonzero(anchor & ~close):
            kept[index] = doc[int(index)].lower_ in _SINGULAR_SCALES
        return kept

    def _read(self, text: str, match: re.Match, notation: _LazyNotation) -> MoneyValue | object | None:
        """Normalize one regex match; ``None`` when it is not money, ``_COUNT`` for a scaled count."""
        groups = match.groupdict()
        if groups["article_one"] is not None and not _article_quantifies(groups):
            return None
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
            if not has_currency and groups["word_number"]:
                return None  # "un centesimo": as likely the fraction (one hundredth) as one cent
        if has_currency and currency is None and groups["word_number"] and not scale:
            return None  # "una corona": an article before a noun with no code
        if groups["word_number"] and groups["word_number"].lower() in _ARTICLE_ONE and not scale:
            if self.patterns.nothing_before.search(text, max(0, match.start() - 60), match.start()):
                return None  # "la città non ne vede un euro": nothing at all
        if groups["pre_name"] and not _plausible_name_prefix(groups["pre_name"], groups["number"], scale):
            return None
        amount = compose_amount(number, scale, bool(groups["half"]), fraction)
        if groups["plus_number"]:  # "un milione e duecentomila euro"
            plus = _number_value(*_digits_or_word(groups["plus_number"]), notation)
            plus_scale = scale_value(groups["plus_scale"]) if groups["plus_scale"] else Decimal(1)
            if plus is None or scale is None or plus * plus_scale >= scale:
                return None
            amount += plus * plus_scale * fraction
        end = match.end()
        if has_currency and not (name and name.is_minor):
            end, amount = self._minor_tail(text, end, amount, whole=scale is None)
        if not has_currency:
            if not (name and name.is_minor) and not self._inheritable(text, match):
                return _COUNT if groups["scale"] and groups["number"] else None
            currency = None
        return MoneyValue(
            start=match.start(),
            end=end,
            text=text[match.start() : end],
            amount=amount,
            currency=currency,
            currency_word=groups["post_name"],
            elided=not has_currency,
        )

    def _currency(self, groups: dict) -> tuple[str | None | bool, bool]:
        """(ISO code or None, whether a currency is stated); ``(False, _)`` rejects the match."""
        lexicon = self.lexicon
        if groups["pre_symbol"] or groups["post_symbol"]:
            if groups["post_symbol"] and groups["di"] and not groups["scale"]:
                return False, False  # "3,5 milioni di $" but not "5 di $"
            code = lexicon.symbol(groups["pre_symbol"] or groups["post_symbol"])
            return (code, True) if code else (False, False)
        if groups["pre_code"] or groups["post_code"]:
            code = lexicon.code(groups["pre_code"] or groups["post_code"])
            return (code, True) if code else (False, False)
        if groups["pre_name"]:
            name = lexicon.name(groups["pre_name"])
            if name is None or name.code is None or name.is_minor:
                return False, False  # "franchi 5", "centesimi 5": no prefix without a definite currency
            return name.code, True
        if groups["post_name"]:
            name = lexicon.name(groups["post_name"])
            if name.code is None and not groups["scale"] and groups["post_name"].lower() in lexicon.homonyms:
                return False, False  # "35 marchi" are brands; "2 milioni di marchi" is money
            return name.code, True
        return None, False

    def _minor_tail(self, text: str, end: int, amount: Decimal, whole: bool) -> tuple[int, Decimal]:
        """Extend ``12 dollari`` with ``e 30 centesimi`` / ``e 30`` / ``30`` minor units, and a
        ``whole`` amount (no scale word) with ``e mezzo``."""
        half = self.patterns.half_after.match(text, end) if whole else None
        if half:
            return half.end(), amount + Decimal("0.5")
        tail = self.patterns.minor_tail.match(text, end)
        if not tail:
            return end, amount
        minor_text = tail.group("minor_number")
        minor_number = parse_numeral(minor_text) if minor_text[0].isdigit() else parse_number_word(minor_text)
        if minor_number is None or minor_number >= 100:
            return end, amount
        if not tail.group("minor_name") and not (minor_text.isdigit() or tail.group("conjunction")):
            return end, amount  # "due dollari e cinquanta" but not "due dollari cinquanta"
        return tail.end(), add_minor_units(amount, minor_number)

    def _inheritable(self, text: str, match: re.Match) -> bool:
        """A bare ``100 miliardi`` may be money in a currency context; counts (``di persone``, ``quota 5
        milioni``) are not."""
        scale = match.group("scale")
        if not scale or scale.split()[-1].lower().rstrip(".") not in INHERITING_SCALES:
            return False
        if self.patterns.count_cue_before.search(text, max(0, match.start() - 24), match.start()):
            return False
        if counted_clitic_before().search(text, max(0, match.start() - 60), match.start()):
            return False  # "ne ha venduti oltre 1,6 milioni": things sold, counted
        follows = self.patterns.count_follows.match(text, match.end())
        if follows and follows.group("article"):  # "3 milioni i clienti", but "per 18 milioni il laboratorio"
            lead = max(0, match.start() - 8)
            return self.patterns.price_before.search(text, lead, match.start()) is not None
        return follows is None

    def _add(self, found: list[MoneyValue], value: MoneyValue, text: str, notation: _LazyNotation) -> None:
        """Append ``value`` after folding ranges, qualifiers and per-unit nouns into it.

        As in the team's gold, the span covers the qualifier (``circa 14 miliardi di dollari``), the
        range (``tra 10 e 20 milioni``) and the unit (``8,40 euro per azione``).
        """
        value = self._with_range(found, value, text, notation)
        qualifier = self._qualifier_before(text, value.start, found[-1].end if found else 0)
        if qualifier:
            value.qualifier, value.start = qualifier
        unit = self.patterns.unit_after.match(text, value.end)
        if unit:
            value.unit = _unit_noun(unit.group("unit") or unit.group("unit_adjective"))
            if "ogni" not in (unit.group("connective") or "").lower():  # "ogni anno" is a date (a set)
                value.end = unit.end()
        value.text = text[value.start : value.end]
        if found and found[-1].end > value.start:
            return
        found.append(value)
        addition = self.patterns.elided_addition.match(text, value.end) if value.currency else None
        if addition:
            number = _number_value(addition.group("number"), None, notation)
            scale = self._scale_of(value.text)
            if number is not None and scale is not None:
                found.append(
                    MoneyValue(
                        start=addition.start("number"),
                        end=addition.end("number"),
                        text=addition.group("number"),
                        amount=compose_amount(number, scale),
                        elided=True,
                    )
                )

    def _qualifier_before(self, text: str, start: int, floor: int) -> tuple[str, int] | None:
        """Qualifier of the words just before ``start`` (``circa``, ``più di``, ``oltre i``) and the
        offset where its words begin; the longest known phrase wins (``poco più di`` over ``più di``)."""
        window_start = max(floor, start - 40)
        words = list(_WORDS.finditer(text, window_start, start))
        lowered = [word.group().lower() for word in words]
        phrases, finals = qualifier_phrases(), _qualifier_final_words()
        endings = [len(words)]
        if lowered and lowered[-1] in _ARTICLES:  # "oltre i 2 miliardi", but also "più di 300 euro"
            endings.append(len(words) - 1)
        for ending in endings:
            if not ending or lowered[ending - 1] not in finals:
                continue  # no phrase ends on this word
            for size in range(min(5, ending), 0, -1):
                phrase = " ".join(lowered[ending - size : ending]).replace("' ", "'")
                if phrase in phrases:
                    return qualifier_of(phrase), words[ending - size].start()
        return None

    def _with_range(
        self, found: list[MoneyValue], value: MoneyValue, text: str, notation: _LazyNotation
    ) -> MoneyValue:
        """Fold ``tra 10 e`` / ``da 5 a`` / ``10-`` before an amount into a range."""
        link = self.patterns.range_link.search(text, max(0, value.start - 12), value.start)
        if not link:
            return value
        numbers = list(self.patterns.number_start.finditer(text, max(0, link.start() - 40), link.start()))
        if not numbers:
            return value
        first = self.patterns.range_first.fullmatch(text, numbers[-1].start(), link.start())
        if not first:
            return value
        lead = self.patterns.range_lead.search(text, max(0, first.start() - 16), first.start())
        lead_word = lead.group("lead").lower() if lead else ""
        word = link.group("link").lower()
        if word == "e" and lead_word not in {"tra", "fra"}:
            return value
        if word in {"a", "ad"} and not lead_word.startswith("da"):
            return value
        low = parse_numeral(first.group("number"), notation.value)
        if low is None:
            return value
        scale = scale_value(first.group("scale")) if first.group("scale") else self._scale_of(value.text)
        low_amount = compose_amount(low, scale)
        if word in {"a", "ad"} and lead and self._changed_value(text, lead.start()):
            # "ha alzato il prezzo da 18 a 21,50 euro": a change of one value, so two amounts, the first
            # in the currency the second states
            end = first.end("scale") if first.group("scale") else first.end("number")
            if (not found or found[-1].end <= first.start()) and value.currency:
                found.append(
                    MoneyValue(
                        start=first.start(),
                        end=end,
                        text=text[first.start() : end],
                        amount=low_amount,
                        currency=value.currency,
                        currency_inferred=True,
                    )
                )
            return value
        if low_amount >= value.amount:
            return value
        start = first.start()
        symbol = self.patterns.symbol_before.search(text, max(0, start - 6), start)
        if symbol:
            start = symbol.start()
        if lead:
            start = lead.start("lead")
        while found and found[-1].end > start:
            found.pop()
        value.amount_max, value.amount = value.amount, low_amount
        value.start, value.text = start, text[start : value.end]
        return value

    def _scale_of(self, money_text: str) -> Decimal | None:
        scale = self.patterns.scale_in.search(money_text)
        return scale_value(scale.group("scale")) if scale else None

    def _resolve_context(self, found: list[MoneyValue], counts: list[int], text: str) -> list[MoneyValue]:
        """Settle what needs the whole article: elided and ambiguous currencies.

        An amount without currency takes the nearest stated one before it, unless a scaled count
        (``78 milioni di linee, di cui 22 milioni``) is nearer; without either it is dropped. A bare
        noun shared by several currencies (``corone``) takes the one whose nationality the article names.
        """
        resolved: list[MoneyValue] = []
        home = self.home_currency if any(v.currency == self.home_currency for v in found) else None
        last_stated: MoneyValue | None = None
        run = 0  # stated amounts in a row in last_stated's currency
        before_count: MoneyValue | None = None  # the stated amount a count came after
        count_starts = iter(counts + [len(text) + 1])
        next_count = next(count_starts)
        for value in found:
            while next_count < value.start:
                before_count = last_stated or before_count
                last_stated, next_count = None, next(count_starts)
            if value.elided and last_stated is None and before_count and self._named_amount(text, value):
                last_stated = before_count  # "2,1 milioni di clienti ... ricavi per 5,8 miliardi"
            if not value.elided:
                if value.currency is None and value.currency_word:  # "corone" in an article on Denmark
                    value.currency = self.lexicon.code_from_context(value.currency_word, text)
                    value.currency_inferred = value.currency is not None
                resolved.append(value)
                run = run + 1 if last_stated is not None and last_stated.currency == value.currency else 1
                last_stated = value
                continue
            if last_stated is not None and value.start - last_stated.end <= self.inherit_within:
                value.currency = last_stated.currency
                if self._aside(text, last_stated, value, home, run):
                    value.currency = home
                value.currency_inferred = value.currency is not None
                resolved.append(value)
            elif value.currency_word:  # "50 centesimi" with no currency before: money all the same
                resolved.append(value)
        return resolved

    @staticmethod
    def _aside(text: str, stated: MoneyValue, value: MoneyValue, home: str | None, run: int) -> bool:
        """A currency stated once, foreign to an article that states its home currency, is its sentence's
        ("70 milioni di dollari. ... 25 milioni" is in euros); twice in a row, the passage's."""
        foreign = home is not None and stated.currency != home and run < 2
        return foreign and SENTENCE_END.search(text, stated.end, value.start) is not None

    def _changed_value(self, text: str, lead_start: int) -> bool:
        """A change verb in the clause before "da X a Y" (``ha alzato il prezzo``)."""
        return self.patterns.change_before.search(text, max(0, lead_start - 80), lead_start) is not None

    def _named_amount(self, text: str, value: MoneyValue) -> bool:
        """An amount named as money by the noun before it (``ricavi per``, ``margine operativo lordo di``)."""
        return self.patterns.money_noun_before.search(text, max(0, value.start - 60), value.start) is not None

    def set_annotations(self, doc: Doc, values: list[MoneyValue]) -> None:
        """Write the values as plain dicts with ids ``M1``, ``M2``... in text order.

        Amounts of ``MAX_AMOUNT`` or more are no money a newspaper reports (and do not fit the tables'
        ``decimal128(38, 6)``): they are dropped.
        """
        kept = [v for v in values if max(v.amount, v.amount_max or 0) < MAX_AMOUNT]
        doc._.itnews_money = [value.as_extension(f"M{index}") for index, value in enumerate(kept, 1)]


#: The end of a sentence: a stop and a capital (or a quote) after it, or a new paragraph.
SENTENCE_END = re.compile(r"[.!?;»”\"]\s+[«“\"]?[A-ZÀ-Ý]|\n")

#: Spaces that group digits ("1 000 000") and that the tokenizer may split on.
_THIN_SPACES = "\u00a0\u202f\u2009"

#: What :meth:`MoneyExtractor._read` returns for a scaled count: it stops currency inheritance.
_COUNT = object()

#: Scale words that an article alone can quantify: "superare il miliardo".
_SINGULAR_SCALES = frozenset({"milione", "miliardo"})

#: Words (an elided article keeps its apostrophe: "nell'", "ordine") for reading qualifiers.
_WORDS = re.compile(r"[^\s']+'?")


@lru_cache(maxsize=1)
def _qualifier_final_words() -> frozenset[str]:
    """The last word of each qualifier phrase, as ``_WORDS`` cuts it ("di" of "più di")."""
    return frozenset(words[-1] for words in map(_WORDS.findall, qualifier_phrases()) if words)

#: Articles that may stand between a qualifier and the amount (``oltre i 2 miliardi``).
_ARTICLES = frozenset({"il", "lo", "la", "i", "gli", "le", "l'", "ai", "agli", "a", "ad", "di"})


class _LazyNotation:
    """The numeral notation of a document, detected only when an ambiguous numeral needs it.

    Only the document's numeral tokens are read (scanning the whole text with a regex costs more
    than tokenizing it).
    """

    def __init__(self, doc: Doc, numeral_tokens: Iterable[int]) -> None:
        self.doc = doc
        self.numeral_tokens = numeral_tokens
        self._value: Notation | None = None

    @property
    def value(self) -> Notation:
        if self._value is None:
            numerals = (self.doc[int(index)].text for index in self.numeral_tokens)
            self._value = detect_notation(" ".join(n for n in numerals if "," in n or "." in n))
        return self._value


_AMBIGUOUS_NUMERAL = re.compile(r"\d{1,3}[.,]\d{3}")


def _number_value(digits: str | None, word: str | None, notation: _LazyNotation) -> Decimal | None:
    if digits is None and word is None:  # "il miliardo": the article stands for one
        return Decimal(1)
    if word:
        return Decimal("0.5") if word.lower() == "mezzo" else parse_number_word(word)
    if not digits:
        return None
    return parse_numeral(digits, notation.value if _AMBIGUOUS_NUMERAL.fullmatch(digits) else "it")


def _unit_noun(word: str) -> str:
    """The noun of a per-unit phrase: ``annui`` is per ``anno``, ``mensili`` per ``mese``."""
    word = " ".join(word.lower().split())
    return unit_adjectives().get(word, word)


#: A single unit written as the indefinite article ("un euro", "una sterlina").
_ARTICLE_ONE = frozenset({"un", "uno", "una"})


def _digits_or_word(numeral: str) -> tuple[str | None, str | None]:
    """``(digits, None)`` or ``(None, word)``: the two arguments of :func:`_number_value`."""
    return (numeral, None) if numeral[:1].isdigit() else (None, numeral)


def _article_quantifies(groups: dict) -> bool:
    """``il miliardo`` stands for one billion; an article before other words or a currency does not."""
    prefixed = groups["pre_symbol"] or groups["pre_code"] or groups["pre_name"]
    return not prefixed and (groups["scale"] or "").lower() in _SINGULAR_SCALES


def _plausible_name_prefix(name: str, number: str, scale: Decimal | None) -> bool:
    """``dollari 996`` is money; ``Euro 2024`` or ``Euro 6`` (a capitalized name, a bare integer) is not."""
    return name.islower() or scale is not None or not number.isdigit()


def _lexeme_flag(vocab: Vocab, getter: AnchorGetter | NumberGetter) -> int:
    """Id of a lexeme flag (computed once per vocabulary entry), added to ``vocab`` if missing."""
    for flag_id, existing in vocab.lex_attr_getters.items():
        if type(existing) is type(getter) and existing == getter:
            return flag_id
    return vocab.add_flag(getter)


class AnchorGetter:
    """Picklable lexeme-flag getter: currency symbols, names, codes, scale words, glued numerals."""

    _SHAPE = re.compile(r"[$€£¥₹₩₪₱฿₫₧￥] | \d[.,]?[^\W\d_] | ^[A-Z]{3}\d", re.VERBOSE)  # € 10mila EUR15

    def __init__(self, words: frozenset[str], codes: frozenset[str]) -> None:
        self.words = words
        self.codes = codes

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AnchorGetter) and (self.words, self.codes) == (other.words, other.codes)

    def __hash__(self) -> int:
        return hash((self.words, self.codes))

    def __call__(self, string: str) -> bool:
        return string in self.codes or string.lower() in self.words or bool(self._SHAPE.search(string))


class NumberGetter:
    """Picklable lexeme-flag getter: tokens with digits and Italian number words (``un``, ``cinque``)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NumberGetter)

    def __hash__(self) -> int:
        return hash(NumberGetter)

    def __call__(self, string: str) -> bool:
        if any(char.isdigit() for char in string):  # 14  1,5mld  EUR1.5  nzd$15
            return True
        return string.isalpha() and (string.lower() == "mezzo" or parse_number_word(string) is not None)


__all__ = ["MoneyExtractor", "make_money"]

"""The compiled regular expressions of the money component, built once from the lexicons: money
expressions, ranges, qualifiers, minor units, per-unit nouns, counts and the cues around amounts."""

from __future__ import annotations

import re

from pipeline.normalize.currencies import CurrencyLexicon, phrase_trie_pattern
from pipeline.normalize.money import (
    change_verbs_before_amount,
    count_cues_before_amount,
    money_nouns_before_amount,
    nothing_before_amount,
    period_nouns_after_amount,
    unit_adjectives,
    unit_nouns,
)
from pipeline.normalize.numbers import scale_words

_SPACE = r"[ \t\u00a0\u202f]"
_WORD_END = r"(?![^\W\d_])"
_DIGITS = r"""
    (?! 0 \d )                                                           # no "000", "02 1234"
    (?: \d{1,3} (?: [.,'\u00a0\u202f\u2009] \d{3} )+ (?: [.,] \d+ )?   # 1.234.567,89  1,234.5
      | \d{1,3} [ ] [.,] [ ] \d+                                        # 3 , 5 (spaced punctuation)
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
        units = phrase_trie_pattern(unit_nouns())
        per_unit_adjectives = phrase_trie_pattern(unit_adjectives())
        period_nouns = phrase_trie_pattern(period_nouns_after_amount())
        flags = re.VERBOSE | re.IGNORECASE
        lower_codes = "|".join(sorted(lexicon.lowercase_codes))
        word_number = rf"(?P<word_number> [^\W\d_]+ ) (?= {_SPACE}+ (?: {scales} | {names} ) {_WORD_END} )"
        article_one = r"(?P<article_one> (?: (?<= [Ii]l [ ] ) | (?<= [Ll]' ) ) )"  # il miliardo
        number = rf"(?P<number> {_DIGITS} ) | {word_number} | {article_one}"
        self.money = re.compile(
            rf"""
            (?<! [^\W_] )                                          # starts a word or a numeral
            (?: (?P<pre_symbol> {symbols} ) {_SPACE}?               # $ 75   € 2.300.000   hk $ 10
              | (?P<pre_code> (?-i: [A-Z]{{3}} | {lower_codes} ) ) {_SPACE}?  # USD 15  usd 15
              | (?P<pre_name> {names} ) {_SPACE}+                   # dollari 996
            )?
            (?: {number} )                                           # 14   1.234,5   quattordici
            (?: {_SPACE}? (?P<scale> (?: {scales} ) {_WORD_END}      # miliardi  mld  mila
                                     (?: {_SPACE}+ (?: {scales} ) {_WORD_END} )? )  # mila miliardi
                (?P<half> {_SPACE}+ e {_SPACE}+ mezzo {_WORD_END} )? # un miliardo e mezzo
                (?: {_SPACE}+ e {_SPACE}+ (?P<plus_number> {_DIGITS} | [^\W\d_]+ )  # un milione e duecento
                    (?: {_SPACE}? (?P<plus_scale> {scales} ) {_WORD_END} )?         # 2 milioni e 300 mila
                    (?= {_SPACE}+ (?: di {_SPACE}+ )? (?: {names} ) {_WORD_END}     # ... euro
                      | {_SPACE}? (?: {symbols} ) )
                )?
            )?
            (?: {_SPACE}* (?: (?P<di> di | d' ) {_SPACE}* )?        # di dollari
                (?: (?P<post_name> {names} ) {_WORD_END}             # euro  dollari Usa  centesimi
                    (?: {_SPACE}+ di {_SPACE}+ (?P<post_of> {names} ) {_WORD_END} )?  # centesimi di dollaro
                  | (?P<post_symbol> {symbols} )                     # 100 €
                  | (?P<post_code> (?-i: [A-Z]{{3}} | {lower_codes} ) ) {_WORD_END}  # 1,5 mld USD
                )
            )?
            (?(pre_symbol)|(?(pre_code)|(?(pre_name)|(?(scale)|(?(post_name)|(?(post_symbol)|(?(post_code)|(?!))))))))
            """,
            flags,
        )
        self.minor_tail = re.compile(
            rf"""
            (?: (?P<conjunction> {_SPACE}+ e {_SPACE}+ ) | {_SPACE}+ )
            (?P<minor_number> \d{{1,2}} (?! [.,]?\d ) | [^\W\d_]+ )                  # 15   quarantacinque
            (?: {_SPACE}+ (?P<minor_name> {minor_names} ) {_WORD_END}                   # centesimi  cent
              | (?= {_SPACE}* (?: [.;:!?)\]] | $ ) )                                   # bare cents at a stop
            )
            """,
            flags,
        )
        self.half_after = re.compile(rf"{_SPACE}+ e {_SPACE}+ mezzo {_WORD_END}", flags)  # un euro e mezzo
        self.of_something = re.compile(rf"{_SPACE}+ di {_SPACE}+ [^\W\d_]", flags)
        self.count_cue_before = re.compile(
            rf"(?<! [^\W\d_] ) (?: {phrase_trie_pattern(count_cues_before_amount())} ) {_SPACE}+ \Z", flags
        )
        self.count_follows = re.compile(
            rf"""
            {_SPACE}* (?: di {_SPACE}+ | d' ) (?! (?: {period_nouns} ) {_WORD_END} ) [^\W\d_]  # di persone
            | {_SPACE}+ (?P<article> i | gli | le | il | lo | la ) {_WORD_END}               # ... i clienti
            | {_SPACE}* (?: % | per {_SPACE}* cento )                                         # percentages
            """,
            flags,
        )
        #: A price's preposition before a bare amount: "ceduto per 18 milioni il laboratorio" is no count.
        self.price_before = re.compile(rf"\b per {_SPACE}+ \Z", flags)
        self.range_link = re.compile(
            rf"""
            {_SPACE}* (?P<link> [-–] | (?<= [ \t\u00a0] ) (?: e | a | ad ) {_WORD_END} ) {_SPACE}*
            (?: (?: i | gli | il | l' ) {_SPACE}* )? \Z                                  # tra 10 [e] 20
            """,
            flags,
        )
        self.elided_addition = re.compile(
            rf"""
            {_SPACE}+ più {_SPACE}+ (?P<number> {_DIGITS} )                         # 28 milioni di euro più 4
            (?= {_SPACE}* (?: [,.;:)] | $ ) | {_SPACE}+ (?: di | in ) {_SPACE}+ )   # ... di bonus
            """,
            flags,
        )
        self.digit_groups_before = re.compile(
            r"""(?<![\d.,]) \d{1,3} (?: (?: [\u00a0\u202f\u2009] \d{3} )* [\u00a0\u202f\u2009]  # 1 000 |
                                   | [ ] [.,] [ ] ) \Z                                    # 3 , |
            """,
            re.VERBOSE,
        )
        self.number_start = re.compile(r"(?<![\w.,])\d")
        self.range_first = re.compile(
            rf"""
            (?P<number> {_DIGITS} )                                                      # 10
            (?: {_SPACE}? (?P<scale> {scales} ) {_WORD_END} )?                           # milioni
            (?: {_SPACE}+ (?: di {_SPACE}+ )? (?: {names} ) {_WORD_END}                  # di euro
              | {_SPACE}? (?: {symbols} ) )?                                             # €
            {_SPACE}*
            """,
            flags,
        )
        self.range_lead = re.compile(
            rf"""
            (?<! [^\W\d_] ) (?P<lead> tra | fra | da | dai | dagli | dal ) {_SPACE}+
            (?: (?: i | gli | il | l' ) {_SPACE}* )? (?: (?: {symbols} ) {_SPACE}? )? \Z
            """,
            flags,
        )
        self.symbol_before = re.compile(rf"(?: {symbols} ) {_SPACE}? \Z", flags)
        self.money_noun_before = re.compile(
            rf"""
            (?<! [^\W\d_] ) (?: {phrase_trie_pattern(money_nouns_before_amount())} ) {_WORD_END}  # ricavi
            (?: {_SPACE}+ [^\W\d_]+ ){{0,3}}                                          # operativo lordo
            {_SPACE}+ (?: per | di | da | a | pari {_SPACE}+ a ) {_SPACE}+ \Z          # per / di
            """,
            flags,
        )
        self.change_before = re.compile(rf"(?: {change_verbs_before_amount()} ) [^.;:!?]{{0,50}} \Z", flags)
        self.nothing_before = re.compile(nothing_before_amount(), re.IGNORECASE)
        self.scale_in = re.compile(rf"(?<! [^\W\d_] ) (?P<scale> {scales} ) {_WORD_END}", flags)
        self.unit_after = re.compile(
            rf"""
            {_SPACE}+ (?: (?: netti | lordi | netto | lordo ) {_SPACE}+ )?                # 3,5 milioni netti
            (?: (?P<connective> per {_SPACE}+ ogni | per | a | al | alla | all' | ad | ogni | l' ) {_SPACE}*
                (?P<unit> {units} )                                                       # per azione
              | (?P<unit_adjective> {per_unit_adjectives} )                               # annui  a testa
            ) {_WORD_END}
            """,
            flags,
        )
        self.anchor_words = frozenset(
            {name for name in lexicon.names if " " not in name}  # every multi-word name starts with one
            | {word.rstrip(".") for word in scale_words()}
            | ({symbol[:-1] for symbol in lexicon.symbols if symbol.endswith("$")} - _WORD_LETTERS)  # c $
            | lexicon.lowercase_codes
        )


#: Letters that are Italian words: "a $ 5" is "at $5", so "a" never starts a symbol such as A$.
_WORD_LETTERS = frozenset({"a", "e", "i", "o"})

"""Verbose regexes for Italian temporal expressions, assembled from the lexicon.

Each pattern's named groups are read by the handler of the same name in
:mod:`pipeline.normalize.temporal_atoms`. A pattern's optional ``lead`` group is context kept out of the span.
"""

from __future__ import annotations

import re
from functools import lru_cache
from string import Template

from pipeline.normalize.temporal_lexicon import alternation, lexicon


def _fragments() -> dict[str, str]:
    lex = lexicon()
    morpheme = alternation(lex.number_morphemes)
    fragments = {
        "APOS": r"['’`´]",
        "MONTH_FULL": alternation(lex.months) + r"(?!\w)",
        "MONTH_ABBR": alternation(lex.month_abbreviations) + r"(?:\.|(?!\w))",
        "WEEKDAY": alternation(lex.weekdays) + r"(?!\w)",
        "WEEKDAY_ABBR": alternation(lex.weekday_abbreviations) + r"(?:\.|(?!\w))",
        "WEEKDAY_PLURAL": alternation(list(lex.weekday_plurals) + list(lex.weekdays)) + r"(?!\w)",
        "NUMWORD": rf"(?<!\w)(?:{morpheme})+(?!\w)",
        "YEARWORD": rf"(?<!\w)(?:mille|duemila)(?:{morpheme})*(?!\w)",
        "ORDINAL": alternation(lex.ordinals) + r"(?!\w)",
        "SHIFT": alternation(lex.relative_shifts) + r"(?:(?<=['’`´])|(?!\w))",
        "UNIT": alternation(lex.units) + r"(?!\w)",
        "VAGUE": alternation(lex.vague_quantities) + r"(?!\w)",
        "SEASON": alternation(lex.seasons) + r"(?!\w)",
        "DAYPART": alternation(lex.day_parts) + r"(?!\w)",
        "EDGE": alternation(lex.edges) + r"(?!\w)",
        "DAY": r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?!\d)",
        "YEAR4": r"(?<![\d.,])(?:1\d{3}|20\d{2})(?![\d])",
    }
    fragments["MONTH"] = f"(?:{fragments['MONTH_FULL']}|{fragments['MONTH_ABBR']})"
    fragments["YEAR"] = f"(?:{fragments['YEAR4']}|{fragments['YEARWORD']})"
    fragments["NUM"] = (
        rf"(?:\d+(?:[.,]\d+)?|un{fragments['APOS']}|{fragments['NUMWORD']}{fragments['APOS']}?)"
    )
    fragments["REL_YEAR"] = (
        rf"(?:quest{fragments['APOS']}\s*anno|(?:l{fragments['APOS']}\s*)?anno\s+{fragments['SHIFT']}"
        rf"|(?:il\s+|lo\s+)?{fragments['SHIFT']}\s+anno)"
    )
    return fragments


# fmt: off
PATTERNS: dict[str, str] = {
    # 2025-01-21, 2015/08/12
    "numeric_ymd": r"""
        (?<![\d/.,-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/])""",
    # 21/01/2025, 21.1.2025, 9-18-15, 11/12,2016
    "numeric_dmy": r"""
        (?<![\d/.,-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?:(?P=sep)|,\s?)(?P<y>\d{4}|\d{2})
        (?![\d/]|[.,]\d)""",
    # 22/04, il 4.22 (dots and dashes only after an article)
    "numeric_dm": r"""
        (?:(?P<lead>(?<!\w)(?:il|l${APOS}|dal|al|del|entro\s+il|fino\s+al)\s*)(?=\d{1,2}[-.]))?
        (?<![\d/.,-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?![\d/]|[.,]\d|\s*(?:%|per\s*cento))""",
    # 2015-3, 2015/3, 3/2015
    "numeric_ym": r"""
        (?<![\d/.,-])(?:(?P<y>\d{4})[-/.](?P<m>\d{1,2})|(?P<m2>\d{1,2})/(?P<y2>\d{4}))(?![\d/]|[.,]\d)""",
    # il 15, per il ventidue, dal 4 (al 22 ...): a day of an unnamed month
    "bare_day": r"""
        (?P<lead>(?<!\w)(?:per\s+il|entro\s+il|fino\s+al|tra\s+il|fra\s+il|e\s+il|il|dal|al|del|e|dall${APOS}|all${APOS}|
            l${APOS})\s*)
        (?P<d>${DAY}|${NUMWORD})(?![\d°º]|[.,:/-]\d|\s*(?:%|per\s*cento|${UNIT}|mil|${APOS}))
        (?!\s+e\s+(?:il\s+|l${APOS}\s*)?\d+(?:[.,]\d+)?\s*(?:%|per\s*cento))  # tra l'8 e il 14 per cento""",
    # dal 4-23 (nel prossimo mese), tra il 4-22 Gennaio 1995, Novembre 19-20
    "day_range": r"""
        (?:(?P<opener>(?<!\w)(?:dal|tra\s+il|fra\s+il|dai|tra\s+i)\s+)|(?P<mon0>${MONTH})\s+)?
        (?<![\d/.,-])(?P<d1>${DAY})\s*[-–]\s*(?P<d2>${DAY})(?![\d/]|[.,]\d|\s*%)
        (?:\s+(?:di\s+)?(?P<mon>${MONTH})(?:,?\s+(?:del\s+)?(?P<y>${YEAR}))?)?""",
    # Lunedì 12 Gennaio 2016, il 2-Ott, 16. Nov. 2016, dieci di Settembre, duemila
    "day_month": r"""
        (?:(?P<wd>${WEEKDAY}|${WEEKDAY_ABBR}),?\s+)?
        (?P<d>${DAY}(?:°|º)?|primo|${NUMWORD})\.?(?:\s*[-/]\s*|\s+)(?:di\s+)?
        (?P<mon>${MONTH})
        (?:,?\s*(?:del\s+|dell${APOS}\s*|nel\s+)?(?P<y>${YEAR}|${APOS}\d{2}(?!\d)))?""",
    # Ottobre 22, Gen ventidue, 2018, Settembre, il ventuno, millenovecentosettantatre
    "month_day": r"""
        (?:(?P<wd>${WEEKDAY}),?\s+)?
        (?P<mon>${MONTH}),?\s+(?:il\s+)?(?P<d>${DAY}|${NUMWORD})
        (?:(?:,\s*|\s+)(?P<y>${YEAR})|(?=\s*(?:[,.;:!?)]|$)))""",
    # marzo 2030, il mese di Gen, questo Settembre, lo scorso Set, giugno del prossimo anno, agosto 99
    "month": r"""
        (?:(?P<pre>(?:il\s+|lo\s+)?${SHIFT})\s+|(?P<mese>(?:il\s+)?mese\s+di)\s+)?
        (?P<mon>${MONTH})
        (?:\s+(?P<post>prossimo|scorso|passato))?
        (?:,?\s*(?:del\s+|dell${APOS}\s*|di\s+)?(?:(?P<y>${YEAR})|(?P<y2>${APOS}?\d{2})(?![\d,.])|(?P<ry>${REL_YEAR})))?""",
    # nel 2019, anno 247, nel millenovecentoventotto
    "year": r"""
        (?:(?P<lead>(?<!\w)(?:nel|del|dal|al|nell${APOS}|dell${APOS}|entro\s+il|fino\s+al|il|e\s+il|tra\s+il|fra\s+il|
            l${APOS}|anno|primavera|estate|autunno|inverno)\s*)(?=\w))?
        (?:(?P<anno>anno)\s+(?P<n>\d{1,4}(?![\d.,])|${NUMWORD})|(?P<y>${YEAR}))
        (?!\s*(?:%|per\s*cento)|[.,]\d)""",
    # gli anni Novanta, anni '70, anni 2000
    "decade": r"""
        (?<!\w)anni\s+(?:${APOS}\s*)?(?P<dec>\d{1,3}0(?!\d)|${NUMWORD})""",
    # il secondo trimestre del 2025, la seconda metà dell'anno, l'ultima settimana di luglio
    "ordinal_part": r"""
        (?P<ord>${ORDINAL}|[1-4](?:°|º))\s+(?P<part>trimestre|semestre|quadrimestre|metà|meta|settimana|weekend)
        (?:\s+(?:del|dell${APOS}|di|dello|della)\s*
           (?:(?P<y>${YEAR})|(?P<ry>${REL_YEAR}|anno)|(?P<mon>${MONTH})|(?P<rm>${SHIFT}\s+mese|mese\s+${SHIFT}))
         |\s+(?P<y2>${YEAR4}))?
        (?!\s+(?:consecutiv|di\s+fila|di\s+seguito|in\s+fila))""",
    # Q2 2025, 1Q25, H1 2025
    "quarter_code": r"""
        (?<!\w)(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12])|(?P<h2>[12])H)\s*(?P<y>\d{4}|\d{2})(?!\d)""",
    # il primo venerdì di luglio, la seconda domenica
    "ordinal_weekday": r"""
        (?P<ord>${ORDINAL})\s+(?P<wd>${WEEKDAY})
        (?:\s+(?:di|del|dello|della)\s+(?:(?P<mon>${MONTH})|(?P<rm>${SHIFT}\s+mese|mese\s+${SHIFT})))?""",
    # questo venerdì, domenica prossima, venerdì 22, venerdì della prossima settimana
    "weekday": r"""
        (?:(?P<pre>(?:il\s+|lo\s+)?${SHIFT})\s+)?
        (?P<wd>${WEEKDAY})
        (?:\s+(?P<post>prossimo|prossima|scorso|scorsa|passato|passata))?
        (?:\s+(?:di|della|dello)\s+(?P<wk>${SHIFT}\s+settimana|settimana\s+${SHIFT}))?
        (?:\s+(?P<d>${DAY}|(?!(?:un|una|uno)(?!\w))${NUMWORD})(?![\d]|[.,]\d|\s*(?:${UNIT}|%|mil)))?""",
    # la prossima settimana, di venerdì
    "week_weekday": r"""
        (?P<wk>${SHIFT}\s+settimana|settimana\s+${SHIFT}),?\s+(?:di\s+|il\s+)?(?P<wd>${WEEKDAY})""",
    # Mer, 22 Gen is day_month; abbreviation with a day: Sab 12
    # oggi, ieri, l'altroieri, il giorno dopo
    "relative_day": r"""
        (?<!\w)(?P<word>${RELATIVE_DAY})(?:\s+(?P<part>${DAYPART}))?(?!\w)""",
    # la prossima settimana, l'anno scorso, quest'anno, il mese dopo il prossimo
    "relative_unit": r"""
        (?:(?P<pre>${SHIFT})(?:\s+|(?<=['’`´])\s*)
           (?P<unit>settimana|mese|anno|weekend|fine\s+settimana|trimestre|semestre|decennio)
         |(?P<unit3>settimana|mese|anno|weekend)(?=\s+dopo\s+(?:il|la|lo)\s+prossim[oa])
         |(?P<unit2>settimana|mese|anno|weekend|trimestre|semestre|decennio)\s+(?P<post>${SHIFT}|prima|dopo))
        (?P<after>\s+dopo\s+(?:il|la|lo)\s+prossim[oa])?(?!\w)""",
    # il resto della settimana, il resto dell'anno
    "rest_of_unit": r"""
        (?<!\w)resto\s+(?:della|del|dell${APOS}|di)\s*(?:(?:mia|mio|questa|questo|quest${APOS})\s*)?
        (?P<unit>settimana|mese|anno)(?:\s+(?:corrente|in\s+corso))?(?!\w)""",
    # (il) weekend, nel weekend
    "weekend": r"""
        (?<!\w)(?P<lead>(?:il|nel|lo|durante\s+il|questo)\s+)?weekend(?!\w)""",
    # fine mese, inizio anno (bare unit after an edge word)
    "edge_unit": r"""
        (?<!\w)(?P<edge>${EDGE})\s+(?:del\s+|dell${APOS}\s*|della\s+|di\s+)?(?P<unit>mese|anno|settimana)(?!\w)
        (?!\s+(?:${SHIFT}|dopo))""",
    # quest'estate, l'estate 2016, primavera del millenovecentosettantotto, metà estate
    "season": r"""
        (?:(?P<pre>${SHIFT})\s+|(?P<mid>metà|meta)\s+|(?P<art>l${APOS}\s*))?(?P<season>${SEASON})
        (?:\s+(?:del\s+|dell${APOS}\s*)?(?P<y>${YEAR}))?""",
    # tre mesi fa, tra dieci giorni, 2 anni e 21 giorni dopo
    "offset": r"""
        (?:(?P<tra>(?<!\w)(?:tra|fra)\s+)(?=${NUM}|${VAGUE}|un|una|qualche)(?P<dur1>${DURATION}))
        |(?:(?:(?P<mod>${DURATION_MODIFIER})\s+)?(?P<dur2>${DURATION})\s+(?P<dir>fa|or\s+sono|prima|dopo|più\s+tardi|da\s+adesso|da\s+ora|da\s+oggi
            |in\s+futuro|da\s+questo\s+momento)(?!\w))""",
    # nei prossimi quattro anni, gli ultimi 3 anni, le 3 settimane precedenti, l'ultimo anno
    "running_period": r"""
        (?:(?P<art>(?<!\w)(?:nei|negli|nelle|nel|i|gli|le|per\s+i|per\s+gli|per\s+le|durante\s+i|durante\s+gli|
            durante\s+le|entro\s+i|entro\s+gli|entro\s+le|l${APOS}|nell${APOS})\s*))?
        (?:(?P<dir>prossimi|prossime|ultimi|ultime|ultimo|ultima|successivi|successive|passati|
            passate|scorsi|scorse)\s+(?P<dur>(?:(?:${NUM}|${VAGUE})\s*)?${UNIT})
         |(?P<dur2>(?:${NUM}|${VAGUE})\s*${UNIT})\s+(?P<dir2>precedenti|passati|passate|successivi|successive|
            scorsi|scorse|in\s+futuro))""",
    # almeno altri cinque anni, 24 mesi, un'ora e mezza, 3,5anni
    "duration": r"""
        (?:(?P<mod>${DURATION_MODIFIER})\s+)?(?:(?:altri|altre|ulteriori)\s+)?(?P<dur>${DURATION})""",
    # da anni, per mesi, da settimane: a length the text does not give
    "vague_units": r"""
        (?P<lead>(?<!\w)(?:da|per)\s+)(?P<unit>anni|mesi|settimane|giorni|decenni|ore)(?!\w)""",
    # tutto il giorno, l'intera settimana, mese intero
    "whole_unit": r"""
        (?:tutt[oa]\s+(?:il\s+|la\s+|l${APOS}\s*)(?P<u1>giorno|settimana|mese|anno|weekend)
         |(?:l${APOS}\s*)?inter[oa]\s+(?P<u2>giorno|settimana|mese|anno|weekend)
         |(?P<u3>giorno|settimana|mese|anno)\s+inter[oa])(?!\w)""",
    # pluriennale, triennale
    "duration_adjective": r"""
        (?<!\w)(?P<adj>${DURATION_ADJECTIVE})(?!\w)""",
    # metà anno, mezzora, semestre
    "fraction_unit": r"""
        (?<!\w)(?:(?P<half>metà|meta)\s+(?P<unit>anno|mese|giornata|settimana)|(?P<mezzora>mezz${APOS}?\s*ora))(?!\w)""",
    # ogni anno, ogni due settimane, tutti i giorni, una volta all'anno, annualmente, ogni lunedì, i lunedì
    "set": r"""
        (?<!\w)(?:(?P<adverb>${SET_ADVERB})
         |ogni\s+(?:(?P<n>${NUM})\s+)?(?P<unit>${UNIT})
         |(?:tutti\s+i|tutte\s+le)\s+(?P<unit2>giorni|mesi|anni|settimane)
         |una\s+volta\s+(?:al|all${APOS}|a|alla|ogni)\s*(?P<unit3>giorno|settimana|mese|anno)
         |(?:ogni|tutti\s+i|tutte\s+le|(?P<art>i|le))\s+(?P<wd>${WEEKDAY_PLURAL})
         |(?:ogni|tutte\s+le|tutti\s+i)\s+(?P<part>${DAYPART})
         |di\s+(?P<unit4>giorno|settimana|mese|anno)\s+in\s+(?P=unit4))
        (?:\s+alle\s+(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?:\s*(?P<ampm>am|pm))?)?(?!\w)""",
    # alle 15:30, ore 9, stasera
    "time": r"""
        (?<!\w)(?:(?P<today>${TODAY_PART})
         |(?:alle|dalle|entro\s+le|verso\s+le|ore)\s+(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?(?:\s*(?P<ampm>am|pm))?
         |(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)(?!\d)
         |(?P<hour3>1[0-2]|[1-9])\s*(?P<ampm3>am|pm))(?!\w)""",
}
# fmt: on


def _extra_fragments(fragments: dict[str, str]) -> dict[str, str]:
    lex = lexicon()
    unit_amount = rf"(?:{fragments['NUM']}|{fragments['VAGUE']})\s*-?\s*{fragments['UNIT']}"
    half = r"(?:\s+e\s+mezz[oa])?"
    single = (
        rf"(?:{unit_amount}{half}|un{fragments['APOS']}\s*ora{half}|mezz{fragments['APOS']}?\s*ora"
        rf"|un\s+quarto\s+d{fragments['APOS']}\s*ora)"
    )
    next_amount = rf"(?={fragments['NUM']}\s*-?\s*{fragments['UNIT']})"
    duration = rf"(?:{single}(?:(?:,\s*|\s+e\s+|\s+){next_amount}{unit_amount})*)"
    return {
        "DURATION": duration,
        "DURATION_MODIFIER": alternation(lex.duration_modifiers) + r"(?!\w)",
        "DURATION_ADJECTIVE": alternation(lex.duration_adjectives),
        "SET_ADVERB": alternation(lex.set_adverbs),
        "RELATIVE_DAY": alternation(lex.relative_days),
        "TODAY_PART": alternation(lex.today_parts),
    }


#: What in a pattern's source is syntax, not a letter to match: escapes, group names and references.
_SYNTAX = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


def case_flag(source: str) -> re.RegexFlag:
    """``re.IGNORECASE`` for a source with upper-case letters to match, else no flag (enough on
    :func:`lowered` text)."""
    letters = _SYNTAX.sub("", source)
    return re.IGNORECASE if any(char.isupper() for char in letters) else re.RegexFlag(0)


def lowered(text: str) -> str:
    """``text`` in lower case, character for character (one whose lower case is longer, like 'İ', stays
    as it is), so that offsets into it are offsets into ``text``."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


@lru_cache(maxsize=1)
def lowercase_patterns() -> dict[str, re.Pattern[str]]:
    """:func:`compiled_patterns` to run on :func:`lowered` text, case-sensitive where the pattern has no
    upper-case letter of its own: half the cost of ``re.I``."""
    return {
        name: re.compile(pattern.pattern, case_flag(pattern.pattern) | re.VERBOSE)
        for name, pattern in compiled_patterns().items()
    }


@lru_cache(maxsize=1)
def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """Every pattern, compiled once with the lexicon substituted (``re.I | re.X``)."""
    fragments = _fragments()
    fragments.update(_extra_fragments(fragments))
    # fragments use spaces only as `\s`; verbose mode ignores literal whitespace, so they stay intact
    compiled = {}
    for name, body in PATTERNS.items():
        source = Template(body).safe_substitute(fragments)
        if "${" in source:
            raise ValueError(f"unknown fragment in temporal pattern {name!r}")
        compiled[name] = re.compile(source, re.IGNORECASE | re.VERBOSE)
    return compiled

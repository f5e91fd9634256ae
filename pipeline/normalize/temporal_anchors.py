"""Cheap pre-filter: the patterns run only where a temporal *anchor* word or a number stands.

One light tokenizing scan finds the anchors (month and weekday names, units, relative words, digits);
each anchor class names the few patterns that can contain it, and those are tried with ``match``
at the anchor and at the starts of the few words before it (their leading cues: 'dal', 'nei prossimi').
Long texts thus cost one scan plus a handful of anchored attempts per anchor, instead of every
pattern scanning every character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache

import numpy

from pipeline.normalize.temporal_atoms import CASED
from pipeline.normalize.temporal_lexicon import fold, lexicon, strip_accents
from pipeline.normalize.temporal_patterns import case_flag, compiled_patterns, lowercase_patterns, lowered

#: Words before an anchor where a match may start ('per almeno altri cinque anni': 4 before 'anni').
LOOK_BACK_WORDS = 4
_TOKEN = re.compile(r"\w+|[^\w\s]")
_NUMBER_WORD_START = re.compile(
    r"(?:mille|duemila|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|"
    r"dodici|tredici|quattordici|quindici|sedici|dici|vent|trent|primo)",
    re.I,
)

#: Words that may open an expression before its anchor ('dal', 'nei prossimi', 'per almeno altri').
LEAD_WORDS = frozenset(
    "il lo la l i gli le in altro stesso mia mio alle dalle ore verso "
    "un una uno dal dall dalla dai dagli da del dell della dei degli di nel nell "
    "nella nei negli nelle al all alla ai agli a ad tra fra per entro fino sino e ed prossimo "
    "prossima prossimi prossime scorso scorsa scorsi scorse questo questa quest ultimo ultima ultimi "
    "ultime primo prima secondo seconda terzo terza quarto quarta quinto quinta penultimo penultima "
    "almeno altri altre ulteriori circa quasi oltre più piu meno massimo minimo ogni tutti tutte "
    "tutto tutta volta fine inizio metà meta resto intero intera mese anno partire decorrere verso "
    "intorno attorno mezz mezzo mezza ' ’ , - / .".split()
)
_NUMBER_WORD = re.compile(
    r"(?:mille|duemila|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|"
    r"quattordici|quindici|sedici|diciassette|diciotto|diciannove|vent|trent|quarant|cinquant|sessant|settant|"
    r"ottant|novant|cent|pochi|poche|alcuni|alcune|diversi|diverse|qualche|parecchi)",
    re.I,
)

#: Patterns worth trying around each class of anchor.
ANCHOR_PATTERNS: dict[str, tuple[str, ...]] = {
    # a number as the text writes it (see refine_number_class): '21/01/2025', '15:30', '4 - 22', '2015-3'
    "digit_separated": (
        "numeric_ymd",
        "numeric_dmy",
        "numeric_dm",
        "numeric_ym",
        "bare_day",
        "day_range",
        "day_month",
        "year",
        "time",
        "ordinal_part",
    ),
    # '2019', also as the end of 'la seconda metà del 2026' (no other anchor there)
    "digit_year": ("year", "ordinal_part"),
    # '15', '1°': a day, an hour or an ordinal ('alle 15', '2° trimestre')
    "digit_day": ("bare_day", "day_month", "time", "ordinal_part"),
    # digits glued to letters: 3h, 3giorni, 9am, 3,5anni, Q2
    "glued": (
        "duration",
        "offset",
        "running_period",
        "time",
        "set",
        "quarter_code",
        "ordinal_part",
        "day_month",
    ),
    "month": ("day_month", "month_day", "month", "ordinal_part", "ordinal_weekday", "day_range"),
    "weekday": ("weekday", "week_weekday", "ordinal_weekday", "day_month", "month_day", "set"),
    "unit": (
        "duration",
        "offset",
        "running_period",
        "relative_unit",
        "edge_unit",
        "rest_of_unit",
        "whole_unit",
        "fraction_unit",
        "set",
        "ordinal_part",
        "weekend",
        "decade",
        "year",
        "week_weekday",
        "relative_day",
        "vague_units",
    ),
    "relday": ("relative_day",),
    "season": ("season",),
    "set": ("set",),
    "time": ("time", "set"),
    "adjective": ("duration_adjective",),
    "numword": ("bare_day", "year", "decade"),
}


@lru_cache(maxsize=1)
def anchor_words() -> dict[str, frozenset[str]]:
    """Lower-case word -> the anchor classes it belongs to."""
    lex = lexicon()
    table: dict[str, set[str]] = {}

    def add(words, anchor_class: str) -> None:
        for phrase in words:
            for word in re.findall(r"\w+", fold(phrase)):
                table.setdefault(word, set()).add(anchor_class)
                table.setdefault(strip_accents(word), set()).add(anchor_class)

    add(lex.months, "month")
    add(lex.month_abbreviations, "month")
    add(lex.weekdays, "weekday")
    add(lex.weekday_plurals, "weekday")
    add(lex.weekday_abbreviations, "weekday")
    add([u for u in lex.units if u != "ora"] + ["mezzora"], "unit")
    relative_words = {w for phrase in lex.relative_days for w in re.findall(r"\w+", phrase)}
    add([w for w in relative_words if len(w) > 3 and w not in LEAD_WORDS | NOT_ANCHORING], "relday")
    add(lex.seasons, "season")
    add(lex.set_adverbs, "set")
    add(list(lex.today_parts) + list(lex.day_parts), "time")
    add(lex.duration_adjectives, "adjective")
    return {word: frozenset(classes) for word, classes in table.items()}


#: The words (or word tags, '#...') a match of each pattern can begin with.
OPENERS: dict[str, str] = {
    "numeric_ymd": "#d4",
    "numeric_dmy": "#d2",
    "numeric_dm": "#d2 il l dal al del entro fino",
    "numeric_ym": "#d4 #d2",
    "bare_day": "per entro fino tra fra e il dal al del dall all l",
    "day_range": "#d2 #month dal tra fra dai",
    "day_month": "#d2 #numword #weekday primo",
    "month_day": "#weekday #month",
    "month": "#shift #month il lo mese",
    "year": "#d4 #numword #season nel del dal al nell dell entro fino il e tra fra l anno",
    "decade": "anni",
    "ordinal_part": "#ordinal #d2",
    "quarter_code": "#digit",
    "ordinal_weekday": "#ordinal",
    "weekday": "#shift #weekday il lo",
    "week_weekday": "#shift settimana",
    "relative_day": "#relday l il in questo altro",
    "relative_unit": "#shift settimana mese anno weekend trimestre semestre decennio",
    "rest_of_unit": "resto",
    "weekend": "il nel lo durante questo weekend",
    "edge_unit": "#edge",
    "season": "#shift #season metà meta l",
    "offset": "#digit #numword #vague #modifier tra fra un una qualche mezz",
    "running_period": "#digit #numword #vague nei negli nelle nel i gli le per durante entro l nell prossimi "
    "prossime ultimi ultime ultimo ultima successivi successive passati passate scorsi scorse",
    "duration": "#digit #numword #vague #modifier altri altre ulteriori un una mezz mezzora",
    "whole_unit": "tutto tutta l intero intera giorno settimana mese anno",
    "vague_units": "da per",
    "duration_adjective": "#adjective",
    "fraction_unit": "metà meta mezz mezzora",
    "set": "#set ogni tutti tutte una i le di",
    "time": "#today #d2 alle dalle entro verso ore",
}


@cache
def _openers() -> dict[str, frozenset[str]]:
    return {name: frozenset(words.split()) for name, words in OPENERS.items()}


@cache
def _word_tags(word: str) -> frozenset[str]:
    """The word itself and its tags ('#digit', '#month', ...), for matching against :data:`OPENERS`."""
    lex = lexicon()
    tags = {word}
    if word[0].isdigit() or word[-1].isdigit():
        leading = len(word) - len(word.lstrip("0123456789"))
        tags.update(("#digit", "#d4" if leading == 4 else "#d2" if 1 <= leading <= 2 else "#dn"))
    elif _NUMBER_WORD.match(word):
        tags.add("#numword")
    if word in lex.vague_quantities:
        tags.add("#vague")
    for anchor_class in anchor_words().get(word, ()):
        tags.add("#" + anchor_class)
    for phrase in lex.relative_shifts:
        if phrase.split()[0].rstrip("'") == word:
            tags.add("#shift")
    if word in lex.ordinals:
        tags.add("#ordinal")
    if any(phrase.split()[0] == word for phrase in lex.duration_modifiers):
        tags.add("#modifier")
    if word in lex.edges:
        tags.add("#edge")
    if word in lex.today_parts or any(phrase.split()[0] == word for phrase in lex.today_parts):
        tags.add("#today")
    return frozenset(tags)


#: A pattern to try: its name, its version for lower-cased text and, where its handler reads the case of
#: the text, the pattern itself to take the match again on the original text (else None).
Trial = tuple[str, re.Pattern[str], re.Pattern[str] | None]


@cache
def _patterns_for(anchor_class: str) -> tuple[tuple[Trial, frozenset[str]], ...]:
    """The patterns of an anchor class, with the words they may open with."""
    compiled = compiled_patterns()
    lowercase = lowercase_patterns()
    names = set(ANCHOR_PATTERNS[anchor_class])
    openers = _openers()
    return tuple(
        ((name, lowercase[name], pattern if name in CASED else None), openers[name])
        for name, pattern in compiled.items()
        if name in names
    )


def _patterns_opening_with(classes: frozenset[str], word: str) -> tuple[Trial, ...]:
    """The patterns of these anchor classes that may begin with ``word`` (cached by :func:`_opening`)."""
    tags = _word_tags(word)
    chosen: dict[str, Trial] = {}
    for anchor_class in sorted(classes):
        for trial, openers in _patterns_for(anchor_class):
            if not openers.isdisjoint(tags):
                chosen.setdefault(trial[0], trial)
    return tuple(chosen.values())


#: Words of relative-day phrases too common to anchor alone ('il giorno dopo' is anchored by 'giorno').
NOT_ANCHORING = frozenset({"dopo", "giorno", "seguente", "successivo", "precedente", "passato", "altro"})

#: An anchor: (start offset, word, anchor classes, the words before it that may open a match).
Anchor = tuple[int, str, frozenset[str], list[tuple[int, str]]]
NUMBER_WORD_LEADS = frozenset({"il", "nel", "del", "dal", "anni", "anno"})


def anchor_classes(word: str, previous: str) -> frozenset[str] | None:
    """The anchor classes of a (lower-case) word, given the word before it; None for a non-anchor."""
    classes = _own_classes(word)
    if classes and previous.isdigit() and word.isdigit() and len(word) <= 2:
        return None  # a figure in a list of figures ('1 2 3', '12 15 18'): no day or hour opens there
    if classes is None and not (word[0].isdigit() or word[-1].isdigit()):
        if word == "ora" and previous.endswith(("'", "’", "mezz")):
            return frozenset({"unit"})
        if previous in NUMBER_WORD_LEADS and _NUMBER_WORD.match(word):
            return frozenset({"numword"})
    return classes


@lru_cache(maxsize=16384)
def _own_classes(word: str) -> frozenset[str] | None:
    """The anchor classes a word has whatever stands before it (memoized: words repeat)."""
    classes = anchor_words().get(word)
    if word[0].isdigit() or word[-1].isdigit():
        digit_class = _digit_class(word)
        return (classes or frozenset()) | {digit_class} if digit_class else classes
    return classes


_DATE_LIKE_NUMBER = re.compile(
    r"""\d{1,2}(?:[./-]\d{1,2}(?:[./-]\d{2,4}|,\d{2,4})?)?(?:°|º)?   # 15, 21/01/2025, 4.22, 1°
      |(?:1\d|20)\d\d(?:[./-]\d{1,2}){0,2}                         # 2019, 2025-01-21, 2015/3
      |\d{1,2}/(?:1\d|20)\d\d                                      # 3/2015
      |\d{1,2}:\d\d                                                  # 15:30""",
    re.VERBOSE,
)


@lru_cache(maxsize=16384)
def _digit_class(word: str) -> str | None:
    """'digit' for numbers shaped like a day, date, year or clock time; 'glued' for digits glued to letters;
    None for amounts, decimals and counts (units and money anchor those)."""
    if any(char.isalpha() for char in word):
        return "glued"
    return "digit" if _DATE_LIKE_NUMBER.fullmatch(word) else None


@lru_cache(maxsize=16384)
def may_open(word: str) -> bool:
    """True when a (lower-case) word may stand before an anchor inside an expression ('dal', 'prossimi')."""
    if word in LEAD_WORDS or word[:1].isdigit() or word in anchor_words():
        return True
    return bool(_NUMBER_WORD.match(word))


def text_anchors(text: str) -> list[Anchor]:
    """Anchors of a plain text, tokenized by a small regex (spaCy Docs give them faster: see itnews_dates)."""
    tokens = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(text)]
    anchors: list[Anchor] = []
    previous = ""
    for index, (start, word) in enumerate(tokens):
        classes = anchor_classes(word, previous)
        previous = word
        if not classes:
            continue
        before: list[tuple[int, str]] = []
        for back in range(index - 1, max(-1, index - 1 - LOOK_BACK_WORDS), -1):
            if not may_open(tokens[back][1]):
                break
            before.append(tokens[back])
        before.reverse()
        anchors.append((start, word, classes, before))
    return anchors


#: A number followed by a date or clock separator and another number: '21/01/2025', '15:30', '4 - 22'.
_SEPARATED_NUMBER = re.compile(r"""\d+(?:[-/.:]\d|\s*[-–—]\s*\d)""")


@lru_cache(maxsize=256)
def _with_number_class(classes: frozenset[str], number_class: str) -> frozenset[str]:
    return (classes - {"digit"}) | {number_class}


def refine_number_class(text: str, start: int, word: str, classes: frozenset[str]) -> frozenset[str]:
    """Replace the 'digit' class of a number anchor by the shape the text gives it (the characters after
    it, whatever the tokenizer made of them): separated ('21/01/2025', '4 - 22'), a year ('2019') or a day.
    Each shape tries only the patterns that can hold it."""
    if "digit" not in classes:
        return classes
    if _SEPARATED_NUMBER.match(text, start):
        number_class = "digit_separated"
    elif len(word.rstrip("°º")) == 4:
        number_class = "digit_year"
    else:
        number_class = "digit_day"
    return _with_number_class(classes, number_class)


def anchored_matches(
    text: str, blocked: list[tuple[int, int]] | None = None, anchors: list[Anchor] | None = None
) -> Iterator[tuple[str, re.Match[str]]]:
    """Every (pattern name, match) found by trying the anchored patterns at and just before each anchor.

    ``anchors`` default to :func:`text_anchors` less those inside a ``blocked`` span (money); given
    anchors are used as they are. The patterns run on the :func:`lowered` text (same offsets), at half
    the cost of ignoring case; those whose handler reads the case match the original text again.
    """
    tried: set[tuple[str, int]] = set()
    lead_reach: dict[str, tuple[int, int]] = {}
    folded = lowered(text)
    if anchors is None:
        spans = sorted(blocked or [])
        anchors = [
            anchor
            for anchor in text_anchors(text)
            if not (spans and anchor[1][:1].isdigit() and inside(spans, anchor[0]))
        ]
    done: set[tuple[frozenset[str], int]] = set()
    for start, word, classes, before in anchors:
        if "digit" in classes:
            classes = refine_number_class(text, start, word, classes)
        for position, opening in [*before, (start, word)]:
            key = (classes, position)
            if key in done:
                continue  # the same classes already tried every pattern here (neighbouring anchors)
            done.add(key)
            patterns, gate = _opening(classes, opening.rstrip("'’") or opening)
            if gate is not None and gate.match(folded, position) is None:
                continue  # none of these patterns can match here: one regex call instead of several
            for name, lowercase, cased in patterns:
                attempt = (name, position)
                if attempt in tried:
                    continue
                tried.add(attempt)
                reach = lead_reach.get(name)
                if reach is not None and reach[0] < position <= reach[1]:
                    continue  # inside the lead of this pattern's match ('il' of 'entro il 2025'): the same
                    # expression with a shorter cue, which the longer one wins over
                match = lowercase.match(folded, position)
                if match is not None and cased is not None:
                    match = cased.match(text, position)
                if match and match.end() > match.start():
                    if "lead" in match.re.groupindex and match["lead"]:
                        lead_reach[name] = (position, match.end("lead"))
                    yield name, match


#: Anchor classes whose patterns are first tried together, as one gate regex: bare numbers, which are
#: many in figure-heavy text and rarely open a date. (Word anchors skip the gate: it costs them more.)
GATED_CLASSES = frozenset({frozenset({"digit_separated"}), frozenset({"digit_day"})})
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_BACK_REFERENCE = re.compile(r"\(\?P=\w+\)")


@lru_cache(maxsize=8192)
def _opening(classes: frozenset[str], word: str) -> tuple[tuple[Trial, ...], re.Pattern[str] | None]:
    """The patterns of these anchor classes that may begin with ``word``, and the gate to test first
    (None where there is none: word anchors, or a single pattern)."""
    patterns = _patterns_opening_with(classes, word)
    if classes not in GATED_CLASSES or len(patterns) < 2:
        return patterns, None
    return patterns, _gate(tuple(name for name, _, _ in patterns))


@lru_cache(maxsize=256)
def _gate(names: tuple[str, ...]) -> re.Pattern[str]:
    """One regex matching the lower-cased text wherever any of these patterns may match (a superset:
    groups unnamed, back references loosened to a short run of non-spaces)."""
    compiled = lowercase_patterns()
    sources = []
    for name in names:
        source = _BACK_REFERENCE.sub(r"(?:\\S{1,20})", _GROUP_NAME.sub("(?:", compiled[name].pattern))
        sources.append(f"(?:{source}\n)")
    union = "|".join(sources)
    return re.compile(union, case_flag(union) | re.VERBOSE)


def inside_each(spans: list[tuple[int, int]], offsets: numpy.ndarray) -> numpy.ndarray:
    """:func:`inside` for an array of offsets at once (one ``searchsorted``)."""
    starts = numpy.fromiter((start for start, _ in spans), numpy.int64, len(spans))
    ends = numpy.fromiter((end for _, end in spans), numpy.int64, len(spans))
    positions = offsets.astype(numpy.int64)
    index = numpy.searchsorted(starts, positions, side="right") - 1
    found = index >= 0
    found[found] = positions[found] < ends[index[found]]
    return found


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` falls in one of the sorted, non-overlapping ``spans`` (binary search)."""
    index = bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def warm_up() -> None:
    """Compile every pattern and filter now (spaCy components call this when they are built)."""
    for anchor_class in ANCHOR_PATTERNS:
        _patterns_for(anchor_class)

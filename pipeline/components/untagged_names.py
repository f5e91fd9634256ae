"""Company names the NER model left untagged, found by what they do in the sentence.

A run of capitalized words inside a sentence that fills a company's slot in a deal ("la fusione con la
ligure Velaviva", "trattative in esclusiva con Lockwood Hatters", "Novias del Sur ha disdetto il contratto")
is a company's name when it opens with no given name (a person), and is no place (an Italian municipality,
a country, a building or a street), no family and no brand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from spacy.lang.it.stop_words import STOP_WORDS

from pipeline.components.company_use import acts_after, used_as_company
from pipeline.components.person_names import follows_person_cue, opens_with_given_name, reads_as_person
from pipeline.normalize.currencies import currency_lexicon
from pipeline.normalize.temporal_lexicon import lexicon as temporal_lexicon
from pipeline.normalize.text_words import next_word_capitalized, opens_sentence, previous_word_capitalized

#: Two to four capitalized words, joined by blanks or by an inner "di"/"del"/"della"/"dell'"/"de"/"&"
#: ("Novias del Sur", "Museo della Penna di Bellagio", "Casa dell'Orologio Bresciana").
NAME_RUN = re.compile(
    r"(?<![\w'’.-])[A-ZÀ-Ú][\w'’-]*[a-zà-ú0-9]"
    r"(?:[ \t]+(?:(?:(?:de|del|della|dello|delle|dei|degli|di|da|van|von|du|&)[ \t]+|dell['’])?"
    r"[A-ZÀ-Ú][\w'’-]*|\d+(?![ \t]+[a-zà-ù])))"
    r"{1,3}(?![\w'’-])"
)
#: Prepositions that open a sentence on a fronted partner ("Con X abbiamo firmato", "Da X abbiamo ottenuto").
FRONTING_PREPOSITIONS = frozenset({"con", "da", "a", "ad", "per", "tra", "fra"})
#: A single capitalized word, which no Italian word form spells ("Velaviva", "Bookafun", "TechnoAlpin").
SINGLE_NAME = re.compile(r"(?<![\w'’.-])[A-ZÀ-Ú](?:[a-zà-ú]{3,}|[a-zà-ú]{2,}(?:[A-Z][a-zà-ú]+)+)(?![\w'’-])")
#: A deal's other party right before its name ("la fusione con la ligure X", "l'acquisto di X", "una
#: società comune con X", "ha con X una joint venture").
DEAL_PARTNER_BEFORE = re.compile(
    r"\b(?:acquist[oi]|acquisizion[ei]|fusion[ei]|nozze|maggioranza|controllo|società\s+(?:comune|paritetica|"
    r"consortile)|joint\s+venture(?:\s+paritetica)?|accord[oi]|contratt[oi]|intes[ae]|partnership|alleanza|"
    r"trattativ[ae]|colloqui|negoziat\w*)\s+(?:con|di|del|della|dell'|tra)\s*(?:(?:la|il|lo|l')\s*)?"
    r"(?:(?!(?:di|da|del|della|dei|in|a)\s)[a-zà-ù]+\s+){0,2}$|\b(?:ha|hanno|aveva)\s+con\s+$"
    # "il contratto di assistenza tecnica con X": an agreement named by what it is for
    r"|\b(?:accord|contratt|intes)[oiae]\s+(?:quadro\s+)?di\s+[a-zà-ù]+(?:\s+[a-zà-ù]+){0,2}\s+con\s+"
    r"(?:(?:la|il|lo|l')\s*)?(?:[a-zà-ù]+\s+)?$"
    # "ha firmato con la X", "concesso in licenza non esclusiva dal 2023 a X", "ha ottenuto da X"
    r"|\b(?:firmat|siglat|sottoscritt|stipulat|concordat)\w*\s+con\s+(?:la|il|lo|l')\s*(?:[a-zà-ù]+\s+)?$"
    r"|\b(?:licenza|sub-edizione|(?:sub)?concession[ei]|appalto|fornitura|distribuzione|affid\w+)(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:a|ad|alla|al|all')\s*(?:[a-zà-ù]+\s+)?$"
    r"|\b(?:ottenut|ricevut)\w*\s+da\s+$"
    # "Secondo quanto riporta X", "riportato in esclusiva dalla X": the outlet that reports
    r"|\bsecondo\s+quanto\s+(?:riport|scriv|rivel|anticip|pubblic)\w*(?:\s+in\s+esclusiva)?"
    r"(?:\s+(?:da|dal|dalla|dall'|dai))?\s*$"
    # "Lo scrive la Gazzetta dell'Elettronica", "lo riporta il X": the outlet that reports
    r"|\blo\s+(?:scrive|scrivono|riporta|riportano|rivela|rivelano|anticipa|anticipano)\s+(?:il|la|lo|l')\s*$"
    # "ha ricevuto un'offerta non vincolante da X": the bidder
    r"|\boffert[ae](?:\s+[\w'’-]+){0,3}?\s+(?:da|dalla|dal|dall')\s*$"
    # "una società paritetica, X, che ...": the joint company's name in apposition
    r"|\b(?:società|joint\s+venture)(?:\s+[a-zà-ù]+)?\s*,\s*$",
    re.IGNORECASE,
)
#: Articles and articled prepositions before a noun phrase ("l'", "della", "con la").
_ARTICLE = (
    r"(?:l'|l’|la|il|lo|dell'|della|del|dello|all'|alla|al|allo|dall'|dalla|dal|sull'|sulla|sul|nell'|nella)"
)
#: Company nouns a nationality adjective may follow ("il gruppo danese X").
_COMPANY_NOUN = (
    r"(?:gruppo|società|catena|fondo|azienda|colosso|produttore|distributore|grossista|piattaforma|startup)"
)


@lru_cache(maxsize=1)
def nationality_before() -> re.Pattern[str]:
    """A foreign company introduced by its nationality right before its name ("l'americana Glowhaus",
    "con l'olandese Van Dijk Kwekerijen", "il gruppo danese Nordic Blade"); the adjectives are CLDR's
    (see :meth:`CurrencyLexicon.nationality_adjectives`)."""
    adjectives = sorted((a for a in currency_lexicon().nationality_adjectives() if len(a) >= 4), key=len)
    words = "|".join(re.escape(a) for a in reversed(adjectives))
    return re.compile(
        rf"\b(?:{_ARTICLE}\s*|{_COMPANY_NOUN}\s+)(?:{words})[ \t]+$", re.IGNORECASE
    )


#: Who leads or joins a round of funding ("un round da 4,5 milioni guidato da X, con la partecipazione di
#: Y"): an investor, even a word the model took for a place.
ROUND_INVESTOR_BEFORE = re.compile(
    r"\b(?:round|aument\w+\s+di\s+capitale|pool|cordata)\b[^.;:]{0,60}?\s+guidat[oa]\s+(?:da|dal|dalla|"
    r"dall')\s*(?:[a-zà-ù]+\s+)?$|\bcon\s+la\s+partecipazione\s+(?:di|del|della|dell')\s*(?:[a-zà-ù]+\s+)?$",
    re.IGNORECASE,
)
#: A company's verb right after its name, besides those of ``company_use`` ("X e Y hanno firmato", "X tratta
#: con Y").
ACTS_AFTER = re.compile(
    r"[ \t]+(?:hanno[ \t]+(?:firmat|sottoscritt|siglat|costituit)\w*|trattan?o?[ \t]+con)\b", re.IGNORECASE
)
#: What names a place, a family or a brand right before a name ("firmato a New York", "la famiglia Di
#: Russo", "il marchio Velluto Milano", "a Palazzo Chigi").
NOT_A_COMPANY_BEFORE = re.compile(
    r"(?:\b(?:in|famiglia|fratelli|marchio|brand|linea|collezione|palazzo)|"
    r"\b(?:firmat|siglat|sottoscritt)\w*(?:\s+\w+)?\s+a|\bda\s+[A-ZÀ-Ú]\w+)[ \t]*$",
    re.IGNORECASE,
)
#: A company noun opening a phrase that ends, after a comma, right before a name ("L'azienda del trasporto
#: pubblico di Bolzano, ").
COMPANY_NOUN_APPOSED = re.compile(
    r"\b(?:l['’]azienda|la\s+società|il\s+gruppo|l['’]operatore|la\s+compagnia)\b[^,.;:!?«»]{0,60},[ \t]*$",
    re.IGNORECASE,
)
#: The verb after a name set off by commas ("X, ha disdetto", "X, è").
APPOSITION_VERB_AFTER = re.compile(r"[ \t]*,[ \t]*(?:ha|hanno|è|sono)\b")
#: A comma right after a name ("X, che ...").
COMMA_NEXT = re.compile(r"\s*,")
#: A capitalized word right before a name, with the blanks between them.
OPENING_WORD_BEFORE = re.compile(r"[A-ZÀ-Ú][\w'’-]*[ \t]+$")
#: First words of the names of buildings and streets ("Palazzo Chigi", "Piazza Affari").
PLACE_FIRST_WORDS = frozenset({"Palazzo", "Piazza", "Via", "Viale", "Corso", "Largo"})


def untagged_companies(
    text: str,
    taken: list[tuple[int, int]],
    is_place: Callable[[str], bool],
    is_word: Callable[[str], bool] = lambda word: True,
    places: list[tuple[int, int]] = (),
) -> Iterator[tuple[int, int]]:
    """Spans of company names no organization covers (``taken``: its spans), by their use as a company: a
    run of capitalized words, or a single one that is no word of the language (``is_word``) nor a place the
    model saw (``places``: spans) right after a deal's partner slot or in a company's slot."""
    owner = _owners(len(text), taken)  # which taken span covers each character (0: none)
    placed = _owners(len(text), places)
    taken_spans = set(taken)
    for match in SINGLE_NAME.finditer(text):
        start, end = match.span()
        if any(owner[start:end]):
            continue
        if next_word_capitalized(text, end) or previous_word_capitalized(text, start):
            continue  # part of a longer name
        if is_word(match.group().lower()) or is_place(match.group()):
            continue
        investor = ROUND_INVESTOR_BEFORE.search(text, max(0, start - 90), start)
        named = _named_company(text, start, end)  # "L'azienda ..., Sasa, ha disdetto"
        # the model's place, unless no list holds it and a company's verb follows ("che X stia negoziando")
        if any(placed[start:end]) and not investor and not named:
            if COMMA_NEXT.match(text, end) or not acts_after(text, end):  # not "X, che ..."
                continue
        if opens_with_given_name(match.group()) and not named:
            continue
        introduced = nationality_before().search(text, max(0, start - 40), start)
        partner = DEAL_PARTNER_BEFORE.search(text, max(0, start - 60), start)
        if investor or introduced or partner or named or _used_alone(text, start, end):
            yield _with_opening_word(text, start, end), end
    for match in NAME_RUN.finditer(text):
        start, end = match.span()
        # a part of the run tagged alone ("Sur" of "Novias del Sur") gives way to the whole name; a span
        # running over the run's edges does not
        if (start, end) in taken_spans or (owner[start] and start and owner[start - 1] == owner[start]):
            continue
        if owner[end - 1] and owner[end - 1] == owner[end]:
            continue
        name = match.group()
        first = name.split()[0]
        at_start = opens_sentence(text, start)
        if at_start and first.lower() in FRONTING_PREPOSITIONS and len(name.split()) >= 3:
            # "«Con Kessler Werke abbiamo rinnovato»": the preposition opens the sentence, the name follows
            rest = name[len(first) :]
            start += len(first) + len(rest) - len(rest.lstrip())
            if owner[start]:
                continue
            name, at_start = text[start:end], False
            first = name.split()[0]
        opening = at_start and _common_opening(first.lower(), is_word)
        if opening and not _named_by_noun(name, text, end):
            continue  # "Il Comune di X", "Contestualmente X": a word capitalized for opening the sentence
        acts = ACTS_AFTER.match(text, end) is not None
        if at_start and not (acts or used_as_company(text, start, end)):
            continue
        slot = acts or used_as_company(text, start, end, deal_slots=True)
        partner = DEAL_PARTNER_BEFORE.search(text, max(0, start - 60), start) or nationality_before().search(
            text, max(0, start - 40), start
        )
        if not (slot or partner or ROUND_INVESTOR_BEFORE.search(text, max(0, start - 90), start)):
            continue
        if reads_as_person(name.split(), is_word, is_place) or is_place(name) or is_place(first):
            continue
        if first in PLACE_FIRST_WORDS:
            continue
        if follows_person_cue(text, start):  # "dai fratelli Ivo e Sauro Zavagli"
            continue
        if not NOT_A_COMPANY_BEFORE.search(text, max(0, start - 30), start):
            yield start, end


def _with_opening_word(text: str, start: int, end: int) -> int:
    """Where a single name starts: at the capitalized word opening the sentence before it when the text
    writes the two together elsewhere ("Ami Valtrompia, che produce ...", "ha ottenuto Ami Valtrompia")."""
    opening = OPENING_WORD_BEFORE.search(text, max(0, start - 30), start)
    if opening is None or not opens_sentence(text, opening.start()):
        return start
    joined = re.compile(rf"(?<!\w){re.escape(text[opening.start() : end])}(?!\w)")
    elsewhere = any(m.start() != opening.start() for m in joined.finditer(text))
    return opening.start() if elsewhere else start


def _named_company(text: str, start: int, end: int) -> bool:
    """A name in apposition between a company noun and its verb ("L'azienda del trasporto pubblico di
    Bolzano, Sasa, ha disdetto"): the company's, whatever given name it spells."""
    apposed = COMPANY_NOUN_APPOSED.search(text, max(0, start - 80), start)
    return bool(apposed and APPOSITION_VERB_AFTER.match(text, end))


def _used_alone(text: str, start: int, end: int) -> bool:
    """A single name in a company's slot ("li compra da X", "ha firmato con X"), not a family's or a
    person's after a title ("la famiglia X", "il presidente X ha firmato")."""
    return (
        used_as_company(text, start, end, deal_slots=True)
        and not NOT_A_COMPANY_BEFORE.search(text, max(0, start - 30), start)
        and not follows_person_cue(text, start)
    )


def _owners(length: int, spans: list[tuple[int, int]]) -> list[int]:
    """For each character of a text of ``length`` (and one past its end), the number of the span that
    covers it, counting from 1; 0 where none does."""
    owner = [0] * (length + 1)
    for number, (start, end) in enumerate(spans, 1):
        owner[start:end] = [number] * (end - start)
    return owner


def _named_by_noun(name: str, text: str, end: int) -> bool:
    """A run of capitalized words opening a sentence on a common noun that acts as a company right after
    ("Segnaletica Sannita di Benevento si è aggiudicata"): a company
    named after what it makes, not a word capitalized for opening the sentence (no function word, adverb
    or date: "Contestualmente X ha firmato")."""
    word = name.split()[0].lower()
    if word in STOP_WORDS or word.endswith("mente") or temporal_lexicon().calendar_name(word):
        return False
    return len(name.split()) >= 2 and used_as_company(text, end, end, deal_slots=True)


def _common_opening(word: str, is_word: Callable[[str], bool]) -> bool:
    """A word of the language that opens a sentence: a form of the lookup table, a stop word (spaCy's
    Italian list: "Sempre", "Il"), an adverb in "-mente" or a weekday or a month (CLDR: "Lunedì X ha
    firmato")."""
    return (
        is_word(word)
        or word in STOP_WORDS
        or word.endswith("mente")
        or temporal_lexicon().calendar_name(word)
    )

"""Arguments of a contract-term trigger: parties with roles, amount, percentage, dates (pure functions).

Inputs are the plain-data lists written by the organizations, money and dates components
(``doc._.itnews_orgs``, ``itnews_money``, ``itnews_dates``); offsets are character offsets into the text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from pipeline.normalize.org_names import with_full_names
from pipeline.normalize.terms_lexicon import TermLexicon, TypeInfo
from pipeline.normalize.terms_status import PREDICATE_COPULA
from pipeline.normalize.text_words import whole_word_hits

AGENT_PREPOSITION = re.compile(
    r"""
    (?: \b(?:da|dal|dalla|dallo|dall'|dai|dagli|dalle)                      # "acquisita da Nordlux"
      | \bda\s+parte\s+(?:di|del|della|dello|dell.|dei|degli)\s*(?:\w+\s+){0,3}  # "da parte del gruppo"
    )\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
NOT_A_PARTY = re.compile(
    r"""
    (?: \b(?P<source>secondo|riporta|scrive|rivela|riferisce)          # a news source, not a party
      | \b(?P<absent>assenza\s+di|senza|tranne|eccetto|esclus[oa])    # named as left out
      | \b(?P<analyst>analist[ai]\s+di|broker\s+di)                  # commentators
    )
    \s+(?:il|la|lo|l'|i|gli|le)?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: Before organizations that join the one a deal names ("guidato da X con la partecipazione di Y e Z").
CO_PARTICIPANT = re.compile(
    r"""
    (?: \bcon\s+la\s+partecipazione\s+(?:anche\s+)?d | \binsieme\s+(?:a|ad|con) | \bassieme\s+a
      | \baffiancat[oaie]\s+da
    )\w*'?\s*(?:(?:il|la|lo|l'|i|gli|le|dei|degli|delle|del|della|dello|dell'|ai|agli|alle|al|alla)\s+)?
    (?:(?:soci|fondi|investitori|banche|fondo|banca|soci\s+storici)\s+)?$
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: The prepositions "to" ("a", "al", "alla", ...).
DATIVE = r"(?:a|ad|al|alla|allo|all'|ai|agli|alle)"
#: A sale's participle right before its "da" ("ceduto da Parodi", "venduta dalla holding"): the seller.
SOLD_BY = re.compile(
    r"\b(?:cedut|vendut|alienat|dismess)[oaie]\s+(?:\w+\s+){0,2}?"
    r"(?:da|dal|dalla|dallo|dall'|dai|dagli|dalle)\s*(?:[a-zà-ù]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Before the one a sale or a licence goes to ("ha venduto X al fondo Y", "alla statunitense Z").
RECIPIENT_OF_TRANSFER = re.compile(
    rf"\b{DATIVE}\s+"
    r"(?:(?:fondo|gruppo|società|colosso|[a-zà-ù]+(?:ese|ense|ana|ano|ca|co|ari[oa]|ale))\s+){0,3}$",
    re.IGNORECASE,
)
#: Before the company a share is of ("il 100% della controllata Z").
SHARE_OF = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|per\s*cento)\s+(?:del\s+capitale\s+)?(?:di|del|della|dello|dell')\s*"
    r"(?:(?:controllata|società|partecipata|gruppo)\s+)?$",
    re.IGNORECASE,
)
#: Before an organization that receives what the verb gives or that it is for ("conferirà alla joint venture
#: la licenza", "per Visiqa sono previsti investimenti").
DATIVE_BEFORE = re.compile(rf"\b(?:{DATIVE}|per)\s*$", re.IGNORECASE)
#: A relative clause whose subject is the organization right before it ("a X, che conta di investire"),
#: with no organization of its own after a preposition ("a X, che lo ha ceduto a Y").
RELATIVE_SUBJECT = re.compile(
    r"\s*,?\s*che\b(?![^,;.]*\b(?:a|ad|al|alla|allo|ai|agli|alle|da|dal|dalla)\s+[A-Z])"
)
LAST_WORD = re.compile(r"(?P<word>[\w']+)\s*$")
ARTICLE = re.compile(r"^\s*(?:il|lo|la|l'|i|gli|le)?\s*$", re.IGNORECASE)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_SPAN_RANGE = re.compile(r"^\s*(?:dal|dall'|dalla|da|tra|fra)\b.*\b(?:al|all'|alla|a|e)\b", re.IGNORECASE)
DATE_SPAN_END_CUE = re.compile(r"^\s*(?:fino|sino)\b", re.IGNORECASE)
#: A deadline ("entro il 2026", "entro sei mesi"): when something must be done, not when a term ends.
DEADLINE = re.compile(r"^\s*entro\b", re.IGNORECASE)
DEADLINE_BEFORE = re.compile(
    r"\bentro\s+(?:(?:il|la|le|i|l'|la\s+fine\s+(?:del|di|dell'))\s*)?$", re.IGNORECASE
)
#: A bidder who challenges the award to another ("il ricorso di X contro l'affidamento a Y della
#: concessione"): X is no party to the contract awarded.
LOSING_BIDDER = re.compile(
    r"\s+contro\s+l['’](?:affidamento|aggiudicazione)\s+(?:(?:della\s+gara\s+)?a|ad|alla|al|all['’])\b",
    re.IGNORECASE,
)
DATE_SPAN_START_CUE = re.compile(
    r"^\s*(?:dal|dall'|dalla|a\s+partire|con\s+decorrenza|a\s+decorrere)\b", re.I
)


def inside(items: Sequence[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    """The items whose span lies inside [start, end)."""
    return [item for item in items if item["start"] >= start and item["end"] <= end]


def party_orgs(text: str, orgs: Sequence[dict[str, Any]], lexicon: TermLexicon) -> list[dict[str, Any]]:
    """Organizations that can be parties: not news sources ("secondo il Financial Times"), not
    organizations named as left out ("l'assenza di Microsoft"), not authorities (Consob, Antitrust)."""
    authorities = described_authorities(text, orgs, lexicon)
    kept = [
        org
        for org in orgs
        if not NOT_A_PARTY.search(text[max(0, org["start"] - 25) : org["start"]])
        and not LOSING_BIDDER.match(text, org["end"])
        and not lexicon.authority.match((org.get("name") or org["text"]).strip())
        and not lexicon.authority.match(org["text"].strip())
        and _name(org) not in authorities
    ]
    return with_full_names(kept, lexicon.holding_vehicle)


def described_authorities(text: str, orgs: Sequence[dict[str, Any]], lexicon: TermLexicon) -> set[str]:
    """The names of organizations the text describes as authorities ("la Cnmc, l'autorità spagnola della
    concorrenza"), and of those in apposition to an authority ("la Commissione della concorrenza
    svizzera, la Comco"): they approve deals, they are no parties."""
    found = {_name(o) for o in orgs if lexicon.authority_apposition.match(text, o["end"])}
    ordered = sorted(orgs, key=lambda o: o["start"])
    for before, after in itertools.pairwise(ordered):
        authority = _name(before) in found or lexicon.authority.match(_name(before).strip())
        gap = APPOSITION_BEFORE.search(text, before["end"], after["start"])
        if authority and gap is not None and not text[before["end"] : gap.start()].strip():
            found.add(_name(after))  # nothing but a comma and an article between them
    return found


PREPOSITION_BEFORE = re.compile(
    r"\b(?:di|del|della|dello|dell'|dei|degli|delle|a|al|alla|all'|da|dal|dalla|in|nel|nella|con|su|sul|"
    r"sulla|per|tra|fra|come|e|(?:presso|contro|verso)(?:\s+(?:la|il|lo|i|gli|le|l'))?)\s*$",
    re.IGNORECASE,
)
COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:e|ed)?\s*(?:il|la|lo|l'|i|gli|le)?\s*$", re.IGNORECASE)
CONJUNCTION = re.compile(r"^\s*(?:e|ed)\s+(?:(?:il|la|lo|i|gli|le)\s+|l')?$", re.IGNORECASE)


def sentence_subject(
    text: str, sentence: tuple[int, int], sentence_orgs: Sequence[dict[str, Any]]
) -> dict[str, Any] | None:
    """The organization a sentence is about: its first organization not introduced by a preposition, the
    one whose officer speaks ("L'amministratore delegato di X, Y, ha spiegato che ..."), or the one it
    opens on ("Per X, l'intesa è ...")."""
    governed: dict[str, Any] | None = None  # the last organization a preposition introduced
    for o in sentence_orgs:
        if OFFICER_OF.search(text[max(sentence[0], o["start"] - 40) : o["start"]]) or TOPIC_FOR.fullmatch(
            text, sentence[0], o["start"]
        ):
            return o
        if PREPOSITION_BEFORE.search(text[max(sentence[0], o["start"] - 15) : o["start"]]):
            governed = o
            continue
        if SOURCE_BEFORE.search(text, max(sentence[0], o["start"] - 70), o["start"]):
            continue  # "secondo le stime dell'associazione di categoria X": a source, not the subject
        if governed is not None and JOINED_TO.fullmatch(text, governed["end"], o["start"]):
            governed = o  # "la fusione tra A, la multiutility ..., e la comasca B": B is governed too
            continue
        return o
    return None


#: A source named after "secondo" ("secondo le stime dell'associazione di categoria X", "secondo X").
SOURCE_BEFORE = re.compile(r"\bsecondo\s+(?:[\w'’]+\s+){0,6}$", re.IGNORECASE)
#: What joins a second member to the first of "tra A e B" (an apposition of A may come between).
JOINED_TO = re.compile(
    r"(?:\s*,[^,;:.]{0,80},)?\s*(?:e|ed)\s+(?:(?:la|il|lo|l'|i|gli|le)\s*)?(?:[a-zà-ù]+\s+)?", re.IGNORECASE
)
#: A sentence that opens on what it is about ("Per Scaffale Digitale, l'intesa è un passo decisivo").
TOPIC_FOR = re.compile(r"\W*per\s+", re.IGNORECASE)
#: An officer who speaks for the organization named next ("l'amministratore delegato di X").
OFFICER_OF = re.compile(
    r"\b(?:amministrat\w+\s+delegat\w+|ad|ceo|president\w*|direttor\w+\s+generale|"
    r"portavoce|fondator\w*)\s+(?:di|del|della|dello|dell')\s*$",
    re.IGNORECASE,
)


def topic_org(
    subjects: Sequence[dict[str, Any] | None],
    orgs: Sequence[dict[str, Any]],
    lead_for: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """The article's main organization: the subject of its first sentence about one (the lead), the
    organization the lead is for when it has no subject (``lead_for``, see :func:`organization_for`),
    else the organization mentioned most often."""
    if lead_for is not None and all(s is None or s["start"] > lead_for["start"] for s in subjects):
        return lead_for
    lead = next((subject for subject in subjects if subject is not None), None)
    if lead is not None:
        return lead
    counts: dict[str, int] = {}
    first: dict[str, dict[str, Any]] = {}
    for org in orgs:
        name = org.get("name") or org["text"]
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, org)
    if not counts:
        return None
    best = max(counts, key=lambda name: (counts[name], -first[name]["start"]))
    return first[best]


def named_in_title(
    title: str | None, orgs: Sequence[dict[str, Any]], common_word: Callable[[str], bool]
) -> list[dict[str, Any]]:
    """The article's organizations its headline names, in headline order, each by its first mention in
    the text: by canonical name, as the text writes it ("Sartori (Audiomedica): «Con Demant ...»") or by
    a word of its name no other organization's name has, of four letters or more, that is no common word
    (``common_word``: "Cattaneo (Orione)" of Multisala Orione)."""
    if not title:
        return []
    owners: dict[str, set[str]] = {}
    for org in orgs:
        for word in _name(org).split():
            owners.setdefault(word, set()).add(_name(org))
    first: dict[str, dict[str, Any]] = {}  # each organization by its first mention (orgs are in text order)
    where: dict[str, int] = {}  # and where the headline names it first
    searched: dict[str, set[str]] = {}  # the forms looked for, by organization
    for org in orgs:
        name = _name(org)
        first.setdefault(name, org)
        own_words = {
            w
            for w in name.split()
            if len(w) >= 4 and w[:1].isupper() and len(owners[w]) == 1 and not common_word(w)
        }
        done = searched.setdefault(name, set())
        for form in {name, org["text"], *own_words} - done:
            done.add(form)
            hit = next(whole_word_hits(title, form), None)
            if hit is not None and form in own_words and form != name and _inside_other_name(title, *hit):
                continue  # "San Gregorio Armeno": a word of another name, not this organization's
            if hit is not None:
                where[name] = min(hit[0], where.get(name, hit[0]))
    return [first[name] for name in sorted(where, key=where.__getitem__)]


#: A capitalized word right before or right after a word of a headline.
CAPITALIZED_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w'’]*\s+$")
CAPITALIZED_AFTER = re.compile(r"\s+[A-ZÀ-Ý]")


def _inside_other_name(title: str, start: int, end: int) -> bool:
    """The headline's word at ``start``-``end`` stands inside a longer capitalized name ("San Gregorio
    Armeno"), not at the headline's start."""
    before = CAPITALIZED_BEFORE.search(title, 0, start)
    after = CAPITALIZED_AFTER.match(title, end)
    return (before is not None and before.start() > 0) or after is not None


#: A blank line between two blocks of text.
BLOCK_BREAK = re.compile(r"\n[ \t]*\n")


def digest_items(text: str, title: str | None, lexicon: TermLexicon) -> list[tuple[int, int]]:
    """The items of a news digest ("ECONOMIA IN BREVE", a weekly column of short news), each a block of
    text between blank lines, from its start to the next block's; [] when the text is no digest: neither
    its headline nor its first line names one, and fewer than three blocks open on a label in capitals
    ("GARE. Il Comune di ...", "CAR SHARING – X rinnova"), or some label opens several blocks (the speakers'
    turns of a transcript: "INVIATO: ...", "CARUSO: ...")."""
    starts = [0, *(m.end() for m in BLOCK_BREAK.finditer(text))]
    starts = [s for s, e in zip(starts, [*starts[1:], len(text)], strict=True) if text[s:e].strip()]
    if len(starts) < 3:
        return []
    line_end = text.find("\n", starts[0])
    first_line = text[starts[0] : line_end if line_end >= 0 else len(text)]
    named = lexicon.digest_heading.search(title or "") or lexicon.digest_heading.search(first_line)
    opening = [lexicon.digest_label.match(text, s) for s in starts]
    labels = [m.group().rstrip(" .:–—-").strip() for m in opening if m]
    # the turns of a transcript repeat their speakers' labels ("INVIATO:", "CARUSO:"); a digest's do not
    turns = len(set(labels)) < len(labels)
    if not named and (len(labels) < 3 or turns):
        return []
    return list(zip([0, *starts[1:]], [*starts[1:], len(text)], strict=True))


def organization_for(
    text: str, sentence_orgs: Sequence[dict[str, Any]], described: Collection[int] = ()
) -> dict[str, Any] | None:
    """The first organization a sentence is said to be for ("il 2024 è stato per X un anno di
    consolidamento", "giornata nera per X"), that it presents as its case ("Il caso più evidente è quello
    di X"), whose board speaks in it ("Il consiglio di amministrazione di X ha approvato"), that absorbs
    another ("la fusione per incorporazione di X in Y": Y) or that the article describes as a company
    where it names it (``described``: the start offsets of those mentions; "l'offerta su X, la società
    milanese di corsi online")."""
    return next(
        (
            o
            for o in sentence_orgs
            if FOR_BEFORE.search(text, max(0, o["start"] - 40), o["start"])
            or ABSORBING_BEFORE.search(text, max(0, o["start"] - 100), o["start"])
            or o["start"] in described
        ),
        None,
    )


#: The company that absorbs another in a merger ("la fusione per incorporazione di X in Y": Y goes on).
ABSORBING_BEFORE = re.compile(
    r"\bincorporazione\s+(?:di|del|della|dello|dell')\s*[^,;:.]{1,70}?\s+(?:in|nel|nella|nell')\s*$",
    re.IGNORECASE,
)
#: "per", a company's board or a noun of what it has or does, right before an organization: "per X", "il
#: consiglio di amministrazione di X", "la finanza di X", "il concordato preventivo di X" (not the target
#: of a sale: "l'acquisizione di X da parte di Y").
FOR_BEFORE = re.compile(
    r"\b(?:per|(?:consiglio\s+di\s+amministrazione|cda|board)\s+(?:di|del|della|dello|dell')|"
    # "Il caso più evidente è quello di X", "il caso di X": the article presents the company it is about
    r"(?:è|sono)\s+quell[oa]\s+(?:di|del|della|dello|dell')|\bil\s+caso\s+(?:di|del|della|dello|dell')|"
    r"(?:il|la|lo|l'|i|gli|le|al|alla|ai|agli|alle|all'|del|della|dei|degli|delle|dell'|nel|nella|nei|sul|sulla|sui)"
    r"(?:(?<=')|\s+)(?!(?:acquisizion|cession|vendit|fusion|scalat|offert|acquist|incorporazion)\w*\s)"
    # "nel fine settimana dell'Immacolata": a time, not something of a company
    r"(?!(?:fine|settimana|giorn[oi]|giornata|mese|anno|periodo|weekend|ponte|vigilia)\b)"
    r"[a-zà-ù]+(?:\s+[a-zà-ù]+)?\s+(?:di|del|della|dello|dell'))\s*$",
    re.IGNORECASE,
)


ARTICLED_NOUN = re.compile(
    r"\b(?i:l'|la|il|lo|le|i|gli|dell'|della|del|dello|delle|dei|degli|all'|alla|al|allo|alle|ai|agli|"
    r"dall'|dalla|dal|nell'|nella|nel|sull'|sulla|sul)\s*(?P<noun>[a-zà-ù]{4,})\b"
)


#: A comma and an article right before a noun: an apposition ("X, l'operatore di scommesse").
APPOSITION_BEFORE = re.compile(r",\s*(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?$")


def head_index(
    orgs: Sequence[dict[str, Any]], heads: frozenset[str], lemma: Callable[[str], str]
) -> dict[str, dict[str, Any]]:
    """The lemma of an organization's head noun and the organization it begins ("acciaieria" for
    "Acciaierie del Tirreno"), for heads that begin one organization of the article only."""
    owners: dict[str, set[str]] = {}
    first: dict[str, dict[str, Any]] = {}
    for org in orgs:
        words = _name(org).split()
        if len(words) >= 2 and words[0] in heads:
            key = lemma(words[0].lower())
            owners.setdefault(key, set()).add(_name(org))
            first.setdefault(key, org)
    return {key: first[key] for key, names in owners.items() if len(names) == 1}


def head_anaphors(
    text: str,
    clause: tuple[int, int],
    index: Mapping[str, dict[str, Any]],
    lemma: Callable[[str], str],
    synonyms: Mapping[str, str] | None = None,
    orgs: Sequence[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    """Stand-ins for an organization named again by its head noun ("a favore dell'acciaieria" for
    "Acciaierie del Tirreno") or by a noun for it (``synonyms``: "la giunta" for "Comune di Crema"), at the
    noun's place in the clause. A noun in apposition to an organization of ``orgs`` ("Bronzi Veneti, la
    fonderia di Vittorio Veneto") describes that one: it names no other."""
    if not index:
        return []
    ends = {o["end"] for o in orgs}
    found = []
    for match in ARTICLED_NOUN.finditer(text, *clause):
        apposition = APPOSITION_BEFORE.search(text, max(0, match.start("noun") - 8), match.start("noun"))
        if apposition is not None and apposition.start() in ends:
            continue
        noun = match.group("noun")
        org = index.get((synonyms or {}).get(noun) or lemma(noun))
        if org is not None:
            found.append(_stand_in(org, match.start("noun"), match.end("noun")))
    return found


def named_ventures(text: str, orgs: Sequence[dict[str, Any]], lexicon: TermLexicon) -> list[dict[str, Any]]:
    """The organizations the article introduces as a new joint company ("La nuova società, che si
    chiamerà X", "X, la joint venture ..."), at their first such mention, in text order."""
    found: dict[str, dict[str, Any]] = {}
    for org in orgs:
        before = text[max(0, org["start"] - 60) : org["start"]]
        if lexicon.venture_named_before.search(before) or lexicon.venture_named_after.match(text, org["end"]):
            found.setdefault(_name(org), org)
    return sorted(found.values(), key=lambda o: o["start"])


def venture_anaphors(
    text: str, clause: tuple[int, int], ventures: Sequence[dict[str, Any]], lexicon: TermLexicon
) -> list[dict[str, Any]]:
    """Stand-ins for a joint company named again by what it is ("alla joint venture", "la società
    comune"): the one introduced last before the phrase. A genitive ("la durata della joint venture")
    names a property of it, not a party, and is not matched."""
    found = []
    for match in lexicon.venture_anaphor.finditer(text, *clause):
        named = [org for org in ventures if org["end"] <= match.start()]
        if named:
            found.append(_stand_in(named[-1], match.start("noun"), match.end("noun")))
    return found


#: A preposition and an article right before an organization ("con l'", "per il").
ARTICLED_PREPOSITION = re.compile(
    r"\b(?:con|per|tra|fra|a|da|di|su|in)\s+(?:il|la|lo|i|gli|le|l['’])\s*$", re.IGNORECASE
)
#: A partner introduced by "con" (or "insieme a") at the head of a clause ("con la francese Y").
PARTNER_BEFORE = re.compile(
    r"\b(?:con|insieme\s+a|assieme\s+a)\s+(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:[a-zà-ù]+\s+){0,2}$",
    re.IGNORECASE,
)
#: An organization that is the object of a preposition ("concede a X", "ha firmato con la X", "da X").
OBJECT_PREPOSITION_BEFORE = re.compile(
    r"\b(?:a|ad|al|alla|allo|all['’]|ai|agli|alle|con|da|dal|dalla|dallo|dall['’]|dai|dagli|per|verso)\s+"
    r"(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:[a-zà-ù]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A partner put first in its sentence, before a comma ("Con Ferrovie Emiliane, invece, il parco ha ...").
FRONTED_PARTNER = re.compile(
    r"[\s«\"“]*(?:con|insieme\s+a|assieme\s+a)\s+(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:[a-zà-ù]+\s+){0,2}",
    re.IGNORECASE,
)
#: A purpose infinitive's preposition right before the trigger ("per investire").
PURPOSE_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
#: A noun phrase in apposition, between an organization and the relative clause about it.
APPOSITION = re.compile(r"\s*,\s*(?:la|il|l'|una|un|uno)?\s*[a-zà-ù][^,;:.()\"]{0,80}")
#: Between an organization and a participle it governs: ", entrato nel capitale".
PARTICIPLE_GAP = re.compile(r"\s*,\s*")


#: What may come before a clause's subject: blanks, a comma or a colon.
CLAUSE_OPENING = re.compile(r"[\s,;:]*")


def opening_match(text: str, clause: tuple[int, int], pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` right at the clause's start, after blanks and punctuation ("L'istituto ...")."""
    return pattern.match(text, CLAUSE_OPENING.match(text, clause[0]).end())  # type: ignore[union-attr]


def fronted_partner(
    text: str, sentence: tuple[int, int], sentence_orgs: Sequence[dict[str, Any]]
) -> dict[str, Any] | None:
    """The organization a sentence opens with as a partner, set off by a comma: "Con Grafiche Venete,
    invece, a gennaio abbiamo risolto il contratto" deals with Grafiche Venete, though its clause is
    another."""
    first = next((o for o in sentence_orgs if o["start"] >= sentence[0]), None)
    if first is None or not FRONTED_PARTNER.fullmatch(text, sentence[0], first["start"]):
        return None
    return first if PARTICIPLE_GAP.match(text, first["end"]) else None


#: A coordinated predicate of intent that starts a new verb phrase with the same subject.
NEW_PREDICATE = re.compile(
    r",?\s+e\s+(?:(?:inoltre\s+)?(?:prevede|intende|punta|conta|vuole|progetta|si\s+prepara)\s+(?:di|a)\b"
    r"|(?:lo|la|li|le|l['’])\s*(?:ha|hanno)\s+[a-zà-ù]+(?:at|ut|it)[oaie]\b)",  # "e lo ha affidato a Y"
    re.IGNORECASE,
)
#: What opens an aside about the organization before it and runs up to another one: a comma, an article
#: and a common noun ("X, la finanziaria della Y", "X, il club napoletano che ha raccolto fondi da Y").
APPOSITION_OPENING = re.compile(r"\s*,\s*(?:il|lo|la|l'|i|gli|le)\s*[a-zà-ù][^,;:()«»\"]*")


def _stand_in(org: dict[str, Any], start: int, end: int) -> dict[str, Any]:
    return {**org, "start": start, "end": end}


def scope_orgs(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    sentence_orgs: Sequence[dict[str, Any]],
    trigger: tuple[int, int],
    topic: dict[str, Any] | None,
    lexicon: TermLexicon,
    sold: bool = False,
) -> list[dict[str, Any]]:
    """Organizations a trigger can take as parties: those of its clause (not those that only describe
    another, "X, controllata dal fondo Y, ...", nor the market a security is listed on), the subject of
    the sentence when no organization precedes the trigger ("Veltra, ..., ma ha firmato"), the
    organization a relative clause is about ("con il fondo X, che valuta l'acquisto"), and the article's
    main organization when "la società" / "il gruppo" stands for it. Of an agreement signed with a
    partner for a purpose, the partner is no party of the purpose, unless the purpose is a sale (``sold``:
    "ha firmato con Y un accordo per rilevare il 60% di Z", where Y sells)."""

    def lead(org: dict[str, Any]) -> str:
        return text[max(clause[0], org["start"] - 60) : org["start"]]

    def describes_another(org: dict[str, Any]) -> bool:
        """After the trigger, an organization in an aside about the one right before it ("tra il Comune
        e GiraAuto, l'operatore controllato da Iren")."""
        described = [o for o in sentence_orgs if trigger[1] <= o["end"] <= org["start"]]
        between = text[described[-1]["end"] : org["start"]] if described else ""
        return between.lstrip().startswith(",") and bool(lexicon.appositive_before.search(between))

    def in_closed_aside(org: dict[str, Any]) -> bool:
        """Before the trigger, an organization in an aside about the one before it, closed before the
        trigger ("Marche Sviluppo, la finanziaria della Regione Marche, detiene il 15%")."""
        if org["end"] > trigger[0]:
            return False
        described = [o for o in sentence_orgs if o["end"] <= org["start"]]
        if not described or not APPOSITION_OPENING.fullmatch(text, described[-1]["end"], org["start"]):
            return False
        return "," in text[org["end"] : trigger[0]]

    orgs = [
        o
        for o in inside(sentence_orgs, *clause)
        if not in_closed_aside(o)
        and (
            (o["start"] >= trigger[1] and not describes_another(o))
            or not lexicon.appositive_before.search(lead(o))
            or lexicon.led_pool_before.search(lead(o))  # "con un pool guidato da X un finanziamento"
        )
        and not lexicon.listing_venue_before.search(lead(o))
        # "ha ottenuto dalla Banca X un finanziamento, e prevede di investire": X is the first verb's
        and not (o["end"] <= trigger[0] and NEW_PREDICATE.search(text, o["end"], trigger[0]))
        and not (o["start"] >= trigger[1] and NEW_PREDICATE.search(text, trigger[1], o["start"]))
    ]
    if lexicon.prepositional_relative.match(text, clause[0]):
        # "Coop Italia, per la quale Y produce in esclusiva": Coop Italia is Y's partner
        antecedent = _antecedent(sentence_orgs, clause)
        if antecedent is not None and all(_name(o) != _name(antecedent) for o in orgs):
            if not any(o["end"] <= trigger[0] for o in orgs):
                # "X affida la manutenzione a Y, con cui ha un contratto": X has it with Y
                before = [o for o in sentence_orgs if o["end"] <= clause[0]]
                subject = sentence_subject(text, sentence, before)
                if subject is not None and _name(subject) != _name(antecedent):
                    orgs = [subject, *orgs]
            orgs = [antecedent, *orgs]
    if lexicon.acting_participle.match(text, trigger[0], trigger[1]):
        # "guidato da Y, entrato così nel capitale": Y acts; the others are acted on
        actor = next((o for o in sentence_orgs if PARTICIPLE_GAP.fullmatch(text, o["end"], trigger[0])), None)
        if actor is not None:
            acted_on = [_stand_in(o, trigger[1], trigger[1]) for o in orgs if _name(o) != _name(actor)]
            return [actor, *acted_on]
    if PURPOSE_BEFORE.search(text, max(clause[0], trigger[0] - 8), trigger[0]):
        # "ha firmato un accordo con X per investire": the subject invests, X is a partner of the accordo
        before = [  # not "un accordo con l'Autorità"
            o
            for o in sentence_orgs
            if o["end"] <= trigger[0]
            and not ARTICLED_PREPOSITION.search(text, max(0, o["start"] - 12), o["start"])
        ]
        in_clause = [o for o in before if o["start"] >= clause[0]] if clause[0] > sentence[0] else []
        # "ha smentito le voci secondo cui Y sarebbe pronta a lanciare un'offerta per rilevarne": Y
        subject = sentence_subject(text, (clause[0], sentence[1]), in_clause) if in_clause else None
        subject = subject or sentence_subject(text, sentence, before)
        anaphor = lexicon.anaphoric_company.match(text, sentence[0])
        if subject is None and anaphor is not None and topic is not None:
            subject = _stand_in(topic, anaphor.start(), anaphor.end())
        if subject is not None:
            # a sale's partner sells: "ha firmato con Y un accordo per rilevare il 60% di Z"
            buying = sold and _buying(text, trigger)
            sellers = [o for o in before if buying and PARTNER_BEFORE.search(text, clause[0], o["start"])]
            sellers = [o for o in sellers if _name(o) != _name(subject)]
            return [subject, *sellers, *(o for o in orgs if o["start"] >= trigger[1])]
    if any(o["end"] <= trigger[0] for o in orgs):
        before = [o for o in orgs if o["end"] <= trigger[0]]
        partners_only = all(PARTNER_BEFORE.search(text, clause[0], o["start"]) for o in before)
        if clause[0] > sentence[0] and partners_only:
            # "X guarda oltre: con la francese Y intende costituire una joint venture": X acts with Y
            subject = sentence_subject(text, sentence, [o for o in sentence_orgs if o["end"] <= clause[0]])
            if subject is not None and all(_name(o) != _name(subject) for o in orgs):
                return [subject, *orgs]
        # "L'istituto leccese ha firmato con X il contratto": the company "l'istituto" stands for acts with X
        anaphor = opening_match(text, clause, lexicon.anaphoric_company) if partners_only else None
        if anaphor is not None and topic is not None and all(_name(o) != _name(topic) for o in orgs):
            return [_stand_in(topic, anaphor.start(), anaphor.end()), *orgs]
        objects = all(OBJECT_PREPOSITION_BEFORE.search(text, clause[0], o["start"]) for o in before)
        if objects and lexicon.relative_clause.match(text, clause[0]):
            # "X, che ha concesso a Y la licenza": X, the relative clause's subject, grants it to Y
            antecedent = _antecedent(sentence_orgs, clause)
            if antecedent is not None and all(_name(o) != _name(antecedent) for o in orgs):
                return [antecedent, *orgs]
        return orgs
    if lexicon.relative_clause.match(text, clause[0]):  # "con il fondo X, che valuta l'acquisto": X acts
        antecedent = _antecedent(sentence_orgs, clause)
        before = [o for o in sentence_orgs if o["end"] <= clause[0]]
        if antecedent is None and before and APPOSITION.fullmatch(text, before[-1]["end"], clause[0]):
            antecedent = before[-1]  # "a X Ltd, catena di profumerie con 140 negozi, che ha firmato"
        if antecedent is not None:
            return [antecedent, *orgs]
    anaphor = lexicon.anaphoric_company.search(text, max(sentence[0], clause[0] - 80), trigger[0])
    if anaphor and topic is not None:
        if all(_name(o) != _name(topic) for o in orgs):
            orgs = sorted([_stand_in(topic, anaphor.start(), anaphor.end()), *orgs], key=lambda o: o["start"])
        return orgs
    subject = sentence_subject(text, sentence, [o for o in sentence_orgs if o["end"] <= clause[0]])
    if subject is not None:
        return [subject, *orgs]
    return orgs


def _name(org: dict[str, Any]) -> str:
    return org.get("name") or org["text"]


def name_id(org: dict[str, Any]) -> tuple[str, str]:
    """The canonical name and the id of an organization of ``doc._.itnews_orgs``."""
    return (_name(org), org["id"])


def _closest_group(orgs: list[dict[str, Any]], text: str, from_end: bool) -> list[dict[str, Any]]:
    """The organizations next to the trigger and those coordinated with them ("A e B")."""
    if not orgs:
        return []
    ordered = orgs[::-1] if from_end else orgs
    group = [ordered[0]]
    for org in ordered[1:]:
        left, right = (org, group[-1]) if from_end else (group[-1], org)
        if not COORDINATION.match(text[left["end"] : right["start"]]):
            break
        group.append(org)
    return group[::-1] if from_end else group


def company_kind_before(nouns: Iterable[str]) -> re.Pattern[str]:
    """The kind of company written between a preposition and the name, at the end of a text ("holding di
    famiglia " in "dalla holding di famiglia X", "fondo americano " in "dal fondo americano X")."""
    alternatives = "|".join(sorted((re.escape(noun) for noun in nouns), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?-i:\s+(?:di\s+)?[a-zà-ù]{{4,}}){{0,2}}\s+$", re.IGNORECASE)


#: A genitive right before an organization: what follows is of it ("i ricambi della Ardena").
GENITIVE_BEFORE = re.compile(r"\b(?:di|del|della|dello|dell'|dei|degli|delle)\s*$", re.IGNORECASE)


def _antecedent(sentence_orgs: Sequence[dict[str, Any]], clause: tuple[int, int]) -> dict[str, Any] | None:
    """The organization right before a clause that opens on a relative pronoun ("X, che ...", "X, per la
    quale ..."): the clause's antecedent."""
    return next((o for o in sentence_orgs if 0 <= clause[0] - o["end"] <= 1), None)


def _party_mentions(text: str, orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One mention per organization, the first unless it only owns something ("i ricambi della Ardena ...
    grazie a una licenza concessa da Ardena Heritage": the mention introduced by "da" tells the role)."""
    genitive = {id(o) for o in orgs if GENITIVE_BEFORE.search(text, max(0, o["start"] - 8), o["start"])}
    named: dict[str, list[dict[str, Any]]] = {}
    for org in orgs:
        named.setdefault(org.get("name") or org["text"], []).append(org)
    kept = {id(next((o for o in group if id(o) not in genitive), group[0])) for group in named.values()}
    return [o for o in orgs if id(o) in kept]


#: A partner governed by the word before it ("la fusione con la torinese X"), not fronted ("Con X, ...").
GOVERNED_PARTNER_BEFORE = re.compile(
    r"\b[a-zà-ù]{3,}\s+(?:con|insieme\s+a)\s+(?:(?:il|la|lo|l['’]|i|gli|le)\s*)?(?:[a-zà-ù]+\s+){0,2}$"
)


def _object_before_subject(
    text: str, org: dict[str, Any], trigger: tuple[int, int], ordered: Sequence[dict[str, Any]]
) -> bool:
    """``org`` is the partner a word governs ("la fusione con X"), and another organization named after
    it and before the trigger, and not before it, is a bare subject: ``org`` belongs to an earlier
    predicate, the new subject's is the trigger ("Mirage ha chiuso l'accordo con X: il club ha esercitato
    il recesso" is still Mirage's, with X)."""
    if not GOVERNED_PARTNER_BEFORE.search(text, max(0, org["start"] - 50), org["start"]):
        return False
    earlier = {_name(o) for o in ordered if o["end"] <= org["start"]}
    return any(
        org["end"] <= other["start"]
        and _name(other) not in earlier
        and not APPOSITION_BEFORE.search(text, max(0, other["start"] - 8), other["start"])
        and other["end"] <= trigger[0]
        and not OBJECT_PREPOSITION_BEFORE.search(text, max(0, other["start"] - 40), other["start"])
        and not AGENT_PREPOSITION.search(text, max(0, other["start"] - 12), other["start"])
        for other in ordered
    )


def _introduction(text: str, org: dict[str, Any], company_kind: re.Pattern[str] | None) -> str:
    """The 12 characters before an organization, its kind of company left out."""
    end = org["start"]
    kind = company_kind.search(text, max(0, end - 60), end) if company_kind is not None else None
    if kind is not None:
        end = kind.start()
    return text[max(0, end - 12) : end]


#: A second agent joined to the first: "concesso da A e da B".
AND_BY = re.compile(r"\s*,?\s*(?:e|ed)\s+(?:da|dal|dalla|dallo|dall'|dai|dagli|dalle)\s*", re.IGNORECASE)
#: A past participle (the trigger's last word) and the auxiliary of the passive voice before it.
PARTICIPLE = re.compile(r"\w+(?:at|it|ut)[oaie]$", re.IGNORECASE)
PASSIVE_AUXILIARY = re.compile(
    r"\b(?:è|sono|era|erano|viene|vengono|venne|vennero|sarà|saranno|stat[oaie])\s+(?:già\s+)?$",
    re.IGNORECASE,
)
NOT_PASSIVE_BEFORE = re.compile(
    r"\b(?:ha|hanno|ho|abbiamo|avete|aveva|avevano|avevamo|avrà|avranno|aver|avere|avendo)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _passive_participle(text: str, trigger: tuple[int, int]) -> bool:
    """The trigger is a past participle in the passive voice: "è stata acquisita", "rilevata da"."""
    if not PARTICIPLE.search(text, trigger[0], trigger[1]):
        return False
    before = text[max(0, trigger[0] - 30) : trigger[0]]
    return bool(PASSIVE_AUXILIARY.search(before)) or not NOT_PASSIVE_BEFORE.search(before)


def assign_roles(
    text: str,
    trigger: tuple[int, int],
    orgs: Sequence[dict[str, Any]],
    info: TypeInfo,
    company_kind: re.Pattern[str] | None = None,
) -> list[tuple[dict[str, Any], str]]:
    """Each distinct organization (by canonical name) with its role towards the trigger, agents first.

    Before the trigger, or introduced by "da" after it, an organization acts (agent role); after the
    trigger, introduced by one of the type's patient prepositions or directly, it is acted on. A deal
    bought from someone ("ha rilevato il 30% di Y da Z") has Z in the type's ``source_role`` when another
    organization acts. The preposition may stand before the ``company_kind`` ("dalla holding X").
    """
    agents: list[tuple[dict[str, Any], str]] = []
    patients: list[tuple[dict[str, Any], str]] = []
    sources: list[tuple[dict[str, Any], str]] = []
    seen: set[str] = set()
    ordered = _party_mentions(text, sorted(orgs, key=lambda o: o["start"]))
    introductions = {id(o): _introduction(text, o, company_kind) for o in ordered}
    passive = (
        any(  # "ha ottenuto da X un prestito"; not "ha rilevato Y da X", where X sold
            AGENT_PREPOSITION.search(text[max(0, o["start"] - 12) : o["start"]])
            for o in ordered
            if o["end"] <= trigger[0] or not info.source_role
        )
        or (
            _passive_participle(text, trigger)
            and any(
                o["start"] >= trigger[1] and AGENT_PREPOSITION.search(introductions[id(o)]) for o in ordered
            )
        )
    )  # "è stata acquisita dal gruppo X"
    previous: dict[str, Any] | None = None
    partners: list[dict[str, Any]] = []  # "con X" before the trigger
    for org in ordered:
        name = org.get("name") or org["text"]
        if name in seen:
            continue
        seen.add(name)
        before = introductions[id(org)]
        last, previous = previous, org
        by_last = last is not None and bool(agents) and agents[-1][0] is last
        by_last = by_last and AGENT_PREPOSITION.search(introductions[id(last)]) is not None
        if (
            last is not None
            and (last["start"] >= trigger[1] or any(p is last for p, _ in patients) or by_last)
            and CONJUNCTION.match(text[last["end"] : org["start"]])
        ):  # "da A e B", "con A e B": B stands where A stands (a comma alone may start the next clause)
            side = next((s for s in (agents, sources) if s and s[-1][0] is last), patients)
            side.append((org, side[-1][1]))
            continue
        if org["end"] <= trigger[0]:
            if not passive and RELATIVE_SUBJECT.match(text, org["end"], trigger[0]):
                agents.append((org, info.agent_role))  # "toccherà a X, che conta di investire": X invests
                continue
            if DATIVE_BEFORE.search(before) and trigger[0] - org["end"] <= 30:
                # the recipient right before what it receives: "conferirà alla joint venture la licenza"
                patients.append((org, info.patient_role))
                continue
            if AGENT_PREPOSITION.search(before):  # "ha ottenuto da Bper Banca una moratoria"
                agents.append((org, info.agent_role))
                continue
            near = not passive and trigger[0] - org["end"] <= 40
            if not near and _object_before_subject(text, org, trigger, ordered):
                continue  # "la fusione con X, e la scorsa settimana Y ha smentito un'offerta": Y's offer
            if near and PARTNER_BEFORE.search(text, max(0, org["start"] - 40), org["start"]):
                # "X ha in essere con la thailandese Y un contratto": Y is on the other side
                patients.append((org, info.patient_role))
                partners.append(org)
                continue
            # the subject acts, unless an agent "da ..." is named (passive voice)
            (patients if passive else agents).append((org, info.patient_role if passive else info.agent_role))
            continue
        gap = text[trigger[1] : org["start"]]
        word = LAST_WORD.search(before)
        coordinated = (  # "concesso da A e da B": B stands with A
            bool(agents) and agents[-1][0] is last and AND_BY.fullmatch(text, last["end"], org["start"])
        )
        by = AGENT_PREPOSITION.search(before)
        sold_by = info.source_role and SOLD_BY.search(text, max(0, org["start"] - 50), org["start"])
        if sold_by and not coordinated:  # "l'acquisizione di X, ceduto da Y": Y sold it
            sources.append((org, info.source_role))
        elif by and agents and info.source_role and not (passive or coordinated):
            sources.append((org, info.source_role))
        elif by:
            agents.append((org, info.agent_role))
        elif ARTICLE.match(gap) or (word and word.group("word").lower() in info.patient_preps):
            patients.append((org, info.patient_role))
        elif not agents:
            agents.append((org, info.agent_role))
        else:
            patients.append((org, info.patient_role))
    if info.source_role and _buying(text, trigger) and any(org["start"] >= trigger[1] for org, _ in patients):
        # "X ha firmato con Y un accordo per rilevare il 60% di Z": Y, the partner, sells Z
        sources += [(org, info.source_role) for org in partners]
        patients = [(org, role) for org, role in patients if all(org is not p for p in partners)]
    nearest = _closest_group([org for org, _ in patients], text, from_end=False)
    nearest += [  # "ha ceduto a Y il 100% della controllata Z": the share's company is acted on too
        org
        for org, _ in patients
        if org not in nearest
        and (
            SHARE_OF.search(text[max(0, org["start"] - 40) : org["start"]])
            or RECIPIENT_OF_TRANSFER.search(text[max(0, org["start"] - 45) : org["start"]])
        )
    ]
    joined = [o for o in _co_participants([org for org, _ in patients], text) if o not in nearest]
    role_of_joined = info.agent_role if passive else info.patient_role
    roles = (
        agents
        + [(org, role) for org, role in patients if org in nearest]
        + [(org, role_of_joined) for org in joined]
        + sources
    )
    if info.source_role and not passive and SALE_TRIGGER.match(text, trigger[0], trigger[1]):
        roles = _sale_roles(text, trigger, roles, info)
    return _named_agent_first(roles, info)


def _named_agent_first(
    roles: list[tuple[dict[str, Any], str]], info: TypeInfo
) -> list[tuple[dict[str, Any], str]]:
    """Of an agent and a patient, the patient whose name holds one of the type's ``agent_names`` (a bank,
    for a loan) is the agent, put first, when the agent's name does not."""
    if not info.agent_names or len(roles) != 2:
        return roles
    if {role for _, role in roles} != {info.agent_role, info.patient_role}:
        return roles

    def named(org: dict[str, Any]) -> bool:
        words = re.findall(r"\w+", org.get("name") or org["text"])
        return any(word.casefold() in info.agent_names for word in words)

    agent = next(org for org, role in roles if role == info.agent_role)
    patient = next(org for org, role in roles if role == info.patient_role)
    if not named(patient) or named(agent):
        return roles
    return [(patient, info.agent_role), (agent, info.patient_role)]


#: A trigger that tells a sale from the seller's side: "ha ceduto", "venderà", "la cessione", "la vendita".
SALE_TRIGGER = re.compile(r"(?:ced|vend|alien|dismett|dismess|cession)\w*", re.IGNORECASE)


def _buying(text: str, trigger: tuple[int, int]) -> bool:
    """A deal trigger told from the buyer's side ("rilevare", "l'acquisto"), not a sale ("la cessione"),
    where a partner named with it may be the buyer."""
    return not SALE_TRIGGER.match(text, trigger[0], trigger[1])


#: What introduces the buyer after a sale: "a Y", "al gruppo Y", "alla tedesca Y".
TO_THE_BUYER = re.compile(
    r"(?:^|[^\w'’])(?:a|ad|al|allo|alla|ai|agli|alle|all')\s*(?:[a-zà-ù]+\s+){0,3}$", re.IGNORECASE
)


def _sale_roles(
    text: str, trigger: tuple[int, int], roles: list[tuple[dict[str, Any], str]], info: TypeInfo
) -> list[tuple[dict[str, Any], str]]:
    """A sale told from the seller's side ("X ha ceduto a Y il 70% di Z", "la cessione di Z a Y"): who acts
    before it sells, who receives it buys; the company sold stays acted on."""
    result = []
    for org, role in roles:
        if org["end"] <= trigger[0] and role == info.agent_role:
            role = info.source_role or role
        elif org["start"] >= trigger[1] and TO_THE_BUYER.search(
            text, max(trigger[1], org["start"] - 45), org["start"]
        ):
            role = info.agent_role
        result.append((org, role))
    buyers = [pair for pair in result if pair[1] == info.agent_role]
    return buyers + [pair for pair in result if pair[1] != info.agent_role]


def held_by(
    text: str, trigger: tuple[int, int], sentence_orgs: Sequence[dict[str, Any]], info: TypeInfo
) -> list[tuple[dict[str, Any], str]]:
    """The parties of a stake held told in the passive ("X, controllata al 52% dal fondo Y, usa ..."):
    the holders named right after "da" (and those coordinated with them) invest in the organization
    named last before the trigger; nothing else of the sentence takes part. Empty when either is
    missing."""
    before = [o for o in sentence_orgs if o["end"] <= trigger[0]]
    after = [o for o in sentence_orgs if o["start"] >= trigger[1]]
    if not before or not after or not ARTICLE_OR_KIND.fullmatch(text, trigger[1], after[0]["start"]):
        return []
    holders = _closest_group(after, text, from_end=False)
    held = before[-1]
    between = PREDICATE_COPULA.sub("", text[held["end"] : trigger[0]])  # "X è controllata da Y": X
    if any(_name(h) == _name(held) for h in holders) or NOT_THE_HELD.search(between):
        return []  # "costituirà con X una società consortile, partecipata al 70% da Y": not X
    return [(h, info.agent_role) for h in holders] + [(held, info.patient_role)]


#: Between an organization and the participle of a stake held: another thing it is said of ("una
#: società consortile"), or a verb of its own.
NOT_THE_HELD = re.compile(r"\b(?:un|una|uno|ha|hanno|ha\s+\w+|è|sono)\b|\bun'", re.IGNORECASE)
#: Between "da" and the holder's name: an article and a kind of holder at most ("dal fondo americano").
ARTICLE_OR_KIND = re.compile(r"\s*(?:(?:il|la|lo|l'|i|gli|le)\s*)?(?:[a-zà-ù]+\s+){0,3}", re.IGNORECASE)


def _co_participants(orgs: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The organizations introduced as joining the deal ("con la partecipazione di Y e dei soci Z")
    and those listed after them."""
    for index, org in enumerate(orgs):
        if CO_PARTICIPANT.search(text[max(0, org["start"] - 60) : org["start"]]):
            joined = [org]
            for later in orgs[index + 1 :]:
                gap = text[joined[-1]["end"] : later["start"]]
                if not (COORDINATION.match(gap) or CO_LIST.match(gap)):
                    break
                joined.append(later)
            return joined
    return []


#: Between two co-participants: "e dei soci storici", ", di".
CO_LIST = re.compile(
    r"^\s*(?:,|e|ed)\s*(?:(?:dei|degli|delle|del|della|di|il|la|i|gli|le)\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE
)


def link_money(
    trigger: tuple[int, int], money: Sequence[dict[str, Any]], periods: frozenset[str] = frozenset()
) -> dict[str, Any] | None:
    """The amount of a term: the first amount after the trigger in its clause, else the closest before.

    Per-unit prices ("8,40 euro per azione") are never the value of a term; amounts per one of the
    ``periods`` ("9 milioni di euro annui") are.
    """
    totals = [m for m in money if not m.get("unit") or m["unit"] in periods]
    after = [m for m in totals if m["start"] >= trigger[0]]
    if after:
        return after[0]
    before = [m for m in totals if m["end"] <= trigger[0]]
    return before[-1] if before else None


def find_percentage(
    text: str, clause: tuple[int, int], trigger: tuple[int, int], lexicon: TermLexicon
) -> float | None:
    """The percentage closest to the trigger inside its clause ("49%", "49 per cento"), or None."""
    best: tuple[int, float] | None = None
    for match in lexicon.percent.finditer(text, clause[0], clause[1]):
        distance = min(abs(match.start() - trigger[1]), abs(trigger[0] - match.end()))
        value = float(match.group("number").replace(".", "").replace(",", "."))
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def _iso_day(value: Any) -> str | None:
    return value if isinstance(value, str) and ISO_DAY.match(value) else None


def link_dates(
    text: str, clause: tuple[int, int], dates: Sequence[dict[str, Any]], lexicon: TermLexicon
) -> dict[str, Any]:
    """start_date, end_date, duration and date_ids of the terms of one clause.

    A date is an end only when it is the object of "fino a", "scade", "in vigore fino" (a deadline with
    "entro" is a goal, not an expiry); a start with "dal", "a partire da", "con decorrenza"; a duration
    when the dates layer gives one ("per tre anni", "nei prossimi quattro anni").
    """
    slots: dict[str, Any] = {"start_date": None, "end_date": None, "duration": None, "date_ids": []}
    for item in dates:
        prefix = text[max(clause[0], item["start"] - 40) : item["start"]]
        own = item.get("text") or text[item["start"] : item["end"]]
        used = False
        modifier = item.get("modifier")
        if item.get("kind") == "period" and DATE_SPAN_RANGE.match(
            own
        ):  # "dal 1° ottobre 2023 al 30 settembre 2028"
            begin, end = _iso_day(item.get("start_date")), _iso_day(item.get("end_date"))
            if begin and end and slots["end_date"] is None:
                slots["start_date"], slots["end_date"] = slots["start_date"] or begin, end
                used = True
        elif DEADLINE.match(own) or DEADLINE_BEFORE.search(prefix):
            pass  # "entro il 2026": a deadline to act, not the end of a term
        elif lexicon.end_date_cue.search(prefix) or DATE_SPAN_END_CUE.match(own) or modifier == "end_bound":
            end = _iso_day(item.get("end_date")) or _iso_day(item.get("value"))
            if end and slots["end_date"] is None:
                slots["end_date"] = end
                used = True
        elif (
            lexicon.start_date_cue.search(prefix)
            or DATE_SPAN_START_CUE.match(own)
            or modifier == "start_bound"
        ):
            begin = _iso_day(item.get("start_date")) or _iso_day(item.get("value"))
            if begin and slots["start_date"] is None:
                slots["start_date"] = begin
                used = True
        if not used and (item.get("kind") == "duration" or item.get("duration")):
            duration = item.get("duration") or item.get("value")
            if duration and str(duration).startswith("P") and slots["duration"] is None:
                slots["duration"] = duration
                used = True
        if used:
            slots["date_ids"].append(item["id"])
    return slots

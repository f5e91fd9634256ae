"""Status and certainty of contract-term triggers from Italian cues (pure functions over text).

The method follows the scope rules of the project's design note on contract terms:

1. a sentence is cut into clauses at contrast/concessive connectives, relative clauses, ';' and ':'
   (``clause_spans``), so "non sarà più ..., ma manterrà ..." gives two scopes;
2. conditional protases ("in caso di veto", "se l'operazione salta") are blanked, and look-alikes
   that contain "non" without negating ("non concorrenza", "non vincolante", "non solo",
   "non più di 5") are blanked before negation and cessation cues are searched (``find_cues``);
3. a negation or cessation cue reaches the triggers after it (or, when there is none, the closest
   one before it) and, when it reaches a clause-layer term, only clause-layer terms: "non sarà più
   il fornitore esclusivo" ends the exclusivity, not the supply (``assign_statuses``);
4. other cues reach the whole clause; when several reach one term the most specific wins
   (cancelled > ended > negated > pending > negotiating > planned > active);
5. without any cue a deal announced in the future tense (and in no past tense) or as a possibility
   is planned, and everything else active (a future inside an agreement in force states an
   obligation, not a plan: clauses take their agreement's status later, in the merge step).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.normalize.terms_lexicon import STATUS_PRECEDENCE, Cue, TermLexicon, load_term_lexicon

FUTURE_TENSE = re.compile(
    r"""
    \b(?P<future>
        \w+(?:erà|irà|arà|eranno|iranno|aranno|eremo|iremo|aremo)  # investirà, acquisiranno, lanceremo
      | sar(?:à|anno|emo) | avr(?:à|anno|emo)        # essere, avere
      | andr(?:à|anno|emo) | \w+rr(?:à|anno|emo)     # andare; verrà, otterrà, rimarrà
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: What may stand between a noun and the aside about it: at most one word (an adjective) or the name
#: its preposition introduces ("il contratto con Starhotels, scaduto il 30 giugno,").
ONE_WORD = re.compile(
    r"\s*(?:\w*|(?:con|di|del|della|dello|dell'|tra|fra)\s*[A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ][\w&.'’-]*){0,3})\s*"
)

#: A copula (and its adverbs) right before a participle in predicate position: what the participle says is
#: said of the subject before it ("l'offerta era naufragata", "X è interamente controllata da Y").
PREDICATE_COPULA = re.compile(
    r"\b(?:è|era|sono|erano|fu|furono|sarà|saranno|resta|restano|rimane|rimangono|risulta|risultano)\s+"
    r"(?:(?:stat[oaie]|già|poi|oggi|ora|ancora|interamente|integralmente|totalmente|indirettamente|"
    r"direttamente)\s+)*$",
    re.IGNORECASE,
)

#: A cue that opens on its copula ("è stata sciolta", "sono stati risolti"): a predicate of the subject.
COPULA_OPENING = re.compile(r"(?:è|sono|era|erano|fu|furono)\s+stat[oaie]\s", re.IGNORECASE)

PAST_TENSE = re.compile(
    r"""
    \b(?P<auxiliary>ha|hanno|ho|abbiamo|avete|aveva|avevano|avevamo|è|sono|siamo|era|erano|aver|avere|essere)
    (?!\s+(?:\w+\s+)?(?:annunciat|comunicat|dichiarat|spiegat|dett|precisat|confermat|presentat|illustrat|
          ribadit|sottolineat|specificat|ricordat|aggiunt|chiarit|affermat|riferit|scritt|fatto\s+sapere|
          res[oa]\s+not))  # reporting verbs date the news, not the deal
    \s+(?:\w+\s+)?                                   # "ha già firmato", "è stata ceduta"
    (?P<participle>\w+(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute|sso|ssa|sto|sta|tto|tta|uso|usa))\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: A signing or granting verb in the future: what it takes as object is not there yet ("firmerà una
#: licenza", "affiderà in esclusiva"), even a clause of an agreement.
SIGNING_FUTURE = re.compile(
    r"\b(?:firm|sottoscriv|sigl|stipul|conced|affid|accord)(?:erà|eranno|eremo)\b|\b(?:otterr|ottern)(?:à|anno|emo)\b",
    re.IGNORECASE,
)

#: What joins a verb phrase in the future to a past one before it: "ha ottenuto un prestito e investirà".
NEXT_VERB_PHRASE = re.compile(r"\s(?:e|ed|poi)\s+(?:\w+\s+){0,2}$")


def _own_future(text: str, trigger: TriggerRef, past_ends: list[int], futures: list[re.Match[str]]) -> bool:
    """The trigger is, or follows within a few words, a verb in the future that opens the clause's verbs
    or is coordinated after its past verbs ("ha ottenuto un finanziamento ... e investirà 11 milioni"): a
    plan beside a done deal."""
    for future in futures:
        if not future.start() <= trigger.start <= future.end() + 25:
            continue
        before = [end for end in past_ends if end <= future.start()]
        if not before:  # "Investiremo 1,8 milioni, coperti da un mutuo che la banca ci ha già erogato"
            return True
        joined = NEXT_VERB_PHRASE.search(text, before[-1], future.start())
        if joined and len(before) == len(past_ends):
            return True
    return False


def _signed(signing: re.Match[str] | None, trigger: TriggerRef) -> bool:
    """The future signing verb stands before the trigger it takes as object ("firmerà ... una licenza")."""
    return signing is not None and signing.end() <= trigger.start


#: A renewal or an extension named beside a cue of talks ("il rinnovo è in discussione", "trattative per il
#: rinnovo", "in fase di rinnovo").
RENEWAL_TALKED = re.compile(r"\b(?:rinnov[oi]|prorog[ah])\b", re.IGNORECASE)
#: A trigger that is itself the renewal.
RENEWAL_WORD = re.compile(r"\b(?:rinnov|prorog)", re.IGNORECASE)
#: A participle of execution right after a trigger, past one adjective and the amount the money component
#: found ("un finanziamento agevolato di 280.000 euro già concesso da X"): the noun names a deal done,
#: whatever plan the clause tells ("prevede di investire 450.000 euro con un finanziamento ... già concesso").
ADJECTIVE_AFTER = re.compile(r"\s+[a-zà-ù]+")
AMOUNT_PREPOSITION = re.compile(r"\s+(?:di|da|per)\s+", re.IGNORECASE)
EXECUTED_PARTICIPLE = re.compile(
    r"\s+(?:già\s+)?(?:concess|erogat|deliberat|firmat|siglat|sottoscritt|ottenut|stipulat|accordat)[oaie]\b",
    re.IGNORECASE,
)


def _executed_after(text: str, end: int, amounts: Sequence[tuple[int, int]]) -> bool:
    """A participle of execution follows the trigger ending at ``end``, over one adjective and an amount of
    ``amounts`` at most (``EXECUTED_PARTICIPLE``)."""
    adjective = ADJECTIVE_AFTER.match(text, end)
    for start in (end, adjective.end()) if adjective else (end,):
        if EXECUTED_PARTICIPLE.match(text, start):
            return True
        preposition = AMOUNT_PREPOSITION.match(text, start)
        amount = next((b for a, b in amounts if preposition and a == preposition.end()), None)
        if amount is not None and EXECUTED_PARTICIPLE.match(text, amount):
            return True
    return False


HORIZON = re.compile(
    r"""
    \b(?:in|nei\s+prossimi|nell'arco\s+di|entro)   # "in due anni", "nei prossimi tre anni": a plan's horizon
    \s+(?:\w+\s+)?(?P<unit>anni|mesi)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class CueHit:
    """A cue found in the text: absolute offsets and the lexicon entry."""

    start: int
    end: int
    cue: Cue


@dataclass(frozen=True)
class TriggerRef:
    """The minimum the status rules need to know of a trigger."""

    start: int
    end: int
    layer: str
    #: A clause that is an agreement of its own (a licence): the deal layer's cues reach it too.
    agreement: bool = False
    #: A term that can end (a contract, a clause); one that cannot (a renewal, a penalty paid) takes the
    #: next cue that reaches it instead: "ha lasciato scadere il contratto e non lo ha rinnovato".
    ends: bool = True

    def in_layer(self, layer: str) -> bool:
        """The trigger is of ``layer``, or an agreement of its own where the layer is the deals'."""
        return self.layer == layer or (layer == "deal" and self.agreement)


@dataclass(frozen=True)
class StatusDecision:
    """Status and certainty of one trigger, and whether a cue (not a default) decided the status."""

    status: str
    certainty: str
    explicit: bool
    cue_start: int | None = None


def clause_spans(text: str, start: int, end: int, breaker: re.Pattern[str]) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` at the clause breakers; absolute (start, end) pairs, none empty.

    >>> import re
    >>> clause_spans("a non b, ma c d", 0, 15, re.compile(r"\\bma\\b"))
    [(0, 9), (9, 15)]
    """
    cuts = [start]
    for match in breaker.finditer(text, start, end):
        if match.start() > cuts[-1]:
            cuts.append(match.start())
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def blank_spans(text: str, pattern: re.Pattern[str], start: int, end: int) -> str:
    """``text`` with every match of ``pattern`` inside [start, end) replaced by spaces (offsets kept)."""
    pieces = []
    last = 0
    for match in pattern.finditer(text, start, end):
        pieces.append(text[last : match.start()])
        pieces.append(" " * (match.end() - match.start()))
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _overlaps(a_start: int, a_end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a_start < b_end and b_start < a_end for b_start, b_end in spans)


_EDGE_WORD = re.compile(r"\w+")


def _ends_protected(match: re.Match[str], protected: Sequence[tuple[int, int]]) -> bool:
    """The first or the last word of a cue match lies in a protected span."""
    words = list(_EDGE_WORD.finditer(match.group()))
    if not words:
        return _overlaps(match.start(), match.end(), protected)
    first, last = words[0], words[-1]
    return _overlaps(match.start() + first.start(), match.start() + first.end(), protected) or _overlaps(
        match.start() + last.start(), match.start() + last.end(), protected
    )


#: How far back a relative clause's antecedent is looked for ("un finanziamento a cinque anni sottoscritto in
#: data odierna con X, che prevede ...").
RELATIVE_LOOKBACK = 120


def find_cues(
    text: str,
    clause: tuple[int, int],
    lexicon: TermLexicon,
    protected: Sequence[tuple[int, int]] = (),
) -> list[CueHit]:
    """All status and certainty cues inside ``clause``; cues whose first or last word lies in a
    ``protected`` span (a date, an amount) are skipped (a date between them does not matter: "ha
    ritirato a ottobre l'offerta"), and polarity cues are searched with the look-alikes blanked."""
    start, end = clause
    unconditional = blank_spans(text, lexicon.conditional, start, end)
    masked = blank_spans(unconditional, lexicon.look_alike, start, end)
    hits = []
    # a relative clause's antecedent is the subject its verb speaks of: "l'accordo, che prevede ..."
    lookback = max(0, start - RELATIVE_LOOKBACK) if lexicon.relative_clause.match(text, start) else start
    lowered = text[start:end].lower()
    present = {literal for literal in _all_literals(lexicon.cues) if literal in lowered}
    for cue in lexicon.cues:
        if cue.literals is not None and cue.literals.isdisjoint(present):
            continue  # none of the words every match holds: the regular expression cannot match
        source = text if cue.raw_text else masked if cue.scope == "after" else unconditional
        for match in cue.regex.finditer(source, start, end):
            if _ends_protected(match, protected):
                continue
            if cue.unless_before is not None and cue.unless_before.search(text, lookback, match.start()):
                continue
            hits.append(CueHit(match.start(), match.end(), cue))
    return sorted(hits, key=lambda hit: hit.start)


#: The literals of each lexicon's cues, by the identity of its cue tuple (hashing the cues each time
#: would cost more than the search it saves).
_LITERALS: dict[int, tuple[tuple[Cue, ...], frozenset[str]]] = {}


def _all_literals(cues: tuple[Cue, ...]) -> frozenset[str]:
    """Every word some cue's matches all hold: a clause is searched once for each."""
    cached = _LITERALS.get(id(cues))
    if cached is None or cached[0] is not cues:
        literals = frozenset(literal for cue in cues if cue.literals is not None for literal in cue.literals)
        cached = _LITERALS[id(cues)] = (cues, literals)
    return cached[1]


def _polarity_targets(hit: CueHit, triggers: Sequence[TriggerRef], text: str) -> list[int]:
    free = [
        i
        for i, t in enumerate(triggers)
        if hit.cue.own_trigger or not (t.start < hit.end and hit.start < t.end)
    ]
    after = [
        i for i in free if triggers[i].start >= hit.start and triggers[i].start - hit.end <= hit.cue.reach
    ]
    if hit.cue.own_trigger:  # "ha disdetto il contratto": the act and what it ends
        after += [i for i in free if triggers[i].start < hit.start < triggers[i].end]
    before = [
        i for i in free if triggers[i].start < hit.start and hit.start - triggers[i].end <= hit.cue.reach
    ]
    predicate = hit.cue.cue in ("cancelled", "ended") and (  # not a negation: "è senza esclusiva"
        PREDICATE_COPULA.search(text, max(0, hit.start - 20), hit.start) is not None
        or COPULA_OPENING.match(text, hit.start) is not None  # "... a Torino è stata sciolta"
    )
    if predicate and not before:  # "la cessione a X, concordata nel 2023 per 1,1 milioni, era già saltata":
        # the subject of a predicate stands before it in its clause, however long the asides between
        before = [i for i in free if triggers[i].start < hit.start]
    if hit.cue.direction == "before":  # "l'accordo, scaduto a marzo, non è stato rinnovato"
        # "non sarà rinnovata la licenza": an agreement told after its predicate (a licence is one too)
        # "la cui licenza scade a dicembre e non è stata rinnovata": the closest agreement of the cue's layer
        layered = [i for i in before if triggers[i].in_layer(hit.cue.layer)] if hit.cue.layer else []
        reached = layered[-1:] or before[-1:] or [i for i in after if triggers[i].in_layer("deal")]
        if hit.cue.own_trigger:  # "il contratto è stato disdetto": the act itself too
            reached += [i for i in free if hit.start <= triggers[i].start < hit.end and i not in reached]
    elif predicate and before:  # "l'offerta per X era naufragata dopo due mesi di trattative": the offer
        reached = before[-1:]
    elif hit.cue.direction == "after":
        reached = after
    else:
        reached = after or before[-1:]
    if hit.cue.own_trigger and hit.cue.cue == "ended":  # "ha estinto in anticipo il finanziamento":
        return reached  # the act (a TERMINATION) and the agreement it ends
    preferred = "deal" if hit.cue.cue == "cancelled" else "clause"  # talks are called off; clauses cease
    specific = [i for i in reached if triggers[i].layer == preferred]
    return specific or reached


def _certainty(hits: Sequence[CueHit], trigger: TriggerRef) -> str:
    classes = set()
    for hit in hits:
        kind = hit.cue.certainty or (hit.cue.cue if hit.cue.cue in ("possible", "probable") else None)
        if kind is None or (hit.cue.position == "before" and hit.start >= trigger.end):
            continue
        if hit.cue.layer and not trigger.in_layer(hit.cue.layer):
            continue  # "qualora recedesse, pagherà una penale": the clause is certain, the deal is not
        classes.add((kind, hit.cue.cue_class))
    reported = ("probable", "reported") in classes
    if any(kind == "possible" and cls != "rumor_conditional" for kind, cls in classes):
        return "possible"
    if ("possible", "rumor_conditional") in classes and not reported:
        return "possible"
    if any(kind == "probable" for kind, _ in classes):
        return "probable"
    return "certain"


def assign_statuses(
    text: str,
    clause: tuple[int, int],
    triggers: Sequence[TriggerRef],
    hits: Sequence[CueHit],
    earlier_hits: Sequence[CueHit] = (),
    lexicon: TermLexicon | None = None,
    amounts: Sequence[tuple[int, int]] = (),
) -> list[StatusDecision]:
    """Status and certainty of each trigger of one clause, from the cue ``hits`` of that clause (and the
    verb moods of ``lexicon``, by default the package's); the
    certainty cues of the sentence's earlier clauses (``earlier_hits``: "Non è escluso che ...",
    "Secondo indiscrezioni, ...") reach into it. ``amounts`` are the money spans of the clause: a trigger
    named with its amount and a participle of execution ("un finanziamento di 900.000 euro concesso a
    giugno") is a deal done."""
    candidates: list[list[tuple[int, int]]] = [[] for _ in triggers]  # (precedence rank, cue start)
    rank = {status: number for number, status in enumerate(STATUS_PRECEDENCE)}
    lexicon = lexicon or load_term_lexicon()
    asides = [m.span() for m in lexicon.participial_aside.finditer(text, clause[0], clause[1])]
    for hit in hits:
        status = hit.cue.cue
        if status not in rank:
            continue
        aside = next(((a, b) for a, b in asides if a <= hit.start and hit.end <= b), None)
        if status == "active" and lexicon.conditional_mood.search(text, hit.start, hit.end):
            continue  # "manterrebbe", "firmerebbe": a state or act in the conditional is no fact
        if hit.cue.scope == "after":
            targets = _polarity_targets(hit, triggers, text)
            holders = [i for i, t in enumerate(triggers) if t.start <= hit.start and hit.end <= t.end]
            if holders and status == "negated":  # "si è impegnato a non vendere ... dalla fusione": its "non"
                targets = [i for i in targets if i in holders]
        else:
            targets = list(range(len(triggers)))
        near = (max(clause[0], hit.start - 30), hit.end + 30)
        if status == "negotiating" and RENEWAL_TALKED.search(text, *near):
            # "scade il 31 dicembre e il rinnovo è ancora in discussione": the talks are the renewal's; the
            # contract and its term stay in force
            targets = [i for i in targets if RENEWAL_WORD.search(text, triggers[i].start, triggers[i].end)]
        if aside is not None:  # ", avviata nel 2022," tells of the noun right before it only
            targets = [  # the noun right before it, or one adjective away ("l'intesa precedente, scaduta")
                i
                for i in targets
                if 0 <= aside[0] - triggers[i].end and ONE_WORD.fullmatch(text, triggers[i].end, aside[0])
            ]
        for i in targets:
            trigger = triggers[i]
            if hit.cue.layer and not trigger.in_layer(hit.cue.layer):
                continue
            if status == "ended" and not trigger.ends:
                continue
            if trigger.start <= hit.start and hit.end <= trigger.end and hit.cue.scope != "after":
                continue  # "trattative in esclusiva": its own word is no cue on it; "non vincolante" after is
            candidates[i].append((rank[status], hit.start))
    past = (
        PAST_TENSE.search(text, clause[0], clause[1]) is not None
        or lexicon.compound_conditional.search(text, clause[0], clause[1]) is not None
    )  # "avrebbe firmato" reports a past act
    future = not past and (
        FUTURE_TENSE.search(text, clause[0], clause[1]) is not None
        or lexicon.conditional_mood.search(text, clause[0], clause[1]) is not None
    )  # "firmerebbe" announces an act not yet done
    possible = any(hit.cue.cue == "possible" for hit in hits)
    horizon = HORIZON.search(text, clause[0], clause[1]) is not None
    signing = None if past else SIGNING_FUTURE.search(text, clause[0], clause[1])
    past_ends = [m.end() for m in PAST_TENSE.finditer(text, clause[0], clause[1])]
    futures = list(FUTURE_TENSE.finditer(text, clause[0], clause[1])) if past_ends else []
    unsettled = not past and (future or possible or horizon)
    decisions = []
    for trigger, found in zip(triggers, candidates, strict=True):
        certainty = _certainty([*earlier_hits, *hits], trigger)
        if _executed_after(text, trigger.end, amounts):
            done = [(rank["active"], trigger.end)]
            found = [(r, start) for r, start in found if r < rank["planned"]] or done
        inside_aside = any(a <= trigger.start and trigger.end <= b for a, b in asides)
        own_future = trigger.layer == "deal" and _own_future(text, trigger, past_ends, futures)
        # "firmerà ... una licenza per una collezione firmata dallo studio": the participle after the
        # trigger speaks of something else; the future signing decides
        signed_later = _signed(signing, trigger) and all(start > trigger.end for _, start in found)
        if found and STATUS_PRECEDENCE[min(found)[0]] == "active" and signed_later:
            decisions.append(StatusDecision("planned", certainty, False))
        elif found and not (own_future and STATUS_PRECEDENCE[min(found)[0]] == "active"):
            best_rank, cue_start = min(found)
            decisions.append(StatusDecision(STATUS_PRECEDENCE[best_rank], certainty, True, cue_start))
        elif inside_aside:  # "il forno, rimesso a nuovo con un investimento di 14 milioni,": done
            decisions.append(StatusDecision("active", certainty, True))
        elif own_future:  # the done deal's cue is not this plan's
            decisions.append(StatusDecision("planned", certainty, False))
        elif unsettled and (trigger.layer == "deal" or _signed(signing, trigger)):
            decisions.append(StatusDecision("planned", certainty, False))
        else:
            decisions.append(StatusDecision("active", certainty, past))  # a past act is a stated fact
    return decisions

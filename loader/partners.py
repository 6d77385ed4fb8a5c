"""Partners of a fiche: the declared partner types that name a body, every organisation
named in the fields that say who took part, and those of sentences about working together
elsewhere; one partnership per organisation, with its evidence and concrete body."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from loader import ner as spacy_ner
from loader.bodies import located
from loader.funders import FUNDS, is_table
from loader.gazetteer import (
    Mention,
    find_orgs,
    funder,
    is_generic,
    may_open_mention,
    org_key,
    type_heads,
)
from loader.names import (
    COMMUNES_LIST,
    WORD,
    funder_org,
    name_at,
    org_names,
    own_before,
    partner_org,
    surnames,
)
from loader.records import Evidence, Org, Partnership, Record
from loader.text import FicheText, Sentence, holds_any, quote, searcher
from ontology.keys import fold, slug
from ontology.reference import Departement

__all__ = ["PARTNER_FIELDS", "PEOPLE", "partnerships"]

PEOPLE = "people"
PARTNER_FIELDS = ("summary", "description", "general_description", "people",
                  "financial_resources", "initiative_detail", "end_reason", "diagnostic",
                  "success_factors")

# Patterns run on folded text (lowercase, no accents).
_PARTNERING = re.compile(
    r"partenari|partenaire|collabor|avec l'aide|avec l'appui(?! financ)|co-?anim|"
    r"(?:anime|propose|realise|pilote|organise|accompagne|encadre|porte|assure|tenu|reserve|"
    r"imprime)e?s? par|"
    # a service and who gives it: "Approvisionnement par la Banque alimentaire de la Nièvre"
    r"(?:approvisionnement|impression|formation|transport|hebergement|animation|"
    r"encadrement|accompagnement)s?(?: \w+)? par (?:l'|le |la |les )|"
    r"mise?s? a disposition|interven|"
    r"(?:rencontres?|echanges?|debats?)[\w\s-]{0,20}\bavec|"
    r"reunions? (?:de travail )?(?:avec|entre)|travail (?:commun|avec)|"
    r"groupes? de travail|travaill\w* (?:avec|en lien)|en lien avec|coordin|coordonn|"
    r"co-?(?:ecri|constru|organis|porte|realis)|associes?\b|prestataire|"
    # what a partner does for the action, in the present or the past
    r"\b(?:orient(?:e|es|ent|ee|ees|ait|aient|er|ations?)?\b|accueill|"
    r"fourni(?:t|s|e|es|ssent|ssait|ssaient|r)?\b|encadr|forme\b|forment\b|formee?s? par|"
    r"prete|pretent|met a disposition|mettent a disposition|recuper|a (?:forme|prete|encadre)\b)|"
    # "Avec l'école Jules-Ferry et le REP" (not "avec le soutien de": money), "membres : …"
    r"(?:^|[,:;] )avec (?:l'|le |la |les |un |une |:)(?!\s*(?:soutien|aide|appui|concours|"
    r"financ|participation|subvention))|\bmembres\b|\bont participe\b|\bparticipant(?:e|s|es)\b")
# After a name, "qui" and what a partner does: "l'Union sportive X qui a accepté de détacher
# une éducatrice" (the name acts, whatever the rest of the sentence says).
_RELATIVE = re.compile(
    r",?\s+qui (?:nous |leur |y |les? |la |l')?(?:a |ont |avait |avaient )?(?:accepte|assure|"
    r"fait(?! (?:un )?don)|anime|co-anime|met a disposition|mettent a disposition|"
    r"fourni|prete|accueill|propose|realise|encadr|intervien|orient|detach|forme|organis|"
    r"tien|tenu)")
# Inside a sentence, "avec" before a body's name ("des ateliers avec l'ANPAA 63", "repérés avec
# le club de prévention X"), not before a deed ("avec la création du comité") nor after a
# contract ("la convention signée avec la Caf"): on the text.
# (the type words of `org_types.csv` and the staff of a body, "avec les gardiens de X")
# The type words of `org_types.csv`, longest first, as an alternation.
_TYPE_WORDS = "|".join(sorted({re.escape(head.lower()) for head, _ in type_heads()}, key=len,
                              reverse=True))
_WITH_BODY = re.compile(
    r"(?<!signée )(?<!signé )\b[Aa]vec (?:(?:l['’]|le |la |les )(?:[A-ZÀ-Ý]|(?:"
    + _TYPE_WORDS
    + r"|mission|collectif|équipe|service|gardien|agent|éducateur|éducatrice)s?\b)"
    r"|[A-ZÀ-Ý][\w'’\-]+ [A-ZÀ-Ý0-9])")  # "avec Billets Partagés 75": no article
# A name followed by its amount, in the financial field: a payer there, not a partner.
# (its acronym may come first: "Office de l'eau Martinique (ODE) : 1 500 €")
_AMOUNT_NEXT = re.compile(r"\s*(?:\([A-Z][\w'’.\- ]{0,15}\)\s*)?[:=\u2013-]?\s*\(?\s*"
                          r"(?:environ |\+/- )?\d")
_PARTNERS = searcher(_PARTNERING)  # `_PARTNERING.search`, each alternative where its words are
_PRESENCE = re.compile(r"en presence d|presence de")
# A team or service of some body ("Service comptabilité"), or a title in quotes, is no partner.
_UNIT = re.compile(r"(?:services?|pole|equipe|agents?|secteur)\b")
_TYPED_ANYWHERE = frozenset({"association"})
# Funds and schemes pay; they do not work on an action ("la politique de la ville" is a
# framework, not a body at the table).
_NOT_PARTNER_KINDS = frozenset({"fonds-dispositif"})
_NOT_PARTNER_KEYS = frozenset({"anct"})
_LIST_GAP = re.compile(r"\s*(?:,|;|\bet\b|&)\s*(?:(?:le|la|les|l['\u2019])\s*)?")
_ABOUT_PARTNERS = frozenset({"general_description", PEOPLE})
# A list of bodies announced as partners or as the ones who orient people.
_LIST_CUE = re.compile(r"(?i)\b(?:(?:partenaires?|relais|orientation|"
                       r"(?:orient|adress|envoy)[ée]e?s? par|"
                       r"structures|acteurs|r[ée]seau|membres|chez|"
                       r"particip(?:[ée]|ent|ants?|antes?))\b[^:.]{0,30}"
                       # "avec :", not "un constat partagé avec X : il devenait…"
                       r"|avec\s*):\s*(?P<items>[^:]+)$")
# The cues above that name bodies rather than people or what they did.
_BODIES_CUE = re.compile(r"(?i)(?:partenaires?|structures|acteurs|r[ée]seau|membres|chez|"
                         r"(?:orient|adress|envoy)[ée]e?s? par)\b")
_DETERMINERS = re.compile(r"^(?:(?:les|la|le|l['’]|des|du|de la|un|une)\s*)+", re.IGNORECASE)
_LINK_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "et", "à", "au", "aux", "d'",
                         "l'", "en", "sur"})
# A line of prose beside a budget table: words that end with a full stop ("Les Jardins de
# Cocagne ont tenu un stand."), where a table's rows are labels and numbers.
_PROSE = re.compile(r"(?:\S+\s+){3,}\S*[a-zà-ÿ)]\s*[.!]\s*$")
# A heading in capitals that opens what follows: a section of the text, not a body.
_HEADING = re.compile(r"[^a-zà-ÿ:]+:\s*")
# The subject of a sentence, "La PMI de Sada fait la pesée", "Les gardiens de Dynacité
# déposent les flyers": a body, or its staff or unit, followed by what it does.
_ARTICLE = re.compile(r"(?:les?|la|l['’]|une?|des)\b\s*", re.IGNORECASE)
_SUBJECT_START = re.compile(
    r"(?:(?:les?|la|l['’]|une?|des)\s*)?(?:(?:agents?|gardiens?|gardiennes?|enseignante?s?|"
    r"professeure?s?|travailleu(?:r|se)s? sociale?s?|travailleurs sociaux|[ée]ducat(?:eur|rice)s?|"
    r"animat(?:eur|rice)s?|b[ée]n[ée]voles|salari[ée]e?s|[ée]quipes?|services?|unit[ée]s?|"
    r"antennes?|d[ée]l[ée]gations?|policiers?|gendarmes?|infirmi[eè]re?s?|conseill[eè]re?s?|"
    r"professionnel(?:le)?s|m[ée]decins?|psychologues?|juristes?|techniciens?|"
    r"m[ée]diat(?:eur|rice)s?|personnel|r[ée]sidents?|[ée]l[èe]ves|membres|"
    r"pu[ée]ricult(?:eur|rice)s?|journalistes?|sages?-femmes?|[ée]tudiante?s?|"
    r"principa(?:l|le|ux)|proviseure?s?|direct(?:eur|rice)s?|responsables?|r[ée]f[ée]rente?s?|"
    r"coordinat(?:eur|rice)s?|lyc[ée]ens?|lyc[ée]ennes?|coll[ée]giens?|coll[ée]giennes?)"
    r"(?:\s+[\w'’\-]+){0,5}?\s+(?:du|de la|de l['’]|des|de|d['’])"
    # not a lowercase word but a type word before another link: "les professeurs d'anglais
    # du collège X", "un policier du commissariat de Dieppe"
    r"\s*+(?!(?!(?:" + _TYPE_WORDS + r")\b)(?-i:[a-zà-ÿ])[\w\-]*\s+"
    r"(?:du|de la|de l['’]|des|de|d['’])))", re.IGNORECASE)
# What follows a subject: an auxiliary, or a verb of what partners do, in the present
# ("nous prête", "a tenu un stand", "repère les personnes isolées").
_VERB_AFTER = re.compile(
    r"^\s*(?:\([^()]*\)\s*|,[^,.;]{1,40},\s*)?(?:(?:nous|y|en|leur|lui|se|s['’])\s*)*"
    r"(?:(?:a|ont|avait|avaient|"
    r"est|sont|va|vont|vient|viennent)\b|(?:pr[êe]t|accueill|anim|co-anim|organis|propos|"
    r"assur|met|fourni|orient|rep[èe]r|signal|envoi|relai|tien|g[èe]r|particip|intervien|"
    r"ouvr|lou|aid|accompagn|form|encadr|fai|fon|d[ée]tach|h[ée]berg|offr|prenn?|re[çc]oi|"
    r"suiv|sui|coordonn|pilot|port|mobilis|inform|sensibilis|r[ée]alis|conduis|conduit|livr|"
    r"transport|d[ée]pos|collect|distribu|install|travaill|dispens|recrut|adress|renvoi|"
    r"r[ée]serv|d[ée]coup|fabriqu|pr[ée]par|r[ée]pare|entretien|nettoi|cuisin|programm|"
    r"diffus|s[ée]lectionn|transmet|conseill|donn|chant|prend|remet|partag|invit|soign|"
    r"d[ée]pist|re[çc]oiv|enseign|relay|guid|initi|d[ée]velopp|chois|apport)"
    r"(?:e|es|ent|nent|it|t|s|ons|ait|aient)?\b)", re.IGNORECASE)
# ...unless it only pays, says no, or is negated: then it is a funder or nothing.
_NOT_ACTING = re.compile(
    r"^\s*(?:\([^()]*\)\s*|,[^,.;]{1,40},\s*)?(?:nous |n['’]|ne |leur )?"
    r"(?:a |ont |avait |avaient )?"
    r"(?:aussi |egalement |deja )?(?:verse|finance|subventionne|accorde|octroie|octroye|attribue|"
    r"alloue|paie|paye|apporte(?:nt)?+(?! (?:son|ses|leur|leurs) (?:savoir|expertise|aide|"
    r"competence|connaissance|regard|experience))|donne|refuse|demande|rembourse|"
    r"prend en charge|"
    r"prennent en charge|n['’]|ne |pas )")
# Words that say nothing about which body a name is ("Centre social Pierre et Terre").
_FILLERS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour",
                      "centre", "social", "sociale", "socio", "culturel", "association",
                      "espace", "evs", "maison"})


def partnerships(fiche: FicheText, place: Departement | None, *, ner: bool
                 ) -> list[Partnership]:
    """One partnership per organisation, with its first evidence (a declared type first) and
    the first concrete body a mention of it names ("Commune" declared, "la Ville d'Auch" in
    the text: the Commune d'Auch)."""
    candidates = list(_declared(fiche.record)) + list(_named(fiche, ner=ner))
    kept: dict[str, Partnership] = {}
    for org, evidence in candidates:
        org, body = located(org, evidence.quote, place)
        same = org.key if org.key in kept else next(
            (key for key in kept if _same_org(org.key, key)), None)
        if same is None:
            kept[org.key] = Partnership(org, evidence, body)
        elif kept[same].body is None and body is not None:
            kept[same] = replace(kept[same], body=body)
    return list(kept.values())


def _declared(record: Record) -> Iterator[tuple[Org, Evidence]]:
    """Declared partner types that name a body; generic types ("Association") are not orgs."""
    content = record.fields.get("partner_types")
    for line in content.lines if content else ():
        found = find_orgs(line.text)
        if found and found[0].funder:
            yield found[0].org, Evidence("partner_types", line.number, line.text, "declared")


def _named(fiche: FicheText, *, ner: bool) -> Iterator[tuple[Org, Evidence]]:
    """Organisations named in the text as working on the action, shortest names first within
    a fiche so that "LP Diderot" absorbs "LP Diderot de Bavilliers".

    The fields that describe who took part (the general description under "Avec qui cette
    action a-t-elle été menée ?", the people mobilised) name partners in every sentence;
    elsewhere only sentences about working together do."""
    found: list[tuple[Org, Evidence]] = []
    suspects: list[Sentence] = []
    for field in PARTNER_FIELDS:
        content = fiche.record.fields.get(field)
        if content is None:
            continue
        table = is_table(content)
        for sentence in fiche.sentences(field):
            text, folded = sentence.text, sentence.folded
            if table and not _PROSE.search(sentence.line.text):
                continue  # a budget table's rows name funders and costs, not who took part
            subject = _acting_subject(text) if field != FUNDS else None
            partnering = field in _ABOUT_PARTNERS or subject is not None or (
                (_PARTNERS(folded) or ("avec" in folded and bool(_WITH_BODY.search(text))))
                and not _PRESENCE.search(folded))
            if not partnering:
                found += [(org, quote(sentence)) for org in _relative_actors(text, folded)]
                # a list its cue announces, in a sentence about something else
                found += [(org, quote(sentence)) for org in _lowercase_list(text, strict=True)]
            if not partnering and not _holds_typed_head()(folded):
                continue  # an association counts anywhere; nothing else does here
            known = find_orgs(text)
            mentions = [m for m in known if not own_before(text, m.start)
                        and not _bracketed_after(text, m, known)
                        and m.org.kind not in _NOT_PARTNER_KINDS
                        and m.org.key not in _NOT_PARTNER_KEYS
                        and not _only_pays(text, m, field)]
            found += [(m.org, quote(sentence)) for m in mentions
                      if partnering or m.org.kind in _TYPED_ANYWHERE]
            if partnering:
                suspects.append(sentence)
                covered = [(m.start, m.end) for m in known]
                if field == FUNDS:  # "Fondation X 5 000 €, la Ville (mise à disposition…)"
                    covered += [(start, end) for _, start, end in org_names(text)
                                if _AMOUNT_NEXT.match(text, end)]
                if not _HEADING.fullmatch(text):  # "OBJECTIFS GENERAUX :"
                    found += [(org, quote(sentence))
                              for org in _open_world(text, covered, subject)]
                found += [(org, quote(sentence)) for org in _lowercase_list(text)]
    if ner and suspects:
        found += _ner_orgs(suspects)
    kept = _partner_labels({org.label for org, _ in found}, fiche.record)
    names = [(org, ev) for org, ev in found if org.label in kept]
    return iter(sorted(names, key=lambda item: len(item[0].key)) if names else [])


def _partner_labels(labels: set[str], record: Record) -> set[str]:
    """The `labels` that name partners: not the structure itself, not the action's title, not
    a surname the text gives a person. Each label once: a fiche names a partner many times."""
    if not labels:
        return set()
    people = surnames("\n".join(record.text(field) for field in PARTNER_FIELDS))
    own, title = _tokens(record.structure_name), slug(record.title)
    return {label for label in labels if not _is_structure(label, own)
            and not _in_title(label, title) and label.split()[0] not in people}


@cache
def _holds_typed_head() -> Callable[[str], bool]:
    """A test of whether a folded text holds a type word of the kinds that count in any
    sentence ("association", "club"…)."""
    return holds_any(fold(head) for head, kind in type_heads() if kind in _TYPED_ANYWHERE)


def _acting_subject(text: str) -> tuple[int, int] | None:
    """The span of the body that is the subject of `text` and does something for the action
    ("Hamaris nous prête une salle", "Le CIAS repère les personnes isolées"), or None: no body
    opens the sentence, or it only pays, refuses or is negated ("La Caf nous a versé…")."""
    for clause in (0, *(m.end() for m in _NEXT_CLAUSE.finditer(text))):
        found = _subject_at(text, clause)
        if found is not None:
            return found
    return None


def _subject_at(text: str, clause: int) -> tuple[int, int] | None:
    """The acting body that opens the clause at `clause`, or None."""
    # Where the subject may start: at once, after a determiner, after "les agents de la",
    # after "le bailleur".
    article = _ARTICLE.match(text, clause)
    starts = sorted({article.end() if article else clause,
                     *(m.end() for m in (_SUBJECT_START.match(text, clause),
                                         _NOUN_START.match(text, clause)) if m)})
    for start in starts:
        named = name_at(text, start)
        if named is None and not _type_word_at(text, start):
            continue
        # a listed name may run further ("Croix-Rouge française"), a typed one opens with a
        # lowercase type word ("la ludothèque La Toupie"): the longest one
        ends = {m.end for m in find_orgs(text) if m.start == start}
        if named:
            ends.add(named[2])
        if ends:
            return next(((start, end) for end in sorted(ends, reverse=True)
                         if _acts(text, _after_coordinated(text, end))), None)
    return None


def _type_word_at(text: str, start: int) -> bool:
    """Whether a lowercase word that may open a listed body is at `start` ("le cinéma
    L'Étoile", "la police municipale"), where `name_at` finds no name."""
    if not text[start:start + 1].islower():
        return False
    word = WORD.match(text, start)
    return word is not None and may_open_mention(word.group(0))



# Where another clause with its own subject may start: "… et le bailleur X a ouvert un local".
_NEXT_CLAUSE = re.compile(r"(?:;|,| et)\s+(?=(?:les?|la|l['’])\s*\w)")
# A noun that introduces a body by its bare name: "le bailleur 13 Habitat".
_NOUN_START = re.compile(r"(?:(?:les?|la|l['’])\s*)?(?:bailleur(?:\s+social)?|entreprise(?:\s+"
                         r"d['’]insertion)?|soci[ée]t[ée]|enseigne|magasin|coop[ée]rative)\s+",
                         re.IGNORECASE)


def _bracketed_after(text: str, mention: Mention, known: tuple[Mention, ...]) -> bool:
    """Whether `mention` stands in brackets right after another body, which it says more
    about: "le commissariat de Borny (Police nationale)" is one body at the table."""
    return any(other.end <= mention.start and text[other.end:mention.start].strip() == "("
               for other in known)


def _only_pays(text: str, mention: Mention, field: str) -> bool:
    """Whether a known body is named here only as a payer: its name (and the rest of it,
    "la Carsat Auvergne") followed by its amount in the financial field, or by a verb of
    paying ("la MSA Midi-Pyrénées Sud finance la coordination")."""
    named = name_at(text, mention.start)
    end = max(mention.end, named[2] if named else 0)
    return (field == FUNDS and bool(_AMOUNT_NEXT.match(text, end))) \
        or bool(_PAYS.match(fold(text[end:end + 40])))


# A verb of paying right after a name: "… nous a versé", "… finance la coordination".
_PAYS = re.compile(r"^\s*(?:nous |leur )?(?:a |ont |avait |avaient )?(?:aussi |egalement )?"
                   r"(?:verse|finance|subventionne|accorde|octroie|octroye|attribue|alloue|"
                   r"paie|paye)")


def _acts(text: str, end: int) -> bool:
    """Whether what follows a subject ending at `end` says it does something for the action."""
    return bool(_VERB_AFTER.match(text[end:end + 60])) \
        and not _NOT_ACTING.match(fold(text[end:end + 60]))


def _after_coordinated(text: str, end: int) -> int:
    """The end of the subjects joined to the one ending at `end`: "La France Services de
    Pamiers et le CCAS de Pamiers nous adressent…" (the verb follows the last)."""
    while (gap := _SUBJECT_AND.match(text, end)) and (named := name_at(text, gap.end())):
        end = max([named[2], *(m.end for m in find_orgs(text) if m.start == gap.end())])
    return end


# Between two subjects of one verb: "et", an article.
_SUBJECT_AND = re.compile(r"(?:,|\s+et)\s+(?:(?:les?|la|du|de la|des)\s+|(?:de )?l['’]\s*)?")


def _relative_actors(text: str, folded: str) -> Iterator[Org]:
    """The bodies named right before "qui" and what a partner does (`_RELATIVE`)."""
    ends = {m.start() for m in _RELATIVE.finditer(folded)} if " qui " in folded else set()
    if not ends:
        return
    for m in find_orgs(text):
        if m.end in ends and m.org.kind not in _NOT_PARTNER_KINDS:
            yield m.org
    for name, start, end in org_names(text):
        if end in ends and (org := partner_org(name, text[max(0, start - 40):start],
                                               listed=True)) is not None:
            yield org


def _open_world(text: str, covered: list[tuple[int, int]], subject: tuple[int, int] | None
                ) -> Iterator[Org]:
    """Bodies no list knows, named in `text` outside the `covered` spans; the sentence's
    acting `subject` counts even as a lone word ("Hamaris nous prête une salle")."""
    names = org_names(text)
    listed = _enumerated(text, [(start, end) for _, start, end in names] + covered)
    if subject is not None:
        listed.add(subject)
    for name, start, end in names:
        if _overlaps(start, end, covered) or own_before(text, start) \
                or _quoted(text, start):
            continue
        before = text[max(0, start - 120):start]
        org = funder("commune") if COMMUNES_LIST.search(fold(before)) else partner_org(
            name, before[-40:], listed=(start, end) in listed)
        if org is not None:
            yield org


def _lowercase_list(text: str, *, strict: bool = False) -> Iterator[Org]:
    """The bodies of a list typed in lowercase after a cue that announces partners
    ("Partenaires : club du 3e âge, ehpad la kaz bleue, ludothèque kay jwé"; "orientation par :
    ofii, france travail, le ccas de nice"), written with normal capitals. `strict`, in a
    sentence about something else, only after a cue that names bodies ("immersions chez :")."""
    cue = _LIST_CUE.search(text) if ":" in text else None  # the cue needs a colon: cheap test
    if cue is None or (strict and not _BODIES_CUE.match(cue.group(0))):
        return
    items = [item.strip(" .;") for item in re.split(r",\s*|\s+et\s+", cue["items"])]
    items = [item for item in items if item]
    if any(_PROSE_WORDS.intersection(fold(item).split()) for item in items):
        return  # "… : il devenait nécessaire de permettre l'accès aux loisirs": prose
    lowercase = sum(_DETERMINERS.sub("", item)[:1].islower() for item in items)
    if len(items) < 2 or lowercase * 2 < len(items):  # "la Boule X, le Club Y": capitalised
        return
    for item in items:
        name = _DETERMINERS.sub("", item)
        known = [m for m in find_orgs(name) if m.funder and m.start == 0]
        org = known[0].org if known else funder_org(_capitalised(name), open_world=True)
        if org is not None and len(name.split()) <= 6:
            yield org


# Pronouns and verbs: a list item holding one is a clause of prose, not a body's name.
_PROSE_WORDS = frozenset({"il", "elle", "ils", "elles", "nous", "on", "sont", "ont",
                          "etait", "devenait", "fallait", "faut", "permet", "permettre"})


def _capitalised(name: str) -> str:
    """"leclerc de buchelay" -> "Leclerc de Buchelay", "lycée d'altitude" -> "Lycée
    d'Altitude": each word but the links."""
    return " ".join(_capital_word(word, first=index == 0)
                    for index, word in enumerate(name.split()))


def _capital_word(word: str, *, first: bool) -> str:
    if word in _LINK_WORDS and not first:
        return word
    if first:
        return word[:1].upper() + word[1:]
    cut = match.end(1) if (match := _ELIDED.match(word)) else 0  # "d'altitude": after "d'"
    return word[:cut] + word[cut:cut + 1].upper() + word[cut + 1:]


_ELIDED = re.compile(r"^([dl]['’])\w")


def _quoted(text: str, start: int) -> bool:
    """Whether `start` is inside quotes: a title («La Rue des Anges»), not a body."""
    before = text[:start]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") \
        or before.count('"') % 2 == 1


def _enumerated(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that are items of an enumeration of three names or more, "(Ludothèque
    Arlequin, Compagnie Zigzag, Francas, CCAS)": a list marks its words as names."""
    spans = sorted(set(spans))
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return {span for run in runs if len(run) >= 3 for span in run}


def _ner_orgs(sentences: list[Sentence]) -> list[tuple[Org, Evidence]]:
    found = []
    for sentence, ents in zip(sentences, spacy_ner.entities([s.text for s in sentences]),
                              strict=True):
        covered = [(m.start, m.end) for m in find_orgs(sentence.text)]
        for ent in ents:
            if ent.label == "ORG" and not _overlaps(ent.start, ent.end, covered) \
                    and not is_generic(ent.text) and not ent.text[:1].islower() \
                    and not _UNIT.match(fold(ent.text)) \
                    and not _quoted(sentence.text, ent.start):
                found.append((Org(org_key(ent.text), ent.text.strip(), "autre"),
                              quote(sentence, method="ner")))
    return found


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _tokens(name: str) -> set[str]:
    return {t.rstrip("s") for t in slug(name).split("-") if t not in _FILLERS}


def _is_structure(label: str, structure: set[str]) -> bool:
    """True when `label` names the organising structure itself, whose name has the
    `structure` tokens (or nothing at all)."""
    words = _tokens(label)
    if not words or is_generic(label):
        return True
    if _another_body(label, structure):
        return False
    return len(words & structure) / len(words) >= 0.5


def _another_body(label: str, structure: set[str]) -> bool:
    """Whether `label` is a body of another type than the structure, named after the same
    neighbourhood: "Médiathèque Croix-Rouge" beside the centre social Croix-Rouge, "Club des
    retraités de la Petite Hollande" beside the centre social of the Petite Hollande."""
    head = fold(label).split()[0] if label.split() else ""
    return head in _OTHER_BODY_WORDS and not _tokens(head) <= structure


# The type words that open other bodies' names: all but those a structure is named with
# ("Association X", "Centre social X", "Espace X", "MJC X", "Foyer rural X").
_OTHER_BODY_WORDS = frozenset(fold(head).split()[0] for head, _ in type_heads()) - {
    "association", "asso", "centre", "espace", "maison", "mjc", "foyer", "federation", "pole",
    "relais"}


def _in_title(label: str, title: str) -> bool:
    """True when `label` is the action's own name, whose slug is `title` ("GRATIFERIA" in
    « Gratiféria : … »)."""
    key = slug(label)
    return len(key) > 3 and key in title


def _same_org(key: str, other: str) -> bool:
    """Two keys of one organisation: equal but for plurals and hyphens, or one extending
    the other ("lycee-professionnel-diderot", "lycee-professionnel-diderot-de-bavilliers")."""
    a, b = key.split("-"), other.split("-")
    if "".join(t.rstrip("s") for t in a) == "".join(t.rstrip("s") for t in b):
        return True
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and (set(a) <= set(b) or set(b) <= set(a))

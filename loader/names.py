"""Organisation names in running French text, whatever list knows them or not.

A name is what a reader takes for one: capitalised words, acronyms and numbers ("Vélo Cité
31", "Rue & Cité 42", "Loge.GBH"), joined by "de", "du", "des", "d'", "la", "sur", "&" and "et"
when capitalised words stand on both sides ("Afrique et Nouvelles Interdépendances"), with
the lowercase words a type word brings ("Mission locale de l'Indre", "Communauté de communes
du Pays des Herbiers"). The kind of a body nobody listed is read from its head word:
"Fondation X" is a foundation, "X Habitat" a social landlord, "Mutuelle X" a mutual.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache

import gender_guesser.detector
from wordfreq import zipf_frequency

from loader.gazetteer import find_orgs, is_generic, org_key
from loader.records import Org
from ontology.keys import fold

__all__ = ["COMMUNES_LIST", "LINKS", "WORD", "funder_org", "kind_of", "looks_like_name",
           "name_after", "name_at", "org_names", "own_before", "partner_org", "surnames"]

_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒ"
_TOKEN = re.compile(r"[\w'’.&+\-]+")
# A capitalised word, or a number inside a name ("Rue & Cité 42"), not a year ("en 2018").
_CAPITAL = re.compile(rf"^(?:[{_UPPER}]|(?!(?:19|20)\d\d$)\d{{1,4}}$|\d[{_UPPER}]$)")
# "Les communes de Murat, Allanche et Neussargues…": the names listed are communes.
COMMUNES_LIST = re.compile(r"\b(?:communes|villes|mairies) (?:de|d')[^.;:]*$")
# What ends a name: a comma, a bracket, a colon, the end of a sentence, a dash between spaces.
_NAME_END = re.compile(r"[,;:()\[\]!?«»\"“”/]|\.\s|\.$|\n|\s[\u2013\u2014-]\s")
# A number that is an amount: a thousands group follows, or a currency.
_AMOUNT_AHEAD = re.compile(r"\d+(?:[\s\u00a0\u202f.]\d{3})*(?:[,.]\d+)?\s*"
                           r"(?:€|euros?\b|k€|K€|EUR\b|e\b)|\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+\b")
_SPACES = re.compile(r"\s+")
_ELIDED_CAPITAL = re.compile(rf"^[dlDL]['’][{_UPPER}]")
# "notre CCAS", "nos animateurs": the structure's own services.
_OWN = re.compile(r"\b(?:[Nn]otre|[Nn]os)\s+$")
_DETERMINER = re.compile(
    r"(?:(?:à |a )?(?:(?:la|le|les|du|des|de la|de|aux?|un|une|notre|nos|leur|leurs|son|sa|"
    r"ses)\b|l['’]|de l['’]|d['’])\s*)+", re.IGNORECASE)
# A word with its apostrophes and hyphens ("l'Aube", "Saint-Lô").
WORD = re.compile(r"[\w'’\-]+")
# Words that join the parts of one name.
LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "sur", "en",
                    "&", "et", "aux", "au", "-", "–", "lès"})
# Lowercase words that may start a name ("la mairie de Rodez", "fondation de France").
_HEADS = frozenset({
    "mairie", "ville", "commune", "municipalité", "communauté", "agglomération", "agglo",
    "métropole", "fondation", "fonds", "mutuelle", "mutualité", "association", "caisse",
    "conseil", "département", "région", "agence", "office", "centre", "collège", "lycée",
    "école", "université", "mission", "maison", "médiathèque", "bibliothèque", "club",
    "comité", "fédération", "ligue", "union", "syndicat", "coopérative", "compagnie",
    "ehpad", "hôpital", "clinique", "crèche", "résidence", "foyer", "théâtre", "radio",
    "chambre", "banque", "crédit", "groupe", "entreprise", "société", "établissement",
    "service", "secours", "restos", "collectivité", "préfecture", "direction", "institut",
    "éditions", "cinéma", "musée", "archives", "relais",
    "brigade", "commissariat", "gendarmerie", "police", "auto-école", "garage", "régie",
    "menuiserie", "boulangerie", "pharmacie", "cabinet", "espace", "pôle", "conservatoire",
    "équipe", "délégation", "inspection", "parc", "habitat"})
# Head words followed by the body's own name, which may hold "et": "Fondation Sport et
# Partage", "Association Loisirs et Culture" (not "Secours Catholique et Intermarché").
_NAMING_HEADS = frozenset({"fondation", "fonds", "association", "mutuelle", "compagnie", "club",
                           "comité", "fédération", "union", "ligue"})
# What a capitalised phrase may name that is no body: an event, an activity, a role, a date.
_NOT_BODY = frozenset({
    "c'est", "c’est",  # "C'est l'Espace de vie sociale X qui…": a sentence, no name
    "atelier", "ateliers", "journée", "journées", "semaine", "fête", "festival", "marché",
    "forum", "salon", "soirée", "week-end", "stage", "séjour", "sortie", "concours", "coupe",
    "tournoi", "défi", "challenge", "exposition", "spectacle", "concert", "projet",
    "programme", "opération", "groupe", "réunion", "rencontre", "rencontres", "temps",
    "repas", "goûter", "balade", "visite", "cycle", "module", "séance", "séances", "mois",
    "directeur", "directrice", "agent", "agents", "responsable", "président", "présidente",
    "chef", "coordinateur", "coordinatrice", "conseiller", "conseillère", "membres",
    "animateur", "animatrice", "référent", "référente", "chargé", "chargée", "collation",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "noël", "pâques", "été", "printemps", "automne", "hiver",
    # a unit of some body, not a body ("Service Social")
    "service", "services", "secteur", "partenaire", "partenaires"})
# Lowercase words that end a name: verbs and what starts a new part of the sentence.
_STOPS = frozenset({
    "a", "ont", "est", "sont", "était", "avait", "avaient", "qui", "que", "qu'", "dont",
    "pour", "avec", "dans", "par", "sur", "pendant", "depuis", "au", "aux", "vers", "chez",
    "nous", "vous", "ils", "elles", "il", "elle", "on", "se", "s'", "y", "ne", "n'", "pas",
    "plus", "aussi", "également", "ensemble", "puis", "lors", "afin", "grâce", "selon",
    "comme", "ou", "mais", "donc", "car", "si", "cette", "ces", "ce", "cet", "tous",
    "toutes", "tout", "chaque", "entre", "sans", "sous", "après", "avant", "contre", "à"})
# Kinds whose head word makes a name of what it ends ("Territoire habitat").
_NAMED_KINDS = frozenset({"bailleur-social", "fondation", "mutuelle"})
# Pronouns and verbs: a phrase holding one is a clause.
_CLAUSE_WORDS = frozenset({"qui", "que", "qu'", "nous", "vous", "est", "sont", "a", "ont", "se",
                           "s'", "ne", "n'", "pas"})
# Pronouns and verbs: never inside a name, whatever their case ("Parlons Ensemble", but not
# "la Caf Nous a versé").
_NEVER_IN_NAME = _CLAUSE_WORDS | {"était", "avait", "avaient", "ils", "elles", "il", "elle",
                                  "on", "y"}


def _stop_in_name(word: str, pending: int) -> bool:
    """Whether a stop word goes on with the name before it: capitalised right after a
    capitalised word ("Parlons Ensemble", "Sport Pour Tous"), not a pronoun or a verb."""
    return pending == 0 and word[1:].islower() and word.lower() not in _NEVER_IN_NAME


_PERSON = re.compile(
    rf"^(?:M|Mme|Mr|Mlle|Dr|Me|Pr|Ma[îi]tre|Docteur|Madame|Monsieur|Professeur)\.?\s|"
    rf"^[{_UPPER}][a-zà-ÿ\-]+\s+[{_UPPER}]{{2,}}$")

_KINDS = (
    (re.compile(r"\bfondation\b|\bfonds de dotation\b"), "fondation"),
    (re.compile(r"\bmutuelle|\bmutualite\b|\bmgen\b|\bmaif\b|\bmacif\b|\bklesia\b|agirc|"
                r"\bhumanis\b|\bmalakoff\b|\bag2r\b|\bapicil\b|\bpro btp\b|\bharmonie\b|"
                r"retraite complementaire|caisse de retraite"), "mutuelle"),
    (re.compile(r"habitat\b|\boph\b|\bhlm\b|\bbailleur|\blogement|\bresidences?\b|"
                r"\bopac\b|\bsemsamar\b|\bshlmr\b|\bsidr\b|\bsemader\b|\berilia\b|\bvilogia\b|"
                r"\b3f\b|\bicf\b|\bloge\b|\bimmobiliere\b"), "bailleur-social"),
    (re.compile(r"\bsyndicat\b|\bsmictom\b|\bsictom\b|\bsivom\b|\bsydom\b|\bsmitom\b|"
                r"\bvaltom\b|\bsirtom\b"), "collectivite"),
    (re.compile(r"\bcredit\b|\bbanque\b|\bcaisse d'epargne\b|\bgroupama\b|\bassurances?\b|"
                r"\bsas?\b|\bsarl\b|\bentreprise|\bgroupe\b|\bmecenat\b|\bgarage\b|\bsociete\b|"
                r"\bmenuiserie\b|\bboulangerie\b|\bpharmacie\b|\bcarrefour\b|\bleclerc\b|"
                r"\bauchan\b|\blidl\b|\bintermarche\b|\bedf\b|\bengie\b|\bsncf\b|\bratp\b|"
                r"\bla poste\b|\borange\b|\bservices\b"), "entreprise"),
    (re.compile(r"\bassociation\b|\bsecours\b|\brestos?\b|\brestaurants du coeur\b|"
                r"\bcroix-rouge\b|\bligue\b|\bfederation\b|\bunion\b|\bcomite\b|\bclub\b|"
                r"\bemmaus\b|\bfrancas\b|\bcemea\b"), "association"),
    (re.compile(r"\bcollege\b|\blycee\b|\becole\b|\buniversite\b|\biut\b"),
     "etablissement-scolaire"),
    (re.compile(r"\bagence\b|\bdirection\b|\bministere\b|\bprefecture\b"), "etat"),
    (re.compile(r"\bhopital\b|\bcentre hospitalier\b|\bchu\b|\bclinique\b|\behpad\b|"
                r"\bmission locale\b|\bfrance services\b|\bcpam\b"), "service-public"),
)


@lru_cache(maxsize=4096)
def kind_of(name: str) -> str:
    """The kind of an organisation from the words of its name ("autre" if none tells).

    >>> kind_of("Fondation d'entreprise Michelin"), kind_of("Lorient Habitat")
    ('fondation', 'bailleur-social')
    """
    folded = fold(name)
    return next((kind for pattern, kind in _KINDS if pattern.search(folded)), "autre")


def own_before(text: str, start: int) -> bool:
    """Whether "notre" or "nos" and spaces come right before `start` in `text`: what follows
    is the structure's own ("notre CCAS"), neither a partner nor a funder.

    >>> own_before("avec notre CCAS", 11), own_before("avec le CCAS", 8)
    (True, False)
    """
    # only the word before the spaces can match: searched there, not along the text before
    word_end = len(text[:start].rstrip())
    return _OWN.search(text, max(0, word_end - 5), start) is not None


def name_after(text: str, position: int) -> tuple[str, int, int] | None:
    """The name that starts at `position` of `text`, after optional determiners, as
    (name, start, end); None if no name starts there.

    >>> name_after("financé par la Fondation d'entreprise Michelin (4K€)", 12)
    ("Fondation d'entreprise Michelin", 15, 46)
    >>> name_after("avec Vélo Cité 31 et la Ville", 5)
    ('Vélo Cité 31', 5, 17)
    """
    while position < len(text) and text[position] == " ":
        position += 1
    determiner = _DETERMINER.match(text, position)
    start = determiner.end() if determiner else position
    while start < len(text) and text[start] == " ":
        start += 1
    return name_at(text, start)


def name_at(text: str, start: int) -> tuple[str, int, int] | None:
    """The name that starts exactly at `start`, as (name, start, end), or None."""
    opening = _TOKEN.match(text, start)
    if opening is None:
        return None
    word = opening.group(0)
    first = word.lower()
    capitalised = _CAPITAL.match(word) is not None
    headed = first in _HEADS
    if not (capitalised or headed or word[0].isupper()):
        return None  # most calls: the first word rules a name out before any tokenising
    # a bracket ahead may hold the acronym of a name spelt out before it
    spelt = _SPELT_OUT.match(text, start) if text.find("(", start) >= 0 else None
    if spelt and _initials(spelt["name"]) == "".join(filter(str.isupper, spelt["acronym"])):
        return spelt["name"], start, spelt.end()  # the acronym's bracket goes with it
    if not (capitalised or headed) or first in _STOPS:
        return None
    tokens = _tokens(text, start)
    # The name ends at its last capitalised word: lowercase words count only between two
    # ("Centre hospitalier Sud Francilien"), never at the end ("la crèche prend le relais").
    opening_token, _ = next(tokens)
    end = opening_token.end() if capitalised else None
    # Lowercase words and links since the last capitalised token: links alone may run
    # ("Ligue de l'enseignement de la Drôme"), lowercase words only a few.
    pending = words = 0
    for token, following in tokens:
        word = token.group(0)
        lower = word.lower()
        if word[0].isdigit() and _AMOUNT_AHEAD.match(text, token.start()):
            break  # "Crédit Mutuel 7 200 €": an amount, not "Vélo Cité 31"
        if word in ("X", "x") and following and following.group(0)[0].isdigit():
            break  # "Équipe d'animation X 3 pers": a times sign, then a count
        capital = (_CAPITAL.match(word) or _ELIDED_CAPITAL.match(word)) and (
            lower not in _STOPS or _stop_in_name(word, pending))
        # "Territoire habitat": a social landlord's name may end with its kind
        if capital or (word == "habitat" and pending == 0 and end is not None):
            end, pending, words = token.end(), 0, 0
        elif lower in LINKS and lower != "et":
            pending += 1
        elif lower == "et" and _starts_second_part(following) \
                and len(text[start:end].split()) - (first in _NAMING_HEADS) < 2:
            # "Afrique et Nouvelles Interdépendances", "Fondation Sport et Partage"; "A B et
            # C D" is two names
            pending += 1
        elif headed and word.islower() and lower not in _STOPS and lower != "et":
            pending, words = pending + 1, words + 1
        else:
            break
        if words > 3 or pending > 5:
            break
    if end is None:
        return None
    name = text[start:end].strip(" -–'’.")
    if not name or is_generic(name):
        return None
    return name, start, start + len(name)


# A name written out in lowercase words, then its acronym: "Office national des combattants
# et des victimes de guerre (ONaCVG)", "Union départementale des associations familiales
# (UDAF)". The acronym vouches for the words before it.
_SPELT_OUT = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s+[\w'’\-]+){1,10}?)\s*"
                        r"\((?P<acronym>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:\s\d{1,3})?\)")


def _initials(name: str) -> str:
    """The capitalised initials of a name's words but its links: "ONCVG" for "Office national
    des combattants et des victimes de guerre"."""
    words = (word.split("'")[-1].split("’")[-1] for word in re.split(r"[\s\-]+", name)
             if word.lower() not in LINKS)
    return "".join(word[0].upper() for word in words if word)


# Characters a name's 14 words may span: the end of a name is looked for no further.
_NAME_WINDOW = 400


def _tokens(text: str, start: int) -> Iterator[tuple[re.Match[str], re.Match[str] | None]]:
    """The word tokens from `start` up to the first mark that ends a name (comma, bracket,
    colon, sentence end), 14 at most, each with the next one (None after the last). Read
    lazily: a name mostly ends within a few words."""
    window = min(len(text), start + _NAME_WINDOW)  # searched no further than 14 words go
    found = _NAME_END.search(text, start, window)
    limit = found.start() if found else window
    words = itertools.islice(_TOKEN.finditer(text, start, limit), 14)
    token = next(words, None)
    while token is not None:
        following = next(words, None)
        yield token, following
        token = following


def _starts_second_part(token: re.Match[str] | None) -> bool:
    """Whether the word after "et" goes on with the name: capitalised, not a type word, not
    an acronym ("Emmaüs et ADMR" names two bodies)."""
    word = token.group(0) if token else ""
    return bool(_CAPITAL.match(word)) and word.lower() not in _HEADS \
        and not (len(word) > 1 and word.isupper())


# A capitalised first word this common in French starts a phrase, not a name ("Objectif 1",
# "Semaine 2", "Publicité"), unless other capitalised words follow ("Petits Débrouillards").
COMMON_ZIPF = 3.3


@cache
def _common(word: str) -> bool:
    return zipf_frequency(word.lower(), "fr") >= COMMON_ZIPF


def looks_like_name(text: str) -> bool:
    """Whether `text` reads as an organisation's name rather than a phrase of the form.

    >>> looks_like_name("Klesia"), looks_like_name("Objectif 1"), looks_like_name("Reims Habitat")
    (True, False, True)
    """
    words = _DETERMINER.sub("", text, count=1).split() if _DETERMINER.match(text) else text.split()
    if not words or (re.match(r"\d+\W*$", words[0]) and not (
            words[0].isdigit() and len(words) > 1 and words[1][:1].isupper())):
        return False  # "60 – Achats", a line of the CERFA chart of accounts; not "13 Habitat"
    first = words[0].strip("'’.,:")
    if first.lower() in _NOT_BODY or _CLAUSE_WORDS.intersection(words):
        return False  # "Une ludothèque qui se déplace": a clause, not a name
    if len(words) == 1 and first.lower() in _HEADS:
        return False  # "Conseil", "Fédération": a type word alone names no body
    if first.lower() in _HEADS or (first.isupper() and 1 < len(first) < 5) \
            or (len(words) > 1 and kind_of(text) in _NAMED_KINDS):  # "Territoire habitat"
        return True
    others = [w for w in words[1:] if (w[:1].isupper() or _ELIDED_CAPITAL.match(w))
              and w.lower() not in LINKS and w.lower() not in _NOT_BODY]  # "d'Andalousie"
    return bool(others) or not _common(first)


_ARTICLES = frozenset({"le", "la", "les", "un", "une", "des", "du", "ce", "cette", "son", "sa"})
# (?<!\w.) after the capital is \b before it: opening on a class lets `re` skip to capitals.
_FULL_NAME = re.compile(
    rf"([{_UPPER}](?<!\w.)[a-zà-ÿ]+(?:-[{_UPPER}][a-zà-ÿ]+)?)\s+([{_UPPER}]{{3,}})\b")


def surnames(text: str) -> frozenset[str]:
    """The surnames `text` gives after a first name ("Thomas KEUMURIAN"): later alone, they
    name the person, not a body.

    >>> sorted(surnames("revu par Thomas KEUMURIAN et ROST, avec la CAF"))
    ['KEUMURIAN']
    """
    return frozenset(last for first, last in _FULL_NAME.findall(text)
                     if first.lower() not in _STOPS | LINKS | _HEADS | _ARTICLES
                     and _first_name(first))


def _is_person(name: str) -> bool:
    """"Mme Dupont", "Christophe GARRITE"; not "Fondation EDF" (a type word first)."""
    return bool(_PERSON.match(name)) and name.split()[0].lower() not in _HEADS


def funder_org(name: str, *, open_world: bool) -> Org | None:
    """The organisation a funder's name denotes when no list knows it, or None for what is
    no organisation (a person, a generic word, a lowercase phrase outside a budget line).

    >>> funder_org("Fondation La Poste", open_world=False)
    Org(key='fondation-la-poste', label='Fondation La Poste', kind='fondation')
    """
    name = _SPACES.sub(" ", name).strip(" -–'’.:")
    if len(name) < 2 or is_generic(name) or _is_person(name):
        return None
    if not open_world and not _CAPITAL.match(name) and name.split()[0].lower() not in _HEADS:
        return None
    if not any(c.isalpha() for c in name) or len(name.split()) > 10 \
            or not looks_like_name(name):
        return None
    label = name[:1].upper() + name[1:]
    known = find_orgs(label)
    if known and known[0].funder and known[0].start == 0:
        return known[0].org  # "la commune de Koungou" is the Commune
    return Org(org_key(label), label, kind_of(label))


# Nouns that introduce a body by its bare name ("le bailleur Inolya", "la coopérative X").
_ORG_NOUN = re.compile(
    r"(?:bailleur|coop[ée]rative|association|asso|entreprise|soci[ée]t[ée]|club|structure|"
    r"enseigne|magasin|r[ée]seau|collectif|compagnie|troupe|groupe|plateforme|organisme|"
    r"partenaire|fournisseur|prestataire|mutuelle|fondation|cabinet|agence|[ée]quipe|"
    r"groupement|dispositif|service|l'|d')\s*$", re.IGNORECASE)
# What stands before a person's name, or a place's.
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:M|Mme|Mr|Mlle|Dr|Me|Pr|coach|madame|monsieur|docteur|auteure?|autrice|"
    r"animat(?:eur|rice)|[ée]ducat(?:eur|rice)|psychologue|b[ée]n[ée]vole|pr[ée]sidente?|"
    r"direct(?:eur|rice)|coordinat(?:eur|rice)|stagiaire|intervenante?|artiste|"
    r"conteuse?|infirmi[eè]re?|m[ée]decin|sage-femme|salari[ée]e?|habitante?|maman|papa|"
    r"fille|fils|jeune|coll[èe]gue)\.?,?\s*$)", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:à|a|en|vers|depuis|quartier(?: de| du| des)?|rue|"
                           r"avenue|place|boulevard|cité|route|chemin)\s+"
                           r"(?:(?:la|le|les)\s+|l['’])?$", re.IGNORECASE)


# First names that also start the names of national bodies ("France Alzheimer Haute-Garonne").
_NATIONAL = frozenset({"France"})


@cache
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def _first_name(word: str) -> bool:
    """"Maryse", "Jean-Michel": a first name the gender-guesser lists (any part of a
    hyphenated one)."""
    return any(_first_names().get_gender(part, "france") != "unknown"
               or _first_names().get_gender(part) in {"male", "female", "mostly_male",
                                                      "mostly_female"}
               for part in word.split("-") if len(part) > 1)


@cache
def _candidates() -> re.Pattern[str]:
    """The words a name may start with: capitalised ones (after "l'" too) and numbers. Only
    those are tried, not every word of a sentence; a name after a lowercase type word ("le
    collège des Hautes-Tours") is the gazetteer's (`find_orgs`)."""
    return re.compile(rf"(?<![\w'’.&+\-])(?![dlDL]['’][^{_UPPER}])(?:[dlDL]['’])?"
                      rf"[{_UPPER}\d][\w'’.&+\-]*")


def org_names(text: str) -> list[tuple[str, int, int]]:
    """Every name that starts at a capitalised word of `text`, one per run of words, as
    (name, start, end).

    >>> [n for n, _, _ in org_names("Les éducateurs de Rue & Cité 42 et de Prév'Aude.")]
    ['Rue & Cité 42', "Prév'Aude"]
    """
    found: list[tuple[str, int, int]] = []
    end = 0
    for token in _candidates().finditer(text):
        word, position = token.group(0), token.start()
        if position < end:
            continue
        if _ELIDED_CAPITAL.match(word):  # "l'ASEC", "d'Emmaüs"
            word, position = word[2:], position + 2
        if not (_CAPITAL.match(word) or word.lower() in _HEADS):
            continue
        name = name_after(text, position) if _DETERMINER.fullmatch(word + " ") \
            else name_at(text, position)
        if name is not None:
            found.append(name)
            end = name[2]
    return found


def partner_org(name: str, before: str, *, listed: bool = False) -> Org | None:
    """The organisation a name found in running text denotes, given the text `before` it;
    None for a person, a place, a common phrase or a lone word nothing marks as a body
    (an org noun before it, or being `listed` among other names).

    >>> partner_org("Inolya", "prêté par le bailleur ").label
    'Inolya'
    >>> partner_org("Maryse Lenoir", "animés par une autrice, "), partner_org("Kourou", "à ")
    (None, None)
    """
    words = name.split()
    headed = words[0].lower() in _HEADS
    if _PERSON_BEFORE.search(before) and not headed:
        return None
    previous = before.split()[-1:] or [""]
    if previous[0].lower() in _NOT_BODY and previous[0].lower() not in {"service", "services"}:
        return None  # "ateliers Blablas et Couture", "défi FAAP": the name of an activity
    if _PLACE_BEFORE.search(before) and not headed and not name.isupper() \
            and kind_of(name) == "autre":  # "à Kourou", not "à XL Habitat"
        return None
    # a first name opens a person's name, "Greta Martin", not an acronym's: "GRETA Anjou"
    if not headed and len(words) <= 3 \
            and not (len(words) > 1 and words[0].isupper() and len(words[0]) > 2) \
            and _first_name(words[0]) and words[0] not in _NATIONAL \
            and not any(c.isdigit() for c in name) and kind_of(name) == "autre":
        return None
    acronym = len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&'’.\-]+", name) is not None
    marked = len(words) > 1 or acronym or any(c.isdigit() or c in ".&" for c in name) \
        or listed or bool(_ORG_NOUN.search(before))
    # after its noun, a name may open with a number: "le bailleur 13 Habitat"
    return funder_org(name, open_world=bool(_ORG_NOUN.search(before))) if marked else None

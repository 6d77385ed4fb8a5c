"""Fiches U21..U30 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

R3 = []

# U21 — Nord, Maubeuge. Caf "fonds publics et territoires" attributed to the Caf -> CAF "5 400 €"; agglomeration
# "financée à 30 %" (no base: null); bailleur "1 500 €"; Ville lends a room (borderline funder + partner Commune);
# cost of games bought; membership per family; association with digits; PMI; a school.
R3.append(dict(
    id="U21",
    title="La Ludo'mobile : jeux en famille dans les quartiers de Maubeuge",
    structure_line="CENTRE SOCIAL DE L'ÉPINETTE - Nord",
    files=None,
    status="En cours",
    dimension="Familles",
    keywords=["Jeu", "parentalité", "Familles"],
    resume="""Une camionnette pleine de jeux qui s'installe 4 fois par semaine dans un quartier différent (Sous-le-Bois, Provinces Françaises, l'Épinette, les Écrivains) pour jouer en famille.""",
    initiative=["Le centre social"],
    territory="Plusieurs quartiers",
    experience="""L'association Ludo'Sambre 59 nous forme à l'animation de jeux et nous prête des jeux surdimensionnés.
La PMI du secteur passe une fois par mois avec une puéricultrice.
L'école maternelle Pasteur nous accueille dans sa cour le vendredi après la classe.
La Ville de Maubeuge met à disposition la salle des Provinces Françaises l'hiver.""",
    public=["Familles", "Enfants"],
    declared=["Caf", "Commune"],
    description="""Achat de jeux : 3 200 € la première année. Adhésion 5 € par famille.""",
    financial="""Caf du Nord (fonds publics et territoires) : 5 400 €
l'action est financée à 30 % par l'Agglomération Maubeuge Val de Sambre
Partenord Habitat : 1 500 €""",
    people="2 animateurs, 3 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "La Ville de Maubeuge met à disposition la salle des Provinces Françaises",
          borderline=True, alt=["Ville de Maubeuge"]),
        F("CAF", 5400, "Caf du Nord (fonds publics et territoires) : 5 400 €", alt=["Caf du Nord", "Fonds publics et territoires"]),
        F("Intercommunalité", None, "l'action est financée à 30 % par l'Agglomération Maubeuge Val de Sambre",
          alt=["Agglomération Maubeuge Val de Sambre"]),
        F("Partenord Habitat", 1500, "Partenord Habitat : 1 500 €", alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Ludo'Sambre 59", "L'association Ludo'Sambre 59 nous forme à l'animation de jeux"),
        P("PMI", "La PMI du secteur passe une fois par mois"),
        P("École maternelle Pasteur", "L'école maternelle Pasteur nous accueille dans sa cour"),
        P("Commune", "La Ville de Maubeuge met à disposition la salle des Provinces Françaises", alt=["Ville de Maubeuge"]),
    ],
    excluded=X(
        funders=["Achat de jeux : 3 200 € (a cost)", "Adhésion 5 € par famille (participants)",
                 "30 % (no base: the agglomeration's amount stays null)"],
        partners=["Sous-le-Bois, Provinces Françaises... (neighbourhoods)", "puéricultrice (a person of the PMI)",
                  "Caf, Agglomération, Partenord Habitat (funders only)"]),
))

# U22 — Seine-Saint-Denis, Clichy-sous-Bois. Cité éducative "8 000 €"; EPT; Département "4500 €"; a fonds de dotation;
# REFUSED Région ("non retenu"); cost of a computer; "gratuit pour les familles"; a collège; an association with digits.
R3.append(dict(
    id="U22",
    title="Fab'Ados : fablab et codage pour les 11-15 ans",
    structure_line="CENTRE SOCIAL INTERCOMMUNAL DE LA DHUYS - Seine-Saint-Denis",
    files=["fabados.pptx"],
    status="En cours",
    dimension="Jeunesse",
    keywords=["Numérique", "Jeunesse", "Sciences"],
    resume="""Deux soirs par semaine et pendant les vacances, les ados apprennent l'impression 3D, la découpe laser, la programmation de petits robots. Gratuit pour les familles.""",
    initiative=["Le centre social"],
    territory="Plusieurs communes",
    experience="""Les Ateliers du Plateau 93 (association de médiation numérique) animent les séances techniques avec nos animateurs.
Le collège Louise-Michel repère les élèves décrocheurs et un professeur de technologie vient une fois par mois.
Chaque ordinateur coûte environ 450 €, on en a acheté 8.""",
    public=["Adolescents"],
    declared=["Education nationale", "Associations", "Autre"],
    description="""26 ados inscrits, dont 11 filles.""",
    financial="""Cité éducative de Clichy-sous-Bois / Montfermeil : 8 000 €
Grand Paris Grand Est : 3 000 €
Département de la Seine-Saint-Denis 4500 €
Fonds de dotation Coteaux Solidaires : 2 500 €
Région Île-de-France : non retenu""",
    people="2 animateurs numériques",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Cité éducative", 8000, "Cité éducative de Clichy-sous-Bois / Montfermeil : 8 000 €",
          alt=["Cité éducative de Clichy-sous-Bois / Montfermeil", "État", "Éducation nationale"]),
        F("Intercommunalité", 3000, "Grand Paris Grand Est : 3 000 €", alt=["Grand Paris Grand Est", "EPT Grand Paris Grand Est"]),
        F("Conseil départemental", 4500, "Département de la Seine-Saint-Denis 4500 €", alt=["Département de la Seine-Saint-Denis"]),
        F("Fonds de dotation Coteaux Solidaires", 2500, "Fonds de dotation Coteaux Solidaires : 2 500 €", alt=["Coteaux Solidaires"]),
    ],
    budget=NOB,
    partners=[
        P("Les Ateliers du Plateau 93", "Les Ateliers du Plateau 93 (association de médiation numérique) animent les séances techniques",
          alt=["Ateliers du Plateau 93"]),
        P("Collège Louise-Michel", "Le collège Louise-Michel repère les élèves décrocheurs"),
    ],
    excluded=X(
        funders=["Région Île-de-France (\"non retenu\")", "450 € par ordinateur (a cost)"],
        partners=["professeur de technologie (individual)", "Cité éducative, EPT, Département (funders only)"]),
))

# U23 — Bouches-du-Rhône, Martigues. Carsat Sud-Est "1 300 €"; a retirement fund "avec le soutien de"; Métropole
# AMP; provider paid per session (Siel Bleu-like association: partner, price not a grant); CCAS transports (partner);
# a per-person fee; a "Métropole" figure of participants.
R3.append(dict(
    id="U23",
    title="Garder l'équilibre : prévention des chutes à Canto-Perdrix",
    structure_line="CENTRE SOCIAL DE CANTO-PERDRIX - Bouches-du-Rhône",
    files=None,
    status="En cours",
    dimension="Santé",
    keywords=["Prévention", "Seniors", "Santé"],
    resume="""12 séances d'équilibre et de renforcement pour des plus de 65 ans, avec un test au début et à la fin, puis un groupe de marche qui continue seul.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Les séances sont animées par un éducateur de Gym'Avenir 13 (38 € la séance).
Le CCAS de Martigues transporte les personnes qui ne peuvent pas venir à pied avec son minibus.
Un kiné du quartier a fait les tests d'équilibre bénévolement.""",
    public=["Seniors"],
    declared=["CCAS", "Associations"],
    description="""2 groupes de 14 personnes. Participation : 15 € le cycle.""",
    financial="""Carsat Sud-Est 1 300 €
avec le soutien de la Caisse de retraite Provence Avenir (900 €)
Métropole Aix-Marseille-Provence : 2 000 € (28 personnes)""",
    people="1 référente seniors, 1 éducateur sportif",
    res_territoire="",
    res_centre="",
    res_habitants="Les participants ont amélioré leur score d'équilibre.",
    limites="",
    perspectives="",
    funders=[
        F("CARSAT", 1300, "Carsat Sud-Est 1 300 €", alt=["Carsat Sud-Est"]),
        F("Caisse de retraite Provence Avenir", 900, "avec le soutien de la Caisse de retraite Provence Avenir (900 €)",
          alt=["Provence Avenir"]),
        F("Intercommunalité", 2000, "Métropole Aix-Marseille-Provence : 2 000 €", alt=["Métropole Aix-Marseille-Provence", "AMP"]),
    ],
    budget=NOB,
    partners=[
        P("Gym'Avenir 13", "Les séances sont animées par un éducateur de Gym'Avenir 13"),
        P("CCAS", "Le CCAS de Martigues transporte les personnes", alt=["CCAS de Martigues"]),
    ],
    excluded=X(
        funders=["38 € la séance (provider's price)", "Participation : 15 € le cycle (participants)",
                 "28 personnes (a count of people, not an amount)"],
        partners=["kiné du quartier (individual)", "Carsat, Provence Avenir, Métropole (funders only)"]),
))

# U24 — Gironde, Bègles. NAME TRAP: the CDAD (Conseil départemental de l'accès au droit) is not the Conseil
# départemental; both fund. Bordeaux Métropole; Ville; bailleur lends an office (borderline funder + partner);
# lawyers (individuals) via the Barreau; a per-consultation fee the lawyers would charge (not a grant).
R3.append(dict(
    id="U24",
    title="Point justice de proximité à Terres Neuves",
    structure_line="CENTRE SOCIAL ET CULTUREL DE TERRES NEUVES - Gironde",
    files=[],
    status="En cours",
    dimension="Accès aux droits",
    keywords=["Accès aux droits", "Justice"],
    resume="""Permanences gratuites d'avocats, de conciliateurs et d'un juriste de l'ADIL deux fois par mois au centre social.""",
    initiative=["Autre"],
    precision="""le Conseil départemental de l'accès au droit (CDAD) qui cherchait un lieu sur Bègles""",
    territory="Une commune",
    experience="""Le Barreau de Bordeaux organise le planning des avocats bénévoles. Une consultation coûte normalement 80 € minimum.
L'ADIL de la Gironde assure la permanence logement.
Mésolia met à disposition un bureau au rez-de-chaussée de la résidence Yves-Farge.""",
    public=["Adultes"],
    declared=["Autre", "Commune"],
    description="""Environ 240 personnes reçues par an.""",
    financial="""Le CDAD de la Gironde nous verse 2 000 € pour l'accueil.
Département de la Gironde : 1 500 €
Bordeaux Métropole : 1 000 €
Ville de Bègles : 1 800 €""",
    people="1 agent d'accueil",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 1800, "Ville de Bègles : 1 800 €", alt=["Ville de Bègles"]),
        F("Conseil départemental", 1500, "Département de la Gironde : 1 500 €", alt=["Département de la Gironde"]),
        F("CDAD de la Gironde", 2000, "Le CDAD de la Gironde nous verse 2 000 €",
          alt=["CDAD", "Conseil départemental de l'accès au droit de la Gironde"]),
        F("Intercommunalité", 1000, "Bordeaux Métropole : 1 000 €", alt=["Bordeaux Métropole"]),
        F("Mésolia", None, "Mésolia met à disposition un bureau", borderline=True, alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Barreau de Bordeaux", "Le Barreau de Bordeaux organise le planning des avocats bénévoles"),
        P("ADIL de la Gironde", "L'ADIL de la Gironde assure la permanence logement", alt=["ADIL"]),
        P("Mésolia", "Mésolia met à disposition un bureau"),
        P("CDAD de la Gironde", "le Conseil départemental de l'accès au droit (CDAD) qui cherchait un lieu sur Bègles",
          alt=["CDAD", "Conseil départemental de l'accès au droit de la Gironde"]),
    ],
    excluded=X(
        funders=["80 € minimum (the usual price of a consultation)"],
        partners=["avocats bénévoles, conciliateurs (individuals)", "résidence Yves-Farge (a place)",
                  "Département, Bordeaux Métropole, Ville (funders only)"]),
))

# U25 — Isère, Voiron. ARS through the contrat local de santé "(3 500 €)"; agglomeration; fonds de dotation "1 000€";
# Ville's free room (borderline funder; partner = declared Commune); UNAFAM and CMP partners; a mutuelle only holds a
# stand (partner, not funder); "Semaines d'information sur la santé mentale" (event); ticket price.
R3.append(dict(
    id="U25",
    title="Ciné-débats santé mentale au Pays Voironnais",
    structure_line="CENTRE SOCIAL CHARLES-BERTHIER - Isère",
    files=None,
    status="En cours",
    dimension="Santé",
    keywords=["santé mentale", "Cinéma", "prévention"],
    resume="""4 ciné-débats par an sur la santé mentale, en lien avec les Semaines d'information sur la santé mentale, suivis d'un temps d'échange avec des professionnels et des familles.""",
    initiative=["Le centre social", "Autre"],
    precision="""UNAFAM""",
    territory="Une intercommunalité",
    experience="""Débats animés avec l'UNAFAM Isère et une infirmière du CMP de Voiron.
La Mutualité Française Auvergne-Rhône-Alpes a tenu un stand d'information à deux séances.
La Ville de Voiron nous prête gratuitement la salle des fêtes.""",
    public=["Tous publics"],
    declared=["Commune", "Associations"],
    description="""Entrée 3 € (gratuit pour les moins de 18 ans). 380 spectateurs sur l'année.""",
    financial="""ARS Auvergne-Rhône-Alpes, dans le cadre du contrat local de santé (3 500 €)
Pays Voironnais : 1 200 €
Fonds de dotation Psy'Cité 1 000€""",
    people="",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "La Ville de Voiron nous prête gratuitement la salle des fêtes", borderline=True, alt=["Ville de Voiron"]),
        F("ARS", 3500, "ARS Auvergne-Rhône-Alpes, dans le cadre du contrat local de santé (3 500 €)",
          alt=["ARS Auvergne-Rhône-Alpes", "Contrat local de santé"]),
        F("Intercommunalité", 1200, "Pays Voironnais : 1 200 €", alt=["Pays Voironnais", "Communauté d'agglomération du Pays Voironnais"]),
        F("Fonds de dotation Psy'Cité", 1000, "Fonds de dotation Psy'Cité 1 000€", alt=["Psy'Cité"]),
    ],
    budget=NOB,
    partners=[
        P("UNAFAM Isère", "Débats animés avec l'UNAFAM Isère", alt=["UNAFAM"]),
        P("CMP de Voiron", "une infirmière du CMP de Voiron", alt=["Centre médico-psychologique de Voiron", "CMP"]),
        P("Mutualité Française Auvergne-Rhône-Alpes", "La Mutualité Française Auvergne-Rhône-Alpes a tenu un stand",
          alt=["Mutualité Française"]),
        P("Commune", "La Ville de Voiron nous prête gratuitement la salle des fêtes", alt=["Ville de Voiron"]),
    ],
    excluded=X(
        funders=["Mutualité Française Auvergne-Rhône-Alpes (holds a stand: partner only)", "Entrée 3 € (participants)"],
        partners=["Semaines d'information sur la santé mentale (an event)", "ARS, Pays Voironnais, Psy'Cité (funders only)"]),
))

# U26 — Hérault, Sète. Région "3 k€"; agglomeration; a shipyard's mécénat "1 500 €"; NEVER-REQUESTED Caf ("pas
# sollicitée"); lycée de la mer and Mission locale partners; the port as a place; boat trip price per young person.
R3.append(dict(
    id="U26",
    title="Cap sur les métiers de la mer",
    structure_line="CENTRE SOCIAL DE L'ÎLE DE THAU - Hérault",
    files=[],
    status="Terminée",
    reason="""fin du projet, les jeunes sont partis en formation ou en emploi""",
    dimension="Jeunesse",
    keywords=["Orientation", "Emploi", "Mer"],
    resume="""12 jeunes de 16 à 22 ans ont découvert les métiers du port et de la pêche : visites, stages d'observation, sortie en mer, rencontre avec des patrons pêcheurs.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Le lycée de la Mer Paul-Bousquet a ouvert ses ateliers et ses formateurs ont encadré deux journées.
La Mission locale du Bassin de Thau a orienté les jeunes et suivi leurs projets.
La sortie en mer coûte 65 € par jeune.""",
    public=["Jeunes adultes"],
    declared=["Education nationale", "Autre"],
    description="""Visites du port de commerce et de la criée.""",
    financial="""Région Occitanie : 3 k€
Sète Agglopôle Méditerranée 2 200 €
mécénat du Chantier Naval Thau Marine 1 500 €
La Caf n'a pas été sollicitée pour ce projet.""",
    people="1 animateur jeunesse",
    res_territoire="",
    res_centre="",
    res_habitants="5 jeunes en formation, 3 en emploi saisonnier.",
    limites="",
    perspectives="",
    funders=[
        F("Région", 3000, "Région Occitanie : 3 k€", alt=["Région Occitanie"]),
        F("Intercommunalité", 2200, "Sète Agglopôle Méditerranée 2 200 €", alt=["Sète Agglopôle Méditerranée"]),
        F("Chantier Naval Thau Marine", 1500, "mécénat du Chantier Naval Thau Marine 1 500 €"),
    ],
    budget=NOB,
    partners=[
        P("Lycée de la Mer Paul-Bousquet", "Le lycée de la Mer Paul-Bousquet a ouvert ses ateliers"),
        P("Mission locale du Bassin de Thau", "La Mission locale du Bassin de Thau a orienté les jeunes", alt=["Mission locale"]),
    ],
    excluded=X(
        funders=["Caf (\"n'a pas été sollicitée\": never requested)", "65 € par jeune (a cost)"],
        partners=["port de commerce, criée (places)", "patrons pêcheurs (individuals)",
                  "Région, Agglopôle, Chantier Naval Thau Marine (funders only)"]),
))

# U27 — Haute-Garonne, Comminges. "Café des aidants" (café look-alike); intercommunality with "et" in its name;
# Département with amount in brackets; Carsat "2 000 euros"; France Alzheimer and the hospital's geriatric team as
# partners; respite cost per hour paid by families; total budget as a RANGE "de 6 000 à 6 500 €".
R3.append(dict(
    id="U27",
    title="Café des aidants du Comminges",
    structure_line="EVS LES AIDANTS DU COMMINGES - Haute-Garonne",
    files=None,
    status="En cours",
    dimension="Vieillissement",
    keywords=["Aidants", "répit"],
    resume="""Une fois par mois un café des aidants dans un bar de Saint-Gaudens, et des après-midis de répit où les proches malades sont accueillis par des bénévoles formés.""",
    initiative=["Des habitants"],
    territory="Une intercommunalité",
    experience="""France Alzheimer Haute-Garonne co-anime le café et forme nos bénévoles.
L'équipe mobile de gériatrie du centre hospitalier de Comminges Pyrénées oriente les familles.
Une garde à domicile coûte aux familles 22 € de l'heure, d'où l'intérêt des après-midis de répit.""",
    public=["Aidants"],
    declared=["Associations", "Autre"],
    description="""17 aidants réguliers.""",
    financial="""Communauté de communes Cœur et Coteaux du Comminges : 1 800 €
Le Département de la Haute-Garonne (1 500 €)
Carsat Midi-Pyrénées 2 000 euros
Budget : de 6 000 à 6 500 € selon le nombre d'après-midis de répit""",
    people="1 coordinatrice, 8 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 1800, "Communauté de communes Cœur et Coteaux du Comminges : 1 800 €",
          alt=["Communauté de communes Cœur et Coteaux du Comminges"]),
        F("Conseil départemental", 1500, "Le Département de la Haute-Garonne (1 500 €)", alt=["Département de la Haute-Garonne"]),
        F("CARSAT", 2000, "Carsat Midi-Pyrénées 2 000 euros", alt=["Carsat Midi-Pyrénées"]),
    ],
    budget=B(None, "Budget : de 6 000 à 6 500 €", rng=(6000, 6500)),
    partners=[
        P("France Alzheimer Haute-Garonne", "France Alzheimer Haute-Garonne co-anime le café", alt=["France Alzheimer"]),
        P("Centre hospitalier de Comminges Pyrénées", "L'équipe mobile de gériatrie du centre hospitalier de Comminges Pyrénées oriente les familles"),
    ],
    excluded=X(
        funders=["Café des aidants (a café, look-alike of CAF)", "22 € de l'heure (families' cost)"],
        partners=["bar de Saint-Gaudens (a venue)", "Communauté de communes, Département, Carsat (funders only)"]),
))

# U28 — Loire-Atlantique, Saint-Nazaire. JOINT amount of three named companies "1 800 € au total" (all null);
# Ville "3 000 €"; CARENE; own sales; a capitalised event "Fête de la Soupe"; comité des fêtes and a brass band
# with digits as partners; the ticket price.
R3.append(dict(
    id="U28",
    title="Fête de la Soupe de Méan-Penhoët",
    structure_line="MAISON DE QUARTIER DE MÉAN-PENHOËT - Loire-Atlantique",
    files=["affiche fete soupe.png"],
    status="En cours",
    dimension="Animation locale",
    keywords=["Fête de quartier", "Convivialité"],
    resume="""Chaque novembre, 20 équipes d'habitants préparent une soupe, le public goûte et vote. Concerts, jeux, bal le soir.""",
    initiative=["Un groupe d'habitants", "Le centre social"],
    territory="Un quartier",
    experience="""Le comité des fêtes de Méan organise le concours avec nous.
La fanfare Les Cuivrés 44 ouvre et ferme la fête.
Les services techniques de la Ville de Saint-Nazaire montent les barnums.""",
    public=["Tous publics"],
    declared=["Commune", "Entreprises", "Associations"],
    description="""Bol de soupe : 1 €. Environ 1 500 visiteurs. Buvette et bols : 2 150 € de recettes.""",
    financial="""Ville de Saint-Nazaire : 3 000 €
CARENE : 1 000 €
Nos sponsors Atlantique Levage Services, Boulangerie Le Fournil de Méan et Garage Penhoët Auto ont donné 1 800 € au total""",
    people="3 salariés, 60 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 3000, "Ville de Saint-Nazaire : 3 000 €", alt=["Ville de Saint-Nazaire"]),
        F("Intercommunalité", 1000, "CARENE : 1 000 €", alt=["CARENE", "Saint-Nazaire Agglomération"]),
        F("Atlantique Levage Services", None, "Nos sponsors Atlantique Levage Services, Boulangerie Le Fournil de Méan et Garage Penhoët Auto ont donné 1 800 € au total"),
        F("Boulangerie Le Fournil de Méan", None, "Nos sponsors Atlantique Levage Services, Boulangerie Le Fournil de Méan et Garage Penhoët Auto ont donné 1 800 € au total",
          alt=["Le Fournil de Méan"]),
        F("Garage Penhoët Auto", None, "Nos sponsors Atlantique Levage Services, Boulangerie Le Fournil de Méan et Garage Penhoët Auto ont donné 1 800 € au total"),
    ],
    budget=NOB,
    partners=[
        P("Comité des fêtes de Méan", "Le comité des fêtes de Méan organise le concours avec nous"),
        P("Les Cuivrés 44", "La fanfare Les Cuivrés 44 ouvre et ferme la fête", alt=["Fanfare Les Cuivrés 44"]),
        P("Commune", "Les services techniques de la Ville de Saint-Nazaire montent les barnums", alt=["Ville de Saint-Nazaire"]),
    ],
    excluded=X(
        funders=["joint amount 1 800 € of three sponsors (tied to none)", "Buvette et bols : 2 150 € (own sales)",
                 "Bol de soupe : 1 € (participants)"],
        partners=["Fête de la Soupe (the event itself)", "sponsors (funders only)", "CARENE (funder only)"]),
))

# U29 — Bas-Rhin, Haguenau. Collectivité européenne d'Alsace (special status); Interreg (EU funds); agglomeration;
# bailleur "600 €"; German Kita partner; "Région" used as geography ("la région du Rhin supérieur");
# parents' contribution; a past year's CeA amount vs this year's.
R3.append(dict(
    id="U29",
    title="Zweisprachig : ateliers bilingues parents-enfants",
    structure_line="CENTRE SOCIOCULTUREL DES PINS - Bas-Rhin",
    files=None,
    status="En cours",
    dimension="Parentalité",
    keywords=["Bilinguisme", "Parentalité", "Europe"],
    resume="""Ateliers du samedi en français et en allemand pour les 3-6 ans et leurs parents : comptines, cuisine, jeux. Deux rencontres par an avec une Kita de l'autre côté du Rhin.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Nous travaillons avec la Kita Sonnenschein de Rastatt : échanges de vidéos et deux journées communes.
Le projet s'inscrit dans la région du Rhin supérieur.
OPUS 67 nous a versé 600 € pour les familles de la cité des Pins.""",
    public=["Familles", "Jeunes enfants"],
    declared=["Associations", "Autre"],
    description="""Participation des parents : 2 € par atelier. 18 familles.""",
    financial="""Collectivité européenne d'Alsace : 2 800 € (contre 2 000 € en 2022)
Fonds Interreg Rhin supérieur : 4 000 €
Communauté d'agglomération de Haguenau : 1 000 €""",
    people="2 animatrices dont une germanophone",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Collectivité européenne d'Alsace", 2800, "Collectivité européenne d'Alsace : 2 800 €", alt=["CeA", "Conseil départemental"]),
        F("Fonds européens", 4000, "Fonds Interreg Rhin supérieur : 4 000 €", alt=["Interreg", "Union européenne"]),
        F("Intercommunalité", 1000, "Communauté d'agglomération de Haguenau : 1 000 €", alt=["Communauté d'agglomération de Haguenau"]),
        F("OPUS 67", 600, "OPUS 67 nous a versé 600 €", alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Kita Sonnenschein de Rastatt", "Nous travaillons avec la Kita Sonnenschein de Rastatt", alt=["Kita Sonnenschein"]),
    ],
    excluded=X(
        funders=["2 000 € en 2022 (last year's CeA figure; this year's 2 800 € is kept)", "\"la région du Rhin supérieur\" (geography)",
                 "2 € par atelier (participants)"],
        partners=["OPUS 67, CeA, Agglomération (funders only)"]),
))

# U30 — Corse-du-Sud, Porto-Vecchio. Collectivité de Corse; Caf with amount in brackets; Ville in-kind transport
# (borderline funder + partner Commune); communauté de communes "sollicitée, réponse en attente" (PENDING); a bus day
# price; Parc naturel régional (partner; "régional" is not the Région); individual guide.
R3.append(dict(
    id="U30",
    title="I chjassi : sentiers et patrimoine avec les jeunes",
    structure_line="CENTRE SOCIAL U PONTE - Corse-du-Sud",
    files=[],
    status="En cours",
    dimension="Jeunesse",
    keywords=["Patrimoine", "Environnement", "jeunesse"],
    resume="""Des randonnées patrimoine pendant les vacances pour les 11-15 ans : bergeries, fours à pain, tours génoises. Les jeunes font un carnet de sentier illustré.""",
    initiative=["Le centre social"],
    territory="Une intercommunalité",
    experience="""Les gardes du Parc naturel régional de Corse ont encadré deux sorties en montagne.
Le transport est assuré par la Ville de Porto-Vecchio avec le bus municipal, sinon un bus coûte 180 € la journée.
Un berger de l'Ospedale, Ghjuvan, nous a reçus chez lui.""",
    public=["Adolescents"],
    declared=["Commune"],
    description="""8 sorties, 22 jeunes.""",
    financial="""Collectivité de Corse : 2 500 €
La Caf de la Corse-du-Sud (1 100 €)
Communauté de communes du Sud Corse : sollicitée, réponse en attente""",
    people="2 animateurs",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "Le transport est assuré par la Ville de Porto-Vecchio avec le bus municipal", borderline=True,
          alt=["Ville de Porto-Vecchio"]),
        F("Collectivité de Corse", 2500, "Collectivité de Corse : 2 500 €", alt=["CdC", "Conseil départemental", "Région"]),
        F("CAF", 1100, "La Caf de la Corse-du-Sud (1 100 €)", alt=["Caf de la Corse-du-Sud"]),
    ],
    budget=NOB,
    partners=[
        P("Parc naturel régional de Corse", "Les gardes du Parc naturel régional de Corse ont encadré deux sorties"),
        P("Commune", "Le transport est assuré par la Ville de Porto-Vecchio", alt=["Ville de Porto-Vecchio"]),
    ],
    excluded=X(
        funders=["Communauté de communes du Sud Corse (pending)", "180 € la journée (a bus price)"],
        partners=["Ghjuvan, berger (individual)", "bergeries, tours génoises (places)", "Collectivité de Corse, Caf (funders only)"]),
))

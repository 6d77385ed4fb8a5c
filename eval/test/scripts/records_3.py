"""Fiches T25..T36 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

R3 = []

# T25 — Loiret, urban. Orléans Métropole; Harmonie-like mutuelle "financé par"; Carsat; Conférence des financeurs
# with "1.200€"; a sports club "&"; the Ville's service des sports (Commune); "Semaine Bleue" (event);
# amount on the next line after the label.
R3.append(dict(
    id="T25",
    title="Bouger à La Source : activité physique adaptée pour les 60 ans et plus",
    structure_line="CENTRE SOCIAL DE LA SOURCE - Loiret",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Santé", "Viellissement"],
    resume="""Gym douce, marche et équilibre pour 40 seniors, 3 créneaux par semaine, encadrés par un enseignant en activité physique adaptée. Tests de forme en début et fin d'année.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Les seniors de l'atelier mémoire voulaient "bouger un peu". On a ouvert un créneau en 2022, il y en a 3 maintenant. Temps fort pendant la Semaine Bleue.""",
    public=["Seniors"],
    declared=["Commune", "Associations"],
    description="""L'enseignant APA est salarié de l'association Sport & Santé Loiret.
Le service des sports de la Ville d'Orléans prête le gymnase du Lièvre d'Or le jeudi.
Le Cercle Orléanais de Marche Nordique emmène le groupe sur les bords du Loiret une fois par mois.""",
    financial="""Action financée par Mutuelle Val de Loire Prévoyance à hauteur de 2 000 €.
Carsat Centre-Val de Loire
3 000 €
Conférence des financeurs du Loiret : 1.200€
Orléans Métropole : 1 000 €
cotisation 20 € par trimestre""",
    people="1 enseignant APA, 1 animatrice",
    res_territoire="",
    res_centre="",
    res_habitants="Amélioration des tests d'équilibre pour 31 personnes sur 40.",
    limites="",
    perspectives="",
    funders=[
        F("Mutuelle Val de Loire Prévoyance", 2000, "Action financée par Mutuelle Val de Loire Prévoyance à hauteur de 2 000 €"),
        F("CARSAT", 3000, "Carsat Centre-Val de Loire\n3 000 €", alt=["Carsat Centre-Val de Loire"]),
        F("Conférence des financeurs de la prévention de la perte d'autonomie", 1200,
          "Conférence des financeurs du Loiret : 1.200€", alt=["Conférence des financeurs", "CFPPA"]),
        F("Intercommunalité", 1000, "Orléans Métropole : 1 000 €", alt=["Orléans Métropole"]),
        F("Commune", None, "Le service des sports de la Ville d'Orléans prête le gymnase du Lièvre d'Or", borderline=True,
          alt=["Ville d'Orléans"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "Le service des sports de la Ville d'Orléans prête le gymnase", alt=["Ville d'Orléans"]),
        P("Sport & Santé Loiret", "L'enseignant APA est salarié de l'association Sport & Santé Loiret"),
        P("Cercle Orléanais de Marche Nordique", "Le Cercle Orléanais de Marche Nordique emmène le groupe"),
    ],
    excluded=X(
        funders=["cotisation 20 € par trimestre (participants)"],
        partners=["Semaine Bleue (an event)", "atelier mémoire (the centre's own activity)",
                  "Mutuelle Val de Loire Prévoyance, Carsat, Conférence des financeurs, Orléans Métropole (funders only)"]),
))

# T26 — Cher, rural. CC Cœur de France; MSA; Département du Cher; a pharmacy chain company lends a van (borderline);
# France Services as partner; refused CNAF? no: NEVER requested "pas sollicité"; a past funder (Région 2022-2023 par an);
# EMPTY dimension.
R3.append(dict(
    id="T26",
    title="Le Bus des services : tournée dans les villages du Boischaut Sud",
    structure_line="ESPACE DE VIE SOCIALE LES TILLEULS - Cher",
    files=None,
    status="En cours",
    dimension=None,
    keywords=["Précarité", "Solidarité"],
    resume="""Un minibus aménagé fait la tournée de 12 villages autour de Saint-Amand-Montrond : aide aux démarches, prêt de livres, café-causerie, ateliers numériques.""",
    initiative=["Le centre social"],
    territory="Plusieurs communes",
    experience="""Les villages n'ont plus ni commerce ni service. La Région Centre-Val de Loire a financé le lancement en 2022 et 2023 (3 500 € par an).""",
    public=["Tous publics"],
    declared=["Intercommunalité", "Commune"],
    description="""Une conseillère de France Services Saint-Amand-Montrond monte dans le bus deux fois par mois.
La Communauté de communes Cœur de France a acheté le minibus et nous le met à disposition.
Les mairies des villages ouvrent leur salle des fêtes quand il pleut.""",
    financial="""Communauté de communes Cœur de France : 6 000 € + le minibus
MSA Beauce Cœur de Loire : 2 000 €
Département du Cher : 1 500 €
Cnaf : pas sollicité""",
    people="1 animatrice, 1 chauffeur à temps partiel, 6 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "Les mairies des villages ouvrent leur salle des fêtes", borderline=True, alt=["Mairies"]),
        F("Intercommunalité", 6000, "Communauté de communes Cœur de France : 6 000 €",
          alt=["Communauté de communes Cœur de France"]),
        F("MSA", 2000, "MSA Beauce Cœur de Loire : 2 000 €", alt=["MSA Beauce Cœur de Loire"]),
        F("Conseil départemental", 1500, "Département du Cher : 1 500 €", alt=["Département du Cher"]),
        F("Région", 3500, "La Région Centre-Val de Loire a financé le lancement en 2022 et 2023 (3 500 € par an)",
          alt=["Région Centre-Val de Loire"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "Les mairies des villages ouvrent leur salle des fêtes quand il pleut", alt=["Mairies"]),
        P("Intercommunalité", "La Communauté de communes Cœur de France a acheté le minibus et nous le met à disposition",
          alt=["Communauté de communes Cœur de France"]),
        P("France Services Saint-Amand-Montrond", "Une conseillère de France Services Saint-Amand-Montrond monte dans le bus",
          alt=["France Services"]),
    ],
    excluded=X(
        funders=["Cnaf (\"pas sollicité\": never requested)", "\"café-causerie\" (negative for CAF)"],
        partners=["chauffeur, bénévoles (individuals)", "MSA, Département, Région (funders only)"]),
))

# T27 — Côte-d'Or, urban. ANCT via "crédits politique de la ville (État)"; Dijon Métropole; Restos du cœur
# and Banque alimentaire giving food (borderline funders + partners); a supermarket's gifts; Grand Dijon Habitat;
# per-basket price (participants); CCAS "subvention du CCAS".
R3.append(dict(
    id="T27",
    title="L'épicerie solidaire de la Fontaine d'Ouche",
    structure_line="CENTRE SOCIAL DE LA FONTAINE D'OUCHE - Côte-d'Or",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Précarité", "Santé", "Solidarité"],
    resume="""Epicerie solidaire ouverte 3 demi-journées par semaine pour 90 foyers orientés par les travailleurs sociaux. Les produits sont vendus à 20 % du prix. Ateliers cuisine et budget associés.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Ouverture en 2021 après la fermeture de la distribution des Restos du Coeur dans le quartier.""",
    public=["familles", "Adultes"],
    declared=["Commune", "Bailleur social", "Associations", "Entreprises"],
    description="""Approvisionnement : la Banque alimentaire de Côte-d'Or (produits secs), les Restos du Coeur de Dijon (surplus), le magasin Super Ouche Marché (invendus frais, 2 ramasses par semaine).
Orientation par le CCAS de Dijon et par la Maison des solidarités du Département.
Grand Dijon Habitat nous loue le local à 1 € symbolique.""",
    financial="""crédits politique de la ville (État) : 7 500 €
Dijon Métropole : 4 000 €
subvention du CCAS de Dijon : 3 000 €
ventes : 20 % du prix, environ 9 000 € par an""",
    people="1 responsable, 1 adulte-relais, 14 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("ANCT", 7500, "crédits politique de la ville (État) : 7 500 €", alt=ANCT_ALT),
        F("Intercommunalité", 4000, "Dijon Métropole : 4 000 €", alt=["Dijon Métropole"]),
        F("CCAS", 3000, "subvention du CCAS de Dijon : 3 000 €", alt=["CCAS de Dijon"]),
        F("Grand Dijon Habitat", None, "Grand Dijon Habitat nous loue le local à 1 € symbolique", borderline=True,
          alt=["Bailleur social"]),
        F("Banque alimentaire de Côte-d'Or", None, "la Banque alimentaire de Côte-d'Or (produits secs)", borderline=True,
          alt=["Banque alimentaire"]),
        F("Restos du Coeur de Dijon", None, "les Restos du Coeur de Dijon (surplus)", borderline=True,
          alt=["Restos du Coeur", "Restos du cœur"]),
        F("Super Ouche Marché", None, "le magasin Super Ouche Marché (invendus frais, 2 ramasses par semaine)", borderline=True),
    ],
    budget=NOB,
    partners=[
        P("Banque alimentaire de Côte-d'Or", "la Banque alimentaire de Côte-d'Or (produits secs)", alt=["Banque alimentaire"]),
        P("Restos du Coeur de Dijon", "les Restos du Coeur de Dijon (surplus)", alt=["Restos du Coeur", "Restos du cœur"]),
        P("Super Ouche Marché", "le magasin Super Ouche Marché (invendus frais", borderline=True),
        P("CCAS", "Orientation par le CCAS de Dijon", alt=["CCAS de Dijon"]),
        P("Conseil départemental", "par la Maison des solidarités du Département", alt=["Maison des solidarités"]),
        P("Grand Dijon Habitat", "Grand Dijon Habitat nous loue le local à 1 € symbolique"),
    ],
    excluded=X(
        funders=["ventes : 20 % du prix (own sales)", "\"Restos du Coeur\" in the experience (a past distribution, context)"],
        partners=["adulte-relais, bénévoles (individuals)", "travailleurs sociaux (generic)",
                  "crédits politique de la ville, Dijon Métropole (funders only)"]),
))

# T28 — Saône-et-Loire, rural. "Le Grand Charolais" (CC); MSA Bourgogne; an Agirc-Arrco member fund "Malakoff"-like
# retirement fund; France Alzheimer; a hospital; a "budget" with "3 k€" and a range total "de 8 000 à 9 000 €";
# "la région charolaise" (geography); respite service from an EHPAD.
R3.append(dict(
    id="T28",
    title="Pause-aidants en Charolais",
    structure_line="CENTRE SOCIAL DU PAYS CHAROLAIS - Saône-et-Loire",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Santé", "Viellissement", "Solidarité"],
    resume="""Un après-midi par mois pour les proches aidants (conjoints, enfants) de personnes malades ou âgées : groupe d'échange, sophrologie, et pendant ce temps l'accueil de jour de l'EHPAD prend en charge la personne aidée.""",
    initiative=["Un ou plusieurs partenaire(s)", "Le centre social"],
    territory="Plusieurs communes",
    experience="""Dans la région charolaise beaucoup d'aidants sont des agriculteurs âgés qui s'occupent de leur conjoint. Ils ne prennent jamais de répit.""",
    public=["Adultes", "Seniors"],
    declared=["Associations", "Intercommunalité"],
    description="""L'accueil de jour de l'EHPAD Saint-Joseph de Charolles garde les personnes aidées.
L'antenne France Alzheimer Saône-et-Loire anime un groupe sur quatre.
Une assistante sociale du centre hospitalier de Paray-le-Monial oriente les aidants à la sortie d'hospitalisation.""",
    financial="""Budget de 8 000 à 9 000 € selon les années
MSA Bourgogne : 3 k€
Le Grand Charolais : 2 000 €
La caisse de retraite Humanis Agrica Prévoyance nous a octroyé 1 500 €
sophrologue payée à la séance : 60 € la séance""",
    people="1 référente, 1 sophrologue, 2 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("MSA", 3000, "MSA Bourgogne : 3 k€", alt=["MSA Bourgogne"]),
        F("Intercommunalité", 2000, "Le Grand Charolais : 2 000 €", alt=["Le Grand Charolais"]),
        F("Humanis Agrica Prévoyance", 1500, "La caisse de retraite Humanis Agrica Prévoyance nous a octroyé 1 500 €"),
    ],
    budget=B(None, "Budget de 8 000 à 9 000 €", rng=(8000, 9000)),
    partners=[
        P("EHPAD Saint-Joseph de Charolles", "L'accueil de jour de l'EHPAD Saint-Joseph de Charolles garde les personnes aidées",
          alt=["EHPAD Saint-Joseph"]),
        P("France Alzheimer Saône-et-Loire", "L'antenne France Alzheimer Saône-et-Loire anime un groupe sur quatre",
          alt=["France Alzheimer"]),
        P("Centre hospitalier de Paray-le-Monial", "Une assistante sociale du centre hospitalier de Paray-le-Monial oriente les aidants"),
    ],
    excluded=X(
        funders=["\"la région charolaise\" (geography)", "60 € la séance (a cost line, per session)"],
        partners=["sophrologue (individual provider)", "MSA, Le Grand Charolais, Humanis Agrica Prévoyance (funders only)"]),
))

# T29 — Jura, rural. CC Haut-Jura Saint-Claude; FDVA granted; Département du Jura; a woodworking company
# gives offcuts (borderline funder + partner); a lycée professionnel; "Fondation du Bois" pending;
# free-text lines starting with "- " that look like headers ("- Public : ...").
R3.append(dict(
    id="T29",
    title="Atelier jouets en bois du Haut-Jura",
    structure_line="ESPACE DE VIE SOCIALE LE TOUR DU LAC - Jura",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["intergénérationnel", "Culture", "développement durable"],
    resume="""Des retraités de la tournerie et des jeunes fabriquent ensemble des jouets en bois traditionnels qui sont donnés aux crèches et vendus au marché de Noël de Saint-Claude.""",
    initiative=["Un groupe d'habitants"],
    territory="Plusieurs communes",
    experience="""Le savoir-faire du jouet est en train de disparaître.
- Public : retraités tourneurs, ados de 14-17 ans
- Territoire concerné : Saint-Claude, Septmoncel, Lajoux
- Rythme : le mercredi et 1 stage par vacances""",
    public=["Tous publics"],
    declared=["Associations", "Entreprises"],
    description="""La scierie-tournerie Jeantet Frères donne ses chutes de hêtre et d'érable.
Le lycée professionnel du Pré-Saint-Sauveur nous prête son atelier bois pendant les vacances.
Les créations sont exposées au Musée de l'Abbaye.""",
    financial="""Communauté de communes Haut-Jura Saint-Claude : 2 200 €
FDVA fonctionnement : 2 500 €
Département du Jura : 1 000 €
Fondation du Patrimoine Bois : en attente de réponse
vente des jouets : 1 300 €""",
    people="7 retraités bénévoles, 10 ados, 1 animateur",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 2200, "Communauté de communes Haut-Jura Saint-Claude : 2 200 €",
          alt=["Communauté de communes Haut-Jura Saint-Claude"]),
        F("FDVA", 2500, "FDVA fonctionnement : 2 500 €"),
        F("Conseil départemental", 1000, "Département du Jura : 1 000 €", alt=["Département du Jura"]),
        F("Jeantet Frères", None, "La scierie-tournerie Jeantet Frères donne ses chutes de hêtre et d'érable", borderline=True),
        F("Lycée professionnel du Pré-Saint-Sauveur", None,
          "Le lycée professionnel du Pré-Saint-Sauveur nous prête son atelier bois", borderline=True),
    ],
    budget=NOB,
    partners=[
        P("Jeantet Frères", "La scierie-tournerie Jeantet Frères donne ses chutes", borderline=True),
        P("Lycée professionnel du Pré-Saint-Sauveur", "Le lycée professionnel du Pré-Saint-Sauveur nous prête son atelier bois"),
        P("Musée de l'Abbaye", "Les créations sont exposées au Musée de l'Abbaye", borderline=True),
    ],
    excluded=X(
        funders=["Fondation du Patrimoine Bois (\"en attente de réponse\": pending)", "vente des jouets (own sales)"],
        partners=["retraités tourneurs (individuals)", "crèches (unnamed)", "Saint-Claude, Septmoncel, Lajoux (places)",
                  "Communauté de communes, FDVA, Département (funders only)"]),
))

# T30 — Moselle, urban cross-border. Interreg (Fonds européens); OFAJ; Forbach Porte de France (agglomeration);
# Ville de Forbach; a German partner school; amounts "6 500 EUR"; REFUSED Région ("refusée");
# bailleur Moselis borderline (bus).
R3.append(dict(
    id="T30",
    title="Kinder ohne Grenzen : rencontres d'enfants Forbach-Sarrebruck",
    structure_line="CENTRE SOCIAL DU WIESBERG - Moselle",
    files=None,
    status="Terminée",
    reason="Fin du programme Interreg en décembre 2024.",
    dimension="Citoyenneté",
    keywords=["Europe et International", "Culture"],
    resume="""Pendant deux ans, 24 enfants de 8-11 ans du Wiesberg et 24 enfants d'un quartier de Sarrebruck se sont rencontrés 6 fois par an (jeux, cuisine, sorties) pour apprendre la langue de l'autre.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Le partenaire allemand est la Gemeinwesenarbeit Folsterhöhe (centre social de quartier de Sarrebruck). Les rencontres sont préparées avec les enseignantes de l'école élémentaire du Wiesberg et de la Grundschule Folsterhöhe.""",
    public=["Enfance"],
    declared=["Education nationale", "Commune"],
    description="""Les enfants voyagent en bus affrété par la Ville de Forbach.
Une animatrice bilingue de la Maison de l'Allemagne Forbach fait la traduction.""",
    financial="""Interreg Grande Région : 14 000 € sur 2 ans
OFAJ : 6 500 EUR
Forbach Porte de France : 2 000 €
Ville de Forbach : transport
Région Grand Est : demande refusée""",
    people="2 animatrices, 2 enseignantes",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "Les enfants voyagent en bus affrété par la Ville de Forbach", borderline=True,
          alt=["Ville de Forbach"]),
        F("Fonds européens", 14000, "Interreg Grande Région : 14 000 €", alt=["Interreg", "Union européenne", "FEDER"]),
        F("OFAJ", 6500, "OFAJ : 6 500 EUR", alt=["Office franco-allemand pour la Jeunesse"]),
        F("Intercommunalité", 2000, "Forbach Porte de France : 2 000 €", alt=["Forbach Porte de France"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "Les enfants voyagent en bus affrété par la Ville de Forbach", alt=["Ville de Forbach"]),
        P("Gemeinwesenarbeit Folsterhöhe", "Le partenaire allemand est la Gemeinwesenarbeit Folsterhöhe"),
        P("École élémentaire du Wiesberg", "les enseignantes de l'école élémentaire du Wiesberg"),
        P("Grundschule Folsterhöhe", "de la Grundschule Folsterhöhe"),
        P("Maison de l'Allemagne Forbach", "Une animatrice bilingue de la Maison de l'Allemagne Forbach fait la traduction",
          alt=["Maison de l'Allemagne"]),
    ],
    excluded=X(
        funders=["Région Grand Est (\"demande refusée\")"],
        partners=["Sarrebruck (a town, context)", "Interreg, OFAJ, Forbach Porte de France (funders only)"]),
))

# T31 — Meurthe-et-Moselle, urban. CPAM as funder AND partner; Métropole du Grand Nancy; bailleur mmH
# (acronym) funder; a hospital (CHRU) and PASS; a per-person amount; "Le Bus Santé" capitalised (a service
# of the CPAM? no: a named device of the centre); people's names.
R3.append(dict(
    id="T31",
    title="Santé pour tous au Haut-du-Lièvre : accès aux droits et dépistages",
    structure_line="CENTRE SOCIAL DU HAUT-DU-LIÈVRE - Meurthe-et-Moselle",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Santé", "Précarité"],
    resume="""Permanence santé hebdomadaire (ouverture de droits complémentaire santé solidaire, médecin traitant, bilans) et 3 journées de dépistage par an dans le quartier.""",
    initiative=["Le centre social", "Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Beaucoup d'habitants du Haut-du-Lièvre n'ont pas de médecin traitant et renoncent aux soins. Mme Haddad, infirmière retraitée bénévole, tient la permanence avec l'agent d'accueil.""",
    public=["Adultes", "familles"],
    declared=["Autre", "Bailleur social"],
    description="""Un conseiller de la CPAM de Meurthe-et-Moselle vient tous les 15 jours ouvrir les droits sur place.
La PASS du CHRU de Nancy reçoit les personnes sans droits.
Les journées de dépistage sont organisées avec la Ligue contre le cancer 54 et le centre de vaccination de la Ville de Nancy.""",
    financial="""CPAM de Meurthe-et-Moselle (fonds de prévention) : 3 000 €
Métropole du Grand Nancy : 2 000 €
mmH : 1 000 €
bilans de santé pris en charge par l'Assurance maladie à 45 € par personne""",
    people="1 agent d'accueil, 1 bénévole",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("CPAM", 3000, "CPAM de Meurthe-et-Moselle (fonds de prévention) : 3 000 €", alt=["CPAM de Meurthe-et-Moselle"]),
        F("Intercommunalité", 2000, "Métropole du Grand Nancy : 2 000 €", alt=["Métropole du Grand Nancy"]),
        F("mmH", 1000, "mmH : 1 000 €", alt=["meurthe-et-moselle habitat", "Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("CPAM", "Un conseiller de la CPAM de Meurthe-et-Moselle vient tous les 15 jours ouvrir les droits sur place",
          alt=["CPAM de Meurthe-et-Moselle"]),
        P("CHRU de Nancy", "La PASS du CHRU de Nancy reçoit les personnes sans droits", alt=["PASS du CHRU de Nancy"]),
        P("Ligue contre le cancer 54", "avec la Ligue contre le cancer 54", alt=["Ligue contre le cancer"]),
        P("Commune", "le centre de vaccination de la Ville de Nancy", alt=["Ville de Nancy"]),
    ],
    excluded=X(
        funders=["bilans de santé ... à 45 € par personne (paid per person for individuals)"],
        partners=["Mme Haddad (individual)", "agent d'accueil (staff)", "Métropole du Grand Nancy, mmH (funders only)"]),
))

# T32 — Vosges, rural. Agglomeration of Saint-Dié; Département des Vosges; a car-maker foundation-like
# "Fondation X"; a garage solidaire association; Mission locale; an insurer's mécénat; amounts with "e";
# page header inside the financial field.
R3.append(dict(
    id="T32",
    title="Garage solidaire et permis pour les jeunes de la Déodatie",
    structure_line="CENTRE SOCIAL LUCIE-AUBRAC - Vosges",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["Emploi, économie", "Précarité"],
    resume="""Des jeunes de 18-25 ans sans voiture apprennent l'entretien de base d'un véhicule au garage solidaire et sont accompagnés pour le code et le permis. Une voiture d'occasion peut être louée à petit prix pendant les 3 premiers mois d'un emploi.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Plusieurs communes",
    experience="""La mobilité est le premier frein à l'emploi des jeunes dans la vallée.""",
    public=["Jeunesse"],
    declared=["Intercommunalité", "Associations", "Entreprises"],
    description="""Le garage est géré par l'association Roue de Secours 88. La Mission locale de Saint-Dié oriente les jeunes.
Une auto-école partenaire, ECF Déodatie, fait des tarifs réduits.""",
    financial="""Communauté d'agglomération de Saint-Dié-des-Vosges : 5000 e
@@PAGE@@
Département des Vosges (insertion) : 4500 e
Fondation Mobilités Solidaires : 3 000 €
Mécénat Assurances du Massif : 1 000 €
loyer voiture : 50 € par mois pour le jeune""",
    people="1 mécanicien, 1 conseillère mobilité",
    res_territoire="",
    res_centre="",
    res_habitants="14 permis obtenus.",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 5000, "Communauté d'agglomération de Saint-Dié-des-Vosges : 5000 e",
          alt=["Communauté d'agglomération de Saint-Dié-des-Vosges"]),
        F("Conseil départemental", 4500, "Département des Vosges (insertion) : 4500 e", alt=["Département des Vosges"]),
        F("Fondation Mobilités Solidaires", 3000, "Fondation Mobilités Solidaires : 3 000 €"),
        F("Assurances du Massif", 1000, "Mécénat Assurances du Massif : 1 000 €"),
    ],
    budget=NOB,
    partners=[
        P("Roue de Secours 88", "Le garage est géré par l'association Roue de Secours 88"),
        P("Mission locale de Saint-Dié", "La Mission locale de Saint-Dié oriente les jeunes", alt=["Mission locale"]),
        P("ECF Déodatie", "Une auto-école partenaire, ECF Déodatie, fait des tarifs réduits"),
    ],
    excluded=X(
        funders=["loyer voiture : 50 € par mois pour le jeune (participants)"],
        partners=["mécanicien (staff)", "Communauté d'agglomération, Département, Fondation Mobilités Solidaires, Assurances du Massif (funders only)"]),
))

# T33 — Isère, urban. Grenoble-Alpes Métropole; Ville d'Échirolles; DRAC; "Fondation X"; a theatre (scène
# nationale) and a music school; "budget prévisionnel" total; bailleur Alpes Isère Habitat; people's first names.
R3.append(dict(
    id="T33",
    title="Fanfare de quartier du Village 2",
    structure_line="CENTRE SOCIAL PABLO-PICASSO - Isère",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Culture", "Mixité sociale"],
    resume="""Une fanfare ouverte à tous, sans savoir lire la musique : 35 musiciens de 9 à 74 ans qui répètent le samedi et jouent aux fêtes du quartier, au carnaval et en première partie d'un concert à l'Heure Bleue.""",
    initiative=["Un groupe d'habitants"],
    territory="Une commune",
    experience="""Idée lancée par Samia et Gérard, deux habitants musiciens. Les instruments sont prêtés.""",
    public=["Tous publics"],
    declared=["Commune", "Intercommunalité", "Bailleur social"],
    description="""Deux professeurs du Conservatoire à rayonnement communal d'Échirolles encadrent les répétitions.
L'Heure Bleue, scène de Saint-Martin-d'Hères, a accueilli la fanfare en première partie.
Alpes Isère Habitat prête une salle insonorisée en sous-sol.""",
    financial="""Budget prévisionnel : 16 200 €
Ville d'Échirolles : 5 000 €
Grenoble-Alpes Métropole : 3 500 €
DRAC Auvergne-Rhône-Alpes (action culturelle) : 3 000 €
Fondation Musique en Partage : 2 500 €
Alpes Isère Habitat : salle prêtée""",
    people="2 professeurs de musique, 1 animateur, 35 musiciens amateurs",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 5000, "Ville d'Échirolles : 5 000 €", alt=["Ville d'Échirolles"]),
        F("Intercommunalité", 3500, "Grenoble-Alpes Métropole : 3 500 €", alt=["Grenoble-Alpes Métropole"]),
        F("DRAC", 3000, "DRAC Auvergne-Rhône-Alpes (action culturelle) : 3 000 €", alt=["DRAC Auvergne-Rhône-Alpes", "État"]),
        F("Fondation Musique en Partage", 2500, "Fondation Musique en Partage : 2 500 €"),
        F("Alpes Isère Habitat", None, "Alpes Isère Habitat : salle prêtée", borderline=True, alt=["Bailleur social"]),
    ],
    budget=B(16200, "Budget prévisionnel : 16 200 €"),
    partners=[
        P("Conservatoire à rayonnement communal d'Échirolles",
          "Deux professeurs du Conservatoire à rayonnement communal d'Échirolles encadrent les répétitions",
          alt=["Conservatoire d'Échirolles"]),
        P("L'Heure Bleue", "L'Heure Bleue, scène de Saint-Martin-d'Hères, a accueilli la fanfare en première partie"),
        P("Alpes Isère Habitat", "Alpes Isère Habitat prête une salle insonorisée"),
    ],
    excluded=X(
        funders=[],
        partners=["Samia, Gérard (individuals)", "carnaval (an event)",
                  "Ville d'Échirolles, Grenoble-Alpes Métropole, DRAC, Fondation Musique en Partage (funders only)"]),
))

# T34 — Haute-Savoie, urban. Annemasse Agglo; Caf de la Haute-Savoie (REAAP attributed to Caf -> REAAP);
# "avec le soutien de la Caf" without amount; a fonds de dotation from a cross-border company;
# EMPTY declared list? no: declared "Caf" and "Education nationale"; psychologue individual; "3 k€" and "1.800 €".
R3.append(dict(
    id="T34",
    title="Écrans : on en parle en famille",
    structure_line="CENTRE SOCIAL LE PERRIER - Haute-Savoie",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["Parentalité", "Santé", "éducation / scolarité"],
    resume="""Cycle de soirées débat et d'ateliers parents-enfants sur les écrans (temps d'écran, réseaux sociaux, jeux vidéo), un "défi 10 jours sans écran" avec les écoles et une mallette de jeux à emprunter.""",
    initiative=["Le centre social", "Un groupe d'habitants"],
    territory="Une commune",
    experience="""Ce sont des parents du groupe parentalité qui ont demandé à parler des écrans après des difficultés avec leurs ados.""",
    public=["familles"],
    declared=["Caf", "Education nationale"],
    description="""Les écoles Jean-Mermoz et Livron participent au défi 10 jours sans écran.
L'infirmière scolaire du collège Paul-Langevin co-anime les soirées ados.
Avec le soutien de la Caf de la Haute-Savoie, qui a aussi envoyé sa conseillère parentalité à la soirée d'ouverture.""",
    financial="""REAAP 74 : 3 k€
Annemasse Agglo : 1.800 €
Fonds de dotation Léman Solidaire : 1 500 €""",
    people="1 référente famille, 1 psychologue intervenante",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("REAAP", 3000, "REAAP 74 : 3 k€", alt=["REAAP 74"]),
        F("Intercommunalité", 1800, "Annemasse Agglo : 1.800 €", alt=["Annemasse Agglo"]),
        F("Fonds de dotation Léman Solidaire", 1500, "Fonds de dotation Léman Solidaire : 1 500 €", alt=["Léman Solidaire"]),
        F("CAF", None, "Avec le soutien de la Caf de la Haute-Savoie", alt=["Caf de la Haute-Savoie"]),
    ],
    budget=NOB,
    partners=[
        P("École Jean-Mermoz", "Les écoles Jean-Mermoz et Livron participent au défi", borderline=True),
        P("École Livron", "Les écoles Jean-Mermoz et Livron participent au défi", borderline=True),
        P("Collège Paul-Langevin", "L'infirmière scolaire du collège Paul-Langevin co-anime les soirées ados"),
        P("CAF", "a aussi envoyé sa conseillère parentalité à la soirée d'ouverture", alt=["Caf de la Haute-Savoie"]),
    ],
    excluded=X(
        funders=["\"défi 10 jours sans écran\" (an event)"],
        partners=["psychologue intervenante (individual)", "groupe parentalité (the centre's own group)",
                  "REAAP, Annemasse Agglo, Léman Solidaire (funders only)"]),
))

# T35 — Cantal, rural. Hautes Terres Communauté; LEADER; MSA Auvergne; a regional cinema network; a joint amount
# of three communes; "deux mille euros"; Département du Cantal; the film distributor is context.
R3.append(dict(
    id="T35",
    title="Cinéma sous les étoiles dans les villages des Hautes Terres",
    structure_line="ESPACE DE VIE SOCIALE DU PAYS DE MURAT - Cantal",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Culture", "vacances / loisirs"],
    resume="""8 séances de cinéma en plein air l'été dans 8 villages, avec un repas partagé préparé par les habitants avant la projection.""",
    initiative=["Un groupe d'habitants"],
    territory="Plusieurs communes",
    experience="""Un comité d'habitants choisit les films et organise les repas avec les comités des fêtes.""",
    public=["Tous publics"],
    declared=["Commune", "Intercommunalité"],
    description="""Les projections sont assurées par le circuit itinérant Ciné-Parc Auvergne (projectionniste et matériel).
Les communes de Murat, Allanche et Neussargues-en-Pinatelle ont apporté ensemble 1 800 €.""",
    financial="""Hautes Terres Communauté : deux mille euros
LEADER Hautes Terres : 3 500 €
Département du Cantal : 1 200 €
MSA Auvergne : 500 €""",
    people="12 bénévoles, 1 animatrice",
    res_territoire="1 100 spectateurs.",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "Les communes de Murat, Allanche et Neussargues-en-Pinatelle ont apporté ensemble 1 800 €",
          alt=["Communes"]),
        F("Intercommunalité", 2000, "Hautes Terres Communauté : deux mille euros", alt=["Hautes Terres Communauté"]),
        F("Fonds européens", 3500, "LEADER Hautes Terres : 3 500 €", alt=["LEADER", "FEADER", "Union européenne"]),
        F("Conseil départemental", 1200, "Département du Cantal : 1 200 €", alt=["Département du Cantal"]),
        F("MSA", 500, "MSA Auvergne : 500 €", alt=["MSA Auvergne"]),
    ],
    budget=NOB,
    partners=[
        P("Ciné-Parc Auvergne", "Les projections sont assurées par le circuit itinérant Ciné-Parc Auvergne"),
    ],
    excluded=X(
        funders=["comités des fêtes (prepare meals, no money named)"],
        partners=["comités des fêtes (unnamed, generic)", "comité d'habitants (the EVS's own group)",
                  "communes (joint funders only)", "Hautes Terres Communauté, LEADER, Département, MSA (funders only)"]),
))

# T36 — Allier, urban. OPH Montluçon Habitat; CCAS funder + partner; Montluçon Communauté; EDF solidarity
# fund-like "Fonds Solidarité Énergie" of a company; an energy advice association; "Produits/Charges" lines;
# "Total des charges" as total; chèque énergie (a scheme).
R3.append(dict(
    id="T36",
    title="Chaud dedans ! ateliers économies d'énergie à Fontbouillant",
    structure_line="CENTRE SOCIAL DE FONTBOUILLANT - Allier",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Précarité", "Logement", "développement durable"],
    resume="""Visites à domicile et ateliers collectifs pour réduire les factures d'énergie : petits équipements (joints, multiprises, ampoules), lecture des factures, chèque énergie, changement de fournisseur.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Après la hausse des prix de 2022, le CCAS a vu exploser les demandes d'aide pour les factures.""",
    public=["familles", "Adultes"],
    declared=["Bailleur social", "Commune"],
    description="""Les visites sont faites en binôme avec une conseillère de l'ALEC Montluçon Énergie.
Le CCAS de Montluçon oriente les familles et finance une partie des kits.
Montluçon Habitat (OPH) cible les logements les plus énergivores et informe les locataires.""",
    financial="""Charges : kits 3 800 €, personnel 9 600 €
Total des charges : 13 400 €
Produits :
Montluçon Habitat : 4 000 €
CCAS de Montluçon : 2 400 €
Montluçon Communauté : 3 000 €
Fonds Énergie Solidaire Allier Gaz : 4 000 €""",
    people="1 conseillère en économie sociale et familiale",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Montluçon Habitat", 4000, "Montluçon Habitat : 4 000 €", alt=["OPH", "Bailleur social"]),
        F("CCAS", 2400, "CCAS de Montluçon : 2 400 €", alt=["CCAS de Montluçon"]),
        F("Intercommunalité", 3000, "Montluçon Communauté : 3 000 €", alt=["Montluçon Communauté"]),
        F("Fonds Énergie Solidaire Allier Gaz", 4000, "Fonds Énergie Solidaire Allier Gaz : 4 000 €"),
    ],
    budget=B(13400, "Total des charges : 13 400 €"),
    partners=[
        P("ALEC Montluçon Énergie", "une conseillère de l'ALEC Montluçon Énergie", alt=["ALEC"]),
        P("CCAS", "Le CCAS de Montluçon oriente les familles", alt=["CCAS de Montluçon"]),
        P("Montluçon Habitat", "Montluçon Habitat (OPH) cible les logements les plus énergivores et informe les locataires"),
    ],
    excluded=X(
        funders=["chèque énergie (aid to individuals, a scheme)"],
        partners=["chèque énergie (a scheme)", "Montluçon Communauté, Fonds Énergie Solidaire Allier Gaz (funders only)"]),
))

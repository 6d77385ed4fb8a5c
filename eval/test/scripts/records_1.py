"""Fiches T01..T12 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

R1 = []

# T01 — Rhône (Métropole de Lyon), urban QPV. The Métropole de Lyon (special status: interco + département);
# agence de l'eau with the amount in brackets; "1.500€"; bailleur lends the plot (borderline funder + partner);
# REFUSED ADEME ("non retenu"); "Fête des Voisins" (capitalised event, not an organisation); apostrophe+digits partner.
R1.append(dict(
    id="T01",
    title="Potager au pied des tours du Mas du Taureau",
    structure_line="CENTRE SOCIAL GEORGES-LEVY - Rhône",
    files=[],
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["Environnement", "développement durable", "Mixité sociale"],
    resume="""Un potager collectif de 600 m2 cultivé par une trentaine d'habitants sur une ancienne pelouse entre deux tours. Chaque famille a son bac et il y a une partie commune (aromatiques, petits fruits) ouverte a tous. On fait aussi du compost avec les déchets de cuisine des locataires.""",
    initiative=["Un groupe d'habitants", "Le centre social"],
    territory="Un quartier",
    experience="""L'idée est venue de trois voisines qui cultivaient des tomates sur leur balcon et qui ont demandé au centre s'il n'y avait pas un bout de terrain. On a monté un petit collectif d'habitants qui se réunit une fois par mois.
Objectifs : recréer du lien entre voisins, manger des légumes frais, apprendre à composter.
Le bailleur Grand Lyon Habitat met à disposition la parcelle gratuitement et a fait poser la clôture et l'arrivée d'eau.""",
    public=["Tous publics"],
    declared=["Bailleur social", "Associations", "Commune"],
    description="""Deux samedis par mois, chantier collectif. L'association Compost'Action 69 forme les référents compost et a installé les 4 bacs.
La classe de CM1 de l'école élémentaire Makarenko vient un jeudi sur deux avec son enseignante pour les semis.
Les jardiniers du service des espaces verts de la Ville de Vaulx-en-Velin nous ont aidé à préparer la terre au printemps.
On a fêté la première récolte pendant la Fête des Voisins, avec une soupe géante.""",
    financial="""Métropole de Lyon (appel à projets nature en ville) : 4 500 €
grâce à une aide de l'agence de l'eau Rhône Méditerranée Corse (3 200 €) pour la récupération d'eau de pluie
Ville de Vaulx-en-Velin : 1.500€
ADEME : dossier non retenu
le reste : fonds propres du centre""",
    people="1 animatrice famille, 1 stagiaire BPJEPS, une trentaine d'habitants jardiniers",
    res_territoire="La pelouse ne sert plus de dépôt sauvage. Les gardiens disent qu'il y a moins d'encombrants au pied de la tour B.",
    res_centre="Nouveau public, notamment des hommes retraités qu'on ne voyait jamais.",
    res_habitants="Des familles qui ne se parlaient pas se donnent des plants. 1,2 tonne de déchets compostés.",
    limites="Les vols de légumes en été. L'eau de pluie ne suffit pas en juillet.",
    perspectives="Un deuxième potager côté Grande-Île avec le collège Henri-Barbusse.",
    funders=[
        F("Intercommunalité", 4500, "Métropole de Lyon (appel à projets nature en ville) : 4 500 €",
          alt=["Métropole de Lyon", "Conseil départemental"]),
        F("Agence de l'eau Rhône Méditerranée Corse", 3200,
          "grâce à une aide de l'agence de l'eau Rhône Méditerranée Corse (3 200 €)", alt=["Agence de l'eau"]),
        F("Commune", 1500, "Ville de Vaulx-en-Velin : 1.500€", alt=["Ville de Vaulx-en-Velin"]),
        F("Grand Lyon Habitat", None, "Le bailleur Grand Lyon Habitat met à disposition la parcelle gratuitement",
          borderline=True, alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "Les jardiniers du service des espaces verts de la Ville de Vaulx-en-Velin nous ont aidé à préparer la terre",
          alt=["Ville de Vaulx-en-Velin"]),
        P("Grand Lyon Habitat", "Le bailleur Grand Lyon Habitat met à disposition la parcelle gratuitement et a fait poser la clôture"),
        P("Compost'Action 69", "L'association Compost'Action 69 forme les référents compost"),
        P("École élémentaire Makarenko", "La classe de CM1 de l'école élémentaire Makarenko vient un jeudi sur deux",
          alt=["École Makarenko"]),
    ],
    excluded=X(
        funders=["ADEME (\"dossier non retenu\": refused)", "fonds propres du centre (the structure)"],
        partners=["Fête des Voisins (an event, not an organisation)", "collège Henri-Barbusse (future plan only)",
                  "gardiens (generic)", "Métropole de Lyon, agence de l'eau (funders only)"]),
))

# T02 — Paris (Ville de Paris, special status), urban. "subvention de la Ville de Paris"; a retirement fund
# "nous a octroyé"; "Fondation X" with "avec le soutien financier de"; PENDING Conférence des financeurs
# ("en attente de réponse"); a scheme "Pass Numérique" (not a partner); individual conseillère; France Services.
R1.append(dict(
    id="T02",
    title="Clic'Seniors : permanences numériques pour les plus de 60 ans",
    structure_line="CENTRE SOCIAL ET CULTUREL LA MARE AUX CERISES - Paris",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Viellissement", "Précarité", "Solidarité"],
    resume="""Permanences sans rendez-vous le mardi et le jeudi matin pour aider les seniors du quartier Belleville-Amandiers avec leur téléphone, leur tablette et les démarches en ligne (retraite, impots, mutuelle, rendez-vous médicaux). En plus, un cycle de 8 ateliers collectifs "prise en main" chaque trimestre.""",
    initiative=["Le centre social"],
    territory="Plusieurs quartiers",
    experience="""Beaucoup de personnes âgées venaient à l'accueil avec une lettre de la caisse de retraite qu'elles ne comprenaient pas ou un code qu'elles n'arrivaient pas à recevoir. On a décidé d'en faire une vraie action.
- 1ere étape : recensement des besoins avec le club seniors
- 2e étape : formation de 6 bénévoles par Emmaüs Connect
- 3e étape : ouverture des permanences en octobre""",
    public=["Seniors"],
    declared=["Commune", "Associations", "Autre"],
    description="""Mme Nguyen, notre conseillère numérique, tient les permanences avec les bénévoles. Les personnes qui ont besoin d'un accompagnement plus long sont orientées vers France Services Paris 20e.
La médiathèque Marguerite-Duras nous prête sa salle informatique pour les ateliers collectifs.
Les personnes éligibles reçoivent des chèques Pass Numérique.""",
    financial="""Subvention de la Ville de Paris (DSOL, politique seniors) : 6 000 €
AG2R La Mondiale nous a octroyé 1 800 € sur son action sociale
avec le soutien financier de la Fondation Orange (2 500 €)
Conférence des financeurs de Paris : dossier déposé en janvier, en attente de réponse""",
    people="1 conseillère numérique, 6 bénévoles",
    res_territoire="",
    res_centre="Le centre est repéré par les services sociaux comme lieu ressource numérique.",
    res_habitants="412 passages en un an. Des personnes qui font maintenant seules leur déclaration en ligne.",
    limites="On manque de tablettes à prêter.",
    perspectives="",
    funders=[
        F("Commune", 6000, "Subvention de la Ville de Paris (DSOL, politique seniors) : 6 000 €",
          alt=["Ville de Paris", "Conseil départemental"]),
        F("AG2R La Mondiale", 1800, "AG2R La Mondiale nous a octroyé 1 800 €", alt=["AG2R"]),
        F("Fondation Orange", 2500, "avec le soutien financier de la Fondation Orange (2 500 €)"),
        F("Médiathèque Marguerite-Duras", None, "La médiathèque Marguerite-Duras nous prête sa salle informatique",
          borderline=True),
    ],
    budget=NOB,
    partners=[
        P("Emmaüs Connect", "formation de 6 bénévoles par Emmaüs Connect"),
        P("France Services Paris 20e", "orientées vers France Services Paris 20e", alt=["France Services"]),
        P("Médiathèque Marguerite-Duras", "La médiathèque Marguerite-Duras nous prête sa salle informatique"),
    ],
    excluded=X(
        funders=["Conférence des financeurs de Paris (\"en attente de réponse\": pending)",
                 "Pass Numérique (vouchers to individuals, a scheme)", "caisse de retraite (context: a letter)"],
        partners=["Mme Nguyen (staff member)", "club seniors (the centre's own group)", "Pass Numérique (a scheme)",
                  "services sociaux (generic)", "Ville de Paris, AG2R La Mondiale, Fondation Orange (funders only)"]),
))

# T03 — Bas-Rhin, urban. Collectivité européenne d'Alsace (declared as "Conseil départemental"; its Maison des
# solidarités is a text partner under the declared label); "Café des parents" (look-alike, NOT CAF); REAAP;
# Eurométropole; FONJEP post "par an"; PMI own node; no CAF at all.
R1.append(dict(
    id="T03",
    title="Le Café des parents du Neuhof",
    structure_line="CENTRE SOCIOCULTUREL DU NEUHOF-STOCKFELD - Bas-Rhin",
    files=["flyer cafe parents.jpg", "bilan 2024.docx"],
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["Parentalité", "éducation / scolarité"],
    resume="""Tous les vendredis matin après avoir déposé les enfants à l'école, les parents peuvent venir prendre un café au centre et discuter de ce qui les préoccupe : sommeil, écrans, devoirs, relation avec l'école, adolescence... Une fois par mois un intervenant est invité sur un thème choisi par les parents.""",
    initiative=["Un groupe d'habitants"],
    territory="Un quartier",
    experience="""Le Café des parents existe depuis 2019. Au début c'était 3 mamans, aujourd'hui on a un noyau de 15 parents dont 4 papas.
Les thèmes de l'année : le harcelement, les écrans, l'orientation en 3e, le sommeil des tout-petits.""",
    public=["familles", "Adultes"],
    declared=["Conseil départemental", "Education nationale", "Commune"],
    description="""La puéricultrice de la PMI du Neuhof anime les séances sur les tout-petits.
L'assistante sociale de la Maison des solidarités de la CeA oriente des familles et vient une fois par trimestre.
La directrice de l'école maternelle Reuss relaie les dates dans les cahiers de liaison.
La Ville de Strasbourg prête la salle du Point Coeur pour les grandes séances.""",
    financial="""REAAP 67 : 1 800 €
Collectivité européenne d'Alsace : 3 000 €
Eurométropole de Strasbourg (contrat de ville) : 2 500 €
poste Fonjep : 7 310 € par an (valorisé sur toutes les actions famille)""",
    people="1 référente famille (poste Fonjep), 15 parents",
    res_territoire="",
    res_centre="",
    res_habitants="Les parents se sentent moins seuls. Certains sont devenus parents délégués.",
    limites="",
    perspectives="Ouvrir un Café des parents en soirée pour les parents qui travaillent.",
    funders=[
        F("REAAP", 1800, "REAAP 67 : 1 800 €", alt=["REAAP 67"]),
        F("Collectivité européenne d'Alsace", 3000, "Collectivité européenne d'Alsace : 3 000 €",
          alt=["CeA", "Conseil départemental"]),
        F("Intercommunalité", 2500, "Eurométropole de Strasbourg (contrat de ville) : 2 500 €",
          alt=["Eurométropole de Strasbourg"]),
        F("FONJEP", 7310, "poste Fonjep : 7 310 € par an", alt=["État"]),
        F("Commune", None, "La Ville de Strasbourg prête la salle du Point Coeur", borderline=True, alt=["Ville de Strasbourg"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "La Ville de Strasbourg prête la salle du Point Coeur", alt=["Ville de Strasbourg"]),
        P("PMI", "La puéricultrice de la PMI du Neuhof anime les séances", alt=["PMI du Neuhof"]),
        P("Conseil départemental", "L'assistante sociale de la Maison des solidarités de la CeA oriente des familles",
          alt=["Collectivité européenne d'Alsace", "CeA", "Maison des solidarités"]),
        P("École maternelle Reuss", "La directrice de l'école maternelle Reuss relaie les dates"),
    ],
    excluded=X(
        funders=["\"Café des parents\" (negative for CAF)", "\"prendre un café\" (negative for CAF)"],
        partners=["Café des parents (the action itself)", "parents délégués (individuals)",
                  "REAAP, Eurométropole, FONJEP (funders only)"]),
))

# T04 — Corse-du-Sud, urban. Collectivité de Corse; CAPA (agglomeration); ANS; a mutuelle "a accordé";
# REFUSED Fondation ("refusé"); hospital and CPAM as partners (CPAM partner not funder); a hiking club with an apostrophe.
R1.append(dict(
    id="T04",
    title="Marchjemu inseme : marche et sport santé pour les femmes des Salines",
    structure_line="CENTRE SOCIAL DES SALINES - Corse-du-Sud",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Santé", "discriminations"],
    resume="""Deux séances par semaine de marche nordique et de renforcement musculaire pour des femmes du quartier des Salines qui ne font plus d'activité physique. Une sortie en montagne par mois (Campo dell'Oro, Capu di Muru, sentier des douaniers).""",
    initiative=["Le centre social", "Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Au départ des femmes du groupe couture nous disaient qu'elles ne sortaient jamais de chez elles. Plusieurs ont du diabète ou du surpoids. On a construit l'action avec le service diabétologie du centre hospitalier d'Ajaccio.""",
    public=["Adultes"],
    declared=["Associations", "Autre"],
    description="""Une éducatrice sportive de l'association A Muntagnola d'Aiacciu encadre les sorties en montagne.
Un bilan de santé est proposé à chaque participante par le centre d'examens de santé de la CPAM de Corse-du-Sud.
Le service diabétologie du centre hospitalier d'Ajaccio fait une séance d'information sur l'alimentation en début de cycle.""",
    financial="""La Collectivité de Corse a financé l'action à hauteur de 4 000 €
CAPA (Communauté d'agglomération du Pays Ajaccien) : 2 200 €
Agence nationale du sport : 1 500 €
La Mutuelle Corse Prévoyance nous a accordé 1 000 €
Fondation Rallumeurs d'étoiles : refusé""",
    people="1 éducatrice sportive, 1 animatrice du centre, 22 femmes inscrites",
    res_territoire="",
    res_centre="Les femmes sont devenues adhérentes et participent à d'autres activités.",
    res_habitants="Perte de poids pour plusieurs femmes, et surtout elles sortent ensemble le week-end.",
    limites="Pas de vestiaire au centre.",
    perspectives="",
    funders=[
        F("Collectivité de Corse", 4000, "La Collectivité de Corse a financé l'action à hauteur de 4 000 €",
          alt=["CdC", "Conseil départemental", "Région"]),
        F("Intercommunalité", 2200, "CAPA (Communauté d'agglomération du Pays Ajaccien) : 2 200 €",
          alt=["CAPA", "Communauté d'agglomération du Pays Ajaccien"]),
        F("ANS", 1500, "Agence nationale du sport : 1 500 €", alt=["Agence nationale du sport"]),
        F("Mutuelle Corse Prévoyance", 1000, "La Mutuelle Corse Prévoyance nous a accordé 1 000 €"),
    ],
    budget=NOB,
    partners=[
        P("A Muntagnola d'Aiacciu", "Une éducatrice sportive de l'association A Muntagnola d'Aiacciu encadre les sorties"),
        P("CPAM", "par le centre d'examens de santé de la CPAM de Corse-du-Sud", alt=["CPAM de Corse-du-Sud"]),
        P("Centre hospitalier d'Ajaccio", "Le service diabétologie du centre hospitalier d'Ajaccio fait une séance"),
    ],
    excluded=X(
        funders=["Fondation Rallumeurs d'étoiles (\"refusé\")", "CPAM (provides health checks to individuals: partner only)"],
        partners=["groupe couture (the centre's own activity)", "Campo dell'Oro, Capu di Muru (places)",
                  "Collectivité de Corse, CAPA, ANS, Mutuelle Corse Prévoyance (funders only)"]),
))

# T05 — Martinique, urban/periurban. CTM "a accordé"; CGSS Martinique (retirement role) funder; CACEM;
# "2 750 euros"; PENDING Conférence des financeurs; bailleur SIMAR provides a room with reduced rent (borderline);
# people's names; lowercase list of partner organisations.
R1.append(dict(
    id="T05",
    title="Lakou gran moun : après-midis contes et jeux entre générations",
    structure_line="CENTRE SOCIAL DE BASSE-GONDEAU - Martinique",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["intergénérationnel", "Culture", "Viellissement"],
    resume="""Chaque mercredi après-midi des gran moun (personnes âgées) du quartier et des enfants de l'accueil de loisirs se retrouvent pour des contes créoles, des jeux lontan (sèbi, marelle, toupie), et la préparation de la fête des grands-parents. Les enfants enregistrent les histoires racontées par les anciens.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""On a vu que beaucoup de personnes âgées du Lamentin vivent seules depuis que les enfants sont partis en France hexagonale. Et les enfants ne connaissent plus les contes.
Le projet a été préparé avec le club du 3e âge Lanmou Ba Lavi et la conteuse Man Lucie.""",
    public=["Seniors", "Enfance"],
    declared=["Commune", "Associations", "Bailleur social"],
    description="""Les séances ont lieu dans la salle commune de la résidence Les Flamboyants, que la SIMAR nous loue à loyer réduit.
Partenaires : club du 3e âge lanmou ba lavi, ehpad la kaz bleue, ludothèque kay jwé, médiathèque du lamentin.
Le service des sports de la Ville du Lamentin assure le transport des anciens en minibus.""",
    financial="""La CTM a accordé 3 500 € (appel à projets bien vieillir)
CGSS Martinique (action sociale retraite) : 2 750 euros
CACEM : 1 200 €
Conférence des financeurs : en attente de réponse""",
    people="2 animateurs, la conteuse Man Lucie, 9 gran moun, 18 enfants",
    res_territoire="",
    res_centre="",
    res_habitants="Un livret audio de 12 contes réalisé par les enfants.",
    limites="Le transport reste compliqué les jours de pluie.",
    perspectives="",
    funders=[
        F("Collectivité territoriale de Martinique", 3500, "La CTM a accordé 3 500 €",
          alt=["CTM", "Conseil départemental", "Région"]),
        F("CGSS", 2750, "CGSS Martinique (action sociale retraite) : 2 750 euros",
          alt=["CGSS Martinique", "CARSAT"]),
        F("Intercommunalité", 1200, "CACEM : 1 200 €", alt=["CACEM"]),
        F("SIMAR", None, "la SIMAR nous loue à loyer réduit", borderline=True, alt=["Bailleur social"]),
        F("Commune", None, "Le service des sports de la Ville du Lamentin assure le transport des anciens en minibus",
          borderline=True, alt=["Ville du Lamentin"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "Le service des sports de la Ville du Lamentin assure le transport des anciens",
          alt=["Ville du Lamentin"]),
        P("Lanmou Ba Lavi", "préparé avec le club du 3e âge Lanmou Ba Lavi", alt=["Club du 3e âge Lanmou Ba Lavi"]),
        P("EHPAD La Kaz Bleue", "ehpad la kaz bleue"),
        P("Ludothèque Kay Jwé", "ludothèque kay jwé"),
        P("Médiathèque du Lamentin", "médiathèque du lamentin"),
        P("SIMAR", "dans la salle commune de la résidence Les Flamboyants, que la SIMAR nous loue à loyer réduit"),
    ],
    excluded=X(
        funders=["Conférence des financeurs (\"en attente de réponse\": pending)",
                 "\"jeux lontan\", \"fête des grands-parents\" (activities)"],
        partners=["Man Lucie (individual storyteller)", "accueil de loisirs (the centre's own service)",
                  "CTM, CGSS, CACEM (funders only)"]),
))

# T06 — Guyane, river towns. Collectivité territoriale de Guyane; State service DGCOPOP (État); CCOG;
# Caf de la Guyane "avec le soutien de"; a company lends a pirogue valued (borderline funder + partner);
# two funders with two amounts in one sentence; France Services, an NGO.
R1.append(dict(
    id="T06",
    title="Pirogue des droits : permanences d'accès aux droits sur le Maroni",
    structure_line="ESPACE DE VIE SOCIALE LANTI FOLO - Guyane",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Précarité", "Intégration", "Solidarité"],
    resume="""Une fois par mois, une équipe part en pirogue depuis Saint-Laurent-du-Maroni pour tenir des permanences d'accès aux droits dans les villages du fleuve (Apatou, Providence, Maripasoula une fois par trimestre) : papiers, CAF, sécurité sociale, scolarité, état civil.""",
    initiative=["Un ou plusieurs partenaire(s)", "Le centre social"],
    territory="Plusieurs communes",
    experience="""Dans les villages il faut parfois une journée de pirogue pour faire une démarche. Beaucoup de familles perdent leurs droits faute de pouvoir renvoyer un papier.
L'équipe : une médiatrice qui parle ndjuka et saramaka, un agent de France Services Saint-Laurent-du-Maroni, et selon les mois une infirmière de Médecins du Monde.""",
    public=["familles", "Adultes"],
    declared=["Caf", "Autre"],
    description="""La Caf de la Guyane forme la médiatrice et lui donne un accès partenaire pour suivre les dossiers.
La société Transports Fluviaux de l'Ouest prête une pirogue avec son piroguier (valeur 4 800 € sur l'année).
Les mairies d'Apatou et de Maripasoula prêtent une salle pour la permanence.""",
    financial="""La CTG et l'État (DGCOPOP) ont financé respectivement 6 000 € et 4 000 €.
Avec le soutien de la Caf de la Guyane : 3 500 €
CCOG : 1 500 € (fonctionnement)""",
    people="1 médiatrice, 1 agent France Services, 1 piroguier",
    res_territoire="186 dossiers ouverts ou débloqués en 2024.",
    res_centre="",
    res_habitants="Des familles ont retrouvé leurs allocations après plusieurs mois de suspension.",
    limites="Les saisons sèches : certains villages sont inaccessibles en octobre.",
    perspectives="Ajouter Grand-Santi.",
    funders=[
        F("Collectivité territoriale de Guyane", 6000, "La CTG et l'État (DGCOPOP) ont financé respectivement 6 000 € et 4 000 €",
          alt=["CTG", "Conseil départemental", "Région"]),
        F("État", 4000, "La CTG et l'État (DGCOPOP) ont financé respectivement 6 000 € et 4 000 €", alt=["DGCOPOP"]),
        F("CAF", 3500, "Avec le soutien de la Caf de la Guyane : 3 500 €", alt=["Caf de la Guyane"]),
        F("Commune", None, "Les mairies d'Apatou et de Maripasoula prêtent une salle pour la permanence", borderline=True,
          alt=["Mairies", "Mairie d'Apatou"]),
        F("Intercommunalité", 1500, "CCOG : 1 500 €", alt=["CCOG", "Communauté de communes de l'Ouest Guyanais"]),
        F("Transports Fluviaux de l'Ouest", 4800,
          "La société Transports Fluviaux de l'Ouest prête une pirogue avec son piroguier (valeur 4 800 € sur l'année)",
          borderline=True),
    ],
    budget=NOB,
    partners=[
        P("CAF", "La Caf de la Guyane forme la médiatrice", alt=["Caf de la Guyane"]),
        P("Commune", "Les mairies d'Apatou et de Maripasoula prêtent une salle", alt=["Mairies", "Mairie d'Apatou"]),
        P("France Services Saint-Laurent-du-Maroni", "un agent de France Services Saint-Laurent-du-Maroni",
          alt=["France Services"]),
        P("Médecins du Monde", "une infirmière de Médecins du Monde"),
        P("Transports Fluviaux de l'Ouest", "La société Transports Fluviaux de l'Ouest prête une pirogue avec son piroguier"),
    ],
    excluded=X(
        funders=["\"CAF\" in the list of procedures (context, the Caf is a funder anyway)"],
        partners=["piroguier, médiatrice (individuals)", "Grand-Santi (future plan only)",
                  "CTG, DGCOPOP, CCOG (funders only)"]),
))

# T07 — Mayotte, urban. CSSM (CAF role); Conseil départemental de Mayotte; Quartiers d'été = ANCT;
# communauté de communes de Petite-Terre; "3 k€"; a per-child amount (unattached); family contribution;
# the structure's own "comité des jeunes"; a football club with digits.
R1.append(dict(
    id="T07",
    title="Vacances utiles à Labattoir : chantiers et sorties pour les 12-17 ans",
    structure_line="ESPACE DE VIE SOCIALE MARAHABA - Mayotte",
    files=None,
    status="Terminée",
    reason="action d'été, fin le 23 août",
    dimension="Accompagnement de projets",
    keywords=["vacances / loisirs", "Démocratie & citoyenneté"],
    resume="""Pendant 5 semaines de l'été, 40 jeunes de Labattoir ont alterné des demi-journées de chantier (nettoyage de la plage de Moya, peinture du plateau sportif) et des sorties (îlot de sable blanc, randonnée au Dziani, baignade).""",
    initiative=["Un groupe d'habitants"],
    territory="Une commune",
    experience="""Demande du comité des jeunes de l'EVS, qui voulait "faire quelque chose d'utile" et pas seulement des sorties.
Chaque jour de chantier donnait droit à une sortie.""",
    public=["Jeunesse"],
    declared=["Commune", "Intercommunalité", "Préfecture"],
    description="""Le Football Club Labattoir 976 a encadré les tournois du vendredi.
Les agents du service environnement de la Communauté de communes de Petite-Terre ont fourni gants, sacs et benne pour le nettoyage de la plage.
La Mairie de Dzaoudzi-Labattoir a mis à disposition le plateau sportif.
Le délégué du préfet est venu au bilan de fin d'été.""",
    financial="""Quartiers d'été (préfecture) : 5 000 €
CSSM : 3 k€
Conseil départemental de Mayotte : 2 500 €
participation des familles 5 € par jeune et par semaine
coût moyen 180 € par jeune""",
    people="3 animateurs, 2 jeunes en service civique",
    res_territoire="La plage de Moya nettoyée 3 fois, le plateau repeint.",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("ANCT", 5000, "Quartiers d'été (préfecture) : 5 000 €", alt=ANCT_ALT + ["Quartiers d'été", "Préfecture"]),
        F("CSSM", 3000, "CSSM : 3 k€", alt=["CAF", "Caisse de sécurité sociale de Mayotte"]),
        F("Conseil départemental", 2500, "Conseil départemental de Mayotte : 2 500 €",
          alt=["Département de Mayotte", "Conseil départemental de Mayotte"]),
        F("Commune", None, "La Mairie de Dzaoudzi-Labattoir a mis à disposition le plateau sportif", borderline=True,
          alt=["Mairie de Dzaoudzi-Labattoir"]),
        F("Intercommunalité", None, "Communauté de communes de Petite-Terre ont fourni gants, sacs et benne", borderline=True,
          alt=["Communauté de communes de Petite-Terre"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "La Mairie de Dzaoudzi-Labattoir a mis à disposition le plateau sportif",
          alt=["Mairie de Dzaoudzi-Labattoir"]),
        P("Intercommunalité", "Les agents du service environnement de la Communauté de communes de Petite-Terre ont fourni",
          alt=["Communauté de communes de Petite-Terre"]),
        P("Football Club Labattoir 976", "Le Football Club Labattoir 976 a encadré les tournois du vendredi"),
        P("Préfecture", "Le délégué du préfet est venu au bilan", borderline=True, alt=["Délégué du préfet"]),
    ],
    excluded=X(
        funders=["participation des familles 5 € par jeune et par semaine (participants)",
                 "coût moyen 180 € par jeune (per-person cost, not a total)"],
        partners=["comité des jeunes (the EVS's own body)", "plage de Moya, Dziani (places)",
                  "Quartiers d'été, CSSM, Conseil départemental (funders only)"]),
))

# T08 — La Réunion, urban. CIVIS (intercommunalité) ; ARS La Réunion "financé par"; CGSS Réunion; a bailleur SIDR
# with a valued in-kind room (borderline); "1 500 €" with NBSP; range "entre 800 et 1 000 €" tied to a mutuelle;
# a Caf look-alike "Kafé kréol"; total budget.
R1.append(dict(
    id="T08",
    title="Manzé lontan, manzé la santé : ateliers cuisine et diabète",
    structure_line="CENTRE SOCIAL BOIS D'OLIVES - La Réunion",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Santé", "Précarité"],
    resume="""Ateliers de cuisine réunionnaise revisitée (moins de sucre, moins de gras, plus de légumes lontan) pour des personnes diabétiques ou à risque et leurs familles, suivis d'un repas partagé. On termine chaque cycle par un "Kafé kréol" où les participants invitent leur famille.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Plusieurs quartiers",
    experience="""Le diabète touche énormément de familles à Saint-Pierre. L'idée est venue de l'infirmière Asalée du cabinet de la Ravine des Cabris qui voyait ses patients revenir sans avoir changé leurs habitudes.""",
    public=["Adultes", "familles"],
    declared=["Bailleur social", "Autre"],
    description="""Une diététicienne du réseau Réunisanté 974 co-anime les ateliers.
La SIDR met à disposition la cuisine pédagogique de la résidence Les Vétivers (valorisée 1 200 €).
Les patients sont orientés par la Maison de santé pluriprofessionnelle de la Ravine des Cabris.""",
    financial="""Budget total : 9 800 €
Action financée par l'ARS La Réunion pour 4 500 €
CGSS Réunion : 1\u00a0500 €
CIVIS : 1 000 €
Mutuelle Fraternité Océan Indien : entre 800 et 1 000 € selon le nombre de cycles""",
    people="1 animatrice, 1 diététicienne, 14 participants par cycle",
    res_territoire="",
    res_centre="",
    res_habitants="Plusieurs participants ont baissé leur hémoglobine glyquée (retour de l'infirmière).",
    limites="",
    perspectives="",
    funders=[
        F("ARS", 4500, "Action financée par l'ARS La Réunion pour 4 500 €", alt=["ARS La Réunion"]),
        F("CGSS", 1500, "CGSS Réunion : 1\u00a0500 €", alt=["CGSS Réunion", "CPAM", "CARSAT"]),
        F("Intercommunalité", 1000, "CIVIS : 1 000 €", alt=["CIVIS"]),
        F("Mutuelle Fraternité Océan Indien", None,
          "Mutuelle Fraternité Océan Indien : entre 800 et 1 000 €", rng=(800, 1000)),
        F("SIDR", 1200, "La SIDR met à disposition la cuisine pédagogique de la résidence Les Vétivers (valorisée 1 200 €)",
          borderline=True, alt=["Bailleur social"]),
    ],
    budget=B(9800, "Budget total : 9 800 €"),
    partners=[
        P("Réunisanté 974", "Une diététicienne du réseau Réunisanté 974 co-anime les ateliers"),
        P("SIDR", "La SIDR met à disposition la cuisine pédagogique"),
        P("Maison de santé pluriprofessionnelle de la Ravine des Cabris",
          "Les patients sont orientés par la Maison de santé pluriprofessionnelle de la Ravine des Cabris",
          alt=["Maison de santé de la Ravine des Cabris"]),
    ],
    excluded=X(
        funders=["\"Kafé kréol\" (negative for CAF)"],
        partners=["infirmière Asalée (individual)", "ARS, CGSS, CIVIS, Mutuelle Fraternité Océan Indien (funders only)"]),
))

# T09 — Guadeloupe, rural. Grand Sud Caraïbe (agglomeration); FSE+ ; Région; Département "en cours d'instruction"
# (pending); a fonds de dotation; France Travail orienting (partner) ; lycée agricole ; joint amount.
R1.append(dict(
    id="T09",
    title="Jaden an nou : jardin créole d'insertion à Capesterre",
    structure_line="CENTRE SOCIAL KAZ A LANMOU - Guadeloupe",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["Emploi, économie", "Environnement"],
    resume="""8 personnes éloignées de l'emploi cultivent un jardin créole de 3000 m2 (ignames, madères, giraumons, plantes médicinales) en suivant une formation en maraîchage. Les légumes sont vendus au marché du samedi et donnés à l'épicerie solidaire.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Terrain prêté par un agriculteur retraité, M. Bellance. Les participants sont orientés par France Travail et par le service RSA.
La formation est faite par le lycée agricole de Guadeloupe (EPLEFPA) une journée par semaine.""",
    public=["Adultes"],
    declared=["Commune", "Région", "Autre"],
    description="""La Ville de Capesterre-Belle-Eau et la Communauté d'agglomération Grand Sud Caraïbe ont apporté ensemble 6 000 € pour l'achat des outils et de la motopompe.
FSE+ (axe inclusion) : 12 400 €
Région Guadeloupe : 5 000 €
Fonds de dotation Gwadloup Avenir : 2 000 €
Département de la Guadeloupe : demande en cours d'instruction""",
    financial="""Voir description""",
    people="1 encadrant technique, 1 CIP à mi-temps, 8 salariés en parcours",
    res_territoire="",
    res_centre="",
    res_habitants="3 sorties positives (2 CDD, 1 formation).",
    limites="La sécheresse de mars.",
    perspectives="",
    funders=[
        F("Commune", None, "La Ville de Capesterre-Belle-Eau et la Communauté d'agglomération Grand Sud Caraïbe ont apporté ensemble 6 000 €",
          alt=["Ville de Capesterre-Belle-Eau"]),
        F("Intercommunalité", None, "La Ville de Capesterre-Belle-Eau et la Communauté d'agglomération Grand Sud Caraïbe ont apporté ensemble 6 000 €",
          alt=["Communauté d'agglomération Grand Sud Caraïbe", "Grand Sud Caraïbe"]),
        F("Fonds européens", 12400, "FSE+ (axe inclusion) : 12 400 €", alt=["FSE+", "FSE", "Union européenne"]),
        F("Région", 5000, "Région Guadeloupe : 5 000 €", alt=["Région Guadeloupe"]),
        F("Fonds de dotation Gwadloup Avenir", 2000, "Fonds de dotation Gwadloup Avenir : 2 000 €",
          alt=["Gwadloup Avenir"]),
    ],
    budget=NOB,
    partners=[
        P("France Travail", "Les participants sont orientés par France Travail"),
        P("Conseil départemental", "et par le service RSA", borderline=True, alt=["Service RSA"]),
        P("Lycée agricole de Guadeloupe", "La formation est faite par le lycée agricole de Guadeloupe (EPLEFPA)",
          alt=["EPLEFPA"]),
    ],
    excluded=X(
        funders=["Département de la Guadeloupe (\"demande en cours d'instruction\": pending)",
                 "ventes au marché (own sales)", "M. Bellance lends land (an individual)"],
        partners=["M. Bellance (individual)", "épicerie solidaire (unnamed)",
                  "Ville, Grand Sud Caraïbe, FSE+, Région, Gwadloup Avenir (funders only)"]),
))

# T10 — Nord, urban. MEL; Ville de Roubaix "subvention de la"; bailleur Vilogia "X a accordé"; a textile company's
# gift of fabric valued (borderline funder + partner); Secours populaire orienting (partner, not funder);
# a "Produits / Charges" budget typed as lines with "Total produits"; "12000 e".
R1.append(dict(
    id="T10",
    title="Fil à fil : atelier couture et retouches solidaires",
    structure_line="CENTRE SOCIAL DE L'ALMA - Nord",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["Emploi, économie", "Solidarité"],
    resume="""Atelier couture ouvert 3 demi-journées par semaine : apprentissage, réparation de vêtements, retouches à prix libre pour les habitants, et une petite collection de sacs en tissus de récupération vendue aux marchés de Noël.""",
    initiative=["Un groupe d'habitants"],
    territory="Un quartier",
    experience="""Des couturières du quartier, dont beaucoup ont travaillé dans le textile, voulaient transmettre. L'atelier est aussi un premier pas vers l'emploi pour des femmes qui n'ont jamais travaillé en France.""",
    public=["Adultes"],
    declared=["Commune", "Intercommunalité", "Entreprises", "Associations"],
    description="""Les bénévoles du Secours populaire (antenne de Roubaix) orientent des femmes vers l'atelier.
L'entreprise Tissages du Nord a offert 300 mètres de tissu (valeur estimée 900 €) et des fils.
Le PLIE de Roubaix accompagne 4 participantes vers une formation.
Vilogia a accordé 2 000 € pour l'achat de deux machines industrielles.""",
    financial="""PRODUITS
subvention de la Ville de Roubaix : 3 500 €
MEL (politique de la ville) : 12000 e
Vilogia : 2 000 €
ventes et retouches : 1 400 €
Total produits : 18 900 €
CHARGES
salaires : 14 200 €
matériel : 4 700 €""",
    people="1 animatrice couture salariée, 5 couturières bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="2 participantes ont trouvé un emploi dans une entreprise de retouche.",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 3500, "subvention de la Ville de Roubaix : 3 500 €", alt=["Ville de Roubaix"]),
        F("Intercommunalité", 12000, "MEL (politique de la ville) : 12000 e", alt=["MEL", "Métropole européenne de Lille"]),
        F("Vilogia", 2000, "Vilogia : 2 000 €", alt=["Bailleur social"]),
        F("Tissages du Nord", 900, "L'entreprise Tissages du Nord a offert 300 mètres de tissu (valeur estimée 900 €)",
          borderline=True),
    ],
    budget=B(18900, "Total produits : 18 900 €"),
    partners=[
        P("Secours populaire", "Les bénévoles du Secours populaire (antenne de Roubaix) orientent des femmes vers l'atelier",
          alt=["Secours populaire de Roubaix"]),
        P("PLIE de Roubaix", "Le PLIE de Roubaix accompagne 4 participantes"),
        P("Tissages du Nord", "L'entreprise Tissages du Nord a offert 300 mètres de tissu", borderline=True),
    ],
    excluded=X(
        funders=["ventes et retouches : 1 400 € (own sales)", "\"politique de la ville\" on the MEL line (the MEL pays; not ANCT)",
                 "Secours populaire (orients women, no money)"],
        partners=["couturières bénévoles (individuals)", "Ville de Roubaix, MEL, Vilogia (funders only)"]),
))

# T11 — Pas-de-Calais, urban mining basin. Bailleur "Maisons & Cités" (ampersand); CALL; DRAC; FDVA granted
# with amount unknown (funder, null); a museum and a collège as partners; declared "Education nationale";
# "Région" as geography ("la région minière"); NBSP thousands.
R1.append(dict(
    id="T11",
    title="Nos corons racontent : mémoire des cités minières",
    structure_line="CENTRE SOCIAL ALBERT-CAMUS - CITÉ 12-14 - Pas-de-Calais",
    files=["expo_corons.pdf"],
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Culture", "intergénérationnel"],
    resume="""Collecte de souvenirs d'anciens mineurs et de leurs épouses, enregistrés par des collégiens, puis exposition photo et sonore dans les rues de la cité 12-14 et au musée.""",
    initiative=["Le centre social", "Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""La rénovation des logements de la cité a fait partir beaucoup d'anciens. Les habitants avaient peur qu'on oublie l'histoire du quartier et de toute la région minière.
Phases : collecte (octobre à février), ateliers photo (mars), expo (mai-juin).""",
    public=["Tous publics"],
    declared=["Education nationale", "Bailleur social", "Intercommunalité"],
    description="""Une classe de 4e du collège Jean-Zay a fait les interviews avec son professeur d'histoire.
Le service des publics du Louvre-Lens a accueilli l'exposition pendant trois semaines et organisé une visite pour les anciens.
Maisons & Cités a financé les tirages grand format (4 800 €) et autorisé l'accrochage sur les façades.
La Communauté d'agglomération de Lens-Liévin a imprimé le livret.""",
    financial="""DRAC Hauts-de-France : 5\u00a0000 €
Maisons & Cités : 4\u00a0800 €
FDVA : accordé, montant pas encore notifié
Communauté d'agglomération de Lens-Liévin : impression du livret (500 exemplaires)""",
    people="1 animatrice, 1 photographe, 24 collégiens, 19 anciens interviewés",
    res_territoire="1 300 visiteurs à l'exposition.",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("DRAC", 5000, "DRAC Hauts-de-France : 5\u00a0000 €", alt=["DRAC Hauts-de-France", "État"]),
        F("Maisons & Cités", 4800, "Maisons & Cités : 4\u00a0800 €", alt=["Bailleur social"]),
        F("FDVA", None, "FDVA : accordé, montant pas encore notifié"),
        F("Intercommunalité", None, "Communauté d'agglomération de Lens-Liévin : impression du livret", borderline=True,
          alt=["Communauté d'agglomération de Lens-Liévin", "CALL"]),
    ],
    budget=NOB,
    partners=[
        P("Collège Jean-Zay", "Une classe de 4e du collège Jean-Zay a fait les interviews"),
        P("Louvre-Lens", "Le service des publics du Louvre-Lens a accueilli l'exposition pendant trois semaines et organisé une visite"),
        P("Maisons & Cités", "Maisons & Cités a financé les tirages grand format (4 800 €) et autorisé l'accrochage sur les façades"),
        P("Intercommunalité", "La Communauté d'agglomération de Lens-Liévin a imprimé le livret",
          alt=["Communauté d'agglomération de Lens-Liévin", "CALL"]),
    ],
    excluded=X(
        funders=["\"la région minière\" (geography, not the Région)"],
        partners=["professeur d'histoire, photographe (individuals)", "DRAC, FDVA (funders only)"]),
))

# T12 — Seine-Saint-Denis, urban. Plaine Commune (EPT) — a name containing "Commune" that is NOT the Commune;
# Cité éducative d'Aubervilliers; Département; Caf "prestation" (CAF); programme de réussite éducative (a scheme
# of the Ville, not a partner); BOP 147; lowercase partner list; page header between fiches.
R1.append(dict(
    id="T12",
    title="Devoirs faits ensemble : accompagnement à la scolarité et parents",
    structure_line="CENTRE SOCIAL ROSER - Seine-Saint-Denis",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["éducation / scolarité", "Parentalité"],
    resume="""CLAS pour 45 enfants du CP à la 3e, quatre soirs par semaine, avec un temps parents-enfants le vendredi. Les parents participent à au moins une séance par mois pour voir comment leur enfant travaille.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""L'action existe depuis 10 ans mais on l'a revue en 2023 : plus de place aux parents, moins de "devoirs faits à la place".""",
    public=["Enfance", "Jeunesse", "familles"],
    declared=["Education nationale", "Caf", "Commune"],
    description="""Les bénévoles sont recrutés avec l'AFEV (étudiants de Paris 8).
relais et orientation : école élémentaire jean-macé, collège rosa-luxemburg, programme de réussite éducative de la ville, maison des parents.
La coordinatrice de la Cité éducative participe au comité de suivi.""",
    financial="""Caf de la Seine-Saint-Denis (prestation CLAS) : 9 200 €
Cité éducative d'Aubervilliers : 4 000 €
BOP 147 : 3 000 €
Plaine Commune : 2 000 €
Département de la Seine-Saint-Denis : 1 500 €""",
    people="2 animateurs, 12 bénévoles AFEV",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="Liste d'attente de 20 enfants.",
    perspectives="",
    page_header_after=True,
    funders=[
        F("CAF", 9200, "Caf de la Seine-Saint-Denis (prestation CLAS) : 9 200 €", alt=["Caf de la Seine-Saint-Denis"]),
        F("Cité éducative", 4000, "Cité éducative d'Aubervilliers : 4 000 €",
          alt=["Cité éducative d'Aubervilliers", "Éducation nationale"]),
        F("ANCT", 3000, "BOP 147 : 3 000 €", alt=["BOP 147", "Politique de la ville", "Contrat de ville", "État"]),
        F("Intercommunalité", 2000, "Plaine Commune : 2 000 €", alt=["Plaine Commune"]),
        F("Conseil départemental", 1500, "Département de la Seine-Saint-Denis : 1 500 €",
          alt=["Département de la Seine-Saint-Denis"]),
    ],
    budget=NOB,
    partners=[
        P("AFEV", "Les bénévoles sont recrutés avec l'AFEV"),
        P("École élémentaire Jean-Macé", "école élémentaire jean-macé"),
        P("Collège Rosa-Luxemburg", "collège rosa-luxemburg"),
        P("Maison des parents", "maison des parents", borderline=True),
        P("Cité éducative", "La coordinatrice de la Cité éducative participe au comité de suivi",
          alt=["Cité éducative d'Aubervilliers"]),
    ],
    excluded=X(
        funders=["\"Plaine Commune\" is the EPT (Intercommunalité), not the Commune"],
        partners=["programme de réussite éducative de la ville (a scheme)", "Paris 8 (context of AFEV's students)",
                  "Caf, BOP 147, Plaine Commune, Département (funders only)"]),
))

"""Fiches U11..U20 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

PAGE = "@@PAGE@@"
R2 = []

# U11 — Haute-Saône, Vesoul. Plot rent per year paid by gardeners (not a grant); REFUSED Département; bailleur gives the
# land at a symbolic rent (borderline funder + partner); regional foundation "2.500€"; agglomeration "amount on the
# next line"; "Jardins de Cocagne" network as partner; a page header inside the Description.
R2.append(dict(
    id="U11",
    title="Les Jardins du Montmarin : 24 parcelles familiales",
    structure_line="CENTRE SOCIAL DU MONTMARIN - Haute-Saône",
    files=None,
    status="En cours",
    dimension="Animation locale",
    keywords=["jardin", "Environnement", "Alimentation"],
    resume="""24 parcelles de 50 m2 attribuées à des familles du quartier, une parcelle collective et un abri à outils commun. Ateliers du jardinier une fois par mois.""",
    initiative=["Un groupe d'habitants"],
    territory="Un quartier",
    experience="""Les familles paient 25 € par an pour leur parcelle (eau comprise).
Habitat 70 nous loue le terrain pour un euro symbolique et a fait les travaux de clôture.
Les Jardins de Cocagne de Vesoul (chantier d'insertion) préparent les parcelles au printemps et prêtent le motoculteur.""",
    public=["Familles"],
    declared=["Bailleur social", "Associations"],
    description="""Ateliers : compost, semences, taille, conserves.
@@PAGE@@
L'été, un repas partagé avec les légumes de la parcelle collective.
- Objectif 2 : que les jardiniers gèrent eux-mêmes l'association des jardins d'ici 2026.""",
    financial="""Communauté d'agglomération de Vesoul
3 400 €
Fondation Terres Comtoises 2.500€
Département de la Haute-Saône : demande refusée
Participation des jardiniers : 600 €""",
    people="1 animatrice, 24 familles",
    res_territoire="",
    res_centre="",
    res_habitants="Des légumes pour tout l'été.",
    limites="Vols de courges.",
    perspectives="",
    funders=[
        F("Intercommunalité", 3400, "Communauté d'agglomération de Vesoul\n3 400 €", alt=["Communauté d'agglomération de Vesoul"]),
        F("Fondation Terres Comtoises", 2500, "Fondation Terres Comtoises 2.500€"),
        F("Habitat 70", None, "Habitat 70 nous loue le terrain pour un euro symbolique", borderline=True, alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Habitat 70", "Habitat 70 nous loue le terrain pour un euro symbolique et a fait les travaux de clôture"),
        P("Jardins de Cocagne de Vesoul", "Les Jardins de Cocagne de Vesoul (chantier d'insertion) préparent les parcelles",
          alt=["Jardins de Cocagne"]),
    ],
    excluded=X(
        funders=["Département de la Haute-Saône (\"demande refusée\")", "25 € par an / Participation des jardiniers : 600 € (participants)"],
        partners=["association des jardins (future, the gardeners' own body)", "Agglomération, Fondation Terres Comtoises (funders only)"]),
))

# U12 — Hautes-Pyrénées, Tarbes. A funded post: "l'Etat finance le poste de conseiller numérique (25 000 € par an)";
# agglomeration with a RANGE in k€; bailleur "1 000 €"; Emmaüs Connect; a website (ameli) and "France Connect"
# (not bodies); individual conseiller; France Services as partner.
R2.append(dict(
    id="U12",
    title="Point numérique de Laubadère",
    structure_line="CENTRE SOCIAL DE LAUBADÈRE - Hautes-Pyrénées",
    files=[],
    status="En cours",
    dimension="Services",
    keywords=["Numérique", "Accès aux droits"],
    resume="""Accompagnement individuel aux démarches en ligne (ameli, impots.gouv, CAF, ANTS) et ateliers collectifs pour apprendre à se servir d'un smartphone.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""L'Etat finance le poste de conseiller numérique (25 000 € par an pendant 3 ans). Notre conseiller, Mathis, reçoit sur rendez-vous.
Emmaüs Connect nous fournit des téléphones reconditionnés et des recharges à prix solidaire (5 € la recharge).
France Services Tarbes Nord nous envoie les personnes qui ont besoin d'un accompagnement plus long.""",
    public=["Adultes", "Seniors"],
    declared=["Etat", "Bailleur social"],
    description="""- Public : surtout des plus de 60 ans et des femmes seules.
Ouverture du compte ameli, France Connect, dossier retraite.
Promologis prête une cellule commerciale en pied d'immeuble et nous a versé 1 000 € pour l'équipement.""",
    financial="""Tarbes-Lourdes-Pyrénées : entre 2 et 3 k€ selon le nombre d'ateliers
Promologis""",
    people="1 conseiller numérique, 2 bénévoles",
    res_territoire="",
    res_centre="Nouveaux publics à l'accueil.",
    res_habitants="",
    limites="Fin du financement du poste en 2025.",
    perspectives="",
    funders=[
        F("État", 25000, "L'Etat finance le poste de conseiller numérique (25 000 € par an", alt=["Conseiller numérique France Services"]),
        F("Intercommunalité", None, "Tarbes-Lourdes-Pyrénées : entre 2 et 3 k€", rng=(2000, 3000),
          alt=["Tarbes-Lourdes-Pyrénées", "Communauté d'agglomération Tarbes-Lourdes-Pyrénées"]),
        F("Promologis", 1000, "Promologis prête une cellule commerciale en pied d'immeuble et nous a versé 1 000 €",
          alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Emmaüs Connect", "Emmaüs Connect nous fournit des téléphones reconditionnés"),
        P("France Services Tarbes Nord", "France Services Tarbes Nord nous envoie les personnes", alt=["France Services"]),
        P("Promologis", "Promologis prête une cellule commerciale en pied d'immeuble"),
    ],
    excluded=X(
        funders=["ameli, impots.gouv, ANTS, France Connect, CAF (online services, not funders)",
                 "5 € la recharge (a price)", "Emmaüs Connect (sells at a solidarity price: supplier)"],
        partners=["Mathis (staff)", "ameli / CAF / ANTS (websites)", "État, Tarbes-Lourdes-Pyrénées (funders only)"]),
))

# U13 — Loir-et-Cher, Blois. Caf VACAF "150 € par famille" (per-family: null); agglomeration "2 500 €"; bailleur
# "800 €"; Secours populaire gives places (partner); a campsite (venue); families' share; total "soit 14 200 €".
R2.append(dict(
    id="U13",
    title="Premiers départs : vacances en familles à l'océan",
    structure_line="CENTRE SOCIAL QUARTIER NORD MIRABEAU - Loir-et-Cher",
    files=None,
    status="Terminée",
    reason="",
    dimension="Familles",
    keywords=["Vacances", "Familles", "Parentalité"],
    resume="""Accompagnement de 12 familles qui ne partaient jamais en vacances : préparation collective pendant 6 mois (budget, transport, activités) puis une semaine en mobil-home à Saint-Jean-de-Monts.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Les familles ont été repérées avec les travailleurs sociaux de la Maison départementale de la cohésion sociale de Blois.
Le Secours populaire de Blois nous a offert 20 places pour la journée au parc d'attractions en juillet.
Chaque famille a mis de côté 10 € par mois pendant 6 mois.""",
    public=["Familles"],
    declared=["Caf", "Conseil départemental"],
    description="""Hébergement au camping Les Mouettes. Le transport s'est fait en minibus loués.""",
    financial="""aides VACAF de la Caf de Loir-et-Cher : 150 € par famille et par jour
Agglopolys : 2 500 €
Terres de Loire Habitat (800 €) pour les familles locataires
reste à charge des familles : 60 € en moyenne
soit 14 200 € en tout""",
    people="2 référentes familles",
    res_territoire="",
    res_centre="",
    res_habitants="Premières vacances pour 9 familles sur 12.",
    limites="",
    perspectives="",
    funders=[
        F("CAF", None, "aides VACAF de la Caf de Loir-et-Cher : 150 € par famille", alt=["Caf de Loir-et-Cher", "VACAF"]),
        F("Intercommunalité", 2500, "Agglopolys : 2 500 €", alt=["Agglopolys"]),
        F("Terres de Loire Habitat", 800, "Terres de Loire Habitat (800 €)", alt=["Bailleur social"]),
    ],
    budget=B(14200, "soit 14 200 € en tout"),
    partners=[
        P("Conseil départemental", "les travailleurs sociaux de la Maison départementale de la cohésion sociale de Blois",
          alt=["Maison départementale de la cohésion sociale de Blois"]),
        P("Secours populaire de Blois", "Le Secours populaire de Blois nous a offert 20 places", alt=["Secours populaire"]),
    ],
    excluded=X(
        funders=["Caf amount: 150 € par famille et par jour is a per-family rate (amount null)",
                 "10 € par mois / reste à charge 60 € (families)",
                 "Secours populaire de Blois (gave outing tickets: gift to participants, partner only)"],
        partners=["camping Les Mouettes, parc d'attractions (venues)", "Agglopolys, Terres de Loire Habitat (funders only)"]),
))

# U14 — Lot-et-Garonne, Agen. CPAM "1.500 €"; mutuelle with "financé par"; agglomeration "3000 €"; cost per workshop;
# dietitian (individual); épicerie sociale of the CCAS (CCAS partner); PENDING Fondation; lowercase list of partners.
R2.append(dict(
    id="U14",
    title="Bien manger petit budget à Montanou",
    structure_line="CENTRE SOCIAL DE MONTANOU - Lot-et-Garonne",
    files=[],
    status="En cours",
    dimension="Santé",
    keywords=["Alimentation", "santé", "Précarité"],
    resume="""Ateliers cuisine tous les 15 jours : on cuisine ensemble un repas complet pour moins de 2 € par personne, avec des produits de saison, puis on mange ensemble.""",
    initiative=["Des habitants"],
    territory="Un quartier",
    experience="""Une diététicienne libérale anime un atelier sur trois.
les partenaires : epicerie sociale du ccas d'agen, restos du coeur, amicale des locataires de montanou.
Coût des courses : 8 € par atelier environ pour 10 personnes.""",
    public=["Adultes", "Familles"],
    declared=["CCAS", "Associations"],
    description="""18 ateliers en 2023, 31 participants différents. Un livret de recettes a été imprimé (300 exemplaires).""",
    financial="""CPAM de Lot-et-Garonne 1.500 €
financé par la Mutuelle Garonne Santé pour 1 200 €
Agglomération d'Agen 3000 €
Fondation Nutrition et Partage : réponse en attente""",
    people="1 conseillère ESF, 1 diététicienne, 4 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="Les participantes refont les recettes à la maison.",
    limites="",
    perspectives="",
    funders=[
        F("CPAM", 1500, "CPAM de Lot-et-Garonne 1.500 €", alt=["CPAM de Lot-et-Garonne"]),
        F("Mutuelle Garonne Santé", 1200, "financé par la Mutuelle Garonne Santé pour 1 200 €"),
        F("Intercommunalité", 3000, "Agglomération d'Agen 3000 €", alt=["Agglomération d'Agen"]),
    ],
    budget=NOB,
    partners=[
        P("CCAS", "epicerie sociale du ccas d'agen", alt=["CCAS d'Agen"]),
        P("Restos du Coeur", "restos du coeur", alt=["Restaurants du cœur", "Restos du cœur"]),
        P("Amicale des locataires de Montanou", "amicale des locataires de montanou"),
    ],
    excluded=X(
        funders=["Fondation Nutrition et Partage (\"réponse en attente\": pending)", "8 € par atelier (a cost)",
                 "moins de 2 € par personne (a cost)"],
        partners=["diététicienne libérale (individual)", "CPAM, Mutuelle Garonne Santé, Agglomération (funders only)"]),
))

# U15 — Mayenne, Laval. Département PDI "10 k€"; FSE+ in a sentence; agglomeration; PENDING Région; a textile
# company's gift of fabric valued (borderline funder + borderline partner); sales of products (own sales);
# trainees' pay by France Travail (individual aid: not a funder; France Travail orients = partner).
R2.append(dict(
    id="U15",
    title="Atelier couture et retouches : remise en activité",
    structure_line="CENTRE SOCIAL LES PAVILLONS - Mayenne",
    files=None,
    status="En cours",
    dimension="Insertion",
    keywords=["Insertion professionnelle", "couture"],
    resume="""Atelier de couture professionnelle 3 jours par semaine pour 8 femmes bénéficiaires du RSA : retouches pour les habitants, confection de sacs vendus sur les marchés, préparation à l'emploi.""",
    initiative=["Le centre social", "Autre"],
    precision="""le Département (service insertion)""",
    territory="Une commune",
    experience="""Les femmes sont orientées par les référents RSA du Département de la Mayenne et par France Travail.
Celles qui sont en formation touchent une rémunération de France Travail (environ 500 € par mois), versée directement.
Les Textiles du Maine nous ont donné 300 mètres de tissu (valeur 700 €).""",
    public=["Femmes", "Personnes en insertion"],
    declared=["Conseil départemental", "Entreprises"],
    description="""Ventes des sacs et retouches : 2 300 €. Deux femmes ont trouvé un CDD dans une blanchisserie.""",
    financial="""Département de la Mayenne (PDI) : 10 k€
l'action est soutenue par le FSE+ à hauteur de 7 000 €
Laval Agglomération 2 000€
Région Pays de la Loire : demande déposée en mars, pas de retour""",
    people="1 encadrante technique, 1 CIP à mi-temps",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Conseil départemental", 10000, "Département de la Mayenne (PDI) : 10 k€", alt=["Département de la Mayenne", "PDI"]),
        F("Fonds européens", 7000, "soutenue par le FSE+ à hauteur de 7 000 €", alt=["FSE+", "FSE", "Union européenne"]),
        F("Intercommunalité", 2000, "Laval Agglomération 2 000€", alt=["Laval Agglomération"]),
        F("Textiles du Maine", 700, "Les Textiles du Maine nous ont donné 300 mètres de tissu (valeur 700 €)", borderline=True),
    ],
    budget=NOB,
    partners=[
        P("Conseil départemental", "orientées par les référents RSA du Département de la Mayenne", alt=["Département de la Mayenne"]),
        P("France Travail", "et par France Travail"),
        P("Textiles du Maine", "Les Textiles du Maine nous ont donné 300 mètres de tissu", borderline=True),
    ],
    excluded=X(
        funders=["Région Pays de la Loire (\"demande déposée... pas de retour\": pending)",
                 "France Travail (trainees' pay, about 500 € par mois, paid to individuals)", "Ventes : 2 300 € (own sales)"],
        partners=["blanchisserie (unnamed employer)", "FSE+, Laval Agglomération (funders only)"]),
))

# U16 — Meuse, Verdun. ONACVG (a national office) "3 000 €"; DRAC "2 000 €"; agglomeration "1 500 €"; entrance fee per
# person; the Mémorial hosts and its guide leads (partner); archives of the Département (Conseil départemental);
# a capitalised event "Journées du Patrimoine" (not a body).
R2.append(dict(
    id="U16",
    title="Paroles de poilus, paroles d'aujourd'hui",
    structure_line="MAISON DE QUARTIER DU CANAL - Meuse",
    files=["livret_paroles.pdf"],
    status="Terminée",
    reason="""Projet sur une année scolaire, terminé avec l'exposition.""",
    dimension="Culture",
    keywords=["Mémoire", "Culture", "Intergénérationnel"],
    resume="""Des jeunes et des anciens du quartier ont lu des lettres de soldats de 1916 et écrit leurs propres lettres sur la guerre et l'exil aujourd'hui. Exposition pendant les Journées du Patrimoine.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Visite guidée du Mémorial de Verdun, dont le service éducatif a animé deux ateliers (entrée 8 € par personne, payée par le projet).
Les Archives départementales de la Meuse nous ont ouvert leurs fonds de lettres.""",
    public=["Adolescents", "Seniors"],
    declared=["Autre"],
    description="""Exposition à la médiathèque, 600 visiteurs.""",
    financial="""ONACVG de la Meuse : 3 000 €
DRAC Grand Est : 2 000 €
Communauté d'agglomération du Grand Verdun 1 500 €
Budget : environ 7 800 €""",
    people="",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("ONACVG", 3000, "ONACVG de la Meuse : 3 000 €",
          alt=["Office national des combattants et victimes de guerre", "ONACVG de la Meuse"]),
        F("DRAC", 2000, "DRAC Grand Est : 2 000 €", alt=["DRAC Grand Est", "État"]),
        F("Intercommunalité", 1500, "Communauté d'agglomération du Grand Verdun 1 500 €",
          alt=["Communauté d'agglomération du Grand Verdun", "Grand Verdun"]),
    ],
    budget=B(7800, "Budget : environ 7 800 €"),
    partners=[
        P("Mémorial de Verdun", "Visite guidée du Mémorial de Verdun, dont le service éducatif a animé deux ateliers"),
        P("Conseil départemental", "Les Archives départementales de la Meuse nous ont ouvert leurs fonds",
          alt=["Archives départementales de la Meuse"]),
    ],
    excluded=X(
        funders=["entrée 8 € par personne (a cost)"],
        partners=["Journées du Patrimoine (an event)", "médiathèque (a venue for the exhibition)",
                  "ONACVG, DRAC, Grand Verdun (funders only)"]),
))

# U17 — Territoire de Belfort. "Quartiers d'été" -> ANCT "4 000 €"; Ville; agglomeration; bailleur "2 000 €";
# the Département's name "Territoire de Belfort" (Conseil départemental, "3 500 e"); police nationale partner; a page
# header after the fiche; "- Territoire concerné : ..." as free text.
R2.append(dict(
    id="U17",
    title="Été aux Résidences : médiation et animations de pied d'immeuble",
    structure_line="CENTRE SOCIAL DES RÉSIDENCES - Territoire de Belfort",
    files=[],
    status="En cours",
    dimension="Animation locale",
    keywords=["Été", "médiation", "jeunesse"],
    resume="""Tout l'été, animations en soirée au pied des immeubles (jeux, tournois, cinéma) avec deux médiateurs qui vont au contact des groupes de jeunes.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""- Territoire concerné : les Résidences Bellevue et le Mont.
Deux médiateurs de l'association Trait d'Union 90 travaillent avec nos animateurs.
Le commissariat de Belfort (délégué police-population) participe au comité de suivi.
Territoire habitat a ouvert une loge de gardien pour stocker le matériel.""",
    public=["Tous publics", "Jeunes"],
    declared=["Commune", "Bailleur social", "Préfecture"],
    description="""32 soirées, environ 150 personnes par soirée.""",
    financial="""Quartiers d'été : 4 000 €
Ville de Belfort : 2 500 €
Grand Belfort : 1 500 €
Territoire habitat : 2 000 €
Département du Territoire de Belfort 3 500 e""",
    people="4 animateurs, 2 médiateurs",
    res_territoire="Moins de rodéos cet été selon le bailleur.",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    page_header_after=True,
    funders=[
        F("Commune", 2500, "Ville de Belfort : 2 500 €", alt=["Ville de Belfort"]),
        F("ANCT", 4000, "Quartiers d'été : 4 000 €", alt=ANCT_ALT + ["Quartiers d'été", "Préfecture"]),
        F("Intercommunalité", 1500, "Grand Belfort : 1 500 €", alt=["Grand Belfort", "Grand Belfort Communauté d'Agglomération"]),
        F("Territoire habitat", 2000, "Territoire habitat : 2 000 €", alt=["Bailleur social"]),
        F("Conseil départemental", 3500, "Département du Territoire de Belfort 3 500 e", alt=["Département du Territoire de Belfort"]),
    ],
    budget=NOB,
    partners=[
        P("Trait d'Union 90", "Deux médiateurs de l'association Trait d'Union 90 travaillent avec nos animateurs"),
        P("Commissariat de Belfort", "Le commissariat de Belfort (délégué police-population) participe au comité de suivi",
          alt=["Police nationale"]),
        P("Territoire habitat", "Territoire habitat a ouvert une loge de gardien pour stocker le matériel"),
    ],
    excluded=X(
        funders=["Territoire habitat's loge (in kind, already a funder with its amount)"],
        partners=["Résidences Bellevue et le Mont (places)", "Ville, Grand Belfort, Département (funders only)"]),
))

# U18 — Yonne, Sens. ANCV "Seniors en vacances" aid per person (null); CARSAT "2 500 €"; agglomeration "1 000 €";
# a retirement-fund's "aide au départ" paid to individuals (not a funder); a coach company (provider, partner);
# people's contribution; number of participants next to the CARSAT.
R2.append(dict(
    id="U18",
    title="Séjour seniors en baie de Somme",
    structure_line="CENTRE SOCIAL DES CHAILLOTS - Yonne",
    files=None,
    status="Terminée",
    reason="""Séjour réalisé en juin.""",
    dimension="Vieillissement",
    keywords=["Seniors", "vacances", "Isolement"],
    resume="""Préparation et réalisation d'un séjour de 5 jours pour 22 retraités du quartier qui ne partaient plus.""",
    initiative=["Des habitants"],
    territory="Un quartier",
    experience="""Le programme Seniors en vacances de l'ANCV donne une aide de 160 € par personne non imposable.
Certaines caisses de retraite complémentaire ont aussi donné une aide au départ directement aux retraités.
Transport assuré par les Autocars Sénonais (devis 3 100 €).""",
    public=["Seniors"],
    declared=["Entreprises"],
    description="""La Carsat Bourgogne-Franche-Comté, qui suit 22 de nos participants, nous a versé 2 500 € pour la préparation.
Participation des retraités : 190 € à 320 € selon les revenus.""",
    financial="""Communauté d'agglomération du Grand Sénonais : 1 000 €""",
    people="2 animatrices",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("ANCV", None, "Le programme Seniors en vacances de l'ANCV donne une aide de 160 € par personne",
          alt=["Agence nationale pour les chèques-vacances", "Seniors en vacances"]),
        F("CARSAT", 2500, "La Carsat Bourgogne-Franche-Comté, qui suit 22 de nos participants, nous a versé 2 500 €",
          alt=["Carsat Bourgogne-Franche-Comté"]),
        F("Intercommunalité", 1000, "Communauté d'agglomération du Grand Sénonais : 1 000 €",
          alt=["Communauté d'agglomération du Grand Sénonais", "Grand Sénonais"]),
    ],
    budget=NOB,
    partners=[
        P("Autocars Sénonais", "Transport assuré par les Autocars Sénonais"),
    ],
    excluded=X(
        funders=["ANCV amount: 160 € par personne is a per-person aid (amount null)",
                 "caisses de retraite complémentaire (unnamed; aid paid to individuals)",
                 "Autocars Sénonais (devis 3 100 €: a cost)", "Participation des retraités : 190 € à 320 € (participants)"],
        partners=["ANCV, Carsat, Grand Sénonais (funders only)"]),
))

# U19 — Guadeloupe, Capesterre-Belle-Eau. Région Guadeloupe and Département de la Guadeloupe (two separate bodies here);
# Caf "2 600 €"; Grand Sud Caraïbe; "lokal" words; a Kafé look-alike "Ti-Kaf"; lowercase list; a "CARSAT"-like caisse
# CGSS holding a stand (partner only).
R2.append(dict(
    id="U19",
    title="Jaden lakou : jardin créole et transmission",
    structure_line="EVS LAKOU BELLE-EAU - Guadeloupe",
    files=[],
    status="En cours",
    dimension="Intergénérationnel",
    keywords=["jardin créole", "transmission", "Alimentation"],
    resume="""Un jardin créole collectif derrière la salle de l'EVS : plantes médicinales, ignames, giraumons. Les anciens apprennent aux enfants. Chaque dernier samedi, un Ti-Kaf où on partage tisanes et recettes.""",
    initiative=["Un groupe d'habitants"],
    territory="Une commune",
    experience="""Les plants viennent de la pépinière du lycée agricole de Baie-Mahault qui encadre aussi les tailles avec ses élèves.
La CGSS a tenu un stand de prévention diabète au Ti-Kaf de mars.
partenaires du quartier : association doubout fanm, club senior lavi bel, école de bananier.""",
    public=["Enfants", "Seniors"],
    declared=["Associations", "Education nationale"],
    description="""40 enfants et 15 anciens réguliers.""",
    financial="""Région Guadeloupe : 3 000 €
Département de la Guadeloupe : 2 000 €
Caf de la Guadeloupe 2 600 €
Communauté d'agglomération Grand Sud Caraïbe : 1 200 €""",
    people="1 animateur, 6 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Région", 3000, "Région Guadeloupe : 3 000 €", alt=["Région Guadeloupe"]),
        F("Conseil départemental", 2000, "Département de la Guadeloupe : 2 000 €", alt=["Département de la Guadeloupe"]),
        F("CAF", 2600, "Caf de la Guadeloupe 2 600 €", alt=["Caf de la Guadeloupe"]),
        F("Intercommunalité", 1200, "Communauté d'agglomération Grand Sud Caraïbe : 1 200 €",
          alt=["Communauté d'agglomération Grand Sud Caraïbe", "Grand Sud Caraïbe"]),
    ],
    budget=NOB,
    partners=[
        P("Lycée agricole de Baie-Mahault", "la pépinière du lycée agricole de Baie-Mahault qui encadre aussi les tailles"),
        P("CGSS", "La CGSS a tenu un stand de prévention diabète", alt=["CGSS de la Guadeloupe"]),
        P("Doubout Fanm", "association doubout fanm"),
        P("Club senior Lavi Bel", "club senior lavi bel", alt=["Lavi Bel"]),
        P("École de Bananier", "école de bananier"),
    ],
    excluded=X(
        funders=["Ti-Kaf (a café, look-alike of CAF)", "CGSS (holds a stand: partner only)"],
        partners=["anciens, enfants (participants)", "Région, Département, Caf, Grand Sud Caraïbe (funders only)"]),
))

# U20 — Mayotte, Sada. CSSM (does the CAF's job); Département de Mayotte (Conseil départemental); ARS Mayotte with
# amount in brackets; a "per child" snack cost; PMI partner; a mosque committee / cadis (excluded: context); a
# company gift of water in kind (borderline funder without value).
R20_FIN = """Financements obtenus :
CSSM 4 500 €
Conseil départemental de Mayotte : 3 000 €
grâce aussi à l'ARS Mayotte (2 000 €) pour le volet nutrition
collation : 1,50 € par enfant et par séance"""
R2.append(dict(
    id="U20",
    title="Mercredis de Sada : jeux, nutrition et lecture",
    structure_line="ASSOCIATION MAHARAZO SADA - Mayotte",
    files=None,
    status="En cours",
    dimension="Enfance",
    keywords=["Enfance", "nutrition", "Lecture"],
    resume="""Accueil des enfants de 6 à 11 ans le mercredi : jeux, lecture en français et en shimaoré, collation équilibrée.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""La PMI de Sada fait la pesée des plus jeunes deux fois par an.
La bibliothèque municipale de Sada prête des albums bilingues.
La société Eau de Mayotte Distribution nous donne des packs d'eau chaque semaine.""",
    public=["Enfants"],
    declared=["Commune", "Conseil départemental"],
    description="""80 enfants inscrits, 4 groupes.""",
    financial=R20_FIN,
    people="4 animateurs",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("CSSM", 4500, "CSSM 4 500 €", alt=["CAF", "Caisse de sécurité sociale de Mayotte"]),
        F("Conseil départemental", 3000, "Conseil départemental de Mayotte : 3 000 €", alt=["Département de Mayotte"]),
        F("ARS", 2000, "l'ARS Mayotte (2 000 €)", alt=["ARS Mayotte"]),
        F("Eau de Mayotte Distribution", None, "La société Eau de Mayotte Distribution nous donne des packs d'eau chaque semaine",
          borderline=True),
    ],
    budget=NOB,
    partners=[
        P("PMI", "La PMI de Sada fait la pesée des plus jeunes", alt=["PMI de Sada"]),
        P("Commune", "La bibliothèque municipale de Sada prête des albums bilingues", alt=["Bibliothèque municipale de Sada"]),
        P("Eau de Mayotte Distribution", "La société Eau de Mayotte Distribution nous donne des packs d'eau", borderline=True),
    ],
    excluded=X(
        funders=["collation : 1,50 € par enfant et par séance (a per-child cost)"],
        partners=["CSSM, Département, ARS (funders only)"]),
))

"""Fiches T13..T24 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

R2 = []

# T13 — Val-de-Marne, urban. FIPD via the préfecture; EPT with "&" in its name; Département; bailleur Valophis;
# police municipale = Commune; a "- " free-text list; declared "Préfecture"; an individual médiateur named.
R2.append(dict(
    id="T13",
    title="Médiation de rue été comme hiver au Bois-l'Abbé",
    structure_line="CENTRE SOCIAL MAISON POUR TOUS DU BOIS-L'ABBÉ - Val-de-Marne",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Démocratie & citoyenneté", "Mixité sociale"],
    resume="""Deux médiateurs sont présents dans les espaces publics du quartier en fin d'après-midi et en soirée, 5 jours sur 7, pour aller vers les jeunes et les familles, désamorcer les tensions et orienter vers les structures.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Après les rixes de 2022 entre jeunes de Champigny et de Villiers, la cellule de veille a demandé une présence adulte le soir.
- janvier : recrutement et formation des médiateurs
- février à juin : présence le soir, repérage
- été : soirées foot et barbecues avec les familles""",
    public=["Jeunesse", "Tous publics"],
    declared=["Préfecture", "Commune", "Bailleur social"],
    description="""Les médiateurs (dont Moussa, ancien du quartier) participent chaque mois à la cellule de veille avec la police municipale de Champigny-sur-Marne, les éducateurs du Club de prévention Jeunesse Feu Vert et la gardienne-chef de Valophis Habitat.
Valophis Habitat prête un local en pied d'immeuble pour la permanence du soir.
Orientations fréquentes vers la Mission locale des Bords de Marne.""",
    financial="""FIPD (préfecture du Val-de-Marne) : 18 000 €
Paris Est Marne & Bois (contrat de ville) : 8 000 €
Département du Val-de-Marne : 6 500 €
Ville de Champigny : 5 000 €
Valophis : local gratuit""",
    people="2 médiateurs à temps plein, 1 coordinatrice",
    res_territoire="Pas de rixe depuis l'été 2023 sur le secteur.",
    res_centre="",
    res_habitants="",
    limites="Turn-over des médiateurs.",
    perspectives="",
    funders=[
        F("Commune", 5000, "Ville de Champigny : 5 000 €", alt=["Ville de Champigny"]),
        F("FIPDR", 18000, "FIPD (préfecture du Val-de-Marne) : 18 000 €", alt=["FIPD", "État", "Préfecture"]),
        F("Intercommunalité", 8000, "Paris Est Marne & Bois (contrat de ville) : 8 000 €", alt=["Paris Est Marne & Bois"]),
        F("Conseil départemental", 6500, "Département du Val-de-Marne : 6 500 €", alt=["Département du Val-de-Marne"]),
        F("Valophis Habitat", None, "Valophis : local gratuit", borderline=True, alt=["Valophis", "Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "avec la police municipale de Champigny-sur-Marne", alt=["Police municipale de Champigny-sur-Marne"]),
        P("Jeunesse Feu Vert", "les éducateurs du Club de prévention Jeunesse Feu Vert",
          alt=["Club de prévention Jeunesse Feu Vert"]),
        P("Valophis Habitat", "Valophis Habitat prête un local en pied d'immeuble", alt=["Valophis"]),
        P("Mission locale des Bords de Marne", "Orientations fréquentes vers la Mission locale des Bords de Marne",
          alt=["Mission locale"]),
    ],
    excluded=X(
        funders=["\"contrat de ville\" on the EPT line (the EPT pays; not ANCT)"],
        partners=["Moussa (staff member)", "cellule de veille (a meeting, not an organisation)",
                  "FIPD, Paris Est Marne & Bois, Département (funders only)"]),
))

# T14 — Bouches-du-Rhône, urban. ANCV; bailleur with digits "13 Habitat"; Fondation X "avec le soutien de";
# per-family amounts (unattached); "Métropole Aix-Marseille-Provence" joint with the Ville (joint amount);
# NEVER requested Région ("on n'a pas demandé"); Caf via "aide aux vacances" per family = participants' aid.
R2.append(dict(
    id="T14",
    title="Premiers départs : vacances en autonomie pour les familles de Saint-Barthélemy",
    structure_line="CENTRE SOCIAL FRAIS VALLON - SAINT-BARTHÉLEMY - Bouches-du-Rhône",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["vacances / loisirs", "Parentalité", "Précarité"],
    resume="""On accompagne 10 familles qui ne sont jamais parties en vacances à préparer leur premier séjour d'une semaine (budget, destination, transport, activités). Départs en juillet et août, en camping ou en gîte, dans les Alpes-de-Haute-Provence ou en Ardèche.""",
    initiative=["Le centre social"],
    territory="Plusieurs quartiers",
    experience="""Les familles se réunissent tous les 15 jours de janvier à juin pour préparer le séjour et mettent de côté chaque mois (épargne bonifiée).""",
    public=["familles"],
    declared=["Bailleur social", "Caf"],
    description="""Les familles utilisent leurs aides aux vacances de la Caf des Bouches-du-Rhône (VACAF). La conseillère de la Caf vient présenter les aides à la première réunion.
13 Habitat prête la salle de la résidence pour les réunions.
Le Secours catholique de Marseille prête du matériel de camping.""",
    financial="""ANCV (aide aux projets vacances) : 250 € par famille
avec le soutien de la Fondation Vinci pour la Cité : 3 000 €
13 Habitat : 1 500 €
La Métropole Aix-Marseille-Provence et la Ville de Marseille nous ont versé à elles deux 4 000 €
Région : on n'a pas fait de demande cette année""",
    people="1 référente famille, 10 familles (38 personnes)",
    res_territoire="",
    res_centre="",
    res_habitants="9 familles sur 10 sont parties. Une famille a repris un projet seule l'année suivante.",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "La Métropole Aix-Marseille-Provence et la Ville de Marseille nous ont versé à elles deux 4 000 €",
          alt=["Ville de Marseille"]),
        F("ANCV", None, "ANCV (aide aux projets vacances) : 250 € par famille",
          alt=["Agence nationale pour les chèques-vacances"]),
        F("Fondation Vinci pour la Cité", 3000, "avec le soutien de la Fondation Vinci pour la Cité : 3 000 €"),
        F("13 Habitat", 1500, "13 Habitat : 1 500 €", alt=["Bailleur social"]),
        F("Intercommunalité", None, "La Métropole Aix-Marseille-Provence et la Ville de Marseille nous ont versé à elles deux 4 000 €",
          alt=["Métropole Aix-Marseille-Provence"]),
    ],
    budget=NOB,
    partners=[
        P("CAF", "La conseillère de la Caf vient présenter les aides à la première réunion",
          alt=["Caf des Bouches-du-Rhône"]),
        P("13 Habitat", "13 Habitat prête la salle de la résidence pour les réunions"),
        P("Secours catholique de Marseille", "Le Secours catholique de Marseille prête du matériel de camping",
          alt=["Secours catholique"]),
    ],
    excluded=X(
        funders=["Caf (VACAF): aid paid to the families, not to the action", "Région (never requested)",
                 "épargne des familles (participants)", "Secours catholique (lends equipment: partner only)"],
        partners=["gîtes, campings (venues)", "ANCV, Fondation Vinci pour la Cité, Métropole, Ville (funders only)"]),
))

# T15 — Alpes-Maritimes, urban. DDETS (BOP 104, État); Métropole Nice Côte d'Azur; bailleur Côte d'Azur Habitat;
# "Fonds de dotation X" ; a "label line then amount line" table; GRETA as provider; an OFII orientation (État body);
# a lowercase comma list; page header inside the description.
R2.append(dict(
    id="T15",
    title="Parler français pour la vie de tous les jours (ateliers sociolinguistiques)",
    structure_line="CENTRE SOCIAL L'ARIANE - LES CHÊNES - Alpes-Maritimes",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Intégration", "éducation / scolarité"],
    resume="""4 groupes d'ateliers sociolinguistiques (ASL) de 12 personnes, 2 matinées par semaine, pour apprendre le français utile : la pharmacie, l'école, les transports, la mairie. Sorties pédagogiques dans la ville.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Les ASL sont animés par une formatrice salariée et 8 bénévoles. Les inscrits viennent surtout d'Afrique du Nord, d'Afghanistan et d'Ukraine.""",
    public=["Adultes"],
    declared=["Associations", "Autre"],
    description="""Orientation des personnes par : ofii, france travail, la pmi de l'ariane, le ccas de nice.
@@PAGE@@
Le GRETA Côte d'Azur fait passer le DELF A1 en fin d'année aux volontaires.
Côte d'Azur Habitat met à disposition une salle d'activités dans la résidence Les Chênes.""",
    financial="""DDETS 06 (BOP 104)
9 500
Métropole Nice Côte d'Azur
3 000
Fonds de dotation Azur Solidarités
2 000
Côte d'Azur Habitat
salle mise à disposition
TOTAL
14 500""",
    people="1 formatrice, 8 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="11 personnes ont passé le DELF A1.",
    limites="Pas de garde d'enfants pendant les ateliers.",
    perspectives="",
    funders=[
        F("État", 9500, "DDETS 06 (BOP 104)\n9 500", alt=["DDETS", "DDETS 06", "BOP 104"]),
        F("Intercommunalité", 3000, "Métropole Nice Côte d'Azur\n3 000", alt=["Métropole Nice Côte d'Azur"]),
        F("Fonds de dotation Azur Solidarités", 2000, "Fonds de dotation Azur Solidarités\n2 000",
          alt=["Azur Solidarités"]),
        F("Côte d'Azur Habitat", None, "Côte d'Azur Habitat met à disposition une salle d'activités", borderline=True,
          alt=["Bailleur social"]),
    ],
    budget=B(14500, "TOTAL\n14 500"),
    partners=[
        P("OFII", "ofii", alt=["État"]),
        P("France Travail", "france travail"),
        P("PMI", "la pmi de l'ariane", alt=["PMI de l'Ariane"]),
        P("CCAS", "le ccas de nice", alt=["CCAS de Nice"]),
        P("GRETA Côte d'Azur", "Le GRETA Côte d'Azur fait passer le DELF A1", alt=["GRETA"]),
        P("Côte d'Azur Habitat", "Côte d'Azur Habitat met à disposition une salle d'activités"),
    ],
    excluded=X(
        funders=["\"la mairie\", \"la pharmacie\" (themes of the lessons)"],
        partners=["formatrice, bénévoles (individuals)", "DELF A1 (an exam)",
                  "DDETS, Métropole Nice Côte d'Azur, Azur Solidarités (funders only)"]),
))

# T16 — Hérault, urban. A CERFA table with label line + amount line, template traps ("Etat :" followed by "-";
# "Fonds européens" with no amount; "Aides privées" followed by a named foundation line); Région Occitanie;
# DRAC; Montpellier Méditerranée Métropole; ACM Habitat; TOTAL DES PRODUITS; théâtre company partner.
R2.append(dict(
    id="T16",
    title="Théâtre-forum « Ça se passe chez nous »",
    structure_line="CENTRE SOCIAL CAF'MOSSON - Hérault",
    files=None,
    status="Terminée",
    reason="""Projet sur une saison (sept. 2023 - juin 2024), la compagnie n'était plus disponible ensuite""",
    dimension="Citoyenneté",
    keywords=["discriminations", "Culture", "Démocratie & citoyenneté"],
    resume="""Un groupe de 14 habitants (jeunes et adultes) a créé avec une compagnie professionnelle un spectacle de théâtre-forum sur les discriminations vécues au quotidien (logement, emploi, contrôle, école), joué 6 fois dans le quartier et au théâtre Jean-Vilar.""",
    initiative=["Un groupe d'habitants", "Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Répétitions le lundi soir d'octobre à avril avec la compagnie Les Arts'Paillés. Chaque représentation est suivie d'un débat où le public remonte sur scène pour changer la fin.""",
    public=["Tous publics"],
    declared=["Associations", "Bailleur social"],
    description="""Les représentations ont été accueillies par le théâtre Jean-Vilar (Ville de Montpellier), par le lycée Jean-Mermoz et par la salle de quartier d'ACM Habitat.
La Ligue des droits de l'Homme de Montpellier a animé deux débats.""",
    financial="""PRODUITS
MONTANT
70 – Vente / billetterie
450
74 – Subventions d'exploitation
Etat : préciser le(s) ministère(s) sollicité(s)
-
DRAC Occitanie
4 000
Région(s) : Occitanie
3 500
Intercommunalité(s) : Montpellier Méditerranée Métropole
2 500
Fonds européens
Aides privées
Fondation SNCF
1 500
Autres : ACM Habitat
800
TOTAL DES PRODUITS
12 750""",
    people="2 comédiens de la compagnie, 1 animatrice du centre, 14 habitants",
    res_territoire="600 spectateurs sur 6 représentations.",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("DRAC", 4000, "DRAC Occitanie\n4 000", alt=["DRAC Occitanie", "État"]),
        F("Région", 3500, "Région(s) : Occitanie\n3 500", alt=["Région Occitanie"]),
        F("Intercommunalité", 2500, "Intercommunalité(s) : Montpellier Méditerranée Métropole\n2 500",
          alt=["Montpellier Méditerranée Métropole"]),
        F("Fondation SNCF", 1500, "Fondation SNCF\n1 500"),
        F("ACM Habitat", 800, "Autres : ACM Habitat\n800", alt=["Bailleur social"]),
    ],
    budget=B(12750, "TOTAL DES PRODUITS\n12 750"),
    partners=[
        P("Les Arts'Paillés", "Répétitions le lundi soir d'octobre à avril avec la compagnie Les Arts'Paillés",
          alt=["Compagnie Les Arts'Paillés"]),
        P("Théâtre Jean-Vilar", "Les représentations ont été accueillies par le théâtre Jean-Vilar"),
        P("Lycée Jean-Mermoz", "par le lycée Jean-Mermoz"),
        P("ACM Habitat", "par la salle de quartier d'ACM Habitat"),
        P("Ligue des droits de l'Homme de Montpellier", "La Ligue des droits de l'Homme de Montpellier a animé deux débats",
          alt=["Ligue des droits de l'Homme", "LDH"]),
    ],
    excluded=X(
        funders=["\"CAF'MOSSON\" in the structure's own name (negative for CAF)",
                 "Etat (template line followed by \"-\")", "Fonds européens (template line, no amount)",
                 "Aides privées (heading; the amount belongs to Fondation SNCF)", "70 – Vente / billetterie (own receipts)"],
        partners=["comédiens (individuals)", "DRAC, Région, Métropole, Fondation SNCF (funders only)"]),
))

# T17 — Haute-Garonne, urban. ANS "subvention de l'ANS"; Toulouse Métropole; a sports company's mécénat;
# a professional club and a district league as partners; REFUSED Fondation ("n'a pas été retenu");
# "2,5 k€"; capitalised "Coupe du Monde" (not an org); the structure's own "secteur jeunes".
R2.append(dict(
    id="T17",
    title="Les Lionnes de Bagatelle : football féminin 11-16 ans",
    structure_line="CENTRE SOCIAL BAGATELLE - LA FAOURETTE - Haute-Garonne",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["discriminations", "Santé", "Mixité sociale"],
    resume="""Une équipe de foot féminine créée avec 22 filles du quartier : entraînement deux fois par semaine, tournois inter-quartiers, et un voyage pour voir un match de l'équipe de France pendant la Coupe du Monde.""",
    initiative=["Un groupe d'habitants"],
    territory="Plusieurs quartiers",
    experience="""Des filles du secteur jeunes se plaignaient de ne jamais avoir le city stade. On a organisé un premier tournoi filles, il y avait 30 joueuses.""",
    public=["Jeunesse"],
    declared=["Commune", "Intercommunalité", "Associations", "Entreprises"],
    description="""Les entraînements sont assurés par une éducatrice diplômée de l'US Bagatelle Football, le club du quartier.
Le District de Haute-Garonne de football a organisé une formation d'arbitre pour 4 filles.
Les joueuses de la section féminine du Toulouse Football Club sont venues faire une séance.
Sport Sud-Ouest Distribution a fourni les maillots et les ballons.""",
    financial="""subvention de l'ANS (Agence nationale du sport) : 4 000 €
Toulouse Métropole : 2,5 k€
Ville de Toulouse : 1 500 €
Fondation Alice Milliat : notre dossier n'a pas été retenu
Mécénat de Sport Sud-Ouest Distribution : maillots et ballons (1 100 €)""",
    people="1 animatrice du centre, 1 éducatrice sportive, 22 joueuses",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 1500, "Ville de Toulouse : 1 500 €", alt=["Ville de Toulouse"]),
        F("ANS", 4000, "subvention de l'ANS (Agence nationale du sport) : 4 000 €", alt=["Agence nationale du sport"]),
        F("Intercommunalité", 2500, "Toulouse Métropole : 2,5 k€", alt=["Toulouse Métropole"]),
        F("Sport Sud-Ouest Distribution", 1100,
          "Mécénat de Sport Sud-Ouest Distribution : maillots et ballons (1 100 €)", borderline=True),
    ],
    budget=NOB,
    partners=[
        P("US Bagatelle Football", "une éducatrice diplômée de l'US Bagatelle Football"),
        P("District de Haute-Garonne de football", "Le District de Haute-Garonne de football a organisé une formation d'arbitre"),
        P("Toulouse Football Club", "Les joueuses de la section féminine du Toulouse Football Club sont venues faire une séance",
          alt=["TFC"]),
        P("Sport Sud-Ouest Distribution", "Sport Sud-Ouest Distribution a fourni les maillots et les ballons", borderline=True),
    ],
    excluded=X(
        funders=["Fondation Alice Milliat (\"n'a pas été retenu\": refused)"],
        partners=["Coupe du Monde, équipe de France (events / teams, context)", "secteur jeunes (the centre's own service)",
                  "city stade (venue)", "ANS, Toulouse Métropole, Ville de Toulouse (funders only)"]),
))

# T18 — Gard, rural. LEADER (Fonds européens) with the GAL as intermediary; MSA; Alès Agglomération;
# Département du Gard; "par an"; a per-km amount (unattached); volunteer time valued (the structure);
# a garage giving a discount (borderline).
R2.append(dict(
    id="T18",
    title="Roulez solidaire : transport bénévole dans les vallées cévenoles",
    structure_line="ESPACE DE VIE SOCIALE LA FILATURE - Gard",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Solidarité", "Viellissement"],
    resume="""Des chauffeurs bénévoles emmènent les habitants sans voiture de Saint-Jean-du-Gard et des hameaux à leurs rendez-vous médicaux, aux courses et aux démarches à Alès. Le passager participe aux frais à 0,35 € du km.""",
    initiative=["Un groupe d'habitants"],
    territory="Plusieurs communes",
    experience="""Beaucoup d'anciens ne conduisent plus et il n'y a que 2 bus par jour. Le service a démarré avec 5 chauffeurs, on en a 17.""",
    public=["Seniors", "Adultes"],
    declared=["Intercommunalité", "Autre"],
    description="""Les demandes arrivent par la plateforme téléphonique de l'EVS et par l'assistante sociale de la MSA du Languedoc, qui repère les personnes isolées.
Le GAL Cévennes nous a aidés à monter le dossier LEADER.
Le garage Rouvière de Saint-Jean-du-Gard fait une remise de 20 % sur l'entretien du véhicule de l'EVS.""",
    financial="""Programme LEADER (via le GAL Cévennes) : 8 000 € sur 2 ans
MSA du Languedoc : 2 000 € par an
Alès Agglomération : 3 000 € par an
Département du Gard (appel à projets mobilité) : 2 500 €
bénévolat valorisé : 11 000 €""",
    people="17 chauffeurs bénévoles, 1 coordinatrice à mi-temps",
    res_territoire="1 240 trajets en 2024.",
    res_centre="",
    res_habitants="",
    limites="L'assurance des bénévoles coûte cher.",
    perspectives="",
    funders=[
        F("Fonds européens", 8000, "Programme LEADER (via le GAL Cévennes) : 8 000 €", alt=["LEADER", "FEADER", "Union européenne"]),
        F("MSA", 2000, "MSA du Languedoc : 2 000 € par an", alt=["MSA du Languedoc"]),
        F("Intercommunalité", 3000, "Alès Agglomération : 3 000 € par an", alt=["Alès Agglomération"]),
        F("Conseil départemental", 2500, "Département du Gard (appel à projets mobilité) : 2 500 €",
          alt=["Département du Gard"]),
        F("Garage Rouvière", None, "Le garage Rouvière de Saint-Jean-du-Gard fait une remise de 20 % sur l'entretien",
          borderline=True),
    ],
    budget=NOB,
    partners=[
        P("MSA", "par l'assistante sociale de la MSA du Languedoc, qui repère les personnes isolées", alt=["MSA du Languedoc"]),
        P("GAL Cévennes", "Le GAL Cévennes nous a aidés à monter le dossier LEADER", borderline=True),
        P("Garage Rouvière", "Le garage Rouvière de Saint-Jean-du-Gard fait une remise de 20 %", borderline=True),
    ],
    excluded=X(
        funders=["GAL Cévennes (intermediary of LEADER)", "0,35 € du km (participants)",
                 "bénévolat valorisé : 11 000 € (the structure)"],
        partners=["chauffeurs bénévoles (individuals)", "Alès Agglomération, Département (funders only)"]),
))

# T19 — Pyrénées-Orientales, urban. DREETS (État); Perpignan Méditerranée Métropole; a bank foundation;
# amount on the next line after a sentence; a library network; CRIA; individual "Dr" ; pending Région.
R2.append(dict(
    id="T19",
    title="Lire, écrire, compter : ateliers savoirs de base à Saint-Jacques",
    structure_line="CENTRE SOCIAL DU QUARTIER SAINT-JACQUES - Pyrénées-Orientales",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["éducation / scolarité", "Emploi, économie"],
    resume="""Ateliers de remise à niveau en lecture, écriture et calcul pour des adultes du quartier, beaucoup de femmes gitanes et de personnes sorties tôt de l'école. Objectif : passer le code, lire un courrier, aider les enfants.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Un diagnostic avec le CRIA 66 (centre ressources illettrisme) a montré qu'un adulte sur trois dans le quartier a des difficultés avec l'écrit.""",
    public=["Adultes"],
    declared=["Associations", "Intercommunalité"],
    description="""Le CRIA 66 forme nos bénévoles et fait les positionnements.
La médiathèque municipale Émile-Zola accueille un atelier "lecture plaisir" un samedi par mois.
L'auto-école sociale Permis Pour Tous 66 reprend les personnes qui veulent préparer le code.""",
    financial="""La DREETS Occitanie finance l'action au titre de la lutte contre l'illettrisme :
7 000 €
Perpignan Méditerranée Métropole (contrat de ville) : 3 500 €
Fondation Crédit Mutuel pour la lecture : 1 200 €
Région Occitanie : demande faite, réponse attendue en juin""",
    people="1 formatrice, 6 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="5 personnes ont eu le code.",
    limites="",
    perspectives="",
    funders=[
        F("État", 7000, "La DREETS Occitanie finance l'action au titre de la lutte contre l'illettrisme :\n7 000 €",
          alt=["DREETS", "DREETS Occitanie"]),
        F("Intercommunalité", 3500, "Perpignan Méditerranée Métropole (contrat de ville) : 3 500 €",
          alt=["Perpignan Méditerranée Métropole"]),
        F("Fondation Crédit Mutuel pour la lecture", 1200, "Fondation Crédit Mutuel pour la lecture : 1 200 €",
          alt=["Fondation Crédit Mutuel"]),
    ],
    budget=NOB,
    partners=[
        P("CRIA 66", "Le CRIA 66 forme nos bénévoles et fait les positionnements"),
        P("Médiathèque Émile-Zola", "La médiathèque municipale Émile-Zola accueille un atelier"),
        P("Permis Pour Tous 66", "L'auto-école sociale Permis Pour Tous 66 reprend les personnes"),
    ],
    excluded=X(
        funders=["Région Occitanie (\"réponse attendue en juin\": pending)"],
        partners=["femmes gitanes (inhabitants)", "DREETS, Perpignan Méditerranée Métropole (funders only)"]),
))

# T20 — Ille-et-Vilaine, urban. "Repair Café" (look-alike: not CAF); Rennes Métropole; ADEME granted via
# "X nous a octroyé"; bailleur Archipel Habitat; a company providing spare parts (borderline); the
# structure's own "atelier bricolage"; Caf absent; declared list empty.
R2.append(dict(
    id="T20",
    title="Repair Café de Maurepas",
    structure_line="CENTRE SOCIAL DES ÉPINETTES - MAUREPAS - Ille-et-Vilaine",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["développement durable", "Solidarité"],
    resume="""Le premier samedi du mois, des bénévoles bricoleurs réparent avec les habitants leurs objets cassés : grille-pain, vélos, vêtements, ordinateurs. On répare ensemble, on ne répare pas pour vous !""",
    initiative=["Un habitant"],
    territory="Un quartier",
    experience="""Un habitant retraité électricien a proposé de lancer un Repair Café. Il s'est appuyé sur l'atelier bricolage du centre social.""",
    public=["Tous publics"],
    declared=[],
    description="""L'association Les Bricol'Eurs 35 nous a formés aux règles de sécurité. Les Compagnons Bâtisseurs Bretagne prêtent des outils.
L'ADEME nous a octroyé 2 600 € pour l'outillage et la communication (appel à projets réemploi).
La société Pièces Électro Ouest fournit gratuitement des pièces détachées d'occasion.""",
    financial="""Rennes Métropole : 1 800 €
ADEME : 2 600 €
Archipel Habitat : 700 € + prêt du local des Gayeulles""",
    people="9 bénévoles réparateurs, 1 animateur",
    res_territoire="412 objets apportés, 65 % réparés, environ 1,5 tonne de déchets évités.",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="Un Repair Café jeunes avec le lycée Joliot-Curie.",
    funders=[
        F("Intercommunalité", 1800, "Rennes Métropole : 1 800 €", alt=["Rennes Métropole"]),
        F("ADEME", 2600, "L'ADEME nous a octroyé 2 600 €", alt=["Agence de la transition écologique"]),
        F("Archipel Habitat", 700, "Archipel Habitat : 700 € + prêt du local", alt=["Bailleur social"]),
        F("Pièces Électro Ouest", None, "La société Pièces Électro Ouest fournit gratuitement des pièces détachées", borderline=True),
    ],
    budget=NOB,
    partners=[
        P("Les Bricol'Eurs 35", "L'association Les Bricol'Eurs 35 nous a formés aux règles de sécurité"),
        P("Compagnons Bâtisseurs Bretagne", "Les Compagnons Bâtisseurs Bretagne prêtent des outils",
          alt=["Compagnons Bâtisseurs"]),
        P("Archipel Habitat", "prêt du local des Gayeulles"),
        P("Pièces Électro Ouest", "La société Pièces Électro Ouest fournit gratuitement des pièces détachées", borderline=True),
    ],
    excluded=X(
        funders=["\"Repair Café\" (negative for CAF)"],
        partners=["habitant retraité électricien (individual)", "atelier bricolage du centre social (own activity)",
                  "lycée Joliot-Curie (future plan only)", "Rennes Métropole, ADEME (funders only)"]),
))

# T21 — Finistère, rural. Poher communauté; Région Bretagne; Département "a accordé"; a Fonds de dotation;
# MSA d'Armorique; ranges in k€ "entre 2 et 3 k€"; a Breton-language association; capitalised
# "Fest-Noz" (event); "la Bretagne intérieure" (geography).
R2.append(dict(
    id="T21",
    title="Bienvenue en Poher : accueil des nouveaux habitants",
    structure_line="CENTRE SOCIAL ULAMIR DU POHER - Finistère",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Mixité sociale", "Intégration"],
    resume="""Chaque trimestre une soirée d'accueil pour les nouveaux arrivants du Poher (familles qui s'installent, saisonniers, réfugiés ukrainiens), un guide papier "Bienvenue" et des binômes avec des habitants "parrains".""",
    initiative=["Le centre social", "Un groupe d'habitants"],
    territory="Plusieurs communes",
    experience="""La Bretagne intérieure voit arriver beaucoup de nouvelles familles depuis 2020 mais elles restent souvent isolées. Les parrains emmènent les nouveaux au marché, au Fest-Noz, aux associations.""",
    public=["Tous publics"],
    declared=["Intercommunalité", "Commune", "Associations"],
    description="""Les soirées ont lieu à tour de rôle dans les mairies de Carhaix-Plouguer, Poullaouen et Plounévézel, qui prêtent leur salle.
L'association Div Yezh Karaez propose une initiation au breton pendant les soirées.
L'Office de tourisme de Poher communauté fournit les plans et la documentation.""",
    financial="""Poher communauté : entre 2 et 3 k€ selon le nombre de soirées
Le Département du Finistère a accordé 2 000 €
Région Bretagne : 1 500 €
Fonds de dotation Breizh Kenderc'h : 1 000 €
MSA d'Armorique : 800 €""",
    people="2 salariées, 23 parrains bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "les mairies de Carhaix-Plouguer, Poullaouen et Plounévézel, qui prêtent leur salle",
          borderline=True, alt=["Mairies"]),
        F("Intercommunalité", None, "Poher communauté : entre 2 et 3 k€", rng=(2000, 3000), alt=["Poher communauté"]),
        F("Conseil départemental", 2000, "Le Département du Finistère a accordé 2 000 €", alt=["Département du Finistère"]),
        F("Région", 1500, "Région Bretagne : 1 500 €", alt=["Région Bretagne"]),
        F("Fonds de dotation Breizh Kenderc'h", 1000, "Fonds de dotation Breizh Kenderc'h : 1 000 €",
          alt=["Breizh Kenderc'h"]),
        F("MSA", 800, "MSA d'Armorique : 800 €", alt=["MSA d'Armorique"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "les mairies de Carhaix-Plouguer, Poullaouen et Plounévézel, qui prêtent leur salle", alt=["Mairies"]),
        P("Div Yezh Karaez", "L'association Div Yezh Karaez propose une initiation au breton"),
        P("Office de tourisme de Poher communauté", "L'Office de tourisme de Poher communauté fournit les plans",
          alt=["Office de tourisme"]),
    ],
    excluded=X(
        funders=["\"La Bretagne intérieure\" (geography)"],
        partners=["Fest-Noz (an event)", "parrains (individuals)", "réfugiés ukrainiens (public)",
                  "Poher communauté, Département, Région, Breizh Kenderc'h, MSA (funders only)"]),
))

# T22 — Loire-Atlantique, urban. CARENE; Ville de Saint-Nazaire; bailleur Silène; a shipyard subcontractor's
# mécénat "grâce à une aide de"; Harmonie-like mutuelle; "1 500 €" with narrow NBSP; an EHPAD and a hospital;
# a bare "Actions" line inside the description (not a fiche start).
R2.append(dict(
    id="T22",
    title="Les Vélos du Petit-Caporal : atelier réparation et balades",
    structure_line="CENTRE SOCIAL DU PETIT-CAPORAL - Loire-Atlantique",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["développement durable", "Santé", "Emploi, économie"],
    resume="""Atelier d'autoréparation de vélos deux fois par semaine, récupération de vélos abandonnés remis en état et prêtés aux habitants qui cherchent un emploi, et balades à vélo le dimanche avec des résidents de l'EHPAD en triporteur.""",
    initiative=["Le centre social"],
    territory="Plusieurs quartiers",
    experience="""L'atelier a démarré dans un garage à vélos d'une résidence. Ce qu'on a fait cette année :
Actions
- 120 vélos récupérés à la déchetterie et chez les habitants
- 48 vélos prêtés à des personnes en recherche d'emploi
- 22 balades en triporteur""",
    public=["Tous publics"],
    declared=["Bailleur social", "Intercommunalité"],
    description="""L'EHPAD Les Jardins de l'Estuaire nous confie ses résidents pour les balades, avec une aide-soignante.
Place au Vélo Saint-Nazaire forme nos bénévoles à la mécanique.
Les conseillers de France Travail Saint-Nazaire orientent les demandeurs d'emploi vers le prêt de vélos.""",
    financial="""CARENE : 4\u202f000 €
Ville de Saint-Nazaire : 1\u202f500 €
grâce à une aide de Métallerie Navale de l'Estuaire (mécénat) : 2 000 €
Silène : local et 500 € d'outillage
Mutuelle Atlantique Santé : 600 €""",
    people="1 animateur vélo, 8 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 1500, "Ville de Saint-Nazaire : 1\u202f500 €", alt=["Ville de Saint-Nazaire"]),
        F("Intercommunalité", 4000, "CARENE : 4\u202f000 €", alt=["CARENE"]),
        F("Métallerie Navale de l'Estuaire", 2000,
          "grâce à une aide de Métallerie Navale de l'Estuaire (mécénat) : 2 000 €"),
        F("Silène", 500, "Silène : local et 500 € d'outillage", alt=["Bailleur social"]),
        F("Mutuelle Atlantique Santé", 600, "Mutuelle Atlantique Santé : 600 €"),
    ],
    budget=NOB,
    partners=[
        P("EHPAD Les Jardins de l'Estuaire", "L'EHPAD Les Jardins de l'Estuaire nous confie ses résidents pour les balades"),
        P("Place au Vélo Saint-Nazaire", "Place au Vélo Saint-Nazaire forme nos bénévoles à la mécanique",
          alt=["Place au Vélo"]),
        P("France Travail", "Les conseillers de France Travail Saint-Nazaire orientent les demandeurs d'emploi",
          alt=["France Travail Saint-Nazaire"]),
        P("Silène", "Silène : local", borderline=True),
    ],
    excluded=X(
        funders=[],
        partners=["aide-soignante (staff of the EHPAD)", "déchetterie (a place)",
                  "CARENE, Ville de Saint-Nazaire, Métallerie Navale de l'Estuaire, Mutuelle Atlantique Santé (funders only)"]),
))

# T23 — Maine-et-Loire, urban. ARS Pays de la Loire + CPAM; Angers Loire Métropole; a GEM and a CMP (hospital)
# as partners; UNAFAM; psychologist (individual); pending Fondation "dossier en cours d'instruction";
# a lowercase comma list; "5000€" without space.
R2.append(dict(
    id="T23",
    title="Parlons-en : groupe de parole et d'entraide santé mentale",
    structure_line="CENTRE SOCIAL JACQUES-TATI - MONPLAISIR - Maine-et-Loire",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Santé", "Solidarité"],
    resume="""Groupe de parole mensuel ouvert aux habitants qui vivent avec un trouble psychique ou qui accompagnent un proche, et une semaine d'information pendant les Semaines d'information sur la santé mentale (SISM).""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Le projet vient du conseil local de santé mentale de la Ville d'Angers. On co-anime avec le GEM L'Envol 49.""",
    public=["Adultes"],
    declared=["Associations", "Commune"],
    description="""Co-animation : GEM L'Envol 49 et une infirmière du CMP Monplaisir (CESAME).
Relais : unafam 49, la maison des adolescents, le service santé de la ville d'angers.
Une psychologue bénévole, Mme Roussel, supervise le groupe.""",
    financial="""ARS Pays de la Loire : 5000€
CPAM de Maine-et-Loire (prévention) : 1 500 €
Angers Loire Métropole : 2 000 €
Fondation Malakoff Humanis Handicap : dossier en cours d'instruction""",
    people="1 animatrice, 2 pairs aidants du GEM",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("ARS", 5000, "ARS Pays de la Loire : 5000€", alt=["ARS Pays de la Loire"]),
        F("CPAM", 1500, "CPAM de Maine-et-Loire (prévention) : 1 500 €", alt=["CPAM de Maine-et-Loire"]),
        F("Intercommunalité", 2000, "Angers Loire Métropole : 2 000 €", alt=["Angers Loire Métropole"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "le service santé de la ville d'angers", alt=["Ville d'Angers", "Conseil local de santé mentale"]),
        P("GEM L'Envol 49", "On co-anime avec le GEM L'Envol 49", alt=["L'Envol 49"]),
        P("CESAME", "une infirmière du CMP Monplaisir (CESAME)", alt=["CMP Monplaisir"]),
        P("UNAFAM 49", "unafam 49", alt=["UNAFAM"]),
        P("Maison des adolescents", "la maison des adolescents"),
    ],
    excluded=X(
        funders=["Fondation Malakoff Humanis Handicap (\"dossier en cours d'instruction\": pending)"],
        partners=["Mme Roussel (individual)", "Semaines d'information sur la santé mentale (an event)",
                  "ARS, CPAM, Angers Loire Métropole (funders only)"]),
))

# T24 — Indre-et-Loire, urban. Ville de Joué-lès-Tours with "la mairie de X"; Tours Métropole Val de Loire;
# Caf Touraine via prestation; a toy shop's gift (borderline); a per-family yearly membership (participants);
# Relais Petite Enfance; total "Coût total de l'action".
R2.append(dict(
    id="T24",
    title="La ludothèque ambulante de la Rabière",
    structure_line="CENTRE SOCIAL DE LA RABIÈRE - Indre-et-Loire",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Parentalité", "vacances / loisirs", "intergénérationnel"],
    resume="""Une ludothèque qui se déplace : le mardi au pied des immeubles, le mercredi au parc, le samedi à la médiathèque. Prêt de jeux aux familles (10 € l'adhésion par famille et par an).""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Le camion a été acheté d'occasion en 2023. Les animatrices font aussi des soirées jeux pour les ados.""",
    public=["familles", "Enfance"],
    declared=["Commune", "Caf"],
    description="""Le Relais Petite Enfance de Joué-lès-Tours fait une matinée jeux par mois avec les assistantes maternelles.
La mairie de Joué-lès-Tours prête le parking de l'hôtel de ville pour les soirées jeux d'été.
La boutique Le Dé Malin a donné une trentaine de jeux de société.""",
    financial="""Coût total de l'action : 31 400 €
Caf Touraine (animation collective familles) : 12 000 €
la mairie de Joué-lès-Tours : 8 500 €
Tours Métropole Val de Loire : 3 000 €
adhésions : 10 € par famille""",
    people="2 animatrices ludothécaires",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 8500, "la mairie de Joué-lès-Tours : 8 500 €", alt=["Mairie de Joué-lès-Tours", "Ville de Joué-lès-Tours"]),
        F("CAF", 12000, "Caf Touraine (animation collective familles) : 12 000 €", alt=["Caf Touraine"]),
        F("Intercommunalité", 3000, "Tours Métropole Val de Loire : 3 000 €", alt=["Tours Métropole Val de Loire"]),
        F("Le Dé Malin", None, "La boutique Le Dé Malin a donné une trentaine de jeux de société", borderline=True),
    ],
    budget=B(31400, "Coût total de l'action : 31 400 €"),
    partners=[
        P("Commune", "La mairie de Joué-lès-Tours prête le parking", alt=["Mairie de Joué-lès-Tours"]),
        P("Relais Petite Enfance de Joué-lès-Tours", "Le Relais Petite Enfance de Joué-lès-Tours fait une matinée jeux par mois",
          alt=["Relais Petite Enfance"]),
        P("Le Dé Malin", "La boutique Le Dé Malin a donné une trentaine de jeux de société", borderline=True),
    ],
    excluded=X(
        funders=["adhésions : 10 € par famille (participants)"],
        partners=["assistantes maternelles (individuals)", "médiathèque, parc (venues, unnamed)",
                  "Caf Touraine, Tours Métropole Val de Loire (funders only)"]),
))

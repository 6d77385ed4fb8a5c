"""Test set 4, fiches W11-W20."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk  # noqa: F401

R2 = [
    # W11 Haute-Garonne, Toulouse QPV. Long narrative; Toulouse Métropole; FONJEP post (yearly);
    # "7 164,00 € par an"-like; a company mécénat; Mission locale; lycée; people with first names.
    mk("W11", "Les Ambassadeurs du numérique du Mirail",
       "CENTRE SOCIAL ALLIANCE MIRAIL - Haute-Garonne",
       keywords=["Emploi, économie", "Solidarité", "intergénérationnel"], dimension="Services",
       resume="Des jeunes du quartier formés à la médiation numérique accompagnent les habitants dans leurs démarches en ligne, trois permanences par semaine.",
       initiative=["Le centre social"], territory="Plusieurs quartiers",
       experience="""Le point de départ, ce sont les files d'attente à l'accueil : des dizaines de personnes qui venaient pour un mot de passe perdu, une déclaration trimestrielle, un rendez-vous en préfecture. Nous avons proposé à des jeunes de 18 à 25 ans de devenir ambassadeurs du numérique. La Mission locale de Toulouse nous a orienté les premiers candidats, ils ont été formés pendant trois semaines par l'association Les Connecteurs 31 puis accompagnés par Mehdi et Claire, nos deux médiateurs. Le lycée Déodat-de-Séverac prête une salle informatique le samedi matin. Les permanences ont aussi lieu à la France Services de Bellefontaine, où les agents nous passent le relais quand la démarche est longue.""",
       public=["Adultes", "Jeunesse"], declared=["Commune", "Intercommunalité", "Associations"],
       description="""1 150 accompagnements en un an. Les démarches les plus fréquentes : Caf, impôts, ANTS, ameli.
Le magasin Ordi'Recycle Occitanie a reconditionné 20 ordinateurs prêtés aux familles.""",
       financial="""Poste FONJEP : 7 164,00 € par an
Toulouse Métropole (conseillers numériques / contrat de ville) : 9 000 €
Mairie de Toulouse : 4 000 €
Fondation Orange Solidarité Sud (mécénat) : 2 500 €
Conseil départemental de la Haute-Garonne : 3 000 €""",
       people="2 médiateurs, 8 ambassadeurs en service civique",
       res_habitants="Les habitants gagnent en autonomie ; plusieurs ambassadeurs ont trouvé un emploi.",
       limites="Les démarches de titres de séjour dépassent nos compétences.",
       perspectives="Former des seniors ambassadeurs avec le club de l'âge d'or.",
       funders=[
           F("Commune", 4000, "Mairie de Toulouse : 4 000 €", alt=["Mairie de Toulouse", "Ville de Toulouse"]),
           F("Intercommunalité", 9000, "Toulouse Métropole (conseillers numériques / contrat de ville) : 9 000 €", alt=["Toulouse Métropole"]),
           F("FONJEP", 7164, "Poste FONJEP : 7 164,00 € par an", alt=["Fonds de coopération de la jeunesse et de l'éducation populaire"]),
           F("Fondation Orange Solidarité Sud", 2500, "Fondation Orange Solidarité Sud (mécénat) : 2 500 €"),
           F("Conseil départemental", 3000, "Conseil départemental de la Haute-Garonne : 3 000 €", alt=["Conseil départemental de la Haute-Garonne"]),
       ],
       partners=[
           P("Mission locale de Toulouse", "La Mission locale de Toulouse nous a orienté les premiers candidats", alt=["Mission locale"]),
           P("Les Connecteurs 31", "formés pendant trois semaines par l'association Les Connecteurs 31"),
           P("Lycée Déodat-de-Séverac", "Le lycée Déodat-de-Séverac prête une salle informatique"),
           P("France Services de Bellefontaine", "la France Services de Bellefontaine, où les agents nous passent le relais", alt=["France Services"]),
           P("Ordi'Recycle Occitanie", "Le magasin Ordi'Recycle Occitanie a reconditionné 20 ordinateurs", borderline=True),
       ],
       excluded=X(funders=["Caf, ANTS, ameli (websites/procedures, not funders)", "contrat de ville (inside the Métropole line)",
                           "Ordi'Recycle Occitanie (in kind, not valued)"],
                  partners=["Mehdi et Claire (staff)", "préfecture (only as a procedure)", "club de l'âge d'or (future plan)"])),

    # W12 Gironde, rural Médoc. Terse list; Région Nouvelle-Aquitaine; ARS; a mutuelle;
    # joint amount (commune + communauté de communes); "5 000 EUR"; hospital partner.
    mk("W12", "Bus santé prévention Médoc",
       "CENTRE SOCIAL ET CULTUREL DU NORD MÉDOC - Gironde",
       keywords=["Santé", "Précarité"], dimension="Services",
       resume="Journées dépistage et prévention dans les villages : vue, audition, diabète, vaccinations.",
       initiative=["Un ou plusieurs partenaire(s)"], territory="Plusieurs communes",
       experience="""- 8 journées en 2025
- partenaires santé : centre hospitalier de Lesparre, IREPS Nouvelle-Aquitaine, Opticiens Solidaires Médoc
- infirmières du CPTS Médoc Nord pour les vaccins""",
       public=["Tous publics"], declared=["Commune", "Intercommunalité", "ARS"],
       description="""Dépistages : 480 personnes, 62 orientées vers un médecin.
Le CCAS de Lesparre a relayé auprès des personnes âgées.""",
       financial="""ARS : 5 000 EUR
Région Nouvelle-Aquitaine : 2 000 EUR
Harmonie Santé Médoc (mutuelle) : 1 000 EUR
Mairie de Lesparre-Médoc et Médoc Cœur de Presqu'île : 3 000 EUR à elles deux""",
       people="3 salariés, 10 bénévoles",
       res_territoire="Premier dépistage visuel depuis plus de cinq ans pour la moitié des personnes.",
       perspectives="Ajouter le dépistage bucco-dentaire.",
       funders=[
           F("Commune", None, "Mairie de Lesparre-Médoc et Médoc Cœur de Presqu'île : 3 000 EUR à elles deux", alt=["Mairie de Lesparre-Médoc"]),
           F("Intercommunalité", None, "Médoc Cœur de Presqu'île : 3 000 EUR à elles deux", alt=["Médoc Cœur de Presqu'île"]),
           F("ARS", 5000, "ARS : 5 000 EUR", alt=["ARS Nouvelle-Aquitaine"]),
           F("Région", 2000, "Région Nouvelle-Aquitaine : 2 000 EUR", alt=["Région Nouvelle-Aquitaine"]),
           F("Harmonie Santé Médoc", 1000, "Harmonie Santé Médoc (mutuelle) : 1 000 EUR"),
       ],
       partners=[
           P("Centre hospitalier de Lesparre", "centre hospitalier de Lesparre"),
           P("IREPS Nouvelle-Aquitaine", "IREPS Nouvelle-Aquitaine", alt=["IREPS"]),
           P("Opticiens Solidaires Médoc", "Opticiens Solidaires Médoc"),
           P("CPTS Médoc Nord", "infirmières du CPTS Médoc Nord pour les vaccins", alt=["CPTS"]),
           P("CCAS", "Le CCAS de Lesparre a relayé auprès des personnes âgées", alt=["CCAS de Lesparre"]),
       ],
       excluded=X(funders=["joint sum 3 000 EUR (tied to no one)"],
                  partners=["médecin (generic)", "ARS (funder; declared)"])),

    # W13 Hérault, Montpellier. CERFA-like table with leader dots; Montpellier Méditerranée Métropole;
    # REAAP; CAF; a pending Département; an EHPAD; "Total ....".
    mk("W13", "Café des parents et ateliers parents-ados",
       "CENTRE SOCIAL CAF LA PAILLADE NORD - Hérault",
       keywords=["Parentalité"], dimension="Accompagnement de projets",
       resume="Un café des parents chaque vendredi et six ateliers parents-ados animés avec une psychologue.",
       initiative=["Un groupe d'habitants"], territory="Un quartier",
       experience="""Les parents voulaient parler de l'adolescence, des écrans, du collège.
Les ateliers sont co-animés avec l'association Maison des Adolescents de l'Hérault et une psychologue libérale, Mme Sabatier.
Le collège Las Cazes diffuse l'information par l'ENT et accueille une réunion de rentrée.""",
       public=["familles"], declared=["Caf", "Education nationale"],
       description="""Fréquentation : 14 parents en moyenne au café, 9 familles aux ateliers.
Le bailleur ACM Habitat a prêté un appartement témoin pour deux ateliers.""",
       financial="""Caf de l'Hérault ........ 5 200 €
REAAP ........ 2 300 €
Montpellier Méditerranée Métropole ........ 1 700 €
Département de l'Hérault : demande en cours, réponse attendue en février
Total ........ 9 200 €""",
       people="1 référente familles, 1 psychologue",
       res_habitants="Les parents se sentent moins seuls face aux difficultés.",
       perspectives="Un week-end parents-ados en juin.",
       funders=[
           F("CAF", 5200, "Caf de l'Hérault ........ 5 200 €", alt=["Caf de l'Hérault"]),
           F("REAAP", 2300, "REAAP ........ 2 300 €", alt=["Réseau d'écoute, d'appui et d'accompagnement des parents"]),
           F("Intercommunalité", 1700, "Montpellier Méditerranée Métropole ........ 1 700 €", alt=["Montpellier Méditerranée Métropole"]),
       ],
       partners=[
           P("Maison des Adolescents de l'Hérault", "co-animés avec l'association Maison des Adolescents de l'Hérault", alt=["Maison des Adolescents"]),
           P("Collège Las Cazes", "Le collège Las Cazes diffuse l'information"),
           P("ACM Habitat", "Le bailleur ACM Habitat a prêté un appartement témoin"),
       ],
       budget=B(9200, "Total ........ 9 200 €"),
       excluded=X(funders=["Département de l'Hérault (demande en cours: pending)", "café des parents (negative for CAF)",
                           "ACM Habitat (lends a flat, not valued)"],
                  partners=["Mme Sabatier (individual psychologist)"])),

    # W14 Ille-et-Vilaine, Rennes. Lowercase list of partners; Rennes Métropole; Fondation de France;
    # "1500€"; a service civique agency; "la région rennaise" as geography.
    mk("W14", "Jardin des cultures à Maurepas",
       "CENTRE SOCIAL DU GROS CHÊNE - Ille-et-Vilaine",
       keywords=["Intégration", "Environnement", "Mixité sociale"], dimension="Citoyenneté",
       resume="Un jardin partagé où des familles de quinze nationalités cultivent et cuisinent ensemble.",
       initiative=["Un groupe d'habitants"], territory="Un quartier",
       experience="""partenaires du jardin : archipel habitat, vert le jardin, les ateliers du vent, école saint-exupéry, maison de quartier de maurepas
Le jardin a été aménagé sur un terrain d'Archipel Habitat avec les conseils de Vert le Jardin.""",
       public=["familles", "Tous publics"], declared=["Bailleur social", "Associations", "Commune"],
       description="""Repas partagés chaque premier samedi, atelier cuisine du monde.
Beaucoup de familles arrivent de toute la région rennaise et même d'autres départements.""",
       financial="""Ville de Rennes 1500€
Rennes Métropole 1000€
Fondation de France (programme Vivre ensemble) 4000€
Archipel Habitat 700€ et mise à disposition du terrain""",
       people="1 animatrice, 25 jardiniers",
       res_habitants="Des amitiés entre familles qui ne se parlaient pas.",
       perspectives="Un deuxième jardin avec la ville de Cesson.",
       funders=[
           F("Commune", 1500, "Ville de Rennes 1500€", alt=["Ville de Rennes"]),
           F("Intercommunalité", 1000, "Rennes Métropole 1000€", alt=["Rennes Métropole"]),
           F("Fondation de France", 4000, "Fondation de France (programme Vivre ensemble) 4000€"),
           F("Archipel Habitat", 700, "Archipel Habitat 700€", alt=["Bailleur social"]),
       ],
       partners=[
           P("Archipel Habitat", "Le jardin a été aménagé sur un terrain d'Archipel Habitat"),
           P("Vert le Jardin", "avec les conseils de Vert le Jardin"),
           P("Les Ateliers du Vent", "les ateliers du vent"),
           P("École Saint-Exupéry", "école saint-exupéry"),
           P("Maison de quartier de Maurepas", "maison de quartier de maurepas"),
       ],
       excluded=X(funders=["la région rennaise (geography)", "d'autres départements (geography)"],
                  partners=["jardiniers (inhabitants)", "ville de Cesson (future plan only)"])),

    # W15 Isère, Grenoble area. Range "entre 3 et 4 k€"; Grenoble-Alpes Métropole; CARSAT; DREETS (État);
    # EHPAD, hospital; a REFUSED foundation; Terminée with a reason.
    mk("W15", "Aidants, on vous écoute",
       "CENTRE SOCIAL LE PATIO - ÉCHIROLLES - Isère",
       status="Terminée", reason="""Fin du financement pluriannuel, l'action est reprise par la plateforme de répit du territoire.""",
       keywords=["Santé", "Viellissement", "Solidarité"], dimension="Services",
       resume="Groupes de parole et ateliers de répit pour les proches aidants de personnes âgées ou malades.",
       initiative=["Un ou plusieurs partenaire(s)"], territory="Plusieurs communes",
       experience="""Un groupe de parole mensuel animé avec la plateforme de répit Isère Répit Aidants, des séances de sophrologie et une permanence juridique.
Le CHU Grenoble Alpes (service gériatrie) et l'EHPAD Les Tilleuls d'Échirolles orientent les familles.""",
       public=["Adultes", "Seniors"], declared=["Autre"],
       description="""Trois années d'action, 96 aidants accompagnés.
La compagnie d'assurance Dauphiné Prévoyance a fourni les plaquettes.""",
       financial="""CARSAT Rhône-Alpes : entre 3 et 4 k€ par an selon les années
Grenoble-Alpes Métropole : 2 500 €
DREETS Auvergne-Rhône-Alpes : 2 000 €
Ville d'Échirolles : 1 000 €
Fondation Aidants Demain : candidature non retenue""",
       people="1 coordinatrice, 1 sophrologue",
       res_habitants="Les aidants disent mieux connaître leurs droits et s'autoriser du répit.",
       funders=[
           F("Commune", 1000, "Ville d'Échirolles : 1 000 €", alt=["Ville d'Échirolles"]),
           F("CARSAT", None, "CARSAT Rhône-Alpes : entre 3 et 4 k€ par an", alt=["Carsat Rhône-Alpes"], rng=(3000, 4000)),
           F("Intercommunalité", 2500, "Grenoble-Alpes Métropole : 2 500 €", alt=["Grenoble-Alpes Métropole"]),
           F("État", 2000, "DREETS Auvergne-Rhône-Alpes : 2 000 €", alt=["DREETS", "DREETS Auvergne-Rhône-Alpes"]),
       ],
       partners=[
           P("Isère Répit Aidants", "animé avec la plateforme de répit Isère Répit Aidants"),
           P("CHU Grenoble Alpes", "Le CHU Grenoble Alpes (service gériatrie)", alt=["CHU de Grenoble"]),
           P("EHPAD Les Tilleuls", "l'EHPAD Les Tilleuls d'Échirolles orientent les familles"),
           P("Dauphiné Prévoyance", "La compagnie d'assurance Dauphiné Prévoyance a fourni les plaquettes", borderline=True),
       ],
       excluded=X(funders=["Fondation Aidants Demain (candidature non retenue)", "Dauphiné Prévoyance (in kind, not valued)"],
                  partners=["sophrologue (individual)", "la plateforme de répit du territoire (in the reason: takes over)"])),

    # W16 Loire-Atlantique, Saint-Nazaire. Page header inside Description; Saint-Nazaire Agglomération (CARENE);
    # Silène-like bailleur invented; a company (Chantiers) mécénat; police municipale -> Commune.
    mk("W16", "Chantier jeunes été : rénovation des halls de la Trébale",
       "MAISON DE QUARTIER DE LA TRÉBALE - Loire-Atlantique",
       keywords=["Emploi, économie", "Mixité sociale"], dimension="Accompagnement de projets",
       resume="Douze jeunes de 16 à 18 ans repeignent les halls de leur résidence pendant deux semaines, rémunérés en bourse projet.",
       initiative=["Le centre social", "Un ou plusieurs partenaire(s)"], territory="Un quartier",
       experience="""Chantier encadré par un technicien de l'entreprise d'insertion Ouest Bâti Insertion.
Les jeunes ont été repérés avec le club de prévention APES 44 et la police municipale de Saint-Nazaire.""",
       public=["Jeunesse"], declared=["Commune", "Bailleur social", "Intercommunalité"],
       description="""Semaine 1 : préparation, choix des couleurs avec les habitants.
@@PAGE@@
Semaine 2 : peinture et fresque.
Les gardiens de Nazairienne Habitat ont organisé l'accès aux halls.""",
       financial="""Nazairienne Habitat : 6 000 € (matériel et bourses)
CARENE Saint-Nazaire Agglomération : 2 000 €
Mécénat des Ateliers Navals de l'Estuaire : 1 500 €
Ville de Saint-Nazaire : 1 200 €
Coût total 10 700 €, soit 890 € par jeune environ.""",
       people="1 animateur, 1 technicien",
       res_territoire="Les halls ne sont pas dégradés six mois après.",
       perspectives="Refaire un chantier l'an prochain à Prézégat.",
       funders=[
           F("Commune", 1200, "Ville de Saint-Nazaire : 1 200 €", alt=["Ville de Saint-Nazaire"]),
           F("Nazairienne Habitat", 6000, "Nazairienne Habitat : 6 000 € (matériel et bourses)", alt=["Bailleur social"]),
           F("Intercommunalité", 2000, "CARENE Saint-Nazaire Agglomération : 2 000 €", alt=["CARENE", "Saint-Nazaire Agglomération"]),
           F("Ateliers Navals de l'Estuaire", 1500, "Mécénat des Ateliers Navals de l'Estuaire : 1 500 €"),
       ],
       partners=[
           P("Commune", "la police municipale de Saint-Nazaire", alt=["Police municipale de Saint-Nazaire"]),
           P("Ouest Bâti Insertion", "l'entreprise d'insertion Ouest Bâti Insertion"),
           P("APES 44", "le club de prévention APES 44"),
           P("Nazairienne Habitat", "Les gardiens de Nazairienne Habitat ont organisé l'accès aux halls"),
       ],
       budget=B(10700, "Coût total 10 700 €"),
       excluded=X(funders=["890 € par jeune (per-unit cost, not a funder)"],
                  partners=["habitants (inhabitants)", "technicien (staff of annotated company)"])),

    # W17 Lot, rural. Narrative; Grand-Figeac by name; MSA; LEADER; France Services partner; a fablab;
    # "deux mille euros"; EMPTY dimension.
    mk("W17", "Fête du lien rural à Bagnac",
       "ESPACE DE VIE SOCIALE LES QUATRE CHEMINS - Lot",
       dimension=None, keywords=["Culture", "intergénérationnel"],
       resume="Une fête itinérante dans un village différent chaque année, préparée par les habitants.",
       initiative=["Un groupe d'habitants"], territory="Plusieurs communes",
       experience="""Le comité des fêtes de Bagnac-sur-Célé a porté l'organisation avec nous. Les ateliers de préparation ont eu lieu au fablab Le Bricolab de Figeac et à l'école de Bagnac. La France Services de Figeac a tenu un stand d'information sur les droits.""",
       public=["Tous publics"], declared=["Commune", "Intercommunalité", "MSA"],
       description="Environ 700 personnes sur la journée.",
       financial="""Grand-Figeac nous a versé deux mille euros, la MSA Midi-Pyrénées Nord 1 500 € et la commune de Bagnac a mis la salle et 500 € pour la sono.""",
       people="40 bénévoles",
       res_territoire="Forte mobilisation des associations locales.",
       perspectives="2026 à Cajarc.",
       funders=[
           F("Commune", 500, "la commune de Bagnac a mis la salle et 500 €", alt=["Commune de Bagnac"]),
           F("Intercommunalité", 2000, "Grand-Figeac nous a versé deux mille euros", alt=["Grand-Figeac"]),
           F("MSA", 1500, "la MSA Midi-Pyrénées Nord 1 500 €", alt=["MSA Midi-Pyrénées Nord"]),
       ],
       partners=[
           P("Comité des fêtes de Bagnac-sur-Célé", "Le comité des fêtes de Bagnac-sur-Célé a porté l'organisation avec nous"),
           P("Le Bricolab", "au fablab Le Bricolab de Figeac"),
           P("École de Bagnac", "à l'école de Bagnac", borderline=True),
           P("France Services de Figeac", "La France Services de Figeac a tenu un stand", alt=["France Services"]),
       ],
       excluded=X(partners=["associations locales (generic)", "Cajarc (future plan, a place)"])),

    # W18 Maine-et-Loire, Angers. Per-trainee France Travail; Région Pays de la Loire; Angers Loire Métropole;
    # FSE+; dots notation "12.500€"; an ESAT; a GRETA with expansion.
    mk("W18", "Français à visée professionnelle à Monplaisir",
       "CENTRE SOCIAL JACQUES TATI - Maine-et-Loire",
       keywords=["Intégration", "Emploi, économie"], dimension="Services",
       resume="Cours de français orientés vers l'emploi, 12 heures par semaine, avec stages en entreprise.",
       initiative=["Le centre social"], territory="Plusieurs quartiers",
       experience="""Formation co-animée avec le GRETA Anjou (groupement d'établissements publics d'enseignement) pour la partie certification.
Stages chez des employeurs partenaires : ESAT Les Ateliers de la Roseraie, Blanchisserie Angevine, Cuisine Centrale d'Angers.""",
       public=["Adultes"], declared=["Région", "Intercommunalité", "Entreprises"],
       description="""22 stagiaires, 15 ont obtenu le DCL.
France Travail prescrit les parcours.""",
       financial="""Région Pays de la Loire 12.500€
FSE+ 6.800€
Angers Loire Métropole 3.000€
France Travail : 4 € par heure stagiaire""",
       people="2 formatrices",
       res_habitants="8 retours à l'emploi à six mois.",
       perspectives="Un module numérique.",
       funders=[
           F("Région", 12500, "Région Pays de la Loire 12.500€", alt=["Région Pays de la Loire"]),
           F("Fonds européens", 6800, "FSE+ 6.800€", alt=["FSE+", "FSE"]),
           F("Intercommunalité", 3000, "Angers Loire Métropole 3.000€", alt=["Angers Loire Métropole"]),
           F("France Travail", None, "France Travail : 4 € par heure stagiaire"),
       ],
       partners=[
           P("GRETA Anjou", "Formation co-animée avec le GRETA Anjou"),
           P("ESAT Les Ateliers de la Roseraie", "ESAT Les Ateliers de la Roseraie"),
           P("Blanchisserie Angevine", "Blanchisserie Angevine"),
           P("Cuisine Centrale d'Angers", "Cuisine Centrale d'Angers"),
           P("France Travail", "France Travail prescrit les parcours."),
       ],
       excluded=X(partners=["formatrices (staff)"])),

    # W19 Marne, Reims. Reims Habitat-like invented bailleur; Grand Reims; CGET -> ANCT "Politique de la ville";
    # an "ANCT" spelled in full; "Caf'conte" trap; a médiathèque; a theatre.
    mk("W19", "Contes et tchatche à Croix-Rouge",
       "CENTRE SOCIAL ÉPHÉMÈRE CROIX-ROUGE - Marne",
       keywords=["Culture", "Parentalité"], dimension="Citoyenneté",
       resume="Soirées contes en pied d'immeuble et scène ouverte « Caf'conte » pour les familles.",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Avec la conteuse Marie Dubreuil et la médiathèque Croix-Rouge, nous avons organisé six veillées. La Comédie de Reims a accueilli la restitution finale.""",
       public=["familles"], declared=["Commune", "Associations"],
       description="""Caf'conte : tous les habitants peuvent venir raconter.
Le Foyer Rémois Habitat a installé l'éclairage dans la cour.""",
       financial="""Agence nationale de la cohésion des territoires (politique de la ville) : 3 000 €
Ville de Reims : 2 000 €
Grand Reims : 1 000 €
Foyer Rémois Habitat : 1 500 €""",
       people="2 animateurs, une conteuse",
       res_habitants="Les enfants racontent à leur tour.",
       perspectives="Éditer un recueil.",
       funders=[
           F("Commune", 2000, "Ville de Reims : 2 000 €", alt=["Ville de Reims"]),
           F("ANCT", 3000, "Agence nationale de la cohésion des territoires (politique de la ville) : 3 000 €", alt=ANCT_ALT + ["Agence nationale de la cohésion des territoires"]),
           F("Intercommunalité", 1000, "Grand Reims : 1 000 €", alt=["Grand Reims"]),
           F("Foyer Rémois Habitat", 1500, "Foyer Rémois Habitat : 1 500 €", alt=["Bailleur social"]),
       ],
       partners=[
           P("Médiathèque Croix-Rouge", "la médiathèque Croix-Rouge"),
           P("Comédie de Reims", "La Comédie de Reims a accueilli la restitution finale"),
           P("Foyer Rémois Habitat", "Le Foyer Rémois Habitat a installé l'éclairage dans la cour"),
       ],
       excluded=X(funders=["Caf'conte (negative for CAF)", "CROIX-ROUGE in the structure name (not Croix-Rouge française)"],
                  partners=["Marie Dubreuil (individual storyteller)"])),

    # W20 Moselle, Metz. Budget range "de 14 000 à 15 000 €"; Metz Métropole; Région Grand Est; a Cité éducative;
    # Fondation (own name); an association with "et"; the structure's own crèche (internal).
    mk("W20", "Petits déjeuners et ateliers à Borny",
       "CENTRE SOCIAL AGORA BORNY - Moselle",
       keywords=["Santé", "éducation / scolarité", "Parentalité"], dimension="Services",
       resume="Petits déjeuners équilibrés avant l'école et ateliers nutrition parents-enfants.",
       initiative=["Un ou plusieurs partenaire(s)"], territory="Un quartier",
       experience="""Deux écoles, Les Hauts de Blémont et Jean-Moulin, accueillent les petits déjeuners dans leurs préaux.
Une diététicienne de l'association Santé et Saveurs 57 anime les ateliers.
Notre crèche participe avec les parents des tout-petits.""",
       public=["Enfance", "familles"], declared=["Education nationale", "Commune"],
       description="""Deux matinées par semaine, 110 enfants.
Les Restos du Cœur de Metz fournissent une partie des denrées.""",
       financial="""Budget entre 14 000 et 15 000 € selon les denrées
Cité éducative de Metz-Borny : 5 500 €
Metz Métropole : 2 000 €
Région Grand Est : 3 000 €
Fondation Lorraine Enfance : 2 000 €""",
       people="4 animateurs, 1 diététicienne",
       res_habitants="Les enseignants notent moins de fatigue en classe.",
       perspectives="Étendre à l'école Erckmann.",
       funders=[
           F("Cité éducative", 5500, "Cité éducative de Metz-Borny : 5 500 €", alt=["Cité éducative de Metz-Borny", "Éducation nationale"]),
           F("Intercommunalité", 2000, "Metz Métropole : 2 000 €", alt=["Metz Métropole"]),
           F("Région", 3000, "Région Grand Est : 3 000 €", alt=["Région Grand Est"]),
           F("Fondation Lorraine Enfance", 2000, "Fondation Lorraine Enfance : 2 000 €"),
       ],
       partners=[
           P("École Les Hauts de Blémont", "Les Hauts de Blémont et Jean-Moulin, accueillent les petits déjeuners"),
           P("École Jean-Moulin", "Jean-Moulin, accueillent les petits déjeuners dans leurs préaux"),
           P("Santé et Saveurs 57", "l'association Santé et Saveurs 57 anime les ateliers"),
           P("Restos du Cœur de Metz", "Les Restos du Cœur de Metz fournissent une partie des denrées", alt=["Restos du Cœur"]),
       ],
       budget=B(None, "Budget entre 14 000 et 15 000 €", rng=(14000, 15000)),
       excluded=X(partners=["notre crèche (internal)", "diététicienne (staff of annotated association)",
                            "école Erckmann (future plan only)"])),
]

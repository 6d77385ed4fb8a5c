"""Test set 4, fiches W21-W30."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk  # noqa: F401

R3 = [
    # W21 Nord, Roubaix. Long prose; Métropole Européenne de Lille; Quartiers d'été -> ANCT; a bailleur;
    # an association with digits; "1 500 €" with NBSP; a "- Public : ..." line inside the résumé.
    mk("W21", "Roubaix plage au Pile",
       "CENTRE SOCIAL DU PILE - Nord",
       keywords=["vacances / loisirs", "Mixité sociale"], dimension="Citoyenneté",
       resume="""Trois semaines d'animations sur la place du quartier en juillet : sable, jeux d'eau, lecture, sport.
- Public : familles qui ne partent pas en vacances""",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Chaque été depuis 2021 la place se transforme. Cette année nous avons travaillé avec l'association Sport dans la Ville 59 pour les tournois, la médiathèque La Grand-Plage pour la lecture au soleil, et l'association Les Petits Débrouillards Hauts-de-France pour les ateliers sciences. Les agents de Vilogia ont aidé à l'installation et la Ville de Roubaix a prêté les barrières, les tentes et livré le sable.""",
       public=["familles", "Enfance"], declared=["Commune", "Bailleur social", "Associations"],
       description="2 600 passages, 40 familles bénévoles.",
       financial="""Quartiers d'été (Etat) : 4\u00a0000 €
Ville de Roubaix : 3\u00a0500 €
Métropole Européenne de Lille : 1\u00a0500 €
Vilogia : 2\u00a0000 €""",
       people="6 animateurs, 40 bénévoles",
       res_territoire="La place est réappropriée par les familles.",
       perspectives="Un pique-nique géant de fin d'été.",
       funders=[
           F("Commune", 3500, "Ville de Roubaix : 3\u00a0500 €", alt=["Ville de Roubaix"]),
           F("ANCT", 4000, "Quartiers d'été (Etat) : 4\u00a0000 €", alt=ANCT_ALT + ["Quartiers d'été"]),
           F("Intercommunalité", 1500, "Métropole Européenne de Lille : 1\u00a0500 €", alt=["Métropole Européenne de Lille", "MEL"]),
           F("Vilogia", 2000, "Vilogia : 2\u00a0000 €", alt=["Bailleur social"]),
       ],
       partners=[
           P("Commune", "la Ville de Roubaix a prêté les barrières", alt=["Ville de Roubaix"]),
           P("Sport dans la Ville 59", "l'association Sport dans la Ville 59 pour les tournois"),
           P("Médiathèque La Grand-Plage", "la médiathèque La Grand-Plage pour la lecture au soleil"),
           P("Les Petits Débrouillards Hauts-de-France", "l'association Les Petits Débrouillards Hauts-de-France", alt=["Les Petits Débrouillards"]),
           P("Vilogia", "Les agents de Vilogia ont aidé à l'installation"),
       ],
       excluded=X(partners=["familles bénévoles (inhabitants)"])),

    # W22 Oise, Creil. Terse; CAF; Département de l'Oise; Agglomération Creil Sud Oise; per-family amounts;
    # a refused Région; PMI and a maternity ward.
    mk("W22", "LAEP Les Petits Pas",
       "CENTRE SOCIAL DES HAUTS DE CREIL - Oise",
       keywords=["Parentalité", "Petite enfance"], dimension="Services",
       resume="Lieu d'accueil enfants-parents deux demi-journées par semaine.",
       initiative=["Le centre social"], territory="Plusieurs quartiers",
       experience="""Accueillantes formées. Orientations par la PMI de Creil et la maternité du Groupe hospitalier public du Sud de l'Oise.""",
       public=["Petite enfance", "familles"], declared=["Caf", "Conseil départemental"],
       description="86 familles accueillies.",
       financial="""Caf de l'Oise - PS LAEP : 9 400 €
Département de l'Oise - 2 000 €
Agglomération Creil Sud Oise - 1 800 €
Région Hauts-de-France : refusé
Familles : gratuit""",
       people="3 accueillantes",
       res_habitants="Moins d'isolement des jeunes mères.",
       funders=[
           F("CAF", 9400, "Caf de l'Oise - PS LAEP : 9 400 €", alt=["Caf de l'Oise"]),
           F("Conseil départemental", 2000, "Département de l'Oise - 2 000 €", alt=["Département de l'Oise"]),
           F("Intercommunalité", 1800, "Agglomération Creil Sud Oise - 1 800 €", alt=["Agglomération Creil Sud Oise", "ACSO"]),
       ],
       partners=[
           P("PMI", "Orientations par la PMI de Creil", alt=["PMI de Creil"]),
           P("Groupe hospitalier public du Sud de l'Oise", "la maternité du Groupe hospitalier public du Sud de l'Oise", alt=["GHPSO"]),
       ],
       excluded=X(funders=["Région Hauts-de-France (refusé)"],
                  partners=["accueillantes (staff)"])),

    # W23 Orne, rural. CERFA table with interleaved charges and traps; Flers Agglo; MSA; Département;
    # "Aides privées" without body; Fonds Cnaf followed by a charge line.
    mk("W23", "Atelier mobilité : permis et deux-roues",
       "CENTRE SOCIAL DU BOCAGE ORNAIS - Orne",
       keywords=["Emploi, économie"], dimension="Services",
       resume="Aide au code, location de scooters, leçons de conduite à tarif solidaire.",
       initiative=["Le centre social"], territory="Plusieurs communes",
       experience="""L'auto-école sociale Route Bocage 61 assure la partie pratique.
Les jeunes sont orientés par la Mission locale de Flers et la Maison départementale des solidarités.""",
       public=["Jeunesse", "Adultes"], declared=["Conseil départemental", "Intercommunalité"],
       description="""60 - Achats
Carburant, entretien scooters
2 400
Etat :
-
Département(s) :
Orne
4 000
Intercommunalité(s) : EPCI
Flers Agglo
2 500
Organismes sociaux (détailler) :
MSA Mayenne-Orne-Sarthe
1 200
Fonds Cnaf
Rémunération des personnels
7 800
Aides privées
500
75 - Participation des usagers
900
TOTAL DES PRODUITS
9 100""",
       financial="Cf. budget ci-dessus.",
       people="1 conseillère mobilité",
       res_habitants="14 permis obtenus.",
       funders=[
           F("Conseil départemental", 4000, "Département(s) :\nOrne\n4 000", alt=["Département de l'Orne"]),
           F("Intercommunalité", 2500, "Intercommunalité(s) : EPCI\nFlers Agglo\n2 500", alt=["Flers Agglo"]),
           F("MSA", 1200, "MSA Mayenne-Orne-Sarthe\n1 200", alt=["MSA Mayenne-Orne-Sarthe"]),
       ],
       partners=[
           P("Route Bocage 61", "L'auto-école sociale Route Bocage 61 assure la partie pratique"),
           P("Mission locale de Flers", "la Mission locale de Flers", alt=["Mission locale"]),
           P("Conseil départemental", "la Maison départementale des solidarités", alt=["Maison départementale des solidarités"]),
       ],
       budget=B(9100, "TOTAL DES PRODUITS\n9 100"),
       excluded=X(funders=["Etat (template line)", "Fonds Cnaf (template; followed by a charge line 7 800)",
                           "Aides privées 500 (no body)", "75 - Participation des usagers (participants)"])),

    # W24 Pas-de-Calais, Lens. Narrative; Communauté d'agglomération de Lens-Liévin; Fondation (mining heritage);
    # DRAC Hauts-de-France; a company (Louvre-Lens is a museum, partner); "2,5 k€".
    mk("W24", "Mémoires de corons",
       "CENTRE SOCIAL ALBERT CAMUS - CITÉ 12 - Pas-de-Calais",
       keywords=["Culture", "intergénérationnel"], dimension="Citoyenneté",
       resume="Collecte de témoignages d'anciens mineurs et de leurs familles, restitués en podcast et en exposition.",
       initiative=["Un habitant"], territory="Un quartier",
       experience="""Les collégiens du collège Jean-Zay ont interviewé des anciens, accompagnés par le Centre historique minier de Lewarde pour les archives. L'exposition a été présentée au musée du Louvre-Lens dans le cadre d'une journée participative. Maisons & Cités a prêté une maison témoin pour enregistrer.""",
       public=["Seniors", "Jeunesse"], declared=["Education nationale", "Bailleur social", "Autre"],
       description="32 témoignages, 6 épisodes de podcast.",
       financial="""DRAC Hauts-de-France 2,5 k€ ; Communauté d'agglomération de Lens-Liévin 3 k€ ; Fondation Mémoire Ouvrière 1,5 k€.""",
       people="1 animateur, 1 journaliste",
       res_habitants="Fierté retrouvée chez les anciens.",
       perspectives="Un livre.",
       funders=[
           F("DRAC", 2500, "DRAC Hauts-de-France 2,5 k€", alt=["DRAC Hauts-de-France", "État"]),
           F("Intercommunalité", 3000, "Communauté d'agglomération de Lens-Liévin 3 k€", alt=["Communauté d'agglomération de Lens-Liévin"]),
           F("Fondation Mémoire Ouvrière", 1500, "Fondation Mémoire Ouvrière 1,5 k€"),
       ],
       partners=[
           P("Collège Jean-Zay", "Les collégiens du collège Jean-Zay ont interviewé des anciens"),
           P("Centre historique minier de Lewarde", "accompagnés par le Centre historique minier de Lewarde"),
           P("Louvre-Lens", "présentée au musée du Louvre-Lens", alt=["Musée du Louvre-Lens"]),
           P("Maisons & Cités", "Maisons & Cités a prêté une maison témoin"),
       ],
       excluded=X(partners=["journaliste (individual)", "anciens mineurs (individuals)"])),

    # W25 Puy-de-Dôme, Clermont. Clermont Auvergne Métropole; ARS; CPAM; a mutuelle; an EHPAD; Mission locale;
    # amount in brackets; "ameli" website; a percentage for a company.
    mk("W25", "Parcours santé jeunes : bilans et ateliers",
       "CENTRE SOCIAL DES VERGNES - Puy-de-Dôme",
       keywords=["Santé", "Jeunesse"], dimension="Services",
       resume="Faire faire un bilan de santé aux 16-25 ans du quartier et ouvrir leurs droits.",
       initiative=["Un ou plusieurs partenaire(s)"], territory="Un quartier",
       experience="""Partenariat avec le centre d'examens de santé de la CPAM du Puy-de-Dôme, qui réalise les bilans, et avec la Mission locale Clermont Métropole qui oriente les jeunes. Ouverture d'un compte ameli pour chacun.
Ateliers sommeil et addictions avec l'ANPAA 63.""",
       public=["Jeunesse"], declared=["CPAM", "Associations"],
       description="48 bilans réalisés.",
       financial="""L'ARS Auvergne-Rhône-Alpes (4 000 €) et Clermont Auvergne Métropole (1 800 €) financent l'action, la CPAM prend en charge les bilans. La Mutuelle des Volcans a apporté 600 €.""",
       people="1 animatrice santé",
       res_habitants="Des soins dentaires et visuels engagés.",
       perspectives="Un forum santé.",
       funders=[
           F("ARS", 4000, "L'ARS Auvergne-Rhône-Alpes (4 000 €)", alt=["ARS Auvergne-Rhône-Alpes"]),
           F("Intercommunalité", 1800, "Clermont Auvergne Métropole (1 800 €)", alt=["Clermont Auvergne Métropole"]),
           F("CPAM", None, "la CPAM prend en charge les bilans", alt=["CPAM du Puy-de-Dôme"]),
           F("Mutuelle des Volcans", 600, "La Mutuelle des Volcans a apporté 600 €"),
       ],
       partners=[
           P("CPAM", "le centre d'examens de santé de la CPAM du Puy-de-Dôme", alt=["CPAM du Puy-de-Dôme"]),
           P("Mission locale Clermont Métropole", "la Mission locale Clermont Métropole qui oriente les jeunes", alt=["Mission locale"]),
           P("ANPAA 63", "Ateliers sommeil et addictions avec l'ANPAA 63", alt=["ANPAA"]),
       ],
       excluded=X(funders=["ameli (website account)"])),

    # W26 Pyrénées-Orientales, Perpignan. Catalan-named association; Perpignan Méditerranée Métropole;
    # Région Occitanie; ANS; OFAJ-like? no: a Spanish partner; "mille euros"; a Fondation d'entreprise.
    mk("W26", "Échanges sportifs transfrontaliers",
       "CENTRE SOCIAL SAINT-JACQUES - Pyrénées-Orientales",
       keywords=["Europe et International", "Jeunesse"], dimension="Accompagnement de projets",
       resume="Rencontres de football et de basket entre jeunes de Perpignan et de Figueres.",
       initiative=["Le centre social"], territory="Plusieurs quartiers",
       experience="""Organisation avec le Casal Jove de Figueres et le club Perpignan Basket Avenir 66.
L'Institut Jean-Vigo a accueilli les jeunes catalans pour une soirée cinéma.""",
       public=["Jeunesse"], declared=["Région", "Commune", "Associations"],
       description="3 rencontres, 64 jeunes.",
       financial="""Région Occitanie : 3 500 €
Ville de Perpignan : 2 000 €
Perpignan Méditerranée Métropole : mille euros
ANS : 1 500 €
Fondation d'entreprise Catalane Énergies : 1 000 €""",
       people="2 animateurs",
       res_habitants="Des amitiés transfrontalières.",
       perspectives="Un séjour à Barcelone.",
       funders=[
           F("Commune", 2000, "Ville de Perpignan : 2 000 €", alt=["Ville de Perpignan"]),
           F("Région", 3500, "Région Occitanie : 3 500 €", alt=["Région Occitanie"]),
           F("Intercommunalité", 1000, "Perpignan Méditerranée Métropole : mille euros", alt=["Perpignan Méditerranée Métropole"]),
           F("ANS", 1500, "ANS : 1 500 €", alt=["Agence nationale du sport"]),
           F("Fondation d'entreprise Catalane Énergies", 1000, "Fondation d'entreprise Catalane Énergies : 1 000 €"),
       ],
       partners=[
           P("Casal Jove de Figueres", "le Casal Jove de Figueres"),
           P("Perpignan Basket Avenir 66", "le club Perpignan Basket Avenir 66"),
           P("Institut Jean-Vigo", "L'Institut Jean-Vigo a accueilli les jeunes catalans"),
       ],
       excluded=X(partners=["Barcelone (future plan, a place)"])),

    # W27 Bas-Rhin, Strasbourg. Collectivité européenne d'Alsace; Eurométropole; CAF du Bas-Rhin; Fondation;
    # "4K€"; a pending FSE; a lycée; an association with "et".
    mk("W27", "Ateliers couture et insertion à Hautepierre",
       "CENTRE SOCIO-CULTUREL DU GALET - Bas-Rhin",
       keywords=["Emploi, économie", "Intégration"], dimension="Services",
       resume="Atelier couture professionnalisant pour femmes éloignées de l'emploi, avec ventes solidaires.",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Le lycée professionnel Jean-Geiler prête des machines industrielles. L'association Femmes et Fil Solidaires assure l'accompagnement socio-professionnel.""",
       public=["Adultes"], declared=["Autre"],
       description="""12 femmes, 5 en formation qualifiante à l'issue.
Ventes : 1 300 € reversés à l'atelier.""",
       financial="""Collectivité européenne d'Alsace : 4K€
Eurométropole de Strasbourg : 3K€
Caf du Bas-Rhin : 2K€
Fondation Alsace Emploi Solidaire : 2 500 €
FSE+ : dossier en cours d'instruction""",
       people="1 couturière formatrice, 1 CIP",
       res_habitants="Confiance retrouvée.",
       funders=[
           F("Collectivité européenne d'Alsace", 4000, "Collectivité européenne d'Alsace : 4K€", alt=["CeA", "Conseil départemental"]),
           F("Intercommunalité", 3000, "Eurométropole de Strasbourg : 3K€", alt=["Eurométropole de Strasbourg"]),
           F("CAF", 2000, "Caf du Bas-Rhin : 2K€", alt=["Caf du Bas-Rhin"]),
           F("Fondation Alsace Emploi Solidaire", 2500, "Fondation Alsace Emploi Solidaire : 2 500 €"),
       ],
       partners=[
           P("Lycée professionnel Jean-Geiler", "Le lycée professionnel Jean-Geiler prête des machines industrielles"),
           P("Femmes et Fil Solidaires", "L'association Femmes et Fil Solidaires assure l'accompagnement"),
       ],
       excluded=X(funders=["FSE+ (en cours d'instruction: pending)", "Ventes 1 300 € (own sales)"])),

    # W28 Rhône, rural Beaujolais. Département du Rhône; Communauté d'agglomération Villefranche Beaujolais Saône;
    # MSA Ain-Rhône; a wine cooperative sponsor; ranges; EHPAD.
    mk("W28", "Vendanges solidaires et repas des anciens",
       "CENTRE SOCIAL DU PAYS DES PIERRES DORÉES - Rhône",
       keywords=["intergénérationnel", "Solidarité"], dimension="Citoyenneté",
       resume="Une journée de vendanges partagées et un repas entre jeunes et aînés des villages.",
       initiative=["Un groupe d'habitants"], territory="Plusieurs communes",
       experience="""La Cave coopérative des Pierres Dorées ouvre ses vignes. Les résidents de l'EHPAD Le Clos Fleuri participent au repas. Les jeunes du Foyer de jeunes travailleurs de Villefranche aident au service.""",
       public=["Tous publics"], declared=["Commune", "MSA"],
       description="150 convives.",
       financial="""Département du Rhône : entre 1 000 et 1 500 €
MSA Ain-Rhône : 1 200 €
Communauté d'agglomération Villefranche Beaujolais Saône : 800 €
Cave coopérative des Pierres Dorées : don de 500 €""",
       people="25 bénévoles",
       res_habitants="Des jeunes reviennent aider à l'EHPAD.",
       funders=[
           F("Conseil départemental", None, "Département du Rhône : entre 1 000 et 1 500 €", alt=["Département du Rhône"], rng=(1000, 1500)),
           F("MSA", 1200, "MSA Ain-Rhône : 1 200 €", alt=["MSA Ain-Rhône"]),
           F("Intercommunalité", 800, "Communauté d'agglomération Villefranche Beaujolais Saône : 800 €", alt=["Communauté d'agglomération Villefranche Beaujolais Saône"]),
           F("Cave coopérative des Pierres Dorées", 500, "Cave coopérative des Pierres Dorées : don de 500 €"),
       ],
       partners=[
           P("Cave coopérative des Pierres Dorées", "La Cave coopérative des Pierres Dorées ouvre ses vignes"),
           P("EHPAD Le Clos Fleuri", "Les résidents de l'EHPAD Le Clos Fleuri participent au repas"),
           P("Foyer de jeunes travailleurs de Villefranche", "Les jeunes du Foyer de jeunes travailleurs de Villefranche aident au service", alt=["FJT de Villefranche"]),
       ],
       excluded=X(partners=["bénévoles (individuals)"])),

    # W29 Saône-et-Loire, Le Creusot. Communauté urbaine Creusot Montceau; Fondation; REAAP; "1.800 €";
    # a PENDING CAF supplement; a school; police.
    mk("W29", "Parents en classe",
       "CENTRE SOCIAL DU TILLEUL - Saône-et-Loire",
       keywords=["Parentalité", "éducation / scolarité"], dimension="Accompagnement de projets",
       resume="Des parents invités à passer une matinée en classe puis à échanger avec les enseignants.",
       initiative=["Le centre social"], territory="Une commune",
       experience="""Avec l'école élémentaire Jules-Ferry du Creusot et le Réseau d'éducation prioritaire du Creusot. L'association Parents Partenaires 71 anime les échanges.""",
       public=["familles"], declared=["Education nationale", "Intercommunalité"],
       description="35 parents reçus en classe.",
       financial="""REAAP 71 : 1.800 €
Communauté urbaine Creusot Montceau : 1.200 €
Caf de Saône-et-Loire : complément demandé, pas encore de réponse
Fondation des Écoles de Bourgogne : 900 €""",
       people="1 référente familles",
       res_habitants="Les parents comprennent mieux l'école.",
       funders=[
           F("REAAP", 1800, "REAAP 71 : 1.800 €", alt=["REAAP 71"]),
           F("Intercommunalité", 1200, "Communauté urbaine Creusot Montceau : 1.200 €", alt=["Communauté urbaine Creusot Montceau"]),
           F("Fondation des Écoles de Bourgogne", 900, "Fondation des Écoles de Bourgogne : 900 €"),
       ],
       partners=[
           P("École élémentaire Jules-Ferry", "l'école élémentaire Jules-Ferry du Creusot"),
           P("Réseau d'éducation prioritaire du Creusot", "le Réseau d'éducation prioritaire du Creusot", alt=["REP du Creusot"]),
           P("Parents Partenaires 71", "L'association Parents Partenaires 71 anime les échanges"),
       ],
       excluded=X(funders=["Caf de Saône-et-Loire (pas encore de réponse: pending)"],
                  partners=["enseignants (staff of the school)"])),

    # W30 Haute-Savoie, Annemasse. Annemasse Agglo; Département; ARS; Fondation; Genevan partner; "3 500,00 €";
    # page header after.
    mk("W30", "Permanence d'accès aux droits des travailleurs frontaliers",
       "CENTRE SOCIAL LE PERRIER - Haute-Savoie",
       keywords=["Précarité", "Emploi, économie"], dimension="Services",
       resume="Une permanence hebdomadaire pour les familles qui travaillent en Suisse : sécurité sociale, impôts, logement.",
       initiative=["Un ou plusieurs partenaire(s)"], territory="Plusieurs communes",
       experience="""Avec le Groupement transfrontalier européen qui assure des consultations juridiques, et l'ADIL 74 pour le logement.
La CPAM de la Haute-Savoie tient une permanence mensuelle.""",
       public=["Adultes", "familles"], declared=["Intercommunalité", "CPAM", "Associations"],
       description="210 rendez-vous.",
       financial="""Annemasse Agglo : 3 500,00 €
Département de la Haute-Savoie : 2 000,00 €
Fondation Léman Solidarité : 1 500,00 €""",
       people="1 travailleuse sociale",
       res_habitants="Des droits ouverts et des doubles cotisations évitées.",
       page_header_after=True,
       funders=[
           F("Intercommunalité", 3500, "Annemasse Agglo : 3 500,00 €", alt=["Annemasse Agglo"]),
           F("Conseil départemental", 2000, "Département de la Haute-Savoie : 2 000,00 €", alt=["Département de la Haute-Savoie"]),
           F("Fondation Léman Solidarité", 1500, "Fondation Léman Solidarité : 1 500,00 €"),
       ],
       partners=[
           P("Groupement transfrontalier européen", "le Groupement transfrontalier européen qui assure des consultations juridiques"),
           P("ADIL 74", "l'ADIL 74 pour le logement", alt=["ADIL"]),
           P("CPAM", "La CPAM de la Haute-Savoie tient une permanence mensuelle", alt=["CPAM de la Haute-Savoie"]),
       ]),
]

"""Test set 5, fiches Y11-Y20 (hand-written; text and annotation together)."""

from eval.sets.gold_helpers import B, F, P, X, mk

R2 = [
    # Y11 Charente, urban, short. LAEP: Caf "PS LAEP" with amount on the next line; GrandAngoulême;
    # REAAP; PMI and a Relais Petite Enfance; the "café des parents" (negative for CAF); no
    # "Fichier(s)" header.
    mk("Y11", "La Cabane à histoires : lieu d'accueil enfants-parents à Basseau",
       "CENTRE SOCIAL DE BASSEAU GRANDEGARENNE - Charente",
       files=None,
       dimension="Services",
       keywords=("Parentalité",),
       resume="LAEP ouvert le mardi et le vendredi matin, anonyme et gratuit, pour les enfants "
              "de 0 à 6 ans et leurs parents.",
       territory="Plusieurs quartiers",
       public=("Petite enfance", "familles"),
       declared=("Caf",),
       description="Accueillantes formées : deux salariées et une puéricultrice de la PMI de "
                   "Ma Campagne, présente un vendredi sur deux.\n"
                   "Le Relais Petite Enfance de GrandAngoulême informe les assistantes maternelles.\n"
                   "Le café des parents du jeudi prolonge les échanges.",
       financial="PS LAEP Caf\n"
                 "9 800 €\n"
                 "GrandAngoulême : 2 000 €\n"
                 "REAAP 16 : 1 500 €",
       people="3 accueillantes",
       res_habitants="41 familles différentes, 212 passages.",
       funders=[
           F("CAF", 9800, "PS LAEP Caf\n9 800 €", alt=["Caf de la Charente"]),
           F("Intercommunalité", 2000, "GrandAngoulême : 2 000 €", alt=["GrandAngoulême"]),
           F("REAAP", 1500, "REAAP 16 : 1 500 €", alt=["REAAP 16"]),
       ],
       partners=[
           P("PMI", "une puéricultrice de la PMI de Ma Campagne", alt=["PMI de Ma Campagne"]),
           P("Relais Petite Enfance de GrandAngoulême",
             "Le Relais Petite Enfance de GrandAngoulême informe les assistantes maternelles",
             alt=["Relais Petite Enfance", "RPE"]),
       ],
       excluded=X(
           funders=["café des parents (negative for CAF)"],
           partners=["assistantes maternelles (individuals)",
                     "café des parents (the centre's own activity)",
                     "GrandAngoulême, REAAP (funders only)"]),
       ),

    # Y12 Corrèze, small town. Chantiers éducatifs paid by a bailleur per chantier (per-unit part
    # not kept) plus a fixed grant (2 000 € kept); Tulle Agglo "3 200 €"; Fondation de France "a soutenu"; Mission locale,
    # Compagnons Bâtisseurs, an association intermédiaire; PENDING Région; REFUSED Département
    # ("pas retenu").
    mk("Y12", "Chantiers jeunes : rénover les halls et gagner son premier salaire",
       "CENTRE SOCIAL CULTUREL DE TULLE - Corrèze",
       keywords=("Emploi, économie", "Mixité sociale"),
       resume="Des chantiers éducatifs rémunérés d'une semaine pour les 16-21 ans : peinture des "
              "halls, nettoyage des caves, petits travaux dans les résidences de l'Auzelou.",
       territory="Un quartier",
       experience="Chaque chantier : 6 jeunes, un encadrant technique des Compagnons Bâtisseurs "
                  "Nouvelle-Aquitaine et un animateur du centre. Les jeunes sont salariés par "
                  "l'association intermédiaire Tremplin Corrèze Emploi.\n"
                  "La Mission locale de Tulle fait le suivi après le chantier.",
       public=("Jeunesse",),
       declared=("Bailleur social", "Intercommunalité"),
       description="Corrèze Habitat choisit les résidences et ses gardiens accueillent les "
                   "équipes.\n"
                   "Un bilan individuel est fait avec chaque jeune.",
       financial="Corrèze Habitat paie 1 100 € par chantier et a versé en plus 2 000 € pour "
                 "l'achat des outils.\n"
                 "Tulle Agglo : 3 200 €\n"
                 "La Fondation de France nous a soutenu à hauteur de 4 000 €.\n"
                 "Région Nouvelle-Aquitaine : demande en attente.\n"
                 "Département : pas retenu cette année.",
       people="1 animateur, 1 encadrant technique",
       res_habitants="30 jeunes, 5 chantiers, 11 entrés ensuite en formation ou en emploie.",
       perspectives="Chantiers avec la mairie de Naves.",
       funders=[
           F("Corrèze Habitat", 2000, "a versé en plus 2 000 € pour l'achat des outils",
             alt=["Bailleur social"]),
           F("Intercommunalité", 3200, "Tulle Agglo : 3 200 €", alt=["Tulle Agglo"]),
           F("Fondation de France", 4000,
             "La Fondation de France nous a soutenu à hauteur de 4 000 €"),
       ],
       partners=[
           P("Compagnons Bâtisseurs Nouvelle-Aquitaine",
             "un encadrant technique des Compagnons Bâtisseurs Nouvelle-Aquitaine",
             alt=["Compagnons Bâtisseurs"]),
           P("Tremplin Corrèze Emploi",
             "salariés par l'association intermédiaire Tremplin Corrèze Emploi"),
           P("Mission locale de Tulle", "La Mission locale de Tulle fait le suivi",
             alt=["Mission locale"]),
           P("Corrèze Habitat", "Corrèze Habitat choisit les résidences et ses gardiens "
             "accueillent les équipes"),
       ],
       excluded=X(
           funders=["Corrèze Habitat's 1 100 € par chantier (a per-unit part; the fixed 2 000 € "
                    "is kept)",
                    "Région Nouvelle-Aquitaine (\"demande en attente\": pending)",
                    "Département (\"pas retenu\": refused)"],
           partners=["mairie de Naves (future plan only)", "gardiens (staff of Corrèze Habitat)",
                     "Tulle Agglo, Fondation de France (funders only)"]),
       ),

    # Y13 Côtes-d'Armor, urban. A CERFA "Produits" table typed as label/amount lines, with template
    # lines: "Etat :" then "-", "Fonds européens" followed by a charge amount, "Aides privées" with
    # an amount and no body; CCAS; Département; agglomeration; PENDING foundation in the text; own
    # sales; TOTAL DES PRODUITS; Banque alimentaire, a supermarket, the Restos.
    mk("Y13", "Épicerie solidaire Le Panier du Plateau",
       "CENTRE SOCIAL DU PLATEAU - Côtes-d'Armor",
       files=("budget_epicerie_2024.xlsx", "charte.pdf"),
       dimension="Services",
       keywords=("Précarité", "Solidarité"),
       resume="Épicerie solidaire ouverte 3 demi-journées par semaine : les familles orientées "
              "paient 10 à 30 % du prix et construisent un projet (dette, vacances, équipement).",
       initiative=("Un ou plusieurs partenaire(s)",),
       territory="Une commune",
       experience="Les familles sont orientées par les assistantes sociales du Département "
                  "(Maison du Département de Saint-Brieuc) et par le CCAS de Saint-Brieuc, qui "
                  "siègent au comité d'attribution.\n"
                  "Approvisionnement : Banque alimentaire des Côtes-d'Armor, ramasse au magasin "
                  "Super U de Ploufragan, et dons de la ferme du Goëlo.",
       public=("familles", "Adultes"),
       declared=("Conseil départemental", "Associations", "Entreprises"),
       description="Budget prévisionnel 2024\n"
                   "PRODUITS\n"
                   "70 – Vente de marchandises\n"
                   "14 600\n"
                   "74 – Subventions d'exploitation\n"
                   "Etat :\n"
                   "-\n"
                   "Département(s) : Côtes-d'Armor\n"
                   "6 500\n"
                   "Intercommunalité(s) : Saint-Brieuc Armor Agglomération\n"
                   "5 000\n"
                   "Commune(s) :\n"
                   "-\n"
                   "CCAS de Saint-Brieuc\n"
                   "3 000\n"
                   "Fonds européens\n"
                   "Achats de denrées\n"
                   "4 200\n"
                   "Aides privées\n"
                   "1 200\n"
                   "TOTAL DES PRODUITS\n"
                   "30 300\n"
                   "La Fondation Bretagne Solidaire a été sollicitée (réponse en septembre).",
       financial="voir budget dans la description",
       people="1 responsable, 1 agent d'accueil, 14 bénévoles",
       res_territoire="96 familles accueillies.",
       res_habitants="Des dettes soldées, des projets réalisés (permis, vacances).",
       limites="Manque de produits frais l'été.",
       perspectives="Un atelier cuisine avec les Restos du cœur.",
       funders=[
           F("Conseil départemental", 6500, "Département(s) : Côtes-d'Armor\n6 500",
             alt=["Département des Côtes-d'Armor"]),
           F("Intercommunalité", 5000,
             "Intercommunalité(s) : Saint-Brieuc Armor Agglomération\n5 000",
             alt=["Saint-Brieuc Armor Agglomération"]),
           F("CCAS", 3000, "CCAS de Saint-Brieuc\n3 000", alt=["CCAS de Saint-Brieuc"]),
           F("Banque alimentaire des Côtes-d'Armor", None, "Banque alimentaire des Côtes-d'Armor",
             borderline=True, alt=["Banque alimentaire"]),
           F("Super U de Ploufragan", None, "ramasse au magasin Super U de Ploufragan",
             borderline=True, alt=["Super U"]),
           F("Ferme du Goëlo", None, "dons de la ferme du Goëlo", borderline=True),
       ],
       budget=B(30300, "TOTAL DES PRODUITS\n30 300"),
       partners=[
           P("Conseil départemental", "assistantes sociales du Département (Maison du "
             "Département de Saint-Brieuc)", alt=["Maison du Département de Saint-Brieuc"]),
           P("CCAS", "par le CCAS de Saint-Brieuc, qui siègent au comité d'attribution",
             alt=["CCAS de Saint-Brieuc"]),
           P("Banque alimentaire des Côtes-d'Armor", "Banque alimentaire des Côtes-d'Armor",
             alt=["Banque alimentaire"]),
           P("Super U de Ploufragan", "ramasse au magasin Super U de Ploufragan",
             borderline=True, alt=["Super U"]),
           P("Ferme du Goëlo", "dons de la ferme du Goëlo", borderline=True),
       ],
       excluded=X(
           funders=["Etat : / Commune(s) : (template lines with \"-\")",
                    "Fonds européens (template line; the next lines are a charge row: Achats de "
                    "denrées 4 200)",
                    "Aides privées 1 200 (no body named)",
                    "70 – Vente de marchandises (own sales)",
                    "Fondation Bretagne Solidaire (\"réponse en septembre\": pending)",
                    "Banque alimentaire, Super U, ferme du Goëlo: food given in kind, not valued "
                    "(borderline funders)"],
           partners=["comité d'attribution (the structure's own body)",
                     "Restos du cœur (future plan only)",
                     "Saint-Brieuc Armor Agglomération (funder only)"]),
       ),

    # Y14 Drôme, urban. Sport-santé: Ville "financé à 30 %" with no base (null); ARS; Valence
    # Romans Agglo "2500e"; a mutuelle "X a accordé"; ANS in prose; a Maison sport-santé, a hospital,
    # a sports club, a coach (individual).
    mk("Y14", "Bouger au Polygone : sport santé pour les femmes du quartier",
       "MAISON POUR TOUS DU POLYGONE - Drôme",
       keywords=("Santé",),
       resume="Marche nordique, gym douce et aquagym pour des femmes éloignées de toute activité "
              "physique, souvent en surpoids ou diabétiques.",
       territory="Un quartier",
       experience="Orientation par les médecins de la maison de santé du Polygone et par le service "
                  "diabétologie du centre hospitalier de Valence.\n"
                  "La Maison Sport Santé Valence Agglo fait les bilans de forme au début et à la "
                  "fin.\n"
                  "Les séances sont encadrées par Élodie, éducatrice sportive, et par le club "
                  "Valence Athlé Santé 26 pour la marche nordique.",
       public=("Adultes",),
       declared=("Commune", "Associations"),
       description="2 séances par semaine, 36 semaines. Aquagym au centre nautique "
                   "Jean-Pommier, ouvert sur un créneau réservé par la Ville de Valence.",
       financial="L'action est financée à 30 % par la Ville de Valence.\n"
                 "ARS Auvergne-Rhône-Alpes : 4 000 €\n"
                 "Valence Romans Agglo 2500e\n"
                 "La mutuelle Drôme Entraide a accordé 1 000 € pour les bilans.\n"
                 "Une aide de l'Agence nationale du sport de 1 800 €.",
       people="1 coordinatrice, 1 éducatrice sportive",
       res_habitants="34 femmes ; 22 ont continuées une activité seules.",
       limites="Garde d'enfants.",
       funders=[
           F("Commune", None, "financée à 30 % par la Ville de Valence",
             alt=["Ville de Valence"]),
           F("ARS", 4000, "ARS Auvergne-Rhône-Alpes : 4 000 €",
             alt=["ARS Auvergne-Rhône-Alpes"]),
           F("Intercommunalité", 2500, "Valence Romans Agglo 2500e",
             alt=["Valence Romans Agglo"]),
           F("Drôme Entraide", 1000, "La mutuelle Drôme Entraide a accordé 1 000 €",
             alt=["Mutuelle Drôme Entraide"]),
           F("ANS", 1800, "Une aide de l'Agence nationale du sport de 1 800 €",
             alt=["Agence nationale du sport"]),
       ],
       partners=[
           P("Maison de santé du Polygone",
             "Orientation par les médecins de la maison de santé du Polygone"),
           P("Centre hospitalier de Valence",
             "service diabétologie du centre hospitalier de Valence"),
           P("Maison Sport Santé Valence Agglo",
             "La Maison Sport Santé Valence Agglo fait les bilans de forme",
             alt=["Maison Sport Santé"]),
           P("Valence Athlé Santé 26", "par le club Valence Athlé Santé 26"),
           P("Commune", "ouvert sur un créneau réservé par la Ville de Valence",
             alt=["Ville de Valence"]),
       ],
       excluded=X(
           funders=["centre nautique Jean-Pommier (venue)"],
           partners=["Élodie (individual)", "centre nautique Jean-Pommier (venue; the Ville is "
                     "the partner)",
                     "ARS, Valence Romans Agglo, Drôme Entraide, ANS (funders only)"]),
       ),

    # Y15 Eure, urban. Numérique/accès aux droits. ANCT conseiller numérique "poste financé par
    # l'ANCT (25 000 € par an)"; Évreux Portes de Normandie; an invented company foundation; CPAM
    # and CAF hold permanences (partners, not funders); France Services, Emmaüs Connect; a person.
    mk("Y15", "Le Relais numérique de La Madeleine",
       "CENTRE SOCIAL DE LA MADELEINE - Eure",
       dimension="Services",
       keywords=("Précarité", "Solidarité"),
       resume="Accueil sans rendez-vous pour les démarches en ligne, ateliers de prise en main du "
              "smartphone, recyclage d'ordinateurs pour les familles.",
       territory="Un quartier",
       experience="La CPAM de l'Eure et la Caf de l'Eure tiennent chacune une permanence mensuelle "
                  "au relais.\n"
                  "La France Services d'Évreux nous renvoie les personnes qui ont besoin d'un "
                  "accompagnement long.\n"
                  "Emmaüs Connect fournit des cartes SIM et recharges à tarif solidaire.",
       public=("Adultes", "Seniors"),
       declared=("Caf", "Autre"),
       description="Mme Pichon, bénévole, anime l'atelier « premiers pas » le mercredi.\n"
                   "Les ordinateurs sont reconditionnés par l'entreprise d'insertion Recycl'Eure.",
       financial="Poste de conseiller numérique financé par l'ANCT (25 000 € par an)\n"
                 "Évreux Portes de Normandie : 3 000 €\n"
                 "Fondation Normandie Connectée : 2.000 €",
       people="1 conseiller numérique, 3 bénévoles",
       res_habitants="780 passages ; 140 personnes formées.",
       funders=[
           F("ANCT", 25000, "financé par l'ANCT (25 000 € par an)",
             alt=["État", "Conseiller numérique", "Agence nationale de la cohésion des "
                  "territoires"]),
           F("Intercommunalité", 3000, "Évreux Portes de Normandie : 3 000 €",
             alt=["Évreux Portes de Normandie"]),
           F("Fondation Normandie Connectée", 2000, "Fondation Normandie Connectée : 2.000 €"),
       ],
       partners=[
           P("CPAM", "La CPAM de l'Eure et la Caf de l'Eure tiennent chacune une permanence",
             alt=["CPAM de l'Eure"]),
           P("CAF", "La CPAM de l'Eure et la Caf de l'Eure tiennent chacune une permanence",
             alt=["Caf de l'Eure"]),
           P("France Services d'Évreux", "La France Services d'Évreux nous renvoie les personnes",
             alt=["France Services"]),
           P("Emmaüs Connect", "Emmaüs Connect fournit des cartes SIM"),
           P("Recycl'Eure", "reconditionnés par l'entreprise d'insertion Recycl'Eure"),
       ],
       excluded=X(
           funders=["CPAM, Caf (permanences only, not said to pay)",
                    "Emmaüs Connect (sells SIM cards at a solidarity price)"],
           partners=["Mme Pichon (individual)",
                     "ANCT, Évreux Portes de Normandie, Fondation Normandie Connectée "
                     "(funders only)"]),
       ),

    # Y16 Gers, rural. A storytelling festival: LEADER "au titre du programme LEADER" through the GAL
    # (intermediary: borderline partner); DRAC Occitanie; Grand Auch Cœur de Gascogne; a local
    # insurer "sponsor"; ticketing (own sales); médiathèque, foyer rural, écoles; a storyteller.
    mk("Y16", "Festival Contes en Gascogne",
       "FOYER D'ANIMATION SOCIALE DU PAYS D'AUCH - Gers",
       dimension="Accompagnement de projets",
       keywords=("Culture", "intergénérationnel"),
       resume="Dix jours de contes dans douze villages en octobre : veillées, spectacles dans les "
              "écoles, balades contées. Les habitants hébergent les conteurs.",
       initiative=("Un groupe d'habitants",),
       territory="Plusieurs communes",
       experience="Un comité d'habitants programme le festival avec la médiathèque du Grand Auch.\n"
                  "Les écoles de Pavie et de Montaut-les-Créneaux accueillent des séances "
                  "scolaires ; le foyer rural de Castin organise la veillée de clôture.\n"
                  "Le GAL Pays d'Auch nous a aidés à monter le dossier européen.",
       public=("Tous publics",),
       declared=("Intercommunalité", "Associations"),
       description="Conteurs : 5 professionnels, dont Mathilde Cazaux, et une scène ouverte "
                   "amateurs.",
       financial="FEADER (LEADER) : 7 200 €\n"
                 "DRAC Occitanie : 3 000 €\n"
                 "Grand Auch Coeur de Gascogne 2 000 €\n"
                 "Gascogne Mutuelle Assurances, sponsor du festival : 800 €\n"
                 "billetterie : 2 100 €\n"
                 "Total : 15 100 €",
       people="2 salariés, 40 bénévoles",
       res_territoire="1 900 spectateurs.",
       perspectives="Une édition de printemps.",
       funders=[
           F("Fonds européens", 7200, "FEADER (LEADER) : 7 200 €",
             alt=["LEADER", "FEADER", "Union européenne"]),
           F("DRAC", 3000, "DRAC Occitanie : 3 000 €", alt=["DRAC Occitanie", "État"]),
           F("Intercommunalité", 2000, "Grand Auch Coeur de Gascogne 2 000 €",
             alt=["Grand Auch Coeur de Gascogne", "Grand Auch Cœur de Gascogne"]),
           F("Gascogne Mutuelle Assurances", 800,
             "Gascogne Mutuelle Assurances, sponsor du festival : 800 €"),
       ],
       budget=B(15100, "Total : 15 100 €"),
       partners=[
           P("Médiathèque du Grand Auch", "avec la médiathèque du Grand Auch"),
           P("École de Pavie", "Les écoles de Pavie et de Montaut-les-Créneaux accueillent"),
           P("École de Montaut-les-Créneaux",
             "Les écoles de Pavie et de Montaut-les-Créneaux accueillent"),
           P("Foyer rural de Castin", "le foyer rural de Castin organise la veillée de clôture"),
           P("GAL Pays d'Auch", "Le GAL Pays d'Auch nous a aidés à monter le dossier européen",
             borderline=True),
       ],
       excluded=X(
           funders=["GAL Pays d'Auch (helped with the application; intermediary)",
                    "billetterie : 2 100 € (own sales)"],
           partners=["Mathilde Cazaux (individual storyteller)",
                     "comité d'habitants (inhabitants)",
                     "FEADER, DRAC, Grand Auch, Gascogne Mutuelle Assurances (funders only)"]),
       ),

    # Y17 Indre-et-Loire, urban QPV. Adultes-relais convention (ANCT, "20 104,85 € par an");
    # Tours Habitat funder + partner; Tours Métropole; Ville; médiation with police municipale
    # (Commune, declared); a collège; an association with "et".
    mk("Y17", "Médiation de proximité au Sanitas",
       "CENTRE SOCIAL PLURIEL(LE)S - SANITAS - Indre-et-Loire",
       keywords=("Démocratie & citoyenneté", "Mixité sociale"),
       resume="Deux médiateurs sillonnent le quartier, règlent les petits conflits de voisinage, "
              "accompagnent vers les services et font remonter les problèmes d'entretien.",
       territory="Un quartier",
       experience="Travail quotidien avec les gardiens de Tours Habitat et la police municipale de "
                  "Tours. Réunion mensuelle de coordination avec le collège Pierre-de-Ronsard et "
                  "l'association Parents et Voisins du Sanitas.",
       public=("Tous publics",),
       declared=("Commune", "Bailleur social"),
       description="Horaires décalés (jusqu'à 21 h l'été).",
       financial="Convention adulte-relais (ANCT) : 20 104,85 € par an pour un poste\n"
                 "Tours Habitat : 8 000 €\n"
                 "Tours Métropole Val de Loire : 5 000 €\n"
                 "Ville de Tours : 4 500 €",
       people="2 médiateurs",
       res_territoire="310 interventions, 45 conflits apaisés.",
       funders=[
           F("Commune", 4500, "Ville de Tours : 4 500 €", alt=["Ville de Tours"]),
           F("ANCT", 20104.85,
             "Convention adulte-relais (ANCT) : 20 104,85 € par an",
             alt=["État", "Adultes-relais", "Politique de la ville"]),
           F("Tours Habitat", 8000, "Tours Habitat : 8 000 €", alt=["Bailleur social"]),
           F("Intercommunalité", 5000, "Tours Métropole Val de Loire : 5 000 €",
             alt=["Tours Métropole Val de Loire", "Tours Métropole"]),
       ],
       partners=[
           P("Tours Habitat", "avec les gardiens de Tours Habitat"),
           P("Commune", "la police municipale de Tours",
             alt=["Police municipale de Tours", "Ville de Tours"]),
           P("Collège Pierre-de-Ronsard", "avec le collège Pierre-de-Ronsard"),
           P("Parents et Voisins du Sanitas", "l'association Parents et Voisins du Sanitas"),
       ],
       excluded=X(
           partners=["gardiens (staff of Tours Habitat)",
                     "ANCT, Tours Métropole (funders only)"]),
       ),

    # Y18 Jura, mountain. Winter outings: Colos apprenantes (SDJES) -> État; Communauté de communes
    # Haut-Jura Saint-Claude; Département du Jura; JPA per-child aid (per-unit: null); a PNR lends
    # snowshoes (partner only); ski club; a school; a past funder ("en 2022 et 2023 ... par an").
    mk("Y18", "Neige pour tous : sorties et mini-séjours d'hiver pour les enfants de Saint-Claude",
       "CENTRE SOCIAL DU PLATEAU DU TRIEUR - Jura",
       keywords=("vacances / loisirs", "Précarité"),
       resume="Beaucoup d'enfants de Saint-Claude n'ont jamais skié alors qu'ils vivent à 20 km "
              "des pistes. Pendant les vacances de février : 5 journées et un mini-séjour.",
       territory="Une commune",
       experience="Le ski club des Moussières encadre les débutants ; le Parc naturel régional du "
                  "Haut-Jura prête les raquettes et anime une sortie traces d'animaux.\n"
                  "L'école des Avignonnets prépare la sortie en classe.",
       public=("Enfance",),
       declared=("Intercommunalité", "Conseil départemental"),
       description="Mini-séjour de 3 jours au chalet de Bellecombe, labellisé « colos "
                   "apprenantes ».",
       financial="Le mini-séjour est financé par l'Etat (colos apprenantes, SDJES du Jura) : "
                 "3 300 €\n"
                 "Communauté de communes Haut-Jura Saint-Claude : 2 500 €\n"
                 "Conseil départemental du Jura : 1 500 €\n"
                 "La JPA aide les familles : 50 € par enfant.\n"
                 "La Fondation Montagne Partagée nous a financés en 2022 et 2023 (1 000 € par "
                 "an), elle a arrêté son programme montagne.",
       people="3 animateurs",
       res_habitants="42 enfants, 19 au mini-séjour.",
       funders=[
           F("État", 3300, "financé par l'Etat (colos apprenantes, SDJES du Jura) : 3 300 €",
             alt=["SDJES", "SDJES du Jura", "Colos apprenantes"]),
           F("Intercommunalité", 2500,
             "Communauté de communes Haut-Jura Saint-Claude : 2 500 €",
             alt=["Communauté de communes Haut-Jura Saint-Claude"]),
           F("Conseil départemental", 1500, "Conseil départemental du Jura : 1 500 €",
             alt=["Conseil départemental du Jura"]),
           F("Fondation Montagne Partagée", 1000,
             "La Fondation Montagne Partagée nous a financés en 2022 et 2023 (1 000 € par an)"),
       ],
       partners=[
           P("Ski club des Moussières", "Le ski club des Moussières encadre les débutants"),
           P("Parc naturel régional du Haut-Jura",
             "le Parc naturel régional du Haut-Jura prête les raquettes et anime une sortie",
             alt=["PNR du Haut-Jura"]),
           P("École des Avignonnets", "L'école des Avignonnets prépare la sortie en classe",
             borderline=True),
       ],
       excluded=X(
           funders=["JPA (50 € par enfant, an aid paid to the families)",
                    "Parc naturel régional du Haut-Jura (lends snowshoes: partner only)",
                    "chalet de Bellecombe (venue)"],
           partners=["JPA (aid to families only)",
                     "État/SDJES, Communauté de communes, Département, Fondation Montagne "
                     "Partagée (funders only)"]),
       ),

    # Y19 Landes. Jardins partagés: a lowercase comma list of partners; Mont de Marsan Agglo;
    # Département des Landes; a bailleur lends the land (borderline funder with a value "valorisé");
    # a fonds de dotation "1200 e"; a lycée agricole, the Restos, a ludothèque in lowercase.
    mk("Y19", "Les Jardins du Peyrouat",
       "CENTRE SOCIAL ET CULTUREL DU PEYROUAT - Landes",
       keywords=("Environnement", "Mixité sociale"),
       resume="30 parcelles cultivées par des familles du quartier, une parcelle collective pour "
              "l'aide alimentaire, des ateliers le mercredi avec les enfants.",
       initiative=("Un groupe d'habitants",),
       territory="Un quartier",
       experience="partenaires : lycée agricole de sabres, les restos du coeur de mont-de-marsan, "
                  "la ludothèque la marelle, jardins d'aquitaine insertion.\n"
                  "Le terrain appartient à XL Habitat, qui le met à disposition gratuitement "
                  "(valorisé 2 400 € par an) et a installé les clôtures.",
       public=("familles",),
       declared=("Bailleur social", "Associations"),
       description="Chaque famille signe une charte. Récupération d'eau de pluie.",
       financial="Mont de Marsan Agglo : 3 000 €\n"
                 "Département des Landes : 2 000 €\n"
                 "Fonds de dotation Pins et Partages : 1200 e",
       people="1 animatrice, 1 jardinier",
       res_habitants="30 familles, 400 kg de légumes donnés.",
       funders=[
           F("Intercommunalité", 3000, "Mont de Marsan Agglo : 3 000 €",
             alt=["Mont de Marsan Agglo"]),
           F("Conseil départemental", 2000, "Département des Landes : 2 000 €",
             alt=["Département des Landes"]),
           F("Fonds de dotation Pins et Partages", 1200,
             "Fonds de dotation Pins et Partages : 1200 e", alt=["Pins et Partages"]),
           F("XL Habitat", 2400, "XL Habitat, qui le met à disposition gratuitement "
             "(valorisé 2 400 € par an)", borderline=True, alt=["Bailleur social"]),
       ],
       partners=[
           P("Lycée agricole de Sabres", "lycée agricole de sabres"),
           P("Restos du cœur de Mont-de-Marsan", "les restos du coeur de mont-de-marsan",
             alt=["Restos du cœur", "Restos du coeur"]),
           P("Ludothèque La Marelle", "la ludothèque la marelle"),
           P("Jardins d'Aquitaine Insertion", "jardins d'aquitaine insertion"),
           P("XL Habitat", "XL Habitat, qui le met à disposition gratuitement"),
       ],
       excluded=X(
           partners=["familles (participants)",
                     "Mont de Marsan Agglo, Département, Pins et Partages (funders only)"]),
       ),

    # Y20 Loir-et-Cher, urban. Théâtre-forum against discriminations: DILCRAH (State delegation)
    # -> État; Agglopolys "1,5 k€"; Ville de Blois; Région Centre-Val de Loire "Région(s) :"
    # style line; a theatre company, a lycée, the Défenseur des droits' délégué (individual /
    # borderline); page header after.
    mk("Y20", "Tous pareils, tous différents : théâtre-forum contre les discriminations",
       "CENTRE SOCIAL DE LA QUINIERE - Loir-et-Cher",
       keywords=("discriminations", "Démocratie & citoyenneté"),
       resume="Des jeunes et des adultes du quartier écrivent des scènes vécues "
              "(contrôles, emploi, logement) et les jouent en théâtre-forum.",
       territory="Plusieurs quartiers",
       experience="Animé par la compagnie Le Grain de Sable. 4 représentations : au lycée "
                  "Augustin-Thierry, à la Halle aux grains, au centre social et à l'IUT.\n"
                  "Un délégué du Défenseur des droits a participé au débat après chaque "
                  "représentation.",
       public=("Jeunesse", "Adultes"),
       declared=("Commune", "Education nationale"),
       description="12 ateliers d'écriture et de jeu, puis les représentations en mars (semaine "
                   "contre le racisme).",
       financial="DILCRAH (appel à projets local, préfecture) : 2 500 €\n"
                 "Agglopolys : 1,5 k€\n"
                 "Ville de Blois : 1 200 €\n"
                 "Région(s) : Centre-Val de Loire 2 000 €",
       people="1 animateur, 2 comédiens",
       res_habitants="18 participants, 600 spectateurs.",
       page_header_after=True,
       funders=[
           F("Commune", 1200, "Ville de Blois : 1 200 €", alt=["Ville de Blois"]),
           F("État", 2500, "DILCRAH (appel à projets local, préfecture) : 2 500 €",
             alt=["DILCRAH", "Préfecture"]),
           F("Intercommunalité", 1500, "Agglopolys : 1,5 k€", alt=["Agglopolys"]),
           F("Région", 2000, "Région(s) : Centre-Val de Loire 2 000 €",
             alt=["Région Centre-Val de Loire"]),
       ],
       partners=[
           P("Le Grain de Sable", "Animé par la compagnie Le Grain de Sable",
             alt=["Compagnie Le Grain de Sable"]),
           P("Lycée Augustin-Thierry", "au lycée Augustin-Thierry"),
           P("IUT de Blois", "et à l'IUT", borderline=True, alt=["IUT"]),
           P("Défenseur des droits", "Un délégué du Défenseur des droits a participé au débat",
             borderline=True),
       ],
       excluded=X(
           partners=["Halle aux grains (venue)",
                     "DILCRAH, Agglopolys, Région (funders only)"]),
       ),
]

"""Test set 5, fiches Y21-Y30 (hand-written; text and annotation together)."""

from eval.sets.gold_helpers import B, F, P, X, mk

R3 = [
    # Y21 Haute-Loire, rural. Aidants: CARSAT and MSA in one sentence with brackets; Conférence des
    # financeurs "CFPPA 43"; agglomeration; an invented foundation with a RANGE; France Alzheimer,
    # a plateforme de répit, CLIC; a psychologist (individual).
    mk("Y21", "Pause-café des aidants du Velay",
       "CENTRE SOCIAL DU VAL VERT - Haute-Loire",
       keywords=("Viellissement", "Santé"),
       resume="Un lieu et un temps pour les proches aidants : groupe de parole mensuel animé par "
              "une psychologue, ateliers bien-être, sorties avec ou sans la personne aidée.",
       initiative=("Un ou plusieurs partenaire(s)",),
       territory="Plusieurs communes",
       experience="Proposé par la Plateforme de répit des aidants de Haute-Loire, qui co-anime "
                  "les groupes et assure la garde de la personne aidée pendant les ateliers.\n"
                  "France Alzheimer Haute-Loire tient un stand aux journées des aidants.\n"
                  "Le CLIC du Puy-en-Velay repère et oriente.",
       public=("Adultes", "Seniors"),
       declared=("Associations", "Autre"),
       description="Groupe de parole avec Mme Roux, psychologue libérale, payée à la séance "
                   "(70 € la séance).\n"
                   "Sorties : jardin botanique, cinéma, restaurant.",
       financial="Le projet est soutenu par la Carsat Auvergne (2 800 €) et la MSA Auvergne "
                 "(1 500 €), ainsi que par la CFPPA 43 pour 4 000 €.\n"
                 "L'Agglomération du Puy-en-Velay : 1 000 €\n"
                 "La Fondation Aide aux Aidants a donné son accord : entre 1 000 et 1 500 € "
                 "selon le nombre d'aidants accompagnés.",
       people="1 référente famille, 1 psychologue",
       res_habitants="23 aidants ; plusieurs disent avoir repris une vie sociale.",
       limites="Difficile de toucher les aidants qui travaillent.",
       funders=[
           F("CARSAT", 2800, "la Carsat Auvergne (2 800 €)", alt=["Carsat Auvergne"]),
           F("MSA", 1500, "la MSA Auvergne (1 500 €)",
             alt=["MSA Auvergne"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 4000,
             "par la CFPPA 43 pour 4 000 €", alt=["CFPPA", "CFPPA 43",
                                                  "Conférence des financeurs"]),
           F("Intercommunalité", 1000, "L'Agglomération du Puy-en-Velay : 1 000 €",
             alt=["Agglomération du Puy-en-Velay"]),
           F("Fondation Aide aux Aidants", None,
             "La Fondation Aide aux Aidants a donné son accord : entre 1 000 et 1 500 €",
             rng=(1000, 1500)),
       ],
       partners=[
           P("Plateforme de répit des aidants de Haute-Loire",
             "Proposé par la Plateforme de répit des aidants de Haute-Loire, qui co-anime",
             alt=["Plateforme de répit"]),
           P("France Alzheimer Haute-Loire",
             "France Alzheimer Haute-Loire tient un stand aux journées des aidants",
             alt=["France Alzheimer"]),
           P("CLIC du Puy-en-Velay", "Le CLIC du Puy-en-Velay repère et oriente",
             alt=["CLIC"]),
       ],
       excluded=X(
           funders=["70 € la séance (a cost: the psychologist's fee)",
                    "Pause-café (negative for CAF)"],
           partners=["Mme Roux (individual psychologist)",
                     "jardin botanique, cinéma, restaurant (outing places)",
                     "Carsat, MSA, CFPPA 43, Agglomération, Fondation Aide aux Aidants "
                     "(funders only)"]),
       ),

    # Y22 Loiret, urban QPV, long. Insertion: FSE+ "15 000 €"; DREETS (État) "dans le cadre du plan
    # de lutte contre la pauvreté"; Orléans Métropole; Ville; bailleur "Les Résidences de
    # l'Orléanais"; a percentage without base for the Département; France Travail, Cap emploi,
    # Mission locale, a GEIQ, companies (a lowercase list); REFUSED Région.
    mk("Y22", "Cap vers l'emploi : accompagnement renforcé des parents de La Source",
       "CENTRE SOCIAL ROMAIN ROLLAND - LA SOURCE - Loiret",
       files=("bilan_2024.pdf",),
       dimension="Accompagnement de projets",
       keywords=("Emploi, économie", "Parentalité", "Précarité"),
       resume="Un accompagnement de 6 mois vers l'emploi pour des parents (surtout des mères "
              "seules) : mobilité, garde d'enfants, confiance en soi, immersions en entreprise.\n"
              "L'originalité : on règle d'abord la garde et le transport, puis on cherche le "
              "travail.",
       territory="Un quartier",
       experience="Orientation par France Travail, la Mission locale de l'Orléanais et Cap emploi "
                  "Loiret pour les personnes en situation de handicap.\n"
                  "Le GEIQ Propreté Centre propose des contrats en alternance ; immersions chez : "
                  "transports keolis orléans, la blanchisserie du val, hôpital de la source, "
                  "carrefour market saint-marceau.\n"
                  "Les places de crèche sont réservées avec la crèche Les Petits Loups de la "
                  "Ville d'Orléans.",
       public=("Adultes", "familles"),
       declared=("Commune", "Bailleur social", "Entreprises"),
       description="Cohorte de 15 personnes par an. Entretiens individuels chaque semaine, ateliers "
                   "collectifs le jeudi.\n"
                   "Une conseillère d'insertion (salariée) et une bénévole, ancienne DRH, Mme "
                   "Brossard.",
       financial="FSE+ : 15 000 €\n"
                 "DREETS Centre-Val de Loire (Stratégie pauvreté) : 6 000 €\n"
                 "Orléans Métropole : 4 000 €\n"
                 "Ville d'Orléans : 3 000 €\n"
                 "Les Résidences de l'Orléanais : 1 500 €\n"
                 "Le Département du Loiret finance environ 10 % de l'action via le PDI.\n"
                 "Région Centre-Val de Loire : dossier non retenu.\n"
                 "Budget total 2024 : 33 500 €",
       people="1 conseillère, 1 bénévole",
       res_territoire="15 parents accompagnés, 9 en emploi ou formation à 6 mois.",
       res_centre="Nouveaux liens avec les entreprises du quartier.",
       res_habitants="Confiance retrouvée.",
       limites="Horaires de travail tôt le matin incompatibles avec les crèches.",
       perspectives="Un club d'entreprises de La Source.",
       funders=[
           F("Commune", 3000, "Ville d'Orléans : 3 000 €", alt=["Ville d'Orléans"]),
           F("Fonds européens", 15000, "FSE+ : 15 000 €", alt=["FSE+", "FSE"]),
           F("État", 6000, "DREETS Centre-Val de Loire (Stratégie pauvreté) : 6 000 €",
             alt=["DREETS", "DREETS Centre-Val de Loire", "Stratégie pauvreté"]),
           F("Intercommunalité", 4000, "Orléans Métropole : 4 000 €",
             alt=["Orléans Métropole"]),
           F("Les Résidences de l'Orléanais", 1500, "Les Résidences de l'Orléanais : 1 500 €",
             alt=["Bailleur social"]),
           F("Conseil départemental", None,
             "Le Département du Loiret finance environ 10 % de l'action via le PDI",
             alt=["Département du Loiret", "PDI"]),
       ],
       budget=B(33500, "Budget total 2024 : 33 500 €"),
       partners=[
           P("France Travail", "Orientation par France Travail"),
           P("Mission locale de l'Orléanais", "la Mission locale de l'Orléanais",
             alt=["Mission locale"]),
           P("Cap emploi Loiret", "Cap emploi Loiret",
             alt=["Cap emploi"]),
           P("GEIQ Propreté Centre", "Le GEIQ Propreté Centre propose des contrats"),
           P("Keolis Orléans", "transports keolis orléans", alt=["Keolis"]),
           P("Blanchisserie du Val", "la blanchisserie du val"),
           P("Hôpital de La Source", "hôpital de la source"),
           P("Carrefour Market Saint-Marceau", "carrefour market saint-marceau",
             alt=["Carrefour Market"]),
           P("Commune", "la crèche Les Petits Loups de la Ville d'Orléans",
             alt=["Crèche Les Petits Loups", "Ville d'Orléans"]),
       ],
       excluded=X(
           funders=["Région Centre-Val de Loire (\"dossier non retenu\": refused)"],
           partners=["Mme Brossard (individual volunteer)",
                     "club d'entreprises de La Source (future plan only)",
                     "FSE+, DREETS, Orléans Métropole, Les Résidences de l'Orléanais, "
                     "Département (funders only)"]),
       ),

    # Y23 Lot-et-Garonne, short. Summer fishing and canoeing: "Quartiers d'été" (ANCT) in prose;
    # Grand Villeneuvois "1 200 €"; the fishing federation gives permits (in kind, valued:
    # borderline funder + partner); a canoe club; "4 € par enfant".
    mk("Y23", "Au fil du Lot : pêche et canoë pour les enfants des Haras",
       "CENTRE SOCIAL DES HARAS - Lot-et-Garonne",
       keywords=("vacances / loisirs", "Environnement"),
       resume="Découverte de la rivière en juillet : initiation pêche, canoë, nettoyage des "
              "berges.",
       territory="Un quartier",
       public=("Enfance",),
       declared=("Associations",),
       description="La Fédération de pêche de Lot-et-Garonne a offert les cartes de pêche "
                   "(valeur 480 €) et un guide. Le Canoë Club Villeneuvois encadre les sorties.",
       financial="Nous avons obtenu 2 000 € au titre de Quartiers d'été (ANCT).\n"
                 "Agglomération du Grand Villeneuvois : 1 200 €\n"
                 "familles : 4 € par enfant",
       people="2 animateurs",
       funders=[
           F("ANCT", 2000, "2 000 € au titre de Quartiers d'été (ANCT)",
             alt=["Quartiers d'été", "Politique de la ville", "État"]),
           F("Intercommunalité", 1200, "Agglomération du Grand Villeneuvois : 1 200 €",
             alt=["Agglomération du Grand Villeneuvois", "Grand Villeneuvois"]),
           F("Fédération de pêche de Lot-et-Garonne", 480,
             "La Fédération de pêche de Lot-et-Garonne a offert les cartes de pêche "
             "(valeur 480 €)", borderline=True, alt=["Fédération de pêche"]),
       ],
       partners=[
           P("Fédération de pêche de Lot-et-Garonne",
             "La Fédération de pêche de Lot-et-Garonne a offert les cartes de pêche "
             "(valeur 480 €) et un guide", alt=["Fédération de pêche"]),
           P("Canoë Club Villeneuvois", "Le Canoë Club Villeneuvois encadre les sorties"),
       ],
       excluded=X(
           funders=["familles : 4 € par enfant (participants)"],
           partners=["ANCT, Grand Villeneuvois (funders only)"]),
       ),

    # Y24 Haute-Marne. The centre is run by the CAF: "CENTRE SOCIAL CAF ..." (the CAF is neither
    # funder nor partner); Ville de Chaumont; Agglomération de Chaumont; Département "a apporté";
    # a sewing company's gift (borderline funder + borderline partner); ESAT; France Travail.
    mk("Y24", "Fil à fil : atelier couture et remobilisation",
       "CENTRE SOCIAL CAF LA ROCHOTTE - Haute-Marne",
       keywords=("Emploi, économie", "Solidarité"),
       resume="Atelier couture deux jour par semaine pour des femmes éloignées de l'emploi : "
              "retouches, création, vente au marché de Noël.",
       territory="Un quartier",
       experience="Les participantes sont orientées par France Travail et par l'ESAT Les "
                  "Tisserands de Chaumont, qui envoie aussi deux travailleurs en stage.\n"
                  "Notre conseillère en économie sociale et familiale suit chaque femme.",
       public=("Adultes",),
       declared=("Commune", "Conseil départemental"),
       description="Machines : la Mercerie Chaumontaise a donné 6 machines à coudre "
                   "reconditionnées.",
       financial="Ville de Chaumont : 2 200 €\n"
                 "Agglomération de Chaumont : 1 800 €\n"
                 "Le Conseil départemental de la Haute-Marne a apporté 2 500 € (insertion).\n"
                 "Le reste est pris sur le budget du centre social.",
       people="1 couturière salariée, 1 CESF",
       res_habitants="12 femmes, 4 en formation ensuite.",
       funders=[
           F("Commune", 2200, "Ville de Chaumont : 2 200 €", alt=["Ville de Chaumont"]),
           F("Intercommunalité", 1800, "Agglomération de Chaumont : 1 800 €",
             alt=["Agglomération de Chaumont"]),
           F("Conseil départemental", 2500,
             "Le Conseil départemental de la Haute-Marne a apporté 2 500 €",
             alt=["Conseil départemental de la Haute-Marne"]),
           F("Mercerie Chaumontaise", None,
             "la Mercerie Chaumontaise a donné 6 machines à coudre", borderline=True),
       ],
       partners=[
           P("France Travail", "orientées par France Travail"),
           P("ESAT Les Tisserands", "l'ESAT Les Tisserands de Chaumont, qui envoie aussi"),
           P("Mercerie Chaumontaise", "la Mercerie Chaumontaise a donné 6 machines à coudre",
             borderline=True),
       ],
       excluded=X(
           funders=["CAF (the structure's own manager: \"CENTRE SOCIAL CAF LA ROCHOTTE\")",
                    "budget du centre social (the structure)"],
           partners=["CAF (part of the structure's name)",
                     "conseillère en économie sociale et familiale (staff)",
                     "Ville, Agglomération, Département (funders only)"]),
       ),

    # Y25 Mayenne, rural EVS. Café associatif: "café" in the title (negative for CAF); Laval
    # Agglomération; MSA Mayenne-Orne-Sarthe "1.000 €"; Région Pays de la Loire; a mutual insurer;
    # a lowercase partner list inside a sentence; the mairie lends the building (borderline funder,
    # partner = declared Commune); an amount on the next line.
    mk("Y25", "Le Bistrot d'Ahuillé : café associatif et épicerie de dépannage",
       "ESPACE DE VIE SOCIALE LE LIEN - Mayenne",
       dimension="Citoyenneté",
       keywords=("Solidarité", "intergénérationnel"),
       resume="Le dernier café du bourg avait fermé. Des habitants l'ont rouvert en associatif : "
              "café, petite épicerie, jeux, concerts, permanences.",
       initiative=("Un groupe d'habitants",),
       territory="Une commune",
       experience="La mairie d'Ahuillé met à disposition l'ancien bar (loyer symbolique de 1 €).\n"
                  "On travaille avec la bibliothèque d'ahuillé, le comité des fêtes, l'amicale des "
                  "retraités et la ferme des Trois Chênes qui fournit le lait et les fromages.",
       public=("Tous publics",),
       declared=("Commune", "Associations"),
       description="Ouvert 5 demi-journées par semaine, tenu par 25 bénévoles.",
       financial="Laval Agglomération\n"
                 "3 500 €\n"
                 "MSA Mayenne-Orne-Sarthe 1.000 €\n"
                 "Région Pays de la Loire (Fonds régional de la vie associative) : 2 000 €\n"
                 "Mutuelle Terres de Mayenne : 600 €\n"
                 "Ventes du café et de l'épicerie : environ 9 000 €",
       people="25 bénévoles, 1 animatrice de l'EVS",
       res_territoire="Un lieu de vie retrouvé dans le bourg.",
       funders=[
           F("Commune", None, "La mairie d'Ahuillé met à disposition l'ancien bar",
             borderline=True, alt=["Mairie d'Ahuillé"]),
           F("Intercommunalité", 3500, "Laval Agglomération\n3 500 €",
             alt=["Laval Agglomération"]),
           F("MSA", 1000, "MSA Mayenne-Orne-Sarthe 1.000 €", alt=["MSA Mayenne-Orne-Sarthe"]),
           F("Région", 2000, "Région Pays de la Loire (Fonds régional de la vie associative) : "
             "2 000 €", alt=["Région Pays de la Loire"]),
           F("Mutuelle Terres de Mayenne", 600, "Mutuelle Terres de Mayenne : 600 €"),
       ],
       partners=[
           P("Commune", "La mairie d'Ahuillé met à disposition l'ancien bar",
             alt=["Mairie d'Ahuillé"]),
           P("Bibliothèque d'Ahuillé", "la bibliothèque d'ahuillé"),
           P("Comité des fêtes d'Ahuillé", "le comité des fêtes", alt=["Comité des fêtes"]),
           P("Amicale des retraités d'Ahuillé", "l'amicale des retraités",
             alt=["Amicale des retraités"]),
           P("Ferme des Trois Chênes", "la ferme des Trois Chênes qui fournit le lait"),
       ],
       excluded=X(
           funders=["Ventes du café et de l'épicerie (own sales)",
                    "café (negative for CAF)",
                    "loyer symbolique de 1 € (not an amount of funding)"],
           partners=["Laval Agglomération, MSA, Région, Mutuelle Terres de Mayenne "
                     "(funders only)"]),
       ),

    # Y26 Meurthe-et-Moselle, urban. Family holidays: ANCV per person (null); VACAF (aid to
    # families, not a funder); Métropole du Grand Nancy; Département "5000 €"; a bailleur in
    # lowercase "mmh"; Caf named only through VACAF; a holiday association; a federation lending
    # a coach (vehicle in kind: borderline funder + partner).
    mk("Y26", "Premiers départs : accompagner les familles vers leurs premières vacances",
       "CENTRE SOCIAL LES NATIONS - Meurthe-et-Moselle",
       keywords=("vacances / loisirs", "Parentalité"),
       resume="D'octobre à juin, des familles qui ne sont jamais parties préparent leur séjour : "
              "budget, choix du lieu, épargne, valise. Départ en juillet.",
       territory="Un quartier",
       experience="Les séjours sont réservés avec Vacances & Familles Grand Est ; la Ligue de "
                  "l'enseignement 54 prête un car pour le départ.\n"
                  "Les familles bénéficient des aides VACAF de la Caf.",
       public=("familles",),
       declared=("Bailleur social", "Associations"),
       description="8 familles en 2024.",
       financial="ANCV (APV) : 150 € par personne\n"
                 "Métropole du Grand Nancy : 3 000 €\n"
                 "Conseil départemental 54 : 5000 €\n"
                 "mmh : 1 000 €\n"
                 "épargne des familles : 30 € par mois",
       people="1 référente famille",
       res_habitants="8 familles parties, 31 personnes.",
       funders=[
           F("ANCV", None, "ANCV (APV) : 150 € par personne",
             alt=["Agence nationale pour les chèques-vacances"]),
           F("Intercommunalité", 3000, "Métropole du Grand Nancy : 3 000 €",
             alt=["Métropole du Grand Nancy", "Grand Nancy"]),
           F("Conseil départemental", 5000, "Conseil départemental 54 : 5000 €",
             alt=["Conseil départemental 54", "Département de Meurthe-et-Moselle"]),
           F("mmH", 1000, "mmh : 1 000 €",
             alt=["meurthe-et-moselle habitat", "Bailleur social"]),
           F("Ligue de l'enseignement 54", None, "la Ligue de l'enseignement 54 prête un car",
             borderline=True, alt=["Ligue de l'enseignement"]),
       ],
       partners=[
           P("Vacances & Familles Grand Est",
             "Les séjours sont réservés avec Vacances & Familles Grand Est",
             alt=["Vacances & Familles"]),
           P("Ligue de l'enseignement 54", "la Ligue de l'enseignement 54 prête un car",
             alt=["Ligue de l'enseignement"]),
       ],
       excluded=X(
           funders=["Caf (VACAF: aid paid to the families, not to the action)",
                    "épargne des familles (participants)",
                    "ANCV amount: 150 € par personne is a per-person rate (amount left null)"],
           partners=["Caf (VACAF aid to families only)",
                     "ANCV, Métropole, Département, mmH (funders only)"]),
       ),

    # Y27 Meuse. Memory and history with teenagers: ONACVG (a national office) "a financé";
    # Grand Verdun "2.500 €"; DRAC Grand Est; a fonds de dotation; the Mémorial; a collège
    # (borderline); a historian (individual); an association lending equipment (partner only);
    # Terminée with a reason.
    mk("Y27", "Les ados racontent Verdun : un web-documentaire sur la mémoire du quartier",
       "CENTRE SOCIAL ANTHOUARD-PRÉ L'ÉVÊQUE - Meuse",
       status="Terminée",
       reason="Projet réalisé sur l'année scolaire 2023-2024, web-documentaire mis en ligne en "
              "juin.",
       keywords=("Culture", "Démocratie & citoyenneté"),
       resume="Douze adolescents ont interviewé des habitants âgés, visité les champs de bataille "
              "et monté un web-documentaire.",
       territory="Une commune",
       experience="Visites guidées et fonds d'archives au Mémorial de Verdun - Champ de Bataille. "
                  "Accompagnement par M. Lallemand, historien.\n"
                  "Les élèves de 3e du collège Buvignier ont participé à deux ateliers.",
       public=("Jeunesse", "Seniors"),
       declared=("Education nationale", "Associations"),
       description="Montage réalisé avec l'association Meuse Images, qui a prêté le matériel de "
                   "tournage et formé les jeunes.",
       financial="L'Office national des combattants et des victimes de guerre (ONaCVG) a financé "
                 "1 800 €.\n"
                 "Grand Verdun : 2.500 €\n"
                 "DRAC Grand Est : 2 000 €\n"
                 "Fonds de dotation Mémoire Vivante Lorraine : 1 000 €",
       people="1 animateur jeunesse",
       res_habitants="12 jeunes, 9 habitants interviewés.",
       funders=[
           F("ONaCVG", 1800,
             "L'Office national des combattants et des victimes de guerre (ONaCVG) a financé "
             "1 800 €", alt=["Office national des combattants et des victimes de guerre",
                             "ONACVG", "État"]),
           F("Intercommunalité", 2500, "Grand Verdun : 2.500 €", alt=["Grand Verdun"]),
           F("DRAC", 2000, "DRAC Grand Est : 2 000 €", alt=["DRAC Grand Est"]),
           F("Fonds de dotation Mémoire Vivante Lorraine", 1000,
             "Fonds de dotation Mémoire Vivante Lorraine : 1 000 €",
             alt=["Mémoire Vivante Lorraine"]),
       ],
       partners=[
           P("Mémorial de Verdun", "Visites guidées et fonds d'archives au Mémorial de Verdun",
             alt=["Mémorial de Verdun - Champ de Bataille"]),
           P("Collège Buvignier", "Les élèves de 3e du collège Buvignier ont participé à deux "
             "ateliers", borderline=True),
           P("Meuse Images", "l'association Meuse Images, qui a prêté le matériel de tournage "
             "et formé les jeunes"),
       ],
       excluded=X(
           funders=["Meuse Images (lends filming equipment: partner only)"],
           partners=["M. Lallemand (individual historian)",
                     "ONaCVG, Grand Verdun, DRAC, Mémoire Vivante Lorraine (funders only)"]),
       ),

    # Y28 Somme, short. A neighbourhood party: "X et Y ont versé respectivement 2 000 € et 1 500 €"
    # (each tied); the Métropole lends a stage (equipment: partner; declared Intercommunalité);
    # Maison de la culture; an association with digits; own sales.
    mk("Y28", "Fête des voisins XXL à Étouvie",
       "CENTRE SOCIAL CULTUREL D'ETOUVIE - Somme",
       dimension="Citoyenneté",
       keywords=("Mixité sociale",),
       resume="une grande fête de quartier en juin, préparée pendant trois mois par les habitants , DJ, repas partagé, jeux pour les enfants",
       initiative=("Un groupe d'habitants",),
       territory="Un quartier",
       public=("Tous publics",),
       declared=("Commune", "Intercommunalité"),
       description="La Maison de la Culture d'Amiens a animé un atelier de percussions ; "
                   "l'association Étouvie Danse 80 a fait le spectacle d'ouverture.\n"
                   "Amiens Métropole a prêté le podium et les barrières.",
       financial="Amiens Métropole et la Ville d'Amiens ont versé respectivement 2 000 € et "
                 "1 500 €.\n"
                 "Vente de crêpes : 380 €",
       people="3 salariés, 35 bénévoles",
       res_habitants="Environ 1 200 personnes.",
       funders=[
           F("Commune", 1500, "Amiens Métropole et la Ville d'Amiens ont versé "
             "respectivement 2 000 € et 1 500 €", alt=["Ville d'Amiens"]),
           F("Intercommunalité", 2000, "Amiens Métropole et la Ville d'Amiens ont versé "
             "respectivement 2 000 €", alt=["Amiens Métropole"]),
       ],
       partners=[
           P("Maison de la Culture d'Amiens",
             "La Maison de la Culture d'Amiens a animé un atelier de percussions"),
           P("Étouvie Danse 80", "l'association Étouvie Danse 80 a fait le spectacle"),
           P("Intercommunalité", "Amiens Métropole a prêté le podium et les barrières",
             alt=["Amiens Métropole"]),
       ],
       excluded=X(
           funders=["Vente de crêpes (own sales)",
                    "Amiens Métropole's loan of the stage (equipment: partner; it is a funder "
                    "anyway)"],
           partners=["Ville d'Amiens (funder only; the declared Commune item stands)"]),
       ),

    # Y29 Tarn. ASL: DDETS du Tarn (BOP 104) "a accordé"; Castres-Mazamet agglomeration; Ville de
    # Castres "1 800 €"; a CIDFF; a school; a médiathèque; an invented fonds de dotation
    # "3 000 EUR", granted, payment due later (a funder with its amount).
    mk("Y29", "Ateliers sociolinguistiques de Lameilhé",
       "CENTRE SOCIAL DE LAMEILHÉ - Tarn",
       keywords=("Intégration",),
       resume="Aprendre le français pour la vie quotidienne : parler au médecin, à l'école, au "
              "guichet.",
       territory="Un quartier",
       experience="Le CIDFF du Tarn intervient sur les droits des femmes, l'école Jean-Jaurès "
                  "accueille les parents pour une visite de classe, et la médiathèque "
                  "Pierre-Amalric de Castres inscrit les stagiaires.",
       public=("Adultes",),
       declared=("Préfecture",),
       description="4 groupes, 48 personnes, 21 nationalités.",
       financial="La DDETS du Tarn a accordé 5 500 € (BOP 104).\n"
                 "Castres-Mazamet : 2 000 €\n"
                 "Ville de Castres : 1 800 €\n"
                 "Le fonds de dotation Parlons Ensemble nous a attribué 3 000 EUR, versement "
                 "prévu en janvier.",
       people="2 formatrices, 6 bénévoles",
       funders=[
           F("Commune", 1800, "Ville de Castres : 1 800 €", alt=["Ville de Castres"]),
           F("État", 5500, "La DDETS du Tarn a accordé 5 500 €",
             alt=["DDETS", "DDETS du Tarn", "BOP 104"]),
           F("Intercommunalité", 2000, "Castres-Mazamet : 2 000 €",
             alt=["Castres-Mazamet", "Communauté d'agglomération de Castres-Mazamet"]),
           F("Fonds de dotation Parlons Ensemble", 3000,
             "Le fonds de dotation Parlons Ensemble nous a attribué 3 000 EUR",
             alt=["Parlons Ensemble"]),
       ],
       partners=[
           P("CIDFF du Tarn", "Le CIDFF du Tarn intervient sur les droits des femmes",
             alt=["CIDFF"]),
           P("École Jean-Jaurès", "l'école Jean-Jaurès accueille les parents"),
           P("Médiathèque Pierre-Amalric", "la médiathèque Pierre-Amalric de Castres inscrit "
             "les stagiaires"),
       ],
       excluded=X(
           partners=["DDETS, Castres-Mazamet, Ville de Castres, Parlons Ensemble "
                     "(funders only)"]),
       ),

    # Y30 Vienne, urban. Access to rights: CDAD de la Vienne (a justice body) "1 200,00 €";
    # Grand Poitiers; the Barreau de Poitiers, the CIDFF, an association, France Services; the
    # Défenseur des droits' délégué and a notary are individuals; a bare "Actions" line inside the
    # Description (not a fiche start).
    mk("Y30", "Point d'accès au droit des Couronneries",
       "CENTRE D'ANIMATION DES COURONNERIES - Vienne",
       dimension="Services",
       keywords=("Précarité", "Démocratie & citoyenneté"),
       resume="Permanences gratuites d'avocats, de juristes et de médiateurs au centre, deux fois "
              "par mois, sans rendez-vous.",
       territory="Plusieurs quartiers",
       experience="Avocats du Barreau de Poitiers, juristes du CIDFF de la Vienne, médiation "
                  "familiale avec l'association Trait d'Union 86.\n"
                  "Un délégué du Défenseur des droits et Maître Girard, notaire, viennent une fois "
                  "par trimestre.",
       public=("Adultes",),
       declared=("Autre",),
       description="Bilan par thème :\n"
                   "Actions\n"
                   "- logement : 38 %\n"
                   "- famille : 27 %\n"
                   "- travail : 15 %\n"
                   "La France Services des Couronneries oriente les personnes vers les "
                   "permanences.",
       financial="CDAD de la Vienne : 1 200,00 €\n"
                 "Grand Poitiers : 2 000 €",
       people="1 agent d'accueil",
       res_habitants="260 personnes reçues.",
       funders=[
           F("CDAD de la Vienne", 1200, "CDAD de la Vienne : 1 200,00 €",
             alt=["CDAD"]),
           F("Intercommunalité", 2000, "Grand Poitiers : 2 000 €", alt=["Grand Poitiers"]),
       ],
       partners=[
           P("Barreau de Poitiers", "Avocats du Barreau de Poitiers"),
           P("CIDFF de la Vienne", "juristes du CIDFF de la Vienne", alt=["CIDFF"]),
           P("Trait d'Union 86", "l'association Trait d'Union 86"),
           P("Défenseur des droits", "Un délégué du Défenseur des droits", borderline=True),
           P("France Services des Couronneries",
             "La France Services des Couronneries oriente les personnes",
             alt=["France Services"]),
       ],
       excluded=X(
           partners=["Maître Girard (individual notary)",
                     "CDAD de la Vienne, Grand Poitiers (funders only)"]),
       ),
]

"""Test set 6, fiches Z01-Z10 (text + hand annotation). Written blind: see ../README.md."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, P, X, mk
from eval.sets.spec import PAGE_SENTINEL

R1 = [
    # Z01 Nord, urban QPV. "financée par la MEL au titre du contrat de ville (3.000€)" (an
    # intercommunality by its short name only), "2500e", a fonds de dotation on a budget line; a
    # PENDING Région; families' 1 € per basket (participants); supermarket's unsold food (gift in
    # kind: borderline funder + borderline partner); a LOWERCASE orientation list (ccas, mds ->
    # Conseil départemental, udaf, secours populaire, mission locale); staff first name; Secours
    # catholique only in Perspectives. Page header after the fiche.
    mk("Z01", "Le Panier du Fresnoy : épicerie solidaire et atelier cuisine",
       "CENTRE SOCIAL L'ARBRE À PALABRES - Nord",
       dimension="Services", keywords=["Précarité", "Solidarité", "Santé"],
       public=["familles", "Adultes"], territory="Un quartier",
       declared=["Commune", "Associations"], page_header_after=True,
       resume="""\
Depuis septembre 2023, le centre social tient deux matinées par semaine une épicerie solidaire au rez-de-chaussée de la résidence Jules-Guesde. Les familles orientées par les travailleurs sociaux y achètent des produits frais et d'hygiène à 30 % du prix du magasin. Le jeudi, un atelier cuisine permet de préparer ensemble les produits de la semaine et de repartir avec des recettes.""",
       experience="""\
Objectifs :
- rompre l'isolement des familles monoparentales du Fresnoy
- travailler le budget et l'alimentation sans culpabiliser personne
- faire de l'épicerie un lieu où l'on reste pour discuter
L'atelier cuisine est animé par Fatima, notre référente familles, avec une diététicienne de la Maison de santé du Pile qui vient une fois par mois.""",
       description="""\
Les produits secs viennent de la Banque alimentaire du Nord, où nous passons commande chaque mardi. Le supermarché Match de l'Épeule nous donne ses invendus de fruits et légumes deux fois par semaine.
Les orientations se font avec : le ccas de roubaix, la mds roubaix est, l'udaf du nord, le secours populaire et la mission locale roubaix-lys.
Une commission d'attribution se réunit tous les deux mois (travailleurs sociaux, deux bénévoles, la directrice).""",
       financial="""\
L'action est financée par la MEL au titre du contrat de ville (3.000€) et par la Ville de Roubaix : 2500e.
Fonds de dotation Nord Solidaire : 1 800 €
Région Hauts-de-France : dossier déposé en janvier, réponse attendue en mars.
Participation des familles : 1 € le panier (environ 900 € sur l'année).
Budget total : 9 400 €""",
       people="""\
2 salariées (référente familles, conseillère ESF)
11 bénévoles pour la caisse et la mise en rayon""",
       res_territoire="73 familles inscrites, dont 41 familles monoparentales. Les travailleurs sociaux orientent davantage vers le centre social.",
       res_centre="De nouveaux bénévoles, dont quatre anciennes bénéficiaires de l'épicerie.",
       res_habitants="Des économies réelles sur le budget courses, et des habitudes qui changent : plus de légumes, moins de plats préparés.",
       limites="Le local est trop petit, la file d'attente se fait dehors l'hiver.",
       perspectives="Ouvrir un créneau le samedi matin avec le Secours catholique et chercher un local plus grand avec le bailleur.",
       funders=[
           F("Commune", 2500, "par la Ville de Roubaix : 2500e", alt=["Ville de Roubaix"]),
           F("Intercommunalité", 3000, "financée par la MEL au titre du contrat de ville (3.000€)",
             alt=["MEL", "Métropole européenne de Lille"]),
           F("Fonds de dotation Nord Solidaire", 1800, "Fonds de dotation Nord Solidaire : 1 800 €",
             alt=["Nord Solidaire"]),
           F("Match de l'Épeule", None, "Le supermarché Match de l'Épeule nous donne ses invendus",
             borderline=True, alt=["Supermarché Match de l'Épeule", "Match"]),
       ],
       partners=[
           P("Maison de santé du Pile", "une diététicienne de la Maison de santé du Pile"),
           P("Banque alimentaire du Nord", "viennent de la Banque alimentaire du Nord",
             alt=["Banque alimentaire"]),
           P("CCAS", "le ccas de roubaix", alt=["CCAS de Roubaix"]),
           P("Conseil départemental", "la mds roubaix est",
             alt=["MDS Roubaix Est", "Département du Nord"]),
           P("UDAF du Nord", "l'udaf du nord", alt=["UDAF"]),
           P("Secours populaire", "le secours populaire", alt=["Secours populaire français"]),
           P("Mission locale Roubaix-Lys", "la mission locale roubaix-lys", alt=["Mission locale"]),
           P("Match de l'Épeule", "Le supermarché Match de l'Épeule nous donne ses invendus",
             borderline=True, alt=["Supermarché Match de l'Épeule", "Match"]),
       ],
       budget=B(9400, "Budget total : 9 400 €"),
       excluded=X(
           funders=["Région Hauts-de-France (dossier déposé, réponse attendue en mars: pending)",
                    "Participation des familles : 1 € le panier (participants)",
                    "Banque alimentaire du Nord (a supplier the centre orders from)"],
           partners=["Fatima (staff of the centre)", "résidence Jules-Guesde (venue)",
                     "travailleurs sociaux (generic)",
                     "Secours catholique (Perspectives only)", "le bailleur (Perspectives only, unnamed)",
                     "MEL, Ville de Roubaix, Fonds de dotation Nord Solidaire (funders only)"])),

    # Z02 La Réunion, urban. "Avec le soutien de la DAC de La Réunion (4 000 €)" (DAC = DRAC);
    # "2 000,00 € par an" (Département); "mille cinq cents euros" (Ville du Port); the TCO
    # (intercommunality by its acronym only); a bailleur lending a hall (SIDR: borderline funder +
    # partner); a municipal médiathèque -> Commune (partner); "kafé-la-kour" (a café, not CAF);
    # a radio, an EHPAD, an association with digits, a lycée whose pupils do the editing;
    # an individual; Archives départementales only in Perspectives. One file name.
    mk("Z02", "Kabar la mémoire : recueillir les récits des gramounes du Port",
       "CENTRE SOCIAL TI CASE RIVIÈRE DES GALETS - La Réunion",
       files=["affiche_kabar_2024.pdf"],
       keywords=["intergénérationnel", "Culture", "Viellissement"],
       public=["Seniors", "Jeunesse"], initiative=["Un groupe d'habitants"],
       declared=["Commune", "Conseil départemental", "Associations"],
       resume="""\
Des jeunes du quartier enregistrent les souvenirs des gramounes : l'arrivée au Port, le travail sur les quais, la cuisine au feu de bois, les fêtes d'avant. Chaque trimestre, un kabar réunit tout le monde autour des enregistrements, d'un séga et d'un repas partagé.""",
       experience="""\
L'idée vient d'un groupe de gramounes qui venait au kafé-la-kour du mardi et qui regrettait que les petits-enfants ne connaissent plus l'histoire de la ville.
Étapes :
1. formation des jeunes à l'entretien et à la prise de son avec Radio Pikan FM, une radio associative du Port ;
2. collecte chez les habitants et à l'EHPAD Les Filaos ;
3. montage et écoute collective ;
4. dépôt des enregistrements au fonds local de la médiathèque municipale du Port.
Tonton Gilbert, 88 ans, ancien docker, a été le premier à raconter.""",
       description="""\
Les entretiens sont menés en binôme (un jeune, un bénévole). L'association Zistoir 974 nous a aidés à construire la grille d'entretien et anime les kabars avec nous. La SIDR prête gratuitement la salle commune de la résidence Les Lataniers pour les kabars.
Les lycéens de la section audiovisuelle du lycée professionnel de la Pointe des Galets ont fait le montage en cours.""",
       financial="""\
Avec le soutien de la DAC de La Réunion (4 000 €) et du Département de La Réunion : 2 000,00 € par an dans le cadre de la convention 2024-2026.
La Ville du Port a versé mille cinq cents euros pour le kabar de décembre.
Le TCO finance le transport des gramounes en minibus : 1 200 €.
Le repas partagé est apporté par chacun.""",
       people="1 animatrice, 6 jeunes volontaires (dont 2 en service civique), 5 bénévoles",
       res_territoire="42 récits enregistrés, 3 kabars avec 90 à 150 personnes.",
       res_centre="Les jeunes du secteur ados se sont investis sur un projet au long cours.",
       res_habitants="Les gramounes se sentent reconnus ; plusieurs familles ont découvert l'histoire de leurs grands-parents.",
       limites="Le montage prend beaucoup plus de temps que prévu.",
       perspectives="Proposer les enregistrements aux Archives départementales de La Réunion et éditer un livret.",
       funders=[
           F("Commune", 1500, "La Ville du Port a versé mille cinq cents euros", alt=["Ville du Port"]),
           F("Intercommunalité", 1200, "Le TCO finance le transport des gramounes en minibus : 1 200 €",
             alt=["TCO", "Territoire de la Côte Ouest"]),
           F("DRAC", 4000, "Avec le soutien de la DAC de La Réunion (4 000 €)",
             alt=["DAC de La Réunion", "DAC", "État"]),
           F("Conseil départemental", 2000, "Département de La Réunion : 2 000,00 € par an",
             alt=["Département de La Réunion"]),
           F("SIDR", None, "La SIDR prête gratuitement la salle commune", borderline=True,
             alt=["Bailleur social"]),
       ],
       partners=[
           P("Radio Pikan FM", "avec Radio Pikan FM, une radio associative du Port"),
           P("EHPAD Les Filaos", "à l'EHPAD Les Filaos"),
           P("Commune", "au fonds local de la médiathèque municipale du Port",
             alt=["Médiathèque municipale du Port", "Ville du Port"]),
           P("Zistoir 974", "L'association Zistoir 974 nous a aidés"),
           P("SIDR", "La SIDR prête gratuitement la salle commune"),
           P("Lycée professionnel de la Pointe des Galets",
             "lycée professionnel de la Pointe des Galets ont fait le montage"),
       ],
       excluded=X(
           funders=["kafé-la-kour (a café; negative for CAF)", "repas partagé (participants)"],
           partners=["Tonton Gilbert (individual)", "Archives départementales de La Réunion (Perspectives only)",
                     "DAC, Département de La Réunion, TCO (funders only)"])),

    # Z03 Finistère, rural EVS. A budget list with varied notations: "deux mille euros" (MSA),
    # "1,5 k€" (a mutuelle), "3 500 €" (an intercommunality by its own name "Monts d'Arrée
    # Communauté"); REFUSED Carsat ("n'a pas retenu notre dossier"); passengers' 0,30 € per km;
    # a garage checking cars for free (service in kind: borderline funder + borderline partner);
    # MSA funder AND partner (its social worker orients people); France Services; staff and a
    # volunteer's first name; NO "Fichier(s) associé(s)" header; a body only in Perspectives.
    mk("Z03", "Roulez solidaires : des chauffeurs bénévoles dans les Monts d'Arrée",
       "ESPACE DE VIE SOCIALE AN DOUAR NEVEZ - Finistère", files=None,
       dimension="Services", keywords=["Solidarité", "Viellissement", "Précarité"],
       public=["Adultes", "Seniors"], initiative=["Un habitant"], territory="Plusieurs communes",
       declared=["Intercommunalité", "MSA", "Autre"],
       resume="""\
Dans nos 9 communes, pas de bus en dehors du ramassage scolaire. Des habitants sans voiture (personnes âgées, jeunes sans permis, personnes en insertion) sont conduits par des chauffeurs bénévoles, avec leur propre véhicule, vers un rendez-vous médical, les courses, un entretien d'embauche ou France Services.""",
       experience="""\
L'idée est venue de Jean-Yves, retraité de Brasparts, qui conduisait déjà ses voisins « au noir ». L'EVS a monté le cadre : adhésion, charte du chauffeur, assurance, standard téléphonique.
Les demandes arrivent par téléphone à l'accueil de l'EVS (48 h à l'avance) ; notre animatrice met en relation un chauffeur et un passager.
La France Services de Huelgoat et l'assistante sociale de la MSA d'Armorique nous orientent des personnes isolées.""",
       description="""\
Le passager paie 0,30 € par kilomètre, reversés au chauffeur pour l'essence.
L'épicerie sociale Le Panier d'Arrée et le Secours catholique de Pleyben font connaître le service.
Le garage Le Goff de Brasparts vérifie gratuitement les véhicules des chauffeurs une fois par an.""",
       financial="""\
MSA d'Armorique : deux mille euros (appel à projets « Bien vivre en milieu rural »)
Monts d'Arrée Communauté : 3 500 €
Mutuelle Penn ar Bed Entraide : 1,5 k€ pour l'assurance des chauffeurs
Conseil départemental du Finistère : 2 000 €
La Carsat Bretagne n'a pas retenu notre dossier cette année.""",
       people="""\
14 chauffeurs bénévoles
1 animatrice (0,3 ETP)""",
       res_territoire="412 trajets en 2024, 63 passagers différents, dont 38 de plus de 75 ans.",
       res_centre="L'EVS est identifié par des habitants qui ne le fréquentaient pas.",
       res_habitants="Moins de rendez-vous médicaux manqués ; deux jeunes ont pu suivre une formation à Morlaix.",
       limites="Difficile de trouver des chauffeurs le lundi.",
       perspectives="Rencontrer la communauté de communes du Pays de Landivisiau pour étendre le service.",
       funders=[
           F("Intercommunalité", 3500, "Monts d'Arrée Communauté : 3 500 €",
             alt=["Monts d'Arrée Communauté"]),
           F("Conseil départemental", 2000, "Conseil départemental du Finistère : 2 000 €",
             alt=["Département du Finistère", "Conseil départemental du Finistère"]),
           F("MSA", 2000, "MSA d'Armorique : deux mille euros", alt=["MSA d'Armorique"]),
           F("Mutuelle Penn ar Bed Entraide", 1500, "Mutuelle Penn ar Bed Entraide : 1,5 k€"),
           F("Garage Le Goff", None, "Le garage Le Goff de Brasparts vérifie gratuitement",
             borderline=True, alt=["Garage Le Goff de Brasparts"]),
       ],
       partners=[
           P("France Services de Huelgoat", "La France Services de Huelgoat",
             alt=["France Services"]),
           P("MSA", "l'assistante sociale de la MSA d'Armorique nous orientent",
             alt=["MSA d'Armorique"]),
           P("Épicerie sociale Le Panier d'Arrée", "L'épicerie sociale Le Panier d'Arrée",
             alt=["Le Panier d'Arrée"]),
           P("Secours catholique de Pleyben", "le Secours catholique de Pleyben",
             alt=["Secours catholique"]),
           P("Garage Le Goff", "Le garage Le Goff de Brasparts vérifie gratuitement",
             borderline=True, alt=["Garage Le Goff de Brasparts"]),
       ],
       excluded=X(
           funders=["Carsat Bretagne (n'a pas retenu notre dossier: refused)",
                    "0,30 € par kilomètre (passengers)"],
           partners=["Jean-Yves (individual)", "chauffeurs bénévoles (individuals)",
                     "communauté de communes du Pays de Landivisiau (Perspectives only)",
                     "Monts d'Arrée Communauté, Département, Mutuelle Penn ar Bed Entraide (funders only)"])),

    # Z04 Haute-Corse, urban QPV. Initiative "Autre" + Précision naming schools; a budget list with
    # the Collectivité de Corse; CLAS of the Caf; "Crédits politique de la ville (BOP 147)" (ANCT);
    # an agglomeration by its full name; Ville "3 000 € + mise à disposition de la salle";
    # fonds propres; "la région bastiaise" (geography); an école, a collège, an association with
    # digits, the Maison des adolescents (its psychologist); university students as volunteers
    # (not the university); a collège only in Perspectives; total cost.
    mk("Z04", "Scola è famiglie : accompagnement à la scolarité et soirées des parents à Lupino",
       "CENTRE SOCIAL A STAFFA DI LUPINU - Haute-Corse",
       dimension="Services", keywords=["éducation / scolarité", "Parentalité"],
       public=["Enfance", "familles"], initiative=["Autre"],
       precision="Demande conjointe de la directrice de l'école de Lupino 2 et du principal du collège de Montesoro lors de la réunion de rentrée 2022.",
       territory="Un quartier", declared=["Education nationale", "Commune", "Caf"],
       resume="""\
Quatre soirs par semaine, 38 enfants du CP à la 5e sont accueillis après la classe pour les devoirs, la lecture et des jeux de logique. Une fois par mois, une soirée réunit les parents autour d'un thème choisi avec eux (les écrans, le sommeil, parler avec les enseignants).""",
       experience="""\
Les enseignants de l'école de Lupino 2 et du collège de Montesoro repèrent les enfants et font le lien avec les familles. Les bénévoles (étudiants de l'Université de Corse, retraités) encadrent les groupes avec deux animateurs.
Les soirées des parents sont coanimées avec l'association Parenti Inseme 2B, et une fois par trimestre avec une psychologue de la Maison des adolescents de Haute-Corse.""",
       description="""\
Dans la région bastiaise, peu de structures proposent un accompagnement gratuit après 18 h. Les séances ont lieu dans nos locaux et dans une salle de l'école de Lupino 2 prêtée par la Ville.""",
       financial="""\
Caf de la Haute-Corse (CLAS) : 9 800 €
Collectivité de Corse : 4 200 €
Ville de Bastia : 3 000 € + mise à disposition de la salle
Crédits politique de la ville (BOP 147) : 6 500 €
Communauté d'agglomération de Bastia : 2 500 €
Fonds propres : 2 400 €
Coût total de l'action : 28 400 €""",
       people="""\
2 animateurs
12 bénévoles
la coordinatrice enfance-famille""",
       res_territoire="38 enfants suivis, 31 familles venues au moins à une soirée.",
       res_centre="Un vrai lien avec les deux établissements scolaires du quartier.",
       res_habitants="Des parents qui osent davantage rencontrer les enseignants.",
       limites="Manque de bénévoles pour les élèves de collège.",
       perspectives="Ouvrir un groupe de 4e-3e avec le collège Giraud.",
       funders=[
           F("Commune", 3000, "Ville de Bastia : 3 000 €", alt=["Ville de Bastia"]),
           F("Intercommunalité", 2500, "Communauté d'agglomération de Bastia : 2 500 €",
             alt=["Communauté d'agglomération de Bastia"]),
           F("CAF", 9800, "Caf de la Haute-Corse (CLAS) : 9 800 €", alt=["Caf de la Haute-Corse"]),
           F("Collectivité de Corse", 4200, "Collectivité de Corse : 4 200 €",
             alt=["Conseil départemental", "Région", "CdC"]),
           F("ANCT", 6500, "Crédits politique de la ville (BOP 147) : 6 500 €",
             alt=ANCT_ALT + ["BOP 147"]),
       ],
       partners=[
           P("École de Lupino 2", "Les enseignants de l'école de Lupino 2"),
           P("Collège de Montesoro", "du collège de Montesoro repèrent les enfants"),
           P("Parenti Inseme 2B", "coanimées avec l'association Parenti Inseme 2B"),
           P("Maison des adolescents de Haute-Corse",
             "une psychologue de la Maison des adolescents de Haute-Corse",
             alt=["Maison des adolescents"]),
           P("Commune", "une salle de l'école de Lupino 2 prêtée par la Ville",
             alt=["Ville de Bastia"]),
       ],
       budget=B(28400, "Coût total de l'action : 28 400 €"),
       excluded=X(
           funders=["Fonds propres : 2 400 € (the structure)", "la région bastiaise (geography)"],
           partners=["Université de Corse (its students volunteer individually)",
                     "psychologue (agent of the Maison des adolescents, annotated)",
                     "collège Giraud (Perspectives only)",
                     "Caf, Collectivité de Corse, Communauté d'agglomération de Bastia (funders only)"])),

    # Z05 Bas-Rhin, urban QPV. Structure line with an inner " - "; "Subvention de la Collectivité
    # européenne d'Alsace"; Eurométropole "(contrat de ville)"; ANS through a named call; CPAM
    # "1 200,00 €" (funder AND partner: health check); the Ville's free pool slots (borderline
    # funder + partner); a shop's gift valued "valeur 640 €" with "&" in its name (borderline);
    # participants' 10 €; a sports club with digits, an association with "et"; staff and venue.
    mk("Z05", "Se jeter à l'eau : aisance aquatique pour les femmes du Neuhof",
       "CENTRE SOCIO-CULTUREL DU NEUHOF - LA PASSERELLE - Bas-Rhin",
       dimension="Services", keywords=["Santé", "Intégration"], public=["Adultes"],
       initiative=["Un groupe d'habitants"], territory="Un quartier",
       declared=["Commune", "Associations"],
       resume="""\
Beaucoup de mamans du quartier accompagnent leurs enfants à la piscine sans jamais entrer dans l'eau. Depuis janvier, un groupe de 16 femmes de 25 à 67 ans apprend à ne plus avoir peur de l'eau, puis à nager, le samedi matin à la piscine de Hautepierre, sur un créneau réservé aux femmes.""",
       experience="""\
Le groupe s'est formé au cours de français du mardi. Les séances sont encadrées par deux maîtres-nageurs du club Neuhof Natation 67, avec Sabrina, animatrice du centre, dans l'eau avec le groupe.
Un bilan de santé est proposé avec la CPAM du Bas-Rhin au centre d'examens de santé (12 femmes y sont allées).
L'association Femmes d'Ici et d'Ailleurs assure la garde des enfants pendant les séances.""",
       description="""\
Les créneaux du samedi sont mis à disposition gratuitement par la Ville de Strasbourg.
Les maillots et bonnets ont été offerts par la boutique Glisse & Sport d'Illkirch (valeur 640 €).""",
       financial="""\
Subvention de la Collectivité européenne d'Alsace : 3 200 €
Eurométropole de Strasbourg (contrat de ville) : 2 800 €
ANS, appel à projets « J'apprends à nager » : 1 500 €
CPAM du Bas-Rhin : 1 200,00 €
Cotisation des participantes : 10 € pour l'année""",
       people="2 maîtres-nageurs (club), 1 animatrice, 2 bénévoles pour la garde d'enfants",
       res_territoire="16 femmes inscrites, 11 nagent 25 mètres en fin d'année.",
       res_centre="Le groupe est devenu un lieu d'entraide ; trois femmes ont rejoint le conseil de maison.",
       res_habitants="Plusieurs participantes vont maintenant à la piscine avec leurs enfants le dimanche.",
       limites="Liste d'attente de 20 femmes.",
       perspectives="Un deuxième créneau si la piscine le permet.",
       funders=[
           F("Commune", None,
             "Les créneaux du samedi sont mis à disposition gratuitement par la Ville de Strasbourg",
             borderline=True, alt=["Ville de Strasbourg"]),
           F("Intercommunalité", 2800, "Eurométropole de Strasbourg (contrat de ville) : 2 800 €",
             alt=["Eurométropole de Strasbourg"]),
           F("Collectivité européenne d'Alsace", 3200,
             "Subvention de la Collectivité européenne d'Alsace : 3 200 €",
             alt=["CeA", "Conseil départemental"]),
           F("ANS", 1500, "ANS, appel à projets « J'apprends à nager » : 1 500 €",
             alt=["Agence nationale du sport"]),
           F("CPAM", 1200, "CPAM du Bas-Rhin : 1 200,00 €", alt=["CPAM du Bas-Rhin"]),
           F("Glisse & Sport", 640,
             "offerts par la boutique Glisse & Sport d'Illkirch (valeur 640 €)", borderline=True,
             alt=["Glisse & Sport d'Illkirch"]),
       ],
       partners=[
           P("Neuhof Natation 67", "deux maîtres-nageurs du club Neuhof Natation 67"),
           P("CPAM", "Un bilan de santé est proposé avec la CPAM du Bas-Rhin",
             alt=["CPAM du Bas-Rhin"]),
           P("Femmes d'Ici et d'Ailleurs", "L'association Femmes d'Ici et d'Ailleurs assure la garde des enfants"),
           P("Commune", "mis à disposition gratuitement par la Ville de Strasbourg",
             alt=["Ville de Strasbourg"]),
           P("Glisse & Sport", "offerts par la boutique Glisse & Sport d'Illkirch",
             borderline=True, alt=["Glisse & Sport d'Illkirch"]),
       ],
       excluded=X(
           funders=["Cotisation des participantes : 10 € (participants)"],
           partners=["Sabrina (staff)", "maîtres-nageurs (agents of the club, annotated)",
                     "piscine de Hautepierre (venue)", "centre d'examens de santé (the CPAM's, annotated)",
                     "conseil de maison (the centre's own body)",
                     "Collectivité européenne d'Alsace, Eurométropole, ANS (funders only)"])),

    # Z06 Isère, urban. A plain budget list "X : amount" (Ville, an intercommunality by its own
    # name, a bailleur "1 200 € + le local"); Département "en attente de réponse" (PENDING);
    # own sales of bikes; spare parts given by a company "valorisées 800 €" (borderline);
    # "Répar'café" (look-alike); an association with "&" and digits, a lycée, Mission locale;
    # two file names.
    mk("Z06", "La Clé des Roues : atelier d'autoréparation de vélos au pied des tours",
       "MAISON DES HABITANTS LES GENÊTS - Isère",
       files=["photos_atelier_velo.zip", "bilan_2024.pdf"],
       dimension="Services", keywords=["Environnement", "développement durable", "Mixité sociale"],
       territory="Plusieurs quartiers",
       declared=["Commune", "Intercommunalité", "Bailleur social", "Associations"],
       resume="""\
Chaque mercredi après-midi et un samedi sur deux, l'atelier vélo s'installe sous le porche de la montée 40. Les habitants viennent réparer eux-mêmes leur vélo avec l'aide de bénévoles et d'un mécanicien ; des vélos récupérés sont remis en état et revendus à petit prix aux familles.""",
       experience="""\
Le projet est né d'une balade urbaine : les habitants ont compté plus de 60 vélos abandonnés dans les caves. Avec Alpes Isère Habitat, nous avons organisé une collecte en juin, puis ouvert l'atelier.
L'association Roues & Rustines 38 forme nos bénévoles et prête son outillage lourd. Le lycée professionnel Thomas-Edison d'Échirolles a accueilli deux bénévoles pour une formation en mécanique cycle.
Le samedi, l'atelier se tient à côté du Répar'café du quartier (petit électroménager).""",
       description="""\
Les vélos remis en état sont vendus entre 15 et 40 € aux familles ; la recette sert à racheter des pièces.
La Mission locale Sud Isère oriente des jeunes qui ont besoin d'un vélo pour aller travailler ; on leur prête un vélo pendant trois mois.""",
       financial="""\
Ville d'Échirolles : 2 000 €
Grenoble-Alpes Métropole : 3 500 €
Alpes Isère Habitat : 1 200 € + le local à vélos de la montée 40
Département de l'Isère : en attente de réponse
Ventes de vélos : 1 150 €
Pièces détachées données par Cycles Dauphiné, valorisées 800 €""",
       people="1 mécanicien salarié à mi-temps, 9 bénévoles réguliers",
       res_territoire="310 passages à l'atelier, 74 vélos remis en circulation.",
       res_centre="Des hommes du quartier, peu présents au centre, sont devenus bénévoles.",
       res_habitants="Des jeunes vont au travail ou en formation à vélo.",
       limites="Le porche est froid l'hiver ; le vol de pièces.",
       perspectives="Un atelier mobile dans les autres quartiers d'Échirolles.",
       funders=[
           F("Commune", 2000, "Ville d'Échirolles : 2 000 €", alt=["Ville d'Échirolles"]),
           F("Intercommunalité", 3500, "Grenoble-Alpes Métropole : 3 500 €",
             alt=["Grenoble-Alpes Métropole", "la Métro"]),
           F("Alpes Isère Habitat", 1200, "Alpes Isère Habitat : 1 200 €", alt=["Bailleur social"]),
           F("Cycles Dauphiné", 800, "Pièces détachées données par Cycles Dauphiné, valorisées 800 €",
             borderline=True),
       ],
       partners=[
           P("Alpes Isère Habitat", "Avec Alpes Isère Habitat, nous avons organisé une collecte"),
           P("Roues & Rustines 38", "L'association Roues & Rustines 38 forme nos bénévoles"),
           P("Lycée professionnel Thomas-Edison",
             "Le lycée professionnel Thomas-Edison d'Échirolles a accueilli deux bénévoles",
             alt=["Lycée Thomas-Edison"]),
           P("Mission locale Sud Isère", "La Mission locale Sud Isère oriente des jeunes",
             alt=["Mission locale"]),
           P("Cycles Dauphiné", "Pièces détachées données par Cycles Dauphiné", borderline=True),
       ],
       excluded=X(
           funders=["Département de l'Isère (en attente de réponse: pending)",
                    "Ventes de vélos : 1 150 € (own sales)", "Répar'café (look-alike)"],
           partners=["Répar'café du quartier (a neighbouring activity, no body named)",
                     "mécanicien, bénévoles (individuals)", "montée 40 (venue)",
                     "Ville d'Échirolles, Grenoble-Alpes Métropole (funders only)"])),

    # Z07 Hérault, small town. A PAGE HEADER inside the Description; an EHPAD lending a plot
    # (borderline funder + partner); a Département grant as a RANGE "entre 1 500 et 2 000 €";
    # an intercommunality by its full name; a foundation; the accueil de loisirs' own budget;
    # a garden centre's gift (borderline); "Plan mercredi" (a scheme); an école, a hospital's
    # dietician (the hospital is the partner); two initiative values.
    mk("Z07", "Les mercredis du potager : jardiner et cuisiner avec les enfants",
       "ESPACE SOCIAL LE PLATEAU - Hérault",
       dimension="Accompagnement de projets",
       keywords=["développement durable", "Santé", "vacances / loisirs"],
       public=["Enfance", "familles"], territory="Plusieurs communes",
       initiative=["Le centre social", "Un ou plusieurs partenaire(s)"],
       declared=["Intercommunalité", "Education nationale"],
       resume="""\
Le mercredi, 20 enfants de 6 à 11 ans de l'accueil de loisirs cultivent une parcelle de 400 m² prêtée par l'EHPAD Le Grand Chêne de Lodève. Ce qu'ils récoltent est cuisiné l'après-midi avec les résidents et servi au goûter des familles le vendredi.""",
       experience="""\
Objectifs : faire découvrir d'où viennent les légumes, créer du lien entre enfants et résidents, parler d'alimentation avec les familles.
Phases : préparation du sol en mars avec les jardiniers de l'association Les Jardins du Salagou, plantations en avril, récoltes de juin à octobre, fête des soupes en novembre.
Le tout s'inscrit dans le Plan mercredi signé avec les communes.""",
       description=f"""\
Les résidents de l'EHPAD participent aux plantations et aux ateliers cuisine, encadrés par leur animatrice.
{PAGE_SENTINEL}
L'école Paul-Bert de Lodève utilise la parcelle le lundi pour sa classe de CE2, et partage les outils avec nous.
La jardinerie Les Serres du Lodévois nous a donné les plants et les semences du printemps.
La diététicienne du Centre hospitalier de Lodève est venue animer deux ateliers avec les familles.""",
       financial="""\
Communauté de communes Lodévois et Larzac : 2 500 €
Conseil départemental de l'Hérault : entre 1 500 et 2 000 € selon le bilan (subvention accordée, solde versé en fin d'année)
Fondation Graines d'Avenir : 3 000 €
Le reste est pris sur le budget de l'accueil de loisirs.""",
       people="2 animateurs, l'animatrice de l'EHPAD, 3 bénévoles jardiniers",
       res_territoire="Une parcelle remise en culture, 180 kg de légumes récoltés.",
       res_centre="Un partenariat durable avec l'EHPAD.",
       res_habitants="Les enfants goûtent des légumes qu'ils refusaient ; les résidents attendent le mercredi.",
       limites="L'arrosage pendant les vacances d'août.",
       perspectives="Installer un récupérateur d'eau de pluie.",
       funders=[
           F("Intercommunalité", 2500, "Communauté de communes Lodévois et Larzac : 2 500 €",
             alt=["Communauté de communes Lodévois et Larzac"]),
           F("Conseil départemental", None,
             "Conseil départemental de l'Hérault : entre 1 500 et 2 000 €",
             alt=["Département de l'Hérault", "Conseil départemental de l'Hérault"],
             rng=(1500, 2000)),
           F("Fondation Graines d'Avenir", 3000, "Fondation Graines d'Avenir : 3 000 €"),
           F("EHPAD Le Grand Chêne", None, "une parcelle de 400 m² prêtée par l'EHPAD Le Grand Chêne",
             borderline=True),
           F("Les Serres du Lodévois", None,
             "La jardinerie Les Serres du Lodévois nous a donné les plants", borderline=True),
       ],
       partners=[
           P("EHPAD Le Grand Chêne", "une parcelle de 400 m² prêtée par l'EHPAD Le Grand Chêne"),
           P("Les Jardins du Salagou", "les jardiniers de l'association Les Jardins du Salagou"),
           P("École Paul-Bert", "L'école Paul-Bert de Lodève utilise la parcelle",
             alt=["École Paul-Bert de Lodève"]),
           P("Centre hospitalier de Lodève", "La diététicienne du Centre hospitalier de Lodève"),
           P("Les Serres du Lodévois", "La jardinerie Les Serres du Lodévois nous a donné les plants",
             borderline=True),
       ],
       excluded=X(
           funders=["budget de l'accueil de loisirs (the structure)"],
           partners=["Plan mercredi (a scheme)", "les communes (generic)",
                     "animatrice de l'EHPAD, diététicienne (agents of annotated bodies)",
                     "accueil de loisirs (the centre's own service)",
                     "Communauté de communes Lodévois et Larzac, Département, Fondation Graines d'Avenir (funders only)"])),

    # Z08 Pas-de-Calais, mining town. Terminée with a reason. A CERFA "budget prévisionnel"
    # pasted one value per line with label + amount lines (État – SDJES, Département(s),
    # Intercommunalité(s) : EPCI, Commune(s), Subvention Caf, "Aides privées – Fondation …")
    # and template TRAPS: "Région(s) :" + "-", "Fonds européens" and "L'agence de services et de
    # paiement" followed by charge rows; fonds propres; "TOTAL DES PRODUITS" as total; bursaries
    # paid to the young people; a bailleur giving the paint (borderline funder + partner); an
    # entreprise d'insertion with digits, the Mission locale.
    mk("Z08", "Chantier jeunes : on rénove la salle des fêtes de la cité 12",
       "CENTRE SOCIAL DES CORONS DU 12 - Pas-de-Calais",
       status="Terminée",
       reason="Chantier achevé le 30 août 2024, salle inaugurée le 14 septembre avec les habitants.",
       dimension="Accompagnement de projets", keywords=["Emploi, économie", "Mixité sociale"],
       public=["Jeunesse"], territory="Un quartier",
       declared=["Commune", "Intercommunalité", "Bailleur social", "Entreprises"],
       resume="""\
Douze jeunes de 16 à 20 ans ont repeint, isolé et réaménagé la salle des fêtes de la cité 12 pendant trois semaines de juillet, encadrés par un éducateur technique et des artisans. En contrepartie, chaque jeune a reçu une bourse de 300 € pour un projet personnel (permis, BAFA, équipement).""",
       experience="""\
Le projet a été construit avec les jeunes eux-mêmes au printemps : visite de la salle, devis, choix des couleurs. Maisons & Cités, propriétaire de la salle, a validé les travaux et fourni la peinture. L'entreprise d'insertion Bâti-Cité 62 a encadré le chantier avec un éducateur technique.
La Mission locale de Lens-Liévin a repéré sept des douze jeunes.""",
       description="Voir le budget prévisionnel ci-dessous (ressources financières).",
       financial="""\
Budget prévisionnel – Chantier jeunes cité 12
CHARGES
MONTANTS
PRODUITS
MONTANTS
60 – Achats
4 300
70 – Vente de produits finis, de marchandises, prestations de services
-
Achats matières et fournitures
3 900
74- Subventions d'exploitation
13 700
Autres fournitures
400
Etat : préciser le(s) ministère(s) sollicité(s) – SDJES
2 400
61 - Services extérieurs
1 200
Région(s) :
-
Locations
700
Département(s) : Pas-de-Calais
3 000
Assurance
500
Intercommunalité(s) : EPCI – Communauté d'agglomération de Lens-Liévin
4 500
62 - Autres services extérieurs
5 100
Commune(s) : Lens
2 000
Rémunérations intermédiaires et honoraires
5 100
Organismes sociaux (détailler) :
Subvention Caf
1 800
Fonds européens
64- Charges de personnel
5 400
L'agence de services et de paiement (ex-CNASEA -emplois aidés)
Rémunération des personnels
4 000
Aides privées – Fondation Cœur de Mineur
1 500
Charges sociales
1 400
75 - Autres produits de gestion courante
Fonds propres du centre social
800
TOTAL DES CHARGES
16 000
TOTAL DES PRODUITS
16 000""",
       people="12 jeunes, 1 éducateur technique, 2 artisans, l'animateur jeunesse du centre",
       res_territoire="Une salle des fêtes rouverte aux associations et aux familles de la cité.",
       res_centre="Des jeunes qu'on ne voyait plus reviennent au secteur jeunes.",
       res_habitants="Fierté des jeunes et regard changé des anciens sur eux.",
       limites="Trois semaines, c'est court pour les finitions.",
       perspectives="Un deuxième chantier sur le city-stade en 2025.",
       funders=[
           F("Commune", 2000, "Commune(s) : Lens\n2 000", alt=["Ville de Lens"]),
           F("Intercommunalité", 4500,
             "Intercommunalité(s) : EPCI – Communauté d'agglomération de Lens-Liévin\n4 500",
             alt=["Communauté d'agglomération de Lens-Liévin"]),
           F("État", 2400, "Etat : préciser le(s) ministère(s) sollicité(s) – SDJES\n2 400",
             alt=["SDJES"]),
           F("Conseil départemental", 3000, "Département(s) : Pas-de-Calais\n3 000",
             alt=["Département du Pas-de-Calais"]),
           F("CAF", 1800, "Subvention Caf\n1 800", alt=["Caf du Pas-de-Calais"]),
           F("Fondation Cœur de Mineur", 1500, "Aides privées – Fondation Cœur de Mineur\n1 500"),
           F("Maisons & Cités", None, "Maisons & Cités, propriétaire de la salle, a validé les travaux et fourni la peinture",
             borderline=True, alt=["Bailleur social"]),
       ],
       partners=[
           P("Maisons & Cités", "Maisons & Cités, propriétaire de la salle, a validé les travaux"),
           P("Bâti-Cité 62", "L'entreprise d'insertion Bâti-Cité 62 a encadré le chantier"),
           P("Mission locale de Lens-Liévin", "La Mission locale de Lens-Liévin a repéré",
             alt=["Mission locale"]),
       ],
       budget=B(16000, "TOTAL DES PRODUITS\n16 000"),
       excluded=X(
           funders=["Région(s) : - (template line)",
                    "Fonds européens (template line; the next lines are the charge row 64- Charges de personnel 5 400)",
                    "L'agence de services et de paiement (template line; followed by Rémunération des personnels 4 000)",
                    "Fonds propres du centre social 800 (the structure)",
                    "bourse de 300 € (paid to the young people)"],
           partners=["éducateur technique (agent of Bâti-Cité 62)", "artisans (generic)",
                     "secteur jeunes (the centre's own service)",
                     "SDJES, Département, agglomération, Ville de Lens, Caf, Fondation Cœur de Mineur (funders only)"])),

    # Z09 Gironde, rural EVS. "Café des aidants" (look-alike); the Conférence des financeurs under
    # its full name; "1.200 €" (MSA, also a partner); a mutuelle's "mécénat"; a PAST funder with a
    # yearly amount ("avait soutenu les deux premières années, à hauteur de 1 500 € par an");
    # a mairie lending its minibus with driver (borderline funder + partner); aidants' 15 €;
    # a plateforme de répit (its psychologist), France Alzheimer, a SSIAD.
    mk("Z09", "Aidants, on souffle ! Temps de répit et café des aidants en Bazadais",
       "EVS LES CHÊNES DU BAZADAIS - Gironde",
       dimension="Services", keywords=["Viellissement", "Santé", "Solidarité"],
       public=["Adultes", "Seniors"], territory="Plusieurs communes",
       declared=["MSA", "Associations", "Autre"],
       resume="""\
Un après-midi par mois, un café des aidants réunit les personnes qui accompagnent un proche malade ou dépendant ; pendant ce temps, leur proche est accueilli dans la salle voisine par deux bénévoles formées et une aide-soignante. Une fois par trimestre, une sortie de répit est proposée aux aidants seuls (cinéma, restaurant, théâtre à Langon).""",
       experience="""\
Le projet est né en 2022 après une enquête menée avec la MSA Gironde auprès de 80 familles. Les cafés sont animés par une psychologue de la Plateforme d'accompagnement et de répit du Sud-Gironde, avec l'équipe de l'EVS. France Alzheimer Gironde forme nos bénévoles chaque année. Le SSIAD du Bazadais fait connaître l'action aux familles qu'il suit.""",
       description="""\
Les inscriptions se font par téléphone. Le transport des personnes aidées est possible grâce au minibus de la mairie de Bazas, prêté avec son chauffeur.""",
       financial="""\
Conférence des financeurs de la prévention de la perte d'autonomie de la Gironde : 4 500 €
MSA Gironde : 1.200 €
Mutuelle Garonne Entraide : 800 € (mécénat)
Communauté de communes du Bazadais : 1 000 €
La Carsat Aquitaine avait soutenu les deux premières années, à hauteur de 1 500 € par an.
Sorties de répit : participation de 15 € par aidant.""",
       people="1 coordinatrice, 2 bénévoles formées, 1 aide-soignante, 1 psychologue (plateforme)",
       res_territoire="27 aidants différents en 2024, dont 9 hommes.",
       res_centre="L'EVS est devenu un relais pour les services d'aide à domicile.",
       res_habitants="Des aidants qui se sentent moins seuls et osent demander de l'aide.",
       limites="Certains aidants ne peuvent pas se libérer même une demi-journée.",
       perspectives="Proposer des séances de sophrologie.",
       funders=[
           F("Commune", None, "grâce au minibus de la mairie de Bazas, prêté avec son chauffeur",
             borderline=True, alt=["Mairie de Bazas", "Ville de Bazas"]),
           F("Intercommunalité", 1000, "Communauté de communes du Bazadais : 1 000 €",
             alt=["Communauté de communes du Bazadais"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 4500,
             "Conférence des financeurs de la prévention de la perte d'autonomie de la Gironde : 4 500 €",
             alt=["Conférence des financeurs", "CFPPA"]),
           F("MSA", 1200, "MSA Gironde : 1.200 €", alt=["MSA Gironde"]),
           F("Mutuelle Garonne Entraide", 800, "Mutuelle Garonne Entraide : 800 € (mécénat)"),
           F("CARSAT", 1500,
             "La Carsat Aquitaine avait soutenu les deux premières années, à hauteur de 1 500 € par an",
             alt=["Carsat Aquitaine"]),
       ],
       partners=[
           P("MSA", "une enquête menée avec la MSA Gironde", alt=["MSA Gironde"]),
           P("Plateforme d'accompagnement et de répit du Sud-Gironde",
             "une psychologue de la Plateforme d'accompagnement et de répit du Sud-Gironde",
             alt=["Plateforme de répit"]),
           P("France Alzheimer Gironde", "France Alzheimer Gironde forme nos bénévoles",
             alt=["France Alzheimer"]),
           P("SSIAD du Bazadais", "Le SSIAD du Bazadais fait connaître l'action"),
           P("Commune", "minibus de la mairie de Bazas, prêté avec son chauffeur",
             alt=["Mairie de Bazas", "Ville de Bazas"]),
       ],
       excluded=X(
           funders=["café des aidants (look-alike)", "participation de 15 € par aidant (participants)"],
           partners=["psychologue (agent of the plateforme, annotated)",
                     "aide-soignante, bénévoles (individuals)",
                     "cinéma, restaurant, théâtre à Langon (outing places)",
                     "Conférence des financeurs, Mutuelle Garonne Entraide, Communauté de communes, Carsat (funders only)"])),

    # Z10 Guadeloupe, town. "5000 euros" (Région), "2.000 €" (an agglomeration by its own name,
    # Grand Sud Caraïbe), DAC (DRAC), Département; Ville "1 500 € + prêt de la place et de la
    # sono"; Fondation de France "demande non retenue" (REFUSED); families' membership fee; an
    # association lending drums (partner only, not funder); a lycée and an EHPAD whose pupils and
    # residents only take part (borderline partners); an association with digits.
    mk("Z10", "Gwoka pou tout moun : ateliers de tambour et de danse entre générations",
       "CENTRE SOCIAL KAZ AN NOU - Guadeloupe",
       keywords=["Culture", "intergénérationnel"], declared=["Commune", "Associations"],
       resume="""\
Chaque samedi, enfants, parents et grands-parents de Basse-Terre apprennent ensemble les sept rythmes du gwoka, au tambour (boula et makè) et en danse. Une léwòz est organisée chaque fin de trimestre sur la place du quartier.""",
       experience="""\
Les ateliers sont animés par deux maîtres-ka de l'association Akadémi Gwoka 971, avec des anciens du quartier. Les élèves de l'option musique du lycée Gerville-Réache viennent jouer avec le groupe une fois par mois. Les résidents de l'EHPAD Les Flamboyants assistent aux léwòz et deux d'entre eux chantent.
L'association Ka an Nou prête ses ka aux enfants qui n'en ont pas.""",
       description="""\
La Ville de Basse-Terre met la place à disposition et assure la sonorisation des léwòz. Les familles apportent à manger et à boire.""",
       financial="""\
Région Guadeloupe : 5000 euros
Département de la Guadeloupe : 3 000 €
DAC Guadeloupe (éducation artistique) : 2 500 €
Grand Sud Caraïbe : 2.000 €
Ville de Basse-Terre : 1 500 € + prêt de la place et de la sono
Fondation de France : demande non retenue en 2024.
Adhésion annuelle des familles : 20 €""",
       people="2 maîtres-ka, 1 animateur, 6 bénévoles",
       res_territoire="4 léwòz, 300 à 400 personnes à chaque fois.",
       res_centre="Le centre social est reconnu comme lieu de culture populaire.",
       res_habitants="Transmission entre générations ; des enfants qui jouent devant leurs grands-parents.",
       limites="Le bruit : deux plaintes de voisins.",
       perspectives="Un échange avec un centre social de Pointe-à-Pitre.",
       funders=[
           F("Commune", 1500, "Ville de Basse-Terre : 1 500 €", alt=["Ville de Basse-Terre"]),
           F("Intercommunalité", 2000, "Grand Sud Caraïbe : 2.000 €",
             alt=["Grand Sud Caraïbe", "Communauté d'agglomération Grand Sud Caraïbe"]),
           F("Région", 5000, "Région Guadeloupe : 5000 euros", alt=["Région Guadeloupe"]),
           F("Conseil départemental", 3000, "Département de la Guadeloupe : 3 000 €",
             alt=["Département de la Guadeloupe"]),
           F("DRAC", 2500, "DAC Guadeloupe (éducation artistique) : 2 500 €",
             alt=["DAC Guadeloupe", "État"]),
       ],
       partners=[
           P("Akadémi Gwoka 971", "deux maîtres-ka de l'association Akadémi Gwoka 971"),
           P("Ka an Nou", "L'association Ka an Nou prête ses ka"),
           P("Commune", "La Ville de Basse-Terre met la place à disposition",
             alt=["Ville de Basse-Terre"]),
           P("Lycée Gerville-Réache", "Les élèves de l'option musique du lycée Gerville-Réache viennent jouer",
             borderline=True),
           P("EHPAD Les Flamboyants", "Les résidents de l'EHPAD Les Flamboyants assistent aux léwòz",
             borderline=True),
       ],
       excluded=X(
           funders=["Fondation de France (demande non retenue: refused)",
                    "Adhésion annuelle des familles (participants)",
                    "Ka an Nou (lends drums: partner only)"],
           partners=["maîtres-ka (agents of Akadémi Gwoka 971)", "anciens du quartier (individuals)",
                     "place du quartier (venue)", "centre social de Pointe-à-Pitre (Perspectives only)",
                     "Région, Département, DAC, Grand Sud Caraïbe (funders only)"])),
]

"""Test set 3, fiches V23..V32 (text + hand annotation). See eval/sets/gold_helpers.py for F, P, B, X."""
from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X

R3 = []

# V23 Savoie, mountain town (Albertville). ANCV "Bourse Solidarité Vacances" (in kind: reduced stays, borderline);
# Arlysère (agglomeration) "2500€"; a fonds de dotation (invented); Caf "mille cinq cents euros"; a guides'
# company (partner); mountain places (not partners).
R3.append({
    "id": "V23",
    "title": "Familles en montagne : randonnées et nuit en refuge",
    "structure_line": "CENTRE SOCIAL LE VAL DES ROSES - Savoie",
    "files": None,
    "status": "En cours",
    "dimension": "Accompagnement de projets",
    "keywords": ["vacances / loisirs", "Parentalité", "Environnement"],
    "resume": ("Cinq sorties familiales en montagne de mai à septembre, dont une nuit au refuge de la Coire, "
               "encadrées par un accompagnateur de la Compagnie des Guides du Beaufortain."),
    "initiative": ["Un groupe d'habitants"],
    "territory": "Plusieurs quartiers",
    "experience": ("Le matériel (chaussures, sacs, bâtons) est prêté par le club Albertville Montagne Aventure. "
                   "Le Parc naturel régional du Massif des Bauges a animé une sortie sur la faune."),
    "public": ["familles"],
    "declared": ["Caf", "Intercommunalité", "Associations"],
    "description": "Participation des familles : 5 € par sortie et par adulte.",
    "financial": ("La Caf de la Savoie nous a attribué mille cinq cents euros.\n"
                  "Arlysère : 2500€\n"
                  "Fonds de dotation Cimes Solidaires : 2 000 €"),
    "people": "1 référente familles, 1 accompagnateur",
    "res_territoire": "19 familles, 71 personnes.",
    "res_centre": "",
    "res_habitants": "Beaucoup d'enfants n'étaient jamais montés en altitude.",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 2500, "Arlysère : 2500€", alt=["Arlysère"]),
        F("CAF", 1500, "La Caf de la Savoie nous a attribué mille cinq cents euros", alt=["Caf de la Savoie"]),
        F("Fonds de dotation Cimes Solidaires", 2000, "Fonds de dotation Cimes Solidaires : 2 000 €",
          alt=["Cimes Solidaires"]),
    ],
    "budget": NOB,
    "partners": [
        P("Compagnie des Guides du Beaufortain", "un accompagnateur de la Compagnie des Guides du Beaufortain"),
        P("Albertville Montagne Aventure", "prêté par le club Albertville Montagne Aventure"),
        P("Parc naturel régional du Massif des Bauges",
          "Le Parc naturel régional du Massif des Bauges a animé une sortie sur la faune",
          alt=["Parc naturel régional des Bauges"]),
    ],
    "excluded": X(
        funders=["Participation des familles : 5 € par sortie (participants)"],
        partners=["refuge de la Coire (a venue)", "Caf, Arlysère, Cimes Solidaires (funders only)"]),
})

# V24 Somme, urban QPV (Amiens Nord). Cité éducative; Amiens Métropole; Ville d'Amiens; Fondation SNCF; a
# university's students; a CERFA fragment "Autres établissements publics : Cité éducative"; a stray "- Public :"
# line inside text (field text, not a header).
R3.append({
    "id": "V24",
    "title": "Ateliers sciences du mercredi à Amiens Nord",
    "structure_line": "CENTRE SOCIAL ÉTOUVIE-PIGEONNIER - Somme",
    "files": ["programme_sciences.pdf"],
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["éducation / scolarité", "Culture"],
    "resume": ("Expériences, robotique et astronomie pour les 8-12 ans le mercredi après-midi, animées par des "
               "étudiants de l'Université de Picardie Jules-Verne et par Les Petits Débrouillards Hauts-de-France.\n"
               "- Public : enfants du CE2 à la 6e, 30 places"),
    "initiative": ["Le centre social", "Un ou plusieurs partenaire(s)"],
    "territory": "Plusieurs quartiers",
    "experience": ("Les écoles du réseau d'éducation prioritaire orientent les enfants. Une sortie au planétarium "
                   "du Safran d'Amiens clôture l'année."),
    "public": ["Enfance"],
    "declared": ["Education nationale", "Commune", "Associations"],
    "description": "",
    "financial": ("Autres établissements publics : Cité éducative d'Amiens\n"
                  "5 500\n"
                  "Amiens Métropole\n"
                  "2 000\n"
                  "Commune(s) : Amiens\n"
                  "1 500\n"
                  "Fondation SNCF\n"
                  "2 500"),
    "people": "1 animatrice, 4 étudiants",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", 1500, "Commune(s) : Amiens\n1 500", alt=["Ville d'Amiens"]),
        F("Intercommunalité", 2000, "Amiens Métropole\n2 000", alt=["Amiens Métropole"]),
        F("Cité éducative", 5500, "Cité éducative d'Amiens\n5 500", alt=["Cité éducative d'Amiens", "Éducation nationale"]),
        F("Fondation SNCF", 2500, "Fondation SNCF\n2 500"),
    ],
    "budget": NOB,
    "partners": [
        P("Université de Picardie Jules-Verne", "étudiants de l'Université de Picardie Jules-Verne", alt=["UPJV"]),
        P("Les Petits Débrouillards Hauts-de-France", "Les Petits Débrouillards Hauts-de-France",
          alt=["Petits Débrouillards"]),
    ],
    "excluded": X(
        funders=[],
        partners=["écoles du réseau d'éducation prioritaire (generic)", "planétarium du Safran (an outing place)",
                  "Cité éducative, Amiens Métropole, Fondation SNCF (funders only)"]),
})

# V25 Tarn, small town (Carmaux). Musée-mine départemental = a service of the Département (partner "Conseil
# départemental"), the Département is NOT a funder; PENDING Région; DRAC "2000 €"; communauté de communes and
# Ville; an association of former miners; a historian (individual); Terminée with a multi-line reason.
R3.append({
    "id": "V25",
    "title": "Mémoires de mineurs : recueil de récits et exposition",
    "structure_line": "CENTRE SOCIAL DU CARMAUSIN - Tarn",
    "files": None,
    "status": "Terminée",
    "reason": ("Exposition présentée en novembre 2024.\n"
               "Le livret a été distribué aux écoles."),
    "dimension": "Citoyenneté",
    "keywords": ["Culture", "intergénérationnel"],
    "resume": ("Des collégiens ont recueilli les récits de 14 anciens mineurs et de leurs épouses ; les textes et "
               "photos ont donné une exposition et un livret."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs communes",
    "experience": ("Avec l'association Les Anciens Mineurs du Carmausin, le collège Jean-Jaurès de Carmaux (classe de "
                   "4e) et le Musée-mine départemental de Cagnac-les-Mines, qui a ouvert ses archives.\n"
                   "Jean-Pierre Cabrol, historien local, a relu les textes."),
    "public": ["Tous publics"],
    "declared": ["Education nationale", "Associations"],
    "description": "",
    "financial": ("DRAC Occitanie : 2000 €\n"
                  "Communauté de communes Carmausin-Ségala : 1 500 €\n"
                  "Ville de Carmaux : 1 000 €\n"
                  "Région Occitanie : demande en attente de réponse"),
    "people": "1 animatrice",
    "res_territoire": "800 visiteurs.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", 1000, "Ville de Carmaux : 1 000 €", alt=["Ville de Carmaux"]),
        F("Intercommunalité", 1500, "Communauté de communes Carmausin-Ségala : 1 500 €",
          alt=["Communauté de communes Carmausin-Ségala"]),
        F("DRAC", 2000, "DRAC Occitanie : 2000 €", alt=["DRAC Occitanie", "État"]),
    ],
    "budget": NOB,
    "partners": [
        P("Les Anciens Mineurs du Carmausin", "l'association Les Anciens Mineurs du Carmausin",
          alt=["Anciens Mineurs du Carmausin"]),
        P("Collège Jean-Jaurès", "le collège Jean-Jaurès de Carmaux"),
        P("Conseil départemental", "le Musée-mine départemental de Cagnac-les-Mines, qui a ouvert ses archives",
          alt=["Musée-mine départemental"]),
    ],
    "excluded": X(
        funders=["Région Occitanie (\"demande en attente de réponse\": pending)"],
        partners=["Jean-Pierre Cabrol (individual)", "écoles (generic)", "DRAC, Ville, CC (funders only)"]),
})

# V26 Vendée, small town. Fête du jeu; Pays de Fontenay-Vendée (communauté de communes) as a lowercase name;
# Vendée Habitat; "Vendée" inside names; a ludothèque with digits; the Ville lends (partner); amounts "1 200e".
R3.append({
    "id": "V26",
    "title": "Fête du jeu dans la rue",
    "structure_line": "CENTRE SOCIAL LES TROIS RIVIÈRES - Vendée",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["intergénérationnel", "Mixité sociale"],
    "resume": "une journée de jeux dans la rue piétonne, 40 bénévoles, 2 500 visiteurs",
    "initiative": ["Le centre social"],
    "territory": "Une commune",
    "experience": ("partenaires : ludothèque la toupie 85, la ville (services techniques, barrières), vendée habitat "
                   "(animation jeux en pied d'immeuble la semaine avant), le conseil municipal des jeunes."),
    "public": ["Tous publics"],
    "declared": ["Commune", "Bailleur social", "Associations"],
    "description": "",
    "financial": ("pays de fontenay-vendée 1 200e\n"
                  "vendée habitat 800e\n"
                  "caf de la vendée 1 500e\n"
                  "buvette/crêpes 950e"),
    "people": "2 salariés, 40 bénévoles",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1200, "pays de fontenay-vendée 1 200e",
          alt=["Pays de Fontenay-Vendée", "Communauté de communes Pays de Fontenay-Vendée"]),
        F("Vendée Habitat", 800, "vendée habitat 800e", alt=["Bailleur social"]),
        F("CAF", 1500, "caf de la vendée 1 500e", alt=["Caf de la Vendée"]),
    ],
    "budget": NOB,
    "partners": [
        P("Ludothèque La Toupie 85", "ludothèque la toupie 85", alt=["La Toupie 85"]),
        P("Commune", "la ville (services techniques, barrières)", alt=["Ville de Fontenay-le-Comte"]),
        P("Vendée Habitat", "vendée habitat (animation jeux en pied d'immeuble"),
        P("Conseil municipal des jeunes", "le conseil municipal des jeunes", borderline=True),
    ],
    "excluded": X(
        funders=["buvette/crêpes 950e (own sales)"],
        partners=["Pays de Fontenay-Vendée, Caf (funders only)"]),
})

# V27 Vienne, urban (Châtellerault). FSE+ "8 000 €"; Département (PDI) "5 000 €"; Grand Châtellerault;
# France Travail's individual aid to learners (not a funder); an auto-école sociale with digits; total from
# "Total produits".
R3.append({
    "id": "V27",
    "title": "Auto-école sociale : le permis pour l'emploi",
    "structure_line": "CENTRE SOCIAL DES MINIMES - Vienne",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Emploi, économie", "Précarité"],
    "resume": "Préparation au code et à la conduite pour des allocataires du RSA et des jeunes en insertion.",
    "initiative": ["Un ou plusieurs partenaire(s)"],
    "territory": "Plusieurs communes",
    "experience": ("Les heures de conduite sont assurées par Permis Pour Tous 86, auto-école associative. La Mission "
                   "locale Nord Vienne et les référents RSA du Département orientent les candidats.\n"
                   "Certains candidats mobilisent l'aide individuelle au permis de France Travail."),
    "public": ["Adultes", "Jeunesse"],
    "declared": ["Conseil départemental", "Intercommunalité"],
    "description": "",
    "financial": ("Fonds social européen (FSE+) : 8 000 €\n"
                  "Département de la Vienne (PDI) : 5 000 €\n"
                  "Grand Châtellerault : 3 000 €\n"
                  "Participation des stagiaires : 50 € chacun\n"
                  "Total produits : 17 600 €"),
    "people": "1 formatrice code",
    "res_territoire": "23 stagiaires, 14 permis.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 3000, "Grand Châtellerault : 3 000 €", alt=["Grand Châtellerault"]),
        F("Conseil départemental", 5000, "Département de la Vienne (PDI) : 5 000 €",
          alt=["Département de la Vienne", "PDI"]),
        F("Fonds européens", 8000, "Fonds social européen (FSE+) : 8 000 €", alt=["FSE+", "FSE", "Union européenne"]),
    ],
    "budget": B(17600, "Total produits : 17 600 €"),
    "partners": [
        P("Permis Pour Tous 86", "Les heures de conduite sont assurées par Permis Pour Tous 86"),
        P("Mission locale Nord Vienne", "La Mission locale Nord Vienne", alt=["Mission locale"]),
        P("Conseil départemental", "les référents RSA du Département orientent les candidats",
          alt=["Département de la Vienne"]),
    ],
    "excluded": X(
        funders=["France Travail (individual aid for the licence, paid to individuals)",
                 "Participation des stagiaires : 50 € (participants)"],
        partners=["France Travail (individual aid only)", "FSE+, Grand Châtellerault (funders only)"]),
})

# V28 Vosges, urban (Épinal). Cooking; ARS Grand Est + CPAM des Vosges; Vosgelis (bailleur); Communauté
# d'agglomération d'Épinal; a lycée hôtelier; Banque alimentaire; amounts "3.000€", "1 000 €"; a chef's name.
R3.append({
    "id": "V28",
    "title": "Cuisine à petits prix au Plateau de la Justice",
    "structure_line": "CENTRE SOCIAL LA JUSTICE - Vosges",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Santé", "Précarité", "Solidarité"],
    "resume": ("Ateliers cuisine hebdomadaires autour de recettes équilibrées pour moins de 2 € par personne, et "
               "repas partagé le vendredi."),
    "initiative": ["Un groupe d'habitants"],
    "territory": "Un quartier",
    "experience": ("Les élèves du lycée hôtelier Jean-Baptiste-Siméon-Chardin ont animé un atelier par trimestre "
                   "avec leur chef, M. Valdenaire. La Banque alimentaire des Vosges fournit une partie des "
                   "produits.\n"
                   "Vosgelis met à disposition la cuisine pédagogique de la résidence Voivre."),
    "public": ["Adultes", "familles"],
    "declared": ["Bailleur social", "Autre"],
    "description": "",
    "financial": ("ARS Grand Est : 3.000€\n"
                  "CPAM des Vosges : 1 000 €\n"
                  "Communauté d'agglomération d'Épinal : 1 500 €\n"
                  "Participation 1 € par repas"),
    "people": "1 conseillère ESF",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1500, "Communauté d'agglomération d'Épinal : 1 500 €",
          alt=["Communauté d'agglomération d'Épinal"]),
        F("ARS", 3000, "ARS Grand Est : 3.000€", alt=["ARS Grand Est"]),
        F("CPAM", 1000, "CPAM des Vosges : 1 000 €", alt=["CPAM des Vosges"]),
        F("Vosgelis", None, "Vosgelis met à disposition la cuisine pédagogique", borderline=True,
          alt=["Bailleur social"]),
    ],
    "budget": NOB,
    "partners": [
        P("Lycée hôtelier Jean-Baptiste-Siméon-Chardin", "Les élèves du lycée hôtelier Jean-Baptiste-Siméon-Chardin"),
        P("Banque alimentaire des Vosges", "La Banque alimentaire des Vosges fournit une partie des produits",
          alt=["Banque alimentaire"]),
        P("Vosgelis", "Vosgelis met à disposition la cuisine pédagogique de la résidence Voivre"),
    ],
    "excluded": X(
        funders=["Participation 1 € par repas (participants)"],
        partners=["M. Valdenaire (individual chef)", "ARS, CPAM, agglomération (funders only)"]),
})

# V29 Yvelines, urban (Les Mureaux). A long verbose résumé; Fondation Orange; GPS&O; Caf; Département;
# the Ville in a bracket; France Services Les Mureaux; the structure's "espace numérique" (own service).
R3.append({
    "id": "V29",
    "title": "Permanences numériques et ateliers pour les familles des Mureaux",
    "structure_line": "CENTRE SOCIAL DES MUREAUX - LA VIGNE BLANCHE - Yvelines",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Précarité", "Parentalité"],
    "resume": ("Depuis la fermeture de plusieurs guichets, les habitants viennent de plus en plus souvent nous "
               "demander de l'aide pour leurs démarches en ligne : renouvellement de titre de séjour, déclaration "
               "trimestrielle, inscription au collège, prise de rendez-vous médicaux. Notre espace numérique "
               "propose désormais quatre permanences par semaine et des ateliers pour apprendre à faire seul, ainsi "
               "qu'un atelier parents sur le contrôle parental et les écrans."),
    "initiative": ["Le centre social"],
    "territory": "Une commune",
    "experience": ("Nous travaillons en lien étroit avec France Services Les Mureaux, vers qui nous orientons les "
                   "dossiers complexes, et avec l'association Réseau Écrans Familles 78 pour l'atelier parents."),
    "public": ["Adultes", "familles"],
    "declared": ["Caf", "Commune"],
    "description": "",
    "financial": ("Financements obtenus : Fondation Orange 5 000 €, Caf des Yvelines 3 500 €, Grand Paris Seine & "
                  "Oise 2 000 €, Département des Yvelines 2 000 €, et la Ville (mise à disposition d'un agent "
                  "d'accueil deux demi-journées, valorisée 4 800 €)."),
    "people": "1 médiatrice numérique, 1 agent d'accueil de la Ville",
    "res_territoire": "1 450 démarches accompagnées.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", 4800, "la Ville (mise à disposition d'un agent d'accueil deux demi-journées, valorisée 4 800 €)",
          borderline=True, alt=["Ville des Mureaux"]),
        F("Intercommunalité", 2000, "Grand Paris Seine & Oise 2 000 €",
          alt=["Grand Paris Seine & Oise", "GPS&O"]),
        F("Fondation Orange", 5000, "Fondation Orange 5 000 €"),
        F("CAF", 3500, "Caf des Yvelines 3 500 €", alt=["Caf des Yvelines"]),
        F("Conseil départemental", 2000, "Département des Yvelines 2 000 €", alt=["Département des Yvelines"]),
    ],
    "budget": NOB,
    "partners": [
        P("Commune", "1 agent d'accueil de la Ville", alt=["Ville des Mureaux"]),
        P("France Services Les Mureaux", "France Services Les Mureaux, vers qui nous orientons", alt=["France Services"]),
        P("Réseau Écrans Familles 78", "l'association Réseau Écrans Familles 78 pour l'atelier parents"),
    ],
    "excluded": X(
        funders=["titre de séjour / déclaration trimestrielle (procedures, not bodies)"],
        partners=["espace numérique (the centre's own service)", "collège (generic; procedures)",
                  "Fondation Orange, Caf, GPS&O, Département (funders only)"]),
})

# V30 Val-d'Oise, urban (Garges-lès-Gonesse). Femmes-relais; DDETS "Droits des femmes" (État) and FIPDR both;
# Roissy Pays de France; Val d'Oise Habitat lends a flat (borderline); CIDFF 95; a page header after the fiche.
R3.append({
    "id": "V30",
    "title": "Femmes-relais de la Muette : écoute et orientation",
    "structure_line": "CENTRE SOCIAL DE LA MUETTE - Val-d'Oise",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Intégration", "Solidarité", "discriminations"],
    "resume": "Deux femmes-relais accueillent, écoutent et orientent les habitantes, en 7 langues.",
    "initiative": ["Le centre social"],
    "territory": "Un quartier",
    "experience": ("Orientation vers le CIDFF 95 pour les questions juridiques et vers l'hôpital de Gonesse. Val "
                   "d'Oise Habitat prête un appartement pour les permanences."),
    "public": ["Adultes"],
    "declared": ["Préfecture", "Bailleur social"],
    "description": "",
    "financial": ("DDETS 95 – Droits des femmes : 4 500 €\n"
                  "FIPDR : 3 000 €\n"
                  "Roissy Pays de France : 2 500 €\n"
                  "Ville de Garges-lès-Gonesse : 2 000 €"),
    "people": "2 femmes-relais",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "page_header_after": True,
    "funders": [
        F("Commune", 2000, "Ville de Garges-lès-Gonesse : 2 000 €", alt=["Ville de Garges-lès-Gonesse"]),
        F("Intercommunalité", 2500, "Roissy Pays de France : 2 500 €", alt=["Roissy Pays de France"]),
        F("État", 4500, "DDETS 95 – Droits des femmes : 4 500 €", alt=["DDETS", "Droits des femmes"]),
        F("FIPDR", 3000, "FIPDR : 3 000 €", alt=["FIPD"]),
        F("Val d'Oise Habitat", None, "Val d'Oise Habitat prête un appartement",
          borderline=True, alt=["Bailleur social"]),
    ],
    "budget": NOB,
    "partners": [
        P("CIDFF 95", "Orientation vers le CIDFF 95", alt=["CIDFF"]),
        P("Hôpital de Gonesse", "vers l'hôpital de Gonesse", alt=["Centre hospitalier de Gonesse"]),
        P("Val d'Oise Habitat", "Val d'Oise Habitat prête un appartement pour les permanences"),
    ],
    "excluded": X(
        funders=[],
        partners=["DDETS, FIPDR, Roissy Pays de France, Ville (funders only)"]),
})

# V31 Essonne, urban (Évry-Courcouronnes). A full CERFA table with template traps: "Etat : ANCT" with an amount,
# "Région(s) :" empty then a charge row, "Fonds Cnaf" empty, "Aides privées : Fondation Groupe RATP" with
# amount; Grand Paris Sud (agglomeration); Caf de l'Essonne; Département; TOTAL.
R3.append({
    "id": "V31",
    "title": "Radio des Pyramides : une émission par les habitants",
    "structure_line": "MAISON DE QUARTIER DES PYRAMIDES - Essonne",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Démocratie & citoyenneté", "Culture"],
    "resume": "Une émission mensuelle de 1 h enregistrée par des habitants et diffusée sur Radio Évry Sud 91.",
    "initiative": ["Un groupe d'habitants"],
    "territory": "Un quartier",
    "experience": "Formation technique par l'équipe de Radio Évry Sud 91.",
    "public": ["Tous publics"],
    "declared": ["Associations"],
    "description": "",
    "financial": ("CHARGES\n"
                  "60 - Achats\n"
                  "1 200\n"
                  "64 - Charges de personnel\n"
                  "6 800\n"
                  "PRODUITS\n"
                  "74 - Subventions d'exploitation\n"
                  "Etat : ANCT (contrat de ville)\n"
                  "3 000\n"
                  "Région(s) :\n"
                  "Rémunération des personnels\n"
                  "4 900\n"
                  "Département(s) : Essonne\n"
                  "1 000\n"
                  "Intercommunalité(s) : EPCI Grand Paris Sud\n"
                  "1 500\n"
                  "Organismes sociaux (détailler) :\n"
                  "Fonds Cnaf\n"
                  "Caf de l'Essonne\n"
                  "1 200\n"
                  "Aides privées : Fondation Groupe RATP\n"
                  "1 300\n"
                  "TOTAL DES PRODUITS\n"
                  "8 000"),
    "people": "1 animateur, 9 habitants",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1500, "Intercommunalité(s) : EPCI Grand Paris Sud\n1 500",
          alt=["Grand Paris Sud", "Grand Paris Sud Seine-Essonne-Sénart"]),
        F("ANCT", 3000, "Etat : ANCT (contrat de ville)\n3 000", alt=ANCT_ALT),
        F("Conseil départemental", 1000, "Département(s) : Essonne\n1 000", alt=["Département de l'Essonne"]),
        F("CAF", 1200, "Caf de l'Essonne\n1 200", alt=["Caf de l'Essonne"]),
        F("Fondation Groupe RATP", 1300, "Aides privées : Fondation Groupe RATP\n1 300"),
    ],
    "budget": B(8000, "TOTAL DES PRODUITS\n8 000"),
    "partners": [
        P("Radio Évry Sud 91", "Formation technique par l'équipe de Radio Évry Sud 91"),
    ],
    "excluded": X(
        funders=["Région(s) : (template line; the next lines are a charge row, Rémunération des personnels 4 900)",
                 "Fonds Cnaf (template line without amount; the 1 200 belongs to the Caf de l'Essonne)"],
        partners=["habitants (individuals)", "ANCT, Grand Paris Sud, Département, Caf, Fondation Groupe RATP "
                  "(funders only)"]),
})

# V32 Martinique (Le Lamentin). Collectivité territoriale de Martinique; CGSS; Caf de la Martinique; CACEM;
# DAC Martinique (DRAC); Ville du Lamentin in kind; Creole words; "lakou" events; a "ti kafé" look-alike.
R3.append({
    "id": "V32",
    "title": "Lakou an nou : contes et musique avec les anciens",
    "structure_line": "CENTRE SOCIAL DU BASSIGNAC - Martinique",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["intergénérationnel", "Culture", "Viellissement"],
    "resume": ("Des veillées mensuelles où les anciens racontent et chantent, les jeunes jouent du tambour bèlè, "
               "autour d'un ti kafé et de douslèt."),
    "initiative": ["Un groupe d'habitants"],
    "territory": "Un quartier",
    "experience": ("Avec l'association Bèlè Lamentin Tradisyon et l'EHPAD Les Flamboyants, dont les résidents "
                   "viennent aux veillées."),
    "public": ["Seniors", "Jeunesse"],
    "declared": ["Commune", "Associations"],
    "description": "La Ville du Lamentin prête la place et la sono.",
    "financial": ("CTM (Collectivité Territoriale de Martinique) : 3 000 €\n"
                  "CGSS Martinique (action sociale retraite) : 2 000 €\n"
                  "Caf de la Martinique : 1 800 €\n"
                  "CACEM : 1 500 €\n"
                  "DAC Martinique : 2 500 €"),
    "people": "2 animateurs",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1500, "CACEM : 1 500 €",
          alt=["CACEM", "Communauté d'agglomération du Centre de la Martinique"]),
        F("Collectivité territoriale de Martinique", 3000, "CTM (Collectivité Territoriale de Martinique) : 3 000 €",
          alt=["CTM", "Conseil départemental", "Région"]),
        F("CGSS", 2000, "CGSS Martinique (action sociale retraite) : 2 000 €", alt=["CGSS Martinique", "CARSAT"]),
        F("CAF", 1800, "Caf de la Martinique : 1 800 €", alt=["Caf de la Martinique"]),
        F("DRAC", 2500, "DAC Martinique : 2 500 €", alt=["DAC Martinique", "État"]),
    ],
    "budget": NOB,
    "partners": [
        P("Commune", "La Ville du Lamentin prête la place et la sono", alt=["Ville du Lamentin"]),
        P("Bèlè Lamentin Tradisyon", "l'association Bèlè Lamentin Tradisyon"),
        P("EHPAD Les Flamboyants", "l'EHPAD Les Flamboyants, dont les résidents viennent aux veillées"),
    ],
    "excluded": X(
        funders=["\"ti kafé\" (negative for CAF)", "Ville du Lamentin (lends the square and sound system: partner only)"],
        partners=["CTM, CGSS, Caf, CACEM, DAC (funders only)"]),
})

"""Test set 3, fiches V12..V22 (text + hand annotation). See eval/sets/gold_helpers.py for F, P, B, X."""
from eval.sets.gold_helpers import B, F, NOB, P, X

R2 = []

# V12 Eure-et-Loir, urban (Dreux). Emoji title; a stray "Actions" line inside the Description (not a fiche start);
# DDETS "BOP 104" (État); Agglo du Pays de Dreux; a foundation (invented); CIDFF and GRETA; a trainer's name.
R2.append({
    "id": "V12",
    "title": "🗣️ Parler français pour agir : ateliers sociolinguistiques",
    "structure_line": "CENTRE SOCIAL LES BATIGNOLLES - Eure-et-Loir",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Intégration", "Emploi, économie"],
    "resume": ("Ateliers sociolinguistiques (ASL) 3 matinées par semaine pour 28 adultes, surtout des femmes, avec "
               "des sorties pratiques : mairie, Poste, marché, médiathèque."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs quartiers",
    "experience": ("Groupes de niveau constitués après un test. Les apprenantes sont orientées par France Travail, "
                   "le CIDFF d'Eure-et-Loir et les assistantes sociales du Département."),
    "public": ["Adultes"],
    "declared": ["Conseil départemental", "Associations", "Autre"],
    "description": ("Une formatrice FLE salariée, Mme Benali, et 5 bénévoles.\n"
                    "Programme de l'année :\n"
                    "Actions\n"
                    "- santé : prendre rendez-vous, lire une ordonnance\n"
                    "- école : comprendre le carnet de liaison\n"
                    "- emploi : préparer un entretien\n"
                    "Le GRETA Centre-Val de Loire fait passer le DELF A1 aux apprenantes volontaires."),
    "financial": ("DDETS d'Eure-et-Loir (BOP 104, intégration) : 5 000 €\n"
                  "Agglo du Pays de Dreux : 3 000 €\n"
                  "Caf d'Eure-et-Loir : 2 000 €\n"
                  "Fondation Mots Partagés : 1 500 €"),
    "people": "1 formatrice, 5 bénévoles",
    "res_territoire": "9 apprenantes ont obtenu le DELF A1.",
    "res_centre": "",
    "res_habitants": "Plus d'autonomie dans les démarches.",
    "limites": "Liste d'attente de 15 personnes.",
    "perspectives": "Ouvrir un groupe en soirée pour les salariés.",
    "funders": [
        F("Intercommunalité", 3000, "Agglo du Pays de Dreux : 3 000 €", alt=["Agglo du Pays de Dreux"]),
        F("État", 5000, "DDETS d'Eure-et-Loir (BOP 104, intégration) : 5 000 €", alt=["DDETS", "BOP 104"]),
        F("CAF", 2000, "Caf d'Eure-et-Loir : 2 000 €", alt=["Caf d'Eure-et-Loir"]),
        F("Fondation Mots Partagés", 1500, "Fondation Mots Partagés : 1 500 €"),
    ],
    "budget": NOB,
    "partners": [
        P("France Travail", "Les apprenantes sont orientées par France Travail"),
        P("CIDFF d'Eure-et-Loir", "le CIDFF d'Eure-et-Loir", alt=["CIDFF"]),
        P("Conseil départemental", "les assistantes sociales du Département", alt=["Département d'Eure-et-Loir"]),
        P("GRETA Centre-Val de Loire", "Le GRETA Centre-Val de Loire fait passer le DELF A1", alt=["GRETA"]),
    ],
    "excluded": X(
        funders=["sorties mairie, Poste (places visited)"],
        partners=["Mme Benali (staff member)", "mairie, Poste, marché, médiathèque (outing places)",
                  "DDETS, Agglo, Caf, Fondation Mots Partagés (funders only)"]),
})

# V13 Indre, urban (Châteauroux). Per-family amounts (ANCV "200 € par famille" → null, Caf VACAF aid paid to
# families → not a funder); the Caf's project grant "3000 €" is; Châteauroux Métropole; family contribution;
# "Vacances & Familles 36" with "&" and digits.
R2.append({
    "id": "V13",
    "title": "Premiers départs en vacances des familles de Saint-Jean",
    "structure_line": "CENTRE SOCIAL SAINT-JEAN - Indre",
    "files": [],
    "status": "En cours",
    "dimension": "Accompagnement de projets",
    "keywords": ["vacances / loisirs", "Parentalité", "Précarité"],
    "resume": ("Accompagner 12 familles qui ne sont jamais parties à préparer leur premier séjour : budget, "
               "destination, réservation, épargne."),
    "initiative": ["Le centre social"],
    "territory": "Un quartier",
    "experience": ("Réunions collectives d'octobre à juin. Vacances & Familles 36 apporte son savoir-faire et "
                   "trouve des hébergements à prix réduit."),
    "public": ["familles"],
    "declared": ["Caf", "Intercommunalité", "Associations"],
    "description": ("Chaque famille épargne 15 € par mois. Départ en juillet ou août, une semaine.\n"
                    "Les familles qui ont droit à l'aide aux vacances de la Caf (VACAF) l'utilisent pour réduire "
                    "le coût du séjour."),
    "financial": ("- Caf de l'Indre, aide au projet : 3000 €\n"
                  "- ANCV (programme Départ 1er séjour) : 200 € par famille\n"
                  "- Châteauroux Métropole : 2000 €\n"
                  "- participation des familles : 25 % du séjour"),
    "people": "1 référente familles",
    "res_territoire": "11 familles parties sur 12.",
    "res_centre": "",
    "res_habitants": "Des parents fiers d'offrir des vacances à leurs enfants.",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 2000, "Châteauroux Métropole : 2000 €", alt=["Châteauroux Métropole"]),
        F("CAF", 3000, "Caf de l'Indre, aide au projet : 3000 €", alt=["Caf de l'Indre"]),
        F("ANCV", None, "ANCV (programme Départ 1er séjour) : 200 € par famille",
          alt=["Agence nationale pour les chèques-vacances"]),
    ],
    "budget": NOB,
    "partners": [
        P("Vacances & Familles 36", "Vacances & Familles 36 apporte son savoir-faire",
          alt=["Vacances & Familles", "Vacances et Familles"]),
    ],
    "excluded": X(
        funders=["VACAF aide aux vacances (individual aid paid to families)", "épargne 15 € par mois (participants)",
                 "participation des familles : 25 % (participants)"],
        partners=["Caf, ANCV, Châteauroux Métropole (funders only)"]),
})

# V14 Jura, rural mountain. "Repair café" look-alike in the title; a waste syndicate (SICTOM) funder + partner;
# REFUSED ADEME; Région "3 k€"; a bank's mécénat; the communauté de communes lends a room (in kind, valued
# "valeur 1 200 €" → borderline funder with amount, and partner); digits in an association name.
R2.append({
    "id": "V14",
    "title": "Repair café et atelier vélo du Haut-Jura",
    "structure_line": "CENTRE SOCIAL LE PRÉ DES COMBES - Jura",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Environnement", "développement durable", "Solidarité"],
    "resume": "Un samedi par mois, des bénévoles réparent avec les habitants petit électroménager, vêtements et vélos.",
    "initiative": ["Un groupe d'habitants"],
    "territory": "Plusieurs communes",
    "experience": ("Les Bricoleurs du 39 ont proposé l'idée. Le SICTOM du Haut-Jura forme les bénévoles au tri et "
                   "récupère ce qui ne se répare pas. Les vélos abandonnés viennent de la déchetterie de "
                   "Saint-Claude."),
    "public": ["Tous publics"],
    "declared": ["Intercommunalité", "Associations"],
    "description": ("La Communauté de communes Haut-Jura Saint-Claude prête la salle des fêtes de Chassal (valeur "
                    "1 200 € par an).\n"
                    "Repas partagé à midi."),
    "financial": ("Région Bourgogne-Franche-Comté 3 k€\n"
                  "SICTOM du Haut-Jura 2 000 €\n"
                  "Crédit Mutuel du Haut-Jura (mécénat) 800 €\n"
                  "ADEME : demande non retenue"),
    "people": "14 bénévoles, 1 animateur",
    "res_territoire": "420 objets réparés en un an.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1200, "prête la salle des fêtes de Chassal (valeur 1 200 € par an)", borderline=True,
          alt=["Communauté de communes Haut-Jura Saint-Claude"]),
        F("Région", 3000, "Région Bourgogne-Franche-Comté 3 k€", alt=["Région Bourgogne-Franche-Comté"]),
        F("SICTOM du Haut-Jura", 2000, "SICTOM du Haut-Jura 2 000 €", alt=["SICTOM"]),
        F("Crédit Mutuel du Haut-Jura", 800, "Crédit Mutuel du Haut-Jura (mécénat) 800 €", alt=["Crédit Mutuel"]),
    ],
    "budget": NOB,
    "partners": [
        P("Les Bricoleurs du 39", "Les Bricoleurs du 39 ont proposé l'idée", alt=["Bricoleurs du 39"]),
        P("SICTOM du Haut-Jura", "Le SICTOM du Haut-Jura forme les bénévoles au tri", alt=["SICTOM"]),
        P("Intercommunalité", "La Communauté de communes Haut-Jura Saint-Claude prête la salle des fêtes",
          alt=["Communauté de communes Haut-Jura Saint-Claude"]),
    ],
    "excluded": X(
        funders=["ADEME (\"demande non retenue\": refused)", "\"Repair café\" (negative for CAF)"],
        partners=["déchetterie de Saint-Claude (a site of the SICTOM, already counted)",
                  "Région, Crédit Mutuel (funders only)"]),
})

# V15 Landes, urban. EMPTY dimension; total as a range ("de 14 000 à 15 000 €"); four funders in a sentence
# list; Relais Petite Enfance, PMI (own node), médiathèque; "Landes" inside a partner name.
R2.append({
    "id": "V15",
    "title": "Ludothèque itinérante Ludi'Marsan",
    "structure_line": "CENTRE SOCIAL ET CULTUREL DU PEYROUAT - Landes",
    "files": None,
    "status": "En cours",
    "dimension": None,
    "keywords": ["Parentalité", "Culture", "intergénérationnel"],
    "resume": ("Une ludothèque dans un camion qui s'installe dans les quartiers et 6 communes rurales autour de "
               "Mont-de-Marsan : jeu sur place, prêt de jeux, soirées jeux pour les familles."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs communes",
    "experience": ("Les animatrices du Relais Petite Enfance de Mont-de-Marsan Agglomération viennent avec les "
                   "assistantes maternelles une fois par mois. La PMI oriente des familles isolées.\n"
                   "La médiathèque du Marsan prête des albums."),
    "public": ["Tous publics", "Petite enfance"],
    "declared": ["Caf", "Intercommunalité", "Conseil départemental"],
    "description": "Le camion a été aménagé par l'ESAT Les Ateliers Landais.",
    "financial": ("Financements : Caf des Landes 5 500 €, Département des Landes 2 000 €, Mont de Marsan Agglo "
                  "3 000 €, MSA Sud Aquitaine 1 000 €.\n"
                  "Budget annuel : de 14 000 à 15 000 € selon le nombre de sorties."),
    "people": "2 animatrices ludothécaires",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 3000, "Mont de Marsan Agglo 3 000 €",
          alt=["Mont de Marsan Agglo", "Mont-de-Marsan Agglomération"]),
        F("CAF", 5500, "Caf des Landes 5 500 €", alt=["Caf des Landes"]),
        F("Conseil départemental", 2000, "Département des Landes 2 000 €", alt=["Département des Landes"]),
        F("MSA", 1000, "MSA Sud Aquitaine 1 000 €", alt=["MSA Sud Aquitaine"]),
    ],
    "budget": B(None, "Budget annuel : de 14 000 à 15 000 €", rng=(14000, 15000)),
    "partners": [
        P("Intercommunalité", "Les animatrices du Relais Petite Enfance de Mont-de-Marsan Agglomération",
          alt=["Relais Petite Enfance", "Mont-de-Marsan Agglomération"]),
        P("PMI", "La PMI oriente des familles isolées"),
        P("Médiathèque du Marsan", "La médiathèque du Marsan prête des albums"),
        P("ESAT Les Ateliers Landais", "Le camion a été aménagé par l'ESAT Les Ateliers Landais",
          alt=["Les Ateliers Landais"]),
    ],
    "excluded": X(
        funders=[],
        partners=["assistantes maternelles (individuals)", "Caf, MSA (funders only)"]),
})

# V16 Lot, rural (Figeac). France Travail pays per trainee ("150 € par stagiaire" → funder, no amount);
# REFUSED Région; a foundation "6 000 €"; Grand-Figeac "4.000 €"; an auto-école (company partner); a
# garage solidaire (association); Mission locale.
R2.append({
    "id": "V16",
    "title": "Mobil'Ségala : se déplacer pour travailler",
    "structure_line": "CENTRE SOCIAL ET CULTUREL DU PAYS DE FIGEAC - Lot",
    "files": ["bilan_mobilite_2024.pdf"],
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Emploi, économie", "Précarité"],
    "resume": ("Plateforme de mobilité : location de scooters et voitures à 3 € par jour, code de la route "
               "accompagné, diagnostic mobilité pour les personnes en insertion."),
    "initiative": ["Un ou plusieurs partenaire(s)"],
    "territory": "Plusieurs communes",
    "experience": ("Construit avec la Mission locale du Lot et le Garage Solidaire du Ségala, qui entretient les "
                   "véhicules. L'auto-école Célé Conduite accueille nos stagiaires à tarif réduit pour la conduite."),
    "public": ["Adultes", "Jeunesse"],
    "declared": ["Intercommunalité", "Associations", "Entreprises"],
    "description": "France Travail prescrit les diagnostics mobilité et les paie 150 € par stagiaire.",
    "financial": ("Grand-Figeac : 4.000 €\n"
                  "Fondation Macif : 6 000 €\n"
                  "Région Occitanie : dossier refusé\n"
                  "Locations : 2 300 € de recettes"),
    "people": "1 conseillère mobilité",
    "res_territoire": "58 personnes accompagnées, 19 permis obtenus.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 4000, "Grand-Figeac : 4.000 €", alt=["Grand-Figeac", "Communauté de communes du Grand-Figeac"]),
        F("Fondation Macif", 6000, "Fondation Macif : 6 000 €"),
        F("France Travail", None, "France Travail prescrit les diagnostics mobilité et les paie 150 € par stagiaire"),
    ],
    "budget": NOB,
    "partners": [
        P("Mission locale du Lot", "Construit avec la Mission locale du Lot", alt=["Mission locale"]),
        P("Garage Solidaire du Ségala", "le Garage Solidaire du Ségala, qui entretient les véhicules"),
        P("Auto-école Célé Conduite", "L'auto-école Célé Conduite accueille nos stagiaires", alt=["Célé Conduite"]),
        P("France Travail", "France Travail prescrit les diagnostics mobilité"),
    ],
    "excluded": X(
        funders=["Région Occitanie (\"dossier refusé\")", "Locations : 2 300 € de recettes (own receipts)",
                 "3 € par jour (participants)"],
        partners=["Grand-Figeac, Fondation Macif (funders only)"]),
})

# V17 Manche, urban (Saint-Lô). "Café des aidants" (look-alike); Conférence des financeurs; a caisse de retraite
# complémentaire (AG2R La Mondiale) "1 500 euros"; Saint-Lô Agglo; CCAS partner only; France Alzheimer; a
# neuropsychologist by name (individual); a page header after the fiche.
R2.append({
    "id": "V17",
    "title": "Café des aidants du Saint-Lois",
    "structure_line": "CENTRE SOCIAL MERSIER - Manche",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Viellissement", "Santé", "Solidarité"],
    "resume": ("Un samedi par mois, les proches aidants se retrouvent autour d'un thème (fatigue, droits, "
               "culpabilité) avec une professionnelle. Un accueil des personnes aidées est organisé en parallèle."),
    "initiative": ["Un ou plusieurs partenaire(s)"],
    "territory": "Plusieurs communes",
    "experience": ("Proposé par France Alzheimer Manche, co-animé avec le CLIC du Pays Saint-Lois. Le CCAS de "
                   "Saint-Lô assure l'accueil des personnes aidées avec deux agents.\n"
                   "Intervenante : Mme Hébert, neuropsychologue."),
    "public": ["Adultes", "Seniors"],
    "declared": ["Associations", "Autre"],
    "description": "",
    "financial": ("Conférence des financeurs de la Manche : 2 500 €\n"
                  "AG2R La Mondiale : 1 500 euros\n"
                  "Saint-Lô Agglo : 1 000 €"),
    "people": "1 animatrice, 2 agents du CCAS",
    "res_territoire": "22 aidants différents sur l'année.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "page_header_after": True,
    "funders": [
        F("Intercommunalité", 1000, "Saint-Lô Agglo : 1 000 €", alt=["Saint-Lô Agglo"]),
        F("Conférence des financeurs de la prévention de la perte d'autonomie", 2500,
          "Conférence des financeurs de la Manche : 2 500 €", alt=["Conférence des financeurs", "CFPPA"]),
        F("AG2R La Mondiale", 1500, "AG2R La Mondiale : 1 500 euros", alt=["AG2R"]),
    ],
    "budget": NOB,
    "partners": [
        P("France Alzheimer Manche", "Proposé par France Alzheimer Manche", alt=["France Alzheimer"]),
        P("CLIC du Pays Saint-Lois", "co-animé avec le CLIC du Pays Saint-Lois", alt=["CLIC"]),
        P("CCAS", "Le CCAS de Saint-Lô assure l'accueil des personnes aidées", alt=["CCAS de Saint-Lô"]),
    ],
    "excluded": X(
        funders=["\"Café des aidants\" (negative for CAF)"],
        partners=["Mme Hébert (individual)", "Conférence des financeurs, AG2R, Saint-Lô Agglo (funders only)"]),
})

# V18 Marne, urban (Épernay). FIPDR; a champagne house's mécénat (invented company) "3 000 €"; Plurial Novilia
# (bailleur) in kind (local) + "1 500 €"; Ville d'Épernay and the agglomération with amounts in one sentence
# in brackets; Police nationale, Mission locale as partners; an educator's first name.
R2.append({
    "id": "V18",
    "title": "Chantiers éducatifs d'été à Bernon",
    "structure_line": "CENTRE SOCIAL DE BERNON - Marne",
    "files": None,
    "status": "Terminée",
    "reason": "Action d'été, terminée le 31 août.",
    "dimension": "Accompagnement de projets",
    "keywords": ["Emploi, économie", "Démocratie & citoyenneté"],
    "resume": ("16 jeunes de 16-21 ans ont travaillé 5 demi-journées chacun (peinture, espaces verts) contre une "
               "gratification, avec Kévin, éducateur du centre."),
    "initiative": ["Le centre social"],
    "territory": "Un quartier",
    "experience": ("Jeunes repérés avec la Mission locale d'Épernay et le commissariat de police nationale "
                   "(délégué cohésion police-population). Plurial Novilia a fourni les chantiers et un local."),
    "public": ["Jeunesse"],
    "declared": ["Bailleur social", "Commune", "Préfecture"],
    "description": "",
    "financial": ("Le projet est soutenu par la Ville d'Épernay (2 000 €), l'Agglomération Épernay Coteaux et Plaine "
                  "de Champagne (1 800 €), le FIPDR via la préfecture de la Marne (2 500 €), Plurial Novilia "
                  "(1 500 €) et la maison Champagne Dessaint-Laroche qui nous a fait un don de 3 000 €."),
    "people": "2 éducateurs",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", 2000, "la Ville d'Épernay (2 000 €)", alt=["Ville d'Épernay"]),
        F("Intercommunalité", 1800, "l'Agglomération Épernay Coteaux et Plaine de Champagne (1 800 €)",
          alt=["Agglomération Épernay Coteaux et Plaine de Champagne"]),
        F("FIPDR", 2500, "le FIPDR via la préfecture de la Marne (2 500 €)", alt=["FIPD", "Préfecture"]),
        F("Plurial Novilia", 1500, "Plurial Novilia (1 500 €)", alt=["Bailleur social"]),
        F("Champagne Dessaint-Laroche", 3000, "la maison Champagne Dessaint-Laroche qui nous a fait un don de 3 000 €"),
    ],
    "budget": NOB,
    "partners": [
        P("Mission locale d'Épernay", "Jeunes repérés avec la Mission locale d'Épernay", alt=["Mission locale"]),
        P("Police nationale", "le commissariat de police nationale (délégué cohésion police-population)",
          alt=["Commissariat"]),
        P("Plurial Novilia", "Plurial Novilia a fourni les chantiers et un local"),
    ],
    "excluded": X(
        funders=["gratification (paid to young people)"],
        partners=["Kévin (staff member)", "Ville, Agglomération, Champagne Dessaint-Laroche (funders only)"]),
})

# V19 Morbihan, rural-urban (Pontivy). Granted FDVA with amount not yet known (funder, null); DRAC Bretagne;
# Ville de Pontivy as "la mairie"; Pontivy Communauté; Région Bretagne; lowercase association list with
# apostrophes; a musician's name; future festival partner in Perspectives.
R2.append({
    "id": "V19",
    "title": "Festival des cultures du monde « Pondi Kreiz »",
    "structure_line": "CENTRE SOCIAL KERVÉNOËL - Morbihan",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Culture", "Mixité sociale", "Intégration"],
    "resume": ("Un week-end de concerts, cuisine et danses du monde, préparé pendant six mois par des habitants "
               "de 17 nationalités."),
    "initiative": ["Un groupe d'habitants"],
    "territory": "Une commune",
    "experience": ("Associations participantes : ti ar vro bro bontiw, les amis d'andalousie, cercle celtique "
                   "de pontivy, afrik'unité 56.\n"
                   "Le groupe Tarab, conduit par le musicien Youssef Amrani, a animé l'atelier chant."),
    "public": ["Tous publics"],
    "declared": ["Commune", "Associations"],
    "description": "La mairie prête le parc et le matériel scénique, les services techniques installent le podium.",
    "financial": ("DRAC Bretagne : 3 500 €\n"
                  "La mairie : 2 500 €\n"
                  "Pontivy Communauté : 2 000 €\n"
                  "Région Bretagne : 1 500 €\n"
                  "FDVA : accordé, montant pas encore notifié"),
    "people": "3 salariés, 60 bénévoles",
    "res_territoire": "3 000 visiteurs.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "Co-programmer avec le festival Kann al Loar l'an prochain.",
    "funders": [
        F("Commune", 2500, "La mairie : 2 500 €", alt=["Mairie", "Ville de Pontivy"]),
        F("Intercommunalité", 2000, "Pontivy Communauté : 2 000 €", alt=["Pontivy Communauté"]),
        F("DRAC", 3500, "DRAC Bretagne : 3 500 €", alt=["DRAC Bretagne", "État"]),
        F("Région", 1500, "Région Bretagne : 1 500 €", alt=["Région Bretagne"]),
        F("FDVA", None, "FDVA : accordé, montant pas encore notifié",
          alt=["Fonds pour le développement de la vie associative"]),
    ],
    "budget": NOB,
    "partners": [
        P("Commune", "La mairie prête le parc et le matériel scénique", alt=["Mairie", "Ville de Pontivy"]),
        P("Ti ar Vro Bro Bontiw", "ti ar vro bro bontiw"),
        P("Les Amis d'Andalousie", "les amis d'andalousie", alt=["Amis d'Andalousie"]),
        P("Cercle celtique de Pontivy", "cercle celtique de pontivy"),
        P("Afrik'Unité 56", "afrik'unité 56"),
        P("Tarab", "Le groupe Tarab, conduit par le musicien Youssef Amrani, a animé l'atelier chant", borderline=True),
    ],
    "excluded": X(
        funders=["La mairie prête le parc (in kind; the Commune is a funder with its own amount)"],
        partners=["Youssef Amrani (individual musician)", "festival Kann al Loar (future plan only)",
                  "DRAC, Pontivy Communauté, Région, FDVA (funders only)"]),
})

# V20 Nièvre, small town EVS. Épicerie solidaire; CCAS funder + partner; Banque alimentaire gives food (partner
# only, not valued); a company foundation; per-purchase participation ("10 % du prix" → participants);
# the structure's own name contains "SOLIDARITÉ".
R2.append({
    "id": "V20",
    "title": "L'épicerie solidaire du Val de Loire",
    "structure_line": "EVS COSNE SOLIDARITÉ - Nièvre",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Précarité", "Solidarité", "Santé"],
    "resume": ("Épicerie solidaire ouverte 3 demi-journées par semaine : les familles orientées paient 10 % du prix "
               "des produits et participent à des ateliers cuisine et budget."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs communes",
    "experience": ("Orientations par le CCAS de Cosne-Cours-sur-Loire et les travailleurs sociaux de la Maison "
                   "départementale de la solidarité. Approvisionnement par la Banque alimentaire de la Nièvre."),
    "public": ["familles", "Adultes"],
    "declared": ["Conseil départemental", "Caf"],
    "description": "Atelier cuisine animé avec une diététicienne de la Mutualité Française Bourgogne-Franche-Comté.",
    "financial": ("Département de la Nièvre : 4 000 €\n"
                  "Caf de la Nièvre : 2 500 €\n"
                  "CCAS de Cosne : 2 000 €\n"
                  "Fondation Carrefour : 3 000 €\n"
                  "Ventes (10 % du prix) : 2 700 €"),
    "people": "1 coordinatrice, 18 bénévoles",
    "res_territoire": "94 foyers accueillis.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Conseil départemental", 4000, "Département de la Nièvre : 4 000 €", alt=["Département de la Nièvre"]),
        F("CAF", 2500, "Caf de la Nièvre : 2 500 €", alt=["Caf de la Nièvre"]),
        F("CCAS", 2000, "CCAS de Cosne : 2 000 €", alt=["CCAS de Cosne-Cours-sur-Loire"]),
        F("Fondation Carrefour", 3000, "Fondation Carrefour : 3 000 €"),
    ],
    "budget": NOB,
    "partners": [
        P("CCAS", "Orientations par le CCAS de Cosne-Cours-sur-Loire", alt=["CCAS de Cosne-Cours-sur-Loire"]),
        P("Conseil départemental", "les travailleurs sociaux de la Maison départementale de la solidarité",
          alt=["Maison départementale de la solidarité", "Département de la Nièvre"]),
        P("Banque alimentaire de la Nièvre", "Approvisionnement par la Banque alimentaire de la Nièvre",
          alt=["Banque alimentaire"]),
        P("Mutualité Française Bourgogne-Franche-Comté", "une diététicienne de la Mutualité Française Bourgogne-Franche-Comté",
          alt=["Mutualité Française"]),
    ],
    "excluded": X(
        funders=["Ventes (10 % du prix) : 2 700 € (own sales / participants)",
                 "Banque alimentaire (food supply, not valued: partner only)",
                 "\"SOLIDARITÉ\" in the structure's own name"],
        partners=["diététicienne (staff of the Mutualité)", "Caf, Fondation Carrefour (funders only)"]),
})

# V21 Orne, small town (L'Aigle). REAAP and the Caf both funders; communauté de communes; MSA "700€"; PMI own node
# and the intercommunal Relais Petite Enfance; a "P'tit Caf'é" look-alike in the title; a psychologist
# (individual); a foundation applied to in 2023 "sans suite" (not a funder).
R2.append({
    "id": "V21",
    "title": "Les matinées parents-bébés du P'tit Caf'é",
    "structure_line": "CENTRE SOCIAL ESPACE ÉMERAUDE - Orne",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Parentalité", "éducation / scolarité"],
    "resume": ("Tous les jeudis matin, le P'tit Caf'é accueille les parents et leurs enfants de 0 à 3 ans : jeux, "
               "éveil musical, échanges entre parents."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs communes",
    "experience": ("Une puéricultrice de la PMI de L'Aigle vient une fois par mois. Le Relais Petite Enfance des Pays "
                   "de L'Aigle anime l'éveil musical.\n"
                   "Une psychologue, Mme Roussel, propose un temps d'échange trimestriel."),
    "public": ["Petite enfance", "familles"],
    "declared": ["Caf", "Conseil départemental"],
    "description": ("En 2023 nous avions candidaté à un appel de la Fondation des Aînés et des Petits, sans suite."),
    "financial": ("REAAP 61 : 1 500 €\n"
                  "Caf de l'Orne (animation collective familles) : 3 200 €\n"
                  "Communauté de communes des Pays de L'Aigle : 800 €\n"
                  "MSA Mayenne-Orne-Sarthe : 700€"),
    "people": "1 référente familles, 1 animatrice",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 800, "Communauté de communes des Pays de L'Aigle : 800 €",
          alt=["Communauté de communes des Pays de L'Aigle"]),
        F("REAAP", 1500, "REAAP 61 : 1 500 €", alt=["REAAP 61"]),
        F("CAF", 3200, "Caf de l'Orne (animation collective familles) : 3 200 €", alt=["Caf de l'Orne"]),
        F("MSA", 700, "MSA Mayenne-Orne-Sarthe : 700€", alt=["MSA Mayenne-Orne-Sarthe"]),
    ],
    "budget": NOB,
    "partners": [
        P("PMI", "Une puéricultrice de la PMI de L'Aigle vient une fois par mois", alt=["PMI de L'Aigle"]),
        P("Intercommunalité", "Le Relais Petite Enfance des Pays de L'Aigle anime l'éveil musical",
          alt=["Relais Petite Enfance des Pays de L'Aigle", "Relais Petite Enfance"]),
    ],
    "excluded": X(
        funders=["\"P'tit Caf'é\" (negative for CAF)",
                 "Fondation des Aînés et des Petits (\"candidaté ... sans suite\": not granted)"],
        partners=["Mme Roussel (individual psychologist)", "REAAP, Caf, MSA (funders only)"]),
})

# V22 Sarthe, small town (La Flèche). Numérique seniors; Carsat; a caisse de retraite complémentaire (Malakoff
# Humanis); communauté de communes; Département with "1000€"; Emmaüs Connect and an EHPAD; a conseiller numérique
# of France Services (partner); total "Coût global : 9 700 €".
R2.append({
    "id": "V22",
    "title": "Tablettes et smartphones : les seniors se connectent",
    "structure_line": "CENTRE SOCIAL MONTREUIL - LA FLÈCHE - Sarthe",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Viellissement", "Solidarité"],
    "resume": ("Cycles de 8 séances pour apprendre à utiliser tablette et smartphone, prêt de tablettes, "
               "permanence d'aide aux démarches."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs communes",
    "experience": ("Emmaüs Connect fournit des téléphones reconditionnés à prix solidaire. Un cycle est organisé à "
                   "l'EHPAD Le Bois Joli avec ses résidents.\n"
                   "Le conseiller numérique de France Services La Flèche co-anime les séances démarches."),
    "public": ["Seniors"],
    "declared": ["Intercommunalité", "Conseil départemental", "Associations"],
    "description": "",
    "financial": ("Carsat Pays de la Loire : 2 000 €\n"
                  "Malakoff Humanis : 1 500 €\n"
                  "Communauté de communes du Pays Fléchois : 1 200 €\n"
                  "Conseil départemental de la Sarthe : 1000€\n"
                  "Coût global : 9 700 €"),
    "people": "1 animateur numérique",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1200, "Communauté de communes du Pays Fléchois : 1 200 €",
          alt=["Communauté de communes du Pays Fléchois"]),
        F("CARSAT", 2000, "Carsat Pays de la Loire : 2 000 €", alt=["Carsat Pays de la Loire"]),
        F("Malakoff Humanis", 1500, "Malakoff Humanis : 1 500 €"),
        F("Conseil départemental", 1000, "Conseil départemental de la Sarthe : 1000€",
          alt=["Conseil départemental de la Sarthe"]),
    ],
    "budget": B(9700, "Coût global : 9 700 €"),
    "partners": [
        P("Emmaüs Connect", "Emmaüs Connect fournit des téléphones reconditionnés"),
        P("EHPAD Le Bois Joli", "l'EHPAD Le Bois Joli avec ses résidents"),
        P("France Services La Flèche", "Le conseiller numérique de France Services La Flèche co-anime",
          alt=["France Services"]),
    ],
    "excluded": X(
        funders=[],
        partners=["Carsat, Malakoff Humanis (funders only)"]),
})

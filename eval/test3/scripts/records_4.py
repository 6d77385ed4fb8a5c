"""Test set 3, fiches V33..V42 (text + hand annotation). See eval/sets/gold_helpers.py for F, P, B, X."""
from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X

R4 = []

# V33 La Réunion (Saint-Pierre). CIVIS (agglomeration); Département de La Réunion; Région Réunion; a bailleur
# (SIDR) "1 500 €"; Caf de La Réunion "4 000,00 €"; a kartié event name; an ONF agent (individual; the ONF
# is a partner); "la région Sud" as geography.
R4.append({
    "id": "V33",
    "title": "Jardin créole et plantes lontan à Ravine des Cabris",
    "structure_line": "CENTRE SOCIAL TI PIED BOIS - La Réunion",
    "files": None,
    "status": "En cours",
    "dimension": "Accompagnement de projets",
    "keywords": ["Environnement", "intergénérationnel", "Santé"],
    "resume": ("Jardin créole collectif de plantes médicinales et vivrières (plantes lontan), transmission entre "
               "gramounes et marmailles, ateliers tisanes."),
    "initiative": ["Un groupe d'habitants"],
    "territory": "Un quartier",
    "experience": ("Un agent de l'Office national des forêts a aidé à choisir les espèces endémiques ; l'ONF a fourni "
                   "120 plants. La SIDR a clôturé le terrain au pied de sa résidence.\n"
                   "Des habitants de toute la région Sud viennent à la fête du jardin."),
    "public": ["Tous publics"],
    "declared": ["Bailleur social", "Intercommunalité", "Autre"],
    "description": "",
    "financial": ("Caf de La Réunion : 4 000,00 €\n"
                  "CIVIS : 2 500,00 €\n"
                  "Département de La Réunion : 2 000,00 €\n"
                  "Région Réunion : 1 000,00 €\n"
                  "SIDR : 1 500,00 €"),
    "people": "1 animateur, 1 service civique",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 2500, "CIVIS : 2 500,00 €",
          alt=["CIVIS", "Communauté intercommunale des villes solidaires"]),
        F("CAF", 4000, "Caf de La Réunion : 4 000,00 €", alt=["Caf de La Réunion"]),
        F("Conseil départemental", 2000, "Département de La Réunion : 2 000,00 €", alt=["Département de La Réunion"]),
        F("Région", 1000, "Région Réunion : 1 000,00 €", alt=["Région Réunion"]),
        F("SIDR", 1500, "SIDR : 1 500,00 €", alt=["Bailleur social"]),
    ],
    "budget": NOB,
    "partners": [
        P("Office national des forêts", "l'ONF a fourni 120 plants", alt=["ONF"]),
        P("SIDR", "La SIDR a clôturé le terrain au pied de sa résidence"),
    ],
    "excluded": X(
        funders=["\"la région Sud\" (geography)", "ONF (gave plants, not valued: partner only)"],
        partners=["agent de l'ONF (individual; the ONF is annotated)", "gramounes, marmailles (inhabitants)",
                  "Caf, CIVIS, Département, Région (funders only)"]),
})

# V34 Guyane (Saint-Laurent-du-Maroni). Collectivité territoriale de Guyane; Caf de la Guyane; ARS Guyane;
# CCOG (communauté de communes); Ville; "entre 3 et 4 k€" range tied to the CTG; multi-language mediators;
# a PAGE HEADER inside the Résumé.
R4.append({
    "id": "V34",
    "title": "Médiation santé sur le fleuve",
    "structure_line": "CENTRE SOCIAL MARONI FAMILLES - Guyane",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Santé", "Intégration", "Précarité"],
    "resume": ("Des médiatrices parlant nenguee, saramaka et sranan tongo accompagnent les familles vers les "
               "soins : vaccinations, suivi de grossesse, ouverture des droits.\n"
               "@@PAGE@@\n"
               "Tournées en pirogue dans les écarts une fois par mois."),
    "initiative": ["Le centre social", "Un ou plusieurs partenaire(s)"],
    "territory": "Plusieurs communes",
    "experience": ("Travail avec le Centre hospitalier de l'Ouest guyanais et la Croix-Rouge française (centres "
                   "délocalisés de prévention et de soins)."),
    "public": ["familles"],
    "declared": ["Autre"],
    "description": "",
    "financial": ("ARS Guyane : 12 000 €\n"
                  "Caf de la Guyane : 4 500 €\n"
                  "CTG : entre 3 et 4 k€ selon le nombre de tournées\n"
                  "CCOG : 2 000 €\n"
                  "Ville de Saint-Laurent-du-Maroni : 1 000 €"),
    "people": "3 médiatrices",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", 1000, "Ville de Saint-Laurent-du-Maroni : 1 000 €", alt=["Ville de Saint-Laurent-du-Maroni"]),
        F("Intercommunalité", 2000, "CCOG : 2 000 €", alt=["CCOG", "Communauté de communes de l'Ouest guyanais"]),
        F("ARS", 12000, "ARS Guyane : 12 000 €", alt=["ARS Guyane"]),
        F("CAF", 4500, "Caf de la Guyane : 4 500 €", alt=["Caf de la Guyane"]),
        F("Collectivité territoriale de Guyane", None, "CTG : entre 3 et 4 k€", rng=(3000, 4000),
          alt=["CTG", "Conseil départemental", "Région"]),
    ],
    "budget": NOB,
    "partners": [
        P("Centre hospitalier de l'Ouest guyanais", "le Centre hospitalier de l'Ouest guyanais", alt=["CHOG"]),
        P("Croix-Rouge française", "la Croix-Rouge française (centres délocalisés",
          alt=["Croix-Rouge"]),
    ],
    "excluded": X(
        funders=[],
        partners=["écarts (places)", "ARS, Caf, CTG, CCOG, Ville (funders only)"]),
})

# V35 Mayotte (Koungou). CSSM (not CAF); Département de Mayotte; ANCT via "Préfecture (politique de la ville)";
# FIPDR; a "Maison France Services"; an association with digits; a "fundi" (individual teacher).
R4.append({
    "id": "V35",
    "title": "Jeunes de Koungou : sport, soutien scolaire et prévention",
    "structure_line": "CENTRE SOCIAL HAMAHA-KOUNGOU - Mayotte",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Démocratie & citoyenneté", "éducation / scolarité"],
    "resume": ("Soutien scolaire le soir, football et tournois pendant les vacances, ateliers de prévention des "
               "violences entre villages."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs quartiers",
    "experience": ("Le club FC Koungou 976 encadre le football. Le fundi Ali Madi anime la médiation avec les "
                   "familles. La gendarmerie nationale intervient sur la prévention."),
    "public": ["Jeunesse"],
    "declared": ["Préfecture", "Associations"],
    "description": "",
    "financial": ("CSSM (Caisse de sécurité sociale de Mayotte) : 6 000 €\n"
                  "Département de Mayotte : 5 000 €\n"
                  "Préfecture (politique de la ville) : 7 000 €\n"
                  "FIPDR : 4 000 €"),
    "people": "4 animateurs",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("CSSM", 6000, "CSSM (Caisse de sécurité sociale de Mayotte) : 6 000 €",
          alt=["Caisse de sécurité sociale de Mayotte", "CAF"]),
        F("Conseil départemental", 5000, "Département de Mayotte : 5 000 €", alt=["Département de Mayotte"]),
        F("ANCT", 7000, "Préfecture (politique de la ville) : 7 000 €",
          alt=["Politique de la ville", "Contrat de ville", "Préfecture"]),
        F("FIPDR", 4000, "FIPDR : 4 000 €", alt=["FIPD"]),
    ],
    "budget": NOB,
    "partners": [
        P("FC Koungou 976", "Le club FC Koungou 976 encadre le football"),
        P("Gendarmerie nationale", "La gendarmerie nationale intervient sur la prévention", alt=["Gendarmerie"]),
    ],
    "excluded": X(
        funders=[],
        partners=["fundi Ali Madi (individual)", "villages (places)",
                  "CSSM, Département, FIPDR (funders only)"]),
})

# V36 Guadeloupe (Sainte-Rose). Région Guadeloupe; Département de la Guadeloupe; CANBT (agglomeration); Office
# de l'eau (public body, funder); "trois mille euros"; a beach clean-up (places); REFUSED Fondation.
R4.append({
    "id": "V36",
    "title": "Rivières propres, mangrove vivante",
    "structure_line": "EVS LAKOU SAINTE-ROSE - Guadeloupe",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Environnement", "Démocratie & citoyenneté"],
    "resume": "Nettoyage des berges et de la mangrove avec les jeunes, sensibilisation dans les écoles.",
    "initiative": ["Un groupe d'habitants"],
    "territory": "Une commune",
    "experience": ("Le Parc national de la Guadeloupe forme les jeunes à la mangrove ; l'association Kaskad 971 "
                   "organise les chantiers de nettoyage."),
    "public": ["Jeunesse", "Tous publics"],
    "declared": ["Région", "Associations"],
    "description": "",
    "financial": ("L'Office de l'eau Guadeloupe a accordé trois mille euros.\n"
                  "Région Guadeloupe : 2 500 €\n"
                  "Département de la Guadeloupe : 2 000 €\n"
                  "CANBT : 1 000 €\n"
                  "Fondation Nature Caraïbes : candidature non retenue"),
    "people": "1 animatrice, 12 jeunes",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1000, "CANBT : 1 000 €",
          alt=["CANBT", "Communauté d'agglomération du Nord Basse-Terre"]),
        F("Office de l'eau Guadeloupe", 3000, "L'Office de l'eau Guadeloupe a accordé trois mille euros",
          alt=["Office de l'eau"]),
        F("Région", 2500, "Région Guadeloupe : 2 500 €", alt=["Région Guadeloupe"]),
        F("Conseil départemental", 2000, "Département de la Guadeloupe : 2 000 €", alt=["Département de la Guadeloupe"]),
    ],
    "budget": NOB,
    "partners": [
        P("Parc national de la Guadeloupe", "Le Parc national de la Guadeloupe forme les jeunes"),
        P("Kaskad 971", "l'association Kaskad 971"),
    ],
    "excluded": X(
        funders=["Fondation Nature Caraïbes (\"candidature non retenue\": refused)"],
        partners=["écoles (generic)", "Office de l'eau, Région, Département, CANBT (funders only)"]),
})

# V37 Loiret (Montargis). A stray "Actions" line in the Résumé; joint amount "la Ville et l'Agglomération
# Montargoise : 5 000 € à elles deux" (both null); Caf du Loiret; an invented fonds de dotation; pending Région.
R4.append({
    "id": "V37",
    "title": "Le Bus des parents : accueil itinérant parents-enfants",
    "structure_line": "CENTRE SOCIAL DU PLATEAU - MONTARGIS - Loiret",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Parentalité", "Petite enfance"],
    "resume": ("Un bus aménagé accueille parents et enfants de 0 à 6 ans au pied des immeubles et dans 3 bourgs.\n"
               "Actions\n"
               "jeu libre, lecture, conseils, orientation."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs communes",
    "experience": "Lectures avec l'association Lire à Montargis et orientation par la PMI.",
    "public": ["Petite enfance", "familles"],
    "declared": ["Caf", "Commune", "Intercommunalité"],
    "description": "",
    "financial": ("Caf du Loiret (LAEP) : 9 800 €\n"
                  "La Ville de Montargis et l'Agglomération Montargoise : 5 000 € à elles deux\n"
                  "Fonds de dotation Loing Solidaire : 2 000 €\n"
                  "Région Centre-Val de Loire : en attente"),
    "people": "2 accueillantes",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", None, "La Ville de Montargis et l'Agglomération Montargoise : 5 000 € à elles deux",
          alt=["Ville de Montargis"]),
        F("Intercommunalité", None, "La Ville de Montargis et l'Agglomération Montargoise : 5 000 € à elles deux",
          alt=["Agglomération Montargoise"]),
        F("CAF", 9800, "Caf du Loiret (LAEP) : 9 800 €", alt=["Caf du Loiret"]),
        F("Fonds de dotation Loing Solidaire", 2000, "Fonds de dotation Loing Solidaire : 2 000 €",
          alt=["Loing Solidaire"]),
    ],
    "budget": NOB,
    "partners": [
        P("Lire à Montargis", "l'association Lire à Montargis"),
        P("PMI", "orientation par la PMI"),
    ],
    "excluded": X(
        funders=["Région Centre-Val de Loire (\"en attente\": pending)"],
        partners=["Caf, Ville, Agglomération, Loing Solidaire (funders only)"]),
})

# V38 Meurthe-et-Moselle (Lunéville). Territoire de Lunéville à Baccarat (CC); Ville de Lunéville; MMH
# (bailleur) "1 200 €"; ANCV "Aide aux projets vacances" (fixed grant); Caf; a travel agency (company) as
# supplier partner; "Lunéville" in several names.
R4.append({
    "id": "V38",
    "title": "Séjour jeunes à la mer construit par les 14-17 ans",
    "structure_line": "CENTRE SOCIAL LA MAISON DU VAL - Meurthe-et-Moselle",
    "files": None,
    "status": "Terminée",
    "reason": "Séjour réalisé du 8 au 15 juillet 2024.",
    "dimension": "Accompagnement de projets",
    "keywords": ["vacances / loisirs", "Démocratie & citoyenneté"],
    "resume": ("Dix jeunes ont préparé pendant un an leur séjour à Quiberon : choix, budget, autofinancement "
               "(lavage de voitures, vente de gâteaux)."),
    "initiative": ["Un groupe d'habitants"],
    "territory": "Une commune",
    "experience": "Transport et hébergement réservés par l'agence Lorraine Évasion Voyages.",
    "public": ["Jeunesse"],
    "declared": ["Commune", "Intercommunalité", "Bailleur social"],
    "description": "",
    "financial": ("Ville de Lunéville : 1 500 €\n"
                  "Territoire de Lunéville à Baccarat : 1 000 €\n"
                  "MMH : 1 200 €\n"
                  "ANCV (aide aux projets vacances jeunes) : 1 800 €\n"
                  "Caf de Meurthe-et-Moselle : 2 000 €\n"
                  "Autofinancement des jeunes : 1 100 €"),
    "people": "1 animateur",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", 1500, "Ville de Lunéville : 1 500 €", alt=["Ville de Lunéville"]),
        F("Intercommunalité", 1000, "Territoire de Lunéville à Baccarat : 1 000 €",
          alt=["Territoire de Lunéville à Baccarat", "Communauté de communes du Territoire de Lunéville à Baccarat"]),
        F("MMH", 1200, "MMH : 1 200 €", alt=["Meurthe-et-Moselle Habitat", "Bailleur social"]),
        F("ANCV", 1800, "ANCV (aide aux projets vacances jeunes) : 1 800 €",
          alt=["Agence nationale pour les chèques-vacances"]),
        F("CAF", 2000, "Caf de Meurthe-et-Moselle : 2 000 €", alt=["Caf de Meurthe-et-Moselle"]),
    ],
    "budget": NOB,
    "partners": [
        P("Lorraine Évasion Voyages", "réservés par l'agence Lorraine Évasion Voyages"),
    ],
    "excluded": X(
        funders=["Autofinancement des jeunes : 1 100 € (participants' own receipts)"],
        partners=["Quiberon (a destination)", "Ville, Territoire, MMH, ANCV, Caf (funders only)"]),
})

# V39 Haut-Rhin (Colmar). Collectivité européenne d'Alsace; Colmar Agglomération; Pôle Habitat Colmar Centre
# Alsace; OFAJ for a Franco-German meeting; a German partner; "Région Grand Est" as funder; the structure
# runs an "accueil de loisirs" (own service).
R4.append({
    "id": "V39",
    "title": "Rencontre franco-allemande des enfants Colmar-Fribourg",
    "structure_line": "CENTRE SOCIOCULTUREL EUROPE - Haut-Rhin",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Europe et International", "Culture"],
    "resume": "Deux rencontres de 4 jours entre 15 enfants de notre accueil de loisirs et 15 enfants de Fribourg.",
    "initiative": ["Le centre social"],
    "territory": "Un quartier",
    "experience": "Partenaire allemand : Kinder- und Jugendzentrum Weingarten (Freiburg im Breisgau).",
    "public": ["Enfance"],
    "declared": ["Autre"],
    "description": "",
    "financial": ("OFAJ : 3 600 €\n"
                  "Collectivité européenne d'Alsace : 2 000 €\n"
                  "Colmar Agglomération : 1 500 €\n"
                  "Région Grand Est : 1 000 €\n"
                  "Pôle Habitat Colmar Centre Alsace : 500 €"),
    "people": "2 animateurs",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 1500, "Colmar Agglomération : 1 500 €", alt=["Colmar Agglomération"]),
        F("OFAJ", 3600, "OFAJ : 3 600 €", alt=["Office franco-allemand pour la Jeunesse"]),
        F("Collectivité européenne d'Alsace", 2000, "Collectivité européenne d'Alsace : 2 000 €",
          alt=["CeA", "Conseil départemental"]),
        F("Région", 1000, "Région Grand Est : 1 000 €", alt=["Région Grand Est"]),
        F("Pôle Habitat Colmar Centre Alsace", 500, "Pôle Habitat Colmar Centre Alsace : 500 €",
          alt=["Bailleur social"]),
    ],
    "budget": NOB,
    "partners": [
        P("Kinder- und Jugendzentrum Weingarten", "Partenaire allemand : Kinder- und Jugendzentrum Weingarten"),
    ],
    "excluded": X(
        funders=[],
        partners=["accueil de loisirs (the centre's own service)", "OFAJ, CeA, Colmar Agglomération (funders only)"]),
})

# V40 Corse-du-Sud (Ajaccio). Collectivité de Corse; CAPA; Ville d'Ajaccio; Caf de la Corse-du-Sud; a
# per-hour amount ("15 € de l'heure") by the Ville → null; an association with apostrophe; total "Budget : 12 300 €".
R4.append({
    "id": "V40",
    "title": "Scola di lingua : ateliers de corse pour les familles",
    "structure_line": "CENTRE SOCIAL DES JARDINS DE L'EMPEREUR - Corse-du-Sud",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Culture", "Intégration"],
    "resume": "Ateliers de langue corse pour parents et enfants, chants et contes.",
    "initiative": ["Un ou plusieurs partenaire(s)"],
    "territory": "Un quartier",
    "experience": "Ateliers animés par l'association A Lingua d'Oghje ; le chœur Voce di u Rughjone a appris trois chants aux enfants.",
    "public": ["familles"],
    "declared": ["Commune", "Associations"],
    "description": "",
    "financial": ("Collectivité de Corse : 5 000 €\n"
                  "CAPA : 2 000 €\n"
                  "Ville d'Ajaccio : prise en charge de l'intervenante à 15 € de l'heure\n"
                  "Caf de la Corse-du-Sud : 1 800 €\n"
                  "Budget : 12 300 €"),
    "people": "1 intervenante",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Commune", None, "Ville d'Ajaccio : prise en charge de l'intervenante à 15 € de l'heure",
          alt=["Ville d'Ajaccio"]),
        F("Intercommunalité", 2000, "CAPA : 2 000 €",
          alt=["CAPA", "Communauté d'agglomération du Pays Ajaccien"]),
        F("Collectivité de Corse", 5000, "Collectivité de Corse : 5 000 €",
          alt=["CdC", "Conseil départemental", "Région"]),
        F("CAF", 1800, "Caf de la Corse-du-Sud : 1 800 €", alt=["Caf de la Corse-du-Sud"]),
    ],
    "budget": B(12300, "Budget : 12 300 €"),
    "partners": [
        P("A Lingua d'Oghje", "l'association A Lingua d'Oghje"),
        P("Voce di u Rughjone", "le chœur Voce di u Rughjone a appris trois chants aux enfants"),
    ],
    "excluded": X(
        funders=[],
        partners=["intervenante (individual)", "Collectivité de Corse, CAPA, Caf (funders only)"]),
})

# V41 Puy-de-Dôme (Thiers). A cutlery company's mécénat (invented); Ophis (bailleur) lends a shop (borderline
# funder valued "loyer gratuit, soit 3 600 € par an"); Thiers Dore et Montagne; Région AURA; the Caf; Musée
# de la Coutellerie is a venue of the Ville (partner Commune? no: just visited → excluded).
R4.append({
    "id": "V41",
    "title": "La boutique éphémère des créateurs du quartier",
    "structure_line": "CENTRE SOCIAL DU MOUTIER - Puy-de-Dôme",
    "files": None,
    "status": "En cours",
    "dimension": "Accompagnement de projets",
    "keywords": ["Emploi, économie", "Culture"],
    "resume": "Une boutique en centre-ville où 12 habitants créateurs vendent leurs productions et se forment.",
    "initiative": ["Un groupe d'habitants"],
    "territory": "Une commune",
    "experience": ("Ophis met à disposition un local commercial vacant (loyer gratuit, soit 3 600 € par an). La "
                   "Boutique de Gestion Auvergne (BGE) forme les créateurs. Une visite du Musée de la Coutellerie a "
                   "été organisée."),
    "public": ["Adultes"],
    "declared": ["Bailleur social", "Intercommunalité", "Entreprises"],
    "description": "",
    "financial": ("Thiers Dore et Montagne : 3 000 €\n"
                  "Région Auvergne-Rhône-Alpes : 2 000 €\n"
                  "Coutellerie Vernière & Fils (mécénat) : 1 500 €\n"
                  "Caf du Puy-de-Dôme : 1 000 €"),
    "people": "1 animatrice",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 3000, "Thiers Dore et Montagne : 3 000 €", alt=["Thiers Dore et Montagne"]),
        F("Région", 2000, "Région Auvergne-Rhône-Alpes : 2 000 €", alt=["Région Auvergne-Rhône-Alpes"]),
        F("Coutellerie Vernière & Fils", 1500, "Coutellerie Vernière & Fils (mécénat) : 1 500 €"),
        F("CAF", 1000, "Caf du Puy-de-Dôme : 1 000 €", alt=["Caf du Puy-de-Dôme"]),
        F("Ophis", 3600, "Ophis met à disposition un local commercial vacant (loyer gratuit, soit 3 600 € par an)",
          borderline=True, alt=["Bailleur social"]),
    ],
    "budget": NOB,
    "partners": [
        P("Ophis", "Ophis met à disposition un local commercial vacant"),
        P("BGE Auvergne", "La Boutique de Gestion Auvergne (BGE) forme les créateurs",
          alt=["Boutique de Gestion Auvergne", "BGE"]),
    ],
    "excluded": X(
        funders=["ventes des créateurs (own receipts of participants)"],
        partners=["Musée de la Coutellerie (an outing place)", "Région, Caf, Coutellerie Vernière & Fils (funders only)"]),
})

# V42 Seine-Saint-Denis (Stains). EPT Plaine Commune; Ville de Stains; Département de la Seine-Saint-Denis;
# ANCT "BOP 147"; Seine-Saint-Denis Habitat; a range "de 1 000 à 1 500 €" for the bailleur; a Perspectives
# partner; LAST fiche (no final newline).
R4.append({
    "id": "V42",
    "title": "Les Petits Reporters du Clos Saint-Lazare",
    "structure_line": "CENTRE SOCIAL DU CLOS - Seine-Saint-Denis",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["éducation / scolarité", "Démocratie & citoyenneté"],
    "resume": "Un journal du quartier écrit par des enfants de 9 à 13 ans, 4 numéros par an.",
    "initiative": ["Le centre social"],
    "territory": "Un quartier",
    "experience": ("Une journaliste de l'association Zone d'Expression Prioritaire (ZEP) accompagne les enfants. "
                   "Impression par l'ESAT de Stains."),
    "public": ["Enfance"],
    "declared": ["Commune", "Conseil départemental"],
    "description": "",
    "financial": ("Plaine Commune : 2 500 €\n"
                  "Ville de Stains : 2 000 €\n"
                  "Département de la Seine-Saint-Denis : 1 500 €\n"
                  "BOP 147 : 3 000 €\n"
                  "Seine-Saint-Denis Habitat : de 1 000 à 1 500 € selon le nombre d'exemplaires"),
    "people": "1 animatrice",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "Travailler avec la radio de l'université Paris 8.",
    "funders": [
        F("Commune", 2000, "Ville de Stains : 2 000 €", alt=["Ville de Stains"]),
        F("Intercommunalité", 2500, "Plaine Commune : 2 500 €", alt=["Plaine Commune"]),
        F("Conseil départemental", 1500, "Département de la Seine-Saint-Denis : 1 500 €",
          alt=["Département de la Seine-Saint-Denis"]),
        F("ANCT", 3000, "BOP 147 : 3 000 €", alt=ANCT_ALT + ["BOP 147"]),
        F("Seine-Saint-Denis Habitat", None, "Seine-Saint-Denis Habitat : de 1 000 à 1 500 €",
          rng=(1000, 1500), alt=["Bailleur social"]),
    ],
    "budget": NOB,
    "partners": [
        P("Zone d'Expression Prioritaire", "l'association Zone d'Expression Prioritaire (ZEP)", alt=["ZEP"]),
        P("ESAT de Stains", "Impression par l'ESAT de Stains"),
    ],
    "excluded": X(
        funders=[],
        partners=["journaliste (individual)", "université Paris 8 (future plan only)",
                  "Plaine Commune, Ville, Département, BOP 147, Seine-Saint-Denis Habitat (funders only)"]),
})

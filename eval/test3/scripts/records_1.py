"""Test set 3, fiches V01..V11 (text + hand annotation). See eval/sets/gold_helpers.py for F, P, B, X."""
from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X

R1 = []

# V01 Aisne, urban QPV. CLAS in a verbose style; CAF "6 200 €", Ville "2.500€", contrat de ville credits of the State
# (ANCT); a bailleur lends a flat (borderline funder, no amount, also partner); REFUSED REAAP; lowercase names of
# schools; an association with digits and "et"; a volunteer's name (not a partner); a file name.
R1.append({
    "id": "V01",
    "title": "Coup de pouce devoirs et café des parents au Faubourg d'Isle",
    "structure_line": "CENTRE SOCIAL DU FAUBOURG D'ISLE - Aisne",
    "files": ["affiche_CLAS_2024.pdf"],
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["éducation / scolarité", "Parentalité"],
    "resume": ("Accompagnement à la scolarité (CLAS) pour 36 enfants du CP à la 3e, quatre soirs par semaine, dans un "
               "appartement du quartier mis à disposition gracieusement par Clésence.\n"
               "Chaque vendredi, un café des parents permet d'échanger avec les familles sur la scolarité, les "
               "relations avec l'école et l'usage de Pronote."),
    "initiative": ["Le centre social"],
    "territory": "Un quartier",
    "experience": ("Constat partagé avec les directeurs de l'école Jean-Macé et du collège Gabriel-Hanotaux : beaucoup "
                   "d'enfants n'ont personne à la maison pour les aider.\n"
                   "Objectifs : redonner confiance aux enfants, outiller les parents, faire le lien avec les enseignants."),
    "public": ["Enfance", "familles"],
    "declared": ["Caf", "Education nationale", "Bailleur social"],
    "description": ("L'équipe : une référente famille, deux animateurs et 9 bénévoles dont Mme Dufour, enseignante "
                    "retraitée, qui coordonne les bénévoles.\n"
                    "Les enfants sont orientés par l'école Jean-Macé et le collège Gabriel-Hanotaux.\n"
                    "L'association Lire et Faire Lire 02 intervient un soir sur deux avec des lectures à voix haute.\n"
                    "La médiathèque Guy-de-Maupassant accueille un atelier par mois."),
    "financial": ("Prestation de service CLAS de la Caf de l'Aisne : 6 200 €\n"
                  "Ville de Saint-Quentin : 2.500€\n"
                  "Crédits politique de la ville (État, contrat de ville) : 3 000 €\n"
                  "Demande REAAP refusée cette année pour le café des parents.\n"
                  "Budget total de l'action : 14 900 €"),
    "people": "1 référente famille, 2 animateurs, 9 bénévoles",
    "res_territoire": "36 enfants accompagnés, 22 familles au café des parents.",
    "res_centre": "Le CLAS est devenu une porte d'entrée vers les autres activités.",
    "res_habitants": "Des parents plus à l'aise pour rencontrer les enseignants.",
    "limites": "Manque de bénévoles pour les collégiens.",
    "perspectives": "Nous aimerions travailler avec le lycée Henri-Martin pour le tutorat par des lycéens.",
    "funders": [
        F("CAF", 6200, "Prestation de service CLAS de la Caf de l'Aisne : 6 200 €", alt=["Caf de l'Aisne"]),
        F("Commune", 2500, "Ville de Saint-Quentin : 2.500€", alt=["Ville de Saint-Quentin"]),
        F("ANCT", 3000, "Crédits politique de la ville (État, contrat de ville) : 3 000 €", alt=ANCT_ALT),
        F("Clésence", None, "mis à disposition gracieusement par Clésence", borderline=True, alt=["Bailleur social"]),
    ],
    "budget": B(14900, "Budget total de l'action : 14 900 €"),
    "partners": [
        P("École Jean-Macé", "Les enfants sont orientés par l'école Jean-Macé et le collège Gabriel-Hanotaux"),
        P("Collège Gabriel-Hanotaux", "Les enfants sont orientés par l'école Jean-Macé et le collège Gabriel-Hanotaux"),
        P("Lire et Faire Lire 02", "L'association Lire et Faire Lire 02 intervient un soir sur deux",
          alt=["Lire et Faire Lire"]),
        P("Médiathèque Guy-de-Maupassant", "La médiathèque Guy-de-Maupassant accueille un atelier par mois"),
        P("Clésence", "un appartement du quartier mis à disposition gracieusement par Clésence"),
    ],
    "excluded": X(
        funders=["REAAP (\"Demande REAAP refusée\": refused)", "café des parents (an activity, negative for CAF)",
                 "Pronote (a school website)"],
        partners=["Mme Dufour (individual volunteer)", "lycée Henri-Martin (future plan only)",
                  "Caf, Ville, État (funders only)"]),
})

# V02 Allier, urban. Terse style, one line per funder with "e"/"euros" notations; CNAF fund named (CNAF) next to
# the Caf; Montluçon Communauté (agglomeration); FONJEP post "7 164 € par an"; fonds propres (structure);
# per-child family contribution; a sports club with digits; a lowercase comma list of partners.
R1.append({
    "id": "V02",
    "title": "Les mercredis sportifs de Fontbouillant",
    "structure_line": "CENTRE SOCIAL RIVE GAUCHE FONTBOUILLANT - Allier",
    "files": [],
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["vacances / loisirs", "Santé", "Mixité sociale"],
    "resume": "multi-sports le mercredi aprem pour les 8-14 ans du quartier. 2 éducateurs, 1 animateur. gratuit sauf adhésion.",
    "initiative": ["Le centre social", "Un ou plusieurs partenaire(s)"],
    "territory": "Plusieurs quartiers",
    "experience": ("demande des parents + constat surpoids chez les jeunes (infirmière scolaire).\n"
                   "partenaires : usm 03 athlétisme, judo club montluçonnais, asptt montluçon, le collège jules-ferry"),
    "public": ["Enfance", "Jeunesse"],
    "declared": ["Caf", "Intercommunalité", "Associations"],
    "description": ("cycles de 6 semaines, 1 sport par cycle. gymnase mis à dispo par l'agglo (Montluçon Communauté).\n"
                    "fin d'année : tournoi inter-quartiers avec le centre social de Bien-Assis."),
    "financial": ("CAF 03 (PS jeunes) : 4800 e\n"
                  "CNAF fonds publics et territoires : 2000 euros\n"
                  "Montluçon Communauté : 3500e\n"
                  "FONJEP : 7 164 € par an (poste animateur jeunesse)\n"
                  "adhésion familles 5 € par enfant\n"
                  "fonds propres 1200e"),
    "people": "3",
    "res_territoire": "48 enfants inscrits dont 21 filles",
    "res_centre": "",
    "res_habitants": "des enfants qui se licencient ensuite en club",
    "limites": "gymnase pas toujours dispo",
    "perspectives": "ouvrir aux 15-17 ans avec la Mission locale ?",
    "funders": [
        F("Intercommunalité", 3500, "Montluçon Communauté : 3500e", alt=["Montluçon Communauté"]),
        F("CAF", 4800, "CAF 03 (PS jeunes) : 4800 e", alt=["CAF 03", "Caf de l'Allier"]),
        F("CNAF", 2000, "CNAF fonds publics et territoires : 2000 euros", alt=["Fonds publics et territoires"]),
        F("FONJEP", 7164, "FONJEP : 7 164 € par an (poste animateur jeunesse)", alt=["État"]),
    ],
    "budget": NOB,
    "partners": [
        P("USM 03 Athlétisme", "usm 03 athlétisme", alt=["USM 03"]),
        P("Judo Club Montluçonnais", "judo club montluçonnais"),
        P("ASPTT Montluçon", "asptt montluçon", alt=["ASPTT"]),
        P("Collège Jules-Ferry", "le collège jules-ferry"),
        P("Intercommunalité", "gymnase mis à dispo par l'agglo (Montluçon Communauté)", borderline=True,
          alt=["Montluçon Communauté"]),
        P("Centre social de Bien-Assis", "tournoi inter-quartiers avec le centre social de Bien-Assis"),
    ],
    "excluded": X(
        funders=["adhésion familles 5 € par enfant (participants)", "fonds propres 1200e (the structure)",
                 "gymnase mis à dispo par l'agglo (in kind; the agglo already a funder with its own amount)"],
        partners=["infirmière scolaire (individual)", "Mission locale (future plan only, with a question mark)",
                  "CAF, CNAF, FONJEP (funders only)"]),
})

# V03 Ardennes, rural EVS. Structure with an inner " - "; MSA funder AND partner; Conférence des financeurs
# "3 k€"; Ardenne Rives de Meuse (communauté de communes); "la région de Rocroi" (geography); a mutuelle
# (Harmonie Mutuelle) "deux mille euros"; EHPAD, France Services; the EVS's president (individual).
R1.append({
    "id": "V03",
    "title": "Bien vieillir chez soi : ateliers mémoire et équilibre en Ardenne",
    "structure_line": "ESPACE DE VIE SOCIALE LES HAUTS DE MEUSE - PLATEAU DE ROCROI - Ardennes",
    "files": None,
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Viellissement", "Santé", "intergénérationnel"],
    "resume": ("Dans la région de Rocroi, beaucoup de personnes âgées vivent seules et loin des services. L'EVS "
               "propose des ateliers mémoire et des ateliers équilibre (prévention des chutes) dans quatre villages, "
               "avec un transport solidaire assuré par des bénévoles."),
    "initiative": ["Un ou plusieurs partenaire(s)"],
    "territory": "Plusieurs communes",
    "experience": ("L'idée vient de la travailleuse sociale de la MSA Marne Ardennes Meuse, qui repérait des "
                   "agriculteurs retraités très isolés. Elle oriente les personnes vers l'EVS et co-anime la réunion "
                   "de lancement dans chaque village.\n"
                   "Les ateliers équilibre sont animés par un éducateur sportif de Siel Bleu, les ateliers mémoire par "
                   "une bénévole formée par l'ASEPT Champagne-Ardenne."),
    "public": ["Seniors"],
    "declared": ["MSA", "Intercommunalité", "Associations"],
    "description": ("Séances hebdomadaires de 1h30, de septembre à juin.\n"
                    "Un goûter partagé clôture chaque cycle à l'EHPAD Les Tilleuls de Rocroi, où les résidents "
                    "rejoignent le groupe.\n"
                    "France Services Rocroi relaie l'information et aide aux inscriptions."),
    "financial": ("Conférence des financeurs des Ardennes : 3 k€\n"
                  "MSA Marne Ardennes Meuse : 1 800 €\n"
                  "Communauté de communes Ardenne Rives de Meuse : 1 500 €\n"
                  "Harmonie Mutuelle nous a accordé deux mille euros pour le transport solidaire.\n"
                  "Le reste est pris en charge par l'EVS (environ 600 €)."),
    "people": "1 coordinatrice, 6 bénévoles dont notre présidente Mme Colette Lambert",
    "res_territoire": "41 personnes de 67 à 92 ans dans 4 villages.",
    "res_centre": "L'EVS est maintenant identifié par les aînés.",
    "res_habitants": "Moins de chutes déclarées, des liens entre villages.",
    "limites": "Les bénévoles chauffeurs vieillissent aussi.",
    "perspectives": "Étendre à deux villages de la pointe.",
    "funders": [
        F("Intercommunalité", 1500, "Communauté de communes Ardenne Rives de Meuse : 1 500 €",
          alt=["Communauté de communes Ardenne Rives de Meuse"]),
        F("Conférence des financeurs de la prévention de la perte d'autonomie", 3000,
          "Conférence des financeurs des Ardennes : 3 k€", alt=["Conférence des financeurs", "CFPPA"]),
        F("MSA", 1800, "MSA Marne Ardennes Meuse : 1 800 €", alt=["MSA Marne Ardennes Meuse"]),
        F("Harmonie Mutuelle", 2000, "Harmonie Mutuelle nous a accordé deux mille euros"),
    ],
    "budget": NOB,
    "partners": [
        P("MSA", "la travailleuse sociale de la MSA Marne Ardennes Meuse, qui repérait des agriculteurs retraités",
          alt=["MSA Marne Ardennes Meuse"]),
        P("Siel Bleu", "un éducateur sportif de Siel Bleu"),
        P("ASEPT Champagne-Ardenne", "une bénévole formée par l'ASEPT Champagne-Ardenne", alt=["ASEPT"]),
        P("EHPAD Les Tilleuls", "l'EHPAD Les Tilleuls de Rocroi, où les résidents rejoignent le groupe"),
        P("France Services Rocroi", "France Services Rocroi relaie l'information", alt=["France Services"]),
    ],
    "excluded": X(
        funders=["\"la région de Rocroi\" (geography, not the Région)", "pris en charge par l'EVS (the structure)"],
        partners=["Mme Colette Lambert (the EVS's own president)", "bénévoles chauffeurs (individuals)",
                  "Conférence des financeurs, Harmonie Mutuelle (funders only)"]),
})

# V04 Aube, urban. A CERFA-like table pasted one value per line (label line, amount line) with template traps:
# "Etat :" followed by "-", "Fonds européens" empty then a charge line, "Aides privées" with an amount and no
# body; ANCT via "Politique de la ville (Etat)"; total from
# "TOTAL DES PRODUITS"; a pending FDVA; the bailleur as mécénat funder and partner.
R1.append({
    "id": "V04",
    "title": "Chantier jeunes « Repeins ta cage d'escalier »",
    "structure_line": "CENTRE SOCIAL ET CULTUREL DES ÉPINETTES - Aube",
    "files": [],
    "status": "Terminée",
    "reason": "Chantier réalisé en juillet 2024, bilan fait avec les jeunes et le bailleur en septembre.",
    "dimension": "Accompagnement de projets",
    "keywords": ["Emploi, économie", "Mixité sociale"],
    "resume": ("8 jeunes de 16 à 18 ans ont repeint trois cages d'escalier de la résidence des Épinettes pendant deux "
               "semaines, encadrés par un peintre d'Aube Immobilier et un animateur. En échange, chaque jeune a reçu "
               "une bourse pour un projet (permis, BAFA, équipement)."),
    "initiative": ["Un ou plusieurs partenaire(s)"],
    "territory": "Un quartier",
    "experience": ("Le projet est né au conseil citoyen. Mon Logis, propriétaire de la résidence, a fourni la peinture "
                   "et le matériel et son gardien a suivi le chantier.\n"
                   "La Mission locale du Nord-Ouest Aubois a repéré quatre des huit jeunes."),
    "public": ["Jeunesse"],
    "declared": ["Bailleur social", "Commune", "Autre"],
    "description": ("Matin : chantier. Après-midi : ateliers CV et code de la route.\n"
                    "Un repas de fin de chantier a été offert aux locataires."),
    "financial": ("Budget prévisionnel\n"
                  "Charges\n"
                  "60 - Achats\n"
                  "1 900\n"
                  "62 - Services extérieurs\n"
                  "2 400\n"
                  "64 - Charges de personnel\n"
                  "5 200\n"
                  "Produits\n"
                  "74 - Subventions d'exploitation\n"
                  "Etat :\n"
                  "-\n"
                  "Politique de la ville (Etat)\n"
                  "3 500\n"
                  "Commune(s) : Romilly-sur-Seine\n"
                  "2 000\n"
                  "Fonds européens\n"
                  "Bourses jeunes\n"
                  "1 600\n"
                  "Organismes sociaux : Caf de l'Aube\n"
                  "1 500\n"
                  "Aides privées\n"
                  "900\n"
                  "Mon Logis (mécénat)\n"
                  "2 000\n"
                  "TOTAL DES PRODUITS\n"
                  "9 900\n"
                  "Une demande FDVA a été déposée, toujours sans réponse."),
    "people": "2 salariés, 1 peintre du bailleur",
    "res_territoire": "3 cages d'escalier rénovées, des locataires qui remercient les jeunes.",
    "res_centre": "",
    "res_habitants": "Les jeunes ont été fiers ; 3 ont trouvé un job d'été ensuite.",
    "limites": "",
    "perspectives": "Refaire l'an prochain sur une autre résidence.",
    "funders": [
        F("Commune", 2000, "Commune(s) : Romilly-sur-Seine\n2 000", alt=["Ville de Romilly-sur-Seine"]),
        F("ANCT", 3500, "Politique de la ville (Etat)\n3 500", alt=ANCT_ALT),
        F("CAF", 1500, "Organismes sociaux : Caf de l'Aube\n1 500", alt=["Caf de l'Aube"]),
        F("Mon Logis", 2000, "Mon Logis (mécénat)\n2 000", alt=["Bailleur social"]),
    ],
    "budget": B(9900, "TOTAL DES PRODUITS\n9 900"),
    "partners": [
        P("Mon Logis", "Mon Logis, propriétaire de la résidence, a fourni la peinture et le matériel"),
        P("Mission locale du Nord-Ouest Aubois", "La Mission locale du Nord-Ouest Aubois a repéré quatre des huit jeunes",
          alt=["Mission locale"]),
        P("Aube Immobilier", "encadrés par un peintre d'Aube Immobilier", borderline=True),
    ],
    "excluded": X(
        funders=["Etat : - (template line without amount)", "Fonds européens (template line; the next line is "
                 "\"Bourses jeunes 1 600\", another row)", "Aides privées 900 (no body named)",
                 "FDVA (\"déposée, toujours sans réponse\": pending)",
                 "Bourses jeunes 1 600 (a row label, not a body)"],
        partners=["conseil citoyen (inhabitants' body; context)", "gardien (staff of Mon Logis)",
                  "Caf, Ville (funders only)"]),
})

# V05 Aude, rural. Joint amount (Commune + communauté de communes "ensemble" → both null); Région Occitanie;
# LEADER (Fonds européens) via the GAL as intermediary (GAL not a funder); a range "entre 1 500 et 2 000 €"
# tied to the Département; "Caf'conte" (café look-alike); a company's gift of seeds (borderline partner).
R1.append({
    "id": "V05",
    "title": "Jardin partagé et grainothèque de la Haute Vallée",
    "structure_line": "FOYER RURAL DU LIMOUXIN - Aude",
    "files": ["plan_jardin.jpg", "charte_jardiniers.pdf"],
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Environnement", "développement durable", "intergénérationnel"],
    "resume": ("Un terrain de 1 200 m² prêté par la commune de Limoux accueille un jardin partagé cultivé par une "
               "trentaine d'habitants, une grainothèque et chaque mois un Caf'conte où l'on raconte des histoires "
               "autour d'un café."),
    "initiative": ["Un groupe d'habitants"],
    "territory": "Plusieurs communes",
    "experience": ("Un groupe d'habitants a sollicité le foyer en 2022. Les Jardins de Cocagne de l'Aude ont formé "
                   "les jardiniers à la permaculture. Le lycée agricole Charlemagne de Carcassonne a fait un "
                   "diagnostic du sol avec ses élèves de BTS.\n"
                   "Graines de l'Aude, entreprise semencière, a offert les semences de départ."),
    "public": ["Tous publics"],
    "declared": ["Commune", "Intercommunalité", "Région"],
    "description": ("Le jardin est ouvert tous les jours ; deux permanences par semaine.\n"
                    "La grainothèque est installée à la médiathèque intercommunale."),
    "financial": ("La commune de Limoux et la Communauté de communes du Limouxin ont apporté ensemble 4 000 € pour "
                  "les aménagements (clôture, cabane, récupérateurs).\n"
                  "Région Occitanie : 2 500 € (appel à projets alimentation durable).\n"
                  "Fonds européens LEADER : 6 300 €, dossier monté avec l'aide du GAL de la Haute Vallée.\n"
                  "Le Département de l'Aude devrait nous verser entre 1 500 et 2 000 €, la subvention est votée.\n"
                  "Coût total du projet : 16 000 €."),
    "people": "1 animatrice à mi-temps, 12 jardiniers bénévoles",
    "res_territoire": "31 jardiniers, 140 sachets de graines échangés.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "L'arrosage en été.",
    "perspectives": "Un deuxième jardin à Quillan, à discuter avec la mairie.",
    "funders": [
        F("Commune", None, "La commune de Limoux et la Communauté de communes du Limouxin ont apporté ensemble 4 000 €",
          alt=["Commune de Limoux"]),
        F("Intercommunalité", None,
          "La commune de Limoux et la Communauté de communes du Limouxin ont apporté ensemble 4 000 €",
          alt=["Communauté de communes du Limouxin"]),
        F("Région", 2500, "Région Occitanie : 2 500 €", alt=["Région Occitanie"]),
        F("Fonds européens", 6300, "Fonds européens LEADER : 6 300 €", alt=["LEADER", "FEADER", "Union européenne"]),
        F("Conseil départemental", None, "Le Département de l'Aude devrait nous verser entre 1 500 et 2 000 €, la "
          "subvention est votée", alt=["Département de l'Aude"], rng=(1500, 2000)),
    ],
    "budget": B(16000, "Coût total du projet : 16 000 €"),
    "partners": [
        P("Commune", "Un terrain de 1 200 m² prêté par la commune de Limoux", alt=["Commune de Limoux"]),
        P("Jardins de Cocagne de l'Aude", "Les Jardins de Cocagne de l'Aude ont formé les jardiniers",
          alt=["Jardins de Cocagne"]),
        P("Lycée agricole Charlemagne", "Le lycée agricole Charlemagne de Carcassonne a fait un diagnostic du sol"),
        P("Graines de l'Aude", "Graines de l'Aude, entreprise semencière, a offert les semences de départ",
          borderline=True),
        P("Intercommunalité", "La grainothèque est installée à la médiathèque intercommunale", borderline=True,
          alt=["Communauté de communes du Limouxin"]),
    ],
    "excluded": X(
        funders=["GAL de la Haute Vallée (helped with the LEADER file; intermediary)",
                 "\"Caf'conte\" (a café pun, negative for CAF)",
                 "Graines de l'Aude (gift of seeds, not valued: borderline partner only)"],
        partners=["GAL de la Haute Vallée (helped with the application; could be borderline)",
                  "mairie de Quillan (future plan only)", "Région, Département (funders only)"]),
})

# V06 Cantal, rural EVS. Very short fiche; the whole financing in one sentence with brackets; MSA Auvergne;
# "la Caf du Cantal (prestation animation locale)" without amount; Département "1.200 €"; EMPTY result fields;
# an empty "Fichier(s) associé(s)"; a café-associatif look-alike ("café du bourg").
R1.append({
    "id": "V06",
    "title": "Café-tricot du mardi à Mauriac",
    "structure_line": "EVS LE FIL DU PAYS VERT - Cantal",
    "files": [],
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Solidarité", "intergénérationnel"],
    "resume": "Chaque mardi, au café du bourg, un groupe tricote pour la maternité d'Aurillac et les Restos du Cœur du Cantal.",
    "initiative": ["Un habitant"],
    "territory": "Une commune",
    "experience": "Mme Issartel, habitante, a lancé l'idée. L'EVS a trouvé le lieu et assure l'animation.",
    "public": ["Adultes", "Seniors"],
    "declared": ["Associations"],
    "description": "Les bonnets et brassières sont remis au service maternité du centre hospitalier Henri-Mondor d'Aurillac.",
    "financial": ("Laine et aiguilles financées par la MSA Auvergne (800 €) et le Département du Cantal (1.200 €), "
                  "l'animation entre dans la prestation animation locale de la Caf du Cantal."),
    "people": "1 animatrice, 1 habitante",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("CAF", None, "l'animation entre dans la prestation animation locale de la Caf du Cantal",
          alt=["Caf du Cantal"]),
        F("MSA", 800, "financées par la MSA Auvergne (800 €)", alt=["MSA Auvergne"]),
        F("Conseil départemental", 1200, "le Département du Cantal (1.200 €)", alt=["Département du Cantal"]),
    ],
    "budget": NOB,
    "partners": [
        P("Centre hospitalier Henri-Mondor", "remis au service maternité du centre hospitalier Henri-Mondor d'Aurillac",
          alt=["Centre hospitalier d'Aurillac"]),
        P("Restos du Cœur du Cantal", "les Restos du Cœur du Cantal", alt=["Restos du Cœur"]),
    ],
    "excluded": X(
        funders=["\"café du bourg\" (a venue, negative for CAF)"],
        partners=["Mme Issartel (individual)", "café du bourg (a venue)", "maternité d'Aurillac (same hospital)"]),
})

# V07 Cher, urban. Amounts with NBSP and narrow NBSP; Vierzon's "Cité éducative"; a fonds de dotation
# (invented) as funder; an ANS grant "Agence nationale du sport"; Pass'Sport (a scheme, not a partner/funder);
# the centre's own "secteur jeunes" (not a partner); police municipale → Commune partner.
R1.append({
    "id": "V07",
    "title": "Boxe éducative et prévention aux Forges",
    "structure_line": "CENTRE SOCIAL DES FORGES - Cher",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Santé", "Démocratie & citoyenneté"],
    "resume": ("Notre secteur jeunes propose deux séances de boxe éducative par semaine aux 11-17 ans, encadrées par "
               "un entraîneur du Boxing Club Vierzonnais, suivies d'un temps d'échange sur le respect, les écrans ou "
               "le harcèlement."),
    "initiative": ["Le centre social"],
    "territory": "Plusieurs quartiers",
    "experience": ("Les séances d'échange sont co-animées une fois par mois avec la police municipale de Vierzon et "
                   "avec l'infirmière du collège Édouard-Vaillant.\n"
                   "Les jeunes licenciés peuvent utiliser le Pass'Sport."),
    "public": ["Jeunesse"],
    "declared": ["Commune", "Education nationale", "Associations"],
    "description": "Séances au gymnase Albert-Camus, mardi et vendredi de 17h30 à 19h.",
    "financial": ("Cité éducative de Vierzon : 4\u00a0000 €\n"
                  "Agence nationale du sport (ANS, projet sportif fédéral) : 2\u202f500 €\n"
                  "Fonds de dotation Berry Avenir : 1\u00a0500 €\n"
                  "Ville de Vierzon : mise à disposition du gymnase"),
    "people": "1 animateur jeunesse, 1 entraîneur",
    "res_territoire": "24 jeunes réguliers, dont 7 filles.",
    "res_centre": "Des jeunes qu'on ne voyait plus reviennent au centre.",
    "res_habitants": "",
    "limites": "Le créneau du vendredi est trop tard en hiver.",
    "perspectives": "Créer une section féminine.",
    "funders": [
        F("Cité éducative", 4000, "Cité éducative de Vierzon : 4\u00a0000 €",
          alt=["Cité éducative de Vierzon", "Éducation nationale"]),
        F("ANS", 2500, "Agence nationale du sport (ANS, projet sportif fédéral) : 2\u202f500 €",
          alt=["Agence nationale du sport"]),
        F("Fonds de dotation Berry Avenir", 1500, "Fonds de dotation Berry Avenir : 1\u00a0500 €",
          alt=["Berry Avenir"]),
        F("Commune", None, "Ville de Vierzon : mise à disposition du gymnase", borderline=True,
          alt=["Ville de Vierzon"]),
    ],
    "budget": NOB,
    "partners": [
        P("Boxing Club Vierzonnais", "un entraîneur du Boxing Club Vierzonnais"),
        P("Commune", "co-animées une fois par mois avec la police municipale de Vierzon",
          alt=["Police municipale de Vierzon", "Ville de Vierzon"]),
        P("Collège Édouard-Vaillant", "avec l'infirmière du collège Édouard-Vaillant"),
    ],
    "excluded": X(
        funders=["Pass'Sport (a scheme paid to families)"],
        partners=["secteur jeunes (the centre's own service)", "gymnase Albert-Camus (a venue)",
                  "Pass'Sport (a scheme)", "Cité éducative, ANS, Berry Avenir (funders only)"]),
})

# V08 Creuse, rural. Past funder (Fondation de France for 2022-2023 "3 000 € par an") stays a funder; current
# CARSAT; a "Terminée" with EMPTY reason; Précision ( si autre ) naming a partner; "Département" only used as
# geography in "d'autres départements"; France Travail as partner only.
R1.append({
    "id": "V08",
    "title": "Tiers-lieu numérique itinérant « La Clé des Champs »",
    "structure_line": "CENTRE SOCIAL AUBUSSON-FELLETIN - Creuse",
    "files": None,
    "status": "Terminée",
    "reason": "",
    "dimension": "Services",
    "keywords": ["Précarité", "Emploi, économie"],
    "resume": ("Un minibus équipé de 6 ordinateurs s'arrête une demi-journée par semaine dans 9 communes pour aider "
               "aux démarches en ligne et former aux usages numériques."),
    "initiative": ["Autre"],
    "precision": "Projet proposé par le collectif Creuse Numérique Solidaire, porté par le centre social.",
    "territory": "Plusieurs communes",
    "experience": ("Première phase 2022-2023 soutenue par la Fondation de France (3 000 € par an).\n"
                   "Depuis 2024 la Carsat Centre-Ouest prend le relais pour les ateliers seniors : 4 500 €.\n"
                   "Des stagiaires venus d'autres départements ont été accueillis via le réseau des fablabs."),
    "public": ["Adultes", "Seniors"],
    "declared": ["Autre"],
    "description": ("France Travail Aubusson oriente des demandeurs d'emploi vers les ateliers CV en ligne.\n"
                    "Le collectif Creuse Numérique Solidaire fournit deux conseillers numériques bénévoles."),
    "financial": "Voir description de l'expérience.",
    "people": "1 conseillère numérique salariée, 2 bénévoles",
    "res_territoire": "312 passages en 2024.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "Minibus vieillissant, arrêté fin 2024.",
    "perspectives": "Chercher un nouveau véhicule.",
    "funders": [
        F("Fondation de France", 3000, "soutenue par la Fondation de France (3 000 € par an)"),
        F("CARSAT", 4500, "la Carsat Centre-Ouest prend le relais pour les ateliers seniors : 4 500 €",
          alt=["Carsat Centre-Ouest"]),
    ],
    "budget": NOB,
    "partners": [
        P("Creuse Numérique Solidaire", "Le collectif Creuse Numérique Solidaire fournit deux conseillers numériques"),
        P("France Travail", "France Travail Aubusson oriente des demandeurs d'emploi", alt=["France Travail Aubusson"]),
    ],
    "excluded": X(
        funders=["\"d'autres départements\" (geography)"],
        partners=["réseau des fablabs (generic)", "stagiaires (individuals)",
                  "Fondation de France, Carsat (funders only)"]),
})

# V09 Dordogne, urban (Bergerac). A budget table with leader dots; total "Total ........ 21 400 €"; ARS;
# "Contrat local de santé" (scheme, not a partner); CPAM funder + partner; a hospital; Planning familial;
# a doctor (individual); "ameli.fr" (website); a PAGE HEADER inside the description.
R1.append({
    "id": "V09",
    "title": "Parcours santé des femmes de la Catte",
    "structure_line": "CENTRE SOCIAL DE LA CATTE - Dordogne",
    "files": ["flyer_parcours_sante.pdf"],
    "status": "En cours",
    "dimension": "Services",
    "keywords": ["Santé", "Précarité", "Intégration"],
    "resume": ("Dépistages, ateliers et accompagnement physique vers les soins pour des femmes éloignées du système "
               "de santé, dans le cadre du Contrat local de santé de la Communauté d'agglomération Bergeracoise."),
    "initiative": ["Le centre social", "Un ou plusieurs partenaire(s)"],
    "territory": "Un quartier",
    "experience": ("Un diagnostic mené avec la CPAM de la Dordogne a montré que 40 % des femmes du quartier n'avaient "
                   "pas de médecin traitant.\n"
                   "La CPAM tient une permanence mensuelle au centre pour ouvrir les droits (compte ameli, C2S)."),
    "public": ["Adultes", "familles"],
    "declared": ["Autre", "Associations"],
    "description": ("Ateliers animés avec le Planning familial 24 et la sage-femme de la maternité du centre "
                    "hospitalier Samuel-Pozzi.\n"
                    "@@PAGE@@\n"
                    "Le Dr Marchand, médecin généraliste, a accepté de recevoir des patientes sans médecin traitant.\n"
                    "Un bus de dépistage de la Ligue contre le cancer est venu deux fois."),
    "financial": ("ARS Nouvelle-Aquitaine ........ 9 000 €\n"
                  "CPAM de la Dordogne ........ 4 000 €\n"
                  "Communauté d'agglomération Bergeracoise ........ 5 000 €\n"
                  "Valorisation bénévolat ........ 3 400 €\n"
                  "Total ........ 21 400 €"),
    "people": "1 référente santé, 1 médiatrice, 5 bénévoles",
    "res_territoire": "63 femmes accompagnées, 27 ont trouvé un médecin traitant.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "Délais de rendez-vous très longs.",
    "perspectives": "Une permanence de la PMI au centre est à l'étude.",
    "funders": [
        F("Intercommunalité", 5000, "Communauté d'agglomération Bergeracoise ........ 5 000 €",
          alt=["Communauté d'agglomération Bergeracoise"]),
        F("ARS", 9000, "ARS Nouvelle-Aquitaine ........ 9 000 €", alt=["ARS Nouvelle-Aquitaine"]),
        F("CPAM", 4000, "CPAM de la Dordogne ........ 4 000 €", alt=["CPAM de la Dordogne"]),
    ],
    "budget": B(21400, "Total ........ 21 400 €"),
    "partners": [
        P("CPAM", "La CPAM tient une permanence mensuelle au centre pour ouvrir les droits",
          alt=["CPAM de la Dordogne"]),
        P("Planning familial 24", "Ateliers animés avec le Planning familial 24", alt=["Planning familial"]),
        P("Centre hospitalier Samuel-Pozzi", "la sage-femme de la maternité du centre hospitalier Samuel-Pozzi",
          alt=["Centre hospitalier de Bergerac"]),
        P("Ligue contre le cancer", "Un bus de dépistage de la Ligue contre le cancer est venu deux fois"),
    ],
    "excluded": X(
        funders=["Valorisation bénévolat 3 400 € (the structure)", "compte ameli (a website account)",
                 "Contrat local de santé (a scheme; the agglomeration pays)"],
        partners=["Dr Marchand (individual doctor)", "sage-femme (staff of the hospital)",
                  "PMI (future plan only)", "Contrat local de santé (a scheme)",
                  "ARS, Communauté d'agglomération Bergeracoise (funders only)"]),
})

# V10 Doubs, urban (Montbéliard). Two amounts for one funder (Pays de Montbéliard Agglomération: two lines →
# the text gives its sum "soit 6 000 €"); SDJES "Quartiers d'été" (ANCT); a percentage with no
# base ("à 30 % par la Caf" → null); Néolia lends a room (borderline funder + partner); apostrophe names.
R1.append({
    "id": "V10",
    "title": "Fête de quartier et ateliers d'été à la Petite-Hollande",
    "structure_line": "CENTRE SOCIAL L'ESCALE PETITE-HOLLANDE - Doubs",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Mixité sociale", "Culture", "vacances / loisirs"],
    "resume": ("Six semaines d'animations en pied d'immeuble (jeux, fresque, cinéma en plein air) et une grande "
               "fête de quartier le 14 juillet, préparée par un comité d'habitants."),
    "initiative": ["Un groupe d'habitants", "Le centre social"],
    "territory": "Un quartier",
    "experience": ("Le comité d'habitants se réunit dès mars. Néolia prête un local en rez-de-chaussée pour "
                   "stocker le matériel et réunir le comité.\n"
                   "L'association L'Atelier d'Arts'Monie réalise la fresque avec les enfants ; Ciné'Doubs assure "
                   "les trois projections en plein air."),
    "public": ["Tous publics"],
    "declared": ["Bailleur social", "Intercommunalité", "Associations"],
    "description": "La fête a réuni environ 900 personnes.",
    "financial": ("L'action est financée à 30 % par la Caf du Doubs.\n"
                  "Pays de Montbéliard Agglomération : 4 000 € (animations) + 2 000 € (fête), soit 6 000 €\n"
                  "SDJES du Doubs (Quartiers d'été) : 3 000 €\n"
                  "Buvette de la fête : 1 100 € de recettes"),
    "people": "4 salariés, 25 bénévoles",
    "res_territoire": "",
    "res_centre": "",
    "res_habitants": "Le comité d'habitants compte maintenant 14 membres.",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 6000, "Pays de Montbéliard Agglomération : 4 000 € (animations) + 2 000 € (fête), soit 6 000 €",
          alt=["Pays de Montbéliard Agglomération", "PMA"]),
        F("CAF", None, "L'action est financée à 30 % par la Caf du Doubs", alt=["Caf du Doubs"]),
        F("ANCT", 3000, "SDJES du Doubs (Quartiers d'été) : 3 000 €",
          alt=["Quartiers d'été", "SDJES", "État", "Politique de la ville"]),
        F("Néolia", None, "Néolia prête un local en rez-de-chaussée", borderline=True, alt=["Bailleur social"]),
    ],
    "budget": NOB,
    "partners": [
        P("Néolia", "Néolia prête un local en rez-de-chaussée pour stocker le matériel et réunir le comité"),
        P("L'Atelier d'Arts'Monie", "L'association L'Atelier d'Arts'Monie réalise la fresque avec les enfants",
          alt=["Atelier d'Arts'Monie"]),
        P("Ciné'Doubs", "Ciné'Doubs assure les trois projections en plein air"),
    ],
    "excluded": X(
        funders=["Buvette de la fête : 1 100 € (own sales)"],
        partners=["comité d'habitants (inhabitants)", "Caf, PMA, SDJES (funders only)"]),
})

# V11 Eure, urban (Évreux). A long narrative in which every funder is in running text; Évreux Portes de Normandie;
# the Région Normandie; a bailleur (SILOGE) "1 000 €" and its caretakers partners; a company's mécénat
# "500 €"; a pending Département ("réponse attendue en mars"); a lowercase comma list; "l'AFEV" acronym with
# expansion.
R1.append({
    "id": "V11",
    "title": "Opération « Quartier propre, quartier fier » à la Madeleine",
    "structure_line": "MAISON DE QUARTIER DE LA MADELEINE - Eure",
    "files": None,
    "status": "En cours",
    "dimension": "Citoyenneté",
    "keywords": ["Environnement", "Démocratie & citoyenneté"],
    "resume": ("Trois matinées de ramassage des déchets, des ateliers de réparation et un concours de balcons "
               "fleuris, pour que les habitants se réapproprient les espaces extérieurs."),
    "initiative": ["Le centre social"],
    "territory": "Un quartier",
    "experience": ("Nous avons réuni en janvier les gardiens de SILOGE, le service propreté d'Évreux Portes de "
                   "Normandie et des étudiants de l'Association de la fondation étudiante pour la ville (AFEV).\n"
                   "Ont participé : emmaüs évreux, repair café de l'eure, les jardins de la madeleine, collège "
                   "pablo-neruda."),
    "public": ["Tous publics"],
    "declared": ["Bailleur social", "Intercommunalité", "Associations"],
    "description": ("Évreux Portes de Normandie a soutenu l'opération à hauteur de 2 800 €, la Région Normandie nous a "
                    "accordé 1 500 € dans le cadre de son dispositif citoyenneté, SILOGE a versé 1 000 € et "
                    "l'entreprise Normandie Propreté Services a fait un don de 500 € (mécénat). Nous avons aussi "
                    "sollicité le Département de l'Eure, réponse attendue en mars."),
    "financial": "cf. description",
    "people": "3 salariés, 40 habitants",
    "res_territoire": "1,2 tonne de déchets ramassés.",
    "res_centre": "",
    "res_habitants": "",
    "limites": "",
    "perspectives": "",
    "funders": [
        F("Intercommunalité", 2800, "Évreux Portes de Normandie a soutenu l'opération à hauteur de 2 800 €",
          alt=["Évreux Portes de Normandie"]),
        F("Région", 1500, "la Région Normandie nous a accordé 1 500 €", alt=["Région Normandie"]),
        F("SILOGE", 1000, "SILOGE a versé 1 000 €", alt=["Bailleur social"]),
        F("Normandie Propreté Services", 500, "l'entreprise Normandie Propreté Services a fait un don de 500 € (mécénat)"),
    ],
    "budget": NOB,
    "partners": [
        P("SILOGE", "les gardiens de SILOGE"),
        P("Intercommunalité", "le service propreté d'Évreux Portes de Normandie",
          alt=["Évreux Portes de Normandie"]),
        P("AFEV", "Association de la fondation étudiante pour la ville (AFEV)",
          alt=["Association de la fondation étudiante pour la ville"]),
        P("Emmaüs Évreux", "emmaüs évreux", alt=["Emmaüs"]),
        P("Repair Café de l'Eure", "repair café de l'eure", alt=["Repair Café"]),
        P("Les Jardins de la Madeleine", "les jardins de la madeleine", alt=["Jardins de la Madeleine"]),
        P("Collège Pablo-Neruda", "collège pablo-neruda"),
    ],
    "excluded": X(
        funders=["Département de l'Eure (\"réponse attendue en mars\": pending)",
                 "\"repair café\" (negative for CAF)"],
        partners=["Région Normandie, Normandie Propreté Services (funders only)"]),
})

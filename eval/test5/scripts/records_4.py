"""Test set 5, fiches Y31-Y40 (hand-written; text and annotation together)."""

from eval.sets.gold_helpers import B, F, P, X, mk

R4 = [
    # Y31 Vosges, urban. Atelier vélo: "avec le soutien financier de" the agglomeration and a
    # bailleur (no amounts) then amounts in a list; REFUSED ADEME; a sawmill's gift valued
    # (borderline funder + borderline partner); police municipale -> Commune (not declared);
    # a lycée professionnel, an association with "&".
    mk("Y31", "La Fabrique à vélos de Bitola-Champbeauvert",
       "CENTRE SOCIAL LÉO-LAGRANGE DE BITOLA - Vosges",
       keywords=("développement durable", "Mixité sociale"),
       resume="Atelier d'autoréparation de vélos deux soirs par semaine, récupération de vélos "
              "abandonnés, vélo-école pour les adultes.",
       territory="Plusieurs quartiers",
       experience="La police municipale d'Épinal nous remet les vélos abandonnés non réclamés.\n"
                  "Le lycée professionnel Isabelle-Viviani envoie des élèves en stage de "
                  "mécanique.\n"
                  "L'association Vélo & Partage Vosges forme nos bénévoles.",
       public=("Tous publics",),
       declared=("Bailleur social", "Associations"),
       description="L'atelier est installé dans un ancien local commercial de Vosgelis. "
                   "La scierie Hautes-Vosges Bois a fourni et posé les établis (valeur 1 100 €).",
       financial="Ce projet est réalisé avec le soutien financier de la Communauté "
                 "d'agglomération d'Epinal et de Vosgelis.\n"
                 "CA d'Epinal : 3 000 €\n"
                 "Vosgelis : 1 500 €\n"
                 "ADEME : refusé (projet trop petit)",
       people="1 animateur mécanique, 8 bénévoles",
       res_territoire="160 vélos remis en circulation.",
       funders=[
           F("Intercommunalité", 3000, "CA d'Epinal : 3 000 €",
             alt=["CA d'Epinal", "Communauté d'agglomération d'Epinal"]),
           F("Vosgelis", 1500, "Vosgelis : 1 500 €", alt=["Bailleur social"]),
           F("Hautes-Vosges Bois", 1100, "La scierie Hautes-Vosges Bois a fourni et posé les "
             "établis (valeur 1 100 €)", borderline=True,
             alt=["Scierie Hautes-Vosges Bois"]),
       ],
       partners=[
           P("Commune", "La police municipale d'Épinal nous remet les vélos",
             alt=["Police municipale d'Épinal", "Ville d'Épinal"]),
           P("Lycée professionnel Isabelle-Viviani",
             "Le lycée professionnel Isabelle-Viviani envoie des élèves en stage"),
           P("Vélo & Partage Vosges", "L'association Vélo & Partage Vosges forme nos bénévoles",
             alt=["Vélo & Partage"]),
           P("Vosgelis", "installé dans un ancien local commercial de Vosgelis"),
           P("Hautes-Vosges Bois", "La scierie Hautes-Vosges Bois a fourni et posé les établis",
             borderline=True, alt=["Scierie Hautes-Vosges Bois"]),
       ],
       excluded=X(
           funders=["ADEME (\"refusé\")"],
           partners=["Communauté d'agglomération d'Epinal (funder only)"]),
       ),

    # Y32 Yonne, rural. NO FUNDER: empty status and dimension, financial field saying the centre's
    # own budget; "Pas de demande FDVA" (never requested); a federation and a network as partners;
    # a trainer (individual); empty result fields.
    mk("Y32", "Accueillir sans juger : formation des bénévoles de l'accueil",
       "CENTRE SOCIAL DU TONNERROIS - Yonne",
       status=None,
       dimension=None,
       keywords=("Solidarité",),
       resume="Un cycle de 4 samedis pour les bénévoles qui tiennent l'accueil : écoute, "
              "orientation, posture, limites.",
       territory="Plusieurs communes",
       experience="Formation animée par la Fédération des centres sociaux de l'Yonne, avec "
                  "l'appui du réseau France Bénévolat Yonne pour le module sur l'engagement.\n"
                  "Intervention de Mme Garnier, formatrice en communication non violente.",
       public=("Adultes",),
       declared=("Associations",),
       financial="Sur le budget de fonctionnement du centre social.\n"
                 "Pas de demande FDVA cette année.",
       people="16 bénévoles formés",
       funders=[],
       partners=[
           P("Fédération des centres sociaux de l'Yonne",
             "Formation animée par la Fédération des centres sociaux de l'Yonne",
             alt=["Fédération des centres sociaux"]),
           P("France Bénévolat Yonne", "l'appui du réseau France Bénévolat Yonne",
             alt=["France Bénévolat"]),
       ],
       excluded=X(
           funders=["FDVA (\"Pas de demande FDVA\": never requested)",
                    "budget de fonctionnement du centre social (the structure)"],
           partners=["Mme Garnier (individual trainer)"]),
       ),

    # Y33 Territoire de Belfort, urban. A CERFA budget pasted with interleaved CHARGES / PRODUITS
    # columns: "Etat : ... – FIPDR" + amount; "Région(s) :" + "-"; "Département(s) :" + amount;
    # "Intercommunalité(s) : EPCI" followed by a charge row; "Commune(s) :" + amount; "Subvention
    # Caf" + amount; "Fonds Cnaf" followed by a charge row; TOTAL DES PRODUITS; volunteers.
    mk("Y33", "Prévenir le harcèlement : ateliers et théâtre avec les collégiens des Résidences",
       "CENTRE SOCIAL ET CULTUREL DES RÉSIDENCES - Territoire de Belfort",
       files=("BP_harcelement_2024.pdf",),
       keywords=("éducation / scolarité", "Démocratie & citoyenneté"),
       resume="Ateliers de prévention du harcèlement et du cyberharcèlement pour les 11-15 ans, "
              "création d'une pièce jouée devant les classes de 6e.",
       territory="Un quartier",
       experience="Co-construit avec le collège Signoret (CPE et infirmière scolaire) et "
                  "l'association Net Respect 90.\n"
                  "La Maison des adolescents du Territoire de Belfort anime les groupes de parole.",
       public=("Jeunesse",),
       declared=("Education nationale", "Préfecture", "Commune"),
       financial="Budget prévisionnel de l'action : Prévenir le harcèlement\n"
                 "CHARGES\n"
                 "MONTANTS\n"
                 "PRODUITS\n"
                 "MONTANTS\n"
                 "60 – Achats\n"
                 "900\n"
                 "74- Subventions d'exploitation\n"
                 "13 400\n"
                 "Etat : préciser le(s) ministère(s) sollicité(s) – FIPDR 2024\n"
                 "5 000\n"
                 "61 - Services extérieurs\n"
                 "1 200\n"
                 "Région(s) :\n"
                 "-\n"
                 "Département(s) :\n"
                 "2 500\n"
                 "62 - Autres services extérieurs\n"
                 "Intercommunalité(s) : EPCI\n"
                 "Rémunérations intermédiaires et honoraires\n"
                 "3 800\n"
                 "Commune(s) :\n"
                 "2 400\n"
                 "Organismes sociaux (détailler) :\n"
                 "Subvention Caf\n"
                 "3 500\n"
                 "Fonds Cnaf\n"
                 "64- Charges de personnel\n"
                 "7 500\n"
                 "TOTAL DES CHARGES\n"
                 "13 400\n"
                 "TOTAL DES PRODUITS\n"
                 "13 400\n"
                 "87 - Contributions volontaires en nature\n"
                 "Bénévolat\n"
                 "900",
       people="1 animatrice, 2 comédiens, 3 bénévoles",
       res_habitants="140 élèves de 6e ont vu la pièce.",
       funders=[
           F("Commune", 2400, "Commune(s) :\n2 400", alt=["Ville de Belfort"]),
           F("FIPDR", 5000, "Etat : préciser le(s) ministère(s) sollicité(s) – FIPDR 2024\n5 000",
             alt=["FIPD", "État", "Préfecture"]),
           F("Conseil départemental", 2500, "Département(s) :\n2 500",
             alt=["Département du Territoire de Belfort"]),
           F("CAF", 3500, "Subvention Caf\n3 500", alt=["Caf du Territoire de Belfort"]),
       ],
       budget=B(13400, "TOTAL DES PRODUITS\n13 400"),
       partners=[
           P("Collège Signoret", "Co-construit avec le collège Signoret"),
           P("Net Respect 90", "l'association Net Respect 90"),
           P("Maison des adolescents du Territoire de Belfort",
             "La Maison des adolescents du Territoire de Belfort anime les groupes de parole",
             alt=["Maison des adolescents"]),
       ],
       excluded=X(
           funders=["Région(s) : (template line with \"-\")",
                    "Intercommunalité(s) : EPCI (template line; the next lines are a charge row: "
                    "honoraires 3 800)",
                    "Fonds Cnaf (template line; followed by the charge row Charges de personnel "
                    "7 500)",
                    "Bénévolat 900 (volunteer time)"],
           partners=["CPE, infirmière scolaire (staff of the collège)",
                     "FIPDR, Département, Caf (funders only)"]),
       ),

    # Y34 Seine-Saint-Denis, urban, page header after. Cité éducative; EPT Plaine Commune
    # (Intercommunalité); Ville; Seine-Saint-Denis Habitat "subvention de"; a company foundation
    # with a RANGE; a university, a collège, a médiathèque; "les associations du quartier"
    # (generic).
    mk("Y34", "Les Petits Chercheurs : sciences et robotique pour les 8-12 ans",
       "CENTRE SOCIAL ROGUET - Seine-Saint-Denis",
       keywords=("éducation / scolarité", "Culture"),
       resume="Ateliers de sciences le mercredi et pendant les vacances : robots, fusées à eau, "
              "microscope. Objectif : donner le goût des sciences, notamment aux filles.",
       territory="Un quartier",
       experience="Des étudiants de l'Université Sorbonne Paris Nord animent un atelier sur deux "
                  "(association étudiante Sciences en Banlieue).\n"
                  "Le collège Iqbal-Masih accueille la finale du défi robotique ; la médiathèque "
                  "Ulysse prête des kits et accueille les ateliers du samedi.\n"
                  "Les associations du quartier relaient.",
       public=("Enfance",),
       declared=("Commune", "Education nationale"),
       description="3 groupes de 12 enfants, 50 % de filles.",
       financial="Cité éducative de Saint-Denis : 6 000 €\n"
                 "Plaine Commune : 2 000 €\n"
                 "Ville de Saint-Denis : 2 500 €\n"
                 "Une subvention de Seine-Saint-Denis Habitat de 1 500 €\n"
                 "Fondation Tech & Quartiers : entre 2 000 et 3 000 € selon les résultats "
                 "(convention signée)",
       people="2 animateurs, 6 étudiants",
       res_habitants="36 enfants ; 14 filles inscrites au club de robotique du collège.",
       page_header_after=True,
       funders=[
           F("Commune", 2500, "Ville de Saint-Denis : 2 500 €", alt=["Ville de Saint-Denis"]),
           F("Cité éducative", 6000, "Cité éducative de Saint-Denis : 6 000 €",
             alt=["Cité éducative de Saint-Denis", "État", "Éducation nationale"]),
           F("Intercommunalité", 2000, "Plaine Commune : 2 000 €",
             alt=["Plaine Commune", "EPT Plaine Commune"]),
           F("Seine-Saint-Denis Habitat", 1500,
             "Une subvention de Seine-Saint-Denis Habitat de 1 500 €",
             alt=["Bailleur social"]),
           F("Fondation Tech & Quartiers", None,
             "Fondation Tech & Quartiers : entre 2 000 et 3 000 €", rng=(2000, 3000)),
       ],
       partners=[
           P("Sciences en Banlieue", "association étudiante Sciences en Banlieue"),
           P("Université Sorbonne Paris Nord",
             "Des étudiants de l'Université Sorbonne Paris Nord animent un atelier sur deux"),
           P("Collège Iqbal-Masih", "Le collège Iqbal-Masih accueille la finale du défi "
             "robotique"),
           P("Médiathèque Ulysse", "la médiathèque Ulysse prête des kits et accueille les "
             "ateliers du samedi"),
       ],
       excluded=X(
           funders=["Médiathèque Ulysse (lends kits, hosts: partner only)"],
           partners=["Les associations du quartier (generic)",
                     "Cité éducative, Plaine Commune, Ville, Seine-Saint-Denis Habitat, "
                     "Fondation Tech & Quartiers (funders only)"]),
       ),

    # Y35 Essonne, urban. JOINT sum "La Caf et le Département nous ont accordé ensemble 6 000 €"
    # (both null); Grand Paris Sud "12000 e"; a company's mécénat; a PMI, a maternité, an
    # association; "Commune" only as "les communes voisines" (geography).
    mk("Y35", "Premiers pas : accompagner les jeunes parents du Canal",
       "CENTRE SOCIAL DU CANAL - Essonne",
       keywords=("Parentalité", "Petite enfance"),
       resume="Groupe de jeunes parents (moins de 25 ans) : ateliers massage bébé, portage, "
              "sommeil, droits, sorties ; une permanence de sage-femme.",
       territory="Plusieurs quartiers",
       experience="Orientation par la PMI du Canal et par la maternité du Centre hospitalier "
                  "Sud Francilien.\n"
                  "L'association Mamans Solos 91 co-anime les sorties.\n"
                  "Des familles viennent aussi des communes voisines.",
       public=("familles", "Petite enfance"),
       declared=("Caf", "Conseil départemental"),
       description="Une fois par mois, un atelier « papas ».",
       financial="La Caf et le Département nous ont accordé ensemble 6 000 €.\n"
                 "Grand Paris Sud : 12000 e\n"
                 "Mécénat Pharmacie Centrale du Canal (couches et produits) : valeur 700 €",
       people="1 référente famille, 1 sage-femme vacataire",
       res_habitants="22 jeunes parents.",
       funders=[
           F("CAF", None, "La Caf et le Département nous ont accordé ensemble 6 000 €",
             alt=["Caf de l'Essonne"]),
           F("Conseil départemental", None,
             "La Caf et le Département nous ont accordé ensemble 6 000 €",
             alt=["Département de l'Essonne"]),
           F("Intercommunalité", 12000, "Grand Paris Sud : 12000 e", alt=["Grand Paris Sud"]),
           F("Pharmacie Centrale du Canal", 700,
             "Mécénat Pharmacie Centrale du Canal (couches et produits) : valeur 700 €",
             borderline=True),
       ],
       partners=[
           P("PMI", "Orientation par la PMI du Canal", alt=["PMI du Canal"]),
           P("Centre hospitalier Sud Francilien",
             "la maternité du Centre hospitalier Sud Francilien"),
           P("Mamans Solos 91", "L'association Mamans Solos 91 co-anime les sorties"),
           P("Pharmacie Centrale du Canal", "Mécénat Pharmacie Centrale du Canal (couches et "
             "produits)", borderline=True),
       ],
       excluded=X(
           funders=["joint amount 6 000 € shared by the Caf and the Département (tied to "
                    "neither: amounts null)",
                    "les communes voisines (geography)"],
           partners=["sage-femme vacataire (individual)",
                     "Caf, Département, Grand Paris Sud (funders only)"]),
       ),

    # Y36 Val-d'Oise, urban. EMOJI title; Fondation de France "avec le soutien de"; CA Cergy-Pontoise;
    # REFUSED Région Île-de-France; a fonds de dotation in lowercase; per-session fee of a dancer
    # (cost); a conservatoire, a lycée; "Mots clés" empty.
    mk("Y36", "🎤 Scène ouverte des Touleuses",
       "MAISON DE QUARTIER DES TOULEUSES - Val-d'Oise",
       keywords=(),
       resume="Chaque trimestre, une scène ouverte préparée en ateliers : chant, danse, rap, "
              "stand-up. Les jeunes gèrent la technique.",
       initiative=("Un groupe d'habitants",),
       territory="Un quartier",
       experience="Ateliers avec le Conservatoire à rayonnement régional de Cergy-Pontoise "
                  "(deux professeurs) ; les élèves de la section son du lycée Jules-Verne "
                  "assurent la régie.\n"
                  "Chorégraphe : Nadia, payée 80 € la séance.",
       public=("Jeunesse", "Tous publics"),
       declared=("Intercommunalité",),
       description="4 scènes en 2024, 70 artistes amateurs. La dernière pendant la Fête de la Musique.",
       financial="avec le soutien de la Fondation de France (3 500 €)\n"
                 "CA Cergy-Pontoise 2 000 €\n"
                 "fonds de dotation cergy culture solidaire : 1 000 €\n"
                 "Région Île-de-France : refusé",
       people="1 animateur",
       res_habitants="Des jeunes qui n'avaient jamais chanté en public.",
       funders=[
           F("Fondation de France", 3500, "avec le soutien de la Fondation de France (3 500 €)"),
           F("Intercommunalité", 2000, "CA Cergy-Pontoise 2 000 €",
             alt=["CA Cergy-Pontoise", "Communauté d'agglomération de Cergy-Pontoise"]),
           F("Fonds de dotation Cergy Culture Solidaire", 1000,
             "fonds de dotation cergy culture solidaire : 1 000 €",
             alt=["Cergy Culture Solidaire"]),
       ],
       partners=[
           P("Conservatoire à rayonnement régional de Cergy-Pontoise",
             "Ateliers avec le Conservatoire à rayonnement régional de Cergy-Pontoise",
             alt=["Conservatoire de Cergy-Pontoise", "CRR de Cergy-Pontoise"]),
           P("Lycée Jules-Verne", "les élèves de la section son du lycée Jules-Verne "
             "assurent la régie"),
       ],
       excluded=X(
           funders=["Région Île-de-France (\"refusé\")",
                    "80 € la séance (a cost: the choreographer's fee)"],
           partners=["Nadia (individual choreographer)",
                     "Fête de la Musique (an event)",
                     "Fondation de France, CA Cergy-Pontoise, Cergy Culture Solidaire "
                     "(funders only)"]),
       ),

    # Y37 Doubs, urban. Intergenerational: Carsat with a k€ RANGE "entre 3 et 4 k€"; Pays de
    # Montbéliard Agglomération; Habitat 25 funder + partner; a fonds de dotation; a résidence
    # autonomie, a crèche, a retirement club.
    mk("Y37", "Cour commune : jardins et goûters entre la crèche et la résidence seniors",
       "CENTRE SOCIAL LA PETITE HOLLANDE - Doubs",
       keywords=("intergénérationnel", "Viellissement"),
       resume="Les enfants de la crèche et les résidents de la résidence autonomie voisine "
              "jardinent et goûtent ensemble une fois par semaine dans la cour commune.",
       territory="Un quartier",
       experience="Avec la crèche Les Lutins de Montbéliard et la résidence autonomie Les "
                  "Tilleuls. Habitat 25 a aménagé la cour et ses agents d'entretien arrosent "
                  "l'été.\n"
                  "Le club des retraités de la Petite Hollande tient le goûter du vendredi.",
       public=("Petite enfance", "Seniors"),
       declared=("Bailleur social",),
       description="36 séances par an.",
       financial="Carsat Bourgogne-Franche-Comté : entre 3 et 4 k€ selon le nombre de séances\n"
                 "Pays de Montbéliard Agglomération : 2 500 €\n"
                 "Habitat 25 : 2 000 € et travaux d'aménagement de la cour\n"
                 "Fonds de dotation Générations Nord Franche-Comté : 1 000 €",
       people="1 animatrice, 2 auxiliaires de la crèche",
       res_habitants="14 enfants, 18 résidents.",
       funders=[
           F("CARSAT", None, "Carsat Bourgogne-Franche-Comté : entre 3 et 4 k€",
             alt=["Carsat Bourgogne-Franche-Comté"], rng=(3000, 4000)),
           F("Intercommunalité", 2500, "Pays de Montbéliard Agglomération : 2 500 €",
             alt=["Pays de Montbéliard Agglomération", "PMA"]),
           F("Habitat 25", 2000, "Habitat 25 : 2 000 €", alt=["Bailleur social"]),
           F("Fonds de dotation Générations Nord Franche-Comté", 1000,
             "Fonds de dotation Générations Nord Franche-Comté : 1 000 €",
             alt=["Générations Nord Franche-Comté"]),
       ],
       partners=[
           P("Crèche Les Lutins", "Avec la crèche Les Lutins de Montbéliard"),
           P("Résidence autonomie Les Tilleuls", "la résidence autonomie Les Tilleuls"),
           P("Habitat 25", "Habitat 25 a aménagé la cour et ses agents d'entretien arrosent"),
           P("Club des retraités de la Petite Hollande",
             "Le club des retraités de la Petite Hollande tient le goûter du vendredi"),
       ],
       excluded=X(
           partners=["auxiliaires de la crèche (staff of the crèche)",
                     "Carsat, Pays de Montbéliard Agglomération, Générations Nord Franche-Comté "
                     "(funders only)"]),
       ),

    # Y38 Sarthe, rural, short, no "Fichier(s)" header. Bébés lecteurs: Caf "1 500 €";
    # communauté de communes; the Bibliothèque départementale lends books (Département service:
    # partner Conseil départemental, lending -> not a funder); RPE; a PMI.
    mk("Y38", "Bébés lecteurs en Champagne conlinoise",
       "CENTRE SOCIAL DE LA CHAMPAGNE CONLINOISE - Sarthe",
       files=None,
       dimension="Services",
       keywords=("Petite enfance", "Culture"),
       resume="Lectures pour les tout-petits dans les bibliothèques de 6 communes, avec les "
              "assistantes maternelles et les parents.",
       territory="Plusieurs communes",
       experience="La Bibliothèque départementale de la Sarthe prête des malles d'albums. Le "
                  "Relais Petite Enfance de la Champagne Conlinoise inscrit les assistantes "
                  "maternelles.",
       public=("Petite enfance",),
       declared=("Intercommunalité", "Caf"),
       financial="Caf de la Sarthe 1 500 €\n"
                 "Communauté de communes de la Champagne Conlinoise et du Pays de Sillé 800 €",
       people="1 animatrice, 9 bénévoles",
       funders=[
           F("CAF", 1500, "Caf de la Sarthe 1 500 €", alt=["Caf de la Sarthe"]),
           F("Intercommunalité", 800, "Communauté de communes de la Champagne Conlinoise et "
             "du Pays de Sillé 800 €",
             alt=["Communauté de communes de la Champagne Conlinoise et du Pays de Sillé"]),
       ],
       partners=[
           P("Conseil départemental", "La Bibliothèque départementale de la Sarthe prête des "
             "malles d'albums", alt=["Bibliothèque départementale de la Sarthe"]),
           P("Relais Petite Enfance de la Champagne Conlinoise",
             "Le Relais Petite Enfance de la Champagne Conlinoise inscrit les assistantes "
             "maternelles", alt=["Relais Petite Enfance", "RPE"]),
       ],
       excluded=X(
           funders=["Bibliothèque départementale (lends books: partner only)"],
           partners=["assistantes maternelles (individuals)",
                     "bibliothèques de 6 communes (generic venues)"]),
       ),

    # Y39 Loire, urban, Terminée. Sport in the street: Roannais Agglomération; Ville de Roanne;
    # OPHEOR; ANS "2.800 €"; an invented foundation; a boxing club with digits, a basketball club;
    # Terminée with a reason; "Budget : environ 11 000 €".
    mk("Y39", "Sport au pied des tours : le Parc des Sports vient au Mayollet",
       "CENTRE SOCIAL DU MAYOLLET - Loire",
       status="Terminée",
       reason="Action d'été 2024 terminée ; reconduite en 2025 sous un autre nom.",
       keywords=("Santé", "Mixité sociale"),
       resume="Tout l'été, des animations sportive gratuites au pied des immeubles, trois soirs "
              "par semaine : basket 3x3, boxe éducative, fitness pour les mamans.",
       territory="Un quartier",
       experience="Encadrement par les éducateurs du Roanne Boxe 42 et de la Chorale Roanne "
                  "Basket. OPHEOR a installé un terrain de basket temporaire.",
       public=("Jeunesse", "familles"),
       declared=("Commune", "Bailleur social", "Associations"),
       description="36 soirées, environ 60 participants par soir.",
       financial="Roannais Agglomération : 3 000 €\n"
                 "Ville de Roanne : 2 000 €\n"
                 "OPHEOR : 1 500 €\n"
                 "ANS : 2.800 €\n"
                 "Fondation Loire Sport Ensemble : 1 200 €\n"
                 "Budget : environ 11 000 €",
       people="3 animateurs, 4 éducateurs sportifs",
       res_territoire="Un été plus calme selon les gardiens.",
       funders=[
           F("Commune", 2000, "Ville de Roanne : 2 000 €", alt=["Ville de Roanne"]),
           F("Intercommunalité", 3000, "Roannais Agglomération : 3 000 €",
             alt=["Roannais Agglomération"]),
           F("OPHEOR", 1500, "OPHEOR : 1 500 €", alt=["Bailleur social"]),
           F("ANS", 2800, "ANS : 2.800 €", alt=["Agence nationale du sport"]),
           F("Fondation Loire Sport Ensemble", 1200, "Fondation Loire Sport Ensemble : 1 200 €"),
       ],
       budget=B(11000, "Budget : environ 11 000 €"),
       partners=[
           P("Roanne Boxe 42", "éducateurs du Roanne Boxe 42"),
           P("Chorale Roanne Basket", "de la Chorale Roanne Basket"),
           P("OPHEOR", "OPHEOR a installé un terrain de basket temporaire"),
       ],
       excluded=X(
           partners=["gardiens (staff of OPHEOR)",
                     "Roannais Agglomération, Ville de Roanne, ANS, Fondation Loire Sport "
                     "Ensemble (funders only)"]),
       ),

    # Y40 Haute-Saône, rural, the LAST fiche. Itinerant France Services bus: État (FNADT) "30 000 €
    # par an"; communauté de communes; MSA Franche-Comté; the Caf, the CPAM and La Poste hold
    # permanences (partners); a "- " free-text line; "la région" as geography.
    mk("Y40", "Le Bus des services : France Services itinérante du Pays de Lure",
       "CENTRE SOCIAL DU PAYS DE LURE - Haute-Saône",
       dimension="Services",
       keywords=("Précarité", "Solidarité"),
       resume="Un bus aménagé s'arrête chaque semaine dans 11 villages : aide aux démarches, "
              "impôts, retraite, carte grise, prise de rendez-vous.",
       territory="Plusieurs communes",
       experience="Labellisé France Services en 2023.\n"
                  "- tournée du lundi : villages du nord\n"
                  "- tournée du jeudi : villages du sud\n"
                  "La Caf de la Haute-Saône, la CPAM de la Haute-Saône et La Poste forment nos "
                  "agents et tiennent des visios avec les usagers.",
       public=("Tous publics",),
       declared=("Intercommunalité", "Caf"),
       description="C'est le seul service de ce type dans la région de Lure.",
       financial="Etat (FNADT, label France Services) : 30 000 € par an\n"
                 "Communauté de communes du Pays de Lure : 15 000 €\n"
                 "MSA Franche-Comté : 2 000 €",
       people="2 agents France Services",
       res_habitants="1 650 demandes traitées.",
       perspectives="Ajouter une tournée le samedi matin.",
       funders=[
           F("État", 30000, "Etat (FNADT, label France Services) : 30 000 € par an",
             alt=["FNADT", "Préfecture"]),
           F("Intercommunalité", 15000, "Communauté de communes du Pays de Lure : 15 000 €",
             alt=["Communauté de communes du Pays de Lure"]),
           F("MSA", 2000, "MSA Franche-Comté : 2 000 €", alt=["MSA Franche-Comté"]),
       ],
       partners=[
           P("CAF", "La Caf de la Haute-Saône, la CPAM de la Haute-Saône et La Poste forment "
             "nos agents", alt=["Caf de la Haute-Saône"]),
           P("CPAM", "la CPAM de la Haute-Saône et La Poste forment nos agents",
             alt=["CPAM de la Haute-Saône"]),
           P("La Poste", "La Poste forment nos agents"),
       ],
       excluded=X(
           funders=["la région de Lure (geography, not the Région)",
                    "Caf, CPAM, La Poste (train the agents: partners, not said to pay)"],
           partners=["État, Communauté de communes, MSA (funders only)"]),
       ),
]

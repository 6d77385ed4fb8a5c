"""Test set 7, fiches Q11-Q20 (written blind; see ../README.md)."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk
from eval.sets.spec import PAGE_SENTINEL as PG

R2 = [
    # Q11 Manche, urban ASL. Free-text lines starting with "- " in the experience; "Etat : DDETS" as
    # a label line with the body on the same line and the amount on the next; "Fonds européens"
    # template line followed by "-"; agglomeration by own name; Caf; France Travail and Mission
    # locale orient (partners only); an individual FLE trainer.
    mk("Q11", "Parler pour agir : ateliers sociolinguistiques du Val-Saint-Jean",
       "CENTRE SOCIAL DU VAL-SAINT-JEAN - Manche", dimension="Services",
       keywords=["Intégration", "Emploi, économie"], territory="Un quartier", public=["Adultes"],
       declared=["Caf", "Intercommunalité", "Associations"],
       resume="Quatre groupes d'apprenants, du débutant à l'intermédiaire, apprennent le français à partir des situations de la vie quotidienne : la pharmacie, l'école, le bus, la mairie.",
       experience="Nos objectifs :\n- rendre les apprenants autonomes dans leurs démarches\n- faire connaître les services du territoire\n- faciliter l'accès à l'emploi\nFrance Travail et la Mission locale du Centre Manche orientent les personnes ; l'association Lire et Dire 50 forme nos bénévoles aux méthodes ASL.\nMme Lemoine, formatrice FLE indépendante, assure les tests de positionnement.",
       description="62 apprenants, 19 nationalités. Sorties : gare, marché, hôpital, médiathèque.\nLes parents d'élèves de l'école du Val-Saint-Jean ont un groupe le vendredi pendant la classe.",
       financial="Produits 2024\nEtat : DDETS de la Manche (BOP 104)\n3 500\nFonds européens\n-\nIntercommunalité : Saint-Lô Agglo\n2 000\nCaf de la Manche\n2 800\nFonds propres\n1 150",
       people="1 coordinatrice, 9 bénévoles formateurs",
       res_habitants="Onze personnes ont trouvé un emploi ou une formation dans l'année.",
       limites="Pas de garde d'enfants pour les mères de jeunes enfants.",
       perspectives="Une halte-garderie partagée avec la crèche Les Lutins.",
       funders=[
           F("Intercommunalité", 2000, "Intercommunalité : Saint-Lô Agglo\n2 000", alt=["Saint-Lô Agglo"]),
           F("État", 3500, "Etat : DDETS de la Manche (BOP 104)\n3 500",
             alt=["DDETS", "DDETS de la Manche", "BOP 104"]),
           F("CAF", 2800, "Caf de la Manche\n2 800", alt=["Caf de la Manche"]),
       ],
       partners=[
           P("France Travail", "France Travail et la Mission locale du Centre Manche orientent les personnes"),
           P("Mission locale du Centre Manche", "la Mission locale du Centre Manche orientent les personnes",
             alt=["Mission locale"]),
           P("Lire et Dire 50", "l'association Lire et Dire 50 forme nos bénévoles"),
           P("École du Val-Saint-Jean", "Les parents d'élèves de l'école du Val-Saint-Jean ont un groupe le vendredi",
             borderline=True),
       ],
       excluded=X(
           funders=["Fonds européens (template line with \"-\")", "Fonds propres 1 150 (the structure)"],
           partners=["Mme Lemoine (individual trainer)", "gare, marché, hôpital, médiathèque (outing places)",
                     "crèche Les Lutins (future plan only)", "DDETS, Saint-Lô Agglo (funders only)"])),

    # Q12 Marne, urban. An adult-relais post "par an" (ANCT); agglomeration "3.500 €"; the Ville
    # lends a room (borderline funder, partner = declared Commune) and its police municipale; a
    # bailleur's gardiens (partner only, declared generic); the délégué du préfet (borderline
    # partner merging with the declared Préfecture); Précision ( si autre ).
    mk("Q12", "Médiation de rue au Verbeau",
       "CENTRE SOCIAL ET CULTUREL DU VERBEAU - Marne", dimension="Citoyenneté",
       keywords=["Mixité sociale", "Démocratie & citoyenneté"], initiative=["Autre"],
       precision="Le conseil citoyen du quartier, après les tensions de l'été 2023.",
       territory="Un quartier", public=["Jeunesse", "Tous publics"],
       declared=["Préfecture", "Bailleur social", "Commune"],
       resume="Deux médiateurs arpentent le quartier en fin d'après-midi et en soirée, vont au-devant des jeunes et des habitants, désamorcent les conflits de voisinage et orientent vers les services.",
       experience="Les médiateurs travaillent avec l'équipe de prévention spécialisée de l'association Rue Libre 51, avec les gardiens de Plurial Novilia et avec la police municipale de Châlons-en-Champagne.\nUne réunion mensuelle réunit aussi le délégué du préfet et le principal du collège Nicolas-Appert.",
       description="La Ville de Châlons-en-Champagne met un bureau à disposition au pied de la tour 14.\n1 600 contacts, 240 conflits traités, 85 orientations.",
       financial="Un poste d'adulte-relais financé par l'État au titre de la politique de la ville : 21 000 € par an.\nChâlons Agglo : 3.500 €\nLe second médiateur est pris en charge par le centre social.",
       people="2 médiateurs, 1 coordinateur",
       res_territoire="Moins d'interventions de police le soir en 2024.",
       perspectives="Élargir aux quartiers Rive gauche.",
       funders=[
           F("Commune", None, "La Ville de Châlons-en-Champagne met un bureau à disposition",
             borderline=True, alt=["Ville de Châlons-en-Champagne"]),
           F("Intercommunalité", 3500, "Châlons Agglo : 3.500 €", alt=["Châlons Agglo"]),
           F("ANCT", 21000, "Un poste d'adulte-relais financé par l'État au titre de la politique de la ville : 21 000 € par an",
             alt=ANCT_ALT + ["Adultes-relais"]),
       ],
       partners=[
           P("Commune", "la police municipale de Châlons-en-Champagne",
             alt=["Police municipale", "Ville de Châlons-en-Champagne"]),
           P("Rue Libre 51", "l'équipe de prévention spécialisée de l'association Rue Libre 51"),
           P("Plurial Novilia", "avec les gardiens de Plurial Novilia"),
           P("Collège Nicolas-Appert", "le principal du collège Nicolas-Appert"),
           P("Préfecture", "Une réunion mensuelle réunit aussi le délégué du préfet", borderline=True,
             alt=["Délégué du préfet"]),
       ],
       excluded=X(
           funders=["le centre social (the second post: the structure)"],
           partners=["conseil citoyen (an inhabitants' body, in the Précision)",
                     "Rive gauche (future plan only)", "Châlons Agglo, État (funders only)"])),

    # Q13 Nièvre, rural EVS. Structure line with an inner " - "; Terminée with a reason; communes
    # paying "0,50 € par habitant" (per-unit: amount null); CFPPA "5.000 €"; Carsat; a mutuelle;
    # the intercommunality lends its minibus (in kind, not valued: borderline funder + partner);
    # 1 € per trip (participants); volunteer drivers (individuals).
    mk("Q13", "Mobil'aînés : transport solidaire vers les marchés et les rendez-vous",
       "ESPACE DE VIE SOCIALE LE LAVOIR - HAUT NIVERNAIS - Nièvre", status="Terminée",
       reason="Le minibus a été repris par la communauté de communes pour son service de transport à la demande, qui prend le relais depuis janvier 2025.",
       dimension="Services", keywords=["Viellissement", "Solidarité"], territory="Plusieurs communes",
       public=["Seniors"], declared=["Intercommunalité", "Associations"],
       resume="Pendant deux ans, un minibus conduit par des bénévoles a emmené les personnes âgées sans voiture au marché de Clamecy, chez le médecin et à la pharmacie.",
       experience="La communauté de communes Haut Nivernais-Val d'Yonne prête son minibus de neuf places et assure l'entretien.\nL'ADMR du Clamecycois et le CLIC du Haut Nivernais signalent les personnes isolées.\nL'épicerie sociale Le Panier Clamecycois a organisé un arrêt le mercredi.",
       description="3 100 trajets en deux ans, 72 usagers réguliers.\nChaque trajet coûte 1 € à l'usager.",
       financial="Conférence des financeurs (CFPPA 58) : 5.000 €\nCarsat Bourgogne-Franche-Comté : 2 200 €\nMutuelle du Morvan : 800 €\nLes communes de Clamecy, Surgy et Oisy participent à hauteur de 0,50 € par habitant.",
       people="14 chauffeurs bénévoles, 1 coordinatrice",
       res_habitants="Des aînés qui ne sortaient plus ont repris le marché.",
       limites="Difficile de recruter des chauffeurs de moins de 70 ans.",
       funders=[
           F("Commune", None, "Les communes de Clamecy, Surgy et Oisy participent à hauteur de 0,50 € par habitant",
             alt=["Communes de Clamecy, Surgy et Oisy"]),
           F("Intercommunalité", None, "La communauté de communes Haut Nivernais-Val d'Yonne prête son minibus",
             borderline=True, alt=["Communauté de communes Haut Nivernais-Val d'Yonne"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 5000,
             "Conférence des financeurs (CFPPA 58) : 5.000 €",
             alt=["Conférence des financeurs", "CFPPA", "CFPPA 58"]),
           F("CARSAT", 2200, "Carsat Bourgogne-Franche-Comté : 2 200 €",
             alt=["Carsat Bourgogne-Franche-Comté"]),
           F("Mutuelle du Morvan", 800, "Mutuelle du Morvan : 800 €"),
       ],
       partners=[
           P("Intercommunalité", "La communauté de communes Haut Nivernais-Val d'Yonne prête son minibus de neuf places et assure l'entretien",
             alt=["Communauté de communes Haut Nivernais-Val d'Yonne"]),
           P("ADMR du Clamecycois", "L'ADMR du Clamecycois et le CLIC du Haut Nivernais signalent",
             alt=["ADMR"]),
           P("CLIC du Haut Nivernais", "le CLIC du Haut Nivernais signalent les personnes isolées",
             alt=["CLIC"]),
           P("Le Panier Clamecycois", "L'épicerie sociale Le Panier Clamecycois a organisé un arrêt",
             alt=["Épicerie sociale Le Panier Clamecycois"]),
       ],
       excluded=X(
           funders=["communes' 0,50 € par habitant (per-unit rate: amount left null)",
                    "1 € par trajet (participants)"],
           partners=["chauffeurs bénévoles (individuals)",
                     "communes de Clamecy, Surgy et Oisy (funders only)",
                     "CFPPA 58, Carsat, Mutuelle du Morvan (funders only)"])),

    # Q14 Pyrénées-Atlantiques, urban. A public office by own name (Office public de la langue
    # basque) with its acronym; "l'Agglo Pays Basque"; Caf prestation without figure (amount null);
    # brackets in a sentence; a staff first name; an ikastola and an adult-education association.
    mk("Q14", "Euskara etxean : le basque en famille",
       "CENTRE SOCIAL HARITZA - Pyrénées-Atlantiques", dimension="Citoyenneté",
       keywords=["Culture", "Parentalité"], initiative=["Un groupe d'habitants"], territory="Une commune",
       public=["familles"], declared=["Commune", "Intercommunalité", "Caf"],
       resume="Des parents dont les enfants sont scolarisés en basque, sans parler la langue eux-mêmes, apprennent des chansons, des jeux et des mots du quotidien pour suivre leurs enfants.",
       experience="Séances du mercredi animées par Xabi, notre animateur bascophone, et par une formatrice de l'association Euskal Giroa 64.\nL'Ikastola Aturri Ttiki nous envoie les familles et prête ses albums ; la médiathèque de Bayonne accueille la lecture de fin de trimestre.",
       description="Trois groupes de 10 parents. Une fête de fin d'année avec les enfants de l'ikastola.",
       financial="L'Office public de la langue basque (OPLB) a soutenu le projet (3 000 €), tout comme l'Agglo Pays Basque (2 500 €) et la Ville de Bayonne (1 000 €).\nLa Caf des Pyrénées-Atlantiques finance via la prestation animation collective familles.",
       people="1 animateur, 1 formatrice, 3 parents relais",
       res_habitants="Les parents disent se sentir moins étrangers à l'école de leurs enfants.",
       perspectives="Un groupe grands-parents.",
       funders=[
           F("Commune", 1000, "la Ville de Bayonne (1 000 €)", alt=["Ville de Bayonne"]),
           F("Intercommunalité", 2500, "l'Agglo Pays Basque (2 500 €)",
             alt=["Agglo Pays Basque", "Communauté d'agglomération Pays Basque"]),
           F("Office public de la langue basque", 3000,
             "L'Office public de la langue basque (OPLB) a soutenu le projet (3 000 €)", alt=["OPLB"]),
           F("CAF", None, "La Caf des Pyrénées-Atlantiques finance via la prestation animation collective familles",
             alt=["Caf des Pyrénées-Atlantiques"]),
       ],
       partners=[
           P("Euskal Giroa 64", "une formatrice de l'association Euskal Giroa 64"),
           P("Ikastola Aturri Ttiki", "L'Ikastola Aturri Ttiki nous envoie les familles"),
           P("Médiathèque de Bayonne", "la médiathèque de Bayonne accueille la lecture"),
       ],
       excluded=X(
           funders=[],
           partners=["Xabi (staff)", "OPLB, Agglo Pays Basque, Ville, Caf (funders only; declared items kept)"])),

    # Q15 Hautes-Pyrénées, urban. EMPTY status and EMPTY dimension; a Banque alimentaire giving food
    # (in kind, not valued: borderline funder + partner); a bakery's pastries valued 280 € (borderline
    # funder + partner); a foundation; "mille euros"; agglomeration by own name; donations and a
    # tombola (not funders); a choir, a lycée; Restos du cœur.
    mk("Q15", "Noël au Laubadère : paniers solidaires et veillée",
       "CENTRE SOCIAL DU LAUBADÈRE - Hautes-Pyrénées", status=None, dimension=None,
       keywords=["Solidarité", "Précarité", "Mixité sociale"], territory="Un quartier",
       declared=["Associations", "Commune"],
       resume="Le 20 décembre, 140 paniers de fête ont été préparés et distribués, puis une veillée a réuni 300 habitants dans la salle polyvalente.",
       experience="La Banque alimentaire des Hautes-Pyrénées a fourni les denrées de base ; les Restos du cœur de Tarbes ont orienté les familles.\nLa chorale Les Voix du Laubadère a chanté pendant la veillée et les élèves du lycée hôtelier Lautréamont ont préparé les bouchées.\nLa boulangerie Pyrénéenne a offert les bûches (valeur 280 €).",
       description="Les paniers ont été composés par 25 bénévoles en deux soirées.",
       financial="Fondation Adour Solidarités : 1 500 €\nTarbes-Lourdes-Pyrénées : 2 000 €\nVille de Tarbes : mille euros\nDons des habitants : 640 €\nTombola : 410 €",
       people="2 salariés, 25 bénévoles",
       res_habitants="Beaucoup de personnes seules ont passé une soirée entourées.",
       funders=[
           F("Commune", 1000, "Ville de Tarbes : mille euros", alt=["Ville de Tarbes"]),
           F("Intercommunalité", 2000, "Tarbes-Lourdes-Pyrénées : 2 000 €",
             alt=["Tarbes-Lourdes-Pyrénées", "Communauté d'agglomération Tarbes-Lourdes-Pyrénées"]),
           F("Fondation Adour Solidarités", 1500, "Fondation Adour Solidarités : 1 500 €"),
           F("Banque alimentaire des Hautes-Pyrénées", None,
             "La Banque alimentaire des Hautes-Pyrénées a fourni les denrées de base", borderline=True,
             alt=["Banque alimentaire"]),
           F("Boulangerie Pyrénéenne", 280, "La boulangerie Pyrénéenne a offert les bûches (valeur 280 €)",
             borderline=True),
       ],
       partners=[
           P("Banque alimentaire des Hautes-Pyrénées", "La Banque alimentaire des Hautes-Pyrénées a fourni les denrées de base",
             alt=["Banque alimentaire"]),
           P("Restos du cœur de Tarbes", "les Restos du cœur de Tarbes ont orienté les familles",
             alt=["Restos du cœur", "Restaurants du cœur"]),
           P("Les Voix du Laubadère", "La chorale Les Voix du Laubadère a chanté pendant la veillée"),
           P("Lycée hôtelier Lautréamont", "les élèves du lycée hôtelier Lautréamont ont préparé les bouchées"),
           P("Boulangerie Pyrénéenne", "La boulangerie Pyrénéenne a offert les bûches", borderline=True),
       ],
       excluded=X(
           funders=["Dons des habitants : 640 € (inhabitants' gifts)", "Tombola : 410 € (own receipts)"],
           partners=["bénévoles (individuals)", "salle polyvalente (a venue)",
                     "Fondation Adour Solidarités, Tarbes-Lourdes-Pyrénées, Ville de Tarbes (funders only)"])),

    # Q16 Savoie, urban. Sub-total and total lines (the total is "Total : 14 300 €", not the
    # sub-total); participation "soit 3 € par enfant et par sortie"; a bailleur; the Parc naturel
    # régional (no Région funder here); a company of mountain guides; a refuge (venue); a guide
    # (individual).
    mk("Q16", "Les Mercredis montagne : sorties nature pour les 8-11 ans",
       "MAISON DE L'ENFANCE ET DES FAMILLES DES HAUTS-DE-CHAMBÉRY - Savoie", dimension="Services",
       keywords=["Environnement", "vacances / loisirs"], territory="Plusieurs quartiers",
       public=["Enfance"], declared=["Commune", "Intercommunalité", "Conseil départemental"],
       resume="Vingt mercredis par an, un groupe de 16 enfants part en montagne : randonnée, lecture de paysage, cabane, raquettes l'hiver.",
       experience="Les sorties sont encadrées par la SARL Accompagnateurs du Nivolet et par nos animateurs.\nLe Parc naturel régional du Massif des Bauges forme l'équipe à l'éducation à l'environnement.\nL'école Pablo-Neruda a intégré trois sorties dans son projet de classe.\nJulien, guide retraité, nous accompagne bénévolement l'hiver.",
       description="Nuit au refuge du Trélod en juin pour les plus grands.\nCristal Habitat a pris en charge l'achat de 16 paires de raquettes.",
       financial="Grand Chambéry : 4 000 €\nDépartement de la Savoie : 3 500 €\nVille de Chambéry : 4 000 €\nSous-total financements publics : 11 500 €\nCristal Habitat : 1 000 €\nParticipation des familles : 1 800 € (soit 3 € par enfant et par sortie)\nTotal : 14 300 €",
       people="2 animateurs, 1 accompagnateur en montagne",
       res_habitants="Des enfants qui n'avaient jamais vu la neige de près.",
       limites="Les transports en car coûtent cher.",
       perspectives="Un séjour de trois jours avec la colonie de Saint-François-de-Sales.",
       funders=[
           F("Commune", 4000, "Ville de Chambéry : 4 000 €", alt=["Ville de Chambéry"]),
           F("Intercommunalité", 4000, "Grand Chambéry : 4 000 €", alt=["Grand Chambéry"]),
           F("Conseil départemental", 3500, "Département de la Savoie : 3 500 €",
             alt=["Département de la Savoie"]),
           F("Cristal Habitat", 1000, "Cristal Habitat : 1 000 €", alt=["Bailleur social"]),
       ],
       partners=[
           P("Accompagnateurs du Nivolet", "Les sorties sont encadrées par la SARL Accompagnateurs du Nivolet",
             alt=["SARL Accompagnateurs du Nivolet"]),
           P("Parc naturel régional du Massif des Bauges",
             "Le Parc naturel régional du Massif des Bauges forme l'équipe",
             alt=["Parc des Bauges"]),
           P("École Pablo-Neruda", "L'école Pablo-Neruda a intégré trois sorties dans son projet de classe",
             borderline=True),
       ],
       budget=B(14300, "Total : 14 300 €"),
       excluded=X(
           funders=["Sous-total financements publics : 11 500 € (a sub-total, not a body)",
                    "Participation des familles : 1 800 € (participants)"],
           partners=["Julien (individual)", "refuge du Trélod (a venue)",
                     "colonie de Saint-François-de-Sales (future plan only)",
                     "Cristal Habitat (buys equipment: funder only)",
                     "Grand Chambéry, Département, Ville (funders only; declared items kept)"])),

    # Q17 Seine-et-Marne, urban. File names; a FSE+ co-financing percentage with no base (amount
    # null); "X nous a versé"; own sales and the structure's purchase of an oven next to funders;
    # Région by a scheme; an agglomeration; France Travail orients; a catering lycée.
    mk("Q17", "Les Cuisines du monde de Beauval : un traiteur solidaire de femmes",
       "CENTRE SOCIAL CHARLES-COLLIN - Seine-et-Marne",
       files=["menu-traiteur-2024.pdf", "photo cuisine.jpg"], dimension="Accompagnement de projets",
       keywords=["Emploi, économie", "Intégration", "Mixité sociale"],
       initiative=["Un groupe d'habitants"], territory="Un quartier", public=["Adultes"],
       declared=["Intercommunalité", "Région", "Entreprises"],
       resume="Dix femmes du quartier de Beauval cuisinent pour des buffets d'entreprises et d'associations ; le projet leur sert de tremplin vers l'emploi ou la création d'activité.",
       experience="France Travail oriente les candidates et suit leur parcours.\nLe lycée professionnel Pierre-de-Coubertin a formé le groupe à l'hygiène HACCP.\nBGE Seine-et-Marne accompagne les deux femmes qui veulent créer leur entreprise.",
       description="46 prestations en 2024 (de 20 à 150 couverts).\nTrois femmes ont signé un CDI en restauration collective.",
       financial="La Fondation Saveurs Partagées nous a versé 5 000 € en mars.\nCommunauté d'agglomération du Pays de Meaux : 3 000 €\nRégion Île-de-France (dispositif Quartiers solidaires) : 4 500 €\nFonds social européen (FSE+) : cofinancement à 40 %\nVentes de plateaux-repas : 6 200 €\nAchat d'un four professionnel : 3 400 € (investissement du centre)",
       people="1 cheffe de cuisine, 1 conseillère en insertion",
       res_habitants="Confiance en soi, premières fiches de paie.",
       perspectives="Monter une SCIC avec la Ville de Meaux.",
       funders=[
           F("Intercommunalité", 3000, "Communauté d'agglomération du Pays de Meaux : 3 000 €",
             alt=["Communauté d'agglomération du Pays de Meaux", "Pays de Meaux"]),
           F("Fondation Saveurs Partagées", 5000, "La Fondation Saveurs Partagées nous a versé 5 000 €"),
           F("Région", 4500, "Région Île-de-France (dispositif Quartiers solidaires) : 4 500 €",
             alt=["Région Île-de-France"]),
           F("Fonds européens", None, "Fonds social européen (FSE+) : cofinancement à 40 %",
             alt=["FSE+", "FSE", "Fonds social européen", "Union européenne"]),
       ],
       partners=[
           P("France Travail", "France Travail oriente les candidates et suit leur parcours"),
           P("Lycée professionnel Pierre-de-Coubertin", "Le lycée professionnel Pierre-de-Coubertin a formé le groupe",
             alt=["Lycée Pierre-de-Coubertin"]),
           P("BGE Seine-et-Marne", "BGE Seine-et-Marne accompagne les deux femmes", alt=["BGE"]),
       ],
       excluded=X(
           funders=["FSE+ \"40 %\" (a percentage with no base: amount left null)",
                    "Ventes de plateaux-repas : 6 200 € (own sales)",
                    "Achat d'un four professionnel : 3 400 € (the structure's own investment)"],
           partners=["Ville de Meaux (future plan only)",
                     "Fondation Saveurs Partagées, Pays de Meaux, FSE+ (funders only; declared items kept)"])),

    # Q18 Yvelines, urban. Intercommunality by acronym only (SQY) "2.500 €"; FDVA; a fonds de
    # dotation; Fondation de France PENDING ("dossier en cours d'examen"); the Ville's service
    # jeunesse -> Commune; a conseil citoyen (inhabitants' body); the Assemblée nationale visited
    # (a venue); a député (individual).
    mk("Q18", "Parlement des jeunes de Trappes : débattre et porter des projets",
       "CENTRE SOCIAL LES MERISIERS - Yvelines", dimension="Citoyenneté",
       keywords=["Démocratie & citoyenneté", "éducation / scolarité"], territory="Une commune",
       public=["Jeunesse"], declared=["Commune", "Education nationale"],
       resume="Trente jeunes de 14 à 20 ans se réunissent tous les quinze jours pour débattre, puis portent deux projets votés par eux : un terrain de street-workout et une collecte pour les étudiants.",
       experience="Le service jeunesse de la Ville de Trappes co-anime les séances et suit les projets avec les élus.\nLes professeurs d'histoire-géographie du collège Gustave-Courbet préparent les débats en classe.\nL'association Génération Débat 78 forme les jeunes à l'art oratoire.\nLe conseil citoyen a présenté son travail lors d'une séance.",
       description="Visite de l'Assemblée nationale en mars, à l'invitation du député de la circonscription.",
       financial="SQY : 2.500 €\nVille de Trappes : 3 000 €\nFDVA fonctionnement-innovation : 1 500 €\nFonds Horizons 78 (fonds de dotation) : 2 000 €\nFondation de France : dossier en cours d'examen.",
       people="1 animateur, 1 service civique",
       res_centre="Les jeunes ont rejoint le conseil d'administration du centre (2 sièges).",
       perspectives="Une rencontre avec le parlement des jeunes de Mantes.",
       funders=[
           F("Commune", 3000, "Ville de Trappes : 3 000 €", alt=["Ville de Trappes"]),
           F("Intercommunalité", 2500, "SQY : 2.500 €",
             alt=["SQY", "Saint-Quentin-en-Yvelines"]),
           F("FDVA", 1500, "FDVA fonctionnement-innovation : 1 500 €",
             alt=["Fonds pour le développement de la vie associative", "État"]),
           F("Fonds Horizons 78", 2000, "Fonds Horizons 78 (fonds de dotation) : 2 000 €"),
       ],
       partners=[
           P("Commune", "Le service jeunesse de la Ville de Trappes co-anime les séances",
             alt=["Ville de Trappes", "Service jeunesse"]),
           P("Collège Gustave-Courbet", "du collège Gustave-Courbet préparent les débats en classe"),
           P("Génération Débat 78", "L'association Génération Débat 78 forme les jeunes"),
       ],
       excluded=X(
           funders=["Fondation de France (\"dossier en cours d'examen\": pending)"],
           partners=["conseil citoyen (an inhabitants' body)", "Assemblée nationale (a place visited)",
                     "député de la circonscription (individual)", "parlement des jeunes de Mantes (future plan only)",
                     "SQY, FDVA, Fonds Horizons 78 (funders only)"])),

    # Q19 Tarn-et-Garonne, small town. "dans le cadre du dispositif ... de l'État (SDJES)" (État);
    # intercommunality "2500e"; MSA "1.800 €"; Commune paying the bus; VACAF per child (aid to
    # families); "la région de Moissac" (geography); a pedagogical farm as provider. PAGE HEADER
    # after this fiche.
    mk("Q19", "Colo apprenante à la ferme : cinq jours à Lafrançaise",
       "CENTRE SOCIAL DU PAYS CASTELSARRASINOIS - Tarn-et-Garonne", status="Terminée",
       reason="Séjour unique de l'été 2024.", dimension="Services",
       keywords=["vacances / loisirs", "éducation / scolarité", "Environnement"],
       territory="Plusieurs communes", public=["Enfance"], declared=["Commune", "Intercommunalité"],
       resume="Vingt enfants de 7 à 11 ans sont partis cinq jours dans une ferme pédagogique : soins aux animaux, fabrication du pain, lecture et écriture d'un carnet de séjour.",
       experience="La ferme pédagogique Les Ânes du Quercy assure les ateliers et l'hébergement.\nL'école Jean-Jaurès a identifié les enfants qui avaient besoin de consolider leurs apprentissages.",
       description="Beaucoup d'enfants venaient de familles qui ne partent pas, même dans la région de Moissac.\nLes familles éligibles ont utilisé l'aide VACAF (jusqu'à 200 € par enfant).",
       financial="Financé dans le cadre du dispositif Colos apprenantes de l'État (SDJES de Tarn-et-Garonne) : 2 800 €\nGrand Sud Tarn-et-Garonne : 2500e\nMSA Midi-Pyrénées Nord : 1.800 €\nLa commune de Castelsarrasin a payé le car aller-retour.",
       people="3 animateurs, 1 directrice",
       res_habitants="Des carnets de séjour exposés à la médiathèque à la rentrée.",
       page_header_after=True,
       funders=[
           F("Commune", None, "La commune de Castelsarrasin a payé le car aller-retour.",
             alt=["Commune de Castelsarrasin"]),
           F("Intercommunalité", 2500, "Grand Sud Tarn-et-Garonne : 2500e",
             alt=["Grand Sud Tarn-et-Garonne"]),
           F("État", 2800, "Financé dans le cadre du dispositif Colos apprenantes de l'État (SDJES de Tarn-et-Garonne) : 2 800 €",
             alt=["SDJES", "SDJES de Tarn-et-Garonne", "Colos apprenantes"]),
           F("MSA", 1800, "MSA Midi-Pyrénées Nord : 1.800 €", alt=["MSA Midi-Pyrénées Nord"]),
       ],
       partners=[
           P("Les Ânes du Quercy", "La ferme pédagogique Les Ânes du Quercy assure les ateliers",
             alt=["Ferme pédagogique Les Ânes du Quercy"]),
           P("École Jean-Jaurès", "L'école Jean-Jaurès a identifié les enfants"),
       ],
       excluded=X(
           funders=["VACAF (aid to families, up to 200 € par enfant)",
                    "\"la région de Moissac\" (geography, not the Région)"],
           partners=["médiathèque (unnamed; results only)",
                     "SDJES, Grand Sud Tarn-et-Garonne, MSA, Castelsarrasin (funders only; declared items kept)"])),

    # Q20 Var, urban. Métropole by acronym and name; Département "3 000 €"; Ville; a bailleur
    # (required funder) and a shipyard's mécénat "2 000 €"; lending of boats by the nautical club
    # (partner only); a collège; a beach (venue).
    mk("Q20", "Mer en partage : voile et nettoyage des plages pour les jeunes de Berthe",
       "CENTRE SOCIAL ET CULTUREL NELSON-MANDELA - Var", dimension="Citoyenneté",
       keywords=["Environnement", "vacances / loisirs", "Mixité sociale"], territory="Un quartier",
       public=["Jeunesse"], declared=["Commune", "Bailleur social", "Entreprises"],
       resume="Quinze jeunes du quartier Berthe apprennent la voile le samedi matin et participent une fois par mois à un nettoyage de plage qu'ils organisent eux-mêmes.",
       experience="La Société nautique seynoise prête les dériveurs et met un moniteur diplômé à disposition.\nL'association Vague Propre 83 fournit le matériel de collecte et analyse les déchets ramassés.\nLe collège Paul-Éluard a proposé l'action aux élèves de l'option développement durable.",
       description="Sept nettoyages, 640 kg de déchets, dont 40 % de plastique.\nLes plages des Sablettes et de Fabrégas ont été concernées.",
       financial="Métropole Toulon Provence Méditerranée (TPM) : 5 000 €\nDépartement du Var : 3 000 €\nVille de La Seyne-sur-Mer : 2 500 €\nVar Habitat : 1 200 €\nMécénat Chantiers Naval Seynois : 2 000 €",
       people="1 animateur jeunesse, 1 moniteur de voile",
       res_habitants="Quatre jeunes ont passé leur niveau 2 de voile.",
       perspectives="Participer à la régate des quartiers.",
       funders=[
           F("Commune", 2500, "Ville de La Seyne-sur-Mer : 2 500 €", alt=["Ville de La Seyne-sur-Mer"]),
           F("Intercommunalité", 5000, "Métropole Toulon Provence Méditerranée (TPM) : 5 000 €",
             alt=["Métropole Toulon Provence Méditerranée", "TPM"]),
           F("Conseil départemental", 3000, "Département du Var : 3 000 €", alt=["Département du Var"]),
           F("Var Habitat", 1200, "Var Habitat : 1 200 €", alt=["Bailleur social"]),
           F("Chantiers Naval Seynois", 2000, "Mécénat Chantiers Naval Seynois : 2 000 €"),
       ],
       partners=[
           P("Société nautique seynoise", "La Société nautique seynoise prête les dériveurs et met un moniteur diplômé à disposition"),
           P("Vague Propre 83", "L'association Vague Propre 83 fournit le matériel de collecte"),
           P("Collège Paul-Éluard", "Le collège Paul-Éluard a proposé l'action aux élèves"),
       ],
       excluded=X(
           funders=["Société nautique seynoise (lends boats: partner only)"],
           partners=["plages des Sablettes et de Fabrégas (venues)", "régate des quartiers (event, future)",
                     "TPM, Département, Var Habitat, Chantiers Naval Seynois (funders only)",
                     "Ville (funder only; the declared Commune item is kept)"])),
]

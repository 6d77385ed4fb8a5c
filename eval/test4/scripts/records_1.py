"""Test set 4, fiches W01-W10."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk  # noqa: F401

R1 = [
    # W01 Alpes-Maritimes, urban QPV. CLAS; ANCT by "BOP 147"; Métropole "(contrat de ville)";
    # a fonds de dotation; colon budget lines; a staff first name; internal "secteur jeunes".
    mk("W01", "Coup de pouce devoirs aux Moulins",
       "CENTRE SOCIAL LES OLIVIERS DES MOULINS - Alpes-Maritimes",
       keywords=["éducation / scolarité", "Parentalité"], dimension="Services",
       resume="Accompagnement à la scolarité quatre soirs par semaine pour 45 enfants du CP à la 3e, avec un temps parents une fois par mois.",
       initiative=["Le centre social", "Un ou plusieurs partenaire(s)"], territory="Un quartier",
       experience="""L'action est née d'un constat partagé avec les directeurs d'écoles du quartier : beaucoup d'enfants n'ont personne à la maison pour les devoirs.
Les séances ont lieu dans nos locaux et dans une salle prêtée par l'école élémentaire Saint-Charles.
Les bénévoles sont recrutés avec l'association Étudiants Solidaires 06 qui nous envoie chaque année une dizaine d'étudiants de l'université.
Samia, notre coordinatrice, fait le lien avec les enseignants et le secteur jeunes prend le relais pour les collégiens.""",
       public=["Enfance", "familles"], declared=["Education nationale", "Caf", "Associations"],
       description="""Les collégiens du collège Jean-Giono sont orientés par la CPE et les professeurs principaux.
La médiathèque Raoul-Mille accueille un atelier lecture le mercredi.
Un point parents est animé avec l'École des parents et des éducateurs des Alpes-Maritimes (EPE 06).""",
       financial="""Caf (CLAS) : 6 800 €
Ville de Nice : 3 500 €
Métropole Nice Côte d'Azur (contrat de ville) : 2 000 €
Etat - crédits politique de la ville BOP 147 : 4 000 €
Fonds de dotation Azur Solidaire : 1 500 €
Participation des familles : 10 € par an et par enfant
Budget total : 19 450 €""",
       people="2 salariés, 14 bénévoles",
       res_territoire="Meilleure coopération avec les écoles.",
       res_habitants="Les parents osent davantage franchir la porte du collège.",
       perspectives="Ouvrir un groupe lycéens avec le lycée Masséna à la rentrée.",
       funders=[
           F("CAF", 6800, "Caf (CLAS) : 6 800 €", alt=["Caf des Alpes-Maritimes"]),
           F("Commune", 3500, "Ville de Nice : 3 500 €", alt=["Ville de Nice"]),
           F("Intercommunalité", 2000, "Métropole Nice Côte d'Azur (contrat de ville) : 2 000 €", alt=["Métropole Nice Côte d'Azur"]),
           F("ANCT", 4000, "Etat - crédits politique de la ville BOP 147 : 4 000 €", alt=ANCT_ALT + ["BOP 147"]),
           F("Fonds de dotation Azur Solidaire", 1500, "Fonds de dotation Azur Solidaire : 1 500 €", alt=["Azur Solidaire"]),
       ],
       partners=[
           P("École élémentaire Saint-Charles", "une salle prêtée par l'école élémentaire Saint-Charles"),
           P("Étudiants Solidaires 06", "l'association Étudiants Solidaires 06 qui nous envoie chaque année une dizaine d'étudiants"),
           P("Collège Jean-Giono", "Les collégiens du collège Jean-Giono sont orientés par la CPE"),
           P("Médiathèque Raoul-Mille", "La médiathèque Raoul-Mille accueille un atelier lecture"),
           P("École des parents et des éducateurs des Alpes-Maritimes", "l'École des parents et des éducateurs des Alpes-Maritimes (EPE 06)", alt=["EPE 06"]),
       ],
       budget=B(19450, "Budget total : 19 450 €"),
       excluded=X(funders=["Participation des familles (participants, per child)"],
                  partners=["Samia (staff)", "secteur jeunes (internal)", "université (generic, via the association)",
                            "lycée Masséna (future plan only)", "Caf, Ville, Métropole (funders only)"])),

    # W02 Hautes-Alpes, rural EVS. Mobility; LEADER; Département "2.500€"; MSA "trois mille euros";
    # a REFUSED Région; communauté de communes by official name; a garage lending a car (borderline).
    mk("W02", "Roule avec nous : transport solidaire en Champsaur",
       "ESPACE DE VIE SOCIALE LA GRANGE DU CHAMPSAUR - Hautes-Alpes",
       keywords=["Solidarité", "Viellissement"], dimension="Services",
       resume="Des chauffeurs bénévoles conduisent les personnes sans voiture vers les rendez-vous médicaux, les commerces et la gare de Gap.",
       initiative=["Un groupe d'habitants"], territory="Plusieurs communes",
       experience="""Sur nos villages, pas de bus en dehors du ramassage scolaire. Un groupe de retraités a proposé de mettre en commun leurs voitures.
Nous avons écrit une charte avec les bénévoles, souscrit une assurance et mis en place une plateforme téléphonique tenue par l'accueil de l'EVS.
Les demandes arrivent aussi par la France Services de Saint-Bonnet-en-Champsaur et par les assistantes sociales de la MSA Alpes-Vaucluse.""",
       public=["Seniors", "Adultes"], declared=["Intercommunalité", "MSA", "Autre"],
       description="""312 trajets en 2025, 41 bénéficiaires, 19 chauffeurs.
Le garage Faure Automobiles de Saint-Bonnet prête un véhicule pendant les révisions des voitures des bénévoles.
Le cabinet infirmier des Écrins et la pharmacie signalent les personnes isolées.""",
       financial="""Le Département des Hautes-Alpes finance à hauteur de 2.500€
La MSA nous a accordé trois mille euros sur deux ans
La communauté de communes Champsaur-Valgaudemar verse 4 000 € et met à disposition un local
Programme LEADER (GAL Pays Gapençais) : 5 200 €
La Région Sud a été sollicitée mais la demande n'a pas été retenue.
Les usagers versent 0,30 € par km, reversés aux chauffeurs.""",
       people="19 chauffeurs bénévoles, 1 salariée à mi-temps",
       res_habitants="Les personnes transportées disent sortir plus souvent.",
       limites="Difficile de trouver des chauffeurs le vendredi.",
       perspectives="Travailler avec le Département sur une ligne de transport à la demande.",
       funders=[
           F("Conseil départemental", 2500, "Le Département des Hautes-Alpes finance à hauteur de 2.500€", alt=["Département des Hautes-Alpes"]),
           F("MSA", 3000, "La MSA nous a accordé trois mille euros", alt=["MSA Alpes-Vaucluse"]),
           F("Intercommunalité", 4000, "La communauté de communes Champsaur-Valgaudemar verse 4 000 €", alt=["Communauté de communes Champsaur-Valgaudemar"]),
           F("Fonds européens", 5200, "Programme LEADER (GAL Pays Gapençais) : 5 200 €", alt=["LEADER", "FEADER"]),
       ],
       partners=[
           P("France Services Saint-Bonnet-en-Champsaur", "la France Services de Saint-Bonnet-en-Champsaur", alt=["France Services"]),
           P("MSA", "les assistantes sociales de la MSA Alpes-Vaucluse", alt=["MSA Alpes-Vaucluse"]),
           P("Faure Automobiles", "Le garage Faure Automobiles de Saint-Bonnet prête un véhicule", borderline=True),
           P("Cabinet infirmier des Écrins", "Le cabinet infirmier des Écrins et la pharmacie signalent les personnes isolées"),
           P("Intercommunalité", "met à disposition un local", borderline=True, alt=["Communauté de communes Champsaur-Valgaudemar"]),
       ],
       excluded=X(funders=["Région Sud (demande non retenue: refused)", "usagers 0,30 € par km (participants)",
                           "GAL Pays Gapençais (intermediary of LEADER)"],
                  partners=["la pharmacie (unnamed)", "GAL Pays Gapençais (intermediary)", "Département (funder; future plan)"])),

    # W03 Ardèche, rural centre. CERFA table pasted one value per line with template traps
    # (Etat: -, Fonds européens empty); Région by table line; TOTAL DES PRODUITS; a company's mécénat.
    mk("W03", "Festival des jardins partagés du Vivarais",
       "CENTRE SOCIAL DU PAYS DE LAMASTRE - Ardèche",
       keywords=["Environnement", "développement durable", "Culture"], dimension="Accompagnement de projets",
       resume="Deux jours de fête autour des jardins partagés : trocs de graines, ateliers, concert, repas.",
       initiative=["Un groupe d'habitants", "Le centre social"], territory="Plusieurs communes",
       experience="""Les jardiniers des quatre jardins partagés du canton ont voulu montrer leur travail.
Le comité d'organisation réunit les jardiniers, l'association Graines et Partages 07 et le lycée agricole du Vivarais qui a fait les plants.""",
       public=["Tous publics"], declared=["Commune", "Associations", "Région"],
       description="""Les Jardins de Cocagne de Tournon ont tenu un stand et animé un atelier compost.
La mairie de Lamastre a prêté le parc et les barnums.
Concert de la fanfare Les Cuivrés du Doux.
Budget prévisionnel transmis :
70 - Vente de produits
Buvette, repas
2 100
74 - Subventions d'exploitation
Etat :
-
Région(s) :
Auvergne-Rhône-Alpes
3 000
Département(s) :
Ardèche
1 800
Commune(s) :
Lamastre
900
Fonds européens
Aides privées
Biocoop Vallée du Doux (mécénat)
600
TOTAL DES PRODUITS
8 400""",
       financial="Voir tableau ci-dessus.",
       people="35 bénévoles",
       res_territoire="1 200 visiteurs sur deux jours.",
       perspectives="Une édition tous les deux ans.",
       funders=[
           F("Commune", 900, "Commune(s) :\nLamastre\n900", alt=["Lamastre", "Mairie de Lamastre"]),
           F("Région", 3000, "Région(s) :\nAuvergne-Rhône-Alpes\n3 000", alt=["Région Auvergne-Rhône-Alpes"]),
           F("Conseil départemental", 1800, "Département(s) :\nArdèche\n1 800", alt=["Département de l'Ardèche"]),
           F("Biocoop Vallée du Doux", 600, "Biocoop Vallée du Doux (mécénat)\n600"),
       ],
       partners=[
           P("Commune", "La mairie de Lamastre a prêté le parc", alt=["Mairie de Lamastre"]),
           P("Graines et Partages 07", "l'association Graines et Partages 07"),
           P("Lycée agricole du Vivarais", "le lycée agricole du Vivarais qui a fait les plants"),
           P("Jardins de Cocagne de Tournon", "Les Jardins de Cocagne de Tournon ont tenu un stand"),
           P("Les Cuivrés du Doux", "Concert de la fanfare Les Cuivrés du Doux", borderline=True),
       ],
       budget=B(8400, "TOTAL DES PRODUITS\n8 400"),
       excluded=X(funders=["Etat (template line with '-')", "Fonds européens (template line, no amount)",
                           "70 - Vente de produits 2 100 (own sales)"],
                  partners=["jardiniers (inhabitants)", "Biocoop Vallée du Doux (sponsor only)"])),

    # W04 Aveyron, rural EVS. Prose budget with amounts in brackets; Conférence des financeurs;
    # Carsat; a mutuelle; "un café" trap; EHPAD, ADMR; a doctor (person).
    mk("W04", "Les après-midis du Lévézou : rompre l'isolement des aînés",
       "EVS LOU CANTOU - Aveyron",
       keywords=["Viellissement", "intergénérationnel"], dimension="Citoyenneté",
       resume="Chaque jeudi, un après-midi jeux, mémoire et goûter dans une commune différente du plateau, avec transport organisé.",
       initiative=["Le centre social"], territory="Plusieurs communes",
       experience="""Les aînés du plateau du Lévézou vivent souvent seuls dans des hameaux. Nous tournons sur six communes.
L'ADMR du Lévézou et l'EHPAD de Salles-Curan nous orientent des personnes ; l'animatrice de l'EHPAD vient une fois par mois avec des résidents.
Le Dr Vialettes, médecin à Pont-de-Salars, relaie l'information auprès de ses patients.""",
       public=["Seniors"], declared=["Commune", "Associations"],
       description="""On commence toujours par un café et on finit par un goûter fait par les bénévoles.
La gendarmerie de Pont-de-Salars est venue faire une séance sur les arnaques téléphoniques.""",
       financial="""Le projet tient grâce à la Conférence des financeurs de l'Aveyron (4 500 €), à la Carsat Midi-Pyrénées (2 000 €) et à la Mutuelle Rouergate Entraide qui a donné 800 €. Les communes prêtent les salles. Coût total de l'année : 9 800 €, le reste sur nos fonds propres.""",
       people="1 animatrice, 12 bénévoles",
       res_habitants="Des liens se créent entre hameaux, certaines personnes se téléphonent entre deux rencontres.",
       perspectives="Ajouter un atelier numérique avec la médiathèque intercommunale.",
       funders=[
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 4500, "la Conférence des financeurs de l'Aveyron (4 500 €)", alt=["Conférence des financeurs", "CFPPA"]),
           F("CARSAT", 2000, "la Carsat Midi-Pyrénées (2 000 €)", alt=["Carsat Midi-Pyrénées"]),
           F("Mutuelle Rouergate Entraide", 800, "la Mutuelle Rouergate Entraide qui a donné 800 €"),
       ],
       partners=[
           P("ADMR du Lévézou", "L'ADMR du Lévézou et l'EHPAD de Salles-Curan nous orientent des personnes", alt=["ADMR"]),
           P("EHPAD de Salles-Curan", "l'EHPAD de Salles-Curan nous orientent des personnes"),
           P("Gendarmerie de Pont-de-Salars", "La gendarmerie de Pont-de-Salars est venue faire une séance", alt=["Gendarmerie"]),
           P("Commune", "Les communes prêtent les salles", borderline=True, alt=["Communes"]),
       ],
       budget=B(9800, "Coût total de l'année : 9 800 €"),
       excluded=X(funders=["un café (negative for CAF)", "Communes (lend rooms, not valued)", "fonds propres (the structure)"],
                  partners=["Dr Vialettes (individual)", "animatrice de l'EHPAD (staff of an annotated body)",
                            "médiathèque intercommunale (future plan only)"])),

    # W05 Calvados, urban QPV. Structure line with an inner ' - '; ANCT as "contrat de ville" State credits; Caen la mer; an invented bailleur;
    # "2 k€"; PENDING FDVA; PMI partner; a lowercase list of partners.
    mk("W05", "Bébés lecteurs à la Guérinière",
       "CENTRE SOCIAL LA CARAVELLE - GUÉRINIÈRE - Calvados",
       keywords=["Parentalité", "Culture", "éducation / scolarité"], dimension="Services",
       resume="Lectures d'albums pour les tout-petits et leurs parents, deux matinées par mois, au centre et dans les halls d'immeubles.",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Le projet est porté par notre référente familles avec une bibliothécaire.
partenaires : bibliothèque alexis-de-tocqueville, pmi de la guérinière, relais petite enfance caen sud, association lire et délire 14
Les lectures dans les halls se font avec l'accord et l'aide des gardiens de Caen Habitat Social.""",
       public=["Petite enfance", "familles"], declared=["Commune", "Bailleur social", "Conseil départemental"],
       description="""24 séances, 63 familles différentes, dont 20 qui ne fréquentaient pas le centre.
Chaque famille repart avec un livre offert.""",
       financial="""- Contrat de ville (crédits Etat) 2 k€
- Caen la mer 1 500 €
- Ville de Caen 1 200 €
- Caen Habitat Social 800 € + prêt des halls
- FDVA : dossier déposé en novembre, en attente
- Département du Calvados : 1 000 € (appel à projets lecture petite enfance)""",
       people="1 référente familles, 1 bibliothécaire, 3 bénévoles",
       res_centre="De nouvelles familles inscrites aux ateliers parents-enfants.",
       perspectives="Étendre aux crèches du quartier.",
       funders=[
           F("Commune", 1200, "Ville de Caen 1 200 €", alt=["Ville de Caen"]),
           F("ANCT", 2000, "Contrat de ville (crédits Etat) 2 k€", alt=ANCT_ALT),
           F("Intercommunalité", 1500, "Caen la mer 1 500 €", alt=["Caen la mer"]),
           F("Caen Habitat Social", 800, "Caen Habitat Social 800 €", alt=["Bailleur social"]),
           F("Conseil départemental", 1000, "Département du Calvados : 1 000 €", alt=["Département du Calvados"]),
       ],
       partners=[
           P("Bibliothèque Alexis-de-Tocqueville", "bibliothèque alexis-de-tocqueville"),
           P("PMI", "pmi de la guérinière", alt=["PMI de la Guérinière"]),
           P("Relais Petite Enfance Caen Sud", "relais petite enfance caen sud", alt=["Relais Petite Enfance"]),
           P("Lire et Délire 14", "association lire et délire 14"),
           P("Caen Habitat Social", "l'aide des gardiens de Caen Habitat Social"),
       ],
       excluded=X(funders=["FDVA (en attente: pending)"],
                  partners=["référente familles, bibliothécaire (staff)", "crèches du quartier (future plan, generic)",
                            "Département (funder only; declared as Conseil départemental)"])),

    # W06 Cher, small town. Long narrative; amounts with "e" and "euros"; a past funder (yearly);
    # ANS; a club with digits; France Travail partner not funder; the CCAS of the town.
    mk("W06", "Sport santé au féminin à Vierzon",
       "CENTRE SOCIAL DU CLOS DU ROY - Cher",
       keywords=["Santé", "Mixité sociale"], dimension="Citoyenneté",
       resume="Marche nordique, gym douce et vélo pour des femmes éloignées de la pratique sportive, avec garde d'enfants pendant les séances.",
       initiative=["Un groupe d'habitants"], territory="Un quartier",
       experience="""Tout est parti d'une discussion au café des mamans : plusieurs femmes voulaient bouger mais n'osaient pas aller en club. Nous avons contacté l'Union Sportive Vierzonnaise 18 qui a accepté de détacher une éducatrice sportive deux fois par semaine. La première année nous avons fonctionné avec les moyens du bord, puis le projet a grandi : aujourd'hui 38 femmes sont inscrites, certaines viennent depuis trois ans. Les séances de vélo se font avec l'atelier Vélo Vierzon Solidaire qui répare les vélos donnés. Les conseillères de France Travail orientent des femmes en recherche d'emploi pour qui la reprise d'une activité physique fait partie du parcours, et le CCAS de Vierzon propose l'action aux bénéficiaires du RSA qu'il accompagne.""",
       public=["Adultes"], declared=["Commune", "CCAS", "Associations"],
       description="Séances le mardi et le jeudi, garde d'enfants assurée par deux animatrices de notre halte-garderie.",
       financial="""Agence nationale du sport (PSF) 3500e
Ville de Vierzon 2000 euros
CPAM du Cher 1 800 e (prévention)
De 2022 à 2024 la Fondation Sport et Partage nous a soutenus à hauteur de 1 000 € par an, le soutien s'est arrêté cette année.""",
       people="1 éducatrice sportive, 2 animatrices, 1 référente",
       res_habitants="Perte de poids, meilleur sommeil, sorties entre femmes en dehors des séances.",
       limites="Les horaires ne conviennent pas aux femmes qui travaillent.",
       perspectives="Créer une section loisirs au sein de l'USV 18.",
       funders=[
           F("Commune", 2000, "Ville de Vierzon 2000 euros", alt=["Ville de Vierzon"]),
           F("ANS", 3500, "Agence nationale du sport (PSF) 3500e", alt=["Agence nationale du sport"]),
           F("CPAM", 1800, "CPAM du Cher 1 800 e", alt=["CPAM du Cher"]),
           F("Fondation Sport et Partage", 1000, "la Fondation Sport et Partage nous a soutenus à hauteur de 1 000 € par an"),
       ],
       partners=[
           P("Union Sportive Vierzonnaise 18", "l'Union Sportive Vierzonnaise 18 qui a accepté de détacher une éducatrice sportive", alt=["USV 18"]),
           P("Vélo Vierzon Solidaire", "l'atelier Vélo Vierzon Solidaire qui répare les vélos donnés"),
           P("France Travail", "Les conseillères de France Travail orientent des femmes"),
           P("CCAS", "le CCAS de Vierzon propose l'action aux bénéficiaires du RSA", alt=["CCAS de Vierzon"]),
       ],
       excluded=X(funders=["café des mamans (negative for CAF)"],
                  partners=["halte-garderie (internal)", "éducatrice sportive (staff of the club)"])),

    # W07 Côte-d'Or, Dijon. Percent without base; Dijon Métropole; DRAC; a company's gift in kind
    # valued (borderline); "Actions" bare line inside the Description; a theatre company.
    mk("W07", "Théâtre forum « Ça nous regarde »",
       "MAISON DE QUARTIER DES GRÉSILLES - Côte-d'Or",
       keywords=["Culture", "discriminations", "Démocratie & citoyenneté"], dimension="Citoyenneté",
       resume="Un groupe de douze habitants a écrit et joué des scènes de théâtre forum sur les discriminations vécues au quotidien.",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Ateliers d'écriture puis de jeu pendant six mois avec la compagnie Les Arpenteurs du Réel.
Trois représentations : au centre, au lycée Hippolyte-Fontaine et à l'Université de Bourgogne.""",
       public=["Adultes", "Jeunesse"], declared=["Commune", "Autre"],
       description="""Les scènes ont été choisies par les habitants : un refus de location, un contrôle, un entretien d'embauche.
Actions
Le mot "Actions" revient souvent dans nos bilans : ici il s'agissait surtout de donner la parole.
Le Défenseur des droits, par sa déléguée, a animé le débat après la représentation au lycée.
L'imprimerie Dijon Offset a offert l'impression des affiches (valeur 350 €).""",
       financial="""Financement à 60 % par la Ville de Dijon, le reste par Dijon Métropole au titre du contrat de ville, la DRAC Bourgogne-Franche-Comté pour 2 400 €.
Coût du projet : 8 600 €.""",
       people="12 habitants comédiens, 2 comédiens professionnels",
       res_habitants="Plusieurs participants ont pris la parole en public pour la première fois.",
       perspectives="Jouer la pièce dans les autres maisons de quartier de Dijon.",
       funders=[
           F("Commune", None, "Financement à 60 % par la Ville de Dijon", alt=["Ville de Dijon"]),
           F("Intercommunalité", None, "le reste par Dijon Métropole au titre du contrat de ville", alt=["Dijon Métropole"]),
           F("DRAC", 2400, "la DRAC Bourgogne-Franche-Comté pour 2 400 €", alt=["DRAC Bourgogne-Franche-Comté", "État"]),
           F("Dijon Offset", 350, "L'imprimerie Dijon Offset a offert l'impression des affiches (valeur 350 €)", borderline=True),
       ],
       partners=[
           P("Les Arpenteurs du Réel", "la compagnie Les Arpenteurs du Réel"),
           P("Lycée Hippolyte-Fontaine", "au lycée Hippolyte-Fontaine", borderline=True),
           P("Université de Bourgogne", "à l'Université de Bourgogne", borderline=True),
           P("Défenseur des droits", "Le Défenseur des droits, par sa déléguée, a animé le débat"),
           P("Dijon Offset", "L'imprimerie Dijon Offset a offert l'impression", borderline=True),
       ],
       budget=B(8600, "Coût du projet : 8 600 €."),
       excluded=X(funders=["contrat de ville (Dijon Métropole pays; not ANCT)"],
                  partners=["habitants comédiens (inhabitants)", "autres maisons de quartier (future plan)"])),

    # W08 Dordogne, rural. Per-unit amounts (per child) -> null; VACAF-like individual aid not funder;
    # ANCV; MSA; Périgord-Limousin... communauté de communes; empty Fichier(s) header absent.
    mk("W08", "Premiers départs en vacances familles",
       "CENTRE SOCIAL ET CULTUREL DU RIBÉRACOIS - Dordogne",
       files=None, keywords=["vacances / loisirs", "Parentalité", "Précarité"], dimension="Accompagnement de projets",
       resume="Accompagner huit familles qui ne partent jamais à préparer et vivre une semaine de vacances.",
       initiative=["Le centre social"], territory="Plusieurs communes",
       experience="""Six réunions de préparation : budget, destination, valises, activités.
Les familles ont choisi un camping à Soulac. Le Secours populaire de Ribérac a fourni des sacs de couchage et du matériel.""",
       public=["familles"], declared=["Caf", "MSA", "Intercommunalité"],
       description="""Les familles ont payé une partie avec l'aide aux vacances VACAF et leur épargne constituée pendant l'année.
Un chantier d'autofinancement (vente de crêpes au marché) a rapporté 420 €.""",
       financial="""ANCV (programme Départ 18:25 et aide aux projets vacances) : 150 € par personne
Caf de la Dordogne : 3 200 €
MSA Dordogne-Lot-et-Garonne : 1 400 €
Communauté de communes du Pays Ribéracois : 1 000 €""",
       people="2 salariés",
       res_habitants="Pour six familles c'étaient les premières vacances.",
       perspectives="Renouveler avec un deuxième groupe.",
       funders=[
           F("Intercommunalité", 1000, "Communauté de communes du Pays Ribéracois : 1 000 €", alt=["Communauté de communes du Pays Ribéracois"]),
           F("ANCV", None, "ANCV (programme Départ 18:25 et aide aux projets vacances) : 150 € par personne", alt=["Agence nationale pour les chèques-vacances"]),
           F("CAF", 3200, "Caf de la Dordogne : 3 200 €", alt=["Caf de la Dordogne"]),
           F("MSA", 1400, "MSA Dordogne-Lot-et-Garonne : 1 400 €", alt=["MSA Dordogne-Lot-et-Garonne"]),
       ],
       partners=[
           P("Secours populaire de Ribérac", "Le Secours populaire de Ribérac a fourni des sacs de couchage", alt=["Secours populaire"]),
       ],
       excluded=X(funders=["VACAF (individual aid to families)", "épargne des familles (participants)",
                           "vente de crêpes 420 € (own sales)", "Secours populaire (gave equipment, not valued)"],
                  partners=["camping à Soulac (a place)", "marché (a place)"])),

    # W09 Finistère, Brest. ALL-CAPS lines; Brest métropole; Région Bretagne; Fondation (own name);
    # a Mission locale; "1.200 €"; a range for the Ville.
    mk("W09", "REPAIR CAFÉ ET ATELIER VÉLO DE KERANGOFF",
       "CENTRE SOCIAL DE KERANGOFF - Finistère",
       keywords=["Environnement", "développement durable", "Solidarité"], dimension="Services",
       resume="UN SAMEDI PAR MOIS, LES HABITANTS RÉPARENT ENSEMBLE PETIT ÉLECTROMÉNAGER, VÊTEMENTS ET VÉLOS.",
       initiative=["Un habitant"], territory="Un quartier",
       experience="""OBJECTIFS : RÉDUIRE LES DÉCHETS, CRÉER DU LIEN, TRANSMETTRE DES SAVOIR-FAIRE.
ACTEURS : LES BÉNÉVOLES RÉPARATEURS, L'ASSOCIATION BREST À PIED ET À VÉLO (BAPAV), LA MISSION LOCALE DU PAYS DE BREST QUI ORIENTE DES JEUNES EN SERVICE CIVIQUE.
Les déchets non réparables partent à la recyclerie Un Peu d'R.""",
       public=["Tous publics"], declared=["Commune", "Intercommunalité", "Associations"],
       description="""10 REPAIR CAFÉS EN 2025, 260 OBJETS RÉPARÉS SUR 340.
L'entreprise Tri Ouest Services a fourni gratuitement des caisses et l'enlèvement des DEEE.""",
       financial="""VILLE DE BREST : ENTRE 1 500 ET 2 000 € SELON LES ANNÉES
BREST MÉTROPOLE (PRÉVENTION DES DÉCHETS) : 1.200 €
RÉGION BRETAGNE : 2 500 €
FONDATION OCÉANE POUR L'ÉCONOMIE CIRCULAIRE : 3 000 €""",
       people="1 ANIMATEUR, 15 BÉNÉVOLES",
       res_territoire="MOINS DE DÉPÔTS SAUVAGES AU PIED DES IMMEUBLES SELON LE BAILLEUR.",
       perspectives="OUVRIR UN ATELIER COUTURE AVEC LE LYCÉE VAUBAN.",
       funders=[
           F("Commune", None, "VILLE DE BREST : ENTRE 1 500 ET 2 000 €", alt=["Ville de Brest"], rng=(1500, 2000)),
           F("Intercommunalité", 1200, "BREST MÉTROPOLE (PRÉVENTION DES DÉCHETS) : 1.200 €", alt=["Brest Métropole"]),
           F("Région", 2500, "RÉGION BRETAGNE : 2 500 €", alt=["Région Bretagne"]),
           F("Fondation Océane pour l'économie circulaire", 3000, "FONDATION OCÉANE POUR L'ÉCONOMIE CIRCULAIRE : 3 000 €", alt=["Fondation Océane"]),
       ],
       partners=[
           P("Brest à Pied et à Vélo", "L'ASSOCIATION BREST À PIED ET À VÉLO (BAPAV)", alt=["BAPAV"]),
           P("Mission locale du Pays de Brest", "LA MISSION LOCALE DU PAYS DE BREST QUI ORIENTE DES JEUNES", alt=["Mission locale"]),
           P("Un Peu d'R", "Les déchets non réparables partent à la recyclerie Un Peu d'R."),
           P("Tri Ouest Services", "L'entreprise Tri Ouest Services a fourni gratuitement des caisses et l'enlèvement des DEEE", borderline=True),
       ],
       excluded=X(funders=["REPAIR CAFÉ (negative for CAF)", "Tri Ouest Services (in kind, not valued)"],
                  partners=["le bailleur (unnamed)", "lycée Vauban (future plan only)", "bénévoles réparateurs (individuals)"])),

    # W10 Gard, Nîmes QPV. FIPDR; Cité éducative; police nationale partner; CAF PS jeunes;
    # a REFUSED ANS; page header after this fiche.
    mk("W10", "Médiation de rue l'été à Pissevin",
       "CENTRE SOCIAL ESPACE PISSEVIN - Gard",
       keywords=["Mixité sociale", "Démocratie & citoyenneté"], dimension="Citoyenneté",
       resume="Deux médiateurs et deux animateurs présents dans les espaces publics en soirée, juillet et août, avec des animations sportives et des veillées.",
       initiative=["Un ou plusieurs partenaire(s)"], territory="Un quartier",
       experience="""Action co-construite avec la délégation du préfet et le service prévention de la Ville de Nîmes.
Une réunion hebdomadaire réunit le centre social, l'association Prévention Gard Avenir, la police nationale (commissariat de Nîmes) et les gardiens d'Habitat du Gard.""",
       public=["Jeunesse", "Tous publics"], declared=["Préfecture", "Commune", "Bailleur social"],
       description="""42 soirées, 1 900 passages d'enfants et de jeunes.
Veillées contes avec la compagnie Les Nuits Bavardes.""",
       financial="""FIPD : 6 000 €
Cité éducative de Nîmes : 4 500 €
Caf du Gard (prestation de service jeunes) : 3 800 €
Ville de Nîmes : 2 500 €
Demande ANS « Quartiers d'été sport » refusée.""",
       people="2 médiateurs, 2 animateurs, 6 bénévoles",
       res_territoire="Baisse des tensions signalée par les bailleurs.",
       perspectives="Prolonger pendant les vacances d'automne.",
       page_header_after=True,
       funders=[
           F("Commune", 2500, "Ville de Nîmes : 2 500 €", alt=["Ville de Nîmes"]),
           F("FIPDR", 6000, "FIPD : 6 000 €", alt=["FIPD", "Préfecture"]),
           F("Cité éducative", 4500, "Cité éducative de Nîmes : 4 500 €", alt=["Cité éducative de Nîmes", "Éducation nationale"]),
           F("CAF", 3800, "Caf du Gard (prestation de service jeunes) : 3 800 €", alt=["Caf du Gard"]),
       ],
       partners=[
           P("Préfecture", "la délégation du préfet", borderline=True, alt=["Délégué du préfet", "État"]),
           P("Commune", "le service prévention de la Ville de Nîmes", alt=["Ville de Nîmes"]),
           P("Prévention Gard Avenir", "l'association Prévention Gard Avenir"),
           P("Police nationale", "la police nationale (commissariat de Nîmes)", alt=["Commissariat de Nîmes"]),
           P("Habitat du Gard", "les gardiens d'Habitat du Gard"),
           P("Les Nuits Bavardes", "la compagnie Les Nuits Bavardes"),
       ],
       excluded=X(funders=["ANS (demande refusée)"],
                  partners=["les bailleurs (generic)"])),
]

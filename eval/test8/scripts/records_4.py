"""Test set 8, fiches K31-K40 (written blind; see ../README.md)."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk
from eval.sets.spec import PAGE_SENTINEL as PG

R4 = [
    # K31 Puy-de-Dôme, rural (Livradois-Forez). The Cnaf named as payer ("fonds publics et
    # territoires de la Cnaf") NEXT TO the Caf's own prestation; a communauté de communes by its own
    # name; leader dots ("........"); an amount written "€ 1 200" (symbol first); a mutual insurer;
    # a ludothèque and a collège; the youth of the structure (own service).
    mk("K31", "Le Local des ados d'Ambert : un lieu à eux, construit avec eux",
       "CENTRE SOCIAL DU PAYS D'AMBERT - Puy-de-Dôme",
       dimension="Accompagnement de projets", keywords=["vacances / loisirs", "Démocratie & citoyenneté"],
       initiative=["Un groupe d'habitants"], territory="Plusieurs communes",
       public=["Jeunesse"], declared=["Caf", "Intercommunalité"],
       resume="Un groupe de 14 jeunes de 12 à 17 ans a obtenu l'ouverture d'un local dans l'ancienne gare d'Ambert. Ils ont repeint, meublé, écrit le règlement, et gèrent avec l'animateur un budget de projets (sorties, soirées, mini-camp).",
       experience="Notre secteur jeunes accompagne le groupe.\nLa ludothèque La Toupie prête des jeux et anime une soirée par mois.\nLe collège Henri-Pourrat relaie les propositions et accueille une permanence de l'animateur le midi.",
       description="Ouverture le mercredi, le vendredi soir et pendant les vacances. 52 jeunes différents en 2024.",
       financial="Caf du Puy-de-Dôme, prestation de service jeunes ........ 6 500 €\nFonds publics et territoires de la Cnaf (volet adolescents) ........ 3 000 €\nAmbert Livradois Forez ........ 2 500 €\nMutuelle des Monts Forez ........ € 1 200\nAutofinancement des jeunes (buvette du festival) ........ 480 €\nTotal ........ 13 680 €",
       people="1 animateur jeunesse, 1 service civique",
       res_territoire="Des jeunes visibles et reconnus par les élus.",
       res_centre="Le secteur jeunes a doublé sa fréquentation.",
       res_habitants="Les jeunes ont appris à gérer un budget et à négocier.",
       limites="Le local n'est pas accessible aux personnes à mobilité réduite.",
       perspectives="Un mini-camp itinérant à vélo sur la voie verte.",
       funders=[
           F("Intercommunalité", 2500, "Ambert Livradois Forez ........ 2 500 €",
             alt=["Ambert Livradois Forez"]),
           F("CAF", 6500, "Caf du Puy-de-Dôme, prestation de service jeunes ........ 6 500 €",
             alt=["Caf du Puy-de-Dôme"]),
           F("CNAF", 3000,
             "Fonds publics et territoires de la Cnaf (volet adolescents) ........ 3 000 €",
             alt=["Fonds publics et territoires"]),
           F("Mutuelle des Monts Forez", 1200, "Mutuelle des Monts Forez ........ € 1 200"),
       ],
       partners=[
           P("La Toupie", "La ludothèque La Toupie prête des jeux et anime une soirée par mois",
             alt=["Ludothèque La Toupie"]),
           P("Collège Henri-Pourrat", "Le collège Henri-Pourrat relaie les propositions"),
       ],
       budget=B(13680, "Total ........ 13 680 €"),
       excluded=X(
           funders=["Autofinancement des jeunes (buvette) : 480 € (own receipts)"],
           partners=["Notre secteur jeunes (the structure's own service)",
                     "élus (generic)",
                     "Caf, Cnaf, Ambert Livradois Forez, Mutuelle des Monts Forez (funders only)"])),

    # K32 Haut-Rhin, small urban (Wittenheim). Collectivité européenne d'Alsace written "CeA" first
    # and expanded later; m2A; REAAP 68; Carsat Alsace-Moselle "= 1 500 €" (equals sign); the
    # language office OLCA with its expansion (partner); a crèche, a médiathèque; the CeA's own
    # social service (-> Collectivité européenne d'Alsace partner).
    mk("K32", "Wie geht's ? Ateliers parents-enfants en alsacien et en français",
       "CENTRE SOCIAL ET CULTUREL DE LA CITÉ SAINTE-BARBE - Haut-Rhin",
       dimension="Citoyenneté", keywords=["Parentalité", "Culture", "intergénérationnel"],
       initiative=["Un habitant"], territory="Une commune",
       public=["familles", "Petite enfance", "Seniors"], declared=["Commune", "Autre"],
       resume="Des grands-parents qui parlent alsacien animent avec les parents des comptines, des jeux et des recettes pour les enfants de 0 à 6 ans. Une manière de transmettre la langue et de créer du lien entre les anciens de la cité minière et les jeunes familles.",
       experience="L'Office pour la langue et les cultures d'Alsace et de Moselle (OLCA) fournit les albums et forme les grands-parents conteurs.\nLa crèche Les P'tits Mineurs accueille un atelier par mois dans ses locaux.\nLa médiathèque de Wittenheim prête des albums bilingues.\nLes travailleurs sociaux de la CeA orientent des familles isolées.",
       description="2 ateliers par mois, 23 familles, 9 grands-parents.",
       financial="CeA : 2 000 €\nm2A (Mulhouse Alsace Agglomération) : 1 500 €\nREAAP 68 : 1 200 €\nCarsat Alsace-Moselle = 1 500 € (volet lien social des retraités)\nVille de Wittenheim : prêt de la salle des fêtes pour la fête de fin d'année",
       people="1 référente familles, 9 bénévoles",
       res_territoire="",
       res_centre="Une action qui fait venir des retraités de la cité.",
       res_habitants="Des enfants qui chantent en alsacien avec leurs grands-parents.",
       limites="Peu de pères.",
       perspectives="Un livret de comptines édité avec la Collectivité européenne d'Alsace.",
       funders=[
           F("Commune", None, "Ville de Wittenheim : prêt de la salle des fêtes",
             borderline=True, alt=["Ville de Wittenheim"]),
           F("Intercommunalité", 1500, "m2A (Mulhouse Alsace Agglomération) : 1 500 €",
             alt=["m2A", "Mulhouse Alsace Agglomération"]),
           F("Collectivité européenne d'Alsace", 2000, "CeA : 2 000 €",
             alt=["CeA", "Conseil départemental"]),
           F("REAAP", 1200, "REAAP 68 : 1 200 €", alt=["REAAP 68"]),
           F("CARSAT", 1500, "Carsat Alsace-Moselle = 1 500 €", alt=["Carsat Alsace-Moselle"]),
       ],
       partners=[
           P("OLCA", "L'Office pour la langue et les cultures d'Alsace et de Moselle (OLCA) fournit les albums et forme les grands-parents conteurs",
             alt=["Office pour la langue et les cultures d'Alsace et de Moselle"]),
           P("Crèche Les P'tits Mineurs", "La crèche Les P'tits Mineurs accueille un atelier par mois"),
           P("Médiathèque de Wittenheim", "La médiathèque de Wittenheim prête des albums bilingues"),
           P("Collectivité européenne d'Alsace", "Les travailleurs sociaux de la CeA orientent des familles isolées",
             alt=["CeA"]),
           P("Commune", "Ville de Wittenheim : prêt de la salle des fêtes", borderline=True,
             alt=["Ville de Wittenheim"]),
       ],
       excluded=X(
           funders=["OLCA, médiathèque (lend albums: partners only)"],
           partners=["grands-parents conteurs (individuals)",
                     "m2A, REAAP 68, Carsat (funders only)"])),

    # K33 Saône-et-Loire, urban QPV (Chalon-sur-Saône). No "Fichier(s) associé(s)" header; a PAGE
    # HEADER inside the financial field between two funder lines; "Le Grand Chalon"; a bailleur by
    # acronym; sales of clothes "à prix symbolique" (own sales); Emmaüs and an ESAT; the Caf only
    # as a website ("caf.fr") in the text AND as a real funder in the financial field.
    mk("K33", "La Penderie : vestiaire solidaire et atelier retouches",
       "CENTRE SOCIAL DES PRÉS-SAINT-JEAN - Saône-et-Loire",
       files=None, dimension="Services", keywords=["Précarité", "Environnement", "Solidarité"],
       initiative=["Un groupe d'habitants"], territory="Un quartier",
       public=["Tous publics"], declared=["Caf", "Commune", "Bailleur social"],
       resume="Un vestiaire où les habitants déposent et trouvent des vêtements à prix symbolique (de 0,50 € à 3 €), avec un coin retouches tenu par deux couturières bénévoles. On y aide aussi à faire ses démarches sur caf.fr ou sur le site de la mutuelle.",
       experience="Emmaüs Chalon récupère ce que nous ne pouvons pas vendre.\nL'ESAT de la Thalie repasse et plie le linge une fois par semaine.\nLes assistantes sociales de la Maison départementale des solidarités orientent des familles avec des bons d'achat.",
       description="2 800 vêtements donnés ou vendus en 2024, 410 foyers.",
       financial="Le Grand Chalon : 2 500 €\nVille de Chalon-sur-Saône : 2 000 €\n" + PG + "\nCaf de Saône-et-Loire (animation locale) : 1 800 €\nOPAC Saône-et-Loire : 800 € et prêt d'un local de stockage\nVentes au vestiaire : environ 2 100 € qui couvrent les fournitures de retouche.",
       people="1 animatrice, 11 bénévoles",
       res_territoire="Moins de textiles jetés dans les bacs du quartier.",
       res_centre="",
       res_habitants="Des habitants qui viennent d'abord pour les vêtements puis restent pour le café.",
       limites="Le stockage déborde en septembre.",
       perspectives="Un défilé de mode solidaire avec le lycée Émiland-Gauthey.",
       funders=[
           F("Commune", 2000, "Ville de Chalon-sur-Saône : 2 000 €",
             alt=["Ville de Chalon-sur-Saône"]),
           F("Intercommunalité", 2500, "Le Grand Chalon : 2 500 €", alt=["Le Grand Chalon", "Grand Chalon"]),
           F("CAF", 1800, "Caf de Saône-et-Loire (animation locale) : 1 800 €",
             alt=["Caf de Saône-et-Loire"]),
           F("OPAC Saône-et-Loire", 800, "OPAC Saône-et-Loire : 800 € et prêt d'un local de stockage",
             alt=["Bailleur social"]),
       ],
       partners=[
           P("Emmaüs Chalon", "Emmaüs Chalon récupère ce que nous ne pouvons pas vendre",
             alt=["Emmaüs"]),
           P("ESAT de la Thalie", "L'ESAT de la Thalie repasse et plie le linge"),
           P("Conseil départemental",
             "Les assistantes sociales de la Maison départementale des solidarités orientent des familles",
             alt=["Maison départementale des solidarités"]),
           P("OPAC Saône-et-Loire", "prêt d'un local de stockage"),
       ],
       excluded=X(
           funders=["Ventes au vestiaire : environ 2 100 € (own sales)",
                    "\"caf.fr\" (a website; the Caf is a funder anyway)",
                    "Maison départementale des solidarités (bons d'achat to families: orients, partner only)"],
           partners=["couturières bénévoles (individuals)",
                     "lycée Émiland-Gauthey (future plan only)",
                     "Grand Chalon, Ville, Caf (funders only)"])),

    # K34 Haute-Savoie, urban QPV (Cluses). Contrat de ville credits of the State (ANCT) written as
    # "crédits État contrat de ville"; the 2CCAM by acronym and name; an invented industrial fonds de
    # dotation; a company hosting internships (partner); a lycée, a Mission locale; the Région only
    # launched a call for projects (not a funder: "appel à projets de la Région … non sollicité").
    mk("K34", "Décolle ton avenir : découvrir les métiers de la vallée de l'Arve",
       "CENTRE SOCIAL DES ÉGLANTINES - Haute-Savoie",
       dimension="Accompagnement de projets", keywords=["Emploi, économie", "éducation / scolarité"],
       initiative=["Le centre social"], territory="Plusieurs communes",
       public=["Jeunesse"], declared=["Commune", "Intercommunalité", "Entreprises"],
       resume="Des visites d'entreprises de décolletage, des ateliers de découverte de la mécanique de précision et des stages d'une semaine pour des jeunes de 15 à 20 ans du quartier des Ewües qui ne savent pas vers quoi s'orienter.",
       experience="Le lycée Charles-Poncet ouvre ses ateliers le mercredi pour des initiations.\nL'entreprise Décolletage Bouvard accueille des stagiaires et a désigné un tuteur.\nLa Mission locale Jeunes Faucigny oriente et suit les jeunes après le stage.",
       description="24 jeunes, 9 stages, 3 contrats d'apprentissage signés.",
       financial="Crédits État contrat de ville : 4 000 €\nCluses Arve et montagnes (2CCAM) : 2 000 €\nVille de Cluses : 2 500 €\nHaute-Savoie Habitat : 1 000 €\nFonds de dotation Arve Industrie Avenir : 3 500 €\nNous n'avons pas répondu à l'appel à projets de la Région (calendrier trop court).",
       people="1 animateur, 1 conseillère en insertion",
       res_territoire="Des entreprises qui ouvrent leurs portes aux jeunes du quartier.",
       res_centre="Un partenariat nouveau avec le monde économique.",
       res_habitants="",
       limites="Les horaires en 2x8 découragent certains jeunes.",
       perspectives="",
       funders=[
           F("Commune", 2500, "Ville de Cluses : 2 500 €", alt=["Ville de Cluses"]),
           F("Intercommunalité", 2000, "Cluses Arve et montagnes (2CCAM) : 2 000 €",
             alt=["Cluses Arve et montagnes", "2CCAM"]),
           F("ANCT", 4000, "Crédits État contrat de ville : 4 000 €", alt=ANCT_ALT),
           F("Haute-Savoie Habitat", 1000, "Haute-Savoie Habitat : 1 000 €",
             alt=["Bailleur social"]),
           F("Fonds de dotation Arve Industrie Avenir", 3500,
             "Fonds de dotation Arve Industrie Avenir : 3 500 €",
             alt=["Arve Industrie Avenir"]),
       ],
       partners=[
           P("Lycée Charles-Poncet", "Le lycée Charles-Poncet ouvre ses ateliers"),
           P("Décolletage Bouvard", "L'entreprise Décolletage Bouvard accueille des stagiaires"),
           P("Mission locale Jeunes Faucigny", "La Mission locale Jeunes Faucigny oriente et suit les jeunes",
             alt=["Mission locale"]),
       ],
       excluded=X(
           funders=["Région (\"nous n'avons pas répondu à l'appel à projets\": never requested)"],
           partners=["tuteur (employee of an annotated company)",
                     "État, 2CCAM, Ville, Haute-Savoie Habitat, Arve Industrie Avenir (funders only)"])),

    # K35 Seine-Maritime, urban QPV (Rouen, Hauts-de-Rouen). A choir: the DRAC; the Métropole; an
    # opera house and a conservatoire (partners); Rouen Habitat's hall (borderline funder,
    # partner); "participation symbolique de 2 € par séance" (participants); a chef de chœur
    # (person); "Montant total de l'action : 12 k€".
    mk("K35", "Les Voix des Hauts : une chorale de quartier",
       "CENTRE SOCIAL GRAMMONT-CHÂTELET - Seine-Maritime",
       dimension="Citoyenneté", keywords=["Culture", "Mixité sociale", "intergénérationnel"],
       initiative=["Un groupe d'habitants"], territory="Plusieurs quartiers",
       public=["Tous publics"], declared=["Intercommunalité", "Commune", "Autre"],
       resume="Une chorale de 40 habitants des Hauts-de-Rouen, de 8 à 82 ans, qui chante dans les langues des participants. Répétition le mardi soir, concert en juin.",
       experience="Le chef de chœur, Romain, est mis à disposition par le Conservatoire de Rouen deux heures par semaine.\nL'Opéra de Rouen Normandie a invité la chorale à chanter en première partie d'un concert et ouvre ses répétitions générales aux choristes.\nRouen Habitat prête la salle polyvalente de la résidence Chartreux pour les répétitions.",
       description="Concert de juin devant 300 personnes.",
       financial="DRAC Normandie : 4 000 €\nMétropole Rouen Normandie : 3 000 €\nVille de Rouen : 2 500 €\nParticipation symbolique de 2 € par séance.\nMontant total de l'action : 12 k€",
       people="1 chef de chœur, 1 animatrice",
       res_territoire="Une image positive des Hauts-de-Rouen dans la presse locale.",
       res_centre="",
       res_habitants="Des habitants qui n'avaient jamais chanté en public.",
       limites="",
       perspectives="Un échange avec une chorale du Havre.",
       funders=[
           F("Commune", 2500, "Ville de Rouen : 2 500 €", alt=["Ville de Rouen"]),
           F("Intercommunalité", 3000, "Métropole Rouen Normandie : 3 000 €",
             alt=["Métropole Rouen Normandie"]),
           F("DRAC", 4000, "DRAC Normandie : 4 000 €", alt=["DRAC Normandie", "État"]),
           F("Rouen Habitat", None, "Rouen Habitat prête la salle polyvalente de la résidence Chartreux",
             borderline=True, alt=["Bailleur social"]),
           F("Conservatoire de Rouen", None,
             "Le chef de chœur, Romain, est mis à disposition par le Conservatoire de Rouen",
             borderline=True),
       ],
       partners=[
           P("Conservatoire de Rouen", "est mis à disposition par le Conservatoire de Rouen"),
           P("Opéra de Rouen Normandie", "L'Opéra de Rouen Normandie a invité la chorale"),
           P("Rouen Habitat", "Rouen Habitat prête la salle polyvalente de la résidence Chartreux"),
       ],
       budget=B(12000, "Montant total de l'action : 12 k€"),
       excluded=X(
           funders=["Participation symbolique de 2 € par séance (participants)"],
           partners=["Romain, chef de chœur (individual)",
                     "chorale du Havre (future plan only)",
                     "DRAC, Métropole, Ville (funders only)"])),

    # K36 Deux-Sèvres, urban QPV (Niort). A "Point conseil budget" funded by the DREETS (État) "par
    # an"; Niort Agglo; a mutual insurer's fund; the Banque de France and a consumer association
    # with digits as partners; free-text lines starting with "- " incl. "- Partenaires : …"
    # (not a header); the families' debts (not amounts).
    mk("K36", "Point conseil budget : prévenir le surendettement au Clou-Bouchet",
       "CENTRE SOCIAL DU CLOU-BOUCHET - Deux-Sèvres",
       dimension="Services", keywords=["Précarité", "Emploi, économie"],
       initiative=["Le centre social"], territory="Plusieurs quartiers",
       public=["Adultes", "familles"], declared=["Etat", "Intercommunalité", "Associations"],
       resume="Le centre social est labellisé Point conseil budget : rendez-vous individuels, ateliers collectifs sur les arnaques, le crédit, les factures d'énergie.",
       experience="Fonctionnement :\n- Partenaires : Banque de France (succursale de Niort), UFC-Que Choisir 79, Deux-Sèvres Habitat\n- Public : toute personne en difficulté budgétaire, sans condition de ressources\n- Lieu : centre social et permanence à la Maison des services du Pontreau",
       description="La Banque de France forme la conseillère et intervient dans les ateliers sur le dossier de surendettement.\nUFC-Que Choisir 79 anime l'atelier « démarchage et arnaques ».\nDeux-Sèvres Habitat signale les locataires en impayé de loyer avec leur accord.\nEn 2024 : 164 personnes accompagnées, dettes cumulées de 1,2 million d'euros.",
       financial="Point conseil budget financé par la DREETS Nouvelle-Aquitaine : 15 000 € par an.\nNiort Agglo complète avec 3 000 €.\nLe fonds solidaire de la Mutuelle Sèvres-Atlantique : 2 000 €.",
       people="1 conseillère en économie sociale et familiale (1 ETP)",
       res_territoire="Moins d'expulsions pour impayés selon le bailleur.",
       res_centre="Un service reconnu par les travailleurs sociaux du secteur.",
       res_habitants="58 dossiers de surendettement déposés et acceptés.",
       limites="Délais de rendez-vous de trois semaines.",
       perspectives="Permanence dans les quartiers de Souché.",
       funders=[
           F("Intercommunalité", 3000, "Niort Agglo complète avec 3 000 €", alt=["Niort Agglo"]),
           F("État", 15000, "Point conseil budget financé par la DREETS Nouvelle-Aquitaine : 15 000 € par an",
             alt=["DREETS", "DREETS Nouvelle-Aquitaine", "Point conseil budget"]),
           F("Mutuelle Sèvres-Atlantique", 2000,
             "Le fonds solidaire de la Mutuelle Sèvres-Atlantique : 2 000 €",
             alt=["Fonds solidaire de la Mutuelle Sèvres-Atlantique"]),
       ],
       partners=[
           P("Banque de France", "La Banque de France forme la conseillère et intervient dans les ateliers"),
           P("UFC-Que Choisir 79", "UFC-Que Choisir 79 anime l'atelier", alt=["UFC-Que Choisir"]),
           P("Deux-Sèvres Habitat", "Deux-Sèvres Habitat signale les locataires en impayé"),
       ],
       excluded=X(
           funders=["dettes cumulées de 1,2 million d'euros (not a budget)",
                    "Deux-Sèvres Habitat (partner only; not said to pay)"],
           partners=["Maison des services du Pontreau (a venue of a permanence)",
                     "travailleurs sociaux du secteur (generic)",
                     "quartiers de Souché (future plan only)",
                     "DREETS, Niort Agglo, Mutuelle Sèvres-Atlantique (funders only)"])),

    # K37 Tarn, urban QPV (Albi). EMPTY declared list; MILDECA credits through the préfecture (État);
    # an agglomeration by acronym "(C2A)"; the Ville; several funders in one sentence "ainsi que";
    # the Maison des adolescents, Addictions France; a collège; parents (not partners); a PENDING
    # CPAM and an invented telecom fonds refusing.
    mk("K37", "Écrans, jeux et nuits blanches : prévenir les usages à risque chez les 11-15 ans",
       "CENTRE SOCIAL DE CANTEPAU - Tarn",
       dimension="Citoyenneté", keywords=["Santé", "Parentalité", "éducation / scolarité"],
       initiative=["Un ou plusieurs partenaire(s)"], territory="Un quartier",
       public=["Jeunesse", "familles"], declared=[],
       resume="Ateliers avec les jeunes sur les jeux vidéo, les réseaux sociaux et le sommeil, soirées-débats pour les parents, et un défi « une semaine sans écran le soir » en famille.",
       experience="La Maison des adolescents du Tarn co-anime les soirées parents.\nAddictions France Tarn intervient dans les ateliers jeunes sur les jeux d'argent et les écrans.\nLe collège Bellevue accueille deux ateliers par classe de 5e.",
       description="180 élèves de 5e, 70 parents aux soirées, 31 familles au défi.",
       financial="Crédits MILDECA (préfecture du Tarn) : 2 000 €, ainsi que 2 500 € de l'Agglomération de l'Albigeois (C2A) et 1 500 € de la Ville d'Albi.\nTarn Habitat nous a versé 700 €.\nLa CPAM du Tarn étudie notre demande. La fondation d'un opérateur télécom a refusé le projet.",
       people="1 animatrice jeunesse, 1 référente familles",
       res_territoire="",
       res_centre="Des parents qui reviennent pour d'autres soirées.",
       res_habitants="Des familles qui ont changé leurs règles à la maison.",
       limites="Difficile de toucher les parents qui travaillent le soir.",
       perspectives="Étendre au collège Jean-Jaurès.",
       funders=[
           F("Intercommunalité", 2500, "2 500 € de l'Agglomération de l'Albigeois (C2A)",
             alt=["Agglomération de l'Albigeois", "C2A", "Communauté d'agglomération de l'Albigeois"]),
           F("État", 2000, "Crédits MILDECA (préfecture du Tarn) : 2 000 €",
             alt=["MILDECA", "Préfecture du Tarn"]),
           F("Commune", 1500, "1 500 € de la Ville d'Albi", alt=["Ville d'Albi"]),
           F("Tarn Habitat", 700, "Tarn Habitat nous a versé 700 €", alt=["Bailleur social"]),
       ],
       partners=[
           P("Maison des adolescents du Tarn", "La Maison des adolescents du Tarn co-anime les soirées parents",
             alt=["Maison des adolescents"]),
           P("Addictions France Tarn", "Addictions France Tarn intervient dans les ateliers jeunes",
             alt=["Addictions France"]),
           P("Collège Bellevue", "Le collège Bellevue accueille deux ateliers par classe de 5e"),
       ],
       excluded=X(
           funders=["CPAM du Tarn (\"étudie notre demande\": pending)",
                    "fondation d'un opérateur télécom (refused, unnamed)"],
           partners=["parents (individuals)",
                     "collège Jean-Jaurès (future plan only)",
                     "MILDECA, C2A, Ville, Tarn Habitat (funders only)"])),

    # K38 Val-de-Marne, urban QPV (Champigny-sur-Marne). An EPT "Paris Est Marne&Bois"; the
    # Département; the Région; Valophis "prend en charge le car" (about 900 €); an invented
    # foundation; a museum offering the entries (valued 1 100 €: borderline funder, partner); an
    # association with digits giving free tickets (partner only); a guide (person); the amount
    # BEFORE the name ("3 000 € de la Ville de Champigny").
    mk("K38", "Les Dimanches au musée : sorties culturelles en famille",
       "CENTRE SOCIAL DU BOIS-L'ABBÉ - Val-de-Marne",
       dimension="Citoyenneté", keywords=["Culture", "Parentalité", "vacances / loisirs"],
       initiative=["Un groupe d'habitants"], territory="Un quartier",
       public=["familles"], declared=["Commune", "Conseil départemental", "Région", "Bailleur social"],
       resume="Un dimanche par mois, une sortie en famille dans un musée ou un monument d'Île-de-France, préparée la semaine précédente par un atelier où les enfants découvrent les œuvres qu'ils vont voir.",
       experience="Le MAC VAL accueille le groupe trois fois par an avec des visites adaptées et a offert les entrées (valeur 1 100 €).\nL'association Culture du Cœur 94 fournit des places gratuites pour les autres musées.\nUne conférencière, Mme Tessier, prépare les ateliers d'avant-visite.",
       description="10 sorties, 68 familles différentes, 240 personnes.",
       financial="Les sorties sont financées par le Département du Val-de-Marne (3 500 €), la Région Île-de-France (2 000 €), 3 000 € de la Ville de Champigny et Paris Est Marne&Bois (EPT 10) pour 1 500 €. Valophis Habitat prend en charge le car de deux sorties (environ 900 €).\nFondation Arts en Partage : 1 000 €",
       people="1 référente familles, 3 bénévoles",
       res_territoire="",
       res_centre="Le groupe des familles est devenu très autonome.",
       res_habitants="Des parents qui retournent seuls au musée avec leurs enfants.",
       limites="Le car coûte cher.",
       perspectives="",
       funders=[
           F("Commune", 3000, "3 000 € de la Ville de Champigny", alt=["Ville de Champigny"]),
           F("Intercommunalité", 1500, "Paris Est Marne&Bois (EPT 10) pour 1 500 €",
             alt=["Paris Est Marne&Bois", "EPT 10", "Établissement public territorial Paris Est Marne&Bois"]),
           F("Conseil départemental", 3500, "le Département du Val-de-Marne (3 500 €)",
             alt=["Département du Val-de-Marne"]),
           F("Région", 2000, "la Région Île-de-France (2 000 €)", alt=["Région Île-de-France"]),
           F("Valophis Habitat", 900,
             "Valophis Habitat prend en charge le car de deux sorties (environ 900 €)",
             alt=["Valophis", "Bailleur social"]),
           F("Fondation Arts en Partage", 1000, "Fondation Arts en Partage : 1 000 €"),
           F("MAC VAL", 1100, "a offert les entrées (valeur 1 100 €)", borderline=True),
       ],
       partners=[
           P("MAC VAL", "Le MAC VAL accueille le groupe trois fois par an avec des visites adaptées"),
           P("Culture du Cœur 94", "L'association Culture du Cœur 94 fournit des places gratuites",
             alt=["Culture du Cœur"]),
       ],
       excluded=X(
           funders=["Culture du Cœur 94 (free tickets to families: partner only)"],
           partners=["Mme Tessier, conférencière (individual)",
                     "Département, Région, Ville, EPT, Valophis, Fondation Arts en Partage (funders only)"])),

    # K39 Haute-Corse, rural (Corte). Collectivité de Corse by its name and "CdC"; a communauté de
    # communes; the Ville's premises (borderline funder, partner); MSA de Corse; the university as a
    # partner; a Corsican title; the Collectivité's language service (-> Collectivité de Corse,
    # funder and partner); "la région cortenaise" (geography).
    mk("K39", "Parlemu inseme : ateliers de langue corse entre générations",
       "CENTRE SOCIAL DU CENTRU DI CORSICA - Haute-Corse",
       dimension="Citoyenneté", keywords=["Culture", "intergénérationnel"],
       initiative=["Un habitant"], territory="Plusieurs communes",
       public=["Tous publics"], declared=["Autre", "Associations"],
       resume="Des anciens des villages de la région cortenaise transmettent la langue corse à des enfants et à des adultes nouvellement installés : chants, contes, cuisine, jeux. Un atelier par semaine à Corte, un par mois dans un village.",
       experience="Des étudiants de l'Università di Corsica Pasquale Paoli (filière langue et culture corses) co-animent les ateliers et ont enregistré les contes.\nLe service de la langue corse de la Collectivité de Corse a fourni les supports pédagogiques.\nLa Ville de Corte prête la salle du Palazzu.",
       description="38 participants réguliers, 12 anciens transmetteurs.",
       financial="Collectivité de Corse (CdC), plan de développement de la langue : 4 000 €\nCommunauté de communes du Centre Corse : 1 500 €\nMSA de Corse : 1 000 €",
       people="1 animatrice bilingue, 12 bénévoles",
       res_territoire="",
       res_centre="Un rayonnement dans les villages.",
       res_habitants="Des familles nouvellement installées mieux intégrées.",
       limites="Routes difficiles l'hiver pour les ateliers en village.",
       perspectives="Un recueil de contes bilingue.",
       funders=[
           F("Commune", None, "La Ville de Corte prête la salle du Palazzu", borderline=True,
             alt=["Ville de Corte"]),
           F("Intercommunalité", 1500, "Communauté de communes du Centre Corse : 1 500 €",
             alt=["Communauté de communes du Centre Corse"]),
           F("Collectivité de Corse", 4000,
             "Collectivité de Corse (CdC), plan de développement de la langue : 4 000 €",
             alt=["CdC", "Conseil départemental", "Région"]),
           F("MSA", 1000, "MSA de Corse : 1 000 €", alt=["MSA de Corse"]),
       ],
       partners=[
           P("Commune", "La Ville de Corte prête la salle du Palazzu", alt=["Ville de Corte"]),
           P("Università di Corsica Pasquale Paoli",
             "Des étudiants de l'Università di Corsica Pasquale Paoli (filière langue et culture corses) co-animent les ateliers",
             alt=["Université de Corse"]),
           P("Collectivité de Corse",
             "Le service de la langue corse de la Collectivité de Corse a fourni les supports pédagogiques",
             alt=["CdC"]),
       ],
       excluded=X(
           funders=["\"la région cortenaise\" (geography)"],
           partners=["anciens transmetteurs (individuals)",
                     "communauté de communes, MSA (funders only)"])),

    # K40 Guadeloupe, island rural EVS (Marie-Galante). Région Guadeloupe; Département de la
    # Guadeloupe; the communauté de communes; the Caf; an invented foundation; a distillery lending
    # land (borderline funder, partner); a lycée agricole, an association with
    # digits; "Kaf'é lakou" (look-alike); the LAST fiche, no final newline.
    mk("K40", "Jaden lakou : jardins créoles et transmission à Marie-Galante",
       "EVS KAZ A MOUN - Guadeloupe",
       dimension="Accompagnement de projets",
       keywords=["Environnement", "intergénérationnel", "Culture"],
       initiative=["Un groupe d'habitants"], territory="Plusieurs communes",
       public=["Tous publics"], declared=["Intercommunalité", "Caf", "Associations"],
       resume="Des jardins créoles familiaux relancés dans les trois communes de l'île : les anciens transmettent les plantes médicinales, les cultures associées, la cuisine. Chaque séance finit par un « Kaf'é lakou » autour du jus de canne.",
       experience="Le lycée agricole de Marie-Galante produit les plants et accueille les ateliers de greffage.\nL'association Tè Nou 971 anime les journées de plantation.\nLa distillerie Bellevue-Karukera prête une parcelle de deux hectares au bord de la route de Capesterre.",
       description="46 familles, 3 jardins collectifs, 21 jardins familiaux remis en culture.",
       financial="Région Guadeloupe : 3 000 €\nDépartement de la Guadeloupe : 2 000 €\nCommunauté de communes de Marie-Galante : 2 500 €\nCaf de la Guadeloupe (animation collective familles) : 3 500 €\nFondation Karukera Verte : 1 000 €",
       people="1 animatrice, 1 service civique, 14 bénévoles",
       res_territoire="Des parcelles en friche remises en culture.",
       res_centre="",
       res_habitants="Des savoirs transmis entre anciens et jeunes.",
       limites="La sécheresse de carême.",
       perspectives="Un marché des jardiniers une fois par mois à Grand-Bourg.",
       funders=[
           F("Intercommunalité", 2500, "Communauté de communes de Marie-Galante : 2 500 €",
             alt=["Communauté de communes de Marie-Galante"]),
           F("Conseil départemental", 2000, "Département de la Guadeloupe : 2 000 €",
             alt=["Département de la Guadeloupe"]),
           F("Région", 3000, "Région Guadeloupe : 3 000 €", alt=["Région Guadeloupe"]),
           F("CAF", 3500, "Caf de la Guadeloupe (animation collective familles) : 3 500 €",
             alt=["Caf de la Guadeloupe"]),
           F("Fondation Karukera Verte", 1000, "Fondation Karukera Verte : 1 000 €"),
           F("Distillerie Bellevue-Karukera", None,
             "La distillerie Bellevue-Karukera prête une parcelle de deux hectares", borderline=True),
       ],
       partners=[
           P("Lycée agricole de Marie-Galante", "Le lycée agricole de Marie-Galante produit les plants"),
           P("Tè Nou 971", "L'association Tè Nou 971 anime les journées de plantation"),
           P("Distillerie Bellevue-Karukera",
             "La distillerie Bellevue-Karukera prête une parcelle de deux hectares"),
       ],
       excluded=X(
           funders=["\"Kaf'é lakou\" (look-alike for CAF)"],
           partners=["anciens (individuals)",
                     "Région, Département, communauté de communes, Caf, Fondation Karukera Verte (funders only)"])),
]

"""Test set 7, fiches Q31-Q40 (written blind; see ../README.md)."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk
from eval.sets.spec import PAGE_SENTINEL as PG

R4 = [
    # Q31 Moselle, urban. ANS through the "Projet sportif fédéral" with "4K€"; FIPD of the préfecture
    # (FIPDR); a Métropole by own name; the Ville lends a dojo (borderline funder, partner = declared
    # Commune); a foundation "pour un montant de"; police nationale as partner; a coach (individual).
    mk("Q31", "Boxe et citoyenneté à Borny",
       "CENTRE SOCIAL PIOCHE - Moselle", dimension="Citoyenneté",
       keywords=["Démocratie & citoyenneté", "Santé", "Mixité sociale"], territory="Un quartier",
       public=["Jeunesse"], declared=["Commune", "Préfecture", "Associations"],
       resume="Deux séances de boxe éducative par semaine pour les 12-17 ans, suivies d'un temps d'échange sur le respect, la colère, les réseaux sociaux.",
       experience="Le Boxing Club Borny 57 fournit l'éducateur diplômé ; coach Mehdi anime les échanges.\nDes policiers du commissariat de Borny (Police nationale) participent à une séance par mois.\nLe collège Paul-Valéry oriente des élèves exclus temporairement.\nLa Ville de Metz met le dojo du Bon Pasteur à disposition.",
       description="41 jeunes inscrits, dont 12 filles.",
       financial="Agence nationale du sport (Projet sportif fédéral) : 4K€\nFIPD (préfecture de la Moselle) : 3 000 €\nMetz Métropole : 2 500 €\nFondation Moselle Jeunesse pour un montant de 1 000 €.",
       people="1 éducateur sportif, 1 animateur",
       res_territoire="Moins d'incidents au collège chez les jeunes suivis.",
       perspectives="Une section féminine avec le club de Woippy.",
       funders=[
           F("Commune", None, "La Ville de Metz met le dojo du Bon Pasteur à disposition",
             borderline=True, alt=["Ville de Metz"]),
           F("Intercommunalité", 2500, "Metz Métropole : 2 500 €", alt=["Metz Métropole"]),
           F("ANS", 4000, "Agence nationale du sport (Projet sportif fédéral) : 4K€",
             alt=["Agence nationale du sport", "Projet sportif fédéral"]),
           F("FIPDR", 3000, "FIPD (préfecture de la Moselle) : 3 000 €",
             alt=["FIPD", "État", "Préfecture", "Préfecture de la Moselle"]),
           F("Fondation Moselle Jeunesse", 1000, "Fondation Moselle Jeunesse pour un montant de 1 000 €"),
       ],
       partners=[
           P("Commune", "La Ville de Metz met le dojo du Bon Pasteur à disposition", alt=["Ville de Metz"]),
           P("Boxing Club Borny 57", "Le Boxing Club Borny 57 fournit l'éducateur diplômé"),
           P("Police nationale", "Des policiers du commissariat de Borny (Police nationale) participent",
             alt=["Commissariat de Borny"]),
           P("Collège Paul-Valéry", "Le collège Paul-Valéry oriente des élèves"),
       ],
       excluded=X(
           funders=[],
           partners=["coach Mehdi (individual)", "club de Woippy (future plan only)",
                     "ANS, Metz Métropole, Fondation Moselle Jeunesse (funders only)",
                     "FIPD/préfecture (funder only; the declared Préfecture item is kept)"])),

    # Q32 Bas-Rhin, small town. EMPTY declared list; Collectivité européenne d'Alsace "(CeA)";
    # Conférence des financeurs; Carsat by its long name; a bank's mécénat; France Services; a club
    # with digits; a telecom shop's tablets lent (partner only).
    mk("Q32", "Tous en ligne ! Ateliers numériques pour les seniors",
       "CENTRE SOCIOCULTUREL DE SÉLESTAT - Bas-Rhin", dimension="Services",
       keywords=["Viellissement", "Intégration"], territory="Plusieurs communes", public=["Seniors"],
       declared=[],
       resume="Des cycles de huit ateliers pour apprivoiser la tablette, la messagerie, les appels vidéo avec les petits-enfants et les démarches en ligne.",
       experience="France Services Sélestat accueille les ateliers du jeudi et reçoit ensuite les participants pour leurs démarches.\nLe club Clic Seniors 67 forme des bénévoles retraités qui deviennent tuteurs.\nLa boutique Alsace Télécom prête dix tablettes pendant les cycles.",
       description="9 cycles, 86 participants de 62 à 91 ans.",
       financial="La Collectivité européenne d'Alsace (CeA) : 4 000 €\nConférence des financeurs du Bas-Rhin : 2 500 €\nCaisse d'assurance retraite et de la santé au travail Alsace-Moselle : 1 800 €\nCrédit Mutuel de Sélestat (mécénat) : 1 000 €",
       people="1 animateur numérique, 7 tuteurs bénévoles",
       res_habitants="Des appels vidéo hebdomadaires avec la famille pour beaucoup.",
       funders=[
           F("Collectivité européenne d'Alsace", 4000, "La Collectivité européenne d'Alsace (CeA) : 4 000 €",
             alt=["CeA", "Conseil départemental"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 2500,
             "Conférence des financeurs du Bas-Rhin : 2 500 €",
             alt=["Conférence des financeurs", "Conférence des financeurs du Bas-Rhin", "CFPPA"]),
           F("CARSAT", 1800, "Caisse d'assurance retraite et de la santé au travail Alsace-Moselle : 1 800 €",
             alt=["Carsat Alsace-Moselle", "Caisse d'assurance retraite et de la santé au travail"]),
           F("Crédit Mutuel de Sélestat", 1000, "Crédit Mutuel de Sélestat (mécénat) : 1 000 €",
             alt=["Crédit Mutuel"]),
       ],
       partners=[
           P("France Services Sélestat", "France Services Sélestat accueille les ateliers", alt=["France Services"]),
           P("Clic Seniors 67", "Le club Clic Seniors 67 forme des bénévoles retraités"),
           P("Alsace Télécom", "La boutique Alsace Télécom prête dix tablettes"),
       ],
       excluded=X(
           funders=["Alsace Télécom (lends tablets: partner only)"],
           partners=["tuteurs bénévoles (individuals)",
                     "CeA, Conférence des financeurs, Carsat, Crédit Mutuel (funders only)"])),

    # Q33 Corse-du-Sud, small town. Terminée with a reason; file names; Collectivité de Corse;
    # intercommunality; DRAC "de Corse"; "la région" used as geography; a singing school, an EHPAD,
    # a lycée; an old singer (individual).
    mk("Q33", "Veghje è canti : veillées entre générations",
       "CENTRE SOCIAL DI U SUDDU - Corse-du-Sud", files=["programme-veghje.pdf"], status="Terminée",
       reason="Fin de la convention de deux ans ; les veillées continuent à l'initiative des familles.",
       dimension="Citoyenneté", keywords=["intergénérationnel", "Culture"], territory="Plusieurs communes",
       public=["Tous publics"], declared=["Associations", "Autre"],
       resume="Une veillée par mois dans un village différent : chants polyphoniques, contes et recettes partagés entre anciens et jeunes.",
       experience="La Scola di Cantu di l'Alta Rocca prépare les chants avec les lycéens du lycée de Porto-Vecchio.\nL'EHPAD Santa Devota accueille une veillée par trimestre.\nMichele, chanteur de 84 ans, transmet des chants que personne n'avait enregistrés.",
       description="18 veillées, 1 100 participants dans toute la région de l'Alta Rocca.",
       financial="Collectivité de Corse : 3 000 €\nCommunauté de communes du Sud Corse : 1 500 €\nDRAC de Corse : 2 000 €",
       people="1 animatrice, 12 bénévoles",
       res_habitants="Un CD enregistré par les jeunes.",
       funders=[
           F("Intercommunalité", 1500, "Communauté de communes du Sud Corse : 1 500 €",
             alt=["Communauté de communes du Sud Corse"]),
           F("Collectivité de Corse", 3000, "Collectivité de Corse : 3 000 €",
             alt=["CdC", "Conseil départemental", "Région"]),
           F("DRAC", 2000, "DRAC de Corse : 2 000 €", alt=["DRAC de Corse", "État"]),
       ],
       partners=[
           P("Scola di Cantu di l'Alta Rocca", "La Scola di Cantu di l'Alta Rocca prépare les chants"),
           P("Lycée de Porto-Vecchio", "avec les lycéens du lycée de Porto-Vecchio"),
           P("EHPAD Santa Devota", "L'EHPAD Santa Devota accueille une veillée par trimestre"),
       ],
       excluded=X(
           funders=["\"la région de l'Alta Rocca\" (geography)"],
           partners=["Michele (individual)", "familles (generic)",
                     "Collectivité de Corse, Communauté de communes, DRAC (funders only)"])),

    # Q34 Martinique. Collectivité territoriale de Martinique; an agglomeration by own name (Cap
    # Nord); an office by own name (Office de l'eau); a bailleur lending land (borderline funder +
    # partner); "Caf'lakou" (look-alike); a lycée agricole; a collective.
    mk("Q34", "Jaden lakou : potagers créoles au pied des immeubles",
       "EVS LAKOU SENT-MARI - Martinique", dimension="Citoyenneté",
       keywords=["Environnement", "Santé", "intergénérationnel"], initiative=["Un groupe d'habitants"],
       territory="Plusieurs quartiers", public=["Tous publics"], declared=["Bailleur social", "Autre"],
       resume="Des jardins créoles (jaden bò kay) recréés sur des terrains délaissés des résidences : plantes médicinales, ignames, piments, et un Caf'lakou le samedi pour partager les récoltes.",
       experience="Ozanam met à disposition trois terrains au pied de ses résidences.\nLes élèves du lycée agricole de Croix-Rivail ont préparé les sols et installé le goutte-à-goutte.\nLe Kolektif Jaden Kréyol transmet les savoirs sur les plantes.",
       description="Trois jardins, 46 familles, une fête des récoltes.",
       financial="Collectivité Territoriale de Martinique : 5 000 €\nCap Nord Martinique : 2 000 €\nOffice de l'eau Martinique (ODE) : 1 500 € pour les récupérateurs d'eau",
       people="1 animateur, 9 jardiniers référents",
       res_habitants="Des voisins qui se parlent, des enfants qui reconnaissent les plantes.",
       perspectives="Un quatrième jardin à Trinité.",
       funders=[
           F("Intercommunalité", 2000, "Cap Nord Martinique : 2 000 €",
             alt=["Cap Nord Martinique", "Cap Nord"]),
           F("Collectivité territoriale de Martinique", 5000, "Collectivité Territoriale de Martinique : 5 000 €",
             alt=["CTM", "Conseil départemental", "Région"]),
           F("Office de l'eau Martinique", 1500, "Office de l'eau Martinique (ODE) : 1 500 €",
             alt=["ODE"]),
           F("Ozanam", None, "Ozanam met à disposition trois terrains au pied de ses résidences",
             borderline=True, alt=["Bailleur social"]),
       ],
       partners=[
           P("Ozanam", "Ozanam met à disposition trois terrains au pied de ses résidences"),
           P("Lycée agricole de Croix-Rivail", "Les élèves du lycée agricole de Croix-Rivail ont préparé les sols"),
           P("Kolektif Jaden Kréyol", "Le Kolektif Jaden Kréyol transmet les savoirs"),
       ],
       excluded=X(
           funders=["Caf'lakou (a café pun, negative for CAF)"],
           partners=["Trinité (future plan only)", "CTM, Cap Nord, ODE (funders only)"])),

    # Q35 Guyane. Collectivité territoriale de Guyane; an intercommunality by acronym and name
    # (CCOG); ARS "2500e"; CGSS; the Ville lends a pirogue (equipment: partner only, not a funder);
    # a hospital, the Croix-Rouge, an association with digits.
    mk("Q35", "Santé au fleuve : prévention et dépistages dans les écarts",
       "CENTRE SOCIAL DU MARONI - Guyane", dimension="Services",
       keywords=["Santé", "Précarité"], territory="Plusieurs communes", public=["Tous publics"],
       declared=["Commune", "Autre"],
       resume="Une équipe de médiateurs remonte le fleuve une semaine par mois pour des séances de prévention (paludisme, diabète, vaccination) et des dépistages dans les villages éloignés.",
       experience="Le Centre hospitalier de l'Ouest guyanais envoie une infirmière pour les dépistages.\nLa Croix-Rouge française prend le relais dans ses centres de santé.\nL'association Médiateurs du Fleuve 973 traduit en bushinengue tongo et en kali'na.\nLa Ville de Saint-Laurent-du-Maroni prête une pirogue et son pilote.",
       description="11 missions, 1 450 personnes rencontrées, 380 dépistages.",
       financial="Collectivité territoriale de Guyane (CTG) : 6 000 €\nCommunauté de communes de l'Ouest guyanais (CCOG) : 2 000 €\nARS Guyane : 2500e\nCGSS de la Guyane : 1 500 €",
       people="3 médiateurs, 1 coordinatrice",
       res_territoire="Des rendez-vous de suivi pris au centre hospitalier.",
       perspectives="Une antenne à Apatou.",
       funders=[
           F("Intercommunalité", 2000, "Communauté de communes de l'Ouest guyanais (CCOG) : 2 000 €",
             alt=["CCOG", "Communauté de communes de l'Ouest guyanais"]),
           F("Collectivité territoriale de Guyane", 6000, "Collectivité territoriale de Guyane (CTG) : 6 000 €",
             alt=["CTG", "Conseil départemental", "Région"]),
           F("ARS", 2500, "ARS Guyane : 2500e", alt=["ARS Guyane"]),
           F("CGSS", 1500, "CGSS de la Guyane : 1 500 €", alt=["CGSS de la Guyane"]),
       ],
       partners=[
           P("Commune", "La Ville de Saint-Laurent-du-Maroni prête une pirogue et son pilote",
             alt=["Ville de Saint-Laurent-du-Maroni"]),
           P("Centre hospitalier de l'Ouest guyanais", "Le Centre hospitalier de l'Ouest guyanais envoie une infirmière"),
           P("Croix-Rouge française", "La Croix-Rouge française prend le relais dans ses centres de santé",
             alt=["Croix-Rouge"]),
           P("Médiateurs du Fleuve 973", "L'association Médiateurs du Fleuve 973 traduit"),
       ],
       excluded=X(
           funders=["Ville de Saint-Laurent-du-Maroni (lends a pirogue: equipment, partner only)"],
           partners=["Apatou (future plan only)", "CTG, CCOG, ARS, CGSS (funders only)"])),

    # Q36 Mayotte. CSSM asked vs granted ("4 000 € demandés, 3 000 € accordés"); Conseil
    # départemental de Mayotte; an agglomeration by acronym (CADEMA); ARS; the PMI and the hospital;
    # an association with digits; a midwife (individual).
    mk("Q36", "Shinga : groupe de parole des jeunes mères",
       "CENTRE SOCIAL DE DEMBÉNI - Mayotte", dimension="Accompagnement de projets",
       keywords=["Parentalité", "Santé"], territory="Une commune", public=["familles", "Petite enfance"],
       declared=["Conseil départemental", "Associations"],
       resume="Des mères de moins de 25 ans se retrouvent chaque semaine pour parler de la grossesse, de l'allaitement, du sommeil et de leurs projets.",
       experience="Les puéricultrices de la PMI de Dembéni animent un temps sur deux.\nLe Centre hospitalier de Mayotte oriente les jeunes mères suivies en maternité.\nL'association Mamans de Dembéni 976 assure la garde des aînés pendant le groupe.\nMme Soilihi, sage-femme libérale, intervient sur la contraception.",
       description="34 jeunes mères, 40 séances.",
       financial="CSSM : 4 000 € demandés, 3 000 € accordés.\nConseil départemental de Mayotte : 2 500 €\nCADEMA : 1 500 €\nARS Mayotte : 2 000 €",
       people="1 conseillère ESF, 1 médiatrice",
       res_habitants="Des mères plus confiantes, un meilleur suivi des vaccinations.",
       funders=[
           F("Intercommunalité", 1500, "CADEMA : 1 500 €",
             alt=["CADEMA", "Communauté d'agglomération Dembéni-Mamoudzou"]),
           F("CSSM", 3000, "CSSM : 4 000 € demandés, 3 000 € accordés",
             alt=["CAF", "Caisse de sécurité sociale de Mayotte"]),
           F("Conseil départemental", 2500, "Conseil départemental de Mayotte : 2 500 €",
             alt=["Conseil départemental de Mayotte", "Département de Mayotte"]),
           F("ARS", 2000, "ARS Mayotte : 2 000 €", alt=["ARS Mayotte"]),
       ],
       partners=[
           P("PMI", "Les puéricultrices de la PMI de Dembéni animent un temps sur deux", alt=["PMI de Dembéni"]),
           P("Centre hospitalier de Mayotte", "Le Centre hospitalier de Mayotte oriente les jeunes mères"),
           P("Mamans de Dembéni 976", "L'association Mamans de Dembéni 976 assure la garde des aînés"),
       ],
       excluded=X(
           funders=["CSSM's 4 000 € (asked; 3 000 € granted is the amount)"],
           partners=["Mme Soilihi (individual)", "CSSM, CADEMA, ARS (funders only)",
                     "Conseil départemental (funder only; the declared item is kept)"])),

    # Q37 La Réunion. Structure line with an inner " - "; "3.000€"; an intercommunality by acronym
    # (CIVIS); a bailleur (required funder); Caf CLAS; an association with digits; a collège; a
    # "kaz" look-alike nothing. Label line then amount line in a plain list.
    mk("Q37", "Marmay la kaz : aide aux devoirs dans les quartiers de Saint-Pierre",
       "CENTRE SOCIAL TERRE SAINTE - RAVINE BLANCHE - La Réunion", dimension="Services",
       keywords=["éducation / scolarité", "Parentalité"], territory="Plusieurs quartiers",
       public=["Enfance"], declared=["Caf", "Bailleur social", "Commune"],
       resume="Une aide aux devoirs au plus près des familles, dans des appartements prêtés au rez-de-chaussée des résidences, quatre soirs par semaine.",
       experience="La SEDRE prête deux logements vacants aménagés en salles d'étude.\nL'association Rakine 974 anime des ateliers lecture-écriture en créole et en français.\nLe collège Terrain-Fleury oriente les élèves de 6e.",
       description="64 enfants, 14 bénévoles, 120 soirées.",
       financial="Département de La Réunion\n3.000€\nCIVIS\n2 000 €\nSEDRE\n1 000 €\nCaf de La Réunion (CLAS)\n5 400 €",
       people="2 animateurs, 14 bénévoles",
       res_habitants="Des parents qui reviennent à l'école pour les réunions.",
       perspectives="Ouvrir à Bois d'Olives avec la Ville de Saint-Pierre.",
       funders=[
           F("Intercommunalité", 2000, "CIVIS\n2 000 €",
             alt=["CIVIS", "Communauté intercommunale des villes solidaires"]),
           F("Conseil départemental", 3000, "Département de La Réunion\n3.000€",
             alt=["Département de La Réunion"]),
           F("SEDRE", 1000, "SEDRE\n1 000 €", alt=["Bailleur social"]),
           F("CAF", 5400, "Caf de La Réunion (CLAS)\n5 400 €", alt=["Caf de La Réunion"]),
       ],
       partners=[
           P("SEDRE", "La SEDRE prête deux logements vacants aménagés en salles d'étude"),
           P("Rakine 974", "L'association Rakine 974 anime des ateliers lecture-écriture"),
           P("Collège Terrain-Fleury", "Le collège Terrain-Fleury oriente les élèves de 6e"),
       ],
       excluded=X(
           funders=[],
           partners=["Ville de Saint-Pierre (future plan only; the declared Commune item is kept)",
                     "Département, CIVIS (funders only)", "Caf (funder only; the declared Caf item is kept)"])),

    # Q38 Hérault, small city. A bare "Actions" line inside the Description (not a fiche start);
    # CPAM REFUSED ("dossier non retenu"); an agglomeration by own name; Département; Ville de
    # Frontignan "deux mille euros"; a CCAS by its full name; France Services.
    mk("Q38", "Écrivain public itinérant dans le bassin de Thau",
       "CENTRE SOCIAL DE L'ÎLE DE THAU - Hérault", dimension="Services",
       keywords=["Précarité", "Intégration"], territory="Plusieurs communes", public=["Adultes"],
       declared=["Intercommunalité", "CCAS"],
       resume="Un écrivain public se déplace dans cinq lieux du bassin de Thau pour aider à écrire un courrier, remplir un dossier, comprendre une lettre administrative.",
       experience="Le Centre communal d'action sociale de Sète accueille la permanence du lundi.\nFrance Services de Frontignan reçoit celle du mercredi.",
       description="Bilan par type de demande :\nActions\nlogement 31 %, santé 22 %, emploi 18 %, justice 9 %, autres 20 %.\n540 rendez-vous sur l'année.",
       financial="Sète agglopôle Méditerranée : 3 000 €\nDépartement de l'Hérault : 2 000 €\nVille de Frontignan : deux mille euros\nCPAM de l'Hérault : dossier non retenu",
       people="1 écrivain public salarié",
       res_territoire="Des personnes orientées vers les bons services, moins d'allers-retours.",
       perspectives="Une permanence à Mèze.",
       funders=[
           F("Commune", 2000, "Ville de Frontignan : deux mille euros", alt=["Ville de Frontignan"]),
           F("Intercommunalité", 3000, "Sète agglopôle Méditerranée : 3 000 €",
             alt=["Sète agglopôle Méditerranée"]),
           F("Conseil départemental", 2000, "Département de l'Hérault : 2 000 €",
             alt=["Département de l'Hérault"]),
       ],
       partners=[
           P("CCAS", "Le Centre communal d'action sociale de Sète accueille la permanence",
             alt=["CCAS de Sète", "Centre communal d'action sociale de Sète"]),
           P("France Services de Frontignan", "France Services de Frontignan reçoit celle du mercredi",
             alt=["France Services"]),
       ],
       excluded=X(
           funders=["CPAM de l'Hérault (\"dossier non retenu\": refused)"],
           partners=["CPAM (refused funder; not a partner)", "Mèze (future plan only)",
                     "Sète agglopôle, Département, Ville de Frontignan (funders only)"])),

    # Q39 Calvados, urban. A total RANGE ("entre 8 000 et 9 000 €"); young people's own fundraising
    # (not funders); ANCV per young person (amount null); Caf PS jeunes without figure; an
    # agglomeration by own name; a kayak club as provider; a collège.
    mk("Q39", "Ados en séjour : autofinancer son camp en Suisse normande",
       "CENTRE SOCIAL DU GRAND PARC - Calvados", dimension="Accompagnement de projets",
       keywords=["vacances / loisirs", "Démocratie & citoyenneté"], initiative=["Un groupe d'habitants"],
       territory="Une commune", public=["Jeunesse"], declared=["Commune", "Caf"],
       resume="Douze adolescents ont monté leur séjour de cinq jours : choix des activités, budget, actions d'autofinancement, règles de vie.",
       experience="Le Club de kayak de Pont-d'Ouilly a encadré la descente de l'Orne et l'escalade.\nLe collège Pierre-Varignon a relayé les actions d'autofinancement auprès des familles.",
       description="Autofinancement des jeunes : lavage de voitures, buvette du tournoi de foot, vente de crêpes.",
       financial="Coût du séjour : entre 8 000 et 9 000 € selon les devis retenus.\nCaen la Mer : 1 800 €\nVille d'Hérouville-Saint-Clair : 2 200 €\nANCV (aide aux projets vacances) : 150 € par jeune\nLa Caf du Calvados finance l'animateur via la prestation de service jeunes.\nAutofinancement : 1 450 €",
       people="2 animateurs",
       res_habitants="Des jeunes qui se sont découverts capables d'organiser.",
       funders=[
           F("Commune", 2200, "Ville d'Hérouville-Saint-Clair : 2 200 €",
             alt=["Ville d'Hérouville-Saint-Clair"]),
           F("Intercommunalité", 1800, "Caen la Mer : 1 800 €", alt=["Caen la Mer"]),
           F("ANCV", None, "ANCV (aide aux projets vacances) : 150 € par jeune",
             alt=["Agence nationale pour les chèques-vacances"]),
           F("CAF", None, "La Caf du Calvados finance l'animateur via la prestation de service jeunes",
             alt=["Caf du Calvados"]),
       ],
       partners=[
           P("Club de kayak de Pont-d'Ouilly", "Le Club de kayak de Pont-d'Ouilly a encadré la descente"),
           P("Collège Pierre-Varignon", "Le collège Pierre-Varignon a relayé les actions d'autofinancement",
             borderline=True),
       ],
       budget=B(None, "Coût du séjour : entre 8 000 et 9 000 €", rng=(8000, 9000)),
       excluded=X(
           funders=["Autofinancement : 1 450 € (the young people's own fundraising)",
                    "ANCV's 150 € par jeune (per-person rate: amount left null)"],
           partners=["tournoi de foot (event)", "Caen la Mer, ANCV (funders only)",
                     "Ville, Caf (funders only; declared items kept)"])),

    # Q40 Somme, small city. NO required funder: the action is self-financed; the Ville lends the
    # salle des fêtes (premises in kind: borderline funder + partner, not in the declared list,
    # which is EMPTY); 2 € per item (own sales); Emmaüs collects the leftovers; a school's parents'
    # association; a Caf mentioned only as "pas de demande" (never requested). LAST fiche.
    mk("Q40", "Bourse aux vêtements et troc de livres du printemps",
       "CENTRE SOCIAL DU SOLEIL LEVANT - Somme", dimension="Citoyenneté",
       keywords=["Solidarité", "développement durable"], territory="Une commune",
       public=["Tous publics"], declared=[],
       resume="Deux journées de dépôt-vente de vêtements d'enfants et un coin troc de livres, tenus par les bénévoles du centre.",
       experience="La Ville d'Abbeville prête la salle des fêtes du Soleil Levant pour les deux jours.\nL'association de parents d'élèves de l'école Jean-Moulin tient le coin livres.\nLes invendus sont remis à la communauté Emmaüs d'Abbeville.",
       description="1 900 articles déposés, 1 240 vendus.",
       financial="Action autofinancée : 2 € l'article, reversés aux déposants moins 20 % pour le centre.\nPas de demande de subvention à la Caf cette année.",
       people="16 bénévoles",
       res_habitants="Des familles qui habillent leurs enfants pour la saison à petit prix.",
       perspectives="Une édition d'automne avec le Secours catholique.",
       funders=[
           F("Commune", None, "La Ville d'Abbeville prête la salle des fêtes du Soleil Levant",
             borderline=True, alt=["Ville d'Abbeville"]),
       ],
       partners=[
           P("Commune", "La Ville d'Abbeville prête la salle des fêtes du Soleil Levant",
             alt=["Ville d'Abbeville"]),
           P("Association de parents d'élèves de l'école Jean-Moulin",
             "L'association de parents d'élèves de l'école Jean-Moulin tient le coin livres",
             alt=["Parents d'élèves de l'école Jean-Moulin"]),
           P("Emmaüs Abbeville", "Les invendus sont remis à la communauté Emmaüs d'Abbeville",
             alt=["Emmaüs", "Communauté Emmaüs d'Abbeville"]),
       ],
       excluded=X(
           funders=["Caf (\"Pas de demande de subvention\": never requested)",
                    "2 € l'article / 20 % pour le centre (own sales)"],
           partners=["Secours catholique (future plan only)", "déposants (individuals)"])),
]

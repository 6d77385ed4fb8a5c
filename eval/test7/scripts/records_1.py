"""Test set 7, fiches Q01-Q10 (written blind; see ../README.md)."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk
from eval.sets.spec import PAGE_SENTINEL as PG

R1 = [
    # Q01 Ardèche, rural EVS. "à hauteur de", "X nous a versé", "pour un montant de" with "1.200 €";
    # an intercommunality named only by its own name (Val'Eyrieux); a PENDING fonds de dotation;
    # the EVS's own purchase of sewing machines; "Un café est offert" (look-alike); a school whose
    # pupils only came (borderline partner); a retired seamstress (individual); Perspectives body.
    mk("Q01", "Fil & Clou : atelier de réparation et de couture du jeudi",
       "ESPACE DE VIE SOCIALE LA FILATURE - Ardèche",
       dimension="Citoyenneté", keywords=["Environnement", "développement durable", "Solidarité"],
       initiative=["Un groupe d'habitants"], territory="Plusieurs communes",
       declared=["Intercommunalité", "Caf", "Associations"],
       resume="Un jeudi sur deux, la salle du bas de la Filature devient un atelier : on y recoud, on y recolle, on y répare les petits meubles et les appareils qui traînent au fond des placards.\nL'idée vient de trois habitantes du Cheylard qui ne voulaient plus jeter.",
       experience="Objectifs : réduire les déchets, transmettre des savoir-faire, créer du lien entre les anciens et les jeunes ménages arrivés sur le plateau.\nLes bénévoles de l'association Les Fils d'Eyrieux animent le coin couture ; la Recyclerie du Haut-Vivarais fournit des pièces détachées et reprend ce qui ne peut pas être réparé.\nMme Chabanne, couturière à la retraite, vient à chaque séance et forme les volontaires.",
       description="Chaque séance accueille 12 à 20 personnes. Un café est offert à l'entrée par les bénévoles.\nLes élèves de 4e du collège des Boutières sont venus trois fois dans le cadre de leur projet éco-délégués.\nEn un an : 214 objets apportés, 151 réparés.",
       financial="La Caf de l'Ardèche soutient l'action à hauteur de 3 500 € (animation collective familles).\nVal'Eyrieux nous a versé 2 000 € au titre du programme local de prévention des déchets.\nMSA Ardèche Drôme Loire : participation pour un montant de 1.200 €.\nAchat de trois machines à coudre : 900 € sur nos fonds propres.\nUne demande a été déposée auprès du fonds de dotation Eyrieux Avenir, réponse attendue en janvier.",
       people="2 salariées (animatrice, référente familles)\n9 bénévoles",
       res_territoire="Moins d'objets jetés en déchetterie, selon les agents de Val'Eyrieux.",
       res_habitants="Des habitantes qui n'osaient pas venir au centre sont devenues bénévoles.",
       limites="La salle est trop petite quand il pleut.",
       perspectives="Nous aimerions tourner dans les villages avec la Ressourcerie de Lamastre.",
       funders=[
           F("CAF", 3500, "La Caf de l'Ardèche soutient l'action à hauteur de 3 500 €",
             alt=["Caf de l'Ardèche"]),
           F("Intercommunalité", 2000, "Val'Eyrieux nous a versé 2 000 €",
             alt=["Val'Eyrieux", "Communauté de communes Val'Eyrieux"]),
           F("MSA", 1200, "MSA Ardèche Drôme Loire : participation pour un montant de 1.200 €",
             alt=["MSA Ardèche Drôme Loire"]),
       ],
       partners=[
           P("Les Fils d'Eyrieux", "Les bénévoles de l'association Les Fils d'Eyrieux animent le coin couture"),
           P("Recyclerie du Haut-Vivarais", "la Recyclerie du Haut-Vivarais fournit des pièces détachées"),
           P("Collège des Boutières", "Les élèves de 4e du collège des Boutières sont venus trois fois",
             borderline=True),
       ],
       excluded=X(
           funders=["fonds de dotation Eyrieux Avenir (\"réponse attendue en janvier\": pending)",
                    "Achat de trois machines à coudre : 900 € sur nos fonds propres (the structure's own purchase)",
                    "\"Un café est offert\" (negative for CAF)"],
           partners=["Mme Chabanne (individual)",
                     "Ressourcerie de Lamastre (future plan only)",
                     "Caf, Val'Eyrieux, MSA (funders only)"])),

    # Q02 Ardennes, urban CLAS. A CERFA "Produits" table pasted one value per line (label, body,
    # amount) with a PAGE HEADER inside it between two rows; "Fonds Cnaf" heading over the Caf's
    # CLAS prestation (CAF); "Etat :" and "Région(s) :" template lines with "-"; a private
    # foundation line; cotisations and bénévolat (not funders); TOTAL DES PRODUITS as total.
    mk("Q02", "CLAS du Lac : accompagnement à la scolarité du mardi et du jeudi",
       "CENTRE SOCIAL DU LAC - Ardennes", dimension="Services",
       keywords=["éducation / scolarité", "Parentalité"], territory="Un quartier",
       public=["Enfance", "familles"],
       declared=["Caf", "Commune", "Education nationale"],
       resume="Deux soirs par semaine, 28 enfants du CP à la 5e sont accueillis après l'école pour les devoirs, des jeux de lecture et des petits ateliers sciences. Les parents sont invités une fois par mois à un temps d'échange avec l'équipe.",
       experience="Les enfants sont orientés par les enseignants de l'école élémentaire Turenne et par les professeurs principaux du collège Le Rivage.\nL'association Réussite Ardennes 08 forme nos bénévoles à l'aide aux devoirs.\nMélissa, coordinatrice CLAS, fait le lien avec les familles.",
       description="La Caf des Ardennes agrée et finance le CLAS depuis 2019.\nUn cycle \"sciences en cuisine\" a été co-animé avec la Médiathèque du Lac au printemps.",
       financial="Budget prévisionnel 2024 (extrait du dossier CERFA) :\nProduits\n70 – Vente de produits finis, prestations de services\n0\n74 – Subventions d'exploitation\nEtat :\n-\nRégion(s) :\n-\nDépartement(s) :\nArdennes\n1 200\nIntercommunalité(s) : EPCI\nArdenne Métropole\n1 800\nCommune(s) :\nSedan\n2 500\n" + PG + "\nFonds Cnaf\nPrestation de service CLAS\n6 800\nAutres établissements publics\n-\nAides privées (fondation)\nFondation Ardennaise pour l'Enfance\n1 000\n75 – Autres produits de gestion courante\ndont cotisations\n300\n86 – Emplois des contributions volontaires en nature\nBénévolat\n4 100\nTOTAL DES PRODUITS\n17 700",
       people="1 coordinatrice, 2 animateurs, 7 bénévoles",
       res_centre="Le CLAS est devenu la porte d'entrée de familles que nous ne connaissions pas.",
       res_habitants="Plus de confiance chez les enfants, selon les enseignants.",
       perspectives="Ouvrir un troisième soir si la Ville confirme son aide.",
       funders=[
           F("Conseil départemental", 1200, "Département(s) :\nArdennes\n1 200",
             alt=["Département des Ardennes"]),
           F("Commune", 2500, "Commune(s) :\nSedan\n2 500", alt=["Ville de Sedan", "Sedan"]),
           F("Intercommunalité", 1800, "Intercommunalité(s) : EPCI\nArdenne Métropole\n1 800",
             alt=["Ardenne Métropole"]),
           F("CAF", 6800, "Prestation de service CLAS\n6 800",
             alt=["Caf des Ardennes", "CNAF", "Prestation de service CLAS"]),
           F("Fondation Ardennaise pour l'Enfance", 1000,
             "Fondation Ardennaise pour l'Enfance\n1 000"),
       ],
       partners=[
           P("École élémentaire Turenne", "orientés par les enseignants de l'école élémentaire Turenne",
             alt=["École Turenne"]),
           P("Collège Le Rivage", "par les professeurs principaux du collège Le Rivage"),
           P("Réussite Ardennes 08", "L'association Réussite Ardennes 08 forme nos bénévoles"),
           P("Médiathèque du Lac", "co-animé avec la Médiathèque du Lac"),
       ],
       budget=B(17700, "TOTAL DES PRODUITS\n17 700"),
       excluded=X(
           funders=["Etat :, Région(s) : (template lines with \"-\")",
                    "dont cotisations 300 (members' fees)",
                    "Bénévolat 4 100 (volunteer time valued)",
                    "70 – Vente ... 0 (own receipts)"],
           partners=["Mélissa (staff)", "enseignants, professeurs principaux (staff of annotated schools)",
                     "Ardenne Métropole, Fondation Ardennaise pour l'Enfance (funders only)",
                     "Caf des Ardennes in the text (funder only; the declared Caf item is kept)"])),

    # Q03 Aube, rural. "respectivement" tying two amounts to two bodies in one sentence; "2500e";
    # a Conférence des financeurs amount "par an" (yearly figure kept); Agirc-Arrco REFUSED ("n'a pas
    # donné suite favorable"); a doctor (individual); Semaine bleue (event); a file name.
    mk("Q03", "Mémoire et équilibre : ateliers itinérants pour les plus de 70 ans",
       "ESPACE DE VIE SOCIALE DU BARSÉQUANAIS - Aube",
       files=["affiche-ateliers-memoire-2024.pdf"], dimension="Services",
       keywords=["Viellissement", "Santé", "intergénérationnel"], territory="Plusieurs communes",
       public=["Seniors"], declared=["Intercommunalité", "Commune", "Autre"],
       resume="Cycles de dix séances mêlant exercices de mémoire et gym douce, dans les salles des fêtes de six villages autour de Bar-sur-Seine.",
       experience="Les séances de gym douce sont assurées par Siel Bleu ; les exercices de mémoire par notre animatrice seniors.\nL'ADMR de Bar-sur-Seine et l'EHPAD Les Vignes d'Or repèrent les personnes isolées et les inscrivent.\nLe Club des Aînés de Polisot prête ses jeux et organise le goûter de fin de cycle.\nLe Dr Perrin, médecin à Mussy, a présenté les ateliers aux patients de sa salle d'attente.",
       description="84 participants sur l'année, 6 villages.\nUne séance publique a eu lieu pendant la Semaine bleue.",
       financial="La Communauté de communes du Barséquanais en Champagne et la commune de Bar-sur-Seine nous ont accordé respectivement 3 000 € et 1 500 €.\nMSA Sud Champagne : 2500e\nConférence des financeurs de l'Aube : 2 000 € par an (convention 2024-2025).\nAgirc-Arrco, sollicitée, n'a pas donné suite favorable.\nParticipation : 20 € le cycle.",
       people="1 animatrice seniors, 2 intervenants Siel Bleu, 5 bénévoles chauffeurs",
       res_territoire="Les mairies relaient les dates dans leurs bulletins.",
       res_habitants="Plusieurs participants se retrouvent désormais en dehors des ateliers.",
       limites="Le transport reste le frein principal.",
       perspectives="Étendre aux villages du Chaourçois.",
       funders=[
           F("Commune", 1500, "la commune de Bar-sur-Seine nous ont accordé respectivement 3 000 € et 1 500 €",
             alt=["Commune de Bar-sur-Seine"]),
           F("Intercommunalité", 3000,
             "La Communauté de communes du Barséquanais en Champagne et la commune de Bar-sur-Seine nous ont accordé respectivement 3 000 €",
             alt=["Communauté de communes du Barséquanais en Champagne"]),
           F("MSA", 2500, "MSA Sud Champagne : 2500e", alt=["MSA Sud Champagne"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 2000,
             "Conférence des financeurs de l'Aube : 2 000 € par an",
             alt=["Conférence des financeurs", "Conférence des financeurs de l'Aube", "CFPPA"]),
       ],
       partners=[
           P("Siel Bleu", "Les séances de gym douce sont assurées par Siel Bleu"),
           P("ADMR de Bar-sur-Seine", "L'ADMR de Bar-sur-Seine et l'EHPAD Les Vignes d'Or repèrent les personnes isolées",
             alt=["ADMR"]),
           P("EHPAD Les Vignes d'Or", "l'EHPAD Les Vignes d'Or repèrent les personnes isolées"),
           P("Club des Aînés de Polisot", "Le Club des Aînés de Polisot prête ses jeux"),
       ],
       excluded=X(
           funders=["Agirc-Arrco (\"n'a pas donné suite favorable\": refused)",
                    "Participation : 20 € le cycle (participants)"],
           partners=["Dr Perrin (individual)", "Semaine bleue (event)", "mairies (generic)",
                     "villages du Chaourçois (future plan, geography)",
                     "Communauté de communes, MSA, Conférence des financeurs (funders only)"])),

    # Q04 Aveyron, small town. Asked vs obtained in one line (ARS: 2 500 asked, 1 800 obtained ->
    # 1 800); "avec le soutien de la Région" without amount; intercommunality by own name
    # "3.000€"; a company's mécénat in words ("mille euros"); the Ville lends a gymnasium for free
    # (premises in kind: borderline funder + partner = declared Commune); CPAM orients (partner only).
    mk("Q04", "Bouger sur ordonnance : sport-santé dans le Bassin",
       "CENTRE SOCIAL DU BASSIN DECAZEVILLOIS - Aveyron", dimension="Services",
       keywords=["Santé", "Précarité"], initiative=["Un ou plusieurs partenaire(s)"],
       territory="Plusieurs communes", public=["Adultes"], declared=["Commune", "Autre"],
       resume="Des adultes atteints de maladies chroniques reprennent une activité physique adaptée, deux fois par semaine, sur prescription de leur médecin.",
       experience="L'idée est venue de la Maison de santé de Firmi, qui cherchait une solution près de chez les patients.\nLe Centre hospitalier de Decazeville oriente les patients en sortie de réadaptation ; la CPAM de l'Aveyron repère des assurés en affection longue durée et leur envoie notre plaquette.\nLes séances sont encadrées par un éducateur APA du Judo Club Decazevillois.",
       description="La Ville de Decazeville met gratuitement le gymnase Camille-Douls à notre disposition le lundi et le jeudi.\n31 personnes inscrites, 22 toujours présentes au bout de six mois.",
       financial="Avec le soutien de la Région Occitanie.\nARS : 2 500 € demandés, 1 800 € obtenus.\nDecazeville Communauté : 3.000€\nMécénat de la Société Rouergate de Travaux : mille euros.\nReste à charge du centre social : 600 €.",
       people="1 éducateur APA, 1 référente santé, 3 bénévoles",
       res_habitants="Perte de poids, moins d'essoufflement, sorties entre participants.",
       limites="Liste d'attente ; un seul créneau l'été.",
       perspectives="Un créneau aquagym avec le centre aquatique d'Aubin.",
       funders=[
           F("Commune", None, "La Ville de Decazeville met gratuitement le gymnase Camille-Douls à notre disposition",
             borderline=True, alt=["Ville de Decazeville"]),
           F("Intercommunalité", 3000, "Decazeville Communauté : 3.000€",
             alt=["Decazeville Communauté"]),
           F("Région", None, "Avec le soutien de la Région Occitanie.", alt=["Région Occitanie"]),
           F("ARS", 1800, "ARS : 2 500 € demandés, 1 800 € obtenus", alt=["ARS Occitanie"]),
           F("Société Rouergate de Travaux", 1000,
             "Mécénat de la Société Rouergate de Travaux : mille euros"),
       ],
       partners=[
           P("Commune", "La Ville de Decazeville met gratuitement le gymnase Camille-Douls à notre disposition",
             alt=["Ville de Decazeville"]),
           P("Maison de santé de Firmi", "L'idée est venue de la Maison de santé de Firmi"),
           P("Centre hospitalier de Decazeville", "Le Centre hospitalier de Decazeville oriente les patients"),
           P("CPAM", "la CPAM de l'Aveyron repère des assurés", alt=["CPAM de l'Aveyron"]),
           P("Judo Club Decazevillois", "un éducateur APA du Judo Club Decazevillois"),
       ],
       excluded=X(
           funders=["ARS's 2 500 € (asked; 1 800 € obtained is the amount)",
                    "Reste à charge du centre social : 600 € (the structure)",
                    "CPAM (orients patients; not said to pay)"],
           partners=["gymnase Camille-Douls (a venue; the Ville is annotated)",
                     "centre aquatique d'Aubin (future plan only)",
                     "Région, ARS, Decazeville Communauté, Société Rouergate de Travaux (funders only)"])),

    # Q05 Charente-Maritime, urban. Amounts in words ("trois mille euros", "deux mille cinq cents
    # euros"); REAAP; per-person entry price; a cinema as service provider; Relais Petite Enfance
    # as own node; a médiathèque only in Perspectives. PAGE HEADER after this fiche.
    mk("Q05", "Ciné-goûter des familles : un dimanche par mois au cinéma",
       "CENTRE SOCIAL DU PETIT MARSEILLE - Charente-Maritime", dimension="Citoyenneté",
       keywords=["Parentalité", "Culture", "vacances / loisirs"], territory="Une commune",
       public=["familles", "Petite enfance"], declared=["Commune", "Intercommunalité", "Caf"],
       resume="Une séance de cinéma choisie avec les parents, suivie d'un goûter et d'un petit atelier autour du film. Pour beaucoup de familles, c'était la première sortie au cinéma avec les enfants.",
       experience="Le cinéma L'Étoile de Rochefort programme un film jeune public réservé à nos familles.\nLa ludothèque La Toupie anime l'atelier après le film ; le Relais Petite Enfance diffuse l'information aux assistantes maternelles.\nLes enseignantes de l'école maternelle Libération ont préparé les plus petits avec des albums du film.",
       description="10 séances, 412 entrées dont 230 enfants.\nEntrée à 2 € par personne, goûter offert.",
       financial="La Ville de Rochefort nous a alloué trois mille euros, la Communauté d'agglomération Rochefort Océan deux mille cinq cents euros.\nREAAP 17 : 1 500 €\nLes entrées des familles couvrent une partie de la location de la salle.",
       people="1 référente familles, 4 parents bénévoles",
       res_centre="Des familles nouvelles inscrites aux activités du centre.",
       perspectives="Proposer une séance délocalisée à la médiathèque de Tonnay-Charente.",
       page_header_after=True,
       funders=[
           F("Commune", 3000, "La Ville de Rochefort nous a alloué trois mille euros",
             alt=["Ville de Rochefort"]),
           F("Intercommunalité", 2500,
             "la Communauté d'agglomération Rochefort Océan deux mille cinq cents euros",
             alt=["Rochefort Océan", "Communauté d'agglomération Rochefort Océan"]),
           F("REAAP", 1500, "REAAP 17 : 1 500 €",
             alt=["REAAP 17", "Réseau d'écoute, d'appui et d'accompagnement des parents"]),
       ],
       partners=[
           P("Cinéma L'Étoile de Rochefort", "Le cinéma L'Étoile de Rochefort programme un film jeune public",
             alt=["Cinéma L'Étoile"]),
           P("Ludothèque La Toupie", "La ludothèque La Toupie anime l'atelier"),
           P("Relais Petite Enfance", "le Relais Petite Enfance diffuse l'information",
             alt=["RPE"]),
           P("École maternelle Libération", "Les enseignantes de l'école maternelle Libération ont préparé les plus petits",
             borderline=True),
       ],
       excluded=X(
           funders=["Entrée à 2 € par personne (participants)"],
           partners=["médiathèque de Tonnay-Charente (future plan only)",
                     "assistantes maternelles (individuals)",
                     "Ville, Rochefort Océan, REAAP (funders only)"])),

    # Q06 Dordogne, urban. EMOJI title. France Travail pays a PER-TRAINEE rate (funder, amount null)
    # and orients (partner); agglomeration by acronym and name; State politique de la ville credits
    # (ANCT); a mutuelle; a sports retailer's gift of helmets valued (borderline funder + partner);
    # police municipale -> Commune; a volunteer trainer (individual).
    mk("Q06", "🚲 Vélo-école pour adultes : apprendre à rouler à 40 ans",
       "CENTRE SOCIAL L'ALBA - Dordogne", dimension="Accompagnement de projets",
       keywords=["Intégration", "Emploi, économie", "Environnement"], territory="Plusieurs quartiers",
       public=["Adultes"], declared=["Intercommunalité", "Entreprises"],
       resume="Beaucoup de femmes du quartier n'ont jamais appris à faire du vélo. Sans voiture, c'est un frein pour l'emploi. La vélo-école propose 12 séances, du parking à la piste cyclable.",
       experience="France Travail oriente des demandeuses d'emploi sans moyen de transport.\nL'association Vélo Bergerac 24 prête les vélos et forme nos deux animateurs au code de la route à vélo.\nLa police municipale intervient à la dernière séance pour la sortie en ville.\nMaria, formatrice bénévole, encadre le groupe du samedi.",
       description="38 adultes formés en 2024, dont 31 femmes.\nLe magasin Décathlon Bergerac a offert 40 casques et gilets (valeur 600 €).",
       financial="- Communauté d'agglomération bergeracoise (CAB) : 2 500 €\n- Crédits politique de la ville (État, contrat de ville) : 3 000 €\n- Mutuelle des Coteaux : 1 000 €\n- France Travail : 150 € par stagiaire orienté et formé\nBudget total : 8 900 €",
       people="2 animateurs, 1 bénévole",
       res_territoire="Des trajets domicile-travail à vélo pour 9 stagiaires.",
       res_habitants="Autonomie, fierté, et des balades en famille le dimanche.",
       perspectives="Travailler avec la Mission locale du Bergeracois pour les 16-25 ans.",
       funders=[
           F("Intercommunalité", 2500, "Communauté d'agglomération bergeracoise (CAB) : 2 500 €",
             alt=["Communauté d'agglomération bergeracoise", "CAB"]),
           F("ANCT", 3000, "Crédits politique de la ville (État, contrat de ville) : 3 000 €",
             alt=ANCT_ALT),
           F("Mutuelle des Coteaux", 1000, "Mutuelle des Coteaux : 1 000 €"),
           F("France Travail", None, "France Travail : 150 € par stagiaire orienté et formé"),
           F("Décathlon Bergerac", 600, "Le magasin Décathlon Bergerac a offert 40 casques et gilets (valeur 600 €)",
             borderline=True, alt=["Décathlon"]),
       ],
       partners=[
           P("France Travail", "France Travail oriente des demandeuses d'emploi"),
           P("Vélo Bergerac 24", "L'association Vélo Bergerac 24 prête les vélos"),
           P("Commune", "La police municipale intervient à la dernière séance", alt=["Police municipale"]),
           P("Décathlon Bergerac", "Le magasin Décathlon Bergerac a offert 40 casques et gilets",
             borderline=True, alt=["Décathlon"]),
       ],
       budget=B(8900, "Budget total : 8 900 €"),
       excluded=X(
           funders=["France Travail's 150 € par stagiaire (a per-unit rate: amount left null)"],
           partners=["Maria (individual volunteer)", "Mission locale du Bergeracois (future plan only)",
                     "CAB, État, Mutuelle des Coteaux (funders only)"])),

    # Q07 Eure-et-Loir, urban. Structure line with an inner " - "; the ANCT through "dans le cadre
    # du dispositif Conseiller numérique de l'ANCT" with a yearly amount; agglomeration by own name;
    # Banque des Territoires; websites (ameli.fr, caf.fr, impots.gouv.fr) are not bodies; France
    # Services, CCAS, Emmaüs Connect, a lycée.
    mk("Q07", "Permanences numériques au Lièvre d'Or",
       "CENTRE SOCIAL ROMAIN-ROLLAND - LIÈVRE D'OR - Eure-et-Loir", dimension="Services",
       keywords=["Précarité", "Intégration"], territory="Un quartier", public=["Adultes", "Seniors"],
       declared=["Commune", "Autre"],
       resume="Trois permanences par semaine pour aider les habitants dans leurs démarches en ligne : déclaration de revenus, dossier de retraite, prise de rendez-vous, messagerie.",
       experience="Notre conseillère numérique accompagne pas à pas, sans faire à la place.\nFrance Services Dreux nous adresse les personnes qui ont besoin d'un suivi sur plusieurs séances ; le CCAS de Dreux fait de même pour les bénéficiaires du RSA.\nEmmaüs Connect fournit des smartphones reconditionnés et des recharges à prix solidaire.\nDes élèves de BTS du lycée Les Trois Rivières viennent en stage d'observation.",
       description="Les démarches les plus fréquentes : espace ameli.fr, caf.fr, impots.gouv.fr, prise de rendez-vous pour les titres d'identité.\n1 140 passages en 2024.",
       financial="Le poste de conseillère numérique est financé dans le cadre du dispositif Conseiller numérique de l'ANCT (25 000 € par an).\nAgglo du Pays de Dreux : 4 000 €\nBanque des Territoires : 2.500 € pour l'équipement (6 ordinateurs portables).",
       people="1 conseillère numérique, 1 agent d'accueil, 2 bénévoles",
       res_centre="Une fréquentation nouvelle, notamment des hommes seuls de plus de 60 ans.",
       perspectives="Ouvrir une permanence à la résidence autonomie Les Bâtes.",
       funders=[
           F("ANCT", 25000, "financé dans le cadre du dispositif Conseiller numérique de l'ANCT (25 000 € par an)",
             alt=["Conseiller numérique", "Agence nationale de la cohésion des territoires", "État"]),
           F("Intercommunalité", 4000, "Agglo du Pays de Dreux : 4 000 €",
             alt=["Agglo du Pays de Dreux"]),
           F("Banque des Territoires", 2500, "Banque des Territoires : 2.500 €"),
       ],
       partners=[
           P("France Services Dreux", "France Services Dreux nous adresse les personnes",
             alt=["France Services"]),
           P("CCAS", "le CCAS de Dreux fait de même", alt=["CCAS de Dreux"]),
           P("Emmaüs Connect", "Emmaüs Connect fournit des smartphones reconditionnés"),
           P("Lycée Les Trois Rivières", "Des élèves de BTS du lycée Les Trois Rivières viennent en stage",
             borderline=True),
       ],
       excluded=X(
           funders=["ameli.fr, caf.fr, impots.gouv.fr (websites; no CPAM or CAF funding)"],
           partners=["ameli.fr, caf.fr (websites)", "résidence autonomie Les Bâtes (future plan only)",
                     "ANCT, Agglo du Pays de Dreux, Banque des Territoires (funders only)"])),

    # Q08 Indre, small town. Bailleur amount in brackets; "2.000 €" intercommunality; the Ville lends
    # the land (borderline funder + declared Commune); a garden centre's plants valued 350 € (borderline
    # funder + partner); sale of vegetables (own receipts); an IME; total "Budget 2024 : 4.850 €".
    mk("Q08", "Le potager du Bas-Bourg : jardiner ensemble à Issoudun",
       "CENTRE SOCIAL DES CHÂTEAUX - Indre", dimension="Citoyenneté",
       keywords=["Environnement", "Mixité sociale", "Santé"], territory="Un quartier",
       declared=["Bailleur social", "Commune", "Associations"],
       resume="Douze parcelles cultivées par des familles du quartier, une parcelle collective et un coin pour les enfants, sur un terrain communal au pied des immeubles.",
       experience="L'OPAC 36 (1 500 €) a financé la clôture et le cabanon ; ses gardiens ouvrent le local à outils le week-end.\nLa Ville d'Issoudun prête le terrain par convention.\nLes Jardiniers d'Issoudun donnent des conseils chaque samedi matin.\nUn groupe de jeunes de l'IME Les Rosiers entretient la parcelle collective le mardi.",
       description="La jardinerie Berry Vert a offert les plants de printemps (valeur 350 €).\nLes surplus sont vendus au marché du jeudi.",
       financial="Budget 2024 : 4.850 €\nCommunauté de communes du Pays d'Issoudun : 2.000 €\nOPAC 36 : voir plus haut\nVente des légumes au marché : 420 €\nLe reste sur le budget du centre.",
       people="1 animateur, 12 familles jardinières",
       res_habitants="Des voisins qui ne se parlaient pas partagent maintenant les outils.",
       limites="L'arrosage en août.",
       perspectives="Récupérateurs d'eau de pluie avec le syndicat des eaux.",
       funders=[
           F("Commune", None, "La Ville d'Issoudun prête le terrain par convention",
             borderline=True, alt=["Ville d'Issoudun"]),
           F("Intercommunalité", 2000, "Communauté de communes du Pays d'Issoudun : 2.000 €",
             alt=["Communauté de communes du Pays d'Issoudun"]),
           F("OPAC 36", 1500, "L'OPAC 36 (1 500 €) a financé la clôture", alt=["Bailleur social"]),
           F("Berry Vert", 350, "La jardinerie Berry Vert a offert les plants de printemps (valeur 350 €)",
             borderline=True, alt=["Jardinerie Berry Vert"]),
       ],
       partners=[
           P("Commune", "La Ville d'Issoudun prête le terrain par convention", alt=["Ville d'Issoudun"]),
           P("OPAC 36", "ses gardiens ouvrent le local à outils le week-end"),
           P("Les Jardiniers d'Issoudun", "Les Jardiniers d'Issoudun donnent des conseils"),
           P("IME Les Rosiers", "Un groupe de jeunes de l'IME Les Rosiers entretient la parcelle collective"),
           P("Berry Vert", "La jardinerie Berry Vert a offert les plants", borderline=True,
             alt=["Jardinerie Berry Vert"]),
       ],
       budget=B(4850, "Budget 2024 : 4.850 €"),
       excluded=X(
           funders=["Vente des légumes au marché : 420 € (own sales)",
                    "le budget du centre (the structure)"],
           partners=["syndicat des eaux (future plan only, unnamed)",
                     "Communauté de communes du Pays d'Issoudun (funder only)"])),

    # Q09 Loire-Atlantique, urban. NO "Fichier(s) associé(s)" header; budget line with several parts
    # separated by " ; "; ANCV per person (amount null); VACAF aid to families (not a funder); an
    # agglomeration by acronym (CARENE); a PAGE HEADER inside the Description; camping (venue);
    # Secours populaire, UDAF.
    mk("Q09", "Premier départ : préparer ses vacances en famille",
       "CENTRE SOCIAL DE LA BOULETTERIE - Loire-Atlantique", files=None, dimension="Accompagnement de projets",
       keywords=["vacances / loisirs", "Parentalité", "Précarité"], initiative=["Le centre social"],
       territory="Un quartier", public=["familles"], declared=["Caf", "Commune", "Associations"],
       resume="Huit familles qui ne partaient jamais ont préparé pendant six mois leur première semaine de vacances : budget, destination, transport, valises.",
       experience="Les réunions du jeudi soir mélangent ateliers budget et temps conviviaux.\nLe Secours populaire de Saint-Nazaire a orienté trois familles et prêté des valises.\nLa conseillère de l'UDAF de Loire-Atlantique a animé deux ateliers sur le budget.",
       description="Départs en juillet et août au camping Les Mouettes à Saint-Hilaire-de-Riez.\n" + PG + "\nLes familles ont bénéficié de l'aide VACAF pour le séjour.\nUn bilan photo a été présenté à la fête du quartier.",
       financial="Caf de Loire-Atlantique : 4 200 € ; CARENE 2 000 € ; Ville de Saint-Nazaire 1 500 € ; ANCV : 160 € par personne partie.",
       people="1 référente familles, 1 CESF",
       res_habitants="Sept familles sur huit sont parties. Une veut repartir seule l'an prochain.",
       limites="Le reste à charge reste lourd pour les familles nombreuses.",
       funders=[
           F("Commune", 1500, "Ville de Saint-Nazaire 1 500 €", alt=["Ville de Saint-Nazaire"]),
           F("CAF", 4200, "Caf de Loire-Atlantique : 4 200 €", alt=["Caf de Loire-Atlantique"]),
           F("Intercommunalité", 2000, "CARENE 2 000 €",
             alt=["CARENE", "Saint-Nazaire Agglomération"]),
           F("ANCV", None, "ANCV : 160 € par personne partie",
             alt=["Agence nationale pour les chèques-vacances"]),
       ],
       partners=[
           P("Secours populaire de Saint-Nazaire", "Le Secours populaire de Saint-Nazaire a orienté trois familles",
             alt=["Secours populaire"]),
           P("UDAF de Loire-Atlantique", "La conseillère de l'UDAF de Loire-Atlantique a animé deux ateliers",
             alt=["UDAF"]),
       ],
       excluded=X(
           funders=["VACAF (aid to the families' stay, not to the action)",
                    "ANCV's 160 € par personne (a per-person rate: amount left null)"],
           partners=["camping Les Mouettes (a destination)", "fête du quartier (event)",
                     "Caf, CARENE, Ville, ANCV (funders only)"])),

    # Q10 Lot, rural. A RANGE tied to the Département ("entre 1 500 et 2 000 €"); DRAC "3 k€";
    # LEADER through the GAL (Fonds européens; the GAL is an intermediary: borderline partner);
    # intercommunality by own name (Grand-Figeac); Archives départementales -> Conseil
    # départemental; "la région du Ségala" (geography).
    mk("Q10", "La fabrique à histoires : collecter la mémoire orale du Ségala",
       "ESPACE DE VIE SOCIALE LOU CANTOU - Lot", dimension="Citoyenneté",
       keywords=["Culture", "intergénérationnel"], initiative=["Un habitant"],
       territory="Plusieurs communes", public=["Tous publics"],
       declared=["Conseil départemental", "Intercommunalité"],
       resume="Des jeunes et des anciens enregistrent ensemble des récits de vie : la châtaigne, l'école à pied, l'exode des années soixante. Les enregistrements sont montés en podcasts et diffusés à la radio locale.",
       experience="Les Archives départementales du Lot ont formé les bénévoles au collectage et conservent les enregistrements.\nRadio Ségala 46 diffuse un épisode par mois et prête son studio mobile.\nLes élèves de CM2 de l'école de Latronquière ont interviewé les résidents de l'EHPAD Les Genêts du Ségala.\nLe GAL Figeac Quercy Vallée de la Dordogne nous a aidés à monter le dossier LEADER.",
       description="24 récits enregistrés, 9 épisodes diffusés.\nBeaucoup de familles de la région du Ségala ont reconnu leurs parents.",
       financial="Grand-Figeac : 2 000 €\nDépartement du Lot : entre 1 500 et 2 000 € (montant définitif au bilan)\nDRAC Occitanie : 3 k€\nLEADER (fonds européens) : 4 800 €",
       people="1 animatrice, 11 bénévoles collecteurs",
       res_territoire="Une soirée d'écoute dans chaque commune.",
       perspectives="Un livre-CD avec les éditions du Causse.",
       funders=[
           F("Intercommunalité", 2000, "Grand-Figeac : 2 000 €", alt=["Grand-Figeac"]),
           F("Conseil départemental", None, "Département du Lot : entre 1 500 et 2 000 €",
             alt=["Département du Lot"], rng=(1500, 2000)),
           F("DRAC", 3000, "DRAC Occitanie : 3 k€", alt=["DRAC Occitanie", "État"]),
           F("Fonds européens", 4800, "LEADER (fonds européens) : 4 800 €",
             alt=["LEADER", "FEADER", "Union européenne"]),
       ],
       partners=[
           P("Conseil départemental", "Les Archives départementales du Lot ont formé les bénévoles",
             alt=["Archives départementales du Lot"]),
           P("Radio Ségala 46", "Radio Ségala 46 diffuse un épisode par mois"),
           P("École de Latronquière", "Les élèves de CM2 de l'école de Latronquière ont interviewé",
             borderline=True),
           P("EHPAD Les Genêts du Ségala", "les résidents de l'EHPAD Les Genêts du Ségala"),
           P("GAL Figeac Quercy Vallée de la Dordogne",
             "Le GAL Figeac Quercy Vallée de la Dordogne nous a aidés à monter le dossier LEADER",
             borderline=True, alt=["GAL"]),
       ],
       excluded=X(
           funders=["\"la région du Ségala\" (geography, not the Région)",
                    "GAL Figeac Quercy Vallée de la Dordogne (intermediary for LEADER; not the payer)"],
           partners=["éditions du Causse (future plan only)",
                     "Grand-Figeac, DRAC, LEADER (funders only)"])),
]

"""Test set 7, fiches Q21-Q30 (written blind; see ../README.md)."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk
from eval.sets.spec import PAGE_SENTINEL as PG

R3 = [
    # Q21 Haute-Vienne, urban. EMPTY keyword list; one sentence tying two bodies to one amount each
    # ("finance 2 500 € et Limoges Métropole 2 500 €") inside a "Contrat territoire lecture"
    # (a scheme, not a body); a national association (ATD Quart Monde) and a reading network as
    # partners; volunteers of a partner; an event (Partir en livre).
    mk("Q21", "Bibliothèque de rue à Beaubreuil",
       "CENTRE SOCIAL DE BEAUBREUIL - Haute-Vienne", dimension="Citoyenneté", keywords=[],
       territory="Un quartier", public=["Enfance", "familles"],
       declared=["Intercommunalité", "Associations"],
       resume="Chaque mercredi après-midi, des couvertures étalées au pied des immeubles, des paniers de livres et des lecteurs : les enfants viennent, restent, reviennent.",
       experience="Action menée avec ATD Quart Monde, dont les bénévoles animent deux mercredis par mois, et avec Lire et faire lire 87 pour les lectures aux tout-petits.\nL'école maternelle Jean-Le-Bail fait venir les familles à la rentrée.",
       description="Pendant l'été, la bibliothèque de rue a participé à Partir en livre.\n35 mercredis, en moyenne 22 enfants et 6 parents.",
       financial="Dans le cadre du Contrat territoire lecture, la DRAC Nouvelle-Aquitaine finance 2 500 € et Limoges Métropole 2 500 €.\nAchat de livres : 1 100 € ; tapis et paniers : 240 €.",
       people="1 animatrice, 8 bénévoles",
       res_habitants="Des parents empruntent désormais à la bibliothèque du quartier.",
       perspectives="Un deuxième point de lecture au Mas-Neuf.",
       funders=[
           F("Intercommunalité", 2500, "Limoges Métropole 2 500 €", alt=["Limoges Métropole"]),
           F("DRAC", 2500, "la DRAC Nouvelle-Aquitaine finance 2 500 €",
             alt=["DRAC Nouvelle-Aquitaine", "État"]),
       ],
       partners=[
           P("ATD Quart Monde", "Action menée avec ATD Quart Monde"),
           P("Lire et faire lire 87", "avec Lire et faire lire 87 pour les lectures aux tout-petits",
             alt=["Lire et faire lire"]),
           P("École maternelle Jean-Le-Bail", "L'école maternelle Jean-Le-Bail fait venir les familles"),
       ],
       excluded=X(
           funders=["Contrat territoire lecture (a scheme; the DRAC and the Métropole pay)",
                    "Achat de livres, tapis et paniers (costs)"],
           partners=["bénévoles d'ATD Quart Monde (members of an annotated partner)",
                     "Partir en livre (event)", "Mas-Neuf (future plan only)",
                     "DRAC, Limoges Métropole (funders only; declared Intercommunalité kept)"])),

    # Q22 Bouches-du-Rhône, small city. A métropole by own name; ANCT through "BOP 147"; CPAM as
    # funder AND partner (permanence); a CIDFF with its expansion; a Maison de justice et du droit;
    # France Services; an avocate (individual); "ameli.fr" (website).
    mk("Q22", "Le Point droits du Charrel",
       "CENTRE SOCIAL DU CHARREL - Bouches-du-Rhône", dimension="Services",
       keywords=["Précarité", "Solidarité"], territory="Un quartier", public=["Adultes", "familles"],
       declared=["Conseil départemental", "Intercommunalité", "Préfecture"],
       resume="Un accueil sans rendez-vous, deux matinées par semaine, pour les questions de droits : logement, santé, séparation, dettes, titres de séjour.",
       experience="La CPAM des Bouches-du-Rhône tient une permanence le mardi sur rendez-vous.\nLe Centre d'information sur les droits des femmes et des familles (CIDFF 13) reçoit le jeudi.\nLes situations complexes sont orientées vers la Maison de justice et du droit d'Aubagne ou vers France Services Aubagne.\nMaître Albertini, avocate, assure une consultation gratuite par mois.",
       description="1 020 personnes reçues ; 38 % pour des questions de santé (complémentaire santé solidaire, compte ameli.fr).",
       financial="Département des Bouches-du-Rhône : 6 000 €\nMétropole Aix-Marseille-Provence : 3 500 €\nÉtat (BOP 147, contrat de ville) : 4 000 €\nConvention CPAM : 1 500 €",
       people="1 juriste, 1 agent d'accueil",
       res_territoire="Moins de ruptures de droits repérées par les assistantes sociales.",
       perspectives="Une permanence de la Caf en 2025.",
       funders=[
           F("Intercommunalité", 3500, "Métropole Aix-Marseille-Provence : 3 500 €",
             alt=["Métropole Aix-Marseille-Provence", "Métropole AMP"]),
           F("Conseil départemental", 6000, "Département des Bouches-du-Rhône : 6 000 €",
             alt=["Département des Bouches-du-Rhône"]),
           F("ANCT", 4000, "État (BOP 147, contrat de ville) : 4 000 €", alt=ANCT_ALT + ["BOP 147"]),
           F("CPAM", 1500, "Convention CPAM : 1 500 €", alt=["CPAM des Bouches-du-Rhône"]),
       ],
       partners=[
           P("CPAM", "La CPAM des Bouches-du-Rhône tient une permanence", alt=["CPAM des Bouches-du-Rhône"]),
           P("CIDFF 13", "Le Centre d'information sur les droits des femmes et des familles (CIDFF 13) reçoit le jeudi",
             alt=["CIDFF", "Centre d'information sur les droits des femmes et des familles"]),
           P("Maison de justice et du droit d'Aubagne",
             "orientées vers la Maison de justice et du droit d'Aubagne", alt=["Maison de justice et du droit"]),
           P("France Services Aubagne", "ou vers France Services Aubagne", alt=["France Services"]),
       ],
       excluded=X(
           funders=["ameli.fr (website)"],
           partners=["Maître Albertini (individual)", "assistantes sociales (generic)",
                     "Caf (future plan only)",
                     "Métropole, Département, État (funders only; declared items kept)"])),

    # Q23 Nord, urban. The Région's own scheme "Nos Quartiers d'Été" (Région, NOT ANCT); a waste
    # syndicate as funder and partner; a bailleur lending a shop (borderline funder + partner); a
    # bike shop's inner tubes (gift, not valued: borderline funder + partner); a LOWERCASE list of
    # partners with a municipal service (-> Commune); "3.000€".
    mk("Q23", "L'atelier vélo de la Cité : réparer, apprendre, rouler",
       "CENTRE SOCIAL DE LA CITÉ NOUVELLE - Nord", dimension="Accompagnement de projets",
       keywords=["Environnement", "Mixité sociale", "Emploi, économie"], territory="Plusieurs quartiers",
       public=["Tous publics"], declared=["Intercommunalité", "Bailleur social", "Associations"],
       resume="Un atelier d'autoréparation ouvert trois demi-journées par semaine : chacun répare son vélo avec l'aide d'un mécanicien, et des vélos récupérés sont remis en état puis donnés ou vendus à petit prix.",
       experience="Le SIAVED nous réserve les vélos déposés en déchetterie.\nPartenord Habitat met à disposition un ancien commerce en pied d'immeuble, sans loyer.\nLe magasin Cycles du Hainaut a donné 40 chambres à air.\nl'atelier fonctionne avec : le club cyclo de wavrechain, l'école paul-langevin, le centre de loisirs municipal et la ressourcerie du denaisis.\nLa Mission locale du Denaisis envoie des jeunes en immersion.",
       description="312 vélos réparés, 86 vélos remis en circulation. Vente à 20 ou 30 € le vélo.",
       financial="La Porte du Hainaut : 3.000€\nNos Quartiers d'Été (Région Hauts-de-France) : 2 000 €\nSIAVED (appel à projets réemploi) : 1 500 €\nVente de vélos : 1 980 €",
       people="1 mécanicien, 1 animateur, 6 bénévoles",
       res_habitants="Des jeunes qui vont en stage à vélo.",
       perspectives="Une antenne mobile avec la Ville de Wallers.",
       funders=[
           F("Intercommunalité", 3000, "La Porte du Hainaut : 3.000€", alt=["La Porte du Hainaut"]),
           F("Région", 2000, "Nos Quartiers d'Été (Région Hauts-de-France) : 2 000 €",
             alt=["Région Hauts-de-France", "Nos Quartiers d'Été"]),
           F("SIAVED", 1500, "SIAVED (appel à projets réemploi) : 1 500 €"),
           F("Partenord Habitat", None, "Partenord Habitat met à disposition un ancien commerce en pied d'immeuble, sans loyer",
             borderline=True, alt=["Bailleur social"]),
           F("Cycles du Hainaut", None, "Le magasin Cycles du Hainaut a donné 40 chambres à air",
             borderline=True),
       ],
       partners=[
           P("Commune", "le centre de loisirs municipal", alt=["Centre de loisirs municipal"]),
           P("SIAVED", "Le SIAVED nous réserve les vélos déposés en déchetterie"),
           P("Partenord Habitat", "Partenord Habitat met à disposition un ancien commerce"),
           P("Cycles du Hainaut", "Le magasin Cycles du Hainaut a donné 40 chambres à air", borderline=True),
           P("Club cyclo de Wavrechain", "le club cyclo de wavrechain"),
           P("École Paul-Langevin", "l'école paul-langevin"),
           P("Ressourcerie du Denaisis", "la ressourcerie du denaisis"),
           P("Mission locale du Denaisis", "La Mission locale du Denaisis envoie des jeunes en immersion",
             alt=["Mission locale"]),
       ],
       excluded=X(
           funders=["\"Nos Quartiers d'Été\" is the Région's scheme (not ANCT/Quartiers d'été of the State)",
                    "Vente de vélos : 1 980 € (own sales)"],
           partners=["Ville de Wallers (future plan only)",
                     "La Porte du Hainaut, Région (funders only)"])),

    # Q24 Gironde, small city. Free-text lines "- Public : ..." and "- Territoire concerné : ..."
    # that look like headers; a Conférence des financeurs RANGE ("entre 2 000 et 3 000 €"); an
    # agglomeration by own name (La Cali); a complementary pension fund (AG2R); postmen of La Poste
    # (borderline partner); CCAS, a hospital, ADMR; a retired nurse (individual).
    mk("Q24", "Veille bienveillante : repérer et visiter les aînés isolés du Libournais",
       "CENTRE SOCIAL ET CULTUREL DE L'EPINETTE - Gironde", dimension="Citoyenneté",
       keywords=["Viellissement", "Solidarité", "intergénérationnel"], territory="Plusieurs communes",
       public=["Seniors"], declared=["CCAS", "Intercommunalité", "Associations"],
       resume="Un réseau de voisins, de commerçants et de professionnels signale les personnes âgées qui ne sortent plus ; des binômes de bénévoles leur rendent visite chaque semaine.",
       experience="- Public : personnes de plus de 75 ans vivant seules\n- Territoire concerné : Libourne et trois communes voisines\nLe CCAS de Libourne transmet la liste des personnes inscrites au registre canicule.\nLe service social du Centre hospitalier Robert-Boulin nous signale les sorties d'hospitalisation.\nL'ADMR de Libourne et l'association Les Amis de Saint-Jean 33 participent au comité de suivi.\nDes facteurs de La Poste signalent des boîtes aux lettres qui débordent.",
       description="58 personnes visitées, 31 bénévoles formés.\nMarie-Claude, infirmière retraitée, forme les nouveaux bénévoles.",
       financial="La Cali (communauté d'agglomération du Libournais) : 2 000 €\nConférence des financeurs de la Gironde : entre 2 000 et 3 000 € selon le nombre de visites réalisées\nAG2R La Mondiale (action sociale retraite complémentaire) : 1 200,00 €",
       people="1 coordinatrice, 31 bénévoles",
       res_habitants="Trois hospitalisations évitées selon le médecin traitant de deux personnes.",
       perspectives="S'étendre au Fronsadais.",
       funders=[
           F("Intercommunalité", 2000, "La Cali (communauté d'agglomération du Libournais) : 2 000 €",
             alt=["La Cali", "Communauté d'agglomération du Libournais"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", None,
             "Conférence des financeurs de la Gironde : entre 2 000 et 3 000 €",
             alt=["Conférence des financeurs", "Conférence des financeurs de la Gironde", "CFPPA"],
             rng=(2000, 3000)),
           F("AG2R La Mondiale", 1200, "AG2R La Mondiale (action sociale retraite complémentaire) : 1 200,00 €",
             alt=["AG2R"]),
       ],
       partners=[
           P("CCAS", "Le CCAS de Libourne transmet la liste", alt=["CCAS de Libourne"]),
           P("Centre hospitalier Robert-Boulin", "Le service social du Centre hospitalier Robert-Boulin nous signale"),
           P("ADMR de Libourne", "L'ADMR de Libourne et l'association Les Amis de Saint-Jean 33 participent au comité de suivi",
             alt=["ADMR"]),
           P("Les Amis de Saint-Jean 33", "l'association Les Amis de Saint-Jean 33 participent au comité de suivi"),
           P("La Poste", "Des facteurs de La Poste signalent des boîtes aux lettres qui débordent",
             borderline=True),
       ],
       excluded=X(
           funders=[],
           partners=["Marie-Claude (individual)", "voisins, commerçants (generic)",
                     "Fronsadais (future plan only)", "La Cali, Conférence des financeurs, AG2R La Mondiale (funders only)"])),

    # Q25 Rhône, small city. "avec le soutien de" + brackets; ARS "dans le cadre de l'appel à
    # projets nutrition"; a mutuelle; Métropole by own name; an épicerie solidaire, the PMI (own
    # node), a food bank chain; recipe kits "5 € par famille" (participants); a dietician (individual).
    mk("Q25", "Bien manger à petit prix : cuisine et épicerie solidaire",
       "CENTRE SOCIAL LES VERNES - Rhône", dimension="Services",
       keywords=["Santé", "Précarité", "Parentalité"], territory="Une commune", public=["familles"],
       declared=["Commune", "Autre"],
       resume="Des ateliers cuisine hebdomadaires à partir des produits de l'épicerie solidaire, avec des recettes simples, des repères nutrition et un repas partagé.",
       experience="L'épicerie solidaire Le Panier givordin fournit les produits et oriente ses bénéficiaires.\nLa PMI de Givors anime un atelier par mois sur l'alimentation des tout-petits.\nLa diététicienne libérale Mme Faure intervient sur trois séances.",
       description="Chaque famille repart avec un kit recette (5 € par famille).\n44 familles, 38 ateliers.",
       financial="Avec le soutien de la Métropole de Lyon (4 000 €), de la Ville de Givors (1 500 €) et de l'ARS Auvergne-Rhône-Alpes, dans le cadre de l'appel à projets nutrition (2 500 €).\nMutuelle du Gier : 1 000 €",
       people="1 conseillère ESF, 4 bénévoles",
       res_habitants="Moins de plats préparés achetés, selon les familles interrogées.",
       perspectives="Jardin potager avec l'école Jean-Macé.",
       funders=[
           F("Commune", 1500, "de la Ville de Givors (1 500 €)", alt=["Ville de Givors"]),
           F("Intercommunalité", 4000, "la Métropole de Lyon (4 000 €)", alt=["Métropole de Lyon"]),
           F("ARS", 2500, "l'ARS Auvergne-Rhône-Alpes, dans le cadre de l'appel à projets nutrition (2 500 €)",
             alt=["ARS Auvergne-Rhône-Alpes"]),
           F("Mutuelle du Gier", 1000, "Mutuelle du Gier : 1 000 €"),
       ],
       partners=[
           P("Le Panier givordin", "L'épicerie solidaire Le Panier givordin fournit les produits",
             alt=["Épicerie solidaire Le Panier givordin"]),
           P("PMI", "La PMI de Givors anime un atelier par mois", alt=["PMI de Givors"]),
       ],
       excluded=X(
           funders=["kit recette (5 € par famille): participants"],
           partners=["Mme Faure (individual dietician)", "école Jean-Macé (future plan only)",
                     "Métropole de Lyon, ARS, Mutuelle du Gier (funders only)",
                     "Ville de Givors (funder only; the declared Commune item is kept)"])),

    # Q26 Seine-Saint-Denis, urban. A PAGE HEADER inside the Résumé; an EPT by its own name (Est
    # Ensemble); Cité éducative; Département "Seine-Saint-Denis"; the EPT's library (named); a
    # collège, an école, an association with digits; an event (Salon du livre jeunesse); a staff
    # mediator.
    mk("Q26", "Les petits ambassadeurs de la lecture",
       "CENTRE SOCIAL MOSAÏQUE - Seine-Saint-Denis", dimension="Citoyenneté",
       keywords=["éducation / scolarité", "Culture"], territory="Plusieurs quartiers",
       public=["Enfance"], declared=["Commune", "Education nationale", "Associations"],
       resume="Des collégiens de 6e lisent des albums aux élèves de CP le vendredi midi.\n" + PG + "\nIls apprennent à choisir un livre, à le lire à voix haute, à poser des questions, et reçoivent en fin d'année un diplôme d'ambassadeur.",
       experience="Le collège Jean-Zay sélectionne les ambassadeurs avec les professeurs de français ; l'école élémentaire Léon-Blum accueille les lectures.\nL'association Lecture Jeunesse 93 forme les collégiens.\nLa bibliothèque Denis-Diderot d'Est Ensemble prête des valises de livres.\nRachid, médiateur du centre, accompagne les trajets.",
       description="22 ambassadeurs, 110 élèves de CP.\nSortie au Salon du livre et de la presse jeunesse en décembre.",
       financial="Cité éducative de Bondy : 6 000 €\nEst Ensemble : 3 500 €\nVille de Bondy : 2 000 €\nSeine-Saint-Denis (Département) : 2 000 €",
       people="1 médiateur, 1 coordinatrice",
       res_habitants="Des collégiens fiers, des CP qui réclament leur lecteur.",
       funders=[
           F("Commune", 2000, "Ville de Bondy : 2 000 €", alt=["Ville de Bondy"]),
           F("Intercommunalité", 3500, "Est Ensemble : 3 500 €", alt=["Est Ensemble"]),
           F("Cité éducative", 6000, "Cité éducative de Bondy : 6 000 €",
             alt=["Cité éducative de Bondy", "Éducation nationale"]),
           F("Conseil départemental", 2000, "Seine-Saint-Denis (Département) : 2 000 €",
             alt=["Département de la Seine-Saint-Denis", "Seine-Saint-Denis"]),
       ],
       partners=[
           P("Collège Jean-Zay", "Le collège Jean-Zay sélectionne les ambassadeurs"),
           P("École élémentaire Léon-Blum", "l'école élémentaire Léon-Blum accueille les lectures",
             alt=["École Léon-Blum"]),
           P("Lecture Jeunesse 93", "L'association Lecture Jeunesse 93 forme les collégiens"),
           P("Bibliothèque Denis-Diderot", "La bibliothèque Denis-Diderot d'Est Ensemble prête des valises de livres",
             alt=["Intercommunalité"]),
       ],
       excluded=X(
           funders=["bibliothèque Denis-Diderot (lends books: partner only)"],
           partners=["Rachid (staff)", "professeurs de français (staff of an annotated collège)",
                     "Salon du livre et de la presse jeunesse (event)",
                     "Cité éducative, Est Ensemble, Département (funders only; declared Commune kept)"])),

    # Q27 Isère, small city. NO "Fichier(s) associé(s)" header; a past funder ("avait financé la
    # première année, 2 000 € ") kept; an agglomeration by acronym with its expansion; Carsat
    # "3.000 €"; Département; an association (France Alzheimer) and a respite platform; a
    # "café-répit" (look-alike, negative for CAF).
    mk("Q27", "Pause répit : un après-midi pour les aidants",
       "CENTRE SOCIAL MOSAÏQUE DE SAINT-BONNET - Isère", files=None, dimension="Services",
       keywords=["Viellissement", "Santé", "Solidarité"], territory="Plusieurs communes",
       public=["Adultes", "Seniors"], declared=["Intercommunalité", "Conseil départemental"],
       resume="Un mardi sur deux, les aidants de proches atteints de maladies neurodégénératives se retrouvent au café-répit pendant que leurs proches participent à un atelier à côté.",
       experience="La Plateforme de répit Nord-Isère assure la présence d'une psychologue et d'une aide-soignante.\nFrance Alzheimer Isère forme les bénévoles et anime deux séances par trimestre.\nLa résidence autonomie Les Tilleuls accueille les ateliers des personnes aidées.",
       description="19 binômes aidant-aidé suivis ; 24 séances.",
       financial="CAPI (Communauté d'agglomération Porte de l'Isère) : 2 500 €\nCarsat Rhône-Alpes : 3.000 €\nDépartement de l'Isère : 2 000 €\nLa Fondation Alpes Santé avait financé la première année, 2 000 € en 2022.",
       people="1 animatrice, 1 psychologue (Plateforme de répit), 6 bénévoles",
       res_habitants="Des aidants qui s'accordent enfin du temps pour eux.",
       limites="Le transport des personnes aidées.",
       funders=[
           F("Intercommunalité", 2500, "CAPI (Communauté d'agglomération Porte de l'Isère) : 2 500 €",
             alt=["CAPI", "Communauté d'agglomération Porte de l'Isère"]),
           F("CARSAT", 3000, "Carsat Rhône-Alpes : 3.000 €", alt=["Carsat Rhône-Alpes"]),
           F("Conseil départemental", 2000, "Département de l'Isère : 2 000 €",
             alt=["Département de l'Isère"]),
           F("Fondation Alpes Santé", 2000, "La Fondation Alpes Santé avait financé la première année, 2 000 € en 2022."),
       ],
       partners=[
           P("Plateforme de répit Nord-Isère", "La Plateforme de répit Nord-Isère assure la présence d'une psychologue",
             alt=["Plateforme de répit"]),
           P("France Alzheimer Isère", "France Alzheimer Isère forme les bénévoles", alt=["France Alzheimer"]),
           P("Résidence autonomie Les Tilleuls", "La résidence autonomie Les Tilleuls accueille les ateliers"),
       ],
       excluded=X(
           funders=["café-répit (negative for CAF)"],
           partners=["psychologue, aide-soignante (staff of an annotated partner)",
                     "CAPI, Carsat, Département, Fondation Alpes Santé (funders only; declared items kept)"])),

    # Q28 Haute-Garonne, small town. Terminée with an EMPTY reason; intercommunality by own name;
    # Caf PS jeunes "par an" (yearly figure); "le reste, soit 1 000 €" from the Commune; a bursary
    # paid to each young person (aid to individuals, not a funder); a municipal heritage service
    # (-> Commune); a national association.
    mk("Q28", "Chantier jeunes : rénover le lavoir de Seysses",
       "CENTRE SOCIAL DU MURETAIN NORD - Haute-Garonne", status="Terminée", reason="",
       dimension="Accompagnement de projets", keywords=["Démocratie & citoyenneté", "Emploi, économie"],
       territory="Une commune", public=["Jeunesse"], declared=["Commune", "Caf"],
       resume="Huit jeunes de 16 à 18 ans ont restauré pendant deux semaines le lavoir du chemin de la Saudrune : maçonnerie à la chaux, toiture, peinture.",
       experience="Les Compagnons Bâtisseurs Occitanie encadrent la partie technique.\nLe service patrimoine de la mairie de Seysses a choisi le chantier et fourni les matériaux.\nL'association Les Amis du Vieux Seysses a raconté l'histoire du lavoir aux jeunes.\nLa Mission locale Haute-Garonne a orienté quatre des huit jeunes.",
       description="Chaque jeune a reçu une bourse de 120 € à la fin du chantier.",
       financial="Le Muretain Agglo : 2 000 €\nCaf de la Haute-Garonne, prestation de service jeunes : 3 600 € par an (pour l'ensemble du secteur jeunes)\nCommune de Seysses : le reste, soit 1 000 €",
       people="1 animateur, 1 encadrant technique",
       res_territoire="Le lavoir a été inauguré lors des journées du patrimoine.",
       res_habitants="Deux jeunes se sont inscrits en CAP maçonnerie.",
       funders=[
           F("Commune", 1000, "Commune de Seysses : le reste, soit 1 000 €", alt=["Commune de Seysses"]),
           F("Intercommunalité", 2000, "Le Muretain Agglo : 2 000 €", alt=["Le Muretain Agglo"]),
           F("CAF", 3600, "Caf de la Haute-Garonne, prestation de service jeunes : 3 600 € par an",
             alt=["Caf de la Haute-Garonne"]),
       ],
       partners=[
           P("Commune", "Le service patrimoine de la mairie de Seysses a choisi le chantier",
             alt=["Mairie de Seysses", "Service patrimoine"]),
           P("Compagnons Bâtisseurs Occitanie", "Les Compagnons Bâtisseurs Occitanie encadrent la partie technique",
             alt=["Compagnons Bâtisseurs"]),
           P("Les Amis du Vieux Seysses", "L'association Les Amis du Vieux Seysses a raconté l'histoire du lavoir"),
           P("Mission locale Haute-Garonne", "La Mission locale Haute-Garonne a orienté quatre des huit jeunes",
             alt=["Mission locale"]),
       ],
       excluded=X(
           funders=["bourse de 120 € par jeune (aid paid to the young people)"],
           partners=["journées du patrimoine (event)",
                     "Le Muretain Agglo (funder only)", "Caf (funder only; the declared Caf item is kept)"])),

    # Q29 Finistère, small city. Initiative "Autre" + Précision; Caf "fonds publics et territoires"
    # attributed to the Caf (CAF, not CNAF); ARS; intercommunality "3.500 €"; SESSAD, IME, PMI,
    # Relais Petite Enfance as partners.
    mk("Q29", "Pôle ressources handicap : accueillir tous les enfants en loisirs",
       "CENTRE SOCIAL KERVIDANOU - Finistère", dimension="Services",
       keywords=["Parentalité", "discriminations", "éducation / scolarité"], initiative=["Autre"],
       precision="Le réseau parentalité du territoire, après une enquête auprès des familles d'enfants en situation de handicap.",
       territory="Plusieurs communes", public=["Enfance", "familles"],
       declared=["Caf", "Intercommunalité", "Associations"],
       resume="Un pôle ressources qui aide les accueils de loisirs du territoire à recevoir des enfants en situation de handicap : visite, adaptation, renfort d'animateur, formation des équipes.",
       experience="Le SESSAD Ar Men et l'IME de Quimperlé conseillent les équipes pour chaque enfant.\nLa PMI et le Relais Petite Enfance du pays de Quimperlé repèrent les familles des tout-petits.\nL'association Autisme Cornouaille 29 anime les formations.",
       description="27 enfants accueillis dans 9 accueils de loisirs.",
       financial="Caf du Finistère (fonds publics et territoires) : 8 000 €\nARS Bretagne : 2 000 €\nQuimperlé Communauté : 3.500 €",
       people="1 référente handicap, 3 animateurs de renfort",
       res_centre="Le centre est devenu la ressource du territoire sur l'inclusion.",
       perspectives="Étendre aux séjours de vacances.",
       funders=[
           F("Intercommunalité", 3500, "Quimperlé Communauté : 3.500 €", alt=["Quimperlé Communauté"]),
           F("CAF", 8000, "Caf du Finistère (fonds publics et territoires) : 8 000 €",
             alt=["Caf du Finistère", "Fonds publics et territoires"]),
           F("ARS", 2000, "ARS Bretagne : 2 000 €", alt=["ARS Bretagne"]),
       ],
       partners=[
           P("SESSAD Ar Men", "Le SESSAD Ar Men et l'IME de Quimperlé conseillent les équipes", alt=["SESSAD"]),
           P("IME de Quimperlé", "l'IME de Quimperlé conseillent les équipes"),
           P("PMI", "La PMI et le Relais Petite Enfance du pays de Quimperlé repèrent les familles"),
           P("Relais Petite Enfance", "le Relais Petite Enfance du pays de Quimperlé repèrent les familles",
             alt=["RPE", "Relais Petite Enfance du pays de Quimperlé"]),
           P("Autisme Cornouaille 29", "L'association Autisme Cornouaille 29 anime les formations"),
       ],
       excluded=X(
           funders=[],
           partners=["réseau parentalité (in the Précision; a network, not a named body)",
                     "accueils de loisirs du territoire (generic)", "ARS (funder only)",
                     "Caf, Quimperlé Communauté (funders only; declared items kept)"])),

    # Q30 Loire, small town. "1 200 €" intercommunality by own name; Département; a fonds de
    # dotation; Caf LAEP "par an"; a music school association; Relais Petite Enfance; a musician
    # (individual). PAGE HEADER after this fiche.
    mk("Q30", "Récré-sons : éveil musical parents-bébés",
       "CENTRE SOCIAL DE MONTBRISON - Loire", dimension="Citoyenneté",
       keywords=["Parentalité", "Culture"], territory="Une commune", public=["Petite enfance", "familles"],
       declared=["Caf", "Intercommunalité"],
       resume="Un samedi matin par mois, parents et enfants de moins de trois ans chantent, manipulent des instruments et écoutent de petits concerts.",
       experience="Les séances sont animées par deux professeures de l'école de musique associative Les Croches montbrisonnaises.\nLe Relais Petite Enfance de Montbrison diffuse l'information et vient avec des assistantes maternelles.\nJeanne, violoncelliste, a offert un concert en décembre.",
       description="Le lieu d'accueil enfants-parents du centre prolonge les séances le mardi.",
       financial="Loire Forez agglomération : 1 200 €\nDépartement de la Loire : 1 500 €\nHarmonie Forez (fonds de dotation) : 700 €\nCaf de la Loire (PS LAEP) : 4 400 € par an",
       people="1 accueillante LAEP, 2 intervenantes",
       res_habitants="Des parents qui chantent à la maison.",
       page_header_after=True,
       funders=[
           F("Intercommunalité", 1200, "Loire Forez agglomération : 1 200 €", alt=["Loire Forez agglomération"]),
           F("Conseil départemental", 1500, "Département de la Loire : 1 500 €", alt=["Département de la Loire"]),
           F("Harmonie Forez", 700, "Harmonie Forez (fonds de dotation) : 700 €"),
           F("CAF", 4400, "Caf de la Loire (PS LAEP) : 4 400 € par an", alt=["Caf de la Loire"]),
       ],
       partners=[
           P("Les Croches montbrisonnaises", "l'école de musique associative Les Croches montbrisonnaises",
             alt=["École de musique Les Croches montbrisonnaises"]),
           P("Relais Petite Enfance", "Le Relais Petite Enfance de Montbrison diffuse l'information",
             alt=["RPE", "Relais Petite Enfance de Montbrison"]),
       ],
       excluded=X(
           funders=[],
           partners=["Jeanne (individual musician)", "assistantes maternelles (individuals)",
                     "lieu d'accueil enfants-parents du centre (internal service)",
                     "Département, Harmonie Forez (funders only; declared Caf and Intercommunalité kept)"])),
]

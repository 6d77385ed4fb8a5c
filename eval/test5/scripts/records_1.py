"""Test set 5, fiches Y01-Y10 (hand-written; text and annotation together)."""

from eval.sets.gold_helpers import B, F, P, X, mk

R1 = [
    # Y01 Martinique, rural EVS. Collectivité territoriale de Martinique "8 000 €"; Espace Sud
    # (agglomeration) "3.000 €"; a fonds de dotation; Caf prestation without amount; PENDING ADEME;
    # "ti-kafé" (a café pun); lycée agricole, PNR lending tools (partner only), France Services;
    # an individual elder; a body only in Perspectives; page header after.
    mk("Y01", "Jaden lakou : relancer les jardins créoles au pied des cases",
       "EVS LAKOU ANBA BWA - Martinique",
       dimension="Accompagnement de projets",
       keywords=("Environnement", "intergénérationnel", "Solidarité"),
       resume="Des habitants du quartier Morne Pitault ont demandé à retrouver les jardins créoles "
              "que faisaient leurs parents. L'EVS accompagne 14 familles pour remettre en culture des "
              "parcelles au pied des maisons et partager graines, boutures et savoir-faire.\n"
              "Un ti-kafé jardin est proposé chaque samedi matin pour les échanges",
       initiative=("Un groupe d'habitants",),
       territory="Un quartier",
       experience="Phase 1 : recensement des parcelles et des anciens qui savent encore.\n"
                  "Phase 2 : chantiers collectifs le samedi, avec Man Hortense qui transmet les "
                  "associations de plantes (dachine, giraumon, pois d'angole).\n"
                  "Phase 3 : fête des récoltes en décembre.",
       public=("familles", "Seniors"),
       declared=("Commune", "Associations"),
       description="Les élèves du lycée agricole du François viennent deux fois par mois aider aux "
                   "chantiers et installer des bacs pour les personnes à mobilité réduite. "
                   "L'association Gran Jaden Matinik forme les familles au compostage. "
                   "Le Parc naturel régional de la Martinique prête des outils et a fait une "
                   "animation sur les plantes médicinales.\n"
                   "La France Services du François oriente vers nous les familles qui ont un "
                   "terrain mais ne savent pas par où commencer.",
       financial="Collectivité Territoriale de Martinique : 8 000 €\n"
                 "Communauté d'agglomération de l'Espace Sud : 3.000 €\n"
                 "Fonds de dotation Lavi Vèt Matinik : 2 500 €\n"
                 "La Caf finance l'animation via la prestation animation collective familles.\n"
                 "ADEME : dossier déposé en mars, pas de réponse à ce jour.",
       people="2 salariés, 6 bénévoles",
       res_territoire="11 parcelles remises en culture.",
       res_centre="Nouvelle dynamique avec les anciens.",
       res_habitants="Les familles mangent ce qu'elles produisent, et échangent.",
       limites="Sécheresse de carême : il faut des récupérateurs d'eau.",
       perspectives="Installer des cuves avec la commune du François.",
       page_header_after=True,
       funders=[
           F("Collectivité territoriale de Martinique", 8000,
             "Collectivité Territoriale de Martinique : 8 000 €",
             alt=["CTM", "Conseil départemental", "Région"]),
           F("Intercommunalité", 3000, "Communauté d'agglomération de l'Espace Sud : 3.000 €",
             alt=["Espace Sud", "Communauté d'agglomération de l'Espace Sud Martinique"]),
           F("Fonds de dotation Lavi Vèt Matinik", 2500,
             "Fonds de dotation Lavi Vèt Matinik : 2 500 €", alt=["Lavi Vèt Matinik"]),
           F("CAF", None,
             "La Caf finance l'animation via la prestation animation collective familles",
             alt=["Caf de la Martinique"]),
       ],
       partners=[
           P("Lycée agricole du François",
             "Les élèves du lycée agricole du François viennent deux fois par mois aider"),
           P("Gran Jaden Matinik",
             "L'association Gran Jaden Matinik forme les familles au compostage"),
           P("Parc naturel régional de la Martinique",
             "Le Parc naturel régional de la Martinique prête des outils",
             alt=["PNR de la Martinique"]),
           P("France Services du François", "La France Services du François oriente vers nous",
             alt=["France Services"]),
       ],
       excluded=X(
           funders=["ADEME (\"dossier déposé en mars, pas de réponse à ce jour\": pending)",
                    "ti-kafé jardin (a café, negative for CAF)",
                    "Parc naturel régional de la Martinique (lends tools: partner only)"],
           partners=["Man Hortense (individual)",
                     "commune du François (future plan only)",
                     "Collectivité Territoriale de Martinique, Espace Sud, Lavi Vèt Matinik, Caf "
                     "(funders only)"]),
       ),

    # Y02 Guyane, urban. Long fiche. State (BOP 104, DGCOPOP) without a specific label -> État;
    # CTG with "5000 euros"; FSE+ "(12 000 €)" in one sentence; Caf "prend en charge" without
    # amount; per-learner cost of books (no funder); hospital, Mission locale, a médiathèque, an
    # association with digits, the CRIA; an interpreter (individual).
    mk("Y02", "Paroles de femmes : français et savoirs de base à Saint-Laurent-du-Maroni",
       "CENTRE SOCIAL MAMA BOBI - Guyane",
       dimension="Services",
       keywords=("Intégration", "éducation / scolarité", "Précarité"),
       resume="Ateliers sociolinguistiques pour des femmes venues du Suriname, du Brésil, d'Haïti "
              "et du fleuve. Objectif : comprendre l'école des enfants, aller seule à l'hôpital, "
              "remplir un dossier.\n"
              "Trois groupes de niveau, 4 demi-journées par semaine, garde des petits assurée.",
       territory="Une commune",
       experience="L'action a démarré en 2022 après un diagnostic fait avec les mamans de la "
                  "halte-garderie.\n"
                  "Les ateliers sont animés par deux formatrices du centre social et une interprète "
                  "en sranan tongo, Mme Aloema.\n"
                  "Des sorties sont organisées : marché, mairie, bureau de poste, urgences.",
       public=("Adultes", "familles"),
       declared=("Préfecture", "Associations"),
       description="Le Centre hospitalier de l'Ouest guyanais accueille les groupes pour une visite "
                   "de la maternité et des urgences, avec la cadre de santé.\n"
                   "La Mission locale de l'Ouest guyanais oriente les plus jeunes (moins de 26 ans).\n"
                   "L'association Lire au Fleuve 973 anime un atelier lecture le vendredi, et la "
                   "médiathèque Eddy-Lamaze nous accueille pour l'inscription des familles.\n"
                   "Positionnement des stagiaires fait avec le CRIA de Guyane.",
       financial="Le projet est financé par l'Etat (BOP 104, intégration des primo-arrivants, "
                 "DGCOPOP) pour 9 000 €, par la CTG à hauteur de 5000 euros et par le FSE+ "
                 "(12 000 €) sur deux ans.\n"
                 "La Caf de la Guyane prend en charge la garde des enfants pendant les ateliers "
                 "(prestation de service).\n"
                 "Livrets et cahiers : 15 € par stagiaire.",
       people="2 formatrices, 1 interprète, 1 animatrice petite enfance",
       res_territoire="46 femmes accompagnées en 2024.",
       res_centre="Le centre est repéré par les structures de santé.",
       res_habitants="Plus d'autonomie dans les démarches, 9 femmes ont passé le DELF A1 !!",
       limites="Listes d'attente ; locaux trop petits.",
       perspectives="Ouvrir un groupe du soir pour les femmes qui travaillent.",
       funders=[
           F("État", 9000, "financé par l'Etat (BOP 104, intégration des primo-arrivants, "
             "DGCOPOP) pour 9 000 €", alt=["BOP 104", "DGCOPOP", "Préfecture"]),
           F("Collectivité territoriale de Guyane", 5000, "par la CTG à hauteur de 5000 euros",
             alt=["CTG", "Conseil départemental", "Région"]),
           F("Fonds européens", 12000, "le FSE+ (12 000 €)",
             alt=["FSE+", "FSE", "Fonds social européen"]),
           F("CAF", None, "La Caf de la Guyane prend en charge la garde des enfants",
             alt=["Caf de la Guyane"]),
       ],
       partners=[
           P("Centre hospitalier de l'Ouest guyanais",
             "Le Centre hospitalier de l'Ouest guyanais accueille les groupes",
             alt=["CHOG"]),
           P("Mission locale de l'Ouest guyanais",
             "La Mission locale de l'Ouest guyanais oriente les plus jeunes",
             alt=["Mission locale"]),
           P("Lire au Fleuve 973", "L'association Lire au Fleuve 973 anime un atelier lecture"),
           P("Médiathèque Eddy-Lamaze", "médiathèque Eddy-Lamaze nous accueille"),
           P("CRIA de Guyane", "Positionnement des stagiaires fait avec le CRIA de Guyane",
             alt=["CRIA"]),
       ],
       excluded=X(
           funders=["Livrets et cahiers : 15 € par stagiaire (a per-person cost, no funder)"],
           partners=["Mme Aloema (individual interpreter)",
                     "marché, mairie, bureau de poste, urgences (outing places)",
                     "cadre de santé (staff of the hospital, already annotated)",
                     "halte-garderie (the centre's own service)",
                     "État, CTG, FSE+, Caf (funders only)"]),
       ),

    # Y03 Mayotte. CSSM (the CAF of Mayotte) "7.500 €"; ARS Mayotte; Département de Mayotte in
    # prose "a accordé"; an invented foundation; Commune de Mamoudzou lends a room (borderline funder,
    # partner = declared Commune); PMI, CHM, an association with digits; a doctor (individual).
    mk("Y03", "Cuisine des 1000 jours : ateliers nutrition pour futures et jeunes mamans",
       "ASSOCIATION MAHABA NA UTRU - Mayotte",
       keywords=("Santé", "Parentalité"),
       resume="Ateliers cuisine et nutrition pour les femmes enceintes et les mères d'enfants de "
              "moins de deux ans, à Kawéni. On cuisine avec des produits locaux et pas chers "
              "(brèdes, fruit à pain, poisson), on parle allaitement et diversification.",
       initiative=("Un ou plusieurs partenaire(s)",),
       territory="Un quartier",
       experience="L'idée vient de la PMI de Kawéni qui constatait beaucoup d'anémies.\n"
                  "Un cycle = 6 ateliers ; 4 cycles par an.",
       public=("Petite enfance", "familles"),
       declared=("Commune", "Conseil départemental"),
       description="Les ateliers sont co-animés par une sage-femme de la PMI et notre animatrice. "
                   "Le Dr Madi, pédiatre, intervient une fois par cycle.\n"
                   "Le Centre hospitalier de Mayotte (service de néonatologie) oriente des mamans "
                   "à la sortie de la maternité. L'association Ushababi 976 traduit les supports "
                   "en shimaoré.\n"
                   "La commune de Mamoudzou met à disposition la cuisine de la MJC de Kawéni.",
       financial="CSSM : 7.500 €\n"
                 "ARS Mayotte 6 000 €\n"
                 "Le Département de Mayotte a accordé 3 000 € pour l'achat du matériel.\n"
                 "Fondation Ylang Enfance : 2 000 €",
       people="1 animatrice, 1 sage-femme PMI, 1 bénévole traductrice",
       res_habitants="64 mamans ont suivi un cycle complet.",
       perspectives="Un cycle pour les papas ?",
       funders=[
           F("Commune", None, "La commune de Mamoudzou met à disposition la cuisine",
             borderline=True, alt=["Commune de Mamoudzou"]),
           F("CSSM", 7500, "CSSM : 7.500 €",
             alt=["CAF", "Caisse de sécurité sociale de Mayotte"]),
           F("ARS", 6000, "ARS Mayotte 6 000 €", alt=["ARS Mayotte"]),
           F("Conseil départemental", 3000, "Le Département de Mayotte a accordé 3 000 €",
             alt=["Département de Mayotte"]),
           F("Fondation Ylang Enfance", 2000, "Fondation Ylang Enfance : 2 000 €"),
       ],
       partners=[
           P("PMI", "co-animés par une sage-femme de la PMI", alt=["PMI de Kawéni"]),
           P("Centre hospitalier de Mayotte",
             "Le Centre hospitalier de Mayotte (service de néonatologie) oriente des mamans",
             alt=["CHM"]),
           P("Ushababi 976", "L'association Ushababi 976 traduit les supports"),
           P("Commune", "La commune de Mamoudzou met à disposition la cuisine",
             alt=["Commune de Mamoudzou"]),
       ],
       excluded=X(
           funders=["MJC de Kawéni (the venue whose kitchen the commune lends)"],
           partners=["Dr Madi (individual)", "MJC de Kawéni (venue)",
                     "CSSM, ARS, Département, Fondation Ylang Enfance (funders only)"]),
       ),

    # Y04 Corse-du-Sud. Collectivité de Corse; Conférence des financeurs in full; CARSAT by region;
    # conseiller numérique "dans le cadre du dispositif ... de l'ANCT" (ANCT, no amount);
    # a mutuelle; CCAS as a partner; the CAPA lends a room (borderline funder + partner);
    # per-session price; initiative Autre + Précision.
    mk("Y04", "Clic et Causette : le numérique sans stress pour les plus de 65 ans",
       "CENTRE SOCIAL AGHJA VECCHIA - Corse-du-Sud",
       dimension="Services",
       keywords=("Viellissement", "Solidarité"),
       resume="Ateliers collectifs et permanences individuelles pour les seniors d'Ajaccio : "
              "tablette, messagerie, démarches en ligne, appels vidéo avec les petits-enfants.",
       initiative=("Autre",),
       precision="Demande du conseil des aînés de la ville, relayée par le CCAS.",
       territory="Plusieurs quartiers",
       experience="Cycle de 8 séances de 2h par groupe de 6. Prêt de tablettes entre les séances.",
       public=("Seniors",),
       declared=("Autre",),
       description="Le CCAS d'Ajaccio repère et inscrit les personnes isolées et leur donne un "
                   "bon de transport.\n"
                   "Les ateliers ont lieu dans notre salle et dans une salle de la maison de "
                   "quartier des Salines prêtée gratuitement par la CAPA (Communauté "
                   "d'Agglomération du Pays Ajaccien).\n"
                   "La conseillère numérique est recrutée dans le cadre du dispositif Conseiller "
                   "numérique de l'ANCT.\n"
                   "Les jeunes du service civique d'Unis-Cité Corse accompagnent en binôme.",
       financial="Collectivité de Corse 4 000 €\n"
                 "Conférence des financeurs de la prévention de la perte d'autonomie de "
                 "Corse-du-Sud : 3 500 €\n"
                 "Carsat Sud-Est : 1 500 €\n"
                 "Mutuelle Corsica Salute 800 €\n"
                 "participation : 2 € la séance",
       people="1 conseillère numérique, 4 volontaires en service civique",
       res_habitants="52 seniors formés ; 30 utilisent seuls la visio.",
       limites="Peu d'hommes inscrits.",
       perspectives="Aller dans les villages de la Gravona avec un minibus.",
       funders=[
           F("Collectivité de Corse", 4000, "Collectivité de Corse 4 000 €",
             alt=["Conseil départemental", "Région", "CdC"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 3500,
             "Conférence des financeurs de la prévention de la perte d'autonomie de "
             "Corse-du-Sud : 3 500 €", alt=["Conférence des financeurs", "CFPPA"]),
           F("CARSAT", 1500, "Carsat Sud-Est : 1 500 €", alt=["Carsat Sud-Est"]),
           F("Mutuelle Corsica Salute", 800, "Mutuelle Corsica Salute 800 €"),
           F("ANCT", None, "recrutée dans le cadre du dispositif Conseiller numérique de l'ANCT",
             alt=["État", "Conseiller numérique", "Agence nationale de la cohésion des "
                  "territoires"]),
           F("Intercommunalité", None, "prêtée gratuitement par la CAPA", borderline=True,
             alt=["CAPA", "Communauté d'Agglomération du Pays Ajaccien"]),
       ],
       partners=[
           P("CCAS", "Le CCAS d'Ajaccio repère et inscrit les personnes isolées",
             alt=["CCAS d'Ajaccio"]),
           P("Intercommunalité", "prêtée gratuitement par la CAPA",
             alt=["CAPA", "Communauté d'Agglomération du Pays Ajaccien"]),
           P("Unis-Cité Corse", "service civique d'Unis-Cité Corse accompagnent en binôme",
             alt=["Unis-Cité"]),
       ],
       excluded=X(
           funders=["participation : 2 € la séance (participants)",
                    "CCAS d'Ajaccio (bons de transport given to the people: partner only)"],
           partners=["conseil des aînés (a consultative group of the town, précision only)",
                     "maison de quartier des Salines (venue)",
                     "conseillère numérique (staff)",
                     "Collectivité de Corse, Conférence des financeurs, Carsat, Mutuelle Corsica "
                     "Salute, ANCT (funders only)"]),
       ),

    # Y05 Ain, urban. CLAS: Caf "CLAS : 6 240 €"; Ville with a mistyped amount line "2000e";
    # Haut-Bugey Agglomération "1 500€"; the municipal médiathèque = Commune (declared Commune);
    # collèges, AFEV; "adhésion 5 € par enfant"; the town's programme de réussite éducative
    # (a scheme, context only).
    mk("Y05", "Coup de pouce devoirs : accompagnement à la scolarité à la Forge",
       "CENTRE SOCIAL DE LA FORGE - Ain",
       keywords=("éducation / scolarité", "Parentalité"),
       resume="Accompagnement à la scolarité (CLAS) pour 38 collégiens de 6e et 5e, les lundis, "
              "mardis et jeudis, avec un temps parents une fois par mois.",
       territory="Un quartier",
       experience="Les élèves sont repérés avec les professeurs principaux des collèges Ampère et "
                  "Lumière. Le programme de réussite éducative de la ville nous adresse aussi des "
                  "familles.\n"
                  "Les bénévoles étudiants sont recrutés par l'AFEV de l'Ain.",
       public=("Jeunesse", "familles"),
       declared=("Caf", "Education nationale", "Commune"),
       description="Une séance : goûter, devoirs, puis un atelier (échecs, théâtre, sciences).\n"
                   "La médiathèque municipale d'Oyonnax accueille un atelier lecture à voix haute "
                   "un jeudi sur deux.\n"
                   "Les professeurs du collège Ampère font le lien avec les familles ; le collège "
                   "Lumière organise avec nous la réunion de rentrée des parents.",
       financial="caf : CLAS : 6 240 €\n"
                 "Ville d'Oyonnax\n"
                 "2000e\n"
                 "Haut-Bugey Agglomération 1 500€\n"
                 "adhésion 5 € par enfant",
       people="1 coordinatrice, 9 bénévoles",
       res_habitants="Moins de retards et d'exclusions ; les parents osent aller aux réunions.",
       perspectives="Étendre aux CM2.",
       funders=[
           F("Commune", 2000, "Ville d'Oyonnax\n2000e", alt=["Ville d'Oyonnax"]),
           F("CAF", 6240, "caf : CLAS : 6 240 €", alt=["Caf de l'Ain"]),
           F("Intercommunalité", 1500, "Haut-Bugey Agglomération 1 500€",
             alt=["Haut-Bugey Agglomération"]),
       ],
       partners=[
           P("Commune", "La médiathèque municipale d'Oyonnax accueille un atelier lecture",
             alt=["Médiathèque municipale d'Oyonnax", "Ville d'Oyonnax"]),
           P("Collège Ampère", "Les professeurs du collège Ampère font le lien"),
           P("Collège Lumière", "le collège Lumière organise avec nous la réunion "
             "de rentrée"),
           P("AFEV de l'Ain", "recrutés par l'AFEV de l'Ain", alt=["AFEV"]),
       ],
       excluded=X(
           funders=["adhésion 5 € par enfant (participants)"],
           partners=["programme de réussite éducative (a scheme of the town, orienting; context)",
                     "professeurs principaux (staff of the collèges)",
                     "Caf, Haut-Bugey Agglomération (funders only)"]),
       ),

    # Y06 Allier, short fiche. Montluçon Communauté "4 000 €"; a fonds de dotation "1.500 euros";
    # REFUSED Région; "Repair'café" (a café, negative for CAF); a company giving tools valued
    # (borderline funder + borderline partner); lowercase partner list; no Description de
    # l'expérience.
    mk("Y06", "Repair'café des Marais",
       "CENTRE SOCIAL DES MARAIS - Allier",
       dimension="Citoyenneté",
       keywords=("développement durable", "Environnement"),
       resume="Un samedi par mois, des bénévoles réparent avec les habitants : petit "
              "électroménager, vélos, vêtements.",
       initiative=("Un habitant",),
       territory="Une commune",
       public=("Tous publics",),
       declared=("Associations",),
       description="avec : les compagnons du devoir de montluçon, la ressourcerie la bouclerie, "
                   "le club vélo montluçonnais.\n"
                   "L'entreprise Outillage Bourbonnais a donné une caisse à outils complète "
                   "(valeur 600 €).",
       financial="Montluçon Communauté : 4 000 €\n"
                 "Fonds de dotation Allier Demain : 1.500 euros\n"
                 "Région : demande refusée",
       people="12 bénévoles",
       res_territoire="310 objets réparés en un an.",
       funders=[
           F("Intercommunalité", 4000, "Montluçon Communauté : 4 000 €",
             alt=["Montluçon Communauté"]),
           F("Fonds de dotation Allier Demain", 1500,
             "Fonds de dotation Allier Demain : 1.500 euros", alt=["Allier Demain"]),
           F("Outillage Bourbonnais", 600,
             "L'entreprise Outillage Bourbonnais a donné une caisse à outils complète "
             "(valeur 600 €)", borderline=True),
       ],
       partners=[
           P("Compagnons du Devoir de Montluçon", "les compagnons du devoir de montluçon",
             alt=["Compagnons du Devoir"]),
           P("La Bouclerie", "la ressourcerie la bouclerie", alt=["Ressourcerie La Bouclerie"]),
           P("Club Vélo Montluçonnais", "le club vélo montluçonnais"),
           P("Outillage Bourbonnais", "L'entreprise Outillage Bourbonnais a donné une caisse",
             borderline=True),
       ],
       excluded=X(
           funders=["Région (\"demande refusée\")",
                    "Repair'café (a café, negative for CAF)"],
           partners=["Montluçon Communauté, Allier Demain (funders only)"]),
       ),

    # Y07 Alpes-de-Haute-Provence. Permis/mobilité: Département in prose "subvention de";
    # DLVA "4 500 €"; company sponsorship "mécénat" "1 000 €"; MSA Alpes-Vaucluse; France Travail
    # individual aid per person (not a funder); Mission locale, an auto-école, gendarmerie; a
    # volunteer (individual).
    mk("Y07", "Roule ma jeunesse : mobilité et permis pour les 16-25 ans de Manosque",
       "CENTRE SOCIAL LA LUCIOLE - Alpes-de-Haute-Provence",
       keywords=("Emploi, économie", "Précarité"),
       resume="Sans voiture, pas de travail saisonnier ni d'apprentissage dans les villages. "
              "Le centre social propose du code en groupe, des heures de conduite à tarif réduit "
              "et la location de scooters.",
       territory="Plusieurs communes",
       experience="Partenariat avec l'auto-école Provence Conduite pour les heures de conduite. "
                  "Repérage des jeunes par la Mission locale Alpes Provence Verdon.\n"
                  "Séance de prévention routière animée par la gendarmerie de Manosque.",
       public=("Jeunesse",),
       declared=("Intercommunalité", "Entreprises"),
       description="Code : 2 séances par semaine. Scooters : 8 scooters loués 2 € par jour.\n"
                   "Un bénévole retraité, Gérard, accompagne les jeunes en conduite "
                   "accompagnée.",
       financial="Une subvention de 3 000 € du Département des Alpes-de-Haute-Provence ;\n"
                 "DLVA (Durance Luberon Verdon Agglomération) : 4 500 €\n"
                 "mécénat de la société Énergies Haute-Provence : 1 000 €\n"
                 "MSA Alpes-Vaucluse : 900 €\n"
                 "Certains jeunes ont aussi l'aide au permis de France Travail (jusqu'à 1 200 € "
                 "par personne), versée directement à l'auto-école.",
       people="1 animateur mobilité",
       res_habitants="21 codes obtenus, 12 permis.",
       limites="Délais d'examen très longs.",
       funders=[
           F("Conseil départemental", 3000,
             "Une subvention de 3 000 € du Département des Alpes-de-Haute-Provence",
             alt=["Département des Alpes-de-Haute-Provence"]),
           F("Intercommunalité", 4500,
             "DLVA (Durance Luberon Verdon Agglomération) : 4 500 €",
             alt=["DLVA", "Durance Luberon Verdon Agglomération"]),
           F("Énergies Haute-Provence", 1000,
             "mécénat de la société Énergies Haute-Provence : 1 000 €"),
           F("MSA", 900, "MSA Alpes-Vaucluse : 900 €", alt=["MSA Alpes-Vaucluse"]),
       ],
       partners=[
           P("Provence Conduite", "Partenariat avec l'auto-école Provence Conduite",
             alt=["Auto-école Provence Conduite"]),
           P("Mission locale Alpes Provence Verdon",
             "Repérage des jeunes par la Mission locale Alpes Provence Verdon",
             alt=["Mission locale"]),
           P("Gendarmerie de Manosque", "animée par la gendarmerie de Manosque",
             alt=["Gendarmerie nationale", "Gendarmerie"]),
       ],
       excluded=X(
           funders=["France Travail (individual driving-licence aid, paid per person to the "
                    "driving school)",
                    "scooters loués 2 € par jour (participants)"],
           partners=["Gérard (individual volunteer)",
                     "France Travail (individual aid only)",
                     "Département, DLVA, Énergies Haute-Provence, MSA (funders only)"]),
       ),

    # Y08 Ariège, rural EVS. Transport solidaire. Département "2 500 €"; MSA in prose; communauté
    # de communes "3.000€"; Agirc-Arrco "X a accordé"; per-km participation; France Services,
    # CCAS, Secours populaire, EHPAD; the mairies relay (generic).
    mk("Y08", "Transport solidaire du Pays de Pamiers",
       "ESPACE DE VIE SOCIALE LES TROIS RIVIÈRES - Ariège",
       dimension="Services",
       keywords=("Solidarité", "Viellissement"),
       resume="Des chauffeurs bénévolles conduisent les personnes sans voiture à leurs rendez-vous "
              "médicaux, aux courses, aux démarches. 14 communes couvertes.",
       territory="Plusieurs communes",
       experience="Les demandes arrivent par téléphone à l'EVS. Les mairies relaient "
                  "l'information.\n"
                  "La France Services de Pamiers et le CCAS de Pamiers nous adressent des "
                  "personnes ; l'EHPAD Les Tilleuls de Varilhes fait appel au service pour les "
                  "visites des familles.",
       public=("Seniors", "Adultes"),
       declared=("Intercommunalité", "Conseil départemental"),
       description="Le Secours populaire de l'Ariège nous a passé son fichier de bénévoles "
                   "chauffeurs et co-anime la formation des nouveaux chauffeurs.\n"
                   "Participation des usagers : 0,35 € du km, reversée aux chauffeurs.",
       financial="Conseil départemental de l'Ariège : 2 500 €\n"
                 "la MSA Midi-Pyrénées Sud finance la coordination (1 200 €)\n"
                 "CC des Portes d'Ariège Pyrénées : 3.000€\n"
                 "Agirc-Arrco a accordé 1 800 € pour l'achat d'un véhicule adapté.",
       people="1 coordinatrice, 17 chauffeurs bénévoles",
       res_territoire="1 140 trajets en 2024.",
       funders=[
           F("Conseil départemental", 2500, "Conseil départemental de l'Ariège : 2 500 €",
             alt=["Conseil départemental de l'Ariège"]),
           F("MSA", 1200, "la MSA Midi-Pyrénées Sud finance la coordination (1 200 €)",
             alt=["MSA Midi-Pyrénées Sud"]),
           F("Intercommunalité", 3000, "CC des Portes d'Ariège Pyrénées : 3.000€",
             alt=["CC des Portes d'Ariège Pyrénées",
                  "Communauté de communes des Portes d'Ariège Pyrénées"]),
           F("Agirc-Arrco", 1800, "Agirc-Arrco a accordé 1 800 €"),
       ],
       partners=[
           P("France Services de Pamiers", "La France Services de Pamiers",
             alt=["France Services"]),
           P("CCAS", "le CCAS de Pamiers nous adressent des personnes", alt=["CCAS de Pamiers"]),
           P("EHPAD Les Tilleuls", "l'EHPAD Les Tilleuls de Varilhes fait appel au service"),
           P("Secours populaire de l'Ariège",
             "Le Secours populaire de l'Ariège nous a passé son fichier",
             alt=["Secours populaire"]),
       ],
       excluded=X(
           funders=["Participation des usagers : 0,35 € du km (participants)"],
           partners=["mairies (generic relays)", "chauffeurs bénévoles (individuals)",
                     "Département, MSA, CC, Agirc-Arrco (funders only)"]),
       ),

    # Y09 Bouches-du-Rhône, big urban centre, long fiche with a PAGE HEADER inside the Description.
    # VVV (préfecture) -> ANCT; Métropole; Ville; a bailleur; Caf "Caf 13"; a sports foundation;
    # the Ville's free access to the pool (Ville is already a funder); ADDAP 13, police nationale,
    # a collège; "les mamans du quartier" (inhabitants).
    mk("Y09", "Un été aux Aygalades : sorties, mer et sport pour les 11-17 ans",
       "CENTRE SOCIAL LES AYGALADES - CASTELLANE - Bouches-du-Rhône",
       files=("programme-ete-2024.pdf",),
       keywords=("vacances / loisirs", "Mixité sociale"),
       resume="Pendant juillet et août, 90 jeunes des cités du 15e arrondissement partent à la "
              "mer, en calanques, au stade et en mini-séjours. Objectif : que personne ne reste "
              "tout l'été en bas des tours.",
       territory="Plusieurs quartiers",
       experience="Préparation en mai avec les jeunes eux-mêmes (conseil de jeunes du centre).\n"
                  "Trois groupes d'âge, 4 animateurs, 2 éducateurs de l'ADDAP 13 qui connaissent "
                  "les jeunes les plus éloignés.",
       public=("Jeunesse",),
       declared=("Commune", "Préfecture", "Bailleur social"),
       description="Juillet : 3 sorties par semaine (plage de la Pointe-Rouge, calanque de "
                   "Sormiou avec le Parc national des Calanques, kayak).\n"
                   "Les jeunes ont accès gratuitement au centre aquatique municipal grâce à la "
                   "Ville de Marseille.\n"
                   "@@PAGE@@\n"
                   "Août : mini-séjour de 3 jours à Barcelonnette, tournoi de foot inter-quartiers "
                   "avec la Police nationale (opération « Raid aventure » des policiers du 15e).\n"
                   "Le collège Rosa-Parks a diffusé les inscriptions et le bailleur 13 Habitat a "
                   "ouvert un local en pied d'immeuble pour les permanences.\n"
                   "Les mamans du quartier ont préparé le repas de clôture.",
       financial="Ville Vie Vacances (VVV, préfecture des Bouches-du-Rhône) : 4 000 €\n"
                 "Métropole Aix-Marseille-Provence : 6 000 €\n"
                 "Ville de Marseille : 3 500 €\n"
                 "13 Habitat : 2 000 €\n"
                 "Caf 13 : 5 000 €\n"
                 "Fondation Sport et Quartiers Sud : 1 500 €\n"
                 "Participation des familles : 1 € la sortie, 20 € le séjour\n"
                 "Budget total de l'été : 24 800 €",
       people="4 animateurs, 2 éducateurs de prévention, 1 coordinateur",
       res_territoire="Moins de rodéos signalés pendant l'été (source : bailleur).",
       res_centre="Des jeunes « invisibles » sont venus au centre.",
       res_habitants="90 jeunes, dont 35 filles.",
       limites="Transport en car très cher.",
       perspectives="Créer un séjour filles avec l'association Les Déferlantes.",
       funders=[
           F("Commune", 3500, "Ville de Marseille : 3 500 €", alt=["Ville de Marseille"]),
           F("ANCT", 4000,
             "Ville Vie Vacances (VVV, préfecture des Bouches-du-Rhône) : 4 000 €",
             alt=["Ville Vie Vacances", "VVV", "Politique de la ville", "État", "Préfecture"]),
           F("Intercommunalité", 6000, "Métropole Aix-Marseille-Provence : 6 000 €",
             alt=["Métropole Aix-Marseille-Provence"]),
           F("13 Habitat", 2000, "13 Habitat : 2 000 €", alt=["Bailleur social"]),
           F("CAF", 5000, "Caf 13 : 5 000 €", alt=["Caf des Bouches-du-Rhône", "Caf 13"]),
           F("Fondation Sport et Quartiers Sud", 1500,
             "Fondation Sport et Quartiers Sud : 1 500 €"),
       ],
       budget=B(24800, "Budget total de l'été : 24 800 €"),
       partners=[
           P("Commune", "accès gratuitement au centre aquatique municipal grâce à la "
             "Ville de Marseille", alt=["Ville de Marseille"]),
           P("ADDAP 13", "2 éducateurs de l'ADDAP 13"),
           P("Parc national des Calanques", "calanque de Sormiou avec le Parc national des "
             "Calanques"),
           P("Police nationale", "tournoi de foot inter-quartiers avec la Police nationale"),
           P("Collège Rosa-Parks", "Le collège Rosa-Parks a diffusé les inscriptions"),
           P("13 Habitat", "le bailleur 13 Habitat a ouvert un local"),
       ],
       excluded=X(
           funders=["Participation des familles : 1 € la sortie, 20 € le séjour (participants)",
                    "Ville's free access to the pool (the Ville is a funder anyway)"],
           partners=["conseil de jeunes du centre (the structure's own body)",
                     "Les mamans du quartier (inhabitants)",
                     "Les Déferlantes (future plan only)",
                     "plage de la Pointe-Rouge, Barcelonnette (places)",
                     "VVV/préfecture, Métropole, Caf 13, Fondation Sport et Quartiers Sud "
                     "(funders only)"]),
       ),

    # Y10 Cantal, rural. Terminée with a reason. Carsat Auvergne "deux mille euros"; Conférence des
    # financeurs "3.000 €"; Département "accompagné financièrement" without amount; a mutuelle
    # "500 euros"; "5 € le repas" (participants); ADMR, EHPAD, a lycée hôtelier, a pharmacy
    # (unnamed); an event (Semaine Bleue); total cost.
    mk("Y10", "La Table d'Henriette : repas partagés pour rompre l'isolement des aînés",
       "CENTRE SOCIAL DU PAYS DE SALERS - Cantal",
       status="Terminée",
       reason="Fin du financement de la conférence des financeurs au 31/12/2024 ; l'action "
              "continue sous une autre forme avec l'ADMR.",
       keywords=("Viellissement", "intergénérationnel"),
       resume="Un repas par semaine cuisiné ensemble, dans une salle différente chaque mois, pour "
              "les personnes âgées isolées des villages. Lancement pendant la Semaine Bleue.",
       territory="Plusieurs communes",
       experience="Le transport est assuré par nos bénévoles. Les élèves du lycée hôtelier "
                  "Saint-Géraud d'Aurillac ont préparé quatre repas de fête avec les aînés.",
       public=("Seniors",),
       declared=("Conseil départemental", "Associations"),
       description="L'ADMR du Pays de Salers repère les personnes isolées parmi ses bénéficiaires "
                   "et les accompagne au premier repas. L'EHPAD de Saint-Martin-Valmeroux a "
                   "accueilli deux repas avec ses résidents.\n"
                   "La pharmacie du village offre les boissons.",
       financial="Carsat Auvergne : deux mille euros\n"
                 "conférence des financeurs du Cantal : 3.000 €\n"
                 "Le Département nous a également accompagné financièrement.\n"
                 "Mutuelle des Volcans : 500 euros\n"
                 "Participation : 5 € le repas\n"
                 "Coût total de l'action sur l'année : 9 200 €",
       people="1 animatrice, 8 bénévoles",
       res_habitants="27 aînés réguliers, dont 9 qui ne sortaient plus.",
       limites="Les hivers : routes difficiles.",
       funders=[
           F("CARSAT", 2000, "Carsat Auvergne : deux mille euros", alt=["Carsat Auvergne"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 3000,
             "conférence des financeurs du Cantal : 3.000 €",
             alt=["Conférence des financeurs", "CFPPA"]),
           F("Conseil départemental", None,
             "Le Département nous a également accompagné financièrement",
             alt=["Département du Cantal"]),
           F("Mutuelle des Volcans", 500, "Mutuelle des Volcans : 500 euros"),
       ],
       budget=B(9200, "Coût total de l'action sur l'année : 9 200 €"),
       partners=[
           P("Lycée hôtelier Saint-Géraud",
             "Les élèves du lycée hôtelier Saint-Géraud d'Aurillac ont préparé quatre repas"),
           P("ADMR du Pays de Salers", "L'ADMR du Pays de Salers repère les personnes isolées",
             alt=["ADMR"]),
           P("EHPAD de Saint-Martin-Valmeroux",
             "L'EHPAD de Saint-Martin-Valmeroux a accueilli deux repas"),
       ],
       excluded=X(
           funders=["Participation : 5 € le repas (participants)",
                    "pharmacie du village (unnamed business, drinks)"],
           partners=["pharmacie du village (unnamed)", "bénévoles (individuals)",
                     "Semaine Bleue (an event)",
                     "Carsat, Conférence des financeurs, Département, Mutuelle des Volcans "
                     "(funders only)"]),
       ),
]

"""Test set 4, fiches W31-W40."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, NOB, P, X, mk  # noqa: F401

R4 = [
    # W31 Paris, 19e. Ville de Paris -> Commune; Politique de la ville (Etat) -> ANCT; a bailleur; FONJEP;
    # a mutuelle; a lowercase partner list; Précision (si autre) names a collective.
    mk("W31", "Fresque participative rue de Tanger",
       "CENTRE SOCIAL RIQUET-TANGER - Paris",
       keywords=["Culture", "Démocratie & citoyenneté"], dimension="Citoyenneté",
       resume="Une fresque de 40 mètres peinte par les habitants sur le mur d'une résidence, avec un street-artiste du quartier.",
       initiative=["Autre"], precision="Le collectif d'habitants Tanger Debout, soutenu par le conseil de quartier.",
       territory="Un quartier",
       experience="""avec : logis paris est, école polyvalente de tanger, ateliers d'art urbain du 19e, régie de quartier stalingrad
La fresque a été dessinée en ateliers ouverts. La régie de quartier Stalingrad a préparé le mur.""",
       public=["Tous publics"], declared=["Commune", "Bailleur social"],
       description="""8 ateliers de dessin, 4 journées de peinture, 220 participants.
Le magasin Couleurs Villette a donné la peinture (valeur estimée 1 100 €).""",
       financial="""Ville de Paris (DDCT) : 5 000 €
Politique de la ville (Etat) : 3 000 €
Logis Paris Est : 4 000 €
Mutuelle Entrain Parisienne : 700 €""",
       people="2 animateurs, 1 artiste",
       res_territoire="Le mur n'est plus tagué.",
       perspectives="Une deuxième fresque côté canal.",
       funders=[
           F("Commune", 5000, "Ville de Paris (DDCT) : 5 000 €", alt=["Ville de Paris"]),
           F("ANCT", 3000, "Politique de la ville (Etat) : 3 000 €", alt=ANCT_ALT),
           F("Logis Paris Est", 4000, "Logis Paris Est : 4 000 €", alt=["Bailleur social"]),
           F("Mutuelle Entrain Parisienne", 700, "Mutuelle Entrain Parisienne : 700 €"),
           F("Couleurs Villette", 1100, "Le magasin Couleurs Villette a donné la peinture (valeur estimée 1 100 €)", borderline=True),
       ],
       partners=[
           P("Logis Paris Est", "logis paris est"),
           P("École polyvalente de Tanger", "école polyvalente de tanger"),
           P("Ateliers d'art urbain du 19e", "ateliers d'art urbain du 19e"),
           P("Régie de quartier Stalingrad", "La régie de quartier Stalingrad a préparé le mur"),
           P("Tanger Debout", "Le collectif d'habitants Tanger Debout"),
           P("Couleurs Villette", "Le magasin Couleurs Villette a donné la peinture", borderline=True),
       ],
       excluded=X(partners=["conseil de quartier (participatory body, context)", "street-artiste / artiste (individual)"])),

    # W32 Seine-Maritime, Le Havre. NO FUNDER AT ALL; EMPTY status; empty financial field; partners only.
    mk("W32", "Collectif des associations du quartier de Caucriauville",
       "CENTRE SOCIAL DE CAUCRIAUVILLE - Seine-Maritime",
       status=None, keywords=["Démocratie & citoyenneté"], dimension="Accompagnement de projets",
       resume="Animer un collectif qui réunit les associations du quartier une fois par mois pour partager agendas et projets.",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Membres actifs : l'association Caucriauville Solidarité 76, le club de football FC Havre Est, la bibliothèque Martin-Luther-King, le conseil citoyen et l'amicale des locataires Les Hauts.
Le centre social anime et tient le secrétariat.""",
       public=["Tous publics"], declared=["Associations"],
       description="""Un agenda commun imprimé chaque trimestre.
Mme Leclerc, présidente de l'amicale, coordonne la fête de quartier.""",
       financial="",
       people="1 directeur",
       perspectives="Créer une association inter-associative.",
       funders=[],
       partners=[
           P("Caucriauville Solidarité 76", "l'association Caucriauville Solidarité 76"),
           P("FC Havre Est", "le club de football FC Havre Est"),
           P("Bibliothèque Martin-Luther-King", "la bibliothèque Martin-Luther-King"),
           P("Conseil citoyen", "le conseil citoyen", borderline=True),
           P("Amicale des locataires Les Hauts", "l'amicale des locataires Les Hauts"),
       ],
       excluded=X(partners=["Mme Leclerc (individual)"])),

    # W33 Deux-Sèvres, rural. Terse financial with dashes; MSA; CC Airvaudais-Val du Thouet; Département;
    # Agirc-Arrco; a pending Carsat; "1 000 €" per-year past funder.
    mk("W33", "Ateliers mémoire et équilibre en Gâtine",
       "ESPACE DE VIE SOCIALE LA PASSERELLE DE GÂTINE - Deux-Sèvres",
       keywords=["Viellissement", "Santé"], dimension="Services",
       resume="Cycles de 10 séances de prévention des chutes et de stimulation de la mémoire.",
       initiative=["Le centre social"], territory="Plusieurs communes",
       experience="""Séances animées par un éducateur de Siel Bleu Deux-Sèvres et une neuropsychologue de l'hôpital de Parthenay (Centre hospitalier Nord Deux-Sèvres).""",
       public=["Seniors"], declared=["MSA", "Conseil départemental"],
       description="3 cycles, 41 participants.",
       financial="""- MSA Poitou : 2 200 €
- Agirc-Arrco : 1 500 €
- Département des Deux-Sèvres : 1 000 €
- Carsat Centre-Ouest : demande envoyée, toujours sans réponse
- Airvaudais-Val du Thouet (communauté de communes) nous a aidés en 2023 et 2024 à hauteur de 800 € par an""",
       people="1 coordinatrice",
       res_habitants="Moins de chutes déclarées.",
       funders=[
           F("Intercommunalité", 800, "Airvaudais-Val du Thouet (communauté de communes) nous a aidés en 2023 et 2024 à hauteur de 800 € par an", alt=["Communauté de communes Airvaudais-Val du Thouet"]),
           F("MSA", 2200, "MSA Poitou : 2 200 €", alt=["MSA Poitou"]),
           F("Agirc-Arrco", 1500, "Agirc-Arrco : 1 500 €"),
           F("Conseil départemental", 1000, "Département des Deux-Sèvres : 1 000 €", alt=["Département des Deux-Sèvres"]),
       ],
       partners=[
           P("Siel Bleu Deux-Sèvres", "un éducateur de Siel Bleu Deux-Sèvres", alt=["Siel Bleu"]),
           P("Centre hospitalier Nord Deux-Sèvres", "une neuropsychologue de l'hôpital de Parthenay (Centre hospitalier Nord Deux-Sèvres)", alt=["Hôpital de Parthenay"]),
       ],
       excluded=X(funders=["Carsat Centre-Ouest (toujours sans réponse: pending)"],
                  partners=["neuropsychologue, éducateur (staff of annotated bodies)"])),

    # W34 Var, Toulon. Emoji title; Métropole Toulon Provence Méditerranée; CCAS funder + partner; a company;
    # "5 000€ dont 2 000€ en nature"; a percentage; navy association.
    mk("W34", "🌊 Sortons en mer ! Voile pour les familles du Port Marchand",
       "CENTRE SOCIAL DU PORT MARCHAND - Var",
       keywords=["vacances / loisirs", "Mixité sociale"], dimension="Services",
       resume="Initiation à la voile pour des familles qui n'ont jamais navigué, 8 sorties en mai et juin.",
       initiative=["Un habitant"], territory="Une commune",
       experience="""Les sorties sont encadrées par le club Toulon Voile Solidaire. Le CCAS de Toulon oriente des familles suivies et prend en charge les gilets. L'association des Anciens Marins de la Rade explique la navigation et l'histoire du port.""",
       public=["familles"], declared=["CCAS", "Associations"],
       description="64 personnes sont montées sur un bateau.",
       financial="""Métropole Toulon Provence Méditerranée : 3 000 €
CCAS de Toulon : 1 200 €
Ville de Toulon : financement à 30 % du coût
Le chantier naval Méditerranée Nautic a prêté deux voiliers""",
       people="3 moniteurs, 2 animateurs",
       res_habitants="Des enfants inscrits au club à l'année.",
       funders=[
           F("Commune", None, "Ville de Toulon : financement à 30 % du coût", alt=["Ville de Toulon"]),
           F("Intercommunalité", 3000, "Métropole Toulon Provence Méditerranée : 3 000 €", alt=["Métropole Toulon Provence Méditerranée"]),
           F("CCAS", 1200, "CCAS de Toulon : 1 200 €", alt=["CCAS de Toulon"]),
       ],
       partners=[
           P("Toulon Voile Solidaire", "encadrées par le club Toulon Voile Solidaire"),
           P("CCAS", "Le CCAS de Toulon oriente des familles suivies", alt=["CCAS de Toulon"]),
           P("Anciens Marins de la Rade", "L'association des Anciens Marins de la Rade explique la navigation"),
           P("Méditerranée Nautic", "Le chantier naval Méditerranée Nautic a prêté deux voiliers", borderline=True),
       ],
       excluded=X(funders=["Méditerranée Nautic (loan of boats, not valued)"],
                  partners=["moniteurs (staff)"])),

    # W35 Vaucluse, Avignon. Long narrative; Grand Avignon; Région Sud; Fondation; ARS; a PENDING Département;
    # hospital; "la région" as geography; DRAC? no. Budget with a "soit".
    mk("W35", "Théâtre et santé mentale à Saint-Chamand",
       "CENTRE SOCIAL ORION - Vaucluse",
       keywords=["Santé", "Culture"], dimension="Citoyenneté",
       resume="Un atelier théâtre hebdomadaire ouvert à tous, co-animé avec des soignants, pour changer le regard sur la santé mentale.",
       initiative=["Un ou plusieurs partenaire(s)"], territory="Plusieurs quartiers",
       experience="""L'idée vient du Centre hospitalier de Montfavet, dont l'équipe du centre médico-psychologique voulait un lieu de mixité pour ses patients. Nous avons proposé l'atelier à nos adhérents : aujourd'hui il mélange des habitants du quartier et des personnes suivies. La compagnie Théâtre des Carmes Solidaires assure la mise en scène. Le GEM Le Mistral (groupe d'entraide mutuelle) participe aux répétitions. Des spectateurs sont venus de toute la région pour la représentation au festival.""",
       public=["Adultes"], declared=["Autre", "Associations"],
       description="Représentation au festival Off, 180 spectateurs.",
       financial="""ARS PACA 3 000 € ; Grand Avignon 2 000 € ; Région Sud 1 500 € ; Fondation Esprit Ouvert 2 500 €, soit 9 000 € avec nos fonds propres (1 000 €). Conseil départemental de Vaucluse : réponse attendue en mars.""",
       people="1 metteur en scène, 2 infirmiers",
       res_habitants="Moins de peur des troubles psychiques.",
       perspectives="Un festival santé mentale.",
       funders=[
           F("ARS", 3000, "ARS PACA 3 000 €", alt=["ARS PACA"]),
           F("Intercommunalité", 2000, "Grand Avignon 2 000 €", alt=["Grand Avignon"]),
           F("Région", 1500, "Région Sud 1 500 €", alt=["Région Sud"]),
           F("Fondation Esprit Ouvert", 2500, "Fondation Esprit Ouvert 2 500 €"),
       ],
       partners=[
           P("Centre hospitalier de Montfavet", "L'idée vient du Centre hospitalier de Montfavet"),
           P("Théâtre des Carmes Solidaires", "La compagnie Théâtre des Carmes Solidaires assure la mise en scène"),
           P("GEM Le Mistral", "Le GEM Le Mistral (groupe d'entraide mutuelle) participe aux répétitions"),
       ],
       budget=B(9000, "soit 9 000 € avec nos fonds propres"),
       excluded=X(funders=["Conseil départemental de Vaucluse (réponse attendue: pending)", "fonds propres 1 000 € (the structure)",
                           "toute la région (geography)"],
                  partners=["festival Off (an event)", "infirmiers (staff of the hospital)"])),

    # W36 Haute-Vienne, Limoges. Limoges Métropole; CAF; Département; Fondation; Mission locale; police;
    # a "CAF" in a website; amounts without € sign in a table ("3000"); the Ville (partner and funder).
    mk("W36", "Permis citoyen au Val de l'Aurence",
       "CENTRE SOCIAL DU VAL DE L'AURENCE - Haute-Vienne",
       keywords=["Jeunesse", "Démocratie & citoyenneté"], dimension="Citoyenneté",
       resume="Des jeunes de 16 à 20 ans s'engagent 40 heures dans des associations et reçoivent une aide au permis de conduire.",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Les missions se font aux Restos du cœur de Limoges, à la Banque alimentaire de la Haute-Vienne et au club Limoges Handisport 87. La Mission locale de l'agglomération de Limoges repère les jeunes. Le service jeunesse de la Ville de Limoges fait partie du comité de suivi.""",
       public=["Jeunesse"], declared=["Commune", "Caf"],
       description="""18 jeunes, 720 heures de bénévolat.
Infos sur caf.fr pour l'aide au BAFA.""",
       financial="""Financeur / Montant
Limoges Métropole / 3000
Ville de Limoges / 2500
Caf de la Haute-Vienne / 2000
Fondation Route Solidaire / 1800""",
       people="1 animateur jeunesse",
       res_habitants="12 permis obtenus.",
       funders=[
           F("Commune", 2500, "Ville de Limoges / 2500", alt=["Ville de Limoges"]),
           F("Intercommunalité", 3000, "Limoges Métropole / 3000", alt=["Limoges Métropole"]),
           F("CAF", 2000, "Caf de la Haute-Vienne / 2000", alt=["Caf de la Haute-Vienne"]),
           F("Fondation Route Solidaire", 1800, "Fondation Route Solidaire / 1800"),
       ],
       partners=[
           P("Commune", "Le service jeunesse de la Ville de Limoges fait partie du comité de suivi", alt=["Ville de Limoges"]),
           P("Restos du cœur de Limoges", "aux Restos du cœur de Limoges", alt=["Restos du cœur"]),
           P("Banque alimentaire de la Haute-Vienne", "à la Banque alimentaire de la Haute-Vienne", alt=["Banque alimentaire"]),
           P("Limoges Handisport 87", "au club Limoges Handisport 87"),
           P("Mission locale de l'agglomération de Limoges", "La Mission locale de l'agglomération de Limoges repère les jeunes", alt=["Mission locale"]),
       ],
       excluded=X(funders=["caf.fr (website)"])),

    # W37 Hauts-de-Seine, Bagneux. EPT Vallée Sud - Grand Paris; Département des Hauts-de-Seine; CAF; Fondation RATP-like invented;
    # "trois mille euros"; a school; EMPTY declared list; no Fichier(s) header.
    mk("W37", "Ludothèque itinérante aux Tertres",
       "CENTRE SOCIAL ET CULTUREL JACQUES PRÉVERT - Hauts-de-Seine",
       files=None, keywords=["Parentalité", "intergénérationnel"], dimension="Services",
       resume="Une ludothèque sur roulettes qui s'installe au pied des immeubles le mercredi et le samedi.",
       initiative=["Le centre social"], territory="Un quartier",
       experience="""Jeux prêtés et animés avec l'association Jouons Ensemble 92. L'école maternelle Joliot-Curie accueille une séance par mois pendant le temps périscolaire.""",
       public=["familles", "Enfance"], declared=[],
       description="950 passages.",
       financial="""La Caf des Hauts-de-Seine nous donne trois mille euros, l'établissement public territorial Vallée Sud - Grand Paris 2 000 €, le Département des Hauts-de-Seine 2 500 € et la Fondation Ludo Avenir 1 000 €.""",
       people="2 ludothécaires",
       res_habitants="Les parents jouent avec leurs enfants.",
       funders=[
           F("CAF", 3000, "La Caf des Hauts-de-Seine nous donne trois mille euros", alt=["Caf des Hauts-de-Seine"]),
           F("Intercommunalité", 2000, "l'établissement public territorial Vallée Sud - Grand Paris 2 000 €", alt=["Vallée Sud - Grand Paris", "EPT Vallée Sud - Grand Paris"]),
           F("Conseil départemental", 2500, "le Département des Hauts-de-Seine 2 500 €", alt=["Département des Hauts-de-Seine"]),
           F("Fondation Ludo Avenir", 1000, "la Fondation Ludo Avenir 1 000 €"),
       ],
       partners=[
           P("Jouons Ensemble 92", "animés avec l'association Jouons Ensemble 92"),
           P("École maternelle Joliot-Curie", "L'école maternelle Joliot-Curie accueille une séance par mois"),
       ]),

    # W38 Val-de-Marne, Vitry. EPT Grand-Orly Seine Bièvre; Département du Val-de-Marne; ANCT; bailleur;
    # joint amount (Département + EPT); company; France Services.
    mk("W38", "Ateliers sociolinguistiques et accès aux droits",
       "CENTRE SOCIAL BALZAC - Val-de-Marne",
       keywords=["Intégration", "Précarité"], dimension="Services",
       resume="Ateliers de français tournés vers la vie quotidienne : santé, école, transports, administration.",
       initiative=["Le centre social"], territory="Plusieurs quartiers",
       experience="""Visites à la France Services de Vitry-sur-Seine, à la CPAM et à la médiathèque Nelson-Mandela. L'association Langues et Cités 94 forme nos bénévoles.""",
       public=["Adultes"], declared=["Associations", "Autre"],
       description="""54 apprenants, 12 bénévoles formés.
Les Transports Vitriots ont offert des cartes de transport pour les sorties.""",
       financial="""Politique de la ville (crédits ANCT) : 6 000 €
Le Département du Val-de-Marne et l'EPT Grand-Orly Seine Bièvre : 5 000 € ensemble
Valophis Habitat : 1 500 €""",
       people="1 coordinatrice, 12 bénévoles",
       res_habitants="Démarches faites seuls.",
       funders=[
           F("ANCT", 6000, "Politique de la ville (crédits ANCT) : 6 000 €", alt=ANCT_ALT),
           F("Conseil départemental", None, "Le Département du Val-de-Marne et l'EPT Grand-Orly Seine Bièvre : 5 000 € ensemble", alt=["Département du Val-de-Marne"]),
           F("Intercommunalité", None, "l'EPT Grand-Orly Seine Bièvre : 5 000 € ensemble", alt=["Grand-Orly Seine Bièvre", "EPT Grand-Orly Seine Bièvre"]),
           F("Valophis Habitat", 1500, "Valophis Habitat : 1 500 €", alt=["Bailleur social"]),
       ],
       partners=[
           P("France Services de Vitry-sur-Seine", "Visites à la France Services de Vitry-sur-Seine", alt=["France Services"]),
           P("CPAM", "à la CPAM", borderline=True),
           P("Médiathèque Nelson-Mandela", "la médiathèque Nelson-Mandela"),
           P("Langues et Cités 94", "L'association Langues et Cités 94 forme nos bénévoles"),
           P("Transports Vitriots", "Les Transports Vitriots ont offert des cartes de transport", borderline=True),
       ],
       excluded=X(funders=["joint sum 5 000 € (tied to no one)", "Transports Vitriots (in kind, not valued)"])),

    # W39 Guadeloupe, Basse-Terre. Région Guadeloupe; Département de la Guadeloupe; CA Grand Sud Caraïbe; DAC = DRAC;
    # Caf de la Guadeloupe; gwoka association; "ti kafé" trap.
    mk("W39", "Lewoz an lakou : gwoka et transmission",
       "CENTRE SOCIAL KAZ A LAKOU - Guadeloupe",
       keywords=["Culture", "intergénérationnel"], dimension="Citoyenneté",
       resume="Soirées léwoz mensuelles et ateliers de tambour ka entre anciens et jeunes.",
       initiative=["Un groupe d'habitants"], territory="Une commune",
       experience="""Avec l'association Akiyo Tanbou 971 pour les ateliers et le collège Circonvallation pour une classe à projet. Un ti kafé est offert aux musiciens.""",
       public=["Tous publics"], declared=["Région", "Commune"],
       description="10 léwoz, 70 élèves.",
       financial="""Région Guadeloupe : 4 000 €
Département de la Guadeloupe : 2 500 €
Communauté d'agglomération Grand Sud Caraïbe : 1 500 €
DAC Guadeloupe : 3 000 €
Caf de la Guadeloupe : 1 200 €""",
       people="2 animateurs, 6 musiciens",
       res_habitants="Les jeunes jouent maintenant aux fêtes.",
       funders=[
           F("Région", 4000, "Région Guadeloupe : 4 000 €", alt=["Région Guadeloupe"]),
           F("Conseil départemental", 2500, "Département de la Guadeloupe : 2 500 €", alt=["Département de la Guadeloupe"]),
           F("Intercommunalité", 1500, "Communauté d'agglomération Grand Sud Caraïbe : 1 500 €", alt=["Communauté d'agglomération Grand Sud Caraïbe"]),
           F("DRAC", 3000, "DAC Guadeloupe : 3 000 €", alt=["DAC Guadeloupe", "État"]),
           F("CAF", 1200, "Caf de la Guadeloupe : 1 200 €", alt=["Caf de la Guadeloupe"]),
       ],
       partners=[
           P("Akiyo Tanbou 971", "l'association Akiyo Tanbou 971 pour les ateliers"),
           P("Collège Circonvallation", "le collège Circonvallation pour une classe à projet"),
       ],
       excluded=X(funders=["ti kafé (negative for CAF)"],
                  partners=["musiciens (individuals)"])),

    # W40 La Réunion, Saint-Paul. TCO; CGSS; Département de La Réunion; Région Réunion; SHLMR-like invented bailleur;
    # "1.500€"; a per-meal family participation; the LAST fiche.
    mk("W40", "Jardin lontan et cuisine péi",
       "CENTRE SOCIAL DE LA PLAINE - SAINT-PAUL - La Réunion",
       keywords=["Santé", "Environnement", "intergénérationnel"], dimension="Accompagnement de projets",
       resume="Un jardin de plantes lontan et des ateliers de cuisine péi pour prévenir le diabète.",
       initiative=["Le centre social"], territory="Une commune",
       experience="""Animé avec l'association Zarlor Péi et un tisaneur. Les infirmières de la Maison du diabète de Saint-Paul interviennent en atelier. Le lycée agricole de Saint-Paul a fourni les plants.""",
       public=["Adultes", "Seniors"], declared=["Intercommunalité", "Bailleur social"],
       description="""Repas à 2 € par personne.
La Société Immobilière Péi a aménagé la parcelle.""",
       financial="""TCO (Territoire de la Côte Ouest) : 2.500€
CGSS Réunion : 1.500€
Département de La Réunion : 3.000€
Région Réunion : 2.000€
Société Immobilière Péi : 1.000€""",
       people="1 animatrice, 1 tisaneur",
       res_habitants="Des familles ont changé leur alimentation.",
       perspectives="Vendre des tisanes au marché.",
       funders=[
           F("Intercommunalité", 2500, "TCO (Territoire de la Côte Ouest) : 2.500€", alt=["TCO", "Territoire de la Côte Ouest"]),
           F("CGSS", 1500, "CGSS Réunion : 1.500€", alt=["CGSS Réunion"]),
           F("Conseil départemental", 3000, "Département de La Réunion : 3.000€", alt=["Département de La Réunion"]),
           F("Région", 2000, "Région Réunion : 2.000€", alt=["Région Réunion"]),
           F("Société Immobilière Péi", 1000, "Société Immobilière Péi : 1.000€", alt=["Bailleur social"]),
       ],
       partners=[
           P("Zarlor Péi", "Animé avec l'association Zarlor Péi"),
           P("Maison du diabète de Saint-Paul", "Les infirmières de la Maison du diabète de Saint-Paul interviennent en atelier"),
           P("Lycée agricole de Saint-Paul", "Le lycée agricole de Saint-Paul a fourni les plants", borderline=True),
           P("Société Immobilière Péi", "La Société Immobilière Péi a aménagé la parcelle"),
       ],
       excluded=X(funders=["Repas à 2 € par personne (participants)"],
                  partners=["tisaneur (individual)", "marché (a place)"])),
]

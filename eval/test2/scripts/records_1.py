"""Fiches U01..U10 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

R1 = []

# U01 — Ain, Bourg-en-Bresse, urban. "La Caf de l'Ain nous a versé"; "4 k€" agglomeration; "1 200 EUR" bailleur;
# REFUSED Ville; a per-kilo price next to a supplier (not a grant); a family share "12 € par panier"; cost line
# "15 000 € d'achats" inside a total sentence; bailleur funder + partner (caretakers); CCAS partner only.
R1.append(dict(
    id="U01",
    title="La Cagette : épicerie solidaire de la Reyssouze",
    structure_line="CENTRE SOCIAL DE LA REYSSOUZE - Ain",
    files=["affiche_cagette_2024.pdf"],
    status="En cours",
    dimension="Services",
    keywords=["Précarité", "alimentation", "Solidarité"],
    resume="""Une epicerie solidaire ouverte 3 demi-journées par semaine dans l'ancien local commercial du bas de la rue. Les familles orientées payent environ 30 % du prix normal. On propose aussi un atelier cuisine le vendredi.""",
    initiative=["Le centre social", "Un groupe d'habitants"],
    territory="Un quartier",
    experience="""Apres le covid beaucoup de familles venaient demander des colis. Plutot que des colis on a voulu un lieu ou on choisit ses produits.
On achète la plus grosse partie des produits à la Banque alimentaire de l'Ain (0,20 € le kilo) et le reste en supermarché.
Les familles sont orientées par le CCAS de Bourg-en-Bresse et par les assistantes sociales du Département, l'accès est de 6 mois renouvelable.""",
    public=["Familles", "Adultes"],
    declared=["Caf", "Bailleur social", "Associations"],
    description="""Les gardiens de Dynacité déposent les flyers dans les halls et nous signalent les familles en difficulté.
Le Secours populaire de Bourg-en-Bresse tient une permanence vêtements le même jour que l'épicerie.
Les familles paient en moyenne 12 € par panier.""",
    financial="""La Caf de l'Ain nous a versé 3 500 € au titre de l'animation collective familles.
Grand Bourg Agglomération : 4 k€
Dynacité 1 200 EUR
Ville de Bourg-en-Bresse : demande refusée cette année
Budget total de l'action : 27 300 € dont 15 000 € d'achats de denrées""",
    people="2 salariés (1,5 ETP), 14 bénévoles",
    res_territoire="Environ 90 familles différentes sont passées en un an.",
    res_centre="Des familles qu'on ne connaissait pas viennent maintenant aux sorties.",
    res_habitants="Economies sur les courses, moins de honte qu'au colis.",
    limites="Le local est trop petit, pas de chambre froide.",
    perspectives="Chercher un camion frigorifique avec la communauté d'agglo.",
    funders=[
        F("CAF", 3500, "La Caf de l'Ain nous a versé 3 500 €", alt=["Caf de l'Ain"]),
        F("Intercommunalité", 4000, "Grand Bourg Agglomération : 4 k€", alt=["Grand Bourg Agglomération"]),
        F("Dynacité", 1200, "Dynacité 1 200 EUR", alt=["Bailleur social"]),
    ],
    budget=B(27300, "Budget total de l'action : 27 300 €"),
    partners=[
        P("Banque alimentaire de l'Ain", "On achète la plus grosse partie des produits à la Banque alimentaire de l'Ain"),
        P("CCAS", "Les familles sont orientées par le CCAS de Bourg-en-Bresse", alt=["CCAS de Bourg-en-Bresse"]),
        P("Conseil départemental", "les assistantes sociales du Département", alt=["Département de l'Ain"]),
        P("Dynacité", "Les gardiens de Dynacité déposent les flyers dans les halls"),
        P("Secours populaire de Bourg-en-Bresse", "Le Secours populaire de Bourg-en-Bresse tient une permanence",
          alt=["Secours populaire", "Secours populaire français"]),
    ],
    excluded=X(
        funders=["Ville de Bourg-en-Bresse (\"demande refusée\")",
                 "Banque alimentaire de l'Ain (a supplier: 0,20 € le kilo is a price, not a grant)",
                 "familles 12 € par panier (participants)", "15 000 € d'achats (a cost line, not a total)"],
        partners=["communauté d'agglo (future plan only)", "Grand Bourg Agglomération, Caf (funders only)",
                  "supermarché (generic)"]),
))

# U02 — Alpes-de-Haute-Provence, Manosque. "Repair café" (café look-alike in the title and text); Région "à hauteur
# de 1500 euros"; agglomeration "2 800 €"; hardware shop gift valued (borderline funder + borderline partner);
# NEVER-REQUESTED ADEME; "80 € par objet" savings near nothing; "Ressourcerie" with digits.
R1.append(dict(
    id="U02",
    title="Repair café du samedi matin",
    structure_line="CENTRE SOCIAL LA POUDRIÈRE - Alpes-de-Haute-Provence",
    files=None,
    status="En cours",
    dimension="Animation locale",
    keywords=["Environnement", "bricolage", "lien social"],
    resume="""Un samedi par mois, des bénévoles bricoleurs réparent avec les habitants leurs petits appareils, vélos, vêtements. Café et gâteaux offerts, on discute en attendant son tour.""",
    initiative=["Des bénévoles"],
    territory="Une commune",
    experience="""Lancé par deux retraités (un ancien électricien et une couturière) qui en avaient assez de voir des grille-pains à la déchetterie.
L'association Les Bricoleurs du Luberon nous a aidés à démarrer : charte, fiches de suivi, assurance.
La Ressourcerie La Fourmilière 04 récupère ce qui n'est pas réparable et nous donne des pièces.""",
    public=["Tous publics"],
    declared=["Associations", "Entreprises"],
    description="""Sur un an : 11 samedis, 236 objets apportés, 61 % réparés. Les participants économisent en moyenne 80 € par objet réparé selon nos fiches.
La Quincaillerie Provençale Martin nous a offert l'outillage de base (valeur 600 €).""",
    financial="""financé par la Région Sud à hauteur de 1500 euros (appel à projets économie circulaire)
Durance Luberon Verdon Agglomération : 2 800 €
On n'a pas demandé l'ADEME, le dossier est trop lourd pour nous.
Pas de participation demandée aux habitants""",
    people="1 animateur (4h par mois), 9 bénévoles",
    res_territoire="Le Repair café est connu dans tout Manosque, des gens viennent de Volx et d'Oraison.",
    res_centre="Des bénévoles hommes, ce qui est rare chez nous.",
    res_habitants="Fierté d'avoir réparé soi-même.",
    limites="Manque de bénévoles en électronique.",
    perspectives="Un atelier vélo avec le lycée Les Iscles.",
    funders=[
        F("Région", 1500, "financé par la Région Sud à hauteur de 1500 euros", alt=["Région Sud", "Région Provence-Alpes-Côte d'Azur"]),
        F("Intercommunalité", 2800, "Durance Luberon Verdon Agglomération : 2 800 €",
          alt=["Durance Luberon Verdon Agglomération", "DLVA"]),
        F("Quincaillerie Provençale Martin", 600, "La Quincaillerie Provençale Martin nous a offert l'outillage de base (valeur 600 €)",
          borderline=True),
    ],
    budget=NOB,
    partners=[
        P("Les Bricoleurs du Luberon", "L'association Les Bricoleurs du Luberon nous a aidés à démarrer"),
        P("Ressourcerie La Fourmilière 04", "La Ressourcerie La Fourmilière 04 récupère ce qui n'est pas réparable",
          alt=["La Fourmilière 04"]),
        P("Quincaillerie Provençale Martin", "La Quincaillerie Provençale Martin nous a offert l'outillage de base",
          borderline=True),
    ],
    excluded=X(
        funders=["ADEME (never requested)", "Repair café / café (look-alikes of CAF)",
                 "80 € par objet réparé (savings of participants)"],
        partners=["lycée Les Iscles (future plan only)", "deux retraités (individuals)", "déchetterie (a place)",
                  "Région Sud, DLVA (funders only)"]),
))

# U03 — Ariège, rural EVS. Département "8 000 €" in a sentence; MSA "1 800€" + MSA social worker (funder+partner);
# intercommunality lends a car "(valeur 2 400 €)" (borderline funder with amount + partner); fonds de dotation;
# mileage rate and per-trip price (not grants); hospital as destination (venue, not partner); France Services.
R1.append(dict(
    id="U03",
    title="Roule avec nous : transport solidaire en haute vallée",
    structure_line="ESPACE DE VIE SOCIALE LES CHEMINS DE L'ARIÈGE - Ariège",
    files=[],
    status="En cours",
    dimension="Services",
    keywords=["Mobilité", "Isolement", "ruralité"],
    resume="""Des chauffeurs bénévoles emmènent les personnes sans voiture à leurs rendez-vous (médecin, courses, banque, démarches). Réservation 48h avant par téléphone à l'EVS.""",
    initiative=["L'espace de vie sociale"],
    territory="Une intercommunalité",
    experience="""Dans nos villages il n'y a plus de bus depuis 2019. Les personnes âgées et les jeunes sans permis restent bloqués.
Les trajets les plus demandés : le marché de Tarascon, les consultations à l'hôpital du Val d'Ariège, la gare de Foix.
La travailleuse sociale de la MSA nous oriente les exploitants agricoles retraités isolés.
L'accueil de France Services Tarascon-sur-Ariège prend aussi les réservations quand nous sommes fermés.""",
    public=["Seniors", "Jeunes adultes", "Personnes en situation de précarité"],
    declared=["Intercommunalité", "MSA", "Autre"],
    description="""Les chauffeurs sont indemnisés 0,32 € du km, les usagers paient 2 € le trajet.
La communauté de communes de la Haute-Ariège nous prête une voiture de service (valeur 2 400 € sur l'année), entretien compris.
En 2023 : 412 trajets, 57 usagers, 19 chauffeurs.""",
    financial="""Le Département de l'Ariège finance l'action à hauteur de 8 000 € par an.
MSA Midi-Pyrénées Sud 1 800€
Fonds de dotation Pyrène Solidaire : 2 000 €
indemnités kilométriques : environ 6 500 €""",
    people="1 coordinatrice à mi-temps, 19 chauffeurs bénévoles",
    res_territoire="Moins de rendez-vous médicaux annulés selon les infirmières.",
    res_centre="L'action a fait connaître l'EVS dans les villages du haut.",
    res_habitants="Des personnes qui ne sortaient plus vont au marché.",
    limites="Chauffeurs vieillissants, difficile de recruter.",
    perspectives="",
    funders=[
        F("Intercommunalité", 2400, "La communauté de communes de la Haute-Ariège nous prête une voiture de service (valeur 2 400 € sur l'année)",
          borderline=True, alt=["Communauté de communes de la Haute-Ariège"]),
        F("Conseil départemental", 8000, "Le Département de l'Ariège finance l'action à hauteur de 8 000 € par an",
          alt=["Département de l'Ariège"]),
        F("MSA", 1800, "MSA Midi-Pyrénées Sud 1 800€", alt=["MSA Midi-Pyrénées Sud"]),
        F("Fonds de dotation Pyrène Solidaire", 2000, "Fonds de dotation Pyrène Solidaire : 2 000 €",
          alt=["Pyrène Solidaire"]),
    ],
    budget=NOB,
    partners=[
        P("MSA", "La travailleuse sociale de la MSA nous oriente les exploitants agricoles"),
        P("France Services Tarascon-sur-Ariège", "L'accueil de France Services Tarascon-sur-Ariège prend aussi les réservations",
          alt=["France Services"]),
        P("Intercommunalité", "La communauté de communes de la Haute-Ariège nous prête une voiture de service",
          alt=["Communauté de communes de la Haute-Ariège"]),
    ],
    excluded=X(
        funders=["0,32 € du km (mileage paid to drivers: a cost)", "2 € le trajet (participants)",
                 "indemnités kilométriques : environ 6 500 € (a cost line, not a total)"],
        partners=["hôpital du Val d'Ariège (a destination, not a partner)", "marché de Tarascon, gare de Foix (places)",
                  "infirmières (individuals)", "Département, Fonds de dotation Pyrène Solidaire (funders only)"]),
))

# U04 — Charente, Angoulême, QPV. Caf "3 200,00 €"; REAAP "2 000 €"; agglomeration "(contrat de ville)" pays;
# BOP 147 State credits -> ANCT; PENDING Département ("réponse attendue en septembre"); an association with "&";
# a collège; a psychologist (individual); "Conseil de parents" (own body).
R1.append(dict(
    id="U04",
    title="Parents connectés : écrans, réseaux et ados",
    structure_line="CENTRE SOCIAL ET CULTUREL DE BASSEAU-GRANDE GARENNE - Charente",
    files=["bilan parents connectés.docx"],
    status="En cours",
    dimension="Parentalité",
    keywords=["parentalité", "Numérique", "adolescence"],
    resume="""Cycle de 6 soirées-débats et d'ateliers pratiques pour les parents d'ados : contrôle parental, réseaux sociaux, harcèlement en ligne, jeux vidéo. Une soirée parents-enfants pour finir.""",
    initiative=["Le centre social", "Des parents"],
    territory="Un quartier",
    experience="""Demande du conseil de parents du centre après plusieurs histoires de harcèlement sur Snapchat au collège.
Le collège Jules-Verne d'Angoulême prête sa salle polyvalente pour deux soirées et le CPE co-anime la séance sur le harcèlement.
L'association Clic & Lien 16 anime les ateliers pratiques sur téléphone.
Une psychologue, Mme Roux, est intervenue sur les jeux vidéo.""",
    public=["Parents", "Adolescents"],
    declared=["Education nationale", "Associations", "Caf"],
    description="""112 participations sur le cycle, 47 parents différents. Garde des petits assurée par nos animatrices pendant les soirées.""",
    financial="""Caf de la Charente : 3 200,00 €
REAAP : 2 000 €
GrandAngoulême (contrat de ville) : 2.500 €
Etat - crédits politique de la ville (BOP 147) : 3 000 €
Conseil départemental de la Charente : réponse attendue en septembre""",
    people="3 salariées, 1 intervenante extérieure",
    res_territoire="Le collège veut reconduire.",
    res_centre="Des papas sont venus, nouveau pour nous.",
    res_habitants="Les parents se sentent moins perdus.",
    limites="",
    perspectives="Même chose pour les parents d'enfants de primaire.",
    funders=[
        F("CAF", 3200, "Caf de la Charente : 3 200,00 €", alt=["Caf de la Charente"]),
        F("REAAP", 2000, "REAAP : 2 000 €", alt=["REAAP 16"]),
        F("Intercommunalité", 2500, "GrandAngoulême (contrat de ville) : 2.500 €", alt=["GrandAngoulême", "Grand Angoulême"]),
        F("ANCT", 3000, "Etat - crédits politique de la ville (BOP 147) : 3 000 €", alt=ANCT_ALT + ["BOP 147"]),
    ],
    budget=NOB,
    partners=[
        P("Collège Jules-Verne d'Angoulême", "Le collège Jules-Verne d'Angoulême prête sa salle polyvalente pour deux soirées et le CPE co-anime",
          alt=["Collège Jules-Verne"]),
        P("Clic & Lien 16", "L'association Clic & Lien 16 anime les ateliers pratiques"),
    ],
    excluded=X(
        funders=["Conseil départemental de la Charente (\"réponse attendue en septembre\": pending)",
                 "contrat de ville inside the GrandAngoulême line (the agglomeration pays)"],
        partners=["conseil de parents (the centre's own body)", "Mme Roux, psychologue (individual)",
                  "Snapchat (a service, context)", "CPE (a person of the collège)", "Caf, REAAP, GrandAngoulême (funders only)"]),
))

# U05 — Corrèze, rural. Conférence des financeurs with a RANGE "entre 3 000 et 4 000 €"; intercommunality "5 000 € par an";
# mutuelle "1 000 €"; PAST grant of ANOTHER body's project (MSA to the CIAS in 2021: not a funder here); minibus
# paid by the Département (its amount, as in dev D10; not the action's total);
# meal price per person; EHPAD partner; CIAS partner.
R1.append(dict(
    id="U05",
    title="Le Bus des aînés de Haute-Corrèze",
    structure_line="CENTRE SOCIAL DU PAYS D'USSEL - Corrèze",
    files=None,
    status="En cours",
    dimension="Animation locale",
    keywords=["Vieillissement", "Isolement", "Mobilité"],
    resume="""Un minibus passe chaque mardi et jeudi dans 14 communes pour emmener les aînés à des après-midis jeux, à la piscine ou au repas partagé du jeudi a Ussel.""",
    initiative=["Le centre social", "Autre"],
    precision="""demande du CIAS et des élus des petites communes""",
    territory="Une intercommunalité",
    experience="""Le Département de la Corrèze a financé l'achat du minibus (42 000 €) pour l'action, nous en assurons la gestion.
Le CIAS de Haute-Corrèze repère les personnes isolées et fait les inscriptions avec nous.
En 2021, la MSA avait financé un projet voisin du CIAS (4 000 €) sur le repérage, c'est de là qu'est partie l'idée.
L'EHPAD Le Bois Joli ouvre son jardin et son animatrice prépare un goûter une fois par mois.""",
    public=["Seniors"],
    declared=["Intercommunalité", "Conseil départemental"],
    description="""Repas partagé : 6 € par personne, les courses sont faites par les participants eux-mêmes.
Environ 35 personnes transportées chaque semaine.""",
    financial="""Haute-Corrèze Communauté nous verse 5 000 € par an pour le chauffeur.
Conférence des financeurs de la Corrèze : entre 3 000 et 4 000 € selon les années
Mutuelle Limousine Entraide 1 000 €""",
    people="1 chauffeur-animateur, 2 bénévoles par sortie",
    res_territoire="Les élus des petites communes relaient l'action.",
    res_centre="",
    res_habitants="Rompre l'isolement l'hiver.",
    limites="Un seul véhicule, liste d'attente.",
    perspectives="",
    funders=[
        F("Conseil départemental", 42000, "Le Département de la Corrèze a financé l'achat du minibus (42 000 €)",
          alt=["Département de la Corrèze"]),
        F("Intercommunalité", 5000, "Haute-Corrèze Communauté nous verse 5 000 € par an", alt=["Haute-Corrèze Communauté"]),
        F("Conférence des financeurs de la prévention de la perte d'autonomie", None,
          "Conférence des financeurs de la Corrèze : entre 3 000 et 4 000 €",
          alt=["Conférence des financeurs", "CFPPA"], rng=(3000, 4000)),
        F("Mutuelle Limousine Entraide", 1000, "Mutuelle Limousine Entraide 1 000 €"),
    ],
    budget=NOB,
    partners=[
        P("CIAS de Haute-Corrèze", "Le CIAS de Haute-Corrèze repère les personnes isolées et fait les inscriptions avec nous",
          alt=["CIAS"]),
        P("EHPAD Le Bois Joli", "L'EHPAD Le Bois Joli ouvre son jardin"),
    ],
    excluded=X(
        funders=["MSA (financed a neighbouring project of the CIAS in 2021, not this action)",
                 "42 000 € (the minibus paid by the Département: its amount, not the action's total budget)",
                 "Repas partagé 6 € par personne (participants)"],
        partners=["MSA (context only)", "Département (paid the minibus: funder only)", "élus des petites communes (individuals)", "piscine (a venue)",
                  "Haute-Corrèze Communauté, Mutuelle Limousine Entraide (funders only)"]),
))

# U06 — Côtes-d'Armor, Saint-Brieuc. Caf prestation "PS jeunes" granted with no amount; bailleur pays the chantier
# "1 800 € versés par Terre et Baie Habitat" (funder + partner); agglomeration "6 200 €"; young people's pay
# per hour (cost); "Sac Ados" scheme; an association of prévention spécialisée; Mission locale.
R1.append(dict(
    id="U06",
    title="Chantiers loisirs 16-17 ans à la Croix-Saint-Lambert",
    structure_line="CENTRE SOCIAL DE LA CROIX-SAINT-LAMBERT - Côtes-d'Armor",
    files=[],
    status="Terminée",
    reason="""action remplacée par un dispositif argent de poche porté par la ville""",
    dimension="Jeunesse",
    keywords=["Jeunesse", "engagement", "loisirs"],
    resume="""Des jeunes de 16-17 ans repeignent les halls d'immeuble pendant une semaine et en échange ils financent un séjour de 4 jours qu'ils organisent eux mêmes.""",
    initiative=["Le centre social", "Des jeunes"],
    territory="Un quartier",
    experience="""3 chantiers en 2023 (halls des rues de Brest et de Quimper), 8 jeunes par chantier.
Le bailleur Terre et Baie Habitat fournit la peinture et son agent de proximité encadre avec notre animateur.
Les éducateurs d'Armor Prévention Jeunesse nous ont orienté la moitié des jeunes. La Mission locale de Saint-Brieuc en a orienté 4.""",
    public=["Adolescents"],
    declared=["Bailleur social", "Associations"],
    description="""Séjour à Brocéliande en août, en partie financé par le dispositif Sac Ados (bons de la Région donnés aux jeunes).
Les jeunes ont aussi vendu des crêpes au marché de Noël.""",
    financial="""chantier : 1 800 € versés par Terre et Baie Habitat
Saint-Brieuc Armor Agglomération 6 200 €
prestation de service jeunes de la Caf (pas encore le montant définitif)
cout d'un jeune sur un chantier : 9 € de l'heure environ""",
    people="2 animateurs jeunesse",
    res_territoire="Halls repeints, les locataires ont remercié les jeunes.",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Terre et Baie Habitat", 1800, "chantier : 1 800 € versés par Terre et Baie Habitat", alt=["Bailleur social"]),
        F("Intercommunalité", 6200, "Saint-Brieuc Armor Agglomération 6 200 €", alt=["Saint-Brieuc Armor Agglomération"]),
        F("CAF", None, "prestation de service jeunes de la Caf", alt=["Caf des Côtes-d'Armor"]),
    ],
    budget=NOB,
    partners=[
        P("Terre et Baie Habitat", "Le bailleur Terre et Baie Habitat fournit la peinture et son agent de proximité encadre"),
        P("Armor Prévention Jeunesse", "Les éducateurs d'Armor Prévention Jeunesse nous ont orienté la moitié des jeunes"),
        P("Mission locale de Saint-Brieuc", "La Mission locale de Saint-Brieuc en a orienté 4", alt=["Mission locale"]),
    ],
    excluded=X(
        funders=["Région (Sac Ados vouchers given to the young people: individual aid)", "vente de crêpes (own sales)",
                 "9 € de l'heure (a cost)"],
        partners=["ville (dispositif argent de poche: context in the reason)", "marché de Noël (an event)",
                  "Brocéliande (a place)", "Saint-Brieuc Armor Agglomération, Caf (funders only)"]),
))

# U07 — Drôme, Valence QPV. ASL: DDETS (BOP 104) -> État; FSE+ "9 000 €"; Ville "2 100 €"; agglomeration "1 900 €";
# PENDING OFII ("dossier en cours d'instruction"); trainer's hourly rate and hours (numbers near nothing);
# France Travail orients (partner only); lowercase list of orienting bodies.
R1.append(dict(
    id="U07",
    title="Parler, lire, écrire : ateliers sociolinguistiques de Fontbarlettes",
    structure_line="CENTRE SOCIAL DU PLATEAU - Drôme",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["Insertion", "Langue francaise"],
    resume="""4 groupes d'ASL de 12 personnes, 2 séances de 2h par semaine, avec des sorties en ville (poste, mairie, marché, médiathèque) pour pratiquer le français de la vie quotidienne.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Les inscriptions viennent de partout : orientées par france travail, la mission locale, le ccas de valence, le pole emploi de romans (ancien nom), les écoles du quartier.
La formatrice est payée 35 € de l'heure, 120 heures par groupe.
La Ligue de l'enseignement de la Drôme forme nos bénévoles une journée par trimestre.""",
    public=["Adultes", "Personnes immigrées"],
    declared=["Etat", "Commune", "Associations"],
    description="""Valence Romans Agglo prête en plus le minibus pour les sorties.""",
    financial="""Financeurs :
- DDETS de la Drôme (BOP 104) : 5 500 €
- FSE+ : 9 000 €
- Ville de Valence : 2 100 €
- Valence Romans Agglo : 1 900 €
- OFII : dossier en cours d'instruction""",
    people="1 coordinatrice, 1 formatrice, 6 bénévoles",
    res_territoire="",
    res_centre="Le centre est reconnu comme lieu ressource pour le français.",
    res_habitants="Des femmes prennent le bus seules, vont à la mairie sans leurs enfants pour traduire.",
    limites="Liste d'attente de 30 personnes.",
    perspectives="",
    funders=[
        F("Commune", 2100, "Ville de Valence : 2 100 €", alt=["Ville de Valence"]),
        F("État", 5500, "DDETS de la Drôme (BOP 104) : 5 500 €", alt=["DDETS", "DDETS de la Drôme", "BOP 104"]),
        F("Fonds européens", 9000, "FSE+ : 9 000 €", alt=["FSE+", "FSE", "Union européenne"]),
        F("Intercommunalité", 1900, "Valence Romans Agglo : 1 900 €", alt=["Valence Romans Agglo"]),
    ],
    budget=NOB,
    partners=[
        P("France Travail", "orientées par france travail"),
        P("Mission locale", "la mission locale"),
        P("CCAS", "le ccas de valence", alt=["CCAS de Valence"]),
        P("Ligue de l'enseignement de la Drôme", "La Ligue de l'enseignement de la Drôme forme nos bénévoles",
          alt=["Ligue de l'enseignement"]),
        P("Intercommunalité", "Valence Romans Agglo prête en plus le minibus pour les sorties", alt=["Valence Romans Agglo"]),
    ],
    excluded=X(
        funders=["OFII (\"dossier en cours d'instruction\": pending)", "35 € de l'heure, 120 heures (trainer's cost)",
                 "Valence Romans Agglo lending the minibus is already covered by its funder row"],
        partners=["pole emploi de romans (the former name of France Travail, same body)", "les écoles du quartier (generic)",
                  "poste, mairie, marché, médiathèque (places visited)", "DDETS, FSE+ (funders only)"]),
))

# U08 — Gers, rural EVS. Département "deux mille euros"; intercommunality "1 200€"; a bank's mécénat "800 €";
# Ciné 32 paid per evening (a provider, price not a grant); named communes lend their square (borderline funder +
# partner); "la région d'Auch" (geography); refreshments sold (own sales).
R1.append(dict(
    id="U08",
    title="Toiles de Gascogne : cinéma en plein air dans les villages",
    structure_line="EVS LE FOYER DES COTEAUX - Gers",
    files=["programme toiles 2024.jpg"],
    status="En cours",
    dimension="Culture",
    keywords=["Culture", "cinéma", "ruralité"],
    resume="""Six projections en plein air l'été dans six villages autour d'Auch, précédées d'un pique-nique partagé et d'un court-métrage fait par les ados de l'EVS.""",
    initiative=["L'espace de vie sociale"],
    territory="Plusieurs communes",
    experience="""Dans la région d'Auch, le cinéma le plus proche est à 25 km. L'association Ciné 32 assure la projection (prestation de 450 € par soirée).
Les mairies de Pavie et de Montaut-les-Créneaux prêtent leur place, l'électricité et les barrières.
Les ados ont tourné leur court-métrage avec l'aide de l'atelier vidéo du lycée Pardailhan.""",
    public=["Tous publics"],
    declared=["Commune", "Associations"],
    description="""Entre 80 et 220 spectateurs par soirée. Buvette tenue par les bénévoles (recettes 1 340 €).""",
    financial="""Grand Auch Cœur de Gascogne 1 200€
le Département du Gers nous a accordé deux mille euros
Crédit Agricole Pyrénées Gascogne (mécénat) : 800 €
Coût total : 5 900 €""",
    people="1 coordinatrice, 15 bénévoles, 7 ados",
    res_territoire="Les villages demandent à accueillir une soirée.",
    res_centre="",
    res_habitants="",
    limites="La météo.",
    perspectives="",
    funders=[
        F("Commune", None, "Les mairies de Pavie et de Montaut-les-Créneaux prêtent leur place, l'électricité et les barrières",
          borderline=True, alt=["Mairies", "Mairie de Pavie", "Mairie de Montaut-les-Créneaux"]),
        F("Intercommunalité", 1200, "Grand Auch Cœur de Gascogne 1 200€", alt=["Grand Auch Cœur de Gascogne"]),
        F("Conseil départemental", 2000, "le Département du Gers nous a accordé deux mille euros", alt=["Département du Gers"]),
        F("Crédit Agricole Pyrénées Gascogne", 800, "Crédit Agricole Pyrénées Gascogne (mécénat) : 800 €", alt=["Crédit Agricole"]),
    ],
    budget=B(5900, "Coût total : 5 900 €"),
    partners=[
        P("Commune", "Les mairies de Pavie et de Montaut-les-Créneaux prêtent leur place", alt=["Mairies"]),
        P("Ciné 32", "L'association Ciné 32 assure la projection"),
        P("Lycée Pardailhan", "l'aide de l'atelier vidéo du lycée Pardailhan"),
    ],
    excluded=X(
        funders=["\"la région d'Auch\" (geography, not the Région)", "Ciné 32 (paid provider: 450 € par soirée is a price)",
                 "Buvette (recettes 1 340 €): own sales"],
        partners=["Grand Auch Cœur de Gascogne, Département, Crédit Agricole (funders only)", "bénévoles, ados (participants)"]),
))

# U09 — Haute-Loire, Le Puy-en-Velay. CLAS: Caf "4 100 €"; agglomeration "1 600 €"; fonds de dotation "1 000 e";
# REFUSED Ville ("non retenu"); membership per child per year; number of children and hours; retired teachers
# (individuals); two schools; the médiathèque; Education nationale declared.
R1.append(dict(
    id="U09",
    title="Coup de pouce devoirs au Val Vert",
    structure_line="CENTRE SOCIAL DU VAL VERT - Haute-Loire",
    files=None,
    status="En cours",
    dimension="Éducation",
    keywords=["Accompagnement scolaire", "CLAS", "Parentalité"],
    resume="""Accompagnement à la scolarité 4 soirs par semaine pour 48 enfants du CP à la 3e, avec un temps d'aide aux devoirs et un temps d'ouverture culturelle. Les parents sont invités une fois par mois.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Les enseignants de l'école Jules-Vallès et du collège Lafayette nous signalent les enfants et on fait un point avec eux chaque trimestre.
Beaucoup de nos bénévoles sont d'anciens profs à la retraite.
La médiathèque de l'agglomération accueille les groupes le mercredi pour des lectures.""",
    public=["Enfants", "Adolescents", "Parents"],
    declared=["Education nationale", "Caf"],
    description="""Cotisation : 10 € par an et par enfant. 2 salariées, 22 bénévoles, 1 400 heures de bénévolat.""",
    financial="""CLAS Caf de la Haute-Loire 4 100 €
Agglomération du Puy-en-Velay 1 600 €
Fonds de dotation Velay Jeunesse 1 000 e
Ville du Puy : dossier non retenu""",
    people="2 salariées, 22 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="Les parents osent aller aux réunions de l'école.",
    limites="",
    perspectives="",
    funders=[
        F("CAF", 4100, "CLAS Caf de la Haute-Loire 4 100 €", alt=["Caf de la Haute-Loire"]),
        F("Intercommunalité", 1600, "Agglomération du Puy-en-Velay 1 600 €", alt=["Agglomération du Puy-en-Velay"]),
        F("Fonds de dotation Velay Jeunesse", 1000, "Fonds de dotation Velay Jeunesse 1 000 e", alt=["Velay Jeunesse"]),
    ],
    budget=NOB,
    partners=[
        P("École Jules-Vallès", "Les enseignants de l'école Jules-Vallès et du collège Lafayette nous signalent les enfants",
          ),
        P("Collège Lafayette", "Les enseignants de l'école Jules-Vallès et du collège Lafayette nous signalent les enfants"),
        P("Médiathèque de l'agglomération", "La médiathèque de l'agglomération accueille les groupes le mercredi",
          borderline=True, alt=["Médiathèque"]),
    ],
    excluded=X(
        funders=["Ville du Puy (\"dossier non retenu\": refused)", "Cotisation : 10 € par an et par enfant (participants)",
                 "1 400 heures de bénévolat (volunteer time)"],
        partners=["anciens profs à la retraite (individuals)", "Caf, Agglomération, Velay Jeunesse (funders only)"]),
))

# U10 — Haute-Marne, Saint-Dizier. JOINT amount ARS + CPAM "ensemble 6 000 €" (both null); intercommunality with "et"
# in its name "3 000 €"; hospital orients patients (partner); bailleur lends a room (borderline funder + partner);
# a yearly fitness-club price; a past year's figure.
R1.append(dict(
    id="U10",
    title="Bouger au Vert-Bois : sport santé pour les femmes",
    structure_line="CENTRE SOCIAL DU VERT-BOIS - Haute-Marne",
    files=[],
    status="En cours",
    dimension="Santé",
    keywords=["Santé", "Sport", "femmes"],
    resume="""Marche nordique, gym douce et renforcement musculaire pour des femmes du quartier éloignées du sport, souvent en surpoids ou diabétiques. 3 séances par semaine, encadrées par un éducateur sportif APA.""",
    initiative=["Des habitants", "Le centre social"],
    territory="Un quartier",
    experience="""Le service de diabétologie du centre hospitalier de Saint-Dizier nous oriente des patientes.
Hamaris nous prête une salle en rez-de-chaussée de la tour 14 pour la gym douce.
Une salle de sport privée coûte 300 € par an : impossible pour les femmes qu'on accueille.""",
    public=["Femmes", "Adultes"],
    declared=["Autre", "Bailleur social"],
    description="""39 femmes inscrites (25 en 2022). Bilan de forme au début et à la fin.""",
    financial="""L'ARS Grand Est et la CPAM de la Haute-Marne ont apporté ensemble 6 000 €
Communauté d'agglomération Saint-Dizier, Der et Blaise : 3 000 €
participation 1 € la séance""",
    people="1 éducateur APA (prestataire), 1 référente famille",
    res_territoire="",
    res_centre="",
    res_habitants="Perte de poids pour certaines, surtout de la confiance.",
    limites="",
    perspectives="",
    funders=[
        F("ARS", None, "L'ARS Grand Est et la CPAM de la Haute-Marne ont apporté ensemble 6 000 €", alt=["ARS Grand Est"]),
        F("CPAM", None, "L'ARS Grand Est et la CPAM de la Haute-Marne ont apporté ensemble 6 000 €", alt=["CPAM de la Haute-Marne"]),
        F("Intercommunalité", 3000, "Communauté d'agglomération Saint-Dizier, Der et Blaise : 3 000 €",
          alt=["Communauté d'agglomération Saint-Dizier, Der et Blaise"]),
        F("Hamaris", None, "Hamaris nous prête une salle en rez-de-chaussée", borderline=True, alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Centre hospitalier de Saint-Dizier", "Le service de diabétologie du centre hospitalier de Saint-Dizier nous oriente des patientes"),
        P("Hamaris", "Hamaris nous prête une salle en rez-de-chaussée"),
    ],
    excluded=X(
        funders=["joint amount 6 000 € (ARS + CPAM together: tied to neither)", "300 € par an (a gym's price)",
                 "participation 1 € la séance (participants)"],
        partners=["salle de sport privée (generic)", "éducateur APA (a provider, individual)", "ARS, CPAM, Agglomération (funders only)"]),
))

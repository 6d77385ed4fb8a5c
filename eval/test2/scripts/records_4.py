"""Fiches U31..U40 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

R4 = []

# U31 — Martinique, Schœlcher. Collectivité territoriale de Martinique; ANS; Ville lends the nautical base (borderline
# funder + partner Commune); licence per young person and Pass'Sport (individual scheme); "Tour des yoles" (event);
# a club with digits; a collège.
R4.append(dict(
    id="U31",
    title="Yole ronde : initiation des jeunes de Terreville",
    structure_line="CENTRE SOCIAL DE TERREVILLE - Martinique",
    files=None,
    status="En cours",
    dimension="Sport",
    keywords=["Sport", "Patrimoine", "Jeunesse"],
    resume="""Initiation à la yole ronde pour 20 jeunes de 12 à 16 ans, deux fois par semaine, avec des anciens équipiers qui racontent l'histoire de la yole. Les jeunes suivront le Tour des yoles depuis un bateau suiveur.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Les entraînements sont encadrés par le Yole Club Schœlcher 972.
La Ville de Schœlcher met la base nautique à notre disposition le mercredi et le samedi.
Le collège Vincent-Placoly a repéré les jeunes qui ont le plus besoin d'un cadre.""",
    public=["Adolescents"],
    declared=["Commune", "Associations"],
    description="""Licence : 25 € par jeune, prise en charge en partie par le Pass'Sport (50 € par jeune).""",
    financial="""CTM : 4 000 €
Agence nationale du sport (PSF) : 2 500 €""",
    people="1 animateur, 3 bénévoles du club",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", None, "La Ville de Schœlcher met la base nautique à notre disposition", borderline=True,
          alt=["Ville de Schœlcher"]),
        F("Collectivité territoriale de Martinique", 4000, "CTM : 4 000 €", alt=["CTM", "Conseil départemental", "Région"]),
        F("ANS", 2500, "Agence nationale du sport (PSF) : 2 500 €", alt=["Agence nationale du sport"]),
    ],
    budget=NOB,
    partners=[
        P("Yole Club Schœlcher 972", "Les entraînements sont encadrés par le Yole Club Schœlcher 972"),
        P("Commune", "La Ville de Schœlcher met la base nautique à notre disposition", alt=["Ville de Schœlcher"]),
        P("Collège Vincent-Placoly", "Le collège Vincent-Placoly a repéré les jeunes"),
    ],
    excluded=X(
        funders=["Pass'Sport (50 € par jeune: individual scheme)", "Licence : 25 € par jeune (participants)"],
        partners=["Tour des yoles (an event)", "anciens équipiers (individuals)", "CTM, ANS (funders only)"]),
))

# U32 — Guyane, Saint-Laurent-du-Maroni. ARS Guyane "12 000 €"; Collectivité territoriale de Guyane; CGSS; costs per
# mission and per litre of fuel; Croix-Rouge française and the hospital as partners; communauté de communes lends a
# pirogue pilot (borderline funder + partner).
R4.append(dict(
    id="U32",
    title="Pirogue prévention : santé le long du Maroni",
    structure_line="ASSOCIATION KALAWASI - MAISON DES FAMILLES - Guyane",
    files=[],
    status="En cours",
    dimension="Santé",
    keywords=["Santé", "Prévention", "Fleuve"],
    resume="""Une fois par mois une pirogue remonte le fleuve avec une infirmière, une médiatrice en santé et une animatrice : dépistage, vaccination, prévention paludisme, ateliers pour les enfants.""",
    initiative=["Autre"],
    precision="""ARS Guyane et associations du fleuve""",
    territory="Plusieurs communes",
    experience="""La Croix-Rouge française détache une infirmière pour chaque mission.
Le Centre hospitalier de l'Ouest guyanais fournit les vaccins et reçoit les personnes orientées.
La Communauté de communes de l'Ouest guyanais met à disposition un piroguier.
Une mission coûte environ 900 € (carburant à 1,90 € le litre, repas, matériel).""",
    public=["Tous publics"],
    declared=["Autre", "Associations"],
    description="""10 missions, 14 villages, 1 100 personnes rencontrées.""",
    financial="""ARS Guyane : 12 000 €
Collectivité Territoriale de Guyane : 5 000 €
CGSS de la Guyane : 3 000 €""",
    people="1 médiatrice, 1 animatrice, 1 infirmière détachée",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="La saison sèche, le fleuve est trop bas.",
    perspectives="",
    funders=[
        F("ARS", 12000, "ARS Guyane : 12 000 €", alt=["ARS Guyane"]),
        F("Collectivité territoriale de Guyane", 5000, "Collectivité Territoriale de Guyane : 5 000 €",
          alt=["CTG", "Conseil départemental", "Région"]),
        F("CGSS", 3000, "CGSS de la Guyane : 3 000 €", alt=["CGSS de la Guyane", "CPAM"]),
        F("Intercommunalité", None, "La Communauté de communes de l'Ouest guyanais met à disposition un piroguier",
          borderline=True, alt=["Communauté de communes de l'Ouest guyanais", "CCOG"]),
    ],
    budget=NOB,
    partners=[
        P("Croix-Rouge française", "La Croix-Rouge française détache une infirmière pour chaque mission", alt=["Croix-Rouge"]),
        P("Centre hospitalier de l'Ouest guyanais", "Le Centre hospitalier de l'Ouest guyanais fournit les vaccins", alt=["CHOG"]),
        P("Intercommunalité", "La Communauté de communes de l'Ouest guyanais met à disposition un piroguier",
          alt=["Communauté de communes de l'Ouest guyanais"]),
    ],
    excluded=X(
        funders=["900 € par mission, 1,90 € le litre (costs)"],
        partners=["ARS Guyane (initiative + funder; no co-working described beyond the précision)", "villages (places)",
                  "CTG, CGSS (funders only)"]),
))

# U33 — La Réunion, Saint-Pierre. Région Réunion with NBSP; Département de La Réunion; CIVIS; bailleur "1.000 €";
# "la région sud de l'île" (geography); per-family kit cost; a lowercase "caf" look-alike? no: "ti kafé" café; the
# Caf NOT funding (only lends a conseillère: partner).
R4.append(dict(
    id="U33",
    title="Jardin su balcon : potagers en pots à Ravine Blanche",
    structure_line="CENTRE SOCIAL RAVINE BLANCHE - La Réunion",
    files=None,
    status="En cours",
    dimension="Environnement",
    keywords=["jardin", "Alimentation", "Logement"],
    resume="""Des ateliers pour cultiver piments, brèdes et aromates en pots sur les balcons des immeubles, avec distribution de kits (pots, terreau, plants) et un ti kafé après chaque atelier.""",
    initiative=["Un groupe d'habitants"],
    territory="Un quartier",
    experience="""Dans la région sud de l'île, beaucoup de familles ont perdu leur jardin en arrivant en appartement.
Une conseillère en économie sociale et familiale de la Caf de La Réunion co-anime l'atelier budget alimentation.
L'association Kour Vert 974 prépare les plants.""",
    public=["Familles"],
    declared=["Bailleur social", "Caf"],
    description="""Kit : 12 € par famille. 65 familles équipées.""",
    financial="""Région Réunion : 2\u00a0000 €
Département de La Réunion 1 500 €
CIVIS : 1 200 €
SEMADER 1.000 €""",
    people="1 animatrice, 1 conseillère ESF Caf",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Région", 2000, "Région Réunion : 2\u00a0000 €", alt=["Région Réunion"]),
        F("Conseil départemental", 1500, "Département de La Réunion 1 500 €", alt=["Département de La Réunion"]),
        F("Intercommunalité", 1200, "CIVIS : 1 200 €", alt=["CIVIS", "Communauté intercommunale des villes solidaires"]),
        F("SEMADER", 1000, "SEMADER 1.000 €", alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("CAF", "Une conseillère en économie sociale et familiale de la Caf de La Réunion co-anime l'atelier",
          alt=["Caf de La Réunion"]),
        P("Kour Vert 974", "L'association Kour Vert 974 prépare les plants"),
    ],
    excluded=X(
        funders=["Caf de La Réunion (lends a conseillère: partner, no funding stated)", "ti kafé (a café)",
                 "\"la région sud de l'île\" (geography)", "Kit : 12 € par famille (a per-family cost)"],
        partners=["Région, Département, CIVIS, SEMADER (funders only)"]),
))

# U34 — Paris 18e. EMPTY financial field: funders only in the text ("grâce à une subvention de la Ville de Paris de
# 6 000 €", "la DRIHL nous a versé"); hotel night price paid by the State to hotels (not the action's grant);
# a charity's gift in money (Croix-Rouge unité locale, required funder, not a partner); Samusocial partner; 115 context; Paris Habitat lends a room (borderline funder + partner).
R4.append(dict(
    id="U34",
    title="Familles à l'hôtel : un accueil pour sortir de la chambre",
    structure_line="CENTRE SOCIAL LA CHAPELLE-DOUDEAUVILLE - Paris",
    files=[],
    status="En cours",
    dimension="Accès aux droits",
    keywords=["Hébergement", "Familles", "Précarité"],
    resume="""Un accueil deux après-midis par semaine pour les familles hébergées à l'hôtel social : machine à laver, cuisine, devoirs des enfants, aide aux démarches.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Les familles sont orientées par le 115 et logées dans des hôtels du 18e, souvent une chambre pour 4 ou 5.
Une nuitée coûte environ 35 € par personne, payée par l'Etat à l'hôtelier.
Les travailleurs sociaux du Samusocial de Paris font le lien avec nous et viennent une fois par mois.
Paris Habitat nous prête un local avec machines à laver au rez-de-chaussée de la rue Doudeauville.""",
    public=["Familles"],
    declared=["Commune", "Etat"],
    description="""Grâce à une subvention de la Ville de Paris de 6 000 €, on a pu ouvrir un deuxième après-midi.
La DRIHL nous a versé 5 000 € sur le volet hébergement.
L'unité locale de la Croix-Rouge française du 18e a donné 800 € pour les produits d'hygiène.
42 familles accueillies dans l'année.""",
    financial="",
    people="",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 6000, "Grâce à une subvention de la Ville de Paris de 6 000 €", alt=["Ville de Paris", "Conseil départemental"]),
        F("État", 5000, "La DRIHL nous a versé 5 000 €", alt=["DRIHL"]),
        F("Paris Habitat", None, "Paris Habitat nous prête un local avec machines à laver", borderline=True, alt=["Bailleur social"]),
        F("Croix-Rouge française", 800, "L'unité locale de la Croix-Rouge française du 18e a donné 800 €",
          alt=["Croix-Rouge", "Croix-Rouge française du 18e"]),
    ],
    budget=NOB,
    partners=[
        P("Samusocial de Paris", "Les travailleurs sociaux du Samusocial de Paris font le lien avec nous"),
        P("Paris Habitat", "Paris Habitat nous prête un local avec machines à laver"),
    ],
    excluded=X(
        funders=["État's nuitée 35 € par personne paid to hotels (not to the action; the DRIHL grant is the État row)"],
        partners=["115 (context: it places the families)", "hôtels du 18e (generic)", "Ville de Paris, DRIHL, Croix-Rouge (funders only)"]),
))

# U35 — Rhône, Villefranche-sur-Saône (NOT in the Métropole de Lyon: the Département du Rhône applies; the Métropole is
# named only to say it does not cover the town). CPAM funder + partner (centre d'examens de santé); a per-person value
# of the check-up; agglomeration; EMPTY dimension; pharmacies generic.
R4.append(dict(
    id="U35",
    title="Mon bilan santé : accompagner vers l'examen de prévention",
    structure_line="CENTRE SOCIAL DE BÉLLIGNY - Rhône",
    files=None,
    status="En cours",
    dimension=None,
    keywords=["Santé", "Accès aux droits"],
    resume="""On accompagne des groupes d'habitants (surtout des hommes de 40 à 60 ans) à l'examen de prévention en santé, transport compris, et on fait un atelier de préparation avant.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Le centre d'examens de santé de la CPAM du Rhône réserve des créneaux de groupe et ses infirmières font l'atelier de préparation.
L'examen est gratuit (sa valeur est d'environ 250 € par personne).
Nous ne sommes pas sur le territoire de la Métropole de Lyon, c'est le Département du Rhône qui intervient ici.
Les pharmacies du quartier affichent nos dates.""",
    public=["Adultes"],
    declared=["CPAM"],
    description="""8 groupes, 71 personnes examinées, 23 orientées vers un médecin.""",
    financial="""CPAM du Rhône : 2 000 € pour le transport
Département du Rhône 1 500 €
Agglo Villefranche Beaujolais Saône : 800 €""",
    people="1 référente santé",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("CPAM", 2000, "CPAM du Rhône : 2 000 €", alt=["CPAM du Rhône"]),
        F("Conseil départemental", 1500, "Département du Rhône 1 500 €", alt=["Département du Rhône"]),
        F("Intercommunalité", 800, "Agglo Villefranche Beaujolais Saône : 800 €",
          alt=["Agglo Villefranche Beaujolais Saône", "Communauté d'agglomération Villefranche Beaujolais Saône"]),
    ],
    budget=NOB,
    partners=[
        P("CPAM", "Le centre d'examens de santé de la CPAM du Rhône réserve des créneaux de groupe",
          alt=["CPAM du Rhône", "Centre d'examens de santé"]),
    ],
    excluded=X(
        funders=["Métropole de Lyon (named only to say it does not cover the town)",
                 "250 € par personne (the value of a free check-up for an individual)"],
        partners=["pharmacies du quartier (generic)", "Département du Rhône, Agglo (funders only)"]),
))

# U36 — Pas-de-Calais, Lens. A CERFA table one value per line: template lines with no amount ("Région(s) :",
# "Commune(s) :", "Fonds européens", "Aides privées") followed by another row's label/number; own sales row; total
# "TOTAL DES PRODUITS"; France Travail funder (not individual aid) + partner; a fonds de dotation; NEVER-requested Région.
R4.append(dict(
    id="U36",
    title="Vélos pour l'emploi : atelier de réparation et prêt de vélos",
    structure_line="CENTRE SOCIAL DE LA CITÉ 12-14 - Pas-de-Calais",
    files=["budget previsionnel velos.xlsx"],
    status="En cours",
    dimension="Insertion",
    keywords=["Mobilité", "Emploi", "vélo"],
    resume="""Un atelier où les demandeurs d'emploi réparent un vélo qu'on leur prête ensuite pendant 6 mois pour aller travailler ou en formation. Les vélos remis en état en plus sont revendus 30 €.""",
    initiative=["Le centre social"],
    territory="Plusieurs communes",
    experience="""France Travail Lens oriente les personnes qui ont une promesse d'embauche sans moyen de transport.
L'atelier est animé par un mécanicien de l'association Roue Libre 62.
Pas de demande à la Région Hauts-de-France cette année.""",
    public=["Demandeurs d'emploi"],
    declared=["Autre", "Associations"],
    description="""BUDGET PREVISIONNEL
70 - Vente de produits finis, prestations de services
1 200
74 - Subventions d'exploitation
Etat : préciser le(s) ministère(s) sollicité(s)
France Travail (appel à projets mobilité)
4 000
Région(s) :
Département(s) :
Pas-de-Calais
3 500
Intercommunalité(s) : EPCI
Communauté d'agglomération de Lens-Liévin
2 500
Commune(s) :
Fonds européens
Aides privées
Fonds de dotation Bassin Minier Solidaire
1 500
TOTAL DES PRODUITS
12 700""",
    financial="""voir budget prévisionnel ci-dessus""",
    people="1 animateur, 1 mécanicien bénévole",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("France Travail", 4000, "France Travail (appel à projets mobilité)\n4 000"),
        F("Conseil départemental", 3500, "Département(s) :\nPas-de-Calais\n3 500", alt=["Département du Pas-de-Calais"]),
        F("Intercommunalité", 2500, "Communauté d'agglomération de Lens-Liévin\n2 500", alt=["Communauté d'agglomération de Lens-Liévin", "CALL"]),
        F("Fonds de dotation Bassin Minier Solidaire", 1500, "Fonds de dotation Bassin Minier Solidaire\n1 500", alt=["Bassin Minier Solidaire"]),
    ],
    budget=B(12700, "TOTAL DES PRODUITS\n12 700"),
    partners=[
        P("France Travail", "France Travail Lens oriente les personnes", alt=["France Travail Lens"]),
        P("Roue Libre 62", "un mécanicien de l'association Roue Libre 62"),
    ],
    excluded=X(
        funders=["Région Hauts-de-France (never requested; and \"Région(s) :\" is an empty template line)",
                 "\"Commune(s) :\", \"Fonds européens\", \"Aides privées\" (template lines with no amount of their own)",
                 "70 - Vente de produits finis 1 200 (own sales)", "Etat template line (France Travail is the named row)"],
        partners=["Département, Communauté d'agglomération, fonds de dotation (funders only)"]),
))

# U37 — Seine-Maritime, Dieppe. FIPD via the préfecture (narrow NBSP amount); délégation droits des femmes -> État;
# agglomeration; CIDFF and commissariat partners; a "déléguée du préfet" in a coordination meeting (borderline
# Préfecture); "Théâtre de l'Opprimé" method (capitalised, not a body); per-performance fee of the troupe.
R4.append(dict(
    id="U37",
    title="Théâtre-forum : parlons des violences dans le couple",
    structure_line="CENTRE SOCIAL DU VAL DRUEL - Seine-Maritime",
    files=None,
    status="Terminée",
    reason="""Projet terminé en décembre après 6 représentations.""",
    dimension="Citoyenneté",
    keywords=["violences conjugales", "Théâtre", "égalité"],
    resume="""Un groupe de 10 habitantes et habitants a créé des scènes de théâtre-forum sur les violences dans le couple, jouées dans les quartiers de Dieppe et au lycée.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Méthode du Théâtre de l'Opprimé, avec la compagnie Les Voix du Port (550 € par représentation).
Le CIDFF de Seine-Maritime a formé le groupe et était présent à chaque débat.
Un policier du commissariat de Dieppe est venu répondre aux questions sur la plainte.
Comité de suivi avec la déléguée du préfet et la Ville.""",
    public=["Adultes", "Jeunes"],
    declared=["Commune", "Préfecture"],
    description="""6 représentations, 410 spectateurs.""",
    financial="""FIPD (préfecture de Seine-Maritime) : 3\u202f000 €
Délégation départementale aux droits des femmes : 1 500 €
Dieppe-Maritime : 2 000 €
Ville de Dieppe : 1 000 €""",
    people="",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 1000, "Ville de Dieppe : 1 000 €", alt=["Ville de Dieppe"]),
        F("FIPDR", 3000, "FIPD (préfecture de Seine-Maritime) : 3\u202f000 €", alt=["FIPD", "Préfecture"]),
        F("État", 1500, "Délégation départementale aux droits des femmes : 1 500 €",
          alt=["Délégation départementale aux droits des femmes", "Droits des femmes"]),
        F("Intercommunalité", 2000, "Dieppe-Maritime : 2 000 €", alt=["Dieppe-Maritime", "Agglomération Dieppe-Maritime"]),
    ],
    budget=NOB,
    partners=[
        P("Commune", "Comité de suivi avec la déléguée du préfet et la Ville", alt=["Ville de Dieppe"]),
        P("Les Voix du Port", "la compagnie Les Voix du Port"),
        P("CIDFF de Seine-Maritime", "Le CIDFF de Seine-Maritime a formé le groupe", alt=["CIDFF"]),
        P("Commissariat de Dieppe", "Un policier du commissariat de Dieppe est venu répondre aux questions",
          alt=["Police nationale"]),
        P("Préfecture", "Comité de suivi avec la déléguée du préfet", borderline=True, alt=["Délégué du préfet", "État"]),
    ],
    excluded=X(
        funders=["550 € par représentation (the troupe's fee)"],
        partners=["Théâtre de l'Opprimé (a method)", "lycée (unnamed)", "FIPD, Délégation droits des femmes, Dieppe-Maritime (funders only)"]),
))

# U38 — Vaucluse, Cavaillon. MSA funder + partner; DDETS -> État; agglomeration "mille cinq cents euros"; a fruit
# cooperative lends a room (borderline funder + partner); hourly wage figure; a bare "Actions" line and "- " lines in
# the Description; REFUSED Ville.
R4.append(dict(
    id="U38",
    title="Accueil des saisonniers agricoles",
    structure_line="CENTRE SOCIAL LA BASTIDE - Vaucluse",
    files=[],
    status="En cours",
    dimension="Accès aux droits",
    keywords=["saisonniers", "Accès aux droits", "logement"],
    resume="""Pendant la saison des fruits (mai à septembre), accueil le soir des travailleurs saisonniers : douches, information sur les droits, cours de français, aide aux démarches MSA.""",
    initiative=["Autre"],
    precision="""MSA et syndicats agricoles""",
    territory="Une intercommunalité",
    experience="""La MSA Alpes-Vaucluse tient une permanence le mardi soir pour les affiliations et les arrêts de travail.
Le salaire horaire de la plupart des saisonniers est de 11,65 € brut.
La coopérative Fruits du Luberon nous prête une salle dans sa station de conditionnement pour la permanence de Cheval-Blanc.""",
    public=["Travailleurs saisonniers"],
    declared=["MSA", "Entreprises"],
    description="""Actions
- permanences droits 2 soirs par semaine
- cours de français le jeudi
- douches et laverie
Demande à la Ville de Cavaillon : refusée.""",
    financial="""MSA Alpes-Vaucluse 3 000 €
DDETS de Vaucluse : 4 000 €
Luberon Monts de Vaucluse Agglomération mille cinq cents euros""",
    people="1 coordinateur, 2 bénévoles traducteurs",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("MSA", 3000, "MSA Alpes-Vaucluse 3 000 €", alt=["MSA Alpes-Vaucluse"]),
        F("État", 4000, "DDETS de Vaucluse : 4 000 €", alt=["DDETS", "DDETS de Vaucluse"]),
        F("Intercommunalité", 1500, "Luberon Monts de Vaucluse Agglomération mille cinq cents euros",
          alt=["Luberon Monts de Vaucluse Agglomération"]),
        F("Fruits du Luberon", None, "La coopérative Fruits du Luberon nous prête une salle", borderline=True,
          alt=["Coopérative Fruits du Luberon"]),
    ],
    budget=NOB,
    partners=[
        P("MSA", "La MSA Alpes-Vaucluse tient une permanence le mardi soir", alt=["MSA Alpes-Vaucluse"]),
        P("Fruits du Luberon", "La coopérative Fruits du Luberon nous prête une salle", alt=["Coopérative Fruits du Luberon"]),
    ],
    excluded=X(
        funders=["Ville de Cavaillon (\"refusée\")", "11,65 € brut (a wage)"],
        partners=["syndicats agricoles (generic, précision only)", "DDETS, Agglomération (funders only)"]),
))

# U39 — Finistère, Morlaix. EMPTY status; SACEM appears only as a cost ("droits SACEM : 120 €"); Département
# "(contrat de territoire)"; a local bank branch "500 €"; Morlaix Communauté; EHPAD and an associative music school;
# a concert price.
R4.append(dict(
    id="U39",
    title="Chœur des quartiers : chorale intergénérationnelle",
    structure_line="CENTRE SOCIAL CARRÉ D'AS - Finistère",
    files=None,
    status=None,
    dimension="Culture",
    keywords=["Musique", "Intergénérationnel"],
    resume="""Une chorale ouverte à tous, de 8 à 90 ans, répétition le lundi soir, trois concerts par an dont un à l'EHPAD.""",
    initiative=["Des habitants"],
    territory="Une commune",
    experience="""La cheffe de chœur est mise à disposition par Musiques en Pays de Morlaix, l'école de musique associative.
Concert de Noël à l'EHPAD Ty Ar Brug avec les résidents qui chantent avec nous.
droits SACEM : 120 € par concert.""",
    public=["Tous publics"],
    declared=["Associations"],
    description="""35 choristes. Concert de printemps : entrée 5 €.""",
    financial="""Morlaix Communauté : 2 500 €
Conseil départemental du Finistère (contrat de territoire) 2 000 €
Caisse locale du Crédit Mutuel de Bretagne de Morlaix : 500 €""",
    people="1 cheffe de chœur",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 2500, "Morlaix Communauté : 2 500 €", alt=["Morlaix Communauté"]),
        F("Conseil départemental", 2000, "Conseil départemental du Finistère (contrat de territoire) 2 000 €",
          alt=["Département du Finistère"]),
        F("Crédit Mutuel de Bretagne", 500, "Caisse locale du Crédit Mutuel de Bretagne de Morlaix : 500 €",
          alt=["Caisse locale du Crédit Mutuel de Bretagne de Morlaix", "Crédit Mutuel"]),
    ],
    budget=NOB,
    partners=[
        P("Musiques en Pays de Morlaix", "La cheffe de chœur est mise à disposition par Musiques en Pays de Morlaix"),
        P("EHPAD Ty Ar Brug", "Concert de Noël à l'EHPAD Ty Ar Brug avec les résidents qui chantent avec nous"),
    ],
    excluded=X(
        funders=["SACEM (droits SACEM : 120 € par concert: a cost paid by the centre)", "entrée 5 € (participants)",
                 "Musiques en Pays de Morlaix (provides the choir leader: partner; no value stated, not counted as funding)"],
        partners=["SACEM (collects rights)", "Morlaix Communauté, Département, Crédit Mutuel (funders only)"]),
))

# U40 — Somme, Abbeville. Leader-dots total; CCAS funder + partner; Département through the FSL; UDAF and Crésus
# partners; household debt figures and micro-credit ranges near a bank (individual loans: not a funder);
# the structure's own "point conseil budget" label (internal).
R4.append(dict(
    id="U40",
    title="Point conseil budget du Soleil Levant",
    structure_line="CENTRE SOCIAL DU SOLEIL LEVANT - Somme",
    files=[],
    status="En cours",
    dimension="Accès aux droits",
    keywords=["Budget", "Surendettement", "Accès aux droits"],
    resume="""Rendez-vous individuels pour faire le point sur son budget, négocier avec les créanciers, monter un dossier de surendettement. Un atelier collectif « les factures d'énergie » chaque mois.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Les personnes reçues ont en moyenne 8 400 € de dettes par ménage.
L'UDAF de la Somme anime l'atelier énergie avec nous. L'association Crésus Picardie prend les dossiers de surendettement les plus lourds.
Pour les micro-crédits (de 300 à 3 000 €) on oriente vers la Caisse d'Épargne Hauts de France.
Le CCAS d'Abbeville nous envoie les personnes qu'il reçoit pour des aides d'urgence.""",
    public=["Adultes", "Familles"],
    declared=["CCAS", "Associations"],
    description="""127 ménages reçus, 19 dossiers de surendettement déposés.""",
    financial="""CCAS d'Abbeville : 1 500 €
Département de la Somme (FSL) : 3 000 €
Communauté d'agglomération de la Baie de Somme 2 000 €
Total ........ 9 800 €""",
    people="1 conseillère ESF",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("CCAS", 1500, "CCAS d'Abbeville : 1 500 €", alt=["CCAS d'Abbeville"]),
        F("Conseil départemental", 3000, "Département de la Somme (FSL) : 3 000 €", alt=["Département de la Somme", "FSL"]),
        F("Intercommunalité", 2000, "Communauté d'agglomération de la Baie de Somme 2 000 €",
          alt=["Communauté d'agglomération de la Baie de Somme"]),
    ],
    budget=B(9800, "Total ........ 9 800 €"),
    partners=[
        P("UDAF de la Somme", "L'UDAF de la Somme anime l'atelier énergie avec nous", alt=["UDAF"]),
        P("Crésus Picardie", "L'association Crésus Picardie prend les dossiers de surendettement les plus lourds", alt=["Crésus"]),
        P("CCAS", "Le CCAS d'Abbeville nous envoie les personnes", alt=["CCAS d'Abbeville"]),
        P("Caisse d'Épargne Hauts de France", "on oriente vers la Caisse d'Épargne Hauts de France", borderline=True),
    ],
    excluded=X(
        funders=["Caisse d'Épargne Hauts de France (micro-credits to individuals, de 300 à 3 000 €: not a funder)",
                 "8 400 € de dettes par ménage (a figure of households' debts)"],
        partners=["point conseil budget (the centre's own service)", "Département, Agglomération (funders only)"]),
))

# U41 — Côtes-d'Armor, Lannion. EMOJI title; "4K€" intercommunality; Action Logement (national body, own name) "avec le
# soutien de"; Visale and the APL simulation on caf.fr (individual scheme / website: not funders); rent figure per month;
# bailleur lends a show flat (borderline funder + partner); PENDING Région ("en cours d'instruction"); FJT and ADIL partners.
R4.append(dict(
    id="U41",
    title="🏠 Un toit à moi : ateliers logement pour les 18-25 ans",
    structure_line="CENTRE SOCIAL DE LA VILLE NEUVE - ARS-SUR-LÉGUER - Côtes-d'Armor",
    files=None,
    status="En cours",
    dimension="Jeunesse",
    keywords=["Logement", "Jeunesse", "autonomie"],
    resume="""Cycle de 5 ateliers pour préparer son premier logement : budget, bail, état des lieux, aides, petits travaux. Le dernier atelier se fait dans un vrai appartement.""",
    initiative=["Le centre social"],
    territory="Une intercommunalité",
    experience="""Le loyer moyen d'un T1 à Lannion est de 420 € par mois, trop pour beaucoup de jeunes en CDD.
On fait les simulations d'aide au logement sur caf.fr et on explique la garantie Visale.
Le foyer de jeunes travailleurs Ker Avel et l'ADIL 22 co-animent les ateliers bail et budget.
Côtes d'Armor Habitat nous prête un appartement témoin pour l'atelier état des lieux.""",
    public=["Jeunes adultes"],
    declared=["Associations", "Bailleur social"],
    description="""4 cycles, 37 jeunes.""",
    financial="""Lannion-Trégor Communauté 4K€
avec le soutien d'Action Logement (2 500 €)
Région Bretagne : dossier en cours d'instruction""",
    people="1 animatrice jeunesse",
    res_territoire="",
    res_centre="",
    res_habitants="11 jeunes ont signé un premier bail.",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 4000, "Lannion-Trégor Communauté 4K€", alt=["Lannion-Trégor Communauté"]),
        F("Action Logement", 2500, "avec le soutien d'Action Logement (2 500 €)", alt=["Action Logement Services"]),
        F("Côtes d'Armor Habitat", None, "Côtes d'Armor Habitat nous prête un appartement témoin", borderline=True,
          alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("FJT Ker Avel", "Le foyer de jeunes travailleurs Ker Avel et l'ADIL 22 co-animent les ateliers",
          alt=["Foyer de jeunes travailleurs Ker Avel", "Ker Avel"]),
        P("ADIL 22", "Le foyer de jeunes travailleurs Ker Avel et l'ADIL 22 co-animent les ateliers", alt=["ADIL"]),
        P("Côtes d'Armor Habitat", "Côtes d'Armor Habitat nous prête un appartement témoin"),
    ],
    excluded=X(
        funders=["Région Bretagne (\"dossier en cours d'instruction\": pending)", "caf.fr (website)",
                 "garantie Visale (an individual scheme)", "420 € par mois (a rent)",
                 "\"ARS-SUR-LÉGUER\" in the structure line (a place name, not the ARS)"],
        partners=["Lannion-Trégor Communauté, Action Logement (funders only)"]),
))

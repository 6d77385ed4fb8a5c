"""Fiches T37..T48 (text + hand annotations). See eval/sets/spec.py for the keys, eval/sets/gold_helpers.py for F/P/B/X."""
from eval.sets.gold_helpers import F, P, B, NOB, X, ANCT_ALT

R4 = []

# T37 — Lot, rural. Grand-Figeac; Région Occitanie; SDJES (État); "Fondation X" refused; a chantier
# association with "et"; a lycée; EMPTY financial field but funders named in the Résultats field.
R4.append(dict(
    id="T37",
    title="Chantier jeunes : restauration des murets en pierre sèche",
    structure_line="CENTRE SOCIAL ET CULTUREL DU PAYS DE FIGEAC - Lot",
    files=None,
    status="Terminée",
    reason="",
    dimension="Accompagnement de projets",
    keywords=["Environnement", "Culture"],
    resume="""Deux semaines de chantier en juillet : 10 jeunes de 15 à 17 ans restaurent 60 mètres de murets en pierre sèche sur le causse, encadrés par un artisan, avec des soirées et une sortie canoë en récompense.""",
    initiative=["Le centre social"],
    territory="Plusieurs communes",
    experience="""Les jeunes sont hébergés au camping municipal de Cajarc. Le chantier est encadré par l'association Pierres et Causses du Quercy.""",
    public=["Jeunesse"],
    declared=["Intercommunalité", "Associations"],
    description="""Recrutement des jeunes avec le lycée Champollion et le Point Information Jeunesse du Grand-Figeac.""",
    financial="",
    people="1 animateur, 1 artisan muraillier, 10 jeunes",
    res_territoire="""Le chantier a pu se faire grâce au Grand-Figeac (3 000 €), à la Région Occitanie (2 000 €) et au SDJES du Lot (1 200 €). La Fondation Pierres Vivantes n'a pas retenu notre dossier.""",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 3000, "grâce au Grand-Figeac (3 000 €)", alt=["Grand-Figeac"]),
        F("Région", 2000, "à la Région Occitanie (2 000 €)", alt=["Région Occitanie"]),
        F("État", 1200, "au SDJES du Lot (1 200 €)", alt=["SDJES", "SDJES du Lot"]),
    ],
    budget=NOB,
    partners=[
        P("Pierres et Causses du Quercy", "Le chantier est encadré par l'association Pierres et Causses du Quercy"),
        P("Lycée Champollion", "Recrutement des jeunes avec le lycée Champollion"),
        P("Intercommunalité", "le Point Information Jeunesse du Grand-Figeac",
          alt=["Point Information Jeunesse du Grand-Figeac", "Grand-Figeac"]),
    ],
    excluded=X(
        funders=["Fondation Pierres Vivantes (\"n'a pas retenu notre dossier\": refused)"],
        partners=["artisan muraillier (individual)", "camping municipal de Cajarc (venue)",
                  "Région Occitanie, SDJES (funders only)"]),
))

# T38 — Tarn, urban. Auto-école sociale; CA Castres-Mazamet; Ville de Castres; France Travail funder AND
# partner; Département du Tarn "PDI"; Fondation X; "4K€"; per-hour amounts (unattached).
R4.append(dict(
    id="T38",
    title="Le permis à Lameilhé : auto-école associative",
    structure_line="CENTRE SOCIAL DE LAMEILHÉ - Tarn",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Emploi, économie", "Précarité"],
    resume="""Code et conduite à tarif social pour 20 personnes par an en parcours d'insertion, avec une pédagogie adaptée (FLE, troubles dys).""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""L'heure de conduite coûte 12 € à l'élève contre 55 € en auto-école classique.""",
    public=["Adultes", "Jeunesse"],
    declared=["Commune", "Autre"],
    description="""Les élèves sont orientés par France Travail Castres et par les référents RSA du Département du Tarn.
Le CFA de la Chambre de métiers prête sa piste d'entraînement.""",
    financial="""France Travail (aide à la mobilité, convention) : 6 000 €
Département du Tarn (PDI) : 4K€
Communauté d'agglomération Castres-Mazamet : 2 500 €
Ville de Castres : 1 000 €
Fondation Routes Sûres : 2 000 €
heures de conduite : 12 € de l'heure pour l'élève""",
    people="1 enseignante de la conduite, 1 formatrice code",
    res_territoire="",
    res_centre="",
    res_habitants="12 permis en 2024.",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 1000, "Ville de Castres : 1 000 €", alt=["Ville de Castres"]),
        F("France Travail", 6000, "France Travail (aide à la mobilité, convention) : 6 000 €"),
        F("Conseil départemental", 4000, "Département du Tarn (PDI) : 4K€", alt=["Département du Tarn", "PDI"]),
        F("Intercommunalité", 2500, "Communauté d'agglomération Castres-Mazamet : 2 500 €",
          alt=["Communauté d'agglomération Castres-Mazamet"]),
        F("Fondation Routes Sûres", 2000, "Fondation Routes Sûres : 2 000 €"),
        F("CFA de la Chambre de métiers", None, "Le CFA de la Chambre de métiers prête sa piste d'entraînement", borderline=True),
    ],
    budget=NOB,
    partners=[
        P("France Travail", "Les élèves sont orientés par France Travail Castres", alt=["France Travail Castres"]),
        P("Conseil départemental", "par les référents RSA du Département du Tarn", alt=["Département du Tarn"]),
        P("CFA de la Chambre de métiers", "Le CFA de la Chambre de métiers prête sa piste d'entraînement"),
    ],
    excluded=X(
        funders=["12 € de l'heure pour l'élève (participants)"],
        partners=["enseignante, formatrice (staff)", "Communauté d'agglomération, Ville, Fondation Routes Sûres (funders only)"]),
))

# T39 — Aveyron, rural. EMPTY status; Decazeville Communauté; MSA; Caf de l'Aveyron "PS jeunes"; a
# CAF look-alike "Caf'conc'" ; a mining museum; a rugby club with digits; amount "7 000 euros".
R4.append(dict(
    id="T39",
    title="Local ados du Bassin : accueil et projets des 11-17 ans",
    structure_line="CENTRE SOCIAL DU BASSIN DECAZEVILLOIS - Aveyron",
    files=None,
    status=None,
    dimension="Accompagnement de projets",
    keywords=["vacances / loisirs", "Démocratie & citoyenneté"],
    resume="""Accueil libre des ados le mercredi, le vendredi soir et pendant les vacances, et accompagnement de leurs projets : cette année un Caf'conc' (concert dans le café associatif du centre) et un séjour à Barcelone autofinancé.""",
    initiative=["Un groupe d'habitants"],
    territory="Plusieurs communes",
    experience="""Les jeunes ont organisé des ventes de crêpes et un loto pour financer le séjour.""",
    public=["Jeunesse"],
    declared=["Caf", "Intercommunalité"],
    description="""Le Rugby Club Decazeville 12 a fait un stage commun aux vacances de février.
Le musée régional de la mine de Cransac a accueilli un atelier photo.""",
    financial="""Caf de l'Aveyron (prestation de service jeunes) : 7 000 euros
Decazeville Communauté : 3 000 €
MSA Midi-Pyrénées Nord : 1 000 €
autofinancement des jeunes (loto, crêpes) : 2 100 €""",
    people="1 animateur jeunesse, 1 BAFA",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("CAF", 7000, "Caf de l'Aveyron (prestation de service jeunes) : 7 000 euros", alt=["Caf de l'Aveyron"]),
        F("Intercommunalité", 3000, "Decazeville Communauté : 3 000 €", alt=["Decazeville Communauté"]),
        F("MSA", 1000, "MSA Midi-Pyrénées Nord : 1 000 €", alt=["MSA Midi-Pyrénées Nord"]),
    ],
    budget=NOB,
    partners=[
        P("Rugby Club Decazeville 12", "Le Rugby Club Decazeville 12 a fait un stage commun"),
        P("Musée régional de la mine de Cransac", "Le musée régional de la mine de Cransac a accueilli un atelier photo",
          borderline=True),
    ],
    excluded=X(
        funders=["\"Caf'conc'\" (negative for CAF)", "autofinancement des jeunes (participants)"],
        partners=["café associatif du centre (own service)", "Barcelone (a place)",
                  "Caf, Decazeville Communauté, MSA (funders only)"]),
))

# T40 — Pyrénées-Atlantiques, urban. Communauté d'agglomération Pays Basque; Office public de la langue basque
# (own name); Ville de Bayonne "a accordé"; bailleur Habitat Sud Atlantic; an ikastola; two funders and two
# amounts in one sentence ("respectivement"); ranges.
R4.append(dict(
    id="T40",
    title="Euskaraz bizi : le basque en famille à Sainte-Croix",
    structure_line="CENTRE SOCIAL SAINTE-CROIX - Pyrénées-Atlantiques",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Culture", "Mixité sociale", "Parentalité"],
    resume="""Ateliers d'initiation au basque pour les parents dont les enfants sont scolarisés en filière bilingue, chants et jeux en basque pour les petits, et une fête de fin d'année avec l'ikastola.""",
    initiative=["Un groupe d'habitants"],
    territory="Un quartier",
    experience="""Beaucoup de familles du quartier, souvent d'origine maghrébine ou portugaise, inscrivent leurs enfants en bilingue mais ne peuvent pas les aider.""",
    public=["familles"],
    declared=["Commune", "Bailleur social", "Education nationale"],
    description="""Les cours sont donnés par une formatrice d'AEK Baiona (association d'enseignement du basque aux adultes).
L'ikastola Bayonne Sainte-Croix invite les parents aux fêtes de l'école.
L'école publique Jules-Ferry (filière bilingue) participe à la fête.""",
    financial="""L'Office public de la langue basque et la Communauté d'agglomération Pays Basque nous ont versé respectivement 3 000 € et 1 500 €.
La Ville de Bayonne a accordé 1 000 €
Habitat Sud Atlantic : 500 à 800 € selon la fréquentation""",
    people="1 formatrice, 1 animatrice",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 1000, "La Ville de Bayonne a accordé 1 000 €", alt=["Ville de Bayonne"]),
        F("Office public de la langue basque", 3000,
          "L'Office public de la langue basque et la Communauté d'agglomération Pays Basque nous ont versé respectivement 3 000 € et 1 500 €",
          alt=["OPLB", "Euskararen Erakunde Publikoa"]),
        F("Intercommunalité", 1500,
          "L'Office public de la langue basque et la Communauté d'agglomération Pays Basque nous ont versé respectivement 3 000 € et 1 500 €",
          alt=["Communauté d'agglomération Pays Basque"]),
        F("Habitat Sud Atlantic", None, "Habitat Sud Atlantic : 500 à 800 €", rng=(500, 800), alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("AEK Baiona", "Les cours sont donnés par une formatrice d'AEK Baiona", alt=["AEK"]),
        P("Ikastola Bayonne Sainte-Croix", "L'ikastola Bayonne Sainte-Croix invite les parents aux fêtes de l'école"),
        P("École publique Jules-Ferry", "L'école publique Jules-Ferry (filière bilingue) participe à la fête", borderline=True),
    ],
    excluded=X(
        funders=[],
        partners=["formatrice (individual)", "Office public de la langue basque, Communauté d'agglomération Pays Basque (funders only)"]),
))

# T41 — Landes, rural/small town. Mont de Marsan Agglomération; SICTOM (waste syndicate) funder;
# ADEME PENDING; a supermarket's unsold food (borderline); "avec le soutien financier de"; a lycée hôtelier
# whose students cook (partner); total "soit 6 300 €".
R4.append(dict(
    id="T41",
    title="Zéro gaspi en cuisine : ateliers et disco-soupes",
    structure_line="CENTRE SOCIAL DU PEYROUAT - Landes",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["développement durable", "Santé"],
    resume="""Ateliers cuisine avec des invendus et 4 disco-soupes par an sur le marché de Mont-de-Marsan, avec des élèves du lycée hôtelier.""",
    initiative=["Le centre social"],
    territory="Une commune",
    experience="""Projet né de l'envie de l'atelier cuisine de travailler sur le gaspillage.""",
    public=["Tous publics"],
    declared=["Intercommunalité", "Entreprises"],
    description="""Les élèves de BTS du lycée hôtelier Jean-Cassaigne cuisinent avec les habitants pendant les disco-soupes.
Le supermarché Landes Primeurs donne ses invendus de fruits et légumes.""",
    financial="""avec le soutien financier de Mont de Marsan Agglomération (2 800 €) et du SICTOM du Marsan (1 500 €)
ADEME Nouvelle-Aquitaine : dossier déposé, en attente
reste à charge du centre 2 000 €, soit 6 300 € au total""",
    people="1 animatrice, 12 élèves",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 2800, "avec le soutien financier de Mont de Marsan Agglomération (2 800 €)",
          alt=["Mont de Marsan Agglomération"]),
        F("SICTOM du Marsan", 1500, "du SICTOM du Marsan (1 500 €)", alt=["SICTOM"]),
        F("Landes Primeurs", None, "Le supermarché Landes Primeurs donne ses invendus de fruits et légumes", borderline=True),
    ],
    budget=B(6300, "soit 6 300 € au total"),
    partners=[
        P("Lycée hôtelier Jean-Cassaigne", "Les élèves de BTS du lycée hôtelier Jean-Cassaigne cuisinent avec les habitants"),
        P("Landes Primeurs", "Le supermarché Landes Primeurs donne ses invendus", borderline=True),
    ],
    excluded=X(
        funders=["ADEME Nouvelle-Aquitaine (\"dossier déposé, en attente\": pending)",
                 "reste à charge du centre (the structure)"],
        partners=["atelier cuisine (own activity)", "marché de Mont-de-Marsan (a place)",
                  "Mont de Marsan Agglomération, SICTOM du Marsan (funders only)"]),
))

# T42 — Vienne, urban. Grand Poitiers; Université de Poitiers + CROUS; Ville de Poitiers; a student association
# with digits; Cité éducative; amounts with NBSP; declared "Education nationale".
R4.append(dict(
    id="T42",
    title="Tandem : étudiants et collégiens des Couronneries",
    structure_line="CENTRE SOCIAL DES COURONNERIES - Vienne",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["éducation / scolarité", "Mixité sociale"],
    resume="""30 binômes étudiant / collégien qui se voient une fois par semaine pour les devoirs, une sortie culturelle par mois et des visites du campus.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Les étudiants sont recrutés avec le service de la vie étudiante de l'Université de Poitiers et l'association Étudiants Solidaires 86.""",
    public=["Jeunesse"],
    declared=["Education nationale", "Commune"],
    description="""Le collège Jules-Verne repère les élèves et met une salle à disposition le jeudi.
Le CROUS de Poitiers offre des repas au restaurant universitaire lors des visites du campus.""",
    financial="""Cité éducative de Poitiers : 6\u00a0000 €
Grand Poitiers : 2\u00a0500 €
Ville de Poitiers : 2\u00a0000 €""",
    people="1 coordinatrice, 30 étudiants bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 2000, "Ville de Poitiers : 2\u00a0000 €", alt=["Ville de Poitiers"]),
        F("Cité éducative", 6000, "Cité éducative de Poitiers : 6\u00a0000 €", alt=["Cité éducative de Poitiers", "Éducation nationale"]),
        F("Intercommunalité", 2500, "Grand Poitiers : 2\u00a0500 €", alt=["Grand Poitiers"]),
        F("Collège Jules-Verne", None, "Le collège Jules-Verne repère les élèves et met une salle à disposition",
          borderline=True),
        F("CROUS de Poitiers", None, "Le CROUS de Poitiers offre des repas au restaurant universitaire", borderline=True,
          alt=["CROUS"]),
    ],
    budget=NOB,
    partners=[
        P("Université de Poitiers", "avec le service de la vie étudiante de l'Université de Poitiers"),
        P("Étudiants Solidaires 86", "l'association Étudiants Solidaires 86"),
        P("Collège Jules-Verne", "Le collège Jules-Verne repère les élèves et met une salle à disposition"),
        P("CROUS de Poitiers", "Le CROUS de Poitiers offre des repas au restaurant universitaire", alt=["CROUS"]),
    ],
    excluded=X(
        funders=[],
        partners=["Cité éducative, Grand Poitiers, Ville de Poitiers (funders only)"]),
))

# T43 — Deux-Sèvres, rural. Agglo2B; MSA Poitou; Conseil départemental; Carsat; a "Fondation X" through
# "grâce à"; EHPAD; two funders joint ("à parts égales" without per-body figure -> joint); the structure's own
# "comité de pilotage".
R4.append(dict(
    id="T43",
    title="Les Mardis du Bocage : repas partagés et animations pour les aînés isolés",
    structure_line="CENTRE SOCIOCULTUREL DU BOCAGE BRESSUIRAIS - Deux-Sèvres",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Viellissement", "Solidarité", "intergénérationnel"],
    resume="""Chaque mardi un repas partagé dans une commune différente, suivi d'une animation (jeux, chant, conférence), pour des personnes âgées isolées. Transport assuré par les bénévoles.""",
    initiative=["Le centre social"],
    territory="Plusieurs communes",
    experience="""Le comité de pilotage réunit des élus, des bénévoles et des partenaires.""",
    public=["Seniors"],
    declared=["Intercommunalité", "Conseil départemental"],
    description="""Les cuisiniers de l'EHPAD Le Bois Fleuri de Cerizay préparent les repas une fois par mois.
Les personnes sont orientées par le CLIC du Bocage et par l'assistante sociale de la MSA.""",
    financial="""La MSA Poitou et la Carsat Centre-Ouest financent à parts égales 4 000 €.
Agglo2B : 2 000 €
grâce à la Fondation Bien Vieillir en Gâtine : 1 500 €
repas : 6 € par personne""",
    people="1 animatrice, 20 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("MSA", None, "La MSA Poitou et la Carsat Centre-Ouest financent à parts égales 4 000 €", alt=["MSA Poitou"]),
        F("CARSAT", None, "La MSA Poitou et la Carsat Centre-Ouest financent à parts égales 4 000 €", alt=["Carsat Centre-Ouest"]),
        F("Intercommunalité", 2000, "Agglo2B : 2 000 €", alt=["Agglo2B"]),
        F("Fondation Bien Vieillir en Gâtine", 1500, "grâce à la Fondation Bien Vieillir en Gâtine : 1 500 €"),
    ],
    budget=NOB,
    partners=[
        P("EHPAD Le Bois Fleuri", "Les cuisiniers de l'EHPAD Le Bois Fleuri de Cerizay préparent les repas"),
        P("CLIC du Bocage", "orientées par le CLIC du Bocage", alt=["CLIC"]),
        P("MSA", "par l'assistante sociale de la MSA", alt=["MSA Poitou"]),
    ],
    excluded=X(
        funders=["repas : 6 € par personne (participants)"],
        partners=["comité de pilotage (the centre's own body)", "élus, bénévoles (individuals)",
                  "Carsat, Agglo2B, Fondation Bien Vieillir en Gâtine (funders only)"]),
))

# T44 — Seine-Maritime, urban port. Le Havre Seine Métropole; a port company's mécénat; bailleur Alcéane;
# a sailing club; "la Ville du Havre" ; an amount "1 500,00 €"; pending ANS.
R4.append(dict(
    id="T44",
    title="Hissez haut ! voile et découverte du port pour les familles de Caucriauville",
    structure_line="CENTRE SOCIAL DE CAUCRIAUVILLE - Seine-Maritime",
    files=None,
    status="En cours",
    dimension="Accompagnement de projets",
    keywords=["vacances / loisirs", "Parentalité"],
    resume="""Six samedis de voile en famille au printemps, une visite du port en vedette et une journée de régate amicale en juin.""",
    initiative=["Un groupe d'habitants"],
    territory="Un quartier",
    experience="""Les familles de Caucriauville voient la mer de loin mais n'y vont jamais.""",
    public=["familles"],
    declared=["Commune", "Bailleur social", "Entreprises"],
    description="""Les séances sont encadrées par les moniteurs de la Société des Régates du Havre.
Une vedette de la société Manutention Portuaire Normande emmène les familles pour la visite du port.""",
    financial="""Le Havre Seine Métropole : 3 000 €
Ville du Havre : 1 500,00 €
Alcéane : 1 000 €
Mécénat Manutention Portuaire Normande : visite du port offerte + 2 000 €
ANS : demande en cours d'instruction""",
    people="1 référente famille, 12 familles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Commune", 1500, "Ville du Havre : 1 500,00 €", alt=["Ville du Havre"]),
        F("Intercommunalité", 3000, "Le Havre Seine Métropole : 3 000 €", alt=["Le Havre Seine Métropole"]),
        F("Alcéane", 1000, "Alcéane : 1 000 €", alt=["Bailleur social"]),
        F("Manutention Portuaire Normande", 2000, "Mécénat Manutention Portuaire Normande : visite du port offerte + 2 000 €"),
    ],
    budget=NOB,
    partners=[
        P("Société des Régates du Havre", "Les séances sont encadrées par les moniteurs de la Société des Régates du Havre"),
        P("Manutention Portuaire Normande", "Une vedette de la société Manutention Portuaire Normande emmène les familles"),
    ],
    excluded=X(
        funders=["ANS (\"demande en cours d'instruction\": pending)"],
        partners=["moniteurs (staff of the club)", "Le Havre Seine Métropole, Ville du Havre, Alcéane (funders only)"]),
))

# T45 — Eure, urban. CPAM de l'Eure; ARS; Évreux Portes de Normandie; a dental faculty/UFR; a mutuelle's
# in-kind toothbrush kits valued; a university hospital; "Mois sans tabac" (campaign) ; empty results.
R4.append(dict(
    id="T45",
    title="Sourires de La Madeleine : prévention bucco-dentaire en famille",
    structure_line="CENTRE SOCIAL DE LA MADELEINE - Eure",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Santé", "Parentalité"],
    resume="""Ateliers brossage pour les enfants de l'accueil de loisirs, dépistage gratuit par des étudiants en odontologie et accompagnement des familles vers un dentiste.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Un quartier",
    experience="""Le dépistage de 2023 a montré que 4 enfants sur 10 avaient des caries non soignées.""",
    public=["familles", "Enfance"],
    declared=["Autre"],
    description="""Les dépistages sont faits par les étudiants de la faculté d'odontologie de Rouen (UFR Santé), encadrés par un chirurgien-dentiste.
La Mutuelle Normande Solidarité a offert 200 kits de brossage (valeur 600 €).
Le centre de santé dentaire d'Évreux réserve des créneaux aux familles orientées.""",
    financial="""ARS Normandie : 3 500 €
CPAM de l'Eure : 2 000 €
Évreux Portes de Normandie (contrat local de santé) : 1 500 €""",
    people="1 animatrice santé",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("ARS", 3500, "ARS Normandie : 3 500 €", alt=["ARS Normandie"]),
        F("CPAM", 2000, "CPAM de l'Eure : 2 000 €", alt=["CPAM de l'Eure"]),
        F("Intercommunalité", 1500, "Évreux Portes de Normandie (contrat local de santé) : 1 500 €",
          alt=["Évreux Portes de Normandie"]),
        F("Mutuelle Normande Solidarité", 600, "La Mutuelle Normande Solidarité a offert 200 kits de brossage (valeur 600 €)",
          borderline=True),
    ],
    budget=NOB,
    partners=[
        P("Faculté d'odontologie de Rouen", "les étudiants de la faculté d'odontologie de Rouen (UFR Santé)",
          alt=["UFR Santé", "Université de Rouen"]),
        P("Mutuelle Normande Solidarité", "La Mutuelle Normande Solidarité a offert 200 kits de brossage", borderline=True),
        P("Centre de santé dentaire d'Évreux", "Le centre de santé dentaire d'Évreux réserve des créneaux"),
    ],
    excluded=X(
        funders=[],
        partners=["chirurgien-dentiste (individual)", "accueil de loisirs (own service)",
                  "ARS, CPAM, Évreux Portes de Normandie (funders only)"]),
))

# T46 — Somme, urban. Amiens Métropole; Ville d'Amiens; a reading association; libraries; Département de la Somme;
# DRAC "Contrat territoire lecture" ; "Partir en Livre" (event) ; Caf not funder but partner (holds a stand);
# page header between fiches.
R4.append(dict(
    id="T46",
    title="Des livres plein les poches : lecture dans l'espace public à Amiens Nord",
    structure_line="CENTRE SOCIAL DU PIGEONNIER - AMIENS NORD - Somme",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Culture", "éducation / scolarité"],
    resume="""Tout l'été, lectures d'albums sur des tapis au pied des immeubles, boîtes à livres et une grande fête du livre pendant Partir en Livre.""",
    initiative=["Le centre social", "Un ou plusieurs partenaire(s)"],
    territory="Plusieurs quartiers",
    experience="""Les bibliothécaires de la bibliothèque Hélène-Bernheim viennent lire avec les animateurs.""",
    public=["Enfance", "familles"],
    declared=["Commune", "Associations", "Caf"],
    description="""L'association Lire et Faire Lire 80 envoie des bénévoles retraités.
À la fête du livre, la Caf de la Somme tenait un stand d'information sur les aides aux familles.""",
    financial="""DRAC Hauts-de-France (contrat territoire lecture) : 2 500 €
Amiens Métropole : 2 000 €
Département de la Somme : 1 000 €""",
    people="2 animateurs",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    page_header_after=True,
    funders=[
        F("DRAC", 2500, "DRAC Hauts-de-France (contrat territoire lecture) : 2 500 €", alt=["DRAC Hauts-de-France", "État"]),
        F("Intercommunalité", 2000, "Amiens Métropole : 2 000 €", alt=["Amiens Métropole"]),
        F("Conseil départemental", 1000, "Département de la Somme : 1 000 €", alt=["Département de la Somme"]),
    ],
    budget=NOB,
    partners=[
        P("Bibliothèque Hélène-Bernheim", "Les bibliothécaires de la bibliothèque Hélène-Bernheim viennent lire avec les animateurs"),
        P("Lire et Faire Lire 80", "L'association Lire et Faire Lire 80 envoie des bénévoles retraités",
          alt=["Lire et Faire Lire"]),
        P("CAF", "la Caf de la Somme tenait un stand d'information", alt=["Caf de la Somme"]),
    ],
    excluded=X(
        funders=["Caf de la Somme (holds a stand: partner, not funder)"],
        partners=["Partir en Livre (an event)", "DRAC, Amiens Métropole, Département (funders only)"]),
))

# T47 — Hautes-Alpes, rural mountain. CC du Briançonnais; Préfecture (declared, and the sous-préfecture in the text);
# a Fondation; Secours catholique gives clothes (borderline); a hospital; Médecins du Monde; "2 000 euros".
R4.append(dict(
    id="T47",
    title="Accueil et accompagnement des personnes exilées à Briançon",
    structure_line="CENTRE SOCIAL DU BRIANÇONNAIS - Hautes-Alpes",
    files=None,
    status="En cours",
    dimension="Services",
    keywords=["Solidarité", "Intégration"],
    resume="""Permanence hebdomadaire pour les personnes exilées hébergées à Briançon : orientation, cours de français, vestiaire, et sorties montagne avec des habitants.""",
    initiative=["Un ou plusieurs partenaire(s)"],
    territory="Une commune",
    experience="""Le refuge associatif Les Terrasses Solidaires nous oriente les personnes qui restent plus de quelques jours.""",
    public=["Adultes"],
    declared=["Préfecture", "Associations"],
    description="""La PASS du centre hospitalier des Escartons fait le lien pour les soins.
Le Secours catholique des Hautes-Alpes fournit les vêtements du vestiaire.
Une réunion trimestrielle a lieu à la sous-préfecture de Briançon avec les associations.""",
    financial="""Communauté de communes du Briançonnais : 2 000 euros
Fondation Montagne Ouverte : 4 000 €
dons de particuliers : 850 €""",
    people="1 coordinateur, 15 bénévoles",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="",
    funders=[
        F("Intercommunalité", 2000, "Communauté de communes du Briançonnais : 2 000 euros",
          alt=["Communauté de communes du Briançonnais"]),
        F("Fondation Montagne Ouverte", 4000, "Fondation Montagne Ouverte : 4 000 €"),
        F("Secours catholique des Hautes-Alpes", None, "Le Secours catholique des Hautes-Alpes fournit les vêtements du vestiaire",
          borderline=True, alt=["Secours catholique"]),
    ],
    budget=NOB,
    partners=[
        P("Les Terrasses Solidaires", "Le refuge associatif Les Terrasses Solidaires nous oriente les personnes"),
        P("Centre hospitalier des Escartons", "La PASS du centre hospitalier des Escartons fait le lien pour les soins"),
        P("Secours catholique des Hautes-Alpes", "Le Secours catholique des Hautes-Alpes fournit les vêtements",
          alt=["Secours catholique"]),
        P("Préfecture", "Une réunion trimestrielle a lieu à la sous-préfecture de Briançon", borderline=True,
          alt=["Sous-préfecture de Briançon"]),
    ],
    excluded=X(
        funders=["dons de particuliers (individuals)"],
        partners=["personnes exilées (public)", "Communauté de communes du Briançonnais, Fondation Montagne Ouverte (funders only)"]),
))

# T48 — Vaucluse, urban. Grand Avignon; Ville d'Avignon; the Festival d'Avignon as partner; a theatre company;
# bailleur; a "demande de financement" to the Région (pending); amounts "1 200 €"; the LAST fiche.
R4.append(dict(
    id="T48",
    title="Spectateurs du Festival : les habitants de Monclar au théâtre",
    structure_line="CENTRE SOCIAL DE MONCLAR - Vaucluse",
    files=None,
    status="En cours",
    dimension="Citoyenneté",
    keywords=["Culture", "Mixité sociale"],
    resume="""Un groupe de 25 habitants prépare et assiste à 5 spectacles du Festival d'Avignon, rencontre des artistes et tient un carnet de bord.""",
    initiative=["Le centre social"],
    territory="Un quartier",
    experience="""Les habitants de Monclar vivent à 2 km des remparts mais beaucoup ne sont jamais allés au Festival.""",
    public=["Adultes", "Jeunesse"],
    declared=["Commune", "Intercommunalité", "Bailleur social"],
    description="""Le service des relations avec le public du Festival d'Avignon réserve des places et organise des rencontres avec les équipes.
La compagnie Les Passeurs de Rampe anime des ateliers de préparation.
Mistral Habitat prête la salle commune pour les ateliers.""",
    financial="""Ville d'Avignon : 1 200 €
Grand Avignon : 2 000 €
Mistral Habitat : salle prêtée
Région Sud : demande de financement envoyée en avril""",
    people="1 animatrice, 25 habitants",
    res_territoire="",
    res_centre="",
    res_habitants="",
    limites="",
    perspectives="Continuer avec le festival Off.",
    funders=[
        F("Commune", 1200, "Ville d'Avignon : 1 200 €", alt=["Ville d'Avignon"]),
        F("Intercommunalité", 2000, "Grand Avignon : 2 000 €", alt=["Grand Avignon"]),
        F("Mistral Habitat", None, "Mistral Habitat : salle prêtée", borderline=True, alt=["Bailleur social"]),
    ],
    budget=NOB,
    partners=[
        P("Festival d'Avignon", "Le service des relations avec le public du Festival d'Avignon réserve des places"),
        P("Les Passeurs de Rampe", "La compagnie Les Passeurs de Rampe anime des ateliers de préparation",
          alt=["Compagnie Les Passeurs de Rampe"]),
        P("Mistral Habitat", "Mistral Habitat prête la salle commune pour les ateliers"),
    ],
    excluded=X(
        funders=["Région Sud (\"demande de financement envoyée\": pending)"],
        partners=["festival Off (future plan only)", "Ville d'Avignon, Grand Avignon (funders only)"]),
))

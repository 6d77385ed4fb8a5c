"""Test set 6, fiches Z31-Z40 (text + hand annotation). Written blind: see ../README.md."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, P, X, mk
from eval.sets.spec import PAGE_SENTINEL

R4 = [
    # Z31 Saône-et-Loire, urban. An EMOJI title and an EMPTY keyword list; a communauté urbaine
    # by its own name; "1500 euros"; the Caf's PS jeunes; DRAC (éducation aux médias); a printer
    # printing each issue for free "(valeur 650 € par numéro)": a per-unit value, so the
    # borderline funder has amount null; a regional newspaper (its journalist), a radio with
    # digits, a collège (its librarians), a bailleur's caretakers distributing the journal.
    mk("Z31", "📰 Jeunes reporters : un journal de quartier fait par les 12-17 ans",
       "CENTRE SOCIAL DU BOIS DU VERNE - Saône-et-Loire",
       keywords=[], public=["Jeunesse"], territory="Un quartier",
       declared=["Commune", "Caf", "Entreprises"],
       resume="""\
Huit jeunes du Bois du Verne écrivent, photographient et mettent en page « Le Verne à moitié plein », un journal de 8 pages distribué trois fois par an dans les 900 boîtes aux lettres du quartier.""",
       experience="""\
Une journaliste du Journal de Saône-et-Loire a animé quatre ateliers d'écriture et de photo ; la rédaction a reçu le groupe à Chalon. Radio Bassin Minier 71 a proposé aux jeunes une émission mensuelle.
Au collège, les documentalistes du collège du Plessis aident les jeunes à vérifier leurs sources.""",
       description="""\
L'Imprimerie du Bassin imprime gratuitement chaque numéro (valeur 650 € par numéro). La distribution est faite par les jeunes avec les gardiens de l'OPAC Saône-et-Loire.""",
       financial="""\
Communauté urbaine Creusot Montceau : 2 000 €
Ville de Montceau-les-Mines : 1500 euros
Caf de Saône-et-Loire (prestation de service jeunes) : 3 200 €
DRAC Bourgogne-Franche-Comté (éducation aux médias et à l'information) : 2 000 €""",
       people="1 animateur jeunesse, 8 jeunes, 1 journaliste (4 ateliers)",
       res_territoire="3 numéros, 2 700 exemplaires distribués.",
       res_centre="Les jeunes sont devenus les ambassadeurs du centre dans le quartier.",
       res_habitants="Les habitants écrivent au journal ; les jeunes ont appris à interviewer des adultes.",
       limites="Le groupe change beaucoup d'une année à l'autre.",
       perspectives="Un site internet du journal.",
       funders=[
           F("Commune", 1500, "Ville de Montceau-les-Mines : 1500 euros",
             alt=["Ville de Montceau-les-Mines"]),
           F("Intercommunalité", 2000, "Communauté urbaine Creusot Montceau : 2 000 €",
             alt=["Communauté urbaine Creusot Montceau", "Creusot Montceau"]),
           F("CAF", 3200, "Caf de Saône-et-Loire (prestation de service jeunes) : 3 200 €",
             alt=["Caf de Saône-et-Loire"]),
           F("DRAC", 2000,
             "DRAC Bourgogne-Franche-Comté (éducation aux médias et à l'information) : 2 000 €",
             alt=["DRAC Bourgogne-Franche-Comté", "État"]),
           F("Imprimerie du Bassin", None,
             "L'Imprimerie du Bassin imprime gratuitement chaque numéro (valeur 650 € par numéro)",
             borderline=True),
       ],
       partners=[
           P("Journal de Saône-et-Loire",
             "Une journaliste du Journal de Saône-et-Loire a animé quatre ateliers"),
           P("Radio Bassin Minier 71", "Radio Bassin Minier 71 a proposé aux jeunes une émission"),
           P("Collège du Plessis", "les documentalistes du collège du Plessis aident les jeunes"),
           P("OPAC Saône-et-Loire", "avec les gardiens de l'OPAC Saône-et-Loire", alt=["OPAC"]),
           P("Imprimerie du Bassin", "L'Imprimerie du Bassin imprime gratuitement chaque numéro",
             borderline=True),
       ],
       excluded=X(
           funders=["Imprimerie du Bassin's 650 € is per issue (per-unit value: amount null)"],
           partners=["journaliste, documentalistes, gardiens (agents of annotated bodies)",
                     "« Le Verne à moitié plein » (the journal itself)",
                     "Communauté urbaine, Ville, Caf, DRAC (funders only)"])),

    # Z32 Val-de-Marne, urban. "Avec le soutien de la Caf … et de la Ville …" with amounts "non
    # détaillés" (two required funders, amount null); a renamed foundation "(ex-Fondation Abbé
    # Pierre) : 15 000 € par an sur trois ans" (yearly figure); an EPT by its own name; the
    # bailleur "pas de financement cette année" (not a funder) but a partner in mediations; the
    # ADIL, the Ville's hygiene service (-> Commune, merged with the declared item), a tenants'
    # association; a lawyer (individual).
    mk("Z32", "Chez moi, c'est sain : accompagner les locataires face à l'humidité et aux impayés",
       "CENTRE SOCIAL LES MARRONNIERS - Val-de-Marne",
       dimension="Services", keywords=["Précarité", "Santé"], public=["familles", "Adultes"],
       territory="Plusieurs quartiers", declared=["Bailleur social", "Commune", "Associations"],
       resume="""\
Des permanences logement deux fois par semaine et des visites à domicile pour les familles qui vivent dans un logement humide ou qui accumulent des impayés de loyer ou d'énergie : diagnostic, conseils, courriers au bailleur, médiation, dossiers d'aide.""",
       experience="""\
Les visites sont faites avec une conseillère de l'ADIL du Val-de-Marne (ADIL 94) et, pour les cas de moisissures, avec le service communal d'hygiène et de santé de Vitry-sur-Seine. Les médiations avec Valophis Habitat sont organisées avec l'amicale de locataires CLCV des Marronniers.
Maître Duval, avocate, tient une permanence gratuite un samedi par mois.""",
       financial="""\
Avec le soutien de la Caf du Val-de-Marne et de la Ville de Vitry-sur-Seine (conventions pluriannuelles, montants non détaillés ici).
Fondation pour le logement des défavorisés (ex-Fondation Abbé Pierre) : 15 000 € par an sur trois ans
Grand-Orly Seine Bièvre : 6 000 €
Département du Val-de-Marne : 5 000 €
Valophis Habitat : pas de financement cette année, demande à renouveler.""",
       people="1 conseillère en économie sociale et familiale, 1 médiatrice, 3 bénévoles",
       res_territoire="112 ménages accompagnés, 38 visites à domicile, 21 plans d'apurement signés.",
       res_centre="Le centre est identifié par les locataires et le bailleur comme médiateur.",
       res_habitants="Des travaux obtenus dans 17 logements ; des expulsions évitées.",
       limites="Les délais de travaux du bailleur restent longs.",
       perspectives="Des ateliers collectifs sur les économies d'énergie.",
       funders=[
           F("Commune", None, "Avec le soutien de la Caf du Val-de-Marne et de la Ville de Vitry-sur-Seine",
             alt=["Ville de Vitry-sur-Seine"]),
           F("Intercommunalité", 6000, "Grand-Orly Seine Bièvre : 6 000 €",
             alt=["Grand-Orly Seine Bièvre"]),
           F("CAF", None, "Avec le soutien de la Caf du Val-de-Marne et de la Ville de Vitry-sur-Seine",
             alt=["Caf du Val-de-Marne"]),
           F("Fondation pour le logement des défavorisés", 15000,
             "Fondation pour le logement des défavorisés (ex-Fondation Abbé Pierre) : 15 000 € par an",
             alt=["Fondation Abbé Pierre"]),
           F("Conseil départemental", 5000, "Département du Val-de-Marne : 5 000 €",
             alt=["Département du Val-de-Marne"]),
       ],
       partners=[
           P("ADIL du Val-de-Marne", "une conseillère de l'ADIL du Val-de-Marne (ADIL 94)",
             alt=["ADIL 94", "ADIL"]),
           P("Commune", "le service communal d'hygiène et de santé de Vitry-sur-Seine",
             alt=["Service communal d'hygiène et de santé", "Ville de Vitry-sur-Seine"]),
           P("Valophis Habitat", "Les médiations avec Valophis Habitat sont organisées",
             alt=["Valophis"]),
           P("CLCV des Marronniers", "l'amicale de locataires CLCV des Marronniers", alt=["CLCV"]),
       ],
       excluded=X(
           funders=["Valophis Habitat (pas de financement cette année)"],
           partners=["Maître Duval (individual lawyer)", "conseillère de l'ADIL (agent, annotated)",
                     "Caf, Fondation, Grand-Orly Seine Bièvre, Département (funders only)"])),

    # Z33 Calvados, town. Three file names; a PAGE HEADER inside the financial field, between
    # funder lines; "conférence des financeurs du Calvados" in lowercase; Carsat; an
    # agglomeration by its own name; the CCAS "mille euros" (funder AND partner, merged with the
    # declared item); a mutuelle; seniors' 2 € per session; Siel Bleu, a résidence autonomie;
    # a liberal neuropsychologist (individual).
    mk("Z33", "Garder l'équilibre : ateliers mémoire et prévention des chutes pour les seniors",
       "CENTRE SOCIAL L'ESCALE DE HAUTEVILLE - Calvados",
       files=["programme_ateliers_equilibre.pdf", "questionnaire_satisfaction.docx", "photos.jpg"],
       dimension="Services", keywords=["Viellissement", "Santé"], public=["Seniors"],
       declared=["CCAS", "Associations", "Autre"],
       resume="""\
Deux cycles de 10 séances par an : atelier équilibre (prévention des chutes) le lundi, atelier mémoire le jeudi, suivis d'un goûter. Chaque participant passe un test d'équilibre au début et à la fin du cycle.""",
       experience="""\
L'atelier équilibre est animé par un éducateur de Siel Bleu, l'atelier mémoire par une neuropsychologue libérale, Mme Guérin. Les participants sont orientés par le CCAS de Lisieux, qui assure aussi le transport des personnes à mobilité réduite, et par la résidence autonomie Les Jacinthes, dont huit résidents suivent les ateliers.""",
       financial=f"""\
Financement 2024 :
- conférence des financeurs du Calvados : 4 800 €
- Carsat Normandie : 2 000 €
{PAGE_SENTINEL}
- Lisieux Normandie : 1 500 €
- CCAS de Lisieux : mille euros
- Mutuelle Pays d'Auge Prévoyance : 600 €
- participation des seniors : 2 € la séance""",
       people="1 éducateur sportif (Siel Bleu), 1 neuropsychologue, 1 animatrice du centre",
       res_territoire="2 cycles, 28 participants, 24 ont amélioré leur test d'équilibre.",
       res_centre="Un public senior fidélisé, qui participe aux autres activités.",
       res_habitants="Moins de peur de tomber ; des participants qui ressortent seuls.",
       limites="Peu d'hommes.",
       perspectives="Un atelier nutrition en 2025.",
       funders=[
           F("Intercommunalité", 1500, "Lisieux Normandie : 1 500 €", alt=["Lisieux Normandie"]),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 4800,
             "conférence des financeurs du Calvados : 4 800 €",
             alt=["Conférence des financeurs", "CFPPA"]),
           F("CARSAT", 2000, "Carsat Normandie : 2 000 €", alt=["Carsat Normandie"]),
           F("CCAS", 1000, "CCAS de Lisieux : mille euros", alt=["CCAS de Lisieux"]),
           F("Mutuelle Pays d'Auge Prévoyance", 600, "Mutuelle Pays d'Auge Prévoyance : 600 €"),
       ],
       partners=[
           P("Siel Bleu", "L'atelier équilibre est animé par un éducateur de Siel Bleu"),
           P("CCAS", "orientés par le CCAS de Lisieux, qui assure aussi le transport",
             alt=["CCAS de Lisieux"]),
           P("Résidence autonomie Les Jacinthes",
             "la résidence autonomie Les Jacinthes, dont huit résidents suivent les ateliers",
             alt=["Les Jacinthes"]),
       ],
       excluded=X(
           funders=["participation des seniors : 2 € la séance (participants)"],
           partners=["Mme Guérin (individual, liberal neuropsychologist)",
                     "éducateur (agent of Siel Bleu)",
                     "Conférence des financeurs, Carsat, Lisieux Normandie, Mutuelle (funders only)"])),

    # Z34 Alpes-Maritimes, mountain valley. Initiative "Autre" + Précision; free-text lines
    # starting with "- " that look like headers ("- Public : …", "- Territoire concerné : …");
    # Région Sud; an agglomeration by its full name; a fonds de dotation; a company's tablets
    # "(valeur 2 400 €)" (borderline funder + borderline partner); ANCT "demande refusée"
    # (REFUSED); France Services orienting people; mayors and mairie halls (not partners).
    mk("Z34", "Vallées connectées : médiation numérique dans la vallée de la Roya",
       "ESPACE DE VIE SOCIALE ROYA-BÉVÉRA - Alpes-Maritimes",
       initiative=["Autre"],
       precision="Réunion des maires de la vallée après la tempête Alex : le besoin d'accompagnement numérique est remonté de toutes les communes.",
       keywords=["Précarité", "Viellissement"], territory="Plusieurs communes",
       declared=["Commune", "Intercommunalité", "Région"],
       resume="""\
Depuis la tempête, beaucoup de démarches (indemnisations, transports, soins) se font en ligne. L'EVS propose des ateliers et des rendez-vous individuels pour apprendre à utiliser une tablette, un smartphone, une messagerie.""",
       experience="""\
Déroulé :
- Public : habitants de Breil-sur-Roya, Saorge, Fontan, Tende et La Brigue, surtout les plus de 60 ans
- Territoire concerné : cinq communes de montagne, dont deux encore mal desservies par la route
- Lieux : salles des mairies, et à domicile pour les personnes qui ne se déplacent pas
Les permanences de la France Services de Breil-sur-Roya orientent vers nos ateliers les personnes qui ne savent pas utiliser un ordinateur.
Les tablettes ont été offertes par l'entreprise Azur Fibre Réseaux (valeur 2 400 €), qui a aussi installé une borne wifi dans la salle de Saorge.""",
       description="Les personnes ont appris à faire des visios avec leurs petits-enfants, à suivre l'état des routes, à remplir leurs dossiers d'indemnisation.",
       financial="""\
Région Sud : 5 000 €
Département des Alpes-Maritimes : 4 000 €
Communauté d'agglomération de la Riviera Française : 2 500 €
Fonds de dotation Roya Demain : 3 000 €
ANCT (poste de conseiller numérique) : demande refusée""",
       people="1 médiatrice numérique, 2 bénévoles",
       res_territoire="96 personnes accompagnées dans 5 communes.",
       res_centre="L'EVS a élargi son action aux villages du haut de la vallée.",
       res_habitants="Des personnes âgées qui gardent le contact avec leur famille et suivent leurs dossiers.",
       limites="Le réseau reste instable à Tende.",
       perspectives="Former des « voisins numériques » dans chaque village.",
       funders=[
           F("Intercommunalité", 2500, "Communauté d'agglomération de la Riviera Française : 2 500 €",
             alt=["Communauté d'agglomération de la Riviera Française", "Riviera Française"]),
           F("Région", 5000, "Région Sud : 5 000 €",
             alt=["Région Sud", "Région Provence-Alpes-Côte d'Azur"]),
           F("Conseil départemental", 4000, "Département des Alpes-Maritimes : 4 000 €",
             alt=["Département des Alpes-Maritimes"]),
           F("Fonds de dotation Roya Demain", 3000, "Fonds de dotation Roya Demain : 3 000 €",
             alt=["Roya Demain"]),
           F("Azur Fibre Réseaux", 2400,
             "Les tablettes ont été offertes par l'entreprise Azur Fibre Réseaux (valeur 2 400 €)",
             borderline=True),
       ],
       partners=[
           P("France Services de Breil-sur-Roya",
             "Les permanences de la France Services de Breil-sur-Roya orientent",
             alt=["France Services"]),
           P("Azur Fibre Réseaux", "Les tablettes ont été offertes par l'entreprise Azur Fibre Réseaux",
             borderline=True),
       ],
       excluded=X(
           funders=["ANCT (poste de conseiller numérique: demande refusée)"],
           partners=["maires de la vallée (elected officials, in the Précision)",
                     "salles des mairies (venues)", "tempête Alex (an event)",
                     "Région Sud, Département, Riviera Française, Fonds de dotation Roya Demain (funders only)"])),

    # Z35 Orne, rural EVS. Terminée with a reason naming the communauté de communes that takes the
    # action over; Caf "prestation de service LAEP : 5 200 € par an"; MSA; communes lending
    # halls (borderline funder Commune + partner, merged with the declared item); "un café pour
    # les parents" (look-alike); PMI (own node), Relais Petite Enfance lending games (partner
    # only), a médiathèque; staff and a psychologist.
    mk("Z35", "Petits pas en campagne : un lieu d'accueil enfants-parents itinérant",
       "ESPACE DE VIE SOCIALE DU PAYS D'OUCHE - Orne",
       status="Terminée",
       reason="Le LAEP itinérant est repris depuis janvier 2025 par la communauté de communes, qui l'intègre à son service petite enfance. L'EVS reste associé aux accueils.",
       dimension="Services", keywords=["Parentalité", "Mixité sociale"],
       public=["Petite enfance", "familles"], territory="Plusieurs communes",
       declared=["Caf", "MSA", "Intercommunalité", "Commune"],
       resume="""\
Un lieu d'accueil enfants-parents (LAEP) qui se déplaçait chaque semaine dans une commune différente : deux accueillantes, des jeux, un coin bébé, un café pour les parents. Les enfants de 0 à 6 ans y venaient avec un parent ou un grand-parent, gratuitement et sans inscription.""",
       experience="""\
Les accueillantes étaient formées et supervisées par une psychologue. Les puéricultrices de la PMI de L'Aigle orientaient des familles et venaient une fois par trimestre. Le Relais Petite Enfance des Pays de L'Aigle prêtait des jeux. La médiathèque de Rai accueillait un temps d'éveil au livre avec sa bibliothécaire.
Les communes de Rai, Aube et Saint-Sulpice-sur-Risle prêtaient leur salle.""",
       financial="""\
Caf de l'Orne (prestation de service LAEP) : 5 200 € par an
MSA Mayenne-Orne-Sarthe : 1 000 €
Communauté de communes des Pays de L'Aigle : 3 000 €""",
       people="2 accueillantes, 1 psychologue superviseure",
       res_territoire="3 lieux d'accueil, 64 familles différentes en 2024.",
       res_centre="Un projet petite enfance qui a convaincu la communauté de communes.",
       res_habitants="Des parents isolés qui se sont rencontrés ; des enfants préparés à l'école.",
       funders=[
           F("Commune", None, "Les communes de Rai, Aube et Saint-Sulpice-sur-Risle prêtaient leur salle",
             borderline=True, alt=["Communes"]),
           F("Intercommunalité", 3000, "Communauté de communes des Pays de L'Aigle : 3 000 €",
             alt=["Communauté de communes des Pays de L'Aigle"]),
           F("CAF", 5200, "Caf de l'Orne (prestation de service LAEP) : 5 200 € par an",
             alt=["Caf de l'Orne"]),
           F("MSA", 1000, "MSA Mayenne-Orne-Sarthe : 1 000 €", alt=["MSA Mayenne-Orne-Sarthe"]),
       ],
       partners=[
           P("PMI", "Les puéricultrices de la PMI de L'Aigle orientaient des familles",
             alt=["PMI de L'Aigle"]),
           P("Relais Petite Enfance des Pays de L'Aigle",
             "Le Relais Petite Enfance des Pays de L'Aigle prêtait des jeux",
             alt=["Relais Petite Enfance"]),
           P("Médiathèque de Rai", "La médiathèque de Rai accueillait un temps d'éveil au livre"),
           P("Commune", "Les communes de Rai, Aube et Saint-Sulpice-sur-Risle prêtaient leur salle",
             alt=["Communes"]),
       ],
       excluded=X(
           funders=["un café pour les parents (look-alike)"],
           partners=["psychologue, accueillantes, bibliothécaire, puéricultrices (individuals / agents)",
                     "communauté de communes (takes the action over after its end; funder only)",
                     "Caf, MSA (funders only)"])),

    # Z36 Côte-d'Or, urban QPV. Structure line with an inner " - "; two funders, two amounts in
    # one sentence without "respectivement" ("La Ville de Dijon a versé 2 000 € et Dijon Métropole
    # 1 500 €"); a JOINT amount ("ont pris en charge ensemble … (1 200 €)": the bailleur gets
    # amount null); a brewery's "Mécénat : …, 500 €"; buvette receipts; free-text "- " lines
    # listing associations (with digits, "&"); the Ville lending stage and sound (partner);
    # Protection civile; the inhabitants' collective (not a partner).
    mk("Z36", "La fête des Grésilles : organiser la fête de quartier avec les habitants",
       "MAISON DE QUARTIER DES GRÉSILLES - ESPACE MANSART - Côte-d'Or",
       keywords=["Démocratie & citoyenneté", "Mixité sociale", "Culture"],
       initiative=["Un groupe d'habitants"], territory="Un quartier",
       declared=["Commune", "Intercommunalité", "Bailleur social", "Associations", "Entreprises"],
       resume="""\
Depuis 2022, la fête de quartier n'est plus organisée par la maison de quartier mais par un collectif de 25 habitants qu'elle accompagne : programmation, stands, buvette, sécurité, communication. L'édition 2024 a réuni 2 000 personnes le 22 juin.""",
       experience="""\
Rôle de chacun :
- le collectif d'habitants décide et tient les stands
- la maison de quartier fournit la logistique et accompagne les réunions
- les associations du quartier animent : Grésilles Sport Boxe 21, le Chœur des Mamans, l'association Saveurs & Partage
La scène et la sono sont prêtées par la Ville de Dijon. Grand Dijon Habitat ouvre ses locaux pour stocker le matériel et mobilise ses gardiens le jour de la fête.""",
       description="Le jour de la fête, la Protection civile de Côte-d'Or assure le poste de secours.",
       financial="""\
La Ville de Dijon a versé 2 000 € et Dijon Métropole 1 500 €.
Grand Dijon Habitat et la Ville ont pris en charge ensemble le gardiennage de la nuit (1 200 €).
Mécénat : Brasserie du Lac Kir, 500 € et les gobelets réutilisables.
Buvette et stands de cuisine : 3 400 € de recettes, qui financent la fête suivante.""",
       people="25 habitants du collectif, 2 salariés de la maison de quartier, 40 bénévoles le jour J",
       res_territoire="2 000 participants, 18 stands tenus par des habitants et des associations.",
       res_centre="La maison de quartier passe du « faire » au « faire avec ».",
       res_habitants="Des habitants qui se découvrent des compétences (son, sécurité, comptabilité).",
       limites="Épuisement de quelques membres du collectif.",
       perspectives="Une charte du collectif pour mieux répartir les tâches.",
       funders=[
           F("Commune", 2000, "La Ville de Dijon a versé 2 000 €", alt=["Ville de Dijon"]),
           F("Intercommunalité", 1500, "Dijon Métropole 1 500 €", alt=["Dijon Métropole"]),
           F("Grand Dijon Habitat", None,
             "Grand Dijon Habitat et la Ville ont pris en charge ensemble le gardiennage de la nuit (1 200 €)",
             alt=["Bailleur social"]),
           F("Brasserie du Lac Kir", 500, "Mécénat : Brasserie du Lac Kir, 500 €"),
       ],
       partners=[
           P("Grésilles Sport Boxe 21",
             "les associations du quartier animent : Grésilles Sport Boxe 21"),
           P("Chœur des Mamans", "Grésilles Sport Boxe 21, le Chœur des Mamans"),
           P("Saveurs & Partage", "l'association Saveurs & Partage"),
           P("Commune", "La scène et la sono sont prêtées par la Ville de Dijon",
             alt=["Ville de Dijon"]),
           P("Grand Dijon Habitat",
             "Grand Dijon Habitat ouvre ses locaux pour stocker le matériel et mobilise ses gardiens"),
           P("Protection civile de Côte-d'Or", "la Protection civile de Côte-d'Or assure le poste de secours",
             alt=["Protection civile"]),
       ],
       excluded=X(
           funders=["gardiennage de la nuit (1 200 €): a joint amount, tied to no one",
                    "Buvette et stands de cuisine (own receipts)"],
           partners=["collectif de 25 habitants (inhabitants)", "gardiens (agents of the bailleur)",
                     "Dijon Métropole, Brasserie du Lac Kir (funders only)"])),

    # Z37 Hautes-Alpes, mountain town. A LOWERCASE comma list of referring bodies (a shelter
    # association, the ASE, a lycée, the Mission locale, an NGO); DDETS "3,5 k€" (État); a
    # fonds de dotation "8500 e"; Ville "1 500 € + la salle" (funder AND partner); Région
    # "dossier déposé, réponse en juin" (PENDING); a company of mountain guides with "&"; a ski
    # club lending skis (partner only).
    mk("Z37", "Hiver solidaire : sorties en montagne et accueil de jour avec les jeunes exilés",
       "MJC-CENTRE SOCIAL DU BRIANÇONNAIS - Hautes-Alpes",
       keywords=["Intégration", "Solidarité", "vacances / loisirs"], public=["Jeunesse"],
       territory="Plusieurs communes", declared=["Associations", "Autre"],
       resume="""\
Chaque mercredi de décembre à mars, des jeunes exilés hébergés dans le Briançonnais (mineurs non accompagnés et jeunes majeurs) et des jeunes du territoire partent ensemble en raquettes, en ski de fond ou en luge, puis partagent un repas. Le reste de la semaine, un accueil de jour propose français, jeux et aide aux démarches.""",
       experience="""\
Les jeunes nous sont adressés par : le refuge des cols, l'ase des hautes-alpes, le lycée d'altitude, la mission locale du briançonnais, médecins du monde.
Les sorties sont encadrées par les accompagnateurs en montagne de la société Cimes & Traces. Le Club Nordique de la Clarée prête les skis et les chaussures.""",
       financial="""\
DDETS des Hautes-Alpes : 3,5 k€
Communauté de communes du Briançonnais : 2 000 €
Ville de Briançon : 1 500 € + la salle de l'accueil de jour
Fonds de dotation Cimes Partagées : 8500 e
Région Sud : dossier déposé, réponse en juin.""",
       people="1 animateur, 1 formatrice FLE bénévole, 2 accompagnateurs en montagne",
       res_territoire="58 jeunes différents, 14 sorties.",
       res_centre="La MJC accueille un public nouveau et des bénévoles nouveaux.",
       res_habitants="Des amitiés entre jeunes exilés et jeunes briançonnais ; des progrès en français.",
       limites="Les départs soudains de jeunes transférés dans d'autres départements.",
       perspectives="Un séjour en refuge en été.",
       funders=[
           F("Commune", 1500, "Ville de Briançon : 1 500 €", alt=["Ville de Briançon"]),
           F("Intercommunalité", 2000, "Communauté de communes du Briançonnais : 2 000 €",
             alt=["Communauté de communes du Briançonnais"]),
           F("État", 3500, "DDETS des Hautes-Alpes : 3,5 k€", alt=["DDETS", "DDETS des Hautes-Alpes"]),
           F("Fonds de dotation Cimes Partagées", 8500, "Fonds de dotation Cimes Partagées : 8500 e",
             alt=["Cimes Partagées"]),
       ],
       partners=[
           P("Refuge des Cols", "le refuge des cols"),
           P("ASE des Hautes-Alpes", "l'ase des hautes-alpes", alt=["ASE", "Conseil départemental"]),
           P("Lycée d'Altitude", "le lycée d'altitude"),
           P("Mission locale du Briançonnais", "la mission locale du briançonnais",
             alt=["Mission locale"]),
           P("Médecins du Monde", "médecins du monde"),
           P("Cimes & Traces", "les accompagnateurs en montagne de la société Cimes & Traces"),
           P("Club Nordique de la Clarée", "Le Club Nordique de la Clarée prête les skis"),
           P("Commune", "Ville de Briançon : 1 500 € + la salle de l'accueil de jour",
             alt=["Ville de Briançon"]),
       ],
       excluded=X(
           funders=["Région Sud (dossier déposé, réponse en juin: pending)",
                    "Club Nordique de la Clarée (lends skis: partner only)"],
           partners=["accompagnateurs en montagne (agents of Cimes & Traces)",
                     "formatrice FLE bénévole (individual)", "jeunes du territoire (individuals)",
                     "DDETS, Communauté de communes, Fonds de dotation Cimes Partagées (funders only)"])),

    # Z38 Vendée, rural EVS. NO "Fichier(s) associé(s)" header; "1 200,00 €" (MSA, also a partner,
    # merged with the declared item); "PDASR (préfecture de la Vendée)" (road-safety State
    # credits -> État); a communauté de communes; a mutual insurer; an optician's free eye test
    # (service in kind: borderline funder + borderline partner); a national road-safety
    # association, the gendarmerie, a driving school; participants' 15 €.
    mk("Z38", "Seniors au volant : remise à niveau du code et conduite en sécurité",
       "ESPACE DE VIE SOCIALE DU PAYS DE POUZAUGES - Vendée", files=None,
       dimension="Services", keywords=["Viellissement", "Solidarité"], public=["Seniors"],
       territory="Plusieurs communes", declared=["MSA", "Intercommunalité", "Entreprises"],
       resume="""\
Pour continuer à conduire en sécurité et garder leur autonomie, 36 conducteurs de plus de 65 ans ont suivi un cycle de 4 séances : nouveautés du code de la route, ronds-points, vue et médicaments, et une heure de conduite commentée avec un moniteur.""",
       experience="""\
Les séances théoriques sont animées par un bénévole de l'association Prévention Routière ; la brigade de gendarmerie de Pouzauges intervient sur les nouvelles règles. Les heures de conduite sont assurées par l'Auto-École Bocage Conduite.
Optique Martineau, à Pouzauges, propose un contrôle de la vue gratuit à chaque participant.
L'assistante sociale de la MSA a relayé l'information auprès des retraités agricoles.""",
       financial="""\
MSA Loire-Atlantique-Vendée : 1 200,00 €
PDASR (préfecture de la Vendée) : 900 €
Communauté de communes du Pays de Pouzauges : 700 €
Mutuelle Bocage Assurances : 1 500 € pour les heures de conduite
Participation : 15 € par personne pour le cycle""",
       people="1 animatrice, 1 bénévole de la Prévention Routière, 1 moniteur",
       res_territoire="36 conducteurs, 3 cycles dans 3 communes.",
       res_centre="Un public de retraités agricoles touché pour la première fois.",
       res_habitants="Des conducteurs rassurés ; deux personnes ont décidé d'elles-mêmes de ne plus conduire la nuit.",
       limites="Listes d'attente pour les heures de conduite.",
       perspectives="Un module sur le covoiturage et le transport solidaire.",
       funders=[
           F("Intercommunalité", 700, "Communauté de communes du Pays de Pouzauges : 700 €",
             alt=["Communauté de communes du Pays de Pouzauges"]),
           F("MSA", 1200, "MSA Loire-Atlantique-Vendée : 1 200,00 €",
             alt=["MSA Loire-Atlantique-Vendée"]),
           F("État", 900, "PDASR (préfecture de la Vendée) : 900 €",
             alt=["PDASR", "Préfecture", "Préfecture de la Vendée"]),
           F("Mutuelle Bocage Assurances", 1500, "Mutuelle Bocage Assurances : 1 500 €"),
           F("Optique Martineau", None, "Optique Martineau, à Pouzauges, propose un contrôle de la vue gratuit",
             borderline=True),
       ],
       partners=[
           P("Prévention Routière", "animées par un bénévole de l'association Prévention Routière"),
           P("Gendarmerie de Pouzauges", "la brigade de gendarmerie de Pouzauges intervient",
             alt=["Gendarmerie nationale", "Gendarmerie"]),
           P("Auto-École Bocage Conduite", "Les heures de conduite sont assurées par l'Auto-École Bocage Conduite"),
           P("MSA", "L'assistante sociale de la MSA a relayé l'information",
             alt=["MSA Loire-Atlantique-Vendée"]),
           P("Optique Martineau", "Optique Martineau, à Pouzauges, propose un contrôle de la vue gratuit",
             borderline=True),
       ],
       excluded=X(
           funders=["Participation : 15 € par personne (participants)"],
           partners=["moniteur (agent of the driving school)", "retraités agricoles (participants)",
                     "PDASR, Communauté de communes, Mutuelle Bocage Assurances (funders only)"])),

    # Z39 Oise, urban QPV. A bare "Actions" line inside the Description (not a fiche start);
    # "Contrat de ville (crédits de l'État)" (ANCT); an agglomeration by its own name "2.800 €";
    # a bailleur "1 500 € et la salle de cuisine" (funder AND partner); FDVA "dossier non retenu"
    # (REFUSED); book sales (own sales); an association with digits, a photo studio (service),
    # a médiathèque hosting the exhibition, a printer.
    mk("Z39", "Recettes de nos mères : un livre de cuisine écrit par les habitantes",
       "CENTRE SOCIAL DES HAUTS DE CREIL - Oise",
       dimension="Accompagnement de projets",
       keywords=["Culture", "Intégration", "intergénérationnel"], public=["Adultes"],
       territory="Un quartier", declared=["Intercommunalité", "Bailleur social", "Associations"],
       resume="""\
Vingt habitantes de 19 à 78 ans ont écrit, cuisiné, photographié et mis en page un livre de 48 recettes venues d'Algérie, du Mali, du Portugal, de Turquie, du Cap-Vert et de Picardie. Le livre a été imprimé à 500 exemplaires et vendu 10 € au profit d'un prochain projet du groupe.""",
       description="""\
Le projet s'est déroulé en trois temps, que le groupe a appelés :
Paroles
Actions
Partage
Les ateliers d'écriture ont été animés par l'écrivaine publique de l'association Plume et Partage 60, les photos par un photographe du studio Lumière d'Oise (prestation). La médiathèque Antoine-Chanut a accueilli l'exposition des photos et une lecture publique en mars.
Le livre a été imprimé par l'imprimerie Impressions Creilloises.""",
       financial="""\
Contrat de ville (crédits de l'État) : 3 000 €
Creil Sud Oise : 2.800 €
Clésence : 1 500 € et la salle de cuisine de la résidence du Moulin
Département de l'Oise : 2 000 €
FDVA : dossier non retenu cette année.
Vente du livre : 10 € l'exemplaire (2 600 € à ce jour)""",
       people="1 animatrice, 20 habitantes, 1 écrivaine publique",
       res_territoire="260 livres vendus, une exposition vue par 400 personnes.",
       res_centre="Le groupe de femmes est devenu un collectif autonome.",
       res_habitants="Fierté, reconnaissance des savoir-faire ; des liens entre générations.",
       limites="La mise en page a pris beaucoup plus de temps que prévu.",
       perspectives="Un deuxième tome consacré aux desserts.",
       funders=[
           F("Intercommunalité", 2800, "Creil Sud Oise : 2.800 €",
             alt=["Creil Sud Oise", "Agglomération Creil Sud Oise"]),
           F("ANCT", 3000, "Contrat de ville (crédits de l'État) : 3 000 €", alt=ANCT_ALT),
           F("Clésence", 1500, "Clésence : 1 500 €", alt=["Bailleur social"]),
           F("Conseil départemental", 2000, "Département de l'Oise : 2 000 €",
             alt=["Département de l'Oise"]),
       ],
       partners=[
           P("Plume et Partage 60", "l'écrivaine publique de l'association Plume et Partage 60"),
           P("Lumière d'Oise", "un photographe du studio Lumière d'Oise (prestation)",
             alt=["Studio Lumière d'Oise"]),
           P("Médiathèque Antoine-Chanut", "La médiathèque Antoine-Chanut a accueilli l'exposition"),
           P("Impressions Creilloises", "imprimé par l'imprimerie Impressions Creilloises"),
           P("Clésence", "Clésence : 1 500 € et la salle de cuisine de la résidence du Moulin"),
       ],
       excluded=X(
           funders=["FDVA (dossier non retenu: refused)", "Vente du livre (own sales)"],
           partners=["écrivaine publique, photographe (agents of annotated bodies)",
                     "the line \"Actions\" in the Description (not a fiche start)",
                     "Creil Sud Oise, contrat de ville, Département (funders only)"])),

    # Z40 Haute-Garonne, small town + villages: the LAST fiche (the file ends on its Perspectives
    # line). ANS "part territoriale"; a communauté de communes; a foundation with an apostrophe;
    # a sports shop's gift "(valorisés 900 €)" (borderline funder + partner); teams' fees; fonds
    # propres; "Budget global 2024" as total; an IME, an ESAT, clubs with digits, a lycée's
    # section sportive; the centre's coach (staff); a body only in Perspectives.
    mk("Z40", "Les Olympiades du Comminges : sport adapté et inclusion",
       "CENTRE SOCIAL DU SAINT-GAUDINOIS - Haute-Garonne",
       keywords=["Santé", "Mixité sociale", "discriminations"], territory="Plusieurs communes",
       declared=["Intercommunalité", "Conseil départemental", "Associations"],
       resume="""\
Une journée sportive inclusive en mai et des entraînements mensuels mixtes toute l'année : des jeunes et des adultes en situation de handicap et des habitants valides font équipe en boccia, course d'orientation, basket fauteuil et parcours de motricité.""",
       experience="""\
Le projet réunit l'IME Le Pic du Cagire, l'ESAT Les Jardins de la Garonne, le club Comminges Handisport 31 et l'US Saint-Gaudens Basket, qui prête ses fauteuils de basket.
Les élèves de la section sportive du lycée de Bagatelle ont encadré les ateliers de la journée.
Karim, éducateur sportif du centre, coordonne les entraînements.""",
       description="Les médailles et les tee-shirts ont été offerts par le magasin Pyrénées Glisse de Saint-Gaudens (valorisés 900 €).",
       financial="""\
ANS, part territoriale : 3 000 €
Département de la Haute-Garonne : 2 500 €
Communauté de communes Cœur et Coteaux du Comminges : 2 000 €
Fondation Handi'Cap Sud : 1 500 €
Inscriptions : 5 € par équipe
Le solde est pris sur les fonds propres du centre.
Budget global 2024 : 10 400 €""",
       people="1 éducateur sportif, 12 encadrants des structures partenaires, 20 lycéens, 30 bénévoles",
       res_territoire="240 participants à la journée, dont 110 en situation de handicap.",
       res_centre="Des liens durables avec les établissements médico-sociaux du Comminges.",
       res_habitants="Des regards qui changent ; des résidents d'IME et d'ESAT inscrits dans des clubs.",
       limites="Le transport des personnes en fauteuil depuis les villages.",
       perspectives="Associer le comité départemental handisport de la Haute-Garonne à l'édition 2025.",
       funders=[
           F("Intercommunalité", 2000,
             "Communauté de communes Cœur et Coteaux du Comminges : 2 000 €",
             alt=["Communauté de communes Cœur et Coteaux du Comminges"]),
           F("ANS", 3000, "ANS, part territoriale : 3 000 €", alt=["Agence nationale du sport"]),
           F("Conseil départemental", 2500, "Département de la Haute-Garonne : 2 500 €",
             alt=["Département de la Haute-Garonne"]),
           F("Fondation Handi'Cap Sud", 1500, "Fondation Handi'Cap Sud : 1 500 €"),
           F("Pyrénées Glisse", 900,
             "offerts par le magasin Pyrénées Glisse de Saint-Gaudens (valorisés 900 €)",
             borderline=True),
       ],
       partners=[
           P("IME Le Pic du Cagire", "Le projet réunit l'IME Le Pic du Cagire"),
           P("ESAT Les Jardins de la Garonne", "l'ESAT Les Jardins de la Garonne"),
           P("Comminges Handisport 31", "le club Comminges Handisport 31"),
           P("US Saint-Gaudens Basket", "l'US Saint-Gaudens Basket, qui prête ses fauteuils"),
           P("Lycée de Bagatelle",
             "Les élèves de la section sportive du lycée de Bagatelle ont encadré les ateliers"),
           P("Pyrénées Glisse", "offerts par le magasin Pyrénées Glisse de Saint-Gaudens",
             borderline=True),
       ],
       budget=B(10400, "Budget global 2024 : 10 400 €"),
       excluded=X(
           funders=["Inscriptions : 5 € par équipe (participants)", "fonds propres du centre (the structure)",
                    "US Saint-Gaudens Basket (lends wheelchairs: partner only)"],
           partners=["Karim (staff)", "comité départemental handisport (Perspectives only)",
                     "ANS, Département, Communauté de communes, Fondation Handi'Cap Sud (funders only)"])),
]

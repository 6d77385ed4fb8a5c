"""Test set 6, fiches Z11-Z20 (text + hand annotation). Written blind: see ../README.md."""

from eval.sets.gold_helpers import ANCT_ALT, B, F, P, X, mk

R2 = [
    # Z11 Puy-de-Dôme, urban. Websites only ("caf.fr", "votre espace ameli", the ANTS site); the
    # CPAM holds a permanence and the Caf trains the staff (partners, NOT funders; declared Caf
    # merges with the text CAF); a métropole's médiathèque (-> Intercommunalité, also a funder);
    # "3.500 €"; a fonds de dotation; the centre's own budget; "Budget : environ 14 000 €";
    # an association with digits selling computers; France Services only in Perspectives.
    mk("Z11", "Numérique pas à pas : permanences d'aide aux démarches en ligne",
       "CENTRE SOCIAL DE LA GAUTHIÈRE - Puy-de-Dôme",
       dimension="Services", keywords=["Précarité", "Intégration"],
       public=["Adultes", "Seniors"], territory="Plusieurs quartiers",
       declared=["Commune", "Caf"],
       resume="""\
Trois demi-journées par semaine, notre conseillère numérique et deux bénévoles aident les habitants à faire leurs démarches en ligne : dossier de retraite, prime d'activité, carte grise sur le site de l'ANTS, déclaration d'impôts, rendez-vous médicaux. En parallèle, des ateliers de six séances apprennent à se servir d'un smartphone.""",
       experience="""\
Beaucoup de personnes arrivaient à l'accueil avec un courrier qui renvoyait vers « caf.fr » ou « votre espace ameli » sans savoir par où commencer.
La CPAM du Puy-de-Dôme tient une permanence le premier jeudi du mois dans nos locaux ; les agents de la Caf du Puy-de-Dôme ont formé notre conseillère aux démarches de la prime d'activité.
L'association Connexions Solidaires 63 reconditionne des ordinateurs que nous revendons 50 € aux familles.""",
       description="""\
Les ateliers smartphone ont lieu à la médiathèque de Croix-de-Neyrat, dont les bibliothécaires animent une séance sur la presse en ligne.""",
       financial="""\
Carsat Auvergne : 4 000 € (ateliers seniors)
Clermont Auvergne Métropole : 3.500 €
Ville de Clermont-Ferrand : 2 000 €
Fonds de dotation Volcans Numériques : 1 000 € pour l'achat de 4 tablettes
Le poste de conseillère numérique est pris sur le budget du centre social.
Budget : environ 14 000 €""",
       people="1 conseillère numérique, 2 bénévoles",
       res_territoire="1 250 demandes traitées en 2024 ; 46 personnes ont suivi un atelier smartphone.",
       res_centre="L'accueil est moins saturé par les demandes administratives.",
       res_habitants="Des droits ouverts (prime d'activité, complémentaire santé solidaire) et plus d'autonomie.",
       limites="Les personnes reviennent pour chaque démarche ; l'autonomie est lente.",
       perspectives="Travailler avec la France Services de Clermont-Nord pour les cas complexes.",
       funders=[
           F("Commune", 2000, "Ville de Clermont-Ferrand : 2 000 €", alt=["Ville de Clermont-Ferrand"]),
           F("Intercommunalité", 3500, "Clermont Auvergne Métropole : 3.500 €",
             alt=["Clermont Auvergne Métropole"]),
           F("CARSAT", 4000, "Carsat Auvergne : 4 000 €", alt=["Carsat Auvergne"]),
           F("Fonds de dotation Volcans Numériques", 1000,
             "Fonds de dotation Volcans Numériques : 1 000 €", alt=["Volcans Numériques"]),
       ],
       partners=[
           P("CPAM", "La CPAM du Puy-de-Dôme tient une permanence", alt=["CPAM du Puy-de-Dôme"]),
           P("CAF", "les agents de la Caf du Puy-de-Dôme ont formé notre conseillère",
             alt=["Caf du Puy-de-Dôme"]),
           P("Connexions Solidaires 63",
             "L'association Connexions Solidaires 63 reconditionne des ordinateurs"),
           P("Intercommunalité",
             "la médiathèque de Croix-de-Neyrat, dont les bibliothécaires animent une séance",
             alt=["Médiathèque de Croix-de-Neyrat", "Clermont Auvergne Métropole"]),
       ],
       budget=B(14000, "Budget : environ 14 000 €"),
       excluded=X(
           funders=["caf.fr, espace ameli, site de l'ANTS (websites)",
                    "CAF, CPAM (training / permanence only: partners, not funders)",
                    "budget du centre social (the structure)",
                    "ordinateurs revendus 50 € (participants)"],
           partners=["conseillère numérique, bénévoles (staff, individuals)",
                     "France Services de Clermont-Nord (Perspectives only)",
                     "Carsat Auvergne, Ville, Fonds de dotation Volcans Numériques (funders only)"])),

    # Z12 Maine-et-Loire, urban. Families' holidays: VACAF aid paid to the families (not a funding
    # of the action; the Caf funds the action separately, "2 600 €"); ANCV "avec le soutien de"
    # with a PER-PERSON amount (funder, amount null); Ville and a bailleur with amounts in one
    # sentence ("a pris en charge le car (1 200 €), Podeliha a versé 800 €"); the bailleur's
    # adviser runs sessions (partner); families' savings "20 € par mois"; an association with
    # digits; JPA only in Perspectives; "Voir description" in the financial field.
    mk("Z12", "Partir enfin : premiers départs en vacances des familles de Monplaisir",
       "CENTRE SOCIAL LES TILLEULS DE MONPLAISIR - Maine-et-Loire",
       dimension="Accompagnement de projets", keywords=["vacances / loisirs", "Parentalité"],
       public=["familles"], territory="Un quartier",
       declared=["Caf", "Associations", "Bailleur social"],
       resume="""\
Huit familles qui ne partaient jamais ont préparé pendant six mois leur première semaine de vacances : choix de la destination, budget, épargne, activités. Elles sont parties en juillet à Saint-Brevin-les-Pins, dans un camping choisi ensemble.""",
       experience="""\
Réunions mensuelles de préparation à partir de janvier, avec la référente familles. Chaque famille a ouvert un « carnet d'épargne vacances » et mis de côté 20 € par mois.
L'association Vacances et Familles 49 nous a accompagnés pour le choix de l'hébergement et a fait une visite sur place pendant le séjour. La conseillère en économie sociale et familiale de Podeliha a animé deux séances sur le budget.""",
       description="""\
Les familles ont pu bénéficier des aides aux vacances de la Caf (VACAF) selon leur quotient familial, versées directement au camping.
Avec le soutien de l'ANCV, chaque famille a reçu des chèques-vacances à hauteur de 150 € par personne.
La Caf de Maine-et-Loire finance aussi l'accompagnement au titre du projet vacances familles : 2 600 €.
La Ville d'Angers a pris en charge le car (1 200 €), Podeliha a versé 800 €.""",
       financial="Voir description. Reste à charge des familles : environ 10 % du coût du séjour.",
       people="La référente familles, une animatrice, 2 bénévoles",
       res_territoire="8 familles, 31 personnes parties pour la première fois.",
       res_centre="Un groupe de familles qui s'implique maintenant dans d'autres projets du centre.",
       res_habitants="Des souvenirs, des photos, et la preuve qu'on peut partir.",
       limites="Le coût reste élevé pour les familles nombreuses.",
       perspectives="Un départ en autonomie pour trois familles en 2025, avec la Jeunesse au Plein Air.",
       funders=[
           F("Commune", 1200, "La Ville d'Angers a pris en charge le car (1 200 €)",
             alt=["Ville d'Angers"]),
           F("CAF", 2600,
             "La Caf de Maine-et-Loire finance aussi l'accompagnement au titre du projet vacances familles : 2 600 €",
             alt=["Caf de Maine-et-Loire"]),
           F("ANCV", None, "Avec le soutien de l'ANCV, chaque famille a reçu des chèques-vacances à hauteur de 150 € par personne",
             alt=["Agence nationale pour les chèques-vacances"]),
           F("Podeliha", 800, "Podeliha a versé 800 €", alt=["Bailleur social"]),
       ],
       partners=[
           P("Vacances et Familles 49", "L'association Vacances et Familles 49 nous a accompagnés"),
           P("Podeliha", "La conseillère en économie sociale et familiale de Podeliha a animé deux séances"),
       ],
       excluded=X(
           funders=["VACAF (aid paid to the families; the Caf is a funder anyway)",
                    "carnet d'épargne vacances : 20 € par mois (families)",
                    "Reste à charge des familles (participants)"],
           partners=["référente familles (staff)", "camping (venue)",
                     "Saint-Brevin-les-Pins (destination)",
                     "Jeunesse au Plein Air (Perspectives only)",
                     "Ville d'Angers, ANCV, Caf (funders only)"])),

    # Z13 Rhône, urban QPV. "La Ville … et la Métropole de Lyon ont apporté respectivement
    # 4 000 € et 6 000 €" (two funders, two amounts, one sentence); "FIPD (préfecture du Rhône)";
    # "Quartiers d'été" (ANCT); a foundation; ANS "pas de réponse à ce jour" (PENDING); buvette
    # receipts; declared Préfecture + "la déléguée du préfet" (borderline partner, merged);
    # police municipale -> Commune; a club with digits, prevention service, a bailleur's
    # caretakers; an inhabitants' collective (borderline); an event.
    mk("Z13", "Soirs d'été au Mas : foot, médiation et veillées pour apaiser le quartier",
       "CENTRE SOCIAL LES VERCHÈRES - Rhône",
       keywords=["Démocratie & citoyenneté", "Mixité sociale", "vacances / loisirs"],
       public=["Jeunesse"], territory="Plusieurs quartiers",
       declared=["Commune", "Préfecture", "Bailleur social", "Associations"],
       resume="""\
De début juillet à fin août, du mardi au vendredi, de 20 h à minuit, le centre social tient un tournoi de foot à cinq sur le city-stade du Mas du Taureau, une buvette sans alcool et des veillées (jeux, musique, cinéma en plein air). Deux médiateurs vont à la rencontre des groupes de jeunes et des habitants excédés par le bruit.""",
       experience="""\
Le projet a été décidé en mai, après les rixes de l'hiver, lors d'une cellule de veille réunissant la déléguée du préfet, la police municipale, le club AS Mas du Taureau 69, l'équipe de prévention spécialisée de la Sauvegarde 69 et Grand Lyon Habitat.
Les gardiens de Grand Lyon Habitat signalent les tensions et ouvrent les locaux communs pour les veillées. La police municipale passe chaque soir vers 23 h.""",
       description="""\
Les grands frères du quartier arbitrent les matchs. Finale le 29 août pendant la Fête du Mas, avec un repas préparé par les mamans du collectif Mas en Cuisine.""",
       financial="""\
La Ville de Vaulx-en-Velin et la Métropole de Lyon ont apporté respectivement 4 000 € et 6 000 €.
FIPD (préfecture du Rhône) : 3 500 €
Quartiers d'été : 2 000 €
Fondation Lumière de Jeunesse : 2 500 €
ANS : demande faite, pas de réponse à ce jour.
Buvette : les recettes sont réinvesties dans la finale.""",
       people="2 médiateurs, 3 animateurs, une quinzaine de bénévoles",
       res_territoire="Aucune rixe pendant l'été sur le secteur ; 220 jeunes ont joué au moins un match.",
       res_centre="Le centre social a renoué avec les 16-20 ans.",
       res_habitants="Les voisins sont descendus aux veillées ; moins de plaintes pour le bruit.",
       limites="Fatigue des équipes, horaires tardifs.",
       perspectives="Prolonger les veillées pendant les vacances de la Toussaint.",
       funders=[
           F("Commune", 4000,
             "La Ville de Vaulx-en-Velin et la Métropole de Lyon ont apporté respectivement 4 000 € et 6 000 €",
             alt=["Ville de Vaulx-en-Velin"]),
           F("Intercommunalité", 6000,
             "La Ville de Vaulx-en-Velin et la Métropole de Lyon ont apporté respectivement 4 000 € et 6 000 €",
             alt=["Métropole de Lyon", "Conseil départemental"]),
           F("FIPDR", 3500, "FIPD (préfecture du Rhône) : 3 500 €", alt=["FIPD", "Préfecture"]),
           F("ANCT", 2000, "Quartiers d'été : 2 000 €", alt=ANCT_ALT + ["Quartiers d'été"]),
           F("Fondation Lumière de Jeunesse", 2500, "Fondation Lumière de Jeunesse : 2 500 €"),
       ],
       partners=[
           P("Préfecture", "la déléguée du préfet", borderline=True, alt=["Préfecture du Rhône"]),
           P("Commune", "La police municipale passe chaque soir",
             alt=["Police municipale", "Ville de Vaulx-en-Velin"]),
           P("AS Mas du Taureau 69", "le club AS Mas du Taureau 69"),
           P("Sauvegarde 69", "l'équipe de prévention spécialisée de la Sauvegarde 69"),
           P("Grand Lyon Habitat", "Les gardiens de Grand Lyon Habitat signalent les tensions"),
           P("Mas en Cuisine", "les mamans du collectif Mas en Cuisine", borderline=True,
             alt=["Collectif Mas en Cuisine"]),
       ],
       excluded=X(
           funders=["ANS (pas de réponse à ce jour: pending)", "Buvette (own receipts)"],
           partners=["grands frères du quartier (individual volunteers)", "Fête du Mas (an event)",
                     "médiateurs (staff)", "city-stade du Mas du Taureau (venue)",
                     "Métropole de Lyon, Fondation Lumière de Jeunesse (funders only)"])),

    # Z14 Aisne, rural EVS. A percentage with no base ("financée à 40 % par le FSE+": funder,
    # amount null); Département "au titre du PDI : 6 000 €"; a communauté de communes; Région
    # "3.000 €", all in one long sentence; a per-person cost range (not a grant, not a total);
    # France Travail's INDIVIDUAL aid (not a funder) but France Travail orients (partner); the
    # Département's UTAS (-> Conseil départemental, merged with the declared item); a driving
    # school; a volunteer trainer; the ANTS (website); total as a RANGE "de 18 000 à 20 000 €".
    mk("Z14", "Le permis, une clé pour l'emploi : code et conduite pour les 18-30 ans",
       "EVS DE LA THIÉRACHE DU CENTRE - Aisne",
       dimension="Accompagnement de projets", keywords=["Emploi, économie", "Précarité"],
       public=["Jeunesse", "Adultes"], initiative=["Un ou plusieurs partenaire(s)"],
       territory="Plusieurs communes",
       declared=["Conseil départemental", "Intercommunalité", "Entreprises"],
       resume="""\
En Thiérache, sans permis, pas de travail : les offres sont à Hirson, Guise ou Vervins et il n'y a presque pas de transport. L'EVS accompagne chaque année 15 jeunes et adultes en insertion : code en salle avec un formateur, 20 heures de conduite minimum, aide pour les démarches sur le site de l'ANTS et suivi jusqu'à l'examen.""",
       experience="""\
Les candidats sont orientés par la Mission locale de la Thiérache, France Travail et les référents RSA du Département (UTAS de Vervins).
L'Auto-école du Marché de Vervins assure les heures de conduite à tarif négocié. Notre formateur code, Bruno, est bénévole depuis quatre ans.
France Travail peut compléter par l'aide individuelle au permis pour les demandeurs d'emploi.""",
       financial="""\
L'action est financée à 40 % par le FSE+ (programme départemental), le Département de l'Aisne au titre du PDI : 6 000 €, la Communauté de communes de la Thiérache du Centre : 2 500 € et la Région Hauts-de-France (dispositif mobilité) : 3.000 €.
Le coût d'un parcours est compris entre 1 000 et 1 300 € par personne, dont 150 € restent à la charge du candidat.
Budget de l'action : de 18 000 à 20 000 € selon le nombre d'heures de conduite.""",
       people="1 coordinatrice à mi-temps, 1 formateur code bénévole",
       res_territoire="15 personnes accompagnées, 11 codes et 8 permis obtenus.",
       res_centre="L'EVS est reconnu comme acteur de l'insertion sur le territoire.",
       res_habitants="Quatre personnes ont trouvé un emploi dans les trois mois suivant le permis.",
       limites="Délais d'attente pour les places d'examen.",
       perspectives="Acheter une voiture à double commande ?",
       funders=[
           F("Intercommunalité", 2500,
             "la Communauté de communes de la Thiérache du Centre : 2 500 €",
             alt=["Communauté de communes de la Thiérache du Centre"]),
           F("Conseil départemental", 6000, "le Département de l'Aisne au titre du PDI : 6 000 €",
             alt=["Département de l'Aisne", "PDI"]),
           F("Région", 3000, "la Région Hauts-de-France (dispositif mobilité) : 3.000 €",
             alt=["Région Hauts-de-France"]),
           F("Fonds européens", None, "financée à 40 % par le FSE+",
             alt=["FSE+", "FSE", "Union européenne"]),
       ],
       partners=[
           P("Mission locale de la Thiérache", "orientés par la Mission locale de la Thiérache",
             alt=["Mission locale"]),
           P("France Travail", "la Mission locale de la Thiérache, France Travail et les référents RSA"),
           P("Conseil départemental", "les référents RSA du Département (UTAS de Vervins)",
             alt=["UTAS de Vervins", "Département de l'Aisne"]),
           P("Auto-école du Marché", "L'Auto-école du Marché de Vervins assure les heures de conduite",
             alt=["Auto-école du Marché de Vervins"]),
       ],
       budget=B(None, "Budget de l'action : de 18 000 à 20 000 €", rng=(18000, 20000)),
       excluded=X(
           funders=["France Travail (aide individuelle au permis: aid to individuals)",
                    "150 € à la charge du candidat (participants)",
                    "entre 1 000 et 1 300 € par personne (a unit cost)"],
           partners=["Bruno (individual volunteer)", "site de l'ANTS (website)",
                     "Communauté de communes, Région, FSE+ (funders only)"])),

    # Z15 Vaucluse, urban QPV. Terminée with an EMPTY reason. Funders as a plain list, each label
    # line followed by its amount line (an agglomeration by its own name, the Ville, DRAC with a
    # scheme in brackets, a bailleur); buvette receipts; "Total" line + amount line as total;
    # the Ville also lends chairs (its service des fêtes: partner); a cinema that trains and
    # supplies the films, an association with digits, a hired company; a scheme. Page header
    # after the fiche.
    mk("Z15", "Cinéma sous les étoiles : séances en plein air et ciné-débats à Monclar",
       "CENTRE SOCIAL L'OLIVIER DE MONCLAR - Vaucluse",
       status="Terminée", reason="", keywords=["Culture", "Mixité sociale"],
       territory="Un quartier", declared=["Commune", "Intercommunalité", "Associations"],
       page_header_after=True,
       resume="""\
Six projections gratuites en plein air, en juillet et août, sur la pelouse du square de Monclar. Les films sont choisis en mars par un comité d'habitants ; trois séances sont suivies d'un débat.""",
       experience="""\
Le comité de programmation (12 habitants de 14 à 70 ans) a visionné une vingtaine de films avec l'aide du cinéma Le Rempart, qui nous a formés à l'animation de débat et fournit les copies et les droits. L'association Les Yeux Ouverts 84 a animé les ciné-débats sur l'exil et sur le sport féminin.
Les jeunes du secteur ados tiennent la buvette.""",
       description="""\
Matériel de projection : écran gonflable et projecteur loués à la société Écran Nomade Provence. Les chaises sont prêtées par la Ville d'Avignon (service des fêtes).""",
       financial="""\
Financements obtenus :
Grand Avignon
2 500 €
Ville d'Avignon
3 000 €
DRAC Provence-Alpes-Côte d'Azur (Passeurs d'images)
1 800 €
Grand Delta Habitat
1 000 €
Recettes buvette
640 €
Total
8 940 €""",
       people="2 animateurs, 12 habitants du comité, 6 jeunes à la buvette",
       res_territoire="Entre 80 et 250 spectateurs par séance.",
       res_centre="Un comité d'habitants qui veut continuer.",
       res_habitants="Des soirées partagées entre voisins qui ne se parlaient pas.",
       limites="Deux séances annulées pour cause de mistral.",
       funders=[
           F("Commune", 3000, "Ville d'Avignon\n3 000 €", alt=["Ville d'Avignon"]),
           F("Intercommunalité", 2500, "Grand Avignon\n2 500 €", alt=["Grand Avignon"]),
           F("DRAC", 1800, "DRAC Provence-Alpes-Côte d'Azur (Passeurs d'images)\n1 800 €",
             alt=["DRAC Provence-Alpes-Côte d'Azur", "État"]),
           F("Grand Delta Habitat", 1000, "Grand Delta Habitat\n1 000 €", alt=["Bailleur social"]),
       ],
       partners=[
           P("Cinéma Le Rempart", "l'aide du cinéma Le Rempart, qui nous a formés"),
           P("Les Yeux Ouverts 84", "L'association Les Yeux Ouverts 84 a animé les ciné-débats"),
           P("Écran Nomade Provence", "loués à la société Écran Nomade Provence"),
           P("Commune", "Les chaises sont prêtées par la Ville d'Avignon (service des fêtes)",
             alt=["Ville d'Avignon"]),
       ],
       budget=B(8940, "Total\n8 940 €"),
       excluded=X(
           funders=["Recettes buvette (own receipts)",
                    "chairs lent by the Ville (equipment loan; the Ville is a funder anyway)"],
           partners=["comité de programmation (inhabitants)", "secteur ados (own service)",
                     "square de Monclar (venue)", "Passeurs d'images (a scheme)",
                     "Grand Avignon, DRAC, Grand Delta Habitat (funders only)"])),

    # Z16 Creuse, rural EVS. "Café associatif" (look-alike); LEADER "12000 e" inside an
    # investment sentence (the 24 000 € investment is not the action's total); the GAL only
    # helped with the application (borderline partner, not funder); "5K€" (a communauté de
    # communes by its own name); MSA funder AND partner; a Département fund whose name sounds
    # like the State's FDVA; mairies opening their halls (borderline funder Commune + partner);
    # a brewery supplier; own drink sales; a Relais Petite Enfance.
    mk("Z16", "Le Bistrot des Mille Sources : un café associatif qui tourne dans les villages",
       "ESPACE DE VIE SOCIALE DU PLATEAU - Creuse",
       keywords=["Solidarité", "Mixité sociale", "intergénérationnel"],
       territory="Plusieurs communes", declared=["Commune", "Intercommunalité", "MSA"],
       resume="""\
Chaque semaine, le Bistrot s'installe dans une des 12 communes du plateau : une camionnette aménagée, quelques tables, du café, des jeux, de la lecture et un point d'information sur les services. C'est souvent le seul endroit du village où l'on peut boire un café depuis la fermeture du dernier bar.""",
       experience="""\
L'EVS a racheté et aménagé la camionnette avec l'aide du programme LEADER ; le GAL Sources en Action nous a aidés à monter le dossier. Les mairies ouvrent leur salle des fêtes en cas de pluie.
L'assistante sociale de la MSA du Limousin et l'animatrice du Relais Petite Enfance du plateau tiennent une permanence au Bistrot une fois par mois. La Brasserie des Mille Sources, à Gentioux, fournit les jus et la bière sans alcool.""",
       description="Café, thé et gâteaux sont à prix libre. Les ventes de boissons couvrent une partie de l'essence.",
       financial="""\
Investissement (camionnette et aménagement) : 24 000 €, dont LEADER 12000 e.
Fonctionnement 2024 :
- Creuse Grand Sud : 5K€
- MSA du Limousin : 1 500 €
- Département de la Creuse (fonds départemental d'animation locale) : 2 000 €
- ventes de boissons : 2 300 €""",
       people="1 animatrice, 1 chauffeur-animateur à mi-temps, 20 bénévoles selon les villages",
       res_territoire="42 passages dans 12 communes, 15 à 40 personnes à chaque fois.",
       res_centre="L'EVS est connu dans des villages où il n'avait jamais mis les pieds.",
       res_habitants="Des personnes isolées ressortent de chez elles ; des informations arrivent jusqu'aux hameaux.",
       limites="L'hiver, la fréquentation baisse fortement.",
       perspectives="Un deuxième véhicule pour le sud du plateau.",
       funders=[
           F("Commune", None, "Les mairies ouvrent leur salle des fêtes en cas de pluie",
             borderline=True, alt=["Mairies"]),
           F("Intercommunalité", 5000, "Creuse Grand Sud : 5K€",
             alt=["Creuse Grand Sud", "Communauté de communes Creuse Grand Sud"]),
           F("Fonds européens", 12000, "dont LEADER 12000 e", alt=["LEADER", "FEADER", "Union européenne"]),
           F("MSA", 1500, "MSA du Limousin : 1 500 €", alt=["MSA du Limousin"]),
           F("Conseil départemental", 2000,
             "Département de la Creuse (fonds départemental d'animation locale) : 2 000 €",
             alt=["Département de la Creuse"]),
       ],
       partners=[
           P("GAL Sources en Action", "le GAL Sources en Action nous a aidés à monter le dossier",
             borderline=True),
           P("Commune", "Les mairies ouvrent leur salle des fêtes en cas de pluie", alt=["Mairies"]),
           P("MSA", "L'assistante sociale de la MSA du Limousin", alt=["MSA du Limousin"]),
           P("Relais Petite Enfance du plateau", "l'animatrice du Relais Petite Enfance du plateau",
             alt=["Relais Petite Enfance"]),
           P("Brasserie des Mille Sources", "La Brasserie des Mille Sources, à Gentioux, fournit les jus"),
       ],
       excluded=X(
           funders=["café associatif, Bistrot (look-alike)", "prix libre, ventes de boissons (own sales)",
                    "GAL Sources en Action (helped with the application; LEADER is the funder)",
                    "Investissement 24 000 € (an investment, not the action's total)"],
           partners=["dernier bar (generic)", "Creuse Grand Sud, Département, LEADER (funders only)"])),

    # Z17 Paris, urban QPV. Ville de Paris (-> Commune) with a directorate in brackets; État
    # "BOP 104" (État) next to "Préfecture de Paris (crédits politique de la ville)" (ANCT): two
    # State funders, distinct labels; "3 000 EUR"; a bailleur; a foundation; "Caf'causette"
    # (look-alike); "la Caf" as a topic of the workshops; a municipal library (-> Commune,
    # merged with the declared item); two écoles sharing one quote; an association with digits;
    # a museum (outing place).
    mk("Z17", "Parler français en famille : ateliers sociolinguistiques parents-enfants",
       "CENTRE SOCIAL LA GOUTTE D'ENCRE - Paris",
       dimension="Services", keywords=["Intégration", "Parentalité", "éducation / scolarité"],
       public=["familles", "Adultes"], territory="Un quartier",
       declared=["Commune", "Education nationale", "Associations"],
       resume="""\
Deux matinées par semaine, 24 mères et 5 pères primo-arrivants apprennent le français à partir de situations de la vie quotidienne : l'école, le médecin, la pharmacie, la Caf. Le mercredi, un atelier réunit parents et enfants autour du jeu et du livre.""",
       experience="""\
Les groupes sont constitués avec les directrices des écoles élémentaires Richomme et Cavé, qui orientent les parents et reçoivent le groupe pour une visite de l'école. La Bibliothèque Goutte d'Or accueille l'atelier du mercredi un mois sur deux.
Deux formatrices salariées et huit bénévoles animent les ateliers. Une sortie au musée du Louvre a été organisée avec Billets Partagés 75.""",
       description="Les ateliers « Caf'causette » du vendredi permettent de pratiquer la langue autour d'un thé.",
       financial="""\
Ville de Paris (Direction de la démocratie, des citoyen.ne.s et des territoires) : 7 500 €
État – BOP 104 (intégration des étrangers primo-arrivants) : 6 000 €
Préfecture de Paris (crédits politique de la ville) : 4 000 €
Caf de Paris : 3 000 EUR
Paris Habitat : 1 500 €
Fondation Mots Partagés : 2 000 €""",
       people="2 formatrices, 8 bénévoles",
       res_territoire="29 parents inscrits, 19 ont passé le DELF A1.",
       res_centre="Des parents devenus bénévoles à l'accompagnement scolaire.",
       res_habitants="Les parents vont seuls aux réunions de l'école et chez le médecin.",
       limites="Liste d'attente ; peu de places le soir pour les parents qui travaillent.",
       perspectives="Un groupe du soir à la rentrée.",
       funders=[
           F("Commune", 7500,
             "Ville de Paris (Direction de la démocratie, des citoyen.ne.s et des territoires) : 7 500 €",
             alt=["Ville de Paris"]),
           F("État", 6000, "État – BOP 104 (intégration des étrangers primo-arrivants) : 6 000 €",
             alt=["BOP 104"]),
           F("ANCT", 4000, "Préfecture de Paris (crédits politique de la ville) : 4 000 €",
             alt=["Politique de la ville", "Contrat de ville", "Préfecture de Paris"]),
           F("CAF", 3000, "Caf de Paris : 3 000 EUR", alt=["Caf de Paris"]),
           F("Paris Habitat", 1500, "Paris Habitat : 1 500 €", alt=["Bailleur social"]),
           F("Fondation Mots Partagés", 2000, "Fondation Mots Partagés : 2 000 €"),
       ],
       partners=[
           P("École élémentaire Richomme",
             "les directrices des écoles élémentaires Richomme et Cavé, qui orientent les parents",
             alt=["École Richomme"]),
           P("École élémentaire Cavé",
             "les directrices des écoles élémentaires Richomme et Cavé, qui orientent les parents",
             alt=["École Cavé"]),
           P("Commune", "La Bibliothèque Goutte d'Or accueille l'atelier du mercredi",
             alt=["Bibliothèque Goutte d'Or", "Ville de Paris"]),
           P("Billets Partagés 75", "organisée avec Billets Partagés 75"),
       ],
       excluded=X(
           funders=["Caf'causette (look-alike)",
                    "la Caf among the workshops' situations (a topic; the Caf is a funder anyway)"],
           partners=["formatrices, bénévoles (individuals)", "musée du Louvre (outing place)",
                     "État, Préfecture de Paris, Caf, Paris Habitat, Fondation Mots Partagés (funders only)"])),

    # Z18 Morbihan, small town. Teenagers' bike trip: Caf "prestation de service jeunes";
    # "Pontivy Communauté" (own name); SDJES "Vacances apprenantes" (État); a company's
    # "Mécénat de la Laiterie du Blavet"; families' 60 € per young; young people's own fund
    # raising; "Coût total du séjour"; a cycling club lending bikes (partner only), the
    # gendarmerie, a collège relaying the call; a twinning committee only in Perspectives.
    mk("Z18", "Ados en selle : séjour itinérant à vélo le long du canal de Nantes à Brest",
       "CENTRE SOCIAL DU PAYS DE PONTIVY - Morbihan",
       dimension="Accompagnement de projets", keywords=["vacances / loisirs", "Environnement"],
       public=["Jeunesse"], initiative=["Un groupe d'habitants"], territory="Plusieurs communes",
       declared=["Caf", "Intercommunalité", "Entreprises"],
       resume="""\
Dix jeunes de 13 à 16 ans ont préparé pendant l'année un séjour de cinq jours à vélo, de Pontivy à Josselin et retour, avec des nuits en camping. Ils ont choisi l'itinéraire, fait les réservations, tenu le budget et organisé deux actions d'autofinancement.""",
       experience="""\
Préparation : entraînements le samedi avec le Vélo Club Pontivyen, qui a aussi prêté quatre vélos et révisé les autres. Deux séances de sécurité routière avec la gendarmerie de Pontivy.
Le collège du Blavet a relayé l'appel aux inscriptions auprès des élèves de 4e et de 3e.
Autofinancement : vente de crêpes au marché et lavage de voitures.""",
       financial="""\
Caf du Morbihan (prestation de service jeunes) : 2 200 €
Pontivy Communauté : 1 800 €
SDJES du Morbihan, dispositif Vacances apprenantes : 1 500 €
Mécénat de la Laiterie du Blavet : 1 000 €
Participation des familles : 60 € par jeune
Autofinancement des jeunes : 1 120 €
Coût total du séjour : 8 220 €""",
       people="2 animateurs, 1 bénévole du club de vélo",
       res_territoire="10 jeunes, 210 km parcourus.",
       res_centre="Un groupe de jeunes qui revient au local toute l'année.",
       res_habitants="Les jeunes ont pris confiance ; les parents ont découvert un autre visage de leurs ados.",
       limites="Une chute sans gravité ; la logistique des bagages.",
       perspectives="Une rencontre avec des jeunes de la ville jumelle, avec le comité de jumelage de Pontivy.",
       funders=[
           F("Intercommunalité", 1800, "Pontivy Communauté : 1 800 €", alt=["Pontivy Communauté"]),
           F("CAF", 2200, "Caf du Morbihan (prestation de service jeunes) : 2 200 €",
             alt=["Caf du Morbihan"]),
           F("État", 1500, "SDJES du Morbihan, dispositif Vacances apprenantes : 1 500 €",
             alt=["SDJES", "SDJES du Morbihan", "Vacances apprenantes"]),
           F("Laiterie du Blavet", 1000, "Mécénat de la Laiterie du Blavet : 1 000 €"),
       ],
       partners=[
           P("Vélo Club Pontivyen", "le Vélo Club Pontivyen, qui a aussi prêté quatre vélos"),
           P("Gendarmerie de Pontivy", "Deux séances de sécurité routière avec la gendarmerie de Pontivy",
             alt=["Gendarmerie nationale", "Gendarmerie"]),
           P("Collège du Blavet", "Le collège du Blavet a relayé l'appel aux inscriptions"),
       ],
       budget=B(8220, "Coût total du séjour : 8 220 €"),
       excluded=X(
           funders=["Participation des familles : 60 € par jeune (participants)",
                    "Autofinancement des jeunes (own receipts)",
                    "Vélo Club Pontivyen (lends bikes: partner only)"],
           partners=["camping, marché (venues)", "Josselin (destination)",
                     "comité de jumelage de Pontivy (Perspectives only)",
                     "Caf, Pontivy Communauté, SDJES, Laiterie du Blavet (funders only)"])),

    # Z19 Haute-Savoie, urban. "Annemasse Agglo"; Département "(PDI)"; "FSE+ : 5 500 €";
    # France Travail "(convention d'objectifs) : 2500e" (funder AND partner); Région "demande
    # refusée"; the Département's Pôle médico-social (-> Conseil départemental, merged with the
    # declared item); CIDFF with digits; a crèche associative; three companies hosting trainees
    # in one sentence; a volunteer coach (individual).
    mk("Z19", "Mères en mouvement : vers l'emploi pour les femmes seules avec enfants",
       "CENTRE SOCIAL DU PERRIER - Haute-Savoie",
       keywords=["Emploi, économie", "Parentalité", "discriminations"], public=["Adultes"],
       territory="Plusieurs communes",
       declared=["Conseil départemental", "Associations", "Entreprises"],
       resume="""\
Un groupe de 12 mères isolées se retrouve deux jours par semaine pendant quatre mois : confiance en soi, projet professionnel, CV, simulations d'entretien, visites d'entreprises et stages. Les enfants de moins de 3 ans sont gardés à la crèche pendant les séances.""",
       experience="""\
Les participantes sont orientées par France Travail et par les conseillères du Pôle médico-social du Département à Annemasse. Le CIDFF 74 anime les séances sur les droits et l'égalité professionnelle.
La crèche associative Les Petits Pas du Salève réserve trois places pour le groupe.
Trois entreprises ont accueilli des stagiaires : Transports Chablais Léman, la Fromagerie du Salève et l'Hypermarché du Genevois.
Nathalie, coach bénévole, a animé deux ateliers sur l'image de soi.""",
       financial="""\
Annemasse Agglo : 4 000 €
Département de la Haute-Savoie (PDI) : 6 500 €
FSE+ : 5 500 €
France Travail (convention d'objectifs) : 2500e
Région Auvergne-Rhône-Alpes : demande refusée""",
       people="1 conseillère en insertion, 1 animatrice, 1 bénévole",
       res_territoire="12 femmes accompagnées : 5 en emploi, 3 en formation qualifiante six mois après.",
       res_centre="Un nouveau partenariat avec les entreprises du bassin.",
       res_habitants="Des femmes moins isolées, qui continuent à se voir après la fin du groupe.",
       limites="La garde d'enfants en horaires décalés reste un frein.",
       perspectives="Ouvrir un deuxième groupe à Gaillard.",
       funders=[
           F("Intercommunalité", 4000, "Annemasse Agglo : 4 000 €", alt=["Annemasse Agglo"]),
           F("Conseil départemental", 6500, "Département de la Haute-Savoie (PDI) : 6 500 €",
             alt=["Département de la Haute-Savoie", "PDI"]),
           F("Fonds européens", 5500, "FSE+ : 5 500 €", alt=["FSE+", "FSE", "Union européenne"]),
           F("France Travail", 2500, "France Travail (convention d'objectifs) : 2500e"),
       ],
       partners=[
           P("France Travail", "Les participantes sont orientées par France Travail"),
           P("Conseil départemental", "les conseillères du Pôle médico-social du Département",
             alt=["Pôle médico-social", "Département de la Haute-Savoie"]),
           P("CIDFF 74", "Le CIDFF 74 anime les séances", alt=["CIDFF"]),
           P("Les Petits Pas du Salève",
             "La crèche associative Les Petits Pas du Salève réserve trois places",
             alt=["Crèche Les Petits Pas du Salève"]),
           P("Transports Chablais Léman",
             "Trois entreprises ont accueilli des stagiaires : Transports Chablais Léman"),
           P("Fromagerie du Salève", "la Fromagerie du Salève et l'Hypermarché du Genevois"),
           P("Hypermarché du Genevois", "la Fromagerie du Salève et l'Hypermarché du Genevois"),
       ],
       excluded=X(
           funders=["Région Auvergne-Rhône-Alpes (demande refusée)"],
           partners=["Nathalie (individual volunteer coach)", "Gaillard (Perspectives only, a town)",
                     "Annemasse Agglo, FSE+ (funders only)"])),

    # Z20 Aude, town + villages. Funders in brackets inside one sentence ("Grâce à la Ville de
    # Carcassonne (2 000 €) et à Carcassonne Agglo (3 000 €)"), then "la MSA Grand Sud verse
    # 1 800 € et la CPAM de l'Aude 2 200 € par an", a funded half post "18 500 € par an"; the Caf
    # only sends an agent (partner, NOT funder; merged with the declared item); MSA and CPAM
    # funders AND partners; CIDFF, UDAF's Point conseil budget; a lawyer (individual); mairie
    # secretaries as generic relays.
    mk("Z20", "Le Bus des droits : permanences itinérantes dans les villages du Carcassonnais",
       "CENTRE SOCIAL LA CONQUE - Aude",
       dimension="Services", keywords=["Précarité", "Solidarité"],
       territory="Plusieurs communes", declared=["Caf", "MSA", "CPAM", "Commune"],
       resume="""\
Un minibus aménagé en bureau sillonne 14 villages de l'agglomération, un village différent chaque demi-journée. À bord, une travailleuse sociale du centre social et, selon les jours, un agent de la Caf, de la MSA ou de la CPAM aident les habitants à ouvrir leurs droits, remplir un dossier ou régler un problème de paiement.""",
       experience="""\
Le planning est construit avec les secrétaires de mairie, qui relaient les passages. Le CIDFF de l'Aude assure une permanence juridique une fois par mois. Le Point conseil budget de l'UDAF de l'Aude reçoit les personnes endettées.
Mme Sabatier, avocate à Carcassonne, assure gratuitement une consultation par mois.""",
       financial="""\
Grâce à la Ville de Carcassonne (2 000 €) et à Carcassonne Agglo (3 000 €), le minibus a été aménagé en 2023. En fonctionnement, la MSA Grand Sud verse 1 800 € et la CPAM de l'Aude 2 200 € par an. Le Département de l'Aude finance 0,5 poste de travailleuse sociale : 18 500 € par an.""",
       people="1 travailleuse sociale (0,5 ETP), 1 chauffeur-accueillant, les agents des organismes",
       res_territoire="640 personnes reçues en 2024, dont 40 % de plus de 60 ans.",
       res_centre="Le centre social est présent dans les villages au-delà de son quartier.",
       res_habitants="Des droits ouverts sans faire 30 km ; des dossiers débloqués.",
       limites="Pas de connexion internet dans certains villages.",
       perspectives="Ajouter une permanence de France Travail.",
       funders=[
           F("Commune", 2000, "Grâce à la Ville de Carcassonne (2 000 €)",
             alt=["Ville de Carcassonne"]),
           F("Intercommunalité", 3000, "à Carcassonne Agglo (3 000 €)", alt=["Carcassonne Agglo"]),
           F("MSA", 1800, "la MSA Grand Sud verse 1 800 €", alt=["MSA Grand Sud"]),
           F("CPAM", 2200, "la CPAM de l'Aude 2 200 € par an", alt=["CPAM de l'Aude"]),
           F("Conseil départemental", 18500,
             "Le Département de l'Aude finance 0,5 poste de travailleuse sociale : 18 500 € par an",
             alt=["Département de l'Aude"]),
       ],
       partners=[
           P("CAF", "un agent de la Caf, de la MSA ou de la CPAM aident les habitants"),
           P("MSA", "un agent de la Caf, de la MSA ou de la CPAM aident les habitants",
             alt=["MSA Grand Sud"]),
           P("CPAM", "un agent de la Caf, de la MSA ou de la CPAM aident les habitants",
             alt=["CPAM de l'Aude"]),
           P("CIDFF de l'Aude", "Le CIDFF de l'Aude assure une permanence juridique",
             alt=["CIDFF"]),
           P("UDAF de l'Aude", "Le Point conseil budget de l'UDAF de l'Aude reçoit",
             alt=["UDAF", "Point conseil budget"]),
       ],
       excluded=X(
           funders=["Caf (sends an agent: partner, not funder)"],
           partners=["Mme Sabatier (individual lawyer)", "secrétaires de mairie (generic relays)",
                     "travailleuse sociale (staff)", "France Travail (Perspectives only)",
                     "Ville de Carcassonne, Carcassonne Agglo, Département (funders only)"])),
]

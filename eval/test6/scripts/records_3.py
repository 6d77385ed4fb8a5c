"""Test set 6, fiches Z21-Z30 (text + hand annotation). Written blind: see ../README.md."""

from eval.sets.gold_helpers import B, F, P, X, mk
from eval.sets.spec import PAGE_SENTINEL

R3 = [
    # Z21 Seine-Maritime, urban. Sport-santé: "3 000 EUR" (ARS), "4K€" (a métropole by its own
    # name), "2.500 €" (Département), a mutuelle whose grant sits next to a refund paid to its
    # members (aid to individuals); the Ville lends the gymnasium for free (borderline funder +
    # partner); a hospital group, a Maison Sport-Santé, an association with "&" and digits; a
    # volunteer doctor (individual); participants' fee.
    mk("Z21", "Bouger sur ordonnance : marche nordique et gym douce au Mont-Gaillard",
       "CENTRE SOCIAL AGORA DU MONT-GAILLARD - Seine-Maritime",
       dimension="Services", keywords=["Santé", "Viellissement"],
       public=["Adultes", "Seniors"], territory="Un quartier",
       declared=["Commune", "Associations", "Autre"],
       resume="""\
Des habitants atteints de diabète, d'obésité ou de maladies cardiaques, adressés par leur médecin, pratiquent deux fois par semaine une activité physique adaptée : marche nordique sur les hauteurs du Havre et gym douce. Un bilan de forme est fait à l'entrée et à la sortie du cycle de 12 semaines.""",
       experience="""\
Les médecins traitants et le service de diabétologie du Groupe Hospitalier du Havre orientent les patients. Les séances sont encadrées par un enseignant en activité physique adaptée de l'association Estuaire Marche & Forme 76, et le Dr Lemaire, médecin du sport à la retraite, fait les bilans bénévolement.
La Maison Sport-Santé du Havre coordonne le parcours et reçoit chaque patient pour un entretien de motivation.""",
       description="""\
Le gymnase du Mont-Gaillard est mis à disposition gratuitement par la Ville du Havre pour la gym douce. Les bâtons de marche sont prêtés par l'association.""",
       financial="""\
ARS Normandie : 3 000 EUR
Le Havre Seine Métropole : 4K€
Département de la Seine-Maritime : 2.500 €
Mutuelle Estuaire Santé : 1 000 € (elle rembourse aussi 50 € par an de cotisation sportive à ses adhérents)
Cotisation : 20 € le cycle""",
       people="1 enseignant APA, 1 animatrice du centre, 1 médecin bénévole",
       res_territoire="3 cycles, 41 participants, 34 ont terminé le cycle.",
       res_centre="Un nouveau public, surtout masculin.",
       res_habitants="Perte de poids, meilleur souffle ; plusieurs participants continuent à marcher ensemble.",
       limites="Les créneaux de gymnase du soir sont complets.",
       perspectives="Un cycle d'aquagym avec la piscine du quartier.",
       funders=[
           F("Commune", None,
             "Le gymnase du Mont-Gaillard est mis à disposition gratuitement par la Ville du Havre",
             borderline=True, alt=["Ville du Havre"]),
           F("Intercommunalité", 4000, "Le Havre Seine Métropole : 4K€",
             alt=["Le Havre Seine Métropole"]),
           F("ARS", 3000, "ARS Normandie : 3 000 EUR", alt=["ARS Normandie"]),
           F("Conseil départemental", 2500, "Département de la Seine-Maritime : 2.500 €",
             alt=["Département de la Seine-Maritime"]),
           F("Mutuelle Estuaire Santé", 1000, "Mutuelle Estuaire Santé : 1 000 €"),
       ],
       partners=[
           P("Groupe Hospitalier du Havre",
             "le service de diabétologie du Groupe Hospitalier du Havre orientent les patients"),
           P("Estuaire Marche & Forme 76",
             "un enseignant en activité physique adaptée de l'association Estuaire Marche & Forme 76"),
           P("Maison Sport-Santé du Havre", "La Maison Sport-Santé du Havre coordonne le parcours",
             alt=["Maison Sport-Santé"]),
           P("Commune", "mis à disposition gratuitement par la Ville du Havre",
             alt=["Ville du Havre"]),
       ],
       excluded=X(
           funders=["Cotisation : 20 € le cycle (participants)",
                    "50 € par an remboursés aux adhérents de la mutuelle (aid to individuals)"],
           partners=["Dr Lemaire (individual)", "médecins traitants (generic)",
                     "enseignant APA (agent of the association)",
                     "piscine du quartier (Perspectives only, unnamed)",
                     "Le Havre Seine Métropole, ARS, Département, Mutuelle Estuaire Santé (funders only)"])),

    # Z22 Hauts-de-Seine, urban. A PAGE HEADER inside the Résumé; Cité éducative as the largest
    # funder and also a borderline partner (its platform); an EPT by its own name and acronym in
    # brackets; a company foundation's "mécénat de compétences et dons"; families' membership;
    # a university (its tutors, recruited with its service), an association with digits, two
    # lycées (their teachers orient pupils); Parcoursup (a platform).
    mk("Z22", "Tremplin bac : aide aux devoirs et tutorat étudiant pour les lycéens",
       "CENTRE SOCIAL LES ACACIAS - Hauts-de-Seine",
       dimension="Services", keywords=["éducation / scolarité"], public=["Jeunesse"],
       territory="Plusieurs quartiers",
       declared=["Education nationale", "Commune", "Intercommunalité"],
       resume=f"""\
Du lundi au jeudi, de 17 h à 20 h, 45 lycéens de seconde, première et terminale viennent travailler au centre social avec des étudiants tuteurs.
{PAGE_SENTINEL}
Pendant les vacances de printemps, des révisions intensives sont organisées pour les examens, et un accompagnement Parcoursup est proposé aux terminales avec leurs parents.""",
       experience="""\
Les tuteurs sont des étudiants de l'Université Paris Nanterre, recrutés avec le service de l'engagement étudiant, qui valide leur engagement par des crédits ECTS. L'association Tremplin Campus 92 forme les tuteurs à la méthodologie.
Les professeurs principaux du lycée Joliot-Curie et du lycée Louise-Michel orientent les élèves et participent aux bilans trimestriels.""",
       description="Les séances à distance du dimanche passent par la plateforme numérique de la Cité éducative de Nanterre.",
       financial="""\
Cité éducative de Nanterre : 8 000 €
Paris Ouest La Défense (POLD) : 3 500 €
Département des Hauts-de-Seine : 4 000 €
Ville de Nanterre : 3 000 €
Mécénat de compétences et dons de la Fondation d'entreprise Orion Conseil : 2 500 €
Adhésion des familles : 15 € par an""",
       people="1 coordinateur, 22 étudiants tuteurs",
       res_territoire="45 lycéens suivis ; 17 terminales sur 18 ont obtenu le bac.",
       res_centre="Des lycéens qui reviennent ensuite comme bénévoles.",
       res_habitants="Moins de décrochage en seconde ; des parents rassurés sur l'orientation.",
       limites="Les tuteurs partent en stage au deuxième semestre.",
       perspectives="Ouvrir aux élèves du lycée professionnel.",
       funders=[
           F("Commune", 3000, "Ville de Nanterre : 3 000 €", alt=["Ville de Nanterre"]),
           F("Intercommunalité", 3500, "Paris Ouest La Défense (POLD) : 3 500 €",
             alt=["Paris Ouest La Défense", "POLD"]),
           F("Cité éducative", 8000, "Cité éducative de Nanterre : 8 000 €",
             alt=["Cité éducative de Nanterre", "État", "Éducation nationale"]),
           F("Conseil départemental", 4000, "Département des Hauts-de-Seine : 4 000 €",
             alt=["Département des Hauts-de-Seine"]),
           F("Fondation d'entreprise Orion Conseil", 2500,
             "Mécénat de compétences et dons de la Fondation d'entreprise Orion Conseil : 2 500 €",
             alt=["Orion Conseil"]),
       ],
       partners=[
           P("Université Paris Nanterre",
             "des étudiants de l'Université Paris Nanterre, recrutés avec le service de l'engagement étudiant"),
           P("Tremplin Campus 92", "L'association Tremplin Campus 92 forme les tuteurs"),
           P("Lycée Joliot-Curie",
             "Les professeurs principaux du lycée Joliot-Curie et du lycée Louise-Michel orientent les élèves"),
           P("Lycée Louise-Michel",
             "Les professeurs principaux du lycée Joliot-Curie et du lycée Louise-Michel orientent les élèves"),
           P("Cité éducative", "la plateforme numérique de la Cité éducative de Nanterre",
             borderline=True, alt=["Cité éducative de Nanterre"]),
       ],
       excluded=X(
           funders=["Adhésion des familles : 15 € par an (participants)"],
           partners=["professeurs principaux (staff of the annotated lycées)",
                     "service de l'engagement étudiant (part of the university, annotated)",
                     "Parcoursup (a platform)", "lycée professionnel (Perspectives only, unnamed)",
                     "Paris Ouest La Défense, Département, Ville, Fondation Orion Conseil (funders only)"])),

    # Z23 Deux-Sèvres, rural EVS. Terminée with a reason; an EMPTY declared-partner list; a
    # communauté de communes; a cheese dairy's "Mécénat … : 300 € et le fromage" (required
    # funder); the mairie lending its hall (borderline funder + partner); the hat collection
    # for the storyteller (participants); the EVS budget; a patois association, a theatre
    # company (its storyteller is not the partner); farms as venues; people's names.
    mk("Z23", "Les veillées de Gâtine : contes, chants et soupe au coin du feu",
       "EVS LES GRANGES DE GÂTINE - Deux-Sèvres",
       status="Terminée",
       reason="Fin du cycle d'hiver 2023-2024. L'action reprendra en novembre sous une autre forme (voir perspectives).",
       keywords=["Culture", "intergénérationnel"], initiative=["Un habitant"],
       territory="Plusieurs communes", declared=[],
       resume="""\
De novembre à mars, une veillée par mois dans une ferme ou une salle de village : un conteur, des chanteurs du coin, une soupe préparée par les habitants, et la parole donnée aux anciens pour raconter la vie d'autrefois en Gâtine.""",
       experience="""\
L'idée vient de Marcelle, 81 ans, qui se souvenait des veillées de son enfance. Les contes ont été collectés avec l'association La Parlanjhe de Gâtine, qui fait vivre le patois poitevin.
Le conteur, Jean-Louis Bodin, est salarié de la compagnie Contes à Rebours, avec qui nous avons une convention.
Les fermes Guérineau à Vernoux-en-Gâtine et du Grand Bois à Secondigny nous ont accueillis ; la mairie d'Allonne prête sa salle pour les veillées de décembre et janvier.""",
       financial="""\
Communauté de communes de Parthenay-Gâtine : 1 200 €
Mécénat de la Fromagerie du Thouet : 300 € et le fromage des soupes
Chapeau à la sortie : 480 € (reversés au conteur)
Le reste sur le budget de l'EVS.""",
       people="1 animatrice, 1 conteur, une dizaine de bénévoles pour la soupe",
       res_territoire="5 veillées, 60 à 110 personnes chacune.",
       res_habitants="Les anciens ont pris la parole ; des jeunes couples installés récemment ont rencontré le voisinage.",
       perspectives="Des veillées plus courtes, en après-midi, pour les personnes qui ne conduisent plus la nuit.",
       funders=[
           F("Commune", None, "la mairie d'Allonne prête sa salle", borderline=True,
             alt=["Mairie d'Allonne"]),
           F("Intercommunalité", 1200, "Communauté de communes de Parthenay-Gâtine : 1 200 €",
             alt=["Communauté de communes de Parthenay-Gâtine"]),
           F("Fromagerie du Thouet", 300, "Mécénat de la Fromagerie du Thouet : 300 €"),
       ],
       partners=[
           P("La Parlanjhe de Gâtine", "collectés avec l'association La Parlanjhe de Gâtine"),
           P("Contes à Rebours", "salarié de la compagnie Contes à Rebours, avec qui nous avons une convention"),
           P("Commune", "la mairie d'Allonne prête sa salle", alt=["Mairie d'Allonne"]),
       ],
       excluded=X(
           funders=["Chapeau à la sortie (participants)", "budget de l'EVS (the structure)"],
           partners=["Marcelle (individual)", "Jean-Louis Bodin (individual; his company is annotated)",
                     "fermes Guérineau, du Grand Bois (venues)",
                     "Communauté de communes, Fromagerie du Thouet (funders only)"])),

    # Z24 Cher, town. A "Budget prévisionnel 2024 (produits)" with CERFA account numbers typed
    # as text, funders indented under "74 - Subventions :" with the amount at the end of the
    # line (Région with a scheme name in « », a communauté de communes by its own name, the
    # Ville, a foundation); own sales, members' fees and volunteer time; "Total 17 450 €";
    # the Caf "doit se prononcer en juin" (PENDING); a ressourcerie, an ESAT, the GRETA;
    # donated machines from inhabitants.
    mk("Z24", "La Fabrique à Retouches : atelier couture et réemploi textile",
       "CENTRE SOCIAL DE LA FORÊT - Cher",
       dimension="Accompagnement de projets",
       keywords=["développement durable", "Emploi, économie", "Solidarité"],
       public=["Adultes"], declared=["Commune", "Associations", "Autre"],
       resume="""\
Un atelier de couture ouvert trois après-midi par semaine : des habitantes apprennent à coudre, retoucher et transformer des vêtements, et proposent un service de retouches à petit prix aux habitants du quartier. Les tissus viennent de dons et de la ressourcerie.""",
       experience="""\
L'atelier est animé par une couturière salariée et des bénévoles. La Ressourcerie La Navette nous réserve les textiles abîmés et reprend ce que nous ne pouvons pas utiliser. L'ESAT Les Ateliers du Canal découpe les chutes de tissu pour les ateliers de rembourrage.
Quatre habitantes ont préparé le CAP couture en candidates libres avec le GRETA du Cher.
Les machines à coudre ont été données par des habitantes.""",
       financial="""\
Budget prévisionnel 2024 (produits)
70 - Ventes de retouches : 1 900 €
74 - Subventions :
   Région Centre-Val de Loire (« À vos ID ») 4 500 €
   Vierzon Sologne Berry 3 000 €
   Ville de Vierzon 2 000 €
   Fondation du Fil Solidaire 2 500 €
75 - Cotisations des adhérentes : 350 €
86 - Contributions volontaires (bénévolat) : 3 200 €
Total 17 450 €
La Caf du Cher doit se prononcer en juin sur une aide complémentaire.""",
       people="1 couturière salariée (0,6 ETP), 7 bénévoles",
       res_territoire="380 retouches réalisées, 1,2 tonne de textile détournée de la benne.",
       res_centre="Une activité qui attire des femmes qui ne venaient pas au centre.",
       res_habitants="Quatre CAP obtenus ; des vêtements réparés au lieu d'être jetés.",
       limites="Le local est trop petit pour plus de six machines.",
       perspectives="Une boutique éphémère au marché de Noël.",
       funders=[
           F("Commune", 2000, "Ville de Vierzon 2 000 €", alt=["Ville de Vierzon"]),
           F("Intercommunalité", 3000, "Vierzon Sologne Berry 3 000 €",
             alt=["Vierzon Sologne Berry", "Communauté de communes Vierzon-Sologne-Berry"]),
           F("Région", 4500, "Région Centre-Val de Loire (« À vos ID ») 4 500 €",
             alt=["Région Centre-Val de Loire"]),
           F("Fondation du Fil Solidaire", 2500, "Fondation du Fil Solidaire 2 500 €"),
       ],
       partners=[
           P("Ressourcerie La Navette", "La Ressourcerie La Navette nous réserve les textiles abîmés",
             alt=["La Navette"]),
           P("ESAT Les Ateliers du Canal", "L'ESAT Les Ateliers du Canal découpe les chutes de tissu",
             alt=["Les Ateliers du Canal"]),
           P("GRETA du Cher", "avec le GRETA du Cher", alt=["GRETA"]),
       ],
       budget=B(17450, "Total 17 450 €"),
       excluded=X(
           funders=["70 - Ventes de retouches (own sales)",
                    "75 - Cotisations des adhérentes (participants)",
                    "86 - Contributions volontaires (volunteer time valued)",
                    "Caf du Cher (doit se prononcer en juin: pending)",
                    "machines données par des habitantes (individuals)"],
           partners=["couturière, bénévoles, habitantes (individuals)",
                     "marché de Noël (Perspectives only, an event)",
                     "Région, Vierzon Sologne Berry, Ville, Fondation du Fil Solidaire (funders only)"])),

    # Z25 Haut-Rhin, urban. Terminée with a reason; the Collectivité européenne d'Alsace named
    # ONLY as "CeA"; an agglomeration "(contrat de ville) : 1 500 € et l'impression du livret",
    # also a partner through its communication service (merged with the declared item); a fonds
    # de dotation; participants' 3 € per meal; a résidence seniors, an association; the
    # centre's own périscolaire.
    mk("Z25", "Cuisines d'Europe et d'ailleurs : repas partagés entre voisins",
       "CENTRE SOCIOCULTUREL LES ROSELIÈRES - Haut-Rhin",
       status="Terminée",
       reason="Action terminée en juin 2024 : le groupe a édité son livret et souhaite passer à un autre projet (un jardin partagé).",
       keywords=["Intégration", "Mixité sociale", "Europe et International"],
       territory="Un quartier", declared=["Intercommunalité", "Associations"],
       resume="""\
Un jeudi sur deux, un habitant ou une habitante fait découvrir la cuisine de son pays ou de sa région à une dizaine de voisins : Alsace, Turquie, Portugal, Kosovo, Maroc, Ukraine… Les recettes ont été rassemblées dans un livret illustré par les enfants du périscolaire.""",
       experience="""\
Les ateliers ont lieu dans la cuisine de la résidence seniors Les Aulnes, dont les résidents mangent avec nous. L'association Ukraine Colmar Entraide a rejoint le groupe en 2023.
Le livret a été mis en page par le service communication de Colmar Agglomération.""",
       financial="""\
CeA : 2 000 €
Colmar Agglomération (contrat de ville) : 1 500 € et l'impression du livret
Fonds de dotation Rhin Vivant : 1 000 €
Les ingrédients sont achetés par le centre ; les participants donnent 3 € par repas.""",
       people="1 animatrice, les cuisiniers du jour, 4 bénévoles",
       res_territoire="22 repas, 14 cuisines différentes, 230 couverts.",
       res_centre="Un groupe d'habitants mobilisé qui porte maintenant son propre projet.",
       res_habitants="Des voisins qui se saluent et s'entraident.",
       limites="La cuisine de la résidence n'est disponible que le jeudi.",
       perspectives="Jardin partagé au pied des immeubles.",
       funders=[
           F("Intercommunalité", 1500, "Colmar Agglomération (contrat de ville) : 1 500 €",
             alt=["Colmar Agglomération"]),
           F("Collectivité européenne d'Alsace", 2000, "CeA : 2 000 €",
             alt=["CeA", "Conseil départemental"]),
           F("Fonds de dotation Rhin Vivant", 1000, "Fonds de dotation Rhin Vivant : 1 000 €",
             alt=["Rhin Vivant"]),
       ],
       partners=[
           P("Résidence seniors Les Aulnes",
             "la résidence seniors Les Aulnes, dont les résidents mangent avec nous",
             alt=["Résidence Les Aulnes"]),
           P("Ukraine Colmar Entraide", "L'association Ukraine Colmar Entraide a rejoint le groupe"),
           P("Intercommunalité", "mis en page par le service communication de Colmar Agglomération",
             alt=["Colmar Agglomération"]),
       ],
       excluded=X(
           funders=["participants : 3 € par repas", "ingrédients achetés par le centre (the structure)"],
           partners=["enfants du périscolaire (the centre's own service)",
                     "cuisiniers du jour (individual inhabitants)",
                     "CeA, Fonds de dotation Rhin Vivant (funders only)"])),

    # Z26 Gard, urban QPV. "Caf'Ados" (look-alike); the Caf's "prestation, sans montant affecté
    # à l'action" (funder, amount null) beside the REAAP with an amount; "mille euros" from a
    # mutuelle; an agglomeration by its own name; the Maison des adolescents (its psychologist),
    # a collège and its parents' association (FCPE), an association with digits, the police
    # (commissariat); collège staff and the referent (not partners).
    mk("Z26", "Parents d'ados, on en parle : groupe de parole et soirées-débats",
       "CENTRE SOCIAL PRÉS-SAINT-JEAN - Gard",
       keywords=["Parentalité", "éducation / scolarité"], public=["familles"],
       declared=["Caf", "Education nationale"],
       resume="""\
Un groupe de parole mensuel pour les parents d'adolescents, animé par une psychologue, et trois soirées-débats par an sur les écrans, le harcèlement et l'orientation. Le vendredi soir, le « Caf'Ados » accueille les 11-15 ans au rez-de-chaussée pendant que leurs parents se retrouvent à l'étage.""",
       experience="""\
Le groupe de parole est coanimé par notre référente familles et une psychologue de la Maison des adolescents du Gard.
Les soirées-débats sont préparées avec le collège Jean-Moulin d'Alès (la CPE et deux professeurs) et l'association de parents d'élèves FCPE du collège. Sur le harcèlement, l'association Bouclier Numérique 30 est intervenue ; le commissariat d'Alès (brigade de protection des familles) a animé la soirée sur les réseaux sociaux.""",
       financial="""\
REAAP du Gard : 2 400 €
Caf du Gard (animation collective familles) : prestation, sans montant affecté à l'action
Alès Agglomération : 1 500 €
Ville d'Alès : 1 000 €
Mutuelle des Cévennes Solidaires : mille euros pour les soirées-débats""",
       people="La référente familles, 1 psychologue (MDA), 2 animateurs jeunesse",
       res_territoire="3 soirées, 150 parents ; 14 parents réguliers au groupe de parole.",
       res_centre="Le lien avec le collège s'est renforcé.",
       res_habitants="Des parents moins seuls face aux conflits avec leurs ados.",
       limites="Peu de pères au groupe de parole.",
       perspectives="Une soirée spéciale pères.",
       funders=[
           F("Commune", 1000, "Ville d'Alès : 1 000 €", alt=["Ville d'Alès"]),
           F("Intercommunalité", 1500, "Alès Agglomération : 1 500 €", alt=["Alès Agglomération"]),
           F("REAAP", 2400, "REAAP du Gard : 2 400 €", alt=["REAAP du Gard"]),
           F("CAF", None, "Caf du Gard (animation collective familles) : prestation",
             alt=["Caf du Gard"]),
           F("Mutuelle des Cévennes Solidaires", 1000,
             "Mutuelle des Cévennes Solidaires : mille euros"),
       ],
       partners=[
           P("Maison des adolescents du Gard", "une psychologue de la Maison des adolescents du Gard",
             alt=["Maison des adolescents"]),
           P("Collège Jean-Moulin", "préparées avec le collège Jean-Moulin d'Alès",
             alt=["Collège Jean-Moulin d'Alès"]),
           P("FCPE", "l'association de parents d'élèves FCPE du collège"),
           P("Bouclier Numérique 30", "l'association Bouclier Numérique 30 est intervenue"),
           P("Police nationale",
             "le commissariat d'Alès (brigade de protection des familles) a animé la soirée",
             alt=["Commissariat d'Alès"]),
       ],
       excluded=X(
           funders=["Caf'Ados (look-alike)"],
           partners=["psychologue (agent of the Maison des adolescents, annotated)",
                     "CPE, professeurs (staff of the collège, annotated)",
                     "référente familles (staff)",
                     "REAAP, Caf, Alès Agglomération, Ville, Mutuelle (funders only)"])),

    # Z27 Ille-et-Vilaine, rural EVS. Conférence des financeurs "(CFPPA 35)", Carsat, an
    # agglomeration's grant as a RANGE "entre 1 000 et 1 500 €", Agirc-Arrco; CLIC, ADMR and
    # the MSA's social workers (MSA partner only, merged with the declared item); La Poste's
    # postmen (borderline partner); a national charter (MONALISA), an event (Semaine bleue),
    # a commercial service; initiative by partners.
    mk("Z27", "Vieillir chez soi au pays de Redon : visites de convivialité à domicile",
       "EVS LA MAISON DU CANAL - Ille-et-Vilaine",
       dimension="Services", keywords=["Viellissement", "Solidarité", "intergénérationnel"],
       public=["Seniors"], initiative=["Un ou plusieurs partenaire(s)"],
       territory="Plusieurs communes", declared=["MSA", "Intercommunalité", "Associations"],
       resume="""\
Des bénévoles formés rendent visite chaque semaine à des personnes âgées isolées à leur domicile : discuter, jouer, sortir faire un tour, accompagner au marché. 34 binômes bénévole-aîné sont actifs sur 8 communes.""",
       experience="""\
Les personnes sont repérées par le CLIC du Pays de Redon, l'ADMR de Redon et les travailleurs sociaux de la MSA Portes de Bretagne. Les bénévoles signent la charte MONALISA et sont formés à l'écoute par l'équipe de l'EVS.
Les facteurs de La Poste signalent aussi des situations dans le cadre du service « Veiller sur mes parents ».
En octobre, un goûter pendant la Semaine bleue réunit aînés et bénévoles.""",
       financial="""\
Conférence des financeurs d'Ille-et-Vilaine (CFPPA 35) : 5 000 €
Carsat Bretagne : 2 000 €
Redon Agglomération : entre 1 000 et 1 500 € selon le nombre de communes couvertes
Agirc-Arrco (action sociale) : 1 800 €""",
       people="1 coordinatrice (0,5 ETP), 38 bénévoles",
       res_territoire="34 binômes actifs, 1 300 visites en 2024.",
       res_centre="Le réseau de bénévoles de l'EVS a doublé.",
       res_habitants="Des aînés qui attendent la visite et sortent à nouveau de chez eux.",
       limites="Les bénévoles sont surtout dans les bourgs ; les hameaux sont moins couverts.",
       perspectives="Des visites par des jeunes en service civique.",
       funders=[
           F("Intercommunalité", None, "Redon Agglomération : entre 1 000 et 1 500 €",
             alt=["Redon Agglomération"], rng=(1000, 1500)),
           F("Conférence des financeurs de la prévention de la perte d'autonomie", 5000,
             "Conférence des financeurs d'Ille-et-Vilaine (CFPPA 35) : 5 000 €",
             alt=["Conférence des financeurs", "CFPPA", "CFPPA 35"]),
           F("CARSAT", 2000, "Carsat Bretagne : 2 000 €", alt=["Carsat Bretagne"]),
           F("Agirc-Arrco", 1800, "Agirc-Arrco (action sociale) : 1 800 €"),
       ],
       partners=[
           P("CLIC du Pays de Redon", "repérées par le CLIC du Pays de Redon", alt=["CLIC"]),
           P("ADMR de Redon", "l'ADMR de Redon", alt=["ADMR"]),
           P("MSA", "les travailleurs sociaux de la MSA Portes de Bretagne",
             alt=["MSA Portes de Bretagne"]),
           P("La Poste", "Les facteurs de La Poste signalent aussi des situations", borderline=True),
       ],
       excluded=X(
           funders=[],
           partners=["charte MONALISA (a charter / national scheme)", "Semaine bleue (an event)",
                     "« Veiller sur mes parents » (a commercial service)",
                     "facteurs (agents of La Poste)", "bénévoles (individuals)",
                     "Redon Agglomération, Conférence des financeurs, Carsat, Agirc-Arrco (funders only)"])),

    # Z28 Moselle, cross-border. A German title; OFAJ through the "Fonds citoyen
    # franco-allemand (OFAJ)" (funder) that also trains the language facilitator (borderline
    # partner); an agglomeration by its own name; a cross-border body (Eurodistrict) with a
    # micro-project fund; a German children's house, an école lending its hall, a coach
    # company; families' per-day fees. Page header after the fiche.
    mk("Z28", "Kinder ohne Grenzen : ateliers franco-allemands pour les 8-12 ans",
       "CENTRE SOCIAL DU WIESBERG - Moselle",
       keywords=["Europe et International", "Culture"], public=["Enfance"],
       territory="Plusieurs communes",
       declared=["Intercommunalité", "Conseil départemental", "Associations"],
       page_header_after=True,
       resume="""\
Six mercredis et une semaine de vacances par an, 16 enfants de Forbach et 16 enfants de Sarrebruck-Malstatt se retrouvent alternativement de chaque côté de la frontière pour des ateliers de théâtre, de cuisine et de sport, en français et en allemand.""",
       experience="""\
Le projet est porté avec la Kinderhaus Malstatt, maison de l'enfance de Sarrebruck, dont les éducatrices coaniment les ateliers. Une animatrice linguistique formée par l'OFAJ accompagne chaque rencontre.
L'école du Wiesberg informe les familles et prête sa salle de motricité. Le transport est assuré par la société Saar-Lor Reisen.""",
       financial="""\
Fonds citoyen franco-allemand (OFAJ) : 3 800 €
Forbach Porte de France : 2 000 €
Département de la Moselle : 1 500 €
Eurodistrict SaarMoselle (fonds de microprojets) : 2 700 €
Participation des familles : 5 € par mercredi, 40 € la semaine""",
       people="2 animatrices du centre, 2 éducatrices de la Kinderhaus, 1 animatrice linguistique",
       res_territoire="32 enfants, 7 rencontres dont une semaine de vacances à Sarrebruck.",
       res_centre="Un partenariat transfrontalier durable.",
       res_habitants="Des enfants qui n'avaient jamais passé la frontière ; des familles qui se sont revues l'été.",
       limites="La barrière de la langue chez les parents.",
       perspectives="Un séjour commun dans les Vosges.",
       funders=[
           F("Intercommunalité", 2000, "Forbach Porte de France : 2 000 €",
             alt=["Forbach Porte de France"]),
           F("Conseil départemental", 1500, "Département de la Moselle : 1 500 €",
             alt=["Département de la Moselle"]),
           F("OFAJ", 3800, "Fonds citoyen franco-allemand (OFAJ) : 3 800 €",
             alt=["Office franco-allemand pour la Jeunesse", "Fonds citoyen franco-allemand"]),
           F("Eurodistrict SaarMoselle", 2700,
             "Eurodistrict SaarMoselle (fonds de microprojets) : 2 700 €", alt=["Eurodistrict"]),
       ],
       partners=[
           P("Kinderhaus Malstatt", "Le projet est porté avec la Kinderhaus Malstatt"),
           P("École du Wiesberg", "L'école du Wiesberg informe les familles et prête sa salle de motricité"),
           P("Saar-Lor Reisen", "Le transport est assuré par la société Saar-Lor Reisen"),
           P("OFAJ", "Une animatrice linguistique formée par l'OFAJ", borderline=True,
             alt=["Office franco-allemand pour la Jeunesse"]),
       ],
       excluded=X(
           funders=["Participation des familles : 5 € par mercredi, 40 € la semaine (participants)"],
           partners=["éducatrices (agents of the Kinderhaus)", "animatrice linguistique (individual)",
                     "Forbach Porte de France, Département, Eurodistrict (funders only)"])),

    # Z29 Pyrénées-Orientales, urban QPV. NBSP and narrow-NBSP thousands separators; ARS;
    # CPAM "2 500 € (+ indemnisation … 10 € de l'heure)" (the fixed figure is kept; the hourly
    # allowance goes to individuals), the CPAM also holds a stand (partner, merged with the
    # declared item); a métropole "(contrat de ville)"; CRCDC, an association with digits, a
    # hospital, the PMI (own node); a GP (individual).
    mk("Z29", "Les ambassadrices santé : médiation et dépistage avec les mamans du Vernet",
       "CENTRE SOCIAL DU VERNET - Pyrénées-Orientales",
       keywords=["Santé", "Intégration", "Précarité"], public=["Adultes", "familles"],
       territory="Un quartier", declared=["CPAM", "Associations", "Autre"],
       resume="""\
Huit mères du quartier, formées pendant 40 heures, sont devenues « ambassadrices santé » : elles informent leurs voisines sur les dépistages des cancers, la vaccination, les droits à la complémentaire santé, et les accompagnent si besoin à leur premier rendez-vous.""",
       experience="""\
La formation a été assurée par le CRCDC Occitanie (site des Pyrénées-Orientales) et par l'association Promo Santé 66. Les ambassadrices ont participé à deux journées de dépistage organisées avec le Centre hospitalier de Perpignan, et la PMI de Perpignan-Nord pour les vaccinations des enfants. La CPAM tient un stand à chaque journée.
Le Dr Roca, médecin généraliste du quartier, a rejoint le comité de suivi.""",
       financial="""\
ARS Occitanie : 6 000 €
CPAM des Pyrénées-Orientales : 2 500 € (+ indemnisation des ambassadrices : 10 € de l'heure de formation)
Perpignan Méditerranée Métropole (contrat de ville) : 3\u202f000 €
Ville de Perpignan : 1\u00a0200 €""",
       people="1 coordinatrice, 8 ambassadrices",
       res_territoire="2 journées de dépistage, 140 personnes reçues ; 63 femmes ont fait une mammographie.",
       res_centre="Le centre social devient un relais santé reconnu.",
       res_habitants="Des femmes qui n'avaient jamais fait de dépistage l'ont fait ; les ambassadrices ont pris confiance.",
       limites="Certaines ambassadrices ont trouvé un emploi et ont quitté l'action.",
       perspectives="Former une deuxième promotion.",
       funders=[
           F("Commune", 1200, "Ville de Perpignan : 1\u00a0200 €", alt=["Ville de Perpignan"]),
           F("Intercommunalité", 3000,
             "Perpignan Méditerranée Métropole (contrat de ville) : 3\u202f000 €",
             alt=["Perpignan Méditerranée Métropole"]),
           F("ARS", 6000, "ARS Occitanie : 6 000 €", alt=["ARS Occitanie"]),
           F("CPAM", 2500, "CPAM des Pyrénées-Orientales : 2 500 €",
             alt=["CPAM des Pyrénées-Orientales"]),
       ],
       partners=[
           P("CRCDC Occitanie", "La formation a été assurée par le CRCDC Occitanie", alt=["CRCDC"]),
           P("Promo Santé 66", "par l'association Promo Santé 66"),
           P("Centre hospitalier de Perpignan", "organisées avec le Centre hospitalier de Perpignan"),
           P("PMI", "la PMI de Perpignan-Nord pour les vaccinations", alt=["PMI de Perpignan-Nord"]),
           P("CPAM", "La CPAM tient un stand à chaque journée", alt=["CPAM des Pyrénées-Orientales"]),
       ],
       excluded=X(
           funders=["indemnisation des ambassadrices : 10 € de l'heure (paid to individuals)"],
           partners=["Dr Roca (individual)", "ambassadrices (inhabitants)",
                     "ARS Occitanie, Perpignan Méditerranée Métropole, Ville (funders only)"])),

    # Z30 Lozère, rural EVS. NO REQUIRED FUNDER: EMPTY status and EMPTY dimension; "Aucune
    # subvention spécifique" (fonds propres, bread sales); FDVA "n'a pas été retenue" (REFUSED);
    # the mairie supplying sand and lime (gift in kind: borderline funder) and owner of the oven
    # (partner); a dry-stone association; an école whose pupils only baked (borderline partner);
    # empty result fields; a volunteer mason and a teacher (individuals).
    mk("Z30", "Le four du village : chantier participatif et fournées partagées",
       "EVS DE L'AUBRAC LOZÉRIEN - Lozère",
       status=None, dimension=None, keywords=["intergénérationnel", "Culture"],
       initiative=["Un groupe d'habitants"], declared=["Commune", "Associations"],
       resume="""\
Le four banal de Nasbinals, inutilisé depuis 1962, a été restauré par les habitants lors de trois week-ends de chantier. Depuis, une fournée a lieu le premier samedi du mois : chacun apporte sa pâte, on cuit ensemble, on partage la soupe.""",
       experience="""\
Le chantier a été encadré par un maçon bénévole et par l'association Pierres Sèches de l'Aubrac, qui a formé les volontaires à la restauration de la voûte. La mairie de Nasbinals, propriétaire du four, a fourni le sable et la chaux.
Les élèves de l'école publique de Nasbinals ont fait leur pain en juin avec leur institutrice.""",
       description="Les fournées sont annoncées par affichage et sur la page de l'EVS.",
       financial="""\
Aucune subvention spécifique : fonds propres de l'EVS et vente de pain lors des fournées (420 € en 2024).
La demande au FDVA n'a pas été retenue.""",
       people="1 animatrice, 25 habitants sur le chantier",
       res_habitants="Un lieu de rencontre retrouvé au centre du village.",
       perspectives="Une fête du pain en août avec les villages voisins.",
       funders=[
           F("Commune", None, "La mairie de Nasbinals, propriétaire du four, a fourni le sable et la chaux",
             borderline=True, alt=["Mairie de Nasbinals"]),
       ],
       partners=[
           P("Pierres Sèches de l'Aubrac",
             "l'association Pierres Sèches de l'Aubrac, qui a formé les volontaires"),
           P("Commune", "La mairie de Nasbinals, propriétaire du four", alt=["Mairie de Nasbinals"]),
           P("École publique de Nasbinals", "Les élèves de l'école publique de Nasbinals ont fait leur pain",
             borderline=True, alt=["École de Nasbinals"]),
       ],
       excluded=X(
           funders=["FDVA (n'a pas été retenue: refused)",
                    "fonds propres de l'EVS, vente de pain (the structure, own sales)"],
           partners=["maçon bénévole, institutrice (individuals)",
                     "villages voisins (Perspectives only, generic)"])),
]

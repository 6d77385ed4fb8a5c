from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from loader.extract import extract
from loader.gazetteer import find_orgs
from loader.parse import parse_export
from loader.records import Evidence, Field, Line, Org, Record

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def fiches():
    return [extract(r, ner=False) for r in parse_export(DATA / "fiches-funding.txt")]


def test_funders_with_tied_amounts_and_local_bodies(fiches) -> None:
    first = fiches[0]
    assert [(f.funder.key, f.amount, f.body.label if f.body else None)
            for f in first.fundings] == [
        ("msa", None, "MSA de l'Ariège"),  # 12.500€ is the budget, not the MSA's share
        ("reaap", Decimal(2700), None),
        ("caf", Decimal(3000), "CAF de l'Ariège"),  # 40€/personne is a rate
    ]
    assert first.fundings[1].evidence == Evidence(
        "financial_resources", 34,
        "Une subvention REAAP a été accordée pour un montant de 2 700 euros.", "text")


def test_no_funder_from_cafe_structure_name_words_or_negation(fiches) -> None:
    keys = {f.funder.key for f in fiches[0].fundings}
    assert "region" not in keys  # "faute de financement de la Région"
    assert [m.org.key for m in find_orgs("un café, le programme Msamedi, en bon état")] == []


def test_budget_table_labels_take_the_number_below(fiches) -> None:
    second = fiches[1]
    assert [(f.funder.key, f.amount, f.evidence.line, f.evidence.quote)
            for f in second.fundings] == [
        ("caf", Decimal(4000), 72, "Subvention Caf\n4000"),  # exact text: label, then number
        ("fipdr", Decimal(8000), 74, "Etat : FIPDR 2024\n8 000"),  # FIPDR, not also État
    ]
    assert second.budget is not None and second.budget.amount == Decimal(12450)


def test_budget_from_a_sentence(fiches) -> None:
    assert fiches[0].budget is not None
    assert (fiches[0].budget.amount, fiches[0].budget.evidence.line) == (Decimal(12500), 33)


def test_partners_declared_and_found_in_text(fiches) -> None:
    first = fiches[0]
    assert [(p.partner.key, p.body.label if p.body else None, p.evidence.method,
             p.evidence.line) for p in first.partnerships] == [
        ("conseil-departemental", "Conseil départemental de l'Ariège", "declared", 26),
        ("pmi", "PMI de l'Ariège", "text", 20),  # its own body, not the Département
        ("petits-pas", None, "text", 20),
        ("lycee-jean-jaures", None, "text", 20),
    ]


def test_partners_from_an_enumeration(fiches) -> None:
    assert [p.partner for p in fiches[1].partnerships] == [
        Org("commune", "Commune", "collectivite"),
        Org("ccas", "CCAS", "collectivite"),
        Org("zigzag", "Compagnie Zigzag", "association"),
        Org("francas", "Francas", "association"),
        Org("ludotheque-arlequin", "Ludothèque Arlequin", "autre"),
    ]


def test_ner_finds_organisations_in_partnering_sentences() -> None:
    (record,) = [r for r in parse_export(DATA / "fiches-funding.txt")][:1]
    with_ner = {p.partner.key for p in extract(record, ner=True).partnerships}
    assert {"conseil-departemental", "petits-pas", "lycee-jean-jaures"} <= with_ner
    assert "dupont" not in with_ner


@pytest.fixture(scope="module")
def open_world():
    return [extract(r, ner=False) for r in parse_export(DATA / "fiches-open-world.txt")]


def test_funders_named_in_lines_without_a_colon(open_world) -> None:
    assert [(f.funder.label, f.funder.kind, f.amount, f.evidence.line)
            for f in open_world[0].fundings] == [
        ("Fondation Terres d'Ouest", "fondation", Decimal(2500), 38),  # "2.500€"
        ("Intercommunalité", "collectivite", Decimal(1800), 39),  # "(1 800 €) pour le matériel"
        ("Recyclerie Le Grenier", "autre", None, 40),  # a name no list knows, alone on its line
        ("Aquitanis", "autre", Decimal(600), 41),  # "600 € versés par Aquitanis"
        # "Nos sponsors X et Y ont donné 900 € au total": both pay, the sum is tied to neither
        ("Garage Dupuy Auto", "entreprise", None, 42),
        ("Boulangerie Le Fournil", "entreprise", None, 42),
        ("Fondation Lumière", "fondation", Decimal(700), 43),  # "Appel à projets X 2024 : …"
        # "Conférence des financeurs 1 800 €, Crédit Agricole 7 200 €": 7 200 is no name's part
        ("Conférence des financeurs", "fonds-dispositif", Decimal(1800), 44),
        ("Crédit Agricole", "entreprise", Decimal(7200), 44),
        ("CAF", "securite-sociale", Decimal(2000), 23),
    ]


def test_partners_are_the_bodies_that_act_at_the_start_of_a_sentence(open_world) -> None:
    assert [(p.partner.label, p.evidence.line) for p in open_world[0].partnerships] == [
        ("CIAS", 26),  # its own body, not the CCAS type label
        ("Mésolia", 22),  # "Les gardiens de Mésolia déposent…": its staff act for it
        ("Domofrance", 21),  # "Domofrance nous prête": a lone name, marked by what it does
        ("France Bénévolat Gironde", 25),  # "France" starts a body's name, not a person's
        ("Kita Sonnenschein de Rastatt", 27),  # "Nous travaillons avec"
    ]  # not the CAF, which only paid; not GRANGER, named in full as "Thomas GRANGER"


def test_budget_table_in_another_field_with_template_rows(open_world) -> None:
    assert [(f.funder.label, f.amount, f.evidence.quote) for f in open_world[1].fundings
            if f.evidence.field == "general_description"] == [
        ("Conseil départemental", Decimal(3500), "Pas-de-Calais\n3 500"),  # "Département(s) :"
        ("Fonds de dotation Mines Solidaires", Decimal(1500),
         "Fonds de dotation Mines Solidaires\n1 500"),
    ]  # "Région(s) :" then "Assurance 450" is a cost line, not the Région's grant
    # a budget table names no one who took part
    assert [p for p in open_world[1].partnerships
            if p.evidence.field == "general_description"] == []


def test_amounts_go_by_rank_to_the_subjects_listed_before_the_verb(open_world) -> None:
    # "La Ville de Lens et la Communauté d'agglomération de Lens-Liévin nous ont versé
    # respectivement 1 000 € et 2 000 €."
    assert [(f.funder.label, f.amount, f.body.label if f.body else None)
            for f in open_world[1].fundings if f.evidence.field == "description"] == [
        ("Commune", Decimal(1000), "Commune de Lens"),
        ("Intercommunalité", Decimal(2000), "Communauté d'agglomération de Lens - Liévin"),
        ("Fondation Roues Libres", None, None),  # "avec l'appui financier de"
    ]


def test_support_without_money_is_partnership(open_world) -> None:
    # "Avec l'appui de la Mission locale de Lens, les séances accueillent aussi des jeunes."
    assert [p.partner.label for p in open_world[1].partnerships
            if p.evidence.field == "description"] == ["Mission locale de Lens"]


def test_joint_sums_requested_amounts_and_sponsors_in_budget_lines(open_world) -> None:
    assert [(f.funder.label, f.amount, f.evidence.line) for f in open_world[1].fundings
            if f.evidence.field == "financial_resources"] == [
        # "Mutuelle Solidaris et Fondation Carmin : 1 200 € au total": tied to neither
        ("Mutuelle Solidaris", None, 99),
        ("Fondation Carmin", None, 99),
        ("ARS", Decimal(2000), 100),  # "3 000 € demandés, 2 000 € obtenus"
        ("Crédit Mutuel", Decimal(800), 101),  # "a sponsorisé les gilets (800 €)"
        ("Région", None, 101),  # "a prêté un minibus": the 800 € are not its own
    ]


def test_financial_lines_in_parts_tables_with_slashes_and_lists_without_verb(open_world) -> None:
    assert [(f.funder.label, f.amount, f.status, f.evidence.line)
            for f in open_world[2].fundings] == [
        # "Fondation Pierre Vive 2 000 € ; ECLA … 3 000 €. Département du Jura : réponse
        # attendue en juin.": each part its own amount and status
        ("Fondation Pierre Vive", Decimal(2000), "obtenu", 144),
        ("Intercommunalité", Decimal(3000), "obtenu", 144),
        ("Conseil départemental", None, "demande", 144),
        ("Mutuelle Jurassienne", Decimal(900), "obtenu", 146),  # "Financeur / Montant" rows
        # "La Caf du Jura nous verse 4 000 €, la Fondation Arc-en-Ciel 1 200 € et la MSA 800 €"
        ("CAF", Decimal(4000), "obtenu", 147),
        ("Fondation Arc-en-Ciel", Decimal(1200), "obtenu", 147),
        ("MSA", Decimal(800), "obtenu", 147),
        # "Fondation Léa (500 €) et Fonds de dotation Lacustre (700 €) financent les sorties."
        ("Fondation Léa", Decimal(500), "obtenu", 148),
        ("Fonds de dotation Lacustre", Decimal(700), "obtenu", 148),
        ("CNAF", Decimal(2500), "obtenu", 149),  # "CNAF fonds publics et territoires": one payer
        ("Commune", Decimal(1500), "obtenu", 150),  # "1 000 € (fête) + 500 € (sorties)"
        ("Jura habitat", Decimal(600), "obtenu", 151),  # a lowercase bailleur and its amount
        ("FIPDR", Decimal(2000), "obtenu", 152),  # "Le FIPD via la préfecture": one payer
        ("Boulangerie Morel", Decimal(300), "obtenu", 153),  # "a fait un don de 300 €"
        # "Mécénat des Ateliers Bressans : 650 €": a company, though "ateliers" names no body
        ("Ateliers Bressans", Decimal(650), "obtenu", 156),
        # "Jurassienne d'Habitat prête un local et nous a versé 350 €": the same subject
        ("Jurassienne d'Habitat", Decimal(350), "obtenu", 157),
    ]  # not "Jura Sport", which "apporte son savoir-faire"; not the "Buvette" and its takings


def test_partners_named_after_avec_in_lists_of_members_by_their_staff_or_service_acting_or_place(
        open_world) -> None:
    assert sorted(p.partner.label for p in open_world[2].partnerships
                  if p.evidence.field == "description") == [
        # the subject of a second clause, after its noun: "… et le bailleur 39 Habitat a ouvert"
        "39 Habitat",
        # "et" ends a name when another body starts ("… de Lons et EHPAD Les Tilleuls",
        # "Emmaüs et ADMR"), not in "Parents Solos et Compagnie"
        "ADMR",
        "Amicale d'Arinthod",  # "nous sont adressées par : le refuge des lacs, l'amicale …"
        "Association Femmes en Action",  # "en" inside a name
        "Association Parents Solos et Compagnie",
        "Banque alimentaire du Jura",  # "Approvisionnement par la Banque alimentaire du Jura"
        "Billets Solidaires 39",  # "organisée avec Billets Solidaires 39": no article
        "Boulangerie Morel",  # "Des immersions chez : boulangerie morel, la menuiserie du lac."
        "Boule Lédonienne",  # "Membres du comité : la Boule Lédonienne, le Club Nautique …"
        "CCAS",  # "La France Services de Lons et le CCAS de Lons nous adressent des familles."
        "CPAM",  # "La CPAM du Jura et La Poste forment nos bénévoles"
        "Centre hospitalier Jura Sud",  # "la maternité du Centre hospitalier Jura Sud"
        "Club Nautique du Lac",
        "Club des retraités des Épinettes",  # beside the CENTRE SOCIAL DES ÉPINETTES
        "Collège de Montciel",  # "Les enseignants de l'école X et du collège Y repèrent…"
        "EHPAD Les Tilleuls",
        "ESAT Les Ateliers du Lac",  # "L'ESAT … découpe les chutes"
        "Emmaüs",
        "Emmaüs Lons",  # "Ont participé : emmaüs lons, ressourcerie la recyclade"
        "Foyer rural de Perrigny",  # "Avec l'école Paul-Bert et le Foyer rural de Perrigny"
        "France Services de Lons",
        "Gendarmerie de Lons",  # "Une séance avec la gendarmerie de Lons"
        "Harmonie Lédonienne",  # "l'Harmonie Lédonienne qui a accepté de jouer"
        "Jura Habitat",  # "appartient à Jura Habitat, qui le met à disposition": a body, no place
        "La Poste",
        "Lédo Habitat",  # "avec les gardiens de Lédo Habitat"
        "Menuiserie du Lac",
        "Mission locale de Lons",
        # named after a neighbourhood, the structure's or a known body's, they are neither
        "Médiathèque Croix-Rouge",  # "la médiathèque Croix-Rouge prête ses tapis"
        "Médiathèque des Épinettes",  # beside the CENTRE SOCIAL DES ÉPINETTES
        "PMI",  # "Une puéricultrice de la PMI de Lons vient le samedi"
        "Protection civile du Jura",  # its own key, not that of "Épicerie Solidaire du Jura"
        "Refuge des Lacs",
        "Ressourcerie La Navette",  # "La Ressourcerie La Navette nous réserve les tissus"
        "Ressourcerie la Recyclade",
        "Restos du cœur",  # known, though the folded text holds no "œ"
        "École Paul-Bert",
        "École de Perrigny",
        "Épicerie Solidaire du Jura",  # "des ateliers cuisine avec l'Épicerie Solidaire du Jura"
    ]  # not "Rompre l'Isolement": "partagé avec l'EHPAD X : il devenait nécessaire de …" is prose



def test_a_times_sign_ends_a_name(open_world) -> None:
    # "Équipe d'animation X 3 pers": the team counted, no body called "Équipe d'animation X 3"
    assert [p.partner.label for p in open_world[2].partnerships
            if p.evidence.field == "people"] == []


def test_prose_beside_a_budget_table_names_partners_and_headings_none(open_world) -> None:
    # "Les Jardins de Cocagne du Vivarais ont tenu un stand." above the table's rows
    # ("Buvette Les Tilleuls", "Région", numbers); "OBJECTIFS OPERATIONNELS :" is a heading
    assert [p.partner.label for p in open_world[3].partnerships
            if p.evidence.field == "general_description"] == ["Jardins de Cocagne du Vivarais"]


def test_a_body_that_only_pays_is_no_partner(open_world) -> None:
    # "soutenu par la Carsat Rhône-Alpes (2 800 €)", "la MSA … finance la coordination": payers;
    # "La mairie de Lamastre met à disposition la salle": a partner
    assert [p.partner.label for p in open_world[3].partnerships
            if p.evidence.field == "financial_resources"] == ["Commune"]


def test_amounts_after_an_aside_or_from_a_payer_and_a_rent_is_no_grant(open_world) -> None:
    assert [(f.funder.label, f.amount) for f in open_world[3].fundings
            if f.status == "obtenu"] == [
        ("État", Decimal(9000)),  # "financé par l'Etat (BOP 104, …) pour 9 000 €"
        ("ANCT / Politique de la ville", Decimal(2000)),  # "au titre de Quartiers d'été (ANCT)"
        ("Fondation Vallée Verte", Decimal(1500)),  # "reçu 1 500 € de la Fondation Vallée Verte"
        ("Commune", None),  # "met à disposition la salle (loyer symbolique de 1 €)"
        # a name in lowercase words that its acronym vouches for, "et" inside it
        ("Office public de la langue et de la culture occitanes", Decimal(1800)),
        ("Fondation Ardèche Verte", Decimal(600)),
        ("Fonds de dotation Vivre Ensemble", Decimal(400)),  # a stop word inside a name
        # "La Fondation Aide aux Jardiniers a donné son accord : entre 1 000 et 1 500 €"
        ("Fondation Aide aux Jardiniers", None),
        ("CARSAT", Decimal(2800)),
        ("MSA", Decimal(1200)),
        # "Avec le soutien de la DRAC X (2 400 €) et de la Fondation Y : 1 100,00 € par an": a
        # sentence, though it holds a colon
        ("DRAC", Decimal(2400)),
        ("Fondation Rhône Vallée", Decimal(1100)),
        ("Intercommunalité", Decimal(300)),  # "Privas Centre Ardèche finance les navettes : 300 €"
        # "financée à 30 % par le FSE+ (…), la Caf de l'Ardèche : 2 200 € et la Fondation …"
        ("Fonds européens", None),
        ("CAF", Decimal(2200)),
        ("Fondation Mobilité Ardèche", Decimal(1400)),
        # "La Mutuelle X a versé 700 € et la Fondation Y 650 €": each its nearest amount
        ("Mutuelle des Boutières", Decimal(700)),
        ("Fondation Doux Pays", Decimal(650)),
        ("Garage des Cévennes", Decimal(250)),  # "Mécénat : Garage des Cévennes, 250 €"
        # "dans le cadre du dispositif Jardins solidaires de la Fondation Sud Ardèche"
        ("Fondation Sud Ardèche", None),
        ("Région", Decimal(3000)),
    ]
    # not France Travail, whose aid is "versée directement à l'auto-école"
    # "Le Département a refusé : 2 000 € demandés": the label's verb tells the fate
    assert [(f.funder.label, f.status) for f in open_world[3].fundings
            if f.status != "obtenu"] == [("Conseil départemental", "refuse")]


def test_typed_bodies_acting_at_the_start_of_a_sentence_are_partners(open_world) -> None:
    # "Le cinéma Le Méliès de Romans choisit", "La ludothèque Les Lutins prête", "Les
    # professeurs de musique du collège Paul-Éluard préparent", "La police municipale
    # accompagne" (the Commune); "la ludothèque Le Grenier et Unis-Cité": two bodies
    assert sorted(p.partner.label for p in open_world[4].partnerships) == [
        "CAF", "Centre d'information sur les droits des femmes et des familles",
        "Chorale Les Voix du Canal", "Cinéma Le Méliès de Romans", "Collège Paul-Éluard",
        "Commune", "Ludothèque Le Grenier", "Ludothèque Les Lutins", "Relais Petite Enfance"]


def test_a_service_grant_a_collectivity_paying_a_scheme_and_a_payer_named_with_its_article(
        open_world) -> None:
    assert [(f.funder.label, f.amount, f.evidence.line) for f in open_world[4].fundings] == [
        ("Commune", Decimal(1500), 269),
        ("CAF", Decimal(2400), 272),  # "Prestation de service jeunes / 2 400"
        ("Région", Decimal(900), 274),  # "Quartiers d'été (Région Auvergne-Rhône-Alpes) / 900"
        ("OPAC 26", Decimal(1200), 254),  # "L'OPAC 26 (1 200 €) a financé", in the description
    ]
    assert open_world[4].fundings[3].funder.kind == "bailleur-social"


def test_amounts_tied_by_words_or_a_scheme_and_fates_told_after_an_aside(open_world) -> None:
    assert [(f.funder.label, f.amount, f.status) for f in open_world[5].fundings] == [
        ("Fondation Rivière Claire", Decimal(900), "obtenu"),  # "pour un montant de 900 €"
        ("Office public des jardins", Decimal(2000), "obtenu"),
        # "tout comme Valence Romans Agglo (1 100 €) et la Ville de Romans-sur-Isère (700 €)"
        ("Intercommunalité", Decimal(1100), "obtenu"),
        ("Commune", Decimal(700), "obtenu"),
        # "de l'ARS, dans le cadre de l'appel à projets santé-environnement (1 800 €)"
        ("ARS", Decimal(1800), "obtenu"),
        # "La MSA Ardèche Drôme Loire, sollicitée, n'a pas donné suite."
        ("MSA", None, "refuse"),
        ("Syndicat des eaux du Nyonsais", Decimal(450), "obtenu"),
    ]  # not the "Tombola : 310 €"
    # "Maître Duchêne, avocate, tient une permanence": a person; "Syndicat des eaux du
    # Nyonsais (SEN) : 450 €": a payer, its acronym before its amount; "Le SSIAD du Nyonsais
    # prêtait", "La conseillère en économie sociale et familiale de Drôme Aménagement Habitat
    # a animé": subjects
    assert sorted(p.partner.label for p in open_world[5].partnerships) == [
        "Drôme Aménagement Habitat", "Maison de justice et du droit de Valence",
        "SSIAD du Nyonsais"]


def test_payers_after_a_bare_a_inside_a_name_with_et_or_after_what_a_patron_gives(
        open_world) -> None:
    assert [(f.funder.label, f.amount) for f in open_world[6].fundings] == [
        # "Grâce à la Ville de Valence (800 €) et à Valence Romans Agglo (1 200 €)"
        ("Commune", Decimal(800)),
        ("Intercommunalité", Decimal(1200)),
        ("Fondation Vélo et Partage", Decimal(600)),  # "et" inside a foundation's name
        # "Mécénat de compétences et dons de la Fondation d'entreprise Roue Libre : 400 €"
        ("Fondation d'entreprise Roue Libre", Decimal(400)),
    ]


def test_a_table_row_named_after_its_heading_and_a_sum_given_with_a_room(open_world) -> None:
    assert [(f.funder.label, f.amount, f.evidence.field) for f in open_world[7].fundings] == [
        ("Conseil départemental", Decimal(1500), "financial_resources"),
        # "Aides privées – Fondation Pinceaux Solidaires", then "700"
        ("Fondation Pinceaux Solidaires", Decimal(700), "financial_resources"),
        # "La commune de Crest a mis la salle et 300 € pour la peinture."
        ("Commune", Decimal(300), "general_description"),
    ]


def test_a_local_body_written_in_lowercase_on_a_budget_line(open_world) -> None:
    # "val de drôme en biovallée 600 €": the département's Communauté de communes
    assert [(f.funder.label, f.amount, f.body.label if f.body else None)
            for f in open_world[8].fundings] == [
        ("Intercommunalité", Decimal(600), "Communauté de communes du Val de Drôme en Biovallée")]


def test_bands_national_police_a_landlord_named_with_its_kind_and_know_how_given(
        open_world) -> None:
    # "Des agents du commissariat de Die (Police nationale)": one body, its parent in brackets;
    # "Les Marcheurs du Diois apportent leur savoir-faire": help, not money
    assert sorted(p.partner.label for p in open_world[8].partnerships) == [
        "Commissariat de Die", "Fanfare Les Cuivres du Diois", "Gendarmerie nationale",
        "Marcheurs du Diois", "Vallée habitat"]


def _financial(text: str) -> list[tuple[str, Decimal | None]]:
    record = Record("t.txt", 1, 9, "Atelier", "Centre social", "Aveyron",
                    {"financial_resources": Field(5, (Line(6, text),))})
    return [(f.funder.label, f.amount) for f in extract(record, ner=False).fundings]


def test_a_ligature_or_a_fraction_shifts_no_offset_between_folded_text_and_text() -> None:
    # "ﬁ" folds to two letters and "½" to three: a verb found in the folded text at the end
    # of the sentence was past the text's end (the extraction raised)
    assert _financial("La Caf nous a ﬁnancé et la Fondation Orange, ﬁdèle partenaire, nous "
                      "a versé") == [("CAF", None)]
    assert _financial("Financement : ½ de la Caf et la Fondation Orange nous a versé 500 €") \
        == [("CAF", None), ("Fondation Orange", Decimal(500))]

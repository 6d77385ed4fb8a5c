from __future__ import annotations

from decimal import Decimal

import pytest

from loader.money import parse_amounts, parse_number


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("28 500 €", ["28500"]),
        ("12.500€", ["12500"]),
        ("3100€", ["3100"]),
        ("2 700 euros", ["2700"]),
        ("3k€", ["3000"]),
        ("+/- 600€", ["600"]),
        ("Budget global de 3000 €", ["3000"]),
        ("1 500,50 EUR et 12,5 €", ["1500.50", "12.5"]),
        ("exercice 2024, 30 personnes", []),
    ],
)
def test_parse_amounts_reads_french_notations(text: str, values: list[str]) -> None:
    assert [a.value for a in parse_amounts(text)] == [Decimal(v) for v in values]


def test_rates_are_flagged_and_agents_are_not() -> None:
    found = parse_amounts("40€/personne, 30 € par trimestre, 3100€ par la CAF")
    assert [(a.value, a.rate) for a in found] == [
        (Decimal(40), True), (Decimal(30), True), (Decimal(3100), False)]


def test_a_rent_or_a_price_is_paid_not_given() -> None:
    found = parse_amounts("le bar (loyer symbolique de 1 €), au prix de 5 €, la Ville 800 €")
    assert [(a.value, a.rate) for a in found] == [
        (Decimal(1), True), (Decimal(5), True), (Decimal(800), False)]


def test_a_yearly_grant_is_a_sum_not_a_rate() -> None:
    found = parse_amounts("FONJEP 7 164 € par an, Caf 1 500 €/an, repas 5 €/jour")
    assert [(a.value, a.rate) for a in found] == [
        (Decimal(7164), False), (Decimal(1500), False), (Decimal(5), True)]


def test_amount_offsets_point_at_the_text() -> None:
    text = "Subvention Caf : 4 000 € accordée"
    (amount,) = parse_amounts(text)
    assert text[amount.start:amount.end] == "4 000 €"


@pytest.mark.parametrize(("line", "value"),
                         [("4000", "4000"), ("22 470 €", "22470"), ("Assurance", None),
                          ("Etat : FIPDR 2024", None)])
def test_parse_number_reads_table_cells(line: str, value: str | None) -> None:
    assert parse_number(line) == (Decimal(value) if value else None)

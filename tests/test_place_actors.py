"""Towns and regions named as the source or target of an event take their state's code."""

from __future__ import annotations


def _target(coder, text: str, date: str = "2023-05-01"):
    (event,) = coder.code_text(text, date=date)
    return event.target


def test_a_town_acted_on_is_coded_as_its_country(coder):
    target = _target(coder, "Russia shelled Kharkiv overnight.")
    assert (target.text, target.code, target.name) == ("Kharkiv", "UKR", "Kharkiv")


def test_a_phrase_ending_in_a_village_name_takes_its_country(coder):
    target = _target(coder, "Russian forces captured the village of Novoselivka in Donetsk Oblast.")
    assert target.code == "UKR"


def test_open_water_is_no_state(coder):
    target = _target(coder, "Houthi rebels fired missiles at the Red Sea.")
    assert target.code is None


def test_an_actor_the_knowledge_base_codes_is_left_alone(coder):
    target = _target(coder, "Russian troops attacked Ukrainian soldiers near Bakhmut.")
    assert target.code == "UKRMIL"

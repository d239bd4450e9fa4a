"""Session 13, second coverage pass (helper K6): defence, interior and finance ministers of the
G20 and the states at war, foreign ministers of Africa, Latin America, the Gulf and Central
Asia, US House leaders and committee chairs, heads of Russian regions and UN agencies.

A role holds only between its dates: the same name is a whip one year, majority leader another,
and nobody's office after it ended. Sentences are our own."""

from __future__ import annotations

from actor_helpers import Text, mention_table

from eventwire.actors.kb import load_kb, normalise
from eventwire.actors.titles import pick_role


def _role_on(name: str, day: str) -> str | None:
    roles = load_kb().person_index().get(normalise(name), [])
    role = pick_role(roles, day, None)
    return role.role if role is not None else None


def test_a_house_leader_changes_office_with_the_congress() -> None:
    # Steve Scalise: majority whip 2014-2019, minority whip 2019-2023, majority leader from 2023
    assert _role_on("Steve Scalise", "2017-06-20") == "House majority whip"
    assert _role_on("Scalise", "2021-03-01") == "House minority whip"
    assert _role_on("Scalise", "2024-05-01") == "House majority leader"


def test_a_committee_chair_stays_a_representative_after_the_chairmanship() -> None:
    # Mac Thornberry chaired Armed Services 2015-2019 and sat in the House until 2021
    assert _role_on("Mac Thornberry", "2017-03-01") == "chair of the House Armed Services Committee"
    assert _role_on("Thornberry", "2020-03-01") == "representative"
    assert _role_on("Thornberry", "2022-03-01") is None


def test_a_minister_who_served_twice_is_out_of_office_in_between() -> None:
    # Nhlanhla Nene: finance minister 2014-2015 and 2018; Pravin Gordhan held it in 2016
    assert _role_on("Nhlanhla Nene", "2015-06-01") == "finance minister"
    assert _role_on("Nene", "2016-06-01") is None
    assert _role_on("Pravin Gordhan", "2016-06-01") == "finance minister"
    assert _role_on("Nene", "2018-05-01") == "finance minister"


def test_successive_defence_ministers_follow_the_date() -> None:
    # Armenia: Tonoyan until 2020-11-20, Papikyan from 2021-11-15
    assert _role_on("Davit Tonoyan", "2020-10-01") == "defence minister"
    assert _role_on("Tonoyan", "2022-10-01") is None
    assert _role_on("Suren Papikyan", "2022-10-01") == "defence minister"


def test_a_regional_head_removed_from_office_has_no_role_after() -> None:
    # Sergei Furgal, governor of Khabarovsk region 2018-09-28 .. 2020-07-20
    assert _role_on("Sergei Furgal", "2019-08-01") == "governor of Khabarovsk region"
    assert _role_on("Furgal", "2021-08-01") is None


def test_a_un_agency_head_belongs_to_the_agency() -> None:
    kb = load_kb()
    roles = kb.person_index()[normalise("Mukhisa Kituyi")]
    role = pick_role(roles, "2018-04-01", None)
    assert role is not None and role.country == "unctad"
    assert kb.organization_of(role) is not None


test_session13b_people_are_coded_on_the_day = mention_table(
    [
        Text("Edun said the new tax bills would widen the revenue base.").mention(
            "Edun", "2024-02-10", "NGAGOV", id="Nigeria's finance minister"
        ),
        Text("Frydenberg told reporters the budget would return to surplus.").mention(
            "Frydenberg", "2019-04-02", "AUSGOV", id="Australia's treasurer"
        ),
        Text("Aregbesola inspected the new border post near Seme.").mention(
            "Aregbesola", "2020-11-05", "NGAGOV", id="an interior minister in office"
        ),
    ]
)

"""Session 18: parser slips that cost a reader whole actors or events. Two leaders named
together where the parse hangs the first name inside the second; a country subject read as
a modifier of the verb; an organisation whose name has "and" inside split into two actors;
"the House" of a U.S. story; and the place of a signing hung on what was signed."""

from __future__ import annotations

import pytest

from eventwire.nlp.org_names import OrgNameHeads
from eventwire.nlp.passive_subjects import PassiveSubjects


def _events(coder, text: str, word: str, date: str = "2025-07-28") -> list:  # noqa: ANN001
    return [e for e in coder.code_text(text, date=date) if word in e.trigger.text]


def _codes(refs) -> set:  # noqa: ANN001
    return {r.code for r in refs if r is not None}


def test_two_leaders_named_together_are_both_doers(coder) -> None:
    # the parse: "Trump" a modifier of "der", "Ursula" its conjunct, "Leyen" the subject
    text = "Donald Trump and Ursula von der Leyen announced a trade deal in Scotland."
    events = _events(coder, text, "announced")
    assert _codes(e.source for e in events) == {"USAGOV", "IGOEUC"}
    assert {e.source.text for e in events} == {"Donald Trump", "Ursula von der Leyen"}


def test_one_leader_with_a_long_name_stays_one_doer(coder) -> None:
    events = _events(coder, "Ursula von der Leyen announced a trade deal.", "announced")
    assert [e.source.code for e in events] == ["IGOEUC"]


def test_a_country_subject_read_as_a_modifier_is_still_the_doer(coder) -> None:
    # the parse: "Armenia" nmod of "sign", no subject at all
    text = "Armenia and Azerbaijan sign a peace deal in Washington."
    events = _events(coder, text, "sign")
    assert {e.source.country for e in events if e.source} == {"ARM", "AZE"}
    assert all(e.location and e.location["name"] == "Washington" for e in events)


def test_a_verb_with_its_subject_takes_no_modifier_as_doer(coder) -> None:
    events = _events(coder, "Monday Russia launched drones at Kyiv.", "launched")
    assert [e.source.country for e in events] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's National Security and Defense Council imposed sanctions on Russian companies.",
        "The National Security and Defense Council of Ukraine imposed sanctions on Russian firms.",
    ],
)
def test_a_body_with_and_in_its_name_is_one_actor(coder, text: str) -> None:
    events = _events(coder, text, "imposed", date="2024-03-01")
    assert [e.source.code for e in events] == ["UKRGOV"]
    assert "Council" in events[0].source.text and "Security" in events[0].source.text


def test_a_body_with_and_in_its_name_beside_another_doer(coder) -> None:
    # the entity recogniser cuts the name after "and"; "Security" names no actor of its own
    text = "The Danish Security and Intelligence Service and police announce an investigation."
    events = _events(coder, text, "announce", date="2025-01-04")
    assert sorted(e.source.code for e in events) == ["DNKCOP", "DNKSPY"]
    assert any(e.source.text == "The Danish Security and Intelligence Service" for e in events)


def test_negotiators_of_two_parties_are_still_two_actors(coder) -> None:
    events = _events(coder, "UK and EU negotiators met in Brussels.", "met")
    assert {e.source.code for e in events if e.source} >= {"GBRGOV", "IGOEEU"}


def test_a_name_parsed_as_two_coordinated_nouns_is_reheaded_on_its_institution(coder) -> None:
    doc = coder.nlp("Eli Lilly and Company cut the price of insulin.")
    if not any(e.text == "Eli Lilly and Company" and e[-1].dep_ == "conj" for e in doc.ents):
        pytest.skip("this model parses the name as one phrase already")
    assert OrgNameHeads()(doc) == 1
    company = next(t for t in doc if t.text == "Company")
    assert company.dep_ == "nsubj" and company.head.text == "cut"
    assert {t.text for t in company.subtree} >= {"Eli", "Lilly", "and", "Company"}


def test_a_list_of_two_bodies_is_not_made_one_name(coder) -> None:
    doc = coder.nlp("The EU and the African Union signed an agreement.")
    assert OrgNameHeads()(doc) == 0


US_STORY = "Washington lawmakers argued on Tuesday. "


def test_the_house_of_a_us_story_is_its_lower_chamber(coder) -> None:
    text = US_STORY + "The House rejected the Senate's proposal on Thursday."
    events = _events(coder, text, "rejected", date="2024-03-01")
    assert [e.source.code for e in events] == ["USALEG"]


@pytest.mark.parametrize(
    "text",
    [
        "The Opera House criticized the city's budget cuts.",
        "A house criticized by neighbours was demolished.",
    ],
)
def test_other_houses_are_no_chamber(coder, text: str) -> None:
    events = coder.code_text(US_STORY + text, date="2024-03-01")
    assert not any(e.source and e.source.code == "USALEG" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Xi sign a joint statement in Moscow.",
        "Putin and Xi signed a joint statement in Moscow on Tuesday.",
    ],
)
def test_a_signing_is_where_the_paper_was_signed(coder, text: str) -> None:
    events = _events(coder, text, "sign", date="2023-03-21")
    assert events and all(e.location and e.location["name"] == "Moscow" for e in events)


def test_victims_counted_before_a_passive_killing_are_not_its_doers(coder) -> None:
    # the parse: "killed" the verb, "number" its active subject, "by government forces" agent
    text = (
        "The number of civilians reportedly killed in coastal Syria by government forces "
        "increases to 1,557."
    )
    events = _events(coder, text, "killed", date="2025-03-17")
    assert [(e.source.code, e.target.code) for e in events] == [("SYRMIL", "SYRCVL")]


def test_a_participle_with_its_own_auxiliary_keeps_its_subject(coder) -> None:
    doc = coder.nlp("Rebels have killed by now more than forty soldiers.")
    assert PassiveSubjects()(doc) == 0


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Israel targeted Iran's Ministry of Defence headquarters.", "IRN"),
        ("Ukrainian drones targeted a Russian military convoy near Kursk.", "RUS"),
    ],
)
def test_targeting_a_site_or_force_is_an_attack(coder, text: str, target: str) -> None:
    events = _events(coder, text, "targeted", date="2025-06-14")
    assert [e.cameo.root for e in events] == ["19"]
    assert events[0].target is not None and events[0].target.country == target


@pytest.mark.parametrize(
    "text", ["New sanctions target Russian banks.", "The campaign targeted young voters."]
)
def test_targeting_voters_or_banks_is_no_attack(coder, text: str) -> None:
    assert not _events(coder, text, "target", date="2025-06-14")


def test_negotiators_of_two_chambers_are_two_actors(coder) -> None:
    events = _events(coder, "House and Senate negotiators reached a deal on the bill.", "reached")
    assert {e.source.text for e in events if e.source} == {"House", "Senate negotiators"}


def test_deaths_an_earthquake_caused_are_no_attack(coder) -> None:
    text = (
        "A Mw 6.1 earthquake strikes western Turkey, killing one person, injuring 35 others "
        "and causing 16 buildings to collapse."
    )
    assert not [e for e in coder.code_text(text, date="2025-08-10") if e.cameo.root == "19"]


def test_deaths_a_missile_strike_caused_are_an_attack(coder) -> None:
    events = _events(coder, "A Russian missile strikes Kharkiv, killing one person.", "killing")
    assert [e.source.code for e in events] == ["RUSMIL"]


def test_repelling_troops_is_fighting_them(coder) -> None:
    text = "Ukrainian troops repelled Russian forces near Pokrovsk."
    events = _events(coder, text, "repel", date="2026-08-13")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in events] == [
        ("UKRMIL", "RUSMIL", "190")
    ]


def test_repelling_criticism_is_no_fight(coder) -> None:
    assert not _events(coder, "The government repelled criticism of the plan.", "repel")


@pytest.mark.parametrize(
    "text",
    [
        "The minister called for the release of those detained.",
        "The Secretary called for the immediate release of those wrongfully detained.",
    ],
)
def test_who_calls_for_a_release_did_not_detain(coder, text: str) -> None:
    events = [e for e in coder.code_text(text, date="2021-06-11") if "detain" in e.trigger.text]
    assert all(e.source is None for e in events)


def test_an_executing_state_still_convicted(coder) -> None:
    text = "Saudi Arabia announces the execution of six Iranian nationals convicted of smuggling."
    events = _events(coder, text, "convicted", date="2025-06-01")
    assert [e.source.code for e in events] == ["SAUGOV"]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Secretary Blinken met with Foreign Minister Kuleba and Defense Minister Reznikov.",
            ["UKRGOV", "UKRGOV"],
        ),
        (
            "Secretary Blinken met with Deputy Prime Minister and Foreign Minister Dmytro Kuleba.",
            ["UKRGOV"],
        ),
        ("Secretary Blinken met with the President and Foreign Minister Kuleba.", [None, "UKRGOV"]),
    ],
)
def test_a_title_and_its_name_are_one_person(coder, text: str, targets: list) -> None:
    events = _events(coder, text, "met", date="2022-03-01")
    got = [e.target.code if e.target.country else None for e in events]
    assert got == targets

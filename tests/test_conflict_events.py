"""Reports of armed conflict and violence, as news summaries tell them: casualties in the
passive, attacks named where a doer would be, clashes, arrests and shoot-downs. PLOVER codes
such events even when the attacker is unknown: the victims are the target."""

from __future__ import annotations

import pytest


def events_of(coder, text: str, date: str = "2025-06-01"):
    return coder.code_text(text, date=date)


def on_trigger(events, word: str):
    return [e for e in events if e.trigger.text.split()[0] == word]


def test_killed_in_an_airstrike_takes_the_strikes_doer(coder):
    text = "At least nine people were killed in an Israeli airstrike on a farm."
    events = events_of(coder, text)
    (kill,) = on_trigger(events, "killed")
    assert (kill.cameo.root, kill.plover.type) == ("19", "ASSAULT")
    assert kill.source.country == "ISR"
    assert kill.target.text == "At least nine people"
    assert kill.modality == "asserted"


def test_conjoined_casualty_verbs_share_the_attack(coder):
    text = "Four people are killed and 11 others are injured in a Russian drone attack on Kharkiv."
    events = events_of(coder, text)
    (kill,) = on_trigger(events, "killed")
    (injure,) = on_trigger(events, "injured")
    assert kill.source.country == injure.source.country == "RUS"
    assert (kill.target.text, injure.target.text) == ("Four people", "11 others")


def test_conjoined_casualty_verbs_share_the_agent(coder):
    text = "Thirty people are killed and 40 others are injured by the Rapid Support Forces."
    (kill,) = on_trigger(events_of(coder, text), "killed")
    assert kill.source.code == "REBRSF"
    assert kill.target.text == "Thirty people"


def test_an_attack_as_subject_with_no_doer_is_still_an_event(coder):
    events = events_of(coder, "A car bombing in Baidoa kills 14 people.")
    (kill,) = on_trigger(events, "kills")
    assert kill.plover.type == "ASSAULT" and kill.source is None
    assert kill.target.text == "14 people"
    (bombing,) = on_trigger(events, "bombing")
    assert (bombing.cameo.code, bombing.source) == ("1832", None)


def test_the_doer_may_modify_a_modifier_of_the_attack_noun(coder):
    events = events_of(coder, "A Russian missile strike on a port in Odesa kills three people.")
    (kill,) = on_trigger(events, "kills")
    assert kill.source.country == "RUS"
    assert kill.target.text == "three people"


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion at a restaurant in Lagos kills six people.",
        "A bus crash in Peru kills 12 people.",
        "Heavy rains kill 12 people in Kenya.",
        "Two people are killed in a landslide after heavy rain in Nepal.",
    ],
)
def test_accidents_and_disasters_are_not_assaults(coder, text):
    assert not [e for e in events_of(coder, text) if e.plover.type == "ASSAULT"]


def test_killed_in_clashes_with_a_side_names_that_side(coder):
    events = events_of(coder, "Five soldiers were killed in clashes with militants in Khyber.")
    (kill,) = on_trigger(events, "killed")
    assert kill.source.text == "militants" and kill.source.sector == "REB"
    assert kill.target.text == "Five soldiers" and kill.target.sector == "MIL"


def test_killed_after_an_attack_clause_names_its_attackers(coder):
    text = "A police officer is killed after gunmen attacked a checkpoint in Zamfara."
    (kill,) = on_trigger(events_of(coder, text), "killed")
    assert kill.source.text == "gunmen"
    assert kill.target.text == "A police officer"


def test_killed_when_gunmen_open_fire_names_the_gunmen(coder):
    text = "Eleven people are killed and 20 others are injured when gunmen open fire at a bar."
    events = events_of(coder, text)
    (kill,) = on_trigger(events, "killed")
    (injure,) = on_trigger(events, "injured")
    assert kill.source.text == injure.source.text == "gunmen"
    assert kill.target.text == "Eleven people"


def test_a_shootout_that_leaves_people_dead(coder):
    text = "A shootout between police and gang members in Jacmel leaves three officers dead."
    events = events_of(coder, text)
    (left,) = on_trigger(events, "leaves")
    assert left.plover.type == "ASSAULT" and left.target.text == "three officers"
    (shootout,) = on_trigger(events, "shootout")
    assert (shootout.cameo.code, shootout.plover.mode) == ("193", "firearms")
    assert shootout.source.sector == "COP" and shootout.target.text == "gang members"


def test_nobody_hurt_is_negated(coder):
    (hurt,) = on_trigger(events_of(coder, "No one was injured in the rocket attack."), "injured")
    assert hurt.modality == "negated"


def test_casualties_that_could_happen_are_hypothetical(coder):
    text = "Civilians could be killed in airstrikes on Rafah, the UN warned."
    (kill,) = on_trigger(events_of(coder, text), "killed")
    assert kill.modality == "hypothetical"


def test_agentless_detention_in_a_capital_is_that_states(coder):
    (e,) = on_trigger(events_of(coder, "Two journalists are detained in Tehran."), "detained")
    assert (e.cameo.code, e.plover.type, e.plover.mode) == ("173", "COERCE", "arrest")
    assert e.source.country == "IRN"
    assert e.target.text == "Two journalists"


def test_shooting_down_drones_targets_their_owner(coder):
    text = "Ukraine's air force says it shot down 40 Russian drones over Kharkiv overnight."
    (e,) = on_trigger(events_of(coder, text), "shot")
    assert (e.cameo.code, e.plover.type) == ("195", "ASSAULT")
    assert (e.source.country, e.target.country) == ("UKR", "RUS")


def test_attacks_that_hit_things_are_attacks_on_them(coder):
    text = "Drone attacks hit two hospitals in Sumy, killing three people."
    events = events_of(coder, text)
    (attack,) = on_trigger(events, "attacks")
    assert (attack.cameo.code, attack.plover.mode) == ("195", "drone")
    assert attack.source is None and attack.target.text == "two hospitals"
    (kill,) = on_trigger(events, "killing")
    assert kill.target.text == "three people"
    assert not on_trigger(events, "hit")  # the attack itself, not told twice


def test_hit_by_a_projectile_is_an_attack_with_no_known_doer(coder):
    (hit,) = on_trigger(events_of(coder, "A tanker is hit by an unknown projectile."), "hit")
    assert hit.plover.type == "ASSAULT"
    assert hit.source is None and hit.target.text == "A tanker"


def test_dying_in_an_airstrike_makes_the_dead_its_victims(coder):
    text = "Five fishermen died in a Turkish airstrike near Sinjar."
    (e,) = on_trigger(events_of(coder, text), "died")
    assert e.plover.type == "ASSAULT"
    assert e.source.country == "TUR"
    assert e.target.text == "Five fishermen"


@pytest.mark.parametrize(
    "text",
    ["The former senator died in hospital on Sunday.", "Four miners died in a gas explosion."],
)
def test_dying_with_no_violent_cause_is_no_event(coder, text):
    assert not on_trigger(events_of(coder, text), "died")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Sudanese army units entered the town of Wad Madani.", "entered", "SDN"),
        ("Malian troops regained control of the town of Kidal.", "regained", "MLI"),
    ],
)
def test_taking_ground_is_capturing_it(coder, text, trigger, target):
    (e,) = on_trigger(events_of(coder, text), trigger)
    assert (e.cameo.code, e.plover.type) == ("192", "ASSAULT")
    assert e.target.country == target


def test_intercepting_drones_downs_them(coder):
    text = "Saudi air defences intercepted six Houthi drones over Jizan."
    (e,) = on_trigger(events_of(coder, text), "intercepted")
    assert (e.cameo.code, e.plover.type, e.plover.mode) == ("195", "ASSAULT", "aerial")
    assert e.source.country == "SAU"


def test_damaging_buildings_is_destroying_property_but_not_ties(coder):
    text = "A Russian missile damaged a school in Zaporizhzhia."
    (e,) = on_trigger(events_of(coder, text), "damaged")
    assert (e.cameo.code, e.plover.type) == ("1712", "ASSAULT")
    assert not events_of(coder, "The row damaged relations between Chile and Peru.")


def test_a_shooting_someone_is_accused_of_is_reported_not_asserted(coder):
    text = "A man accused of shooting two Dutch tourists was detained in Marrakesh."
    (e,) = on_trigger(events_of(coder, text), "shooting")
    assert e.modality == "reported"


def test_force_on_nobodys_things_falls_on_the_place_holding_them(coder):
    # "targets", "positions" name no one: the named state they are in is the recipient.
    events = events_of(coder, "Turkey shelled militant positions in northern Syria.")
    (shelling,) = on_trigger(events, "shelled")
    assert (shelling.source.code, shelling.target.code) == ("TUR", "SYR")
    # a body of water is no one's: what was fired at stays the recipient
    events = events_of(coder, "Pirates fired rifles at tankers in the Gulf of Aden.")
    assert all(e.target is None or e.target.text == "tankers" for e in events)


def test_whoever_claims_an_attack_is_its_doer(coder):
    events = events_of(coder, "Al-Shabaab claims responsibility for a bombing at a Mogadishu cafe.")
    (bombing,) = on_trigger(events, "bombing")
    assert bombing.source.text == "Al-Shabaab"
    events = events_of(coder, "The Houthis claimed drone strikes on Eilat.")
    (strikes,) = on_trigger(events, "strikes")
    assert strikes.source.text == "The Houthis"


def test_an_attack_in_a_denied_claim_is_negated(coder):
    text = "Moscow denied the claim that its missiles hit a hospital in Kharkiv."
    (hit,) = on_trigger(events_of(coder, text), "hit")
    assert hit.modality == "negated"

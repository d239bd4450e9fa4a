"""Session 18, H4: systematic errors found by reading Kremlin and President of Ukraine
releases next to their events (sentences written for these tests, not taken from the corpus).

1. "The meeting was attended by A, B and C": the attendees were paired as each other's
   consultation partners (CAMEO 040 for every ordered pair; ~135 of 3,739 rows on 300 items).
2. "will not" / "would not" on verbs nobody can refuse ("will never forget", "will not see")
   and on a past that did not happen ("would not have done it") were coded as refusals (120).
3. "receive" + a thing ("received strong support", "the help we receive") was coded as
   hosting a visit (043); only someone received is a guest.
"""

from __future__ import annotations

DATE = "2022-03-01"


def _coded(coder, text: str, start: str):  # noqa: ANN001, ANN202
    """The events whose trigger starts with `start`."""
    events = coder.code_text(text, date=DATE)
    return [e for e in events if e.trigger.text.lower().startswith(start)]


# --- 1. attendees are no one's partners --------------------------------------------------


def test_attendees_of_a_meeting_are_not_paired(coder) -> None:  # noqa: ANN001
    text = (
        "The session was attended by Russian Finance Minister Anton Siluanov, Defence "
        "Minister Sergei Shoigu and Central Bank Governor Elvira Nabiullina."
    )
    events = _coded(coder, text, "attend")
    assert events, "attending a meeting is still a consultation (040)"
    assert all(e.cameo.code == "040" for e in events)
    assert all(e.target is None for e in events), [(e.source.text, e.target) for e in events]


def test_conjoined_leaders_holding_talks_still_meet_each_other(coder) -> None:  # noqa: ANN001
    events = _coded(coder, "Kazakhstan and Armenia held talks in Minsk.", "held")
    pairs = {(e.source.country, e.target.country) for e in events if e.source and e.target}
    assert {("KAZ", "ARM"), ("ARM", "KAZ")} <= pairs


# --- 2. "will not" that refuses nothing ----------------------------------------------------


def test_counterfactual_past_is_no_refusal(coder) -> None:  # noqa: ANN001
    events = coder.code_text(
        "Without orders from Moscow, the soldiers would not have done it.", date=DATE
    )
    assert not [e for e in events if e.cameo.code.startswith("12")]


def test_never_forgetting_is_no_refusal(coder) -> None:  # noqa: ANN001
    events = coder.code_text("We will never forget the victims of this war.", date=DATE)
    assert not [e for e in events if e.cameo.code.startswith("12")]


def test_stated_refusals_stay_refusals(coder) -> None:  # noqa: ANN001
    lifted = _coded(coder, "Kazakhstan will not lift the ban on grain exports.", "lift")
    assert [e.cameo.code for e in lifted] == ["1241"]
    recognised = _coded(
        coder, "The government said it would not recognise the results of the vote.", "recog"
    )
    assert [e.cameo.code for e in recognised] == ["120"]


# --- 3. receiving a thing hosts no visit ------------------------------------------------


def test_receiving_support_or_money_is_no_visit(coder) -> None:  # noqa: ANN001
    for text in (
        "Ukraine has received strong support from its European partners.",
        "The President thanked Canada for the help Ukraine received.",
        "Families received 8,000 hryvnias in state payments.",
    ):
        assert not [e for e in coder.code_text(text, date=DATE) if e.cameo.code == "043"], text


def test_receiving_a_leader_or_guests_is_still_hosting(coder) -> None:  # noqa: ANN001
    modi = _coded(coder, "The King received Prime Minister Modi.", "receiv")
    assert [(e.cameo.code, e.target and e.target.country) for e in modi] == [("043", "IND")]
    guests = _coded(coder, "The minister received the guests at the airport.", "receiv")
    assert [e.cameo.code for e in guests] == ["043"]

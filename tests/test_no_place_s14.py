"""Places carried from another sentence, or implied (session 14): a speech's salutation ("Dear
people of Lithuania!") is no scene the speech's fighting goes on at, and prosecutors who
indict or charge their own state's people file the charges at home. The carried scene of a
news item and foreign or accusing prosecutors are left as they were. Every sentence is our
own."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def located(coder, text: str) -> list[tuple[str, tuple | None]]:
    doc = coder.nlp(text)
    doc.user_data["eventwire_text"] = text
    events = coder.code_doc(Article(id="t", text=text), doc)
    return [
        (e.trigger.text, e.location and (e.location["name"], e.location["country"])) for e in events
    ]


def test_a_salutation_is_no_scene_for_the_speech_that_follows(coder):
    text = (
        "Dear Mr. Speaker! Dear people of Lithuania! Thank you for this honor. "
        "Russian troops shelled Ukrainian villages again."
    )
    found = [loc for t, loc in located(coder, text) if t == "shelled"]
    assert found
    # the shelling is not in the audience's country; the villages are Ukraine's
    assert all(loc is None or loc[1] != "LTU" for loc in found)
    assert ("Ukraine", "UKR") in found


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # an exclamation that is no salutation is a scene the next sentence goes on at
        (
            "Explosions in Kyiv! Two civilians were killed by Russian drones.",
            "killed",
            ("Kyiv", "UKR"),
        ),
        # and so is an earlier sentence's town
        (
            "Russian forces shelled Kherson. Two civilians were killed.",
            "killed",
            ("Kherson", "UKR"),
        ),
    ],
)
def test_a_news_scene_is_still_carried(coder, text, trigger, place):
    assert (trigger, place) in located(coder, text)


def test_prosecutors_indict_their_own_people_at_home(coder):
    text = "Taiwanese prosecutors indict 62 people for their links to a criminal network."
    assert ("indict", ("Taiwan", "TWN")) in located(coder, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an accusation is a statement about someone, not an act done anywhere
        ("Lithuanian prosecutors accuse Russian military intelligence of arson.", "accuse"),
        # a foreign state's people may be charged wherever they were caught
        ("German prosecutors charge three Russian citizens with espionage.", "charge"),
    ],
)
def test_accusing_or_charging_foreigners_gets_no_place(coder, text, trigger):
    found = [loc for t, loc in located(coder, text) if t == trigger]
    assert found
    assert all(loc is None for loc in found)

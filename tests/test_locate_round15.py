"""Location classes of round 15 (issue #7, docs/locations.md): the ground an official release
calls "ours", meetings joined by video, a past act reported as the scene of the next sentence,
verbs of leaving, a chamber's decision told as a noun, a meeting of the state's own national
council, and a state's airspace entered. Each on short articles written for it, with the
events that must stay without a place."""

from __future__ import annotations

import pytest
from locate_helpers import stand_in

from eventwire.records import Article

UKRAINE = "President of Ukraine (president.gov.ua/en)"
KREMLIN = "President of Russia (en.kremlin.ru)"


def place_of(coder, text: str, trigger: str, source: str | None = None, after: int = 0):  # noqa: ANN001, ANN201
    """(name, country) where the event on `trigger` is placed, or None: the coded event on it,
    else a stand-in placed beside the coded events by the Locator's whole procedure."""
    article = Article(id="t", text=text, source=source)
    doc = coder.nlp(text)
    events = coder.code_doc(article, doc)
    start = text.index(trigger, after)
    found = [e for e in events if e.trigger.start < start + len(trigger) and start < e.trigger.end]
    if found:
        event = found[0]
    else:
        event = stand_in(doc, trigger, after)
        coder.locator.locate(article, doc, [*events, event])
    loc = event.location
    return None if loc is None else (loc["name"], loc["country"])


CASES = [
    # --- "our" ground in an official release: the release's own state ---
    (
        "our cities, Ukraine's release",
        "Especially when there are tanks on our territory, rockets hit our cities every day.",
        "hit",
        UKRAINE,
        ("Ukraine", "UKR"),
    ),
    (
        "our land, a Kremlin release",
        "The terrorists have attacked our land many times.",
        "attacked",
        KREMLIN,
        ("Russia", "RUS"),
    ),
    (
        "our cities in a news item: no outlet, no state",
        "Especially when there are tanks on our territory, rockets hit our cities every day.",
        "hit",
        None,
        None,
    ),
    (
        "a guest on a visit to our country, met in person",
        "President of Ukraine Volodymyr Zelenskyy met with Prime Minister of the United Kingdom"
        " Boris Johnson, who is on a visit to our country.",
        "met",
        UKRAINE,
        ("Ukraine", "UKR"),
    ),
    # --- a meeting joined by video is not where the guest is ---
    (
        "a video conference with a guest visiting",
        "President of Ukraine Volodymyr Zelenskyy held a video conference with the Prosecutor of"
        " the International Criminal Court Karim Khan, who is on a visit to our country. The"
        " President also thanked him for the visit to our country at this difficult time.",
        "held a video conference",
        UKRAINE,
        None,
    ),
    (
        "thanks said over the same video link",
        "President of Ukraine Volodymyr Zelenskyy held a video conference with the Prosecutor of"
        " the International Criminal Court Karim Khan, who is on a visit to our country. The"
        " President also thanked him for the visit to our country at this difficult time.",
        "thanked",
        UKRAINE,
        None,
    ),
    # --- a past act reported in the sentence before is the scene ---
    (
        "the other side's claim about the same strike",
        "Pakistan claims that it killed 15 militants in an airstrike in Spin Boldak, Afghanistan."
        " The Taliban claims that twelve civilians are killed and over 100 are injured.",
        "injured",
        None,
        ("Spin Boldak", "AFG"),
    ),
    (
        "where people were sent is no scene",
        "Officials said that the soldiers deported 40 residents of the village to Russia. Two"
        " more houses were destroyed on Sunday.",
        "destroyed",
        None,
        None,
    ),
    (
        "what is only said to happen is no scene",
        "Officials say that the militants plan to attack villages in Borno State. Two soldiers"
        " were killed on Sunday.",
        "killed",
        None,
        None,
    ),
    # --- verbs of leaving: their object is where the doer was ---
    (
        "aircraft leave a country",
        "U.S. military aircraft begin to leave Spain after the Spanish government denied"
        " permission to use its air bases for operations against Iran.",
        "leave",
        None,
        ("Spain", "ESP"),
    ),
    # --- a chamber's decision told as a noun with "by" ---
    (
        "the approval by a national cabinet",
        "A ceasefire comes into effect hours after the approval of the agreement by the Israeli"
        " war cabinet.",
        "approval",
        None,
        ("Israel", "ISR"),
    ),
    (
        "the approval by a body of no state",
        "A ceasefire comes into effect hours after the approval of the resolution by the UN"
        " Security Council.",
        "approval",
        None,
        None,
    ),
    # --- a meeting of the release's own national council sits at home ---
    (
        "a meeting of the national council",
        "President Volodymyr Zelenskyy held an urgent meeting of the National Security and"
        " Defense Council, at which the military reported on the situation at the borders.",
        "held an urgent meeting",
        UKRAINE,
        ("Ukraine", "UKR"),
    ),
    (
        "a meeting of the national council by video",
        "President Volodymyr Zelenskyy held a meeting of the National Security and Defense"
        " Council via videoconference.",
        "held a meeting",
        UKRAINE,
        None,
    ),
    (
        "a council named with no national word",
        "The President held a meeting of the Security Council.",
        "held a meeting",
        UKRAINE,
        None,
    ),
    (
        "a national council in a news item: no state speaks",
        "President Volodymyr Zelenskyy held an urgent meeting of the National Security and"
        " Defense Council.",
        "held an urgent meeting",
        None,
        None,
    ),
    # --- a state's airspace entered, whatever the act was coded ---
    (
        "a drone breaches a state's airspace",
        "A Russian drone breaches Romanian airspace, prompting NATO to scramble fighter jets.",
        "breaches",
        None,
        ("Romania", "ROU"),
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_round15_places(coder, text, trigger, source, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger, source) == expected


def test_our_city_is_one_town_and_a_foreign_speakers_our_is_his(coder):
    """ "our city" names a town, not the state; a transcript's turn labelled with another
    state's office speaks of that state's ground."""
    text = (
        "Vladimir Putin: Good afternoon, colleagues. Our country is ready. President of"
        " Kazakhstan Kassym-Jomart Tokayev: Thank you. Our country supports this, and our cities"
        " are growing. Vladimir Putin: Thank you. Bombs fell on our city."
    )
    article = Article(id="t", text=text, source=KREMLIN)
    doc = coder.nlp(text)
    mentions = coder.locator.mentions(article, doc, [])
    ours = [(m.text, m.start) for m in mentions if m.text.lower().startswith("our")]
    assert ours == [("Our country", text.index("Our country"))]
    assert all(m.place.country == "RUS" for m in mentions if m.text.lower().startswith("our"))

"""Location classes of round 16 (issue #7, docs/locations.md): the scene of a news item that
holds for its next sentences' physical acts and its own authorities' orders, "its" ground of a
state, the place a release gives its talks when it names the town later, "made this
statement" after a placed meeting, and what stays without a place (a statement about the
scene, a gathering only praised, support that meets no one). Each on short articles written
for it."""

from __future__ import annotations

import pytest
from test_locate_round15 import UKRAINE, place_of

CASES = [
    # --- a news item's scene holds for the physical acts of its next sentences ---
    (
        "pupils rescued after an attack",
        "Gunmen attack a boarding school in Kaduna, Nigeria. Nigerian soldiers later rescue twelve"
        " pupils.",
        "rescue",
        None,
        ("Kaduna", "NGA"),
    ),
    (
        "a crew rescued after a sinking",
        "A cargo ship sinks in the Black Sea near Odesa. Turkish coast guards rescue its crew.",
        "rescue",
        None,
        ("Odesa", "UKR"),
    ),
    (
        "a state's release tells no single scene",
        "A cargo ship sinks in the Black Sea near Odesa. Turkish coast guards rescue its crew.",
        "rescue",
        UKRAINE,
        None,
    ),
    (
        "a rescue only wanted is not told as done",
        "Gunmen attack a boarding school in Kaduna, Nigeria. Nigerian soldiers want to rescue the"
        " pupils.",
        "rescue",
        None,
        None,
    ),
    (
        "what the army says about the scene is said elsewhere",
        "A drone strikes an oil depot in Novorossiysk, Russia. The Ukrainian army says that it"
        " carried out the attack.",
        "says",
        None,
        None,
    ),
    # --- an order or request of the scene's own authorities goes on there ---
    (
        "the scene's own prime minister orders a pursuit",
        "Rockets hit the international airport in Erbil, Iraq. The Iraqi prime minister orders the"
        " security forces to find the attackers.",
        "orders",
        None,
        ("Erbil", "IRQ"),
    ),
    (
        "a foreign government's appeal is not at the scene",
        "Rockets hit the international airport in Erbil, Iraq. The Turkish government urges its"
        " citizens to leave the region.",
        "urges",
        None,
        None,
    ),
    # --- "its" ground is the state's own ---
    (
        "a state closes its airspace",
        "Latvia closes its airspace over the eastern districts.",
        "closes",
        None,
        ("Latvia", "LVA"),
    ),
    (
        "jets enter its airspace: the state of the main clause",
        "Lithuania summons the Belarusian envoy after two military helicopters enter its airspace.",
        "enter",
        None,
        ("Lithuania", "LTU"),
    ),
    (
        "a state closes its own border",
        "Finland closes its border with Russia for two weeks.",
        "closes",
        None,
        ("Finland", "FIN"),
    ),
    (
        "violations of a state's airspace, the trigger a noun",
        "Algeria closes its airspace to Mali after repeated violations of Algerian airspace by"
        " Malian drones.",
        "violations",
        None,
        ("Algeria", "DZA"),
    ),
    (
        "violations of its airspace",
        "Poland protests the repeated violations of its airspace by Russian drones.",
        "violations",
        None,
        ("Poland", "POL"),
    ),
    (
        "a vow about its territory is only said",
        "Finland vows to defend its territory.",
        "vows",
        None,
        None,
    ),
    # --- a state's own business at home ---
    (
        "an ambassador appointed is appointed at home, not where he goes",
        "Israel appoints a former general as its first ambassador to Somaliland, a breakaway"
        " region of Somalia.",
        "appoints",
        None,
        ("Israel", "ISR"),
    ),
    (
        "a diplomat ordered to leave the country is expelled from the state's ground",
        "Lithuania orders a Russian diplomat to leave the country within five days.",
        "orders",
        None,
        ("Lithuania", "LTU"),
    ),
    (
        "saying that someone must leave is only said",
        "Lithuania says that a Russian diplomat must leave the country.",
        "says",
        None,
        None,
    ),
    # --- a release's talks, named again with their town ---
    (
        "the meeting with a guest on a visit to our country is where the talks were",
        "President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Latvia Evika Silina,"
        " who is on a visit to our country. The President thanked Latvia for its support."
        ' "We are grateful to you," Volodymyr Zelenskyy said at a press conference following the'
        " negotiations in Kyiv.",
        "met",
        UKRAINE,
        ("Kyiv", "UKR"),
    ),
    (
        "what was said at those talks too",
        "President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Latvia Evika Silina,"
        " who is on a visit to our country. The President thanked Latvia for its support."
        ' "We are grateful to you," Volodymyr Zelenskyy said at a press conference following the'
        " negotiations in Kyiv.",
        "thanked",
        UKRAINE,
        ("Kyiv", "UKR"),
    ),
    # --- "made this statement" after a placed meeting ---
    (
        "a statement made after a meeting in Kyiv",
        "President of Ukraine Volodymyr Zelenskyy emphasized that the army is ready for any"
        " scenario. The President made this statement to the media following a meeting with the"
        " President of Lithuania in Kyiv.",
        "emphasized",
        UKRAINE,
        ("Kyiv", "UKR"),
    ),
    (
        "a statement made in an interview has no place",
        "President of Ukraine Volodymyr Zelenskyy emphasized that the army is ready for any"
        " scenario. The President made this statement in an interview with a television channel.",
        "emphasized",
        UKRAINE,
        None,
    ),
    # --- what stays without a place ---
    (
        "a meeting held there is its place",
        "President of Ukraine Volodymyr Zelenskyy held talks with President of Moldova Maia Sandu"
        " in Chisinau.",
        "held talks",
        UKRAINE,
        ("Chisinau", "MDA"),
    ),
    (
        "a gathering praised is a topic",
        "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of"
        " Moldova Maia Sandu. Volodymyr Zelenskyy praised the recent meeting in Chisinau.",
        "praised",
        UKRAINE,
        None,
    ),
    (
        "support for no one is no meeting",
        "Ukrainian society does not support coup attempts in our country. This was emphasized by"
        " President of Ukraine Volodymyr Zelenskyy in an interview for a television channel.",
        "emphasized",
        UKRAINE,
        None,
    ),
    (
        "a government recognized is where it sits, not where it was recognized",
        "Russia becomes the first state to formally recognize the new government in Kabul.",
        "recognize",
        None,
        None,
    ),
    (
        "a place after a named party still places the act",
        "The European Union imposed sanctions on Iran in Brussels.",
        "imposed",
        None,
        ("Brussels", "BEL"),
    ),
    (
        "where the occupiers came from is no scene",
        "Today a protest took place in Kherson. A protest against the soldiers from Russia."
        " Hundreds of residents came out into the streets.",
        "came out",
        None,
        ("Kherson", "UKR"),
    ),
    # --- a verbal act's "of" names its topic, a physical act's names its ground ---
    (
        "control refused is not placed at the base",
        "Afghanistan will not cede control of Bagram Air Base to the United States.",
        "cede",
        None,
        None,
    ),
    (
        "control taken is placed at the town",
        "Russian forces took control of Bakhmut after months of fighting.",
        "took",
        None,
        ("Bakhmut", "UKR"),
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "source", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_round16_places(coder, text, trigger, source, expected):  # noqa: ANN001
    assert place_of(coder, text, trigger, source) == expected

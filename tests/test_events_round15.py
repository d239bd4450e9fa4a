"""Round 15 of event recall: acts that news summaries tell and the extractor used to leave
uncoded (a doer named after the act's object, the capture of ground, a killing beside a
"saying" clause, grenades dropped, executions in the passive, unrest that "intensifies"),
and the look-alikes that must stay uncoded."""

from __future__ import annotations

import pytest

CODED = [
    # (sentence, trigger's first word, CAMEO code, PLOVER type)
    (
        "Armed villagers repelled an attack on their positions by the M23 near Goma.",
        "attack",
        "190",
        "ASSAULT",
    ),
    (
        "After the capture of Kismayo by Jubaland forces, federal troops withdrew from the port.",
        "capture",
        "192",
        "ASSAULT",
    ),
    ("Government troops captured several rebel positions in northern Mali.", "captured", "192",
     "ASSAULT"),
    ("Soldiers kill four protesters in Khartoum, saying they had crossed a barrier.", "kill",
     "190", "ASSAULT"),
    ("A Russian drone drops a grenade on a car in Kherson.", "drops", "195", "ASSAULT"),
    ("Three aid workers were executed by Islamic State militants in Syria.", "executed", "1823",
     "ASSAULT"),
    ("Protests intensify across Peru.", "Protests", "141", "PROTEST"),
    ("Demonstrations escalate in Nairobi over the new tax law.", "Demonstrations", "141",
     "PROTEST"),
    # people captured stay an abduction, ground is taken
    ("Rebels captured 20 soldiers near the border.", "captured", "181", "ASSAULT"),
    # a release sets people free; things released set no one free (below)
    ("The junta released the men on Friday.", "released", "0841", "RETREAT"),
    # a manifesto or communique released is something said (CAMEO 010, no PLOVER type)
    ("The rebel group released a communique on Sunday.", "released", "010", None),
]  # fmt: skip

UNCODED = [
    "The government executed the plan in 2015.",
    "Inflation continues to grow in Argentina.",
    "Prices rose sharply across Kenya.",
    "The novel explores an attack on a village by the river.",
    "A phone maker released a new phone on Tuesday.",
    "The laboratory releases its latest language model.",
]


@pytest.mark.parametrize(("text", "word", "code", "plover"), CODED)
def test_act_is_coded_with_its_type(
    coder, text: str, word: str, code: str, plover: str | None
) -> None:
    events = [
        e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text.split()[0] == word
    ]
    assert [(e.cameo.code, e.plover.type) for e in events] == [(code, plover)]
    assert events[0].modality == "asserted"


@pytest.mark.parametrize("text", UNCODED)
def test_non_event_stays_uncoded(coder, text: str) -> None:
    assert coder.code_text(text, date="2025-06-01") == []


def test_doer_hung_on_the_object_is_the_source(coder) -> None:
    text = "Armed villagers repelled an attack on their positions by the M23 near Goma."
    (attack,) = coder.code_text(text, date="2025-06-01")
    assert attack.source.code == "REBM23"


def test_capture_of_a_town_is_done_by_the_forces_named_after_it(coder) -> None:
    text = "After the capture of Kismayo by Jubaland forces, federal troops withdrew from the port."
    (capture,) = [e for e in coder.code_text(text, date="2025-06-01") if e.cameo.code == "192"]
    assert (capture.source.text, capture.source.sector) == ("Jubaland forces", "MIL")
    assert capture.target.country == "SOM"


def test_saying_beside_a_killing_keeps_it_force_but_an_attack_with_insults_is_words(coder):
    killing = "Soldiers kill four protesters in Khartoum, saying they had crossed a barrier."
    (kill,) = [e for e in coder.code_text(killing) if e.trigger.text == "kill"]
    assert kill.cameo.root == "19"
    words = "The army launched an attack on the spy chiefs, calling them traitors."
    assert [e.cameo.code for e in coder.code_text(words)] == ["111"]


def test_unrest_that_intensifies_is_made_to_its_country(coder) -> None:
    (protest,) = coder.code_text("Protests intensify across Peru.", date="2025-06-01")
    assert protest.source is None
    assert protest.target.country == "PER"

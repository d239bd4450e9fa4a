"""Round 15b (PLV): whom an act is aimed at, when the sentence names it in a way the
extractor used to miss: a participle after the object ("sanctions imposed on Iran"), a date
beside the place an act is done in ("a ceasefire on Friday in Libya"), people held
captive by someone ("released two guards held by them": the guards, not their captors),
peacekeepers sent to a mission ("troops to the UN force in South Sudan": South Sudan), and
the one called when a call says why ("called President Erdogan to convey support")."""

from __future__ import annotations

import pytest

TARGETED = [
    # (sentence, trigger's first word, expected target text)
    # a participle after the object says whom the object was aimed at
    ("Japan decided to lift the economic sanctions imposed on Pakistan.", "lift", "Pakistan"),
    ("Russia lifted the sanctions imposed on Turkey in 2015.", "lifted", "Turkey"),
    ("The EU eased the restrictions imposed against Belarus last year.", "eased", "Belarus"),
    # a date is never whom an act is aimed at: the place it is done in is
    ("The rebels announced a ceasefire on Friday in Libya.", "announced", "Libya"),
    ("Hamas declared a truce on Monday in Gaza.", "declared", "Gaza"),
    # people held captive by someone are the ones released, not their captors
    ("The rebels released two homeguards held captive by them.", "released", "two homeguards"),
    ("The militia freed the hostages held by the gang.", "freed", "the hostages"),
    ("Police released the activists detained by the army.", "released", "the activists"),
    # peacekeepers serve the place their mission is in
    ("Japan is sending troops to the United Nations peacekeeping force in South Sudan.",
     "sending", "South Sudan"),
    ("Azerbaijani troops participate in peacekeeping operations in Afghanistan.", "participate",
     "Afghanistan"),
    # whom the doer called to convey something, even when the parser reads the name as what
    # someone was called
    ("Imran Khan called Turkish President Recep Tayyip Erdogan on Friday to convey Pakistan's "
     "support and solidarity.", "convey", "Turkish President Recep Tayyip Erdogan"),
    ("Imran Khan called Erdogan to express his support.", "express", "Erdogan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "target"), TARGETED)
def test_act_is_aimed_at_the_named_party(coder, text: str, word: str, target: str) -> None:
    events = [
        e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text.split()[0] == word
    ]
    assert events, f"no event on {word!r}"
    assert [e.target.text if e.target else None for e in events] == [target]


KEPT = [
    # the object's own complement still wins, and an agent that did the act is still its doer
    ("Canada lifted sanctions on Iran.", "lifted", "Iran"),
    ("The opposition rejected the proposal made by the government.", "rejected", "the government"),
    ("Israel condemned the attacks carried out by Hamas.", "condemned", "Hamas"),
    # force used on a peacekeeping mission is used on the mission, not the place
    ("Rebels attacked the UN peacekeeping mission in Mali.", "attacked",
     "the UN peacekeeping mission"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "target"), KEPT)
def test_other_targets_are_unchanged(coder, text: str, word: str, target: str) -> None:
    events = [
        e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text.split()[0] == word
    ]
    assert [e.target.text if e.target else None for e in events] == [target]

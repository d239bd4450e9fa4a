"""Who did an act told by a participle ("dozens injured"): the speaker who reports it is not
its doer, but a speaker's own act on the noun ("announced the execution of men convicted of")
still names who did it."""

from __future__ import annotations

import pytest

CASES = [
    # (sentence, trigger, source code or None)
    (
        "Iranian authorities say three people were killed and dozens injured in an explosion "
        "at the port of Bandar Abbas.",
        "injured",
        None,
    ),
    (
        "Police said two officers were killed and several others wounded in the ambush.",
        "wounded",
        None,
    ),
]


@pytest.mark.parametrize(("text", "word", "source"), CASES)
def test_a_reported_participle_is_not_done_by_its_reporter(
    coder, text: str, word: str, source: str | None
) -> None:
    events = [e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text == word]
    assert all((e.source.code if e.source else None) == source for e in events), [
        (e.cameo.code, e.source) for e in events
    ]


def test_the_speakers_own_act_on_the_noun_still_names_its_doer(coder) -> None:
    text = "Saudi Arabia announces the execution of six Iranian nationals convicted of smuggling."
    convicted = [
        e for e in coder.code_text(text, date="2025-06-01") if e.trigger.text == "convicted"
    ]
    assert convicted and convicted[0].source.code == "SAUGOV"

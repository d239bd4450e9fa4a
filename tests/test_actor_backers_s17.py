"""An organisation before "-aligned", "-backed", "-linked" (session 17) supports the group the
phrase names; it is not the group ("the IRGC-aligned Iraqi militia" is Iraqi, not Iran's
Revolutionary Guards; "al-Qaeda-aligned JNIM insurgents" are JNIM), as a state before those
words already was ("Iran-backed militias"). The backer's name read alone is still the backer.
"Peacekeepers" of no state, after the UN or a UN mission is named, are that body's. Rows:
`Text(text).mention(word, day, expected)`, read as the coder reads an article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2026-05-22"


test_a_backing_organisation_is_not_the_group = mention_table(
    [
        Text("The Hezbollah-aligned Iraqi militia claimed the attack.").mention(
            "militia", DAY, "IRQPRM", id="an armed group's ally is not the armed group"
        ),
        Text("The Wagner-linked Malian militia claimed the attack.").mention(
            "militia", DAY, "MLIPRM", id="a mercenary group's ally is of its own country"
        ),
        Text("The al-Qaeda-aligned JNIM insurgents attacked a base in Mali.").mention(
            "insurgents", DAY, "REBJNM", id="the group the phrase names, not its backer"
        ),
        Text("The IRGC-aligned Iraqi militia claimed the attack.").mention(
            "IRGC", DAY, "IRNMIL", id="the backer's own name is still the backer"
        ),
        Text("Hezbollah fighters attacked a base in Israel.").mention(
            "fighters", DAY, "REBHZB", id="a group's own fighters are the group"
        ),
    ]
)


test_peacekeepers_of_no_state_are_the_body_named_before = mention_table(
    [
        Text("The UN honours its peacekeepers. More than 4,000 peacekeepers have died.").mention(
            "peacekeepers", DAY, "IGOUNO", nth=1, id="the UN's peacekeepers"
        ),
        Text("UNIFIL said two peacekeepers were wounded near Naqoura.").mention(
            "peacekeepers", DAY, "IGOUFL", id="a UN mission's peacekeepers"
        ),
        Text("Russian peacekeepers left Nagorno-Karabakh.").mention(
            "peacekeepers", DAY, "RUSMIL", id="a state's peacekeepers stay its forces"
        ),
    ]
)

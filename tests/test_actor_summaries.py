"""Short news summaries (one or two sentences, as in a current-events portal): "the group"
after a named armed group, party or movement is that group; plain words for people at an
event ("pedestrians", "bystanders", "participants") are civilians of the country the
summary names. Rows: `Text(text).mention(word, day, expected)` (None: nobody), read with
`code_at` as the coder reads an article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

# "the group" alone: the latest non-state body named before it, never a state's organ.
test_the_group_is_the_group_named_before = mention_table(
    [
        Text("The PKK announced a ceasefire on Monday. The group said it would disarm.").mention(
            "group", "2025-03-01", "REBPKK", id="armed group, next sentence"
        ),
        Text("Jailed PKK founder Abdullah Ocalan asks the group to disarm and disband.").mention(
            "group", "2025-02-27", "REBPKK", id="armed group named as a modifier"
        ),
        Text(
            "Hezbollah fired rockets at northern Israel, and the group said more would follow."
        ).mention("group", "2025-05-01", "REBHZB", id="same sentence"),
        Text(
            "The Conservative Party chose a new leader, and the group will meet in October."
        ).mention("group", "2025-05-01", "PTYCON", id="party"),
        Text(
            "Amnesty International accused Iran of mass executions, saying the group had "
            "documented hundreds of cases."
        ).mention("group", "2025-05-01", "NGOAMN", id="an NGO"),
        Text(
            "Houthi attacks in Marib, Yemen, kill two civilians, as the group launches missiles."
        ).mention("group", "2026-08-07", "REBHTH", id="the attackers, not the civilians counted"),
        Text(
            "The Israeli military said it struck targets in Gaza. The group did not comment."
        ).mention("group", "2025-05-01", None, id="not a state's armed forces"),
        Text("The group did not comment on the report.").mention(
            "group", "2025-05-01", None, id="nobody named before"
        ),
    ],
)


# Plain words for people at an event: civilians of the country the text gives them.
test_people_at_an_event_are_civilians = mention_table(
    [
        Text("Indonesian participants threw stones at the police.").mention(
            "participants", "2026-06-26", "IDNCVL", id="participants with a nationality"
        ),
        Text("Kenyan bystanders filmed the arrest.").mention(
            "bystanders", "2026-01-01", "KENCVL", id="bystanders"
        ),
        Text("Two Nigerian pedestrians were hit by a bus.").mention(
            "pedestrians", "2026-01-01", "NGACVL", id="pedestrians"
        ),
        Text("Angry French motorists blocked the road.").mention(
            "motorists", "2026-01-01", "FRACVL", id="motorists"
        ),
        Text("Japanese commuters were stranded by the strike.").mention(
            "commuters", "2026-01-01", "JPNCVL", id="commuters"
        ),
        Text("Some participants left the summit early.").mention(
            "participants", "2026-01-01", None, id="participants of nowhere: nobody"
        ),
    ],
)


# The place of an act the subject attempted ("after attempting to ... in Belfast") is where
# the clause happens: the police there are that country's, not the suspect's.
test_place_of_an_attempted_act = mention_table(
    [
        Text(
            "A Sudanese man is arrested by police after attempting to behead a man on a "
            "public street in Belfast, Northern Ireland."
        ).mention("police", "2026-06-08", "GBRCOP", id="after attempting to ..."),
        Text(
            "A Syrian refugee is detained by police after trying to set fire to a mosque in "
            "Dresden, Germany."
        ).mention("police", "2026-06-08", "DEUCOP", id="after trying to ..."),
        Text(
            "A Nigerian man was detained by police while trying to board a flight at "
            "Heathrow Airport in London, United Kingdom."
        ).mention("police", "2026-06-08", "GBRCOP", id="while trying to ..."),
        Text(
            "An Iraqi national is charged by prosecutors after attempting to smuggle weapons "
            "in Athens, Greece."
        ).mention("prosecutors", "2026-06-08", "GRCJUD", id="prosecutors"),
        Text("Hungarian Prime Minister Viktor Orban urged farmers to protest in Brussels.").mention(
            "farmers", "2026-06-08", "HUNAGR", id="not the place of what others are urged to do"
        ),
        Text("Armenians living in Russia protested outside the embassy.").mention(
            "Armenians", "2026-06-08", "ARMCVL", id="not a participle clause of a noun"
        ),
    ],
)

"""The country a news item is about codes its descriptions that name none ("people killed",
"the victims"): the state its lead names counts once more than a state named as often later,
because a news lead says what the story is about."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2016-09-26"

PEACE = (
    "CARTAGENA, September 26 - Colombian President Juan Manuel Santos and the FARC leader"
    " signed a peace agreement meant to end a war in which over 220,000 people were killed."
    "\n\nUS Secretary of State John Kerry attended the ceremony. The US envoy to the talks"
    " praised the accord."
)

STRIKE = (
    "WASHINGTON, June 22 - The United States struck three nuclear sites in Iran overnight."
    "\n\nIranian officials said the sites had been evacuated. Iran said three people were"
    " injured. Iran vowed to respond."
)

test_a_lead_names_the_country_a_story_is_about = mention_table(
    [
        Text(PEACE).mention(
            "people", DAY, "COLCVL", id="the lead's state beats one named as often later"
        ),
        Text(STRIKE).mention(
            "people", "2025-06-22", "IRNCVL", id="a state named more often still wins"
        ),
    ]
)

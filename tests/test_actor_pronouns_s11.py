"""Pronouns and unresolvable mentions decided on the pooled development data (session 11).

An "it" the sentence shows to be a thing or a happening is nobody: its predicate is a noun
that names no actor ("making it the first attack", "It was the largest search", "treating it
as arson"), or it is the object of a verb joined to an earlier verb whose own object is a
thing ("smuggling stolen fuel and selling it"). A "their" of what two sides have together
("along their border") in a sentence that names two states is both: no one code (rule A3).
Migrants whose origin the text does not name have no country, not the one they were found
in (rule A1). The last rows of each table show what must not change. Every sentence is our
own."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-06-10"

MAKING_IT = Text("Chile bombed a harbour in Peru, making it the first attack on Peru since 1880.")
LARGEST = Text("Police in Kenya hunted the gang for a month. It was the largest search in years.")
TREATING = Text("The Dutch police are treating it as arson after the fire in Utrecht.")
SELLING = Text("Police in Ghana arrested men smuggling stolen fuel and selling it to farmers.")
RATIFY = Text("Peru ratifies the Ocean Treaty, allowing it to take effect next year.")
# what must not change: an "it" that is a state or a body
FIRST_COUNTRY = Text("Peru ratifies the treaty, making it the first country in the region to act.")
ANNOUNCES = Text("Japan announces it will release oil from its reserves.")
STATE_IS = Text("Brazil says it is a partner of Chile.")

test_an_it_of_a_thing_is_nobody = mention_table(
    [
        MAKING_IT.mention("it", DAY, None, id="making-it-the-first-attack"),
        LARGEST.mention("It", DAY, None, id="it-was-the-largest-search"),
        TREATING.mention("it", DAY, None, id="treating-it-as-arson"),
        SELLING.mention("it", DAY, None, id="smuggling-fuel-and-selling-it"),
        RATIFY.mention("it", DAY, None, id="ratify-the-treaty-allowing-it"),
        FIRST_COUNTRY.mention("it", DAY, "PER", id="making-it-the-first-country"),
        ANNOUNCES.mention("it", DAY, "JPN", id="japan-announces-it-will"),
        STATE_IS.mention("it", DAY, "BRA", id="it-is-a-partner"),
    ]
)

BORDER = Text("Indian and Chinese soldiers clashed along their border in the Himalayas.")
TWO_NAMED = Text("Thai troops exchanged fire with Cambodian forces near their frontier.")
# what must not change: one state, or a "their" of what one side has
ONE_STATE = Text("Polish guards closed their border to trucks on Monday.")
OWN_THING = Text("Indian and Chinese officials praised their soldiers.")

test_their_of_two_sides_is_both = mention_table(
    [
        BORDER.mention("their", DAY, None, id="their-border-of-two-states"),
        TWO_NAMED.mention("their", DAY, None, id="their-frontier-of-two-forces"),
        ONE_STATE.mention("their", DAY, "POL", id="one-state-keeps-its-border"),
        OWN_THING.mention("their", DAY, None, id="their-soldiers-unchanged"),
    ]
)

CALAIS = Text("Four migrants drown off Calais, France, when their boat sinks.")
CEUTA = Text("Spain closes the border after the arrival of migrants in Ceuta.")
# what must not change: an origin the text names
VENEZUELAN = Text("Venezuelan migrants protest in Bogota.")
FROM_SYRIA = Text("Migrants from Syria arrive on Lesbos, Greece.")

test_migrants_of_no_named_origin_have_no_country = mention_table(
    [
        CALAIS.mention("migrants", DAY, None, id="migrants-off-calais"),
        CALAIS.mention("their", DAY, None, id="their-boat-of-those-migrants"),
        CEUTA.mention("migrants", DAY, None, id="migrants-arriving-in-ceuta"),
        VENEZUELAN.mention("migrants", DAY, "VENREF", id="venezuelan-migrants"),
        FROM_SYRIA.mention("Migrants", DAY, "SYRREF", id="migrants-from-syria"),
    ]
)

SAYS = Text("Peru signs a trade deal and says it will cut tariffs on Chilean wine.")
URGES = Text("Peru signs a trade deal with Chile and urges it to cut tariffs on wine.")

test_a_state_on_the_way_keeps_its_it = mention_table(
    [
        SAYS.mention("it", DAY, "PER", id="signs-a-deal-and-says-it-will"),
        URGES.mention("it", DAY, "CHL", id="a-deal-with-chile-urges-it"),
    ]
)

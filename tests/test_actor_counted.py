"""Counted people in news summaries (round 14d): the dead counted as "bodies", one more of a
counted group ("and another is injured", "and six wounded"), and people "from" a list of
states. A count takes the country the sentence or item is about, as counted "people" do;
a count of several states' people, or of a list of groups, stays unresolved. Rows:
`Text(text).mention(word, day, expected)` (None: nobody), read with `code_at` as the coder
reads an article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

DAY = "2025-05-02"


# Counted bodies are dead people; "bodies" a name or nothing counts are institutions.
test_counted_bodies_are_the_dead = mention_table(
    [
        Text(
            "Rescuers recover six bodies from the rubble after a landslide in Sumatra, Indonesia."
        ).mention("bodies", DAY, "IDNCVL", id="six bodies in a named place"),
        Text("Divers recover 12 bodies from the Nile near Khartoum, Sudan.").mention(
            "bodies", DAY, "SDNCVL", id="number before bodies"
        ),
        Text("Floods across Pakistan and India leave hundreds of bodies unburied.").mention(
            "bodies", DAY, None, id="bodies in two states"
        ),
        Text("The country's governing bodies meet in Geneva to adopt new rules.").mention(
            "bodies", DAY, None, id="governing bodies are no dead"
        ),
        Text("Dozens of United Nations bodies warn of famine in Sudan.").mention(
            "bodies", DAY, "IGOUNO", id="bodies a name counts"
        ),
    ],
)


# "another", a bare number or "others" after a counted group: more of that group.
test_one_more_of_a_counted_group = mention_table(
    [
        Text(
            "Four people are killed and another is wounded when gunmen attack a bus in"
            " Balochistan, Pakistan."
        ).mention("another", DAY, "PAKCVL", id="another after counted people"),
        Text(
            "Two soldiers are killed and another is wounded in an ambush near a base in Mali."
        ).mention("another", DAY, "MLIMIL", id="another soldier"),
        Text(
            "At least five Ukrainians are killed and nine injured in a missile strike on Odesa."
        ).mention("nine", DAY, "UKRCVL", id="a number after a counted nationality"),
        Text(
            "Four people are killed in Pakistan and Afghanistan and another is wounded in the"
            " clashes."
        ).mention("another", DAY, None, id="another of two states"),
        Text("The ministry says another is planned for June in Kenya.").mention(
            "another", DAY, None, id="another with no counted group"
        ),
        Text(
            "Two Nigerians and three Ghanaians are kidnapped and four are later released."
        ).mention("four", DAY, None, id="a number after a list of groups"),
    ],
)


# Plain people words of summaries; people "from" several states are of none.
test_people_words_of_summaries = mention_table(
    [
        Text("Three Nepali mountaineers die in an avalanche on Manaslu.").mention(
            "mountaineers", DAY, "NPLCVL", id="mountaineers"
        ),
        Text("Rescuers reach two climbers stranded on a glacier in Switzerland.").mention(
            "climbers", DAY, "CHECVL", id="climbers"
        ),
        Text("Climbers from Nepal, China and Pakistan reach the summit of K2.").mention(
            "Climbers", DAY, None, id="climbers from three states"
        ),
        Text("Doctors from India, Nepal and Bhutan treat the injured.").mention(
            "Doctors", DAY, None, id="doctors from three states"
        ),
        Text("Doctors from Nepal say the hospital is full.").mention(
            "Doctors", DAY, "NPLMED", id="doctors from one state"
        ),
    ],
)

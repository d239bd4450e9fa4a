"""Legislatures, agencies and associations by their own names (session 16, A14).

A parliament is often named by its own word ("the Supreme Council", "the Majlis", "the
Jatiya Sangsad"); a state's police or intelligence agency by its own name or initials; a
scouting body or chamber of commerce by the words of its name. Each row is a sentence of
our own, read as the coder reads an article; the made-up names are of a made-up country."""

from __future__ import annotations

from actor_helpers import UKRAINE, Text, mention_table

test_legislatures_by_their_own_names = mention_table(
    [
        Text("In Bishkek, the Supreme Council approved the new constitution on Monday.").mention(
            "Council", "2025-06-01", "KGZLEG", id="a supreme council is a parliament"
        ),
        Text("The Supreme Council of the Armed Forces ruled Egypt for a year.").mention(
            "Council", "2012-01-01", "EGYMIL", id="the armed forces' council is no parliament"
        ),
        Text("The Majlis approved the bill in Tehran on Sunday.").mention(
            "Majlis", "2025-06-01", "IRNLEG", id="a majlis is a parliament"
        ),
        Text("The Jatiya Sangsad approved the bill on Sunday.").mention(
            "Sangsad", "2025-06-01", "BGDLEG", id="a parliament by its own name"
        ),
    ]
)

test_agencies_and_named_groups = mention_table(
    [
        Text("NABU detectives charged the mayor of Odesa.").mention(
            "NABU", "2025-06-01", "UKRCOP", id="an anti-corruption police agency"
        ),
        Text("GCHQ warned of the attacks on Tuesday.").mention(
            "GCHQ", "2025-06-01", "GBRSPY", id="an intelligence agency by its initials"
        ),
        Text("The Sudan People's Liberation Movement-North attacked the town.").mention(
            "North", "2025-06-01", "SDNREB", id="a rebel movement with a hyphenated name"
        ),
    ]
)

test_bodies_by_the_words_of_their_names = mention_table(
    [
        Text("The president met the National Scout Organization of Ukraine in Kyiv.").mention(
            "Organization", "2022-06-01", "UKRSOC", source=UKRAINE, id="a scouting body"
        ),
        Text("The Association of Ukrainian Guides met the president in Kyiv.").mention(
            "Association", "2022-06-01", "UKRSOC", source=UKRAINE, id="an association of X"
        ),
        Text("The Fredonia Peace Organization protested on Friday.").mention(
            "Organization", "2025-06-01", None, id="an organisation's name alone says no kind"
        ),
        Text("Churchill Flats Incorporated said the race would go on.").mention(
            "Incorporated", "2025-06-01", "BUS", id="an incorporated company"
        ),
        Text("The Fredonia Chamber of Commerce opposed the tariffs.").mention(
            "Chamber", "2025-06-01", "BUS", id="a chamber of commerce is no legislature"
        ),
        Text("A spokesperson for the Puntland Security Force said the attack failed.").mention(
            "spokesperson", "2025-06-01", "MIL", id="a spokesperson speaks for the force"
        ),
    ]
)

test_presiding_officers = mention_table(
    [
        Text("Dear Mr. Hosoda, dear members of the Diet of Japan.").mention(
            "Hosoda", "2022-03-23", "JPNLEG", source=UKRAINE, id="the speaker of the lower house"
        ),
    ]
)

test_occupation_the_tagger_takes_for_a_verb = mention_table(
    [
        Text(
            "Ukrainian journalist Oleh Marchenko is killed and photographer Ivan Petrenko is "
            "injured by a drone strike."
        ).mention("Petrenko", "2025-06-01", "UKRJRN", id="photographer after 'and'"),
        Text("Officials said they would monitor Ivan Petrenko closely.").mention(
            "Petrenko", "2025-06-01", None, id="a verb before a name is no occupation"
        ),
    ]
)

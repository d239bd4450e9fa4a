"""What the verb or an appositive says about a person the base lacks (session 13, A5).

Found on hand samples of person mentions whose names the base lacks (non-reserved items,
labelled before the system ran): an office the verb gives ("is reelected governor of ..."),
a convict or a suspect charged (a labeller codes them CRM), and a surname that is also a
capital ("Amman") read as the state. Each row is a sentence of our own, read as the coder
reads an article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

test_an_office_the_verb_gives = mention_table(
    [
        Text("Aline Dupuis becomes prime minister of Haiti after the vote.").mention(
            "Dupuis", "2025-06-01", "HTIGOV", id="becomes prime minister of Haiti"
        ),
        Text("Carlos Mendes is reelected governor of Bahia, Brazil.").mention(
            "Mendes", "2025-06-01", "BRAGOV", id="is reelected governor of a region"
        ),
        Text("Carlos Mendes is not reelected in Bahia, Brazil.").mention(
            "Mendes", "2025-06-01", "BRACVL", id="no office named after the verb: a civilian"
        ),
    ]
)

test_a_convict_or_a_suspect_charged = mention_table(
    [
        Text("A Canadian, Gordon Pike, is charged with murder after the stabbing.").mention(
            "Pike", "2025-06-01", "CANCRM", id="a suspect charged with murder"
        ),
        Text(
            "A federal jury in Ohio convicted Michael Ardent, the American lawyer who sued "
            "the city, of fraud."
        ).mention("Ardent", "2025-06-01", "USACVL", id="a convict whose trade is named keeps it"),
        Text("Dr. Joel Marsh of Canada was found guilty on 300 counts of fraud.").mention(
            "Marsh", "2025-06-01", "CANCRM", id="found guilty"
        ),
        Text("Former Canadian senator Gordon Pike is charged with fraud.").mention(
            "Pike", "2025-06-01", "CANELI", id="a former official stays ELI"
        ),
        Text("A Canadian, Gordon Pike, was not charged after the stabbing.").mention(
            "Pike", "2025-06-01", "CANCVL", id="not charged: a civilian"
        ),
    ]
)

test_a_surname_that_is_a_capital = mention_table(
    [
        Text(
            "Police in London shot dead Sunil Amman on Sunday. Amman had been released from "
            "prison a week earlier."
        ).mention("Amman", "2020-02-03", "GBRCVL", nth=1, id="the person named before, not Jordan"),
        Text("Officials in Amman said the border would reopen.").mention(
            "Amman", "2020-02-03", None, id="a capital as a place stays a place"
        ),
    ]
)

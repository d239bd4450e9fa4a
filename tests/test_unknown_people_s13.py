"""People the knowledge base lacks: their country and sector from the text (session 13, A3).

Found on a hand sample of person mentions whose names the base lacks (non-reserved WCEP,
Wikinews, White House, State Department and Kremlin items, labelled before the system ran):
a news story's setting gives an untitled person a country, a name's own "of <country>" phrase
is a nationality, a few titles and roles of such people were missing, and a surname the tagger
misses before an appositive is the person named in full before. Each row is a sentence of our
own, read as the coder reads an article."""

from __future__ import annotations

from actor_helpers import Text, mention_table

# A news story set in one country: towns and regions count for it as its name does.
NEVADA_STORY = (
    "Hundreds of people gathered outside Reno, Nevada, on Friday after a post on social media "
    "went viral. It began when Lena Whitfield shared an invitation online as a joke. The "
    "county sheriff in Washoe County, Nevada, said most visitors left peacefully, and a "
    "festival was held in Las Vegas, Nevada, the same night."
)

test_a_news_story_setting = mention_table(
    [
        Text(NEVADA_STORY).mention(
            "Whitfield", "2019-09-22", "USACVL", id="an untitled person in a story set in the USA"
        ),
        Text(
            "Officials from France and Germany met in Brussels on Monday. Later, Lena "
            "Whitfield posted the minutes online."
        ).mention(
            "Whitfield",
            "2019-09-22",
            None,
            id="a story of two countries named alike: no setting, nobody",
        ),
        Text("Late on Sunday, Lena Whitfield posted the results online.").mention(
            "Whitfield", "2019-09-22", None, id="a story that names no place: nobody"
        ),
    ]
)

test_a_name_of_a_country = mention_table(
    [
        Text("Maria Gonzalez of Mexico is crowned Miss Universe in Bangkok.").mention(
            "Gonzalez", "2025-11-21", "MEXCVL", id="a contestant of her country"
        ),
        Text("In tennis, Daniel Meyer of Germany defeats Tom Clark of Australia.").mention(
            "Clark", "2026-07-11", "AUSCVL", id="the second player of his own country"
        ),
        Text("Peter Hansen of the Red Cross said aid was blocked.").mention(
            "Hansen", "2025-03-01", "NGOICR", id="of a body: that body, as before"
        ),
    ]
)

test_titles_of_people_the_base_lacks = mention_table(
    [
        Text(
            "United States chargé d'affaires Natalie Becker meets officials in Islamabad."
        ).mention("Becker", "2026-05-11", "USAGOV", id="a charge d'affaires heads an embassy"),
        Text("A court in Ohio jails pastor John Ellery for fraud.").mention(
            "Ellery", "2025-11-05", "USAREL", id="a pastor is clergy"
        ),
        Text("The U.S. sanctions firms tied to Iranian financier Bahram Zandi.").mention(
            "Zandi", "2026-07-24", "IRNBUS", id="a financier is business"
        ),
        Text(NEVADA_STORY + " County sheriff Kerry Lowe said two men were arrested.").mention(
            "Lowe", "2019-09-22", "USACOP", id="a sheriff is the county's police"
        ),
    ]
)

test_a_surname_before_an_appositive = mention_table(
    [
        Text(
            "Former United States Senator Kay Harlan died yesterday. Harlan, the state's "
            "first female senator, was 66."
        ).mention(
            "Harlan",
            "2019-10-29",
            "USAELI",
            nth=1,
            id="the surname the tagger misses is the person named before",
        ),
    ]
)

"""Actors of White House releases: members of Congress thanked by title, the central bank.

Bill-signing and nomination releases thank "Senators X and Y, and Representatives Z and W":
a careful coder gives the capitalised plural title before surnames the lower house's sector
(LEG), while lowercase "representatives of" a body speak for that body. The Federal Reserve
is the United States' central bank (GOV), as the sector table codes central banks.
Rows: `Text(text).mention(word, day, expected)`, read with `code_at` as the coder reads."""

from __future__ import annotations

from actor_helpers import WHITE_HOUSE, Text, mention_table

test_representatives_before_surnames_are_legislators = mention_table(
    [
        Text("Thank you to Representatives Moore and Fields for their leadership.").mention(
            "Moore", "2024-12-20", "USALEG", source=WHITE_HOUSE, id="thanked pair"
        ),
        Text("The bill was led by Representatives Garcia, Kim, and Lopez.").mention(
            "Garcia", "2023-06-02", "USALEG", source=WHITE_HOUSE, id="three surnames"
        ),
        Text("Representatives Baker and Hill introduced the measure in March.").mention(
            "Baker", "2022-04-11", "USALEG", source=WHITE_HOUSE, id="sentence start"
        ),
        Text(
            "The President thanked Senators Rowe and Tate, and Representatives Ford and Lane."
        ).mention("Ford", "2024-07-30", "USALEG", source=WHITE_HOUSE, id="after senators"),
        Text("Representatives Nguyen and Park met the Prime Minister of Vietnam.").mention(
            "Nguyen", "2023-09-10", "USALEG", source=WHITE_HOUSE, id="abroad"
        ),
        # lowercase or followed by "of": people sent by the body named after them
        Text("The President met representatives of the union at the White House.").mention(
            "representatives", "2022-08-03", "USALAB", source=WHITE_HOUSE, id="of a union"
        ),
        Text("Representatives of the company declined to comment.").mention(
            "Representatives", "2022-08-03", "USABUS", source=WHITE_HOUSE, id="of a company"
        ),
    ],
)


test_the_federal_reserve_is_the_us_central_bank = mention_table(
    [
        Text("She led the Federal Reserve and the Treasury Department.").mention(
            "Reserve", "2021-05-07", "USAGOV", source=WHITE_HOUSE, id="the Federal Reserve"
        ),
        Text("The Federal Reserve raised interest rates again on Wednesday.").mention(
            "Reserve", "2022-11-02", "USAGOV", id="news: the Fed acts"
        ),
        Text("The President met the Chair of the Federal Reserve Board today.").mention(
            "Board", "2022-05-31", "USAGOV", source=WHITE_HOUSE, id="the Board"
        ),
    ],
)


# Nomination and appointment releases: the person named to an office is an official (GOV).
test_people_nominated_or_appointed_are_officials = mention_table(
    [
        Text(
            "Today, President Biden announced his intent to nominate William Brown for Under "
            "Secretary of the Army."
        ).mention("Brown", "2021-11-30", "USAGOV", source=WHITE_HOUSE, id="intent to nominate"),
        Text(
            "President Trump will nominate Kevin Hale as Assistant Secretary of Commerce."
        ).mention("Hale", "2025-03-04", "USAGOV", source=WHITE_HOUSE, id="will nominate as"),
        Text("The President appointed Sarah Cole to the Council of Economic Advisers.").mention(
            "Cole", "2022-02-01", "USAGOV", source=WHITE_HOUSE, id="appointed to a council"
        ),
        Text("The President has designated Paul Grant as acting Administrator.").mention(
            "Grant", "2023-01-09", "USAGOV", source=WHITE_HOUSE, id="designated acting"
        ),
        Text("Today the President named Anne Fox as Deputy Director.").mention(
            "Fox", "2024-06-12", "USAGOV", source=WHITE_HOUSE, id="named as"
        ),
        Text("The President nominated Thomas Reed for Judge on the Court of Appeals.").mention(
            "Reed", "2022-09-14", "USAGOV", source=WHITE_HOUSE, id="nominated for judge"
        ),
        # not put into an office: a private person, as before
        Text("The President thanked Steven Spielberg for his films.").mention(
            "Spielberg", "2023-05-08", "USACVL", source=WHITE_HOUSE, id="thanked, not nominated"
        ),
    ],
)

"""Organisations and bodies the base lacks, and the "we" of a summit communiqué (session 14, N1).

A legislature's committees and caucuses are of the legislature whatever their subject; a
state agency's name says which arm of the state it is; "Air <country>" is that country's
airline; a navy's ship is of its force; and the "we" of a communiqué an organisation of
states issues is that organisation, not the government whose site publishes it. Each row is
a sentence of our own, read as the coder reads an article; the names are made up where
they can be."""

from __future__ import annotations

from actor_helpers import WHITE_HOUSE, Text, mention_table

from eventwire.actors.article import ArticleActors, home_country

test_committees_of_a_legislature = mention_table(
    [
        Text("The House Judiciary Committee voted to advance the bill on Tuesday.").mention(
            "Committee", "2025-06-01", "LEG", id="a House committee on courts is no court"
        ),
        Text("The U.S. House Judiciary Committee voted to advance the bill on Tuesday.").mention(
            "Committee", "2025-06-01", "USALEG", id="the listed chamber inside gives the country"
        ),
        Text("In Washington, the Congressional Hispanic Caucus condemned the ruling.").mention(
            "Caucus", "2025-06-01", "USALEG", id="a caucus of Congress"
        ),
        Text("Members of the Senate Banking Subcommittee questioned the regulator.").mention(
            "Subcommittee", "2025-06-01", "LEG", id="a subcommittee of a Senate (no country said)"
        ),
        Text("The Bundestag Defence Committee in Germany approved the purchase.").mention(
            "Committee", "2025-06-01", "DEULEG", id="a committee of another parliament"
        ),
        Text("The White House Committee on Pandemics met on Monday.").mention(
            "Committee", "2025-06-01", "USA", id="the White House is not the House"
        ),
    ]
)

test_agencies_by_the_words_of_their_names = mention_table(
    [
        Text("Ukraine's National Anti-Corruption Bureau searched the minister's home.").mention(
            "Bureau", "2025-06-01", "UKRCOP", id="an anti-corruption bureau investigates: COP"
        ),
        Text("Agents of Moldova's National Anti-Corruption Bureau detained the mayor.").mention(
            "Agents", "2025-06-01", "MDACOP", id="its agents too"
        ),
        Text("The U.S. National Counterterrorism Center issued a warning.").mention(
            "Center", "2025-06-01", "USASPY", id="a counterterrorism center is intelligence"
        ),
        Text("Kenya's Air Accident Investigation Bureau released its report.").mention(
            "Bureau", "2025-06-01", "KENGOV", id="an accident investigation bureau stays GOV"
        ),
        Text("The Canada Industrial Relations Board ordered the strike to end.").mention(
            "Board", "2025-06-01", "CANGOV", id="a state board, with the country in its name"
        ),
    ]
)

test_companies_and_ships = mention_table(
    [
        Text("Air Canada suspended its flights after cabin crew went on strike.").mention(
            "Canada", "2025-06-01", "CANBUS", id="Air Canada is an airline, not Canada"
        ),
        Text("Air Serbia cancelled twelve flights to Belgrade on Monday.").mention(
            "Serbia", "2025-06-01", "SRBBUS", id="any Air-and-country airline"
        ),
        Text("The air force of Canada struck the targets.").mention(
            "Canada", "2025-06-01", "CAN", id="lowercase air before a country: the country"
        ),
        Text("A Russian frigate entered the Baltic Sea on Sunday.").mention(
            "frigate", "2025-06-01", "RUSMIL", id="a navy's ship is military"
        ),
        Text(
            "Britain deployed fighter jets and the Royal Navy destroyer HMS Kent to Cyprus."
        ).mention("destroyer", "2025-06-01", "GBRMIL", id="a destroyer named with its navy"),
    ]
)


def _we_codes(coder, title: str, text: str) -> list[str | None]:  # noqa: ANN001
    """The codes of each "we"/"our" of a White House release with this title."""
    doc = coder.nlp(text)
    actors = ArticleActors(
        coder.extractor.resolver, "2025-06-01", home_country(WHITE_HOUSE, None), title
    )
    codes = []
    for tok in doc:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            ref = actors.mention(tok)
            if tok.lower_ in {"we", "our"}:
                codes.append(ref.code if ref is not None else None)
    return codes


def test_the_we_of_a_summit_communique_is_the_organisation(coder) -> None:  # noqa: ANN001
    text = "We reaffirm our support for Ukraine. We will meet again next year in Canada."
    assert _we_codes(coder, "G7 Kananaskis Leaders’ Communiqué", text) == ["IGOGSV"] * 3
    assert _we_codes(coder, "NATO Summit Declaration", text) == ["IGONAT"] * 3


def test_the_we_of_a_plain_release_stays_the_government(coder) -> None:  # noqa: ANN001
    text = "We reaffirm our support for Ukraine. We will meet again next year in Canada."
    assert _we_codes(coder, "Statement from the Press Secretary", text) == ["USAGOV"] * 3
    # a communiqué the home state issues with another state: several states, no one code
    joint = "Joint Statement of the United States and Japan"
    assert _we_codes(coder, joint, text) == [None] * 3

"""Acts a news reader expects as records, which the extractor used to leave uncoded.

One test per class: a report whose content codes nothing is a public statement (CAMEO 010);
a report pointing back at earlier words ("This was stated by ..."); nominal acts whose doer
is named by "from", by the traveller's "of" or by whoever is "in" them; a nominal act the
sentence takes as having happened ("following the negotiations with X"), kept with its doer
unknown; and lexicon rows for greetings, video conferences and gaining control. The
sentences are the project's own.
"""

from __future__ import annotations

from eventwire.records import Article, Event


def coded(coder, text: str) -> list[Event]:  # noqa: ANN001
    return coder.code_text(text, date="2024-05-01")


def rows(events: list[Event]) -> set[tuple]:
    return {(e.cameo.code, e.source and e.source.code, e.target and e.target.code) for e in events}


def test_a_report_whose_content_codes_nothing_is_a_statement(coder) -> None:  # noqa: ANN001
    events = coded(
        coder, "The Norwegian foreign minister stressed that the Arctic is a region of low tension."
    )
    assert rows(events) == {("010", "NORGOV", None)}  # about the Arctic, made to no one
    assert events[0].trigger.text == "stressed"
    assert events[0].plover.type is None  # PLOVER has no statement type


def test_a_statement_is_made_to_the_one_told_not_to_reporters(coder) -> None:  # noqa: ANN001
    told = coded(coder, "Sergei Lavrov told Antony Blinken that Moscow is ready for an exchange.")
    assert ("010", "RUSGOV", "USAGOV") in rows(told)
    public = coded(
        coder, "Prime Minister Narendra Modi told reporters that the economy is growing."
    )
    assert rows(public) == {("010", "INDGOV", None)}


def test_a_reported_act_is_the_act_not_a_statement_too(coder) -> None:  # noqa: ANN001
    events = coded(coder, "Kenya said that Somali troops shelled the border town of Mandera.")
    assert [e.cameo.code for e in events] == ["194"]
    assert events[0].attribution is not None and events[0].attribution.speaker.code == "KEN"


def test_thoughts_and_witness_accounts_are_no_statements(coder) -> None:  # noqa: ANN001
    assert (
        coded(coder, "The Finnish president believes that dialogue with Moscow is possible.") == []
    )
    assert coded(coder, "A shopkeeper said that the street had been quiet all night.") == []


def test_words_reported_by_pointing_back_are_a_statement(coder) -> None:  # noqa: ANN001
    passive = coded(coder, "This was stated by President Emmanuel Macron at a briefing in Paris.")
    assert rows(passive) == {("010", "FRAGOV", None)}
    pointed = coded(coder, "President Emmanuel Macron said this during a visit to a school.")
    assert ("010", "FRAGOV", None) in rows(pointed)


def test_a_message_noun_takes_its_sender_from_from(coder) -> None:  # noqa: ANN001
    events = coded(coder, "Poland closed the crossing following a request from Lithuania.")
    assert ("020", "LTUGOV", None) in rows(events)


def test_a_visit_takes_its_traveller_from_of(coder) -> None:  # noqa: ANN001
    events = coded(coder, "Macron praised the visit to France of Indian Prime Minister Modi.")
    visits = [e for e in events if e.cameo.code == "042"]
    assert [v.source.code for v in visits] == ["INDGOV"]


def test_whoever_is_in_talks_holds_them(coder) -> None:  # noqa: ANN001
    events = coded(coder, "Armenia is in talks with Azerbaijan over the border.")
    assert rows(events) == {("040", "ARMGOV", "AZE")}


def test_an_act_told_as_a_circumstance_keeps_its_known_party(coder) -> None:  # noqa: ANN001
    events = coded(coder, "Ankara announced the plan after negotiations with Iraq.")
    talks = [e for e in events if e.cameo.code == "046"]
    assert [(t.source, t.target.code, t.modality) for t in talks] == [(None, "IRQ", "asserted")]
    # a bare act with no party known stays uncoded, as before
    assert coded(coder, "The talks ended after an attack on a convoy.") == []


def test_lexicon_rows_for_greetings_conferences_and_control(coder) -> None:  # noqa: ANN001
    greet = coded(coder, "Vladimir Putin sent greetings to the people of Vietnam.")
    assert {e.cameo.code for e in greet} == {"010"}
    conference = coded(
        coder, "Chancellor Olaf Scholz held a video conference with President Emmanuel Macron."
    )
    assert ("040", "DEUGOV", "FRAGOV") in rows(conference)
    assert coded(coder, "Olaf Scholz held a press conference in Berlin.")[0].cameo.code == "010"
    control = coded(coder, "Ukrainian forces gained control of the town of Kupiansk.")
    assert ("192", "UKRMIL", "UKR") in rows(control)


def test_a_statement_to_the_reporting_wire_has_no_target(coder) -> None:  # noqa: ANN001
    # the dateline names the agency; telling it is telling the press, known agency or not
    text = (
        "KABUL, March 3 (Pajhwok) - Afghanistan's foreign minister said on Monday that talks "
        'would resume soon. "Nothing is settled yet," the minister told Pajhwok.'
    )
    told = [e for e in coded(coder, text) if e.trigger.text == "told"]
    assert told and all(e.target is None for e in told)
    assert told[0].source is not None and told[0].source.code == "AFGGOV"


def test_a_statement_to_the_agency_of_a_stripped_dateline_has_no_target(coder) -> None:  # noqa: ANN001
    # the reader strips "KABUL, March 3 (Pajhwok) -" and keeps the agency in `extras`
    text = '"Nothing is settled yet," the Afghan foreign minister told Pajhwok on Monday.'
    article = Article(id="wire-2", text=text, date="2024-03-03", extras={"agency": "Pajhwok"})
    events = coder.code_doc(article, coder.nlp(text))
    told = [e for e in events if e.trigger.text == "told"]
    assert told and all(e.target is None for e in told)


def test_he_after_a_quote_is_never_someone_the_quote_names(coder) -> None:  # noqa: ANN001
    text = (
        "White House spokesman John Kirby spoke to reporters on Friday. "
        '"This is a serious moment for Mr. Putin and for everyone in the region," he said.'
    )
    said = [e for e in coded(coder, text) if e.trigger.text == "said"]
    assert said and said[0].cameo.code == "010"
    assert said[0].source.code == "USAGOV"  # Kirby, not Putin named inside the quote
    assert said[0].attribution is not None and said[0].attribution.speaker.name == "John Kirby"


def test_the_visitor_hung_on_the_place_is_the_visitor(coder) -> None:  # noqa: ANN001
    """ "the visit to France of X": the parser hangs "of X" on the place; X still visits France,
    and welcoming the visit is welcoming X."""
    events = rows(
        coded(
            coder,
            "President Emmanuel Macron welcomed the visit to France of Prime Minister"
            " Narendra Modi.",
        )
    )
    assert ("042", "INDGOV", "FRA") in events
    assert ("051", "FRAGOV", "INDGOV") in events


def test_an_act_inside_a_rejected_thing_is_not_the_rejecters_claim(coder) -> None:  # noqa: ANN001
    """ "rejects proposals put forward by China": the proposals are the thing rejected; that
    China put them forward is the reporter's (here Kirby's) account, not the rejecter's."""
    events = coded(
        coder,
        "The United States rejects the proposals put forward by China, White House spokesman"
        " John Kirby told reporters.",
    )
    put = next(e for e in events if e.trigger.text.startswith("put"))
    assert put.attribution is not None and put.attribution.speaker.name == "John Kirby"

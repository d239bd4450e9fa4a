"""Resolver rules on sentences written for them: who a mention is, read with its neighbours."""

from __future__ import annotations

from eventwire.actors.resolver import ArticleActors, home_country


def _code_at(coder, text: str, word: str, day: str, source: str | None = None, nth: int = 0):
    """The code the resolver gives the token `word` (its nth occurrence), reading the
    article in order up to it, as the coder does."""
    doc = coder.nlp(text)
    actors = ArticleActors(coder.extractor.resolver, day, home_country(source, None))
    hits = [t for t in doc if t.text == word]
    for tok in doc[: hits[nth].i]:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"}:
            actors.mention(tok)
    ref = actors.mention(hits[nth])
    return ref.code if ref is not None else None


def test_a_repeated_full_name_is_the_person_described_before(coder):
    text = (
        "Kharkiv Mayor Ihor Terekhov told the President about the damage. "
        "Later the President thanked Ihor Terekhov for his work."
    )
    source = "President of Ukraine"
    assert _code_at(coder, text, "Terekhov", "2022-05-01", source) == "UKRGOV"
    assert _code_at(coder, text, "Terekhov", "2022-05-01", source, nth=1) == "UKRGOV"


def test_a_capital_followed_by_another_country_is_a_town_of_that_country(coder):
    # Santo Domingo is the Dominican capital and a town of Ecuador
    text = "Seven people are killed by criminal gangs at a bar in Santo Domingo, Ecuador."
    assert _code_at(coder, text, "gangs", "2025-09-13") == "ECUCRM"
    text = "Seven people are killed by criminal gangs at a bar in Santo Domingo."
    assert _code_at(coder, text, "gangs", "2025-09-13") == "DOMCRM"


def test_a_bracket_glued_to_the_word_before_does_not_hide_a_name(coder):
    text = "You met the head of the People's Republic of China[Xi Jinping] yesterday."
    assert _code_at(coder, text, "Jinping", "2021-12-16") == "CHNGOV"


def test_the_title_before_a_name_beats_an_organisation_in_an_appositive_after_it(coder):
    text = (
        "Croatia's central bank chief, Ivo Horvat, a member of the European Central Bank "
        "committee, is charged."
    )
    assert _code_at(coder, text, "Horvat", "2025-05-29") == "HRVGOV"
    text = "The panel heard Iraqi rights activist Leyla Hassan, a survivor of ISIS abuse."
    assert _code_at(coder, text, "Hassan", "2022-06-10").startswith("IRQ")
    # with no national title before the name, the appositive's organisation still codes
    text = "Ivo Horvat, a member of the European Central Bank committee, is charged."
    assert _code_at(coder, text, "Horvat", "2025-05-29") == "IGOECB"


def test_a_title_after_as_codes_an_appointee(coder):
    text = (
        "The President announced the appointment of Jane Roe as Special Assistant to the "
        "President for Trade."
    )
    assert _code_at(coder, text, "Roe", "2021-04-15", "The White House") == "USAGOV"
    # "as well as" is no title
    text = "Jane Roe as well as John Doe attended the dinner."
    assert _code_at(coder, text, "Roe", "2021-04-15", "The White House") is None


def test_forces_and_people_a_leader_acts_on_are_their_own(coder):
    text = (
        "Russian officials protested. Danish Prime Minister Mette Frederiksen orders the "
        "military to inspect Russian tankers."
    )
    assert _code_at(coder, text, "military", "2025-06-01") == "DNKMIL"
    # without such a subject the article's country decides, as before
    text = "Russian officials protested after Russian jets flew over. The military said little."
    assert _code_at(coder, text, "military", "2025-06-01") == "RUSMIL"


def test_the_us_written_in_capitals_is_the_united_states_not_the_pronoun(coder):
    (aid,) = coder.code_text("The US provided funds to Ukraine.", date="2024-01-01")
    assert (aid.source.code, aid.target.code) == ("USA", "UKR")
    (attack,) = coder.code_text('"Russia attacked us," Zelensky said.', date="2024-01-01")
    assert attack.target.code == "UKRGOV"  # the pronoun is still the speaker

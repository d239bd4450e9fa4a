"""Reading PETRARCH verb dictionaries into the lexicon: each syntax feature, and the real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events.lexicon import Lexicon, load_lexicon
from eventwire.events.petrarch_verbs import event_code, load_petrarch_verbs

DICTS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "petrarch2" / "dictionaries"

# A small dictionary in PETRARCH's format, written for these tests.
FIXTURE = """\
# synonym sets
&TALKSET
+TALKS
+NEGOTIATION
+PEACE_PROCESS

&KIND_
+CHEMICAL
+NUCLEAR

&PREPSET_
+AGAINST
+ON

--- PLEDGE [033] ---
PLEDGE
VOW {VOWS VOWED VOWING} [030]
- * AID [0331]
- * (FOR {HUMANITARIAN AID}) [0233]
- * &TALKSET [036]
- * WITH + [031]
- $ * + RECOGNITION [030]

--- SIGNAL [---] ---
SIGNAL
- * (TO +) [042:043]
- * &PREPSET PROTESTERS [175]
- * {&KIND WEAPONS} [138]

--- CANCEL [---] ---
+CALL_OFF {+CALLED_OFF +CALLING_OFF +CALLS_OFF} [160]
PULL
- * OUT (OF TALKS) [161]
- * BACK [0871]

--- HOLD [---] ---
HOLD {HOLDS HELD HOLDING}
HELD
- * TALKS WITH + [040]
- % * [043]
- &MILITARY * EXERCISES [062]
- * NOT TALKS [128]
- * (BEFORE COURT) [:173]
- * SUMMIT [999]
- * CONFERENCE [075A]
- * MEETING
"""


@pytest.fixture
def fixture_file(tmp_path: Path) -> Path:
    path = tmp_path / "test.verbs.txt"
    path.write_text(FIXTURE, encoding="utf-8")
    return path


@pytest.fixture
def fixture_lexicon(fixture_file: Path) -> Lexicon:
    return load_lexicon(petrarch_verb_files=(fixture_file,))


def code(lexicon: Lexicon, lemma: str, particles=(), objects=(), preps=()) -> str | None:
    pattern = lexicon.match("VERB", lemma, set(particles), set(objects), set(preps))
    return pattern.cameo if pattern else None


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_block_code_and_verb_code_give_bare_patterns(fixture_lexicon: Lexicon) -> None:
    assert code(fixture_lexicon, "pledge") == "033"  # the block's code
    assert code(fixture_lexicon, "vow") == "030"  # the verb's own code wins over the block's
    # a null block code [---] codes nothing by itself ("signal" is not in the built-in lexicon)
    assert code(fixture_lexicon, "signal") is None


def test_pattern_objects_apply_to_every_verb_of_the_block(fixture_lexicon: Lexicon) -> None:
    assert code(fixture_lexicon, "pledge", objects={"aid"}) == "0331"
    assert code(fixture_lexicon, "vow", objects={"aid"}) == "0331"


def test_brace_phrase_requires_its_modifier_and_prep(fixture_lexicon: Lexicon) -> None:
    assert code(fixture_lexicon, "pledge", objects={"aid", "humanitarian"}, preps={"for"}) == "0233"
    # without the modifier the plainer "* AID" line applies
    assert code(fixture_lexicon, "pledge", objects={"aid"}, preps={"for"}) == "0331"


def test_synset_members_are_alternatives_and_multiword_members_keep_their_words(
    fixture_lexicon: Lexicon,
) -> None:
    assert code(fixture_lexicon, "pledge", objects={"negotiation"}) == "036"
    assert code(fixture_lexicon, "pledge", objects={"talks"}) == "036"
    assert code(fixture_lexicon, "pledge", objects={"process", "peace"}) == "036"
    assert code(fixture_lexicon, "pledge", objects={"process"}) == "033"  # "peace" is required


def test_synset_modifier_expands_to_one_pattern_per_member(fixture_lexicon: Lexicon) -> None:
    assert code(fixture_lexicon, "signal", objects={"weapons", "chemical"}) == "138"
    assert code(fixture_lexicon, "signal", objects={"weapon", "nuclear"}) == "138"
    assert code(fixture_lexicon, "signal", objects={"weapon"}) is None


def test_synset_of_prepositions_gives_one_pattern_per_preposition(
    fixture_lexicon: Lexicon,
) -> None:
    assert code(fixture_lexicon, "signal", objects={"protesters"}, preps={"against"}) == "175"
    assert code(fixture_lexicon, "signal", objects={"protesters"}, preps={"on"}) == "175"


def test_plus_marks_the_target(fixture_lexicon: Lexicon) -> None:
    with_plus = fixture_lexicon.match("VERB", "pledge", set(), set(), {"with"})
    assert (with_plus.cameo, with_plus.target) == ("031", "prep:with")
    to_target = fixture_lexicon.match("VERB", "signal", set(), set(), {"to"})
    assert (to_target.cameo, to_target.target) == ("042", "prep:to")  # [042:043]: forward code
    talks = fixture_lexicon.match("VERB", "hold", set(), {"talks"}, {"with"})
    assert (talks.cameo, talks.target) == ("040", "prep:with")


def test_dollar_before_verb_is_the_ordinary_subject(
    fixture_lexicon: Lexicon, fixture_file: Path
) -> None:
    line = line_of(fixture_file, "- $ * + RECOGNITION")
    assert not any(w.startswith(f"{fixture_file}:{line}:") for w in fixture_lexicon.warnings)
    pattern = fixture_lexicon.match("VERB", "pledge", set(), {"recognition"}, set())
    assert (pattern.cameo, pattern.target) == ("030", "dobj")


def test_multiword_verb_and_particles(fixture_lexicon: Lexicon) -> None:
    assert code(fixture_lexicon, "call", particles={"off"}) == "160"
    assert code(fixture_lexicon, "call") is None  # the particle is required
    assert code(fixture_lexicon, "pull", particles={"back"}) == "0871"
    # particle plus "(OF TALKS)": of-phrase right after the verb is its preposition
    pulled_out = code(fixture_lexicon, "pull", particles={"out"}, objects={"talks"}, preps={"of"})
    assert pulled_out == "161"


def test_irregular_form_listed_as_a_verb_is_lemmatised(fixture_file: Path) -> None:
    patterns, _ = load_petrarch_verbs(fixture_file)
    assert "held" not in {p.lemma for p in patterns}
    assert "hold" in {p.lemma for p in patterns}


def test_inexpressible_lines_are_skipped_with_file_and_line(fixture_file: Path) -> None:
    patterns, warnings = load_petrarch_verbs(fixture_file)
    expected = {
        "- % * [043]": "'%' before the verb",
        "&MILITARY * EXERCISES": "undefined synset &MILITARY",
        "* NOT TALKS": "'NOT'",
        "(BEFORE COURT) [:173]": "reverse",
        "- * MEETING": "without a [code]",
    }
    for text, reason in expected.items():
        where = f"{fixture_file}:{line_of(fixture_file, text)}: "
        assert any(w.startswith(where) and reason in w for w in warnings), (text, warnings)
    assert not any(p.cameo in {"043", "128", "173"} for p in patterns)


def test_a_dictionary_code_outside_cameo_is_kept_as_written(
    fixture_file: Path, fixture_lexicon: Lexicon
) -> None:
    # PETRARCH emits a dictionary's own codes (WEIS-style 223, test codes 9xx) verbatim.
    assert code(fixture_lexicon, "hold", objects={"summit"}) == "999"
    where = f"{fixture_file}:{line_of(fixture_file, '* SUMMIT [999]')}: "
    assert any(w.startswith(where) and "own code" in w for w in fixture_lexicon.warnings)
    own = event_code("999")
    assert (own.root, own.plover_type, own.goldstein) == ("99", None, 0.0)
    assert event_code("190").plover_type == "ASSAULT"  # CAMEO codes are looked up as before


def test_words_before_the_verb_must_precede_it_in_its_clause(tmp_path: Path, coder) -> None:
    from eventwire.events.extract import EventExtractor
    from eventwire.records import Article

    path = tmp_path / "neg.verbs.txt"
    path.write_text(
        "&NEGAUX\n+DID N'T\n+WILL NOT\n\n"
        "--- ATTACK [190] ---\nATTACK\n- &NEGAUX * [1901]\n- SAID WOULD * [1381]\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(petrarch_verb_files=(path,))
    extractor = EventExtractor(coder.extractor.resolver, lexicon)

    def codes(text: str) -> set[str]:
        doc = coder.nlp(text)
        return {e.cameo.code for e in extractor.extract(Article(id="t", text=text), doc)}

    assert codes("Russia didn't attack Ukraine.") == {"1901"}
    assert codes("Russia will not attack Ukraine.") == {"1901"}
    assert codes("Russia said it would attack Ukraine.") == {"1381"}
    assert codes("Russia attacked Ukraine.") == {"190"}


def test_test_variant_code_is_kept_as_written_with_its_base_meaning(
    fixture_lexicon: Lexicon,
) -> None:
    # PETRARCH emits a dictionary's code as written; the suite expects "174K", not "174".
    assert code(fixture_lexicon, "hold", objects={"conference"}) == "075A"
    assert any("[075A] kept as written" in w for w in fixture_lexicon.warnings)
    variant, base = event_code("075A"), event_code("075")
    assert variant.code == "075A" and variant.root == base.root == "07"
    assert (variant.plover_type, variant.goldstein) == (base.plover_type, base.goldstein)


def test_user_dictionary_wins_over_builtin_at_equal_specificity(tmp_path: Path) -> None:
    builtin = load_lexicon()
    assert code(builtin, "boycott", objects={"talk"}) == "125"
    path = tmp_path / "mine.verbs.txt"
    path.write_text("--- BOYCOTT [---] ---\nBOYCOTT\n- * TALKS [1246]\n", encoding="utf-8")
    mine = load_lexicon(petrarch_verb_files=(path,))
    assert code(mine, "boycott", objects={"talks"}) == "1246"
    assert code(mine, "hold", objects={"talk"}) == "040"  # built-ins still there


@pytest.mark.shared
def test_cameo_dictionary_loads_into_many_patterns() -> None:
    # (its load time is a speed figure, not a test: about 2 s on the project machine)
    patterns, warnings = load_petrarch_verbs(DICTS / "CAMEO.2.0.txt")
    assert len(patterns) > 1000
    assert len(warnings) < len(patterns) / 20
    lexicon = load_lexicon(petrarch_verb_files=(DICTS / "CAMEO.2.0.txt",))
    # ASK [020]; "- * EXTRADITION [0213]"; "+CALL_OFF [160]"; RUSH "- * &FOOD [073]"
    assert code(lexicon, "request") == "020"
    assert code(lexicon, "request", objects={"extradition"}) == "0213"
    assert code(lexicon, "call", particles={"off"}) == "160"
    assert code(lexicon, "rush", objects={"food"}) == "073"
    assert code(lexicon, "expedite", objects={"foodstuff"}) == "073"


@pytest.mark.shared
def test_validation_verb_dictionary_loads() -> None:
    lexicon = load_lexicon(petrarch_verb_files=(DICTS / "PETR.Validate.verbs.txt",))
    assert code(lexicon, "restore") == "064"  # "--- RESTORE [064] ---"
    # its WEIS-style codes (e.g. ATTACK [223]) are outside CAMEO: kept, and reported
    assert any("[223] is not in eventwire's CAMEO table" in w for w in lexicon.warnings)
    assert code(lexicon, "attack") == "223"


def test_a_verb_the_dictionary_codes_is_coded_only_as_the_dictionary_says(
    fixture_lexicon: Lexicon,
) -> None:
    # Our own rows code "pledge support" (051) and "hold exercises with" (062); with the
    # dictionary loaded, its PLEDGE and HOLD blocks decide alone.
    assert code(load_lexicon(), "pledge", objects={"support"}, preps={"for"}) == "051"
    assert code(fixture_lexicon, "pledge", objects={"support"}, preps={"for"}) == "033"
    # Verbs the dictionary does not code keep our rows.
    assert code(fixture_lexicon, "condemn") == code(load_lexicon(), "condemn") is not None


# A dictionary in PETRARCH's format, written for the tests of how its verbs are applied.
PHRASES = """\
&NEGAUX
+DID N'T
+WILL NOT

--- LEAVE [012] ---
LEAVE
--- LEFT [032:033] ---
LEFT
--- WELCOME [041] ---
WELCOME
--- ALLOW [080] ---
ALLOW
- RECENTLY_* [025]
--- ATTACK [190] ---
ATTACK
- &NEGAUX EVER * [1901]
- MOST_CERTAINLY_&NEGAUX_EVER * [1902]
"""


@pytest.fixture
def phrase_events(tmp_path: Path, coder):  # noqa: ANN201
    from eventwire.events.extract import EventExtractor
    from eventwire.records import Article

    path = tmp_path / "phrases.verbs.txt"
    path.write_text(PHRASES, encoding="utf-8")
    extractor = EventExtractor(coder.extractor.resolver, load_lexicon(petrarch_verb_files=(path,)))

    def events(text: str) -> set[tuple[str | None, str | None, str]]:
        found = extractor.extract(Article(id="t", text=text), coder.nlp(text))
        return {
            (e.source and e.source.country, e.target and e.target.country, e.cameo.code)
            for e in found
        }

    return events


def test_a_form_the_dictionary_lists_as_its_own_verb_is_coded_by_it(phrase_events) -> None:
    # LEFT [032:033] is not LEAVE [012]: the written form decides, as in PETRARCH; its
    # reverse code is the host's act on the traveller; the target is found after "for".
    assert phrase_events("France left for Germany on Monday.") == {
        ("FRA", "DEU", "032"),
        ("DEU", "FRA", "033"),
    }
    assert phrase_events("France is leaving the coalition.") == {("FRA", None, "012")}


def test_target_is_the_first_actor_inside_the_object_phrase(phrase_events) -> None:
    found = phrase_events("Germany welcomed a resumption of talks between France and Russia.")
    assert {(s, t) for s, t, _ in found} == {("DEU", "FRA"), ("DEU", "RUS")}


def test_words_joined_by_underscore_must_be_consecutive(phrase_events) -> None:
    # "RECENTLY_*": right before the verb; "MOST_CERTAINLY_&NEGAUX_EVER": one run of words.
    assert {c for _, _, c in phrase_events("Russia recently allowed inspections.")} == {"025"}
    assert {c for _, _, c in phrase_events("Russia recently did allow inspections.")} == {"080"}
    most = "Russia most certainly didn't ever attack Ukraine."
    assert {c for _, _, c in phrase_events(most)} == {"1902"}
    gap = "Russia most certainly really didn't even ever attack Ukraine."
    assert {c for _, _, c in phrase_events(gap)} == {"1901"}

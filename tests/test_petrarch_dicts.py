"""Users' own PETRARCH / Phoenix dictionaries load into the knowledge base."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from eventwire.actors.kb import load_kb, normalise
from eventwire.actors.petrarch import (
    PetrarchDictionaryError,
    petrarch_day,
    read_actor_dictionary,
    read_agent_dictionary,
)
from eventwire.actors.titles import pick_role

DICTS = Path(__file__).resolve().parents[2] / "shared" / "gold" / "petrarch2" / "dictionaries"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _role_on(kb, name: str, day: str):
    return pick_role(kb.person_index()[normalise(name)], day, None)


# ------------------------------------------------------------ the real Phoenix files


@pytest.fixture(scope="module")
def phoenix_kb():
    if not DICTS.is_dir():
        pytest.skip(f"needs {DICTS}")
    load_kb()  # the shipped base is cached; time only the dictionaries
    started = time.perf_counter()
    kb = load_kb(
        petrarch_actor_files=[DICTS / "Phoenix.Countries.actors.txt"],
        petrarch_agent_files=[DICTS / "Phoenix.agents.txt"],
    )
    print(f"Phoenix countries + agents loaded in {time.perf_counter() - started:.2f} s")
    return kb


@pytest.mark.shared
def test_phoenix_files_load_with_people_countries_and_agents(phoenix_kb):
    stats = phoenix_kb.stats
    assert stats["people"] > 10_000
    assert stats["sector terms"] > 3_000
    assert stats["country names"] > 1_000
    assert len(phoenix_kb.people) > len(load_kb().people)
    # Odd lines are reported, not fatal, and every warning says where.
    assert all(":" in w for w in phoenix_kb.warnings)


@pytest.mark.shared
def test_a_president_is_government_inside_his_dated_term_only(phoenix_kb):
    # Jimmy Carter is in the Phoenix file only (our people.tsv starts later).
    inside = _role_on(phoenix_kb, "Jimmy Carter", "1978-06-01")
    assert (inside.country, inside.sector) == ("USA", "GOV")
    after = _role_on(phoenix_kb, "President Jimmy Carter", "1990-06-01")
    assert (after.country, after.sector) == ("USA", "ELI")  # the entry's default code


@pytest.mark.shared
def test_agent_words_become_sector_words(phoenix_kb):
    terms = phoenix_kb.sector_terms
    assert terms["police"].sector == "COP"
    assert terms["gendarmery"].sector == "COP"  # only in the Phoenix agents
    assert terms["cattlemen"].sector == "AGR"  # !PERSON! marker expanded
    assert terms["foreign ministries"].sector == "GOV"  # regular plural generated


@pytest.mark.shared
def test_undated_entries_become_organisations_and_country_names(phoenix_kb):
    army = phoenix_kb.organizations[phoenix_kb.org_index()["afghan national army"]]
    assert (army.code, army.country, army.sector) == ("AFGMIL", "AFG", "MIL")
    assert phoenix_kb.country_names()["helmand"] == "AFG"


@pytest.mark.shared
def test_shipped_data_wins_over_the_dictionary(phoenix_kb):
    # Phoenix (2014) has Obama in office with no end; people.tsv knows better.
    assert {r.person_id for r in phoenix_kb.person_index()["barack obama"]} == {"barack-obama"}
    assert phoenix_kb.metonym_index()["white house"] == "USA"
    assert "gendarmery" not in load_kb().sector_terms  # the cached default is untouched


@pytest.mark.shared
def test_all_phoenix_actor_files_load_and_ours_win():
    if not DICTS.is_dir():
        pytest.skip(f"needs {DICTS}")
    load_kb()
    kb = load_kb(
        petrarch_actor_files=[
            DICTS / "Phoenix.Countries.actors.txt",
            DICTS / "Phoenix.International.actors.txt",
            DICTS / "Phoenix.MilNonState.actors.txt",
        ],
        petrarch_agent_files=[DICTS / "Phoenix.agents.txt"],
    )
    hamas = kb.organizations[kb.org_index()["hamas"]]
    assert hamas.actor_id == "hamas"  # ours, not the dictionary's


@pytest.mark.shared
def test_petrarch_validation_dictionaries_load_with_fictional_countries():
    if not DICTS.is_dir():
        pytest.skip(f"needs {DICTS}")
    kb = load_kb(
        petrarch_actor_files=[DICTS / "PETR.Validate.actors.txt"],
        petrarch_agent_files=[DICTS / "PETR.Validate.agents.txt"],
    )
    assert kb.countries["MOR"].name == "Mordor"
    assert kb.country_names()["barad-dur"] == "MOR"
    gollum = kb.person_index()["smeagol"]
    assert {(r.country, r.sector) for r in gollum if r.active_on("1997-01-01")} == {("HOB", "GOV")}
    assert {(r.country, r.sector) for r in gollum if r.active_on("2001-01-01")} == {("HOB", "REB")}
    assert kb.sector_terms["congressmen"].sector == "LEG"
    assert kb.sector_terms["ministries of silly walks"].sector == "GOV"
    assert kb.sector_terms["attorneys general"].sector == "GOV"
    assert any("~GGS" in w and "golden goose" in w for w in kb.warnings)


# ------------------------------------------------------------ hand-written fixtures


ACTORS = """\
<!-- a test dictionary
     over two lines -->
# a comment line
RURITANIA_  [RUR]
+RURITANIAN
+STRELSAU   # the capital, with a comment

RUDOLF_RASSENDYLL_
+KING_RUDOLF
+RASSENDYLL
\t[RURELI 19500101-930601]
\t[RURGOV 930601-090120]
\t[RURELI >090121]

BLACK_ELPHBERG [RUR] ; a TABARI-style comment
BLACK ELPHBERG_GUARD [RURMIL]
RUPERT_OF_HENTZAU
\t[RURREB <990101]
COUNT_SAPT
SAPT_THE_ELDER
\t[RURMIL 990101-20011231]
BROKEN_ENTRY [RURGOV
ODD_DATES
\t[RURGOV 991340-000101]
\t[RURGOV]
"""


@pytest.fixture()
def fixture_kb(tmp_path):
    return load_kb(petrarch_actor_files=[_write(tmp_path / "r.actors.txt", ACTORS)])


def test_fixture_synonyms_underscores_and_comments(fixture_kb):
    names = fixture_kb.country_names()
    assert names["ruritania"] == names["ruritanian"] == names["strelsau"] == "RUR"
    assert fixture_kb.countries["RUR"].name == "Ruritania"
    guard = fixture_kb.organizations[fixture_kb.org_index()["black elphberg guard"]]
    assert (guard.code, guard.country, guard.sector, guard.kind) == (
        "RURMIL",
        "RUR",
        "MIL",
        "OTHER",
    )


def test_fixture_date_ranges_become_dated_roles(fixture_kb):
    assert _role_on(fixture_kb, "King Rudolf", "2000-05-05").sector == "GOV"
    assert _role_on(fixture_kb, "Rassendyll", "2009-01-20").sector == "GOV"  # ends inclusive
    assert _role_on(fixture_kb, "Rudolf Rassendyll", "2012-01-01").sector == "ELI"
    assert _role_on(fixture_kb, "Rudolf Rassendyll", "1940-01-01") is None
    rupert = fixture_kb.person_index()["rupert of hentzau"]
    assert [(r.start, r.end, r.sector) for r in rupert] == [(None, "1999-01-01", "REB")]


def test_fixture_missing_plus_joins_the_next_entry(fixture_kb):
    assert _role_on(fixture_kb, "Count Sapt", "2000-01-01").sector == "MIL"
    assert _role_on(fixture_kb, "Sapt The Elder", "2001-12-31").sector == "MIL"


def test_fixture_bad_lines_are_warnings_with_file_and_line(tmp_path):
    path = _write(tmp_path / "r.actors.txt", ACTORS)
    _, warnings = read_actor_dictionary(path)
    assert any(w.startswith(f"{path}:22:") and "unbalanced" in w for w in warnings)
    assert any(w.startswith(f"{path}:24:") and "991340" in w for w in warnings)
    assert any(w.startswith(f"{path}:20:") and "missing '+'" in w for w in warnings)
    kb = load_kb(petrarch_actor_files=[path])
    odd = kb.organizations[kb.org_index()["odd dates"]]
    assert odd.code == "RURGOV"  # the good code is kept (undated, so an organisation)


def test_fixture_phrases_already_ours_are_not_taken(tmp_path):
    path = _write(
        tmp_path / "x.actors.txt",
        "KREMLIN_ [RURGOV]\n+RED_SQUARE_PALACE\nDONALD_TRUMP\n\t[RURGOV 170120-210120]\n",
    )
    kb = load_kb(petrarch_actor_files=[path])
    assert kb.metonym_index()["kremlin"] == "RUS"
    assert kb.org_index()["red square palace"].startswith("petrarch-")
    assert {r.person_id for r in kb.person_index()["donald trump"]} == {"donald-trump"}
    assert any("'Kremlin' already names RUS" in w for w in kb.warnings)


def test_fixture_agents_plurals_markers_and_codes(tmp_path):
    path = _write(
        tmp_path / "a.agents.txt",
        "!PERSON! = MAN, MEN\n"
        "MOUNTAIN!PERSON! [~REB]\n"
        "POLICE_AUXILIARY {} [~COP]\n"
        "SECRET_POLICEMAN {SECRET_POLICEMEN} [~COPSPY]\n"
        "NEWS_AGENCY [~MED]  # CAMEO MED is news media\n"
        "CLINIC_WORKER [~HLH]\n"
        "RIGHTS_BODY [NGO~]\n"
        "MUSLIM_GUNMAN {MUSLIM_GUNMEN} [~MUSUAF]\n"
        "IMAM [~MUS]\n"
        "GOLDEN_GOOSE [~GGS]\n"
        "NO_CODE_HERE\n",
    )
    kb = load_kb(petrarch_agent_files=[path])
    terms = kb.sector_terms
    assert terms["mountainmen"].sector == terms["mountainman"].sector == "REB"
    assert "police auxiliaries" not in terms and terms["police auxiliary"].sector == "COP"
    assert terms["secret policemen"].sector == "COP"
    assert terms["news agencies"].sector == "JRN"
    assert terms["clinic workers"].sector == "MED"
    assert terms["rights bodies"].sector == "SOC"
    assert terms["muslim gunmen"].sector == "UAF"
    assert terms["imams"].sector == "REL"
    _, warnings = read_agent_dictionary(path)
    assert any(w.startswith(f"{path}:11:") for w in warnings)
    assert any("~GGS" in w for w in kb.warnings)


def test_petrarch_dates_follow_petrarch_century_rule():
    assert petrarch_day("090120") == "2009-01-20"
    assert petrarch_day("450412") == "1945-04-12"
    assert petrarch_day("19020101") == "1902-01-01"
    with pytest.raises(ValueError):
        petrarch_day("991340")


def test_unreadable_dictionary_is_an_error(tmp_path):
    with pytest.raises(PetrarchDictionaryError, match=r"missing\.txt:0: cannot read"):
        load_kb(petrarch_actor_files=[tmp_path / "missing.txt"])


def test_our_tsv_files_and_dictionaries_merge_together(tmp_path):
    people = _write(
        tmp_path / "p.tsv",
        "person_id\tname\taliases\tcountry\tsector\trole\tstart\tend\n"
        "jane-roe\tJane Roe\tRoe\tFRA\tGOV\tmayor\t2024-01-01\t\n",
    )
    actors = _write(tmp_path / "r.actors.txt", ACTORS)
    kb = load_kb([people], petrarch_actor_files=[actors])
    assert kb.person_index()["roe"][0].country == "FRA"
    assert kb.country_names()["ruritania"] == "RUR"

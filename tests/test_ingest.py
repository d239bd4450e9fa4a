"""Reading articles from every input format, and reporting bad input without stopping."""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import sys
from pathlib import Path

import pytest

from eventwire.ingest import IngestReport, parse_date, parse_wire_header, read_articles
from eventwire.ingest.readers import text_id
from eventwire.records import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")

BODY_A = (
    "The foreign minister met his counterpart in Geneva on Friday and said the two "
    "governments would resume talks on the border dispute next month."
)
BODY_B = (
    "Police arrested three protesters outside the parliament building after a rally "
    "against the new tax law turned violent on Saturday evening."
)
FRENCH = (
    "Le président de la République a déclaré que le gouvernement n'accepterait pas les "
    "conditions imposées par l'opposition au parlement lors de la séance d'hier, et qu'à "
    "partir de demain il rencontrera les ministres pour discuter de la situation du pays."
)
ROWS = [
    {"id": "a1", "date": "2023-03-17", "title": "Talks", "text": BODY_A, "source": "Wire"},
    {"id": "b2", "date": "2023-03-18", "title": "Arrests", "text": BODY_B, "source": "Wire"},
]


def read(paths: list[str | Path], **kwargs) -> tuple[list[Article], IngestReport]:
    report = IngestReport()
    articles = list(read_articles([str(p) for p in paths], report, **kwargs))
    return articles, report


def write_jsonl(path: Path, rows: list[dict], compress: bool = False) -> Path:
    data = "".join(json.dumps(row) + "\n" for row in rows).encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def write_delimited(path: Path, rows: list[dict], delimiter: str, compress: bool = False) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def problem_lines(report: IngestReport) -> list[str]:
    return [str(problem) for problem in report.problems]


# --- formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize("compress", [False, True])
def test_jsonl_gives_articles_with_all_fields(tmp_path: Path, compress: bool) -> None:
    name = "news.jsonl.gz" if compress else "news.jsonl"
    path = write_jsonl(tmp_path / name, ROWS, compress)
    articles, report = read([path])
    assert [a.id for a in articles] == ["a1", "b2"]
    first = articles[0]
    assert (first.date, first.title, first.source, first.text) == (
        "2023-03-17",
        "Talks",
        "Wire",
        BODY_A,
    )
    assert first.origin == f"{path}:1"
    assert (report.read, report.skipped, report.warnings) == (2, 0, 0)


@pytest.mark.parametrize("compress", [False, True])
def test_json_array_streams_elements_with_their_line(tmp_path: Path, compress: bool) -> None:
    data = json.dumps(ROWS, indent=2).encode()
    path = tmp_path / ("news.json.gz" if compress else "news.json")
    path.write_bytes(gzip.compress(data) if compress else data)
    articles, report = read([path])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert articles[0].origin == f"{path}:2"
    assert report.skipped == 0


def test_json_file_may_hold_jsonl_or_one_pretty_object(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "lines.json", ROWS)
    single = tmp_path / "single.json"
    single.write_text(json.dumps(ROWS[0], indent=2))
    articles, report = read([jsonl, single])
    assert [a.id for a in articles] == ["a1", "b2", "a1"]
    assert report.skipped == 0


@pytest.mark.parametrize(("suffix", "delimiter"), [("csv", ","), ("tsv", "\t")])
@pytest.mark.parametrize("compress", [False, True])
def test_csv_and_tsv(tmp_path: Path, suffix: str, delimiter: str, compress: bool) -> None:
    rows = [dict(row, text=row["text"].replace("Friday", 'Friday,\n"quoted"')) for row in ROWS]
    name = f"news.{suffix}" + (".gz" if compress else "")
    path = write_delimited(tmp_path / name, rows, delimiter, compress)
    articles, report = read([path])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert '"quoted"' in articles[0].text
    assert articles[1].origin == f"{path}:4"  # the first record spans lines 2-3
    assert report.skipped == 0


def test_field_aliases_are_case_insensitive_and_rest_goes_to_extras(tmp_path: Path) -> None:
    row = {
        "Article_ID": 7,
        "Published": "March 17, 2023",
        "Headline": "Talks",
        "Body": BODY_A,
        "Outlet": "Daily",
        "Link": "https://example.org/a",
        "category": "diplomacy",
    }
    articles, _ = read([write_jsonl(tmp_path / "a.jsonl", [row])])
    article = articles[0]
    assert (article.id, article.date, article.title, article.source, article.url) == (
        "7",
        "2023-03-17",
        "Talks",
        "Daily",
        "https://example.org/a",
    )
    assert article.extras == {"category": "diplomacy"}


def test_missing_id_comes_from_text_so_reruns_agree(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": BODY_A, "date": "2023-03-17"}])
    first, _ = read([path])
    again, _ = read([path])
    assert first[0].id == again[0].id == text_id(BODY_A)
    assert len(first[0].id) == 16


def test_default_source_fills_a_missing_source(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": BODY_A, "date": "2023-03-17"}])
    articles, _ = read([path], default_source="Agency X")
    assert articles[0].source == "Agency X"


def test_txt_with_wire_header_gives_body_date_place_agency(tmp_path: Path) -> None:
    path = tmp_path / "report-1.txt"
    path.write_text(
        "Title: Kirby on peace plan\nsource: TASS\n\n"
        "date 2023-03-17\nWASHINGTON, March 17. /TASS/. " + BODY_A + "\n\nMore text.\n"
    )
    (article,), report = read([path])
    assert article.id == "report-1"
    assert article.text.startswith("The foreign minister met")
    assert article.text.endswith("More text.")
    assert (article.date, article.place, article.source, article.title) == (
        "2023-03-17",
        "Washington",
        "TASS",
        "Kirby on peace plan",
    )
    assert report.warnings == 0


def test_txt_without_any_date_is_kept_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("LONDON (AFP) - " + BODY_B)
    (article,), report = read([path])
    assert article.date is None
    assert article.source == "AFP"
    assert article.text == BODY_B
    assert problem_lines(report) == [f"{path}: unknown date (none given)"]


def test_txt_dateline_year_comes_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "wire-2024-01-02.txt"
    path.write_text("MOSCOW, Jan 1 (Reuters) - " + BODY_A)
    (article,), report = read([path])
    assert article.date == "2024-01-01"
    assert report.warnings == 0


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks in Geneva</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta name="date" content="2023-03-17">'
        '<link rel="canonical" href="https://example.org/talks"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Talks in Geneva</h1>"
        f"<p>{BODY_A}</p><p>{BODY_B}</p></article>"
        "<footer>Copyright Example News</footer></body></html>"
    )
    (article,), report = read([page])
    assert article.text.startswith("The foreign minister met")
    assert "Copyright" not in article.text
    assert (article.title, article.date, article.url, article.source) == (
        "Talks in Geneva",
        "2023-03-17",
        "https://example.org/talks",
        "Example News",
    )
    assert report.skipped == 0


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "b").mkdir(parents=True)
    (corpus / ".hidden").mkdir()
    write_jsonl(corpus / "a.jsonl", ROWS[:1])
    write_jsonl(corpus / "b" / "c.jsonl", ROWS[1:])
    write_jsonl(corpus / ".hidden" / "x.jsonl", ROWS)
    write_jsonl(corpus / ".secret.jsonl", ROWS)
    (corpus / "README.md").write_text("not news")
    articles, report = read([corpus])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert problem_lines(report) == [
        f"{corpus / 'README.md'}: unknown format '.md', file passed over"
    ]
    assert report.skipped == 0


def _fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_jsonl_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b"\n" + "".join(json.dumps(r) + "\n" for r in ROWS).encode())
    articles, _ = read(["-"])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert articles[0].origin == "<stdin>:2"


def test_stdin_plain_text_is_one_wire_article(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, f"date 2023-03-17\nBEIJING, March 17 (Xinhua) -- {BODY_A}".encode())
    (article,), _ = read(["-"])
    assert (article.date, article.place, article.source) == ("2023-03-17", "Beijing", "Xinhua")
    assert article.text == BODY_A


def test_stdin_without_a_byte_buffer_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(ROWS[0]) + "\n"))
    articles, _ = read(["-"])
    assert [a.id for a in articles] == ["a1"]


def test_stdin_bad_line_is_named_and_rest_read(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, (json.dumps(ROWS[0]) + "\n{oops\n" + json.dumps(ROWS[1])).encode())
    articles, report = read(["-"])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert [p.origin for p in report.problems] == ["<stdin>:2"]


def test_stdin_plain_text_with_a_bad_byte_is_skipped_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, BODY_A.encode() + b"\nCaf\xe9 owners said\n")
    articles, report = read(["-"])
    assert articles == []
    assert problem_lines(report) == ["<stdin>:2: not UTF-8 (byte 0xe9 at column 4)"]
    assert report.skipped == 1


# --- bad input: one reason each, the batch goes on -------------------------------------------


def test_malformed_json_line_is_reported_and_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps(ROWS[0]) + '\n{"id": "x" "text": "t"}\n[1, 2]\n{"title": "no body"}\n'
        + json.dumps(ROWS[1]) + "\n"
    )  # fmt: skip
    articles, report = read([path])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert problem_lines(report) == [
        f"{path}:2: invalid JSON: Expecting ',' delimiter",
        f"{path}:3: not a JSON object (got array)",
        f"{path}:4: no text field (keys: title)",
    ]
    assert report.skipped == 3


def test_malformed_json_array_element_stops_that_file_only(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[\n  " + json.dumps(ROWS[0]) + ',\n  {"id": oops}\n]\n')
    good = write_jsonl(tmp_path / "good.jsonl", ROWS[1:])
    articles, report = read([bad, good])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert problem_lines(report) == [f"{bad}:3: invalid JSON: Expecting value"]


def test_csv_row_with_wrong_field_count(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        f"id,date,text\na1,2023-03-17,{BODY_A.replace(',', '')}\nonly,two\n"
        f"b2,2023-03-18,{BODY_B.replace(',', '')}\n"
    )
    articles, report = read([path])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert problem_lines(report) == [f"{path}:3: wrong field count (got 2, expected 3)"]


def test_non_utf8_line_is_skipped_with_byte_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    bad_line = b'{"id": "x\xff", "text": "t"}\n'
    path.write_bytes(
        (json.dumps(ROWS[0]) + "\n").encode() + bad_line + (json.dumps(ROWS[1]) + "\n").encode()
    )
    articles, report = read([path])
    assert [a.id for a in articles] == ["a1", "b2"]
    assert problem_lines(report) == [f"{path}:2: not UTF-8 (byte 0xff at column 10)"]


def test_non_utf8_txt_file_is_skipped_whole(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(f"{BODY_A}\n\nCaf\xe9 owners said".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text(BODY_B)
    articles, report = read([bad, good])
    assert [a.id for a in articles] == ["good"]
    assert problem_lines(report)[0] == f"{bad}:3: not UTF-8 (byte 0xe9 at column 4)"


def test_empty_and_foreign_and_too_long_texts(tmp_path: Path) -> None:
    rows = [
        {"id": "empty", "text": "   "},
        {"id": "fr", "text": FRENCH, "date": "2023-03-17"},
        {"id": "long", "text": BODY_A * 20, "date": "2023-03-17"},
        ROWS[0],
    ]
    path = write_jsonl(tmp_path / "mixed.jsonl", rows)
    articles, report = read([path], max_chars=1000)
    assert [a.id for a in articles] == ["a1"]
    assert problem_lines(report) == [
        f"{path}:1: empty text",
        f"{path}:2: not English (English function words 2%)",
        f"{path}:3: too long (2.8 kB > 1.0 kB limit; raise --max-chars)",
    ]
    assert report.reasons_by_kind() == {"empty text": 1, "not English": 1, "too long": 1}


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    rows = [dict(ROWS[0], id=f"n{i}") for i in range(400)]
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    good = write_jsonl(tmp_path / "good.jsonl", ROWS[1:])
    articles, report = read([path, good])
    assert 0 < len(articles) - 1 < 400
    assert articles[-1].id == "b2"
    (problem,) = report.problems
    assert problem.origin == f"{path}:{len(articles)}"
    assert problem.reason.startswith("truncated or corrupt gzip")


def test_missing_file_is_reported_and_others_still_read(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", ROWS)
    articles, report = read([tmp_path / "nope.jsonl", good])
    assert len(articles) == 2
    assert problem_lines(report) == [f"{tmp_path / 'nope.jsonl'}: no such file"]


def test_unparseable_date_keeps_article_with_warning(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [dict(ROWS[0], date="sometime soon")])
    (article,), report = read([path])
    assert article.date is None
    assert (report.read, report.warnings) == (1, 1)
    assert problem_lines(report) == [f"{path}:1: unknown date 'sometime soon'"]
    assert report.summary() == "read 1 articles, skipped 0, 1 warnings (unknown date 1)"


def test_reading_is_lazy(tmp_path: Path) -> None:
    """The first article arrives before the rest of a big input has been read."""
    path = tmp_path / "big.jsonl"
    with path.open("w") as out:
        for i in range(5000):
            out.write(json.dumps(dict(ROWS[0], id=f"n{i}")) + "\n")
    report = IngestReport()
    first_two = list(itertools.islice(read_articles([str(path)], report), 2))
    assert [a.id for a in first_two] == ["n0", "n1"]
    assert report.read == 2


# --- dates and wire headers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2023-03-17",
        "2023-03-17T23:30:00-05:00",
        "2023-03-17T10:00:00Z",
        "20230317",
        "17 March 2023",
        "March 17, 2023",
        "Friday, March 17, 2023",
        "Mar. 17 2023",
        "2023/03/17",
        "17/03/2023",
        "Fri, 17 Mar 2023 10:00:00 GMT",
        1679047200,
        "1679047200",
    ],
)
def test_parse_date_accepts_common_forms(value: object) -> None:
    assert parse_date(value) == "2023-03-17"


@pytest.mark.parametrize("value", ["", None, "soon", "03/04/2023", "2023-02-30", "March 17"])
def test_parse_date_refuses_what_it_cannot_know(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("text", "place", "agency", "region"),
    [
        ("WASHINGTON, March 17. /TASS/. ", "WASHINGTON", "TASS", None),
        ("MOSCOW, March 17 (Reuters) - ", "MOSCOW", "Reuters", None),
        ("KYIV, Ukraine (AP) — ", "KYIV", "AP", "Ukraine"),
        ("BEIJING, March 17 (Xinhua) -- ", "BEIJING", "Xinhua", None),
        ("LONDON (AFP) - ", "LONDON", "AFP", None),
        ("NEW YORK, 17 March (AFP) - ", "NEW YORK", "AFP", None),
    ],
)
def test_wire_datelines(text: str, place: str, agency: str, region: str | None) -> None:
    header = parse_wire_header("date 2023-03-17\n" + text + BODY_A)
    assert (header.place, header.agency, header.region) == (place, agency, region)
    assert header.date == "2023-03-17"
    assert ("date 2023-03-17\n" + text + BODY_A)[header.body_start :] == BODY_A


def test_january_dateline_under_december_header_takes_next_year() -> None:
    header = parse_wire_header("Date: 2023-12-31\nPARIS, January 1 (AFP) - " + BODY_A)
    assert header.date == "2024-01-01"


def test_dateline_without_year_leaves_date_unknown() -> None:
    header = parse_wire_header("MOSCOW, March 17 (Reuters) - " + BODY_A)
    assert header.date is None
    assert header.dateline_day == "March 17"


def test_text_without_header_is_left_whole() -> None:
    header = parse_wire_header("US officials said on Friday that talks would resume.")
    assert (header.place, header.agency, header.body_start) == (None, None, 0)


# --- the project's real data -----------------------------------------------------------------


@pytest.mark.shared
@needs_shared
def test_seed_tass_report() -> None:
    (article,), report = read([SHARED / "seed" / "tass-2023-03-17.txt"])
    assert article.date == "2023-03-17"
    assert article.place == "Washington"
    assert article.source == "TASS"
    assert article.text.startswith("The United States opposes")
    assert (report.skipped, report.warnings) == (0, 0)


@pytest.mark.shared
@needs_shared
@pytest.mark.parametrize("name", ["statedept-2021-2022.jsonl.gz", "wcep-2025-2026.jsonl.gz"])
def test_shared_corpora_first_items_have_ids_and_dates(name: str) -> None:
    report = IngestReport()
    articles = list(itertools.islice(read_articles([str(SHARED / "corpus" / name)], report), 200))
    assert len(articles) == 200
    assert all(a.id and a.date and a.text for a in articles)
    assert all(len(a.date) == 10 and a.date[:2] == "20" for a in articles)
    assert report.skipped == 0

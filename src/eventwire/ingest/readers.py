"""Read articles from files, folders and stdin, one at a time.

Corpora run to millions of items, so everything here streams: files are read
line by line (or element by element for JSON arrays), and a bad item is
reported to the IngestReport and passed over while the batch goes on.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

from eventwire.ingest.report import IngestReport
from eventwire.ingest.wire import parse_date, parse_wire_header
from eventwire.records import Article

STDIN_NAME = "<stdin>"

# Canonical field -> accepted input names, first match wins (compared case-insensitively).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "guid", "uuid", "story_id", "aid"),
    "date": (
        "date", "published", "publish_date", "pub_date", "publication_date",
        "datetime", "timestamp", "date_published", "story_date",
    ),
    "text": ("text", "body", "content", "article", "story", "full_text", "maintext"),
    "title": ("title", "headline"),
    "source": ("source", "publisher", "outlet", "site", "sitename", "domain", "agency"),
    "url": ("url", "link", "source_url"),
}  # fmt: skip

# Words that make up a large share of any English prose. A few ("a", "in", "was")
# also occur in other Latin-script languages, but too rarely there to reach the bar.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a an in on at as is was that for with by from are were this which would "
    "have has had been not but they their them he his she her it its we our you your who "
    "whom what when where how said says will should could may than then there these those "
    "or into about after over against between because being be i me my him us more other "
    "such only any each most some very can just do does did also up out".split()
)
# Common function words of other Latin-script news languages (es, fr, it, pt, de, nl) that
# English does not use: a text rich in these is foreign even above the English bar.
OTHER_FUNCTION_WORDS = frozenset(
    "de la el los las del que y en por para con un una le les des du et est une dans pour "
    "qui il che di e della per non sono der die das und ist nicht mit den von zu sich het "
    "een van niet op dat ook o os da não com um uma em au aux sur ne pas se".split()
)
ENGLISH_SAMPLE_TOKENS = 200
ENGLISH_SAMPLE_CHARS = 2_000  # enough for ~200 tokens; never scan a whole long text
ENGLISH_MIN_TOKENS = 20
ENGLISH_MIN_SHARE = 0.05

_PUNCTUATION = ".,;:!?\"'()[]{}<>«»“”‘’—–-/*&%$#@…"
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
_JSON_BATCH_CHARS = 1 << 16  # feed a JSON array decoder this much text between attempts

Record = dict[str, Any]
Emit = Callable[[Record, str], Article | None]


def read_articles(
    paths: Sequence[str],
    report: IngestReport,
    *,
    max_chars: int = 1_000_000,
    default_source: str | None = None,
) -> Iterator[Article]:
    """Yield every readable article from files, folders (recursive) and '-' (stdin)."""
    reader = _Reader(report, max_chars, default_source)
    for path in paths:
        yield from reader.read_path(os.fspath(path))


# --- small helpers -------------------------------------------------------------------------


def function_word_shares(text: str) -> tuple[float, float, int]:
    """Shares of English and of other-language function words among the first tokens,
    and how many tokens were looked at."""
    words = text[:ENGLISH_SAMPLE_CHARS].lower().split()  # split() is ~6x faster than a regex
    tokens = [t for w in words if (t := w.strip(_PUNCTUATION)) and not t[0].isdigit()]
    tokens = tokens[:ENGLISH_SAMPLE_TOKENS]
    if not tokens:
        return 0.0, 0.0, 0
    english = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, tokens)) / len(tokens)
    other = sum(map(OTHER_FUNCTION_WORDS.__contains__, tokens)) / len(tokens)
    return english, other, len(tokens)


def looks_foreign(english: float, other: float, tokens: int) -> bool:
    """Too few English function words (and not just a list of names), or far more foreign ones."""
    if tokens < ENGLISH_MIN_TOKENS:
        return False
    if english < ENGLISH_MIN_SHARE:
        return other >= english
    return other >= 3 * english


def text_id(text: str) -> str:
    """The id of an article that came without one: the same text always gets the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def human_size(chars: int) -> str:
    """1234567 -> '1.2 MB' (characters, counted the way people read file sizes)."""
    if chars >= 1_000_000:
        return f"{chars / 1_000_000:.1f} MB"
    if chars >= 1_000:
        return f"{chars / 1_000:.1f} kB"
    return f"{chars} chars"


def _utf8_reason(error: UnicodeDecodeError) -> str:
    bad = error.object[error.start]
    return f"not UTF-8 (byte 0x{bad:02x} at column {error.start + 1})"


def _format_of(path: str) -> tuple[str, bool]:
    """('jsonl' | 'json' | 'csv' | 'tsv' | 'txt' | 'html' | other suffix, gzipped?)."""
    name = path.lower()
    gzipped = name.endswith(".gz")
    if gzipped:
        name = name[:-3]
    suffix = os.path.splitext(name)[1].lstrip(".")
    return {"ndjson": "jsonl", "htm": "html", "text": "txt"}.get(suffix, suffix), gzipped


KNOWN_FORMATS = frozenset({"jsonl", "json", "csv", "tsv", "txt", "html"})


def _stem(path: str) -> str:
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0]


def _lookup_fields(record: Record) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a record into canonical fields (by alias) and the rest (extras)."""
    by_lower = {str(key).lower(): key for key in record}
    found: dict[str, Any] = {}
    used: set[str] = set()
    for canonical, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            key = by_lower.get(alias)
            if key is None or key in used:
                continue
            value = record[key]
            if value is None or (isinstance(value, str) and not value.strip()):
                if canonical == "text" and "text" not in found:
                    found["text"] = value
                    used.add(key)
                continue
            found[canonical] = value
            used.add(key)
            break
    extras = {str(key): value for key, value in record.items() if key not in used}
    return found, extras


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# --- the reader ----------------------------------------------------------------------------


class _Reader:
    """Holds the run's settings and report while walking through the inputs."""

    def __init__(self, report: IngestReport, max_chars: int, default_source: str | None):
        self.report = report
        self.max_chars = max_chars
        self.default_source = default_source

    # paths and folders

    def read_path(self, path: str) -> Iterator[Article]:
        if path == "-":
            yield from self.read_stdin()
        elif os.path.isdir(path):
            yield from self.read_folder(path)
        elif not os.path.exists(path):
            self.report.skip(path, "no such file")
        else:
            fmt, _ = _format_of(path)
            if fmt not in KNOWN_FORMATS:
                self.report.skip(path, f"unknown format '.{fmt}' (expected {_known_list()})")
                return
            yield from self.read_file(path)

    def read_folder(self, folder: str) -> Iterator[Article]:
        """Every known file under `folder`, in sorted order, hidden files and folders skipped."""
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                path = os.path.join(root, name)
                fmt, _ = _format_of(path)
                if fmt not in KNOWN_FORMATS:
                    self.report.note(path, f"unknown format '.{fmt}', file passed over")
                    continue
                yield from self.read_file(path)

    def read_file(self, path: str) -> Iterator[Article]:
        fmt, gzipped = _format_of(path)
        try:
            stream: IO[bytes] = gzip.open(path, "rb") if gzipped else open(path, "rb")
        except OSError as error:
            self.report.skip(path, f"cannot open ({error.strerror or error})")
            return
        with stream:
            if fmt == "jsonl":
                yield from self.read_jsonl(self.lines(stream, path), path)
            elif fmt == "json":
                yield from self.read_json(stream, path)
            elif fmt in ("csv", "tsv"):
                yield from self.read_delimited(stream, path, "\t" if fmt == "tsv" else ",")
            elif fmt == "txt":
                yield from self.read_plain_file(stream, path)
            elif fmt == "html":
                yield from self.read_html(stream, path)

    def read_stdin(self) -> Iterator[Article]:
        """'-': JSONL (or a JSON array) when the first non-blank character is '{' or '[',
        else one plain-text article."""
        stdin = sys.stdin
        skipped_before = self.report.skipped
        buffer = getattr(stdin, "buffer", None)
        raw: Iterable[bytes] = buffer if buffer is not None else _encoded(stdin)
        lines = self.lines(raw, STDIN_NAME)
        first: list[tuple[int, str]] = []
        for number, line in lines:
            first.append((number, line))
            if line.strip():
                break
        head = first[-1][1].lstrip() if first else ""
        chained = _chain(first, lines)
        if head.startswith("{"):
            yield from self.read_jsonl(chained, STDIN_NAME)
        elif head.startswith("["):
            yield from self.read_json_values(chained, STDIN_NAME, array=True)
        else:
            text = "".join(line for _, line in chained)
            if self.report.skipped > skipped_before:
                return  # a line was not UTF-8 (already reported): the article is incomplete
            yield from self.emit_plain(text, STDIN_NAME, article_id=None, reference_date=None)

    # line-level decoding

    def lines(self, stream: Iterable[bytes], name: str) -> Iterator[tuple[int, str]]:
        """(line number, text) of each UTF-8 line; bad lines and broken gzip are reported."""
        number = 0
        try:
            for number, raw in enumerate(stream, 1):
                try:
                    yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as error:
                    self.report.skip(f"{name}:{number}", _utf8_reason(error))
        except (EOFError, zlib.error, gzip.BadGzipFile) as error:
            self.report.skip(
                f"{name}:{number + 1}",
                f"truncated or corrupt gzip ({error}); kept the {number} lines before",
            )

    # JSON

    def read_jsonl(self, lines: Iterable[tuple[int, str]], name: str) -> Iterator[Article]:
        for number, line in lines:
            if not line.strip():
                continue
            origin = f"{name}:{number}"
            if len(line) > self._raw_limit():
                self.report.skip(origin, self._too_long(len(line)))
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                self.report.skip(origin, f"invalid JSON: {error.msg}")
                continue
            if article := self.emit_value(value, origin):
                yield article

    def read_json(self, stream: IO[bytes], path: str) -> Iterator[Article]:
        """A .json file: a JSON array, JSONL, or one (possibly pretty-printed) object."""
        lines = self.lines(stream, path)
        first: list[tuple[int, str]] = []
        for number, line in lines:
            first.append((number, line))
            if line.strip():
                break
        head = first[-1][1].strip() if first else ""
        chained = _chain(first, lines)
        if head.startswith("["):
            yield from self.read_json_values(chained, path, array=True)
        elif head == "{":
            yield from self.read_json_values(chained, path, array=False)
        else:
            yield from self.read_jsonl(chained, path)

    def read_json_values(
        self, lines: Iterable[tuple[int, str]], name: str, *, array: bool
    ) -> Iterator[Article]:
        """Stream the values of a JSON array (or of concatenated JSON values) one by one."""
        values = _stream_json_values(lines, name, array, self.report, self._raw_limit())
        for number, value in values:
            if article := self.emit_value(value, f"{name}:{number}"):
                yield article

    def emit_value(self, value: Any, origin: str) -> Article | None:
        if not isinstance(value, dict):
            self.report.skip(origin, f"not a JSON object (got {_json_type(value)})")
            return None
        return self.emit_record(value, origin)

    # CSV / TSV

    def read_delimited(self, stream: IO[bytes], path: str, delimiter: str) -> Iterator[Article]:
        csv.field_size_limit(max(csv.field_size_limit(), self._raw_limit()))
        record_lines: list[int] = []

        def numbered_text() -> Iterator[str]:
            for number, line in self.lines(stream, path):
                record_lines.append(number)
                yield line

        rows = csv.reader(numbered_text(), delimiter=delimiter)
        header: list[str] | None = None
        while True:
            record_lines.clear()
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as error:
                where = record_lines[0] if record_lines else "?"
                self.report.skip(f"{path}:{where}", f"bad CSV row ({error})")
                continue
            origin = f"{path}:{record_lines[0] if record_lines else '?'}"
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [cell.strip() for cell in row]
                continue
            if len(row) != len(header):
                self.report.skip(
                    origin, f"wrong field count (got {len(row)}, expected {len(header)})"
                )
                continue
            if article := self.emit_record(dict(zip(header, row, strict=True)), origin):
                yield article

    # plain text and HTML

    def read_plain_file(self, stream: IO[bytes], path: str) -> Iterator[Article]:
        data = stream.read(self._raw_limit() + 1) if self._read_guard(stream, path) else None
        if data is None:
            return
        if len(data) > self._raw_limit():
            self.report.skip(path, self._too_long(len(data), at_least=True))
            return
        text = self._decode_whole(data, path)
        if text is None:
            return
        match = _DATE_IN_NAME.search(os.path.basename(path))
        yield from self.emit_plain(
            text, path, article_id=_stem(path), reference_date=match[1] if match else None
        )

    def emit_plain(
        self, text: str, origin: str, *, article_id: str | None, reference_date: str | None
    ) -> Iterator[Article]:
        """One plain-text article: the wire header gives date/place/agency, the rest is text."""
        header = parse_wire_header(text, reference_date)
        body = text[header.body_start :].rstrip()
        fields = header.headers
        extras: dict[str, Any] = {}
        if header.agency:
            extras["agency"] = header.agency
        if header.region:
            extras["dateline_region"] = header.region
        record: Record = {
            "id": fields.get("id") or article_id,
            "text": body,
            "title": fields.get("title") or fields.get("headline"),
            "source": fields.get("source") or header.agency or fields.get("agency"),
            "url": fields.get("url") or fields.get("link"),
        }
        place = header.place or fields.get("place")
        article = self.make_article(record, extras, origin, date_value=None, check_date=False)
        if article is None:
            return
        article.place = _title_case(place) if place else None
        article.date = header.date
        if header.date is None:
            raw = fields.get("date") or fields.get("published")
            if raw:
                self.report.warn(origin, f"unknown date '{raw}'")
            elif header.dateline_day:
                self.report.warn(origin, f"unknown date '{header.dateline_day}' (no year given)")
            else:
                self.report.warn(origin, "unknown date (none given)")
        self.report.read += 1
        yield article

    def read_html(self, stream: IO[bytes], path: str) -> Iterator[Article]:
        import trafilatura  # imported here: slow to import and only HTML needs it

        limit = self._raw_limit() * 8
        data = stream.read(limit + 1)
        if len(data) > limit:
            self.report.skip(path, self._too_long(len(data), at_least=True))
            return
        try:
            document = trafilatura.bare_extraction(data, with_metadata=True)
        except Exception as error:  # any parser failure skips just this file
            self.report.skip(path, f"unreadable HTML ({type(error).__name__}: {error})")
            return
        if document is None or not (getattr(document, "text", None) or "").strip():
            self.report.skip(path, "empty text (no main text found in HTML)")
            return
        title = _optional_str(document.title)
        text = _drop_leading_title(document.text, title)
        record: Record = {
            "text": text,
            "title": title,
            "date": document.date,
            "url": document.url,
            "source": document.sitename or document.hostname,
        }
        extras = {
            key: value
            for key in ("author", "hostname", "description")
            if (value := getattr(document, key, None))
        }
        article = self.make_article(record, extras, path, date_value=record["date"])
        if article:
            self.report.read += 1
            yield article

    # records -> articles

    def emit_record(self, record: Record, origin: str) -> Article | None:
        fields, extras = _lookup_fields(record)
        if "text" not in fields:
            keys = ", ".join(list(map(str, record))[:8]) or "none"
            self.report.skip(origin, f"no text field (keys: {keys})")
            return None
        article = self.make_article(fields, extras, origin, date_value=fields.get("date"))
        if article:
            self.report.read += 1
        return article

    def make_article(
        self,
        fields: Record,
        extras: dict[str, Any],
        origin: str,
        *,
        date_value: Any,
        check_date: bool = True,
    ) -> Article | None:
        """Check the text and build the Article; None (and a report entry) when unusable."""
        text = fields.get("text")
        if text is not None and not isinstance(text, str):
            self.report.skip(origin, f"text is not a string (got {_json_type(text)})")
            return None
        if not text or not text.strip():
            self.report.skip(origin, "empty text")
            return None
        if len(text) > self.max_chars:
            self.report.skip(origin, self._too_long(len(text)))
            return None
        english, other, tokens = function_word_shares(text)
        if looks_foreign(english, other, tokens):
            self.report.skip(origin, f"not English (English function words {english:.0%})")
            return None
        day = parse_date(date_value)
        if check_date and day is None:
            shown = _optional_str(date_value)
            self.report.warn(
                origin, f"unknown date '{shown[:40]}'" if shown else "unknown date (none given)"
            )
        place = agency = None
        wire = parse_wire_header(text, day)
        if wire.place:
            # A record whose text opens with a dateline ("KYIV, Feb. 24 (AP) -"): the
            # dateline is metadata, not part of the first sentence.
            text, place, agency = text[wire.body_start :], _title_case(wire.place), wire.agency
        return Article(
            id=_optional_str(fields.get("id")) or text_id(text),
            text=text,
            date=day,
            place=place,
            title=_optional_str(fields.get("title")),
            source=_optional_str(fields.get("source")) or agency or self.default_source,
            url=_optional_str(fields.get("url")),
            origin=origin,
            extras=extras,
        )

    # limits

    def _raw_limit(self) -> int:
        """Raw bytes/characters beyond which an item cannot fit in max_chars of text."""
        return self.max_chars * 6 + 65_536

    def _too_long(self, size: int, at_least: bool = False) -> str:
        more = "more than " if at_least else ""
        return (
            f"too long ({more}{human_size(size)} > {human_size(self.max_chars)} limit; "
            "raise --max-chars)"
        )

    def _read_guard(self, stream: IO[bytes], path: str) -> bool:
        """Skip huge uncompressed files by their size before reading them."""
        if isinstance(stream, gzip.GzipFile):
            return True
        size = os.path.getsize(path)
        if size > self._raw_limit():
            self.report.skip(path, self._too_long(size))
            return False
        return True

    def _decode_whole(self, data: bytes, path: str) -> str | None:
        """Decode a one-article file; a bad byte skips it, naming the line and column."""
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line_start = data.rfind(b"\n", 0, error.start) + 1
            number = data.count(b"\n", 0, error.start) + 1
            column = error.start - line_start + 1
            self.report.skip(
                f"{path}:{number}",
                f"not UTF-8 (byte 0x{data[error.start]:02x} at column {column})",
            )
            return None


# --- JSON array streaming ------------------------------------------------------------------


def _stream_json_values(
    lines: Iterable[tuple[int, str]],
    name: str,
    array: bool,
    report: IngestReport,
    max_value_chars: int,
) -> Iterator[tuple[int, Any]]:
    """(line, value) for each element, holding only the current element in memory.

    After a malformed element the rest of the file cannot be trusted, so reading
    stops there with one reason naming the line.
    """
    stream = _JsonBuffer(iter(lines))
    if array:
        if not stream.skip_space() or stream.peek() != "[":
            report.skip(f"{name}:{stream.line_at()}", "invalid JSON: expected '['")
            return
        stream.pos += 1
    first = True
    while True:
        if not stream.skip_space():
            if array:
                report.skip(f"{name}:{stream.line_at()}", "invalid JSON: array not closed by ']'")
            return
        if array and stream.peek() == "]" and first:
            return
        if array and not first:
            if stream.peek() == "]":
                return
            if stream.peek() != ",":
                report.skip(f"{name}:{stream.line_at()}", "invalid JSON: Expecting ',' delimiter")
                return
            stream.pos += 1
            if not stream.skip_space():
                report.skip(f"{name}:{stream.line_at()}", "invalid JSON: array not closed by ']'")
                return
        decoded = stream.decode(max_value_chars)
        if isinstance(decoded, str):
            report.skip(f"{name}:{stream.error_line}", f"invalid JSON: {decoded}")
            return
        line, value = decoded
        yield line, value
        first = False


class _JsonBuffer:
    """A growing window over numbered text lines for incremental JSON decoding."""

    def __init__(self, lines: Iterator[tuple[int, str]]):
        self.lines = lines
        self.text = ""
        self.first_line = 1  # line number of text[0]
        self.pos = 0
        self.exhausted = False
        self.error_line = 0
        self._decoder = json.JSONDecoder()
        self._counted_to = 0  # newlines in text[:_counted_to] are already in _counted_line
        self._counted_line = 1

    def line_at(self, index: int | None = None) -> int:
        """Line number of text[index] (default: the read position), counted incrementally."""
        index = self.pos if index is None else index
        if index < self._counted_to:
            return self.first_line + self.text.count("\n", 0, index)
        self._counted_line += self.text.count("\n", self._counted_to, index)
        self._counted_to = index
        return self._counted_line

    def peek(self) -> str:
        return self.text[self.pos]

    def refill(self) -> bool:
        """Drop consumed text and read at least as much again (doubling keeps decoding linear)."""
        if self.exhausted:
            return False
        self.first_line = self.line_at()
        self.text, self.pos = self.text[self.pos :], 0
        self._counted_to, self._counted_line = 0, self.first_line
        wanted = max(_JSON_BATCH_CHARS, len(self.text))
        parts, added = [self.text], 0
        for number, line in self.lines:
            if not self.text and not added:
                self.first_line = self._counted_line = number
            parts.append(line)
            added += len(line)
            if added >= wanted:
                break
        else:
            self.exhausted = True
        self.text = "".join(parts)
        return added > 0

    def skip_space(self) -> bool:
        """Move past whitespace; False at the end of input."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos].isspace():
                self.pos += 1
            if self.pos < len(self.text):
                return True
            if not self.refill():
                return False

    def decode(self, max_value_chars: int) -> tuple[int, Any] | str:
        """(line, value) of the next value, or the decoder's message when it is malformed."""
        while True:
            try:
                value, end = self._decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                self.error_line = self.line_at(error.pos)
                if len(self.text) - self.pos > max_value_chars or not self.refill():
                    return error.msg
                continue
            line = self.line_at()
            self.pos = end
            return line, value


# --- odds and ends -------------------------------------------------------------------------


def _encoded(text_stream: Iterable[str]) -> Iterator[bytes]:
    """Bytes lines from a text stream that has no .buffer (e.g. io.StringIO as stdin)."""
    for line in text_stream:
        yield line.encode("utf-8")


def _chain(
    first: list[tuple[int, str]], rest: Iterator[tuple[int, str]]
) -> Iterator[tuple[int, str]]:
    yield from first
    yield from rest


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _known_list() -> str:
    return ", ".join(f".{fmt}" for fmt in sorted(KNOWN_FORMATS))


def _title_case(place: str) -> str:
    """'WASHINGTON' -> 'Washington', 'NEW YORK' -> 'New York' (as written when mixed case)."""
    return place.title() if place.isupper() else place


def _drop_leading_title(text: str, title: str | None) -> str:
    """trafilatura repeats the headline as the first line; drop it so events aren't coded twice."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        return rest.lstrip()
    return text

"""`eventwire serve`: a read-only REST API and web dashboard over one event database.

One DuckDB connection is opened read-only when the app is created; every request works
on its own cursor of it (a DuckDB connection must not be shared across threads, a cursor
per request is the documented way). Pages are rendered on the server with Jinja2; the
charts are drawn by the package's own small script, nothing is fetched from elsewhere.
"""

import contextlib
import io
import json
import os
import queue
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import duckdb
import pydantic_core
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.export.formats import FORMATS, write_events
from eventwire.records import CODER_VERSION
from eventwire.serve import queries as Q
from eventwire.serve.highlight import SENTENCE_KINDS, highlight
from eventwire.serve.worldmap import choropleth, country_names
from eventwire.store.duckdb_store import EventStore

HERE = Path(__file__).parent
MAX_BODY_BYTES = 1_000_000
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
EXPORT_MEDIA = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "plover": ("application/x-ndjson", "plover.jsonl"),
    "gdelt": ("text/tab-separated-values", "gdelt.tsv"),
}


class CodeRequest(BaseModel):
    """Body of POST /api/code."""

    text: str = Field(min_length=1, description="the text to code (UTF-8, at most 1 MB)")
    date: str | None = Field(
        default=None,
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="the article's date, YYYY-MM-DD; relative dates resolve against it",
    )
    store: bool = Field(
        default=False, description="store the events: refused, the server is read-only"
    )


class LazyCoder:
    """The spaCy coder, loaded on first use by one thread while others wait; one text is
    coded at a time (a spaCy pipeline is not meant to be called from several threads)."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._coder: Any = None
        self._lock = threading.Lock()

    def code_text(self, text: str, date: str | None) -> list[dict[str, Any]]:
        with self._lock:
            if self._coder is None:
                self._coder = self._factory()
            return [e.to_dict() for e in self._coder.code_text(text, date=date)]


def _default_coder_factory() -> Any:
    from eventwire.pipeline import Coder  # spaCy loads only when someone codes a text

    return Coder()


class BodyLimit:
    """Answer 413 as soon as a request body passes `limit` bytes (declared or streamed)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _BodyTooLarge(self.limit)
            return message

        started = False

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracked_send)
        except _BodyTooLarge:
            if started:
                raise
            await _too_large(send, self.limit)


class _BodyTooLarge(HTTPException):
    """Raised while the body is read, so the app's error handler answers it as JSON 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit:,} bytes")


async def _too_large(send: Send, limit: int) -> None:
    body = json.dumps(
        {"status": 413, "error": f"request body larger than {limit:,} bytes"}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"status": status, "error": message}, status_code=status)


def _fill_periods(series: list[dict[str, Any]], interval: str) -> list[dict[str, Any]]:
    """Add the empty periods between the first and last, so the time axis is even."""
    if not series or interval not in ("day", "week", "month"):
        return series
    have = {row["period"]: row for row in series}
    day = date.fromisoformat(series[0]["period"])
    last = date.fromisoformat(series[-1]["period"])
    filled = []
    while day <= last and len(filled) < 5000:
        key = day.isoformat()
        filled.append(have.get(key, {"period": key, "1": 0, "2": 0, "3": 0, "4": 0}))
        if interval == "day":
            day += timedelta(days=1)
        elif interval == "week":
            day += timedelta(days=7)
        else:
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return filled


def _first_day(value: str) -> date:
    """First day of an ISO date prefix: "2014" -> 2014-01-01, "2014-03" -> 2014-03-01."""
    year, month, day = ([*value.split("-"), "1", "1"])[:3]
    return date(int(year), int(month), int(day))


def _auto_interval(series_span: tuple[str | None, str | None]) -> str:
    first, last = series_span
    if not first or not last:
        return "month"
    days = (_first_day(last) - _first_day(first)).days
    return "day" if days <= 92 else "week" if days <= 730 else "month"


# `eventwire serve --workers N` runs N server processes; each builds its app from this.
DB_ENV = "EVENTWIRE_SERVE_DB"


ROW_CACHE_ENV = "EVENTWIRE_ROW_CACHE"


def app_from_environment() -> FastAPI:
    """The app over the database named by $EVENTWIRE_SERVE_DB (uvicorn's factory for
    several worker processes, which cannot be handed an app object)."""
    return create_app(os.environ[DB_ENV])


def default_query_threads() -> int:
    """DuckDB threads per query when serving: half the cores, at least one. Requests
    already run side by side in the thread pool, so a query spread over every core mostly
    competes with the other requests: on 2 cores, one thread per query cut the server's
    CPU time per request by about a fifth under load (docs/serve.md, Speed)."""
    return max(1, (os.cpu_count() or 1) // 2)


def create_app(
    db_path: str | Path,
    coder_factory: Callable[[], Any] | None = None,
    *,
    query_threads: int | None = None,
) -> FastAPI:
    """The API and dashboard over `db_path` (opened read-only; the file must exist).
    `query_threads`: DuckDB threads per query (default: `default_query_threads()`)."""
    db_path = Path(db_path)
    EventStore(db_path, read_only=True).close()  # refuses a missing or foreign file clearly
    con = duckdb.connect(str(db_path), read_only=True)
    # SET rather than a connect() option: DuckDB refuses a second connection to a file
    # already open in this process with other options.
    con.execute(f"SET threads TO {int(query_threads or default_query_threads())}")
    cursor_lock = threading.Lock()
    # Full rows of events already shown (the file is read-only); $EVENTWIRE_ROW_CACHE rows,
    # 0 to read every page from the file.
    cache_rows = int(os.environ.get(ROW_CACHE_ENV, Q.DEFAULT_ROW_CACHE))
    row_cache = Q.RowCache(cache_rows) if cache_rows > 0 else None
    coder = LazyCoder(coder_factory or _default_coder_factory)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(
        QUAD_NAMES=QUAD_NAMES, db_name=db_path.name, COUNTRY_NAMES=country_names()
    )  # country_names() also projects the map's outlines, once, before the first request
    templates.env.filters["urlencode_params"] = lambda params: urlencode(params)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        con.close()

    app = FastAPI(
        lifespan=lifespan,
        title="eventwire",
        version=CODER_VERSION,
        summary="Read-only API over an eventwire event database (docs/serve.md).",
    )
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.state.db_path = db_path

    # The dependencies below are `async def` so that FastAPI runs them on the event loop:
    # a plain `def` dependency costs a hop to the thread pool and back (three per request),
    # which under load was a fifth of a request's server time. Neither of them waits on
    # anything; the endpoint itself (the DuckDB work) still runs in the thread pool.
    async def db() -> AsyncIterator[duckdb.DuckDBPyConnection]:
        with cursor_lock:
            cur = con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(db)]

    # -- errors ------------------------------------------------------------------------------

    def wants_json(request: Request) -> bool:
        path = request.url.path
        return path.startswith("/api") or path == "/healthz" or path == "/openapi.json"

    @app.exception_handler(Q.FilterError)
    async def bad_filter(request: Request, exc: Q.FilterError) -> Response:
        if wants_json(request):
            return _error(400, str(exc))
        return page(request, "error.html", {"status": 400, "message": str(exc)}, status=400)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        in_body = any(err.get("loc", ("",))[0] == "body" for err in errors)
        status = 422 if in_body else 400
        message = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg')}" for err in errors
        )
        if wants_json(request):
            return JSONResponse(
                {
                    "status": status,
                    "error": message,
                    "details": json.loads(json.dumps(errors, default=str)),
                },
                status_code=status,
            )
        return page(request, "error.html", {"status": status, "message": message}, status=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if wants_json(request) or exc.status_code == 405:
            return _error(exc.status_code, str(exc.detail))
        return page(
            request,
            "error.html",
            {"status": exc.status_code, "message": exc.detail},
            status=exc.status_code,
        )

    def not_found(what: str) -> HTTPException:
        return HTTPException(404, f"{what} not found")

    def page(
        request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    # -- filters -----------------------------------------------------------------------------

    def check_params(request: Request, allowed: set[str]) -> None:
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            raise Q.FilterError(
                f"unknown parameter(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
            )

    async def event_filter(
        request: Request,
        actor: Annotated[str | None, Query(description=Q.FILTER_HELP["actor"])] = None,
        role: Annotated[str | None, Query(description=Q.FILTER_HELP["role"])] = None,
        source: Annotated[str | None, Query(description=Q.FILTER_HELP["source"])] = None,
        target: Annotated[str | None, Query(description=Q.FILTER_HELP["target"])] = None,
        plover: Annotated[str | None, Query(description=Q.FILTER_HELP["plover"])] = None,
        cameo: Annotated[str | None, Query(description=Q.FILTER_HELP["cameo"])] = None,
        cameo_root: Annotated[str | None, Query(description=Q.FILTER_HELP["cameo_root"])] = None,
        quad_class: Annotated[str | None, Query(description=Q.FILTER_HELP["quad_class"])] = None,
        modality: Annotated[str | None, Query(description=Q.FILTER_HELP["modality"])] = None,
        date_from: Annotated[str | None, Query(description=Q.FILTER_HELP["date_from"])] = None,
        date_to: Annotated[str | None, Query(description=Q.FILTER_HELP["date_to"])] = None,
        q: Annotated[str | None, Query(description=Q.FILTER_HELP["q"])] = None,
        location_country: Annotated[
            str | None, Query(description=Q.FILTER_HELP["location_country"])
        ] = None,
        location_name: Annotated[
            str | None, Query(description=Q.FILTER_HELP["location_name"])
        ] = None,
        article_id: Annotated[str | None, Query(description=Q.FILTER_HELP["article_id"])] = None,
    ) -> Q.EventFilter:
        del request  # the raw parameters are read below, the arguments document them
        return Q.EventFilter.from_params(
            {
                "actor": actor,
                "role": role,
                "source": source,
                "target": target,
                "plover": plover,
                "cameo": cameo,
                "cameo_root": cameo_root,
                "quad_class": quad_class,
                "modality": modality,
                "date_from": date_from,
                "date_to": date_to,
                "q": q,
                "location_country": location_country,
                "location_name": location_name,
                "article_id": article_id,
            }
        )

    Filters = Annotated[Q.EventFilter, Depends(event_filter)]
    event_params = set(Q.FILTER_HELP) | set(Q.PAGE_PARAMS)

    # -- API ---------------------------------------------------------------------------------

    @app.get("/healthz", tags=["meta"])
    def healthz(cur: Cursor) -> dict[str, Any]:
        """Liveness: the database answers."""
        return {"status": "ok", "db": db_path.name, "events": Q.count_events(cur)}

    @app.get("/api/events", tags=["events"], response_model=dict[str, Any])
    def api_events(
        request: Request,
        cur: Cursor,
        flt: Filters,
        sort: Annotated[str, Query(description=f"one of {', '.join(Q.SORTS)}")] = Q.DEFAULT_SORT,
        limit: Annotated[int, Query(description=f"page size, 1..{Q.MAX_LIMIT}")] = Q.DEFAULT_LIMIT,
        cursor: Annotated[
            str | None, Query(description="`next_cursor` of the previous page")
        ] = None,
    ) -> Response:
        """Events matching the filters, one page at a time (asserted only unless
        `modality` says otherwise). Follow `next_cursor` for the next page."""
        check_params(request, event_params)
        result = Q.list_events(cur, flt, sort=sort, limit=limit, cursor=cursor, cache=row_cache)
        for event in result["events"]:
            event["links"] = _event_links(event)
        return _json(result)

    @app.get("/api/events/{event_id}", tags=["events"])
    def api_event(event_id: str, cur: Cursor) -> dict[str, Any]:
        """One event with its evidence spans and a link to its article."""
        event = Q.get_event(cur, event_id)
        if event is None:
            raise not_found(f"event {event_id!r}")
        event["evidence"] = Q.event_spans(event)
        event["article"] = Q.article_brief(cur, event["article_id"])
        event["links"] = _event_links(event)
        return event

    @app.get("/api/actors", tags=["actors"])
    def api_actors(
        cur: Cursor,
        q: Annotated[str | None, Query(description="part of an actor id or name")] = None,
        limit: Annotated[int, Query(description="at most this many, 1..1000")] = 20,
    ) -> dict[str, Any]:
        """Actors whose id or name contains `q`, with event counts (all modalities)."""
        actors = Q.search_actors(cur, q, limit)
        return {"count": len(actors), "actors": actors}

    @app.get("/api/dyads", tags=["actors"], response_model=dict[str, Any])
    def api_dyads(
        request: Request,
        cur: Cursor,
        flt: Filters,
        a: Annotated[str, Query(description="first actor: id, CAMEO code or ISO3 country")],
        b: Annotated[str, Query(description="second actor: id, CAMEO code or ISO3 country")],
        interval: Annotated[str, Query(description="day | week | month")] = "month",
    ) -> Response:
        """Per period and direction: counts by QuadClass and PLOVER type, mean Goldstein."""
        check_params(request, set(Q.FILTER_HELP) | {"a", "b", "interval"})
        return _json(Q.dyad_series(cur, a, b, interval, flt))

    @app.get("/api/articles/{article_id}", tags=["articles"], response_model=dict[str, Any])
    def api_article(article_id: str, cur: Cursor) -> Response:
        """The article's text with the evidence spans of all its events (every modality)."""
        article = Q.get_article(cur, article_id)
        if article is None:
            raise not_found(f"article {article_id!r}")
        events = Q.article_events(cur, article_id)
        spans = [span for event in events for span in Q.event_spans(event)]
        return _json({"article": article, "events": events, "spans": spans})

    @app.get("/api/clusters", tags=["events"])
    def api_clusters(
        cur: Cursor,
        min_articles: Annotated[int, Query(description="reported by at least this many")] = 1,
        limit: Annotated[int, Query(description=f"at most {Q.MAX_LIMIT}")] = Q.DEFAULT_LIMIT,
    ) -> dict[str, Any]:
        """One happening told by many articles, counted once (`eventwire cluster` makes
        them): its representative event and how many events, mentions, articles and
        outlets report it. `clustered` is false until `eventwire cluster` has run."""
        return Q.list_clusters(cur, min_articles=min_articles, limit=limit)

    @app.get("/api/stats", tags=["meta"])
    def api_stats(cur: Cursor) -> dict[str, Any]:
        """Counts of articles, events and actors; events by modality, QuadClass, PLOVER."""
        return Q.stats(cur)

    @app.post("/api/code", tags=["code"])
    async def api_code(body: CodeRequest) -> dict[str, Any]:
        """Code a text (+ date) and return its events. Nothing is stored: this server
        opens the database read-only, so `store: true` is refused with 403."""
        if body.store:
            return _error(
                403,
                "this server opens the database read-only and stores nothing; "
                "code into a database with `eventwire code FILE --db FILE`",
            )  # type: ignore[return-value]
        events = await run_in_threadpool(coder.code_text, body.text, body.date)
        return {"stored": False, "count": len(events), "events": events}

    @app.get("/api/export", tags=["events"])
    def api_export(
        request: Request,
        flt: Filters,
        format: Annotated[str, Query(description=" | ".join(FORMATS))] = "jsonl",
    ) -> Response:
        """All events matching the filters, as a file in one of the CLI's export formats."""
        check_params(request, set(Q.FILTER_HELP) | {"format"})
        if format not in FORMATS:
            raise Q.FilterError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
        media, suffix = EXPORT_MEDIA[format]
        headers = {"content-disposition": f'attachment; filename="events.{suffix}"'}
        with cursor_lock:
            cur = con.cursor()
        if format == "parquet":
            try:
                spool = tempfile.SpooledTemporaryFile(max_size=32_000_000)  # noqa: SIM115
                write_events(Q.iter_filtered_events(cur, flt), format, spool)
            finally:
                cur.close()
            spool.seek(0)
            return StreamingResponse(_read_chunks(spool), media_type=media, headers=headers)
        return StreamingResponse(
            _stream_text_export(cur, flt, format), media_type=media, headers=headers
        )

    # -- pages -------------------------------------------------------------------------------

    def filters_context(flt: Q.EventFilter) -> dict[str, Any]:
        params = flt.to_params()
        return {"flt": flt, "filter_params": params, "filter_query": urlencode(params)}

    def world_map(cur: duckdb.DuckDBPyConnection, flt: Q.EventFilter, **size: Any) -> dict:
        """The choropleth and places of `flt`'s events; their links keep `flt`'s other
        filters and set the country or place."""
        others = Q.EventFilter(**{**flt.__dict__, "location_country": None, "location_name": None})
        return choropleth(
            Q.country_counts(cur, flt),
            Q.map_points(cur, flt),
            link_query=urlencode(others.to_params()),
            selected=flt.location_country,
            **size,
        )

    def with_highlight(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for event in events:
            event["sentence_html"] = highlight(
                event["sentence"],
                Q.event_spans(event),
                offset=event.get("sentence_start") or 0,
                kinds=SENTENCE_KINDS,
            )
        return events

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(
        request: Request, cur: Cursor, flt: Filters, interval: str | None = None
    ) -> HTMLResponse:
        check_params(request, set(Q.FILTER_HELP) | {"interval"})
        stats = Q.stats(cur)
        if interval is None:
            interval = _auto_interval(
                (
                    flt.date_from or stats["date_range"]["first"],
                    flt.date_to or stats["date_range"]["last"],
                )
            )
        series = _fill_periods(Q.time_series(cur, flt, interval), interval)
        return page(
            request,
            "overview.html",
            {
                **filters_context(flt),
                "stats": stats,
                "interval": interval,
                "chart": {"interval": interval, "series": series},
                "top_actors": Q.top_actors(cur, flt, 12),
                "top_dyads": Q.top_dyads(cur, flt, 12),
                "map": world_map(cur, flt),
            },
        )

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        cur: Cursor,
        flt: Filters,
        sort: str = Q.DEFAULT_SORT,
        limit: int = Q.DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> HTMLResponse:
        check_params(request, event_params)
        result = Q.list_events(cur, flt, sort=sort, limit=limit, cursor=cursor, cache=row_cache)
        with_highlight(result["events"])
        next_params = {**flt.to_params(), "sort": sort, "limit": limit}
        if result["next_cursor"]:
            next_params["cursor"] = result["next_cursor"]
        return page(
            request,
            "events.html",
            {
                **filters_context(flt),
                "result": result,
                "sort": sort,
                "sorts": list(Q.SORTS),
                "next_query": urlencode(next_params) if result["next_cursor"] else None,
            },
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, cur: Cursor) -> HTMLResponse:
        event = Q.get_event(cur, event_id)
        if event is None:
            raise not_found(f"event {event_id!r}")
        with_highlight([event])
        return page(
            request,
            "event.html",
            {"event": event, "article": Q.article_brief(cur, event["article_id"])},
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str, cur: Cursor) -> HTMLResponse:
        article = Q.get_article(cur, article_id)
        if article is None:
            raise not_found(f"article {article_id!r}")
        events = Q.article_events(cur, article_id)
        spans = [span for event in events for span in Q.event_spans(event)]
        with_highlight(events)
        return page(
            request,
            "article.html",
            {"article": article, "events": events, "text_html": highlight(article["text"], spans)},
        )

    @app.get("/actors/{key}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, key: str, cur: Cursor, flt: Filters) -> HTMLResponse:
        profile = Q.actor_profile(cur, key)
        if profile is None:
            raise not_found(f"actor {key!r}")
        own = Q.EventFilter(**{**flt.__dict__, "actor": key, "role": "any"})
        stats_span = Q.stats(cur)["date_range"]
        interval = _auto_interval((stats_span["first"], stats_span["last"]))
        return page(
            request,
            "actor.html",
            {
                **filters_context(flt),
                "key": key,
                "profile": profile,
                "network": {"center": key, "partners": Q.partners(cur, key, flt)},
                "chart": {
                    "interval": interval,
                    "series": _fill_periods(Q.time_series(cur, own, interval), interval),
                },
                "quotes_by": with_highlight(Q.quotes(cur, speaker=key, limit=10)),
                "quotes_about": with_highlight(Q.quotes(cur, about=key, limit=10)),
                "events": with_highlight(
                    Q.list_events(cur, own, limit=20, cache=row_cache)["events"]
                ),
                "map": world_map(cur, own, min_radius=16),
            },
        )

    @app.get("/dyads", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(
        request: Request,
        cur: Cursor,
        flt: Filters,
        a: str = "",
        b: str = "",
        interval: str = "month",
    ) -> HTMLResponse:
        if not a or not b:
            raise Q.FilterError("a dyad needs two actors: /dyads?a=USA&b=RUS")
        dyad = Q.dyad_series(cur, a, b, interval, flt)
        where, params = Q.dyad_filter(a, b, flt)
        return page(
            request,
            "dyad.html",
            {
                **filters_context(flt),
                "dyad": dyad,
                "interval": interval,
                "events": with_highlight(Q.events_where(cur, where, params, limit=200)),
            },
        )

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(
        request: Request, cur: Cursor, speaker: str | None = None, about: str | None = None
    ) -> HTMLResponse:
        rows = with_highlight(
            Q.quotes(cur, speaker=speaker or None, about=about or None, limit=200)
        )
        return page(
            request, "quotes.html", {"quotes": rows, "speaker": speaker or "", "about": about or ""}
        )

    @app.get("/clusters", response_class=HTMLResponse, include_in_schema=False)
    def clusters_page(request: Request, cur: Cursor, min_articles: int = 1) -> HTMLResponse:
        found = Q.list_clusters(cur, min_articles=max(1, min_articles), limit=200)
        with_highlight([c["event"] for c in found["clusters"]])  # marks each in place
        return page(request, "clusters.html", {**found, "min_articles": min_articles})

    @app.get("/code", response_class=HTMLResponse, include_in_schema=False)
    def code_page(request: Request) -> HTMLResponse:
        return page(request, "code.html", {})

    return app


def _json(content: Any) -> Response:
    """`content` as JSON, encoded once by pydantic-core. Returning the dict instead makes
    FastAPI validate it against the return annotation first, in one more trip to the
    thread pool: wasted work on a page of events that is plain JSON data already."""
    return Response(pydantic_core.to_json(content), media_type="application/json")


def _event_links(event: dict[str, Any]) -> dict[str, str]:
    return {
        "self": f"/api/events/{event['event_id']}",
        "article": f"/api/articles/{event['article_id']}",
        "page": f"/events/{event['event_id']}",
    }


def _read_chunks(handle: Any, size: int = 1 << 16) -> Iterator[bytes]:
    try:
        while chunk := handle.read(size):
            yield chunk
    finally:
        handle.close()


class _QueueText(io.TextIOBase):
    """A text stream whose writes go to a queue, so an export streams while written."""

    def __init__(self, sink: queue.Queue[bytes | None], stop: threading.Event) -> None:
        self._sink = sink
        self._stop = stop
        self._buffer: list[str] = []
        self._size = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._buffer.append(text)
        self._size += len(text)
        if self._size >= 1 << 16:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._buffer:
            _put(self._sink, "".join(self._buffer).encode("utf-8"), self._stop)
            self._buffer, self._size = [], 0


class _ClientGone(Exception):
    pass


def _put(sink: queue.Queue[bytes | None], item: bytes | None, stop: threading.Event) -> None:
    """Queue a chunk, giving up when the client has gone (so the writer thread ends)."""
    while not stop.is_set():
        try:
            sink.put(item, timeout=0.5)
            return
        except queue.Full:
            continue
    raise _ClientGone


def _stream_text_export(
    cur: duckdb.DuckDBPyConnection, flt: Q.EventFilter, fmt: str
) -> Iterator[bytes]:
    """Run the CLI's writer in a thread and hand its output on in chunks."""
    chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=16)
    stop = threading.Event()

    def produce() -> None:
        out = _QueueText(chunks, stop)
        try:
            write_events(Q.iter_filtered_events(cur, flt), fmt, out)
            out.flush()
        except _ClientGone:
            return
        finally:
            cur.close()
            with contextlib.suppress(_ClientGone):
                _put(chunks, None, stop)  # ends the response, also after an error

    threading.Thread(target=produce, daemon=True).start()
    try:
        while (chunk := chunks.get()) is not None:
            yield chunk
    finally:
        stop.set()

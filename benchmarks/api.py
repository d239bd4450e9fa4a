"""API latency: p50/p95 of /api/events (typical filters) and /api/dyads under concurrent clients.

    python benchmarks/api.py [--corpus ../shared/corpus/whitehouse-2021-2026.jsonl.gz]
                             [--limit 3000] [--db bench-api.duckdb] [--clients 8]

Codes the first --limit White House items into --db with `eventwire code` (skipped when
the file exists: delete it to rebuild), starts `eventwire serve` on a free loopback
port, then runs --clients threads, each with its own keep-alive HTTP connection, for
--requests requests in all. Target: p95 <= 150 ms at 8 clients.

The clients and the server share the machine, so the clients are kept light: the
standard library's http.client costs about 0.4 ms of CPU per request where httpx costs
1.8 ms (`--http-client httpx` to compare). Besides latency, the script prints the
server's CPU time per request, read from /proc: unlike latency it does not depend on
what else the machine is running. The server has no response cache: every request
runs its filter, count and sort queries. It keeps the full rows of events it has already
shown (the database is read-only while it serves); `--row-cache 0` turns that off, to see
pages read cold from the file every time.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

import duckdb
import httpx
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "whitehouse-2021-2026.jsonl.gz"
console = Console()


def build_db(corpus: Path, limit: int, db: Path) -> None:
    """The first `limit` items of the corpus, coded by the CLI (with its progress bar)."""
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as src, subset.open("w") as out:
            out.writelines(itertools.islice(src, limit))
        eventwire = Path(sys.executable).with_name("eventwire")
        subprocess.run([str(eventwire), "code", str(subset), "--db", str(db)], check=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def workload(db: Path) -> list[tuple[str, str, dict[str, str]]]:
    """(label, path, params): the filters a user of the dashboard typically sends."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        countries = [
            r[0]
            for r in con.execute(
                "SELECT source_country, count(*) FROM events WHERE source_country IS NOT NULL "
                "GROUP BY 1 ORDER BY 2 DESC LIMIT 4"
            ).fetchall()
        ]
        plover = con.execute(
            "SELECT plover_type FROM events WHERE plover_type IS NOT NULL "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        year = con.execute(
            "SELECT substr(max(coalesce(date, article_date)), 1, 4) FROM events"
        ).fetchone()[0]
    finally:
        con.close()
    a, b = countries[0], countries[1] if len(countries) > 1 else countries[0]
    c = countries[2] if len(countries) > 2 else b
    return [
        ("events: newest 50", "/api/events", {}),
        ("events: actor", "/api/events", {"actor": a, "limit": "100"}),
        ("events: source+target", "/api/events", {"source": a, "target": b}),
        ("events: PLOVER + year", "/api/events", {"plover": plover, "date_from": year}),
        ("events: QuadClass 3,4", "/api/events", {"quad_class": "3,4", "sort": "goldstein"}),
        ("events: text search", "/api/events", {"q": "sanction"}),
        ("events: limit 1000", "/api/events", {"actor": c, "limit": "1000", "modality": "all"}),
        ("dyads: month", "/api/dyads", {"a": a, "b": b, "interval": "month"}),
        ("dyads: week", "/api/dyads", {"a": a, "b": c, "interval": "week"}),
        ("dyads: day", "/api/dyads", {"a": b, "b": c, "interval": "day"}),
    ]


def run_clients(
    url: str,
    jobs: list[tuple[str, str, dict[str, str]]],
    clients: int,
    requests: int,
    http_client: str = "stdlib",
) -> dict[str, list[float]]:
    """Latencies (ms) by job label: `clients` threads take the jobs in turn."""
    timings: dict[str, list[float]] = defaultdict(list)
    lock = threading.Lock()
    counter = itertools.count()
    host, port = url.removeprefix("http://").split(":")

    def stdlib_client() -> None:
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        try:
            while (n := next(counter)) < requests:
                label, path, params = jobs[n % len(jobs)]
                target = f"{path}?{urlencode(params)}" if params else path
                started = time.perf_counter()
                connection.request("GET", target)
                response = connection.getresponse()
                response.read()
                elapsed = (time.perf_counter() - started) * 1000
                if response.status != 200:
                    raise RuntimeError(f"{target}: HTTP {response.status}")
                with lock:
                    timings[label].append(elapsed)
        finally:
            connection.close()

    def httpx_client() -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            while (n := next(counter)) < requests:
                label, path, params = jobs[n % len(jobs)]
                started = time.perf_counter()
                response = http.get(path, params=params)
                elapsed = (time.perf_counter() - started) * 1000
                response.raise_for_status()
                with lock:
                    timings[label].append(elapsed)

    client = stdlib_client if http_client == "stdlib" else httpx_client
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings


def process_tree_cpu_ms(pid: int) -> float | None:
    """CPU time (user + system, ms) of a process and its children (uvicorn workers), from
    /proc; None where there is no /proc."""
    try:
        total = 0.0
        pending = [pid]
        while pending:
            current = pending.pop()
            stat = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(stat[11]) + int(stat[12])
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        return total * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        if len(values) > 1
        else (values[0])
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=3000, help="articles to code")
    parser.add_argument("--db", type=Path, default=Path("bench-api.duckdb"))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--server-workers", type=int, default=1, help="eventwire serve --workers")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument(
        "--row-cache", type=int, default=None, help="server's row cache in rows (0 = off)"
    )
    parser.add_argument(
        "--http-client", choices=("stdlib", "httpx"), default="stdlib", help="client library"
    )
    args = parser.parse_args()

    if args.db.exists():
        console.print(f"reusing {args.db} (delete it to code the corpus again)")
    else:
        if not args.corpus.exists():
            sys.exit(f"no corpus at {args.corpus}: it lives in ../shared")
        build_db(args.corpus, args.limit, args.db)
    con = duckdb.connect(str(args.db), read_only=True)
    articles, events = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)"
    ).fetchone()
    con.close()
    console.print(f"{args.db}: {articles:,} articles, {events:,} events")

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    eventwire = Path(sys.executable).with_name("eventwire")
    server = subprocess.Popen(
        [str(eventwire), "serve", "--db", str(args.db), "--port", str(port)]
        + ["--workers", str(args.server_workers)],
        env={
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            **({"EVENTWIRE_ROW_CACHE": str(args.row_cache)} if args.row_cache is not None else {}),
        },
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit("the server did not start")
            time.sleep(0.2)
        jobs = workload(args.db)
        run_clients(url, jobs, args.clients, len(jobs) * 2, args.http_client)  # warm-up
        started = time.perf_counter()
        server_cpu = process_tree_cpu_ms(server.pid)
        client_cpu = time.process_time()
        timings = run_clients(url, jobs, args.clients, args.requests, args.http_client)
        client_cpu = (time.process_time() - client_cpu) * 1000
        wall = time.perf_counter() - started
        if server_cpu is not None and (after := process_tree_cpu_ms(server.pid)) is not None:
            server_cpu = after - server_cpu
    finally:
        server.terminate()
        server.wait(timeout=30)

    title = (
        f"{args.clients} concurrent clients ({args.http_client}), {args.requests} requests, "
        f"server workers {args.server_workers}, "
        f"row cache {'off' if args.row_cache == 0 else 'on'}, loopback"
    )
    table = Table(title=title)
    for column in ("request", "n", "p50 ms", "p95 ms", "max ms"):
        table.add_column(column, justify="left" if column == "request" else "right")
    groups = {
        "ALL /api/events": [v for k, vs in timings.items() if k.startswith("events") for v in vs],
        "ALL /api/dyads": [v for k, vs in timings.items() if k.startswith("dyads") for v in vs],
    }
    for label, values in [*sorted(timings.items()), *groups.items()]:
        table.add_row(
            label,
            str(len(values)),
            f"{percentile(values, 50):.1f}",
            f"{percentile(values, 95):.1f}",
            f"{max(values):.1f}",
        )
    console.print(table)
    console.print(f"throughput {args.requests / wall:.0f} requests/s; target p95 <= 150 ms")
    cpu = f"CPU per request: clients {client_cpu / args.requests:.1f} ms"
    if server_cpu is not None:
        cpu += f", server {server_cpu / args.requests:.1f} ms"
    console.print(f"{cpu} ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

"""`eventwire code --engine ray`: the pipeline in Ray Data, on one machine or a cluster.

The driver lists the inputs (JSONL, .jsonl.gz, Parquet; local paths or any filesystem
pyarrow supports: s3://, gs://, hdfs://...) and cuts them into shards (`shard_size`
lines, or one Parquet row group). Shards finished by an earlier run (a marker in the
output's `_shards/`) are skipped. The rest go through `Dataset.map_batches` to a pool
of actors, one per CPU, each holding one loaded Coder: an actor reads its shard
straight from the filesystem, codes it, and writes the shard's Parquet files and then
its marker (see eventwire.scale.parquet for the layout). Only small summaries come
back to the driver, so it never becomes the bottleneck. A task that fails is retried
(Ray restarts a dead actor and re-runs its task); a redone shard overwrites its files.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow.fs as pafs
import pyarrow.parquet as pq
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwire.ingest.readers import _Reader, _utf8_reason
from eventwire.ingest.report import IngestReport
from eventwire.records import CODER_VERSION, Article
from eventwire.scale import parquet
from eventwire.scale.workers import WARM_UP_TEXT, code_articles, peak_rss_bytes

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet",)
# read_order = file index * FILE_ORDER + line (or row): input order across files.
FILE_ORDER = 1 << 40
# A failing task (an actor that died, an I/O error on remote storage) is tried this often.
MAX_TASK_RETRIES = 3
_READ_BLOCK = 1 << 20
UNREAD = "--engine ray reads .jsonl, .jsonl.gz and .parquet"
WORKER_NICENESS_VARIABLE = "RAY_worker_niceness"  # read by the raylet when it starts
_PROBLEMS_KEPT = 25  # per shard, in its marker


@dataclass
class Shard:
    """One unit of work: `count` lines from `first` (1-based) of a JSONL file, or row
    group `first` of a Parquet file (count = its rows)."""

    shard_id: str
    uri: str
    kind: str  # "jsonl" | "parquet"
    first: int
    count: int
    read_order: int


@dataclass
class RayResult:
    """What a run did, summed over the shards it coded (skipped shards: counted apart)."""

    shards: int = 0
    shards_skipped: int = 0
    articles: int = 0
    events: int = 0
    words: int = 0
    skipped: int = 0
    warnings: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    actor_startup_seconds: float = 0.0
    peak_rss: dict[str, int] = field(default_factory=dict)  # actor -> peak RSS bytes
    output_dir: str = ""

    def print_summary(self, console: Console) -> None:
        table = Table(title="eventwire code --engine ray", show_header=False, box=None)
        table.add_row("shards coded", str(self.shards))
        table.add_row("shards already finished (skipped)", str(self.shards_skipped))
        table.add_row("articles coded", str(self.articles))
        table.add_row("skipped (bad input)", str(self.skipped))
        table.add_row("warnings", str(self.warnings))
        table.add_row("events", str(self.events))
        if self.seconds:
            table.add_row(
                "speed",
                f"{self.articles / self.seconds:.1f} articles/s, "
                f"{self.words / self.seconds:,.0f} words/s",
            )
        if self.peak_rss:
            table.add_row("peak RSS per actor", f"{max(self.peak_rss.values()) / 2**20:,.0f} MB")
        table.add_row("output", self.output_dir)
        console.print(table)
        for problem in self.problems[:25]:
            console.print(f"  {problem}", markup=False, highlight=False, soft_wrap=True)
        if len(self.problems) > 25:
            console.print(f"  ... and {len(self.problems) - 25} more")


# -- planning (driver) ---------------------------------------------------------------------


def _kind_of(path: str) -> str | None:
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def list_inputs(
    paths: list[str],
) -> tuple[list[tuple[pafs.FileSystem, str, str]], list[str], list[str]]:
    """(filesystem, path, uri) of every input file in order, then problems (inputs that
    cannot be read) and notes (files in folders passed over), as text.

    A local file's uri is its absolute path, so a shard has the same id whatever folder
    the command runs from."""
    found: list[tuple[pafs.FileSystem, str, str]] = []
    problems: list[str] = []
    notes: list[str] = []
    for given in paths:
        fs, path = parquet.open_dir(given)
        local = isinstance(fs, pafs.LocalFileSystem)
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.NotFound:
            problems.append(f"{given}: no such file")
        elif info.type == pafs.FileType.Directory:
            infos = fs.get_file_info(pafs.FileSelector(path, recursive=True))
            for child in sorted((i for i in infos if i.is_file), key=lambda i: i.path):
                inside = child.path[len(path) :].strip("/").split("/")
                if any(part.startswith((".", "_")) for part in inside):
                    continue
                uri = child.path if local else given.rstrip("/") + child.path[len(path) :]
                if _kind_of(child.path):
                    found.append((fs, child.path, uri))
                else:
                    notes.append(f"{uri}: passed over ({UNREAD})")
        elif _kind_of(path) is None:
            problems.append(f"{given}: unknown format ({UNREAD})")
        else:
            found.append((fs, path, path if local else given))
    return found, problems, notes


def _count_lines(fs: pafs.FileSystem, path: str) -> int:
    lines = 0
    last = b"\n"
    with fs.open_input_stream(path, compression="detect") as stream:
        while block := stream.read(_READ_BLOCK):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")


def _shard_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def plan_shards(paths: list[str], shard_size: int) -> tuple[list[Shard], list[str], list[str]]:
    """Every shard of the inputs, in input order (one read of each JSONL file to count
    its lines; Parquet row groups come from the footer)."""
    files, problems, notes = list_inputs(paths)
    shards: list[Shard] = []
    for index, (fs, path, uri) in enumerate(files):
        if _kind_of(path) == "jsonl":
            lines = _count_lines(fs, path)
            for first in range(1, lines + 1, shard_size):
                shards.append(
                    Shard(
                        _shard_id(uri, first, shard_size),
                        uri,
                        "jsonl",
                        first,
                        min(shard_size, lines - first + 1),
                        index * FILE_ORDER + first,
                    )
                )
        else:
            with fs.open_input_file(path) as handle:
                meta = pq.ParquetFile(handle).metadata
            row = 0
            for group in range(meta.num_row_groups):
                rows = meta.row_group(group).num_rows
                shards.append(
                    Shard(_shard_id(uri, "rg", group), uri, "parquet", group, rows,
                          index * FILE_ORDER + row)
                )  # fmt: skip
                row += rows
    return shards, problems, notes


# -- reading and coding one shard (actor) ---------------------------------------------------


def _lines(stream: Any) -> Iterator[bytes]:
    """Lines of a pyarrow stream (its own readline is not supported on every stream)."""
    rest = b""
    while block := stream.read(_READ_BLOCK):
        *complete, rest = (rest + block).split(b"\n")
        for line in complete:
            yield line + b"\n"
    if rest:
        yield rest


def read_shard(shard: Shard, report: IngestReport, max_chars: int) -> Iterator[Article]:
    """The articles of one shard, with bad input reported as `code` reports it (uri:line)."""
    reader = _Reader(report, max_chars, None)
    fs, path = parquet.open_dir(shard.uri)
    if shard.kind == "jsonl":
        with fs.open_input_stream(path, compression="detect") as stream:
            yield from reader.read_jsonl(_numbered(_lines(stream), shard, report), shard.uri)
        return
    with fs.open_input_file(path) as handle:
        table = pq.ParquetFile(handle).read_row_group(shard.first)
    row0 = shard.read_order % FILE_ORDER
    for offset, record in enumerate(table.to_pylist()):
        clean = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in record.items()}
        if article := reader.emit_value(clean, f"{shard.uri}#row{row0 + offset + 1}"):
            yield article


def _numbered(lines: Iterator[bytes], shard: Shard, report: IngestReport):  # noqa: ANN202
    last = shard.first + shard.count - 1
    for number, raw in enumerate(lines, 1):
        if number < shard.first:
            continue
        if number > last:
            return
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            report.skip(f"{shard.uri}:{number}", _utf8_reason(error))


def _order_of(article: Article, shard: Shard) -> int:
    """Input position of an article from its origin ('uri:line' or 'uri#rowN')."""
    tail = (article.origin or "").rsplit(":", 1)[-1].rsplit("#row", 1)[-1]
    file_base = shard.read_order - shard.read_order % FILE_ORDER
    return file_base + int(tail) if tail.isdigit() else shard.read_order


class ShardCoder:
    """A Ray Data actor: one loaded Coder, coding whole shards into the Parquet dataset."""

    def __init__(
        self,
        coder_options: dict[str, Any],
        output_dir: str,
        max_chars: int,
        crash_once_flag: str | None = None,
    ) -> None:
        started = time.perf_counter()
        from eventwire.pipeline import Coder  # spaCy's import is part of the start-up

        self.coder = Coder(**coder_options)
        self.coder.code_text(WARM_UP_TEXT, date="2023-03-17")
        self.startup_seconds = time.perf_counter() - started
        self.output_dir = output_dir
        self.max_chars = max_chars
        # For tests of retries: the first task of the run kills its actor process.
        self.crash_once_flag = crash_once_flag

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        return {
            "summary": [json.dumps(self.code_shard(Shard(**json.loads(s)))) for s in batch["shard"]]
        }

    def code_shard(self, shard: Shard) -> dict[str, Any]:
        self._maybe_crash()
        started, started_at = time.perf_counter(), time.time()
        report = IngestReport()
        coded = []
        words = 0
        for article, outcome in code_articles(
            self.coder, read_shard(shard, report, self.max_chars)
        ):
            if isinstance(outcome, str):
                report.skip(article.origin or article.id, outcome)
                continue
            coded.append((article, outcome, _order_of(article, shard)))
            words += len(article.text.split())
        fs, base = parquet.open_dir(self.output_dir)
        marker_path = f"{base}/{parquet.SHARDS_DIR}/{shard.shard_id}.json"
        if fs.get_file_info(marker_path).is_file:  # redone (its input grew): old files go
            for stale in parquet.read_json(fs, marker_path)["files"]:
                fs.delete_file(f"{base}/{stale}")
        files = parquet.write_shard(fs, base, shard.shard_id, coded)
        marker = {
            **asdict(shard),
            "shard": shard.shard_id,
            "files": files,
            "articles": len(coded),
            "events": sum(len(events) for _, events, _ in coded),
            "words": words,
            "skipped": report.skipped,
            "warnings": report.warnings,
            "problems": [str(p) for p in report.problems[:_PROBLEMS_KEPT]],
            "seconds": time.perf_counter() - started,
            "started_at": started_at,
            "finished_at": time.time(),
            "coder_version": CODER_VERSION,
            "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        fs.create_dir(f"{base}/{parquet.SHARDS_DIR}", recursive=True)
        parquet.write_json(fs, marker_path, marker)
        return {
            **marker,
            "actor": f"{os.uname().nodename}:{os.getpid()}",
            "peak_rss": peak_rss_bytes(),
            "startup_seconds": self.startup_seconds,
        }

    def _maybe_crash(self) -> None:
        flag = self.crash_once_flag
        if flag and not os.path.exists(flag):
            with open(flag, "w") as fh:
                fh.write(str(os.getpid()))
            os._exit(1)  # the actor process dies mid-task, as on a lost node


# -- the run (driver) -----------------------------------------------------------------------


def _connect(ray_address: str | None, num_cpus: int) -> None:
    import ray

    if ray.is_initialized():
        return
    if ray_address:
        ray.init(address=ray_address, logging_level="WARNING")
    else:
        start_local_ray(num_cpus)


def start_local_ray(num_cpus: int) -> None:
    """A Ray cluster on this machine whose workers run at normal priority: Ray's default
    (nice 15) lets any other busy process on the machine starve the coding actors."""
    import ray

    os.environ.setdefault(WORKER_NICENESS_VARIABLE, "0")
    ray.init(num_cpus=num_cpus, include_dashboard=False, logging_level="WARNING")


def run_ray(
    paths: list[str],
    output_dir: str,
    *,
    coder_options: dict[str, Any],
    max_chars: int = 1_000_000,
    shard_size: int = 512,
    ray_address: str | None = None,
    num_cpus: int | None = None,
    console: Console | None = None,
    crash_once_flag: str | None = None,
) -> RayResult:
    """Code `paths` into the Parquet dataset at `output_dir`, skipping finished shards."""

    console = console or Console(stderr=True)
    started = time.perf_counter()
    result = RayResult(output_dir=output_dir)
    shards, problems, notes = plan_shards(paths, shard_size)
    result.problems.extend(problems + notes)
    result.skipped += len(problems)
    fs, base = parquet.open_dir(output_dir)
    fs.create_dir(base, recursive=True)
    done = parquet.finished_shards(fs, base)
    todo = [s for s in shards if done.get(s.shard_id, {}).get("count") != s.count]
    result.shards_skipped = len(shards) - len(todo)
    if todo:
        _connect(ray_address, num_cpus or os.cpu_count() or 1)
        _run_shards(todo, output_dir, coder_options, max_chars, crash_once_flag, result, console)
    result.seconds = time.perf_counter() - started
    _write_manifest(fs, base, paths, shard_size, coder_options, shards)
    return result


def _run_shards(
    todo: list[Shard],
    output_dir: str,
    coder_options: dict[str, Any],
    max_chars: int,
    crash_once_flag: str | None,
    result: RayResult,
    console: Console,
) -> None:
    import ray

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # ours below counts shards and articles
    context.actor_task_retry_on_errors = [OSError]  # e.g. remote storage hiccups
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    with warnings.catch_warnings():  # max_task_retries: a named parameter from Ray 2.64
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = ray.data.from_items(
            [{"shard": json.dumps(asdict(s))} for s in todo], override_num_blocks=len(todo)
        ).map_batches(
            ShardCoder,
            fn_constructor_kwargs={
                "coder_options": coder_options,
                "output_dir": output_dir,
                "max_chars": max_chars,
                "crash_once_flag": crash_once_flag,
            },
            batch_size=1,
            # one actor per CPU, one shard at a time each: a queued shard goes to whichever
            # actor is free first, not to the actor that happened to start first
            compute=ray.data.ActorPoolStrategy(
                size=min(cpus, len(todo)), max_tasks_in_flight_per_actor=1
            ),
            num_cpus=1,
            max_task_retries=MAX_TASK_RETRIES,
        )
    progress = Progress(
        TextColumn("[bold]coding on ray[/]"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed}/{task.total} shards"),
        TextColumn("{task.fields[articles]} articles"),
        TimeElapsedColumn(),
        console=console,
    )
    with progress:
        task = progress.add_task("ray", total=len(todo), articles=0)
        for row in dataset.iter_rows():
            summary = json.loads(row["summary"])
            result.shards += 1
            result.articles += summary["articles"]
            result.events += summary["events"]
            result.words += summary["words"]
            result.skipped += summary["skipped"]
            result.warnings += summary["warnings"]
            result.problems.extend(summary["problems"])
            actor = summary["actor"]
            result.peak_rss[actor] = max(summary["peak_rss"], result.peak_rss.get(actor, 0))
            result.actor_startup_seconds = max(
                result.actor_startup_seconds, summary["startup_seconds"]
            )
            progress.update(task, advance=1, articles=result.articles)


def _write_manifest(
    fs: pafs.FileSystem,
    base: str,
    paths: list[str],
    shard_size: int,
    coder_options: dict[str, Any],
    shards: list[Shard],
) -> None:
    """manifest.json: the inputs, settings and every finished shard with its counts."""
    done = parquet.finished_shards(fs, base)
    listed = [done[s.shard_id] for s in shards if s.shard_id in done]
    keys = ("shard", "uri", "first", "count", "articles", "events", "skipped", "finished")
    parquet.write_json(
        fs,
        f"{base}/{parquet.MANIFEST}",
        {
            "format": parquet.FORMAT,
            "version": parquet.FORMAT_VERSION,
            "coder_version": CODER_VERSION,
            "model": coder_options.get("model"),
            "inputs": list(paths),
            "shard_size": shard_size,
            "updated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "shards_planned": len(shards),
            "shards_finished": len(listed),
            "articles": sum(m["articles"] for m in listed),
            "events": sum(m["events"] for m in listed),
            "shards": [{k: m[k] for k in keys} for m in listed],
        },
    )

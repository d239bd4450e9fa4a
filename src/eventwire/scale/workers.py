"""Code on every core of one machine: a pool of worker processes, one loaded Coder each.

The parent reads the input (so bad lines are still reported file:line), cuts the
stream into chunks of at most `batch_size` articles and about `CHUNK_WORDS` words (so
that one 14,000-word transcript does not leave the other cores idle at the end; an
article's events do not depend on which articles share its spaCy batch, and the tests
check that N workers give exactly one worker's output), keeps at most a few chunks per
worker in flight (bounded memory however long the corpus), and yields the results in
input order (so storing, --resume and --out behave as with one process).

On Linux the workers are forked from a parent that has already loaded the Coder:
the model, knowledge base and lexicon are shared copy-on-write and a worker starts
in milliseconds instead of re-reading them. Elsewhere each worker loads its own.
"""

from __future__ import annotations

import gc
import os
import resource
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any

from eventwire.records import Article, Event

if TYPE_CHECKING:  # spaCy's import is slow: not needed to plan work or read options
    from eventwire.pipeline import Coder

# Coded once before workers start: spaCy's first batch in a process is slow (lazy set-up).
WARM_UP_TEXT = (
    "Russia rejected the proposal by China on Friday. The foreign ministers of France and "
    "Germany met in Berlin and agreed to send aid to Ukraine, officials said."
)
# Chunks in flight per worker: results are taken in input order, so a slow chunk must
# not leave the other workers idle; a few queued chunks of text cost little memory.
IN_FLIGHT_PER_WORKER = 4
# Words per chunk (about a second or two of parsing): small enough to balance the cores
# at the end of a run, large enough that passing chunks between processes costs little.
CHUNK_WORDS = 4000

_PR_SET_PDEATHSIG = 1  # linux/prctl.h

# The Coder a forked worker inherits (set in the parent just before the fork).
_inherited_coder: Coder | None = None
# The Coder of this worker process.
_worker_coder: Coder | None = None

# What one article comes back as: its events, or why coding it failed.
Outcome = list[Event] | str


def default_workers() -> int:
    """All cores of the machine."""
    return os.cpu_count() or 1


def _die_with_parent() -> None:
    """Ask Linux to end this worker when the parent dies (even by SIGKILL): no orphans."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return


def _init_worker(coder_options: dict[str, Any] | None) -> None:
    global _worker_coder
    # Ctrl-C reaches the whole process group: the parent handles it, workers just end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if coder_options is None:
        _worker_coder = _inherited_coder
    else:
        from eventwire.pipeline import Coder

        _worker_coder = Coder(**coder_options)
        _worker_coder.code_text(WARM_UP_TEXT, date="2023-03-17")


def peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def _hello() -> tuple[int, int]:
    """Started: (pid, peak RSS in bytes)."""
    return os.getpid(), peak_rss_bytes()


def code_articles(coder: Coder, articles: Iterable[Article]) -> Iterator[tuple[Article, Outcome]]:
    """Each article with its events, or why coding it failed: one bad article must not
    stop a corpus (the same rule as one-process `code`)."""
    for article, doc in coder.parse(articles):
        try:
            yield article, coder.code_doc(article, doc)
        except Exception as exc:  # noqa: BLE001
            yield article, f"coding failed: {type(exc).__name__}: {exc}"


def _code_chunk(articles: list[Article]) -> tuple[int, int, list[Outcome]]:
    """Code one chunk in a worker: (pid, peak RSS, one outcome per article)."""
    assert _worker_coder is not None, "worker started without a Coder"
    outcomes = [outcome for _, outcome in code_articles(_worker_coder, articles)]
    return os.getpid(), peak_rss_bytes(), outcomes


def chunked(
    items: Iterable[Article], size: int, max_words: int | None = None
) -> Iterator[list[Article]]:
    """Consecutive chunks of at most `size` articles and, once it holds one article, at
    most about `max_words` words."""
    chunk: list[Article] = []
    words = 0
    for article in items:
        n = article.text.count(" ") + 1
        if chunk and (len(chunk) >= size or (max_words is not None and words + n > max_words)):
            yield chunk
            chunk, words = [], 0
        chunk.append(article)
        words += n
    if chunk:
        yield chunk


@dataclass
class CoderPool:
    """`workers` processes coding chunks of articles; results come back in input order.

    `coder` is the parent's loaded Coder (inherited by forked workers); `coder_options`
    rebuild it where processes cannot be forked (macOS, Windows).
    """

    coder: Coder
    workers: int
    coder_options: dict[str, Any] = field(default_factory=dict)
    # "fork" (Linux default: share the loaded Coder) or "spawn" (each worker loads its own)
    start_method: str | None = None
    startup_seconds: float = 0.0
    peak_rss: dict[int, int] = field(default_factory=dict)  # worker pid -> peak RSS bytes
    _executor: ProcessPoolExecutor | None = None

    def __post_init__(self) -> None:
        global _inherited_coder
        started = time.perf_counter()
        method = self.start_method or ("fork" if sys.platform.startswith("linux") else "spawn")
        fork = method == "fork"
        if fork:
            self.coder.code_text(WARM_UP_TEXT, date="2023-03-17")  # spaCy's slow first batch
            _inherited_coder = self.coder
            gc.collect()
            gc.freeze()  # keep the Coder's objects out of the children's GC: fewer page copies
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=get_context(method),
            initializer=_init_worker,
            initargs=(None if fork else self.coder_options,),
        )
        # Start every worker now, before the caller opens files or threads.
        for future in [self._executor.submit(_hello) for _ in range(self.workers)]:
            pid, rss = future.result()
            self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0))
        self.startup_seconds = time.perf_counter() - started
        if fork:
            gc.unfreeze()

    @property
    def batch_size(self) -> int:
        return self.coder.batch_size

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Outcome]]:
        """(article, events or failure reason) for every article, in input order."""
        executor = self._executor
        assert executor is not None, "pool is closed"
        in_flight: deque[tuple[list[Article], Future]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for chunk in chunked(articles, self.batch_size, CHUNK_WORDS):
            in_flight.append((chunk, executor.submit(_code_chunk, chunk)))
            if len(in_flight) >= limit:
                yield from self._collect(*in_flight.popleft())
        while in_flight:
            yield from self._collect(*in_flight.popleft())

    def _collect(self, chunk: list[Article], future: Future) -> Iterator[tuple[Article, Outcome]]:
        pid, rss, outcomes = future.result()
        self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0))
        yield from zip(chunk, outcomes, strict=True)

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers: after their work (wait), or now (queued chunks are dropped;
        --resume redoes them)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if wait:
            executor.shutdown(wait=True)
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)

    def __enter__(self) -> CoderPool:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        self.close(wait=exc_type is None)

"""CPU seconds of each coder stage over the same articles, parsed once (no parse in the figures).

    python benchmarks/stage_cpu.py ../shared/corpus/statedept-2021-2022.jsonl.gz --limit 300

The machine is shared, so wall-clock stage times move with other people's work: this reads
process CPU time, codes every article in several rounds (each on a fresh copy of its parsed
Doc) and keeps, per article and stage, the least CPU of any round (and the mean of a whole round,
which also holds the garbage collector's pauses). To compare two code trees, run it on each
in turn (before, after, before, after) and compare the sums.
"""

from __future__ import annotations

import argparse
import time

from rich.console import Console
from spacy.tokens import DocBin

import eventwire.events.extract as extract_module
import eventwire.geo.locate as locate_module
from eventwire.ingest.readers import read_articles
from eventwire.ingest.report import IngestReport
from eventwire.pipeline import Coder

STAGES = ("headline verbs", "attribution", "actors", "events", "location")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=300, help="first N articles (0 = all)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    # The stage clocks read CPU time instead of the wall clock (the headline stage's clock is
    # `time.perf_counter`, the others imported `perf_counter` by name).
    wall_clock = time.perf_counter
    time.perf_counter = extract_module.perf_counter = locate_module.perf_counter = time.process_time
    console = Console()
    articles = []
    for a in read_articles(args.corpus, IngestReport()):
        articles.append(a)
        if args.limit and len(articles) >= args.limit:
            break
    coder = Coder()
    parse_cpu = time.process_time()
    parsed = DocBin(store_user_data=True)
    for _, doc in coder.parse(articles):
        parsed.add(doc)
    parse_cpu = time.process_time() - parse_cpu
    list(coder.code(articles[:5]))  # warm-up: lexicon, knowledge base, gazetteer

    least: dict[tuple[str, int], float] = {}
    total: dict[str, float] = {}  # over all rounds, garbage collection included
    for _ in range(args.rounds):
        docs = list(parsed.get_docs(coder.nlp.vocab))
        for i, (article, doc) in enumerate(zip(articles, docs, strict=True)):
            before = _stage_cpu(coder)
            started = time.process_time()
            coder.code_doc(article, doc)
            spent = {"code_doc": time.process_time() - started}
            after = _stage_cpu(coder)
            spent |= {s: after[s] - before[s] for s in STAGES}
            for stage, secs in spent.items():
                least[stage, i] = min(least.get((stage, i), secs), secs)
                total[stage] = total.get(stage, 0.0) + secs

    console.print(f"{len(articles)} articles, parse {parse_cpu:.2f} s CPU (one pass)")
    console.print("stage            least CPU per article, summed | mean CPU of a round")
    for stage in (*STAGES, "code_doc"):
        secs = sum(v for (s, _), v in least.items() if s == stage)
        mean = total[stage] / args.rounds
        console.print(
            f"  {stage:15s} {secs:7.3f} s ({secs / parse_cpu:5.1%} of parse)"
            f" | {mean:7.3f} s ({mean / parse_cpu:5.1%})"
        )
    time.perf_counter = wall_clock


def _stage_cpu(coder: Coder) -> dict[str, float]:
    seconds = dict(coder.extractor.stage_seconds)
    seconds["location"] = coder.locator.seconds
    return {s: seconds.get(s, 0.0) for s in STAGES}


if __name__ == "__main__":
    main()

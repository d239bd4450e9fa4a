"""What went wrong while reading input, kept so a batch never stops on one bad item.

Every problem names its place ("path:line") and a one-line reason; the closing
summary groups reasons by their short kind ("invalid JSON", "not English", ...).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

# Keep at most this many Problem objects; counts go on beyond it, so memory stays
# bounded on corpora with millions of bad lines.
MAX_KEPT_PROBLEMS = 10_000

_KIND_END = re.compile(r"[(:'\"]")


@dataclass
class Problem:
    """One item (or file) that was skipped or read with a caveat."""

    origin: str
    reason: str
    fatal_for_item: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"

    @property
    def kind(self) -> str:
        return reason_kind(self.reason)


def reason_kind(reason: str) -> str:
    """The short kind of a reason: the words before any detail, e.g. 'too long'."""
    return _KIND_END.split(reason, maxsplit=1)[0].strip() or reason


@dataclass
class IngestReport:
    """Counts and problems of one ingest run."""

    read: int = 0  # articles yielded
    skipped: int = 0  # items not yielded
    warnings: int = 0  # yielded but with a problem (e.g. unknown date)
    problems: list[Problem] = field(default_factory=list)
    notes: int = 0  # things passed over that are not items (e.g. a README in a corpus folder)
    _kinds: Counter[str] = field(default_factory=Counter, repr=False)

    def skip(self, origin: str, reason: str) -> None:
        """Record an item that will not be yielded."""
        self.skipped += 1
        self._add(Problem(origin, reason, fatal_for_item=True))

    def warn(self, origin: str, reason: str) -> None:
        """Record a caveat on an item that is still yielded."""
        self.warnings += 1
        self._add(Problem(origin, reason, fatal_for_item=False))

    def note(self, origin: str, reason: str) -> None:
        """Record something passed over that is not an item (counted in neither total)."""
        self.notes += 1
        self._add(Problem(origin, reason, fatal_for_item=False))

    def reasons_by_kind(self) -> dict[str, int]:
        """Short reason kind -> count, most frequent first, for the closing summary."""
        return dict(self._kinds.most_common())

    def summary(self) -> str:
        """One line for the end of a run, e.g. 'read 98 articles, skipped 2 (too long 2)'."""
        parts = [f"read {self.read:,} articles", f"skipped {self.skipped:,}"]
        if self.warnings:
            parts.append(f"{self.warnings:,} warnings")
        kinds = ", ".join(f"{kind} {count:,}" for kind, count in self.reasons_by_kind().items())
        return ", ".join(parts) + (f" ({kinds})" if kinds else "")

    def _add(self, problem: Problem) -> None:
        self._kinds[problem.kind] += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)

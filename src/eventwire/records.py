"""The objects that travel through the pipeline: articles in, event records out.

Field names here are the public schema (docs/schema.md). Later versions add
fields; they never rename or remove one.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

CODER_VERSION = "eventwire-0.1.0"

# Modality values an event can carry (docs/schema.md explains each).
MODALITIES = (
    "asserted",
    "negated",
    "future",
    "hypothetical",
    "requested",
    "reported",
)


@dataclass
class Article:
    """One news item as read from input. `text` is what character offsets index."""

    id: str
    text: str
    date: str | None = None  # ISO 8601 day (YYYY-MM-DD) or None when unknown
    title: str | None = None
    source: str | None = None  # outlet or agency, e.g. "TASS"
    url: str | None = None
    place: str | None = None  # dateline place, e.g. "WASHINGTON"
    origin: str = ""  # where it came from, "file:line", for error messages
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


@dataclass
class Span:
    """A stretch of article text; start/end are character offsets into Article.text."""

    text: str
    start: int
    end: int


@dataclass
class ActorRef:
    """An actor mention and what it resolved to (code fields None when unresolved)."""

    text: str
    start: int
    end: int
    name: str | None = None
    actor_id: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or None for IGOs/NGOs
    sector: str | None = None  # PLOVER sector code, e.g. GOV, MIL
    code: str | None = None  # CAMEO-style compact code, e.g. USAGOV


@dataclass
class Attribution:
    speaker: ActorRef
    cue: Span | None
    content: Span | None
    direct: bool


@dataclass
class Cameo:
    code: str
    root: str
    name: str


@dataclass
class Plover:
    type: str | None
    mode: str | None = None
    context: str | None = None


@dataclass
class Event:
    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    date: str | None
    date_precision: str  # day | week | month | year | unknown
    article_date: str | None
    source: ActorRef | None
    target: ActorRef | None
    trigger: Span
    cameo: Cameo
    plover: Plover
    goldstein: float
    quad_class: int
    modality: str
    attribution: Attribution | None = None
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    coder_version: str = CODER_VERSION
    group_id: str | None = None  # shared by rows split from one conjoined event
    sentence_start: int = 0  # offset of the sentence in the article text
    # The same event told again later in the article (same actors, code, date and
    # modality) is one record with several mentions; each keeps its evidence spans.
    num_mentions: int = 1
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def make_event_id(*parts: object) -> str:
    """Stable id: the same article, trigger and actors give the same id on every run."""
    raw = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

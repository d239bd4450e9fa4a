"""Evidence highlighting: text plus character spans -> escaped HTML with <mark> elements.

Spans may overlap (a quote's content contains the source and trigger), so the text is cut
at every span boundary and each piece is wrapped once, in a <mark> whose classes name
every kind of span covering it (`<mark class="hl source content">`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

# Which span kinds a sentence view marks (article pages mark all of them).
SENTENCE_KINDS = ("source", "target", "trigger", "speaker", "cue", "location")


def highlight(
    text: str,
    spans: Iterable[dict[str, Any]],
    *,
    offset: int = 0,
    kinds: Iterable[str] | None = None,
) -> Markup:
    """`text` (which starts at article offset `offset`) with its spans marked."""
    wanted = set(kinds) if kinds is not None else None
    pieces: list[tuple[int, int, str, str | None]] = []
    for span in spans:
        kind = span["kind"]
        if wanted is not None and kind not in wanted:
            continue
        start = max(0, span["start"] - offset)
        end = min(len(text), span["end"] - offset)
        if start < end:
            pieces.append((start, end, kind, span.get("event_id")))
    cuts = sorted({0, len(text), *(p[0] for p in pieces), *(p[1] for p in pieces)})
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        chunk = escape(text[left:right])
        covering = [p for p in pieces if p[0] <= left and right <= p[1]]
        if not covering:
            out.append(chunk)
            continue
        kinds_here = sorted({p[2] for p in covering}, key=_KIND_ORDER.get)
        events = sorted({p[3] for p in covering if p[3]})
        out.append(
            f'<mark class="hl {" ".join(kinds_here)}" data-events="{escape(" ".join(events))}">'
            f"{chunk}</mark>"
        )
    return Markup("".join(out))


_KIND_ORDER = {
    kind: i
    for i, kind in enumerate(
        ("source", "target", "trigger", "speaker", "cue", "content", "location")
    )
}

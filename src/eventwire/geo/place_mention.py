"""The Mention record (a place name in the text and what it was resolved to) and `contains`.

Separate because the toponym finders, the resolver and the location rules all pass mentions
around: the record sits below them all so that none imports another to get it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.geo.gazetteer import Place
from eventwire.geo.toponym_words import GENERIC_TAILS


@dataclass
class Mention:
    """A place name in the text and what it was resolved to."""

    text: str
    start: int  # character offsets in the article text
    end: int
    span: Span
    candidates: list[Place]
    place: Place | None = None
    score: float = 0.0
    # "name": a name in the text; "site": a name with a site word ("the Taysir checkpoint");
    # "strait": "the strait" of an earlier sentence or of the article's countries;
    # "republic": "the republic", the region named before it; "region", "town": "the region",
    # "the oblast", "the city", the place of that kind named shortly before it.
    kind: str = "name"

    @property
    def root(self) -> Token:
        """The span's head in the parse; for "Tani [District]" the generic word after it,
        which carries the name's place in the sentence ("in Tani District")."""
        root = self.span.root
        after = self.span.end
        while (
            root.dep_ in {"compound", "amod"}  # "Mandeite [amod] locality"
            and root.head.i == after
            and root.head.lower_ in GENERIC_TAILS
            and not (self.candidates and self.candidates[0].is_country and _named_by_of(root.head))
        ):
            # Not "the Afghanistan province of Takhar": the province is named by its "of", the
            # country only qualifies it.
            root, after = root.head, after + 1
        return root


def _named_by_of(unit: Token) -> bool:
    """ "province of Takhar": a generic word whose "of" names it."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in unit.children
    )


def contains(outer: Place, inner: Place) -> bool:
    """Whether `outer` (a country or first-level region) contains `inner`."""
    if outer.gazetteer_id == inner.gazetteer_id or not outer.country:
        return False
    if outer.is_country:
        return inner.country == outer.country
    return outer.is_region and inner.country == outer.country and inner.admin1 == outer.name

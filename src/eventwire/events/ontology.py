"""The CAMEO event ontology with this project's Goldstein, QuadClass and PLOVER mapping.

The table lives in data/cameo.tsv so it can be read and reviewed without Python;
docs/lexicon.md explains each mapping decision.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

CAMEO_FILE = "cameo.tsv"

# PLOVER's 16 event types, in the order of the PLOVER manual.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# PLOVER's own quad per type (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
# conflict). It differs from the GDELT-style quad_class carried by each CAMEO code.
PLOVER_QUAD: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

_REQUEST_REJECT_MODES = frozenset({"assist", "change", "yield", "meet"})

# The modes PLOVER defines per type; types absent here (AGREE, SUPPORT, CONCEDE, COOPERATE,
# AID) have no modes.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": _REQUEST_REJECT_MODES,
    "REJECT": _REQUEST_REJECT_MODES,
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset(
        {
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        }
    ),
    "ASSAULT": frozenset(
        {
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
            "sideAB",
        }
    ),
}

# Auxiliary modes PLOVER allows on any type (how the event is reported, not what it is).
PLOVER_AUX_MODES: frozenset[str] = frozenset({"historical", "future", "hypothetical", "negation"})

# PLOVER's general contexts (usable with any type).
PLOVER_CONTEXTS: frozenset[str] = frozenset(
    {
        "military", "intelligence", "executive", "legislative", "election",
        "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
        "reparations", "human_rights", "rights_freedoms", "repression", "human_security",
        "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
        "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
        "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
        "corruption", "illegal_drugs", "trafficking",
    }
)  # fmt: skip


class UnknownCameoCode(KeyError):
    """Raised for a code that is not in the CAMEO table."""

    def __str__(self) -> str:  # KeyError would print the repr of its argument
        return str(self.args[0]) if self.args else "unknown CAMEO code"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with the values an event record carries for it."""

    code: str
    root: str
    level: int
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


def is_valid_mode(plover_type: str | None, mode: str) -> bool:
    """True when `mode` is one PLOVER defines for `plover_type` (or an auxiliary mode)."""
    if mode in PLOVER_AUX_MODES:
        return True
    return plover_type is not None and mode in PLOVER_MODES.get(plover_type, ())


@cache
def all_codes() -> dict[str, CameoCode]:
    """Every CAMEO code, keyed by code string ("01" .. "2042"), in table order."""
    text = resources.files("eventwire.events").joinpath("data", CAMEO_FILE).read_text("utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if line and not line.startswith("#")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    codes: dict[str, CameoCode] = {}
    for row in rows:
        codes[row["code"]] = CameoCode(
            code=row["code"],
            root=row["root"],
            level=int(row["level"]),
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover_type=row["plover_type"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return codes


def cameo(code: str) -> CameoCode:
    """Look a code up; unknown codes raise UnknownCameoCode naming the code."""
    try:
        return all_codes()[code]
    except KeyError:
        raise UnknownCameoCode(f"unknown CAMEO code {code!r}") from None

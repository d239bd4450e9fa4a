"""Small types and word sets shared by the actor resolver and its coreference.

`Resolution` (what a mention resolved to, and why), `Seen` (an earlier mention kept for
coreference), the CAMEO code composer and the pronoun and title word sets live here so
that `resolver.py` and `coreference.py` can both import them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "dame"}
NOT_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
THING = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}


@dataclass
class Resolution:
    """What a mention resolved to, and why (shown by `eventwire actors lookup`)."""

    name: str | None = None
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str = "unresolved"  # person | org | state | group | unresolved
    why: list[str] = field(default_factory=list)
    weak: bool = False  # only a nationality inside a non-actor phrase
    title: str | None = None  # the title word(s) that coded the sector ("foreign minister")
    titled: bool = False  # headed by a singular title ("the governor"): one person, unnamed
    org_coded: bool = False  # coded as an organisation: it, or its official (no country added)
    body_word: str | None = None  # "League": the word a name the base lacks was read by

    @property
    def resolved(self) -> bool:
        return self.code is not None


def compose_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-style compact code: country then sector ("RUS" + "MIL" -> "RUSMIL")."""
    if not country and not sector:
        return None
    return f"{country or ''}{sector or ''}"


ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj", "ROOT"}


def _title_acronym(tok: Token) -> bool:
    """A short all-capital word before a name in ordinary text ("NSA Sullivan", "APNSA
    Sullivan"): an office or body written short. In an all-capital line ("PRESIDENT BIDEN")
    the next word is in capitals too, and the word may be a name."""
    doc = tok.doc
    text = tok.text
    if not (2 <= len(text) <= 5 and text.isalpha() and text.isupper()):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and not nxt.text.isupper()


def _name_after_acronym(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.i > 0
        and tok.text[:1].isupper()
        and tok.ent_type_ not in {"GPE", "NORP", "LOC"}
        and _title_acronym(tok.doc[tok.i - 1])
    )


FORMER = {"former", "ex", "ex-", "outgoing", "erstwhile", "late"}
# Sectors of the state's own bodies: only these take an official release's home country.
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"}


@dataclass
class Seen:
    """An actor mentioned earlier in the article, for coreference."""

    res: Resolution
    token: int
    surname: str | None
    plural: bool


# Honorifics and gendered title words that tell a person's gender ("she" is not "Mr Prak").
MALE_WORDS = {"mr", "mr.", "sir", "king", "prince", "spokesman", "chairman", "duke", "emir"}
FEMALE_WORDS = {"mrs", "mrs.", "ms", "ms.", "madam", "dame", "queen", "princess", "lady"}


def _office(title: str | None) -> str | None:
    """The office in a title, without "former" ("former prime minister" -> "prime minister")."""
    if title is None:
        return None
    return " ".join(w for w in title.replace("-", " ").split() if w not in FORMER | {"ex"})

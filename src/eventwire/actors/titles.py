"""Titles and offices in a mention: which title is a person's, and of which body.

Helpers that read a title's surroundings: a title run before a name ("Foreign Minister
Sergei Lavrov"), portfolios listed after "for", a former holder, a party, an office being
given ("named ambassador to ..."), and `pick_role` to choose a person's dated role. Separate
because the same office reading serves the stateless `Resolver` and the per-article
`ArticleActors`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.actors.kb import PersonRole
from eventwire.actors.mentions import FORMER, HONORIFICS, Resolution, compose_code
from eventwire.actors.name_index import Cue
from eventwire.actors.phrases import _separator
from eventwire.actors.seats import LOCATIVE_PREPS
from eventwire.datafiles import read_word_sets
from eventwire.nlp.pipeline import children_of

# The resolver's word lists: resolver_words.tsv says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")

PLACE_ENTS = {"FAC", "GPE", "LOC"}


def _body_word(
    tokens: list[Token], head: Token, words: dict[str, str], person: bool = False
) -> tuple[str, str] | None:
    """The institution word that heads a capitalised name ("Centers" of "the Centers for
    Disease Control", "League" of "the National Hockey League") and its sector. Plurals
    count only as listed ("Ministries" are churches, "Services" a company). Only a
    proper-noun or organisation-entity head that is no place counts, and not one after
    "in"/"at" ("at the Kennedy Center" is a place); a word before the head is not the body
    ("the Academy Awards")."""
    if not head.text[:1].isupper():
        return None
    if not person and (
        (head.pos_ != "PROPN" and head.ent_type_ != "ORG") or head.ent_type_ in PLACE_ENTS
    ):
        return None  # (a building, "the Los Angeles Convention Center", is a place)
    if not person and head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return None
    sector = words.get(head.lower_.rstrip("."))
    return (head.text, sector) if sector is not None else None


def _title_inside_name(doc: Doc, cue: Cue) -> bool:
    """A title word that is part of a name, not before it: "Dan Bishop" (a surname), "the
    Workers' General Confederation" (an organisation's name goes on after it)."""
    if cue.kind != "title" or cue.start == 0:
        return False
    first, before = doc[cue.start], doc[cue.start - 1]
    if first.ent_iob_ != "I":
        return False
    if first.ent_type_ == "PERSON":
        return before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and before.text.istitle()
    after = doc[cue.end] if cue.end < len(doc) else None
    return (
        first.ent_type_ == "ORG"
        and cue.end - cue.start == 1
        and after is not None
        and after.ent_iob_ == "I"
        and after.ent_type_ == "ORG"
        and after.pos_ == "PROPN"
    )


def _cue_start(cue: Cue) -> int:
    return cue.start


def _title_over_appositive_nouns(head: Token, cues: list[Cue]) -> list[Cue]:
    """A title before a name says what the person is; a group word in an appositive after
    it names what they founded or belong to: "opposition figure Victoire Ingabire Umuhoza,
    founder of the United Democratic Forces" is OPP, not MIL."""
    if not any(c.kind == "title" and c.end <= head.i for c in cues):
        return cues
    comma = next((t.i for t in head.doc[head.i + 1 : head.i + 3] if t.text == ","), None)
    if comma is None:
        return cues
    return [c for c in cues if not (c.kind == "noun" and c.start > comma)]


def _appositive_title(head: Token, tokens: list[Token], cues: list[Cue]) -> bool:
    """ "Didier Guillaume, the head of government of Monaco": a title in an appositive
    after the name says who the named person is."""
    commas = [t.i for t in tokens if t.i > head.i and t.text == ","]
    return bool(commas) and any(
        c.kind == "title" and c.start > commas[0] and c.start <= commas[0] + 3 for c in cues
    )


def _party_of(
    res: Resolution, country: str | None, named_before: bool, country_why: str, sector: str | None
) -> Resolution:
    """A party's name read with the words around it: "the Saint Lucia Labour Party" is
    Saint Lucia's party of that name, not the British one; "Congressional Republicans"
    are the party's legislators (LEG)."""
    if country and named_before and country != res.country:
        why = f"{country_why} before the party's name: that country's party"
        return replace(
            res,
            country=country,
            sector="PTY",
            code=compose_code(country, "PTY"),
            actor_id=f"{country}-PTY",
            why=[*res.why, why],
        )
    if sector == "LEG" and res.country:
        why = "the party's legislators"
        return replace(
            res,
            sector="LEG",
            code=compose_code(res.country, "LEG"),
            actor_id=f"{res.country}-LEG",
            why=[*res.why, why],
        )
    return res


# Groups of office holders: "former" ones are out of office (ELI), unlike "former rebels".
OFFICE_GROUP_SECTORS = {"GOV", "LEG", "JUD"}
# Titles of people who speak or act for a body: they take the body's sector.
SPEAKS_FOR_BODY = WORD_LISTS["speaks_for_body"]


# Words that make a title a lower office of its own ("Assistant Secretary of State" is not
# the Secretary of State, whoever holds that).
SUBORDINATE = WORD_LISTS["subordinate"]


def _qualified(title: str, tokens: list[Token], title_start: int) -> str:
    """The title with the rank word written before it ("assistant secretary of state")."""
    before = [t for t in tokens if t.i < title_start]
    words = []
    while before and before[-1].lower_ in SUBORDINATE | {"-"}:
        words.insert(0, before.pop().lower_)
    if not words or words[0] == "-" or title.split()[0] in SUBORDINATE:
        return title
    return " ".join([*words, title]).replace(" - ", "-")


# People who work for a body: they take its sector ("government employees" are GOV, "hospital
# staff" MED), else their own ("workers" LAB).
STAFF_NOUNS = WORD_LISTS["staff_nouns"]


def _party_head(cue: Cue, tokens: list[Token]) -> bool:
    """ "the Workers' Party", "the Farmers' Party": a party named by the people it speaks
    for is a party (PTY), unlike a network or union named by its members ("the Workers'
    Party of Korea": "Party" is the phrase's root)."""
    if cue.kind != "orgterm" or cue.value != "PTY" or not tokens:
        return False
    first, last = tokens[0].i, tokens[-1].i
    root = next((t for t in tokens if t.head.i == t.i or not first <= t.head.i <= last), None)
    return root is not None and cue.start <= root.i < cue.end


# Verbs that put the person named as their object into a state office.
OFFICE_GIVING_VERBS = WORD_LISTS["office_giving_verbs"]


def _named_to_office(head: Token) -> str | None:
    """ "intends to nominate William Brown for Under Secretary", "Jane Roe, Nominee for
    Ambassador": a person the release nominates or appoints to an office is a government
    official (GOV), not a private citizen, though no title stands before the name."""
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in OFFICE_GIVING_VERBS:
        if verb.lemma_.lower() != "name" or any(c.lower_ in {"as", "to"} for c in verb.children):
            return "GOV"
    if any(c.dep_ == "appos" and c.lemma_.lower() == "nominee" for c in head.children):
        return "GOV"
    return None


OFFICE_TAKING_VERBS = WORD_LISTS["office_taking_verbs"]
CONVICTING_VERBS = WORD_LISTS["convicting_verbs"]
# Words that may follow an office noun and still name it ("governor of Y", "minister for Z").
OFFICE_PREPS = {"of", "for", "to"}


def _predicate_office(head: Token) -> list[Token]:
    """ "Carlos Mendes is reelected governor of Minas Gerais", "Aline Dupuis becomes prime
    minister of Haiti", "X was sworn in as president": a person the base lacks, with no title
    before the name, holds the office the verb gives them (the A3 sample's "X is reelected
    governor of Bangkok" was CVL). Returns the office's words (modifiers, noun, "of" phrase)."""
    verb = head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in children_of(verb)):
        return []
    if head.dep_ == "nsubjpass" and lemma in OFFICE_TAKING_VERBS:
        office = next(
            (c for c in children_of(verb) if c.dep_ in {"oprd", "attr", "xcomp"} and c.i > verb.i),
            None,
        )
        if office is None:  # "was sworn in as president", "is elected as mayor"
            as_prep = next((c for c in children_of(verb) if c.lower_ == "as"), None)
            pobjs = children_of(as_prep) if as_prep is not None else []
            office = next((c for c in pobjs if c.dep_ == "pobj"), None)
    elif head.dep_ == "nsubj" and lemma == "become":
        office = next((c for c in children_of(verb) if c.dep_ == "attr"), None)
    else:
        return []
    if office is None or office.pos_ not in {"NOUN", "PROPN"}:
        return []
    words = [t for t in office.lefts if t.dep_ in {"compound", "amod"}]
    words.append(office)
    for prep in office.rights:
        if prep.dep_ == "prep" and prep.lower_ in OFFICE_PREPS:
            words.extend(prep.subtree)
            break
    return sorted(words, key=lambda t: t.i)


def _convicted(head: Token) -> bool:
    """ "Dr. Joel Marsh was found guilty on 300 counts", "a jury convicted Michael Ardent",
    "An Australian, Gordon Pike, is charged with murder": a person the verb convicts,
    sentences or charges is, as a labeller codes them, a criminal (CRM) when nothing else
    says what they are (the A3 sample's "Brenton Tarrant ... charged with murder" was AUS)."""
    tok = head
    while tok.dep_ in {"conj", "appos"} and tok.head.i < tok.i:
        tok = tok.head  # "X and Y were convicted", "An Australian, X, is charged"
    verb = tok.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in children_of(verb)):
        return False
    if lemma == "find" and tok.dep_ == "nsubjpass":
        return any(c.lower_ == "guilty" for c in children_of(verb))
    if lemma == "plead" and tok.dep_ == "nsubj":
        return any(c.lower_ == "guilty" for c in children_of(verb))
    if lemma not in CONVICTING_VERBS or tok.dep_ not in {"nsubjpass", "dobj"}:
        return False
    if lemma == "charge":  # "charged with murder", not "charged the battery"
        return any(c.lower_ == "with" for c in children_of(verb))
    return True


# Sectors an appointed office may have besides GOV (a legislature's members are elected).
APPOINTED_SECTORS = {"JUD", "MIL", "COP", "SPY"}


def _office_to_be(head: Token) -> list[Token]:
    """ "Carol Hamilton, of California, to be a Representative of the United States to ...":
    in a list of nominations the person's own infinitive names the office (capitalised)."""
    verbs = [c for c in children_of(head) if c.dep_ in {"relcl", "acl"} and c.i > head.i]
    if head.dep_ == "nsubj" and head.head.i > head.i:
        verbs.append(head.head)  # (or parsed as the infinitive's subject)
    for verb in verbs:
        if verb.lemma_ != "be":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
            continue
        attr = next((c for c in children_of(verb) if c.dep_ == "attr"), None)
        if attr is not None and attr.text[:1].isupper():
            words = [t for t in attr.lefts if t.dep_ in {"compound", "amod"}]
            return [*words, attr]
    return []


def _members_of_house_title(tokens: list[Token], title_end: int, text: str) -> bool:
    """ "Representatives LaLota and Pappas", "Reps. Smith and Jones": the capitalised plural
    title straight before surnames names members of a lower house (LEG), unlike lowercase
    "representatives of the company", who speak for whatever body is named."""
    if text not in {"Representatives", "Reps.", "Reps"}:
        return False
    following = [t for t in tokens if t.i == title_end]
    return bool(following) and following[0].pos_ == "PROPN"


# Words besides "former" that put a title's holder out of office ("the ousted president",
# "previously the deputy chief minister"): the person is ELI, not the office (session 14).
OUT_OF_OFFICE = WORD_LISTS["out_of_office"]
LEFT_TRADE = FORMER | WORD_LISTS["left_trade"]  # "former", "ex-", "retired" ...


def _left_occupation(tokens: list[Token], noun_start: int) -> bool:
    """ "retired teacher Brian Carroll", "a former miner": a people noun the person no longer
    works as (a modifier just before it), so it says nothing of their sector now."""
    return any(t.lower_ in LEFT_TRADE for t in tokens if noun_start - 2 <= t.i < noun_start)


def _former(tokens: list[Token], title_start: int) -> bool:
    """ "former interior minister", "former party-list representative": the title is no
    longer held ("former" just before it, or modifying it from further back)."""
    if any(
        t.lower_ in FORMER | OUT_OF_OFFICE
        for t in tokens
        if t.i < title_start and (title_start - 3 <= t.i or t.head.i >= title_start)
    ):
        return True
    if any(
        t.lower_ in OUT_OF_OFFICE
        and title_start - 6 <= t.i < title_start
        and not any(u.is_punct for u in t.doc[t.i + 1 : title_start])
        for t in tokens
    ):
        return True  # "X, formerly the country's finance minister": the adverb opens the
        # appositive and hangs on the name, a few words before the title
    return bool(tokens) and _former_conjunct(tokens[0].doc[title_start])


def _former_conjunct(first: Token) -> bool:
    """ "former deputy prime minister and finance minister Bishnu Paudel": a title joined by
    "and" to a former one of the same kind of office (both "minister") is past too. Not
    another office ("former president and senator for life": the seat may still be held),
    nor a name ("Former President and Senator Jane Doe")."""
    word = first
    while (
        word.dep_ in {"compound", "amod", "nmod"}
        and word.head.i > word.i
        and word.head.pos_ != "PROPN"
    ):
        word = word.head
    if word.pos_ == "PROPN":
        return False
    before = first.doc[first.i - 1] if first.i > 0 else None
    if word.dep_ == "conj" and word.head.i < word.i:
        other = word.head
    elif before is not None and before.lower_ == "and" and before.head.i < before.i:
        other = before.head  # (the parser may hang "and" on the first title instead)
    else:
        return False
    if word.lemma_.lower() != other.lemma_.lower():
        return False  # "former president and senator for life": the seat may still be held
    return any(c.lower_ in FORMER for c in other.children if c.i < other.i)


TITLE_RUN_MAX = 12  # tokens looked back for a title left outside a name's phrase
TITLE_RUN_STOP_POS = {"VERB", "AUX", "PRON", "SCONJ", "NUM", "PART", "INTJ"}
# Endings of agent nouns ("photographer", "commentator", "journalist"): such a word the tagger
# takes for a base-form verb right before a name is an occupation, not a verb.
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _mistagged_occupation(tok: Token) -> bool:
    """ "... is killed and photographer Hryhoriy Ivanchenko is injured": a lowercase agent
    noun tagged as a base-form verb straight before a proper noun (session 16)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.tag_ in {"VB", "VBP"}
        and tok.is_lower
        and tok.lower_.endswith(AGENT_NOUN_ENDINGS)
        and nxt is not None
        and nxt.pos_ == "PROPN"
    )


def _drop_portfolios(cues: list[Cue], doc: Doc) -> list[Cue]:
    """A country after "for" following a title is the portfolio, not the nationality:
    "Special Representative for Afghanistan", "U.S. District Judge for Washington"."""
    kept: list[Cue] = []
    titled = posted = False
    for cue in cues:
        if cue.kind in {"title", "orgterm"}:
            titled = True
            posted = posted or (cue.kind == "title" and _posting_title(cue, doc))
        if titled and cue.kind in {"country", "adjective", "metonym"}:
            if _after_for(cue, doc) or (cue.kind == "country" and _listed_after_for(cue, doc)):
                continue
            if posted and cue.kind in {"country", "metonym"} and _posted_to(cue, doc):
                continue  # "Ambassador to Chile": Chile is where the holder serves
        if titled and cue.kind == "org" and _posted_to(cue, doc):
            continue  # "a Representative of the United States to ... the General Assembly"
        kept.append(cue)
    return kept


# Titles of people a state posts abroad ("Ambassador", "Envoy"): see _drop_portfolios.
POSTING_TITLES = WORD_LISTS["posting_titles"]


def _posting_title(cue: Cue, doc: Doc) -> bool:
    return any(tok.lower_ in POSTING_TITLES for tok in doc[cue.start : cue.end])


def _listed_after_for(cue: Cue, doc: Doc) -> bool:
    """A later place of a portfolio's list: "for Afghanistan, Pakistan, and Central Asia",
    "for Iraq, Syria and Lebanon" (only commas, "and" and capitalised names back to "for")."""
    k = cue.start - 1
    seen_joiner = False
    while k >= 0 and cue.start - k <= 10:
        tok = doc[k]
        if tok.lower_ == "for":
            return seen_joiner
        if tok.text in {",", "&"} or tok.lower_ == "and":
            seen_joiner = True
        elif not (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
            return False
        k -= 1
    return False


def _posted_to(cue: Cue, doc: Doc) -> bool:
    """An organisation after "to" following a title is where the holder is posted, not
    whose official they are: "Representative of the United States of America to the
    Seventy-seventh Session of the General Assembly of the United Nations"."""
    k = cue.start - 1
    while k >= 0 and cue.start - k <= POSTED_TO_REACH:
        tok = doc[k]
        if tok.lower_ == "to" and tok.pos_ == "ADP":
            return True
        if tok.pos_ not in {"DET", "NUM", "ADJ", "PROPN", "ADP", "PUNCT"} or tok.text == ",":
            return False
        k -= 1
    return False


# Words between "to" and the organisation a title's holder is posted to ("to the
# Seventy-seventh Session of the General Assembly").
POSTED_TO_REACH = 12


def _after_for(cue: Cue, doc: Doc) -> bool:
    k = cue.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "for"


def _title_run(first: Token) -> list[Token]:
    """Tokens just before a name that may be its title: back to a verb, pronoun, number,
    comma, quote or the sentence start, at most TITLE_RUN_MAX tokens."""
    doc = first.doc
    run: list[Token] = []
    k = first.i - 1
    while k >= 0 and len(run) < TITLE_RUN_MAX:
        tok = doc[k]
        # "the ousted president X": a participle that puts the title out of office is
        # part of it, though the tagger makes it a verb (session 14)
        verb_stop = (
            tok.pos_ in TITLE_RUN_STOP_POS
            and tok.lower_ not in OUT_OF_OFFICE
            and not (k == first.i - 1 and _mistagged_occupation(tok))
        )
        if tok.is_sent_end or verb_stop or "\n" in tok.text_with_ws:
            break
        if tok.is_space or _separator(tok, run):
            break
        if tok.text == "," and _title_goes_on(doc, k, run):
            # "Special Representative for Environmental Protection, Ecology and Transport
            # Sergei Ivanov": a portfolio listed with commas is still the title
            run.insert(0, tok)
            k -= 1
            continue
        if tok.is_punct and tok.text not in {".", "-", "'", "’"}:
            break
        run.insert(0, tok)
        k -= 1
    return run


AS_NOT_TITLE = {"well", "such", "if", "though", "long", "soon", "far", "much", "part", "a", "an"}


def _as_run(last: Token) -> list[Token]:
    """The words of "as <title>" right after a name ("appointed Jane Roe as ambassador to
    Chad"): to the next punctuation, verb or clause word, at most TITLE_RUN_MAX tokens."""
    doc = last.doc
    k = last.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "as" or doc[k + 1].lower_ in AS_NOT_TITLE:
        return []
    run: list[Token] = []
    for tok in doc[k + 1 : k + 1 + TITLE_RUN_MAX]:
        if tok.is_punct and tok.text not in {".", "-"} or tok.pos_ in TITLE_RUN_STOP_POS:
            break
        if "\n" in tok.text_with_ws:
            run.append(tok)
            break
        run.append(tok)
    return run


def _title_goes_on(doc: Doc, comma: int, run: list[Token]) -> bool:
    """A comma inside a title's list of portfolios: capitalised nouns on both sides (a
    person or organisation named before still ends the title: see `resolve_tokens`)."""
    before = doc[comma - 1] if comma > 0 else None
    after = doc[comma + 1]
    if after.lower_ == "and" and comma + 2 < len(doc):
        after = doc[comma + 2]  # "Afghan Women, Girls, and Human Rights": a serial comma
    return (
        before is not None
        and before.pos_ in {"PROPN", "NOUN"}
        and before.text[:1].isupper()
        and before.ent_type_ != "PERSON"
        and after.text[:1].isupper()
        and after.lower_ not in HONORIFICS  # "At the request of the President, Ms Golikova"
    )


def pick_role(
    roles: Iterable[PersonRole], day: str | None, country_hint: str | None
) -> PersonRole | None:
    """The role a person held on `day` (the article's date)."""
    active = [r for r in roles if r.active_on(day)]
    if not active:
        return None
    if country_hint:
        same = [r for r in active if r.country == country_hint]
        if same:
            active = same
    # Prefer the most specific (latest-starting) active role.
    return max(active, key=lambda r: r.start or "")


def _person_entity(tokens: list[Token]) -> str | None:
    ents = [t for t in tokens if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if not ents:
        return None
    # The last run of PERSON tokens is the name; titles come before it.
    last = ents[-1]
    run = [last]
    for t in reversed(ents[:-1]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
        else:
            break
    if len(run) == 1 and _acronym_word(last):
        return None  # "tested positive for COVID": a one-word name in capitals is no person
    words = [t.text for t in run if t.lower_ not in HONORIFICS]
    return " ".join(words) or None


def _acronym_word(tok: Token) -> bool:
    """An all-capitals word of three letters or more outside a capitalised line (a
    transcript label such as "CHANCELLOR MERKEL:" keeps its capitals' names)."""
    if len(tok.text) < 3 or not tok.text.isupper():
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
        return False  # "PUTIN:" opening a transcript turn
    return tok.i == 0 or not doc[tok.i - 1].text.isupper()


def _name_like(tok: Token) -> bool:
    """A proper noun, or an upper-case word the tagger took for a noun ("FOREIGN MINISTER
    LIIMETS:" in a transcript's speaker label)."""
    return tok.pos_ == "PROPN" or (tok.is_upper and tok.is_alpha and len(tok) > 2)


def _occupation_before(cue: Cue, doc: Doc, first: int | None = None) -> bool:
    """ "... is killed and photographer Hryhoriy Ivanchenko is injured", "Japanese
    professional wrestler Kenji Tanabe": a singular lowercase occupation word straight before
    a name says what the person is, as a title does (session 14: the parser often leaves it
    outside the name's phrase, or the tagger misses the name). `first`: the name's first
    token, when the caller knows it."""
    if cue.kind != "noun" or cue.end >= len(doc) or (first is not None and cue.end != first):
        return False
    word, name = doc[cue.end - 1], doc[cue.end]
    return (
        (word.tag_ == "NN" or _mistagged_occupation(word))
        and word.is_lower
        and name.pos_ == "PROPN"
    )


def _titled_name(tokens: list[Token], cues: list[Cue]) -> str | None:
    """The proper nouns after a title that the tagger did not take for a person
    ("PRESIDENT CHAKWERA:" in a transcript, "President Chakwera")."""
    titles = [
        c for c in cues if c.kind == "title" or (tokens and _occupation_before(c, tokens[0].doc))
    ]
    if not titles or not tokens or not _name_like(tokens[-1]):
        return None
    after = max(c.end for c in cues)
    if max(c.end for c in titles) != after:
        return None
    run = [t for t in tokens if t.i >= after]
    if (
        not run
        or len(run) > 4
        or any(not _name_like(t) or t.ent_type_ in {"GPE", "ORG", "NORP"} for t in run)
    ):
        return None
    return " ".join(t.text if not t.text.isupper() else t.text.title() for t in run)


def _same_office(title: str | None, role: str) -> bool:
    """Does a title written in the text name this role ("prime minister" / "prime minister")?"""
    words = set((title or "").split())
    return bool(words) and words <= set(role.lower().replace("-", " ").split())

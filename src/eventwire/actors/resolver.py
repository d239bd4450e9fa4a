"""Resolve actor mentions (noun phrases of a spaCy parse) to coded actors.

A mention is read as a bag of *cues* found by longest match against the
knowledge base: a known person, an organisation, a country name, a capital or
seat-of-government metonym ("the Kremlin"), a nationality adjective, and
sector words (titles such as "minister", nouns such as "troops", institution
words such as "foreign ministry"). The cues are then combined the CAMEO way:
country + sector ("Russian troops" -> RUS MIL), a person's dated role, or an
organisation's own code. `Resolver` is stateless; `ArticleActors` (article.py) adds
within-article coreference (pronouns, surnames, "the minister") on top. Name matching is in
name_index.py, places read as countries in seats.py, title and office helpers in titles.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.actors.kb import KnowledgeBase, PersonRole, load_kb
from eventwire.actors.mentions import STATE_SECTORS, Resolution, _office, compose_code
from eventwire.actors.name_index import Cue, PhraseIndex, _in_office, settle_ambiguous
from eventwire.actors.phrases import np_tokens
from eventwire.actors.seats import (
    LOCATIVE_PREPS,
    _drop_homonym_capitals,
    _likeliest_place,
    _office_of_seat,
)
from eventwire.actors.titles import (
    OFFICE_GROUP_SECTORS,
    PLACE_ENTS,
    SPEAKS_FOR_BODY,
    STAFF_NOUNS,
    SUBORDINATE,
    _appositive_title,
    _as_run,
    _body_word,
    _convicted,
    _cue_start,
    _drop_portfolios,
    _former,
    _left_occupation,
    _members_of_house_title,
    _name_like,
    _named_to_office,
    _occupation_before,
    _party_head,
    _party_of,
    _person_entity,
    _predicate_office,
    _qualified,
    _same_office,
    _title_inside_name,
    _title_over_appositive_nouns,
    _title_run,
    _titled_name,
    pick_role,
)
from eventwire.datafiles import read_data_tsv, read_word_sets
from eventwire.nlp.pipeline import children_of, sentence_of, tokens_of

# The resolver's word lists: resolver_words.tsv says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")
# Sectors of a trade a person may leave ("a retired teacher"): not the state's offices, whose
# former holders are ELI, nor armed or political groups ("former rebels" are still REB).
TRADE_SECTORS = {"CVL", "EDU", "MED", "BUS", "LAB", "AGR", "JRN", "SOC", "REL"}


def _plain_word(head: Token) -> bool:
    """A lowercase word, no name nor a body's kind ("the region", "security cooperation"):
    when its phrase has no cue, `resolve_tokens` ends it as no actor word, as every rule
    before that end wants a cue, a capital, a proper noun, a person entity or a `KIND_HEADS`
    word; so it can say so at once (about 11,000 of 300 releases' heads)."""
    return (
        head.text[:1].islower()
        and head.pos_ != "PROPN"
        and head.ent_type_ != "PERSON"
        and head.lower_ not in KIND_HEADS
    )


def _name_goes_on(cues: list[Cue], head: Token) -> bool:
    """A known person's name followed by more of it ("HAYASHI Yoshimasa": family name first,
    as Japanese officials write it in English)."""
    doc = head.doc
    for cue in cues:
        if cue.kind == "person" and cue.end <= head.i:
            if all(doc[k].pos_ == "PROPN" for k in range(cue.end, head.i + 1)):
                return True
    return False


class Resolver:
    """Stateless mention -> actor resolution against one knowledge base."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or load_kb()
        self.index = PhraseIndex(self.kb)
        self.offices: dict[tuple[str, str], list[PersonRole]] = {}
        for role in self.kb.people:
            self.offices.setdefault((role.country, role.role.lower()), []).append(role)
        # how many states have each office (read for every title: counted once)
        self.office_states: dict[str, int] = {}
        for _, office in self.offices:
            self.office_states[office] = self.office_states.get(office, 0) + 1
        # the words of each country's offices, and how many countries use each word
        self.office_words: dict[str, set[str]] = {}
        for country, office in self.offices:
            self.office_words.setdefault(country, set()).update(office.replace("-", " ").split())
        self.word_states: dict[str, int] = {}
        for words in self.office_words.values():
            for word in words:
                self.word_states[word] = self.word_states.get(word, 0) + 1

    def foreign_office(self, country: str, office: str) -> bool:
        """An office other states have in our data but this one never has ("prime minister"
        for the United States): whoever holds it, in this state's release, is a visitor."""
        if (country, office) in self.offices:
            return False
        return self.office_states.get(office, 0) > 0

    def common_foreign_office(self, country: str, office: str) -> bool:
        """A foreign office that many states have in our data ("prime minister", "foreign
        minister" for the United States), not a rare role label ("head of state")."""
        if not self.foreign_office(country, office):
            return False
        return self.office_states.get(office, 0) >= COMMON_OFFICE_STATES

    def foreign_title_word(self, country: str, office: str) -> bool:
        """A title whose head word none of this state's offices has while many states' do:
        "Minister HAGIUDA" in a US release is a visitor (no US office is a "minister")."""
        words = office.split()
        if not words or {"of", "for", "to"} & set(words):
            return False  # "head of state": the head word is not the last one
        word = words[-1]
        return (
            country in self.office_words
            and word not in self.office_words[country]
            and self.word_states.get(word, 0) >= COMMON_OFFICE_STATES
        )

    def foreign_rank(self, country: str, office: str) -> str:
        """A rank below an office this state never has is that office, for telling a visitor
        ("Deputy Foreign Minister" in a US release is a foreign minister's deputy, as the
        United States has no foreign minister); else the office as written."""
        words = office.split()
        k = 0
        while k < len(words) - 1 and words[k] in SUBORDINATE | {"first"}:
            k += 1
        if k == 0 or (country, office) in self.offices:
            return office
        base = " ".join(words[k:])
        return base if self.foreign_office(country, base) else office

    def holders(self, country: str, office: str, day: str | None) -> list[PersonRole]:
        """Who held this office ("president") of this country on that day, as far as we know."""
        return [r for r in self.offices.get((country, office), []) if r.active_on(day)]

    def resolve_tokens(
        self,
        tokens: list[Token],
        day: str | None,
        head: Token | None = None,
        named: Callable[[], dict[str, int]] | None = None,
    ) -> Resolution:
        """Resolve a noun phrase; with `head`, only a phrase whose head is itself an
        actor word counts ("Russian troops" is an actor, "the Russian perspective" is not).
        `named` counts the countries the article names, for ambiguous names ("Korea")."""
        cues = self.index.scan([t for t in tokens if not t.is_punct or t.text in {".", "-", "'"}])
        # "Christian", "Radio": the sector of a body they name, and of nothing else
        modifiers = [replace(c, kind="noun") for c in cues if c.kind == "modifier"]
        if modifiers:
            cues = [c for c in cues if c.kind != "modifier"]
        cues = settle_ambiguous(cues, named)
        if tokens:
            cues = _drop_homonym_capitals(cues, tokens[0].doc)
        cues = _drop_portfolios(cues, tokens[0].doc) if tokens else cues
        if tokens:
            cues = [c for c in cues if not _title_inside_name(tokens[0].doc, c)]
        if not cues and not modifiers and head is not None and _plain_word(head):
            # (speed: the end the rules below come to; a new rule that can read such a
            # phrase must come before this test, or change `_plain_word`)
            return Resolution(why=[f"head '{head.text}' is not an actor word"])
        if (
            head is not None
            and named is not None
            and not any(c.start <= head.i < c.end for c in cues)
        ):
            plural_title = self._capitalised_plural_title(head, named)
            if plural_title is not None:
                cues = sorted([*cues, plural_title], key=_cue_start)
        if (
            head is not None
            and head.ent_type_ == "PERSON"
            and not any(c.kind in {"title", "org"} for c in cues)
            and not any(c.kind == "person" and _in_office(c, day) for c in cues)
        ):
            # "said adviser to the President of Ukraine on economic issues Oleh Ustenko":
            # the parser often leaves a long title outside the name's phrase ("leader of
            # the Volunteer Corps": a phrase after "of" is the body led, not the leader).
            run = _title_run(tokens[0])
            if run and run[-1].lower_ == "of":
                run = []
            run_cues = _drop_portfolios(
                settle_ambiguous(
                    self.index.scan(
                        [t for t in run if not t.is_punct or t.text in {".", "-", "'"}]
                    ),
                    named,
                ),
                head.doc,
            )
            # "Hamas leader in the Gaza Strip Izz al-Din al-Haddad": an organisation right
            # before the title is the body the person leads; one further back ends the title.
            led = {c.start for c in run_cues if c.kind == "title"}
            named = [
                c.end
                for c in run_cues
                if c.kind == "person" or (c.kind == "org" and c.end not in led)
            ]
            run_cues = [
                c
                for c in run_cues
                if (
                    c.kind in {"title", "orgterm", "country", "adjective", "metonym"}
                    or (c.kind == "org" and c.end in led)
                    or _occupation_before(c, head.doc, tokens[0].i)
                )
                and c.start >= max(named, default=0)
            ]
            if any(
                c.kind == "title" or _occupation_before(c, head.doc, tokens[0].i) for c in run_cues
            ):
                # (read whole: "for Iraq, Syria and Lebanon John Doe" lists portfolios)
                cues, tokens = _drop_portfolios(run_cues + cues, head.doc), run + tokens
        elif (
            head is not None
            and (head.ent_type_ == "PERSON" or _name_like(head))
            and any(c.kind == "title" for c in cues)
            and not any(
                c.kind in {"org", "person", "country", "adjective", "metonym"} for c in cues
            )
        ):
            # "UN Office for Disaster Risk Reduction Special Representative of the
            # Secretary-General Mami Mizutori", "International Organization for Migration
            # Director General António Vitorino": the body is named before the parser's phrase.
            cues, tokens = self._body_before(tokens, cues, named)
        if head is not None and (head.ent_type_ == "PERSON" or _name_like(head)):
            cues, tokens = self._described_before(head, cues, tokens, day, named)
        if head is not None and head.ent_type_ == "PERSON":
            if not any(c.kind in {"title", "org", "person"} for c in cues):
                # "the appointment of Erika L. Moritsugu as Deputy Assistant to the President"
                run = _as_run(tokens[-1])
                # the title is what comes before its portfolio ("... to the President")
                prep = next((t.i for t in run if t.pos_ == "ADP"), None)
                run_cues = [
                    c
                    for c in _drop_portfolios(self.index.scan(run), head.doc)
                    if c.kind in {"title", "orgterm", "country", "adjective", "metonym"}
                    and (prep is None or c.start < prep)
                ]
                if any(c.kind == "title" for c in run_cues):
                    cues, tokens = cues + run_cues, tokens + run
            if not any(c.kind in {"title", "org", "person"} for c in cues):
                # "Carlos Mendes is reelected governor of Minas Gerais": the office the verb
                # gives the person, with the place it is of
                run = _predicate_office(head)
                run_cues = [
                    c
                    for c in _drop_portfolios(self.index.scan(run), head.doc)
                    if c.kind in {"title", "orgterm", "country", "adjective", "metonym"}
                ]
                if any(c.kind == "title" for c in run_cues):
                    cues, tokens = cues + run_cues, tokens + run
        if head is not None and head.pos_ == "NOUN" and head.ent_type_ != "PERSON":
            cues = self._owners_of_group(cues, head, day)
        titled_name = (
            head is not None
            and _name_like(head)
            and (
                any(c.kind == "title" and c.end <= head.i for c in cues)
                or _appositive_title(head, tokens, cues)
                # "professional wrestler Kenji Tanabe", the name not tagged as a person
                or any(c.end <= head.i and _occupation_before(c, head.doc) for c in cues)
            )
        )
        if head is not None:
            cues = _drop_inner_names(tokens, head, cues)
            kind = (
                self._kind_of_name(tokens, head, cues, day)
                or self._company_of_country(tokens, head, cues, day)
                or _sports_team(tokens, head, cues)
            )
            if kind is not None:
                return kind
        group_word = head is not None and (
            head.lemma_.lower() in GROUP_HEADS
            or head.lemma_.lower() in self.kb.terms_of_kind("unit")  # "a military convoy"
            or head.lower_ in self.kb.terms_of_kind("unit")  # "army officers": plurals as listed
        )
        if group_word and any(c.kind in {"noun", "title", "orgterm"} for c in cues + modifiers):
            # "The Sudan Doctors Network", "a group of protesters", "the Christian
            # Association of Nigeria": a body of those people.
            res = self.combine(sorted(cues + modifiers, key=_cue_start), tokens, day)
            res.why.append(f"'{head.text}' of the people named before it")
            return _agency_arm(res, tokens, head, cues)  # "agents of the ... Bureau"
        if (
            modifiers
            and head is not None
            and head.pos_ == "PROPN"
            and head.ent_type_ != "PERSON"
            and not any(c.kind in {"person", "org", "title"} for c in cues)
            and all(t.text[:1].isupper() for t in tokens if modifiers[0].start <= t.i <= head.i)
        ):
            # "Radio France Internationale": a body whose capitalised name says its sector
            res = self.combine(sorted(cues + modifiers, key=_cue_start), tokens, day)
            res.why.append(f"'{head.text}': a body named by its sector")
            return res
        if head is not None and not any(c.start <= head.i < c.end for c in cues):
            if head.ent_type_ != "PERSON" and not titled_name and not _name_goes_on(cues, head):
                # "a Canadian man", "Russian naval activities": not a known kind of actor,
                # but whose it is still counts (weak: never an antecedent for "it"/"he").
                national = [c for c in cues if c.kind in {"country", "adjective", "metonym", "org"}]
                body = self._named_body(tokens, head, cues, day) or self._classified_name(
                    tokens, head, cues, day
                )
                if body is not None:
                    return body
                if not national and _bare_house(head, tokens):
                    chamber = Cue(start=head.i, end=head.i + 1, kind="orgterm", value="LEG")
                    res = self.combine([chamber], tokens, day)
                    res.why.append("'the House': a lower chamber")
                    return res
                if not national:
                    return Resolution(why=[f"head '{head.text}' is not an actor word"])
                if _office_of_seat(head, national):
                    res = self.combine(national, tokens, day)  # "the White House Office"
                    res.why.append(f"'{head.text}' of a seat of government: its staff")
                    return res
                res = self.combine(national, tokens, day, metonym_sector=False)
                res.weak = True
                res.why.append(f"head '{head.text}' is not an actor word: nationality kept")
                return res
        if head is not None:
            cues = _own_name_first(cues, head)
        res = self.combine(cues, tokens, day)
        if head is not None:
            res = _agency_arm(res, tokens, head, cues)  # "the Anti-Corruption Bureau"
        if (
            head is not None
            and res.kind == "person"
            and not res.sector
            and any(w.startswith("unknown person") for w in res.why)
        ):
            res = self._official_of_named_body(res, tokens, head)
            res = _national_person(res, head, cues)
        if (
            head is not None
            and res.kind == "person"
            and res.sector in {None, "CVL"}
            and any(w.startswith("unknown person") for w in res.why)
            and not any(c.kind == "noun" for c in cues)
            and _convicted(head)
        ):
            # "A Canadian, Gordon Pike, is charged with murder": a convict or a suspect
            # charged is a criminal, as a labeller codes them, unless an office or a trade
            # says more ("footballer X ... sentenced" stayed CVL in helper A3's labels)
            res = replace(
                res,
                sector="CRM",
                code=compose_code(res.country, "CRM"),
                actor_id=f"{res.country}-CRM" if res.country else None,
                why=[*res.why, "convicted or charged by the verb: CRM"],
            )
        if head is None or res.kind in {"person", "org"}:
            return res
        head_cue = next((c for c in cues if c.start <= head.i < c.end), None)
        if head_cue is not None and head.tag_ in {"NN", "NNP"} and head_cue.kind == "title":
            res.titled = True
        elif (
            head_cue is not None
            and head_cue.kind == "adjective"
            and head.tag_ in {"NNS", "NNPS"}
            and res.sector is None
            and not any(t.lower_ == "the" for t in tokens if t.i < head.i)
        ):
            # "any Russians", "59 Palestinians": people of that nation (not "the Russians").
            res.sector, res.code = "CVL", compose_code(res.country, "CVL")
            res.actor_id = f"{res.country}-CVL"
            res.why.append(f"plural demonym '{head.text}': civilians")
        return res

    def _capitalised_plural_title(
        self, head: Token, named: Callable[[], dict[str, int]]
    ) -> Cue | None:
        """ "met with the Speakers", "the historic five Black Speakers of the House": a
        capitalised plural of a title, inside a sentence, names holders of that office (the
        vocabulary lists singular titles; lowercase "speakers" at a conference are anyone),
        in a text that names one country at most ("The Presidents" of a joint statement are
        of two states)."""
        if (
            head.tag_ not in {"NNS", "NNPS"}
            or not head.text.istitle()
            or head.i == sentence_of(head).start
        ):
            return None
        if len(named()) > 1:
            return None
        if not head.lower_.endswith("s") or head.lower_.endswith("ss"):
            return None
        term = self.kb.sector_terms.get(head.lower_[:-1])  # (the tagger keeps names' plurals)
        if term is None or term.kind != "title":
            return None
        return Cue("title", term.sector, head.i, head.i + 1)

    def _named_body(
        self, tokens: list[Token], head: Token, cues: list[Cue], day: str | None
    ) -> Resolution | None:
        """A capitalised name the base lacks whose words say what kind of body it is ("The
        U.S. Centers for Disease Control and Prevention" GOV, "the National Hockey League"
        BUS, "Good News International Ministries" REL): that sector, and the country its own
        words give; with none, `body_word` is set and the article decides
        (`ArticleActors._body_country`)."""
        if any(c.kind in {"org", "person"} for c in cues):
            return None  # "the Office of the UN High Commissioner": the known body's
        found = _body_word(tokens, head, self.kb.terms_of_kind("name"))
        if found is None:
            return None
        word, sector = found
        sector = _agency_sector(tokens, head, sector)
        # "Columbia University's Center", "the Department of Energy's ... Data Center": a part
        # of an institution named in the phrase is of that institution's kind
        sector = next((str(c.value) for c in reversed(cues) if c.kind == "orgterm"), sector)
        national = [c for c in cues if c.kind in {"country", "adjective", "metonym"}]
        res = self.combine(national, tokens, day, metonym_sector=False)
        text = " ".join(t.text for t in tokens if not (t.i == tokens[0].i and t.lower_ == "the"))
        return _unlisted_body(res, text, sector, word, f"'{word}' in a name the base lacks")

    def _classified_name(
        self, tokens: list[Token], head: Token, cues: list[Cue], day: str | None
    ) -> Resolution | None:
        """A name the base lacks said by the word before it to be a body of a kind: "French
        shipping company CMA CGM" (BUS), "the political party Spartans" (PTY), "the airline
        IndiGo", "the Italian newspaper La Stampa" (JRN). The institution word must stand just
        before the capitalised name (or the name be its appositive) and be lowercase; the
        country is the phrase's own, else `body_word` lets the article decide."""
        if head.ent_type_ not in NAME_ENTS or not (
            head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.i != sentence_of(head).start)
        ):
            return None  # (a capitalised noun inside a sentence is a name: "party Spartans")
        if head.tag_ in {"NNS", "NNPS"} and head.ent_type_ not in {"ORG", "NORP"}:
            return None  # "their school IDs"
        if not head.text[:1].isupper() or any(c.kind in {"org", "person"} for c in cues):
            return None
        first = head
        toks = tokens_of(head.doc)  # (no new Token per step back)
        while first.i > 0 and toks[first.i - 1].pos_ == "PROPN" and first.i > tokens[0].i:
            first = toks[first.i - 1]
        kind = next(
            (c for c in cues if c.kind == "orgterm" and c.end == first.i and c.start < first.i),
            None,
        )
        if kind is None and head.dep_ == "appos" and head.head.i < first.i:
            term = self.kb.sector_terms.get(head.head.lower_)
            if term is not None and term.kind == "org" and head.head.i == first.i - 1:
                kind = Cue("orgterm", term.sector, head.head.i, head.head.i + 1)
                before = [t for t in np_tokens(head.head) if t.i < head.head.i]
                cues, tokens = cues + self.index.scan(before), before + tokens
        if kind is None or not head.doc[kind.start].is_lower:
            return None
        sector = str(kind.value)
        national = [c for c in cues if c.kind in {"country", "adjective"} and c.end <= kind.start]
        res = self.combine(national, tokens, day, metonym_sector=False)
        name = " ".join(t.text for t in head.doc[first.i : head.i + 1])
        word = head.doc[kind.end - 1].text
        return _unlisted_body(res, name, sector, word, f"'{word}' before a name the base lacks")

    def _kind_of_name(
        self, tokens: list[Token], head: Token, cues: list[Cue], day: str | None
    ) -> Resolution | None:
        """A capitalised name the base lacks read by its own words (`org_kinds.tsv`): "the
        anti-government Burma National Revolutionary Army" and "The Afghanistan Freedom Front
        claims ... killed three Taliban soldiers" are armed groups (REB), "the Republican Bloc
        ... won 49 seats" a party, "Mitsubishi Heavy Industries" a business, "Tehran Times" a
        newspaper, "the Union of Industrialists and Entrepreneurs" an employers' body. The
        country is the one the phrase names, else `body_word` lets the article decide. A name
        the base lists wins; a known name inside a longer one ("the Christian Democratic
        Party", "the Kenya Red Cross Society") is not that body."""
        if head.lower_ not in KIND_HEADS:
            return None  # (most heads end no kind of body: skip reading the name)
        name = _name_run(tokens, head)
        if name is None:
            return None
        first, last = name
        if any(c.kind == "person" and c.start <= head.i < c.end for c in cues) or any(
            _names_the_body(c, first, head, cues) for c in cues if c.kind == "org"
        ):
            return None  # a listed person, or the listed body the name is
        doc = head.doc
        words = [t.lower_ for t in doc[first.i : last.i + 1]]
        inside = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        before = _plain_words([t for t in tokens if t.i < first.i])
        cued = _plain_words(_apposed(head)) | before
        sent = sentence_of(head)
        sentence = {t.lower_ for t in tokens_of(doc)[sent.start : sent.end]}
        word = head.lower_
        sector = None
        if (
            word in ORG_KINDS["legis_head"]
            and inside & ORG_KINDS["legis_inside"]
            and not inside & ORG_KINDS["legis_not"]
            # (a committee of the European Parliament is the IGO's, read as before)
            and all(getattr(c.value, "country", None) for c in cues if c.kind == "org")
        ):
            sector = "LEG"  # "the House Judiciary Committee": the House's, not a court
        elif (
            word in ORG_KINDS["party_head"]
            and sentence & ORG_KINDS["vote_cue"]
            and not (cued & ORG_KINDS["rebel_cue"])
        ):
            sector = "OPP" if "opposition" in cued else "PTY"  # "the Republican Bloc"
        elif word in ORG_KINDS["armed_head"] and (
            inside & ORG_KINDS["rebel_strong"]
            or cued & ORG_KINDS["rebel_cue"]
            or (inside & ORG_KINDS["rebel_weak"] and sentence & ORG_KINDS["armed_sentence"])
        ):
            # "Wazalendo militia X": a militia (PRM, as the word alone), unless a rebel word
            # says more
            cue_sectors = {ORG_SECTORS[("rebel_cue", w)] for w in cued & ORG_KINDS["rebel_cue"]}
            sector = "PRM" if cue_sectors == {"PRM"} else "REB"
        elif (
            word in ORG_KINDS["assoc_head"]
            and (first.i < head.i or last.i > head.i)  # ("the Association of X Guides")
            and not (
                head.lemma_.lower() in GROUP_HEADS
                and any(
                    c.kind in {"noun", "title", "orgterm"} and not c.start <= head.i < c.end
                    for c in cues
                )
            )
        ):  # ("the Sudan Doctors Network": a body of the people named before it, below)
            pairs = sorted(inside - set(words))  # "red cross" before "cross"
            found = [
                ORG_SECTORS[("inside", w)] for w in pairs + words if ("inside", w) in ORG_SECTORS
            ]
            default = ORG_SECTORS[("assoc_head", word)]
            sector = found[0] if found else (default if default != "-" else None)
        elif (
            ("final", word) in ORG_SECTORS
            and first.i < head.i  # ("INC" alone is a party's initials, "College Park" a town)
            and not any(
                c.kind in {"noun", "orgterm"} and first.i <= c.start <= last.i for c in cues
            )  # ("the US Marine Corp": a force's word says more)
        ):
            sector = ORG_SECTORS[("final", word)]
        if sector is None:
            return None
        # the country the phrase names ("French news channel BFM TV", "the Pakistani militant
        # group The Resistance Front"); a backer's ("Iran-backed") is no cue of it
        national = [c for c in cues if c.kind in {"country", "adjective", "metonym"}]
        if sector == "LEG":  # "the U.S. House Judiciary Committee": the chamber's state
            national += [c for c in cues if c.kind == "org"]
        res = self.combine(national, tokens, day, metonym_sector=False)  # ("Tehran Times")
        res.name = " ".join(t.text for t in doc[first.i : last.i + 1])
        # (a body of a kind, like "the military": with no country of its own, the article's
        # readings of such groups give it one, the place or state its sentence names)
        res.kind, res.sector = "group", sector
        res.code = compose_code(res.country, sector)
        res.actor_id = f"{res.country}-{sector}" if res.country else sector
        res.why.append(f"'{head.text}' ending a name the base lacks: {sector}")
        return res

    def _company_of_country(
        self, tokens: list[Token], head: Token, cues: list[Cue], day: str | None
    ) -> Resolution | None:
        """ "Air Canada suspends its plan": a company's name made of a company word
        (org_kinds.tsv `initial`) and a country is that country's business, not its state."""
        if head.ent_type_ != "ORG" or head.i == 0:
            return None
        cue = next((c for c in cues if c.kind == "country" and c.start <= head.i < c.end), None)
        if cue is None or cue.start == 0:
            return None
        first = head.doc[cue.start - 1]
        if (
            first.lower_ not in ORG_KINDS["initial"]
            or not first.text[:1].isupper()
            or first.ent_type_ != "ORG"
            or first.i < tokens[0].i
        ):
            return None
        sector = ORG_SECTORS[("initial", first.lower_)]
        res = self.combine([cue], tokens, day, metonym_sector=False)
        res.name = " ".join(t.text for t in head.doc[first.i : cue.end])
        res.kind, res.sector = "org", sector
        res.code = compose_code(res.country, sector)
        res.actor_id = f"{res.country}-{sector}"
        res.why.append(f"'{first.text}' before the country: a company of it ({sector})")
        return res

    def _official_of_named_body(
        self, res: Resolution, tokens: list[Token], head: Token
    ) -> Resolution:
        """ "U.S. National Counterterrorism Center director Joe Kent": an unknown person
        named after a state body the base lacks, with a country of their own, is its
        official (the body's sector, when it is one of the state's)."""
        if res.country is None:
            return res
        first = next((t for t in tokens if t.ent_type_ == "PERSON"), head)
        before = [t for t in tokens if t.i < first.i]
        while before and not before[-1].text[:1].isupper():
            before.pop()  # the title word after the body ("director")
        if not before:
            return res
        found = _body_word(before, before[-1], self.kb.terms_of_kind("name"), person=True)
        if found is None or found[1] not in STATE_SECTORS:
            return res
        word, sector = found
        return replace(
            res,
            sector=sector,
            code=compose_code(res.country, sector),
            actor_id=f"{res.country}-{sector}",
            why=[*res.why, f"official of a body named by '{word}': {sector}"],
        )

    def _owners_of_group(self, cues: list[Cue], head: Token, day: str | None) -> list[Cue]:
        """A person named inside a group's phrase ("the incoming Boric administration",
        "Putin's spokesman") says whose the group is, not who: their country, by the role they
        hold that day, else by any they held or will hold."""
        if not any(
            c.start <= head.i < c.end and c.kind in {"title", "noun", "orgterm"} for c in cues
        ) or not any(c.kind == "person" and not c.start <= head.i < c.end for c in cues):
            return cues
        kept: list[Cue] = []
        for cue in cues:
            if cue.kind != "person" or cue.start <= head.i < cue.end:
                kept.append(cue)
                continue
            roles = list(cue.value)  # type: ignore[call-overload]
            role = pick_role(roles, day, None) or roles[0]
            if role.country in self.kb.countries:
                kept.append(Cue("country", role.country, cue.start, cue.end))
            else:
                kept.append(cue)  # "Guterres's spokesperson": the organisation's own
        return kept

    def _body_before(
        self,
        tokens: list[Token],
        cues: list[Cue],
        named: Callable[[], dict[str, int]] | None,
    ) -> tuple[list[Cue], list[Token]]:
        """An organisation named in the words before a titled name's phrase (back to a verb,
        comma or the sentence start): the person is its official."""
        run = _title_run(tokens[0])
        if not run:
            return cues, tokens
        found = settle_ambiguous(
            self.index.scan([t for t in run + tokens if not t.is_punct or t.text in {".", "-"}]),
            named,
        )
        first = tokens[0].i
        before = [c for c in found if c.start < first]
        orgs = [c for c in before if c.kind == "org"]
        if not orgs or any(
            c.kind in {"person", "country", "adjective", "metonym"} and c.start >= orgs[-1].start
            for c in before
        ):
            return cues, tokens
        return [orgs[-1], *cues], run + tokens

    def _described_before(
        self,
        head: Token,
        cues: list[Cue],
        tokens: list[Token],
        day: str | None,
        named: Callable[[], dict[str, int]] | None,
    ) -> tuple[list[Cue], list[Token]]:
        """What is written before a name says who the person is; an organisation in an
        appositive after it says what they are also part of. "Slovakia's central bank chief,
        Peter Kažimír, a member of the European Central Bank committee" is Slovak;
        "Iraqi human rights activist Nadia Murad, a survivor of ISIS slavery" is no IS member."""
        if any(c.kind == "person" and _in_office(c, day) for c in cues):
            return cues, tokens
        if head.dep_ == "appos" and head.head.i < tokens[0].i and head.head.pos_ == "NOUN":
            # "<title phrase>, <name>": the phrase the name is in apposition to describes them
            before = [t for t in np_tokens(head.head) if t.i < tokens[0].i]
            while before and before[-1].is_punct:
                before.pop()
            found = _drop_portfolios(
                settle_ambiguous(
                    self.index.scan([t for t in before if not t.is_punct or t.text in {".", "-"}]),
                    named,
                ),
                head.doc,
            )
            # (or the plural people word the name stands in for: "French journalists Anne
            # Morel and ...", session 14)
            people_word = any(
                c.kind == "noun" and c.start <= head.head.i < c.end and head.head.tag_ == "NNS"
                for c in found
            )
            if (any(c.kind == "title" for c in found) or people_word) and not any(
                c.kind in {"person", "org"} for c in found
            ):
                cues, tokens = found + cues, before + tokens
        national = any(c.kind in {"country", "adjective"} and c.end <= head.i for c in cues)
        described = any(c.kind in {"title", "noun", "orgterm"} and c.end <= head.i for c in cues)
        if national and described:
            cues = [c for c in cues if not (c.kind == "org" and c.start > head.i)]
        return _title_over_appositive_nouns(head, cues), tokens

    def combine(
        self, cues: list[Cue], tokens: list[Token], day: str | None, metonym_sector: bool = True
    ) -> Resolution:
        """Put cues together the CAMEO way. `metonym_sector=False` when the capital only
        says whose the thing is ("The Washington Post" is American, not the government)."""
        res = Resolution()
        country: str | None = None
        country_why = ""
        sector: str | None = None
        sector_why = ""
        sector_deferential = False
        person_roles: list[PersonRole] = []
        person_name: str | None = None
        org = None
        org_start = -1
        country_end = -1
        at = [t.i for t in tokens]
        for cue in cues:
            text = " ".join([tokens[k].text for k, i in enumerate(at) if cue.start <= i < cue.end])
            if cue.kind == "person" and not person_roles:
                person_roles = list(cue.value)  # type: ignore[arg-type]
                person_name = text
            elif cue.kind == "org" and org is None:
                org, org_start = cue.value, cue.start
            elif cue.kind in {"country", "adjective"} and country is None:
                country, country_why = str(cue.value), f"{cue.kind} '{text}'"
                country_end = cue.end
            elif cue.kind == "metonym" and country is None:
                country, country_why = str(cue.value), f"seat of government '{text}'"
                if sector is None and metonym_sector:
                    sector, sector_why = "GOV", f"metonym '{text}'"
            elif cue.kind in {"title", "orgterm", "noun"}:
                # The last sector word is the head's ("Foreign Ministry spokesman" -> GOV).
                deferential = (cue.kind == "title" and text.lower() in SPEAKS_FOR_BODY) or (
                    cue.kind == "noun"
                    and text.lower() in STAFF_NOUNS
                    and sector_why.startswith("orgterm")  # the body they work for
                )
                if (
                    cue.kind == "noun"
                    and str(cue.value) in TRADE_SECTORS
                    and _left_occupation(tokens, cue.start)
                ):
                    continue  # "retired teacher X", "a former miner": no longer of that trade
                if deferential and sector is not None and not sector_why.startswith("metonym"):
                    # "military command spokesperson": speaks for the command (MIL)
                    res.title = text.lower()
                    if cue.kind == "title" and _former(tokens, cue.start):
                        sector, sector_why = "ELI", f"former '{text}'"
                    continue
                if (
                    sector is None
                    or sector_why.startswith("metonym")
                    or sector_deferential
                    or cue.kind == "title"
                    or (cue.kind == "noun" and tokens and cue.end > tokens[-1].i)
                    or (_party_head(cue, tokens) and sector != "OPP")  # "opposition ... Party"
                ):
                    # the head noun codes the group: "People Power Party lawmakers" -> LEG
                    sector, sector_why = str(cue.value), f"{cue.kind} '{text}'"
                    # "spokesperson of the opposition party": the body named next decides
                    sector_deferential = deferential
                    if cue.kind == "title" and _members_of_house_title(tokens, cue.end, text):
                        # "Representatives LaLota and Pappas": the title of a lower house's
                        # members before their names, not "representatives" sent by a body
                        sector, sector_why = "LEG", f"title '{text}' before names: members"
                        sector_deferential = False
                    if cue.kind == "title":
                        res.title = _qualified(text.lower(), tokens, cue.start)
                        if _former(tokens, cue.start):
                            sector, sector_why = "ELI", f"former '{text}'"
                            sector_deferential = False
                    elif sector in OFFICE_GROUP_SECTORS and _former(tokens, cue.start):
                        # "seven former government officials", "former lawmakers": out of office
                        sector, sector_why = "ELI", f"former '{text}'"
        placed = {
            i
            for c in cues
            if c.kind in {"country", "metonym", "adjective", "org", "noun", "orgterm"}
            for i in range(c.start, c.end)
        }
        # A place the tagger took for a person ("Kiev") is no name.
        person_ent = _person_entity([t for t in tokens if t.i not in placed])
        if person_ent is None:
            person_ent = _titled_name(tokens, cues)
        if person_roles:
            role = pick_role(person_roles, day, country)
            if role is not None:
                res.name, res.actor_id = role.name, role.person_id
                res.country, res.sector, res.kind = role.country, role.sector, "person"
                res.why.append(
                    f"person '{person_name}': {role.role} {role.start}..{role.end or ''}"
                )
                if (
                    sector == "ELI"
                    and sector_why.startswith(("former", "title"))
                    and _same_office(_office(res.title), role.role)
                ):
                    # "former prime minister Viktor Orbán": the text knows he has left.
                    res.sector = "ELI"
                    res.why.append(f"{sector_why}: out of that office")
                elif (
                    sector == "ELI"
                    and (sector_why.startswith("former") or _office(res.title) != res.title)
                    and role.sector not in STATE_SECTORS
                ):
                    # "former prime minister Imran Khan", now leading the opposition: the
                    # office the text names him by, no longer held, with none of the state's
                    res.sector = "ELI"
                    res.why.append(f"{sector_why}: no state office now")
            else:
                first = person_roles[0]
                res.name, res.actor_id = first.name, first.person_id
                res.kind = "person"
                held_before = any(
                    r.end and day and r.end < day and _same_office(res.title, r.role)
                    for r in person_roles
                )
                if org is not None and org.kind == "IGO" and sector_why.startswith("title"):
                    # "Arab League secretary general Nabil Fahmy": a title of the organisation
                    # named with it, not of the state he served before
                    res.country, res.sector, res.code = org.country, org.sector, org.code
                    res.org_coded = True
                    res.why.append(f"person '{person_name}': {sector_why} of {org.name}")
                    return res
                if (
                    sector
                    and sector_why.startswith("title")
                    and not held_before
                    and first.country in self.kb.countries
                ):
                    # "Minister of Infrastructure Oleksandr Kubrakov": the text's own title
                    # tells the office on that day, where our dated roles have a gap.
                    res.country, res.sector = country or first.country, sector
                    res.why.append(
                        f"person '{person_name}' holds no listed role on {day}; {sector_why}"
                    )
                    res.code = compose_code(res.country, res.sector)
                    return res
                res.country, res.sector = first.country, "ELI"
                res.why.append(
                    f"person '{person_name}' holds no listed role on {day}: former (ELI)"
                )
            res.code = compose_code(res.country, res.sector)
            org_of_role = self.kb.organization_of(role or person_roles[0])
            if org_of_role is not None:
                # An official of an IGO or armed group is coded as that organisation.
                res.country, res.code = org_of_role.country, org_of_role.code
                res.org_coded = True
                if res.sector != "ELI":
                    res.sector = org_of_role.sector
            return res
        if org is not None:
            res.name, res.actor_id, res.kind = org.name, org.actor_id, "org"
            res.country, res.sector, res.code = org.country, org.sector, org.code
            res.org_coded = True
            res.why.append(f"organisation '{org.name}'")
            period = self.kb.org_period(org.actor_id, day)
            if period is not None:
                res.country, res.sector = period.country, period.sector
                res.code = compose_code(period.country, period.sector)
                res.why.append(f"{period.country} {period.sector} from {period.start} (dated)")
            res = _office_in_body(res, cues, org_start, tokens)
            if person_ent is not None:
                res.name = person_ent
                res.kind = "person"
            elif org.kind == "PTY":
                # "House Republicans": the lower chamber, which "house" alone cannot code
                house = any(t.i == org_start - 1 and t.text == "House" for t in tokens)
                sector = "LEG" if house else sector
                res = _party_of(res, country, country_end == org_start, country_why, sector)
            return res
        if person_ent is not None:
            res.name, res.kind = person_ent, "person"
            res.why.append(f"unknown person '{person_ent}'")
        if country:
            res.country = country
            res.why.append(country_why)
        if sector:
            res.sector = sector
            res.why.append(sector_why)
        if res.kind == "unresolved" and (country or sector):
            res.kind = (
                "state" if country and (sector in {None, "GOV", "MIL", "LEG", "JUD"}) else "group"
            )
        if country and res.name is None:
            res.name = self.kb.countries[country].name if country in self.kb.countries else country
            if sector:
                res.name = f"{res.name} ({sector})"
        res.actor_id = country and (f"{country}-{sector}" if sector else country)
        if res.actor_id is None and sector:
            res.actor_id = sector
        res.code = compose_code(country, sector)
        return res


def _bare_house(head: Token, tokens: list[Token]) -> bool:
    """ "The House passed the bill", "the House would vote": a lower chamber named by its
    capitalised word alone (the article says whose), not "a house" nor "the Opera House"."""
    return (
        head.text == "House"
        and [t.lower_ for t in tokens] == ["the", "house"]
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(head))
    )


# Head words of a body named by its members ("Doctors Network", "Workers' Union").
GROUP_HEADS = WORD_LISTS["group_heads"]


# An office held in this many states of our data is a common one: a release's state that
# never has it is speaking of a visitor's ("the prime minister" in a US release).
COMMON_OFFICE_STATES = 10


def lookup(text: str, day: str | None, resolver: Resolver, nlp) -> tuple[Span, Resolution]:  # noqa: ANN001
    """Resolve a free-standing phrase (used by `eventwire actors lookup`)."""
    doc = nlp(text)
    return doc[:], resolver.resolve_tokens(list(doc), day)


# Words for a ship: a name after them is a vessel's, not a person's.
VESSEL_WORDS = WORD_LISTS["vessel_words"]

# Entity types a body's name the base lacks may carry ("" when the tagger gives none).
NAME_ENTS = {"", "ORG", "NORP", "PRODUCT"}

# What kind of body a name says it is, by its words (org_kinds.tsv: use -> words, and the
# sector of each (use, word)).
_ORG_KIND_ROWS = read_data_tsv("eventwire.actors", "org_kinds.tsv")
ORG_KINDS: dict[str, frozenset[str]] = {
    use: frozenset(r["word"] for r in _ORG_KIND_ROWS if r["use"] == use)
    for use in {r["use"] for r in _ORG_KIND_ROWS}
}
ORG_SECTORS: dict[tuple[str, str], str] = {
    (r["use"], r["word"]): r["sector"] for r in _ORG_KIND_ROWS
}

# Head words `_kind_of_name` can read a body's kind from (a quick test before the name).
KIND_HEADS = (
    ORG_KINDS["party_head"]
    | ORG_KINDS["armed_head"]
    | ORG_KINDS["assoc_head"]
    | ORG_KINDS["legis_head"]
    | {word for use, word in ORG_SECTORS if use == "final"}
)

# Words that may stand inside a capitalised name between its capitalised words.
NAME_JOINERS = {"of", "for", "the", "and", "de", "'s", "’s", "-", "–", "'", "’", "&"}


def _name_run(tokens: list[Token], head: Token) -> tuple[Token, Token] | None:
    """The first and last token of the capitalised name a mention's head ends or heads ("the
    [Afghanistan Freedom Front]", "[The Times of India]"), or None when the head is no such
    name: not capitalised, a person's, a place's, or after "in"/"at" (a place)."""
    if not head.text[:1].isupper() or head.ent_type_ in PLACE_ENTS | {"PERSON"}:
        return None
    if head.pos_ != "PROPN" and head.ent_type_ != "ORG":
        return None
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
        return None
    if head.i == sentence_of(head).start and head.pos_ != "PROPN":
        return None
    at = {t.i for t in tokens}
    doc = head.doc
    first = head
    k = head.i - 1
    while k in at and (doc[k].text[:1].isupper() or doc[k].text in NAME_JOINERS):
        if k >= 2 and doc[k - 1].text in {"-", "–"} and doc[k - 2].is_lower:
            break  # "the pro-European Tisza Party": a modifier, not the name
        if doc[k].text[:1].isupper():
            first = doc[k]
        k -= 1
    if first.lower_ == "the":
        first = doc[first.i + 1]
    last = head
    k = head.i + 1
    while k in at and (doc[k].text[:1].isupper() or doc[k].lower_ in NAME_JOINERS):
        if doc[k].text[:1].isupper():
            last = doc[k]
        k += 1
    return first, last


# Places a sports team may be named after: towns and first-level regions (not countries:
# "United Russia" is a party).
TEAM_PLACE_CODES = {"ADM1"}


def _sports_team(tokens: list[Token], head: Token, cues: list[Cue]) -> Resolution | None:
    """ "CSKA Moscow", "Dynamo Kyiv", "Sheffield United", "the Boston Celtics": a capitalised
    name made of a place and a club word or a team's nickname (org_kinds.tsv `club`, `team`)
    is a sports team of the place's country, coded CVL as the
    audits label sports teams, never the city's government (its capital's metonym). A
    listed body or person, or a name that is itself a place ("Kansas City"), is not read."""
    if not (head.text[:1].isupper() or head.text[:1].isdigit()):
        return None  # (a tagger's PERSON is read too: "Maccabi Haifa" is often one)
    at = {t.i for t in tokens}
    toks = tokens_of(head.doc)
    lo = hi = head.i
    while lo - 1 in at and _team_name_word(toks[lo - 1]):
        lo -= 1
    while hi + 1 in at and _team_name_word(toks[hi + 1]):
        hi += 1
    words = [t for t in toks[lo : hi + 1] if t.lower_ != "the"]
    if len(words) < 2:
        return None
    for c in cues:
        if c.start <= words[-1].i and c.end > words[0].i and c.kind in {"org", "person"}:
            return None  # a listed club ("Real Madrid") or person is read as listed
    low = [t.lower_ for t in words]
    place: list[Token] = []
    use = ""
    for k in (2, 1):
        if len(words) <= k:
            continue
        end, start = " ".join(low[-k:]), " ".join(low[:k])
        if end in ORG_KINDS["team"] or end in ORG_KINDS["club"]:
            place, use = words[:-k], "team" if end in ORG_KINDS["team"] else "club"
        elif start in ORG_KINDS["club"]:
            place, use = words[k:], "club"
        if place:
            break
    place = [t for t in place if t.lower_ not in NAME_JOINERS]
    if not place or any(
        c.kind in {"country", "adjective", "ambiguous"} and c.start <= t.i < c.end
        for c in cues
        for t in words
        if t not in place
    ):
        return None  # ("United States", "American Athletics")
    name = " ".join(t.text for t in words)
    found = _likeliest_place(" ".join(t.text for t in place))
    if (
        found is None
        or not (found.feature_class == "P" or found.feature_code in TEAM_PLACE_CODES)
        or _likeliest_place(name) is not None  # "Oklahoma City", "Atlantic City"
    ):
        return None
    country = found.country  # ("the Brisbane Lions" are Australian; "Carolina" teams listed)
    return Resolution(
        name=name,
        actor_id=f"{country}-CVL",
        country=country,
        sector="CVL",
        code=compose_code(country, "CVL"),
        kind="org",
        why=[f"'{name}': a {use} word and a place, a sports team of {country}"],
    )


def _team_name_word(tok: Token) -> bool:
    """A word a team's name may have: capitalised ("Dynamo"), a number ("Schalke 04",
    "the 76ers") or a joiner ("Olympique de Marseille")."""
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.lower_ in {"de", "."}


def _drop_inner_names(tokens: list[Token], head: Token, cues: list[Cue]) -> list[Cue]:
    """Without a listed party whose name ends a longer party name ("the Christian Democratic
    Party" of Bolivia is not the US "Democratic Party", "the Social Democratic Party" of
    Austria neither): the longer name is a party the base lacks, read by its word "Party"."""
    if head.lower_ != "party":
        return cues  # ("House Republicans" are the party's members of the House)
    parties = [
        c
        for c in cues
        if c.kind == "org" and c.value.kind == "PTY" and c.start <= head.i < c.end  # type: ignore[union-attr]
    ]
    if not parties:
        return cues
    name = _name_run(tokens, head)
    if name is None:
        return cues
    kept = [c for c in cues if c not in parties or _names_the_body(c, name[0], head, cues)]
    if len(kept) == len(cues):
        return cues
    return sorted([*kept, Cue("orgterm", "PTY", head.i, head.i + 1)], key=_cue_start)


def _names_the_body(org: Cue, first: Token, head: Token, cues: list[Cue]) -> bool:
    """A listed organisation is the body a name names when it ends at the name's head and
    nothing but a country or a sector word stands before it in the name ("Kenya's Liberal
    Party"); inside a longer name it is another body: "the Christian Democratic Party" is
    not the US "Democratic Party", "the Kenya Red Cross Society" not the ICRC."""
    if not org.start <= head.i < org.end:
        return org.start <= first.i <= org.end - 1 and org.end > head.i  # covers the name
    placed = {i for c in cues if c.kind != "org" for i in range(c.start, c.end)}
    doc = head.doc
    return not any(doc[k].text[:1].isupper() and k not in placed for k in range(first.i, org.start))


def _plain_words(tokens: list[Token]) -> set[str]:
    """Lowercase words as written, hyphenated ones kept whole ("anti-government")."""
    text = "".join(t.text_with_ws for t in tokens).lower()
    return {w.strip(",.;:()\"'") for w in text.split()}


def _agency_sector(tokens: list[Token], head: Token, sector: str) -> str:
    """The arm of the state a state agency's own name says it is (org_kinds.tsv agency_*):
    "the National Anti-Corruption Bureau" COP, "the National Counterterrorism Center" SPY
    (session 14: both were GOV by their head word). Else the sector given."""
    if head.lower_ not in ORG_KINDS["agency_head"] or not head.text[:1].isupper():
        return sector
    name = _name_run(tokens, head)
    if name is None:
        return sector
    run = [t.lower_ for t in head.doc[name[0].i : name[1].i + 1]]
    hyphened = zip(run, run[1:], run[2:], strict=False)
    words = set(run) | {f"{a}-{c}" for a, b, c in hyphened if b == "-"}  # "Anti-Corruption"
    if words & ORG_KINDS["agency_not"]:
        return sector
    found = sorted(words & ORG_KINDS["agency_inside"])
    return ORG_SECTORS[("agency_inside", found[0])] if found else sector


def _agency_arm(res: Resolution, tokens: list[Token], head: Token, cues: list[Cue]) -> Resolution:
    """A GOV reading of a state agency (the head, or the body word of an orgterm cue: "agents
    of the National Anti-Corruption Bureau") recoded to the arm its name says (`_agency_sector`)."""
    if res.sector != "GOV" or res.kind == "person":
        return res
    doc = head.doc
    for word in [head, *(doc[c.end - 1] for c in cues if c.kind == "orgterm")]:
        sector = _agency_sector(tokens, word, "GOV")
        if sector != "GOV":
            return replace(
                res,
                sector=sector,
                code=compose_code(res.country, sector),
                actor_id=f"{res.country}-{sector}" if res.country else res.actor_id,
                why=[*res.why, f"'{word.text}' of the state's {sector} by its name"],
            )
    return res


def _unlisted_body(res: Resolution, name: str, sector: str, word: str, why: str) -> Resolution:
    """A body the base lacks, of a kind a word says: coded when its phrase gives a country,
    else `body_word` lets the article decide (`ArticleActors._body_country`)."""
    res.name, res.kind, res.sector, res.body_word = name, "org", sector, word
    res.code = compose_code(res.country, sector) if res.country else None
    res.actor_id = f"{res.country}-{sector}" if res.country else None
    res.why.append(f"{why}: {sector}")
    return res


def _apposed(head: Token) -> list[Token]:
    """The words of a phrase in apposition with a name ("the Arakan Rohingya Salvation Army,
    a Rohingya insurgent group"; "the militant group, The Resistance Front") and of the
    noun a name stands right after ("the militant group The Resistance Front")."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            out.extend(t for t in child.subtree if t.i <= child.i)
    if head.dep_ == "appos" and head.head.i < head.i:
        out.extend(t for t in head.head.subtree if t.i <= head.head.i)
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        # "militants belonging to the Hasm Movement", "fighters of the X Front"
        owner = head.head.head
        if owner.pos_ == "VERB" and owner.dep_ == "acl":
            owner = owner.head
        if owner.pos_ == "NOUN":
            out.extend(t for t in owner.children if t.dep_ == "amod")
            out.append(owner)
    return out


def _own_name_first(cues: list[Cue], head: Token) -> list[Cue]:
    """A phrase that holds two known names is the head's person, or the one after a titled
    head: in a transcript's run-on speaker line ("talks with President of Mongolia Ukhnaagiin
    Khurelsukh President of Russia Vladimir Putin:") "President ... Putin" is Putin, whoever
    was named before."""
    own = [c for c in cues if c.kind == "person" and c.start <= head.i < c.end]
    if not own:
        # a titled head ("President of Russia") is the name after it, not one before it
        before = [c for c in cues if c.kind == "person" and c.end <= head.i]
        own = [c for c in cues if c.kind == "person" and c.start > head.i]
        if not (before and own):
            return cues
    return [c for c in cues if c.kind != "person" or c in own]


# Sectors a title after a body's name takes over from the body's own code: a state's body
# (the Taliban since 2021) has its courts, police, forces, spies and legislators; an armed
# group that governs a territory ("a Hamas police chief") its police and courts, while its
# fighters and leaders stay the group's.
STATE_BODY_OFFICES = {"MIL", "COP", "JUD", "SPY", "LEG"}
ARMED_GROUP_OFFICES = {"COP", "JUD"}


def _office_in_body(
    res: Resolution, cues: list[Cue], org_start: int, tokens: list[Token]
) -> Resolution:
    """ "Taliban chief justice Abdul Hakim Haqqani" (AFGJUD), "a Hamas police chief" (PSECOP):
    an office named after a body coded with a country is that country's office of its own
    sector, when the body is the state's (GOV) or an armed group's and the office is one of
    those it runs (`STATE_BODY_OFFICES`, `ARMED_GROUP_OFFICES`)."""
    if not res.country or res.sector not in {"GOV", "REB"}:
        return res
    offices = STATE_BODY_OFFICES if res.sector == "GOV" else ARMED_GROUP_OFFICES
    org_end = next((c.end for c in cues if c.kind == "org" and c.start == org_start), org_start)
    title = next(
        (
            c
            for c in reversed(cues)
            if org_end <= c.start <= org_end + 1  # right after the body's name
            and (c.kind == "title" or (c.kind == "noun" and str(c.value) in ARMED_GROUP_OFFICES))
        ),
        None,
    )
    if title is None or str(title.value) not in offices or _former(tokens, title.start):
        return res
    sector = str(title.value)
    return replace(
        res,
        sector=sector,
        code=compose_code(res.country, sector),
        why=[*res.why, f"an office of its own: {sector}"],
    )


def _national_person(res: Resolution, head: Token, cues: list[Cue]) -> Resolution:
    """ "Norwegian ski jumper Marius Lindvik", "American citizen Dena Karari": a person the
    base lacks whose phrase gives a country but no office is a person of that country with
    no state role (CVL, as an untitled unknown person in a text about one country is), or of
    the office a verb names them to ("X was appointed ambassador"); the country may follow
    in the name's own "of" phrase ("Fátima Bosch of Mexico"). Not a name after "of"
    ("President of Armenia Nikol Pashinyan": the title is outside the phrase), one whose
    country follows it ("Chelyabinsk Oblast, Russia" is a place the tagger took for a
    person) or a ship's ("the Panama-flagged tanker M Sophia")."""
    if res.sector or not res.country or head.ent_type_ != "PERSON":
        return res
    first = head
    while first.i > 0 and first.doc[first.i - 1].ent_type_ == "PERSON":
        first = first.doc[first.i - 1]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return res
    of_country = {
        c.start
        for c in cues
        if c.kind == "country"
        and c.start == head.i + 2
        and head.doc[head.i + 1].lower_ == "of"
        and head.doc[head.i + 1].head.i == head.i
    }  # "Fátima Bosch of Mexico is crowned Miss Universe": the name's own "of" phrase
    if not any(
        c.kind == "adjective"
        or (c.kind == "country" and (c.end <= first.i or c.start in of_country))
        for c in cues
        if c.value == res.country
    ):
        return res
    if any(t.lemma_.lower() in VESSEL_WORDS for t in head.doc[max(first.i - 3, 0) : first.i]):
        return res
    sector = _named_to_office(head) or "CVL"
    return replace(
        res,
        sector=sector,
        code=compose_code(res.country, sector),
        actor_id=f"{res.country}-{sector}",
        why=[*res.why, f"a person of {res.country} with no office named: {sector}"],
    )

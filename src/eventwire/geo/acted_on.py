"""Rule 5: for an act of force the text places nowhere, the country it was done to (its
target's, the reporting state's when a foreign party did it, a court's own), and the
narrowing of that country to the one region the item names.

Separate because it places by the parties, not by a place mention: it is the last resort
after the parse, the sentence, the article and the dateline gave nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.geo.act_kinds import _physical, _root
from eventwire.geo.gazetteer import Gazetteer, Place
from eventwire.geo.location_basics import (
    _conjuncts,
    _first_conjunct,
    _sovereign,
    _trigger_head,
    _trigger_tokens,
)
from eventwire.geo.location_words import (
    ABROAD_SECTORS,
    ACTOR_PLACED_ROOTS,
    AIRCRAFT_NOUNS,
    ARREST_CODES,
    ASSAULT_ROOTS,
    CIVIL_SECTORS,
    COURT_WORDS,
    HOME_COERCION_CODES,
    INDICTMENT_LEMMAS,
    INSTITUTION_NOUNS,
    MODIFIER_DEPS,
    MOVER_WORDS,
    NAVAL_WORDS,
    PROJECTILE_NOUNS,
    REPORT_LEMMAS,
    STATE_BODY_NOUNS,
    STATE_SECTORS,
    TRAILING_POSS,
    WARRANT_NOUNS,
)
from eventwire.geo.place_mention import Mention
from eventwire.geo.toponym_words import VESSEL_NOUNS, country_words, nationality_countries
from eventwire.records import ActorRef, Article, Event


def _narrow_to_the_item_region(
    article: Article, doc: Doc, events: list[Event], mentions: list[Mention], gaz: Gazetteer
) -> None:
    """An act of force placed at the country it was done to (rule 5) is in the one region of
    that country the item is about, when the item names just one: "Israeli airstrikes kill
    at least 92 Palestinians", in an item headed "Gaza war > Israeli bombing of the Gaza
    Strip" or telling of Gaza, is in the Gaza Strip. A region or area (not a town): the act
    was done to its people, not to one street of it."""
    hit = [
        e
        for e in events
        if e.location is not None
        and e.location["method"] == "actor"
        and e.location["text"] is None
        and _root(e) in ASSAULT_ROOTS
        and _country_acted_on(e, doc) == e.location["country"]
    ]
    for e in hit:
        region = _item_region(article, mentions, gaz, e.location["country"])
        if region is not None:
            e.location = _sovereign(
                {"text": None, "start": None, "end": None, **region.to_location()}
                | {"method": "actor"}
            )


def _item_region(
    article: Article, mentions: list[Mention], gaz: Gazetteer, iso3: str
) -> Place | None:
    """The one region or area of `iso3` the item's text names, else its title (a WCEP topic
    path: "Gaza war > Israeli bombing of the Gaza Strip"); None when it names none or more."""
    said = {
        m.place.gazetteer_id: m.place
        for m in mentions
        if m.place is not None and _a_region_of(m.place, iso3)
    }
    if not said and article.title:
        for segment in re.split(r" > |, ", article.title):
            words = segment.split()
            for n in (3, 2, 1):
                for i in range(len(words) - n + 1):
                    name = " ".join(words[i : i + n])
                    if not name[:1].isupper():
                        continue
                    found = gaz.lookup(name)
                    if found and _a_region_of(found[0], iso3):
                        said.setdefault(found[0].gazetteer_id, found[0])
    return next(iter(said.values())) if len(said) == 1 else None


def _a_region_of(place: Place, iso3: str) -> bool:
    return place.country == iso3 and not place.is_country and place.feature_class in {"A", "L"}


def _country_acted_on(event: Event, doc: Doc | None = None) -> str | None:
    """Rule 5: for an act of force the text places nowhere, the country it was done to. A
    target of a known country that stays at home (its people, the state, its territory;
    not its armed forces, which also fight abroad) is hit where it is; failing a target, a
    government that reports a foreign party's attack reports one on its own country
    ("Pakistan's prime minister declares the Indian attacks an act of war"). A party's
    report of its own strike ("Israel says it struck ...") names no victim and gets none.
    Coercion (arrests, repression) by a state's own forces of no foreign target is done in
    that state, and so is whatever a state's court does (a verdict, a sentence, an order)."""
    source_ref = event.source
    if _a_court(source_ref) and source_ref.country:
        return source_ref.country  # "a Malian court sentences ...": a court sits at home
    if doc is not None and _indicted_at_home(doc, event):
        return source_ref.country  # "Taiwanese prosecutors indict 62 people"
    if event.cameo.root not in ACTOR_PLACED_ROOTS or not _physical(event):
        return None
    target = event.target
    if target is not None and target.country and _flagged(target):
        return None  # "seizes the Polish-flagged Marinette": a flag, not where it was
    doer = event.source
    if (
        event.cameo.code.startswith(ARREST_CODES)
        and doer is not None
        and doer.country
        and (doer.sector or "") in CIVIL_SECTORS
        and (target is None or target.sector not in ABROAD_SECTORS or doer.sector == "COP")
    ):
        # (police arrest only at home, also a foreign soldier: "Philippine police arrest a
        # student of the People's Liberation Army")
        # "China arrests three Filipinos", "Russia expels Estonian diplomats": a state's
        # government, police or courts arrest and expel on their own ground, whoever it is.
        return doer.country
    if event.cameo.code.startswith("173") and doc is not None and _a_warrant(doc, event):
        return None  # "the ICC issues arrest warrants for Netanyahu": a paper, not an arrest
    if event.cameo.code.startswith("173") and doer is None and doc is not None:
        head = _trigger_head(doc, event)
        home = _state_body_subject(head) if head is not None else None
        if home is not None and (target is None or target.sector not in ABROAD_SECTORS):
            return home  # "Nepalese police arrest a former minister", its doer not coded
    if (
        target is not None
        and doer is not None
        and target.country
        and doer.country == target.country
        and ABROAD_SECTORS & {target.sector, doer.sector}
    ):
        # "the Sudanese Armed Forces destroyed RSF vehicles": a state's forces and its own
        # armed groups fight each other at home.
        return target.country
    if event.cameo.code.startswith("174"):
        return None  # "deported to Moscow": the deported go to their country, not from it
    if doc is not None and _intercepted_at_home(doc, event):
        return doer.country  # "Jordan's air force intercepts four missiles ... from Iran"
    if doer is None and doc is not None and _intercepts_a_projectile(doc, event):
        # "The Israeli military says that the missile was intercepted": over its own ground
        return _reporting_state(doc, event)
    if doc is not None and _between_parties(doc, event):
        return None  # "renewed fighting between Iran and the U.S.": no one side's ground
    if target is not None and target.country and target.sector not in ABROAD_SECTORS:
        if doc is not None and _owns_a_mover(doc, target):
            return None  # "destroy Iran's lead corvette": a ship is hit wherever it sails
        if doc is not None and _a_mover(doc, target):
            return None  # "intercepts a Russian reconnaissance aircraft": wherever it flew
        return target.country
    source = event.source.country if event.source is not None else None
    own = event.source is not None and event.source.sector in STATE_SECTORS
    home = event.cameo.code.startswith(HOME_COERCION_CODES)
    if home and own and source and (target is None or not target.country):
        return source  # "crackdowns by the military and police": a state coerces at home
    if event.cameo.root not in ASSAULT_ROOTS or target is not None and target.country:
        return None
    speaker = event.attribution.speaker if event.attribution is not None else None
    if speaker is not None:
        state = speaker.sector in STATE_SECTORS or _a_state_itself(speaker)
        reporter = speaker.country if state else None
    else:
        reporter = _reporting_state(doc, event) if doc is not None else None
    if reporter and source and reporter != source:
        return reporter
    return None


def _state_body_subject(head: Token) -> str | None:
    """The state of the body that is the verb's subject by the parse, named with its country
    ("**Nepalese police** arrest ...", "**Iran's** intelligence ministry detains ..."), or None."""
    for child in head.children:
        if child.dep_ == "agent":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "nsubj":
            continue
        if child.lemma_.lower() not in STATE_BODY_NOUNS | INSTITUTION_NOUNS:
            return None
        iso3 = _state_named_before(child)
        if iso3:
            return iso3
    return None


def _state_named_before(noun: Token) -> str | None:
    """The country a modifier or possessive before the noun names ("**Nepalese** police",
    "**Kuwait's** interior ministry"), or None."""
    for mod in noun.children:
        if mod.dep_ in MODIFIER_DEPS | {"poss"} and mod.i < noun.i:
            iso3 = country_words().get(mod.text.lower())
            if iso3:
                return iso3
    return None


def _a_warrant(doc: Doc, event: Event) -> bool:
    """The act is the issuing of a warrant ("issues an arrest warrant for X", "arrest
    warrants were issued"): done where its issuer sits, not where the wanted person is."""
    head = _trigger_head(doc, event)
    words = {w.strip(".,").lower() for w in event.trigger.text.split()}
    if head is not None:
        words |= {c.lemma_.lower() for c in head.children if c.dep_ in {"dobj", "nsubjpass"}}
    return bool(words & WARRANT_NOUNS)


def _court_by_its_subject(doc: Doc, event: Event) -> str | None:
    """A court sits at home, also when the extractor coded no doer for its act: "An Italian
    appellate court approves the extradition ..." → Italy (the court's nationality word on
    the subject of the trigger's verb)."""
    if event.source is not None:
        return None
    head = _trigger_head(doc, event)
    if head is None:
        return None
    verb = _first_conjunct(head)
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.lemma_.lower() not in COURT_WORDS:
            continue
        for word in subject.children:
            if word.dep_ in {"amod", "compound"} and word.ent_type_ == "NORP":
                return nationality_countries().get(word.lower_)
            if word.dep_ == "prep" and word.lower_ == "of":  # "The Constitutional Court of
                for name in word.children:  # Indonesia rules ..."
                    named = " ".join(t.lower_ for t in name.subtree if t.dep_ != "det")
                    if name.dep_ == "pobj" and named in country_words():
                        return country_words()[named]
    return None


def _intercepted_at_home(doc: Doc, event: Event) -> bool:
    """A state, its forces or its air defences intercepting missiles, drones or rockets do
    it over their own ground: "The Kuwaiti military intercepts two ballistic missiles and 13
    drones from Iran" → Kuwait. Not a navy or a warship, which intercept at sea or abroad,
    nor an interception of ships or aircraft ("the Polish Air Force intercepts a Russian
    reconnaissance aircraft over international waters")."""
    doer = event.source
    if doer is None or not doer.country or (doer.sector or "") not in STATE_SECTORS | {""}:
        return False
    if set(doer.text.lower().split()) & NAVAL_WORDS:
        return False
    return _intercepts_a_projectile(doc, event)


def _intercepts_a_projectile(doc: Doc, event: Event) -> bool:
    """The act is the interception or shooting down of missiles, drones or rockets ("intercepts
    two ballistic missiles", "the missile was intercepted", "shot down three drones")."""
    for tok in _trigger_tokens(doc, event):
        lemma = tok.lemma_.lower()
        shot_down = lemma == "shoot" and any(c.lower_ == "down" for c in tok.children)
        if lemma != "intercept" and not shot_down:
            continue
        for child in tok.children:
            if child.dep_ in {"dobj", "nsubjpass"} and _projectiles(child):
                return True
    return False


def _projectiles(noun: Token) -> bool:
    """ "two ballistic missiles", "a number of missiles and drones", "18 missiles, four cruise
    missiles and 47 drones"."""
    of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    heads = [noun, *of, *(c for c in noun.children if c.dep_ == "conj")]
    return any(h.lemma_.lower() in PROJECTILE_NOUNS for h in heads)


def _between_parties(doc: Doc, event: Event) -> bool:
    """Fighting "between" two parties (the trigger's own "between" phrase) is done by both
    on no one side's ground: the target's country is not the place. So are the dead of it
    ("five civilians are killed in a shootout **between** Pakistani soldiers and Afghan
    soldiers"), unless both sides are of one country ("clashes between the Syrian Army and
    the Syrian Democratic Forces" are in Syria)."""
    anchors = _trigger_tokens(doc, event)
    if any(c.dep_ == "prep" and c.lower_ == "between" for t in anchors for c in t.children):
        return True
    # "killed and eight more are injured in a shootout between ...": either verb's "in".
    for tok in {t for a in anchors for t in _conjuncts(_first_conjunct(a))}:
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ != "in":
                continue
            for noun in child.children:
                sides = [
                    side
                    for prep in noun.children
                    if prep.dep_ == "prep" and prep.lower_ == "between"
                    for side in prep.children
                    if side.dep_ == "pobj"
                ]
                countries = _sides_countries(sides[0]) if sides else set()
                if sides and (len(countries) != 1 or None in countries):
                    return True
    return False


def _sides_countries(first: Token) -> set[str | None]:
    """The countries of the sides of "between A and B", by their names or adjectives (None
    for a side without one): {SYR} for "the Syrian Army and the Syrian Democratic Forces"."""
    words = country_words()
    found: set[str | None] = set()
    for side in [first, *(c for c in first.children if c.dep_ == "conj")]:
        names = [side, *(c for c in side.children if c.dep_ in MODIFIER_DEPS | {"poss"})]
        found.add(next((words[t.lower_] for t in names if t.lower_ in words), None))
    return found


def _owns_a_mover(doc: Doc, ref: ActorRef) -> bool:
    """The target is the owner of a ship, aircraft or convoy the act hit ("Iran's lead
    Shahid Soleimani-class corvette"), which may be anywhere: its country is not the place."""
    after = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if after is None or after.end >= len(doc) or doc[after.end].lower_ not in TRAILING_POSS:
        return False
    owned = after.root.head if after.root.dep_ == "poss" else doc[after.end].head
    return owned.lemma_.lower() in VESSEL_NOUNS | AIRCRAFT_NOUNS


def _a_mover(doc: Doc, ref: ActorRef) -> bool:
    """The target is a ship, an aircraft or a projectile of its country ("a Russian
    reconnaissance aircraft", "Iranian drones"): hit where it went, not in its country."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ in MODIFIER_DEPS and head.head.i >= span.end:
        head = head.head  # the extractor's "Russian" of "a Russian reconnaissance aircraft"
    return head.lemma_.lower() in MOVER_WORDS


def _flagged(ref: ActorRef) -> bool:
    """A ship known by its flag ("the Polish-flagged Marinette", "a vessel registered in
    Panama"): its country is where it is registered, not where it sails."""
    words = ref.text.lower()
    return "flagged" in words or "registered" in words


def _a_court(ref: ActorRef | None) -> bool:
    """A state's court or judge (sector JUD, named so), which sits at home whatever it does;
    not its prosecutors, whose accusations ("Lithuanian prosecutors accuse Russia's
    intelligence of arson") are statements about a place, not acts done in one."""
    if ref is None or ref.sector != "JUD":
        return False
    return any(word in COURT_WORDS for word in ref.text.lower().replace("'s", " ").split())


def _indicted_at_home(doc: Doc, event: Event) -> bool:
    """Prosecutors (a state's JUD body) indicting or charging people of their own state, or of
    none the coder knows, file the charges at home: "Taiwanese prosecutors indict 62 people",
    "They also charge 13 companies". Not an accusation ("Lithuanian prosecutors accuse
    Russia's intelligence of arson", a statement about a place), nor a charge of a foreign
    state's people, which may be filed wherever they were caught."""
    doer, target = event.source, event.target
    if doer is None or doer.sector != "JUD" or not doer.country:
        return False
    if target is not None and target.country and target.country != doer.country:
        return False
    head = _trigger_head(doc, event)
    return head is not None and head.pos_ == "VERB" and head.lemma_.lower() in INDICTMENT_LEMMAS


def _reporting_state(doc: Doc, event: Event) -> str | None:
    """The country of the state body whose report the act is in, read from the parse when
    the attribution stage found no speaker: "The **Kuwaiti military** reports that guards
    were injured by Iranian drones", "**Kuwait's** interior ministry reports fires after
    an Iranian drone attack" (a report verb above the trigger, its subject a state noun
    with a country's name or adjective)."""
    anchors = _trigger_tokens(doc, event)
    if not anchors:
        return None
    # The tagger may read "reports" of "X's ministry reports fires ..." as a noun that
    # modifies the object: a report word among the trigger's heads or their modifiers.
    heads = list(anchors[0].ancestors)
    words = heads + [c for t in heads for c in t.children if c.dep_ == "compound"]
    verb = next(
        (
            t
            for t in words
            if t.lemma_.lower() in REPORT_LEMMAS
            and (t.pos_ == "VERB" or any(c.dep_ == "nsubj" for c in t.children))
        ),
        None,
    )
    if verb is None:
        return None
    for subj in verb.children:
        if subj.dep_ != "nsubj" or any(c.dep_ == "conj" for c in subj.children):
            continue  # "Iran and the IAEA agree ...": no one state reports
        named = " ".join(t.lower_ for t in subj.subtree if t.dep_ != "det" and not t.is_punct)
        if named in country_words():
            return country_words()[named]  # "Saudi Arabia announces ...": the state itself
        if subj.lemma_.lower() not in STATE_BODY_NOUNS:
            continue
        iso3 = _state_named_before(subj)
        if iso3:
            return iso3
    return None


def _a_state_itself(ref: ActorRef) -> bool:
    """The actor is a state named bare ("Qatar says ...", coded QAT with no sector), which
    speaks through its government as much as "the Qatari government" does."""
    return bool(ref.country) and not ref.sector and ref.code == ref.country

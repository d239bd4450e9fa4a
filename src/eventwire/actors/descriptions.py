"""Group and description helpers: who a description or a counted group names.

Small functions over a mention's head that `ArticleActors` reads before giving a description
a country: counted groups ("hundreds of police officers"), a body's members ("NATO members"),
friends and adversaries, foreigners, descriptions that name nobody ("Western leaders"), and the
clause a mention sits in. Separate from article.py so that the per-article class reads as the
order of its decisions, with these word-level tests one file away.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.mentions import ARGUMENT_DEPS, Resolution, compose_code
from eventwire.actors.seats import AREA_NOUNS
from eventwire.actors.titles import STAFF_NOUNS
from eventwire.datafiles import read_data_tsv, read_word_sets, read_word_uses
from eventwire.nlp.pipeline import children_of, sentence_of, tokens_of

# The resolver's word lists: resolver_words.tsv says what each set is for.
WORD_LISTS = read_word_sets("eventwire.actors", "resolver_words.tsv")

SCENE_PREPS = {"in", "at", "near", "across", "throughout"}  # where a sentence happens
# Groups a leader or government commands or serves: as the object of its action they are
# its own ("Starmer authorizes the military").
OWN_PEOPLE_SECTORS = {"MIL", "COP", "CVL"}
# Heads and modifiers of mentions that name nobody in particular: with no country or
# organisation of their own they stay unresolved ("Western leaders", "a third party").
GENERIC_HEADS = WORD_LISTS["generic_heads"]
VAGUE_MODIFIERS = WORD_LISTS["vague_modifiers"]
# (Quantifiers name nobody only with a generic head: "some countries" is nobody, while
# "many farmers" in an American statement are American farmers.)
# Group words that name a relation: a possessive says whose ("Russia's allies"), not who.
RELATIONAL_HEADS = WORD_LISTS["relational_heads"]
# "our country", "their homeland": the country of whoever the possessive is.
HOMELAND_HEADS = WORD_LISTS["homeland_heads"]
# "our cities", "their land": the places of whoever the possessive is, as their country
# ("our region" is not: a region is often larger than the speaker's state).
TERRITORY_HEADS = WORD_LISTS["territory_heads"]


def _acronym(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and 2 <= len(tok.text) <= 6 and tok.text.isupper()


def _pron_poss(head: Token) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(head))


def _name_after_honorific(head: Token) -> Token | None:
    """The name an honorific heads in the parse of an upper-case speaker's label ("MS.
    JEAN-PIERRE:", "MR. KIRBY:" in White House transcripts, where "MS" is taken for the
    head and the name for its apposition): that name's last word."""
    if head.lower_.rstrip(".") not in {"mr", "ms", "mrs", "dr"}:
        return None
    names = [c for c in children_of(head) if c.dep_ in {"appos", "flat"} and c.pos_ == "PROPN"]
    names = [c for c in names if c.i > head.i and c.i - head.i <= 5]
    if names:
        return names[0]
    doc = head.doc  # "MS. PSAKI:" cut in two sentences: the name is the next word but the dot
    after = [doc[k] for k in range(head.i + 1, min(head.i + 3, len(doc)))]
    if len(after) == 2 and after[0].text == "." and after[1].pos_ == "PROPN" and after[1].is_upper:
        name = after[1]  # "JEAN" of "JEAN-PIERRE": the compound's head
        if name.dep_ == "compound" and name.head.pos_ == "PROPN" and 0 < name.head.i - name.i <= 3:
            return name.head
        return name
    return None


def _bare_the(head: Token) -> bool:
    """ "the council", "the companies": a common noun with "the" and nothing else."""
    children = [c for c in head.children if c.dep_ != "case"]
    return (
        head.pos_ == "NOUN"
        and len(children) == 1
        and children[0].dep_ == "det"
        and children[0].lower_ == "the"
    )


def _bare_the_name(head: Token) -> bool:
    """ "The Assembly", "the Interparliamentary Assembly": a capitalised body word with "the"
    and at most capitalised name words, the short name an official text gives a body it
    named in full before."""
    children = [c for c in head.children if c.dep_ != "case"]
    rest = [c for c in children if c.dep_ != "det"]
    return (
        head.pos_ == "PROPN"
        and head.is_title
        and len(children) - len(rest) == 1
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and all(c in _name_modifiers(head) for c in rest)
    )


def _name_modifiers(head: Token) -> list[Token]:
    """The capitalised words before a name's head ("Interparliamentary" of "the
    Interparliamentary Assembly")."""
    return [
        c
        for c in head.lefts
        if c.dep_ in {"compound", "amod"} and c.is_title and c.pos_ in {"PROPN", "ADJ"}
    ]


def _abbreviation(head: Token) -> bool:
    """ "US" in "the US" is the United States, not the pronoun "us"."""
    text = head.text.replace(".", "")
    return len(text) > 1 and text.isupper() and (head.pos_ == "PROPN" or bool(head.ent_type_))


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a word is in, at the top of a chain of coordinated verbs
    ("strikes ... kill 16 people and injure 130 others": kill)."""
    while (tok.pos_ not in {"VERB", "AUX"} or tok.dep_ == "prep") and tok.head.i != tok.i:
        tok = tok.head  # (not a preposition tagged as a verb: "including", "following")
    while tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        tok = tok.head
    return tok


def _argument_of(tok: Token) -> int:
    """The word a mention is an argument of, through its preposition ("an attack by Iran on
    the country": both of "attack")."""
    top = tok
    while top.dep_ in {"compound", "poss", "appos", "conj"} and top.head is not top:
        top = top.head
    if top.dep_ == "pobj":
        top = top.head
    return top.head.i


def _body_of_state(tok: Token) -> bool:
    """A state named as the owner of what an act is aimed at: "sanctions on Cuba's
    intelligence agency", "engaged with the Government of Afghanistan"."""
    top = tok
    while top.dep_ in {"compound", "flat"} and top.head is not top:
        top = top.head  # "United" of "United States"
    return top.dep_ == "poss" or (top.dep_ == "pobj" and top.head.lower_ == "of")


def _scene_place(tok: Token) -> bool:
    """A place named after "in", "at", "near" ... (where something happens, not a party)."""
    top = tok
    while top.dep_ in {"compound", "appos", "conj", "npadvmod"} and top.head is not top:
        top = top.head
    return top.dep_ == "pobj" and top.head.lower_ in SCENE_PREPS


def _place_phrase(tok: Token) -> bool:
    """Is this noun a place a state's possessive may own: a proper name ("Lebanon's Bekaa
    Valley") or an area word ("Ukraine's southern region"), not an act ("Russia's attack")?"""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or lemma in AREA_NOUNS or lemma in TERRITORY_HEADS


def _scene_phrase(place: Token) -> Token:
    """The scene a place is part of: "in an Israeli strike on Deir ez-Zahrani, Lebanon" ->
    "strike" (the object of "in"); a place of no such phrase is its own."""
    top = place
    while (
        top.dep_ == "pobj"
        and top.head.lower_ not in SCENE_PREPS
        and top.head.dep_ == "prep"
        and top.head.head.dep_ == "pobj"
        and top.head.head.pos_ == "NOUN"
    ):
        top = top.head.head
    return top if top.dep_ == "pobj" and top.head.lower_ in SCENE_PREPS else place


# Nouns of an attack whose "on" names the place hit ("a drone attack on Dnipro kills ...").
ATTACK_NOUNS = WORD_LISTS["attack_nouns"]


def _attacked(place: Token) -> bool:
    """ "A large-scale drone attack on Dnipro kills two people": the place an attack is on is
    where its victims were."""
    return place.head.lower_ == "on" and place.head.head.lemma_.lower() in ATTACK_NOUNS


# Verbs whose object or passive subject is harmed, verbs whose subject attacks, and weapons or
# invasions whose nationality says who attacks (session 12).
HARM_VERBS = WORD_LISTS["harm_verbs"]
ATTACK_VERBS = WORD_LISTS["attack_verbs"]
WEAPON_NOUNS = WORD_LISTS["weapon_nouns"]
# Quantifiers that stand for more of a group counted before ("and several are missing").
ELIDED_QUANTIFIERS = WORD_LISTS["elided_quantifiers"]


def _harmed(head: Token) -> bool:
    """ "seven people were killed", "destroyed hundreds of schools", "773 institutions -
    universities, schools - were destroyed": the mention is what a verb of harm harms (its
    object or passive subject, through a count, a list and an apposition)."""
    tok = head
    for _ in range(6):
        if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "including"}:
            tok = tok.head.head  # "hundreds of schools", "..., including five children"
        elif tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    if any(_harm_participle(c) for c in children_of(head)):
        return True  # "wounded and killed children", "injured civilians"
    verb = tok.head
    if tok.dep_ not in {"nsubjpass", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return verb.lemma_.lower() in HARM_VERBS


def _harm_participle(mod: Token) -> bool:
    """A participle of harm before a noun ("killed", "wounded and killed")."""
    if mod.dep_ != "amod" or mod.i > mod.head.i:
        return False
    return any(
        w.tag_ == "VBN" and w.lemma_.lower() in HARM_VERBS or w.lower_ in {"killed", "wounded"}
        for w in (mod, *mod.conjuncts)
    )


def _attacking(tok: Token) -> bool:
    """Does this word of a state (a name, a nationality) say who attacks: "the Russian
    missiles hit", "Russia struck", "destroyed by Russian troops", "the Russian invasion"?"""
    top = tok
    while top.dep_ in {"compound", "flat", "amod", "poss", "nmod"} and top.head.i != top.i:
        top = top.head
        if top.lemma_.lower() in WEAPON_NOUNS or top.lemma_.lower() in ATTACK_NOUNS:
            return True
    if top.lemma_.lower() in WEAPON_NOUNS:
        return True
    if top.dep_ == "nsubj":
        verb = top.head
        while verb.dep_ == "xcomp" and verb.lemma_.lower() not in ATTACK_VERBS:
            verb = verb.head
        return verb.lemma_.lower() in ATTACK_VERBS or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ATTACK_VERBS for c in verb.children
        )
    if top.dep_ == "pobj" and top.head.lower_ == "by":
        return top.head.head.lemma_.lower() in HARM_VERBS | ATTACK_VERBS | ATTACK_NOUNS
    return False


def _clauses_above(verb: Token) -> set[int]:
    """A clause and the clauses it is an adverbial of ("... are injured after a bus collided
    in Khairpur": the place of "collided" is where the injuring was); not a relative or
    participle clause of a noun ("Armenians living in Russia"). An infinitive or gerund
    hanging on the clause counts too ("is arrested after attempting to behead a man in
    Belfast": where the arrest was)."""
    found = {verb.i}
    while verb.head.i != verb.i and (
        verb.dep_ == "advcl" or _subject_control(verb) or _adverbial_gerund(verb)
    ):
        verb = _clause_verb(verb.head.head if verb.dep_ == "pcomp" else verb.head)
        found.add(verb.i)
    return found


def _subject_control(verb: Token) -> bool:
    """ "attempting to behead", "tried to cross": an infinitive whose doer is the subject
    of the verb above; not "urged farmers to protest" (the object's act, elsewhere)."""
    return verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.head.children)


def _adverbial_gerund(verb: Token) -> bool:
    """ "after attempting", "before fleeing": a gerund of a preposition of time of a verb
    (not "congratulated on winning in Budapest": the deed, not where the act was)."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in TIME_PREPS
        and prep.head.pos_ in {"VERB", "AUX"}
        and prep.head.i != prep.i
    )


def _elided_group(head: Token) -> Token | None:
    """The group an elided count counts more of: "eight" in "Eleven people are killed and
    eight are injured", "19 others" after "Eight people", "several" in "Three people are
    killed and several are missing", "eight others" after "A Thai soldier": the nearest
    counted group noun (or one named with "a"/"one") before it in the sentence. A bare
    number a list includes ("50,000 protesters, including around 30,000 outside the
    Diet") counts some of the group it is included in."""
    # (each attribute read once, and the word before read only after "more": every noun
    # head of an article comes through here)
    pos, dep, lower = head.pos_, head.dep_, head.lower_
    included = _included_count(head) if pos == "NUM" else None
    if included is not None:
        return included
    arguments = {"nsubj", "nsubjpass", "dobj"}
    bare_number = pos == "NUM" and dep in arguments
    # "Three people are killed and another is injured": one more of them
    another = lower == "another" and dep in arguments
    bare_quantity = (
        lower in ELIDED_QUANTIFIERS
        and dep in arguments
        and not any(c.dep_ == "prep" for c in children_of(head))
    )
    others = lower == "others" and (
        _counted(head) or any(c.lower_ in ELIDED_QUANTIFIERS for c in children_of(head))
    )
    # "killing two villagers and injuring a third", "a fourth is missing": one more of them
    # (an ordinal with "a", which the tagger marks as a date-like ordinal entity)
    ordinal = (
        head.ent_type_ == "ORDINAL"
        and dep in arguments
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(head))
    )
    # "Eighteen people are killed and ten more injured": the number before "more" (whatever
    # the parse made of the two) counts more of the group (session 14)
    number = head.doc[head.i - 1] if head.i and lower == "more" else head
    more = lower == "more" and number.like_num and number.dep_ != "nummod"
    if more:
        head = number  # (not "ten more engineers": a count of its own noun)
    if not (bare_number or another or bare_quantity or others or ordinal or more):
        return None
    # (the Doc's token list and sentence table: no new Token per word, no sentence walk)
    for tok in reversed(tokens_of(head.doc)[sentence_of(head).start : head.i]):
        # ("At least four Palestinians are killed and six wounded": a plural name counted)
        noun = tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in ARGUMENT_DEPS
        if noun and _counted_or_one(tok, head):
            listed = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
            # "Two Nigerians and three Ghanaians are kidnapped and four are released": of
            # which group, the text does not say
            return None if listed else tok
    return None


def _included_count(head: Token) -> Token | None:
    """ "Around 50,000 protesters ..., including around 30,000 outside the Diet": a bare
    number included in a counted group (or in its verb's object or subject, where the parse
    hangs "including" on the verb) counts some of that group."""
    prep = head.head
    if head.pos_ != "NUM" or head.dep_ != "pobj" or prep.lower_ != "including":
        return None
    group = prep.head
    if group.pos_ in {"VERB", "AUX"}:  # ("... rally in Brussels, including 5,000 outside")
        args = [c for c in children_of(group) if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
        group = next((c for c in args if c.dep_ == "dobj"), args[0] if args else group)
    return group if group.pos_ in {"NOUN", "PROPN"} and _counted(group) else None


def _counted_or_one(tok: Token, count: Token) -> bool:
    """A counted group, or one of a kind named with "a"/"one" in a clause coordinated with
    the count's ("A Thai soldier is killed and eight others are injured": more soldiers; not
    "when a lifeboat capsizes ..., while 15 others are rescued")."""
    if _counted(tok):
        return True
    if _clause_verb(tok).i != _clause_verb(count).i:
        return False
    return tok.tag_ in {"NN", "NNP"} and any(
        c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in children_of(tok)
    )


def _regnal_number(head: Token) -> bool:
    """ "Peter I", "Elizabeth I": a capital I right after a name (no comma between) that is
    not the clause's subject is a ruler's number, not the speaker."""
    if head.text != "I" or head.i == 0 or head.dep_ in {"nsubj", "nsubjpass"}:
        return False
    before = head.doc[head.i - 1]
    return before.pos_ == "PROPN" and before.text.istitle() and not before.whitespace_ == ""


def _full_name(head: Token) -> bool:
    """Is the head the last word of a person's name of two words or more ("Tetsuya
    Yamagami"), as the tagger marks it?"""
    return head.i > 0 and head.nbor(-1).ent_type_ == "PERSON" and head.nbor(-1).ent_iob_ != "O"


def _named_among_people(head: Token) -> bool:
    """ "congratulated Viktoria Sinitsina and Nikita Katsalapov": a two-word capitalised name
    the tagger left untagged, coordinated with a person's name, is a person's name too."""
    if head.pos_ != "PROPN" or head.ent_type_ or not head.text.istitle() or head.i == 0:
        return False
    first = head.nbor(-1)
    if not (first.pos_ == "PROPN" and first.dep_ == "compound" and first.text.istitle()):
        return False
    if head.dep_ in {"conj", "appos"} and head.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in children_of(head))


def _of_another(tok: Token) -> bool:
    """Does this word of a country's name speak of someone else: the subject of its clause
    (a state acting), a nationality word of another noun ("Kenyan athlete X ... surpassing
    Y's record": X is Kenyan, not Y), or part of another name ("the Dakar Rally")?"""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        if tok.head.ent_type_ not in {"GPE", "LOC", "NORP"}:
            return True  # "the Dakar Rally", "the Minsk agreements": part of another name
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "amod", "nmod"}


def _with_country(res: Resolution, country: str, why: str) -> Resolution:
    return replace(
        res,
        country=country,
        code=compose_code(country, res.sector),
        actor_id=f"{country}-{res.sector}" if res.sector else country,
        why=[*res.why, why.format(country)],
    )


# Plain words for people that a careful coder codes from context ("young people", "these
# individuals"): with no country of their own they are the people of the one country their
# sentence speaks of, else of the release's state or the article's country (docs/actors.md,
# round 12).
CONTEXT_PEOPLE = WORD_LISTS["context_people"]
# Relatives named by their relation to someone: that person's country, none of their office.
KIN_HEADS = WORD_LISTS["kin_heads"]
# Words that make such people nobody in particular: "more people", "people everywhere".
UNBOUNDED_PEOPLE = WORD_LISTS["unbounded_people"]
# Words that count a group: "Hundreds of police officers" are the officers.
QUANTITY_WORDS = read_word_uses("eventwire.actors", "counting_words.tsv")["counts_group"]
QUANTITY_ENTS = {"CARDINAL", "QUANTITY"}
# Generic group words that name a group once counted ("100,000 people", "Thousands of people").
# Words that make a short name another body's ("UN Security Council", "the Collective
# Security Council" of the CSTO), in its phrase; the UN named anywhere in the text.
UN_WORDS = {"UN", "U.N.", "United", "Nations", "UNSC", "Collective"}
UN_NAMED = re.compile(r"\b(?:UN|U\.N\.|United Nations|UNSC)\b")
COUNTED_PEOPLE = WORD_LISTS["counted_people"]
# Words for the other side's forces: never the speaker's own (`ArticleActors._adversary`).
ADVERSARY_HEADS = WORD_LISTS["adversary_heads"]
# Prepositions of time whose gerund clause happened where the verb's act did.
TIME_PREPS = {"after", "before", "while", "upon", "during"}
# Sectors of bodies a text may go on to call "the group": not a state's own organs, nor
# plain civilians (in "kill two civilians ..., as the group launches missiles" the group is
# the attackers, often named only as a modifier: "Houthi attacks").
NON_STATE_GROUP_SECTORS = set("REB PRM UAF CRM SOC PTY OPP LAB REL AGR".split())
# Nouns for a state's friends: "of" a state after them says whose, not who.
FRIEND_HEADS = WORD_LISTS["friend_heads"]
# "the organisation" alone names the international or non-governmental body named before.
ORGANISATION_WORDS = WORD_LISTS["organisation_words"]
# Offices a state has one holder of at a time: their plural with no country of its own
# ("joint projects with first ladies", "the presidents") is several states' holders.
SINGLE_HOLDER_TITLES = WORD_LISTS["single_holder_titles"]
# Heads that say a body's members: "the member states of ASEAN", "EU member states",
# "NATO members" are several states, not the organisation.
MEMBER_HEADS = WORD_LISTS["member_heads"]
# Plural words for states: with "foreign" or "other" they are states besides those named.
OTHER_STATES_HEADS = MEMBER_HEADS - {"members"}
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}
COREF_WINDOW = 1  # sentences before the mention's own searched for a same-sector subject


# People words whose possessive names a category of things ("the men's sprint").
CATEGORY_PEOPLE = WORD_LISTS["category_people"]


def _category_possessive(head: Token) -> bool:
    """ "the men's sprint event", "the women's competition": a possessive people word that
    classifies a thing names no actor ("the two men's lawyer", with a count, still does)."""
    return (
        head.lower_ in CATEGORY_PEOPLE
        and head.dep_ == "poss"
        and not any(c.dep_ == "nummod" for c in children_of(head))
    )


def _before_inclusion(head: Token, toks: list[Token]) -> list[Token]:
    """A group's phrase without the part it includes: "Three people, including two hospital
    workers" are people (CVL), not workers; the part says who some of them are."""
    part = next(
        (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "including"), None
    )
    if part is None or part.i < head.i:
        return toks
    cut = part.i
    while cut - 1 > head.i and head.doc[cut - 1].is_punct:
        cut -= 1
    return [t for t in toks if t.i < cut]


# Ship prefixes of navies: "the USS Abraham Lincoln" is a US warship, not a president.
WARSHIP_PREFIXES = {
    row["prefix"]: row["country"]
    for row in read_data_tsv("eventwire.actors", "warship_prefixes.tsv")
}


def _warship_country(toks: list[Token]) -> str | None:
    """The navy of a ship named with its prefix ("The USS George Washington" -> USA; "only
    the USS Abraham Lincoln"; "the USS Gerald R. Ford carrier group", parsed apart)."""
    words = [t for t in toks if t.dep_ not in {"det", "predet", "advmod"}]
    if not words:
        return None
    first = words[0]
    if len(words) > 1 and first.text in WARSHIP_PREFIXES:
        navy = WARSHIP_PREFIXES[first.text]
    elif first.i > 0:
        navy = WARSHIP_PREFIXES.get(tokens_of(first.doc)[first.i - 1].text)
    else:
        navy = None
    # (the prefix first: most phrases have none)
    return navy if navy is not None and words[-1].text[:1].isupper() else None


def _counted_group(head: Token) -> Token | None:
    """The group a quantity word counts: "Hundreds of Congolese police officers" -> officers
    ("Millions of Americans" too, where the tagger takes the capitalised word for a name)."""
    pos, lower = head.pos_, head.lower_  # (read once: every noun head comes through here)
    if pos not in {"NOUN", "NUM"} and not (pos == "PROPN" and lower in QUANTITY_WORDS):
        return None
    if head.ent_type_ not in QUANTITY_ENTS and lower not in QUANTITY_WORDS:
        return None
    for prep in children_of(head):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"}:
                return obj
    return None


def _counted(head: Token) -> bool:
    """Is the group counted: a number before it, or the object of "Thousands of"?"""
    if any(
        c.dep_ in {"nummod", "quantmod"} or (c.dep_ == "amod" and c.like_num)
        for c in children_of(head)
    ):
        return True  # ("Eleven people": a number word the tagger read as an adjective)
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.ent_type_ in QUANTITY_ENTS or prep.head.lower_ in QUANTITY_WORDS)
    )


# Sectors of people (not of a state's bodies, companies or armed groups): a description of
# them takes no country from the article when its sentence speaks of several states.
PEOPLE_SECTORS = {"CVL", "REF", "MED", "EDU", "LAB", "AGR", "REL", "JRN", "SOC"}


def _first_conjunct(tok: Token) -> Token:
    """The first of the words coordinated with `tok` ("Pakistan" in "India and Pakistan" ->
    "India"): it holds the list's role in the clause."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _plain_description(res: Resolution) -> bool:
    """People named by a word of the vocabulary alone ("nurses", "the tenants"): no name,
    title or organisation says whose they are."""
    return (
        res.kind == "group"
        and not res.titled
        and not res.org_coded
        and any(w.startswith("noun '") for w in res.why)
    )


def _friends_of(head: Token) -> bool:
    """A relational noun with "of" a name ("partners of Russia", "leaders-friends of
    Ukraine", "allies of the United States"): the name says whose friends they are."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos" and c.i == head.i + 2)]
    for noun in nouns:
        if noun.lower_ not in FRIEND_HEADS:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children):
                    return True
    return False


def _list_origins(head: Token) -> list[Token]:
    """The "from" after a list of plural people words that `head` begins or is in ("famous
    scientists and practising doctors from Russia and foreign countries"): the origin of
    every member, up to the list's verb (a parse often hangs it on the last member only)."""
    if head.tag_ not in {"NNS", "NNPS"}:
        return []
    for tok in tokens_of(head.doc)[head.i + 1 : sentence_of(head).end]:  # (speed, as above)
        if tok.tag_ in FINITE_VERB_TAGS or tok.text in {";", ":"}:
            return []
        if tok.lower_ == "from" and tok.dep_ == "prep":
            # on the last member, or on a participle the parse took for a verb ("practising")
            listed = tok.head.tag_ in {"NNS", "NNPS", "VBG", "VBN"}
            return [tok] if listed and tok.head is not head else []
    return []


def _members_of(head: Token) -> bool:
    """A plural that names a body's members ("member states", "members", "countries" of a
    body named with it), not the body itself."""
    if head.tag_ not in {"NNS", "NNPS"} or head.lower_ not in MEMBER_HEADS:
        return False
    return head.lower_ == "members" or any(
        c.lower_ in {"member", "participating"} for c in head.lefts
    )


def _bare_definite(head: Token) -> bool:
    """ "the country", "the country's" with nothing else in its phrase (not "the whole
    country", "the country of ...")."""
    children = [c for c in head.children if c.dep_ != "case"]  # the "'s" of "the country's"
    return (
        head.tag_ == "NN"
        and len(children) == 1
        and children[0].dep_ == "det"
        and children[0].lower_ == "the"
    )


def _names_nobody(toks: list[Token], head: Token) -> bool:
    """A group word with nothing that says whose ("leaders", "some countries"); people who
    are counted ("More than 100,000 people protest in London") are a group of their own."""
    if head.lower_ in COUNTED_PEOPLE and _counted(head):
        return False
    if head.lower_ in STAFF_NOUNS and any(
        t.i < head.i and t.dep_ == "compound" and t.pos_ == "NOUN" for t in toks
    ):
        return False  # "gang members", "party members": of a kind of body, not anyone
    if head.lemma_.lower() in GENERIC_HEADS or head.lower_ in GENERIC_HEADS:
        return True
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return False  # "the Higher Regional Court": a name, not a vague group
    return any(t.lower_ in VAGUE_MODIFIERS for t in toks if t.i < head.i)


def _foreigners(toks: list[Token], head: Token, res: Resolution) -> bool:
    """ "91 foreign citizens", "foreign fighters": people of no country in particular
    (while "the foreign minister" is a title of the article's state)."""
    return (
        head.tag_ in {"NNS", "NNPS"}
        and any(t.lower_ == "foreign" for t in toks if t.i < head.i)
        and any(w.startswith("noun") for w in res.why)
    )


def _surname(res: Resolution) -> str | None:
    if res.kind != "person" or not res.name or res.titled:
        return None
    return res.name.split()[-1]


def _kin_of(head: Token) -> bool:
    """ "the niece and grandniece of General Qasem Soleimani", "the son of the minister": a
    relative named by an "of" phrase, who holds none of that person's offices."""
    return head.lower_ in KIN_HEADS and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in _first_conjunct(head).children
    )


# Acts, goods and abstractions (round 19): a nationality on them is whose they are.
OWNED_THINGS = WORD_LISTS["owned_things"]


def thing_head(head: Token) -> bool:
    """A head that names a thing or an act ("strike", "agreements", "gas"): a nationality on
    it is whose the thing is, no actor mention ("an Israeli strike", "the Minsk
    agreements")."""
    lemma = head.lemma_.lower()
    return lemma in OWNED_THINGS or head.lower_ in OWNED_THINGS or lemma in ATTACK_NOUNS


# People named as a body's members or staff (session 16): "members of Congress".
BODY_MEMBER_HEADS = WORD_LISTS["body_member_heads"]


def members_body(head: Token) -> Token | None:
    """The body a members' word names them by: the object of its "of" ("members of
    Congress", "the members of the Supreme Council"), its possessive ("the brigade's
    personnel") or a capitalised name before it ("National Assembly Members"). Their code
    is the body's, not that of plain people of its country."""
    if head.lower_ not in BODY_MEMBER_HEADS and head.lemma_.lower() not in BODY_MEMBER_HEADS:
        return None
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            body = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if body is not None and body.pos_ in {"NOUN", "PROPN"}:
                return body
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
            return child
    names = [
        c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()
    ]
    return names[-1] if names else None


# Sectors of armed people whom "foreign" leaves of no country but still names ("several
# foreign fighters": REB), unlike plain people ("91 foreign citizens": nobody).
FOREIGN_ARMED_SECTORS = {"REB"}


def others_of_list(head: Token) -> Token | None:
    """ "Aung San Suu Kyi and other civilian officials", "Putin and other officials": a
    list's "other" member names more of the kind of its first member, of that member's
    state; the first member, else None."""
    if head.dep_ != "conj" or head.tag_ not in {"NNS", "NNPS"}:
        return None
    if head.lower_ in GENERIC_HEADS | RELATIONAL_HEADS | FRIEND_HEADS:
        return None  # "Canada and other partners", "Putin and other leaders": anyone's
    if not any(c.lower_ == "other" and c.i < head.i for c in children_of(head)):
        return None
    first = _first_conjunct(head)
    return first if first.i != head.i else None


# A state's chambers and courts: no party, company or armed group has its own.
STATE_HOUSE_SECTORS = {"LEG", "JUD"}


def _state_house(res: Resolution) -> bool:
    """A legislature or court named by its word ("its lower house", "its state
    legislature" after the party that holds a majority there): the state's, never the
    body's own, as a party's "members" would be."""
    return res.sector in STATE_HOUSE_SECTORS and any(w.startswith("orgterm ") for w in res.why)

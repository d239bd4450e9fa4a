"""The word sets the location rules read: lexical lists from data/word_lists.tsv, and the
grammatical sets (CAMEO roots, prepositions, dependency labels) that stay in code.

Separate so that every rule module reads the same sets, and a reader looking for "which
words make a scene noun" finds them in one place rather than among the rules.
"""

from __future__ import annotations

from eventwire.datafiles import read_word_sets
from eventwire.geo.toponym_words import VESSEL_NOUNS

# The lexical word lists of the rules below (data/word_lists.tsv); grammatical sets stay here.
WORD_LISTS = read_word_sets("eventwire.geo", "word_lists.tsv")
STATEMENT_ROOTS = {"01", "02", "03", "04", "05"}
# Meetings, visits and cooperation: done where the leaders are, which a dateline in the same
# country names more precisely than "in China".
MEETING_ROOTS = {"03", "04", "05"}
# Acts done to a country's people, forces or territory: where the text names no place, they
# happened in that country ("Iranian drones injured Kuwaiti guardsmen").
ACTOR_PLACED_ROOTS = {"17", "18", "19", "20"}
ASSAULT_ROOTS = {"18", "19", "20"}
ABROAD_SECTORS = {"MIL", "PRM", "REB", "UAF", "SPY", "REF"}  # also hit where they deploy or fled
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP"}  # a state reporting on its own country
# Coercion a state does to its own people, at home: arrests and detentions (173), expulsions
# (174), repression and crackdowns (175). Not seizures (171: "the US Navy seizes an
# Iranian-flagged ship" at sea) or blockades, which states also do abroad.
HOME_COERCION_CODES = ("173", "174", "175")
# Arrests and detentions (173) and expulsions (174) by a state itself or its civil arms:
# done on its own ground, whoever the target ("China arrests three Filipinos"); not by its
# armed forces, which also arrest where they deploy.
ARREST_CODES = ("173", "174")
CIVIL_SECTORS = {"", "GOV", "COP", "JUD", "LEG"}
# Roots of acts that may be a state's own business at home (statements such as "signed the
# Executive Order", intents, cooperation, yielding: "release 51 prisoners"); not appeals,
# demands, criticism, threats, protests, sanctions or force, which are about someone else.
DOMESTIC_ROOTS = {"", "01", "03", "05", "06", "07", "08"}
FOREIGN_POLICY_LEMMAS = WORD_LISTS["foreign_policy_lemmas"]
# Heads of a doer naming a state's own institution ("the Ukrainian government", "Kuwait's
# National Assembly"); a person ("Vladimir Putin signed the Executive Order") may be abroad.
INSTITUTION_NOUNS = WORD_LISTS["institution_nouns"]
MEMBER_NOUNS = WORD_LISTS["member_nouns"]  # "members of Guyana's National Assembly elect ..."
EXCHANGE_LEMMAS = WORD_LISTS["exchange_lemmas"]  # prisoners swapped between two states
TRAILING_POSS = {"'s", "’s", "'", "’"}
PROJECTILE_NOUNS = WORD_LISTS["projectile_nouns"]
NAVAL_WORDS = WORD_LISTS["naval_words"]
AIRCRAFT_NOUNS = WORD_LISTS["aircraft_nouns"]
MOVER_WORDS = VESSEL_NOUNS | AIRCRAFT_NOUNS | PROJECTILE_NOUNS - {"attack", "wave"}
COURT_WORDS = WORD_LISTS["court_words"]
# The first word of a speech's salutation ("Dear people of Luxembourg!"): no scene.
SALUTATION_WORDS = WORD_LISTS["salutation_words"]
# A prosecutor's formal charge of its own state's people or of people of no known state:
# filed at home, like a court's act ("Taiwanese prosecutors indict 62 people").
INDICTMENT_LEMMAS = WORD_LISTS["indictment_lemmas"]
WARRANT_NOUNS = WORD_LISTS["warrant_nouns"]  # issued where the issuer sits, not the wanted
# A state body reporting (rule 5, when the attribution stage found no speaker).
REPORT_LEMMAS = WORD_LISTS["report_lemmas"]
STATE_BODY_NOUNS = WORD_LISTS["state_body_nouns"]
# Acts whose target, when it is a place, is where they happen ("shelled Kharkiv").
PLACE_TARGET_ROOTS = {"14", "15", "17", "18", "19", "20"}
VISIT_LEMMAS = WORD_LISTS["visit_lemmas"]
# Verbs of going into or taking ground: their object is where a physical act is ("troops
# enter the city of Pokrovsk", "rebels capture Goma"), as for an act of force.
ENTRY_LEMMAS = WORD_LISTS["entry_lemmas"]
VERBAL_QUADS = {1, 3}
# Acts done somewhere physically (aid, withdrawal, protest, force, violence); the others
# (statements, talks, sanctions, bans, cuts in relations) are placed only where the text
# says they were done, never by the places they are about.
PHYSICAL_ROOTS = {"06", "07", "08", "14", "15", "17", "18", "19", "20"}
ADMINISTRATIVE_CODES = ("172", "16")
# Easing a sanction, a ban or an advisory (CAMEO 081 and 085, but not its curfews 0813 and
# states of emergency 0814, lifted over a place) is placed as a sanction is: "The United
# Kingdom lifts its travel advisory for ... the Eastern Province of Saudi Arabia" names whom
# the measure is about, not where it was lifted.
EASED_MEASURE_CODES = {"081", "085"}
# Declaring or agreeing a ceasefire (CAMEO 0871) is placed as a verbal act: "Putin declares a
# three-day ceasefire in Ukraine" names where the guns are to stop, not where it was declared.
TRUCE_CODES = {"0871"}
# A trigger that is only the verb of announcing, coded as the force it announces ("Afghanistan
# announces attacks against Pakistani positions", "the military announces an operation in
# Samaria"): the announcement is a statement, placed where it was made, not at the attacks.
ANNOUNCING_LEMMAS = {"announce"}
# Prepositions of passage: a statement or an appeal is never made "through" or "into" a place.
PASSAGE_PREPS = {"through", "into", "via", "along", "toward", "towards", "onto"}
NOT_LOCATIVE = {"with", "by", "for", "about", "regarding", "between", "than", "like", "as"}
ACTOR_NOUNS = WORD_LISTS["actor_nouns"]
# "On behalf of the United States, I send ...", "thanked the leadership of the Italian
# Republic": a place after "of" these nouns is a party in a release's courtesies, not a
# place (both were the fallback places of no-place acts in the session-14 audit).
PARTY_OF_NOUNS = WORD_LISTS["party_of_nouns"]
METONYM_DEPS = {"nsubj", "poss", "csubj", "agent"}
MODIFIER_DEPS = {"compound", "nmod", "amod"}
# Prepositions that name a party, never a place: "by", "with", "between" ("against" names
# a target, which for an attack is its place: "attacks against Gaza").
PARTY_PREPS = {"by", "with", "between", "than", "like", "as"}
# Prepositions that give a physical act's place even when it names the target: "withdraw
# from Tessalit", "evacuate citizens from South Africa", "troops into Kursk".
PHYSICAL_PREPS = {"in", "at", "from", "on", "into", "inside", "outside", "near", "across"}
# Acts that move away from a place: "from X" is where they happen. For any other act "from
# X" is where it came from ("rocket strikes from Pakistan" hit Afghanistan).
ORIGIN_ROOTS = {"15", "17", "18", "19", "20"}
# "X-flagged ship", "Iran-backed militia": a place joined to these names an owner or sponsor.
HYPHEN_ROLES = WORD_LISTS["hyphen_roles"]
# "registered in X", "based in X", "born in X": an attribute of someone, not where they act.
ATTRIBUTE_VERBS = WORD_LISTS["attribute_verbs"]
# Acts that move something to a place: "to X" is where they happen ("returned bodies to
# Ukraine", "sent troops to Kursk"); for other acts "to X" is only a destination.
TOWARD_LEMMAS = WORD_LISTS["toward_lemmas"]
AWAY_LEMMAS = WORD_LISTS["away_lemmas"]
# "..., with missiles striking a factory in Mukachevo, Zakarpattia Oblast, injuring over a
# dozen people": a casualty participle right after a place tells the harm done there.
CASUALTY_LEMMAS = WORD_LISTS["casualty_lemmas"]
# Verbs whose object is the ground left ("leave Spain", "flee the country", "abandon Kherson").
LEAVING_LEMMAS = WORD_LISTS["leaving_lemmas"]
# Verbs of being sent off: "from X" on them is where a strike came from, whatever the act
# ("14 missiles and four drones coming from Iran", "drones launched from Yemen").
LAUNCH_LEMMAS = WORD_LISTS["launch_lemmas"]
# "the battle for Bakhmut": a place fought over is where the fighting is.
FOUGHT_OVER_NOUNS = WORD_LISTS["fought_over_nouns"]
# A place inside "including ..." is one example of a wider act ("strikes across Ukraine,
# ..., including ... in Zaporizhzhia"), unless the event itself is in that phrase.
EXAMPLE_WORDS = WORD_LISTS["example_words"]
# Nouns that carry a place along without being an act: "the city of Kharkiv".
PLACE_NOUNS = WORD_LISTS["place_nouns"]
# Most specific first: a town over its region over its country.
SPECIFICITY = {"P": 0, "S": 0, "H": 1, "L": 1, "T": 1, "A": 1}
MAX_CLIMB = 6
# How far back (characters) an earlier sentence's place still sets the scene ("article").
ARTICLE_REACH = 400
LIST_MIN = 3  # places in a list one act spans; of two, the gold sets keep the first
# Nouns that carry their place to a verbal or administrative act done on or at them: "reopen
# its embassy in Kabul", "sign the deal at the summit in Kuala Lumpur", "after talks in Jeddah".
SITED_NOUNS = WORD_LISTS["sited_nouns"]
# Buildings and grounds where acts happen: "met at a hotel in Istanbul", "speaking at the UN
# headquarters in New York". The parse reaches the place through them when the venue hangs on
# the act itself (never through a topic's venue: "accuses X of a strike on Y airport in Z").
VENUE_NOUNS = WORD_LISTS["venue_nouns"]


# "The operation took place in X", "the attack occurred near X": the next sentence places
# the act just told.
HAPPEN_LEMMAS = WORD_LISTS["happen_lemmas"]
SCENE_NOUNS = WORD_LISTS["scene_nouns"]
# Words of a gathering: an act named by one is a meeting, whatever the lexicon coded.
GATHERING_NOUNS = WORD_LISTS["gathering_nouns"]
# What a release says "took place" or "was held" somewhere: its own acts were done there.
SCENE_GATHERINGS = GATHERING_NOUNS | {"event", "conversation", "visit", "forum", "celebration"}
SCENE_VERBS = WORD_LISTS["scene_verbs"]  # "the ceremony took place", "the meeting was held"
QUOTE_MARKS = {'"', "\u201c", "\u201d"}
REMOTE_WORDS = WORD_LISTS["remote_words"]
# Words of a trip or a gathering whose place a release's first sentence gives.
TRIP_WORDS = WORD_LISTS["trip_words"]  # not "invited to the summit in X"
# Verbs of a meeting the release opens with: "met with X in Kyiv" sets the scene.
LEAD_MEETING_VERBS = {"meet", "visit"}
# How far after a placed gathering its sentences still tell what was done there.
SCENE_REACH = 600
PARTICIPANT_NOUNS = WORD_LISTS["participant_nouns"]  # "with the Prime Minister" named again
SIDES_NOUNS = WORD_LISTS["sides_nouns"]  # "the interlocutors", "all parties" as a subject
CALL_WORDS = WORD_LISTS["call_words"]  # a call is no gathering: "also spoke by phone"
SANCTION_NOUNS = WORD_LISTS["sanction_nouns"]  # an uncoded verb on these is a sanction
STATING_LEMMAS = WORD_LISTS["stating_lemmas"]  # uncoded, these state: "affirmed its readiness"
# Titles a release calls its speaker by: "the President said", "the Head of State stressed".
SPEAKER_TITLES = {
    "president",
    "head",
    "minister",
    "adviser",
    "advisor",
    "chairman",
    "spokesperson",
    "leader",
}
# Words of a message: an act named by one ("sent greetings", "a message of condolences") is
# a statement, whatever the lexicon coded.
MESSAGE_NOUNS = WORD_LISTS["message_nouns"]
PURPOSE_NOUNS = WORD_LISTS["purpose_nouns"]  # "in an effort to ..."
PURPOSE_VERBS = WORD_LISTS["purpose_verbs"]  # "a deal aimed at ...", "a flotilla seeking to ..."
PAST_WORDS = WORD_LISTS["past_words"]
# "at next year's Winter Olympics in Milan": an occasion still to come, not where an act is done.
COMING_WORDS = WORD_LISTS["coming_words"]
# What is delivered or made as a statement: "delivered the main report", "made a speech".
SPEECH_NOUNS = WORD_LISTS["speech_nouns"]
# A state's port or coast is its ground, not a party: "facilities in Oman's Duqm port".
HELD_SITE_NOUNS = WORD_LISTS["held_site_nouns"]
# "sign a Defense Agreement in Riyadh": the tagger hangs the place on the document signed.
SIGNED_NOUNS = WORD_LISTS["signed_nouns"]
SIGN_LEMMAS = WORD_LISTS["sign_lemmas"]
# "This was stated by X during a briefing in Lviv": a sentence that says where a statement
# was made (the verb, with "this" as its object or passive subject).
OCCASION_VERBS = WORD_LISTS["occasion_verbs"]
OCCASION_NOT_PREPS = {"by", "of", "for", "about", "with", "to", "from", "against", "than"}
# "after talks in Jeddah", "at the summit in X": when a verbal act happened at a meeting.
SITED_PREPS = {"at", "after", "during", "on", "following", "before", "in"}

# A state's ground an act on it is inside ("breaches Romanian airspace"; not a border, which
# two states share): as the act's object, the place whatever the act was coded.
INSIDE_GROUND_NOUNS = WORD_LISTS["inside_ground_nouns"]
# A border, crossing or checkpoint a state closes or reopens as "its" own: on its side
# ("Poland closes its border with Belarus" → Poland).
OWN_BORDER_NOUNS = WORD_LISTS["own_border_nouns"]
# A head of state or government named with the state ("U.S. President Donald Trump signs an
# executive order", "Indonesian president Prabowo Subianto pardons ..."): the state's own
# business (data/domestic_acts.tsv) done by the office holder is done at home.
HEAD_OFFICE_NOUNS = WORD_LISTS["head_office_nouns"]

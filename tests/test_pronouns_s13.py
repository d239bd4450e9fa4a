"""Pronouns of session 13: whose words a long quote is, which group a "they" carries on, and
whose a possessive is in a phrase opened by "Following".

A quote of several sentences whose cue comes after it ('"I know ... . We are doing all we
can," the minister said') is the cue's speaker's from its first sentence on, not nobody (a
news report has no release author to fall back on). A "they" that opens its sentence as the
subject of an active verb carries on the plural group that was the main subject of the
sentence before, not a nearer group named on the way. "Following his/her/its ..." opening a
sentence is the subject after it, as "For his part, ..." already was. A quoted "our" or "my"
is the speaker its quote's cue names, after or before it; a spokesperson's "they" is the body
spoken for; a noun said of the subject ("was elected president") is no one new. The last rows
of each table show what must not change. Every sentence is our own."""

from __future__ import annotations

from actor_helpers import KREMLIN, WHITE_HOUSE, Text, mention_table

DAY = "2025-06-10"

LONG_QUOTE = Text(
    'Kenyan health minister Mutahi Kagwe visited a clinic in Kisumu on Monday. "I know this'
    " is hard for every family here. We are doing everything we can. Our nurses work day and"
    ' night," Kagwe said.'
)
SAID_THE = Text(
    'Chilean foreign minister Alberto van Klaveren spoke in Santiago. "We will not accept'
    ' this. I have told our partners so," said the minister.'
)
# what must not change: a quote with no cue at all in a news report stays nobody's
NO_CUE = Text('Protesters marched in Lima on Sunday. "We want new elections."')

test_a_long_quote_is_the_speaker_its_cue_names = mention_table(
    [
        LONG_QUOTE.mention("I", DAY, "KENGOV", id="i-in-the-first-sentence"),
        LONG_QUOTE.mention("We", DAY, "KENGOV", id="we-in-the-second-sentence"),
        LONG_QUOTE.mention("Our", DAY, "KENGOV", id="our-in-the-sentence-of-the-cue"),
        SAID_THE.mention("We", DAY, "CHLGOV", id="we-before-said-the-minister"),
        NO_CUE.mention("We", DAY, None, id="a-quote-with-no-cue-unchanged"),
    ]
)

RESEARCHERS = Text(
    "Researchers in Brazil took swabs from forty infected volunteers. They found the virus in"
    " the throat."
)
POLICE = Text("Kenyan police dispersed the protesters in Nairobi. They fired tear gas.")
# what must not change: a passive "they" is what happened to the people last named
DETAINED = Text(
    "Israeli troops detained twelve Palestinians in Jenin. They were taken to a prison."
)

test_they_carries_on_the_subject_before = mention_table(
    [
        RESEARCHERS.mention("They", DAY, "BRAEDU", id="they-the-researchers-not-the-volunteers"),
        POLICE.mention("They", DAY, "KENCOP", id="they-the-police-not-the-protesters"),
        DETAINED.mention("They", DAY, "PSECVL", id="passive-they-unchanged"),
    ]
)

FOLLOWING_HER = Text(
    "Following her release from prison, Kenyan activist Jane Wanjiru thanks the lawyers."
)
FOLLOWING_ITS = Text(
    "Following its defeat in the election, the Liberal Party of Canada elects a new leader."
)
# what must not change: a fronted phrase with "During" was read so already
DURING_HIS = Text("During his visit to Nairobi, Indian prime minister Narendra Modi met traders.")

test_following_opens_a_phrase_of_the_subject = mention_table(
    [
        FOLLOWING_HER.mention("her", DAY, "KENCVL", id="following-her-release"),
        FOLLOWING_ITS.mention("its", DAY, "CANPTY", id="following-its-defeat"),
        DURING_HIS.mention("his", DAY, "INDGOV", id="during-his-visit-unchanged"),
    ]
)

OUR_AFTER = Text('"We will protect our people," Hamas said in a statement on Sunday.')
OUR_BEFORE = Text(
    'Kenyan President William Ruto said on Friday: "Our troops will stay until the job is done."'
)
OUR_THAT = Text('The Kenyan foreign ministry said that "our embassy is safe".')
# what must not change: a message that "reads" names no speaker: the release's author
MESSAGE = Text(
    'Vladimir Putin sent greetings to the players. The message reads, in part: "Our'
    ' athletes inspire the whole country."'
)

test_a_quoted_possessive_is_its_speakers = mention_table(
    [
        OUR_AFTER.mention("our", DAY, "REBHMS", id="our-before-a-body-said"),
        OUR_BEFORE.mention("Our", DAY, "KENGOV", id="our-after-president-said-colon"),
        OUR_THAT.mention("our", DAY, "KENGOV", id="our-after-ministry-said-that"),
        # the release's author speaks; since session 14 its "our" with no cue is the nation
        MESSAGE.mention("Our", DAY, "RUS", source=KREMLIN, id="message-reads-unchanged"),
    ]
)

SPOKESMAN = Text(
    "The Kenyan interior ministry spokesman told reporters that they would deport the men."
)
# what must not change: a body's own "they"
MILITARY = Text("The Israeli military says they fired warning shots.")

test_a_spokespersons_they_is_the_body = mention_table(
    [
        SPOKESMAN.mention("they", DAY, "KENGOV", id="spokesman-told-reporters-they"),
        MILITARY.mention("they", DAY, "ISRMIL", id="military-says-they-unchanged"),
    ]
)

ELECTED = Text(
    "I called Jane Miller, the head of the teachers' union, on Monday. She was elected"
    " president of the federation at 33. No matter how far her career took her, she never"
    " forgot where she came from.",
)
# what must not change: a predicate noun was skipped already ("was a leader")
LEADER = Text("Tom Reyes, a Kenyan farmer, was a great leader. He fed the village.")

test_a_predicate_is_no_one_new = mention_table(
    [
        ELECTED.mention("her", DAY, "USAEDU", source=WHITE_HOUSE, id="elected-president-her"),
        LEADER.mention("He", DAY, "KENAGR", id="was-a-leader-he-unchanged"),
    ]
)

CANDIDATE = Text(
    "The election campaign in Kenya entered its last week. Amani Otieno ended his campaign on"
    " Monday, and he thanked his supporters."
)
# what must not change: a text about no one country leaves the pronoun of such a person empty
NOWHERE = Text("Rock guitarist Eddie Vance died on Tuesday. His music inspired millions.")

test_a_person_the_data_lack_is_a_civilian_of_the_texts_country = mention_table(
    [
        CANDIDATE.mention("he", DAY, "KENCVL", id="he-of-an-unknown-candidate"),
        CANDIDATE.mention("his", DAY, "KENCVL", nth=1, id="his-of-an-unknown-candidate"),
        NOWHERE.mention("His", DAY, None, id="no-country-in-the-text-unchanged"),
    ]
)

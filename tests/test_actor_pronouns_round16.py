"""Who a pronoun stands for when it is people, not a government (round 16: pronouns).

A state's "we" that is frightened, hides, is bombed or dies, that counts itself ("we all", "us
all") or acts on itself ("each other") is its people; "our people", "our citizens" are the
nation's; a "their" whose clause's subject is "they" is what that "they" is; a plural name with
a singular verb is one body, an "it"; a noun for one person is a "he" or "she". Each table row
is one sentence of our own; the last rows of each table show what must not change (a
government's acts and worries, the two sides of a meeting, a person named before)."""

from __future__ import annotations

from actor_helpers import KREMLIN, UKRAINE, WHITE_HOUSE, Text, mention_table

DAY = "2022-03-10"

SCARED = Text("At first we were scared, then we hid in the basements of every city.")
EACH_OTHER = Text("During these days we forgave each other a lot. We help one another.")
WE_ALL = Text("Yesterday we were all residents of Kharkiv. The enemy struck us all at night.")
BOMBED = Text("We were bombed in Kyiv last night, and we died again in Babyn Yar.")
WE_NAMED = Text("We Ukrainians will never give up. Moscow calls Ukrainians, us, its brothers.")
OUR_PEOPLE = Text("No shelling will break the will of our people.")
OUR_CITIZENS = Text("Our citizens respect the defenders of the Fatherland.")
OUR_FELLOW = Text("The floods hit our fellow Texans hardest this spring.")
OUR_LIVES = Text("The pandemic changed our lives in ways nobody expected.")
DECIDED = Text("We have decided to impose new sanctions on Russia.")
FRIENDS_OF = Text(
    "We have maintained contact with our partners and we agreed to inform each other."
)
TWO_STATES = Text("Ukraine and Poland are friends: we support each other.")
WORRIED = Text("We are worried about the payments due in September.")
WHO_SERVE = Text("All of us who serve in this government must work harder.")
MEETING = Text(
    "Volodymyr Zelenskyy met with the Prime Minister of Canada Justin Trudeau. "
    "We will always help each other, the President said."
)

test_a_state_we_is_its_people_by_what_happens_to_it = mention_table(
    [
        SCARED.mention("we", DAY, "UKRCVL", source=UKRAINE, id="we-were-scared"),
        SCARED.mention("we", DAY, "UKRCVL", source=UKRAINE, nth=1, id="we-hid-in-basements"),
        EACH_OTHER.mention("we", DAY, "UKRCVL", source=UKRAINE, id="we-forgave-each-other"),
        EACH_OTHER.mention("We", DAY, "UKRCVL", source=UKRAINE, id="we-help-one-another"),
        WE_ALL.mention("we", DAY, "UKRCVL", source=UKRAINE, id="we-were-all-residents"),
        WE_ALL.mention("us", DAY, "UKRCVL", source=UKRAINE, id="struck-us-all"),
        BOMBED.mention("We", DAY, "UKRCVL", source=UKRAINE, id="we-were-bombed"),
        BOMBED.mention("we", DAY, "UKRCVL", source=UKRAINE, id="we-died"),
        WE_NAMED.mention("We", DAY, "UKRCVL", source=UKRAINE, id="we-ukrainians"),
        WE_NAMED.mention("us", DAY, "UKRCVL", source=UKRAINE, id="ukrainians-comma-us"),
        OUR_FELLOW.mention("our", DAY, "USACVL", source=WHITE_HOUSE, id="our-fellow-citizens"),
        OUR_LIVES.mention("our", DAY, "USACVL", source=WHITE_HOUSE, id="our-lives"),
        # the nation's own people: the country, no sector
        OUR_PEOPLE.mention("our", DAY, "UKR", source=UKRAINE, id="our-people-is-the-nation"),
        OUR_CITIZENS.mention("Our", DAY, "RUS", source=KREMLIN, id="our-citizens-is-the-nation"),
        # what must not change: the government acting; the two sides of a meeting
        DECIDED.mention("We", DAY, "UKRGOV", source=UKRAINE, id="we-have-decided-is-the-gov"),
        FRIENDS_OF.mention("we", DAY, "UKRGOV", source=UKRAINE, id="we-agreed-with-partners"),
        TWO_STATES.mention("we", DAY, "UKRGOV", source=UKRAINE, id="two-states-each-other"),
        WORRIED.mention("We", DAY, "UKRGOV", source=UKRAINE, id="a-government-is-worried-too"),
        WHO_SERVE.mention("us", DAY, "UKRGOV", source=UKRAINE, id="all-of-us-who-serve"),
        MEETING.mention("We", DAY, "UKRGOV", source=UKRAINE, id="a-meeting-is-not-the-people"),
    ]
)

STUDENT_LOANS = Text(
    "The new program helps millions of Americans, so they do not have to choose between paying "
    "for groceries or their rent."
)
TENANTS = Text(
    "Tenants in Nairobi say they cannot choose between paying for medicines or their rent."
)
URGED = Text("Kenyan police urged the protesters to end their march.")
ARMED_FORCES = Text(
    "The United States Armed Forces says it has conducted an airstrike on a boat in the "
    "Caribbean Sea."
)
TROOPS = Text("Russian troops fired at the town. It was quiet by noon.")

test_a_possessive_follows_its_clause_and_a_body_named_in_the_plural = mention_table(
    [
        STUDENT_LOANS.mention("their", DAY, "USACVL", source=WHITE_HOUSE, id="their-loan-is-they"),
        TENANTS.mention("their", DAY, "KENCVL", id="their-rent-after-a-gerund"),
        URGED.mention("their", DAY, "KENCVL", id="an-urged-object-still-controls"),
        ARMED_FORCES.mention("it", DAY, "USAMIL", id="armed-forces-says-it"),
        # what must not change: a plural name with a plural verb is no "it"
        TROOPS.mention("It", DAY, None, id="troops-fired-it-is-not-them"),
    ]
)

FINED = Text("A Kenyan court sentenced a man to ten years in prison and fined him.")
POLICEWOMAN = Text("A French policewoman was wounded in Lyon when a gunman shot at her car.")
POLICEMAN = Text("A ninth Guatemalan policeman died of his wounds on Monday.")
THIS_MAN = Text(
    "Joe Biden spoke in Warsaw on Monday. You do not trifle with this man. He wants peace."
)
AS_A_MAN = Text(
    "Lithuanians will remember the director as a man who loved life. He deserves the prize."
)

test_a_noun_for_one_person_is_a_he_or_she = mention_table(
    [
        FINED.mention("him", DAY, "KENCVL", id="fined-him-is-the-man"),
        POLICEMAN.mention("his", DAY, "GTMCOP", id="his-wounds-are-the-policemans"),
        # the noun's own gender: "her" skips the gunman for the policewoman
        POLICEWOMAN.mention("her", DAY, "FRACOP", id="her-car-is-the-policewomans"),
        # what must not change: a predicate ("as a man who ...") is nobody new
        AS_A_MAN.mention("He", DAY, None, id="as-a-man-is-no-one-new"),
        THIS_MAN.mention("He", DAY, "USAGOV", id="this-man-is-someone-named-before"),
    ]
)

"""Resolver rules on sentences written for them: who a mention is, read with its neighbours.

Most cases are rows of one table per rule family: `Text(text).mention(word, day, expected)`
reads `word` (its nth occurrence) in an article of that day (and source) and expects that code
(None: nobody). To add a case, add a row with an id that names it."""

from __future__ import annotations

from actor_helpers import Text, code_at, mention_table

STATE = "U.S. Department of State"
STATE_DEPT = "U.S. Department of State (Office of the Spokesperson)"
WHITE_HOUSE = "The White House (whitehouse.gov briefing room)"


MAYOR_NAMED_AGAIN = (
    "Kharkiv Mayor Ihor Terekhov told the President about the damage. Later the "
    "President thanked Ihor Terekhov for his work."
)
HEADS_OF_UN_AGENCIES = (
    "The Secretary will travel to Geneva. She will meet World Health Organization "
    "Director-General Tedros and International Organization for Migration Director "
    "General Maria Lopes."
)


# Titles and names: the title, office or name written with a person says who they are.
test_titles_and_names_say_who_a_person_is = mention_table(
    [
        # a repeated full name is the person described before
        Text(MAYOR_NAMED_AGAIN).mention(
            "Terekhov",
            "2022-05-01",
            "UKRGOV",
            source="President of Ukraine",
            id="mayor named in full",
        ),
        Text(MAYOR_NAMED_AGAIN).mention(
            "Terekhov",
            "2022-05-01",
            "UKRGOV",
            source="President of Ukraine",
            nth=1,
            id="mayor named again",
        ),
        # a bracket glued to the word before does not hide a name
        Text("You met the head of the People's Republic of China[Xi Jinping] yesterday.").mention(
            "Jinping", "2021-12-16", "CHNGOV", id="bracket glued to the name"
        ),
        # the title before a name beats an organisation in an appositive after it
        Text(
            "Croatia's central bank chief, Ivo Horvat, a member of the European Central Bank "
            "committee, is charged."
        ).mention("Horvat", "2025-05-29", "HRVGOV", id="national title before appositive"),
        # with no national title before the name, the appositive's organisation still codes
        Text("Ivo Horvat, a member of the European Central Bank committee, is charged.").mention(
            "Horvat", "2025-05-29", "IGOECB", id="appositive organisation alone"
        ),
        # a title after "as" codes an appointee
        Text(
            "The President announced the appointment of Jane Roe as Special Assistant to the "
            "President for Trade."
        ).mention("Roe", "2021-04-15", "USAGOV", source="The White House", id="title after as"),
        # "as well as" is no title: a named American in a White House release, no office
        Text("Jane Roe as well as John Doe attended the dinner.").mention(
            "Roe", "2021-04-15", "USACVL", source="The White House", id="as well as is no title"
        ),
        # a list of places after "for" is the portfolio
        Text(
            "Special Envoy for Iraq, Syria and Lebanon John Doe met reporters in Baghdad."
        ).mention("Doe", "2022-05-22", "USAGOV", source=STATE, id="list of places after for"),
        # an official of an international organisation is coded as it
        # no USA added
        Text(HEADS_OF_UN_AGENCIES).mention(
            "Tedros", "2022-05-09", "IGOWHO", source=STATE, id="head of WHO"
        ),
        Text(HEADS_OF_UN_AGENCIES).mention(
            "Lopes", "2022-05-09", "IGOIOM", source=STATE, id="head of IOM"
        ),
        # an organisation before a title outside the name codes the person
        Text("Israel says Hamas commander in the Gaza Strip Yahya Salem was killed.").mention(
            "Salem", "2026-05-16", "REBHMS", id="Hamas commander before title"
        ),
        # plural titles before names code each name
        Text(
            "The meeting was attended by presidential aides Pavel Sidorov and Maxim Oreshkin."
        ).mention(
            "Sidorov",
            "2022-03-17",
            "RUSGOV",
            source="President of Russia",
            id="plural title before names",
        ),
        # a title word inside a name is no title
        # "Bishop" is the man's surname
        Text("OMB Deputy Director Dan Bishop says the bill cuts spending.").mention(
            "Bishop", "2025-06-05", "USAGOV", source=WHITE_HOUSE, id="Bishop is a surname"
        ),
        # a local office is of its place country
        Text(
            "Russian drones hit the port, said Ivan Petrenko, the mayor of Konotop, Sumy."
        ).mention("Petrenko", "2025-04-13", "UKRGOV", id="mayor of a town"),
        Text("Ukraine says it repelled an attack, the governor of Kursk region said.").mention(
            "governor", "2025-04-13", "RUSGOV", id="governor of a region"
        ),
        # in a release of another state, too
        Text("The mayor of Odesa met the President.").mention(
            "mayor", "2022-04-13", "UKRGOV", source=WHITE_HOUSE, id="mayor in a foreign release"
        ),
        # a body after "of" is no place
        Text("The governor of the Bank of England says rates will fall in Britain.").mention(
            "governor", "2025-04-13", "GBRGOV", id="governor of a central bank"
        ),
        # a known surname that starts another name is not that person (an American, no office)
        Text("Sharon Beth Lewis, of Oregon, is nominated to the board.").mention(
            "Lewis", "2022-04-07", "USACVL", source=WHITE_HOUSE, id="Sharon starts another name"
        ),
        Text("Prime Minister Ariel Sharon visited the site.").mention(
            "Sharon", "2003-05-01", "ISRGOV", id="Ariel Sharon himself"
        ),
        # a title before a name beats a group word in an appositive
        Text(
            "The Rwandan government arrests opposition figure Marie Uwase, founder of the "
            "United Democratic Forces, for plotting unrest."
        ).mention("Uwase", "2025-06-19", "RWAOPP", id="opposition figure and founder"),
        # heads of smaller states are known by name
        Text("Hakainde Hichilema opens the new bridge over the Zambezi.").mention(
            "Hichilema", "2025-06-01", "ZMBGOV", id="Hichilema by name"
        ),
        Text("Andry Rajoelina says he will seek asylum.").mention(
            "Rajoelina", "2025-06-01", "MDGGOV", id="Rajoelina in office"
        ),
        Text("Andry Rajoelina says he will seek asylum.").mention(
            "Rajoelina", "2025-11-01", "MDGELI", id="Rajoelina after his fall"
        ),
        # an upper-case honorific label is the person named (round 11, releases)
        Text("MS. PSAKI:  Hi, everyone.  Q    Thanks, Jen.  MS. PSAKI:  Go ahead.").mention(
            "MS", "2021-07-06", "USAGOV", source="The White House", id="upper-case MS label"
        ),
        # a leader's spouse is an elite not the government (round 11, releases)
        Text("Olena Zelenska had a video call with Michal Herzog about joint projects.").mention(
            "Zelenska", "2021-11-11", "UKRELI", source="President of Ukraine", id="leader's wife"
        ),
        Text("Olena Zelenska had a video call with Michal Herzog about joint projects.").mention(
            "Herzog",
            "2021-11-11",
            "ISRELI",
            source="President of Ukraine",
            id="other leader's wife",
        ),
    ],
)


ENVOY_TO_KAZAKHSTAN = (
    "Assistant Secretary of State for Central Asian Affairs Jane Roe will travel to "
    "Kazakhstan. In Astana, Assistant Secretary Roe will meet Kazakh officials and "
    "Foreign Minister Aibek Nurlanov."
)
TRIP_TO_CAMBODIA_AND_LAOS = (
    "The Assistant Secretary will travel to Cambodia and Laos to discuss ties with "
    "Cambodia and Cambodia's neighbours. In Laos, he will lead a dialogue. He will "
    "meet with Foreign Minister Somchai Jaidee, Vice Foreign Minister Noy Phanh, and "
    "officials."
)


# Releases: a title in a government's release is its own official's unless the home state
# lacks that office, or the passage is about one foreign country.
test_a_release_tells_its_own_officials_from_visitors = mention_table(
    [
        # a lower rank of a home office is the home state's, not a visitor's
        Text(ENVOY_TO_KAZAKHSTAN).mention(
            "Roe", "2022-05-22", "USAGOV", source=STATE, id="home rank named in full"
        ),
        Text(ENVOY_TO_KAZAKHSTAN).mention(
            "Roe", "2022-05-22", "USAGOV", source=STATE, nth=1, id="home rank named again"
        ),
        # an office the United States does not have is still a visitor's (or the host's)
        Text(ENVOY_TO_KAZAKHSTAN).mention(
            "Nurlanov", "2022-05-22", "KAZGOV", source=STATE, id="foreign minister of the host"
        ),
        # the secretary in a release is its own secretary before a visitor
        Text(
            "Secretary of State Jane Roe spoke today with NATO Secretary General Jens "
            "Stoltenberg and Philippine Secretary of Foreign Affairs Juan Cruz. The Secretary "
            "thanked them."
        ).mention(
            "Secretary",
            "2022-02-01",
            "USAGOV",
            source=STATE,
            nth=3,
            id="own secretary before visitors",
        ),
        # a bare title of an office the home state lacks is a visitor's
        # The United States has no prime minister and no foreign minister
        Text(
            "SECRETARY ROE: I thank the prime minister for the welcome in Chisinau. Moldova is "
            "a friend, and Moldova's reforms matter."
        ).mention("minister", "2022-04-18", "MDAGOV", source=STATE, id="prime minister home lacks"),
        # a title the home state has stays the home state's
        Text("The president thanked Moldova for its reforms; Moldova's people agreed.").mention(
            "president", "2022-04-18", "USAGOV", source=STATE, id="president home has"
        ),
        # a title coordinated after a definite one is a definite description
        Text(
            "Deputy Secretary of State Jane Roe spoke with Canadian Deputy Foreign Minister "
            "Ann Lee. The Deputy Secretary and Deputy Foreign Minister discussed Russia."
        ).mention(
            "Minister",
            "2022-02-16",
            "CANGOV",
            source=STATE,
            nth=1,
            id="coordinated deputy minister",
        ),
        # a deputy of an office the home state lacks is a visitor
        Text(
            "The Deputy Secretary met officials in Hanoi. The Deputy Secretary and the Vice "
            "Foreign Minister discussed ways to deepen U.S.-Vietnam cooperation."
        ).mention(
            "Minister", "2022-06-10", "VNMGOV", source=STATE_DEPT, id="vice foreign minister"
        ),
        # a visitor is from the one foreign country of the passage
        Text(TRIP_TO_CAMBODIA_AND_LAOS).mention(
            "Jaidee", "2022-04-29", "LAOGOV", source=STATE_DEPT, id="foreign minister of Laos"
        ),
        Text(TRIP_TO_CAMBODIA_AND_LAOS).mention(
            "Phanh", "2022-04-29", "LAOGOV", source=STATE_DEPT, id="vice foreign minister of Laos"
        ),
        # an adviser to the president is home staff not a visiting president
        Text(
            "Mary Stone, Senior Advisor to the President, met the governor of Georgia. Georgia "
            "and Armenia signed a deal in Tbilisi, Georgia."
        ).mention(
            "Stone",
            "2022-10-20",
            "USAGOV",
            source="whitehouse.gov",
            id="senior advisor to the president",
        ),
        # a governor or mayor in a release is no visitor (round 11, releases)
        Text(
            "The Secretary spoke about Japan and Japan's trade with Governor Gretchen Whitmer."
        ).mention("Whitmer", "2022-03-01", "USAGOV", source=STATE, id="home governor"),
        Text(
            "The United States and Nigeria opened a consulate. Lagos State Governor Ade Bola came."
        ).mention("Bola", "2022-03-01", "NGAGOV", source=STATE, id="foreign state governor"),
    ],
)


# Former office holders: out of state office, they are elites (or their old group).
test_former_office_holders_are_out_of_office = mention_table(
    [
        # former office holders out of state office are elites
        # Imran Khan leads the opposition in our data; the text names him by the office he left
        Text("A Pakistani court sentences former prime minister Imran Khan to prison.").mention(
            "Khan", "2025-12-20", "PAKELI", id="former prime minister"
        ),
        Text("Philippine police arrest former party-list representative Juan dela Cruz.").mention(
            "Cruz", "2026-07-06", "PHLELI", id="former representative"
        ),
        Text("The Iraqi tribunal sentences a former Ba'athist lieutenant to death.").mention(
            "lieutenant", "2025-12-28", "IRQELI", id="former Ba'athist lieutenant"
        ),
        # former office holders as a group are out of office
        Text("A court in Lima, Peru, charges four former government officials with fraud.").mention(
            "officials", "2025-12-15", "PERELI", id="former officials"
        ),
        Text("A court in Lima, Peru, charges four former rebels with fraud.").mention(
            "rebels", "2025-12-15", "PERREB", id="former rebels"
        ),
    ],
)


# Places: the one country a clause names says whose people they are; a capital after "in"
# is a place, and a region named after a continent is no country.
test_a_place_named_says_whose_people_they_are = mention_table(
    [
        # a capital followed by another country is a town of that country
        # Santo Domingo is the Dominican capital and a town of Ecuador
        Text(
            "Seven people are killed by criminal gangs at a bar in Santo Domingo, Ecuador."
        ).mention("gangs", "2025-09-13", "ECUCRM", id="capital then another country"),
        Text("Seven people are killed by criminal gangs at a bar in Santo Domingo.").mention(
            "gangs", "2025-09-13", "DOMCRM", id="capital alone"
        ),
        # a description takes the one country of the place its clause names
        Text(
            "Russian drone strikes on a hospital in Kharkiv, Kharkiv Oblast, Ukraine, kill at "
            "least 5 people and injure more than 30 others, including 4 children."
        ).mention("children", "2025-06-01", "UKRCVL", id="children in a named town"),
        Text("Twelve soldiers are killed in Turkish airstrikes in Duhok, Iraq.").mention(
            "soldiers", "2025-06-01", "IRQMIL", id="soldiers in a named town"
        ),
        # a "local" description in the next sentence looks at the place before
        Text(
            "Turkish drones strike a checkpoint in Sinjar, Iraq. A local commander is killed."
        ).mention("commander", "2025-06-01", "IRQMIL", id="local commander next sentence"),
        # a place named in another clause decides nothing
        # the place belongs to "Georgians living in Turkey", not to the citizens
        Text(
            "Georgia's parliament passes a law requiring citizens abroad to register, after "
            "reports about Georgians living in Turkey."
        ).mention("citizens", "2025-06-01", "GEOCVL", id="place of another clause"),
        # regions named after a continent are not its country
        Text("Chile signs a deal to build a cable between South America and Australia.").mention(
            "America", "2025-06-04", None, id="South America"
        ),
        Text("Former Northern Irish MP John Roe goes on trial.").mention(
            "Roe", "2026-05-26", "GBRELI", id="Northern Irish MP"
        ),
        # counted people are civilians of where it happens
        Text("More than 5,000 people march in Tbilisi, Georgia, against the new law.").mention(
            "people", "2025-05-01", "GEOCVL", id="people counted in Tbilisi"
        ),
        Text("Thousands of people march in Belgrade, Serbia, against the government.").mention(
            "Thousands", "2025-05-01", "SRBCVL", id="thousands in Belgrade"
        ),
        # nowhere said: nobody to code
        Text("Thousands of people march.").mention(
            "Thousands", "2025-05-01", None, id="thousands nowhere"
        ),
        # a capital after "in" is a place not its government
        Text(
            "The Pakistani interior minister arrives in Tehran for talks with Iranian officials."
        ).mention("Tehran", "2026-05-16", None, id="Tehran after in"),
        Text("Secretary Blinken meets with the French foreign minister, in Paris, France.").mention(
            "Paris", "2021-06-25", None, source=STATE_DEPT, id="Paris after in"
        ),
        # as the one who acts, a capital is still its government
        Text("He condemned the sanctions imposed by Moscow on the two companies.").mention(
            "Moscow", "2022-05-27", "RUSGOV", id="Moscow as actor"
        ),
        # counted people across two countries stay unresolved
        Text("Floods kill at least 30 people and injure 50 others across Nepal and India.").mention(
            "people", "2026-07-01", None, id="people across two countries"
        ),
        Text("Floods kill at least 30 people and injure 50 others across Nepal and India.").mention(
            "others", "2026-07-01", None, id="others across two countries"
        ),
        Text("Floods kill at least 30 people across Nepal.").mention(
            "people", "2026-07-01", "NPLCVL", id="people across one country"
        ),
        # a country after a group word says whose group it is
        Text("Citizens in Portugal protest against the housing law.").mention(
            "Citizens", "2025-05-18", "PRTCVL", id="citizens in Portugal"
        ),
        # a group is not the part it includes
        Text(
            "Four people, including two hospital workers, are killed when a helicopter crashes "
            "near Leeds, England."
        ).mention("people", "2025-03-10", "GBRCVL", id="people including workers"),
        # victims of an attack on a place are of that place
        Text(
            "A Russian drone attack on Kherson, Ukraine, kills two people and injures nine others."
        ).mention("people", "2025-04-16", "UKRCVL", id="victims in Kherson"),
        Text("An Israeli strike on Tyre, Lebanon, kills four people.").mention(
            "people", "2025-04-16", "LBNCVL", id="victims in Tyre"
        ),
        # people of a place are its civilians (round 11, releases)
        Text("We are ready to help the people of Florida in every way possible.").mention(
            "people", "2022-09-28", "USACVL", source="The White House", id="people of Florida"
        ),
        Text("IDPs from Mariupol spoke about the events they had to endure.").mention(
            "IDPs", "2022-06-05", "UKRREF", source="President of Ukraine", id="IDPs from Mariupol"
        ),
    ],
)


# The subject before: forces a leader acts on, "the country" and bare descriptions take the
# state of the subject named before them.
test_the_subject_before_says_whose_a_description_is = mention_table(
    [
        # forces and people a leader acts on are their own
        Text(
            "Russian officials protested. Danish Prime Minister Mette Frederiksen orders the "
            "military to inspect Russian tankers."
        ).mention("military", "2025-06-01", "DNKMIL", id="military ordered by a leader"),
        # without such a subject the article's country decides, as before
        Text(
            "Russian officials protested after Russian jets flew over. The military said little."
        ).mention("military", "2025-06-01", "RUSMIL", id="military with no such subject"),
        # a person inside a group's phrase says whose it is
        Text(
            "The envoy met representatives of the incoming Milei administration in Buenos Aires."
        ).mention(
            "administration", "2023-11-25", "ARGGOV", source=STATE, id="Milei administration"
        ),
        # forces in a clause hanging on a leader's clause are that leader's
        Text(
            "Indian prime minister Narendra Modi orders the navy to intercept any Pakistani "
            "boats, after the military reportedly spotted a Pakistani patrol."
        ).mention("military", "2025-05-01", "INDMIL", id="military in a hanging clause"),
        # a description takes the state of an earlier subject of its sector
        # the article names Cambodia more, but the soldiers are the Thai army's
        Text(
            "The Thai army says two soldiers were wounded in a clash with Cambodian troops on "
            "the Cambodian side of the border."
        ).mention("soldiers", "2025-07-24", "THAMIL", id="soldiers of the army before"),
        Text(
            "The U.S. Embassy in Jerusalem says that non-emergency government personnel may "
            "leave Israel."
        ).mention("personnel", "2026-02-27", "USAGOV", id="personnel of the embassy"),
        # the country is the state of the subject before it
        Text(
            "Speaking in Kyiv, Moldovan President Maia Sandu says the country will join the EU."
        ).mention("country", "2025-05-01", "MDA", id="the country of a president"),
        # no subject before it says which country: no guess
        Text("The country will vote in May.").mention(
            "country", "2025-05-01", None, id="the country with no subject"
        ),
        # the country in the possessive is the state of the subject before
        Text("The government of Chile extends the country's state of emergency.").mention(
            "country", "2025-01-02", "CHL", id="the country's in a possessive"
        ),
        # a description coordinated after a national phrase shares its country
        Text(
            "Poland expels Belarus's consul and another diplomat after the border incident."
        ).mention("diplomat", "2025-06-01", "BLRGOV", id="another diplomat after consul"),
    ],
)


GENERALS_FAMILY_KILLED = (
    "Sudanese army general Idris Kabbashi is killed in a strike. Kabbashi's wife and "
    "two of his grandchildren are also killed."
)


# People words: staff, workers, families, kin and kinds of actor take a sector and a country.
test_people_words_code_their_sector_and_country = mention_table(
    [
        # staff of a body and quantified groups
        Text("The Taliban stop paying Afghan government employees.").mention(
            "employees", "2026-06-17", "AFGGOV", id="government employees"
        ),
        Text("Afghan workers protest in Kabul.").mention(
            "workers", "2026-06-17", "AFGLAB", id="workers"
        ),
        Text("Today I am helping many farmers and ranchers across the United States.").mention(
            "farmers", "2024-07-31", "USAAGR", source="The White House", id="farmers across the US"
        ),
        # a release that names no country is about its own state
        Text("Today I am helping many farmers and ranchers who faced discrimination.").mention(
            "farmers", "2024-07-31", "USAAGR", source="The White House", id="farmers in a release"
        ),
        # group words for families troops media and firms
        Text("The Vice President met with families of Americans held hostage in Gaza.").mention(
            "families", "2023-10-27", "USACVL", source=WHITE_HOUSE, id="families of hostages"
        ),
        Text("The President spoke with U.S. service members in Iraq.").mention(
            "members", "2024-11-03", "USAMIL", source=WHITE_HOUSE, id="service members"
        ),
        Text("Iraqi state television says so.").mention(
            "television", "2026-07-07", "IRQJRN", id="state television"
        ),
        Text("Washington will halt Iranian airlines' access to its airports.").mention(
            "airlines", "2026-05-28", "IRNBUS", id="Iranian airlines"
        ),
        Text(
            "Vice President Kamala Harris and Second Gentleman Douglas Emhoff met the families."
        ).mention("Emhoff", "2023-10-27", "USAELI", source=WHITE_HOUSE, id="second gentleman"),
        # physicians and care providers are health workers
        Text("The new law threatens physicians in Texas, United States, with prison.").mention(
            "physicians", "2022-10-20", "USAMED", id="physicians"
        ),
        # people words without an office are civilians or their group
        Text("Ethiopian athlete Hana Bekele wins the race in Boston.").mention(
            "Bekele", "2025-04-21", "ETHCVL", id="athlete"
        ),
        Text("Two teenagers are killed in a crash near Lyon, France.").mention(
            "teenagers", "2025-06-01", "FRACVL", id="teenagers"
        ),
        Text("Masked men abduct a journalist in Caracas, Venezuela.").mention(
            "men", "2025-01-07", "VENUAF", id="masked men"
        ),
        Text("A grand jury in Ohio, United States, indicts the suspect.").mention(
            "jury", "2025-10-23", "USAJUD", id="grand jury"
        ),
        Text("A grand jury in Ohio, United States, indicts the suspect.").mention(
            "suspect", "2025-10-23", "USACRM", id="suspect"
        ),
        # a possessive people word that names a category is no actor
        Text("Spanish player Pablo Ruiz wins the men's singles title in Paris.").mention(
            "men", "2025-06-08", None, id="men's singles"
        ),
        Text("Police arrest the two men's driver in Madrid, Spain.").mention(
            "men", "2025-06-08", "ESPCVL", id="two men's driver"
        ),
        # a person named as one of a group is of that group
        Text("Hamas frees three Israeli hostages, including Tamar Golan, in Gaza.").mention(
            "Golan", "2025-01-25", "ISRCVL", id="hostage including a name"
        ),
        # people named by kin or deed are people of the place
        # round 10: the wife is not the general named in her possessive; "his" is still him
        Text(GENERALS_FAMILY_KILLED).mention("wife", "2025-06-01", "SDNCVL", id="general's wife"),
        Text(GENERALS_FAMILY_KILLED).mention("his", "2025-06-01", "SDNMIL", id="general's his"),
        Text(
            "A stabbing at a market in Bergen, Norway, injures four people; the perpetrator flees."
        ).mention("perpetrator", "2025-06-01", "NORCRM", id="perpetrator"),
        # a group word after a kind of actor is that kind (round 11, releases)
        Text("The Venezuelan regime announced a roadmap agreed to by opposition parties.").mention(
            "parties", "2023-12-20", "VENOPP", id="opposition parties"
        ),
        Text("The President met business leaders at the White House.").mention(
            "leaders", "2024-05-07", "USABUS", source="The White House", id="business leaders"
        ),
        Text("The President met world leaders at the summit.").mention(
            "leaders", "2024-05-07", None, source="The White House", id="world leaders"
        ),
        # party members in a legislature are legislators (round 11, releases)
        Text("Republicans in Congress do not have a plan to lower costs for families.").mention(
            "Republicans",
            "2023-12-12",
            "USALEG",
            source="The White House",
            id="Republicans in Congress",
        ),
    ],
)


KILLED_AND_INJURED = (
    "Seven people are killed and five are injured after a lorry hits a van in Multan, Pakistan."
)


# Counts: a counted group is the group counted, and a bare count or "others" after it more of
# the same; "others" with no count is nobody.
test_counted_groups_are_the_group_counted = mention_table(
    [
        # a counted group is the group counted
        Text("Hundreds of Kenyan police officers arrive in the capital.").mention(
            "Hundreds", "2025-02-22", "KENCOP", id="hundreds of police"
        ),
        # a bare count after counted people is more of them
        Text(KILLED_AND_INJURED).mention("people", "2026-02-01", "PAKCVL", id="people killed"),
        Text(KILLED_AND_INJURED).mention("five", "2026-02-01", "PAKCVL", id="five injured"),
        # counted others are more of the group counted before
        Text(
            "Six people die and 12 others are hurt in a Russian drone attack on Odesa, Ukraine."
        ).mention("people", "2026-02-01", "UKRCVL", id="people who die"),
        Text(
            "Six people die and 12 others are hurt in a Russian drone attack on Odesa, Ukraine."
        ).mention("others", "2026-02-01", "UKRCVL", id="others hurt"),
        Text(
            "Three soldiers are killed and two others are wounded in Kandahar, Afghanistan."
        ).mention("others", "2026-02-01", "AFGMIL", id="others after soldiers"),
        # others with no count name nobody
        Text("Russia and others oppose the plan.").mention(
            "others", "2026-02-01", None, id="others with no count"
        ),
        # capitalised millions of a nationality count that nationality
        # "Millions" is tagged PROPN
        Text("Good afternoon.  Millions of Canadians have Irish heritage.").mention(
            "Millions", "2022-04-29", "CANCVL", id="capitalised millions"
        ),
    ],
)


VOLUNTEER_CORPS_LEADER = (
    "Ivan Petrov, leader of the Ukraine-aligned Russian Volunteer Corps, is reported "
    "killed. It is later revealed that Petrov had faked his death."
)


# Bodies and organisations: known by name, by their head word, or by the modifiers of a
# generic word.
test_bodies_are_coded_by_their_name_and_head_word = mention_table(
    [
        # a body named by a generic word takes its modifier's sector
        Text("The Ukrainian intelligence directorate says a depot burned.").mention(
            "directorate", "2025-11-13", "UKRSPY", id="intelligence directorate"
        ),
        Text("Gunmen attack a church, says the Christian Association of Nigeria.").mention(
            "Association", "2025-11-13", "NGAREL", id="association of Nigeria"
        ),
        Text("Mali suspends the broadcasts of Radio France Internationale.").mention(
            "Internationale", "2025-11-13", "FRAJRN", id="Radio France Internationale"
        ),
        Text("Fighters of the Russian Africa Corps arrive in Bamako.").mention(
            "Corps", "2025-11-13", "RUSMIL", id="Russian Africa Corps"
        ),
        # a backer is not the nationality of an armed group
        Text(VOLUNTEER_CORPS_LEADER).mention(
            "Petrov", "2025-12-27", "RUSREB", id="volunteer corps leader"
        ),
        Text(VOLUNTEER_CORPS_LEADER).mention("Corps", "2025-12-27", "RUSREB", id="volunteer corps"),
        Text(VOLUNTEER_CORPS_LEADER).mention(
            "Petrov", "2025-12-27", "RUSREB", nth=1, id="volunteer corps leader again"
        ),
        # organisations of the audit
        Text("Qatar hosts a meeting of the Gas Exporting Countries Forum in Doha.").mention(
            "Forum", "2025-06-01", "IGOGEC", id="gas exporting forum"
        ),
        Text(
            "Two leaders attended the Supreme State Council of the Union State in Moscow."
        ).mention("Council", "2021-11-04", "IGOUSB", id="union state council"),
        Text(
            "The National Security and Defense Council imposed sanctions on ten companies."
        ).mention("Council", "2022-03-10", "UKRGOV", id="security and defense council"),
        Text("People Power Party lawmakers walk out of the National Assembly in Seoul.").mention(
            "Party", "2025-06-01", "PTYPPK", id="People Power Party"
        ),
        Text("The Consumer Financial Protection Bureau proposes a rule on medical debt.").mention(
            "Bureau",
            "2024-10-01",
            "USAGOV",
            source="The White House",
            id="consumer protection bureau",
        ),
        # members and services take the body named before them
        Text(
            "Brazilian police kill four Comando Vermelho gang members in a raid in Rio de Janeiro."
        ).mention("members", "2026-01-14", "BRACRM", id="gang members"),
        Text("He settles a legal action against the Police Service of Northern Ireland.").mention(
            "Service", "2025-06-16", "GBRCOP", id="police service"
        ),
        Text("The President's national security team is assessing the launch.").mention(
            "team", "2023-08-23", "USAGOV", source=WHITE_HOUSE, id="president's security team"
        ),
        # "members" alone are nobody in particular
        Text("Some members of the group were arrested.").mention(
            "members", "2025-06-16", None, id="members alone"
        ),
        # regional intergovernmental bodies are known
        Text("He will meet officials from the Mekong River Commission in Vientiane.").mention(
            "Commission", "2022-04-29", "IGOMKR", source=STATE_DEPT, id="Mekong River Commission"
        ),
        # an office named by the title it serves is that title's body
        Text("Office of the Spokesperson\n\nThe Secretary spoke with his counterpart.").mention(
            "Office", "2022-07-26", "USAGOV", source=STATE_DEPT, id="office of the spokesperson"
        ),
        Text("The Office of the President of Ukraine published the decree.").mention(
            "Office", "2022-05-19", "UKRGOV", id="office of the president"
        ),
        # lower houses and state staff are coded
        Text("The Brazilian Chamber of Deputies approves a bill on sentences.").mention(
            "Chamber", "2025-12-10", "BRALEG", id="chamber of deputies"
        ),
        Text("The agency dismissed hundreds of federal employees in Washington.").mention(
            "employees", "2025-02-14", "USAGOV", source=WHITE_HOUSE, id="federal employees"
        ),
        # a ship named with its navy's prefix is that navy
        Text("The USS John Adams arrives in the Red Sea to relieve the HMS Valiant.").mention(
            "Adams", "2026-08-20", "USAMIL", id="USS navy ship"
        ),
        Text("The USS John Adams arrives in the Red Sea to relieve the HMS Valiant.").mention(
            "Valiant", "2026-08-20", "GBRMIL", id="HMS navy ship"
        ),
        # an office named after the seat of government is the government
        Text("The White House Office of Public Engagement hosted the meeting.").mention(
            "Office", "2022-10-20", "USAGOV", source="whitehouse.gov", id="White House office"
        ),
        # a release state's own body under a short international name
        Text(
            "Vladimir Putin held a meeting with permanent members of the Security Council."
        ).mention(
            "Council", "2022-03-04", "RUSGOV", source="kremlin.ru", id="Security Council of Russia"
        ),
        Text(
            "Russia holds a seat on the UN Security Council. The Security Council met today."
        ).mention(
            "Council", "2022-03-04", "IGOUSC", source="kremlin.ru", nth=1, id="UN Security Council"
        ),
        # a party named by the people it speaks for is a party
        Text("Lula is the candidate of the Workers' Party of Brazil in October.").mention(
            "Party", "2026-08-02", "BRAPTY", id="Workers' Party"
        ),
        Text("Supporters of Spain's opposition People's Party gather in Madrid.").mention(
            "Party", "2025-11-30", "ESPOPP", id="People's Party"
        ),
        Text("The Sudan Doctors Network reports the deaths.").mention(
            "Network", "2025-06-01", "SDNMED", id="doctors network"
        ),
        # the body named before by its head word
        Text(
            "The Transitional Sovereignty Council in Sudan names a new cabinet. The council "
            "also extends the state of emergency."
        ).mention("council", "2025-06-01", "SDNGOV", id="council named again"),
        Text(
            "Voters in Kraków, Poland, recall the city council. The council had lost its majority."
        ).mention("council", "2025-06-01", "POLLEG", nth=1, id="city council named again"),
    ],
)


HARRIS_AND_MARCOS = (
    "Vice President Kamala Harris met with President Ferdinand Marcos Jr. on the "
    "margins of the summit in Jakarta, Indonesia. They welcomed the ties. They "
    "discussed trade."
)
JOINT_STATEMENT_OF_THREE = (
    "Joint Statement of the United States, Japan and Australia\n\nOur leaders "
    "reaffirmed their commitment. We will meet again in Tokyo."
)
CALL_WITH_MACRON = (
    "I had a conversation with French President Emmanuel Macron. We discussed the "
    "sanctions. We will discuss them with our partners."
)


# Several states: people, "they" and "we" that span two or more states code as nobody.
test_people_of_several_states_are_no_one_actor = mention_table(
    [
        # people of two states are no one actor
        Text("Putin assessed the talks between Russian and Ukrainian representatives.").mention(
            "representatives",
            "2022-03-15",
            None,
            source="President of Russia",
            id="representatives of two states",
        ),
        Text("Putin assessed the talks with Ukrainian representatives.").mention(
            "representatives",
            "2022-03-15",
            "UKRGOV",
            source="President of Russia",
            id="representatives of one state",
        ),
        # "they" doing a joint act after one person names both sides
        Text(
            "The Vice President spoke with President Mahmoud Abbas. She said that the "
            "Palestinian people must have a political horizon. They spoke about the West Bank."
        ).mention("They", "2023-12-03", None, source="The White House", id="they after one person"),
        Text("Palestinian protesters marched in Ramallah. They demanded elections.").mention(
            "They", "2023-12-03", "PSECVL", id="they after protesters"
        ),
        # "they" after two actors of different states is no one code
        Text(HARRIS_AND_MARCOS).mention(
            "They", "2023-09-06", None, source="The White House", id="they after two leaders"
        ),
        Text(HARRIS_AND_MARCOS).mention(
            "They",
            "2023-09-06",
            None,
            source="The White House",
            nth=1,
            id="they after two leaders again",
        ),
        Text(
            "The Deputy Secretary and the Canadian Deputy Foreign Minister urged Russia to "
            "de-escalate. They reiterated their support for Ukraine."
        ).mention("They", "2023-09-06", None, source=STATE, id="they after two deputies"),
        # two actors of one state give their code
        Text(
            "President Zelenskyy and Prime Minister Shmyhal visited Bucha. They met residents."
        ).mention("They", "2022-04-10", "UKRGOV", id="they of one state"),
        # "we" in a joint statement of several states is nobody
        Text(JOINT_STATEMENT_OF_THREE).mention(
            "We", "2022-05-10", None, source=STATE_DEPT, id="we of three states"
        ),
        Text(JOINT_STATEMENT_OF_THREE).mention(
            "leaders", "2022-05-10", None, source=STATE_DEPT, id="leaders of three states"
        ),
        # a release of one state still speaks for it
        Text("Joint Statement on the Situation in Ukraine\n\nWe condemn the attack.").mention(
            "We", "2022-05-10", "USAGOV", source=STATE_DEPT, id="we of one state"
        ),
        # a group of a list of states is no one state
        Text("The leaders of Chile and Peru met in Lima. They discussed trade.").mention(
            "leaders", "2022-04-01", None, source="state.gov", id="leaders of two states"
        ),
        Text("The leaders of Chile and Peru met in Lima. They discussed trade.").mention(
            "They", "2022-04-01", None, source="state.gov", id="they after two states"
        ),
        # "they" after a plural subject that names nobody is nobody
        Text(
            "The presidents praised the work of the Gas Exporting Countries Forum. They also "
            "discussed the situation in Syria."
        ).mention(
            "They", "2022-04-18", None, source="kremlin.ru", id="they after plural presidents"
        ),
        # allies named by their alliance are several states
        Text("Poland and several other NATO allies send air defence systems to Ukraine.").mention(
            "allies", "2025-05-26", None, id="NATO allies"
        ),
        Text("NATO sends air defence systems to Ukraine.").mention(
            "NATO", "2025-05-26", "IGONAT", id="NATO itself"
        ),
        # the press of a release is of no one country
        Text(
            "President Vladimir Putin made a statement to the media after talks in Moscow."
        ).mention("media", "2022-03-01", None, source="kremlin.ru", id="media of a release"),
        Text("President Vladimir Putin gave an interview to the Russian media.").mention(
            "media", "2022-03-01", "RUSJRN", source="kremlin.ru", id="Russian media"
        ),
        # "we" doing a joint act after a foreign leader is both sides (round 11, releases)
        Text(CALL_WITH_MACRON).mention(
            "We", "2022-05-09", None, source="President of Ukraine", id="we after a foreign leader"
        ),
        # "we" after a "with" partner
        Text(CALL_WITH_MACRON).mention(
            "We",
            "2022-05-09",
            "UKRGOV",
            source="President of Ukraine",
            nth=1,
            id="we with a partner",
        ),
    ],
)


GREETINGS_TO_A_FORUM = (
    'Vladimir Putin sent greetings to the forum. The message reads, in part: "Energy '
    'cooperation matters. We are convinced that it serves everyone."'
)
OUR_STATE_AND_CITIES = (
    "President of Ukraine Volodymyr Zelenskyy: We will defend our state. Our army is "
    "strong and our cities will be rebuilt. We thank our partners."
)
CHESS_CHAMPIONS_GREETED = (
    "Vladimir Putin congratulated Pyotr Sokolov and Darya Orlova on winning the chess "
    "olympiad in Budapest.\n\nThe message reads, in part: “You have shown remarkable "
    "skill, and your victory is well deserved.”"
)
TALKS_WITH_ORBAN = (
    "Vladimir Putin met with Prime Minister of Hungary Viktor Orban.\nPresident of "
    "Russia Vladimir Putin: Mr Orban, dear Viktor, I am glad to see you. Viktor Orban: "
    "Thank you. Vladimir Putin: Please tell me how you see the talks."
)


# Pronouns and addresses: "we", "our", "you" and "they" are the speaker, the one spoken to,
# or the group named before.
test_pronouns_and_addresses_name_the_speaker_or_the_one_spoken_to = mention_table(
    [
        # first person in a release quote with no speaker is its principal
        Text(GREETINGS_TO_A_FORUM).mention(
            "We", "2022-02-22", "RUSGOV", source="President of Russia", id="we in a release quote"
        ),
        # outside an official release nobody is assumed
        Text(GREETINGS_TO_A_FORUM).mention("We", "2022-02-22", None, id="we with no release"),
        # our state and our cities are the speaker's country
        Text(OUR_STATE_AND_CITIES).mention(
            "state", "2022-03-10", "UKR", source="President of Ukraine", id="our state"
        ),
        Text(OUR_STATE_AND_CITIES).mention(
            "army", "2022-03-10", "UKRMIL", source="President of Ukraine", id="our army"
        ),
        Text(OUR_STATE_AND_CITIES).mention(
            "cities", "2022-03-10", "UKR", source="President of Ukraine", id="our cities"
        ),
        # "our" says whose partners, not who they are
        Text(OUR_STATE_AND_CITIES).mention(
            "partners", "2022-03-10", None, source="President of Ukraine", id="our partners"
        ),
        # a one-word name in capitals is no antecedent for "he"
        Text(
            "Secretary Blinken has tested positive for COVID. He is fully vaccinated and he "
            "will work from home."
        ).mention("He", "2022-05-04", "USAGOV", id="he after a capitalised name"),
        # servicemen are the military and a later "they" is them
        Text("Russian servicemen shelled the city. They want to kill even more.").mention(
            "servicemen", "2022-03-06", "RUSMIL", id="servicemen"
        ),
        Text("Russian servicemen shelled the city. They want to kill even more.").mention(
            "They", "2022-03-06", "RUSMIL", id="they after servicemen"
        ),
        # the enemy in a war-time address is the other side
        Text("Russian troops shelled the town again. The occupiers lost two tanks there.").mention(
            "occupiers", "2022-04-01", "RUSMIL", source="president.gov.ua", id="occupiers"
        ),
        Text("The enemy is retreating from the north. We thank every soldier.").mention(
            "enemy", "2022-04-01", None, source="president.gov.ua", id="the enemy alone"
        ),
        # our defenders are the speaker's military and rights defenders are not
        Text("I am grateful to all our defenders. Human rights defenders were detained.").mention(
            "defenders", "2022-04-01", "UKRMIL", source="president.gov.ua", id="our defenders"
        ),
        Text("I am grateful to all our defenders. Human rights defenders were detained.").mention(
            "defenders",
            "2022-04-01",
            "UKRSOC",
            source="president.gov.ua",
            nth=1,
            id="rights defenders",
        ),
        # a release greeting people we do not know greets its own citizens
        Text(CHESS_CHAMPIONS_GREETED).mention(
            "Sokolov", "2022-02-08", "RUSCVL", source="kremlin.ru", id="greeted champion"
        ),
        Text(CHESS_CHAMPIONS_GREETED).mention(
            "Orlova", "2022-02-08", "RUSCVL", source="kremlin.ru", id="other greeted champion"
        ),
        Text(CHESS_CHAMPIONS_GREETED).mention(
            "You", "2022-02-08", "RUSCVL", source="kremlin.ru", id="you in a greeting"
        ),
        Text(CHESS_CHAMPIONS_GREETED).mention(
            "your", "2022-02-08", "RUSCVL", source="kremlin.ru", id="your in a greeting"
        ),
        # a stranger congratulated on a foreign office is no citizen of the release's state
        Text(
            "Vladimir Putin congratulated Pedro Alves on his election as President of the ISU."
        ).mention(
            "Alves", "2022-02-08", None, source="kremlin.ru", id="foreign office holder greeted"
        ),
        # "you" in a message is its addressee
        Text(
            "Vladimir Putin sent greetings to Patriarch Kirill of Moscow and All Russia on his "
            "birthday.\n\nThe message reads, in part: “I wish you good health.”"
        ).mention("you", "2022-11-20", "RUSREL", source="kremlin.ru", id="you in a message"),
        # "you" in a transcript turn is the one spoken to (round 11, releases)
        # the vocative: "Mr Orban, dear Viktor, ... you"
        Text(TALKS_WITH_ORBAN).mention(
            "you", "2022-02-01", "HUNGOV", source="President of Russia", id="you by vocative"
        ),
        # the turn before names who is spoken to
        Text(TALKS_WITH_ORBAN).mention(
            "you",
            "2022-02-01",
            "HUNGOV",
            source="President of Russia",
            nth=2,
            id="you in the turn after",
        ),
        # colleagues: nobody we can code
        Text("President of Russia Vladimir Putin: Colleagues, I thank you for coming.").mention(
            "you", "2022-02-01", None, source="President of Russia", id="you to colleagues"
        ),
        # "you" in a release's one address is whom it greets (round 11, releases)
        Text(
            "The Supreme Commander-in-Chief made a video address to congratulate the military "
            "personnel on their professional holiday.\n\nPresident of Russia Vladimir Putin: "
            "Comrade officers, Congratulations on your holiday. You have shown your courage."
        ).mention(
            "You", "2022-02-27", "RUSMIL", source="President of Russia", id="you in an address"
        ),
    ],
)


def test_the_us_written_in_capitals_is_the_united_states_not_the_pronoun(coder):
    (aid,) = coder.code_text("The US provided funds to Ukraine.", date="2024-01-01")
    assert (aid.source.code, aid.target.code) == ("USA", "UKR")
    (attack,) = coder.code_text('"Russia attacked us," Zelensky said.', date="2024-01-01")
    # the pronoun is still the speaker's state; an "us" that is attacked is the whole nation
    # (rule A5, session 16: "destroy us"), no longer its government
    assert attack.target.code == "UKR"


def test_a_middle_initial_does_not_hide_a_known_person(coder):
    text = "Secretary of State Antony J. Blinken met with Palauan President Surangel Whipps."
    (meeting,) = coder.code_text(text, date="2022-06-01")
    assert (meeting.source.code, meeting.source.name) == ("USAGOV", "Antony Blinken")


def test_a_group_named_with_its_town_takes_the_towns_country(coder):
    (detention,) = coder.code_text("Russian forces detained residents of Kupiansk.", "2024-06-01")
    assert (detention.source.code, detention.target.code) == ("RUSMIL", "UKRCVL")


def test_a_roman_numeral_after_a_name_is_not_the_speaker(coder):
    text = "This is not the country of Peter I or of Catherine II, but of its people."
    source = "President of Ukraine"
    assert code_at(coder, text, "I", "2022-06-12", source) != "UKRGOV"


def test_we_in_a_release_headed_as_several_states_statement_is_no_one_state(coder):
    from eventwire.actors.article import ArticleActors, home_country

    doc = coder.nlp("We reaffirm our commitment to open trade. The talks will continue in May.")
    we = doc[0]

    def code(title: str) -> str | None:
        actors = ArticleActors(
            coder.extractor.resolver, "2022-05-02", home_country("state.gov", None), title
        )
        ref = actors.mention(we)
        return ref.code if ref is not None else None

    assert code("Joint Statement on the Canada-U.S. Trade Dialogue") is None
    assert code("Ministerial Statement of Chile, Peru and Colombia") is None
    # One state's officials on two foreign states: still the releasing government.
    assert code("Joint Statement by Two Secretaries on Armenia and Azerbaijan") == "USAGOV"
    assert code("Statement on the Canada-U.S. Trade Dialogue") == "USAGOV"


def test_a_national_title_before_a_name_beats_an_organisation_in_an_appositive(coder):
    # the appositive names ISIS, but the title before the name says Iraqi
    text = "The panel heard Iraqi rights activist Leyla Hassan, a survivor of ISIS abuse."
    assert code_at(coder, text, "Hassan", "2022-06-10").startswith("IRQ")


def test_a_title_word_inside_a_name_is_no_title(coder):
    # "General" is part of a union's name, not a military rank
    text = (
        "The home of Luis Villanueva, leader of the General Confederation of Workers of Peru, "
        "is attacked."
    )
    assert not (code_at(coder, text, "Villanueva", "2025-03-27") or "").endswith("MIL")

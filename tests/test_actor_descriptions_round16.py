"""Descriptions, round 16: which state a bare description is of, and which must stay empty.

"the country" is the state of the clause's subject before it, or the state that subject acts
on when the text names it as the owner of its target ("sanctions on Cuba's agency"); with no
such subject, the state named last before it, never one its own verb or noun sets against
it. A news item that names no country but a town is about that town's country. "any" people,
a state's "allies" and a person's relatives are not that state or that person. Rows:
`Text(text).mention(word, day, expected)` (None: no code), read as the coder reads an article.
"""

from __future__ import annotations

from actor_helpers import WHITE_HOUSE, Text, mention_table

DAY = "2026-03-10"


test_the_country_is_the_state_the_text_speaks_of = mention_table(
    [
        Text(
            "The aviation regulator of Peru fines LATAM, the country's largest airline, for"
            " repeated delays."
        ).mention("country", DAY, "PER", id="no subject: the state named last before it"),
        Text(
            "The UN committee on Myanmar approves aid projects despite restrictions linked to"
            " the country's military rule."
        ).mention("country", DAY, "MMR", id="a body of no state as subject"),
        Text(
            "Reports say Iran has fired a missile at a base in Qatar, the first attack by Iran"
            " on the country."
        ).mention("country", DAY, "QAT", id="not the attacker of the same noun"),
        Text(
            "The U.S. Treasury imposes sanctions on Venezuela's oil ministry amid the country's"
            " economic collapse."
        ).mention("country", DAY, "VEN", id="the state whose body the subject acts on"),
        Text(
            "Ukrainian President Volodymyr Zelenskyy, speaking in Berlin, Germany, says the"
            " country will not hold elections."
        ).mention("country", DAY, "UKR", id="the subject's state, not where it speaks"),
        Text(
            "Kenya bans a foreign broadcaster from operating in the country after an interview"
            " with a rebel leader."
        ).mention("country", DAY, "KEN", id="the subject's state, not an outlet it bans"),
        Text("The country's economy shrank for a third quarter.").mention(
            "country", DAY, None, id="no state named: nobody"
        ),
    ]
)


test_a_news_item_with_only_towns_is_of_their_country = mention_table(
    [
        Text(
            "A gunman opens fire at a school in Minneapolis, Minnesota. Police say the suspect"
            " acted alone."
        ).mention("Police", DAY, "USACOP", id="police in the sentence after the town"),
        Text("Three people die in a fire in Marseille. Officials have opened an inquiry.").mention(
            "Officials", DAY, "FRAGOV", id="officials of the town's country"
        ),
    ]
)


test_who_stays_nobody = mention_table(
    [
        Text(
            "Canada will not repatriate its citizens held in Syrian camps and warns that any"
            " individuals who committed crimes will be prosecuted."
        ).mention("individuals", DAY, None, id="any individuals: whoever they may be"),
        Text("The President said the army is ready for any attack from any side.").mention(
            "side", DAY, None, id="any side"
        ),
        Text("The envoy met U.S. allies and partners in Brussels to discuss aid.").mention(
            "allies", DAY, None, id="a state's allies are not that state"
        ),
        Text(
            "The President imposed tariffs on all United States trading partners this spring."
        ).mention("partners", DAY, None, id="a state's trading partners"),
    ]
)


test_who_keeps_a_code = mention_table(
    [
        Text("The general said any Russian soldiers who surrender will be treated well.").mention(
            "soldiers", DAY, "RUSMIL", id="any with a nationality of its own"
        ),
        Text("Baghdad thanked our Iraqi partners for their help.").mention(
            "partners", DAY, "IRQGOV", id="an adjective says who the partners are"
        ),
    ]
)


test_relatives_of_a_person_are_civilians_of_their_country = mention_table(
    [
        Text(
            "Police arrest the niece and grandniece of the late IRGC Quds Force general Qasem"
            " Soleimani in Los Angeles."
        ).mention("niece", DAY, "IRNCVL", id="a relative of a general is no soldier"),
        Text(
            "Police arrest the niece and grandniece of the late IRGC Quds Force general Qasem"
            " Soleimani in Los Angeles."
        ).mention("grandniece", DAY, "IRNCVL", id="the second relative shares the of-phrase"),
        Text("The son of Russian defence minister Andrei Belousov opened a bakery.").mention(
            "son", DAY, "RUSCVL", id="a minister's son"
        ),
        Text("Zelensky met the wives of the Azov fighters in Kyiv.").mention(
            "wives", "2022-05-07", "UKRCVL", id="soldiers' wives are no soldiers"
        ),
        Text("Zelensky met the wives of the Azov fighters in Kyiv.").mention(
            "Azov", "2022-05-07", "UKRMIL", id="Azov is a Ukrainian unit, not a rebel group"
        ),
    ]
)


test_group_words_of_one_state = mention_table(
    [
        Text(
            "Australia will monitor returns from the camps, and the intelligence community"
            " warns of risks."
        ).mention("community", DAY, "AUSSPY", id="the intelligence community"),
        Text("The order gives more power over schools to parents and local governments.").mention(
            "governments", DAY, "USAGOV", source=WHITE_HOUSE, id="local governments"
        ),
        Text(
            "Gunmen abduct five village chiefs in Kenya's Mandera County near the border."
        ).mention("chiefs", DAY, "KENGOV", id="village chiefs"),
        Text(
            "The government in Hanoi promises schools in the languages of ethnic minorities."
        ).mention("minorities", DAY, "VNMCVL", id="ethnic minorities"),
    ]
)


test_a_unit_word_takes_its_owner_force = mention_table(
    [
        Text(
            "The Philippine National Police announces the detention of four of its officers."
        ).mention("officers", DAY, "PHLCOP", id="its officers: the police's"),
        Text("The company said its officers had resigned.").mention(
            "officers", DAY, None, id="a company's officers are no force"
        ),
    ]
)

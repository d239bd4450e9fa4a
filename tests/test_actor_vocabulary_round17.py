"""People and group nouns of round 17 (session 11): words for people the resolver answered
"not an actor mention" ("crew", "fatalities", "schoolteachers", "hospital workers"), their sector by
role (guide A4: medical professionals MED; students, teachers and scientists EDU; displaced
people REF), and "communities", a plain word for people coded from its context as "people"
is, while "the international community" stays nobody. Rows:
`Text(text).mention(word, day, expected)` (None: no code), read as the coder reads an
article."""

from __future__ import annotations

from actor_helpers import WHITE_HOUSE, Text, mention_table

DAY = "2025-06-10"


test_new_people_words_take_their_sector = mention_table(
    [
        Text("Hospital workers in Nairobi, Kenya, walk out over unpaid wages.").mention(
            "workers", DAY, "KENMED", id="hospital workers are MED"
        ),
        Text("Schoolteachers in Lyon, France, walk out over pay.").mention(
            "Schoolteachers", DAY, "FRAEDU", id="teachers are EDU"
        ),
        Text("Russian scientists launch a research satellite from Baikonur.").mention(
            "scientists", DAY, "RUSEDU", id="scientists are EDU"
        ),
        Text("Paediatricians in Gaza say the hospital has run out of fuel.").mention(
            "Paediatricians", DAY, "PSEMED", id="a medical speciality is MED"
        ),
        Text("Floods in Sindh, Pakistan, leave displaced families without shelter.").mention(
            "families", DAY, "PAKREF", id="displaced families are REF"
        ),
    ]
)


test_crews_victims_and_kin_are_people = mention_table(
    [
        Text("The crew of a Thai cargo ship is rescued off Phuket, Thailand.").mention(
            "crew", DAY, "THACVL", id="a crew of no force is CVL"
        ),
        Text("Police in Oaxaca, Mexico, say the fatalities include two children.").mention(
            "fatalities", DAY, "MEXCVL", id="fatalities where the sentence is"
        ),
        Text("Two crewmen of a trawler are missing off Phuket, Thailand.").mention(
            "crewmen", DAY, "THACVL", id="crewmen"
        ),
        Text("The stepson of a Kenyan farmer is arrested in Nakuru, Kenya.").mention(
            "stepson", DAY, "KENCVL", id="kin"
        ),
    ]
)


test_communities_are_people_of_their_context = mention_table(
    [
        Text("Tribal communities were hit hard by the pandemic, the President said.").mention(
            "communities", DAY, "USACVL", source=WHITE_HOUSE, id="a release's communities"
        ),
        Text("Flooding cuts off communities in Limpopo, South Africa.").mention(
            "communities", DAY, "ZAFCVL", id="communities of a place in their phrase"
        ),
        Text("The international community condemns the attack on the port.").mention(
            "community", DAY, None, id="the international community stays nobody"
        ),
    ]
)


test_words_left_out_stay_nobody = mention_table(
    [
        Text("Kenya and Uganda form a volunteer movement to plant trees.").mention(
            "movement", DAY, None, id="volunteer as a modifier codes nobody"
        ),
        Text("The city has a population of three million.").mention(
            "population", DAY, None, id="a population that is a count"
        ),
    ]
)

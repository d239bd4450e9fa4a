"""Named actors the news of 2025-2026 reports that the knowledge base lacked (round 16).

New office holders of 2025-2026 and the ones they replaced, US governors and Canadian premiers,
parties, news media, gangs and named legislatures: each row is a sentence of our own, read as
the coder reads an article, and the code its named mention gets on that day. Dates matter: an
office that ended makes its holder a former one (ELI); before a new office, the role the base
lists for those days (Magyar led the opposition before he led the government)."""

from __future__ import annotations

from actor_helpers import KREMLIN, STATE, Text, mention_table

from eventwire.actors.kb import load_kb

# Office holders who took office in 2025-2026.
test_new_office_holders_of_2025_and_2026 = mention_table(
    [
        Text("Prime Minister Andy Burnham met union leaders in London.").mention(
            "Burnham", "2026-08-10", "GBRGOV", id="Burnham, British prime minister"
        ),
        Text("Mojtaba Khamenei said the strait would stay closed.").mention(
            "Khamenei", "2026-05-01", "IRNGOV", id="Mojtaba Khamenei, supreme leader"
        ),
        Text("Iraq's new prime minister Ali al-Zaidi visited Tehran.").mention(
            "Zaidi", "2026-06-01", "IRQGOV", id="al-Zaidi, Iraqi prime minister"
        ),
        Text("Delcy Rodríguez signed a decree on oil exports.").mention(
            "Rodríguez", "2026-03-01", "VENGOV", id="Rodríguez, acting president"
        ),
        Text("Péter Magyar promised to unfreeze the European funds.").mention(
            "Magyar", "2026-06-01", "HUNGOV", id="Magyar, Hungarian prime minister"
        ),
        Text("Nasry Asfura met the Taiwanese envoy in Tegucigalpa.").mention(
            "Asfura", "2026-02-01", "HNDGOV", id="Asfura, Honduran president"
        ),
        Text("Andrej Babiš named his cabinet.").mention(
            "Babiš", "2025-12-15", "CZEGOV", id="Babiš, Czech prime minister again"
        ),
        Text("Commander-in-chief Mykhailo Drapatyi visited the front near Pokrovsk.").mention(
            "Drapatyi", "2026-08-01", "UKRMIL", id="Drapatyi, Ukrainian commander-in-chief"
        ),
    ]
)

# The same people on days when their office had ended, or had not begun.
test_roles_that_ended_or_had_not_begun = mention_table(
    [
        Text("Keir Starmer spoke at a rally in Manchester.").mention(
            "Starmer", "2026-08-10", "GBRELI", id="Starmer after he resigned"
        ),
        Text("Keir Starmer spoke at a rally in Manchester.").mention(
            "Starmer", "2026-05-10", "GBRGOV", id="Starmer while prime minister"
        ),
        Text("Ali Khamenei addressed the nation on television.").mention(
            "Khamenei", "2025-06-20", "IRNGOV", id="Ali Khamenei while supreme leader"
        ),
        Text("A vigil for Ali Khamenei was held in Karachi.").mention(
            "Khamenei", "2026-03-06", "IRNELI", id="Ali Khamenei after his death"
        ),
        Text("Viktor Orbán conceded the election.").mention(
            "Orbán", "2026-06-01", "HUNELI", id="Orbán after the 2026 election"
        ),
        Text("Nicolás Maduro appeared before a court in New York.").mention(
            "Maduro", "2026-02-01", "VENELI", id="Maduro after he was taken"
        ),
        Text("Gustavo Petro criticised the deportation flights.").mention(
            "Petro", "2026-08-20", "COLELI", id="Petro after his term"
        ),
        Text("Abelardo de la Espriella held a rally in Medellín, Colombia.").mention(
            "Espriella", "2026-08-20", "COLGOV", id="de la Espriella once president"
        ),
        # Before the new office: the role the base lists for those days.
        Text("Péter Magyar led a march in Budapest.").mention(
            "Magyar", "2025-10-23", "HUNOPP", id="Magyar while leading the opposition"
        ),
        Text("Tarique Rahman spoke to supporters from London.").mention(
            "Rahman", "2025-06-01", "BGDOPP", id="Tarique Rahman before he took office"
        ),
    ]
)

# Classes of named actors the base now has: governors and premiers, European leaders,
# parties, media, gangs, named legislatures, US combatant commands, church heads.
test_named_bodies_and_people_of_new_classes = mention_table(
    [
        Text("Governor Greg Abbott sent the National Guard to the border.").mention(
            "Abbott", "2025-03-01", "USAGOV", id="a US governor"
        ),
        Text("Brian Kemp declared a state of emergency before the storm.").mention(
            "Kemp", "2024-09-25", "USAGOV", id="the governor of Georgia is American"
        ),
        Text("David Eby asked Ottawa for help with the wildfires.").mention(
            "Eby", "2025-07-01", "CANGOV", id="a Canadian premier"
        ),
        Text("Zuzana Čaputová signed the bill into law.").mention(
            "Čaputová", "2021-06-01", "SVKGOV", id="Slovak president"
        ),
        Text("Grand Duke Henri opened the session in Luxembourg.").mention(
            "Henri", "2024-10-01", "LUXGOV", id="the grand duke"
        ),
        Text("Fidesz lost its majority in parliament.").mention(
            "Fidesz", "2026-04-13", "PTYFID", id="a Hungarian party"
        ),
        Text("Hyundai halted work at its plant in Georgia after the raid.").mention(
            "Hyundai", "2025-09-08", "MNCHYU", id="a Korean company"
        ),
        Text("CNBC reported that oil prices fell.").mention(
            "CNBC", "2026-06-30", "USAJRN", id="American news channel"
        ),
        Text("Police arrested members of the Tren de Aragua in Santiago.").mention(
            "Aragua", "2025-05-01", "VENCRM", id="a Venezuelan gang abroad"
        ),
        Text("CENTCOM said its forces intercepted two drones.").mention(
            "CENTCOM", "2026-05-31", "USAMIL", id="a US combatant command"
        ),
        Text("The House of Peoples' Representatives approved the budget.").mention(
            "House", "2026-07-01", "ETHLEG", id="Ethiopia's lower house"
        ),
        Text("Patriarch Kirill blessed the troops.").mention(
            "Kirill", "2022-03-01", "RUSREL", source=KREMLIN, id="the Moscow patriarch"
        ),
        Text("Assistant Secretary Noyes will travel to Warsaw.").mention(
            "Noyes", "2022-04-11", "USAGOV", source=STATE, id="a US assistant secretary"
        ),
    ]
)


def test_offices_that_changed_in_2026_hand_over_on_the_day():
    """The outgoing and incoming holders of an office meet on the hand-over day."""
    kb = load_kb()
    outgoing = {r.person_id: r for r in kb.people if r.role == "prime minister"}
    assert outgoing["keir-starmer"].end == "2026-07-20"
    incoming = [r for r in kb.people if r.person_id == "andy-burnham"]
    assert [r.start for r in incoming if r.role == "prime minister"] == ["2026-07-20"]

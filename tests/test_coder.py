"""The coder on sentences written for these tests: one behaviour a test."""

from __future__ import annotations

import pytest


def events_of(coder, text: str, date: str = "2023-03-17"):
    return coder.code_text(text, date=date)


def find(events, plover_type: str):
    return [e for e in events if e.plover.type == plover_type]


def test_passive_voice_gives_the_agent_as_source(coder):
    (e,) = find(events_of(coder, "Kyiv was attacked by Russian forces on Monday."), "ASSAULT")
    assert e.source.country == "RUS" and e.source.sector == "MIL"
    assert e.target.country == "UKR"
    assert (e.date, e.date_precision) == ("2023-03-13", "day")


def test_metonyms_and_titles_resolve(coder):
    events = events_of(coder, "The Kremlin condemned the sanctions imposed by Washington.")
    (accuse,) = find(events, "ACCUSE")
    assert accuse.source.code == "RUSGOV"
    assert accuse.target.code == "USAGOV"


def test_conjoined_actors_give_rows_sharing_a_group(coder):
    events = find(events_of(coder, "France and Germany condemned Iran."), "ACCUSE")
    assert {e.source.country for e in events} == {"FRA", "DEU"}
    assert len({e.group_id for e in events}) == 1 and events[0].group_id is not None


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia did not attack Ukraine.", "negated"),
        ("Russia denied attacking Ukraine.", "negated"),
        ("Russia will attack Ukraine.", "future"),
        ("Russia plans to attack Ukraine.", "future"),
        ("If talks fail, Russia could attack Ukraine.", "hypothetical"),
        ("Russia would attack Ukraine.", "hypothetical"),
        ("Russia attacked Ukraine.", "asserted"),
        # a cause or circumstance the sentence takes as having happened keeps its own mood
        ("Talks did not resume after the Russian attack on Ukraine.", "asserted"),
        ("Grain did not reach Odesa because of the Russian attack on Ukraine.", "asserted"),
        ("Russia will not attack Ukraine despite the drills.", "negated"),
    ],
)
def test_modality_of_an_attack(coder, text, modality):
    (e,) = find(events_of(coder, text), "ASSAULT")
    assert e.modality == modality


def test_urging_to_meet_is_a_request_and_a_requested_meeting(coder):
    text = "Turkish President Recep Tayyip Erdogan urged Putin to meet Zelensky."
    events = events_of(coder, text, date="2022-03-10")
    (req,) = find(events, "REQUEST")
    assert (req.source.code, req.target.code) == ("TURGOV", "RUSGOV")
    (meet,) = find(events, "CONSULT")
    assert (meet.source.code, meet.target.code, meet.modality) == ("RUSGOV", "UKRGOV", "requested")


def test_statement_is_attributed_to_its_speaker_with_cue_and_content(coder):
    text = (
        "Chinese Foreign Minister Wang Yi said on Tuesday that Beijing rejected the accusation. "
        '"We oppose any sanctions," he told reporters.'
    )
    events = events_of(coder, text, date="2021-03-23")
    for e in events:
        assert e.attribution is not None
        assert e.attribution.speaker.code == "CHNGOV"
        content = e.attribution.content
        assert text[content.start : content.end] == content.text
        assert content.start <= e.trigger.start < content.end
    assert any(e.attribution.direct for e in events)


def test_roles_follow_the_article_date(coder):
    text = "President Trump criticised China."
    by_year = {}
    for day in ("2018-06-01", "2022-06-01", "2025-06-01"):
        (e,) = find(events_of(coder, text, date=day), "ACCUSE")
        by_year[day[:4]] = e.source.code
    assert by_year["2018"] == "USAGOV" and by_year["2025"] == "USAGOV"
    assert by_year["2022"] != "USAGOV"


def test_month_without_year_takes_the_latest_before_the_article(coder):
    (e,) = find(events_of(coder, "In December, Japan criticised China.", "2023-03-17"), "ACCUSE")
    assert (e.date, e.date_precision) == ("2022-12", "month")


def test_evidence_spans_index_the_text(coder):
    text = "Iranian forces seized a British tanker in the Strait of Hormuz."
    events = events_of(coder, text)
    assert events
    for e in events:
        for actor in (e.source, e.target):
            if actor is not None:
                assert text[actor.start : actor.end] == actor.text
        assert text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.goldstein == pytest.approx(e.goldstein)
        assert e.quad_class in {1, 2, 3, 4}


def test_claims_are_reported_not_asserted(coder):
    (e,) = find(events_of(coder, "Kyiv claimed that Russia attacked Kharkiv."), "ASSAULT")
    assert e.modality == "reported"
    assert e.attribution is not None and e.attribution.speaker.country == "UKR"


@pytest.mark.parametrize(
    ("text", "plover_type", "cameo"),
    [
        ("Russia agreed to withdraw its troops from Kherson.", "AGREE", "0356"),
        ("Iran refused to release the tanker.", "REJECT", "1243"),
        ("North Korea threatened to strike Guam.", "THREATEN", "138"),
        ("Moscow promised to hold talks with Kyiv.", "AGREE", "036"),
    ],
)
def test_governing_verbs_fold_the_inner_event(coder, text, plover_type, cameo):
    events = events_of(coder, text)
    assert [(e.plover.type, e.cameo.code) for e in events] == [(plover_type, cameo)]
    assert events[0].modality == "asserted"


def test_official_releases_speak_for_their_own_state(coder):
    from eventwire.records import Article

    text = "The President condemned the attack on the embassy."
    article = Article(
        id="r1", text=text, date="2022-03-01", source="President of Russia (en.kremlin.ru)"
    )
    (e,) = find(coder.code_doc(article, coder.nlp(text)), "ACCUSE")
    assert e.source.code == "RUSGOV"
    (plain,) = find(coder.code_text(text, date="2022-03-01"), "ACCUSE")
    assert plain.source.country is None  # a wire story does not say whose president


def test_an_event_told_twice_is_one_record_with_two_mentions(coder):
    text = "Russia attacked Kharkiv. Officials said Russia attacked Kharkiv with drones."
    (e,) = find(events_of(coder, text), "ASSAULT")
    assert e.num_mentions == 2
    assert [m["sentence_index"] for m in e.mentions] == [0, 1]
    for m in e.mentions:
        trig = m["trigger"]
        assert text[trig["start"] : trig["end"]] == trig["text"]
        assert text[m["source"]["start"] : m["source"]["end"]] == "Russia"


def test_nobody_is_no_actor_and_spokespeople_speak_for_their_body(coder):
    events = events_of(coder, "No party condemned the Iranian military command spokesperson.")
    (e,) = find(events, "ACCUSE")
    assert e.source is None
    assert (e.target.country, e.target.sector) == ("IRN", "MIL")


@pytest.mark.parametrize(
    ("text", "plover_type", "modality"),
    [
        ('"We will impose sanctions on Russia," Biden said.', "THREATEN", "asserted"),
        ("The opposition said it will boycott the elections.", "THREATEN", "asserted"),
        ("Russia will attack Ukraine.", "ASSAULT", "future"),  # a forecast, not a threat
    ],
)
def test_announcing_ones_own_coercion_is_a_threat(coder, text, plover_type, modality):
    (e,) = events_of(coder, text, date="2024-06-01")
    assert (e.plover.type, e.modality) == (plover_type, modality)


@pytest.mark.parametrize(
    ("text", "plover_type", "source"),
    [
        # A commitment to an act the lexicon does not know is still an AGREE.
        ("Norway agreed to share satellite data with Kenya.", "AGREE", "NOR"),
        ("Peru is willing to withdraw its troops from the border zone.", "AGREE", "PER"),
        # "will not" + anything is a stated refusal, asserted now.
        ("Chile said it will not accept the new fishing rules.", "REJECT", "CHL"),
        ("Serbia refused to hand over the documents.", "REJECT", "SRB"),
    ],
)
def test_the_stance_is_the_event_when_its_content_is_unknown(coder, text, plover_type, source):
    found = find(events_of(coder, text), plover_type)
    assert found, [(e.cameo.code, e.plover.type) for e in events_of(coder, text)]
    assert found[0].source.country == source and found[0].modality == "asserted"


def test_saying_another_party_must_act_is_a_request_to_it(coder):
    events = events_of(coder, "Turkey said Greece must halt its naval exercises near Crete.")
    (request,) = find(events, "REQUEST")
    assert (request.source.country, request.target.country) == ("TUR", "GRC")
    assert request.modality == "asserted" and "must" in request.trigger.text
    # The demanded act itself did not happen: it is requested.
    assert all(e.modality == "requested" for e in events if e is not request)


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Britain imposed sanctions on Belarus.", "COERCE"),  # translation table, PLV
        ("Turkey suspended flights to Armenia.", "SANCTION"),  # cutting an exchange
        ("A court in Oslo convicted two Russian agents of spying.", "ACCUSE"),  # verdict
        ("Rebel forces captured the town of Bor from the army.", "ASSAULT"),  # CAMEO 19
        ("Iran launched cyber attacks on Israel.", "ASSAULT"),
    ],
)
def test_plover_types_follow_the_labelled_conventions(coder, text, plover_type):
    assert find(events_of(coder, text), plover_type), [
        (e.cameo.code, e.plover.type) for e in events_of(coder, text)
    ]


def test_failing_to_reach_a_deal_is_a_rejection(coder):
    events = events_of(coder, "Peru and Chile failed to reach agreement on fishing rights.")
    assert {e.source.country for e in find(events, "REJECT")} == {"PER", "CHL"}
    assert not find(events, "SUPPORT")  # no deal was signed


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Several EU states called for sanctions against Moscow.", "Moscow"),
        ("The FBI opened an investigation of Senator Blake.", "Senator Blake"),
        ("A court in Paris convicted the bank to pay a large fine.", "the bank"),
    ],
)
def test_the_act_named_by_the_object_gives_the_target(coder, text, target):
    events = events_of(coder, text)
    assert any(e.target is not None and e.target.text == target for e in events), [
        (e.cameo.code, e.target and e.target.text) for e in events
    ]


def test_a_doer_named_earlier_in_the_sentence_is_the_evidence_not_the_pronoun(coder):
    text = "The ELN said it will release two soldiers held since May."
    (agree,) = find(events_of(coder, text), "AGREE")
    assert agree.source.text == "The ELN"
    assert text[agree.source.start : agree.source.end] == "The ELN"


def test_a_quote_elsewhere_in_the_sentence_is_not_the_reported_clause(coder):
    text = (
        'Callers to the "Morning Hour" radio show said the ministers had misled '
        "parliament about the deal."
    )
    doc = coder.nlp(text)
    doc.user_data["eventwire_text"] = text
    from eventwire.events.attribution import find_cues

    (cue,) = find_cues(doc, list(doc.sents))
    assert text[cue.content_start : cue.content_end].startswith("the ministers had misled")
    assert not cue.direct


def test_calling_someone_to_do_something_is_that_act_towards_them(coder):
    text = "On Monday, Chancellor Olaf Scholz called President Macron to discuss the energy crisis."
    (talk,) = find(events_of(coder, text, date="2022-09-07"), "CONSULT")
    assert (talk.source.code, talk.target.code) == ("DEUGOV", "FRAGOV")
    text = "On Nov. 18, NATO Secretary General Jens Stoltenberg called Erdogan to apologize."
    (apology,) = find(events_of(coder, text, date="2017-11-20"), "SUPPORT")
    assert apology.source.code == "IGONAT" and apology.target.country == "TUR"
    assert apology.modality == "asserted"  # done on the call, not asked for
    assert not find(events_of(coder, text, date="2017-11-20"), "REQUEST")  # "On Nov." is a date


def test_troops_sent_as_peacekeepers_are_aid_not_a_show_of_force(coder):
    text = "Ireland is sending 300 soldiers to Lebanon to join the UN peacekeeping mission."
    events = events_of(coder, text)
    assert find(events, "AID") and not find(events, "MOBILIZE")
    text = "Ireland is sending 300 soldiers to the border with Lebanon."
    assert not find(events_of(coder, text), "AID")


def test_an_event_in_a_following_clause_keeps_its_own_date(coder):
    text = (
        "The Ukrainian government declares April 6 as a day of mourning following "
        "yesterday's Russian missile strike on Sumy, Ukraine."
    )
    events = events_of(coder, text, date="2025-04-05")
    (strike,) = find(events, "ASSAULT")
    assert (strike.date, strike.date_precision) == ("2025-04-04", "day")  # not April 6


def test_recipient_after_to_in_a_giving_pattern(coder):
    (aid,) = find(events_of(coder, "The U.S. military gave medical equipment to Nicaragua."), "AID")
    assert aid.source.code == "USAMIL" and aid.target.country == "NIC"
    (loan,) = find(events_of(coder, "Australia lent $1 billion to Indonesia."), "AID")
    assert loan.target.country == "IDN"  # the recipient, not the money


def test_a_joint_act_of_conjoined_doers_is_between_them(coder):
    events = find(
        events_of(coder, "Canada and Costa Rica agreed to start negotiations on a trade deal."),
        "AGREE",
    )
    assert {(e.source.country, e.target.country) for e in events} == {
        ("CAN", "CRI"),
        ("CRI", "CAN"),
    }
    # Not for acts each does alone to a third party.
    events = find(events_of(coder, "France and Germany condemned Iran."), "ACCUSE")
    assert {e.target.country for e in events} == {"IRN"}


def test_a_place_is_the_recipient_of_coercion_done_there(coder):
    (e,) = find(
        events_of(coder, "Bolivian authorities declared a state of siege in Pando."), "COERCE"
    )
    assert e.target.text == "Pando"


def test_a_counted_phrase_names_the_people_counted(coder):
    (e,) = find(events_of(coder, "Venezuela released dozens of political activists."), "RETREAT")
    assert e.target.text == "political activists"


def test_a_time_phrase_is_never_a_recipient(coder):
    (e,) = find(
        events_of(coder, "The United States lifted its sanctions against Sudan on Friday."),
        "RETREAT",
    )
    assert e.target.country == "SDN"


def test_a_light_verb_carries_the_act_its_object_names(coder):
    (e,) = find(events_of(coder, "Russian forces carried out strikes on Kharkiv."), "ASSAULT")
    assert e.source.code == "RUSMIL" and e.trigger.text.startswith("carried out")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # reported speech moves "will" to "would": still what the speaker announced
        ("Putin said Russian troops would attack Kyiv.", "future"),
        ("Putin said Russian troops would attack Kyiv if NATO intervened.", "hypothetical"),
        ('"Russian troops would attack Kyiv," Putin said.', "hypothetical"),
    ],
)
def test_would_in_reported_speech_is_the_reported_future(coder, text, modality):
    (e,) = find(events_of(coder, text), "ASSAULT")
    assert e.modality == modality


def test_an_announced_boycott_of_a_meeting_is_a_threat(coder):
    (e,) = find(
        events_of(coder, "The Nigerian government announced it would boycott the summit."),
        "THREATEN",
    )
    assert e.cameo.code == "1312" and e.source.code == "NGAGOV"


def test_named_doers_unknown_to_the_knowledge_base_are_kept_uncoded(coder):
    text = "The Hunger Relief Network delivered food aid to Nigeria."
    (e,) = find(events_of(coder, text), "AID")
    assert e.source.text == "The Hunger Relief Network" and e.source.code is None
    assert e.target.country == "NGA"


def test_actors_the_caller_marks_count_as_actors(coder):
    from eventwire.records import Article

    text = "The local chess club asked the hall managers for a meeting."
    assert not events_of(coder, text)  # nobody known: no record
    club, managers = (
        (text.index("The local"), text.index(" asked")),
        (
            text.index("the hall"),
            text.index(" for a"),
        ),
    )
    ((_, events),) = list(coder.code_marked([(Article(id="m", text=text), [club], [managers])]))
    (e,) = events
    assert e.plover.type == "REQUEST" and e.source.code is None
    assert (e.source.start, e.target.start) == (club[0], managers[0])


def test_an_announced_act_is_coded_as_the_act(coder):
    (e,) = events_of(coder, "Denmark announced a suspension of aid to Egypt.")
    assert e.plover.type == "SANCTION" and e.cameo.code == "162"
    assert (e.source.country, e.target.country) == ("DNK", "EGY")


def test_joint_drills_of_several_forces_are_cooperation(coder):
    events = events_of(coder, "The war game was staged by U.S. marines and Jordanian armed forces.")
    assert {e.plover.type for e in events} == {"COOPERATE"}
    assert {(e.source.country, e.target.country) for e in events} == {
        ("USA", "JOR"),
        ("JOR", "USA"),
    }


def test_the_purpose_of_aid_names_its_recipient(coder):
    (e,) = events_of(
        coder, "The United States provided $1.7 billion in assistance to support Syrian refugees."
    )
    assert e.plover.type == "AID" and e.target.text == "Syrian refugees"


def test_a_dateline_is_not_the_doer(coder):
    (e,) = find(
        events_of(coder, "TIRANA, Albania (AP) -- Albania's parliament criticized President Meta."),
        "ACCUSE",
    )
    assert e.source.text == "Albania's parliament" and e.source.sector == "LEG"


def test_it_in_what_a_group_said_is_the_group(coder):
    (e,) = events_of(coder, "The Zarqa Brigade has said it will release the two hostages.")
    assert e.source.text == "The Zarqa Brigade" and e.plover.type == "AGREE"


def test_a_failure_to_agree_is_between_the_conjoined_sides(coder):
    events = events_of(
        coder, "The United States and South Korea failed to reach agreement on a trade deal."
    )
    assert {(e.source.country, e.target.country) for e in find(events, "REJECT")} == {
        ("USA", "KOR"),
        ("KOR", "USA"),
    }


def test_what_is_supported_for_someone_names_the_recipient(coder):
    (e,) = events_of(coder, "The government supported economic assistance to the Palestinians.")
    assert e.target.text == "the Palestinians"


def test_a_refusal_is_aimed_at_whoever_must_act_first(coder):
    (e,) = find(
        events_of(coder, "Obama said he will not lift the embargo until Cuba undertakes reforms."),
        "REJECT",
    )
    assert e.source.country == "USA" and e.target.country == "CUB"


def test_a_refused_act_names_the_recipient(coder):
    (e,) = find(
        events_of(coder, "Russia refused to allow two EU airlines to land in the country."),
        "REJECT",
    )
    assert e.target.text in "two EU airlines"  # the airlines, or the EU they belong to


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # an authority's order is the act itself, done to the one ordered
        (
            "Uruguay's military government ordered the newspaper Opinar to suspend publication.",
            "172",
            "the newspaper Opinar",
        ),
        # an order to another state is a demand of it
        ("Biden ordered Iran to release the sailors.", "100", "Iran"),
    ],
)
def test_an_order_is_the_act_or_a_demand(coder, text, cameo, target):
    events = events_of(coder, text)
    assert any(e.cameo.code == cameo and e.target.text == target for e in events)


def test_calling_a_named_leader_is_a_phone_call_but_name_calling_is_not(coder):
    (e,) = events_of(
        coder, "President Rivlin called Ethiopian President Sahle-Work Zewde on Friday."
    )
    assert e.cameo.code == "041" and e.target.country == "ETH"
    assert not find(events_of(coder, "Trump called the ambassador a very stupid guy."), "CONSULT")


def test_saying_someone_is_responsible_accuses_them(coder):
    text = "The Afghan government said Taliban militants were responsible."
    (e,) = events_of(coder, text, date="2019-05-01")  # before the Taliban took power
    assert e.plover.type == "ACCUSE" and (e.source.code, e.target.code) == ("AFGGOV", "REBTLB")


def test_an_airstrike_that_killed_takes_its_doer(coder):
    events = events_of(coder, "A U.S. military airstrike has killed a worker in Somalia.")
    assert {e.source.country for e in events} == {"USA"}


def test_coordinated_nationalities_are_separate_actors(coder):
    events = events_of(coder, "Russian and Chinese warships held joint drills.")
    assert {(e.source.code, e.target.code) for e in events} == {
        ("RUSMIL", "CHNMIL"),
        ("CHNMIL", "RUSMIL"),
    }
    events = events_of(coder, "French and German troops attacked the town.")
    assert {e.source.code for e in events} == {"FRAMIL", "DEUMIL"}


def test_a_place_never_replaces_people_acted_on(coder):
    (e,) = events_of(coder, "Germany agreed to host the refugees in Berlin.")
    assert e.target.text == "the refugees"
    (e,) = events_of(coder, "Punjab government imposed blockades in Lahore.")
    assert e.target.text == "Lahore"


def test_an_agentless_passive_clause_does_not_borrow_a_doer(coder):
    text = (
        "The agency will pause the evacuation after Iran objected to the plan and after a "
        "vessel was attacked near Oman."
    )
    events = events_of(coder, text)
    assert not find(events, "ASSAULT") and not find(events, "THREATEN")
    (objection,) = events
    assert objection.modality == "asserted"  # it happened, whatever "will pause" says


def test_circumstances_do_not_choose_what_a_verb_is_about(coder):
    text = (
        "The United States announces that it will resume consular services in Lahore after "
        "protests, including an attack on the consulate."
    )
    assert not find(events_of(coder, text), "THREATEN")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three civilians die in airstrikes carried out by the Myanmar military.", "MMRMIL"),
        ("The toll from drone strikes launched by the Russian army has risen to 12.", "RUSMIL"),
    ],
)
def test_an_attack_carried_out_by_someone_has_them_as_its_doer(coder, text, source):
    assaults = [e for e in events_of(coder, text, "2025-06-01") if e.plover.type == "ASSAULT"]
    # the attack, and for "die in airstrikes" also the deaths it caused: one doer
    assert assaults and {e.source.code for e in assaults} == {source}


def test_ending_support_for_a_country_cuts_aid_to_it(coder):
    events = events_of(coder, "Hungary has ended all support for Ukraine.", "2026-02-24")
    assert [(e.cameo.code, e.source.code, e.target.code) for e in events] == [("162", "HUN", "UKR")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Four workers are killed when an elevated highway collapses in Cheonan.", False),
        ("Twelve civilians are killed in a flood in Kinshasa.", False),
        ("Three policemen are killed in two attacks in Guanajuato, Mexico.", True),
        ("Ten soldiers are killed as their helicopter crashes after rebels fire at it.", True),
    ],
)
def test_deaths_in_an_accident_or_disaster_are_not_an_attack(coder, text, coded):
    assaults = [e for e in events_of(coder, text, "2025-06-01") if e.plover.type == "ASSAULT"]
    assert bool(assaults) is coded


def test_help_goes_to_whom_it_is_for_not_whom_it_is_against(coder):
    (event,) = events_of(coder, "Germany provided military support for Ukraine against Russia.")
    assert (event.plover.type, event.target.code) == ("AID", "UKR")


@pytest.mark.parametrize(
    ("text", "cameo", "pair"),
    [
        ("A phone call took place between Putin and Erdogan.", "041", ("RUSGOV", "TURGOV")),
        ("Talks were held between Russia and Ukraine in Istanbul.", "040", ("RUSGOV", "UKR")),
    ],
)
def test_an_event_that_took_place_between_two_parties_joins_them(coder, text, cameo, pair):
    (event,) = events_of(coder, text, "2022-06-15")
    assert (event.cameo.code, event.source.code, event.target.code) == (cameo, *pair)


def test_the_day_of_a_strike_is_not_its_doer(coder):
    text = "A market was hit in yesterday's Pakistani airstrikes in Kabul."
    (event,) = events_of(coder, text, "2025-10-16")
    assert event.source.code == "PAKMIL"  # (airstrikes: a state's military, session 12)


def test_a_killing_by_an_attack_by_someone_has_them_as_doer(coder):
    text = "Three civilians were killed by a drone strike by Russian forces in Kyiv."
    killings = [e for e in events_of(coder, text) if e.trigger.text == "killed"]
    assert [e.source.code for e in killings] == ["RUSMIL"]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Hezbollah fighters engaged in clashes with Israeli troops.", "190", "ISRMIL"),
        ("Israel blocked aid convoys to Gaza.", "1623", "PSE"),
    ],
)
def test_fighting_and_blocking_aid_are_not_talks_or_protests(coder, text, cameo, target):
    (event,) = events_of(coder, text, "2025-06-01")
    assert (event.cameo.code, event.target.code) == (cameo, target)


def test_a_timestamp_as_the_article_date_is_read_as_its_day(coder):
    (event,) = coder.code_text(
        "Russia attacked Ukraine yesterday.", date="2021-08-04T19:11:50+00:00"
    )
    assert (event.article_date, event.date) == ("2021-08-04", "2021-08-03")


def test_a_date_that_is_no_day_is_unknown_not_a_crash(coder):
    (event,) = coder.code_text("Russia attacked Ukraine.", date="next spring")
    assert event.article_date is None


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that these threats will not lead to any results.",
        "Sanctions alone will not work, the envoy warned.",
    ],
)
def test_foretelling_an_outcome_is_no_refusal(coder, text):
    # "will not" on a verb of outcome predicts; nobody refuses anything.
    assert not [e for e in events_of(coder, text) if e.plover.type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Officials rejected the report that the army shelled a village.", "shelled", "negated"),
        ("Rebels launched a bid to seize the airport.", "seize", "future"),
        ("Critics repeated the allegation that police beat the students.", "beat", "reported"),
    ],
)
def test_a_nouns_clause_takes_the_nouns_modality(coder, text, trigger, modality):
    # What a claim, bid or report says is not done just because the noun is mentioned.
    events = [e for e in events_of(coder, text) if e.trigger.text.startswith(trigger)]
    assert events and all(e.modality == modality for e in events)

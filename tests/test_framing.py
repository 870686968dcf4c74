"""How a reaction's stance is asked of the model (backlash.framing)."""

from __future__ import annotations

import pytest

from backlash.framing import asked_target, demand_side, plain_side

FEE = "Crestmark Bank's dropping plans to charge £5 a month for its basic current accounts"


@pytest.mark.parametrize(("target", "text", "asked"), [
    (FEE, "the right decision", "Crestmark Bank's decision"),  # judges the undoing
    (FEE, "Good. They listened for once", "Crestmark Bank's decision"),
    (FEE, "A monthly charge would have hit the poorest hardest", FEE),  # names the measure ("monthly": "month")
    ("Crestmark Bank's dropping its new £5 monthly account fee", "Good. They listened for once",
     "Crestmark Bank's decision"),  # a fee the fourth word
    ("Crestmark Bank's dropping its new £5 monthly account fee", "The fee was daylight robbery",
     "Crestmark Bank's dropping its new £5 monthly account fee"),  # the measure named
    ("SkyBridge's canceling more than 400 flights", "I've been stuck here for two days",
     "SkyBridge's canceling more than 400 flights"),  # undoing no measure
    ("Mayor Whitfield's fare hike", "This plan is cruel", "Mayor Whitfield's fare hike"),  # no undoing
    ("St Aldhelm's Academy's dramatic U-turn on puffer jacket ban", "Thank you! My daughter can be warm again",
     "St Aldhelm's Academy's decision"),  # a U-turn is an undoing
    ("St Aldhelm's Academy's dramatic U-turn on puffer jacket ban", "The ban was cruel from the start",
     "St Aldhelm's Academy's dramatic U-turn on puffer jacket ban"),
])
def test_a_reaction_to_a_measures_undoing_is_asked_about_the_decision_unless_it_names_the_measure(
        target, text, asked):
    assert asked_target(target, text) == asked


@pytest.mark.parametrize(("target", "text"), [
    ("Northmark Foods' no longer printing its weekly paper flyer", "Finally, no more flyer in my mailbox"),
    ("Siobhán Garvey's telling parents that pupils will no longer be given homework", "Fair play to the principal"),
])
def test_a_reaction_to_a_deed_told_by_what_will_no_longer_happen_is_asked_about_the_decision(target, text):
    assert asked_target(target, text) == f"{target.split()[0]} {target.split()[1]} decision"


def test_a_deed_told_without_negation_is_asked_as_it_stands():
    target = "Northmark Foods' plan to print a longer weekly flyer"
    assert asked_target(target, "Finally, no more flyer in my mailbox") == target


def test_the_decision_of_a_negated_deed_is_its_whole_owners():
    target = "St Brigid's Hospital's no longer allowing evening visits"
    assert asked_target(target, "About time") == "St Brigid's Hospital's decision"


@pytest.mark.parametrize(("target", "asked"), [
    ("Castlebridge Athletic's freezing adult season ticket prices", "Castlebridge Athletic's decision"),
    ("Ndoro County's suspending daily market levies for flood-hit traders", "Ndoro County's decision"),
    ("Kloofhaven Museum of Art's scrapping Sunday entry fees", "Kloofhaven Museum of Art's decision"),
    ("Shannonside University's freezing rents in all of its on-campus accommodation",
     "Shannonside University's decision"),
    ("Marbrook City Council's vote to end free parking in its car parks",
     "Marbrook City Council's vote to end free parking in its car parks"),  # a benefit ended: as it stands
    ("Morula Foods' reducing the sugar content of its breakfast cereal",
     "Morula Foods' reducing the sugar content of its breakfast cereal"),  # no cost of the public's
])
def test_a_reaction_to_a_deed_that_spares_people_a_cost_is_asked_about_the_decision(target, asked):
    assert asked_target(target, "This is a club that actually listens") == asked


_BRIDGE = "Harwick Council's closing the Old Mill footbridge to cyclists"


@pytest.mark.parametrize(("text", "side"), [
    ("Long overdue. I've been clipped by a bike on that bridge twice this year.", "favor"),
    ("Fair play to the council, they actually listened for once", "favor"),
    ("Finally someone thought about the pedestrians", "favor"),
    ("Every council on the coast should do the same", "favor"),
    ("Good call. Now do the same for the Quay Street crossing", "favor"),
    ("Honestly this should be the norm for every bridge in the county", "favor"),
    ("Shame on the council. Ten minutes added to my commute", "against"),  # the doer by its kind
    ("Great, so I walk round by the weir in the dark now?", "against"),  # praise that opens on what it mocks
    ("Oh brilliant, another detour. Twenty minutes each way.", "against"),
    ("We fully support the closure and hope it stays", "favor"),
    ("The wrong call. Where are we supposed to cross now?", "against"),
    ("Shame on Harwick for this. Ten minutes added to every commute", "against"),
    ("As a cycling club we strongly oppose this footbridge ban", "against"),
    ("The people moaning about this have never been clipped by a bike on it.", "favor"),  # scorn for its critics
    ("To everyone crying about 'access': there are two other bridges within 200 metres.", "favor"),
    ("Those criticising the closure are the same ones who cycle across it at 30 mph.", "favor"),
    ("imagine being mad that cyclists have to walk 40 metres 💀", "favor"),
    ("Give them credit. They could have left it another year.", "favor"),
    ("This is exactly what we've been asking for since 2019", "favor"),
    ("they warned us months ago, respect.", "favor"),
    ("closing it to bikes was genuinely goated, no more near misses", "favor"),
    # a crowd's side the speaker reports, a caveat after "but" kept
    ("members backed the closure but wanted a ramp on the far bank", "favor"),
    ("our riders welcomed the decision, but warned that the detour would need lighting", "favor"),
    ("most residents opposed the plan", "against"),
    # thanks and praise with a mark of irony
    ("Thanks Harwick, well done for ruining my commute", "against"),
    ("Ten extra minutes each way. Thank you, Harwick Council 🙃", "against"),
    ("Great news for everyone who loves a detour in the rain! 🌧️🙃", "against"),
    # the stock phrases of sarcasm
    ("Bikes and prams squeezed onto the road bridge at rush hour. What could possibly go wrong", "against"),
    ("Love paying for a taxi because I can't cycle 200 metres. What a time to be alive", "against"),
    ("Walking my bike over for the privilege of being late. Thanks a lot, Harwick", "against"),
    ("Next up, a toll for pedestrians. Can't wait.", "against"),
    ("Can't wait to pay a toll to walk my own bike across. Well done, Harwick", "against"),
    ("'Safer for everyone.' Sure, Jan.", "against"),
])
def test_a_reaction_that_declares_its_side_in_plain_words(text, side):
    assert plain_side(text, _BRIDGE) == side


@pytest.mark.parametrize("text", [
    "Not the right call in my view, but I get why they did it",  # negated
    "I welcome cyclists on my street any day, but this bridge is too narrow.",  # turned by "but"
    "We support the families who live by the river",  # a side toward people, not the deed
    "Well done, Harwick. The new ramp is a disgrace though.",  # both sides
    "The bridge reopens in March after repairs.",  # no side declared
    "I don't think it's the right call.",  # negated earlier in its clause
    "Not sure this is the right decision for the pubs on the far bank",
    "The right call would have been to add a cycle lane instead.",  # a case never made
    "Long overdue? My kids cycle to school over that bridge.",  # a question
    "'The closure is a disgrace,' said nobody who walks it at night.",  # someone else's words
    "About time the council leader resigned, frankly.",  # someone's going
    "Shame on the drivers who parked on it for years.",  # blame of others
    "Great, so glad they finally fixed the railings.",  # glad: no mockery (and no verdict phrase)
    "I'm with everyone complaining about this one.",  # joins the critics
    "People complaining about the detour have a point.",  # grants them a point
    "Not everyone complaining about it is a cyclist.",  # negated
    "Walked to the far bank for nothing last week. Glad it's sorted.",  # "for nothing" without thanks
    "I can't imagine being angry about a footbridge, honestly.",  # negated
    "With respect, the bridge is wide enough for both.",  # no praise
    "This is not what we've been asking for.",
    "the council had backed the closure",  # the side of another, not of a crowd the speaker tells
    "members backed the idea but opposed the closure",  # turned after "but"
    "Can't wait to walk it with the kids once the ramp is in",  # eager, not flat after a complaint
    "Thanks a lot to the volunteers who repainted the railings",  # thanks that close nothing
])
def test_words_that_declare_no_single_side_of_the_deed(text):
    assert plain_side(text, _BRIDGE) is None



@pytest.mark.parametrize(("text", "speaker", "target", "side"), [
    ("Save our footbridge", "A petition", _BRIDGE, "against"),
    ("Keep the bridge open to bikes", "a banner", _BRIDGE, "against"),
    ("End the bike ban on Harwick bridge", "A petition", _BRIDGE, "against"),
    ("Keep up the good work, Harwick", "a sign", _BRIDGE, None),  # praise, no demand
    ("Save our footbridge", "one cyclist", _BRIDGE, None),  # not a petition's or banner's title
    ("Keep the bridge open to bikes", "A petition", "Harwick Council's reversing its ban on bikes", None),  # met
])
def test_a_petitions_or_banners_demand_is_against_the_deed_it_protests(text, speaker, target, side):
    assert demand_side(text, speaker, target) == side

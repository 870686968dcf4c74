"""How a reaction's stance is asked of the model.

A story of a body undoing its own measure ("Crestmark Bank's dropping plans to charge £5 a month")
has a target whose words pull the model toward `against` whatever the reaction says: "the right
decision" and "Good. They listened for once" read as against "dropping plans to charge £5 ...". A
reaction that does not name the measure's own words judges the undoing, so it is asked about the
owner's decision ("Crestmark Bank's decision"); one that names them ("a monthly charge would hit the
poorest") is asked about the target as it stands (asking it about the measure and turning the answer
over was tried: the model reads "Older people rely on these toilets" as for plans to close them).
Undoing what is not a measure ("cancelling 400 flights", "dropping a rapper from its line-up") is
asked as it stands. A deed told by what will no longer happen ("X's no longer printing its weekly flyer")
reads as against to the model whatever the reaction says ("Good riddance", "Finally, no more flyer"),
so every reaction to it is asked about the owner's decision. So is every reaction to a deed that spares
people a cost ("X's freezing adult season ticket prices", "X's suspending daily market levies"): "freezing"
and "suspending" pull the model to against ("Maplecrest deserved credit for breaking ranks"). A U-turn ("X's
dramatic U-turn on its coat ban") is an undoing too: the model reads "Thank you! My daughter can be warm
again" as none toward the whole phrase (p_favor 0.11) and leans to favor toward "X's decision" (0.44).
"""

from __future__ import annotations

import re

from backlash.extract.lexicon import (
    ACTION_NOUNS,
    BODY_KINDS,
    CROWD_PATTERN,
    CROWD_WORDS,
    DECLARING_VERBS,
    MEASURE_NOUNS,
    REVERSAL_NOUNS,
    UNDOING_GERUNDS,
    VERDICT_PHRASES,
    opens_on_a_measure,
)

_WORD = re.compile(r"[a-z0-9£$%-]+")
# Words a reaction may share with any measure without naming it (the undoing's own: "the right decision").
_COMMON = {"plan", "plans", "decision", "move", "change", "changes", "idea", "proposal", "scheme", "measure",
           "policy", "order", "vote", "deal", "this", "that", "with", "from", "have", "will", "would", "their",
           "they", "them", "about", "which", "been", "were", "what", "more", "than", "when", "into", "over", "just",
           "only", "before", "after"}
STEM = 5  # letters that make two words one ("charge", "charging"; "month", "monthly")


def undone_measure(target: str) -> tuple[str, set[str]] | None:
    """For "X's dropping plans to charge £5 a month": ("X's decision", the stems of the measure's own
    words); None for any other target."""
    words = target.split()
    at = next((i for i, w in enumerate(words) if i > 0 and w.lower() in UNDOING_GERUNDS
               and re.search(r"['’]s?$", words[i - 1])), None)
    # (or its U-turn, an adjective between: "X's dramatic U-turn on its coat ban")
    turn = next((i for i, w in enumerate(words) if w.lower() in REVERSAL_NOUNS and any(
        re.search(r"['’]s?$", v) for v in words[max(0, i - 2):i])), None)
    if at is None and turn is not None:
        owner = max(j for j in range(max(0, turn - 2), turn) if re.search(r"['’]s?$", words[j]))
        own = {w[:STEM] for w in _WORD.findall(" ".join(words[turn + 1:]).lower()) if _telling(w)}
        return f"{' '.join(words[:owner + 1])} decision", own
    if at is None or not opens_on_a_measure(words[at + 1:]):
        return None
    own = {w[:STEM] for w in _WORD.findall(" ".join(words[at + 1:]).lower()) if _telling(w)}
    return f"{' '.join(words[:at])} decision", own


def negated_deed(target: str) -> str | None:
    """For a deed told by what will no longer happen ("X's no longer printing its weekly flyer", "X's
    telling parents that pupils will no longer be given homework"): "X's decision"; else None."""
    owner = re.match(r"(.+?['’]s?)\s+(?:no longer\b|\w+ing\b)", target)  # ("St Brigid's Hospital's no longer ...")
    return f"{owner.group(1)} decision" if owner and re.search(r"\bno longer\b", target) else None


# A deed that spares people a cost: "X's freezing adult season ticket prices", "X's suspending daily market levies"
_SPARING = re.compile(
    r"(.+?['’]s?)\s+(?:freezing|suspending|waiving|scrapping|cutting|reducing|lowering|abolishing|halving|capping|"
    r"removing|dropping|axing|slashing)\s+(?:\S+\s+){0,6}?(?:fees?|levies|levy|prices?|rents?|fares?|charges?|tax|"
    r"taxes|tolls?|tariffs?|rates|fines|costs|bills|tuition|premiums?|surcharges?|duty|duties)\b", re.I)


def spared_cost(target: str) -> str | None:
    """For a deed that spares people a cost ("X's freezing rents in all of its halls"): "X's decision"; else
    None."""
    spared = _SPARING.match(target)
    return f"{spared.group(1)} decision" if spared else None


def asked_target(target: str, text: str) -> str:
    """The target to ask the model about a reaction's `text`."""
    if negated := negated_deed(target):
        return negated
    undone = undone_measure(target)
    if undone is None:
        return spared_cost(target) or target
    decision, own = undone
    return target if own & {w[:STEM] for w in _WORD.findall(text.lower()) if _telling(w)} else decision


_ADVERB = r"(?:(?:\w+ly|just|also|still|do|really|all|now)\s+)?"  # "We fully support", "I do oppose"
_PLAIN = [(side, re.compile(rf"\b{phrase}\b"), False)
          for side, phrases in VERDICT_PHRASES.items() for phrase in phrases]
_PLAIN += [(side, re.compile(rf"\b(?:i|we)(?:['’]m|['’]re| am| are)?\s+{_ADVERB}(?:{'|'.join(verbs)})\b"), True)
           for side, verbs in DECLARING_VERBS.items()]
_NEGATED = re.compile(r"\b(?:not|no|never|nothing|hardly|nobody)\b|n['’]t\b")
_OWN = {"this", "it", "that", "these"}
# Marks of irony, which turn thanks and praise over ("Thank you for nothing", "Well done for ruining it 🙃"): what
# they mark is a complaint (in the 2,133 labelled news reactions, 36 of the 36 so marked are against)
_IRONY = re.compile(r"🙃|🙄|😒|🤡|(?<!\w)/s\b|\bthank(?:s| you)\b[^.!?]{0,30}\bfor nothing\b"
                    r"|\bfor (?:ruining|destroying|wrecking|killing)\b|\boh wait\b"
                    r"|\b(?:yeah|oh) (?:very )?(?:right|great|good|brilliant|wonderful|fantastic|lovely|perfect)\b"
                    # (the stock phrases of sarcasm: "What could possibly go wrong", "What a time to be alive", "pay
                    # for the privilege of", "Love paying more ...", "Can't wait to pay $55 ...", "Sure, Jan", "Thanks a
                    # lot, council" closing a complaint, and a flat "Can't wait." after one: "Next up, a coin slot on
                    # the seatbelt. Can't wait.")
                    r"|\b(?:what|nothing) could possibly go wrong\b|\bwhat could go wrong\b|\bwhat a time to be alive\b"
                    r"|\bfor the privilege of\b|\bmake it make sense\b|\blove (?:paying|having to|queu\w*)\b"
                    r"|\b(?:can['’]?t wait|love|looking forward|so excited) to (?:pay|queue)\b|\btruly the future of\b"
                    r"|\bsure,? jan\b"
                    r"|\b(?:thanks|cheers) (?:a lot|a bunch|heaps|for that)\b[^.!?]{0,20}[.!]*\s*$"
                    r"|[.!?]\s+can['’]?t wait\.?\s*$")
# Blame said to someone, which judges the deed only when said to its doer ("Shame on the landlords who emptied the
# old town" blames others; but thanks to others is for the deed: "Thank you to everyone who campaigned for this")
_ADDRESSED = re.compile(r"shame\s+on\s+(?P<whom>.*)")
# What makes a phrase no verdict of the speaker's: someone else's words ("called it a disgrace", "are saying it's
# long overdue"), a case never made ("would have been the right call"), someone's going ("about time he resigned")
_NOT_THEIRS = re.compile(r"\b(?:call(?:ed|s|ing)? (?:it|this|that)|(?:are|is|were|was) saying|says?|said|would have|"
                         r"could have|might have)\b[^,;]*$")
_GOING = re.compile(r"^[^.!?]{0,40}\b(?:resign(?:ed|s)?|quit|step(?:ped)? down|went|go|gone|sacked|fired)\b")
# (whom blame is said to: the doer by a pronoun or its kind, "Shame on them", "Shame on the city")
_YOU = {"you", "them", "him", "her", "u", "yous", "ya", "city", "town", "county", "province", "state", "government",
        "minister", "mayor", "premier", "president"} | BODY_KINDS
# ... or after it, in its sentence: "The right call would have been to ...", "'A disgrace,' said nobody"
_NOT_SAID = re.compile(r"^[^.!?]*?\b(?:would|could|might) have\b|^[,'’\"”]*\s+(?:said|says|say|claimed|cried)\b")
_BOUNDARY = re.compile(r"[,;:.!?]|\bbut\b|\band\b")
# Praise that opens on what follows it, which it mocks: "Great, so who drives my kids ...?", "Cool, so fares go
# up for the rest of us", "Great, another subscription", "Wonderful, because what students need is ..."
_MOCKING_OPENER = re.compile(r"^(?:oh\s+)?(?:great|cool|brilliant|fantastic|wonderful|perfect|nice|lovely|amazing|"
                             r"awesome|good)[,.!…]*\s+(?:so\b(?!\s+(?:glad|happy|pleased|proud|relieved|excited|"
                             r"good|nice|great|much|many)\b)|because\b|another\b)")

# Scorn for the deed's critics, which sides with the deed: "The people moaning about 'standards' ...", "To everyone
# crying about taxes: ...", "Those criticising the ban are the same people who ..." (not one who joins them: "I'm
# with everyone complaining", nor grants them a point: "People complaining have a point")
_CRITICS = re.compile(r"\b(?:everyone|everybody|people|those|anyone|folks|y'all|you lot|the ones)\s+(?:else\s+)?"
                      r"(?:who\s+(?:are|is|keep|kept|were)\s+|still\s+)?(?:moaning|whining|crying|complaining|"
                      r"whinging|screaming|bleating|griping|ranting|raging|outraged|up in arms|kicking off|"
                      r"freaking out|melting down|losing (?:their|your) minds?|clutching (?:their|your) pearls|"
                      r"criticising|criticizing|attacking|bashing|hating on)\b"
                      # ("imagine being mad someone gave $40k to charity", "Imagine being annoyed that ...")
                      r"|\bimagine being (?:so |this |that )?(?:mad|angry|annoyed|upset|pressed|salty|triggered|"
                      r"outraged|offended|furious)\b")
_WITH_CRITICS = re.compile(r"\b(?:with|agree|agreeing|support|join|among|one of)\W+(?:\w+\W+){0,2}$")
_GRANTED = re.compile(r"^[^.!?]*?\b(?:(?:are|is) (?:right|not wrong|correct|spot on)|(?:have|has|make|makes) a "
                      r"(?:fair |good |valid )?point)\b")


# A crowd the speaker tells the side of, in their reported words ("members welcomed the waiver but warned that
# staff numbers would have to rise", "drivers backed the change but wanted clear guidance"): a caveat after "but"
# keeps the side; not the side of someone else they name ("the council had backed the scheme")
_CROWD_SIDED = re.compile(
    rf"(?:that\s+)?(?:(?:we|our|its|their|his|her|the|many|most|some)\s+)?(?:[a-z'’-]+\s+)?(?P<crowd>{CROWD_PATTERN}|we)"
    r"\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?P<verb>backed|supported|welcomed|opposed|rejected|condemned)\s+"
    r"(?P<what>(?:(?!\bbut\b)[^,;.!?])*)(?:,?\s+but\s+(?P<caveat>[^.!?]*))?")
_TURNED = re.compile(r"\b(?:opposed?|reject(?:ed)?|condemn(?:ed)?|object(?:ed)? to)\b")


# A petition's, banner's or sign's demand: "Save Moana Tonight", "Keep the Carrow in Port Carrow", "End dynamic
# pricing at TixBridge", "Bring Declan back to Brunch" (in the probes' answer sheets, all 10 petitions with a title
# are against; the model read none of them so)
_INSCRIBED = re.compile(r"\b(?:petition|banner|placard|sign|slogan)s?\b", re.I)
_DEMAND = re.compile(r"\W*(?:save|keep(?!\s+(?:it\s+|the\s+good\s+work\s+)?up\b|\s+going\b|\s+doing\b)|"
                     r"bring(?!\s+it\s+on\b)|end|stop|scrap|reverse|reinstate|give|hands off|no to|don['’]t)\b", re.I)
_UNDOING_ITS_OWN = re.compile(r"\b(?:reversing|reinstating|restoring|u-turn|backtracking|backing down)\b", re.I)
SLOGAN_WORDS = 12


def demand_side(text: str, speaker: str, target: str) -> str | None:
    """The side of a petition's or banner's demand: against the deed it protests; None for other words, and in a
    story of the deed's own undoing (where the demand was met: "X's reversing its decision to axe the show")."""
    if not _INSCRIBED.search(speaker) or len(text.split()) > SLOGAN_WORDS or not _DEMAND.match(text):
        return None
    return None if undone_measure(target) or _UNDOING_ITS_OWN.search(target) else "against"


def plain_side(text: str, target: str) -> str | None:
    """The side a reaction's own words declare on the deed: a verdict phrase ("Long overdue.", "the right call",
    "a disgrace") or a first-person declaration aimed at it ("We welcome this decision", "I oppose the plan": at
    "this", a measure, or a word of the target); None where its words declare no side, or both. A phrase declares
    nothing where its clause is negated ("I don't think it's the right call"), a "but" turns it ("I oppose
    abortion, but ..."), it asks ("Long overdue? ..."), tells a case never made ("would have been the right
    call"), gives someone else's words ("'A disgrace,' said nobody") or someone's going ("About time he
    resigned"), or blames others ("Shame on the landlords who ..."). Words with a mark of irony ("Thank you for
    nothing", "Great news for everyone who loves standing in the rain 🙃") and praise that opens on what it mocks
    ("Great, so who drives my kids ...?", "Great, another subscription") declare against; scorn for the deed's
    critics declares for it ("The people moaning about 'standards' ..."); so does a crowd whose side the speaker
    tells ("members backed the change but wanted clear guidance"). The model reads many of these the other way
    ("Long overdue. Sunday is the only day working parents can go": against), and a reader does not."""
    lowered, sides = text.lower(), set()
    if _MOCKING_OPENER.match(lowered.strip(" \"'“‘")):
        return "against"
    if (critics := _CRITICS.search(lowered)) and not _WITH_CRITICS.search(lowered[:critics.start()]) \
            and not _GRANTED.search(lowered[critics.end():]) and not _NEGATED.search(
                _BOUNDARY.split(lowered[:critics.start()])[-1]):
        return "favor"  # (not where its clause is negated: "Not everyone complaining is wrong")
    if _IRONY.search(lowered):
        return "against"
    aimed_at = {w[:STEM] for w in _WORD.findall(target.lower()) if len(w) >= STEM}

    def aimed(words: str, said_to: frozenset[str] = frozenset()) -> bool:
        return any(w in _OWN or w in said_to or w in MEASURE_NOUNS or w in ACTION_NOUNS or w[:STEM] in aimed_at
                   for w in _WORD.findall(words)[:5])

    if (crowd := _CROWD_SIDED.fullmatch(lowered.strip(" .\"'“”"))) and aimed(crowd.group("what")) \
            and not _TURNED.search(crowd.group("caveat") or ""):
        return "favor" if crowd.group("verb") in ("backed", "supported", "welcomed") else "against"

    for side, phrase, declaring in _PLAIN:
        for found in phrase.finditer(lowered):
            clause = _BOUNDARY.split(lowered[:found.start()])[-1]  # its clause, up to the phrase
            after = lowered[found.end():]
            sentence_end = re.search(r"[.!?]|$", after)
            if _NEGATED.search(clause) or _NOT_THEIRS.search(clause) or _NOT_SAID.search(after) or "?" == after[
                    sentence_end.start():sentence_end.end()] or re.search(r"\bbut\b", after[:sentence_end.start()]):
                continue  # ("I don't think it's the right call", "Long overdue? It's a disaster")
            addressed = _ADDRESSED.match(lowered, found.start())
            if (declaring and not aimed(after)) or (addressed and not aimed(addressed.group("whom"), _YOU)):
                continue  # ("We support the families", "Shame on the landlords": a side toward others)
            if found.group().startswith("about time") and _GOING.search(after):
                continue  # ("About time the premier resigned")
            sides.add(side)
    return sides.pop() if len(sides) == 1 else None


def _telling(word: str) -> bool:
    """A word that may name a measure: not a short or common one, but "fee", "tax", "ban"."""
    # (nor whom it applies to: "great news for customers who are not online")
    return (len(word) > 3 or word in MEASURE_NOUNS | ACTION_NOUNS) and word not in _COMMON | CROWD_WORDS

"""The side the journalist's own words give a statement, apart from what its speaker says: the
reaction word that reports it ("praised the plan", "slammed", "expressed concerns", "defended
him, saying ...", "reacted furiously") and the group its speaker is named as ("critics",
"supporters of the plan"). The pipeline weighs the classifier's stance toward that side
(`Item.stance_cue`). The headline's summary of the response ("draws fury from riders", "Progressives
are celebrating Clinton's speech") is read apart (`headline_side`): it weighs on the verdict."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from backlash.extract.lexicon import (
    ACTION_NOUNS,
    AGAINST_GROUPS,
    ASKING_VERBS,
    BACKING_VERBS,
    BODY_KINDS,
    CALLING_VERBS,
    COMPLAINING_VERBS,
    CRITIC_WORDS,
    CROWD_FEELING_VERBS,
    CROWD_PATTERN,
    CROWD_WORDS,
    EXPRESSING_VERBS,
    FAVOR_GROUPS,
    FAVOR_REACTIONS,
    FEELING_SIDES,
    GREETING_VERBS,
    HITTING_BACK,
    JUDGEMENT_SIDES,
    LEAVING_VERBS,
    MANNER_SIDES,
    MEASURE_NOUNS,
    MEETING_VERBS,
    NEUTRAL_REACTIONS,
    NO_OBJECTION,
    OBJECTING_VERBS,
    OBJECTION_NOUNS,
    OTHER_SIDE,
    REACTION_VERBS,
    RELATIVE_WORDS,
    RESPONSE_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SIDING_VERBS,
    STANCE_NOUNS,
    STIRRING_VERBS,
    TAKE_FORMS,
    TAKE_ISSUE,
    THANKING_VERBS,
    UNDOING_GERUNDS,
    UNDOING_VERBS,
    UTTERANCE_NOUNS,
    WITH_FEELING_SIDES,
    can_speak,
)

# Capitalized words that may stand beside a group's name without naming whom it sides with.
_QUALIFIERS = {"the", "a", "an", "many", "some", "other", "several", "most", "few", "numerous", "fellow",
               "longtime", "vocal", "fierce", "staunch", "ardent", "loyal", "prominent", "local", "online",
               "conservative", "liberal", "progressive", "republican", "democratic", "gop", "its", "their",
               "his", "her", "these", "those", "both", "all", "more", "leading", "early", "top"}
_WORD = re.compile(r"[\w’'.-]+")


def light_reaction(verb: Token) -> str | None:
    """The word that makes a light verb a reaction ("expressed concerns": concerns, "voiced
    support": support, "took issue with": issue, "called for his dismissal", "called on the city to
    drop it": call), or None."""
    objects = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    if no_objection(verb) is not None:
        return NO_OBJECTION
    if verb.lower_ in EXPRESSING_VERBS:
        return next((o for o in objects if o in STANCE_NOUNS), None)
    if verb.lower_ in TAKE_FORMS:
        return TAKE_ISSUE if TAKE_ISSUE in objects else None
    if (particle := HITTING_BACK.get(verb.lower_)) and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in particle for c in verb.children):
        return "hit back"  # "hit back", "lashed out", "pushed back": against
    calling = verb.lower_ in CALLING_VERBS and not objects and any(
        (c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on"))
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))  # "for it to go"
        for c in verb.children)
    return "call" if calling else None


def no_objection(verb: Token) -> Token | None:
    """What a speaker finds no fault with, a side in favour: "had no problem with the plan", "did not
    have a problem with it", "found no fault with his remarks", "saw nothing wrong with it", "took no
    issue with the decision"; else None."""
    if verb.lower_ not in OBJECTING_VERBS:
        return None
    verb_negated = any(c.dep_ == "neg" for c in verb.children)
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        denied = (noun.lower_ == "nothing" and any(c.lower_ == "wrong" for c in noun.children)) or (
            noun.lower_ in OBJECTION_NOUNS and (verb_negated or any(c.lower_ == "no" for c in noun.children)))
        heads = (verb, noun, *(c for c in noun.children if c.dep_ == "amod"))  # "nothing wrong with it"
        about = [p for t in heads for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                 for p in c.children if p.dep_ == "pobj"]
        if denied and about:
            return about[0]
    return None


def side_of(word: Token) -> str | None:
    """The side the reaction word takes ("praised": favor; "slammed", "backlash", "expressed
    concerns": against), turned when it is aimed at critics ("slammed the plan's critics": favor)
    or told of not all who did it ("Not every team owner was celebrating": some were against);
    for a word that takes none, the way it was done ("reacted furiously": against)."""
    side = _side_of(word)
    doer = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if side and doer is not None and any(t.lower_ == "not" and t.i < doer.i for t in doer.subtree):
        return opposite(side)
    return side


def _side_of(word: Token) -> str | None:
    if word.lower_ in FEELING_SIDES:
        side = FEELING_SIDES[word.lower_]
        negated = [c for t in (word, word.head) for c in t.children
                   if c.dep_ == "neg" or c.lower_ in ("less", "not", "n't", "n’t", "never")]
        return side if not negated else ("favor" if side == "against" else "against")
    if word.lower_ in COMPLAINING_VERBS:
        return None if any(c.dep_ == "neg" for c in word.children) else "against"
    if word.lower_ in CROWD_FEELING_VERBS and word.tag_.startswith("VB"):  # "Fans fumed"
        return None if any(c.dep_ == "neg" for c in word.children) else CROWD_FEELING_VERBS[word.lower_]
    if word.lower_ in THANKING_VERBS:  # "thanked Brentford for “acting so quickly”" (not "thanked fans")
        return None if any(c.dep_ == "neg" or (c.dep_ == "dobj" and c.lower_ in CROWD_WORDS)
                           for c in word.children) else "favor"
    if word.lower_ in STIRRING_VERBS and any(c.dep_ == "dobj" and c.lower_ in CROWD_WORDS for c in word.children):
        side = STIRRING_VERBS[word.lower_]  # "The move has infuriated locals"; not "did not upset fans"
        return side if not any(c.dep_ == "neg" for c in word.children) else None
    lemma = (REACTION_VERBS.get(word.lower_) or SIDING_VERBS.get(word.lower_)
             or (word.lower_ if word.lower_ in RESPONSE_NOUNS else light_reaction(word)))
    if lemma is None and BACKING_VERBS.get(word.lower_) in ("back", "support"):
        return backing_side(word)  # "backed the league, saying ...": the story's (not "backed Maresca")
    if lemma is None or lemma in NEUTRAL_REACTIONS:
        return _manner(word)
    if any(c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.nbor(1).lower_ in ("just", "only", "merely", "simply"))
           for c in word.children):
        return None  # "has not yet endorsed a candidate", "did not condemn it": no side told (but "didn't just ...")
    if any(c.dep_ == "dobj" and c.lower_ in CROWD_WORDS and c.lower_ not in CRITIC_WORDS for c in word.children):
        return None  # "Fans condemned the players": a side toward other people, not the story's
    favor = lemma in FAVOR_REACTIONS
    aimed = [t for c in word.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    if any(t.lower_ in CRITIC_WORDS for t in aimed):
        favor = not favor
    # "Her fans quickly hit back": someone's following hits back at who attacked them, not at them
    following = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if lemma == "hit back" and not aimed and following is not None and following.lower_ in _FOLLOWINGS and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in following.children):  # (not "Reed's")
        favor = True
    return "favor" if favor else "against"


_FOLLOWINGS = FAVOR_GROUPS | {"fans", "followers", "fanbase"}  # someone's own following
_NEGATORS = {"not", "no", "never", "n't", "n’t", "hardly", "nor", "without", "less", "least"}
# What a measure acts against: "a crackdown on ...", "a welcome check on ...", "a response to ..."
_COUNTER = (r"\b(?:check|checks|blow|crackdown|clampdown|deterrent|response|end|rebuke|answer|solution|remedy|antidote|"
            r"curb|curbs|limit|limits|stop|fix|cure|defence|defense|protection|safeguard)\s+(?:on|to|against|for|from)\b")
# ... a list of judgements inside it runs to the noun that ends it; else it ends at a comma or "that"
_COUNTERED_ALL = re.compile(_COUNTER + r"(?:[^,;]*?,\s*)*?[^,;]*?\b(?:practices?|landlords?|behaviou?r|fees?|abuse|"
                                       r"people|firms|companies|rules?|laws?|scheme|policy|tactics)\b")
_COUNTERED = re.compile(_COUNTER + r"[^,;]*?(?=[,;]|\bthat\b|\bwhich\b|$)")
MAX_JUDGEMENT_WORDS = 12


def judgement_side(words: str) -> str | None:
    """The side a short judgement of the measure takes by its words ("ridiculous", "a long overdue
    first step"): one side only, not negated, at most MAX_JUDGEMENT_WORDS words; else None."""
    lowered = re.findall(r"[a-z’'-]+", words.lower())
    if not lowered or len(lowered) > MAX_JUDGEMENT_WORDS or _NEGATORS & set(lowered):
        return None
    # (what the judgement acts against is no judgement of the measure: "a crackdown on sneaky fees", "a
    # welcome end to a cruel, barbaric and unnecessary practice"; but "a crackdown on peaceful protest,
    # draconian and undemocratic")
    lowered = re.findall(r"[a-z’'-]+", _COUNTERED.sub(" ", _COUNTERED_ALL.sub(" ", words.lower())))
    # (a compound written open or hyphenated: "tone deaf", "short sighted")
    pairs = [f"{a}-{b}" for a, b in zip(lowered, lowered[1:], strict=False)]
    sides = {JUDGEMENT_SIDES[w] for w in lowered + pairs if w in JUDGEMENT_SIDES}
    return sides.pop() if len(sides) == 1 else None


def named_object(verb: Token) -> list[Token] | None:
    """Whom a reaction or siding verb names as its object ("accused China of hacking", "slammed Barack
    Obama as elitist", "blamed George W. Bush for the housing collapse"); not where another verb joins
    it ("blasted Rubio and defended Cruz") nor what a name owns ("hailed Qureshi's nomination" may
    praise who nominated her)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.i + 2 < len(obj.doc) and obj.nbor(1).text == "-" and not obj.whitespace_ \
            and not obj.nbor(1).whitespace_:
        return None  # a word split at its hyphen ("welcomed the U-turn"), no name (not a dash: "TfL - the ...")
    if obj is None or (verb.lower_ not in REACTION_VERBS and verb.lower_ not in SIDING_VERBS) \
            or not obj.tag_.startswith("NNP") or any(
            c.dep_ == "conj" and c.tag_.startswith("VB") for c in verb.children):
        return None
    return list(obj.subtree)


_RESPONDING = {"react", "reacts", "reacted", "reacting", "respond", "responds", "responded", "responding"}


_CRITICISM = {"criticism", "criticisms", "complaints", "complaint"}


def _answers_critics(verb: Token) -> bool:
    """Whether a response answers critics: their criticism itself ("responded witheringly to Conservative
    criticism") or what they own ("critics' claims"); not another's words ("reacted angrily to claims that
    ...", "to the club's dismissive response to fan complaints")."""
    return any((p.lower_ in CRITIC_WORDS | _CRITICISM and not any(d.dep_ == "poss" for d in p.children))
               or any(d.dep_ == "poss" and d.lower_ in CRITIC_WORDS for d in p.children)
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj")


def _manner(verb: Token) -> str | None:
    """The side the way something was said takes ("reacted furiously", "responded warmly", "reacted
    with fury")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in MANNER_SIDES:
            side = MANNER_SIDES[child.lower_]
            return OTHER_SIDE[side] if _answers_critics(verb) else side
        if child.dep_ == "amod" and child.lower_ in _TONES:  # "drew an angry response", "a warm reception"
            return _TONES[child.lower_]
        if child.dep_ == "prep" and child.lower_ == "with" and (REACTION_VERBS.get(verb.lower_) == "flood") and (
                said := {t.lower_ for t in child.subtree if t.lower_ in RESPONSE_NOUNS} - NEUTRAL_REACTIONS):
            # "flooded with messages of support", "flooded with complaints"
            return None if len(said & FAVOR_REACTIONS) not in (0, len(said)) else (
                "favor" if said & FAVOR_REACTIONS else "against")
        if child.dep_ == "prep" and child.lower_ == "with" and verb.lower_ in _RESPONDING and (feeling := next(
                (p.lower_ for p in child.children if p.dep_ == "pobj" and p.lower_ in WITH_FEELING_SIDES), None)):
            return WITH_FEELING_SIDES[feeling]
    return None


def quote_verb(verb: Token) -> Token:
    """The verb that tells how a quote was said: the reporting verb ("slammed the plan: 'Q'"), or
    the verb whose manner a participle gives ("defended his father, saying: 'Q'"; "endorsed the plan,
    with X saying 'Q'")."""
    if side_of(verb) is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
        return verb.head
    if side_of(verb) is None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with" \
            and verb.head.head.tag_.startswith("VB") and _one_of_the_doers(verb, verb.head.head):
        return verb.head.head  # "The union endorsed the plan, with its president saying: 'Q'"
    return verb


def _one_of_the_doers(saying: Token, verb: Token) -> bool:
    """Whether who is saying is of who did `verb`: "its president", "union president X" of "The union ..."
    (not "Councillors backed the closure, with campaigners saying ...")."""
    who = [t for c in saying.children if c.dep_ == "nsubj" for t in c.subtree]
    doers = {t.lower_[:6] for c in verb.children if c.dep_ == "nsubj" for t in c.subtree if t.is_alpha and len(t) > 3}
    if any(t.tag_ == "POS" and t.head.lower_[:6] not in doers for t in who):
        return False  # "Dog owners condemned the ban, with the council's spokesman saying ..."
    return any(t.lower_[:6] in doers or t.lower_ in _OF_THE_DOERS for t in who)


# Who is of the body whose verb it is, in "with X saying" ("with its president saying", "with members saying"; not
# a bare title: "Environmental groups condemned the decision, with chairman David Ross saying")
_OF_THE_DOERS = {"its", "their", "members", "member"}


def group_side(phrase: str, subject: str | None, target: str, opponents_too: bool = False,
               politician: bool = False) -> str | None:
    """The side a speaker named as a group takes ("critics", "many opponents", "Trump's
    supporters" when Trump is the subject, "opponents of the plan" when the plan is the target);
    None when the group may side with someone or something else ("Sanders supporters" in an
    article about Clinton, "supporters of abortion rights"). Bare "supporters" in a story that also
    quotes "opponents" (`opponents_too`) are the measure's ("Supporters say the law will ...
    Opponents say ..."), and so are a `politician`'s, of what that politician did ("Supporters who waited
    hours to hear him said the plan spoke to their lives"; a referee's "supporter" is a club's fan)."""
    words = _WORD.findall(phrase)
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered) if w in AGAINST_GROUPS or w in FAVOR_GROUPS), None)
    if at is None:
        return None
    ours = set(re.findall(r"[a-z]+", f"{subject or ''} {target}".lower()))
    # Another name beside the group says whose side it is on: it must be the subject's.
    for word, low in zip(words, lowered, strict=True):
        if word[0].isupper() and re.sub(r"['’]s$", "", low) not in _QUALIFIERS | ours and low != lowered[at]:
            return None
    # So must what the group is "of".
    named_of = "of" in lowered[at + 1:]
    if named_of and not any(len(w) > 3 and w in ours for w in lowered[lowered.index("of", at + 1) + 1:]):
        return None
    if lowered[at] not in FAVOR_GROUPS:
        return "against"
    # A following is loyal to someone, not to everything they do ("Supporters reacted furiously" at
    # the club's sale): it sides with the action only when named after it, or when it is its proponents.
    # (a pronoun's following may be someone else's: "his supporters" in a story about Clinton)
    favors_action = named_of or lowered[at].startswith("proponent") or opponents_too or (
        politician and not {"his", "her", "their"} & set(lowered)) or any(
        word[0].isupper() and low not in _QUALIFIERS for word, low in zip(words, lowered, strict=True)
        if low != lowered[at])
    return "favor" if favors_action else None


# A speaker described by what they did about the deed: "Council member Greg Tate, who proposed ending the
# pilot", "who sponsored the bill" (its side), "who voted against the plan", "who opposed the closure".
_DID_ABOUT = re.compile(r"who\s+(?:had\s+|has\s+|first\s+|originally\s+)?(?P<verb>proposed|sponsored|introduced|"
                        r"championed|backed|supported|opposed|fought|voted\s+(?P<how>for|against))\s+"
                        r"(?P<what>[^,;.!?\"“”\n]+)", re.I)


def described_side(speaker: str, near: str, subject: str, target: str, undone: bool = False) -> str | None:
    """The side of a named speaker whom the text `near` their words describes by their part in the target's
    deed: two of its words named, or its measure ("who sponsored the bill"); not the subject's name ("who
    voted for Trump's nominee" is no side on his firing). Of a measure the target `undone` (scraps, vetoes,
    blocks), the other side: "who championed the scheme" is against scrapping it."""
    # (the one compiled pattern, then the speaker's name just before it: no pattern built per statement)
    described = next((m for m in _DID_ABOUT.finditer(near) if near[:m.start()].rstrip().endswith(f"{speaker},")),
                     None) if " " in speaker else None
    if described is None:
        return None
    # (the deed's own words, not a name or a place in it: "Edmonton")
    named = set(re.findall(r"[a-z]+", subject.lower()))
    ours = {w for w in re.findall(r"\b[a-z]+", target) if len(w) > 3} - named
    what = re.findall(r"[a-z]+", described.group("what").lower())
    if len(what) > 5:
        return None  # a longer description tells another deed ("who sponsored the bill to expand library funding")
    shared = ours & set(what)
    # ("the bill" as the last words, or before when: not "the bill to expand library funding last year")
    measure = any(w in MEASURE_NOUNS and w in ours and what[i - 1:i] == ["the"] and what[i + 1:i + 2] in (
        [], ["in"], ["last"], ["when"]) for i, w in enumerate(what))
    if len(shared) < 2 and not measure:
        return None  # another matter ("who backed Brexit", "who opposed the fortnightly collections")
    against = described.group("verb").lower() in ("opposed", "fought") or described.group("how") == "against"
    # (backing "scrapping the scheme" is backing the undoing itself)
    undone = undone and not UNDOING_GERUNDS & set(what)
    return "against" if against != undone else "favor"


# Headline words that name a party or an event as often as a response ("the opposition", "Paris
# attacks", "Trump's support"): a headline is too short to tell which.
_AMBIGUOUS_IN_HEADLINE = {"support", "opposition", "attack", "protest", "protests"}
# Plural bodies that respond to news, beside the crowd words ("Business groups attack ...").
_RESPONDING_BODIES = {"groups", "unions", "bosses", "leaders", "chiefs", "charities", "campaigners", "mps",
                      "councillors"}
# Words before a response noun that make it the response to the news ("draws fury", "wins praise",
# "amid outrage"), and after it ("Backlash over ...", "praise from ...").
_BEFORE_RESPONSE = set(MEETING_VERBS) | {"stir", "stirs", "stirred", "win", "wins", "won", "spur", "spurs",
                                         "spurred", "amid", "despite", "after"}
_RESPONSE_TO = {"from", "over", "as", "after", "for", "at", "online", "on"}
# What may stand between a reaction verb and the subject it is aimed at ("Votes To Condemn Donald
# Trump's ban", "Attacks On Trump"), and may follow the subject's name ("blasts Trump over ...").
_BEFORE_OBJECT = {"the", "a", "on", "at", "against", "to"}
_AFTER_OBJECT = _RESPONSE_TO | {"and", "but", "in", "with", "about", "to", "again", "by", "of"}
_OWNING = {"has", "have", "had", "his", "her", "its", "their"}
_PARTICIPLES = {"ripped", "panned", "slammed", "trolled"}  # doubled consonants the -ed test misses


# The side of the reviews a headline says a thing got ("wins rave reviews", "opens to scathing reviews").
_REVIEW_SIDES = {**dict.fromkeys(("rave", "glowing", "positive", "great", "good", "stellar", "strong"), "favor"),
                 **dict.fromkeys(("scathing", "bad", "poor", "negative", "damning", "terrible", "savage", "brutal",
                                  "dismal", "withering"), "against")}


# Plural nouns for people by what they do, opening a headline: "Photographers angry over ...", "Economists sceptical"
_PEOPLE = re.compile(r"[a-z]{3,}(?:ers|ists|ians|ants|ents|ors)")
# ... not the subject's own people: "Organisers delighted as record crowds flock to ..."
_OWN_PEOPLE = {"organisers", "organizers", "owners", "managers", "directors", "officers", "executives", "founders",
               "promoters"}


def _crowd_felt(lowered: list[str], at: int) -> bool | None:
    """Whether a headline's feeling word at `at` is a crowd's ("Fans furious", "users are not happy"):
    None if not, else whether it is negated."""
    i, negated = at - 1, False
    if i >= 0 and lowered[i] in ("not", "less", "n't"):
        i, negated = i - 1, True
    if i >= 0 and lowered[i] in _BE:
        i -= 1
    crowd = i >= 0 and (lowered[i] in CROWD_WORDS or (
        i == 0 and _PEOPLE.fullmatch(lowered[i]) is not None and lowered[i] not in _OWN_PEOPLE))
    if not crowd or lowered[i - 1:i] in (["few"], ["all"], ["no"]):
        return None  # (not "Not all residents are happy", "Few fans are happy": some, whose side is unsaid)
    return negated


def headline_side(headline: str, subject: str | None, aliases: frozenset[str] = frozenset(),
                  deeds: frozenset[str] = frozenset()) -> str | None:
    """The side the headline says the response took ("mixed" when it says the response split or names
    both sides, unless one side is only the cause the headline gives, "after critics mock her"), or
    None when it names none.

    Headlines sum up the response in a few words: a response noun met by the news ("draws fury from
    riders", "wins praise online", "amid outrage"), a crowd's feeling ("Voters skeptical as ..."),
    or a reaction verb aimed at the subject ("Saudi prince mocks Trump", "Progressives Are
    Celebrating Hillary Clinton's speech", "Mayor slammed over ..." in a headline's passive). The
    subject's own acts ("Trump slams Khan", "Clinton's praise for ..."), verbs aimed at someone else
    ("Endorses Paul Ryan With Trump's Blessing") or at something the subject only names ("defends
    Exxon articles") say nothing of the response. `aliases` are other words that name the subject
    there ("Mayor" for Mayor Dana Whitfield, "council" for the council), `deeds` words that name the subject's
    deed beside the measure nouns ("walkout" when the subject called one). Headlines are read word by
    word: the parser misreads their clipped, title-cased grammar."""
    found = list(_WORD.finditer(headline))
    words = [w.group().rstrip(".") for w in found]
    lowered = [re.sub(r"['’]s$", "", w.lower()) for w in words]
    names = {re.sub(r"['’]s$", "", w.lower()) for w in (subject or "").split() if w[:1].isupper() and len(w) > 2}
    names |= {a.lower() for a in aliases}
    mentions = [i for i, w in enumerate(lowered) if w in names]
    if SPLIT_RESPONSE.search(headline):
        return "mixed"  # "... splits fans", "reactions split along party lines", "draws mixed reaction"
    sides: dict[str, int] = {}  # each side told, at its first word

    def add(side: str, at: int) -> None:
        sides.setdefault(side, at)

    # "Toy brand's AI ad branded 'soulless'": a passive naming verb right before its judgement
    if (judged := _JUDGED_IN_HEADLINE.search(headline)) and (side := judgement_side(judged.group(1))):
        add(side, len(_WORD.findall(headline[:judged.start()])))
    for i, low in enumerate(lowered):
        after = lowered[i + 1] if i + 1 < len(lowered) else ""
        met = i > 0 and lowered[i - 1] in _BEFORE_RESPONSE - {"after", "despite"}  # "wins support", "draws opposition"
        # (or listed after another response, from people: "draws fire from Democrats, support from party
        # colleagues"; not "support from government", its money)
        met = met or bool(sides) and after == "from" and headline[:found[i].start()].rstrip().endswith(",") and bool(
            set(lowered[i + 2:i + 5]) & (CROWD_WORDS | _PEOPLE_IN_HEADLINES))
        if (low in RESPONSE_NOUNS or low == "accusations") and low not in NEUTRAL_REACTIONS and (
                low not in _AMBIGUOUS_IN_HEADLINE or met):
            whose = lowered[i + 2] if after in ("of", "from") and i + 2 < len(lowered) else None
            named_other = after == "of" and i + 2 < len(words) and words[i + 2][:1].isupper() and whose not in names
            if named_other or (after == "from" and whose in names) or (i and lowered[i - 1] in _OWNING):
                continue  # "criticism of Khan", "praise from Trump", "has praise for": the subject's own
            if i == 0 or _BEFORE_RESPONSE & set(lowered[max(0, i - 3):i]) or after in _RESPONSE_TO:
                add("favor" if low in FAVOR_REACTIONS else "against", i)
        elif low in ("fire", "scrutiny") and i and (lowered[i - 1] == "under" or (
                lowered[i - 1] in _DRAWS_FIRE and after in ("from", "over"))):
            add("against", i)  # "League under fire over ban", "draws fire from Democrats" (not "faces fire season")
        elif low in ("reviews", "notices") and i and lowered[i - 1] in _REVIEW_SIDES:
            add(_REVIEW_SIDES[lowered[i - 1]], i)  # "Pixel 11 wins rave reviews"
        elif (low in FEELING_SIDES or low in CROWD_FEELING_VERBS) and (felt := _crowd_felt(lowered, i)) is not None:
            # "Voters skeptical as ...", "Fans fume", "... and subscribers are not happy"
            side = FEELING_SIDES.get(low) or CROWD_FEELING_VERBS[low]
            add(opposite(side) if felt else side, i)
        elif low in BACKING_VERBS and i and lowered[i - 1] in CROWD_WORDS | {"public"} \
                and lowered[i - 2:i - 1] != ["by"] and after not in _NOT_BACKED and (
                (MEASURE_NOUNS | UTTERANCE_NOUNS | deeds) & set(lowered[i + 1:i + 5])
                or names & set(lowered[i + 1:i + 4])
                or after.endswith("ing")):
            # "Most voters back ban on smartphones", "Parents support Hale", "Republicans Support Sending ...":
            # the story's measure, subject or deed
            # (not "Gamers rally behind streamer banned from Twitch": the one the subject acted against)
            add("favor", i)
        elif low in STIRRING_VERBS and CROWD_WORDS & set(lowered[i + 1:i + 4]):
            add(STIRRING_VERBS[low], i)  # "..., angering users", "upset 'American Sniper' fans"
        elif (lemma := REACTION_VERBS.get(low)) and lemma not in NEUTRAL_REACTIONS and after == "by" and (
                low.endswith("ed") or low in _PARTICIPLES):
            add("favor" if lemma in FAVOR_REACTIONS else "against", i)  # "Tax welcomed by campaigners"
        elif (lemma := REACTION_VERBS.get(low)) and lemma not in NEUTRAL_REACTIONS and i and (
                (who := lowered[i - 2] if lowered[i - 1] in _BE and i > 1 else lowered[i - 1]) in CROWD_WORDS
                or who in _RESPONDING_BODIES) and lowered[i - 2] != "by":
            # "Business groups attack ...", "Fans hail", "People Are Roasting ..."; not "... welcomed by
            # campaigners, condemned by industry"
            add("favor" if lemma in FAVOR_REACTIONS else "against", i)
        elif (low in _WARNING or (low in _CRYING and after == "foul")) and i and (
                lowered[i - 1] in CROWD_WORDS or lowered[i - 1] in _RESPONDING_BODIES):
            add("against", i)  # "...; traders warn of black market", "users cheer, privacy groups cry foul"
        elif mentions and (lemma := REACTION_VERBS.get(low) or SIDING_VERBS.get(low)) and \
                lemma not in NEUTRAL_REACTIONS | _AMBIGUOUS_IN_HEADLINE and \
                _aimed_at_subject(i, words, lowered, mentions):
            add("favor" if lemma in FAVOR_REACTIONS else "against", i)
    if len(sides) < 2:
        return next(iter(sides), None)
    # "... cheered by clinics, condemned by state", "... draws praise from teachers, fury from GOP": both;
    # but "Fans defend swimmer after critics mock her interview" tells the defence, the mocking its cause
    # (up to a comma or a turn: "Mayor hailed after U-turn on fares, but critics slam delay" tells both)
    cause = re.search(r"\b(?:after|following)\b(?P<why>[^,;]*?)(?=[,;]|\s(?:but|while|as|yet)\s|$)", headline, re.I)
    if cause is None:
        return "mixed"
    first, last = (len(_WORD.findall(headline[:at])) for at in (cause.start(), cause.end()))
    told = [side for side, at in sides.items() if not first <= at < last]
    return told[0] if len(told) == 1 else "mixed"


_DRAWS_FIRE = {"draws", "draw", "drew", "drawing", "faces", "face", "faced", "facing"}
_WARNING = {"warn", "warns", "warned"}  # (a crowd or body warning in a headline about a deed: against it)
_CRYING = {"cry", "cries", "cried", "crying"}
# (beside the crowd words: who else speaks as people in a headline's "support from party colleagues")
_PEOPLE_IN_HEADLINES = {"colleagues", "allies", "mps", "ministers", "conservatives", "liberals"}
_NOT_BACKED = {"in", "on", "at", "to", "from", "into", "home", "out"}  # "Fans back in stadiums": the adverb
# A response told as split: "... splits fans", "opinion was divided", "drew mixed reactions".
# (who splits: a crowd, or those who decide together: "divides member states", "splits the cabinet"; the verb
# with its object at once, "splits the party", not "splits with party", "split funding between ...", "fans
# split the bill")
_SPLIT_WHO = "|".join(sorted({*CROWD_PATTERN.split("|"), "opinion", "the internet", "social media", "member states",
                              "party", "cabinet", "mps", "senators", "experts", "economists", "public", "country",
                              "nation", "community", "industry", "conservatives", "liberals", "allies", "ministers",
                              "leaders", "governments", "nations", "unions", "scientists", "creators", "streamers",
                              "influencers"}, key=len, reverse=True))
# (not a sharing: "split streamers' revenue 70/30", "divides creators into two tiers")
SPLIT_RESPONSE = re.compile(rf"\b(?:(?:split|divide|polari[sz]e)s?\s+(?:(?:the|its|their|his|her|local|many)\s+)?"
                            rf"(?:{_SPLIT_WHO})\b(?!['’]|\s+into\b)|"
                            r"(?:reactions?|opinions?|responses?)\s+(?:(?:are|were|is|was)\s+(?:just\s+as\s+|equally\s+|"
                            r"also\s+|sharply\s+|deeply\s+)?)?(?:split|divided)(?!\s+(?:into|between|among))|"
                            rf"(?:{_SPLIT_WHO})\s+(?:are|were|is|was)\s+(?:sharply\s+|deeply\s+)?(?:split|divided)"
                            r"(?!\s+(?:into|between|among))|"
                            # a headline's ("Students and faculty split over ..."; not "Families divided as ...")
                            rf"(?:{_SPLIT_WHO})(?:\s+and\s+[a-z]+)?\s+(?:split|divided)\s+(?:over|on|about)\s|"
                            r"mixed\s+(?:reactions?|responses?|reviews))\b", re.I)
_SPLIT_WORD = re.compile(r"\b(?:split|divide[sd]?|polari[sz]e[sd]?|mixed)\b", re.I)
MAX_SPLITS = 50  # reported splits read per article (bounded work on a text that repeats one)


def split_responses(text: str) -> list[int]:
    """Where the text reports a split response ("opinion was divided", "... splits fans"): found by its
    verb first, then read in the words around it (one pass of a short pattern over the whole text)."""
    found = []
    for word in itertools.islice(_SPLIT_WORD.finditer(text), MAX_SPLITS * 4):
        start = max(0, word.start() - 60)
        if (told := SPLIT_RESPONSE.search(text, start, word.end() + 60)) is not None and told.start() <= word.start():
            found.append(told.start())
            if len(found) == MAX_SPLITS:
                break
    return found


_JUDGED_IN_HEADLINE = re.compile(r"\b(?:branded|dubbed|labell?ed|called|deemed)\s+['‘“\"]([^'’”\"\n]{1,60})['’”\"]",
                                 re.I)


def _aimed_at_subject(verb: int, words: list[str], lowered: list[str], mentions: list[int]) -> bool:
    """Whether the headline's reaction verb at `verb` is aimed at the subject named at `mentions`."""
    later = [i for i in mentions if i > verb]
    if not later:  # the subject before the verb: a passive ("Mayor slammed over fares", "FDIC Accused Of")
        participle = lowered[verb].endswith("ed") or lowered[verb] in _PARTICIPLES
        # ... or what the subject owns: "Charity's 'uncomfortable' ad about loneliness praised"
        between = lowered[mentions[-1] + 1:verb]
        # (a deed, a measure or words of theirs: not "Trump's rival praised for ...", "Trump's son's tweet")
        owned = re.search(r"['’]s$", words[mentions[-1]]) is not None and len(between) <= 5 and not any(
            w in CROWD_WORDS or w in _BE or w.endswith("ed") or w in RELATIVE_WORDS or w in ROLE_NOUNS
            or re.search(r"['’]s$", word) for w, word in zip(between, words[mentions[-1] + 1:verb], strict=True)) \
            and any(w in ACTION_NOUNS or w in MEASURE_NOUNS or w in UTTERANCE_NOUNS for w in between)
        return participle and (verb - mentions[-1] <= 2 or owned) and (
            verb + 1 == len(lowered) or lowered[verb + 1] in _AFTER_OBJECT)
    end = later[0]
    if any(w not in _BEFORE_OBJECT for w in lowered[verb + 1:end]):
        return False
    while end + 1 < len(lowered) and lowered[end + 1] in set(lowered[i] for i in mentions):
        end += 1
    possessive = re.search(r"['’]s$", words[end]) is not None
    return possessive or end + 1 == len(lowered) or lowered[end + 1] in _AFTER_OBJECT


# The adjectives of "Not everyone was opposed"; forms of "be" (the parser lemmatizes the lead only).
_OPPOSED = {"opposed", "against"}
_CONVINCED = {"convinced", "persuaded", "sold", "won"}  # "Not everyone was convinced": some doubt it
_BE = {"is", "was", "were", "are", "been", "be", "'s", "’s", "seemed", "seem", "seems"}
_POINTERS = {"it", "him", "her", "them", "this", "that", "his", "its", "their"}


def crowd_side(sentence: Span, subject: str | None) -> str | None:
    """The side a sentence says a crowd took, to lend the unnamed quotes after it: "Some fans backed
    the ban" or "Calder's allies rallied behind her" favor; "Not everyone was opposed" favor, "Not
    everyone was pleased" against; "Users were quick to condemn the ad" against; "many greeted the
    news with relief" favor. Only toward the story's own action or subject (a pronoun, a measure or
    utterance named by what it is, the subject's name). Read at the root verb and at a verb joined
    to it with a crowd of its own ("Fans had called for it, and many greeted the news with relief")."""
    text = sentence.text  # (a span's text is joined from its tokens each time it is asked for)
    if (mostly := _MOSTLY.search(text)) and (tone := _TONES.get(mostly.group("tone").lower())):
        return tone  # "The post drew 900 comments, almost all of them negative"
    if (not_all := _NOT_ALL.match(text)) and (tone := _TONES.get(not_all.group("tone").lower())):
        return opposite(tone)  # "Not all reaction was negative."
    if (reception := _RECEPTION.search(text)) and (tone := _TONES.get(reception.group("tone").lower())):
        return tone  # "The community's response was overwhelmingly negative."
    if drawn := _RESPONSES_DOING.search(text):
        return _RESPONSES_SIDES[drawn.group("verb").lower()]  # "The post drew a string of replies defending the change"
    if (took := _TOOK_TO.search(text)) and (side := _took_to_side(took.group("verb").lower())):
        return side  # "Employees took to the workplace app Blind to complain"
    if (went := _WENT_DOWN.search(text)) and set(went.group("who").lower().split()) & _RECEIVERS:
        # "The decision did not go down well with residents", "went down badly with fans"
        side = "favor" if went.group("how").lower() == "well" else "against"
        return opposite(side) if went.group("negated") else side
    root = sentence.root
    joined = [c for c in root.children if c.dep_ == "conj" and c.tag_.startswith("VB")
              and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    sides = {side for verb in (root, *joined) if (side := _crowd_side_at(verb, subject))}
    return sides.pop() if len(sides) == 1 else None


# Responses counted, then the tone most of them took: "drew 3,000 comments, most of them hostile".
_MOSTLY = re.compile(r"\b(?:comments|replies|responses|reactions|messages|posts|reviews|emails|letters|calls)\b"
                     r"[^.;]{0,60}?\b(?:(?:almost|nearly|virtually) all|most|the (?:vast )?majority|nearly every one)"
                     r" of them,?\s+(?:were\s+|being\s+)?(?P<tone>[a-z]+)", re.I)
_NOT_ALL = re.compile(r"\s*Not all (?:the )?(?:reaction|response|feedback|comment)s? (?:was|were|has been|have been) "
                      r"(?P<tone>[a-z]+)", re.I)
_RECEPTION = re.compile(r"\b(?:response|reaction|reactions|feedback|reception)\b[^.;]{0,40}?\b(?:was|were|has been|"
                        r"have been)\s+(?:(?:overwhelmingly|largely|mostly|almost entirely|broadly|generally|mainly|"
                        r"universally|decidedly|fiercely|deeply|very|highly)\s+)?(?P<tone>[a-z]+)", re.I)
_WENT_DOWN = re.compile(r"\b(?:(?P<negated>did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t)\s+)?"
                        r"(?:go|goes|gone|went)\s+down\s+(?P<how>well|badly|poorly)\s+(?:with|among)\s+"
                        r"(?P<who>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\b", re.I)
# Responses by what they do: "a string of replies defending the change", "hundreds of posts mocking the ad"
_RESPONSES_SIDES = {**dict.fromkeys(("defending", "backing", "supporting", "praising", "welcoming", "applauding",
                                     "thanking", "celebrating"), "favor"),
                    **dict.fromkeys(("criticising", "criticizing", "attacking", "condemning", "slamming", "mocking",
                                     "blasting", "denouncing", "opposing", "deriding", "ridiculing"), "against")}
_RESPONSES_DOING = re.compile(r"\b(?:comments|replies|responses|reactions|messages|posts|tweets|emails|letters)\s+"
                              rf"(?P<verb>{'|'.join(_RESPONSES_SIDES)})\s+(?:the|this|that|it|its|their|his|her)\b",
                              re.I)
# A crowd that went online to respond: "took to social media to vent", "took to X to praise the chef".
_TOOK_TO = re.compile(r"\btook to\b[^.;]{1,60}?\bto (?P<verb>[a-z]+)", re.I)


def _took_to_side(verb: str) -> str | None:
    if verb in COMPLAINING_VERBS or verb in ("vent", "rant"):
        return "against"
    lemma = REACTION_VERBS.get(verb)
    if lemma is None or lemma in NEUTRAL_REACTIONS:
        return None
    return "favor" if lemma in FAVOR_REACTIONS else "against"


_RECEIVERS = CROWD_WORDS | {"everyone", "everybody", "some", "many", "most", "all"}
_TONES = {**FEELING_SIDES, "negative": "against", "hostile": "against", "positive": "favor",
              "favourable": "favor", "favorable": "favor", "approving": "favor"}


_MANY = {"many", "more", "most"}


def _crowd_side_at(root: Token, subject: str | None) -> str | None:
    verb = root
    doer = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.lower_ in STIRRING_VERBS and doer is not None and _the_storys_or_subjects(doer, subject) and any(
            t.lower_ in CROWD_WORDS for c in root.children if c.dep_ == "dobj" for t in c.subtree):
        return STIRRING_VERBS[root.lower_]  # "The announcement disappointed thousands of fans"
    if doer is not None:
        doer = counted(doer)  # "A handful of developers welcomed the move"
    else:  # "But many more leapt to its defence", parsed with "many more" modifying the verb
        doer = next((c for c in root.children if c.dep_ == "amod" and c.i < root.i and c.lower_ in _MANY), None)
    if doer is None or not (doer.lower_ in CROWD_WORDS or doer.lower_ in FAVOR_GROUPS or doer.lower_ in _MANY | {
            "allies", "everyone", "everybody", "some", "others", "several", "few"}
            or (doer.tag_ in ("NNS", "NNPS") and can_speak(doer.lower_))):
        return None
    negated = any(c.dep_ == "neg" for c in (*root.children, *doer.children)) or any(
        t.lower_ == "not" for t in doer.subtree)
    passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children)  # "was convinced"
    if root.lower_ in _BE or passive:
        state = root if passive else next((c for c in root.children if c.dep_ == "acomp"), None)
        # "A few were less impressed": less of a feeling is its opposite
        negated |= state is not None and any(c.dep_ == "advmod" and c.lower_ == "less" for c in state.children)
        acting = next((c for c in state.children if c.dep_ == "xcomp"), None) if state is not None else None
        if acting is not None and is_forecast(acting):
            return None  # "Fans are expected to back the plans"
        if acting is not None:
            verb = acting  # "Users were quick to condemn the ad"
        elif state is None or not negated:
            return None  # "Fans were furious" is read as a reaction itself (reported._feeling)
        elif state.lower_ in _OPPOSED:
            return "favor"
        elif state.lower_ in _CONVINCED:
            return "against"
        else:
            return opposite(FEELING_SIDES.get(state.lower_))
    if negated:
        return None
    defended = _defended(verb)
    met_with = _met_with(verb)
    if defended:
        side, aimed = "favor", defended
    elif met_with:
        side, aimed = met_with
    elif verb.lower_ in BACKING_VERBS or verb.lower_ in THANKING_VERBS or verb.lower_ in REACTION_VERBS \
            or verb.lower_ in SIDING_VERBS or light_reaction(verb) == "hit back":
        side = "favor" if verb.lower_ in BACKING_VERBS or verb.lower_ in THANKING_VERBS else side_of(verb)
        aimed = [t for c in verb.children if c.dep_ in ("dobj", "prep")
                 for t in c.subtree if t.dep_ in ("dobj", "pobj")]
    else:
        return None
    if not any(_the_storys_or_subjects(t, subject) for t in aimed):
        return None
    side = later_side(verb) or side
    return opposite(side) if few_or_none(verb) else side  # "Few residents backed the plan"


def _the_storys_or_subjects(noun: Token, subject: str | None) -> bool:
    """A pronoun, the subject's name, a measure or utterance named by what it is ("the ban"), or
    the subject by a role ("the singer", "the mayor"): what the story is about."""
    names = {w.lower() for w in (subject or "").split() if len(w) > 2}
    if noun.lower_ in ("him", "her") and subject and subject.split()[-1].lower() in BODY_KINDS:
        return False  # "rallied behind her" in a story of a council that fined her: the one it acted on
    # ("the singer", "their manager", "the brewery")
    role = (noun.lower_ in _ONE_ROLE or noun.lower_ in BODY_KINDS) and any(
        d.lower_ in ("the", "their", "our") for d in noun.children)
    return noun.lower_ in _POINTERS or noun.lower_ in names or _the_storys(noun) or role or _the_news(noun)


_ONE_ROLE = {w for role in ("journalist", "politician", "official", "expert", "celebrity") for w in ROLE_WORDS[role]
             if not w.endswith("s")} | {"owner", "boss", "founder", "manager"}


def _the_news(noun: Token) -> bool:
    """The story's own news, as a crowd met it ("greeted the news", "the announcement")."""
    return noun.lower_ in ("news", "announcement") and any(d.lower_ in ("the", "this") for d in noun.children)


def _met_with(verb: Token) -> tuple[str, list[Token]] | None:
    """The side of "greeted the news with relief", "met the decision with anger", and what was met."""
    if verb.lower_ not in GREETING_VERBS:
        return None
    met = [c for c in verb.children if c.dep_ == "dobj"]
    # The parser hangs "with relief" on the verb or on what was met.
    feeling = next((p.lower_ for t in (verb, *met) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj" and p.lower_ in WITH_FEELING_SIDES), None)
    return (WITH_FEELING_SIDES[feeling], met) if feeling and met else None


_QUANTITIES = {"handful", "number", "lot", "majority", "minority", "dozens", "hundreds", "thousands", "millions",
               "few", "some", "many", "most", "several", "all"}


def counted(noun: Token) -> Token:
    """The people a quantity counts ("A handful of developers", "Thousands of teachers"), else the noun."""
    if noun.lower_ not in _QUANTITIES:
        return noun
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.tag_ != "PRP"), noun)  # ("most of them" stays "most")
_OURS = MEASURE_NOUNS | UTTERANCE_NOUNS  # "the ban", "the ad": what the story is about


def _the_storys(noun: Token) -> bool:
    """A measure or utterance named by what it is ("the ban", "this ad"): the story's own."""
    return noun.lower_ in _OURS and any(d.lower_ in ("the", "this", "that") for d in noun.children)


_THINKING_AGAIN = {"reconsider", "rethink", "relent", "backtrack"}


def vowed_side(content: Token) -> str | None:
    """The side of what a speaker says they will do to the story's measure, or want done to it: "would
    challenge the law in court", "vowed to fight it", "calling on X to reverse the increase" against;
    "will back the plan" favor; a customer's "would cancel" against. Not toward another measure
    ("would challenge Smith in the primary"); turned by "not"."""
    if not any(c.lower_ in ("will", "would", "to", "'ll", "plans") for c in content.children) or any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in content.children):
        return None  # (nor "have not said whether they will challenge the law": a question left open)
    verb, obj = content.lower_, next((c for c in content.children if c.dep_ == "dobj"), None)
    own = obj is None or any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in obj.children)
    if verb in LEAVING_VERBS and own:  # "said they would cancel", "threatened to cancel their accounts"
        side = "against"
    elif obj is not None and (obj.lower_ in ("it", "this", "that") or _the_storys(obj)):
        side = "against" if verb in UNDOING_VERBS else "favor" if verb in BACKING_VERBS else None
    elif obj is None and verb in _THINKING_AGAIN and content.head.lower_ in ASKING_VERBS:
        side = "against"  # "urging him to reconsider"
    else:
        return None
    negated = any(c.dep_ == "neg" for c in content.children)  # "would not support it"
    return opposite(side) if negated else side


def wanted_side(verb: Token) -> str | None:
    """The side of the deed a speaker says they will do or asks for ("said they would cancel",
    "vowed to fight it", "signed a petition calling on X to reverse the increase")."""
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    said += [x for t in verb.subtree if t.lower_ in ASKING_VERBS for x in t.children if x.dep_ in ("xcomp", "advcl")]
    said += [x for c in said for x in c.children if x.dep_ == "xcomp"]  # "said they would try to block it"
    return next((side for c in said if (side := vowed_side(c) or said_reaction_side(c))), None)


def said_reaction_side(content: Token) -> str | None:
    """The side of a reaction the speaker says they have to the story's measure: "said it welcomed
    the board's decision", "said they opposed the plan" ("they" being the speaker), turned by "not".
    Not toward someone named ("said it condemned Smith")."""
    doer = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in content.head.children if c.dep_ == "nsubj"), None)
    if doer is None or speaker is None or doer.lower_ not in (
            _PLURAL_PRONOUNS if speaker.tag_ in ("NNS", "NNPS") else _SPEAKER_PRONOUNS) or any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in content.children):
        return None  # "supporters ... wonder whether she opposes it": someone else, and a question
    if (faultless := no_objection(content)) is not None:
        return "favor" if _ours(faultless, named=True) else None  # "had no problem with the fare rise"
    # A crowd's bare feeling: "several parents said they were relieved" (parsed as a passive, or "were" and
    # its complement); not one felt for a cause of its own ("frustrated by the barriers", "angry when ...")
    felt = content if content.lower_ in FEELING_SIDES and any(c.dep_ == "auxpass" for c in content.children) \
        else next((c for c in content.children if c.dep_ == "acomp" and c.lower_ in FEELING_SIDES), None)
    bare = felt is not None and doer.lower_ in ("they", "we") and not any(
        c.dep_ not in ("advmod", "auxpass", "nsubjpass", "neg", "punct") for c in felt.children) and not any(
        c.dep_ not in ("acomp", "nsubj", "neg", "punct", "advmod") for c in content.children if felt is not content)
    if bare:
        side = FEELING_SIDES[felt.lower_]
        return opposite(side) if any(c.dep_ == "neg" for c in content.children) else side
    if doer.dep_ == "nsubjpass":
        return None
    obj = next((c for c in content.children if c.dep_ == "dobj"), None)
    if obj is None or not _ours(obj):
        return None  # not "opposed the 2007 immigration bill"
    if content.lower_ in BACKING_VERBS:
        side = "favor"
    elif content.lower_ in REACTION_VERBS or content.lower_ in SIDING_VERBS:
        side = side_of(content)
    else:
        return None
    negated = any(c.dep_ == "neg" for c in content.children)  # "said it did not support the plan"
    return opposite(side) if negated else side


def _ours(noun: Token, named: bool = False) -> bool:
    """A pronoun or the story's measure or utterance ("the plan", "his remarks"); one given by a
    name or number ("the 2007 immigration bill") only if `named`."""
    return noun.lower_ in ("it", "this", "that") or (noun.lower_ in _OURS and any(
        c.dep_ == "poss" or c.lower_ in ("the", "this") for c in noun.children) and (named or not any(
            c.dep_ in ("compound", "nummod") for c in noun.children)))


def backing_side(verb: Token) -> str | None:
    """The side of backing the story's measure ("backed the decision", "stood by the plan",
    "supports it") or coming to the story's defence ("leapt to its defence"): favor, turned by "not";
    None for backing anything else ("backed Smith")."""
    if verb.dep_ != "relcl" and any(_the_storys_or_subjects(t, None) for t in _defended(verb)):
        return "favor"  # "Many drinkers leapt to the brewery's defence"
    if verb.lower_ not in BACKING_VERBS or verb.dep_ == "relcl":
        return None  # ("the programs that Sanders supports" tells what they are)
    backed = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "behind", "with")
        for p in c.children if p.dep_ == "pobj"]
    # (or a body by its kind, or its head: "Some zoologists backed the zoo", "Parents backed the principal";
    # not a person by a political role, "plans to back the GOP nominee", who may be someone else)
    if not any(_ours(b) or ((b.lower_ in BODY_KINDS or b.lower_ in _HEADS_OF_BODIES)
                            and any(d.lower_ == "the" for d in b.children)) for b in backed):
        return None
    return "against" if is_denied(verb) else "favor"  # ("no longer backs the plan")


def is_denied(verb: Token) -> bool:
    """Whether the verb is denied: "not", "never", or "no longer" ("will no longer give ...")."""
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children))
               for c in verb.children)


_HEADS_OF_BODIES = {"principal", "headteacher", "superintendent", "chairman", "chairwoman", "chair", "director",
                    "chief", "ceo", "coach", "landlord"}


def opposite(side: str | None) -> str | None:
    return OTHER_SIDE.get(side or "")


def few_or_none(verb: Token) -> bool:
    """Whether the verb's subject counts few or nobody: "No residents", "Few fans", "Hardly any
    shoppers", "None of the parents", "Not many voters" (not "A few pupils": some)."""
    for doer in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if doer.lower_ in ("nobody", "none"):
            return True
        for word in (c for c in doer.children if c.dep_ in ("det", "amod", "advmod")):
            before = word.nbor(-1).lower_ if word.i > 0 else ""
            if (word.lower_ == "no" and not _side_named_no(word)) or (word.lower_ == "few" and before not in _SOME) \
                    or (word.lower_ == "any" and before in _HARDLY) or (word.lower_ == "many" and before == "not"):
                return True
    return False


_HARDLY = {"hardly", "scarcely", "barely"}
# "a few", "the few who stayed", "his few remaining allies": some did
_SOME = {"a", "the", "his", "her", "its", "their", "our", "my", "your", "those", "these", "quite"}


def _side_named_no(word: Token) -> bool:
    """A referendum's side: "No campaigners welcomed the result", "the No campaign" (capitalized inside a
    sentence, before a campaign's word, or where the paragraph names a Yes side)."""
    return word.text == "No" and (word.i > word.sent.start or word.head.lower_ in _CAMPAIGNERS
                                  or re.search(r"\bYes\b", word.doc.text) is not None)


_CAMPAIGNERS = {"campaigners", "campaign", "camp", "side", "voters", "supporters", "vote"}
# What someone is expected to do is a forecast, not their reaction: "Fans are expected to back the plans"
# (not "set to" or "due to": "Fans are set to boycott Saturday's game" is an organised protest)
_FORECAST = {"expected", "likely", "unlikely", "poised", "tipped", "predicted", "forecast", "bound"}


def is_forecast(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lower_ in _FORECAST


_LATER = {"later", "since", "eventually", "subsequently", "now", "then"}


def later_side(verb: Token) -> str | None:
    """The side a joined verb of the same doer, told as coming later and aimed at the story's thing, takes:
    "initially supported the move but later turned against it": against."""
    for joined in (c for c in verb.children if c.dep_ == "conj" and c.tag_.startswith("VB")):
        if not any(c.dep_ == "advmod" and c.lower_ in _LATER for c in joined.children):
            continue
        # (the same doer's, at the same thing: not "but councillors then backed it", "then booed the referee")
        aimed = [t for c in joined.children if c.dep_ in ("dobj", "prep")
                 for t in c.subtree if t.dep_ in ("dobj", "pobj")]
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children) or not any(_ours(t) for t in aimed):
            continue
        side = backing_side(joined) or side_of(joined) or _turned_against(joined)
        if side:
            return side
    return None


def _turned_against(verb: Token) -> str | None:
    # "turned against it", "turned on the plan"
    return "against" if verb.lower_ in ("turned", "turn", "turns") and any(
        c.dep_ == "prep" and c.lower_ in ("against", "on") for c in verb.children) else None


_SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
_PLURAL_PRONOUNS = {"they", "we"}
_OWNERS = {"their", "my", "our", "his", "her"}
_DEFENCE = {"defence", "defense", "aid"}


def _defended(verb: Token) -> list[Token]:
    """Whose defence a crowd "came to", "leapt to", "rushed to": the owner ("his", "Calder's") or
    the `of` object ("the defence of the ban")."""
    defence = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for p in c.children if p.dep_ == "pobj" and p.lower_ in _DEFENCE]
    return [t for d in defence for c in d.children if c.dep_ in ("poss", "prep") for t in c.subtree
            if t.dep_ in ("poss", "pobj")]

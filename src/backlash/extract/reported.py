"""Statements told without quote marks, read from the parse.

- reported speech: a reporting or cognition verb whose complement is a clause ("Critics said the
  ad revived old stereotypes", "Some fans felt the coach should have stayed"); the item is the
  clause, `quoted=False`;
- a reaction verb with its actor ("Twitter lambasted the president", "was booed by supporters");
  the item is the sentence;
- a response noun with its source ("backlash from unions, parents and shop owners"), or one that
  an action met with no source named ("drew boos": the crowd; "sparked outrage": critics);
- going to a platform to be heard ("fans took to social media").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from backlash.extract.lexicon import (
    ASKING_VERBS,
    BACKING_VERBS,
    COGNITION_VERBS,
    COMMITMENT_VERBS,
    COMPLAINING_VERBS,
    CROWD_FEELING_VERBS,
    CROWD_WORDS,
    FEELING_SIDES,
    MANNER_SIDES,
    MEASURE_NOUNS,
    MEETING_VERBS,
    MENTIONING_VERBS,
    NAMING_VERBS,
    REACTION_VERBS,
    RESPONSE_NOUNS,
    ROLE_NOUNS,
    SIDING_VERBS,
    STIRRING_VERBS,
    TAKE_FORMS,
    UNDOING_VERBS,
    UNNAMED_RESPONDERS,
    UTTERANCE_NOUNS,
    can_speak,
    platform_of,
    role_of,
)
from backlash.extract.parse import Paragraph, ParsedText, span_of
from backlash.extract.quotes import Statement, deed_judgement
from backlash.extract.sides import (
    backing_side,
    counted,
    few_or_none,
    is_forecast,
    later_side,
    light_reaction,
    named_object,
    opposite,
    side_of,
    vowed_side,
    wanted_side,
)
from backlash.extract.speakers import Speaker, antecedent, is_masked, is_reporting, speaker_at, subject_of
from backlash.records import Item

MAX_SPEAKER_WORDS = 8


def reported_statements(parsed: ParsedText) -> list[Statement]:
    """Reported speech, reaction verbs and response nouns in the parsed paragraphs, in order."""
    found: list[Statement] = []
    for paragraph in parsed.paragraphs:
        for token in _statement_heads(paragraph.doc):
            statement = (_reported_speech(parsed, paragraph, token) or _reaction(parsed, paragraph, token)
                         or _response(parsed, paragraph, token) or _feeling(parsed, paragraph, token))
            if statement is not None and not (found and _inside(paragraph.start + token.idx, found[-1].item)
                                              and not _second_response(token, statement, found[-1])):
                found.append(statement)
    return found


# The words the four checks above can start from besides a verb (each returns None at its first test for any
# other word): "according", a commitment ("vowed"), a response noun, a feeling
_HEAD_WORDS = frozenset({"according", *COMMITMENT_VERBS, *RESPONSE_NOUNS, *FEELING_SIDES})


def _statement_heads(doc: Doc) -> list[Token]:
    """The tokens a statement may be found at: verbs and `_HEAD_WORDS`, read from the doc's arrays (making
    every token of every paragraph from Python costs more than the checks)."""
    strings = doc.vocab.strings
    tags, lowers = doc.to_array("TAG").tolist(), doc.to_array("LOWER").tolist()
    verbs = {tag for tag in set(tags) if strings[tag].startswith("VB")}
    words = {lower for lower in set(lowers) if strings[lower] in _HEAD_WORDS}
    return [doc[i] for i, (tag, lower) in enumerate(zip(tags, lowers, strict=True)) if tag in verbs or lower in words]


# A hashtag that trends is a crowd's reaction: "#WhitfieldOut trended on X", "#BoycottBrewline was trending".
_HASHTAG = re.compile(r"#(\w{2,60})")
_TRENDED = re.compile(r"\b(?:trend(?:ed|ing|s)?|went viral)\b")
SENTENCE_CHARS = 400  # how far from a hashtag its sentence is read (bounded work on a text without full stops)
MAX_HASHTAGS = 200  # hashtags read per article (a news article has a few; a wall of them is no prose)
# The side a hashtag's words take: "#WhitfieldOut", "#BoycottBrewline" against; "#IStandWithMaya" for.
_AGAINST_TAG = re.compile(r"boycott|resign|shame|sack|fire[A-Z]|stop|ban[A-Z]|cancel|notmy|dump|must ?go|out$|^no[A-Z]",
                          re.I)
_FAVOR_TAG = re.compile(r"standwith|support|thank|welldone|proudof|^yes[A-Z]|backing", re.I)


_IT = {"it", "this", "them"}


def _and_reacted(verb: Token) -> str | None:
    """The side of a reaction the speaker adds to what they said, aimed at the thing said of ("The GMB union
    said the move would protect jobs and welcomed it": favor), parsed as joined to the verb or to what
    was said. Not one with a subject of its own ("said the move would cut costs and staff welcomed it")."""
    # (joined to what was said only when that is about the measure, whose "it" the reaction takes: not
    # "said the minister had commissioned the review and then praised it")
    said = [c for c in verb.children if c.dep_ == "ccomp" and any(
        d.dep_ in ("nsubj", "nsubjpass") and d.lower_ in _THE_MEASURE | _SPEAKERS_OWN for d in c.children)]
    for joined in (c for t in (verb, *said) for c in t.children if c.dep_ == "conj" and c.tag_ == "VBD"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
            continue
        backed = "favor" if BACKING_VERBS.get(joined.lower_) in ("back", "support") else None
        if (backed or joined.lower_ in REACTION_VERBS or joined.lower_ in SIDING_VERBS) and any(
                c.dep_ == "dobj" and (c.lower_ in _IT or c.lower_ in _THE_MEASURE and any(
                    d.lower_ in ("the", "this") for d in c.children) and not any(  # (not "the decision to appeal")
                    d.dep_ in ("acl", "relcl") for d in c.children)) for c in joined.children):
            return backed or side_of(joined)
    return None


_SPEAKERS_OWN = {"they", "we", "it"}  # "Shopkeepers said they had campaigned for it and welcomed it"
_THE_MEASURE = MEASURE_NOUNS | {"move", "decision", "change", "changes", "plan", "plans", "policy", "announcement",
                                "u-turn", "ruling"}


def trending_hashtags(text: str) -> list[Statement]:
    """Each sentence telling that a hashtag trended: a reaction of that platform's users, with the
    side the hashtag's words take."""
    found: list[Statement] = []
    for tag in itertools.islice(_HASHTAG.finditer(text), MAX_HASHTAGS):
        if found and tag.start() < (found[-1].item.char_end or 0):
            continue  # a second hashtag of the same sentence
        window_start = max(0, tag.start() - SENTENCE_CHARS)
        start = window_start + max(text.rfind(c, window_start, tag.start()) - window_start + 1 for c in ".!?\n")
        stop = _SENTENCE_STOP.search(text, tag.end(), tag.end() + SENTENCE_CHARS)
        end = stop.end() if stop else min(len(text), tag.end() + SENTENCE_CHARS)
        if not _TRENDED.search(text, tag.end(), end):
            continue
        words = text[start:end].strip()
        start = text.index(words, start)
        name, side = "social media users", _tag_side(tag.group(1))
        item = Item(kind="reaction", speaker=name, handle=None, speaker_role="public", platform=platform_of(words),
                    text=words, text_source="paraphrase", quoted=False, char_start=start, char_end=start + len(words),
                    stance_cue=side)
        found.append(Statement(item, Speaker(name, name, "public"), "reaction"))
    return found


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")


def _tag_side(tag: str) -> str | None:
    return "favor" if _FAVOR_TAG.search(tag) else "against" if _AGAINST_TAG.search(tag) else None


def _second_response(noun: Token, statement: Statement, before: Statement) -> bool:
    """A second response the sentence tells of other people: "praise from cyclists and criticism from
    shop owners", "criticism from Democrats and praise from conservatives"."""
    first = noun.head
    joined = first.lower_ in RESPONSE_NOUNS or first.lower_ in MEETING_VERBS or (
        first.dep_ == "pobj" and first.head.lower_ in ("from", "among"))
    # ... or a second passive reaction with its own agent: "hailed by conservatives and condemned by advocates"
    passive = noun.lower_ in REACTION_VERBS and first.lower_ in REACTION_VERBS and any(
        c.dep_ == "agent" for c in noun.children)
    # ... or a contrasting clause with its own reaction: "Democrats blasted the ruling, while Republicans hailed it"
    contrast = noun.dep_ == "advcl" and side_of(noun) is not None and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in noun.children)
    return (contrast or (noun.dep_ == "conj" and (noun.lower_ in RESPONSE_NOUNS and joined or passive))) \
        and statement.item.speaker != before.item.speaker


def _inside(position: int, outer: Item) -> bool:
    """Whether the word at `position` lies in what was just reported said: in "said he planned to
    visit", "to visit" is part of the statement, and in "residents said they would protest",
    "protest" is the residents' words, not another reaction."""
    return outer.char_start is not None and outer.char_end is not None and outer.char_start <= position < outer.char_end


def _reported_speech(parsed: ParsedText, paragraph: Paragraph, verb: Token) -> Statement | None:
    if not is_reporting(verb, cognition=True) and verb.lower_ not in COMMITMENT_VERBS:
        return None
    # A clause ("said the plan was cruel"), or an infinitive after a commitment ("vowed to fight it").
    contents = [c for c in verb.children
                if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and verb.lower_ in COMMITMENT_VERBS)]
    # (of two, the one after the verb: "X has banned energy drinks, a move most parents say they support")
    content = next((c for c in contents if c.i > verb.i), contents[0]) if len(contents) > 1 else (
        contents[0] if contents else None)
    if content is None:
        return None
    if verb.dep_ == "relcl" and verb.lower_ in COGNITION_VERBS and verb.head.lower_ in _ANYONE:
        return None  # "to direct anyone they believe is causing distress to leave": whom, not what anyone holds
    if verb.dep_ == "advcl" and verb.tag_ == "VBP" and any(c.dep_ == "mark" and c.lower_ == "because"
                                                           for c in verb.children):
        return None  # "complaints are common, typically because insurers argue the fence was rotten": a habit told
    # Words in quote marks are a quote item's; a clause joined on that holds them is left to it
    # ("said it welcomed the decision but urged the club to “learn from its mistakes”").
    quoted = {t.i for c in content.children if c.dep_ in ("conj", "cc") for t in c.subtree} if any(
        is_masked(t) for c in content.children if c.dep_ == "conj" for t in c.subtree) else set()
    # ... and so is a closing clause that calls it something in quote marks ("said it would challenge the law
    # in court, calling it “unconstitutional”"): the statement is the rest
    for calling in (c for c in content.children if c.dep_ == "advcl" and c.i > content.i and c.tag_ == "VBG"
                    and any(is_masked(t) for t in c.subtree)):
        comma = calling.doc[calling.left_edge.i - 1]
        quoted |= {t.i for t in calling.subtree} | ({comma.i} if comma.is_punct else set())
    tokens = [t for t in content.subtree if t.i not in quoted and (not t.is_punct or t.i < content.right_edge.i)]
    if any(is_masked(t) for t in tokens):
        return None  # the words are quoted (a quote item has them)
    denied = [c for c in verb.children if c.dep_ in ("neg", "aux") and c.i < verb.i and c.text[:1] not in "'’"]
    if tokens and any(c.dep_ == "neg" for c in denied) and verb.i < tokens[0].i:
        # "did not think the skaters were responsible": what they deny, with the denial
        tokens = list(verb.doc[min(c.i for c in denied): verb.i + 1]) + tokens
    if verb.lower_ in _RELAYING and is_reporting(content) and any(c.dep_ == "ccomp" for c in content.children) \
            and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS") for c in content.children):
        return None  # "The Journal notes that Coulter tweeted that ...": Coulter's statement, found at its verb
    if len(tokens) < 3:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        # "She was told that her contract would end": words said to her, by whoever the agent names
        agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        return _statement(parsed, paragraph, verb, tokens, "speech", agent) if agent is not None else None
    return _statement(parsed, paragraph, verb, tokens, "speech")


# Whom a belief in a relative clause may be about without being anyone's statement: "anyone they believe is ..."
_ANYONE = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody", "those", "people", "nobody"}
# Verbs that relay what someone else said rather than say something of their own.
_RELAYING = {"note", "notes", "noted", "report", "reports", "reported", "recall", "recalls", "recalled"}


def _reaction(parsed: ParsedText, paragraph: Paragraph, verb: Token) -> Statement | None:
    if not verb.tag_.startswith("VB"):
        return None
    # "called the plan cruel", "branded it a disgrace": a judgement, not a report of words.
    # (the judgement also read as an adverb, "branded the plan a disgrace", or hung on the thing judged,
    # "described the decision as a betrayal")
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    judging = verb.lower_ in NAMING_VERBS and judged is not None and any(
        c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        or (c.dep_ == "npadvmod" and c.tag_ in ("NN", "NNS") and c.i > judged.i  # (not "Tuesday night")
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children))
        for c in (*verb.children, *(c for c in judged.children if c.dep_ == "prep" and c.lower_ == "as")))
    # "The move has infuriated locals": the crowd it stirred reacted, with the verb's side.
    # (told as what happened, in the sentence's own clause: not "not wanting to alienate activists",
    # "fears that he is alienating voters")
    stirred = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in CROWD_WORDS), None) \
        if verb.lower_ in STIRRING_VERBS and verb.dep_ in ("ROOT", "conj") and verb.tag_ in ("VBD", "VBN", "VBZ") \
        and not any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS") for c in verb.children) else None  # (a deed,
    # not "Bradley Cooper upset fans by attending", a headline's summary of someone)
    if stirred is not None:
        return _statement(parsed, paragraph, verb, list(verb.sent), "reaction", stirred)
    # "The plan was warmly received by parents": a reception told with its manner.
    received = verb.lower_ == "received" and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in MANNER_SIDES for c in verb.children)
    if verb.lower_ not in REACTION_VERBS and verb.lower_ not in SIDING_VERBS and not judging \
            and verb.lower_ not in COMPLAINING_VERBS and not _took_to(verb) and light_reaction(verb) is None \
            and not received and _petition(verb) is None and backing_side(verb) is None:
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "how" for c in verb.children):
        return None  # "Here is how players reacted": what follows tells, this announces it
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return None  # "If members reject the offer, the union said it would ...": a reaction only supposed
    if is_forecast(verb) or (any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll") for c in verb.children)):
        return None  # "Fans are expected to back the plans next week", "calls will be answered by a clinician": not
        # yet anyone's reaction (but "Hundreds of residents will protest on Saturday" is theirs)
    if verb.lower_ in COMPLAINING_VERBS and (few_or_none(verb) or any(c.dep_ == "neg" for c in verb.children)):
        return None  # "No residents objected to the plans": nobody's complaint
    actor = _passive_agent(verb)
    sentence = list(verb.sent)
    if actor is None and (doer := subject_of(verb)) is not None and doer.lower_ in UTTERANCE_NOUNS \
            and doer.dep_ != "nsubjpass":
        return None  # "posted a tweet that appeared to mock residents": what the tweet says, not a response
    if actor is not None:
        return _statement(parsed, paragraph, verb, sentence, "reaction", actor)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        # ("Skyreach Tactics has about 3 million players ... and has been criticised since launch": the subject it
        # shares with the verb before is who was criticised, not who criticised)
        passive = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if passive is not None:
        # "Social media was flooded with complaints": the crowd or platform is who reacted;
        # "the plan was criticised" names nobody, and "migrants were blamed for ..." names whom it was aimed at.
        phrase = " ".join(t.text for t in passive.subtree).lower()
        flooded = REACTION_VERBS.get(verb.lower_) == "flood"
        crowd = (passive.lower_ in CROWD_WORDS and flooded) or "social media" in phrase or platform_of(phrase)
        if crowd:
            return _statement(parsed, paragraph, verb, sentence, "reaction", passive)
        # "it was widely criticised on social media": the platform's users, where the sentence names it
        where = " ".join(t.text for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "across")
                         for t in c.subtree).lower()
        online = "social media" in where or platform_of(where) or any(c.lower_ == "online" for c in verb.children)
        if online:
            users = Speaker("social media users", "social media users", "public")
            return _statement(parsed, paragraph, verb, sentence, "reaction", speaker=users)
        # "The video was widely mocked": by many, whom it does not name (in the sentence's own clause:
        # not "a government which was widely criticized for corruption")
        widely = verb.dep_ == "ROOT" and any(c.dep_ == "advmod" and c.lower_ in _WIDELY for c in verb.children)
        many = Speaker("many people", "many people", "public")
        return _statement(parsed, paragraph, verb, sentence, "reaction", speaker=many) if widely else None
    return _statement(parsed, paragraph, verb, sentence, "reaction")


_WIDELY = {"widely", "roundly", "universally", "broadly"}
_LINKING = {"is", "are", "was", "were", "be", "been", "seem", "seems", "seemed", "appear", "appeared", "remain",
            "remained", "grew", "became"}


def _feeling(parsed: ParsedText, paragraph: Paragraph, word: Token) -> Statement | None:
    """A crowd's feeling as the journalist sums it up: "Fans were furious", "Many parents were less
    enthusiastic", "Others were more supportive"."""
    # (by the verb's form: past the lead, paragraphs are parsed without lemmas)
    # "Fans were furious"; also as a passive ("Many festival-goers were disappointed", parsed so)
    passive = word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children)
    # ... or its verb: "Fans fumed", "Parents were fuming"
    felt = word.lower_ in CROWD_FEELING_VERBS and word.tag_.startswith("VB") and word.dep_ == "ROOT"
    if not felt and (word.lower_ not in FEELING_SIDES
                     or not (passive or (word.dep_ == "acomp" and word.head.lower_ in _LINKING))):
        return None
    eager = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
                for c in word.children)
    if word.lower_ == "keen" and eager:
        return None  # "keen to help", "keen on telling women ...": eager to do, not a feeling about the news
    crowd = subject_of(word) if passive or felt else subject_of(word.head)
    who = counted(crowd) if crowd is not None else None  # "Even some of his allies were critical": allies
    if who is None or not (who.lower_ in CROWD_WORDS or who.lower_ in ("others", "everyone") or (
            who.tag_ == "NNS" and can_speak(who.lower_) and (who.is_lower or who.lower_ in ROLE_NOUNS))):
        # "Some frequent fliers were relaxed"; a capital is a known crowd's, not "Sanders wasn't impressed"
        return None
    statement = _statement(parsed, paragraph, word, list(word.sent), "reaction", crowd) or (
        _statement(parsed, paragraph, word, list(word.sent), "reaction", who) if who is not crowd else None)
    # Whom they felt so about, when named: "critical of Clinton", "pleased with Trump".
    named = next((o for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "with", "at", "about", "over")
                  for o in c.children if o.dep_ == "pobj" and o.tag_ in ("NNP", "NNPS")), None) or next(
        (o for c in word.children if c.dep_ == "ccomp" for o in c.children  # "upset that Wasserman Schultz ..."
         if o.dep_ in ("nsubj", "nsubjpass") and o.tag_ in ("NNP", "NNPS")), None)
    if statement is None or named is None:
        return statement
    return replace(statement, aimed_at=" ".join(t.text for t in named.subtree))


def _passive_agent(verb: Token) -> Token | None:
    """Who did it, in the passive: "was booed by supporters"; also where the parser hung the
    `by` phrase on a word of the verb's own clause ("was denounced as cruel by the union")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and any(c.dep_ == "auxpass" for c in verb.children):
        agent = next((t for t in verb.subtree if t.lower_ == "by" and t.i > verb.i and t.dep_ in ("agent", "prep")
                      and _clause_head(t).i == verb.i), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _clause_head(token: Token) -> Token:
    """The nearest verb above `token`: the clause it belongs to."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _took_to(verb: Token) -> bool:
    """"Fans took to social media to vent", "parents have taken to Twitter": going to a platform
    to be heard is a reaction."""
    return verb.lower_ in TAKE_FORMS and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            platform_of(p.text) or p.lower_ in ("media", "internet", "streets", "airwaves")
            for p in c.children if p.dep_ == "pobj") for c in verb.children)


def _why_they_took_to(verb: Token) -> Token | None:
    """What they went to a platform to do ("took to social media to slam the decision": slam)."""
    if not _took_to(verb):
        return None
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"), None)


def _response(parsed: ParsedText, paragraph: Paragraph, noun: Token) -> Statement | None:
    # The parser sometimes takes the noun after a meeting verb for a verb ("drew scorn from ...").
    if noun.lower_ not in RESPONSE_NOUNS or not (noun.tag_.startswith("NN") or noun.head.lower_ in MEETING_VERBS):
        return None
    if noun.lower_ in ("response", "responses") and noun.head.lower_ == "in":
        return None  # "in response to their unpopularity": why something was done, not a response it met
    # "Boos greeted the mayor", "cheers erupted": a crowd's response is its own subject.
    crowd = UNNAMED_RESPONDERS.get(noun.lower_)
    if noun.dep_ == "nsubj" and crowd == "the crowd":
        return _statement(parsed, paragraph, noun, list(noun.sent), "reaction",
                          speaker=Speaker(crowd, crowd, role_of(crowd)))
    # "backlash from parents", or with the source on the verb: "drew backlash from parents", and
    # through a measure word: "a wave of boos from the crowd".
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)
    if holders[-1].dep_ == "dobj" or (
            holders[-1].head.lower_ in MEETING_VERBS and holders[-1].dep_ not in ("nsubj", "nsubjpass")):
        holders.append(holders[-1].head)
    source = next((p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "among")
                   for p in c.children if p.dep_ == "pobj"), None)
    if source is None and noun.dep_ == "conj" and noun.head.dep_ == "pobj":
        # "praise from cyclists and criticism from shop owners": the parser may hang the second
        # "from" on the first response's people
        source = next((p for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i
                       and c.lower_ in ("from", "among") for p in c.children if p.dep_ == "pobj"), None)
    if source is not None:
        return _statement(parsed, paragraph, noun, list(noun.sent), "reaction", source)
    # "The plan drew boos", "the decision sparked outrage": a response the subject's action met,
    # from a crowd the sentence does not name.
    if holders[-1].dep_ == "pobj" and holders[-1].head.lower_ == "with":  # "was met with jeers"
        holders.append(holders[-1].head.head)
    if holders[-1].lower_ not in MEETING_VERBS or not crowd:
        return None
    return _statement(parsed, paragraph, noun, list(noun.sent), "reaction",
                      speaker=Speaker(crowd, crowd, role_of(crowd)))


def _statement(parsed: ParsedText, paragraph: Paragraph, verb: Token, tokens: list[Token], how: str,
               actor: Token | None = None, speaker: Speaker | None = None) -> Statement | None:
    """The statement of `actor` (default: the verb's subject), or of a `speaker` the text implies."""
    if speaker is None:
        actor = actor if actor is not None else subject_of(verb)
        speaker = speaker_at(parsed, paragraph, actor) if actor is not None else None
    if speaker is None or len(speaker.name.split()) > MAX_SPEAKER_WORDS:
        return None
    start, end = span_of(paragraph, tokens[0], tokens[-1])
    if speaker.pronoun and speaker.name.lower() in ("i", "we"):
        return None  # the writer, outside anyone's quote ("We asked shoppers what they thought")
    # (what the teller says after the verb: not "He promised to ..., Frankel said", someone else's deed)
    outer = subject_of(verb.head) if verb.dep_ == "ccomp" and verb.i > verb.head.i and is_reporting(verb.head) \
        else None
    if speaker.pronoun and outer is not None and (said_by := speaker_at(parsed, paragraph, outer)) is not None \
            and not said_by.pronoun:
        # "One parent ... told the Courier she supported the ban": she is the one who told it
        speaker = Speaker(said_by.name, said_by.phrase, said_by.role)
    if speaker.pronoun:
        name = antecedent(parsed, start, None, speaker.name)
        if name is None:
            return None
        speaker = Speaker(name, speaker.phrase, speaker.role)
    text = " ".join(parsed.text[start:end].split())
    around = _outside(verb, tokens) if how == "speech" else verb.sent.text
    # The side of the reaction word, else of what they say they will do or want done ("vowed to fight it")
    cue = backing_side(verb) or side_of(_why_they_took_to(verb) or verb) or _petition_side(verb) or wanted_side(verb) \
        or _poll_side(speaker.phrase, text) or _protest_side(text) or deed_judgement(verb) or _and_reacted(verb) \
        if how in ("reaction", "speech") else None
    # "initially backed the move but later turned against it": where they ended up
    cue = later_side(verb) or cue
    if cue and few_or_none(verb):
        cue = opposite(cue)  # "Few residents backed the plan", "Hardly any shoppers welcomed it"
    item = Item(kind="reaction", speaker=speaker.name, handle=None, speaker_role=speaker.role,
                platform=platform_of(f"{speaker.phrase} {around}"), text=text,
                text_source="paraphrase", quoted=False, char_start=start, char_end=end, stance_cue=cue)
    aimed_at = (_mentioned(verb) or named_object(verb)) if how == "reaction" else None
    return Statement(item, speaker, how, " ".join(t.text for t in aimed_at) if aimed_at else None)


# What a poll found most people did: "found 58% of adults opposed prescribing ...".
_POLL = re.compile(r"\b(?:poll|polls|survey|surveys|polling)\b", re.I)
_POLL_SHARE = re.compile(r"\b(?P<share>\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s+"
                         r"(?:of\s+(?:(?!who\b|that\b|which\b)[\w'’-]+\s+){0,4}?)?(?:were\s+|are\s+)?"
                         r"(?P<verb>opposed|oppose|against|disapproved|disapprove|supported|support|backed|back|"
                         r"favou?red|favou?r|approved|approve)\b", re.I)


# A protest or boycott someone says they will hold: "said it would organise a protest before Saturday's game".
_PROTESTING = re.compile(r"\b(?:organi[sz]|hold|stag|launch|plann?|call(?:ed|ing|s)? for|start|join)\w*\s+"
                         r"(?:a |an )?(?:[\w-]+ )?(?:protest|protests|boycott|walkout|demonstration|march)\b", re.I)


def _protest_side(text: str) -> str | None:
    """Against, for a protest or boycott the words say someone will hold (not one they will not)."""
    return "against" if _PROTESTING.search(text) and not re.search(r"\b(?:not|never|no)\b", text, re.I) else None


def _poll_side(phrase: str, text: str) -> str | None:
    """The side of the majority a poll found ("58% of adults opposed ...": against), the first share
    told; a minority's choice ("28 percent supported Mr. Trump") is no side."""
    found = _POLL_SHARE.search(text) if _POLL.search(phrase) else None
    if found is None or float(found.group("share")) <= 50:
        return None
    return "against" if found.group("verb").lower() in ("opposed", "oppose", "against", "disapproved",
                                                         "disapprove") else "favor"


_PETITIONING = {"sign", "signs", "signed", "signing", "launch", "launched", "launching", "start", "started",
                "starting", "set", "organised", "organized"}


def _petition(verb: Token) -> Token | None:
    """The petition a verb signs or starts ("Thousands signed a petition demanding ...")."""
    if verb.lower_ not in _PETITIONING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("petition", "petitions")),
                None)  # ("A petition against it has been signed by 3,000 staff")


def _petition_side(verb: Token) -> str | None:
    """The side of a petition: "against the decision"; "in support of", "backing" the story's
    measure; or what it demands ("demanding the league reverse it")."""
    petition = _petition(verb)
    if petition is None:
        return None
    for child in petition.children:
        if child.dep_ == "prep" and child.lower_ == "against":
            return "against"
        if (child.dep_ == "prep" and child.lower_ == "in" and any(p.lower_ == "support" for p in child.children)) \
                or child.lower_ in ("backing", "supporting"):
            return "favor"
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and child.lower_ in _RESCUING:
            return "against"  # "a petition to save the animal", "to keep the library open": against the deed
        if child.dep_ == "acl" and child.lower_ in ASKING_VERBS:
            asked = [c for c in child.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
            return next((side for c in asked if (side := vowed_side(c) or _undone(c))), None)
    return None


_RESCUING = {"save", "stop", "keep", "protect", "block", "halt", "prevent", "reverse", "overturn", "reinstate",
             "bring"}


def _undone(verb: Token) -> str | None:
    """What a demand asks done to the story's measure: reversing or reviewing it is against it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    undoing = verb.lower_ in UNDOING_VERBS or verb.lower_ in ("review", "reconsider")
    return "against" if undoing and obj is not None and (obj.lower_ in ("it", "this", "that") or any(
        d.lower_ in ("the", "this", "its") for d in obj.children)) else None


def _mentioned(word: Token) -> list[Token] | None:
    """What a crowd's response was aimed at when the sentence says it answered a mention: "booed
    the mention of Clinton", "boos rained down when Trump mentioned the former secretary"."""
    for token in word.sent:
        if token.lower_ == "mention" and token.tag_.startswith("NN"):
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            named = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        elif token.lower_ in MENTIONING_VERBS and token.tag_.startswith("VB") and any(
                m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in token.children):
            named = next((c for c in token.children if c.dep_ == "dobj"), None)
        else:
            continue
        if named is not None:
            return list(named.subtree)
    return None


def _outside(verb: Token, content: list[Token]) -> str:
    """The words of the sentence that are not the reported clause (they may name a platform)."""
    inside = {t.i for t in content}
    return " ".join(t.text for t in verb.sent if t.i not in inside)

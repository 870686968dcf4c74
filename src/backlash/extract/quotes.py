"""Quoted statements in article text and who made them.

Quote marks are paired by a scanner (straight, curly and the doubled apostrophe of newspaper
archives, per paragraph; news style continues a quote over paragraphs by leaving the closing mark
off; a paragraph with more marks than prose holds is not scanned). The speaker comes from the
parse: the subject of the reporting verb that governs the quote or stands beside it in the
parser's sentence (`"Q," X said.`, `X wrote: "Q"`, `X says the plan "failed"`, `according to X`),
else a dash (`"Q" - X`), a name and a colon, or a paragraph that ends `X said:` just above the
quote; a sign or banner that reads the quote (`one sign read "Q"`) gives the public's words.
Quotes interrupted by their attribution (`"Q1," X wrote. "Q2"`) and continued over paragraphs are
one statement; a quote opening the paragraph after an attributed one is that speaker going on.
A reporting verb that takes a side ("slammed the plan: ...", "defended him, saying ...") gives
the quote its side as a cue, and the one it names as its object.
Quotes without an attribution (scare quotes, titles, terms, web addresses) are not statements. An
attributed quote of fewer than `MIN_WORDS` words is kept (`extract` widens it to its sentence).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from backlash.extract.lexicon import (
    ACTION_NOUNS,
    CLOSE_QUOTE,
    CROWD_WORDS,
    FEELING_SIDES,
    INSCRIPTION,
    INSCRIPTION_AFTER,
    INSCRIPTION_BEFORE,
    INSCRIPTION_CAPTIONED,
    INSCRIPTION_HELD,
    NAMING_VERBS,
    NOT_NAMES,
    OPEN_QUOTE,
    OTHER_SIDE,
    QUOTE_MARK,
    ROLE_NOUNS,
    TITLES,
    UTTERANCE_NOUNS,
    can_speak,
    platform_of,
    role_of,
)
from backlash.extract.parse import Paragraph, ParsedText, load_parser
from backlash.extract.sides import counted, judgement_side, named_object, quote_verb, side_of, wanted_side
from backlash.extract.speakers import (
    SOME_OF_A_CROWD,
    Speaker,
    antecedent,
    is_masked,
    is_reporting,
    speaker_at,
    speaker_name,
    subject_of,
)
from backlash.records import Item

MIN_WORDS = 3  # an attributed quote shorter than this says little alone
MAX_MARKS_PER_PARAGRAPH = 200  # a paragraph of prose holds a few dozen quote marks at most
_BE = {"is", "are", "was", "were", "be", "been", "being", "am", "’s", "'s", "’re", "'re"}
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:de |van |von |al |bin )?[A-Z][\w’'.-]*){0,4}"
_NAME_COLON = re.compile(rf"(?:^|\n)\s*(?P<who>{_NAME})\s*:\s*$")
# A show, book or film title: a few words, each capitalised (small words aside).
_TITLE_WORD = r"(?:[A-Z0-9#][\w’'&:.-]*|of|the|and|a|an|in|on|to|for|with|at|by|&)"
_TITLE = re.compile(rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{1,6}}")
_SHOUTED = re.compile(r"[A-Z0-9][A-Z0-9’'.,!?-]*(?:\s+[A-Z0-9][A-Z0-9’'.,!?-]*){2,}")  # three words or more in capitals
_NAMED = re.compile(r"(?:\bthe|\ban?|['’]s)\s*$", re.I)  # what a one-word name follows
_NICKNAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ ?$")  # the first name and the surname around it, on its line
_NAME_AFTER = re.compile(r" ?[A-Z][a-z]+")
_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)  # a web address is a name too
# Quoted words, left out when a paragraph's own words are searched for a platform.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|''(?:(?!'').)*''")
_THREAD_VOICE = re.compile(
    r"\b(?:comment(?:er|ers|s)?|user|users|poster|posters|repl(?:y|ies)|follower|followers|another)\b", re.I)
# "..., with one writing: “Q”", "with another fan adding": the one of the crowd just named.
_WITH_ONE = re.compile(r"\bwith\s+(?P<who>(?:one|another|some|many|others|several)(?:\s+[a-z-]+)?)\s+(?:writing|"
                       r"saying|adding|posting|tweeting|commenting|replying|asking|noting|joking|declaring)\s*[:,]?\s*$")
_DASH = re.compile(r"^\s*[,.]?\s*[-—–]\s*(?P<who>(?:[A-Z]\.\s+)*[A-Z@][^\"“”.!?\n]{0,60})")  # ("— R. Hughes")
# "A third penned: “Q”": one more of those quoted before (the tagger reads the ordinal as an adjective)
_ORDINAL_ONE = re.compile(r"\b(?P<who>[Aa] (?:second|third|fourth|fifth|sixth)(?: [a-z]+)?)\s+(?:wrote|added|said|"
                          r"posted|commented|penned|replied|tweeted|quipped|joked|chimed in)\s*:\s*$")
_ORDINALS = {"a second", "a third", "a fourth", "a fifth", "a sixth"}
# "That drew a sharp reply from @sunnyside_tash: “Q”": the reply's author
_REPLY_FROM = re.compile(r"\b(?:reply|replies|response|retort|riposte|rebuttal|comeback)\s+from\s+"
                         r"(?P<phrase>(?:[a-z][\w-]*\s+){0,4}(?P<who>@\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}))"
                         r"\s*:\s*$")


@dataclass(frozen=True)
class Span:
    start: int  # first character inside the marks
    end: int  # one past the last character inside
    paragraph: int
    continues: bool  # the paragraph ended inside this quote and the next one reopens it


# A line that hands the next paragraph to its speaker: "Nigerian author Chika Obi tweeted:" (a post
# shown as a plain paragraph, as pages print embeds without their markup).
_HANDS_ON = re.compile(r"\b(?:tweeted|posted|wrote|said|added|commented|replied|shared|responded|stated)\b"
                       r"[^.:\n]{0,40}:\s*$")
MAX_HANDED_CHARS = 600  # a post or short statement, not the rest of the article


def quote_spans(text: str) -> list[Span]:
    """Quoted stretches, paired within each paragraph; an unclosed quote runs to the paragraph end;
    a paragraph without quote marks after a line that hands it on ("X tweeted:") is one quote."""
    spans: list[Span] = []
    offset = 0
    paragraphs = text.split("\n")
    above = ""  # the last line with words
    for index, paragraph in enumerate(paragraphs):
        handed = _HANDS_ON.search(above) and not QUOTE_MARK.search(paragraph) and paragraph.strip() \
            and len(paragraph.strip()) <= MAX_HANDED_CHARS
        above = paragraph if paragraph.strip() else above
        if handed:
            start = offset + len(paragraph) - len(paragraph.lstrip())
            spans.append(Span(start, offset + len(paragraph.rstrip()), index, False))
            offset += len(paragraph) + 1
            continue
        marks = list(itertools.islice(QUOTE_MARK.finditer(paragraph), MAX_MARKS_PER_PARAGRAPH + 1))
        if len(marks) > MAX_MARKS_PER_PARAGRAPH:
            marks = []  # not prose (a wall of quote marks): scanning it would cost per mark
        opened: re.Match | None = None
        for mark in marks:
            if opened is None:
                if mark.group() != CLOSE_QUOTE:
                    opened = mark
            elif mark.group() != OPEN_QUOTE:
                spans.append(Span(offset + opened.end(), offset + mark.start(), index, False))
                opened = None
        if opened is not None:
            following = next((paragraphs[i] for i in range(index + 1, len(paragraphs))
                              if paragraphs[i].strip()), "")
            reopening = QUOTE_MARK.match(following.lstrip())
            reopens = reopening is not None and reopening.group() != CLOSE_QUOTE
            spans.append(Span(offset + opened.end(), offset + len(paragraph.rstrip()), index, reopens))
        offset += len(paragraph) + 1
    return spans


@dataclass(frozen=True)
class Statement:
    """A statement with everything the article says about its speaker."""

    item: Item
    speaker: Speaker
    how: str = "quote"  # "quote", "speech" (reported, unquoted) or "reaction" (a reaction verb or noun)
    aimed_at: str | None = None  # what a reaction was aimed at when the article names it ("the mention of X")


@dataclass(frozen=True)
class _Attribution:
    speaker: Speaker
    context: str  # the words of the attribution (for the platform: "tweeted", "on Facebook")
    after: bool = False  # found after the quote (`"Q," X said.`): a next quote may continue it
    cue: str | None = None  # the side its reporting verb takes ("slammed": against)
    aimed_at: str | None = None  # whom that verb names as its object ("slammed Obama")


def attribution(parsed: ParsedText, span: Span) -> _Attribution | None:
    """The speaker of a quote: the subject of the reporting verb over the quote or nearest to it in
    the parser's sentence, else a dash or a `Name:` lead-in. A title ("Good Morning America") is
    nobody's words."""
    # A paragraph repeated in the article (a pasted thread, a hostile input) is attributed once.
    text = parsed.text
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    key = (text[line_start:line_end if line_end >= 0 else len(text)], span.start - line_start,
           span.end - line_start, text[max(span.start - 81, 0): span.start], text[span.end: span.end + 81])
    cache = parsed.cache.setdefault("attribution", {})
    if key not in cache:
        found = _attribution(parsed, span)
        felt = _FELT_BEFORE.search(_before(parsed, span)) if found is not None and found.cue is None else None
        if felt and (side := FEELING_SIDES.get(felt.group("feeling").lower())):
            # "Critics were scathing: “Q”", "Others were less forgiving: “Q”": how the speaker felt, told first
            found = replace(found, cue=OTHER_SIDE[side] if bool(felt.group("turned")) != bool(felt.group("nobody"))
                            else side)
        cache[key] = found
    return cache[key]


# A clause that tells how its speaker felt and introduces their words with a colon
_FELT_BEFORE = re.compile(r"(?P<nobody>\b(?:not everyone|not all|no one|nobody|none|few)\b[^.:;]{0,40}?)?"
                          r"\b(?:was|were|is|are|seemed|sounded|felt)\s+(?P<turned>(?:not|less|far less|no more)\s+)?"
                          r"(?:(?:more|far more|much more|rather|very|less)\s+)?(?P<feeling>[a-z]+)\s*:\s*$", re.I)


def _judges_the_deed(quote: Token, verb: Token) -> bool:
    """A quote that is what the speaker said the deed was ("said the move was “Q”", "said it was “Q”")."""
    copula = quote.head
    # (not a dummy "it": "said it was “brilliant” to see so many people turn out", "“disappointing” that ...")
    dummy = any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > quote.i for c in (*copula.children, *quote.children))
    return quote.dep_ in ("acomp", "attr") and copula.lower_ in _BE and copula.dep_ == "ccomp" \
        and copula.head.i == verb.i and any(c.dep_ == "nsubj" and (c.lower_ in ACTION_NOUNS | _DEED_WORDS)
                                            and not (c.lower_ == "it" and dummy) for c in copula.children)


_DEED_WORDS = {"it", "this", "reversal", "u-turn", "climbdown", "package", "payout", "bonus", "settlement"}


def deed_judgement(verb: Token) -> str | None:
    """The side of what a reporting verb says the deed was, in the words of the teller: "Analysts said the
    move was necessary" (favor), "said the cuts were cruel" (against). Not denied ("was not necessary"),
    asked ("asked whether the rise was necessary"), another's ("the Conservatives' plan", "its own move"),
    a response to it ("the claims were ridiculous", "the boycott was unfair"), nor a dummy "it" ("it would
    be a mistake to delay the ban")."""
    if (verb.lemma_ or verb.lower_) in ("ask", "question", "wonder", "doubt"):
        return None
    for copula in (c for c in verb.children if c.dep_ == "ccomp" and c.lower_ in _BE):
        judged = next((c for c in copula.children if c.dep_ in ("acomp", "attr")), None)
        deed = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if judged is None or deed is None or not _judges_the_deed(judged, verb) or any(
                c.dep_ in ("neg", "mark") for c in copula.children) or deed.lower_ in _RESPONSES or any(
                c.dep_ == "poss" or c.lower_ == "own" for c in deed.children):
            continue
        if deed.lower_ in ("it", "this") and (copula.right_edge.i > judged.right_edge.i + 1 or any(
                c.dep_ in ("acl", "relcl", "xcomp", "ccomp", "advcl") for c in judged.children)):
            continue  # (the clause after the judgement is what is judged: "it would be a mistake to delay it")
        return judgement_side(" ".join(t.text for t in judged.subtree))
    return None


_RESPONSES = {"claims", "claim", "allegations", "accusations", "criticism", "boycott", "backlash", "response",
              "attacks", "abuse", "protests"}


def _attribution(parsed: ParsedText, span: Span) -> _Attribution | None:
    if _names_something(parsed.text, span):
        return None
    if (authored := _AUTHORED_POST.search(parsed.text, max(span.start - 240, 0), span.start)) is not None \
            and "\n" not in authored.group():
        # "One video ..., posted by Mereana Paki (@mereana.beats), carried the caption: “Q”": the post's author
        who = authored.group("who")
        return _Attribution(Speaker(who, authored.group("phrase"), role_of(authored.group("phrase"))),
                            authored.group())
    if (owned := _owners_writing(parsed.text, span)) is not None:
        return owned
    if (written := _inscription(parsed.text, span)) is not None:
        return written
    if (ordinal := _ORDINAL_ONE.search(_before(parsed, span))) is not None:
        who = ordinal.group("who")
        return _Attribution(Speaker(who, who, role_of(who)), ordinal.group())
    if (replying := _REPLY_FROM.search(_before(parsed, span))) is not None:
        who, phrase = replying.group("who"), replying.group("phrase")  # ("local GP Dr Anil Mehta")
        return _Attribution(Speaker(who if who.startswith("@") else speaker_name(phrase), phrase, role_of(phrase)),
                            replying.group())
    if (accompanying := _WITH_ONE.search(_before(parsed, span))) is not None:
        who = accompanying.group("who")  # "Fans slammed the decision, with one writing: “Q”": that one
        return _Attribution(Speaker(who, who, role_of(who)), accompanying.group())
    found = parsed.token_at(span.start if span.end > span.start else max(span.start - 1, 0))
    if found is not None:
        paragraph, token = found
        verb = _reporting_verb(token, len(parsed.text[span.start:span.end].split()))
        if verb is not None:
            subject = subject_of(verb)
            if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl" and 0 < verb.head.i - token.i <= 3:
                # '“Q,” one user, who said she had worked there, posted': the one the relative clause describes, named
                # right after the quote
                subject = verb.head
            if subject is not None:
                speaker = speaker_at(parsed, paragraph, subject)
                if speaker is not None:
                    # 'one customer wrote: “Q.” Another said ...': a quote that ends its sentence is the
                    # words of who the colon before it introduced (not '“Q,” he wrote': the same one).
                    ends = parsed.text[span.start:span.end].rstrip()[-1:] in (".", "!", "?")
                    if verb.i > token.i and ends and (
                            introduced := _introduced_by_colon(parsed, _before(parsed, span), span)):
                        return introduced
                    # The masked sentence: words inside the quote do not name the platform.
                    how = quote_verb(verb)
                    aimed = named_object(how)
                    # "called the ban “ridiculous”": a naming verb's side is its judgement's
                    # (or "said the reversal was “the right decision”": its judgement of the deed)
                    judged = judgement_side(parsed.text[span.start:span.end]) if how.lower_ in NAMING_VERBS or (
                        _judges_the_deed(token, verb)) else None
                    # ('said they would fight the plan “every step of the way”': the deed they vow)
                    vowed = wanted_side(verb) if token in verb.subtree else None
                    return _Attribution(speaker, verb.sent.text, after=verb.i > token.i,
                                        cue=side_of(how) or judged or vowed,
                                        aimed_at=" ".join(t.text for t in aimed) if aimed else None)
    closing = QUOTE_MARK.match(parsed.text, span.end)
    after = parsed.text[closing.end(): closing.end() + 79] if closing else ""
    if closing and closing.group() != OPEN_QUOTE and (dash := _DASH.match(after)):
        # ("— Brian Tate, Harton": the name before the place)
        who = speaker_name(dash.group("who").split(",")[0])
        return _Attribution(Speaker(who, dash.group("who").strip(), "unknown"), after, after=True)
    before = _before(parsed, span)
    if (colon := _NAME_COLON.search(before)) and colon.group("who").split()[0].lower() not in NOT_NAMES:
        who = colon.group("who")
        return _Attribution(Speaker(speaker_name(who), who, "unknown"), before)
    if (listed := _listed_speaker(before)) is not None:
        return _Attribution(listed, before)
    return _introduced_by_colon(parsed, before, span) or _announced_above(parsed, span) or \
        _told_just_before(parsed, before, span) or _went_on(parsed, before, span) or \
        _introduced_just_before(parsed, before, span)


# A sentence that reports someone spoke and gives no words of its own: "X said in a statement."
_SPOKE = re.compile(r"\b(?:said|says|added|wrote|announced|stated)(?: in (?:a|an|the) (?:statement|interview|email|"
                    r"letter|post|press release)| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                    r"\.\s*$")


def _told_just_before(parsed: ParsedText, before: str, span: Span) -> _Attribution | None:
    """`Sam Lau, the party's spokesman, said in a statement. “Q”`: a quote that opens the sentence
    after one that only reports its speaker spoke is that speaker's."""
    line = before[before.rfind("\n") + 1:]
    if not _SPOKE.search(line):
        return None
    found = parsed.token_at(_last_before(parsed, span))
    if found is None:
        return None
    paragraph, stop = found
    if any(is_masked(t) for t in stop.sent):
        return None  # '“Q1,” X said. “Q2”': the second part goes on the first (`_Scan.read`)
    verbs = [t for t in stop.sent if is_reporting(t) and subject_of(t) is not None
             and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children)]
    speaker = speaker_at(parsed, paragraph, subject_of(verbs[-1])) if verbs else None
    return _Attribution(speaker, stop.sent.text) if speaker is not None else None


def _sentence_just_before(parsed: ParsedText, before: str, span: Span,
                          words_inside: bool = False) -> tuple[Paragraph, Token] | None:
    """For a quote of whole sentences that ends its paragraph right after a sentence of it, with no quote before
    in the paragraph: the paragraph and the last token of that sentence (not in a paragraph quoted before:
    `“Q1,” X said. She said ... “Q2”` goes on the first). `words_inside`: a quote inside what that sentence reports
    is no quote before (`X said the closure would put “real pressure” on vets. “Q2”`)."""
    line = before[before.rfind("\n") + 1:]
    words = parsed.text[span.start:span.end].rstrip()
    closing = QUOTE_MARK.match(parsed.text, span.end)
    rest = parsed.text[closing.end(): closing.end() + 40] if closing else ""
    if not line.strip() or line.rstrip()[-1:] not in (".", "!", "?") or words[-1:] not in (".", "!", "?") \
            or not re.match(r"[ \t]*(?:$|\n)", rest):
        return None
    found = parsed.token_at(_last_before(parsed, span))
    opening, end = parsed.text.rfind("\n", 0, span.start) + 1, max(span.start - 1, 0)
    if found is not None and words_inside and _quoted_only_inside(found[1].sent):
        end = found[0].start + found[1].sent.start_char  # (only quotes before that sentence count)
    return None if QUOTE_MARK.search(parsed.text, opening, max(end, opening)) else found


def _quoted_only_inside(sentence: Span) -> bool:
    """Whether every quote in a sentence is inside what its main verb reports ("said the closure would put
    “real pressure” on vets"), none of them the sentence's own words."""
    masked = [t for t in sentence if is_masked(t)]
    content = {t.i for c in sentence.root.children if c.dep_ == "ccomp" for t in c.subtree}
    return bool(masked) and all(t.i in content for t in masked)


def _last_before(parsed: ParsedText, span: Span) -> int:
    """Where the words just before a quote end, past its opening mark (in the quote's own paragraph, where a
    short sentence opens it: "Tyler Kowalchuk, 27, shrugged. “Q”", not in the paragraph before)."""
    return max(span.start - _BEFORE_CHARS, 0) + len(_before(parsed, span).rstrip()) - 1


def _went_on(parsed: ParsedText, before: str, span: Span) -> _Attribution | None:
    """`Brian Hutchins said he had eaten them every day for 50 years. “I won't be buying them again.”`: a
    quote that is a whole sentence of its own and ends its paragraph, right after one in which one speaker
    said something in their own words, goes on with what they said (no quote before it in that paragraph;
    not where their words tell of another's words, which the quote may be: "said she received a letter from
    the council", "said the teenager shouted")."""
    found = _sentence_just_before(parsed, before, span, words_inside=True)
    if found is None:
        return None
    paragraph, stop = found
    if any(is_masked(t) for t in stop.sent) and not _quoted_only_inside(stop.sent):
        return None
    said = stop.sent.root
    content = [t for c in said.children if c.dep_ == "ccomp" for t in c.subtree]
    # ("but her neighbour said he feared ..."; not a thing's "since it began")
    others = [t for t in stop.sent if t.i != said.i and is_reporting(t)
              and (subject_of(t) is None or subject_of(t).lower_ not in ("it", "this", "that"))]
    if not is_reporting(said) or not content or others or any(t.lower_ in _WORDS_OF_OTHERS for t in content):
        return None
    doer = subject_of(said)
    speaker = speaker_at(parsed, paragraph, doer) if doer is not None else None
    return _Attribution(speaker, stop.sent.text) if speaker is not None else None


def _introduced_just_before(parsed: ParsedText, before: str, span: Span) -> _Attribution | None:
    """`Pensioner Nomvula Khumalo, 74, is afraid of the new system. “Q.”`, `For fishmonger Hassan Abdi, the
    lights matter most. “Q.”`: a quote of whole sentences that ends its paragraph, right after a sentence of it
    that introduces one named person and reports no words of theirs ("recalled years of lobbying for a roof";
    none quoted before it in the paragraph), is theirs."""
    found = _sentence_just_before(parsed, before, span)
    if found is None:
        return None
    paragraph, stop = found
    sentence = stop.sent
    if any(is_masked(t) or (is_reporting(t, cognition=True) and any(c.dep_ == "ccomp" for c in t.children))
           for t in sentence):
        return None  # (words of their own, or of someone else, told there: the other rules read those)
    doer = subject_of(sentence.root)
    if sentence[0].lower_ == "for":  # ("For fishmonger Hassan Abdi, the lights matter most")
        opening = itertools.takewhile(lambda t: t.text != ",", sentence[1:])
        doer = next((t for t in reversed(list(opening)) if t.tag_ == "NNP"), None)
    if doer is not None and doer.tag_ == "NN" and can_speak(doer.lower_) and any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("one", "another", "a", "an") for c in doer.children):
        # one of the public brought in so ("Another fan disagreed.", "One reader was more forgiving.", "A user
        # called BridgeEndBlue was one of the few to back the club.")
        named = next((n for c in doer.children if c.dep_ == "acl" and c.lower_ in ("called", "named")
                      for n in c.children if n.tag_ == "NNP"), None)
        # (by its own words, not a place in its description: "One caller, a pensioner from Ennis, was furious")
        phrase = " ".join(t.text for t in doer.subtree if t.i == doer.i or (
            t.i < doer.i and t.dep_ in ("det", "nummod", "amod", "compound")))
        if named is not None:
            return _Attribution(Speaker(named.text, named.text, "public"), sentence.text)
        speaker = speaker_at(parsed, paragraph, doer)
        if speaker is None or not set(speaker.name.lower().split()) <= set(phrase.lower().split()):
            speaker = Speaker(phrase, phrase, role if (role := role_of(phrase)) != "unknown" else "public")
        return _Attribution(speaker, sentence.text)
    if doer is not None and doer.tag_ in ("NN", "NNS"):  # ("The chairman of the traders, Joseph Kiprono, recalled")
        doer = next((t for t in doer.subtree if t.dep_ == "appos" and t.tag_ == "NNP"), None)
    if doer is None or doer.tag_ not in ("NNP", "NNPS") or doer.ent_type_ not in ("PERSON", ""):
        return None
    speaker = speaker_at(parsed, paragraph, doer)
    return _Attribution(speaker, sentence.text) if speaker is not None else None


# What tells of words a quote may give: "a letter from the council", "the PM made a clear promise"
_WORDS_OF_OTHERS = UTTERANCE_NOUNS | {"letter", "text", "message", "email", "promise", "pledge", "sign", "note",
                                      "notice", "chant", "words"}


def _listed_speaker(before: str) -> Speaker | None:
    """A line that names a speaker and a colon, as a list of reactions writes it: "Confederation of
    British Industry: “Q”", "Federation of Small Businesses chair Tina McKenzie: “Q”"."""
    line = before[before.rfind("\n") + 1:].strip()
    if handle := _HANDLE_COLON.fullmatch(line):  # "@bingewatcher88: “Q”", a post quoted by its handle
        return Speaker(handle.group(1), handle.group(1), "public")
    if asked := _ASKED.fullmatch(line):  # a vox pop: "Pat Greene, 67, retired: “Q”"
        return Speaker(asked.group("name"), line[:-1], "public")
    words = line[:-1].split()
    if not line.endswith(":") or not 1 < len(words) <= 10 or not words[0][:1].isupper() \
            or not words[-1][:1].isupper() or words[0].lower() in NOT_NAMES:
        return None
    if not all(w[:1].isupper() or w in _LINKING_WORDS or w in _POSTS or w in ROLE_NOUNS or w in TITLES
               for w in words):
        return None  # a sentence that ends in a colon (read by `_introduced_by_colon`)
    phrase = " ".join(words)
    body = all(w[:1].isupper() or w in _LINKING_WORDS for w in words)  # a body's name, "of" and all
    return Speaker(phrase if body else speaker_name(phrase), phrase, role_of(phrase))


_HANDLE_COLON = re.compile(r"(@\w{1,30})\s*:")
_ASKED = re.compile(r"(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}), \d{1,3}(?:, [^:\n]{1,40})?:")
_LINKING_WORDS = {"of", "for", "the", "and", "&", "at", "on", "de", "van", "von"}
_POSTS = {"chair", "chairman", "chairwoman", "executive", "head", "founder", "co-founder", "boss", "managing"}


# A post, a video or a letter with its author beside it, whose words follow: "One video reacting to the clip, posted by
# Mereana Paki (@mereana.beats), carried the caption: “Q”", "Another, from producer Kahu Whaanga (@kahu.sounds), read:"
_POSTED_BY = (r"(?:(?:posted|shared|uploaded|written|sent|made)\s+by|from)\s+(?P<phrase>(?:[a-z]+\s+){0,2}?"
              r"(?P<who>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))(?:\s+\(@[\w.]{1,30}\))?)")
_AUTHORED_POST = re.compile(rf"\b(?:{INSCRIPTION.pattern}|video|clip|caption|letter|email|note|review|another|one)\b"
                            rf"[^.!?\"“”\n]{{0,80}}?,?\s+{_POSTED_BY},?\s+(?:reads?|carried\s+(?:the|a)\s+caption|"
                            r"was\s+captioned|said)\s*:?\s*(?:[\"“])?$", re.I)


# "Geoffrey Ainsworth, 78, ... shared his letter with reporters. “Q,” it read.": the letter's writer
_IT_READ = re.compile(r"\s*[,.!?]?\s*(?:it|the\s+(?:letter|post|message|note|email))\s+(?:read|reads|said|says)\b")
_SHARED_HIS = re.compile(r"(?-i:(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))\b[^.!?\n\"“”]{0,160}?\b"
                         r"(?:shared|posted|wrote|sent|published|showed|read\s+out|released)\s+(?:his|her|their)\s+"
                         r"(?:[\w-]+\s+)?(?:letter|post|message|note|email|review|complaint)\b", re.I)


def _owners_writing(text: str, span: Span) -> _Attribution | None:
    """A quote that "it read" after a sentence telling who shared their letter or post: its writer's words."""
    closing = QUOTE_MARK.match(text, span.end)
    if closing is None or not _IT_READ.match(text, closing.end()):
        return None
    line_start = text.rfind("\n", 0, span.start) + 1
    shared = list(_SHARED_HIS.finditer(text, max(line_start, span.start - 300), span.start))
    if not shared:
        return None
    who = shared[-1].group("who")
    return _Attribution(Speaker(who, who, role_of(who)), shared[-1].group(), after=True)


def _before(parsed: ParsedText, span: Span) -> str:
    """The words just before a quote, without its opening mark."""
    return re.sub(rf"(?:{QUOTE_MARK.pattern})$", "", parsed.text[max(span.start - _BEFORE_CHARS, 0): span.start])


_BEFORE_CHARS = 82


def _introduced_by_colon(parsed: ParsedText, before: str, span: Span) -> _Attribution | None:
    """`Critics were scathing: “Q”`, `Another user put it simply: “Q”`: a clause that ends in a
    colon just before the quote introduces the words of its subject."""
    stripped = before.rstrip()
    if not stripped.endswith(":") or "\n" in before[len(stripped):]:
        return None
    found = parsed.token_at(span.start - len(before) + len(stripped) - 1)
    if found is None or found[1].text != ":":
        return None
    paragraph, colon = found
    # The clause's main verb: the highest one before the colon (the parser often hangs the clause
    # from the quote).
    # (of two as high, not a relative clause's: "Musician Nyokabi Wambui, whose band sold out two nights, posted on
    # Instagram:")
    verbs = [t for t in colon.sent if t.i < colon.i and t.tag_.startswith("VB")]
    verb = min(verbs, key=lambda t: (len(list(t.ancestors)), t.dep_ == "relcl"), default=None)
    subject = _colon_subject(verb) if verb is not None else None
    if subject is None or any(t.text[:1] in ("-", "—", "–") for t in colon.doc[subject.i:colon.i]):
        return None  # "IOWA POLLS NOT WRONG - Mark Blumenthal:": a heading, then a name
    speaker = speaker_at(parsed, paragraph, subject)
    return _Attribution(speaker, colon.sent.text) if speaker is not None else None


def _colon_subject(verb: Token) -> Token | None:
    """The subject of a verb before a colon, or the name a reporting verb was read as modifying ("Musician Nyokabi
    Wambui, ..., posted on Instagram:")."""
    if (subject := subject_of(verb)) is not None:
        return subject
    return verb.head if verb.dep_ == "acl" and verb.head.tag_ in ("NNP", "NNPS") and is_reporting(verb) else None


def _announced_above(parsed: ParsedText, span: Span) -> _Attribution | None:
    """A quote that opens its paragraph after one that ends "Ted Cruz said:" is Cruz's."""
    text = parsed.text
    start = text.rfind("\n", 0, span.start) + 1
    if QUOTE_MARK.sub("", text[start: span.start]).strip():
        return None
    above = text[:start].rstrip()
    if not above.endswith(":"):
        return None
    found = parsed.token_at(len(above) - 1)
    if found is None:
        return None
    paragraph, colon = found
    verbs = [t for t in colon.sent if is_reporting(t, cognition=True) and subject_of(t) is not None]
    speaker = speaker_at(parsed, paragraph, subject_of(verbs[-1])) if verbs else None
    return _Attribution(speaker, colon.sent.text) if speaker is not None else None


def _names_something(text: str, span: Span) -> bool:
    """A quote that is a name, not words: a web address ("anybodybuttrump.us"), one capitalised word
    after "the", "a" or "'s" ("the ''Today'' show"), or a title ("Good Morning America") that no
    sign reads (a slogan may look like a title: "Not My President")."""
    quoted = text[span.start:span.end].strip(" ,.!?")
    if _ADDRESS.fullmatch(quoted) or (quoted[:1].isupper() and " " not in quoted and _NAMED.search(
            QUOTE_MARK.sub("", text[max(span.start - 12, 0): span.start]))):
        return True
    before = QUOTE_MARK.sub("", text[max(span.start - 30, 0): span.start])
    after = QUOTE_MARK.sub("", text[span.end: span.end + 30], count=1)
    if _NICKNAME.fullmatch(quoted) and _NAME_BEFORE.search(before) and _NAME_AFTER.match(after):
        return True  # Josh "Jolt" Rivera, Dwayne "The Rock" Johnson: a nickname
    # (words a colon introduces are said: 'Jenny Marsh wrote: “Heartbroken for Kelby.”'; words in capitals
    # throughout are shouted: "NEVER BUYING ANOTHER HALCYON GAME. NEVER," one user posted)
    return bool(_TITLE.fullmatch(quoted)) and _inscription(text, span) is None and not before.rstrip().endswith(":") \
        and not _SHOUTED.fullmatch(quoted)


# The crowd that carries the signs, named in the same sentence: "About 200 protesters gathered, some
# carrying signs that read"
_CARRIED = re.compile(rf"\b(?P<crowd>{'|'.join(sorted(CROWD_WORDS - {'many', 'others', 'people', 'person'}))})\b"
                      r"[^.!?\n\"“”]{0,120}?\b(?:carrying|holding|waving|brandishing|holding up|with)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:signs?|banners?|placards?|posters?)\s+(?:that\s+)?reads?\s*:?\s*"
                      rf"(?:{QUOTE_MARK.pattern})?$", re.I)


def _inscription(text: str, span: Span) -> _Attribution | None:
    """A sign, banner or message that reads the quote ("one sign read", "“Q,” read another"), or a petition headed
    by it: words the public carries, named by what carried them."""
    window = text[max(span.start - 61, 0): span.start]
    closing = QUOTE_MARK.match(text, span.end)
    after = text[closing.end(): closing.end() + 60] if closing else ""
    if not any(word in window.lower() for word in ("read", "headed", "titled", "captioned")) \
            and "read" not in after.lower():
        return None  # the common case, cheaply
    before = re.sub(rf"(?:{QUOTE_MARK.pattern})$", "", window)
    # (a long description between the thing and its words: from further back)
    further = re.sub(rf"(?:{QUOTE_MARK.pattern})$", "", text[max(span.start - 201, 0): span.start])
    held = INSCRIPTION_HELD.search(before)
    if held is not None and held.group("noun").lower() in ("post", "video") \
            and re.search(r"\b(?:in|via|through|with)\s+$", before[:held.start()], re.I):
        held = None  # "announced the token in a video titled “Q”": the title is the video's maker's, read by the parse
    found = next((m for m in (p.match(after) for p in INSCRIPTION_AFTER) if m), None) or \
        INSCRIPTION_BEFORE.search(further) or held or INSCRIPTION_CAPTIONED.search(further)
    if found is None:
        return None
    fields = found.groupdict()
    noun = fields.get("noun")
    if not noun:  # "read one", "one read": one of the signs or messages named before it
        nouns = INSCRIPTION.findall(text[max(span.start - 400, 0): span.start])
        noun = nouns[-1] if nouns else "message"
    determiner = fields.get("one") or fields["det"]
    if determiner and determiner.lower() in ("a", "an"):  # ("An online petition" named "A petition")
        determiner = determiner[0] + ("n" if noun[0].lower() in "aeiou" else "")
    name = " ".join(w for w in (determiner, noun.lower()) if w)
    phrase = found.group().strip(" ,.!?:")
    if found.re is INSCRIPTION_BEFORE and (carried := _CARRIED.search(text, max(span.start - 200, 0), span.start)):
        name = phrase = carried.group("crowd")  # "200 protesters gathered, some carrying signs that read ...": theirs
    speaker = Speaker(name, phrase, "public")
    before_it = found.re in (INSCRIPTION_BEFORE, INSCRIPTION_HELD, INSCRIPTION_CAPTIONED)
    return _Attribution(speaker, found.group(), after=not before_it)


def _reporting_verb(token: Token, words: int) -> Token | None:
    """The reporting verb that governs the quote token, else the one nearest to it in its sentence
    (outside quotes); for a partial quote of MIN_WORDS words or more with neither, the verb it
    hangs from when that has a subject (`Pence honored Cruz for "Q"`), though not a form of "be":
    `the services are open to "Q"` quotes a text, not its subject's words."""
    # '“Q” tweeted Prince Alwaleed, ... hours after Trump retweeted the image': the verb right after the
    # quote, read as a modifier of the speaker's name, not the verb the name hangs from
    right = next((t for t in token.doc[token.i + 1: token.i + 3] if not t.is_punct), None)
    if right is not None and right.dep_ == "amod" and right.i < right.head.i and is_reporting(right):
        return right
    for ancestor in token.ancestors:
        if is_reporting(ancestor, cognition=True) and not _passive(ancestor):
            return ancestor
    verbs = [t for t in token.sent if is_reporting(t, cognition=True) and subject_of(t) is not None and not _passive(t)]
    if verbs:
        return min(verbs, key=lambda t: abs(t.i - token.i))
    # Without a reporting verb, a quote of a word or two is a scare quote or a term ("the “reform”
    # passed", "she referenced the “Charleston loophole”"), not words of the verb's subject.
    if words >= MIN_WORDS and any(not t.is_punct and not is_masked(t) for t in token.sent):
        for ancestor in token.ancestors:
            if ancestor.tag_.startswith("VB") and ancestor.lower_ not in _BE and subject_of(ancestor) is not None \
                    and not any(is_masked(t) for t in subject_of(ancestor).subtree):
                return ancestor
    return None


def _passive(verb: Token) -> bool:
    """`the post had been written "Q"`: what was written, not who wrote it, is the verb's subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


# A line of a list of quotes: a bulleted quote ("- “Q” – Name", "1. “Q”"), or a quote with no more
# than a dash and a name after it (not a paragraph that says who said it: '“Q,” the leader said').
_BULLETED = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s*[\"“‘]")
LIST_LINES = 30  # lines read back to the colon that introduces a list (bounded work per quote)


def _list_item(line: str) -> bool:
    if _BULLETED.match(line):
        return True
    line = line.strip()
    close = max(line.rfind("”"), line.rfind('"'))
    return line[:1] in "\"“‘" and close > 0 and (not line[close + 1:].strip() or bool(_DASH.match(line[close + 1:])))


def _platform_of_list(text: str, position: int) -> str | None:
    """For a quote that is an item of a list, the platform named by the line whose colon introduces
    the list ("... left comments on the council's Facebook page. Among them:")."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    if not _list_item(text[start:end if end >= 0 else len(text)]):
        return None
    for _ in range(LIST_LINES):
        if start == 0:
            return None
        end, start = start - 1, text.rfind("\n", 0, start - 1) + 1
        line = text[start:end].strip()
        if line and not _list_item(line):
            return platform_of(_QUOTED.sub(" ", line)) if line.endswith(":") else None
    return None


@dataclass
class _Scan:
    """The quote scanner's state while it reads an article's quotes in order."""

    parsed: ParsedText
    ordinals: list[int]
    statements: list[Statement] = field(default_factory=list)
    chain: list[Span] = field(default_factory=list)  # the parts of the statement being read
    chain_attribution: _Attribution | None = None
    previous: Span | None = None
    last_speaker: _Attribution | None = None  # for a quote that opens the next paragraph
    last_attributed_paragraph: int = -2
    last_named: Speaker | None = None  # for "he said"
    last_platform: tuple[str, int] | None = None  # (platform, paragraph) of the last post that named one

    def close_chain(self) -> None:
        if self.chain and self.chain_attribution:
            statement = _statement(self.parsed.text, self.chain, self.chain_attribution)
            self.statements.append(self._with_platform(statement, self.ordinals[self.chain[0].paragraph]))
        self.chain, self.chain_attribution = [], None

    def _with_platform(self, statement: Statement, paragraph: int) -> Statement:
        """A platform the attribution does not name may be named earlier in its paragraph ("On the
        council's Facebook page, comments poured in. 'Q,' one commenter wrote"); a commenter or
        user with none is in the thread of the last post that had one, a paragraph or two before."""
        item = statement.item
        if item.platform is None and item.char_start is not None:
            text = self.parsed.text
            before = text[text.rfind("\n", 0, item.char_start) + 1: item.char_start]
            platform = platform_of(_QUOTED.sub(" ", before))
            if platform is None and _THREAD_VOICE.search(statement.speaker.phrase) and self.last_platform \
                    and paragraph - self.last_platform[1] <= 2:
                platform = self.last_platform[0]
            platform = platform or _platform_of_list(text, item.char_start)
            item = replace(item, platform=platform)
        if item.platform:
            self.last_platform = (item.platform, paragraph)
        return replace(statement, item=item)

    def read(self, span: Span) -> None:
        found = attribution(self.parsed, span)
        if found is None and _names_something(self.parsed.text, span):
            return  # a name inside someone's words ("... of the “Today” show") neither ends nor joins them
        paragraph = self.ordinals[span.paragraph]
        if found and found.speaker.pronoun:
            resolved = self._resolve(span, paragraph, found.speaker.name)
            # (an "it" with no body before it is nobody's)
            found = None if resolved is None and found.speaker.name.lower() == "it" else replace(
                found, speaker=resolved or found.speaker)
        elif found and found.speaker.name.lower() in {"another"} | _ORDINALS and self.last_speaker:
            # "another posted" after "one commenter wrote": another commenter; "a third" too
            kind = self.last_speaker.speaker.name.split()[-1]
            # ("one Redditor wrote", not "said Aaron Judge")
            said_by = f"{self.last_speaker.speaker.phrase} {self.last_speaker.speaker.name}".lower()
            one = re.match(r"(?:one|an?|another) ", said_by)
            kind = kind.lower() if one and kind.lower() in ROLE_NOUNS else kind
            if kind.islower() and kind not in ("another", "second", "third", "fourth", "fifth", "sixth"):
                name = f"{found.speaker.name.lower()} {kind}"
                found = replace(found, speaker=Speaker(name, found.speaker.phrase, role_of(kind)))
        elif found and found.speaker.name.lower() == "one" and (crowd := self._crowd_before(span)):
            # 'Her fans hit back. “Q,” one wrote': one of those fans
            found = replace(found, speaker=Speaker(f"one {crowd}", found.speaker.phrase, role_of(crowd)))
        elif found and (some := found.speaker.name.lower()) in SOME_OF_A_CROWD and (
                crowd := self._crowd_before(span, plural=True)):
            # 'Users were divided, with some calling the move “Q”': some of those users
            some = "other" if some == "others" else some  # ("Others": other protesters)
            found = replace(found, speaker=Speaker(f"{some} {crowd}", found.speaker.phrase, role_of(crowd)))
        elif found:
            self.last_named = found.speaker
        previous = self.previous
        continued = previous is not None and previous.continues and span.paragraph > previous.paragraph
        # `"Q1," X said. "Q2"`: the second part goes on the first, whose attribution sat between.
        interrupted = (previous is not None and span.paragraph == previous.paragraph and found is None
                       and self.chain_attribution is not None and self.chain_attribution.after)
        text = self.parsed.text
        opens_paragraph = not text[text.rfind("\n", 0, span.start) + 1: span.start - 1].strip()
        if (found is None and not continued and not interrupted and opens_paragraph and self.last_speaker
                and paragraph == self.last_attributed_paragraph + 1):
            found = replace(self.last_speaker, cue=None, aimed_at=None)  # the verb told of that quote
        # Two quotes of one sentence by one speaker (`X called it "Q1" and "Q2"`) are one statement.
        same_sentence = (found is not None and self.chain_attribution is not None and previous is not None
                         and span.paragraph == previous.paragraph
                         and found.context == self.chain_attribution.context
                         and found.speaker.name == self.chain_attribution.speaker.name)
        if continued or interrupted or same_sentence:
            self.chain.append(span)
            self.chain_attribution = self.chain_attribution or found
        else:
            self.close_chain()
            self.chain, self.chain_attribution = [span], found
        if found:
            self.last_speaker = found
            self.last_attributed_paragraph = paragraph
        self.previous = span

    def _crowd_before(self, span: Span, plural: bool = False) -> str | None:
        """The crowd that acts in the paragraph's last sentence before a quote that has one, as one of it
        ("Her fans hit back": "fan"; not the customers of "Shop workers said customers had become abusive"),
        or as its word for them all (`plural`)."""
        found = self.parsed.token_at(span.start)
        if found is None:
            return None
        paragraph, at = found
        doers = [counted(t) for t in paragraph.doc[: at.i]
                 if t.dep_ in ("nsubj", "nsubjpass") and (t.head == t.sent.root or (
                     t.head.dep_ in ("aux", "auxpass") and t.head.head == t.sent.root))]  # (hung on "were")
        crowds = [t.lower_ for t in doers if (t.lower_ in CROWD_WORDS or (plural and can_speak(t.lower_)))
                  and t.lower_.endswith("s")
                  and not t.lower_.endswith("ss") and t.lower_ != "others"]  # ("A handful of supporters")
        if not crowds:
            return None
        if plural:
            return crowds[-1]
        return crowds[-1][:-3] + "y" if crowds[-1].endswith("ies") else crowds[-1][:-1]

    def _resolve(self, span: Span, paragraph: int, pronoun: str) -> Speaker | None:
        """What "he" or "she" stands for: the speaker of the paragraph just before, else a name
        that opens a recent sentence, else the last named speaker."""
        distance = paragraph - self.last_attributed_paragraph
        if pronoun.lower() == "it":  # ('“Q,” the company wrote. ... It added, “Q”'): the body that spoke last
            body = self.last_named
            return body if body is not None and distance <= 2 and (
                body.role in ("organization", "official") or _BODY_NAME.search(body.name)) else None
        name = antecedent(self.parsed, span.start, self.last_named.name if self.last_named and distance <= 2 else None,
                          pronoun)
        if name is None:
            return None
        return Speaker(name, name, "public" if name.startswith("a ") else "unknown")  # ("a user", see `antecedent`)


_BODY_NAME = re.compile(r"\.(?:com|org|net|co\.uk)$|^[A-Z]{2,}$")  # "GunBroker.com", "FIFA"


def quoted_statements(text: str) -> list[Item]:
    """One item per attributed statement (see the module's docstring)."""
    spans = quote_spans(text)
    parsed = ParsedText(text, [(s.start, s.end) for s in spans], load_parser())
    return [s.item for s in statements_in(parsed, spans)]


def statements_in(parsed: ParsedText, spans: list[Span]) -> list[Statement]:
    scan = _Scan(parsed, _paragraph_ordinals(parsed.text))
    for span in spans:
        scan.read(span)
    scan.close_chain()
    return scan.statements


def _paragraph_ordinals(text: str) -> list[int]:
    """For each line, the number of non-empty lines before it (blank lines do not count)."""
    ordinals, count = [], 0
    for line in text.split("\n"):
        ordinals.append(count)
        count += bool(line.strip())
    return ordinals


def _statement(text: str, chain: list[Span], found: _Attribution) -> Statement:
    speaker = found.speaker
    item = Item(
        kind="reaction",
        speaker=speaker.name,
        handle=(m.group(1) if (m := re.search(r"@(\w{1,30})", speaker.phrase)) else None),
        speaker_role=speaker.role,
        platform=platform_of(found.context),
        text=" ".join(" ".join(text[s.start: s.end].split()) for s in chain).strip(" ,"),
        text_source="quoted",
        quoted=True,
        char_start=chain[0].start,
        char_end=chain[-1].end,
        stance_cue=found.cue,
    )
    return Statement(item, speaker, aimed_at=found.aimed_at)

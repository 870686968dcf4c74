"""Quoted statements in article text and who made them.

Handles straight and curly quotes, attribution after (`"Q," X tweeted.`) and before
(`X wrote: "Q"`), quotes interrupted by their attribution (`"Q1", X wrote. "Q2"`) and quotes
continued over paragraphs (news style: no closing mark at the end of a paragraph that the next
one continues). Quotes without an attribution (scare quotes, titles) are not statements and
are skipped; an attributed quote of fewer than `MIN_WORDS` words is kept (`extract` widens it to
its sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backlash.extract.speakers import platform_of, role_of, speaker_name
from backlash.records import Item

MIN_WORDS = 3  # an attributed quote shorter than this says little alone
VERBS = (
    "tweeted|retweeted|wrote|posted|said|says|added|told|tells|commented|replied|responded|shared|"
    "argued|quipped|joked|asked|claimed|declared|stated|noted|warned|insisted|explained|"
    "continued|tweets|writes|posts|recalled|conceded|acknowledged|admitted|announced|urged|"
    "confirmed|stressed|emphasized|emphasised|remarked|added|pleaded|boasted|complained|predicted"
)
# Verbs that attribute a quote inside a paraphrase: `X called it a "hoax"`, `X says the plan "failed"`.
SENTENCE_VERBS = (
    f"{VERBS}|called|calls|described|describes|dismissed|denied|dubbed|labeled|labelled|termed|urged|"
    "vowed|promised|predicted|suggested|agreed|believes|thinks|wants|insists|argues|notes|adds|"
    "warns|claims|explains|declares|says that|said that"
)
_WHO = r"(?P<who>[A-Za-z@][^\"“”.!?:;]{0,80}?)"
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:de |van |von |al |bin )?[A-Z][\w’'.-]*){0,4}"
# After the verb (`said council leader Victor Hale`): up to three lowercase role words, then a
# name, a pronoun, or a short description ending the clause (`said one rider`).
_WHO_AFTER_VERB = rf"(?P<who2>(?:[a-z][\w-]*\s+){{0,3}}{_NAME}|he|she|they|[a-z][\w\s-]{{0,40}}?(?=[,.]|$))"
# Before the verb: at most six words, not a new sentence's dummy subject ("It was ...").
_WHO_BEFORE_VERB = (r"(?P<who>(?!(?:It|This|That|There|These|Those|What|Which)\b)"
                    r"(?:[\w@][\w’'.@-]*\s+){0,5}?[\w@][\w’'.@-]*)")
_AFTER = re.compile(
    rf"^\s*[,.!?]?\s*(?:{_WHO_BEFORE_VERB}\s+(?P<verb>{VERBS})\b|(?P<verb2>{VERBS})\s+{_WHO_AFTER_VERB})"
)
_NAME_COLON = re.compile(rf"^\s*(?P<who>{_NAME})\s*:\s*$")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to (?P<who>[^,\"“”.!?:;]{2,60}),")
_ACCORDING = re.compile(r"^\s*[,.]?\s*according to (?P<who>[A-Z][^\"“”.!?:;]{0,60})")
_DASH = re.compile(r"^\s*[,.]?\s*[-—–]\s*(?P<who>[A-Z@][^\"“”.!?\n]{0,60})")
_BEFORE = re.compile(rf"{_WHO}\s+(?P<verb>{VERBS})(?:\s+[^\"“”.!?:]{{0,40}}?)?\s*[:,]\s*$")
_IN_SENTENCE = re.compile(
    rf"(?P<who>(?:\b[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*|\b[Hh]e|\b[Ss]he|\b[Tt]hey|\b[Tt]he(?:\s+[a-z]+){{1,2}})"
    rf"(?:\s+(?:has|have|had|also|then|later|publicly|repeatedly|once|\w+ly))*"
    rf"\s+(?P<verb>{SENTENCE_VERBS})\b"
)
_SENTENCE_SUBJECT = re.compile(
    rf"(?P<who>{_NAME}|He|She)(?:,[^,]{{3,80}},)?\s+(?:has\s+|had\s+|also\s+|then\s+|\w+ly\s+)*[a-z]+(?:ed|s)\b")
_PRONOUNS = {"he", "she", "they", "it", "i", "we"}
_NOT_NAMES = {"The", "A", "An", "But", "And", "In", "On", "At", "It", "This", "That", "He", "She", "They",
              "We", "I", "His", "Her", "Their", "If", "When", "While", "As", "So", "For", "After", "Before",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
              "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "President"}
_MENTION = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_FILLERS = re.compile(r"^(?:and|but|indeed|also|then|so|yet|as|while|when)\s+|"
                      r"\s+(?:has|have|had|also|then|later|publicly|repeatedly|once|\w+ly)$", re.I)
_OPEN, _CLOSE = "“", "”"


@dataclass(frozen=True)
class Span:
    start: int  # first character inside the marks
    end: int  # one past the last character inside
    paragraph: int
    continues: bool  # the paragraph ended inside this quote and the next one reopens it


def quote_spans(text: str) -> list[Span]:
    """Quoted stretches, paired within each paragraph; an unclosed quote runs to the paragraph end."""
    spans: list[Span] = []
    offset = 0
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
        marks = [m.start() for m in re.finditer(r"[\"“”]", paragraph)]
        opened: int | None = None
        for position in marks:
            mark = paragraph[position]
            if opened is None:
                if mark != _CLOSE:
                    opened = position
            elif mark != _OPEN:
                spans.append(Span(offset + opened + 1, offset + position, index, False))
                opened = None
        if opened is not None:
            following = next((p for p in paragraphs[index + 1:] if p.strip()), "")
            reopens = following.lstrip().startswith(('"', _OPEN))
            spans.append(Span(offset + opened + 1, offset + len(paragraph.rstrip()), index, reopens))
        offset += len(paragraph) + 1
    return spans


@dataclass
class _Attribution:
    who: str
    context: str
    after: bool = False  # found in the words after the quote (`"Q," X said.`)


def _sentence_after(text: str, end: int) -> str:
    rest = text[end + 1 : end + 240]
    cut = re.search(r"[\"“\n]", rest)
    return rest[: cut.start()] if cut else rest


def _sentence_before(text: str, start: int) -> str:
    """The text from the start of the quote's sentence to the quote. A quote that opens its
    paragraph after one ending in a colon belongs to that paragraph's last sentence."""
    head = text[max(0, start - 241) : start - 1]
    if not head.strip(" \t") or head.endswith("\n"):
        previous = head.rstrip()
        if previous.endswith(":"):
            head = previous
    cut = max(head.rfind("\n"), head.rfind(". "), head.rfind('"'), head.rfind(_CLOSE))
    return head[cut + 1 :]


_LEAD_INS = re.compile(r"(?i)(?:in|on|at|for|after|before|during|according|still|specifically|however|"
                       r"indeed|also|then|so|yet|but|and|who|which|whose|a|an|asked|speaking)\b")


def _clean(who: str) -> str:
    """The speaker in a lead-in: `In a statement, Brian Fallon, a spokesman, said` -> `Brian
    Fallon`; `Trump, who campaigned here, tweeted` -> `Trump`; `indeed, he had` -> `he`;
    `Holding open a book, Beck said` -> `Beck`; `He then smiled and joked` -> `He`."""
    chunks = [c.strip() for c in re.split(r"[,;(]", who) if c.strip()]
    named = [c for c in chunks if re.fullmatch(rf"(?:[a-z][\w-]*\s+){{0,3}}{_NAME}", c)]
    plain = [c for c in chunks if not _LEAD_INS.match(c) and not re.match(r"[A-Z][a-z]+ing\b", c)]
    who = (named or plain or chunks or [""])[0]
    pronoun = re.match(r"(He|She|They)\b", who)
    if pronoun and len(who.split()) > 2:
        return pronoun.group(1)
    while (stripped := _FILLERS.sub("", who)) != who:
        who = stripped.strip()
    return who.rstrip(" .,;:") if not re.search(r"\b[A-Z]\.$", who) else who


def attribution(text: str, span: Span) -> _Attribution | None:
    """The speaker phrase of a quote, trying in turn: a lead-in just before it (`X said: "Q"`),
    the words just after it (`"Q," X said.`), a dash (`"Q" - X`), `according to X`, and a speech
    verb earlier in the same sentence (`X says the plan "failed"`)."""
    before = _sentence_before(text, span.start)
    after = _sentence_after(text, span.end)
    closed = span.end < len(text) and text[span.end] in "\"”"
    candidates = [
        (_BEFORE.search(before), before, "who"),
        (_NAME_COLON.match(before), before, "who"),
        (_AFTER.match(after) if closed else None, after, "who"),
        (_DASH.match(after) if closed else None, after, "who"),
        (_ACCORDING.match(after) if closed else None, after, "who"),
    ]
    for match, context, _ in candidates:
        if match:
            who = _clean(match.group("who") or match.groupdict().get("who2") or "")
            if who:
                if context is after:
                    return _Attribution(who, after, after=True)
                return _Attribution(who, context[match.start():])
    according = _ACCORDING_BEFORE.search(before)
    if according:
        return _Attribution(according.group("who").strip(), before[according.start():])
    found = list(_IN_SENTENCE.finditer(before))
    if found:
        return _Attribution(_clean(found[-1].group("who")), before[found[-1].start():])
    # A partial quote in a sentence about someone is theirs: `Pence praised Cruz for "Q"`.
    subject = _SENTENCE_SUBJECT.match(before.lstrip())
    if subject and (subject.group("who") in ("He", "She") or subject.group("who").split()[0] not in _NOT_NAMES):
        return _Attribution(_clean(subject.group("who")), before)
    return None


def quoted_statements(text: str) -> list[Item]:
    """One item per attributed statement.

    Quotes interrupted by their attribution, or continued over paragraphs, are joined into one
    statement. A quote that opens a paragraph right after a paragraph ending with an attributed
    statement, and has no attribution of its own, is the same speaker going on (news style).
    """
    items: list[Item] = []
    chain: list[Span] = []
    chain_attribution: _Attribution | None = None
    last_speaker: _Attribution | None = None
    last_attributed_paragraph = -2
    last_named: str | None = None
    ordinals = _paragraph_ordinals(text)

    def close_chain() -> None:
        nonlocal chain, chain_attribution
        if chain and chain_attribution:
            items.append(_item(text, chain, chain_attribution))
        chain, chain_attribution = [], None

    previous: Span | None = None
    for span in quote_spans(text):
        found = attribution(text, span)
        if found and re.sub(r"['’]s$", "", found.who.strip()).lower() in _PRONOUNS:
            distance = ordinals[span.paragraph] - last_attributed_paragraph
            # The speaker of the paragraph just before is the likeliest "he"; further back, a name
            # opening a recent sentence is.
            who = last_named if distance <= 1 and last_named else _antecedent(
                text, span.start, last_named if distance <= 2 else None)
            found = _Attribution(who or found.who, found.context)
        elif found:
            last_named = found.who
        continued = previous is not None and previous.continues and span.paragraph > previous.paragraph
        # `"Q1," X said. "Q2"`: the second part goes on the first, whose attribution sat between.
        interrupted = (previous is not None and span.paragraph == previous.paragraph
                       and found is None and chain_attribution is not None and chain_attribution.after)
        opens_paragraph = not text[text.rfind("\n", 0, span.start) + 1 : span.start - 1].strip()
        if (found is None and not continued and not interrupted and opens_paragraph and last_speaker
                and ordinals[span.paragraph] == last_attributed_paragraph + 1):
            found = last_speaker
        if continued or interrupted:
            chain.append(span)
            chain_attribution = chain_attribution or found
        else:
            close_chain()
            chain, chain_attribution = [span], found
        if found:
            last_speaker = found
            last_attributed_paragraph = ordinals[span.paragraph]
        previous = span
    close_chain()
    return items


def _antecedent(text: str, position: int, last_named: str | None) -> str | None:
    """What a pronoun before `position` most likely stands for: the name that opens one of the
    three previous sentences, else the last speaker named in the previous two paragraphs
    (`last_named`), else the nearest name mentioned (quoted words do not count)."""
    sentence_start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position))
    window = text[max(0, position - 600) : max(sentence_start, 0)]
    window = re.sub(r"[\"“][^\"“”]*[\"”]", lambda m: " " * len(m.group()), window)
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+|\n+", window) if x.strip()]
    for sentence in reversed(sentences[-3:]):
        opening = _MENTION.match(sentence)
        if opening and opening.group().split()[0] not in _NOT_NAMES:
            return _strip_title(opening.group())
    if last_named:
        return last_named
    names = [_strip_title(m.group()) for m in _MENTION.finditer(window)]
    names = [n for n in names if n]
    return names[-1] if names else None


def _strip_title(name: str) -> str:
    name = " ".join(w for w in name.split() if w not in _NOT_NAMES)
    return name.removesuffix("’s").removesuffix("'s")


def _paragraph_ordinals(text: str) -> list[int]:
    """For each line, the number of non-empty lines before it (blank lines do not count)."""
    ordinals, count = [], 0
    for line in text.split("\n"):
        ordinals.append(count)
        count += bool(line.strip())
    return ordinals


def _item(text: str, chain: list[Span], found: _Attribution) -> Item:
    who = found.who.strip()
    return Item(
        kind="reaction",
        speaker=speaker_name(who),
        handle=(m.group(1) if (m := re.search(r"@(\w{1,30})", who)) else None),
        speaker_role=role_of(who),
        platform=platform_of(found.context),
        text=" ".join(" ".join(text[s.start : s.end].split()) for s in chain).strip(" ,"),
        text_source="quoted",
        quoted=True,
        char_start=chain[0].start,
        char_end=chain[-1].end,
    )

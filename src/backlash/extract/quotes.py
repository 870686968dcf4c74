"""Quoted statements in article text and who made them.

Handles straight and curly quotes, attribution after (`"Q," X tweeted.`) and before
(`X wrote: "Q"`), quotes interrupted by their attribution (`"Q1", X wrote. "Q2"`) and quotes
continued over paragraphs (news style: no closing mark at the end of a paragraph that the next
one continues). Quotes without an attribution, and scare quotes of fewer than `MIN_WORDS`
words, are not statements and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backlash.extract.speakers import platform_of, role_of, speaker_name
from backlash.records import Item

MIN_WORDS = 3
VERBS = (
    "tweeted|retweeted|wrote|posted|said|says|added|told|commented|replied|responded|shared|"
    "argued|quipped|joked|asked|claimed|declared|stated|noted|warned|insisted|explained|"
    "continued|tweets|writes|posts"
)
_WHO = r"(?P<who>[A-Za-z@][^\"“”.!?:;]{0,80}?)"
_AFTER = re.compile(
    rf"^\s*[,.!?]?\s*(?:{_WHO}\s+(?P<verb>{VERBS})"
    rf"|(?P<verb2>{VERBS})\s+{_WHO.replace('who', 'who2')}(?=[\s,.]|$))\b"
)
_DASH = re.compile(r"^\s*[,.]?\s*[-—–]\s*(?P<who>[A-Z@][^\"“”.!?\n]{0,60})")
_BEFORE = re.compile(rf"{_WHO}\s+(?P<verb>{VERBS})(?:\s+[^\"“”.!?:]{{0,40}}?)?\s*[:,]\s*$")
_PRONOUNS = {"he", "she", "they", "it", "the president", "the senator", "the minister"}
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


def _sentence_after(text: str, end: int) -> str:
    rest = text[end + 1 : end + 240]
    cut = re.search(r"[\"“\n]", rest)
    return rest[: cut.start()] if cut else rest


def _sentence_before(text: str, start: int) -> str:
    head = text[max(0, start - 241) : start - 1]
    cut = max(head.rfind("\n"), head.rfind(". "), head.rfind('"'), head.rfind(_CLOSE))
    return head[cut + 1 :]


def attribution(text: str, span: Span) -> _Attribution | None:
    """The speaker phrase next to a quote, after it or before it."""
    after = _sentence_after(text, span.end)
    match = _AFTER.match(after)
    if match:
        who = match.group("who") or match.group("who2")
        return _Attribution(who, after)
    match = _DASH.match(after)
    if match and span.end < len(text) and text[span.end] in "\"”":
        return _Attribution(match.group("who"), after[: match.end()])
    before = _sentence_before(text, span.start)
    match = _BEFORE.search(before)
    if match:
        return _Attribution(match.group("who"), before[match.start():])
    return None


def quoted_statements(text: str) -> list[Item]:
    """One item per attributed statement; continuation quotes are joined to their statement."""
    items: list[Item] = []
    chain: list[Span] = []
    chain_attribution: _Attribution | None = None
    last_speaker: _Attribution | None = None

    def close_chain() -> None:
        nonlocal chain, chain_attribution
        if chain and chain_attribution:
            words = sum(len(text[s.start : s.end].split()) for s in chain)
            if words >= MIN_WORDS:
                items.append(_item(text, chain, chain_attribution))
        chain, chain_attribution = [], None

    previous: Span | None = None
    for span in quote_spans(text):
        found = attribution(text, span)
        if found and found.who.strip().lower() in _PRONOUNS and last_speaker:
            found = _Attribution(last_speaker.who, found.context)
        continued = previous is not None and previous.continues and span.paragraph > previous.paragraph
        interrupted = (previous is not None and span.paragraph == previous.paragraph
                       and found is None and chain_attribution is not None)
        if continued or interrupted:
            chain.append(span)
            chain_attribution = chain_attribution or found
        else:
            close_chain()
            chain, chain_attribution = [span], found
        if found:
            last_speaker = found
        previous = span
    close_chain()
    return items


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

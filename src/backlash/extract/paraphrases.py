"""Reactions told without quotes: "Twitter lambasted the president", "backlash from Democrats"."""

from __future__ import annotations

import bisect
import re

from backlash.extract.speakers import platform_of, role_of, speaker_name
from backlash.records import Item

REACTION_VERBS = (
    "slammed|lambasted|mocked|blasted|criticised|criticized|ridiculed|condemned|derided|ripped|"
    "denounced|attacked|panned|praised|applauded|hailed|welcomed|cheered|celebrated|defended"
)
_VERB = re.compile(rf"\b(?:\w+ly\s+)?(?P<verb>{REACTION_VERBS})\b")
_BACKLASH = re.compile(
    r"\b(?:backlash|outrage|anger|criticism|praise|support)\s+(?:from|among)\s+"
    r"(?P<who>[^.;:\"“”]+?)(?=\s+(?:expressing|who|over|after|for|about|on)\b|[.;:,]?$|[.;:])"
)
_FILLER = re.compile(r"^(?:however|meanwhile|also|then|later|instead|in turn|quickly|many)$", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”]?|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _actor_before(prefix: str) -> str:
    """The noun phrase right before the verb.

    Walks back over comma/`and` separated chunks while they are short (a list of actors:
    "Parents, teachers and students") and stops at a longer chunk (an earlier clause).
    """
    separators = list(re.finditer(r",|\band\b|\bbut\b|\bwhile\b", prefix))
    starts = [0] + [m.end() for m in separators]
    ends = [m.start() for m in separators] + [len(prefix)]
    start = None
    for chunk_start, chunk_end in reversed(list(zip(starts, ends, strict=True))):
        chunk = prefix[chunk_start:chunk_end].strip()
        if not chunk or _FILLER.match(chunk):
            continue
        if len(chunk.split()) > 3:
            start = chunk_start if start is None else start
            break
        start = chunk_start
    if start is None:
        return ""
    actor = re.sub(r",\s*(?:however|meanwhile|also|then|instead)\s*,?", "", prefix[start:])
    return actor.strip(" ,")

class SentenceIndex:
    """Sentence spans of a text, looked up by position in log time."""

    def __init__(self, text: str) -> None:
        self.spans = sentences(text)
        self.starts = [start for start, _ in self.spans]
        self.length = len(text)

    def around(self, position: int) -> tuple[int, int]:
        """The span of the sentence holding `position` (the whole text if none does)."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and self.spans[index][0] <= position < self.spans[index][1]:
            return self.spans[index]
        return 0, self.length


def paraphrased_reactions(text: str) -> list[Item]:
    """Sentences that report a reaction by someone ("Twitter lambasted the president")."""
    items = []
    for start, end in sentences(text):
        sentence = text[start:end]
        who = None
        if (match := _BACKLASH.search(sentence)):
            who = match.group("who")
        elif (match := _VERB.search(sentence)):
            who = _actor_before(sentence[: match.start()])
        if not who or len(who.split()) > 8 or who.lower() in ("he", "she", "they", "it", "i", "we"):
            continue
        stripped = sentence.strip()
        offset = start + sentence.find(stripped)
        items.append(Item(
            kind="reaction",
            speaker=speaker_name(who),
            handle=None,
            speaker_role=role_of(who),
            platform=platform_of(who),
            text=stripped,
            text_source="paraphrase",
            quoted=False,
            char_start=offset,
            char_end=offset + len(stripped),
        ))
    return items

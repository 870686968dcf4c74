"""The records that move between stages: an article in, the items found in it out."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from urllib.parse import quote_from_bytes, unquote_to_bytes

ItemKind = Literal["reaction", "subject_statement", "other_target"]
SpeakerRole = Literal[
    "journalist", "politician", "official", "expert", "organization", "celebrity", "public", "unknown"
]
TextSource = Literal["embed_html", "quoted", "paraphrase", "enriched"]


@dataclass(frozen=True)
class Article:
    """One news article as read from its file: main text plus the raw markup it came in."""

    article_id: str
    source: str
    title: str
    text: str
    html: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    subject: str | None = None  # set by the user to override detection
    target: str | None = None  # likewise


@dataclass(frozen=True)
class Item:
    """A statement found in an article: an embedded post, a quote or a paraphrased reaction."""

    kind: ItemKind
    speaker: str | None
    handle: str | None
    speaker_role: SpeakerRole
    platform: str | None
    text: str | None
    text_source: TextSource
    quoted: bool
    post_url: str | None = None
    lang: str | None = None
    posted_at: str | None = None
    char_start: int | None = None
    char_end: int | None = None
    item_id: str = field(default="")
    # The side the journalist's words give the statement ("praised the plan": favor, "drew boos",
    # "slammed the plan: '...'", "critics said": against); the classifier weighs it with the text.
    stance_cue: str | None = None

    def __post_init__(self) -> None:
        if not self.item_id:
            object.__setattr__(self, "item_id", item_id_for(self))


def item_id_for(item: Item) -> str:
    """Stable id: the post's platform and URL when known, else a hash of speaker and text."""
    if item.post_url:
        key = f"{item.platform}|{item.post_url}"
    else:
        key = f"{(item.speaker or '').lower()}|{' '.join((item.text or '').lower().split())}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def printable(source: str) -> str:
    """A file's path as text that can be written anywhere: bytes of its name that are not UTF-8 (which
    Python keeps as lone surrogates, so that the file can still be opened) become the replacement
    character."""
    return source.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


_BYTES = "fsbytes:"


def as_parameter(path: str) -> str:
    """A path that can travel as JSON, as a flow's parameters do: a name whose bytes are not UTF-8 (held as lone
    surrogates) goes as its bytes, percent-encoded after `fsbytes:`; `from_parameter` gives the path back."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return _BYTES + quote_from_bytes(os.fsencode(path))
    return path


def from_parameter(text: str) -> str:
    return os.fsdecode(unquote_to_bytes(text.removeprefix(_BYTES))) if text.startswith(_BYTES) else text


def article_id_for(url: str | None, text: str) -> str:
    """Stable id: sha256 of the canonical URL when there is one, else of the normalized text."""
    key = url.strip().rstrip("/").lower() if url else " ".join(text.split())
    return hashlib.sha256(key.encode()).hexdigest()[:16]

"""Who said it: speaker names, roles and platforms from the words around a statement."""

from __future__ import annotations

import re

from backlash.records import SpeakerRole

ROLE_WORDS: dict[SpeakerRole, tuple[str, ...]] = {
    "journalist": ("journalist", "reporter", "columnist", "editor", "anchor", "correspondent",
                   "commentator", "broadcaster", "host"),
    "politician": ("senator", "congressman", "congresswoman", "representative", "rep.", "governor",
                   "mayor", "minister", "councillor", "councilor", "councilman", "councilwoman",
                   "president", "democrat", "democrats", "republican",
                   "republicans", "lawmaker", "lawmakers", "mp", "politician", "candidate"),
    "official": ("spokesman", "spokeswoman", "spokesperson", "official", "officials", "secretary",
                 "kremlin", "ministry", "department", "police", "agency", "white house"),
    "organization": ("company", "group", "organization", "organisation", "union", "association",
                     "campaign", "charity", "foundation", "brand"),
    "celebrity": ("actor", "actress", "singer", "rapper", "star", "comedian", "celebrity",
                  "influencer", "athlete", "musician"),
    "public": ("user", "users", "person", "people", "commenter", "commenters", "resident",
               "residents", "fan", "fans", "voter", "voters", "critic", "critics", "viewer",
               "viewers", "twitter", "social media", "internet", "netizens", "many", "someone",
               "follower", "followers", "parent", "parents", "commuter", "commuters", "rider",
               "riders", "advocate", "advocates", "activist", "activists", "campaigners",
               "student", "students", "teacher", "teachers", "locals", "shoppers", "customers"),
}
_ALL_ROLE_WORDS = {w for words in ROLE_WORDS.values() for w in words} | {"one", "a", "an", "the"}
PLATFORM_CUES = {
    "twitter": r"\b(?:tweet(?:ed|s)?|retweet(?:ed)?|twitter|on x)\b",
    "bluesky": r"\bbluesky\b",
    "mastodon": r"\bmastodon\b",
    "threads": r"\bthreads\b",
    "instagram": r"\binstagram\b",
    "reddit": r"\breddit(?:or|ors)?\b",
    "tiktok": r"\btiktok\b",
    "facebook": r"\bfacebook\b",
}
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:de|van|von|al|bin)\s+)?[A-Z][\w'’.-]*)*$")
_LEADING = re.compile(r"^(?:the|a|an|and|but|however|meanwhile|also|then|later)\s+", re.I)
_TRAILING = re.compile(r"\s+(?:also|too|quickly|immediately|however|\w+ly)$", re.I)


def role_of(phrase: str) -> SpeakerRole:
    """The role named by the words of a speaker phrase ("journalist Anirvan Ghosh")."""
    lowered = f" {phrase.lower()} "
    for role, words in ROLE_WORDS.items():
        if any(f" {w} " in lowered or lowered.startswith(f" {w}") for w in words):
            return role
    return "unknown"


def platform_of(context: str) -> str | None:
    """The platform named or implied by the attribution ("tweeted", "on Instagram")."""
    lowered = context.lower()
    for platform, pattern in PLATFORM_CUES.items():
        if re.search(pattern, lowered):
            return platform
    return None


def speaker_name(phrase: str) -> str:
    """A person's or body's name from a speaker phrase; a description when it names nobody.

    "journalist Anirvan Ghosh" -> "Anirvan Ghosh"; "One Twitter user" -> "One Twitter user".
    """
    phrase = phrase.strip(" ,;:-—–")
    while (stripped := _TRAILING.sub("", _LEADING.sub("", phrase))) != phrase:
        phrase = stripped
    # A phrase that ends in a name ("journalist Anirvan Ghosh", "Critic Lena Holt") gives the
    # name without its role words; a description ("One Twitter user") stays whole.
    name = _NAME.search(phrase)
    if not name:
        return phrase
    words = name.group(0).split()
    while len(words) > 1 and words[0].lower() in _ALL_ROLE_WORDS:
        words.pop(0)
    return " ".join(words)


def role_from_mentions(name: str, text: str) -> SpeakerRole:
    """The role that the words before a name give it anywhere in the text ("Mayor Dana Whitfield")."""
    surname = re.escape(name.split()[-1]) if name.split() else ""
    if not surname:
        return "unknown"
    for match in re.finditer(rf"((?:\b[\w.]+\s+){{1,3}})(?:[A-Z][a-z]+\s+)?{surname}\b", text):
        role = role_of(match.group(1))
        if role not in ("unknown", "public"):
            return role
    return "unknown"

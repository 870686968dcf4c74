"""Who the article is about (its subject) and what the reactions react to (the target)."""

from __future__ import annotations

import re
from collections import Counter

from backlash.records import Article, Item

TARGET_WORDS = 16
MIN_MENTIONS = 2
# Where the subject's clause ends: punctuation, a participle clause, or `and` + a new actor.
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:saying|after|while|amid|as|because)\s|\sand\s(?=[A-Z])")
# Dates and asides add nothing to the target: "on Monday", "(9 July)", "early on Sunday".
_WHEN = re.compile(r"\s*\([^)]*\)|(?:^|\s)(?:early\s|late\s)?on\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_FULL_NAME = r"((?:[A-Z][a-z]+\s){{1,2}}){surname}\b"
_TITLES = re.compile(r"^(?:(?:US|U\.S\.|President|Prime|Minister|Senator|Sen\.|Governor|Mayor|Mr|Mrs|"
                     r"Ms|Dr|Rep\.|Former|Chancellor|King|Queen|Pope|CEO)\s+)+")


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def detect_subject(article: Article, statements: list[Item]) -> str | None:
    """The most mentioned named speaker, in full ("Trump" -> "Donald Trump").

    Mentions in the title count twice. Speakers described rather than named ("One Twitter user")
    are not candidates. With no named speaker, the most frequent two-word name of the title and
    lead is used.
    """
    if article.subject:
        return article.subject
    body = f"{article.title}\n{article.title}\n{article.text}"
    named = {i.speaker for i in statements if i.speaker and i.speaker[0].isupper()
             and i.speaker_role != "public" and i.text_source == "quoted"}
    counts = Counter({name: len(re.findall(rf"\b{re.escape(_surname(name))}\b", body))
                      for name in named})
    # Someone named once is a voice in the story, not what it is about.
    counts = Counter({name: n for name, n in counts.items() if n >= MIN_MENTIONS})
    if counts:
        surname = _surname(counts.most_common(1)[0][0])
        forms = Counter(_TITLES.sub("", m.group(0)) for m in re.finditer(
            _FULL_NAME.format(surname=re.escape(surname)), body))
        forms = Counter({form: n for form, n in forms.items() if len(form.split()) > 1})
        return forms.most_common(1)[0][0].strip() if forms else surname
    lead = f"{article.title}\n{article.title}\n{article.text[:600]}"
    runs = (_TITLES.sub("", run) for run in re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b", lead))
    pairs = Counter(run for run in runs if len(run.split()) >= 2)
    pairs = Counter({pair: n for pair, n in pairs.items() if n >= MIN_MENTIONS})
    return pairs.most_common(1)[0][0] if pairs else None


def detect_target(article: Article, subject: str | None) -> str:
    """What stance is measured toward: the user's target, else what the subject did.

    The subject's action is read from the first lead sentence that names them: the words after
    the name up to the end of the clause ("Donald Trump touted the idea of partnering with
    Russia to create a cybersecurity unit ..."), at most TARGET_WORDS words. Without such a
    sentence the subject itself is the target, then the title.
    """
    if article.target:
        return article.target
    if subject:
        surname = re.escape(_surname(subject))
        text = article.text
        if article.title and text.startswith(article.title):  # HTML text repeats the headline
            text = text[len(article.title):]
        lead = text[:1500].replace("“", "").replace("”", "").replace('"', "")
        for sentence in re.split(r"(?<=[.!?])\s+", lead)[:4]:
            match = re.search(rf"\b{surname}\b(?:'s)?\s+(.+)", sentence)
            if match:
                action = _CLAUSE_END.split(_WHEN.sub("", match.group(1)))[0].strip(" ,.;")
                words = action.split()
                if len(words) >= 3:
                    return f"{subject} {' '.join(words[:TARGET_WORDS])}"
        return subject
    return article.title or "the article's topic"


def is_subject(item: Item, subject: str | None) -> bool:
    """Whether the subject made this statement (matched on surname, or handle for posts)."""
    if not subject:
        return False
    surname = _surname(subject).lower()
    speaker = (item.speaker or "").lower()
    handle = (item.handle or "").lower()
    return bool(re.search(rf"\b{re.escape(surname)}\b", speaker)) or (
        len(surname) > 3 and surname in handle
    )

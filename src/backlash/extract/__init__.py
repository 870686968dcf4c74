"""Find the statements in an article and tell reactions from the subject's own statements."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from backlash.extract.embeds import embedded_posts
from backlash.extract.paraphrases import SentenceIndex, paraphrased_reactions
from backlash.extract.quotes import MIN_WORDS, quoted_statements
from backlash.extract.speakers import role_from_mentions
from backlash.extract.subject import detect_subject, detect_target, is_subject
from backlash.records import Article, Item

EXTRACTOR_VERSION = "0.2.0"


@dataclass(frozen=True)
class Extraction:
    subject: str | None
    target: str
    items: list[Item]


def extract(article: Article) -> Extraction:
    """Embedded posts, quotes and paraphrased reactions, each marked with its kind."""
    text = article.text
    index = SentenceIndex(text)
    posts = embedded_posts(article.html) if article.html else []
    quotes = [_widen_partial_quote(q, text, index) for q in quoted_statements(text)]
    posts, quotes = _merge_quoted_posts(posts, quotes)
    told = {(q.speaker or "").lower(): set() for q in quotes}
    for q in quotes:
        if q.char_start is not None:
            told[(q.speaker or "").lower()].add(index.around(q.char_start))
    # A paraphrase whose sentence already gave a quote to the same speaker is that quote.
    paraphrases = [p for p in paraphrased_reactions(text)
                   if index.around(p.char_start or 0) not in told.get((p.speaker or "").lower(), set())]
    statements = posts + quotes
    subject = detect_subject(article, statements)
    target = detect_target(article, subject)
    roles: dict[str, str] = {}
    items = []
    for item in statements + paraphrases:
        if item.speaker_role == "unknown" and item.speaker:
            if item.speaker not in roles:
                roles[item.speaker] = role_from_mentions(item.speaker, text)
            item = replace(item, speaker_role=roles[item.speaker])
        if is_subject(item, subject):
            if item.text_source == "paraphrase" and not item.quoted:
                continue  # the subject acting ("Trump slammed ...") is not a reaction to them
            item = replace(item, kind="subject_statement")
        elif _about_something_else(item, text, index, subject, target):
            item = replace(item, kind="other_target")
        items.append(item)
    return Extraction(subject=subject, target=target, items=items)


def _widen_partial_quote(item: Item, text: str, index: SentenceIndex) -> Item:
    """A quote of a word or two ("most ridiculous") says little alone: the item becomes the
    sentence that holds it, still marked as quoted."""
    if item.text is None or item.char_start is None or len(item.text.split()) >= MIN_WORDS:
        return item
    start, end = index.around(item.char_start)
    sentence = text[start:end].strip()
    start += text[start:end].find(sentence)
    return replace(item, text=sentence, text_source="paraphrase", char_start=start,
                   char_end=start + len(sentence))


def _merge_quoted_posts(posts: list[Item], quotes: list[Item]) -> tuple[list[Item], list[Item]]:
    """A post both embedded and quoted in the text is one item: the embed, with the quote's
    place in the text."""
    kept = []
    for quote in quotes:
        words = " ".join((quote.text or "").lower().split())
        match = next((i for i, p in enumerate(posts) if p.text and words
                      and (words in " ".join(p.text.lower().split()) or
                           " ".join(p.text.lower().split()) in words)), None)
        if match is None:
            kept.append(quote)
        else:
            posts[match] = replace(posts[match], char_start=quote.char_start, char_end=quote.char_end,
                                   quoted=True)
    return posts, kept


def _about_something_else(
    item: Item, text: str, index: SentenceIndex, subject: str | None, target: str
) -> bool:
    """An official's or organization's statement whose own clause names neither the subject nor
    anything of the target ("the Kremlin has dismissed claims of interference as 'baseless'") is
    about another matter."""
    if item.speaker_role not in ("official", "organization") or item.char_start is None or not subject:
        return False
    start, end = index.around(item.char_start)
    sentence = text[start:end]
    own_words = item.text if item.text_source != "paraphrase" else ""  # a paraphrase is the sentence
    clause = f"{sentence[max(sentence.find(item.speaker or ''), 0):]} {own_words or ''}".lower()
    words = {subject.split()[-1].lower()} | {w for w in re.findall(r"[a-z]{4,}", target.lower())
                                             if w not in _COMMON}
    return not any(re.search(rf"\b{re.escape(w)}\b", clause) for w in words)


_COMMON = {"that", "this", "with", "from", "have", "will", "said", "says", "about", "their", "there",
           "would", "could", "should", "which", "what", "when", "where", "into", "than", "then", "them"}

"""Find the statements in an article and tell reactions from the subject's own statements."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from backlash.extract.embeds import embedded_posts
from backlash.extract.paraphrases import paraphrased_reactions, sentence_around
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
    posts = embedded_posts(article.html) if article.html else []
    quotes = [_widen_partial_quote(q, article.text) for q in quoted_statements(article.text)]
    posts, quotes = _merge_quoted_posts(posts, quotes)
    paraphrases = [p for p in paraphrased_reactions(article.text) if not _told_by_a_quote(p, quotes)]
    statements = posts + quotes
    subject = detect_subject(article, statements)
    target = detect_target(article, subject)
    items = []
    for item in statements + paraphrases:
        if item.speaker_role == "unknown" and item.speaker:
            item = replace(item, speaker_role=role_from_mentions(item.speaker, article.text))
        if is_subject(item, subject):
            if item.text_source == "paraphrase" and not item.quoted:
                continue  # the subject acting ("Trump slammed ...") is not a reaction to them
            item = replace(item, kind="subject_statement")
        elif _about_something_else(item, article.text, subject):
            item = replace(item, kind="other_target")
        items.append(item)
    return Extraction(subject=subject, target=target, items=items)


def _widen_partial_quote(item: Item, text: str) -> Item:
    """A quote of a word or two ("most ridiculous") says little alone: the item becomes the
    sentence that holds it, still marked as quoted."""
    if item.text is None or item.char_start is None or len(item.text.split()) >= MIN_WORDS:
        return item
    start, end = sentence_around(text, item.char_start)
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


def _told_by_a_quote(paraphrase: Item, quotes: list[Item]) -> bool:
    """The paraphrase's sentence already gave an item to the same speaker."""
    return any(q.char_start is not None and paraphrase.char_start is not None
               and q.char_start < (paraphrase.char_end or 0) and paraphrase.char_start < (q.char_end or 0)
               and (q.speaker or "").lower() == (paraphrase.speaker or "").lower() for q in quotes)


def _about_something_else(item: Item, text: str, subject: str | None) -> bool:
    """An official's or organization's statement whose own clause does not name the subject
    ("the Kremlin has dismissed claims of interference as 'baseless'") is about another matter."""
    if item.speaker_role not in ("official", "organization") or item.char_start is None or not subject:
        return False
    start, end = sentence_around(text, item.char_start)
    sentence = text[start:end]
    clause = sentence[max(sentence.find(item.speaker or ""), 0):]
    return not re.search(rf"\b{re.escape(subject.split()[-1])}\b", clause)

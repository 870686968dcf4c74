"""Find the statements in an article and tell reactions from the subject's own statements."""

from __future__ import annotations

from dataclasses import dataclass, replace

from backlash.extract.embeds import embedded_posts
from backlash.extract.paraphrases import paraphrased_reactions
from backlash.extract.quotes import quoted_statements
from backlash.extract.speakers import role_from_mentions
from backlash.extract.subject import detect_subject, detect_target, is_subject
from backlash.records import Article, Item

EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class Extraction:
    subject: str | None
    target: str
    items: list[Item]


def extract(article: Article) -> Extraction:
    """Embedded posts, quotes and paraphrased reactions, each marked with its kind."""
    quotes = quoted_statements(article.text)
    taken = [(i.char_start or 0, i.char_end or 0) for i in quotes]
    paraphrases = paraphrased_reactions(article.text, taken)
    posts = embedded_posts(article.html) if article.html else []
    statements = posts + quotes
    subject = detect_subject(article, statements)
    target = detect_target(article, subject)
    items = [
        replace(item, kind="subject_statement") if is_subject(item, subject) else item
        for item in statements
    ]
    items = [
        replace(item, speaker_role=role_from_mentions(item.speaker, article.text))
        if item.speaker_role == "unknown" and item.speaker else item
        for item in items
    ]
    # A paraphrase whose actor is the subject is the subject acting, not a reaction.
    items += [p for p in paraphrases if not is_subject(p, subject)]
    return Extraction(subject=subject, target=target, items=items)

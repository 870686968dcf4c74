"""Read articles from files: plain text, HTML, JSON, or folders of them."""

from backlash.ingest.files import (
    SUPPORTED_SUFFIXES,
    IngestError,
    article_from_html,
    article_from_json,
    article_from_text,
    expand_paths,
    read_article,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "article_from_html",
    "article_from_json",
    "article_from_text",
    "expand_paths",
    "read_article",
]

"""Read articles from files: plain text, HTML, JSON, or folders of them."""

from backlash.ingest.files import (
    SUPPORTED_SUFFIXES,
    IngestError,
    article_from_html,
    article_from_json,
    article_from_text,
    changed_files,
    expand_paths,
    read_article,
)
from backlash.ingest.web import FetchError, article_from_url, feed_links

__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestError",
    "article_from_html",
    "article_from_json",
    "article_from_text",
    "article_from_url",
    "changed_files",
    "FetchError",
    "feed_links",
    "expand_paths",
    "read_article",
]

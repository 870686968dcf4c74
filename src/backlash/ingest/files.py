"""Articles from local files. Each reader turns bytes into an `Article` or raises `IngestError`."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura
from selectolax.lexbor import LexborHTMLParser

from backlash.records import Article, article_id_for, printable

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json")
MAX_BYTES = 20_000_000
MAX_MAIN_TEXT_ELEMENTS = 20_000  # a page with more elements is read without main-text detection


# Characters that show nothing but split a word for the parser ("Whit\u200bfield"): zero-width
# spaces and joiners, the word joiner, a byte-order mark inside the text, the soft hyphen; the marks
# and overrides of text direction ("Whit\u202eeld" would be another subject); control characters
# but the tab and the line break (a NUL or a terminal's escape sequence is no part of an article;
# of the C1 controls only those that open a terminal's sequences: the others are mostly a UTF-8
# name decoded twice, "SarukhÃ\x83Â¡n", whose letters the parser still reads as one word).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_INVISIBLE.update(dict.fromkeys(c for c in [*range(0x20), 0x7f, 0x90, 0x9b, 0x9d, 0x9e, 0x9f]
                                if chr(c) not in "\t\n"))
_INVISIBLE.update(dict.fromkeys(map(ord, "\x0b\x0c\x85"), "\n"))  # (a vertical tab, a page break: a line break)
# A lone surrogate (a JSON escape such as "\udcff" that pairs with nothing) is no character: it
# cannot be written as UTF-8, so it becomes the replacement character.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text as extraction reads it: composed characters (NFC), `\n` for every line break, no
    invisible or control characters, no lone surrogates."""
    text = _LONE_SURROGATE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


class IngestError(ValueError):
    """An input that cannot become an article; the message is the quarantine reason."""


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named directly, plus every file under named folders (sorted, hidden files skipped); a
    broken link is kept, so that reading it quarantines it with its reason rather than losing it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*")
                if (p.is_file() or (p.is_symlink() and not p.exists()))
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def read_article(path: Path) -> Article:
    """Read one file by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type {suffix or '(none)'}; expected one of "
                          f"{', '.join(SUPPORTED_SUFFIXES)}")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read file: {error.strerror or error}") from error
    source = printable(str(path))
    text = decode(raw)
    if suffix == ".txt":
        return article_from_text(text, source)
    if suffix == ".json":
        return article_from_json(text, source)
    return article_from_html(text, source)


def decode(raw: bytes) -> str:
    if not raw.strip():
        raise IngestError("empty file")
    if len(raw) > MAX_BYTES:
        raise IngestError(f"file too large: {len(raw):,} bytes (limit {MAX_BYTES:,})")
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # (before UTF-16: its mark opens UTF-32's)
        try:
            return raw.decode("utf-32")
        except UnicodeDecodeError as error:
            raise IngestError(f"broken UTF-32 text: {error.reason}") from error
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise IngestError(f"broken UTF-16 text: {error.reason}") from error
    if b"\x00" in raw[:4096]:
        raise IngestError("binary content (NUL bytes), not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise IngestError("text is neither UTF-8 nor Windows-1252")


def article_from_text(text: str, source: str, title: str | None = None) -> Article:
    """Plain text: a short first line without final punctuation is the title."""
    text = clean_text(text).strip()
    if not text:
        raise IngestError("no text")
    first, _, rest = text.partition("\n")
    if title is None and rest.strip() and len(first) < 200 and not first.rstrip().endswith((".", '"', "”")):
        title, text = first.strip(), rest.strip()
    return Article(article_id=article_id_for(None, text), source=source, title=clean_text(title or "").strip(),
                   text=text)


def article_from_html(markup: str, source: str, url: str | None = None) -> Article:
    """HTML: main text by trafilatura (falling back to all paragraphs); raw markup kept for embeds."""
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("h1") or tree.css_first("title")
    title = title_node.text(strip=True) if title_node else ""
    canonical = tree.css_first('link[rel="canonical"]')
    url = url or (canonical.attributes.get("href") if canonical else None)
    url = clean_text(url).strip() if url and len(url) <= FIELD_LIMITS["url"] else None  # (a page's own word)
    url = url if url and _names_a_page(url) else None
    # trafilatura's time grows faster than the page (22 s at 86,000 elements); a news page has a
    # few thousand, so a larger one is read paragraph by paragraph.
    small = len(tree.css("*")) <= MAX_MAIN_TEXT_ELEMENTS
    text = (trafilatura.extract(markup, include_comments=False, include_tables=False) or "") if small else ""
    if not text.strip():
        text = "\n\n".join(p.text(strip=True) for p in tree.css("p") if p.text(strip=True))
    if not text.strip() and not tree.css("blockquote, div.fb-post, iframe"):
        raise IngestError("HTML has no article text and no embedded posts")
    return Article(article_id=article_id_for(url, text or markup), source=source, title=clean_text(title).strip(),
                   text=clean_text(text).strip(), html=markup, url=url)


def _names_a_page(url: str) -> bool:
    """A canonical link to a site's front page ("https://news.example/") is a misconfigured one, not the article's
    address: taken as the id, it would make every article of the site one."""
    try:
        return bool(urlsplit(url).path.strip("/"))
    except ValueError:  # not an address at all ("http://[")
        return False


def article_from_json(raw: str, source: str) -> Article:
    """JSON object with `title`, `text` or `html`, and optional `url`, `published_at`,
    `subject`, `target`."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise IngestError(f"malformed JSON: {error}") from error
    except RecursionError as error:
        raise IngestError("malformed JSON: nested too deeply to be an article") from error
    if not isinstance(data, dict):
        raise IngestError("JSON must be an object with a `text` or `html` field")
    fields = {name: _short_text(data, name, limit) for name, limit in FIELD_LIMITS.items()}
    url = fields["url"]
    if isinstance(data.get("html"), str) and data["html"].strip():
        article = article_from_html(data["html"], source, url)
    elif isinstance(data.get("text"), str) and data["text"].strip():
        article = article_from_text(data["text"], source, title=fields["title"] or "")
    else:
        raise IngestError("JSON has neither a non-empty `text` nor `html` field")
    published = data.get("published_at")
    try:
        published_at = datetime.fromisoformat(published) if published else None
    except (TypeError, ValueError) as error:
        raise IngestError(f"`published_at` is not an ISO date: {published!r}") from error
    # (a day series runs from a subject's first day to its last: year 9999 would make millions of rows)
    if published_at is not None and not EARLIEST_YEAR <= published_at.year <= datetime.now().year + 1:
        raise IngestError(f"`published_at` {published!r} is not a publication date (years {EARLIEST_YEAR} to "
                          f"next year)")
    return Article(
        article_id=article_id_for(url, article.text) if url else article.article_id,
        source=source,
        title=clean_text(fields["title"] or article.title).strip(),
        text=article.text,
        html=article.html,
        url=url,
        published_at=published_at,
        subject=fields["subject"],
        target=fields["target"],
    )


# A title, subject, target or URL is a line, not a document: longer ones are refused, not parsed.
FIELD_LIMITS = {"title": 1000, "subject": 200, "target": 500, "url": 2000}
EARLIEST_YEAR = 1900


def _short_text(data: dict, name: str, limit: int) -> str | None:
    value = data.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestError(f"`{name}` must be a string, not {type(value).__name__}")
    if len(value) > limit:
        raise IngestError(f"`{name}` is {len(value):,} characters long; at most {limit:,}")
    return clean_text(value).strip() or None


def changed_files(files: list[Path], seen: dict[str, str]) -> tuple[list[Path], dict[str, str]]:
    """The files whose content is new or changed since `seen` (path -> sha256), and the new state."""
    state = dict(seen)
    changed = []
    for path in files:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            changed.append(path)  # unreadable: let the reader quarantine it with the reason
            continue
        if state.get(str(path)) != digest:
            changed.append(path)
            state[str(path)] = digest
    return changed, state

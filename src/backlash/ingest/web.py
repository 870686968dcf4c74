"""Articles from the web: pages fetched safely, and the article links of RSS/Atom feeds.

Safety rules for every request (redirect hops included): http(s) only; the host's addresses
must all be public unless `allow_private` is given (private, loopback, link-local, reserved and
multicast addresses are refused, so a feed cannot point the fetcher at internal services);
at most MAX_REDIRECTS redirects; a timeout; a size cap read in chunks; an allowed content type.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
import httpx

from backlash.ingest.files import IngestError, article_from_html, article_from_text, decode
from backlash.records import Article

MAX_BYTES = 5_000_000
MAX_REDIRECTS = 3
TIMEOUT_S = 10.0
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


class FetchError(IngestError):
    """A URL that could not be fetched safely; the message is the quarantine reason."""


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes


def check_host(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url}")
    if allow_private:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 80)}
    except socket.gaierror as error:
        raise FetchError(f"cannot resolve {parts.hostname}: {error.strerror}") from error
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(f"refused: {parts.hostname} resolves to non-public address {ip} "
                             "(allow private addresses explicitly to fetch it)")


def fetch(url: str, allowed_types: tuple[str, ...] = PAGE_TYPES, allow_private: bool = False,
          max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT_S) -> Page:
    """GET a URL under the safety rules of this module."""
    with httpx.Client(follow_redirects=False, timeout=timeout,
                      headers={"User-Agent": "backlash/0.1 (+news reaction analysis)"}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_host(url, allow_private)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code} from {url}")
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if content_type not in allowed_types:
                        raise FetchError(f"unsupported content type {content_type or '(none)'} at {url}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > max_bytes:
                            raise FetchError(f"response larger than {max_bytes:,} bytes at {url}")
                    return Page(url, content_type, bytes(body))
            except httpx.HTTPError as error:
                raise FetchError(f"cannot fetch {url}: {type(error).__name__}: {error}") from error
    raise FetchError(f"more than {MAX_REDIRECTS} redirects from {url}")


def article_from_url(url: str, allow_private: bool = False) -> Article:
    page = fetch(url, allow_private=allow_private)
    text = decode(page.body)
    if page.content_type == "text/plain":
        return article_from_text(text, source=url)
    return article_from_html(text, source=url, url=page.url)


def feed_links(url: str, allow_private: bool = False) -> list[str]:
    """The article links of an RSS or Atom feed, in feed order, without duplicates."""
    page = fetch(url, allowed_types=FEED_TYPES + PAGE_TYPES, allow_private=allow_private)
    parsed = feedparser.parse(page.body)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"not a readable feed at {url}: {parsed.bozo_exception}")
    links = [urljoin(page.url, entry.get("link", "")) for entry in parsed.entries if entry.get("link")]
    return list(dict.fromkeys(links))

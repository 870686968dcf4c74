"""Embedded social posts: in raw article HTML (read before any boilerplate removal drops them),
and in text where a page showed a post as its words above a byline ("— Name (@handle) date")."""

from __future__ import annotations

import itertools
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from backlash.extract.lexicon import TWEET_URL
from backlash.records import Item

# CSS selector of each platform's embed markup.
EMBED_SELECTORS = {
    "twitter": "blockquote.twitter-tweet",
    "bluesky": "blockquote.bluesky-embed",
    "mastodon": "blockquote.mastodon-embed, iframe.mastodon-embed",
    "threads": "blockquote.text-post-media",
    "instagram": "blockquote.instagram-media",
    "reddit": "blockquote.reddit-embed-bq",
    "tiktok": "blockquote.tiktok-embed",
    "facebook": "div.fb-post",
}
_HANDLE = re.compile(r"\(@([\w.-]{1,60})\)")
_BLUESKY_POST = re.compile(r"https?://bsky\.app/profile/[^/\s]+/post/\w+")
_BLUESKY_RECORD = re.compile(r"at://(?P<author>[^/\s]+)/app\.bsky\.feed\.post/(?P<key>\w+)")


def _bluesky_web_url(uri: str | None) -> str | None:
    """`at://AUTHOR/app.bsky.feed.post/KEY` -> `https://bsky.app/profile/AUTHOR/post/KEY`."""
    match = _BLUESKY_RECORD.match(uri or "")
    return f"https://bsky.app/profile/{match['author']}/post/{match['key']}" if match else uri


def canonical_post_url(url: str) -> str:
    """One spelling per post: x.com and twitter.com, status and statuses, query strings dropped;
    a link without the author (`twitter.com/i/web/status/ID`) keeps the `i/web` form."""
    match = TWEET_URL.match(url)
    if match:
        return f"https://x.com/{match.group('handle') or 'i/web'}/status/{match.group('id')}"
    return url.split("?")[0].rstrip("/")


def punctuation_joined(words: str) -> str:
    """Words with no space before their punctuation: a link's text runs on into what follows ("from
    @Hopworks. Great", which a page's text may give as "@Hopworks . Great")."""
    return re.sub(r"\s+(?=[.,!?;:])", "", words)


def embedded_posts(html: str) -> list[Item]:
    """Every embedded post, with text, author, handle, URL, date and language where the markup has
    them. An embed without text is kept with `text=None` so the post is still counted."""
    tree = LexborHTMLParser(html)
    items: dict[str, Item] = {}
    for platform, selector in EMBED_SELECTORS.items():
        for number, node in enumerate(tree.css(selector)):
            item = _post(platform, node)
            # The same post embedded twice is one item; embeds with neither URL nor text are
            # several posts, each its own item.
            key = item.item_id if item.post_url or item.text else f"{platform}#{number}"
            items.setdefault(key, item)
    # Posts only linked from the text ("changed history with five words: <a href=.../status/20>")
    # count too; their text is not in the page.
    for link in tree.css("p a[href]"):
        url = link.attributes.get("href") or ""
        match = TWEET_URL.match(url)
        if match:
            item = Item(kind="reaction", speaker=None, handle=match.group("handle"), speaker_role="unknown",
                        platform="twitter", text=None, text_source="embed_html", quoted=False,
                        post_url=canonical_post_url(url))
            items.setdefault(item.item_id, item)
    return list(items.values())


def _post(platform: str, node: LexborNode) -> Item:
    links = [a.attributes.get("href") or "" for a in node.css("a")]
    url = (node.attributes.get("data-bluesky-uri") or node.attributes.get("cite")
           or node.attributes.get("data-href") or node.attributes.get("src")
           or node.attributes.get("data-instgrm-permalink"))
    if platform == "twitter":
        url = next((link for link in reversed(links) if TWEET_URL.match(link)), url)
    elif platform == "bluesky":  # the post's web address, not the protocol's at:// record
        url = next((link for link in links if _BLUESKY_POST.match(link)), None) or _bluesky_web_url(url)
    elif url is None:
        url = next((link for link in links if link.startswith("http")), None)
    paragraph = node.css_first("p")
    text = punctuation_joined(paragraph.text(separator=" ", strip=True)) if paragraph else None
    lang = (paragraph.attributes.get("lang") if paragraph else None) or node.attributes.get("lang")
    speaker, handle, posted = _byline(platform, node, paragraph, url)
    if not text and platform in ("reddit", "tiktok"):
        text, handle = _words_and_author(platform, node, url)
        speaker = speaker or handle
    return Item(
        kind="reaction",
        speaker=speaker,
        handle=handle,
        speaker_role="unknown",
        platform=platform,
        text=text or None,
        text_source="embed_html",
        quoted=False,
        post_url=canonical_post_url(url) if url else None,
        lang=lang,
        posted_at=posted,
    )


def _words_and_author(platform: str, node: LexborNode, url: str | None) -> tuple[str | None, str | None]:
    """The words of an embed that has no paragraph: a Reddit post's title (its first link) and
    `u/` author; a TikTok video's caption (its section, less the @handle) and handle."""
    links = node.css("a")
    if platform == "reddit":
        author = next((a.text(strip=True) for a in links if "/user/" in (a.attributes.get("href") or "")), None)
        title = links[0].text(separator=" ", strip=True) if links else None
        return title or None, author or None
    section = node.css_first("section")
    caption = section.text(separator=" ", strip=True) if section else ""
    handle = _TIKTOK_HANDLE.search(url or "")
    name = f"@{handle.group(1)}" if handle else None
    return caption.removeprefix(name or "\0").strip() or None, name


_TIKTOK_HANDLE = re.compile(r"tiktok\.com/@([\w.-]{1,60})")


def _byline(
    platform: str, node: LexborNode, paragraph: LexborNode | None, url: str | None
) -> tuple[str | None, str | None, str | None]:
    """Author name, handle and date from the text after the post (`— Name (@handle) date`)."""
    full = node.text(separator=" ", strip=True)
    tail = full[len(paragraph.text(separator=" ", strip=True)):] if paragraph else full
    tail = tail.strip().lstrip("—-– ").strip()
    handle_match = _HANDLE.search(tail)
    handle = handle_match.group(1) if handle_match else None
    if handle is None and url and platform == "twitter" and (match := TWEET_URL.match(url)):
        handle = match.group("handle")
    speaker = tail[: handle_match.start()].strip() if handle_match else None
    if speaker:
        speaker = re.sub(r"^(?:a post shared by|a video shared by|posted by)\s+", "", speaker, flags=re.I)
    date_link = node.css("a")
    posted = date_link[-1].text(strip=True) if date_link else None
    return speaker or None, handle, posted or None


# The byline under a post that a page shows as text where its embed stood: "— Laura Benn
# (@laurabenn) June 3, 2025", "A post shared by Kat M (@katm) on Jun 3, 2025".
TEXT_BYLINE = re.compile(
    # (on a line of its own, or after the post's words on the same line, by a long dash: "Best thing they've done
    # in years 🙌 — Karthik R (@karthik_r) June 18, 2026")
    r"(?:^[ \t]*(?:(?:—|–|-|&mdash;)[ \t]*|(?P<shared>A (?:post|video) shared by)[ \t]+)|(?<=\S)[ \t]+(?:—|–|&mdash;)"
    r"[ \t]*)(?P<name>[^\n()@—–]{0,80}?)[ \t]*"
    # (the closing quote mark of a post quoted whole, after its byline: "“Can't wait ...\n— Tahlia Nguyen (@tahlia_pcfc)
    # August 10, 2026”")
    r"\(@(?P<handle>[\w.-]{1,60})\)[ \t]*(?:on[ \t]+)?(?P<date>[\w ,.:]{0,40}?)[ \t]*(?P<closing>[\"”])?$", re.M)
# (a bulleted line too: "- @latteliz: “no pumpkin cold brew??”", its words without their quote marks; and a Reddit
# comment's: "u/fenwick_gran: Where is she supposed to go now?")
HANDLE_LINE = re.compile(r"^[ \t]*(?:[-•*–—·][ \t]+)?(?:@(?P<handle>\w{1,30})|u/(?P<user>[\w-]{1,30}))[ \t]*:[ \t]+"
                         r"(?:(?P<mark>[\"“]))?"
                         r"(?P<words>\S[^\n]{0,2000}?)(?(mark)[\"”])[ \t]*$", re.M)
# A letter's or reader's comment's signature on a line of its own under its words: "— Aroha Ngata, Waimaru"
# (a name in capitals, then where they write from; not "— Reporting by ...", nor a post's "(@handle)", nor a
# reporter's credit: "— Jane Roe, Associated Press", "— Jane Roe, Staff Writer")
LETTER_SIGNATURE = re.compile(r"^[ \t]*(?:—|–)[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}),[ \t]*"
                              r"(?!(?:The|Associated|Reuters|AP|AFP|Bloomberg|Staff|Senior|Chief|Special)\b)"
                              r"(?P<place>[A-Z][^\n,()@]{0,40}?)[ \t]*$", re.M)
MAX_TEXT_POSTS = 1_000  # posts read from an article's text (bounded work on a hostile input)
_PIC_LINK = re.compile(r"\s*(?:pic\.twitter\.com|https?://t\.co)/\w+")


def posts_in_text(text: str) -> list[Item]:
    """Each post shown as text above its byline: its words, author, handle, platform and date,
    placed in the text. The words run from the blank line or byline before it; in a text whose
    paragraphs are single lines (as a page's main text is given), they are the line above. Also each
    letter signed on the line under its words ("— Aroha Ngata, Waimaru"), and each line that opens with a handle
    and a colon ("@sarahj: No.")."""
    items, previous = [], 0
    between = "\n\n" if "\n\n" in text else "\n"
    for byline in itertools.islice(TEXT_BYLINE.finditer(text), MAX_TEXT_POSTS):
        above = text.rfind(between, previous, byline.start() - 1)
        start, end = _words_between(text, above + len(between) if above >= 0 else previous, byline.start())
        if byline["closing"] and start < end and text[start] in "\"“":
            start += 1  # (its opening mark)
        handle = byline["handle"]
        platform = "instagram" if byline["shared"] else "bluesky" if "." in handle else "twitter"
        items.append(Item(
            kind="reaction", speaker=byline["name"].strip() or f"@{handle}", handle=handle, speaker_role="unknown",
            platform=platform, text=_PIC_LINK.sub("", text[start:end]).strip() or None, text_source="quoted",
            quoted=True, char_start=start if end > start else None, char_end=end if end > start else None,
            posted_at=byline["date"].strip() or None))
        previous = byline.end()
    # A letter signed under its words (a quoted one is read with the quotes)
    for signature in itertools.islice(LETTER_SIGNATURE.finditer(text), MAX_TEXT_POSTS - len(items)):
        start, end = _words_between(text, text.rfind("\n", 0, max(signature.start() - 1, 0)) + 1, signature.start())
        if end <= start or text[start] in "\"“'‘—–":
            continue
        items.append(Item(kind="reaction", speaker=signature["name"], handle=None, speaker_role="public",
                          platform=None, text=text[start:end], text_source="quoted", quoted=True, char_start=start,
                          char_end=end))
    # A post listed as a line that opens with its author's handle: "@bingewatcher_uk: Cancelled today."
    for line in itertools.islice(HANDLE_LINE.finditer(text), MAX_TEXT_POSTS - len(items)):
        start, end = line.start("words"), line.end("words")
        user = line["user"]
        items.append(Item(
            kind="reaction", speaker=f"u/{user}" if user else f"@{line['handle']}", handle=user or line["handle"],
            speaker_role="public", platform="reddit" if user else None,
            text=_PIC_LINK.sub("", text[start:end]).strip() or None, text_source="quoted",
            quoted=True, char_start=start, char_end=end))
    return items


def _words_between(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span of the words between two offsets, without the blank space around them."""
    words = text[start:stop]
    start += len(words) - len(words.lstrip())
    return start, start + len(words.strip())

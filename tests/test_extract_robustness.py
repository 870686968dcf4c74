"""Any input yields items or a typed error: property-based and size tests."""

from __future__ import annotations

import re
import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from backlash.extract import extract
from backlash.extract.embeds import embedded_posts
from backlash.extract.lexicon import has_statement_cue
from backlash.extract.speakers import mentions
from backlash.ingest import IngestError, article_from_html, article_from_text
from backlash.records import Article

QUOTEY = st.text(alphabet=st.sampled_from(list('ab "“”\'\n.,:;-—X@said tweeted wrote Trump')), max_size=400)


def article(text: str, html: str | None = None) -> Article:
    return Article(article_id="a", source="s", title="", text=text, html=html)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUOTEY)
def test_any_text_with_any_quote_marks_extracts(text):
    result = extract(article(text))
    for item in result.items:
        assert item.kind in ("reaction", "subject_statement", "other_target")
        if item.char_start is not None:
            assert 0 <= item.char_start <= item.char_end <= len(text)


# Words and marks of news quoting in any order: reporting verbs, pronouns, names, quote marks,
# handles and post links, so that the speaker and antecedent rules meet what they look for.
NEWSY = st.lists(st.sampled_from([
    '"', "“", "”", "‘", "’", "''", "«", "»", " said ", " says ", " wrote ", " tweeted ", " he ", " she ",
    " they ", "Mayor Dana Whitfield", "Whitfield", " one user ", " critics ", " another ", " one read ",
    " her publicist ", " praised ", " slammed ", " defended ", "WASHINGTON (AP) — ", "u/name", "@user",
    "https://twitter.com/i/web/status/123", "\n", "\n\n", ". ", ", ", ": ", " — ", "(", ")", "\u200b", "😀",
]), max_size=120).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
@example("😀\nf\n‘\n.\n ’ says he praised W  aued")  # once an empty antecedent name broke the pronoun rule
def test_any_mix_of_quoting_words_extracts(text):
    result = extract(article(text))
    for item in result.items:
        assert 0 <= item.char_start <= item.char_end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text_extracts(text):
    extract(article(text))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('<>/"=ab pblockquote.class-twitter-tweet&;')), max_size=400))
def test_broken_html_gives_an_article_or_a_clear_error(markup):
    try:
        parsed = article_from_html(markup, "s")
    except IngestError as error:
        assert str(error)
    else:
        extract(parsed)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_binary_bytes_decode_or_fail_clearly(raw):
    try:
        parsed = article_from_text(raw.decode("utf-8", errors="replace"), "s")
    except IngestError as error:
        assert str(error)
    else:
        extract(parsed)


def test_five_megabytes_of_text_in_reasonable_time():
    paragraph = ('The mayor spoke. "This is a terrible plan for everyone here," one user wrote. '
                 'Critics slammed the proposal. "Odd quote\n\n')
    text = paragraph * (5_000_000 // len(paragraph))
    started = time.perf_counter()
    result = extract(article(text))
    assert len(result.items) > 1000 and time.perf_counter() - started < 120


def test_ten_thousand_embeds():
    tweet = ('<blockquote class="twitter-tweet"><p lang="en">post {i}</p>&mdash; A (@a) '
             '<a href="https://twitter.com/a/status/{i}">May 1</a></blockquote>')
    html = "<html><body><p>Story.</p>" + "".join(tweet.format(i=i) for i in range(10_000)) + "</body></html>"
    assert len(embedded_posts(html)) == 10_000


NAMES = st.sampled_from(["Vance", "O'Brien", "Élise", "Vance-Ito", "de", "vance", "VANCE", "@vance", "Ito2"])
NAMED_TEXT = st.lists(st.one_of(NAMES, st.sampled_from([" ", "\n", "'s", ",", "-", "_", "x", "Mr ", "2"])),
                      max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(NAMES, NAMED_TEXT)
@example("Vance", "Vance Vance-Ito xVance Vance_ Vance2 (Vance) Vance's")
def test_a_name_is_found_wherever_a_search_of_the_whole_text_finds_it(name, text):
    # mentions() looks the name up in an index of the text's capitalised words; it must find what a search finds
    for pattern in (rf"\b{re.escape(name)}\b", rf"(?<=\s){re.escape(name)}\b", rf"\b{re.escape(name)}['’]s\s"):
        found = [m.span() for m in mentions(name, text, re.compile(pattern))]
        assert found == [m.span() for m in re.finditer(pattern, text)]


@given(st.lists(st.sampled_from(["The", "mayor", "SAID", "well-received", "said2", "talks", "the plan", "“",
                                 "Slammed", "residents", "x"]), max_size=12).map(" ".join))
def test_a_statement_cue_is_a_whole_word_in_any_case_or_a_quote_mark(line):
    expected = bool(re.search(r"[\"“”]|\b(?:said|received|slammed)\b", line, re.I))
    assert has_statement_cue(line) == expected

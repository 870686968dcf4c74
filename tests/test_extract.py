"""Extraction of statements: quote patterns, paraphrases, embeds, subject and target."""

from __future__ import annotations

from backlash.extract import extract
from backlash.extract.embeds import canonical_post_url, embedded_posts
from backlash.extract.lexicon import role_of
from backlash.extract.quotes import quote_spans, quoted_statements
from backlash.extract.speakers import speaker_name
from backlash.records import Article


def article(text: str, html: str | None = None, title: str = "") -> Article:
    return Article(article_id="a1", source="inline", title=title, text=text, html=html)


def test_quote_then_attribution_after():
    text = 'The plan was announced. "This is a terrible plan for the city," councillor Ann Lee tweeted.'
    [item] = quoted_statements(text)
    assert item.speaker == "Ann Lee" and item.speaker_role == "politician"
    assert item.platform == "twitter" and item.quoted
    assert text[item.char_start:item.char_end] == "This is a terrible plan for the city,"


def test_attribution_before_with_colon_and_curly_quotes():
    [item] = quoted_statements("One Reddit user wrote: “Nobody asked for this at all.”")
    assert item.speaker == "One Reddit user" and item.speaker_role == "public"
    assert item.platform == "reddit" and item.text == "Nobody asked for this at all."


def test_dash_attribution():
    [item] = quoted_statements('"We will fight this in every court we can" - Maya Ortiz')
    assert item.speaker == "Maya Ortiz"


def test_interrupted_and_continued_quote_is_one_statement():
    text = ('"First part of it," Sam Reed wrote. "Second part runs on\n\n'
            '"and ends in the next paragraph."\n\nThe end.')
    [item] = quoted_statements(text)
    assert item.speaker == "Sam Reed"
    assert item.text == "First part of it, Second part runs on and ends in the next paragraph."
    assert item.char_end > text.index("ends in")


def test_scare_quotes_titles_and_unattributed_quotes_are_not_statements():
    text = ('The so-called "reform" passed on Tuesday. She told ABC\'s "Good Morning America" that '
            'she was "very happy indeed".\n\nThe show ended.\n\n"Nobody knows who wrote this line at all."')
    [item] = quoted_statements(text)
    assert item.text == "very happy indeed"


def test_a_short_attributed_quote_is_kept_apart_from_later_ones():
    text = 'The mayor called it "baseless". Critics say the "plan" is "a very bad idea indeed".'
    items = quoted_statements(text)
    assert [(i.speaker, i.text) for i in items] == [("mayor", "baseless"), ("Critics", "plan a very bad idea indeed")]


def test_odd_number_of_quote_marks_does_not_crash():
    spans = quote_spans('He said "yes and then "no" and "maybe')
    assert spans and all(s.start <= s.end for s in spans)


def test_pronoun_attribution_takes_the_previous_speaker():
    text = ('"Nothing will change," Jo Park said.\n\n'
            '"We are not afraid of anyone here," she added.')
    items = quoted_statements(text)
    assert [i.speaker for i in items] == ["Jo Park", "Jo Park"]


def test_paraphrased_reactions_name_the_actor():
    text = ("The mayor raised fares. Parents, teachers and students slammed the plan on Monday. "
            "Twitter, however, mocked the mayor.")
    items = extract(article(text)).items
    assert [i.speaker for i in items] == ["Parents, teachers and students", "Twitter"]
    assert all(not i.quoted and i.text_source == "paraphrase" for i in items)
    assert items[1].platform == "twitter"


TWEET = ('<blockquote class="twitter-tweet"><p lang="en">Great news for readers</p>&mdash; '
         'Ana Diaz (@anadiaz) <a href="https://twitter.com/anadiaz/statuses/123?s=20">May 1, 2026</a>'
         '</blockquote>')


def test_embedded_tweet_fields_and_canonical_url():
    [post] = embedded_posts(f"<html><body>{TWEET}</body></html>")
    assert (post.platform, post.speaker, post.handle, post.lang) == ("twitter", "Ana Diaz", "anadiaz", "en")
    assert post.text == "Great news for readers" and post.text_source == "embed_html"
    assert post.post_url == "https://x.com/anadiaz/status/123"


def test_the_same_post_embedded_twice_is_one_item_and_empty_embeds_are_kept():
    html = (TWEET + TWEET.replace("twitter.com", "x.com") +
            '<div class="fb-post" data-href="https://www.facebook.com/page/posts/9"></div>')
    posts = embedded_posts(html)
    assert len(posts) == 2
    facebook = next(p for p in posts if p.platform == "facebook")
    assert facebook.text is None and facebook.post_url == "https://www.facebook.com/page/posts/9"


def test_canonical_post_url():
    assert canonical_post_url("https://mobile.twitter.com/a/status/5?lang=en") == "https://x.com/a/status/5"


def test_speaker_phrases():
    assert speaker_name("journalist Anirvan Ghosh") == "Anirvan Ghosh"
    assert speaker_name("the Kremlin") == "Kremlin"
    assert role_of("local reporter") == "journalist" and role_of("Ann") == "unknown"


def test_subject_statements_are_kept_apart_and_target_follows_the_lead():
    text = ("Mayor Dana Whitfield proposed doubling bus fares, saying the budget needs it.\n\n"
            '"It is the responsible choice for our city," Whitfield said.\n\n'
            '"This is a disgrace and she should resign," one commuter wrote.')
    result = extract(article(text))
    assert result.subject == "Dana Whitfield"
    assert result.target == "Dana Whitfield's proposal to double bus fares"
    # "saying the budget needs it" is the mayor's own (reported) statement.
    assert [(i.kind, i.quoted) for i in result.items] == [
        ("subject_statement", True), ("reaction", True), ("subject_statement", False)]


def test_user_target_overrides_detection():
    text = '"Bad idea, really bad," one user posted.'
    result = extract(Article(article_id="a", source="s", title="", text=text, target="the plan"))
    assert result.target == "the plan"


def test_seed_article_items_as_a_careful_reader_lists_them(seed_article):
    from backlash.ingest import read_article

    result = extract(read_article(seed_article))
    by_kind = {}
    for item in result.items:
        by_kind.setdefault(item.kind, []).append(item)
    assert result.subject == "Donald Trump"
    statements = [i.text for i in by_kind["subject_statement"]]
    assert any(t.startswith("I strongly pressed") and "Sanctions were not discussed" in t for t in statements)
    assert any(t.startswith("The fact that President Putin") and t.endswith("& did!") for t in statements)
    [kremlin] = by_kind["other_target"]
    assert kremlin.speaker == "Kremlin" and "baseless" in kremlin.text
    reactions = {(i.speaker, i.text_source) for i in by_kind["reaction"]}
    assert {("Anirvan Ghosh", "quoted"), ("One Twitter user", "quoted"), ("Twitter", "paraphrase"),
            ("Democrats, Republicans and social media users", "paraphrase")} <= reactions
    assert all(i.speaker != "Trump" for i in by_kind["reaction"])

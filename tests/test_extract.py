"""Extraction of statements: quote patterns, paraphrases, embeds, subject and target."""

from __future__ import annotations

import pytest

from backlash.extract import LONG_LINE_CHARS, _widened_once, double_quoted, extract, paragraphed
from backlash.extract.embeds import canonical_post_url, embedded_posts
from backlash.extract.lexicon import role_of
from backlash.extract.parse import load_parser, mend
from backlash.extract.quotes import Statement, quote_spans, quoted_statements
from backlash.extract.sides import headline_side, judgement_side
from backlash.extract.speakers import Speaker, speaker_name
from backlash.extract.subject import _headline_noun_verb_agent, _limit, described_as, staff_by_pronoun
from backlash.records import Article, Item


def article(text: str, html: str | None = None, title: str = "") -> Article:
    return Article(article_id="a1", source="inline", title=title, text=text, html=html)


def items_by_speaker(text: str, title: str = "") -> dict[str | None, Item]:
    """Each speaker's item (the last, where one speaks twice) in an article of `text`."""
    return {i.speaker: i for i in extract(article(text, title=title)).items}


def kinds_by_speaker(text: str, title: str = "") -> dict[str | None, str]:
    """Each speaker's kind of statement in an article of `text`."""
    return {speaker: item.kind for speaker, item in items_by_speaker(text, title).items()}


def cues_by_speaker(text: str, title: str = "") -> dict[str | None, str | None]:
    """Each speaker's stance cue in an article of `text`."""
    return {speaker: item.stance_cue for speaker, item in items_by_speaker(text, title).items()}


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


def test_names_in_quote_marks_neither_speak_nor_join_a_statement():
    text = ('"This is the worst plan I have seen," read one message. Another read "stopthefarehike.org," a '
            'site run by the "Riders First Foundation."\n\n'
            "Ann Lee, a host on the ''Today'' show, announced she would leave.")
    assert [i.text for i in quoted_statements(text)] == ["This is the worst plan I have seen"]


def test_a_term_in_quote_marks_without_a_reporting_verb_is_nobodys_statement():
    text = ('In her speech she also referenced the "Charleston loophole," a flaw in the background checks.\n\n'
            'That wording, "eligible candidates", changed when the president ordered it.')
    assert quoted_statements(text) == []


def test_a_quoted_text_after_a_form_of_be_is_nobodys_statement():
    text = ('The grants are open to small farms and "any other holding that the agency has found to be at '
            'risk of closure this year."\n\nThe minister praised the scheme for "keeping families on the land".')
    [item] = quoted_statements(text)
    assert (item.speaker, item.text) == ("minister", "keeping families on the land")


def test_a_short_attributed_quote_is_kept_apart_from_later_ones():
    text = 'The mayor called it "baseless". Critics say the "plan" is "a very bad idea indeed".'
    items = quoted_statements(text)
    assert [(i.speaker, i.text) for i in items] == [("mayor", "baseless"), ("Critics", "plan a very bad idea indeed")]


@pytest.mark.parametrize("text, speaker", [
    ('Protesters gathered outside city hall. One sign read: "Hands off our buses."', "One sign"),
    ('Protesters gathered outside city hall. "Hands Off Our Buses," read a banner at the gate.', "a banner"),
    ('The skies filled with anti-fare messages. "Hands off our buses," read one.', "one message"),
    ('Hundreds marched and carried signs that read "Hands off our buses".', "sign"),
    ('A banner reading "Hands off our buses" was unfurled outside city hall.', "A banner"),
])
def test_the_words_a_sign_or_banner_reads_are_the_publics(text, speaker):
    [item] = quoted_statements(text)
    assert item.text.lower().startswith("hands off our buses")
    assert (item.speaker, item.speaker_role) == (speaker, "public")


def test_a_person_reading_aloud_is_no_sign():
    items = quoted_statements('The hall went quiet. Mr. Reed read "a very long letter from home" aloud.')
    assert all(i.speaker_role != "public" for i in items)
    # a message someone posts reading its words is their own
    [item] = quoted_statements('Mayor Ann Reed posted a message on Twitter reading "Thank you, Leeds" on Monday.')
    assert item.speaker == "Ann Reed"


def test_a_quote_after_a_paragraph_that_ends_said_colon_is_that_speakers():
    text = ("At the hearing on Tuesday, councillor Ann Lee said:\n\n"
            '"This fare rise will hurt the people who can least afford it."\n\n'
            "The list of options follows:\n\n"
            '"Fares up, buses down, and nothing else changes."')
    assert [(i.speaker, i.text[:14]) for i in quoted_statements(text)] == [("Ann Lee", "This fare rise")]


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We are looking into it," the New York Police Department said in a statement.', "New York Police Department"),
    ('"The mayor was rocked by the vote," The Riverside Union Leader wrote.', "Riverside Union Leader"),
    ('"We are looking into it," said Acme chief executive Jane Roe.', "Jane Roe"),
])
def test_a_bodys_name_that_ends_in_a_role_word_is_kept_whole(text, speaker):
    [item] = quoted_statements(text)
    assert item.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ('"We understand the frustration," Network Rail said.', "Network Rail"),
    ('"Demand for electric trucks is weak," General Motors said on Tuesday.', "General Motors"),
    ('"The rise pays for restoration," Studio Ghibli said in a statement.', "Studio Ghibli"),
    ('"The army is ready," General Mark Milley said.', "Mark Milley"),  # a person's title still goes
    ('"The reversal is welcome," consumer campaign Stop Killing Games said.', "Stop Killing Games"),
    # a long quote the parser reads as a noun that the speaker stands beside
    ('"We heard you. Skyfall Arena servers will stay online," the studio posted on X.', "studio"),
])
def test_a_bodys_name_that_opens_with_a_title_or_role_word_is_kept_whole(text, speaker):
    [item] = quoted_statements(text)
    assert item.speaker == speaker


def test_a_company_named_with_a_role_word_is_the_subject_by_its_whole_name():
    text = ("General Motors said on Tuesday it will cut 1,000 jobs at its Lansing plant. "
            '"GM took billions in tax credits and now this," one worker told reporters.')
    title = "General Motors to cut 1,000 jobs at Michigan plant"
    assert extract(article(text, title=title)).subject == "General Motors"


def test_odd_number_of_quote_marks_does_not_crash():
    spans = quote_spans('He said "yes and then "no" and "maybe')
    assert spans and all(s.start <= s.end for s in spans)


def test_pronoun_attribution_takes_the_previous_speaker():
    text = ('"Nothing will change," Jo Park said.\n\n'
            '"We are not afraid of anyone here," she added.')
    items = quoted_statements(text)
    assert [i.speaker for i in items] == ["Jo Park", "Jo Park"]


def test_whom_a_speaker_names_inside_their_own_words_is_not_the_last_speaker():
    text = ("Mayor Jim Carter said homeless people should be moved out of sight.\n\n"
            'City councillor Dana Reyes said Carter should apologise. "No one in this city should be treated like '
            'an embarrassment," she said.')
    assert [i.speaker for i in quoted_statements(text)] == ["Dana Reyes"]


def test_a_pronoun_takes_the_person_a_sentence_just_before_names_over_an_earlier_speaker():
    text = ('"We will fight for every delegate," Tad Devine, a senior adviser, said on Monday.\n\n'
            'In an interview, Jane Moss made it clear that the campaign would not simply fall in line.\n\n'
            '"They have to earn every vote," she said.')
    items = quoted_statements(text)
    assert [i.speaker for i in items] == ["Tad Devine", "Jane Moss"]


def test_a_she_skips_the_last_speaker_when_the_article_calls_him_he():
    text = ('Governor Tom Baker signed the order on Friday. "It is a good day," Baker said, adding that he '
            'had waited years for it.\n\n'
            'Senator Anna Ruiz, who had pressed for the order in her campaign, was the first to weigh in.\n\n'
            '"Proud of my friend for breaking down barriers," she wrote.')
    items = quoted_statements(text)
    assert [i.speaker for i in items] == ["Baker", "Anna Ruiz"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('On his blog, Tom Baker did not back down, even as critics in the league called for his '
     'dismissal.\n\n"Let me be clear about one thing right away," he wrote.', "Tom Baker"),
    ("Ms. Gil skates at the park every night. (According to the city's Police Department, it does "
     "not count skating fines.)\n\n"
     "With one foot on her board, Ms. Gil looked out. ''I'll put it this way,'' she said.", "Gil"),
])
def test_a_he_or_she_is_never_the_crowd_or_body_that_spoke_last(text, speaker):
    [item] = quoted_statements(text)
    assert item.speaker == speaker


def test_a_he_after_a_place_name_is_the_person_the_article_calls_he():
    # The person's paragraph has no reporting verb, so only the names mentioned before the quote
    # are left to choose from; the last of them is a place.
    text = ("Dan Voss Auctioning Off Boat Used In Storm Rescue.\n\nUPDATE: The site that first listed the boat "
            "has removed the listing. It has now been posted on another website.\nPREVIOUSLY:\nDan Voss is "
            "selling the boat he used to rescue 12 people during a 2019 storm in Tampa, Florida.\n"
            "“It belongs to me and I can sell it,” he told a local station.")
    assert [i.speaker for i in quoted_statements(text)] == ["Dan Voss"]


def test_an_institution_keeps_its_whole_name_and_is_not_the_place_it_is_named_after():
    text = ("California will raise its minimum wage to $15, Governor Jerry Brown announced on Monday.\n\n"
            "The University of California said the study it ran in 2014 found job losses.")
    result = extract(article(text, title="California to raise minimum wage to $15"))
    [item] = [i for i in result.items if i.speaker and "University" in i.speaker]
    assert item.speaker == "University of California"
    assert item.kind != "subject_statement"


def test_doubled_apostrophes_quote_as_quote_marks_do():
    # The archive style of some newspapers (and of PolNeAR's New York Times articles).
    text = ("Mr. Lee took issue with the fare rise.\n\n''It is a tax on the poorest riders,'' Mr. Lee said. "
            "''Let me be clear: I will vote against it.''\n\n''It is a fair price,'' said Mayor Ann Park.\n\n"
            "The riders' ''loud'' chants went on.")
    items = quoted_statements(text)
    assert [(i.speaker, i.text) for i in items] == [
        ("Lee", "It is a tax on the poorest riders, Let me be clear: I will vote against it."),
        ("Ann Park", "It is a fair price")]
    assert all(i.quoted for i in items)


def test_a_wall_of_quote_marks_is_not_scanned_as_quotes():
    # Scanning every mark of such a paragraph cost minutes on 2 MB; prose keeps its quotes.
    from backlash.extract.quotes import MAX_MARKS_PER_PARAGRAPH
    wall = '"' * (MAX_MARKS_PER_PARAGRAPH + 2)
    prose = ' '.join(f'"Point {i}," Ann Lee said.' for i in range(MAX_MARKS_PER_PARAGRAPH // 2))
    assert quote_spans(wall) == []
    assert len(quote_spans(prose)) == MAX_MARKS_PER_PARAGRAPH // 2


def test_a_title_as_long_as_a_document_is_read_as_a_line():
    # The parser refuses a text over a million characters; a title is cut before parsing.
    result = extract(article('"It is a bad plan," one rider said.', title="Mayor raises fares " * 250_000))
    assert [i.text for i in result.items] == ["It is a bad plan"]
    assert len(result.target.split()) <= 16


def test_a_speaker_named_by_title_alone_is_the_last_person_given_that_title():
    text = ("Mayor Dana Whitfield proposed doubling bus fares on Monday.\n\n"
            '"It is the responsible choice," the mayor said.\n\n'
            "Mayor Tom Lee of the next town disagreed. \"It will empty the buses,\" the mayor said.\n\n"
            'Sen. Ann Roe weighed in. "It is lawful," the senator said.')
    result = extract(article(text))
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [
        ("Dana Whitfield", "subject_statement"), ("Tom Lee", "reaction"), ("Ann Roe", "reaction")]


def test_a_title_nobody_was_given_is_the_subjects():
    text = ("Ruth Ann Lee regrets her insults of the governor.\n\nThe senator -- who has clashed with the "
            "governor all week -- said she regretted her remarks.\n\n"
            '"She went too far," one reader wrote.')
    result = extract(article(text))
    assert sorted((i.speaker, i.kind) for i in result.items) == [
        ("Ruth Ann Lee", "subject_statement"), ("one reader", "reaction")]


def test_a_speaker_the_parser_reads_as_an_appositive_is_still_read():
    # The parser makes "U150" an appositive of the quote; that crashed speaker reading.
    text = ("Mayor Lee U150 announced a new parking plan on Monday.\n\n"
            '"We have no other choice," U150 said.')
    result = extract(article(text, title="Mayor Lee U150 announces a plan"))
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("U150", "subject_statement")]


def test_a_title_with_other_words_is_the_person_given_it_with_those_words():
    text = ("Ohio Gov. Ann Roe and Gov. Sam Vale of Utah met voters on Monday.\n\n"
            "Senator Mark Lee proposed a tax on bus tickets on Monday.\n\n"
            '"It is a tax on the poor," the Ohio governor said.\n\n'
            '"We will see," the Texas governor said.')
    speakers = [i.speaker for i in extract(article(text)).items if i.quoted]
    # Not "Sam Vale", the last governor named; nobody was introduced as the Texas governor.
    assert speakers[0] == "Ann Roe" and speakers[1] != "Mark Lee"


def test_a_subjects_staff_called_by_the_subjects_title_speak_for_the_subject():
    text = ("Al Rowe will skip the party convention this week.\n\n"
            "Citing “family obligations at home,” the former vice president’s spokeswoman told reporters he "
            "would stay home. President Dana Wells will speak on Tuesday.\n\n"
            '"It is a mistake," one delegate said.')
    kinds = kinds_by_speaker(text)
    assert kinds == {"Al Rowe’s spokeswoman": "subject_statement", "one delegate": "reaction"}


def test_a_headlines_bare_title_is_the_person_introduced_with_it():
    text = ("Judge apologizes for remarks;\nJustice vows to be 'more careful' in public.\n\n"
            "Justice Ruth Ann Lee regrets her comments about the candidate.\n\n"
            '"It was ill-advised," Lee said in a statement.')
    result = extract(article(text))
    assert [(i.speaker, i.kind) for i in result.items if "careful" in i.text] == [("Ruth Ann Lee", "subject_statement")]
    assert {i.kind for i in result.items} == {"subject_statement"}
    # A title that is also someone's surname is that person ("Rep. Steve King ... King said").
    text = ("Rep. Steve King attacked the farm bill on Monday.\n\n"
            '"It is a giveaway," King said.')
    assert [i.speaker for i in extract(article(text)).items if i.quoted] == ["King"]


def test_a_subject_read_as_a_title_is_the_person_given_it():
    text = ("Indiana governor endorses Cruz.\n\n"
            "INDIANAPOLIS - Indiana Gov. Mike Vance endorsed Ted Cruz on Friday.\n\n"
            '"He is a man of conviction," the governor said. "We need him."\n\n'
            '"What a betrayal," one voter wrote.')
    result = extract(article(text))
    assert result.subject == "Mike Vance"
    assert [(i.speaker, i.kind) for i in result.items] == [
        ("Mike Vance", "subject_statement"), ("one voter", "reaction")]
    # The first senator named is not "the Vermont senator" the headline speaks of, who still
    # speaks as the subject when the article names him.
    text = ("Vermont senator presses his agenda.\n\nSen. Ann Roe praised the bill. Senator Bo Dale of "
            "Vermont attached a provision to it.\n\n"
            '"It is a good day for farmers," the senator said.')
    result = extract(article(text))
    assert result.subject != "Ann Roe"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Bo Dale", "subject_statement")]


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


def _tweet(words: str, name: str, handle: str, number: int) -> str:
    return (f'<blockquote class="twitter-tweet"><p lang="en">{words}</p>&mdash; {name} (@{handle}) <a href='
            f'"https://twitter.com/{handle}/status/17900000000000000{number:02d}">May 14, 2024</a></blockquote>')


def test_embedded_posts_take_the_side_the_page_tells_of_the_crowd_before_them(tmp_path):
    from backlash.ingest import read_article

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Senator Clara Voss proposes four-day school week</title></head><body><article>"
        "<h1>Senator Clara Voss proposes four-day school week</h1>"
        "<p>State Senator Clara Voss on Tuesday proposed a bill that would let school districts move to a "
        "four-day school week to save on heating costs.</p>"
        "<p>Parents were quick to respond online, and most of them were not impressed.</p>"
        + _tweet("Who is going to look after my kids on Fridays, Clara? Some of us work all week.", "Dana R",
                 "danar_mom", 1)
        + _tweet("Cutting a day of school to save on heating is the saddest sentence I read all year.", "Mr. Ellis",
                 "ellis_teaches", 2)
        + "<p>Some rural teachers backed the idea, saying it had worked in other states.</p>"
        + _tweet("Our district went four-day three years ago. Attendance is up. Give it a chance.", "Sam Ortiz",
                 "samortiz_edu", 3)
        + "</article></body></html>")
    article_read = read_article(page)
    items = extract(article_read).items
    cues = {i.speaker: i.stance_cue for i in items}
    assert cues == {"Dana R": "against", "Mr. Ellis": "against", "Sam Ortiz": "favor", "Some rural teachers": "favor"}
    post = next(i for i in items if i.speaker == "Dana R")  # placed where the page's text holds it
    assert article_read.text[post.char_start:post.char_end].startswith("Who is going to look after my kids")


def test_a_reaction_page_gives_its_posts_and_voices_once(tmp_path):
    from backlash.ingest import read_article

    post = ('<blockquote class="twitter-tweet"><p lang="en">Nexon looked at a game people loved and asked how '
            'can we make it worse</p>&mdash; Mara Quinn (@maraquinn) <a href="https://twitter.com/maraquinn/'
            'status/1896000000000000003">March 4, 2025</a></blockquote>')
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Players slam Nexon's pay to revive feature</title></head><body><article>"
        "<h1>Players slam Nexon's pay to revive feature</h1>"
        "<p>Nexon has added a feature to its shooter Frontline Zero that lets players pay 99 cents to come "
        "back to life mid-match, and the game's community is not taking it well.</p>"
        f"<p>Here is how players reacted.</p>{post}"
        '<p>Streamer Josh "Jolt" Rivera told his viewers the change was "the beginning of the end" for the '
        "game.</p></article></body></html>")
    items = extract(read_article(page)).items
    # The post's own words are the post, and the sentence that announces the posts is none.
    assert [(i.speaker, i.kind, i.platform) for i in items] == [
        ("Mara Quinn", "reaction", "twitter"), ("Rivera", "reaction", None)]
    assert items[1].text == "the beginning of the end"  # not the nickname "Jolt" joined to it


def test_canonical_post_url():
    assert canonical_post_url("https://mobile.twitter.com/a/status/5?lang=en") == "https://x.com/a/status/5"


def test_speaker_phrases():
    assert speaker_name("journalist Anirvan Ghosh") == "Anirvan Ghosh"
    assert speaker_name("the Kremlin") == "Kremlin"
    # a body's name that runs through "for" or "of" after its institution word stays whole
    assert speaker_name("A spokesperson for the Department for Education") == "Department for Education"
    assert speaker_name("the Institute for Fiscal Studies") == "Institute for Fiscal Studies"
    assert role_of("local reporter") == "journalist" and role_of("Ann") == "unknown"


@pytest.mark.parametrize(("phrase", "name"), [
    ("Secretary of State Ann Roe", "Ann Roe"), ("former Secretary of State Roe", "Roe"),
    ("Senate Minority Leader Sam Vale", "Sam Vale"), ("House Speaker Bo Dale", "Bo Dale"),
    ("House Armed Services Committee", "House Armed Services Committee"),
    ("Homeland Security", "Homeland Security"), ("Senior Maya Torres", "Maya Torres"),
    ("Senior Adviser Sidney Blumenthal", "Sidney Blumenthal"), ("Owner Hannah Lowe", "Hannah Lowe")])
def test_an_office_before_a_name_is_not_part_of_it(phrase, name):
    assert speaker_name(phrase) == name


def test_the_secretary_of_state_speaks_in_her_own_name():
    text = ("Mayor Dana Whitfield proposed doubling bus fares on Monday.\n\n"
            '"It is a bad idea," Secretary of State Ann Roe told reporters.')
    assert [i.speaker for i in extract(article(text)).items] == ["Ann Roe"]


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


def test_reported_speech_without_quote_marks_is_a_statement():
    text = ("Acme Air began charging for carry-on bags on Monday.\n\n"
            "Critics said the fee punished families who travel on a budget.\n\n"
            "Some frequent fliers felt the airline should have warned them months earlier.\n\n"
            "The weather was mild.")
    items = extract(article(text)).items
    reported = {(i.speaker, i.text) for i in items if not i.quoted}
    assert ("Critics", "the fee punished families who travel on a budget") in reported
    assert ("Some frequent fliers", "the airline should have warned them months earlier") in reported
    assert all(i.kind == "reaction" and i.speaker_role == "public" for i in items if not i.quoted)


def test_titles_and_appositions_give_the_name_and_the_role():
    text = ('"We will not pay for this," said Acme chief executive Jane Roe.\n\n'
            'Former Globex CEO and candidate John Doe, a longtime rival, told reporters the fee was "a cash grab".\n\n'
            '"It is theft," Mary Poe, a Reddit moderator, wrote.\n\n'
            'The local MP, Ann Lee, said the fee was "a tax on the poor".')
    items = quoted_statements(text)
    assert [i.speaker for i in items] == ["Jane Roe", "John Doe", "Mary Poe", "Ann Lee"]
    assert items[2].platform == "reddit"


def test_she_is_never_the_company_and_one_regular_is_a_speaker():
    text = ("Acme will close its Elm Street cafe, the company said on Tuesday.\n\n"
            "One regular at the cafe told the BBC she had no problem with the decision. "
            '"I will find another place," she said.')
    items = extract(article(text)).items
    assert {(i.speaker, i.kind) for i in items if i.quoted} == {("One regular at the cafe", "reaction")}


@pytest.mark.parametrize(("text", "speaker", "platform"), [
    # a verb the parser made a modifier of the name after it
    ('"This ruling is a victory for every artist in America," tweeted singer Jordan Vale, who performed '
     "in Nashville last year.", "Jordan Vale", "twitter"),
    # an occupation the suffix rule misses (the quote went to the speaker before)
    ('Unison said the plan was unfair. "I already spend £200 a month on petrol to get here," one nurse told '
     "the Northfield Echo.", "one nurse", None),
    # "u" read as the subject and the name as the object
    ('"Ninety minutes is barely enough to get past the tutorial," wrote u/pixel_drifter.', "u/pixel_drifter",
     None),
    # read as "an engineer (who was) posted on Blind"
    ('"This is a layoff by another name," one engineer posted on Blind.', "one engineer", None),
    # ... and before a colon: "a nurse (who was) posted on a Facebook group"
    ('A nurse posted on a Facebook group for hospital staff: "Nobody asked the night shift about any of this."',
     "nurse", "facebook"),
    # "another" set beside a name: the one it names
    ('Another, Sunil Varma, replied: "It is a pound a week. Fine by me."', "Sunil Varma", None),
    # no verb: the reply's author
    ('That drew a sharp reply from @tidewater_jen: "It is two trains an hour, not the end of the world."',
     "@tidewater_jen", None),
    ("The council's post drew a response from local taxi driver Femi Ola: \"Half my fares are after midnight.\"",
     "Femi Ola", None),
    # the participle read as the subject: "[A driver posting as @kerbside_kev on X] wrote"
    ('A driver posting as @kerbside_kev on X wrote: "Love the idea. Did anyone ask the bus drivers though?"',
     "driver", "twitter"),
    # a passive verb's subject is what was written, not who wrote it
    ('Cole admitted the charge but said the post, which he deleted within an hour, had been written '
     '"in the heat of the moment" after the defeat.', "Cole", None),
])
def test_the_reporting_verb_of_a_quote_the_parser_reads_oddly(text, speaker, platform):
    [item] = quoted_statements(text)
    assert (item.speaker, item.platform) == (speaker, platform)


def test_speakers_are_never_weekdays_adjectives_or_fragments():
    text = ('On Monday, "the plan is dead," the union leader said.\n\n'
            'Later, "we are still talking," he added.\n\n'
            'Holding a sign, one commuter said: "Buses first."')
    speakers = [i.speaker for i in quoted_statements(text)]
    assert speakers == ["union leader", "union leader", "one commuter"]


def test_subject_is_the_agent_of_the_lead_and_the_target_a_noun_phrase():
    text = ("Acme Air announced a plan to charge for carry-on bags on Monday.\n\n"
            '"Passengers will pay less for their tickets," an Acme Air spokeswoman said.\n\n'
            '"This is a cash grab," said travel writer Lee Chan.\n\n'
            "Acme Air said the fee was legal.")
    result = extract(article(text, title="Acme Air to charge for carry-on bags"))
    assert result.subject == "Acme Air"
    assert result.target == "Acme Air's plan to charge for carry-on bags"
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds["Lee Chan"] == "reaction" and kinds["Acme Air"] == "subject_statement"
    assert [i.kind for i in result.items if "Passengers" in (i.text or "")] == ["subject_statement"]


def test_a_relative_with_the_subjects_surname_is_not_the_subject():
    text = ("Senator Mark Vale voted to cut the school lunch budget on Tuesday.\n\n"
            '"Children will go hungry," said his sister, Ruth Vale, a teacher.\n\n'
            '"The budget has to balance," Vale said.')
    result = extract(article(text))
    assert result.subject == "Mark Vale"
    kinds = {i.speaker: i.kind for i in result.items if i.quoted}
    assert kinds == {"Ruth Vale": "reaction", "Vale": "subject_statement"}


def test_a_namesake_with_another_first_name_is_not_the_subjects_voice():
    text = ("New York Mayor Eric Adams on Monday defended his plan to house migrants in the gyms of four high "
            'schools.\n\n"Our kids will lose their gym for months," one mother told reporters.\n\n'
            'City Council Speaker Adrienne Adams called the plan "a failure of planning".')
    result = extract(article(text, title="Mayor Adams defends plan to house migrants in school gyms"))
    assert result.subject == "Eric Adams"
    assert [i.kind for i in result.items if i.speaker == "Adrienne Adams"] == ["reaction"]


def test_the_subject_described_as_a_namesakes_relative_is_still_the_subject():
    text = ("Actor Tom Lark endorsed the mayor's fare plan on Friday.\n\n"
            '"Buses need the money," said Lark, the younger brother of Hollywood star Ben Lark.\n\n'
            '"Tom does not ride the bus," one commuter wrote.')
    result = extract(article(text))
    assert result.subject == "Tom Lark"
    kinds = {i.speaker: i.kind for i in result.items if i.quoted}
    assert kinds == {"Lark": "subject_statement", "one commuter": "reaction"}


def test_text_less_embeds_are_one_reaction_each_with_their_url():
    html = ('<p>Story <a href="https://twitter.com/i/web/status/111">one</a> and '
            '<a href="https://twitter.com/i/web/status/222">two</a>.</p>'
            '<blockquote class="instagram-media"></blockquote><blockquote class="instagram-media"></blockquote>')
    posts = embedded_posts(html)
    urls = sorted(p.post_url or "" for p in posts)
    assert urls == ["", "", "https://x.com/i/web/status/111", "https://x.com/i/web/status/222"]
    assert canonical_post_url("https://twitter.com/i/web/status/111?s=20") == "https://x.com/i/web/status/111"


def test_officials_on_a_live_blog_without_a_subject_action_are_not_reactions():
    text = ("Live: storm moves north.\n\n"
            'Police said the road to the harbour was closed. '
            '"Stay at home tonight," the county police department said.')
    result = extract(article(text))
    assert result.items and all(i.kind == "other_target" for i in result.items)


def test_without_anyones_action_quoted_voices_are_not_reactions_unless_a_target_is_given():
    text = ("Snow is expected across the region this weekend, forecasters said on Friday.\n\n"
            '"I love the first snow of the year," one resident wrote on Facebook.\n\n'
            '"We will stay home and bake," another user posted.')
    result = extract(article(text))
    assert result.subject is None
    assert [i.kind for i in result.items if i.quoted] == ["other_target", "other_target"]
    targeted = extract(Article(article_id="a1", source="inline", title="", text=text, target="the snow"))
    assert [i.kind for i in targeted.items if i.quoted] == ["reaction", "reaction"]


def test_a_feature_of_named_voices_telling_their_own_stories_has_no_subject():
    text = ("The long winter kept most of us indoors, and many found comfort in small routines.\n\n"
            "Four readers share what kept them going through the dark months.\n\n"
            "Bread, buses and a choir.\n\n"
            '"I started baking bread for the whole street and never stopped," says Priya Natarajan.\n\n'
            '"We met at the bus stop every morning and now we hike together," Natarajan remembers.\n\n'
            '"It was the choir that saved me," says Tomasz Kowalczyk, a retired engineer.')
    result = extract(article(text, title="How the long winter changed our neighbourhoods"))
    assert result.subject is None
    assert [i.kind for i in result.items if i.quoted] == ["other_target"] * 3


def test_an_occupation_before_a_name_is_not_part_of_the_subjects_name():
    text = ("Actor Clint Howard endorsed the senator on Monday, and the actor said he would campaign.\n\n"
            '"He has courage," Howard said.\n\n'
            '"What a strange choice," one fan wrote.')
    result = extract(article(text))
    assert result.subject == "Clint Howard"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {"Howard": "subject_statement",
                                                                     "one fan": "reaction"}


@pytest.mark.parametrize(("lead", "target"), [
    # a verb of onset gives way to the action
    ("Governor Ann Reyes began preparing for the closure of three county hospitals on Monday.",
     "Ann Reyes' preparing for the closure of three county hospitals"),
    # what the subject says they did is the action, not the telling
    ("Governor Ann Reyes announced on Friday that she had signed an order closing three county hospitals.",
     "Ann Reyes' signing an order closing three county hospitals"),
    # a long action ends where a clause begins, not mid-phrase
    ("Governor Ann Reyes announced a plan to raise the state minimum wage to $15 an hour by 2022 - higher "
     "than any other state in the union.", "Ann Reyes' plan to raise the state minimum wage to $15 an hour by 2022"),
    ("Senator Ann Reyes eased liberal concerns that her campaign's attempt to attract moderate voters turned "
     "off by her rival would cost her the base.", "Ann Reyes' easing liberal concerns"),
    # a vote to do something is the target, and a gloss after a comma is not part of it
    ("The Brookfield School District voted 4-1 on Tuesday night to eliminate its elementary music program, "
     "a move that officials say will save $1.2 million a year.",
     "Brookfield School District's vote to eliminate its elementary music program"),
    # What an action changes is no action: the raising is ("raised fares"), what is unveiled is ("new fares").
    ("Harbor Transit will raise fares by 20 percent, the agency said on Monday.",
     "Harbor Transit's raising fares by 20 percent"),
    ("Harbor Transit pulled its new advert on Monday.", "Harbor Transit's pulling its new advert"),
    ("Harbor Transit unveiled new fares on Monday.", "Harbor Transit's new fares"),
    # A relative clause that says what the measure does is part of it; a gloss after a comma is not.
    ("Governor Dan Okafor on Friday signed a bill that will require voters to show a photo ID.",
     "Dan Okafor's bill that will require voters to show a photo ID"),
    ("The council approved a plan, which critics say will close libraries.", "the council's plan"),
    ("The council approved a plan that critics say will close libraries.", "the council's plan"),
    # Dropping a plan is the action, not the plan dropped.
    ("Hartwell University has abandoned plans to close its music department.",
     "Hartwell University's abandoning plans to close its music department"),
    # Stopping a service is the action: "offering free storage" alone would say the opposite.
    ("Snapframe will stop offering free cloud storage from next month, the company announced on Wednesday.",
     "Snapframe's no longer offering free cloud storage"),
    # Ruling on a deed is the action: banning a sale is no sale (an announced closure is the closure)
    ("The Health Ministry will ban the sale of disposable vapes nationwide from January.",
     "Health Ministry's banning the sale of disposable vapes nationwide"),
    ("The council announced the closure of two libraries.", "the council's closure of two libraries"),
])
def test_the_target_is_the_action_itself(lead, target):
    assert extract(article(f'{lead}\n\n"She must stop this," one nurse wrote.')).target == target


@pytest.mark.parametrize(("text", "target"), [
    (  # the target spells the subjects verb as a gerund
        ("Senator Mark Vale admitted errors in the county budget on Tuesday.\n\n"
         '"He must resign," one voter wrote.'),
        "Mark Vale's admitting errors in the county budget"),
    (  # a title cased headline is not phrased as the target
        ("Why Acme Offers Needed Relief To Ohio Workers.\n\n"
         "Acme will pay its Ohio warehouse staff a bonus this winter, the company said.\n\n"
         '"It is too little, too late," one worker wrote on Facebook.'),
        "Acme's paying its Ohio warehouse staff a bonus"),
    (  # a stressed last syllable doubles in the gerund
        ("Coach Rita Moss upset the fans with a new ticket policy on Monday.\n\n"
         '"Shameful," one fan wrote about the policy.'),
        "Rita Moss' upsetting the fans with a new ticket policy"),
    (  # saying in an interview is no action for the target
        ("Mark Cuban open to a run.\n\n"
         'Mark Cuban said in an interview on Sunday: "I would consider a run for president."\n\n'
         '"He would be a disaster," said Ann Roe, a strategist.'),
        "Mark Cuban"),
    (  # a confirmed deal is the target not the confirming
        ("Harbor City FC on Tuesday confirmed the sale of striker Malik Osei to Northport United.\n\n"
         '"Unforgivable," wrote one fan on Facebook.'),
        "Harbor City FC's sale of striker Malik Osei to Northport United"),
    (  # a phrase that names a span of time is kept when it is the action
        ("The Education Ministry will let 40 rural schools move to a four-day week from September, "
         "the minister said on Monday.\n\n"
         '"Who will look after my kids on Fridays?" one mother wrote.'),
        "Education Ministry's letting 40 rural schools move to a four-day week"),
    (  # an officer named with the body: her own deed is not the body's action, the body's deed she tells is
        ("Harbor Transit faces anger from riders.\n\n"
         "Harbor Transit chair Linda Cole announced on Monday that she will resign after the vote.\n\n"
         '"Too little, too late," one rider wrote.'),
        "Harbor Transit"),
    (
        ("Harbor Transit faces anger from riders.\n\n"
         "Harbor Transit chair Linda Cole announced on Monday that it would refund every rider.\n\n"
         '"Too little, too late," one rider wrote.'),
        "Harbor Transit's refunding every rider"),
    (  # what a name has, told in passing about someone else, is no deed of its
        ("KaiCooks puts new videos behind a paywall\n\n"
         "Wellington YouTuber Kai Matenga, whose channel KaiCooks has 1.1 million subscribers, announced on Sunday "
         "that new videos will be for paying members for their first two days.\n\n"
         '"Greedy," one viewer wrote.'),
        "KaiCooks' putting new videos behind a paywall"),
])
def test_the_whole_articles_target_names_the_subjects_action(text, target):
    assert extract(article(text)).target == target


@pytest.mark.parametrize(("lead", "target"), [
    # A lead that reports the response first: the target is what the response answers.
    ("Supermarket chain Fenwick Foods has been criticised by customers after announcing it will remove "
     "staffed checkouts from 40 of its stores.", "Fenwick Foods' removing staffed checkouts from 40 of its stores"),
    ("Fenwick Foods has been criticised after it announced plans to remove staffed checkouts from 40 stores.",
     "Fenwick Foods' plans to remove staffed checkouts from 40 stores"),
    ("Fenwick Foods is facing a backlash after announcing it will remove staffed checkouts from 40 stores.",
     "Fenwick Foods' removing staffed checkouts from 40 stores"),
    ("Fenwick Foods has come under fire for its decision to remove staffed checkouts from 40 stores.",
     "Fenwick Foods' decision to remove staffed checkouts from 40 stores"),
    ("Fenwick Foods sparked outrage on Tuesday by announcing that it would remove staffed checkouts.",
     "Fenwick Foods' removing staffed checkouts"),
    ("Fenwick Foods was slammed by shoppers over its plan to remove staffed checkouts.",
     "Fenwick Foods' plan to remove staffed checkouts"),
    ("The Premier Netball League has been accused of silencing its players after it announced a ban on "
     "on-court protests.", "Premier Netball League's ban on on-court protests"),
    # A saying whose words are quoted: the remark, in the article's words.
    ("Republican Sen. Ruth Calder is facing a wave of criticism after she said at a fundraiser on Thursday that "
     "public school teachers \"work half the year and complain the whole time.\"",
     "Ruth Calder's remark that public school teachers work half the year and complain the whole time"),
    # What the deed tells, cut at a phrase, not at its "that".
    ("Northfield Hospitals NHS Trust has been criticised after announcing that nurses and porters will have to "
     "pay up to £60 a month to park at work from April.",
     "Northfield Hospitals NHS Trust's announcing that nurses and porters will have to pay up"),
    # Telling people what they would gain is the deed, not their gaining it.
    ("Mayor Ann Reyes has endured criticism for telling riders that they would be better off on bicycles.",
     "Ann Reyes' telling riders that they would be better off on bicycles"),
])
def test_a_response_in_the_lead_points_at_the_action_it_answers(lead, target):
    result = extract(article(f'{lead}\n\n"It is a disgrace," one shopper wrote on X.'))
    assert result.target == target
    assert [i.kind for i in result.items if i.speaker == "one shopper"] == ["reaction"]


def test_a_long_clause_that_says_what_a_bill_does_is_cut_at_a_phrase_not_at_its_that():
    lead = ("State Senator Clara Voss on Tuesday proposed a bill that would let school districts move to a "
            "four-day school week to save on transport and heating costs.")
    result = extract(article(f'{lead}\n\n"Who will look after my kids?" one parent wrote on X.'))
    assert result.target == "Clara Voss' proposed bill that would let school districts move to a four-day school week"


@pytest.mark.parametrize(("subject_lead", "title", "kind"), [
    ("The Brookfield School District voted on Tuesday to eliminate its elementary music program.",
     "Superintendent Dr. Alan Pierce", "subject_statement"),  # a district's head, no name beside
    ("The Brookfield Police Department announced on Tuesday that it would close two stations.",
     "Police Chief Alan Pierce", "subject_statement"),
    ("The Brookfield School District voted on Tuesday to eliminate its elementary music program.",
     "Police Chief Alan Pierce", "reaction"),  # the head of another kind of body
    ("The Government has confirmed that a new rail timetable will come into force in May.",
     "Rail minister Lord Alan Pierce", "subject_statement"),  # a government's minister
])
def test_the_head_of_a_kind_of_body_speaks_for_it(subject_lead, title, kind):
    text = f'{subject_lead}\n\n{title} said the district had "no good options" after funding fell.'
    [item] = [i for i in extract(article(text)).items if i.speaker == "Alan Pierce"]
    assert item.kind == kind


def test_a_board_members_word_on_the_cut_is_a_reaction():
    text = ("The Brookfield School District voted 4-1 on Tuesday night to eliminate its elementary music program."
            "\n\nThe district said it would look for grants.\n\nThe board meets again in May.\n\n"
            'Board member Lisa Chen, who cast the only vote against the cut, called it "a mistake we will regret '
            'for a generation."')
    [item] = [i for i in extract(article(text)).items if i.speaker == "Lisa Chen"]
    assert item.kind == "reaction"


def test_a_unions_word_on_the_decision_is_a_reaction_to_the_action_whatever_it_was_called():
    text = ("Fenwick Foods is facing a backlash after announcing it will remove staffed checkouts from 40 stores.\n\n"
            "The grocer said the change would free up staff.\n\n"
            "Fenwick Foods shares rose 2% on Tuesday.\n\n"
            'Karen Hale, an organiser for the shopworkers\' union, said the decision showed "complete contempt" '
            "for staff.")
    [item] = [i for i in extract(article(text)).items if i.speaker == "Karen Hale"]
    assert item.kind == "reaction"


@pytest.mark.parametrize(("introduction", "voice", "kind"), [
    ("Fenwick Foods, the country's third-largest grocer,", "The grocer", "subject_statement"),
    ("Supermarket chain Fenwick Foods", "The chain", "subject_statement"),
    ("Fenwick Foods", "The grocer", "reaction"),  # never introduced so: another grocer may speak
])
def test_a_body_speaks_by_the_noun_the_article_introduced_it_with(introduction, voice, kind):
    text = (f"{introduction} is facing a backlash after announcing it will remove staffed checkouts.\n\n"
            f'{voice} said the change would "free up colleagues to help customers".')
    [item] = extract(article(text)).items
    assert item.kind == kind


def test_a_headline_that_opens_with_a_speakers_name_and_colon_is_about_what_follows():
    text = ("Vale: Whitfield’s ‘Cruel’ Fare Plan Will Empty The Buses\n\n"
            "Senator Mark Vale attacked the mayor's plan to double bus fares on Monday.\n\n"
            '"This plan punishes the people who need the bus most," Vale said.\n\n'
            "Mayor Dana Whitfield announced the plan last week.")
    result = extract(article(text))
    assert result.subject == "Dana Whitfield"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Vale", "reaction")]


def test_a_headline_in_which_people_react_to_an_acronym_names_what_they_react_to():
    text = ("2016 Dems React To GOP Debate.\n\n"
            "The Republican presidential candidates debated on Tuesday night, and Democrats watched.\n\n"
            "Senator Jane Roe kept up her habit of posting during debates. Roe wrote that farm policy "
            "never came up.\n\n"
            "Roe also said the candidates offered nothing for workers.")
    result = extract(article(text))
    assert result.subject == "GOP Debate"
    assert [(i.speaker, i.kind) for i in result.items] == [("Roe", "reaction")] * 2


def test_a_headline_plan_without_a_finite_verb_is_the_target():
    text = ("Northvale Transit to raise fares for weekend riders\n\n"
            "The agency said the change would fund night buses.\n\n"
            '"Weekend workers will pay for this," one rider wrote.\n\n'
            '"We need the night buses," Northvale Transit said.')
    result = extract(article(text))
    assert result.subject == "Northvale Transit"
    assert result.target == "Northvale Transit's plan to raise fares for weekend riders"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The announcement drew angry reactions from commuters.", "commuters"),
    ("The proposal met a wave of boos from the crowd.", "crowd"),
    ("Riders and shop owners reacted with fury.", "Riders and shop owners"),
    ("Critics called the plan cruel.", "Critics"),
    ("Social media was flooded with complaints about the fares.", "Social media"),
    ("Transit unions vowed to fight the plan.", "Transit unions"),
    ("The riders' association rejected Whitfield's plan on Tuesday.", "riders' association"),
    ("Two councillors accused Whitfield of punishing the poorest riders.", "Two councillors"),
    ("Hundreds of parents took to Facebook to demand a vote on it.", "Hundreds of parents"),
    ("Bus drivers have taken to social media in their hundreds.", "Bus drivers"),
    ("The proposal drew loud boos at the town hall.", "the crowd"),
    ("The plan was met with jeers.", "the crowd"),
    ("The fare plan has sparked outrage.", "critics"),
])
def test_reported_reactions_without_quote_marks(sentence, speaker):
    text = "Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n" + sentence
    [item] = extract(article(text)).items
    assert (item.kind, item.speaker, item.quoted) == ("reaction", speaker, False)


def test_a_reaction_verb_inside_reported_speech_is_part_of_it():
    text = ("Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n"
            '"It is a disgrace," one rider wrote on Twitter.\n\n'
            "Residents said they would protest at the next council meeting.")
    items = extract(article(text)).items
    assert [(i.speaker, i.text) for i in items if not i.quoted] == [
        ("Residents", "they would protest at the next council meeting")]


def test_commenters_take_the_platform_of_their_paragraph_and_thread():
    text = ("Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n"
            "On the city's Facebook page, hundreds of comments poured in. "
            '"This is a disgrace to every rider," one commenter wrote.\n\n'
            'Another commenter added: "Good riddance to cheap fares, honestly."\n\n'
            "The council meets again in May.\n\nIt has not said when it will vote.\n\n"
            'A third commenter said: "Nobody asked the riders about this."')
    assert [i.platform for i in extract(article(text)).items] == ["facebook", "facebook", None]


def test_a_forum_named_in_the_paragraph_is_the_platform_not_the_last_posts():
    text = ("Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n"
            '"A disgrace to every rider," one user wrote on X.\n\n'
            'On Mumsnet, one user said the fares "will price my kids out of school."')
    assert [i.platform for i in extract(article(text)).items] == ["twitter", "mumsnet"]


def test_a_passive_reaction_verb_without_a_crowd_names_nobody():
    text = "Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\nThe plan was criticised."
    assert extract(article(text)).items == []


def test_a_crowd_a_passive_reaction_is_aimed_at_is_not_who_reacted():
    text = ("Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n"
            "The plan follows a winter in which riders were blamed for the network's losses.")
    assert extract(article(text)).items == []


def test_a_crowd_a_headline_welcomes_is_not_the_subject():
    text = ("Harbour Town Will Welcome Flood Refugees From The Coast.\n\n"
            "Mayor Dana Whitfield has opened the town's sports halls to families who lost their homes.\n\n"
            '"We have room and we have beds," Whitfield said.')
    assert extract(article(text)).subject == "Dana Whitfield"


def test_a_response_noun_is_an_unnamed_crowds_reaction_only_when_the_action_met_it():
    lead = "Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n"
    assert extract(article(lead + "The council has the support of the unions.")).items == []
    assert extract(article(lead + "Her criticism of the old budget was well known.")).items == []


def test_a_headline_in_which_someone_attacks_the_subject_names_the_subject():
    text = ("London's Mayor Rebuffs Trump On Travel Ban.\n\n"
            "The mayor of London on Tuesday turned down an offer from Donald Trump, the candidate, "
            "to exempt him from a proposed travel ban.\n\n"
            '"His view of Islam is ignorant," the mayor said. Trump has not answered.')
    assert extract(article(text)).subject == "Donald Trump"


def test_what_someone_said_they_planned_is_one_statement_not_two():
    text = ("Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n"
            "Union leader Sam Ortiz said he would organise a strike to stop the fare rise.")
    items = extract(article(text)).items
    assert [(i.speaker, i.text) for i in items] == [("Sam Ortiz", "he would organise a strike to stop the fare rise")]


def test_an_office_holder_named_by_the_office_is_the_subject_and_a_snippet_is_read_as_reactions():
    text = ("The mayor raised bus fares on Monday.\n\n"
            '"This is theft," one rider wrote.\n\n'
            "The mayor said the budget needed it.")
    result = extract(article(text))
    assert result.subject == "the mayor"
    assert [(i.speaker, i.kind) for i in result.items] == [("one rider", "reaction"), ("mayor", "subject_statement")]
    # one paragraph and nobody's action: the quote is still read as a reaction, for want of a lead
    [item] = extract(article('"The new fare is a disgrace for every worker," councillor Ann Lee tweeted.')).items
    assert item.kind == "reaction"


def test_a_headline_verb_read_as_a_noun_still_gives_its_agent_and_the_body_speaks_through_its_officers():
    text = ("DNC issues apology to Bernie Sanders.\n\n"
            "The Democratic National Committee released a statement on Monday after leaked emails "
            "showed its staff favoring another candidate.\n\n"
            '"We are deeply sorry for what was written," the Democratic National Committee said.\n\n'
            "DNC chair Debbie Wasserman Schultz said she would resign after the convention.\n\n"
            '"It is too little, too late," one delegate said.')
    result = extract(article(text))
    assert result.subject in ("DNC", "Democratic National Committee")
    assert {(i.speaker, i.kind) for i in result.items} == {
        ("Democratic National Committee", "subject_statement"), ("Debbie Wasserman Schultz", "subject_statement"),
        ("one delegate", "reaction")}


@pytest.mark.parametrize("speaker", ["Executives", "Company executives", "Acme spokesmen"])
def test_a_companys_executives_speak_for_it(speaker):
    text = ("Acme will close its Ohio warehouse and cut 600 jobs, the company said on Monday.\n\n"
            f"{speaker} said the company would save $46 million a year.\n\n"
            '"It is a betrayal of this town," one worker wrote on Facebook.')
    result = extract(article(text))
    assert result.subject == "Acme"  # a name the tagger does not know: the lead calls it "the company"
    assert {(i.speaker, i.kind) for i in result.items} == {
        ("company", "subject_statement"), (speaker, "subject_statement"), ("one worker", "reaction")}


@pytest.mark.parametrize("introduction", [
    "Acme Coffee chief executive Laura Kim said in a statement",
    "The company's owner, Laura Kim, said in a statement",
])
def test_a_bodys_leader_is_named_by_its_first_word_or_by_what_it_is(introduction):
    text = ("Acme Coffee said on Thursday it would scrap the surcharge on plant-based milk at its stores.\n\n"
            f'{introduction}: "We got this wrong and we are removing the charge."\n\n'
            '"Too little, too late," one customer wrote on X, comparing the chain\'s chief, Laura Kim, to a villain.')
    result = extract(article(text))
    assert result.subject == "Acme Coffee"
    assert result.target.startswith("Acme Coffee's scrapping the surcharge")  # the deed, not the saying
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [
        ("Laura Kim", "subject_statement"), ("one customer", "reaction")]


def test_a_leaders_title_closing_a_clause_does_not_introduce_the_next_name():
    text = ("Acme Coffee said on Thursday it would scrap the surcharge on plant-based milk at its stores.\n\n"
            '"The account is far more credible" than that of the Acme chief, Zuckoff said.')
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert (item.speaker, item.kind) == ("Zuckoff", "reaction")


def test_a_ministers_words_are_the_ministrys_and_a_body_reacting_to_the_trial_is_a_reaction():
    text = ("The Education Ministry will let 40 rural schools move to a four-day week in a trial, "
            "Education Minister Helen Park announced on Monday.\n\n"
            '"It will keep good teachers in rural classrooms," Park said.\n\n'
            "The teachers' union welcomed the trial.")
    result = extract(article(text))
    assert result.subject == "Education Ministry"
    assert {(i.speaker, i.kind) for i in result.items if i.speaker != "Helen Park"} == {
        ("Park", "subject_statement"), ("teachers' union", "reaction")}


def test_a_web_pages_heading_that_repeats_the_title_is_not_a_reaction_and_the_publicist_speaks_for_her():
    title = "Singer Nova Reyes apologizes after joke about flood victims sparks backlash"
    text = (f"{title}\nPop star Nova Reyes apologized on Sunday for a joke about flood victims she made "
            "during a concert in Houston.\n"
            'Council member Rosa Delgado said the comment was "deeply hurtful to families who are rebuilding."\n'
            "Her publicist, Dan Hale, said the singer had reached out to local relief groups.")
    result = extract(article(text, title=title))
    assert result.subject == "Nova Reyes"
    assert {(i.speaker, i.kind) for i in result.items} == {
        ("Rosa Delgado", "reaction"),  # "the comment" is the joke the lead tells of
        ("Dan Hale", "subject_statement")}


def test_a_heading_that_repeats_the_title_leaves_the_lead_its_weight_for_the_subject():
    # A minister named once, in the lead under the repeated heading: still the subject.
    title = "Minister's plan to scrap free school meals sparks backlash"
    text = (f"{title}\nEducation Minister Paul Grant has announced plans to scrap universal free school meals "
            "for infant pupils from next September.\n"
            '"My twins get their only hot meal of the day at school," said parent Kelly Brown.')
    result = extract(article(text, title=title))
    assert result.subject == "Paul Grant"
    assert [(i.speaker, i.kind) for i in result.items] == [("Kelly Brown", "reaction")]


def test_an_occupation_or_a_question_word_before_a_name_is_not_part_of_the_subject():
    text = ("Hollywood Actor Who Backed Cruz Mocks Rival.\n\n"
            'Actor Clint Howard admits his candidate is "not the most handsome man in the field."\n\n'
            'Howard told reporters that looks do not matter. "Character matters more," Howard said.')
    result = extract(article(text))
    assert result.subject == "Clint Howard"
    assert {i.kind for i in result.items} == {"subject_statement"}
    title = "Survivors Explain Why Clinton Deserves Their Vote"
    text = ("Two survivors of the shooting spoke at the convention on Thursday.\n\n"
            "Hillary Clinton called on lawmakers to close the loophole, and Clinton repeated it in her speech.")
    assert extract(article(text, title=title)).subject == "Hillary Clinton"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The calculations suggest the plan would cost the city millions.", None),
    ("His demands said nothing about the fare rise.", None),
    ("A congressional report said the fare rise would hurt the poorest riders.", "congressional report"),
    ("Business groups said the fare rise would hurt shops.", "Business groups"),
    ('The council passed a resolution which said the city "opposes the fare rise for every rider."', "resolution"),
    ('The first incident came at a rally, shouting "no more fare rises for anyone here!"', None),
    ("A pending ballot initiative threatened to cap the fares if the council did not act.", None),
    ("Some 20 percent of riders said the fare rise would make them drive.", "Some 20 percent of riders"),
    ("An email to riders said the fare rise would hurt the poorest families.", "email"),
])
def test_only_people_bodies_and_their_documents_speak(sentence, speaker):
    text = "Mayor Dana Whitfield announced a plan to double bus fares on Monday.\n\n" + sentence
    assert [i.speaker for i in extract(article(text)).items] == ([speaker] if speaker else [])


def test_a_headline_in_which_someone_rejects_anothers_remarks_names_the_other():
    text = ("Premier Hale rejects Garver's remarks about farmers but will still meet him.\n\n"
            "Premier Lena Hale will meet Tom Garver next week, her office said on Friday.\n\n"
            "Garver told a rally that farmers were lazy. Hale said the remarks were insulting.")
    result = extract(article(text))
    assert result.subject == "Tom Garver"
    assert "'s's" not in result.target


def test_a_name_the_parser_reads_as_a_word_is_found_by_how_often_the_article_names_it():
    text = ("Trump fever grips the rally.\n\n"
            "The Trump troops waved signs and sang for hours before the speech.\n\n"
            "The hall was full by noon.\n\n"
            "When Trump spoke, supporters cheered. One said Trump was the only choice. "
            "Critics said Trump had divided the party.")
    result = extract(article(text))
    assert result.subject == "Trump"
    assert not result.target.startswith("Trump's wav")  # a group acting is not the subject acting


def test_a_title_cased_headline_adds_no_words_to_the_subjects_full_name():
    text = ("Senator's Aide Makes Statement About Korr Speech.\n\n"
            "The aide of a senator attacked Governor Korr for a speech he gave this week, and "
            "the statement about it spread fast.\n\n"
            "Korr said in the speech that the border should close. Ada Korr runs the state.")
    assert extract(article(text)).subject in ("Korr", "Ada Korr")


@pytest.mark.parametrize("text, subjects", [
    # A headline's action in a clause of its own ("Tempers flare after X closes ...").
    ("Tempers flare after Voss closes the library.\n\n"
     "The library board will meet on Monday.\n\n"
     "Linden told reporters the branch cost too much. Linden later left. Voss said the move "
     "was needed.", ("Voss",)),
    # A title-cased headline runs the name into its words ("Dana Kell Selling Boat ...", "Offensive
    # Things Donald Trump"): the name is the one the article writes.
    ("Dana Kell Selling Boat Used In Harbor Crash.\n\n"
     "Dana Kell is selling the boat that hit a ferry in 2019, a listing shows.\n\n"
     '"It is a sick joke," one victim\'s brother wrote on Facebook about the sale by Kell.', ("Dana Kell",)),
    ("9 (More) Offensive Things Donald Trump Has Said About Latinos.\n\n"
     "A year ago few thought Donald Trump would lead the race. Since then Donald Trump has said many "
     "offensive things about Latinos, and the things he said drew anger.\n\n"
     '"He insults us every week," said Maria Lopez, a voter in Phoenix.', ("Donald Trump",)),
    # A headline verb is no part of the full name ("Emails Reveal Hillary Aid").
    ("Leaked Files Reveal Marta Osei Deal.\n\n"
     "Files published on Monday show what the minister agreed with the shipping firm.\n\n"
     "Osei did not answer questions. A spokesman for Osei said the files were old, and "
     "a lawyer for Osei declined to comment.", ("Osei",)),
    # A party adjective is nobody.
    ("Democratic primaries turn into a brawl in the valley.\n\n"
     "The race has grown bitter as the vote nears, with both camps trading barbs.\n\n"
     "The Democratic debate on Friday drew a crowd; the Democratic field is thin.\n\n"
     '"This is a circus," one voter wrote on Facebook.', (None,)),
    # Nor is a pronoun, nor a word the article writes in lower case.
    ("Rourke: Vance Has 'A Long Way To Go' On Water, He's For The Mines.\n\n"
     "Mayor Ada Rourke said on Friday that rival candidate Leo Vance has a long way to go on water "
     "policy, because the mines fund his campaign.\n\n"
     '"He has to be for the mines," Rourke told reporters. Vance did not reply.', ("Leo Vance", "Ada Rourke")),
    ("Momentum Builds for a Harbour Tax.\n\n"
     "Momentum is building in the council for a tax on cruise ships, and the momentum "
     "shows in the votes.\n\n"
     "The momentum has a cost, shop owners say. Momentum alone will not pass a tax.", (None,)),
])
def test_a_headlines_words_are_not_taken_for_the_subject(text, subjects):
    assert extract(article(text)).subject in subjects


def test_a_following_named_after_the_subject_reacts_and_does_not_speak_for_the_subject():
    text = ("Mayor Ines Varga closed the old harbour market on Monday to build a car park.\n\n"
            '"The market had to go," Varga said.\n\n'
            '"We will stand with her on this," Varga supporters wrote in a shared post.\n\n'
            '"Bring our market back," Varga critics chanted outside city hall.')
    kinds = kinds_by_speaker(text)
    assert kinds == {"Varga": "subject_statement", "Varga supporters": "reaction", "Varga critics": "reaction"}


@pytest.mark.parametrize("sentence, speaker, kind", [
    # A crowd answering a mention answers what was mentioned.
    ("Boos rained down when Hale mentioned the former governor.", "the crowd", "other_target"),
    ("The crowd booed the mention of the former governor.", "crowd", "other_target"),
    ("The crowd booed when a speaker mentioned Hale.", "crowd", "reaction"),
    ("Boos rained down when Hale mentioned the fuel tax.", "the crowd", "reaction"),
    # A reaction verb naming another person is about another matter.
    ("Senator Tom Reyes slammed Governor Pratt as reckless on Tuesday.", "Tom Reyes", "other_target"),
    ("Senator Tom Reyes slammed Hale as reckless on Tuesday.", "Tom Reyes", "reaction"),
    ("Senator Tom Reyes slammed Governor Pratt and defended Hale on Tuesday.", "Tom Reyes", "reaction"),
])
def test_a_reaction_aimed_at_someone_else_is_about_another_matter(sentence, speaker, kind):
    text = ("Mayor Rosa Hale proposed a fuel tax on Thursday night in a packed arena.\n\n"
            f"{sentence}\n\n"
            '"We will pay for the buses," Hale said.')
    [item] = [i for i in extract(article(text)).items if i.speaker == speaker]
    assert item.kind == kind


@pytest.mark.parametrize("text", [
    "Roe announced a plan to double bus fares on Monday, said councillor Jane Roe's office. "
    '"This is theft," one rider wrote.',
    "Roe announced a plan to double bus fares on Monday at a long and heated meeting of the city's "
    "transport board, said councillor Jane Roe's office.\n\n"
    '"This is theft," one rider wrote.\n\nRoe declined to comment.',
])
def test_a_first_line_that_is_no_headline_gives_the_subjects_full_name(text):
    assert extract(article(text)).subject == "Jane Roe"


def test_the_subjects_staff_named_elsewhere_in_the_article_speak_for_the_subject():
    text = ("Former senator Ada Quill will skip the party convention, her office said on Sunday.\n\n"
            "Nora Pike, Quill's communications director, said last year that Quill would wait.\n\n"
            '"She is not available this week," Pike wrote in an email.')
    kinds = {i.text[:20]: (i.speaker, i.kind) for i in extract(article(text)).items}
    assert kinds["She is not available"] == ("Pike", "subject_statement")


@pytest.mark.parametrize("introduction", [
    "a deal championed by council leader Victor Hale",
    "a deal championed by Victor Hale, the council's leader",
    "a deal championed by Victor Hale, chair of the city council",
])
def test_a_bodys_leader_speaks_for_it_and_a_fan_who_praises_it_does_not(introduction):
    text = (f"The Eastfield city council voted 7-4 on Wednesday to fund a new stadium, {introduction}.\n\n"
            '"This stadium will bring thousands of jobs," Hale said after the vote.\n\n'
            '"Finally! Proud of our council today," fan group leader Omar Reyes tweeted.')
    kinds = kinds_by_speaker(text)
    assert kinds == {"Hale": "subject_statement", "Omar Reyes": "reaction"}


def test_the_owner_of_the_plan_that_acts_in_a_headline_is_the_subject_and_the_plan_the_target():
    text = ("Mayor Venn's parking plan leaves everyone unhappy.\n\n"
            "Hardly anyone is pleased with Mayor Ida Venn's new plan to charge for parking downtown.\n\n"
            '"It punishes shoppers," one shop owner said.')
    result = extract(article(text))
    assert result.subject == "Ida Venn"
    assert result.target.startswith("Ida Venn's") and "plan" in result.target


def test_the_headline_line_of_an_untitled_article_is_not_a_statement():
    text = ("Shop owners slam Mayor Venn's parking fees.\n\n"
            "Mayor Ida Venn on Monday set a fee of $4 an hour for parking downtown.\n\n"
            '"It will empty our streets," said Tom Reid, a baker.')
    items = extract(article(text)).items
    assert [(i.speaker, i.kind) for i in items] == [("Tom Reid", "reaction")]
    titled = extract(article(text.split("\n\n", 1)[1], title="Parking fees")).items
    one_line = extract(article("Shop owners slammed Mayor Venn's parking fees on Monday.")).items
    assert len(titled) == 1 and len(one_line) == 1



def _parsed(words: list[str], tags: list[str], deps: list[str], heads: list[int]):
    """A parse written by hand, so that a rule is tested on the reading it is meant for (the small
    parser reads the same words differently with other names)."""
    from spacy.tokens import Doc

    from backlash.extract.parse import load_parser

    return Doc(load_parser().vocab, words=words, tags=tags, deps=deps, heads=heads)[:]


def test_calling_a_person_names_is_the_callers_act_and_calling_their_plan_names_is_about_them():
    from backlash.extract.subject import _agents

    names = _parsed(["Tempers", "flare", "after", "Reyes", "calls", "Dalton", "unqualified", ";"],
                    ["NNS", "VBP", "IN", "NNP", "VBZ", "NNP", "VBD", ":"],
                    ["nsubj", "ROOT", "mark", "nsubj", "advcl", "nsubj", "ccomp", "punct"],
                    [1, 1, 4, 4, 1, 6, 4, 1])
    assert _agents(names, headline=True) == ["Reyes"]
    plan = _parsed(["Reyes", "calls", "Dalton", "'s", "plan", "cruel", "."],
                   ["NNP", "VBZ", "NNP", "POS", "NN", "JJ", "."],
                   ["nsubj", "ROOT", "poss", "case", "nsubj", "ccomp", "punct"],
                   [1, 1, 4, 2, 5, 1, 1])
    assert _agents(plan, headline=True) == ["Dalton"]


@pytest.mark.parametrize("html, url", [
    ('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:q1/app.bsky.feed.post/3kq">'
     '<p lang="en">Shameful.</p>&mdash; Lu (@lu.bsky.social) '
     '<a href="https://bsky.app/profile/lu.bsky.social/post/3kq?ref_src=embed">May 2</a></blockquote>',
     "https://bsky.app/profile/lu.bsky.social/post/3kq"),
    ('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:q1/app.bsky.feed.post/3kq">'
     '<p lang="en">Shameful.</p></blockquote>', "https://bsky.app/profile/did:plc:q1/post/3kq"),
])
def test_a_bluesky_embed_gets_the_posts_web_address(html, url):
    [post] = embedded_posts(html)
    assert post.post_url == url


LIBRARY_LEAD = "Mayor Dana Cole on Monday announced a plan to close three public libraries to save money.\n\n"


@pytest.mark.parametrize("sentence, speaker", [
    # spaCy's small pipeline tags "scorn" after "drew" as a verb, and hangs "by the union" on the adjective.
    ("The plan drew scorn from parents and teachers, who packed the council chamber on Tuesday.",
     "parents and teachers"),
    ("The proposal was denounced as cruel and short-sighted by the teachers' union.", "teachers' union"),
    ("Cheers erupted when the head librarian told the meeting the closures were off.", "the crowd"),
    ("Boos greeted Cole as she left the building.", "the crowd"),
    ("The closures drew scorn.", "critics"),
])
def test_crowd_and_passive_responses_survive_a_misparse(sentence, speaker):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert (item.speaker, item.kind, item.quoted) == (speaker, "reaction", False)


def test_a_crowd_noun_that_is_not_a_response_is_no_reaction():
    text = LIBRARY_LEAD + "Though the protests drew substantial numbers, the council did not change its mind."
    assert extract(article(text)).items == []


def test_an_organization_naming_the_measure_by_what_it_is_reacts_to_it():
    # "the proposal" names no word of the target ("Dana Cole's plan to close ..."), yet it is the plan.
    text = LIBRARY_LEAD + '"This proposal will hurt every child in the city," the teachers\' union said in a statement.'
    [item] = extract(article(text)).items
    assert (item.speaker_role, item.kind) == ("organization", "reaction")


OBAMA_LEAD = ("President Barack Obama on Tuesday sent Congress a plan to close the Guantanamo Bay prison.\n\n")


@pytest.mark.parametrize("sentence, kind", [
    ('"We have a plan that works," White House press secretary Josh Earnest said.', "subject_statement"),
    ('"The plan is sound," the White House said in a statement.', "subject_statement"),
    ('"The plan will fail," Russian President Vladimir Putin said.', "reaction"),
])
def test_the_seat_of_the_subjects_office_speaks_for_the_subject(sentence, kind):
    [item] = [i for i in extract(article(OBAMA_LEAD + sentence)).items if i.quoted]
    assert item.kind == kind


def test_the_seat_of_another_countrys_office_is_not_the_subjects():
    text = ("U.S. President Donald Trump floated a joint cyber unit with Russia on Sunday.\n\n"
            '"The claims are baseless," the Kremlin said.')
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert item.kind != "subject_statement"


def test_a_body_named_after_the_subject_is_not_the_subject():
    text = ("California lawmakers on Monday approved a plan to raise the minimum wage to $15 an hour.\n\n"
            '"Your first thought is these people are crazy," said Bill Dombrowski, president of the '
            "California Retailers Association.")
    result = extract(article(text, title="California raises its minimum wage"))
    [item] = [i for i in result.items if i.quoted]
    assert result.subject == "California" and (item.speaker, item.kind) == ("Bill Dombrowski", "reaction")


def test_a_state_is_no_action_for_the_target():
    text = ("Cheney in Wyoming.\n\n"
            "Liz Cheney was the winner of the Wyoming Republican primary on Tuesday, beating eight rivals.\n\n"
            '"She has done nothing for this state," said Jason Gilbert, a voter in Cheyenne. Cheney thanked voters.')
    result = extract(article(text))
    assert result.subject == "Liz Cheney" and "being" not in result.target


@pytest.mark.parametrize("sentence, speaker", [
    ("Groups representing colleges and small charities expressed concerns about the cost of the closures.",
     "Groups"),
    ("Several parents took issue with the mayor's claim that few people use the branches.", "Several parents"),
    ("Advocates for the disabled called for the plan to be dropped.", "Advocates for the disabled"),
    ("The teachers' union called on the council to reject the plan.", "teachers' union"),
])
def test_a_reaction_said_with_a_light_verb_is_a_reaction(sentence, speaker):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert item.speaker == speaker
    # Past the lead too, where only paragraphs with a reporting word are parsed.
    [item] = extract(article(LIBRARY_LEAD + "The branches opened in 1990.\n\nThey are busy.\n\n" + sentence)).items
    assert (item.speaker, item.kind, item.quoted) == (speaker, "reaction", False)


def test_a_light_verb_without_a_stance_is_no_reaction():
    text = LIBRARY_LEAD + "The librarians expressed the books to the branch in Eastfield. Residents called Cole twice."
    assert extract(article(text)).items == []


@pytest.mark.parametrize("sentence, cue", [
    ("The plan prompted an angry response from parents.", "against"),
    ("The plan drew a supportive response from teachers.", "favor"),
    ("The plan drew a response from parents.", None),  # a response of no told kind
])
def test_a_response_the_plan_met_takes_the_side_of_its_adjective(sentence, cue):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert (item.kind, item.quoted, item.stance_cue) == ("reaction", False, cue)
    # what was done in response to something is no response the plan met
    assert extract(article(LIBRARY_LEAD + "The plan was changed in response to its unpopularity among parents.")
                   ).items == []


@pytest.mark.parametrize("sentence, cue", [
    ("Progressive groups applauded the plan on Tuesday.", "favor"),
    ("The plan drew scorn from parents and teachers.", "against"),
    ("Local business owners slammed the plan's critics as short-sighted.", "favor"),  # attacking the critics
    ("Leaders of the union expressed concerns about the plan.", "against"),
    ('"Keep them open," library users chanted.', None),  # the words carry the stance, not the verb
])
def test_a_reaction_verb_gives_its_side_as_a_cue(sentence, cue):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert item.kind == "reaction" and item.stance_cue == cue


@pytest.mark.parametrize(("sentence", "cue"), [
    ('Author Jade Carter called the closures "ridiculous".', "against"),
    ('Author Jade Carter called the plan "a long overdue first step".', "favor"),
    ('Author Jade Carter called the plan "not ridiculous at all".', None),  # negated
    ('Author Jade Carter called the plan "brave but cruel".', None),  # both sides
    ('Author Jade Carter said the plan was "ridiculous".', "against"),  # what she said the deed was
    ('Author Jade Carter said the weather was "ridiculous".', None),  # not the deed
])
def test_a_short_judgement_after_a_naming_verb_gives_its_side(sentence, cue):
    text = LIBRARY_LEAD + sentence + ' "Where will the children read now?" she said.'
    items = extract(article(text)).items
    assert [(i.speaker, i.stance_cue) for i in items] == [("Jade Carter", cue)] * 2  # her next quote takes it


def test_a_complaint_is_a_side_against_and_the_quote_after_it_takes_it():
    text = LIBRARY_LEAD + ('One neighbour was less pleased, complaining that the branch had no car park. '
                           '"Where are visitors supposed to park?" he said.')
    assert {(i.quoted, i.stance_cue) for i in extract(article(text)).items} == {(False, "against"), (True, "against")}
    [item] = extract(article(LIBRARY_LEAD + "One neighbour said the branch had no car park.")).items
    assert item.stance_cue is None  # a plain "said" takes no side


@pytest.mark.parametrize("sentence, cue", [
    ("Several parents found no fault with the plan.", "favor"),
    ("Some readers saw nothing wrong with the closures.", "favor"),
    ("Other residents took no issue with the decision.", "favor"),  # "took issue" alone is against
    ("Many library users said they had no problem with the plan.", "favor"),
    ("Local teachers said they did not have a problem with the closure plan.", "favor"),
    ("Local teachers said they had a problem with the plan.", None),  # no reaction word, no side
])
def test_finding_no_fault_with_the_measure_is_a_side_in_its_favour(sentence, cue):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert item.kind == "reaction" and item.stance_cue == cue


@pytest.mark.parametrize("sentence, cue", [
    ('Ann Roe, a librarian, defended the mayor on Facebook, saying: "She had no good choice left."', "favor"),
    ('Local teachers slammed the plan on Tuesday: "It robs our children of a place to learn."', "against"),
    ('"We will all lose something here," Ann Roe said.', None),  # a plain "said" takes no side
])
def test_the_verb_that_reports_a_quote_gives_its_side_as_a_cue(sentence, cue):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert item.kind == "reaction" and item.quoted and item.stance_cue == cue


def test_a_relative_who_speaks_up_is_a_speaker_and_not_the_subject():
    text = LIBRARY_LEAD + ("Cole's son, Grant, defended his mother on Facebook, saying: "
                           '"She fought for those branches for ten years."')
    [item] = extract(article(text)).items
    assert (item.speaker, item.kind, item.platform, item.stance_cue) == ("Grant", "reaction", "facebook", "favor")


def test_another_voice_in_a_thread_is_one_more_reaction():
    text = LIBRARY_LEAD + ('"Closing them robs our kids," wrote one user on Facebook.\n\n'
                           '"This mayor only cares about money," another posted.\n\n'
                           'Another added: "Finally someone is looking at the budget."')
    items = extract(article(text)).items
    assert [(i.speaker, i.speaker_role, i.kind, i.platform) for i in items] == [
        ("one user", "public", "reaction", "facebook"), ("another user", "public", "reaction", "facebook"),
        ("another user", "public", "reaction", "facebook")]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ('Another Facebook user was blunter: "This mayor only cares about money."', "Another Facebook user"),
    ('Critics were scathing: "This is a budget that robs our kids."', "Critics"),
    ('Ann Roe, who has used the Elm Street branch for 30 years, was blunt: "This robs our kids."', "Ann Roe"),
    ('"This mayor only cares about money," one wrote.', "one"),  # not "no one", "which one"
])
def test_a_clause_before_a_colon_or_a_lone_one_gives_the_quotes_speaker(paragraph, speaker):
    [item] = extract(article(LIBRARY_LEAD + paragraph)).items
    assert (item.speaker, item.kind, item.quoted) == (speaker, "reaction", True)


def test_another_voice_after_a_quote_or_after_a_post_on_x_is_one_more_reaction():
    text = LIBRARY_LEAD + ('"Finally someone reads the budget," one user wrote on X. Another called it '
                           '"a war on our children."\n\n"Shame on the mayor and her friends," another wrote.')
    items = extract(article(text)).items
    assert [(i.speaker, i.text) for i in items] == [
        ("one user", "Finally someone reads the budget"), ("another user", "a war on our children."),
        ("another user", "Shame on the mayor and her friends")]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The library union said it would challenge the plan in court.", "against"),
    ("Parents vowed to fight the closures.", "against"),
    ("Parents vowed to fight the state in court.", None),  # not the story's measure
    ("Parents vowed to fight it.", "against"),
    ("State Senator Bo Dale said he would not support the plan.", "against"),
    ("The readers' group said it would back the plan.", "favor"),
    ("Councillor Ann Roe said she would challenge Cole in the next election.", None),
    ("Many readers said they would cancel their memberships.", "against"),
    ("Readers said they would cancel the book club.", None),
    ("Hundreds of readers signed a petition calling on the mayor to reverse the plan.", "against"),
    ("Parents urged the council to drop the plan.", "against"),
])
def test_what_a_speaker_says_they_will_do_to_the_measure_is_their_side(sentence, cue):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert (item.kind, item.quoted, item.stance_cue) == ("reaction", False, cue)


def test_a_storm_is_no_subject_and_its_voices_react_to_nothing():
    text = ("Storm Elin brings flooding to coastal towns\n\n"
            "Heavy rain from Storm Elin flooded dozens of homes along the coast on Sunday.\n\n"
            'Storm Elin is expected to weaken on Monday. "The water came up so fast," said Ann Baker, 67.')
    result = extract(article(text))
    assert result.subject is None
    assert all(i.kind != "reaction" for i in result.items)


def test_a_heading_before_a_dash_and_a_colon_is_no_speaker():
    text = LIBRARY_LEAD + ('Signs of a budget fight were there all along - More from Ann Roe: '
                           '"Data collected by our group shows the branches are full."')
    assert "Signs of a budget fight" not in {i.speaker for i in extract(article(text)).items}


def test_a_handle_after_the_verb_is_the_speaker():
    [item] = extract(article(LIBRARY_LEAD + '"This is the end of our libraries," tweeted @techguy99.')).items
    assert (item.speaker, item.handle, item.platform, item.kind) == ("@techguy99", "techguy99", "twitter", "reaction")


def test_a_crowds_example_quote_takes_the_side_its_lead_in_gives():
    text = LIBRARY_LEAD + ('Some parents defended the mayor. "The budget is the budget," one parent wrote on '
                           'Facebook. "It is what it is," Ann Roe said.')
    items = items_by_speaker(text)
    assert items["one parent"].stance_cue == "favor"
    assert items["Ann Roe"].stance_cue is None  # a named speaker may answer something else


@pytest.mark.parametrize("sentence, speaker, cue", [
    ("Parents were furious.", "Parents", "against"),
    ("Many parents were less enthusiastic.", "Many parents", "against"),
    ("Others were more supportive.", "Others", "favor"),
    ("Residents were not pleased with the plan.", "Residents", "against"),
])
def test_how_a_crowd_felt_is_its_reaction(sentence, speaker, cue):
    [item] = extract(article(LIBRARY_LEAD + "The branches opened in 1990.\n\n" + sentence)).items
    assert (item.speaker, item.kind, item.stance_cue) == (speaker, "reaction", cue)
    # Past the lead too, where paragraphs are parsed without lemmas.
    [item] = extract(article(LIBRARY_LEAD + "The branches opened in 1990.\n\nThey are busy.\n\n" + sentence)).items
    assert (item.speaker, item.kind, item.stance_cue) == (speaker, "reaction", cue)


@pytest.mark.parametrize(("quote", "kind"), [
    ("This is excessive and unfair to every family in the city", "reaction"),  # a judgement of the news
    ("This council is taking books out of children's hands", "reaction"),
    ("The branch on Hill Road will reopen after repairs in May", "other_target"),  # another matter
])
def test_a_bodys_quote_that_judges_this_is_a_reaction(quote, kind):
    text = LIBRARY_LEAD + f'"{quote}," the Readers\' Association said.'
    [item] = extract(article(text)).items
    assert (item.speaker, item.kind) == ("Readers' Association", kind)


def test_a_bodys_words_about_the_targets_short_noun_are_a_reaction():
    # "tax", "fee", "ban": a target's word of three letters names it too
    text = ("Chancellor Rachel Moore has announced a new tax on private jet flights.\n\n"
            'The British Business Aviation Association said the tax would "drive jobs and investment abroad".\n\n'
            'The Fishing Association said the harbour would "reopen in May".')
    kinds = kinds_by_speaker(text)
    assert kinds == {"British Business Aviation Association": "reaction", "Fishing Association": "other_target"}


def test_a_crowds_feeling_about_someone_else_is_about_another_matter():
    [item] = extract(article(LIBRARY_LEAD + "Parents were furious with Governor Hale.")).items
    assert (item.kind, item.stance_cue) == ("other_target", "against")
    [item] = extract(article(LIBRARY_LEAD + "Parents were furious with Cole.")).items
    assert item.kind == "reaction"


def test_an_expert_weighing_the_news_is_a_reaction_and_an_agency_on_other_business_is_not():
    text = LIBRARY_LEAD + ("Education researcher Amina Yusuf said evidence from other cities was mixed.\n\n"
                           "The county health agency said flu cases rose sharply this week.")
    kinds = kinds_by_speaker(text)
    assert kinds == {"Amina Yusuf": "reaction", "county health agency": "other_target"}


def test_how_one_person_felt_is_no_crowds_reaction():
    assert extract(article(LIBRARY_LEAD + "The librarian was happy.")).items == []


@pytest.mark.parametrize("sentence, speaker, platform", [
    ('On Reddit, u/booklover88 wrote: "This is the dumbest budget decision I have ever seen."',
     "u/booklover88", "reddit"),
    ('TikTok creator Jess Park posted a video calling the plan "a war on kids and on books."', "Jess Park", "tiktok"),
])
def test_a_reddit_user_and_a_video_that_names_the_plan_are_reactions(sentence, speaker, platform):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert (item.speaker, item.kind, item.platform) == (speaker, "reaction", platform)


def test_one_of_the_comments_named_before_is_a_reaction():
    text = LIBRARY_LEAD + ("Comments on the city's Facebook page were overwhelmingly negative. "
                           '"Shame on you, Mayor Cole," one read.')
    [item] = extract(article(text)).items
    assert (item.speaker, item.kind, item.platform) == ("one comment", "reaction", "facebook")


@pytest.mark.parametrize(("lead_in", "cue"), [
    ("Some fans backed the ban.", "favor"),
    ("Many parents supported the decision.", "favor"),
    ("Some of Vance's allies rallied behind him.", "favor"),
    ("Not everyone was opposed.", "favor"),
    ("Not everyone was pleased.", "against"),
    ("Some fans backed the players.", None),  # backing someone else
    ("Social media users were quick to condemn the ban.", "against"),
    ("Fans were quick to condemn the players.", None),
    ("Some subscribers came to his defence.", "favor"),
    ("Several diners leapt to the defense of Vance.", "favor"),
    ("Some fans came to the defence of the players.", None),
    ("Supporters were quick to thank him.", "favor"),
    ("Many fans greeted the news with relief.", "favor"),
    ("Many fans met the decision with anger.", "against"),
    ("Some had asked for it for weeks, and many greeted the news with relief.", "favor"),  # a joined clause's crowd
    ("Not everyone was convinced.", "against"),
    ("The ban disappointed thousands of fans.", "against"),
    ("Many others rallied behind the owner.", "favor"),  # the subject by the role the story gives him
])
def test_a_crowds_side_told_without_a_reaction_verb_lends_it_to_the_quote_after(lead_in, cue):
    text = ("Club owner Richard Vance banned protests at the stadium on Monday.\n\nThe board met again.\n\n"
            "The season starts in June.\n\n"
            f'{lead_in} "People come to watch football, not speeches," one supporter wrote on Facebook.')
    [item] = [i for i in extract(article(text)).items if i.quoted]  # a crowd's reaction verb is an item too
    assert (item.kind, item.stance_cue) == ("reaction", cue)


def test_a_crowds_side_reaches_its_members_quotes_in_the_paragraphs_after_it():
    text = ("Bramford Rovers have sacked manager Glen Harte after seven straight defeats.\n\n"
            "Supporters had called for his departure for weeks, and many greeted the news with relief.\n\n"
            '"Finally. Should have happened in October," one fan wrote on X.\n\n'
            'Another posted: "Best news I have had all year, honestly."\n\n'
            "Harte joined the club in 2023.\n\n"
            '"He kept us up two seasons running and deserved better," one fan wrote.')
    first, second, after_a_break, crowd = extract(article(text)).items
    assert crowd.speaker == "Supporters" and not crowd.quoted and crowd.stance_cue == "favor"
    assert (first.stance_cue, second.stance_cue) == ("favor", "favor")
    assert after_a_break.stance_cue is None  # a paragraph of narrative ends the run


def test_a_crowd_member_opening_its_sentence_takes_the_crowds_side():
    text = (LIBRARY_LEAD + "Social media users were equally scathing. One user on X wrote: \"Say that to the "
            'children who read there every day.\"')
    items = extract(article(text)).items
    assert {(i.speaker, i.stance_cue) for i in items} == {("Social media users", "against"), ("One user", "against")}


def test_a_named_speaker_introduced_as_one_of_the_crowd_takes_its_side():
    text = (LIBRARY_LEAD + "A handful of librarians welcomed the move. Retired librarian Ann Cole said the "
            'branches had "been empty for years, frankly, and everyone knew it."\n\n'
            'Councillor Tom Hale said: "These branches are where the town\'s children learn to read."')
    cues = {i.speaker: i.stance_cue for i in extract(article(text)).items if i.quoted}
    assert cues == {"Ann Cole": "favor", "Tom Hale": None}  # a councillor is none of the librarians


def test_one_of_the_public_quoted_in_the_paragraph_after_a_crowds_side_takes_it_past_a_named_voice():
    text = (LIBRARY_LEAD + 'Others were furious. The Friends of Leeds Libraries said it was "deeply disappointed".\n\n'
            '"Where will the children go now?" said season-ticket holder Mark Ellis, 44.\n\n'
            '"We will see," said pensioner Ann Hill.')
    cues = {i.speaker: i.stance_cue for i in extract(article(text)).items if i.quoted}
    assert cues["Mark Ellis"] == "against" and cues["Ann Hill"] is None  # two paragraphs on: her own


def test_a_named_speakers_side_is_not_carried_to_the_paragraphs_after_it():
    text = (LIBRARY_LEAD + "Councillor Ann Lee slammed the plan on Tuesday.\n\n"
            '"It is the first sensible budget in years, and about time too," one resident wrote.')
    resident, lee = extract(article(text)).items
    assert lee.stance_cue == "against" and resident.stance_cue is None


def test_the_side_of_a_quotes_verb_is_not_carried_to_the_next_paragraph():
    text = LIBRARY_LEAD + ('Local teachers slammed the plan on Tuesday: "It robs our children of a place to learn."'
                           '\n\n"But we have heard that the mayor is listening."')
    first, second = extract(article(text)).items
    assert first.stance_cue == "against"
    assert second.speaker == "Local teachers" and second.stance_cue is None


@pytest.mark.parametrize("sentence, cue", [
    ("Critics said the closures would hurt the poorest neighbourhoods most.", "against"),
    ("Many opponents argued that the savings were too small to matter.", "against"),
    ("Supporters of the plan said the branches were barely used.", "favor"),
    ("Cole's supporters said the city had no money left for the branches.", "favor"),
    ("Supporters of the stadium said the branches were barely used.", None),  # sided with something else
    ("Supporters said the branches were barely used.", "favor"),  # a politician's, of what she did
    ("Proponents said the branches were barely used.", "favor"),
    ("Residents reacted furiously to the news.", "against"),  # the way they reacted
    ("Parents reacted warmly to the news.", "favor"),
    ("Hale supporters said the branches were barely used.", None),  # with another person
])
def test_a_speaker_named_by_the_side_it_takes_gives_that_side_as_a_cue(sentence, cue):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert item.kind == "reaction" and item.stance_cue == cue


@pytest.mark.parametrize(("headline", "subject", "side"), [
    ("Mayor Whitfield's fare hike draws fury from riders", "Dana Whitfield", "against"),
    ("Brewline scraps cup surcharge after outcry", "Brewline", "against"),
    ("Outrage as council closes Eastfield pool", "Eastfield council", "against"),
    ("Library plan wins praise online", "Maria Alvarez", "favor"),
    ("Voters skeptical as Whitfield vows change", "Dana Whitfield", "against"),
    ("Fans fume as Harbor City sells its striker", "Harbor City FC", "against"),
    ("Leeds bans cars from city centre street, and cyclists cheer", "Leeds City Council", "favor"),
    ("Chirp to charge for new accounts, angering users", "Chirp", "against"),
    ("Whitfield fumes over leaked budget", "Dana Whitfield", None),  # the subject's own feeling
    ("Riders blast Whitfield over fare hike", "Dana Whitfield", "against"),
    ("Teachers Are Celebrating Alvarez's Library Plan", "Maria Alvarez", "favor"),
    ("Whitfield slammed over fare hike", "Dana Whitfield", "against"),  # a headline's passive
    ("Brewline Accused Of Misleading Customers", "Brewline", "against"),
    ("Netball league under fire over ban on player protests", "Premier Netball League", "against"),
    ("Voltix pulls energy drink ad after accusations of body shaming", "Voltix", "against"),
    ("Pressure rises on Whitfield after criticism of the fare plan", "Dana Whitfield", "against"),
    ("Whitfield's criticism of Hale draws no comment", "Dana Whitfield", None),  # her criticism of another
    ("Whitfield slams Hale over budget leak", "Dana Whitfield", None),  # the subject's own act
    ("Hale's fare plan draws praise and criticism", "Victor Hale", "mixed"),  # both sides
    ("Hale's jet tax welcomed by campaigners, condemned by industry", "Victor Hale", "mixed"),
    ("Jet tax welcomed by campaigners", "Victor Hale", "favor"),
    ("Columbia defends Exxon articles", "Exxon Mobil", None),  # the subject only names the object
    ("Pence Endorses Paul Ryan With Trump's Blessing", "Donald Trump", None),  # aimed at someone else
    ("Indiana governor has praise for front-runner", "Eric Holcomb", None),  # the subject's own praise
    ("Paris attacks test Clinton's strategy", "Hillary Clinton", None),  # an attack that is no response
    ("Whitfield Just Insulted The Transit Workers", "Dana Whitfield", None),  # past tense, not passive
    ("Lake Orin water quality improves", None, None),
    ("Vueflix to charge extra for 4K, and subscribers are not happy", "Vueflix", "against"),  # a negated feeling
    ("Parents are delighted as Millbrook opens new pool", "Millbrook", "favor"),
    # a crowd that warns, or cries foul, beside one that welcomes: both sides
    ("Vape ban: parents, doctors welcome move; traders warn of black market", "Health Ministry", "mixed"),
    ("Regulator makes caller names default; users cheer, privacy groups cry foul", "Regulator", "mixed"),
])
def test_the_headline_says_which_side_the_response_took(headline, subject, side):
    assert headline_side(headline, subject) == side


def test_an_articles_headline_side_is_read_from_its_title_or_headline_line():
    body = ("Mayor Dana Whitfield on Monday proposed doubling bus fares.\n\n"
            '"It is a disgrace," one rider wrote on Facebook.')
    assert extract(article(body, title="Whitfield's fare hike draws fury from riders")).headline_side == "against"
    assert extract(article("Riders blast Whitfield over fare hike\n\n" + body)).headline_side == "against"
    assert extract(article(body)).headline_side is None
    # The headline may name the subject by the title the article gives her.
    assert extract(article(body, title="Mayor slammed over fare hike")).headline_side == "against"
    assert extract(article(body, title="Senator slammed over fare hike")).headline_side is None


def test_a_quote_whose_verb_attacks_someone_else_is_about_another_matter():
    text = LIBRARY_LEAD + 'Ann Roe, a councillor, slammed Victor Hale on Tuesday: "He never read a budget."'
    [item] = extract(article(text)).items
    assert item.kind == "other_target"


@pytest.mark.parametrize("dateline", ["WASHINGTON (AP) — ", "MANCHESTER, N.H. - ", "TALLAHASSEE -- ", "WASHINGTON ― "])
def test_a_dateline_is_neither_subject_nor_speaker(dateline):
    text = (f"{dateline}Mayor Dana Cole on Monday announced a plan to close three public libraries.\n\n"
            f"{dateline}Rep. Ann Roe on Friday called the plan cruel, while praising the librarians.")
    extraction = extract(article(text))
    assert extraction.subject == "Dana Cole" and extraction.target.startswith("Dana Cole's")
    assert [item.speaker for item in extraction.items] == ["Ann Roe"]


def test_a_hyphenated_name_is_kept_whole():
    text = ("Council speaker Melissa Mark-Viverito on Monday announced a plan to close three public libraries.\n\n"
            '"It is a betrayal," said Ann Roe, a librarian.')
    extraction = extract(article(text))
    assert extraction.subject == "Melissa Mark-Viverito"
    assert extraction.target.startswith("Melissa Mark-Viverito's") and "libraries" in extraction.target


def test_a_headlines_bare_title_is_the_person_the_lead_gives_it():
    text = ("Gov. Tom Brandt on Friday vetoed a bill that would have given free lunches to all public school "
            "students.\n\nAdvocates blasted the decision.")
    result = extract(article(text, title="Governor vetoes school-meals bill"))
    assert result.subject == "Tom Brandt"
    assert result.target.startswith("Tom Brandt's vetoing a bill")  # not "Tom Brandt's bill": it was not his
    assert [(i.speaker, i.kind) for i in result.items] == [("Advocates", "reaction")]


def test_the_owner_of_a_decision_that_opens_the_lead_is_the_subject():
    text = ("Principal Karen Doyle's decision to cancel the senior prom over a TikTok video has the whole town "
            'talking.\n\n"She is punishing 300 kids for what two of them did," one parent wrote on Facebook.')
    result = extract(article(text))
    assert result.subject == "Karen Doyle"
    assert result.target == "Karen Doyle's decision to cancel the senior prom over a TikTok video"
    assert [(i.speaker, i.kind) for i in result.items] == [("one parent", "reaction")]


@pytest.mark.parametrize(("lead", "subject", "target"), [
    # the parser reads "sacked manager Glen Harte" as one noun phrase, the verb as an adjective
    ("Bramford Rovers have sacked manager Glen Harte after a run of seven straight defeats left the club "
     "one point above the relegation zone.", "Bramford Rovers", "Bramford Rovers' sacking manager Glen Harte"),
    ("Bramford Rovers sacked manager Glen Harte on Monday.", "Bramford Rovers",
     "Bramford Rovers' sacking manager Glen Harte"),
    ("The school suspended teacher Mary Lane over a social media post.", "the school",
     "the school's suspending teacher Mary Lane over a social media post"),
    # a name the tagger does not know, opening what the boss told staff
    ("Corvane will require all employees to work from the office five days a week from January, chief "
     "executive Maya Lindqvist told staff in a memo on Tuesday.", "Corvane",
     "Corvane's requiring all employees to work from the office"),
    # the body's own "it said" after what it will do
    ("The council will start charging for garden waste collections from April, it said on Monday.",
     "the council", "the council's charging for garden waste collections"),
    # a name the entity tagger cuts at its hyphen, and a board "of" something that is its own name
    ("The Bay-Area Transit Board voted on Thursday to raise fares.", "Bay-Area Transit Board",
     "Bay-Area Transit Board's vote to raise fares"),
    ("The Tri-Rivers University System Board of Regents voted unanimously Thursday to freeze tuition.",
     "Tri-Rivers University System Board of Regents", "Tri-Rivers University System Board of Regents' vote to "
     "freeze tuition"),
])
def test_who_acts_in_a_lead_the_parser_misreads(lead, subject, target):
    result = extract(article(lead + '\n\n"Too little, too late," one rider wrote.'))
    assert (result.subject, result.target) == (subject, target)


def test_the_person_named_before_and_then_by_age_is_that_person():
    text = ("Pop star Mia Vale has been criticised by fans after she described them as entitled on a podcast.\n\n"
            'Asked about ticket prices, the 27-year-old singer said: "Nobody is forcing you to come."\n\n'
            '"I spent £400 on tickets," said a 31-year-old nurse.')
    kinds = {i.speaker: i.kind for i in extract(article(text)).items if i.quoted}
    assert kinds == {"Mia Vale": "subject_statement", "31-year-old nurse": "reaction"}  # "a": someone new


def test_a_one_word_name_the_lead_calls_the_streaming_company_is_a_body_that_speaks_so():
    text = ("Vidora will raise the price of its standard plan to £12.99 a month, the streaming company confirmed "
            "on Tuesday.\n\n"
            '"Three rises in two years," one subscriber wrote.\n\n'
            'The rival company said it would "keep prices where they are".')
    kinds = kinds_by_speaker(text)
    assert (kinds["streaming company"], kinds["one subscriber"]) == ("subject_statement", "reaction")
    assert kinds["rival company"] != "subject_statement"  # another body of the kind


def test_the_spokesperson_of_the_business_the_subject_runs_speaks_for_the_subject():
    text = ("Corvex chief executive Martin Hale has told staff they must return to the office five days a week "
            "from January, or leave the company.\n\n"
            '"This is a layoff without the severance," one Corvex engineer posted on LinkedIn.\n\n'
            'A Corvex spokesperson said the company was "confident this is the right decision".')
    result = extract(article(text))
    assert result.subject == "Martin Hale"
    assert result.target == "Martin Hale's telling staff they must return to the office"  # not "..., or"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {
        "one Corvex engineer": "reaction", "Corvex spokesperson": "subject_statement"}


def test_a_business_and_its_boss_named_by_title_alone_speak_for_the_subject():
    text = ("Corvane will require all employees to work from the office five days a week, chief executive Maya "
            'Lindqvist told staff on Tuesday.\n\n"We do our best work when we are together," Lindqvist wrote. '
            'The company said the change would "strengthen collaboration and mentoring".\n\n'
            '"This is a layoff by another name," one engineer posted on Blind. "Return-to-office mandates push out '
            'the people with the most options," said chief executive Sam Roe of Globex.')
    result = extract(article(text, title="Tech giant Corvane orders staff back to the office"))
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds["Lindqvist"] == kinds["company"] == "subject_statement"  # "giant" in the title: a business
    assert kinds["one engineer"] == "reaction"
    assert kinds["Sam Roe"] == "reaction"  # another business's boss


def test_a_club_the_tagger_reads_as_a_person_and_a_place_is_a_body_when_the_lead_calls_it_the_club():
    text = ("Hartley United have appointed Gary Nolan as their new manager on a three-year deal, the club "
            "confirmed on Friday.\n\n"
            '"He got Castlebridge relegated. Why would we want him?" said season-ticket holder Mark Ellis.\n\n'
            'Chairman Peter Walsh said Nolan was "the outstanding candidate".')
    result = extract(article(text, title="Fans split as Hartley United appoint Gary Nolan as manager"))
    kinds = {i.speaker: i.kind for i in result.items}
    assert result.subject == "Hartley United"
    assert kinds == {"club": "subject_statement", "Peter Walsh": "subject_statement", "Mark Ellis": "reaction"}


@pytest.mark.parametrize("sentence, cue", [
    ("Former councillor Steve Bruce backed the decision.", "favor"),
    ("Former councillor Steve Bruce stood by the plan.", "favor"),
    ("Former councillor Steve Bruce did not support the closures.", "against"),
])
def test_a_named_speaker_backing_the_measure_is_a_reaction_in_its_favour(sentence, cue):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert (item.speaker, item.kind, item.stance_cue) == ("Steve Bruce", "reaction", cue)


def test_backing_someone_else_or_a_measure_described_is_no_reaction_to_the_story():
    text = LIBRARY_LEAD + ("Former councillor Steve Bruce backed Ann Lee for mayor. "
                           "The branches hold books that Bruce backs.")
    assert extract(article(text)).items == []


@pytest.mark.parametrize("told, cue", [("praised", "favor"), ("slammed", "against")])
def test_a_named_speakers_told_side_reaches_their_quote_after_it_in_the_paragraph(told, cue):
    text = LIBRARY_LEAD + (f'Former councillor Steve Bruce {told} the decision. "Give them a chance," he told BBC '
                           'Radio Leeds.\n\n"We will see," Bruce said later.')
    quotes = [i for i in extract(article(text)).items if i.quoted]
    assert [(i.speaker, i.stance_cue) for i in quotes] == [("Steve Bruce", cue), ("Bruce", None)]


def test_what_a_body_says_it_thinks_of_the_decision_is_its_side():
    lead = "Bramford Rovers have sacked manager Glen Harte.\n\n"
    cases = [
        ("The Rovers Supporters' Trust said it welcomed the board's decision but urged the club to \"learn from "
         'its mistakes and do better" when appointing a successor.', "Rovers Supporters' Trust", "favor"),
        ("The union said it condemned the decision.", "union", "against"),
        ("The union said it did not support the move.", "union", "against"),
        ("The union said it opposed the 2007 immigration bill.", "union", None),  # another measure
        ("Fans said they wondered whether he opposed the move.", "Fans", None),  # a question, and someone else
    ]
    for sentence, speaker, cue in cases:
        [item] = extract(article(lead + sentence)).items
        assert (item.speaker, item.stance_cue) == (speaker, cue), sentence


def test_a_subject_defending_its_own_decision_acts_and_a_body_is_named_in_full():
    text = ("Pop star Lila Moreno has defended her decision to cancel her 30-date stadium tour, saying she needed "
            'time to rest.\n\n"Her health comes first, and anyone attacking her should be ashamed," one fan wrote.')
    result = extract(article(text, title="Pop star Lila Moreno defends decision to cancel stadium tour"))
    assert result.subject == "Lila Moreno"
    assert result.target == "Lila Moreno's decision to cancel her 30-date stadium tour"
    assert [(i.speaker, i.kind) for i in result.items] == [("one fan", "reaction")]
    # the headline's "Leeds" is the body the lead names; words cut from the target leave a space
    text = ("Leeds City Council has banned private cars from Briggate, the city's main shopping street, from next "
            'month.\n\n"About time. Walking down Briggate with kids was terrifying," one mum wrote on Facebook.')
    result = extract(article(text, title="Leeds bans cars from city centre street"))
    assert result.subject == "Leeds City Council"
    assert result.target == "Leeds City Council's banning private cars from Briggate"
    assert [(i.speaker, i.speaker_role, i.kind) for i in result.items] == [("one mum", "public", "reaction")]


@pytest.mark.parametrize(("lead", "target"), [
    ("Comedian Rick Salas has apologized after a joke about the victims of last month's floods drew widespread "
     "criticism online.", "Rick Salas' joke about the victims of last month's floods"),
    ("Sportswear company Kestrel has withdrawn an advertising campaign after critics accused it of mocking "
     "disabled people.", "Kestrel's advertising campaign"),
    ("Rick Salas apologized for a joke about flood victims.", "Rick Salas' joke about flood victims"),
    ("Sportswear company Kestrel has withdrawn its spring campaign after it was widely criticised on social media.",
     "Kestrel's spring campaign"),  # the response in the joint's own verb
    ("YouTube star Jake Morrow has apologised after a video in which he pranked an elderly shop worker drew "
     "criticism from viewers.", "Jake Morrow's video"),  # the response parsed inside the video's clause
    # taking back a plan is an action the reactions may answer
    ("The airline has withdrawn its plan to charge for carry-on bags after a backlash from passengers.",
     "the airline's withdrawing its plan to charge for carry-on bags after a backlash from passengers"),
])
def test_what_a_subject_backs_down_from_after_a_response_is_the_target(lead, target):
    assert extract(article(lead + '\n\n"Too little, too late," one rider wrote.')).target == target


def test_a_negated_action_keeps_its_not():
    text = ("Cole and the libraries.\n\nMayor Dana Cole did not renew the contract of the city's library "
            "service on Monday.\n\n\"It is a betrayal,\" said Ann Roe, a librarian.")
    target = extract(article(text)).target
    assert target.startswith("Dana Cole's not renewing") and "contract" in target


def test_a_person_named_bill_is_no_bill_in_the_target():
    text = ("Cole on television.\n\nMayor Dana Cole told Bill O’Reilly of Fox News, that “the "
            "libraries will close, of course.”\n\n\"It is a betrayal,\" said Ann Roe, a librarian.")
    assert not extract(article(text)).target.endswith("'s Bill")


def test_a_name_glued_to_the_closing_quote_mark_is_the_speaker():
    text = LIBRARY_LEAD + "“It is a sad day for every reader in this city,”Ann Roe said on Tuesday."
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert item.speaker == "Ann Roe"


SENATOR_LEAD = ("Senator Maria Kovac on Monday proposed a bill to cap rent increases at 3 percent a year. "
                "Ms. Kovac said renters need relief.\n\n")


@pytest.mark.parametrize("sentence, kind", [
    # An official's own words about "her" are about the subject (she is a woman in the story)...
    ('"She has misread the market entirely," said Tom Reyes, a professor of economics.', "reaction"),
    ('"The new regulation will freeze construction," said Ana Ruiz, a director at the builders\' group.',
     "reaction"),
    # ... but not words about "him" (another person); an official's statement that names neither is
    # about another matter, an expert's weighs the story's news (on the dev set, experts quoted without
    # naming the subject were reacting to it).
    ('"He was the best coach this school ever had," said Tom Reyes, a professor of economics.', "other_target"),
    ('"Interest rates will rise next year," said Tom Reyes, a professor of economics.', "reaction"),
    ('"Interest rates will rise next year," said Tom Reyes, a spokesman for the central bank.', "other_target"),
])
def test_an_experts_quoted_words_that_point_at_the_subject_are_a_reaction(sentence, kind):
    result = extract(article(SENATOR_LEAD + sentence))
    [item] = [i for i in result.items if i.quoted and i.speaker != "Maria Kovac"]
    assert result.subject == "Maria Kovac" and item.kind == kind


def test_the_name_set_beside_an_office_and_its_place_is_the_subject():
    text = ('The mayor of Port Alden, Greg Howell, has apologised after he compared summer visitors to "cattle" '
            'during a council meeting.\n\n"Calling them cattle is disgraceful," said cafe owner Nina Patel.\n\n'
            'Howell said on Wednesday that his choice of words was "clumsy and wrong."')
    result = extract(article(text))
    assert result.subject == "Greg Howell"
    assert {i.speaker for i in result.items if i.kind == "subject_statement"} >= {"Greg Howell", "Howell"}
    assert [i.speaker for i in result.items if i.kind == "reaction"] == ["Nina Patel"]


PHOTO_LEAD = ("Photo app Lumo has rolled out a feature that scans users' camera rolls, switching it on by default.\n\n")


def test_an_advocates_words_after_the_told_criticism_are_a_reaction():
    text = PHOTO_LEAD + ('Privacy advocates were quick to criticise the decision. "Turning this on by default is a '
                         'choice, and it is the wrong one," said Emma Hollis of the Digital Rights Foundation.')
    items = items_by_speaker(text)
    assert items["Privacy advocates"].kind == "reaction" and items["Privacy advocates"].stance_cue == "against"
    assert items["Emma Hollis"].kind == "reaction"
    # Without the told criticism before it, a body's words that name nothing of the story are elsewhere.
    alone = PHOTO_LEAD + ('"Interest rates will rise next year," said Emma Hollis of the Digital Rights Foundation.')
    assert [i.kind for i in extract(article(alone)).items] == ["other_target"]


def test_a_bodys_officer_named_after_its_possessive_speaks_for_it():
    text = PHOTO_LEAD + ("Lumo's chief product officer, Daniel Reyes, told The Verge the company would \"listen to "
                         "feedback\" but had no plans to change the default.")
    [item] = [i for i in extract(article(text)).items if i.speaker == "Daniel Reyes"]
    assert item.kind == "subject_statement"


def test_an_academys_headteacher_speaks_for_it_and_parents_and_pupils_lend_their_side():
    text = ("Ashgrove Academy will ban mobile phones for the whole school day from September, headteacher Mark "
            "Ellison announced on Monday.\n\nEllison said the rule would \"give children their attention back\".\n\n"
            "Most parents who spoke to the Gazette welcomed the move.\n\n\"I wish they had done it years ago. My "
            "daughter comes home exhausted,\" said mother of two Helen Carr.\n\nBut many pupils were less keen. "
            "Year 10 student Aisha Khan said the ban was \"unfair and treats us like children\".")
    items = items_by_speaker(text)
    assert items["Ellison"].kind == "subject_statement"
    assert items["Helen Carr"].stance_cue == "favor"
    assert items["many pupils"].stance_cue == "against" and items["Aisha Khan"].stance_cue == "against"


def test_eager_to_do_something_is_no_feeling_about_the_news():
    text = PHOTO_LEAD + "Many users are keen on telling others how to edit their photos."
    assert not [i for i in extract(article(text)).items if i.speaker == "Many users"]


def test_the_administration_speaks_for_the_president():
    text = ("President Barack Obama on Tuesday sent Congress a plan to close the prison at Guantanamo Bay.\n\n"
            "Republicans decried the lack of details. The administration struggled to explain why it had ignored "
            "the demand for specifics. The White House said the plan was overdue.")
    items = items_by_speaker(text)
    assert items["administration"].kind == "subject_statement" and items["Republicans"].kind == "reaction"


def test_a_quote_that_ends_its_sentence_after_a_colon_is_who_the_colon_introduced():
    text = ("Supermarket chain Fenwick's is removing self-checkout machines from 40 of its stores.\n\n"
            'On Facebook, one customer wrote: "Well done, finally someone listening to us." Another said she '
            "would switch her weekly shop back to the chain.\n\n"
            'Analyst Marcus Hale put it this way: "It is a smart bet on service," he said, "though not a cheap one."')
    items = extract(article(text)).items
    assert [(i.speaker, i.platform) for i in items if i.quoted and "Well done" in (i.text or "")] == [
        ("one customer", "facebook")]
    assert any(i.speaker == "Another" and "switch" in (i.text or "") for i in items)
    # A quote that goes on after its speaker's "he said" stays one statement of that speaker.
    [hale] = [i for i in items if i.quoted and "smart bet" in (i.text or "")]
    assert hale.speaker == "Marcus Hale" and "cheap" in (hale.text or "")


@pytest.mark.parametrize(("tally", "cue"), [
    ("The council's post drew more than 900 comments, almost all of them negative.", "against"),
    ("A thread about the feature drew 3,000 replies, most of them hostile.", "against"),
    ("The post drew hundreds of replies, the vast majority of them positive.", "favor"),
    ("The post drew hundreds of replies.", None),
])
def test_responses_counted_with_the_tone_most_took_lend_it_to_the_posts_after(tally, cue):
    text = ("Maplethorpe District Council will collect general waste every three weeks from April.\n\n"
            f"{tally}\n\n"
            '"Three weeks? In summer? The foxes will have a field day," one resident commented.')
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert item.stance_cue == cue


@pytest.mark.parametrize(("lead", "target"), [
    ("Maplethorpe District Council will collect general waste every three weeks instead of every two from April, "
     "it announced on Friday.",
     "Maplethorpe District Council's collecting general waste every three weeks instead of every two"),
    ("Photo app Lumo has rolled out a feature that uses artificial intelligence to scan users' entire camera rolls "
     "and suggest edits, switching it on by default.",
     "Lumo's rolling out a feature that uses artificial intelligence"),
])
def test_a_target_keeps_how_often_and_what_a_product_does(lead, target):
    text = lead + '\n\n"This is a terrible idea," one resident wrote on Facebook.'
    assert extract(article(text)).target == target


SENATOR_TWEET_LEAD = ("Senator Mark Delaney is facing calls to apologise after he posted a tweet on Saturday that "
                      "appeared to mock residents who lost their homes in last week's floods.\n\n")


def test_a_response_the_subject_faces_for_a_post_makes_the_post_the_target():
    result = extract(article(SENATOR_TWEET_LEAD + '"This is cruel," Representative Ana Lopez wrote in reply.'))
    assert result.subject == "Mark Delaney" and result.target == "Mark Delaney's tweet"
    # What the tweet is said to do is no one's reaction.
    assert [i.speaker for i in result.items] == ["Ana Lopez"]


def test_a_handful_defends_and_one_of_them_wrote():
    text = SENATOR_TWEET_LEAD + ('A handful of supporters defended him. "He\'s right, we keep rebuilding in flood '
                                 'zones," wrote one.')
    items = items_by_speaker(text)
    assert items["handful of supporters"].stance_cue == "favor"
    assert items["one supporter"].quoted and items["one supporter"].stance_cue == "favor"


def test_a_feeling_quoted_alone_gives_the_speakers_side():
    text = ("World Rugby has awarded the 2031 Sevens World Series finals to Qadar, the governing body announced on "
            "Wednesday, despite warnings from human rights groups.\n\n"
            'The players\' union said it was "deeply concerned" and would seek guarantees for player welfare.\n\n'
            'The Qadar Sports Federation said it was "delighted" and thanked the board.')
    result = extract(article(text))
    assert result.target == "World Rugby's awarding the 2031 Sevens World Series finals to Qadar"
    assert [i.stance_cue for i in result.items if i.quoted] == ["against", "favor"]


FEE_LEAD = ("Budget airline Harlow Air will charge passengers £12 to sit next to their own children from next "
            "month, the company confirmed on Tuesday.\n\n")


def test_hitting_back_is_a_reaction_and_a_relaxed_crowd_lends_favor():
    text = FEE_LEAD + ("Parents were quick to hit back on social media.\n\nSome frequent fliers were more relaxed. "
                       '"If you want a guaranteed seat, pay for it," one wrote on Reddit.')
    items = items_by_speaker(text)
    assert items["Parents"].stance_cue == "against"
    assert items["Some frequent fliers"].stance_cue == "favor" and items["one"].stance_cue == "favor"


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Parents weren’t impressed.", "against"),  # a curly apostrophe: the parser marks no negation
    ("Parents were not impressed.", "against"),
    ("Parents were impressed.", "favor"),
])
def test_a_crowds_feeling_turned_by_not(sentence, cue):
    [item] = extract(article(FEE_LEAD + sentence)).items[-1:]
    assert (item.speaker, item.stance_cue) == ("Parents", cue)


@pytest.mark.parametrize(("sentence", "speaker", "cue"), [
    ("Even some of the airline's own staff were critical.", "airline's own staff", "against"),
    ("Many of its regular passengers were delighted.", "Many of its regular passengers", "favor"),
])
def test_a_feeling_of_some_of_a_crowd_is_that_crowds(sentence, speaker, cue):
    [item] = extract(article(FEE_LEAD + sentence)).items[-1:]
    assert (item.speaker, item.kind, item.stance_cue) == (speaker, "reaction", cue)


def test_a_surname_in_the_plural_is_no_crowd_feeling():
    assert not [i for i in extract(article(FEE_LEAD + "Sanders wasn’t impressed.")).items if i.speaker == "Sanders"]


BUDGET_LEAD = ("Chancellor Rachel Moss has raised employers' national insurance contributions by 1.5 percentage "
               "points in her first budget, a move the Treasury says will raise £20bn a year.\n\n"
               "Here is how business groups reacted.\n\n")


def test_a_list_of_reactions_names_each_speaker_before_a_colon():
    text = BUDGET_LEAD + ('Confederation of British Industry: "This is a tax on jobs. Firms will hire fewer people."'
                          '\n\nFederation of Small Businesses chair Tina McKenzie: "Small firms are being asked to '
                          'carry the can."\n\nBritish Retail Consortium chief executive Helen Dickinson said the rise '
                          'would "inevitably mean higher prices in the shops."\n\nNot all reaction was negative. The '
                          'Trades Union Congress said the budget "puts public services first."')
    result = extract(article(text, title="Business groups attack Chancellor's rise in employer taxes"))
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds == {"Treasury": "subject_statement", "Confederation of British Industry": "reaction",
                     "Tina McKenzie": "reaction", "Helen Dickinson": "reaction", "Trades Union Congress": "reaction"}
    assert result.headline_side == "against"


def test_not_all_reaction_was_negative_lends_favor():
    text = BUDGET_LEAD + 'Not all reaction was negative. "About time someone paid for the NHS," one voter wrote.'
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert item.stance_cue == "favor"


@pytest.mark.parametrize(("text", "subject", "target", "kinds"), [
    # a crowd's walkout is the act of the body in its "as" clause
    ("Thousands of teachers in Westmoor walked out on Tuesday as the National Education Union began a three-day "
     "strike over pay.\n\nThe union's general secretary, Daniel Kebede, said teachers had been \"left with no "
     "choice\" by the council.\n\n\"I can't take three days off work,\" said parent Kerry Dean.",
     "National Education Union", "National Education Union's beginning a three-day strike over pay",
     {"Daniel Kebede": "subject_statement", "Kerry Dean": "reaction"}),
    # a lead that describes its actor before naming her
    ("The owner of a seaside cafe in Porthleven has defended her decision to ban children under the age of 10, "
     "after the policy drew hundreds of angry reviews online.\n\nSarah Trelawny, who has run The Driftwood Cafe "
     "for 12 years, said she introduced the rule because \"customers come here for peace and quiet.\"\n\n"
     "\"Disgusting. Families are the backbone of this town,\" one mother wrote on Facebook.",
     "Sarah Trelawny", "Sarah Trelawny's decision to ban children under the age of 10",
     {"Sarah Trelawny": "subject_statement", "one mother": "reaction"}),
    # a named body's office holder, named bare as the next paragraph opens, telling
    ("The vice-chancellor of the University of Northmere has abandoned plans to close its music department, six "
     "weeks after the proposal was announced.\n\nProfessor Alasdair Crane told staff in an email on Wednesday "
     "that the department would remain open \"for the foreseeable future\".\n\n\"This is a victory for everyone who "
     "marched,\" said Kemi Adeyinka-Shaw, president of the students' union.",
     "Alasdair Crane", "Alasdair Crane's abandoning plans to close its music department",
     {"Alasdair Crane": "subject_statement", "Kemi Adeyinka-Shaw": "reaction"}),
])
def test_a_subject_the_lead_names_only_beside_its_actor(text, subject, target, kinds):
    result = extract(article(text))
    assert (result.subject, result.target) == (subject, target)
    assert {i.speaker: i.kind for i in result.items} == kinds


def test_posts_quoted_by_their_handles_are_reactions():
    text = ("Vireo will raise the price of its standard plan from £10.99 to £12.99 a month from June.\n\n"
            "Subscribers were not impressed. Here is a selection of responses on X:\n\n"
            '@bingewatcher88: "Cancelled. Third rise in two years and the catalogue keeps shrinking."\n\n'
            '@sofiatv: "At this point cable was cheaper lol"')
    items = [i for i in extract(article(text)).items if i.quoted]
    assert [(i.speaker, i.speaker_role, i.kind, i.stance_cue) for i in items] == [
        ("@bingewatcher88", "public", "reaction", "against"), ("@sofiatv", "public", "reaction", "against")]


def test_reddit_and_tiktok_embeds_without_a_paragraph_give_their_words_and_author():
    html = ('<html><body><h1>Ironpeak adds paid revive tokens</h1><p>Ironpeak Games has added paid revive tokens '
            'to Starfall.</p><p>The community\'s response was overwhelmingly negative.</p>'
            '<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/Starfall/comments/1abc23d/p/">'
            'Pay-to-win is here. Uninstalled.</a><br> by <a href="https://www.reddit.com/user/frostbyte_77/">'
            'u/frostbyte_77</a></blockquote>'
            '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@gamerqueen/video/7301234567890123456">'
            '<section><a href="https://www.tiktok.com/@gamerqueen">@gamerqueen</a> Ironpeak really said pay up or '
            'sit out</section></blockquote></body></html>')
    posts = embedded_posts(html)
    assert [(p.platform, p.speaker, p.text) for p in posts] == [
        ("reddit", "u/frostbyte_77", "Pay-to-win is here. Uninstalled."),
        ("tiktok", "@gamerqueen", "Ironpeak really said pay up or sit out")]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The community's response was overwhelmingly negative.", "against"),
    ("Reaction online has been largely positive.", "favor"),
    ("The response was mixed.", None),
])
def test_the_tone_of_the_response_lends_its_side(sentence, cue):
    text = FEE_LEAD + f'{sentence} "Never flying with them again," one passenger wrote on X.'
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert item.stance_cue == cue


@pytest.mark.parametrize(("headline", "target"), [
    ("Ironpeak Games adds paid tokens to Starfall, players revolt", "Ironpeak Games' adding paid tokens to Starfall"),
    ("Ironpeak Games' plan to sell revive tokens wins praise online", "Ironpeak Games' plan to sell revive tokens"),
])
@pytest.mark.parametrize("lead", ["Ironpeak Games has added paid revive tokens to its online shooter Starfall.",
                                  "The studio confirmed the change on Tuesday."])  # a lead without an action
@pytest.mark.parametrize("heading", [True, False])  # a web page's heading repeats the title in the text
def test_a_target_read_from_a_headline_leaves_out_the_response_it_tells(headline, target, lead, heading):
    text = f'{headline if heading else ""}\n\n{lead}\n\n"Uninstalled," one player wrote.'.strip()
    result = extract(article(text, title=headline))
    if heading or lead.startswith("The studio"):
        assert result.target == target
    else:  # the title apart from the text: the lead's own action first
        assert result.target == "Ironpeak Games' adding paid revive tokens to its online shooter Starfall"


BBC_LEAD = ("The BBC has apologised after a sketch on its Saturday comedy show mocked unpaid carers, following "
            "more than 3,000 complaints from viewers.\n\n")


def test_an_apology_after_a_sketch_makes_the_sketch_the_target_and_the_broadcaster_is_the_bbc():
    text = BBC_LEAD + ('In a statement, the broadcaster said the sketch "fell short of the standards our audiences '
                       'expect".\n\nMany viewers were less forgiving. One carer, Margaret Hill, told the Guardian: '
                       '"I look after my husband 24 hours a day. There is nothing funny about that."')
    result = extract(article(text))
    assert result.target == "BBC's sketch on its comedy show"
    items = {i.speaker: i for i in result.items}
    assert items["broadcaster"].kind == "subject_statement"
    assert items["Many viewers"].stance_cue == "against" and items["Margaret Hill"].stance_cue == "against"


def test_a_kind_of_business_that_names_another_body_is_not_the_subjects_voice():
    text = BBC_LEAD + ('Rival broadcaster ITV said it had no plans to air the sketch. "We would never run this," '
                       'the broadcaster said.')
    assert all(i.kind != "subject_statement" for i in extract(article(text)).items)


def test_a_government_speaks_through_its_ministers_and_an_accusation_without_another_verb_is_read():
    text = ("The Welsh Government will raise the age for free bus travel from 60 to 66 from next April, ministers "
            "confirmed on Wednesday.\n\nPlaid Cymru's transport spokesperson, Delyth Jewell, accused ministers of "
            '"balancing the books on the backs of pensioners."')
    items = items_by_speaker(text)
    assert items["ministers"].kind == "subject_statement"
    assert (items["Delyth Jewell"].kind, items["Delyth Jewell"].stance_cue) == ("reaction", "against")


def test_a_headlines_kind_of_body_is_the_body_the_lead_names_and_its_boss_speaks_for_it():
    text = ("Northwind Airlines has flown more than 400 stranded football fans home from Lisbon at no charge after "
            "their charter operator collapsed.\n\nChief executive Maria Costa said the airline \"couldn't leave "
            'people sleeping on the airport floor."\n\n"Absolute class from Northwind," one supporter posted on X.')
    result = extract(article(text, title="Airline wins praise for flying stranded fans home for free"))
    assert result.subject == "Northwind Airlines"
    assert {i.speaker: i.kind for i in result.items} == {"Maria Costa": "subject_statement",
                                                         "one supporter": "reaction"}


def test_a_warm_reception_and_a_welcomed_announcement_are_reactions_in_favor():
    text = ("Kingsford Borough Council will give every primary school pupil a free hot lunch from September, the "
            "council announced on Monday.\n\nThe plan was warmly received by parents and teachers.\n\n"
            "The charity Child Poverty Action Group welcomed the announcement and urged other councils to follow.")
    items = items_by_speaker(text)
    assert (items["parents and teachers"].kind, items["parents and teachers"].stance_cue) == ("reaction", "favor")
    assert (items["Child Poverty Action Group"].kind, items["Child Poverty Action Group"].stance_cue) == (
        "reaction", "favor")


def test_the_organisers_of_a_named_event_act_for_it():
    text = ("The organisers of Meadowfest, a three-day music festival near Frome, have scrapped on-site camping for "
            "next year's event after complaints from neighbours.\n\n"
            "Residents' group Frome Quiet Lanes welcomed the change.")
    result = extract(article(text))
    assert result.subject == "Meadowfest"
    assert result.target == "Meadowfest's scrapping on-site camping for next year's event"
    assert [i.kind for i in result.items if i.speaker == "Frome Quiet Lanes"] == ["reaction"]


def test_a_boss_named_after_the_quote_and_a_name_with_a_question_mark():
    text = ("Toy company Brightwood is recalling about 200,000 baby walkers after reports that the frames can "
            "collapse.\n\n"
            '"The safety of children is our first priority," managing director Colin Hart said.\n\n'
            'Consumer group Which? said the recall was "the right decision, but it should have come sooner."')
    kinds = kinds_by_speaker(text)
    assert kinds == {"Colin Hart": "subject_statement", "Which?": "reaction"}


def test_one_who_wrote_before_the_quote_and_a_crowds_feeling_read_as_a_passive():
    text = ("The organisers of Meadowfest have scrapped on-site camping for next year's event.\n\n"
            "Many festival-goers were disappointed. On the festival's Instagram page, one wrote: \"Camping IS the "
            'festival. Without it, what\'s the point?"')
    items = items_by_speaker(text)
    assert items["Many festival-goers"].stance_cue == "against"
    assert (items["one"].platform, items["one"].stance_cue) == ("instagram", "against")


def test_a_flyer_or_a_poster_who_writes_is_a_person_and_a_poster_that_reads_is_a_sign():
    text = ("Skyhop has introduced a £25 charge for cabin bags, its chief executive said on Monday.\n\n"
            '"Outrageous," one flyer wrote on X.\n\n'
            'One poster on Reddit said: "Skyhop has lost me for good."\n\n'
            '"No to bag fees," read one poster at the terminal.')
    kinds = {i.speaker: i.kind for i in extract(article(text)).items if i.speaker != "its chief executive"}
    assert kinds == {"one flyer": "reaction", "One poster": "reaction", "one poster": "reaction"}


def test_an_article_flattened_to_one_line_is_read_sentence_by_sentence_at_the_original_offsets():
    paragraphs = ["Mayor Dana Whitfield has raised bus fares by 40 percent, the city said on Monday."]
    paragraphs += [f'"Fare rise number {n} is a disgrace," one rider wrote on Facebook. Commuters in district {n} '
                   f'said they had not been asked, and Mr. Lee of the riders\' union said the plan "hits the poorest '
                   f'first." The council said the money would go to new buses on route {n}.' for n in range(1, 16)]
    text = " ".join(paragraphs)
    assert "\n" not in text and len(text) > LONG_LINE_CHARS
    items = extract(article(text)).items
    riders = [i for i in items if i.speaker == "one rider"]
    assert len(riders) == 15
    assert all(text[i.char_start:i.char_end].startswith(i.text) for i in riders)  # offsets into the text as given
    assert paragraphed(text).replace("\n", " ") == text


def test_a_quote_that_ends_its_sentence_is_not_given_to_the_speaker_of_the_next():
    text = ("Mayor Dana Whitfield has raised bus fares by 40 percent.\n\n"
            'Tom Lee of the riders\' union said the rise "hits the poorest first." The council said the money '
            "would go to new buses.")
    speakers = {i.text: i.speaker for i in extract(article(text)).items}
    assert speakers["hits the poorest first."] == "Tom Lee"


_POSTS_AS_TEXT = (
    "Sportswear company Pulsewear has withdrawn an advert telling women to \"earn your summer body\".\n\n"
    "Here is how people reacted:\n\n"
    "Every body is a summer body. Shame on you @Pulsewear pic.twitter.com/a1b2c3\n"
    "— Laura Benn (@laurabenn) June 3, 2025\n\n"
    "This ad is genuinely harmful.\n\nI spent years recovering from an eating disorder.\n"
    "— Kat M (@katm.bsky.social) June 3, 2025\n\n"
    "A spokesperson for Pulsewear said: \"We have listened to the feedback.\"")


def test_posts_a_page_shows_as_text_above_their_bylines_are_reactions_of_their_authors():
    items = extract(article(_POSTS_AS_TEXT)).items
    posts = [(i.speaker, i.handle, i.platform, i.text, i.posted_at, i.kind) for i in items if i.handle]
    assert posts == [
        ("Laura Benn", "laurabenn", "twitter", "Every body is a summer body. Shame on you @Pulsewear", "June 3, 2025",
         "reaction"),
        ("Kat M", "katm.bsky.social", "bluesky", "I spent years recovering from an eating disorder.", "June 3, 2025",
         "reaction")]
    assert {i.text: i.kind for i in items if i.speaker == "Pulsewear"}["We have listened to the feedback."] \
        == "subject_statement"


def test_a_post_pasted_with_its_byline_on_the_same_line_is_its_authors_and_a_body_goes_by_its_initials():
    text = ("NEW DELHI: The Telecom Regulatory Authority of India on Thursday directed all mobile operators to show "
            "the registered name of callers by default.\n\n"
            'Finally I\'ll know it\'s a "pre-approved loan offer" before picking up 🙌 — Karthik R (@karthik_r_blr) '
            "June 18, 2026\n\n"
            "A TRAI official said the regulator had received more than 2,300 comments during its consultation.\n\n"
            '"Elderly people are the main victims of these frauds. We fully back TRAI on this," said Ravi Pawar of the '
            "Senior Citizens Forum.")
    items = extract(article(text, title="TRAI makes caller name display default")).items
    assert [(i.speaker, i.handle, i.text, i.kind) for i in items if i.handle] == [
        ("Karthik R", "karthik_r_blr", 'Finally I\'ll know it\'s a "pre-approved loan offer" before picking up 🙌',
         "reaction")]
    kinds = {i.speaker: i.kind for i in items}
    assert kinds["TRAI official"] == "subject_statement" and kinds["Ravi Pawar"] == "reaction"


def test_a_post_both_embedded_and_shown_as_text_is_one_item():
    html = ('<blockquote class="twitter-tweet"><p>Every body is a summer body. Shame on you @Pulsewear</p>'
            '&mdash; Laura Benn (@laurabenn) <a href="https://twitter.com/laurabenn/status/42">June 3, 2025</a>'
            "</blockquote>")
    items = extract(article(_POSTS_AS_TEXT, html=html)).items
    assert [(i.handle, i.post_url) for i in items if i.handle] == [
        ("laurabenn", "https://x.com/laurabenn/status/42"), ("katm.bsky.social", None)]


def test_what_an_action_is_for_belongs_to_the_target():
    lead = ("Ashford Borough Council will charge households £60 a year to collect garden waste from April, the "
            "council confirmed on Tuesday.")
    result = extract(article(f'{lead}\n\n"This is a disgrace," one resident wrote on Facebook.'))
    assert result.target == "Ashford Borough Council's charging households to collect garden waste"


def test_a_list_of_quotes_under_a_line_that_names_a_platform_is_on_that_platform():
    text = ("Ashford Borough Council will charge households £60 a year to collect garden waste.\n\n"
            "Hundreds of residents left comments on the council's Facebook page. Among them:\n\n"
            '- "We already pay enough council tax. This is a disgrace." – Margaret Hill\n'
            '- "Seems fair to me, why should people without gardens pay for it?" – Priya Shah\n\n'
            '"It is a fair charge," council leader Noel Ovenden said.')
    platforms = {i.speaker: i.platform for i in extract(article(text)).items}
    assert platforms == {"Margaret Hill": "facebook", "Priya Shah": "facebook", "Noel Ovenden": None}


def test_a_few_less_impressed_after_most_welcomed_lends_against_to_the_quote_that_follows():
    text = ("A primary school in Leeds has scrapped homework for children under nine.\n\n"
            "While most parents welcomed the move, a few were less impressed. One father commented: \"How will "
            'they keep up with the other schools?"')
    cues = cues_by_speaker(text)
    assert (cues["most parents"], cues["One father"]) == ("favor", "against")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Fans took to social media to slam the decision.", "against"),
    ("Fans took to Twitter to praise the club.", "favor"),
    ("Fans took to Twitter to express their anger.", "against"),
])
def test_going_to_a_platform_takes_the_side_of_what_they_went_there_to_do(sentence, cue):
    text = f"Redbridge Rovers have raised the price of adult season tickets by 20 per cent.\n\n{sentence}"
    assert cues_by_speaker(text)["Fans"] == cue


def test_with_one_writing_gives_the_quote_to_one_of_the_crowd_and_the_crowds_side():
    text = ("Redbridge Rovers have raised the price of adult season tickets by 20 per cent.\n\n"
            'Fans took to social media to slam the decision, with one writing: "Absolute greed from the owners."')
    items = items_by_speaker(text)
    assert (items["one fan"].text, items["one fan"].stance_cue) == ("Absolute greed from the owners.", "against")


def test_a_body_whose_name_holds_a_crowd_word_keeps_its_whole_name_and_its_handle():
    text = ("Redbridge Rovers have raised the price of adult season tickets by 20 per cent.\n\n"
            "Supporters' group Rovers Fans United (@RFU_Official) said the rise was \"a betrayal of loyal fans\".")
    [item] = [i for i in extract(article(text)).items if i.handle]
    assert (item.speaker, item.handle) == ("Rovers Fans United", "RFU_Official")


@pytest.mark.parametrize("sentence, speaker", [
    ('Friends of the Earth called it "a long overdue first step".', "Friends of the Earth"),
    ('"It is a disgrace," said Friends of the Earth.', "Friends of the Earth"),
    ('Doctors Without Borders said the closures were "a disgrace".', "Doctors Without Borders"),
    ('Campaign group Save Our Libraries called it "a disgrace".', "Save Our Libraries"),
    # people and whose they are stay a description, not a body's name
    ('Aides to Cole said the closures were "a disgrace".', "Aides to Cole"),  # (whose aides they are stays in it)
])
def test_a_bodys_name_in_capitals_runs_through_its_linking_words(sentence, speaker):
    [item] = extract(article(LIBRARY_LEAD + sentence)).items
    assert item.speaker == speaker


def test_headlines_listed_under_read_more_are_other_stories():
    text = ("Senator Marcus Hale is facing calls to apologise after he described teachers as \"lazy\" at a rally.\n\n"
            '"That is not language I would use," said fellow senator Joan Price.\n\n'
            "Read more:\n"
            "Mayor apologises for \"clumsy\" joke about nurses\n"
            '"We will not back down," says union leader in pay row\n\n'
            "Hale's spokesman said the senator's words had been \"taken out of context\" by his opponents.")
    speakers = [i.speaker for i in extract(article(text)).items]
    assert "union leader" not in speakers and "Joan Price" in speakers


@pytest.mark.parametrize(("lead", "target"), [
    ("The Premier Football League has defended referee Mark Dunn after he awarded a late penalty that decided "
     "Saturday's match.", "Mark Dunn's awarding a late penalty"),
    ("Fans booed striker Leo Park after he celebrated in front of his former club's supporters.",
     "Leo Park's celebrating in front of his former club's supporters"),
])
def test_a_reaction_to_someone_after_what_they_did_targets_what_they_did(lead, target):
    result = extract(article(f'{lead}\n\n"Worst decision I have ever seen," one supporter wrote on X.'))
    assert result.target == target


@pytest.mark.parametrize(("sentence", "cue"), [
    ("More than 20,000 people have signed a petition against the decision.", "against"),
    ("Thousands of fans signed an online petition calling on the league to review the decision.", "against"),
    ("Local parents launched a petition in support of the new policy.", "favor"),
    ("A petition against the decision has been signed by more than 3,000 residents.", "against"),
])
def test_signing_or_starting_a_petition_is_a_reaction_with_the_petitions_side(sentence, cue):
    text = ("The Premier Football League has upheld a late penalty that decided Saturday's match.\n\n" + sentence)
    [item] = [i for i in extract(article(text)).items if i.kind == "reaction"]
    assert item.stance_cue == cue


def test_quotes_in_single_marks_as_the_british_press_writes_them():
    text = ("Brackley Council will close three of its seven libraries next year to save £1.2million.\n\n"
            "'This is an absolute disgrace,' said pensioner Margaret Cole, 81. 'The library is the only place I see "
            "people all week.'\n\n"
            "Council leader Sarah Whitby said the decision had been 'incredibly difficult'.\n\n"
            "Writing on Facebook, one mother said: 'My kids do their homework there. Where are they supposed to go?'")
    items = items_by_speaker(text)
    assert items["Margaret Cole"].quoted and items["Margaret Cole"].text.startswith("This is an absolute disgrace")
    assert "people all week" in items["Margaret Cole"].text
    assert (items["one mother"].text, items["one mother"].platform) == (
        "My kids do their homework there. Where are they supposed to go?", "facebook")
    assert items["Sarah Whitby"].kind == "subject_statement"
    assert double_quoted("The residents' group said it wasn't 'fair'.") == "The residents' group said it wasn't “fair”."
    nested = "He said \"it's 'fine'\"."
    assert double_quoted(nested) == nested  # single marks inside double ones are left


def test_a_crowd_that_reacted_with_fury_takes_against():
    text = "Brackley Council will close three of its seven libraries.\n\nResidents reacted with fury."
    assert [i.stance_cue for i in extract(article(text)).items if i.speaker == "Residents"] == ["against"]


@pytest.mark.parametrize(("paragraph", "speaker", "cue"), [
    ("Residents reacted with fury. 'This is a disgrace,' said pensioner Margaret Cole, 81.", "Margaret Cole",
     "against"),
    ('But some of Hale\'s supporters defended him. "He\'s saying what a lot of parents think," said rally-goer Tom '
     "Briggs.", "Tom Briggs", "favor"),
])
def test_one_of_the_public_quoted_where_a_crowds_side_is_told_takes_it(paragraph, speaker, cue):
    text = f"Senator Marcus Hale described teachers as lazy at a rally on Saturday.\n\n{paragraph}"
    assert cues_by_speaker(text)[speaker] == cue


def test_a_headline_that_drops_the_auxiliary_of_a_response_targets_what_it_answers():
    text = ("Zoo criticised over plan to sell naming rights to baby elephant\n"  # a page's text opens with its <h1>
            "Westfield Zoo has said it will auction the right to name its newborn elephant calf.\n"
            '"Crass and exploitative," one visitor wrote on X.')
    result = extract(article(text))
    assert result.target == "Westfield Zoo's plan to sell naming rights to baby elephant"


@pytest.mark.parametrize(("sentence", "platform", "cue"), [
    ("The hashtag #WhitfieldOut trended on X on Monday.", "twitter", "against"),
    ("By Tuesday, #IStandWithDana was trending as supporters rallied behind the mayor.", None, "favor"),
])
def test_a_hashtag_that_trends_is_a_reaction_of_social_media_users_with_its_words_side(sentence, platform, cue):
    text = f"Mayor Dana Whitfield has raised bus fares by 40 percent.\n\n{sentence}"
    [item] = extract(article(text)).items
    assert (item.kind, item.speaker) == ("reaction", "social media users")
    assert (item.platform, item.stance_cue) == (platform, cue)


def test_posts_shown_as_text_after_a_crowds_told_side_take_it_as_embeds_do():
    text = ("Sportswear company Pulsewear has launched an advert telling women to earn their summer body.\n\n"
            "Many shoppers slammed the campaign on social media.\n\n"
            "Every body is a summer body. Shame on you @Pulsewear\n"
            "— Laura Benn (@laurabenn) June 3, 2025")
    [post] = [i for i in extract(article(text)).items if i.handle]
    assert post.stance_cue == "against"


def test_posts_listed_as_lines_that_open_with_a_handle_are_reactions_with_the_crowds_side():
    text = ("Vidora will raise the price of its standard plan from £10.99 to £12.99 a month.\n\n"
            "Subscribers vented their frustration online. Here is some of what they said:\n\n"
            "@bingewatcher_uk: Three rises in two years. Cancelled today.\n\n"
            "@sarahj: £13 a month for a service that cancels every show I like? No.\n\n"
            "Email the newsroom at news@post.example: we read every message.")
    posts = [i for i in extract(article(text)).items if i.handle]
    assert [(i.speaker, i.text, i.speaker_role, i.stance_cue) for i in posts] == [
        ("@bingewatcher_uk", "Three rises in two years. Cancelled today.", "public", "against"),
        ("@sarahj", "£13 a month for a service that cancels every show I like? No.", "public", "against")]


def test_a_line_that_announces_the_posts_carries_the_crowds_side_told_in_the_lead_to_them():
    text = ("Pulsewear has withdrawn an advert telling women to earn their summer body after it was widely "
            "criticised on social media.\n\n"
            "The campaign featured billboards across London.\n\n"
            "Here is how people reacted:\n\n"
            "Every body is a summer body. Shame on you @Pulsewear\n"
            "— Laura Benn (@laurabenn) June 3, 2025")
    items = extract(article(text)).items
    [crowd] = [i for i in items if i.speaker == "social media users"]
    [post] = [i for i in items if i.handle]
    assert (crowd.kind, crowd.stance_cue, post.stance_cue) == ("reaction", "against", "against")
    # without the announcing line the narrative between ends the run
    assert [i for i in extract(article(text.replace("Here is how people reacted:\n\n", ""))).items
            if i.handle][0].stance_cue is None


def test_a_headline_that_names_the_subject_by_title_at_the_texts_top_gives_the_person():
    text = ("Mayor slammed for decision to close libraries\n\n"
            "Mayor Dana Whitfield will close three of the city's libraries.\n\n"
            '"Worst decision ever," one resident wrote on X.')
    result = extract(article(text))
    assert result.subject == "Dana Whitfield"
    assert result.target == "Dana Whitfield's closing three of the city's libraries"
    assert [(i.speaker, i.kind) for i in result.items] == [("one resident", "reaction")]


@pytest.mark.parametrize(("lead", "target"), [
    ("Taylor Swift's new album has been criticised by fans for its short running time.", "Taylor Swift's new album"),
    ("Ryanair's new seat policy has sparked anger among passengers.", "Ryanair's new seat policy"),
    ("Starbucks is facing calls for a boycott over its decision to close 200 stores.",
     "Starbucks' decision to close 200 stores"),  # what the calls answer, not what they call for
])
def test_what_of_the_subjects_met_the_response_is_the_target(lead, target):
    assert extract(article(f'{lead}\n\n"Absolutely ridiculous," one fan wrote on X.')).target == target


def test_a_lead_that_describes_its_actor_gives_the_person_named_next_and_the_description_stays_theirs():
    text = ("MP criticised after calling nurses' strike \"greedy\"\n\n"
            "A Conservative MP has been criticised after describing striking nurses as \"greedy\".\n\n"
            "Harold Finch, MP for North Wexley, told a local radio station the strike was wrong.\n\n"
            '"I have enormous respect for nurses, but this strike is greedy," he said.\n\n'
            "Labour's health spokesperson said the MP should apologise.\n\n"
            '"Nurses are using food banks," one person wrote on X.')
    result = extract(article(text))
    assert result.subject == "Harold Finch"
    kinds = {(i.speaker, i.kind) for i in result.items}
    assert kinds == {("Harold Finch", "subject_statement"), ("Labour's health spokesperson", "reaction"),
                     ("one person", "reaction")}  # the unstopped headline line is no one's statement


@pytest.mark.parametrize("introduction", ["Burger Barn's chief marketing officer, Tina Gold",
                                          "Burger Barn's community manager, Tina Gold"])
def test_a_bodys_officer_or_manager_named_after_a_comma_speaks_for_the_body(introduction):
    text = ("Burger Barn is bringing back its Smokehouse Stack burger, the chain announced on Monday.\n\n"
            f'"Our fans have asked for it every single day," said {introduction}.\n\n'
            '"Best news all year," one fan wrote on X.')
    assert kinds_by_speaker(text) == {"chain": "subject_statement", "Tina Gold": "subject_statement",
                                      "one fan": "reaction"}


def test_what_a_subject_pulls_after_a_crowd_answers_is_the_target_not_the_pulling():
    text = ("Skincare brand Glowe pulls TikTok ad after viewers call it \"body shaming\"\n\n"
            "The clip was viewed three million times before it was taken down.\n\n"
            '"Imagine telling women their arms are a problem," one TikTok user commented.')
    assert extract(article(text)).target == "Glowe's TikTok ad"
    # pulling with no response after it is the subject's own deed
    assert extract(article(text.replace("after viewers call it \"body shaming\"", "from its channels"))).target \
        != "Glowe's TikTok ad"


def test_the_deed_that_names_a_described_actor_is_the_target_when_the_lead_tells_the_response():
    text = ("A headteacher who banned mobile phones from her school has received an outpouring of support after "
            "some parents complained.\n\n"
            "Headteacher Claire Denton told parents last week that pupils would lock their phones away.\n\n"
            '"Children managed for centuries without phones," one mother wrote on Facebook.')
    assert extract(article(text)).target == "Claire Denton's banning mobile phones from her school"
    # a relative clause after a comma is background, not the deed the response met
    aside = text.replace("A headteacher who banned mobile phones from her school has received an outpouring of "
                         "support after some parents complained.",
                         "A headteacher, who banned mobile phones from her school last year, has received an award.")
    assert "banning" not in extract(article(aside)).target


def test_a_gloss_between_commas_inside_the_told_deed_is_left_out_of_the_target():
    text = ("Ironvale Studios is facing a wave of anger from players after it announced that Skyforge Legends, its "
            "free-to-play game, will limit how many dungeons players can run each day.\n\n"
            '"This is a cash grab," one Redditor wrote.')
    assert extract(article(text)).target == ("Ironvale Studios' announcing that Skyforge Legends will limit how many "
                                             "dungeons players can run each day")


def test_a_built_thing_that_reopens_is_nobodys_action_so_its_officials_react_to_nothing():
    text = ("Harbour Bridge reopens after six-month repair\n\n"
            "The Harbour Bridge reopened to traffic on Monday morning after six months of repairs.\n\n"
            '"The bridge is safe, stronger and ready for another 50 years," said Transport Department project '
            "director Glenn Howe.")
    result = extract(article(text))
    assert result.subject is None
    assert [(i.speaker, i.kind) for i in result.items] == [("Glenn Howe", "other_target")]


@pytest.mark.parametrize(("text", "subject"), [
    ("Settle-Carlisle Railway reopens after landslip repairs\n\n"
     "The Settle-Carlisle Railway reopened on Monday after eight weeks of repairs to a landslip.", None),
    ("Central Railway to add 14 trains on Mumbai-Pune corridor\n\n"
     "MUMBAI: The Central Railway will introduce 14 new services on the Mumbai-Pune route from July 1, officials "
     "said on Monday.", "Central Railway"),
    ("Bluebell Railway bans dogs from its trains\n\n"
     "The Bluebell Railway has banned dogs from its carriages after a spate of complaints.", "Bluebell Railway"),
])
def test_a_railway_that_does_something_runs_trains_one_that_reopens_is_a_thing(text, subject):
    assert extract(article(text)).subject == subject


@pytest.mark.parametrize("dateline", ["MUMBAI:", "NEW DELHI:", "LONDON -", "OTTAWA (CP) —",
                                      "PHILADELPHIA, July 29 (UPI) —"])
def test_a_dateline_is_no_part_of_the_lead(dateline):
    text = (f"{dateline} The state transport department will raise bus fares by 10 per cent from June, officials "
            "said on Monday.")
    assert extract(article(text, title="Fares to rise from June")).subject == "the state transport department"


@pytest.mark.parametrize(("headline", "target"), [
    ("Rangiwai College scraps compulsory blazer after whānau raise cost concerns",
     "Rangiwai College's scrapping compulsory blazer"),
    ("Rangiwai College scraps compulsory blazer following complaints",
     "Rangiwai College's scrapping compulsory blazer"),
    ("Rangiwai College closes its library after dark", "Rangiwai College's closing its library after dark"),
])
def test_what_a_headlines_deed_answers_is_no_part_of_it_but_a_time_that_bounds_it_is(headline, target):
    text = "The school board voted on Monday night to make the change from Term 1."
    assert extract(article(text, title=headline)).target == target


def test_a_body_named_in_full_in_the_lead_keeps_its_kind_and_its_director_and_spokesperson_speak_for_it():
    text = ("The Port Arnell Museum of Natural History will close its Hall of Ancient Life on Jan. 6 for an "
            "18-month renovation, the museum announced Wednesday.\n\n"
            "Museum director Élise Fortier said the work would replace the hall's original lighting.\n\n"
            "Museum spokesperson Jordan Tremblay said the rest of the building will remain open.")
    result = extract(article(text, title="Port Arnell museum to close dinosaur hall for 18-month renovation"))
    assert result.subject == "Port Arnell Museum of Natural History"
    assert {i.speaker: i.kind for i in result.items if i.speaker != "museum"} == {
        "Élise Fortier": "subject_statement", "Jordan Tremblay": "subject_statement"}


def test_a_school_boards_chair_speaks_for_the_school_and_she_is_not_the_share_of_parents_she_cites():
    text = ("Parents at Rangiwai College will no longer have to buy a $189 blazer, after the school board voted on "
            "Monday night to make the item optional.\n\n"
            "Board chair Mere Tawhiri said the decision followed a survey in which more than 60 per cent of "
            'parents said uniform costs were a strain. "Nobody should be choosing between a blazer and the power '
            'bill," she said.\n\n'
            '"Good on them," said grandmother Ana Rewi.')
    result = extract(article(text, title="Rangiwai College scraps compulsory blazer"))
    assert {(i.speaker, i.quoted): i.kind for i in result.items} == {
        ("Mere Tawhiri", False): "subject_statement", ("Mere Tawhiri", True): "subject_statement",
        ("Ana Rewi", True): "reaction"}


def test_a_quote_given_with_someone_saying_it_takes_the_side_of_the_verb_it_hangs_on():
    text = ("Marlow Police Department will send clinicians to some 911 calls under a pilot announced Thursday.\n\n"
            "The Marlow Police Officers' Association also endorsed the plan, with association president Dave Kessler "
            'saying officers "have been asking for this for years."')
    assert cues_by_speaker(text, title="Marlow police to send clinicians to some 911 calls")["Dave Kessler"] == "favor"


def test_what_a_plan_is_set_against_is_no_part_of_its_target():
    text = "Some 911 calls will be answered by clinicians under a pilot announced Thursday by the Marlow police."
    result = extract(article(text, title="Marlow police to send mental-health clinicians, not officers, to some "
                                         "911 calls"))
    assert result.target == "the Marlow police's plan to send mental-health clinicians to some 911 calls"
    assert result.items == []  # calls that will be answered are nobody's reaction yet


def test_a_streaming_service_described_by_where_it_is_based_speaks_through_its_chief_and_that_description():
    text = ("Streaming service Glasshouse Play has reversed its decision to remove its Irish-language children's "
            "programmes, just nine days after announcing the cut.\n\n"
            "The Dublin-based platform, which has around 310,000 subscribers, said last week that the 140 titles "
            "would be withdrawn at the end of the month because of low viewing figures.\n\n"
            '"We got this wrong," said Glasshouse chief executive Ronan Devlin.\n\n'
            "Máire Ní Fhlatharta, spokeswoman for the parents' group Teanga Bheo, said the U-turn was \"a victory for "
            'every parent who picked up the phone\".')
    result = extract(article(text, title="Streaming service U-turns on plan to drop Irish-language children's shows"))
    assert {i.speaker: i.kind for i in result.items} == {
        "Dublin-based platform": "subject_statement", "Ronan Devlin": "subject_statement",
        "Máire Ní Fhlatharta": "reaction"}


def test_another_owners_business_manager_does_not_speak_for_the_subject():
    councillor = ("Councillor Joe Byrne has objected to a late licence for a restaurant on Main Street.\n\n"
                  "Owner Pat Kelly said her restaurant had never had a complaint. Restaurant manager Tom Walsh "
                  'said the objection was "nonsense".')
    assert kinds_by_speaker(councillor, title="Councillor objects to late licence")["Tom Walsh"] == "reaction"


@pytest.mark.parametrize(("lead", "kept"), [
    ("The Government has divided the country into three zones after reviewing rising flu cases.",
     "dividing the country into three zones"),
    ("Dublin Airport will ground all flights for 30 minutes after any incident involving drones.",
     "after any incident involving drones"),
])
def test_a_deed_that_divides_or_answers_each_event_keeps_its_words(lead, kept):
    assert kept in extract(article(lead, title="New rules announced")).target


@pytest.mark.parametrize(("text", "speaker"), [
    ("Clare County Council has cut funding for the town's fire station.\n\n"
     'The Fire Brigades Union condemned the cuts. Spokesman Dave Kerr said: "This puts lives at risk."', "Dave Kerr"),
    ("Clare County Council has cut funding for the town's fire station.\n\n"
     'At the Brown Thomas department store on the square, store manager Orla Nolan said: "Footfall will fall."',
     "Orla Nolan"),
    ("Streaming service Glasshouse Play has dropped its children's shows.\n\n"
     "Rival developer Pixelfarm criticised the move. The Cork-based company said it was a mistake.",
     "Cork-based company"),
])
def test_a_bare_title_or_description_just_after_another_body_is_that_bodys(text, speaker):
    assert kinds_by_speaker(text, title="Cuts announced").get(speaker) != "subject_statement"


def test_a_structure_that_carries_traffic_does_nothing():
    text = ("The Harbour Bridge carries 160,000 vehicles a day. Transport for NSW will close it for three weekends "
            "of repairs.")
    assert extract(article(text, title="Harbour Bridge to close for three weekends")).subject != "Harbour Bridge"


@pytest.mark.parametrize(("headline", "kept"), [
    ("Limerick council to name Shannon footbridge after hurling legend Éamonn Cregan", "after hurling legend"),
    ("State to monitor all sex offenders following their release from prison", "following their release"),
])
def test_an_after_phrase_that_is_part_of_the_deed_stays_in_the_target(headline, kept):
    assert kept in extract(article("The plan was approved on Monday.", title=headline)).target


def test_a_post_before_the_name_beside_it_is_no_name():
    text = ("Social network Yarnit has opened its first West African office in Lagos.\n\n"
            "Speaking at the launch, Yarnit's Country Director for Nigeria, Mrs Folake Danjuma-Ilori, said the "
            'company saw Nigeria as "one of the most creative digital markets in the world".')
    assert kinds_by_speaker(text, title="Yarnit opens Lagos office") == {"Folake Danjuma-Ilori": "subject_statement"}


def test_another_bodys_kind_word_or_business_is_not_the_subjects():
    hospital = ("St Vincent's University Hospital has banned visitors for two weeks because of a flu outbreak.\n\n"
                "The Mater Hospital said it had no plans to follow. Mater hospital spokesperson Ann Ryan said: "
                '"Families are part of care."')
    assert kinds_by_speaker(hospital, title="St Vincent's Hospital bans visitors")["Ann Ryan"] != "subject_statement"
    hotel = ("Councillor Joe Byrne has objected to a planning application by hotelier Tom Kelly to extend his hotel on "
             'the seafront.\n\nHotel manager Anne Ryan said the objection was "baffling".')
    assert kinds_by_speaker(hotel, title="Councillor objects to hotel plan")["Anne Ryan"] == "reaction"


def test_a_deed_told_after_the_row_it_sparked_stays_in_the_target():
    text = "Food critic Giles Barton has sparked a row after giving a Galway restaurant a one-star review."
    assert extract(article(text, title="Critic's review sparks row")).target == (
        "Giles Barton's sparking a row after giving a Galway restaurant a one-star review")


def test_a_unions_secretary_general_named_by_its_acronym_speaks_for_it():
    text = ("Teachers have downed tools after the Kenya Union of Public School Teachers (KUPST) called a nationwide "
            "strike over a delayed pay deal.\n\n"
            'KUPST secretary-general Peter Oduya-Masila says the strike is "on and total".\n\n'
            'Parent Grace Wanjiku says: "Every day lost is a day he cannot get back."')
    assert kinds_by_speaker(text, title="Teachers down tools nationwide as KUPST strike begins") == {
        "Peter Oduya-Masila": "subject_statement", "Grace Wanjiku": "reaction"}


def test_a_lead_that_tells_the_support_divided_targets_the_deed_that_divided_it():
    text = ("Inverbrae Athletic owner Malcolm Dunmore has divided the club's support after confirming plans to leave "
            "Glenfoot Park, the club's home since 1908, for a new stadium on the edge of town.")
    assert extract(article(text, title="Dunmore's Glenfoot move splits Inverbrae support")).target == (
        "Malcolm Dunmore's plans to leave Glenfoot Park")


def test_a_person_whose_surname_is_a_post_keeps_it_and_a_party_before_a_councils_kind_is_no_body():
    judge = ("The HSE has closed the day centre at St Anne's.\n\n"
             'Mary Judge, Chief Executive of Dr Steevens\' Trust, said the closure was "a disgrace".')
    assert set(kinds_by_speaker(judge, title="HSE closes day centre")) == {"Mary Judge"}
    council = ("Kent County Council has raised council tax by 4.99%.\n\n"
               'Conservative council leader Roger Gough said the rise was "needed to protect services".')
    assert kinds_by_speaker(council, title="Kent council tax to rise")["Roger Gough"] == "subject_statement"


def test_members_quoted_in_their_bodys_told_sentence_take_its_side():
    text = ("Riverton council will move the school start to 8:45 a.m.\n\n"
            'Parents welcomed the move, with many mothers saying: "My kids will finally get some sleep."')
    assert cues_by_speaker(text, title="Council moves school start").get("many mothers") == "favor"


def test_a_protest_residents_will_hold_is_their_reaction():
    text = ("Riverton council has closed the Elm Street library.\n\n"
            "Hundreds of residents will protest outside the town hall on Saturday.")
    assert "reaction" in kinds_by_speaker(text, title="Council closes library").values()


def test_a_mayor_speaks_for_the_town_the_lead_names_as_a_city_of():
    text = ("Halvorsen cancels Winter Lights parade\n\n"
            "The city of Halvorsen has cancelled its Winter Lights parade for the first time in 40 years.\n\n"
            '"It breaks my heart, but we have to put taxpayers first," said Mayor Ellen Park.\n\n'
            '"We will lose thousands," said Maria Costa, who runs a cafe.')
    assert kinds_by_speaker(text) == {"Ellen Park": "subject_statement", "Maria Costa": "reaction"}


@pytest.mark.parametrize(("told", "side"), [
    ("The decision did not go down well with residents.", "against"),
    ("The decision went down badly with many fans.", "against"),
    ("The decision went down well with residents.", "favor"),
    ("The decision did not go down well in Moscow.", None),  # no crowd took it
])
def test_how_the_news_went_down_with_a_crowd_is_the_side_of_the_posts_it_introduces(told, side):
    text = ("Halvorsen cancels Winter Lights parade\n\n"
            "The city of Halvorsen has cancelled its Winter Lights parade.\n\n"
            f"{told} Here are some of the reactions:\n\n"
            "Forty years of tradition gone because the council cannot manage a budget.\n"
            "— Tom Reilly (@tomreilly) November 12, 2025")
    [post] = [i for i in extract(article(text)).items if i.handle]
    assert post.stance_cue == side


def test_a_measure_named_with_the_subject_is_the_target_and_a_body_named_after_it_is_not_the_subject_acting():
    text = ("A new Texas law that lets residents carry handguns without a license took effect on Wednesday.\n\n"
            "Texas is the 21st state to drop the permit.\n\n"
            "The Texas State Rifle Association hailed the law as a victory for law-abiding citizens.\n\n"
            '"We will be encountering more people carrying guns who have had no training," one police chief said.')
    assert extract(article(text)).target == "Texas' new law that lets residents carry handguns without a license"
    # without the lead's law, the association's hailing is not the state's deed
    without = text.replace("A new Texas law that lets residents carry handguns without a license took effect on "
                           "Wednesday.\n\n", "")
    assert not extract(article(without)).target.startswith("Texas' hailing")


def test_a_fashion_label_is_a_body_whose_founder_speaks_for_it():
    text = ("Fashion label Norte has been slammed online after it launched a campaign called \"Sweatshop Chic\".\n\n"
            '"We respect the strong feelings this has raised," said Norte\'s founder, Pablo Vidal.\n\n'
            '"It is just cruel," one user wrote on TikTok.')
    kinds = kinds_by_speaker(text)
    assert (kinds["Pablo Vidal"], kinds["one user"]) == ("subject_statement", "reaction")


def test_a_subject_named_beside_their_title_acts_through_it():
    text = ("The Chancellor, Rachel Adeyemi, has announced that private school fees will be subject to 20% VAT.\n\n"
            "Ms Adeyemi said the money would pay for new teachers.\n\n"
            'The Independent Schools Council said the tax was "deeply unfair" and would close small schools.')
    result = extract(article(text, title="Private school fees to rise"))
    assert result.target == "Rachel Adeyemi's announcing that private school fees will be subject to 20% VAT"
    # the council's "the tax" points back at that deed (it was about another matter beside the bare name)
    assert {i.speaker: i.kind for i in result.items}["Independent Schools Council"] == "reaction"


def test_a_name_glossed_between_commas_inside_the_told_deed_is_left_out_of_the_target():
    text = ("Pixelbox has confirmed that its new console, the Pixelbox Two, will need an internet connection to play "
            "any game.\n\n"
            '"No thanks," one Redditor wrote.')
    assert extract(article(text)).target == ("Pixelbox's confirming that its new console will need an internet "
                                             "connection to play any game")


def test_signs_a_crowd_carries_are_the_crowds_words_with_its_side():
    text = ("The Millford Public Library held its first drag story hour on Saturday.\n\n"
            'About 200 protesters gathered across the street, some carrying signs that read "Protect our kids."\n\n'
            '"Kids love it," said Amy Chen, who brought her two daughters.')
    [sign] = [i for i in extract(article(text)).items if i.text == "Protect our kids."]
    assert (sign.speaker, sign.stance_cue) == ("protesters", "against")
    # a sign nobody is said to carry is still the sign's
    plain = text.replace("About 200 protesters gathered across the street, some carrying signs that read",
                         "Outside, one sign read")
    assert [i.speaker for i in extract(article(plain)).items if i.text == "Protect our kids."] == ["one sign"]


@pytest.mark.parametrize("sentence", [
    "The council voted to ban cars from the high street, drawing praise from cyclists and alarm from shop owners.",
    "The council's car ban drew praise from cyclists but anger from shop owners.",
    "The council's car ban drew praise from cyclists - and criticism from shop owners.",
])
def test_two_responses_in_one_sentence_are_two_reactions_each_with_its_people_and_side(sentence):
    items = extract(article(f"{sentence}\n\nThe council said the ban starts in May.")).items
    assert {(i.speaker, i.stance_cue) for i in items if i.kind == "reaction"} == {
        ("cyclists", "favor"), ("shop owners", "against")}


def test_people_joined_under_one_response_stay_one_crowd():
    items = extract(article("The council's car ban drew praise from cyclists and walkers.")).items
    assert [(i.speaker, i.stance_cue) for i in items] == [("cyclists and walkers", "favor")]


def test_a_speaker_glossed_between_commas_before_a_posting_verb_is_still_its_subject():
    text = ("Vue+ has cancelled its drama The Hollow Crown after one season.\n\n"
            "Singer Leona Brooks, a self-described superfan, posted on Instagram: \"Cancelling the best thing on TV? "
            "Cancelling my subscription too.\"")
    assert [(i.speaker, i.platform) for i in extract(article(text)).items] == [("Leona Brooks", "instagram")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Residents of Oakford said the closure would hit elderly people hardest.", "Residents of Oakford"),
    ("Parents at Millbrook Academy said the closure would hit families hardest.", "Parents at Millbrook Academy"),
    ("Readers of TheBlaze were quick to condemn the closure.", "Readers of TheBlaze"),
])
def test_a_crowd_of_a_place_or_body_is_the_crowd_not_the_place(sentence, speaker):
    text = f"FreshCo will close the village's only supermarket next month.\n\n{sentence}"
    assert [i.speaker for i in extract(article(text)).items if i.kind == "reaction"] == [speaker]


def test_a_brand_spelled_like_no_common_noun_is_the_subject_and_a_body():
    text = ("Streaming giant Vue+ has cancelled its fantasy drama The Hollow Crown after a single season.\n\n"
            'Vue+ said the show "did not reach the audience we needed."\n\n'
            'Director Ava Marsh called the decision "short-sighted and cowardly."')
    result = extract(article(text))
    assert (result.subject, [i.kind for i in result.items]) == ("Vue+", ["subject_statement", "reaction"])
    closing = ("Residents of Oakford say they feel abandoned after FreshCo announced it will close the village's "
               "only supermarket.\n\n"
               "The company said the store had been losing money for three years.\n\n"
               "FreshCo will offer all 14 staff jobs at other stores.")
    result = extract(article(closing))
    assert result.subject == "FreshCo"
    assert {i.speaker: i.kind for i in result.items}["company"] == "subject_statement"


@pytest.mark.parametrize(("lead", "target"), [
    ("The Medicines Regulatory Agency has approved a daily weight-loss pill for children aged 12 and over.",
     "Medicines Regulatory Agency's approving a daily weight-loss pill for children aged 12 and over"),
    ("The Riverton council has approved a plan to turn the golf course into housing.",
     "the Riverton council's plan to turn the golf course into housing"),  # an enacted measure is its own
])
def test_approving_a_thing_is_the_deed_and_an_age_is_no_date(lead, target):
    assert extract(article(f'{lead}\n\n"This is premature," one doctor said.')).target == target


@pytest.mark.parametrize(("finding", "side"), [
    ("found 58% of adults opposed prescribing weight-loss drugs to under-18s", "against"),
    ("found that 61 percent of voters supported the approval", "favor"),
    ("found that 28 percent of voters supported the approval", None),  # a minority takes no side for the public
    ("found that 73 percent of doctors who had opposed the pill now back it", None),
])
def test_a_poll_gives_the_side_of_the_majority_it_found(finding, side):
    text = ("The Medicines Regulatory Agency has approved a weight-loss pill for teenagers.\n\n"
            f"A YouGov poll published on Thursday {finding}.")
    [poll] = [i for i in extract(article(text)).items if i.speaker == "YouGov poll"]
    assert poll.stance_cue == side


@pytest.mark.parametrize("text", [
    '"Who is going to pay for this?" Mr. Trump said on Monday.',
    '"That is all there is!" Trump said.',
    '"Is that all there is?" Trump said. "We need a new President."',
])
def test_a_quoted_question_or_cry_with_its_speaker_after_is_attributed(text):
    assert [i.speaker for i in extract(article(text)).items] == ["Trump"]


def test_a_quoted_question_before_another_sentence_is_not_that_sentences_words():
    items = extract(article('"Who is going to pay for this?" Hillary Clinton won the vote on Tuesday.')).items
    assert items == []


def test_telling_people_that_a_rule_will_apply_keeps_the_rule_in_the_target():
    text = ("Claire Denton, head of Millbrook Academy, told parents last week that pupils would have to lock their "
            "phones in pouches at the start of each day from September.\n\n"
            '"Children managed for centuries without phones," one mother wrote on Facebook.')
    assert extract(article(text)).target == ("Claire Denton's telling parents that pupils would have to lock their "
                                             "phones in pouches")


def test_a_third_who_pens_a_post_is_one_more_of_those_quoted_and_an_x_user_posts_on_twitter():
    text = ("Kellmart will remove self-checkout tills from 300 stores.\n\n"
            'One X user wrote: "Great, so now I get to queue for 20 minutes to buy a sandwich."\n\n'
            'Another added: "Self-checkouts were the only thing that made Kellmart bearable."\n\n'
            'A third penned: "Bring back the human touch? You sacked half the staff last year."')
    items = extract(article(text)).items
    assert [i.speaker for i in items] == ["One X user", "another user", "a third user"]
    assert items[0].platform == "twitter"


def test_an_advert_by_a_body_branded_by_critics_is_the_bodys_and_its_founders_speak_for_an_app():
    text = ('An advert by budget airline SkyHop has been branded "tone deaf" by critics after it joked about lost '
            "luggage.\n\n"
            'Consumer group Which? said the advert was "in poor taste".\n\n'
            'A SkyHop spokesperson said: "This is a light-hearted ad and we apologise to anyone who was offended."')
    result = extract(article(text))
    assert (result.subject, result.target) == ("SkyHop", "SkyHop's advert")
    assert [i.kind for i in result.items] == ["reaction", "subject_statement"]
    app = ("Photo-editing app Lumo has divided users after it announced that its tools will require a subscription.\n\n"
           '"We want to look after the people who backed us," said Lumo\'s co-founder, Ines Carvalho.')
    assert kinds_by_speaker(app) == {"Ines Carvalho": "subject_statement"}


@pytest.mark.parametrize(("introduction", "kind"), [
    ("Gov. Jerry Brown", "subject_statement"),
    ("California Gov. Jerry Brown", "subject_statement"),
    ("Former Gov. Jerry Brown", "reaction"),
    ("New Mexico Gov. Jerry Brown", "reaction"),
])
def test_a_states_governor_speaks_for_the_state_but_not_a_former_or_another_states(introduction, kind):
    text = ("California's plan to raise its minimum wage to $15 an hour by 2022 would put the state in uncharted "
            "territory.\n\n"
            f'"I hope that what is in California spreads all across the country," {introduction} said.\n\n'
            "California lawmakers still have to vote on the plan.")
    assert kinds_by_speaker(text) == {"Jerry Brown": kind}


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Keith Hutto, a plumbing contractor, blamed George W. Bush for the housing collapse.", "other_target"),
    ("Keith Hutto, a plumbing contractor, blamed Donald Trump for the housing collapse.", "reaction"),
])
def test_blaming_or_endorsing_someone_else_is_about_another_matter(sentence, kind):
    text = f"Donald Trump rallied supporters in Iowa on Monday.\n\nTrump promised to bring back jobs.\n\n{sentence}"
    assert kinds_by_speaker(text)["Keith Hutto"] == kind


def test_a_body_whose_deed_its_officer_announces_is_the_subject_and_a_surname_particle_is_no_first_name():
    text = ("The Scottish government will extend its cap on private rent increases for another three years, Housing "
            "Secretary Màiri Ní Bhraonáin announced on Tuesday.\n\n"
            '"Tenants cannot afford another big rise," Ms Ní Bhraonáin said.\n\n'
            'The Scottish Association of Landlords warned the extension would be "the final straw".')
    result = extract(article(text))
    assert (result.subject, result.target) == (
        "the Scottish government", "the Scottish government's extending its cap on private rent increases")
    assert {(i.speaker, i.kind) for i in result.items} == {
        ("Màiri Ní Bhraonáin", "subject_statement"), ("Ní Bhraonáin", "subject_statement"),
        ("Scottish Association of Landlords", "reaction")}


def test_a_body_the_lead_calls_by_its_kind_is_the_one_its_followers_are_named_after():
    text = ("Arsenal fans turn on club over ticket price rise\n\n"
            "Arsenal supporters have reacted furiously after the club announced a 7% rise in season ticket prices.\n\n"
            "The cheapest adult season ticket will now cost £1,073.\n\n"
            "Fan groups plan a protest before Saturday's game.\n\n"
            "An Arsenal spokesperson said the club had frozen prices for three seasons.")
    result = extract(article(text))
    assert (result.subject, result.target) == ("Arsenal", "Arsenal's 7% rise in season ticket prices")
    assert {i.speaker: i.kind for i in result.items}["Arsenal spokesperson"] == "subject_statement"


@pytest.mark.parametrize("judgement", ["tone deaf", "short sighted"])
def test_a_judgement_compound_written_open_takes_its_side(judgement):
    text = ("Arsenal will raise season ticket prices by 7%.\n\n"
            f'The Arsenal Supporters\' Trust called the increase "{judgement}" at a time of hardship.')
    [trust] = [i for i in extract(article(text)).items if i.speaker == "Arsenal Supporters' Trust"]
    assert trust.stance_cue == "against"


@pytest.mark.parametrize(("said", "kind", "side"), [
    ("it would organise a protest before Saturday's home game", "reaction", "against"),
    ("it would not organise a protest before Saturday's home game", "other_target", None),
])
def test_a_group_that_will_hold_a_protest_reacts_against_the_news(said, kind, side):
    text = ("Arsenal will raise season ticket prices by 7% next season.\n\n"
            f"Fan group Black Scarf Movement said {said}.")
    [group] = [i for i in extract(article(text)).items if i.speaker == "Black Scarf Movement"]
    assert (group.kind, group.stance_cue) == (kind, side)


def test_a_headlines_bare_kind_is_the_body_the_lead_names_and_its_kind_introduces_its_staff():
    text = ("The National Gallery of Wessex has been criticised after it began charging visitors £25 to see its most "
            "famous painting.\n\n"
            "The gallery's director, Helen Moss, said the charge would pay for urgent repairs.\n\n"
            '"It is a paywall on our shared history," said student Leo Marsh.')
    result = extract(article(text, title="Museum criticised for charging £25 entry to see famous painting"))
    assert (result.subject, result.target, result.headline_side) == (
        "National Gallery of Wessex",
        "National Gallery of Wessex's charging visitors £25 to see its most famous painting", "against")
    assert {i.speaker: i.kind for i in result.items} == {"Helen Moss": "subject_statement", "Leo Marsh": "reaction"}


def test_a_plan_by_someone_approved_by_a_committee_is_the_planners():
    text = ("Plans by Mayor Tom Ricci to charge drivers £5 a day to enter the city centre have been approved by the "
            "city's transport committee.\n\n"
            '"Cleaner air and better buses: that is a deal most people will take," Ricci said.\n\n'
            'Drivers\' group FairFuel called the plan "a tax on working people".')
    result = extract(article(text))
    assert (result.subject, result.target) == (
        "Tom Ricci", "Tom Ricci's plans to charge drivers £5 a day to enter the city centre")
    assert {i.speaker: i.kind for i in result.items} == {"Ricci": "subject_statement", "FairFuel": "reaction"}



def test_a_name_right_after_said_speaks_a_quote_before_it_whatever_the_parser_hangs_it_on():
    text = ('"What is shaping up is a battle for the ages," said David Brock, a Clinton confidant who heads the '
            "super PAC Correct the Record.")
    assert [i.speaker for i in extract(article(text)).items] == ["David Brock"]


@pytest.mark.parametrize(("before", "speaker"), [
    ("Sam Lau, the party's communications director, said in a statement.", "Sam Lau"),
    ("The mayor said the plan was fair.", "mayor"),  # a quote after one's reported words goes on with them
    ("The mayor was furious.", None),  # a sentence that reports no speaking introduces no quote
])
def test_a_quote_after_a_sentence_that_only_reports_speaking_is_that_speakers(before, speaker):
    text = f'{before} "There are no paper ballots to recount. The caucuses were a unique event."'
    assert [i.speaker for i in extract(article(text)).items if i.quoted] == ([speaker] if speaker else [])


def test_a_body_named_after_its_description_in_a_passive_lead_is_the_subject_and_the_headlines_kind():
    text = ("Budget supermarket chain Kwikmart has been slammed by shoppers after announcing a pay rise of just 2p an "
            "hour for its staff.\n\n"
            "The shop workers' union Usdaw described the rise as 'derisory'.")
    result = extract(article(text, title="Supermarket slammed over 'insulting' 2p pay rise for staff"))
    assert (result.subject, result.headline_side) == ("Kwikmart", "against")
    assert [(i.speaker, i.stance_cue) for i in result.items if i.speaker == "Usdaw"] == [("Usdaw", "against")]


def test_a_body_the_lead_describes_is_the_one_the_next_line_names_acting():
    text = ("A popular cafe in Bristol has banned laptops at weekends, and customers are split.\n\n"
            "The Daily Grind on Gloucester Road put up a sign last Saturday.\n\n"
            'Regulars were divided. "Love it. A cafe should be for conversation," wrote one on Instagram.')
    result = extract(article(text, title="Cafe's 'no laptops' rule divides customers"))
    assert (result.subject, result.target) == ("Daily Grind", "Daily Grind's banning laptops at weekends")
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("one", "reaction")]


def test_a_headlines_government_is_the_government_and_a_former_minister_is_not_its_voice():
    text = ("MPs have voted in favour of the government's plan to ban the sale of tobacco to anyone born after 2009."
            "\n\nHealth Secretary Victoria Atkins told the Commons the measure would create \"the first smoke-free "
            "generation\".\n\n"
            'But former prime minister Liz Truss called the ban "profoundly unconservative".')
    result = extract(article(text, title="Government's smoking ban passes Commons vote"))
    assert result.subject == "the government"
    assert {i.speaker: i.kind for i in result.items} == {"Victoria Atkins": "subject_statement",
                                                         "Liz Truss": "reaction"}


def test_a_described_body_whose_board_acted_is_the_named_body_and_its_board_president_its_voice():
    text = ("Residents of a Florida condo complex are up in arms after their homeowners association banned flags "
            "from balconies.\n\n"
            "The board of the Palm Shores Condominium Association voted 4-1 last week to ban all flags.\n\n"
            'Board president Linda Haws defended the decision. "The rule applies to every flag equally," she said.')
    result = extract(article(text))
    assert result.subject == "Palm Shores Condominium Association"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Linda Haws", "subject_statement")]


def test_tributes_are_a_response_and_a_champion_named_in_apposition_acts():
    text = ("Two-time Wimbledon champion Elena Marsh has announced her retirement from professional tennis.\n\n"
            "Tributes poured in from fellow players and fans.\n\n"
            '"Thank you for every battle. You made me a better player," posted her long-time rival Sofia Brandt.')
    result = extract(article(text, title="Tributes pour in as tennis star Elena Marsh announces retirement"))
    assert (result.subject, result.target, result.headline_side) == (
        "Elena Marsh", "Elena Marsh's retirement from professional tennis", "favor")
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Sofia Brandt", "reaction")]


def test_a_paragraph_handed_on_by_a_line_ending_tweeted_is_that_speakers_post():
    text = ("Celebrity chef Oliver Banks has been accused of cultural appropriation after posting a recipe for "
            "jollof rice that includes chorizo.\n\n"
            "Nigerian author Chika Obi tweeted:\n\n"
            "Whatever this is, it is not jollof. Please leave our food alone.\n\n"
            "Banks has not responded.")
    result = extract(article(text, title="Celebrity chef slammed for 'cultural appropriation' jollof recipe"))
    assert (result.subject, result.headline_side) == ("Oliver Banks", "against")
    assert [(i.speaker, i.platform, i.text) for i in result.items if i.quoted] == [
        ("Chika Obi", "twitter", "Whatever this is, it is not jollof. Please leave our food alone.")]


@pytest.mark.parametrize(("headline", "side"), [
    ("Toy brand's AI-generated Christmas ad branded 'soulless'", "against"),
    ("Council's new cycle lanes dubbed 'a landmark for the city'", "favor"),
    ("Council's new cycle lanes branded 'the talk of the town'", None),  # no judgement word
])
def test_a_headlines_passive_naming_verb_gives_its_judgements_side(headline, side):
    assert headline_side(headline, "Brickwell") == side


def test_a_post_by_someone_saying_a_quote_is_their_statement():
    text = ('A post by Senator Dale Whitmore saying teachers "have it easy with summers off" has been viewed more '
            "than 12 million times and drawn thousands of angry replies.\n\n"
            "@ohio_dad_of3: My wife is a teacher. She grades papers every weekend. This is insulting.")
    result = extract(article(text))
    assert [(i.speaker, i.kind) for i in result.items] == [
        ("@ohio_dad_of3", "reaction"), ("Dale Whitmore", "subject_statement")]


def test_plans_submitted_by_a_developer_are_the_developers():
    text = ("Plans to build 400 homes on farmland off Green Lane in Hexley have been submitted to Hexley District "
            "Council by developer Oakridge Homes.\n\n"
            '"The roads can\'t cope now," said resident Jane Morley.')
    result = extract(article(text))
    assert (result.subject, result.target) == (
        "Oakridge Homes", "Oakridge Homes' plans to build 400 homes on farmland off Green Lane in Hexley")


def test_staff_at_a_body_react_to_what_the_body_did_by_its_kind():
    text = ("Staff at Meridian Bank have reacted angrily after the lender ordered all 40,000 employees back to the "
            "office five days a week from January.\n\n"
            'The Unite union said the policy was "a step backwards".')
    result = extract(article(text, title="Bank orders staff back to office five days a week, sparking anger"))
    assert (result.subject, result.target) == (
        "Meridian Bank", "Meridian Bank's ordering all 40,000 employees back to the office")
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Unite union", "reaction")]


def test_an_agencys_head_named_with_its_initials_is_its_voice():
    text = ("The Federal Aviation Administration has ordered the temporary grounding of 171 Boeing 737 Max 9 planes."
            '\n\nFAA Administrator Mike Whitaker said safety "will continue to drive our decision-making".')
    [item] = extract(article(text)).items
    assert (item.speaker, item.kind) == ("Mike Whitaker", "subject_statement")


def test_a_handle_after_a_posting_verb_is_the_speaker_whatever_its_tag():
    text = ("The Royal Mint has unveiled a new design for the £2 coin.\n\n"
            '"A hedgehog on money. We have lost the plot as a country," posted @grumpy_gary.')
    assert [(i.speaker, i.handle) for i in extract(article(text)).items] == [("@grumpy_gary", "grumpy_gary")]


def test_a_described_person_is_the_one_the_next_paragraph_opens_with_doing_the_deed():
    text = ("A pub landlord who banned mobile phones from his bar says business has doubled since the rule came in."
            "\n\nTom Bray, who runs The Red Lion in Little Marlow, introduced the ban in September.\n\n"
            "The pub's Facebook page has been flooded with messages of support from across the country.")
    result = extract(article(text))
    assert (result.subject, result.target) == ("Tom Bray", "Tom Bray's banning mobile phones from his bar")
    assert [i.stance_cue for i in result.items if i.kind == "reaction"] == ["favor"]


def test_a_crowd_that_took_to_an_app_to_complain_lends_its_side_to_the_posts_after_it():
    text = ("Staff at Meridian Bank have reacted angrily after the lender ordered all employees back to the office."
            "\n\nEmployees took to the anonymous workplace app Blind to complain. \"I moved two hours away during "
            'the pandemic. Now I have to choose between my job and my family," one wrote.\n\n'
            '"Watch the best people leave first," posted another.')
    items = [i for i in extract(article(text)).items if i.quoted]
    assert [(i.speaker, i.stance_cue) for i in items] == [("one employee", "against"), ("another employee", "against")]


def test_a_deed_that_infuriated_a_crowd_and_vows_to_fight_it_take_sides_against():
    text = ("Tech billionaire Victor Hale plans to charge visitors £12 to walk in Ashcombe Park.\n\n"
            "The move has infuriated locals.\n\n"
            'Campaign founder Dan Price said they would fight the plan "every step of the way".\n\n'
            "Local MP Fiona Barr said she had written to Hale urging him to reconsider.")
    items = extract(article(text)).items
    assert [(i.speaker, i.stance_cue) for i in items] == [
        ("Dan Price", "against"), ("locals", "against"), ("Fiona Barr", "against")]


def test_a_restaurant_named_beside_its_owner_is_the_subject_and_the_owner_its_voice():
    text = ("Chef Marco Bellini's restaurant Osteria Luce in Edinburgh will no longer admit children under 12, the "
            "restaurant announced on Instagram.\n\n"
            'In the post, Bellini wrote that the change was about "giving every guest the calm evening they came '
            'for".\n\n'
            'Parenting blogger Amy Kerr called the rule "snobbish and unwelcoming".')
    result = extract(article(text))
    assert (result.subject, result.target) == ("Osteria Luce", "Osteria Luce's no longer admitting children under 12")
    assert [(i.speaker, i.kind, i.stance_cue) for i in result.items] == [
        ("Bellini", "subject_statement", None), ("Amy Kerr", "reaction", "against")]


def test_of_two_clauses_a_speech_verb_reports_the_one_after_it():
    text = ("A strong majority of Democratic primary voters say they are paying at least some attention to the "
            "campaign; 26 percent of Democrats say they have not been paying much attention, compared with 11 "
            "percent of Republicans.")
    assert "they have not been paying much attention" in [i.text for i in extract(article(text)).items]


def test_a_name_the_tagger_reads_as_an_adverb_still_acts():
    text = ('Greenway has scrapped its "wonky veg" boxes just three months after launching them.\n\n'
            'The supermarket said the boxes had not been "commercially viable".')
    result = extract(article(text, title="Supermarket scraps 'ugly veg' boxes after just three months"))
    assert result.subject == "Greenway"
    assert [i.kind for i in result.items] == ["subject_statement"]


@pytest.mark.parametrize("title", ["Streamer Twitchly bans gambling streams", "Platform bans gambling streams"])
def test_a_name_the_tagger_reads_as_an_adverb_on_a_verb_with_no_subject_acts(title):
    # "Twitchly said ...": the name ends in -ly, the parser hung it on "said" as an adverb
    text = ("Twitchly said on Wednesday it would ban all livestreams of online casino games from next month, "
            "citing concerns about young viewers.\n\n"
            '"This will just push everyone to other sites," said streamer Jake Rourke.\n\n'
            'A Twitchly spokesperson said the company had "listened to parents".')
    result = extract(article(text, title=title))
    assert result.subject == "Twitchly"
    assert kinds_by_speaker(text, title)["Jake Rourke"] == "reaction"


def test_an_adverb_before_an_order_is_no_name():
    text = "Quickly add the salt, then Slowly stir the pot."
    doc = mend(load_parser()(text), text)
    assert not [t.text for t in doc if t.dep_ == "nsubj"]


@pytest.mark.parametrize(("title", "text", "subject"), [
    # a headline's adverb on a verb with no subject is the headline's style, not a name
    ("Finally says sorry: Post Office boss apologises to subpostmasters",
     "Post Office chief executive Nick Read has apologised to subpostmasters wrongly convicted in the Horizon "
     'scandal.\n\n"Too little, too late," said campaigner Alan Bates.', "Nick Read"),
    ("Quietly Raises Prices: Greggs Hikes Sausage Roll Cost",
     'Greggs has increased the price of its sausage roll to £1.25, the third rise in a year.\n\n'
     '"It\'s daylight robbery," said one customer on Twitter.', "Greggs"),
    # a headline's verb before a title and name is the verb (read as an adjective only in the text)
    ("Labour suspended MP Diane Abbott says she will fight on",
     "Diane Abbott has vowed to fight her suspension from the Labour Party after she wrote a letter.\n\n"
     "Labour suspended the veteran MP on Sunday.\n\n"
     '"I will not be silenced," Ms Abbott said in a statement on Tuesday.', "Diane Abbott"),
])
def test_a_headlines_adverb_is_no_name(title, text, subject):
    assert extract(article(text, title=title)).subject == subject


def test_a_split_told_between_ends_a_crowds_side():
    text = ("Twitchly said on Wednesday it would ban all livestreams of online casino games.\n\n"
            "Many streamers were furious.\n\n"
            'On Reddit, reaction was just as divided. "Good riddance," wrote one user. Another replied: '
            '"This will push everyone elsewhere."')
    items = items_by_speaker(text, "Twitchly bans gambling streams, and creators are split")
    assert items["one user"].stance_cue is None
    assert items["one user"].text == "Good riddance"  # all that was said, without who said it
    assert headline_side("Twitchly bans gambling streams, and creators are split", "Twitchly") == "mixed"
    assert headline_side("Twitchly gambling ban splits creators", "Twitchly") == "mixed"
    # a split that shares out is no split response
    for sharing in ("Twitch to split streamers' subscription revenue 70/30", "YouTube divides creators into two tiers",
                    "TikTok creators are divided into 'tiers' under new fund"):
        assert headline_side(sharing, "Twitch") != "mixed"


@pytest.mark.parametrize(("text", "said"), [
    ('The council scrapped the fee. "Ridiculous!" said Tom Hale, a trader.', "Ridiculous!"),
    ('The council scrapped the fee. "About time," Jane Doe tweeted.', "About time"),
    # a word or two inside the speaker's own sentence still reads with its sentence
    ('The council scrapped the fee. Jane Doe called it "about time".', 'Jane Doe called it "about time".'),
    # ... and so does one said of something, or said in some way
    ('The chancellor has ruled out a U-turn. "No chance," he said of a U-turn.', '"No chance," he said of a U-turn.'),
    ('Harbour City unveiled a new away kit. "Stunning!" one fan wrote sarcastically.',
     '"Stunning!" one fan wrote sarcastically.'),
    ('Thames Water paid its boss a £1m bonus. "Brilliant," tweeted one customer, sarcastically.',
     '"Brilliant," tweeted one customer, sarcastically.'),
])
def test_a_short_quote_that_is_all_that_was_said_is_kept_as_said(text, said):
    assert said in [i.text for i in extract(article(text)).items]


def test_the_general_secretary_who_heads_the_government_is_its_voice():
    text = ("The Chinese government has defended its ban on for-profit tutoring.\n\n"
            "General Secretary Xi Jinping said the reforms would ease the burden on families.")
    assert kinds_by_speaker(text, "China defends crackdown on tutoring firms")["Xi Jinping"] == "subject_statement"


def test_a_unions_general_secretary_is_no_minister():
    text = ("The government's plan to raise the state pension age to 68 by 2039 has received a mixed response.\n\n"
            'But unions reacted with anger. "Working people are being told to work until they drop," said Unite '
            'general secretary Sharon Graham.\n\n'
            '"It is the right call," said Work and Pensions Secretary Liz Kendall.')
    kinds = kinds_by_speaker(text, "Pension age to rise to 68")
    assert kinds["Sharon Graham"] == "reaction"
    assert kinds["Liz Kendall"] == "subject_statement"


def test_a_headline_that_opens_on_the_subjects_kind_gives_the_target():
    text = ("Budget airline SkyLark is under fire after families complained they were being charged up to £60 "
            "extra to sit next to their young children.\n\n"
            'Consumer group Which? said the practice was "cynical and unacceptable".\n\n'
            'SkyLark said it "always tries to seat children with an adult".')
    result = extract(article(text, title="Airline criticised over 'hidden' seat fees for families"))
    assert result.target == "SkyLark's 'hidden' seat fees"
    assert {i.speaker: i.kind for i in result.items}["Which?"] == "reaction"  # "the practice" is the story's
    # what is done to it is not its deed
    text = ("High street bank Lloyds has been ordered to repay £90m to customers it overcharged on overdrafts.\n\n"
            '"They should have been fined as well," said Labour MP Siobhain McDonagh.')
    title = "Bank ordered to repay customers after overdraft scandal"
    assert "ordering" not in extract(article(text, title=title)).target


def test_a_doctors_practice_is_no_measure():
    text = ("NHS Lothian has closed the Craigmount walk-in centre after failing to recruit enough nurses.\n\n"
            "Separately, the police said the practice manager at a nearby surgery had been assaulted by a patient.")
    assert kinds_by_speaker(text, "Health board closes walk-in centre")["police"] == "other_target"


@pytest.mark.parametrize(("lead", "target"), [
    ("Harlow Books has withdrawn a debut novel from sale after readers found passages copied from other books.",
     "Harlow Books' debut novel"),
    ("Greenway has apologised and withdrawn a Christmas advert after complaints that it mocked carers.",
     "Greenway's Christmas advert"),
    # whom it was withdrawn from is part of it
    ("The government has withdrawn funding from the refugee charity Open Doors after critics accused it of "
     "encouraging illegal crossings.", "the government's funding from the refugee charity Open Doors"),
])
def test_what_is_withdrawn_is_the_target_without_where_it_was_taken_from(lead, target):
    assert extract(article(lead)).target == target


def test_a_sports_persons_occupation_before_the_name_is_no_part_of_it():
    text = ("Wexford Rovers striker Danny Ryle has been widely praised after revealing in a podcast interview that he "
            "has been treated for depression.")
    result = extract(article(text, title="Footballer Danny Ryle praised for speaking out on mental health"))
    assert result.subject == "Danny Ryle"


def test_a_name_that_ends_in_its_number_keeps_it():
    text = "Channel 4 has axed its flagship quiz show after 20 years.\n\nChannel 4 said viewing figures had fallen."
    result = extract(article(text, title="Channel 4 axes quiz show"))
    assert result.subject == "Channel 4" and result.target == "Channel 4's axing its flagship quiz show"
    assert [i.speaker for i in result.items] == ["Channel 4"]


@pytest.mark.parametrize(("title", "target"), [
    ("Hospital car parking charges to double", "the hospital trust's doubling hospital car parking charges"),
    ("Parking fees will rise", "the hospital trust's raising parking fees"),
])
def test_a_headlines_measure_that_will_change_is_what_the_subject_does_to_it(title, target):
    text = ("Patients and visitors at Kingsway Hospital will pay twice as much to park from April, the hospital trust "
            "has confirmed.\n\nThe trust said the rise was needed to pay for repairs.")
    assert extract(article(text, title=title)).target == target


def test_a_forecast_change_is_no_deed_of_who_forecasts_it():
    text = ("Household energy bills are expected to rise by £150 a year in April, according to forecasts from the "
            "consultancy Cornwall Insight.\n\nCornwall Insight said rising wholesale gas prices were to blame.")
    title = "Energy bills to rise by £150 in April, Cornwall Insight forecasts"
    assert "raising" not in extract(article(text, title=title)).target


def test_a_headlines_acronym_acts_in_the_lead_under_its_spelled_out_name():
    text = ("The European Union has agreed to ban PFAS chemicals in firefighting foams, in a move welcomed by "
            "scientists.")
    title = "Scientists welcome EU decision to ban 'forever chemicals' in firefighting foam"
    assert extract(article(text, title=title)).target == "EU's agreement to ban PFAS chemicals in firefighting foams"
    # only the whole spelled-out name: not the Bank of England for the European Central Bank
    text = ("The Bank of England held interest rates at 5% on Thursday, a week after the European Central Bank cut "
            "its main rate to 3.25%.")
    assert "holding" not in extract(article(text, title="ECB cuts interest rates for third time this year")).target


def test_the_prime_minister_is_not_a_minister_the_story_is_about():
    text = ("Transport minister Paul Hewitt has been sacked by the Prime Minister after leaked messages showed him "
            "mocking disabled passengers.\n\n"
            'The Prime Minister said Hewitt\'s comments were "unacceptable" and that he had "no choice" but to act.')
    items = extract(article(text, title="Minister sacked after leaked messages")).items
    assert [(i.speaker, i.kind) for i in items if i.quoted] == [("Prime Minister", "reaction")]


@pytest.mark.parametrize(("title", "lead", "subject"), [
    # a title a headline gives a surname is no part of the name the lead writes in full
    ("Governor Walsh vetoes paid family leave bill", "Governor Karen Walsh on Friday vetoed a bill that would "
     "have given workers 12 weeks of paid family leave.", "Karen Walsh"),
    ("Justice Department grants immunity to former staffer", "The Justice Department has granted immunity to a "
     "former State Department staffer, officials said.", "Justice Department"),
    # "the club" of a football club named after its town
    ("Club's new badge branded 'embarrassing' by fans", "Northfield Town have unveiled a new club badge.\n\n"
     '"Awful," one fan wrote.\n\nThe supporters\' trust called on the club to think again.', "Northfield Town"),
])
def test_the_subject_is_the_name_the_lead_gives(title, lead, subject):
    assert extract(article(lead, title=title)).subject == subject


@pytest.mark.parametrize(("title", "lead", "not_subject"), [
    # a namesake the text writes in full is not the titled one
    ("President Trump fires labor statistics chief", "President Trump on Friday fired the head of the Bureau of "
     'Labor Statistics.\n\n"The numbers were rigged," President Trump wrote.\n\nEric Trump, the president\'s son, '
     "said the firing was overdue.", "Eric Trump"),
    # "the club" is not the opponent the lead names after the club that acts
    ("Club fined over racist chanting", "Chesterfield have been fined £10,000 over racist chanting by their fans "
     "during the match against Notts County.\n\nNotts County reported the chanting to the referee.", "Notts County"),
])
def test_the_subject_is_not_a_namesake_or_an_opponent(title, lead, not_subject):
    assert extract(article(lead, title=title)).subject != not_subject


def test_what_a_teller_says_the_deed_was_takes_its_side():
    text = ("Carmaker Halden Motors will cut 4,000 jobs in Britain, the company said on Wednesday.\n\n"
            "Analysts said the move was necessary. Unions said the cuts were cruel. Halden said it was sad to see "
            "workers go.")
    cues = cues_by_speaker(text, "Carmaker to cut 4,000 jobs")
    assert (cues["Analysts"], cues["Unions"]) == ("favor", "against")
    assert cues["Halden"] is None  # (a dummy "it": what it was to see, no deed)


@pytest.mark.parametrize("said", [
    "Campaigners said the move was not necessary.",  # denied
    "Campaigners asked whether the move was necessary.",  # asked
    "Campaigners said it would be a mistake to delay the move.",  # a dummy "it": the delay is judged
    "Campaigners said the opposition's plan was a mistake.",  # another's
    "Campaigners said the claims were ridiculous.",  # a response to the deed
])
def test_what_is_not_a_judgement_of_the_deed_takes_no_side(said):
    text = f"Wirral Council will close three libraries to save £1m a year.\n\n{said}"
    assert cues_by_speaker(text, "Council to close three libraries")["Campaigners"] is None


def test_a_live_blogs_label_is_no_headline_and_a_shadow_minister_is_not_the_minister():
    text = ("Opposition: 'a tax on drivers'\n\n"
            'Shadow chancellor Mel Stride has responded to the Budget, calling it "a tax on every driver".\n\n'
            "Chancellor confirms fuel duty rise\n\n"
            "Chancellor Rachel Reeves has confirmed that the 5p cut in fuel duty will end in April.\n\n"
            "The Chancellor has begun her Budget speech in the Commons.")
    result = extract(article(text, title="Budget 2026 live: Chancellor scraps fuel duty freeze as MPs react"))
    assert (result.subject, result.target) == ("Rachel Reeves", "Rachel Reeves' scrapping fuel duty freeze")
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Mel Stride", "reaction")]


def test_a_companys_legal_suffix_is_dropped_and_a_petition_is_nobody_described():
    text = ("A petition against the closure of Ashby Parva's post office has passed 10,000 signatures.\n\n"
            "Post Office Ltd announced last month that the branch will close in June.\n\n"
            '"Half the people here don\'t drive," said parish councillor Ruth Hallam, who started the petition.\n\n'
            "A Post Office spokesperson said it would offer a mobile service twice a week.")
    result = extract(article(text))
    assert result.subject == "Post Office"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {"Ruth Hallam": "reaction"}


def test_a_police_forces_officer_by_rank_is_its_voice():
    text = ("A 34-year-old man has been charged after a jewellery shop raid, Cheshire Police said.\n\n"
            "Cheshire Police said officers were called to Bridge Street at about 3.15pm.\n\n"
            'Detective Inspector Claire Hughes said: "This was a frightening experience for the staff involved."')
    result = extract(article(text))
    assert result.subject == "Cheshire Police"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Claire Hughes", "subject_statement")]


def test_a_death_is_no_deed_to_react_to_and_a_family_is_no_pronoun():
    text = ("Margaret Hale, who presented the BBC's evening news for two decades, has died aged 88, her family said."
            '\n\nFormer colleague John Simpson said: "She was fearless, funny and kind."')
    result = extract(article(text))
    assert result.subject is None
    assert {(i.speaker, i.kind) for i in result.items} == {("her family", "other_target"),
                                                           ("John Simpson", "other_target")}


def test_a_quantifier_before_a_name_is_no_first_name_and_a_saints_school_keeps_its_name():
    text = ("Labour's plans to allow housebuilding on grey belt land have been criticised by countryside "
            "campaigners.\n\nSome Labour MPs in rural seats privately expressed unease about the plans.")
    assert extract(article(text)).subject == "Labour"
    text = ("A primary school has sparked fury among parents after banning birthday cakes from classrooms.\n\n"
            "St Mary's Primary School in Harrogate told parents in a newsletter that cakes would no longer be "
            "allowed.")
    assert extract(article(text)).subject == "St Mary's Primary School"


def test_a_headlines_crowd_reacting_through_an_auxiliary_gives_its_side():
    assert headline_side("People Are Roasting This Airline's New Seat And Honestly, Fair", "FlyNova") == "against"


def test_a_vox_pop_line_and_a_letters_dash_byline_name_their_writers_and_the_paper_is_no_speaker():
    text = ("Plans to close Market Street to traffic have been approved by Kingsford Town Council.\n\n"
            "We asked shoppers what they thought.\n\n"
            'Danny Cole, 34, cafe owner: "Best thing the council has done in years."\n\n'
            '"Another cut dressed up as an environmental policy." — R. Hughes, via email\n\n'
            '"Three weeks is far too long in summer." — Brian Tate, Harton')
    assert [(i.speaker, i.kind) for i in extract(article(text)).items] == [
        ("Danny Cole", "reaction"), ("R. Hughes", "reaction"), ("Brian Tate", "reaction")]


@pytest.mark.parametrize("paragraph", [
    # a short sentence that brings in one person, then their words: theirs (not the station's, quoted before)
    'Tyler Kowalchuk, 27, shrugged. "Honestly, I have not listened to the radio in the morning for years."',
    # their own words told, then quoted (not lost to "since it began", a thing's verb)
    'Sulabha Deshpande, 63, said she had listened to the show every weekday since it began. "My husband passed '
    'away in 2019. In the evening the house is very quiet."',
])
def test_a_quote_after_a_short_sentence_that_brings_in_its_speaker_is_theirs(paragraph):
    text = ("Radio Sandhya will end its evening music show from next month, the station said on Monday.\n\n"
            + paragraph)
    quoted = [i for i in extract(article(text)).items if i.quoted]
    assert len(quoted) == 1 and quoted[0].speaker in paragraph and quoted[0].kind == "reaction"


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # one of the public brought in by a sentence of their own, then their words
    ('Another fan disagreed. "Twelve per cent is a disgrace."', "Another fan"),
    ('One caller, a pensioner from Ennis, was furious. "I have had a season ticket for forty years."', "One caller"),
    ('A user called BridgeEndBlue was one of the few to back the club. "We have been losing money for years."',
     "BridgeEndBlue"),
])
def test_a_quote_after_a_sentence_that_brings_in_one_of_the_public_is_theirs(paragraph, speaker):
    text = ("Castlebridge Town will raise the price of an adult season ticket by 12 per cent, the club said on "
            f"Monday.\n\n{paragraph}")
    assert [(i.speaker, i.kind) for i in extract(article(text)).items if i.quoted] == [(speaker, "reaction")]


def test_a_letter_signed_on_the_line_under_its_words_is_its_writers():
    text = ("Waimaru Rovers Rugby Club has begun opening its clubrooms as a free homework space for children.\n\n"
            "My two boys came home with their homework finished and a feed in them. Thank you, Rovers.\n"
            "— Aroha Ngata, Waimaru\n\n"
            "It is a sports club, not an after-school programme. Who is insured when a child gets hurt?\n"
            "— Graham Pocock, Tainui Heights\n\n"
            "The club said the scheme would be reviewed at the end of term.\n"
            "— Reporting by Jane Doe, Waimaru\n\nThe club's board will meet in March.\n— Jane Doe, Staff Writer")
    items = extract(article(text, title="Your views: Rovers open their doors")).items
    assert [(i.speaker, i.speaker_role, i.kind, i.text[:12]) for i in items if i.speaker_role == "public"] == [
        ("Aroha Ngata", "public", "reaction", "My two boys "), ("Graham Pocock", "public", "reaction", "It is a spor")]


def test_supporters_of_a_club_name_it_and_what_they_criticised_it_for_is_the_target():
    text = ("Supporters of Westport City have criticised the club after it banned flags and banners from the home "
            "end, citing safety concerns.\n\n"
            "The club said the decision followed advice from the local safety advisory group.")
    result = extract(article(text, title="Fans fume as stadium bans flags and banners"))
    assert (result.subject, result.target) == (
        "Westport City", "Westport City's banning flags and banners from the home end")


def test_a_quote_hung_on_its_speaker_is_no_part_of_the_speakers_name():
    text = ("An MP has been criticised after claiming £2,400 on expenses for a Christmas party.\n\n"
            'One constituent wrote on Facebook: "Disgraceful. He should pay it back tomorrow."\n\n'
            'Taxpayers\' Alliance chief executive John O\'Connell said: "At a time when families are struggling, '
            'this is a slap in the face."')
    assert [(i.speaker, i.kind) for i in extract(article(text)).items] == [
        ("One constituent", "reaction"), ("John O'Connell", "reaction")]


def test_a_bare_press_secretary_after_the_sentence_naming_the_seat_speaks_for_its_holder():
    text = ("President Joe Biden's plan to cancel up to $10,000 in student debt was blasted by Republicans.\n\n"
            "The White House defended the plan. Press secretary Karine Jean-Pierre said it would give "
            '"breathing room" to working families.')
    assert [(i.speaker, i.kind) for i in extract(article(text)).items if i.quoted] == [
        ("Karine Jean-Pierre", "subject_statement")]


def test_a_name_the_tagger_reads_as_a_plural_noun_is_the_subject_when_written_capitalized_everywhere():
    text = ("Rovers claimed their first win of the season as substitute Leo Silva's late strike sealed a 2-1 "
            "victory over Eastfield.\n\n"
            "Tom Baker had put the hosts ahead, but Eastfield equalised through a penalty.\n\n"
            '"It was a massive relief," Rovers manager Steve Kent said.')
    result = extract(article(text, title="Late Silva strike gives Rovers first win of the season"))
    assert result.subject == "Rovers"
    assert [(i.speaker, i.kind) for i in result.items] == [("Steve Kent", "subject_statement")]


def test_a_surnames_fullest_form_reads_through_a_middle_initial():
    text = ("Trump turns attacks on another Clinton.\n\n"
            "Donald J. Trump once defended Bill Clinton. Ivana Trump was his first wife. Donald J. Trump said "
            "the former president was fair game.")
    assert extract(article(text)).subject == "Donald Trump"


def test_a_headlines_described_person_is_named_in_the_lead_and_the_target_is_what_they_were_mocked_for():
    text = ("Fans have rushed to defend Olympic swimmer Amy Chen after she was mocked online for crying during a "
            "post-race interview.\n\n"
            "Chen, 19, broke down in tears after finishing fourth in the final.")
    result = extract(article(text, title="Fans defend Olympic swimmer after critics mock her interview"))
    assert (result.subject, result.target) == ("Amy Chen", "Amy Chen's crying during a post-race interview")


def test_students_at_a_school_who_protest_name_the_school_and_a_crowds_discovery_is_no_deed():
    text = ("Dozens of students at Lincoln High School in Portland walked out of class on Thursday to protest a new "
            "dress code.\n\n"
            'Principal Mark Davis said the rules were designed to "create a focused learning environment".')
    result = extract(article(text, title="Students stage walkout over school's new dress code"))
    assert result.subject == "Lincoln High School"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Mark Davis", "subject_statement")]
    text = ("Game developer Ironpeak Studios has been criticised by players after fans spotted what appeared to be "
            "AI-generated artwork in the trailer for its upcoming game.")
    assert extract(article(text)).target == "Ironpeak Studios"


@pytest.mark.parametrize(("sentence", "side"), [
    ('British Swimming said it was "appalled" by the abuse and was offering Chen support.', "favor"),
    ('British Swimming said it was "appalled" by her interview.', "against"),
])
def test_a_quoted_feeling_about_the_abuse_a_subject_received_is_for_the_subject(sentence, side):
    text = ("Fans have rushed to defend Olympic swimmer Amy Chen after she was mocked online for crying during a "
            f"post-race interview.\n\n{sentence}")
    assert [i.stance_cue for i in extract(article(text)).items if i.quoted] == [side]


def test_a_body_owning_the_deed_by_its_kind_is_the_one_the_next_line_names():
    text = ("Nurses and patients have criticised a hospital trust's decision to introduce overnight parking charges "
            "at three hospitals.\n\n"
            "Midland Valley NHS Trust said the £4 night-time fee would raise money for patient care.\n\n"
            'Unison said the charge was "a tax on the staff who keep our hospitals running".')
    result = extract(article(text))
    assert (result.subject, result.target) == (
        "Midland Valley NHS Trust",
        "Midland Valley NHS Trust's decision to introduce overnight parking charges at three hospitals")
    assert {i.speaker: i.kind for i in result.items}["Unison"] == "reaction"


def test_staff_at_a_described_body_name_the_body_the_description_leads_to():
    text = ("Employees at London fintech startup Brightpay say managers discouraged them from taking more than five "
            "days off a year.\n\n"
            'Chief executive Tom Reyes said the policy was "working as intended".')
    assert extract(article(text)).subject == "Brightpay"


@pytest.mark.parametrize(("headline", "side"), [
    ("Mayor's e-scooter ban wins support from residents but riders fume", "mixed"),
    ("E-scooter ban draws support from residents", "favor"),
    ("Trump voices support for Ryan", None),
])
def test_support_a_headlines_subject_wins_is_a_response(headline, side):
    assert headline_side(headline, "Carla Diaz", frozenset({"Mayor"})) == side


def test_what_a_subject_apologised_for_doing_is_the_target_and_a_countrys_parliament_acts_for_it():
    text = ('AirDash boss Kevin Marsh has apologised after telling passengers to "stop whingeing" about flight '
            "delays in a podcast interview.\n\n"
            'Consumer group Which? called the remarks "arrogant and insulting".')
    assert extract(article(text)).target == (
        "Kevin Marsh's telling passengers to stop whingeing about flight delays in a podcast interview")
    text = ("Australia's parliament has approved a ban on social media for children under 16, with platforms facing "
            "fines if they fail to comply.\n\n"
            'Prime Minister Anthony Albanese said the law would "protect young Australians".')
    assert extract(article(text)).target == "Australia's ban on social media for children"


def test_a_measure_owned_by_the_subject_in_the_lead_is_the_target_and_a_theatre_is_a_playhouse():
    text = ("Drivers have reacted angrily after the Welsh Government's new default 20mph speed limit came into force "
            "on most residential roads in Wales.\n\n"
            'Road safety charity Brake welcomed the move, calling it "a landmark for Wales".')
    result = extract(article(text))
    assert (result.subject, result.target) == ("Welsh Government", "Welsh Government's new default 20mph speed limit")
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("Brake", "reaction")]
    text = ('A West End theatre has been criticised for introducing "relaxed" performances.\n\n'
            "The Aldwych Playhouse said the performances were designed for people with autism.")
    result = extract(article(text, title="Theatre criticised for 'relaxed' performances"))
    assert (result.subject, result.headline_side) == ("Aldwych Playhouse", "against")


def test_a_festival_acts_and_a_hyphenated_word_does_not_name_it():
    text = ("Musicians including Billie Moss have condemned the Green Fields festival for dropping rapper K-Dawg from "
            "its line-up.\n\n"
            'Some festival-goers backed the decision, with one writing: "Good. Keep politics out of music."')
    result = extract(article(text))
    assert result.subject == "the Green Fields festival"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("one", "reaction")]


def test_a_headlines_bare_university_is_the_one_named_of_a_place_and_a_union_named_after_it_is_another_body():
    text = ("The University of Northbridge has been criticised by students and staff over plans to close its history "
            "department.\n\n"
            'Vice-chancellor Professor Alan Grey said the university would "focus on subjects with strong graduate '
            'outcomes".\n\n'
            'The University and College Union said the plan was "an act of cultural vandalism".')
    result = extract(article(text, title="University faces backlash over plan to cut humanities courses"))
    assert result.subject == "University of Northbridge"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [
        ("Alan Grey", "subject_statement"), ("University and College Union", "reaction")]


def test_a_headlines_upper_case_title_is_the_person_the_lead_gives_it():
    text = ('Labour MP Daniel Hart has been suspended from the party after a leaked message showed him calling some '
            'of his constituents "scroungers".\n\n'
            'Hart said in a statement that he "deeply regrets" the language he used.')
    result = extract(article(text, title="MP suspended after calling constituents 'scroungers' in leaked message"))
    assert result.subject == "Daniel Hart"
    assert [i.kind for i in result.items] == ["subject_statement"]


def test_someone_hitting_out_at_a_body_by_its_kind_answers_the_body_the_lead_names():
    text = ("A woman has hit out at a parking company after she was fined £100 for overstaying in a supermarket car "
            "park by 30 seconds.\n\n"
            "Sarah Wells, 41, from Leicester, received the fine from ParkRight a week after her shopping trip.\n\n"
            '"It\'s absurd. I was loading my shopping into the boot," she said.\n\n'
            "ParkRight said the charge had been issued correctly.")
    result = extract(article(text))
    assert result.subject == "ParkRight"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {"Sarah Wells": "reaction"}


def test_a_described_town_is_its_council_and_members_of_a_described_chain_name_the_chain():
    text = ("A historic market town has banned satellite dishes from the front of buildings in its conservation area."
            '\n\nLudlow Town Council said the rule would "protect the character of our streets".\n\n'
            'The Ludlow Civic Society praised the decision, calling it "long overdue".')
    result = extract(article(text))
    assert result.subject == "Ludlow Town Council"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {
        "Ludlow Town Council": "subject_statement", "Ludlow Civic Society": "reaction"}
    text = ("Members of budget gym chain FlexFit have threatened to cancel their memberships after the company "
            "introduced a £5 monthly surcharge for using its gyms between 5pm and 8pm.\n\n"
            'FlexFit said the charge would "help manage demand at our busiest times".')
    assert extract(article(text)).subject == "FlexFit"


def test_a_companys_owner_speaks_for_it_and_families_of_patients_name_the_hospital():
    text = ("Instagram will automatically limit teenagers to one hour a day on the app, the company announced.\n\n"
            "Meta, which owns Instagram, said the feature would roll out to all users under 16 from next month.")
    assert {(i.speaker, i.kind) for i in extract(article(text)).items if i.speaker == "Meta"} == {
        ("Meta", "subject_statement")}
    text = ("Families of patients at St Luke's Hospital in Bradford have criticised a decision to cut visiting hours "
            "from 12 hours a day to just two.\n\n"
            '"Two hours is cruel," said Anne Foster, whose father is on a ward.')
    result = extract(article(text, title="Hospital visiting hours cut sparks anger from families"))
    assert (result.subject, result.target) == ("St Luke's Hospital", "St Luke's Hospital")


def test_the_owner_of_a_welcomed_decision_is_the_subject():
    text = ("The government's decision to raise the minimum wage by 6.7% from April has been welcomed by business "
            "groups and trade unions alike.\n\n"
            'The TUC said it was "a welcome step towards a real living wage".')
    result = extract(article(text, title="Business groups and unions welcome minimum wage rise"))
    assert result.subject == "the government"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [("TUC", "reaction")]


def test_a_university_s_student_union_and_the_dismissal_it_answers():
    text = ("A university has dismissed a philosophy lecturer over a post on social media about gender.\n\n"
            'The university said the post had breached its code of conduct and that it "takes the welfare of all '
            'students extremely seriously".\n\n'
            'The Free Speech Union said the dismissal was "an outrageous attack on academic freedom".\n\n'
            'The university\'s student union said it "welcomed" the decision.')
    items = {i.speaker: i for i in extract(article(text)).items if i.quoted}
    assert items["university"].kind == "subject_statement"
    assert items["Free Speech Union"].kind == "reaction"  # "the dismissal" is the story's dismissing
    union = items["university's student union"]  # its members' body, not the university's voice
    assert (union.kind, union.stance_cue) == ("reaction", "favor")  # a quoted "welcomed"


def test_words_said_to_someone_are_not_their_statement():
    text = ("Northgate University has dismissed Dr Helen Marsh, a philosophy lecturer, over a post on social media.\n\n"
            "Dr Marsh was told on Friday that her contract would be ended with immediate effect.\n\n"
            "She was warned by Professor Alan Grey that the post had breached the code of conduct.")
    items = [(i.speaker, i.text) for i in extract(article(text)).items]
    assert not any("contract" in (words or "") for _, words in items)
    assert [speaker for speaker, words in items if "code of conduct" in (words or "")] == ["Alan Grey"]


def test_the_streamer_is_the_subject_by_its_kind():
    text = ("Netflix has cast singer Olivia Dean as the lead in its live-action Tomb Raider series, the streamer "
            "confirmed on Wednesday.\n\n"
            '"She has never acted in anything," wrote one user.')
    result = extract(article(text, title="Fans fume after streaming giant casts pop star as Lara Croft"))
    assert result.subject == "Netflix"
    assert {i.speaker: i.kind for i in result.items} == {"streamer": "subject_statement", "one user": "reaction"}


def test_a_thing_widely_mocked_was_mocked_by_many_and_its_examples_take_that_side():
    text = ("Lifestyle influencer Jess Harlow has apologised after posting a video telling struggling families to "
            '"just stop buying takeaway coffee".\n\n'
            "The video was widely mocked.\n\n"
            '"Easy to say from a kitchen bigger than my flat," one woman commented.\n\n'
            "Her cookbook, which was widely praised last year, is still a bestseller.")
    items = [i for i in extract(article(text)).items if i.kind == "reaction"]
    assert [(i.speaker, i.stance_cue) for i in items if not i.quoted] == [("many people", "against")]
    assert [(i.speaker, i.stance_cue) for i in items if i.quoted] == [("one woman", "against")]


def test_the_subject_called_by_a_place_and_a_title_given_to_the_subject_alone():
    text = ("Senator Bernie Sanders of Vermont said on Tuesday he would stay in the race until the convention.\n\n"
            'The Vermont senator said he was "in this to win".\n\n'
            '"He should drop out," said Senator Claire McCaskill.\n\n'
            'The Missouri senator said Sanders was "hurting the party".')
    result = extract(article(text))
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [
        ("Bernie Sanders", "subject_statement"), ("Claire McCaskill", "reaction"), ("Missouri senator", "reaction")]
    # a place the story gives someone else is that one's, named with the title or not
    text = ("Senator Bernie Sanders said on Tuesday he would stay in the race until the convention.\n\n"
            'Ted Cruz of Texas also weighed in. The Texas senator said the plan was "economic suicide for the '
            'country".')
    assert [(i.speaker, i.kind) for i in extract(article(text)).items if i.quoted] == [("Texas senator", "reaction")]


def test_what_a_body_did_in_its_relative_clause_is_the_target_not_what_it_says():
    text = ("Acme Foods, which announced 500 job cuts on Monday, says the move will save £40m a year.\n\n"
            '"This is a hammer blow for the town," said union official Jo Price.')
    result = extract(article(text, title="Union anger at Acme job cuts"))
    assert (result.subject, result.target) == ("Acme Foods", "Acme Foods' 500 job cuts")


def test_patients_left_waiting_are_a_crowd_not_the_subject():
    text = ("Resident doctors in England began a five-day walkout at 7am on Friday in a dispute over pay, with "
            "thousands of operations and appointments postponed.\n\n"
            "The British Medical Association, which called the strike, says doctors' pay has fallen by a fifth in real "
            "terms since 2008.\n\n"
            'Health Secretary Wes Streeting said the strike was "unnecessary and unreasonable".\n\n'
            "Patients whose treatment was cancelled expressed frustration.\n\n"
            'The Patients Association said it was "deeply worried" about the impact on people waiting in pain.')
    result = extract(article(text, title="Patients left waiting as resident doctors begin five-day strike"))
    assert result.subject == "British Medical Association"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {
        "Wes Streeting": "reaction", "Patients Association": "reaction"}


def test_a_bodys_words_that_name_the_targets_deed_by_another_form_answer_it():
    text = ("Budget carrier SkyJet will charge passengers at least £8 to choose any seat from next month.\n\n"
            'SkyJet said the change would "keep our base fares the lowest in the market".\n\n'
            "Consumer group Which? said families should never be charged to sit together.")
    result = extract(article(text, title="Airline's decision to charge for seat selection on every flight sparks fury"))
    assert result.target.startswith("SkyJet's charging passengers")
    assert [(i.speaker, i.kind) for i in result.items if i.speaker == "Which?"] == [("Which?", "reaction")]


def test_a_thing_met_with_glowing_reviews_and_a_headlines_rave_reviews():
    text = ("Google's new Pixel 11 smartphone has been met with glowing reviews since the embargo lifted on "
            "Tuesday.\n\n"
            'The Verge called it "the best Android phone you can buy right now".')
    result = extract(article(text, title="Google's Pixel 11 wins rave reviews for battery and camera"))
    assert (result.subject, result.target, result.headline_side) == (
        "Google", "Google's new Pixel 11 smartphone", "favor")
    assert headline_side("Musical opens to scathing reviews", None) == "against"
    assert headline_side("Sequel gets mixed reviews", None) == "mixed"


def test_a_headlines_council_is_the_council_the_lead_names_and_a_bare_spokesperson_speaks_for_the_one_before():
    text = ("Drivers in Sheffield have reacted angrily after Sheffield City Council switched on 42 new average speed "
            "cameras enforcing 20mph limits on main roads.\n\n"
            'The council said the cameras would "cut deaths and serious injuries by a third".\n\n'
            'Road safety charity Brake welcomed the move, saying lower speeds "save lives every single day". "Every '
            'death on our roads is '
            'one too many," a spokesperson said.')
    result = extract(article(text, title="Drivers furious as council switches on 20mph speed cameras across city"))
    assert result.subject == "Sheffield City Council"
    assert [(i.speaker, i.kind) for i in result.items if i.quoted] == [
        ("council", "subject_statement"), ("Brake", "reaction"), ("Brake", "reaction")]


def test_thanking_the_subject_takes_its_side():
    text = ("Premier League club Brentford have banned a supporter for life after he was filmed racially abusing "
            "Wolves striker Jonny Bell.\n\n"
            'Bell thanked Brentford on Instagram for "acting so quickly". "Racism has no place in football," he '
            "wrote.\n\n"
            'The mayor thanked fans for "standing up to racism".')
    items = {i.text: i for i in extract(article(text)).items}
    assert items["acting so quickly"].stance_cue == "favor"
    assert items["Racism has no place in football"].stance_cue == "favor"  # the same speaker's, after it
    assert items["standing up to racism"].stance_cue is None  # thanks to fans: no side toward the club


def test_a_short_quote_widened_to_a_sentence_that_holds_a_longer_quote_of_the_same_speaker_is_not_said_twice():
    sentence = 'Trump said the deadlock had "kept us safe" before claiming that borders are "tearing families apart".'

    def quote(speaker: str, start: int, end: int, source: str) -> Statement:
        item = Item(kind="reaction", speaker=speaker, handle=None, speaker_role="unknown", platform=None,
                    text=sentence[start:end], text_source=source, quoted=True, char_start=start, char_end=end)
        return Statement(item, Speaker(speaker, speaker, "unknown"))

    widened = quote("Trump", 0, len(sentence), "paraphrase")
    longer = quote("Trump", sentence.index("tearing"), len(sentence) - 2, "quoted")
    assert _widened_once([widened, longer]) == [longer]
    another = quote("Becky Quick", sentence.index("tearing"), len(sentence) - 2, "quoted")
    assert _widened_once([widened, another]) == [widened, another]  # another's words: both stand


def test_a_titles_broadcast_is_the_person_with_that_title_and_a_place_is_its_government():
    text = ("The King's Christmas Day broadcast, in which he spoke openly about his cancer treatment, has been "
            "praised by viewers and commentators.\n\n"
            'King Charles, 78, told the nation that the past year had taught him "the true value of kindness from '
            'strangers".\n\n'
            'Republic said the broadcast was "a PR exercise paid for by taxpayers".')
    result = extract(article(text, title="King's Christmas message praised for 'personal and honest' tone"))
    assert (result.subject, result.target) == ("Charles", "Charles' Christmas Day broadcast")
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {
        "Charles": "subject_statement", "Republic": "reaction"}
    text = ("The Scottish government has confirmed that a cap on rent increases will become permanent.\n\n"
            'Housing Secretary Mairi McAllan said the measure would give "security and stability" to renters.\n\n'
            'Scottish Land & Estates said the decision would "shrink the supply of homes".')
    result = extract(article(text, title="Landlords warn of exodus as Scotland makes rent cap permanent"))
    assert result.subject == "the Scottish government"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {
        "Mairi McAllan": "subject_statement", "Scottish Land & Estates": "reaction"}


def test_a_bare_chief_executive_and_the_chancellor_speak_for_the_body():
    text = ('Software company Nexora has cut 4,000 jobs, in what chief executive Dan Keller called a "year of '
            'efficiency".\n\n'
            'Keller said in a memo to staff that the decision was "the hardest I have made as CEO".')
    assert kinds_by_speaker(text) == {
        "Dan Keller": "subject_statement", "Keller": "subject_statement"}
    text = ("The government will scrap the two-child limit on benefits from April, the Chancellor announced on "
            "Wednesday.\n\n"
            'Labour backbencher Rachael Maskell, who had campaigned for the change, said she was "overjoyed".')
    items = {i.speaker: i for i in extract(article(text, title="Charities hail end of two-child benefit cap")).items}
    assert items["Chancellor"].kind == "subject_statement"
    assert (items["Rachael Maskell"].kind, items["Rachael Maskell"].stance_cue) == ("reaction", "favor")


def test_a_majority_backing_a_bodys_plan_names_the_body_and_a_headlines_backing_crowd_is_favor():
    text = ("A majority of British adults support the government's plan to ban smartphones in schools in England, "
            "according to a new poll.\n\n"
            '"What if there\'s an emergency and I can\'t call my mum?" said Lily, 14, from Leeds.')
    result = extract(article(text, title="Most voters back ban on smartphones in schools, poll finds"))
    assert (result.subject, result.headline_side) == ("the government", "favor")
    assert result.target == "the government's plan to ban smartphones in schools in England"
    assert headline_side("Mayor backed by residents", None) is None  # backed by them: read elsewhere
    # backing the one the subject acted against is no side toward the subject
    assert headline_side("Gamers rally behind streamer banned from Twitch", "Twitch") is None
    assert headline_side("Wyoming Republicans Support Sending A Familiar Name Back To Washington", "Liz Cheney") == \
        "favor"


def test_what_the_subject_was_punished_for_is_the_target_and_fans_backing_their_manager_take_his_side():
    text = ("Rovers manager Steve Clarke has been fined £50,000 and banned from the touchline for two matches after "
            'calling referee Paul Tierney "a disgrace" in a post-match interview.\n\n'
            'Many Rovers fans backed their manager. "He only said what everyone in the ground was thinking," one '
            "supporter wrote on the club's forum.")
    result = extract(article(text, title="Manager fined £50,000 for calling referee 'a disgrace'"))
    assert result.target.startswith("Steve Clarke's calling referee Paul Tierney a disgrace")
    assert [(i.speaker, i.stance_cue) for i in result.items if i.quoted] == [("one supporter", "favor")]


def test_a_headline_that_says_the_response_split_and_a_second_passive_reaction():
    assert headline_side("Eurovision entry splits fans", None) == "mixed"
    assert headline_side("Court upholds ban; reactions split along party lines", None) == "mixed"
    assert headline_side("New logo draws mixed reaction", None) == "mixed"
    assert headline_side("Obama lays out stakes for a divided nation", None) is None
    text = ("The Supreme Court on Wednesday upheld a Tennessee law banning gender-affirming care for minors.\n\n"
            "The ruling was hailed by conservatives and condemned by LGBTQ advocates and Democrats.")
    told = [(i.speaker, i.stance_cue) for i in extract(article(text)).items]
    assert told == [("conservatives", "favor"), ("Democrats", "against")]


def test_his_campaign_speaks_for_him_but_his_campaign_chairman_by_name_is_read_as_named():
    text = ("Bernie Sanders raised more than $33 million in the last three months of 2015, his campaign said.\n\n"
            "His campaign said he ended December with $28 million in cash.")
    assert {i.kind for i in extract(article(text)).items} == {"subject_statement"}
    assert staff_by_pronoun("his campaign", "m") and staff_by_pronoun("His campaign and much of the media", "m")
    assert not staff_by_pronoun("His campaign chairman Paul Manafort", "m")


def test_a_headlines_deed_is_the_target_before_what_the_lead_says_was_said():
    text = ("Hartley Green library has reopened after a three-year closure, following a refurbishment.\n\n"
            "The council said the library would open six days a week and include a cafe.\n\n"
            '"It\'s like having the heart of the village back," said Margaret Oakes, 82.')
    result = extract(article(text, title="Residents celebrate as council reopens library after three-year closure"))
    assert (result.subject, result.target) == (
        "the council", "the council's reopening library after three-year closure")
    # without a headline's deed, what it said stays the target
    result = extract(article(text, title="Council says library will open six days a week"))
    assert result.target == "the council's saying the library would open"


def test_hit_with_calls_for_a_boycott_and_a_crowd_that_defends_the_body_by_its_kind():
    text = ("Craft brewery Hopworks has been hit with calls for a boycott after it released a limited-edition beer "
            "with a rainbow label.\n\n"
            "But many drinkers leapt to the brewery's defence.\n\n"
            '"Great beer, great cause," one drinker wrote.')
    result = extract(article(text))
    assert result.target == "Hopworks' limited-edition beer"  # was the bare name: no deed met the calls
    assert [(i.speaker, i.stance_cue) for i in result.items if i.quoted] == [("one drinker", "favor")]
    assert [(i.speaker, i.stance_cue) for i in result.items if not i.quoted] == [("many drinkers", "favor")]


def test_an_embedded_post_with_a_link_is_placed_and_takes_the_side_told_before_it():
    html = ('<article><p>Craft brewery Hopworks has released a beer with a rainbow label.</p>'
            "<p>But many more leapt to the brewery's defence, with sales tripling in two days.</p>"
            '<blockquote class="twitter-tweet"><p lang="en">Just ordered a case from '
            '<a href="https://twitter.com/Hopworks">@Hopworks</a>. Great beer, great cause.</p>&mdash; Sam Okafor '
            '(@samokafor) <a href="https://twitter.com/samokafor/status/1861111111111111113">November 20, 2026</a>'
            "</blockquote></article>")
    [post] = embedded_posts(html)
    assert post.text == "Just ordered a case from @Hopworks. Great beer, great cause."
    text = ("Craft brewery Hopworks has released a beer with a rainbow label.\n"
            "But many more leapt to the brewery's defence, with sales tripling in two days.\n"
            "Just ordered a case from @Hopworks . Great beer, great cause.\n"  # (as a page's text may space it)
            "— Sam Okafor (@samokafor) November 20, 2026")
    [item] = [i for i in extract(article(text, html=html)).items if i.handle == "samokafor"]
    assert (item.char_start, item.stance_cue) == (text.index("Just ordered"), "favor")


def test_hitting_out_at_a_described_school_targets_its_deed_and_a_saints_school_is_named_whole():
    text = ("Parents have hit out at a primary school in Kent after it banned children from bringing in birthday "
            "cakes to share with classmates.\n\n"
            "St Mary's Primary School in Ashford said the ban was needed because of the number of pupils with severe "
            "allergies.\n\n"
            '"Nobody consulted us," said one parent.')
    result = extract(article(text, title="Parents' fury as primary school bans birthday cakes"))
    assert result.subject == "St Mary's Primary School"
    assert result.target.startswith("St Mary's Primary School's banning children from bringing in birthday cakes")
    assert {i.speaker: i.kind for i in result.items} == {
        "St Mary's Primary School": "subject_statement", "Parents": "reaction", "one parent": "reaction"}


def test_a_headlines_capitalized_kind_is_the_body_the_lead_names_and_a_reacting_crowd_answers_its_deed():
    text = ("HELSINKI (AP) — Finnair on Tuesday dropped a plan to weigh passengers at the gate before boarding, two "
            "days after the proposal drew criticism from travelers and privacy groups.\n\n"
            'Finnair spokesperson Paulina Lindqvist said the company had "listened to our customers".')
    result = extract(article(text, title="Airline drops plan to weigh passengers after outcry"))
    assert result.subject == "Finnair"
    assert {i.speaker: i.kind for i in result.items if i.quoted} == {"Paulina Lindqvist": "subject_statement"}
    text = ("Manchester City fans booed at the club's annual supporters' meeting after it announced a 12% rise in "
            "season ticket prices.\n\n"
            "The club said the increase was needed to cover rising costs.")
    result = extract(article(text, title="Fans boo as club raises season ticket prices by 12%"))
    assert (result.subject, result.target) == ("Manchester City", "Manchester City's 12% rise in season ticket prices")


def test_a_bare_spokesperson_after_a_person_or_a_reported_body_and_short_stems_and_adverbs():
    text = ("SkyJet will charge passengers £8 to choose a seat.\n\n"
            'Passenger Tom Reed said the fee was "a total rip-off for families". "We are sorry for any confusion '
            'caused," a spokeswoman said.\n\n'
            'Consumer group Which? said the charge was unfair. "Passengers deserve better than this," a spokesperson '
            "said.")
    quoted = {i.text: (i.speaker, i.kind) for i in extract(article(text, title="Airline seat fee sparks anger")).items}
    assert quoted["We are sorry for any confusion caused"][1] == "subject_statement"  # not the passenger's
    assert quoted["Passengers deserve better than this"] == ("Which?", "reaction")  # after its reported words
    text = ("The council is scrapping evening bus services.\n\n"
            "The Kremlin said it would not even comment on the claims.")
    assert [i.kind for i in extract(article(text, title="Council scraps evening buses")).items] == ["other_target"]
    assert headline_side("Fans back in stadiums as restrictions ease", None) is None


def test_a_post_placed_under_other_spacing_ends_where_its_words_end():
    html = ('<blockquote class="twitter-tweet"><p>Just ordered a case from <a href="https://twitter.com/Hopworks">'
            '@Hopworks</a>. Great beer, great cause.</p>&mdash; Sam Okafor (@samokafor) '
            '<a href="https://twitter.com/samokafor/status/1861111111111111113">November 20, 2026</a></blockquote>')
    text = "Some liked it.\nJust ordered a case from @Hopworks . Great beer,  great cause.\nThe end."
    [post] = [i for i in extract(article(text, html=html)).items if i.handle == "samokafor"]
    assert text[post.char_start:post.char_end] == "Just ordered a case from @Hopworks . Great beer,  great cause."


def test_a_person_subject_by_the_role_the_story_gives_them_and_their_people():
    lead = "Pop star Mia Torres cancelled her sold-out concert less than three hours before she was due on stage.\n\n"
    title = "Singer cancels concert hours before show"
    for said in ('The singer said she was "heartbroken" and that all tickets would be refunded.',
                 'A representative for the singer said she was "heartbroken" and that all tickets would be refunded.',
                 'The singer\'s publicist said she was "heartbroken" and that all tickets would be refunded.'):
        assert [i.kind for i in extract(article(lead + said, title=title)).items] == ["subject_statement"]
    rival = 'Rival singer Ana Ruiz said it was "unprofessional". The singer said fans "deserved far better than this".'
    assert [i.kind for i in extract(article(lead + rival, title=title)).items] == ["reaction", "reaction"]


def test_stepping_down_is_a_deed_with_its_particle_alone():
    text = ("Boeing chief executive Dave Calhoun will step down at the end of the year, the company said on Monday.\n\n"
            '"This is long overdue," said Ron Epstein, an aerospace analyst.')
    assert extract(article(text)).target == "Dave Calhoun's stepping down"


def test_an_apology_after_a_thing_was_criticised_targets_that_thing():
    text = ("French fashion house Maison Lure has apologised after an advertising campaign in China was criticised "
            "on social media as insulting to Chinese women.\n\n"
            '"They still think of us as a joke," one Weibo user commented.')
    assert extract(article(text)).target == "Maison Lure's advertising campaign in China"


def test_a_headline_crowd_cheering_as_a_named_thing_opens_reads_its_owner():
    # the small parser takes "cheer" for a noun doing the opening
    title = "Skaters cheer as Dunmore's new riverside skate park opens"
    text = ("The town's first public skate park opened on Sunday beside the river.\n\n"
            '"We have waited ten years for this," said Ellie Shaw, 15.')
    extraction = extract(article(text, title=title))
    assert (extraction.subject, extraction.target) == ("Dunmore", "Dunmore's new riverside skate park")


def test_tributes_after_the_subjects_death_answer_no_deed():
    title = "Tributes paid to much-loved lollipop man Ken Doyle, 82"
    text = ("Tributes have been paid to Ken Doyle, who helped children cross Mill Road for 25 years, after his "
            "death last week.\n\n"
            '"Ken knew every child by name," said headteacher Ruth Lane.')
    assert extract(article(text, title=title)).subject is None


def test_a_name_joined_by_an_ampersand_keeps_its_role_like_words():
    # "Anchor" is also a newsreader's role; the "&" makes it part of the brand's name
    title = "Diners slam restaurant chain's £30 pizza"
    text = ("Restaurant chain Rose & Anchor Kitchens has been slammed by diners after charging £30 for a "
            "margherita pizza.\n\n"
            '"Daylight robbery," one diner wrote. "Never again," wrote another.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Rose & Anchor Kitchens"
    assert extraction.target == "Rose & Anchor Kitchens' charging £30 for a margherita pizza"


def test_the_company_is_the_business_the_lead_introduces_by_its_kind():
    title = "Photo app faces user exodus over new fees"
    text = ("Users of the photo-sharing app Snapwise are leaving in droves after the company began charging for "
            "cloud storage.\n\n"
            '"Deleted my account. Bye Snapwise," one user wrote.\n\n'
            'Snapwise\'s chief executive, Ola Berg, said: "Storage costs money."')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Snapwise"
    assert {i.speaker: i.kind for i in extraction.items}["Ola Berg"] == "subject_statement"


def test_a_school_boards_superintendent_speaks_for_it():
    title = "Parents say later bus times will wreck their mornings"
    text = ("The school board voted 4-3 on Tuesday to move elementary start times to 7:20 a.m.\n\n"
            '"My kids will be waiting in the dark," says parent Dana Ruiz.\n\n'
            'Superintendent Dr. Paul Greer says the district will help. "We hear families," he says.')
    kinds = kinds_by_speaker(text, title)
    assert kinds["Paul Greer"] == "subject_statement" and kinds["Dana Ruiz"] == "reaction"


def test_a_crowd_reacting_to_a_body_named_by_its_kind_and_head():
    title = "Staff angry as ambulance trust cuts overtime pay"
    text = ("Paramedics across the county have reacted with fury after the ambulance trust said it would cut "
            "overtime rates from June.\n\n"
            '"We are already at breaking point," said one paramedic.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "the ambulance trust"
    assert extraction.target.startswith("the ambulance trust's")


def test_an_advert_by_a_body_named_after_its_kind_is_that_bodys():
    title = "Bank's 'brutally honest' ad about debt praised"
    text = ("An advert by the lender Brightway Bank showing a family hiding bills from each other has been praised "
            "for its honesty.\n\n"
            '"Finally an advert that tells the truth," one viewer wrote.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Brightway Bank"
    assert extraction.target.startswith("Brightway Bank's advert showing a family")
    assert extraction.headline_side == "favor"


def test_headline_passive_on_a_thing_the_subject_owns_tells_the_side():
    assert headline_side("Mayor's flood response praised", "Jo Hart", frozenset({"Mayor"})) == "favor"
    assert headline_side("Council's bin plan slammed over cost", "the council", frozenset({"council"})) == "against"
    assert headline_side("Council's new chief executive praised", "the council", frozenset({"council"})) is None
    assert headline_side("New parking rules divide residents", "the council") == "mixed"


def test_a_crowds_side_is_not_lent_past_a_split_it_reports():
    text = ("The parish council has stopped cutting the village green to let wildflowers grow.\n\n"
            'Others were less keen. "It looks a mess," said Tom Ward.\n\n'
            'On the village Facebook page, opinion was divided. One member wrote: "Gorgeous, well done."')
    cues = cues_by_speaker(text)
    assert cues["One member"] is None


def test_a_named_voice_after_supporters_say_is_one_of_them_when_opponents_are_quoted_too():
    title = "Ohio passes law requiring cursive in schools"
    text = ("Ohio Gov. Mike DeWine on Monday signed a law requiring schools to teach cursive handwriting.\n\n"
            'Supporters say the law will help children read old documents. "Kids deserve to read their '
            'grandparents\' letters," said state Sen. Jane Ruiz, who sponsored the bill.\n\n'
            'Opponents say it wastes class time. "This is nostalgia, not education," said teacher Amy Cole.')
    cues = cues_by_speaker(text, title)
    assert (cues["Jane Ruiz"], cues["Supporters"], cues["Amy Cole"]) == ("favor", "favor", "against")


def test_a_headlines_bare_plan_is_read_as_the_lead_tells_it():
    # (the headline as the text's first line, as archives keep it)
    text = ("Cole's bus plan leaves riders cold.\n\n"
            "Hardly anyone likes Mayor Ann Cole's latest plan to scrap night buses in Easton — though it would "
            "save the city $4 million.\n\n"
            '"People who work late will be stranded," said rider Tom Hale.')
    assert extract(article(text)).target == "Ann Cole's plan to scrap night buses in Easton"


def test_a_bodys_officer_quoted_after_its_told_reaction_takes_its_side():
    title = "Governor vetoes charter school expansion"
    text = ("Gov. Ruth Abney on Tuesday vetoed a bill that would have doubled the number of charter schools.\n\n"
            "The state nurses' association, which represents school nurses, welcomed the decision. "
            '"Ruth Abney kept her word to children," said the association\'s president, Mia Lund.\n\n'
            'Republicans were angry. "A sad day for parents," said Sen. Al Frey.')
    cues = cues_by_speaker(text, title)
    assert cues["Mia Lund"] == "favor"


@pytest.mark.parametrize(("headline", "side"), [
    ("Park plan cheered by families, condemned by dog walkers", "mixed"),
    ("Veto of voucher bill draws praise from teachers, fury from GOP", "mixed"),
    ("Fans defend striker after critics mock his penalty miss", "favor"),  # the mocking is the cause
])
def test_a_headline_naming_both_sides_is_mixed_unless_one_is_the_cause(headline, side):
    assert headline_side(headline, "Jo Hart") == side


def test_bulleted_handle_lines_are_one_post_each_with_its_own_author():
    text = ("Snack maker Crunchco has discontinued its chilli crisps.\n\n"
            "Here's what people said:\n\n"
            '- @snackqueen: "no chilli crisps?? my week is ruined"\n'
            "- @dave_eats: Crunchco really said we don't matter\n"
            '• @kim_b: "good riddance, they were too salty"\n')
    posts = {i.speaker: i.text for i in extract(article(text)).items if i.quoted}
    assert posts == {"@snackqueen": "no chilli crisps?? my week is ruined",
                     "@dave_eats": "Crunchco really said we don't matter",
                     "@kim_b": "good riddance, they were too salty"}


def test_a_pronoun_in_what_someone_told_is_that_someone():
    text = ("The board voted to close the pool on Sundays.\n\n"
            "Tom Reed, a swimmer, said the decision was a disgrace.\n\n"
            "One mother, who asked not to be named, told the Courier she supported the closure.")
    speakers = {i.text: i.speaker for i in extract(article(text)).items}
    assert speakers.get("One mother, who asked not to be named, told the Courier she supported the closure.",
                        "One mother") == "One mother"


@pytest.mark.parametrize("feeling", ["baffled", "fuming", "gutted", "bewildered"])
def test_a_crowds_feeling_of_dismay_is_a_reaction_against(feeling):
    text = ("The coach left her top scorer on the bench for the final.\n\n"
            f'Fans were {feeling}. "Nobody understands it," said Gary Lowe.')
    cues = cues_by_speaker(text)
    assert cues["Fans"] == "against"


def test_which_with_its_question_mark_is_the_consumer_group():
    text = ("Budget airline FlyRight now charges $18 for a window seat.\n\n"
            'Consumer group Which? said passengers were being "nickel-and-dimed at every step."')
    assert "Which?" in {i.speaker for i in extract(article(text)).items}


def test_a_person_described_by_where_they_are_is_not_the_place():
    text = ("Budget airline FlyRight now charges $18 for a window seat.\n\n"
            '"This is getting silly," a passenger at Denver International Airport told 9News.')
    assert {i.speaker for i in extract(article(text)).items} == {"passenger at Denver International Airport"}


def test_the_lead_body_that_acts_on_someone_is_the_subject_however_often_they_are_quoted():
    title = "Council fines pensioner £200 for feeding pigeons"
    text = ("A district council has fined a pensioner £200 for feeding pigeons in her own garden.\n\n"
            'Joan Pike, 81, said she had fed the birds for 20 years. "They are my only company," Pike said.\n\n'
            '"I won\'t stop," Pike told the Echo. "Pike is a stubborn woman," her neighbour joked.\n\n'
            '"This is heartless," said neighbour Tom Lee.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "the district council"
    assert extraction.target == "the district council's fining a pensioner £200 for feeding pigeons in her own garden"


@pytest.mark.parametrize(("headline", "side"), [
    ("EU cash cap divides member states", "mixed"),
    ("Tax plan splits the cabinet", "mixed"),
    ("New road divides the town", None),  # a place, not a response
])
def test_a_headline_split_among_those_who_decide_is_mixed(headline, side):
    assert headline_side(headline, None) == side


def test_a_quoted_parent_after_some_parents_backed_it_takes_their_side():
    text = ("The school has banned TikTok dances at prom.\n\n"
            'Some parents backed the ban. "Some of those dances are not for school," said Karen Wills, whose '
            "daughter is a sophomore.")
    cues = cues_by_speaker(text)
    assert cues["Karen Wills"] == "favor"


def test_a_named_family_that_acts_is_the_subject_and_speaks_for_itself():
    title = "Man Utd fans stage protest as Brennans announce ticket price rise"
    text = ("Manchester United supporters staged a protest outside Old Trafford on Saturday after the club's owners, "
            "the Brennan family, announced that season ticket prices would rise by 5% next season.\n\n"
            '"We pay more every year for a worse team," said season ticket holder Dave Morris.\n\n'
            "A club spokesperson said the rise was needed.")
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Brennan family"
    kinds = {i.speaker: i.kind for i in extraction.items}
    assert (kinds["Brennan family"], kinds["club spokesperson"]) == ("subject_statement", "subject_statement")


def test_the_clubs_owners_parsed_as_what_the_crowd_protested_after_act_for_the_club():
    title = "Fans march as owners raise ticket prices"
    text = ("Rovers supporters staged a protest outside the ground on Saturday after the club's owners, the Hartley "
            "family, announced that season ticket prices would rise by 8% next season.\n\n"
            '"We pay more for a worse team," said fan Dave Morris.')
    assert extract(article(text, title=title)).subject == "Rovers"


def test_a_contrasting_clause_with_its_own_reaction_is_a_second_reaction():
    text = ("The court struck down the loan plan on Friday.\n\n"
            "Democrats blasted the decision, while Republicans praised it as a win for taxpayers.")
    cues = cues_by_speaker(text)
    assert cues == {"Democrats": "against", "Republicans": "favor"}


def test_a_headlines_bare_passive_names_what_the_leads_actor_did_it_to():
    title = "Players fume as Skyreach delayed again"
    text = ("Developer Ember Peak has delayed Skyreach for a second time, pushing the game's release to 2027.\n\n"
            '"Two delays and still no footage," one player wrote.')
    extraction = extract(article(text, title=title))
    assert (extraction.subject, extraction.target) == ("Ember Peak", "Ember Peak's delaying Skyreach for a second time")


def test_a_headline_naming_whom_the_lead_reacts_to_keeps_its_subject():
    title = "Senator slams Trump over wall"
    text = ("Sen. Jo Hart slammed Donald Trump on Friday over his plan to build a wall.\n\n"
            '"It is a waste of money," Hart said.')
    assert extract(article(text, title=title)).subject == "Donald Trump"


def test_a_death_in_the_lead_is_the_subjects_only_when_the_subject_is_the_person_named():
    title = "Anger after woman dies"
    text = ("A hospital trust has apologised to the family of a woman after failings contributed to her death.\n\n"
            '"We are devastated," her son said.')
    assert extract(article(text, title=title)).subject == "the hospital trust"


def test_a_name_introduced_by_its_kind_ends_at_a_full_stop():
    title = "Older people angry at charity advert"
    text = ("Older people have reacted with anger after the charity released an advert. The film was made for the "
            "charity Age Together. It shows a man eating alone.\n\n"
            '"Awful," one viewer said.')
    assert extract(article(text, title=title)).subject == "Age Together"


@pytest.mark.parametrize("headline", ["Manchin splits with party over climate bill",
                                      "Council to split funding between parents and schools",
                                      "Fans split the bill after cup final"])
def test_splitting_with_from_or_between_is_no_split_response(headline):
    assert headline_side(headline, None) is None


@pytest.mark.parametrize(("text", "speaker"), [
    # the kind is the told speaker's, not a word of what they reacted to
    ("The council approved 400 homes.\n\nResidents condemned the council's decision to approve the scheme. "
     "“We followed the planning rules,” said the council's leader, Jo Park.", "Jo Park"),
    # a turn between the group's claim and the quote
    ("Gov. Ann Lee signed a gun law.\n\nSupporters say the law will save lives, but not everyone agrees. "
     "“This law punishes law-abiding citizens,” said state Rep. Scott Hilton.\n\nOpponents say it goes too far.",
     "Scott Hilton"),
    # a mayor is not one of the parents for his children
    ("The school has banned phones.\n\nSome parents backed the ban. “It is overdue,” said Mayor Tom Ricci, whose "
     "children attend the school.", "Tom Ricci"),
])
def test_a_named_voice_keeps_its_own_side_when_nothing_makes_it_one_of_the_told(text, speaker):
    assert cues_by_speaker(text)[speaker] is None


def test_opponents_only_count_when_quoted_as_a_group():
    text = ("Rovers have sacked manager Tom Hill after a run of defeats.\n\n"
            "Supporters said the timing was strange, with the club's next opponents, Town, top of the league.")
    assert cues_by_speaker(text)["Supporters"] is None


def test_an_ampersand_name_stops_at_a_title():
    text = "The firm raised prices.\n\n“This is unacceptable,” said Procter & Gamble Chairman David Taylor."
    assert [i.speaker for i in extract(article(text)).items] == ["David Taylor"]


def test_a_handle_lines_inner_quote_marks_are_its_words():
    text = "The studio recast the lead.\n\nHere's what fans said:\n\n@amy: I love \"Dune\" more\n"
    assert [i.text for i in extract(article(text)).items if i.speaker == "@amy"] == ['I love "Dune" more']


def test_a_family_that_complains_is_not_the_actor():
    title = "Hospital under fire over care of pensioner"
    text = ("The Hale family has demanded answers after Hartley General Hospital discharged their 88-year-old mother "
            "at 2am.\n\nA hospital spokesperson said it would investigate.")
    assert extract(article(text, title=title)).subject != "Hale family"


@pytest.mark.parametrize(("headline", "side"), [
    ("Mayor hailed after U-turn on fares, but critics slam delay", "mixed"),  # the cause ends at the comma
    ("Trump's son's tweet about Ukraine slammed", None),  # another's thing
])
def test_headline_sides_with_a_cause_or_another_owner(headline, side):
    assert headline_side(headline, "Donald Trump", frozenset({"Mayor"})) == side


def test_a_described_speaker_with_a_name_after_keeps_the_name():
    assert speaker_name("a teacher at Lincoln High School, Maria Lopez") == "Maria Lopez"
    assert speaker_name("Longtime critic of the mayor Jane Cole") == "Jane Cole"


def test_an_acronym_the_tagger_reads_as_a_verb_is_a_speaker():
    text = ('Copenhagen Zoo put down a healthy giraffe.\n\n'
            'Animal welfare group PETA called the killing "a senseless act."')
    assert [(i.speaker, i.kind, i.stance_cue) for i in extract(article(text)).items] == [
        ("PETA", "reaction", "against")]


def test_backing_the_subject_by_its_kind_or_role_is_favor():
    text = ("Copenhagen Zoo put down a healthy giraffe.\n\n"
            "Some zoologists backed the zoo.\n\nMany parents backed the principal.")
    cues = cues_by_speaker(text)
    assert cues["Some zoologists"] == "favor"


def test_a_petition_to_save_what_the_deed_harms_is_against_it_and_so_are_its_signatories():
    text = ("Copenhagen Zoo put down a healthy giraffe on Sunday.\n\n"
            "More than 27,000 people signed an online petition to save the animal. "
            '"There were other zoos willing to take him," one signatory wrote.')
    cues = cues_by_speaker(text)
    assert (cues["More than 27,000 people"], cues["one signatory"]) == ("against", "against")


def test_what_records_showed_the_subject_did_is_the_deed():
    title = "MP under fire over £3,000 sofa"
    text = ("Labour MP Tom Hale has been criticised after expenses records showed he claimed almost £3,000 for a "
            "sofa for his second home.\n\n"
            '"This is an insult," said one constituent.')
    assert extract(article(text, title=title)).target.startswith("Tom Hale's claiming almost £3,000 for a sofa")


def test_ministers_are_the_government_and_an_outcry_that_made_them_undo_a_plan_favors_the_undoing():
    title = "Ministers scrap plan to close coastguard stations after outcry"
    text = ("Ministers have scrapped plans to close 10 coastguard stations after a backlash from MPs and "
            "fishing communities.\n\n"
            '"Common sense has prevailed," said Sir Tom Reed, who had lobbied against the closures.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "the government"
    assert extraction.target.startswith("the government's scrapping plans to close 10 coastguard stations")
    assert extraction.headline_side is None
    assert [i.stance_cue for i in extraction.items if not i.quoted] == ["favor"]


def test_a_bodys_acronym_counts_as_its_mentions():
    title = "Rail strike: commuters angry as 4,000 trains cancelled"
    text = ("Commuters have spoken of their anger after a strike by train drivers led to 4,000 cancellations.\n\n"
            "The National Union of Rail Workers (NURW), which called the strike, says pay has fallen behind "
            "inflation. The NURW leadership met on Monday.\n\n"
            '"I lost a day\'s work," said commuter Jo Hart.')
    assert extract(article(text, title=title)).subject == "National Union of Rail Workers"


@pytest.mark.parametrize("feeling", ["sympathetic", "understanding"])
def test_a_crowd_that_was_sympathetic_takes_the_subjects_side(feeling):
    text = ("Pop star Leo Grant has cancelled his UK tour hours before the first show.\n\n"
            f'Many fans were {feeling}. "Your health comes first, Leo," one wrote.')
    cues = cues_by_speaker(text)
    assert (cues["Many fans"], cues["one fan"]) == ("favor", "favor")


def test_a_central_banks_governor_speaks_for_the_bank():
    text = ("The Bank of Northland held its main interest rate at 4 per cent on Wednesday.\n\n"
            'Governor Lars Egede said inflation remained above target. "We need more evidence," he said.\n\n'
            '"Holding rates again punishes every saver," said Mia Holt of the Savers Union.')
    kinds = kinds_by_speaker(text)
    assert kinds["Lars Egede"] == "subject_statement" and kinds["Mia Holt"] == "reaction"


@pytest.mark.parametrize(("lead", "official"), [
    # a bank named by its short name: its governor, titled as a doctor without the full stop
    ("The Central Bank of Lindora (CBL) on Tuesday cut its benchmark interest rate to 8.75 per cent.\n\n"
     "Governor Dr Amani Wekesa-Odera said inflation was within the target range.", "Amani Wekesa-Odera"),
    # a ministry by its domain: "Minister of State for Health", "Union Minister for Road Transport and Highways"
    ("The Ministry of Health will offer free bowel screening kits to residents aged 45 to 49 from July.\n\n"
     "Senior Minister of State for Health Dr Koh Poh Chin said colorectal cancer was the most common cancer in the "
     "country.", "Koh Poh Chin"),
    ("The Ministry of Road Transport and Highways on Wednesday notified rules for satellite tolling.\n\n"
     "Union Minister for Road Transport and Highways Arjun Raghavan said queues at plazas would end.",
     "Arjun Raghavan"),
])
def test_a_bodys_head_speaks_for_it_by_its_short_name_and_a_ministers_domain(lead, official):
    text = f'{lead}\n\n"This is a sensible step," said Neema Otieno, a trader in the capital.'
    kinds = kinds_by_speaker(text)
    assert kinds[official] == "subject_statement" and kinds["Neema Otieno"] == "reaction"


def test_two_posts_after_on_x_are_two_posts_and_a_described_member_of_the_public_is_public():
    text = ("The Riverside Marathon has ended its sponsorship deal with Castlegate Oil.\n\n"
            'Runners welcomed the move. "Proud of our race today," one club runner posted on X. '
            '"It should never have been signed," wrote another.')
    items = [(i.speaker, i.speaker_role, i.text) for i in extract(article(text)).items if i.quoted]
    assert items == [("one club runner", "public", "Proud of our race today"),
                     ("another runner", "public", "It should never have been signed")]


def test_a_passive_clause_makes_the_thing_it_shows_the_target_and_a_service_run_is_told_as_running():
    text = ("Comedian Danny Vale has been criticised after a joke about last month's floods was shown on a "
            "late-night panel show.\n\n"
            '"People lost their homes," one viewer wrote.')
    assert extract(article(text)).target == "Danny Vale's joke about last month's floods"
    text = ("The Daily Echo ran a front page comparing striking nurses to terrorists.\n\n"
            '"It is vile," said nurse Ann Lee. The Daily Echo has not commented.')
    assert extract(article(text)).target == "Daily Echo's front page comparing striking nurses to terrorists"
    text = ("Harbourline Ferries will run two sailings a day to Skerra Island this winter, the company said.\n\n"
            '"Two boats a day is an insult," one resident wrote.')
    assert extract(article(text)).target.startswith("Harbourline Ferries' running two sailings")


def test_a_club_that_sacks_a_named_manager_is_the_subject_though_he_is_named_more():
    title = "Fans fume as Dunmore City sack popular manager Joe Kerr"
    text = ("Dunmore City have sacked manager Joe Kerr after eleven games, the club confirmed on Sunday.\n\n"
            "Kerr led the club to promotion last spring. Kerr was hugely popular.\n\n"
            '"Absolute joke of a club. Kerr gave us our best season," one fan posted.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Dunmore City"
    assert extraction.target.startswith("Dunmore City's sacking manager Joe Kerr")


def test_someones_fans_hitting_back_side_with_them_and_one_of_a_crowd_is_named_by_it():
    text = ("Singer Maya Rose has been flooded with messages of support after trolls mocked her appearance "
            "at the awards.\n\n"
            'Her fans quickly hit back. "She looked incredible," one wrote. "Ignore them," wrote another.')
    items = extract(article(text)).items
    assert [(i.speaker, i.stance_cue) for i in items] == [
        ("one fan", "favor"), ("another fan", "favor"), ("Her fans", "favor")]


def test_a_ministers_title_before_a_comma_speaks_for_the_government_and_a_felt_relief_is_favor():
    text = ("The government will introduce a levy on sugary snacks from 2027, the health secretary, Anna Brooks, "
            "announced on Tuesday.\n\n"
            '"We cannot stand by," Brooks said.\n\n'
            "On Mumsnet, several parents said they were relieved. Others said they were angry.")
    items = extract(article(text)).items
    assert [(i.speaker, i.kind, i.stance_cue) for i in items] == [
        ("Brooks", "subject_statement", None), ("several parents", "reaction", "favor"),
        ("Others", "reaction", "against")]


def test_a_sentence_ends_after_a_numbers_capital_and_another_of_a_capitalised_crowd_is_named_by_it():
    text = ("Vueflix will charge customers an extra £3 a month for 4K from March.\n\n"
            '"Cancelled," wrote one Redditor. Another commented: "Back to DVDs for me."\n\n'
            "A few users defended the move, pointing out that rivals already charge for 4K. "
            '"Honestly £3 is fair," one said.')
    items = extract(article(text)).items
    assert [(i.speaker, i.quoted) for i in items] == [
        ("Redditor", True), ("another redditor", True), ("one user", True), ("few users", False)]
    assert items[-1].text == "A few users defended the move, pointing out that rivals already charge for 4K."


def test_going_viral_is_the_response_and_she_is_never_the_staff():
    text = ("A bakery in Leeds has gone viral after posting a price list that charges rude customers more.\n\n"
            'Owner Hannah Lowe said she put it up after staff were shouted at. "It is a bit of fun," she said.\n\n'
            '"Every café should do this," one viewer commented.')
    extraction = extract(article(text))
    assert extraction.target == "the bakery's price list"
    assert [(i.speaker, i.kind) for i in extraction.items if i.quoted] == [
        ("Hannah Lowe", "subject_statement"), ("one viewer", "reaction")]


def test_a_headlines_kind_names_the_body_the_lead_names_and_then_calls_by_that_kind():
    title = "Airline's new seat fee sparks fury among families"
    text = ("Skyward Air will charge parents £40 to sit next to their children, the airline confirmed on Tuesday.\n\n"
            '"Absolutely disgraceful," one mother wrote.')
    assert extract(article(text, title=title)).subject == "Skyward Air"
    title = "City opens cooling centres as temperatures hit 38C"
    text = "Marston City Council has opened six cooling centres in libraries as temperatures rise.\n\nThey open at 9am."
    assert extract(article(text, title=title)).subject == "Marston City Council"


def test_what_a_bill_does_stays_in_a_target_that_names_its_owner_in_two_words():
    text = ("Senator Mark Delaney voted on Thursday against a bill that would expand health care for veterans "
            "exposed to toxic burn pits.\n\n"
            '"He turned his back on veterans," said Rosa Martinez.')
    assert extract(article(text)).target == (
        "Mark Delaney's voting against a bill that would expand health care for veterans exposed")


def test_whose_plans_a_headline_names_and_a_body_backing_while_another_objects():
    title = "Residents split over plans for 30,000-seat stadium"
    text = ("Plans for a 30,000-seat football stadium on the edge of Fenwick have divided opinion.\n\n"
            "Fenwick United submitted the plans to the district council last month.\n\n"
            "The Fenwick Chamber of Commerce backed the scheme, while the local wildlife trust objected to the loss "
            "of meadow land.")
    extraction = extract(article(text, title=title))
    assert (extraction.subject, extraction.headline_side) == ("Fenwick United", "mixed")
    assert extraction.target == "Fenwick United's plans for a 30,000-seat football stadium on the edge of Fenwick"
    assert [(i.speaker, i.stance_cue) for i in extraction.items] == [
        ("Fenwick Chamber of Commerce", "favor"), ("local wildlife trust", "against")]


def test_the_deed_of_a_chief_named_after_the_body_and_of_a_retreat_joined_to_an_apology():
    text = ("The chief executive of software company Brightpath, Marcus Feld, has been criticised after telling a "
            "podcast that young staff should work 60 hours a week.\n\n"
            '"Long hours make people ill," said Dr Priya Shah. Feld later said he had been taken out of context.')
    title = "Tech boss says staff should work 60-hour weeks, prompting outrage"
    assert extract(article(text, title=title)).target.startswith("Marcus Feld's telling a podcast that young staff")
    text = ("Supermarket chain Greenway has apologised and withdrawn a Christmas advert after complaints that it "
            "mocked vegans.\n\n"
            '"Grow up," one user wrote.')
    assert extract(article(text)).target == "Greenway's Christmas advert"


def test_a_live_blogs_notices_have_no_subject_unless_its_title_names_one():
    text = ("09:12 Police have closed the A40 after a tree fell across the road.\n\n"
            "09:30 The Environment Agency has issued 14 flood warnings.\n\n"
            '10:41 Schools have closed. The county council said it was "for the safety of pupils".')
    extraction = extract(article(text, title="Storm Doris: live updates"))
    assert extraction.subject is None and all(i.kind != "reaction" for i in extraction.items)
    extraction = extract(article(text, title="Police close A40 as Storm Doris hits"))
    assert extraction.subject is not None


def test_a_body_that_punished_someone_it_describes_is_the_subject_and_rallying_behind_her_is_not_for_it():
    title = "Council fines resident £200 for feeding pigeons"
    text = ("A pensioner has been fined £200 by Lowfield District Council for feeding pigeons outside her home.\n\n"
            'Margaret Ellis, 79, said the birds were her company. "I have done nothing wrong," she said.\n\n'
            "Her neighbours rallied behind her. \"The council should be ashamed of itself,\" one wrote.")
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Lowfield District Council"
    assert extraction.target == (
        "Lowfield District Council's fining a pensioner £200 for feeding pigeons outside her home")
    assert [i.stance_cue for i in extraction.items if i.speaker == "one neighbour"] == [None]


def test_what_mounting_pressure_answers_is_the_target():
    text = ("Pressure is mounting on Housing Minister Paul Renwick after it emerged that he claimed £14,000 in "
            "expenses for a second home.\n\n"
            '"His position is untenable," said Sarah Quinn. Renwick said he had followed the rules.')
    assert extract(article(text)).target == "Paul Renwick's claiming £14,000 in expenses for a second home"


def test_a_described_head_is_the_one_named_head_after_and_the_deed_that_describes_her_is_the_target():
    title = "Headteacher praised for scrapping homework"
    text = ("A primary school headteacher who scrapped homework for all pupils has been praised by parents.\n\n"
            "Sarah Jennings, head of Oakfield Primary in Bristol, abolished homework in September, saying that "
            'children needed time to "play, read and be with their families".\n\n'
            '"It\'s the best decision the school has made," said parent Raj Patel.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Sarah Jennings"
    assert extraction.target == "Sarah Jennings' scrapping homework for all pupils"


def test_a_headlines_school_owns_the_dress_code_the_lead_says_students_protest():
    title = "Students stage walkout over school's new dress code"
    text = ("Dozens of students at Lincoln High School walked out of class on Thursday to protest a new dress code "
            "that bans hoodies.\n\n"
            'Principal Mark Davis said the rules were designed to "create a focused learning environment".\n\n'
            '"Not everyone can buy a new wardrobe," said Maya Torres. Lincoln High School has not commented further.')
    assert extract(article(text, title=title)).target == "Lincoln High School's new dress code"


def test_what_a_video_showed_the_subject_doing_is_the_target_and_a_described_studio_is_the_named_publisher():
    text = ("Westbury Athletic striker Jordan Pike has apologised after a video showed him using a homophobic slur "
            "during a night out.\n\n"
            '"I am truly sorry," Pike said.')
    assert extract(article(text)).target == "Jordan Pike's using a homophobic slur"
    title = "Gaming studio lays off 300 staff weeks after record profits"
    text = ("Video game publisher Redline Interactive is laying off 300 employees weeks after reporting record "
            "profits.\n\n"
            '"Record profits and they fire the people who made the games," wrote one former developer.')
    assert extract(article(text, title=title)).subject == "Redline Interactive"


# Counterexamples a review of this round's rules found, each now read as a careful reader would.
def test_a_governor_speaks_for_a_central_bank_only_and_a_comma_title_only_as_an_apposition():
    text = ("Bank of America has been criticised after it announced it would close 40 branches in New York.\n\n"
            'Governor Kathy Hochul said the closures would "hurt working families".\n\n'
            "A Bank of America spokesman said customers were moving online.")
    assert kinds_by_speaker(text)["Kathy Hochul"] == "reaction"
    text = ("The government has been criticised after it offered nurses a 1 per cent pay rise.\n\n"
            'After talks with the health secretary, Anna Brooks said the offer was "an insult" and nurses would '
            "strike.\n\nThe Department of Health said the offer was fair.")
    kinds = kinds_by_speaker(text, title="Government criticised over nurse pay")
    assert kinds["Anna Brooks"] == "reaction"


def test_pressure_after_someone_elses_deed_and_a_suspension_after_the_suspended_ones_deed():
    text = ("Pressure is mounting on Environment Secretary Anna Brooks after floods destroyed 400 homes in "
            'Yorkshire.\n\n"She has been missing in action," said Labour MP Jane Rowe.\n\n'
            "Brooks said the government was doing everything it could.")
    assert "destroying" not in extract(article(text, title="Minister under pressure over flood response")).target
    text = ("A teacher has been suspended by Oakfield Academy after a video of him shouting at pupils was shared "
            'online.\n\nParents condemned his behaviour. "He should never work with children again," said mum Ann Lee.'
            "\n\nThe academy said it was investigating.")
    assert extract(article(text, title="Teacher suspended over video")).subject != "Oakfield Academy"


def test_nobodys_objection_a_crowd_acted_on_a_quantified_headline_crowd_and_a_surname_that_is_a_role():
    lead = "Lowfield District Council has approved plans for a skate park in Victoria Park.\n\n"
    assert [i.speaker for i in extract(article(lead + "No residents objected to the plans.")).items] == []
    text = ("Fresco has been criticised after it told staff to stop helping customers at self-checkouts.\n\n"
            'Shop workers said customers had become abusive. "We are being shouted at every day," one said.')
    assert [i.speaker for i in extract(article(text)).items if i.quoted] == ["one worker"]
    assert headline_side("Not all residents are happy with new bike lanes", "Marston City Council") is None
    text = (lead + '"This is a disgrace," said resident Aaron Judge. "It will attract rats," another said.')
    assert [i.speaker for i in extract(article(text)).items] == ["Aaron Judge", "another"]
    assert role_of("a spokeswoman for the tenants") == "official"


def test_a_crowds_said_feeling_is_its_own_and_fans_of_another_hitting_back_take_no_side_for_the_subject():
    text = ("Oakfield Academy has scrapped homework for all pupils.\n\nPupils said they were delighted.\n\n"
            '"It will wreck their grades," said parent Ann Lee.')
    cues = {i.speaker: i.stance_cue for i in extract(article(text, title="School scraps homework")).items}
    assert (cues["Pupils"], cues["Ann Lee"]) == ("favor", None)
    text = ("Comedian Danny Rhodes has been criticised after he made a joke about footballer Marcus Reed's weight "
            'on a panel show.\n\nReed\'s fans quickly hit back. "Absolutely disgusting," one wrote.')
    assert all(i.stance_cue != "favor" for i in extract(article(text)).items)


def test_a_short_title_names_the_head_of_a_named_body_and_train_times_are_no_live_blog():
    text = ("A primary school headteacher who scrapped homework for all pupils has been praised by parents.\n\n"
            'Anna Brook, head of the school\'s parents\' association, said: "Families have their evenings back."\n\n'
            "The head, Mark Tully, said the change had been a success.")
    assert extract(article(text, title="Headteacher praised for scrapping homework")).subject != "Anna Brook"
    text = ("Northern Rail has been criticised after it cut the 07.15 and 08.15 services from Leeds.\n\n"
            "07.15 and 08.15 trains were the busiest of the day, commuters said.\n\n"
            '08.45 is now the first direct train. "It\'s a disaster," said commuter Tom Hale.\n\n'
            "17.30 services will also be cut in May, the company confirmed.")
    assert extract(article(text, title="Commuters furious over timetable cuts")).subject == "Northern Rail"


def test_another_bodys_secretary_is_not_the_governments_and_organisers_speak_for_their_festival():
    text = ("The government will raise the state pension age to 68 by 2039, Work and Pensions Secretary Mel Stride "
            "announced on Wednesday.\n\n"
            "The TUC's general secretary, Paul Nowak, told the BBC that the move was \"a kick in the teeth\".")
    kinds = kinds_by_speaker(text)
    assert kinds["Paul Nowak"] == "reaction"
    text = ("Greenvale Festival has dropped rapper K-Vox from its headline slot after antisemitic comments.\n\n"
            'Organisers said in a statement that the comments were "completely unacceptable".\n\n'
            '"Good call," one ticket holder tweeted.')
    kinds = kinds_by_speaker(text)
    assert (kinds["Organisers"], kinds["one ticket holder"]) == ("subject_statement", "reaction")


def test_a_thing_released_by_someone_is_theirs_but_one_uncovered_by_a_channel_is_not():
    title = "Campaign ad mocking veteran's injury draws fire"
    text = ("A campaign ad released Tuesday by Republican congressional candidate Brett Collins that appears to mock "
            "his opponent's war injury has drawn condemnation from veterans' groups.\n\n"
            "Democrat Sam Ortiz lost part of his leg in Afghanistan.\n\n"
            '"It\'s disgusting," said Rick Weidman of Vietnam Veterans of America.\n\n'
            "Collins' campaign defended the spot.")
    extraction = extract(article(text, title=title))
    assert (extraction.subject, extraction.target) == ("Brett Collins", "Brett Collins' campaign ad")
    text = ("In a 2013 video uncovered by Fox News, a veteran diplomat said Clinton put speed over security.\n\n"
            '"This puts Clinton on defense," said Jeff Bechdel. Fox News aired the clip on Monday.')
    assert extract(article(text)).target != "Fox News' 2013 video"


def test_a_paragraph_that_opens_with_few_is_read_without_error():
    text = "Lowfield District Council has approved plans for a skate park.\n\nFew residents objected to the plans."
    assert extract(article(text)).items == []


def test_a_politicians_supporters_back_what_he_did_and_speak_through_a_voice_quoted_with_them():
    title = "Senator Dale Voss draws cheers with pledge to end gas tax"
    text = ("Senator Dale Voss promised on Saturday to scrap the federal gas tax for a year if elected governor.\n\n"
            "Supporters who waited hours in the cold to hear him said the plan spoke to their lives. "
            '"That money matters," said Linda Park, a nurse from Dublin who attended the rally.\n\n'
            'Economists were skeptical. "It\'s a gimmick," said Marcus Hill, a fellow at a think tank.')
    cues = cues_by_speaker(text, title)
    assert (cues["Supporters"], cues["Linda Park"]) == ("favor", "favor")
    assert cues["Marcus Hill"] != "favor"


def test_a_referees_supporter_is_a_clubs_fan():
    text = ("The league has defended referee Mark Dunn after he awarded a late penalty.\n\n"
            '"Worst decision I\'ve seen in 30 years," wrote one supporter on X.')
    assert cues_by_speaker(text)["one supporter"] != "favor"


def test_a_company_of_two_words_the_tagger_calls_a_person_speaks_as_the_company():
    title = "Rail operator to add late-night trains"
    text = ("Northline Rail will run extra late-night services to the airport from next month, the company "
            "announced on Monday.\n\nThe company said the services were a trial and would run for six months.")
    assert {i.kind for i in extract(article(text, title=title)).items} == {"subject_statement"}


def test_a_bare_spokesman_after_a_company_that_said_it_speaks_for_that_company():
    title = "Regulator blocks supermarket merger"
    text = ("The Competition and Markets Authority has blocked the merger between FreshCo and ValueMart.\n\n"
            'FreshCo said it was "disappointed". "We believe this merger would have lowered prices," a spokesman '
            "said.")
    kinds = {(i.speaker, i.kind) for i in extract(article(text, title=title)).items}
    assert ("FreshCo", "reaction") in kinds and not any(kind == "subject_statement" for _, kind in kinds)


def test_a_student_unions_president_is_not_the_universitys():
    title = "University scraps tuition hike after student protests"
    text = ("Westbrook University has abandoned plans to raise tuition by 12 per cent.\n\n"
            '"We have heard our students," said university president Dr. Helen Marsh.\n\n'
            'Student union president Kwame Asante called the U-turn "a victory for every student who marched".')
    kinds = kinds_by_speaker(text, title)
    assert (kinds["Helen Marsh"], kinds["Kwame Asante"]) == ("subject_statement", "reaction")


def test_a_primary_schools_headteacher_speaks_for_it():
    title = "Parents furious as school bans birthday cakes"
    text = ("Riverside Primary in Leeds told parents in a letter that cakes would no longer be allowed.\n\n"
            '"It\'s just mean," said mother-of-three Claire Dawson.\n\n'
            'Headteacher Mark Oliver said the school had consulted parents and that "the majority" supported it.')
    kinds = kinds_by_speaker(text, title)
    assert (kinds["Claire Dawson"], kinds["Mark Oliver"]) == ("reaction", "subject_statement")


def test_whom_a_crowd_calls_to_be_fired_is_the_subject():
    title = "Fans demand coach's exit after sixth straight loss"
    text = ("Supporters of the Harbor City Hawks have called for head coach Rick Delgado to be fired after the team "
            "lost its sixth straight game on Sunday.\n\n"
            'Delgado said after the game: "I understand the frustration."')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Rick Delgado"
    kinds = {i.speaker: (i.kind, i.stance_cue) for i in extraction.items}
    assert kinds["Delgado"][0] == "subject_statement"
    # (the call takes no side of its own: "called for the hospital's chief executive to resign" may side with
    # a subject who exposed him)
    assert kinds["Supporters of the Harbor City Hawks"] == ("reaction", None)


def test_another_crowds_reaction_without_a_side_ends_the_side_told_before_it():
    title = "Villagers split over plans for wind farm"
    text = ("Plans for a wind farm on hills above the village of Aldmoor have divided the community.\n\n"
            "Energy company GreenGen submitted the plans to the county council last week.\n\n"
            "Some residents have backed the scheme.\n\n"
            'Others fear the turbines will ruin the view. "Why would we destroy them?" said farmer Geoff Barnes.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "GreenGen"  # the plans' owner, by the name its kind introduces
    assert {i.speaker: i.stance_cue for i in extraction.items}["Geoff Barnes"] is None


def test_the_body_that_called_a_strike_is_its_subject_and_its_initials_count_as_its_mentions():
    title = "Junior doctors' strike: patients and public back walkout, poll finds"
    text = ("More than half of the public supports junior doctors who began a five-day strike on Tuesday.\n\n"
            "The British Medical Association called the walkout after talks with the government broke down.\n\n"
            'Health Secretary Victoria Atkins said the strike was "hugely disappointing".\n\n'
            'Dr Robert Laurenson, co-chair of the BMA\'s junior doctors committee, said: "We have no choice."')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "British Medical Association"
    assert extraction.headline_side == "favor"  # "patients and public back walkout"
    kinds = {i.speaker: i.kind for i in extraction.items}
    assert (kinds["Victoria Atkins"], kinds["Robert Laurenson"]) == ("reaction", "subject_statement")


@pytest.mark.parametrize("quote", [
    '"He said what a lot of taxpayers are thinking," tweeted radio host Dan Greer.',
    '"He said what a lot of taxpayers are thinking," said Dan Greer, 52.',  # one of the public by name and age
])
def test_a_named_voice_after_some_of_a_crowd_took_a_side_is_one_of_them(quote):
    title = "Senator under fire for calling teachers 'thugs'"
    text = ('Senator Kyle Brandt described striking teachers as "union thugs" on Thursday.\n\n'
            f"Some conservatives defended the senator. {quote}")
    assert cues_by_speaker(text, title)["Dan Greer"] == "favor"


def test_an_agreement_is_a_measure_and_a_side_taken_on_it_is_about_it():
    title = "Trade deal with Vietnam draws mixed reaction in Congress"
    text = ("President Mark Ellison's new trade agreement with Vietnam received a mixed reception on Tuesday.\n\n"
            "The National Cattlemen's Beef Association welcomed it as \"a major win for ranchers.\"")
    extraction = extract(article(text, title=title))
    assert extraction.target == "Mark Ellison's new trade agreement with Vietnam"
    assert [(i.kind, i.stance_cue) for i in extraction.items] == [("reaction", "favor")]


def test_a_u_turn_reads_the_outcry_it_heeded_as_for_it_and_the_shadow_minister_as_opposition():
    title = "Government U-turns on plan to scrap free school meals for infants"
    text = ("The government has abandoned plans to end free school meals for all infant pupils in England, days "
            "after the proposal provoked a furious backlash from parents, teachers and its own MPs.\n\n"
            "Labour's shadow education secretary Bridget Phillipson said the climbdown was \"welcome but "
            'shambolic".\n\n'
            'The National Education Union said it was "delighted that common sense has prevailed".')
    items = {i.speaker: i for i in extract(article(text, title=title)).items}
    assert items["MPs"].stance_cue == "favor"
    assert items["Bridget Phillipson"].kind == "reaction"  # not the government's voice; "the climbdown" is its deed
    assert items["National Education Union"].kind == "reaction"  # a feeling its words open with


def test_one_named_by_a_crowds_kind_takes_its_side_a_few_paragraphs_on():
    title = "Photographers angry over Lumen's AI image tool trained on their work"
    text = ("Photo-sharing site Lumen has launched an AI image generator, prompting anger from photographers who say "
            "it was trained on their pictures without permission.\n\n"
            "The tool, called Lumen Create, lets users produce images from text descriptions.\n\n"
            '"They took twenty years of my work and built a machine to replace me," said wildlife photographer '
            "Rachel Dunn.")
    extraction = extract(article(text, title=title))
    assert extraction.headline_side == "against"
    assert {i.speaker: i.stance_cue for i in extraction.items}["Rachel Dunn"] == "against"


def test_a_group_named_by_its_side_lends_it_no_further_than_the_next_paragraph():
    title = "Senator Dale Voss draws cheers with pledge to end gas tax"
    text = ("Senator Dale Voss promised on Saturday to scrap the federal gas tax for a year.\n\n"
            "Supporters who waited hours in the cold to hear him said the plan spoke to their lives.\n\n"
            '"That money matters," said Linda Park, a nurse from Dublin.\n\n'
            'Economists were more skeptical. "It\'s a gimmick," said Marcus Hill, a fellow at a think tank.')
    assert cues_by_speaker(text, title)["Marcus Hill"] is None


# Counterexamples from a review of 0.3.236-0.3.239: each reads as a careful reader would.
def test_the_supporters_of_a_bill_a_politician_vetoed_or_blocked_are_not_on_his_side():
    for lead in ("Governor Mark Hale on Friday vetoed a bill that would have raised the minimum wage.",
                 "Senator Karen Marsh used a procedural hold on Tuesday to block a bill for rural hospitals."):
        text = f"{lead}\n\nSupporters said they would push for a vote to override it."
        assert cues_by_speaker(text)["Supporters"] is None


def test_critics_side_is_not_lent_to_the_next_paragraphs_speaker():
    text = ("Liverpool City Council has voted to make Bold Street permanently car-free.\n\n"
            "Critics said the closure would hurt small traders.\n\n"
            '"Our takings are up nearly a fifth since the cars went," said Jane Whitfield, who runs a café there.')
    assert cues_by_speaker(text)["Jane Whitfield"] is None


def test_a_persons_dummy_it_does_not_make_the_next_spokesman_theirs():
    text = ("Hartley Foods will close its Wigan factory next year, the company announced on Tuesday.\n\n"
            "Local MP Sarah Jones said it was a devastating blow for the town. A spokesman said the company had "
            "explored every option to keep the site open.")
    kinds = kinds_by_speaker(text)
    assert kinds.get("spokesman") == "subject_statement" and kinds["Sarah Jones"] == "reaction"


def test_the_same_crowd_saying_more_keeps_its_side_for_the_next_quote():
    text = ("Rovers supporters have backed the board's decision to keep manager Joey Barton after Saturday's FA Cup "
            "exit. Many fans said the club was heading in the right direction.\n\n"
            '"He has earned more time," said season-ticket holder Tom Briggs.')
    assert cues_by_speaker(text)["Tom Briggs"] == "favor"


def test_a_titled_official_with_an_age_is_not_one_of_the_public():
    text = ("Residents reacted with fury after Millbrook Borough Council confirmed the closure of the library.\n\n"
            'Councillor Ann Lee, 58, who leads the council, said: "We looked at every option."')
    assert cues_by_speaker(text)["Ann Lee"] is None


def test_a_side_on_it_or_a_strike_of_another_matter_stays_another_matter():
    text = ("Millbrook Borough Council has approved a 4.99 per cent rise in council tax.\n\n"
            "Councillors also backed a plan to sell the former bus depot. The GMB union, which represents depot "
            "staff, said it opposed it.\n\n"
            "Separately, bin collections remain suspended. Unite officer Dave Kerr said the strike would go on.")
    kinds = kinds_by_speaker(text)
    assert (kinds["GMB union"], kinds["Dave Kerr"]) == ("other_target", "other_target")


def test_the_public_backing_a_walkout_against_the_subject_is_not_on_its_side():
    title = "Public back Tube walkout over ticket office closures"
    text = ("London Underground will close all 250 of its remaining ticket offices, the operator confirmed.\n\n"
            "The RMT union responded by calling a 24-hour walkout.")
    assert extract(article(text, title=title)).headline_side is None


def test_a_headmistress_speaks_for_her_primary_school_without_her_title_in_her_name():
    title = "Primary school bans phones"
    text = ("Riverside Primary has banned pupils from bringing mobile phones to school.\n\n"
            '"Phones have no place in a primary classroom," said Headmistress Claire Dunn.')
    assert [(i.speaker, i.kind) for i in extract(article(text, title=title)).items] == [
        ("Claire Dunn", "subject_statement")]


def test_a_reaction_verb_denied_tells_no_side():
    text = ("The city's largest union endorsed Mayor Priya Patel for re-election on Thursday.\n\n"
            "The Chamber of Commerce has not yet endorsed a candidate.")
    cues = cues_by_speaker(text)
    assert cues.get("Chamber of Commerce") is None


def test_a_body_kinds_titled_head_quoted_after_its_told_reaction_takes_its_side():
    text = ("Governor Tom Keller on Friday pardoned former police officer Jason Hurley.\n\n"
            "The state's police union praised the governor. \"Officer Hurley made a split-second decision in a "
            'dangerous situation," union president Dan Rourke said.')
    assert cues_by_speaker(text)["Dan Rourke"] == "favor"


def test_one_who_names_the_body_whose_side_was_just_told_speaks_for_it():
    title = "Judge blocks Texas law requiring Ten Commandments in classrooms"
    text = ("U.S. District Judge Fred Biery on Wednesday blocked a Texas law requiring the Ten Commandments in "
            "classrooms.\n\n"
            "The American Civil Liberties Union, which brought the challenge, hailed the ruling. \"Public schools "
            'are not Sunday schools," said ACLU attorney Heather Weaver.')
    assert cues_by_speaker(text, title)["Heather Weaver"] == "favor"


def test_a_body_told_to_feel_about_the_news_reacts_to_it():
    title = "Tech firm Nexora to cut 2,000 jobs"
    text = ("Nexora will cut 2,000 jobs over the next year, the company said on Thursday.\n\n"
            'The union Prospect said it was "deeply disappointed" and would seek urgent talks.')
    kinds = {i.speaker: (i.kind, i.stance_cue) for i in extract(article(text, title=title)).items}
    assert kinds["Prospect"] == ("reaction", "against")


def test_a_body_name_the_parser_splits_into_a_noun_and_its_apposition_stays_whole():
    text = ('Pop star Lana Brooks said people who use weight-loss jabs were "taking the lazy way out".\n\n'
            'The charity Diabetes UK said the remarks risked "stigmatising people who are following medical advice".')
    assert "Diabetes UK" in {i.speaker for i in extract(article(text)).items}


def test_a_former_head_of_the_subject_and_some_of_a_crowd_are_reactions():
    title = "BBC criticised for dropping presenter over social media post"
    text = ("The BBC has taken presenter Gary Holt off air for a week over a social media post.\n\n"
            'Former BBC director general Greg Dyke said the decision was "a mistake".\n\n'
            "Several of Holt's fellow presenters said they would not appear on their shows in solidarity.")
    kinds = kinds_by_speaker(text, title)
    assert kinds["Greg Dyke"] == "reaction"
    assert kinds["Several of Holt's fellow presenters"] == "reaction"


def test_one_of_a_crowd_whose_feeling_was_told_takes_its_side():
    text = ("Westfield Public Library has cancelled a drag queen story hour for children.\n\n"
            "Some parents who had opposed the event said they were relieved. \"It was never appropriate for young "
            'children," said Mark Doyle, a father of two.')
    assert cues_by_speaker(text)["Mark Doyle"] == "favor"


# Counterexamples from a review of 0.3.240-0.3.243.
def test_an_after_clause_without_an_outcry_in_a_u_turn_story_keeps_its_side():
    text = ("Ministers have scrapped plans to build 40 miles of protected cycle lanes in outer London.\n\n"
            "Cycling groups were furious after ministers cited a lack of public support for the scheme.")
    assert cues_by_speaker(text)["Cycling groups"] == "against"


def test_a_feeling_with_a_cause_of_its_own_is_about_that():
    text = ("Millbrook Borough Council has approved a 4.99 per cent rise in council tax.\n\n"
            "Separately, the council confirmed the former bus depot will be sold. The GMB union said it was "
            "disappointed that depot staff had not been consulted.")
    assert kinds_by_speaker(text)["GMB union"] == "other_target"


def test_a_groups_side_goes_to_its_members_not_to_the_public_nor_past_a_turn():
    text = ("Cambridge City Council has approved new bus lanes on Hills Road.\n\n"
            'The plan drew praise from economists. "It will make my commute a nightmare," said taxi driver Mark Hill.')
    assert cues_by_speaker(text)["Mark Hill"] is None
    text = ("Photo-sharing site Lumen has launched an AI image generator, prompting anger from photographers.\n\n"
            "Not every photographer is opposed, however, and some say the tool could save them hours.\n\n"
            '"It does in seconds what used to take me an afternoon," said wedding photographer James Cole.')
    assert cues_by_speaker(text)["James Cole"] is None


def test_the_subjects_own_people_feeling_in_a_headline_are_no_response():
    title = "Organisers delighted as record crowds flock to Bristol harbour festival"
    text = "The Bristol Harbour Festival drew a record 300,000 visitors over the weekend."
    assert extract(article(text, title=title)).headline_side is None


def test_not_just_a_reaction_keeps_its_side():
    text = ("Millbrook Borough Council has confirmed the closure of the town's library.\n\n"
            "Parents didn't just criticise the decision - they started a petition.")
    assert cues_by_speaker(text)["Parents"] == "against"


@pytest.mark.parametrize("quote", [
    '"Our officers have been left behind again," said police union president Dan Rourke.',  # another union
    '"This deal is long overdue," said Dan Rourke, a frequent Abbott critic.',  # a person's critic
])
def test_a_speaker_is_not_the_told_bodys_voice_by_a_shared_word(quote):
    text = ("Millbrook City Council has approved a four-year contract for the city's firefighters.\n\n"
            f"The firefighters union welcomed the deal. {quote}")
    assert cues_by_speaker(text)["Dan Rourke"] is None


def test_a_politicians_own_supporters_when_she_rejected_calls_to_resign():
    text = ("Mayor Dana Whitfield on Monday rejected calls to resign over her expenses claims.\n\n"
            "Supporters said she had done nothing wrong.")
    items = extract(article(text, title="Mayor rejects calls to quit")).items
    assert {i.speaker: i.stance_cue for i in items}["Supporters"] == "favor"


def test_a_former_head_named_after_or_with_an_article_speaks_for_himself():
    title = "BBC criticised for dropping presenter"
    for line in ('The former BBC director general Greg Dyke said the decision was "a mistake".',
                 'Greg Dyke, a former BBC director general, said the decision was "a mistake".'):
        text = f"The BBC has taken presenter Gary Holt off air for a week over a social media post.\n\n{line}"
        assert kinds_by_speaker(text, title)["Greg Dyke"] == "reaction"


def test_a_pope_is_not_every_francis():
    title = "Pope approves blessings for same-sex couples"
    text = ("Pope Francis has approved allowing Catholic priests to bless same-sex couples.\n\n"
            '"This is a major step forward," said Francis DeBernardo, executive director of New Ways Ministry.')
    assert kinds_by_speaker(text, title)["Francis DeBernardo"] == "reaction"


def test_a_referees_title_is_not_his_name():
    title = "Referee praised for handling of cardiac arrest on pitch"
    text = ("Referee Anthony Taylor has been widely praised for his quick response after a player collapsed.\n\n"
            '"Anthony\'s actions saved a life," Bolton said in a statement.')
    assert extract(article(text, title=title)).subject == "Anthony Taylor"


def test_a_told_statement_that_calls_it_something_in_quote_marks_is_kept():
    text = ("Florida Governor Ron DeSantis on Monday signed a bill banning children under 14 from social media.\n\n"
            'Tech industry group NetChoice said it would challenge the law in court, calling it "unconstitutional".')
    [item] = [i for i in extract(article(text)).items if i.speaker == "NetChoice"]
    assert (item.text, item.stance_cue) == ("it would challenge the law in court", "against")


def test_moms_named_after_parents_groups_took_a_side_are_parents():
    text = ("Florida Governor Ron DeSantis on Monday signed a bill banning children under 14 from social media.\n\n"
            'Parents\' groups applauded the law. "Finally, someone is standing up to Big Tech," said Maria Lopez of '
            "Moms for Safer Screens.")
    assert cues_by_speaker(text)["Maria Lopez"] == "favor"


# Counterexamples from a review of 0.3.244-0.3.246.
def test_a_one_word_bodys_officer_and_a_local_union_president_take_its_told_side():
    lead = "Ford will close its Halewood plant with the loss of 900 jobs, the carmaker said.\n\n"
    assert cues_by_speaker(lead + 'Unite condemned the decision. "This is a hammer blow," said Unite general '
                                  "secretary Sharon Graham.")["Sharon Graham"] == "against"
    assert cues_by_speaker(lead + 'The United Auto Workers union condemned the decision. "This is a hammer blow," '
                                  "said local union president Dan Rourke.")["Dan Rourke"] == "against"


def test_a_u_turns_winners_told_as_its_months_of_protests_are_for_it():
    text = ("Millbrook Borough Council has scrapped plans to close the town's library.\n\n"
            "The U-turn came after months of protests from parents and pensioners.")
    assert cues_by_speaker(text)["parents and pensioners"] == "favor"


def test_a_feeling_for_someone_is_still_about_the_news():
    title = "Network Rail drops ticket office closures"
    text = ("Network Rail has dropped plans to close 900 ticket offices across England.\n\n"
            'The RMT union said it was "delighted for passengers and staff alike".')
    assert kinds_by_speaker(text, title)["RMT union"] == "reaction"


def test_rallying_against_a_ban_is_no_politician_blocking_a_measure():
    text = ("Vice President Kamala Harris rallied against Arizona's near-total abortion ban in Tucson on Friday.\n\n"
            "Supporters who waited hours in the heat to hear her said she spoke to their fears.")
    assert cues_by_speaker(text)["Supporters"] == "favor"


def test_a_citys_mayor_does_not_speak_for_a_football_club_called_city():
    text = ("Manchester City have been fined £2m for delaying kick-offs.\n\n"
            'Greater Manchester mayor Andy Burnham said: "This is an absurd punishment."')
    assert kinds_by_speaker(text)["Andy Burnham"] == "reaction"


@pytest.mark.parametrize(("plan", "deed"), [
    ("is to reintroduce staffed tills in 120 of its stores", "reintroducing staffed tills in 120 of its stores"),
    ("is set to close 40 stores across the north", "closing 40 stores across the north"),
    ("is due to close 40 stores across the north", "closing 40 stores across the north"),
])
def test_what_a_body_is_to_do_is_the_target_and_a_capitalized_word_after_its_kind_names_it(plan, deed):
    text = (f"Supermarket chain Brookfields {plan}, it said on Monday.\n\n"
            '"I\'m delighted," said shopper Margaret Hill. Brookfields declined to comment further.')
    extraction = extract(article(text, title="Brookfields to change its stores"))
    assert extraction.subject == "Brookfields"
    assert extraction.target == f"Brookfields' {deed}"


@pytest.mark.parametrize("clause", ["will not be present to see Trump become the nominee",
                                    "is to blame for the outage"])
def test_a_purpose_or_blame_after_be_is_no_deed_to_come(clause):
    text = (f"Supermarket chain Brookfields {clause}.\n\n"
            'Shoppers were unimpressed with Brookfields. "Unbelievable," said Margaret Hill.')
    assert extract(article(text, title="Brookfields under fire")).target == "Brookfields"


def test_which_people_a_deed_was_done_to_stays_in_the_target():
    text = ("Pop singer Jade Morrow is facing a fierce backlash after she mocked fans who asked for refunds.\n\n"
            '"Unbelievable arrogance," one fan replied. Morrow has not commented.')
    assert extract(article(text, title="Jade Morrow under fire")).target == (
        "Jade Morrow's mocking fans who asked for refunds")


def test_whom_a_passive_deed_was_done_to_is_in_the_target():
    text = ("Budget airline FlyNorth has been criticised after a mother was told to pay £40 to sit next to her "
            "four-year-old son on a flight to Malaga.\n\n"
            '"Absolutely disgraceful," one passenger wrote. FlyNorth said it was looking into the case.')
    assert extract(article(text, title="Airline criticised over seat fee")).target == (
        "FlyNorth's telling a mother to pay £40")


def test_a_headlines_city_is_the_place_the_lead_says_did_it_and_a_vote_tells_its_deed():
    title = "City ends free bus pilot, angering riders"
    text = ("Riverton will end its free bus fares pilot in January, the city council voted on Monday night.\n\n"
            '"This hits the people who can least afford it," said Marcus Lee, who rides the No. 8 bus to work.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Riverton"
    assert extraction.target == "Riverton's ending its free bus fares pilot"


@pytest.mark.parametrize(("description", "side"), [
    ("who proposed ending the pilot", "favor"),
    ("who voted against ending the pilot", "against"),
    ("who backed Sen. Marco Rubio", None),
])
def test_a_speaker_described_by_their_part_in_the_deed_takes_its_side(description, side):
    text = ("Riverton will end its free bus fares pilot in January, the city council voted on Monday night.\n\n"
            f"Council member Greg Tate, {description}, said the city could not afford the $6 million annual cost.")
    cues = cues_by_speaker(text, "City ends free bus pilot")
    assert "Greg Tate" in cues and cues["Greg Tate"] == side


def test_what_a_speaker_said_the_deed_was_is_their_judgement_and_thousands_of_complaints_an_outcry_heeded():
    title = "Bank scraps £5 monthly fee after customer backlash"
    text = ("Lender Crestmark Bank has dropped plans to charge £5 a month for its basic current accounts, a week "
            "after the proposal sparked thousands of complaints.\n\n"
            'Consumer group Which? said the reversal was "the right decision". Crestmark said it had listened.')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Crestmark Bank"
    cues = {item.speaker: item.stance_cue for item in extraction.items if item.kind == "reaction"}
    assert cues == {"Which?": "favor", "critics": "favor"}


@pytest.mark.parametrize(("words", "side"), [("a claim of right", None), ("the wrong decision", "against"),
                                             ("going right up the middle", None), ("the right thing to do", "favor")])
def test_right_judges_only_a_decision_or_a_thing_done(words, side):
    assert judgement_side(words) == side


def test_a_post_of_two_joined_nouns_speaks_and_what_they_said_the_remarks_were_is_their_side():
    text = ('Conservative MP Lee Anderton has been criticised after he said people who use food banks "cannot '
            'budget".\n\n'
            'Labour\'s shadow work and pensions secretary called the remarks "disgraceful".\n\n'
            'The Trussell Trust said his comments were "deeply disappointing".')
    cues = cues_by_speaker(text, "MP criticised over food bank remarks")
    assert cues["pensions secretary"] == "against" and cues["Trussell Trust"] == "against"


def test_a_petition_that_made_the_subject_drop_its_plan_is_for_the_undoing():
    text = ("Hartley Borough Council has dropped a plan to close the town's only leisure centre, after more than "
            "8,000 people signed a petition to save it.\n\n"
            '"We listened," said council leader Paul Grant.')
    assert cues_by_speaker(text, "Council drops leisure centre closure")["more than 8,000 people"] == "favor"


def test_a_word_said_twice_is_no_fuller_name():
    text = ("Instagram has rolled out a redesigned home feed that shows posts in a full-screen vertical format.\n\n"
            '"Make Instagram Instagram again. Stop trying to be TikTok," one user posted. Instagram said it would '
            "keep the change.")
    assert extract(article(text, title="Instagram users revolt over new feed")).subject == "Instagram"


def test_one_described_who_was_given_an_award_is_named_after_not_the_award():
    title = "Teacher who set up free breakfast club wins national award"
    text = ("A primary school teacher who set up a free breakfast club for pupils has been named Teacher of the Year "
            "at the National Teaching Awards.\n\n"
            "Lucy Harris, 34, started the club at Greenfield Primary in Sheffield in 2022.\n\n"
            '"My son is so much happier," said mother of three Aisha Khan. Ms Harris said she was "honoured".')
    assert extract(article(text, title=title)).subject == "Lucy Harris"


def test_a_percentage_keeps_its_sign_in_the_target():
    text = ("Veterinary chain PetCare Group has been criticised after raising its consultation fee by 40% to £98.\n\n"
            '"It\'s robbery," one owner wrote. PetCare Group said its fees reflected investment.')
    assert extract(article(text, title="Vet chain criticised")).target == (
        "PetCare Group's raising its consultation fee by 40% to £98")


@pytest.mark.parametrize(("described", "side"), [
    ("Karen Lutz, a home health aide who drove two hours to hear Mr. Sanders, said", "favor"),
    ("Karen Lutz, a home health aide, said at Mr. Sanders's rally", "favor"),
    ("Karen Lutz, a home health aide who drove two hours to protest, said", None),
])
def test_one_in_the_crowd_of_a_politicians_own_rally_is_on_their_side(described, side):
    text = ("Senator Bernie Sanders told a packed arena in Des Moines on Saturday that the economy was rigged.\n\n"
            f'{described}: "I\'ve worked two jobs for ten years and I still can\'t afford insulin. Nobody in '
            'Washington cares." Sanders said he would fight for her.')
    cues = cues_by_speaker(text, "Sanders draws thousands in Iowa")
    assert "Karen Lutz" in cues and cues["Karen Lutz"] == side


# Counterexamples a reviewer ran against 0.3.248-0.3.254.
@pytest.mark.parametrize(("title", "text", "speaker", "side"), [
    ("Council scraps low traffic scheme",  # backing what the subject scrapped is against the scrapping
     "Hartfield Council has scrapped its low traffic neighbourhood scheme in the Grove area after months of "
     'protests from drivers.\n\nCouncillor Sam Patel, who championed the low traffic scheme, said: "This is a sad '
     'day for everyone who wants cleaner air."', "Sam Patel", "against"),
    ("Governor vetoes voter ID bill",
     "Governor Ellen Park on Friday vetoed a bill that would have required voters to show photo identification at "
     'the polls.\n\nSen. Rick Dalton, who sponsored the bill, said the veto was "a slap in the face to voters".',
     "Rick Dalton", "against"),
    ("Trump fires FBI director",  # the subject's name is no word of the deed
     "President Donald Trump on Tuesday fired FBI Director James Comey, abruptly ending the tenure of the official "
     "leading an investigation into the Trump campaign.\n\nSen. Susan Collins, who voted for Trump's nominee for "
     'attorney general, said: "I am troubled by the timing of this decision."', "Susan Collins", None),
    ("Council is to reinstate bin collections after outcry",  # one shared word of another measure
     "Midshire Council is to reinstate weekly bin collections after residents complained about overflowing "
     'rubbish.\n\nCouncillor Amy Reed, who opposed the fortnightly collections, said she was "delighted".',
     "Amy Reed", "favor"),
    ("Council scraps free parking despite petition",  # a service scrapped despite a petition: not heeded
     "Eastvale Council has scrapped free parking in the town centre, just weeks after more than 2,000 residents "
     'signed a petition to save it.\n\n"They have ignored the people they are supposed to serve," said trader '
     "Pete Gill.", "more than 2,000 residents", "against"),
    ("Council scraps free school transport for sixth-formers",
     "Northshire County Council has scrapped free school transport for sixth-formers, a month after the proposal "
     'sparked hundreds of complaints from parents.\n\n"Families in rural villages have been abandoned," said '
     "parent Claire Lowe.", "parents", "against"),
    ("Council scraps plan to charge for garden waste",  # a judgement of the measure undone is for the undoing
     "Eastvale Council has scrapped plans to charge residents £60 a year to collect garden waste.\n\nCouncillor Ben "
     'Lowe, who led opposition to the fee, said the original plan was "unworkable and unfair".', "Ben Lowe", "favor"),
    ("Protesters march against council library closures",  # a dummy "it" is no deed
     "Northtown Council is to close seven libraries to save £1.2m a year, prompting a march by more than 2,000 "
     'people on Saturday.\n\nOrganiser Karen Pike said it was "brilliant" to see so many people turn out.',
     "Organiser Karen Pike", None),
])
def test_a_reviewers_counterexamples_to_the_sides_of_0_3_248(title, text, speaker, side):
    cues = cues_by_speaker(text, title)
    assert speaker in cues and cues[speaker] == side


@pytest.mark.parametrize(("title", "text", "subject", "target"), [
    ("Court orders tech giant to pay €13bn",  # a court's ruling is not the party's deed
     "Apple must pay €13 billion in back taxes to Ireland, the European Court of Justice decided on Tuesday.\n\n"
     'Apple said it was "disappointed" with the ruling. "This is a victory for tax justice," said Green MEP Sven '
     "Giegold.", "European Court of Justice", None),
    ("Housing association criticised over mould",  # a name that opens with a business word, used alone after
     'Platform Housing Group has been criticised after a family was told to "open a window" to deal with black '
     'mould in their home.\n\nHousing Secretary Angela Rayner said: "This is completely unacceptable."\n\n'
     "Platform said it was investigating.", "Platform Housing Group", None),
    ("Ryanair criticised after passenger told to pay",  # an age is no date
     "Ryanair has been criticised after a 15-year-old boy was told to pay £70 because his bag was a centimetre too "
     'big.\n\n"It\'s a rip-off," said his father Dean Walsh. Ryanair said the rules were clear.', "Ryanair",
     "Ryanair's telling a 15-year-old boy to pay £70"),
    ("Influencer to appear in court",  # what answers the deed is not the deed to come
     "Influencer Jake Smith is due to appear in court next month after he filmed himself trespassing on railway "
     'tracks.\n\n"Reckless," said one rail worker. Smith has not commented.', "Jake Smith", "Jake Smith"),
])
def test_a_reviewers_counterexamples_to_the_subjects_and_targets_of_0_3_248(title, text, subject, target):
    extraction = extract(article(text, title=title))
    assert extraction.subject == subject
    assert target is None or extraction.target == target


@pytest.mark.parametrize(("title", "text", "subject", "target"), [
    ("Bank boss under fire for £11m pay package",  # what he gets paid is the deed, not a state
     "Barclays chief executive Mark Evans has been criticised after it emerged that he will receive a pay package "
     'worth £11.2 million.\n\n"Obscene," said one campaigner. Barclays said the package was fair.',
     "Mark Evans", "pay package"),
    ("Uber drivers protest as company cuts pay rates",  # a counted crowd did something after the deed
     "Hundreds of Uber drivers switched off their apps and gathered outside the company's London office on "
     "Wednesday after it cut the rate it pays per mile by 12%.\n\n"
     '"It\'s modern slavery," said driver Imran Khan. Uber said fares had to stay affordable.',
     "Uber", "cutting the rate by 12%"),
    ("School praised for four-day week trial",  # a headline's kind, the lead's described body, then its name
     "A secondary school in Cornwall has been praised by parents after introducing a four-day week for pupils.\n\n"
     "Penrose Academy began the trial in September.\n\n"
     '"My daughter is less stressed," said parent Lisa Hart. Penrose Academy said attendance had risen.',
     "Penrose Academy", None),
])
def test_pay_a_counted_crowd_and_a_described_school(title, text, subject, target):
    extraction = extract(article(text, title=title))
    assert extraction.subject == subject
    assert target is None or (target in extraction.target and extraction.target.startswith(f"{subject}'"))


def test_what_a_body_removed_after_its_readers_complained_is_the_target():
    title = "Newspaper apologises for cartoon criticised as antisemitic"
    text = ("The Daily Courier has apologised and removed a cartoon from its website after readers and Jewish groups "
            "said it used antisemitic imagery.\n\n"
            '"How did this get past an editor?" one reader wrote. The Daily Courier said it got this badly wrong.')
    assert extract(article(text, title=title)).target.startswith("Daily Courier's cartoon")


def test_a_pay_package_a_crowd_voted_on_is_the_target():
    title = "Tesla shareholders approve Musk's $56bn pay deal again"
    text = ("Tesla shareholders have voted to reinstate Elon Musk's record $56 billion pay package, months after a "
            "Delaware judge struck it down.\n\n"
            '"He made us rich," said Tesla shareholder Ron Baron. Musk thanked investors.')
    assert extract(article(text, title=title)).target == "Elon Musk's record $56 billion pay package"


# Counterexamples a second reviewer ran against 0.3.256-0.3.259.
@pytest.mark.parametrize(("title", "text", "speaker", "side"), [
    ("Trump mocks reporter at rally, drawing condemnation",  # one who left the rally in disgust
     "President Donald Trump mocked a disabled reporter during a rally in South Carolina on Tuesday.\n\n"
     '"It was cruel," said Jane Holt, 62, a retired teacher who had lined up to hear Mr. Trump but left early in '
     'disgust. "I can\'t support a man who does that."', "Jane Holt", None),
    ("Trump vows mass deportations at Pennsylvania rally",  # a surname shared with one who came
     "President Donald Trump vowed mass deportations at a rally in Erie on Saturday.\n\n"
     'Outside the fairground, Mary Dunn held a sign reading "Immigrants Built America." "This is cruel and it\'s '
     'un-American," she said. Her husband, Bob Dunn, who had lined up since dawn to hear Mr. Trump, did not share '
     "her view.", "Mary Dunn", None),
    ("Trump pleads not guilty to 34 felony counts",  # a courthouse crowd is no rally
     "President Donald Trump pleaded not guilty to 34 felony counts in Manhattan on Tuesday.\n\n"
     'Ellen Park, a retired teacher who travelled from Brooklyn to see Mr. Trump arraigned, held a sign. "Nobody '
     'is above the law," she said.', "Ellen Park", None),
    ("Trump vows to end birthright citizenship",  # "U.S." does not end the sentence
     "President Donald Trump vowed on Tuesday to end birthright citizenship by executive order.\n\n"
     '"He\'s the only one with the guts to do it," said Bob Mason, a retired U.S. Army sergeant who lined up for '
     "six hours to hear Mr. Trump.", "Bob Mason", "favor"),
    ("Council scraps low traffic scheme after two years",  # backing the undoing itself
     "Waltham Forest Council has scrapped its low traffic neighbourhood scheme in Leyton.\n\n"
     'Councillor Sam Reed, who voted for scrapping the scheme, said: "Residents told us loud and clear that this '
     "wasn't working for them.\"", "Sam Reed", "favor"),
    ("Governor vetoes bill to cut library funding",  # another bill, told at length
     "Governor Tom Blake on Friday vetoed a bill that would have cut state funding for public libraries by 20 "
     "percent.\n\nState Representative Mark Dunn, who sponsored the bill to expand library funding last year, "
     'said: "Libraries are essential."', "Mark Dunn", None),
    ("Ministers scrap plan to charge for NHS dental checks",  # the replacement is not the measure undone
     "Ministers have scrapped plans to charge patients £25 for routine NHS dental check-ups, and will instead fund "
     "an extra 500,000 appointments a year through a new scheme.\n\n"
     'The British Dental Association said the new scheme was "sensible and fair".', "British Dental Association",
     "favor"),
    ("Bank drops statement fee",  # a one-word judgement of the measure undone
     "Crestmark Bank has dropped plans to charge customers a £5 monthly fee for paper statements.\n\n"
     'Consumer group Which? said the fee had been "shameful".', "Which?", "favor"),
    ("Rail firm axes early train despite petition",  # a purpose is no measure undone
     "Northern has axed the 7.10am service to cut costs, weeks after more than 3,000 passengers signed a petition "
     'to save it.\n\n"This train is a lifeline for nurses," said commuter Jo Platt.', "more than 3,000 passengers",
     "against"),
])
def test_a_second_reviewers_counterexamples(title, text, speaker, side):
    cues = cues_by_speaker(text, title)
    assert speaker in cues and cues[speaker] == side


def test_a_crowd_gathered_after_it_emerged_that_the_subject_acted_is_no_deed_of_emerging():
    text = ("Hundreds of Manchester United fans gathered outside Old Trafford on Monday after it emerged that the "
            "club had sacked manager Erik ten Hag.\n\n"
            '"He deserved more time," said fan Gary Neville. Manchester United thanked Ten Hag.')
    assert "emerging" not in extract(article(text, title="Fans protest as United sack Ten Hag")).target


def test_a_person_subject_named_by_office_is_the_story_and_backing_takes_a_side():
    title = "Governor's clemency for elderly prisoners draws praise"
    text = ("Governor Ruth Ellison on Friday commuted the sentences of 42 prisoners aged over 70 who had served at "
            "least 25 years.\n\n"
            'Former prosecutor Gary Holt said the governor had shown "real courage."\n\n'
            "The state's Catholic bishops also praised the governor, saying in a joint statement that the move "
            '"honours the dignity of every person."\n\n'
            'Broadcaster Liam Doyle backed the decision, saying some sentences had "gone too far."\n\n'
            'Liam Hart no longer backs the decision, saying it was "too soon."\n\n'
            'Former captain John Terry backed Maresca, saying the manager had "not been given the tools."')
    items = items_by_speaker(text, title)
    assert items["Gary Holt"].kind == "reaction"  # "the governor" is Governor Ruth Ellison
    assert any("bishops" in (speaker or "") and item.kind == "reaction" for speaker, item in items.items())
    assert items["Liam Doyle"].stance_cue == "favor"
    assert items["Liam Hart"].stance_cue == "against"  # backing no longer
    assert items["John Terry"].stance_cue is None  # backing someone the story did not name


@pytest.mark.parametrize("title, text, speaker", [
    ("Kamala Harris's visit to Planned Parenthood clinic draws protest",  # the vice president's "president"
     "Vice President Kamala Harris on Thursday visited a Planned Parenthood clinic in Detroit.\n\n"
     "A spokesman for the Department of Homeland Security said the president had asked Congress for $14 billion "
     "in border funding.", "Department of Homeland Security"),
    ("Former governor Matt Bevin's pardons draw fury",  # a former holder's office is now another's
     "Former Governor Matt Bevin issued 428 pardons in his final weeks in office.\n\n"
     "The Kentucky Education Association said the governor had promised a 5 percent raise for teachers.",
     "Kentucky Education Association"),
    ("Sen. John Fetterman's vote for Hegseth angers Democrats",  # an office with its own place
     "Senator John Fetterman on Friday voted to confirm Pete Hegseth as defense secretary.\n\n"
     "The Pennsylvania Democratic Party said the senator from Delaware had been right to raise concerns.",
     "Pennsylvania Democratic Party"),
    ("Governor's clemency for elderly prisoners draws criticism",  # the office given to another
     "Governor Ruth Ellison on Friday commuted the sentences of 42 prisoners aged over 70.\n\n"
     "Governor Tom Blake of the neighbouring state had vetoed a similar bill last year.\n\n"
     'State police chief Ann Cole said the governor had "never visited a prison."', "Ann Cole"),
])
def test_an_office_that_is_not_the_subjects_alone_does_not_name_them(title, text, speaker):
    assert kinds_by_speaker(text, title)[speaker] == "other_target"


def test_an_office_given_in_another_sentence_does_not_stop_the_subjects_own():
    title = "Governor's clemency draws praise"
    text = ("Governor Ruth Ellison on Friday commuted the sentences of 42 prisoners, the most ever granted at once by "
            "a governor.\n\nState Senator Maria Lopez said she would study the list.\n\n"
            'Former prosecutor Gary Holt said the governor had shown "real courage."')
    assert kinds_by_speaker(text, title)["Gary Holt"] == "reaction"


def test_a_clergy_subject_speaks_as_the_rabbi():
    text = ('Rabbi Sharon Brous on Saturday told her Los Angeles congregation that "the war must end now."\n\n'
            '"This was a betrayal," said congregant Mark Levin.\n\n'
            '"My job is to tell the truth as I see it," the rabbi said after the service.')
    items = extract(article(text, title="Rabbi's sermon on Israel splits congregation")).items
    assert [i.kind for i in items if i.text and i.text.startswith("My job")] == ["subject_statement"]


def test_a_student_president_heads_another_body_than_the_university():
    title = "Students and faculty split over decision to end legacy admissions at Crestfield University"
    text = ("Crestfield University will no longer give an edge to the children of alumni, its president announced "
            "on Monday.\n\n"
            '"This is a long overdue step," said student president Jordan Lee.\n\n'
            '"This will do lasting damage," said Dean Baker, an economist.')
    extraction = extract(article(text, title=title))
    kinds = {item.speaker: item.kind for item in extraction.items}
    assert kinds["Jordan Lee"] == "reaction" and kinds["Dean Baker"] == "reaction"
    # a denied presenting verb is the deed, denied: not "Crestfield University's edge"
    assert "no longer giving an edge" in extraction.target
    assert extraction.headline_side == "mixed"


def test_a_headline_crowd_divided_as_something_happens_is_no_split_response():
    text = ("The Home Office on Monday barred overseas care workers from bringing their spouses and children.\n\n"
            '"It\'s heartbreaking," said Unison general secretary Christina McAnea.')
    title = "Families divided as Home Office tightens visa rules for care workers"  # literally
    assert extract(article(text, title=title)).headline_side != "mixed"


def test_a_headline_listing_fire_from_some_and_support_from_others_is_mixed():
    assert headline_side("Senator Cole's remark on teachers draws fire from Democrats, support from party colleagues",
                         "Jim Cole") == "mixed"
    assert headline_side("Council's parking plan draws fire from residents", "Harton Council") == "against"
    # (fire at others, literal fire, and support that is money: as before)
    assert headline_side("Protesters draw fire for disrupting Senator Cole's town hall", "Jim Cole") is None
    assert headline_side("Village faces fire station closure as Kent cuts budget", "Kent") is None
    assert headline_side("Port Talbot job cuts draw anger from unions, support from government", "Tata Steel") \
        == "against"


def test_a_body_named_after_a_place_subject_is_another_body_and_the_council_leader_speaks_for_it():
    title = "Riverton bans e-scooters from city centre"
    text = ("Riverton city council has banned rental e-scooters from the city centre after a rise in accidents.\n\n"
            'Council leader Sue Barnes said the ban was needed "to keep our pavements safe for everyone."\n\n'
            "The decision was welcomed by the Riverton Pedestrians Association.")
    items = items_by_speaker(text, title)
    assert items["Sue Barnes"].kind == "subject_statement"
    assert items["Riverton Pedestrians Association"].kind == "reaction"
    assert items["Riverton Pedestrians Association"].stance_cue == "favor"


def test_a_longer_name_sharing_the_subjects_last_word_is_no_fuller_spelling_of_it():
    title = "Gamers celebrate as Orbit Games reverses decision to shut down servers"
    text = ("Orbit Games has reversed its decision to shut down the online servers for its shooter Skyfall Arena.\n\n"
            "Consumer campaign Stop Killing Games said the reversal was welcome.")
    assert extract(article(text, title=title)).subject == "Orbit Games"


def test_a_headline_deed_read_as_a_noun_after_the_opening_name_gives_the_actor():
    title = "Ofcom fines broadcaster GB Daily £50,000 over vaccine claims"  # "fines" parsed as a noun
    text = ("The media regulator Ofcom has fined GB Daily £50,000 after a presenter told viewers that vaccines had "
            "caused more deaths than the virus.\n\n"
            "GB Daily said it would appeal.\n\n"
            'Health experts welcomed the fine. "Misinformation costs lives," said Professor Alan Marsh.')
    assert extract(article(text, title=title)).subject == "Ofcom"
    nlp = load_parser()
    assert _headline_noun_verb_agent(next(nlp("Paris attacks test Europe").sents)) is None  # a verb of its own
    for headline in ("Ofcom fines 'reckless' GB Daily £50,000 over vaccine claims",  # past a quote mark
                     "Ofcom fines GB News £100,000 for breaching impartiality rules"):  # a gerund is no verb of its own
        assert _headline_noun_verb_agent(next(nlp(headline).sents)) == "Ofcom"
    assert _headline_noun_verb_agent(next(nlp("Chelsea's fines top £1m").sents)) is None


@pytest.mark.parametrize("title, text, speaker, kind", [
    ("Unite calls off bus strike",  # the body's own name with its kind in lower case
     "Unite has called off next week's bus strike in Manchester after a new pay offer from operators.\n\n"
     "The Unite union said members would vote on the offer next week.", "Unite union", "subject_statement"),
    ("Riverton bans e-scooters from city centre",  # another place's mayor, the opposition's leader
     "Riverton city council has banned rental e-scooters from the city centre after a rise in accidents.\n\n"
     'Eastbrook mayor Tom Reyes said he was "disappointed" by the ban.\n\n'
     'Opposition council leader Mark Fenn said: "This is a knee-jerk reaction."', "Tom Reyes", "reaction"),
    ("Riverton bans e-scooters from city centre",
     "Riverton city council has banned rental e-scooters from the city centre after a rise in accidents.\n\n"
     'Council leader Sue Barnes said the ban was needed "to keep our pavements safe for everyone."\n\n'
     'But opposition council leader Mark Fenn said: "This is a knee-jerk reaction."\n\n'
     "The decision was welcomed by the Riverton Pedestrians Association.", "Mark Fenn", "reaction"),
    ("Lopez cuts humanities funding at Crestfield",  # a president named in passing is no other holder
     "President Maria Lopez of Crestfield University on Monday announced a 20% cut to humanities funding, blaming "
     "a freeze on federal grants ordered by President Trump.\n\n"
     'The faculty union said the president had "abandoned the liberal arts".', "faculty union", "reaction"),
    ("Rabbi's sermon on Gaza splits congregation",  # another rabbi
     'Rabbi Sharon Brous on Saturday told her Los Angeles congregation that "the war must end now."\n\n'
     'The chief rabbi said the sermon had caused "deep hurt" to families of hostages.', "chief rabbi", "reaction"),
])
def test_a_third_reviewers_counterexamples(title, text, speaker, kind):
    kinds = kinds_by_speaker(text, title)
    assert kinds[speaker] == kind or (kind == "reaction" and kinds[speaker] == "other_target")


def test_a_crowd_coming_to_the_defence_of_the_subjects_victim_takes_no_side_for_the_subject():
    text = ("Riverton Rovers coach Mike Reed has been criticised after he mocked striker Jordan Lee's weight at a "
            "press conference on Friday.\n\n"
            "Several of Lee's teammates came to Lee's defence on social media.")
    cues = cues_by_speaker(text, "Coach Mike Reed criticised after mocking player")
    assert "favor" not in cues.values()


@pytest.mark.parametrize("title, text, subject", [
    ("Thames Water fines over sewage spills",  # no object after the deed word: a topic
     "The regulator Ofwat has fined Thames Water £104m for failing to stop sewage spills into rivers.\n\n"
     "Thames Water said it would consider the ruling carefully.\n\n"
     'Campaign group River Action said the fine was "a drop in the ocean".', "Ofwat"),
    ("BBC Radio cuts: listeners' anger over local shows",  # an explainer's topic before a colon
     "The BBC has announced plans to cut local radio programmes across England.\n\n"
     "The corporation said the changes would help it invest in digital services.\n\n"
     '"Local radio is a lifeline," said Conservative MP Pauline Latham.', "BBC"),
    ("Police arrest climate activists at Heathrow",  # one who defends others is no actor of the story
     "Climate campaigner Greta Thunberg has defended six activists arrested by the Metropolitan Police at "
     'Heathrow airport on Friday.\n\n"They are doing what governments will not," she said.\n\n'
     "The Metropolitan Police said the arrests were necessary to keep the airport running.", "Metropolitan Police"),
])
def test_a_fourth_reviewers_counterexamples_keep_their_subject(title, text, subject):
    assert extract(article(text, title=title)).subject == subject


def test_workers_walking_out_answer_their_employer():
    title = "Amazon workers walk out over new productivity targets"
    text = ("Hundreds of Amazon warehouse workers in Coventry walked out on Tuesday in protest at new productivity "
            "targets.\n\n"
            '"They time our toilet breaks," said picker Anna Kowal.\n\n'
            'Amazon said the targets were "fair and achievable".')
    assert extract(article(text, title=title)).subject == "Amazon"


@pytest.mark.parametrize("title, text", [
    ("Amazon delivery drivers targeted in spate of van thefts",  # victims
     "Amazon delivery drivers in Manchester have been targeted in a spate of van thefts.\n\n"
     "Greater Manchester Police said 23 vans had been broken into since September.\n\n"
     'Driver Lee Grant said: "You leave the van for two minutes and it\'s cleaned out."\n\n'
     "Amazon said the safety of drivers was its priority and it was working with police."),
    ("Uber drivers fume as new law caps number of licences",  # angry at a law, not their employer
     "Uber drivers in New York have reacted angrily to a new law capping the number of ride-hailing licences for a "
     "year.\n\nThe measure, passed by a large majority on Wednesday, is aimed at easing congestion and raising pay.\n\n"
     'Uber driver Carlos Mendez said: "This takes food off my family\'s table."\n\n'
     "Uber said the cap would mean longer waits for passengers. Uber drivers plan to protest outside City Hall."),
])
def test_workers_who_do_not_walk_out_do_not_make_their_employer_the_subject(title, text):
    assert extract(article(text, title=title)).subject is None


def test_a_headline_kind_before_the_name_is_the_name_the_lead_gives_and_a_hyphenated_object_is_no_name():
    title = "Airline Skyvale scraps plan to charge for cabin bags after customer outcry"
    text = ("Skyvale Airlines has abandoned plans to charge passengers £20 for cabin bags, two weeks after announcing "
            "the fee.\n\n"
            'Consumer group Which? welcomed the U-turn, saying the fee would have been "a cash grab."')
    extraction = extract(article(text, title=title))
    assert extraction.subject == "Skyvale Airlines"  # was "Airline Skyvale"
    which = [i for i in extraction.items if i.speaker == "Which?"]
    assert [i.kind for i in which] == ["reaction"]  # "the U-turn" (split "U" "-" "turn") aims at no one else


def test_a_reaction_aimed_at_a_name_before_a_spaced_dash_is_aimed_elsewhere():
    text = ("Mayor Sadiq Khan has defended a rise in the congestion charge to £18, which comes into force in "
            "January.\n\nBusiness groups criticised Khan over the move, saying it would hurt small firms.\n\n"
            "The RAC criticised TfL - the capital's transport authority - for poor communication with drivers.")
    assert kinds_by_speaker(text, "Mayor defends congestion charge rise")["RAC"] == "other_target"


def test_a_reaction_the_speaker_adds_to_what_they_said_is_their_side():
    text = ("Sainsbury's is removing self-checkout machines from 20 of its stores.\n\n"
            "The GMB union said the move would protect jobs and welcomed it. "
            "Shop workers said the plan was a nuisance and condemned it.")
    cues = cues_by_speaker(text, "Sainsbury's removes self-checkouts")
    assert (cues["GMB union"], cues["Shop workers"]) == ("favor", "against")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Consumer group Which? said the move was "another sneaky fee".', "Which?"),
    ('"Can\'t wait to pay extra to sit by my own child," one traveller wrote sarcastically on X.', "one traveller"),
])
def test_a_sneer_is_a_side_against(sentence, speaker):
    text = f"Ryanair will charge passengers to choose their seat on all flights, the airline said.\n\n{sentence}"
    assert cues_by_speaker(text, "Ryanair to charge for seat selection")[speaker] == "against"


def test_welcoming_the_subjects_punishment_is_against_the_subject():
    text = ("Southern Water has been fined £90 million after admitting thousands of illegal sewage discharges.\n\n"
            "Campaigners welcomed the fine but said it did not go far enough. Residents praised the company's "
            "apology.")
    cues = cues_by_speaker(text, "Southern Water fined £90m over sewage spills")
    assert (cues["Campaigners"], cues["Residents"]) == ("against", "favor")  # (not the punishment)


def test_a_crowds_side_is_not_lent_past_a_sentence_that_opens_with_a_turn():
    text = ("Oriel College has decided to remove the statue of Cecil Rhodes from its building.\n\n"
            "Students who campaigned for its removal celebrated. "
            '"It took six years but we did it," said campaigner Femi Nylander. '
            'But historian David Abulafia said removing the statue was "a sad day".')
    cues = cues_by_speaker(text, "Oxford college to remove Rhodes statue")
    assert (cues["Femi Nylander"], cues["David Abulafia"]) == ("favor", None)


def test_a_persons_title_the_entity_tagger_takes_in_is_still_no_part_of_the_name():
    text = ("Los Angeles County Sheriff Alex Villanueva said on Tuesday he would not enforce the county's vaccine "
            'mandate for his deputies.\n\n"I will not be firing anybody over this," Sheriff Villanueva said.')
    result = extract(article(text, title="Sheriff Alex Villanueva refuses to enforce vaccine mandate"))
    assert result.subject == "Alex Villanueva"
    assert [i.kind for i in result.items if i.quoted] == ["subject_statement"]


def test_a_body_named_by_its_own_names_tail_is_its_voice():
    text = ("Birmingham City Council is to sell off 25 community libraries as it tries to balance its books.\n\n"
            '"No council wants to close libraries, but we have no choice," the City Council said in a statement.')
    result = extract(article(text, title="Birmingham City Council puts libraries up for sale"))
    assert [i.kind for i in result.items if i.quoted] == ["subject_statement"]


@pytest.mark.parametrize(("title", "text", "speaker", "cue"), [
    # the subject did the punishing: welcoming it is for the subject's deed
    ("Bristol council bans e-scooters from harbourside", "Bristol City Council banned e-scooters from the "
     "harbourside on Monday after a string of collisions.\n\nResidents welcomed the ban.", "Residents", "favor"),
    # punished, but the reaction backs the club, not the punishment
    ("Rovers docked 10 points", "Rovers have been docked 10 points for breaching financial rules.\n\n"
     "Fans rallied behind the club after the deduction.", "Fans", "favor"),
    # a reaction added to another's deed in what was said is not one to the story's (critics are against)
    ("Minister accepts review of school funding", "Education Secretary Bridget Phillipson has accepted all 40 "
     "recommendations of a review of school funding.\n\nCritics said the minister had commissioned the review "
     "herself and then praised it.", "Critics", "against"),
    # a manner aimed at the critics takes the measure's side
    ("Chancellor defends VAT on private school fees", "Rachel Reeves has defended the decision to charge VAT on "
     "private school fees from January.\n\nLabour MP Emily Thornberry responded witheringly to Conservative "
     'criticism of the policy, saying the Tories had "suddenly discovered a passion for education funding".',
     "Emily Thornberry", "favor"),
    # a sentence that opens with a turn between the crowd's side and the quote ends its reach
    ("Supermarket to close town centre store", "Fresco will close its town centre store next month.\n\nShoppers "
     "celebrated the decision. But the mood was very different among older residents. \"I don't know how I'll get "
     "my shopping home now,\" said pensioner Margaret Cole.", "Margaret Cole", None),
    # ... not "Yet another"
    ("Supermarket to close town centre store", "Fresco will close its town centre store next month.\n\nShoppers "
     "celebrated the decision. Yet another shopper was delighted. \"About time,\" said pensioner Margaret Cole.",
     "Margaret Cole", "favor"),
])
def test_review_cases_keep_their_side(title, text, speaker, cue):
    assert cues_by_speaker(text, title)[speaker] == cue


def test_what_a_judgement_acts_against_is_not_its_side():
    assert judgement_side("a welcome check on executive overreach") == "favor"
    assert judgement_side("a crackdown on sneaky fees") is None
    assert judgement_side("federal overreach") == "against"


def test_a_name_in_what_a_described_actor_acts_on_is_not_the_subject():
    text = ("A federal judge in Austin has blocked a Texas law that would have banned the mailing of abortion pills. "
            'Abortion rights groups hailed the decision as "a victory for women across Texas". Anti-abortion group '
            'Texas Right to Life condemned the judge. "Thank God for this judge," one woman wrote on X.')
    result = extract(article(text, title="Judge blocks Texas abortion pill law"))
    assert result.subject is None and result.target == "Judge blocks Texas abortion pill law"
    sides = {i.speaker: (i.kind, i.stance_cue) for i in result.items}
    # the body's told reaction aims at what the headline tells; its side is not lent to one of the public
    assert sides["Texas Right to Life"] == ("reaction", "against")
    assert sides["one woman"] == ("reaction", None)


def test_a_headlines_place_names_the_government_the_lead_calls_by_its_capitalized_name():
    text = ("The Scottish Government has delayed its deposit return scheme for drinks containers until 2025.\n\n"
            'Environmental campaigners said the delay was "a huge setback".')
    result = extract(article(text, title="Scotland's deposit return scheme delayed again"))
    assert result.subject == "Scottish Government"


@pytest.mark.parametrize(("told", "cue"), [
    ("Another was more forgiving:", "favor"), ("Critics were scathing:", "against"),
    ("Others were less forgiving:", "against"), ("Few others were happy:", "against")])
def test_how_a_speaker_felt_before_a_colon_is_their_side(told, cue):
    text = ("Nintendo has delayed the launch of its Switch 2 console in Europe by two months.\n\n"
            f'Gamers were disappointed. {told} "I\'d rather wait than get a broken console."')
    quoted = [i for i in extract(article(text, title="Nintendo delays Switch 2 launch")).items if i.quoted]
    assert [i.stance_cue for i in quoted] == [cue]


def test_a_bodys_handling_of_an_event_is_the_target_and_its_clipped_name_its_voice():
    text = ("The Metropolitan Police has been criticised for its handling of a protest in London on Saturday, "
            "after officers were filmed arresting a 14-year-old girl.\n\nThe Met said officers had acted "
            "appropriately.")
    result = extract(article(text, title="Police criticised over handling of protest"))
    assert result.target == "Metropolitan Police's handling of a protest in London"
    assert [(i.speaker, i.kind) for i in result.items] == [("Met", "subject_statement")]


def test_who_announces_the_subjects_deed_speaks_for_it():
    text = ("Manchester will offer free bus travel to everyone under 18 from September, Mayor Andy Burnham "
            "announced.\n\nParents welcomed the scheme.")
    result = extract(article(text, title="City launches free bus travel for under-18s"))
    assert {i.speaker: i.kind for i in result.items}["Andy Burnham"] == "subject_statement"


@pytest.mark.parametrize(("title", "text", "speaker", "kind"), [
    # a clipped name is the body's only when it keeps its tail or drops a local body's word
    ("Council approves east Manchester arena", "Manchester City Council has approved plans for a 23,000-seat arena "
     'in east Manchester.\n\nMan City said the arena would bring jobs to east Manchester.', "Man City", "reaction"),
    ("Marks & Spencer to close 30 stores", "Marks & Spencer will close 30 stores over the next year.\n\n"
     '"It\'s a real shame, I\'ve shopped here for 40 years," said Mark, a pensioner.', "Mark", "reaction"),
    # who announces the subject's deed speaks for it only as its own officer
    ("Ford to cut 1,300 UK jobs", "Ford will cut 1,300 jobs in the UK over the next three years, the Unite union "
     "confirmed.\n\nWorkers said they were devastated.", "Unite union", "other_target"),
])
def test_review_cases_keep_their_kind(title, text, speaker, kind):
    assert kinds_by_speaker(text, title=title)[speaker] == kind


def test_a_team_named_by_its_country_is_not_the_government_that_congratulates_it():
    text = ("Scotland beat Denmark at Hampden to qualify for their first World Cup since 1998.\n\n"
            "The Scottish Government has congratulated the squad and ministers said they would consider a holiday.")
    assert extract(article(text, title="Scotland qualify for World Cup")).subject == "Scotland"


@pytest.mark.parametrize(("between", "cue"), [
    ("But the change will not come into force until May.", "favor"),  # a turn that brings in nobody
    ("But the reaction outside the Leeds store was mixed.", None),
    ("Yet not all agreed.", None), ("However, opinion was far from unanimous.", None),
])
def test_only_a_turn_that_brings_in_others_ends_a_crowds_reach(between, cue):
    text = ("Fresco will bring back staffed tills at its Leeds store.\n\nShoppers welcomed the decision. "
            f'{between} "About time," said pensioner Jean Hall.')
    assert cues_by_speaker(text, "Fresco brings back staffed tills")["Jean Hall"] == cue


@pytest.mark.parametrize(("told", "side"), [
    ("Few residents backed the plan.", "against"),  # few or none who took a side: the rest took the other
    ("Hardly any residents supported the decision.", "against"),
    ("Few residents welcomed the decision.", "against"),
    ("A few residents backed the plan.", "favor"),  # some did
    ("Many residents initially supported the plan but later turned against it.", "against"),  # where they ended
    ("Residents are expected to back the plan at a meeting next week.", None),  # a forecast, not yet a reaction
])
def test_a_crowd_counted_few_turned_later_or_only_expected_to_act(told, side):
    text = ("Brinmouth Council has approved new parking charges on the seafront.\n\n"
            f'{told} "I shop here every week," said one resident.')
    title = "Council approves seafront parking charges"
    crowd = [i for i in extract(article(text, title=title)).items if not i.quoted]
    assert [i.stance_cue for i in crowd] == ([side] if side else [])
    assert cues_by_speaker(text, title)["one resident"] == side


@pytest.mark.parametrize(("title", "text", "subject", "target"), [
    # a title word before what a business trades in is part of its name
    ("Premier Foods fined £2m over labelling failures",
     "Premier Foods has been fined £2 million by the Food Standards Agency after the regulator found the company "
     "had wrongly labelled allergens on 40 products.\n\nShoppers said they were shocked.",
     "Premier Foods", "Premier Foods' labeling allergens on 40 products"),
    ("Premier Inn scraps free breakfast for children", "Premier Inn has scrapped free breakfasts for children at "
     "its 800 hotels.\n\nParents criticised the move.", "Premier Inn", None),  # (the tagger took "Inn" for a person)
    ("Vice Media lays off 100 staff", "Vice Media is laying off more than 100 staff.\n\nStaff criticised the "
     "decision.", "Vice Media", None),
    ("Commuters angry as Cardinal Rail confirms 9% fare rise",
     "Fares on Cardinal Rail services between Leeds and York will rise by 9% from March, the operator "
     "has confirmed.\n\nCommuters said the rise was unfair.", "Cardinal Rail", None),
    # a headline's kind is the body the lead names only where it does not act
    ("Council bans barbecues in Westfield Park",
     "Barbecues will be banned in Westfield Park from June under a new rule passed by Marlow Town Council.\n\n"
     "Residents welcomed the ban.", "Marlow Town Council", None),
    ("University to fine students for late library books",
     "Students at the University of Eastmere will be fined for late library books from September, under rules "
     "announced by the university.\n\nStudents said the fines were unfair.", "University of Eastmere", None),
    ("University to track seminar attendance with phone app",
     "Students at the University of Eastmere will have to check in to seminars with a phone app from September, "
     "under rules announced by the university.\n\nStudents said the app was intrusive.",
     "University of Eastmere", "University of Eastmere's plan to track seminar attendance with phone app"),
    # ... or introduces with its kind after a comma
    ("Retailer drops plan to close cafes",
     "Hollins, the Midlands department store chain, has dropped its plan to close the cafes in its 12 stores.\n\n"
     "Shoppers welcomed the U-turn.", "Hollins", None),
    # a deed the lead tells in the passive with who did it
    ("Tower approved despite objections",
     "A 12-storey block of 90 flats has been approved by Hartley District Council, despite 600 objections.\n\n"
     "Residents said they were furious.", "Hartley District Council",
     "Hartley District Council's approving a 12-storey block of 90 flats"),
])
def test_subject_and_target_from_a_leads_body_named_in_passing(title, text, subject, target):
    result = extract(article(text, title=title))
    assert result.subject == subject
    if target is not None:
        assert result.target == target


def test_a_title_is_still_no_part_of_a_persons_name():
    text = ("Ontario has scrapped the toll on Highway 407.\n\n\"Drivers deserve a break,\" said Premier Doug Ford.\n\n"
            "\"It is a good day,\" said Cardinal Thomas Collins.")
    speakers = [i.speaker for i in extract(article(text, title="Ontario scraps highway toll")).items]
    assert speakers == ["Doug Ford", "Thomas Collins"]


@pytest.mark.parametrize("hostile", [
    "asked how much more taxpayers' money would be wasted on the scheme",  # review: a question may well take a side
    "asked who had thought it was a good idea",
])
def test_a_reported_question_keeps_the_models_reading(hostile):
    text = f"Norbridge City Council has approved another £1.2m for the tram link.\n\nResident Tom Reid {hostile}."
    assert cues_by_speaker(text, "Council approves more money for tram")["Tom Reid"] is None


def test_its_leader_after_another_body_speaks_for_that_body():
    text = ("Students at the University of Northmoor will have to check in to lectures with an app.\n\n"
            'The students\' union said it opposed the move. Its president, Jordan Blake, said: "It is surveillance."')
    kinds = kinds_by_speaker(text, title="University to track attendance")
    assert kinds["Jordan Blake"] == "reaction"
    # (review: a body named in passing is not the sentence's doer)
    text = ("The University of Westmoor will cut 200 jobs.\n\nAfter the union vote, the university said it would "
            'press ahead. Its vice-chancellor, Professor Alan Reeve, said: "The savings are essential."')
    kinds = kinds_by_speaker(text, title="University to cut 200 jobs")
    assert kinds["Alan Reeve"] == "subject_statement"
    text = ("Students at the University of Northmoor will have to check in to lectures with an app.\n\n"
            'The university said the app would help. Its president, Jane Roe, said: "It is about support."')
    kinds = kinds_by_speaker(text, title="University to track attendance")
    assert kinds["Jane Roe"] == "subject_statement"


@pytest.mark.parametrize(("told", "side"), [
    # review: "few" after a determiner or an owner counts some; "No" may name a referendum's side
    ("The few residents who stayed to the end backed the plan.", "favor"),
    ("His few remaining allies backed the plan.", "favor"),
    ("No campaigners welcomed the result.", "favor"),
    # a later verb of another doer, or aimed at another thing, is not where they ended up
    ("Residents opposed the plan at first, but councillors then backed it.", "against"),
    ("Residents praised the plan but then criticised the new bus timetable.", "favor"),
    # an arranged protest is a reaction, not a forecast
    ("Residents are set to protest against the plan on Saturday.", "against"),
])
def test_review_cases_keep_the_crowds_own_side(told, side):
    text = f"Brinmouth Council has approved a plan to close the seafront to cars.\n\n{told}"
    crowd = [i for i in extract(article(text, title="Council to close seafront to cars")).items if not i.quoted]
    assert crowd[0].stance_cue == side


@pytest.mark.parametrize(("title", "text", "subject"), [
    # a person named like a trade keeps their title out of their name
    ("Senator votes against tax bill", "Senator Margaret Power has voted against the tax bill.\n\n"
     "Senator Power said the bill would hurt working families.", "Margaret Power"),
    # a headline's kind is not a body the lead names in passing where someone named acts
    ("Council cuts arts budget", "Bexford Council has cut its entire arts budget, despite a warning from Arts "
     "Council England.\n\nArtists said they were devastated.", "Bexford Council"),
])
def test_review_cases_keep_the_subject(title, text, subject):
    assert extract(article(text, title=title)).subject == subject


def test_a_headlines_kind_is_no_body_named_in_passing_where_another_acts():
    text = ("The RMT has called off next week's strike after a deal similar to one accepted by the Fire Brigades "
            "Union.\n\nPassengers welcomed the news.")
    assert "Fire Brigades" not in (extract(article(text, title="Union calls off strike")).subject or "")


def test_review_cases_keep_the_target():
    text = ("A solar farm on 200 acres was approved by Kent County Council last year. Hartley District Council has "
            "now refused planning permission for the cables that would link it to the grid.\n\n"
            "Campaigners welcomed the refusal.")
    target = extract(article(text, title="Hartley District Council refuses solar farm cables")).target
    assert target.startswith("Hartley District Council's refusing planning permission")


def test_a_whole_quote_after_a_speakers_reported_words_goes_on_with_them():
    lead = "Pemberton's has cut the sugar in its Golden Crunch biscuits by 30%.\n\n"
    text = lead + ('Retired teacher Brian Hutchins said he had eaten two every day for 50 years. '
                   '"I won\'t be buying them again."')
    assert [(i.speaker, i.quoted) for i in extract(article(text)).items] == [
        ("Brian Hutchins", True), ("Brian Hutchins", False)]
    # (a paragraph quoted before keeps its one chain: `"Q1," says X. She says ... "Q2"`)
    text = lead + ('"They taste of cardboard," says shopper Ann Lee. She says she will switch brands. '
                   '"Sixty years, ruined."')
    assert [i.speaker for i in extract(article(text)).items if i.quoted] == ["Ann Lee"]


@pytest.mark.parametrize(("title", "text", "subject"), [
    # a letter the tokenizer split off a headline's word is no name
    ("Fans hail U-turn as Hartfield Cricket Club scraps fee rise", "Hartfield Cricket Club has backed down on a "
     "planned 30 per cent rise in membership fees.\n\nMembers welcomed the news.", "Hartfield Cricket Club"),
    # a live blog whose headline tells a deed with nobody named who did it: the first entry names its doer
    ("Budget live: Fuel allowance axed as opposition cries foul", "14:02 - Minister for Finance Eamon Doyle has "
     "confirmed that the fuel allowance will not be renewed.\n\n14:05 - Opposition TDs said the move was a "
     "betrayal.\n\n14:09 - Charities said pensioners would suffer.", "Eamon Doyle"),
])
def test_subject_of_a_split_letter_and_a_live_blogs_unnamed_deed(title, text, subject):
    assert extract(article(text, title=title)).subject == subject


@pytest.mark.parametrize(("said", "cue"), [
    # an expert the journalist gives no side explains: no side, unless their words judge the deed
    ("Media analyst Priya Nandakumar said cheaper plans with adverts had become standard across the industry.",
     "none"),
    ("Media analyst Priya Nandakumar said the new plan was \"a cynical cash grab\".", "against"),
    ("Subscriber Priya Nandakumar said cheaper plans with adverts had become standard across the industry.", None),
    # (review: not what they say the deed would do, nor their own quoted words)
    ("Media analyst Priya Nandakumar said the cheaper plan would most likely lead to higher prices.", None),
    ('"Cheaper plans with adverts have become standard across the industry," said media analyst Priya Nandakumar.',
     None),
])
def test_an_expert_given_no_side_explains(said, cue):
    text = f"Streamer Maplestream will launch a cheaper plan with adverts in November.\n\n{said}"
    assert cues_by_speaker(text, "Maplestream launches cheaper plan with adverts")["Priya Nandakumar"] == cue


@pytest.mark.parametrize("after", [
    # review: a quote that ends no paragraph, or follows words that tell of another's words, is not theirs
    ('said the club\'s post on Facebook had caused uproar. "Dogs will no longer be allowed on the beach."', None),
    ('said the plan was a mistake. "It\'s a disgrace." That is the view of pensioner Mary Hughes.', None),
    ('said she supported the plan, but her neighbour, Tom Reid, said he feared chaos. "The roads cannot cope."',
     None),
])
def test_a_quote_after_reported_words_that_may_be_anothers_is_not_theirs(after):
    text = f"Westbay Council has banned dogs from the beach.\n\nResident Nisha Patel {after[0]}"
    assert "Nisha Patel" not in [i.speaker for i in extract(article(text)).items if i.quoted]


@pytest.mark.parametrize(("welcomed", "cue"), [
    ("Campaigners welcomed the decision.", "against"),  # the decision the story tells: the fine
    ("Campaigners welcomed the decision to invest £1bn in new sewers.", "favor"),  # another decision, the company's
])
def test_welcoming_the_decision_to_punish_is_against_the_punished(welcomed, cue):
    text = ("Southmere Water has been fined £38m by Ofwat over sewage spills.\n\n"
            f"{welcomed}")
    assert cues_by_speaker(text, "Southmere Water fined £38m over sewage spills")["Campaigners"] == cue


@pytest.mark.parametrize("office", ["The chief executive of Northmere Water", "Northmere Water's chief executive"])
def test_the_office_holder_a_body_s_lead_describes_and_the_next_paragraph_names_speaks_for_it(office):
    text = (f"{office} has abandoned plans to close its Elm Street depot, six weeks after the proposal was "
            "announced.\n\nAlasdair Crane told staff in an email on Wednesday that the depot would remain open "
            "\"for the foreseeable future\".\n\n\"This is a victory for everyone who marched,\" said "
            "Kemi Adeyinka-Shaw, a union representative.")
    result = extract(article(text, title="Northmere Water drops plan to close Elm Street depot"))
    assert result.subject == "Northmere Water"
    assert {i.speaker: i.kind for i in result.items} == {"Alasdair Crane": "subject_statement",
                                                       "Kemi Adeyinka-Shaw": "reaction"}
    # (one introduced with a role is another voice)
    other = text.replace("Alasdair Crane told", "Alasdair Crane, a depot driver, told")
    assert items_by_speaker(other, "Northmere Water drops plan to close Elm Street depot")["Alasdair Crane"].kind \
        == "reaction"


def test_a_body_s_name_the_tagger_reads_whole_keeps_a_role_word_inside_it():
    text = ("Hundreds of matatus stayed off the roads on Monday as operators protested against a new cashless rule."
            "\n\nThe Capital Region Commuter Authority (CRCA) announced last Thursday that conductors would no "
            "longer be allowed to accept cash.\n\nCRCA director general Philip Oduya said the system would reduce "
            "theft. \"We will not go back,\" he said.\n\n\"They want us to carry the whole cost,\" said "
            "Samuel Kiprono, who owns two matatus.")
    result = extract(article(text, title="Matatu crews strike over cashless fare order"))
    assert result.subject == "Capital Region Commuter Authority"
    kinds = {i.speaker: i.kind for i in result.items}
    assert (kinds["Philip Oduya"], kinds["Samuel Kiprono"]) == ("subject_statement", "reaction")


@pytest.mark.parametrize("post", ["head of scripted programming", "vice-president of content", "head of drama"])
def test_a_service_s_head_of_a_department_speaks_for_it(post):
    text = ("Streaming service Brightwave has renewed its thriller Salt Marsh for a third season and will move "
            f"production from Savannah to Albuquerque.\n\nBrightwave's {post}, Carla Mendes, said in a statement that "
            "the move \"gives our crews year-round stages under one roof\".\n\n\"This is a betrayal of Savannah,\" "
            "said crew member Tom Diaz.")
    kinds = kinds_by_speaker(text, title="Brightwave renews Salt Marsh")
    assert (kinds["Carla Mendes"], kinds["Tom Diaz"]) == ("subject_statement", "reaction")


def test_a_service_in_lower_case_describes_a_business_and_a_capitalized_one_is_a_name():
    assert described_as("Brightwave", "Streaming service Brightwave has renewed Salt Marsh.") == {"service"}
    assert described_as("John Roe", "Secret Service agent John Roe said the route was safe.") == frozenset()


@pytest.mark.parametrize(("mayor", "kind"), [
    ("Mayor Brenda MacIsaac", "subject_statement"),  # the council's own mayor defends it
    ("Crescent Bay Mayor Brenda MacIsaac", "reaction"),  # another town's
    ("Mayor Brenda MacIsaac, who voted against the fee,", "reaction"),  # one who opposed it
])
def test_a_council_speaks_through_its_own_mayor(mayor, kind):
    text = ("Port Aldous town council's decision to charge $25 a day to park at Sandhill Beach has drawn a wave of "
            f"opposition.\n\n{mayor} said: \"Our taxpayers pick up the whole bill for lifeguards and washrooms.\"\n\n"
            "\"We've just put a price on the one thing that was free,\" said shop owner Rick Poirier.")
    result = extract(article(text, title="Beach parking fee sparks anger"))
    assert result.subject == "the Port Aldous town council"
    assert result.target.startswith("the Port Aldous town council's decision to charge $25 a day")
    kinds = {i.speaker: i.kind for i in result.items}
    assert (kinds["Brenda MacIsaac"], kinds["Rick Poirier"]) == (kind, "reaction")


def test_a_councillor_s_abbreviated_title_is_no_speaker_nor_a_sentence_end():
    text = ("Port Aldous town council has voted to charge $25 a day to park at Sandhill Beach.\n\n"
            "\"We have just put a price on the one thing that was free,\" said Coun. Doug Fraser, who voted against."
            "\n\n\"It is daylight robbery,\" said Cllr. Tom Hay.")
    assert [i.speaker for i in extract(article(text)).items if i.quoted] == ["Doug Fraser", "Tom Hay"]


def test_a_street_that_closes_is_no_actor():
    text = ("The leader of a Somerset borough council has won approval for a plan to close the town's main shopping "
            "street to cars.\n\nCouncillors on Ashcombe Borough Council voted 23 to 18 on Tuesday night to "
            "pedestrianise Market Street from April.\n\n\"Nobody is carrying a bag of cement across the square,\" "
            "said hardware shop owner Derek Pryce.")
    result = extract(article(text, title="Market Street to close to traffic as council backs car-free plan"))
    assert result.subject == "Ashcombe Borough Council"
    assert {i.speaker: i.kind for i in result.items}["Derek Pryce"] == "reaction"


def test_an_authority_introduced_by_its_kind_is_named_and_speaks_as_the_authority():
    text = ("A rural Manitoba health authority has opened walk-in mental health clinics that stay open until "
            "midnight.\n\nThe Prairie West Health Authority said the clinics would open from 4 p.m. to midnight.\n\n"
            "\"Crises don't keep office hours,\" the authority's chief executive, Dr. Leanne Moffatt, said.\n\n"
            "\"This is exactly what we needed,\" said Kelvale mayor Gord Halvorsen.")
    result = extract(article(text, title="Late-night mental health clinics open in three Manitoba towns"))
    assert result.subject == "Prairie West Health Authority"
    kinds = {i.speaker: i.kind for i in result.items}
    assert (kinds["Leanne Moffatt"], kinds["Gord Halvorsen"]) == ("subject_statement", "reaction")


def test_an_acronym_subject_speaks_as_the_kind_its_spelled_out_name_ends_in():
    text = ("The Fair Trading and Consumer Authority (FTCA) on Thursday fined ride-hailing platform ZipRyde $1.2 "
            "million for misleading fare estimates.\n\nThe authority said ZipRyde's app showed a \"from\" price that "
            "was far below the final fare.\n\nZipRyde said it \"disagrees with the findings\" and would appeal.")
    kinds = kinds_by_speaker(text, title="FTCA fines ZipRyde $1.2m")
    assert kinds["authority"] == "subject_statement"


def test_a_lead_s_body_told_by_its_kind_and_named_next_is_the_subject():
    text = ("A Cardiff secondary school will push back the start of its school day by an hour from September.\n\n"
            "Llanrhys High School, which has 1,150 pupils, will begin lessons at 9.45am instead of 8.30am. The day "
            "will finish at 4.15pm rather than 3.10pm. A free breakfast club will open at 8am for pupils who need to "
            "be dropped off early.\n\nHeadteacher Gareth Pritchard said the school had looked carefully at the "
            "research.\n\n\"Nobody's properly awake for first period,\" said Year 11 pupil Tomos Evans.\n\n"
            "\"My 12-year-old will be sitting in a breakfast club for almost two hours,\" said parent Lisa Morgan.")
    result = extract(article(text, title="Cardiff school to start lessons at 9.45am in sleep trial"))
    assert result.subject == "Llanrhys High School"
    assert result.target == "Llanrhys High School's pushing back the start of its school day"


@pytest.mark.parametrize(("said", "speaker"), [
    ('The Capital Region Commuter Network said the fares were "a disgrace".', "Capital Region Commuter Network"),
    # (a description the entity tagger took into the name is no body's word)
    ('Critic Lena Holt said the plan was "cruel and short-sighted" and should be dropped.', "Lena Holt"),
])
def test_a_role_word_inside_a_body_s_name_stays_and_one_before_a_person_goes(said, speaker):
    assert [i.speaker for i in extract(article(said)).items] == [speaker]


# Review of 0.3.308-0.3.314: counterexamples written as a paper prints them.
@pytest.mark.parametrize(("title", "text", "speaker", "kind"), [
    # a bare name after an office holder's lead, with a clause about who they are, is another voice
    ("Hospital boss apologises over corridor care",
     "The chief executive of Riverside Hospital has apologised after an 86-year-old woman spent 40 hours on a "
     "trolley.\n\nSandra Mills, whose mother was the patient, said the family had been \"treated like a nuisance\" "
     "by the hospital.\n\nIn a statement, the hospital said it was under \"extreme pressure\".", "Sandra Mills",
     "reaction"),
    # another town's mayor, named after the name; a mayor who dissented
    ("Kelso Bay council approves beach parking charge",
     "Kelso Bay town council has voted to charge $20 a day to park at Long Beach from June.\n\nMayor Jill Carter of "
     "nearby Crescent Harbour said her town would not follow suit. \"Our beaches are free and they will stay free,\" "
     "she said.", "Jill Carter", "reaction"),
    ("Council votes to close Elm Park pool",
     "Westbury city council has voted 7-2 to close the Elm Park outdoor pool, citing repair costs of $3 million.\n\n"
     "Mayor Linda Sousa, who cast one of the two dissenting votes, said the city was \"giving up on its kids\".",
     "Linda Sousa", "reaction"),
    ("County council cuts bus subsidies",
     "Orrin County Council has cut subsidies to 14 rural bus routes, saying it can no longer afford them.\n\nMayor "
     "Dave Kessler, whose city of Millport is served by six of the routes, said the county had \"abandoned\" rural "
     "residents.", "Dave Kessler", "reaction"),
    # a former head of a department speaks for himself
    ("Lumen cancels Harbour Lights",
     "Streaming service Lumen has cancelled its drama Harbour Lights after two seasons.\n\nLumen's former head of "
     "drama, Ian Reid, who left the company last year, said the cancellation was \"short-sighted\". \"They are "
     "throwing away a loyal audience,\" he said.", "Ian Reid", "reaction"),
])
def test_review_voices_near_the_new_office_rules(title, text, speaker, kind):
    assert kinds_by_speaker(text, title=title)[speaker] == kind


@pytest.mark.parametrize(("title", "text", "subject"), [
    # a seat of government is an actor, though it is a street
    ("Downing Street refuses to rule out winter fuel U-turn",
     "Downing Street has refused to rule out a U-turn on cuts to winter fuel payments after a backlash from Labour "
     "MPs.\n\n\"Pensioners cannot wait,\" said Age Concern's director, Caroline Abbott.", "Downing Street"),
    # an acronym that acts in the article opens its headline as the actor; a zone does not, nor a shout
    ("HMRC fines 500,000 for late tax returns",
     "HM Revenue and Customs has fined more than 500,000 people for filing their tax returns late.\n\nHMRC said the "
     "£100 penalties could be appealed.\n\n\"The system is too complicated,\" said Jane Ellis of a tax charity.",
     "HMRC"),
    ("ULEZ fines 90,000 drivers in first month of expansion",
     "More than 90,000 drivers were fined in the first month of the expanded ultra-low emission zone, figures from "
     "Transport for London show.\n\nTfL said most drivers were now compliant.", None),
    # a month before a council's place is no part of its name
    ("Row over library hours",
     "In January Ashford borough council's decision to cut library opening hours by a third prompted a petition.\n\n"
     "\"Libraries are a lifeline,\" said retired teacher Margaret Hill.", "the Ashford borough council"),
    # a body's name with a role word inside
    ("Arts Council cuts funding to Hartlepool theatre",
     "Arts Council England has cut all funding to the Northgate Theatre in Hartlepool, putting 40 jobs at risk.\n\n"
     "Arts Council England said it had to make \"difficult choices\".", "Arts Council England"),
])
def test_review_subjects_near_the_new_subject_rules(title, text, subject):
    assert extract(article(text, title=title)).subject == subject


@pytest.mark.parametrize("mayor", ["Lord Mayor Sally Price", "Deputy Mayor Sally Price"])
def test_a_council_s_lord_or_deputy_mayor_speaks_for_it(mayor):
    text = ("Melport City Council has voted to ban private cars from Flinders Lane from next March.\n\n"
            f"{mayor} defended the decision. \"This is about making the city centre a place people want to be,\" she "
            "said.\n\n\"Our deliveries come by van,\" said cafe owner Nick Papadakis.")
    kinds = kinds_by_speaker(text, title="City council bans cars from Flinders Lane")
    assert (kinds["Sally Price"], kinds["Nick Papadakis"]) == ("subject_statement", "reaction")


def test_a_persons_aides_advisers_and_those_close_to_them_tell_their_side():
    text = ("Senator Maria Costa on Monday unveiled a farm bill that would cap crop subsidies for the largest "
            "growers.\n\nMrs. Costa's advisers said the timing was chosen to avoid the budget fight.\n\n"
            "Aides to Costa said she had spoken to farm groups for months.\n\n"
            "Sources close to her campaign say she expects Republican votes.\n\n"
            "A person familiar with Costa's thinking said she would not accept amendments.\n\n"
            "Senior campaign advisers argue that the bill will help her in rural counties.\n\n"
            "Democratic aides noted that the bill had no co-sponsors yet.\n\n"
            "Some of Costa's longtime allies said they were surprised by the cap.\n\n"
            "Farm Bureau president Tom Ruiz said the cap was \"a direct attack on family farms.\"")
    kinds = kinds_by_speaker(text, "Senator Maria Costa launches farm bill push")
    for camp in ("Mrs. Costa's advisers", "Aides to Costa", "Sources close to her campaign",
                 "person familiar with Costa's thinking", "Senior campaign advisers"):
        assert kinds[camp] == "subject_statement", camp
    # (others' aides, allies who may judge her, and the public react)
    for other in ("Democratic aides", "Some of Costa's longtime allies", "Tom Ruiz"):
        assert kinds[other] == "reaction", other


def test_a_possessive_apostrophe_stays_in_the_speaker_phrase():
    text = ("Bernie Sanders will campaign in New York all week.\n\n"
            "Sanders’ aides believe he can win the state's biggest counties.")
    assert kinds_by_speaker(text, "Sanders to campaign in New York")["Sanders’ aides"] == "subject_statement"


def test_an_office_the_lead_names_is_the_person_the_next_paragraph_opens_with():
    text = ("The Home Secretary has appointed a former bank fraud investigator as the country's first "
            "independent commissioner for victims of fraud.\n\n"
            "Priya Latham told MPs on Wednesday that Gordon Ashby would take up the role in September.\n\n"
            "\"Fraud is now the crime people are most likely to experience,\" Ms Latham said.\n\n"
            "The shadow home secretary, Daniel Royce, said the appointment was \"about three years late\".")
    result = extract(article(text, title="Home Secretary names first commissioner for fraud victims"))
    assert result.subject == "Priya Latham"
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds["Latham"] == kinds["Priya Latham"] == "subject_statement"
    assert kinds["Daniel Royce"] == "reaction"  # (another's office of that name)


def test_the_office_holder_who_governs_a_place_speaks_for_it():
    text = ("A county governor has ordered motorcycle taxis out of Kimara's central business district from next "
            "Monday, a decision welcomed by shopkeepers but one that has left riders fearing for their "
            "livelihoods.\n\nGovernor Esther Wambui announced on Tuesday that boda bodas would be barred from the "
            "zone.\n\n\"We are not chasing anyone out of business,\" Governor Wambui said at a press briefing.\n\n"
            "\"This ban will put 6,000 young men out of work,\" said Joseph Otieno, a rider.")
    result = extract(article(text, title="Kimara bans boda bodas from town centre, splitting traders and riders"))
    assert result.subject == "Kimara"
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds["Wambui"] == kinds["Esther Wambui"] == "subject_statement"
    assert kinds["Joseph Otieno"] == "reaction"


def test_ordering_people_out_is_the_deed_and_a_gloss_after_a_comma_is_no_part_of_it():
    text = ("Governor Esther Wambui has ordered motorcycle taxis out of Kimara's central business district, a "
            "decision welcomed by shopkeepers.\n\n\"It is long overdue,\" said shop owner Peter Kamau.")
    target = extract(article(text)).target
    assert target.startswith("Esther Wambui's ordering motorcycle taxis out of")
    assert "decision" not in target


def test_a_speaker_parsed_onto_the_place_the_sentence_opens_with_still_speaks():
    text = ("Harbourline Bank will stop charging customers for small transfers from next month.\n\n"
            "Managing director Adaeze Okonkwo said the bank's customers made 40 million such transfers a month.\n\n"
            "At a market in Yaba, Funmilayo Adebayo, who sells fabrics, said she pays out dozens of small "
            "transfers a week. \"If Harbourline is doing this, I will move my second account to them,\" she said.")
    items = extract(article(text, title="Harbourline Bank scraps charges on small transfers")).items
    quote = next(i for i in items if i.quoted)
    assert quote.speaker == "Funmilayo Adebayo" and quote.kind == "reaction"


def test_the_deed_a_headline_s_response_answers_names_its_doer_though_its_verb_reads_as_a_noun():
    text = ("Aotea Media's decision to end The Tuatara Club after 27 years has set off a wave of anger online, with "
            "parents lining up to criticise the broadcaster.\n\n"
            "\"Cool. So instead of a show made by Kiwis we get clips,\" one Reddit user wrote.")
    result = extract(article(text, title="'You've cancelled my childhood': viewers pile in after Aotea Media axes "
                                         "The Tuatara Club"))
    assert result.subject == "Aotea Media"
    assert result.target == "Aotea Media's decision to end The Tuatara Club"


def test_a_target_does_not_end_on_what_the_deed_was_set_against():
    text = ("SINGAPORE — Supermarket chain GreenBasket will offer its seniors' discount every day from March 1, "
            "instead of only on Tuesdays, a change that shoppers have warmly welcomed.\n\n"
            "\"Very good,\" said shopper Tan Siew Hoon.")
    target = extract(article(text, title="GreenBasket extends seniors' discount to every day of the week")).target
    assert target == "GreenBasket's offering its seniors' discount every day"


def test_a_body_keeps_the_first_word_the_entity_tagger_leaves_out_and_its_police_spokesperson_speaks_for_it():
    text = ("The Umzila Bay Metro Police Department has launched a mobile app that allows residents to report "
            "crimes anonymously.\n\nThe app, called SafeStreet, went live on Monday and is available free for "
            "Android and iPhone.\n\nMetro police spokesperson Captain Thandeka Mokoena said reports would be routed "
            "to one of the department's four control rooms.\n\n\"It is a gimmick,\" said resident Sipho Dlamini.")
    result = extract(article(text, title="New app lets residents report crime anonymously"))
    assert result.subject == "Umzila Bay Metro Police Department"
    assert {i.speaker: i.kind for i in result.items} == {"Captain Thandeka Mokoena": "subject_statement",
                                                       "Sipho Dlamini": "reaction"}


@pytest.mark.parametrize(("title", "text", "not_subject"), [
    ("Transport Secretary scraps northern rail upgrade",  # a critic who opens the next paragraph
     "The Transport Secretary has scrapped plans to electrify the railway line between Leeds and Hull.\n\n"
     "Rebecca Ainsworth told the Commons the decision was \"a betrayal of the north\" and accused ministers of "
     "breaking a promise.", "Rebecca Ainsworth"),
    ("Mayor scraps free parking in town centre",  # another office holder, by title
     "The mayor has scrapped free parking in Barnfield town centre.\n\nCouncillor Jane Poole told the Barnfield Echo "
     "the decision would \"kill off what is left of the high street\".\n\nMayor Richard Hale said the scheme cost "
     "the council £400,000 a year.", "Jane Poole"),
    ("Home Secretary names new chief inspector of prisons",  # another office of that name
     "The Home Secretary has appointed a former prison governor as the new chief inspector of prisons.\n\n"
     "The appointment was agreed with Justice Secretary Paul Dunn, who oversees the prison service.\n\n"
     "\"She knows what a failing prison looks like,\" said Peter Lewis of the Prison Reform Trust.", "Paul Dunn"),
])
def test_an_office_the_lead_names_is_not_a_critic_nor_another_office_holder(title, text, not_subject):
    result = extract(article(text, title=title))
    assert result.subject != not_subject
    assert all(i.kind != "subject_statement" for i in result.items if i.speaker == not_subject)


def test_a_governor_acting_on_the_places_council_does_not_speak_for_the_place():
    text = ("A state governor has given Lakeport's city council until Friday to reverse its ban on cars in the "
            "waterfront district.\n\nGovernor Ruth Adeyemi wrote to council members on Tuesday demanding that the "
            "road closures be lifted.\n\n\"This ban is strangling businesses,\" Adeyemi said in the letter.")
    items = extract(article(text, title="Lakeport bans cars from waterfront district")).items
    assert {i.kind for i in items if i.speaker == "Adeyemi"} == {"reaction"}


def test_bare_aides_are_the_subjects_only_after_the_subject():
    opening = ("Senator Carl Whitman on Wednesday placed a hold on the president's nominee for trade representative."
               "\n\n\"Kansas farmers deserve to know where she stands,\" Whitman said in a statement.\n\n")
    theirs = opening + "Top advisers said the senator would lift the hold once he had answers."
    others = opening + ("The White House responded sharply.\n\nSenior aides said the president had personally called "
                        "several Republican senators to pressure Whitman.")
    title = "Senator Carl Whitman blocks nominee for trade post"
    assert kinds_by_speaker(theirs, title)["Top advisers"] == "subject_statement"
    assert kinds_by_speaker(others, title)["Senior aides"] == "reaction"


@pytest.mark.parametrize("speaker", ["Several of his former aides", "Barrow's opponent's aides",
                                     "Allies of Sen. Barrow"])
def test_former_aides_an_opponents_aides_and_allies_are_not_the_subjects_voice(speaker):
    text = ("Senator Doug Barrow on Tuesday announced that he would seek the Republican nomination for president.\n\n"
            f"{speaker} said he had been a difficult boss who often shouted at junior staff.")
    assert kinds_by_speaker(text, "Senator Doug Barrow announces run for president")[speaker] == "reaction"


def test_another_police_forces_spokesperson_is_not_the_subjects():
    text = ("The Harbor City Police Department will add 40 officers to downtown patrols from next week after a rise "
            "in robberies near bus and rail stations.\n\nTransit police spokesperson Lieutenant Maria Gomez said her "
            "officers, who patrol the trains, had not been consulted.")
    kinds = kinds_by_speaker(text, "Harbor City Police Department adds officers to downtown patrols")
    assert kinds["Lieutenant Maria Gomez"] != "subject_statement"


def test_a_person_named_with_a_trade_that_is_also_a_business_word_is_a_person():
    text = ("Property developer Victor Lang has been arrested on suspicion of bribing city officials to approve a "
            "luxury tower, and his company's offices were searched.\n\n"
            "Associates of Mr Lang said he was shocked by the arrest and had always followed planning rules.\n\n"
            "\"We knew something smelled wrong about this,\" said resident Ruth Cameron.")
    kinds = kinds_by_speaker(text, "Developer Victor Lang arrested over bribery claims")
    assert kinds["Associates of Mr Lang"] == "subject_statement"
    assert kinds["Ruth Cameron"] != "subject_statement"


def test_a_persons_lawyer_named_beside_the_title_speaks_for_them_but_not_an_attorney_general():
    text = ("Police chief Dominic Hale has been suspended after a complaint about his conduct at a charity dinner.\n\n"
            "His lawyer, Naomi Price, said her client had \"an unblemished record of 22 years\".\n\n"
            "Attorney General Ken Moss said the inquiry would be \"thorough and fair\".")
    kinds = kinds_by_speaker(text, "Police chief Dominic Hale suspended")
    assert kinds["Naomi Price"] == "subject_statement"
    assert kinds["Ken Moss"] != "subject_statement"


@pytest.mark.parametrize(("title", "text", "department"), [
    ("Motorway speed limit to rise to 80mph in trial",
     "Transport Secretary Alan Mercer announced on Tuesday that the speed limit will rise to 80mph on three stretches "
     "of motorway from next spring.\n\n\"The trial is dangerous,\" said Angela Morrow of RoadSafe Families.\n\n"
     "A Department for Transport spokesperson said the three stretches would be named in the summer.",
     "Department for Transport spokesperson"),
    ("Home Secretary orders review of stop and search",
     "Home Secretary Priya Latham has ordered a review of stop and search powers.\n\n"
     "\"A review of stop and search is far too late,\" said Tom Ellis of the Police Federation.\n\n"
     "A Home Office spokesperson said the review would report by June.", "Home Office spokesperson"),
])
def test_a_ministers_department_speaks_for_the_minister(title, text, department):
    kinds = kinds_by_speaker(text, title)
    assert kinds[department] == "subject_statement"
    assert "reaction" in kinds.values()


def test_a_shadow_ministers_department_is_not_theirs():
    text = ("Shadow Transport Secretary Alan Mercer said on Tuesday that the speed limit should rise to 80mph.\n\n"
            "A Department for Transport spokesperson said there were no plans to change the limit.")
    assert kinds_by_speaker(text, "Shadow minister calls for 80mph limit")[
        "Department for Transport spokesperson"] == "reaction"


def test_a_spokesperson_for_the_role_the_headline_gives_the_subject_is_theirs():
    text = ("A popular film actor has drawn widespread criticism after telling a podcast that stunt performers "
            "should \"pick a safer job\".\n\nRaghav Mehra, 41, made the remark during an interview released on "
            "Sunday.\n\n\"These are the men who make heroes look like heroes,\" said stuntman Iqbal Shaikh.\n\n"
            "A spokesperson for the actor said the comments were \"made in jest\".")
    kinds = kinds_by_speaker(text, "Actor Raghav Mehra's 'find a safer job' remark sparks fury")
    assert kinds["spokesperson for the actor"] == "subject_statement"
    assert kinds["Iqbal Shaikh"] == "reaction"


def test_a_department_speaks_for_the_minister_the_lead_named_by_office():
    text = ("The Transport Secretary has announced that the speed limit will rise to 80mph on three stretches of "
            "motorway.\n\nAlan Mercer told the Commons on Monday that the pilot would cover 110 miles.\n\n"
            "\"An 80mph limit is dangerous,\" said Angela Morrow of RoadSafe Families.\n\n"
            "A Department for Transport spokesperson said the three stretches would be named in the summer.")
    kinds = kinds_by_speaker(text, "Motorway speed limit to rise to 80mph in trial")
    assert kinds["Department for Transport spokesperson"] == "subject_statement"
    assert kinds["Angela Morrow"] == "reaction"


def test_a_principal_the_lead_describes_is_the_person_named_later_with_an_accented_name():
    text = ("A primary school principal in Ballycorrig has told parents that pupils will no longer be set homework "
            "from September, a decision that has divided families.\n\n"
            "In a letter sent home on Friday, Siobhán Garvey, principal of St Ita's National School, said pupils "
            "would read for 20 minutes each evening instead.\n\n"
            "\"Scrapping homework is a mistake,\" said parent Gerard Mulcahy.")
    result = extract(article(text, title="Ballycorrig school scraps homework"))
    assert result.subject == "Siobhán Garvey"
    assert "will no longer be set homework" in result.target


def test_a_body_glossed_by_its_kind_speaks_by_it_and_a_bare_spokesperson_closing_a_sentence_is_its():
    text = ("Northmark Foods, the grocery chain with 140 stores across Ontario, will stop printing its weekly paper "
            "flyer at the end of next month.\n\n"
            "The chain said the move would save about 2,000 tonnes of paper a year. Shoppers without a smartphone "
            "will be able to ask for a printed list at the service desk, spokesperson Dana Whitfield said.\n\n"
            "\"We know change can be hard,\" Ms. Whitfield said.\n\n"
            "\"They're telling people like me we don't count,\" said retiree Margaret Oduya.")
    kinds = kinds_by_speaker(text, "Northmark Foods to scrap paper flyers")
    assert kinds["chain"] == kinds["Dana Whitfield"] == kinds["Whitfield"] == "subject_statement"
    assert kinds["Margaret Oduya"] == "reaction"


def test_a_bare_spokesperson_after_another_bodys_sentence_is_not_the_subjects():
    text = ("Northmark Foods, the grocery chain with 140 stores across Ontario, will stop printing its weekly paper "
            "flyer at the end of next month.\n\n"
            "The Ontario Seniors' Network condemned the decision. Older shoppers would be left paying more for "
            "their groceries, spokesperson Paul Brannigan said.")
    assert kinds_by_speaker(text, "Northmark Foods to scrap paper flyers")["Paul Brannigan"] == "reaction"


def test_one_of_a_kind_in_the_lead_is_the_body_named_next_and_what_it_has_is_no_deed():
    text = ("One of Britain's largest broadband providers is to raise monthly bills by 9 per cent for existing "
            "customers from April.\n\n"
            "Tellwave, which has about 3.1 million home customers, told subscribers by email on Monday that the "
            "increase was needed to fund upgrades to its network.\n\n"
            "\"It is a kick in the teeth,\" said Rachel Emsworth of Fair Bills UK.")
    result = extract(article(text, title="Broadband customers face 9% mid-contract rise"))
    assert result.subject == "Tellwave"
    assert result.target == "Tellwave's raising monthly bills by 9 per cent for existing customers"


def test_what_a_body_has_told_in_a_relative_clause_is_no_deed():
    text = ("Tellwave, which has about 3.1 million home customers, told subscribers by email on Monday that it would "
            "raise monthly bills by 9 per cent.\n\n\"It is a kick in the teeth,\" said Rachel Emsworth.")
    target = extract(article(text, title="Tellwave to raise bills")).target
    assert target == "Tellwave's raising monthly bills by 9 per cent"


def test_a_clubs_chairman_after_when_speaks_for_it_and_its_supporters_trust_chair_does_not():
    text = ("Kilbrack Celtic has abandoned plans to raise season-ticket prices by almost a quarter.\n\n"
            "Last night chairman Martin Hegarty told supporters the rise would not go ahead.\n\n"
            "\"We got this wrong,\" Mr Hegarty said.\n\n"
            "Aoife Brennan, chair of the Kilbrack Celtic Supporters' Trust, said the board deserved credit for "
            "changing course.")
    kinds = kinds_by_speaker(text, "Kilbrack Celtic drops season-ticket rise")
    assert kinds["Hegarty"] == kinds["Martin Hegarty"] == "subject_statement"
    assert kinds["Aoife Brennan"] == "reaction"


@pytest.mark.parametrize(("title", "lead", "target"), [
    ("Paid parking coming to three popular beaches in Tawhiti district",
     "Visitors to three of the Tawhiti district's busiest beaches will have to pay to park from December, after "
     "councillors voted 7-4 on Wednesday to introduce summer charges at Opihi Bay and Long Sands.\n\n"
     "Under the Tawhiti District Council plan, parking will cost $4 an hour.",
     "decision to introduce summer charges at Opihi Bay and Long Sands"),
    ("Marrick Shire Council scraps Esplanade bike lane weeks before work was due to start",
     "A separated bike lane along the Esplanade has been cancelled, after councillors voted 5-4 on Monday night to "
     "abandon the project.\n\nThe lane would have linked the foreshore to two primary schools.",
     "Marrick Shire Council's decision to abandon the project"),
])
def test_what_a_bodys_members_voted_for_in_the_lead_is_its_deed(title, lead, target):
    text = lead + "\n\n\"This is a disgrace,\" said resident Tom Hale."
    assert extract(article(text, title=title)).target.endswith(target)


@pytest.mark.parametrize(("title", "lead", "subject", "target"), [
    ("Blue Line to close for six weekends for track replacement",
     "The Blue Line between Riverside and Eastgate will close on six weekends this spring while crews replace worn "
     "rails, the Tri-County Transit Authority announced Wednesday.",
     "Tri-County Transit Authority",
     "Tri-County Transit Authority's announcing that the Blue Line between Riverside and Eastgate will close"),
    ("Viewers divided as 'Kloof Street' leaves free TV for streaming",
     "Fans of the long-running soap opera Kloof Street will have to pay to keep watching after the Sunveld "
     "Broadcasting Corporation said on Tuesday that the show would move to its streaming service.\n\n"
     "\"Kloof Street's audience already watches on phones,\" said head of content Lerato Dlamini.",
     "Sunveld Broadcasting Corporation",
     "Sunveld Broadcasting Corporation's saying that the show would move to its streaming service"),
])
def test_the_body_that_announced_what_a_thing_will_do_is_the_subject(title, lead, subject, target):
    text = lead + "\n\n\"They are taking Kloof Street away from us,\" said Tom Hale."
    result = extract(article(text, title=title))
    assert (result.subject, result.target) == (subject, target)


def test_a_person_whose_departure_a_body_announced_stays_the_subject():
    text = ("Helen Strand will step down as chief executive of Northgate at the end of the year, the Northgate Bank "
            "board announced on Monday.\n\n\"She leaves a stronger bank,\" said analyst Tom Hale.")
    assert extract(article(text, title="Northgate chief Helen Strand to step down")).subject == "Helen Strand"


def test_what_a_body_employed_in_a_relative_clause_is_a_deed():
    text = ("Harrow Care, which employed a nurse who had been struck off for stealing from patients, says it followed "
            "every check required by law.\n\n\"Families trusted them with their parents,\" said Beverley Akers.")
    assert "employing a nurse" in extract(article(text, title="Care firm defends hiring of struck-off nurse")).target


def test_a_chairman_after_when_does_not_speak_for_a_council():
    text = ("Harbury District Council has refused to renew Harbury Town's lease on its Mill Lane ground, saying the "
            "land is needed for housing.\n\nOn Monday chairman Keith Moran said the football club would fight the "
            "decision in court.\n\nA council spokesperson said the club had been offered an alternative site.")
    assert kinds_by_speaker(text, "Council refuses to renew Harbury Town's ground lease")["Keith Moran"] == "reaction"


def test_a_vote_not_to_act_keeps_its_not():
    text = ("Visitors to three of the Tawhiti district's busiest beaches will lose free parking from December, after "
            "councillors voted 7-4 on Wednesday not to extend the free parking scheme at Opihi Bay.\n\n"
            "Under the Tawhiti District Council plan, parking will cost $4 an hour.\n\n"
            "\"This is a disgrace,\" said resident Tom Hale.")
    target = extract(article(text, title="Paid parking coming to three popular beaches in Tawhiti district")).target
    assert target.endswith("decision not to extend the free parking scheme at Opihi Bay")


@pytest.mark.parametrize(("title", "text", "speaker", "kind"), [
    ("Dublin orders cross-border rail timetable change",  # another country's department of that name
     "Irish Transport Minister Eamon Ryle has ordered the rail operator to cut Dublin-Belfast trains from eight to "
     "six from May.\n\n\"Passengers in the north have been treated as an afterthought,\" said Ciara Hughes.\n\n"
     "A spokesperson for the UK Department for Transport said it had not been consulted.",
     "Department for Transport", "reaction|other_target"),
    ("Home Secretary to double fines for fly-tipping",  # the subject is the office itself
     "The Home Secretary has announced that fines for fly-tipping will double to £2,000.\n\n"
     "Shadow home secretary Gareth Pryce said on Tuesday that the plan was \"a gimmick\".\n\n"
     "A Home Office spokesperson said councils would keep the money raised.", "Home Office spokesperson",
     "subject_statement"),
    ("Harlow Buses to cut evening services",  # a rival of the kind
     "Harlow Buses, the operator with 200 buses across Essex, will end all services after 8pm from January.\n\n"
     "The rival operator said it would not step in. The routes simply don't pay, spokesperson Martin Cole said.\n\n"
     "\"Shift workers will be stranded,\" said Jo Parfitt.", "Martin Cole", "reaction|other_target"),
    ("Broadband firm's price rise under scrutiny",  # one who watches the kind is none of it
     "One of Britain's largest broadband providers is to raise monthly bills by 8 per cent from April.\n\n"
     "Ofcom, which regulates the sector, said it would examine whether customers had been properly warned.\n\n"
     "\"It is a kick in the teeth,\" said Rachel Emsworth.", "Ofcom", "reaction|other_target"),
])
def test_the_new_voices_of_a_subject_stop_at_another_country_a_rival_and_a_regulator(title, text, speaker, kind):
    assert kinds_by_speaker(text, title)[speaker] in kind.split("|")


def test_the_body_whose_rules_the_lead_tells_is_the_subject_and_its_chairman_a_doctor_speaks_for_it():
    text = ("Employers in Singapore will have to give outdoor workers a shaded rest break of at least 15 minutes every "
            "hour in high heat, under rules announced by the Outdoor Work Safety Council on Friday.\n\n"
            "The rules, which take effect on 1 April, apply to construction sites and shipyards in Singapore.\n\n"
            "Council chairman Dr Leong Kah Wai said the rules turned existing guidance into legal requirements.\n\n"
            "\"The council's new rules are overdue,\" said Priya Venkatesan of the charity Home Ground.")
    result = extract(article(text, title="Outdoor workers in Singapore to get mandatory shaded breaks in extreme heat"))
    assert result.subject == "Outdoor Work Safety Council"
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds["Leong Kah Wai"] == "subject_statement" and kinds["Priya Venkatesan"] == "reaction"


@pytest.mark.parametrize(("title", "opening", "leader"), [
    ("University scraps unseen exams", "Laurentian Bay University has scrapped unseen final exams in first-year "
     "courses.\n\nIn a statement on Wednesday, Genevieve Lachance, provost of Laurentian Bay University,",
     "Genevieve Lachance"),
    ("School scraps unseen exams", "Laurentian Bay Secondary School has scrapped unseen final exams.\n\n"
     "Genevieve Lachance, principal of Laurentian Bay Secondary School,", "Genevieve Lachance"),
])
def test_a_provost_or_principal_speaks_for_the_institution_even_after_a_dated_opening(title, opening, leader):
    text = (f"{opening} said grades would be based on coursework.\n\n"
            "\"Scrapping exams makes our degrees look soft,\" said economics professor Daniel Roy.")
    kinds = kinds_by_speaker(text, title)
    assert kinds[leader] == "subject_statement" and kinds["Daniel Roy"] == "reaction"


def test_a_principal_of_a_school_named_after_the_same_place_is_not_the_councils():
    text = ("Kaiwhero District Council has scrapped overdue fines at all seven of its public libraries.\n\n"
            "Hemi Parata, principal of Kaiwhero Primary School, said: \"Scrapping the fines is a brilliant move.\"")
    assert kinds_by_speaker(text, "Library fines scrapped in Kaiwhero district")["Hemi Parata"] == "reaction"


def test_one_that_does_something_to_something_stays_the_subject_over_the_body_that_announced_it():
    text = ("Tesla will recall two million cars in the United States, the Department of Transportation said on "
            "Tuesday.\n\n\"This recall is long overdue,\" said safety campaigner Tom Hale.")
    assert extract(article(text, title="Tesla recalls two million cars")).subject == "Tesla"


def test_a_name_that_opens_what_a_body_announced_keeps_its_capital():
    text = ("Manchester United will be fined £2m, the Football Association announced on Monday.\n\n"
            "\"The fine is far too small,\" said supporter Tom Hale.")
    result = extract(article(text, title="Club fined £2m over breaches"))
    assert result.subject == "Football Association"
    assert result.target == "Football Association's announcing that Manchester United will be fined £2m"


def test_a_fans_handle_holding_a_word_of_the_clubs_name_is_no_official_account():
    text = ("Dunmore Rovers have raised season ticket prices by 15 per cent.\n\n"
            "\"Priced out after 30 years,\" wrote @RoversForever88 on X.\n\n"
            "\"Prices reflect our costs,\" the club posted from @DunmoreRoversFC.")
    kinds = {i.handle or i.speaker: i.kind for i in extract(article(text, title="Dunmore Rovers raise prices")).items}
    assert kinds["RoversForever88"] == "reaction"
    assert kinds.get("DunmoreRoversFC", "subject_statement") == "subject_statement"


def test_a_support_or_country_account_of_the_subject_is_its_own():
    text = ("Tikiti Hub will scrap hidden booking fees from April 1.\n\n"
            '"Existing tickets keep the old pricing," @TikitiHubCare posted in reply to one user.\n\n'
            '"Finally," wrote @TikitiFan254.')
    kinds = {i.handle: i.kind for i in extract(article(text, title="Tikiti Hub scraps booking fees")).items}
    assert kinds == {"TikitiHubCare": "subject_statement", "TikitiFan254": "reaction"}


def test_a_network_named_after_the_subjects_town_is_another_body():
    text = ("Glenholt city council has voted to end free bus travel for pensioners.\n\n"
            "The Glenholt Pensioners' Network said the vote \"broke a promise to older people\".")
    assert kinds_by_speaker(text, "Glenholt ends free bus travel for pensioners")[
        "Glenholt Pensioners' Network"] == "reaction"


@pytest.mark.parametrize("introduced", [
    "The club's owner has defended a rise in ticket prices, saying fans must \"pay for ambition\".",
    "Marcus Hale, who bought Ashby Athletic three years ago, has defended a rise in ticket prices, saying fans must "
    "\"pay for ambition\".",
])
def test_a_clubs_owner_by_title_or_by_purchase_speaks_for_it(introduced):
    text = f"{introduced}\n\n\"This prices out families,\" said supporter Joan Pike."
    items = extract(article(text, title="Ashby Athletic raises ticket prices")).items
    kinds = {i.text: i.kind for i in items}
    assert kinds["pay for ambition"] == "subject_statement"
    assert kinds["This prices out families"] == "reaction"


@pytest.mark.parametrize(("title", "text", "speaker"), [
    ("Corvale Cinemas to charge more on Saturday nights",  # a day before "the chain" is no name it glosses
     "Corvale Cinemas will charge up to $4 more for weekend evening tickets.\n\nIn a post on Monday, the chain said "
     "the change would spread audiences across the week.\n\n\"Cinema is becoming a luxury,\" one user wrote.",
     "chain"),
    ("Northfield Hydro to bring in time-of-day prices",  # "the Manitoba utility announced": a place before the kind
     "Households served by Northfield Hydro will pay different prices for electricity by the hour from next year, "
     "the Manitoba utility announced Tuesday.\n\nThe utility's vice-president of customer operations, Hanna Kowal, "
     "said the change would \"reward customers who shift their use\".\n\n\"It's a cash grab,\" said resident Ann Lee.",
     "Hanna Kowal"),
    ("Maple Row scraps card fee",  # named in the headline alone, then by its kinds
     "One of the country's biggest supermarket chains has dropped a planned fee for paying by card.\n\n"
     "In a statement on Thursday, a spokeswoman said the company had \"listened to customers\".\n\n"
     "\"Good on them,\" said shopper Ann Lee.", "spokeswoman"),
])
def test_a_body_speaks_as_its_kind(title, text, speaker):
    kinds = kinds_by_speaker(text, title)
    assert kinds[speaker] == "subject_statement" and kinds["Ann Lee" if "Ann Lee" in text else "one user"] == "reaction"


def test_a_bare_chief_executive_after_another_named_body_is_that_bodys():
    text = ("Greenway Foods has dropped a planned surcharge for paying by card.\n\n"
            "The Shoppers' Rights Alliance said the reversal was \"a win for households\".\n\n"
            "\"A surcharge was a tax on ordinary life,\" chief executive Nora Quinn said.\n\n"
            "\"We listened,\" chief executive Alan Webb told staff, in a memo Greenway Foods released.")
    kinds = kinds_by_speaker(text, "Greenway Foods drops card surcharge")
    assert kinds["Nora Quinn"] == "reaction"


def test_a_headline_body_that_names_someone_is_the_subject_over_the_one_named():
    text = ("The Marlow Creek School Board voted on Tuesday to appoint Dr. Ana Ruiz as superintendent.\n\n"
            "Ruiz, currently a deputy superintendent, will start in January. Ruiz said she was honored.\n\n"
            "\"I just want the buses fixed,\" said parent Kim Lee, asked about Ruiz.")
    result = extract(article(text, title="Marlow Creek school board names Ana Ruiz as superintendent"))
    assert result.subject == "Marlow Creek School Board"


def test_a_headlines_capitals_are_not_the_bodys_name():
    text = "The city council voted on Monday to end free parking in the town centre.\n\n\"Outrageous,\" said Ann Lee."
    assert extract(article(text, title="City council scraps free parking")).subject == "the city council"


def test_an_indian_citys_municipal_commissioner_speaks_for_it():
    text = ("Shift workers in Nandgaon can see a doctor until midnight after the city's municipal corporation opened "
            "ten evening clinics.\n\nMunicipal commissioner Ravi Deshpande said the clinics were for \"the people "
            "who keep the city running\".\n\nThe Nandgaon Nurses' Forum welcomed the clinics.")
    kinds = kinds_by_speaker(text, "Nandgaon opens night clinics")
    assert kinds["Ravi Deshpande"] == "subject_statement"
    assert kinds["Nandgaon Nurses' Forum"] == "reaction"  # (a plural's possessive inside the name)


def test_a_minister_the_lead_names_by_title_alone_is_the_one_named_next():
    text = ("The state's transport minister has announced that speed cameras will be used to fine drivers whose "
            "passengers are not wearing seatbelts.\n\n"
            "Transport Minister Helen Marsh said on Sunday that 40 of last year's road deaths were unbelted.\n\n"
            "\"It's revenue raising,\" said motorists' spokesman Greg Toll.\n\n"
            "The minister's office said images would be deleted after 30 days.")
    result = extract(article(text, title="Cameras to fine drivers over unbuckled passengers"))
    assert result.subject == "Helen Marsh"
    assert "speed cameras will be used to fine drivers" in result.target
    kinds = {i.text.split()[0]: i.kind for i in result.items}
    assert kinds["that"] == kinds["images"] == "subject_statement"


def test_a_shadow_holder_named_after_a_lead_that_gives_only_the_title_is_not_its_holder():
    text = ("The Home Secretary has announced that fines for fly-tipping will double to £2,000.\n\n"
            "Shadow home secretary Gareth Pryce said on Tuesday that the plan was \"a gimmick\".")
    kinds = kinds_by_speaker(text, "Home Secretary to double fines for fly-tipping")
    assert kinds["Gareth Pryce"] == "reaction"


@pytest.mark.parametrize("turn", [
    "Not every reply to the council's post was about the pool.",
    "Some residents wanted to talk about something else entirely.",
    "Public comment at the meeting focused largely on other issues.",
])
def test_reactions_after_the_writer_says_they_turn_to_another_matter_are_about_it(turn):
    text = ("Brackley council has voted to close the Mill Lane swimming pool.\n\n"
            "\"Closing it is a disgrace,\" said swimmer Ann Lee.\n\n"
            f"{turn} Several residents complained about potholes. \"Fix Station Road first,\" one user wrote.\n\n"
            "\"My car has had two punctures,\" said driver Tom Hale.")
    kinds = kinds_by_speaker(text, "Brackley to close Mill Lane pool")
    assert kinds["Ann Lee"] == "reaction"
    assert kinds["one user"] == kinds["Tom Hale"] == "other_target"


def test_the_one_a_body_appoints_speaks_in_its_announcement():
    text = ("The Kestrel Bay School Board voted on Tuesday to appoint Dr. Mara Quint as superintendent.\n\n"
            "In a statement released by the district, Quint said she was \"honored to be chosen\".\n\n"
            "\"She's a superb choice,\" said parent Joe Lark.")
    kinds = kinds_by_speaker(text, "Kestrel Bay school board names Mara Quint as superintendent")
    assert kinds["Quint"] == "subject_statement" and kinds["Joe Lark"] == "reaction"


def test_replies_are_posts_and_a_string_of_replies_defending_the_change_lends_its_side():
    text = ("Kelso District Council has scrapped overdue fines at its libraries.\n\n"
            "\"Ratepayers will foot the bill,\" one person wrote on the council's Facebook page.\n\n"
            "That comment drew a string of replies defending the change. \"The fines cost more to collect than they "
            "brought in,\" one reply said. Another wrote: \"Nobody is stealing the library. Relax.\"\n\n"
            "On Reddit, one user asked: \"Who pays for lost books?\" A reply underneath read: \"You do, still.\"")
    items = extract(article(text, title="Council scraps library fines")).items
    found = {i.speaker: i for i in items}
    assert found["one reply"].text.startswith("The fines cost more")
    assert found["one reply"].stance_cue == found["another reply"].stance_cue == "favor"
    assert found["one person"].stance_cue is None
    assert any(i.text == "You do, still." for i in items)


@pytest.mark.parametrize(("title", "text", "speaker", "kind"), [
    # (from a review of the rules above: near misses that must not fire)
    ("Lumo Scooters cuts 200 jobs", "Lumo Scooters has cut 200 jobs.\n\nGrant Whaanga, who co-founded Lumo Scooters "
     "but left in 2020, said the cuts were \"the result of bad decisions\".", "Grant Whaanga", "reaction"),
    ("Severn Water raises bills", "Severn Water will raise bills by 9% from April.\n\nThe company said it had "
     "consulted the Water Customers' Association on its plans.\n\n\"This money will go into pipes, not profits,\" "
     "chief executive Sian Hale said.", "Sian Hale", "subject_statement"),
    ("Rowan County board passes over interim superintendent", "The Rowan County School Board voted on Monday not to "
     "appoint Dr. Sam Price as superintendent.\n\nPrice said he was \"disappointed and, frankly, blindsided\".",
     "Price", "reaction"),
    ("Tamsin Vale school board names Lena Okafor as superintendent", "The Tamsin Vale School Board voted to appoint "
     "Dr. Lena Okafor as superintendent.\n\n\"She has never run a district this size,\" said parent Tom Okafor, who is "
     "not related to her.", "Tom Okafor", "reaction"),
    ("Coalport Town sack manager Gary Ennis", "The Coalport Town board has voted to sack manager Gary Ennis and to "
     "appoint his assistant Lee Ward as caretaker.\n\nWard said he would \"steady the ship\".", "Ward",
     "subject_statement"),
    ("Kaya Air scraps free checked bags", "Kaya Air will charge passengers on its cheapest fares for checked luggage "
     "from March.\n\nThe airline's chairman, Emeka Obi, said the fee would keep base fares \"the lowest in Nigeria\".",
     "Emeka Obi", "subject_statement"),
])
def test_owners_bosses_and_appointees_by_the_reviewed_rules(title, text, speaker, kind):
    assert kinds_by_speaker(text, title)[speaker] == kind


@pytest.mark.parametrize(("turn", "kind"), [
    ("Not everyone was on the side of the protesters outside the town hall.", "reaction"),
    ("Earlier meetings had focused largely on other issues, but on Tuesday the toll dominated.", "reaction"),
    ("Not all of the comments were about the toll.", "other_target"),
])
def test_a_turn_to_other_matters_only_where_the_writer_makes_one(turn, kind):
    text = ("Harbour City council has voted to charge a $3 toll on the Kings Bridge.\n\n"
            f"{turn} \"Fix the buses first,\" said commuter Ravi Sood.")
    assert kinds_by_speaker(text, "Harbour City to toll Kings Bridge")["Ravi Sood"] == kind


def test_a_reply_that_turns_back_to_the_measure_stays_a_reaction():
    text = ("Brackley council has voted to close the Mill Lane pool.\n\n"
            "Some residents wanted to talk about something else entirely, chiefly water pressure.\n\n"
            "\"But closing the pool is what will hurt the old people here,\" said swimmer Pieter Botha.")
    assert kinds_by_speaker(text, "Brackley to close Mill Lane pool")["Pieter Botha"] == "reaction"


def test_a_fan_accounts_year_is_no_official_accounts():
    text = ("Tallow Bay Rovers have raised season ticket prices by 15 per cent.\n\n"
            "\"Priced out after 30 years,\" posted @TallowBayRovers1971, a fan-run account.")
    items = extract(article(text, title="Tallow Bay Rovers raise prices")).items
    assert {i.handle or i.speaker: i.kind for i in items}["TallowBayRovers1971"] == "reaction"


def test_a_shadow_minister_two_words_before_the_title_is_not_the_minister():
    text = ("The state's education minister has announced that homework will be banned in primary schools.\n\n"
            "Shadow Education Minister Paul Corrigan said the ban was \"a gimmick\".\n\n"
            "Education Minister Tessa Wilde said teachers had spent years asking for it.")
    result = extract(article(text, title="Homework to be banned in primary schools"))
    assert result.subject == "Tessa Wilde" and "homework will be banned" in result.target


def test_one_the_writer_says_explained_how_things_are_explains_in_all_their_words():
    text = ("Westmoor Police will close its Kidderton control room and move all call handling to Ashbury.\n\n"
            "Dr Ian Vale, who has studied control rooms, explained that many forces had moved to a single centre. "
            "\"The main advantage is that a dispatcher can see every free unit,\" he said.\n\n"
            "Dr Ann Roe, another researcher, explained that the move was a terrible mistake.\n\n"
            "A dispatcher at Kidderton explained that most of her team lived near the town. \"Either I move or I quit. "
            "Somebody is paying for this,\" she said.")
    items = extract(article(text, title="Police to merge control rooms")).items
    cues = [(i.speaker, i.stance_cue) for i in items]
    assert ("Ian Vale", "none") in cues and all(cue == "none" for speaker, cue in cues if speaker.endswith("Vale"))
    assert all(cue is None for speaker, cue in cues if speaker.endswith("Roe"))  # (a judgement is no explanation)
    [loss] = [i for i in items if i.text.startswith("Either I move")]
    assert loss.stance_cue is None  # (one of the public, telling her loss)


def test_the_crowd_a_turn_to_other_matters_names_goes_on_in_the_next_paragraph():
    text = ("The Midland League has moved its cup final to Lissard Park while the usual ground is resurfaced.\n\n"
            "Supporters of both clubs were more interested in the football than the venue. \"We've let in eight goals "
            "in three games,\" said Rovers fan Fergal Moran.\n\n"
            "Celtic supporter Bríd Keane said the club's strikers could make the difference.\n\n"
            "\"Moving the final is a disgrace,\" said season ticket holder Joe Lark.")
    kinds = kinds_by_speaker(text, "Cup final moved to Lissard Park")
    assert kinds["Fergal Moran"] == kinds["Bríd Keane"] == "other_target"
    assert kinds["Joe Lark"] == "reaction"


def test_subject_whose_name_ends_on_a_common_word_acts_in_a_reported_clause():
    # a name the tagger ends on a plural noun, and the organiser who announced its deed
    text = ("Tamsin Valley Events will move the Ormond Cider Fair from the riverside meadow to a hilltop site "
            "next summer, the organiser said on Tuesday.\n\n"
            "Fair director Owen Price said the meadow flooded too often. \"We lost a whole day last year,\" he "
            "said.\n\n"
            "\"The meadow was the whole charm of it,\" said stallholder Bea Lund.")
    found = extract(article(text, title="Cider fair to quit riverside meadow"))
    assert found.subject == "Tamsin Valley Events"
    assert "moving the Ormond Cider Fair" in found.target
    assert {i.speaker: i.kind for i in found.items}["Bea Lund"] == "reaction"


def test_a_measure_made_by_a_named_body_is_that_bodys_deed():
    text = ("A pilot by supermarket operator Greenlea Stores to charge for parking at six of its sites has split "
            "shoppers, with some glad of free spaces and others angry at the cost.\n\n"
            "\"I just want to park and shop,\" said Mira Osei, 41.")
    found = extract(article(text, title="Parking charge pilot splits shoppers"))
    assert found.subject == "Greenlea Stores"
    assert found.target.startswith("Greenlea Stores' pilot to charge for parking")


def test_a_headline_kind_is_the_body_the_lead_names_and_its_voice():
    text = ("Islay Sound Ferries will stop running its winter sailings between Port Ardbeg and Kilnave from "
            "November, leaving the island with one crossing a day.\n\n"
            "\"We cannot keep sailing half-empty boats through the storms,\" firm chairman Robert Dunne said.\n\n"
            "\"My daughter works on the mainland. This will cost her the job,\" said islander Fiona Bell.")
    found = extract(article(text, title="Ferry firm to axe winter sailings"))
    assert found.subject == "Islay Sound Ferries"
    kinds = {i.speaker: i.kind for i in found.items}
    assert kinds["Robert Dunne"] == "subject_statement"
    assert kinds["Fiona Bell"] == "reaction"


def test_a_headline_that_shortens_the_subjects_name_tells_its_deed():
    text = ("From next spring, every household in the valley will have a water meter fitted, Lakeland Water Authority "
            "announced on Monday.\n\n"
            "\"Paying for what you use is fairer,\" a spokesperson said.")
    found = extract(article(text, title="Lakeland Water to meter all homes by 2028"))
    assert found.subject == "Lakeland Water Authority"
    assert "meter all homes" in found.target


def test_a_list_after_a_comma_stays_in_the_target():
    text = ("Greyfriars General Hospital will stop charging parking, laundry and television fees to patients aged "
            "over 80 and to their carers on its wards from the start of next month, the hospital's board announced on "
            "Friday.\n\n"
            "\"This is a kindness the older patients will notice,\" said volunteer Joan Tully.")
    found = extract(article(text, title="Hospital waives fees for over-80s"))
    assert found.subject == "Greyfriars General Hospital"
    assert "parking, laundry and television fees" in found.target


def test_a_namesake_of_the_bodys_boss_is_no_staff():
    # the namesake's word comes from the story's other mention of the surname
    text = ("Brightmoor Coaches will end its Sunday service to Ashby from March.\n\n"
            "\"Sunday loadings have fallen by half,\" company director Paul Hendry said in a statement.\n\n"
            "Dr. Karen Hendry, a pharmacist in Ashby who is not related to the company's director, said older "
            "customers would struggle. \"Some of them only get out on a Sunday,\" she said.")
    kinds = kinds_by_speaker(text, title="Coach firm to end Sunday service")
    assert kinds["Paul Hendry"] == "subject_statement"
    assert kinds["Karen Hendry"] == "reaction"


def test_a_headline_name_cut_short_by_the_tagger_is_the_leads_full_name():
    # (the tagger reads the headline's "Hillside" as a common noun)
    text = ("The Hillside T10 League will move its final from Sunday afternoon to Saturday night, the league "
            "said on Monday.\n\n"
            "\"More people can come on a Saturday,\" league chief executive Dana Moss said.")
    found = extract(article(text, title="Hillside T10 League moves final to Saturday night"))
    assert found.subject == "Hillside T10 League"


def test_a_spokesperson_for_the_body_by_its_kind_is_its_voice():
    text = ("Kenyan grocer Tuskys Fresh will open eight stores in Tanzania next year.\n\n"
            "A spokesperson for the grocer said it expected to hire about 500 staff for the new stores.\n\n"
            "Shopper Amina Otieno said she hoped prices would come down at home too.")
    kinds = kinds_by_speaker(text, title="Grocer to open stores in Tanzania")
    assert kinds["spokesperson for the grocer"] == "subject_statement"


def test_a_paragraph_that_opens_separately_is_another_matter():
    text = ("Carrow University will open a new marine research centre on its harbour campus in 2028, the university "
            "said on Tuesday.\n\n"
            "\"This puts our coast at the centre of the science,\" the university's president, Ruth Adair, said.\n\n"
            "Separately, students' union president Liam Doyle told a rally that rents in the town had doubled. "
            "\"People are sleeping in their cars,\" he said.")
    kinds = kinds_by_speaker(text, title="University to open marine centre")
    assert kinds["Liam Doyle"] == "other_target"


def test_a_headline_kind_that_reacts_is_not_the_subjects_voice():
    text = ("Grainger Stores will close its Millbrook branch in June, the retailer said on Monday.\n\n"
            "\"The town is losing its only supermarket,\" council leader Rita Shaw said.")
    kinds = kinds_by_speaker(text, title="Council condemns supermarket closure")
    assert kinds["Rita Shaw"] == "reaction"


def test_a_headline_kind_is_not_a_lead_actor_when_the_text_names_a_body_of_that_kind():
    text = ("Exmoor Ponies will no longer graze Barrow Common after Kestrel District Council ended its contract "
            "with the Common's trust, the council said.\n\n"
            "\"The ponies were the best thing about the common,\" said walker Dan Lee.")
    found = extract(article(text, title="Council ends pony grazing on common"))
    assert found.subject in ("Kestrel District Council", "the council")


def test_a_participle_clause_after_a_comma_is_not_a_list():
    words = ("Parkside Leisure Trust's closing the Eastgate swimming pool for repairs, leaving swimmers and schools "
             "without a pool in the town for two years").split()
    assert _limit(words) == "Parkside Leisure Trust's closing the Eastgate swimming pool for repairs"


def test_a_separate_statement_or_a_petition_against_the_deed_is_the_same_matter():
    text = ("Northdown Borough Council will close Hillcrest library in October, the council said.\n\n"
            "\"We cannot keep every branch open,\" council leader Ian Holt said.\n\n"
            "Separately, a petition against the closure has gathered 2,000 signatures. Its organiser, Sue Park, "
            "said: \"People here will not give up their library quietly.\"\n\n"
            "In a separate statement, ward councillor Pat Dunne said the decision would hurt older residents. "
            "\"They have nowhere else to go,\" he said.")
    kinds = kinds_by_speaker(text, title="Council to close Hillcrest library")
    assert kinds["Sue Park"] == "reaction"
    assert kinds["Pat Dunne"] == "reaction"


def test_another_bodys_titled_head_is_not_the_subject_body_by_its_title():
    # the parser hangs the name on the other body; the bare "president" is given to nobody
    text = ("Bramble Hill Events will move the Ferncombe Folk Festival to a farm outside town next year, the "
            "organiser announced on Friday.\n\n"
            "The president of the Ferncombe Chamber of Commerce, Neil Ashby, said members were worried about "
            "losing passing trade, and that shuttle buses would take visitors \"straight past the shops\".")
    items = extract(article(text, title="Folk festival to leave town centre")).items
    assert [i.kind for i in items if "shops" in (i.text or "") or "trade" in (i.text or "")] == ["reaction"]


def test_a_word_split_at_its_hyphen_stays_whole_in_the_target():
    text = ("A primary school that banned football at break time has made a dramatic U-turn after a storm of "
            "complaints from parents.\n\n"
            "Hillbrook Primary School told families on Tuesday that the ban was lifted.\n\n"
            "\"Common sense at last,\" said parent Rob Tate.")
    target = extract(article(text, title="School U-turns on break-time football ban")).target
    assert target == "Hillbrook Primary School's dramatic U-turn on break-time football ban"


def test_what_a_headline_says_the_subject_was_praised_for_is_its_deed():
    text = ("The Dar-based airline said on Monday that passengers from flooded towns could rebook for free.\n\n"
            "\"You have shown humanity,\" one passenger wrote.")
    found = extract(article(text, title="Kilima Air praised for free rebooking and relief flights after floods"))
    assert found.subject == "Kilima Air"
    assert found.target == "Kilima Air's free rebooking and relief flights"


@pytest.mark.parametrize("attribution,speaker", [
    ("the bakery's head of sales, Odile Varga, said", "Odile Varga"),
    ("the ferry operator's regional director, Kwame Adjei, told reporters", "Kwame Adjei"),
    ("a spokesman for the port authority said in a statement", "spokesman"),
])
def test_a_quote_is_attributed_whatever_its_length(attribution: str, speaker: str):
    # The parser reads each masked quote as one word; its length must not decide who spoke.
    words = "prices across the whole region have gone up again this winter and our customers are feeling it".split()
    missed = []
    for n in range(1, len(words) + 1):
        quote = " ".join(words[:n]).capitalize()
        items = quoted_statements(f'Bread will cost more from May.\n\n"{quote}," {attribution}.')
        if not any(speaker.lower() in (item.speaker or "").lower() for item in items):
            missed.append(n)
    assert missed == []


def test_a_title_of_another_body_with_the_name_after_it_is_that_person_not_the_subjects_voice():
    # The parser hangs the name on the body ("the Riverside Traders' Guild, Amara Nwosu"), past the lead.
    text = ("Kestrel Rail will cut its evening services on the Riverside line from June, the operator said on "
            "Friday.\n\n"
            "The company said fewer than 40 passengers a night used the last three trains.\n\n"
            "The chair of the Riverside Traders' Guild, Amara Nwosu, said the cut would empty the high street "
            "after six.\n\n"
            "The secretary of the Riverside Commuters Association, Dennis Pyle, said members had not been asked "
            "about the cut.")
    items = items_by_speaker(text)
    assert items["Amara Nwosu"].kind == "reaction" and items["Dennis Pyle"].kind == "reaction"


def test_one_who_wrote_after_a_quote_is_its_speaker_when_a_translation_follows():
    # The parser reads "wrote" as a modifier of "one" and the translation as the sentence's head.
    text = ("The city will close the old fish market in March.\n\n"
            "Online, many traders were angry. \"Sokoni hapa ni maisha yetu,\" one wrote in Swahili — "
            "\"This market is our life.\"")
    [item] = [i for i in extract(article(text)).items if "Sokoni" in i.text]
    assert item.kind == "reaction" and item.speaker.startswith("one") and "This market is our life" in item.text


def test_a_verb_right_after_a_quote_read_as_a_modifier_of_the_name_is_the_speakers():
    # '“Q,” tweeted Chef Ade Bello, ..., hours after the mayor retweeted the plan': not the mayor's words.
    text = ("Mayor Tom Reyes will close the pier.\n\n"
            '"Harlow, you closed it without asking anyone," tweeted Chef Ade Bello, the owner of a nearby cafe, on '
            "Sunday, hours after the mayor retweeted the plan.")
    assert kinds_by_speaker(text) == {"Chef Ade Bello": "reaction"}


@pytest.mark.parametrize("lead", [
    "More than 3,000 parents have signed a petition against Dunmore County Council's plan to close two libraries.",
    "Parents have launched a campaign opposing Dunmore County Council's plan to close two libraries.",
    "There has been a fierce backlash against Dunmore County Council's plan to close two libraries.",
    "Hundreds of parents have protested against Dunmore County Council's plan to close two libraries.",
])
def test_whose_plan_a_response_is_against_is_the_subject(lead: str):
    result = extract(article(f'{lead}\n\n"It is a disgrace," one mother said.', title="Anger over library closures"))
    assert result.subject == "Dunmore County Council"
    assert result.target == "Dunmore County Council's plan to close two libraries"


@pytest.mark.parametrize("lead,subject", [
    ("Shoppers have hit out at discount chain Costway after it scrapped its loyalty scheme.", "Costway"),
    ("Fitness app Strongly's new rule charging members for classes has angered users.", "Strongly"),
    ("Ghana's Ministry of Fisheries and Aquaculture said on Friday it would ban night fishing for a month.",
     "Ministry of Fisheries and Aquaculture"),
])
def test_a_names_misreadings_do_not_lose_the_subject(lead: str, subject: str):
    # A name read as an adverb after its kind or before its possessive; a body's name joined at "and".
    result = extract(article(f'{lead}\n\n"Shameful," one customer wrote.'))
    assert result.subject == subject and result.target.startswith(f"{subject}'s ") and len(result.target.split()) > 3


def test_what_a_body_said_in_a_statement_that_is_its_statement():
    # The parser hung the clause on "statement" as a relative clause.
    text = ("Supermarket chain Valuway will remove self-checkout tills from all 300 of its stores by June, the "
            "company said on Tuesday.\n\n"
            "The company said in a statement that customers preferred staffed tills.")
    items = extract(article(text, title="Valuway to scrap self-checkouts")).items
    assert [(i.kind, i.text) for i in items if "staffed" in i.text] == [
        ("subject_statement", "that customers preferred staffed tills")]


def test_some_of_a_crowd_told_before_speak_for_it():
    text = ("Harrowgate Central Library will stop lending DVDs in March.\n\n"
            'Regular borrowers were divided, with some calling the move "a real loss for older people".')
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert item.speaker == "some borrowers" and item.kind == "reaction"


@pytest.mark.parametrize("lead,target", [
    ("The city library will stop lending DVDs in March.", "the city library's no longer lending DVDs"),
    ("Harrowgate Museum will stop lending paintings from April.", "Harrowgate Museum's no longer lending paintings"),
    ("Kelby Parish Council has banned fireworks.", "Kelby Parish Council's banning fireworks"),
])
def test_a_deed_done_to_a_thing_of_one_word_and_a_library_that_acts(lead: str, target: str):
    result = extract(article(f'{lead}\n\n"What a shame," one resident said.'))
    assert result.target == target


@pytest.mark.parametrize("title,lead,subject,deed", [
    ("Reaction to the toll", "Drivers have given a frosty response to Kelby Council's plan for a £2 bridge toll.",
     "Kelby Council", "plan for a £2 bridge toll"),
    ("Carers react to day centre closure",
     "Carers in Kelby say they will struggle to cope after the county council closed two day centres.",
     "the county council", "closing two day centres"),
    ("Kelby council under fire over bridge toll",
     "Councillors in Kelby voted on Monday to charge drivers £2 to cross the old bridge.", "Kelby council",
     "charge drivers £2"),
])
def test_who_acts_when_the_lead_tells_the_response_first(title: str, lead: str, subject: str, deed: str):
    result = extract(article(f'{lead}\n\n"It is daylight robbery," one driver said.', title=title))
    assert subject in result.subject and deed in result.target


def test_a_judgement_the_parser_hung_elsewhere_is_still_a_reaction():
    # "a disgrace" read as an adverb of the verb; "as a betrayal" hung on the thing judged.
    text = ("Ashby Council will close its two swimming pools in June.\n\n"
            "The council said it could no longer afford to heat them.\n\n"
            "Swimmers branded the plan a disgrace.\n\n"
            "The GMB union described the decision as a betrayal of the town.")
    kinds = kinds_by_speaker(text)
    assert kinds["Swimmers"] == "reaction" and kinds["GMB union"] == "reaction"


def test_a_rival_that_will_not_follow_suit_reacts_to_the_subjects_deed():
    text = ("Budget airline Fairwind will charge passengers £12 for cabin bags from May, the company said on "
            "Monday.\n\nRival airline Northjet said it had no plans to follow suit.")
    assert kinds_by_speaker(text, title="Fairwind to charge for cabin bags")["Northjet"] == "reaction"


def test_an_officials_judgement_of_it_is_about_the_news():
    text = ("Northgate Rail will cut weekend services on three lines from June, the operator said.\n\n"
            '"It is the wrong call," Dunmore Bakeries chief executive Ruth Ellery told the Herald.')
    assert kinds_by_speaker(text, title="Northgate Rail to cut weekend trains")["Ruth Ellery"] == "reaction"


def test_words_in_capitals_after_a_colon_are_said_not_a_title():
    text = ("Kelby Council will close two of its five libraries in April.\n\n"
            'Posting on Instagram, author Jenny Marsh wrote: "Heartbroken For Kelby Today."')
    [item] = [i for i in extract(article(text)).items if i.quoted]
    assert item.speaker == "Jenny Marsh" and item.platform == "instagram"


def test_the_subjects_representatives_and_sources_close_to_her_by_role_speak_for_her():
    text = ("Pop star Mira Vance has cancelled her UK tour two days before it was due to start.\n\n"
            "Her representatives said refunds would be issued within 14 days.\n\n"
            "A source close to the singer said she had been exhausted for months.")
    kinds = kinds_by_speaker(text, title="Singer Mira Vance cancels tour")
    assert set(kinds.values()) == {"subject_statement"} and len(kinds) == 2


def test_staff_described_after_another_tie_or_by_what_they_run_speak_for_the_body():
    text = ("Hotel chain Pellow Inns will ban children under 12 from its restaurants.\n\n"
            "Pellow Inns said the rule would start in May.\n\n"
            '"We want the restaurants to be calm," said Nora Pellow, the founder\'s niece and the company\'s '
            "operations director.\n\n"
            '"Our guests asked for this," said Tom Hale, who runs the chain\'s flagship hotel in Bath.\n\n'
            '"It is discrimination," said Ann Lee, a mother of three.')
    assert kinds_by_speaker(text) == {"Nora Pellow": "subject_statement", "Tom Hale": "subject_statement",
                                      "Ann Lee": "reaction", "Pellow Inns": "subject_statement"}


@pytest.mark.parametrize("lead,subject", [
    ("High street bakery chain Crumbly has dropped its entire vegan range.", "Crumbly"),
    ("Harbour Water has paid its directors bonuses worth £2m despite repeated sewage spills, its annual report "
     "shows.", "Harbour Water"),
])
def test_a_one_word_name_beside_its_kind_and_who_a_report_tells_of_act(lead: str, subject: str):
    assert extract(article(f'{lead}\n\n"Shameful," one customer said.', title="Fury over the news")).subject == subject


def test_the_maker_of_a_work_that_divides_opinion_is_the_subject():
    lead = "A mural painted by artist Rosa Imbert on the side of the old library has divided opinion among residents."
    result = extract(article(f'{lead}\n\n"It is an eyesore," one neighbour said.', title="Mural row"))
    assert result.subject == "Rosa Imbert" and "mural" in result.target


def test_a_plural_weekday_is_never_the_subject():
    text = ("Harlow's trial of closing the market square to traffic on Saturdays has won praise from parents, "
            "though some traders say the town has got it wrong.\n\n"
            "Mayor Dana Ortiz launched the trial in May.\n\n"
            '"It is lovely," one parent said.')
    assert extract(article(text, title="Mayor's pedestrian Saturdays win praise")).subject == "Dana Ortiz"


def test_what_the_one_fans_turned_on_did_is_the_target():
    text = ("Supporters of Ashby Rovers have turned on midfielder Dan Kerr after he signed for their biggest "
            "rivals, Kelby Town.\n\n"
            '"Traitor," one fan wrote.')
    result = extract(article(text, title="Midfielder's move to rivals angers fans"))
    assert result.subject == "Dan Kerr" and result.target.startswith("Dan Kerr's signing for their biggest rivals")


def test_the_body_whose_head_defends_the_clubs_decision_is_the_subject():
    text = ("Dunmore Athletic chief executive Ruth Kane has defended the club's decision to raise season ticket "
            "prices by 15 percent.\n\n"
            '"Daylight robbery," one supporter wrote.')
    result = extract(article(text, title="Boss defends ticket rise"))
    assert result.subject == "Dunmore Athletic"
    assert result.target == "Dunmore Athletic's decision to raise season ticket prices by 15 percent"


@pytest.mark.parametrize(("opening", "title"), [
    # a paragraph with no reporting verb, whose subject the pronoun stands for
    ("Kelby Academy has dropped its rule on winter coats.\n\n"
     'The rule sparked outrage in the town. Last week mum Kerry-Anne Foley told us: "It is a disgrace."\n\n'
     "The rule had been due to start in May.\n\n"
     "Now headteacher Ruth Kenningham has scrapped the rule altogether.", "School drops coat rule"),
    # the name the parser hangs on a title as its apposition
    ("Riverton Council has dropped its parking charge at the seafront.\n\n"
     'Last week resident Kerry-Anne Foley told us: "It is a disgrace."\n\n'
     "The charge had been due to start in May.\n\n"
     "Now head teacher Ruth Kenningham has scrapped the charge altogether.", "Council drops parking charge"),
])
def test_a_pronoun_after_a_paragraph_without_a_reporting_verb_is_that_paragraphs_subject(opening, title):
    text = opening + '\n\n"We got this wrong," she wrote in a letter on Thursday.'
    assert items_by_speaker(text, title=title)["Ruth Kenningham"].text == "We got this wrong"


def test_a_namesake_the_article_says_is_no_relation_is_not_the_subject():
    text = ("The Minister of Aviation, Dr Olumide Adeyemi, on Tuesday named six consortia shortlisted to bid for "
            "25-year concessions to run the international terminals at Ogbaraku and Dutsinwa airports.\n\n"
            "Speaking at a briefing, the minister said the shortlist had been drawn up after a technical committee "
            'reviewed 19 expressions of interest. "This process has been open from the first day," he said.\n\n'
            "Separately, Bola Adeyemi, chief executive of domestic carrier Crestwing Air and no relation of the "
            "minister, told an industry forum on the same day that the rising cost of aviation fuel was the biggest "
            'threat facing local airlines. "Fuel is now more than 40 per cent of our operating cost," he said.')
    kinds = kinds_by_speaker(text, title="Minister names six firms shortlisted to run two airport terminals")
    assert kinds["minister"] == "subject_statement" and kinds["Bola Adeyemi"] == "other_target"


def test_a_bare_u_turn_takes_what_the_headline_says_it_turned_on_and_its_outcry_is_for_it():
    text = ("A secondary school that banned pupils from wearing puffer jackets has made a dramatic U-turn after a "
            "furious backlash from parents.\n\n"
            'One mum wrote on Facebook: "Fair play to the school for holding their hands up."')
    result = extract(article(text, title="School U-turns on puffer jacket ban after parents' fury"))
    assert result.target == "the secondary school's dramatic U-turn on puffer jacket ban"
    outcry = next(i for i in result.items if i.speaker == "parents")
    assert outcry.stance_cue == "favor" and result.headline_side is None


def test_how_a_studio_puts_out_its_work_is_the_deed_not_the_work():
    text = ("Crestlight Pictures will release its historical drama Oba's Daughter directly on the streaming service "
            "StreamAfriq on 18 December instead of in cinemas.\n\n"
            '"So we are just letting cinemas die now?" one fan wrote.')
    result = extract(article(text, title="Studio skips cinemas"))
    assert result.target == ("Crestlight Pictures' releasing its historical drama Oba's Daughter directly on the "
                             "streaming service StreamAfriq")
    text = ("Lanternfish Games will give its Tidewater expansion away free to every owner of the game.\n\n"
            '"This is how you treat players," one fan wrote.')
    result = extract(article(text, title="Studio makes expansion free"))
    assert result.target == "Lanternfish Games' giving its Tidewater expansion away free to every owner of the game"


def test_reddit_comment_lines_are_one_post_each_by_their_user():
    text = ("Ashcombe District Council is proposing to close its branch libraries in Brindle Street and Fenwick "
            "Green next spring.\n\n"
            "The proposal spread quickly on the town's subreddit over the weekend.\n\n"
            "Posted by u/brindle_bookworm in r/Ashcombe\n\n"
            "u/brindle_bookworm: My kid learned to read at Brindle Street library. A van is not a library.\n\n"
            "u/quiet-carriage: Honestly they're barely used outside the school holidays.")
    posts = [i for i in extract(article(text, title="Council plans to close two libraries")).items
             if i.platform == "reddit"]
    assert [(i.speaker, i.kind, i.text) for i in posts] == [
        ("u/brindle_bookworm", "reaction", "My kid learned to read at Brindle Street library. A van is not a library."),
        ("u/quiet-carriage", "reaction", "Honestly they're barely used outside the school holidays.")]


def test_a_bodys_officers_named_by_title_alone_speak_for_it_and_a_rivals_do_not():
    lead = ("Public radio station Kotuku FM will end its long-running Evening Classics programme at the end of June, "
            "the station confirmed on Monday.\n\n")
    title = "Station ends Evening Classics"
    for own in ("Programme director Rachel Dunstan said", "Rachel Dunstan, head of content, said",
                "The head of content, Rachel Dunstan, said", "Head of content Rachel Dunstan said"):
        kinds = kinds_by_speaker(f"{lead}{own} the station needed to reach new listeners.", title=title)
        assert kinds == {"station": "subject_statement", "Rachel Dunstan": "subject_statement"}, own
    rival = "Rachel Dunstan, programme director at rival station Wave FM, said"
    assert kinds_by_speaker(f"{lead}{rival} the move was overdue.", title=title)["Rachel Dunstan"] == "reaction"


def test_a_councils_cabinet_member_speaks_for_the_council():
    lead = "Ashcombe District Council is proposing to close its branch libraries in Brindle Street next spring.\n\n"
    title = "Council plans to close libraries"
    own = "Councillor Jonathan Threlfall, cabinet member for communities, said the council faced a gap in its budget."
    other = "Councillor Jonathan Threlfall, leader of the opposition Liberal Democrat group, said the plan was wrong."
    assert kinds_by_speaker(lead + own, title=title) == {"Jonathan Threlfall": "subject_statement"}
    assert kinds_by_speaker(lead + other, title=title) == {"Jonathan Threlfall": "reaction"}


def test_a_post_whose_author_is_named_beside_it_is_the_authors():
    text = ("Public radio station Kotuku FM will end its long-running Evening Classics programme in June.\n\n"
            "The news travelled fast on TikTok, where the station had posted a short clip.\n\n"
            "One video reacting to the clip, posted by Mereana Paki (@mereana.beats), carried the caption: "
            '"Finally something on the radio my age group actually listens to"\n\n'
            'Another, from producer Kahu Whaanga (@kahu.sounds), read: "Local producers getting real airtime. Go off"')
    items = items_by_speaker(text, title="Station replaces Evening Classics")
    assert items["Mereana Paki"].text == "Finally something on the radio my age group actually listens to"
    assert items["Kahu Whaanga"].text == "Local producers getting real airtime. Go off"
    assert {i.kind for i in items.values() if i.quoted} == {"reaction"}


def test_a_person_the_article_calls_by_first_name_is_the_subject():
    text = ("TV chef Rangi Whitcombe has revealed he's opening his very first restaurant in Nelson.\n\n"
            '"After fifteen years of cooking for cameras, I want to cook for people," Rangi said in the clip.\n\n'
            '"Will it be walk-ins or bookings only?" one fan asked.')
    kinds = kinds_by_speaker(text, title="TV chef Rangi Whitcombe reveals restaurant plans")
    assert kinds == {"Rangi": "subject_statement", "one fan": "reaction"}


def test_a_letter_that_it_read_is_the_words_of_whoever_shared_it():
    text = ("Public radio station Kotuku FM will end its Evening Classics programme.\n\n"
            "Older listeners were far less pleased. Geoffrey Ainsworth, 78, who wrote to the station after the "
            'announcement, shared his letter with reporters. "For thirty years it was the one calm hour in my day," '
            "it read.")
    item = items_by_speaker(text, title="Station ends Evening Classics")["Geoffrey Ainsworth"]
    assert (item.kind, item.text) == ("reaction", "For thirty years it was the one calm hour in my day")


def test_a_quote_that_it_adds_is_the_body_that_spoke_last():
    text = ("George Zimmerman listed the gun for sale on GunBroker.com.\n\n"
            '"Mr. Zimmerman never contacted anyone at GunBroker.com," the company wrote in its statement.\n\n'
            'It added, "We want no part in the listing on our web site."')
    items = extract(article(text, title="Gun auction pulled")).items
    assert [(i.speaker, i.text) for i in items] == [
        ("company", "Mr. Zimmerman never contacted anyone at GunBroker.com"),
        ("company", "We want no part in the listing on our web site.")]


def test_a_headlines_place_and_title_is_the_person_the_lead_gives_the_title():
    text = ("Mayor Glen Haverty's proposal to end free off-peak bus travel for Kessington residents aged 65 and over "
            "has drawn a wave of criticism from seniors' groups, less than a week after it was unveiled.\n\n"
            "Lorraine Dubois, executive director of the Kessington Council on Aging, said the free fare kept "
            "isolated older residents connected.\n\n"
            "Curtis Lamb, spokesman for the Kessington Taxpayers' Coalition, said the mayor deserved credit.")
    result = extract(article(text, title="Kessington mayor's plan to end free transit for seniors meets wall of "
                                         "opposition"))
    assert result.subject == "Glen Haverty"
    assert result.target.startswith("Glen Haverty's proposal to end free off-peak bus travel")


def test_retiring_a_product_is_the_deed_not_the_product():
    text = ("Parallax is retiring its cheapest ad-free plan, and a lot of subscribers are not taking it well.\n\n"
            '"Cancel button, here I come," one subscriber wrote.')
    result = extract(article(text, title="Parallax subscribers fume as ad-free Basic plan is axed"))
    assert result.target == "Parallax's retiring its cheapest ad-free plan"


def test_a_bodys_officer_of_something_named_by_its_kind_or_first_name_speaks_for_it():
    lead = "Crestline Bank will convert 40 of its branches into agent hubs, the bank said on Monday.\n\n"
    title = "Bank to convert branches"
    for own in ("The bank's head of retail banking said", "Crestline's director of operations, Ada Obi, said"):
        kinds = kinds_by_speaker(f"{lead}{own} the first conversions would take place in Ogun.", title=title)
        assert set(kinds.values()) == {"subject_statement"}, own
    for other in ("The union's head of research, Ada Obi, said", "A rival bank's head of retail banking said"):
        kinds = kinds_by_speaker(f"{lead}{other} the plan would cost jobs.", title=title)
        assert sorted(kinds.values()) == ["reaction", "subject_statement"], other


def test_a_persons_own_people_named_by_his_or_her_tie_speak_for_them_in_every_statement():
    text = ("TV chef Rangi Whitcombe has revealed he's opening his very first restaurant in Nelson.\n\n"
            "His business partner, sommelier Isla Fairweather, said bookings would open in August. "
            '"We\'re very excited," she said.\n\n'
            '"Will it be walk-ins or bookings only?" one fan asked.')
    kinds = kinds_by_speaker(text, title="TV chef reveals restaurant plans")
    assert kinds == {"Isla Fairweather": "subject_statement", "one fan": "reaction"}
    assert [i.kind for i in extract(article(text, title="TV chef reveals restaurant plans")).items
            if i.speaker == "Isla Fairweather"] == ["subject_statement", "subject_statement"]


def test_its_officer_after_the_subject_is_the_subjects_and_after_another_body_is_not():
    lead = ("Shannonside University will freeze rents in all of its on-campus accommodation, the university "
            "announced yesterday.\n\n")
    own = ("The freeze will be funded by savings on energy, the university's chief financial officer said. Its "
           "director of campus accommodation said applications would open in March.")
    other = ("The announcement was welcomed by the students' union. Its director of campaigns said the freeze "
             "did not go far enough.")
    title = "University freezes rents"
    assert kinds_by_speaker(lead + own, title=title)["Its director of campus accommodation"] == "subject_statement"
    assert kinds_by_speaker(lead + other, title=title)["Its director of campaigns"] == "reaction"


def test_his_staff_are_the_subjects_when_the_subject_spoke_last_though_the_article_leaves_his_gender_open():
    text = ("Mayor Glen Haverty's proposal to end free off-peak bus travel for residents aged 65 and over has drawn "
            "criticism from members of his own council.\n\n"
            "Councillor Amrit Sandhu said he would move an amendment to keep the program. She said it was cruel.\n\n"
            "Haverty said every department had been asked to find savings. His chief of staff said the proposal "
            "would go to the budget committee as planned.")
    kinds = kinds_by_speaker(text, title="Mayor's plan to end free transit for seniors draws criticism")
    assert kinds["His chief of staff"] == "subject_statement" and kinds["Amrit Sandhu"] == "reaction"


def test_a_post_that_relays_the_news_takes_no_side():
    text = ("Parallax is retiring its cheapest ad-free plan, and a lot of subscribers are not taking it well.\n\n"
            "BREAKING: Parallax will retire its $8.99 ad-free Basic plan on March 1.\n"
            "— Cord Cutter Wire (@cordcutterwire) February 3, 2026\n\n"
            "Parallax will retire its Basic plan on March 1, with subscribers moved to Standard.\n"
            "— Streaming Daily News (@streamingdaily) February 3, 2026\n\n"
            "Love paying more every year for a library that gets smaller every year.\n"
            "— Marcus Bell (@marcusbell) February 3, 2026")
    cues = cues_by_speaker(text, title="Parallax axes its ad-free Basic plan")
    assert cues["Cord Cutter Wire"] == "none" and cues["Streaming Daily News"] == "none"
    assert cues["Marcus Bell"] != "none"


def test_a_post_by_an_account_the_story_calls_a_news_account_relays_the_news():
    text = ("The Harrowgate Otter Trust has appointed Dr Ines Calder as its new chief executive.\n\n"
            'A local news account on X shared the announcement, writing: "New boss at the Harrowgate Otter Trust: '
            'Dr Ines Calder starts in June."\n\n'
            '"Brilliant choice, she saved our river," one member wrote on X.')
    cues = cues_by_speaker(text, title="Otter trust names new chief executive")
    assert cues["local news account"] == "none" and cues["one member"] != "none"


def test_a_question_that_asks_how_the_deed_works_takes_no_side_and_a_complaint_asked_does():
    text = ("TV chef Rangi Whitcombe has revealed he's opening his very first restaurant in Nelson.\n\n"
            '"Will it be walk-ins or bookings only?" one fan asked.\n\n'
            '"Why would anyone pay Nelson prices for this?" another fan wrote.')
    cues = cues_by_speaker(text, title="TV chef reveals restaurant plans")
    assert cues["one fan"] == "none" and cues["another fan"] != "none"


@pytest.mark.parametrize(("asked", "cue"), [
    # a question for a fact, with words after it that say nothing more
    ("Do the booths take cards? Mine is contactless only.", "none"),
    ("Is the rooftop bar going to be open to walk-ins at all? Genuinely asking", "none"),
    ("Quick question: can we still book for groups of ten?", "none"),
    ("If I book today, do I keep the early price?", "none"),
    ("Will the menu have vegan options, or is it meat only?", "none"),
    ("Does the deal cover Sunday lunch or just weeknights? Asking for my dad.", "none"),
    # a question that accuses
    ("Was a single local consulted before the opening date was set?", None),
    ("Did anyone check what parking is like on that street?", None),
    ("Where do I park now, the beach?", None),
])
def test_a_question_for_a_fact_takes_no_side_with_words_after_it(asked, cue):
    text = ("TV chef Rangi Whitcombe has revealed he's opening his very first restaurant in Nelson.\n\n"
            f'"{asked}" one fan wrote.')
    assert cues_by_speaker(text, title="TV chef reveals restaurant plans")["one fan"] == cue


@pytest.mark.parametrize("introduced", [
    "Dr Liam Costigan, a sports economist, said leagues had made similar moves.",
    "Liam Costigan, a coastal geomorphologist at Corrib University, said long-term data was the main gap.",
    "Liam Costigan, an aviation consultant, said concessions usually took a year.",
])
def test_a_speaker_keeps_the_role_he_was_introduced_with(introduced):
    """An expert introduced by what they do is still that expert in the words given to "he" after."""
    text = ("Harbourside T20 League will move this season's final to Saturday night, it said on Monday.\n\n"
            f'{introduced} "Saturday night is usually the most valuable slot for a broadcaster," he said.')
    items = [i for i in extract(article(text)).items if i.speaker == "Liam Costigan"]
    assert len(items) == 2 and {i.speaker_role for i in items} == {"expert"}


@pytest.mark.parametrize(("introduced", "role"), [
    # what they do, told after the name and before the words they speak ("she said")
    ("Dr Wiremu Haig, who studies coastal recreation at a university in Dunedin, said permits were common.",
     "expert"),
    ("Wiremu Haig, who lectures in tourism economics, said permits were common.", "expert"),
    ("Wiremu Haig, a rates strategist at a Wellington bank, said permits were common.", "expert"),
    # (not one who lives or works there)
    ("Wiremu Haig, who runs a guiding business in Wanaka, said permits were common.", "unknown"),
    ("Wiremu Haig, a father of three from Wanaka, said permits were common.", "unknown"),
])
def test_a_role_told_after_the_name_holds_for_the_words_given_to_a_pronoun(introduced, role):
    text = ("The Conservation Department will run a ballot for hut bookings on the Kea Track from May.\n\n"
            f'{introduced} "The main effect is to spread demand through the season," he said.')
    quoted = [i for i in extract(article(text)).items if i.quoted]
    assert [(i.speaker, i.speaker_role) for i in quoted] == [("Wiremu Haig", role)]


@pytest.mark.parametrize(("told", "cue"), [
    ("Not every team owner was celebrating.", "against"),  # told of not all who did it: some were against
    ("Not all fans welcomed the move.", "against"),
    ("Many fans welcomed the move.", "favor"),
])
def test_a_crowds_side_told_of_not_all_of_them_is_the_other(told, cue):
    text = f"The Eko Pro Circuit will require every team to pay players at least N350,000 a month.\n\n{told}"
    assert list(cues_by_speaker(text, title="Esports league sets salary floor").values()) == [cue]


@pytest.mark.parametrize(("said", "cue"), [
    # a body that tells what it is doing about the news takes no side yet
    ("The Restaurant Operators Council said it was reviewing the bill.", "none"),
    ("The Residents' Forum said it had received the notice and circulated it to street committees.", "none"),
    ("The Restaurant Operators Council said it would wait for the final wording of the bill before commenting.",
     "none"),
    ("The Restaurant Operators Council said it was in contact with the senator's office about the bill.", "none"),
    ('The Restaurant Operators Council said it had "noted the bill and will be discussing it with members".', "none"),
    ('The Restaurant Operators Council said it would "engage with the senator\'s office".', "none"),
    # (a step that takes a side, or words of one)
    ("The Restaurant Operators Council said it was considering a legal challenge to the bill.", None),
    ("The Restaurant Operators Council said it had received hundreds of complaints from members.", None),
    ("The Restaurant Operators Council said it already received such labels from suppliers, but strongly favored "
     "the bill.", None),
])
def test_a_step_reported_without_a_side_takes_none(said, cue):
    text = ("Senator Dale Whitby has introduced a bill requiring restaurants to label where seafood comes from.\n\n"
            f"{said}")
    cues = cues_by_speaker(text, title="Whitby introduces seafood labelling bill")
    assert next(c for speaker, c in cues.items() if "Council" in speaker or "Forum" in speaker) == cue


@pytest.mark.parametrize("title", [
    "Tarrant Vale council scraps parking charges at its seafront car parks",
    "Seafront parking goes free as Tarrant Vale council scraps charges",
    "Tarrant Vale council to scrap seafront parking charges",
])
def test_a_headline_in_sentence_case_names_the_body_by_its_place(title):
    """'Tarrant Vale council scraps ...': the parser reads 'council scraps' as a noun; the body is the one the
    text names in full, though the lead only owns its car parks."""
    text = ("Drivers will park for free at all three of the Tarrant Vale Borough Council's seafront car parks from "
            "April, after councillors voted 7-4 on Tuesday to end the charges.\n\n"
            'Council leader Nia Prowse said the charges had driven visitors away. "The seafront needs people, not '
            'pay machines," she said.\n\n'
            '"Best news this town has had in years," said Gareth Lyle, who runs a cafe on the promenade.')
    result = extract(article(text, title=title))
    assert result.subject == "Tarrant Vale Borough Council"
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds["Nia Prowse"] == "subject_statement"
    assert kinds["Gareth Lyle"] == "reaction"


def test_a_headline_acronym_that_never_acts_and_a_quote_in_the_headline_name_no_subject():
    """'... mock EV charger deadline': EV names a thing; the headline's quote is someone's words. The minister
    the lead says announced the rule is the subject."""
    title = "'The DMV couldn't manage this in a year': Drivers mock EV charger deadline"
    text = ("Energy Minister Odile Marchetti announced on Tuesday that every petrol station with more than four "
            "pumps must install an EV charger within 120 days or lose its licence.\n\n"
            '"Four months. My local garage cannot get a plumber in four months," one driver wrote on Facebook.')
    result = extract(article(text, title=title))
    assert result.subject == "Odile Marchetti"
    assert result.target.startswith("Odile Marchetti's announc")


def test_a_deed_told_before_its_announcer_is_the_target():
    """'Riders will have to ..., Minister X announced': the parser hangs the announcing on the clause it tells."""
    text = ("E-bike riders in Northland will have to slow down on shared paths from 1 March, when the maximum speed "
            "falls from 32km/h to 25km/h, Transport Minister Idris Kellaway announced on Monday.\n\n"
            '"Slower than my nan on a mobility scooter. Sure," one rider wrote.')
    result = extract(article(text, title="Speed rule for e-bikes from March, minister says"))
    assert result.subject == "Idris Kellaway"
    assert "e-bike riders in Northland will have to slow down" in result.target


def test_a_word_that_opens_a_sentence_before_a_name_is_no_part_of_it():
    text = ("Mayor Dana Whitfield has proposed doubling bus fares in Port Calder from July.\n\n"
            '"Maybe Dana Whitfield should try the number 9 at rush hour," one commuter wrote.')
    assert extract(article(text, title="Mayor proposes to double bus fares")).subject == "Dana Whitfield"


def test_a_body_named_by_the_first_word_of_its_name_speaks_through_its_account():
    text = ("Tallis Ferries will let dogs travel in cabins on all its Channel routes from June, the operator said.\n\n"
            '"Finally! No more leaving Biscuit in the car deck," wrote one passenger on Facebook.\n\n'
            'Tallis\'s account replied to her: "Hi Jo, dogs will need a muzzle on board. See you in June!"')
    kinds = kinds_by_speaker(text, "Tallis Ferries to allow dogs in cabins")
    assert kinds["Tallis's account"] == "subject_statement"
    assert kinds["one passenger"] == "reaction"


def test_a_plural_name_that_opens_a_headline_before_its_verb_is_the_actor():
    nlp = load_parser()
    for headline in ("Kilcarra Rovers name Dutchman Joost Mertens as manager",  # the verb hung on the name after it
                     "Rathcarrig Rovers name Norwegian Eirik Solvang as head coach"):  # the name hung on the verb
        assert _headline_noun_verb_agent(next(nlp(headline).sents)) == headline.split(" name ")[0]
    assert _headline_noun_verb_agent(next(nlp("Rangers fans protest ticket prices").sents)) is None


@pytest.mark.parametrize(("introduction", "speaker"), [
    ("Pensioner Maud Ferrier, 81, is worried about the winter.", "Maud Ferrier"),
    ("For cafe owner Tomasz Wilk, the change matters most on market days.", "Tomasz Wilk"),
    ("The chair of the Quay Street Traders, Ines Barros, recalled two years of lobbying for it.", "Ines Barros"),
])
def test_a_quote_after_a_sentence_that_introduces_one_person_is_theirs(introduction, speaker):
    text = ("Corrib County Council will close the Quay Street car park to traffic on Saturdays from May, the "
            "council said on Monday.\n\n"
            f'{introduction} "The buses are hopeless after six. I will not be coming into town on Saturdays."')
    items = extract(article(text, title="Council to close car park on Saturdays")).items
    assert [(i.speaker, i.kind) for i in items if i.quoted] == [(speaker, "reaction")]


def test_who_announced_what_happens_to_people_is_the_subject_where_nobody_in_it_acts():
    text = ("Pensioners in Calderbrook will get free bus travel at all times of day from September, Mayor Ruth "
            "Ansell announced on Tuesday.\n\n"
            '"Finally. I have paid before half nine for years," said pensioner Gwen Pryce.')
    result = extract(article(text, title="Free bus travel for pensioners from September"))
    assert result.subject == "Ruth Ansell"
    assert {i.speaker: i.kind for i in result.items}["Gwen Pryce"] == "reaction"


def test_the_body_whose_clause_acts_in_the_lead_is_the_subject_the_headline_names_in_part():
    text = ("Boys under 12 will be able to play hurling at Glenmore for free next season after the Glenmore "
            "Juvenile Hurling Club announced it would scrap registration fees for its under-12 teams.\n\n"
            '"Fair play to them. Thirty euro a child adds up fast," said parent Aine Dolan.')
    result = extract(article(text, title="Free hurling for boys at Glenmore as club scraps juvenile fees"))
    assert result.subject == "Glenmore Juvenile Hurling Club"


def test_an_irish_councils_chair_speaks_for_it():
    text = ("Pensioners in Kilrane will no longer pay for bin collections from January, after Kilrane County Council "
            "voted on Monday night to scrap the charge for over-66s.\n\n"
            'Cathaoirleach Eamon Foley said the charge had become "a tax on being old".\n\n'
            '"About time," said pensioner Bridie Walsh.')
    kinds = kinds_by_speaker(text, "Kilrane council scraps bin charges")
    assert kinds["Eamon Foley"] == "subject_statement"
    assert kinds["Bridie Walsh"] == "reaction"


def test_the_leader_of_the_group_that_runs_the_council_speaks_for_it():
    text = ("Households in Ashby will pay £48 a year for garden waste collections from April after Ashby District "
            "Council voted on Tuesday to introduce the charge.\n\n"
            'Cllr Owen Pryce, leader of the Independent group which runs the council, defended it. "We have kept '
            'the libraries open. This is the fairest way," he said.\n\n'
            '"A stealth tax on anyone with a garden," said resident Carol Finch.')
    kinds = kinds_by_speaker(text, "Ashby council to charge for garden waste")
    assert kinds["Owen Pryce"] == "subject_statement"
    assert kinds["Carol Finch"] == "reaction"


def test_a_headlines_place_and_kind_is_not_another_body_of_that_place_that_acts_in_the_lead():
    text = ("Dunmore Rowing Club says it may have to cancel its summer regatta after the council announced it would "
            "close the town's boathouse slipway to the public on weekends.\n\n"
            'Club secretary Aoife Brennan said 90 members used the slipway. "This decision makes no sense," she said.'
            "\n\nCouncil chief executive Liam Moran said the authority had no choice.")
    result = extract(article(text, title="Dunmore council closes slipway at weekends"))
    assert "council" in (result.subject or "")
    kinds = {(i.speaker, i.quoted): i.kind for i in result.items}
    assert kinds["Aoife Brennan", True] == "reaction"
    assert kinds["Liam Moran", False] == "subject_statement"


def test_a_measure_approved_by_a_body_that_a_crowd_marched_against_is_its_deed():
    text = ("About 150 residents marched to Harlow Town Hall on Saturday to protest against a 12% rise in parking "
            "charges approved by Harlow Borough Council in March.\n\n"
            '"Every trip into town costs more now," said resident Pauline Ward.')
    result = extract(article(text, title="Harlow residents protest parking charge rise"))
    assert result.subject == "Harlow Borough Council"  # not the hall they marched to
    assert result.target == "Harlow Borough Council's 12% rise in parking charges"
    assert {i.speaker: i.kind for i in result.items}["About 150 residents"] == "reaction"  # the council's residents


def test_a_name_the_tagger_reads_as_a_plural_noun_is_the_body_its_kind_speaks_for():
    text = ("Sainsburys will stop selling energy drinks to under-16s in all its stores from June, the supermarket "
            "said on Friday.\n\n"
            "A Sainsburys spokesperson said staff would ask for ID.\n\n"
            '"Good. My son was buying four a day," wrote parent Gemma Holt on Facebook.')
    result = extract(article(text, title="Shoppers welcome energy drink ban"))
    assert result.subject == "Sainsburys"
    assert result.target.startswith("Sainsburys' ")
    assert {i.speaker: i.kind for i in result.items}["Gemma Holt"] == "reaction"


@pytest.mark.parametrize(("lead", "subject", "told"), [
    ("Mobile phones will be banned at Castlebar Community School from September, principal Declan Ruane told "
     "parents in a letter on Monday.", "Declan Ruane", "mobile phones will be banned"),
    ("Sleeper trains between Munich and Rome will stop running in March, Italian rail operator Ferrovia Nord "
     "announced on Tuesday, blaming track works.", "Ferrovia Nord", "sleeper trains between Munich and Rome"),
])
def test_what_the_subject_told_first_and_then_announced_is_its_target(lead, subject, told):
    text = (f"{lead}\n\n"
            '"Absolutely gutted," wrote traveller Mira Kapoor on Instagram.\n\n'
            f"A spokesperson said the company hoped to bring the service back next year.")
    result = extract(article(text, title="Changes announced"))
    assert result.subject == subject
    assert result.target.startswith(f"{subject}'s announcing that {told}")


def test_a_people_named_in_a_headline_react_and_do_not_act():
    text = ("Mobile operator Tanga Mobile has come under fire from customers after it cut the validity of its daily "
            "data bundles, which will now expire at midnight.\n\n"
            '"Buy at 9pm, lose it at midnight. Wizi tu," wrote @Baraka_254 on X.')
    # (the parser reads "bundle" as a second verb of the people's)
    result = extract(article(text, title="Nigerians fume as Tanga Mobile cuts daily bundle validity to midnight"))
    assert result.subject == "Tanga Mobile"
    assert {i.speaker or i.handle: i.kind for i in result.items}["@Baraka_254"] == "reaction"


def test_a_body_speaks_by_the_short_name_the_text_gives_it_in_brackets():
    text = ("The West African Basketball Federation (Wabaf) has defended its decision to raise the cheapest ticket "
            "for next month's final to 9,000 naira.\n\n"
            "Wabaf chief executive Tunde Adebayo said the federation could no longer subsidise tickets. \"Costs have "
            "doubled. We are not a charity,\" he told a media briefing.\n\n"
            "Wabaf said it would review sales after the first week.\n\n"
            '"9,000 naira to watch a final? Madness," wrote @Kano_Hoops on X.')
    result = extract(article(text, title="Wabaf defends 9,000 naira ticket price"))
    assert result.subject == "West African Basketball Federation"  # (its first word, the tagger's adjective, kept)
    kinds = {(i.speaker or i.handle, i.quoted): i.kind for i in result.items}
    assert kinds["Tunde Adebayo", True] == "subject_statement"  # "he told" after "Wabaf chief executive ..."
    assert kinds["Tunde Adebayo", False] == "subject_statement"
    assert kinds["Wabaf", False] == "subject_statement"
    assert kinds["@Kano_Hoops", True] == "reaction"


@pytest.mark.parametrize(("text", "speaker"), [
    # described after the name, by the first word of the body's name
    ('"We want newcomers to bank from day one," Amara Osei, Harbourline\'s senior vice-president of retail '
     "banking, said in a news release.", "Amara Osei"),
    # by its kind and where it is based, telling the subject's deed in its own words (the article's first)
    ("Harbourline Savings Bank will launch an account with no monthly fee for new arrivals, the Halifax-based "
     "lender said on Monday.", "Halifax-based lender"),
])
def test_a_bodys_officer_named_around_the_name_speaks_for_it(text, speaker):
    lead = "" if "-based" in text else ("Harbourline Savings Bank will waive the monthly fee on its chequing account "
                                        "for new arrivals for five years.\n\n")
    kinds = {i.speaker: i.kind for i in extract(article(lead + text, title="Harbourline Savings Bank to drop fees for "
                                                                           "newcomers")).items}
    assert kinds[speaker] == "subject_statement"


def test_an_officer_named_by_the_body_they_are_in_speaks_for_it():
    text = ("The Ministry of Civil Aviation has ordered airlines to pay passengers 2,000 rupees for every day their "
            "bags are delayed, in amendments notified on Tuesday.\n\n"
            "Deputy Secretary in the ministry Priya Raman said the rules had been drafted after two years of "
            "complaints.\n\n"
            '"About time. I waited four days for my suitcase," wrote traveller Kabir Das on X.')
    kinds = kinds_by_speaker(text, "Airlines must pay for delayed bags, ministry says")
    assert kinds["Priya Raman"] == "subject_statement"
    assert kinds["Kabir Das"] == "reaction"


def test_a_studios_community_manager_speaks_for_it():
    text = ("Players of the racing game Ember Road now need a permanent internet connection to race offline, after "
            "an update released on Monday by developer Redmoor Studios.\n\n"
            'Redmoor said the change would stop cheating. "We hear the concerns," community manager Ola Berg wrote '
            "on the studio's forum.\n\n"
            '"Bought it to play on the train. Not any more," one player wrote.')
    result = extract(article(text, title="Offline racing now needs a constant connection"))
    assert result.subject in ("Redmoor", "Redmoor Studios")  # (not the game, nor its community manager)
    assert {i.speaker: i.kind for i in result.items}["Ola Berg"] == "subject_statement"


def test_a_bare_title_after_a_group_introduced_by_its_kind_is_the_groups():
    text = ("Redmoor Studios has made its racing game Apex Drift require a permanent internet connection.\n\n"
            "The campaign group Save Offline Play, which opposes such checks, urged Redmoor to undo the change. "
            '"Put the check on the leaderboards and leave the rest alone," co-founder Nadia Voss said.')
    kinds = kinds_by_speaker(text, "Redmoor update requires a connection")
    assert kinds["Nadia Voss"] == "reaction"


def test_a_pronoun_after_someone_the_paragraph_brings_in_unnamed_is_theirs():
    text = ("Redmoor Studios has made its racing game Apex Drift require a permanent internet connection.\n\n"
            '"We hear the concerns," studio director Tom Ash said.\n\n'
            "On the game's forum, a post by a user who said he was a long-haul trucker became the most upvoted. "
            '"I\'ve got 300 hours in this game, most of them at truck stops with no signal," he wrote.')
    items = extract(article(text, title="Redmoor update requires a connection")).items
    trucker = next(i for i in items if i.text.startswith("I've got 300 hours"))
    assert (trucker.speaker, trucker.kind) == ("a user", "reaction")  # not the studio director named before


def test_a_name_the_parser_hangs_on_the_headlines_verb_acts_and_its_deed_is_the_target():
    from backlash.extract.subject import _deed_hung_on, _name_hung_on_verb

    headline = next(load_parser()("Eastshore Health scraps parking fees at its three hospitals").sents)
    assert _name_hung_on_verb(headline) == "Eastshore Health"  # ("Health" parsed as a compound of "scraps")
    assert _deed_hung_on(headline[1], "Eastshore Health", headline.text, 0) == \
        "Eastshore Health's scrapping parking fees at its three hospitals"
    titled = next(load_parser()("Trump Stands Tall On Proposal For Border Wall").sents)
    assert _deed_hung_on(titled[0], "Donald Trump", titled.text, 0) is None  # every word capitalized: no verb read


def test_a_headlines_short_name_in_capitals_is_the_body_the_text_names_in_full():
    text = ("Parents in the Palm Cove subdivision say their children have nowhere to play after the neighbourhood's "
            "homeowners association began fining families for portable basketball hoops.\n\n"
            'Palm Cove Homeowners Association president Rob Hale said the rule was not new. "It is in the covenants," '
            "he said.\n\n"
            '"Where are the kids supposed to go?" asked parent Lena Ortiz. Palm Cove parents plan to attend the next '
            "board meeting.")
    result = extract(article(text, title="Palm Cove HOA's basketball hoop ban draws anger from parents"))
    assert result.subject == "Palm Cove Homeowners Association"  # not "Palm Cove", the place


def test_a_dateline_with_a_macron_is_left_out_and_the_body_that_approved_the_change_acts():
    text = ("TĀMAKI VALE — Households in Kowhai Heights, Fern Rise and Totara Park will have their rubbish collected "
            "on different days from March, after Ashgrove District Council approved a new collection schedule on "
            "Thursday.\n\n"
            '"As long as they come, I don\'t mind which day," said resident Hemi Walker.')
    result = extract(article(text, title="Rubbish days changing in three suburbs"))
    assert result.subject == "Ashgrove District Council"


def test_a_thing_the_headline_gives_the_subject_is_the_target_where_no_deed_is_told():
    text = ("The gates opened on the town's new all-abilities playground at Banksia Reserve on Saturday morning, and "
            "by 9.30am there was a queue for the swing.\n\n"
            '"My daughter has never been able to use a playground with her friends before," said mother Kylie Brand.')
    result = extract(article(text, title="Yarrowmere Council's $2m all-abilities playground opens"))
    assert result.target.startswith("Yarrowmere Council's") and result.target.endswith("playground")


def test_who_defends_a_plan_first_told_in_the_lead_acts_and_a_charitys_chief_reacts():
    text = ("LONDON — Downing Street on Monday defended a plan to raise the age for free bus travel from 66 to 70, as "
            "charities and councils condemned it.\n\n"
            "Ama Boateng, chief executive of the charity Later Life, said in a statement that free travel was "
            '"a lifeline for millions."')
    result = extract(article(text, title="Downing Street defends plan to raise bus pass age to 70 as backlash grows"))
    assert result.subject == "Downing Street"
    assert result.target.startswith("Downing Street's plan to raise the age for free bus travel")
    assert {i.speaker: i.kind for i in result.items}["Ama Boateng"] == "reaction"  # not the subject's chief


def test_a_paragraph_opening_on_how_the_speaker_was_reached_keeps_its_speaker():
    text = ("Governor Ada Moss on Tuesday paused new gas drilling permits near schools.\n\n"
            "Reached by phone, Tamsin Greer, whose two children attend a school half a mile from a well pad, said she "
            'was relieved. "We have had the nosebleeds and the headaches," she said.')
    items = extract(article(text, title="Governor pauses drilling permits near schools")).items
    assert {(i.speaker, i.quoted) for i in items if i.kind == "reaction"} >= {("Tamsin Greer", True),
                                                                              ("Tamsin Greer", False)}


def test_a_doer_the_parser_reads_beside_a_verb_taken_for_an_adjective_acts_and_its_deed_is_the_target():
    text = ("OTTAWA — The Canadian Rail Safety Board on Tuesday finalised rules requiring railways to inspect every "
            "bridge once a year, a change passenger advocates and lawmakers from several parties welcomed.\n\n"
            '"This is overdue," said advocate Yusuf Haddad.')
    result = extract(article(text, title="Canada's rail regulator tightens bridge inspection rules"))
    assert result.subject == "Canadian Rail Safety Board"
    assert result.target.startswith("Canadian Rail Safety Board's finalising rules requiring railways to inspect")


def test_who_does_the_headlines_deed_in_the_lead_is_the_headlines_doer_named_otherwise():
    text = ("BRUSSELS — The European Commission on Thursday fined U.S. technology company Tessel 900 million euros "
            "for breaching the bloc's competition rules.\n\n"
            '"This decision is wrong on the law," the company said in a statement, adding that it would appeal.\n\n'
            '"The fine sends the right signal," said Marta Ruiz of the consumer group Fair Deal Europe.')
    result = extract(article(text, title="EU fines Tessel 900 million euros over app store rules"))
    assert result.subject == "European Commission"
    assert result.target.startswith("European Commission's fining")
    kinds = {i.speaker: i.kind for i in result.items}
    assert kinds["company"] == "reaction"  # the fined company, not the commission by a kind it is not
    assert kinds["Marta Ruiz"] == "reaction"


def test_a_headlines_first_clause_hung_on_its_second_names_the_doer():
    text = ("TALLIS COUNTY, Mo. (KTLR) — The Harlan County Commission voted 5-0 Monday to move the county's emergency "
            "alert system to a new vendor when the current contract ends in June.\n\n"
            'Emergency management director Carla Brandvold told commissioners that nobody would need to re-register. '
            '"If you are signed up today, you will be signed up on July 1," Brandvold said. "You will get the same '
            'alerts, on the same phones." Brandvold has run the office since 2019 and has trained 40 volunteers.\n\n'
            '"My mother is 91 and has no cell phone. Will the landline calls continue?" asked resident Joan Stiles.')
    result = extract(article(text, title="Harlan County switching emergency alert provider; residents won't need to "
                                         "re-register"))
    assert result.subject == "Harlan County Commission"  # not the director quoted most often


@pytest.mark.parametrize(("title", "lead", "subject"), [
    # a name ending in -ing that opens a sentence, which the small parser reads as a verb
    ("", "Worthing Borough Council will close two car parks on the seafront from June, it said on Friday.",
     "Worthing Borough Council"),
    ("Pellering to charge for hand luggage on short flights",
     "Pellering Airways will charge $30 for a cabin bag from March, the Perth-based carrier said on Monday. "
     "Travellers told Pellering it was a cash grab.", "Pellering Airways"),
    # ... or ending in -ly, read as an adverb that owns something
    ("Budgetly's app redesign splits small-business owners",
     "A redesign of Budgetly, the stock-keeping app used by 40,000 shops, has divided its users.", "Budgetly"),
    # a headline's named thing is its maker's deed
    ("Brenmoor's sugar-free Sunny Loops divide parents",
     "Brenmoor Foods' decision to take the sugar out of its Sunny Loops cereal has drawn praise from dentists.",
     "Brenmoor Foods"),
    # a name the tagger read as a common noun, or as an adjective before "to"
    ("Kestrel TV drops Ross Moyo from Weekend Live after caller row",
     "Kestrel TV has removed Ross Moyo as host of its Saturday programme, ending a ten-year run. A Kestrel TV "
     "spokesperson said the decision was final.", "Kestrel TV"),
    ("CPN to add sign language interpretation to national newscasts",
     "The broadcaster will add live interpretation to its evening newscasts from autumn, a CPN spokesperson said.",
     "CPN"),
    # a watchdog told by what it is, then named; a group by its kind, then named
    ("Regulator fines shopping channel over supplement claims",
     "The broadcasting regulator has fined the shopping channel Vitalis TV £180,000.\n\nThe Screen and Airwaves "
     "Authority said the claims were misleading.", "Screen and Airwaves Authority"),
    ("Pune newspaper group drops paywall on dengue coverage",
     "The Sahyadri Times Group has removed the paywall from its health reporting during the outbreak.",
     "Sahyadri Times Group"),
    # a headline's place and kind for the body the lead names in full
    ("Ashcombe council votes to sell old Post Office for apartments",
     "Ashcombe District Council has agreed to sell the town's 1912 Post Office building to a private developer.",
     "Ashcombe District Council"),
    # a headline's place for the body the lead says announced the deed
    ("Bogotá to enforce driving restriction with cameras from July 1",
     "BOGOTÁ - Drivers who break the driving restriction will be fined through traffic cameras from July 1, the "
     "District Mobility Office said on Monday.", "District Mobility Office"),
    # a crowd reacting after a deed told by the body's kind, the body named in the same sentence
    ("Parents fume after Harlow Creek schools stay open in ice storm",
     "Parents and teachers in the Harlow Creek School District are demanding answers after the district kept "
     "schools open on Wednesday as freezing rain glazed the roads. Superintendent Dana Marsh said the call was made "
     "at 5am.", "Harlow Creek School District"),
    # ... or a crowd that filled a hall to confront the body
    ("Tarrow residents turn on water utility over garden watering ban",
     "More than 300 people packed the Tarrow Memorial Hall on Thursday night to confront Eastern Hills Water over "
     "its decision to ban all outdoor watering from Monday.", "Eastern Hills Water"),
    # a body that reports what its own unit will do
    ("", "Harbour Public Media has confirmed that its classical music station, Lyric Coast, will stop live "
     "presentation at the end of the year.", "Harbour Public Media"),
    # a headline verb read as a plural noun
    ("Studio Harunami recasts lead in 'Skyline' sequel",
     "Studio Harunami has confirmed that Daichi Mori will voice Sora in the sequel, replacing Ken Ota.",
     "Studio Harunami"),
])
def test_a_name_the_small_parser_misreads_is_still_the_subject(title, lead, subject):
    text = f"{lead}\n\n\"It's a disgrace,\" one reader said."
    assert extract(article(text, title=title)).subject == subject


def test_a_post_quoted_whole_with_its_byline_inside_the_quote_marks_is_its_authors():
    text = ("Whitlow Rovers will move to a new ground 200 km away, owner Dan Reese said on Monday.\n\n"
            "Mayor Ann Cole welcomed the move. \"We will give this club a home,\" she said.\n\n"
            "\"Can't wait to drive 400km to watch us lose. Cheers Dan\n"
            "— Tara Singh (@tara_wr) August 3, 2026\"")
    post = next(i for i in extract(article(text)).items if (i.text or "").startswith("Can't wait"))
    assert (post.speaker, post.handle, post.platform, post.posted_at) == ("Tara Singh", "tara_wr", "twitter",
                                                                          "August 3, 2026")
    assert post.text.endswith("Cheers Dan")


@pytest.mark.parametrize(("words", "speaker"), [
    ('A petition headed "Keep the Rovers in Whitlow" has passed 22,400 signatures.', "A petition"),
    ('An online petition titled "Keep Ota as Sora" had 61,000 signatures by Thursday.', "A petition"),
    ('The home end chanted "Reese out, Reese out" for most of the first half.', "home end"),
    ('"We are as angry as you are," the band wrote on Instagram.', "band"),
    ('On the club\'s forum, the most upvoted comment was less forgiving: "Take the money and fix the pitches."',
     "most upvoted comment"),
    ('Singer Amara Obi, whose band sold out two nights at the ground last year, posted on Instagram: "Our fans '
     'deserve better than this."', "Amara Obi"),
])
def test_a_petitions_title_a_crowds_chant_and_a_bands_post_are_reactions(words, speaker):
    text = f"Whitlow Rovers will move to a new ground 200 km away, owner Dan Reese said on Monday.\n\n{words}"
    assert [(i.kind, i.speaker) for i in extract(article(text)).items if i.quoted] == [("reaction", speaker)]


def test_a_post_whose_words_turn_to_another_matter_is_about_another_matter():
    text = ("Saltmarsh Festival will refund every ticket after the heat closure, it said on Monday.\n\n"
            '"Meanwhile still waiting on my Harbour Fest refund from 2024. Two years," wrote Kim Lowe.\n\n'
            '"Respect, Saltmarsh. Didn\'t expect a cent back," wrote Ava Moss.')
    kinds = {i.speaker: i.kind for i in extract(article(text)).items}
    assert kinds["Kim Lowe"] == "other_target" and kinds["Ava Moss"] == "reaction"


@pytest.mark.parametrize(("words", "speaker"), [
    ("At Kedaimart's outlet in Ang Mo Kio, retiree Lee Ah Kuan, 68, said she had noticed prices creeping up for "
     'months. "At least now I know my rice won\'t go up," she said.', "Lee Ah Kuan"),
    ('But in a call with reporters on Dec. 2, Col. Ana Ruiz, a spokeswoman for the shoppers\' union, said, "Too '
     'little, too late."', "Ana Ruiz"),
    ("On a visit to Bedok for his wife, councillor May Tan, former minister Joe Lim said it would help."
     , "Joe Lim"),
    ("Outside the Kedaimart store in Dartmouth, N.S., Caleb Thibodeau, 27, said the self-checkout lines had been "
     "shorter.", "Caleb Thibodeau"),
])
def test_a_speaker_after_the_place_that_opens_the_sentence_is_the_speaker(words, speaker):
    text = f"Supermarket chain Kedaimart will freeze prices on 600 essentials, the company said on Monday.\n\n{words}"
    assert {i.speaker for i in extract(article(text)).items if i.speaker != "company"} == {speaker}


def test_she_never_stands_for_a_body_the_article_calls_a_company():
    text = ("Supermarket chain Kedaimart will freeze prices on 600 essentials, the company said on Monday.\n\n"
            'Prices have crept up for months. "At least now I know my rice won\'t go up," she said.')
    assert all(i.kind == "reaction" or i.speaker == "company" for i in extract(article(text)).items)


def test_a_body_named_for_a_saint_keeps_its_name_in_a_headline():
    text = ("St. Aidan's University will guarantee a room to every first-year student, the university announced.\n\n"
            '"This takes a weight off families," one parent said.')
    assert extract(article(text, title="St. Aidan's University guarantees rooms for first-years")).subject == \
        "St. Aidan's University"


def test_a_body_named_once_in_full_and_then_by_its_first_word_outweighs_the_star_it_cast():
    text = ("Harrowgate Pictures has cast singer Lena Ortiz as the lead in its remake of 'Glass Ring', the studio "
            "confirmed on Tuesday.\n\n"
            "The remake is due in 2027. Harrowgate said Ortiz had impressed in two screen tests.\n\n"
            '"Ortiz is a brave choice," one critic wrote. Fans of Ortiz were split, and Ortiz has not commented.\n\n'
            "Harrowgate has not announced the rest of the cast. Harrowgate's last film was a hit.")
    assert extract(article(text)).subject == "Harrowgate Pictures"


def test_the_body_that_appointed_someone_is_the_subject_however_often_the_appointee_is_quoted():
    text = ("The Harbour Gulls have appointed Ross Malan as head coach on a two-year contract, the club confirmed on "
            "Tuesday.\n\n"
            "Malan, 46, spent four seasons as the Gulls' batting coach. Malan said he was honoured. \"I know these "
            "players,\" Malan said.\n\n"
            "\"Malan is the right man,\" one fan wrote. Malan starts on Monday.")
    assert extract(article(text, title="Gulls swoop for Malan as new head coach")).subject == "Harbour Gulls"


def test_a_newspaper_speaks_as_the_paper():
    text = ("The Leith Courier is to drop its Saturday print edition from March, the newspaper announced on "
            "Tuesday.\n\n"
            "The paper said the crossword would move to the Friday edition.\n\n"
            '"I have bought it every Saturday for forty years," one reader said.')
    kinds = {i.speaker: i.kind for i in extract(article(text)).items}
    assert kinds["paper"] == "subject_statement" and kinds["one reader"] == "reaction"


_VISITING_LEAD = ("Families of patients at Kestrel Bay Hospital will be able to visit only twice a day from Monday, "
                  "after the Harrowgate health district confirmed new rules for its wards.\n\n"
                  '"My mum is 91 and frightened. Two short visits a day is cruel," her son wrote on Facebook.')


@pytest.mark.parametrize("title, target", [
    # no deed of the subject's is read: the headline tells what happened, better than a bare name
    ("Kestrel Bay Hospital visiting hours cut to two a day", "Kestrel Bay Hospital visiting hours cut to two a day"),
    # a headline that tells the outcry, or quotes someone, is not what reactions take a side on
    ("Kestrel Bay Hospital visiting rules spark fury", "Kestrel Bay Hospital"),
    ("Kestrel Bay Hospital: 'Two visits a day is cruel'", "Kestrel Bay Hospital"),
])
def test_without_a_deed_the_headline_that_tells_the_news_is_the_target(title, target):
    result = extract(article(_VISITING_LEAD, title=title))
    assert (result.subject, result.target) == ("Kestrel Bay Hospital", target)


_PLAN_LEAD = ("Streaming service Quillo will scrap its cheapest ad-free plan next month, the company announced on "
              "Tuesday.\n\n")


@pytest.mark.parametrize("sentence, speaker, platform", [
    # a thread's title and a video's caption are the public's words, like a petition's
    ('A Reddit thread titled "Quillo just killed the only plan worth paying for" gathered 5,000 upvotes.',
     "A thread", "reddit"),
    ("A TikTok video filmed in a living room showed the cancelled plan with a caption reading: “enjoy the ads lol”.",
     "a caption", "tiktok"),
    # words in capitals throughout are shouted, not a show's title
    ('Some were blunter. "NEVER PAYING QUILLO AGAIN. NEVER," one user posted.', "one user", None),
])
def test_a_threads_title_a_caption_and_a_shouted_post_are_reactions(sentence, speaker, platform):
    result = extract(article(_PLAN_LEAD + sentence, title="Quillo scraps cheapest ad-free plan"))
    [item] = [i for i in result.items if i.kind != "subject_statement"]
    assert (item.kind, item.speaker, item.platform) == ("reaction", speaker, platform)


_FREEZE_LEAD = ("Harlow Bay University will freeze rents on all of its student halls for next year, the university "
                "announced on Monday.\n\nA university spokesperson said the freeze would cost about $2 million.\n\n")


@pytest.mark.parametrize("sentence, speaker", [
    # a spokesperson for another body speaks for it, however long the body's description
    ("Not everyone was convinced. A spokesperson for a group representing private landlords in the region said "
     "the freeze would distort the local market.", "spokesperson for a group"),
    # a body's branch speaks
    ("The local branch of the lecturers' union said the freeze was a welcome response to a housing crisis.",
     "local branch of the lecturers' union"),
    # those "with" whom a post was met say what follows
    ("A video of the announcement was viewed a million times, with many commenters saying other universities "
     "should follow its example.", "many commenters"),
])
def test_reported_reactions_of_another_bodys_voice_a_branch_and_commenters(sentence, speaker):
    result = extract(article(_FREEZE_LEAD + sentence, title="Harlow Bay University freezes hall rents"))
    [item] = [i for i in result.items if i.kind != "subject_statement"]
    assert (item.kind, item.speaker, item.quoted) == ("reaction", speaker, False)



_PHONES = ("Students at Harrowgate Valley District School Board's 41 schools will have to keep their phones switched "
           "off from the first bell to the last, after trustees voted 6-3 on Wednesday night to adopt the policy.\n\n"
           "The board's previous policy, adopted in 2019, let secondary students use phones at lunch.\n\n"
           '"Finally, a board with a spine," one parent wrote on Facebook.')


@pytest.mark.parametrize("title, subject", [
    # a long name whole ("... School Board's 41 schools" was "... District School")
    ("Board bans phones for the whole school day", "Harrowgate Valley District School Board"),
    # what the body had before is not its deed ("The board's previous policy, adopted in 2019")
    ("School board bans phones for the whole school day", "School Board"),
])
def test_a_long_bodys_name_is_whole_and_its_previous_policy_is_not_the_news(title, subject):
    result = extract(article(_PHONES, title=title))
    assert result.subject == subject and result.target.startswith(f"{subject}'s banning phones")


def test_a_name_the_parser_hangs_on_a_whose_clause_tells_no_deed_and_a_deed_told_as_the_change_points_back():
    """'Tessa Vale, whose channel has 5.6 million subscribers, says she will ...': the parser made 'Vale' a
    subject of 'has' (not the subscribers), and 'announced the change in a video' tells no deed of its own; the
    headline's deed is the target."""
    text = ("Tessa Vale, whose home-cooking channel has 5.6 million subscribers on YouTube, says she will stop "
            "posting full-length recipe videos on the platform and move them to a paid app of her own.\n\n"
            "From 1 May, new episodes of her weekly show will be available only to subscribers of the app.\n\n"
            "Vale, 34, who began filming recipes in her flat in 2015, announced the change in a 14-minute video on "
            "Sunday.")
    target = extract(article(text, title="Cooking YouTuber Tessa Vale moves full recipes behind a paywall")).target
    assert "subscribers" not in target and "change" not in target and "recipes" in target


@pytest.mark.parametrize("then", [
    # the same speaker, in quoted words that name nothing of the news
    ('Disabled students\' officer Ellie Makinde said the change would be "a massive step forward". "For students '
     'with chronic illness, being able to pause content is huge," she said.', "Ellie Makinde"),
    # its own spokesperson, after the body's reaction
    ('Digital rights group Open Circuit said the plan set a dangerous precedent. "Biometric checks normalise the '
     'idea that you need to prove who you are to speak online," said its spokesperson, Lachlan Ng.', "Lachlan Ng"),
    # one of the same body, by a word of its name
    ("The local branch of the lecturers' union said it was deeply concerned about the plan. Branch secretary Dr "
     'Owen Prichard said: "Once a lecture is on video, management will ask why they need to pay anyone."',
     "Owen Prichard"),
])
def test_a_statement_that_goes_on_with_a_reaction_in_its_paragraph_is_a_reaction_too(then):
    words, speaker = then
    text = ("The University of Ashcombe will no longer hold live lectures for large first-year modules, replacing "
            f"them with recorded videos and small seminars.\n\n{words}")
    assert kinds_by_speaker(text, title="University of Ashcombe scraps big lectures")[speaker] == "reaction"


def test_an_officials_words_on_another_matter_after_the_subjects_own_stay_another_matter():
    text = ("President Trump said on Sunday he had discussed forming a cyber security unit with Vladimir Putin.\n\n"
            "Trump and his campaign have denied the allegations while the Kremlin has dismissed claims of election "
            'interference as "baseless".')
    assert kinds_by_speaker(text, title="Trump backs cyber unit with Russia").get("Kremlin") == "other_target"


@pytest.mark.parametrize("said", [
    # a clinical director by a bare title, in the body's story
    "Executive medical director Dr Rhodri Elias said the same-day unit was the most significant single change.",
    # the one its new head takes over from
    "Varga will succeed co-founder Henrik Ostlund, who has led the board since 2014. \"Celia has built products "
    "people use every day,\" Ostlund said in a statement.",
])
def test_the_bodys_own_officers_by_a_bare_title_speak_for_it(said):
    text = ("Bro Arian University Health Board has published a 12-month improvement plan for its emergency "
            f"department, three months after inspectors rated it as requiring improvement.\n\n{said}")
    kinds = kinds_by_speaker(text, title="Health board publishes emergency department plan")
    speaker = next(s for s in kinds if s and ("Elias" in s or "Ostlund" in s))
    assert kinds[speaker] == "subject_statement"


def test_the_two_parties_to_a_deal_speak_for_it_together_and_a_boss_who_stays_on_speaks_for_the_body():
    text = ("Tidewell, the meditation and sleep app, has agreed to be acquired by digital health company Corven "
            "Health for about $1.2 billion, the two companies announced on Tuesday.\n\n"
            "Tidewell will continue to operate as a separate brand, the companies said.\n\n"
            "Lena Marchetti, who will stay on as Tidewell's chief executive, said: \"Our mission doesn't change. "
            "This gives us the resources to reach people we never could.\"")
    kinds = kinds_by_speaker(text, title="Meditation app Tidewell agrees $1.2 billion sale to Corven Health")
    assert kinds["companies"] == "subject_statement"
    assert kinds[next(s for s in kinds if s and "Marchetti" in s)] == "subject_statement"


@pytest.mark.parametrize(("text", "title", "speaker", "kind"), [
    # the executive of the show the subject joins speaks for the hiring
    ("Billy Grant, the entertainment host, will join the ''Wake Up'' show as an anchor, NBX announced on Monday.\n\n"
     "In a memo, Noah Oppenheim, the NBX executive in charge of ''Wake Up,'' reminded his staff about Mr. Grant's "
     "early work. His first segment involved ''a painful chest-waxing incident,'' Mr. Oppenheim noted.",
     "Billy Grant joins Wake Up", "Oppenheim", "subject_statement"),
    # the buyer's boss speaks for the sale
    ("Tidewell, the meditation app, has agreed to be acquired by digital health company Corven Health for about $1.2 "
     "billion.\n\n\"Tidewell has built something people return to every night,\" Corven's chief executive, Andrew "
     "Pellham, said in a statement.", "Tidewell agrees sale to Corven Health", "Andrew Pellham", "subject_statement"),
    # a body the deed acts on reacts to it
    ("Communications Minister Rhea Banda has ordered internet providers to block the messaging app Chirper from "
     "Friday.\n\n\"This is an attack on free expression,\" Chirper's chief executive, Dana Holt, said.",
     "Minister orders messaging app blocked", "Dana Holt", "reaction"),
])
def test_the_other_party_to_a_deal_speaks_for_it(text, title, speaker, kind):
    kinds = kinds_by_speaker(text, title=title)
    assert kinds[next(s for s in kinds if s and speaker in s)] == kind


def test_a_headline_that_tells_the_news_before_who_announced_it_gives_the_target_over_a_later_claim():
    text = ("Homeowners will be able to build a small standalone dwelling of up to 60 square metres without a "
            "building consent, under changes announced on Tuesday by Housing Minister Dale Corrin.\n\n"
            "The changes will apply to single-storey minor dwellings built by a licensed builder.\n\n"
            "Corrin said the reform would make it cheaper and quicker for families to house elderly parents.")
    target = extract(article(text, title="Granny flats up to 60sq m will no longer need building consent, housing "
                                         "minister announces")).target
    assert "saying" not in target and "building consent" in target


def test_what_the_storys_case_shows_is_about_it():
    """An expert's 'the case showed ...' speaks of the story's own news, not of another matter."""
    text = ("Lifestyle YouTuber Jax Corwell is facing anger from fans after a token he promoted lost 88 percent of "
            "its value in two days.\n\n"
            "Consumer lawyer Daniel Osei said the case showed how little protection buyers of such coins have.")
    assert kinds_by_speaker(text, title="Fans turn on YouTuber over coin")["Daniel Osei"] == "reaction"


def test_a_sentence_case_headline_tells_the_deed_the_lead_gives_only_as_a_saying():
    """"Health minister..." in a headline written in sentence case is the minister of the lead: her deed there is
    what stance is read toward, not her saying."""
    text = ("Health Minister Imogen Carrow said on Thursday the government would pay for free eye tests for all "
            "pensioners, committing 80 million a year from April.\n\n"
            '"This is a scandalous waste of money," one opposition MP said.')
    target = extract(article(text, title="Health minister promises free eye tests for all pensioners")).target
    assert "saying" not in target and "free eye tests" in target


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The ministry said the first payments would reach farmers in March.", "ministry"),
    ("His department said the scheme would be reviewed after two years.", "His department"),
])
def test_a_ministers_own_department_speaks_for_the_minister(sentence, speaker):
    text = ("Farming Minister Aled Brannock has scrapped the subsidy for hedgerow planting, replacing it with a "
            f"grant for tree nurseries.\n\n{sentence}\n\n"
            '"Scrapping the hedgerow money is a betrayal of farmers," said Nia Pembrey of the Hill Farmers Network.')
    kinds = kinds_by_speaker(text, title="Hedgerow subsidy scrapped")
    assert kinds[speaker] == "subject_statement" and kinds["Nia Pembrey"] == "reaction"


def test_who_announces_the_deed_of_a_subject_given_its_title_speaks_for_it():
    text = ("Transport Secretary Ruth Okonedo will step down at the next cabinet reshuffle, the prime minister's "
            "office confirmed on Friday.\n\n"
            '"Good riddance," one commuter wrote on Facebook.')
    kinds = kinds_by_speaker(text, title="Transport secretary to step down")
    assert kinds["prime minister's office"] == "subject_statement" and kinds["one commuter"] == "reaction"


def test_a_deed_the_lead_gives_only_by_a_word_pointing_back_at_it_is_read_from_the_headline():
    """"signed the scheme into law": the lead told the scheme before, in words that are not the subject's deed;
    the headline tells it."""
    text = ("Pensioners in Dunmere county will park free at every hospital from May after Governor Lionel Achebe "
            "signed the scheme into law on Tuesday.\n\n"
            '"About time," one pensioner wrote on Facebook.')
    target = extract(article(text, title="Governor Achebe signs free hospital parking for pensioners")).target
    assert target.endswith("free hospital parking for pensioners")


def test_whom_the_headline_names_as_done_to_is_not_the_subject_the_lead_has_act():
    """The headline names only whom the deed is done to; the lead names who did it, and then tells more of the
    one it was done to."""
    text = ("Head coach Marta Ilves has dropped veteran goalkeeper Tomas Brenner from the squad for the cup final.\n\n"
            "Brenner, 36, has kept goal for the club for eleven seasons. Brenner won the league twice.\n\n"
            "Brenner's agent said he was shocked. Fans said Brenner deserved better.\n\n"
            '"Brenner is a legend and this is a disgrace," one fan wrote on X.')
    result = extract(article(text, title="Coach drops goalkeeper Tomas Brenner for cup final"))
    assert result.subject == "Marta Ilves" and "Brenner" in result.target


@pytest.mark.parametrize("introduced", [
    "the trust's managing director, Engr. Chinedu Okafor-Bello, said",
    "the trust's director of operations, Alhaji Chinedu Okafor-Bello, said",
    "the trust's chief executive, Prof. Chinedu Okafor-Bello, said",
])
def test_a_bodys_officer_named_after_the_office_and_an_honorific_speaks_for_it(introduced):
    text = ("The Kaduna Valley Water Trust has switched on solar pumps in nine villages.\n\n"
            f'At the opening, {introduced} "We decided to stop waiting for the grid." '
            "She added that more villages would follow.\n\n"
            '"This has changed my life," said farmer Amina Yusuf.')
    kinds = kinds_by_speaker(text, title="Water trust switches on solar pumps")
    officer = next(name for name in kinds if name and name.endswith("Chinedu Okafor-Bello"))
    assert kinds[officer] == "subject_statement" and kinds["Amina Yusuf"] == "reaction"


def test_a_body_that_defends_a_thing_it_put_up_is_the_subject():
    text = ("The Marlow Cats Protection Society has defended a poster showing a starving kitten, after parents "
            "complained that it had been put up outside a nursery.\n\n"
            '"Frightening toddlers for donations is shameful," one mother wrote on Facebook.')
    result = extract(article(text, title="Cat charity defends graphic poster near nursery"))
    assert result.subject == "Marlow Cats Protection Society" and "poster" in result.target
    assert {i.speaker: i.kind for i in result.items}["one mother"] == "reaction"


@pytest.mark.parametrize(("title", "text", "own", "public"), [
    # the dean of the place speaks for its cathedral
    ("Cathedral to close for spire repairs",
     "Norbury Cathedral will close to visitors for eight weeks while its spire is repaired.\n\n"
     'The Very Rev Helen Osei, Dean of Norbury, said: "We are sorry for the disruption."\n\n'
     '"Eight weeks without evensong is hard to bear," one worshipper wrote.', "Helen Osei", "one worshipper"),
    # the subject's own signs tell its deed and react to nothing
    ("Supermarket trials facial recognition",
     "Brightmart has begun trialling facial recognition cameras at two of its supermarkets.\n\n"
     "Signs at the entrances to both stores tell shoppers that facial recognition is in use.\n\n"
     '"I feel like a suspect doing my weekly shop," one shopper wrote on X.', "Signs", "one shopper"),
    # the kind a body's name tells by another word is its voice
    ("Playhouse drops panto",
     "The Wendhurst Playhouse will replace its pantomime with an immersive Snow Queen this Christmas.\n\n"
     "The theatre said ticket prices would stay the same as last year.\n\n"
     '"Panto is the best night of the year and they have binned it," one mother wrote.', "theatre", "one mother"),
    # its executive director, or its director of a field, by the title alone
    ("Theatre launches pay-what-you-can Tuesdays",
     "The Lantern Theatre will let audiences pay what they can for every Tuesday performance.\n\n"
     'Executive director Maria Kowal said a grant paid for it. "It is for everyone," she said.\n\n'
     '"Finally I can take my kids," one father wrote on Facebook.', "Maria Kowal", "one father"),
    *[("School board bans phones all day",
       "Kestrel Valley School Board will ban phones for the whole school day from September.\n\n"
       f"{office} Marcus Feld said the board would spend $300,000 on locking pouches.\n\n"
       '"This is control for the sake of control," one student wrote on X.', "Marcus Feld", "one student")
      for office in ("Director of education", "Director of nursing")],
    # a university's head by the title after the name, a court's judge, a trust's ranger, a union's organiser
    ("Hillbrook University to close classics department",
     "Hillbrook University will stop teaching classics from next September.\n\n"
     'In a statement, Professor Dana Ruel, the vice-chancellor, said: "We cannot fund courses nobody applies to."\n\n'
     '"This is vandalism," one lecturer wrote on X.', "Dana Ruel", "one lecturer"),
    ("Court to sit on Saturdays",
     "Tarrow Crown Court will hear cases on Saturday mornings from January to cut its backlog.\n\n"
     'Judge Amir Lowe, the court\'s resident judge, said: "Every case is a person waiting."\n\n'
     '"Nobody asked the staff," one clerk wrote on X.', "Amir Lowe", "one clerk"),
    ("Park bans barbecues",
     "Larchmoor Park Trust has banned barbecues across its 400 acres after three grass fires this summer.\n\n"
     '"One spark and the heath goes up," said the trust\'s chief ranger, Gwen Tally.\n\n'
     '"Ruining summer for everyone," one visitor wrote.', "Gwen Tally", "one visitor"),
    ("Union calls rail strike",
     "The National Federation of Rail Workers (NFRW) has called a three-day strike on Northline trains.\n\n"
     '"Our members have had enough," said NFRW regional organiser Paddy Keane.\n\n'
     '"How am I meant to get to work?" one commuter wrote on X.', "Paddy Keane", "one commuter"),
    # officers whose title is made from the body's kind: a prosecution service's, a constabulary's
    *[("Prosecutors to drop charges for shoplifting under £50",
       "The Easterby Prosecution Service will stop charging first-time shoplifters who steal goods worth under £50.\n\n"
       f'{officer} said: "Courts are full of cases that end in a small fine."\n\n'
       '"So stealing is legal now?" one shopkeeper wrote on Facebook.', "Malik Osei", "one shopkeeper")
      for officer in ("Chief prosecutor Malik Osei", "Chief Crown Prosecutor for the region, Malik Osei,")],
    ("Police impose dispersal order on seafront",
     "Wyvern Constabulary has imposed a dispersal order on Carrow seafront for the bank holiday weekend.\n\n"
     'Inspector Lena Marsh, who leads the Carrow neighbourhood team, said: "We have had reports of fights."\n\n'
     '"Treating every teenager like a criminal," one mother wrote.', "Lena Marsh", "one mother"),
    # a wildlife park is a body, and its head of a field speaks for it
    *[(f"{park.split()[0]} ends parrot shows after 30 years",
       f"{park} has ended its daily parrot shows after 30 years.\n\nThe park announced the change on Wednesday.\n\n"
       'Head of bird care Dr Oona Reilly said: "The birds do not need an audience."\n\n'
       '"My kids loved that show," one father wrote.', "Oona Reilly", "one father")
      for park in ("Brantwood Wildlife Park", "Dunmere Country Park")],
])
def test_a_bodys_own_voices_speak_for_it(title, text, own, public):
    kinds = kinds_by_speaker(text, title=title)
    speaker = next(name for name in kinds if name and own in name)
    assert kinds[speaker] == "subject_statement" and kinds[public] == "reaction"


def test_one_the_story_says_explained_explains_in_words_read_apart_from_the_explaining():
    """The explaining clause holds a quote and is not read as a statement; the next words of the same voice are."""
    text = ("Corrie Radio will switch off its medium-wave transmitters in March, the station said.\n\n"
            'Radio engineer Tomas Ruel explained that any set showing a "DAB" mark will keep working.\n\n'
            "He said that stations across Europe have been moving listeners to digital for a decade.\n\n"
            '"Another thing taken from the old folk," one listener wrote on Facebook.')
    cues = cues_by_speaker(text, title="Radio station to switch off medium wave")
    assert cues["Tomas Ruel"] == "none" and cues["one listener"] != "none"


@pytest.mark.parametrize(("sentence", "speaker", "cue"), [
    ("Another asked whether the show would be accessible for wheelchair users.", "Another", "none"),
    ("One parent asked how long the building work would take.", "One parent", "none"),
    ("One parent asked why nobody had consulted the families.", "One parent", None),
])
def test_a_question_reported_as_asked_takes_no_side_unless_it_asks_why(sentence, speaker, cue):
    text = ("The Wendhurst Playhouse will replace its pantomime with an immersive Snow Queen this Christmas.\n\n"
            f"{sentence}\n\n"
            '"Panto is the best night of the year and they have binned it," one mother wrote.')
    assert cues_by_speaker(text, title="Playhouse drops panto")[speaker] == cue


def test_a_diocese_named_with_its_see_is_the_body_that_acts():
    text = ("The Diocese of Wrexford has confirmed it will close four of the nine churches in the Tarn valley next "
            "year.\n\nThe diocese said services would continue at the other five.\n\n"
            '"Eight hundred years of worship, gone for a spreadsheet," one villager wrote in the Tarn valley group.')
    result = extract(article(text, title="Diocese to close four village churches in Tarn valley"))
    assert result.subject == "Diocese of Wrexford" and "closing four" in result.target


def test_what_one_who_bought_something_plans_for_it_is_the_target():
    text = ("Singer Mara Quill has bought the Rialto Ballroom, a 1920s dance hall in Leeds that closed last year, and "
            "plans to turn it into a private members' club with public dances once a month.\n\n"
            '"A ballroom for the people turned into a club for the rich," one dancer wrote on X.')
    target = extract(article(text, title="Mara Quill buys historic Leeds ballroom")).target
    assert target == "Mara Quill's planning to turn into a private members' club"


def test_a_headlines_calling_is_the_person_the_lead_gives_it_to():
    text = ("Singer Mara Quill has bought the Rialto Ballroom, a 1920s dance hall in Leeds.\n\n"
            '"Best news this year," one dancer wrote on X.')
    assert extract(article(text, title="Singer buys historic ballroom")).subject == "Mara Quill"


def test_one_criticised_in_a_verb_joined_to_another_is_not_who_criticised():
    text = ("Brightforge Interactive is removing paid loot boxes from its game Skyreach Tactics.\n\n"
            "Skyreach Tactics has about 3 million monthly players, according to the studio, and has been criticised "
            "since launch for the crates.")
    items = extract(article(text, title="Studio scraps loot boxes")).items
    assert not any(i.speaker == "Skyreach Tactics" for i in items)


def test_the_officer_of_a_body_that_spoke_just_before_is_that_bodys():
    text = ("Cresthill Bank will stop charging fees on overdrafts under £50.\n\n"
            'Debt charity PayWise welcomed the move. "This helps people who are a few pounds short," said its head of '
            "policy, Yemi Adeleke.\n\n"
            '"About time," one customer wrote.')
    assert kinds_by_speaker(text, title="Bank scraps overdraft fees")["Yemi Adeleke"] == "reaction"


@pytest.mark.parametrize(("title", "text", "told"), [
    # a deed told only as "the changes": the headline tells it, not a later claim of the body's
    ("Swimmers must wear caps at Holmford lido under new rules",
     "Swimmers at Holmford Lido will have to wear caps and shower before entering the pool from 1 May.\n\n"
     "The Holmford Leisure Trust, the charity that runs the lido for the town, announced the changes on Monday after "
     "complaints about cloudy water.\n\n"
     "The trust says the number of complaints about water quality has doubled since 2022.\n\n"
     '"Caps? At an outdoor lido? Give me strength," one swimmer wrote on Facebook.', "wear caps"),
    # the news told first, then the subject by its kind announcing it; an aside on the charge is no saying
    ("Allotment holders hit with £60 water charge by Brantley Estates",
     "Allotment holders on three sites owned by Brantley Estates will pay a new £60 yearly water charge, the "
     "landowner has told them in a letter.\n\n"
     "The charge, which Brantley says covers the cost of the standpipes, starts in April.\n\n"
     '"Sixty quid for a tap that never works," one plot holder wrote.', "will pay a new £60 yearly water charge"),
    # a body's history in a relative clause is not its news
    ("Wexley Museum to charge £10 entry for the first time",
     "Wexley Museum is to charge adults £10 entry from March, ending 80 years of free admission.\n\n"
     "The museum's trustees approved the charge on Monday.\n\n"
     "The Wexley Museum Trust, which took over the running of the building from the city council in 2015, says "
     "grants have not kept pace with costs.\n\n"
     '"Ten pounds to see paintings we already own," one visitor wrote.', "£10"),
])
def test_the_target_is_the_news_not_a_saying_an_aside_or_a_bodys_history(title, text, told):
    assert told in extract(article(text, title=title)).target


def test_a_party_that_will_not_comment_yet_takes_no_side():
    text = ("The Northern Care Workers Union will ballot 9,000 members on a pay offer from Allcare, the care home "
            'group.\n\n"We want every member to have their say," said union official Rita Moss.\n\n'
            "Allcare, which runs 140 care homes, confirmed the terms of the offer and said it would not comment "
            'further while the vote was open.\n\n"Take it or leave it, that is what this is," one carer wrote.')
    items = items_by_speaker(text, title="Care union to ballot 9,000 members on pay offer")
    assert items["Allcare"].kind == "reaction" and items["Allcare"].stance_cue == "none"
    assert items["one carer"].stance_cue != "none"


@pytest.mark.parametrize(("title", "text", "nobody"), [
    # a reaction only supposed, in an if-clause
    ("Care workers to vote on pay offer",
     "The Northern Care Workers Union will ballot 9,000 members on Allcare's pay offer.\n\n"
     "If members reject the offer, the union said it would consult them on strike action.", "members"),
    # what a trade habitually argues, told as background
    ("Insurer drops shed cover",
     "Harwell Insurance will stop covering flood damage to garden sheds from March.\n\n"
     "Shed claims are among the most disputed, typically because insurers argue the shed was already rotten.",
     "insurers"),
    # the title of a video the subject announced something in is the subject's, not a post's
    ("YouTuber's token crashes",
     "YouTuber Jax Corwell has launched a crypto token that lost 90 percent of its value in two days.\n\n"
     'Corwell announced the token in a video on Friday titled "I\'m letting you guys own a piece of the channel."',
     "a video"),
])
def test_words_that_are_nobodys_reaction(title, text, nobody):
    kinds = kinds_by_speaker(f'{text}\n\n"So what am I paying for?" one customer wrote on X.', title=title)
    assert nobody not in kinds and kinds["one customer"] == "reaction"


@pytest.mark.parametrize(("title", "text", "own", "public"), [
    # the body's governing board
    ("Care union to ballot members on pay offer",
     "The National Union of Care Workers will ballot 9,000 members on a pay offer from Allcare.\n\n"
     "The union's executive said it would not make a recommendation either way.\n\n"
     '"Cowards, just tell us what you think," one carer wrote on Facebook.', "union's executive", "one carer"),
    # the memo the subject sent out
    ("Bank orders staff back to office",
     "Stanmore Bank will require its 4,000 staff to work in the office four days a week, according to an internal "
     "memo seen by this site.\n\n"
     "Attendance will count towards annual bonuses, the memo said.\n\n"
     '"Guess I am updating my CV," one employee wrote on LinkedIn.', "memo", "one employee"),
    # who announces the lead's news, named in it, by what it is
    ("Plot holders hit with water charge",
     "Plot holders on sites managed by Brantley Estates will pay a new £60 yearly water charge, the landowner has "
     "told them in a letter.\n\nBrantley Estates said the charge would cover the cost of new standpipes.\n\n"
     '"Sixty quid for a tap that never works," one plot holder wrote.', "landowner", "one plot holder"),
    # the two parties to a takeover
    ("Kestrel Bank completes takeover of Linmoor Savings",
     "Kestrel Bank has completed its £900m takeover of Linmoor Savings, the two lenders said on Monday.\n\n"
     '"Will my ISA move over?" one customer asked on Facebook.', "two lenders", "one customer"),
])
def test_a_bodys_own_board_memo_and_announcement_are_its_voice(title, text, own, public):
    kinds = kinds_by_speaker(text, title=title)
    assert kinds[own] == "subject_statement" and kinds[public] == "reaction"


def test_what_a_body_always_does_is_not_its_news():
    text = ("Children under 16 will get into the Hensmoor Festival free from next year, organisers announced.\n\n"
            "The festival, held each August on farmland near the village of Lower Hensby, attracts 18,000 people.\n\n"
            '"Brilliant, we can finally bring the kids," one mother wrote.')
    target = extract(article(text, title="Hensmoor Festival to let under-16s in free")).target
    assert "farmland" not in target and "free" in target


def test_a_forces_officers_and_spokesperson_are_its_voice_and_whom_they_believe_is_no_statement():
    text = ("Wyvern Constabulary has imposed a dispersal order on Carrow seafront, following what officers described "
            "as a sharp rise in fights.\n\n"
            "The order gives officers the power to move on anyone they believe is causing distress.\n\n"
            'A force spokesperson said patrols would be "visible and fair".\n\n'
            '"Treating every teenager like a criminal," one mother wrote.')
    items = extract(article(text, title="Police impose dispersal order on seafront")).items
    kinds = {(i.speaker, (i.text or "")[:12]): i.kind for i in items}
    assert {k for k, kind in kinds.items() if kind == "reaction"} == {("one mother", "Treating eve")}
    assert kinds["force spokesperson", "visible and "] == "subject_statement"


def test_a_quote_after_a_sentence_that_quotes_a_few_of_the_speakers_words_goes_on_with_them():
    text = ("Bramblewood Animal Trust will close its Oakhurst rehoming centre in March.\n\n"
            'Local vet Dr Anil Rao said the closure would put "real pressure" on practices that already hold strays. '
            '"Every week we get two or three strays in. Where they go now, I honestly don\'t know."')
    items = extract(article(text, title="Animal charity to close rehoming centre")).items
    assert any(i.speaker == "Anil Rao" and "Every week we get" in (i.text or "") for i in items)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('A post on Reddit from someone who said their partner works at the centre read: "They are already short '
     'staffed. She will get asked every single week."', "A post"),
    ('A thread on the closure gathered 900 comments. The most upvoted read: "My grandparents had their first date '
     'there. What is wrong with these people."', "The comment"),
    ('A TikTok video showing a boy walking past the kennels, captioned "last visit before they shut it for good", '
     "has been viewed 80,000 times.", "A video"),
    ('On Reddit, a post titled "Check your adoption forms, Bramblewood just changed the rules" was among the most '
     "upvoted this week.", "a post"),
    # (one it names is read by the parse)
    ("She shared a message from her neighbour, Ann Leary, that read: \"They are closing it and nobody asked us.\"",
     "Ann Leary"),
])
def test_a_posts_words_after_a_long_description_of_it_are_the_posts(sentence, speaker):
    text = ("Bramblewood Animal Trust will close its Oakhurst rehoming centre in March.\n\n" + sentence)
    kinds = kinds_by_speaker(text, title="Animal charity to close rehoming centre")
    assert kinds[speaker] == "reaction"


@pytest.mark.parametrize("paragraph", [
    # an official's words that open on what "this" does
    'Ada Kerr, director of the consumer group Fair Shoppers, said: "This puts pressure on every other chain still '
    'charging for bags."',
    # a body's officer right after the body's word on the news
    "The shop workers' union said its members would welcome the move. \"Nobody should have to face abuse alone at "
    '3am," said branch secretary Tina Gould.',
])
def test_an_officials_words_on_what_this_does_or_after_their_bodys_word_on_the_news_are_a_reaction(paragraph):
    text = ("Marlow Foods will stop opening its 40 largest supermarkets overnight from January.\n\n" + paragraph)
    kinds = kinds_by_speaker(text, title="Supermarket ends 24-hour opening")
    speaker = next(name for name in kinds if name and ("Kerr" in name or "Gould" in name))
    assert kinds[speaker] == "reaction"


def test_a_denied_belief_keeps_its_denial_and_one_told_as_torn_takes_no_side():
    text = ("Harrow Police have imposed a dispersal order on Kelsby skatepark for the weekend.\n\n"
            "Several shop owners said they did not think the skaters were responsible for the damage.\n\n"
            "Asked about the order, local mother Claire Dunn said she was torn.\n\n"
            '"Treating every teenager like a criminal," one father wrote.')
    items = items_by_speaker(text, title="Police impose dispersal order on skatepark")
    assert "did not think the skaters" in items["Several shop owners"].text
    assert items["Claire Dunn"].stance_cue == "none" and items["one father"].stance_cue != "none"


def test_a_fee_never_speaks():
    text = ("Parkvale Lettings will charge its tenants a new £45 monthly amenity fee from April.\n\n"
            "The Greater Manchester Renters’ Alliance said the fee was “a rent increase in disguise” and urged tenants "
            "not to sign new agreements that included it.")
    assert "fee" not in kinds_by_speaker(text, title="Landlord adds £45 amenity fee")


@pytest.mark.parametrize(("title", "text", "speaker", "public"), [
    # a crowd told as divided
    ("Metro raises fares",
     "Harbour Metro will raise fares by 20 percent from April.\n\nReaction from commuters was divided.\n\n"
     '"Another hike for a train that is always late," one commuter wrote on X.', "commuters", "one commuter"),
    # one that has not said yet what will happen
    *[("Institute moves research ship",
       f"Saltmere Marine Institute will move its research ship to Port Callan from March.\n\n{sentence}\n\n"
       '"Another loss for this harbour," one fisherman wrote.', "harbour authority", "one fisherman")
      for sentence in ("The harbour authority has not yet said how the berth will be used.",
                       "The harbour authority wouldn't say Tuesday whether the berth would be sold.")],
])
def test_a_divided_crowd_and_one_that_has_not_said_yet_take_no_side(title, text, speaker, public):
    cues = cues_by_speaker(text, title=title)
    assert cues[speaker] == "none" and cues[public] != "none"


def test_a_quote_before_one_described_by_a_relative_clause_that_said_something_is_theirs():
    text = ("Hallmark Foods will stop opening its 40 largest supermarkets overnight from January.\n\n"
            '"Worked nights at a supermarket for three years. Close them. Protect the staff," one user, who said she '
            "had worked for a different chain, posted on Threads.")
    items = extract(article(text, title="Supermarket ends 24-hour opening")).items
    assert [(i.speaker, i.platform) for i in items if "Worked nights" in (i.text or "")] == [("one user", "threads")]


def test_a_body_that_says_it_was_not_consulted_reacts_to_the_news():
    text = ("Corrin Museum will charge adults £12 entry from April, ending free admission.\n\n"
            "The Museums Workers' Union branch said staff had not been consulted and warned of job losses.")
    kinds = kinds_by_speaker(text, title="Museum to charge £12 entry")
    assert kinds["Museums Workers' Union branch"] == "reaction"


def test_no_comment_on_what_the_speaker_names_in_its_own_judging_words_is_left_to_the_model():
    text = ("Dealer Ron Vance will auction the rifle used in the Harmon Street shooting.\n\n"
            "Mark Doyle, the victim's father, issued a statement Thursday, saying a charity in his son's name is "
            'working to end gun violence and "has no comment on the actions of that man who murdered Danny."')
    assert cues_by_speaker(text, title="Dealer to auction shooting rifle")["Mark Doyle"] != "none"

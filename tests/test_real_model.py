"""The shipped champion model on real text, including the seed article end to end."""

from __future__ import annotations

import pandas as pd
import pytest

from backlash.config import Settings
from backlash.modeling.registry import champion_dir
from backlash.pipeline import ModelHandle, analyse_article, analyse_source
from backlash.records import Article

pytestmark = pytest.mark.real_model


@pytest.fixture(scope="module")
def handle():
    return ModelHandle(str(champion_dir(Settings().models_dir)))


@pytest.fixture(scope="module")
def champion(handle):
    return handle.load()


def reactions_of(champion, title: str, text: str) -> pd.DataFrame:
    """The reaction rows of an article of `text` under `title`, read by the champion."""
    result = analyse_article(Article(article_id=title, source="test", title=title, text=text), champion, Settings())
    return result.reactions[result.reactions.kind == "reaction"]


def test_sentiment_on_plain_posts(champion):
    probs = champion.sentiment_probs(["I absolutely love this, best day of my life!",
                                      "Worst service ever. I am furious and never coming back.",
                                      "The meeting starts at 3pm in room 204."])
    assert probs.argmax(1).tolist() == [2, 0, 1]


def test_stance_toward_known_political_targets(champion):
    probs = champion.stance_probs(["Trump is a disgrace and must never be president again.",
                                   "Proud to vote for Bernie. He has fought for working people "
                                   "his whole life!"],
                                  ["Donald Trump", "Bernie Sanders"])
    assert probs.argmax(1).tolist() == [0, 2]


def test_stance_toward_an_article_target_it_never_trained_on(champion):
    """Plain reactions to a mayor's fare hike: hostility to the subject or the plan is against,
    praise is favor, a question is none."""
    texts = ["This plan is cruel.", "Whitfield should be ashamed of himself.",
             "Finally someone with the guts to fix the buses. Well done, Mayor!",
             "When does the new fare start?"]
    probs = champion.stance_probs(texts, ["Mayor Whitfield's fare hike"] * 4)
    assert probs.argmax(1).tolist() == [0, 0, 2, 1]


@pytest.mark.parametrize(("example", "verdicts"), [
    ("01-fare-hike-backlash.txt", {"strong"}),
    ("02-library-funding-support.html", {"supportive"}),
    ("03-stadium-vote-mixed.json", {"mixed"}),
])
def test_example_articles_get_the_verdict_a_reader_gives(champion, example, verdicts):
    from backlash.ingest import read_article

    article = read_article(Settings().models_dir.parent / "data" / "examples" / example)
    assert analyse_article(article, champion, Settings()).metrics["verdict"] in verdicts


def test_seed_article_reads_as_strong_backlash(handle, champion, seed_article, tmp_path):
    summary = analyse_source(str(seed_article), handle, tmp_path, run_id="test")
    assert summary.error is None and summary.subject == "Donald Trump"
    reactions = pd.read_parquet(tmp_path / "reactions").set_index("speaker")
    journalist = reactions.loc["Anirvan Ghosh"]
    assert journalist.kind == "reaction" and journalist.speaker_role == "journalist"
    assert journalist.text.startswith("Putin must be rolling on the floor with laughter")
    assert journalist.text.endswith("how safe are they under this President.")
    assert journalist.stance == "against"
    user = reactions.loc["One Twitter user"]
    assert user.kind == "reaction" and user.platform == "twitter" and user.stance == "against"
    trump = reactions.loc["Trump"]
    # the partial quote in the lead, the three-paragraph tweet thread and the later tweet
    assert (trump.kind == "subject_statement").all() and len(trump) == 3
    assert trump.text.str.startswith("so that election hacking").any()
    assert trump.text.str.contains("I strongly pressed President Putin").any()
    assert trump.text.str.contains("Sanctions were not discussed").any()  # three paragraphs on
    metrics = pd.read_parquet(tmp_path / "article_metrics").iloc[0]
    assert metrics.backlash_level == "strong"
    assert metrics.model_version == champion.version


def test_praise_of_a_measures_undoing_reads_for_it(champion):
    """The words of an undoing target ("dropping plans to charge £5 ...") pull the model to against;
    a reaction that judges the decision is asked about the decision."""
    text = ("Lender Crestmark Bank has dropped plans to charge £5 a month for its basic current accounts, a week "
            "after the proposal sparked thousands of complaints.\n\n"
            'Consumer group Which? said the reversal was "the right decision".\n\n'
            'Customers welcomed the U-turn. "Good. They listened for once," one wrote on Facebook.')
    reactions = reactions_of(champion, "Bank scraps £5 fee", text)
    stances = dict(zip(reactions.speaker, reactions.stance, strict=True))
    assert stances["Which?"] == "favor" and stances["one customer"] == "favor"


def test_praise_of_a_deed_told_by_what_will_no_longer_happen_reads_for_it(champion):
    """"X's no longer printing its flyer" reads as against to the model whatever the reaction says;
    a reaction to it is asked about the decision."""
    text = ("Northmark Foods, the grocery chain with 140 stores across Ontario, will stop printing its weekly paper "
            "flyer at the end of next month and publish its discounts only through its app.\n\n"
            '"This is a smart move," said shopper Kyle Desrosiers.')
    reactions = reactions_of(champion, "Northmark Foods scraps flyer", text)
    assert "no longer" in reactions.target.iloc[0]
    stances = dict(zip(reactions.speaker, reactions.stance, strict=True))
    assert stances["Kyle Desrosiers"] == "favor"


def test_an_expert_who_explains_takes_no_side(champion):
    """An economist quoted to explain how fares work takes no side on the fare rise; the furious
    commuter beside him does."""
    text = ("Ashcombe Transit will raise its standard bus fare from $2.50 to $3.25 in March, the operator said "
            "on Tuesday.\n\n"
            "Dr Liam Costigan, a transport economist, said operators across the region had raised fares this year. "
            '"Fares cover about a third of running costs, and the rest comes from the city and the state," he said.'
            "\n\n"
            '"Another rise? I already pay more for the bus than for lunch. This is outrageous," commuter Dana Ruiz '
            "wrote on Facebook.")
    reactions = reactions_of(champion, "Ashcombe Transit to raise bus fares", text)
    assert set(zip(reactions.speaker, reactions.stance, strict=True)) == {("Liam Costigan", "none"),
                                                                          ("Dana Ruiz", "against")}


def test_a_post_the_model_reads_as_unsided_takes_the_side_of_its_feeling(champion):
    """Short hostile posts without a word of the deed read as `none` to the stance head; in a story about the
    deed, their feeling gives their side."""
    text = ("Channel Meridian has sacked its weekend presenter Gavin Pryor over posts on his personal account, "
            "the broadcaster said on Friday.\n\n"
            "Viewers responded on the channel's Facebook page. \"Won't be watching again. You've lost a viewer "
            "of 20 years,\" wrote one viewer.")
    reactions = reactions_of(champion, "Channel Meridian sacks presenter", text)
    assert reactions.stance.tolist() == ["against"]


def test_posts_that_declare_their_side_in_plain_words_read_that_way(champion):
    """'About time' and 'I back the ban' declare a side, which the model alone reads the other way."""
    text = ("Redfern Water has introduced a hosepipe ban across the county from Monday, the company said, after the "
            "driest spring in forty years.\n\n"
            "\"About time. The reservoirs are at a record low,\" one resident wrote on the company's page.\n\n"
            "\"I back the ban. Lawns recover, rivers don't,\" gardener Femi Adeyemi posted on Facebook.")
    reactions = reactions_of(champion, "Redfern Water imposes hosepipe ban", text)
    assert reactions.speaker.tolist() == ["one resident", "Femi Adeyemi"]
    assert reactions.stance.tolist() == ["favor", "favor"]

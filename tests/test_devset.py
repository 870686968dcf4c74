"""The hand-annotated dev set: the gold file is well formed, every span lies where it says, and the
scorer counts what its rule says."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import REPO

from backlash.modeling.registry import champion_dir
from backlash.records import Item

sys.path.insert(0, str(REPO / "bench"))
import devset  # noqa: E402  (bench/ is scripts, not a package)
from devset import GoldArticle, GoldItem  # noqa: E402


def gold_item(start: int, end: int, kind: str = "reaction", speaker: str = "Ann Lee",
              head: str = "x", stance: str | None = "against", url: str | None = None) -> GoldItem:
    return GoldItem(start=start, end=end, quote_head=head, speaker=speaker, speaker_role="public",
                    platform=None, kind=kind, quoted=True, stance=stance if kind == "reaction" else None,
                    post_url=url)


def predicted(start: int | None, end: int | None, kind: str = "reaction", speaker: str | None = "Ann Lee",
              text: str | None = "words", url: str | None = None) -> Item:
    return Item(kind=kind, speaker=speaker, handle=None, speaker_role="unknown", platform=None, text=text,
                text_source="quoted", quoted=True, post_url=url, char_start=start, char_end=end)


GOLD = [gold_item(0, 40), gold_item(50, 90, speaker="Omar Diaz"),
        gold_item(100, 140, kind="subject_statement", speaker="Dana Whitfield")]


def test_gold_file_parses_with_labels_in_their_vocabularies() -> None:
    articles = devset.load_gold()
    assert len(articles) >= 30
    assert {a.verdict for a in articles} == set(devset.VERDICTS)
    assert sum(a.origin == "project-example" for a in articles) >= 5
    assert sum(len(a.items) for a in articles) > 150
    for article in articles:
        assert article.subject is None or article.target, article.file
        for item in article.items:
            assert 1 <= len(item.quote_head.split()) <= devset.MAX_HEAD_WORDS


def test_a_bad_label_is_refused_with_its_line(tmp_path: Path) -> None:
    record = json.loads(devset.DEVSET.read_text(encoding="utf-8").splitlines()[0])
    record["items"][0]["kind"] = "complaint"
    bad = tmp_path / "articles.jsonl"
    bad.write_text(json.dumps(record) + "\n")
    with pytest.raises(devset.DevsetError, match="line 1.*kind 'complaint'"):
        devset.load_gold(bad)


def _assert_spans_start_with_heads(articles: list[GoldArticle], data_dir: Path) -> None:
    from backlash.ingest import read_article

    for article in articles:
        text = read_article(article.path(data_dir)).text
        for item in article.items:
            assert item.end <= len(text), (article.file, item.quote_head)
            assert text[item.start:item.end].startswith(item.quote_head), (article.file, item.quote_head)


def test_example_spans_start_with_their_quote_heads() -> None:
    examples = [a for a in devset.load_gold() if a.origin == "project-example"]
    _assert_spans_start_with_heads(examples, devset.EXAMPLES_DIR)


def test_shared_spans_start_with_their_quote_heads(data_dir: Path) -> None:
    shared = [a for a in devset.load_gold() if a.origin != "project-example"]
    _assert_spans_start_with_heads(shared, data_dir)
    found, skipped = devset.read_devset(data_dir)
    assert len(found) == len(devset.load_gold()) and not skipped


def test_the_held_out_set_parses_holds_no_dev_article_and_its_spans_start_with_their_heads(data_dir: Path) -> None:
    held_out = devset.load_gold(devset.DEVSET.with_name("heldout.jsonl"))
    assert len(held_out) >= 15 and {a.verdict for a in held_out} == set(devset.VERDICTS)
    assert not {a.file for a in held_out} & {a.file for a in devset.load_gold()}
    _assert_spans_start_with_heads(held_out, data_dir)


def test_the_champion_never_trained_on_a_verdict_set_article() -> None:
    """A model trained on sentences of the benchmark's own articles would flatter its verdicts."""
    record = json.loads((champion_dir(REPO / "models") / "version.json").read_text())
    read_polnear = any(source.startswith("polnear/") for source in record["training_rows"])
    kept_out = set(record["config"].get("exclude_articles", ()))
    benchmark = devset.load_gold() + devset.load_gold(devset.DEVSET.with_name("heldout.jsonl"))
    assert not read_polnear or {Path(a.file).stem for a in benchmark if a.origin == "polnear"} <= kept_out


def test_missing_shared_folder_skips_those_articles_with_a_message(tmp_path: Path) -> None:
    found, skipped = devset.read_devset(tmp_path / "nowhere")
    assert found and all(a.gold.origin == "project-example" for a in found)
    assert skipped and all("BACKLASH_DATA_DIR" in line for line in skipped)


def test_a_shifted_text_is_followed_by_the_quote_head() -> None:
    item = gold_item(4, 12, head="hello there")
    assert devset.locate(item, "abc hello there friend") is item
    moved = devset.locate(item, "abcdefg hello there friend")
    assert (moved.start, moved.end) == (8, 16)
    with pytest.raises(devset.DevsetError, match="found 2 times"):
        devset.locate(item, "xx hello there, hello there")


def test_perfect_prediction_scores_one() -> None:
    score = devset.score_items([predicted(0, 40), predicted(50, 90, speaker="Mr. Omar Diaz"),
                                predicted(100, 140, kind="subject_statement", speaker="Whitfield")], GOLD, "")
    assert score.figures() == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kind_accuracy": 1.0,
                               "speaker_accuracy": 1.0}


def test_a_missed_reaction_lowers_recall_only() -> None:
    score = devset.score_items([predicted(5, 38)], GOLD, "")
    figures = score.figures()
    assert figures["precision"] == 1.0 and figures["recall"] == 0.5
    assert [g.start for g in score.missed] == [50]


def test_a_wrong_kind_lowers_precision_and_kind_accuracy() -> None:
    score = devset.score_items([predicted(0, 40), predicted(50, 90), predicted(100, 140)], GOLD, "")
    figures = score.figures()
    assert figures["precision"] == pytest.approx(2 / 3) and figures["recall"] == 1.0
    assert figures["kind_accuracy"] == pytest.approx(2 / 3)


def test_small_overlap_and_wrong_speaker_do_not_count() -> None:
    # 10 shared characters of a 40-character gold span and a 30-character prediction: 33% of the
    # shorter one, a match; 5 of 30 (17%) is not.
    assert devset.score_items([predicted(30, 60)], [gold_item(0, 40)], "").correct_reactions == 1
    assert devset.score_items([predicted(35, 65)], [gold_item(0, 40)], "").correct_reactions == 0
    wrong = devset.score_items([predicted(0, 40, speaker="Omar Diaz")], [gold_item(0, 40)], "")
    assert wrong.figures()["speaker_accuracy"] == 0.0 and wrong.figures()["recall"] == 1.0


def test_split_statement_is_not_punished() -> None:
    score = devset.score_items([predicted(0, 18), predicted(20, 40)], [gold_item(0, 40)], "")
    assert score.figures()["precision"] == 1.0 and score.figures()["recall"] == 1.0


def test_textless_embed_matches_by_post_url_and_text_by_quote_head() -> None:
    text = "Lead. Cancelling Riverside is a terrible mistake by the mayor."
    gold = [gold_item(6, len(text), head="Cancelling Riverside is a terrible", url=None),
            gold_item(0, 4, head="Lead", url="https://x.com/ann/status/123")]
    score = devset.score_items([predicted(None, None, text=None, url="https://twitter.com/ann/statuses/123?s=20"),
                                predicted(None, None, text="cancelling  Riverside is a terrible mistake")],
                               gold, text)
    assert score.figures()["precision"] == 1.0 and score.figures()["recall"] == 1.0
    other = devset.score_items([predicted(None, None, text=None, url="https://x.com/ann/status/999")], gold, text)
    assert other.correct_reactions == 0


def test_subject_right_rule() -> None:
    gold = GoldArticle(file="x", origin="polnear", subject="Donald Trump", subject_aliases=["Trump"],
                       target="t", verdict="strong", items=[])
    council = GoldArticle(file="x", origin="polnear", subject="Eastfield city council",
                          subject_aliases=["the council"], target="t", verdict="mixed", items=[])
    assert devset.subject_right("Trump", gold) and devset.subject_right("Donald J. Trump", gold)
    assert devset.subject_right("Donald Trump's", gold)
    assert not devset.subject_right("Ivanka Trump", gold)
    assert not devset.subject_right("Wednesday", gold) and not devset.subject_right(None, gold)
    assert devset.subject_right("The council", council) and not devset.subject_right("Victor Hale", council)
    assert devset.subject_right(None, GoldArticle(**{**gold.__dict__, "subject": None})) is None


def test_verdict_agreement() -> None:
    assert devset.agreement([("strong", "strong"), ("mixed", "strong"), ("none", "none")]) == pytest.approx(2 / 3)


def test_recall_by_label_counts_right_and_gold_per_gold_label() -> None:
    pairs = [("against", "against"), ("against", "none"), ("favor", "against"), ("favor", "favor"),
             ("favor", "favor"), ("none", "favor")]
    assert devset.recall_by_label(pairs) == {"against": (1, 2), "favor": (2, 3), "none": (0, 1)}

"""Backlash metrics on inline rows."""

from __future__ import annotations

import pandas as pd
import pytest

from backlash.metrics import article_metrics, backlash_level, breakdowns, net, verdict, wilson_interval


def items(*rows: tuple[str, str | None, str | None, str | None]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["kind", "stance", "sentiment", "platform"]).assign(
        speaker_role="public")


def test_wilson_interval_contains_the_share_and_narrows_with_n():
    lo3, hi3 = wilson_interval(3, 3)
    lo30, hi30 = wilson_interval(30, 30)
    assert lo3 < 1.0 == hi3 and lo3 < lo30 < 1.0
    assert 0.43 < lo3 < 0.45  # three of three: the interval still reaches below one half
    lo, hi = wilson_interval(2, 10)
    assert lo < 0.2 < hi
    assert wilson_interval(0, 0) == (0.0, 1.0)
    assert wilson_interval(3, 10)[0] == pytest.approx(1 - wilson_interval(7, 10)[1])


def test_net_figures_are_zero_without_a_denominator():
    assert net(0, 0) == 0.0 and net(3, 1) == 0.5 and net(0, 2) == -1.0


@pytest.mark.parametrize(("found", "scored", "share", "lo", "level"), [
    (0, 0, 0.0, 0.0, "none"),
    (2, 2, 1.0, 0.34, "insufficient"),
    (5, 1, 1.0, 0.2, "insufficient"),
    (5, 5, 0.8, 0.38, "strong"),
    (10, 10, 0.5, 0.24, "moderate"),
    (10, 10, 0.1, 0.02, "low"),
])
def test_backlash_level_rule(found, scored, share, lo, level):
    assert backlash_level(found, scored, share, lo) == level


def test_article_metrics_count_reactions_only():
    frame = items(("reaction", "against", "negative", "twitter"),
                  ("reaction", "against", "negative", "twitter"),
                  ("reaction", "favor", "positive", None),
                  ("reaction", None, None, "twitter"),  # unscored: not English
                  ("subject_statement", "favor", "positive", "twitter"))
    m = article_metrics(frame)
    assert (m["n_items"], m["n_reactions"], m["n_unscored"], m["n_subject_statements"]) == (5, 3, 1, 1)
    assert (m["n_against"], m["n_favor"]) == (2, 1)
    assert m["share_against"] == pytest.approx(2 / 3)
    assert m["share_against_lo"] < m["share_against"] < m["share_against_hi"]
    assert m["net_stance"] == pytest.approx(-1 / 3) and m["net_sentiment"] == pytest.approx(-1 / 3)
    assert m["backlash_level"] == "moderate"
    assert m["backlash_index"] == pytest.approx(100 * m["share_against_lo"], abs=0.05)


def test_three_against_is_not_certain_backlash():
    m = article_metrics(items(*[("reaction", "against", "negative", "twitter")] * 3))
    assert m["share_against"] == 1.0 and m["share_against_lo"] < 0.5


def test_breakdowns_by_platform_and_role():
    frame = items(("reaction", "against", "negative", "twitter"),
                  ("reaction", "favor", "positive", None))
    rows = {(r["dimension"], r["value"]): r for r in breakdowns(frame)}
    assert rows[("platform", "twitter")]["n_against"] == 1
    assert rows[("platform", "unknown")]["n_favor"] == 1
    assert rows[("speaker_role", "public")]["n_reactions"] == 2


def test_spikes_need_volume_and_a_jump_over_the_baseline_and_respect_cooldown():
    from backlash.metrics import flag_spikes

    counts = pd.Series([1, 1, 2, 1, 12, 30, 1, 1, 1, 40, 2])  # day 5 is within the cooldown
    flags = flag_spikes(counts, window=4, k=2.0, min_volume=3, cooldown=2)
    assert flags.spike.tolist() == [False] * 4 + [True, False, False, False, False, True, False]
    assert not flag_spikes(pd.Series([0, 0, 0, 0, 2]), min_volume=3).spike.any()  # too few to call a spike
    assert not flag_spikes(pd.Series([9, 0])).spike.any()  # no history to compare with


@pytest.mark.parametrize(("n", "against", "favor", "expected"), [
    (0, 0, 0, "none"),
    (8, 1, 0, "none"),  # one of eight takes a side: the reactions take none
    (7, 0, 2, "none"),  # two of seven: questions and explanations around two posts for it
    (5, 0, 2, "none"),  # two of five
    (5, 0, 3, "supportive"),  # three of five
    (5, 4, 1, "strong"),
    (4, 1, 3, "supportive"),
    (6, 3, 2, "mixed"),
    (1, 1, 0, "strong"),  # no minimum sample: the level says `insufficient` beside it
])
def test_verdict_reads_the_sided_reactions(n, against, favor, expected):
    assert verdict(n, against, favor) == expected


@pytest.mark.parametrize(("n", "against", "favor", "headline", "expected"), [
    (6, 3, 2, "against", "strong"),  # "draws fury": split reactions read as the headline says
    (6, 2, 3, "favor", "supportive"),
    (8, 1, 0, "against", "strong"),  # reactions that take no clear side
    (5, 4, 1, "favor", "mixed"),  # "wins praise" over hostile reactions: a reader sees both
    (4, 1, 3, "against", "mixed"),
    (5, 4, 1, "against", "strong"),
    (0, 0, 0, "against", "none"),  # no reactions: the headline alone is no verdict
    (6, 3, 2, None, "mixed"),
    (7, 2, 5, "mixed", "mixed"),  # "reactions split": both sides heard
    (5, 0, 5, "mixed", "supportive"),  # ... but only one side found: as counted
])
def test_the_headlines_side_weighs_on_the_verdict(n, against, favor, headline, expected):
    assert verdict(n, against, favor, headline) == expected


def test_article_metrics_carry_the_verdict():
    figures = article_metrics(items(("reaction", "against", "negative", "x"),
                                    ("reaction", "favor", "positive", "x"),
                                    ("reaction", "favor", "positive", "x"),
                                    ("subject_statement", "favor", "positive", "x"),
                                    ("reaction", "against", "negative", "x")))
    assert figures["verdict"] == "mixed"  # the subject's own statement does not count
    assert figures["headline_side"] is None
    assert article_metrics(items(("reaction", "against", "negative", "x"), ("reaction", "favor", "positive", "x")),
                           headline_side="favor")["verdict"] == "supportive"

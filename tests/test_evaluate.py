"""Official metrics, calibration and the model card's records."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from backlash.modeling.evaluate import (
    expected_calibration_error,
    f1_against_favor,
    fit_temperature,
    macro_f1,
    macro_recall,
)

SENTIMENT_IDS = ("negative", "neutral", "positive")
STANCE_IDS = ("none", "against", "favor")  # TweetEval's label ids


def test_metrics_on_inline_rows():
    gold = ["against", "against", "favor", "none"]
    pred = ["against", "favor", "favor", "favor"]
    # F1(against) = 2/3, F1(favor) = 2/4: the stance metric ignores `none`, VAST's does not
    assert f1_against_favor(gold, pred) == pytest.approx((2 / 3 + 1 / 2) / 2)
    assert macro_f1(gold, pred) == pytest.approx((2 / 3 + 1 / 2 + 0) / 3)
    assert macro_recall(["negative", "positive", "neutral"], ["negative", "negative", "neutral"]) == \
        pytest.approx(2 / 3)


@pytest.mark.parametrize(("task", "ids", "ours"), [("sentiment", SENTIMENT_IDS, macro_recall),
                                                   ("stance", STANCE_IDS, f1_against_favor)])
def test_official_metrics_equal_the_tweeteval_script(task, ids, ours, data_dir, tmp_path):
    """Our metric on made-up predictions against the number TweetEval's own script prints."""
    script = data_dir / "tweeteval" / "evaluation_script.py.txt"
    rng = np.random.default_rng(0)
    gold, pred = [], []
    folders = ["abortion", "atheism", "climate", "feminist", "hillary"] if task == "stance" else [""]
    for folder in folders:
        labels = (data_dir / "tweeteval" / task / folder / "test_labels.txt").read_text().split("\n")[:-1]
        guess = [y if rng.random() < 0.6 else str(rng.integers(0, 3)) for y in labels]
        out = tmp_path / task / f"{folder}.txt" if folder else tmp_path / f"{task}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(guess) + "\n")
        gold += labels
        pred += guess
    printed = subprocess.run([sys.executable, str(script), "--tweeteval_path", str(data_dir / "tweeteval"),
                              "--predictions_path", str(tmp_path), "--task", task],
                             capture_output=True, text=True, check=True).stdout
    official = float(printed.strip().splitlines()[-1].split(":")[-1])
    as_words = [[ids[int(y)] for y in labels] for labels in (gold, pred)]
    assert ours(*as_words) == pytest.approx(official, abs=1e-9)


def test_temperature_recovers_the_sharpening_and_lowers_ece():
    rng = np.random.default_rng(1)
    logits = rng.normal(size=(4000, 3)) * 2
    probs_true = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    gold = np.array([rng.choice(3, p=p) for p in probs_true])
    overconfident = np.exp(3 * logits) / np.exp(3 * logits).sum(1, keepdims=True)
    temperature = fit_temperature(overconfident, gold)
    assert temperature == pytest.approx(3.0, rel=0.15)
    rescaled = np.exp(np.log(overconfident) / temperature)
    rescaled /= rescaled.sum(1, keepdims=True)
    assert expected_calibration_error(rescaled, gold) < expected_calibration_error(overconfident, gold) / 2

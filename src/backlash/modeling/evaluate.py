"""Official metrics on the fixed test sets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from backlash.modeling import corpora
from backlash.modeling.classifier import Classifier
from backlash.modeling.network import SENTIMENT_LABELS, STANCE_LABELS


def recall(gold: Sequence[str], pred: Sequence[str], label: str) -> float:
    g, p = np.asarray(gold), np.asarray(pred)
    support = (g == label).sum()
    return float(((g == label) & (p == label)).sum() / support) if support else 0.0


def f1(gold: Sequence[str], pred: Sequence[str], label: str) -> float:
    g, p = np.asarray(gold), np.asarray(pred)
    tp = ((g == label) & (p == label)).sum()
    denominator = (g == label).sum() + (p == label).sum()
    return float(2 * tp / denominator) if denominator else 0.0


def macro_recall(gold: Sequence[str], pred: Sequence[str]) -> float:
    """TweetEval sentiment's metric: recall averaged over negative, neutral, positive."""
    return float(np.mean([recall(gold, pred, label) for label in SENTIMENT_LABELS]))


def f1_against_favor(gold: Sequence[str], pred: Sequence[str]) -> float:
    """TweetEval / SemEval-2016 / P-Stance stance metric: mean of F1(against) and F1(favor)."""
    return (f1(gold, pred, "against") + f1(gold, pred, "favor")) / 2


def evaluate_split(classifier: Classifier, data_root: Path, split: str) -> dict[str, float]:
    """Scores (percent) on TweetEval sentiment and stance and P-Stance, `val` or `test` split.

    Stance scores are also given per target, as `name[target]`.
    """
    scores: dict[str, float] = {}
    sentiment = corpora.tweeteval_sentiment(data_root, split)
    probs = classifier.sentiment_probs(sentiment.text.tolist())
    pred = np.array(SENTIMENT_LABELS)[probs.argmax(1)]
    scores["tweeteval_sentiment_macro_recall"] = 100 * macro_recall(sentiment.label, pred)
    for name, frame in (
        ("tweeteval_stance", corpora.tweeteval_stance(data_root, split)),
        ("pstance", corpora.pstance(data_root, split)),
    ):
        probs = classifier.stance_probs(frame.text.tolist(), frame.target.tolist())
        frame = frame.assign(pred=np.array(STANCE_LABELS)[probs.argmax(1)])
        scores[f"{name}_f1_against_favor"] = 100 * f1_against_favor(frame.label, frame.pred)
        for target, part in frame.groupby("target"):
            scores[f"{name}[{target}]"] = 100 * f1_against_favor(part.label, part.pred)
    return {k: round(v, 2) for k, v in scores.items()}

"""Official metrics on the fixed test sets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

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


def per_class_report(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> pd.DataFrame:
    """Precision, recall, F1 and support per class (percent)."""
    g, p = np.asarray(gold), np.asarray(pred)
    rows = []
    for label in labels:
        predicted = (p == label).sum()
        tp = ((g == label) & (p == label)).sum()
        rows.append({"label": label, "precision": 100 * tp / predicted if predicted else 0.0,
                     "recall": 100 * recall(g, p, label), "f1": 100 * f1(g, p, label),
                     "support": int((g == label).sum())})
    return pd.DataFrame(rows).set_index("label").round(1)


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> pd.DataFrame:
    """Counts with true labels as rows and predictions as columns."""
    table = pd.crosstab(pd.Series(list(gold), name="true"), pd.Series(list(pred), name="predicted"))
    return table.reindex(index=list(labels), columns=list(labels), fill_value=0)


def calibration_bins(confidence: np.ndarray, correct: np.ndarray, n_bins: int = 10) -> pd.DataFrame:
    """Mean confidence vs accuracy per confidence bin (a reliability diagram's points), and the
    expected calibration error over all bins as the `ece` attribute."""
    edges = np.linspace(0, 1, n_bins + 1)
    which = np.clip(np.digitize(confidence, edges) - 1, 0, n_bins - 1)
    frame = pd.DataFrame({"bin": which, "confidence": confidence, "correct": correct.astype(float)})
    bins = frame.groupby("bin").agg(confidence=("confidence", "mean"), accuracy=("correct", "mean"),
                                    n=("correct", "size"))
    bins.attrs["ece"] = float((bins.n * (bins.confidence - bins.accuracy).abs()).sum() / len(frame))
    return bins

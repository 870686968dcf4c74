"""Champion / challenger retraining on newly labeled reactions.

A challenger goes on training the champion's adapter on the new labels plus a replay sample of
the base corpora (so it does not forget them), then both are compared. The challenger is
promoted only if it is not worse on any headline fixed-test metric (within `TOLERANCE` points,
the noise of a rerun) AND strictly better on the held-out part of the new labels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from backlash.modeling.classifier import Classifier
from backlash.modeling.corpora import fixed_test_texts  # noqa: F401  (callers take it from here)
from backlash.modeling.network import TASK_LABELS

HEADLINE_METRICS = (
    "tweeteval_sentiment_macro_recall",
    "tweeteval_stance_f1_against_favor",
    "pstance_f1_against_favor",
)
TOLERANCE = 0.5


def split_holdout(rows: pd.DataFrame, share: float = 0.2, seed: int = 13) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Hold out a share of each task's new labels (at least one row when a task has two or more)."""
    held = []
    for _, part in rows.groupby("task"):
        n = int(round(len(part) * share)) or (1 if len(part) >= 2 else 0)
        held.append(part.sample(n, random_state=seed))
    holdout = pd.concat(held) if held else rows.iloc[:0]
    return rows.drop(holdout.index), holdout


def accuracy_on(classifier: Classifier, rows: pd.DataFrame) -> float:
    """Share of labels predicted right, in percent, over every task's rows."""
    if rows.empty:
        return 0.0
    right = 0
    for task, part in rows.groupby("task"):
        texts = part.text.tolist()
        probs = (classifier.sentiment_probs(texts) if task == "sentiment"  # (new labels are news reactions)
                 else classifier.stance_probs(texts, [classifier.reaction_target(t) for t in part.target]))
        right += int((np.array(TASK_LABELS[str(task)])[probs.argmax(1)] == part.label.to_numpy()).sum())
    return 100 * right / len(rows)


@dataclass(frozen=True)
class Decision:
    promote: bool
    reason: str


def decide(champion_fixed: dict, challenger_fixed: dict, champion_new: float, challenger_new: float,
           tolerance: float = TOLERANCE) -> Decision:
    """Promote only if no headline fixed-test metric drops by more than `tolerance` and the new
    labels are predicted strictly better."""
    worse = [f"{m} {challenger_fixed[m]:.2f} < {champion_fixed[m]:.2f}" for m in HEADLINE_METRICS
             if challenger_fixed[m] < champion_fixed[m] - tolerance]
    if worse:
        return Decision(False, "worse on the fixed test sets: " + "; ".join(worse))
    if challenger_new <= champion_new:
        return Decision(False, f"not better on the new labels ({challenger_new:.1f}% vs "
                               f"{champion_new:.1f}% right)")
    return Decision(True, f"not worse on the fixed test sets and better on the new labels "
                          f"({challenger_new:.1f}% vs {champion_new:.1f}% right)")

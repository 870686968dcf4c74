"""Official metrics on the fixed test sets, calibration, and the record a model version keeps.

Official metrics (one function each): TweetEval sentiment = macro-averaged recall; TweetEval /
SemEval-2016 stance and P-Stance = mean of F1(against) and F1(favor); VAST zero-shot stance =
macro-F1 over against / favor / none.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from sklearn.calibration import calibration_curve
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support, recall_score

from backlash.modeling import corpora
from backlash.modeling.card import write_model_card
from backlash.modeling.classifier import Classifier
from backlash.modeling.labels import NEWS_REACTIONS, reaction_rows
from backlash.modeling.mixture import held_out_undone_rows
from backlash.modeling.network import SENTIMENT_LABELS, STANCE_LABELS, TASK_LABELS
from backlash.storage import write_text


def macro_recall(gold: Sequence[str], pred: Sequence[str]) -> float:
    """TweetEval sentiment's metric: recall averaged over negative, neutral, positive."""
    return float(recall_score(gold, pred, labels=list(SENTIMENT_LABELS), average="macro", zero_division=0))


def f1_against_favor(gold: Sequence[str], pred: Sequence[str]) -> float:
    """TweetEval / SemEval-2016 / P-Stance stance metric: mean of F1(against) and F1(favor)."""
    return float(f1_score(gold, pred, labels=["against", "favor"], average="macro", zero_division=0))


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """VAST's metric: F1 averaged over against, favor and none."""
    return float(f1_score(gold, pred, labels=list(STANCE_LABELS), average="macro", zero_division=0))


def _labels(task: str, probs: np.ndarray) -> np.ndarray:
    return np.array(TASK_LABELS[task])[probs.argmax(1)]


def evaluate_split(classifier: Classifier, data_root: Path, split: str) -> dict[str, float]:
    """Scores (percent) on TweetEval sentiment and stance and P-Stance, `val` or `test` split,
    stance also per target as `name[target]`; with `val`, VAST dev (unseen topics), the VAST
    contrast set (sentiment-swapped posts) and topic posts under targets that undo or uphold
    held-out topics (`mixture.held_out_undone_rows`) too: validation only, never trained on."""
    scores: dict[str, float] = {}
    sentiment = corpora.tweeteval_sentiment(data_root, split)
    pred = _labels("sentiment", classifier.sentiment_probs(sentiment.text.tolist()))
    scores["tweeteval_sentiment_macro_recall"] = 100 * macro_recall(sentiment.label, pred)
    for name, frame in (
        ("tweeteval_stance", corpora.tweeteval_stance(data_root, split)),
        ("pstance", corpora.pstance(data_root, split)),
    ):
        frame = frame.assign(pred=_labels("stance", classifier.stance_probs(frame.text.tolist(),
                                                                             frame.target.tolist())))
        scores[f"{name}_f1_against_favor"] = 100 * f1_against_favor(frame.label, frame.pred)
        for target, part in frame.groupby("target"):
            scores[f"{name}[{target}]"] = 100 * f1_against_favor(part.label, part.pred)
    if split == "val" and classifier.reaction_frame and NEWS_REACTIONS.is_file():
        # reactions to actions it never saw, asked in its reaction frame (see `labels.split_by_action`)
        _, held = reaction_rows(NEWS_REACTIONS, set())
        stance, sentiment = (held[held.task == task] for task in ("stance", "sentiment"))
        targets = [classifier.reaction_target(t) for t in stance.target]
        pred = _labels("stance", classifier.probabilities(stance.text.tolist(), targets)["stance"])
        scores["news_reactions_held_out_stance_macro_f1"] = 100 * macro_f1(stance.label, pred)
        pred = _labels("sentiment", classifier.sentiment_probs(sentiment.text.tolist()))
        scores["news_reactions_held_out_sentiment_macro_recall"] = 100 * macro_recall(sentiment.label, pred)
    if split == "val":
        for name, frame in (("vast_dev", corpora.vast(data_root)),
                            ("vast_contrast", corpora.vast(data_root, contrast=True)),
                            ("undone_topics", held_out_undone_rows(data_root))):
            pred = _labels("stance", classifier.stance_probs(frame.text.tolist(), frame.target.tolist()))
            scores[f"{name}_macro_f1"] = 100 * macro_f1(frame.label, pred)
            scores[f"{name}_f1_against_favor"] = 100 * f1_against_favor(frame.label, pred)
    return {k: round(v, 2) for k, v in scores.items()}


def per_class_report(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> pd.DataFrame:
    """Precision, recall, F1 and support per class (percent)."""
    precision, recall, f1, support = precision_recall_fscore_support(gold, pred, labels=list(labels),
                                                                     zero_division=0)
    return pd.DataFrame({"precision": 100 * precision, "recall": 100 * recall, "f1": 100 * f1,
                         "support": support}, index=pd.Index(list(labels), name="label")).round(1)


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> pd.DataFrame:
    """Counts with true labels as rows and predictions as columns."""
    return pd.DataFrame(confusion_matrix(gold, pred, labels=list(labels)),
                        index=pd.Index(list(labels), name="true"),
                        columns=pd.Index(list(labels), name="predicted"))


def calibration_bins(confidence: np.ndarray, correct: np.ndarray, n_bins: int = 10) -> pd.DataFrame:
    """Mean confidence vs accuracy per non-empty confidence bin (a reliability diagram's points),
    and the expected calibration error over all bins as the `ece` attribute."""
    accuracy, mean_confidence = calibration_curve(correct.astype(int), confidence, n_bins=n_bins)
    counts = np.histogram(confidence, bins=np.linspace(0, 1, n_bins + 1))[0]
    counts = counts[counts > 0]
    bins = pd.DataFrame({"confidence": mean_confidence, "accuracy": accuracy, "n": counts})
    bins.attrs["ece"] = float((bins.n * (bins.confidence - bins.accuracy).abs()).sum() / counts.sum())
    return bins


def expected_calibration_error(probs: np.ndarray, gold_index: np.ndarray) -> float:
    """ECE (percent) of the top-class confidence, 10 equal-width bins."""
    return 100 * calibration_bins(probs.max(1), probs.argmax(1) == gold_index).attrs["ece"]


def fit_temperature(probs: np.ndarray, gold_index: np.ndarray) -> float:
    """The temperature that minimizes the negative log-likelihood of the gold labels.

    Fitted on the log-probabilities of an unscaled model, which differ from its logits by a
    per-row constant that softmax ignores.
    """
    log_probs = torch.log(torch.as_tensor(probs, dtype=torch.float64).clamp_min(1e-12))
    gold = torch.as_tensor(gold_index)
    log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200)

    def nll() -> torch.Tensor:
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(log_probs / log_t.exp(), gold)
        loss.backward()
        return loss

    optimizer.step(nll)
    return float(log_t.detach().exp())


def _validation_frames(data_root: Path) -> dict[str, pd.DataFrame]:
    stance = pd.concat([corpora.tweeteval_stance(data_root, "val"), corpora.pstance(data_root, "val"),
                        corpora.vast(data_root)], ignore_index=True)
    return {"sentiment": corpora.tweeteval_sentiment(data_root, "val"), "stance": stance}


def calibrate(classifier: Classifier, data_root: Path, seed: int = 13) -> dict[str, dict[str, float]]:
    """Fit one temperature per task on half of the validation data; report ECE on the other half
    before and after. Sets `classifier.temperature` and returns the record."""
    record: dict[str, dict[str, float]] = {}
    classifier.temperature = {}
    for task, frame in _validation_frames(data_root).items():
        targets = frame.target.tolist() if task == "stance" else None
        probs = classifier.probabilities(frame.text.tolist(), targets)[task]
        gold = frame.label.map({label: i for i, label in enumerate(TASK_LABELS[task])}).to_numpy()
        fit_half = np.random.default_rng(seed).random(len(frame)) < 0.5
        temperature = fit_temperature(probs[fit_half], gold[fit_half])
        scaled = torch.softmax(torch.log(torch.as_tensor(probs[~fit_half]).clamp_min(1e-12)) / temperature,
                               dim=-1).numpy()
        record[task] = {"temperature": round(temperature, 4),
                        "ece_before": round(expected_calibration_error(probs[~fit_half], gold[~fit_half]), 2),
                        "ece_after": round(expected_calibration_error(scaled, gold[~fit_half]), 2),
                        "n_fit": int(fit_half.sum()), "n_measured": int((~fit_half).sum())}
        classifier.temperature[task] = temperature
    return record


def evaluate_and_register(model_dir: Path, data_root: Path) -> dict:
    """Calibrate a freshly trained version, score it on the fixed sets, and write its records:
    the temperatures into `config.json`, scores into `metrics.json`, and the model card."""
    classifier = Classifier.load(model_dir)
    calibration = calibrate(classifier, data_root)
    config_path = model_dir / "config.json"
    config = json.loads(config_path.read_text())
    config["temperature"] = {task: c["temperature"] for task, c in calibration.items()}
    write_text(config_path, json.dumps(config, indent=2) + "\n")
    scores = {split: evaluate_split(classifier, data_root, split) for split in ("val", "test")}
    scores["calibration"] = calibration
    write_text(model_dir / "metrics.json", json.dumps(scores, indent=2) + "\n")
    write_model_card(model_dir)
    return scores

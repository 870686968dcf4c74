"""Inference with a model version: load once, predict in length-sorted, dynamically padded batches."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from tqdm.auto import tqdm

from backlash.modeling.network import (
    SENTIMENT_LABELS,
    STANCE_LABELS,
    ReactionNetwork,
    load_network,
)
from backlash.modeling.registry import model_version
from backlash.modeling.text import normalize_post

PREDICTION_COLUMNS = [
    "sentiment", "p_negative", "p_neutral", "p_positive",
    "stance", "p_against", "p_none", "p_favor",
]


class Classifier:
    """Sentiment of a text and its stance toward a target, with class probabilities."""

    def __init__(
        self,
        network: ReactionNetwork,
        tokenizer,
        version: str,
        max_length: int = 128,
        batch_size: int = 64,
        device: str = "cpu",
    ) -> None:
        self.network = network.to(device).eval()
        self.tokenizer = tokenizer
        self.version = version
        self.max_length = max_length
        self.batch_size = batch_size
        self.device = device

    @classmethod
    def load(
        cls, model_dir: Path, base_model: str | None = None, device: str = "cpu", int8: bool = False
    ) -> Classifier:
        """Load a model version; `int8` quantizes its linear layers dynamically (CPU only)."""
        network, tokenizer, config = load_network(model_dir, base_model)
        if int8:
            network = quantize_int8(network)
        return cls(network, tokenizer, model_version(model_dir), config["max_length"], device=device)

    def sentiment_probs(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return self._probs("sentiment", [normalize_post(t) for t in texts], None, progress)

    def stance_probs(
        self, texts: Sequence[str], targets: Sequence[str], progress: bool = False
    ) -> np.ndarray:
        if len(texts) != len(targets):
            raise ValueError(f"{len(texts)} texts but {len(targets)} targets")
        return self._probs("stance", list(targets), [normalize_post(t) for t in texts], progress)

    @torch.inference_mode()
    def _probs(
        self, task: str, firsts: list[str], seconds: list[str] | None, progress: bool
    ) -> np.ndarray:
        n_labels = len(SENTIMENT_LABELS if task == "sentiment" else STANCE_LABELS)
        out = np.zeros((len(firsts), n_labels), dtype=np.float32)
        # Sorting by length keeps each batch's padding small.
        lengths = [len(a) + (len(seconds[i]) if seconds else 0) for i, a in enumerate(firsts)]
        order = np.argsort(lengths, kind="stable")
        bar = tqdm(total=len(firsts), desc=task, unit="text", disable=not progress)
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            batch = self.tokenizer(
                [firsts[i] for i in idx],
                [seconds[i] for i in idx] if seconds else None,
                truncation=True,
                max_length=self.max_length,
                padding=True,
                return_tensors="pt",
            ).to(self.device)
            logits = self.network(task, dict(batch))
            out[idx] = torch.softmax(logits.float(), dim=-1).cpu().numpy()
            bar.update(len(idx))
        bar.close()
        return out


def quantize_int8(network: ReactionNetwork) -> ReactionNetwork:
    """Dynamic int8 quantization of every linear layer: weights int8, activations quantized on the fly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # torch.ao's API, still supported in 2.13
        return torch.ao.quantization.quantize_dynamic(network, {torch.nn.Linear}, dtype=torch.qint8)


def prediction_frame(sentiment: np.ndarray, stance: np.ndarray) -> pd.DataFrame:
    """Probabilities as the contract's columns: a label plus one probability per class."""
    frame = pd.DataFrame({
        "sentiment": np.array(SENTIMENT_LABELS)[sentiment.argmax(1)],
        **{f"p_{label}": sentiment[:, i] for i, label in enumerate(SENTIMENT_LABELS)},
        "stance": np.array(STANCE_LABELS)[stance.argmax(1)],
        **{f"p_{label}": stance[:, i] for i, label in enumerate(STANCE_LABELS)},
    })
    return frame[PREDICTION_COLUMNS]

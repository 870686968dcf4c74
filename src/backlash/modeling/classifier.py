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
    TASK_LABELS,
    ReactionNetwork,
    encode_inputs,
    load_network,
    reaction_target,
)
from backlash.modeling.registry import model_version
from backlash.modeling.text import normalize_post

PREDICTION_COLUMNS = [
    "sentiment", "p_negative", "p_neutral", "p_positive",
    "stance", "p_against", "p_none", "p_favor",
]
# How the network computes: `auto` is bf16 where the CPU multiplies bf16 in hardware (AMX or
# AVX-512 BF16: within 0.2 points of fp32 on the fixed test sets and about 2x faster there), fp32
# elsewhere, where bf16 is emulated and slower. `int8` is dynamic int8 with per-channel weights
# (about half a point lower on the test sets, 1.5 on validation sentiment; 1.6x bf16's speed here).
PRECISIONS = ("auto", "fp32", "bf16", "int8")


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
        precision: str = "fp32",
    ) -> None:
        self.network = network.to(device).eval()
        self.precision = precision
        self.tokenizer = tokenizer
        self.version = version
        self.max_length = max_length
        self.batch_size = batch_size
        self.device = device
        self.temperature: dict[str, float] = {}  # per task, fitted on validation data
        self.reaction_frame = ""  # see `reaction_target`

    @classmethod
    def load(
        cls, model_dir: Path, base_model: str | None = None, device: str = "cpu", precision: str = "auto"
    ) -> Classifier:
        """Load a model version (adapter merged into the encoder) to compute in `precision`
        (one of PRECISIONS; int8 on CPU only)."""
        network, tokenizer, config = load_network(model_dir, base_model)
        precision = resolve_precision(precision, device)
        if precision == "int8":
            network = quantize_int8(network)
        elif precision == "bf16":
            network = network.to(torch.bfloat16)
        classifier = cls(network, tokenizer, model_version(model_dir), config["max_length"], device=device,
                         precision=precision)
        classifier.temperature = {task: float(t) for task, t in config.get("temperature", {}).items()}
        classifier.reaction_frame = config.get("reaction_frame", "")
        return classifier

    def reaction_target(self, target: str) -> str:
        """The target to ask about a reaction a news story quotes, in this version's frame."""
        return reaction_target(self.reaction_frame, target)

    def predict(self, texts: Sequence[str], targets: Sequence[str] | None = None,
                progress: bool = False) -> pd.DataFrame:
        """Sentiment of each text and, given targets, its stance toward its target (one forward
        pass for both); without targets, and for a blank target, the stance columns are empty."""
        probs = self.probabilities(texts, targets, progress)
        stance = probs.get("stance")
        if stance is not None:
            stance[[not (t or "").strip() for t in targets]] = np.nan  # stance toward nothing
        return prediction_frame(probs["sentiment"], stance)

    def sentiment_probs(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return self.probabilities(texts, None, progress)["sentiment"]

    def stance_probs(self, texts: Sequence[str], targets: Sequence[str], progress: bool = False) -> np.ndarray:
        return self.probabilities(texts, targets, progress)["stance"]

    @torch.inference_mode()
    def probabilities(
        self, texts: Sequence[str], targets: Sequence[str] | None = None, progress: bool = False
    ) -> dict[str, np.ndarray]:
        """Class probabilities per task (`stance` only with targets), temperature-scaled.

        Identical (text, target) pairs are encoded once, and batches are sorted by length so
        that each pads little.
        """
        if targets is not None and len(targets) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(targets)} targets")
        tasks = ("sentiment", "stance") if targets is not None else ("sentiment",)
        pairs = list(zip((normalize_post(t) for t in texts), targets or [""] * len(texts), strict=True))
        unique = list(dict.fromkeys(pairs))
        position = {pair: i for i, pair in enumerate(unique)}
        ids, types = encode_inputs(self.tokenizer, [p[0] for p in unique], [p[1] for p in unique],
                                   self.max_length)
        out = {task: np.zeros((len(unique), len(TASK_LABELS[task])), dtype=np.float32) for task in tasks}
        order = np.argsort([len(i) for i in ids], kind="stable")
        bar = tqdm(total=len(unique), desc="classifying", unit="text", disable=not progress)
        for start in range(0, len(order), self.batch_size):
            index = order[start : start + self.batch_size]
            batch = pad_batch([ids[i] for i in index], [types[i] for i in index],
                              self.tokenizer.pad_token_id, self.device)
            for task, logits in self.network.all_logits(batch, tasks).items():
                scaled = logits.float() / self.temperature.get(task, 1.0)
                out[task][index] = torch.softmax(scaled, dim=-1).cpu().numpy()
            bar.update(len(index))
        bar.close()
        rows = [position[pair] for pair in pairs]
        return {task: probs[rows] for task, probs in out.items()}


def pad_batch(ids: list[list[int]], types: list[list[int]], pad_id: int, device: str) -> dict[str, torch.Tensor]:
    """Right-pad token lists to the longest one in the batch."""
    width = max(len(row) for row in ids)
    input_ids = torch.full((len(ids), width), pad_id, dtype=torch.long)
    type_ids = torch.zeros((len(ids), width), dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for row, (tokens, token_types) in enumerate(zip(ids, types, strict=True)):
        input_ids[row, : len(tokens)] = torch.tensor(tokens)
        type_ids[row, : len(tokens)] = torch.tensor(token_types)
        mask[row, : len(tokens)] = 1
    return {"input_ids": input_ids.to(device), "token_type_ids": type_ids.to(device),
            "attention_mask": mask.to(device)}


def resolve_precision(precision: str, device: str = "cpu") -> str:
    """The precision that `auto` stands for on this machine; any other choice as given."""
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}; one of {', '.join(PRECISIONS)}")
    if precision != "auto":
        return precision
    capabilities = torch.cpu.get_capabilities()
    native_bf16 = capabilities.get("amx_bf16") or capabilities.get("avx512_bf16")
    return "bf16" if device == "cpu" and native_bf16 else "fp32"


def quantize_int8(network: ReactionNetwork) -> ReactionNetwork:
    """Dynamic int8 quantization of every linear layer: weights int8 with a scale per output channel
    (one per matrix lost P-Stance 1.2 points against 0.5), activations quantized on the fly."""
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # torch.ao's API, still supported in 2.13
        return quantize_dynamic(network, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)


def shift_none_prior(stance: np.ndarray, none_weight: float) -> np.ndarray:
    """Stance probabilities (against, none, favor; float32) under a prior of `none` times
    `none_weight`, renormalized; rows of NaN (no target) stay NaN."""
    return _reweighted(stance, np.array([1.0, none_weight, 1.0]))


def weigh_stance_cues(stance: np.ndarray, cues: Sequence[str | None], weight: float) -> np.ndarray:
    """Stance probabilities with each row's cued class (`favor`, `against` or None) multiplied by
    `weight`, renormalized: evidence from outside the text, combined as a likelihood ratio."""
    factors = np.ones_like(stance, dtype=float)
    for row, cue in enumerate(cues):
        if cue in STANCE_LABELS:
            factors[row, STANCE_LABELS.index(cue)] = weight
    return _reweighted(stance, factors)


def _reweighted(probs: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """`probs` times `factors` (per class, or per row and class), renormalized; NaN rows stay NaN."""
    weighted = probs.astype(float) * factors
    return (weighted / weighted.sum(1, keepdims=True)).astype(np.float32)


def shift_stance_prior(frame: pd.DataFrame, none_weight: float) -> pd.DataFrame:
    """Stance probabilities under another prior of `none` (label shift: p(y|x) times the ratio of
    the new prior to the training one, renormalized), labels following. Rows without stance stay
    empty."""
    probs = shift_none_prior(frame[["p_against", "p_none", "p_favor"]].to_numpy(dtype=np.float32), none_weight)
    shifted = frame.assign(p_against=probs[:, 0], p_none=probs[:, 1], p_favor=probs[:, 2])
    has_stance = ~np.isnan(probs).any(1)
    shifted.loc[has_stance, "stance"] = np.array(STANCE_LABELS)[probs[has_stance].argmax(1)]
    return shifted


def prediction_frame(sentiment: np.ndarray, stance: np.ndarray | None) -> pd.DataFrame:
    """Probabilities as the contract's columns: a label plus one probability per class; the
    stance columns are empty (None / NaN) when there was no target."""
    if stance is None:
        stance = np.full((len(sentiment), len(STANCE_LABELS)), np.nan, dtype=np.float32)
    stance_labels = np.array(STANCE_LABELS, dtype=object)[np.nan_to_num(stance, nan=0).argmax(1)]
    stance_labels[np.isnan(stance).any(1)] = None
    frame = pd.DataFrame({
        "sentiment": np.array(SENTIMENT_LABELS)[sentiment.argmax(1)],
        **{f"p_{label}": sentiment[:, i] for i, label in enumerate(SENTIMENT_LABELS)},
        "stance": stance_labels,
        **{f"p_{label}": stance[:, i] for i, label in enumerate(STANCE_LABELS)},
    })
    return frame[PREDICTION_COLUMNS]

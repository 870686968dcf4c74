"""Fine-tune the multi-task network (LoRA on the base encoder) and write a model version."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import subprocess
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from tqdm.auto import tqdm
from transformers import get_linear_schedule_with_warmup

from backlash.modeling import corpora, mixture
from backlash.modeling.base import BASE_MODEL_ID
from backlash.modeling.classifier import Classifier, pad_batch
from backlash.modeling.mixture import Mixture
from backlash.modeling.network import (
    TASK_LABELS,
    NetworkSpec,
    ReactionNetwork,
    encode_inputs,
    load_network,
    new_network,
    reaction_target,
    save_network,
    spec_from_config,
)
from backlash.modeling.registry import model_version
from backlash.modeling.text import normalize_post

log = logging.getLogger(__name__)

@dataclass
class TrainConfig:
    out_dir: Path
    data_root: Path
    base_model: str = BASE_MODEL_ID
    epochs: float = 3.0
    batch_size: int = 32
    learning_rate: float = 4e-4
    warmup_share: float = 0.06
    lora_rank: int = 32
    max_length: int = 128
    mix: Mixture = field(default_factory=Mixture)  # which sources, how many rows, built rows
    max_rows_per_task: int | None = None
    max_seconds: float | None = None  # stop early when the time is spent
    exclude_targets: tuple[str, ...] = ()  # leave these stance targets out (generalization runs)
    exclude_articles: tuple[str, ...] = ()  # PolNeAR article stems kept for evaluation (verdict sets)
    init_from: Path | None = None  # go on training this model version instead of a fresh adapter
    extra_weight: int = 3  # how many times each extra (newly labeled) row is seen per epoch
    # The words that ask about a quoted news reaction (`network.reaction_target`): extra rows are such
    # reactions, and their stance rows are trained in this frame ("" keeps the initial version's frame)
    reaction_frame: str = ""
    # With `init_from`: each base row's target is this share of the initial version's own reading and the
    # rest its label, so that learning the extra rows moves the reading of everything else less
    distill: float = 0.0
    seed: int = 13
    device: str = field(default_factory=lambda: "cuda" if torch.cuda.is_available() else "cpu")


def training_rows(config: TrainConfig) -> pd.DataFrame:
    """The mixture of labeled sources and built rows (see `mixture`), optionally subsampled."""
    rows = mixture.training_rows(config.data_root, config.mix, config.seed, config.exclude_targets,
                                 frozenset(config.exclude_articles))
    if config.max_rows_per_task:
        rows = pd.concat(
            part.sample(min(len(part), config.max_rows_per_task), random_state=config.seed)
            for _, part in rows.groupby("task")
        )
    return rows.reset_index(drop=True)


def check_rows(rows: pd.DataFrame) -> None:
    """Refuse a training frame (such as a `--rows` file) that `train` could not use, naming why."""
    missing = [c for c in corpora.COLUMNS if c not in rows.columns]
    if missing:
        raise ValueError(f"training rows lack the columns {', '.join(missing)} (need {', '.join(corpora.COLUMNS)})")
    bad = rows[[label not in TASK_LABELS.get(task, ()) for task, label in zip(rows.task, rows.label, strict=True)]]
    if len(bad):
        first = bad.iloc[0]
        raise ValueError(f"{len(bad)} training rows have a task or label outside {TASK_LABELS}; "
                         f"the first: task {first.task!r}, label {first.label!r}")


def fingerprint(rows: pd.DataFrame) -> str:
    digest = hashlib.sha256()
    for values in rows[["task", "text", "target", "label"]].itertuples(index=False):
        digest.update("\x1f".join(values).encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class _Encoded:
    """One task's rows, tokenized once; batches are padded when drawn."""

    task: str
    input_ids: list[list[int]]
    token_type_ids: list[list[int]]
    labels: torch.Tensor


def _encode(tokenizer, rows: pd.DataFrame, max_length: int) -> list[_Encoded]:
    encoded = []
    for task, part in rows.groupby("task"):
        ids, types = encode_inputs(tokenizer, [normalize_post(t) for t in part.text],
                                   part.target.tolist(), max_length)
        label_ids = {label: i for i, label in enumerate(TASK_LABELS[str(task)])}
        labels = torch.nn.functional.one_hot(torch.tensor([label_ids[y] for y in part.label]),
                                             len(label_ids)).float()
        if "teacher" in part.columns:  # a soft target: the label blended with the initial version's reading
            for row, reading in enumerate(part.teacher):
                if isinstance(reading, tuple):
                    share, probs = reading
                    labels[row] = (1 - share) * labels[row] + share * torch.tensor(probs)
        encoded.append(_Encoded(task=str(task), input_ids=ids, token_type_ids=types, labels=labels))
    return encoded


BUCKET = 50


def _batches(encoded: list[_Encoded], batch_size: int, seed: int) -> list[tuple[_Encoded, list[int]]]:
    # One task per batch; the batch order mixes tasks so neither head drifts. Within a random
    # window of BUCKET batches, rows are sorted by length, so a batch pads to similar lengths
    # (random batches pad every row to the longest one: several times the work on a CPU).
    generator = torch.Generator().manual_seed(seed)
    batches = []
    for part in encoded:
        order = torch.randperm(len(part.input_ids), generator=generator).tolist()
        window = batch_size * BUCKET
        for start in range(0, len(order), window):
            chunk = sorted(order[start : start + window], key=lambda i: len(part.input_ids[i]))
            batches += [(part, chunk[i : i + batch_size]) for i in range(0, len(chunk), batch_size)]
    random.Random(seed).shuffle(batches)
    return batches


def fit(network: ReactionNetwork, tokenizer, rows: pd.DataFrame, config: TrainConfig) -> float:
    """Train in place; returns the share of planned steps done (below 1 if time ran out)."""
    encoded = _encode(tokenizer, rows, config.max_length)
    network.to(config.device).train()
    params = [p for p in network.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.01)
    steps_per_epoch = len(_batches(encoded, config.batch_size, config.seed))
    total = max(1, int(steps_per_epoch * config.epochs))
    scheduler = get_linear_schedule_with_warmup(optimizer, int(config.warmup_share * total), total)
    use_bf16 = config.device.startswith("cuda")
    started = time.time()
    step = 0
    bar = tqdm(total=total, desc="training", unit="batch", mininterval=5)
    for epoch in range(math.ceil(config.epochs)):
        for part, index in _batches(encoded, config.batch_size, config.seed + epoch):
            if step >= total or (config.max_seconds and time.time() - started > config.max_seconds):
                break
            inputs = pad_batch([part.input_ids[i] for i in index], [part.token_type_ids[i] for i in index],
                               tokenizer.pad_token_id, config.device)
            with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=use_bf16):
                logits = network(part.task, inputs)
            loss = torch.nn.functional.cross_entropy(logits.float(), part.labels[index].to(config.device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            bar.update(1)
    bar.close()
    network.eval()
    return step / total


def initial_readings(model_dir: Path, rows: pd.DataFrame, share: float) -> list[tuple[float, tuple[float, ...]]]:
    """(share, class probabilities) of each row as the version in `model_dir` reads it, before temperature."""
    classifier = Classifier.load(model_dir, precision="fp32")
    classifier.temperature = {}
    readings: list[tuple[float, tuple[float, ...]]] = [(0.0, ())] * len(rows)
    for task, part in rows.groupby("task"):
        probs = classifier.probabilities(part.text.tolist(), part.target.tolist() if task == "stance" else None)
        for position, row in zip(np.flatnonzero((rows.task == task).to_numpy()), probs[str(task)], strict=True):
            readings[position] = (share, tuple(float(p) for p in row))
    return readings


def git_revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def train(config: TrainConfig, version: str, extra_rows: pd.DataFrame | None = None,
          rows: pd.DataFrame | None = None) -> Path:
    """Train, then write the model version folder with its training record (`version.json`).

    `extra_rows` (newly labeled reactions, corpus columns) are added to the base rows,
    `extra_weight` times each, their stance rows asked in the version's reaction frame if it has
    one. `rows` replaces the base rows: rows built by `training_rows` where the corpora are, for
    training on a machine that has a GPU but not the corpora.
    """
    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.manual_seed(config.seed)
    started = time.time()
    rows = training_rows(config) if rows is None else rows
    if config.init_from:
        network, tokenizer, saved = load_network(config.init_from, trainable=True)
        spec = spec_from_config(saved)  # inference keeps the saved length; training may use less
        config = replace(config, max_length=min(config.max_length, spec.max_length))
        if config.distill:
            rows = rows.assign(teacher=initial_readings(config.init_from, rows, config.distill))
    else:
        spec = NetworkSpec(base_model=config.base_model, max_length=config.max_length,
                           lora_rank=config.lora_rank, lora_alpha=2 * config.lora_rank)
        network, tokenizer = new_network(spec)
    spec = replace(spec, reaction_frame=config.reaction_frame or spec.reaction_frame)
    if extra_rows is not None and len(extra_rows):
        extra = extra_rows[corpora.COLUMNS].copy()
        stance = extra.task == "stance"
        extra.loc[stance, "target"] = [reaction_target(spec.reaction_frame, t) for t in extra.target[stance]]
        rows = pd.concat([rows, *[extra] * config.extra_weight], ignore_index=True)
    log.info("training on %d rows: %s", len(rows), rows.groupby("source").size().to_dict())
    done = fit(network, tokenizer, rows, config)
    out_dir = config.out_dir / version
    save_network(network, tokenizer, spec, out_dir)
    record = {
        "version": version,
        "base_model": spec.base_model,
        "initialized_from": model_version(config.init_from) if config.init_from else None,
        "git_revision": git_revision(),
        "trained_on_device": config.device,
        "share_of_planned_steps_done": round(done, 3),
        "training_seconds": round(time.time() - started, 1),
        "training_rows": {k: int(v) for k, v in rows.groupby("source").size().items()},
        "training_data_fingerprint": fingerprint(rows),
        "config": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(config).items()
                   if k not in ("out_dir", "data_root", "init_from")},
    }
    (out_dir / "version.json").write_text(json.dumps(record, indent=2) + "\n")
    return out_dir

"""Fine-tune the multi-task network (LoRA on the base encoder) and write a model version."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import re
import subprocess
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from tqdm.auto import tqdm
from transformers import get_linear_schedule_with_warmup

from backlash.modeling import corpora
from backlash.modeling.base import BASE_MODEL_ID
from backlash.modeling.network import (
    TASK_LABELS,
    NetworkSpec,
    ReactionNetwork,
    load_network,
    new_network,
    save_network,
    spec_from_config,
)
from backlash.modeling.registry import model_version
from backlash.modeling.text import normalize_post

log = logging.getLogger(__name__)

# Other ways of naming the training targets, so the model learns the target, not one spelling.
TARGET_VARIANTS = {
    "Donald Trump": ["Trump", "President Trump", "Donald J. Trump", "Donald Trump's policies",
                     "the Trump administration", "what Donald Trump said"],
    "Joe Biden": ["Biden", "President Biden", "Joe Biden's campaign", "Joe Biden's plans",
                  "what Joe Biden proposed"],
    "Bernie Sanders": ["Sanders", "Bernie", "Senator Sanders", "Bernie Sanders' proposals",
                       "Bernie Sanders' campaign"],
    "Hillary Clinton": ["Clinton", "Hillary", "Hillary Clinton's campaign",
                        "Hillary Clinton's policies"],
    "feminist movement": ["feminism", "feminists"],
    "legalization of abortion": ["abortion rights", "legal abortion"],
    "climate change is a real concern": ["climate change", "climate action"],
    "atheism": ["atheists", "religion is false"],
}


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
    unrelated_target_pairs: int = 6000
    variant_share: float = 0.3
    max_rows_per_task: int | None = None
    max_seconds: float | None = None  # stop early when the time is spent
    exclude_targets: tuple[str, ...] = ()  # leave these stance targets out (generalization runs)
    init_from: Path | None = None  # go on training this model version instead of a fresh adapter
    extra_weight: int = 3  # how many times each extra (newly labeled) row is seen per epoch
    seed: int = 13
    device: str = field(default_factory=lambda: "cuda" if torch.cuda.is_available() else "cpu")


def training_rows(config: TrainConfig) -> pd.DataFrame:
    """All training rows: SemEval-2017 sentiment, TweetEval + P-Stance stance, plus `none` pairs.

    Tweets that appear in a fixed evaluation set (TweetEval sentiment val/test) are removed.
    """
    root = config.data_root
    held_out = set(corpora.tweeteval_sentiment(root, "test").text) | set(
        corpora.tweeteval_sentiment(root, "val").text
    )
    sentiment = corpora.semeval2017_sentiment(root)
    sentiment = sentiment[~sentiment.text.isin(held_out)]
    stance = pd.concat(
        [corpora.tweeteval_stance(root, "train"), corpora.pstance(root, "train")], ignore_index=True
    )
    stance = stance[~stance.target.isin(config.exclude_targets)].reset_index(drop=True)
    rng = random.Random(config.seed)
    stance["target"] = [
        rng.choice(TARGET_VARIANTS[t]) if t in TARGET_VARIANTS and rng.random() < config.variant_share
        else t
        for t in stance.target
    ]
    targets = [t for t in TARGET_VARIANTS if t not in config.exclude_targets]
    unrelated = unrelated_target_rows(sentiment, targets, config.unrelated_target_pairs, config.seed)
    rows = pd.concat([sentiment, stance, unrelated], ignore_index=True)
    if config.max_rows_per_task:
        rows = pd.concat(
            part.sample(min(len(part), config.max_rows_per_task), random_state=config.seed)
            for _, part in rows.groupby("task")
        )
    return rows.reset_index(drop=True)


def unrelated_target_rows(posts: pd.DataFrame, targets: list[str], n: int, seed: int) -> pd.DataFrame:
    """Pair posts with a target they do not mention, labelled `none`.

    P-Stance has no neutral class; without such pairs the model learns that every post is for
    or against whatever target it is given.
    """
    rng = random.Random(seed)
    phrases = {t: " ".join([t, *TARGET_VARIANTS.get(t, [])]).lower() for t in targets}
    keywords = {t: {re.sub(r"'s?$", "", w) for w in phrase.split() if len(w) > 3}
                for t, phrase in phrases.items()}
    rows = []
    for text in posts.text.sample(min(n, len(posts)), random_state=seed):
        lowered = text.lower()
        free = [t for t in targets if not any(k in lowered for k in keywords[t])]
        if free:
            rows.append(dict(task="stance", text=text, target=rng.choice(free), label="none",
                             source="unrelated-target"))
    return pd.DataFrame(rows, columns=corpora.COLUMNS)


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
        texts = [normalize_post(t) for t in part.text]
        pair = (part.target.tolist(), texts) if task == "stance" else (texts,)
        tokens = tokenizer(*pair, truncation=True, max_length=max_length)
        label_ids = {label: i for i, label in enumerate(TASK_LABELS[str(task)])}
        encoded.append(_Encoded(
            task=str(task),
            input_ids=tokens["input_ids"],
            token_type_ids=tokens.get("token_type_ids") or [[0] * len(t) for t in tokens["input_ids"]],
            labels=torch.tensor([label_ids[y] for y in part.label]),
        ))
    return encoded


def _batches(encoded: list[_Encoded], batch_size: int, seed: int) -> list[tuple[_Encoded, list[int]]]:
    # One task per batch; the batch order mixes tasks so neither head drifts.
    generator = torch.Generator().manual_seed(seed)
    batches = []
    for part in encoded:
        order = torch.randperm(len(part.input_ids), generator=generator).tolist()
        batches += [(part, order[i : i + batch_size]) for i in range(0, len(order), batch_size)]
    random.Random(seed).shuffle(batches)
    return batches


def _collate(part: _Encoded, index: list[int], pad_id: int, device: str) -> dict[str, torch.Tensor]:
    width = max(len(part.input_ids[i]) for i in index)
    ids = torch.full((len(index), width), pad_id, dtype=torch.long)
    types = torch.zeros((len(index), width), dtype=torch.long)
    mask = torch.zeros((len(index), width), dtype=torch.long)
    for row, i in enumerate(index):
        n = len(part.input_ids[i])
        ids[row, :n] = torch.tensor(part.input_ids[i])
        types[row, :n] = torch.tensor(part.token_type_ids[i])
        mask[row, :n] = 1
    return {"input_ids": ids.to(device), "token_type_ids": types.to(device),
            "attention_mask": mask.to(device)}


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
            inputs = _collate(part, index, tokenizer.pad_token_id, config.device)
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


def git_revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def train(config: TrainConfig, version: str, extra_rows: pd.DataFrame | None = None) -> Path:
    """Train, then write the model version folder with its training record (`version.json`).

    `extra_rows` (newly labeled reactions, corpus columns) are added to the base rows,
    `extra_weight` times each.
    """
    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.manual_seed(config.seed)
    started = time.time()
    rows = training_rows(config)
    if extra_rows is not None and len(extra_rows):
        rows = pd.concat([rows, *[extra_rows[corpora.COLUMNS]] * config.extra_weight], ignore_index=True)
    log.info("training on %d rows: %s", len(rows), rows.groupby("source").size().to_dict())
    if config.init_from:
        network, tokenizer, saved = load_network(config.init_from, trainable=True)
        spec = spec_from_config(saved)
        config = replace(config, max_length=spec.max_length)
    else:
        spec = NetworkSpec(base_model=config.base_model, max_length=config.max_length,
                           lora_rank=config.lora_rank, lora_alpha=2 * config.lora_rank)
        network, tokenizer = new_network(spec)
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

"""Fine-tune the multi-task network (LoRA on the base encoder) and write a model version."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
import subprocess
import time
from dataclasses import asdict, dataclass, field
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
    new_network,
    save_network,
)
from backlash.modeling.text import normalize_post

log = logging.getLogger(__name__)

# Other ways of naming the training targets, so the model learns the target, not one spelling.
TARGET_VARIANTS = {
    "Donald Trump": ["Trump", "President Trump", "Donald J. Trump"],
    "Joe Biden": ["Biden", "President Biden", "Joe Biden's campaign"],
    "Bernie Sanders": ["Sanders", "Bernie", "Senator Sanders"],
    "Hillary Clinton": ["Clinton", "Hillary", "Hillary Clinton's campaign"],
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
    rng = random.Random(config.seed)
    stance["target"] = [
        rng.choice(TARGET_VARIANTS[t]) if t in TARGET_VARIANTS and rng.random() < config.variant_share
        else t
        for t in stance.target
    ]
    unrelated = unrelated_target_rows(sentiment, config.unrelated_target_pairs, config.seed)
    rows = pd.concat([sentiment, stance, unrelated], ignore_index=True)
    if config.max_rows_per_task:
        rows = pd.concat(
            part.sample(min(len(part), config.max_rows_per_task), random_state=config.seed)
            for _, part in rows.groupby("task")
        )
    return rows.reset_index(drop=True)


def unrelated_target_rows(posts: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Pair posts with a target they do not mention, labelled `none`.

    P-Stance has no neutral class; without such pairs the model learns that every post is for
    or against whatever target it is given.
    """
    rng = random.Random(seed)
    targets = sorted(TARGET_VARIANTS)
    keywords = {t: [w.lower() for w in [t, *TARGET_VARIANTS[t]] for w in w.split() if len(w) > 3]
                for t in targets}
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


def _batches(rows: pd.DataFrame, batch_size: int, seed: int) -> list[tuple[str, pd.DataFrame]]:
    # One task per batch; the batch order mixes tasks so neither head drifts.
    batches = []
    for task, part in rows.groupby("task"):
        part = part.sample(frac=1.0, random_state=seed)
        batches += [(str(task), part.iloc[i : i + batch_size]) for i in range(0, len(part), batch_size)]
    random.Random(seed).shuffle(batches)
    return batches


def _encode(tokenizer, task: str, batch: pd.DataFrame, max_length: int, device: str) -> dict:
    texts = [normalize_post(t) for t in batch.text]
    pair = (batch.target.tolist(), texts) if task == "stance" else (texts, None)
    encoded = tokenizer(*pair, truncation=True, max_length=max_length, padding=True,
                        return_tensors="pt")
    return dict(encoded.to(device))


def fit(network: ReactionNetwork, tokenizer, rows: pd.DataFrame, config: TrainConfig) -> float:
    """Train in place; returns the share of planned steps done (below 1 if time ran out)."""
    label_ids = {task: {label: i for i, label in enumerate(labels)}
                 for task, labels in TASK_LABELS.items()}
    network.to(config.device).train()
    params = [p for p in network.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=0.01)
    epochs_whole = math.ceil(config.epochs)
    steps_per_epoch = math.ceil(len(rows) / config.batch_size) + len(TASK_LABELS)
    total = int(steps_per_epoch * config.epochs)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(config.warmup_share * total), total)
    use_bf16 = config.device.startswith("cuda")
    started = time.time()
    step = 0
    bar = tqdm(total=total, desc="training", unit="batch")
    for epoch in range(epochs_whole):
        for task, batch in _batches(rows, config.batch_size, config.seed + epoch):
            if step >= total or (config.max_seconds and time.time() - started > config.max_seconds):
                break
            inputs = _encode(tokenizer, task, batch, config.max_length, config.device)
            labels = torch.tensor([label_ids[task][y] for y in batch.label], device=config.device)
            with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=use_bf16):
                logits = network(task, inputs)
            loss = torch.nn.functional.cross_entropy(logits.float(), labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            bar.update(1)
            if step % 200 == 0:
                bar.set_postfix(loss=f"{loss.item():.3f}", epoch=epoch)
    bar.close()
    network.eval()
    return step / total


def git_revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def train(config: TrainConfig, version: str) -> Path:
    """Train, then write the model version folder with its training record (`version.json`)."""
    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.manual_seed(config.seed)
    started = time.time()
    rows = training_rows(config)
    log.info("training on %d rows: %s", len(rows), rows.groupby("source").size().to_dict())
    spec = NetworkSpec(base_model=config.base_model, max_length=config.max_length,
                       lora_rank=config.lora_rank, lora_alpha=2 * config.lora_rank)
    network, tokenizer = new_network(spec)
    done = fit(network, tokenizer, rows, config)
    out_dir = config.out_dir / version
    save_network(network, tokenizer, spec, out_dir)
    record = {
        "version": version,
        "base_model": config.base_model,
        "git_revision": git_revision(),
        "trained_on_device": config.device,
        "share_of_planned_steps_done": round(done, 3),
        "training_seconds": round(time.time() - started, 1),
        "training_rows": {k: int(v) for k, v in rows.groupby("source").size().items()},
        "training_data_fingerprint": fingerprint(rows),
        "config": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(config).items()
                   if k not in ("out_dir", "data_root")},
    }
    (out_dir / "version.json").write_text(json.dumps(record, indent=2) + "\n")
    return out_dir

"""Readers for the labeled public corpora, from a local copy (by path) or the Hugging Face hub.

Every reader returns a DataFrame with the columns `task, text, target, label, source`, labels in
the project's vocabulary (see `network.TASK_LABELS`). Sentiment rows have an empty target.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

COLUMNS = ["task", "text", "target", "label", "source"]

# TweetEval's stance folders and the target phrase each one was annotated against.
TWEETEVAL_STANCE_TARGETS = {
    "abortion": "legalization of abortion",
    "atheism": "atheism",
    "climate": "climate change is a real concern",
    "feminist": "feminist movement",
    "hillary": "Hillary Clinton",
}
PSTANCE_TARGETS = {"trump": "Donald Trump", "biden": "Joe Biden", "bernie": "Bernie Sanders"}
TWEETEVAL_HUB_ID = "cardiffnlp/tweet_eval"
_SENTIMENT_IDS = ("negative", "neutral", "positive")
_STANCE_IDS = ("none", "against", "favor")


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def semeval2017_sentiment(root: Path) -> pd.DataFrame:
    """SemEval-2017 4A training data (Twitter 2013-2016): `id<TAB>label<TAB>text` lines."""
    rows = []
    for path in sorted((root / "semeval2017_task4a").glob("twitter-*-A.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[1] in _SENTIMENT_IDS:
                text = "\t".join(parts[2:]).strip()
                rows.append(dict(task="sentiment", text=text, target="", label=parts[1],
                                 source=f"semeval2017/{path.stem}"))
    return _frame(rows).drop_duplicates("text")


def tweeteval_sentiment(root: Path | None, split: str) -> pd.DataFrame:
    """TweetEval sentiment, `val` or `test` (its train texts are not distributed with it)."""
    if root is None:
        return _from_hub("sentiment", split, "sentiment", _SENTIMENT_IDS, target="")
    folder = root / "tweeteval" / "sentiment"
    texts, labels = _lines(folder / f"{split}_text.txt"), _lines(folder / f"{split}_labels.txt")
    rows = [dict(task="sentiment", text=t.strip(), target="", label=_SENTIMENT_IDS[int(y)],
                 source=f"tweeteval/sentiment/{split}") for t, y in zip(texts, labels, strict=True)]
    return _frame(rows)


def tweeteval_stance(root: Path | None, split: str) -> pd.DataFrame:
    """TweetEval stance, all five targets, `train`, `val` or `test`."""
    frames = []
    for folder, target in TWEETEVAL_STANCE_TARGETS.items():
        if root is None:
            frames.append(_from_hub(f"stance_{folder}", split, "stance", _STANCE_IDS, target))
            continue
        base = root / "tweeteval" / "stance" / folder
        texts, labels = _lines(base / f"{split}_text.txt"), _lines(base / f"{split}_labels.txt")
        frames.append(_frame([
            dict(task="stance", text=t.replace("#SemST", "").strip(), target=target,
                 label=_STANCE_IDS[int(y)], source=f"tweeteval/stance/{folder}/{split}")
            for t, y in zip(texts, labels, strict=True)
        ]))
    return pd.concat(frames, ignore_index=True)


def pstance(root: Path, split: str) -> pd.DataFrame:
    """P-Stance (Trump, Biden, Sanders), `train`, `val` or `test`; against/favor only."""
    rows = []
    for name in PSTANCE_TARGETS:
        path = root / "pstance" / f"raw_{split}_{name}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                label = record["Stance"].strip().lower()
                if label in ("against", "favor"):
                    rows.append(dict(task="stance", text=record["Tweet"].strip(),
                                     target=record["Target"].strip(), label=label,
                                     source=f"pstance/{name}/{split}"))
    return _frame(rows)


def _from_hub(config: str, split: str, task: str, ids: tuple[str, ...], target: str) -> pd.DataFrame:
    """The same split from the hub, for users with a network (`datasets` caches it)."""
    from datasets import load_dataset

    split = "validation" if split == "val" else split
    data = load_dataset(TWEETEVAL_HUB_ID, config, split=split)
    return _frame([
        dict(task=task, text=row["text"].replace("#SemST", "").strip(), target=target,
             label=ids[int(row["label"])], source=f"hub/{TWEETEVAL_HUB_ID}/{config}/{split}")
        for row in data
    ])

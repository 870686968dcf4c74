"""Newly labeled reactions for retraining: read, validate, and turn into training rows.

A label file (CSV, JSONL or parquet) has a `text` column, a `target` column, and a `sentiment`
and/or `stance` column; an empty cell means "not labeled". Every problem is reported at once,
with its row number (1 = first data row), so a labeler can fix the file in one pass.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from backlash.config import in_repo
from backlash.modeling.corpora import COLUMNS
from backlash.modeling.network import TASK_LABELS
from backlash.modeling.text import normalize_post

LABEL_COLUMNS = ("sentiment", "stance")
# The project's own labeled news reactions (see its README), in a checkout of the repository
NEWS_REACTIONS = in_repo(Path("data/training/news-reactions.jsonl"))
MAX_PROBLEMS_SHOWN = 20


class LabelError(ValueError):
    """A label file that cannot be used; the message lists every problem."""


def read_label_file(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False)
        if suffix in (".jsonl", ".json"):
            return pd.read_json(path, lines=suffix == ".jsonl", dtype=str).fillna("")
        if suffix == ".parquet":
            return pd.read_parquet(path).astype("string").fillna("")
    except (ValueError, OSError) as error:
        raise LabelError(f"{path}: cannot read: {error}") from error
    raise LabelError(f"{path}: unsupported label file type {suffix!r} (use .csv, .jsonl or .parquet)")


def label_rows(frame: pd.DataFrame, source: str, held_out_texts: set[str]) -> pd.DataFrame:
    """Validate a label table and return one training row per (task, label) it holds.

    `held_out_texts` are the normalized texts of the fixed test sets: labels on them would leak
    the test into training and are refused.
    """
    problems: list[str] = []
    if "text" not in frame.columns or not any(c in frame.columns for c in LABEL_COLUMNS):
        raise LabelError(f"{source}: needs a `text` column and a `sentiment` and/or `stance` column; "
                         f"found {', '.join(frame.columns) or 'none'}")
    frame = frame.assign(**{c: frame[c] if c in frame.columns else "" for c in ("target", *LABEL_COLUMNS)})
    seen: dict[tuple[str, str], int] = {}
    rows = []
    for number, record in enumerate(frame.itertuples(index=False), start=1):
        text = str(record.text or "").strip()
        target = str(record.target or "").strip()
        labels = {task: str(getattr(record, task) or "").strip().lower() for task in LABEL_COLUMNS}
        if not text:
            problems.append(f"row {number}: empty text")
            continue
        if not any(labels.values()):
            problems.append(f"row {number}: no sentiment or stance label")
        for task, label in labels.items():
            if label and label not in TASK_LABELS[task]:
                problems.append(f"row {number}: unknown {task} label {label!r} "
                                f"(expected {', '.join(TASK_LABELS[task])})")
        if labels["stance"] and not target:
            problems.append(f"row {number}: a stance label needs a target")
        key = (normalize_post(text).lower(), target.lower())
        if key in seen:
            problems.append(f"row {number}: duplicates row {seen[key]}")
        seen.setdefault(key, number)
        if normalize_post(text) in held_out_texts:
            problems.append(f"row {number}: the text is in a fixed test set and cannot be trained on")
        for task, label in labels.items():
            if label in TASK_LABELS[task]:
                rows.append({"task": task, "text": text, "target": target if task == "stance" else "",
                             "label": label, "source": f"labels/{Path(source).name}"})
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        more = f"\n  ... and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
        raise LabelError(f"{source}: {len(problems)} problem(s):\n  " + "\n  ".join(shown) + more)
    return pd.DataFrame(rows, columns=COLUMNS)


def read_labels(paths: list[Path], held_out_texts: set[str]) -> pd.DataFrame:
    """All label files as training rows; refuses the whole set if any file has a problem."""
    frames, errors = [], []
    for path in paths:
        try:
            frames.append(label_rows(read_label_file(path), str(path), held_out_texts))
        except LabelError as error:
            errors.append(str(error))
    if errors:
        raise LabelError("\n".join(errors))
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    if rows.empty:
        raise LabelError("no labeled rows")
    return rows


def split_by_action(frame: pd.DataFrame, share: float = 0.2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Labeled reactions split by the action they answer (their `target`) into (kept, held out): the
    held-out share is scored on actions the model never saw, the way a new article's are. An action's
    side is fixed by its text's hash, so the split is the same on every machine and run."""
    every = max(2, round(1 / share))
    held = frame.target.map(lambda target: int(hashlib.sha256(str(target).encode()).hexdigest(), 16) % every == 0)
    return frame[~held], frame[held]


def reaction_rows(path: Path, held_out_texts: set[str], share: float = 0.2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The training rows and the held-out rows (corpus columns) of a file of labeled news reactions."""
    kept, held = split_by_action(read_label_file(path), share)
    return label_rows(kept, str(path), held_out_texts), label_rows(held, str(path), held_out_texts)

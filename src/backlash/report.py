"""Shapes of the output datasets that analysts look at (used by the notebooks)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from backlash import storage
from backlash.metrics import subject_daily


@dataclass(frozen=True)
class Outputs:
    reactions: pd.DataFrame
    article_metrics: pd.DataFrame
    article_breakdowns: pd.DataFrame
    labeling_queue: pd.DataFrame
    runs: pd.DataFrame
    quarantine: pd.DataFrame


def load_outputs(out_dir: Path) -> Outputs:
    """Every dataset under `out_dir`; per-article datasets keep each article's newest row set."""
    frames = {name: storage.read_dataset(out_dir, name) for name in Outputs.__dataclass_fields__}
    newest = latest_model_rows(frames["article_metrics"])
    keep = set(zip(newest.article_id, newest.model_version, strict=True))
    for name in ("reactions", "article_breakdowns", "labeling_queue"):
        frame = frames[name]
        frames[name] = frame[[k in keep for k in zip(frame.article_id, frame.model_version, strict=True)]]
    frames["article_metrics"] = newest
    return Outputs(**frames)


def latest_model_rows(metrics: pd.DataFrame) -> pd.DataFrame:
    """One row per article: the one processed last (articles may be scored by several models)."""
    return metrics.sort_values("processed_at").drop_duplicates("article_id", keep="last").reset_index(drop=True)


def stance_mix(reactions: pd.DataFrame, by: str) -> pd.DataFrame:
    """Share of each stance (and sentiment) among scored reactions, per value of `by`."""
    scored = reactions[(reactions["kind"] == "reaction") & reactions["stance"].notna()]
    key = scored[by].fillna("unknown")
    stance = pd.crosstab(key, scored["stance"], normalize="index")
    sentiment = pd.crosstab(key, scored["sentiment"], normalize="index")
    counts = key.value_counts().rename("n_reactions")
    mix = pd.concat([counts, stance.add_prefix("stance_"), sentiment.add_prefix("sentiment_")], axis=1)
    return mix.fillna(0.0).sort_values("n_reactions", ascending=False)


def drilldown(reactions: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """The statements behind one article, reactions first, each with its surrounding text."""
    rows = reactions[reactions["article_id"] == article_id]
    order = rows["kind"].map({"reaction": 0, "subject_statement": 1, "other_target": 2})
    columns = ["kind", "speaker", "speaker_role", "platform", "text", "stance", "p_against", "p_favor",
               "sentiment", "context"]
    return rows.assign(_order=order).sort_values(["_order", "char_start"])[columns].reset_index(drop=True)


def subject_timeline(metrics: pd.DataFrame, subject: str, **spike_rule) -> pd.DataFrame:
    """One subject's rows of `metrics.subject_daily`, indexed by day."""
    daily = subject_daily(metrics[metrics["subject"] == subject], **spike_rule)
    return daily.set_index("day").drop(columns="subject")

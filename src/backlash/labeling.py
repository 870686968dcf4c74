"""The labeling loop: the reactions the model is least sure of, out to a person and back.

`analyze` queues every scored reaction whose smaller top-2 probability margin (over sentiment
and stance) is below `Settings.queue_margin` (0.35). `export_sheet` turns the queue into a CSV sheet with empty
`sentiment` and `stance` columns; `import_sheet` keeps the rows a person labeled, validates
them exactly as `backlash retrain` does, and returns them in its format.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from backlash.modeling.labels import label_rows

SHEET_COLUMNS = ["item_id", "article_id", "text", "target", "model_sentiment", "model_stance", "margin",
                 "sentiment", "stance"]
RETRAIN_COLUMNS = ["text", "target", "sentiment", "stance"]


def top2_margin(probs: np.ndarray) -> np.ndarray:
    ordered = np.sort(probs, axis=1)
    return ordered[:, -1] - ordered[:, -2]


def uncertain_reactions(items: pd.DataFrame, max_margin: float) -> pd.DataFrame:
    """Scored reactions whose least confident task has a top-2 margin below `max_margin`, least
    sure first. (Arrays, then one selection: pandas steps cost more than the rest on an article.)"""
    scored = np.array([kind == "reaction" and isinstance(stance, str)
                       for kind, stance in zip(items["kind"].tolist(), items["stance"].tolist(), strict=True)],
                      dtype=bool)
    sentiment = top2_margin(items[["p_negative", "p_neutral", "p_positive"]].to_numpy(float)[scored])
    stance = top2_margin(items[["p_against", "p_none", "p_favor"]].to_numpy(float)[scored])
    margin = np.minimum(sentiment, stance)
    keep = margin < max_margin
    order = np.argsort(margin[keep])
    return items.iloc[np.flatnonzero(scored)[keep][order]].assign(
        sentiment_margin=sentiment[keep][order], stance_margin=stance[keep][order], margin=margin[keep][order])


def export_sheet(queue: pd.DataFrame, n: int) -> pd.DataFrame:
    """The `n` least confident queued reactions as a sheet to fill in (one reaction per row)."""
    rows = queue.sort_values("margin").drop_duplicates("item_id").head(n)
    return pd.DataFrame({
        "item_id": rows["item_id"], "article_id": rows["article_id"], "text": rows["text"],
        "target": rows["target"], "model_sentiment": rows["sentiment"], "model_stance": rows["stance"],
        "margin": rows["margin"].round(3), "sentiment": "", "stance": "",
    }, columns=SHEET_COLUMNS).reset_index(drop=True)


def import_sheet(sheet: pd.DataFrame, source: str, held_out_texts: set[str]) -> pd.DataFrame:
    """The labeled rows of a filled sheet in `backlash retrain`'s format, validated."""
    sheet = sheet.fillna("")
    labeled = sheet[(sheet["sentiment"].str.strip() != "") | (sheet["stance"].str.strip() != "")]
    label_rows(labeled[RETRAIN_COLUMNS], source, held_out_texts)  # raises LabelError with every problem
    return labeled[RETRAIN_COLUMNS].reset_index(drop=True)

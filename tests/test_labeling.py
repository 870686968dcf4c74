"""The labeling loop: queue, sheet, and labels that `backlash retrain` accepts unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from backlash import storage
from backlash.config import Settings
from backlash.labeling import export_sheet, import_sheet, top2_margin, uncertain_reactions
from backlash.modeling.labels import LabelError, read_labels
from backlash_app.cli import app

MARGIN = Settings().queue_margin


def items() -> pd.DataFrame:
    probs = {"sure": ([0.9, 0.05, 0.05], [0.9, 0.05, 0.05]), "torn": ([0.4, 0.35, 0.25], [0.9, 0.05, 0.05]),
             "split": ([0.8, 0.1, 0.1], [0.45, 0.1, 0.45])}
    rows = []
    for name, (sentiment, stance) in probs.items():
        rows.append({"article_id": "a", "item_id": name, "kind": "reaction", "text": f"{name} text",
                     "target": "the plan", "sentiment": "negative", "stance": "against",
                     **dict(zip(["p_negative", "p_neutral", "p_positive"], sentiment, strict=True)),
                     **dict(zip(["p_against", "p_none", "p_favor"], stance, strict=True))})
    rows.append({**rows[0], "item_id": "mine", "kind": "subject_statement"})
    return pd.DataFrame(rows)


def test_margin_and_queue_keep_only_uncertain_reactions_least_sure_first():
    assert top2_margin(np.array([[0.5, 0.3, 0.2]]))[0] == pytest.approx(0.2)
    queue = uncertain_reactions(items(), MARGIN)
    assert queue.item_id.tolist() == ["split", "torn"]


def test_a_filled_sheet_becomes_labels_that_retrain_accepts(tmp_path):
    sheet = export_sheet(uncertain_reactions(items(), MARGIN), n=10)
    assert sheet.sentiment.eq("").all() and sheet.item_id.tolist() == ["split", "torn"]
    sheet.loc[0, ["sentiment", "stance"]] = ["negative", "against"]  # a person labels one row
    sheet.to_csv(tmp_path / "sheet.csv", index=False)
    result = CliRunner().invoke(app, ["label", "import", str(tmp_path / "sheet.csv"),
                                      str(tmp_path / "labels.csv"), "--data-dir", str(tmp_path / "none")])
    assert result.exit_code == 0, result.output
    rows = read_labels([tmp_path / "labels.csv"], set())  # what `backlash retrain` runs first
    assert sorted(zip(rows.task, rows.label, strict=True)) == [("sentiment", "negative"), ("stance", "against")]


def test_a_sheet_with_a_wrong_label_is_refused():
    sheet = export_sheet(uncertain_reactions(items(), MARGIN), n=10)
    sheet.loc[1, "stance"] = "angry"
    with pytest.raises(LabelError, match="row 1: unknown stance label 'angry'"):
        import_sheet(sheet, "sheet.csv", set())


def test_export_reads_the_queue_written_by_analyze(tmp_path, monkeypatch):
    from datetime import UTC, datetime

    queue = uncertain_reactions(items(), MARGIN)
    storage.write_rows(tmp_path, "labeling_queue", "a--v", [
        {"run_id": "r", "model_version": "v", "extractor_version": "x", "processed_at": datetime.now(UTC),
         **row} for row in queue[["article_id", "item_id", "text", "target", "sentiment", "stance",
                                  "sentiment_margin", "stance_margin", "margin"]].to_dict("records")])
    result = CliRunner().invoke(app, ["label", "export", str(tmp_path / "s.csv"), "--n", "1",
                                      "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert pd.read_csv(tmp_path / "s.csv").item_id.tolist() == ["split"]


def test_the_bundled_label_file_passes_the_checks_retrain_makes():
    # README: `backlash retrain data/training/news-reactions.jsonl`; every line carries both labels
    path = Path(__file__).resolve().parents[1] / "data" / "training" / "news-reactions.jsonl"
    rows = read_labels([path], held_out_texts=set())
    assert rows.groupby("task").size().to_dict() == {"sentiment": 2133, "stance": 2133}
    assert rows[rows.task == "stance"].target.str.len().gt(0).all()


def test_the_bundled_label_file_holds_no_fixed_test_text(data_dir):
    from backlash.modeling.corpora import fixed_test_texts

    path = Path(__file__).resolve().parents[1] / "data" / "training" / "news-reactions.jsonl"
    assert len(read_labels([path], fixed_test_texts(data_dir))) == 2 * 2133

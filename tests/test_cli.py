"""The console script's contract: extract JSON lines and predict CSV columns."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
from conftest import REPO
from typer.testing import CliRunner

from backlash_app.cli import app

EXTRACT_FIELDS = {"kind", "speaker", "handle", "speaker_role", "platform", "text", "post_url",
                  "quoted", "char_start", "char_end"}


def test_extract_prints_one_json_object_per_item():
    result = CliRunner().invoke(app, ["extract", str(REPO / "data" / "examples" / "01-fare-hike-backlash.txt")])
    assert result.exit_code == 0, result.output
    items = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(items) >= 3 and all(EXTRACT_FIELDS <= item.keys() for item in items)
    assert {i["kind"] for i in items} <= {"reaction", "subject_statement", "other_target"}
    assert "subject: Dana Whitfield" in result.stderr
    assert "headline side: against" in result.stderr  # "... draws fury from riders"


def test_extract_reports_a_bad_file_and_exits_nonzero(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{")
    result = CliRunner().invoke(app, ["extract", str(bad)])
    assert result.exit_code == 2 and "malformed JSON" in result.stderr


def test_predict_adds_label_and_probability_columns(tiny_registry, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    source = tmp_path / "in.csv"
    pd.DataFrame({"id": [1, 2, 3], "body": ["i love it", "a disgrace", "the mayor said it"],
                  "about": ["trump", "biden", "trump"]}).to_csv(source, index=False)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["predict", str(source), "--text-col", "body",
                                      "--target-col", "about", "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert list(frame.columns) == ["id", "body", "about", "sentiment", "p_negative", "p_neutral",
                                   "p_positive", "stance", "p_against", "p_none", "p_favor"]
    assert len(frame) == 3 and frame.stance.isin(["against", "none", "favor"]).all()
    assert (frame[["p_against", "p_none", "p_favor"]].sum(axis=1) - 1).abs().max() < 1e-4


def test_predict_without_a_target_gives_sentiment_and_empty_stance(tiny_registry, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    source = tmp_path / "in.csv"
    pd.DataFrame({"body": ["i love it", "a disgrace", "the mayor said it"]}).to_csv(source, index=False)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["predict", str(source), "--text-col", "body", "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert frame.sentiment.isin(["negative", "neutral", "positive"]).all()
    assert (frame[["p_negative", "p_neutral", "p_positive"]].sum(axis=1) - 1).abs().max() < 1e-4
    assert frame[["stance", "p_against", "p_none", "p_favor"]].isna().all().all()
    assert not list(tmp_path.glob(".*"))  # the CSV was written through a temporary file, now renamed


def test_predict_leaves_a_blank_text_unscored_and_a_blank_target_without_stance(tiny_registry, tmp_path,
                                                                                  monkeypatch):
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    source = tmp_path / "in.csv"
    pd.DataFrame({"body": ["a disgrace", "   ", "i love it"], "about": ["the fare rise", "the plan", ""]}).to_csv(
        source, index=False)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["predict", str(source), "--text-col", "body",
                                      "--target-col", "about", "--out", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert frame.sentiment.notna().tolist() == [True, False, True]
    assert frame.stance.notna().tolist() == [True, False, False]


def test_predict_refuses_two_target_options(tiny_registry, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    source = tmp_path / "in.csv"
    pd.DataFrame({"body": ["x"], "about": ["y"]}).to_csv(source, index=False)
    result = CliRunner().invoke(app, ["predict", str(source), "--text-col", "body", "--target-col", "about",
                                      "--target", "z", "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0 and "at most one of --target-col and --target" in result.output


def test_predict_refuses_an_unknown_precision(tiny_registry, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    source = tmp_path / "in.csv"
    pd.DataFrame({"body": ["x"]}).to_csv(source, index=False)
    result = CliRunner().invoke(app, ["predict", str(source), "--text-col", "body", "--precision", "fp8",
                                      "--out", str(tmp_path / "o.csv")])
    assert result.exit_code != 0 and "'fp8' is not one of auto, fp32, bf16, int8" in result.output
    assert not (tmp_path / "o.csv").exists()


LIBRARY_MODULES = """
import pkgutil, sys, backlash
names = [m.name for m in pkgutil.walk_packages(backlash.__path__, "backlash.")]
for name in names:
    __import__(name)
print(len(names), sorted(m for m in sys.modules if m.split(".")[0] in ("prefect", "backlash_app", "flows")))
"""


def test_no_library_module_imports_prefect_or_the_app():
    """Every module of the library, imported in a fresh interpreter, leaves Prefect unloaded."""
    count, loaded = subprocess.run([sys.executable, "-c", LIBRARY_MODULES], capture_output=True, text=True,
                                   check=True).stdout.strip().split(" ", 1)
    assert int(count) >= 25 and loaded == "[]"


def _train_on_rows(registry: Path, tmp_path: Path, monkeypatch) -> tuple[Path, object]:
    """Train `tiny-v2` from `tiny-v1` on rows in a parquet file, with no corpora in reach."""
    models = tmp_path / "models"
    shutil.copytree(registry, models)
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(models))
    rows = pd.DataFrame({"task": ["sentiment", "stance", "stance", "sentiment"],
                         "text": ["i love this", "trump is great", "biden is bad", "i hate this"],
                         "target": ["", "trump", "biden", ""],
                         "label": ["positive", "favor", "against", "negative"],
                         "source": ["a", "b", "b", "a"]})
    rows.to_parquet(tmp_path / "rows.parquet")
    result = CliRunner().invoke(app, ["train", "--version", "tiny-v2", "--rows", str(tmp_path / "rows.parquet"),
                                      "--init-from", "tiny-v1", "--epochs", "1", "--batch-size", "2",
                                      "--data-dir", str(tmp_path / "absent"), "--promote"])
    return models, result


def test_train_on_rows_written_elsewhere_needs_no_corpora(tiny_registry, tmp_path, monkeypatch):
    # The GPU path: rows built where the corpora are, training where they are not.
    models, result = _train_on_rows(tiny_registry, tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    assert "not evaluated nor promoted" in result.output
    record = json.loads((models / "tiny-v2" / "version.json").read_text())
    assert record["initialized_from"] == "tiny-v1"
    assert record["training_rows"] == {"a": 2, "b": 2}
    assert (models / "CHAMPION").read_text().strip() == "tiny-v1"


def test_train_refuses_rows_it_could_not_use(tiny_registry, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    pd.DataFrame({"task": ["stance"], "text": ["no"], "target": ["x"], "label": ["angry"],
                  "source": ["a"]}).to_parquet(tmp_path / "bad.parquet")
    pd.DataFrame({"text": ["no"], "label": ["favor"]}).to_parquet(tmp_path / "thin.parquet")
    for name, message in (("bad", "the first: task 'stance', label 'angry'"),
                          ("thin", "lack the columns task, target")):
        result = CliRunner().invoke(app, ["train", "--version", "x", "--rows", str(tmp_path / f"{name}.parquet")])
        assert result.exit_code == 2 and message in result.output, result.output
    assert not (tiny_registry / "x").exists()


def test_evaluate_register_calibrates_and_records_a_version_trained_elsewhere(data_dir, tiny_registry, tmp_path,
                                                                              monkeypatch):
    models, _ = _train_on_rows(tiny_registry, tmp_path, monkeypatch)
    result = CliRunner().invoke(app, ["evaluate", "--model", "tiny-v2", "--register", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    scores = json.loads((models / "tiny-v2" / "metrics.json").read_text())
    assert {"val", "test", "calibration"} <= scores.keys()
    assert "vast_dev_macro_f1" in scores["val"]
    config = json.loads((models / "tiny-v2" / "config.json").read_text())
    assert set(config["temperature"]) == {"sentiment", "stance"}
    assert "tiny-v2" in (models / "tiny-v2" / "README.md").read_text()

"""Champion / challenger: the promotion rule and the retrain flow on a tiny model."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from backlash.modeling.registry import RegistryError, champion_dir, list_versions, promote, rollback
from backlash.modeling.retrain import HEADLINE_METRICS, decide, split_holdout

FIXED = dict.fromkeys(HEADLINE_METRICS, 70.0)


def test_a_challenger_better_everywhere_is_promoted():
    assert decide(FIXED, {**FIXED, HEADLINE_METRICS[0]: 71.0}, 60.0, 70.0).promote


def test_a_challenger_worse_on_a_fixed_set_is_not_promoted_however_good_on_new_labels():
    decision = decide(FIXED, {**FIXED, HEADLINE_METRICS[1]: 68.0}, 50.0, 95.0)
    assert not decision.promote and "worse on the fixed test sets" in decision.reason


def test_noise_within_tolerance_is_not_worse_but_new_labels_must_improve():
    assert decide(FIXED, {**FIXED, HEADLINE_METRICS[2]: 69.6}, 60.0, 61.0).promote
    assert not decide(FIXED, FIXED, 60.0, 60.0).promote


def test_holdout_takes_a_share_of_each_task():
    rows = pd.DataFrame({"task": ["sentiment"] * 10 + ["stance"] * 2, "text": [str(i) for i in range(12)],
                         "target": "", "label": "neutral", "source": "x"})
    fit, holdout = split_holdout(rows)
    assert holdout.task.value_counts().to_dict() == {"sentiment": 2, "stance": 1}
    assert len(fit) + len(holdout) == 12 and not set(fit.index) & set(holdout.index)


def test_promote_and_rollback(tiny_registry, tmp_path):
    models = tmp_path / "models"
    shutil.copytree(tiny_registry, models)
    shutil.copytree(models / "tiny-v1", models / "tiny-v2")
    (models / "tiny-v2" / "version.json").write_text(json.dumps({"version": "tiny-v2"}))
    promote(models, "tiny-v2")
    assert champion_dir(models).name == "tiny-v2"
    assert [r["version"] for r in list_versions(models) if r["champion"]] == ["tiny-v2"]
    assert rollback(models) == "tiny-v1" and champion_dir(models).name == "tiny-v1"
    with pytest.raises(RegistryError, match="no earlier champion"):
        rollback(models)


@pytest.mark.flow
def test_retrain_flow_cannot_promote_a_worse_model(data_dir, prefect_backend, tiny_registry, tmp_path,
                                                   monkeypatch):
    from backlash_app.retrain import retrain

    models = tmp_path / "models"
    shutil.copytree(tiny_registry, models)
    # The champion's recorded fixed-test scores are perfect: no challenger can match them.
    (models / "tiny-v1" / "metrics.json").write_text(json.dumps({"test": dict.fromkeys(HEADLINE_METRICS, 100.0)}))
    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(models))
    monkeypatch.setenv("BACKLASH_OUT_DIR", str(tmp_path / "out"))
    labels = tmp_path / "labels.csv"
    pd.DataFrame({"text": [f"i love this plan number {i}" for i in range(8)] +
                          [f"this plan is a disgrace {i}" for i in range(8)],
                  "target": "the plan", "sentiment": ["positive"] * 8 + ["negative"] * 8,
                  "stance": ["favor"] * 8 + ["against"] * 8}).to_csv(labels, index=False)
    result = retrain([str(labels)], version="tiny-v2", replay_rows_per_task=40,
                     data_dir=str(data_dir))
    assert not result["promoted"] and "worse on the fixed test sets" in result["reason"]
    assert champion_dir(models).name == "tiny-v1"
    record = json.loads((models / "tiny-v2" / "promotion.json").read_text())
    assert record["promoted"] is False and set(HEADLINE_METRICS) <= record["challenger_scores"]["fixed"].keys()
    assert json.loads((models / "tiny-v2" / "version.json").read_text())["initialized_from"] == "tiny-v1"
    assert (models / "tiny-v2" / "README.md").is_file()
    # The challenger is calibrated as `train` calibrates: the pipeline's `none` weighting reads its probabilities.
    assert set(json.loads((models / "tiny-v2" / "config.json").read_text())["temperature"]) == {"sentiment", "stance"}
    assert {"val", "test", "calibration"} <= json.loads((models / "tiny-v2" / "metrics.json").read_text()).keys()


@pytest.mark.flow
def test_retrain_flow_refuses_bad_labels_before_training(data_dir, prefect_backend, tiny_registry, tmp_path,
                                                         monkeypatch):
    from backlash.modeling.labels import LabelError
    from backlash_app.retrain import retrain

    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    labels = tmp_path / "labels.csv"
    pd.DataFrame({"text": ["fine", ""], "target": ["x", "x"], "stance": ["pro", "favor"]}).to_csv(labels, index=False)
    with pytest.raises(LabelError, match="row 1: unknown stance label 'pro'(.|\n)*row 2: empty text"):
        retrain([str(labels)], version="never", data_dir=str(data_dir))
    assert not (tiny_registry / "never").exists()

"""The `retrain` flow: new labels -> challenger -> evaluation -> promotion if it is better."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from backlash import storage
from backlash.config import Settings
from backlash.modeling.classifier import Classifier
from backlash.modeling.evaluate import evaluate_and_register, evaluate_split
from backlash.modeling.labels import read_labels
from backlash.modeling.registry import champion_dir, promote
from backlash.modeling.retrain import accuracy_on, decide, fixed_test_texts, split_holdout
from backlash.modeling.train import TrainConfig, train


@task(cache_policy=NO_CACHE)
def validate_labels(paths: list[str], data_dir: str, record_dir: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Check the label files and split them into rows to train on and rows held out; the split
    is kept under `record_dir` as a record of what trained the version."""
    rows = read_labels([Path(p) for p in paths], fixed_test_texts(Path(data_dir)))
    fit_rows, holdout = split_holdout(rows)
    for name, part in (("labels_train", fit_rows), ("labels_holdout", holdout)):
        storage.atomic_write(Path(record_dir) / f"{name}.parquet", lambda handle, part=part: part.to_parquet(handle))
    get_run_logger().info("%d labeled rows: %d to train on, %d held out", len(rows), len(fit_rows),
                          len(holdout))
    return fit_rows, holdout


@task(cache_policy=NO_CACHE)
def train_challenger(labels: pd.DataFrame, champion: str, version: str, models_dir: str, data_dir: str,
                     epochs: float, replay_rows_per_task: int) -> str:
    config = TrainConfig(out_dir=Path(models_dir), data_root=Path(data_dir), epochs=epochs,
                         init_from=Path(champion), max_rows_per_task=replay_rows_per_task,
                         learning_rate=1e-4, device="cpu")
    return str(train(config, version, extra_rows=labels))


@task(cache_policy=NO_CACHE)
def evaluate_model(model_dir: str, data_dir: str, holdout: pd.DataFrame, challenger: bool) -> dict:
    """Fixed-test scores and new-label accuracy. A challenger is first calibrated and scored as
    `train` does (the pipeline's `none` weighting reads calibrated probabilities); a champion's
    recorded scores are read, and recomputed only where it has none."""
    metrics_path = Path(model_dir) / "metrics.json"
    if challenger:
        evaluate_and_register(Path(model_dir), Path(data_dir))
    elif not metrics_path.is_file():
        scores = {"test": evaluate_split(Classifier.load(Path(model_dir)), Path(data_dir), "test")}
        storage.write_text(metrics_path, json.dumps(scores, indent=2) + "\n")
    test = json.loads(metrics_path.read_text())["test"]
    return {"fixed": test, "new_labels": accuracy_on(Classifier.load(Path(model_dir)), holdout)}


@flow(name="retrain", log_prints=True)
def retrain(label_paths: list[str], version: str | None = None, epochs: float = 1.0,
            replay_rows_per_task: int = 2000, data_dir: str | None = None, out_dir: str | None = None) -> dict:
    """Train a challenger on new labels and promote it only if it beats the champion."""
    settings = Settings()
    logger = get_run_logger()
    data = str(data_dir or settings.data_dir)
    version = version or datetime.now(UTC).strftime("reaction-minilm-%Y%m%d-%H%M%S")
    champion = champion_dir(settings.models_dir)
    out = Path(out_dir) if out_dir else settings.out_dir
    fit_rows, holdout = validate_labels(label_paths, data, str(out / "retrain" / version))
    challenger = train_challenger(fit_rows, str(champion), version, str(settings.models_dir), data,
                                  epochs, replay_rows_per_task)
    challenger_scores = evaluate_model(challenger, data, holdout, challenger=True)
    champion_scores = evaluate_model(str(champion), data, holdout, challenger=False)
    decision = decide(champion_scores["fixed"], challenger_scores["fixed"],
                      champion_scores["new_labels"], challenger_scores["new_labels"])
    storage.write_text(Path(challenger) / "promotion.json", json.dumps(
        {"champion": champion.name, "promoted": decision.promote, "reason": decision.reason,
         "champion_scores": champion_scores, "challenger_scores": challenger_scores}, indent=2) + "\n")
    if decision.promote:
        promote(settings.models_dir, version)
    logger.info("%s %s: %s", version, "promoted" if decision.promote else "not promoted", decision.reason)
    create_markdown_artifact(
        key="retrain-decision",
        markdown=f"**{version}** {'promoted' if decision.promote else 'not promoted'}: {decision.reason}",
    )
    return {"version": version, "promoted": decision.promote, "reason": decision.reason,
            "champion": champion.name, "challenger_scores": challenger_scores,
            "champion_scores": champion_scores}

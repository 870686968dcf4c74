"""The analyze flow under Prefect's test harness, on the example articles, with the tiny model."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from conftest import REPO

pytestmark = pytest.mark.flow


@pytest.fixture
def examples(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(REPO / "data" / "examples", folder)
    return folder


def test_analyze_writes_every_dataset_and_quarantines_the_broken_file(
    prefect_backend, tiny_registry, examples, tmp_path, monkeypatch
):
    from backlash_app.analyze import analyze

    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    out = tmp_path / "out"
    summaries = analyze([str(examples)], out_dir=str(out))
    assert len(summaries) == 8
    assert [s["source"] for s in summaries if s["error"]] == [str(examples / "06-broken-truncated.json")]

    metrics = pd.read_parquet(out / "article_metrics")
    reactions = pd.read_parquet(out / "reactions")
    assert len(metrics) == 7 and metrics.model_version.eq("tiny-v1").all()
    assert reactions.model_version.eq("tiny-v1").all() and reactions.run_id.notna().all()
    assert set(metrics.backlash_level) <= {"none", "low", "moderate", "strong", "insufficient"}
    assert metrics.set_index("title").loc[
        "Lake Orin water quality improves for third year running", "backlash_level"] == "none"
    # The Spanish post and the text-less Instagram embed are kept but not scored.
    festival = reactions[reactions.text.fillna("").str.contains("vergüenza") | reactions.text.isna()]
    assert len(festival) == 2 and festival.stance.isna().all()
    quarantine = pd.read_parquet(out / "quarantine")
    assert quarantine.reason.str.contains("malformed JSON").all()
    runs = pd.read_parquet(out / "runs")
    assert runs.n_quarantined.tolist() == [1] and runs.n_articles.tolist() == [7]

    # Same input, same model: rows are replaced, never duplicated; a fixed file leaves quarantine.
    (examples / "06-broken-truncated.json").write_text('{"text": "A short article now."}')
    analyze([str(examples)], out_dir=str(out))
    assert len(pd.read_parquet(out / "reactions")) == len(reactions)
    assert len(pd.read_parquet(out / "article_metrics")) == 8
    assert pd.read_parquet(out / "quarantine").empty
    runs = pd.read_parquet(out / "runs").sort_values("started_at")
    assert runs.n_skipped.tolist() == [0, 7]  # unchanged articles are not analysed again


def test_rollups_a_run_died_before_are_made_by_the_next_run_though_every_article_is_unchanged(
    prefect_backend, tiny_registry, examples, tmp_path, monkeypatch
):
    from backlash import storage
    from backlash_app.analyze import analyze

    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    out = tmp_path / "out"
    analyze([str(examples)], out_dir=str(out))
    daily = pd.read_parquet(out / "subject_daily")
    # what a run killed after saving its articles and before its rollups leaves: no rollups, the mark pending
    shutil.rmtree(out / "subject_daily")
    storage.write_state(out, "rollups", {"pending": True})
    summaries = analyze([str(examples)], out_dir=str(out))
    assert all(s["skipped"] for s in summaries if not s["error"])
    pd.testing.assert_frame_equal(pd.read_parquet(out / "subject_daily").drop(columns=["run_id", "updated_at"]),
                                  daily.drop(columns=["run_id", "updated_at"]))
    assert storage.read_state(out, "rollups") == {"pending": False}

"""The analyze flow on a two-worker Dask LocalCluster gives the same outputs as the default runner."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from conftest import REPO

pytestmark = pytest.mark.flow
COMPARED = ["article_id", "subject", "target", "n_items", "n_reactions", "n_against", "n_none", "n_favor",
            "share_against", "backlash_level", "model_version"]


def test_dask_local_cluster_matches_the_default_runner(prefect_backend, tiny_registry, tmp_path, monkeypatch):
    from backlash_app.analyze import analyze_with_runner

    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    examples = tmp_path / "in"
    shutil.copytree(REPO / "data" / "examples", examples)
    default = analyze_with_runner(2)([str(examples)], out_dir=str(tmp_path / "default"))
    on_dask = analyze_with_runner(2, dask="local")([str(examples)], out_dir=str(tmp_path / "dask"))
    assert sorted(s["source"] for s in default) == sorted(s["source"] for s in on_dask)
    frames = [pd.read_parquet(tmp_path / name / "article_metrics")[COMPARED].sort_values("article_id")
              .reset_index(drop=True) for name in ("default", "dask")]
    pd.testing.assert_frame_equal(*frames)
    reactions = [pd.read_parquet(tmp_path / name / "reactions").sort_values(["article_id", "item_id"])
                 [["item_id", "stance", "p_against"]].reset_index(drop=True) for name in ("default", "dask")]
    pd.testing.assert_frame_equal(*reactions, atol=1e-5)

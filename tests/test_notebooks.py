"""The notebooks run top to bottom on the outputs of an analyze run of the example articles."""

from __future__ import annotations

from datetime import UTC, datetime

import nbformat
import pytest
from conftest import REPO
from nbclient import NotebookClient

from backlash.config import Settings
from backlash.ingest import expand_paths
from backlash.modeling.registry import champion_dir, model_version
from backlash.pipeline import ModelHandle, analyse_source, record_run

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory):
    """What `make run` writes: the example articles through the pipeline with the champion."""
    out = tmp_path_factory.mktemp("processed")
    model_dir = champion_dir(Settings().models_dir)
    started = datetime.now(UTC)
    files = expand_paths([REPO / "data" / "examples"])
    summaries = [analyse_source(str(path), ModelHandle(str(model_dir)), out, "notebook-test") for path in files]
    record_run(out, "notebook-test", model_version(model_dir), [str(REPO / "data" / "examples")],
               summaries, started)
    return out


def test_there_are_three_numbered_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["1.0-explore-backlash.ipynb", "2.0-model-evaluation.ipynb",
                                           "3.0-label-reactions.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path, analyzed, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKLASH_OUT_DIR", str(analyzed))
    monkeypatch.setenv("BACKLASH_FIGURES_DIR", str(tmp_path / "figures"))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=900, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    figures = list((tmp_path / "figures").glob(f"{path.stem[:3]}-*.png"))
    assert figures, "each notebook saves its plots"
    errors = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs
              if o.output_type == "error"]
    assert not errors

"""The notebooks run top to bottom on the outputs of an analyze run of the example articles."""

from __future__ import annotations

from datetime import UTC, datetime

import nbformat
import pytest
from conftest import DATA_DIR, REPO
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


# The plots each notebook saves; 2.0 draws the test-set plots only when the corpora are present.
FIGURES = {
    "1.0-explore-backlash": {"1.0-backlash-per-article.png", "1.0-stance-by-platform-and-role.png",
                             "1.0-subject-timeline.png"},
    "2.0-model-evaluation": {"2.0-model-card-scores.png", "2.0-registry-versions.png"},
    "3.0-label-reactions": {"3.0-labeling-queue-margins.png"},
}
WITH_DATA = {"2.0-model-evaluation": {"2.0-confusion-matrices.png", "2.0-calibration.png"}}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path, analyzed, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKLASH_OUT_DIR", str(analyzed))
    monkeypatch.setenv("BACKLASH_FIGURES_DIR", str(tmp_path / "figures"))
    notebook = nbformat.read(path, as_version=4)
    # Raises CellExecutionError, naming the cell, when any cell fails.
    NotebookClient(notebook, timeout=900, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    expected = FIGURES[path.stem] | (WITH_DATA.get(path.stem, set()) if DATA_DIR.is_dir() else set())
    saved = {p.name for p in (tmp_path / "figures").glob("*.png") if p.stat().st_size > 10_000}
    assert saved == expected
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs)
    assert CONTENT[path.stem] in text


CHAMPION = model_version(champion_dir(Settings().models_dir))
# Something each notebook must show: the articles analysed, the champion's name, the queue.
CONTENT = {"1.0-explore-backlash": "Lake Orin", "2.0-model-evaluation": f"champion: {CHAMPION}",
           "3.0-label-reactions": "queued reactions"}

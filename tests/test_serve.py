"""A real Prefect server, a deployment with a schedule, and a scheduled run that lands parquet."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pandas as pd
import pytest
from conftest import REPO

from backlash_app.server import free_port

pytestmark = pytest.mark.flow


def test_backlash_serve_runs_the_scheduled_deployment(tiny_registry, tmp_path):
    port, out = free_port(), tmp_path / "out"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "BACKLASH_MODELS_DIR": str(tiny_registry),
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5", "PREFECT_API_URL": ""}
    env.pop("PREFECT_API_URL")
    process = subprocess.Popen(
        [sys.executable, "-m", "backlash_app.cli", "serve", str(REPO / "data" / "examples"), "--interval", "5",
         "--out", str(out), "--port", str(port)],
        env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    api = f"http://127.0.0.1:{port}/api"
    try:
        # The run writes article by article: read the outputs only once it has COMPLETED.
        deadline, completed, scheduled = time.monotonic() + 300, [], []
        while not completed and time.monotonic() < deadline:
            assert process.poll() is None, "backlash serve stopped early"
            time.sleep(2)
            scheduled, completed = _scheduled_runs(api)
        assert completed, "no scheduled run completed within 300 s"
        assert scheduled[0]["schedules"][0]["schedule"]["interval"] == 5.0
        # The UI served on this port calls the API on this port (not Prefect's default 4200).
        assert httpx.get(f"http://127.0.0.1:{port}/ui-settings", timeout=10).json()["api_url"] == api
        metrics = pd.read_parquet(out / "article_metrics")
        assert len(metrics) == 7 and metrics.model_version.eq("tiny-v1").all()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def _scheduled_runs(api: str) -> tuple[list[dict], list[dict]]:
    """The `scheduled` deployment (when registered) and its COMPLETED flow runs (asked for by
    state: an unfiltered listing stops at 100 runs, and the scheduler books 100 ahead)."""
    try:
        deployments = httpx.post(f"{api}/deployments/filter", json={"deployments": {"name": {"any_": ["scheduled"]}}},
                                 timeout=10).json()
        if not deployments:
            return [], []
        runs = httpx.post(f"{api}/flow_runs/filter", timeout=10, json={"flow_runs": {
            "deployment_id": {"any_": [deployments[0]["id"]]}, "state": {"type": {"any_": ["COMPLETED"]}}}}).json()
    except httpx.HTTPError:  # the server is still starting
        return [], []
    return deployments, runs

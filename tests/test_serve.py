"""A real Prefect server, a deployment with a schedule, and a scheduled run that lands parquet."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pandas as pd
import pytest
from conftest import REPO

pytestmark = pytest.mark.flow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_backlash_serve_runs_the_scheduled_deployment(tiny_registry, tmp_path):
    port, out = free_port(), tmp_path / "out"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "BACKLASH_MODELS_DIR": str(tiny_registry),
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5", "PREFECT_API_URL": ""}
    env.pop("PREFECT_API_URL")
    process = subprocess.Popen(
        [sys.executable, "-m", "backlash.cli", "serve", str(REPO / "data" / "examples"), "--interval", "5",
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
    """The `scheduled` deployment (when registered) and its COMPLETED flow runs."""
    try:
        deployments = httpx.post(f"{api}/deployments/filter", json={}, timeout=10).json()
        scheduled = [d for d in deployments if d["name"] == "scheduled"]
        if not scheduled:
            return [], []
        runs = httpx.post(f"{api}/flow_runs/filter", json={}, timeout=10).json()
    except httpx.HTTPError:  # the server is still starting
        return [], []
    return scheduled, [r for r in runs if r["deployment_id"] == scheduled[0]["id"] and r["state_type"] == "COMPLETED"]

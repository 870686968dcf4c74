"""The Prefect server around `backlash analyze`: an already running one is used; a temporary one
started for the run is gone after SIGTERM, with every other child process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pandas as pd
import pytest
from conftest import REPO

from backlash_app.server import free_port, prefect_server

pytestmark = pytest.mark.flow


def descendants(pid: int) -> set[int]:
    """Every living process below `pid` (from /proc: Linux)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended while we looked
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def analyze_command(tiny_registry, tmp_path, port: int) -> tuple[list[str], dict]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), BACKLASH_MODELS_DIR=str(tiny_registry),
               PREFECT_SERVER_API_PORT=str(port))
    command = [sys.executable, "-m", "backlash_app.cli", "analyze", str(REPO / "data" / "examples"),
               "--out", str(tmp_path / "out")]
    return command, env


def test_sigterm_to_analyze_leaves_no_child_process(tiny_registry, tmp_path):
    command, env = analyze_command(tiny_registry, tmp_path, free_port())  # no server listens there
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline, children = time.monotonic() + 180, set()
    while not children:  # the temporary server it starts
        assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
        time.sleep(0.5)
        children = descendants(process.pid)
    time.sleep(3)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=90)
    time.sleep(1)
    assert process.returncode != 0 and not [pid for pid in children if alive(pid)]


def test_analyze_uses_a_server_already_running(tiny_registry, tmp_path, monkeypatch):
    port = free_port()
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "server-home"))
    with prefect_server(port) as api:
        command, env = analyze_command(tiny_registry, tmp_path, port)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        runs = httpx.post(f"{api}/flow_runs/filter", json={"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}},
                          timeout=10).json()
        assert [r["parameters"]["out_dir"] for r in runs] == [str(tmp_path / "out")]
        assert (tmp_path / "out" / "article_metrics").is_dir()


def test_analyze_exits_nonzero_when_no_input_could_be_analysed(tiny_registry, tmp_path):
    command, env = analyze_command(tiny_registry, tmp_path, free_port())
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_text("")
    (broken / "bad.json").write_text('{"text": "unterminated')
    command[command.index(str(REPO / "data" / "examples"))] = str(broken)
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "no input could be analysed" in result.stderr
    assert len(pd.read_parquet(tmp_path / "out" / "quarantine")) == 2
    # the closing line names the datasets there are: a quarantine, and no article's
    assert "(runs, quarantine)" in result.stdout

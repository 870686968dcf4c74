"""A Prefect server for scheduled runs: the one configured, or a local one started here.

Prefect keeps its state in SQLite under PREFECT_HOME by default; to use PostgreSQL set
PREFECT_API_DATABASE_CONNECTION_URL=postgresql+asyncpg://user:password@host:5432/prefect before
`backlash serve`. To use a server elsewhere, set PREFECT_API_URL and no local one is started.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def wait_healthy(api_url: str, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"no Prefect server answered at {api_url} within {timeout_s:.0f} s")


@contextmanager
def local_server(port: int = 4200) -> Iterator[str]:
    """Yield the API URL: PREFECT_API_URL when set, else a `prefect server start` run here
    (stopped on exit)."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        wait_healthy(configured)
        yield configured
        return
    api_url = f"http://127.0.0.1:{port}/api"
    process = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                "--port", str(port)])
    try:
        wait_healthy(api_url)
        os.environ["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        process.terminate()
        process.wait(timeout=30)

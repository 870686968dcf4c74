"""A Prefect server for the CLI: the one configured, one already running here, or one started here.

Prefect keeps its state in SQLite under PREFECT_HOME by default; to use PostgreSQL set
PREFECT_API_DATABASE_CONNECTION_URL=postgresql+asyncpg://user:password@host:5432/prefect before
`backlash serve`. To use a server elsewhere, set PREFECT_API_URL and no local one is started.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def default_port() -> int:
    """The port of this machine's Prefect server: Prefect's own setting, 4200 unless changed."""
    return int(os.environ.get("PREFECT_SERVER_API_PORT") or 4200)


def healthy(api_url: str, timeout_s: float = 2) -> bool:
    try:
        return httpx.get(f"{api_url}/health", timeout=timeout_s).status_code == 200
    except httpx.HTTPError:
        return False


def wait_healthy(api_url: str, timeout_s: float = 600, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if healthy(api_url):
            return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the Prefect server for {api_url} exited with code {process.returncode}")
        time.sleep(0.5)
    raise TimeoutError(f"no Prefect server answered at {api_url} within {timeout_s:.0f} s")


def running_server(port: int) -> str | None:
    """The API URL of PREFECT_API_URL, or of a server already listening on this machine's `port`
    (`backlash serve`, `prefect server start`); None when there is neither."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        return configured
    local = f"http://127.0.0.1:{port}/api"
    return local if healthy(local, timeout_s=0.5) else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def prefect_server(port: int | None = None, temporary: bool = False) -> Iterator[str]:
    """Yield an API URL and point this process's Prefect client at it: a configured or running
    server when there is one, else a server started here and stopped on exit (with `temporary`,
    on a free port and without the scheduler services, which a single run does not need)."""
    found = running_server(port or default_port())
    if found:
        if found == os.environ.get("PREFECT_API_URL"):
            wait_healthy(found)
        os.environ["PREFECT_API_URL"] = found
        yield found
        return
    port = free_port() if temporary else port or default_port()
    api_url = f"http://127.0.0.1:{port}/api"
    # The UI asks /ui-settings for its API URL; without these it would say port 4200.
    env = {**os.environ, "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port),
           "PREFECT_UI_API_URL": api_url}
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command + (["--no-services"] if temporary else []), env=env,
                               stdout=subprocess.DEVNULL if temporary else None)
    try:
        wait_healthy(api_url, process=process)
        os.environ["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        drain_to_api()
        os.environ.pop("PREFECT_API_URL", None)
        stop(process)


def drain_to_api(timeout_s: float = 10) -> None:
    """Send the logs and events still queued while the server is up: once it is stopped, the
    workers would retry at exit for more than a minute before giving up."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=timeout_s)


def stop(process: subprocess.Popen, timeout_s: float = 20) -> None:
    process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt, as Ctrl-C does, so that `finally` blocks (which stop the
    server started here) run; Python's default for SIGTERM is to die without them."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

"""The only module that writes datasets. Each dataset is a folder of parquet files.

Files are keyed so that writes are idempotent: per-article datasets have one file per
(article, model version), `runs` one per run, `quarantine` one per input. A file is written to a
hidden temporary name and renamed into place, so a crash leaves the previous file readable, and
readers (pyarrow, pandas, duckdb) skip hidden files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from backlash.schemas import DATASETS


def _safe(part: str) -> str:
    return re.sub(r"[^\w.-]", "_", part)


def write_rows(out_dir: Path, dataset: str, key: str, rows: list[dict]) -> Path:
    """Replace the file `key` of a dataset with these rows (validated against its schema)."""
    table = pa.Table.from_pylist(rows, schema=DATASETS[dataset])
    folder = out_dir / dataset
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_safe(key)}.parquet"
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            pq.write_table(table, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def article_key(article_id: str, model_version: str) -> str:
    return f"{article_id}--{model_version}"


def source_key(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def clear_quarantine(out_dir: Path, source: str) -> None:
    """An input that now succeeds is no longer quarantined."""
    (out_dir / "quarantine" / f"{source_key(source)}.parquet").unlink(missing_ok=True)


def read_rows(out_dir: Path, dataset: str, key: str) -> list[dict] | None:
    """The rows of one key of a dataset, or None when it was never written."""
    path = out_dir / dataset / f"{_safe(key)}.parquet"
    return pq.read_table(path).to_pylist() if path.is_file() else None


def read_dataset(out_dir: Path, dataset: str) -> pd.DataFrame:
    """A whole dataset as a DataFrame (empty, with the schema's columns, when nothing is written)."""
    folder = out_dir / dataset
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return DATASETS[dataset].empty_table().to_pandas()
    return pd.read_parquet(folder)


def read_state(out_dir: Path, name: str) -> dict[str, str]:
    """A small JSON state (e.g. content hashes of a watched folder); empty when missing."""
    path = out_dir / "_state" / f"{_safe(name)}.json"
    return json.loads(path.read_text()) if path.is_file() else {}


def write_state(out_dir: Path, name: str, state: dict[str, str]) -> None:
    folder = out_dir / "_state"
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=folder)
    with os.fdopen(fd, "w") as handle:
        json.dump(state, handle, indent=1, sort_keys=True)
    os.replace(tmp, folder / f"{_safe(name)}.json")

"""The only module that writes data files. Each dataset is a folder of parquet files.

Files are keyed so that writes are idempotent: per-article datasets have one file per
(article, model version), `runs` one per run, `quarantine` one per input. Every file (datasets,
state, the model registry's pointers, CSV outputs) is written by `atomic_write`: to a hidden
temporary name unique to the writer, synced, then renamed into place, so a crash leaves the
previous file readable, two writers never share a temporary file, and readers (pyarrow, pandas,
duckdb) skip hidden files.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from backlash.schemas import DATASETS

if TYPE_CHECKING:
    from backlash.pipeline import ArticleResult


def atomic_write(path: Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Replace `path` with what `write` puts in the binary handle it is given, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".tmp-{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text(path: Path, text: str) -> Path:
    """`atomic_write` of a UTF-8 text."""
    return atomic_write(path, lambda handle: handle.write(text.encode()))


def _safe(part: str) -> str:
    return re.sub(r"[^\w.-]", "_", part)


def write_rows(out_dir: Path, dataset: str, key: str, rows: list[dict]) -> Path:
    """Replace the file `key` of a dataset with these rows (validated against its schema)."""
    return _write_table(out_dir, dataset, key, pa.Table.from_pylist(rows, schema=DATASETS[dataset]))


def write_frame(out_dir: Path, dataset: str, key: str, frame: pd.DataFrame, constants: dict) -> Path:
    """`write_rows` for a DataFrame's rows, each with the same `constants` (its provenance): column
    by column, since going through one dict per row took most of an article's write time."""
    schema = DATASETS[dataset]
    n = len(frame)
    columns = [pa.array([constants[f.name]] * n, f.type) if f.name in constants
               else pa.array(frame[f.name], f.type, from_pandas=True) if f.name in frame
               else pa.nulls(n, f.type) for f in schema]
    return _write_table(out_dir, dataset, key, pa.Table.from_arrays(columns, schema=schema))


def _write_table(out_dir: Path, dataset: str, key: str, table: pa.Table) -> Path:
    return atomic_write(out_dir / dataset / f"{_safe(key)}.parquet", lambda handle: pq.write_table(table, handle))


def save_article(out_dir: Path, result: ArticleResult, run_id: str) -> None:
    """Write one article's rows to every per-article dataset, each row with its provenance.
    `article_metrics` goes last: its content hash marks the article as done."""
    provenance = {"run_id": run_id, "model_version": result.model_version,
                  "extractor_version": result.extractor_version, "processed_at": datetime.now(UTC)}
    key = article_key(result.article_id, result.model_version)
    write_frame(out_dir, "reactions", key, result.reactions, provenance)
    write_frame(out_dir, "labeling_queue", key, result.queue, provenance)
    write_rows(out_dir, "article_breakdowns", key,
               [{**provenance, "article_id": result.article_id, **r} for r in result.breakdowns])
    write_rows(out_dir, "article_metrics", key, [{**provenance, **result.metrics}])


def is_missing(value: object) -> bool:
    """None, NaN, NA or NaT: what a dataset stores as null."""
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def article_key(article_id: str, model_version: str) -> str:
    return f"{article_id}--{model_version}"


def source_key(source: str) -> str:
    # (a file name's bytes that are not UTF-8 are its own: the same key each time)
    return hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def clear_quarantine(out_dir: Path, source: str) -> None:
    """An input that now succeeds is no longer quarantined."""
    (out_dir / "quarantine" / f"{source_key(source)}.parquet").unlink(missing_ok=True)


def read_rows(out_dir: Path, dataset: str, key: str) -> list[dict] | None:
    """The rows of one key of a dataset, or None when it was never written."""
    path = out_dir / dataset / f"{_safe(key)}.parquet"
    return pq.read_table(path).to_pylist() if path.is_file() else None


def has_rows(out_dir: Path, dataset: str, key: str) -> bool:
    return (out_dir / dataset / f"{_safe(key)}.parquet").is_file()


def read_dataset(out_dir: Path, dataset: str) -> pd.DataFrame:
    """A whole dataset as a DataFrame (empty, with the schema's columns, when nothing is written)."""
    folder = out_dir / dataset
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return DATASETS[dataset].empty_table().to_pandas()
    # The schema, not the first file's: files an older version wrote lack its newer columns (null there).
    return pd.read_parquet(folder, schema=DATASETS[dataset])


def read_state(out_dir: Path, name: str) -> dict:
    """A small JSON state (e.g. content hashes of a watched folder); empty when missing."""
    path = out_dir / "_state" / f"{_safe(name)}.json"
    return json.loads(path.read_text()) if path.is_file() else {}


def write_state(out_dir: Path, name: str, state: dict) -> None:
    write_text(out_dir / "_state" / f"{_safe(name)}.json", json.dumps(state, indent=1, sort_keys=True))

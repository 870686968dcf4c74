"""Dataset writes: schema-checked, idempotent, atomic."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from backlash import storage


def quarantine_row(run_id: str, reason: str) -> dict:
    return {"run_id": run_id, "quarantined_at": datetime.now(UTC), "source": "a.txt",
            "error_type": "IngestError", "reason": reason}


def test_rewriting_a_key_replaces_rows(tmp_path):
    storage.write_rows(tmp_path, "quarantine", "k", [quarantine_row("r1", "first")])
    storage.write_rows(tmp_path, "quarantine", "k", [quarantine_row("r2", "second")])
    frame = storage.read_dataset(tmp_path, "quarantine")
    assert frame.reason.tolist() == ["second"]


def test_other_keys_are_kept_and_no_temporary_files_remain(tmp_path):
    storage.write_rows(tmp_path, "quarantine", "a", [quarantine_row("r1", "x")])
    storage.write_rows(tmp_path, "quarantine", "b", [quarantine_row("r1", "y")])
    assert sorted(storage.read_dataset(tmp_path, "quarantine").reason) == ["x", "y"]
    assert not list((tmp_path / "quarantine").glob(".tmp-*"))


def test_rows_that_break_the_schema_are_refused_and_the_old_file_survives(tmp_path):
    storage.write_rows(tmp_path, "quarantine", "k", [quarantine_row("r1", "kept")])
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError)):
        storage.write_rows(tmp_path, "quarantine", "k", [{"run_id": None, "source": 3}])
    assert storage.read_dataset(tmp_path, "quarantine").reason.tolist() == ["kept"]


def test_reading_a_missing_dataset_gives_its_columns(tmp_path):
    frame = storage.read_dataset(tmp_path, "article_metrics")
    assert frame.empty and "backlash_level" in frame.columns


def test_a_file_written_before_a_column_was_added_reads_with_it_empty(tmp_path):
    storage.write_rows(tmp_path, "quarantine", "a", [quarantine_row("r1", "new")])
    old = pa.table({"run_id": ["r0"], "source": ["old.txt"], "reason": ["old"]})  # an older version's file

    pq.write_table(old, tmp_path / "quarantine" / "0-old.parquet")
    frame = storage.read_dataset(tmp_path, "quarantine").set_index("reason")
    assert frame.loc["new", "error_type"] == "IngestError" and pd.isna(frame.loc["old", "error_type"])

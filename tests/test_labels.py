"""Validation of newly labeled reactions."""

from __future__ import annotations

import pandas as pd
import pytest

from backlash.modeling.labels import LabelError, label_rows, read_label_file, read_labels, split_by_action


def frame(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["text", "target", "sentiment", "stance"])


def test_valid_rows_become_one_training_row_per_label():
    rows = label_rows(frame(("Great plan", "the plan", "positive", "favor"),
                            ("Meh", "", "neutral", "")), "labels.csv", set())
    assert sorted(zip(rows.task, rows.label, rows.target, strict=True)) == [
        ("sentiment", "neutral", ""), ("sentiment", "positive", ""), ("stance", "favor", "the plan")]
    assert set(rows.source) == {"labels/labels.csv"}


@pytest.mark.parametrize(("rows", "message"), [
    ([("", "t", "positive", "")], "row 1: empty text"),
    ([("x", "t", "", "")], "row 1: no sentiment or stance label"),
    ([("x", "t", "happy", "")], "row 1: unknown sentiment label 'happy'"),
    ([("x", "t", "", "pro")], "row 1: unknown stance label 'pro' (expected against, none, favor)"),
    ([("x", "", "", "favor")], "row 1: a stance label needs a target"),
    ([("same text", "t", "positive", ""), ("same  text", "t", "negative", "")], "row 2: duplicates row 1"),
    ([("a tweet from the test set", "t", "positive", "")], "row 1: the text is in a fixed test set"),
])
def test_each_problem_is_reported_with_its_row(rows, message):
    with pytest.raises(LabelError, match=message.replace("(", r"\(").replace(")", r"\)")):
        label_rows(frame(*rows), "labels.csv", held_out_texts={"a tweet from the test set"})


def test_all_problems_are_reported_at_once():
    with pytest.raises(LabelError, match="2 problem") as error:
        label_rows(frame(("", "t", "positive", ""), ("x", "t", "bad", "")), "f.csv", set())
    assert "row 1" in str(error.value) and "row 2" in str(error.value)


def test_missing_columns_and_file_types(tmp_path):
    with pytest.raises(LabelError, match="needs a `text` column"):
        label_rows(pd.DataFrame({"body": ["x"]}), "f.csv", set())
    (tmp_path / "f.xlsx").write_text("x")
    with pytest.raises(LabelError, match="unsupported label file type"):
        read_label_file(tmp_path / "f.xlsx")


def test_csv_jsonl_and_parquet_read_alike(tmp_path):
    table = frame(("Great plan", "the plan", "positive", "favor"))
    table.to_csv(tmp_path / "a.csv", index=False)
    table.to_json(tmp_path / "b.jsonl", orient="records", lines=True)
    table.to_parquet(tmp_path / "c.parquet")
    for name in ("a.csv", "b.jsonl", "c.parquet"):
        rows = read_labels([tmp_path / name], set())
        assert len(rows) == 2, name


def test_reactions_are_held_out_by_the_action_they_answer_the_same_way_every_time():
    frame = pd.DataFrame({"text": [f"reaction {i}" for i in range(400)],
                          "target": [f"the council's plan number {i // 4}" for i in range(400)],
                          "stance": ["against"] * 400})
    kept, held = split_by_action(frame, 0.2)
    assert not set(kept.target) & set(held.target) and len(kept) + len(held) == 400
    assert 0.1 < len(held) / 400 < 0.3
    again_kept, again_held = split_by_action(frame.sample(frac=1, random_state=3), 0.2)
    assert set(again_held.target) == set(held.target)

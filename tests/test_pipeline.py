"""Storage guarantees end to end: skips, replacement, crashes mid-write, concurrent writers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass

import pandas as pd

from backlash import storage
from backlash.config import Settings
from backlash.modeling.registry import champion_dir
from backlash.pipeline import ModelHandle, analyse_source, analyse_sources

ARTICLE = ('Mayor Dana Whitfield proposed doubling fares, saying the budget needs it.\n\n'
           '"It is the responsible choice," Whitfield said.\n\n"It is a disgrace," one rider wrote.\n')


@dataclass(frozen=True)
class CountingHandle(ModelHandle):
    calls: list | None = None

    def load(self):
        self.calls.append(1)
        return super().load()


@dataclass(frozen=True)
class RecordingHandle(ModelHandle):
    """Records each batch of texts the classifier is asked to score; a batch that holds `poison`
    makes it fail."""

    batches: list | None = None
    poison: str | None = None

    def load(self):
        classifier = super().load()
        batches, score, poison = self.batches, classifier.probabilities, self.poison

        class Recording:
            def __getattr__(self, name):
                return getattr(classifier, name)

            def probabilities(self, batch, *args, **kwargs):
                if poison and any(poison in text for text in batch):
                    raise ValueError(f"cannot score {poison!r}")
                batches.append(list(batch))
                return score(batch, *args, **kwargs)

        return Recording()


REPEATED = ('Mayor Dana Whitfield proposed doubling fares on Monday.\n\n'
            + '"This fare hike is a disgrace," one rider wrote.\n\n' * 40
            + '"Worst idea this year, honestly," another rider posted.\n\n')


def test_identical_statements_are_classified_once_and_keep_their_count(tiny_registry, tmp_path):
    batches: list = []
    path = tmp_path / "a.txt"
    path.write_text(REPEATED)
    summary = analyse_source(str(path), RecordingHandle(str(champion_dir(tiny_registry)), batches=batches),
                             tmp_path / "out", "run-1")
    texts = [text for batch in batches for text in batch]
    rows = pd.read_parquet(tmp_path / "out" / "reactions").set_index("text")
    reactions = rows[rows.kind == "reaction"]
    assert reactions.n_copies.to_dict() == {"This fare hike is a disgrace": 40, "Worst idea this year, honestly": 1}
    assert rows.item_id.is_unique and sorted(texts) == sorted(rows.index)  # each distinct statement once
    metrics = pd.read_parquet(tmp_path / "out" / "article_metrics").iloc[0]
    assert (metrics.n_items_found - metrics.n_items, metrics.items_capped) == (39, False)
    assert summary.n_reactions == 2


def _three_articles(folder) -> list[str]:
    paths = []
    for name, words in (("a", "This fare hike is a disgrace"), ("b", "Finally a fair budget plan"),
                        ("c", "POISON in every word")):
        path = folder / f"{name}.txt"
        path.write_text(f'Mayor Dana Whitfield proposed doubling fares on Monday.\n\n"{words}," one rider wrote.\n\n'
                        f'"Worst idea this year, honestly," another rider posted.\n')
        paths.append(str(path))
    return paths


def test_a_batch_is_classified_in_one_pass_and_each_article_keeps_its_own_results(tiny_registry, tmp_path):
    paths = _three_articles(tmp_path)
    batches: list = []
    together = analyse_sources(paths, RecordingHandle(str(champion_dir(tiny_registry)), batches=batches),
                               tmp_path / "together", "run-1")
    assert len(batches) == 1 and len(batches[0]) == 6  # two statements of each article, one pass
    alone = [analyse_source(path, ModelHandle(str(champion_dir(tiny_registry))), tmp_path / "alone", "run-1")
             for path in paths]
    assert [s.source for s in together] == paths and together == alone
    columns = ["article_id", "text", "stance", "sentiment", "n_copies"]
    rows = {name: pd.read_parquet(tmp_path / name / "reactions")[columns].sort_values(columns[:2])
            for name in ("together", "alone")}
    pd.testing.assert_frame_equal(rows["together"].reset_index(drop=True), rows["alone"].reset_index(drop=True))


def test_an_article_the_classifier_fails_on_is_quarantined_and_the_rest_of_the_batch_is_saved(tiny_registry,
                                                                                             tmp_path):
    paths = _three_articles(tmp_path)
    out = tmp_path / "out"
    handle = RecordingHandle(str(champion_dir(tiny_registry)), batches=[], poison="POISON")
    summaries = analyse_sources(paths, handle, out, "run-1")
    assert [s.error is None for s in summaries] == [True, True, False]
    assert "cannot score 'POISON'" in summaries[2].error
    assert pd.read_parquet(out / "quarantine").source.tolist() == [paths[2]]
    assert sorted(pd.read_parquet(out / "article_metrics").source) == paths[:2]


def test_an_input_that_breaks_its_reader_is_quarantined_and_the_rest_of_the_batch_is_saved(tiny_registry, tmp_path,
                                                                                          monkeypatch):
    """Not only an input the reader refuses (IngestError): one it fails on in a way nobody foresaw."""
    import backlash.pipeline as pipeline

    paths = _three_articles(tmp_path)
    read = pipeline.read_article

    def breaking(path):
        if str(path) == paths[1]:
            raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")
        return read(path)

    monkeypatch.setattr(pipeline, "read_article", breaking)
    out = tmp_path / "out"
    summaries = analyse_sources(paths, ModelHandle(str(champion_dir(tiny_registry))), out, "run-1")
    assert [s.error is None for s in summaries] == [True, False, True]
    assert "UnicodeEncodeError" in summaries[1].error
    assert pd.read_parquet(out / "quarantine").source.tolist() == [paths[1]]
    assert sorted(pd.read_parquet(out / "article_metrics").source) == [paths[0], paths[2]]

def _page(path, url: str, body: str) -> str:
    path.write_text(f'<html><head><link rel="canonical" href="{url}"></head><body><h1>Fares</h1>'
                    + "".join(f"<p>{part}</p>" for part in body.split("\n\n") if part) + "</body></html>")
    return str(path)


def test_two_inputs_of_one_address_with_other_text_do_not_replace_each_other(tiny_registry, tmp_path):
    """A site whose pages all name one canonical address: the second page is quarantined, not saved over the
    first; a copy of one page is no conflict."""
    url = "https://news.example/story"
    paths = [_page(tmp_path / "a.html", url, ARTICLE), _page(tmp_path / "b.html", url, REPEATED),
             _page(tmp_path / "a-copy.html", url, ARTICLE)]
    out = tmp_path / "out"
    handle = ModelHandle(str(champion_dir(tiny_registry)))
    summaries = analyse_sources(paths, handle, out, "run-1")
    assert [s.error is None for s in summaries] == [True, False, True]
    assert "a.html, another input of this run, is the same article by its address" in summaries[1].error
    assert pd.read_parquet(out / "quarantine").source.tolist() == [paths[1]]
    assert pd.read_parquet(out / "article_metrics").title.tolist() == ["Fares"]
    saved = pd.read_parquet(out / "reactions").text.tolist()
    assert "It is a disgrace" in " ".join(saved) and "Worst idea" not in " ".join(saved)
    # the next run: the first page unchanged (skipped), the other still refused
    again = analyse_sources(paths[:2], handle, out, "run-2")
    assert again[0].skipped and again[1].error is not None
    assert "Worst idea" not in " ".join(pd.read_parquet(out / "reactions").text)


def test_an_article_over_the_item_cap_is_analysed_on_its_first_items_and_says_so(tiny_registry, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The council met on Monday.\n\n" + "".join(
        f'"Reaction number {word} to the plan," rider {name} wrote.\n\n'
        for word, name in zip(["one", "two", "three", "four", "five"], ["Ann Lee", "Bo Kim", "Cy Diaz", "Di Ray",
                                                                     "Ed Fox"], strict=True)))
    summary = analyse_source(str(path), ModelHandle(str(champion_dir(tiny_registry))), tmp_path / "out", "r",
                             settings=Settings(max_items_per_article=3))
    metrics = pd.read_parquet(tmp_path / "out" / "article_metrics").iloc[0]
    assert (metrics.n_items, metrics.n_items_found, metrics.items_capped) == (3, 5, True)
    reactions = pd.read_parquet(tmp_path / "out" / "reactions").sort_values("char_start")
    assert [t.split()[2] for t in reactions.text] == ["one", "two", "three"] and summary.n_items == 3


def test_text_past_the_bounds_of_work_is_counted_as_unread(tiny_registry, tmp_path, monkeypatch):
    from backlash.extract import parse

    monkeypatch.setattr(parse, "MAX_PARAGRAPH_CHARS", 120)  # instead of writing a 20,000-character paragraph
    long = '"This fare rise is a disgrace and I will never ride again," one rider wrote. ' * 2
    path = tmp_path / "a.txt"
    path.write_text(f"{ARTICLE}\n{long}\n")
    analyse_source(str(path), ModelHandle(str(champion_dir(tiny_registry))), tmp_path / "out", "r")
    metrics = pd.read_parquet(tmp_path / "out" / "article_metrics").iloc[0]
    assert metrics.n_chars_unread == len(long.strip())


def test_an_unchanged_article_is_skipped_without_the_model_and_a_changed_one_replaced(tiny_registry, tmp_path):
    calls: list = []
    handle = CountingHandle(str(champion_dir(tiny_registry)), calls=calls)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    out = tmp_path / "out"
    first = analyse_source(str(path), handle, out, "run-1")
    again = analyse_source(str(path), handle, out, "run-2")
    assert not first.skipped and again.skipped and len(calls) == 1
    assert again.n_reactions == first.n_reactions
    path.write_text(ARTICLE + '\n"Worst idea this year," another rider posted.\n')
    changed = analyse_source(str(path), handle, out, "run-3")
    assert not changed.skipped and len(calls) == 2
    metrics = pd.read_parquet(out / "article_metrics")
    assert len(metrics) == 2  # the edited text is a new article id; nothing duplicated
    assert metrics.run_id.tolist().count("run-2") == 0


WRITER = textwrap.dedent("""
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from backlash import storage
    out, key, reason, rows, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    row = {"run_id": "r", "quarantined_at": datetime.now(UTC), "source": "s" * 200,
           "error_type": "E", "reason": reason}
    if mode == "pause":  # write the whole table, then say so and wait (to be killed) before the rename
        write_table = storage.pq.write_table

        def write_then_pause(table, handle):
            write_table(table, handle)
            handle.flush()  # the bytes are in the temporary file; the rename has not happened
            (out / "mid-write").touch()
            time.sleep(600)

        storage.pq.write_table = write_then_pause
    storage.write_rows(out, "quarantine", key, [row] * rows)
""")


def _writer(out, key: str, reason: str, rows: int, mode: str = "once") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(out), key, reason, str(rows), mode])


def test_a_process_killed_mid_write_leaves_the_previous_file_readable(tmp_path):
    assert _writer(tmp_path, "k", "old", 10).wait() == 0
    process = _writer(tmp_path, "k", "new", 1000, "pause")
    deadline = time.monotonic() + 120
    while not (tmp_path / "mid-write").exists():
        assert process.poll() is None and time.monotonic() < deadline, "the writer never reached the write"
        time.sleep(0.2)
    process.kill()
    process.wait()
    # The kill landed between writing the new table and renaming it: its temporary file is there...
    [partial] = (tmp_path / "quarantine").glob(".tmp-*")
    assert partial.stat().st_size > 0
    # ...and readers still see the previous rows, whole.
    frame = storage.read_dataset(tmp_path, "quarantine")
    assert frame.reason.tolist() == ["old"] * 10


def test_concurrent_writers_lose_no_rows(tmp_path):
    processes = [_writer(tmp_path, f"k{i}", f"w{i}", 1000) for i in range(6)]
    processes += [_writer(tmp_path, "shared", f"s{i}", 1000) for i in range(3)]
    assert all(p.wait() == 0 for p in processes)
    frame = storage.read_dataset(tmp_path, "quarantine")
    assert sorted(set(frame.reason) - {"s0", "s1", "s2"}) == [f"w{i}" for i in range(6)]
    assert len(frame) == 7 * 1000  # six keys, and the shared key holds exactly one writer's rows


def test_rollups_flag_a_spike_once(tmp_path):
    from datetime import UTC, datetime, timedelta

    from backlash.pipeline import update_rollups

    start = datetime(2026, 11, 1, 12, tzinfo=UTC)
    for day, n in enumerate([1, 0, 1, 0, 9]):
        storage.write_rows(tmp_path, "article_metrics", f"a{day}--v", [{
            "run_id": "r", "model_version": "v", "extractor_version": "x", "processed_at": start,
            "article_id": f"a{day}", "subject": "Dana Whitfield", "published_at": start + timedelta(days=day),
            "n_reactions": n, "n_against": n, "n_favor": 0}])
    spikes = update_rollups(tmp_path, "run-1")
    assert [(s["subject"], s["day"].day, s["n_reactions"]) for s in spikes] == [("Dana Whitfield", 5, 9)]
    assert update_rollups(tmp_path, "run-2") == []  # already alerted
    daily = pd.read_parquet(tmp_path / "subject_daily")
    assert len(daily) == 5 and daily.spike.sum() == 1 and set(daily.run_id) == {"run-2"}

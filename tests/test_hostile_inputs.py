"""A batch of hostile and broken inputs goes through the flow: each one is analysed or
quarantined with a clear reason, and the good article beside them is not lost."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

pytestmark = pytest.mark.flow

GOOD = ('Mayor Dana Whitfield proposed doubling fares, saying the budget needs it.\n\n'
        '"It is the responsible choice," Whitfield said.\n\n"It is a disgrace," one rider wrote.\n')


def hostile_corpus(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said \"no way, this is a disgrace\".".encode("latin-1"))
    (folder / "utf16.txt").write_text(GOOD, encoding="utf-16")
    (folder / "big.txt").write_text(("The council met again today and discussed the budget. " * 20 + "\n\n")
                                    * (10_000_000 // 1102))
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 5000 + "<p>Deep text here.</p>"
                                        + "</div>" * 5000 + "</body></html>")
    (folder / "embeds.html").write_text("<html><body><p>Story.</p>" + "".join(
        f'<blockquote class="twitter-tweet"><p lang="en">post {i}</p>&mdash; A (@a) '
        f'<a href="https://twitter.com/a/status/{i}">May 1</a></blockquote>' for i in range(10_000))
        + "</body></html>")
    (folder / "bad.json").write_text('{"text": "unterminated')
    (folder / "doc.pdf").write_bytes(b"%PDF-1.4 ...")
    (folder / "utf32.txt").write_text(GOOD, encoding="utf-32")  # (its mark opens with UTF-16's)
    # a JSON escape that pairs with nothing, and a date that would make a day series of millions of rows
    (folder / "surrogate.json").write_text(json.dumps({"text": GOOD.replace("disgrace", "disgrace \udcff")}))
    (folder / "year9999.json").write_text(json.dumps({"text": GOOD, "published_at": "9999-12-31T23:59:59"}))
    # a file name whose bytes are not UTF-8; terminal escapes and a text-direction override in the text
    (folder / os.fsdecode(b"bad-name-\xff.txt")).write_text(GOOD + '\n"Shameful," another rider wrote.\n')
    (folder / "controls.txt").write_text(GOOD.replace("Whitfield", "Whit\u202efield\x1b]0;pwned\x07", 1))
    return folder


def test_hostile_batch(prefect_backend, tiny_registry, tmp_path, monkeypatch):
    from backlash_app.analyze import analyze

    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    folder = hostile_corpus(tmp_path / "in")
    out = tmp_path / "out"
    summaries = analyze([str(folder)], out_dir=str(out), urls=["http://127.0.0.1:9/unreachable"],
                        allow_private=True)
    by_name = {s["source"].rsplit("/", 1)[-1]: s for s in summaries}
    assert len(by_name) == 16
    expected_errors = {"empty.txt": "empty file", "binary.txt": "binary content", "bad.json": "malformed JSON",
                       "doc.pdf": "unsupported file type .pdf", "unreachable": "cannot fetch",
                       "year9999.json": "is not a publication date"}
    for name, reason in expected_errors.items():
        assert reason in (by_name[name]["error"] or ""), (name, by_name[name]["error"])
    for name in ("good.txt", "latin1.txt", "utf16.txt", "utf32.txt", "big.txt", "embeds.html", "nested.html",
                 "surrogate.json", "bad-name-\ufffd.txt", "controls.txt"):
        assert by_name[name]["error"] is None, (name, by_name[name]["error"])
    assert by_name["embeds.html"]["n_items"] == 5_000  # the default item cap
    assert by_name["good.txt"]["n_reactions"] == 1
    # 5,000 nested divs: the text inside is found, and it holds no statement.
    assert (by_name["nested.html"]["error"], by_name["nested.html"]["n_items"]) == (None, 0)
    quarantine = pd.read_parquet(out / "quarantine")
    assert set(quarantine.source.str.rsplit("/", n=1).str[-1]) == {
        name for name, s in by_name.items() if s["error"]}
    assert quarantine.reason.str.len().gt(5).all()
    metrics = pd.read_parquet(out / "article_metrics")
    # good.txt, utf16.txt and utf32.txt hold the same text: one article, analysed once.
    assert len(metrics) == len({s["article_id"] for s in summaries if not s["error"]}) == 8
    reactions = pd.read_parquet(out / "reactions")
    written = " ".join(reactions.text.dropna()) + " ".join(metrics.title.dropna()) + " ".join(metrics.source)
    assert not any(c in written for c in "\x1b\x07\u202e\udcff")


def test_a_file_named_directly_whose_name_is_not_utf8_is_analysed(prefect_backend, tiny_registry, tmp_path,
                                                                   monkeypatch):
    """The flow's parameters travel as JSON, which cannot hold such a name: it goes as its bytes (`as_parameter`,
    as the command line sends it) and comes back whole."""
    from backlash.records import as_parameter, from_parameter
    from backlash_app.analyze import analyze

    monkeypatch.setenv("BACKLASH_MODELS_DIR", str(tiny_registry))
    path = tmp_path / os.fsdecode(b"caf\xe9 fares.txt")
    path.write_text(GOOD)
    sent = as_parameter(str(path))
    assert sent.isascii() and from_parameter(sent) == str(path) and as_parameter("plain.txt") == "plain.txt"
    [summary] = analyze([sent], out_dir=str(tmp_path / "out"))
    assert summary["error"] is None and summary["n_reactions"] == 1
    assert pd.read_parquet(tmp_path / "out" / "runs").inputs[0].tolist() == [str(tmp_path / "caf\ufffd fares.txt")]

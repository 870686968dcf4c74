"""Attribution quality and speed on PolNeAR (train split), beside the best rule-based anchor.

    python bench/extraction.py [--polnear ../shared/data/polnear/train] [--limit N] [--errors 10]

Direct quotes (span and speaker right) and indirect attributions (our unquoted statements against
PolNeAR's attributions without quote marks); the matching rule is in `bench/polnear_scoring.py`.
Speed is CPU time of one thread (process time), so a busy machine does not flatter or hurt it:
full extraction with the parser per article, 5 MB of text, 5 MB of quote marks, 5 MB on one line,
5 MB with 2,000 named speakers, 10,000 embeds. Then the hand-written pattern cases of
`bench/extraction_dev.json`. The dev set of real articles is scored by
`python bench/verdict.py --extraction-only`.
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")  # one core

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from polnear_scoring import Score, read_polnear, score_document  # noqa: E402
from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from backlash.config import Settings  # noqa: E402
from backlash.extract import extract  # noqa: E402
from backlash.extract.parse import load_parser  # noqa: E402
from backlash.records import Article  # noqa: E402

ANCHOR = "GenderGapTracker (rules on a dependency parse): P 84.6 / R 82.7 / F1 83.7"


def _line(name: str, score: Score) -> str:
    f = score.figures()
    return (f"{name}: P {f['precision']:.1f} / R {f['recall']:.1f} / F1 {f['f1']:.1f} (span and speaker; "
            f"{score.gold} gold, {score.predicted} predicted); span only P {f['span_precision']:.1f} / "
            f"R {f['span_recall']:.1f} / F1 {f['span_f1']:.1f}; speaker accuracy on matched spans "
            f"{f['speaker_accuracy']:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, default=Settings().data_dir / "polnear" / "train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print this many missed direct quotes")
    args = parser.parse_args()
    documents = read_polnear(args.polnear, args.limit)
    load_parser()
    direct, indirect, misses = Score(), Score(), []
    started = time.process_time()
    extractions = [extract(Article(article_id=d.name, source=d.name, title="", text=d.text)) for d in documents]
    seconds = time.process_time() - started
    for document, extraction in zip(documents, extractions, strict=True):
        located = [i for i in extraction.items if i.char_start is not None and i.char_end is not None]
        quoted = [(i.char_start, i.char_end, i.speaker or "") for i in located if i.quoted]
        unquoted = [(i.char_start, i.char_end, i.speaker or "") for i in located if not i.quoted]
        direct.add(score_document(quoted, document.quotes))
        indirect.add(score_document(unquoted, document.indirect))
        if args.errors and len(misses) < args.errors:
            for g in document.quotes:
                if not any(s < g.end and g.start < e for s, e, _ in quoted):
                    misses.append(f"MISS {document.name}: [{g.speaker}] {document.text[g.start:g.end][:160]!r}")
    print(f"PolNeAR train: {len(documents)} articles")
    print(_line("direct quotes", direct))
    print(f"anchor: {ANCHOR}")
    print(_line("indirect (unquoted) attributions", indirect))
    print(f"speed: full extraction with the parser {len(documents) / seconds:.1f} articles/s "
          f"({seconds:.1f} s CPU, one thread)")
    for line in misses[: args.errors]:
        print(line)
    prose = ('The mayor spoke. "This is a terrible plan for everyone here," one user wrote. '
             'Critics slammed the proposal. "Odd quote\n\n')
    marks = '"'  # a wall of quote marks: not prose, so not scanned mark by mark
    run_on = "#tag word 'quoted' "  # one line, no full stop: hashtags, single marks, sentence breaks
    print(f"5 MB of text: {_five_megabytes(prose):.1f} s CPU; 5 MB of quote marks: {_five_megabytes(marks):.1f} s "
          f"CPU; 5 MB on one line without a full stop: {_five_megabytes(run_on):.1f} s CPU; "
          f"5 MB with 2,000 named speakers: {_named_speakers():.1f} s CPU; "
          f"10,000 embeds: {_ten_thousand_embeds():.1f} s CPU")
    print()
    dev_set(Path(__file__).with_name("extraction_dev.json"))


def _five_megabytes(paragraph: str) -> float:
    text = paragraph * (5_000_000 // len(paragraph))
    started = time.process_time()
    extract(Article(article_id="big", source="big", title="", text=text))
    return time.process_time() - started


def _named_speakers(count: int = 2_000) -> float:
    """Each speaker's name is looked up in the text: many distinct names must not cost a search of the whole text
    each."""
    syllables = [a + b for a in "bdfgklmnprstvz" for b in "aeiou"]
    names = [f"{syllables[i % 70].title()}{syllables[i // 70 % 70]} {syllables[i * 7 % 70].title()}{syllables[i % 13]}"
             for i in range(count)]
    calm = "Markets were calm on the day and traders went about their business as usual. " * 30
    text = "The Central Bank of Kenya on Tuesday cut its benchmark rate to 8.75 per cent.\n\n" + "\n\n".join(
        f'"Rates are still too high," said trader {name} at the market.\n\n{calm}' for name in names)
    started = time.process_time()
    extract(Article(article_id="speakers", source="speakers", title="Central Bank cuts rate", text=text))
    return time.process_time() - started


def _ten_thousand_embeds() -> float:
    tweet = ('<blockquote class="twitter-tweet"><p lang="en">post {i}</p>&mdash; A (@a) '
             '<a href="https://twitter.com/a/status/{i}">May 1</a></blockquote>')
    html = "<html><body><p>Story.</p>" + "".join(tweet.format(i=i) for i in range(10_000)) + "</body></html>"
    started = time.process_time()
    extract(Article(article_id="embeds", source="embeds", title="", text="Story.", html=html))
    return time.process_time() - started


def _satisfied(expected: dict, items: list) -> bool:
    for item in items:
        if expected.get("quote") is None and item.text is not None:
            continue
        if expected.get("quote") and expected["quote"] not in (item.text or ""):
            continue
        if (item.speaker or "") != expected["speaker"]:
            continue
        if any(expected.get(key) is not None and getattr(item, field) != expected[key]
               for key, field in (("kind", "kind"), ("platform", "platform"), ("role", "speaker_role"))):
            continue
        return True
    return False


def dev_set(path: Path) -> None:
    """Hand-written cases, one per pattern: each expected item must be found as written."""
    cases = json.loads(path.read_text())
    passed = 0
    for case in cases:
        html = case.get("html")
        text = case.get("text") or LexborHTMLParser(html).body.text(separator="\n", strip=True)
        try:
            items = extract(Article(article_id="dev", source="dev", title="", text=text, html=html)).items
        except Exception as error:  # the dev set reports, it does not stop
            print(f"FAIL  {case['pattern']}: {type(error).__name__}: {error}")
            continue
        expected = case["expect"]
        ok = expected is None or (all(_satisfied(e, items) for e in expected) and (
            len(items) == len(expected) if case.get("exact_count") or not expected else True))
        passed += ok
        print(f"{'ok  ' if ok else 'FAIL'}  {case['pattern']}")
    print(f"dev set: {passed}/{len(cases)} patterns")


if __name__ == "__main__":
    main()

"""Quote attribution quality and speed on PolNeAR (train split), beside the best rule-based anchor.

    python bench/extraction.py [--polnear ../shared/data/polnear/train] [--limit N] [--errors 10]

The matching rule is in `bench/polnear_scoring.py`.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from polnear_scoring import Score, read_polnear, score_document
from selectolax.lexbor import LexborHTMLParser

from backlash.config import Settings
from backlash.extract import extract
from backlash.extract.quotes import quoted_statements
from backlash.records import Article

ANCHOR = "GenderGapTracker (rules on a dependency parse): P 84.6 / R 82.7 / F1 83.7"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, default=Settings().data_dir / "polnear" / "train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses and false alarms")
    args = parser.parse_args()
    documents = read_polnear(args.polnear, args.limit)
    total, misses = Score(), []
    started = time.perf_counter()
    predictions = [quoted_statements(d.text) for d in documents]
    seconds = time.perf_counter() - started
    for document, items in zip(documents, predictions, strict=True):
        predicted = [(i.char_start, i.char_end, i.speaker or "") for i in items]
        total.add(score_document(predicted, document.quotes))
        if args.errors and len(misses) < args.errors:
            for g in document.quotes:
                if not any(s < g.end and g.start < e for s, e, _ in predicted):
                    misses.append(f"MISS {document.name}: [{g.speaker}] {document.text[g.start:g.end][:160]!r}")
    f = total.figures()
    print(f"PolNeAR train: {len(documents)} articles, {total.gold} gold direct quotes, {total.predicted} predicted")
    print(f"ours: P {f['precision']:.1f} / R {f['recall']:.1f} / F1 {f['f1']:.1f} (span and speaker); "
          f"span only P {f['span_precision']:.1f} / R {f['span_recall']:.1f} / F1 {f['span_f1']:.1f}; "
          f"speaker accuracy on matched spans {f['speaker_accuracy']:.1f}")
    print(f"anchor: {ANCHOR}")
    print(f"speed: {len(documents) / seconds:.0f} articles/s ({seconds:.2f} s, one core)")
    for line in misses[: args.errors]:
        print(line)
    started = time.perf_counter()
    for document in documents:
        extract(Article(article_id=document.name, source=document.name, title="", text=document.text))
    print(f"full extraction (quotes, paraphrases, subject, kinds): "
          f"{len(documents) / (time.perf_counter() - started):.0f} articles/s")
    print()
    dev_set(Path(__file__).with_name("extraction_dev.json"))


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

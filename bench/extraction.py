"""Quote attribution quality and speed on PolNeAR (train split), beside the best rule-based anchor.

    python bench/extraction.py [--polnear ../shared/data/polnear/train] [--limit N] [--errors 10]

The matching rule is in `backlash/extract/scoring.py`.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from backlash.config import Settings
from backlash.extract.quotes import quoted_statements
from backlash.extract.scoring import Score, read_polnear, score_document

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


if __name__ == "__main__":
    main()

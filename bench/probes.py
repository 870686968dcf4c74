"""Verdicts and reaction stances on the invented probe articles, against their answer sheets.

    python bench/probes.py [--model VERSION_OR_DIR] [--batch NAME ...]

Each folder under `bench/probes/` holds 20 articles written from `bench/probes/BRIEF.md` and an
`answers.jsonl` written with them (see `bench/probes/README.md`). The script runs the whole
pipeline on each article and prints, per batch and in all, the verdicts that agree with the
answer sheet (beside the constant answer "mixed", the most frequent one) and, of the answer
sheet's reactions that the pipeline finds as reactions (its text holding the reaction's first
words), how many get the annotator's stance.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from verdict import predicted_verdict  # noqa: E402  (bench/ is on the path when run as a script)

from backlash.config import Settings  # noqa: E402
from backlash.ingest import read_article  # noqa: E402
from backlash.modeling.classifier import Classifier  # noqa: E402
from backlash.modeling.registry import resolve_model  # noqa: E402
from backlash.pipeline import analyse_article  # noqa: E402

PROBES = Path(__file__).resolve().parent / "probes"
HEAD_CHARS = 40  # the answer's first words, as far as they are matched


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("’", "'")).split())


def score_batch(folder: Path, classifier: Classifier, settings: Settings) -> dict[str, int]:
    """Verdicts right (and answered `mixed`), answer-sheet reactions, those found as reactions, and those with the
    right stance."""
    counts = dict.fromkeys(("articles", "verdicts", "mixed", "reactions", "found", "stance"), 0)
    for line in (folder / "answers.jsonl").read_text(encoding="utf-8").splitlines():
        answer = json.loads(line)
        result = analyse_article(read_article(folder / answer["file"]), classifier, settings)
        found = [(_words(text or ""), stance) for text, kind, stance
                 in zip(result.reactions.text, result.reactions.kind, result.reactions.stance, strict=True)
                 if kind == "reaction" and isinstance(stance, str)]
        counts["articles"] += 1
        counts["verdicts"] += predicted_verdict(result.metrics) == answer["verdict"]
        counts["mixed"] += answer["verdict"] == "mixed"
        for reaction in answer["reactions"]:
            head = _words(reaction["quote_head"])[:HEAD_CHARS]
            stance = next((s for text, s in found if head and head in text), None)
            counts["reactions"] += 1
            counts["found"] += stance is not None
            counts["stance"] += stance == reaction["stance"]
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="model version or folder (default: the champion)")
    parser.add_argument("--batch", nargs="*", help="batch folders under bench/probes (default: all)")
    args = parser.parse_args()
    settings = Settings()
    classifier = Classifier.load(Path(resolve_model(settings.models_dir, args.model)))
    classifier.batch_size = settings.batch_size
    batches = sorted(p for p in PROBES.iterdir() if (p / "answers.jsonl").is_file())
    batches = [b for b in batches if not args.batch or b.name in args.batch]
    print(f"model: {classifier.version}")
    total: dict[str, int] = {}
    for folder in batches:
        counts = score_batch(folder, classifier, settings)
        total = {k: total.get(k, 0) + v for k, v in counts.items()}
        print(f"{folder.name:24} verdicts {counts['verdicts']}/{counts['articles']}; reactions found "
              f"{counts['found']}/{counts['reactions']}, with the annotator's stance {counts['stance']}")
    if total:
        print(f"{'all':24} verdicts {total['verdicts']}/{total['articles']} (constant 'mixed': {total['mixed']}); "
              f"reactions found {total['found']}/{total['reactions']}, with the annotator's stance {total['stance']}")


if __name__ == "__main__":
    sys.exit(main())

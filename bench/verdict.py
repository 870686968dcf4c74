"""Verdict benchmark: the whole pipeline on each hand-annotated dev article, against a careful reader.

    python bench/verdict.py [--model VERSION_OR_DIR] [--extraction-only] [--errors N] [--gold FILE]

Reads each article of `bench/devset/articles.jsonl` (see `bench/devset/README.md`), extracts,
classifies with the champion model (or `--model`), aggregates with `backlash.metrics`, and prints
each article's gold and predicted verdict, the agreement beside two constant answers, the stance
the model gives each gold reaction's own span (with the target the pipeline builds: the model's
figure apart from extraction, steadier than the verdict on a few dozen articles), the stance the
pipeline gives the reactions it found that match a labeled one (what users read), and the
extraction figures (reaction P/R/F1, kind and speaker accuracy, subject right; the matching rule is
in `bench/devset.py`). `--extraction-only` prints the extraction figures without loading a model.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import devset  # noqa: E402  (bench/ is on the path when run as a script)

from backlash.config import Settings  # noqa: E402
from backlash.extract import Extraction, extract  # noqa: E402
from backlash.modeling.classifier import Classifier, shift_stance_prior  # noqa: E402
from backlash.modeling.registry import resolve_model  # noqa: E402
from backlash.pipeline import ArticleResult, analyse_article  # noqa: E402
from backlash.records import Article  # noqa: E402


def pipeline_result(article: Article, classifier: Classifier) -> ArticleResult:
    """What the pipeline computes for one article (metrics row, scored reactions), without writing."""
    return analyse_article(article, classifier, Settings())


def stance_of_found_reactions(result: ArticleResult, extraction: Extraction, gold: list, text: str) -> tuple[int, int]:
    """(right, scored): the pipeline's stance of each reaction it found that matches a gold reaction
    with a stance, as the reader labeled it; unlike the gold-span figure, this is what users read."""
    items = {item.item_id: item for item in extraction.items}
    right = scored = 0
    for item_id, kind, stance in zip(result.reactions.item_id, result.reactions.kind, result.reactions.stance,
                                     strict=True):
        if kind != "reaction" or not isinstance(stance, str) or item_id not in items:
            continue
        matches = [g for _, g in devset._pairs(items[item_id], gold, text) if g.kind == "reaction" and g.stance]
        if matches:
            scored += 1
            right += stance == matches[0].stance
    return right, scored


def predicted_verdict(row: dict) -> str:
    """The row's `verdict` when backlash.metrics gives one; else mapped from `backlash_level`."""
    if row.get("verdict") in devset.VERDICTS:
        return str(row["verdict"])
    level = row.get("backlash_level")
    if level == "strong":
        return "strong"
    if level == "moderate":
        return "mixed"
    if level == "low":
        return "supportive" if row.get("n_favor", 0) > row.get("n_against", 0) else "none"
    return "none"  # none, insufficient


def stance_on_gold_spans(spans: list[tuple[str, str, str]], classifier: Classifier, none_weight: float) -> str:
    """The stance of each gold reaction's span toward the extracted target, read as the pipeline
    reads reactions (`shift_stance_prior`), against the gold stance."""
    texts, targets, gold = zip(*spans, strict=True)
    asked = [classifier.reaction_target(t) for t in targets]
    predicted = shift_stance_prior(classifier.predict(list(texts), asked), none_weight)["stance"]
    by_label = devset.recall_by_label(list(zip(gold, predicted, strict=True)))
    right = sum(r for r, _ in by_label.values())
    per_label = ", ".join(f"{label} {r}/{n}" for label, (r, n) in sorted(by_label.items()))
    return (f"stance of the {len(gold)} gold reactions on their own spans: {right} right "
            f"({_percent(right / len(gold))}%; recall {per_label})")


def _percent(x: float) -> str:
    return f"{100 * x:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="model version or folder (default: the champion)")
    parser.add_argument("--extraction-only", action="store_true", help="extraction figures only, no model")
    parser.add_argument("--errors", type=int, default=0, help="print this many missed gold reactions")
    parser.add_argument("--gold", type=Path, default=devset.DEVSET,
                        help="gold file (default: the dev set; bench/devset/heldout.jsonl: the held-out set)")
    args = parser.parse_args()

    settings = Settings()
    found, skipped = devset.read_devset(settings.data_dir, devset.load_gold(args.gold))
    for line in skipped:
        print(f"skipped {line}")
    if not found:
        print("no dev article could be read; nothing to score")
        return
    classifier = None
    if not args.extraction_only:
        model_dir = resolve_model(settings.models_dir, args.model)
        classifier = Classifier.load(Path(model_dir))
        classifier.batch_size = settings.batch_size
        print(f"model: {classifier.version} ({model_dir})")

    total = devset.ItemScore()
    subjects: list[bool] = []
    verdicts: list[tuple[str, str]] = []
    gold_spans: list[tuple[str, str, str]] = []  # (span text, target, gold stance) of gold reactions
    found_stance = [0, 0]  # found reactions with the reader's stance, of those matching a labeled one
    started = time.perf_counter()
    print(f"{'article':44} {'gold':10} {'predicted':10} {'right/pred found/gold':>21}  subject (gold | predicted)")
    for dev in found:
        gold = dev.gold
        extraction = extract(dev.article)
        score = devset.score_items(extraction.items, gold.items, dev.article.text)
        total.add(score)
        right = devset.subject_right(extraction.subject, gold)
        if right is not None:
            subjects.append(right)
        guess = "-"
        if classifier is not None:
            result = pipeline_result(dev.article, classifier)
            guess = predicted_verdict(result.metrics)
            verdicts.append((gold.verdict, guess))
            right_found, scored_found = stance_of_found_reactions(result, extraction, gold.items, dev.article.text)
            found_stance[0] += right_found
            found_stance[1] += scored_found
            gold_spans += [(dev.article.text[item.start:item.end], extraction.target, item.stance)
                           for item in gold.items if item.kind == "reaction" and item.stance
                           and item.start is not None]  # a text-less embed has no span of its own
        mark = "" if classifier is None else ("  ok" if guess == gold.verdict else "  XX")
        counts = f"{score.correct_reactions}/{score.predicted_reactions} {score.found_reactions}/{score.gold_reactions}"
        subject = "ok" if right else ("-" if right is None else "wrong")
        print(f"{Path(gold.file).stem[:44]:44} {gold.verdict:10} {guess:10} {counts:>21}  "
              f"{subject}: {gold.subject} | {extraction.subject}{mark}")
    seconds = time.perf_counter() - started

    print()
    if verdicts:
        gold_counts = Counter(g for g, _ in verdicts)
        common, n_common = gold_counts.most_common(1)[0]
        print(f"verdict agreement: {_percent(devset.agreement(verdicts))}% of {len(verdicts)} articles "
              f"(gold: {dict(gold_counts)}; predicted: {dict(Counter(p for _, p in verdicts))})")
        print(f"constant '{common}' (the most frequent gold verdict): {_percent(n_common / len(verdicts))}%")
        if common != "strong":
            print(f"constant 'strong': {_percent(gold_counts['strong'] / len(verdicts))}%")
    if gold_spans:
        print(stance_on_gold_spans(gold_spans, classifier, settings.reaction_none_weight))
        right, scored = found_stance
        print(f"stance of the {scored} found reactions that match a labeled one, as the pipeline gives it: "
              f"{right} right ({_percent(right / scored if scored else 0.0)}%)")
    f = total.figures()
    print(f"reactions: P {_percent(f['precision'])} / R {_percent(f['recall'])} / F1 {_percent(f['f1'])} "
          f"({total.correct_reactions}/{total.predicted_reactions} predicted right, "
          f"{total.found_reactions}/{total.gold_reactions} gold found)")
    print(f"kind accuracy {_percent(f['kind_accuracy'])}%, speaker right {_percent(f['speaker_accuracy'])}% "
          f"over {total.matched} matched items")
    if subjects:
        print(f"subject right: {_percent(sum(subjects) / len(subjects))}% of {len(subjects)} articles with a subject")
    print(f"{len(found)} articles in {seconds:.1f} s")
    for item in total.missed[: args.errors]:
        print(f"MISSED [{item.speaker}] {item.quote_head}")


if __name__ == "__main__":
    sys.exit(main())

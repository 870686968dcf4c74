"""Classifier speed on this machine, sentiment and stance together, same texts for every contender.

    python bench/classify.py [--n 8000] [--naive-n 2000] [--threads 2] [--data-dir ../shared/data]

Contenders, all on our encoder and heads:
- naive: a `transformers.pipeline` called once per text on the `target [SEP] text` pair (both
  heads read that one encoding, so this is already one call per text, not two);
- ours in-process: `Classifier.predict` (adapter merged, length-sorted batches, dynamic padding,
  identical pairs once), in each precision (`auto` is bf16 on a CPU with native bf16, else fp32);
- `backlash predict`: the whole command on a CSV of the same texts (start-up, model load, CSV
  in and out included), as a user runs it.
Texts: TweetEval sentiment test tweets, each with one of a few article-style targets. Every row
reports TweetEval sentiment macro-recall on the texts used: read with a target and without one
("sentiment only"), it shows whether the shared encoding costs sentiment anything.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pandas as pd  # noqa: E402
import torch  # noqa: E402
from transformers import pipeline  # noqa: E402

from backlash.config import Settings  # noqa: E402
from backlash.modeling import corpora  # noqa: E402
from backlash.modeling.classifier import Classifier, resolve_precision  # noqa: E402
from backlash.modeling.evaluate import macro_recall  # noqa: E402
from backlash.modeling.registry import champion_dir  # noqa: E402
from backlash.modeling.text import normalize_post  # noqa: E402

TARGETS = ["the mayor's fare rise", "Donald Trump", "the new stadium plan", "the airline's bag fee"]


def naive_pipeline(classifier: Classifier):
    extractor = pipeline("feature-extraction", model=classifier.network.encoder,
                         tokenizer=classifier.tokenizer, device="cpu")
    heads = classifier.network.heads

    def run(texts: list[str], targets: list[str]) -> pd.Series:
        labels = []
        with torch.inference_mode():
            for text, target in zip(texts, targets, strict=True):
                pair = {"text_pair": normalize_post(text), "truncation": True}
                hidden = torch.tensor(extractor(target, tokenize_kwargs=pair)[0]).mean(0)
                labels.append(("negative", "neutral", "positive")[int(heads["sentiment"](hidden).argmax())])
                heads["stance"](hidden)
        return pd.Series(labels)

    return run


def in_process(classifier: Classifier):
    return lambda texts, targets: classifier.predict(texts, targets).sentiment


def whole_command(model_dir: Path, precision: str):
    def run(texts: list[str], targets: list[str]) -> pd.Series:
        with tempfile.TemporaryDirectory() as tmp:
            src, out = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
            pd.DataFrame({"text": texts, "target": targets}).to_csv(src, index=False)
            command = [sys.executable, "-m", "backlash_app.cli" if _has_app() else "backlash.cli", "predict",
                       str(src), "--text-col", "text", "--target-col", "target", "--out", str(out),
                       "--model", model_dir.name, "--precision", precision]
            subprocess.run(command, check=True, capture_output=True)
            return pd.read_csv(out).sentiment
    return run


def _has_app() -> bool:
    try:
        import backlash_app  # noqa: F401
    except ImportError:
        return False
    return True


def timed(run, texts: list[str], targets: list[str], warm: bool = True) -> tuple[float, pd.Series]:
    if warm:
        run(texts[:64], targets[:64])
    start = time.perf_counter()
    labels = run(texts, targets)
    return len(texts) / (time.perf_counter() - start), labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=8000)
    parser.add_argument("--naive-n", type=int, default=2000, help="texts for the naive baseline (slow)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--data-dir", type=Path, default=Settings().data_dir)
    parser.add_argument("--skip-command", action="store_true", help="leave out `backlash predict`")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    test = corpora.tweeteval_sentiment(args.data_dir, "test").sample(args.n, random_state=0)
    texts, gold = test.text.tolist(), test.label.tolist()
    targets = [TARGETS[i % len(TARGETS)] for i in range(len(texts))]
    model_dir = champion_dir(Settings().models_dir)
    fp32, bf16, int8 = (Classifier.load(model_dir, precision=p) for p in ("fp32", "bf16", "int8"))
    auto = resolve_precision("auto")
    contenders = [("naive pipeline, one call per text", naive_pipeline(fp32), args.naive_n),
                  ("ours in-process fp32", in_process(fp32), args.n),
                  ("ours in-process fp32, sentiment only", lambda t, _: fp32.predict(t).sentiment, args.n),
                  ("ours in-process bf16", in_process(bf16), args.n),
                  ("ours in-process int8", in_process(int8), args.n)]
    if not args.skip_command:
        contenders += [(f"backlash predict (whole command), auto={auto}", whole_command(model_dir, "auto"), args.n),
                       ("backlash predict (whole command), fp32", whole_command(model_dir, "fp32"), args.n)]
    results = {}
    for name, run, n in contenders:
        speed, labels = timed(run, texts[:n], targets[:n], warm="whole" not in name)
        results[name] = (speed, 100 * macro_recall(gold[:n], labels.tolist()), n)
    naive = results["naive pipeline, one call per text"][0]
    print(f"model {fp32.version}, {args.threads} threads, sentiment + stance per text, "
          f"TweetEval sentiment test tweets; `auto` is {auto} on this CPU")
    print(f"{'contender':<44} {'texts':>6} {'texts/s':>9} {'x naive':>8} {'macro-recall':>13}")
    for name, (speed, score, n) in results.items():
        print(f"{name:<44} {n:>6} {speed:>9.1f} {speed / naive:>8.2f} {score:>13.1f}")


if __name__ == "__main__":
    main()

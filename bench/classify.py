"""Classifier speed on this machine: texts per second, same texts for every contender.

    python bench/classify.py [--n 2000] [--threads 2] [--data-dir ../shared/data]

Contenders: a naive `transformers.pipeline` (one text per call) on our encoder with our head;
our fp32 path (length-sorted batches, dynamic padding); our int8 path; a roberta-base-sized
classifier built from its config with random weights, run through the same batched path
(its speed does not depend on its weights). Our paths also report TweetEval sentiment
macro-recall on the texts used.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from transformers import RobertaConfig, RobertaModel, pipeline  # noqa: E402

from backlash.config import Settings  # noqa: E402
from backlash.modeling import corpora  # noqa: E402
from backlash.modeling.classifier import Classifier  # noqa: E402
from backlash.modeling.evaluate import macro_recall  # noqa: E402
from backlash.modeling.network import SENTIMENT_LABELS, ReactionNetwork  # noqa: E402
from backlash.modeling.registry import champion_dir  # noqa: E402
from backlash.modeling.text import normalize_post  # noqa: E402


def timed(run, texts: list[str]) -> tuple[float, np.ndarray]:
    run(texts[:64])  # warm-up
    start = time.perf_counter()
    probs = run(texts)
    return len(texts) / (time.perf_counter() - start), probs


def naive_pipeline(classifier: Classifier):
    extractor = pipeline("feature-extraction", model=classifier.network.encoder,
                         tokenizer=classifier.tokenizer, device="cpu")
    head = classifier.network.heads["sentiment"]

    def run(texts: list[str]) -> np.ndarray:
        rows = []
        with torch.inference_mode():
            for text in texts:
                hidden = torch.tensor(extractor(normalize_post(text), truncation=True)[0])
                rows.append(torch.softmax(head(hidden.mean(0)), -1).numpy())
        return np.vstack(rows)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--data-dir", type=Path, default=Settings().data_dir)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    test = corpora.tweeteval_sentiment(args.data_dir, "test").sample(args.n, random_state=0)
    texts, gold = test.text.tolist(), test.label.tolist()
    model_dir = champion_dir(Settings().models_dir)

    fp32 = Classifier.load(model_dir)
    int8 = Classifier.load(model_dir, int8=True)
    roberta = ReactionNetwork(RobertaModel(RobertaConfig(vocab_size=50265)), 768, 0.0).eval()
    roberta_path = Classifier(roberta, fp32.tokenizer, "roberta-base-random", 128)
    results = {}
    for name, run in [
        ("naive pipeline, one text per call", naive_pipeline(fp32)),
        ("ours fp32, sorted batches", fp32.sentiment_probs),
        ("ours int8, sorted batches", int8.sentiment_probs),
        ("roberta-base size (random), sorted batches", roberta_path.sentiment_probs),
    ]:
        subset = texts if "naive" not in name and "roberta" not in name else texts[: max(200, args.n // 4)]
        speed, probs = timed(run, subset)
        score = None
        if "ours" in name or "naive" in name:
            pred = np.array(SENTIMENT_LABELS)[probs.argmax(1)]
            score = 100 * macro_recall(gold[: len(subset)], pred)
        results[name] = (speed, score, len(subset))
    naive = results["naive pipeline, one text per call"][0]
    print(f"model {fp32.version}, {args.threads} threads, TweetEval sentiment test sample")
    print(f"{'contender':<44} {'texts':>6} {'texts/s':>9} {'x naive':>8} {'macro-recall':>13}")
    for name, (speed, score, n) in results.items():
        shown = f"{score:.1f}" if score is not None else "-"
        print(f"{name:<44} {n:>6} {speed:>9.1f} {speed / naive:>8.2f} {shown:>13}")


if __name__ == "__main__":
    main()

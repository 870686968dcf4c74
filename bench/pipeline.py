"""End-to-end pipeline timings on synthetic articles, for 100 / 1,000 / 10,000 reactions.

    python bench/pipeline.py [--sizes 100,1000,10000] [--port 4231] [--no-dask]

Per size it prints: the time of each stage run directly (read, analyse, write), the
same batch through the Prefect flow (default thread runner) and the flow's overhead over the
direct run, an unchanged re-run (every article skipped), the Dask LocalCluster runner, and the
peak memory of this process. The flow runs use the Prefect server on --port when one is running
there (`backlash serve`), else one started for them, as `backlash analyze` does.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


from backlash import storage  # noqa: E402
from backlash.config import Settings  # noqa: E402
from backlash.ingest import read_article  # noqa: E402
from backlash.modeling.registry import champion_dir  # noqa: E402
from backlash.pipeline import ModelHandle, article_result, classify_together, extract_items  # noqa: E402
from backlash_app.server import prefect_server, sigterm_as_interrupt  # noqa: E402

NAMES = ["Ana Ruiz", "Ben Okoro", "Chen Wei", "Dara Kelly", "Eli Stone", "Fay Moss", "Gus Lund", "Hana Sato"]
ROLES = ["journalist", "councillor", "resident", "reporter", "activist", "teacher"]
OPINIONS = ["This plan is a disgrace and everyone knows it", "Finally a decision that makes sense for the city",
            "I cannot believe the council let this happen", "Honestly this is the best news in months",
            "Another broken promise from the mayor", "Not sure yet, I need to read the details"]


def synthetic_article(index: int, rng: random.Random) -> tuple[str, str]:
    """An HTML article with 10 reactions: 5 quotes, 3 embedded posts, 2 paraphrases."""
    mayor = f"Mayor Lee {chr(65 + index % 26)}{index}"
    surname = mayor.split()[-1]
    paragraphs = [f"<h1>{mayor} announces a plan, day {index}</h1>",
                  f"<p>{mayor} announced a new parking plan on Monday, saying the city must act.</p>",
                  f"<p>\"We have no other choice,\" {surname} said.</p>"]
    for _ in range(5):
        paragraphs.append(f"<p>\"{rng.choice(OPINIONS)},\" {rng.choice(ROLES)} {rng.choice(NAMES)} tweeted.</p>")
    for k in range(3):
        paragraphs.append(f'<blockquote class="twitter-tweet"><p lang="en">{rng.choice(OPINIONS)}</p>&mdash; '
                          f'User {k} (@user{index}x{k}) <a href="https://twitter.com/user{index}x{k}/status/'
                          f'{index * 10 + k}">May 1</a></blockquote>')
    paragraphs.append("<p>Residents slammed the plan at the evening meeting.</p>")
    paragraphs.append("<p>The proposal drew backlash from shop owners and commuters.</p>")
    return f"a{index:05d}.html", "<html><body>" + "\n".join(paragraphs) + "</body></html>"


def direct_run(batches: list[list[str]], model: ModelHandle, settings: Settings, out: Path) -> dict[str, float]:
    """The stages without Prefect, in the flow's batches: read, analyse (extract, classify the
    batch's statements together, aggregate), save."""
    timings = dict.fromkeys(["read", "analyse", "write"], 0.0)
    classifier = model.load()
    for batch in batches:
        t0 = time.perf_counter()
        articles = [read_article(Path(path)) for path in batch]
        t1 = time.perf_counter()
        extracted = [extract_items(article, settings) for article in articles]
        items = classify_together([e.items for e in extracted], classifier, settings)
        results = [article_result(e, i, classifier.version, settings) for e, i in zip(extracted, items, strict=True)]
        t2 = time.perf_counter()
        for result in results:
            storage.save_article(out, result, "bench")
        t3 = time.perf_counter()
        for stage, seconds in zip(timings, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            timings[stage] += seconds
    return timings


def timed_flow(runner, paths: list[str], out: Path) -> float:
    started = time.perf_counter()
    runner(paths, out_dir=str(out))
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--port", type=int, default=4231)
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    args = parser.parse_args()
    settings = Settings()
    model = ModelHandle(str(champion_dir(settings.models_dir)), settings.torch_threads, settings.batch_size,
                         settings.precision)
    rows = []
    with sigterm_as_interrupt(), tempfile.TemporaryDirectory() as scratch, prefect_server(args.port):
        from backlash_app.analyze import analyze_with_runner, batches

        for n_reactions in [int(x) for x in args.sizes.split(",")]:
            folder = Path(scratch) / f"in-{n_reactions}"
            folder.mkdir()
            rng = random.Random(n_reactions)
            for index in range(n_reactions // 10):
                name, html = synthetic_article(index, rng)
                (folder / name).write_text(html)
            files = sorted(folder.glob("*.html"))
            stages = direct_run(batches([str(f) for f in files], settings.workers), model, settings,
                                Path(scratch) / f"direct-{n_reactions}")
            direct = sum(stages.values())
            out = Path(scratch) / f"flow-{n_reactions}"
            flow = timed_flow(analyze_with_runner(settings.workers), [str(folder)], out)
            rerun = timed_flow(analyze_with_runner(settings.workers), [str(folder)], out)
            dask = float("nan") if args.no_dask else timed_flow(
                analyze_with_runner(settings.workers, "local"), [str(folder)], Path(scratch) / f"dask-{n_reactions}")
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            rows.append((n_reactions, len(files), stages, direct, flow, rerun, dask, peak_mb))
    print(f"model {model.version}; {settings.workers} task workers; {settings.torch_threads} torch threads")
    print(f"{'reactions':>9} {'articles':>8} {'read':>6} {'analyse':>8} {'write':>6} "
          f"{'direct':>7} {'flow':>7} {'overhead':>9} {'re-run':>7} {'dask':>7} {'peak MB':>8}")
    for n, articles, stages, direct, flow, rerun, dask, peak in rows:
        print(f"{n:>9} {articles:>8} {stages['read']:>6.1f} {stages['analyse']:>8.1f} "
              f"{stages['write']:>6.1f} {direct:>7.1f} {flow:>7.1f} {flow - direct:>9.1f} {rerun:>7.1f} "
              f"{dask:>7.1f} {peak:>8.0f}")
    print("seconds; 'direct' = the stages without Prefect, 'overhead' = flow - direct, 're-run' = same "
          "input and model again (all skipped)")


if __name__ == "__main__":
    main()

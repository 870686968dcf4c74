"""The `analyze` flow: article files in, parquet datasets out. Wiring only; logic is in backlash.
`analyze_with_runner` builds the flow that the CLI runs and `backlash serve` deploys."""

from __future__ import annotations

import math
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.events import emit_event
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import unmapped

from backlash import storage
from backlash.config import Settings
from backlash.ingest import IngestError, changed_files, expand_paths, feed_links
from backlash.modeling.registry import model_version, resolve_model
from backlash.pipeline import (
    ArticleSummary,
    ModelHandle,
    analyse_sources,
    quarantine,
    record_run,
    update_rollups,
)
from backlash.records import from_parameter, printable

MAX_BATCH = 25


@task(cache_policy=NO_CACHE, task_run_name="analyse a batch of articles")
def analyse_batch(sources: list[str], model: ModelHandle, out_dir: str, run_id: str, target: str | None,
                  allow_private: bool, settings: Settings) -> list[dict]:
    return [asdict(summary) for summary in
            analyse_sources(sources, model, Path(out_dir), run_id, target, allow_private, settings)]


def batches(sources: list[str], workers: int) -> list[list[str]]:
    """About four batches per worker, at most MAX_BATCH sources each: few enough tasks that the
    per-task cost of Prefect (and Dask) stays small, enough to keep every worker busy."""
    size = max(1, min(MAX_BATCH, math.ceil(len(sources) / (4 * workers))))
    return [sources[i : i + size] for i in range(0, len(sources), size)]


@task(cache_policy=NO_CACHE)
def collect_sources(paths: list[str], urls: list[str], feeds: list[str], out_dir: str, run_id: str,
                    only_changed: bool, allow_private: bool) -> tuple[list[str], dict[str, str] | None]:
    """Files (only new or changed ones when asked), URLs, and the article links of feeds; with
    `only_changed`, also the files' new content hashes, to be saved once the run is done."""
    out = Path(out_dir)
    files = expand_paths([Path(from_parameter(p)) for p in paths])
    state = None
    if only_changed:
        files, state = changed_files(files, storage.read_state(out, "watched_files"))
    links = []
    for feed in feeds:
        try:
            links += feed_links(feed, allow_private=allow_private)
        except IngestError as error:
            quarantine(out, run_id, feed, error)
    return [str(f) for f in files] + list(dict.fromkeys(urls + links)), state


@flow(name="analyze", log_prints=True)
def analyze(
    paths: list[str], out_dir: str | None = None, model: str | None = None,
    target: str | None = None, urls: list[str] | None = None, feeds: list[str] | None = None,
    only_changed: bool = False, allow_private: bool = False,
) -> list[dict]:
    """Analyse article files or folders, URLs and feeds; write the datasets under `out_dir`."""
    settings = Settings()
    logger = get_run_logger()
    started = datetime.now(UTC)
    run_id = flow_run.get_id() or started.strftime("%Y%m%dT%H%M%S")
    out = Path(out_dir) if out_dir else settings.out_dir
    model_dir = resolve_model(settings.models_dir, model)
    sources, seen = collect_sources(paths, urls or [], feeds or [], str(out), run_id, only_changed, allow_private)
    logger.info("run %s: %d sources, model %s, output %s", run_id, len(sources), model_dir, out)
    handle = ModelHandle(str(model_dir), settings.torch_threads, settings.batch_size, settings.precision)
    # (marked before any article is saved: a run that dies before its rollups leaves them to the next run, which
    # would otherwise find every article unchanged and leave them stale)
    rollups_pending = storage.read_state(out, "rollups").get("pending", False)
    storage.write_state(out, "rollups", {"pending": True})
    futures = analyse_batch.map(
        batches(sources, settings.workers), unmapped(handle), unmapped(str(out)), unmapped(run_id),
        unmapped(target), unmapped(allow_private), unmapped(settings),
    ) if sources else []
    summaries = [summary for future in futures for summary in future.result()]
    if seen is not None:  # only now: a run that dies midway leaves its files to the next run
        storage.write_state(out, "watched_files", seen)
    inputs = [*(printable(from_parameter(p)) for p in paths), *(urls or []), *(feeds or [])]
    record_run(out, run_id, model_version(model_dir), inputs, [ArticleSummary(**s) for s in summaries], started)
    # Rollups change only when an article was (re-)analysed, here or in a run that died before its rollups.
    analysed = any(not s["skipped"] and s["error"] is None for s in summaries)
    for spike in update_rollups(out, run_id) if analysed or rollups_pending else []:
        logger.warning("spike: %s, %s reactions on %s (baseline %.1f)", spike["subject"],
                       spike["n_reactions"], spike["day"].date(), spike["baseline"])
        emit_event(event="backlash.spike",
                   resource={"prefect.resource.id": f"backlash.subject.{spike['subject']}",
                             "prefect.resource.name": spike["subject"]},
                   payload={"day": spike["day"].date().isoformat(), "n_reactions": int(spike["n_reactions"]),
                            "baseline": float(spike["baseline"]), "share_against": spike["share_against"]})
    storage.write_state(out, "rollups", {"pending": False})
    publish_artifacts(run_id, summaries)
    return summaries


def publish_artifacts(run_id: str, summaries: list[dict]) -> None:
    """A markdown summary of the run and a table of the articles with the most backlash."""
    analysed = [s for s in summaries if not s["error"]]
    ranked = sorted(analysed, key=lambda s: (s["backlash_index"] or 0.0, s["n_against"]), reverse=True)
    create_markdown_artifact(key="analyze-summary", description=f"Run {run_id}", markdown="\n".join([
        f"# analyze run {run_id}",
        f"- {len(summaries)} inputs: {len(analysed)} analysed "
        f"({sum(s['skipped'] for s in analysed)} unchanged, skipped), "
        f"{len(summaries) - len(analysed)} quarantined",
        f"- {sum(s['n_reactions'] for s in analysed)} scored reactions",
        *[f"- quarantined `{s['source']}`: {s['error']}" for s in summaries if s["error"]],
    ]))
    create_table_artifact(
        key="most-negative-articles", description=f"Articles by backlash index, run {run_id}",
        table=[{k: s[k] for k in ("title", "subject", "n_reactions", "n_against", "n_favor",
                                  "backlash_index", "backlash_level")} for s in ranked[:20]],
    )


def analyze_with_runner(workers: int, dask: str | None = None):
    """The flow with its article tasks on a thread pool of `workers`, or on Dask: `dask="local"`
    starts a LocalCluster of `workers` single-threaded worker processes, `dask="tcp://host:port"`
    uses a running cluster. Each worker process loads the model once."""
    if dask is None:
        return analyze.with_options(task_runner=ThreadPoolTaskRunner(max_workers=workers))
    from prefect_dask import DaskTaskRunner

    if dask == "local":
        runner = DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                                "processes": True, "dashboard_address": None})
    else:
        runner = DaskTaskRunner(address=dask)
    return analyze.with_options(task_runner=runner)

"""The `analyze` flow: article files in, parquet datasets out. Wiring only; logic is in backlash."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import unmapped

from backlash.config import Settings
from backlash.ingest import expand_paths
from backlash.modeling.registry import model_version, resolve_model
from backlash.pipeline import ArticleSummary, ModelHandle, analyse_file, record_run


@task(cache_policy=NO_CACHE, task_run_name="analyse {path}")
def analyse_file_task(path: str, model: ModelHandle, out_dir: str, run_id: str, target: str | None) -> dict:
    return asdict(analyse_file(Path(path), model, Path(out_dir), run_id, target))


@flow(name="analyze", log_prints=True)
def analyze(
    paths: list[str], out_dir: str | None = None, model: str | None = None,
    target: str | None = None,
) -> list[dict]:
    """Analyse article files (or folders of them) and write the datasets under `out_dir`."""
    settings = Settings()
    logger = get_run_logger()
    started = datetime.now(UTC)
    run_id = flow_run.get_id() or started.strftime("%Y%m%dT%H%M%S")
    out = Path(out_dir) if out_dir else settings.out_dir
    model_dir = resolve_model(settings.models_dir, model)
    files = [str(p) for p in expand_paths([Path(p) for p in paths])]
    logger.info("run %s: %d files, model %s, output %s", run_id, len(files), model_dir, out)
    model = ModelHandle(str(model_dir), settings.torch_threads, settings.batch_size)
    futures = analyse_file_task.map(
        files, unmapped(model), unmapped(str(out)), unmapped(run_id), unmapped(target),
    ) if files else []
    summaries = [future.result() for future in futures]
    record_run(out, run_id, model_version(model_dir), paths, [ArticleSummary(**s) for s in summaries], started)
    create_table_artifact(
        key="article-backlash",
        table=[{k: s[k] for k in ("source", "subject", "n_reactions", "n_against", "n_favor",
                                  "backlash_level", "error")} for s in summaries],
        description=f"Backlash per article, run {run_id}",
    )
    return summaries


def analyze_with_workers(workers: int):
    """The flow with a thread pool of `workers` for article tasks."""
    return analyze.with_options(task_runner=ThreadPoolTaskRunner(max_workers=workers))

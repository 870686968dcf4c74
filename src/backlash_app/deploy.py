"""Scheduled deployments on a Prefect server: `analyze` over its sources on a schedule, and
`retrain` whenever new label files appear. Started by `backlash serve` (or `make serve`)."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, serve

from backlash import storage
from backlash.config import Settings
from backlash.ingest import changed_files, expand_paths
from backlash_app.analyze import analyze_with_runner
from backlash_app.retrain import retrain


@flow(name="retrain-on-new-labels")
def retrain_on_new_labels(labels_dir: str, out_dir: str) -> dict | None:
    """Retrain when label files were added or changed in `labels_dir` since the last check."""
    files = [p for p in expand_paths([Path(labels_dir)]) if p.suffix in (".csv", ".jsonl", ".parquet")]
    new, state = changed_files(files, storage.read_state(Path(out_dir), "label_files"))
    if not new:
        get_run_logger().info("no new label files in %s", labels_dir)
        return None
    result = retrain([str(p) for p in new], out_dir=out_dir)
    storage.write_state(Path(out_dir), "label_files", state)
    return result


def serve_deployments(sources: list[str], out_dir: str, interval: int | None, cron: str | None,
                      labels_dir: str | None, retrain_interval: int, settings: Settings) -> None:
    """Register the deployments with their schedules and run them here until interrupted. The
    analyze deployment is the flow that `backlash analyze` runs, with the same worker limit."""
    deployments = [analyze_with_runner(settings.workers).to_deployment(
        name="scheduled", interval=interval, cron=cron,
        parameters={"paths": sources, "out_dir": out_dir, "only_changed": True},
        description="Analyse new or changed articles of the watched sources.",
    )]
    if labels_dir:
        deployments.append(retrain_on_new_labels.to_deployment(
            name="on-new-labels", interval=retrain_interval, parameters={"labels_dir": labels_dir, "out_dir": out_dir},
            description="Retrain a challenger when new label files appear.",
        ))
    serve(*deployments, limit=1)  # one run at a time: a run that outlasts the interval is not overlapped

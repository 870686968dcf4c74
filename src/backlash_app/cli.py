"""The `backlash` console script."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Measure how the public reacts to news.", no_args_is_help=True,
                  pretty_exceptions_enable=False)


def _quiet_offline_defaults() -> None:
    # A local temporary server and no telemetry unless the user configured Prefect otherwise.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "backlash")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # the weight-loading bar, once per model load

@app.command()
def analyze(
    paths: Annotated[list[Path] | None, typer.Argument(help="Article files (.txt, .html, .json) or folders.")] = None,
    url: Annotated[list[str] | None, typer.Option(help="An article URL to fetch (repeatable).")] = None,
    feed: Annotated[list[str] | None, typer.Option(help="An RSS/Atom feed whose articles to fetch.")] = None,
    only_changed: Annotated[bool, typer.Option(help="Skip files seen before with the same content.")] = False,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching private/loopback addresses.")] = False,
    dask: Annotated[str | None, typer.Option(
        help="Run article tasks on Dask: `local` (a LocalCluster) or a scheduler address tcp://HOST:PORT.")] = None,
    out: Annotated[Path | None, typer.Option(help="Output folder (default data/processed).")] = None,
    target: Annotated[str | None, typer.Option(help="Measure stance toward this target.")] = None,
    model: Annotated[str | None, typer.Option(help="Model folder or version (default: champion).")] = None,
) -> None:
    """Run the analyze flow and print a summary table."""
    _quiet_offline_defaults()
    from backlash.config import Settings
    from backlash.records import as_parameter
    from backlash_app.server import prefect_server, sigterm_as_interrupt

    settings = Settings()
    out_dir = out or settings.out_dir
    if not (paths or url or feed):
        raise typer.BadParameter("give article files or folders, --url or --feed")
    try:
        # A running server (PREFECT_API_URL, or `backlash serve` here) is used; else a temporary one.
        with sigterm_as_interrupt(), prefect_server(temporary=True):
            # Imported only now: Prefect reads PREFECT_API_URL once, when it is first imported.
            from backlash_app.analyze import analyze_with_runner

            summaries = analyze_with_runner(settings.workers, dask)(
                [as_parameter(str(p)) for p in paths or []], out_dir=str(out_dir), model=model, target=target, urls=url,
                feeds=feed, only_changed=only_changed, allow_private=allow_private)
    except KeyboardInterrupt:
        typer.echo("interrupted; the temporary Prefect server is stopped", err=True)
        sys.stderr.flush()
        os._exit(130)  # without waiting for the article tasks still running in worker threads
    typer.echo(summary_table(summaries))
    from backlash.schemas import DATASETS

    written = ", ".join(name for name in DATASETS if (out_dir / name).is_dir())  # (no quarantine when none failed)
    typer.echo(f"\nDatasets written under {out_dir.resolve()}/ ({written})")
    if summaries and all(s.get("error") for s in summaries):
        typer.echo("no input could be analysed: each one is quarantined with its reason", err=True)
        raise typer.Exit(1)  # (for a script: a run that read nothing has failed)


def summary_table(summaries: list[dict]) -> str:
    """A plain-text table: one line per input."""
    header = f"{'article':<44} {'reactions':>9}  {'against/none/favor':<18}  {'verdict':<10}  {'backlash':<12}"
    lines = [header, "-" * len(header)]
    for s in summaries:
        name = (s.get("title") or Path(s["source"]).name)[:44]
        if s.get("error"):
            lines.append(f"{Path(s['source']).name[:44]:<44} {'-':>9}  {'-':<18}  "
                         f"quarantined: {s['error'][:60]}")
            continue
        mix = f"{s['n_against']}/{s['n_none']}/{s['n_favor']}"
        unchanged = "  (unchanged, not re-analysed)" if s.get("skipped") else ""
        lines.append(f"{name:<44} {s['n_reactions']:>9}  {mix:<18}  {s.get('verdict') or '-':<10}  "
                     f"{s['backlash_level']:<12}{unchanged}")
    return "\n".join(lines)


@app.command()
def serve(
    sources: Annotated[list[str], typer.Argument(help="Folders or files to watch.")],
    interval: Annotated[int | None, typer.Option(help="Seconds between analyze runs.")] = None,
    cron: Annotated[str | None, typer.Option(help="Cron schedule instead of --interval.")] = None,
    out: Annotated[Path | None, typer.Option(help="Output folder (default data/processed).")] = None,
    labels: Annotated[Path | None, typer.Option(help="Folder of label files to retrain on.")] = None,
    retrain_interval: Annotated[int, typer.Option(help="Seconds between checks for new labels.")] = 3600,
    port: Annotated[int | None, typer.Option(
        help="Port of the local Prefect server (used when one runs there, else started; default 4200).")] = None,
) -> None:
    """Serve scheduled deployments, on the Prefect server of PREFECT_API_URL or a local one."""
    _quiet_offline_defaults()
    from backlash.config import Settings
    from backlash_app.server import prefect_server, sigterm_as_interrupt

    if (interval is None) == (cron is None):
        raise typer.BadParameter("give exactly one of --interval and --cron")
    settings = Settings()
    out_dir = (out or settings.out_dir).resolve()
    with sigterm_as_interrupt(), prefect_server(port) as api_url:
        typer.echo(f"Prefect API {api_url}; UI at {api_url.removesuffix('/api')}. Ctrl-C stops.")
        from backlash.records import as_parameter
        from backlash_app.deploy import serve_deployments

        serve_deployments([as_parameter(str(Path(s).resolve())) for s in sources], str(out_dir), interval, cron,
                          str(labels.resolve()) if labels else None, retrain_interval, settings)


@app.command()
def extract(path: Path) -> None:
    """Print the chosen subject and target (on stderr), then the statements found, one JSON
    object per line on stdout: who (speaker, role, platform), kind and whether it was quoted first."""
    from backlash.extract import extract as extract_items
    from backlash.ingest import IngestError, read_article

    try:
        article = read_article(path)
    except IngestError as error:
        typer.echo(f"error: {path}: {error}", err=True)
        raise typer.Exit(2) from error
    extraction = extract_items(article)
    # The header goes to stderr so that stdout stays one JSON object per line for `jq` and scripts.
    typer.echo(f"subject: {extraction.subject or '(none found)'}\ntarget: {extraction.target}\n"
               f"headline side: {extraction.headline_side or '(none)'}\n{len(extraction.items)} items", err=True)
    first = ("speaker", "speaker_role", "platform", "kind", "quoted", "text")
    for item in extraction.items:
        fields = asdict(item)
        typer.echo(json.dumps({**{key: fields.pop(key) for key in first}, **fields,
                               "article_id": article.article_id, "subject": extraction.subject,
                               "target": extraction.target}, ensure_ascii=False))


def chosen_precision(option: str | None, setting: str) -> str:
    from backlash.modeling.classifier import PRECISIONS

    choice = option or setting
    if choice not in PRECISIONS:
        raise typer.BadParameter(f"precision {choice!r} is not one of {', '.join(PRECISIONS)}")
    return choice


@app.command()
def predict(
    input_csv: Annotated[Path, typer.Argument(metavar="IN.csv")],
    text_col: Annotated[str, typer.Option(help="Column with the post text.")],
    out: Annotated[Path, typer.Option(help="Output CSV.")],
    target_col: Annotated[str | None, typer.Option(help="Column with each row's target.")] = None,
    target: Annotated[str | None, typer.Option(help="One target for every row.")] = None,
    model: Annotated[str | None, typer.Option(help="Model folder or version.")] = None,
    precision: Annotated[str | None, typer.Option(
        help="auto (bf16 where the CPU has it, else fp32), fp32, bf16 or int8; default: BACKLASH_PRECISION.",
    )] = None,
) -> None:
    """Add sentiment columns, and stance columns toward a target, to a CSV (labels and
    probabilities). Without --target/--target-col the stance columns are empty."""
    import pandas as pd
    import torch

    from backlash import storage
    from backlash.config import Settings
    from backlash.modeling.classifier import Classifier
    from backlash.modeling.registry import resolve_model

    if target_col is not None and target is not None:
        raise typer.BadParameter("give at most one of --target-col and --target")
    frame = pd.read_csv(input_csv, dtype=str, keep_default_na=False)
    for column in filter(None, (text_col, target_col)):
        if column not in frame.columns:
            raise typer.BadParameter(f"no column {column!r} in {input_csv}; "
                                     f"columns: {', '.join(frame.columns)}")
    settings = Settings()
    torch.set_num_threads(settings.torch_threads)
    classifier = Classifier.load(resolve_model(settings.models_dir, model),
                                 precision=chosen_precision(precision, settings.precision))
    classifier.batch_size = settings.batch_size
    # A blank text gets no prediction (empty columns), rather than the model's guess about nothing.
    rows = frame.index[frame[text_col].str.strip() != ""]
    targets = frame.loc[rows, target_col].tolist() if target_col else [target] * len(rows) if target else None
    predictions = classifier.predict(frame.loc[rows, text_col].tolist(), targets, progress=True)
    result = pd.concat([frame, predictions.set_index(rows).reindex(frame.index)], axis=1)
    storage.atomic_write(out, lambda handle: result.to_csv(handle, index=False))
    typer.echo(f"{len(result)} rows -> {out} (model {classifier.version})", err=True)


@app.command()
def train(
    version: Annotated[str, typer.Option(help="Name of the new model version.")],
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the labeled corpora.")] = None,
    epochs: float = 3.0,
    max_rows_per_task: Annotated[int | None, typer.Option(help="Subsample for a quick run.")] = None,
    base_model: Annotated[str | None, typer.Option(help="Base encoder: hub id or folder.")] = None,
    exclude_target: Annotated[list[str] | None, typer.Option(
        help="Leave this stance target out of training (repeatable): a generalization run.")] = None,
    exclude_articles_of: Annotated[list[Path] | None, typer.Option(
        help="Annotation file (JSON lines with a `file` field, such as bench/devset/*.jsonl) whose "
             "articles stay out of training (repeatable): keeps the verdict benchmark unseen.")] = None,
    news_cues: Annotated[bool, typer.Option(
        help="Also train on PolNeAR news sentences whose reporting verb takes a side.")] = False,
    init_from: Annotated[str | None, typer.Option(
        help="Go on training this model version (name or folder) instead of a fresh adapter.")] = None,
    reactions: Annotated[Path | None, typer.Option(
        help="Labeled news reactions (such as data/training/news-reactions.jsonl) to train in the reaction frame; "
             "a fifth of their actions is kept out and scored.")] = None,
    reaction_frame: Annotated[str, typer.Option(
        help="Words put before the target when a quoted reaction is asked about (with --reactions; empty: keep "
             "the initial version's).")] = "",
    reaction_repeats: Annotated[int, typer.Option(help="Times each labeled reaction is seen per epoch.")] = 2,
    distill: Annotated[float, typer.Option(
        help="With --init-from: share of each base row's target taken from the initial version's reading.")] = 0.0,
    mixture_share: Annotated[float, typer.Option(
        help="Sample every part of the base mixture at this share of its size.")] = 1.0,
    learning_rate: float = 4e-4,
    batch_size: int = 32,
    seed: int = 13,
    max_minutes: Annotated[float | None, typer.Option(help="Stop training when this time is spent.")] = None,
    write_rows: Annotated[Path | None, typer.Option(
        help="Only build the training rows and write them to this parquet file (no training).")] = None,
    rows: Annotated[Path | None, typer.Option(
        help="Train on rows written by --write-rows: for a GPU machine that lacks the corpora. "
             "Evaluation then runs only if the data folder is there.")] = None,
    promote: Annotated[bool, typer.Option(help="Make the new version the champion.")] = False,
) -> None:
    """Fine-tune a model version on the labeled corpora and evaluate it on the test sets."""
    import logging

    import pandas as pd

    from backlash import storage
    from backlash.config import Settings
    from backlash.modeling.evaluate import evaluate_and_register
    from backlash.modeling.mixture import Mixture
    from backlash.modeling.registry import promote as promote_version
    from backlash.modeling.registry import resolve_model
    from backlash.modeling.train import TrainConfig, check_rows, training_rows
    from backlash.modeling.train import train as train_model

    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    settings = Settings()
    root = data_dir or settings.data_dir
    kept_out = [Path(json.loads(line)["file"]).stem for path in exclude_articles_of or ()
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    config = TrainConfig(out_dir=settings.models_dir, data_root=root, epochs=epochs,
                         max_rows_per_task=max_rows_per_task,
                         exclude_targets=tuple(exclude_target or ()), exclude_articles=tuple(kept_out),
                         mix=Mixture(news_cues=None if news_cues else 0).scaled(mixture_share),
                         learning_rate=learning_rate, batch_size=batch_size, seed=seed,
                         max_seconds=max_minutes and 60 * max_minutes,
                         init_from=resolve_model(settings.models_dir, init_from) if init_from else None,
                         reaction_frame=reaction_frame, extra_weight=reaction_repeats, distill=distill)
    if base_model:
        config.base_model = base_model
    if write_rows:
        built = training_rows(config)
        storage.atomic_write(write_rows, lambda handle: built.to_parquet(handle, index=False))
        typer.echo(f"{len(built)} training rows -> {write_rows}")
        return
    given = pd.read_parquet(rows) if rows else None
    if given is not None:
        try:
            check_rows(given)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--rows") from error
    extra = None
    if reactions:
        from backlash.modeling.corpora import fixed_test_texts
        from backlash.modeling.labels import LabelError, reaction_rows

        try:
            extra, _ = reaction_rows(reactions, fixed_test_texts(Path(root)) if Path(root).is_dir() else set())
        except LabelError as error:
            raise typer.BadParameter(str(error), param_hint="--reactions") from error
    model_dir = train_model(config, version, extra_rows=extra, rows=given)
    if not Path(root).is_dir():
        typer.echo(f"{model_dir} written; not evaluated{' nor promoted' if promote else ''}: no corpora at "
                   f"{root} (run `backlash evaluate --model {version} --register` where they are)")
        return
    scores = evaluate_and_register(model_dir, root)
    typer.echo(json.dumps(scores, indent=2))
    if promote:
        promote_version(settings.models_dir, version)
        typer.echo(f"champion is now {version}")


@app.command()
def retrain(
    labels: Annotated[list[Path], typer.Argument(help="Label files: CSV, JSONL or parquet.")],
    version: Annotated[str | None, typer.Option(help="Name of the challenger version.")] = None,
    epochs: float = 1.0,
    replay_rows_per_task: Annotated[int, typer.Option(help="Base rows replayed per task.")] = 2000,
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the labeled corpora.")] = None,
) -> None:
    """Run the retrain flow: train a challenger on new labels, promote it only if it is better."""
    _quiet_offline_defaults()
    from backlash.modeling.labels import LabelError
    from backlash_app.retrain import retrain as retrain_flow

    try:
        result = retrain_flow([str(p) for p in labels], version=version, epochs=epochs,
                              replay_rows_per_task=replay_rows_per_task,
                              data_dir=str(data_dir) if data_dir else None)
    except LabelError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    verdict = "promoted to champion" if result["promoted"] else f"not promoted; {result['champion']} stays"
    typer.echo(f"{result['version']}: {verdict}. {result['reason']}")


label_app = typer.Typer(help="The labeling loop: export uncertain reactions, import labels.")
app.add_typer(label_app, name="label")


@label_app.command("export")
def label_export(
    sheet: Annotated[Path, typer.Argument(help="CSV sheet to write.")],
    n: Annotated[int, typer.Option(help="How many reactions, least confident first.")] = 50,
    out: Annotated[Path | None, typer.Option(help="Output folder of analyze runs.")] = None,
) -> None:
    """Write the reactions the model is least sure of to a CSV sheet for a person to label."""
    from backlash import storage
    from backlash.config import Settings
    from backlash.labeling import export_sheet

    queue = storage.read_dataset(out or Settings().out_dir, "labeling_queue")
    rows = export_sheet(queue, n)
    storage.atomic_write(sheet, lambda handle: rows.to_csv(handle, index=False))
    typer.echo(f"{len(rows)} reactions -> {sheet}: fill the `sentiment` and `stance` columns, "
               f"then run `backlash label import {sheet} LABELS.csv`")


@label_app.command("import")
def label_import(
    sheet: Annotated[Path, typer.Argument(help="The filled sheet.")],
    labels: Annotated[Path, typer.Argument(help="Label file to write, for `backlash retrain`.")],
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the labeled corpora.")] = None,
) -> None:
    """Check a filled sheet and write its labeled rows in the format `backlash retrain` reads."""
    import pandas as pd

    from backlash import storage
    from backlash.config import Settings
    from backlash.labeling import import_sheet
    from backlash.modeling.labels import LabelError
    from backlash.modeling.retrain import fixed_test_texts

    root = data_dir or Settings().data_dir
    held_out = fixed_test_texts(root) if root.is_dir() else set()
    try:
        rows = import_sheet(pd.read_csv(sheet, dtype=str, keep_default_na=False), str(sheet), held_out)
    except LabelError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    storage.atomic_write(labels, lambda handle: rows.to_csv(handle, index=False))
    typer.echo(f"{len(rows)} labeled reactions -> {labels}; next: backlash retrain {labels}")


models_app = typer.Typer(help="The model registry: list versions, promote one, roll back.")
app.add_typer(models_app, name="models")


@models_app.command("list")
def models_list() -> None:
    """Model versions with their test scores; * marks the champion."""
    from backlash.config import Settings
    from backlash.modeling.registry import list_versions

    typer.echo(f"  {'version':<28} {'sentiment':>9} {'stance':>7} {'pstance':>8}")
    for row in list_versions(Settings().models_dir):
        mark = "*" if row["champion"] else " "
        scores = [f"{row[k]:>{w}}" if row[k] is not None else f"{'-':>{w}}"
                  for k, w in (("sentiment", 9), ("stance", 7), ("pstance", 8))]
        typer.echo(f"{mark} {row['version']:<28} {' '.join(scores)}")


@models_app.command("promote")
def models_promote(version: str) -> None:
    """Make VERSION the champion (the previous one can be restored with rollback)."""
    from backlash.config import Settings
    from backlash.modeling.registry import promote as promote_version

    promote_version(Settings().models_dir, version)
    typer.echo(f"champion is now {version}")


@models_app.command("rollback")
def models_rollback() -> None:
    """Restore the previous champion."""
    from backlash.config import Settings
    from backlash.modeling.registry import rollback

    typer.echo(f"champion is now {rollback(Settings().models_dir)}")


@app.command()
def evaluate(
    model: Annotated[str | None, typer.Option(help="Model folder or version.")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Folder of the labeled corpora.")] = None,
    split: str = "test",
    precision: Annotated[str | None, typer.Option(
        help="auto, fp32, bf16 or int8, as for predict.")] = None,
    register: Annotated[bool, typer.Option(
        help="Calibrate the version and write its temperatures, metrics (val and test) and model "
             "card, as `train` does: for a version trained where the corpora were not.")] = False,
) -> None:
    """Score a model on TweetEval sentiment and stance and on P-Stance (official metrics)."""
    import torch

    from backlash.config import Settings
    from backlash.modeling.classifier import Classifier
    from backlash.modeling.evaluate import evaluate_and_register, evaluate_split
    from backlash.modeling.registry import resolve_model

    settings = Settings()
    torch.set_num_threads(settings.torch_threads)
    if register:
        scores = evaluate_and_register(resolve_model(settings.models_dir, model), data_dir or settings.data_dir)
        typer.echo(json.dumps(scores, indent=2))
        return
    classifier = Classifier.load(resolve_model(settings.models_dir, model),
                                 precision=chosen_precision(precision, settings.precision))
    classifier.batch_size = settings.batch_size
    scores = evaluate_split(classifier, data_dir or settings.data_dir, split)
    typer.echo(json.dumps({"model_version": classifier.version, "precision": classifier.precision,
                           "split": split, **scores}, indent=2))


if __name__ == "__main__":
    app()

"""The model registry: a folder of model versions and a `CHAMPION` file naming the one in use."""

from __future__ import annotations

import json
from pathlib import Path

from backlash.storage import write_text


class RegistryError(LookupError):
    pass


def champion_dir(models_dir: Path) -> Path:
    """The folder of the champion model version."""
    pointer = models_dir / "CHAMPION"
    if not pointer.is_file():
        raise RegistryError(f"no champion model: {pointer} is missing")
    version = pointer.read_text().strip()
    path = models_dir / version
    if not (path / "config.json").is_file():
        raise RegistryError(f"champion {version!r} has no model folder at {path}")
    return path


def resolve_model(models_dir: Path, model: str | None) -> Path:
    """A model given as a folder, a version name in the registry, or None for the champion."""
    if model is None:
        return champion_dir(models_dir)
    if Path(model).is_dir():
        return Path(model)
    if (models_dir / model / "config.json").is_file():
        return models_dir / model
    raise RegistryError(f"unknown model {model!r}: neither a folder nor a version in {models_dir}")


def model_version(model_dir: Path) -> str:
    """The version name recorded with a model (its folder name when it has no record)."""
    record = model_dir / "version.json"
    return json.loads(record.read_text())["version"] if record.is_file() else model_dir.name


def list_versions(models_dir: Path) -> list[dict]:
    """Every model version with its headline test scores, champion marked."""
    try:
        champion = champion_dir(models_dir).name
    except RegistryError:
        champion = None
    rows = []
    for config in sorted(models_dir.glob("*/config.json")):
        folder = config.parent
        metrics_path = folder / "metrics.json"
        test = json.loads(metrics_path.read_text()).get("test", {}) if metrics_path.is_file() else {}
        rows.append({"version": model_version(folder), "folder": folder.name,
                     "champion": folder.name == champion,
                     "sentiment": test.get("tweeteval_sentiment_macro_recall"),
                     "stance": test.get("tweeteval_stance_f1_against_favor"),
                     "pstance": test.get("pstance_f1_against_favor")})
    return rows


def _history(models_dir: Path) -> list[str]:
    path = models_dir / "CHAMPION_HISTORY"
    return path.read_text().split() if path.is_file() else []


def promote(models_dir: Path, version: str) -> None:
    """Make `version` the champion; the one it replaces stays in the history for rollback."""
    if not (models_dir / version / "config.json").is_file():
        raise RegistryError(f"no model version {version!r} in {models_dir}")
    pointer = models_dir / "CHAMPION"
    current = pointer.read_text().strip() if pointer.is_file() else None
    if current == version:
        return
    if current:
        write_text(models_dir / "CHAMPION_HISTORY", "\n".join([*_history(models_dir), current]) + "\n")
    write_text(pointer, version + "\n")


def rollback(models_dir: Path) -> str:
    """Return to the previous champion; returns its version."""
    history = _history(models_dir)
    if not history:
        raise RegistryError("no earlier champion to roll back to")
    previous = history.pop()
    write_text(models_dir / "CHAMPION_HISTORY", "".join(f"{v}\n" for v in history))
    write_text(models_dir / "CHAMPION", previous + "\n")
    return previous

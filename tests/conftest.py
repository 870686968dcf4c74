"""Shared fixtures: offline settings, a tiny random BERT and a model registry built on it."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import torch  # noqa: E402
from transformers import BertConfig, BertModel, BertTokenizerFast  # noqa: E402

from backlash.config import Settings  # noqa: E402
from backlash.modeling.network import NetworkSpec, new_network, save_network  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
# The labeled corpora (BACKLASH_DATA_DIR, default ../shared/data) and the seed articles beside them:
# not in the repository, so a fresh clone has neither. Tests reach them only through the fixtures below.
DATA_DIR = Settings().data_dir
SEED_ARTICLE = DATA_DIR.parent / "seeds" / "000_4996a6dfb2d8ac3d.txt"
MISSING = "needs data outside the repository"
WORDS = ("the a an and or but is are was not this that it i you we they he she of to in on for with "
         "love hate great terrible good bad trump biden mayor plan fare city people wrote tweeted said "
         "against favor support disgrace best worst news today proposal idea").split()


def require_outside_data(path: Path, what: str) -> Path:
    """`path`, or a skip naming what is missing (a failure when BACKLASH_REQUIRE_DATA=1, as CI may set)."""
    if path.exists():
        return path
    reason = f"{MISSING}: {what} not found at {path} (set BACKLASH_DATA_DIR)"
    if os.environ.get("BACKLASH_REQUIRE_DATA") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder of labeled corpora (request it before costlier fixtures, so that it skips first)."""
    return require_outside_data(DATA_DIR, "the labeled corpora")


@pytest.fixture(scope="session")
def seed_article() -> Path:
    """The seed article (a real news article with embedded and quoted reactions)."""
    return require_outside_data(SEED_ARTICLE, "the seed article")


def pytest_terminal_summary(terminalreporter) -> None:
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if MISSING in str(r.longrepr)]
    terminalreporter.write_line(
        f"{len(skipped)} tests skipped because the labeled corpora or the seed article are absent "
        f"(BACKLASH_DATA_DIR={DATA_DIR})" if skipped else
        f"no test skipped for missing data (BACKLASH_DATA_DIR={DATA_DIR}: "
        f"{'present' if DATA_DIR.is_dir() else 'absent, and no test selected here needs it'})")


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory) -> Path:
    """A 2-layer BERT with random weights and a small word-level vocabulary."""
    folder = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, *".,!?:@#'\""]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n")
    tokenizer = BertTokenizerFast(vocab_file=str(folder / "vocab.txt"))
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=37, max_position_embeddings=64)
    BertModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_registry(tiny_base, tmp_path_factory) -> Path:
    """A model registry holding one untrained version on the tiny base, named the champion."""
    models = tmp_path_factory.mktemp("models")
    spec = NetworkSpec(base_model=str(tiny_base), max_length=32, lora_rank=2, lora_alpha=4)
    torch.manual_seed(0)
    network, tokenizer = new_network(spec)
    save_network(network, tokenizer, spec, models / "tiny-v1")
    (models / "tiny-v1" / "version.json").write_text(json.dumps({"version": "tiny-v1"}))
    (models / "CHAMPION").write_text("tiny-v1\n")
    return models


@pytest.fixture(scope="session")
def prefect_backend():
    """One temporary Prefect server for every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=600):  # generous: CI machines can be loaded
        yield

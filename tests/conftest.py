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

from backlash.modeling.network import NetworkSpec, new_network, save_network  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "seeds" / "000_4996a6dfb2d8ac3d.txt"
WORDS = ("the a an and or but is are was not this that it i you we they he she of to in on for with "
         "love hate great terrible good bad trump biden mayor plan fare city people wrote tweeted said "
         "against favor support disgrace best worst news today proposal idea").split()


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

    with prefect_test_harness(server_startup_timeout=120):
        yield

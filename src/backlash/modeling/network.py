"""The multi-task network: one encoder (frozen base + LoRA adapter), one linear head per task.

A model version on disk is a folder:
  config.json          tasks with id2label/label2id, base model, pooling, max length
  adapter/             the LoRA adapter (peft, safetensors)
  heads.safetensors    the task heads
  tokenizer/            the tokenizer
  README.md            the model card
The base weights are not copied: they come from the installed encoder package (or the hub).
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from torch import nn
from transformers import AutoModel, AutoTokenizer, PreTrainedTokenizerBase

from backlash.modeling.base import resolve_base_model

SENTIMENT_LABELS = ("negative", "neutral", "positive")
STANCE_LABELS = ("against", "none", "favor")
TASK_LABELS: dict[str, tuple[str, ...]] = {"sentiment": SENTIMENT_LABELS, "stance": STANCE_LABELS}
LORA_TARGETS = ["query", "key", "value", "dense"]


@dataclass(frozen=True)
class NetworkSpec:
    base_model: str
    max_length: int = 128
    lora_rank: int = 32
    lora_alpha: int = 64
    dropout: float = 0.1
    # Words put before the target when a reaction quoted by a news story is asked about (see
    # `reaction_target`); "" for a version not trained so.
    reaction_frame: str = ""


class ReactionNetwork(nn.Module):
    """Mean-pooled encoder output fed to a per-task linear head."""

    def __init__(self, encoder: nn.Module, hidden_size: int, dropout: float) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.heads = nn.ModuleDict(
            {task: nn.Linear(hidden_size, len(labels)) for task, labels in TASK_LABELS.items()}
        )

    def pooled(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        return self.dropout((hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0))

    def forward(self, task: str, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        return self.heads[task](self.pooled(batch))

    def all_logits(self, batch: dict[str, torch.Tensor], tasks: tuple[str, ...]) -> dict[str, torch.Tensor]:
        """Every asked head on one encoding: one forward pass for sentiment and stance."""
        pooled = self.pooled(batch)
        return {task: self.heads[task](pooled) for task in tasks}


def encode_inputs(
    tokenizer: PreTrainedTokenizerBase, texts: list[str], targets: list[str], max_length: int
) -> tuple[list[list[int]], list[list[int]]]:
    """Token ids and type ids of `target [SEP] text`, or of the text alone where the target is
    empty; training and prediction both encode through here."""
    ids: list[list[int]] = [[] for _ in texts]
    types: list[list[int]] = [[] for _ in texts]
    for paired in (False, True):
        index = [i for i, target in enumerate(targets) if bool(target) == paired]
        if not index:
            continue
        firsts = [targets[i] for i in index] if paired else [texts[i] for i in index]
        seconds = [texts[i] for i in index] if paired else None
        tokens = tokenizer(firsts, seconds, truncation="longest_first", max_length=max_length)
        for row, i in enumerate(index):
            ids[i] = tokens["input_ids"][row]
            types[i] = (tokens["token_type_ids"][row] if "token_type_ids" in tokens
                        else [0] * len(ids[i]))
    return ids, types


def new_network(spec: NetworkSpec) -> tuple[ReactionNetwork, PreTrainedTokenizerBase]:
    """A fresh network on the base encoder, with an untrained adapter and heads."""
    from peft import LoraConfig, get_peft_model  # training only: peft takes seconds to import

    source = resolve_base_model(spec.base_model)
    encoder = AutoModel.from_pretrained(source)
    lora = LoraConfig(
        r=spec.lora_rank,
        lora_alpha=spec.lora_alpha,
        lora_dropout=spec.dropout,
        target_modules=LORA_TARGETS,
    )
    encoder = get_peft_model(encoder, lora)
    network = ReactionNetwork(encoder, encoder.config.hidden_size, spec.dropout)
    return network, AutoTokenizer.from_pretrained(source)


def save_network(
    network: ReactionNetwork,
    tokenizer: PreTrainedTokenizerBase,
    spec: NetworkSpec,
    out_dir: Path,
) -> None:
    """Write the small artifacts of a model version (no base weights)."""
    from peft import PeftModel

    out_dir.mkdir(parents=True, exist_ok=True)
    encoder = network.encoder
    assert isinstance(encoder, PeftModel)
    encoder.save_pretrained(out_dir / "adapter", safe_serialization=True)
    _point_adapter_at(out_dir / "adapter", spec.base_model)
    heads = {k: v.detach().float().cpu().contiguous() for k, v in network.heads.state_dict().items()}
    save_file(heads, str(out_dir / "heads.safetensors"))
    tokenizer.save_pretrained(out_dir / "tokenizer")
    config = {
        "model_type": "backlash-reaction-network",
        "base_model": spec.base_model,
        "pooling": "mean",
        "max_length": spec.max_length,
        "lora_rank": spec.lora_rank,
        "lora_alpha": spec.lora_alpha,
        "stance_input": "target [SEP] text",
        "reaction_frame": spec.reaction_frame,
        "tasks": {
            task: {
                "id2label": dict(enumerate(labels)),
                "label2id": {label: i for i, label in enumerate(labels)},
            }
            for task, labels in TASK_LABELS.items()
        },
    }
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n")


def _point_adapter_at(adapter_dir: Path, base_model: str) -> None:
    # peft records the local folder it loaded; a shipped adapter should name the base portably.
    path = adapter_dir / "adapter_config.json"
    config = json.loads(path.read_text())
    config["base_model_name_or_path"] = base_model
    path.write_text(json.dumps(config, indent=2) + "\n")


def spec_from_config(config: dict) -> NetworkSpec:
    return NetworkSpec(base_model=config["base_model"], max_length=config["max_length"],
                       lora_rank=config["lora_rank"], lora_alpha=config["lora_alpha"],
                       reaction_frame=config.get("reaction_frame", ""))


def reaction_target(frame: str, target: str) -> str:
    """The target as a reaction quoted by a news story is asked about: the frame's words first
    ("[reaction] the council's plan to close two pools"), so that one network reads such a
    reaction as the story frames it (about the story's action unless it says otherwise) and any
    other text as it stands."""
    return f"{frame} {target}" if frame and target else target


def load_network(
    model_dir: Path, base_model: str | None = None, trainable: bool = False
) -> tuple[ReactionNetwork, PreTrainedTokenizerBase, dict]:
    """Load a model version: for inference (adapter merged into the encoder) or, with
    `trainable`, to go on training it (adapter kept apart and unfrozen)."""
    config = json.loads((model_dir / "config.json").read_text())
    source = resolve_base_model(base_model or config["base_model"])
    encoder = AutoModel.from_pretrained(source)
    if trainable or not merge_lora(encoder, model_dir / "adapter"):
        from peft import PeftModel

        with warnings.catch_warnings():  # peft still calls a transformers method deprecated for v6
            warnings.simplefilter("ignore", FutureWarning)
            encoder = PeftModel.from_pretrained(encoder, model_dir / "adapter", is_trainable=trainable)
        if not trainable:
            encoder = encoder.merge_and_unload()
    network = ReactionNetwork(encoder, encoder.config.hidden_size, dropout=0.1 if trainable else 0.0)
    network.heads.load_state_dict(load_file(str(model_dir / "heads.safetensors")))
    network.train(trainable)
    return network, AutoTokenizer.from_pretrained(model_dir / "tokenizer"), config


_ADAPTER_PREFIX = "base_model.model."


@torch.no_grad()
def merge_lora(encoder: nn.Module, adapter_dir: Path) -> bool:
    """Add a plain LoRA adapter's update to the encoder's weights in place (W += alpha/r * B @ A),
    as peft's merge does, without importing peft (seconds at every start). False, with the encoder
    untouched, for an adapter this does not cover (DoRA, rank or alpha patterns, biases, ...)."""
    settings = json.loads((adapter_dir / "adapter_config.json").read_text())
    plain = (settings.get("peft_type") == "LORA" and not settings.get("use_dora")
             and not settings.get("rank_pattern") and not settings.get("alpha_pattern")
             and not settings.get("fan_in_fan_out") and settings.get("bias", "none") == "none"
             and not settings.get("modules_to_save") and not settings.get("lora_bias"))
    if not plain:
        return False
    rank, alpha = settings["r"], settings["lora_alpha"]
    scaling = alpha / rank ** 0.5 if settings.get("use_rslora") else alpha / rank
    weights = load_file(str(adapter_dir / "adapter_model.safetensors"))
    updates = {}
    for key, down in weights.items():
        if not key.endswith(".lora_A.weight"):
            continue
        path = key.removeprefix(_ADAPTER_PREFIX).removesuffix(".lora_A.weight")
        up = weights.get(f"{_ADAPTER_PREFIX}{path}.lora_B.weight")
        try:
            layer = encoder.get_submodule(path)
        except AttributeError:
            return False
        if up is None or not isinstance(layer, nn.Linear) or not key.startswith(_ADAPTER_PREFIX):
            return False
        updates[layer] = (up.float() @ down.float()) * scaling
    if len(updates) * 2 != len(weights):  # a tensor this does not know
        return False
    for layer, update in updates.items():
        layer.weight += update.to(layer.weight.dtype)
    return True

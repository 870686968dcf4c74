"""The hand-annotated dev set of real articles (`bench/devset/articles.jsonl`) and its scoring.

How the set was made and what each field means: `bench/devset/README.md`. Gold offsets point into
`backlash.ingest.read_article(path).text`. Articles from `../shared/data` are read from
`Settings().data_dir` (env BACKLASH_DATA_DIR); `examples/...` from the repository's `data/`.

The matching rule (per article):
- a predicted item matches a gold item when their character spans overlap by at least 30% of the
  shorter span (`bench/polnear_scoring.py`'s `overlaps`, the rule of bench/extraction.py);
- a predicted item without offsets (a text-less embed, or a post found only in the markup) matches
  a gold item with the same post URL (both made canonical by
  `backlash.extract.embeds.canonical_post_url`), or, when it has text, a gold item whose
  `quote_head` occurs in that text or whose span text contains the first six words of it
  (case, quote-mark style and spacing ignored);
- reaction precision = predicted items of kind `reaction` that match a gold `reaction` / predicted
  reactions; reaction recall = gold reactions matched by at least one predicted reaction / gold
  reactions. A statement split in two pieces, or two merged into one, is not punished: every piece
  that overlaps a gold reaction is correct, and a gold reaction is found when any piece covers it.
  A predicted reaction on a gold subject statement or other-target statement (a wrong kind), or on
  no gold item, lowers precision;
- kind accuracy: over predicted items that match some gold item (each paired with the gold item it
  overlaps most), the share whose kind equals the gold kind;
- speaker right: over the same pairs, the predicted speaker shares a name token with the gold
  speaker (case-insensitive, role words and articles ignored: `bench/polnear_scoring.py`'s rule);
- subject right: after lower-casing, dropping punctuation, possessive "'s" and the articles
  "the/a/an", the predicted subject's words are all among the words of the gold subject or of one
  alias ("Trump" for "Donald Trump"), or all the words of the gold subject or of an alias of two or
  more words are among the predicted subject's words ("Port Calder Mayor Dana Whitfield" for
  "Dana Whitfield"). A one-word alias must be matched whole, so "Ivanka Trump" is not "Trump".
  Articles whose gold subject is null (no subject action) are left out of this figure;
- verdict agreement: the share of articles whose predicted verdict equals the gold verdict.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from polnear_scoring import _name_tokens, overlaps  # bench/: the rule bench/extraction.py uses

from backlash.config import Settings
from backlash.extract.embeds import canonical_post_url
from backlash.ingest import read_article
from backlash.records import Article

DEVSET = Path(__file__).with_name("devset") / "articles.jsonl"
EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "data"  # `examples/...` lives in the repo
VERDICTS = ("strong", "mixed", "supportive", "none")
KINDS = ("reaction", "subject_statement", "other_target")
STANCES = ("against", "none", "favor")
ROLES = ("journalist", "politician", "official", "organization", "celebrity", "public", "unknown")
ORIGINS = ("polnear", "html", "project-example")
MAX_HEAD_WORDS = 8


class DevsetError(ValueError):
    """A gold record that breaks the format, or a span that cannot be found in its article."""


@dataclass(frozen=True)
class GoldItem:
    start: int
    end: int
    quote_head: str
    speaker: str
    speaker_role: str
    platform: str | None
    kind: str
    quoted: bool
    stance: str | None
    post_url: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    file: str
    origin: str
    subject: str | None
    subject_aliases: list[str]
    target: str | None
    verdict: str
    items: list[GoldItem]
    note: str | None = None

    def path(self, data_dir: Path, examples_dir: Path = EXAMPLES_DIR) -> Path:
        return (examples_dir if self.file.startswith("examples/") else data_dir) / self.file


class Predicted(Protocol):
    """What scoring reads of a predicted item (`backlash.records.Item` has all of it)."""

    kind: str
    speaker: str | None
    text: str | None
    post_url: str | None
    char_start: int | None
    char_end: int | None


def load_gold(path: Path = DEVSET) -> list[GoldArticle]:
    """Parse and check the gold file: labels in their vocabularies, short heads, sane offsets."""
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            items = [GoldItem(**item) for item in record.pop("items")]
            article = GoldArticle(**record, items=items)
        except (json.JSONDecodeError, TypeError, KeyError) as error:
            raise DevsetError(f"{path.name} line {number}: {error}") from error
        _check(article, f"{path.name} line {number}")
        articles.append(article)
    return articles


def _check(article: GoldArticle, where: str) -> None:
    problems = []
    if article.verdict not in VERDICTS:
        problems.append(f"verdict {article.verdict!r}")
    if article.origin not in ORIGINS:
        problems.append(f"origin {article.origin!r}")
    for item in article.items:
        if item.kind not in KINDS:
            problems.append(f"kind {item.kind!r}")
        if item.speaker_role not in ROLES:
            problems.append(f"speaker_role {item.speaker_role!r}")
        if (item.kind == "reaction") != (item.stance is not None) or (item.stance and item.stance not in STANCES):
            problems.append(f"stance {item.stance!r} for kind {item.kind}")
        if not 0 <= item.start < item.end:
            problems.append(f"span {item.start}..{item.end}")
        if not item.quote_head or len(item.quote_head.split()) > MAX_HEAD_WORDS:
            problems.append(f"quote_head {item.quote_head!r} (1 to {MAX_HEAD_WORDS} words)")
    if problems:
        raise DevsetError(f"{where} ({article.file}): " + "; ".join(problems))


def locate(item: GoldItem, text: str) -> GoldItem:
    """The item with offsets that hold in `text`: as written when the span starts with its
    quote_head, else moved to the one place where the head occurs (the text shifted a little)."""
    if text.startswith(item.quote_head, item.start):
        return item
    places = [m.start() for m in re.finditer(re.escape(item.quote_head), text)]
    if len(places) != 1:
        raise DevsetError(f"quote_head {item.quote_head!r} found {len(places)} times, not at {item.start}")
    shift = places[0] - item.start
    return GoldItem(**{**item.__dict__, "start": item.start + shift, "end": item.end + shift})


@dataclass(frozen=True)
class DevArticle:
    gold: GoldArticle
    article: Article


def read_devset(data_dir: Path | None = None, gold: Sequence[GoldArticle] | None = None,
                examples_dir: Path = EXAMPLES_DIR) -> tuple[list[DevArticle], list[str]]:
    """The gold articles that can be read here, spans located in the ingested text, and a message
    for each one that cannot (the shared data folder is missing from a fresh clone)."""
    data_dir = data_dir or Settings().data_dir
    gold = load_gold() if gold is None else gold
    found, skipped = [], []
    for entry in gold:
        path = entry.path(data_dir, examples_dir)
        if not path.is_file():
            skipped.append(f"{entry.file}: not found under {path.parent} (set BACKLASH_DATA_DIR)")
            continue
        article = read_article(path)
        items = [locate(item, article.text) for item in entry.items]
        found.append(DevArticle(GoldArticle(**{**entry.__dict__, "items": items}), article))
    return found, skipped


def _normal(text: str) -> str:
    text = text.lower().translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(text.split())


def _pairs(predicted: Predicted, gold: Iterable[GoldItem], text: str) -> list[tuple[float, GoldItem]]:
    """The gold items one prediction matches, each with how much it overlaps (1.0 for URL/head)."""
    matched = []
    for g in gold:
        if predicted.char_start is not None and predicted.char_end is not None:
            span = (predicted.char_start, predicted.char_end)
            if overlaps(span, (g.start, g.end)):
                shared = min(span[1], g.end) - max(span[0], g.start)
                matched.append((shared / min(span[1] - span[0], g.end - g.start), g))
        elif predicted.post_url and g.post_url:  # both name a post: the URL decides
            if canonical_post_url(predicted.post_url) == canonical_post_url(g.post_url):
                matched.append((1.0, g))
        elif predicted.text:
            words = _normal(predicted.text)
            opening = " ".join(words.split()[:6])
            if _normal(g.quote_head) in words or opening in _normal(text[g.start:g.end]):
                matched.append((1.0, g))
    return matched


@dataclass
class ItemScore:
    predicted_reactions: int = 0
    correct_reactions: int = 0
    gold_reactions: int = 0
    found_reactions: int = 0
    matched: int = 0
    kind_right: int = 0
    speaker_right: int = 0
    missed: list[GoldItem] = field(default_factory=list)

    def add(self, other: ItemScore) -> None:
        for name in ("predicted_reactions", "correct_reactions", "gold_reactions", "found_reactions",
                     "matched", "kind_right", "speaker_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.missed += other.missed

    def figures(self) -> dict[str, float]:
        """Precision, recall, F1 of reactions and the two accuracies, as fractions (0..1)."""
        p = self.correct_reactions / self.predicted_reactions if self.predicted_reactions else 0.0
        r = self.found_reactions / self.gold_reactions if self.gold_reactions else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "kind_accuracy": self.kind_right / self.matched if self.matched else 0.0,
                "speaker_accuracy": self.speaker_right / self.matched if self.matched else 0.0}


def score_items(predicted: Sequence[Predicted], gold: Sequence[GoldItem], text: str) -> ItemScore:
    """Score one article's predicted items against its gold items (the module's rule)."""
    gold_reactions = [g for g in gold if g.kind == "reaction"]
    score = ItemScore(gold_reactions=len(gold_reactions))
    found: set[int] = set()
    for item in predicted:
        pairs = _pairs(item, gold, text)
        if item.kind == "reaction":
            score.predicted_reactions += 1
            hits = [g for _, g in pairs if g.kind == "reaction"]
            score.correct_reactions += bool(hits)
            found.update(id(g) for g in hits)
        if pairs:
            best = max(pairs, key=lambda pair: pair[0])[1]
            score.matched += 1
            score.kind_right += item.kind == best.kind
            score.speaker_right += bool(_name_tokens(item.speaker or "") & _name_tokens(best.speaker))
    score.found_reactions = len(found)
    score.missed = [g for g in gold_reactions if id(g) not in found]
    return score


def _words(name: str) -> set[str]:
    name = re.sub(r"['’]s\b", "", name.lower())
    return {w for w in re.findall(r"[\w-]+", name) if w not in ("the", "a", "an")}


def subject_right(predicted: str | None, gold: GoldArticle) -> bool | None:
    """Whether the predicted subject names the gold subject (the module's rule); None when the
    article has no gold subject."""
    if gold.subject is None:
        return None
    guess = _words(predicted or "")
    if not guess:
        return False
    for name in [gold.subject, *gold.subject_aliases]:
        words = _words(name)
        if words and (guess <= words or (len(words) >= 2 and words <= guess)):
            return True
    return False


def agreement(pairs: Sequence[tuple[str, str]]) -> float:
    """Share of (gold, predicted) verdict pairs that agree."""
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0


def recall_by_label(pairs: Sequence[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """(right, gold) per gold label over (gold, predicted) pairs, e.g. stances of gold reactions."""
    counts: dict[str, tuple[int, int]] = {}
    for gold, predicted in pairs:
        right, total = counts.get(gold, (0, 0))
        counts[gold] = (right + (gold == predicted), total + 1)
    return counts

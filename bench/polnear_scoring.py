"""Scoring attribution against PolNeAR's brat annotations (used by bench/extraction.py only).

The matching rule:
- gold direct quotes are PolNeAR attributions whose Content span contains a quotation mark
  (", “, ” or the doubled apostrophe '' of the New York Times archive);
  gold indirect attributions are the others (reported speech, but also PolNeAR's wider
  attributions: beliefs, "according to" sourcing). The gold speaker is the Source text, and a
  pronoun Source ("he", "she", "they", ...) stands for the nearest earlier non-pronoun Source of
  the same article (a simple coreference);
- a predicted statement matches a gold one when their character spans overlap by at least 30% of
  the shorter one (each gold statement matches at most one prediction);
- the speaker is right when the predicted speaker and the gold speaker share a name token
  (case-insensitive, ignoring role words and articles such as "the", "spokeswoman");
- precision = matched with the right speaker / predictions, recall = the same / gold. Direct
  quotes are scored against our quoted items, indirect attributions against our unquoted ones.
  Span-only figures and speaker accuracy on matched spans are reported too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from backlash.extract.lexicon import QUOTE_MARK, ROLE_WORDS
from backlash.modeling.corpora import brat_attributions

OVERLAP = 0.3
PRONOUNS = {"he", "she", "they", "i", "we", "it", "his", "her", "their", "him", "them", "you"}
_IGNORED = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "said", "says"} | {
    w for words in ROLE_WORDS.values() for w in words}


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    speaker: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    quotes: list[GoldQuote]
    indirect: list[GoldQuote]


def read_brat(text: str, ann: str) -> tuple[list[GoldQuote], list[GoldQuote]]:
    """Direct quotes and indirect attributions of one article from its brat standoff annotations."""
    attributions = []
    for roles in brat_attributions(ann):
        content, source = roles.get("Content"), roles.get("Source")
        if content and source:
            attributions.append((content[0], content[1], text[source[0]:source[1]], source[0]))
    named = sorted((start, speaker) for _, _, speaker, start in attributions
                   if speaker.strip().lower() not in PRONOUNS)
    quotes, indirect = [], []
    for start, end, speaker, source_start in attributions:
        if speaker.strip().lower() in PRONOUNS:
            earlier = [name for position, name in named if position < source_start]
            speaker = earlier[-1] if earlier else speaker
        direct = QUOTE_MARK.search(text, start, end)
        (quotes if direct else indirect).append(GoldQuote(start, end, speaker))
    return quotes, indirect


def read_polnear(folder: Path, limit: int | None = None) -> list[Document]:
    """Articles of a PolNeAR split (`text/*.txt` with `attributions/*_<annotator>.ann`)."""
    documents = []
    for path in sorted((folder / "text").glob("*.txt"))[:limit]:
        annotations = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if annotations:
            text = path.read_text(encoding="utf-8")
            quotes, indirect = read_brat(text, annotations[0].read_text(encoding="utf-8"))
            documents.append(Document(path.stem, text, quotes, indirect))
    return documents


def _name_tokens(speaker: str) -> set[str]:
    """Name words of a speaker phrase; a phrase made only of role words ("the group") keeps them."""
    words = [t for t in re.findall(r"[a-z’'.]+", speaker.lower().replace("’s", "")) if len(t) > 1]
    names = {t for t in words if t not in _IGNORED}
    return names or {t for t in words if t not in ("the", "a", "an")}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and shared / shorter >= OVERLAP


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    span_matched: int = 0
    correct: int = 0

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.span_matched += other.span_matched
        self.correct += other.correct

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> dict[str, float]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        sp = self.span_matched / self.predicted if self.predicted else 0.0
        sr = self.span_matched / self.gold if self.gold else 0.0
        return {"precision": 100 * p, "recall": 100 * r, "f1": 100 * self._f1(p, r),
                "span_precision": 100 * sp, "span_recall": 100 * sr, "span_f1": 100 * self._f1(sp, sr),
                "speaker_accuracy": 100 * self.correct / self.span_matched if self.span_matched else 0.0}


def score_document(predicted: list[tuple[int, int, str]], gold: list[GoldQuote]) -> Score:
    """Match predictions (start, end, speaker) to gold quotes; see the module's rule."""
    score = Score(predicted=len(predicted), gold=len(gold))
    free = list(gold)
    for start, end, speaker in predicted:
        match = next((g for g in free if overlaps((start, end), (g.start, g.end))), None)
        if match is None:
            continue
        free.remove(match)
        score.span_matched += 1
        if _name_tokens(speaker) & _name_tokens(match.speaker):
            score.correct += 1
    return score

"""An article's path: read it, skip it when unchanged, compute its result (no I/O: extract,
classify, aggregate), then `storage.save_article`. `analyse_sources` takes a batch of inputs and
classifies their statements together; `analyse_article` is one article's result."""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import torch

from backlash import framing, metrics, storage
from backlash.config import Settings
from backlash.extract import EXTRACTOR_VERSION, extract
from backlash.ingest import IngestError, article_from_url, read_article
from backlash.labeling import uncertain_reactions
from backlash.modeling.classifier import (
    PREDICTION_COLUMNS,
    SENTIMENT_LABELS,
    STANCE_LABELS,
    Classifier,
    prediction_frame,
    shift_none_prior,
    weigh_stance_cues,
)
from backlash.modeling.registry import model_version
from backlash.records import Article, Item, printable
from backlash.report import latest_model_rows

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleSummary:
    """What the flow reports for one input: a row of the summary table, or a quarantine reason."""

    source: str
    article_id: str | None = None
    title: str | None = None
    subject: str | None = None
    target: str | None = None
    n_reactions: int = 0
    n_against: int = 0
    n_none: int = 0
    n_favor: int = 0
    backlash_level: str | None = None
    verdict: str | None = None
    backlash_index: float | None = None
    n_items: int = 0
    error: str | None = None
    skipped: bool = False  # unchanged since the last run with the same model and extractor


@dataclass(frozen=True)
class ModelHandle:
    """A model version that is loaded only when an article needs it (once per process)."""

    model_dir: str
    threads: int = 2
    batch_size: int = 64
    precision: str = "auto"

    @property
    def version(self) -> str:
        return model_version(Path(self.model_dir))

    def load(self) -> Classifier:
        return load_classifier(self.model_dir, self.threads, self.batch_size, self.precision)


_load_lock = threading.Lock()


def load_classifier(model_dir: str, threads: int, batch_size: int, precision: str = "auto") -> Classifier:
    """The classifier, loaded once per process (each worker process has its own copy)."""
    with _load_lock:
        return _load_classifier(model_dir, threads, batch_size, precision)


@lru_cache(maxsize=2)
def _load_classifier(model_dir: str, threads: int, batch_size: int, precision: str) -> Classifier:
    torch.set_num_threads(threads)
    classifier = Classifier.load(Path(model_dir), precision=precision)
    classifier.batch_size = batch_size
    log.info("loaded model %s from %s (%s)", classifier.version, model_dir, classifier.precision)
    return classifier


def classify_items(items: pd.DataFrame, classifier: Classifier, reaction_none_weight: float = 1.0,
                   stance_cue_weight: float = 1.0) -> pd.DataFrame:
    """Add the prediction columns; items without words (no text, or only emoji or signs: the model reads them as
    unknown tokens) or not in English stay unscored (null).

    Reactions are read in the reaction frame: their stance prior of `none` is shifted by
    `reaction_none_weight`, and the side `reaction_cue` gives them (the journalist's `stance_cue`
    first) weighs `stance_cue_weight` (see `Settings`); a reaction cued to take no side (an expert who explains, a
    question that asks how the deed works) is read outside the frame."""
    # Plain lists rather than pandas operations: on an article's few rows pandas cost more than the model.
    texts, langs, kinds, targets, cues, speakers, roles = (items[column].tolist() for column in (
        "text", "lang", "kind", "target", "stance_cue", "speaker", "speaker_role"))
    rows = [i for i, (text, lang) in enumerate(zip(texts, langs, strict=True))
            if isinstance(text, str) and _WORD.search(text) and _english(lang)]
    values: dict[str, list] = {name: [None] * len(items) for name in PREDICTION_COLUMNS}
    if rows:
        # (a reaction to a measure's undoing may be asked about the decision: see `framing`; in the model's
        # reaction frame)
        asked = [classifier.reaction_target(framing.asked_target(targets[i], texts[i]))
                 if kinds[i] == "reaction" and targets[i] else targets[i] for i in rows]
        probs = classifier.probabilities([texts[i] for i in rows], asked)  # one pass, both heads
        stance = probs["stance"]
        stance[[not (targets[i] or "").strip() for i in rows]] = np.nan  # stance toward nothing
        reactions = np.array([kinds[i] == "reaction" for i in rows])
        feelings = np.array(SENTIMENT_LABELS)[probs["sentiment"].argmax(1)]
        framed = shift_none_prior(stance, reaction_none_weight)
        unsided = framed.argmax(1) == STANCE_LABELS.index("none")
        cued = [reaction_cue(cues[i], framing.plain_side(texts[i], targets[i] or "") or framing.demand_side(
            texts[i], speakers[i] or "", targets[i] or ""), roles[i], feelings[n], bool(unsided[n]))
            if reactions[n] else None for n, i in enumerate(rows)]
        # (a reaction cued to take no side, an expert who explains or a question that asks how, is read with the
        # model's own prior, outside the public's frame)
        unframed = reactions & np.array([cue == "none" for cue in cued])
        framed[unframed] = stance[unframed]
        stance[reactions] = weigh_stance_cues(framed, cued, stance_cue_weight)[reactions]
        predictions = prediction_frame(probs["sentiment"], stance)
        for name in PREDICTION_COLUMNS:
            for i, value in zip(rows, predictions[name].tolist(), strict=True):
                values[name][i] = None if storage.is_missing(value) else value
    return items.drop(columns=PREDICTION_COLUMNS, errors="ignore").assign(
        **{name: pd.Series(column, index=items.index, dtype=object) for name, column in values.items()})


def reaction_cue(journalists: object, declared: str | None, role: object, feeling: str, unsided: bool) -> str | None:
    """The side a reaction is weighed toward beyond the model's reading of it (the reaction frame): the one the
    journalist gives it first; then the one its words declare plainly (`declared`: "Long overdue", "We oppose
    this plan"; see `framing.plain_side`), or a petition's or banner's demand ("Save our bulletins": against; see
    `framing.demand_side`); an expert explains the news ("Tiered limits exist so that ...", an
    analyst said; "Margins on a phone at this price are very thin"): `none` (the model reads the feeling of an
    explanation as a side: of 92 expert reactions in the probe answer sheets, 80 take none, and the model gave
    21 of those a side); a reaction the model reads as taking no side, but with
    feeling, takes the side its feeling gives ("Won't be watching again. You've lost a viewer of 20 years":
    against)."""
    if journalists in STANCE_LABELS:
        return str(journalists)
    if declared is not None:
        return declared
    if role == "expert":
        return "none"
    if unsided and feeling != "neutral":
        return "against" if feeling == "negative" else "favor"
    return None


_WORD = re.compile(r"[^\W_]")  # a letter or a digit, of any script


def _english(lang: object) -> bool:
    """The classifier reads English; a post marked with another language is left unscored."""
    code = lang.lower() if isinstance(lang, str) else ""
    return code in ("", "und") or code.startswith("en")


CONTEXT_CHARS = 200


def distinct_items(items: list[Item], max_items: int) -> tuple[list[Item], list[int], bool]:
    """Each statement once (same item id: same post, or same speaker and words), in reading
    order, with its number of copies; at most `max_items` of them, so that an input repeating
    one quote 100,000 times costs one classification. The flag says whether some were cut."""
    copies: dict[str, int] = {}
    first: dict[str, Item] = {}
    for item in items:
        copies[item.item_id] = copies.get(item.item_id, 0) + 1
        first.setdefault(item.item_id, item)
    kept = list(first.values())[:max_items]
    return kept, [copies[item.item_id] for item in kept], len(first) > max_items


def item_frame(items: list[Item], n_copies: list[int], target: str, article: Article) -> pd.DataFrame:
    """Items as rows, with the article text around each one that has offsets."""
    rows = [asdict(item) for item in items]
    frame = pd.DataFrame(rows, columns=[f.name for f in fields(Item)])
    frame.insert(0, "article_id", article.article_id)
    frame["n_copies"] = n_copies
    frame["target"] = target
    frame["context"] = [
        article.text[max(0, int(s) - CONTEXT_CHARS): int(e) + CONTEXT_CHARS] if pd.notna(s) else None
        for s, e in zip(frame["char_start"], frame["char_end"], strict=True)
    ]
    return frame


def read_source(source: str, allow_private: bool = False) -> Article:
    """An article from a file path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        return article_from_url(source, allow_private=allow_private)
    return read_article(Path(source))


def content_hash(article: Article) -> str:
    """What the results depend on besides the model: text, markup, title and overrides."""
    parts = (article.title, article.text, article.html or "", article.subject or "", article.target or "",
             EXTRACTOR_VERSION)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class ArticleResult:
    """Everything computed for one article; `storage.save_article` writes it."""

    article_id: str
    model_version: str
    extractor_version: str
    reactions: pd.DataFrame  # one row per distinct statement, with its predictions
    metrics: dict  # the article_metrics row (without provenance)
    breakdowns: list[dict]  # article_breakdowns rows
    queue: pd.DataFrame  # the reactions the model was least sure of (labeling_queue)


@dataclass(frozen=True)
class Extracted:
    """An article read for statements: its distinct items, ready to classify."""

    article: Article
    subject: str | None
    target: str
    items: pd.DataFrame
    n_found: int  # statements found, copies included
    capped: bool  # more distinct statements than `max_items_per_article`
    headline_side: str | None = None
    unread_chars: int = 0  # text past the bounds of work, not parsed


def extract_items(article: Article, settings: Settings) -> Extracted:
    """The article's statements as rows, each distinct one once (at most `max_items_per_article`)."""
    extraction = extract(article)
    kept, n_copies, capped = distinct_items(extraction.items, settings.max_items_per_article)
    if capped:
        log.warning("%s: more than %d distinct statements, only the first %d analysed", article.source,
                    settings.max_items_per_article, settings.max_items_per_article)
    if extraction.unread_chars:
        log.warning("%s: %d characters past the bounds of work per article not parsed (only their quotes read)",
                    printable(article.source), extraction.unread_chars)
    return Extracted(article, extraction.subject, extraction.target,
                     item_frame(kept, n_copies, extraction.target, article), len(extraction.items), capped,
                     extraction.headline_side, extraction.unread_chars)


def classify_together(frames: list[pd.DataFrame], classifier: Classifier, settings: Settings) -> list[pd.DataFrame]:
    """`classify_items` on the items of several articles in one pass: an article's dozen texts
    alone fill a batch poorly (1.5x slower on the synthetic articles of bench/pipeline.py)."""
    together = classify_items(pd.concat(frames, ignore_index=True), classifier, settings.reaction_none_weight,
                              settings.stance_cue_weight)
    bounds = np.cumsum([0, *map(len, frames)])
    return [together.iloc[start:end].set_axis(frame.index) for frame, start, end in
            zip(frames, bounds[:-1], bounds[1:], strict=True)]


def article_result(extracted: Extracted, items: pd.DataFrame, model_version: str, settings: Settings) -> ArticleResult:
    """Aggregate an article's classified items. No I/O."""
    article = extracted.article
    row = {**metrics.article_metrics(items, extracted.headline_side),
           "n_items_found": extracted.n_found, "items_capped": extracted.capped,
           "n_chars_unread": extracted.unread_chars,
           "article_id": article.article_id, "content_sha256": content_hash(article), "source": article.source,
           "url": article.url, "title": article.title, "published_at": article.published_at,
           "subject": extracted.subject, "target": extracted.target}
    return ArticleResult(
        article_id=article.article_id, model_version=model_version, extractor_version=EXTRACTOR_VERSION,
        reactions=items, metrics=row, breakdowns=metrics.breakdowns(items),
        queue=uncertain_reactions(items, settings.queue_margin),
    )


def analyse_article(article: Article, classifier: Classifier, settings: Settings) -> ArticleResult:
    """Extract, classify and aggregate one article. No I/O."""
    extracted = extract_items(article, settings)
    items = classify_together([extracted.items], classifier, settings)[0]
    return article_result(extracted, items, classifier.version, settings)


def analyse_source(
    source: str, model: ModelHandle, out_dir: Path, run_id: str, target: str | None = None,
    allow_private: bool = False, settings: Settings | None = None,
) -> ArticleSummary:
    """`analyse_sources` for one file or URL."""
    return analyse_sources([source], model, out_dir, run_id, target, allow_private, settings)[0]


def analyse_sources(
    sources: list[str], model: ModelHandle, out_dir: Path, run_id: str, target: str | None = None,
    allow_private: bool = False, settings: Settings | None = None,
) -> list[ArticleSummary]:
    """Read each file or URL, analyse it unless it is unchanged since the last run with this
    model, and save its result; a bad input is quarantined with its reason and the others go on.
    The statements of all the changed articles are classified together."""
    settings = settings or Settings()
    version = model.version  # read from the model folder: once per batch
    summaries: dict[int, ArticleSummary] = {}
    todo: list[tuple[int, Extracted, str | None]] = []  # (position, extracted article, input fingerprint)
    for index, source in enumerate(sources):
        try:
            found = _read_changed(source, version, out_dir, run_id, target, allow_private)
        except Exception as error:  # an input that breaks its reader, not only one it refuses
            summaries[index] = _failed(out_dir, run_id, source, error)
            continue
        if isinstance(found, ArticleSummary):
            summaries[index] = found
            continue
        article, fingerprint = found
        try:
            todo.append((index, extract_items(article, settings), fingerprint))
        except Exception as error:  # one broken article must not stop the batch
            summaries[index] = _failed(out_dir, run_id, source, error)
    todo = _one_text_per_article(todo, summaries, sources, out_dir, run_id)
    for (index, extracted, fingerprint), items in zip(todo, _classified([e for _, e, _ in todo], model, settings),
                                                      strict=True):
        source = sources[index]
        try:
            if isinstance(items, Exception):
                raise items
            result = article_result(extracted, items, version, settings)
            storage.save_article(out_dir, result, run_id)
        except Exception as error:
            summaries[index] = _failed(out_dir, run_id, source, error)
            continue
        storage.clear_quarantine(out_dir, source)
        summaries[index] = _remember(out_dir, source, fingerprint, version, extracted.article, result.metrics,
                                     skipped=False)
    return [summaries[index] for index in range(len(sources))]


def _read_changed(source: str, version: str, out_dir: Path, run_id: str, target: str | None,
                  allow_private: bool) -> ArticleSummary | tuple[Article, str | None]:
    """The article and its input fingerprint when it must be analysed; else its summary: unchanged
    since the last run with this model (skipped), or unreadable (quarantined)."""
    fingerprint = input_fingerprint(source, target, version)
    seen = storage.read_state(out_dir, _state_name(source)) if fingerprint else {}
    if fingerprint and seen.get("fingerprint") == fingerprint and storage.has_rows(out_dir, "article_metrics",
                                                                                   seen["key"]):
        return ArticleSummary(**{**seen["summary"], "skipped": True})  # without parsing the file again
    try:
        article = read_source(source, allow_private)
    except IngestError as error:
        quarantine(out_dir, run_id, source, error)
        return ArticleSummary(source=printable(source), error=str(error))
    if target:
        article = replace(article, target=target)
    previous = storage.read_rows(out_dir, "article_metrics", storage.article_key(article.article_id, version))
    if previous and previous[0].get("content_sha256") == content_hash(article):
        return _remember(out_dir, source, fingerprint, version, article, previous[0], skipped=True)  # no model
    return article, fingerprint


def _one_text_per_article(todo: list[tuple[int, Extracted, str | None]], summaries: dict[int, ArticleSummary],
                          sources: list[str], out_dir: Path, run_id: str) -> list[tuple[int, Extracted, str | None]]:
    """The articles to save, less those that another input of the batch gives the same id (the same URL) with
    other text: saved, one would silently replace the other's rows, and one of the two pages names an address
    that is not its own. They are quarantined; copies of one text are both kept (their rows are the same)."""
    first: dict[str, tuple[int, str | None]] = {  # an unchanged input's text is the one saved under its id
        summary.article_id: (index, None) for index, summary in summaries.items() if summary.article_id}
    kept = []
    for index, extracted, fingerprint in todo:
        article, digest = extracted.article, content_hash(extracted.article)
        other, text = first.setdefault(article.article_id, (index, digest))
        if other != index and text != digest:
            error = IngestError(f"{printable(sources[other])}, another input of this run, is the same article by its "
                                f"address ({article.url or 'none: by its text'}) but differs from it; one of the "
                                f"two does not give its own address")
            quarantine(out_dir, run_id, sources[index], error)
            summaries[index] = ArticleSummary(source=printable(sources[index]), error=str(error))
            continue
        kept.append((index, extracted, fingerprint))
    return kept


def _classified(todo: list[Extracted], model: ModelHandle, settings: Settings) -> list[pd.DataFrame | Exception]:
    """Each article's classified items; when the pass over all of them fails, article by article,
    so that only the article that breaks it fails."""
    if not todo:
        return []
    try:
        return classify_together([e.items for e in todo], model.load(), settings)
    except Exception as error:
        if len(todo) == 1:
            return [error]
    return [one for extracted in todo for one in _classified([extracted], model, settings)]


def _failed(out_dir: Path, run_id: str, source: str, error: Exception) -> ArticleSummary:
    log.exception("analysis failed for %s", printable(source))
    quarantine(out_dir, run_id, source, error)
    return ArticleSummary(source=printable(source), error=f"{type(error).__name__}: {error}")


def _state_name(source: str) -> str:
    return f"input-{storage.source_key(source)}"


def _remember(out_dir: Path, source: str, fingerprint: str | None, version: str, article: Article, row: dict,
              skipped: bool) -> ArticleSummary:
    """The article's summary, saved with its input fingerprint so that an unchanged file is next
    recognised without reading it."""
    summary = _summary(article, row, skipped)
    if fingerprint:
        key = storage.article_key(article.article_id, version)
        storage.write_state(out_dir, _state_name(source), {"fingerprint": fingerprint, "key": key,
                                                           "summary": {**asdict(summary), "skipped": False}})
    return summary


def input_fingerprint(source: str, target: str | None, version: str) -> str | None:
    """A hash of a file's bytes and of the rest its results depend on (target override,
    extractor and model versions): an unchanged file is then recognised without parsing it.
    None for URLs, which are fetched anew each time, and for unreadable files."""
    if source.startswith(("http://", "https://")):
        return None
    try:
        data = Path(source).read_bytes()
    except OSError:
        return None
    return hashlib.sha256(data + "\x1f".join(("", target or "", EXTRACTOR_VERSION, version)).encode()).hexdigest()


def quarantine(out_dir: Path, run_id: str, source: str, error: Exception) -> None:
    log.warning("quarantined %s: %s", printable(source), error)
    storage.write_rows(out_dir, "quarantine", storage.source_key(source), [{
        "run_id": run_id, "quarantined_at": datetime.now(UTC), "source": printable(source),
        "error_type": type(error).__name__, "reason": str(error),
    }])


def _summary(article: Article, row: dict, skipped: bool) -> ArticleSummary:
    return ArticleSummary(
        source=article.source, article_id=article.article_id, title=article.title,
        subject=row["subject"], target=row["target"],
        n_reactions=int(row["n_reactions"]), n_against=int(row["n_against"]),
        n_none=int(row["n_none"]), n_favor=int(row["n_favor"]),
        backlash_level=str(row["backlash_level"]), backlash_index=float(row["backlash_index"]),
        verdict=row.get("verdict"), n_items=int(row["n_items"]), skipped=skipped,
    )


def record_run(
    out_dir: Path, run_id: str, model_version: str, inputs: list[str],
    summaries: list[ArticleSummary], started_at: datetime,
) -> None:
    finished = datetime.now(UTC)
    storage.write_rows(out_dir, "runs", run_id, [{
        "run_id": run_id, "model_version": model_version, "extractor_version": EXTRACTOR_VERSION,
        "started_at": started_at, "finished_at": finished,
        "duration_s": (finished - started_at).total_seconds(), "inputs": inputs,
        "n_files": len(summaries), "n_articles": sum(s.error is None for s in summaries),
        "n_quarantined": sum(s.error is not None for s in summaries),
        "n_skipped": sum(s.skipped for s in summaries),
        "n_items": sum(s.n_items for s in summaries),
        "n_reactions": sum(s.n_reactions for s in summaries), "output_dir": str(out_dir),
    }])



def update_rollups(out_dir: Path, run_id: str) -> list[dict]:
    """Recompute `subject_daily` from every article's newest metrics; returns the spikes that
    were not flagged before (so that an alert fires once per subject and day)."""
    previous = storage.read_rows(out_dir, "subject_daily", "all") or []
    seen = {(r["subject"], r["day"]) for r in previous if r["spike"]}
    daily = metrics.subject_daily(latest_model_rows(storage.read_dataset(out_dir, "article_metrics")))
    now = datetime.now(UTC)
    rows = [{**r, "run_id": run_id, "updated_at": now} for r in daily.to_dict("records")]
    storage.write_rows(out_dir, "subject_daily", "all", rows)
    return [r for r in rows if r["spike"] and (r["subject"], r["day"].to_pydatetime()) not in seen]

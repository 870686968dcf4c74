"""One pyarrow schema per parquet dataset: the contract that notebooks and other tools read."""

import pyarrow as pa

UTC = pa.timestamp("us", tz="UTC")
_PROVENANCE = [
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("model_version", pa.string(), nullable=False),
    pa.field("extractor_version", pa.string(), nullable=False),
    pa.field("processed_at", UTC, nullable=False),
]

REACTIONS = pa.schema([
    *_PROVENANCE,
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("item_id", pa.string(), nullable=False),
    pa.field("kind", pa.string(), nullable=False),  # reaction | subject_statement | other_target
    ("speaker", pa.string()),
    ("handle", pa.string()),
    ("speaker_role", pa.string()),
    ("platform", pa.string()),
    ("post_url", pa.string()),
    ("posted_at", pa.string()),
    ("text", pa.string()),
    ("context", pa.string()),  # the article text around the statement, for drill-down
    ("text_source", pa.string()),  # embed_html | quoted | paraphrase | enriched
    ("lang", pa.string()),
    ("quoted", pa.bool_()),
    ("n_copies", pa.int64()),  # times this statement appears in the article: classified and counted once
    ("char_start", pa.int64()),
    ("char_end", pa.int64()),
    ("target", pa.string()),
    # favor | against | null: the side the journalist's words give it ("praised", "slammed", "critics said")
    ("stance_cue", pa.string()),
    ("sentiment", pa.string()),
    ("p_negative", pa.float32()),
    ("p_neutral", pa.float32()),
    ("p_positive", pa.float32()),
    ("stance", pa.string()),
    ("p_against", pa.float32()),
    ("p_none", pa.float32()),
    ("p_favor", pa.float32()),
])

ARTICLE_METRICS = pa.schema([
    *_PROVENANCE,
    pa.field("article_id", pa.string(), nullable=False),
    ("content_sha256", pa.string()),  # of what was analysed: an unchanged article is skipped
    ("source", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("published_at", UTC),
    ("subject", pa.string()),
    ("target", pa.string()),
    ("n_items", pa.int64()),  # distinct statements analysed
    ("n_items_found", pa.int64()),  # statements found, copies included, before the cap
    ("items_capped", pa.bool_()),  # more distinct statements than max_items_per_article: the rest not analysed
    # text not parsed (only its quotes read): a paragraph over 20,000 characters, or past 200,000 in all
    ("n_chars_unread", pa.int64()),
    ("n_subject_statements", pa.int64()),
    ("n_other_target", pa.int64()),
    ("n_unscored", pa.int64()),  # reactions found but not scored: no words, or not English
    ("n_reactions", pa.int64()),  # reactions scored; every share below is over this count
    ("n_against", pa.int64()),
    ("n_none", pa.int64()),
    ("n_favor", pa.int64()),
    ("share_against", pa.float64()),
    ("share_against_lo", pa.float64()),
    ("share_against_hi", pa.float64()),
    ("share_favor", pa.float64()),
    ("share_favor_lo", pa.float64()),
    ("share_favor_hi", pa.float64()),
    ("net_stance", pa.float64()),
    ("n_negative", pa.int64()),
    ("n_neutral", pa.int64()),
    ("n_positive", pa.int64()),
    ("net_sentiment", pa.float64()),
    ("backlash_index", pa.float64()),
    ("backlash_level", pa.string()),  # none | low | moderate | strong | insufficient
    ("verdict", pa.string()),  # strong | mixed | supportive | none: metrics.verdict
    ("headline_side", pa.string()),  # against | favor | mixed | null: the response as the headline sums it up
])

ARTICLE_BREAKDOWNS = pa.schema([
    *_PROVENANCE,
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("dimension", pa.string(), nullable=False),  # platform | speaker_role
    ("value", pa.string()),
    ("n_reactions", pa.int64()),
    ("n_against", pa.int64()),
    ("n_none", pa.int64()),
    ("n_favor", pa.int64()),
    ("share_against", pa.float64()),
    ("net_stance", pa.float64()),
    ("net_sentiment", pa.float64()),
])

LABELING_QUEUE = pa.schema([
    *_PROVENANCE,
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("item_id", pa.string(), nullable=False),
    ("text", pa.string()),
    ("target", pa.string()),
    ("sentiment", pa.string()),
    ("stance", pa.string()),
    ("sentiment_margin", pa.float64()),  # top probability minus the runner-up
    ("stance_margin", pa.float64()),
    ("margin", pa.float64()),  # the smaller of the two: low means the model is unsure
])

SUBJECT_DAILY = pa.schema([
    pa.field("run_id", pa.string(), nullable=False),
    ("updated_at", UTC),
    pa.field("subject", pa.string(), nullable=False),
    pa.field("day", UTC, nullable=False),  # publication day, else processing day (UTC)
    ("n_articles", pa.int64()),
    ("n_reactions", pa.int64()),
    ("n_against", pa.int64()),
    ("n_favor", pa.int64()),
    ("share_against", pa.float64()),
    ("share_against_lo", pa.float64()),
    ("share_against_hi", pa.float64()),
    ("baseline", pa.float64()),  # mean daily reactions over the trailing window
    ("threshold", pa.float64()),
    ("spike", pa.bool_()),
])

RUNS = pa.schema([
    pa.field("run_id", pa.string(), nullable=False),
    ("model_version", pa.string()),
    ("extractor_version", pa.string()),
    ("started_at", UTC),
    ("finished_at", UTC),
    ("duration_s", pa.float64()),
    ("inputs", pa.list_(pa.string())),
    ("n_files", pa.int64()),
    ("n_articles", pa.int64()),
    ("n_quarantined", pa.int64()),
    ("n_skipped", pa.int64()),  # unchanged since the last run with this model: not re-analysed
    ("n_items", pa.int64()),
    ("n_reactions", pa.int64()),
    ("output_dir", pa.string()),
])

QUARANTINE = pa.schema([
    pa.field("run_id", pa.string(), nullable=False),
    ("quarantined_at", UTC),
    pa.field("source", pa.string(), nullable=False),
    ("error_type", pa.string()),
    ("reason", pa.string()),
])

DATASETS = {
    "reactions": REACTIONS,
    "article_metrics": ARTICLE_METRICS,
    "article_breakdowns": ARTICLE_BREAKDOWNS,
    "labeling_queue": LABELING_QUEUE,
    "subject_daily": SUBJECT_DAILY,
    "runs": RUNS,
    "quarantine": QUARANTINE,
}

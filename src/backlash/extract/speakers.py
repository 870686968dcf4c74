"""Who said it: the speaker of a reporting verb, read from the parse, as a name and a role."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from backlash.extract.lexicon import (
    BUSINESS_NOUNS,
    COGNITION_VERBS,
    CROWD_PATTERN,
    CROWD_WORDS,
    FIRM_TITLES,
    INSTITUTION_WORDS,
    MASK,
    NOT_NAMES,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    RESPONSE_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    TRADE_WORDS,
    UTTERANCE_NOUNS,
    WEEKDAYS_MONTHS,
    can_speak,
    occurrences,
    role_of,
    word_boundary,
)
from backlash.extract.parse import Paragraph, ParsedText
from backlash.records import SpeakerRole

_SUBJECTS = ("nsubj", "nsubjpass")
# A verb whose own subject is missing takes its head's: "and said", "went on to say", "saying".
_SHARES_SUBJECT = ("conj", "xcomp", "advcl", "acl")
_NAME_TAGS = ("NNP", "NNPS")
_HANDLE = re.compile(r"@\w{1,30}")
_READY = {"quick", "swift", "eager", "keen", "ready", "first"}  # "Critics were quick to slam it": the critics slam
ANTECEDENT_CHARS = 2000
GENDER_SCAN_CHARS, GENDER_NAMES = 100_000, 200  # bounded work on a hostile text


@dataclass(frozen=True)
class Speaker:
    name: str  # "Jane Roe", or a description when nobody is named ("one commuter")
    phrase: str  # every word that describes them ("Acme chief executive Jane Roe")
    role: SpeakerRole
    pronoun: bool = False  # "he", "she", "they": to be resolved to an earlier speaker


def is_reporting(token: Token, cognition: bool = False) -> bool:
    """A verb that reports speech (or, with `cognition`, a view: "felt", "believes")."""
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    if not token.tag_.startswith("VB"):
        return False
    return token.lower_ in SPEECH_VERBS or (cognition and token.lower_ in COGNITION_VERBS)


_RELATIVES = {"which", "that"}
_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}


def _utterance_by(noun: Token) -> Token | None:
    """The name after "by" of a post or statement: "A post by Senator Dale Whitmore"."""
    if noun.lower_ not in UTTERANCE_NOUNS:
        return None
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                 if p.dep_ == "pobj" and p.tag_ in _NAME_TAGS), None)


def _colon_then_quote(verb: Token) -> bool:
    """The verb's sentence goes on to a colon and a quote ("posted on Reddit: “Q”")."""
    rest = verb.doc[verb.i + 1: verb.sent.end]
    return any(t.text == ":" and any(is_masked(u) for u in t.doc[t.i + 1: t.i + 3]) for t in rest)


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of `verb`, or of the verb it hangs from when it has none of its own;
    `according to X` gives X."""
    if verb.lower_ == "according":
        return next((pobj for to in verb.children if to.lower_ == "to"
                     for pobj in to.children if pobj.dep_ == "pobj"), None)
    if verb.dep_ == "acl" and (by := _utterance_by(verb.head)) is not None:
        return by  # "A post by Senator Dale Whitmore saying teachers “Q”": the senator says it
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "with" \
            and verb.head.tag_ in ("NN", "NNS") and can_speak(verb.head.text) and is_reporting(verb):
        return verb.head  # "..., with many commenters saying other clubs should follow": the commenters say it
    if verb.dep_ == "amod" and verb.i < verb.head.i:  # "“Q,” tweeted singer Jordan Vale": the parser
        named = verb.head  # made the verb a modifier of the speaker's phrase
        while named.dep_ == "compound" and named.head.i > named.i:
            named = named.head
        if named.tag_ in _NAME_TAGS:
            return named
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.i == verb.head.i + 1 \
            and (verb.head.tag_.startswith("NN") or verb.head.lower_ == "one") \
            and any(is_masked(t) for t in verb.doc[max(verb.head.i - 4, 0):verb.head.i]):
        return verb.head  # "“Q,” one engineer posted on Blind": read as "an engineer (who was) posted"
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.i == verb.head.i + 1 \
            and verb.head.tag_ in ("NN", "NNS") and is_reporting(verb) and _colon_then_quote(verb):
        return verb.head  # "A teacher posted on a forum for educators: “Q”", read as "a teacher (who was) posted"
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.tag_ in _NAME_TAGS and verb.i > 0 \
            and verb.doc[verb.i - 1].text == "," and is_reporting(verb) \
            and any(c.dep_ == "appos" and c.i < verb.i for c in verb.head.children):
        return verb.head  # "Leona Brooks, a self-described superfan, posted on Instagram: ...", read as a modifier
    for _ in range(3):
        # A quote can be parsed as the subject ("“qqq” said X"): the speaker is the other one.
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not is_masked(c)]
        # An object's pronoun is no subject: "Supporters who waited to hear him said ..."
        subjects = [c for c in subjects if c.lower_ not in _OBJECT_PRONOUNS] or subjects
        # Two subjects are a misparse of a title and a name ("councillor Ann Lee"): the nearer.
        subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
        # ... but a name, a comma and a description are the name and its apposition ("Máire Ní Fhlatharta,
        # spokeswoman for the parents' group, said")
        named = [c for c in subjects if c.tag_ in _NAME_TAGS and not c.is_upper and c.i + 1 < len(c.doc)
                 and c.nbor(1).text == ","
                 and subject is not None and c.i + 1 < subject.i and subject.tag_ in ("NN", "NNS")
                 and verb.i > 0 and verb.nbor(-1).text == ","]
        subject = named[0] if named else subject
        if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            return verb.head  # "a resolution which said ...": the resolution ("who" is left to the
            # other rules: on PolNeAR it lost more speakers than it found)
        if subject is not None and subject.tag_ == "VBG" and (doer := next(
                (c for c in subject.children if c.dep_ == "nsubj" and c.tag_.startswith("NN")), None)) is not None:
            return doer  # "A parent posting as @pta_dad on X wrote": the parser made the participle the subject
        if subject is not None:
            return _utterance_by(subject) or subject  # (the same, parsed as the verb's subject)
        # (or the quote before the verb read as its modifier: "“Q,” wrote one on Instagram")
        quote = next((c for c in verb.children if c.dep_ in _SUBJECTS or (is_masked(c) and c.i < verb.i)), None)
        if quote is not None:  # only the quote: the speaker may hang from it
            before = verb.doc[verb.i - 1] if verb.i > 0 else None
            described = before
            while described is not None and described.dep_ in ("pobj", "prep") and described.head.i < described.i:
                described = described.head
            if described is not None and described.dep_ == "appos" and described.head.i == quote.i:
                before = described  # "“Q” a passenger at Denver International Airport told": the passenger
            if before is not None and (before.tag_.startswith("NN") or before.lower_ in _OTHER_ONE) \
                    and not is_masked(before):
                return before  # "“Q” the committee said", parsed as the quote's object; "“Q,” another wrote"
            # "“Q,” wrote one fan", parsed as the verb's object; "“Q,” another posted", as the quote's apposition
            after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "dative",
                                                                               "advmod")]  # "tweeted @handle"
            # (an apposition between the quote and the verb first: "“Q” the union's leader, X, told reporters")
            after = [c for c in quote.children if c.dep_ == "appos" and c.i < verb.i] + after + [
                c for c in quote.children if c.dep_ == "appos" and c.i > verb.i]
            speaking = next((c for c in after if c.tag_.startswith("NN") or c.lower_ in _OTHER_ONE or _HANDLE.fullmatch(
                c.text) or (
                c.lower_ == "one" and not list(c.children))), None)  # "“Q,” wrote one."
            if speaking is None and quote.i < verb.i and verb.i + 1 < len(verb.doc) \
                    and verb.nbor(1).tag_ in _NAME_TAGS:
                # "“Q,” said David Brock, who heads ... Correct the Record": the name right after the
                # verb, which the parser made the subject of a verb it read further on
                speaking = verb.nbor(1)
                while speaking.dep_ in ("compound", "flat") and speaking.head.i > speaking.i:
                    speaking = speaking.head
            if speaking is not None:
                return speaking
        if (fronted := _named_after_setting(verb)) is not None:
            return fronted
        if (verb.dep_ not in _SHARES_SUBJECT and not (verb.dep_ == "acomp" and verb.lower_ in _READY)) \
                or verb.head.i == verb.i:
            return None
        telling, verb = verb, verb.head
        if telling.dep_ == "acl" and is_reporting(telling) and verb.dep_ == "dobj" and not verb.tag_.startswith("VB"):
            verb = verb.head  # "X posted a video calling the plan 'Q'": the video's poster calls it so
    return None


def _named_after_setting(verb: Token) -> Token | None:
    """A speaker the parser hung on the place or time the sentence opens with ("At a market in Yaba,
    Funmilayo Adebayo, who sells fabrics, said ...": an apposition of Yaba): a person's name, right
    before the verb that has no subject of its own, or before their description, hung there too ("In a
    statement on Wednesday, Genevieve Lachance, provost of X, said ...")."""
    for setting in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for name in setting.subtree:
            described = {t.i for c in name.head.children if c.dep_ == "appos" and c.i > name.i for t in c.subtree}
            words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i] + [name]
            # (not one of a list the setting names: "In an interview with Joe Scarborough and Mika Brzezinski, ...")
            listed = any(c.dep_ in ("conj", "cc") for t in (name, name.head) for c in t.children) or name.dep_ == "conj"
            if name.dep_ == "appos" and name.head.dep_ == "pobj" and len(words) > 1 and not listed \
                    and all(w.tag_ == "NNP" and w.is_title and w.lower_ not in INSTITUTION_WORDS for w in words) \
                    and all(t.is_punct or t.i in described for t in verb.doc[name.right_edge.i + 1: verb.i]):
                return name
    return None


# Counts of a crowd that speak: "Several of his colleagues", "Two of Holt's fellow presenters".
_COUNTS = {"several", "many", "some", "most", "few", "all", "both", "none", "two", "three", "four", "five", "six"}
# Words for a thing that are people too: a person where they say or write ("one flyer wrote", "a
# poster on Reddit said"), a thing elsewhere ("a poster read", "the flyer was handed out").
_PEOPLE_OR_THINGS = {"flyer", "flyers", "flier", "fliers", "poster", "posters"}
# "Another added: ...", "“Q,” another posted": one more of those who spoke before.
_OTHER_ONE = {"another"}
SOME_OF_A_CROWD = {"some", "many", "others", "most"}  # "Users were divided, with some calling the move “Q”"


def is_masked(token: Token) -> bool:
    return token.text[:1] == MASK and set(token.text) == {MASK} and len(token.text) > 1


def describe(head: Token, words: str) -> Speaker | None:
    """The speaker whose phrase is headed by `head`; `words` is the phrase in the article's own
    words. None for what cannot be a speaker (a weekday, a quote, "it", "there")."""
    lowered = head.lower_
    if lowered in PERSONAL_PRONOUNS or (lowered == "it" and head.dep_ == "nsubj" and is_reporting(head.head) and (
            any(is_masked(c) for c in head.head.children) or is_masked(head.head.head))):
        return Speaker(head.text, head.text, "unknown", pronoun=True)  # ('it added, “Q”': a body's, resolved later)
    if _HANDLE.fullmatch(head.text):
        return Speaker(head.text, head.text, "public")  # "posted @grumpy_gary", whatever the tagger calls it
    if head.i >= 2 and head.nbor(-1).text == "/" and head.nbor(-2).lower_ == "u":
        return Speaker(f"u/{head.text}", f"u/{head.text}", "public")  # a Reddit user
    if lowered == "u" and head.i + 2 < len(head.doc) and head.nbor(1).text == "/":
        name = f"u/{head.nbor(2).text}"  # the same, parsed with "u" as the subject
        return Speaker(name, name, "public")
    named = next((c for c in head.children if c.dep_ == "appos" and c.tag_ in _NAME_TAGS), None) \
        if lowered in _OTHER_ONE | {"one"} else None
    if named is not None and (name := _name_at(named)):
        # "Another, Priya Marwaha, replied": the one it names, one more of those heard
        return Speaker(name, words, role if (role := role_of(words)) != "unknown" else "public")
    if lowered in _OTHER_ONE and not any(c.dep_ in ("prep", "relcl") for c in head.children):
        return Speaker(head.text, head.text, "unknown")  # "another wrote" (not "another of", "another that")
    if lowered == "one" and any(c.dep_ == "amod" for c in head.children) and head.i + 1 < len(head.doc) \
            and head.nbor(1).dep_ == "amod":  # "One regular at the cafe told ...": a noun the tagger read as adjective
        phrase = head.doc[head.i: max(t.i for t in head.subtree) + 1].text
        return Speaker(phrase, phrase, role_of(phrase))
    if head.text == "?" and head.i > 0 and head.nbor(-1).text[:1].isupper():
        name = f"{head.nbor(-1).text}?"  # "Consumer group Which? said": a name with its question mark
        return Speaker(name, name, "organization")
    if (head.text == "Which" and head.i > 0 and head.i + 1 < len(head.doc) and head.nbor(1).text == "?") or (
            head.i + 2 < len(head.doc) and head.nbor(1).text == "Which" and head.nbor(2).text == "?"):
        return Speaker("Which?", "Which?", "organization")  # the same, parsed as "Which" asking
    after_quote = any(is_masked(t) for t in head.doc[max(head.i - 3, 0):head.i])
    if lowered == "one" and after_quote and all(is_masked(c) or c.dep_ == "punct" or (
            c.dep_ == "acl" and is_reporting(c)) for c in head.children):  # (also "wrote" read as its modifier)
        return Speaker(head.text, head.text, "unknown")  # "“Q,” one wrote" (not "no one", "which one")
    if lowered == "one" and not list(head.children) and head.dep_ == "nsubj" and any(
            is_masked(c) for c in head.head.children):
        return Speaker(head.text, head.text, "unknown")  # "On Instagram, one wrote: “Q”"
    if lowered in SOME_OF_A_CROWD and head.dep_ == "nsubj" and head.head.dep_ == "pcomp" \
            and head.head.head.lower_ == "with" and not list(head.children) \
            and any(is_masked(t) for t in head.head.subtree):
        return Speaker(head.text, head.text, "unknown")  # "..., with some calling the move “Q”": some of a crowd
    if head.is_upper and len(head.text) > 1 and head.dep_ in _SUBJECTS and head.is_alpha and head.tag_.startswith("VB"):
        return Speaker(head.text, words, role_of(words))  # "Animal welfare group PETA called ...", tagged a verb
    counted = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj" and p.tag_ == "NNS" and can_speak(p.lower_)), None) \
        if lowered in _COUNTS else None
    if counted is not None:
        # "Several of Holt's fellow presenters said", "Many of his colleagues said": some of a crowd
        phrase = head.doc[head.i: counted.i + 1].text
        return Speaker(phrase, phrase, role_of(phrase))
    if (lowered in PRONOUNS or lowered in WEEKDAYS_MONTHS or is_masked(head)
            or head.tag_ in ("JJ", "JJR", "JJS", "RB", "IN", "CD", "DT", "WDT", "WP", "VB", "VBD",
                             "VBG", "VBN", "VBP", "VBZ", "PRP$", "EX")):
        return None
    # (A capitalized noun is a name the tagger missed: "Trump" is sometimes NN.)
    if head.tag_ in ("NN", "NNS") and head.text[:1].islower() and not can_speak(head.text) and not (
            head.lower_ in _PEOPLE_OR_THINGS and head.dep_ == "nsubj" and is_reporting(head.head)) and not any(
            c.dep_ == "appos" and c.tag_ == "NNP" for c in head.children):  # (but "her rival Sofia Brandt")
        return None  # "the calculations", "a probe", "his demands"
    if head.lower_ in ("comment", "comments") and (any(c.dep_ == "poss" for c in head.children) or not any(
            c.dep_ in ("amod", "nummod", "compound") or (c.dep_ == "det" and c.lower_ in ("a", "one", "another"))
            for c in head.children)):
        return None  # someone's comments are theirs ("His comments", "The comments came ..."; not "one comment")
    crowd = any(_member(c) for c in head.children)
    name = None if crowd else (_titled_body(head) or _name_at(head))
    beside = None if crowd else name_beside(head)
    # "The local MP, Rachel Dunn, ...": the post, then the name beside it; also a post of more words before a
    # person ("Yarnit's Country Director for Nigeria, Mrs Folake Danjuma-Ilori"; not a person whose surname is a
    # role word: "Mary Judge, Chief Executive of ...")
    if name is not None and (name.lower().rstrip(".") in ROLE_NOUNS | TITLES | _HEAD_WORDS or (
            beside is not None and name.split()[-1].lower() in ROLE_NOUNS
            and (_a_person(beside) or _a_person_named(beside))
            and not any(t.ent_type_ == "PERSON" for t in head.subtree if t.i < head.i))):
        name = None
    if name is None and not crowd:
        appositive = beside
        name = _name_at(appositive) if appositive is not None else None
        if name and appositive.i == head.i + 1 and head.is_title and head.tag_ in ("NN", "NNS") and head.i > 0 \
                and not head.nbor(-1).is_title:
            name = f"{head.text} {name}"  # "The charity Diabetes UK said": one name, read as a noun and its apposition
    phrase = " ".join(words.split())
    return Speaker(name or speaker_name(_description(head)), phrase, role_of(phrase))


# A title's head word the tagger may read as a name ("Head of content Rachel Dunstan said")
_HEAD_WORDS = {"head", "chief", "director", "chair"}


def _a_person(token: Token) -> bool:
    """A person's name, by the entity tagger or an honorific ("Mrs Folake Danjuma-Ilori", "Dr Ruth Oyelaran")."""
    return token.ent_type_ == "PERSON" or any(t.lower_.rstrip(".") in {*_HONORIFIC_GENDER, "dr"} for t in token.subtree)


def name_beside(head: Token) -> Token | None:
    """The name set beside a noun ("The local MP, Rachel Dunn"), also after its `of` or `for` place ("The
    mayor of Port Alden, Greg Howell", "Chief Crown Prosecutor for the region, Malik Osei": the parser hangs the name
    on the place)."""
    # (not a body it works for: "A representative for his management company, Halfmoon Talent")
    places = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in c.children
              if p.dep_ == "pobj" and p.ent_type_ != "PERSON"
              and not (c.lower_ == "for" and p.lower_ in BUSINESS_NOUNS | INSTITUTION_WORDS)]
    return next((a for t in (head, *places) for a in t.children if a.dep_ == "appos" and a.tag_ in _NAME_TAGS
                 and (t is head or _a_person_named(a))), None)


def _a_person_named(token: Token) -> bool:
    """A person's name by the entity tagger, or where it did not run (past the lead) one that looks
    like a person's: a first name and a surname ("The chair of the Tenants' Federation, Graham
    Oduya"; not a place: "The mayor of Port Alden, Maine")."""
    if token.doc.has_annotation("ENT_IOB"):
        return token.ent_type_ == "PERSON"
    words = [t for t in token.subtree if t.dep_ != "punct"]
    return 2 <= len(words) <= 3 and all(t.tag_ in _NAME_TAGS and t.is_title for t in words) and not any(
        t.lower_.strip(".") in NOT_NAMES | TITLES | _PLACE_WORDS for t in words)


def phrase_tokens(head: Token) -> list[Token]:
    """The words of a speaker's noun phrase: its left part, apposition and a short `of` phrase;
    not a relative clause ("Trump, who campaigned here," -> "Trump")."""
    inside = {t.i for t in head.subtree}
    tokens = [head]
    beside = name_beside(head)  # "The chair of the Tenants' Federation, Graham Oduya": the whole `of` phrase
    for left in reversed(head.doc[max(head.i - 8, 0): head.i]):  # up to a quote before the name
        # A title misparsed as a second subject ("councillor" in "councillor Ann Lee said") too.
        misparsed = left.head.i == head.head.i and left.dep_ in _SUBJECTS and left.tag_.startswith("NN")
        possessive = left.dep_ == "case" and left.text in ("'", "’")  # "Sanders’ aides", not a quote mark
        quote_mark = left.tag_ in ("``", "''") and not possessive
        if (left.i not in inside and not misparsed) or is_masked(left) or quote_mark:
            break
        tokens.append(left)
    for child in head.rights:
        if child.dep_ == "conj" and not _member(child):
            break  # "praise from cyclists and criticism from shop owners": the rest is the second response's
        if any(is_masked(t) for t in child.subtree):
            break  # a quote the parser hung on the speaker ("One constituent wrote on Facebook: “Q”")
        if child.dep_ in ("appos", "compound", "flat") or (child.dep_ == "prep" and child.lower_ in (
                "of", "for", "at", "from") and (len(list(child.subtree)) <= 6 or (
                    beside is not None and beside in child.subtree))):
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("of", "for") and head.lower_ in _STAFF_NOUNS and (
                body := next((c for c in child.children if c.dep_ == "pobj"), None)) is not None:
            # whose they are, without what the body does: "A spokesperson for a group representing private
            # landlords in the region said" is the group's, not the subject's spokesperson
            tokens += [child, body] + [t for left in body.lefts for t in left.subtree]
        elif len(list(child.subtree)) <= 6 and (
                (child.dep_ == "amod" and child.lower_ in ("close", "familiar"))  # "Sources close to her campaign"
                or (child.dep_ == "prep" and child.lower_ == "to" and head.lower_ in _STAFF_NOUNS)):  # "Aides to Costa"
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


_STAFF_NOUNS = {"aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
                "spokesperson", "lawyer", "lawyers", "attorney", "attorneys"}
_NAMED_FOR = {"school", "hospital", "college", "church", "cathedral", "academy", "infirmary"}


def _name_at(token: Token) -> str | None:
    """The proper name ending at `token` ("Vermont Sen. Bernie Sanders" -> "Bernie Sanders")."""
    if token.tag_ not in _NAME_TAGS or token.lower_ in NOT_NAMES:
        return None
    run = [token]
    for left in reversed(list(token.doc[max(token.i - 5, 0): token.i])):
        # a saint's or founder's name in a body's ("St Mary's Primary School", "Guy's Hospital")
        named_for = left.lower_ in ("'s", "’s") and token.lower_ in _NAMED_FOR and left.i > 0 \
            and left.nbor(-1).tag_ in _NAME_TAGS
        # a capitalized verb inside a name, mid-sentence ("campaign Stop Killing Games")
        verb_in_name = left.tag_ == "VB" and left.dep_ == "compound" and left.head in run and left.is_title \
            and left.i > left.sent.start
        # a plural's possessive inside a name, its noun read as common ("the Ravipur Doctors' Forum")
        plural_in_name = left.tag_ == "NNS" and left.is_title and run[0].text in ("'", "’")
        # an "and" inside a body's name ("the Food and Drug Administration", "the Screen and Airwaves Authority")
        and_in_name = left.lower_ == "and" and token.lower_ in INSTITUTION_WORDS and left.i > 0 \
            and left.nbor(-1).tag_ in _NAME_TAGS and left.nbor(-1).is_title and run[0].is_title
        if not (named_for or verb_in_name or plural_in_name or and_in_name) and (
                left.tag_ not in _NAME_TAGS and left.text not in ("-", "'", "&") or left.lower_ == "'s"):  # ("M & S")
            break
        run.insert(0, left)
    if token.ent_type_ == "PERSON" and run[0].i > 0 and run[0].nbor(-1).lower_ in ("and", "of", "for"):
        # the person the entity tagger names, after the rest of an office's domain ("Minister for Road Transport
        # and Highways Arjun Raghavan")
        start = token.i
        while start > run[0].i and token.doc[start].ent_iob_ == "I":
            start -= 1
        run = [t for t in run if t.i >= start]
    for right in token.doc[token.i + 1: token.i + 3]:  # "Jane Roe Jr." parsed with Roe as head
        if right.tag_ not in _NAME_TAGS or right.dep_ not in ("flat", "compound", "appos"):
            break
        run.append(right)
    number = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if number is not None and len(run) == 1 + (token.i - run[0].i) and number.dep_ == "nummod" \
            and number.head.i == token.i and number.text.isdigit() and len(number.text) <= 2 \
            and token.ent_type_ != "PERSON" and not (len(run) > 1 and int(number.text) >= 16):
        run.append(number)  # "Channel 7", "Radio 4": a name that ends in its number (not an age: "Darren Smith 45")
    joined = token.i + 2 < len(token.doc) and token.nbor(1).text == "&" and token.nbor(2).tag_ in _NAME_TAGS
    if joined:
        run += [token.nbor(1), token.nbor(2)]  # "Marks & Spencer", parsed with Marks as head
        for right in token.doc[token.i + 3: token.i + 6]:  # "Crown & Anchor Inns" (not "... Chairman David Taylor")
            if right.tag_ not in _NAME_TAGS or right.lower_.rstrip(".") in TITLES or right.lower_ in ROLE_NOUNS:
                break
            run.append(right)
    # Keep the words after the last title or role word: the person's own name; a body's name ends
    # in such a word and is kept whole ("New York Police Department", "Union Leader"), and so is a
    # name joined by "&" after its head ("Crown & Anchor Inns": no news anchor).
    words = [t.text for t in run]
    # (a body's name the entity tagger reads whole keeps a role word inside it: "Arts Council England"; not one
    # opening on a description the tagger took in: "Critic Lena Holt")
    one_body = token.ent_type_ == "ORG" and all(t.ent_type_ == "ORG" for t in run) and not any(
        t.ent_iob_ == "B" for t in run[1:]) and words[0].lower() not in ROLE_NOUNS | TITLES
    body = words[-1].lower() in INSTITUTION_WORDS or words[-1].lower() in ROLE_NOUNS or joined or one_body
    cut = 0 if body else max((i + 1 for i, w in enumerate(words[:-1]) if words[i + 1] not in ("'", "’")
                              and (w.lower().rstrip(".") in TITLES or w.lower() in ROLE_NOUNS)
                              and not (w.lower() in CROWD_WORDS and w.endswith("s"))),  # "Rovers Fans United"
              default=0)
    if cut == len(run) - 1 and ((
            run[cut - 1].ent_iob_ == "B" and run[cut - 1].ent_type_ not in ("", "PERSON")
            and token.ent_iob_ == "I" and token.ent_type_ == run[cut - 1].ent_type_
            and (run[cut - 1].lower_ not in TITLES or run[cut - 1].lower_ == "general"))
            or (run[cut - 1].lower_ in FIRM_TITLES and token.lower_ in TRADE_WORDS and run[cut - 1].is_title)):
        # a body named with a role word or "General" and one more ("Network Rail", "General Motors"; not a
        # person's title, which the entity tagger often takes in: "Sheriff Villanueva", "Coach Swinney"),
        # or with any title before what it trades in ("Premier Energy", "Cardinal Health")
        cut -= 1
    while cut < len(run) - 1 and not any(c.isalnum() for c in run[cut].text):
        cut += 1  # (the full stop of a title the tokenizer split off: "Col . Steven H. Warren")
    first = run[0].i
    after_office = first >= 2 and run[0].doc[first - 1].lower_ in ("of", "for") \
        and run[0].doc[first - 2].lower_ in TITLES  # ("Minister for Finance Eamon Doyle")
    words = words[cut:] if body else _without_office(words[cut:], after_office)
    while len(words) > 1 and words[0].lower() in NOT_NAMES:
        words.pop(0)
    words += [t.text for t in _institution_tail(token)]
    # The tokenizer splits "Lopez-Cantera" at its hyphen and "Players' Union" at its apostrophe.
    name = re.sub(r" (['’])(?=s? |$)", r"\1", " ".join(words).replace(" - ", "-")).removesuffix("’s").removesuffix("'s")
    return name if name and name.lower() not in NOT_NAMES else None


def title_cased(sentence: Span) -> bool:
    """A headline with Every Word Capitalized, which the small parser and tagger read poorly."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)


_BODY_NAME_LINKS = {"of", "the", "for", "without", "against", "and", "on", "in", "to", "our", "with"}


def _titled_body(head: Token) -> str | None:
    """A body's name in title case that runs through linking words ("Friends of the Earth", "Doctors
    Without Borders", "Save Our Libraries"), which the tagger splits as a noun and its `of` phrase;
    not a crowd and its place ("Residents of Leeds")."""
    if title_cased(head.sent):
        return None  # in a headline every word is in capitals
    entity = next((e for e in head.doc.ents if e.label_ == "ORG" and e.start <= head.i < e.end), None)
    if entity is not None and len(entity) > 1 and any(t.lower_ in _BODY_NAME_LINKS for t in entity[1:-1]):
        words = [t for t in entity if not (t.i == entity.start and t.lower_ == "the")]
        # (not one the entity tagger cut after a link: "Ministry of Roads and")
        if all(t.text[:1].isupper() or t.lower_ in _BODY_NAME_LINKS for t in words) and words[-1].text[:1].isupper():
            return " ".join(t.text for t in words)
    if not head.text[:1].isupper() or head.tag_ != "NNS":
        return None  # a person's "Sanders of Vermont" is a name and its place
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _BODY_NAME_LINKS), None)
    tail = sorted(prep.subtree, key=lambda t: t.i) if prep is not None else []
    if not tail or len(tail) > 5 or tail[0].i != head.i + 1 or tail[-1].i - head.i != len(tail):
        return None
    if not all(t.text[:1].isupper() or t.lower_ in _BODY_NAME_LINKS for t in tail) or not tail[-1].text[:1].isupper():
        return None
    # A link in capitals ("Without", "Our") or a capitalized thing after "the" ("of the Earth") makes a
    # name; not people and whose or where they are ("Aides to Clinton", "Residents of Leeds").
    linked_in_capitals = any(t.lower_ in _BODY_NAME_LINKS and t.text[:1].isupper() for t in tail)
    the_thing = any(a.lower_ == "the" and b.text[:1].isupper() for a, b in zip(tail, tail[1:], strict=False))
    if not (linked_in_capitals or (the_thing and head.lower_ not in CROWD_WORDS and not any(
            t.ent_type_ in ("PERSON", "GPE", "NORP") for t in tail))):
        return None
    return " ".join(t.text for t in (head, *tail))


def _institution_tail(token: Token) -> list[Token]:
    """The `of`/`for` part of an institution's name ("Organization for Economic Cooperation and
    Development", "University of California"): a proper name itself, unlike "Jane Roe of Acme"."""
    if token.lower_ not in INSTITUTION_WORDS:
        return []
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on")), None)
    tail = sorted(prep.subtree, key=lambda t: t.i) if prep is not None else []
    if not tail or len(tail) > 7 or tail[-1].i - tail[0].i + 1 != len(tail) or tail[0].i != token.i + 1:
        return []
    if not all(t.tag_ in _NAME_TAGS or t.dep_ == "cc" for t in tail[1:]):
        return []
    return tail


def _description(head: Token) -> str:
    """The words that describe a speaker nobody names; a list of them ("Parents, teachers and
    students") whole, without what follows it ("... expressing disbelief")."""
    tokens = [t for t in _members(head) if not is_masked(t)] or [head]  # a head the parser made an appositive
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return head.doc[first.i: last.i + 1].text.strip(" ,")


def _members(head: Token) -> list[Token]:
    # (the head itself may be read as an apposition: "“Q” the studio posted")
    tokens = [t for t in phrase_tokens(head) if t.dep_ != "appos" or t is head]
    for child in head.children:
        if _member(child):
            tokens.extend(_members(child))
        elif child.dep_ == "cc" and any(_member(c) for c in head.children):
            tokens.append(child)
    return tokens


def _member(child: Token) -> bool:
    """A conjunct that is one more of the speakers, not a second response ("praise from cyclists and
    criticism from shop owners")."""
    return child.dep_ == "conj" and child.lower_ not in RESPONSE_NOUNS and not joined_by_ampersand(child)


def joined_by_ampersand(token: Token) -> bool:
    """A name's part after "&" that the parser hung as a conjunct on the name's first part: one name
    ("Marks & Spencer", "Scottish Land & Estates", "Crown & Anchor Inns")."""
    between = token.doc[token.head.i + 1: token.i]
    return token.dep_ == "conj" and token.tag_ in _NAME_TAGS and token.head.tag_ in _NAME_TAGS and any(
        t.text == "&" for t in between) and all(t.text == "&" or t.tag_ in _NAME_TAGS for t in between)


def speaker_at(parsed: ParsedText, paragraph: Paragraph, head: Token) -> Speaker | None:
    """The speaker whose noun phrase `head` heads, in the article's own words."""
    post = next((c for c in head.children if c.dep_ == "conj" and c.tag_ == "NN" and c.lower_ in TITLES), None)
    if post is not None and head.tag_ == "NN" and head.is_lower and not can_speak(head.lower_):
        # "Labour's shadow work and pensions secretary": one post, its first noun parsed as the subject
        return describe(post, parsed.original(paragraph, head.left_edge, post))
    tokens = phrase_tokens(head)
    return describe(head, parsed.original(paragraph, tokens[0], tokens[-1]))


def antecedent(parsed: ParsedText, position: int, last_named: str | None, pronoun: str = "") -> str | None:
    """A name for a pronoun at `position`. News style keeps "he" on the person last reported
    speaking (the latest named subject of a reporting verb in the `ANTECEDENT_CHARS` before it)
    unless a later sentence has one name as its subject; then the named subjects of its own
    sentence and of the three parser's sentences before it; else `last_named`; else the nearest
    name mentioned before it. "He" and "she" skip a name the article gives the other gender (see
    `gender_in_text`), and a mere mention that is no personal name ("in Sanford, Florida"), for the
    next personal name of the pronoun's gender; they never stand for a group or a body
    ("advocates", "the Police Department")."""
    if pronoun.lower() in _PRONOUN_GENDER and (someone := _someone_new(parsed, position)) is not None:
        return someone
    candidates = _antecedent_candidates(parsed, position, last_named)
    first = next(candidates, None)
    wanted = _PRONOUN_GENDER.get(pronoun.lower())
    if first is None or wanted is None:
        return first and first[0]
    name, speaks = first
    if _not_one_person(name) or _called_a_body(parsed, name):  # "he" is never "advocates" or "the Police Department"
        # (a person's name, or a name the article gives that gender: not "Israel" after "the audience")
        return next((other for other, _ in candidates if not _not_one_person(other)
                     and not _called_a_body(parsed, other) and gender_in_text(parsed, other) in (wanted, None)), None)
    gender = gender_in_text(parsed, name)
    if gender == wanted or (gender is None and (speaks or _personal_name(parsed, name))):
        return name
    return next((other for other, _ in candidates if _personal_name(parsed, other)
                 and gender_in_text(parsed, other) == wanted), name)


# One the paragraph brings in without a name: "a post by a user who said he was a long-haul truck driver ..."
# (not what someone named is: "LeVell is a black man on a mission ...")
_SOMEONE = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bas )(?<!\bbe )\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?"
                      r"(?P<who>user|man|woman|mother|father|mum|mom|dad|"
                      r"parent|player|fan|customer|commenter|commuter|driver|resident|reader|viewer|listener|"
                      r"passenger|shopper|student|teacher|nurse|worker|redditor|subscriber)\b(?!\s+(?:named|called)\b)")


def _someone_new(parsed: ParsedText, position: int) -> str | None:
    """The unnamed person the pronoun's own paragraph brings in before it ("a user"), where no one is named
    speaking in that paragraph before it: "he wrote" is theirs, not a name from a paragraph before."""
    paragraph = parsed.paragraph_at(position)
    if paragraph is None:
        return None
    before = parsed.text[paragraph.start:position]
    found = _SOMEONE.search(before)  # (the first: "a user who said he was a truck driver" is the user)
    if found is None or re.search(r"[\"“”]", before[:found.start()]):
        return None  # (not past a quote of someone's own in the paragraph)
    # (nor one it names: "Ellen Park, a retired teacher who ..., held a sign")
    mentions = _reported_speakers(parsed)
    index = bisect.bisect_left(mentions, (paragraph.start, ""))  # (the first named speaker from the paragraph on)
    named = (index < len(mentions) and mentions[index][0] < position) or any(
        (t.ent_type_ == "PERSON" or (t.tag_ == "NNP" and t.dep_ == "nsubj")) and paragraph.start + t.idx < position
        for t in paragraph.doc)
    return None if named else f"a {found.group('who')}"


_AGED = re.compile(r"the\s+\d{1,3}-year-old\b", re.I)


def named_before_by_age(parsed: ParsedText, phrase: str, position: int) -> str | None:
    """The person "the 27-year-old singer" stands for: news style's second mention, by age, of the
    person named before it (not "a 27-year-old singer", someone new)."""
    if not _AGED.match(phrase.strip()):
        return None
    return next((name for name, _ in _antecedent_candidates(parsed, position, None)
                 if not _not_one_person(name) and not re.search(r"\d-year-old", name)), None)  # (not itself)


def _antecedent_candidates(parsed: ParsedText, position: int, last_named: str | None) -> Iterator[tuple[str, bool]]:
    """(name, whether it comes from a speaker or a sentence subject rather than a mere mention)."""
    mentions = _reported_speakers(parsed)
    index = bisect.bisect_left(mentions, (position, "")) - 1
    reported = mentions[index] if index >= 0 and mentions[index][0] >= position - ANTECEDENT_CHARS else None
    sentences = []
    for paragraph in parsed.paragraphs:
        if paragraph.start >= position:
            break
        if paragraph.start >= position - 800:
            sentences.extend((paragraph, s) for s in paragraph.doc.sents
                             if paragraph.start + s.start_char < position)
    subjects = []
    for paragraph, sentence in reversed(sentences[-4:]):
        for token in sentence:
            if token.dep_ not in _SUBJECTS or paragraph.start + token.idx >= position:
                continue
            # ("head teacher Ruth Kenningham": a title the parser made the subject, the name its apposition)
            named = any(c.dep_ == "appos" and c.tag_ == "NNP" and c.left_edge.i == token.i + 1 for c in token.children)
            if token.tag_ in _NAME_TAGS or named:
                speaker = speaker_at(parsed, paragraph, token)
                # (a description with "and" is a crowd the parser joined to the name, not one person)
                if speaker is not None and not speaker.pronoun and " and " not in speaker.name:
                    tag = "NNP" if named else token.tag_
                    subjects.append((paragraph.start + sentence.start_char, speaker.name, tag))
    # The nearer of the last reported speaker and one name that is the subject of a later sentence
    # ("Jane Sanders made it clear ... 'Q,' she said"); not "the Senate" in the reporting verb's own.
    later = bool(reported and subjects and subjects[0][0] > reported[0] and subjects[0][2] == "NNP")
    if reported and not later:
        yield reported[1], True
    for _, name, _ in subjects:
        yield name, True
    if later:
        yield reported[1], True
    if last_named:
        yield last_named, True
    window = parsed.text[max(0, position - 600): position]
    window = re.sub(r"(?:[\"“]|'')(?:(?!'')[^\"“”])*(?:[\"”]|'')", lambda m: " " * len(m.group()), window)
    names = [" ".join(w for w in m.group().split() if w.lower() not in NOT_NAMES and not w.isupper())
             for m in _MENTION.finditer(window)]
    yield from ((n.removesuffix("’s").removesuffix("'s"), False) for n in reversed(names) if n)


def _not_one_person(name: str) -> bool:
    """A description of several people ("advocates", "Critics") or a body ("New York Police
    Department"), not one person's name."""
    words = re.split(r"\s+(?:of|in|for|from|at|on|with)\s+", name)[0].split()
    if not words:  # a name that is all a prepositional phrase (" of Whitfield") has no head
        return False
    if _SHARE.search(name):
        return True  # "more than 60 per cent of whānau", "half of residents": a share of a crowd
    head = words[-1]
    lowered = head.lower()  # a capitalised word is plural only as a crowd word ("Critics", not "Sanders")
    plural = lowered.endswith("s") and not lowered.endswith("ss") and (head.islower() or lowered in CROWD_WORDS)
    body = head.islower() and lowered in _BODIES  # "the company said ... 'Q,' she said": not the company
    return plural or body or lowered in _COLLECTIVES or lowered in INSTITUTION_WORDS


_SHARE = re.compile(r"\d|%|\bper ?cent\b|\b(?i:majority|half|third|quarter|most|dozens|hundreds|thousands)\b")


# Crowds named in the singular ("after staff were shouted at ... 'Q,' she said": not the staff).
_COLLECTIVES = {"people", "many", "staff", "crowd", "audience", "public", "others", "some"}


# Bodies named by what they are (not a campaign or a group: they speak through a person as often).
_BODIES = BUSINESS_NOUNS | {"corporation", "council", "committee", "board", "agency", "government"}


# (not the kinds that are people's trades too: "Charter operator Wayne Pickering", "game developer Kim Lee")
_BODIES_NOT_PEOPLE = {"company", "firm", "airline", "retailer", "chain", "supermarket", "bank", "carrier", "brand",
                      "startup", "conglomerate", "corporation", "insurer", "lender", "grocer", "brewery", "council",
                      "committee", "agency", "government", "broadcaster", "publisher", "studio", "network",
                      "manufacturer", "automaker", "carmaker", "utility", "housebuilder"}


def _called_a_body(parsed: ParsedText, name: str) -> bool:
    """Whether the article calls a name a body by its kind: "Supermarket chain PasarMart", "PasarMart, the
    supermarket chain" ("she said" is never PasarMart's)."""
    called = parsed.cache.setdefault("called a body", {})
    if name not in called:
        called[name] = name[:1].isupper() and _kind_beside(name, parsed.text[:GENDER_SCAN_CHARS])
    return called[name]


_KINDS = "|".join(sorted(_BODIES_NOT_PEOPLE))
# A kind right before a name or after it and a comma, matched at each mention (see `lexicon.occurrences`)
_KIND_BEFORE = re.compile(rf"\b(?:{_KINDS})\s+\Z")  # (searched up to the mention)
_LONGEST_KIND = max(map(len, _BODIES_NOT_PEOPLE))
_KIND_AFTER = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_KINDS})[,.]")


def _kind_beside(name: str, text: str) -> bool:
    """Whether `text` writes a kind before `name` ("Supermarket chain PasarMart") or after it ("PasarMart, the
    supermarket chain,")."""
    for start in occurrences(name, text):
        end = start + len(name)
        if word_boundary(text, start) and _KIND_AFTER.match(text, end):
            return True
        spaced = start
        while spaced > 0 and text[spaced - 1].isspace():
            spaced -= 1
        if spaced < start and word_boundary(text, end) and _KIND_BEFORE.search(
                text, max(0, spaced - _LONGEST_KIND), start):
            return True
    return False


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_NEXT_PRONOUN = r"\b([Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b"
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_PLACE_WORDS = {"america", "american", "americans", "states", "united", "house", "white", "new", "north", "south",
                "east", "west", "city", "county", "party", "street"}


def _personal_name(parsed: ParsedText, name: str) -> bool:
    """A first name and a surname ("Jay Lee"), or a surname the article writes after "Mr." or
    "Ms."; not "Democratic", "White America" or "Vice Joe Biden"."""
    words = name.split()
    if len(words) == 1:
        return _gender_votes(parsed, words[0])[1]
    return len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        w.lower().strip(".") in NOT_NAMES | TITLES or w.lower() in _PLACE_WORDS for w in words)


def gender_in_text(parsed: ParsedText, name: str) -> str | None:
    """"m" or "f" when the article says so of `name`'s surname: by honorifics ("Mr. Lee") and by
    the first he/she/his/her after a mention in the same sentence ("Lee said he ..."); None when
    it says nothing or both."""
    words = name.split()
    return _gender_votes(parsed, words[-1])[0] if words and words[-1][:1].isupper() else None


def _gender_votes(parsed: ParsedText, surname: str) -> tuple[str | None, bool]:
    """(gender, whether an honorific names it). Bounded: the first GENDER_SCAN_CHARS of text and
    GENDER_NAMES surnames per article."""
    genders = parsed.cache.setdefault("genders", {})
    if surname not in genders:
        if len(genders) >= GENDER_NAMES:
            return None, False
        votes = {"m": 0, "f": 0}
        word, text = re.escape(surname), parsed.text[:GENDER_SCAN_CHARS]
        honorifics = re.findall(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{word}\b", text)
        for honorific in honorifics:
            votes[_HONORIFIC_GENDER[honorific.lower()]] += 1
        for match in re.finditer(rf"\b{word}\b[^.!?\n\"“”]{{0,80}}?{_NEXT_PRONOUN}", text):
            votes[_PRONOUN_GENDER[match.group(1).lower()]] += 1
        gender = "m" if votes["m"] > votes["f"] else "f" if votes["f"] > votes["m"] else None
        genders[surname] = (gender, bool(honorifics))
    return genders[surname]


def _reported_speakers(parsed: ParsedText) -> list[tuple[int, str]]:
    """(offset, name) of every speaker named (not a pronoun) as the subject of a reporting verb."""
    if "reported_speakers" not in parsed.cache:
        found = []
        for paragraph in parsed.paragraphs:
            for token in paragraph.doc:
                if not is_reporting(token, cognition=True) or any(
                        t.dep_ in ("ccomp", "xcomp") and is_reporting(t.head, cognition=True)
                        for t in (token, *token.ancestors)):
                    continue  # inside another's words: "Dana Reyes said Carter should apologise" is Reyes speaking
                    # (or deeper: "X said the decision followed a survey in which parents said ...")
                if (subject := subject_of(token)) is not None:
                    speaker = speaker_at(parsed, paragraph, subject)
                    if speaker is not None and not speaker.pronoun:
                        found.append((paragraph.start + token.idx, speaker.name))
        parsed.cache["reported_speakers"] = found
    return parsed.cache["reported_speakers"]


_MENTION = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:de|van|von|al|bin)\s+)?[A-Z][\w'’.-]*)*$")
# The office before a name: "(Secretary of) State Hillary Clinton", "Senate Minority Leader Harry Reid".
_OFFICE_WORDS = {"state", "defense", "homeland", "security", "treasury", "commerce", "labor", "energy",
                 "education", "transportation", "agriculture", "interior", "health", "senate", "house",
                 "assembly", "minority", "majority", "leader", "whip", "deputy", "acting", "general", "finance",
                 "justice", "foreign", "defence", "enterprise", "employment", "affairs"}
_LEADING = re.compile(r"^(?:the|a|an|and|but|however|meanwhile|also|then|later)\s+", re.I)
_TRAILING = re.compile(r"\s+(?:also|too|quickly|immediately|however|"  # (not nouns in -ly)
                       r"(?!(?:family|ally|rally|assembly|july|italy|daily|weekly|monthly|reply)$)\w+ly)$", re.I)


_CROWD_OF = re.compile(rf"(?:[\w-]+\s+)?(?:{'|'.join(sorted(w for w in CROWD_WORDS if w.endswith('s')))})\s+"
                       r"(?:of|at|in|from)\s", re.I)
# ... or one of it, by the place alone: "a passenger at Denver International Airport" (not "a teacher at
# Lincoln High School, Maria Lopez", "critic of the mayor Jane Cole")
_ONE_OF_CROWD = re.compile(rf"(?i:(?:[\w-]+\s+)?(?:{CROWD_PATTERN})\s+(?:of|at|in|from)\s+(?:the\s+)?)"
                           r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*")


_SOMEONES = re.compile(r"(?:[\w-]+\s+){0,3}?(?:to|close to|familiar with|"
                       r"(?:friends|allies|associates|aides|advis[eo]rs|confidants|supporters|lawyers) of)\s", re.I)


def speaker_name(phrase: str) -> str:
    """A person's or body's name from a speaker phrase; a description when it names nobody.

    "journalist Anirvan Ghosh" -> "Anirvan Ghosh"; "One Twitter user" -> "One Twitter user".
    """
    phrase = phrase.strip(" ,;:-—–")
    while (stripped := _TRAILING.sub("", _LEADING.sub("", phrase))) != phrase:
        phrase = stripped
    name = _NAME.search(phrase)
    if not name:
        return phrase
    told = _SOMEONES.match(phrase)
    if told and name.start() >= told.end():
        return phrase  # "Aides to Costa", "people close to Sanders", "Allies of Ms Green": theirs, not Costa's words
    if _CROWD_OF.match(phrase) or _ONE_OF_CROWD.fullmatch(phrase):
        # "Residents of Oakford", "parents at Millbrook Academy": the crowd, not the place
        return phrase.split(" and ")[0]  # ("... in the House of Representatives and the Senate": a name's length)
    body = re.search(r"\b([A-Z][a-z]+)\s+(?:for|of)\s+(?:the\s+)?$", phrase[: name.start()])
    if body and body.group(1).lower() in INSTITUTION_WORDS:
        return phrase[body.start(): name.end()]  # "a spokesperson for the Department for Education"
    words = name.group(0).split()
    while len(words) > 1 and (words[0].lower() in ROLE_NOUNS or words[0].lower().rstrip(".") in TITLES):
        words.pop(0)
    if words[-1].lower() in INSTITUTION_WORDS:
        return " ".join(words)  # "House Armed Services Committee" stays whole
    office_of = re.search(r"(\w+)\s+of$", phrase[: name.start()].rstrip())
    return " ".join(_without_office(words, bool(office_of) and office_of.group(1).lower() in TITLES))


def _without_office(words: list[str], after_title_of: bool) -> list[str]:
    """A person's name without the office before it: "(Secretary of) State Hillary Clinton",
    "Senate Minority Leader Harry Reid"; after "Secretary of" even before a lone surname ("State
    Kerry"), else a name keeps two words."""
    shortest = 1 if after_title_of else 2
    while len(words) > shortest and (words[0].lower() in _OFFICE_WORDS or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    return words


# Up to three words before a name, and a first name: "Mayor Dana Whitfield", "said Sen. Reid".
_WORDS_BEFORE_NAME = re.compile(r"((?:\b[\w.]+\s+){1,3})(?:[A-Z][a-z]+\s+)?$")


# What an apposition after a name says they are ("Mei Ling Tan, a rates strategist at ...", "Dr Olivia Brandt,
# who studies outdoor recreation at a university in Calgary, said"): the words up to the clause's end
_DESCRIBED_AFTER = re.compile(r",\s+(?:(?:a|an)\s+(?P<noun>[^,.;:\"“”()]{1,80}?)(?=,|\s+(?:who|at|with|for|in|said)\b)"
                              r"|who\s+(?P<studies>(?:has\s+)?(?:studie[sd]|stud(?:y|ies)|teach(?:es)?|taught|lectures?"
                              r"|research(?:es|ed)?|speciali[sz]es)\b))")


@lru_cache(maxsize=8)
def _capitalised_words(text: str) -> dict[str, list[int]]:
    """Where each capitalised word of the text starts. Once per article: a search of the whole text for each
    speaker's name made a long text with many speakers take minutes."""
    starts: defaultdict[str, list[int]] = defaultdict(list)
    for word in _CAPITALISED.finditer(text):
        starts[word.group()].append(word.start())
    return starts


_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_a-z]\w*")


def mentions(name: str, text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of a pattern that opens on the name (a surname: "\\bVance\\b"), tried only where the name
    begins a capitalised word of the text (or, for a name that is not one, wherever it occurs)."""
    first = re.match(r"\w+", name)
    starts: Sequence[int] = (_capitalised_words(text).get(first.group(), ()) if first and name[0].isupper()
                             else [found.start() for found in re.finditer(re.escape(name), text)])
    return filter(None, (pattern.match(text, start) for start in starts))


def role_from_mentions(name: str, text: str) -> SpeakerRole:
    """The role that the words before a name give it anywhere in the text ("Mayor Dana Whitfield"), or an
    apposition after it that says what they do (see `described_experts`)."""
    if not name.split():
        return "unknown"
    # Each mention first, then the words before it: one pattern that starts with the words would
    # try them at every word of the text.
    for mention in mentions(name.split()[-1], text, re.compile(rf"(?<=\s){re.escape(name.split()[-1])}\b")):
        before = _WORDS_BEFORE_NAME.search(text[max(0, mention.start() - 120): mention.start()])
        if before and (role := role_of(before.group(1))) not in ("unknown", "public"):
            return role
        if _expert_after(text, mention.end()):
            return "expert"
    return "unknown"


def described_experts(text: str) -> frozenset[str]:
    """The surnames the text tells, after the name, what makes them experts: one who studies or teaches what the
    story is about ("Dr Olivia Brandt, who studies outdoor recreation at a university in Calgary, said"), or an
    expert's noun ("Mei Ling Tan, a rates strategist at ..."). One pass, over the text's first part."""
    return frozenset(found.group("name") for found in _NAME_DESCRIBED.finditer(text[:EXPERTS_SCAN_CHARS])
                     if _an_expert(found))


EXPERTS_SCAN_CHARS = 200_000
_NAME_DESCRIBED = re.compile(rf"(?<=\s)(?P<name>[A-Z][\w'’-]+){_DESCRIBED_AFTER.pattern}")


def _expert_after(text: str, end: int) -> bool:
    after = _DESCRIBED_AFTER.match(text, end, end + 120)
    return after is not None and _an_expert(after)


def _an_expert(described: re.Match) -> bool:
    return bool(described.group("studies")) or role_of(described.group("noun")) == "expert"

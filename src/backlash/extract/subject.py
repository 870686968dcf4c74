"""Who the article is about (its subject) and what the reactions react to (the target).

The subject is the agent of the main verbs of the title and the lead (the parser's subject of the
root verb, or the owner of what critics attack: "Critics slammed Acme's plan" -> Acme), weighted
by how often the article names it afterwards. A title and lead that report nobody's action (a
feature of readers' stories, a list of posts) give no subject, however often a voice is quoted.
The target is a noun phrase for the subject's action, built from the lead sentence in which the
subject acts: "Acme announced a plan to charge for bags" -> "Acme's plan to charge for bags";
"the council proposed to double fares" -> "the council's proposal to double fares"; otherwise
the subject's verb phrase as a gerund.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from backlash.extract.lexicon import (
    ACTED_ON_NOUNS,
    ACTION_NOUNS,
    BACKING_VERBS,
    BODY_KINDS,
    BUSINESS_NOUNS,
    CALLING_VERBS,
    CRITIC_WORDS,
    CROWD_FEELING_VERBS,
    CROWD_WORDS,
    FIRM_TITLES,
    HITTING_BACK,
    INSTITUTION_WORDS,
    MEASURE_NOUNS,
    MEETING_VERBS,
    NAMING_VERBS,
    NOT_NAMES,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    REACTION_VERBS,
    REFUSING_VERBS,
    RELATIVE_WORDS,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SIDING_VERBS,
    SPEECH_VERBS,
    SPOKES_WORDS,
    STIRRING_VERBS,
    TITLES,
    TRADE_WORDS,
    UNDOING_VERBS,
    US_STATES,
    UTTERANCE_NOUNS,
    WEEKDAYS_MONTHS,
    can_speak,
    occurrences,
    word_boundary,
)
from backlash.extract.parse import DATELINE, ParsedText
from backlash.extract.quotes import Statement
from backlash.extract.sides import counted, is_denied, light_reaction
from backlash.extract.speakers import (
    GENDER_SCAN_CHARS,
    Speaker,
    describe,
    gender_in_text,
    is_masked,
    is_reporting,
    joined_by_ampersand,
    mentions,
    name_beside,
    phrase_tokens,
    subject_of,
    title_cased,
)
from backlash.records import Article

TARGET_WORDS = 16
_ORG_HEADS = set(ROLE_WORDS["organization"]) | {"ministry", "department", "police", "kremlin", "city",
                                                 "county", "state", "university", "school", "bank", "trust",
                                                 "hospital", "library", "museum", "gallery", "theatre", "theater",
                                                 "zoo"}
# One office holder named by the office ("the mayor raised fares"): a subject without a name.
_OFFICE_HEADS = {"mayor", "governor", "president", "minister", "senator", "premier", "chancellor"}
_ORG_NAME = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|plc|Group|Company|Council|Airlines?|Studios?|"
                       r"Government|Ministry|Department|University|Bank|Party|Club|Foundation|"
                       r"Association|Union|Agency|Network|News|Times|Post|Railways?|Railroad|Rail|Air|Airways|Energy|"
                       r"Hydro|Telecom|Motors|Cinemas|Pharma)\b\.?"
                       # (a park run as a venue: not "Ellen Park")
                       r"|\b(?:Wildlife|Country|Theme|Safari|Holiday|Leisure|Adventure|Water|Animal|Farm) Park$")
# Verbs whose object is the thing done: "announced a plan" -> "X's plan".
_PRESENTS = {"announce", "propose", "unveil", "introduce", "launch", "approve", "pass", "release",
             "publish", "post", "issue", "make", "order", "impose", "sign", "reveal", "adopt", "air",
             "share", "deliver", "give", "file", "run", "defend", "plan"}
_SENT_OFF = {"out", "off", "away", "back", "home", "from", "into", "onto", "to"}  # "ordered taxis out of ..."
_HOW_PUT_OUT = {"directly", "exclusively", "straight", "free", "away", "early", "online", "digitally", "solely"}
# What a body runs that it presents as its own message ("ran a campaign"; else a service: "runs two buses").
_RUN_MESSAGES = {"campaign", "campaigns", "story", "stories", "poll", "polls", "promotion", "competition", "page",
                 "series", "documentary", "headline", "article", "column", "cartoon", "cover", "piece", "segment"}
# Presenting verbs that make a measure its enactor's, but not a thing: "approved a bill", not "approved a pill".
_ENACTING = {"approve", "pass", "sign", "adopt"}
# Verbs that act on someone else's measure: "vetoed a bill" is not the governor's bill.
_UNDOING = set(UNDOING_VERBS.values())
# Verbs that keep someone else's measure: "upheld a federal ban" is not the court's ban.
_UPHOLDING = set(BACKING_VERBS.values()) | {"uphold", "affirm", "endorse", "enforce"}
# Verbs that rule on a deed, which is not theirs without them: "will ban the sale of disposable vapes" is no sale
_RULING_ON = {"ban", "prohibit", "outlaw", "bar", "restrict", "limit", "cap", "curb", "allow", "permit", "legalise",
              "legalize", "criminalise", "criminalize", "lift", "resume", "restore", "expand", "extend", "regulate"}
# Verbs that say when or how an action seems, not what it is: the action is their complement.
_ONSET_VERBS = {"begin", "start", "continue", "appear", "seem", "keep", "resume"}
_ENDING_VERBS = {"stop", "cease", "quit", "end"}  # "will stop offering X": no longer offering X
# Verbs with a `to` complement named by a noun: "proposed to double fares" -> "proposal to double".
_NOMINAL = {"propose": "proposal", "plan": "plan", "decide": "decision", "vote": "vote", "move": "move",
            "seek": "bid", "try": "attempt", "agree": "agreement", "refuse": "refusal",
            "threaten": "threat", "promise": "promise", "vow": "vow", "announce": "announcement",
            "choose": "choice", "attempt": "attempt", "intend": "plan", "want": "wish", "fail": "failure",
            "pledge": "pledge", "offer": "offer", "ask": "request", "call": "call", "urge": "call"}
_CLAUSE_END_DEPS = {"advcl", "conj", "cc", "punct", "relcl", "parataxis", "mark", "npadvmod", "tmod"}
# Words that can open a capitalized run before a name without being part of it: a title-cased
# headline's verb or question word ("Mayor Rebuffs Trump", "Explain Why Clinton"), a date ("in
# June Laura moved"), an occupation ("Actor Clint Howard").
_BEFORE_NAMES = (set(REACTION_VERBS) | set(SPEECH_VERBS) | NOT_NAMES | {"why", "how", "what", "who", "where", "which"}
                 | {w for role in ("journalist", "politician", "celebrity") for w in ROLE_WORDS[role]})
# Third-person verbs a headline uses for its subject's action, which the parser may read as a
# plural noun ("issues", "plans"); by their form, as the lemmatizer is not run.
_HEADLINE_VERBS = {v + end for v in _PRESENTS | set(_NOMINAL) for end in ("s", "es")} | set(REACTION_VERBS)
_FULL_NAME = r"((?:[A-Z][a-z]+\s){{1,2}}(?:[A-Z]\.\s)?){surname}\b"  # ("Donald J. Trump", counted as Donald Trump)
FULL_FORMS = 10  # spellings of a name compared (bounded work on a text that pairs the name with anything)
_FUNCTION_WORDS = {"about", "after", "against", "as", "at", "by", "for", "from", "in", "of", "on", "over",
                   "to", "with", "and", "or", "but", "the", "a", "an", "is", "are", "was", "says", "why", "how"}


# Words that start a headline's clause, never a name: "Because Pete Santilli ...", "If Trump ...".
_HEADLINE_JOINS = (_FUNCTION_WORDS - {"the", "a", "an"}) | {"because", "if", "when", "while", "as", "after",
                                                             "before", "since", "though", "although", "until"}


# Built things named like bodies ("Harbour Bridge"): they open and close, nobody acts.
_STRUCTURES = {"bridge", "tunnel", "road", "motorway", "highway", "bypass", "canal", "dam", "pier", "lighthouse",
               "reservoir", "viaduct", "flyover", "railway", "street", "avenue", "square", "boulevard", "promenade"}


# A headline's deed in the passive with nobody named who did it: "Rent tax credit axed as opposition cries ..."
# ... where the first entry's doer announces it ("has confirmed that ...", not "Age UK has urged ...")
_ANNOUNCING = {"confirmed", "announced", "unveiled", "revealed", "outlined", "declared", "said", "told"}
# (a policy's fate, not an event's: "Roads closed as storm hits", "Play delayed as rain ...")
_DONE_UNNAMED = re.compile(r"\b(?:axed|scrapped|banned|hiked|abolished|frozen|halved|doubled)\b(?!\s+by\b)")


# Named forces of nature: they act in a lead, but nobody's action is reported.
_NATURE = {"storm", "hurricane", "typhoon", "cyclone", "tropical", "wildfire", "earthquake", "tornado", "blizzard",
           "heatwave", "flood", "floods", "drought", "tsunami", "volcano", "covid", "covid-19", "coronavirus"}


def surname(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].isdigit():
        return words[-2]  # "Channel 7" goes by its word, where the parser hangs the number
    return words[-1] if words else name


# Names a kind of body goes by: a headline's "School bans phones" is the lead's "Oakfield Academy", "the
# club" the lead's "Northfield Town".
_KIND_NAMES = {"school": ("academy", "primary", "college"),
               "club": ("town", "city", "united", "rovers", "fc", "athletic", "wanderers", "albion", "county")}


def _named_with_kind(kind: str, text: str) -> str | None:
    """The one body `text` names with `kind` as its head or before "of": "Shorehaven City Council",
    "University of Northmoor" (None for none or several)."""
    head, word = re.escape(kind.capitalize()), r"[A-Z][\w&-]*"
    # ("Brighton and Hove City Council", "University of the West of England"; without "Conservative-run")
    found = {re.sub(r"^(?:(?:The|A|An|In|At|By|Under) |[\w-]+-(?:run|led|controlled) )", "", m.group(0))
             for m in re.finditer(rf"\b{word}(?: (?:and |& )?{word}){{0,3}} {head}\b(?!['’])|"
                                  rf"\b{head} of (?:the )?{word}(?: (?:of |and |the )*{word}){{0,2}}\b(?!['’])", text)}
    # (a name, not a title or a headline's words in capitals: "How the Elite Betrayed Their Party")
    names = {n for n in found if " " in n and n.split()[0].lower() not in TITLES
             and not {w.lower() for w in n.split()} & _NOT_IN_NAMES}
    return names.pop() if len(names) == 1 else None


_NOT_IN_NAMES = (PRONOUNS | _FUNCTION_WORDS | {"our", "my", "your"}) - {"of", "the"}


def _without_title_before(name: str, text: str) -> str:
    """A headline's "<title> <surname>" as the text writes it in full after a title: "Governor Walsh" and
    "Gov. Walsh" of the lead's "Governor Karen Walsh" (not "President Trump" of a text that writes only
    "Eric Trump", his son, in full)."""
    words = name.split()
    if len(words) != 2 or not words[0].istitle() or words[0].lower().rstrip(".") not in TITLES - {"the", "former"} \
            or not words[1].istitle() or words[1].lower() in BODY_KINDS | _ORG_HEADS | INSTITUTION_WORDS:
        return name  # (not "Justice Department")
    full = [(m.group("title"), m.group("first")) for m in itertools.islice(re.finditer(
        rf"\b(?P<title>[A-Z][a-z]+)\.?\s+(?P<first>[A-Z][a-z]+)\s+{re.escape(words[1])}\b", text), 20)
        if m.group("title").lower() in TITLES and m.group("first").lower() not in TITLES]
    # The headline's own title first: "Mayor Adams" is "Mayor Eric Adams", not "Speaker Adrienne Adams"
    office = _office(words[0].rstrip(".")) or words[0].lower()
    firsts = {first for title, first in full if (_office(title) or title.lower()) == office}
    if not firsts and not re.search(rf"\b{re.escape(words[0])}\s+{re.escape(words[1])}\b", text):
        firsts = {first for _, first in full}  # a title the text does not give the name alone
    return f"{firsts.pop()} {words[1]}" if len(firsts) == 1 else name


_CALLINGS = frozenset(ROLE_WORDS["celebrity"]) | {"chef", "presenter", "author", "novelist", "artist", "designer",
                                                  "youtuber", "streamer", "influencer", "comedian", "broadcaster"}


def detect_subject(article: Article, parsed: ParsedText, title: Doc | None) -> str | None:
    """The person or organization whose action the title and lead report (see the module)."""
    if article.subject:
        return article.subject
    scores: Counter[str] = Counter()
    text = f"{article.title}\n{article.text}"
    sentences = ([(4.0, s) for s in title.sents] if title is not None else []) + [
        (2.0 / (rank + 1), s) for rank, s in enumerate(s for p in parsed.lead for s in p.doc.sents)]
    # A snippet of one line, a quote and its speaker: words, not anyone's action
    snippet = title is None and "\n" not in article.text.strip()
    # the lead's first paragraph (past a headline the text opens with)
    opening = next(iter(parsed.lead[0 if title is not None else 1:]), None)
    acting: list[str] = []  # who the opening sentence says did something to someone it describes
    opening_names: list[str] = []  # who acts in it
    headlined, in_headline = False, []  # whether the title named who acts, and whom
    headline_verbs: set[str] = set()
    headline_lemmas: set[str] = set()
    operators: set[str] = set()
    done_by: tuple[str, set[str]] | None = None  # who the lead has do the headline's deed, and to whom
    for rank, (weight, sentence) in enumerate(sentences[:6]):
        if snippet and is_reporting(sentence.root) and any(is_masked(t) for t in sentence):
            continue
        # The headline (the title, else the article's first sentence) in the shape "X slams Y".
        headline = (_headline_after_speaker(sentence) or _headline_reaction_object(sentence, article.text)
                    or _headline_noun_verb_agent(sentence, article.text)) if rank == 0 else None
        # A headline's action may sit in a clause of its own ("Tensions flare after X calls Y ...").
        names = [headline] if headline else _agents(sentence, headline=rank == 0, text=text)
        if rank == 0:  # (not a name inside the headline's quote: "'Home Affairs couldn't do it': Users mock ...")
            names = [n for n in names if not _only_quoted(n, sentence.text)]
        opens = opening is not None and sentence.start == 0 and sentence.doc is opening.doc
        if opens:
            opening_names = names
        if opens and _acts_on_someone(sentence, in_headline):
            acting = names  # "A homeowners association has fined a veteran ...": not the veteran, quoted after
        if rank == 0:
            headlined, in_headline = bool(names) and title is not None, names
            # (and their lemmas: "coach leaves out captain Dario Kestner", then "Varanen has left Kestner out")
            headline_verbs = {w for t in sentence if t.tag_.startswith("VB") for w in (t.lower_, t.lemma_.lower())}
            # (and a verb read as a plural noun: "EU fines Parallax ..."), as the lead's form starts ("fined")
            headline_lemmas = {t.lower_.removesuffix("s") for t in sentence if t.tag_ in ("VBZ", "VBP") or (
                t.i == sentence.root.i and t.tag_ == "NNS")}
        elif opens and names and {sentence.root.lower_, sentence.root.lemma_.lower()} & headline_verbs \
                and sentence.root.lower_ not in REACTION_VERBS \
                and sentence.root.lower_ not in SPEECH_VERBS:
            # "Gamers fume as Starfall 2 delayed again" (a passive the parser reads as the game delaying),
            # then "Developer Nova Forge has delayed Starfall 2": the headline's name is what the lead's
            # actor did the same deed to
            done_to = {t.text for c in sentence.root.children if c.dep_ == "dobj" for t in c.subtree}
            for name in [n for n in in_headline if set(n.split()) <= done_to and n not in names]:
                scores[names[0]] += scores.pop(name, 0.0)
            # (or one the headline names where it is done to: "Coach leaves out captain Dario Kestner", then "Coach
            # Ilkka Varanen has left captain Dario Kestner out ...": what the lead says later of Kestner is
            # background, weighed below for the coach)
            done_by = (names[0], done_to)
        if opens and names and rank > 0 and any(sentence.root.lower_.startswith(verb) for verb in headline_lemmas) \
                and sentence.root.lower_ not in REACTION_VERBS and sentence.root.lower_ not in SPEECH_VERBS \
                and len(names[0].split()) > 1 and _does_to_something(sentence, names[0]) \
                and not title_cased(sentences[0][1]):  # (a headline in capitals names no one reliably)
            # "EU fines Parallax ..." over "The European Commission on Thursday fined ...": who does the headline's
            # deed in the lead is the headline's doer, where the lead does not name that one
            for name in [n for n in in_headline if n not in names and n.split()[-1] not in sentence.text]:
                scores[names[0]] += scores.pop(name, 0.0)
        if not names and rank <= 1 and (named := _capitalized_everywhere(sentence, text)) is not None:
            names = [named]  # "Rovers claimed their first win ...": a name the tagger read as a plural noun
        # "The Central Railway will introduce 14 new services": a structure's name that acts on something runs it
        operators.update(name for name in names if _does_to_something(sentence, name))
        for name in names:
            # "Post Office Ltd" is the Post Office the story names
            scores[_without_title_before(_LEGAL_SUFFIX.sub("", name), article.text)] += weight
    if done_by is not None and title is not None:
        for name in [n for n in scores if n not in done_by[0] and set(n.split()) <= done_by[1]
                     and surname(n) in title.text.split()]:
            scores[done_by[0]] += scores.pop(name)
    # The lead's actor told by its kind and named next ("A Cardiff secondary school will push back ...", then
    # "Llanrhys High School, which has 1,150 pupils, will ..."): the lead's weight is that name's
    if parsed.lead and (described := described_then_named(parsed)) is not None \
            and described_kind(described[0]) in BODY_KINDS | _ORG_HEADS | _PLACES | _WATCHDOGS \
            and described[1] in scores:
        scores[described[1]] += 2.0
    headline_text = sentences[0][1].text if title is not None and sentences else ""
    # A headline's capitals are not the name's: its "City council scraps ..." is the lead's "the city council", its
    # "Hollins Valley school board" the lead's "Hollins Valley School Board"
    # (or its words the tagger cut short: "Harbourside T20 League moves final ..." read as "T20 League")
    for name in in_headline:
        twin = next((other for other in scores if other not in in_headline
                     and other.lower().removeprefix("the ") == name.lower().removeprefix("the ")), None) or next((
            other for other in scores if other not in in_headline and len(name.split()) > 1
            and other.endswith(f" {name}") and f"{other.split()[0]} {name}" in headline_text), None) or next((
            # (its place and its kind: "Ashcombe council votes ..." of "Ashcombe District Council")
            other for other in scores if other not in in_headline and len(name.split()) == 2
            and name.split()[1].islower() and other.lower().startswith(f"{name.split()[0].lower()} ")
            and other.lower().endswith(f" {name.split()[1]}") and len(other.split()) > 2), None)
        if twin is not None:
            scores[twin] += scores.pop(name, 0.0)
    best, best_score = None, 0.0
    # A headline's "Leeds bans cars" names the body the lead calls "Leeds City Council".
    # (or "Port Arnell museum to close ..." the "Port Arnell Museum of Natural History")
    # (not another body named after it: "the Glenholt Pensioners' Network" of Glenholt)
    bodies = {name: next((other for other in scores if other.startswith(f"{name} ") and (_ORG_NAME.search(other) or any(
        w.lower() in INSTITUTION_WORDS for w in other.split()[len(name.split()):]))
        and not re.match(rf"{re.escape(name)}{_ANOTHER_BODY}", other)), None) for name in scores}
    # A headline's "Airline wins praise" names by its kind the body the lead calls "Northwind Airlines".
    # ... or "the homeowners association" the one the next line names ("the Palm Shores Condominium Association")
    # (or "the Pune newspaper group" the "Sahyadri Times Group")
    for name in [n for n in scores if n.startswith("the ") and bodies.get(n) is None and (
            n.split()[-1][:1].isupper() or (len(n.split()) > 1 and n.split()[-1] in BODY_KINDS | {"group"}))]:
        kind = name.split()[-1].lower().removesuffix("s")
        # (or the kind before "of": "the University" for "University of Northbridge"; or the kind that
        # introduces the name: "the pub chain" for "Pub chain Crown & Anchor Inns")
        bodies[name] = next((other for other in scores if other[:1].isupper() and len(other.split()) > 1 and (
            other.split()[-1].lower().removesuffix("s") == kind
            or (other in opening_names and other.split()[-1].lower() in _KIND_NAMES.get(kind, ()))
            or (other.split()[0].lower() == kind and other.split()[1] in ("of", "for"))
            or kind.capitalize() in other.split()[1:-1]  # "the City" for "Marston City Council"
            or re.search(rf"\b{re.escape(kind)} {re.escape(other)}\b", text[:GENDER_SCAN_CHARS], re.I))), None)
    # ... or one the lead names only where it does not act ("under a new rule passed by Shorehaven City
    # Council", "Students at the University of Northmoor will have to ...", "a project led by the Westmarch
    # Wildlife Trust")
    # (only where no one named acts in the lead's opening: not "Bexford council has cut ..., despite a warning
    # from Arts Council England", "The RMT has called off ..., a deal accepted by the Fire Brigades Union")
    lead_text = " ".join(p.doc.text for p in parsed.lead[:2])
    nobody_acts = not any(not _common_word(n, text) for n in opening_names)
    for name in [n for n in scores if nobody_acts and bodies.get(n) is None
                 and len(n.removeprefix("the ").split()) == 1 and n.split()[-1].lower() in INSTITUTION_WORDS]:
        bodies[name] = _named_with_kind(name.split()[-1], lead_text)
    # A headline's bare kind ("Museum criticised for charging ...") names the body the lead calls by
    # its name ("The National Gallery of Wessex has been criticised ...")
    # (or one the text introduces by its kind: "Budget carrier SkyJet")
    # (or one the lead's sentence then calls by a kind: "Skyward Air will charge ..., the airline confirmed")
    named_bodies = [n for n in scores if n[:1].isupper() and (len(n.split()) > 1 and (_ORG_NAME.search(n) or any(
        w.lower() in BODY_KINDS for w in n.split())) or _called_a_business(n, text[:GENDER_SCAN_CHARS]))]
    # (a bare kind, or a described one: "Gaming studio lays off 300 staff" for "Video game publisher Redline
    # Interactive is laying off ...")
    for name in [n for n in scores if bodies.get(n) is None and (
            (" " not in n and n[:1].isupper() and n.lower() in BODY_KINDS | _ORG_HEADS)
            or (n.startswith("the ") and n.split()[-1].lower() in BUSINESS_NOUNS and set(named_bodies) & set(
                opening_names)))]:  # (the described one acting in the lead's opening sentence)
        # (one the lead's opening sentence has act: not the opponent of "Chesterfield have been fined ... against
        # Notts County")
        kin = [other for other in opening_names if len(other.split()) > 1
               and other.split()[-1].lower() in _KIND_NAMES.get(name.split()[-1].lower(), ())]
        bodies[name] = named_bodies[0] if len(named_bodies) == 1 else kin[0] if len(kin) == 1 else None
    # A headline's "Scotland makes rent cap permanent" names the government the lead calls "the Scottish
    # government" (a place's adjective, not a person's name: "the Obama administration")
    for name in [n for n in scores if bodies.get(n) is None and n.isalpha() and n.istitle() and len(n) > 3]:
        # (one named without "the" only where it acts in the lead's opening: not "Scotland qualify ..." and the
        # Scottish Government's congratulations after)
        bodies[name] = next((other for other in scores if re.fullmatch(
            rf"(?:the )?(?!{re.escape(name)}\b){re.escape(name[:4])}[a-z]* (?:government|administration)", other,
            re.I) and (other.lower().startswith("the ") or other in opening_names)), None)
    # A headline's "City ends free bus pilot" names the place the lead's opening says did it ("Riverton will end ...")
    places = [n for n in opening_names if n.isalpha() and n.istitle() and n.lower() not in _PLACE_KINDS]
    for name in [n for n in scores if bodies.get(n) is None and n.lower().removeprefix("the ") in _PLACE_KINDS]:
        bodies[name] = places[0] if len(places) == 1 else None
    # A headline's place ("Dubai to introduce variable toll rates", "Bogotá to enforce ...") is the body the lead's
    # opening names as the one that announced it ("..., the Roads and Mobility Authority (RMA) announced")
    named_places = {e.text for e in title.ents if e.label_ in ("GPE", "LOC")} if title is not None else set()
    if (dateline := DATELINE.match(article.text.lstrip())) is not None:  # ("BOGOTÁ - Drivers who ...")
        named_places |= {n for n in in_headline if n.upper() == dateline.group().strip(" -–—―:,").upper()}
    announcers = [n for n in opening_names if _BODY_NAME_WORDS.search(n)]
    for name in [n for n in in_headline if n in named_places and n not in opening_names and bodies.get(n) is None]:
        bodies[name] = announcers[0] if len(announcers) == 1 and name not in announcers[0] else None
    # A headline's bare kind that no name above answers ("Bus company to end service ...", "Hospital waives fees ...";
    # not a title: "Minister names ..." is read by `titled_name`) is the one named actor of the lead's opening
    # ("Fundy Coach Lines will stop ...")
    named_actors = {n for n in opening_names if n[:1].isupper() and not n.lower().startswith("the ")}
    # (not where the text names a body of that kind: "Council ends cattle grazing", then "Highland Cattle will no
    # longer graze ... after Edinburgh City Council ended ...")
    for name in [n for n in scores if len(named_actors) == 1 and bodies.get(n) is None and n not in opening_names
                 and (n.startswith("the ") or " " not in n) and n.lower().removeprefix("the ") in headline_text.lower()
                 and n.split()[-1].lower() in BODY_KINDS | _ORG_HEADS
                 and not re.search(rf"\b[A-Z][\w'’-]* {n.split()[-1].capitalize()}\b", article.text)]:
        actor, kind = next(iter(named_actors)), name.split()[-1].lower()
        # (a kind with its place is that place's body of that kind: "Kilbride council cuts pool hours" is not
        # "Kilbride Swim Club", which warned about it)
        if any(w[:1].isupper() and not _common_word(w, text) for w in name.removeprefix("the ").split()[:-1]) \
                and actor.split()[-1].lower() not in (kind, *_KIND_NAMES.get(kind, ())):
            continue
        bodies[name] = actor
    by_kind_word: dict[str, str] = {}  # a body and the kind word the story also calls it by ("the trust")
    for name, body in bodies.items():
        if body is not None:
            scores[body] += scores.pop(name)
            if len(name.removeprefix("the ").split()) == 1 and name.split()[-1].lower() in BODY_KINDS:
                by_kind_word[body] = f"the {name.split()[-1].lower()}"
    for name in [n for n in scores if n.isalpha() and n.istitle() and n.lower() in _ORG_HEADS]:
        if re.search(rf"\bthe {name.lower()}\b", text, re.I):  # a headline's "Government's ban ...": the government
            scores[f"the {name.lower()}"] += scores.pop(name)
    merged: Counter[str] = Counter()
    for name, score in scores.items():
        merged[surname(name).lower()] += score
    for name in scores:
        mentions = len(re.findall(rf"\b{re.escape(surname(name))}\b", text))
        words = name.removeprefix("the ").split()
        if mentions <= 1 and len(words) > 1 and (words[-1].lower() in TRADE_WORDS | BODY_KINDS or _ORG_NAME.search(
                name)) and words[0][:1].isupper() and words[-1][:1].isupper() and not _common_word(words[0], text):
            # a body named once in full goes by its first word after ("Redhollow" for Redhollow Pictures)
            mentions = len(re.findall(rf"\b{re.escape(words[0])}\b", text))
        if name in by_kind_word:
            mentions += len(re.findall(rf"\b{re.escape(by_kind_word[name])}\b", text, re.I))
        acronym = re.search(rf"{re.escape(name)}\s+\((?P<short>[A-Z]{{2,6}})\)", text) if f"{name} (" in text else None
        if acronym is not None and acronym.group("short")[0] == name[0]:
            # "The British Medical Association (BMA), which called the strike": then "the BMA" (not "Information
            # Act (FOIA)", a name's end)
            mentions += len(re.findall(rf"\b{acronym.group('short')}\b", text)) - 1
        elif len(letters := initials(name)) > 2 and len(name.split()) == len(letters):
            mentions += len(re.findall(rf"\b{letters}\b", text))  # "the BMA's junior doctors committee"
        if mentions < 2 and scores[name] < 1.5:
            continue  # named once: a voice in the story, not what it is about
        if len(name) < 2 and re.search(rf"\b{re.escape(name)}-\w", text):
            continue  # a letter the tokenizer split off ("Fans hail U-turn as ...", not the platform X)
        if name.lower() in PRONOUNS or (_common_word(name, text) and name.lower() not in _HEAD_TITLES):
            continue  # "He's For Oil", "Momentum Builds": a headline's capital, not a name (a title is read below)
        if surname(name).lower() in _STRUCTURES and name not in operators and name not in OFFICE_SEATS:
            continue  # "The Harbour Bridge reopened": a thing, nobody's action
        if name.isalpha() and name.lower() in _HEAD_TITLES and titled_name(name, text, None, {}, None) is None:
            continue  # a headline's "Senator slammed ..." when the story names no senator
        score = merged[surname(name).lower()] + 0.3 * min(mentions, 10)
        if score > best_score:
            best, best_score = name, score
    # A live blog's entries are notices of an event, not a lead's action: its subject is one its title names.
    headline = sentences[0][1].text if sentences else article.title
    live = _LIVE_TITLE.search(headline) or (_TIMESTAMPED.match(article.text) is not None
                                            and len(_TIMESTAMPED.findall(article.text[:LIVE_CHARS])) > 2)
    if live and best is not None and not re.search(rf"\b{re.escape(surname(best))}\b", headline) \
            and not (_DONE_UNNAMED.search(headline) and best in opening_names and opening is not None
                     and next(opening.doc.sents).root.lower_ in _ANNOUNCING):
        return None  # (but "Budget live: Rent tax credit axed ...": a deed whose doer the first entry names)
    if acting and not headlined and best not in acting:
        best = acting[0]
    if parsed.lead and (described := described_then_named(parsed)) is not None \
            and (best is None or surname(best).lower() == described[0].lower_):
        best = described[1]  # the lead's "A Conservative MP" is the "Harold Finch, MP for ..." it names next
    if best is None and title is not None:
        best = _measure_owner(parsed, title)  # "Residents split over plans for stadium": whose plans
    if best is None and sentences:
        best = _headline_name(sentences[0][1], text)
    if opening is not None and (best is None or " " not in best):
        # (or whom the lead's clause has act, that the headline names in part: "Girls will play for free next
        # season after the Wattle Creek Football Netball Club announced it would scrap fees", under "... at Wattle
        # Creek as club scraps junior fees")
        lead_sentence = next(opening.doc.sents)
        # (only a clause's: the main one's doer was weighed above, and a thing there does nothing, "The Harbour
        # Bridge reopened on Monday")
        main = subject_of(lead_sentence.root)
        doer = next((name for name in _agents(lead_sentence, headline=True)
                     if main is None or main.text not in name.split()), None)
        if best is None:
            best = _named_announcer(lead_sentence) or doer
        elif doer is not None and doer.startswith(f"{best} "):
            best = doer
    if best is not None and opening is not None:
        best = _announcer(next(opening.doc.sents), best) or best
    if best and ((" " not in best and best.lower() in _HEAD_TITLES) or (
            best.startswith("the ") and best.split()[-1].lower() in _HEAD_TITLES)):
        # A headline's "Governor vetoes ...": the person the story gives that title (or "Kessington mayor's plan
        # ...": the lead's "Mayor Glen Haverty")
        best = titled_name(best, text, None, {}, None) or best
    elif best and " " not in best and (best.isupper() or best.lower() in _CALLINGS) and (titled := re.search(
            rf"\b{re.escape(best)}\s+(?P<name>{_PERSON})", text)) and titled.group("name") in scores:
        # a headline's "MP suspended ..." is the "Labour MP Daniel Hart" of the lead (or "Singer buys ..." the
        # lead's "Singer Mara Quill")
        best = titled.group("name")
    lead = " ".join([article.title, *(p.doc.text for p in parsed.lead[:2])])
    by_kind = best is not None and ((best.startswith("the ") and len(best.split()) == 2) or best.lower() in BODY_KINDS)
    if by_kind and (follower := _FOLLOWED.search(lead)):
        best = re.sub(r"['’]s$", "", follower.group("name") or _employer(follower, lead))  # "Arsenal fans ...": Arsenal
    elif best is None and (follower := _FOLLOWED.search(lead)) and follower.group("employer"):
        best = _employer(follower, lead)  # "Dozens of students at Lincoln High School walked out to protest ..."
    elif best is None and (follower := _WORKFORCE.search(lead)) and not _common_word(follower.group("name"), text) \
            and len(re.findall(rf"\b{re.escape(follower.group('name'))}\b", text)) > 2 \
            and _WALKING_OUT.search(re.split(r"(?<=[.!?])\s", lead[follower.end():], maxsplit=1)[0]):
        # "Hundreds of Amazon warehouse workers walked out ...": their employer (not workers robbed, evacuated,
        # or angry at a law)
        best = follower.group("name")
    if best and nobody_acts and best.removeprefix("the ").lower() in INSTITUTION_WORDS:
        best = _named_with_kind(best.split()[-1], lead_text) or best  # "University to fine students ..."
    if best and best.startswith("the ") and best.split()[-1].lower() in BUSINESS_NOUNS \
            and (named := _named_body(parsed, text) or _named_by_kind(best.split()[-1], lead, text)):
        # "A woman has hit out at a parking company ..." ... "received the fine from ParkRight": a body's
        # name, with no first name to find ("Goodbye Quillpad" in a post)
        return _without_headline_words(_as_named_again(named, text), text)
    subject = _full_form(_without_headline_words(_as_named_again(best, text), text), text) if best else None
    if subject and len(words := subject.split()) > 1 and words[0].lower() in BUSINESS_NOUNS and words[1][:1].isupper() \
            and re.search(rf"(?<!{words[0]} ){re.escape(words[1])}\b(?!\s+[A-Z])", text) \
            and not re.search(rf"\b{words[0]}\s+(?!{words[1]}\b)[a-z]", text):
        # "Lender Crestmark Bank has dropped ...", then "Crestmark said" (not "Network Rail", nor "Platform Housing
        # Group" that "Platform said" names, past "Housing Secretary Angela Rayner")
        subject = " ".join(words[1:])
    elif subject and len(words := subject.split()) == 2 and words[0].lower() in BUSINESS_NOUNS \
            and words[1][:1].isupper() and (kind := re.search(rf"\b{re.escape(words[1])} ({words[0]}s?)\b", text)):
        subject = f"{words[1]} {kind.group(1)}"  # the headline's "Airline Skyvale" is the lead's "Skyvale Airlines"
    if subject and subject.split()[0].lower() in _NATURE:
        return None  # "Storm Elin brings flooding": nobody's action to react to
    if subject and _died(parsed, subject):
        return None  # "Margaret Hale ... has died aged 88": tributes answer no deed
    return subject


def _named_body(parsed: ParsedText, text: str) -> str | None:
    """The one organization the lead's first three paragraphs name, written at least twice in the
    text: the body a lead calls only by its kind ("a parking company") is that one."""
    names = {e.text for p in parsed.lead[:3] for e in p.doc.ents if e.label_ == "ORG"
             and all(t.tag_ in ("NNP", "NNPS") for t in e) and len(re.findall(rf"\b{re.escape(e.text)}\b", text)) >= 2
             and not re.search(rf"\b(?!The\b)[A-Z][a-z]+\s+{re.escape(e.text)}\b", text)}  # (not "Bernie Sanders")
    return names.pop() if len(names) == 1 else None


_NAME_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*"  # a capitalized word of a name ("Which", "St.John"), not its full stop


def _named_by_kind(kind: str, lead: str, text: str) -> str | None:
    """The one name the lead introduces by a business's kind and the text writes again ("the popular
    note-taking app Quillpad"): the body a lead's "the company" is; by the same kind ("the charity Age
    Together" for "the charity") once is enough."""
    # (a few, each counted in the text: bounded work on a lead that lists thousands; a full stop ends a name)
    names = {(found.group("name"), found.group("kind").lower() == kind) for found in itertools.islice(re.finditer(
        rf"\b(?P<kind>(?i:{_BUSINESS}))\s+(?P<name>{_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD}){{0,3}})", lead), 5)}
    names = {n for n, same in names if n.lower() not in WEEKDAYS_MONTHS
             and (same or len(re.findall(rf"\b{re.escape(n)}\b", text)) >= 2)}
    return names.pop() if len(names) == 1 else None


def _died(parsed: ParsedText, subject: str) -> bool:
    """Whether the lead's first sentence tells that the subject died: "X has died", or, for a person it
    names, "tributes to X ... after his death"."""
    first = next((s for p in parsed.lead[:1] for s in p.doc.sents), None)
    if first is None:
        return False
    for verb in (first.root, *(c for c in first.root.children if c.dep_ == "ccomp")):  # ("..., her family said")
        dying = verb.lemma_ == "die" or (verb.lemma_ == "pass" and any(c.lower_ == "away" for c in verb.children))
        doer = subject_of(verb) if dying else None
        if doer is not None and doer.lower_ == surname(subject).lower():  # (not "Attempt to fund Zika fight dies")
            return True
    # "Tributes have been paid to Dave Hollis, ..., after his death at the age of 71" (not "his father's death",
    # nor a body's "apologised to the family of a woman after failings contributed to her death")
    names = {w.lower() for w in subject.split()}
    if subject.startswith("the ") or not names & {t.lower_ for t in first}:
        return False
    return any(t.lower_ in ("death", "passing") and any(
        c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.lower_ in names) for c in t.children) for t in first)


_GENERATIONS = {"millennials", "boomers", "zoomers", "centennials"}  # crowds written capitalized


def _capitalized_everywhere(sentence: Span, text: str) -> str | None:
    """The subject of a sentence's root that opens it capitalized and that the text writes
    capitalized inside sentences too, and never in lower case: a name the tagger read as a common
    noun ("Rovers claimed their first win ..." beside "gives Rovers first win", "Rovers manager")."""
    actor = subject_of(sentence.root)
    if actor is None or actor.i != sentence.start or actor.lower_ in _GENERATIONS or not _written_as_name(actor, text):
        return None
    return actor.text


def _written_as_name(token: Token, text: str) -> bool:
    """A common noun's tag on a capitalized word that `text` writes capitalized inside sentences too, and
    never in lower case: a name ("Rovers", "Woolworths")."""
    if not token.is_title or token.tag_ not in ("NN", "NNS") or token.lower_ in CROWD_WORDS \
            or token.lower_ in RESPONSE_NOUNS or token.is_stop or len(token.text) < 3:
        return False
    word = re.escape(token.text)
    inside = re.search(rf"[\w,;] {word}\b", text[:GENDER_SCAN_CHARS])  # ("A Woolworths spokesperson")
    return bool(inside) and not re.search(rf"\b{word.lower()}\b", text[:GENDER_SCAN_CHARS])


# A body named by its followers ("Arsenal fans", "Netflix subscribers"), for a subject the lead calls by
# its kind ("after the club announced ...").
_FOLLOWED = re.compile(r"\b(?P<name>[A-Z][\w&'’.-]+(?: [A-Z][\w&'’.-]+)?) (?:fans|supporters|customers|users|"
                       r"subscribers|shoppers|passengers|members|viewers|listeners|readers|players|owners)\b|"
                       r"\b(?:[Ss]taff|[Ee]mployees|[Ww]orkers|[Cc]ustomers|[Pp]assengers|[Ss]upporters|[Ff]ans|[Ss]tudents|"
                       r"[Pp]upils|[Tt]eachers|[Mm]embers|[Pp]atients) (?:at|of) (?:[a-z-]+ ){0,3}"
                       r"(?P<employer>[A-Z][\w&'’.-]+(?: [A-Z][\w&'’.-]+){0,5})")  # "Staff at Meridian Bank"
# (the whole of a long name: "Students at Tamarack Ridge District School Board's 58 schools", was "... School")


_WALKING_OUT = re.compile(r"\b(?:walk(?:ed|s|ing)? out|walkout|(?:went|go|going|are) on strike|strik(?:e|es|ing)\b|"
                          r"picket|protest(?:ed|ing|s)? (?:against|over|at)\b)", re.I)
_WORKFORCE = re.compile(r"\b(?P<name>[A-Z][\w&'’.-]+(?: [A-Z][\w&'’.-]+)?) (?:(?:warehouse|factory|store|shop|"
                        r"delivery|plant|site) )?(?:workers|staff|employees|drivers)\b")


def _employer(follower: re.Match, text: str) -> str:
    """The body that "staff at X" work for: X, or the name its description leads to ("Employees at
    London fintech startup Brightpay": Brightpay)."""
    employer = follower.group("employer")
    described = re.match(r"\s+(?:(?!(?:in|of|at|on|for|from|with|and|or|the|a|an|to|by)\s)[a-z-]+\s+){1,3}"
                         r"(?P<name>[A-Z][\w&'’.-]+(?:\s+[A-Z][\w&'’.-]+){0,3})", text[follower.end():])
    return described.group("name") if described and " " not in employer else employer


def described_then_named(parsed: ParsedText) -> tuple[Token, str] | None:
    """A lead whose actor is described, not named ("The owner of a seaside cafe has defended her
    decision ...", "A pub landlord has banned ..."): that actor, and the person the next lines name
    with those words ("Sarah Trelawny, who has run The Driftwood Cafe for 12 years", "landlord Tom
    Bray"). Read once per article (subject, target and kinds ask it)."""
    if "described" not in parsed.cache:
        parsed.cache["described"] = _described_then_named(parsed)
    return parsed.cache["described"]


_WATCHDOGS = {"regulator", "watchdog", "panel", "tribunal", "ombudsman"}


def _described_then_named(parsed: ParsedText) -> tuple[Token, str] | None:
    for at, paragraph in enumerate(parsed.lead[:2]):  # (a text may open with its headline)
        first = next(iter(paragraph.doc.sents))
        actor = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # "A Conservative MP": a title the tagger calls a name is a description after "a"
        indefinite = actor is not None and actor.tag_ == "NNP" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in actor.children)
        # (or a watchdog told by what it is, then named: "The broadcasting regulator has fined ...", then "The
        # Screen and Airwaves Authority said ...")
        if actor is not None and (actor.tag_ == "NN" and actor.lower_ in BODY_KINDS | _ORG_HEADS | _PLACES and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in actor.children) or _one_of_a_kind(actor) or (
                actor.lower_ in _WATCHDOGS and any(c.dep_ == "det" for c in actor.children))):
            # "A popular cafe in Bristol has banned laptops": the body the next lines name as actor
            # ("The Daily Grind on Gloucester Road put up a sign ...")
            following = [s for s in paragraph.doc.sents if s.start > first.start] + [
                s for p in parsed.lead[at + 1: at + 2] for s in p.doc.sents]
            for sentence in following[:2]:
                doer = subject_of(sentence.root)
                if doer is not None and any(c.dep_ == "relcl" and c.lemma_ in _WATCHING for c in doer.children):
                    continue  # ("Ofcom, which regulates the sector, said ...": it watches the kind, is none of it)
                # (not a person's surname: "“Q,” Pike said" is the pensioner "Joan Pike" it fined)
                if doer is not None and _proper(doer) and doer.ent_type_ != "PERSON" \
                        and (name := _agent_name(doer)) is not None \
                        and not (" " not in name and " " in _full_form(name, parsed.text)):
                    return actor, name
            continue
        # ("A woman has hit out at a parking company ...": she answers someone else's deed; not "has been
        # criticised", nor "has defended her decision")
        root = first.root
        aimed = [t for c in root.children if c.dep_ in ("dobj", "prep") for t in c.subtree if t.tag_.startswith("NN")]
        reacting = actor is not None and actor.dep_ == "nsubj" and (light_reaction(root) == "hit back" or (
            root.lower_ in REACTION_VERBS and aimed and not any(
                d.dep_ == "poss" and d.lower_ in _OWN for t in aimed for d in t.children)))
        # "The Home Secretary has appointed ...", "A county governor has ordered ...": an office, its holder named next
        office = actor is not None and actor.lower_ in _OFFICE_HEADS | {"secretary"} and any(
            c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in actor.children)
        if actor is None or (actor.tag_ != "NN" and not indefinite and not office) or not can_speak(actor.lower_) \
                or reacting or actor.lower_ in CROWD_WORDS | _DOCUMENTS \
                or (actor.lower_ in _ORG_HEADS | _OFFICE_HEADS and not office):
            continue
        words = {actor.lower_} | {t.lower_ for t in actor.subtree if t.dep_ in ("pobj", "compound") and t.tag_ == "NN"}
        kinds = "(?i:" + "|".join(sorted(map(re.escape, words))) + ")"
        # ... or by the title's short form, of a body named: "Sarah Jennings, head of Oakfield Primary" (not "head
        # of the school's parents' association", "owner of a rival cafe")
        if short := _SHORT_TITLES.get(actor.lower_):
            kinds += rf"|(?:{'|'.join(short)})(?=\s+of\s+[A-Z])"
        later = " ".join([paragraph.doc.text[first.end_char:], *(p.doc.text for p in parsed.lead[at + 1: at + 3])])
        # "landlord Tom Bray", "Sarah Trelawny, who has run ... cafe", "Harold Finch, MP for North Wexley"
        named = re.finditer(rf"\b(?:{kinds})\s+(?P<before>{_PERSON})|(?P<after>{_PERSON}),\s+"
                            rf"(?:(?:who|the|a|an)\b[^.]{{0,80}}?\b)?(?P<kind>{kinds})\b", later)
        # (the words before the title: "Justice Secretary Paul Dunn", "Paul Dunn, the justice secretary"; not
        # "On Friday, Siobhán Garvey, principal of ...")
        found = next((m for m in named if not _ORG_NAME.search(m.group("before") or m.group("after")) and not any(
            w.lower() in BODY_KINDS | _ORG_HEADS for w in (m.group("before") or m.group("after")).split())
                      and not (office and _anothers_office(
                          later[:m.start()] if m.group("before") else later[m.end("after") + 1:m.start("kind")],
                          actor))),
                     None)  # (a person: not "Post Office Ltd" after the lead's "post office")
        if found:
            return actor, found.group("before") or found.group("after")
        # ... or the person the next paragraph opens with, doing something ("Tom Bray, who runs The Red
        # Lion, introduced the ban in September"), not reporting (another voice, "Headteacher X said")
        following = next((s for p in parsed.lead[at + 1: at + 2] for s in p.doc.sents), None)
        described = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in actor.children)  # "A pub landlord"
        # ... or, for one holding a named body's office ("The chief executive of Northmere Water has ..."),
        # the name the next paragraph opens on, bare, telling too ("Alasdair Crane told staff ..."): another
        # voice would come with its role ("Jane Roe, a parent, said")
        of_a_body = office_body(actor) is not None or office
        doer = subject_of(following.root) if following is not None and (
            described and not is_reporting(following.root) or of_a_body) else None
        if doer is not None and not described and (doer.left_edge.i != following.start or any(
                c.dep_ in ("appos", "relcl", "acl") for c in doer.children)):
            doer = None  # ("Sandra Mills, whose mother was the patient, said ...")
        if doer is not None and office and (any(t.lower_.rstrip(".") in TITLES | ROLE_NOUNS | OTHERS_TITLES
                                                for t in following.doc[following.start: doer.i])
                                            or _judges_the_deed(following)):
            doer = None  # (not another office holder, "Shadow chancellor Tom Birch told ...", nor a critic: "Rebecca
            # Ainsworth told the Commons the decision was 'a betrayal of the north'")
        if doer is not None and doer.dep_ == "nsubj" and (_tagged_person(doer) or of_a_body and _name_shaped(doer)):
            return actor, _agent_name(doer) or doer.text
    return None


_BODY_NAME_WORDS = re.compile(rf"{_ORG_NAME.pattern}|\b(?:Authority|Corporation|Commission|Service|Board|Trust|"
                              r"Ministry|Office|Police|Transit|Directorate|Secretariat|Department|Agency)\b")


def _announcer(sentence: Span, best: str) -> str | None:
    """The body that announced what the opening sentence tells of a thing ("The Blue Line ... will
    close on six weekends ..., the Tri-County Transit Authority announced"; "Fans of Kloof Street
    will have to pay ... after the Sunveld Broadcasting Corporation said that the show would
    move"): a line, a show or a service does not act. Only a body by its name's kind, over a
    subject that is neither a person nor named as a body."""
    if _BODY_NAME_WORDS.search(best) or any(e.label_ == "PERSON" and best in e.text for e in sentence.ents):
        return None
    # (not one that does something to something: "Tesla will recall two million cars, the Department of
    # Transportation said")
    if any(t.text == best.split()[-1] and t.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in t.head.children)
           for t in sentence):
        return None
    for verb in sentence:
        doer = subject_of(verb) if verb.lemma_ in _ANNOUNCES | {"say"} else None
        if verb.dep_ == "acl" and (verb.lemma_ in _ANNOUNCES or verb.lower_ in _PUT_OUT):  # "rules announced by X"
            doer = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        name = _agent_name(doer) if doer is not None and doer.tag_ == "NNP" else None
        if name and _BODY_NAME_WORDS.search(name) and best not in name and best in sentence.text:
            return name.removeprefix("the ")
    return None


def _named_announcer(sentence: Span) -> str | None:
    """Who the opening sentence says announced it, by name, where nobody in it acts ("Pensioners in Greater
    Manchester will get free bus travel ..., Mayor Colin Ashworth announced on Tuesday")."""
    for verb in sentence:
        told_before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) or (
            verb.dep_ == "advcl" and verb.head.i < verb.i)
        doer = subject_of(verb) if verb.lemma_ in _ANNOUNCES and told_before else None
        if doer is not None and doer.tag_ == "NNP":
            return _agent_name(doer)
    return None


_WATCHING = {"regulate", "oversee", "represent", "monitor", "inspect", "police", "audit", "license"}


def _one_of_a_kind(actor: Token) -> str | None:
    """"One of Britain's largest broadband providers is to raise ...": a body described by its kind
    ("provider")."""
    return next((kind for c in actor.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.tag_ == "NNS" and (kind := p.lemma_ or p.lower_) in BODY_KINDS | _ORG_HEADS),
                None) if actor.lower_ == "one" else None


def described_kind(actor: Token) -> str:
    """The word the lead describes its actor by: "principal", "cafe"; "provider" of "One of Britain's
    largest broadband providers"."""
    return _one_of_a_kind(actor) or actor.lower_


def _anothers_office(before: str, office: Token) -> bool:
    """Whether the words `before` a title that names a person ("... Secretary Paul Dunn") make it another
    office than the lead's `office`: a shadow, deputy or former one, or one of another field ("Justice
    Secretary" for the lead's "Home Secretary", "foreign secretary" for its "Transport Secretary")."""
    words = before.split()[-2:]
    own = {c.lower_ for c in office.children if c.dep_ == "compound"}
    if any(w.lower().strip(",") in OTHERS_TITLES for w in words):
        return True
    last = words[-1] if words and not words[-1].endswith((".", "!", "?", ":", ";", '"', "”")) else ""
    field = last.strip(",").lower()
    return bool(field) and field.isalpha() and field not in own | {"the", "a", "an", "and", "by", "with", "from"} \
        and (last[:1].isupper() or any(c.is_title for c in office.children if c.dep_ == "compound"))


def _judges_the_deed(sentence: Span) -> bool:
    """Whether a sentence judges the deed ("the decision was 'a betrayal'", "accused ministers of ..."): a
    reaction to it, not its doer telling it."""
    return any(t.lower_ in REACTION_VERBS or t.lemma_ in _ACCUSING or (
        t.dep_ == "nsubj" and t.lower_ in ACTION_NOUNS | MEASURE_NOUNS and t.head.lemma_ == "be"
        and any(d.lower_ in ("the", "this") for d in t.children)) for t in sentence)


_ACCUSING = {"accuse", "attack", "condemn", "criticise", "criticize", "denounce", "blame"}


def governs(office: Token, subject: str, parsed: ParsedText) -> bool:
    """Whether the lead's office ("A county governor has ordered ...") is one that governs the subject,
    a place the entity tagger reads as one ("Kimara bans boda bodas from town centre")."""
    # (acting itself, not on the place's own body: "A state governor has given Lakeport's city council until Friday
    # to reverse its ban")
    acted_on = [t for c in office.head.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
    return office.lower_ in _OFFICE_HEADS and not any(t.lower_ in BODY_KINDS | _ORG_HEADS | _VOTERS for t in acted_on) \
        and any(e.text == subject and e.label_ == "GPE" for p in parsed.lead[:3] for e in p.doc.ents)


def office_body(office: Token) -> str | None:
    """The named body whose office a noun is: "Northmere Water" of "The chief executive of Northmere Water"
    or "Northmere Water's chief executive"."""
    bodies = [g for c in office.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and g.tag_ == "NNP"] if any(
        c.dep_ == "det" and c.lower_ == "the" for c in office.children) else []
    bodies += [c for c in office.children if c.dep_ == "poss" and c.tag_ == "NNP"]
    return next((re.sub(r"^the\s+|\s*['’]s?$", "", " ".join(t.text for t in b.subtree if t.dep_ != "case"),
                        flags=re.I) for b in bodies), None)


def _tagged_person(token: Token) -> bool:
    """A full name the entity tagger calls a person's."""
    return token.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children)


def _name_shaped(token: Token) -> bool:
    """A full name the tagger missed ("Alasdair Crane"): proper nouns only, none a body's word."""
    words = [c for c in token.children if c.dep_ == "compound"] + [token]
    return len(words) > 1 and all(w.tag_ == "NNP" for w in words) and not _ORG_NAME.search(
        " ".join(w.text for w in words)) and not any(w.lower_ in BODY_KINDS | _ORG_HEADS for w in words)


_PERSON_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_A-Z]|['’-][A-Z]?)+"  # (not ASCII only: "Siobhán", "Zoë")
_PERSON = rf"{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,2}}"
# The shorter words news uses for a title the lead gave in full.
_SHORT_TITLES = {"headteacher": ("head", "principal"), "headmaster": ("head",), "headmistress": ("head",),
                 "principal": ("head",), "businessman": ("owner", "founder"), "businesswoman": ("owner", "founder")}
_PLACES = {"town", "village", "borough"}  # "A historic market town has banned ...": its council
_PLACE_KINDS = _PLACES | {"city", "county", "state"}
_PAY = {"pay", "package", "bonus", "bonuses", "salary", "payout", "payment", "payments", "fee", "fees", "pension",
        "donation", "donations", "raise"}
_COUNTED = {"hundreds", "thousands", "dozens", "scores", "millions"}  # "Hundreds of Uber drivers ..."
_VOTERS = {"council", "councillors", "councilors", "board", "commissioners", "assembly", "legislature", "residents"}
_LEGAL_SUFFIX = re.compile(r"(?<=\w)\s+(?:Ltd|Inc|PLC|plc|LLC|Corp|Co)\.?$")
_DOCUMENTS = {"petition", "letter", "report", "survey", "poll", "study", "review"}  # they speak, but nobody acts
_RECORDS = {"figures", "data", "records", "accounts", "filings", "documents"}  # (they tell of who acts)


def _common_word(name: str, text: str) -> bool:
    """A one-word name the article writes in lower case at least as often as capitalized inside a
    sentence ("Momentum", "Energy", "Wall"): a word a headline capitalized."""
    if " " in name or name.isupper():
        return False
    return len(re.findall(rf"\b{re.escape(name.lower())}\b", text)) >= max(_inside_sentences(name, text), 1)


def _inside_sentences(word: str, text: str) -> int:
    """How often `text` writes `word` inside a sentence, not as the first word of one or of a
    paragraph, where any word is capitalized."""
    return len(re.findall(rf"(?<![.!?\n]\s)(?<!\n)(?<!^)\b{re.escape(word)}\b", text))


HEADLINE_WORDS = 20


def _headline_and_body(text: str) -> tuple[str, str]:
    """The headline line that opens `text` (a short first line with more text after it) and the
    rest; ("", text) when the first line is a paragraph of the story or the whole of it."""
    first, _, rest = text.lstrip().partition("\n")
    return (first, rest) if rest.strip() and len(first.split()) <= HEADLINE_WORDS else ("", text)


def _without_headline_words(name: str, text: str) -> str:
    """`name` without the words a headline ran into it: a leading function word ("Because Pete
    Santilli"), and, for a name written nowhere but in the headline (the first line of `text`), the
    longest end of it the article writes twice on its own ("Offensive Things Donald Trump" ->
    "Donald Trump"; "Half Clinton" -> "Clinton" where it also writes "half")."""
    words = name.split()
    if words[0] == "the":
        return name  # "the city council": a description, not a headline's run-on
    while len(words) > 1 and words[0].istitle() and words[0].lower() in _HEADLINE_JOINS:
        words = words[1:]
    body = _headline_and_body(text)[1]
    if re.search(rf"\b{re.escape(' '.join(words))}\b", body):
        return " ".join(words)
    for cut in range(1, len(words)):
        rest, dropped = words[cut:], words[:cut]
        if len(re.findall(rf"\b{re.escape(' '.join(rest))}\b", body)) >= 2 and (
                len(rest) > 1 or all(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in dropped)):
            return " ".join(rest)
    return " ".join(words)


def _as_named_again(name: str, text: str) -> str:
    """The longest start of `name` (two words at least) that the article writes at least twice: a
    title-cased headline runs a name into the words after it ("George Zimmerman Auctioning Off Gun")."""
    words = name.split()
    for end in range(len(words), 1, -1):
        if any(w.lower() in INSTITUTION_WORDS for w in words[end:]) or _ORG_NAME.search(" ".join(words[end:])):
            continue  # (not a body's kind: "Port Arnell" of the Port Arnell Museum of Natural History)
        # (a headline's short name ending in capitals is the body the text names in full: "Heron Pointe HOA" for
        # "Heron Pointe Homeowners Association")
        spelled = re.search(rf"\b{re.escape(' '.join(words[:end]))}(?: [A-Z][\w'’-]+){{1,3}} (?:{_BODY_HEADS})\b",
                            text) if end < len(words) and words[end].isupper() and len(words[end]) > 1 else None
        if spelled is not None:
            return spelled.group()
        if len(re.findall(rf"\b{re.escape(' '.join(words[:end]))}\b", text)) >= 2:
            return " ".join(words[:end])
    return name


# Words a headline and the article capitalize that describe and never act: "Democratic primaries
# turn into a pillow fight" is about no one named Democratic.
_CAPITALIZED_ADJECTIVES = {"democratic", "republican", "american", "supreme", "federal", "national",
                           "conservative", "liberal", "progressive", "international", "presidential"}


def _headline_name(headline: Span, text: str) -> str | None:
    """The name in the headline that the article keeps naming, when the parse finds no agent: the
    small parser reads a name that is also a word as a noun or an adjective ("Trump fever infects
    the convention", "Trump fires up the base")."""
    counts: dict[str, tuple[int, bool]] = {}
    body = _headline_and_body(text)[1]
    # (not a name in what a described actor acts on: "Judge blocks Texas abortion pill law")
    actor = next((c for c in headline.root.children if c.dep_ == "nsubj"), None)
    acted_on = actor is not None and headline.root.tag_.startswith("VB") \
        and actor.lower_ in TITLES | BODY_KINDS | _HEAD_TITLES
    for token in headline:
        if acted_on and token.i > headline.root.i:
            break
        word = token.text
        if (token.is_title or (token.is_upper and len(word) > 1)) and not token.is_stop and word.isalpha() \
                and not word.lower().endswith("ing") and word.lower() not in NOT_NAMES | TITLES | WEEKDAYS_MONTHS \
                and word.lower() not in _CAPITALIZED_ADJECTIVES:
            # Named inside the story's sentences ("Guns are ..." is no name); on a tie, a word
            # never written in lower case.
            counts[word] = (_inside_sentences(word, body), not re.search(rf"\b{re.escape(word.lower())}\b", text))
    name = max(counts, key=counts.__getitem__, default=None)
    return name if name is not None and counts[name][0] >= 2 else None


_PARTICLES = {"on", "out", "at", "back", "against", "off", "to"}


def _headline_after_speaker(sentence: Span) -> str | None:
    """Y in a headline "X: Y's rhetoric is destroying the party" (X says it): the name that acts or
    owns what acts after the speaker's colon."""
    tokens = list(sentence)
    colon = next((i for i, t in enumerate(tokens[:5]) if t.text == ":"), None)
    if not colon or not all(t.is_title or t.tag_ in ("NNP", "NNPS") for t in tokens[:colon]):
        return None
    rest = tokens[colon + 1:]
    # By the words first: the small parser reads a title-cased headline poorly ("Trump" as a noun).
    for i, token in enumerate(rest[:-1]):
        if rest[i + 1].text in ("’s", "'s") and token.is_title:
            start = i
            while start > 0 and rest[start - 1].is_title and not rest[start - 1].is_stop:
                start -= 1
            return " ".join(t.text for t in rest[start: i + 1])
    return next((name for t in rest if t.dep_ == "nsubj" and t.tag_ in ("NNP", "NNPS") and (name := _agent_name(t))),
                None)


_HEADLINE_QUOTE = re.compile(r"(?:^|(?<=\s))['‘\"“](.+?)['’\"”](?=[\s:,.;!?]|$)")


def _only_quoted(name: str, headline: str) -> bool:
    """Whether every mention of `name` in the headline is inside a quote of a few words (someone's words, not the
    deed's doer)."""
    quoted = [m.span(1) for m in _HEADLINE_QUOTE.finditer(headline) if len(m.group(1).split()) >= 4]  # (not "'SNL'")
    mentions = [m.start() for m in re.finditer(re.escape(name.strip("'‘’\"“” ")), headline)]  # (a mark read in)
    return bool(mentions) and all(any(a <= at < b for a, b in quoted) for at in mentions)


_ACTS = r"(?:said|says|has|have|had|will|would|announced|confirmed)"  # words after a name that acts


def _headline_reaction_object(sentence: Span, text: str = "") -> str | None:
    """Y in a headline "X rebuffs Y", "X rejects Y's remarks", "X takes on Y's plan", read from the words: the small
    parser often tags a title-cased headline's verb as a noun. An acronym that the text never has act nor spells
    out names a thing, not who did it ("South Africans mock SIM selfie deadline")."""
    tokens = list(sentence)
    for i, token in enumerate(tokens[:-1]):
        phrasal = token.lower_ in ("take", "takes", "took") and tokens[i + 1].lower_ == "on"
        if token.lower_ not in REACTION_VERBS and token.lower_ not in REFUSING_VERBS and not phrasal:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].lower_ in _PARTICLES:
            j += 1
        name = []
        while j < len(tokens) and len(name) < 3 and (tokens[j].is_title or tokens[j].is_upper) and not (
                tokens[j].is_stop or tokens[j].lower_ in NOT_NAMES or tokens[j].lower_.endswith("ing")):
            name.append(tokens[j].text)
            j += 1
        # (an adjective before a noun: "Olympic swimmer", not "Trump speech")
        described = j < len(tokens) and tokens[j].is_lower and tokens[j].tag_ in ("NN", "NNS") and all(
            tokens[k].tag_ == "JJ" for k in range(j - len(name), j))
        # (not "... Will Welcome American Refugees": a crowd is met, it did nothing the story reports)
        thing = len(name) == 1 and name[0].isupper() and bool(text) and not _spelled_out(name[0], text) \
            and not re.search(rf"\b{re.escape(name[0])}(?:['’]s\b|\s+(?:{_ACTS}|is|was)\b)", text)
        if name and name[-1].lower().rstrip(".") not in TITLES and name[-1].lower() not in CROWD_WORDS \
                and not described and not thing:
            return " ".join(name)  # (not "Fans defend Olympic swimmer ...": a description, named in the lead)
    return None


def _name_hung_on_verb(sentence: Span) -> str | None:
    """X in a headline "Eastshore Health scraps parking fees", its verb read right but without a subject: the
    parser hung the name on it as a compound."""
    root = sentence.root
    if root.tag_ not in ("VBZ", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    names = [c for c in root.lefts if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
    if not names or names[-1].i != root.i - 1:
        return None
    first = min(t.i for n in names for t in n.subtree)
    name = sentence.doc[first:root.i]
    return name.text if all(t.is_title or t.is_upper for t in name) else None


def _headline_noun_verb_agent(sentence: Span, text: str = "") -> str | None:
    """X in a headline "X issues apology", "Acme plans layoffs": the small parser reads the verb as
    a plural noun with X as its compound."""
    # (the verb read as a noun may head the sentence or be its subject: "Chancellor scraps fuel duty freeze",
    # parsed with "fuel" as the verb)
    root = next((t for t in (sentence.root, *sentence.root.children) if t.tag_ == "NNS" and (
        (t.i == sentence.root.i and (t.lower_ in _HEADLINE_VERBS or t.lower_ in UNDOING_VERBS or t.lower_ in _APPOINTS))
        or (t.dep_ == "nsubj" and (t.lower_ in UNDOING_VERBS or t.lower_ in _APPOINTS)))), None)
    # (not "Paris attacks test ...")
    if root is None:
        return _opening_name_then_verb(sentence, text) or _deed_after_response(sentence) or _place_body_acts(
            sentence, text) or _plural_name_acts(sentence) or _name_hung_on_verb(sentence)
    # (or a body's name ending in its kind: "Hollins Valley school board names Renata Ocampo as ...")
    # (or its subject: "Studio Harunami recasts lead in sequel", the name read as the plural noun's subject)
    names = [c for c in root.children if c.dep_ in ("compound", "nsubj") and c.i < root.i and (
        c.tag_ in ("NNP", "NNPS") or (
        root.lower_ in _APPOINTS and c.i == root.i - 1 and c.lower_ in BODY_KINDS
        and any(t.tag_ == "NNP" for t in c.subtree)))]
    if not names:
        return _place_body_acts(sentence, text)
    first = min(t.i for n in names for t in n.subtree)
    return root.doc[first: root.i].text.strip() or None


_PLURAL_DEEDS = {"name", "appoint", "hire", "sign", "sack", "axe", "ban", "confirm", "announce", "unveil", "launch",
                 "scrap", "drop", "release", "reject", "cut", "raise", "close", "appeal", "pick"}


def _plural_name_acts(sentence: Span) -> str | None:
    """A plural name that opens a headline with its verb right after ("Rathcarrig Rovers name Eirik Solvang as
    head coach"): the parser hangs the name on the verb, or the verb on what follows, as compounds, and finds no
    subject. Read from the words."""
    tokens = list(sentence)
    run = next((n for n, t in enumerate(tokens) if not (t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper())),
               len(tokens))
    if not run or run + 1 >= len(tokens) or tokens[run].lower_ not in _PLURAL_DEEDS or not tokens[run].is_lower \
            or not tokens[run - 1].lower_.endswith("s") or tokens[run - 1].lower_ in CROWD_WORDS:
        return None
    return sentence.doc[tokens[0].i: tokens[run].i].text


_GOVERNING = {"council", "board", "authority", "government", "police", "university", "school", "hospital", "trust"}


def _place_body_acts(sentence: Span, text: str) -> str | None:
    """The place a headline names its body by, in sentence case, before the body's deed ("Ruahine Coast council
    scraps pool fees", "Kids swim free as Ruahine Coast council scraps fees", "Tarrant Vale council to scrap
    parking charges"): the parser reads the kind as a compound of the verb and finds no subject. It is the body's full
    name, where the text gives one ("Ruahine Coast District Council"); not the place alone ("Wellington police
    to trial body cameras" is no deed of Wellington's)."""
    tokens = list(sentence)
    for n, kind in enumerate(tokens[1:-1], start=1):
        deed = tokens[n + 1]
        future = deed.lower_ == "to" and n + 2 < len(tokens) and tokens[n + 2].tag_ in ("VB", "NN")  # "to scrap"
        read_as_noun = deed.tag_ == "NNS" and deed.lower_ in _HEADLINE_VERBS | UNDOING_VERBS.keys() | _NOUN_LIKE_DEEDS
        if kind.text not in _GOVERNING or not (deed.tag_ in ("VBZ", "VBD", "MD") or future or read_as_noun):
            continue
        first = n
        # (a place the tagger read as a noun is one the text never writes in lower case: "Dunmore council closes")
        while first > 0 and tokens[first - 1].text[:1].isupper() and (tokens[first - 1].tag_ in ("NNP", "NNPS") or (
                tokens[first - 1].tag_ == "NN" and re.search(rf"\b{re.escape(tokens[first - 1].text)}\b", text)
                and not re.search(rf"\b{re.escape(tokens[first - 1].lower_)}\b", text))):
            first -= 1
        if first < n and (first == 0 or tokens[first - 1].lower_ in _HEADLINE_JOINS or tokens[first - 1].is_punct):
            place = sentence.doc[tokens[first].i: kind.i].text
            full = re.search(rf"\b{re.escape(place)}(?: [A-Z][\w'’-]*){{0,3}} {kind.text.capitalize()}"
                             r"(?: (?:Service|Department|Force|Board|Commission))?\b", text)
            # (or the place's body of that kind, that the text calls only "the council")
            return full.group() if full else f"the {place} {kind.text}" if re.search(
                rf"\bthe {kind.text}\b", text, re.I) else None
    return None


# whom a body chooses: "X names Y as chief executive", "Studio Kagerou recasts lead in sequel"
_APPOINTS = {"names", "hires", "appoints", "picks", "taps", "recasts", "replaces"}


# Verbs a headline puts right after its subject that the parser reads as a plural noun, deep in a
# compound ("Ofcom fines broadcaster GB Daily £50,000 over vaccine claims")
_NOUN_LIKE_DEEDS = {"fines", "sacks", "bans", "fires", "cuts", "hikes", "raises", "closes", "charges", "slashes",
                    "expels", "jails", "bars", "sues", "axes", "scraps", "suspends", "blocks"}


def _deed_after_response(sentence: Span) -> str | None:
    """Who acts in the deed a headline's response answers, its verb read as a noun ("viewers pile in after
    Aotea Media axes The Tuatara Club": "Media axes" a compound noun, the show its object): the name before it."""
    for deed in sentence:
        if deed.tag_ == "NNS" and deed.lower_ in _NOUN_LIKE_DEEDS and deed.dep_ == "pobj" \
                and deed.head.lower_ in ("after", "as", "over") and deed.i + 1 < sentence.end \
                and deed.nbor(1).tag_ in ("DT", "NNP", "NNPS", "PRP$"):
            names = [c for c in deed.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
            if names and all(c.i < deed.i for c in names):
                return deed.doc[min(t.i for n in names for t in n.subtree): deed.i].text.strip() or None
    return None


def _opening_name_then_verb(sentence: Span, text: str = "") -> str | None:
    """The name a headline opens with when the next word is a deed the parser read as a noun, with
    whom it is done to after it and no finite verb besides ("... for breaching impartiality rules" may follow)."""
    # (past quote marks, one read as a possessive: "Ofcom fines 'reckless' GB Daily"; not "Chelsea's fines")
    tokens = [t for t in sentence if t.tag_ not in ("``", "''") and not (t.tag_ == "POS" and t.text in ("'", "’"))]
    # (an acronym the tagger reads as a common noun is a name too, where the article spells it out or has it act:
    # "FTCA fines ZipRyde $1.2m" of the Fair Trading and Consumer Authority, "HMRC said"; not "COUNCIL BANS DOGS",
    # nor the zone "ULEZ")
    run = next((n for n, t in enumerate(tokens) if t.tag_ not in ("NNP", "NNPS") and not (
        t.is_upper and t.is_alpha and (_spelled_out(t.text, text) or re.search(
            rf"\b{t.text}\s+(?:{_ACTS}|found)\b", text)))), len(tokens))
    # (a name's kind after it, when it chooses someone: "Marlow Creek school board names Ana Ruiz as ...")
    while run and run + 1 < len(tokens) and tokens[run].lower_ in BODY_KINDS and tokens[run].tag_ == "NN" \
            and (tokens[run + 1].lower_ in _APPOINTS or tokens[run + 1].lower_ in BODY_KINDS):
        run += 1
    if not run or run >= len(tokens) or tokens[run].tag_ != "NNS" or (
            tokens[run].lower_ not in _NOUN_LIKE_DEEDS and tokens[run].lower_ not in _APPOINTS):
        return None
    if any(t.tag_ in ("VBD", "VBP", "VBZ", "MD") for t in tokens[run + 1:]) or ":" in sentence.text:
        return None  # a verb of its own ("Big Tech bans hit users"), or a topic ("Thames Water fines: ...")
    if run + 1 >= len(tokens) or tokens[run + 1].tag_ not in ("DT", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "JJ"):
        return None  # whom the deed is done to comes next: not "Thames Water fines over sewage spills"
    return sentence.doc[tokens[0].i: tokens[run].i].text.strip() or None


def _maker(actor: Token) -> Token:
    """Who makes a named thing a headline tells of: "Sunfield's dye-free Rainbow Rings divide parents" (not a
    person, nor a place's body: "Britain's NHS")."""
    owner = next((c for c in actor.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
    if owner is None or actor.tag_ not in ("NNP", "NNPS") or actor.ent_type_ == "PERSON" \
            or owner.ent_type_ in ("GPE", "LOC", "NORP") or actor.lower_ in INSTITUTION_WORDS:
        return actor  # (nor a body named for someone: "St. Brendan's University")
    return owner


def _agents(sentence: Span, headline: bool = False, text: str = "") -> list[str]:
    """Who acts in a sentence: the subject of its root verb (and of verbs joined to it, and in a
    headline of its adverbial clauses); when the actors are critics or the verb is a reaction, the
    owner of what they react to. `text`, the article's, tells a name the tagger read as a noun."""
    joined = ("conj", "advcl") if headline else ("conj",)
    verbs = [sentence.root] + [c for c in sentence.root.children if c.dep_ in joined and c.tag_.startswith("VB")]
    # (a headline's first clause, which the parser hangs on the second: "Tallis County switching emergency alert
    # provider; residents won't need to re-register")
    verbs += [c for c in sentence.root.children if headline and c.dep_ == "ccomp" and c.i < sentence.root.i
              and c.tag_ == "VBG" and any(d.dep_ == "nsubj" and d.tag_ in ("NNP", "NNPS") for d in c.children)
              and not title_cased(sentence)]  # (every word capitalized: no name read reliably)
    root = sentence.root
    # (not pressed to answer another's deed: "Clinton under pressure to denounce Clark's remarks")
    if headline and root.tag_.startswith("NN") and any(
            c.dep_ == "prep" and (c.lower_, next((p.lower_ for p in c.children if p.dep_ == "pobj"), "")) in _IN_TROUBLE
            for c in root.children) and not any(t.lower_ == "to" and t.head.tag_ == "VB" for t in sentence) \
            and (name := _agent_name(root)):
        return [name]  # a headline without a verb: "Brinkley council under fire over night bus cuts"
    # "The Canadian Transportation Agency on Tuesday finalised rules ...": the parser read the verb as an adjective
    # of what it did, and the name as the sentence's head or the subject of a verb far after
    named = next((t for t in sentence if t.i - sentence.start < 8 and t.tag_ in ("NNP", "NNPS")
                  and t.ent_type_ in ("ORG", "PERSON") and (t.dep_ == "nsubj" or t.i == root.i)), None)
    if not headline and named is not None and any(t.tag_ == "VBD" and t.dep_ == "amod" and 0 < t.i - named.i <= 5
                                                  for t in sentence):
        entity = next((e for e in sentence.doc.ents if e.start <= named.i < e.end), None)
        # (the entity's words: the parser may hang "on Tuesday" on the name)
        name = re.sub(r"^(?:The|the) ", "", entity.text) if entity is not None else _agent_name(named)
        if name:
            return [name]
    names = []
    for verb in verbs:
        actor = subject_of(verb)
        if headline and actor is not None and (misread := _crowd_reaction_read_as_noun(actor)) is not None:
            actor = misread
        if _meets_a_response(verb):  # "X was criticised by customers after ...", "X faces a backlash"
            # (the parser may split "Budget supermarket chain Kwikmart" into two subjects: the named one)
            received_all = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
            received = received_all[0] if received_all else None
            punisher = _punisher(verb) if received is not None and _described(received) else None
            if punisher is not None and (name := _agent_name(punisher)) is not None:
                names.append(name)  # "A pensioner has been fined £200 by Lowfield District Council": the council acts
            elif (name := next(filter(None, (_agent_name(_maker(r) if headline else r) for r in received_all)),
                               None)) is not None:
                names.append(name)
            elif headline and received is not None and received.lower_ in _HEAD_TITLES:
                names.append(received.text)  # "Mayor slammed for decision ...": the mayor the story names
            elif received is not None and (titled := next((c for c in received.children if c.dep_ == "poss"
                                                           and c.lower_ in _HEAD_TITLES), None)) is not None:
                names.append(titled.text)  # "The King's Christmas broadcast has been praised": the King's
            continue
        if verb.tag_ == "VBN" and (agent := next((c for c in verb.children if c.dep_ == "agent"), None)):
            # "Plans by Mayor Tom Ricci to charge drivers ... have been approved by the committee": the
            # plan's owner acts, the approver passes it
            planned = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in MEASURE_NOUNS), None)
            owner = _made_by(planned) if planned is not None else None
            actor = owner or next((c for c in agent.children if c.dep_ == "pobj"), actor)
        if actor is None:
            continue
        # "Thames Valley Water has paid its directors £2m in bonuses, its annual report shows": who the document
        # tells of acts
        shown = next((d for c in verb.children if c.dep_ == "ccomp" for d in c.children
                      if d.dep_ == "nsubj" and _proper(d)), None) if actor.lower_ in _DOCUMENTS | _RECORDS else None
        actor = shown or actor
        # "Principal Karen Doyle's decision to cancel the prom has the town talking": her deed.
        owner = next((c for c in actor.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
        if actor.lower_ in ACTION_NOUNS and actor.lower_ != "campaign" and owner is not None:  # a campaign acts itself
            actor = owner
        elif headline:
            actor = _maker(actor)
        # (not one described, to whom something was done: "A primary school teacher who ... has been named ...")
        one_described = actor.dep_ == "nsubjpass" and actor.tag_ == "NN" and _described(actor)
        reacting = (verb.lower_ in REACTION_VERBS or verb.lower_ in REFUSING_VERBS
                    or (actor.lower_ in CROWD_WORDS and not one_described)
                    or verb.lower_ in RESPONSE_VERBS or light_reaction(verb) == "hit back"
                    or (verb.lower_ in BACKING_VERBS and _crowd_actor(actor)))  # "A majority of adults support ..."
        if verb.lower_ in CALLING_VERBS and any(c.dep_ == "dobj" and c.lower_ in _CALLED_ACTIONS
                                                for c in verb.children):
            reacting = False  # "The British Medical Association called the walkout": it acts
        # "Graham slammed Trump's plan", "X said Trump's remarks were ...": the article reports
        # what the named owner or speaker-about did, the agent is reacting to it.
        talked_about = _spoken_about(verb) if verb.lower_ in SPEECH_VERBS else None
        # "X calls Y unqualified": naming a person is X's own act; "X calls Y's plan cruel" is about Y.
        if talked_about is not None and verb.lower_ in NAMING_VERBS and talked_about.dep_ != "poss":
            talked_about = None
        # (or the kind it is: "Woolworths will limit shoppers to 12 items ..., the supermarket said")
        by_kind = actor.lower_ in BUSINESS_NOUNS | BODY_KINDS and any(c.lower_ == "the" for c in actor.children)
        if talked_about is None and verb.lower_ in SPEECH_VERBS and (actor.lower_ in PRONOUNS or by_kind):
            # "The council will stop collecting garden waste, it said": who acts is the clause's doer
            # ("Brookfields is set to close 40 stores, it said": the passive subject of what it will do)
            talked_about = next((d for c in verb.children if c.dep_ == "ccomp" for d in c.children
                                 if (d.dep_ == "nsubj" or d.dep_ == "nsubjpass" and _will_do(c) is not None)
                                 and d.lower_ not in PRONOUNS and (not by_kind or d.tag_ in ("NNP", "NNPS")
                                                                   or _written_as_name(d, text))), None)
        if talked_about is None and verb.lower_ in ("voted", "votes") and any(
                c.dep_ == "nsubj" and c.lower_ in _VOTERS for c in verb.children):
            # "Riverton will end its free bus pilot, the city council voted": the place whose deed it voted (not
            # "Apple must pay €13 billion, the court decided": a ruling on Apple)
            talked_about = next((d for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for d in c.children
                                 if d.dep_ == "nsubj" and d.tag_ == "NNP"), None)
        if talked_about is None and verb.lower_ in SPEECH_VERBS:
            # "The Scottish government will extend its cap ..., Housing Secretary X announced": the body
            # whose deed its officer announces (the deed told first)
            talked_about = next((d for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for d in c.children
                                 if d.dep_ == "nsubj" and d.lower_ in _ORG_HEADS), None)
        if talked_about is not None:
            actor = talked_about
        elif reacting:
            # What they react to: the object, or `to` its object ("responded to Trump's demand").
            # (or whom they call on to go: "called for head coach Rick Delgado to be fired")
            # (not where they went: "Around 200 tenants marched to Leeds Civic Hall to protest ...")
            places = ("to", "at") if (verb.lemma_ or verb.lower_) not in _GOING else ()
            # (nor the place they filled: "More than 300 people packed the Bindaroo Memorial Hall to confront ...")
            filled = (verb.lemma_ or verb.lower_) in _FILLING
            obj = next((c for c in verb.children if c.dep_ == "dobj" and not filled), None) or next(
                (p for c in verb.children if c.dep_ == "prep" and (c.lower_ in (*places, "over") or (
                    c.lower_ == "for" and verb.lower_ in CALLING_VERBS
                    and any(x.dep_ == "xcomp" and x.i > c.i for x in verb.children)))
                 for p in c.children if p.dep_ == "pobj"), None)
            if obj is None and (filled or not places):  # ("... packed the hall to confront Western Ranges Water")
                obj = next((d for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                            for d in c.children if d.dep_ == "dobj" and d.tag_ in ("NNP", "NNPS")), None)
            owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
            if owner is None and obj is not None and obj.lower_ in RESPONSE_NOUNS | _DOCUMENTS | _MADE_RESPONSES:
                continue  # what they made: "launched a campaign opposing X's plan" (see `_owner_of_what_is_opposed`)
            if owner is not None and owner.lower_ in _OWN and obj.lower_ in ACTION_NOUNS | UTTERANCE_NOUNS:
                pass  # "X defended her decision to ...": X's own deed, X acts (not "his campaign manager")
            elif owner is None and (verb.lemma_ or verb.lower_) == "defend" and obj is not None \
                    and obj.lower_ in ACTION_NOUNS | MEASURE_NOUNS | UTTERANCE_NOUNS | _WORKS and any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children) \
                    and not _crowd_actor(actor):
                pass  # "Downing Street defended a plan to raise ...": a plan first told here is its own (or "a
                # billboard showing ...")
            else:
                # ("Corton Athletic chief executive Lena Moss has defended the club's decision": the club she heads)
                described = owner is not None and owner.tag_ == "NN" and owner.lower_ in _ORG_HEADS | BODY_KINDS \
                    and any(d.lower_ == "the" for d in owner.children)
                if described and (employer := _employer_before_title(actor)) is not None:
                    names.append(employer)
                    continue
                actor = owner if owner is not None else obj
            if actor is None:
                continue
        name = _agent_name(actor)
        if name is None and by_kind and actor is talked_about and _written_as_name(actor, text):
            name = actor.text  # a name the tagger read as a plural noun, which "the supermarket" calls by its kind
        if name:
            names.append(name)
    if not names and not headline and (actor := subject_of(sentence.root)) is not None and _crowd_actor(actor):
        # "Thousands of teachers walked out as the union began a strike": the body that acts for the crowd;
        # also in what they say ("Residents say they feel abandoned after FreshCo announced ...")
        said = [c for c in sentence.root.children if c.dep_ == "ccomp"] if sentence.root.lower_ in SPEECH_VERBS else []
        for clause in (c for v in (sentence.root, *said) for c in v.children
                       if c.dep_ == "advcl" and c.tag_.startswith("VB")):
            names += _clause_agent(clause)
        # (or deeper in what they say: "say they will struggle to cope after the council closed two day
        # centres", also parsed as the object of "after")
        for clause in (c for c in sentence if not names and c.tag_ in ("VBD", "VBN", "VBZ") and (
                (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children))
                or (c.dep_ == "pobj" and c.head.lower_ == "after"))):
            names += _clause_agent(clause)
        # (or the maker of what came: "Players ... now need a connection, after a patch released on Monday by
        # developer Quillfire Games")
        for made in (_made_by(c) for c in sentence if not names and c.dep_ == "pobj" and c.tag_.startswith("NN")
                     and c.head.lower_ in ("after", "following")):
            names += [name for name in [_agent_name(made) if made is not None else None] if name]
        # ("... staged a protest after the club's owners, the Hartley family, announced ...", the owners
        # parsed as the object of "after": they act)
        runners = [p for c in sentence.root.children if c.dep_ == "prep" and c.lower_ in ("after", "as")
                   for p in c.children if p.dep_ == "pobj" and p.lower_ in _RUNNERS]
        names += [name for p in runners[:1] if not names and (name := _agent_name(p))]
    return names or _owner_of_what_is_opposed(sentence)


_MADE_RESPONSES = {"campaign", "protest", "boycott"}
_FILLING = {"pack", "fill", "cram", "throng", "attend", "crowd", "jam"}  # their object is where they gathered
_GOING = {"march", "walk", "flock", "head", "travel", "gather", "rally", "descend", "converge", "go", "come",
          "return", "turn", "take", "pour", "stream", "crowd", "queue", "drive"}  # "to" and "at" tell where


def _employer_before_title(person: Token) -> str | None:
    """The body named before a person's title: "Corton Athletic" of "Corton Athletic chief executive Lena Moss"
    (a name of title-case words, the entity tagger's where it ran: the tagger may read "Athletic" as an adjective)."""
    doc = person.doc
    title = next((t for t in doc[person.left_edge.i: person.i] if t.is_lower and re.fullmatch(_LEADER, t.lower_)),
                 None)
    if title is None or title.i == 0:
        return None
    words = list(itertools.takewhile(lambda t: t.is_title and t.tag_ in ("NNP", "NNPS", "NN", "JJ")
                                     and t.lower_ not in NOT_NAMES, reversed(doc[person.left_edge.i: title.i])))
    return " ".join(t.text for t in reversed(words)) if len(words) > 1 or (
        words and words[0].tag_ in ("NNP", "NNPS")) else None


_IN_TROUBLE = {("under", "fire"), ("under", "pressure"), ("in", "row"), ("in", "trouble")}


def _owner_of_what_is_opposed(sentence: Span) -> list[str]:
    """Whose deed a response is against or to, where nobody else acts: "Residents have signed a petition
    against Brackley Council's plan to ...", "a backlash over plans by X to ...", "a campaign opposing X's
    decision", "have given a mixed response to Mayor Ruth Okafor's plan"."""
    for deed in sentence:
        against = deed.head
        answered = against.lower_ in ("to", "at", "for", "about", "on") and against.head.lower_ in RESPONSE_NOUNS
        if deed.lower_ not in ACTION_NOUNS or deed.dep_ not in ("pobj", "dobj") or not (
                against.lower_ in ("against", "over", "oppose", "opposes", "opposing") or answered):
            continue
        # (or by the words the parser hangs it on: "a 7.7% rise in rents approved by Leeds City Council")
        owner = next((c for c in deed.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None) \
            or _made_by(deed) or next(filter(None, (_made_by(p) for c in deed.children
                                                    if c.dep_ == "prep" and c.lower_ in ("in", "of", "on")
                                                    for p in c.children if p.dep_ == "pobj")), None)
        if owner is not None and (name := _agent_name(owner)):
            return [name]
    return []


def _does_to_something(sentence: Span, name: str) -> bool:
    """Whether `name` is the doer of a verb with an object in `sentence` ("X will introduce 14 services")."""
    last = name.split()[-1]
    return any(t.text == last and t.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in t.head.children)
               and (t.head.lemma_ or t.head.lower_) not in _WHAT_STRUCTURES_DO for t in sentence)


# What a structure does to something without anyone acting: "The Harbour Bridge carries 160,000 vehicles a day"
_WHAT_STRUCTURES_DO = {"carry", "link", "connect", "span", "serve", "handle", "see", "attract", "cost", "cross",
                       "join", "bear", "hold", "need", "require", "take", "get", "have"}


def _acts_on_someone(sentence: Span, in_headline: list[str] | None = None) -> bool:
    """A lead that tells a deed done to someone it describes ("A homeowners association has fined a
    Marine Corps veteran $500 ...", "A school has suspended a pupil ..."): its actor is the story's
    subject, however often the person it acted on is quoted after."""
    verb = sentence.root
    # ("Dunmore City have sacked manager Joe Kerr, the club confirmed": what it told)
    verb = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_.startswith("VB")), verb) \
        if is_reporting(verb) else verb
    if not verb.tag_.startswith("VB") or (verb.lemma_ or verb.lower_) in _ONLY_SAYING or verb.lower_ in REACTION_VERBS \
            or verb.lower_ in SPEECH_VERBS:
        return False
    actor = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    done_to = next((c for c in verb.children if c.dep_ == "dobj"), None)
    person = done_to is not None and _described(done_to)
    # ... or punished someone it names ("Dunmore City have sacked manager Joe Kerr ...")
    # (not "... sacked striker Joe Kerr after he posted racist abuse": his deed is the story)
    person |= done_to is not None and verb.lower_ in _PUNISHED and done_to.ent_type_ == "PERSON" and not any(
        c.dep_ == "advcl" and any(d.dep_ == "nsubj" and d.lower_ in ("he", "she", "they") for d in c.children)
        for c in verb.children)
    # ... or chose someone it names ("The Karoo Falcons have appointed Devan Naidoo as head coach": the appointee
    # is quoted after, the club acted; not one who acts in the headline: "Tim Kaine Fully Embraced Abortion")
    person |= done_to is not None and verb.lower_ in _CHOSE_SOMEONE and done_to.tag_ in ("NNP", "NNPS") \
        and actor is not None and actor.tag_ in ("NNP", "NNPS") and not any(
            done_to.text in name.split() for name in in_headline or ())
    return actor is not None and actor.lower_ not in PRONOUNS and not _crowd_actor(actor) and person


_CHOSE_SOMEONE = {"appointed", "named", "hired", "signed", "cast", "recruited", "selected", "picked", "recast",
                  "unveiled", "chosen", "tapped"}
# One person as news describes them before naming them ("fined a pensioner", "suspended a pupil").
_SOMEONE = {"man", "woman", "boy", "girl", "child", "toddler", "baby", "teenager", "teen", "schoolboy", "schoolgirl",
            "mother", "father", "mum", "mom", "dad", "grandmother", "grandfather", "pensioner", "widow",
            "veteran", "student", "pupil", "passenger", "customer", "worker", "employee", "nurse", "teacher", "driver",
            "resident", "tenant", "patient", "cyclist", "shopper", "fan", "player", "soldier", "doctor", "volunteer",
            "couple", "family", "homeowner", "landlord", "shopkeeper", "busker", "blogger", "influencer", "diner",
            "traveller", "traveler", "golfer", "runner", "mourner", "guest", "visitor", "caller", "motorist"}


def _crowd_reaction_read_as_noun(token: Token) -> Token | None:
    """What a headline's crowd reacts to when the parser took its verb for a noun: "Cyclists cheer as
    Millbrook's new bike lane opens" is parsed as "cheer" (with "Cyclists" as its compound) doing the
    opening; the thing in the "as" clause is what happened."""
    if token.tag_ != "NN" or token.lower_ not in REACTION_VERBS or not any(
            c.dep_ == "compound" and c.i < token.i and c.lower_.endswith("s") and can_speak(c.lower_)
            for c in token.children):  # (a headline's first word may be tagged a name: "Skaters")
        return None
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ in ("as", "after")
                 for p in c.children if p.dep_ == "pobj"), None)


def _kind_before(token: Token) -> Token | None:
    """The body's kind written right before its name ("the lender Brightway Bank"), however parsed."""
    first = min([token.i, *(c.left_edge.i for c in token.children if c.dep_ == "compound" and c.i < token.i)])
    kind = token.doc[first - 1] if first > 0 else None
    return kind if kind is not None and kind.lower_ in BODY_KINDS and kind.tag_ == "NN" else None


def _crowd_actor(token: Token) -> bool:
    """A crowd as the actor: "teachers", "Thousands of teachers"."""
    token = counted(token)
    return token.lower_ in CROWD_WORDS or (token.tag_ == "NNS" and can_speak(token.lower_)) or _people(token)


def _people(token: Token) -> bool:
    """A people as a crowd: "Kenyans fume as ...", "Nigerians have taken to social media" (not "the Saudis", who
    are their government)."""
    return token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS") and not any(
        c.dep_ == "det" for c in token.children)


def _clause_agent(verb: Token) -> list[str]:
    """The named actor of a clause by its own subject ("as the union began a strike"); or told by its kind, the
    body of that kind its sentence names ("Parents in the Marlow Valley School District are demanding answers after
    the district kept schools open")."""
    actor = subject_of(verb)
    if actor is None or actor.dep_ != "nsubj" or actor.head.i != verb.i:
        return []
    name = _agent_name(actor)
    if name is None and actor.tag_ == "NN" and actor.lower_ in BODY_KINDS | {"district"} and any(
            c.dep_ == "det" and c.lower_ == "the" for c in actor.children):
        named = re.search(rf"\b((?:[A-Z][\w'’&-]*\s+){{1,5}}{re.escape(actor.lower_.capitalize())})\b", verb.sent.text)
        name = named.group(1) if named else None
    return [name] if name else []


_OWN = {"his", "her", "its", "their"}
# Those who run a named thing, which acts through them: "the organisers of Meadowfest".
_RUNNERS = {"organisers", "organizers", "operators", "owners", "makers", "creators", "developers", "producers",
            "management", "board", "trustees"}


def _spoken_about(verb: Token) -> Token | None:
    """The named owner or subject of what a reporting verb reports ("said Trump's remarks were
    ...", "said Acme had lied"), if a proper name."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj"):
            for token in (child, *child.children):
                if token.dep_ in ("nsubj", "poss") and _proper(token):
                    return token
                named = next((c for c in token.children if c.dep_ == "appos" and _proper(c)), None)
                if token.dep_ == "nsubj" and token.lower_ in BODY_KINDS and named is not None:
                    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in token.children):
                        return None  # "EPM has confirmed that its music station, Lyric Ireland, will ...": EPM
                    return named  # "Chef Marco Bellini's restaurant Osteria Luce will no longer admit ...": it
                owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
                if token.dep_ == "nsubj" and owner is not None:
                    return owner
    return None


# A live blog: its title says so, or its entries open with the time ("09:12 Police have closed ...").
_LIVE_TITLE = re.compile(r"^live:|\blive\s+(?:updates?|blog|coverage)\b|\bas it happened\b", re.I)
# (an entry: its time, then its first word: "09:12 Police have closed ...", not "07.15 and 08.15 trains ...")
_TIMESTAMPED = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s?[aApP]\.?[mM]\.?)?\s*(?:[-–—:|]\s*)?[A-Z]", re.M)
LIVE_CHARS = 3000  # where the entries' times are looked for


# Verbs by which a body puts a measure forward (not "hailed the law": a response to it).
_PUTS = {"submit", "unveil", "propose", "announce", "launch", "introduce", "lodge", "table", "draw", "bring", "file",
         "reveal", "plan"}


def _what_it_showed(verb: Token) -> Token | None:
    """What evidence showed someone did: "records showed he claimed £2,950", "a video showed him using ...",
    "the regulator found the supplier had wrongly moved customers ..." (the subject by its kind)."""
    if (verb.lemma_ or verb.lower_) not in _EVIDENCE and verb.lower_ not in ("showed", "shows", "revealed"):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and any(
        d.dep_ == "nsubj" and (d.lower_ in ("he", "she", "they", "it", "him", "her", "them") or (
            d.lower_ in _FIRM_WORDS and any(e.lower_ == "the" for e in d.children)))
        for d in c.children)), None)


# What a story calls a business it is about (not "the club", "the hospital": often another body than the one
# criticised for what a review found)
_FIRM_WORDS = {"company", "firm", "supplier", "provider", "operator", "business", "retailer", "airline", "bank",
               "lender", "insurer", "carrier"}


def _a_title(token: Token) -> bool:
    """A title one person holds ("the chief executive", "the mayor"), not a crowd's word."""
    return token.tag_ == "NN" and token.lower_ not in CROWD_WORDS and (
        token.lower_ in ROLE_NOUNS or token.lower_ in _HEAD_TITLES or token.lower_ in ("executive", "founder", "owner"))


def _punisher(verb: Token) -> Token | None:
    """The body that fined someone: "has been fined £200 by Lowfield District Council" (a fine is the body's
    deed; a suspension "after a video of him shouting at pupils" answers the one suspended)."""
    if verb.lower_ != "fined":
        return None
    by = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    return by if by is not None and by.text.lower() in BODY_KINDS | _ORG_HEADS else None


def _described(person: Token) -> bool:
    """One person news describes before naming them: "a pensioner", "a Marine Corps veteran"."""
    return person.tag_ == "NN" and person.lower_ in _SOMEONE and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in person.children)


def _measure_owner(parsed: ParsedText, title: Doc) -> str | None:
    """Who the lead says put forward the measure a headline names by its noun alone ("Residents split
    over plans for stadium", then "Fenwick United submitted the plans to the council ...")."""
    named = {t.lower_ for t in title if t.lower_ in MEASURE_NOUNS}
    for paragraph in parsed.lead:
        for token in paragraph.doc:
            if token.dep_ == "dobj" and token.lower_ in named and (token.head.lemma_ or token.head.lower_) in _PUTS \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and (
                    actor := next((c for c in token.head.children if c.dep_ == "nsubj"), None)) is not None:
                # (by the name its kind introduces: "Energy company GreenGen submitted the plans")
                actor = next((c for c in actor.children if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS")), actor)
                if (name := _agent_name(actor)) is not None:
                    return name
    return None


def _agent_name(token: Token) -> str | None:
    """A name, or an organization's description ("the city council"); never a pronoun, weekday,
    adjective or a crowd."""
    if token.lower_ in _RUNNERS and (run := next((c for c in token.children if c.dep_ == "poss"
                                                  and c.lower_ not in _OWN | {"our", "my"}), None)):
        return _agent_name(run)  # "the club's owners, the Glazer family, announced ...": the club acts
    # "the club's owners, the Glazer family, announced ...": the family that owns it (not any family: "The Hale
    # family has demanded answers")
    if token.lower_ == "ministers" and not any(c.dep_ in ("compound", "amod", "poss", "prep") for c in token.children):
        return "the government"  # "Ministers have scrapped plans to ...": the government acts
    start = token.left_edge.i
    if token.lower_ == "family" and start >= 2 and token.doc[start].lower_ == "the" \
            and token.doc[start - 1].text == "," and token.doc[start - 2].lower_ in _RUNNERS \
            and (named_family := [c.text for c in token.children if c.dep_ == "compound" and c.tag_ == "NNP"]):
        return f"{' '.join(named_family)} family"
    if token.lower_ in CROWD_WORDS | RELATIVE_WORDS | RESPONSE_NOUNS or _people(token):
        return None  # (nor a response: "Tributes pour in as ..."; nor a people: "Kenyans fume as ...")
    if token.tag_ == "NN" and (named := next((c for c in token.children if c.dep_ == "appos" and c.tag_ == "NNP"
                                               and (any(d.dep_ == "compound" for d in c.children)
                                                    or c.i == token.i + 1)), None)):
        return _agent_name(named)  # "Two-time Wimbledon champion Elena Marsh", parsed as an apposition (or
        # "bakery chain Crumbly")
    # "The chief executive of Brightpath, Marcus Feld, announced ...": the person the title is given
    titled = next((a for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos" and a.tag_ == "NNP"
                   and any(d.dep_ == "compound" for d in a.children)), None) \
        if _a_title(token) else None
    if titled is not None:
        return _agent_name(titled)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
    if token.tag_ in ("NN", "NNS") and token.lower_ not in _ORG_HEADS | _OFFICE_HEADS and owner is not None:
        return _agent_name(owner)  # "Obama's plan leaves everyone unhappy": the owner acts
    # (a body named by its place: "Port Aldous town council's decision")
    body = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _ORG_HEADS | _OFFICE_HEADS
                 and any(d.lower_ == "the" or d.dep_ in ("compound", "amod") and d.is_title for d in c.children)), None)
    if token.lower_ in ACTION_NOUNS | MEASURE_NOUNS and body is not None:
        return _agent_name(body)  # "The government's decision to raise ... has been welcomed": the government's
    if token.lower_ in UTTERANCE_NOUNS | MEASURE_NOUNS | _WORKS and (made := _made_by(token)) is not None:
        return _agent_name(made)  # "An advert by budget airline SkyHop has been branded ...": the airline's
        # (or "A trial by bus operator Harbourline Transit to remove 14 stops has divided commuters": the operator's)
    if token.lower_ in _RUNNERS and not token.is_title and (run := next(
            (p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.tag_ in ("NNP", "NNPS")), None)):
        return _agent_name(run)  # "The organisers of Meadowfest have scrapped camping": the festival acts (not
        # a body so named: "The Tri-Rivers University System Board of Regents voted ...")
    tokens = phrase_tokens(token)
    if _a_body_by_kind(token) and not _proper(token):
        return _the_body(token, tokens)
    speaker = describe(token, " ".join(t.text for t in tokens))
    if speaker is None and _proper(token) and not token.tag_.startswith("NN"):
        return token.text  # a name the tagger read as another word ("Greenway" as an adverb)
    if speaker is None and token.lower_ in _ORG_HEADS and token.tag_ == "NN":
        speaker = Speaker(token.text, token.text, "organization")  # "the hospital trust": no speaker's noun
    if speaker is None or speaker.pronoun:
        return None
    if _proper(token):
        if speaker.name.lower().rstrip(".") in TITLES | NOT_NAMES:
            return None
        if token.tag_ in ("NN", "NNS"):
            return token.text  # a brand the tagger took for a noun: its words before are a description
        # The named entity around the head drops what the phrase adds to a name: an occupation
        # ("Actor Clint Howard"), a post ("DNC Chair Debbie ..."), a headline's words ("... Explain Why Clinton").
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in ("PERSON", "ORG")), None)
        saint = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "NNP" and c.i < token.i), None)
        if saint is not None and token.lower_ in BODY_KINDS | _ORG_HEADS and speaker.name in token.doc.text:
            # "St Mary's Primary School", "Guy's Hospital": the possessive is the body's name
            named = token.doc[saint.left_edge.i: token.i + 1].text
            return named if named.endswith(speaker.name) else speaker.name
        # (not a firm's name whose last word the tagger took for a person's: "Premier Inn")
        firm = speaker.name.split()[0].lower() in FIRM_TITLES and speaker.name.split()[-1].lower() in TRADE_WORDS
        # (but not a body's own first word the tagger left out: "The Umzila Bay Metro Police Department")
        left_out = token.doc[entity.start - 1] if entity is not None and entity.label_ == "ORG" and entity.start > 0 \
            else None
        first_word = left_out is not None and left_out.dep_ == "compound" \
            and entity.start <= left_out.head.i < entity.end and speaker.name == f"{left_out.text} {entity.text}" \
            and left_out.is_title and left_out.tag_ == "NNP" \
            and left_out.lower_.rstrip(".") not in TITLES | NOT_NAMES | BUSINESS_NOUNS
        # (or the body's whole name past a joined word the parser hung on the head: "Ministry of Roads and
        # Transport", read as the ministry and Transport)
        inside = {t.i for t in token.subtree}
        whole = entity is not None and entity.label_ == "ORG" and entity.text.startswith(f"{speaker.name} ") \
            and all(t.i in inside for t in entity)
        # (or its first word the tagger read as an adjective: "The South African National Football Federation")
        opening = [t for t in entity if t.i <= token.i and t.lower_ != "the"] if entity is not None else []
        grown = " ".join(t.text for t in opening)
        if entity is not None and entity.label_ == "ORG" and grown.endswith(f" {speaker.name}") and not firm \
                and all(t.is_title and t.i in inside for t in opening):
            return grown
        # (nor a name's first part the entity tagger cut off at its hyphen: "Bay-Area Transit Board")
        cut_off = speaker.name[:-len(entity.text)] if entity is not None and speaker.name.endswith(entity.text) else ""
        hyphened = "-" in cut_off and cut_off.replace("-", " ").strip().istitle()
        return entity.text if entity is not None and (entity.text in speaker.name or whole) and not firm \
            and not first_word and not hyphened else speaker.name
    if token.lower_ in _OFFICE_HEADS and (named := name_beside(token)) is not None and named.ent_type_ == "PERSON":
        return _agent_name(named)  # "The mayor of Port Alden, Greg Howell, has apologised": the person
    if token.lower_ in _ORG_HEADS | _OFFICE_HEADS:  # "the city council", "the airline", "the mayor"
        return _the_body(token, tokens)  # (the body itself may be an owner: "the government's plan")
    return None


def _the_body(head: Token, tokens: list[Token]) -> str:
    """"the city council" from its phrase's words before the head; with a place's name the parser broke
    off ("Port Aldous town council's decision": "Port" hung elsewhere)."""
    kept = [t for t in tokens if t.i == head.i or (t.i < head.i and t.dep_ not in ("det", "poss", "case", "punct"))]
    while kept[0] is not head and kept[0].lower_ in NOT_NAMES:
        kept.pop(0)  # ("In January Ashford borough council's decision")
    first = kept[0].i
    before = head.doc[first - 1] if first > 0 else None
    if before is not None and kept[0].is_title and before.is_title and before.tag_ in ("NN", "NNP", "JJ") \
            and before.lower_ not in NOT_NAMES:
        first -= 1
    return " ".join(["the", *(t.text for t in head.doc[first: kept[0].i]), *(t.text for t in kept)])


def _a_body_by_kind(token: Token) -> bool:
    """A body called by its kind: "the lender", "a hospital trust's decision" (which the next lines name)."""
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    return token.lower_ in BODY_KINDS and (bool(dets & {"a", "an"}) or (token.dep_ == "poss" and "the" not in dets)
                                           or (token.lower_ in BUSINESS_NOUNS and "the" in dets))


_BRAND = re.compile(r"(?:[A-Z][a-z]+){2}|[A-Z][a-z]+\+")  # "Vue+", "FreshCo": a brand's spelling, not a noun's


# Works someone made, whose maker the story is about: "A mural painted by artist Lena Ruiz has divided opinion"
_WORKS = {"mural", "statue", "sculpture", "painting", "artwork", "song", "album", "book", "novel", "poster",
          "design", "show", "series", "episode", "game", "play", "musical", "billboard", "advertisement", "photo",
          "photograph", "image", "cartoon", "sketch", "logo", "costume", "exhibition", "film", "documentary"}
# What one does to put out a thing of one's own ("released by", not "uncovered by" or "obtained by"), or to
# bring in a measure ("a 7.7% rise in rents approved by Leeds City Council").
_PUT_OUT = {"released", "posted", "published", "issued", "produced", "made", "run", "aired", "shared", "launched",
            "sent", "created", "tweeted", "written", "painted", "designed", "directed", "commissioned", "unveiled",
            "approved", "imposed", "ordered", "passed"}


def _made_by(noun: Token) -> Token | None:
    """The name after "by" that made a thing: "An advert by budget airline SkyHop", "Plans by Mayor Tom Ricci"."""
    # (or by its kind, "An advert by the charity Age Together", which names it after; or by whom it was put out:
    # "A campaign ad released Tuesday by candidate Brett Collins")
    by = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"] + [
        a for c in noun.children if c.dep_ == "acl" and c.lower_ in _PUT_OUT for a in c.children if a.dep_ == "agent"]
    return next((p for c in by for p in c.children
                 if p.dep_ == "pobj" and (p.tag_ in ("NNP", "NNPS") or (
                     p.lower_ in BODY_KINDS and p.i + 1 < len(p.doc) and p.nbor(1).is_title))), None)


def _proper(token: Token) -> bool:
    """A proper noun, or a capitalized noun that opens a reported clause as its subject, which the
    tagger took for a common one ("Corvane will require all staff to ..., its chief executive told
    staff": an unknown name). Names the article writes in lower case too are dropped when scored
    (`_common_word`)."""
    if token.tag_ in ("NNP", "NNPS"):
        # (not "their homeowners association", a body's kind the tagger calls a name)
        return not (token.is_lower and token.lower_ in BODY_KINDS | _ORG_HEADS)
    if token.tag_ in ("NN", "NNS") and _BRAND.fullmatch(token.text):
        return True
    if token.tag_ in ("NN", "NNS") and token.is_title and token.i > token.sent.start \
            and token.nbor(-1).lower_ in BUSINESS_NOUNS and token.nbor(-1).dep_ == "compound":
        return True  # "Supermarket chain Brookfields": a capitalized word after its kind names the body
    if token.dep_ in ("nsubj", "nsubjpass") and token.is_title and not token.is_stop and token.tag_ in (
            "RB", "JJ", "UH"):
        return True  # "Greenway has scrapped ...": a name the tagger read as an adverb
    if token.tag_ in ("NN", "NNS") and token.is_title and any(c.dep_ == "compound" and c.tag_ == "NNP" and c.i < token.i
                                                              for c in token.children) \
            and sum(t.is_title for t in token.sent) * 2 < len(token.sent):
        return True  # "Wattle Creek Events will move ...": a name's last word the tagger took for a noun (not in a
        # headline's capitals)
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.tag_ == "NN" and token.is_title and token.i == token.sent.start and not token.is_stop \
        and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and after is not None and after.is_lower \
        and (after.tag_ == "MD" or after.tag_.startswith("VB"))


def _full_form(name: str, text: str) -> str:
    """The fullest spelling the text uses for a name ("Trump" -> "Donald Trump")."""
    if name.startswith("the ") or len(name.split()) > 2:
        return name
    pattern = re.compile(_FULL_NAME.format(surname=re.escape(surname(name))))
    forms = Counter(_without_title(_without_initial(m.group(0)), text) for m in pattern.finditer(text))
    # A spelling the headline line alone gives counts only where the headline opens with it
    # ("Cecile Richards: ..."): a title-cased headline runs words into a name ("Emails Reveal
    # Hillary Aid", "The Entire GOP Race").
    headline, body = _headline_and_body(text)
    in_body = {_without_title(_without_initial(m.group(0)), text) for m in pattern.finditer(body)}
    # A title-cased headline's words are no first name ("Statement About Trump"): a word the text
    # also writes in lower case, or a function word, is not part of a name.
    # (nor a word said twice: "Make Instagram Instagram again")
    # (a fuller spelling ends with the name itself: "Stop Killing Games" is no fuller "Orbit Games")
    longer = [form for form, _ in forms.most_common(FULL_FORMS) if len(form.split()) > len(name.split())
              and form.endswith(f" {name}") and (form in in_body or headline.startswith(form))
              and len(set(form.split())) == len(form.split())
              and not re.search(rf"\b(?i:minister|secretary|commissioner|spokesperson|spokesman|spokeswoman) "
                                rf"(?:for|of) {re.escape(form)}\b", text)]  # ("Minister for Finance Eamon Doyle")
    # (nor a body's kind: "Developer Nova Forge has delayed ...")
    return next((form.strip() for form in longer if not any(
        w.lower() in _FUNCTION_WORDS | _HEADLINE_JOINS | _QUANTIFIERS | _OPENERS | BODY_KINDS
        or re.search(rf"\b{re.escape(w.lower())}\b", text) for w in form.split()[:-1])), name)


_QUANTIFIERS = {"some", "many", "most", "all", "several", "few", "other", "both", "each", "every", "any", "no",
                "senior", "top", "leading", "fellow", "two", "three", "four", "five", "once", "now", "even",
                "only", "still"}  # "Some Labour MPs", "Once Fox News ..."
# Words that open a sentence before a name, never part of it: "“Maybe Donald Trump has difficulty ...”"
_OPENERS = {"maybe", "perhaps", "surely", "clearly", "obviously", "today", "yesterday", "tonight", "meanwhile",
            "however", "indeed", "yes", "well", "then", "also", "sadly", "thankfully", "unfortunately", "hopefully",
            "frankly", "honestly", "instead", "again", "finally"}


def _without_initial(name: str) -> list[str]:
    return [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]


def _without_title(words: list[str], text: str) -> str:
    """A name without the titles before it; the first of three words goes too when the article
    also writes it in lower case ("Actor Clint Howard" at a sentence start, "actor" elsewhere)."""
    words = [w for w in words if w.lower().rstrip(".") not in TITLES]
    while len(words) > 1 and words[0].lower() in _BEFORE_NAMES:
        words = words[1:]
    if len(words) == 3 and re.search(rf"\b{re.escape(words[0].lower())}\b", text):
        words = words[1:]
    return " ".join(words)


def is_organization(subject: str, parsed: ParsedText, title: Doc | None,
                    described: frozenset[str] = frozenset()) -> bool:
    """Whether the subject is a body (company, council, government) rather than a person;
    `described`: the words the article introduces it with (`described_as`)."""
    if subject.startswith("the ") or _ORG_NAME.search(subject) or _BRAND.fullmatch(subject):
        return True
    if " " in subject and surname(subject).lower() in _ORG_HEADS | BODY_KINDS | {"primary", "elementary"}:
        return True  # "Cheshire Police", "Riverside Academy", "Riverside Primary" (a school)
    docs = [p.doc for p in parsed.lead] + ([title] if title is not None else [])
    labels = Counter(e.label_ for doc in docs for e in doc.ents if surname(subject) in e.text)
    if " " in subject and any(e.label_ == "PERSON" and e.text == subject for doc in docs for e in doc.ents) \
            and gender_in_text(parsed, subject) is not None:
        return False  # a person the article calls he or she, whatever their trade ("Property developer Victor Lang")
    if described:
        return True  # "supermarket chain X", "X, the country's largest grocer,": whatever the tagger says
    if not re.search(rf"\b{re.escape(surname(subject))}\b", parsed.text) and named_by_kind(parsed.text):
        return True  # named in the headline alone, then "the grocer", "the company"
    bodily = labels["ORG"] + labels["NORP"] + labels["GPE"]
    if labels["PERSON"] <= bodily and any(_BODY_MENTION.search(doc.text) for doc in docs):
        return True  # a name the tagger does not know (or reads both ways), which the lead calls "the club"
    if any(_BODY_SAYS.search(doc.text) for doc in docs) and (
            " " not in subject or _never_by_surname(subject, parsed.text)):
        return True  # "Vidora will raise ..., the streaming company confirmed": whatever the tagger says
    return bodily > labels["PERSON"]


def _never_by_surname(name: str, text: str) -> bool:
    """Whether a name of several words never comes back as its last word alone, as a person's does
    ("John Smith will step down, the company said ... Smith joined"; not "Northline Rail")."""
    last = surname(name)
    return not re.search(rf"(?<!{re.escape(name.split()[-2])} )\b{re.escape(last)}\b", text[:GENDER_SCAN_CHARS])


_BUSINESS = "|".join(sorted(BUSINESS_NOUNS))
_BODY_NOUN = rf"the (?:{_BUSINESS})"
# "the company", "the streaming company", "the Dublin-based platform"
_BODY_MENTION = re.compile(rf"\bthe (?:[a-z]+ |[A-Z]?[a-z]+-[a-z]+ )?(?:{_BUSINESS})\b", re.I)
# "..., the streaming company confirmed": the body's own words (not "the platform", as often a party's)
_BODY_SAYS = re.compile(rf",\s+the (?:[A-Za-z]+ )?(?!platform\b)(?:{_BUSINESS})\s+"
                        r"(?:said|says|confirmed|announced|added|told)\b")
# What `_called_a_business` matches around each mention of a name: "supermarket chain Bramley's",
# "Bramley's ..., the company said", "Bramley's, the Yorkshire supermarket chain,"
_BUSINESS_BEFORE = re.compile(rf"\b(?i:{_BUSINESS}) \Z")  # (searched up to the mention)
_LONGEST_BUSINESS = max(map(len, BUSINESS_NOUNS))
_DESCRIBED_AS_BUSINESS = re.compile(rf"(?:['’]s)?, (?:the|a|an) (?:[\w-]+ ){{0,3}}(?:{_BUSINESS})\b")


def _called_a_business(name: str, text: str) -> bool:
    """Whether `text` calls `name` a business: "supermarket chain Bramley's", "Bramley's ... , the company
    said" (in the same sentence), "Bramley's, the Yorkshire supermarket chain, has ...". (Static patterns
    matched at each mention: compiled with the name in them, they cost a millisecond per name.)"""
    for start in occurrences(name, text):
        end = start + len(name)
        word_ends = word_boundary(text, end)
        if word_ends and _BUSINESS_BEFORE.search(text, max(0, start - _LONGEST_BUSINESS - 1), start):
            return True
        if word_boundary(text, start):
            if _DESCRIBED_AS_BUSINESS.match(text, end):
                return True
            stop = min(i for i in (text.find(".", end), text.find("\n", end), len(text)) if i >= 0)
            comma = text.find(",", end, stop) if word_ends else -1
            while comma >= 0:
                if _BODY_SAYS.match(text, comma):
                    return True
                comma = text.find(",", comma + 1, stop)
    return False


def described_as(subject: str, text: str) -> frozenset[str]:
    """The words for a business an article introduces the subject with: "supermarket chain Fenwick
    Foods", "Fenwick Foods, the country's third-largest grocer," -> {supermarket, chain, grocer}."""
    head, words = text[:GENDER_SCAN_CHARS], set()
    for found in itertools.islice(re.finditer(rf"\b{re.escape(subject)}\b", head), STAFF_MENTIONS):
        # (a service in lower case: "streaming service X", not "Secret Service agent X")
        before = head[max(0, found.start() - 40): found.start()].split()[-2:]
        words.update(w.lower() for w in before if w.lower() != "service" or w == "service")
        # (its head noun before a comma or what it has: "Northmark Foods, the grocery chain with 140 stores, ...")
        gloss = re.match(r", (?:the|a|an) (?:[\w'’-]+ ){0,3}?([a-z]+)(?:,| (?:with|of|in|that|which|whose|behind|"
                         r"based|known|founded|run|owned)\b)", head[found.end(): found.end() + 80])
        words.update(gloss.groups() if gloss else ())
    # (or the kind its name's word is: "the theatre" of Wendhurst Playhouse)
    return frozenset(words & (BUSINESS_NOUNS | {"service"})) | {
        _NAMES_A_KIND[w] for w in subject.lower().split() if w in _NAMES_A_KIND}


# Words in a body's name that tell its kind by another word, the one the story calls it by
_NAMES_A_KIND = {"playhouse": "theatre", "infirmary": "hospital", "academy": "school", "minster": "church",
                 "abbey": "church", "lido": "pool"}


def headline_kind(title: str, subject: str) -> frozenset[str]:
    """The kind a headline opens on for a body it does not name ("Bus company to end service ..." for Fundy
    Coach Lines, "Hospital waives fees ..."): the words its voice goes by too ("company president X")."""
    if subject.startswith("the ") or any(w in title for w in subject.split() if w.lower() not in BODY_KINDS):
        return frozenset()
    words = title.split()
    kinds = [i for i, w in enumerate(words[:2]) if w.lower() in BODY_KINDS | _ORG_HEADS]
    # (one that acts, not one that reacts: "Council condemns supermarket's store closure", "Union vows to fight ...")
    acting = kinds and (len(words) == kinds[-1] + 1 or words[kinds[-1] + 1].lower() not in set(
        REACTION_VERBS) | set(SPEECH_VERBS) | set(BACKING_VERBS))
    return frozenset(words[i].lower() for i in kinds) if acting else frozenset()


def named_by_kind(text: str) -> frozenset[str]:
    """The business words an article uses only as "the broadcaster", "the airline", never before
    or as the gloss of a name ("rival broadcaster ITV", "ITV, a broadcaster"): for a body that is
    the story's subject, its own voice. (Not "the platform", which is as often a party's.)"""
    head = text[:GENDER_SCAN_CHARS]
    used = {w.lower() for m in _KIND_MENTION.finditer(head) for w in m.groups() if w}
    # (a day is no name glossed: "on Monday, the chain said")
    return frozenset(n for n in used & BUSINESS_NOUNS - {"platform"} if not re.search(rf"\b{n}\s+[A-Z]", head)
                     and not any(glossed.group(1).lower() not in WEEKDAYS_MONTHS for glossed in re.finditer(
                         rf"([A-Z][\w'’.&-]*),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}{n}\b", head)))


_KIND_MENTION = re.compile(r"\b[Tt]he ([a-z]+)(?: ([a-z]+))?\b")  # "the airline", "the streaming company"


def is_subject(statement: Statement, subject: str | None, organization: bool, staff: bool = False,
               described: frozenset[str] = frozenset(), text: str = "") -> bool:
    """Whether the subject made this statement: themselves (by name or handle), their
    spokespeople or official accounts (named so here, or `staff`: introduced so elsewhere), or,
    for a body, its own voice ("the company said", or the noun the article introduced it with:
    `described`, "the chain said"). A relative or namesake with another first name is not the
    subject."""
    if not subject:
        return False
    if staff:
        return True
    item, phrase = statement.item, statement.speaker.phrase.lower()
    if re.search(r"\b(?:no|not\s+a)\s+relation\b", phrase):
        return False  # "Bola Adeyemi, chief executive of ... and no relation of the minister": a namesake
    last = surname(subject).lower().removeprefix("the ")
    speaker = (item.speaker or "").lower()
    # "the California Retailers Association" is another body, named after the subject California.
    # (a whole word: not "festival-goers" for the festival)
    whole = rf"(?<![\w-]){re.escape(last)}(?![\w-])"
    names_subject = bool(re.search(rf"{whole}{_NOT_ANOTHER_BODY}", statement.speaker.phrase, re.I)) \
        or _same_acronym(subject, statement.speaker.phrase) or _by_its_short_name(subject, statement.speaker.phrase,
                                                                                  text)
    # (a subject named by its kind: "Mater hospital spokesperson" is another hospital's, not St Vincent's Hospital's)
    # (or a body's name that ends as the subject's: "programme director at rival station Wave FM" for Kotuku FM)
    another = re.search(rf"([\w'’]+)\s+{whole}", statement.speaker.phrase, re.I) \
        if last in BODY_KINDS or (organization and " " in subject) else None
    if another and another.group(1)[:1].isupper() and another.group(1) not in subject.split() \
            and another.group(1).lower() not in ("the", "a", "an", "its", "this", "that"):
        names_subject = False
    spoken = speaker.split()
    # (one word of a name as another person's first name: "Francis DeBernardo, executive director of ..." is not
    # Pope Francis; "Vireo spokeswoman", "Brewster Coffee" are the body's)
    surname_of_another = len(spoken) > 1 and (item.speaker or "").split()[-1][:1].isupper() \
        and spoken[-1] not in BODY_KINDS | _ORG_HEADS and not re.fullmatch(r"[ivxl]+", spoken[-1])  # "Leo XIV"
    if " " not in subject and spoken[:1] == [last] and spoken[-1] != last and surname_of_another \
            and re.search(rf"\b(?:Pope|King|Queen|Prince|Princess|Saint|Sheikh) {re.escape(subject)}\b", text):
        return False  # (one known by one name: the headline's "Hillary" is Hillary Clinton)
    if re.search(rf"{whole}['’]s\s+(?:[\w-]+\s+)?(?:union|unions|association|society|guild)\b", phrase):
        return False  # "the university's student union": a body of its members, not its voice
    words = set(re.findall(r"[a-z-]+", phrase))
    # (a family that is the subject is no relative of it: "the Glazer family")
    if names_subject and words & RELATIVE_WORDS - set(subject.lower().split()) \
            and not _relative_of_another(statement.speaker.phrase, subject):
        return False
    first = subject.split()[0].lower() if len(subject.split()) > 1 else None
    # The subject's own name's tail: a person's, "Suu Kyi" of Aung San Suu Kyi, or a local body's, "the City
    # Council" of Birmingham City Council (but "the Football Association" is not the Scottish one)
    tail = subject.lower().endswith(f" {speaker}") and (spoken[0] in _LOCAL_BODIES or not set(spoken) & (
        BODY_KINDS | _ORG_HEADS | INSTITUTION_WORDS | _BODY_HEAD_WORDS | {"department", "party", "association"}))
    # Another first name before the subject's surname: "City Council Speaker Adrienne Adams" is not Mayor Eric
    # Adams's council (a surname's particle is no first name: "Ms Ní Bhraonáin")
    other_first = bool(first) and len(spoken) > 1 and spoken[0] not in (first, last) \
        and spoken[0] not in _NAME_PARTICLES and not subject.startswith("the ") and not tail \
        and not set(spoken) < set(subject.lower().split())  # (its name cut short: "African National ... Federation")
    # (a following named after the subject: "Clinton supporters", "Rovers Supporters' Trust", "council tenants")
    if set(re.findall(r"[a-z]+", speaker)) & _FOLLOWING and " and " not in speaker:
        return False
    # (not another's, owned through the subject: "Sandoval's opponent's aides")
    names_subject &= not re.search(rf"{whole}['’]s?\s+(?:[\w-]+\s+){{0,2}}?[\w-]+['’]s\b", phrase)
    # (or "an official" of it by name: "A TRAI official said" of the Telecom Regulatory Authority of India; not "a
    # former top press official in Mr. Obama's White House")
    spokes = words & SPOKES_WORDS or ("official" in words and "former" not in words)
    if names_subject and spokes and not (other_first and spoken[-1] == last):
        # (not a former one: "Former BBC director general Greg Dyke", "Greg Dyke, a former BBC director general"
        # speak for themselves; "Rex Early, a former state party chairman" is Trump's chairman now)
        return not _former_at(whole, statement.speaker.phrase)
    if not organization and first and len(subject.split()) == 2 and (item.speaker or "") == subject.split()[0] \
            and statement.speaker.phrase.strip() == item.speaker:
        return True  # "TV chef Rangi Whitcombe ... “Q,” Rangi said": a person the article calls by first name
    if _NAMED_AFTER.match(speaker):
        return False  # "University of California" speaks for itself, not for California
    # (not a body named after it: "the Riverton Pedestrians Association" of the town of Riverton; but "the Salk
    # Institute" for Salk, "the Unite union" for Unite)
    named = item.speaker or ""
    if organization and _clipped(subject, named):
        return True  # "the Met said" of the Metropolitan Police
    if organization and (_its_officer(phrase, subject, described)
                         or _its_officer_after(phrase, subject, described, text, item.char_start or 0)):
        return True
    # (its officer described after the name, "Mireille Tremblay-Cho, Lakeshore's executive vice-president of
    # personal banking", or by where the office is: "Joint Secretary in the ministry Ravindra Kulkarni")
    if organization and (any(_its_officer(part, subject, described) for part in phrase.split(",")[:2])
                         or _officer_in(phrase, subject, described)):
        return True
    if (re.search(whole, named, re.I) and not re.search(rf"{whole}{_ANOTHER_BODY}", named, re.I)) \
            or _same_acronym(subject, named) or _by_its_short_name(subject, named, text):
        return not other_first
    if organization and " " in subject and named.lower().removeprefix("the ") == f"{subject.split()[0].lower()}s":
        return True  # "Saudis insist they're fighting terror" of Saudi Arabia: its people, as its government
    if item.handle and _own_handle(item.handle, subject):
        return True
    if organization and (parties := _BOTH_PARTIES.fullmatch(phrase.strip())) and (
            parties.group("two") or re.search(rf"\b(?:two|both) {parties.group('kind')}\b", text, re.I)):
        return True  # "the two companies announced", then "the companies said": the subject and its deal's other party
    if organization:
        subject_words = set(re.findall(r"[a-z]+", subject.lower())) - {"the"}
        # (an acronym's kind, from its name spelled out: "the authority" of the FTCA)
        spelled = _spelled_out(subject, text) if subject.isupper() else None
        subject_words |= {spelled.split()[-1].lower()} & BODY_KINDS if spelled else set()
        bare = [w for w in re.findall(r"[a-z-]+", phrase) if w not in ("the", "a", "an", "its", "their")]
        if words & SPOKES_WORDS:
            bare = [w for w in bare if w not in ("for", "of", "at")]  # "a spokesperson for the chain"
        own = SPOKES_WORDS | subject_words | described
        # "the streaming company": the kind with one word of what it does (not "the rival company")
        # (or where it is based, just after the subject is named: "The Dublin-based platform said"; not "Rival
        # developer Pixelfarm criticised the move. The Cork-based company said")
        # (or in the words it says: "Lakeshore Trust Bank will launch ..., the Toronto-based lender said")
        based = len(bare) == 2 and bare[0].endswith("-based") and bare[1] in BUSINESS_NOUNS and bool(re.search(
            rf"\b{re.escape(last)}\b", " ".join([*_sentences_before(text, item.char_start or 0)[-2:],
                                                  item.text or ""]), re.I))
        kind = len(bare) == 2 and not re.match(r"an? ", phrase) and bare[0] not in _OTHER_BODY and (
            bare[1] in described or based)
        # (a kind the subject is not: "the company said" in a story of the European Commission is the company's)
        head = subject.lower().split()[-1]
        other_kind = len(bare) == 1 and bare[0] in BUSINESS_NOUNS and bare[0] not in described | subject_words \
            and head in BODY_KINDS | INSTITUTION_WORDS | _ORG_HEADS and head not in BUSINESS_NOUNS
        return bool(bare) and not other_kind and (set(bare) <= own or kind)
    return False


_BOTH_PARTIES = re.compile(r"(?:the |both )?(?P<two>two |both )?(?P<kind>companies|firms|businesses|clubs|"
                           r"organi[sz]ations|lenders|banks|groups|retailers|chains|airlines|insurers|charities|"
                           r"councils|unions|universities|trusts)")
# A body's own channel: "Brolga's account replied", "the council's official Facebook page"
_CHANNEL = r"(?:official )?(?:[a-z]+ )?(?:account|page|feed|handle|social media team)"


def _its_officer(phrase: str, subject: str, described: frozenset[str]) -> bool:
    """A body's officer or channel named by its kind ("the club's owner", "the company's head of accessibility",
    "the district's director of transportation", "the council's page") or by the first word of its name
    ("Morula's head of research and development" for Morula Foods, "Brolga's account" for Brolga Airways)."""
    head = re.fullmatch(rf"(?:the )?([\w-]+)['’]s (?:{_OFFICE}|{_CHANNEL}|{_BOARD})", phrase.strip())
    if head is None:
        return False
    subject_words = set(re.findall(r"[a-z]+", subject.lower())) - {"the"}
    return head.group(1) in subject_words | described | BUSINESS_NOUNS \
        or head.group(1) == subject.lower().removeprefix("the ").split()[0]


# Who governs a body for it: "the union's executive", "the museum's trustees", "the school's governors"
_BOARD = (r"(?:national |ruling )?(?:executive(?: committee)?|trustees|governors|"
          r"board of (?:trustees|governors|directors))")


def _officer_in(phrase: str, subject: str, described: frozenset[str]) -> bool:
    """An office named by the body it is in: "Joint Secretary in the ministry", "a senior officer at the
    authority" (the body by a word of its name or the kind the story calls it)."""
    found = re.search(rf"\b{_LEADER}\s+(?:in|at|with)\s+the\s+([a-z-]+)\b", phrase.lower())
    subject_words = set(re.findall(r"[a-z]+", subject.lower())) - {"the", "of", "for", "and"}
    return found is not None and (found.group(1) in subject_words or f"the {found.group(1)}" in described)


def _its_officer_after(phrase: str, subject: str, described: frozenset[str], text: str, at: int) -> bool:
    """"Its director of campus accommodation" where the body named last before is the subject ("The
    university's president, ... said"), not another ("The students' union ... Its president")."""
    if not re.fullmatch(rf"its {_OFFICE}", phrase.strip()):
        return False
    kinds = BODY_KINDS | BUSINESS_NOUNS | INSTITUTION_WORDS | {"union", "association", "group", "trust", "society"}
    own = set(re.findall(r"[a-z]+", subject.lower())) | described
    named = "|".join(map(re.escape, sorted(kinds | {surname(subject).lower()})))
    bodies = [m.group(0).lower() for m in re.finditer(rf"\b(?:{named})\b", text[max(0, at - 300):at], re.I)]
    return bool(bodies) and (bodies[-1] in own or bodies[-1] == surname(subject).lower())


# Words an account adds to its owner's name: "@WexleyAthleticFC", "@realDonaldTrump", "@SenWarren"
_ACCOUNT_WORDS = {"official", "hq", "uk", "us", "usa", "fc", "news", "team", "help", "care", "cares", "support",
                  "service", "info", "app", "gov", "corp", "inc", "plc", "ltd", "group", "global", "press", "media",
                  "the", "real", "sen", "senator", "rep", "governor", "mayor", "mp", "cllr", "dr", "pm", "president",
                  "minister", "council", "city",
                  "ng", "ke", "za", "au", "nz", "ie", "ca", "sg", "ph", "pk", "gh"}  # (a country's: "@TikitiHubKE")


def _own_handle(handle: str, subject: str) -> bool:
    """Whether a handle is the subject's own account: its name's words run together, perhaps with
    an account's word ("@WexleyAthleticFC", "@PortAlderCouncil"), not a fan's holding one of them
    ("@AthleticAlways1962", "@RavipurRider")."""
    words = {w for w in re.findall(r"[a-z0-9]+", subject.lower()) if len(w) > 1} | _ACCOUNT_WORDS
    pattern = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    run = handle.lower().replace("_", "")
    return re.fullmatch(rf"(?:{pattern})+", run) is not None and any(
        w in run for w in re.findall(r"[a-z]{4,}", subject.lower()) if w not in _ACCOUNT_WORDS)


def _another_body_just_before(text: str, position: int, subject: str) -> bool:
    """Whether the paragraph of `position` or the one before, up to there, names a body other than
    the subject: a bare "chief executive" after "The Consumer Fairness Alliance ... said" is that body's."""
    paragraphs = text[:position].rsplit("\n\n", 2)[-2:]
    # (one that speaks there, opening its sentence: not "The company said it had consulted the X Association")
    told = "\n\n".join(paragraphs)
    return any(subject not in found.group(0) and re.search(r"(?:^|[.!?\n]\s*)(?:The\s+)?$", told[:found.start()])
               for found in _NAMED_BODY.finditer(told)) or any(
        not found.group("name").startswith(subject) for found in _GROUP_NAMED.finditer(told))


# A body introduced by its kind, opening a sentence: "The advocacy group Keep Games Playable, which ...", "Debt
# advice charity StepClear welcomed the move."
_GROUP_NAMED = re.compile(r"(?:^|(?<=[.!?\n])\s*)(?:The\s+(?:[a-z-]+\s+){0,2}|[A-Z][a-z-]+\s+(?:[a-z-]+\s+)?)"
                          r"(?:group|organi[sz]ation|charity|campaign|"
                          r"nonprofit|non-profit|coalition|alliance|network|lobby)\s+(?P<name>[A-Z][\w'’&-]*"
                          r"(?:\s+[A-Z][\w'’&-]*)*)", re.M)


def _sentences_before(text: str, position: int, chars: int = 400) -> list[str]:
    """The sentences in the `chars` characters before `position`, the last one cut there."""
    return re.split(r"(?<=[.!?])\s+", text[max(0, position - chars): position])


_LOCAL_BODIES = {"city", "county", "borough", "town", "district", "parish", "police", "fire"}
_NAME_PARTICLES = {"ní", "nic", "ó", "o'", "o’", "mac", "mc", "de", "da", "del", "della", "di", "du", "van", "von",
                   "der", "den", "al", "el", "bin", "le", "la", "st.", "ben"}
_OTHER_BODY = {"rival", "other", "another", "parent", "competing", "partner", "former", "new", "sister", "local"}


# Groups that follow, use or oppose someone; never their voice.
_FOLLOWERS = {"supporters", "fans", "voters", "backers", "followers", "loyalists", "users", "customers", "viewers",
              "readers", "listeners", "delegates", "tenants", "residents", "passengers", "shoppers", "subscribers",
              "patients", "commuters", "riders", "ratepayers", "clients", "students", "parents", "pupils"}
_FOLLOWING = CRITIC_WORDS | _FOLLOWERS | {w.removesuffix("s") for w in _FOLLOWERS}  # "a Trump supporter" too
_BODY_HEADS = ("Association|Federation|Union|Institute|Foundation|Chamber|Coalition|League|Society|Alliance|Party|"
               "Center|Centre|Trust|Network|Forum|Collective|Watch")
_BODY_HEAD_WORDS = {w.lower() for w in _BODY_HEADS.split("|")}
# A body's name after a word: "... and College Union", "... Pedestrians Association" (`{}` how many words between)
_BODY_AFTER = rf"\s+(?:(?:[A-Z][a-z]+['’]?|and|&)\s+){{}}(?:{_BODY_HEADS})\b"  # ("Celtic Supporters' Trust")
_NOT_ANOTHER_BODY = f"(?!{_BODY_AFTER.format('*')})"  # ("University and College Union")
_ANOTHER_BODY = f"(?-i:{_BODY_AFTER.format('+')})"  # with a word between, its kind capitalized
# A body's name by its kind word: "The Consumer Fairness Alliance", "the Supporters' Trust" (not "The League")
_NAMED_BODY = re.compile(rf"\b(?!(?:The|A|An|Its|This|That)\b)[A-Z][\w'’]*{_BODY_AFTER.format('*')}")
_NAMED_AFTER = re.compile(rf"(?:the )?(?:{'|'.join(sorted(INSTITUTION_WORDS))}) (?:of|for) ")
_STAFF_WORDS = (r"(?:spokes(?:man|woman|person|men|women|people)|press secretary|communications director|publicist|"
                r"campaign manager|chief of staff|aide|adviser|advisor|"
                r"(?:public relations|press|media|communications) officer)")
_STAFF = re.compile(rf"\b{_STAFF_WORDS}\b", re.I)
# A body's leaders speak for it: "council leader Victor Hale", "Jane Roe, the company's chief
# executive", "Jane Roe, chair of the council" (the body's name right beside the title).
_LEADER = (r"(?:leader|chair|chairman|chairwoman|chairperson|president|ceo|chief executive|chief|head|"
           r"commissioner|director|founder|co-founder|owner|minister|secretary-general|general secretary|secretary|"
           r"officer|manager|administrator|provost|principal|vice-chancellor|headteacher|rector|dean)")
# An office by its title and what it heads: "head of accessibility", "junior development manager"
_OFFICE = rf"(?:[a-z-]+ ){{0,2}}?(?:\w+-)?{_LEADER}(?: (?:of|for) (?!the\b)[a-z][a-z &-]*)?"
# A business's boss named by the title alone in a story about a body ("..., chief executive Maya
# Lindqvist told staff"): no other body is named beside it, so it is the subject's. Not a
# president or a minister, whom a story about a body names as often as its own people.
_BUSINESS_BOSS = (r"(?i:chief executive|ceo|founder|co-founder|chairman|chairwoman|boss|owner|general manager|"
                  r"community manager|social media manager|"
                  r"(?:managing|executive|programme|program|creative|content|marketing|operations|commercial|product|"
                  r"community|"
                  r"communications|editorial|artistic|(?:executive )?(?:medical|clinical|nursing)|finance|financial|"
                  r"technical|sporting|football|news|digital) director|"
                  r"(?:head|director) of (?-i:(?!the\b)[a-z]+(?: [a-z]+)?))")
_BOSS_TITLE = rf"{_BUSINESS_BOSS},?\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+){{0,2}}$"
# ... or after the name, alone between commas: "Rachel Dunstan, head of content, said"
_BOSS_AFTER = re.compile(rf"^,\s+(?:the\s+)?{_BUSINESS_BOSS},")
# A council's cabinet speaks for it: "Councillor Jo Hale, cabinet member for communities, said"
_COUNCIL_CABINET_AFTER = re.compile(r"^,\s+(?:the\s+)?(?:council['’]s\s+)?(?:deputy\s+)?"
                                    r"(?:cabinet member|portfolio holder|executive member|lead member)\s+for\b", re.I)
# (or one the subject's new head takes over from: "Varga will succeed co-founder Henrik Ostlund")
_BARE_BOSS = re.compile(rf"(?:^\s*|[,;:(][”\"']?\s*|\b(?:[Tt]he|its|and|what|said|says|by|to|succeeds?|succeeded|"
                        rf"replaces?|replaced|replacing)\s+){_BOSS_TITLE}")
# ... or after when, of a business or club: "Last night chairman Martin Hegarty told supporters ..." (a council has
# no chairman of its own there: "On Monday chairman Keith Moran said the football club would fight the decision")
_WHEN_BOSS = re.compile(r"\b(?:night|morning|evening|afternoon|week|weekend|today|tonight|yesterday|"
                        rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+{_BOSS_TITLE}")
_PUBLIC_BODY = re.compile(r"(?i)\b(?:council|government|ministry|department|authority|police|commission|agency|"
                          r"board|parliament|assembly)\b")
_ANOTHER_BODYS = re.compile(r",?\s*(?:of|at|from)\s+(?:the\s+)?[A-Z]")  # "chief executive Jo Roe of Globex"
STAFF_MENTIONS = 20  # mentions of a speaker searched for an introduction (bounded work on huge texts)
# The title that heads a kind of body, which needs no body's name beside it: a school district's
# superintendent, a police department's chief.
_SCHOOL_HEADS = ("principal", "headteacher", "head teacher", "headmistress", "headmaster", "executive head")
_COUNCIL_LEADERS = ("council leader", "leader of the council")
_HEAD_OF = {"district": ("superintendent",), "schools": ("superintendent",), "school": _SCHOOL_HEADS,
            "academy": _SCHOOL_HEADS, "primary": _SCHOOL_HEADS,
            "elementary": ("principal",), "board": ("superintendent", "chair", "chairman", "chairwoman"),
            "department": ("chief", "commissioner"),
            "police": ("chief", "commissioner", "constable", "detective", "inspector", "sergeant", "superintendent",
                       "supt", "supt."),
            "university": ("president", "chancellor", "provost", "vice-chancellor"), "college": ("president",),
            "government": ("minister", "secretary", "chancellor"), "ministry": ("minister",),
            "bank": ("governor",), "reserve": ("chair", "chairman", "chairwoman"),  # (a central bank's head)
            "council": ("mayor", "cathaoirleach", *_COUNCIL_LEADERS)}  # (an Irish council's chair)
_HEAD_OF["constabulary"] = _HEAD_OF["police"]
# A body whose officers' title is made from its name: "Chief Crown Prosecutor for the area, Neil Roe" of the Northvale
# Prosecution Office, "head librarian Ada Vance" of Eastfield Library
_OFFICER_OF = {"prosecution": "prosecutor", "library": "librarian", "inspectorate": "inspector"}
# What a mayor who is not the council's voice is said to have done: "Mayor Jo Roe, who voted against the fee,"
_OPPOSED = re.compile(r"^[^.]{0,60}?\b(?:opposed|voted against|against the|criticis|criticiz|condemn|slamm?|attack|"
                      r"hit out|dissent|reject)", re.I)
# ... or another place's mayor, named before the title ("Crescent Bay Mayor X"; the council's own "Lord Mayor X",
# "Deputy Mayor X" are its)
_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:Lord|Deputy|Acting)\s)([A-Z][\w'’-]*)\s+$")
# ... or named after the name ("Mayor Jill Carter of nearby Crescent Harbour", "whose city of X")
_OF_A_PLACE = re.compile(r"^,?\s*(?:of|whose (?:city|town|village|borough|county)(?: of)?)\s+"
                         r"(?:nearby\s+|neighbouring\s+|neighboring\s+)?([A-Z][\w'’-]*)")


_MONETARY = re.compile(r"\b(?:interest rates?|central bank|monetary policy|inflation)\b", re.I)


# The seat of an office speaks for whoever holds it: "the White House said" is the president's word.
# Each seat: its office and the words that name the office's country; an office named without a
# country ("President Obama") is read as the White House's, as American news writes it.
OFFICE_SEATS = {"White House": ("President", r"(?:U\.?S\.?|American|United States)", True),
                "Kremlin": ("President", r"(?:Russian|Russia['’]s)", False),
                "Downing Street": ("Prime Minister", r"(?:British|U\.?K\.?|Britain['’]s)", False),
                "Élysée": ("President", r"(?:French|France['’]s)", False),
                "Treasury": ("Chancellor", r"(?:British|U\.?K\.?|Britain['’]s)", True)}


def office_seats(subject: str | None, text: str) -> tuple[str, ...]:
    """The seats whose office the article gives the subject ("President Barack Obama": the White
    House; "Russian President Vladimir Putin": the Kremlin), not a namesake's ("President Bill
    Clinton" for Hillary Clinton) nor a former holder's."""
    words = (subject or "").split()
    if not words or (subject or "").startswith("the "):
        return ()
    first = rf"(?:{re.escape(words[0])}\s+(?:[A-Z]\.\s+)?)?" if len(words) > 1 else ""
    head = text[:GENDER_SCAN_CHARS]
    seats = []
    for seat, (office, country, bare) in OFFICE_SEATS.items():
        if seat not in text:
            continue  # (the seat must be written for it to speak; and no pattern is built for it)
        named = rf"\b{office}\s+{first}{re.escape(words[-1])}\b"
        for found in re.finditer(rf"(?:(?P<country>{country})\s+)?{named}", head):
            before = head[max(0, found.start() - 12): found.start()].lower()
            if "former" not in before and (found.group("country") or (
                    bare and not re.search(r"[A-Z][\w'’]*\s+$", head[max(0, found.start() - 20): found.start()]))):
                seats.append(seat)
                break
    seats += _departments(rf"{first}{re.escape(words[-1])}\b", head, text)
    # A business the subject runs speaks for them too: "Corvex chief executive Martin Hale" -> "a Corvex
    # spokesperson said".
    led = re.search(rf"\b((?:[A-Z][\w&.-]*\s+){{0,2}}[A-Z][\w&.-]*?)(?:['’]s)?\s+{_BUSINESS_BOSS}\s+{first}"
                    rf"{re.escape(words[-1])}\b", head)
    if led and led.group(1).split()[-1].lower() not in TITLES:
        seats.append(led.group(1))
    return tuple(seats)


# Words before "Secretary"/"Minister" that name no department ("Prime Minister", "Press Secretary")
_NO_DEPARTMENT = {"prime", "deputy", "first", "chief", "press", "general", "permanent", "private", "cabinet", "junior",
                  "shadow", "former", "the", "a"}
_OFFICES_OF = {"Home": "Home Office", "Foreign": "Foreign Office", "Defense": "Pentagon", "Treasury": "Treasury"}


_MINISTER = (r"(?:([A-Z][a-z]+)\s+(?:Secretary|Minister)|(?:Secretary|Minister)\s+(?:of|for)\s+(?:the\s+)?"
             r"([A-Z][a-z]+))")


def _departments(name: str, head: str, text: str) -> list[str]:
    """The departments of a minister the article names by office ("Transport Secretary Alan Mercer"),
    not a shadow or former minister's: see `office_departments`."""
    return [seat for office in re.finditer(rf"\b{_MINISTER}\s+{name}", head)
            if not re.search(r"(?i:shadow|former)\s+$", head[:office.start()])
            for seat in office_departments(office.group(0), text)]


def office_departments(office: str, text: str) -> list[str]:
    """The department of a minister's office ("Transport Secretary", "Secretary of State", "Health
    Minister") as the article writes it: "the Department for Transport", "the Transport Department",
    "the Home Office", "the State Department"."""
    found = re.match(_MINISTER, office)
    domain = found and (found.group(1) or found.group(2))
    if not domain or domain.lower() in _NO_DEPARTMENT:
        return []
    # (written bare at least once: not only another country's, "the UK Department for Transport" of an Irish minister)
    return [seat for seat in (f"Department for {domain}", f"Department of {domain}", f"{domain} Department",
                              f"Ministry of {domain}", f"{domain} Ministry", _OFFICES_OF.get(domain))
            if seat and any(_bare_before(text[:m.start()]) for m in re.finditer(re.escape(seat), text))]


def _bare_before(before: str) -> bool:
    """Whether the word before a name qualifies it with no other name ("the", "a", a lower-case word, a sentence's
    start; not "UK", "Irish")."""
    word = re.search(r"(\S+)\s*$", before)
    return word is None or word.group(1) in ("The", "A", "An") or not word.group(1)[:1].isupper() \
        or word.group(1)[-1] in ".!?:\"“”"


def voice_of_seat(phrase: str, seats: tuple[str, ...]) -> bool:
    """Whether a speaker phrase is the seat itself or its staff ("the White House", "White House
    and Pentagon spokesmen")."""
    lowered = phrase.lower()
    if "White House" in seats and re.fullmatch(r"(?:the\s+)?administration(?:\s+officials?)?", lowered.strip()):
        return True  # "The administration struggled to explain ...": the president's own
    return any(seat.lower() in lowered for seat in seats) and (
        bool(_STAFF.search(phrase)) or lowered.removeprefix("the ").strip() in {s.lower() for s in seats})


_CLAUSE_END = re.compile(r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{h})" for h in (
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Engr", "Rev", "Hon", "Cllr", "Sen", "Gov", "Rep", "Gen", "Capt", "Sgt", "Lt",
    "Col", "Insp", "Supt", "Det")) + r"[.!?\n]\s")


def introduced_as_staff(speaker: str, subject: str | None, text: str, organization: bool = False,
                        seats: tuple[str, ...] = (), voices: frozenset[str] = frozenset()) -> bool:
    """Whether the article introduces the speaker as the subject's staff ("Betsy Moss, Gore's
    communications director"; "Gore spokeswoman Betsy Moss"; "White House press secretary Josh
    Earnest" when the subject holds the seat's office), or, for a body, as its leader ("council
    leader Victor Hale"): within the sentence, the speaker's name next to the subject's name (or
    seat) and a staff word, or the body's name and a leader word right beside the name; or a bare staff
    word after a sentence that names the subject (a body by its kind too, `voices`: "The chain said")."""
    last, subject_surname = surname(speaker), surname(subject or "")
    if not subject or len(last) < 3 or last.lower() == subject_surname.lower() or not last[0].isupper():
        return False
    body = re.escape(subject_surname) + _NOT_ANOTHER_BODY
    owners = "|".join([body, *(re.escape(seat) for seat in seats)])
    if organization:
        # A body goes by its first word too ("Brewster" for Brewster Coffee), or by what it is
        # ("the club's owner, Richard Vance").
        first = subject.removeprefix("the ").split()[0]
        # ... or by the kind in its name ("the gallery's director" for the National Gallery of Wessex)
        # (or bare: "Museum director Élise Fortier", "Metro police spokesperson Captain Thandeka Mokoena"; another
        # body's is taken out first: `_without_others_kind`)
        kinds = [rf"(?:the )?{w.lower()}" for w in subject.split()[1:]
                 if w.lower() in INSTITUTION_WORDS | {"district", "police"}]
        # (or the kind the article calls it by, never another's: "company president Alan Merriman" of Fundy Coach Lines)
        # (not a rival's: "Amy Long, chief executive of rival bank Harcourt")
        kinds += [rf"(?<!rival )(?<!another )(?<!other )(?:the )?{re.escape(v)}" for v in sorted(voices & BODY_KINDS)
                  if v not in subject.lower()]
        if _its_board_named(subject, text):
            kinds.append("(?:the )?board")
        if len(acronym := initials(subject.removeprefix("the "))) > 2:
            kinds.append(acronym)  # "FAA Administrator Mike Whitaker" for the Federal Aviation Administration
        # (its first word alone, not before another name: "Kaiwhero Primary School" of Kaiwhero District Council)
        second = subject.removeprefix("the ").split()[1:2]
        not_another = rf"(?-i:(?!\s+(?!{re.escape(second[0])}\b)[A-Z][a-z]))" if second else ""
        # (a kind is not the subject's before another's name: "chief executive of the charity Age Forward")
        names = "|".join(dict.fromkeys([body, re.escape(first) + _NOT_ANOTHER_BODY + not_another,
                                        rf"{_BODY_NOUN}(?!\s+(?-i:[A-Z]))", *kinds]))
    heads = _heads_of(subject, text) if organization else ()
    head_titles = "|".join(heads)
    if organization and any(mentions(last, text, re.compile(
            rf"\b{re.escape(last)}['’]s\s+(?:[\w-]+\s+){{0,2}}{re.escape(subject)}\b|"
            rf"\b{re.escape(last)},\s+wh(?:ich|o)\s+(?:owns|bought|runs|heads|chairs)"
            rf"\s+(?:the\s+)?{re.escape(subject)}\b(?![^,.;]*\b(?:but|left|sold|until|former)\b)"))):
        # "Chef Marco Bellini's restaurant Osteria Luce", "Meta, which owns Instagram", "Graham Pelling, who bought
        # Wexley Athletic two years ago": its owner
        return True
    given_names = speaker.split()[:-1]
    for found in itertools.islice(mentions(last, text, re.compile(rf"\b{re.escape(last)}\b")), STAFF_MENTIONS):
        given = re.search(r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$",
                          text[max(0, found.start() - 30): found.start()])
        if given_names and given and given.group(1) not in given_names and given.group(1).lower() not in TITLES:
            continue  # "company president Alan Merriman" is no word on "Dr. Susan Merriman, who is not related"
        # (an initial ends no sentence, nor an honorific: "officer S.K. Nair", "managing director, Engr. Ada Obi")
        before = _CLAUSE_END.split(text[max(0, found.start() - 60): found.start()])[-1]
        line = text[max(0, found.start() - 60): found.start()].rsplit("\n", 1)[-1]  # "Dr." ends no sentence
        # ("Superintendent Dr. Alan Pierce", "the health secretary, Anna Brooks")
        titled = re.search(rf"\b(?i:{head_titles})(?P<comma>,?)\s+(?:Dr\.?\s+)?(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+){{0,2}}$",
                           line) if heads else None
        if titled and titled.group("comma") and not text[found.end(): found.end() + 1] == ",":
            titled = None  # "the health secretary, Anna Brooks, announced" (not "After talks with the secretary, X")
        owner = re.search(r"(\w+)['’]s?\s+(?:[\w-]+\s+)?$", line[:titled.start()]) if titled else None
        if owner and owner.group(1) not in subject.split():
            titled = None  # "The TUC's general secretary, Paul Nowak": another body's head
        if titled and re.search(r"\b[A-Z][\w&'’.-]*\s+(?i:general)\s+$", line[:titled.start()]):
            titled = None  # "Unite general secretary Sharon Graham": a union's head, no minister (not "General
            # Secretary Xi Jinping", who heads the government's party)
        # (not India's central government: "Union Minister for Road Transport X")
        members = _MEMBERS_BODY.search(line[:titled.start()]) if titled and not (
            line[:titled.start()].endswith("Union ") and titled.group(0).lower().startswith("minister")) else None
        if members and members.group(1).lower() not in subject.lower().split():
            titled = None  # "Student union president Kwame Asante" of a university
        # "The students' union said it opposed the move. Its president, Jordan Blake, ...": that body's
        owned = titled and re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+$", line[:titled.start()])
        sentences = re.split(r"(?<=[.!?])\s+", text[max(0, found.start() - 300): found.start()]) if owned else []
        if owned and len(sentences) > 1 and (members := _OPENS_ON_MEMBERS.match(sentences[-2])) \
                and members.group(1).lower() not in subject.lower().split():
            titled = None
        after_name = text[found.end(): found.end() + 80]
        if titled and titled.group(0).lower().startswith("mayor") and (
                (place := _PLACE_BEFORE.search(line[:titled.start()])) and place.group(1) not in subject
                or (place := _OF_A_PLACE.match(after_name)) and place.group(1) not in subject
                or _OPPOSED.match(after_name)):
            titled = None  # another town's mayor ("Crescent Bay Mayor Al Roe"), or one who opposed the council
        if titled and _FORMER.search(line[:titled.start()]):
            # "former prime minister Liz Truss", "Former Bank of England governor X" speak for themselves, and
            # "shadow education secretary X" for the opposition
            titled = None
        if heads and not titled and re.match(rf",\s+(?:the\s+)?(?i:{head_titles}),", after_name):
            return True  # "Professor Alan Marchbank, the vice-chancellor, said" of a university
        if titled and not (subject in US_STATES and _another_states(subject, line[:titled.start()],
                                                                     text[found.end(): found.end() + 40])):
            return True  # "Superintendent Dr. Alan Pierce" for the Brookfield School District
        after = re.split(r"[.!?\n]\s", text[found.end(): found.end() + 60])[0]
        if organization and not _FORMER.search(before) and not _former_at(body, after) and (
                _named_leader(names, _without_others_kind(before.lstrip(), subject), after,
                              re.split(r"[.!?\n]\s", text[found.end(): found.end() + 120])[0])
                or (_COUNCIL_CABINET_AFTER.match(after) and "council" in subject.lower())
                or ((_BARE_BOSS.search(before) or (_WHEN_BOSS.search(before) and not _PUBLIC_BODY.search(subject))
                     or _BOSS_AFTER.match(after))
                    and not _ANOTHER_BODYS.match(after)
                    and not _another_body_just_before(text, found.start(), subject))):
            return True
        for side in (before, after):
            if _STAFF.search(side) and re.search(rf"\b(?:{owners})\b", side):
                return True
        # "The White House defended the plan. Press secretary Karine Jean-Pierre said ...": a bare staff
        # title opening the sentence after the one that names the owner
        # (the sentence just before: not "Clare County Council has cut ... The Fire Brigades Union condemned the cuts.
        # Spokesman Dave Kerr said")
        told_before = re.split(r"(?<=[.!?])\s+", text[max(0, found.start() - len(before) - 120):
                                                      found.start() - len(before)].rstrip())[-1]
        if re.match(rf"\s*(?i:{_STAFF_WORDS})\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+){{0,2}}$", before) and re.search(
                rf"\b(?:{owners})\b", told_before):
            return True
        # ... or closing it on words that name no one, after a sentence that names a body subject, by its kind too
        # ("The chain said ... Shoppers will be able to ask for a printed list, spokesperson Dana Whitfield said")
        sentences = _sentences_before(text, found.start())
        bare = organization and len(sentences) > 1 and re.fullmatch(
            rf"(?P<told>.*),\s+(?i:{_STAFF_WORDS})\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+){{0,2}}", sentences[-1])
        by_kind = "|".join(map(re.escape, sorted(voices | {"company"})))
        other = "|".join(sorted(_OTHER_BODY))  # (not "The rival operator said")
        if bare and not re.search(r"\b[A-Z]", bare.group("told").lstrip("\"“ ")[1:]) and re.search(
                rf"\b(?:{owners})\b|\b(?i:the|its)\s+(?:(?!(?i:{other})\b)[\w-]+\s+)?(?:{by_kind})\b", sentences[-2]):
            return True
    return False


# Who no longer holds a post, or holds it for the opposition: "former prime minister", "shadow education secretary"
_FORMER = re.compile(r"\b(?i:former|ex|then|onetime|shadow|opposition)[\s-]+(?:[\w.'’-]+,?\s+){0,4}$")
_MEMBERS = "union|association|society|guild|federation|club|league|party"  # bodies of their members
_MEMBERS_BODY = re.compile(rf"\b({_MEMBERS}|senate|student|students['’]?|pupils['’]?|alumni|parents['’]?)"
                           r"\s+(?:[\w-]+\s+)?$", re.I)


# A sentence whose doer is such a body: "The students' union said ..."
_OPENS_ON_MEMBERS = re.compile(rf"\s*The\s+(?:[\w'’-]+\s+){{0,3}}?({_MEMBERS})['’]?\s+(?:said|says|has|had|have|is|"
                               r"was|also|called|voted|warned|told|condemned|criticised|criticized|welcomed|argued|"
                               r"opposed)\b")


@lru_cache(maxsize=8)
def _its_board_named(subject: str, text: str) -> bool:
    """Whether the text names the body's own board: "The board of the X Association voted ...", "Board president
    Y"; "the school board voted ..." of a college, "Board chair Mere Tawhiri" (no other body's board named). Once per
    article: every speaker asks."""
    return bool(re.search(rf"\bboard of (?:the )?{re.escape(subject)}|{re.escape(subject)}['’]s board\b", text) or (
        re.search(r"\b(?:[Tt]he|[Ii]ts) (?:school )?board\b", text)
        and not re.search(r"\b(?!(?:The|Its|A|School)\b)[A-Z][\w&-]*(?:['’]s)? board\b|\bboard of\b",
                          text.replace(subject, ""), re.I)))


@lru_cache(maxsize=8)
def _heads_of(subject: str, text: str) -> tuple[str, ...]:
    """The titles of a body's head that need no body's name beside them (see `_HEAD_OF`). Once per article: every
    speaker asks."""
    # (by its kind, last or before "of": "Brookfield School District", "University of Northbridge", "Central Bank of
    # Kenya"; an acronym's by the name it stands for: "CBK")
    words = (_spelled_out(subject, text) or subject).split()
    kind = next((w for w, after in zip(words, words[1:], strict=False) if after in ("of", "for")), words[-1])
    heads = _HEAD_OF.get(kind.lower(), ())
    if officer := next((_OFFICER_OF[w.lower()] for w in words if w.lower() in _OFFICER_OF), None):
        heads = (rf"(?:chief|head|senior|lead|principal)\s+(?:[\w-]+\s+)?{officer}"
                 rf"(?:\s+(?:for|of)\s+(?:the\s+)?[\w-]+)?", *heads)
    if kind.lower() in ("ministry", "department") and (domain := " ".join(words[words.index(kind) + 2:])):
        # its minister by the ministry's domain: "Senior Minister of State for Health Dr Teo Kah Leong", "Union
        # Minister for Road Transport and Highways X" of the Ministry of Road Transport; "Health Secretary X"
        heads = (rf"(?:minister|secretary)(?:\s+of\s+state)?\s+(?:of|for)\s+(?:the\s+)?{re.escape(domain)}"
                 rf"(?:\s+and\s+[\w-]+)?", rf"{re.escape(domain)}\s+(?:minister|secretary)", *heads)
    if kind.lower() in ("bank", "reserve") and not _MONETARY.search(text):
        heads = ()  # a governor speaks for a central bank, in a story of rates (not Lloyds Bank, a nature reserve)
    if not heads and re.search(rf"\b(?i:city|town|village|borough) of {re.escape(subject)}\b", text):
        heads = ("mayor",)  # "The city of Halvorsen has cancelled ...": Mayor Ellen Park speaks for it
    elif not heads and re.search(
            rf"\b{re.escape(subject)}(?:['’]s)?\s+(?i:(?:city|town|county|borough|district)\s+)?(?i:council)\b", text):
        heads = _COUNCIL_LEADERS  # "Riverton city council has banned ...": not a mayor (another town's, or against)
    elif not heads and re.search(
            rf"\b(?:{re.escape(subject)}|the (?:city|town)['’]s)\s+(?i:municipal corporation)\b", text):
        heads = ("municipal commissioner", "mayor")  # "the city's municipal corporation opened ...": an Indian city's
    elif not heads and subject in US_STATES:
        heads = ("governor", r"gov\.")  # "California's plan ...": Gov. Jerry Brown speaks for it
    return tuple(heads)


# Who works for a body, named beside its name: "the trust's chief ranger", "NFRW regional organiser", "the court's
# resident judge"
_BODY_STAFF = r"(?:organi[sz]er|negotiator|official|representative|ranger|warden|curator|keeper|judge|librarian)"
# What a body's leader is called: "chief executive", "head of scripted programming", "Country Director for Nigeria"
_HEADING = (rf"(?:\w+-)?(?:{_LEADER}|{_BODY_STAFF})(?:\s+for\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
            rf"|\s+of(?:\s+(?!the\b|an?\b)[\w-]+){{1,3}})?")
# What the patterns of `_leader_patterns` find whatever the body's names are: a leader's or a staff word, or what
# runs it; after the name, a comma. The body's names are compiled into those patterns, a few milliseconds an
# article, so they are built only where one of these is found.
_LEADER_OR_STAFF = re.compile(rf"{_LEADER}|{_STAFF_WORDS}|{_BODY_STAFF}", re.I)
_WHO_RUNS = re.compile(r"\b(?:who|which|that)\s+(?:runs|heads|manages|leads|chairs|controls)\b", re.I)
_COMMA = re.compile(r",\s")


def _named_leader(names: str, before: str, after: str, clause: str) -> bool:
    """Whether the words `before` a person's name, or `after` it (`clause`: to the sentence's end, within 120
    characters), make them the leader or staff of the body called `names` (an alternation of patterns)."""
    by_title = _LEADER_OR_STAFF.search(before) is not None
    by_post = _COMMA.match(after) is not None and _LEADER_OR_STAFF.search(after) is not None
    by_role = _COMMA.match(clause) is not None and (
        _LEADER_OR_STAFF.search(clause) is not None or _WHO_RUNS.search(clause) is not None)
    if not (by_title or by_post or by_role):
        return False
    leader_before, leader_after, described_after = _leader_patterns(names)
    return bool(by_title and leader_before.search(before) or by_post and leader_after.search(after)
                or by_role and described_after.search(clause))


@lru_cache(maxsize=16)
def _leader_patterns(names: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The leader's title before a name of the body called `names`, the post after it, and the tie after it."""
    # "Brewster chief executive Laura Kim", "Brewster's community manager, Dana Roh"; opening a
    # sentence, "The club's owner, Richard Vance".
    # (or its staff: "Museum spokesperson Jordan Tremblay")
    # (and what it heads: "Yarnit's Country Director for Nigeria, Mrs Folake Danjuma-Ilori", "The company's Global
    # Vice-President for Emerging Markets, Mr Arjun Mehra-Coleman")
    # (or of what: "Brightwave's head of scripted programming, Carla Mendes"; not of another body: "of the ...")
    leader_before = re.compile(rf"(?:\b(?:{names})(?:['’]s\s+(?:(?!of\s)[\w-]+\s+){{0,2}}{_HEADING},?|"
                               rf"\s+(?:(?!of\s)[\w-]+\s+){{0,2}}(?:{_LEADER}|{_STAFF_WORDS}|{_BODY_STAFF}))|"
                               rf"^\s*(?:the\s+)?(?:{names})['’]s\s+(?:(?!of\s)[\w-]+\s+){{0,2}}{_LEADER},)"
                               # (and a doctor's title: "Council chairman Dr Leong Kah Wai")
                               rf"\s+(?:Dr\.?\s+)?(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+){{0,2}}$", re.I)
    leader_after = re.compile(rf"^,\s+(?:the\s+)?(?:(?:{names})(?:['’]s)?\s+(?:(?!of\s)[\w-]+\s+){{0,2}}"
                              rf"(?:{_LEADER}|{_BODY_STAFF})|"
                              rf"(?:[\w-]+\s+)?{_LEADER}\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{names}))\b"
                              # (not its members' body: "president of the high school student council")
                              # (nor its fans': "chair of the Kilbrack Celtic Supporters' Trust")
                              rf"(?!(?:\s+[A-Z][\w-]*)?\s+(?:student|students['’]?|pupils['’]?|parents['’]?|alumni|staff|"
                              rf"supporters['’]?|fans['’]?|members['’]?|players['’]?|residents['’]?)(?!\w))",
                              re.I)
    # (its post after another tie, or what of its the person runs: "Claire Merriman, the founder's daughter and
    # the company's operations director", "Tom Hale, who runs the chain's flagship hotel")
    described_after = re.compile(rf"^,\s+(?:[\w'’-]+\s+){{1,4}}and\s+(?:the\s+)?(?:{names})['’]s\s+"
                                 rf"(?:(?!of\s)[\w-]+\s+){{0,2}}(?:{_LEADER}|{_STAFF_WORDS})\b|"
                                 rf"^,\s+who\s+(?:runs|heads|manages|leads|chairs)\s+(?:the\s+)?(?:{names})['’]s\b|"
                                 # ("Lena Marchetti, who will stay on as Tidewell's chief executive")
                                 rf"^,\s+who\s+(?:will\s+)?(?:stays?\s+on|remains?|continues?)\s+as\s+(?:the\s+)?"
                                 rf"(?:{names})['’]s\s+(?:(?!of\s)[\w-]+\s+){{0,2}}(?:{_LEADER}|{_STAFF_WORDS})\b|"
                                 # (or of the group that runs it: "leader of the Liberal Democrat group which
                                 # runs the council")
                                 rf"^,\s+[^,.;]{{0,60}}?\b(?:group|party|coalition|administration)\s+(?:which|that)"
                                 rf"\s+(?:runs|controls|leads)\s+(?:the\s+)?(?:{names})\b",
                                 re.I)
    return leader_before, leader_after, described_after


def _without_others_kind(words: str, subject: str) -> str:
    """`words` without another body named by the kind word that ends the subject's name, or by "police" in it:
    "Mater hospital spokesperson" is not St Vincent's Hospital's."""
    named = subject.split()
    # (and another police force: "Transit police spokesperson" is not the Harbor City Police Department's)
    kinds = [w for w in named[-1:] if w.lower() in BODY_KINDS] + [w for w in named if w.lower() == "police"]
    for kind in kinds:
        own = "|".join(re.escape(w) for w in named if w != kind) or "_"
        words = re.sub(rf"\b(?!(?:The|A|An|Its|{own}|{_NOT_BODIES})\b)[A-Z][\w'’]*\s+(?i:{re.escape(kind)})\b",
                       "another", words)
    return words


# Capitalised words before a body's kind that name no other body ("Labour council leader", "Acting hospital chief")
_NOT_BODIES = ("Labour|Conservative|Tory|Liberal|Democrat|Democratic|Republican|Green|Independent|Deputy|Acting|"
               "Interim|New|Senior|Assistant|Joint|Chief|Executive|Lead|Former|Outgoing|Incoming")


def _former_at(body: str, phrase: str) -> bool:
    """Whether `phrase` calls someone a former holder of a post at the body the pattern `body` names ("a
    former BBC director general")."""
    return re.search(rf"\b(?:former|ex|onetime)[\s-]+(?:[\w'’-]+\s+){{0,2}}?{body}", phrase, re.I) is not None


def _another_states(state: str, before: str, after: str) -> bool:
    """Whether a governor is a former one or another state's: "former Texas Gov. Rick Perry", "New
    Mexico Gov. Bill Richardson", "Gov. Terry E. Branstad of Iowa" in a story about Texas."""
    words = before.split()[-3:]
    named = " ".join(words)
    return any(w.lower().strip(",") in ("former", "ex-", "then") for w in words) or (
        any(other in named for other in US_STATES - {state}) and state not in named) or bool(
        re.match(rf",?\s+of\s+(?!{re.escape(state)}\b)[A-Z]", after))


def staff_by_pronoun(phrase: str, gender: str | None) -> bool:
    """"Her publicist, Dan Hale", "his spokesman": the staff of the subject whose gender the
    pronoun has (`gender`: the subject's, "m" or "f")."""
    found = _OWN_STAFF.match(phrase)
    return bool(found) and gender == ("f" if found.group(1).lower() == "her" else "m")


def ministers_department(phrase: str, subject: str | None, text: str) -> bool:
    """"The ministry said", "his department said" in the story of a minister or a secretary of state (by name,
    "Agriculture Minister Severin Holmgaard"): the department they head speaks for them."""
    return bool(subject) and _OWN_DEPARTMENT.fullmatch(" ".join(phrase.lower().split())) is not None and re.search(
        rf"\b(?:minister|secretary)(?:\s+of(?:\s+[\w-]+){{1,3}}?)?,?\s+{re.escape(subject)}\b", text, re.I) is not None


_OWN_DEPARTMENT = re.compile(r"(?:the|his|her|their) (?:ministry|department)")
_DOCUMENT = re.compile(r"(?:the|its|this)\s+(?:[\w-]+\s+)?(memo|memorandum|letter|email|e-mail|circular|notice)", re.I)


def own_document(phrase: str, subject: str, text: str, voices: frozenset[str] = frozenset()) -> bool:
    """Whether "the memo", "the letter" that speaks is the one the article first told the subject sent: "according
    to an internal memo", "the landlord has told residents in a letter" (the body named before it, by name or by
    the kind the article calls it: `voices`), "Parkvale's letter"."""
    document = _DOCUMENT.fullmatch(phrase.strip())
    if document is None:
        return False
    noun = document.group(1).lower()
    first = re.search(rf"\b{noun}s?\b", text, re.I)
    if first is None:
        return False
    sentence = _sentence_around(text, first.start())
    before = sentence[:sentence.lower().find(noun)]
    owners = "|".join(map(re.escape, sorted({surname(subject), *(f"the {v}" for v in voices)})))
    return bool(re.search(r"\binternal\s+$", before, re.I) or re.search(rf"(?:{owners})['’]s\s+(?:[\w-]+\s+)?$",
                                                                         before, re.I)
                or (re.search(r"\b(?:in|via|through)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?$", before, re.I)
                    and re.search(rf"\b(?:{owners})\b", before, re.I)))


def of_the_camp(phrase: str, subject: str | None, gender: str | None, text: str = "", at: int = 0,
                said: str = "", called: frozenset[str] = frozenset()) -> bool:
    """Whether a person subject's own people speak: their aides, advisers, lawyers, confidants or
    friends ("Sanders' aides", "Her advisers and allies", "Aides to Costa"), or those close to them
    ("Sources close to her campaign", "A person familiar with Costa's thinking"). They tell the
    subject's side, not the public's reaction. (`gender`: the subject's, "m", "f" or "" when unknown, for
    "his"/"her" and an honorific; None for a body. For a bare "Aides said": `text` and `at`, where the statement
    starts in it, and `said`: its words. `called`: what the article calls the subject, "the singer".)"""
    if not subject or gender is None:
        return False
    pronouns, honorifics = {"f": ("her", "Mrs|Ms|Miss"), "m": ("him|his", "Mr")}.get(gender, ("(?!)", "Mr|Mrs|Ms|Miss"))
    titles = rf"(?:(?:{honorifics}|Dr|Sen|Gov|Rep)\.?\s+)?"
    owner = rf"{titles}(?:{re.escape(subject)}|{re.escape(surname(subject))})(?:['’]s?)?|{pronouns}" + "".join(
        rf"|{re.escape(word)}(?:['’]s?)?" for word in sorted(called))  # ("A source close to the singer")
    phrase = " ".join(phrase.split())
    some = r"(?:(?:an?|the|one|some|several|many|two|three)\s+(?:of\s+)?)?"
    # (a word between that is no other owner nor a former tie: not "Sandoval's opponent's aides", "his former aides")
    between = r"(?:(?!former\b|ex-|onetime\b)[\w-]+(?<!['’]s)\s+){0,2}"
    and_more = rf"(?:\s+and\s+(?:[\w-]+\s+)?(?:{_CAMP}|allies))?"
    # "Sanders' aides", "many of her aides", "Mrs. Costa's advisers and allies" (and the one named after: "His
    # business partner, sommelier Isla Fairweather")
    named = r"(?:,?\s+(?:[a-z-]+\s+){0,2}?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?"
    if _CAMP_WORD.search(phrase) and re.fullmatch(rf"{some}(?:{owner})\s+{between}{_CAMP}{and_more}{named}",
                                                   phrase, re.I):
        return True
    # (a "his" or "her" of a subject whose gender the article does not settle: theirs when the person named last
    # before is the subject, "Haverty said ... His chief of staff said")
    if not gender and re.fullmatch(rf"(?:his|her)\s+{between}{_CAMP}{named}", phrase, re.I):
        said_last = r"\b([A-Z][a-z][\w'’-]+)(?:['’]s)?\s+(?:said|told|added|says)\b"
        before = [m.group(1) for m in re.finditer(said_last, text[max(0, at - _BARE_REACH):at])]
        return bool(before) and before[-1] == surname(subject)
    told = (rf"(?:to|of)\s+(?:{owner})|close\s+to\s+(?:{owner})(?:\s+(?:campaign|family|team))?"
            rf"|familiar\s+with\s+(?:{owner})\s+(?:thinking|plans|views|decision)")
    # "Aides to Costa", "Sources close to her campaign", "A person familiar with Costa's thinking"
    if _CLOSE_TO.search(phrase) and re.fullmatch(
            rf"{some}(?:[\w-]+\s+){{0,2}}(?:{_CAMP}|people|person|sources?|those)\s+(?:{told})", phrase, re.I):
        return True
    # A bare "Aides said", "Top advisers said": the subject's where what they say opens on the subject ("Aides said
    # Mr. Obama was haunted by ..."), or where the person named last before, if any, is the subject (not the White
    # House's, a rival's, another party leader's)
    if not re.fullmatch(rf"{some}(?:(?:top|senior|campaign|longtime|political)\s+)*(?:aides|advis[eo]rs|staffers)",
                        phrase, re.I):
        return False
    last = re.escape(surname(subject))
    if re.match(rf"\W*(?:[\w.'’-]+\W+){{0,3}}?{last}\b", said):
        return True
    window = text[max(0, at - _BARE_REACH):at]
    named = sorted([(m.start(), m.group(0)) for m in _NAMED_SOMEONE.finditer(window)
                    if m.group(0).split()[-1].lower() not in _NOBODYS | INSTITUTION_WORDS | BODY_KINDS]  # ("City Hall")
                   + [(m.start(), m.group(0)) for m in re.finditer(rf"\b{last}\b", window)])
    return not named or surname(subject) in named[-1][1]


_BARE_REACH = 400  # characters before a bare "Aides said" read for whose aides they are
_NOBODYS = {"hall", "end", "street", "road", "avenue", "square", "park", "centre", "center", "bridge", "station",
            "airport", "building", "day", "week", "month"}  # last words of capitalized names that name nobody
# A person named, or an office that speaks for one ("Mr Fraser", "Ray Castillo", "Brenner, who ...", "Brenner said",
# "the White House", "the president")
_NAMED_SOMEONE = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+[A-Z][\w'’-]+"
                            r"|(?!(?:The|A|An|In|On|At|But|And|After|Before|For|His|Her|Its|It|This|That|When|While|As|"
                            r"If|By|With|From)\b)[A-Z][a-z]+(?:(?:\s+[A-Z][\w'’-]+)+"
                            r"|(?=,\s+(?:who|a|an|the)\b|\s+(?:said|says|told|called|added|argued)\b))"
                            r"|[Tt]he (?:White House|president|prime minister|governor|mayor|administration))")


_CAMP = (r"(?:aides?|advis[eo]rs?|staffers?|strategists?|lawyers?|attorneys?|confidants?|associates|friends|"
         r"representatives?|reps|publicists?|management|spokes(?:man|woman|person|men|women|people)|chief of staff|"
         r"press secretary|communications director|campaign manager|business partner)")
# What a camp's phrase holds whoever the subject is: checked first, as the patterns of `of_the_camp` hold the
# subject's names and are compiled afresh for each article (most speakers are no one's aides)
_CAMP_WORD = re.compile(_CAMP, re.I)
_CLOSE_TO = re.compile(rf"(?:{_CAMP}|people|person|sources?|those)\s+(?:to|of|close|familiar)", re.I)
_OWN_TITLES = r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.?|Gov\.?|Rep\.?"


# ("his campaign said"; not "his campaign chairman Paul Manafort", read by his name)
# (and their lawyer: "His lawyer, Naomi Price", "her personal lawyer, David E. Kendall"; not an Attorney General)
_OWN_STAFF = re.compile(rf"(his|her)\s+(?:[\w-]+\s+)?(?:{_STAFF_WORDS}\b|(?:lawyer|attorney|solicitor)\b(?!\s+general)"
                        r"|(?:campaign|office)(?=\s*$|\s+and\b))", re.I)
_HEAD_TITLES = {t for t in TITLES if len(t) > 3} - {"former", "vice", "prime"}  # "the mayor", not "the rev"
_TITLE_ABBREVIATIONS = {"senator": [r"sen\."], "governor": [r"gov\."], "congressman": [r"rep\."],
                        "congresswoman": [r"rep\."], "general": [r"gen\."], "professor": [r"prof\."]}
_NAME_WORDS = r"(?:[A-Z](?:\.|[\w'’-]*)\s+){0,3}[A-Z][\w'’-]+"  # "Jacob J. Lew", not "Lew. Because"
# Words of a description that an introduction may leave out ("the former governor": "Gov. Ann Roe").
_TIME_WORDS = {"former", "then", "current", "longtime", "outgoing", "incoming", "presumptive"}
_LINKS = {"of", "for", "and", "or", "to", "in", "at", "on", "from", "with", "by"}  # "the Center for Justice"
# ("the minister's spokeswoman", "the minister's office")
_STAFF_OF = re.compile(rf"(?P<owner>.+?)['’]s (?P<staff>{_STAFF_WORDS}|office|press office)")


OTHERS_TITLES = {"shadow", "deputy", "vice", "former", "ex", "acting", "assistant"}


# Words a story calls a person by after naming them ("Pop star Mia Torres ... the singer said").
_PERSON_ROLES = {w for w in ROLE_WORDS["celebrity"] if not w.endswith("s")} | {
    "chef", "presenter", "host", "author", "writer", "influencer", "youtuber", "streamer", "boxer", "footballer",
    "striker", "goalkeeper", "midfielder", "golfer", "model", "designer", "artist", "director", "broadcaster",
    "businessman", "businesswoman", "billionaire", "entrepreneur", "tycoon", "founder", "comic", "dj", "podcaster",
    "bishop", "archbishop", "rabbi", "imam", "vicar", "pastor", "priest"}
_ROLE_VOICE = r"(?:spokesman|spokeswoman|spokesperson|representative|rep|publicist|agent|manager|management|team)"


def person_roles(subject: str | None, title: str, text: str) -> frozenset[str]:
    """The role words a story gives a named person just before the name ("Pop star Mia Torres",
    "singer Mia Torres") or as its headline's first word ("Singer cancels ..."), unless it gives the
    same word to someone else ("rival singer Ana Ruiz")."""
    if not subject or len(subject.split()) < 2 or not subject[:1].isupper() or subject.startswith("the "):
        return frozenset()
    scanned = f"{title}\n{text[:GENDER_SCAN_CHARS]}"  # (the headline's "Actor Raghav Mehra's remark ...")
    # (not another's beside theirs: "Assistant Coach Mike Reed"; after the name too: "Alan Price, vicar of ...")
    roles = {m.group(2).lower() for m in re.finditer(rf"(?:\b(\w+)\s+)?\b([A-Za-z]+)\s+{re.escape(subject)}\b", scanned)
             if m.group(2).lower() in _PERSON_ROLES and (m.group(1) or "").lower() not in OTHERS_TITLES}
    roles |= {m.group(1) for m in re.finditer(rf"\b{re.escape(subject)},\s+(?:the\s+|an?\s+)?([a-z]+)\b", scanned)
              if m.group(1) in _PERSON_ROLES}
    # (a headline that names nobody: "Actor slams singer Mia Torres" gives "actor" to another)
    first = title.split()[0].lower() if title.split() else ""
    roles |= {first} if first in _PERSON_ROLES and not any(w[:1].isupper() for w in title.split()[1:]) else set()
    return frozenset(r for r in roles if not re.search(
        rf"\b(?i:{r})\s+(?!{re.escape(subject.split()[0])}\b)[A-Z][a-z]+\s+[A-Z][a-z]+", scanned))


# Offices a story puts before a person's name ("Governor Ruth Ellison", "Gov. Ann Roe"), by the word
# it uses for them alone ("the governor said ...").
_OFFICES = {"governor", "mayor", "senator", "president", "premier", "chancellor", "sheriff", "judge", "commissioner",
            "superintendent", "principal", "dean", "coach", "bishop", "ambassador", "councillor", "councilor",
            "congressman", "congresswoman", "minister"}
_ABBREVIATED_OFFICES = {"gov": "governor", "sen": "senator"}


def _office(word: str) -> str | None:
    word = word.lower()
    return _ABBREVIATED_OFFICES.get(word) or (word if word in _OFFICES else None)


def office_titles(subject: str | None, text: str) -> frozenset[str]:
    """The office words a story gives a named person just before the name ("Governor Ruth
    Ellison", "Gov. Ruth Ellison": governor; "Prime Minister Keir Starmer": prime minister), unless
    the office is another's beside theirs ("Vice President", "Deputy Mayor", "Former Governor") or
    the story gives it to someone else too ("Governor Ann Roe", "Nevada Governor Joe Lombardo")."""
    if not subject or len(subject.split()) < 2 or not subject[:1].isupper() or subject.startswith("the "):
        return frozenset()
    scanned = text[:GENDER_SCAN_CHARS]
    title = r"(?:([A-Z][a-z]+)|(Gov|Sen)\.)"  # a title is capitalized; only an abbreviation ends in a stop
    offices = set()
    for found in re.finditer(rf"(?:\b(\w+)[ ]+)?\b{title}[ ]+{re.escape(subject)}\b", scanned):
        before, office = (found.group(1) or "").lower(), _office(found.group(2) or found.group(3))
        if office and before not in OTHERS_TITLES and before != "lieutenant":
            offices.add(f"prime {office}" if before == "prime" and office == "minister" else office)
    first, last = (re.escape(w) for w in (subject.split()[0], subject.split()[-1]))
    # (scanned overlapping: "Nevada Governor Joe Lombardo")
    others = {_office(m.group(1) or m.group(2)) for m in re.finditer(
        rf"(?=\b{title}[ ]+(?!(?:{first}|{last})\b)[A-Z][a-z]+[ ]+[A-Z][a-z]+)", scanned)}
    return frozenset(o for o in offices if o.split()[-1] not in others)


# Words before a role that make it another's: "the chief rabbi", "the former vicar", "a fellow singer"
_OTHER_HOLDER = r"(?i:chief|former|ex|deputy|assistant|vice|acting|fellow|rival|other|another|new|previous|late)"


def voice_of_role(phrase: str, roles: frozenset[str]) -> bool:
    """Whether a speaker is the subject by a role word ("the singer") or their people ("a representative
    for the singer", "the singer's publicist")."""
    if not roles:
        return False
    role = rf"(?:(?!{_OTHER_HOLDER}\b)[\w-]+\s+)?(?:{'|'.join(map(re.escape, sorted(roles)))})"
    return re.fullmatch(rf"(?i:the\s+{role}|(?:an?|the)\s+{_ROLE_VOICE}\s+(?:for|of|to)\s+the\s+{role}|"
                        rf"the\s+{role}['’]s\s+(?:[\w-]+\s+)?{_ROLE_VOICE})", phrase.strip()) is not None


def titled_name(phrase: str, text: str, position: int | None, cache: dict, subject: str | None) -> str | None:
    """The name of a speaker the article calls only by a title: "the mayor" is the last person it
    gave that title before the statement ("Mayor Dana Whitfield"); "the Ohio governor" or "the
    former president" the last one with those words right before the title ("Ohio Gov. Ann Roe"),
    or nobody; a headline's bare "Justice" the first one after. When it gave nobody that title, a
    title without other words than "former" and its like ("the senator", "the former vice
    president") is the subject if a named person (the one the story is about: "Ruth Ann Lee
    regrets ... The senator said"). "The former vice president's spokeswoman" is that person's
    ("Al Gore’s spokeswoman"). Without a position (a subject read as "the Indiana governor"): the
    first person given the title with those words. Each title is looked up once per article, in
    its first GENDER_SCAN_CHARS characters; a Title-Cased line is not read for titles (every word
    is capitalized there, names or not)."""
    phrase = phrase.strip()
    if staff := _STAFF_OF.fullmatch(phrase):
        owner = titled_name(staff.group("owner"), text, position, cache, subject)
        return f"{owner}’s {staff.group('staff')}" if owner else None
    words = phrase.split()
    if len(words) > 2 and words[0].lower() == "the":  # "the state's roads minister": the roads minister
        words = [w for w in words if not re.fullmatch(r"[a-z]+['’]s", w)]
    headline = len(words) == 1 and phrase[:1].isupper()
    if headline:
        modifiers, title = [], phrase.lower()
    elif 2 <= len(words) <= 5 and words[0].lower() == "the":
        modifiers, title = [w.lower() for w in words[1:-1]], words[-1].lower()
    else:
        return None
    if title not in _HEAD_TITLES or not all(re.fullmatch(r"[a-z-]+", w) and w not in _LINKS for w in modifiers):
        return None
    # (not "The Chancellor has begun ...", the title)
    as_surname = rf"\b(?!(?:The|A|An|This|That|Former|Shadow|Deputy|Acting|Then)\b)[A-Z][a-z]+\s+" \
        rf"{re.escape(phrase)}\b(?!\s+[A-Z])"
    if headline and re.search(as_surname, text[:GENDER_SCAN_CHARS]):
        return None  # also a surname ("Steve King")
    # a vice president is not the president, nor a prime minister a transport minister
    compound = modifiers[-1:] in (["vice"], ["prime"], ["first"])
    # (a first or prime minister is the head of a government, which the story names as such)
    head_of_government = modifiers[-1:] in (["prime"], ["first"])
    if compound:
        modifiers, title = modifiers[:-1], f"{modifiers[-1]} {title}"
    if title not in cache:
        scanned = text[:GENDER_SCAN_CHARS]
        spelled = "|".join([title.replace(" ", r"\s+")] + _TITLE_ABBREVIATIONS.get(title, []))
        cache[title] = [(m.start(), m.group("name"), scanned[max(0, m.start() - 40): m.start()].lower().split())
                        for m in re.finditer(rf"\b(?i:{spelled})\s+(?P<name>{_NAME_WORDS})", scanned)
                        if not _title_cased_line(scanned, m.start())]
    # (not another's title: "Shadow chancellor Mel Stride" is not the Chancellor, nor "Shadow home secretary X" the
    # Home Secretary)
    # (a place the title is written with may stand elsewhere in the sentence: the headline's "Kessington mayor" is
    # the lead's "Mayor Glen Haverty's proposal to end free travel for Kessington residents")
    place_words = {w.lower() for w in words[1:-1] if w[:1].isupper()} if not headline else set()
    described = [(start, name) for start, name, before in cache[title]
                 if (set(modifiers) <= set(before[len(before) - len(modifiers) - 1:]) or (
                     place_words and set(modifiers) - place_words <= set(before[-len(modifiers) - 1:])
                     and all(re.search(rf"\b{re.escape(w)}\b", _sentence_around(text, start), re.I)
                             for w in place_words)))
                 and not any(w in OTHERS_TITLES and w not in modifiers
                             for w in before[len(before) - len(modifiers) - 2:])]
    if position is None:
        chosen = described[:1]
    else:
        # (a lead that gives the title first names its holder after: "The state's roads minister has announced
        # ...", then "Roads Minister Kate Dorrington said")
        in_lead = position < text.find("\n\n")
        chosen = [c for c in described if c[0] < position][-1:] or (described[:1] if headline or in_lead else [])
    if chosen:
        return chosen[0][1].removesuffix("’s").removesuffix("'s")
    named_person = bool(subject) and subject[:1].isupper() and len(subject.split()) > 1
    plain = all(w in _TIME_WORDS for w in modifiers)  # "the Texas senator" may be anybody ...
    # ... but the subject when the story gave the title to the subject alone so far ("Senator Bernie
    # Sanders ... The Vermont senator said")
    given = [name for start, name, _ in cache[title] if position is None or start < position]
    # (and a place is not the story's for someone else: "Ted Cruz of Texas ... The Texas senator said")
    places = [w for w in words[1:-1] if w[:1].isupper()]
    near = [text[max(0, m.start() - 40): m.end() + 40]
            for m in itertools.islice(re.finditer(rf"\b{re.escape(surname(subject or '_'))}\b", text), 20)]
    scanned = text[:GENDER_SCAN_CHARS]
    only_subject = bool(given) and all(name == subject for name in given) and all(
        any(re.search(rf"\b{re.escape(w)}\b", around) for around in near)
        or len(re.findall(rf"\b{re.escape(w)}\b", scanned)) == len(re.findall(rf"\b{re.escape(w)}\s+{title}\b",
                                                                             scanned, re.I))
        for w in places)
    # (an office of its own given to nobody is not the subject's: "Transport minister Paul Hewitt has been
    # sacked by the Prime Minister")
    return subject if named_person and ((not cache[title] and plain and not head_of_government) or only_subject) \
        else None


def _sentence_around(text: str, position: int) -> str:
    """The sentence of the text that holds `position` (as far as a full stop, a question or a line)."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    end = re.search(r"[.!?](?:\s|$)|\n", text[position:])
    return text[start: position + end.start() if end else len(text)]


def _title_cased_line(text: str, position: int) -> bool:
    """Whether the line at `position` Capitalizes Every Word, where no capital marks a name."""
    words = re.findall(r"[A-Za-z]{4,}", text[text.rfind("\n", 0, position) + 1:].split("\n", 1)[0])
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _relative_of_another(phrase: str, subject: str) -> bool:
    """"Howard, the brother of Hollywood legend Ron Howard" with the subject Clint Howard: the
    speaker is the relative of a namesake with another first name, and may be the subject."""
    words = subject.split()
    if len(words) < 2:
        return False
    relatives = "|".join(sorted(RELATIVE_WORDS))
    found = re.search(rf"\b(?:{relatives})\s+of\s+(?:[\w.-]+\s+){{0,3}}?([\w-]+)\s+{re.escape(words[-1])}\b", phrase)
    return bool(found) and found.group(1).lower() != words[0].lower()


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", name) if not w.isupper() or len(w) == 1)


@lru_cache(maxsize=8)
def _spelled_out(acronym: str, text: str) -> str | None:
    """The name an acronym stands for, as `text` spells it out ("EU": "European Union"); None for a
    name that is no acronym or is not spelled out."""
    if not re.fullmatch(r"[A-Z]{2,5}", acronym):
        return None
    name = r"\s+(?:(?:of|for|and|the)\s+)?".join([r"(?!(?:The|A|An)\b)[A-Z][a-z]+"] * len(acronym))
    found = next((m for m in re.finditer(rf"\b{name}\b", text) if initials(m.group()) == acronym), None)
    return found.group() if found else None


def _clipped(subject: str, name: str) -> bool:
    """Whether a body's name is its own clipped ("the Met" and "the Met Police" of the Metropolitan Police)."""
    full, short = subject.removeprefix("the ").split(), name.removeprefix("the ").split()
    # (the whole tail kept, or a local body's word dropped: not "Man City" of Manchester City Council, "the Met" of
    # the Metropolitan Police Federation, nor a first name, "Mark" of Marks & Spencer)
    return len(full) >= 2 and 1 <= len(short) <= len(full) and len(short[0]) >= 3 and short[0] != full[0] \
        and short[0][:1].isupper() and full[0].startswith(short[0]) and (
            short[1:] == full[1:] or (len(short) == 1 and all(w.lower() in _LOCAL_BODIES for w in full[1:])))


def _same_acronym(subject: str, phrase: str) -> bool:
    """Whether one names the other by its initials ("DNC", "the Democratic National Committee")."""
    bare = subject.removeprefix("the ")
    if re.fullmatch(r"[A-Z]{2,6}", bare):
        return bare in initials(phrase)
    acronym = initials(bare)
    return len(acronym) > 2 and bool(re.search(rf"\b{acronym}\b", phrase))


def _by_its_short_name(subject: str, phrase: str, text: str) -> bool:
    """Whether `phrase` names the subject by the short name the text gives it in brackets ("The South African
    National Football Federation (Sanaff)", then "Sanaff chief executive Mandla Khumalo")."""
    short = _short_name(subject, text)
    return short is not None and re.search(rf"\b{re.escape(short)}\b", phrase) is not None


@lru_cache(maxsize=8)
def _short_name(subject: str, text: str) -> str | None:
    """The short name in brackets after the subject's first mention (once per article: every statement asks)."""
    short = re.search(rf"{re.escape(subject.removeprefix('the '))}\s+\((?P<short>[A-Z][\w&-]{{1,11}})\)",
                      text[:GENDER_SCAN_CHARS])
    return short.group("short") if short else None


def detect_target(article: Article, parsed: ParsedText, subject: str | None, title: Doc | None = None) -> str:
    """What stance is measured toward: the user's target, else a noun phrase for the subject's
    action in the lead (see the module) or the plan a headline announces, else the subject, else
    the title."""
    if article.target:
        return article.target
    if not subject:
        return _limit(article.title.split()) or "the article's topic"
    last = surname(subject).lower().split("-")[-1]  # the tokenizer splits "Mark-Viverito" at its hyphen
    # (a headline's "EU" acts in the lead as "The European Union")
    spelled = (_spelled_out(subject, " ".join(p.doc.text for p in parsed.lead[:2])) or "").split()
    kind_words = {w for w in subject.split()[:-1] if w.lower() in INSTITUTION_WORDS and w.istitle()} \
        if " of " in subject else set()
    # (text, offset of the sentence's paragraph in it, sentence): the lead's, then the title's (not in
    # the article's text, so its offsets are its own) when the lead tells no action.
    # (a web page's heading that repeats the title first: its words name the action most briefly)
    heading = [parsed.heading] if parsed.heading is not None else []
    sentences = [(parsed.text, p.start, s) for p in heading + parsed.lead for s in p.doc.sents]
    sentences += [(title.text, 0, s) for s in title.sents] if title is not None else []
    described = described_then_named(parsed) if parsed.lead else None
    actor = described[0] if described is not None and described[1] == subject else None
    said = None  # "The council said the library would open ...": its saying, if nothing better
    pointed_back = False  # whether its deed was told only as "the changes", "the move", told before
    announced = False  # whether that saying told its deed first ("Night trains ... will stop running, ÖBB announced")
    titles: dict[str, str | None] = {}  # the title's word for the subject ("Chancellor scraps ..." for Rachel Reeves)
    for text, offset, sentence in sentences:
        if said is not None and (title is None or sentence.doc is not title):
            continue  # past a saying, only the headline's deed
        for token in sentence:
            # (in the lead, one called "the King": not a headline line's bare "Mayor slammed ...", read below it)
            # (or with its owner: "The state's roads minister has announced ...", then "Roads Minister Kate Dorrington")
            owned = token.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "poss" for c in token.lefts)
            called = title is not None and token.doc is title or (token.i > 0 and token.nbor(-1).lower_ == "the")
            # (a headline in sentence case: "Sports minister commits government backing to ...")
            titled = (called and (token.is_title or token.doc is title) or owned) and token.lower_ in _HEAD_TITLES \
                and titles.setdefault(
                token.lower_, titled_name(token.text if token.is_title else f"the {token.lower_}", article.text,
                                          None, {}, None)) == subject
            ministers = token.lower_ == "ministers" and subject == "the government"  # (see `_agent_name`)
            named = bool(spelled) and token.i + 1 >= len(spelled) and [
                t.text for t in token.doc[token.i + 1 - len(spelled): token.i + 1]] == spelled
            # (a headline's "University to track ..." of the University of Northmoor)
            named |= title is not None and token.doc is title and token.text in kind_words
            named |= title is not None and token.doc is title and _shortened_name(token, subject)
            if token.lower_ != last and not named and not titled and not ministers and (
                    actor is None or token.doc is not actor.doc or token.i != actor.i) \
                    and not _kind_announces(token, last):
                continue
            if token.dep_ == "conj" and " and " in subject:
                token = token.head  # "Ministry of Roads and Transport": its last word joined to "Roads"
            if token.dep_ in ("amod", "nmod") and token.head.dep_ == "compound" and token.head.head.dep_ == "nsubj":
                token = token.head.head  # "Corton Athletic chief executive Lena Moss has defended ...": its head's
            if token.dep_ == "pobj" and token.head.lower_ == "of" and (
                    token.head.head.lower_ in _RUNNERS or f"{token.head.head.text} of" in subject):
                token = token.head.head  # "The organisers of Meadowfest have scrapped ...": they act for it;
                # "The National Gallery of Wessex has been criticised ...": its name's head acts
            elif token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass"):
                token = token.head  # "The Chancellor, Rachel Adeyemi, has announced ...": the title acts
            elif token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of" \
                    and token.head.head.head.dep_ in ("nsubj", "nsubjpass") and _a_title(token.head.head.head):
                token = token.head.head.head  # "The chief executive of Brightpath, Marcus Feld, has been ..."
            elif (kind := _kind_before(token)) is not None and kind.dep_ == "pobj" and kind.head.lower_ == "by":
                token = kind  # "An advert by the lender Brightway Bank showing ...": made by the named kind
            elif joined_by_ampersand(token):
                token = token.head  # "Rose & Anchor Kitchens", its last word hung on its first
            elif token.dep_ not in ("nsubj", "nsubjpass") and token.i > 0 and token.nbor(-1).lower_ in BUSINESS_NOUNS \
                    and token.nbor(-1).dep_ in ("nsubj", "nsubjpass"):
                token = token.nbor(-1)  # "Delivery app Zoomr has cut ...", the name parsed as an adverb: the app acts
            if token.head.lower_ in _STATE_VERBS and (token.head.dep_ == "relcl" or _whose_verb(token.head)):
                continue  # "Thabo Mokoena, whose channel ThaboTries has 2.3 million subscribers, announced ...": told
            phrase = _headline_plan(token, subject, text, offset) or _headline_deed(token, subject, text, offset) \
                or _deed_hung_on(token, subject, text, offset) \
                or _deed_read_as_adjective(token, subject, text, offset) or (
                token.dep_ in ("nsubj", "nsubjpass", "compound", "poss", "dobj", "pobj")
                and not title_cased(sentence) and _action_phrase(token, subject, text, offset))
            # (what it announced told before the verb, "The Blue Line will close ..., the authority announced", is
            # its saying too: a headline's measure, "Hospital car parking charges to double", tells the deed better)
            fronted = token.dep_ == "nsubj" and any(c.dep_ == "ccomp" and c.i < token.head.i
                                                    for c in token.head.children)
            if phrase and (deed := _without_response(phrase)) != _possessive(subject):
                if _points_back(deed[len(_possessive(subject)):], sentence.text) \
                        and _told_in_full(deed, subject, parsed, article.title) == deed:
                    pointed_back = True
                    continue  # "Vale ... announced the change in a 14-minute video": the deed told before, elsewhere
                if deed.startswith(f"{_possessive(subject)} saying ") or fronted:
                    said = said or deed  # what it said, unless the headline tells what it did
                    announced |= fronted
                    break
                # (not an owner left with nothing: "Hospital ... sparks anger from families")
                return _plan_after_buying(token, subject, text, offset) \
                    or _told_in_full(deed, subject, parsed, article.title)
    # A body the lead calls only by its kind ("Arsenal fans ... after the club announced a 7% rise"):
    # the kind's deed, as the body's
    # (read only for a headline that opens on a business's kind)
    described = described_as(subject, article.text) if title is not None and any(
        s[0].lower_ in BUSINESS_NOUNS for s in title.sents) else frozenset()
    # (not past a deed the subject announced: "An ÖBB spokesperson said the company hoped to restore the service")
    for text, offset, sentence in sentences if not subject.startswith("the ") and not announced else ():
        for token in sentence:
            # (its deed, or what a crowd reacted to it for: "criticised the club after it banned flags"; not
            # what it said; a headline opens on the kind the lead gives it: "Airline criticised over seat
            # fees" of "Budget airline SkyLark")
            # (what it is criticised over; not what is done to it: "Bank ordered to repay ...", "Retailer hit by")
            the = any(c.lower_ == "the" for c in token.children) or (
                token.doc is title and token.i == sentence.start and token.lower_ in described
                and token.head.lower_ in REACTION_VERBS and not any(c.dep_ == "agent" for c in token.head.children))
            kind = token.lower_ in BUSINESS_NOUNS and the and (
                (token.dep_ == "nsubj" and token.head.lemma_ not in _ONLY_SAYING)
                or (token.dep_ == "dobj" and token.head.lower_ in REACTION_VERBS)
                or (token.dep_ == "pobj" and token.head.lower_ == "by"))  # "An advert by the charity ..."
            if kind and (phrase := _action_phrase(token, subject, text, offset)):
                return _without_response(phrase)
    return _measure_to_change(article.title, parsed, subject) or _members_voted(parsed, subject) \
        or _announced_in_headline(article.title, subject, said) \
        or (_headline_as_told(title, subject, article.text) if pointed_back and not announced else None) or said \
        or _what_it_owns(sentences, subject, parsed.text) or _headline_as_told(title, subject, article.text) or subject


def _kind_announces(token: Token, last: str) -> bool:
    """Whether `token` is the subject, named before it in its sentence, by its kind, announcing the news told first:
    "Allotment holders on sites owned by Brantley Estates will pay a £60 charge, the landowner has told them"."""
    verb = token.head
    return token.dep_ == "nsubj" and token.tag_ == "NN" and any(c.lower_ == "the" for c in token.children) \
        and (verb.lemma_ or verb.lower_) in _KIND_ANNOUNCES \
        and any(c.dep_ == "ccomp" and c.i < token.i for c in verb.children) \
        and any(t.lower_ == last and (t.dep_ in ("pobj", "poss") or t.head.dep_ in ("pobj", "poss"))
                for t in token.sent if t.i < token.i)  # (named as whose, not as the news's doer: "Haley is ...")


def _plan_after_buying(token: Token, subject: str, text: str, offset: int) -> str | None:
    """What one who bought something plans for it, told after the buying: "has bought the Palatine Picture House ...
    and plans to reopen it as a private members' club" (what the public reacts to is the plan)."""
    verb = token.head if token.dep_ == "nsubj" else None
    if verb is None or (verb.lemma_ or verb.lower_) not in ("buy", "acquire", "purchase"):
        return None
    plan = next((c for c in verb.children if c.dep_ == "conj" and c.tag_.startswith("VB")
                 and (c.lemma_ or c.lower_) in ("plan", "intend")), None)
    # (without the pronoun for what was bought, and up to a phrase of the plan's detail: "to reopen as a private
    # members' club", not "... with public film screenings two days a week")
    rest = [t for c in plan.rights if c.dep_ == "xcomp" for t in c.subtree
            if not (t.dep_ == "dobj" and t.lower_ in ("it", "them"))] if plan is not None else []
    rest = list(itertools.takewhile(lambda t: not (t.dep_ in ("prep", "punct") and t.lower_ not in ("as", "into")),
                                    rest))
    return _limit([_possessive(subject), "planning", _own_words(rest, text, offset)]) if rest else None


# A headline that tells the news and then who announced it: "Granny flats up to 60sq m will no longer need building
# consent, housing minister announces"
_FRONTED_ANNOUNCEMENT = re.compile(r"(?P<told>.{12,}?),\s+(?:[\w'’.-]+\s+){1,4}(?:announces|announced|says|said|"
                                   r"confirms|confirmed|reveals|revealed)\s*$")


def _announced_in_headline(title: str, subject: str, said: str | None) -> str | None:
    """Where only the subject's saying is read, the news a headline tells before who announced it: what was
    announced, not a later quote's claim ("Dean Faulconer's saying the reform would make it cheaper ...")."""
    if not (said or "").startswith(f"{_possessive(subject)} saying "):
        return None
    fronted = _FRONTED_ANNOUNCEMENT.fullmatch(title.strip())
    return (_limit(fronted.group("told").split()) or None) if fronted else None


# A deed told only by a word that points back at it ("the change", "the move", "the decision"), with no more of it
_BACK_REFERENCE = re.compile(r"\s*(?:change|changes|move|decision|news|announcement)\b(?!\s+(?:to|of|on)\b)")
# Or by the measure's bare kind, with "the" ("signed the scheme into law": the scheme the lead told first; not
# "approved a plan")
_MEASURE_BACK = re.compile(r"\s*(scheme|plans?|policy|measures?|proposals?)\b(?!\s+(?:to|of|on|for)\b)")


def _points_back(deed: str, sentence: str) -> bool:
    """Whether a deed's words (after its owner's name) only point back at a deed told before, elsewhere."""
    kind = _MEASURE_BACK.match(deed)
    return bool(_BACK_REFERENCE.match(deed)) or (kind is not None and re.search(
        rf"\b(?:the|this|that) {kind.group(1)}\b", sentence, re.I) is not None)

# A headline that reports someone's words ("WSJ editorial: 'Deport Nikki Haley.'", "'We will not back down'")
_SPOKEN_HEADLINE = re.compile(r"^\s*['‘\"“]|:\s*['‘\"“]")


def _headline_as_told(title: Doc | None, subject: str, text: str) -> str | None:
    """Where no deed of the subject's is read, the headline's telling of the news ("Marama Bay Hospital parking
    fees to almost double from April"): reactions are asked about what happened rather than about a bare name
    (a place, a building: "Weaver's Court tenants told to leave ..." gave "Weaver"). Not a headline that tells
    the reaction itself ("Fans fume as ...", "... sparks backlash": a side toward the outcry turns over), nor
    what befalls the subject for its deed ("Influencer to appear in court", of "Influencer Jake Smith": the
    same turn), nor one that quotes someone."""
    if title is None or not title.text.strip() or _SPOKEN_HEADLINE.search(title.text):
        return None
    # (who the headline is about: its verb's subject, or its root noun in "Influencer to appear in court")
    told = next((t for t in title if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                 or t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")), None)
    if told is not None and (told.text in subject.split() or re.search(
            rf"\b{re.escape(told.text)}\s+{re.escape(subject)}\b", text, re.IGNORECASE)):
        return None
    if any(t.lower_ in REACTION_VERBS or t.lower_ in RESPONSE_NOUNS or t.lower_ in CROWD_FEELING_VERBS
           or t.lower_ in STIRRING_VERBS or t.lower_ in HITTING_BACK for t in title):
        return None
    return _limit(title.text.split()) or None


def _whose_verb(verb: Token) -> bool:
    """A verb whose subject a "whose" owns, the parser having hung the name before it on it too: "Tessa Vale, whose
    channel has 5.6 million subscribers, says ..." ("Vale" and "channel" both subjects of "has")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "whose" for g in c.children) for c in verb.children)


_BEFORE_NOW = {"previous", "former", "old", "existing", "current", "earlier", "original"}
_STATE_VERBS = {"has", "have", "had", "is", "are", "was", "were"}  # (what a name is or has, told in passing)
_FACILITIES = {"playground", "park", "library", "pool", "centre", "center", "stadium", "clinic", "museum", "gallery",
               "garden", "gardens", "market", "app", "logo", "uniform", "kit", "menu", "mascot", "building", "tower",
               "hall", "arena", "skatepark", "trail", "cycleway", "track"}


def _what_it_owns(sentences: list[tuple[str, int, Span]], subject: str, article_text: str) -> str | None:
    """What the headline or lead gives the subject, where no deed of its is told: "Wattle Creek's $1.4m
    all-abilities playground opens at Banksia Reserve" -> "Wattle Creek's $1.4m all-abilities playground" (a
    stance toward a thing of its, rather than toward its bare name)."""
    last = subject.split()[-1]
    # (the title's: it names the thing most briefly; a thing made, not "Trump's advisers" nor "Clinton's victory")
    for text, offset, sentence in (s for s in sentences if s[0] is not article_text):
        owner = next((t for t in sentence if t.text == last and t.dep_ == "poss"
                      and t.head.lower_ in _WORKS | _STRUCTURES | _FACILITIES), None)
        if owner is not None:
            return _limit([_possessive(subject), _own_words(_unowned(owner.head), text, offset)])
    return None


def _shortened_name(token: Token, subject: str) -> bool:
    """A headline's name that ends at `token` and opens the subject's longer one ("Northshore Health to route ..."
    of Northshore Health Authority)."""
    words = subject.split()
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if len(words) < 2 or not token.is_title or (following is not None and following.is_title):
        return False
    start = token.i
    while start > 0 and token.doc[start - 1].is_title and token.i - start + 1 < len(words) - 1:
        start -= 1
    return any([t.text for t in token.doc[begin: token.i + 1]] == words[: token.i + 1 - begin]
               for begin in range(start, token.i + 1))


# Who votes for a body: "after councillors voted 7-4 on Wednesday to introduce summer charges"
_MEMBERS_WHO_VOTE = {"councillors", "councilors", "trustees", "directors", "governors", "commissioners",
                     "supervisors", "aldermen", "board", "members"}


def _members_voted(parsed: ParsedText, subject: str) -> str | None:
    """A body's deed its members voted for in the lead ("... after councillors voted 7-4 on
    Wednesday to introduce summer charges at three beaches"): "X's decision to introduce summer
    charges at three beaches". Not a person's: their council's vote is not their deed."""
    if any(e.label_ == "PERSON" and e.text == subject for p in parsed.lead[:2] for e in p.doc.ents):
        return None
    for paragraph in parsed.lead[:2]:
        for verb in paragraph.doc:
            voter = subject_of(verb) if verb.lemma_ == "vote" else None
            to = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
            if voter is None or voter.lower_ not in _MEMBERS_WHO_VOTE or to is None:
                continue
            rest = [t for c in to.rights if c.dep_ not in _CLAUSE_END_DEPS for t in _clause(c)]
            negation = ["not"] if any(c.dep_ == "neg" for c in to.children) else []  # "voted not to extend ..."
            if rest:
                return _limit([_possessive(subject), "decision", *negation, "to", to.lower_,
                               _own_words(rest, parsed.text, paragraph.start)])
    return None


# A headline's measure that will change, with nobody named who changes it: "Hospital car parking
# charges to double" (what the subject does to it, as a gerund).
_CHANGES = {"rise": "raising", "double": "doubling", "triple": "tripling", "increase": "increasing", "go up": "raising",
            "soar": "raising", "be cut": "cutting", "be scrapped": "scrapping", "be axed": "axing",
            "be frozen": "freezing"}
_CHANGE_WORDS = "|".join(change.replace(" ", r"\s+") for change in _CHANGES)
_CHANGED_MEASURE = re.compile(
    r"^(?P<thing>(?:[\w'’-]+\s+){0,4}?(?:charges?|fees?|fares?|prices?|tax(?:es)?|rents?|bills?|rates?|costs?|"
    rf"fines?|tolls?|levy|levies))\s+(?:to|will)\s+(?P<change>{_CHANGE_WORDS})\b", re.I)


# A headline that forecasts or reports someone's warning, and a lead that tells the change as the
# subject's own decision.
_FORECAST = re.compile(r"\b(?:says?|warns?|forecasts?|predicts?|told|claims?|expected|could|may|might|why|how|if|"
                       r"unless|as)\b", re.I)
_DECIDED = re.compile(r"\b(?:confirmed|announced|approved|agreed|decided|voted)\b")


def _measure_to_change(title: str, parsed: ParsedText, subject: str) -> str | None:
    """"Hospital car parking charges to double", over a lead in which the subject confirmed it: the
    subject's doubling them (not "Energy bills to rise, Cornwall Insight forecasts")."""
    found = _CHANGED_MEASURE.match(title.strip())
    if found is None or _FORECAST.search(title) or not (parsed.lead and _DECIDED.search(parsed.lead[0].doc.text)):
        return None
    change = _CHANGES[" ".join(found.group("change").lower().split())]
    return f"{_possessive(subject)} {change} {found.group('thing').lower()}"


def _told_in_full(deed: str, subject: str, parsed: ParsedText, headline: str = "") -> str:
    """A headline's bare "Obama's Gitmo plan" as the lead tells it: "Obama's plan to close Guantanamo
    Bay" (what the plan does, which the stance is taken on); a bare U-turn with what it turned on."""
    if re.fullmatch(rf"{re.escape(_possessive(subject))}\s+(?:[\w-]+\s+){{0,2}}(?:U-turn|climbdown|reversal)", deed):
        lead = " ".join(p.doc.text for p in parsed.lead)
        turned = _TURNED_ON_WHAT.search(headline) or _TURNED_ON_WHAT.search(lead)
        return _limit([deed, "on", turned.group("what")]) if turned else deed
    bare = re.fullmatch(rf"{re.escape(_possessive(subject))}\s+(?:[\w-]+\s+){{0,2}}(?P<noun>[a-z]+)", deed)
    if bare is None or bare.group("noun") not in MEASURE_NOUNS:
        return deed
    lead = " ".join(p.doc.text for p in parsed.lead)
    owner = rf"\b(?:{re.escape(surname(subject))}|{re.escape(subject.split()[-1])})['’]s?\s+(?:[\w-]+\s+){{0,2}}"
    # (the phrase ends at a clause or a stop: not at the comma of "30,000")
    noun = bare.group("noun")
    end = (r"(?=\s*(?:[,.;:](?:\s|$)|[—–(]|\s-\s|\s(?:though|but|which|that|as|after|while|amid|have|has|had|by|"
           r"could|would|will|may|might|are|were|is|was)\b|$))")
    told = re.search(rf"{owner}(?P<what>{noun}\s+to\s+[a-z]+(?:\s+[\w'’-]+){{0,6}}?){end}", lead)
    # (or what the lead's opening "Plans for a 30,000-seat stadium ..." are for)
    told = told or re.match(rf"(?P<what>{noun.capitalize()}\s+for\s+(?:[\w'’,-]+\s+){{0,9}}?[\w'’-]+){end}", lead)
    if told is None:
        return deed
    what = told.group("what")
    return _limit([_possessive(subject), what[:1].lower() + what[1:]])


# What a U-turn undid: "School U-turns on puffer jacket ban after parents' fury", "made a U-turn over its plan to ..."
_TURNED_ON_WHAT = re.compile(r"\b(?:U-turn(?:s|ed)?|climb(?:s|ed)?\s+down|climbdown|reversal|backtrack(?:s|ed)?)\s+"
                             r"(?:on|over)\s+(?P<what>(?:[\w'’-]+\s+){0,7}?[\w'’-]+)"
                             r"(?=\s+(?:after|amid|following|as|in\s+the\s+face)\b|\s*[,.:;!?—–(]|\s-\s|\s*$)", re.I)


def _without_response(phrase: str) -> str:
    """A headline's deed without the response it tells ("X's plan to keep libraries open late wins
    praise online", "X's adding paid tokens to Starfall, players revolt")."""
    words = phrase.split()
    for i in range(3, len(words)):
        word, after = words[i].lower().strip(","), words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
        told = (word in MEETING_VERBS or word in ("wins", "won", "sparks", "stirs")) and after in _MET | {"praise"}
        if told or (words[i - 1].endswith(",") and word in CROWD_WORDS):
            return " ".join(words[:i]).rstrip(",")
    return phrase


def _headline_plan(token: Token, subject: str, text: str, offset: int) -> str | None:
    """A headline's "X to raise fares", "Acme to cut 500 jobs" (a plan, and no finite verb in the
    sentence): "X's plan to raise fares"."""
    doc, sentence = token.doc, token.sent
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to" or doc[token.i + 2].tag_ != "VB" or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sentence):
        return None
    verb = doc[token.i + 2]
    rest = sorted((t for c in verb.rights if c.dep_ not in _CLAUSE_END_DEPS for t in _clause(c)), key=lambda t: t.i)
    if not rest:
        return None
    return _limit([_possessive(subject), "plan to", verb.lower_, _own_words(rest, text, offset)])


_LEGISLATURES = {"parliament", "congress", "senate", "legislature", "assembly", "cabinet", "lawmakers", "mps"}
_ONLY_SAYING = {"say", "tell", "add", "state", "insist", "claim", "explain", "argue"}  # (not "announce")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_HEADLINE_BREAKS = {"as", "after", "amid", "while", "despite", "following", ",", ":", "—", "–", "-", ";"}


def _headline_deed(token: Token, subject: str, text: str, offset: int) -> str | None:
    """A headline's "Chancellor scraps fuel duty freeze as MPs react", its verb read as a plural
    noun: "Rachel Reeves' scrapping fuel duty freeze"."""
    doc = token.doc
    verb = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if verb is None or verb.tag_ != "NNS" or verb.lower_ not in UNDOING_VERBS:
        return None
    rest = list(itertools.takewhile(lambda t: t.lower_ not in _HEADLINE_BREAKS, doc[verb.i + 1: token.sent.end]))
    if not rest:
        return None
    return _limit([_possessive(subject), _gerund(UNDOING_VERBS[verb.lower_]), _own_words(rest, text, offset)])


def _deed_hung_on(token: Token, subject: str, text: str, offset: int) -> str | None:
    """A headline's "Eastshore Health scraps parking fees at its three hospitals", the name hung on the verb
    (see `_name_hung_on_verb`): "Eastshore Health's scrapping parking fees at its three hospitals"."""
    verb = token.head
    if token.dep_ != "compound" or verb.i != token.sent.root.i or verb.i < token.i or title_cased(token.sent) \
            or _name_hung_on_verb(token.sent) is None:  # (not "Trump Stands Tall On Proposal ...", all in capitals)
        return None
    rest = list(itertools.takewhile(lambda t: t.lower_ not in _HEADLINE_BREAKS, token.doc[verb.i + 1: token.sent.end]))
    if not rest:
        return None
    return _limit([_possessive(subject), _gerund(verb.lemma_ or verb.lower_), _own_words(rest, text, offset)])


def _deed_read_as_adjective(token: Token, subject: str, text: str, offset: int) -> str | None:
    """"The Canadian Transportation Agency on Tuesday finalised rules requiring airlines to pay ...", the verb read
    as an adjective of what it made (see `_agents`): "Canadian Transportation Agency's finalising rules requiring
    airlines to pay ..."."""
    if token.dep_ != "nsubj" and token.i != token.sent.root.i:
        return None
    verb = next((t for t in token.sent if t.tag_ == "VBD" and t.dep_ == "amod" and 0 < t.i - token.i <= 5), None)
    if verb is None or verb.head.i < verb.i:
        return None
    done = [t for t in verb.head.subtree if t.i > verb.i]
    return _limit([_possessive(subject), _gerund(verb.lemma_ or verb.lower_), _own_words(done, text, offset)])


def _action_phrase(token: Token, subject: str, text: str, offset: int) -> str | None:
    if token.dep_ == "poss" and token.head.lower_ in ACTION_NOUNS | MEASURE_NOUNS \
            and token.head.tag_ not in ("NNP", "NNPS") and not any(c.lower_ in _BEFORE_NOW for c in token.head.lefts):
        # "... with Obama's latest plan to close X", not "Gingrich's Bill Clinton" (nor "The board's previous
        # policy, adopted in 2019, ...": what it had before is not the news)
        return _limit([_possessive(subject), _own_words(_unowned(token.head), text, offset)])
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lower_ in UTTERANCE_NOUNS | MEASURE_NOUNS:
        # "An advert by budget airline SkyHop has been branded ...": its advert; "Plans by Mayor Tom Ricci to ..."
        made, by = token.head.head, {t.i for t in token.head.subtree}
        # (and the name after its kind: "the lender Brightway Bank")
        by |= set(itertools.takewhile(lambda i: token.doc[i].tag_ in ("NNP", "NNPS"),
                                      range(token.i + 1, min(token.i + 6, len(token.doc)))))
        words = _own_words([t for t in _unowned(made) if t.i not in by], text, offset)
        return _limit([_possessive(subject), words[:1].lower() + words[1:] if made.is_sent_start else words])
    put_out = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else None
    made = (next((c for c in put_out.children if c.dep_ == "nsubjpass"), None)
            or (put_out.head if put_out.dep_ == "acl" and put_out.lower_ in _PUT_OUT else None)) \
        if put_out is not None else None
    if made is not None and made.dep_ == "pobj" and made.head.lower_ in ("in", "of", "on") \
            and made.head.head.lower_ in ACTION_NOUNS | MEASURE_NOUNS:
        made = made.head.head  # "a 7.7% rise in rents approved by Leeds City Council": the rise
    if made is not None and made.lower_ in UTTERANCE_NOUNS | MEASURE_NOUNS | _WORKS | {"rise", "rises"}:
        # "Plans to build 400 homes ... have been submitted to the council by developer Oakridge Homes", "A campaign
        # ad released Tuesday by candidate Brett Collins ..." (without who put it out)
        made_by = {t.i for t in put_out.subtree} if put_out.dep_ == "acl" else set()
        words = _own_words([t for t in _unowned(made) if t.i not in made_by], text, offset)
        return _limit([_possessive(subject), words[:1].lower() + words[1:] if made.is_sent_start else words])
    punisher = _punisher(token.head.head) if token.dep_ == "pobj" and token.head.dep_ == "agent" else None
    done_to = next((c for c in token.head.head.children if c.dep_ == "nsubjpass"), None) if punisher else None
    if punisher is not None and punisher.i == token.i and done_to is not None:
        # "A pensioner has been fined £200 by Lowfield District Council for feeding pigeons": its fining her
        verb = token.head.head
        rest = [t for c in verb.rights if c.dep_ not in _CLAUSE_END_DEPS | {"agent"} for t in _clause(c)]
        whom = _own_words(list(done_to.subtree), text, offset)
        return _limit([_possessive(subject), "fining", whom[:1].lower() + whom[1:], _own_words(rest, text, offset)])
    # "A 14-storey block of 160 flats has been approved by Eastfield Borough Council": its approving it (the
    # subject itself, not "Kent County Council" in a story of another council)
    passive = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else None
    deed = (passive.lemma_ or passive.lower_) if passive is not None and passive.tag_ == "VBN" else None
    done = next((c for c in passive.children if c.dep_ == "nsubjpass"), None) \
        if passive is not None and deed in _DONE_BY_AN_AGENT else None
    if done is not None and deed and done.lower_ not in PRONOUNS \
            and subject.lower().removeprefix("the ") in " ".join(t.text for t in token.subtree).lower():
        whom = _own_words(list(done.subtree), text, offset)
        return _limit([_possessive(subject), _gerund(deed), whom[:1].lower() + whom[1:]])
    if token.dep_ == "compound" and token.head.lower_ in MEASURE_NOUNS and token.head.tag_ == "NN" \
            and token.head.dep_ in ("nsubj", "nsubjpass"):
        # "A new Texas law that lets residents carry handguns ... took effect": the subject's measure
        law = token.head
        return _limit([_possessive(subject), _own_words([t for t in _unowned(law) if t.i != token.i], text, offset)])
    owned = token.head
    if token.dep_ == "poss" and owned.tag_ in ("NN", "NNS") and ((
            owned.dep_ in ("nsubj", "nsubjpass") and _meets_a_response(owned.head)) or (
            owned.dep_ == "pobj" and _crowd_reaction_read_as_noun(owned.head.head) == owned)):
        # "Taylor Swift's new album has been criticised by fans", "Cyclists cheer as Millbrook's new bike
        # lane opens": what of hers met the response
        return _limit([_possessive(subject), _own_words(_unowned(owned), text, offset)])
    head, someone = token, False
    if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass") and not is_reporting(token.head.head) and (
            token.head.lower_ in BODY_KINDS | _ORG_HEADS | _LEGISLATURES):
        head = token.head  # "Australia's parliament has approved a ban ...": its body acts for it
    crowd_reacts = False
    while (head.dep_ in ("compound", "flat") or joined_by_ampersand(head)) and head.head.i != head.i:
        head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _COUNTED \
                and head.head.head.dep_ == "nsubj":
            head = head.head.head  # "Hundreds of Uber drivers": the crowd
        # "Manchester City fans booed ... after it announced a 12% rise": what the subject did that they answer
        # (or what they did anything after: "Hundreds of Uber drivers ... gathered ... after it cut the rate ...")
        acts = [head.head, *(c for c in head.head.children if c.dep_ == "conj")]
        crowd_reacts = (head.tag_ == "NNS" or head.lower_ in CROWD_WORDS) and head.dep_ == "nsubj" and (
            head.head.lower_ in REACTION_VERBS or light_reaction(head.head) == "hit back" or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
                and any(d.dep_ == "nsubj" and d.lower_ == "it" for d in c.children)
                and c.lower_ not in ("emerged", "emerges", "transpired", "appeared")  # (not "after it emerged that")
                and not any(d.dep_ == "ccomp" for d in c.children)
                for v in acts for c in v.children))
        if crowd_reacts:
            break
        if head.tag_ == "NNS" or head.lower_ in CROWD_WORDS:
            return None  # "the Trump troops embraced ...": a group acts, not the subject
        someone |= head.ent_type_ == "PERSON" and any(  # a person's name past the subject's own
            t.ent_iob_ != "I" for t in token.doc[token.i + 1:head.i + 1])
        if head.tag_ == "NNP" and head.lower_ in _BODY_HEAD_WORDS and head.text not in subject:
            return None  # "The Texas State Rifle Association hailed ...": another body named after the subject
    # "The league has defended referee Mark Dunn after he awarded a late penalty": what he did.
    answered = (head.dep_ == "dobj" and head.head.lower_ in REACTION_VERBS) or crowd_reacts
    # ... or "Parents have hit out at a primary school after it banned ...": what it did
    hit_at = head.dep_ == "pobj" and head.head.lower_ in ("at", "against") and head.head.head.tag_.startswith("VB") \
        and light_reaction(head.head.head) == "hit back"
    # ... or "Fans have turned on striker Leo Marsh after he signed for ...": what he did
    hit_at |= head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.lower_ in _TURNED_ON
    answered |= head.dep_ == "dobj" and head.head.lower_ in _TURNED_ON and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.head.children)
    # ... or "Pressure is mounting on X after it emerged that he claimed ...": what the pressure answers
    # (a deed of theirs: "after he claimed ...", "after it emerged that he ..."; not "after floods destroyed 400 homes")
    hit_at |= head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.tag_.startswith("VB") and any(
        c.dep_ == "nsubj" and c.lower_ in _MET for c in head.head.head.children) and any(
        d.dep_ in ("nsubj", "expl") and d.lower_ in ("he", "she", "they", "it") for c in head.head.head.children
        if c.dep_ == "advcl" for d in c.children)
    if not (answered or hit_at) and (head.dep_ not in ("nsubj", "nsubjpass") or not head.head.tag_.startswith("VB")):
        return None
    answered |= hit_at
    verb = head.head.head if hit_at else head.head
    if verb.tag_ == "VBD" and any(c.dep_ == "npadvmod" and any(d.lower_ in ("each", "every") for d in c.children)
                                  for c in verb.children):
        return None  # "The festival, held each August on farmland, ...": what it always is, read as a deed
    # "A headteacher who banned phones has received an outpouring of support": the deed that names the
    # actor (no comma: not "Mitt Romney, who helped launch ..., will not be present") met the response.
    done = next((c for c in head.children if c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN", "VBZ")
                 and c.left_edge.lower_ in ("who", "that") and c.left_edge.i == head.i + 1), None)
    saying = (verb.lemma_ or verb.lower_) in _ONLY_SAYING
    if saying and verb.dep_ == "relcl":
        return None  # "The fee, which Parkvale says covers the gym, ...": an aside on something else
    if done is None and saying:
        # "The British Medical Association, which called the strike, says ...": what it did, not what it says
        # (not its history: "The Corringham Museum Trust, which took over the building in 2016, says ...")
        done = next((c for c in head.children if c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN", "VBZ")
                     and c.left_edge.lower_ in ("who", "which")
                     and (c.lemma_ or c.lower_) not in _ONLY_SAYING | _STATES | {"be"}
                     and not ((c.lemma_ or c.lower_) in _HAVING and c.tag_ == "VBZ")
                     and not any(_YEAR.fullmatch(t.text) for t in c.subtree)), None)
    if done is not None and ((verb.lemma_ or verb.lower_) in _RECEIVING or _meets_a_response(verb) or saying):
        verb = done  # ("A landlord who banned phones says trade has doubled")
    if someone and not _on_its_behalf(verb):
        return None  # "DNC Chair Debbie Wasserman Schultz announced she will resign": her own deed
    owner = _possessive(subject)
    retreated = _retreated_from(verb)
    if retreated is not None and not retreated.tag_.startswith("VB"):  # "apologized after a joke about X drew ..."
        # (not where it was taken from, which the parser may hang on the thing: "withdrawn a novel from sale")
        taken_from = {t.i for c in retreated.children if c.dep_ == "prep" and c.lower_ in ("from", "off")
                      and any(p.lower_ in _ON_OFFER for p in c.children) for t in c.subtree}
        return _limit([owner, _own_words([t for t in _unowned(retreated) if t.i not in taken_from], text, offset)])
    # ("has apologised after telling passengers to 'stop whingeing'": that telling)
    deed = retreated or (_what_was_met(verb) if _meets_a_response(verb) or answered else None)
    if answered and (deed is None or not deed.tag_.startswith("VB")):
        return None
    if deed is not None and deed.tag_.startswith("NN"):  # "X has come under fire for its decision to ..."
        return _limit([owner, _own_words(_unowned(deed), text, offset)])
    if deed is not None:  # "X was criticised after announcing it will remove ...": removing ...
        verb = deed
        # "defended her after she was mocked online for crying ...": what she was mocked for
        suffered = any(c.dep_ == "auxpass" for c in verb.children) and next(
            (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
             if p.dep_ == "pcomp" and p.tag_ == "VBG"), None)
        if suffered:
            verb = suffered
        # "criticised after expenses records showed he claimed £2,950 for a sofa": what they showed he did
        verb = _what_it_showed(verb) or verb
    elif head.dep_ == "nsubjpass" and verb.i == head.head.i and _will_do(verb) is None:
        return None  # (not "A headteacher who scrapped homework has been praised": the deed that names her)
    lemma = verb.lemma_ or verb.lower_
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_.startswith("NN")), None)
    complement = next((c for c in verb.children if c.tag_.startswith("VB") and (c.dep_ == "xcomp" or _purpose(c))),
                      None)

    def words(tokens: list[Token]) -> list[str]:
        return [_own_words(tokens, text, offset)]

    if obj is not None and lemma in _NOMINAL and obj.left_edge.tag_ == "VBG":  # "proposed doubling fares"
        gerund = obj.left_edge
        rest = [t for t in _clause(obj) if t.i > gerund.i]
        return _limit([owner, _NOMINAL[lemma], "to", gerund.lemma_ or gerund.lower_] + words(rest))
    # ("approved a weight-loss pill": approving it, not the agency's pill; "approved a plan": its plan)
    enacted = lemma not in _ENACTING or obj is None or obj.lower_ in MEASURE_NOUNS | ACTION_NOUNS
    # ("ordered all 40,000 employees back to the office": its ordering them, not its employees)
    # ("ran an advert", not "will run two sailings a day": a service it runs, which the gerund tells)
    shown = lemma != "run" or obj is not None and obj.lower_ in UTTERANCE_NOUNS | _RUN_MESSAGES
    # (not denied: "will no longer give an edge to the children of alumni" is its no longer giving one)
    # ("ordered motorcycle taxis out of the town centre": its ordering them out, not its taxis)
    sent_off = lemma == "order" and obj is not None and any(
        c.i > obj.i and c.lower_ in _SENT_OFF for c in verb.children if c.dep_ in ("prep", "prt", "advmod"))
    # ("will release its drama directly on streaming", "will give its expansion away free": how it puts it out is the
    # deed, not the thing)
    how = obj is not None and any(c.i > obj.i and (c.lower_ in _HOW_PUT_OUT or (
        c.dep_ == "prep" and c.lower_ in ("instead", "behind", "without"))) for c in verb.children)
    presented = lemma in _PRESENTS and enacted and shown and not is_denied(verb) and not _crowd_actor(obj) \
        and not sent_off and not how if obj is not None else False
    if obj is not None and (presented or (
            obj.lower_ in ACTION_NOUNS - ACTED_ON_NOUNS and obj.tag_ not in ("NNP", "NNPS")
            and lemma not in _UNDOING | _UPHOLDING | _RULING_ON)):
        tokens = _unowned(obj)
        prefix = [owner] + (["proposed"] if lemma == "propose" and not any(
            t.lower_ == "proposed" for t in tokens) else [])
        return _limit(prefix + words(tokens))
    if complement is not None and lemma in _NOMINAL:
        tokens = _clause(complement)
        base = complement.lemma_ or complement.lower_
        rest = [t for t in tokens if t.i > complement.i]
        # (its refusal kept: "voted not to appoint Dr. Sam Price" is its vote not to appoint him)
        refused = ["not"] if any(c.dep_ == "neg" for c in complement.children) else []
        return _limit([owner, _NOMINAL[lemma], *refused, "to", base] + words(rest))
    ended = complement is not None and lemma in _ENDING_VERBS and complement.tag_ == "VBG"
    # ("is to reintroduce staffed tills", "is set to close 40 stores": what it will do)
    if (will := _will_do(verb)) is not None:
        verb, lemma = will, will.lemma_ or will.lower_
    elif complement is not None and (lemma in _ONSET_VERBS or ended):  # "began preparing for X"
        verb, lemma = complement, complement.lemma_ or complement.lower_
    elif (told := _own_deed(verb)) is not None and (told.lemma_ or told.lower_) not in _STATES:
        # "announced that he had signed X": signing X (not "telling people that they would be ...")
        verb, lemma = told, told.lemma_ or told.lower_
    # (but "it emerged that he will receive a pay package worth £11.2 million": what he gets is the deed)
    paid = lemma in ("receive", "get", "earn") and obj is not None and (obj.lower_ in _PAY or any(
        t.ent_type_ == "MONEY" for t in obj.subtree))
    if lemma in _STATES and not paid:
        return None  # "X's being the winner", "X's facing attack ads": a state, not an action
    # "The Blue Line will close on six weekends this spring, the transit authority announced": what it announced
    # (or told: "Homework will be scrapped ..., headteacher Joanne Pryce told parents in a letter")
    fronted = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_.startswith("VB")), None) \
        if lemma in _ANNOUNCES | _TELLS else None
    # (or the clause the parser hangs the announcing on: "Riders will have to slow down ..., the minister announced")
    if fronted is None and lemma in _ANNOUNCES and verb.dep_ == "advcl" and verb.head.i < verb.i \
            and verb.head.tag_.startswith("VB") and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        fronted = verb.head
    if fronted is not None and not any(c.dep_ == "ccomp" for c in verb.rights):
        # (without what only names the subject in it again: "Allotment holders on sites owned by Brantley Estates")
        again = {t.i for d in fronted.children if d.dep_ in ("nsubj", "nsubjpass") for c in d.children
                 if c.dep_ in ("prep", "acl", "relcl") and any(t.text in subject.split() for t in c.subtree)
                 for t in c.subtree}
        clause = [t for t in _clause(fronted) if t.i not in again]
        told = _own_words(clause, text, offset)
        # (a name keeps its capital, as the text writes it inside a sentence: "Pune residents"; not "Customers of X")
        named = bool(clause) and ((clause[0].tag_ in ("NNP", "NNPS") and clause[0].ent_type_ != "") or re.search(
            rf"\b[a-z][\w'’-]*\s+{re.escape(clause[0].text)}\b", text) is not None)
        announcing = _gerund("announce" if lemma in _TELLS else lemma)
        return _limit([owner, announcing, "that", told if named else told[:1].lower() + told[1:]])
    if is_reporting(verb) and all(c.dep_ in ("punct", "advmod", "npadvmod") or is_masked(c) or (
            c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during")) for c in verb.rights):
        # "saying in an interview": what was said is in quote marks, not in the phrase; unless the lead
        # says the response answered the saying ("faces criticism after she said that teachers ...").
        return _remark(verb, owner, text, offset) if deed is not None else None
    # (and how, in a word the parser hangs as a clause: "give its expansion away free to every owner")
    after = [t for c in verb.rights if (c.dep_ not in _CLAUSE_END_DEPS or _how_often(c) or _purpose(c)
                                        or (c.dep_ == "advcl" and c.lower_ in _HOW_PUT_OUT))
             and not _aside(c) for t in _instead_of(c) + _clause(c)]
    # (a particle alone when it tells leaving: "will step down", "pulled out", "stood aside")
    leaving = bool(after) and after[0].dep_ == "prt" and after[0].lower_ in ("down", "out", "aside", "away")
    # (or a thing it does it to, in one word: "will stop lending DVDs")
    thing = len(after) == 1 and after[0].dep_ == "dobj" and after[0].tag_ in ("NNS", "NNPS") and not is_reporting(verb)
    if len(after) < 2 and not leaving and not thing:
        return None
    negation = ["not"] if any(c.dep_ == "neg" for c in verb.children) else []  # "not seeking reelection"
    if any(c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children)
           for c in verb.children):
        negation = ["no", "longer"]  # "will no longer admit children": its no longer admitting them
    negation = ["no", "longer"] if ended else negation
    if verb.lower_ == f"{lemma}ed" and re.fullmatch(_DOUBLING, lemma):
        lemma += "e"  # "fined" lemmatized "fin": a base that doubles its consonant would have made "finned"
    # ("criticised after a mother was told to pay £40": its telling a mother to pay £40; not a passive with
    # its own doer, "after homes were flooded by the storm")
    done_to = [t for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ in ("NN", "NNS") for t in _clause(c)] \
        if deed is not None and not any(c.dep_ == "agent" for c in verb.children) else []
    return _limit([owner, *negation, _gerund(lemma)] + words(done_to + sorted(after, key=lambda t: t.i)))


_ANNOUNCES = {"announce", "confirm", "reveal", "unveil"}
_TELLS = {"tell", "inform", "write"}  # (what one tells others one will do, told first, one announces)
# Who announces the news told first, by its kind ("..., the landowner has told them"; not "..., the editorial board
# writes", an outlet's opinion)
_KIND_ANNOUNCES = frozenset(_ANNOUNCES | _TELLS | {"say"}) - {"write"}
_TURNED_ON = {"turned", "turn", "turns", "turning", "rounded", "round", "rounds", "rounding"}
_NO_DEED_TO_COME = {"blame", "apologise", "apologize", "resign", "step", "quit", "appear", "face"}


def _instead_of(token: Token) -> list[Token]:
    """The "instead of" the parser hangs elsewhere before a phrase ("... on 18 December instead of in
    cinemas"): without it the phrase says the opposite."""
    i = token.left_edge.i
    return list(token.doc[i - 2:i]) if i >= 2 and token.doc[i - 2].lower_ == "instead" \
        and token.doc[i - 1].lower_ == "of" else []


def _will_do(verb: Token) -> Token | None:
    """What one "is to", "is set to" or "is due to" do ("Brookfields is to reintroduce staffed tills"); not
    "will not be present to see ...", a purpose, nor "is to blame", "is to apologise", "is due to appear in
    court": what answers the deed."""
    if (verb.lemma_ or verb.lower_) not in ("be", "set"):
        return None
    heads = [verb] + [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due"]
    return next((c for h in heads for c in h.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i == h.i + 2
                 and c.nbor(-1).lower_ == "to" and (c.lemma_ or c.lower_) not in _NO_DEED_TO_COME), None)


def _purpose(clause: Token) -> bool:
    """An infinitive hung from the verb ("charge households to collect garden waste"): what the
    action is for, part of it."""
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)

# Verbs by which the subject meets a response ("faces a backlash", "drew criticism", "won praise"),
# and what it meets besides the response nouns under them ("came under fire"). A subject "has
# support" or "steps up pressure" of its own: neither is a response to it.
_MEETS = set(MEETING_VERBS.values()) | {"attract", "endure", "suffer", "stir", "win"}
_MET = (RESPONSE_NOUNS - {"support", "reaction", "reactions"}) | {"fire", "scrutiny", "pressure", "flak", "heat",
                                                                 "calls", "reviews", "accusations"}
# (by the form: the small lemmatizer reads "fined" as "fin")
_PUNISHED = {"fined", "suspended", "sacked", "fired", "disciplined", "punished", "sanctioned", "reprimanded",
             "censured", "expelled", "dismissed", "axed", "ousted"}
# The words that join a response to what it answers: "criticised after announcing ...", "under fire
# for its decision ...", "slammed over its plan ...", "sparked outrage by announcing ...".
_ANSWERED_BY = {"after", "for", "over", "by", "about"}


def _meets_a_response(verb: Token) -> bool:
    """Whether the lead's verb reports a response the subject met rather than its action: a passive
    reaction verb ("has been criticised", "was slammed by shoppers"), or a response or pressure it
    faced, drew or sparked ("is facing a backlash", "has come under fire", "sparked outrage")."""
    lemma = verb.lemma_ or verb.lower_
    # (a headline drops the auxiliary: "Zoo criticised over plan to sell ...")
    headlined = verb.tag_ in ("VBN", "VBD") and not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in _ANSWERED_BY - {"by"} for c in verb.children)
    passive = headlined or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if passive and (lemma in REACTION_VERBS.values() or lemma in SIDING_VERBS.values()
                    or verb.lower_ in REACTION_VERBS or verb.lower_ in SIDING_VERBS or verb.lower_ in _PUNISHED):
        return True  # (or punished for it: "has been fined £50,000 after calling the referee ...")
    if passive and verb.lower_ in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children):
        return True  # "An advert ... has been branded 'tone deaf' by critics": a name the response gave it
    # "came under fire", "was met with jeers", "has been hit with calls for a boycott"
    under = ("under", "with") if lemma in ("meet", "hit") else ("under",)
    met = [c for c in verb.children if c.dep_ == "dobj" and lemma in _MEETS] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in under for g in c.children if g.dep_ == "pobj"]
    met += [g for m in met for c in m.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]  # "a storm of criticism", "a wave of anger"
    if lemma == "go" and any(c.dep_ in ("acomp", "oprd") and c.lower_ == "viral" for c in verb.children):
        return True  # "A bakery has gone viral after posting ...": the response is the spread
    if lemma in ("divide", "split", "polarise", "polarize") and any(
            c.dep_ == "dobj" and c.lower_ in CROWD_WORDS | _DIVIDED for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):  # (not "split its members into two bands")
        return True  # "X has divided the club's support after confirming plans to ...": the response is the split
    # (calls "to apologise", "for his resignation"; not "received 911 calls")
    return any(m.lower_ in _MET and (m.lower_ != "calls" or any(c.lower_ in ("for", "to") for c in m.children))
               for m in met)


_DIVIDED = {"support", "supporters", "opinion", "community", "town", "fanbase", "voters", "party"}  # a divided response


# Verbs by which a subject takes back a thing it put out; the response answered the thing. (Dropping
# a plan is an action of its own, which the reactions may answer: `UNDOING_VERBS`.)
_RETREATS = {"apologize", "apologise", "withdraw", "pull", "remove", "delete", "retract"}
_AFTER = {"after", "following", "amid"}


# Where a thing withdrawn was on offer ("withdrawn a novel from sale"; not "funding from a charity")
_ON_OFFER = {"sale", "shelves", "stores", "shops", "circulation", "market", "schedule", "schedules", "website",
             "platform", "app", "service", "air", "display"}


def _retreated_from(verb: Token) -> Token | None:
    """What a subject that backs down after a response ("has apologized after a joke about flood
    victims drew criticism", "has withdrawn an advert after critics accused it of ...") had put out,
    which the response answered: what it withdrew or apologized for, or what met the response."""
    lemma = verb.lemma_ or verb.lower_
    if lemma not in _RETREATS:
        return None
    # "has apologised and withdrawn a Christmas advert after complaints": the joined retreat tells what
    joined = next((c for c in verb.children if c.dep_ == "conj" and (c.lemma_ or c.lower_) in _RETREATS), None)
    if joined is not None and not any(c.dep_ in ("dobj", "prep") for c in verb.children):
        verb, lemma = joined, joined.lemma_ or joined.lower_
    joint = next((c for c in verb.children if c.i > verb.i and (c.lower_ in _AFTER or any(
        m.dep_ == "mark" and m.lower_ in _AFTER for m in c.children))), None)
    # (all that follows, the joint too, "after it was criticised": the parser may hang "after a joke" and
    # "drew criticism" apart)
    after = [t for t in verb.sent if joint is not None and t.i >= joint.left_edge.i]
    # (a crowd that answers counts: "pulls TikTok ad after viewers call it 'body shaming'")
    responded = [t for t in after if t.lower_ in _MET or t.lower_ in CRITIC_WORDS or (
        t.tag_.startswith("VB") and (t.lower_ in REACTION_VERBS or _meets_a_response(t))) or (
        t.dep_ in ("nsubj", "pobj") and t.lower_ in CROWD_WORDS and t.tag_ == "NNS")]  # ("after readers ... said")
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ in ("NN", "NNS")
                  and c.lower_ not in MEASURE_NOUNS), None) or next(
        (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
         if p.dep_ == "pobj" and p.tag_ in ("NN", "NNS")), None)
    if thing is not None and (responded or lemma in ("apologize", "apologise")):
        return thing  # "apologized for his remarks about ...", "withdrew an advert after critics ..."
    done = None if joint is None else joint if joint.tag_.startswith("VB") else next(
        (c for c in joint.children if c.dep_ == "pcomp" and c.tag_.startswith("VB")), None)
    if lemma in ("apologize", "apologise") and not responded and done is not None:
        # "apologised after telling passengers to 'stop whingeing'": the deed apologised for; "after a video
        # showed him using a slur": what it showed he did
        return _what_it_showed(done) or done
    met = next((t for t in responded if t.tag_.startswith("VB") and _meets_a_response(t)), None)
    if met is None:  # "apologised after a sketch on its show mocked carers, following complaints": the sketch
        return next((c for c in joint.children if c.dep_ == "pobj" and c.tag_ in ("NN", "NNS")
                     and c.lower_ not in _MET and c.lower_ not in MEASURE_NOUNS), None) if responded else None
    thing = next((c for c in joint.children if c.dep_ == "pobj" and c.tag_ in ("NN", "NNS")), None)
    if thing is not None and met in thing.subtree:
        return thing  # "after a video in which he pranked a worker drew criticism", parsed inside the video's clause
    # ("after an advertising campaign in China was criticised": the campaign, the passive's subject)
    return next((c for c in met.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNS")),
                None) or thing


# What a body calls, and so does: "called the strike", "called a snap election".
_CALLED_ACTIONS = {"strike", "strikes", "walkout", "walkouts", "election", "referendum", "vote", "ballot", "boycott",
                   "protest", "shutdown", "lockdown"}
# What a response calls for, not what it answers: "faces calls for a boycott over its decision to ...".
_CALLED_FOR = {"boycott", "boycotts", "resignation", "apology", "inquiry", "investigation", "review", "ban"}


def _what_was_met(verb: Token) -> Token | None:
    """What the response in `verb`'s sentence answers: the action noun ("for its decision to remove
    X": decision) or the deed a clause tells ("after announcing it will remove X": remove; "after it
    announced plans to remove X": announced)."""
    for token in verb.sent:
        if token.i <= verb.i:
            continue
        joined = token.head.lower_ in _ANSWERED_BY
        if token.dep_ == "pobj" and joined and token.lower_ in ACTION_NOUNS and token.tag_ not in ("NNP", "NNPS") \
                and token.lower_ not in _CALLED_FOR:
            return token
        # (or any thing it is praised or blamed for: "hailed for free rebooking and relief flights")
        if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.i == verb.i \
                and token.tag_ in ("NN", "NNS") and token.lower_ not in CROWD_WORDS | CRITIC_WORDS | _CALLED_FOR:
            return token
        if (token.dep_ == "pcomp" and joined) or (token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _ANSWERED_BY for c in token.children)):
            if any(c.dep_ == "nsubj" and (c.lower_ in CROWD_WORDS or c.lower_ in CRITIC_WORDS) for c in token.children):
                return None  # "criticised by players after fans spotted ...": the crowd's doing, not the deed
            # "criticised after a joke about the floods was shown": the joke, not its showing
            if (made := next((c for c in token.children if c.dep_ == "nsubjpass" and c.tag_ in ("NN", "NNS")
                              and c.lower_ in UTTERANCE_NOUNS | MEASURE_NOUNS), None)) is not None:
                return made
            if (deed := _own_deed(token)) is not None and (deed.lemma_ or deed.lower_) not in _STATES:
                return deed
            # The parser hangs "announcing it will remove X" as "announcing it" and a "will remove X" of
            # the main verb's.
            told_it = is_reporting(token) and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
            promised = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ in ("will", "would") for a in c.children)), None)
            return promised if told_it and promised is not None else token
    return None


def _remark(verb: Token, owner: str, text: str, offset: int) -> str | None:
    """The remark a reporting verb reports, in the article's words without quote marks ("said at a
    fundraiser that teachers "work half the year"": "X's remark that teachers work half the year")."""
    sentence = text[offset + verb.idx + len(verb.text): offset + verb.sent.end_char]
    # (or what follows the verb when the sentence drops "that": 'after he said teachers "work half the year"')
    said = re.search(r"\bthat\s+(.+)", sentence) or re.match(r"\s+((?:[A-Za-z][\w'’-]*\s+){1,6}[\"“].+)", sentence)
    if said is None:
        return None
    unquoted = re.sub(r"[\"“”]|''|(?<![A-Za-z])[‘’']|[‘’'](?![A-Za-z])", "", said.group(1))  # not "don't"
    return _limit([owner, "remark that", unquoted])


# Verbs by which a subject gets a response ("received an outpouring of support", "drew praise").
_RECEIVING = {"receive", "draw", "face", "earn", "win", "attract", "get"}
# Verbs of being or undergoing: what they report is no action of the subject's.
# "Tellwave, which has 3.1 million customers, told ...": no deed (but "which employed a nurse who ..." is one)
_HAVING = {"have", "own", "employ"}
_STATES = {"be", "become", "seem", "remain", "stay", "get", "look", "sound", "feel", "face", "receive", "draw",
           "incur", "earn", "meet", "suffer", "undergo"}


def _own_deed(verb: Token) -> Token | None:
    """The verb of what a speaker says they did or will do themselves ("announced that he had signed
    an order", "said it would scrap the fee"): the deed, not the telling, is the action."""
    if not is_reporting(verb):
        return None
    said = next((c for c in verb.children if c.dep_ == "ccomp" and (c.tag_ in ("VBD", "VBN", "VBZ") or (
        c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ in ("will", "would") for a in c.children)))), None)
    doer = subject_of(said) if said is not None else None
    if doer is None or doer.lower_ not in PERSONAL_PRONOUNS | {"it"}:
        return None
    return said


def _on_its_behalf(verb: Token) -> bool:
    """Whether a person named with the subject ("Acme chief executive Jane Roe") tells of the
    subject's deed: "said the company would cut 500 jobs", "announced plans to ...", not "said she
    will resign" or "announced her resignation"."""
    told = _own_deed(verb)
    if told is not None:
        return subject_of(told).lower_ not in ("i", "he", "she")
    own = {"my", "his", "her"}
    return any(c.dep_ == "dobj" and c.lower_ in ACTION_NOUNS and not any(
        g.dep_ == "poss" and g.lower_ in own for g in c.children) for c in verb.children)


def _unowned(noun: Token) -> list[Token]:
    """`noun`'s clause without its determiner or owner ("Trump's" with its "'s"), which the subject's
    possessive replaces."""
    owned = {t.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "poss") for t in c.subtree}
    return [t for t in _clause(noun) if t.i not in owned]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_JOINERS = {"-", "–", "/"}


def _own_words(tokens: list[Token], text: str, offset: int) -> str:
    """The article's own words and spacing for `tokens` ("carry-on", quotes unmasked)."""
    tokens = list({t.i: t for t in tokens}.values())  # (a hyphened word's parts may come with each of them)
    pieces = []
    for t, after in itertools.zip_longest(tokens, tokens[1:]):
        pieces.append(text[offset + t.idx: offset + t.idx + len(t.text_with_ws)])
        if after is not None and not t.whitespace_ and any(w.text not in _JOINERS for w in t.doc[t.i + 1:after.i]):
            pieces.append(" ")  # words cut out after it ("Briggate, the main street, from ..."; not "re-election")
    return "".join(pieces)


_GLOSS_NOUNS = {"decision", "move", "step", "change", "measure", "policy", "plan", "ruling", "order"}


def _clause(token: Token) -> list[Token]:
    """`token`'s subtree without the clauses hanging from it (a relative clause, `and ...`)."""
    cut = {t.i for c in token.children if (c.dep_ in ("relcl", "advcl", "parataxis") and not _says_what(token, c)) or (
        c.dep_ in ("conj", "cc") and c.tag_.startswith("VB")) for t in c.subtree}
    # ", a move that officials say will save $1m": a gloss on the action, not the action.
    # (before the token too when commas close it: "that Skyforge Legends, its free game, will limit ...")
    # (a name too: "that its new console, the Pixelbox Two, will need ...")
    closed = {c.i for c in token.subtree if c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].text == ","}
    glosses = [c for c in token.subtree if c.dep_ == "appos" and c.left_edge.i > 0
               and c.doc[c.left_edge.i - 1].text == "," and (
                   (c.i > token.i and c.tag_ in ("NN", "NNS")) or (c.i < token.i and c.i in closed
                                                                   and c.tag_ in ("NN", "NNS", "NNP")))]
    cut |= {t.i for c in glosses for t in c.subtree} | {c.left_edge.i - 1 for c in glosses} | {
        c.right_edge.i + 1 for c in glosses if c.i < token.i}
    # Dates add nothing to what was done: "on Monday", "last week".
    cut |= {t.i for c in token.subtree if _is_when(c) for t in c.subtree}
    tokens = [t for t in token.subtree if t.i not in cut]
    # (and the rest of a word split at its hyphen, which the parser hung beside it: "a dramatic U" "-" "turn")
    edge = token.right_edge
    while tokens and tokens[-1].i == edge.i and not edge.whitespace_ and edge.i + 1 < len(token.doc) \
            and "-" in (edge.text, edge.nbor(1).text) and edge.nbor(1).head.i == token.head.i != edge.nbor(1).i:
        edge = edge.nbor(1)
        tokens.append(edge)
    while tokens and tokens[-1].is_punct and tokens[-1].text != "%":  # (not "by 40%")
        tokens.pop()
    return tokens


def _says_what(noun: Token, clause: Token) -> bool:
    """A relative clause that says what a measure does ("a bill that will require voters to show ID"):
    part of the action, unlike a gloss after a comma or someone's view of it ("that critics said ...");
    or which people were meant ("mocked fans who asked for refunds": not all fans)."""
    if clause.dep_ == "relcl" and noun.tag_ in ("NN", "NNS") and clause.left_edge.lower_ == "who" \
            and clause.left_edge.i == noun.i + 1:
        return True
    return (clause.dep_ == "relcl" and noun.lower_ in MEASURE_NOUNS | _PRODUCT_NOUNS
            and clause.left_edge.i == noun.i + 1 and clause.left_edge.lower_ in ("that", "which")
            and not any(t.lower_ in SPEECH_VERBS and t.tag_.startswith("VB") and any(
                c.dep_ == "nsubj" for c in t.children) for t in clause.subtree))


def _is_when(token: Token) -> bool:
    """Words that say when: "on Monday", "from September", "Saturday's", "last week"; not the
    week of "move to a four-day week"."""
    if token.dep_ == "prep":
        return any(_is_when(c) for c in token.children if c.dep_ == "pobj")
    if token.dep_ == "pobj" and token.head.lower_ not in _TIME_PREPOSITIONS:
        return False
    if token.head.lower_ in ("aged", "age", "ages", "under", "over", "old"):
        return False  # "children aged 12 and over", "a 15-year-old boy": an age, not a date
    if _how_often(token):
        return False
    return token.lower_ in WEEKDAYS_MONTHS or (token.ent_type_ in ("DATE", "TIME") and token.dep_ in (
        "pobj", "npadvmod", "tmod"))


def _aside(token: Token) -> bool:
    """What the lead adds beside the deed: who told it (", the governing body announced", parsed as
    an object) and the setting ("despite warnings from ...", "amid protests")."""
    told = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "," and any(
        c.dep_ == "acl" and is_reporting(c) for c in token.children)
    # (and what it answers: "scraps compulsory blazer after whānau raise cost concerns", "following complaints";
    # not "after dark", "after hurling legend X", "following their release", "after giving it a one-star review":
    # part of the deed)
    cause = token.dep_ == "prep" and token.lower_ in ("after", "following") and any(
        t.lower_ in _CAUSES for t in token.subtree) and not any(c.tag_ == "VBG" for c in token.children)
    # (and its gloss, parsed as a second object: "ordered taxis out of the centre, a decision welcomed by ...")
    gloss = token.dep_ == "dobj" and token.lower_ in _GLOSS_NOUNS and token.left_edge.lower_ in ("a", "an") \
        and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
    return told or cause or gloss or (token.dep_ == "prep" and token.lower_ in ("despite", "amid", "amidst"))


_CAUSES = {"complaints", "complaint", "concerns", "concern", "criticism", "backlash", "outcry", "protests", "protest",
           "review", "survey", "row", "pressure", "petition", "campaign", "consultation", "report", "investigation",
           "warnings", "calls", "uproar", "anger", "fury", "opposition", "objections", "pushback", "losses", "scandal",
           "revelations", "allegations", "claims", "ruling", "inquiry", "outbreak", "spike", "surge", "spate",
           "reports", "deaths", "death"}  # (not "incident" or "floods": "after any incident involving drones")


def _how_often(token: Token) -> bool:
    """"every three weeks", "twice a year": how often is part of what is done, not when."""
    return token.dep_ in ("npadvmod", "tmod", "advmod", "prep", "pobj") and token.lower_ not in WEEKDAYS_MONTHS \
        and any(t.lower_ in _HOW_OFTEN for t in token.subtree)  # (not "twice Thursday")


_HOW_OFTEN = {"every", "each", "per", "once", "twice"}


_TIME_PREPOSITIONS = {"on", "in", "at", "during", "since", "until", "by", "from", "after", "before", "over",
                      "within", "through", "throughout", "for"}


_EVIDENCE = {"show", "reveal", "suggest", "find", "confirm", "emerge", "indicate"}  # what records say someone did
# Deeds a lead tells in the passive with who did them: "has been approved by the council"
_DONE_BY_AN_AGENT = {"approve", "reject", "refuse", "ban", "scrap", "axe", "cancel", "close", "block", "pass",
                     "introduce", "launch", "remove", "demolish", "sell", "award", "grant", "raise", "cut", "build",
                     "fell", "withdraw", "pull", "drop", "end", "suspend", "veto", "overturn", "halt", "shut",
                     "delay", "postpone", "freeze", "sack", "dismiss", "expel"}
_DOUBLING = r"[^aeiou]*[aeiou][bdgmnpt]"  # one syllable ending in one consonant: "ban" -> "banning"


def _gerund(lemma: str) -> str:
    if lemma == "be":
        return "being"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    # One stressed syllable, or a stressed last one ("admit", "begin", "occur"), doubles its consonant.
    stressed_last = r"(?:[^aeiou]mit|egin|cur|pel|trol|bid|gret|pset)$"
    if re.fullmatch(_DOUBLING, lemma) or re.search(stressed_last, lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def _limit(words: list[str]) -> str:
    """The phrase in at most TARGET_WORDS words; a longer one ends where a clause or, failing that,
    a prepositional phrase begins ("... concerns that her campaign's attempt ..." -> "... concerns"),
    not mid-phrase."""
    phrase = " ".join(" ".join(words).split()).replace('"', "").replace("“", "").replace("”", "")
    phrase = re.sub(r"\s+([,.;:!?’'])(?=\s|$)", r"\1", phrase).replace(" 's", "'s").replace(" ’s", "’s")
    # (what it is set against is no part of it: "to send clinicians, not officers, to 911 calls")
    phrase = re.sub(r",\s+(?:not|rather than|instead of)\s+[^,;]+(?:,|(?=\s(?:to|in|at|on|for)\s))", "", phrase)
    kept = phrase.split()
    if len(kept) > TARGET_WORDS and kept[TARGET_WORDS - 1].lower() in ("instead", "rather") \
            and kept[TARGET_WORDS].lower() in ("of", "than"):
        kept = kept[:TARGET_WORDS - 1]  # a whole phrase ends where "instead of" would begin
    elif len(kept) > TARGET_WORDS:
        kept = kept[:TARGET_WORDS]
        # (a comma in a list is no clause's start: "charging card, consultation and admission fees")
        clause = [i for i, w in enumerate(kept) if i >= 4 and (w.lower() in _CLAUSE_WORDS or (
            kept[i - 1][-1] in ",;:" and not (kept[i - 1][-1] == "," and _in_a_list(kept[i:i + 4]))))]
        phrase_start = [i for i, w in enumerate(kept) if i >= 6 and w.lower() in _PREPOSITIONS]
        # (a clause that says what the measure does is kept up to a phrase: "bill that would let
        # districts move to a four-day week", not "bill")
        # (nor what the deed tells: "announcing that nurses will have to pay ...", not "announcing")
        # (nor whom it tells: "telling parents that pupils would have to ...")
        says_what = bool(clause) and clause[-1] <= 8 and kept[clause[-1]].lower() in ("that", "which") \
            and (kept[clause[-1] - 1].lower() in MEASURE_NOUNS | _PRODUCT_NOUNS
                 or kept[clause[-1] - 1].lower().endswith("ing")
                 or (kept[clause[-1] - 2].lower() in ("telling", "warning", "informing", "reminding")))
        later = [i for i in phrase_start if i > clause[-1] + 2] if says_what else []
        kept = kept[: (later or clause or phrase_start or [len(kept)])[-1]]
        while len(kept) > 1 and kept[-1].lower() in _FUNCTION_WORDS:
            kept.pop()
    while len(kept) > 1 and kept[-1].lower() in ("and", "or", "but"):
        kept.pop()  # "... return to the office, or": a clause cut after its joining word
    if len(kept) > 2 and " ".join(kept[-2:]).lower().strip(",") in ("instead of", "rather than"):
        kept = kept[:-2]  # "... every day instead of" (what it was set against left as a date, and cut)
    elif len(kept) > 2 and kept[-1].lower() in ("instead", "rather"):
        kept = kept[:-1]  # ("... StreamAfriq instead", its "of" cut as a function word)
    return " ".join(kept).strip(" ,;:.-—–")


def _in_a_list(words: list[str]) -> bool:
    """Words after a comma that go on a list: "consultation and admission fees" (not a clause: "leaving swimmers
    and schools stranded")."""
    return any(w.lower() in ("and", "or") for w in words[1:]) and not any(w.endswith(",") for w in words[:-1]) \
        and words[0].lower() not in _CLAUSE_WORDS | _FUNCTION_WORDS and not words[0].lower().endswith("ing")


# Things a company puts out, whose clause says what they do ("a feature that scans camera rolls").
_PRODUCT_NOUNS = {"feature", "features", "tool", "service", "app", "system", "update", "product", "option", "setting",
                  "function", "technology", "model", "device"}
_CLAUSE_WORDS = {"that", "which", "who", "whose", "while", "because", "after", "before", "upon", "when",
                 "where", "as", "if", "though", "although", "-", "—", "–"}
_PREPOSITIONS = {"for", "of", "in", "on", "at", "with", "by", "from", "to", "over", "into", "against"}

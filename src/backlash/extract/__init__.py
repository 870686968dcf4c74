"""Find the statements in an article and tell reactions from the subject's own statements.

One article goes: quote scanner (quotes.quote_spans) -> parser on the paragraphs that can hold a
statement (parse.ParsedText) -> quoted statements (quotes) + reported speech and reactions
(reported) + embedded posts (embeds) -> subject and target (subject) -> each item's kind.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from backlash.extract.embeds import TEXT_BYLINE, embedded_posts, posts_in_text, punctuation_joined
from backlash.extract.lexicon import (
    AGAINST_GROUPS,
    BODY_KINDS,
    CRITIC_WORDS,
    CROWD_WORDS,
    FAVOR_GROUPS,
    FAVOR_REACTIONS,
    FEELING_SIDES,
    JUDGEMENT_SIDES,
    MEASURE_NOUNS,
    MEETING_VERBS,
    NEUTRAL_REACTIONS,
    NOT_NAMES,
    OTHER_SIDE,
    PRONOUNS,
    QUOTE_MARK,
    REACTION_VERBS,
    RESPONSE_NOUNS,
    REVERSAL_NOUNS,
    ROLE_WORDS,
    SIDING_VERBS,
    UNDOING_GERUNDS,
    UTTERANCE_NOUNS,
    occurrences,
    opens_on_a_measure,
    word_boundary,
)
from backlash.extract.parse import ParsedText, load_parser, mend_title, one_blas_thread
from backlash.extract.quotes import MIN_WORDS, Statement, quote_spans, statements_in
from backlash.extract.reported import reported_statements, trending_hashtags
from backlash.extract.sides import (
    crowd_side,
    described_side,
    group_side,
    headline_side,
    judgement_side,
    split_responses,
)
from backlash.extract.speakers import (
    GENDER_SCAN_CHARS,
    Speaker,
    described_experts,
    gender_in_text,
    named_before_by_age,
    role_from_mentions,
)
from backlash.extract.subject import (
    HEADLINE_WORDS,
    OTHERS_TITLES,
    described_as,
    described_kind,
    described_then_named,
    detect_subject,
    detect_target,
    governs,
    headline_kind,
    initials,
    introduced_as_staff,
    is_organization,
    is_subject,
    ministers_department,
    named_by_kind,
    of_the_camp,
    office_body,
    office_departments,
    office_seats,
    office_titles,
    own_document,
    person_roles,
    staff_by_pronoun,
    surname,
    titled_name,
    voice_of_role,
    voice_of_seat,
)
from backlash.records import Article, Item, SpeakerRole

EXTRACTOR_VERSION = "0.3.436"  # (also what the pipeline asks the model: see framing)
TITLE_CHARS = 1000


@dataclass(frozen=True)
class Extraction:
    subject: str | None
    target: str
    items: list[Item]
    headline_side: str | None = None  # "against" | "favor" | "mixed": the response as the headline sums it up
    unread_chars: int = 0  # text past the bounds of work per article (see `parse.MAX_PARSED_CHARS`), not parsed


def extract(article: Article) -> Extraction:
    """Embedded posts, quotes and reported statements, each marked with its kind."""
    article = replace(article, text=paragraphed(double_quoted(article.text)))
    text = article.text
    spans = quote_spans(text)
    nlp = load_parser()
    parsed = ParsedText(text, [(s.start, s.end) for s in spans], nlp, article.title[:TITLE_CHARS])
    # A title is a line; an HTML page's whole <h1> could be a document (bounded parse).
    with one_blas_thread():
        title = mend_title(nlp(_LABEL.sub("", article.title[:TITLE_CHARS])), f"{article.title}\n{text}") \
            if article.title.strip() else None
    posts = [Statement(p, Speaker(p.speaker or p.handle or "", p.speaker or p.handle or "", "unknown"))
             for p in (embedded_posts(article.html) if article.html else [])]
    shown = [Statement(p, Speaker(p.speaker or "", p.speaker or "", "unknown")) for p in posts_in_text(text)
             if not any(_same_post(p, embedded.item) for embedded in posts)]
    # A quote inside a post shown as text is part of the post.
    in_shown = _spans_of(shown)
    quotes = _widened_once([_widen_partial_quote(q, parsed) for q in statements_in(parsed, spans)
                            if not _inside_any(q.item.char_start, in_shown)])
    posts += shown
    posts, quotes = _merge_quoted_posts(posts, quotes)
    told: dict[str, set[tuple[int, int]]] = {}
    for q in quotes:
        if q.item.char_start is not None:
            # "another user" was written "another"; the reported statement keeps the word as written
            for name in {(q.item.speaker or "").lower(), (q.item.speaker or "").lower().split(" ")[0]}:
                told.setdefault(name, set()).add(parsed.sentence_span(q.item.char_start))
    # A reported statement whose sentence already gave a quote to the same speaker is that quote;
    # what an embedded post's own words tell ("... and asked how can we make it worse") is the post.
    posts = _placed(posts, text)
    said = reported_statements(parsed)
    reported_spans, in_posts = _spans_of(said), _spans_of(posts)
    said += [t for t in trending_hashtags(text) if not _inside_any(t.item.char_start, reported_spans)]
    reported = [r for r in said
                if parsed.sentence_span(r.item.char_start or 0) not in told.get((r.item.speaker or "").lower(), set())
                and not _inside_any(r.item.char_start, in_posts)]
    # An article without a separate title opens with its headline, which reports, not states.
    opening = _headline_end(article, parsed)
    listed = _other_stories(text)
    statements = posts + [s for s in quotes + reported if (s.item.char_start or 0) >= opening
                          and not _inside_any(s.item.char_start, listed)]
    titled: dict[str, list] = {}  # title -> (offset, name, words before) of the people given it
    subject = detect_subject(article, parsed, title)
    if subject and not article.subject:
        subject = titled_name(subject, text, None, titled, None) or subject  # "the senator": Bernie Sanders
    target = detect_target(article, parsed, subject, title)
    # "supermarket chain X", "Tech giant X orders ...": the chain, the giant (the title too)
    described = described_as(subject, f"{article.title[:TITLE_CHARS]}\n{text}") | headline_kind(
        article.title[:TITLE_CHARS], subject) if subject else frozenset()
    organization = bool(subject) and is_organization(subject or "", parsed, title, described)
    if organization and surname(subject or "").lower() == "government":
        described |= {"ministers", "minister", "chancellor"}  # "..., ministers confirmed on Wednesday"
    if organization and surname(subject or "").lower() in ("police", "constabulary"):
        described |= {"officers", "force"}  # "what officers described as ...", "a force spokesperson"
    # The words its voice goes by: also the business word the article uses only for it ("the broadcaster")
    voices = described | named_by_kind(text) if organization else described
    # (a subject that is an office: "The Home Secretary" speaks through "a Home Office spokesperson")
    seats = office_seats(subject, text) + tuple(office_departments(re.sub(r"^the\s+", "", subject or "", flags=re.I),
                                                                   text))
    # A subject the lead described before naming ("The owner of a seaside cafe"): that description is hers.
    introduced = described_then_named(parsed) if subject and parsed.lead else None
    description = described_kind(introduced[0]) if introduced is not None and introduced[1] == subject else None
    if description:  # ("The Transport Secretary has announced ...": "a Department for Transport spokesperson")
        seats += tuple(office_departments(" ".join(t.text for t in introduced[0].subtree
                                                   if t.i <= introduced[0].i and t.dep_ != "det"), text))
    # ... or the subject's office holder it named so ("The chief executive of Northmere Water has ...",
    # then "Alasdair Crane told staff ..."): theirs is its voice
    # (or a place's: "Kimara bans boda bodas ...", "A county governor has ordered ...", "Governor Esther Wambui")
    officer = introduced[1] if organization and introduced is not None and (
        (office_body(introduced[0]) or "").lower() == re.sub(r"^the\s+", "", subject or "", flags=re.I).lower()
        or governs(introduced[0], subject or "", parsed)) else None
    gender = gender_in_text(parsed, subject) if subject else None  # "m", "f" or None: the subject's
    by_role = person_roles(subject, article.title, text) if not organization else frozenset()
    # An article (a lead of two paragraphs or more) whose title and lead report nobody's action,
    # without a target given: its voices react to nothing (a list of posts, readers' stories, a
    # market report). A snippet of one paragraph is read as reactions.
    no_action = not subject and not article.target and len(parsed.lead) > 1
    lead = parsed.lead[0].doc.text if parsed.lead else ""
    # What the article calls the subject besides its name ("ministers", "the MP")
    kinds = (described if organization else frozenset()) | ({description} if description else set())
    # ... and by its initials, where the text writes them ("We fully back TRAI on this" of the Telecom Regulatory
    # Authority of India)
    acronym = initials(subject or "") if organization else ""
    kinds |= {acronym.lower()} if len(acronym) > 2 and re.search(rf"\b{acronym}\b", text[:GENDER_SCAN_CHARS]) \
        else set()
    # ("the governor had shown real courage" of Governor Ruth Ellison, "the singer" of singer Mia Torres)
    kinds |= {f"the {word}" for word in office_titles(subject, text) | by_role}
    roles: dict[str, str] = {}
    # (an expert by any of their statements: "Dr Liam Costigan, a transport economist, said ...", then "he said")
    # (or by what the text tells after their name: "Dr Olivia Brandt, who studies outdoor recreation at ...")
    described = described_experts(text)
    experts = {s.item.speaker for s in statements if s.item.speaker and (
        _EXPERT.search(s.speaker.phrase) or s.item.speaker.split()[-1] in described)}
    # (the subject's own people, read where they speak: a bare "Aides said" is theirs only after them)
    called = frozenset(w for w in kinds if w.startswith("the "))
    in_camp = [of_the_camp(s.speaker.phrase, subject, None if organization else gender or "", text,
                           s.item.char_start or 0, s.item.text or "", called) for s in statements]
    # ... and in their other statements, once introduced so ("His business partner, sommelier Isla Fairweather,
    # said ...", then "“Q,” she said")
    camp = {s.item.speaker for s, own in zip(statements, in_camp, strict=True)
            if own and s.item.speaker and not s.speaker.pronoun}
    staff: dict[str | None, bool] = {}
    # the words after the subject's appointing someone, in the target or the lead (see `_CHOSE`)
    chosen = [re.findall(r"[\w'’-]+", found.group("who")) for verbs, told in ((_CHOSE, target), (_CHOSE_DONE, lead))
              for found in verbs.finditer(told)]
    renamed: dict[str | None, str] = {}  # a title as speaker -> the name it stood for last
    items, phrases = [], []  # each item's speaker as the article writes it ("Indie developer Tomas Berg")
    elsewhere: set[int] = set()  # the items whose words name nothing of the story
    own_voices: set[str] = set()  # the named people introduced as the subject's own (see `_one_voice_each`)
    opponents_too = any(s.speaker.name.lower() == "opponents" for s in statements)  # quoted as such: see `group_side`
    # (not when the politician stopped another's measure: "Supporters" of a vetoed bill are its)
    politician = bool(subject) and not organization and role_from_mentions(subject or "", text) == "politician" \
        and not _blocks_a_measure(target.split()[len((subject or "").split()):])
    for statement, own in zip(statements, in_camp, strict=True):
        item = statement.item
        if item.speaker_role == "unknown" and item.speaker:
            if item.speaker not in roles:
                roles[item.speaker] = role_from_mentions(item.speaker, text)
            item = replace(item, speaker_role=roles[item.speaker])
        as_written = statement
        # (a body's title given to nobody is no name for the body: "the chairman of the Small Suppliers Forum, X,")
        name = titled_name(statement.speaker.phrase, text, item.char_start or 0, titled,
                           None if organization else subject) or \
            named_before_by_age(parsed, statement.speaker.phrase, item.char_start or 0)
        if name:
            renamed[item.speaker] = name  # "the mayor said": the mayor the article named last
        else:
            name = renamed.get(item.speaker)  # "she said", resolved to "the mayor" who said before
        if name:
            item = replace(item, speaker=name)
            statement = replace(statement, item=item)
        if item.speaker not in staff:
            staff[item.speaker] = (
                introduced_as_staff(item.speaker or "", subject, text, organization, seats, voices)
                or voice_of_seat(statement.speaker.phrase, seats)
                or staff_by_pronoun(statement.speaker.phrase, None if organization else gender)
                or (not organization and ministers_department(statement.speaker.phrase, subject, text))
                or (officer is not None and item.speaker in (officer, surname(officer))))
        # A subject read as "the Indiana governor" is still the governor who speaks, named or not.
        # (not another's office of that name: "The shadow home secretary, Daniel Royce")
        described_so = (description is not None and (told := re.match(
            rf"(?:the|an?)\s+((?:[\w-]+\s+){{0,2}}){description}\b", statement.speaker.phrase, re.I)) is not None
                        and OTHERS_TITLES.isdisjoint(told.group(1).lower().split())
        ) or voice_of_role(statement.speaker.phrase, by_role)  # "the singer said", "a representative for the singer"
        # "Organisers said in a statement ...": a festival's, a race's own voice
        described_so |= bool(subject) and subject.split()[-1].lower() in _EVENTS and _ORGANISERS.fullmatch(
            statement.speaker.phrase.strip()) is not None
        # "Manchester will offer free bus travel ..., Mayor Andy Burnham announced": who announces the subject's
        # deed speaks for it
        described_so |= bool(subject) and statement.how == "speech" and not item.quoted and re.match(
            rf"(?:[A-Z][\w-]*\s+){{0,3}}?(?:{re.escape(subject)}|{re.escape(surname(subject or ''))})\s+"
            rf"(?:will|has|have|is|are|would)\b",  # (with its title: "Agriculture Minister Severin Holmgaard will")
            item.text or "") is not None and _ANNOUNCED.match(
                text[item.char_end or 0:(item.char_end or 0) + 80].split(".")[0]) is not None \
            and _OWN_OFFICER.search(statement.speaker.phrase) is not None \
            and not _OTHER_BODY_WORDS.search(statement.speaker.phrase)
        # "Signs at the entrances tell shoppers that ...": the subject's own notices, not anyone's reaction
        described_so |= bool(subject) and _NOTICES.fullmatch(statement.speaker.phrase) is not None
        # "Tenants of flats managed by Parkvale will pay a £45 fee, the landlord has told residents": who announces
        # the news of the lead, named in it, by a word for what it is
        described_so |= bool(subject) and _announces_the_lead(statement, subject or "", text)
        # "The memo, sent by chief executive X, said ...": the document the subject sent out speaks for it
        described_so |= bool(subject) and own_document(statement.speaker.phrase, subject or "", text, voices)
        # The one the subject chose speaks in its announcement ("... to appoint Dr. Renata Ocampo as superintendent",
        # then "Ocampo said she was honored"): not a reaction to it
        # (by the name it gives: "parent Tom Okafor" is not "Dr. Lena Okafor"; nor one it would not appoint)
        # (in the lead, one it did choose: not "must decide whether to name Gingrich")
        spoken = (item.speaker or "").split()
        described_so |= bool(spoken) and any(chose[n:n + len(spoken)] == spoken for chose in chosen
                                             for n in range(len(chose)))
        own_people = staff[item.speaker] or own or item.speaker in camp
        if described_so or is_subject(statement, subject, organization, own_people, voices, text) \
                or _for_the_other_party(statement.speaker.phrase, item.speaker or "", target, text) or (
                as_written is not statement and is_subject(as_written, subject, organization, described=voices,
                                                           text=text)):
            if statement.how == "reaction":
                continue  # the subject acting ("Trump slammed ...") is not a reaction to them
            item = replace(item, kind="subject_statement")
        elif _about_something_else(item, parsed, subject, target, gender, kinds,
                                   item.speaker in experts or bool(_EXPERT.search(statement.speaker.phrase))):
            item = replace(item, kind="other_target")
            elsewhere.add(len(items))
        elif (item.kind == "reaction" and no_action) or _aimed_elsewhere(statement, subject, target) or (
                item.quoted and _OWN_WORDS_TURN.match(item.text or "")):
            item = replace(item, kind="other_target")
        if item.stance_cue is None:  # "critics said ...": the journalist names the speaker's side
            item = replace(item, stance_cue=group_side(statement.speaker.phrase, subject, target, opponents_too,
                                                       politician) or _described_side(
                item, text, subject or "", target, surname(subject or "") if politician else None))
        items.append(item)
        phrases.append(statement.speaker.phrase)
        if item.kind == "subject_statement" and item.speaker and _PERSON_NAME.fullmatch(item.speaker) \
                and not _FORMER.search(statement.speaker.phrase) and statement.speaker.phrase != item.speaker:
            own_voices.add(item.speaker)  # introduced as the subject's ("Sanaff chief executive Mandla Khumalo")
    going_on = _going_on(items, phrases, elsewhere, text)
    items = [replace(item, kind="reaction") if n in going_on else item for n, item in enumerate(items)]
    elsewhere -= going_on
    items = _spokespeople_of_bodies(items, phrases, text)
    items = _outcry_that_was_heeded(items, subject, target)
    items = _judged_the_undone(items, subject, target, text)
    headline = article.title or text[:opening]
    items = _welcomed_punishment(items, subject, f"{headline}\n{text[:PUNISHED_LEAD_CHARS]}", text)
    aliases = _headline_aliases(headline, subject, text, titled, described)
    # "Some fans backed the ban.": a side for the quotes after it, not a statement of its own.
    backed = [(p.start + sent.start_char, p.start + sent.end_char, side) for p in parsed.paragraphs
              for sent in p.doc.sents if (side := crowd_side(sent, subject))]
    items = _examples_of_told_reactions(items, elsewhere, parsed, backed)
    items = _after_a_turn_to_other_matters(items, parsed, target, subject or "")
    items = _experts_explain(_sided_by_lead_in(items, text, backed, phrases), phrases, text)
    # (last: a side the journalist gives them first, "Others were furious. “Where will the children go now?”")
    items = [replace(i, stance_cue="none") if i.kind == "reaction" and i.stance_cue is None
             and (_relays_news(i) or _asks_how(i) or _reports_a_step(i) or _asked_whether(i, text)
                  or _DIVIDED.search(i.text or "") and not i.quoted) else i for i in items]
    return Extraction(subject=subject, target=target, items=_one_voice_each(_one_role_each(items), own_voices),
                      headline_side=_heeded(headline_side(headline, subject, aliases, _WALKOUTS & set(target.split())),
                                            headline, subject, target), unread_chars=parsed.unread_chars)


# Single quote marks around words, as the British press quotes: an opening mark at a word's start and
# a closing one after a word or its punctuation (an apostrophe inside a word, "don't", is neither).
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[:—–]))[‘'](?=[A-Za-z0-9…])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[A-Za-z0-9.,!?…])[’'](?=[\s)\]:;,.!?—–]|$)", re.M)


def double_quoted(text: str) -> str:
    """A text that quotes with single marks only, its quotes marked with double ones (mark for mark,
    so every offset stays the original's); a text with any double mark is returned as it is (its
    single marks are quotes inside quotes, or apostrophes)."""
    if QUOTE_MARK.search(text) or not _SINGLE_OPEN.search(text):
        return text
    chars = list(text)
    for paragraph in re.finditer(r"[^\n]+", text):
        at, end = paragraph.start(), paragraph.end()
        while (opening := _SINGLE_OPEN.search(text, at, end)) is not None:
            closing = _SINGLE_CLOSE.search(text, opening.end(), end)
            if closing is None:
                break  # an opening without its close: an apostrophe ("'90s") or a quote run over
            chars[opening.start()], chars[closing.start()] = "“", "”"
            at = closing.end()
    return "".join(chars)


# A heading over links to other stories: the headlines under it quote other stories' speakers.
_OTHER_STORIES = re.compile(r"^[ \t]*(?:read more|related(?: stories| articles| content| coverage)?|"
                            r"more on this(?: story)?|see also|you may also like|most read|recommended(?: for you)?|"
                            r"more from [\w ]{1,30})"
                            r"[ \t]*:?[ \t]*$", re.I | re.M)
HEADLINE_CHARS = 160  # a line under such a heading longer than this is the story again
LISTED_LINES = 20  # lines read under such a heading (bounded work)
MAX_LISTS = 20  # such headings read per article


def _other_stories(text: str) -> list[tuple[int, int]]:
    """Where the article lists other stories' headlines ("Read more:" and the short lines under it)."""
    listed: list[tuple[int, int]] = []
    for heading in itertools.islice(_OTHER_STORIES.finditer(text), MAX_LISTS):
        if listed and heading.start() < listed[-1][1]:
            continue  # a heading inside the list above
        end = heading.end()
        for line in itertools.islice(re.finditer(r"\n([^\n]*)", text[end:end + LISTED_LINES * HEADLINE_CHARS]),
                                     LISTED_LINES):
            if len(line.group(1).strip()) > HEADLINE_CHARS:
                break
            end = heading.end() + line.end()
        listed.append((heading.start(), end))
    return listed


# Longer than any paragraph of the 840 PolNeAR train articles (at most 2,573 characters).
LONG_LINE_CHARS = 3_000
# A sentence end: not after an initial ("J. Doe", "U.S. Senate") or a title ("Mr. Lee", "Sen. Cruz").
_SENTENCE_END = re.compile(r"(?<![A-Z]\.[A-Z])(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|No|Lt))"
                           r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev|Inc|Ltd))(?<!\bCorp|\bProf|\bCapt)"
                           r"[.!?][\"'”’)]*( )(?=[\"'“‘(]?[A-Z0-9])")


def paragraphed(text: str) -> str:
    """`text` with each line far longer than a paragraph (a page flattened to one line) broken at
    its sentence ends outside quotes, so that it reads as paragraphs; a space becomes a line
    break, so every offset stays the original's."""
    if all(len(line) <= LONG_LINE_CHARS for line in text.split("\n")):
        return text
    quoted = [(s.start, s.end) for s in quote_spans(text)]
    starts = [start for start, _ in quoted]
    chars, offset = list(text), 0
    for line in text.split("\n"):
        for end in _SENTENCE_END.finditer(line) if len(line) > LONG_LINE_CHARS else ():
            at = offset + end.start(1)
            before = bisect.bisect_right(starts, at) - 1
            if before < 0 or at >= quoted[before][1]:  # outside every quote
                chars[at] = "\n"
        offset += len(line) + 1
    return "".join(chars)


LEAD_CHARS = 2000  # where an article introduces its subject


def _headline_aliases(headline: str, subject: str | None, text: str, titled: dict,
                      described: frozenset[str] = frozenset()) -> frozenset[str]:
    """Words by which a headline names the subject without its name: a title the article gives the
    subject ("Mayor slammed over fares" for Mayor Dana Whitfield), a body's head noun ("the
    council"), the kind the lead gives it ("Supermarket slammed ..." for "supermarket chain Kwikmart")."""
    if not subject:
        return frozenset()
    aliases = {subject.split()[-1]} if subject.startswith("the ") else set()
    aliases |= {w for w in re.findall(r"\b[A-Z][a-z]+\b", headline) if w.lower() in described}
    # ... or the words the lead puts before the name ("Celebrity chef slammed ..." for "Celebrity chef Oliver Banks")
    if (lead := re.search(rf"((?:[A-Za-z][\w-]*\s+){{1,3}}){re.escape(subject)}\b", text[:LEAD_CHARS])):
        before = {w.lower() for w in lead.group(1).split() if len(w) > 3 and w.lower() not in NOT_NAMES}
        aliases |= {w for w in re.findall(r"\b[A-Z][a-z]+\b", headline) if w.lower() in before}
    if any(w.lower() in BODY_KINDS for w in subject.split()[1:]):
        # a body's kind ("Museum criticised for ..." for the National Gallery of Wessex)
        aliases |= {w for w in re.findall(r"\b[A-Z][a-z]+\b", headline) if w.lower() in BODY_KINDS}
    for word in set(re.findall(r"\b[A-Z][a-z]+\b", headline)):  # given to the subject, not guessed
        if titled_name(word, text, None, titled, subject) == subject and any(
                name == subject for _, name, _ in titled.get(word.lower(), [])):
            aliases.add(word)
    return frozenset(aliases)


# "the union's president", "its chief executive": who speaks for the body whose told reaction comes just before
_BODY_HEADS = (r"(?:president|leader|head|director|chair(?:man|woman|person)?|chief executive|chief|"
               r"spokes(?:man|woman|person)|secretary|executive|founder)")
_HEAD_OF_BODY = re.compile(rf"\b(?:the\s+(?P<kind>[a-z]+)['’]s?|its)\s+(?:[a-z-]+\s+)?{_BODY_HEADS}\b")
# ... or by the body's kind as a title before the name: "union president Dan Rourke"
_BODY_TITLE = re.compile(rf"(?:(?P<of>[a-z]+)\s+)?(?P<kind>[a-z]+)\s+{_BODY_HEADS}\s+[A-Z]")


# Words before a body's title that name no other body: "local union president", "longtime union president"
_ANY_BRANCH = {"local", "longtime", "national", "regional", "branch", "deputy", "vice", "acting", "interim", "state"}
_DESCRIBED_REACH = 300  # characters around a statement where its speaker's description is looked for


def _described_side(item: Item, text: str, subject: str, target: str, politician: str | None = None) -> str | None:
    """"Council member Greg Tate, who proposed ending the pilot, said ...": the side of their part in the deed;
    "Bob Mason, who lined up to hear Mr. Trump", "said at Mr. Trump's rally": a `politician`'s crowd."""
    if item.char_start is None or item.char_end is None or not item.speaker:
        return None
    near = text[max(0, item.char_start - _DESCRIBED_REACH):item.char_end + _DESCRIBED_REACH]
    deed = target.split()[len(subject.split()):]
    undone = _undoing(subject, target) or _blocks_a_measure(deed)
    return described_side(item.speaker, near, subject, target, undone) or (
        "favor" if politician and _at_rally(item.speaker, near, politician) else None)


def _at_rally(speaker: str, near: str, politician: str) -> bool:
    """Whether the text near a speaker's words puts them in the crowd of the politician's own rally (not
    one who heckled, protested, was arrested there, left early or came to see the competition, nor one whose
    next words turn: "I voted for him twice but I'm done")."""
    if " " not in speaker or not _RALLY_WORDS.search(near):
        return False  # (a surname alone may be a relative's: "Her husband, Bob Dunn, who ..."; no pattern built
        # for a text that tells no rally)
    name = rf"(?:(?:Mr|Mrs|Ms|Sen|Senator|Gov|Governor|President)\.?\s+)?{re.escape(politician)}"
    came = (rf"\bwho\s+(?:had\s+)?(?:lined\s+up|waited|queued|came|travell?ed|drove)\b{_IN_SENTENCE}{{0,40}}?"
            rf"\bto\s+(?:hear|cheer(?:\s+on)?)\s+{name}\b")
    rally = (rf"\b(?:at|attended|attending)\s+(?:a\s+(?:{name}\s+(?:campaign\s+)?rally|rally\s+for\s+{name})|"
             rf"{name}['’]s\s+(?:\w+\s+)?rally)\b")
    found = re.search(rf"\b{re.escape(speaker)}\b(?P<before>{_IN_SENTENCE}{{0,120}}?)(?:{came}|{rally})"
                      rf"(?P<after>[^\n]{{0,200}})", near)  # (and what they say next, in the paragraph)
    return found is not None and not _NOT_A_FAN.search(found.group("before") + found.group("after"))


_RALLY_WORDS = re.compile(r"\brally\b|\bto\s+(?:hear|cheer)\b", re.I)
_IN_SENTENCE = r"(?:\b[A-Z]\.|[^.\n])"  # a character of the sentence ("U.S." does not end it)
_NOT_A_FAN = re.compile(r"\b(?:but|protest\w*|heckl\w*|arrested|left\s+early|walked\s+out|disgust\w*|booed|"
                        r"competition|curiosity|doubts?|rival|opponent|undecided)\b", re.I)


_REACH_TURN = re.compile(r"\b(?:however|not everyone|not every|not all|others)\b", re.I)  # (not any "but")
_TURN = re.compile(r"\b(?:but|however|though|not everyone|others|disagree|disagreed)\b", re.I)
_OPENS_A_TURN = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"”’'])|(?<=[.!?] )|(?<=[.!?][\"”’'] ))"
                           r"(?:But|However|Yet)\b(?! (?:another|more|again)\b)", re.M)


def _relays_news(item: Item) -> bool:
    """A post that relays the news rather than reacting to it ("BREAKING: Parallax will retire its Basic
    plan on March 1", a news outlet's account telling it without a word of its own): it takes no side."""
    words = item.text or ""
    if not (item.platform or item.handle or item.text_source == "embed_html"):
        return False
    return bool(_NEWS_FLASH.match(words)) or (bool(_OUTLET.search(item.speaker or "")) and not _OWN_VOICE.search(words))


_NEWS_FLASH = re.compile(r"\W*(?:BREAKING|JUST IN|CONFIRMED|DEVELOPING|UPDATE|NEW)\s*[:|—–-]")
_OUTLET = re.compile(r"\b(?:News|Wire|Times|Post|Herald|Tribune|Gazette|Daily|Radio|FM|TV|Sport|Sports|Media|Press|"
                     r"Journal|Insider|Bulletin|Newsroom|(?i:news (?:account|page|site|outlet|channel|feed)))\b")
_OWN_VOICE = re.compile(r"\b(?:I|I'm|I’m|me|my|we|we're|we’re|our|us|you|your)\b|[!?]", re.I)


def _asks_how(item: Item) -> bool:
    """A quoted question that asks how the deed works ("Will it be walk-ins or bookings only?", "Do the pouches
    work with bigger phones? Mine barely fits.", "Quick question: can we still pick a seat?"): no side; not one
    that accuses ("Why ...?", "Did anyone actually ...?", "Was a single viewer consulted?", "Where do I hand in lost
    property now, the pub?"). Of the 2,133 labelled news reactions, 132 are asked so: 129 take no side."""
    words = (item.text or "").strip().strip("\"“”")
    first = _FIRST_SENTENCE.match(words)
    return item.quoted and first is not None and first.group().rstrip().endswith("?") \
        and bool(_ASKS_HOW.match(words)) and not _RHETORICAL.search(words)


# The journalist's summary of a crowd on both sides: "Reaction from commuters was divided." (one side counted for it)
_DIVIDED = re.compile(r"\b(?:was|were|is|are|remains?|remained|seemed|appeared)\s+(?:(?:sharply|deeply|bitterly|"
                      r"evenly|fairly|somewhat|more)\s+)?(?:divided|split|mixed|polari[sz]ed)\b"
                      # (or one of two minds, told so: "she was torn", "he could see both sides")
                      r"|^(?:she|he|they|it)\s+(?:was|were|felt|is|are)\s+(?:(?:a\s+bit|rather|very|quite)\s+)?torn$"
                      r"|^(?:she|he|they)\s+(?:could|can)\s+see\s+both\s+sides$"
                      r"|^(?:she|he|they)\s+(?:had|has|have)\s+mixed\s+feelings$", re.I)


def _asked_whether(item: Item, text: str) -> bool:
    """A question reported as asked ("Another asked whether the show would be accessible for wheelchair users"):
    no side, as a quoted one that asks how the deed works; not one "questioned" or "wondered", nor asked why, nor
    whether the deed was worth it. Of the 22 reactions so asked in the probe answer sheets, all take no side."""
    words = item.text or ""
    return not item.quoted and item.char_start is not None and _ASKED.search(
        text[max(0, item.char_start - 40):item.char_start]) is not None and re.match(
        r"(?:whether|if|when|what|where|which|how (?:long|much|many|soon|often|the|to)\b)\b", words) is not None \
        and not _RHETORICAL.search(words) and not _JUDGED.search(words) \
        and _NO_JUDGEMENT.isdisjoint(re.findall(r"[a-z’'-]+", words.lower()))  # (not "how it's conservative to ...")


# (a question of the deed's worth, in words beyond those of a judgement: "asked whether the move was needed", "how
# much more taxpayers' money would be wasted")
_JUDGED = re.compile(r"\b(?:needed|justified|justifiable|legal|lawful|right|worth|appropriate|ethical|acceptable|"
                     r"wast\w*|taxpayers?)\b", re.I)
_ASKED = re.compile(r"\basked(?:\s+(?:the\s+[\w-]+|them|him|her|it|officials|organisers|organizers))?\s*$")
_FIRST_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_ASKS_HOW = re.compile(r"(?:(?:genuine|honest|quick|serious|real|key|one) question[^:?]{0,30}:\s*|(?:so|ok(?:ay)?|"
                       r"hang on|wait)[,.]?\s+)?"
                       r"(?:does|do|did|will|would|is|are|was|were|can|could|should|has|have|when|where (?:can|do) "
                       r"(?:i|we)|how (?:do|does|will|would|can|long|soon)|what (?:time|date|happens to)|"
                       r"any (?:news|word|idea|update|details?|info)|anyone know|does anyone|"
                       # ("If the match expires before they reply, do you get the Spark back?")
                       r"if\b[^?]{0,80},\s*(?:do|does|will|can|is|are|would)\b)\b", re.I)
# (not "just" offering the other choice: "Does this include the night buses or just daytime routes?")
_RHETORICAL = re.compile(r"\b(?:why|really|actually|seriously|serious|anyone|anybody|exactly|even|(?<!\bor )just|again|"
                         r"supposed|meant to|wtf|lol|joke|joking|kidding|stupid|idiots?|insane|crazy|ridiculous|"
                         r"surprised|asked for|not|no|never|nobody|hell|think we|expect us|a single|ever|consult\w*|"
                         r"come from|gimmick|next|now|then|instead|suppose)\b|n['’]t\b|\?\?|\?!|!|🙄|😂|🤣|🙃|😡|🤡",
                         re.I)


def _announces_the_lead(statement: Statement, subject: str, text: str) -> bool:
    """Whether one called by a common noun alone ("the landlord") tells the news of the article's first paragraph,
    which names the subject: the subject, by what it is."""
    item, found = statement.item, re.fullmatch(r"the ([a-z-]+)", statement.speaker.phrase.strip())
    if found is None or found.group(1) in CROWD_WORDS:
        return False
    # (in the first paragraph: no paragraph break before it)
    return text.find("\n\n", 0, item.char_start or 0) < 0 \
        and re.search(rf"\b{re.escape(surname(subject))}\b", item.text or "") is not None


def _reports_a_step(item: Item) -> bool:
    """Reported words that tell only what the speaker is doing about the news ("it was reviewing the bill", "it
    had received the notice", "the government would study the judgment before deciding its next step", "she
    would wait to see the new site before judging it"): no side yet; not a step that is one ("it was considering
    an appeal"), nor with words of a side ("had received 300 calls, almost all of them opposed")."""
    words = item.text or ""
    # (reported, or quoted as the end of the reporter's sentence: 'said the office "is aware of the announcement"')
    # (or the quoted words alone, the step's verb first: 'said it would "engage with the company"')
    stepped = _STEP.match(words) or (words[:1].islower() and "?" not in words and _STEP.match(f"it would {words}")) \
        or _NO_ANSWER.match(words)
    return (not item.quoted or words[:1].islower()) and bool(stepped) and _SIDED_STEP.isdisjoint(
        re.findall(r"[a-z’'-]+", words.lower()))


_STEP = re.compile(
    # (who, or the verb alone: "noted the decision", "is aware of the announcement"; not a bare command)
    r"(?:that\s+)?(?:(?:it|they|he|she|we|(?:the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:(?:had|has|have|was|were|would|will|is|are)\s+)?|(?:had|has|have|was|were|would|will|is|are)\s+|(?=noted\s))"
    r"(?:(?:already|still|now|also|first)\s+)?(?:be\s+|been\s+)?"
    r"(?:review(?:ing)?|stud(?:y|ying|ied)|consider(?:ing)?|examin(?:e|ing)|assess(?:ing)?|receiv(?:ed|ing)"
    r"|await(?:ing)?|wait(?:ing)?|monitor(?:ing)?|look(?:ing)? into|mak(?:e|ing) (?:preliminary )?inquiries"
    r"|contact(?:ed|ing)|engag(?:e|ing) with|seek(?:ing)? (?:clarification|information)|working through"
    r"|circulat(?:ed|ing)|noted (?:the|its|his|her|their)|cooperat(?:e|ed|ing) with|in contact with|aware of"
    r"|invited to|discuss(?:ing)? (?:the )?implementation"
    # (or that it will say nothing yet: "it would not comment further while the ballot was under way"; not on what
    # it then names in its own words: "has no comment on the actions of that person that murdered Trayvon")
    r"|not (?:be )?comment(?:ing)?(?! on\b)|declin(?:e|ed|ing) to comment(?! on\b)|no (?:further )?comment(?! on\b)"
    r"|ask(?:ed|ing)? for (?:a |an |more )?(?:briefing|details|information|clarification|meeting))\b", re.I)
# Not saying yet what will happen: "has not yet said how the berth will be used", "wouldn't say Tuesday whether ..."
_NO_ANSWER = re.compile(r"(?:(?:it|they|he|she)\s+)?(?:(?:has|have|had|would|will|did|does|do|could|is|was)\s*)?"
                        r"(?:n['’]t|not)\s+(?:yet\s+)?(?:say|said|saying|reveal(?:ed|ing)?|disclosed?|disclosing|"
                        r"confirm(?:ed|ing)?|specif(?:y|ied))\b(?:\s+[A-Z]\w+)?\s+"
                        r"(?:whether|if|how|what|when|who|which|where|why)\b", re.I)
# (a step that takes a side, or words that tell one)
_SIDED_STEP = frozenset({"appeal", "legal", "court", "challenge", "protest", "strike", "action", "lawsuit", "boycott",
                         "complaint", "complaints", "opposed", "opposition", "objections", "anger", "angry", "support",
                         "backing", "welcome", "welcomed", "against", "concern", "concerns", "almost", "most",
                         # ("he already received time and a half ..., but strongly favored the new regulation")
                         "favored", "favoured", "favors", "favours", "supported", "supports", "backed", "backs",
                         "praised", "criticized", "criticised", "condemned", "applauded"}) \
    | frozenset(JUDGEMENT_SIDES)


def _undoing(subject: str | None, target: str) -> bool:
    """Whether the target is the subject undoing a plan ("the government's scrapping plans to ...")."""
    words, owner = target.split(), len((subject or "").split())
    return bool(subject) and len(words) > owner and (
        words[owner].lower() in UNDOING_GERUNDS or _reversal(words[owner:]))


def _reversal(deed: list[str]) -> bool:
    """A deed that is a U-turn ("dramatic U-turn on its coat ban"): the undoing of the subject's own measure."""
    return bool(REVERSAL_NOUNS & {w.lower() for w in deed[:3]})


def _undoing_a_measure(subject: str | None, target: str) -> bool:
    """The subject undoing a measure of its own ("scrapping plans to ...", "dropping its £5 fee", its U-turn),
    not ending a service ("scrapping free school transport"), which its outcry did not win."""
    deed = target.split()[len((subject or "").split()):]
    return _undoing(subject, target) and (_reversal(deed) or opens_on_a_measure(deed[1:]))


def _outcry_that_was_heeded(items: list[Item], subject: str | None, target: str) -> list[Item]:
    """In a story of the subject undoing a plan ("Ministers have scrapped plans to cut ... after a backlash
    from MPs, councils and passengers"), the outcry told as its cause was against the plan: for its undoing."""
    if not _undoing_a_measure(subject, target):
        return items
    return [replace(i, stance_cue="favor") if i.kind == "reaction" and not i.quoted and i.stance_cue == "against"
            and (_AFTER_OUTCRY.search(i.text or "") or _AFTER_PETITION.search(i.text or "")) else i for i in items]


def _judged_the_undone(items: list[Item], subject: str | None, target: str, text: str) -> list[Item]:
    """In a story of the subject undoing a measure, a judgement of the measure itself ("said the original plan
    was “unworkable and unfair”", "said the fee had been “shameful”") is for its undoing; one of the decision,
    the move or the U-turn keeps its side."""
    if not _undoing_a_measure(subject, target):
        return items
    return [replace(i, stance_cue=OTHER_SIDE.get(i.stance_cue)) if i.stance_cue and i.char_start is not None
            and i.char_end is not None and _UNDONE_JUDGED.search(text[_sentence_start(text, i.char_start):i.char_end])
            else i for i in items]


# An unnamed speaker whose words tie them to a body ("a spokesman added", "one member said", "its chief
# executive", "a union official"): the body's own
_ONE_OF_THE_BODY = re.compile(r"\b(?:spokes(?:man|woman|person|people)|members?(?! of the public)|officials?|source|"
                              r"insider|its|their|chief|chair(?:man|woman)?|president|campaigners?|representatives?|"
                              r"executive|organi[sz]ers?)\b", re.I)


def _turn_between(text: str, start: int, quote: int) -> bool:
    """Whether the quote's own sentence, or one between `start` and it, opens with a turn (outside quote
    marks) that brings in other people ("But historian David Abulafia said ...", "But the mood was very
    different among older residents"; not "But the change will not come into force until May", nor a "But"
    inside a shopper's quote)."""
    own = _sentence_start(text, quote)
    for turn in _OPENS_A_TURN.finditer(text, start, quote + 8):
        line = text.rfind("\n", 0, turn.start()) + 1
        if len(QUOTE_MARK.findall(text, line, turn.start())) % 2:
            continue  # inside a quote
        if turn.start() >= own:
            return True
        stop = _STOP.search(text, turn.end())
        sentence = text[turn.end(): stop.start() if stop else len(text)].lower()
        if not _OTHERS_OR_CONTRAST.isdisjoint(re.findall(r"[a-z]+", sentence)):
            return True
    return False


_STOP = re.compile(r"[.!?\n]")
# Who or what a turn brings in: other people, or a contrast ("the mood was different", "not all agreed")
_OTHERS_OR_CONTRAST = CROWD_WORDS | {"some", "many", "others", "several", "few", "most", "allies", "everyone", "all",
                                     "mixed", "different", "divided", "split", "mood", "reaction", "opinion",
                                     "universal", "unanimous", "agreed"}
_ANNOUNCED = re.compile(r",?\s+(?:[\w.'’-]+\s+){1,6}?(?:announced|announces|confirmed|confirms|unveiled|unveils|"
                        r"declared|declares)\b")
# The subject's own officers ("Mayor Andy Burnham"), not another body's ("the Unite union", "the regulator Ofwat")
_OWN_OFFICER = re.compile(r"\b(?:mayor|governor|minister|secretary|chief|executive|ceo|president|chair(?:man|woman)?|"
                          r"spokes(?:man|woman|person)|boss|founder|head|leader|premier|chancellor|dean|principal|"
                          r"headteacher|superintendent|commissioner)\b", re.I)
# (bare, or by where they are: not another's, "The website fivethirtyeight", "signs of strain")
_NOTICES = re.compile(r"\s*(?:the |its |new )?(?:signs?|notices?|labels?|leaflets?|screens?|website|web page)"
                      r"(?:\s+(?:at|on|in|outside|inside|above|beside|across|around|near)\b.*)?", re.I | re.S)
_OTHER_BODY_WORDS = re.compile(r"\b(?:union|regulator|court|league|watchdog|association|federation|opposition|rival)\b",
                               re.I)


def _welcomed_punishment(items: list[Item], subject: str | None, lead: str, text: str) -> list[Item]:
    """In a story of the subject punished ("Southern Water fined £90m over sewage spills"), a reaction that
    welcomes the punishment ("Campaigners welcomed the fine") is against the subject's deed. (Criticism
    of it keeps its side: a fine called too small and one called too harsh read alike.)"""
    # (passive: "has been fined", or a headline's "Southern Water fined £90m"; not "Ofcom fined GB News")
    if not subject or not any(word_boundary(lead, start) and _PUNISHED_AFTER.match(lead, start + len(subject))
                              for start in occurrences(subject, lead)):
        return items
    return [replace(i, stance_cue="against") if i.kind == "reaction" and i.stance_cue == "favor"
            and i.char_start is not None and i.char_end is not None
            and _WELCOMED_PUNISHMENT.search(text[_sentence_start(text, i.char_start):i.char_end]) else i for i in items]


# How news says a body or person was punished, and a welcome of the punishment ("welcomed the fine").
_PUNISHED_FORMS = ("fined|banned|suspended|sanctioned|censured|reprimanded|penalised|penalized|punished|expelled|"
                   "docked|relegated|jailed|sentenced|convicted|ordered to pay|hit with")
# (matched after each mention of the subject: compiled with the name, the pattern cost a millisecond an article)
_PUNISHED_AFTER = re.compile(
    rf"(?:['’]s?)?\s+(?:(?:(?:has|have|had)\s+been|was|were|is|are|to\s+be)\s+"
    rf"(?:{_PUNISHED_FORMS})\b|(?:{_PUNISHED_FORMS})(?=\s+(?:[£$€]|\d[\d,.]*\s*(?:m|bn|k|million|billion|points?|"
    r"games?|matches|years?|months?|weeks?)\b|for\b|over\b|after\b|from\b|by\b|amid\b|following\b|until\b)|"
    r"\s*[.,:;\n]|$))", re.M)
_PUNISHMENTS = (r"(?:fine|penalty|ban|suspension|sentence|sanctions?|punishment|deduction|conviction|jail\s+term|"
                r"censure)")  # (not a verdict: an acquittal is one)
_WELCOMED_PUNISHMENT = re.compile(
    rf"\b(?:welcom|prais|hail|applaud|cheer|celebrat|call)\w*\s+(?:the|its|their|his|her|this|a)\s+"
    rf"(?:[\w£$€.,'’-]+\s+){{0,3}}?{_PUNISHMENTS}\b"
    rf"|\b{_PUNISHMENTS}\b[^.;]{{0,60}}\b(?:was|were|has been|have been)\s+(?:welcomed|praised|hailed|applauded)\b"
    # (or the decision, in a story of nothing else decided: "Campaigners welcomed the decision.", not "welcomed the
    # decision to invest £1bn")
    r"|\b(?:welcom|prais|hail|applaud)\w*\s+the\s+(?:decision|ruling|action)\b(?!\s+to\s+(?!fine|ban|sanction|punish))",
    re.I)  # ("the decision to fine the company was welcomed by the RMT union")
PUNISHED_LEAD_CHARS = 600  # the headline and the lead's opening: where a story says its subject was punished


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence around `position` starts (a short quote's item may be its whole sentence)."""
    lowest = max(0, position - 300)
    stop, line = text.rfind(". ", lowest, position), text.rfind("\n", lowest, position)
    return max(lowest, stop + 2 if stop >= 0 else 0, line + 1)


_UNDONE_JUDGED = re.compile(r"\bsaid\s+(?:that\s+)?(?:the|its|their)\s+"
                            r"(?:(?:airline|bank|club|council|company)['’]s\s+)?"
                            r"(?:(?:original|old|initial|previous|planned|proposed)\s+(?:\w+\s+)?"
                            r"(?:decision|move|change)|(?!new\b|replacement\b|alternative\b|revised\b)(?:\w+\s+)?"
                            r"(?:plans?|proposal|policy|scheme|fees?|charges?|ban|levy|rise|increase|hike|cuts?|"
                            r"closures?|rules?|idea))\s+(?:was|were|is|are|had\s+been|would\s+have\s+been)\s+[“\"']",
                            re.I)


def _heeded(side: str | None, headline: str, subject: str | None, target: str) -> str | None:
    """A headline's "Ministers scrap plan ... after outcry": the outcry was the undoing's cause, not its
    response (no side)."""
    return None if side == "against" and _undoing_a_measure(subject, target) and _AFTER_OUTCRY.search(headline) \
        else side


# (or the clause that tells it: "days after the proposal provoked a furious backlash from parents")
_AFTER_OUTCRY = re.compile(rf"\b(?:after|following|amid)\s+(?:(?:[\w'’-]+\s+){{0,6}}?"
                           rf"(?:{'|'.join(sorted(MEETING_VERBS))})\s+|(?:days|weeks|months|years)\s+of\s+)?"
                           rf"(?:an?\s+|the\s+)?(?:[\w'’]+\s+|(?:thousands|hundreds|dozens|a\s+flood|a\s+wave)\s+of\s+)?"
                           rf"(?:{'|'.join(sorted(RESPONSE_NOUNS))})\b", re.I)

# (or a petition: "after more than 8,000 people signed a petition to save it")
_AFTER_PETITION = re.compile(r"\b(?:after|following)\s+(?:[\w,'’-]+\s+){0,6}?(?:signed|backed)\s+an?\s+petition\b",
                             re.I)


def _sided_by_lead_in(items: list[Item], text: str, backed: Sequence[tuple[int, int, str]] = (),
                      phrases: Sequence[str] = ()) -> list[Item]:
    """A quote by an unnamed one of a crowd ("one fan", "@handle") that follows a reaction the
    journalist gave a side ("Some fans defended the singer. “One bad joke. Let it go,” one fan
    wrote"), or a crowd's side told without one (`backed`: "Some fans backed the ban"), is an example
    of it: that side. In its paragraph; a crowd's side also in the paragraphs of its members' quotes
    ("one fan wrote", "another user posted") that follow the one that told it. A crowd's unquoted
    reaction in a sentence that tells its side takes that side too. A named speaker introduced as one
    of that crowd ("A handful of developers welcomed the move. Indie developer Tomas Berg said ...")
    takes it in the same paragraph or the next, and so does one quoted in the paragraph where a group
    named by its side says so ("Supporters say ... “Q,” said Rep. Hilton"), or a body's officer after
    the body's told reaction ("... applauded the decision. “Q,” said the union's president"); other
    named speakers keep their own (their reaction may be aimed at someone else: "Hutto blamed George W.
    Bush" in an article about Trump). `phrases`: each item's speaker as written."""
    told = sorted([(i.char_start or 0, i.char_end or 0, i.stance_cue, _a_crowd(i)) for i in items
                   if i.kind == "reaction" and not i.quoted and i.stance_cue in OTHER_SIDE
                   and i.char_start is not None and i.char_end is not None]
                  + [(start, end, side, "public") for start, end, side in backed], key=lambda t: t[:2])
    # (by where each starts: a quote inside a crowd's sentence that tells its side is an example of it
    # too, "Fans took to social media to slam the decision, with one writing: “Q”")
    starts = [told_start for told_start, _, _, _ in told]
    # the told reactions of groups named by their side, in so many words ("Supporters say ...", "Critics
    # argued that ...")
    told_groups = {(i.char_start, i.char_end): (i.speaker or "").lower() in AGAINST_GROUPS | FAVOR_GROUPS
                   and re.search(rf"\b{re.escape(i.speaker or '')}(?:\s+who\s[^.;\n]{{0,80}}?)?\s+"
                                 r"(?:say|said|argue|argued|contend|contended)\s+(?:that\s+)?$",
                                 text[max(0, (i.char_start or 0) - 150):i.char_start or 0], re.I)
                   is not None for i in items}
    # each told reaction's speaker as written ("The Pennsylvania State Education Association, the state's
    # largest teachers' union")
    told_phrases = {(i.char_start, i.char_end): phrase for i, phrase in zip(items, phrases, strict=False)}
    told_speakers = {(i.char_start, i.char_end): i.speaker for i in items}

    def member_of_told(item: Item, phrase: str, last: int, near: bool) -> bool:
        """"Indie developer Tomas Berg" after "A handful of developers ...": named as one of them (by
        "one" or as one of a group named by its side, only `near` it: in its paragraph or the next)."""
        if near and re.match(r"(?:One|Another)\b", phrase):
            return True  # "Many viewers were less forgiving. One carer, Margaret Hill, told ...": one of them
        name = set((item.speaker or "").lower().split())
        kinds = {w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in name and len(w) > 2}
        # "“Q,” said Karen Wills, whose daughter is a sophomore": one of the parents (not an official's)
        after = text[item.char_end or 0:(item.char_end or 0) + 150].split("\n")[0]
        if item.speaker_role not in ("official", "expert", "politician") and re.search(
                rf"\b{re.escape(item.speaker or '')},\s+whose (?:sons?|daughters?|child|children|kids?|boy|girl)\b",
                f"{phrase} {after}"):
            kinds.add("parent")
        # (the told sentence's words and its speaker's: "Some parents who had opposed the event said they were
        # relieved" tells only "they were relieved")
        told_words = f"{told_phrases.get(told[last][:2], '')} {text[told[last][0]:told[last][1]]}"
        crowd = re.findall(r"[a-z]+", told_words.lower())
        # "Supporters say the law will help. “Q,” said state Rep. Scott Hilton": one of them, in that paragraph
        # and with no turn between ("..., but not everyone agrees. “Q,” said ...")
        if near and told_groups.get(told[last][:2]) \
                and paragraph_of(told[last][0]) == paragraph_of(item.char_start or 0) \
                and not _TURN.search(text, told[last][1], item.char_start or 0):
            return True
        singulars = {w.removesuffix(ending) for w in crowd for ending in ("s", "es") if w.endswith(ending)}
        members = {_KIN.get(w, w) for w in singulars}
        kinds |= {w[:-1] for w in kinds if w[:-1] in _KIN}  # "Moms for Safer Screens": moms are parents
        return bool({_KIN.get(w, w) for w in kinds} & members)

    def embedded(item: Item) -> bool:  # an embed, or a post shown as text above its dated byline
        return item.text_source == "embed_html" or (item.quoted and item.posted_at is not None)

    def unnamed_quote(item: Item) -> bool:  # an embedded post is one of the crowd's too
        return item.kind == "reaction" and item.stance_cue is None and item.char_start is not None and (
            embedded(item) or (item.quoted and _UNNAMED.match(item.speaker or "") is not None))

    # Paragraphs (non-empty lines, by their index) that hold a crowd member's quote or post, or a
    # post's byline: a run of them carries a crowd's side told before it.
    paragraphs = [m.start() for m in _PARAGRAPH.finditer(text)]

    def paragraph_of(position: int) -> int:
        return bisect.bisect_right(paragraphs, position) - 1

    chained = {paragraph_of(item.char_start or 0) for item in items
               if unnamed_quote(item) and (item.speaker_role in ("public", "unknown") or embedded(item))}
    chained |= {paragraph_of(match.start()) for match in TEXT_BYLINE.finditer(text)}
    # "Here is how people reacted:": a line that announces the crowd's posts carries its told side to them.
    introducing = {paragraph_of(match.start()) for match in itertools.islice(_INTRODUCING.finditer(text), 50)}
    backed = sorted(backed)
    backed_starts = [start for start, _, _ in backed]
    # "Others are less keen. ... On the Facebook group, opinion was split. One member wrote: ...": a
    # crowd's side told before a split ends there
    splits = split_responses(text)

    # ... and so does the reaction of the others without a side ("Some residents backed it. Others fear the
    # turbines will ruin the view. “Q,” said farmer Geoff Barnes": one of the others, maybe; not "Many fans
    # said ...", the same crowd saying more)
    splits = splits + [i.char_start for i in items if i.kind == "reaction" and not i.quoted and not i.stance_cue
                       and i.char_start is not None and _OTHERS.match(i.speaker or "")]

    def split_between(start: int, end: int) -> bool:
        return any(start <= position < end for position in splits)
    # Each speaker's reactions with a side, by paragraph, in order of their ends: built once, for
    # `own_told_side`.
    own_told: dict[tuple[str | None, int], list[tuple[int, str]]] = {}
    for told_item in sorted((i for i in items if i.kind == "reaction" and i.stance_cue in OTHER_SIDE
                             and i.char_end is not None),
                            key=lambda i: i.char_end or 0):
        key = (told_item.speaker, paragraph_of(told_item.char_end or 0))
        own_told.setdefault(key, []).append((told_item.char_end or 0, told_item.stance_cue or ""))

    def own_told_side(quote: Item) -> str | None:
        """The side a named speaker's own reaction told just before their quote in its paragraph takes
        ("Steve Bruce backed the decision. “Give him a chance,” he said": in favour; "called the ban
        “ridiculous”. “Q,” she said": against)."""
        start = quote.char_start or 0
        told_sides = own_told.get((quote.speaker, paragraph_of(start)), [])
        before = bisect.bisect_right([end for end, _ in told_sides], start)
        return told_sides[before - 1][1] if before else None

    sided = []
    for item, phrase in itertools.zip_longest(items, phrases[:len(items)], fillvalue=""):
        if item.kind == "reaction" and not item.quoted and not embedded(item) and item.stance_cue is None \
                and item.char_start is not None:
            # The crowd's sentence as a reaction of its own ("Supporters ... greeted the news with relief").
            at = bisect.bisect_right(backed_starts, item.char_start) - 1
            if at >= 0 and item.char_start < backed[at][1]:
                item = replace(item, stance_cue=backed[at][2])
        elif unnamed_quote(item):
            last = bisect.bisect_left(starts, item.char_start or 0) - 1  # the last one told before the quote
            # (one whose sentence holds the quote, only when a crowd's: "Ryan criticized ... and said allies
            # wanted to know if ... “Q”" tells Ryan's side, not the allies')
            # (or, not a crowd's, the same one's: "One neighbour was less pleased, complaining ... “Q,” he said";
            # not an unnamed one of the public after a body's: "Texas Right to Life condemned the judge. “Q,” one
            # woman wrote")
            if last >= 0 and (told[last][3] or told[last][1] <= (item.char_start or 0) and (
                    told_speakers.get(told[last][:2]) == item.speaker or _ONE_OF_THE_BODY.search(phrase))):
                told_start, _, side, crowd = told[last]
                told_in, paragraph = paragraph_of(told_start), paragraph_of(item.char_start or 0)
                for _ in range(LENT_PARAGRAPHS if crowd else 0):
                    if paragraph - 1 in introducing:
                        paragraph = told_in
                    if told_in >= paragraph or paragraph not in chained:
                        break
                    paragraph -= 1
                if told_in >= paragraph and not split_between(told[last][1], item.char_start or 0):
                    item = replace(item, stance_cue=side)
        elif item.kind == "reaction" and item.quoted and item.stance_cue is None and item.char_start is not None \
                and phrase:
            last = bisect.bisect_left(starts, item.char_start) - 1
            # (the body's kind in how its told reaction names it; "its" after a body's)
            if last >= 0 and paragraph_of(told[last][0]) == paragraph_of(item.char_start) \
                    and (head := _HEAD_OF_BODY.search(phrase) or _BODY_TITLE.match(phrase)) is not None and (
                        all(re.search(rf"\b{word}\b", told_phrases.get(told[last][:2], ""), re.I)
                            for word in (head.group("kind"), head.groupdict().get("of"))
                            if word and word not in _ANY_BRANCH)
                        if head.group("kind") else not told[last][3]):
                # ("police union president Dan Rourke" is not the firefighters union's)
                # "The teachers' union applauded the decision. “Q,” said the union's president": its voice
                sided.append(replace(item, stance_cue=told[last][2]))
                continue
            if last >= 0 and paragraph_of(told[last][0]) == paragraph_of(item.char_start) and not told[last][3] \
                    and _names_body(told_phrases.get(told[last][:2], ""), phrase):
                # "The American Civil Liberties Union ... hailed the ruling. “Q,” said ACLU attorney Heather
                # Weaver", "... said Prospect's national secretary": its own
                sided.append(replace(item, stance_cue=told[last][2]))
                continue
            while last >= 0 and not told[last][3]:
                last -= 1  # the crowd's, past a named voice told between ("Others were furious. The trust said ...")
            gap = paragraph_of(item.char_start) - paragraph_of(told[last][0]) if last >= 0 else 2
            # (or one of the public by a plain word, in the paragraph that tells the crowd's side or the next:
            # "Residents reacted with fury. “Q,” said pensioner Margaret Cole")
            # (one named as one of them also a little further: "... prompting anger from photographers" ¶ ... ¶
            # "“Q,” said wildlife photographer Rachel Dunn")
            # (not past a turn: "Not every photographer is opposed, however, ...")
            # (nor past a sentence that opens with a turn: "Students celebrated. ... But historian David Abulafia
            # said ...")
            reached = last >= 0 and (gap <= 1 or not _REACH_TURN.search(text, told[last][1], item.char_start)) \
                and not _turn_between(text, told[last][1], item.char_start)
            if reached and gap <= LENT_TO_MEMBERS and not split_between(told[last][1], item.char_start) \
                    and (member_of_told(item, phrase, last, gap <= 1) or (
                        gap <= 1 and told[last][3] == "public" and not _FELT.match(text, told[last][0])
                        and (_ONE_OF_THE_PUBLIC.match(phrase) is not None or _AGED.match(phrase) is not None))):
                # (what a crowd "said they" felt is its own: not lent to a parent after "Pupils said they were happy")
                item = replace(item, stance_cue=told[last][2])
            elif (own := own_told_side(item)) is not None:
                item = replace(item, stance_cue=own)
        sided.append(item)
    return sided


def _examples_of_told_reactions(items: list[Item], elsewhere: set[int], parsed: ParsedText,
                                backed: Sequence[tuple[int, int, str]]) -> list[Item]:
    """An official's or a body's words that name nothing of the story are still a reaction to it
    right after the sentence that tells a reaction with its side ("Privacy advocates were quick to
    criticise the decision. “Q,” said Emma Hollis of the Digital Rights Foundation"): its example."""
    told = [(i.char_start, i.char_end) for i in items if i.kind == "reaction" and not i.quoted and i.stance_cue
            and i.char_start is not None and i.char_end is not None] + [(s, e) for s, e, _ in backed]
    if not told or not elsewhere:
        return items
    text = parsed.text
    examples = list(items)
    for index in elsewhere:
        start, _ = parsed.sentence_span(items[index].char_start or 0)
        before = text[:start].rstrip()
        if not before or "\n" in text[len(before):start]:
            continue  # the first sentence of its paragraph
        told_start, told_end = parsed.sentence_span(len(before) - 1)
        if any(s < told_end and e > told_start for s, e in told):
            examples[index] = replace(items[index], kind="reaction")
    return examples


# The writer says what follows is about something else: "Not every reply to the announcement was about the
# clinics.", "Some regional leaders wanted to talk about something else entirely.", "Public comment focused
# largely on other issues.", "Supporters were more interested in the football than the venue."
_TURN_TO_OTHER_MATTERS = re.compile(
    r"\bnot (?:every|all|everyone|everybody)\b[^.!?\n]*\b(?:was|were) about\b|\babout something else\b|"
    r"\b(?:focused|focussed|centred|centered|dwelt)\s+(?:\w+ly\s+)?on (?:other|unrelated) "
    r"(?:issues|matters|concerns|topics|subjects)\b|\bwere more interested in\b[^.!?\n]*\bthan\b|"
    # (a paragraph that opens on another matter: "Separately, ...", "At a separate protest on campus, ...")
    # (not one more statement on the same matter: "In a separate statement, ...")
    r"(?:^|(?<=\n))\s*(?P<opener>Separately\b|(?:In|At|On) (?:a |an )?(?:separate|unrelated)\b"
    r"(?! (?:statement|interview|post|letter|tweet|comment|reply|response)\b))", re.I)


# "against the closure", "over its plans": a side taken on something named
_SIDING_WITH_THE = re.compile(r"\b(?:against|over|opposing|supporting|backing|protesting)\s+(?:the|this|that|its|their)"
                              r"\s+(?:[a-z-]+\s+)?([a-z]{4,})")


def _after_a_turn_to_other_matters(items: list[Item], parsed: ParsedText, target: str, subject: str) -> list[Item]:
    """Reactions after a sentence that says what follows is about another matter, in its paragraph
    and in the next ones that go on with it (one that opens on a quote, the same talk quoted; one that opens on a
    speaker of the crowd the sentence named: "Supporters were more interested in ...", then "St Colman's supporter
    Bríd Keaveney said"), are about that matter; not one whose words name the target's own things ("But closing
    the pool is what will hurt ..."), nor after a turn the sentence turns back from ("Earlier meetings had focused
    on other issues, but ...")."""
    text = parsed.text
    # the target's own words, not its owner's name ("the city council")
    own = {w for w in re.findall(r"[a-z]{4,}", target.lower()) if w not in _COMMON} - set(
        re.findall(r"[a-z]{4,}", subject.lower()))
    spans = []
    for turn in _TURN_TO_OTHER_MATTERS.finditer(text):
        # (a paragraph's opener is matched from the line break before it: its sentence is the one after)
        sentence_start, sentence_end = parsed.sentence_span(turn.start("opener") if turn.group("opener")
                                                            else turn.start())
        if re.search(r"\bbut\b", text[turn.end():sentence_end], re.I):
            continue
        if turn.group("opener") and not {w[:4] for w in own}.isdisjoint(
                w[:4] for w in _SIDING_WITH_THE.findall(text[sentence_start:sentence_end].lower())):
            continue  # "Separately, a petition against the closure has ...": the same matter (by its stem)
        crowd = [w.removesuffix("s") for w in re.findall(r"[a-z]+", text[sentence_start:turn.start()].lower())
                 if w in CROWD_WORDS and w.endswith("s")]
        end = text.find("\n\n", turn.end())
        end = len(text) if end < 0 else end
        for _ in range(2):
            following = text[end:].lstrip("\n")
            # (unless it turns back: "“But closing the pool ...")
            quoted = following[:1] in "\"“" and not re.match(r"[\"“]\s*But\b", following)
            if not following or not (quoted or any(re.search(rf"\b{w}s?\b", following[:80], re.I) for w in crowd)):
                break
            after = text.find("\n\n", len(text) - len(following))
            end = len(text) if after < 0 else after
        spans.append((turn.start(), end))
    if not spans:
        return items
    return [replace(item, kind="other_target") if item.kind == "reaction" and item.char_start is not None and any(
        start < item.char_start < end for start, end in spans)
        and own.isdisjoint(re.findall(r"[a-z]{4,}", (item.text or "").lower())) else item for item in items]


_CHOSEN = r"\s+(?P<who>(?:(?:Dr\.|[\w'’-]+)\s+){0,3}[\w'’-]+)"  # the name, after up to three words
_CHOSE = re.compile(rf"(?<!\bnot to )(?<!\bdeclined to )(?<!\brefused to )\b(?:appoint|appointing|name|naming|hire|"
                    rf"hiring){_CHOSEN}")
_CHOSE_DONE = re.compile(rf"\b(?:appointed|named|hired|(?:(?:voted|agreed|decided)(?: \w+)? |and )to appoint){_CHOSEN}")


def _names_body(body: str, phrase: str) -> bool:
    """Whether a speaker's phrase names the body by its name or initials ("ACLU attorney Heather Weaver"),
    not as its critic ("a frequent Abbott critic")."""
    body = re.sub(r"^the\s+", "", body, flags=re.I)
    if CRITIC_WORDS & set(re.findall(r"[a-z]+", phrase.lower())):
        return False
    return body[:1].isupper() and (re.search(rf"\b{re.escape(body)}\b", phrase) is not None or (
        len(short := initials(body)) > 2 and re.search(rf"\b{short}\b", phrase) is not None))


def _a_crowd(item: Item) -> str | None:
    """Whether a statement's speaker is a crowd: "public" ("cycling groups and many residents"), a
    "group" by its kind (a plural, bare or counted: "photographers", "Some conservatives"; not a
    capitalized word alone: "Rovers" is a club), else None."""
    speaker = item.speaker or ""
    if item.speaker_role == "public" or CROWD_WORDS & set(speaker.lower().split()):
        return "public"
    plural = re.fullmatch(r"(?:(?:some|many|several|most|other)\s+)?[a-z-]+s", speaker.lower())
    return "group" if plural and (speaker[:1].islower() or " " in speaker) else None


# One of a crowd by another word: "mother of two Helen Carr" after "Most parents welcomed the move".
_ORGANISERS = re.compile(r"(?:the\s+)?(?:festival\s+|event\s+|race\s+)?organi[sz]ers", re.I)
# Events that speak through their organisers.
_EVENTS = {"festival", "marathon", "race", "show", "fair", "awards", "games", "parade", "carnival", "concert", "expo",
           "tournament", "championship", "championships", "cup", "fest", "prom", "gala", "tour"}
_FELT = re.compile(r"(?:they|we)\s+(?:were|are|felt|feel)\b")  # "Pupils said they were delighted"
# A politician stopping another's measure ("vetoing a bill", "using a hold to block it"), not undoing one
# of their own ("a promise to scrap the gas tax")
_BLOCKING = {"veto", "vetoing", "vetoed", "vetoes", "block", "blocking", "blocked", "reject", "rejecting", "rejected",
             "filibuster", "filibustering", "stall", "stalling", "refusing", "refusal", "against"}


def _blocks_a_measure(deed: list[str]) -> bool:
    """"vetoing a bill", "using a procedural hold to block a bill", "refusing to sign a bill", "voting against
    a bill" (not "rejecting calls to resign")."""
    words = [w.lower() for w in deed[:8]]
    # ("against" only after a vote: not "rallying against Arizona's abortion ban")
    return any(w in _BLOCKING and MEASURE_NOUNS & set(words[n + 1:n + 5])
               and (w != "against" or words[n - 1:n] in (["voting"], ["voted"], ["vote"])) for n, w in enumerate(words))


_OTHERS = re.compile(r"(?:some |many )?others?\b", re.I)  # "Others", "Other residents", "Some others"
_KIN = {"mother": "parent", "father": "parent", "mum": "parent", "mom": "parent", "dad": "parent", "pupil": "student"}
# A speaker named by no name: "one fan", "@handle", "One user on X" opening its sentence.
_UNNAMED = re.compile(r"[a-z@]|(?:One|Another|Some|Many|Several) ")
# "pensioner Margaret Cole", "rally-goer Tom Briggs": someone of the public, by a word for who they are.
# (after the verb that reports them, as a phrase may begin: "tweeted radio host Dan Greer")
_ONE_OF_THE_PUBLIC = re.compile(r"(?:(?:said|says|tweeted|wrote|posted|added) )?(?:[a-z]+(?:-[a-z]+)* ){1,2}"
                                r"[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}(?:, \d{1,3})?$")
# "Janet Moss, 67, whose operation was postponed": someone of the public, by a name and an age alone (not
# "Councillor Ann Lee, 58").
_AGED = re.compile(r"(?!(?:Councillor|Councilor|Mayor|Senator|Sen|Rep|Dr|Prof|Professor|Judge|Governor|Gov|Minister|"
                   r"President|Chief|Officer|Sergeant|Captain|Father|Reverend|Rev)\b)"
                   r"[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}, \d{1,3}\b")
_INTRODUCING = re.compile(r"^[ \t]*(?:here(?:'s|’s| is| are)|this is|these are|some of)\b[^\n]{0,80}?"
                          r"\b(?:react|reacted|responded|said|wrote|reactions?|responses?|posted)\b[^\n]{0,40}:[ \t]*$",
                          re.M | re.I)
_PARAGRAPH = re.compile(r"^[ \t]*\S", re.M)  # a line with words (blank lines part no paragraphs)
LENT_PARAGRAPHS = 8  # paragraphs of crowd quotes (posts and their bylines) a crowd's told side reaches
LENT_TO_MEMBERS = 3  # paragraphs a crowd's told side reaches a speaker named as one of them


# A title's label before its headline: "Budget 2026 live: Chancellor scraps ...", "BREAKING: ...".
_LABEL = re.compile(r"^\s*(?:[^:\n]{0,40}\blive|breaking|watch|exclusive|revealed|update[d]?|analysis|opinion)"
                    r"\s*[:|–—-]\s+(?=\S)", re.I)


def _headline_end(article: Article, parsed: ParsedText) -> int:
    """The end of the headline line that opens an article (0 when none): the title repeated (a web
    page's heading), or, without a title, one short sentence in a headline's present tense (a lead
    sentence tells in the past), then more text."""
    text = article.text
    first = text.split("\n", 1)[0]
    if article.title.strip():
        same = " ".join(first.split()).lower() == " ".join(article.title.split()).lower()
        return len(first) if same and text[len(first):].strip() else 0
    paragraph = parsed.paragraph_at(0)
    # A headline's "MP criticised after ..." is a participle the tagger may read as a past tense:
    # a line without a full stop is a headline whatever its tense.
    stopped = bool(re.search(r"[.!?][\"'”’)]?\s*$", first))
    if not text[len(first):].strip() or len(first.split()) > HEADLINE_WORDS or paragraph is None or \
            len(list(paragraph.doc.sents)) > 1 or (stopped and any(t.tag_ == "VBD" for t in paragraph.doc)):
        return 0
    return len(first)


# What the story's critics did, as a feeling's object: "said it was “appalled” by the abuse".
_AT_THE_CRITICS = {"abuse", "trolls", "trolling", "trolled", "harassment", "insults", "taunts", "threats"}
# The side of a word or two quoted alone, toward the news it answers: a feeling (said it was "deeply
# concerned") or a reaction verb (said it "welcomed" the decision, "condemned" it).
_QUOTED_SIDES = {**FEELING_SIDES,
                 **dict.fromkeys(("concerned", "worried", "alarmed", "troubled", "saddened"), "against"),
                 **{form: "favor" if lemma in FAVOR_REACTIONS else "against"
                    for form, lemma in {**REACTION_VERBS, **SIDING_VERBS}.items() if lemma not in NEUTRAL_REACTIONS}}


_SAID = r"(?:said|says|wrote|writes|added|tweeted|posted|replied|commented|asked|answered)"
# ... the attribution and nothing else after it (not "one fan wrote sarcastically", "he said of a U-turn")
_WHOLE_UTTERANCE = re.compile(rf"[\"“][^\"”\n]{{1,60}}[,!?][\"”]\s*(?:{_SAID}\s+(?:[\w'’.-]+\s+){{0,3}}[\w'’.-]+"
                              rf"(?:,\s+(?:a|an|the)\s+[\w\s'’-]+)?|(?:[\w'’.-]+\s+){{1,3}}{_SAID})\s*[.!]?\s*$")


def _widen_partial_quote(statement: Statement, parsed: ParsedText) -> Statement:
    """A quote of a word or two ("most ridiculous") says little alone: the item becomes the
    sentence that holds it, still marked as quoted."""
    item = statement.item
    if item.text is None or item.char_start is None or len(item.text.split()) >= MIN_WORDS:
        return statement
    start, end = parsed.sentence_span(item.char_start)
    sentence = parsed.text[start:end].strip()
    start += parsed.text[start:end].find(sentence)
    # A feeling quoted alone tells the speaker's side: said it was "deeply concerned", "delighted".
    words = re.findall(r"[a-z]+", item.text.lower())
    felt = {_QUOTED_SIDES[w] for w in words if w in _QUOTED_SIDES}
    cue = felt.pop() if len(felt) == 1 and not {"not", "less", "never", "no"} & set(words) else None
    cue = item.stance_cue or cue
    if cue and len(felt) <= 1 and _AT_THE_CRITICS & set(re.findall(r"[a-z]+", sentence.lower())):
        # "“appalled” by the abuse" she received: for her
        cue = "favor" if cue == "against" else "against"
    if _WHOLE_UTTERANCE.match(sentence) and start < item.char_start <= start + 1 \
            and len(QUOTE_MARK.findall(sentence)) <= 2:
        # '“Good riddance,” wrote one user': all that was said, before who said it (not '“It's unanimous,”
        # she said of the council's support for ...', '“Stunning!” one fan wrote sarcastically': what it is
        # said of, and how, tell what it means)
        return replace(statement, item=replace(item, stance_cue=cue))
    return replace(statement, item=replace(item, text=sentence, text_source="paraphrase", char_start=start,
                                           char_end=start + len(sentence), stance_cue=cue))


def _widened_once(quotes: list[Statement]) -> list[Statement]:
    """Quotes without the widened short ones whose sentence holds a longer quote of the same speaker:
    '“Savage,” she said, meaning that he's “radical enough and doesn't care ...”' is one statement."""
    starts: dict[str | None, list[int]] = {}
    for q in quotes:
        if q.item.text_source == "quoted" and q.item.char_start is not None:
            starts.setdefault(q.item.speaker, []).append(q.item.char_start)
    for found in starts.values():
        found.sort()

    def holds_longer(item: Item) -> bool:
        found = starts.get(item.speaker, [])
        at = bisect.bisect_left(found, item.char_start or 0)
        return at < len(found) and found[at] < (item.char_end or 0)

    return [q for q in quotes if q.item.text_source != "paraphrase" or not holds_longer(q.item)]


MAX_LOOSE_PLACINGS = 200  # embeds placed by their words under other spacing (bounded work on a page of thousands)


def _placed(posts: list[Statement], text: str) -> list[Statement]:
    """Embedded posts with their place in the article's text, where a page's text holds their words
    (the embed's markup does not say where it stands)."""
    placed, loose = [], 0
    for post in posts:
        words = (post.item.text or "").strip()
        at = text.find(words[:80]) if len(words) >= 20 and post.item.char_start is None else None
        span = (at, at + len(words)) if at is not None and at >= 0 else None
        if at == -1 and loose < MAX_LOOSE_PLACINGS:
            loose += 1
            span = _found_loosely(words, text)
        if span is not None:
            post = replace(post, item=replace(post.item, char_start=span[0], char_end=span[1]))
        placed.append(post)
    return placed


LOOSE_ANCHORS = 20  # places of a post's longest word tried (bounded work on a text that repeats it)


def _found_loosely(words: str, text: str) -> tuple[int, int] | None:
    """Where a post's opening words stand in the text under other spacing ("@Hopworks . Great" for
    "@Hopworks. Great"): tried only around the places of its longest word."""
    # each word, then any space before its trailing punctuation
    parts = [(t.rstrip(".,!?;:"), t[len(t.rstrip(".,!?;:")):]) for t in words[:80].split()]
    pattern = re.compile(r"\s+".join(re.escape(word) + (r"\s*" + re.escape(mark) if mark else "")
                                     for word, mark in parts))
    anchor = max((word for word, _ in parts), key=len, default="")
    if len(anchor) < 4:
        return None
    for k, place in enumerate(re.finditer(re.escape(anchor), text)):
        if k >= LOOSE_ANCHORS:
            break
        if found := pattern.search(text, max(0, place.start() - 2 * len(words)), place.end() + 2 * len(words)):
            return found.start(), found.end() + len(words) - len(words[:80])
    return None


def _same_post(shown: Item, embedded: Item) -> bool:
    """Whether a post shown as text in a page's text is one of its embeds (same author, and the
    same opening words where the embed has words)."""
    if (shown.handle or "").lower() != (embedded.handle or "").lower():
        return False
    opening = [punctuation_joined(" ".join(post.text.split()))[:40] for post in (shown, embedded) if post.text]
    return len(opening) < 2 or opening[0] == opening[1]


def _spans_of(statements: list[Statement]) -> list[tuple[int, int]]:
    return [(s.item.char_start, s.item.char_end) for s in statements
            if s.item.char_start is not None and s.item.char_end is not None]


def _inside_any(position: int | None, spans: list[tuple[int, int]]) -> bool:
    return any(start <= (position or 0) < end for start, end in spans)


def _merge_quoted_posts(
    posts: list[Statement], quotes: list[Statement]
) -> tuple[list[Statement], list[Statement]]:
    """A post both embedded and quoted in the text is one item: the embed, with the quote's
    place in the text."""
    kept = []
    for quote in quotes:
        words = " ".join((quote.item.text or "").lower().split())
        match = next((i for i, p in enumerate(posts) if p.item.text and words
                      and (words in " ".join(p.item.text.lower().split()) or
                           " ".join(p.item.text.lower().split()) in words)), None)
        if match is None:
            kept.append(quote)
        else:
            post = posts[match]
            posts[match] = replace(post, item=replace(post.item, char_start=quote.item.char_start,
                                                      char_end=quote.item.char_end, quoted=True))
    return posts, kept


_BARE_SPOKES = re.compile(r"(?:(?:a|an|the)\s+)?(?:spokesman|spokeswoman|spokesperson)", re.I)
_BODY_NAME = re.compile(r"\b(?:Society|Union|Association|Trust|Group|Council|Foundation|Federation|Institute|"
                        r"Alliance|Coalition|League|Authority|Commission|Agency|Charity|Campaign|UK)$|\?$")


def _experts_explain(items: list[Item], phrases: list[str], text: str) -> list[Item]:
    """An expert quoted in passing whom the journalist reports, without a side, telling how things are ("Media
    analyst Priya Nandakumar said ad-supported plans have become standard across the industry") explains the
    news: cue `none`. Not their quoted words, what they say the deed would do ("said the deal would most likely
    lead to higher prices"), nor words of a judgement: those take a side the model reads. An expert by what any
    of their mentions calls them (`_EXPERT`); in passing: in at most two statements. One named, not of the public,
    whom the journalist says *explained* how things are, with no judgement in it ("Dr Ian Whitcroft ... explained that
    many forces had moved to a single centre"; or whom it says explained in words not read as a statement, "Mwangi
    explained that a box that shows an "HD" label ..."), explains in all their words, quoted too (in at most three)."""
    statements = Counter(item.speaker for item in items)
    by_surname = Counter(surname(item.speaker or "") for item in items)
    experts = {item.speaker for item, phrase in zip(items, phrases, strict=False)
               if _EXPERT.search(phrase) and statements[item.speaker] <= 2}
    explaining = {surname(i.speaker or "") for i, phrase in zip(items, phrases, strict=False)
                  if i.kind == "reaction" and not i.quoted and i.char_start is not None and i.speaker_role != "public"
                  # (one named: not "a food seller at a Yaba market" telling her loss)
                  and (i.speaker or "")[:1].isupper() and not re.match(r"(?:an?|one|another)\b", phrase.strip(), re.I)
                  and (_explained(text, i.char_start) or (by_surname[surname(i.speaker or "")] <= 3 and re.search(
                      rf"\b{re.escape(surname(i.speaker or ''))}\s+(?:has\s+|had\s+)?explained\b", text) is not None))
                  and statements[i.speaker] <= 3 and _NO_JUDGEMENT.isdisjoint(re.findall(r"[a-z’'-]+", i.text.lower()))}
    return [replace(i, stance_cue="none") if i.kind == "reaction" and i.stance_cue is None
            and i.speaker_role != "organization" and (surname(i.speaker or "") in explaining or (
                i.speaker in experts and not i.quoted and _explains(i.text or ""))) else i for i in items]


def _one_role_each(items: list[Item]) -> list[Item]:
    """One speaker, one role: "he said" after "Dr Liam Costigan, a sports economist, said ..." is the
    economist's too (the role the speaker's first statement with one gives)."""
    roles: dict[str, SpeakerRole] = {}
    for item in items:
        if item.speaker and item.speaker_role not in ("unknown", "public"):
            roles.setdefault(item.speaker, item.speaker_role)
    return [replace(i, speaker_role=roles[i.speaker]) if i.speaker_role == "unknown" and i.speaker in roles else i
            for i in items]


_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)+")
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)", re.I)


def _one_voice_each(items: list[Item], own: set[str]) -> list[Item]:
    """A named person introduced as the subject's own speaks for it in all their statements: a quote read
    before the sentence that introduces them ("“We are not a charity,” he told a media briefing", after
    "Sanaff chief executive Mandla Khumalo said ...") is the subject's too."""
    return [replace(i, kind="subject_statement", stance_cue=None)
            if i.kind in ("reaction", "other_target") and i.speaker in own else i for i in items]


_EXPLAINED = re.compile(r"\bexplain(?:ed|s)\s+(?=that\s)")  # that things are so: not "how she felt betrayed"


def _explained(text: str, start: int) -> bool:
    """Whether the words at `start` are what the journalist says someone explained ("explained that ...")."""
    told = _EXPLAINED.search(text[max(0, start - 40):start + 5])
    return told is not None and max(0, start - 40) + told.end() in (start, start - len("that "))


def _explains(words: str) -> bool:
    """Reported words that tell how things are: long enough to explain, no quote of theirs the journalist
    picked ("said removing the statue was “a sad day”"), no forecast of what the deed would do, no judgement."""
    return len(words.split()) >= _EXPLAINING_WORDS and not QUOTE_MARK.search(words) \
        and _NOT_EXPLAINING.isdisjoint(re.findall(r"[a-z’'-]+", words.lower()))


_EXPLAINING_WORDS = 8
# Words that forecast what the deed would do, or judge it
_NO_JUDGEMENT = frozenset(JUDGEMENT_SIDES)
_NOT_EXPLAINING = frozenset({"would", "will", "could", "might", "may", "should", "must", "can", "cannot", "won't",
                             "wouldn't"}) | _NO_JUDGEMENT


def _spokespeople_of_bodies(items: list[Item], phrases: list[str], text: str) -> list[Item]:
    """A spokesperson without a name speaks for the body quoted just before in the same paragraph
    ("The Vegan Society said ... “Q,” a spokesperson said"), with its kind; after a person, or in a
    paragraph of its own, the phrase is read as before (the subject's voice for a body subject)."""
    placed = sorted((i.char_end, n) for n, i in enumerate(items) if i.char_end is not None)
    ends = [end for end, _ in placed]
    lent = list(items)
    for n, (item, phrase) in enumerate(zip(items, phrases, strict=False)):
        if not _BARE_SPOKES.fullmatch(phrase.strip()) or item.char_start is None:
            continue
        at = bisect.bisect_right(ends, item.char_start) - 1
        body = items[placed[at][1]] if at >= 0 else None
        if body is not None and body.char_end is not None and "\n" not in text[body.char_end:item.char_start] \
                and (body.speaker_role == "organization" or _BODY_NAME.search(body.speaker or "")
                     or _said_it(body.speaker or "", text)):
            lent[n] = replace(item, speaker=body.speaker, speaker_role=body.speaker_role, kind=body.kind)
    return lent


def _said_it(speaker: str, text: str) -> bool:
    """Whether the text speaks of `speaker` as a thing: "FreshCo said it was disappointed"."""
    # (a one-word name: "Local MP Sarah Jones said it was a devastating blow" is a person's dummy "it")
    return bool(speaker) and " " not in speaker and re.search(
        rf"\b{re.escape(speaker)} (?:said|says|added) (?:that )?it\b", text) is not None


def _for_the_other_party(phrase: str, speaker: str, target: str, text: str) -> bool:
    """Whether an officer of the body the subject joins, sells to or merges with speaks: for the deal, as the
    subject does ("Noah Oppenheim, the NBC executive in charge of ''Today''" of "Billy Bush's joining the ''Today''
    show"; "Corven's chief executive, Andrew Pellham" of "Tidewell's agreement to be acquired by ... Corven Health").
    Not a body the deed acts on ("Twitter's spokesperson" of "the government's ban on Twitter")."""
    deal = _DEAL.search(target)
    if deal is None:
        return False
    # (as introduced where the article first names them: "Noah Oppenheim, the NBC executive ...", then "Mr.
    # Oppenheim noted")
    first = text.find(speaker.split()[-1]) if speaker else -1
    introduced = _INTRODUCTION_END.split(text[first:first + 100])[0] if first >= 0 else ""
    phrase = f"{phrase} {introduced}"
    if not _OFFICER.search(phrase):
        return False
    # (by a word of its name, not of its kind: "Health" of "Corven Health" is also the Department of Health's)
    party = {w for w in re.findall(r"[A-Z][\w&-]+", target[deal.end():]) if w.lower() not in BODY_KINDS | _ARTICLES}
    return not party.isdisjoint(re.findall(r"[A-Z][\w&-]+", phrase))


_ARTICLES = {"the", "a", "an"}
_INTRODUCTION_END = re.compile(r"[.!?]\s")
_DEAL = re.compile(r"\b(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)? (?:with|for)|merg(?:e|es|ed|ing|er) with|"
                   r"(?:be(?:ing)? )?acquir(?:e|es|ed|ing)(?: by)?|acquisition of|sale to|sell(?:s|ing)? \w+ to|"
                   r"partner(?:s|ed|ing|ship)? with|hired by|(?:be(?:ing)? )?bought by)\b")
_OFFICER = re.compile(r"\b(?:executive|chief|president|chair(?:man|woman)?|director|spokes(?:man|woman|person)|head|"
                      r"manager|boss|owner|founder|ceo)\b", re.I)


def _going_on(items: list[Item], phrases: list[str], elsewhere: set[int], text: str) -> set[int]:
    """Of the statements read as about another matter (`elsewhere`), those that go on with the reaction told just
    before them in their paragraph, by the same voice: the same speaker ("the change would be 'a massive step'",
    then "“For students with chronic illness ...,” she said"), its own ("its spokesperson"), or one of the same body
    or crowd by a word of its name ("The local branch of the lecturers' union said ...", then "Branch secretary Dr
    Owen Prichard said: “Once a lecture is on video ...”"; "Consumer campaigners said ...", then "said Elena Ruiz,
    policy lead at the European consumer group ...")."""
    placed = sorted((i.char_start, n) for n, i in enumerate(items) if i.char_start is not None)
    going_on = set()
    for (_, before), (start, n) in itertools.pairwise(placed):
        previous = items[before]
        if n not in elsewhere or previous.kind != "reaction" or previous.char_end is None \
                or "\n\n" in text[previous.char_end:start]:
            continue
        named = set(re.findall(r"[a-z]{4,}", phrases[before].lower())) - _NOT_A_NAMES_WORD
        if previous.speaker == items[n].speaker or re.match(r"(?:its|their)\b", phrases[n].strip(), re.I) \
                or not named.isdisjoint(re.findall(r"[a-z]{4,}", phrases[n].lower())):
            going_on.add(n)
    return going_on


_NOT_A_NAMES_WORD = {"said", "says", "told", "local", "national", "group", "groups", "from", "with", "their"}


def _about_something_else(item: Item, parsed: ParsedText, subject: str | None, target: str,
                          subject_gender: str | None, kinds: frozenset[str] = frozenset(),
                          expert: bool = False) -> bool:
    """An official's or organization's statement whose own clause names neither the subject nor
    anything of the target ("the Kremlin has dismissed claims of interference as 'baseless'") is
    about another matter; with no subject at all (a live blog's police notices), every official
    statement is. An expert is quoted to weigh the story's own news: about another matter only when
    their words point at another person ("He was the best coach" in a story about a senator, Maria)."""
    if item.speaker_role not in ("official", "expert", "organization") or item.char_start is None:
        return False
    if not subject:
        # (but a reaction with a side aimed at what the headline tells: "Anti-abortion group Texas Right to
        # Life condemned the judge" of "Judge blocks Texas abortion pill law")
        start, end = parsed.sentence_span(item.char_start)
        told = parsed.text[start:end].replace(item.speaker or "", " ").lower()
        agent = list(itertools.takewhile(lambda w: w[:1].isupper(), target.split()))  # ("Judge" of "Judge blocks ...")
        return not (item.stance_cue and not item.quoted and any(
            re.search(rf"\b{re.escape(w)}\b", told) for w in re.findall(r"[a-z]{4,}", " ".join(agent).lower())
            if w not in _COMMON))
    start, end = parsed.sentence_span(item.char_start)
    sentence = parsed.text[start:end]
    own_words = item.text if item.text_source != "paraphrase" else ""  # a paraphrase is the sentence
    at = max(sentence.find(item.speaker or ""), 0)
    if re.search(r"\b(?:by|from|among) (?:the |a |an )?(?:[\w'’-]+ ){0,3}$", sentence[:at]):
        at = 0  # who responds comes last: "the plan was denounced by the union", "drew scorn from ..."
    # (a body's officer after the body's word on the news, in one paragraph: 'The union said its members would
    # welcome the move. "Nobody should face abuse alone," said branch secretary Tracey Gould.')
    paragraph_start = parsed.text.rfind("\n", 0, start) + 1
    told_before = parsed.text[paragraph_start:start] if _BODY_SAID.search(parsed.text[paragraph_start:start]) else ""
    clause = f"{told_before} {sentence[at:]} {own_words or ''}".lower()
    words = _named_words(subject, target) | kinds  # kinds: what the article calls the subject ("ministers")
    # "the proposal" about a target that is a plan, "the trial" that the lead announced, or "the
    # decision" when the target is an action: a measure named by what it is points back at it.
    mention = _MEASURE_MENTION.search(clause)
    # ("the strike" of a target that is one: "the BMA's calling the walkout")
    noun = mention.group("noun") if mention else ""
    if noun in _WALKOUTS | REVERSAL_NOUNS:
        # (only of a target that is one: "the U-turn on rail fares announced last week" is another matter)
        measure = bool(_WALKOUTS & set(target.lower().split())) if noun in _WALKOUTS else _undoing(subject, target)
    else:
        measure = bool(mention) and (bool(_MEASURES & set(target.lower().split())) or _in_lead(noun, parsed)
                                     or (noun in _ANY_ACTION and target != subject))
    # The target's deed in another form: "the dismissal" of "dismissing a lecturer", "should never be
    # charged" of "charging passengers ..."
    # (a short stem only as a noun after "the": "the veto", not "not even comment" for "evening")
    deeds = [w.removesuffix("ing") for w in re.findall(r"[a-z]{7,}", target.lower())
             if w.endswith("ing") and w not in _LIGHT_DEEDS]
    measure = measure or any(re.search(rf"\b{'' if len(deed) > 4 else '(?:the|this|that) '}{re.escape(deed)}[a-z]*\b",
                                       clause) for deed in deeds)
    # Inside the speaker's own quoted words (the speaker says "I"), a "she" or "her" of the subject's
    # gender points at the subject: "It's a sign ... that some conservatives denounced her".
    gender = subject_gender if item.quoted and own_words else None
    pointed = bool(gender) and re.search(_THIRD_PERSON[gender], own_words.lower())
    # A judgement that opens on the news itself: "This is excessive and unfair" ("that" points back
    # at what they said before as often).
    # (or after the clause that sets it: "At a time when families are struggling, this is a slap in the face")
    pointed = pointed or bool(item.quoted and re.search(r"(?:^|, )this(?: [a-z]+)?(?:'s|’s| is| was| will| has)\b",
                                                        own_words.lower()))  # "This government is ..."
    # (or what it does: "This puts pressure on every other chain", "This shows supermarkets treating loyalty ...")
    pointed = pointed or bool(item.quoted and _THIS_DOES.match(own_words))
    # a feeling its words open with is the news's ("said it was “delighted that common sense has prevailed”",
    # past its adverbs: "deeply disappointed"), and so is one it is told to have ("said it was deeply disappointed")
    # (not one with a cause of its own: "disappointed that depot staff had not been consulted")
    felt = own_words or (told.group(1) if (told := _FELT_SAID.search(clause)) else "")
    opening = [w.strip(",.“”\"'") for w in felt.lower().split()[:4]]
    at = next((n for n, w in enumerate(opening) if not w.endswith("ly")), 0)
    pointed = pointed or (opening[at:at + 1] != [] and opening[at] in FEELING_SIDES and (
        opening[at + 1:at + 2] not in (["that"], ["about"], ["over"]) or _PREVAILED.search(felt) is not None))
    # a side taken on "it" as something is taken on the story's news ("The Beef Association welcomed it as ...")
    pointed = pointed or (item.stance_cue is not None and any(
        m.group(1) in REACTION_VERBS or m.group(1) in SIDING_VERBS for m in _ON_IT.finditer(clause)))
    # a protest or boycott they will hold is against the story's own action ("would organise a protest")
    pointed = pointed or (item.stance_cue == "against" and bool(re.search(r"\b(?:protests?|boycott|walkout)\b",
                                                                           clause)))
    # whether they will do as the subject did is about what it did ("had no plans to follow suit"), and so is not
    # having been asked first ("staff had not been consulted")
    pointed = pointed or bool(_FOLLOWING.search(clause)) or bool(_NOT_CONSULTED.search(clause))
    # ... and what the story's case shows ("said the case showed how little protection fans have")
    pointed = pointed or bool(_THE_CASE_SHOWS.search(clause))
    # ... and so is a judgement of "it" that opens their words ("It is the wrong call")
    judged = _IT_IS.match(own_words.lower()) if item.quoted else None
    pointed = pointed or (judged is not None and judgement_side(judged.group(1)) is not None)
    if expert:
        other = {"m": "f", "f": "m"}.get(gender or "")
        return bool(other) and not pointed and bool(re.search(_THIRD_PERSON[other], own_words.lower()))
    # (an office with its own place is another holder's: "the senator from Delaware", "the minister for ...")
    return not (measure or pointed or any(re.search(rf"\b{re.escape(w)}\b{_OWN_PLACE if w.startswith('the ') else ''}",
                                                    clause) for w in words))


_OWN_PLACE = r"(?!\s+(?:of|from|for)\b)"
_THIS_DOES = re.compile(r"This (?:move |decision |change |announcement |deal |news )?(?:[a-z]+s|[a-z]+ed)\b")
_BODY_SAID = re.compile(r"\b(?:said|says|welcomed|criticised|criticized|condemned|called)\b[^.]*\b(?:the|this) "
                        r"(?:move|decision|deal|change|plan|announcement|policy|cuts?|closure|rise|freeze)\b")
_IT_IS = re.compile(r"(?:it|that)(?:'s|’s| is| was| would be| will be) ([^.,;!?]+)")
_THE_CASE_SHOWS = re.compile(r"\b(?:the|this) (?:case|episode|saga|row|controversy|affair|incident|decision|move) "
                             r"(?:showed|shows|highlighted|highlights|proved|proves|exposed|exposes|underlined|"
                             r"underlines|illustrated|illustrates|revealed|reveals)\b")
_FOLLOWING = re.compile(r"\bfollow(?:s|ed|ing)? suit\b|\b(?:do|does|did|doing) the same\b")
_NOT_CONSULTED = re.compile(r"\b(?:not|never)\s+(?:been\s+|being\s+)?(?:consulted|asked|told)\b|"
                            r"\b(?:without|no|lack of)\s+(?:any\s+)?consultation\b")


_PREVAILED = re.compile(r"\b(?:common )?sense (?:has )?prevailed\b", re.I)  # the news, in a stock phrase
_FELT_SAID = re.compile(r"\b(?:said|says)\s+(?:it|they)\s+(?:was|were|is|are|felt|feel)\s+(.*)")
_ON_IT = re.compile(r"\b([a-z]+) it as\b")  # "welcomed it as ...", "condemned it as ..." (not "said it opposed it")


def _in_lead(noun: str, parsed: ParsedText) -> bool:
    """Whether the lead names the action by `noun`; "the comment" names the joke or remark it told."""
    nouns = UTTERANCE_NOUNS if noun in UTTERANCE_NOUNS else {noun}
    return any(re.search(rf"\b(?:{'|'.join(nouns)})\b", p.doc.text.lower()) for p in parsed.lead)


# A reaction whose own words open on another matter: "Meanwhile still waiting on my refund from 2024", "Unrelated,
# but does anyone know when the road will be repaired?" (in the 2,133 labelled news reactions, all 4 are `none`)
_OWN_WORDS_TURN = re.compile(r"\W*(?:meanwhile|unrelated|off[- ]topic|in other news|on (?:another|a separate) note)\b",
                             re.I)


def _aimed_elsewhere(statement: Statement, subject: str | None, target: str) -> bool:
    """A reaction aimed at someone or something other than the subject and the target: a crowd
    answering the mention of another ("booed when he mentioned the former secretary of state"),
    a reaction verb naming another ("Washington has accused China of hacking")."""
    aim = statement.aimed_at
    if not aim or not subject or subject.startswith("the ") or set(aim.lower().split()) & PRONOUNS:
        return False  # "the mention of her name" may be the subject's, and "Pence" the Indiana governor
    # The subject's other words too: a first name ("Hillary") names the subject as well.
    words = _named_words(subject, target) | (set(re.findall(r"[a-z]{3,}", subject.lower())) - {"the"})
    return not any(re.search(rf"\b{re.escape(w)}\b", aim.lower()) for w in words)


def _named_words(subject: str, target: str) -> set[str]:
    """The words that name the subject or its action: the surname and the target's longer words."""
    return {surname(subject).lower()} | {w for w in re.findall(r"[a-z]{3,}", target.lower()) if w not in _COMMON}


# Words for whatever the subject did: "the decision" points at the story's action, whatever it was.
_ANY_ACTION = {"decision", "move", "change", "changes", "plan", "plans", "proposal", "rise", "increase", "hike",
               "cut", "cuts", "announcement", "extension", "policy", "ruling", "order", "ban", "rule", "verdict",
               "injunction", "judgment", "judgement", "recall", "grounding", "killing", "closure", "sacking",
               "firing", "removal", "cancellation", "suspension", "fine", "sale", "merger", "delay", "rebrand",
               "practice", "tactic"}  # (how a body does a thing: "said the practice was cynical")
_WALKOUTS = {"strike", "strikes", "walkout", "walkouts"}
_MEASURES = MEASURE_NOUNS | UTTERANCE_NOUNS | _ANY_ACTION | _WALKOUTS | REVERSAL_NOUNS
# Gerunds too light to name a deed by their stem ("telling voters ...", "supporting a bill")
_LIGHT_DEEDS = {"telling", "saying", "supporting", "calling", "making", "taking", "giving", "getting", "having",
                "asking", "seeking", "wanting", "claiming", "showing", "putting", "keeping", "leaving", "trying"}
_THIRD_PERSON = {"m": r"\b(?:he|him|his)\b", "f": r"\b(?:she|her|hers)\b"}
# (a practice that is done, not a doctors' one: "the practice was cynical", not "the practice manager")
_MEASURE_MENTION = re.compile(rf"\b(?:the|this|that|these|such a|another) (?:\w+ )?(?P<noun>"
                              rf"{'|'.join(sorted(_MEASURES - {'practice'}))}|practice(?=\s+(?:was|is|of|has)\b))\b")


_EXPERT = re.compile(rf"\b(?:{'|'.join(ROLE_WORDS['expert'])}|\w+ologists?)\b", re.I)
_COMMON = {"that", "this", "with", "from", "have", "will", "said", "says", "about", "their", "there",
           "would", "could", "should", "which", "what", "when", "where", "into", "than", "then", "them",
           # (three letters name the "tax", "fee", "ban", "app" of a target; not these)
           "the", "and", "for", "its", "his", "her", "new", "was", "are", "not", "but", "all", "has", "had", "who",
           "one", "two", "per", "our", "out", "off", "any", "can", "may", "now", "own", "set", "put", "get", "use",
           "way", "you", "she", "him", "they", "too", "yet", "via", "let", "did", "got", "see", "say", "day", "year"}

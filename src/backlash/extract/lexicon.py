"""Every word list and text pattern that extraction uses, in one place.

The parser gives the structure (who is the subject of which verb); these lists say which verbs
report speech, which nouns name a role or a crowd, and which capitalised words are never names.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from backlash.records import SpeakerRole


def _forms(*lemmas: str) -> dict[str, str]:
    """Inflected form -> lemma for regular verbs ("criticize" -> criticizes, criticized, ...);
    an irregular verb is written `lemma:form,form`."""
    table: dict[str, str] = {}
    for entry in lemmas:
        lemma, _, irregular = entry.partition(":")
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
        if lemma.endswith("y") and lemma[-2] not in "aeiou":
            third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
        else:
            past = stem + "ed"
        forms = {lemma, third, past, stem + "ing"} | set(filter(None, irregular.split(",")))
        table.update({form: lemma for form in forms})
    return table


# Verbs that report what someone said or wrote: their subject is the speaker, their complement
# (or a quote beside them) the words.
SPEECH_VERBS = _forms(
    "say:said", "tell:told", "tweet:tweeted,tweeting", "retweet:retweeted", "write:wrote,written,writing",
    "post", "add", "comment", "reply", "respond", "share", "argue", "quip:quipped", "joke", "ask",
    "claim", "declare", "state", "note", "warn", "insist", "explain", "continue", "recall",
    "concede", "acknowledge", "admit:admitted", "announce", "urge", "confirm", "stress", "emphasize",
    "emphasise", "remark", "plead", "boast", "complain", "predict", "suggest", "agree", "vow",
    "promise", "deny", "dismiss", "describe", "call", "dub:dubbed", "label:labeled,labelled",
    "term", "accuse", "charge", "contend", "maintain", "allege", "assert", "counter", "demand",
    "exclaim", "shout", "scream", "chant", "write", "blog:blogged", "report", "testify:testified",
    "pen:penned,penning",
    "caution", "lament", "question", "wonder", "answer", "point", "reply", "retort", "snap:snapped",
    "mock", "slam:slammed", "criticize", "criticise", "praise", "thank", "apologize", "apologise",
    "reiterate", "signal:signalled,signaled", "tout", "predict", "muse", "observe", "conclude",
    "begin:began,begun", "quote", "echo:echoed,echoes", "hint", "fume", "rage",
)
# Verbs of belief and feeling that report a view when their complement is a clause
# ("Some fans felt the coach should have stayed").
COGNITION_VERBS = _forms("think:thought", "believe", "feel:felt", "fear", "hope", "worry:worried",
                         "doubt", "expect", "know:knew,known", "reckon", "figure", "find:found")
# Verbs that are a reaction in themselves, without a content clause ("Twitter lambasted the
# president"): the sentence is the reaction.
REACTION_VERBS = _forms(
    "slam:slammed", "lambast", "mock", "blast", "criticise", "criticize", "ridicule", "condemn",
    "deride", "rip:ripped", "denounce", "attack", "pan:panned", "praise", "applaud", "hail",
    "welcome", "cheer", "celebrate", "defend", "boo", "jeer", "protest", "decry", "rebuke",
    "scold", "troll:trolled", "roast", "savage", "berate", "shout", "flood:flooded", "answer",
    "react", "boycott", "petition", "rebuff", "snub", "spurn", "chide", "taunt", "insult",
    "lampoon", "skewer", "excoriate", "castigate", "ratio:ratioed,ratioing",
)
# Verbs that react with a particle ("hit back", "lashed out", "pushed back"): form -> the particles.
HITTING_BACK = {**dict.fromkeys(_forms("hit:hit,hitting", "strike:struck,striking"), ("back", "out")),
                **dict.fromkeys(_forms("lash", "fire:fired,firing"), ("out", "back")),
                **dict.fromkeys(_forms("push:pushed,pushing"), ("back",))}
# The side a reaction word takes toward what it is aimed at; the other reaction and siding verbs and
# response nouns are against, these are neither.
FAVOR_REACTIONS = {"praise", "applaud", "hail", "welcome", "cheer", "celebrate", "defend", "endorse", "commend",
                   "laud", "cheers", "applause", "support", "approval", "gratitude", "no objection", "tributes",
                   "plaudits", "congratulations", "acclaim"}
# The side of a short judgement that names the measure ("called the ban “ridiculous”", "branded it a
# disgrace", "called it “a long overdue first step”"), read only after a naming verb.
OTHER_SIDE = {"against": "favor", "favor": "against"}  # a side turned over (`none`, no side, has no other)
JUDGEMENT_SIDES = {**dict.fromkeys((
    "ridiculous", "cruel", "disgrace", "disgraceful", "outrageous", "shameful", "absurd", "disgusting", "appalling",
    "unacceptable", "unfair", "terrible", "awful", "stupid", "scandal", "scandalous", "mistake", "misjudgement",
    "misjudgment", "betrayal", "insult", "insulting", "irresponsible", "reckless", "dangerous", "ludicrous",
    "laughable", "pathetic", "offensive", "hypocritical", "gimmick", "farce", "unjust", "deplorable", "heartless",
    "callous", "indefensible", "misguided", "short-sighted", "shortsighted", "greedy", "tone-deaf", "insane",
    "unreasonable", "unnecessary", "draconian", "shocking", "worrying", "damaging", "harmful", "racist", "sexist",
    "hurtful", "divisive", "cynical", "senseless", "derisory", "paltry", "measly", "pitiful", "insensitive",
    "unworkable", "unaffordable", "soulless", "lazy", "creepy", "dystopian", "snobbish", "unwelcoming",
    "elitist", "discriminatory", "classist", "shallow", "disappointing", "sneaky", "rip-off", "cash-grab",
    "mean-spirited", "erasing-history", "daylight-robbery", "power-grab", "overreach",
    "wrong-decision", "wrong-call", "wrong-move", "wrong-choice"), "against"),  # (not "right" alone: "claim of right")
    **dict.fromkeys((
        "brilliant", "excellent", "fantastic", "sensible", "overdue", "courageous", "brave", "historic", "landmark",
        "wise", "welcome", "positive", "commonsense", "common-sense", "fair", "reasonable", "bold", "visionary",
        "admirable", "proportionate", "necessary", "responsible", "great", "good",
        "right-decision", "right-call", "right-move", "right-choice", "right-thing"), "favor")}
# Phrases by which a reaction gives its own verdict on the deed, whatever else it says ("Long overdue.",
# "About time", "Credit where it's due", "Shame on them"): regular expressions, read by `framing.plain_side`.
VERDICT_PHRASES = {
    "favor": (r"overdue", r"about time", r"well done", r"right (?:decision|call|move|choice)", r"right thing to do",
              r"(?:is|was|’s|'s) the right thing", r"step in the right direction",
              r"deserves? (?:\w+ )?(?:credit|praise|thanks)", r"credit where",
              r"(?:good|great|smart|wise) (?:decision|call|move|step)", r"good news",
              r"welcome (?:move|step|decision|change)", r"thank you", r"kudos", r"bravo", r"hats off", r"fair play",
              r"goated", r"give (?:them|him|her|it|the \w+) (?:some )?credit", r"better late than never",
              r"(?:what|all) (?:i|we)(?:['’]ve| have)? been (?:asking|waiting|calling|hoping|begging|fighting) for",
              r"we(?:['’]re| are) so back", r"(?:^|(?<=[.!?,] ))respect(?=[.!]|\s*$)",
              r"good on", r"common[ -]?sense", r"^finally", r"now do (?:the same|this)",
              r"should (?:be|become) the (?:norm|baseline|standard|default)",
              r"(?:more|other|every|all)(?: \w+){0,4} should (?:follow suit|do (?:this|the same|likewise))"),
    "against": (r"(?:wrong|bad|terrible|poor) (?:decision|call|move|choice)",
                r"(?:huge|big|terrible|grave|serious|costly|massive) mistake", r"disgrace(?:ful)?", r"shameful",
                r"ashamed", r"shame on", r"step backwards?", r"backward step", r"betrayal", r"outrageous",
                r"ridiculous", r"absurd", r"unacceptable", r"scandalous", r"appalling", r"cash[ -]grab", r"rip[ -]off",
                r"daylight robbery", r"slap in the face", r"(?:is|what) a joke"),
}
# Verbs by which a speaker declares a side toward what follows them ("We welcome the decision", "I oppose this plan").
DECLARING_VERBS = {"favor": ("support", "back", "welcome", "applaud", "endorse", "commend", "salute", "celebrate"),
                   "against": ("oppose", "condemn", "reject", "object to", "deplore")}
# Speech verbs that say the words were a grievance ("complained that the park had no car park").
COMPLAINING_VERBS = _forms("complain", "grumble", "moan", "whinge:whinged,whinging", "gripe", "object")
# The way a reaction was given, when its verb takes no side ("reacted furiously", "responded warmly").
MANNER_SIDES = {**dict.fromkeys(("angrily", "furiously", "bitterly", "indignantly", "scathingly", "harshly", "sharply",
                                 "dismissively", "derisively", "mockingly", "scornfully", "critically", "negatively",
                                 "skeptically", "sceptically", "badly", "poorly", "sarcastically", "sardonically",
                                 "caustically", "acidly", "witheringly", "bitingly"), "against"),
                **dict.fromkeys(("warmly", "enthusiastically", "approvingly", "positively", "favorably", "favourably",
                                 "gratefully", "glowingly"), "favor")}
# How a crowd felt about it, as the journalist sums it up ("Fans were furious", "Others were more
# supportive"); "less" or "not" turns the side ("Parents were less enthusiastic").
FEELING_SIDES = {**dict.fromkeys(("furious", "angry", "outraged", "upset", "livid", "incensed", "unhappy",
                                  "disappointed", "dismayed", "appalled", "critical", "skeptical", "sceptical",
                                  "unimpressed", "frustrated", "disgusted", "horrified", "infuriated", "scathing",
                                  "dismissive", "unforgiving", "scornful", "ashamed", "sickened", "baffled",
                                  "bemused", "bewildered", "perplexed", "puzzled", "fuming", "seething", "irate",
                                  "enraged", "aghast", "gutted", "heartbroken"), "against"),
                 **dict.fromkeys(("supportive", "pleased", "happy", "delighted", "thrilled", "enthusiastic",
                                  "grateful", "relieved", "impressed", "excited", "glad", "elated", "keen",
                                  "relaxed", "sanguine", "unfazed", "unbothered", "forgiving", "overjoyed",
                                  "ecstatic", "sympathetic", "understanding"), "favor")}
NEUTRAL_REACTIONS = {"shout", "flood", "answer", "react", "petition", "reaction", "reactions", "response", "responses",
                     "call"}
# Saying a name, which a crowd then answers: "booed when he mentioned X" is aimed at X.
MENTIONING_VERBS = _forms("mention", "name", "invoke", "reference", "cite")
# Whom attacking is taking the subject's side: "slammed the plan's critics".
CRITIC_WORDS = {"critics", "critic", "opponents", "detractors", "protesters", "hecklers", "naysayers", "trolls",
                "haters"}
# Groups named by the side they take: "critics said ...", "supporters said ...".
AGAINST_GROUPS = CRITIC_WORDS | {"protestors", "skeptics", "sceptics"}
FAVOR_GROUPS = {"supporters", "supporter", "proponents", "proponent", "backers", "defenders", "loyalists",
                "admirers"}
# Phrases that report a reaction with a light verb: "expressed concerns about the cost", "voiced
# support", "took issue with the prediction", "called for his dismissal".
STANCE_NOUNS = {"concern", "concerns", "support", "opposition", "outrage", "dismay", "disappointment",
                "frustration", "anger", "alarm", "skepticism", "scepticism", "doubts", "reservations",
                "approval", "disapproval", "displeasure", "gratitude", "regret", "objections"}
EXPRESSING_VERBS = _forms("express", "voice", "register", "raise", "vent")  # "vented their frustration"
TAKE_ISSUE = "issue"
# Finding no fault is taking a side: "had no problem with the plan", "found no fault with his remarks",
# "saw nothing wrong with it", "took no issue with the decision".
OBJECTING_VERBS = _forms("find:found", "have:has,had,having", "see:saw,seen", "take:took,taken", "raise")
OBJECTION_NOUNS = {"fault", "problem", "problems", "issue", "issues", "objection", "objections", "quarrel"}
NO_OBJECTION = "no objection"
CALLING_VERBS = _forms("call")  # "called for his dismissal", "called on the city to drop it"
# Verbs that take a side on their object ("the mayor rejected Trump's offer"): reactions in the
# text, though a headline's "X endorsed Y" or "X accused of" is about X, so not used for the subject
# except the refusals: "X rejects Y's remarks" reports a reaction to Y.
REFUSING_VERBS = _forms("reject", "oppose")
SIDING_VERBS = {**REFUSING_VERBS, **_forms("endorse", "accuse", "blame", "fault", "commend", "laud")}
# Verbs that name what they judge ("called the plan cruel", "branded it a disgrace").
NAMING_VERBS = _forms("call", "brand", "dub:dubbed", "label:labeled,labelled", "term", "describe")
# Verbs of commitment whose content is an infinitive ("vowed to fight the plan").
COMMITMENT_VERBS = _forms("vow", "pledge", "promise", "threaten", "urge", "demand")
# Verbs of answering: their object is what the subject did ("CNN responded to Trump's demand").
RESPONSE_VERBS = _forms("respond", "reply", "react", "answer", "retort", "counter")
# Nouns that report a crowd's response: "backlash from parents", "criticism among fans".
RESPONSE_NOUNS = {"backlash", "outrage", "anger", "criticism", "criticisms", "praise", "support",
                  "outcry", "fury", "condemnation", "ridicule", "uproar", "protests", "complaints",
                  "reaction", "reactions", "boos", "jeers", "cheers", "applause", "ire", "scorn", "derision",
                  "mockery", "opposition", "objections", "pushback", "indignation", "condemnations", "response",
                  "responses", "alarm", "dismay", "disapproval", "tributes", "plaudits", "congratulations", "acclaim"}
# Who gives a response the sentence does not attribute ("the plan drew boos": the crowd).
UNNAMED_RESPONDERS = {**dict.fromkeys(("boos", "jeers", "cheers", "applause"), "the crowd"),
                      **dict.fromkeys(("backlash", "outrage", "anger", "criticism", "outcry", "fury", "condemnation",
                                       "ridicule", "uproar", "protests", "complaints", "ire", "scorn", "derision",
                                       "mockery", "opposition", "objections", "pushback", "indignation", "alarm",
                                       "dismay", "disapproval"), "critics"),
                      "praise": "supporters"}
# A crowd's feeling as a headline puts it: the crowd's own verb ("Fans fume as ...") or the verb by
# which the news stirs it ("..., angering users").
CROWD_FEELING_VERBS = {**dict.fromkeys(_forms("fume", "rage", "seethe", "bristle", "revolt",
                                              "rebel:rebelled,rebelling"), "against"),
                       **dict.fromkeys(_forms("rejoice", "cheer", "celebrate"), "favor")}
STIRRING_VERBS = {**dict.fromkeys(_forms("anger", "infuriate", "enrage", "incense", "upset:upset,upsetting",
                                         "alienate", "outrage", "disappoint", "dismay", "frustrate"), "against"),
                  **dict.fromkeys(_forms("delight", "thrill:thrilled,thrilling"), "favor")}
# A state's governor speaks for it ("California's plan to raise its minimum wage": Gov. Jerry Brown's).
US_STATES = frozenset((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"))
# Nouns by which a statement names a measure ("the plan", "the ban", "the cut").
MEASURE_NOUNS = {"plan", "plans", "proposal", "scheme", "measure", "policy", "decision", "bill", "law", "order",
                 "rule", "regulation", "legislation", "reform", "cuts", "hike", "increase", "ban", "trial", "pilot",
                 "move", "change", "changes", "programme", "program", "initiative", "deal", "sale", "closure",
                 "closures", "surcharge", "fee", "cut", "vote", "idea", "mandate", "tax", "levy", "limit", "cap",
                 "curfew", "restriction", "restrictions", "code", "agreement", "treaty", "pact", "accord", "budget"}
# Nouns by which a statement names something said or shown ("the remarks", "the ad").
UTTERANCE_NOUNS = {"comment", "comments", "remark", "remarks", "joke", "jokes", "statement", "tweet", "tweets",
                   "post", "speech", "video", "ad", "advert", "apology"}
# Verbs by which a crowd takes a side without a reaction verb: "Some fans backed the ban", "Her
# allies rallied behind her".
BACKING_VERBS = _forms("back", "support", "rally", "side", "stand:stood")
# A crowd's thanks ("Parents were quick to thank her"): a side for the quotes after it, though no
# reaction verb of its own, since a subject thanks their own supporters as often.
THANKING_VERBS = _forms("thank", "congratulate")
# How a crowd met the news ("greeted the news with relief", "met the decision with anger").
GREETING_VERBS = _forms("greet", "meet:met", "receive", "welcome")
WITH_FEELING_SIDES = {**dict.fromkeys(("relief", "delight", "joy", "cheers", "applause", "enthusiasm", "excitement",
                                       "celebration", "celebrations", "gratitude", "glee"), "favor"),
                      **dict.fromkeys(("anger", "fury", "outrage", "dismay", "disbelief", "derision", "scorn",
                                       "boos", "horror", "frustration", "disappointment", "skepticism", "scepticism",
                                       "ridicule", "criticism", "hostility", "contempt", "alarm", "jeers"), "against")}
# Businesses by what they are: "supermarket chain X" ... "the chain said".
BUSINESS_NOUNS = frozenset({
    "company", "firm", "airline", "retailer", "studio", "chain", "brand", "carrier", "bank", "manufacturer", "maker",
    "network", "broadcaster", "publisher", "club", "league", "charity", "grocer", "supermarket", "insurer", "operator",
    "startup", "platform", "giant", "conglomerate", "automaker", "carmaker", "label", "brewery", "bakery",
    "distillery", "eatery", "app", "cafe", "café", "restaurant", "pub", "hotel", "cinema", "gym", "bookshop",
    "bookstore", "salon", "lender", "supplier", "provider", "utility", "housebuilder", "festival", "streamer", "store",
    "shop", "developer", "station", "channel", "newspaper", "paper"})
# Verbs that undo or fight a measure: "vetoed a bill" is not the governor's bill, and "said it would
# challenge the law in court" is against it.
UNDOING_VERBS = _forms(
    "veto:vetoes", "block", "reject", "repeal", "overturn", "cancel:cancelled,cancelling", "kill",
    "scrap:scrapped,scrapping", "suspend", "strike:struck,striking,stricken", "halt", "oppose", "abandon",
    "drop:dropped,dropping", "shelve", "ditch", "axe", "withdraw:withdrew,withdrawn", "reverse", "pause", "postpone",
    "delay", "end", "freeze:froze,frozen", "pull", "retract", "rescind", "revoke", "abolish", "challenge", "sue",
    "fight:fought", "appeal", "resist", "boycott", "defy", "stop:stopped,stopping", "rethink:rethought", "reconsider",
    "retire", "discontinue")
# A deed that is the subject's undoing of its own plan ("its dramatic U-turn on the coat ban")
REVERSAL_NOUNS = frozenset({"climbdown", "u-turn", "reversal"})
# The subject undoing its own plan (a subset of lexicon.UNDOING_VERBS, which also holds undoing others'
# measures: "blocking", "suing", "challenging")
UNDOING_GERUNDS = {"scrapping", "dropping", "abandoning", "ditching", "shelving", "axing", "reversing", "cancelling",
                    "canceling", "withdrawing", "pausing", "halting", "postponing", "delaying", "suspending"}
# What a customer says they will do, against the story's measure: "said they would cancel", "threatened to quit".
LEAVING_VERBS = _forms("cancel:cancelled,cancelling", "unsubscribe", "quit:quitting", "boycott")
# Verbs by which one asks for a deed: "calling on the city to drop it", "urged Acme to reverse the increase".
ASKING_VERBS = {**CALLING_VERBS, **_forms("urge", "ask", "demand", "press", "petition")}
# Verbs by which an action meets a response ("drew boos", "sparked outrage", "was met with jeers").
MEETING_VERBS = _forms("draw:drew,drawn", "spark", "trigger", "provoke", "incur:incurred,incurring", "ignite",
                       "prompt", "meet:met", "face", "receive", "earn")
# "Fans took to social media": going to a platform to be heard.
TAKE_FORMS = _forms("take:took,taken")

ROLE_WORDS: dict[SpeakerRole, tuple[str, ...]] = {
    "journalist": ("journalist", "reporter", "columnist", "editor", "anchor", "correspondent",
                   "commentator", "broadcaster", "host", "writer", "pundit"),
    "politician": ("senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "governor",
                   "gov.", "mayor", "minister", "councillor", "councilor", "councilman", "councilwoman",
                   "president", "democrat", "democrats", "republican", "republicans", "lawmaker",
                   "lawmakers", "mp", "politician", "candidate", "nominee", "chancellor", "speaker",
                   "premier", "leader", "cathaoirleach"),
    "official": ("spokesman", "spokeswoman", "spokesperson", "official", "officials", "secretary",
                 "kremlin", "ministry", "department", "police", "agency", "white house", "judge",
                 "prosecutor", "prosecutors", "sheriff", "officer", "authorities", "regulator",
                 "commissioner", "director", "chief", "lawyer", "attorney"),
    # (they weigh the news from outside it; and a "-ologist": see `role_of`)
    "expert": ("economist", "economists", "expert", "experts", "analyst", "analysts", "professor", "researcher",
               "researchers", "scientist", "scientists", "scholar", "historian", "academic", "lecturer",
               "consultant", "strategist"),
    "organization": ("company", "group", "organization", "organisation", "union", "association",
                     "campaign", "charity", "foundation", "brand", "firm", "studio", "airline",
                     "council", "committee", "network", "party", "retailer", "club", "league",
                     "board", "government", "administration"),
    "celebrity": ("actor", "actress", "singer", "rapper", "star", "comedian", "celebrity",
                  "influencer", "athlete", "musician", "player", "players", "coach", "footballer",
                  "goalkeeper", "midfielder", "cricketer", "golfer", "quarterback", "presenter"),
    "public": ("user", "users", "person", "people", "commenter", "commenters", "resident",
               "residents", "fan", "fans", "voter", "voters", "critic", "critics", "viewer",
               "viewers", "twitter", "social media", "internet", "netizens", "many", "someone",
               "follower", "followers", "parent", "parents", "commuter", "commuters", "rider",
               "riders", "advocate", "advocates", "activist", "activists", "campaigners", "mum", "mums", "mom",
               "moms",
               "student", "students", "teacher", "teachers", "locals", "shoppers", "customers",
               "supporters", "opponents", "moderator", "members", "protesters", "protestors",
               "passengers", "listeners", "readers", "audience", "crowd", "others", "some",
               "employees", "workers", "staff", "drivers", "owners", "families", "neighbours",
               "neighbors", "citizens", "americans", "britons", "subscriber", "subscribers", "diner",
               "diners", "patrons", "consumers", "travelers", "travellers", "tenants", "taxpayers",
               "motorists", "cyclists", "spectators", "attendees", "guests", "visitors", "gamers",
               "homeowners", "renters", "pensioner", "pensioners", "retirees", "pupil", "pupils", "nurses",
               "doctors", "farmers", "patient", "patients", "adults", "runner", "runners", "redditor", "redditors",
               "refugees", "migrants", "immigrants", "households", "ratepayers", "shopkeepers", "traders",
               "audiences", "listener", "reader", "customer", "shopper", "passenger", "traveler", "traveller"),
}
# Every role word, whatever the role.
ROLE_NOUNS = frozenset(w for words in ROLE_WORDS.values() for w in words)
# Speakers that are a crowd rather than one person: their words are reactions by default.
CROWD_WORDS = frozenset(ROLE_WORDS["public"]) | {"democrats", "republicans", "lawmakers", "experts",
                                                  "analysts", "officials", "players"}
# The crowd words as a regular expression's alternation, longest first.
CROWD_PATTERN = "|".join(sorted((w for w in CROWD_WORDS if w.isalpha()), key=len, reverse=True))
PLATFORM_CUES = {
    "twitter": r"\b(?:tweet(?:ed|s|ing)?|retweet(?:ed)?|twitter|on x|x users?|to x)\b",
    "bluesky": r"\bbluesky\b",
    "mastodon": r"\bmastodon\b",
    "threads": r"\bon threads\b",
    "instagram": r"\binstagram\b",
    "reddit": r"\breddit(?:or|ors)?\b|\bsubreddit\b",
    "tiktok": r"\btiktok\b",
    "facebook": r"\bfacebook\b",
    "youtube": r"\byoutube\b",
    "linkedin": r"\bon linkedin\b",  # LinkedIn the company is news too
    "truth social": r"\btruth social\b",
    "mumsnet": r"\bmumsnet\b",
    "nextdoor": r"\bnextdoor\b",
    "weibo": r"\bweibo\b",
    "telegram": r"\bon telegram\b",
    "discord": r"\bdiscord\b",
    "twitch": r"\btwitch\b",
    "snapchat": r"\bsnapchat\b",
}
# The words of an organization that speak for it: "the company said", "a spokeswoman said".
SPOKES_WORDS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
                "statement", "account", "press office", "office", "team", "campaign", "aides",
                "aide", "company", "firm", "airline", "council", "studio", "government",
                "ministry", "department", "administration", "club", "network", "brand", "retailer",
                "agency", "board", "committee", "organisation", "organization", "party",
                "chair", "chairman", "chairwoman", "executive", "executives", "ceo", "director", "officials",
                "spokesmen", "spokeswomen", "representatives"}
# Common nouns for people and bodies that can speak, beyond the role, crowd and spokes words and
# `can_speak`'s suffix rule ("commuter", "spokeswoman"). "The calculations", "a probe" say nothing.
SPEAKER_NOUNS = frozenset({
    "child", "children", "kid", "kids", "mom", "dad", "mum", "mums", "moms", "dads", "grandmother", "grandfather",
    "family", "friend", "colleague", "source", "victim", "signatory", "signatories",
    "community", "panel", "jury", "court", "side", "camp", "outlet", "magazine", "station", "channel",
    "website", "site", "handle", "page", "head", "boss", "crew", "guy", "everyone", "nobody", "somebody",
    "anyone", "majority", "minority", "half", "third", "most", "rest", "few", "dozens", "hundreds",
    "thousands", "millions", "clergy", "military", "army", "couple", "pair", "duo", "trio", "both", "all",
    "each", "leadership", "delegate", "graduate", "associate", "senate", "media", "web", "platform", "forum",
    "thread", "timeline", "feed", "ally", "allies", "faction", "hopeful", "troop", "state", "tycoon",
    "magnate", "mogul", "ad", "article", "handful",
    # occupations the suffix rule misses ("one nurse told the Echo")
    "nurse", "nurses", "midwife", "midwives", "surgeon", "surgeons", "chef", "chefs", "pilot", "pilots",
    "veteran", "veterans", "neighbour", "neighbours", "neighbor", "neighbors", "porter", "porters",
    "landlord", "landlady", "cook", "pupil", "vet", "athlete", "star", "billionaire", "millionaire", "celebrity",
    "bride", "groom", "priest", "nun", "monk", "bishop", "archbishop", "imam", "rabbi", "vicar", "pastor",
    "alumni", "alumnus", "alumna", "regulars", "principal", "dean", "provost", "warden", "captain",
    "king", "queen", "prince", "princess", "emir", "sheikh", "duke", "duchess",
    "clerk", "barista", "maid", "nanny", "guard", "cabbie", "regular", "local", "locals", "patron", "guest", "granny",
    "grandma", "grandad", "nan", "teen", "mate", "gp", "cop", "chaplain", "dj", "poet",
    # institutions that act and speak ("the school suspended a teacher", "the hospital said")
    "school", "university", "college", "hospital", "museum", "team",
    # businesses by what they are: "the chain said" (the subject when the article introduced it so)
    "chain", "supermarket", "startup", "conglomerate",
    # documents that carry a body's view: "a congressional report said"
    "report", "study", "survey", "poll", "analysis", "resolution", "petition", "editorial", "complaint",
    "lawsuit", "projection", "estimate", "letter", "memo", "email", "e-mail", "tweet", "post",
    # a post answering another ("one reply said"), a thread's comment ("the most upvoted comment was less romantic:
    # “Q”"), a part of a crowd ("large sections of the home end chanted"), or of a body ("The local branch of the
    # nurses' union said")
    "reply", "comment", "section", "branch", "chapter",
    # performers ("the band wrote"), and a ground's crowd by where it stands ("the home end chanted")
    "band", "orchestra", "choir", "cast", "troupe", "end", "terrace", "terraces", "stands",
})
# Written things whose words are a crowd's ("one sign read", "“Q,” read a banner"): the parser
# rarely reads "read" as the verb there, so `quotes` matches these next to the quote.
_INSCRIPTION = (r"(?P<noun>sign|banner|placard|poster|message|slogan|t-shirt|shirt|billboard|sticker|comment|post|"
                r"tweet|reply|replie)s?")
_DETERMINER = r"(?:(?P<det>one|another|an?|the|some|many|several|two|three)\s+)?(?:[\w-]+\s+)??"
INSCRIPTION = re.compile(_INSCRIPTION, re.I)
# "a banner at the rally", "a reply underneath"
_WHERE = r"(?:\s+(?:at|on|outside|in|near|by)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|\s+(?:underneath|below|beneath))?"
# (also by whom, unnamed, "A post on Reddit from someone who said their partner works there read:" (one named is read
# by the parse: "a message from her adviser, Ann O'Leary, that read:"), and a thread's top comment by its votes, "The
# most upvoted read:")
INSCRIPTION_BEFORE = re.compile(rf"\b{_DETERMINER}(?:{_INSCRIPTION}|most (?:upvoted|liked|popular|shared))"
                                rf"{_WHERE}(?:\s+from\s+(?-i:[^\"“”:.!?\nA-Z]{{1,80}}?))?(?:\s+that)?\s+reads?\s*:?\s*$",
                                re.I)
# A picture or a video posted with the words as its caption: "A TikTok video showing a teenager in the hall, captioned"
INSCRIPTION_CAPTIONED = re.compile(rf"\b{_DETERMINER}(?P<noun>video|clip|photo|picture|image|reel|post)s?\b"
                                   r"[^\"“”.!?\n]{0,120}?,?\s+captioned\s*:?\s*$", re.I)
# Held up or put up: "a banner reading “Q” was unfurled" (not "posted a message reading “Q”", the poster's own); or
# signed: "A petition headed “Q” has passed 22,400 signatures"; or started: "A Reddit thread titled “Q” gathered
# 9,000 upvotes", "a video with a caption reading: “Q”"
INSCRIPTION_HELD = re.compile(rf"\b{_DETERMINER}(?P<noun>sign|banner|placard|poster|slogan|t-shirt|shirt|billboard|"
                              rf"sticker|petition|thread|caption|post|video)s?{_WHERE}\s+(?:reading|headed|titled|entitled)"
                              r"\s*:?\s*$",
                              re.I)
INSCRIPTION_AFTER = (  # `"Q," read one` / `"Q," read a banner`; `"Q," one sign read`; `"Q," one read`
    re.compile(rf"^\s*[,.!?]?\s*reads?\s+(?:(?P<one>one|another)\b|{_DETERMINER}{_INSCRIPTION}\b)", re.I),
    re.compile(rf"^\s*[,.!?]?\s*{_DETERMINER}{_INSCRIPTION}\s+reads?\b", re.I),
    re.compile(r"^\s*[,.!?]?\s*(?P<one>one|another)\s+read\b(?P<det>)(?P<noun>)", re.I),
)
_HUMAN_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ess", "yst", "at", "ic", "man", "men", "ment")
# Nouns the suffix rule would take for people but that name things: "the first incident came ...
# shouting", "a pending ballot initiative threatened".
_THINGS = frozenset({
    "incident", "event", "accident", "comment", "content", "extent", "plant", "restaurant", "moment",
    "appointment", "amendment", "agreement", "element", "investment", "environment", "equipment",
    "payment", "treatment", "argument", "fee", "coffee", "degree", "tree", "guarantee", "decree", "spree",
    "grant", "topic", "traffic", "music", "clinic", "threat", "format", "order", "power",
    "center", "centre", "matter", "answer", "chapter", "computer", "border", "error", "floor", "door",
    "factor", "sector", "color", "colour", "behavior", "behaviour", "water", "weather", "offer",
    "cancer", "corner", "tower", "winter", "summer", "trailer", "filter", "folder",
    "marker", "register", "poster", "banner", "sticker", "flyer", "counter", "meter", "liter",
    "mirror", "motor", "vapor", "tumor", "favor", "favour", "labor", "labour", "honor", "honour",
    "terror", "horror", "rumor", "rumour", "humor",
})
# People named by an "-ive" word: the suffix is left out of the rule ("initiative", "narrative").
_IVE_PEOPLE = frozenset({"representative", "executive", "relative", "detective", "operative", "conservative",
                         "progressive", "native", "captive", "fugitive"})


def can_speak(noun: str) -> bool:
    """Whether a common noun can name someone who speaks: a person, a crowd, a body."""
    noun = noun.lower()
    singular = {noun, noun.removesuffix("s"), noun.removesuffix("es")} | (
        {noun[:-3] + "y"} if noun.endswith("ies") else set())
    return any(n in SPEAKER_NOUNS or n in ROLE_NOUNS or n in SPOKES_WORDS or n in CROWD_WORDS or n in _IVE_PEOPLE
               or n in RELATIVE_WORDS or n in INSTITUTION_WORDS or (n.endswith(_HUMAN_SUFFIXES) and n not in _THINGS)
               for n in singular if n)


# Words for a family member: "Trump's son Eric" shares a surname but is not the subject.
RELATIVE_WORDS = {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
                  "cousin", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter",
                  "son-in-law", "daughter-in-law", "widow", "ex-wife", "ex-husband", "family"}
# Titles before a name, dropped from the name itself.
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "prime", "minister", "senator",
          "governor", "mayor", "chancellor", "king", "queen", "pope", "ceo", "former", "judge",
          "sir", "dame", "lord", "lady", "gen", "general", "col", "sgt", "det", "officer", "chief",
          "secretary", "professor", "prof", "rev", "councillor", "councilor", "congressman",
          "congresswoman", "vice", "u.s.", "us", "the", "st", "justice", "commissioner", "ambassador",
          "principal", "superintendent", "coach", "referee", "administrator", "detective", "inspector", "sergeant",
          "constable", "sheriff", "premier", "speaker", "chairman", "chairwoman", "bishop", "archbishop", "cardinal",
          "owner", "founder", "manager", "headteacher", "headmistress", "headmaster", "senior", "junior", "sophomore",
          "freshman", "adviser", "advisor", "strategist", "coun", "couns", "cllr", "cllrs"}
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his",
                      "their", "its", "who", "which", "that", "this", "there", "these", "those",
                      "one", "me", "us", "what", "whom", "someone", "everyone", "nobody", "anyone"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
WEEKDAYS_MONTHS = frozenset(
    [*_WEEKDAYS, *(f"{day}s" for day in _WEEKDAYS)]  # ("Pedestrian Saturdays win praise")
    + "january february march april may june july august september october november december today yesterday "
      "tomorrow".split())
# Capitalised words that open sentences or precede names and are never a name themselves.
NOT_NAMES = WEEKDAYS_MONTHS | {"the", "a", "an", "but", "and", "in", "on", "at", "it", "this", "that",
                               "he", "she", "they", "we", "i", "his", "her", "their", "if", "when",
                               "while", "as", "so", "for", "after", "before", "mr", "mrs", "ms",
                               "dr", "sen", "rep", "gov", "president", "later", "meanwhile",
                               "however", "still", "yet", "also", "then", "now"}
# Nouns that say what an action was; a target built on one reads well ("Acme's plan to ...").
ACTION_NOUNS = {"plan", "plans", "proposal", "decision", "policy", "ban", "rise", "hike", "increase",
                "cut", "cuts", "ad", "advert", "advertisement", "campaign", "remarks", "comments",
                "comment", "tweet", "post", "statement", "law", "bill", "rule", "rules", "change",
                "changes", "move", "order", "deal", "merger", "launch", "announcement",
                "reform", "reforms", "budget", "fare", "fares", "fee", "fees", "tax", "closure",
                "redesign", "logo", "film", "video", "speech", "joke", "apology", "response",
                "idea", "suggestion", "claim", "claims", "vote", "veto", "pardon", "firing",
                "appointment", "nomination", "endorsement", "boycott", "lawsuit", "price",
                "prices", "charge", "charges", "scheme", "project", "program", "programme", "sale",
                "purchase", "acquisition", "takeover", "layoffs", "transfer", "suspension", "dismissal",
                "resignation", "surcharge", "recall", "shutdown", "withdrawal", "sacking", "package", "pricing",
                "handling"}


def opens_on_a_measure(words: list[str]) -> bool:
    """Whether the words after an undoing gerund name a measure ("plans to charge ...", "its new £5 monthly
    account fee"), not a service or a thing ("free school transport", "more than 400 flights")."""
    words = list(itertools.dropwhile(lambda w: w.lower() in ("a", "an", "the", "its", "their", "his", "her"), words))
    # (up to a purpose or a phrase: not "the 7.10am service to cut costs", "free parking in a move to raise ...")
    named = itertools.takewhile(lambda w: w.lower() not in ("to", "in", "after", "as", "for", "following"), words[:5])
    return any(w.lower().strip(",;") in MEASURE_NOUNS | ACTION_NOUNS for w in named)


# The things among them that an action changes: "raised fares" is the raising, "unveiled new fares" the fares.
ACTED_ON_NOUNS = {"fare", "fares", "fee", "fees", "tax", "price", "prices", "charge", "charges", "budget", "logo",
                  "film", "video", "ad", "advert", "advertisement", "law", "bill", "rule", "rules", "policy",
                  "program", "programme", "project", "scheme"}
# Heads of an institution's name that an `of`/`for` phrase completes ("University of California").
INSTITUTION_WORDS = frozenset({
    "organization", "organisation", "university", "department", "institute", "bank", "bureau", "ministry",
    "college", "center", "centre", "society", "association", "federation", "union", "council", "committee",
    "commission", "foundation", "office", "board", "league", "school", "academy", "agency", "church",
    "party", "chamber", "court", "coalition", "alliance", "fund", "museum", "trust", "congress", "gallery", "library",
    "theatre", "theater", "playhouse", "hospital", "zoo", "aquarium", "authority", "diocese", "cathedral"})
# The words that say what kind of body something is ("the gallery", "Museum", "the airline").
BODY_KINDS = INSTITUTION_WORDS | BUSINESS_NOUNS
# What a business deals in, ending its name: after a title word that opens firms' names too (FIRM_TITLES), it
# is a body's name, not a person's ("Premier Energy", "Cardinal Health"; not "Premier Doug Ford", "Cardinal Pell",
# "Senator Power").
FIRM_TITLES = frozenset({"premier", "cardinal", "general", "king", "vice"})
TRADE_WORDS = frozenset({
    "rail", "railway", "railways", "trains", "bus", "buses", "coaches", "airways", "airlines", "air", "ferries",
    "energy", "power", "water", "gas", "electric", "oil", "petroleum", "mining", "steel", "chemicals",
    "foods", "food", "brewing", "dairies", "farms", "health", "healthcare", "pharma", "pharmaceuticals", "care",
    "homes", "housing", "estates", "properties", "construction", "inn", "inns", "hotels", "holidays", "travel",
    "mail", "post", "logistics", "freight", "telecom", "broadband", "media", "broadcasting", "radio", "pictures",
    "films", "records", "games", "interactive", "entertainment", "events", "books", "press", "insurance",
    "finance", "capital", "savings", "retail", "stores", "brands", "motors", "technologies", "systems",
    "networks", "communications", "solutions", "services", "holdings", "group", "league"})
# A quote mark of any kind, the doubled apostrophe of some newspapers' archives (''Q'') too;
# quotes are scanned on these before parsing.
QUOTE_MARK = re.compile(r"[\"“”]|''")
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
# Words inside the quote marks are replaced by this letter before parsing (see parse.py).
MASK = "q"
# A paragraph is parsed only when it may hold a statement: a quote mark, a reporting or reaction
# verb, or a crowd's response noun. The others cannot give an item.
_CUE_WORDS = frozenset(set(SPEECH_VERBS) | set(COGNITION_VERBS) | set(REACTION_VERBS) | RESPONSE_NOUNS
                       | set(FEELING_SIDES) | set(EXPRESSING_VERBS) | set(HITTING_BACK) | set(THANKING_VERBS)
                       | set(SIDING_VERBS)
                       | set(COMPLAINING_VERBS) | set(CROWD_FEELING_VERBS) | set(STIRRING_VERBS)
                       # (backing told in the past or as it goes on: "back" and "stand" are too common)
                       | {f for f in BACKING_VERBS if f.endswith(("ed", "ing")) or f == "stood"}
                       | {f for f in NAMING_VERBS if f.endswith("ed")}  # ("Campaigners branded the plan a disgrace")
                       | {"according", "issue", "received", "defence", "defense"})


def has_statement_cue(line: str) -> bool:
    """Whether a paragraph may hold a statement: a quote mark or one of the cue words. The words are looked up in
    a set: one pattern of 861 alternatives tried at every word cost seconds on a long text."""
    return bool(QUOTE_MARK.search(line)) or not _CUE_WORDS.isdisjoint(re.findall(r"\w+", line.lower()))
# Links to posts: x.com/twitter.com/<handle>/status/<id>, and the handle-less /i/web/status/<id>.
TWEET_URL = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:(?P<handle>\w+)|i/web)/status(?:es)?/(?P<id>\d+)")


@functools.lru_cache(maxsize=4096)
def role_of(phrase: str) -> SpeakerRole:
    """The role named by the words of a speaker phrase ("journalist Anirvan Ghosh")."""
    words = re.findall(r"[a-z][a-z.'-]*", phrase.lower())
    # A description whose head noun is one of the public is the public: "one club runner", "union
    # members", "Republican voters" (not a name and what follows it: "Ann Lee, a party member").
    head = re.split(r",| of | who | at | from | to | in | for | representing | that ", phrase.lower())[0]
    described = re.findall(r"[a-z][a-z.'-]*", head)
    if described and described[-1] in ROLE_WORDS["public"]:
        return "public"
    joined = f" {' '.join(words)} "
    for role, role_words in ROLE_WORDS.items():
        if any(f" {w} " in joined for w in role_words):
            return role
    # the expert of a science ("a coastal geomorphologist", "criminologist Fiona Castleton")
    return "expert" if any(w.endswith(("ologist", "ologists")) for w in words) else "unknown"


@functools.lru_cache(maxsize=4096)
def platform_of(context: str) -> str | None:
    """The platform named or implied by the words around a statement ("tweeted", "on Instagram")."""
    lowered = context.lower()
    for platform, pattern in PLATFORM_CUES.items():
        if re.search(pattern, lowered):
            return platform
    return None


# Where a name is written, for the checks that match one static pattern at each mention instead of
# compiling the name into a pattern (a pattern that holds a long alternation costs about a millisecond
# to compile, and each article's names are new ones).
def occurrences(name: str, text: str) -> Iterator[int]:
    """Every offset where `text` writes `name` (overlapping ones too: each start `re.search` could find)."""
    start = text.find(name)
    while start >= 0:
        yield start
        start = text.find(name, start + 1)


def word_boundary(text: str, position: int) -> bool:
    """Whether `\\b` matches at `position` in `text` (a word character: what `\\w` matches)."""
    before = position > 0 and (text[position - 1].isalnum() or text[position - 1] == "_")
    after = position < len(text) and (text[position].isalnum() or text[position] == "_")
    return before != after
